"""The method library and session templates: bundled files load; broken files are
refused one by one, naming the file and the field, and the others still load."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from facilitator.domain.agenda import item_from_method, workshop_from_template
from facilitator.domain.library import CATEGORIES, MethodCard, MethodText
from facilitator.domain.records import AgendaItem, Day, Language
from facilitator.domain.workshop import Workshop
from facilitator.library_access import bundled_library, full_demo
from facilitator.paths import templates_dir
from facilitator.storage.library_files import LANGUAGES, load_library, save_template


def test_bundled_library_loads_without_a_problem() -> None:
    library = bundled_library()
    assert [p.render() for p in library.problems] == []
    assert len(library.methods) >= 30
    assert len([t for t in library.templates.values() if t.origin == "bundled"]) >= 6
    assert {m.category for m in library.methods.values()} == set(CATEGORIES)
    for method in library.methods.values():
        assert method.duration_min <= method.duration <= method.duration_max
        for language in ("fr", "en"):
            text = method.text(language)
            assert text.title and text.purpose and text.steps and text.participant_instructions


# Issue 18: the library grows to at least 60 methods, each complete in French and English.
MIN_BUNDLED_METHODS = 60


def _lines(text: MethodText) -> list[str]:
    """Every piece of a method's text in one language, one string each."""
    single = [text.title, text.purpose, text.group_size, text.participant_instructions]
    return [*single, *text.materials, *text.steps, *text.tips]


def test_bundled_library_has_60_complete_bilingual_methods() -> None:
    methods = bundled_library().methods
    assert len(methods) >= MIN_BUNDLED_METHODS, sorted(methods)
    for method in methods.values():
        for language in LANGUAGES:
            text = method.texts[language]
            assert all(line.strip() for line in _lines(text)), (method.id, language)
            assert text.materials and text.steps and text.tips, (method.id, language)
            # it becomes an agenda item within the item's limits (notes 5,000, materials 2,000)
            item = item_from_method(method, "day", 0, language)
            assert item.title == text.title and item.participant_instructions
        fr, en = method.texts["fr"], method.texts["en"]
        assert fr.purpose != en.purpose, method.id  # translated, not copied
        assert fr.participant_instructions != en.participant_instructions, method.id
        shape = (len(fr.materials), len(fr.steps), len(fr.tips))
        assert shape == (len(en.materials), len(en.steps), len(en.tips)), method.id


def _round_lines(method: MethodCard, language: Language) -> list[str]:
    """Every text of a method's rounds in one language (issue 18), one string each."""
    return [
        text
        for r in method.rounds
        for text in (r.titles[language], r.instructions[language], r.notes.get(language, ""))
        if text
    ]


def test_bundled_methods_follow_french_typography() -> None:
    """What tests/test_translations.py asks of the interface, asked of the library's French,
    rounds included: a no-break space before : ; ! ? and inside « », and between a number
    and its unit (« 5 min »), the apostrophe ’, no straight quotes; and none of it in the
    English text."""
    for method in bundled_library().methods.values():
        for line in [*_lines(method.texts["fr"]), *_round_lines(method, "fr")]:
            where = (method.id, line)
            assert not re.search(r"(^|[^\u00a0])[:;!?]", line), where
            assert not re.search(r"«[^\u00a0]|[^\u00a0]»", line), where
            assert not re.search(r"['\"“”]", line), where
            assert not re.search(r"\d (min|s|h)\b", line), where
        for line in [*_lines(method.texts["en"]), *_round_lines(method, "en")]:
            assert not re.search(r"[\u00a0«»’]", line), (method.id, line)


def test_bundled_templates_fit_their_days() -> None:
    library = bundled_library()
    for template in library.templates.values():
        for day in template.days:
            start = int(day.start[:2]) * 60 + int(day.start[3:])
            end = int(day.end[:2]) * 60 + int(day.end[3:])
            total = sum(library.item_duration(item) for item in day.items)
            assert total <= end - start, template.id


def _copy_library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    shutil.copytree(templates_dir(), folder)
    return folder


BROKEN_METHODS = {
    "missing field": ('id = "sans-duree"\ncategory = "opening"\n', "sans-duree", "required"),
    "wrong type": (None, "mauvais-type", "duration"),
    "negative duration": (None, "duree-negative", "duration"),
    "absurd duration": (None, "duree-absurde", "duration"),
    "not toml": ("id = [unclosed\n", "pas-du-toml", "TOML"),
    "id differs": (None, "autre-nom", "id"),
}


def _method_text(method_id: str, **changes: str) -> str:
    text = (templates_dir() / "methods" / "brainstorming.toml").read_text(encoding="utf-8")
    text = text.replace('id = "brainstorming"', f'id = "{method_id}"', 1)
    for old, new in changes.items():
        text = text.replace(old, new, 1)
    return text


