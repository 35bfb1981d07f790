"""The records a workshop is made of: one frozen dataclass per table of the file.

Every record has a text `id`; records that are listed in an order have a
`position`. Text fields declare their limits in `metadata` (`max_len`,
`multiline`): the domain rules, the file schema check and the JSON Schema of the
interchange format all read them from here, so they cannot drift apart.

Later features (agenda, run mode, boards, votes, prototype cards) extend these
tables; they are modelled now so the file format grows by migration, not rewrite.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal, TypeVar, cast

Language = Literal["fr", "en"]
PersonRole = Literal["facilitator", "participant"]
ItemKind = Literal["activity", "break", "lunch"]
ItemTool = Literal["none", "board", "vote", "cards"]
OwnerKind = Literal["workshop", "board", "card"]
AttachmentRole = Literal["photo", "sketch", "logo"]
MediaType = Literal["image/png", "image/jpeg"]
VoteMethod = Literal["dots", "criteria", "matrix"]
VoteCollection = Literal["paper", "pass", "named"]
VoteTargetKind = Literal["ideas", "clusters"]
VoteStatus = Literal["draft", "open", "closed", "revealed"]
CardStatus = Literal["idea", "to_test", "testing", "adopted", "dropped"]
CardSourceKind = Literal["none", "idea", "cluster", "vote"]
TimerStatus = Literal["idle", "running", "paused"]
AutoAdvance = Literal["workshop", "on", "off"]
GroupingRule = Literal["size", "count"]
WishKind = Literal["together", "apart"]
PhotoReview = Literal["shown", "pending"]
PollKind = Literal["scale", "choice", "words", "text"]
PollStatus = Literal["draft", "open", "closed", "revealed"]

R = TypeVar("R", bound="Record")

SHORT = 200
LONG = 10_000


def text_field(max_len: int = SHORT, *, multiline: bool = False) -> Any:
    """A text field with its limits, empty by default."""
    return field(default="", metadata={"max_len": max_len, "multiline": multiline})


def number(minimum: float, maximum: float, default: float = 0) -> Any:
    return field(default=default, metadata={"minimum": minimum, "maximum": maximum})


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    TABLE: ClassVar[str]
    id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkshopInfo(Record):
    """The workshop itself: exactly one per file, with id `WORKSHOP_ID`."""

    TABLE: ClassVar[str] = "workshop"
    title: str = text_field()
    question: str = text_field(1000, multiline=True)
    organisation: str = text_field()
    place: str = text_field(300)
    language: Language = "fr"
    participant_count: int = number(0, 10_000)
    notes: str = text_field(20_000, multiline=True)
    created_at: str = text_field(40)
    # Since version 4: when an activity's time is up, announce the next item ("À suivre")
    # for `auto_advance_s` seconds, then start it (each item may say otherwise).
    auto_advance: bool = False
    auto_advance_s: int = number(3, 120, 10)


WORKSHOP_ID = "workshop"


@dataclass(frozen=True, slots=True, kw_only=True)
class Person(Record):
    TABLE: ClassVar[str] = "person"
    role: PersonRole
    position: int = 0
    name: str = text_field()
    organisation: str = text_field()
    # Since version 4: the person's optional role in the room ("agent", "élu",
    # "usager"…), which groups can balance; "" for none.
    job: str = text_field()


@dataclass(frozen=True, slots=True, kw_only=True)
class Track(Record):
    """One room of an event made of parallel workshops (schema version 6, issue 21):
    `facilitator merge` makes one per source workshop, named after its room, and the
    days, boards, votes, prototype cards and polls that came from it carry its id
    (`track_id`). A workshop that was never merged has none. `source_file_id` is the
    source file's identity (schema.FILE_ID_PATTERN, "" when unknown), `source_title` its
    workshop's title when merged."""

    TABLE: ClassVar[str] = "track"
    position: int = 0
    name: str = text_field()
    source_title: str = text_field()
    source_file_id: str = text_field(32)


