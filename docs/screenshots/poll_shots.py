"""Render the quick polls at the laptop and on the projector (issue 19) into docs/screenshots/.

    python docs/screenshots/poll_shots.py

The demo workshop, French, the window maximised on a 1366x768 laptop, the projector a
1280x720 screen beside it:
- run-poll-fr.png: the run page on the closing ROTI, open, 60 phones answered and the
  paper counts typed, the poll's tab beside the day;
- projector-roti-fr.png: the same ROTI revealed, as the room sees it;
- polls-page-fr.png: the Polls page, every poll of the workshop;
- projector-words-fr.png: a « quelques mots » poll revealed: 60 phones and a few papers
  (French words in their spellings, a long word, Arabic, emoji), as a word cloud.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCRATCH = Path(tempfile.mkdtemp(prefix="facilitator-poll-shots-"))
SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "projector", "x": 1366, "y": 0, "width": 1280, "height": 720},
    ]
}
for screen in SCREENS["screens"]:
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
(SCRATCH / "screens.json").write_text(json.dumps(SCREENS), encoding="utf-8")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCRATCH / 'screens.json'}"
os.environ["FACILITATOR_HOME"] = str(SCRATCH / "home")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QWidget

from facilitator.domain import polls
from facilitator.domain.records import Poll
from facilitator.library_access import full_demo
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.file_chooser import QtFileChooser
from facilitator.ui.layout_check import layout_problems
from facilitator.ui.main_window import MainWindow
from facilitator.ui.style import apply_style
from facilitator.ui.workshop_page import WorkshopPage

OUT = Path(__file__).resolve().parent
ROTI_PHONES = (2, 5, 13, 24, 16)  # phones giving 1, 2, 3, 4, 5: 60
ROTI_PAPER = ("1", "2", "4", "6", "3")  # the paper counts typed
# What a room of 60 says "in a few words" as it leaves, each phone one to three words.
WORDS = (
    ["énergie, confiance", "Énergie", "motivée", "inspiré, curieux", "écoute"] * 6
    + ["co-construction", "fatigué mais content", "ENERGIE", "plein d'idées"] * 5
    + ["تعاون", "🚀", "☀️ soleil", "anticonstitutionnellement", "écoute, confiance"] * 2
)
PAPER_WORDS = ("énergie", "Confiance, écoute", "simplification administrative")


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(app: QApplication, widget: QWidget, name: str, *, projector: bool = False) -> None:
    _settle(app)
    problems = [str(p) for p in layout_problems(widget, cover_screen=projector)]
    if problems:
        print(f"{name}: " + "; ".join(problems))
    widget.grab().save(str(OUT / name))


def _phones(page: WorkshopPage, poll_id: str, answers: list[dict[str, str]]) -> None:
    """Answers as the room link writes them: each phone's, outside the undo history."""
    workshop = page.document.workshop
    for number, answer in enumerate(answers, start=1):
        page.document.apply_untracked(
            polls.answer_from_phone(
                workshop,
                poll_id,
                f"Participant {number}",
                option_id=answer.get("option"),
                text=answer.get("text", ""),
            )
        )


def _roti(app: QApplication, page: WorkshopPage) -> None:
    workshop = page.document.workshop
    roti = next(p for p in workshop.all(Poll) if p.question.startswith("ROTI"))
    assert roti.agenda_item_id is not None
    page.show_part("run")
    page.session.select(roti.agenda_item_id)
    panel = page.run.poll_panel
    panel.open_poll()
    options = polls.options_of(workshop, roti.id)
    _phones(
        page,
        roti.id,
        [
            {"option": o.id}
            for o, count in zip(options, ROTI_PHONES, strict=True)
            for _ in range(count)
        ],
    )
    for row, count in enumerate(ROTI_PAPER):
        cell = panel.options.item(row, 2)
        assert cell is not None
        cell.setText(count)  # as typed, Enter after each
    _settle(app)
    page.notice.hide()
    assert page.window() is not None
    _save(app, page.window(), "run-poll-fr.png")
    panel.toggle_reveal()
    projector = page.run.projector
    assert projector is not None
    _save(app, projector, "projector-roti-fr.png", projector=True)


def _words(app: QApplication, page: WorkshopPage) -> None:
    workshop = page.document.workshop
    page.show_part("polls")
    listing = page.polls
    listing.panel.create_poll("words")
    poll_id = listing.panel.poll_id
    assert poll_id is not None
    listing.panel.question.setText("En quelques mots, comment repartez-vous ?")
    listing.panel.question.editingFinished.emit()
    listing.panel.open_poll()
    _phones(page, poll_id, [{"text": text} for text in WORDS])
    for paper in PAPER_WORDS:
        listing.panel.paper_entry.setText(paper)
        listing.panel.add_paper_answer()
    assert polls.results(workshop, poll_id).total == len(WORDS) + len(PAPER_WORDS)
    page.notice.hide()
    _save(app, page.window(), "polls-page-fr.png")
    listing.panel.toggle_reveal()
    projector = page.run.projector
    assert projector is not None
    _save(app, projector, "projector-words-fr.png", projector=True)


def main() -> int:
    app = QApplication(sys.argv)
    apply_style(app)
    path = SCRATCH / "Défi réfugiés en milieu rural.atelier"
    WorkshopFile.create(path, full_demo()).close()
    settings = SettingsStore(config_dir())
    settings.load()
    translators = Translators()
    translators.install("fr")
    window = MainWindow(settings, translators, QtFileChooser())
    window.showMaximized()
    _settle(app)
    if not window.open_path(path) or window.page is None:
        print(f"could not open {path}")
        return 1
    page = window.page
    _roti(app, page)
    _words(app, page)
    page.run.close_projector()
    window.close_workshop()
    shots = ("run-poll-fr", "projector-roti-fr", "polls-page-fr", "projector-words-fr")
    print(", ".join(f"{shot}.png" for shot in shots) + f" written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
