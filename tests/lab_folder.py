"""A lab's folder of workshops for tests and benchmarks (issue 21): N workshops scaled from
the demo, with varied dates, facilitators, organisations, ideas, votes, prototype statuses,
next steps (some done, some overdue) and ROTI answers.

`make_lab_folder(path, count, seed)` writes them under `path`, one subfolder per year
(`2025/2025-03-12 Mobilité rurale 007.atelier`; `sans-date/` for the few workshops
without dates), and returns their paths in the order made. The same `(count, seed)` gives
the same workshops, whatever the machine (`random.Random` seeded with a string is stable
across runs and `PYTHONHASHSEED`); only the file identities and `created_at` of cards differ.

Each file is a complete version-6 workshop that `facilitator check` accepts, written the
way `WorkshopFile.create` writes it (same schema, same application id) but without its
durability (`synchronous = OFF`, the empty schema copied, no reopening check): 500 files
(216 MB: a workshop file is about 100 pages of 4 KB, one or more per table and index)
take about 10 s here instead of 70 s. The workshops are not read back: tests that need
figures compute them from the files (`WorkshopFile.open(path, read_only=True)`),
independently of the index.

Shape of the variety, for tests that count (all drawn from `random.Random(f"{seed}:{i}")`):
- dates: a first day between 2024-01-01 and 2026-12-31, 1 to 3 consecutive days;
  every 40th workshop (i % 40 == 39) has no date at all;
- facilitators: 1 to 3 of `FACILITATORS`; participants: the demo's 12 (organisations
  redrawn from `ORGANISATIONS`, several spellings of one service) minus up to 4, plus up
  to 14 more; `participant_count` sometimes larger than the list;
- ideas: the demo's 26 plus 0 to 60; votes: the demo's 3, each draft, open, closed or
  revealed; prototype cards: the demo's 3 plus 0 to 3, statuses drawn from all five;
- next steps: the demo's 6 plus 0 to 2 per added card, due 1 to 150 days after the first
  day (or no due date, 1 in 10), done 2 in 5, owners among the participants;
- ROTI: the demo's 2 ROTI polls, answered on paper in 3 workshops out of 5.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import random
import re
import sqlite3
import unicodedata
from pathlib import Path

from facilitator.domain import board, cards, polls
from facilitator.domain.demo import demo_cards, demo_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.records import (
    WORKSHOP_ID,
    Board,
    Day,
    NextStep,
    Person,
    Poll,
    PrototypeCard,
    Record,
    VoteSession,
    field_names,
    replaced,
)
from facilitator.domain.workshop import Workshop
from facilitator.library_access import bundled_library
from facilitator.storage.migrations import create_current
from facilitator.storage.rows import columns, to_row
from facilitator.storage.schema import APPLICATION_ID, new_file_id

FIRST_DAY = dt.date(2024, 1, 1)
SPAN_DAYS = 3 * 365  # first days fall in 2024, 2025 and 2026
UNDATED_EVERY = 40  # i % 40 == 39: a workshop whose days have no date

THEMES = (
    "Mobilité rurale : les trajets domicile-travail",
    "Accueil des usagers en préfecture",
    "Simplifier la demande de logement social",
    "Les jeunes et l’engagement citoyen",
    "Réduire le gaspillage dans les cantines",
    "L’accès aux droits des personnes âgées",
    "Revitaliser le centre-bourg",
    "Le numérique pour tous : lutter contre l’illectronisme",
    "Attirer des médecins en zone rurale",
    "La transition écologique des services",
    "L’accueil des nouveaux agents",
    "Des démarches en ligne plus simples",
)
ENGLISH_THEMES = (
    "Rural mobility: getting to work",
    "Welcoming new residents",
    "A simpler social housing request",
)
TOWNS = (
    "Aurillac",
    "Saint-Flour",
    "Mauriac",
    "Murat",
    "Clermont-Ferrand",
    "Le Puy-en-Velay",
    "Riom",
    "Thiers",
)
LABS = (
    "Lab’@rchipel – laboratoire d’innovation territoriale",
    "Lab’@rchipel",
    "Préfecture de région – mission innovation",
)
FACILITATORS = (
    ("Claire Dumas", "Lab’@rchipel – Préfecture de région"),
    ("Yanis Benali", "Public Factory – Sciences Po Lyon"),
    ("Émilie Faure", "Lab’@rchipel – Préfecture de région"),
    ("Karim Aït-Saïd", "Conseil départemental du Cantal"),
    ("Sophie Nguyen", "Lab’@rchipel – Préfecture de région"),
    ("Mathieu Olivier", "Direction interministérielle de la transformation publique"),
    ("Anne-Laure Besse", "Conseil régional"),
    ("Léa Martin", "Lab’@rchipel – Préfecture de région"),
)
# Several spellings of one service: the report merges them with `organisation_key`.
ORGANISATIONS = (
    "Préfecture du Cantal",
    "prefecture du cantal",
    "PRÉFECTURE DU CANTAL",
    "Mairie de Saint-Flour",
    "Mairie de  Saint-Flour",
    "Conseil départemental du Cantal",
    "Conseil departemental du Cantal",
    "France Travail Aurillac",
    "Caisse d’allocations familiales",
    "CAF du Cantal",
    "Association Accueil Cantal",
    "Centre communal d’action sociale",
    "Direction départementale des territoires",
    "Agence régionale de santé",
    "Habitant",
    "",
)
FIRST_NAMES = (
    "Alice", "Bruno", "Chloé", "David", "Élise", "Farid", "Gaëlle", "Hugo", "Inès",
    "Jérôme", "Khadija", "Louis", "Manon", "Noé", "Océane", "Paul", "Rachid", "Sarah",
)  # fmt: skip
LAST_NAMES = (
    "Bernard", "Chevalier", "Diallo", "Fabre", "Garnier", "Lefèvre", "Moreau", "N’Diaye",
    "Perrin", "Roussel", "Tessier", "Vidal",
)  # fmt: skip
VOTE_STATUSES = ("draft", "open", "closed", "closed", "revealed")  # closed more often
CARD_STATUSES = ("idea", "to_test", "testing", "adopted", "dropped")
STEP_ACTIONS = (
    "Présenter le prototype au comité de pilotage",
    "Tester avec cinq usagers",
    "Chiffrer le déploiement",
    "Écrire la fiche projet",
    "Trouver un service pilote",
)


@functools.cache
def _base_records() -> tuple[Record, ...]:
    """The demo with its agenda, board, votes and cards (no photos), built once."""
    workshop = demo_workshop(library=bundled_library())
    demo_cards(workshop, {})
    return tuple(workshop.records())


def _of(town: str) -> str:
    """The town after "de": "de Murat", "d’Aurillac", "du Puy-en-Velay"."""
    if town.startswith("Le "):
        return "du " + town.removeprefix("Le ")
    return f"d’{town}" if town[0] in "AEIOUYÉÈ" else f"de {town}"


def _slug(text: str) -> str:
    """A file name's part from a title: letters, digits, spaces and hyphens, 60 at most."""
    kept = re.sub(r"[^\w\-’ ]+", " ", unicodedata.normalize("NFC", text))
    return " ".join(kept.split())[:60].strip()


