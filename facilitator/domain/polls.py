"""Quick polls (issue 19): a scale (the ROTI's 1 to 5 fingers, any 1 to N with labels),
a choice among a few options (the météo), a few words (a word cloud) and a short free
text, answered from phones and counted from paper or a show of hands.

Every edit returns the `ChangeSet` of one action, as in domain/voting.py; the results
are computed from the answers and paper counts, never stored. Refusals are
`PollError`s whose `message` is one translatable sentence (the phone page and the
laptop show it as it is).

The rules:
- one answer per phone and poll (`PollAnswer.participant` is the phone's label), which
  a new answer replaces (the same row, its id kept) while the poll is "open"; a phone's
  answer to a poll that is not open is refused;
- paper counts (`PollCount`, per option, like a paper dot tally) and words or texts
  typed from paper (`PollAnswer` with participant `PAPER`, "") are the facilitator's
  edits and are taken in any status: counting hands after the phones closed is normal;
- the options of a poll (a scale's values, a choice's options, words per answer) change
  only while it has no answer and no paper count, so that no count ever changes meaning;
  labels and the question can be corrected at any time;
- one poll is open at a time in the workshop: opening one closes the one open before
  (the phones show "the open poll", `current_poll`);
- results count phones and paper together and say how many came from each; a file
  that holds two answers of one phone to one poll (a colleague's edit, a damaged file)
  counts the later one only, and an answer naming another poll's option is left out
  (storage/inspection.py reports both).

Words: a "words" answer is up to `Poll.words_per_answer` entries, split at line breaks,
commas and semicolons; an entry may hold a few words ("bonne ambiance") and is counted
whole. The cloud groups entries by `word_key` (NFC, case folded, accents and œ/æ
folded, surrounding punctuation and quotes trimmed, inner blanks made single, ’ as ')
and shows each group with its most frequent spelling. Stop words are NOT dropped: an
entry is what one person chose to say ("pas clair", "trop long"), and removing "pas"
would turn it around; an entry counts once per answer. No stemming ("idée" and
"idées" are two entries).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from facilitator.domain.changes import ChangeSet, RowChange, delete, insert, update
from facilitator.domain.ids import new_id
from facilitator.domain.library import MethodPoll, in_language
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, MessageText, message
from facilitator.domain.records import (
    AgendaItem,
    Day,
    Language,
    Poll,
    PollAnswer,
    PollCount,
    PollKind,
    PollOption,
    PollStatus,
    Record,
    replaced,
)
from facilitator.domain.text import clean_text, has_visible_text, without_spoofing
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop

_R = TypeVar("_R", bound=Record)

# -- limits (docs/robustness.md; the records' own limits are in domain/records.py) --------
MIN_OPTIONS = 2  # a choice of one is no choice
MAX_OPTIONS = 10  # a phone shows 10 buttons without scrolling; a projector's histogram
# 10 bars readable from the back of the room (issue 19: "a choice among a few options")
MIN_SCALE = 2  # a scale of 1 to 2 is yes/no
MAX_SCALE = 10  # "from 1 to 10", the largest scale people answer with fingers or a tap
MAX_QUESTION_CHARS = 500  # Poll.question
MAX_LABEL_CHARS = 100  # PollOption.label: a button on a phone, a bar's label
MAX_WORD_CHARS = 40  # one entry of a "words" answer ("anticonstitutionnellement": 25)
MAX_WORDS_PER_ANSWER = 5  # Poll.words_per_answer's upper bound
MAX_TEXT_CHARS = 500  # PollAnswer.text: a short free text (the room's ideas: 500 too)
MAX_ANSWERS_PER_POLL = 5_000  # phones a workshop remembers (room/limits.MAX_KNOWN_PHONES,
# 4,000) and 1,000 answers typed from paper; a replaced answer is never refused
MAX_POLLS = 200  # per workshop: a 5-day workshop of 20 items with two polls each is 200
MAX_PAPER_COUNT = 100_000  # PollCount.count: hands or papers for one option

PAPER = ""  # the participant of answers typed from paper

KINDS: tuple[PollKind, ...] = ("scale", "choice", "words", "text")
STATUSES: tuple[PollStatus, ...] = ("draft", "open", "closed", "revealed")

# Separators between the entries of a "words" answer.
_WORD_SEPARATORS = re.compile(r"[\n,;]+")

# -- presets: content in the workshop's language (not the interface's) ---------------------
ROTI_QUESTION: dict[Language, str] = {
    "fr": "ROTI\u00a0: ce temps valait-il le temps investi\u00a0?",
    "en": "ROTI: was this worth the time you invested?",
}
ROTI_LABELS: dict[Language, tuple[str, ...]] = {
    "fr": (
        "Temps perdu",
        "Utile, mais pas à la hauteur du temps passé",
        "Le temps passé est rentabilisé",
        "Bien\u00a0: j’ai gagné plus que le temps passé",
        "Excellent\u00a0: cela valait bien plus",
    ),
    "en": (
        "Time wasted",
        "Useful, but not worth the time spent",
        "Worth the time spent",
        "Good: I gained more than the time spent",
        "Excellent: well worth much more",
    ),
}
WEATHER_QUESTION: dict[Language, str] = {
    "fr": "Quelle est votre météo en ce moment\u00a0?",
    "en": "What is your weather right now?",
}
WEATHER_LABELS: dict[Language, tuple[str, ...]] = {
    "fr": ("Soleil", "Nuages", "Pluie", "Orage"),
    "en": ("Sun", "Clouds", "Rain", "Storm"),
}


class PollError(FacilitatorError):
    """A refused poll edit or answer; `message` says why in one sentence."""


# -- reading ---------------------------------------------------------------------------------
def poll_of(workshop: Workshop, poll_id: str) -> Poll:
    """The poll, or `UnknownRecordError` (a programming error: ids come from the file)."""
    return workshop.require(Poll, poll_id)


def options_of(workshop: Workshop, poll_id: str) -> list[PollOption]:
    """The poll's options (a scale's values 1..N, a choice's options) in their order."""
    return workshop.where(PollOption, poll_id=poll_id)


