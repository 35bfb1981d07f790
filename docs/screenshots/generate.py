"""Render the screenshots in docs/screenshots/ from the real widgets, offscreen.

    python docs/screenshots/generate.py

Every screen shows the demo workshop, at 1366x768 (the smallest laptop screen we
design for), in French and in English.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SCRATCH = Path(tempfile.mkdtemp(prefix="facilitator-shots-"))
os.environ["FACILITATOR_HOME"] = str(SCRATCH / "home")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/room/cdp.py: Chromium

import qasync
from PySide6.QtWidgets import QApplication

from facilitator.domain import edits, voting
from facilitator.domain.factory import new_workshop
from facilitator.domain.records import Board, VoteSession
from facilitator.library_access import full_demo
from facilitator.paths import config_dir
from facilitator.room.limits import RateLimiter
from facilitator.settings import SettingsStore
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.file_chooser import QtFileChooser
from facilitator.ui.main_window import MainWindow
from facilitator.ui.style import apply_style
from facilitator.ui.workshop_page import WorkshopPage
from tests.room.cdp import Chromium, chromium_path
from tests.room.phones import from_address

OUT = Path(__file__).resolve().parent
SIZE = (1366, 768)


def _workshops(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    demo = folder / "Défi réfugiés en milieu rural.atelier"
    WorkshopFile.create(demo, full_demo()).close()
    others = [
        ("Atelier flash : accueil des usagers en sous-préfecture", "2026-02-03"),
        ("Journée idéation : mobilités en territoire rural", "2026-01-20"),
    ]
    paths = [demo]
    import datetime as dt

    for title, date in others:
        workshop = new_workshop(
            title.replace(" :", "\u00a0:"), first_day=dt.date.fromisoformat(date)
        )
        workshop.apply(edits.set_info(workshop, participant_count=14))
        path = folder / f"{title.split(':')[0].strip()}.atelier"
        WorkshopFile.create(path, workshop).close()
        paths.append(path)
    return paths


def _grab_projector(app: QApplication, page: WorkshopPage, name: str) -> None:
    """The projector window as a 1280x720 projector shows it, saved as `name`.png."""
    projector = page.run.projector
    assert projector is not None
    projector.showNormal()
    _settle(app)
    projector.resize(1280, 720)
    _settle(app)
    projector.grab().save(str(OUT / f"{name}.png"))


def _settle(app: QApplication) -> None:
    """Let posted events (language change, layout requests) run before grabbing."""
    for _ in range(3):
        app.processEvents()


def _agenda(app: QApplication, window: MainWindow, language: str) -> None:
    """The agenda editor on day 1 of the demo, an activity selected."""
    page = window.page
    assert page is not None
    page.show_part("agenda")
    agenda = page.agenda
    agenda.library_panel.search.setText("proto")
    agenda.select_item(agenda.model.timed(3).item.id)  # type: ignore[union-attr]
    _settle(app)
    window.grab().save(str(OUT / f"agenda-editor-{language}.png"))
    agenda.library_panel.search.clear()
    agenda.side_tabs.setCurrentIndex(1)
    _settle(app)
    window.grab().save(str(OUT / f"agenda-materials-{language}.png"))
    agenda.side_tabs.setCurrentIndex(0)
    page.show_part("details")


class _Clock:
    """10:20 on the first day of the demo, moved by hand."""

    def __init__(self) -> None:
        import datetime as dt

        self.now = int(dt.datetime(2026, 3, 12, 10, 21).timestamp() * 1000)

    counts_sleep = True

    def now_ms(self) -> int:
        return self.now

    def monotonic_ms(self) -> int:
        """With the wall clock: moving it by hand is time passing, never a clock change."""
        return self.now


def _run(app: QApplication, window: MainWindow, clock: _Clock, language: str) -> None:
    """Run mode and the projector, in the normal, warning and overrun states."""
    from facilitator.domain.records import AgendaItem

    page = window.page
    assert page is not None
    page.show_part("run")
    session = page.session
    started = clock.now
    items = session.document.workshop.all(AgendaItem)
    debrief = next(i for i in items if i.method_id == "debrief-entretiens")
    session.select(debrief.id)
    session.toggle()
    clock.now += 23 * 60_000 + 12_000
    session.refresh()
    page.notice.hide()  # the hand-moved clock reads as a clock jump: not for the picture
    _settle(app)
    window.grab().save(str(OUT / f"run-{language}.png"))
    page.run.toggle_projector()
    projector = page.run.projector
    assert projector is not None
    projector.showNormal()
    projector.resize(1280, 720)
    states = (("normal", 0), ("warning", 35 * 60_000), ("overrun", 12 * 60_000))
    for state, advance in states:
        clock.now += advance
        session.refresh()
        projector._flash_timer.stop()
        projector._flash_on = False
        projector.refresh()
        _settle(app)
        if language == "fr" or state == "normal":
            projector.grab().save(str(OUT / f"projector-{state}-{language}.png"))
    page.run.close_projector()
    session.select(debrief.id)  # back to idle for the next screens
    clock.now = started
    page.show_part("details")


def _board(app: QApplication, window: MainWindow, language: str) -> None:
    """The demo's idea board with its clusters, then the same board as a list."""
    page = window.page
    assert page is not None
    page.show_part("board")
    page.notice.hide()
    _settle(app)
    page.board.fit()
    _settle(app)
    window.grab().save(str(OUT / f"board-{language}.png"))
    page.board.set_mode("list")
    _settle(app)
    window.grab().save(str(OUT / f"board-list-{language}.png"))
    page.board.set_mode("canvas")
    page.show_part("details")