@dataclass(frozen=True, slots=True, kw_only=True)
class Day(Record):
    TABLE: ClassVar[str] = "day"
    position: int = 0
    date: str = text_field(10)  # ISO 8601, YYYY-MM-DD
    start_time: str = text_field(5)  # HH:MM, local time
    end_time: str = text_field(5)  # planned end, HH:MM
    place: str = text_field(300)
    track_id: str | None = None  # since version 6: the room it was run in (merge)


@dataclass(frozen=True, slots=True, kw_only=True)
class AgendaItem(Record):
    TABLE: ClassVar[str] = "agenda_item"
    day_id: str
    position: int = 0
    kind: ItemKind = "activity"
    title: str = text_field()
    duration_min: int = number(0, 24 * 60, 15)
    method_id: str = text_field(100)
    category: str = text_field(100)
    participant_instructions: str = text_field(5000, multiline=True)
    facilitator_notes: str = text_field(5000, multiline=True)
    materials: str = text_field(2000, multiline=True)
    tool: ItemTool = "none"
    tool_target_id: str | None = None
    actual_start: str = text_field(40)  # ISO 8601 with offset, set by run mode
    actual_end: str = text_field(40)
    # Since version 4: "workshop" follows WorkshopInfo.auto_advance; "on"/"off" override.
    auto_advance: AutoAdvance = "workshop"


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupingInfo(Record):
    """One grouping of the participants (schema version 4): "day 1 tables", "project
    teams". Its teams are `Team` records, their members `TeamMember` records; `rule`
    and `amount` say how it was asked (groups of `amount` people, or `amount` groups),
    `seed` which draw it is (the same roster, request and seed give the same groups)."""

    TABLE: ClassVar[str] = "grouping"
    position: int = 0
    name: str = text_field()
    rule: GroupingRule = "size"
    amount: int = number(1, 2000, 4)
    seed: int = number(0, 2**53)
    balance_roles: bool = False
    created_at: str = text_field(40)


@dataclass(frozen=True, slots=True, kw_only=True)
class Team(Record):
    """One group (a table, a project team) of a grouping (schema version 4)."""

    TABLE: ClassVar[str] = "team"
    grouping_id: str
    position: int = 0
    name: str = text_field(100)


@dataclass(frozen=True, slots=True, kw_only=True)
class TeamMember(Record):
    """A person in a team (schema version 4); a person is in at most one team of a
    grouping."""

    TABLE: ClassVar[str] = "team_member"
    team_id: str
    person_id: str
    position: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupingWish(Record):
    """A facilitator's request kept with a grouping for its next draws (schema version
    4): the people of one `set_index` kept together, or kept apart."""

    TABLE: ClassVar[str] = "grouping_wish"
    grouping_id: str
    person_id: str
    kind: WishKind = "together"
    set_index: int = number(0, 10_000)


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupingAbsence(Record):
    """A person marked absent for one grouping (schema version 4): left out of its
    draws."""

    TABLE: ClassVar[str] = "grouping_absence"
    grouping_id: str
    person_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemRound(Record):
    """A round or phase of an agenda item (schema version 4), repeated `repeat` times
    (Crazy 8: one round of 60 s repeated 8 times). `team_id` makes it one team's slot
    (a pitch). Run mode runs the expanded list (domain/rounds.py)."""

    TABLE: ClassVar[str] = "item_round"
    agenda_item_id: str
    position: int = 0
    title: str = text_field()
    duration_s: int = number(1, 24 * 3600, 60)
    repeat: int = number(1, 200, 1)
    instruction: str = text_field(1000, multiline=True)
    facilitator_notes: str = text_field(2000, multiline=True)
    team_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RoundRun(Record):
    """A round as it was run (schema version 4): `position` is its index in the item's
    expanded rounds, `title` and `planned_s` as planned then, times in ISO 8601 with
    offset; the synthesis shows the agenda as run, round by round when overrun."""

    TABLE: ClassVar[str] = "round_run"
    agenda_item_id: str
    position: int = 0
    title: str = text_field()
    planned_s: int = number(0, 24 * 3600)
    actual_start: str = text_field(40)
    actual_end: str = text_field(40)


