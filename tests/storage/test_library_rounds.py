"""Rounds in the method library and the templates (issue 18): the bundled methods that
run in rounds have them, bilingual and within their method's time; a colleague's method
or template with hostile rounds (0 s, 201 repeats, 10,000 entries, a 5,000-character
title, a blank one, rounds longer than the method) is named with the field and skipped,
and everything else still loads; a saved agenda keeps its rounds."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from facilitator.domain import agenda, item_rounds
from facilitator.domain.agenda import minutes_for, workshop_from_template
from facilitator.domain.library import MethodCard
from facilitator.domain.records import AgendaItem, Day, ItemRound, Team
from facilitator.domain.rounds import MAX_EXPANDED_ROUNDS, MIN_ROUND_S
from facilitator.domain.workshop import Workshop
from facilitator.library_access import bundled_library, full_demo
from facilitator.paths import templates_dir
from facilitator.storage.library_files import (
    LANGUAGES,
    MAX_FILE_BYTES,
    LibraryFileError,
    load_library,
    read_method,
    save_template,
)

NBSP = "\u00a0"


def _method(method_id: str) -> MethodCard:
    return bundled_library().methods[method_id]


def _expanded(method: MethodCard) -> list[int]:
    """The method's rounds one by one, as seconds."""
    return [r.duration_s for r in method.rounds for _ in range(r.repeat)]


def test_the_formats_the_issue_names_have_their_rounds() -> None:
    assert _expanded(_method("crazy-8")) == [60] * 8
    brainwriting = _method("brainwriting-635")
    assert _expanded(brainwriting) == [300] * 6
    assert "passez votre feuille" in brainwriting.rounds[0].instructions["fr"].lower()
    assert "pass your sheet" in brainwriting.rounds[0].instructions["en"].lower()
    # Liberating Structures' own timings: 1 min alone, 2 in pairs, 4 in fours, 5 all.
    assert _expanded(_method("un-deux-quatre-tous")) == [60, 120, 240, 300]
    cafe = _method("world-cafe")
    assert len(cafe.rounds) >= 3
    assert any("change de table" in r.instructions["fr"] for r in cafe.rounds)
    disney = [r.titles["fr"] for r in _method("disney").rounds]
    assert disney[:3] == ["Le Rêveur", "Le Réaliste", "Le Critique"]
    assert [r.titles["en"] for r in _method("speed-boat").rounds][:3] == [
        "The wind",
        "The anchors",
        "The reefs",
    ]
    assert any(r.repeat > 1 for r in _method("test-usagers").rounds)  # testers rotate
    pitch = [r.titles["fr"] for r in _method("pitch").rounds]
    assert "Pitch" in pitch and "Questions" in pitch


# A step timing a phase of its own: « Tour 1 (10 min) : … », « Les racines (15 min) : … ».
TIMED_STEP = re.compile(r"\(\d+(\u00a0| à )[^)]*min[^)]*\)\u00a0:|^(Tour|Étape|Rôle) \d")


def test_every_method_whose_steps_time_two_phases_has_rounds() -> None:
    methods = bundled_library().methods.values()
    missing = [
        m.id
        for m in methods
        if sum(bool(TIMED_STEP.search(s)) for s in m.texts["fr"].steps) >= 2 and not m.rounds
    ]
    assert missing == []
    assert sum(bool(m.rounds) for m in methods) >= 40


def test_bundled_rounds_are_bilingual_and_fit_their_method() -> None:
    for method in bundled_library().methods.values():
        # Added from the library, the item keeps the method's own duration.
        assert method.rounds_total_s <= method.duration * 60, method.id
        assert method.rounds_count <= MAX_EXPANDED_ROUNDS
        for round_ in method.rounds:
            assert round_.duration_s >= MIN_ROUND_S
            for language in LANGUAGES:
                assert round_.titles[language] and round_.instructions[language], method.id
            assert round_.instructions["fr"] != round_.instructions["en"], method.id
            assert set(round_.notes) in (set(), set(LANGUAGES)), method.id