def _votes(app: QApplication, window: MainWindow, language: str) -> None:
    """Every way of voting on the demo board, and the results on the projector."""
    page = window.page
    assert page is not None
    page.show_part("votes")
    votes = page.votes
    dot_vote, criteria, matrix = page.document.workshop.all(VoteSession)
    # The finished dot vote, counted from the paper wall: the ranking with a tie.
    votes.select_vote(dot_vote.id)
    votes.dots.participants.setValue(18)
    _settle(app)
    window.grab().save(str(OUT / f"votes-{language}.png"))
    # The laptop going round: the tab's start (the locked ballot itself is shot by
    # ballot_lock_shots.py, on full screens of laptop sizes), results hidden.
    steps = page.document.undo_stack.index()
    votes.toggle_closed()  # reopened for the pictures, closed again below
    votes.dots.set_mode("pass")
    _settle(app)
    window.grab().save(str(OUT / f"votes-pass-{language}.png"))
    # Named: three people's dots, recorded by the facilitator.
    votes.dots.set_mode("named")
    options = [o.id for o in voting.options_of(page.document.workshop, dot_vote.id)]
    for person, dots in (
        ("Hélène Roux", {0: 2, 3: 1}),
        ("Mamadou Diallo", {0: 1, 1: 1, 2: 1}),
        ("Sophie Marchand", {4: 2, 1: 1}),
    ):
        for index, count in dots.items():
            page.document.edit(
                "pictures",
                voting.set_named_dots(
                    page.document.workshop, dot_vote.id, person, options[index], count
                ),
            )
    _settle(app)
    window.grab().save(str(OUT / f"votes-named-{language}.png"))
    while page.document.undo_stack.index() > steps:
        page.document.undo_stack.undo()
    votes.dots.set_mode("paper")
    # The steering committee's grid and the impact / effort matrix.
    votes.select_vote(criteria.id)
    _settle(app)
    window.grab().save(str(OUT / f"votes-criteria-{language}.png"))
    votes.select_vote(matrix.id)
    _settle(app)
    votes.matrix.view.fit()
    window.grab().save(str(OUT / f"votes-matrix-{language}.png"))
    # Revealed on the projector: the ranking, then the matrix.
    votes.select_vote(dot_vote.id)
    votes.project()
    _grab_projector(app, page, f"projector-results-{language}")
    votes.select_vote(matrix.id)
    votes.project()
    _grab_projector(app, page, f"projector-matrix-{language}")
    page.run.close_projector()
    page.show_part("details")


def _cards(app: QApplication, window: MainWindow, language: str) -> None:
    """The gallery and the focused editor of the demo's prototype cards, and one card on
    the projector for the pitch."""
    page = window.page
    assert page is not None
    page.show_part("cards")
    page.cards.gallery.setCurrentRow(1)
    _settle(app)
    window.grab().save(str(OUT / f"cards-{language}.png"))
    bar = page.cards.editor_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the next steps and the photos
    _settle(app)
    window.grab().save(str(OUT / f"cards-editor-{language}.png"))
    bar.setValue(0)
    page.cards.project_current()
    _grab_projector(app, page, f"projector-card-{language}")
    page.run.close_projector()
    page.show_part("details")


async def _phones(url: str) -> None:
    """A few phones join; four send an idea."""
    people = ["Amina", "Julien", "Sophie", "", "Karim", "Élodie", "Pierre"]
    ideas = [
        "Un café des langues le samedi matin à la médiathèque",
        "Un parrainage par les associations sportives",
        "Des trajets partagés vers Aurillac pour les rendez-vous",
        "Traduire le guide d'accueil en dari et en tigrigna",
    ]
    for n, name in enumerate(people):
        # Each phone from its own loopback address, as phones in a room have their own.
        async with from_address(n) as http:
            async with http.post(f"{url}/api/join", json={"name": name}) as joined:
                token = (await joined.json())["token"]
            if n < len(ideas):
                await http.post(
                    f"{url}/api/idea",
                    json={"text": ideas[n]},
                    headers={"X-Participant": token},
                )


