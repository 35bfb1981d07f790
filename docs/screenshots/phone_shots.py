"""Render the participant's page on a phone (issue 19) into docs/screenshots/, with
headless Chromium (Debian's package), on a 390 x 844 screen (a recent phone), the demo
workshop in French in a real workshop file and a real room link on 127.0.0.1:

    python docs/screenshots/phone_shots.py

- phone-photo-sending-fr.png: during « Prototype papier », a participant sends the photo
  of the paper prototype (a 12-megapixel camera photo, held upright) to the card the
  facilitator opened for photos, with a caption; the upload is slowed to a phone at the
  far end of the Wi-Fi, so the progress bar is caught part way;
- phone-photo-sent-fr.png: the same once the laptop has it, waiting for review;
- phone-roti-fr.png: the closing ROTI open on the phone, « 4 » tapped.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SCRATCH = Path(tempfile.mkdtemp(prefix="facilitator-phone-shots-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/room: Chromium, host

from PySide6.QtGui import QGuiApplication

from facilitator.domain import polls
from facilitator.domain.records import Board, Poll, PrototypeCard
from facilitator.library_access import full_demo
from facilitator.room.limits import RateLimiter
from facilitator.room.page_text import TEXT
from facilitator.room.server import RoomServer
from facilitator.room.session import RoomSession
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.board.photos import reencoded_photo
from tests.room.cdp import Chromium, Page, chromium_path
from tests.room.file_host import FileHost
from tests.room.photo_files import phone_photo

OUT = Path(__file__).resolve().parent
CARD = "Covoit’ Saint-Flour"
CAPTION = "Maquette après les tests usagers"
SENDING_S = 25  # the slowed upload lasts about this long: the shot is taken near 45 %
ROTI_CHOICE = 4


class ShotHost(FileHost):
    """The demo's file with the activity the laptop's run page would show."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.shown: tuple[str, int | None, bool] = ("Prototype papier", 17 * 60_000 + 40_000, True)

    def activity(self) -> tuple[str, int | None, bool]:
        return self.shown


def _shown(element: str) -> str:
    return f"!document.getElementById('{element}').classList.contains('hidden')"


async def _top(tab: Page, element: str) -> None:
    """Scroll so that `element` starts at the top of the screen, as the thumb would."""
    await tab.evaluate(f"document.getElementById('{element}').scrollIntoView(true); true")


async def _shots(server: RoomServer, host: ShotHost, photo: Path) -> None:
    t = TEXT["fr"]
    await server.start("127.0.0.1", 0)
    try:
        async with Chromium(SCRATCH / "chromium") as browser:
            tab = await browser.open(server.join_url())
            await tab.evaluate("document.getElementById('name').value = 'Camille'")
            await tab.evaluate("document.querySelector('#join-form button').click()")
            await tab.wait_for(_shown("photo"))
            await tab.set_files("#photo-take", photo)
            await tab.wait_for(
                f"{_shown('photo-preview')} && document.getElementById('photo-preview').complete"
            )
            await tab.evaluate("document.getElementById('to-card').click()")
            await tab.evaluate("document.getElementById('photo-caption').focus()")
            await tab.send("Input.insertText", text=CAPTION)
            size = await tab.evaluate("photoJob.blob.size")
            await tab.send("Network.enable")
            await tab.send(
                "Network.emulateNetworkConditions",
                offline=False,
                latency=0,
                downloadThroughput=-1,
                uploadThroughput=size / SENDING_S,
            )
            await tab.evaluate("document.activeElement.blur(); true")
            await tab.evaluate("document.getElementById('send-photo').click()")
            await tab.wait_for("document.getElementById('photo-progress').value >= 45", 60)
            await _top(tab, "photo")
            (OUT / "phone-photo-sending-fr.png").write_bytes(await tab.screenshot())
            await tab.send(  # the Wi-Fi as it is: the rest goes at once
                "Network.emulateNetworkConditions",
                offline=False,
                latency=0,
                downloadThroughput=-1,
                uploadThroughput=-1,
            )
            sent = json.dumps(t["photos_sent"].replace("{n}", "1"))
            await tab.wait_for(f"document.getElementById('photos-sent').textContent === {sent}")
            await _top(tab, "photo")
            (OUT / "phone-photo-sent-fr.png").write_bytes(await tab.screenshot())

            workshop = host.workshop()
            roti = [p for p in workshop.all(Poll) if p.kind == "scale"][-1]  # the closing one
            host.shown = ("ROTI (retour sur le temps investi)", 4 * 60_000 + 15_000, True)
            host.apply("Open the poll", polls.open_poll(workshop, roti.id))
            await tab.wait_for(_shown("poll"))
            buttons = "document.querySelectorAll('#poll-options button')"
            await tab.evaluate(f"{buttons}[{ROTI_CHOICE - 1}].click()")
            said = json.dumps(t["poll_sent"])
            await tab.wait_for(f"document.getElementById('poll-status').textContent === {said}")
            await tab.evaluate("window.scrollTo(0, 0); true")
            (OUT / "phone-roti-fr.png").write_bytes(await tab.screenshot())
    finally:
        await server.stop()


def main() -> None:
    if chromium_path() is None:
        print("chromium is missing: the phone's page was not shot")
        return
    app = QGuiApplication.instance() or QGuiApplication([])  # the laptop's photo decoder
    path = SCRATCH / "Défi réfugiés en milieu rural.atelier"
    WorkshopFile.create(path, full_demo()).close()
    host = ShotHost(path)
    workshop = host.workshop()
    card = next(c for c in workshop.all(PrototypeCard) if c.name == CARD)
    session = RoomSession(
        host,
        board_id=workshop.all(Board)[0].id,
        photo_decoder=reencoded_photo,
        photo_card_id=card.id,
    )
    server = RoomServer(session)
    for name in ("per_phone", "per_address"):  # the file host's clock stands still
        setattr(server, name, RateLimiter(rate=1000, burst=1000))
    photo = SCRATCH / "IMG_20260611_143012.jpg"  # the camera's name for it
    photo.write_bytes(
        phone_photo("maquette-covoiturage.jpg", bands=False, crop=(330, 30, 1090, 880))
    )
    try:
        asyncio.run(_shots(server, host, photo))
    finally:
        host.close()
    del app


if __name__ == "__main__":
    main()