def test_an_item_from_a_method_copies_its_rounds_in_the_workshop_language() -> None:
    method = _method("un-deux-quatre-tous")
    for language in LANGUAGES:
        item, rows = agenda.method_item(method, "day", 0, language)
        rounds = [r for r in rows if isinstance(r, ItemRound)]
        assert rounds == rows  # no poll: rounds only
        assert [r.title for r in rounds] == [r.titles[language] for r in method.rounds]
        assert [r.instruction for r in rounds] == [r.instructions[language] for r in method.rounds]
        assert {r.agenda_item_id for r in rounds} == {item.id}
        assert [r.position for r in rounds] == [0, 1, 2, 3]
        assert item.duration_min == method.duration
    # Asked shorter than its rounds (a template's 5 min Crazy 8): as long as its rounds.
    crazy = agenda.item_from_method(_method("crazy-8"), "day", 0, "fr", duration=5)
    assert crazy.duration_min == 8


# -- hostile method files -------------------------------------------------------------
def _method_file(method_id: str, rounds: str, duration_max: int = 45) -> str:
    """A valid method card (brainstorming's text) with `rounds` appended."""
    text = (templates_dir() / "methods" / "brainstorming.toml").read_text(encoding="utf-8")
    text = text.replace('id = "brainstorming"', f'id = "{method_id}"', 1)
    text = re.sub(r"duration_max = \d+", f"duration_max = {duration_max}", text, count=1)
    return text + "\n" + rounds


def _round(
    duration: str = "60",
    repeat: str = "1",
    title_fr: str = '"Tour"',
    title_en: str = '"Round"',
    extra: str = "",
) -> str:
    return (
        f"[[rounds]]\nduration_s = {duration}\nrepeat = {repeat}\n"
        f"title.fr = {title_fr}\ntitle.en = {title_en}\n"
        'instruction.fr = "Faites."\ninstruction.en = "Do."\n' + extra
    )


HOSTILE_ROUNDS: dict[str, tuple[str, str]] = {
    # case: (what follows the method's text, words the problem names)
    "a round of 0 seconds": (_round(duration="0"), "rounds[0].duration_s"),
    "a round of 4 seconds (under the 5 s floor)": (_round(duration="4"), "rounds[0].duration_s"),
    "a negative round": (_round(duration="-60"), "rounds[0].duration_s"),
    "a round of 25 hours": (_round(duration=str(25 * 3600)), "rounds[0].duration_s"),
    "a duration as text": (_round(duration='"60"'), "rounds[0].duration_s"),
    "a duration with a fraction": (_round(duration="60.5"), "rounds[0].duration_s"),
    "a duration of 40 digits": (_round(duration="9" * 40), "rounds[0].duration_s"),
    "repeated 0 times": (_round(repeat="0"), "rounds[0].repeat"),
    "repeated 201 times": (_round(repeat="201"), "rounds[0].repeat"),
    "201 round entries": (_round(duration="5") * 201, "rounds: 201 entries: at most 200"),
    "200 entries repeated twice": (_round(duration="5", repeat="2") * 200, "rounds"),
    "a title of 5,000 characters": (
        _round(title_fr='"' + "T" * 5000 + '"'),
        "rounds[0].title.fr: 5000 characters: at most 200 are allowed",
    ),
    "a blank title": (_round(title_en='"  \\t "'), "rounds[0].title.en"),
    "a title of control characters": (_round(title_fr='"\\u0007\\u0008"'), "rounds[0].title.fr"),
    "a title in one language only": (_round(title_en="{}"), "rounds[0].title"),
    "an instruction of 1,001 characters": (
        _round().replace('instruction.fr = "Faites."', 'instruction.fr = "' + "i" * 1001 + '"'),
        "rounds[0].instruction.fr",
    ),
    "an unknown field": (_round(extra="sound = true\n"), "rounds[0]"),
    "rounds that are a table": ("[rounds]\nduration_s = 60\n", "rounds"),
    "rounds longer than the method may last": (
        _round(duration="600", repeat="5"),
        "duration_max",
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE_ROUNDS))
def test_a_method_with_hostile_rounds_is_named_and_skipped(case: str, tmp_path: Path) -> None:
    rounds, words = HOSTILE_ROUNDS[case]
    folder = tmp_path / "library"
    (folder / "methods").mkdir(parents=True)
    (folder / "methods" / "hostile.toml").write_text(_method_file("hostile", rounds), "utf-8")
    (folder / "methods" / "fine.toml").write_text(
        _method_file("fine", _round() + _round(duration="300", repeat="3")), "utf-8"
    )
    library = load_library(folder)
    problems = [p.render() for p in library.problems]
    assert len(problems) == 1, problems
    assert "hostile.toml" in problems[0] and words in problems[0], problems[0]
    assert list(library.methods) == ["fine"]  # the other file still loads, rounds and all
    assert _expanded(library.methods["fine"]) == [60, 300, 300, 300]