def answers_of(
    workshop: Workshop, poll_id: str, participant: str | None = None
) -> list[PollAnswer]:
    """The poll's answers (of one participant when given; `PAPER` for those typed from
    paper), oldest first (`answered_at`, then id)."""
    rows = [a for a in workshop.unordered(PollAnswer) if a.poll_id == poll_id]
    if participant is not None:
        rows = [a for a in rows if a.participant == participant]
    return sorted(rows, key=lambda a: (a.answered_at, a.id))


def phone_answer(workshop: Workshop, poll_id: str, participant: str) -> PollAnswer | None:
    """The phone's answer to the poll (its latest, if a damaged file holds two), or None."""
    if participant == PAPER:
        return None
    rows = answers_of(workshop, poll_id, participant)
    return rows[-1] if rows else None


def paper_counts(workshop: Workshop, poll_id: str) -> dict[str, int]:
    """Option id -> the paper or show-of-hands count typed for it (absent: 0); two rows
    for one option (a damaged file) add up."""
    counts: dict[str, int] = {}
    for row in workshop.unordered(PollCount):
        if row.poll_id == poll_id:
            counts[row.option_id] = counts.get(row.option_id, 0) + row.count
    return counts


def polls_of_item(workshop: Workshop, agenda_item_id: str) -> list[Poll]:
    """The polls of one agenda item, in their order."""
    return workshop.where(Poll, agenda_item_id=agenda_item_id)


def polls_in_order(workshop: Workshop) -> list[Poll]:
    """Every poll in the agenda's order (day, item, then the poll's position); polls of
    no item (or of an item that is gone) come last, in their order."""
    days = {d.id: d.position for d in workshop.all(Day)}
    items = {
        i.id: (days.get(i.day_id, len(days)), i.position) for i in workshop.unordered(AgendaItem)
    }
    last = (len(days) + 1, 0)

    def key(poll: Poll) -> tuple[tuple[int, int], int, str]:
        return (items.get(poll.agenda_item_id or "", last), poll.position, poll.id)

    return sorted(workshop.unordered(Poll), key=key)


def current_poll(workshop: Workshop) -> Poll | None:
    """The open poll the phones answer (one at a time; if a file holds several, the
    first in `polls_in_order`), or None."""
    return next((p for p in polls_in_order(workshop) if p.status == "open"), None)


def has_answers(workshop: Workshop, poll_id: str) -> bool:
    """Whether anything was answered or counted (then its options are fixed)."""
    return any(a.poll_id == poll_id for a in workshop.unordered(PollAnswer)) or any(
        c.poll_id == poll_id and c.count for c in workshop.unordered(PollCount)
    )


# -- making ----------------------------------------------------------------------------------
def with_checked(record: _R, **values: object) -> _R:
    """`with_values`, its refusals (a text too long, a number out of range) as PollError."""
    try:
        return with_values(record, **values)
    except FacilitatorError as error:
        raise PollError(error.message) from error


def _error(text: MessageText, **params: object) -> PollError:
    return PollError(message(text, **params))


def _check_options(kind: PollKind, labels: Sequence[str]) -> None:
    if kind == "scale" and not MIN_SCALE <= len(labels) <= MAX_SCALE:
        raise PollError(
            message(
                QT_TRANSLATE_NOOP("Polls", "A scale goes from 1 to {low}–{high}, not {count}."),
                low=MIN_SCALE,
                high=MAX_SCALE,
                count=len(labels),
            )
        )
    if kind == "choice" and not MIN_OPTIONS <= len(labels) <= MAX_OPTIONS:
        raise PollError(
            message(
                QT_TRANSLATE_NOOP("Polls", "A choice has {low} to {high} options, not {count}."),
                low=MIN_OPTIONS,
                high=MAX_OPTIONS,
                count=len(labels),
            )
        )
    if kind in ("words", "text") and labels:
        raise _error(QT_TRANSLATE_NOOP("Polls", "Only a scale or a choice has options."))


