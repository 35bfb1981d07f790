"""Quick polls answered from phones (issue 19): what a phone is shown of the open poll,
its answer checked into a refusal the phone's page can say, and the answers that
arrived together written in one change.

The poll the phones answer is the workshop's open one (`polls.current_poll`: one at a
time, opened and closed by the facilitator on the laptop); nothing is chosen on the
room page. A phone answers under its ballot label (`Participant.label`, kept by later
links): one answer per phone and poll, which its next answer replaces until the poll
is closed; a second answer from the same phone counts once, even when both arrive in
the same turn of the loop (the later one is written).

Answers are written outside the undo history, as the phones that join are
(`Host.apply_untracked`): sixty phones answering a ROTI are not sixty undo steps in
front of the facilitator's own, and an undo of a paper count never takes a phone's
answer back. Every text stays plain text: it is stored as typed (cleaned as the
domain cleans it) and the page shows it with `textContent`.

Refusals are `RoomError`s whose keys the page translates (page_text.py):
409 `poll_closed` (no poll open, or not this one: closed, revealed, another opened),
422 `poll_refused` (an option of another poll, the wrong kind of answer), 400
`answer_empty`, 413 `answer_too_long`, `too_many_words`, `word_too_long`, 503
`poll_full` (`polls.MAX_ANSWERS_PER_POLL`), 403 `removed` (the facilitator removed
the phone before its answer was written).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from facilitator.domain import polls
from facilitator.domain.changes import ChangeSet, RowChange
from facilitator.domain.records import Poll, PollOption
from facilitator.domain.text import clean_text, has_visible_text, without_spoofing
from facilitator.domain.workshop import Workshop
from facilitator.room import limits
from facilitator.room.session import Participant, RoomError, RoomSession

# A météo's pictograms, by option value, when its options are the library's météo words
# (`polls.WEATHER_LABELS`, stored without emoji): the phone shows them beside the words.
# Symbols from Unicode 1.1 to 4.0, drawn by every phone and by DejaVu Sans (the rain cloud
# and the thunder cloud, 🌧 and ⛈, are missing from common fonts without colour emoji).
WEATHER_ICONS = ("☀️", "☁️", "☔", "⚡")


@dataclass
class PhoneAnswer:
    """One phone's answer on its way to the file: `option_id` (scale, choice) or
    `text` (words: entries one per line; text), checked; `refusal` set when it could
    not be written (the poll closed meanwhile, the phone was removed)."""

    token: str
    label: str
    poll_id: str
    option_id: str | None
    text: str
    answered_at: str  # ISO 8601 with the laptop's offset
    refusal: RoomError | None = None


class PhonePolls:
    """The room link's side of the polls, for one session."""

    def __init__(self, session: RoomSession) -> None:
        self.session = session
        self.answered = 0  # answers written (replacements included): the facilitator may look

    # -- what a phone sees ---------------------------------------------------------------
    def shown(self, who: Participant) -> dict[str, object] | None:
        """The open poll as the phone shows it, or None: `id`, `kind`, `question`,
        `options` (scale, choice: `id`, `value`, `label`, `icon` (a météo's pictogram or
        "")), `words` (entries a words answer may give; 0 for other kinds), `chars` (the
        longest text, `polls.MAX_TEXT_CHARS`), `word_chars` (`polls.MAX_WORD_CHARS`) and
        `mine`: this phone's answer ({"option": id} or {"text": text}) or None."""
        workshop = self.session.host.workshop()
        poll = polls.current_poll(workshop)
        if poll is None:
            return None
        options = polls.options_of(workshop, poll.id) if _with_options(poll) else []
        icons = _weather_icons(poll, options)
        mine = polls.phone_answer(workshop, poll.id, who.label)
        answer: dict[str, object] | None = None
        if mine is not None:
            answer = {"option": mine.option_id} if _with_options(poll) else {"text": mine.text}
        return {
            "id": poll.id,
            "kind": poll.kind,
            "question": poll.question,
            "options": [
                {"id": o.id, "value": o.value, "label": o.label, "icon": icons.get(o.id, "")}
                for o in options
            ],
            "words": poll.words_per_answer if poll.kind == "words" else 0,
            "chars": polls.MAX_TEXT_CHARS,
            "word_chars": polls.MAX_WORD_CHARS,
            "mine": answer,
        }

    # -- a phone answers -------------------------------------------------------------------
    def receive(self, token: str, poll_id: object, option: object, text: object) -> PhoneAnswer:
        """Check a phone's answer to the open poll (`poll_id` the poll it shows; `option`
        an option's id for a scale or a choice, else None; `text` the words (entries
        separated by line breaks, commas or semicolons) or the text, else ""): the answer
        to write (`store`). Raises `RoomError` (see the module) before anything is
        written; 400 `bad_request` for values of the wrong type."""
        who = self.session.participant(token)
        if not isinstance(poll_id, str) or not isinstance(text, str):
            raise RoomError(400, "bad_request")
        if option is not None and not isinstance(option, str):
            raise RoomError(400, "bad_request")
        workshop = self.session.host.workshop()
        poll = polls.current_poll(workshop)
        if poll is None or poll.id != poll_id:
            raise RoomError(409, "poll_closed")
        option_id, stored = _checked(workshop, poll, option, text)
        return PhoneAnswer(
            token, who.label, poll.id, option_id, stored, _instant(self.session.host.now_ms())
        )

    def store(self, answers: list[PhoneAnswer]) -> bool:
        """Write the answers that arrived together in one change outside the undo
        history, one per phone and poll (the last one sent); each refused one gets its
        `refusal` (the poll no longer open, the phone removed, the poll full). True
        when on disk (or nothing to write), False when kept in memory (queued: the
        facilitator is told). Raises the host's refusal (`RoomError`)."""
        workshop = self.session.host.workshop()
        latest: dict[tuple[str, str], PhoneAnswer] = {}
        for answer in answers:
            latest.pop((answer.poll_id, answer.label), None)  # the later one, in order
            latest[(answer.poll_id, answer.label)] = answer
        current = polls.current_poll(workshop)
        held = polls.answers_of(workshop, current.id) if current is not None else []
        answered = {a.participant for a in held}  # phones whose answer is replaced
        room = polls.MAX_ANSWERS_PER_POLL - len(held)  # new answers the poll may still take
        changes: list[RowChange] = []
        for answer in latest.values():
            answer.refusal = self._refusal(current, answer, answered, room)
            if answer.refusal is not None:
                continue
            try:
                made = polls.answer_from_phone(
                    workshop,
                    answer.poll_id,
                    answer.label,
                    option_id=answer.option_id,
                    text=answer.text,
                    answered_at=answer.answered_at,
                )
            except polls.PollError:  # checked by `receive`: the poll changed since
                answer.refusal = RoomError(422, "poll_refused")
                continue
            changes += made.changes
            if answer.label not in answered:  # a new phone's answer takes a place
                room -= 1
        for answer in answers:  # an answer replaced in the same batch shares its fate
            answer.refusal = latest[(answer.poll_id, answer.label)].refusal
        if not changes:
            return True
        durable = self.session.host.apply_untracked(ChangeSet.of(changes))
        self.answered += sum(1 for a in latest.values() if a.refusal is None)
        return durable

    def _refusal(
        self, current: Poll | None, answer: PhoneAnswer, answered: set[str], room: int
    ) -> RoomError | None:
        """Why `answer` cannot be written now (the poll open is `current`, `answered` the
        labels that answered it, `room` the new answers it may still take), or None."""
        if answer.token not in self.session.participants:  # removed since it was received
            return RoomError(403, "removed")
        if current is None or current.id != answer.poll_id:
            return RoomError(409, "poll_closed")
        if answer.label not in answered and room <= 0:
            return RoomError(503, "poll_full")
        return None