def test_a_file_of_a_megabyte_of_rounds_is_refused_by_its_count(tmp_path: Path) -> None:
    """17,000 rounds fill the 1 MB a library file may hold: refused by their count
    before each is checked, the message naming the count, not quoting the list."""
    one = '[[rounds]]\nduration_s = 5\ntitle.fr = "T"\ntitle.en = "T"\n'
    base = _method_file("mega", "")
    count = (MAX_FILE_BYTES - len(base.encode("utf-8"))) // len(one)
    with pytest.raises(LibraryFileError) as raised:
        read_method(Path("mega.toml"), (base + one * count).encode("utf-8"))
    said = raised.value.message.render()
    assert said.endswith(f"rounds: {count} entries: at most 200 are allowed"), said
    assert count > 17_000


def test_200_rounds_of_5_seconds_load_and_make_an_item() -> None:
    """The issue's "200 rounds": the most the limits allow loads and runs whole."""
    text = _method_file("deux-cents", _round(duration="5", repeat="200"))
    method = read_method(Path("deux-cents.toml"), text.encode("utf-8"))
    assert method.rounds_count == MAX_EXPANDED_ROUNDS == 200
    item, rows = agenda.method_item(method, "day", 0, "fr")
    assert item.duration_min == method.duration  # 1,000 s fit its 30 min
    assert [(r.duration_s, r.repeat) for r in rows if isinstance(r, ItemRound)] == [(5, 200)]


def test_the_reasons_for_rounds_are_given_in_french(tmp_path: Path) -> None:
    from facilitator.translations import Translator

    folder = tmp_path / "library"
    (folder / "methods").mkdir(parents=True)
    (folder / "methods" / "long.toml").write_text(
        _method_file("long", _round(duration="600", repeat="5")), "utf-8"
    )
    (folder / "methods" / "blank.toml").write_text(
        _method_file("blank", _round(title_fr='"   "')), "utf-8"
    )
    said = sorted(Translator("fr").render(p) for p in load_library(folder).problems)
    assert "les tours durent 50\u00a0min" in said[1].lower(), said
    assert "un tour a besoin d’un titre" in said[0].lower(), said


# -- templates ------------------------------------------------------------------------
def _template(items: str, end: str = "12:00") -> str:
    return (
        'id = "avec-tours"\n[fr]\ntitle = "Avec des tours"\n'
        f'[[days]]\nstart = "09:00"\nend = "{end}"\n' + items
    )