def poll_rows(
    kind: PollKind,
    question: str,
    labels: Sequence[str] = (),
    *,
    words_per_answer: int = 3,
    agenda_item_id: str | None = None,
    position: int = 0,
    created_at: str = "",
) -> list[Poll | PollOption]:
    """A new draft poll and its options, checked, not yet in any workshop: for a scale,
    one label per value 1..len(labels) (a label may be empty; `MIN_SCALE`..`MAX_SCALE`
    values); for a choice, its options (`MIN_OPTIONS`..`MAX_OPTIONS`, none empty); no
    labels for "words" and "text". Raises `PollError` (too few or many options, an empty
    option of a choice, a question past 500 or a label past 100 characters: the
    records' limits)."""
    if kind not in KINDS:
        raise _error(
            QT_TRANSLATE_NOOP("Polls", "Unknown kind of poll: “{kind}”."), kind=str(kind)[:40]
        )
    _check_options(kind, labels)
    poll = with_checked(
        Poll(id=new_id(), agenda_item_id=agenda_item_id, position=position),
        kind=kind,
        question=question.strip(),
        words_per_answer=words_per_answer,
        created_at=created_at,
        status="draft",
    )
    rows: list[Poll | PollOption] = [poll]
    for index, label in enumerate(labels):
        option = with_checked(
            PollOption(id=new_id(), poll_id=poll.id, position=index, value=index + 1),
            label=label,
        )
        if kind == "choice" and not has_visible_text(option.label):
            raise _error(
                QT_TRANSLATE_NOOP("Polls", "Option {number} of the choice is empty."),
                number=index + 1,
            )
        rows.append(option)
    return rows


def _next_position(workshop: Workshop) -> int:
    count = workshop.count(Poll)
    if count >= MAX_POLLS:
        raise _error(
            QT_TRANSLATE_NOOP("Polls", "A workshop holds at most {limit} polls."), limit=MAX_POLLS
        )
    return max((p.position for p in workshop.unordered(Poll)), default=-1) + 1


def new_poll(
    workshop: Workshop,
    kind: PollKind,
    question: str,
    labels: Sequence[str] = (),
    *,
    words_per_answer: int = 3,
    agenda_item_id: str | None = None,
    created_at: str = "",
) -> tuple[ChangeSet, str]:
    """A new draft poll (see `poll_rows` for `labels`), after the workshop's other polls,
    for agenda item `agenda_item_id` (None: a poll of its own); (changes, poll id).
    Raises `PollError` as `poll_rows`, and past `MAX_POLLS` polls in the workshop."""
    if agenda_item_id is not None:
        workshop.require(AgendaItem, agenda_item_id)
    rows = poll_rows(
        kind,
        question,
        labels,
        words_per_answer=words_per_answer,
        agenda_item_id=agenda_item_id,
        position=_next_position(workshop),
        created_at=created_at,
    )
    return ChangeSet.of(insert(r) for r in rows), rows[0].id


def new_scale_poll(
    workshop: Workshop,
    question: str,
    scale_max: int,
    labels: Sequence[str] = (),
    *,
    agenda_item_id: str | None = None,
    created_at: str = "",
) -> tuple[ChangeSet, str]:
    """A scale 1..`scale_max` (`MIN_SCALE`..`MAX_SCALE`), `labels` for its first values
    (the others without a label); (changes, poll id). Raises `PollError`."""
    if len(labels) > scale_max:
        raise _error(QT_TRANSLATE_NOOP("Polls", "More labels than values on the scale."))
    padded = [*labels, *[""] * max(0, scale_max - len(labels))]
    return new_poll(
        workshop, "scale", question, padded, agenda_item_id=agenda_item_id, created_at=created_at
    )


def new_roti(
    workshop: Workshop,
    language: Language,
    *,
    agenda_item_id: str | None = None,
    created_at: str = "",
) -> tuple[ChangeSet, str]:
    """The ROTI (return on time invested): a scale 1 to 5 with its question and labels in
    `language` (`ROTI_QUESTION`, `ROTI_LABELS`); (changes, poll id)."""
    return new_poll(
        workshop,
        "scale",
        ROTI_QUESTION[language],
        ROTI_LABELS[language],
        agenda_item_id=agenda_item_id,
        created_at=created_at,
    )


def new_weather(
    workshop: Workshop,
    language: Language,
    *,
    agenda_item_id: str | None = None,
    created_at: str = "",
) -> tuple[ChangeSet, str]:
    """The météo (check-in): a choice « Soleil / Nuages / Pluie / Orage » (Sun, Clouds,
    Rain, Storm) in `language`, plain words (no emoji: every font draws them);
    (changes, poll id)."""
    return new_poll(
        workshop,
        "choice",
        WEATHER_QUESTION[language],
        WEATHER_LABELS[language],
        agenda_item_id=agenda_item_id,
        created_at=created_at,
    )


