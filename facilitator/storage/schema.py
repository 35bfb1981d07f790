"""The `.atelier` file's schema: SQLite used as an application file format.

One workshop is one file. `application_id` marks the file as ours and
`user_version` is the schema version; migrations.py upgrades older versions.
Foreign keys are deferred to the commit, and never cascade: every deletion is
an explicit row change, so that undo can put every row back.

Since version 2, each file also has an identity of its own (`file_identity`, one
row): random when the file is made (new, demo, import, "Save a copy"), kept as long
as the file lives, whoever opens it. It is not part of the workshop (not in the
interchange JSON, not undoable): it tells two files apart even when they hold the
same workshop, as calendars need (the UIDs of the .ics export, issue 16).

Since version 3, the phones that joined the room link (`room_phone`, the record
`RoomPhone`): a phone keeps its identity, and its one ballot, when the link or the app
restarts (issue 17). Each row holds the SHA-256 of the phone's token, never the token:
files are shared with colleagues.

Since version 4 (issue 18): rounds of agenda items (`item_round`) and the rounds as run
(`round_run`); groupings of participants (`grouping`, `team`, `team_member`, with the
facilitator's wishes `grouping_wish` and absences `grouping_absence`); a role in the
room for each person (`person.job`); the team that made an idea or a prototype card
(`team_id`); auto-advance (`workshop.auto_advance`, `auto_advance_s`,
`agenda_item.auto_advance`); the current round of the countdown (`timer.round_index`).
Added columns have defaults, so a version-3 row reads as it did.

Since version 5 (issue 19): quick polls (`poll`, `poll_option`, `poll_answer` from
phones or typed from paper, `poll_count` from paper or a show of hands), and photos sent
from phones (`attachment.review`: "pending" until the facilitator accepts them;
`sender`; `upload_key`, which stores a retried upload once).

Since version 6 (issue 21): next steps can be ticked done (`next_step.done`), which the
lab's activity report counts; the rooms of an event merged from parallel workshops
(`track`, one per source workshop) and the room each day, board, vote, prototype card and
poll came from (`track_id`, NULL in a workshop that was never merged).
"""

import hashlib
import re

APPLICATION_ID = 0x46434C54  # "FCLT"
SCHEMA_VERSION = 6

# A file identity: 32 lowercase hexadecimal digits (128 bits, as a UUID).
FILE_ID_PATTERN = re.compile(r"[0-9a-f]{32}")


def new_file_id() -> str:
    """A fresh random file identity (uuid4, 32 hexadecimal digits)."""
    import uuid  # on first use: opening a file needs none (issue 22)

    return uuid.uuid4().hex


def derived_file_id(created_at: str) -> str:
    """The identity of a file that has none of its own (a version-1 file, or one whose
    `file_identity` row was removed by hand): derived from the workshop's `created_at`,
    so it is the same at each reading, and for the upgrade that stores it. Two copies of
    one version-1 file share it, as they shared everything before version 2."""
    digest = hashlib.sha256(f"facilitator file {created_at}".encode("utf-8", "replace"))
    return digest.hexdigest()[:32]


