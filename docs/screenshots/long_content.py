"""Screenshots of the long workshop (every text as long as people really type it) at the
screen sizes our users have, rendered from the real widgets offscreen.

    python docs/screenshots/long_content.py

Writes docs/screenshots/long/: the projector at 800x600 and 3840x2160 showing the longest
activity, and every part of the main window at 1280x720 (laptop) in French. Each screen
pair runs in its own process (Qt's offscreen platform reads its screens at start-up).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "long"
PAIRS = {  # name: (laptop, projector)
    "800x600": ((1280, 720), (800, 600)),
    "3840x2160": ((1920, 1080), (3840, 2160)),
}


def _config(folder: Path, laptop: tuple[int, int], projector: tuple[int, int]) -> Path:
    screens = [
        {"name": "laptop", "x": 0, "y": 0, "width": laptop[0], "height": laptop[1]},
        {
            "name": "projector",
            "x": laptop[0],
            "y": 0,
            "width": projector[0],
            "height": projector[1],
        },
    ]
    for screen in screens:
        screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    path = folder / f"screens-{projector[0]}.json"
    path.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    return path


def _shoot(projector_name: str, with_parts: bool) -> None:
    """In this process: open the long workshop, grab the parts and the projector."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from facilitator.domain.long_demo import long_workshop
    from facilitator.domain.records import AgendaItem
    from facilitator.paths import config_dir
    from facilitator.settings import SettingsStore
    from facilitator.storage.workshop_file import WorkshopFile
    from facilitator.translations import Translators
    from facilitator.ui.file_chooser import QtFileChooser
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.style import apply_style

    apply_style(app)
    translators = Translators()
    translators.install("fr")
    settings = SettingsStore(config_dir())
    settings.load()
    window = MainWindow(settings, translators, QtFileChooser())
    window.showMaximized()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.atelier"
        WorkshopFile.create(path, long_workshop()).close()
        window.open_path(path)
        page = window.page
        assert page is not None

        def settle() -> None:
            for _ in range(4):
                app.processEvents()

        if with_parts:
            for key in page.part_keys():
                page.show_part(key)
                settle()
                window.grab().save(str(OUT / f"{key}-1280x720.png"))
        items = page.document.workshop.all(AgendaItem)
        longest = max(items, key=lambda i: len(i.title) + len(i.participant_instructions))
        page.show_part("run")
        page.session.select(longest.id)
        page.session.toggle()
        settle()
        if with_parts:
            window.grab().save(str(OUT / "run-started-1280x720.png"))
        page.run.toggle_projector()
        settle()
        projector = page.run.projector
        assert projector is not None
        projector.grab().save(str(OUT / f"projector-{projector_name}.png"))
        page.session.toggle()
        window.close_workshop()


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--shoot":
        _shoot(sys.argv[2], with_parts=sys.argv[2] == "800x600")
        return 0
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for name, (laptop, projector) in PAIRS.items():
            config = _config(Path(folder), laptop, projector)
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                "FACILITATOR_HOME": str(Path(folder) / "home"),
            }
            subprocess.run([sys.executable, __file__, "--shoot", name], env=env, check=True)
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
