"""Polls in the method library (issue 19): the bundled ROTI, météo, closing round and
evaluation target open their poll, bilingual and in French typography; an item made
from them (added by hand or by a template) gets it as a draft; a colleague's method
with a hostile `[poll]` (eleven options, one option, a 5,000-character question, a
blank label, options on a words poll, an unknown kind, 6 words per answer) is named
with the field and skipped, and everything else still loads."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from facilitator.domain import agenda, polls
from facilitator.domain.agenda import workshop_from_template
from facilitator.domain.demo import demo_workshop
from facilitator.domain.library import Library
from facilitator.domain.records import AgendaItem, Day, Poll, PollOption
from facilitator.paths import templates_dir
from facilitator.storage.library_files import LANGUAGES, load_library, read_method


def _poll_texts(library: Library, method_id: str) -> dict[str, list[str]]:
    spec = library.methods[method_id].poll
    assert spec is not None
    return {lang: [spec.questions[lang], *(o[lang] for o in spec.options)] for lang in LANGUAGES}


def test_the_bundled_methods_that_open_a_poll(library: Library) -> None:
    opened = {m.id: m.poll.kind for m in library.methods.values() if m.poll is not None}
    assert opened == {
        "roti": "scale",
        "meteo-inclusion": "choice",
        "tour-de-cloture": "words",
        "cible-evaluation": "scale",
    }
    roti = _poll_texts(library, "roti")
    assert roti["fr"][1:] == list(polls.ROTI_LABELS["fr"])
    assert roti["en"][1:] == list(polls.ROTI_LABELS["en"])
    weather = _poll_texts(library, "meteo-inclusion")
    assert weather["fr"][1:] == ["Soleil", "Nuages", "Pluie", "Orage"]
    assert weather["en"][1:] == ["Sun", "Clouds", "Rain", "Storm"]
    # The method's own text speaks of the same scale and weathers as its poll.
    assert "de 1 à 5" in library.methods["roti"].texts["fr"].participant_instructions
    assert "éclaircies" not in library.methods["meteo-inclusion"].texts["fr"].materials[0]


def test_poll_texts_follow_french_typography(library: Library) -> None:
    for method in library.methods.values():
        if method.poll is None:
            continue
        texts = _poll_texts(library, method.id)
        for line in texts["fr"]:
            assert not re.search(r"(^|[^\u00a0])[:;!?]", line), (method.id, line)
            assert not re.search(r"['\"“”]", line), (method.id, line)
        for line in texts["en"]:
            assert not re.search(r"[\u00a0«»’]", line), (method.id, line)


def test_an_item_from_the_roti_opens_its_poll_as_a_draft(library: Library) -> None:
    for language in LANGUAGES:
        workshop = demo_workshop()
        day = workshop.all(Day)[0].id
        item, rows = agenda.method_item(library.methods["roti"], day, 0, language)
        workshop.apply(agenda.add_item(workshop, item, 0, rows))
        (poll,) = polls.polls_of_item(workshop, item.id)
        assert (poll.kind, poll.status) == ("scale", "draft")
        assert poll.question == polls.ROTI_QUESTION[language]
        labels = [o.label for o in polls.options_of(workshop, poll.id)]
        assert labels == list(polls.ROTI_LABELS[language])
        # Removing the item takes its poll; undo brings it back.
        before = workshop.copy()
        removal = agenda.remove_item(workshop, item.id)
        workshop.apply(removal)
        assert workshop.count(Poll) == workshop.count(PollOption) == 0
        workshop.apply(removal.inverted())
        assert workshop == before


def test_a_template_gives_each_roti_and_meteo_its_poll(library: Library) -> None:
    template = library.templates["cas-pratique-deux-jours"]
    workshop = workshop_from_template(
        template, library, title="t", language="fr", first_day=dt.date(2026, 3, 12), created_at=""
    )
    by_method: dict[str, list[str]] = {}
    for item in workshop.all(AgendaItem):
        for poll in polls.polls_of_item(workshop, item.id):
            by_method.setdefault(item.method_id, []).append(poll.kind)
    assert by_method == {
        "meteo-inclusion": ["choice", "choice"],
        "tour-de-cloture": ["words", "words"],
        "roti": ["scale", "scale"],
    }
    assert [p.position for p in workshop.all(Poll)] == list(range(6))  # numbered in order
    assert {p.status for p in workshop.all(Poll)} == {"draft"}
    assert workshop.dangling_references() == []
    # Duplicating the second day copies its polls as new drafts.
    day_two = workshop.all(AgendaItem)[-1].day_id
    changes, _copy = agenda.duplicate_day(workshop, day_two)
    workshop.apply(changes)
    assert workshop.count(Poll) == 9
    assert sorted(p.position for p in workshop.all(Poll)) == list(range(9))


# -- hostile method files -------------------------------------------------------------
def _method_file(method_id: str, poll: str) -> str:
    """A valid method card (brainstorming's text) with `poll` appended."""
    text = (templates_dir() / "methods" / "brainstorming.toml").read_text(encoding="utf-8")
    return text.replace('id = "brainstorming"', f'id = "{method_id}"', 1) + "\n" + poll


def _poll(
    kind: str = "choice",
    question_fr: str = '"Une question ?"',
    options: int = 2,
    label: str = '"Oui"',
    extra: str = "",
) -> str:
    text = f'[poll]\nkind = "{kind}"\nquestion.fr = {question_fr}\nquestion.en = "A question?"\n'
    text += extra
    text += f"[[poll.options]]\nfr = {label}\nen = {label}\n" * options
    return text


HOSTILE_POLLS: dict[str, tuple[str, str]] = {
    # case: (the poll table, words the problem names)
    "eleven options": (_poll(options=11), "poll.options: 11 entries: at most 10"),
    "one option": (_poll(options=1), "A choice has 2 to 10 options, not 1"),
    "a scale of one value": (_poll(kind="scale", options=1), "A scale goes from 1 to 2–10"),
    "options on a words poll": (_poll(kind="words"), "Only a scale or a choice has options"),
    "an unknown kind": (_poll(kind="ranking"), "poll.kind"),
    "a question of 5,000 characters": (
        _poll(question_fr='"' + "Q" * 5000 + '"'),
        "poll.question.fr: 5000 characters: at most 500 are allowed",
    ),
    "a blank question": (_poll(question_fr='"  \\t "'), "poll.question.fr"),
    "a question of control characters": (_poll(question_fr='"\\u0007"'), "poll.question.fr"),
    "a question in one language": (
        '[poll]\nkind = "text"\nquestion.fr = "Un mot ?"\n',
        "poll.question",
    ),
    "a label of 101 characters": (
        _poll(label='"' + "L" * 101 + '"'),
        "101 characters: at most 100 are allowed",
    ),
    "a blank option of a choice": (_poll(label='"   "'), "Option 1 of the choice is empty"),
    "6 words per answer": (
        _poll(kind="words", options=0, extra="words_per_answer = 6\n"),
        "poll.words_per_answer",
    ),
    "words per answer as text": (
        _poll(kind="words", options=0, extra='words_per_answer = "3"\n'),
        "poll.words_per_answer",
    ),
    "an unknown field": (_poll(extra="anonymous = true\n"), "poll"),
    "a poll that is a list": ('[[poll]]\nkind = "text"\n', "poll"),
    "options that are text": (
        '[poll]\nkind = "choice"\nquestion = { fr = "Q", en = "Q" }\noptions = "a, b"\n',
        "poll.options",
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE_POLLS))
def test_a_method_with_a_hostile_poll_is_named_and_skipped(case: str, tmp_path: Path) -> None:
    poll, words = HOSTILE_POLLS[case]
    folder = tmp_path / "library"
    (folder / "methods").mkdir(parents=True)
    (folder / "methods" / "hostile.toml").write_text(_method_file("hostile", poll), "utf-8")
    (folder / "methods" / "fine.toml").write_text(
        _method_file("fine", _poll(kind="scale", options=10, label='""')), "utf-8"
    )
    library = load_library(folder)
    problems = [p.render() for p in library.problems]
    assert len(problems) == 1, problems
    assert "hostile.toml" in problems[0] and words in problems[0], problems[0]
    assert list(library.methods) == ["fine"]  # the other file still loads, poll and all
    fine = library.methods["fine"].poll
    assert fine is not None and (fine.kind, len(fine.options)) == ("scale", 10)


def test_a_method_poll_is_cleaned_as_the_item_will_hold_it() -> None:
    text = _method_file("propre", _poll(question_fr='"  Re\\u0301union\\u0007 ?  "'))
    method = read_method(Path("propre.toml"), text.encode("utf-8"))
    assert method.poll is not None
    rows = polls.rows_from_method(method.poll, "item", "fr")
    assert isinstance(rows[0], Poll) and rows[0].question == "Réunion ?"


def test_the_reasons_for_polls_are_given_in_french(tmp_path: Path) -> None:
    from facilitator.translations import Translator

    folder = tmp_path / "library"
    (folder / "methods").mkdir(parents=True)
    (folder / "methods" / "seule.toml").write_text(_method_file("seule", _poll(options=1)), "utf-8")
    (folder / "methods" / "vide.toml").write_text(
        _method_file("vide", _poll(question_fr='"  "')), "utf-8"
    )
    said = sorted(Translator("fr").render(p) for p in load_library(folder).problems)
    assert "un choix a de 2 à 10\u00a0options" in said[0].lower(), said
    assert "un sondage a besoin d’une question" in said[1].lower(), said