# The schema of version 1, as first released. Never edit a released version:
# add a migration instead.
SCHEMA_V1 = """
CREATE TABLE workshop (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    question TEXT NOT NULL,
    organisation TEXT NOT NULL,
    place TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    participant_count INTEGER NOT NULL,
    notes TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE person (
    id TEXT PRIMARY KEY NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('facilitator', 'participant')),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL
);
CREATE TABLE day (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    place TEXT NOT NULL
);
CREATE TABLE board (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    question TEXT NOT NULL
);
CREATE TABLE agenda_item (
    id TEXT PRIMARY KEY NOT NULL,
    day_id TEXT NOT NULL REFERENCES day (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('activity', 'break', 'lunch')),
    title TEXT NOT NULL,
    duration_min INTEGER NOT NULL,
    method_id TEXT NOT NULL,
    category TEXT NOT NULL,
    participant_instructions TEXT NOT NULL,
    facilitator_notes TEXT NOT NULL,
    materials TEXT NOT NULL,
    tool TEXT NOT NULL CHECK (tool IN ('none', 'board', 'vote', 'cards')),
    tool_target_id TEXT,
    actual_start TEXT NOT NULL,
    actual_end TEXT NOT NULL
);
CREATE INDEX agenda_item_day ON agenda_item (day_id);
CREATE TABLE cluster (
    id TEXT PRIMARY KEY NOT NULL,
    board_id TEXT NOT NULL REFERENCES board (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL
);
CREATE INDEX cluster_board ON cluster (board_id);
CREATE TABLE idea (
    id TEXT PRIMARY KEY NOT NULL,
    board_id TEXT NOT NULL REFERENCES board (id) DEFERRABLE INITIALLY DEFERRED,
    cluster_id TEXT REFERENCES cluster (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    author TEXT NOT NULL,
    color TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX idea_board ON idea (board_id);
CREATE INDEX idea_cluster ON idea (cluster_id);
CREATE TABLE attachment (
    id TEXT PRIMARY KEY NOT NULL,
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('workshop', 'board', 'card')),
    owner_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('photo', 'sketch', 'logo')),
    position INTEGER NOT NULL,
    caption TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg')),
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX attachment_owner ON attachment (owner_kind, owner_id);
CREATE TABLE vote_session (
    id TEXT PRIMARY KEY NOT NULL,
    board_id TEXT NOT NULL REFERENCES board (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('dots', 'criteria', 'matrix')),
    collection TEXT NOT NULL CHECK (collection IN ('paper', 'pass', 'named')),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('ideas', 'clusters')),
    dots_per_participant INTEGER NOT NULL,
    max_dots_per_idea INTEGER NOT NULL,
    anonymous INTEGER NOT NULL,
    allow_negative INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed', 'revealed')),
    x_label TEXT NOT NULL,
    y_label TEXT NOT NULL
);
CREATE TABLE vote_option (
    id TEXT PRIMARY KEY NOT NULL,
    vote_id TEXT NOT NULL REFERENCES vote_session (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    target_id TEXT NOT NULL,
    label TEXT NOT NULL
);
CREATE INDEX vote_option_vote ON vote_option (vote_id);
CREATE TABLE ballot (
    id TEXT PRIMARY KEY NOT NULL,
    vote_id TEXT NOT NULL REFERENCES vote_session (id) DEFERRABLE INITIALLY DEFERRED,
    option_id TEXT NOT NULL REFERENCES vote_option (id) DEFERRABLE INITIALLY DEFERRED,
    participant TEXT NOT NULL,
    dots INTEGER NOT NULL
);
CREATE INDEX ballot_vote ON ballot (vote_id);
CREATE TABLE criterion (
    id TEXT PRIMARY KEY NOT NULL,
    vote_id TEXT NOT NULL REFERENCES vote_session (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    weight REAL NOT NULL,
    scale_max INTEGER NOT NULL
);
CREATE TABLE score (
    id TEXT PRIMARY KEY NOT NULL,
    vote_id TEXT NOT NULL REFERENCES vote_session (id) DEFERRABLE INITIALLY DEFERRED,
    criterion_id TEXT NOT NULL REFERENCES criterion (id) DEFERRABLE INITIALLY DEFERRED,
    option_id TEXT NOT NULL REFERENCES vote_option (id) DEFERRABLE INITIALLY DEFERRED,
    participant TEXT NOT NULL,
    value INTEGER NOT NULL
);
CREATE INDEX score_vote ON score (vote_id);
CREATE TABLE matrix_placement (
    id TEXT PRIMARY KEY NOT NULL,
    vote_id TEXT NOT NULL REFERENCES vote_session (id) DEFERRABLE INITIALLY DEFERRED,
    option_id TEXT NOT NULL REFERENCES vote_option (id) DEFERRABLE INITIALLY DEFERRED,
    x REAL NOT NULL,
    y REAL NOT NULL
);
CREATE TABLE card_field (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    multiline INTEGER NOT NULL
);
CREATE TABLE prototype_card (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL
        CHECK (status IN ('idea', 'to_test', 'testing', 'adopted', 'dropped')),
    source_kind TEXT NOT NULL CHECK (source_kind IN ('none', 'idea', 'cluster', 'vote')),
    source_id TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE card_value (
    id TEXT PRIMARY KEY NOT NULL,
    card_id TEXT NOT NULL REFERENCES prototype_card (id) DEFERRABLE INITIALLY DEFERRED,
    field_id TEXT NOT NULL REFERENCES card_field (id) DEFERRABLE INITIALLY DEFERRED,
    text TEXT NOT NULL
);
CREATE INDEX card_value_card ON card_value (card_id);
CREATE TABLE next_step (
    id TEXT PRIMARY KEY NOT NULL,
    card_id TEXT NOT NULL REFERENCES prototype_card (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    action TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_date TEXT NOT NULL
);
CREATE TABLE timer (
    id TEXT PRIMARY KEY NOT NULL,
    agenda_item_id TEXT REFERENCES agenda_item (id) DEFERRABLE INITIALLY DEFERRED,
    status TEXT NOT NULL CHECK (status IN ('idle', 'running', 'paused')),
    duration_ms INTEGER NOT NULL,
    deadline_epoch_ms INTEGER NOT NULL,
    remaining_ms INTEGER NOT NULL
);
"""