def _without_dangling(workshop: Workshop) -> Workshop:
    """The workshop less every record that points at a removed one, repeatedly (a removed
    day takes its items, their rounds and polls, the polls their options)."""
    while True:
        dangling = {record.id for record, _ in workshop.dangling_references()}
        if not dangling:
            return workshop
        workshop = Workshop(r for r in workshop.records() if r.id not in dangling)


def _days(workshop: Workshop, rng: random.Random, index: int) -> Workshop:
    days = workshop.all(Day)
    count = rng.choice((1, 1, 2, 2, 2, 3))
    start = FIRST_DAY + dt.timedelta(days=rng.randrange(SPAN_DAYS))
    undated = index % UNDATED_EVERY == UNDATED_EVERY - 1
    records = [r for r in workshop.records() if not isinstance(r, Day)]
    kept = days[:count]
    for position in range(count):
        date = "" if undated else (start + dt.timedelta(days=position)).isoformat()
        if position < len(kept):
            records.append(replaced(kept[position], {"date": date}))
        else:
            records.append(replaced(days[-1], {"id": new_id(), "position": position, "date": date}))
    return _without_dangling(Workshop(records))


def _person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _people(workshop: Workshop, rng: random.Random) -> Workshop:
    records: list[Record] = [r for r in workshop.records() if not isinstance(r, Person)]
    for position, (name, organisation) in enumerate(rng.sample(FACILITATORS, rng.randint(1, 3))):
        records.append(
            Person(
                id=new_id(),
                role="facilitator",
                position=position,
                name=name,
                organisation=organisation,
            )
        )
    demo_participants = workshop.where(Person, role="participant")
    dropped = set(rng.sample(range(len(demo_participants)), rng.randint(0, 4)))
    position = 0
    for number, person in enumerate(demo_participants):
        if number not in dropped:
            organisation = rng.choice(ORGANISATIONS)
            records.append(replaced(person, {"position": position, "organisation": organisation}))
            position += 1
    for _ in range(rng.randint(0, 14)):
        records.append(
            Person(
                id=new_id(),
                role="participant",
                position=position,
                name=_person_name(rng),
                organisation=rng.choice(ORGANISATIONS),
            )
        )
        position += 1
    return _without_dangling(Workshop(records))