def _with_options(poll: Poll) -> bool:
    return poll.kind in ("scale", "choice")


def _weather_icons(poll: Poll, options: list[PollOption]) -> dict[str, str]:
    """Option id -> pictogram, for a choice whose options are the météo's words in
    either language, in order; {} for any other poll."""
    labels = tuple(o.label for o in options)
    if poll.kind != "choice" or labels not in polls.WEATHER_LABELS.values():
        return {}
    return {o.id: icon for o, icon in zip(options, WEATHER_ICONS, strict=True)}


def _checked(
    workshop: Workshop, poll: Poll, option: str | None, text: str
) -> tuple[str | None, str]:
    """(option id, text to store) for `poll`, checked as `polls.answer_from_phone`
    checks it, each refusal with the key the phone says it with."""
    if _with_options(poll):
        chosen = workshop.get(PollOption, option) if option is not None else None
        if chosen is None or chosen.poll_id != poll.id or text:
            raise RoomError(422, "poll_refused")
        return chosen.id, ""
    if option is not None:
        raise RoomError(422, "poll_refused")
    if len(text) > limits.MAX_ANSWER_RAW_CHARS:  # far too long to be worth cleaning
        raise RoomError(413, "answer_too_long")
    text = without_spoofing(text)
    if poll.kind == "words":
        if len(text) > polls.MAX_TEXT_CHARS:
            raise RoomError(413, "answer_too_long")
        entries = polls.split_words(text)
        if not entries:
            raise RoomError(400, "answer_empty")
        if len(entries) > poll.words_per_answer:
            raise RoomError(413, "too_many_words")
        if any(len(entry) > polls.MAX_WORD_CHARS for entry in entries):
            raise RoomError(413, "word_too_long")
        return None, "\n".join(entries)
    cleaned = clean_text(text, multiline=True)
    if len(cleaned) > polls.MAX_TEXT_CHARS:
        raise RoomError(413, "answer_too_long")
    if not has_visible_text(cleaned):
        raise RoomError(400, "answer_empty")
    return None, cleaned


def _instant(ms: int) -> str:
    """An instant (ms since the epoch) in ISO 8601 with the laptop's offset."""
    moment = dt.datetime.fromtimestamp(ms / 1000, dt.UTC).astimezone()
    return moment.isoformat(timespec="seconds")