async def _phone_shot(url: str) -> None:
    """The participant page on a phone-sized screen, dots being placed."""
    async with Chromium(SCRATCH / "chromium") as browser:
        tab = await browser.open(url)
        await tab.evaluate("document.getElementById('name').value = 'Inès'")
        await tab.evaluate("document.querySelector('#join-form button').click()")
        await tab.wait_for("document.querySelectorAll('#options li').length > 0")
        plus = "document.querySelectorAll('#options li button:last-of-type')"
        await tab.evaluate(f"{plus}[0].click(); {plus}[0].click(); {plus}[2].click()")
        await tab.evaluate(
            "document.getElementById('idea').value = 'Une navette le jour du marché'"
        )
        (OUT / "room-phone-fr.png").write_bytes(await tab.screenshot())
        (OUT / "room-phone-full-fr.png").write_bytes(await tab.screenshot(whole_page=True))


def _room(
    app: QApplication, window: MainWindow, language: str, loop: asyncio.AbstractEventLoop
) -> None:
    """The room link: its page with phones joined and ideas waiting, the QR code on the
    projector, and the participant page on a phone (headless Chromium, when there)."""
    import shutil

    assert window.document is not None
    copy = SCRATCH / f"salle-{language}.atelier"
    shutil.copyfile(window.document.path, copy)
    window.close_workshop()
    window.open_path(copy)
    page, document = window.page, window.document
    assert page is not None and document is not None
    workshop = document.workshop
    board_id = workshop.all(Board)[0].id
    changes, vote_id = voting.create_vote(workshop, board_id, "Gommettes sur les pistes")
    document.edit("vote", changes)
    document.edit("open", voting.set_status(document.workshop, vote_id, "open"))
    page.show_part("room")
    room = page.room
    lan = [i for i in range(room.network.count()) if room.network.itemData(i) != "127.0.0.1"]
    room.network.setCurrentIndex(lan[0] if lan else 0)
    room.moderation.setChecked(True)
    room.start_button.click()
    loop.run_until_complete(room.link.started())
    url = room.link.join_url()
    if room.link.server is not None:  # every phone here comes from this one laptop
        room.link.server.per_address = RateLimiter(rate=1000, burst=1000)

    loop.run_until_complete(_phones(url))
    room.refresh()
    _settle(app)
    window.grab().save(str(OUT / f"room-{language}.png"))
    room.project_link()
    _grab_projector(app, page, f"projector-room-{language}")
    page.run.close_projector()
    if language == "fr" and chromium_path() is not None:
        loop.run_until_complete(_phone_shot(url))
    room.start_button.click()
    loop.run_until_complete(room.link.stopped())
    window.close_workshop()


def _cards_pdf() -> None:
    """The printed cards of the demo: one to a page, and two to a page."""
    import shutil
    import subprocess

    from facilitator.export.cards_pdf import cards_pdf

    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is missing: the cards PDF was not rendered")
        return
    for per_page, name in ((1, "cards-pdf-fr"), (2, "cards-pdf-two-fr")):
        pdf = SCRATCH / f"{name}.pdf"
        pdf.write_bytes(cards_pdf(full_demo(), per_page))  # type: ignore[arg-type]
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(OUT / name)],
            check=True,
        )


def _synthesis_pdf() -> None:
    """Pages 1 to 5 of the demo's synthesis (the 2x2 matrix is on page 5), as a prefect's
    office would see them."""
    import shutil
    import subprocess

    from facilitator.export.synthesis_pdf import synthesis_pdf

    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is missing: the synthesis was not rendered")
        return
    folder = OUT / "synthesis"
    folder.mkdir(exist_ok=True)
    pdf = SCRATCH / "synthese.pdf"
    pdf.write_bytes(synthesis_pdf(full_demo()))
    for page in range(1, 6):  # named page-01 … page-05 whatever the page count
        pages = ["-f", str(page), "-l", str(page), "-singlefile"]
        target = str(folder / f"page-{page:02d}")
        subprocess.run(["pdftoppm", "-png", "-r", "90", *pages, str(pdf), target], check=True)


