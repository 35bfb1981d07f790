"""What a workshop's records must agree on beyond their references (schema versions 4
and 5).

`Workshop.dangling_references` finds a record pointing at nothing; this module finds
records that each point somewhere real but together break a rule the app relies on.
Both the file check (`storage.inspection`) and the JSON import (`storage.interchange`)
refuse such a workshop, naming the records: the grouping screen, the pitch slots and
the synthesis would otherwise show one person at two tables; a poll's results would
count a phone twice, or count an answer under another poll's option.
"""

from __future__ import annotations

from facilitator.domain.polls import (
    MAX_OPTIONS,
    MAX_SCALE,
    MAX_WORD_CHARS,
    MIN_OPTIONS,
    MIN_SCALE,
)
from facilitator.domain.records import (
    Poll,
    PollAnswer,
    PollCount,
    PollOption,
    Team,
    TeamMember,
)
from facilitator.domain.workshop import Workshop


def twice_in_a_grouping(workshop: Workshop) -> list[tuple[TeamMember, TeamMember]]:
    """Each team membership that puts a person in a grouping they are already in (in the
    same team or another team of that grouping), with the membership met first (in
    `Workshop.all(TeamMember)` order: by position, then id). A person is in at most one
    team of a grouping (records.TeamMember). Memberships of teams that do not exist are
    `dangling_references`' to report, and skipped here. Linear in the memberships."""
    grouping_of = {team.id: team.grouping_id for team in workshop.unordered(Team)}
    first: dict[tuple[str, str], TeamMember] = {}
    found: list[tuple[TeamMember, TeamMember]] = []
    for member in workshop.all(TeamMember):
        grouping = grouping_of.get(member.team_id)
        if grouping is None:
            continue
        key = (grouping, member.person_id)
        if key in first:
            found.append((member, first[key]))
        else:
            first[key] = member
    return found


# -- polls (schema version 5) ---------------------------------------------------------------
def answered_twice(workshop: Workshop) -> list[tuple[PollAnswer, PollAnswer]]:
    """Each answer of a phone to a poll it already answered, with the answer met first
    (oldest first: `answered_at`, then id). One answer per phone and poll
    (records.PollAnswer; domain/polls.py replaces it); answers typed from paper (no
    participant) may be many. Linear in the answers."""
    first: dict[tuple[str, str], PollAnswer] = {}
    found: list[tuple[PollAnswer, PollAnswer]] = []
    for answer in sorted(workshop.unordered(PollAnswer), key=lambda a: (a.answered_at, a.id)):
        if not answer.participant:
            continue
        key = (answer.poll_id, answer.participant)
        if key in first:
            found.append((answer, first[key]))
        else:
            first[key] = answer
    return found


def counted_twice(workshop: Workshop) -> list[tuple[PollCount, PollCount]]:
    """Each paper count of an option already counted, with the count met first (by id):
    one count per option, which the facilitator sets (domain/polls.py)."""
    first: dict[str, PollCount] = {}
    found: list[tuple[PollCount, PollCount]] = []
    for count in workshop.all(PollCount):
        if count.option_id in first:
            found.append((count, first[count.option_id]))
        else:
            first[count.option_id] = count
    return found


def option_of_another_poll(workshop: Workshop) -> list[tuple[PollAnswer | PollCount, str]]:
    """Each answer or paper count naming an option of another poll than its own, with
    that other poll's id. Options that do not exist are `dangling_references`' to report."""
    poll_of = {o.id: o.poll_id for o in workshop.unordered(PollOption)}
    rows: list[PollAnswer | PollCount] = [*workshop.all(PollAnswer), *workshop.all(PollCount)]
    return [
        (row, poll_of[row.option_id])
        for row in rows
        if row.option_id is not None
        and row.option_id in poll_of
        and poll_of[row.option_id] != row.poll_id
    ]


def answer_unlike_its_poll(workshop: Workshop) -> list[PollAnswer]:
    """Each answer that does not fit its poll's kind: a scale's or a choice's answer gives
    an option and no text, a words' or a text's answer a text and no option; a words
    answer is 1 to `Poll.words_per_answer` entries, one a line, none empty or past
    `polls.MAX_WORD_CHARS` (what domain/polls.py stores: one answer of 200 entries
    would weigh 200 people in the cloud, an entry of 500 characters fill the projector)."""
    polls_by_id = {p.id: p for p in workshop.unordered(Poll)}
    found: list[PollAnswer] = []
    for answer in workshop.all(PollAnswer):
        poll = polls_by_id.get(answer.poll_id)
        if poll is None:
            continue
        with_option = poll.kind in ("scale", "choice")
        unlike = with_option != (answer.option_id is not None) or with_option == bool(answer.text)
        words = poll.kind == "words" and not _fits_words(answer.text, poll.words_per_answer)
        if unlike or words:
            found.append(answer)
    return found


def _fits_words(text: str, most: int) -> bool:
    entries = text.split("\n")
    return len(entries) <= most and all(
        entry.strip() and len(entry) <= MAX_WORD_CHARS for entry in entries
    )


def options_unlike_their_poll(workshop: Workshop) -> list[Poll]:
    """Each poll whose options do not fit its kind, as domain/polls.py makes them: a
    scale has `MIN_SCALE` to `MAX_SCALE` options and a choice `MIN_OPTIONS` to
    `MAX_OPTIONS`, their values 1 to N each once (a scale's mean is computed from them:
    values 1, 2, 3, 4 and 100 made a "ROTI" of 1 to 100 with a mean of 27.5); a words or
    a text poll has none. Linear in the options."""
    values: dict[str, list[int]] = {}
    for option in workshop.unordered(PollOption):
        values.setdefault(option.poll_id, []).append(option.value)
    bounds = {"scale": (MIN_SCALE, MAX_SCALE), "choice": (MIN_OPTIONS, MAX_OPTIONS)}
    found: list[Poll] = []
    for poll in workshop.all(Poll):
        given = sorted(values.get(poll.id, []))
        low, high = bounds.get(poll.kind, (0, 0))
        if not low <= len(given) <= high or given != list(range(1, len(given) + 1)):
            found.append(poll)
    return found