def rows_from_method(
    spec: MethodPoll, agenda_item_id: str, language: Language, position: int = 0
) -> list[Poll | PollOption]:
    """The draft poll a library method opens (`MethodCard.poll`) for agenda item
    `agenda_item_id`, its texts in `language` (else the other one). The library's
    reader checked the spec; raises `PollError` if it still breaks a limit."""
    return poll_rows(
        spec.kind,
        in_language(spec.questions, language),
        [in_language(o, language) for o in spec.options],
        words_per_answer=spec.words_per_answer,
        agenda_item_id=agenda_item_id,
        position=position,
    )


# -- editing ---------------------------------------------------------------------------------
def set_question(workshop: Workshop, poll_id: str, question: str) -> ChangeSet:
    """The poll's question (any status; at most `MAX_QUESTION_CHARS`)."""
    poll = poll_of(workshop, poll_id)
    return ChangeSet.of([update(poll, with_checked(poll, question=question.strip()))])


def set_option_label(workshop: Workshop, option_id: str, label: str) -> ChangeSet:
    """An option's label (any status: a typo fixed keeps every count; at most
    `MAX_LABEL_CHARS`; a choice's option may not become empty)."""
    option = workshop.require(PollOption, option_id)
    after = with_checked(option, label=label)
    if poll_of(workshop, option.poll_id).kind == "choice" and not has_visible_text(after.label):
        raise _error(
            QT_TRANSLATE_NOOP("Polls", "Option {number} of the choice is empty."),
            number=option.position + 1,
        )
    return ChangeSet.of([update(option, after)])


def _require_unanswered(workshop: Workshop, poll: Poll) -> None:
    if has_answers(workshop, poll.id):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Polls", "“{question}” has answers: its options can no longer change."
            ),
            question=poll.question[:80],
        )


def set_options(workshop: Workshop, poll_id: str, labels: Sequence[str]) -> ChangeSet:
    """All the options of a scale (one label per value 1..N) or a choice at once: those
    kept keep their ids, new ones are added, the rest removed. Only while the poll has
    no answer and no paper count; limits as `poll_rows`. Raises `PollError`."""
    poll = poll_of(workshop, poll_id)
    _require_unanswered(workshop, poll)
    _check_options(poll.kind, labels)
    current = options_of(workshop, poll_id)
    changes: list[RowChange] = []
    for index, label in enumerate(labels):
        if index < len(current):
            before = current[index]
            after = with_checked(before, position=index, value=index + 1, label=label)
        else:
            before = None
            after = with_checked(
                PollOption(id=new_id(), poll_id=poll_id, position=index, value=index + 1),
                label=label,
            )
        if poll.kind == "choice" and not has_visible_text(after.label):
            raise _error(
                QT_TRANSLATE_NOOP("Polls", "Option {number} of the choice is empty."),
                number=index + 1,
            )
        changes.append(insert(after) if before is None else update(before, after))
    changes += [delete(o) for o in current[len(labels) :]]
    changes += [delete(c) for c in workshop.unordered(PollCount) if c.poll_id == poll_id]
    return ChangeSet.of(changes)


def set_words_per_answer(workshop: Workshop, poll_id: str, count: int) -> ChangeSet:
    """How many words one answer may give (1 to `MAX_WORDS_PER_ANSWER`), while the poll
    has no answer. Raises `PollError`."""
    poll = poll_of(workshop, poll_id)
    _require_unanswered(workshop, poll)
    return ChangeSet.of([update(poll, with_checked(poll, words_per_answer=count))])


def set_status(workshop: Workshop, poll_id: str, status: PollStatus) -> ChangeSet:
    """The poll's status. Opening it closes the poll open before (one at a time); a
    poll goes back to "draft" only while it has no answer. Raises `PollError`."""
    poll = poll_of(workshop, poll_id)
    if status not in STATUSES:
        raise _error(
            QT_TRANSLATE_NOOP("Polls", "Unknown status of a poll: “{status}”."),
            status=str(status)[:40],
        )
    if status == "draft" and poll.status != "draft":
        _require_unanswered(workshop, poll)
    changes: list[RowChange] = []
    if status == "open":
        changes += [
            update(p, replaced(p, {"status": "closed"}))
            for p in workshop.unordered(Poll)
            if p.status == "open" and p.id != poll_id
        ]
    changes.append(update(poll, replaced(poll, {"status": status})))
    return ChangeSet.of(changes)


def open_poll(workshop: Workshop, poll_id: str) -> ChangeSet:
    """Open the poll to the phones (from draft, closed or revealed: reopening keeps every
    answer); the poll open before closes."""
    return set_status(workshop, poll_id, "open")