def _info(workshop: Workshop, rng: random.Random, index: int) -> Workshop:
    created = dt.datetime(2023, 12, 1, 9) + dt.timedelta(minutes=index)
    english = rng.random() < 0.1
    theme = rng.choice(ENGLISH_THEMES if english else THEMES)
    town = rng.choice(TOWNS)
    listed = len(workshop.where(Person, role="participant"))
    declared = listed + rng.randint(1, 10) if rng.random() < 0.3 else 0
    info = replaced(
        workshop.info,
        {
            "title": f"{theme} ({town})",
            "organisation": rng.choice(LABS),
            "place": f"{town} town hall" if english else f"Mairie {_of(town)}",
            "language": "en" if english else "fr",
            "participant_count": declared,
            "created_at": f"{created.isoformat()}+01:00",
        },
    )
    records = [info if r.id == WORKSHOP_ID else r for r in workshop.records()]
    return Workshop(records)


def _ideas(workshop: Workshop, rng: random.Random) -> None:
    board_id = workshop.all(Board)[0].id
    lines = [
        f"Idée {n + 1} : {rng.choice(STEP_ACTIONS).lower()}" for n in range(rng.randint(0, 60))
    ]
    if lines:
        changes, _ = board.capture(workshop, board_id, lines, author=_person_name(rng))
        workshop.apply(changes)


def _votes(workshop: Workshop, rng: random.Random) -> Workshop:
    records = [
        replaced(r, {"status": rng.choice(VOTE_STATUSES)}) if isinstance(r, VoteSession) else r
        for r in workshop.records()
    ]
    return Workshop(records)