# Version 2 adds this table (migrations.MIGRATIONS[1]), with exactly one row.
FILE_IDENTITY_V2 = """
CREATE TABLE file_identity (
    id TEXT PRIMARY KEY NOT NULL
)
"""

# Version 3 adds the room link's phones (migrations.MIGRATIONS[2]); the unique indexes
# keep one row per token and one phone per ballot label, whoever edits the file.
ROOM_PHONE_V3 = """
CREATE TABLE room_phone (
    id TEXT PRIMARY KEY NOT NULL,
    token_sha256 TEXT NOT NULL,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    joined_at TEXT NOT NULL,
    removed INTEGER NOT NULL
);
CREATE UNIQUE INDEX room_phone_token ON room_phone (token_sha256);
CREATE UNIQUE INDEX room_phone_label ON room_phone (label)
"""


# Version 4 (migrations.MIGRATIONS[3]): rounds, groupings, teams, auto-advance.
GUIDED_FORMATS_V4 = """
ALTER TABLE workshop ADD COLUMN auto_advance INTEGER NOT NULL DEFAULT 0;
ALTER TABLE workshop ADD COLUMN auto_advance_s INTEGER NOT NULL DEFAULT 10;
ALTER TABLE person ADD COLUMN job TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_item ADD COLUMN auto_advance TEXT NOT NULL DEFAULT 'workshop'
    CHECK (auto_advance IN ('workshop', 'on', 'off'));
ALTER TABLE timer ADD COLUMN round_index INTEGER NOT NULL DEFAULT 0;
CREATE TABLE grouping (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    rule TEXT NOT NULL CHECK (rule IN ('size', 'count')),
    amount INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    balance_roles INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE team (
    id TEXT PRIMARY KEY NOT NULL,
    grouping_id TEXT NOT NULL REFERENCES grouping (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    name TEXT NOT NULL
);
CREATE INDEX team_grouping ON team (grouping_id);
CREATE TABLE team_member (
    id TEXT PRIMARY KEY NOT NULL,
    team_id TEXT NOT NULL REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL
);
CREATE INDEX team_member_team ON team_member (team_id);
CREATE TABLE grouping_wish (
    id TEXT PRIMARY KEY NOT NULL,
    grouping_id TEXT NOT NULL REFERENCES grouping (id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL CHECK (kind IN ('together', 'apart')),
    set_index INTEGER NOT NULL
);
CREATE TABLE grouping_absence (
    id TEXT PRIMARY KEY NOT NULL,
    grouping_id TEXT NOT NULL REFERENCES grouping (id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE item_round (
    id TEXT PRIMARY KEY NOT NULL,
    agenda_item_id TEXT NOT NULL REFERENCES agenda_item (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    duration_s INTEGER NOT NULL,
    repeat INTEGER NOT NULL,
    instruction TEXT NOT NULL,
    facilitator_notes TEXT NOT NULL,
    team_id TEXT REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX item_round_item ON item_round (agenda_item_id);
CREATE TABLE round_run (
    id TEXT PRIMARY KEY NOT NULL,
    agenda_item_id TEXT NOT NULL REFERENCES agenda_item (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    planned_s INTEGER NOT NULL,
    actual_start TEXT NOT NULL,
    actual_end TEXT NOT NULL
);
CREATE INDEX round_run_item ON round_run (agenda_item_id);
ALTER TABLE idea ADD COLUMN team_id TEXT REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE prototype_card ADD COLUMN team_id TEXT
    REFERENCES team (id) DEFERRABLE INITIALLY DEFERRED
"""