@pytest.mark.parametrize("case", list(BROKEN_METHODS))
def test_a_broken_method_file_is_named_and_skipped(case: str, tmp_path: Path) -> None:
    folder = _copy_library(tmp_path)
    raw, name, words = BROKEN_METHODS[case]
    if raw is None:
        raw = {
            "wrong type": _method_text(name, **{"duration = 30": 'duration = "trente"'}),
            "negative duration": _method_text(name, **{"duration_min = ": "duration_min = -"}),
            "absurd duration": _method_text(name, **{"duration_max = 45": "duration_max = 5000"}),
            "id differs": _method_text("un-autre-id"),
        }[case]
    (folder / "methods" / f"{name}.toml").write_text(raw, encoding="utf-8")
    library = load_library(folder)
    problems = [p.render() for p in library.problems]
    assert len(problems) == 1, problems
    assert f"{name}.toml" in problems[0]
    assert words in problems[0]
    assert len(library.methods) == len(bundled_library().methods)  # the others still load


BROKEN_TEMPLATES = {
    "unknown method": ("items[1].method", 'method = "meteo-inclusion"', 'method = "inexistante"'),
    "negative duration": ("items", "duration = 10", "duration = -10"),
    "end before start": ("days[0].end", 'end = "12:00"', 'end = "08:00"'),
    "missing title": ("fr.title", 'title = "Atelier de créativité (3\u00a0h)"', 'titre = "x"'),
}


@pytest.mark.parametrize("case", list(BROKEN_TEMPLATES))
def test_a_broken_template_is_named_and_skipped(case: str, tmp_path: Path) -> None:
    folder = _copy_library(tmp_path)
    location, old, new = BROKEN_TEMPLATES[case]
    path = folder / "templates" / "atelier-creativite-3h.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    library = load_library(folder)
    problems = [p.render() for p in library.problems]
    assert len(problems) == 1, problems
    assert "atelier-creativite-3h.toml" in problems[0]
    assert location.split(".")[0].split("[")[0] in problems[0]
    assert "atelier-creativite-3h" not in library.templates
    assert "atelier-flash-90min" in library.templates


def test_a_file_that_is_not_utf8_or_too_large(tmp_path: Path) -> None:
    folder = _copy_library(tmp_path)
    (folder / "templates" / "latin1.toml").write_bytes('id = "é"'.encode("latin-1"))
    (folder / "templates" / "huge.toml").write_text("# " + "x" * 2_000_000, encoding="utf-8")
    library = load_library(folder)
    problems = " ".join(p.render() for p in library.problems)
    assert "latin1.toml" in problems and "huge.toml" in problems


def _agenda_of(workshop: Workshop) -> list[list[tuple[object, ...]]]:
    return [
        [
            (i.title, i.duration_min, i.kind, i.method_id, i.participant_instructions)
            for i in workshop.where(AgendaItem, day_id=day.id)
        ]
        for day in workshop.all(Day)
    ]


def test_saved_template_comes_back_with_the_same_agenda(tmp_path: Path) -> None:
    library = bundled_library()
    demo = full_demo()
    path = save_template(demo, "Mon défi rural : version Cantal", "", tmp_path / "mine")
    again = load_library(templates_dir(), tmp_path / "mine")
    assert not again.problems
    template = again.templates[path.stem]
    assert template.origin == "personal"
    assert template.title("fr") == "Mon défi rural : version Cantal"
    rebuilt = workshop_from_template(
        template, library, title="x", language="fr", first_day=dt.date(2026, 3, 12), created_at=""
    )
    assert _agenda_of(rebuilt) == _agenda_of(demo)
    second = save_template(demo, "Mon défi rural : version Cantal", "", tmp_path / "mine")
    assert second != path and second.exists()  # never overwrites


def test_a_template_item_longer_than_an_agenda_item_is_named_at_load(tmp_path: Path) -> None:
    """A template whose item title had 5,000 characters loaded, then every workshop made
    from it failed with "too long" and no file named (found by attack testing): a
    template item is held to the limits of the agenda item it becomes."""
    folder = tmp_path / "partage"
    folder.mkdir()
    long_title = "T" * 5000
    (folder / "titre-long.toml").write_text(
        'id = "titre-long"\n[fr]\ntitle = "Titre long"\n[[days]]\nstart = "08:00"\n'
        'end = "09:00"\n[[days.items]]\nkind = "activity"\nduration = 30\n'
        f'title = {{ fr = "{long_title}" }}\n',
        encoding="utf-8",
    )
    library = load_library(templates_dir(), folder)
    assert "titre-long" not in library.templates
    said = [problem.render() for problem in library.problems]
    assert any("titre-long.toml" in text for text in said), said
