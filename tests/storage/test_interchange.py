"""The interchange JSON: documented schema, clear refusals, lossless round trips."""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.demo import demo_workshop
from facilitator.domain.records import (
    AgendaItem,
    Attachment,
    Board,
    Cluster,
    Day,
    Idea,
    Person,
    Record,
    WorkshopInfo,
)
from facilitator.domain.text import clean_text
from facilitator.domain.workshop import Workshop
from facilitator.storage import interchange
from facilitator.storage.interchange import InterchangeError
from facilitator.storage.workshop_file import WorkshopFile

DOCS = Path(__file__).resolve().parents[2] / "docs"
FIXTURE = Path(__file__).parent / "fixtures" / "schema_v1.json"


def test_schema_in_docs_is_the_schema_of_the_code() -> None:
    documented = json.loads((DOCS / "interchange.schema.json").read_text(encoding="utf-8"))
    assert documented == interchange.json_schema(), (
        "regenerate it: python -m facilitator.storage.interchange --schema "
        "> docs/interchange.schema.json"
    )


def test_fixture_with_every_table_round_trips() -> None:
    workshop = interchange.loads(FIXTURE.read_text(encoding="utf-8"))
    assert json.loads(interchange.dumps(workshop)) == json.loads(FIXTURE.read_text("utf-8"))


def _bad(mutate: Any) -> str:
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))
    mutate(document)
    with pytest.raises(InterchangeError) as refused:
        interchange.from_document(document)
    return str(refused.value)


def test_refusals_name_the_bad_field() -> None:
    assert _bad(lambda d: d["people"][1].update(name="x" * 300)).startswith(
        "$.people[1].name: too long (300 characters"
    )
    assert _bad(lambda d: d["days"][0].update(date="2026-02-30")).startswith("$.days[0].date")
    assert _bad(lambda d: d["workshop"].update(language="de")).startswith("$.workshop.language")
    assert _bad(lambda d: d["workshop"].update(participant_count=-3)).startswith(
        "$.workshop.participant_count"
    )
    assert _bad(lambda d: d["ideas"][0].update(board_id="nowhere")).startswith(
        "$.ideas[0].board_id: “nowhere” refers to nothing"
    )
    assert _bad(lambda d: d["ideas"][0].pop("text")).startswith("$.ideas[0]")
    assert _bad(lambda d: d["attachments"][0].update(data="%%%")).startswith(
        "$.attachments[0].data: not valid base64"
    )
    assert _bad(lambda d: d.update(format_version=99)).startswith(
        "This JSON was written by a newer version"
    )
    assert _bad(lambda d: d["people"].append(dict(d["people"][0]))).endswith("is used twice.")
    assert _bad(lambda d: d.update(workshop=None)).startswith("$.workshop")


@pytest.mark.parametrize(
    "text",
    ["", "{", "[]", "null", '{"format": "facilitator-workshop"}', "[" * 100_000, "\x00"],
)
def test_malformed_json_is_refused_clearly(text: str) -> None:
    with pytest.raises(InterchangeError):
        interchange.loads(text)


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes("Défi".encode("latin-1"))
    with pytest.raises(InterchangeError, match="not UTF-8"):
        interchange.read_file(path)


# -- the property test: file -> JSON -> file -> JSON is lossless ---------------
TEXT = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]) | st.sampled_from("éœ«»🙂عربية\n\t<&>"),
    max_size=60,
)
IDS = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=12)


def _line(text: str) -> str:
    return clean_text(text, multiline=False)


def _lines(text: str) -> str:
    return clean_text(text, multiline=True)