def test_a_template_carries_its_methods_rounds_and_its_own(tmp_path: Path) -> None:
    folder = tmp_path / "partage"
    folder.mkdir()
    (folder / "avec-tours.toml").write_text(
        _template(
            '[[days.items]]\nmethod = "crazy-8"\nduration = 5\n'  # shorter than its rounds
            '[[days.items]]\nmethod = "brainwriting-635"\n'
            "[[days.items.rounds]]\nduration_s = 240\nrepeat = 4\n"
            'title = { fr = "Quatre idées" }\n'
            '[[days.items]]\nkind = "activity"\nduration = 10\ntitle = { fr = "Libre" }\n'
            "[[days.items.rounds]]\nduration_s = 120\n"  # untitled: run as "Tour 1/2"
            '[[days.items.rounds]]\nduration_s = 180\ntitle = { en = "Only English" }\n'
        ),
        encoding="utf-8",
    )
    library = load_library(templates_dir(), folder)
    assert [p.render() for p in library.problems] == []
    template = library.templates["avec-tours"]
    assert library.total_minutes(template) == 8 + 30 + 10  # 635 keeps its own 30 min
    workshop = workshop_from_template(
        template, library, title="t", language="fr", first_day=dt.date(2026, 3, 12), created_at=""
    )
    items = workshop.all(AgendaItem)
    assert [i.duration_min for i in items] == [8, 30, 10]
    rounds = [agenda.rounds_of(workshop, i.id) for i in items]
    assert [(r.duration_s, r.repeat) for r in rounds[0]] == [(60, 8)]
    assert [(r.title, r.repeat) for r in rounds[1]] == [("Quatre idées", 4)]
    assert [r.title for r in rounds[2]] == ["", "Only English"]
    assert workshop.dangling_references() == []


def test_a_template_item_shorter_than_its_own_rounds_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "partage"
    folder.mkdir()
    (folder / "avec-tours.toml").write_text(
        _template(
            '[[days.items]]\nkind = "activity"\nduration = 5\ntitle = { fr = "Court" }\n'
            "[[days.items.rounds]]\nduration_s = 60\nrepeat = 8\n"
        ),
        encoding="utf-8",
    )
    library = load_library(templates_dir(), folder)
    said = [p.render() for p in library.problems]
    assert len(said) == 1 and "days[0].items[0].rounds" in said[0], said
    assert "8 min, longer than duration (5 min)" in said[0]
    assert "avec-tours" not in library.templates


def test_a_saved_agenda_keeps_its_rounds(tmp_path: Path) -> None:
    """Rounds as edited in the workshop come back from the saved template: a method's
    rounds removed stay removed, a team's slot becomes a plain round (a template has no
    teams), a 1 s round from an older file is saved at the 5 s floor, and an item
    shorter than its rounds is saved as long as them (the template would not load)."""
    demo = full_demo()
    crazy = next(i for i in demo.all(AgendaItem) if i.method_id == "crazy-8")
    brainwriting = next(i for i in demo.all(AgendaItem) if i.method_id == "brainwriting-635")
    demo.apply(agenda.set_item(demo, crazy.id, duration_min=3))
    for round_ in agenda.rounds_of(demo, brainwriting.id):
        demo.apply(item_rounds.remove_round(demo, round_.id))
    free = AgendaItem(id="free", day_id=demo.all(Day)[0].id, title="Libre", duration_min=1)
    demo.apply(agenda.add_item(demo, free))
    older_file = [
        ItemRound(
            id="slot",
            agenda_item_id="free",
            title="Table 1 — pitch",
            duration_s=120,
            team_id="team-1",
        ),
        ItemRound(id="flash", agenda_item_id="free", position=1, title="Éclair", duration_s=1),
    ]
    demo = Workshop([*demo.records(), Team(id="team-1", grouping_id="g"), *older_file])

    path = save_template(demo, "Avec des tours", "", tmp_path / "mine")
    again = load_library(templates_dir(), tmp_path / "mine")
    assert [p.render() for p in again.problems] == []
    rebuilt = workshop_from_template(
        again.templates[path.stem],
        bundled_library(),
        title="x",
        language="fr",
        first_day=dt.date(2026, 3, 12),
        created_at="",
    )
    by_title = {i.title: i for i in rebuilt.all(AgendaItem)}
    assert by_title[crazy.title].duration_min == 8  # saved as long as its 8 rounds
    assert [r.repeat for r in agenda.rounds_of(rebuilt, by_title[crazy.title].id)] == [8]
    assert agenda.rounds_of(rebuilt, by_title[brainwriting.title].id) == []
    free_again = agenda.rounds_of(rebuilt, by_title["Libre"].id)
    assert [(r.title, r.duration_s, r.team_id) for r in free_again] == [
        ("Table 1 — pitch", 120, None),
        ("Éclair", MIN_ROUND_S, None),
    ]
    assert by_title["Libre"].duration_min == minutes_for(120 + MIN_ROUND_S) == 3
