"""The room link's life in the app: its server on the app's asyncio loop (qasync),
its session, and the open document as the host of every edit it makes.

Stopping is immediate for the room (every request refused from that instant), then
the socket is closed on the loop. Closing the workshop or the app stops it.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import run
from facilitator.domain import timer as countdown
from facilitator.domain.changes import ChangeSet
from facilitator.domain.timer import WallClock
from facilitator.domain.workshop import Workshop
from facilitator.paths import data_dir
from facilitator.room.session import RoomError, RoomSession
from facilitator.room.waiting_log import WaitingLog
from facilitator.storage.errors import os_reason
from facilitator.translations import render
from facilitator.ui.board.photos import reencoded_photo

if TYPE_CHECKING:  # the server (aiohttp, ~27 MB) is imported when a link starts
    from facilitator.room.server import RoomServer


def waiting_log_path(workshop: Path) -> Path:
    """Where the ideas waiting for review of this workshop's room link are kept."""
    key = hashlib.sha256(str(workshop.resolve()).encode()).hexdigest()[:20]
    return data_dir() / "room-link" / f"{key}.jsonl"


class DocumentHost:
    """The open workshop as the room link's host: each phone's idea or ballot is an
    edit like any other (durable, undoable, shown at once). `clock` is the run's
    (`RunSession.now_ms`, which follows a change of the computer's clock first): the
    phones' countdown is the projector's."""

    def __init__(
        self,
        document: WorkshopDocument,
        clock: WallClock,
        labels: dict[str, Callable[[], str]],
    ) -> None:
        self.document = document
        self.clock = clock
        # The undo texts, each a function of the caller's that translates it (asked again
        # when the interface language changes).
        self.labels = labels

    def workshop(self) -> Workshop:
        return self.document.workshop

    def apply(self, label: str, changes: ChangeSet) -> bool:
        """Edit the workshop; True when on disk. A failed write keeps the edit in memory,
        queued, and the document tells the user (`writeFailed`): False then, and the
        phone hears that its idea is kept but not yet saved."""
        if self.document.read_only:
            raise RoomError(409, "ideas_closed")
        self.document.edit(self.labels.get(label, label), changes)  # an unknown label as is
        return self.document.is_saved()

    def apply_untracked(self, changes: ChangeSet) -> bool:
        """Keep the phones that joined (or one removed) with the workshop, outside the
        undo history: undo never forgets a phone, so a phone keeps its one ballot. True
        when on disk; False when queued in memory (the document tells the user)."""
        if self.document.read_only:
            raise RoomError(409, "closed")
        self.document.apply_untracked(changes)
        return self.document.is_saved()

    def now_ms(self) -> int:
        return self.clock.now_ms()

    def activity(self) -> tuple[str, int | None, bool]:
        now = self.clock.now_ms()  # first: a clock change moves the deadline read below
        workshop = self.document.workshop
        item = run.current_item(workshop)
        timer = run.timer_of(workshop)
        title = item.title if item is not None else ""
        if item is None and timer.status == "idle":
            return title, None, False
        left = countdown.remaining_ms(timer, now)
        return title, left, timer.status == "running"


@dataclass(frozen=True)
class NetworkChoice:
    """An address the server may listen on, as the facilitator sees it."""

    address: str
    interface: str
    loopback: bool


def network_choices() -> list[NetworkChoice]:
    """The laptop's IPv4 addresses that are up: Wi-Fi, Ethernet, its own hotspot; the
    loopback last (this laptop only, for a try)."""
    found: list[NetworkChoice] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        state = interface.flags()
        if not (state & flags.IsUp and state & flags.IsRunning):
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            name = interface.humanReadableName() or interface.name()
            found.append(NetworkChoice(ip.toString(), name, bool(state & flags.IsLoopBack)))
    return sorted(found, key=lambda c: (c.loopback, c.interface))


class RoomLink(QObject):
    """One workshop's room link: off until started; `changed` after it starts or stops
    (what phones send is read by the page once a second)."""

    changed = Signal()
    failed = Signal(str)  # why it could not start

    def __init__(self, host: DocumentHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.session: RoomSession | None = None
        self.server: RoomServer | None = None
        self._starting: asyncio.Future[None] | None = None
        self._closing: asyncio.Future[None] | None = None

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running and self.session is not None

    def start(
        self,
        address: str,
        *,
        board_id: str | None,
        vote_id: str | None,
        moderation: bool = False,
        accepting_ideas: bool = True,
        accepting_photos: bool = True,
        photo_card_id: str | None = None,
    ) -> None:
        """Open a new link (a new join code, a new facilitator's code) on `address`, on
        the running loop. Photos from phones are decoded again by `reencoded_photo`."""
        if self.running or self._starting is not None:
            return
        from facilitator.room.server import RoomServer  # only now: the link is off by default

        language = self.host.workshop().info.language
        session = RoomSession(
            self.host,
            language=language,
            board_id=board_id,
            vote_id=vote_id,
            moderation=moderation,
            accepting_ideas=accepting_ideas,
            log=WaitingLog(waiting_log_path(self.host.document.path)),
            accepting_photos=accepting_photos,
            photo_card_id=photo_card_id,
            photo_decoder=reencoded_photo,
        )
        session.restore()  # what a crash or a stop left waiting for review
        server = RoomServer(session)
        self._starting = asyncio.ensure_future(self._start(server, address))

    async def _start(self, server: RoomServer, address: str) -> None:
        from facilitator.room.server import DEFAULT_PORT

        try:
            await server.start(address, DEFAULT_PORT)
        except OSError as error:
            self.failed.emit(render(os_reason(error)))
        else:
            self.server, self.session = server, server.session
        finally:
            self._starting = None
            self.changed.emit()

    async def started(self) -> None:
        """Wait for the server started by `start` (tests, and the page's status)."""
        if self._starting is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(self._starting)

    def stop(self) -> None:
        """Close the link: refused at once, the socket closed on the loop."""
        server, self.server = self.server, None
        if server is not None:
            server.session.close()
            self._closing = asyncio.ensure_future(server.stop())
        self.changed.emit()

    async def stopped(self) -> None:
        if self._closing is not None:
            await self._closing

    def join_url(self) -> str:
        return self.server.join_url() if self.server is not None else ""

    def facilitator_url(self) -> str:
        """The facilitator's own page, for photos from their phone ("" when off)."""
        return self.server.facilitator_url() if self.server is not None else ""