def _synthesis_md() -> None:
    """The Markdown synthesis of the demo's three votes (dots, criteria, matrix: each its
    own fields), rendered by markdown-it-py (CommonMark) and shot by headless Chromium."""
    import html
    import subprocess

    from markdown_it import MarkdownIt

    from facilitator.export.synthesis_md import synthesis_markdown

    browser = chromium_path()
    if browser is None:
        print("chromium is missing: the Markdown synthesis was not rendered")
        return
    source = synthesis_markdown(full_demo(), ["votes"])
    page = SCRATCH / "synthese-votes.html"
    page.write_text(
        "<!doctype html><meta charset='utf-8'><style>body{font:15px/1.45 sans-serif;"
        "margin:24px 32px;max-width:900px}pre{background:#f4f4f4;padding:8px;"
        "white-space:pre-wrap;font-size:12px}</style>"
        + MarkdownIt("commonmark", {"html": False}).render(source)
        + "<h2>Source</h2><pre>"
        + html.escape(source)
        + "</pre>",
        encoding="utf-8",
    )
    target = OUT / "synthesis-md-votes-fr.png"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--screenshot={target}",
            "--window-size=1000,1600",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
    )


def _scripts_pdf() -> None:
    """The synthesis page of a workshop written in many scripts (issue 16): Arabic and
    Persian joined and right to left, emoji, a link, Chinese, Korean, Tigrinya, Tamil."""
    import shutil
    import subprocess

    from facilitator.export.synthesis_pdf import synthesis_pdf
    from tests.export.scripts_workshop import scripts_page, scripts_workshop

    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is missing: the scripts page was not rendered")
        return
    pdf = SCRATCH / "scripts.pdf"
    pdf.write_bytes(synthesis_pdf(scripts_workshop()))
    page = str(scripts_page(pdf.read_bytes()))
    target = str(OUT / "synthesis" / "scripts-fr")
    pages = ["-f", page, "-l", page, "-singlefile"]
    subprocess.run(["pdftoppm", "-png", "-r", "80", *pages, str(pdf), target], check=True)


def _write_error(app: QApplication, window: MainWindow, path: Path) -> None:
    """The banner a facilitator sees when the disk is full: nothing lost, two ways out."""
    window.close_workshop()
    window._translators.install("fr")
    window.open_path(path)
    document = window.document
    assert document is not None
    file = document.file_for_tests()
    file.set_page_limit_for_tests(file.page_count())
    document.edit("notes", edits.set_info(document.workshop, notes="Compte rendu " * 1500))
    _settle(app)
    window.grab().save(str(OUT / "workshop-write-error-fr.png"))
    file.set_page_limit_for_tests(1_000_000)
    document.retry()


def _agenda_pdfs() -> None:
    """The first page of the agenda PDF, both audiences, for the demo and every template."""
    import datetime as dt
    import shutil
    import subprocess

    from facilitator.domain.agenda import workshop_from_template
    from facilitator.export.agenda_pdf import agenda_pdf
    from facilitator.library_access import bundled_library

    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is missing: the agenda PDF pages were not rendered")
        return
    folder = OUT / "agenda-pdf"
    folder.mkdir(exist_ok=True)
    library = bundled_library()
    workshops = {"demo": full_demo()}
    for template in library.templates.values():
        if template.origin == "bundled" and template.id != "vide":
            workshops[template.id] = workshop_from_template(
                template,
                library,
                title=template.title("fr"),
                language="fr",
                first_day=dt.date(2026, 3, 12),
                created_at="",
            )
    for name, workshop in workshops.items():
        for audience in ("participants", "facilitator"):
            pdf = SCRATCH / f"{name}-{audience}.pdf"
            pdf.write_bytes(agenda_pdf(workshop, audience))
            target = folder / f"{name}-{audience}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "80",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    str(target),
                ],
                check=True,
            )


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_style(app)
    translators = Translators()
    settings = SettingsStore(config_dir())
    settings.load()
    files = _workshops(SCRATCH / "Ateliers")
    clock = _Clock()
    loop = qasync.QEventLoop(app)  # the app's loop: the room link serves on it
    asyncio.set_event_loop(loop)
    window = MainWindow(settings, translators, QtFileChooser(), clock=clock)
    window.resize(*SIZE)
    window.show()
    translators.install("fr")
    _settle(app)
    window.grab().save(str(OUT / "home-first-start-fr.png"))
    for path in reversed(files):  # fills the recent list, newest first
        window.open_path(path)
        window.close_workshop()
    for language in ("fr", "en"):
        translators.install(language)
        window.close_workshop()
        _settle(app)
        window.grab().save(str(OUT / f"home-{language}.png"))
        window.open_path(files[0])
        _settle(app)
        window.grab().save(str(OUT / f"workshop-details-{language}.png"))
        _agenda(app, window, language)
        _run(app, window, clock, language)
        _board(app, window, language)
        _votes(app, window, language)
        _cards(app, window, language)
        _room(app, window, language, loop)
        window.open_path(files[0])
    _write_error(app, window, files[0])
    window.close_workshop()
    _agenda_pdfs()
    _cards_pdf()
    _synthesis_pdf()
    _synthesis_md()
    _scripts_pdf()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