def opened_with_item(workshop: Workshop, agenda_item_id: str) -> ChangeSet:
    """What starting an activity does to its polls (a ROTI item opens its ROTI): the
    item's first poll in draft opens (the poll open before, of another item, closes),
    unless one of the item's polls was already opened once (open, closed or revealed:
    resuming or running the activity again reopens nothing the facilitator closed).
    Empty when the item has no poll in draft."""
    own = polls_of_item(workshop, agenda_item_id)
    if any(p.status != "draft" for p in own):
        return ChangeSet.of([])
    first = next((p for p in sorted(own, key=lambda p: (p.position, p.id))), None)
    return open_poll(workshop, first.id) if first is not None else ChangeSet.of([])


def close_poll(workshop: Workshop, poll_id: str) -> ChangeSet:
    """Stop the phones' answers (paper counts can still be typed)."""
    return set_status(workshop, poll_id, "closed")


def reveal_poll(workshop: Workshop, poll_id: str) -> ChangeSet:
    """Show the results on the projector; the phones can no longer answer."""
    return set_status(workshop, poll_id, "revealed")


reopen_poll = open_poll


# -- answers ---------------------------------------------------------------------------------
def split_words(text: str) -> list[str]:
    """The entries of a "words" answer: split at line breaks, commas and semicolons,
    each cleaned (one line, NFC, blanks trimmed and made single), empty ones dropped."""
    entries = (clean_text(part, multiline=False) for part in _WORD_SEPARATORS.split(text))
    return [" ".join(e.split()) for e in entries if has_visible_text(e)]


def _checked_answer_text(poll: Poll, text: str, *, from_phone: bool) -> str:
    """The text to store for a "words" (entries joined by line breaks) or "text" answer."""
    if from_phone:
        text = without_spoofing(text)
    if poll.kind == "words":
        if len(text) > MAX_TEXT_CHARS:
            raise _error(
                QT_TRANSLATE_NOOP("Polls", "An answer has at most {limit} characters."),
                limit=MAX_TEXT_CHARS,
            )
        entries = split_words(text)
        if not entries:
            raise _error(QT_TRANSLATE_NOOP("Polls", "The answer is empty."))
        if len(entries) > poll.words_per_answer:
            raise _error(
                QT_TRANSLATE_NOOP("Polls", "At most {limit} words in one answer ({count} given)."),
                limit=poll.words_per_answer,
                count=len(entries),
            )
        for entry in entries:
            if len(entry) > MAX_WORD_CHARS:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Polls", "“{word}…” is too long for one word (at most {limit} characters)."
                    ),
                    word=entry[:20],
                    limit=MAX_WORD_CHARS,
                )
        return "\n".join(entries)
    cleaned = clean_text(text, multiline=True)
    if len(cleaned) > MAX_TEXT_CHARS:
        raise _error(
            QT_TRANSLATE_NOOP("Polls", "An answer has at most {limit} characters."),
            limit=MAX_TEXT_CHARS,
        )
    if not has_visible_text(cleaned):
        raise _error(QT_TRANSLATE_NOOP("Polls", "The answer is empty."))
    return cleaned


def _answer_row(
    workshop: Workshop,
    poll: Poll,
    *,
    option_id: str | None,
    text: str,
    from_phone: bool,
) -> tuple[str | None, str]:
    """(option id, text) checked against the poll's kind."""
    if poll.kind in ("scale", "choice"):
        if text.strip() or option_id is None:
            raise _error(QT_TRANSLATE_NOOP("Polls", "Choose one of the options."))
        option = workshop.get(PollOption, option_id)
        if option is None or option.poll_id != poll.id:
            raise _error(QT_TRANSLATE_NOOP("Polls", "This option is not one of the poll’s."))
        return option_id, ""
    if option_id is not None:
        raise _error(QT_TRANSLATE_NOOP("Polls", "This poll asks for words, not an option."))
    return None, _checked_answer_text(poll, text, from_phone=from_phone)


def _require_room(workshop: Workshop, poll_id: str) -> None:
    if len(answers_of(workshop, poll_id)) >= MAX_ANSWERS_PER_POLL:
        raise _error(
            QT_TRANSLATE_NOOP("Polls", "This poll holds at most {limit} answers."),
            limit=MAX_ANSWERS_PER_POLL,
        )