@dataclass(frozen=True, slots=True, kw_only=True)
class Board(Record):
    TABLE: ClassVar[str] = "board"
    position: int = 0
    title: str = text_field()
    question: str = text_field(1000, multiline=True)
    track_id: str | None = None  # since version 6: the room it was run in (merge)


@dataclass(frozen=True, slots=True, kw_only=True)
class Cluster(Record):
    TABLE: ClassVar[str] = "cluster"
    board_id: str
    position: int = 0
    name: str = text_field()
    color: str = text_field(20)
    x: float = 0.0
    y: float = 0.0
    width: float = 0.0
    height: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Idea(Record):
    TABLE: ClassVar[str] = "idea"
    board_id: str
    cluster_id: str | None = None
    position: int = 0
    text: str = text_field(LONG, multiline=True)
    author: str = text_field()
    color: str = text_field(20)
    x: float = 0.0
    y: float = 0.0
    created_at: str = text_field(40)
    team_id: str | None = None  # since version 4: the team that wrote it


@dataclass(frozen=True, slots=True, kw_only=True)
class Attachment(Record):
    """An image stored inside the file (photos of paper boards, sketches, a logo)."""

    TABLE: ClassVar[str] = "attachment"
    owner_kind: OwnerKind
    owner_id: str
    role: AttachmentRole = "photo"
    position: int = 0
    caption: str = text_field(500)
    media_type: MediaType = "image/jpeg"
    width: int = number(0, 100_000)
    height: int = number(0, 100_000)
    data: bytes = b""
    created_at: str = text_field(40)
    # Since version 5 (issue 19): a photo sent from a phone waits ("pending") until the
    # facilitator accepts it; `sender` is the phone's label, `upload_key` the SHA-256 of
    # the phone's token and its own upload id (a retried upload is stored once).
    review: PhotoReview = "shown"
    sender: str = text_field()
    upload_key: str = text_field(64)


@dataclass(frozen=True, slots=True, kw_only=True)
class VoteSession(Record):
    TABLE: ClassVar[str] = "vote_session"
    board_id: str
    position: int = 0
    title: str = text_field()
    method: VoteMethod = "dots"
    collection: VoteCollection = "paper"
    target_kind: VoteTargetKind = "ideas"
    dots_per_participant: int = number(0, 1000, 3)
    max_dots_per_idea: int = number(0, 1000, 3)
    anonymous: bool = True
    allow_negative: bool = False
    status: VoteStatus = "draft"
    x_label: str = text_field(100)
    y_label: str = text_field(100)
    track_id: str | None = None  # since version 6: the room it was run in (merge)