def _cards(workshop: Workshop, rng: random.Random, first: dt.date) -> Workshop:
    owners = [p.name for p in workshop.where(Person, role="participant")] or ["Claire Dumas"]
    for number in range(rng.randint(0, 3)):
        changes, card_id = cards.create_card(workshop, f"Prototype {number + 1}")
        workshop.apply(changes)
        for _ in range(rng.randint(0, 2)):
            changes, _ = cards.add_step(workshop, card_id, rng.choice(STEP_ACTIONS))
            workshop.apply(changes)
    # Drawn in an order that does not depend on the records' random ids.
    made = sorted(workshop.unordered(PrototypeCard), key=lambda c: (c.position, c.name))
    names = {c.id: c.name for c in made}
    steps = sorted(
        workshop.unordered(NextStep), key=lambda s: (names[s.card_id], s.position, s.action)
    )
    changed: dict[str, Record] = {}
    for card in made:
        changed[card.id] = replaced(card, {"status": rng.choice(CARD_STATUSES)})
    for step in steps:
        due = "" if rng.random() < 0.1 else (first + dt.timedelta(days=rng.randint(1, 150)))
        values = {"due_date": str(due), "done": rng.random() < 0.4, "owner": rng.choice(owners)}
        changed[step.id] = replaced(step, values)
    return Workshop(changed.get(r.id, r) for r in workshop.records())


def _roti(workshop: Workshop, rng: random.Random) -> None:
    if rng.random() >= 0.6:
        return
    for poll in workshop.all(Poll):
        for option in polls.options_of(workshop, poll.id):
            count = rng.randint(0, 8)
            workshop.apply(polls.set_paper_count(workshop, poll.id, option.id, count))


def lab_workshop(index: int, seed: int) -> Workshop:
    """Workshop number `index` of the folder `seed` draws (see the module's docstring)."""
    rng = random.Random(f"{seed}:{index}")
    workshop = Workshop(_base_records())
    workshop = _days(workshop, rng, index)
    workshop = _people(workshop, rng)
    workshop = _info(workshop, rng, index)
    _ideas(workshop, rng)
    workshop = _votes(workshop, rng)
    dates = [d.date for d in workshop.all(Day) if d.date]
    first = dt.date.fromisoformat(dates[0]) if dates else FIRST_DAY
    workshop = _cards(workshop, rng, first)
    _roti(workshop, rng)
    return workshop


@functools.cache
def _empty_file() -> bytes:
    """The bytes of a new, empty version-6 workshop file (schema and application id),
    made once: creating the schema is most of the time a file takes to write."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("BEGIN")
        create_current(connection)
        connection.execute("DELETE FROM file_identity")
        connection.execute("COMMIT")
        return bytes(connection.serialize())
    finally:
        connection.close()


def write_workshop(path: Path, workshop: Workshop) -> None:
    """`workshop` as a new version-6 file at `path`, with a new file identity, as
    `WorkshopFile.create` writes it but without syncing (test data, rewritable at will);
    refuses an existing `path` (`FileExistsError`)."""
    if path.exists():
        raise FileExistsError(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    temporary.write_bytes(_empty_file())
    connection = sqlite3.connect(temporary, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("BEGIN")
        connection.execute("INSERT INTO file_identity (id) VALUES (?)", (new_file_id(),))
        for record in workshop.records():
            kind = type(record)
            marks = ", ".join("?" * len(field_names(kind)))
            connection.execute(
                f"INSERT INTO {kind.TABLE} ({columns(kind)}) VALUES ({marks})", to_row(record)
            )
        connection.execute("COMMIT")
    finally:
        connection.close()
    temporary.replace(path)


def file_name(workshop: Workshop, index: int) -> Path:
    """`YEAR/DATE TITLE NNN.atelier` (`sans-date/TITLE NNN.atelier` without dates)."""
    dates = sorted(d.date for d in workshop.all(Day) if d.date)
    stem = f"{_slug(workshop.info.title)} {index:03d}.atelier"
    if not dates:
        return Path("sans-date") / stem
    return Path(dates[0][:4]) / f"{dates[0]} {stem}"


def make_lab_folder(path: Path, count: int, seed: int = 21) -> list[Path]:
    """Write `count` workshops under `path` (made if missing) and return their paths, in
    the order made (`lab_workshop(i, seed)` for i in range(count)). Raises
    `FileExistsError` when one is already there (a folder is made once)."""
    made: list[Path] = []
    for index in range(count):
        workshop = lab_workshop(index, seed)
        target = path / file_name(workshop, index)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_workshop(target, workshop)
        made.append(target)
    return made