def answer_from_phone(
    workshop: Workshop,
    poll_id: str,
    participant: str,
    *,
    option_id: str | None = None,
    text: str = "",
    answered_at: str = "",
) -> ChangeSet:
    """A phone's answer (`participant`: its `RoomPhone.label`, never empty): an option
    of a scale or choice, or the text of a "words" or "text" poll (bidi overrides and
    piled combining marks removed, as for the room's ideas). It replaces the phone's
    earlier answer (the same row, id kept; a second row from a damaged file is
    deleted). `answered_at`: ISO 8601 with offset, from the caller's clock.

    Raises `PollError` when the poll is not open, the option is not one of the poll's,
    the kind does not match, the text is empty or past `MAX_TEXT_CHARS`, a words answer
    has more than `words_per_answer` entries or an entry past `MAX_WORD_CHARS`, or the
    poll already holds `MAX_ANSWERS_PER_POLL` answers (a replacement is never refused)."""
    poll = poll_of(workshop, poll_id)
    if poll.status != "open":
        raise _error(QT_TRANSLATE_NOOP("Polls", "This poll is not open."))
    if not participant.strip():
        raise _error(QT_TRANSLATE_NOOP("Polls", "An answer from a phone needs the phone’s label."))
    option, stored = _answer_row(workshop, poll, option_id=option_id, text=text, from_phone=True)
    earlier = answers_of(workshop, poll_id, participant)
    if not earlier:
        _require_room(workshop, poll_id)
        row = with_checked(
            PollAnswer(id=new_id(), poll_id=poll_id, option_id=option),
            participant=participant,
            text=stored,
            answered_at=answered_at,
        )
        return ChangeSet.of([insert(row)])
    kept = earlier[-1]
    after = replaced(
        with_checked(kept, text=stored, answered_at=answered_at), {"option_id": option}
    )
    return ChangeSet.of([*(delete(a) for a in earlier[:-1]), update(kept, after)])


def add_paper_answer(
    workshop: Workshop, poll_id: str, text: str, *, answered_at: str = ""
) -> tuple[ChangeSet, str]:
    """Words or a text typed at the laptop from a paper (participant `PAPER`), in any
    status; (changes, answer id). Same checks as `answer_from_phone` for the text.
    A scale or a choice takes paper counts instead (`set_paper_count`)."""
    poll = poll_of(workshop, poll_id)
    if poll.kind in ("scale", "choice"):
        raise _error(
            QT_TRANSLATE_NOOP("Polls", "Type the paper counts of each option for this poll.")
        )
    _option, stored = _answer_row(workshop, poll, option_id=None, text=text, from_phone=False)
    _require_room(workshop, poll_id)
    row = with_checked(
        PollAnswer(id=new_id(), poll_id=poll_id), text=stored, answered_at=answered_at
    )
    return ChangeSet.of([insert(row)]), row.id


def set_paper_answer(workshop: Workshop, answer_id: str, text: str) -> ChangeSet:
    """Correct an answer typed from paper (a phone's answer is the phone's own)."""
    answer = workshop.require(PollAnswer, answer_id)
    if answer.participant != PAPER:
        raise _error(
            QT_TRANSLATE_NOOP("Polls", "Only answers typed from paper can be corrected here.")
        )
    poll = poll_of(workshop, answer.poll_id)
    _option, stored = _answer_row(workshop, poll, option_id=None, text=text, from_phone=False)
    return ChangeSet.of([update(answer, with_checked(answer, text=stored))])


def remove_answer(workshop: Workshop, answer_id: str) -> ChangeSet:
    """Remove one answer (a typo from paper, a rude word from a phone), in any status."""
    return ChangeSet.of([delete(workshop.require(PollAnswer, answer_id))])


def set_paper_count(workshop: Workshop, poll_id: str, option_id: str, count: int) -> ChangeSet:
    """How many people gave `option_id` on paper or by a show of hands (0 to
    `MAX_PAPER_COUNT`; 0 removes the row), in any status, added to the phones'
    answers. Raises `PollError` (not an option of this poll, a count out of range)."""
    poll = poll_of(workshop, poll_id)
    option = workshop.get(PollOption, option_id)
    if option is None or option.poll_id != poll.id:
        raise _error(QT_TRANSLATE_NOOP("Polls", "This option is not one of the poll’s."))
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_PAPER_COUNT:
        raise _error(
            QT_TRANSLATE_NOOP("Polls", "A paper count goes from 0 to {limit}, not {count}."),
            limit=MAX_PAPER_COUNT,
            count=str(count)[:20],
        )
    rows = sorted(
        (
            c
            for c in workshop.unordered(PollCount)
            if c.poll_id == poll_id and c.option_id == option_id
        ),
        key=lambda c: c.id,
    )
    extra = [delete(c) for c in rows[1:]]
    if not rows:
        if count == 0:
            return ChangeSet(())
        row = PollCount(id=new_id(), poll_id=poll_id, option_id=option_id, count=count)
        return ChangeSet.of([insert(row)])
    if count == 0:
        return ChangeSet.of([*extra, delete(rows[0])])
    return ChangeSet.of([*extra, update(rows[0], replaced(rows[0], {"count": count}))])