@dataclass(frozen=True, slots=True, kw_only=True)
class VoteOption(Record):
    """One idea or cluster put to the vote; its label survives the idea's deletion."""

    TABLE: ClassVar[str] = "vote_option"
    vote_id: str
    position: int = 0
    target_id: str = text_field(64)
    label: str = text_field(LONG, multiline=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class Ballot(Record):
    """Dots given to one option, by one participant (or by the paper tally: no name)."""

    TABLE: ClassVar[str] = "ballot"
    vote_id: str
    option_id: str
    participant: str = text_field()
    dots: int = number(-1000, 1000)


@dataclass(frozen=True, slots=True, kw_only=True)
class Criterion(Record):
    TABLE: ClassVar[str] = "criterion"
    vote_id: str
    position: int = 0
    name: str = text_field()
    weight: float = number(0, 100, 1)
    scale_max: int = number(1, 100, 5)


@dataclass(frozen=True, slots=True, kw_only=True)
class Score(Record):
    TABLE: ClassVar[str] = "score"
    vote_id: str
    criterion_id: str
    option_id: str
    participant: str = text_field()
    value: int = number(0, 100)


@dataclass(frozen=True, slots=True, kw_only=True)
class MatrixPlacement(Record):
    TABLE: ClassVar[str] = "matrix_placement"
    vote_id: str
    option_id: str
    x: float = number(0, 1, 0.5)  # 0 = left, 1 = right
    y: float = number(0, 1, 0.5)  # 0 = bottom, 1 = top


@dataclass(frozen=True, slots=True, kw_only=True)
class CardField(Record):
    """One field of the workshop's prototype-card template (a lab can adapt it)."""

    TABLE: ClassVar[str] = "card_field"
    position: int = 0
    key: str = text_field(50)
    label: str = text_field()
    multiline: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class PrototypeCard(Record):
    TABLE: ClassVar[str] = "prototype_card"
    position: int = 0
    name: str = text_field()
    status: CardStatus = "idea"
    source_kind: CardSourceKind = "none"
    source_id: str | None = None
    created_at: str = text_field(40)
    team_id: str | None = None  # since version 4: the team that made it
    track_id: str | None = None  # since version 6: the room it was made in (merge)


@dataclass(frozen=True, slots=True, kw_only=True)
class CardValue(Record):
    TABLE: ClassVar[str] = "card_value"
    card_id: str
    field_id: str
    text: str = text_field(LONG, multiline=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class NextStep(Record):
    TABLE: ClassVar[str] = "next_step"
    card_id: str
    position: int = 0
    action: str = text_field(500)
    owner: str = text_field()
    due_date: str = text_field(10)
    done: bool = False  # since version 6 (issue 21): the activity report counts it


@dataclass(frozen=True, slots=True, kw_only=True)
class TimerState(Record):
    """Run mode's countdown, kept in the file so it survives a crash."""

    TABLE: ClassVar[str] = "timer"
    agenda_item_id: str | None = None
    status: TimerStatus = "idle"
    duration_ms: int = number(0, 7 * 24 * 3_600_000)
    deadline_epoch_ms: int = 0
    remaining_ms: int = 0
    # Since version 4: the current round, an index in the item's expanded rounds.
    round_index: int = number(0, 100_000)


TIMER_ID = "timer"


@dataclass(frozen=True, slots=True, kw_only=True)
class RoomPhone(Record):
    """A phone that joined the workshop's room link (schema version 3).

    Kept with the workshop so that a phone keeps its identity (its name and the label
    its dots are counted under) when the link or the app restarts, and stays out once
    the facilitator removed it. The phone's token is never stored: only its SHA-256
    (64 lowercase hexadecimal digits), which lets the link recognise the token and
    nobody who reads the file present it. Written outside the undo history (undo
    never forgets a phone), and not part of the interchange JSON (docs/file-format.md).
    """

    TABLE: ClassVar[str] = "room_phone"
    token_sha256: str = text_field(64)
    name: str = text_field()  # as the participant gave it when joining; "" for none
    label: str = text_field()  # its ballots' `participant`: unique among the phones
    joined_at: str = text_field(40)  # ISO 8601 with offset
    removed: bool = False  # the facilitator removed it: refused for good


@dataclass(frozen=True, slots=True, kw_only=True)
class Poll(Record):
    """A quick poll (schema version 5, issue 19): a scale (ROTI 1 to 5, any 1 to N), a
    choice among a few options (the météo), a few words (a word cloud) or a short free
    text, asked during an agenda item (`agenda_item_id`, None for a poll of its own).
    Answered from phones (`PollAnswer`) and counted from paper or a show of hands
    (`PollCount`, `PollAnswer` with no participant for words typed from paper)."""

    TABLE: ClassVar[str] = "poll"
    agenda_item_id: str | None = None
    position: int = 0
    kind: PollKind = "scale"
    question: str = text_field(500, multiline=True)
    status: PollStatus = "draft"
    words_per_answer: int = number(1, 5, 3)  # "words": at most this many words an answer
    created_at: str = text_field(40)
    # Since version 6: the room it was asked in (merge), for a poll of no agenda item.
    track_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PollOption(Record):
    """One value of a scale (`value` 1 to N, its label such as "5 — time well spent") or
    one option of a choice (`value` its number from 1), schema version 5."""

    TABLE: ClassVar[str] = "poll_option"
    poll_id: str
    position: int = 0
    value: int = number(0, 100, 1)
    label: str = text_field(100)


@dataclass(frozen=True, slots=True, kw_only=True)
class PollAnswer(Record):
    """One answer (schema version 5): from a phone (`participant` is its label: one
    answer per phone and poll, replaced until the poll closes) or typed from paper
    (`participant` ""). Scales and choices give `option_id`, words and texts `text`."""

    TABLE: ClassVar[str] = "poll_answer"
    poll_id: str
    option_id: str | None = None
    participant: str = text_field()
    text: str = text_field(500, multiline=True)
    answered_at: str = text_field(40)


@dataclass(frozen=True, slots=True, kw_only=True)
class PollCount(Record):
    """How many people gave one option on paper or by a show of hands (schema version
    5), added to the phones' answers."""

    TABLE: ClassVar[str] = "poll_count"
    poll_id: str
    option_id: str
    count: int = number(0, 100_000)


# Parents before children: the order in which a whole workshop is written.
RECORD_TYPES: tuple[type[Record], ...] = (
    WorkshopInfo,
    Person,
    Track,
    GroupingInfo,
    Team,
    TeamMember,
    GroupingWish,
    GroupingAbsence,
    Day,
    Board,
    AgendaItem,
    ItemRound,
    RoundRun,
    Cluster,
    Idea,
    Attachment,
    VoteSession,
    VoteOption,
    Ballot,
    Criterion,
    Score,
    MatrixPlacement,
    CardField,
    PrototypeCard,
    CardValue,
    NextStep,
    TimerState,
    RoomPhone,
    Poll,
    PollOption,
    PollAnswer,
    PollCount,
)

RECORD_BY_TABLE: dict[str, type[Record]] = {kind.TABLE: kind for kind in RECORD_TYPES}

# Which field of which record refers to which table (for integrity checks).
REFERENCES: dict[type[Record], dict[str, type[Record]]] = {
    Day: {"track_id": Track},
    Board: {"track_id": Track},
    AgendaItem: {"day_id": Day},
    Team: {"grouping_id": GroupingInfo},
    TeamMember: {"team_id": Team, "person_id": Person},
    GroupingWish: {"grouping_id": GroupingInfo, "person_id": Person},
    GroupingAbsence: {"grouping_id": GroupingInfo, "person_id": Person},
    ItemRound: {"agenda_item_id": AgendaItem, "team_id": Team},
    RoundRun: {"agenda_item_id": AgendaItem},
    Cluster: {"board_id": Board},
    Idea: {"board_id": Board, "cluster_id": Cluster, "team_id": Team},
    VoteSession: {"board_id": Board, "track_id": Track},
    VoteOption: {"vote_id": VoteSession},
    Ballot: {"vote_id": VoteSession, "option_id": VoteOption},
    Criterion: {"vote_id": VoteSession},
    Score: {"vote_id": VoteSession, "criterion_id": Criterion, "option_id": VoteOption},
    MatrixPlacement: {"vote_id": VoteSession, "option_id": VoteOption},
    CardValue: {"card_id": PrototypeCard, "field_id": CardField},
    NextStep: {"card_id": PrototypeCard},
    PrototypeCard: {"team_id": Team, "track_id": Track},
    Poll: {"agenda_item_id": AgendaItem, "track_id": Track},
    PollOption: {"poll_id": Poll},
    PollAnswer: {"poll_id": Poll, "option_id": PollOption},
    PollCount: {"poll_id": Poll, "option_id": PollOption},
    TimerState: {"agenda_item_id": AgendaItem},
}


_HINTS: dict[type[Record], dict[str, Any]] = {}


def type_hints(kind: type[Record]) -> dict[str, Any]:
    """The resolved annotations of a record's fields (memoised: they never change)."""
    if kind not in _HINTS:
        _HINTS[kind] = typing.get_type_hints(kind)
    return _HINTS[kind]


def field_names(kind: type[Record]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def make_record(kind: type[R], values: Mapping[str, object]) -> R:
    """Build a record from field values whose types were checked by the caller."""
    return cast(Any, kind)(**values)  # type: ignore[no-any-return]


def replaced(record: R, values: Mapping[str, object]) -> R:
    """A copy of `record` with some fields changed (values checked by the caller)."""
    return cast(R, dataclasses.replace(cast(Any, record), **values))


def has_position(kind: type[Record]) -> bool:
    return "position" in field_names(kind)