@st.composite
def workshops(draw: st.DrawFn) -> Workshop:
    base = demo_workshop()
    info = base.info
    records: list[Record] = [
        WorkshopInfo(
            id=info.id,
            title=_line(draw(TEXT)),
            question=_lines(draw(TEXT)),
            language=draw(st.sampled_from(["fr", "en"])),
            participant_count=draw(st.integers(0, 10_000)),
            notes=_lines(draw(TEXT)),
        )
    ]
    ids = draw(st.lists(IDS, min_size=12, max_size=12, unique=True))
    day = Day(id=ids[0], date="2026-03-12", start_time="09:30", end_time="17:00")
    board = Board(id=ids[1], title=_line(draw(TEXT)), question=_lines(draw(TEXT)))
    cluster = Cluster(
        id=ids[2],
        board_id=board.id,
        name=_line(draw(TEXT)),
        x=draw(st.floats(-1e6, 1e6)),
        y=draw(st.floats(-1e6, 1e6)),
    )
    records += [day, board, cluster]
    for n in range(draw(st.integers(0, 5))):
        records.append(
            Idea(
                id=f"{ids[3]}{n}",
                board_id=board.id,
                cluster_id=draw(st.sampled_from([None, cluster.id])),
                position=n,
                text=_lines(draw(TEXT)),
                author=_line(draw(TEXT)),
            )
        )
    for n in range(draw(st.integers(0, 4))):
        records.append(
            Person(
                id=f"{ids[4]}{n}",
                role=draw(st.sampled_from(["facilitator", "participant"])),
                position=n,
                name=_line(draw(TEXT)),
            )
        )
    records.append(
        AgendaItem(
            id=ids[5],
            day_id=day.id,
            title=_line(draw(TEXT)),
            duration_min=draw(st.integers(0, 600)),
            tool="board",
            tool_target_id=board.id,
        )
    )
    records.append(
        Attachment(
            id=ids[6], owner_kind="board", owner_id=board.id, data=draw(st.binary(max_size=300))
        )
    )
    return Workshop(records)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(workshop=workshops())
def test_file_json_file_json_is_lossless(workshop: Workshop, tmp_path: Path) -> None:
    first = tmp_path / "first.atelier"
    second = tmp_path / "second.atelier"
    for path in (first, second):
        path.unlink(missing_ok=True)
    WorkshopFile.create(first, workshop).close()
    _, from_file = WorkshopFile.open(first, read_only=True)
    text = interchange.dumps(from_file)
    imported = interchange.loads(text)
    WorkshopFile.create(second, imported).close()
    _, from_second = WorkshopFile.open(second, read_only=True)
    assert from_second == workshop
    assert interchange.dumps(from_second) == text


def test_hostile_text_survives_a_round_trip() -> None:
    workshop = demo_workshop()
    hostile = "<b>R&D</b> <img src='/etc/passwd'> 0.1 < x 🙂 مرحبا \u202e" + "é" * 150
    changes = ChangeSet.of(
        [
            insert(Idea(id="i", board_id="b", text=hostile)),
            insert(Board(id="b", title=hostile[:200])),
        ]
    )
    workshop.apply(changes)
    again = interchange.loads(interchange.dumps(workshop))
    assert again == workshop


def test_a_workshop_record_with_another_id_is_refused() -> None:
    """Found by fuzzing: the workshop's id changed made a workshop with no details."""
    document = json.loads(interchange.dumps(demo_workshop()))
    document["workshop"]["id"] = "orkshop"
    with pytest.raises(InterchangeError) as refused:
        interchange.loads(json.dumps(document))
    assert "$.workshop.id" in str(refused.value.message)


def test_a_million_broken_records_are_refused_at_once() -> None:
    """Found by attacking the importer: a 4.4 MB file of a million `{}` ideas took 140 s
    to be refused, the validator walking every error to choose one. The refusal now
    weighs the first `MAX_ERRORS` problems (CPU time measured, not wall time: a count of
    work, not a timed test, is what this bounds)."""
    import resource

    document = json.loads(interchange.dumps(demo_workshop()))
    document["ideas"] = [{}] * 1_000_000
    text = json.dumps(document)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    with pytest.raises(InterchangeError, match="id"):
        interchange.loads(text)
    spent = resource.getrusage(resource.RUSAGE_SELF).ru_utime - before
    assert spent < 20, f"{spent:.1f} s of CPU to refuse it"


def test_the_room_link_s_phones_stay_out_of_the_json(tmp_path: Path) -> None:
    """A JSON is read by other tools and imported into a new file: the phones that joined
    one file's room link (their names, their tokens' digests) are not in it, and a JSON
    that carries them anyway is refused (the format has no such key)."""
    from facilitator.domain.records import RoomPhone

    source = tmp_path / "v3.atelier"
    source.write_bytes((FIXTURE.parent / "schema_v3.atelier").read_bytes())
    file, workshop = WorkshopFile.open(source, read_only=True)
    file.close()
    phones = workshop.all(RoomPhone)
    assert len(phones) == 3
    text = interchange.dumps(workshop)
    for phone in phones:
        assert phone.token_sha256 not in text and phone.id not in text
    assert "Pirate" not in text and "room_phone" not in text
    imported = interchange.loads(text)
    assert imported.all(RoomPhone) == []
    document = json.loads(text)
    document["room_phones"] = []
    with pytest.raises(InterchangeError):
        interchange.from_document(document)