# -- removing and copying --------------------------------------------------------------------
def _rows_of_polls(workshop: Workshop, poll_ids: set[str]) -> list[Record]:
    rows: list[Record] = [a for a in workshop.unordered(PollAnswer) if a.poll_id in poll_ids]
    rows += [c for c in workshop.unordered(PollCount) if c.poll_id in poll_ids]
    rows += [o for o in workshop.unordered(PollOption) if o.poll_id in poll_ids]
    rows += [p for p in workshop.unordered(Poll) if p.id in poll_ids]
    return rows


def remove_poll(workshop: Workshop, poll_id: str) -> ChangeSet:
    """The poll with its options, answers and counts, each an explicit deletion (undo
    brings them all back)."""
    poll_of(workshop, poll_id)
    return ChangeSet.of(delete(r) for r in _rows_of_polls(workshop, {poll_id}))


def item_polls_removed(workshop: Workshop, item_ids: Iterable[str]) -> list[RowChange]:
    """Deletions of the polls of agenda items `item_ids` and everything answered in them
    (for a removal of the items: domain/agenda.py `item_rows_removed`)."""
    ids = set(item_ids)
    polls = {p.id for p in workshop.unordered(Poll) if p.agenda_item_id in ids}
    return [delete(r) for r in _rows_of_polls(workshop, polls)]


def item_polls_copied(
    workshop: Workshop, item_id: str, copy_id: str, first_position: int | None = None
) -> list[RowChange]:
    """Inserts of copies of the item's polls for item `copy_id`: the question and the
    options (new ids), as drafts, without any answer or count (a duplicated ROTI is a
    new ROTI). Positions follow the workshop's last poll (or `first_position`). Polls
    past `MAX_POLLS` are not copied."""
    position = (
        first_position
        if first_position is not None
        else max((p.position for p in workshop.unordered(Poll)), default=-1) + 1
    )
    room = max(0, MAX_POLLS - workshop.count(Poll))
    changes: list[RowChange] = []
    for poll in polls_of_item(workshop, item_id)[:room]:
        copy = replaced(
            poll,
            {"id": new_id(), "agenda_item_id": copy_id, "position": position, "status": "draft"},
        )
        position += 1
        changes.append(insert(copy))
        changes += [
            insert(replaced(o, {"id": new_id(), "poll_id": copy.id}))
            for o in options_of(workshop, poll.id)
        ]
    return changes


# -- results ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class OptionResult:
    """One value or option: `phones` answers from phones, `paper` from paper counts."""

    option: PollOption
    phones: int
    paper: int

    @property
    def total(self) -> int:
        return self.phones + self.paper


@dataclass(frozen=True)
class WordCount:
    """One entry of the word cloud: `text` its most frequent spelling, `count` how many
    answers gave it (any spelling), `key` what the spellings share (`word_key`);
    `phones` and `paper` split `count` by where the answers came from."""

    text: str
    count: int
    key: str
    phones: int = 0
    paper: int = 0


@dataclass(frozen=True)
class TextAnswer:
    """One free text: `participant` the phone's label, `PAPER` ("") when typed."""

    text: str
    participant: str
    answered_at: str


@dataclass(frozen=True)
class PollResults:
    """What a poll gives. `options` (scale, choice) in their order; `phones` the phones
    that answered, `paper` the paper counts and typed answers, `total` both; `mean` and
    `median` of a scale's values over every answer (None with no answer or for other
    kinds); `words` the cloud, most frequent first (then by key); `texts` the free
    texts, oldest first (the typed ones too)."""

    poll: Poll
    options: tuple[OptionResult, ...]
    phones: int
    paper: int
    mean: float | None
    median: float | None
    words: tuple[WordCount, ...]
    texts: tuple[TextAnswer, ...]

    @property
    def total(self) -> int:
        return self.phones + self.paper

    @property
    def largest(self) -> int:
        """The largest option total (a histogram's scale), 0 without options."""
        return max((o.total for o in self.options), default=0)


def counted_answers(workshop: Workshop, poll_id: str) -> list[PollAnswer]:
    """The answers that count: every paper answer and the latest answer of each phone
    (two from one phone, a damaged file's, count once), oldest first."""
    latest: dict[str, PollAnswer] = {}
    paper: list[PollAnswer] = []
    for answer in answers_of(workshop, poll_id):
        if answer.participant == PAPER:
            paper.append(answer)
        else:
            latest[answer.participant] = answer  # oldest first: the last one stays
    return sorted([*paper, *latest.values()], key=lambda a: (a.answered_at, a.id))