# Version 5 (migrations.MIGRATIONS[4]): quick polls, photos from phones.
ROOM_VOICE_V5 = """
ALTER TABLE attachment ADD COLUMN review TEXT NOT NULL DEFAULT 'shown'
    CHECK (review IN ('shown', 'pending'));
ALTER TABLE attachment ADD COLUMN sender TEXT NOT NULL DEFAULT '';
ALTER TABLE attachment ADD COLUMN upload_key TEXT NOT NULL DEFAULT '';
CREATE TABLE poll (
    id TEXT PRIMARY KEY NOT NULL,
    agenda_item_id TEXT REFERENCES agenda_item (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('scale', 'choice', 'words', 'text')),
    question TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed', 'revealed')),
    words_per_answer INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE poll_option (
    id TEXT PRIMARY KEY NOT NULL,
    poll_id TEXT NOT NULL REFERENCES poll (id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    value INTEGER NOT NULL,
    label TEXT NOT NULL
);
CREATE INDEX poll_option_poll ON poll_option (poll_id);
CREATE TABLE poll_answer (
    id TEXT PRIMARY KEY NOT NULL,
    poll_id TEXT NOT NULL REFERENCES poll (id) DEFERRABLE INITIALLY DEFERRED,
    option_id TEXT REFERENCES poll_option (id) DEFERRABLE INITIALLY DEFERRED,
    participant TEXT NOT NULL,
    text TEXT NOT NULL,
    answered_at TEXT NOT NULL
);
CREATE INDEX poll_answer_poll ON poll_answer (poll_id);
CREATE TABLE poll_count (
    id TEXT PRIMARY KEY NOT NULL,
    poll_id TEXT NOT NULL REFERENCES poll (id) DEFERRABLE INITIALLY DEFERRED,
    option_id TEXT NOT NULL REFERENCES poll_option (id) DEFERRABLE INITIALLY DEFERRED,
    count INTEGER NOT NULL
)
"""


# Version 6 (migrations.MIGRATIONS[5]): next steps done, the rooms of a merged event.
LAB_MEMORY_V6 = """
ALTER TABLE next_step ADD COLUMN done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1));
CREATE TABLE track (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    source_title TEXT NOT NULL,
    source_file_id TEXT NOT NULL
);
ALTER TABLE day ADD COLUMN track_id TEXT REFERENCES track (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE board ADD COLUMN track_id TEXT REFERENCES track (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE vote_session ADD COLUMN track_id TEXT
    REFERENCES track (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE prototype_card ADD COLUMN track_id TEXT
    REFERENCES track (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE poll ADD COLUMN track_id TEXT REFERENCES track (id) DEFERRABLE INITIALLY DEFERRED
"""
