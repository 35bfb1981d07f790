"""The library panel lists methods by title in the workshop's language (issue 17)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from facilitator.domain.records import Language
from facilitator.library_access import bundled_library
from facilitator.ui.agenda.library_panel import METHOD_ROLE, LibraryPanel, title_collator


def _shown(panel: LibraryPanel) -> list[str]:
    model = panel.filter
    return [str(model.index(row, 0).data()).rsplit(" · ", 1)[0] for row in range(model.rowCount())]


def test_qt_collation_puts_accented_and_capital_titles_with_their_letter() -> None:
    collator = title_collator("fr")
    titles = [
        "Zèbre",
        "écrire",
        "Les 5 pourquoi",
        "Carte",
        "Écoute",
        "crazy 8",
        "Étape 10",
        "Étape 2",
    ]
    assert sorted(titles, key=collator.sortKey) == [
        "Carte",
        "crazy 8",
        "Écoute",
        "écrire",
        "Étape 2",
        "Étape 10",
        "Les 5 pourquoi",
        "Zèbre",
    ]


def _check_panel(qtbot: QtBot, language: Language) -> list[str]:
    library = bundled_library()
    panel = LibraryPanel(library, language)
    qtbot.addWidget(panel)
    shown = _shown(panel)
    collator = title_collator(language)
    keys = [collator.sortKey(title) for title in shown]
    assert all(not keys[i + 1] < keys[i] for i in range(len(keys) - 1)), shown
    assert len(shown) == len(library.methods)
    ids = [str(panel.filter.index(row, 0).data(METHOD_ROLE)) for row in range(len(shown))]
    assert ids != sorted(ids)  # the id order is what the issue complained of
    return shown


def test_the_panel_sorts_by_french_title(qtbot: QtBot) -> None:
    shown = _check_panel(qtbot, "fr")
    at = shown.index("Les 5 pourquoi")
    assert shown[at - 1][0].casefold() <= "l" and shown[at + 1][0].casefold() >= "l"
    assert not any(title[0] in "Cc" for title in shown[at:])


def test_the_panel_sorts_by_english_title(qtbot: QtBot) -> None:
    _check_panel(qtbot, "en")