def results(workshop: Workshop, poll_id: str) -> PollResults:
    """The poll's results (see `PollResults`); an answer naming an option of another
    poll, or none, is left out (storage/inspection.py reports it)."""
    poll = poll_of(workshop, poll_id)
    answers = counted_answers(workshop, poll_id)
    phones = sum(1 for a in answers if a.participant != PAPER)
    if poll.kind in ("scale", "choice"):
        options = options_of(workshop, poll_id)
        known = {o.id for o in options}
        counted = [a for a in answers if a.option_id in known]
        per_option = {o.id: 0 for o in options}
        for answer in counted:
            per_option[answer.option_id or ""] += 1
        counts = paper_counts(workshop, poll_id)
        rows = tuple(OptionResult(o, per_option[o.id], counts.get(o.id, 0)) for o in options)
        phones = len(counted)
        paper = sum(r.paper for r in rows)
        mean = median = None
        if poll.kind == "scale" and phones + paper:
            mean = sum(r.option.value * r.total for r in rows) / (phones + paper)
            median = _median(rows)
        return PollResults(poll, rows, phones, paper, mean, median, (), ())
    paper = sum(1 for a in answers if a.participant == PAPER)
    if poll.kind == "words":
        return PollResults(poll, (), phones, paper, None, None, word_cloud(answers), ())
    texts = tuple(TextAnswer(a.text, a.participant, a.answered_at) for a in answers if a.text)
    return PollResults(poll, (), phones, paper, None, None, (), texts)


def _median(rows: Sequence[OptionResult]) -> float:
    """The median value of a scale, its counts expanded (two middles: their mean)."""
    total = sum(r.total for r in rows)
    ordered = sorted(rows, key=lambda r: r.option.value)

    def nth(index: int) -> int:
        seen = 0
        for row in ordered:
            seen += row.total
            if index < seen:
                return row.option.value
        raise IndexError(index)

    import statistics  # on first use: not needed before the first paint (issue 22)

    return float(statistics.mean([nth((total - 1) // 2), nth(total // 2)]))


_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def word_key(entry: str) -> str:
    """What spellings of one entry share in the cloud: NFC, accents and case folded
    ("Énergie", "energie" and "ÉNERGIE" meet), œ/æ as oe/ae, typographic apostrophes as
    ', surrounding punctuation and quotes trimmed ("«\u00a0top\u00a0!\u00a0»" is "top"), inner
    blanks single, characters that draw nothing left out (zero-width spaces and joiners,
    soft hyphens, bidi marks and isolates, variation selectors: "énergie" followed by a
    zero-width space, pasted from a web page or typed to stand apart, showed as a second
    "énergie" in the cloud). "" for an entry with nothing left."""
    seen = "".join(c for c in entry if not _draws_nothing(c))
    decomposed = unicodedata.normalize("NFKD", _display_form(seen))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = bare.casefold().replace("œ", "oe").replace("æ", "ae").translate(_QUOTES)
    return unicodedata.normalize("NFC", folded)


def _draws_nothing(char: str) -> bool:
    """A format character (Unicode category Cf) or a variation selector."""
    return (
        unicodedata.category(char) == "Cf"
        or "\ufe00" <= char <= "\ufe0f"
        or "\U000e0100" <= char <= "\U000e01ef"
    )


def _display_form(entry: str) -> str:
    """The entry as the cloud shows it: NFC, surrounding punctuation and blanks trimmed,
    inner blanks single, case and accents as typed."""
    text = " ".join(unicodedata.normalize("NFC", entry).split())
    start, end = 0, len(text)
    while start < end and _trimmed(text[start]):
        start += 1
    while end > start and _trimmed(text[end - 1]):
        end -= 1
    return text[start:end]


def _trimmed(char: str) -> bool:
    return char.isspace() or unicodedata.category(char)[0] == "P"


def _spelling_rank(spelling: str, count: int) -> tuple[int, int, int, str]:
    """Most frequent first; then the one with accents (likely the right one), then fewer
    capitals, then alphabetical: the same answers always show the same spelling."""
    accents = sum(1 for c in unicodedata.normalize("NFD", spelling) if unicodedata.combining(c))
    capitals = sum(1 for c in spelling if c.isupper())
    return (-count, -accents, capitals, spelling)


def word_cloud(answers: Iterable[PollAnswer]) -> tuple[WordCount, ...]:
    """The cloud of "words" answers: each entry (a line of `PollAnswer.text`) counted
    once per answer under its `word_key`, shown with its most frequent spelling; most
    frequent first, then by key. Entries with nothing left after trimming are dropped."""
    spellings: dict[str, dict[str, int]] = {}
    typed: dict[str, int] = {}  # key -> answers typed from paper that gave it
    for answer in answers:
        seen: set[str] = set()
        for line in answer.text.split("\n"):
            shown = _display_form(line)
            key = word_key(shown)
            if not key or key in seen:
                continue
            seen.add(key)
            forms = spellings.setdefault(key, {})
            forms[shown] = forms.get(shown, 0) + 1
            if answer.participant == PAPER:
                typed[key] = typed.get(key, 0) + 1
    cloud = []
    for key, forms in spellings.items():
        count = sum(forms.values())
        paper = typed.get(key, 0)
        spelling = min(forms, key=lambda s: _spelling_rank(s, forms[s]))
        cloud.append(WordCount(spelling, count, key, count - paper, paper))
    return tuple(sorted(cloud, key=lambda w: (-w.count, w.key)))
