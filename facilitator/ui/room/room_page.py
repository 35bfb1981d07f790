"""The facilitator's side of the room link: start it on a network, see who joined,
choose where ideas, dots and photos go, review ideas before they appear, accept or hide
the photos phones sent (issue 19), show the QR code on the projector, scan the
facilitator's own code with their phone, stop it. Off by default; paper and the single
laptop stay first-class.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import cards, phone_photos
from facilitator.domain.changes import ChangeSet
from facilitator.domain.images import ImageError
from facilitator.domain.records import Attachment, Board, PrototypeCard, VoteSession
from facilitator.domain.timer import WallClock
from facilitator.room.codes import shown
from facilitator.room.session import FACILITATOR_LABEL, Participant, RoomSession
from facilitator.storage.errors import os_reason
from facilitator.translations import render
from facilitator.ui.banner import Sentence
from facilitator.ui.board.photos import decoded_image
from facilitator.ui.compact import choice_box
from facilitator.ui.plain import plain_label, set_tooltip
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.room.projected_link import ProjectedLink, qr_image
from facilitator.ui.room.room_link import (
    DocumentHost,
    NetworkChoice,
    RoomLink,
    network_choices,
)
from facilitator.ui.style import named, scaled_font

REFRESH_MS = 1000  # who joined, what waits: read from the session once a second
THUMBNAIL_SIDE = 96  # pixels of a photo waiting for review (decoded at that size)
THUMBNAIL_DECODERS = 1  # threads decoding them: a phone's 1.5 MB photo takes 15 to 30 ms,
# on the interface thread a pause at each photo (tests/bench/room_photos.py)
THUMBNAIL_POLL_MS = 25  # while some are decoded, how often the finished ones are shown (the
# worker touches no widget: it only returns an image)
FACILITATOR_QR_SIDE = 140  # the facilitator's own code, scanned from the laptop's screen
Row = TypeVar("Row", bound=tuple[Any, ...])  # a list's row: its key first


class RoomPage(Retranslatable):
    def __init__(
        self,
        document: WorkshopDocument,
        clock: WallClock,
        project: Callable[[QWidget], None],
        report: Callable[[Sentence], None],
    ) -> None:
        super().__init__()
        self.document = document
        self._project = project
        self._report = report
        undo_texts: dict[str, Callable[[], str]] = {
            "Idea from a phone": lambda: self.tr("Idea from a phone"),
            "Ideas from phones": lambda: self.tr("Ideas from phones"),
            "Dots from a phone": lambda: self.tr("Dots from a phone"),
            "Dots from phones": lambda: self.tr("Dots from phones"),
            "Hide photos from phones": lambda: self.tr("Hide photos from phones"),
        }
        self.link = RoomLink(DocumentHost(document, clock, undo_texts), self)
        self.projected = ProjectedLink()
        self.intro = plain_label()
        self.intro.setWordWrap(True)
        self.network = choice_box()
        self._networks: list[NetworkChoice] = []  # as listed in `network`
        self.start_button = named(QPushButton(), "primary")
        self.start_button.clicked.connect(self._start_or_stop)
        self.status = named(plain_label(), "sectionTitle")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setWordWrap(True)
        self.qr = plain_label()
        self.qr.setFixedSize(220, 220)
        self.qr.setScaledContents(True)
        self.project_button = QPushButton()
        self.project_button.clicked.connect(self.project_link)
        self.board = choice_box()
        self.vote = choice_box()
        self.accepting = QCheckBox()
        self.accepting.setChecked(True)
        self.moderation = QCheckBox()
        for box in (self.board, self.vote):
            box.currentIndexChanged.connect(self._apply_choices)
        for check in (self.accepting, self.moderation):
            check.toggled.connect(self._apply_choices)
        self.people_box = QGroupBox()
        self.people = QListWidget()
        self.people.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.people.itemSelectionChanged.connect(self._people_selected)
        self.remove_button = QPushButton()
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._remove_selected)
        # What the two lists show, followed row by row each second: a plenary's 400 phones
        # were listed again whenever one sent an idea (7 to 17 ms each second, 1 ms now)
        self._listed_people: list[tuple[str, str, int]] = []  # (token, text, ideas)
        self._listed_waiting: list[tuple[int, str]] = []  # (number, text)
        self._build_waiting()
        self._build_photos()
        self.figures = named(plain_label(), "hint")
        self.problem = named(plain_label(), "saveState")  # why phones' ideas are not saved
        self.problem.setProperty("state", "unsaved")  # the save indicator's red
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self._layout()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.link.changed.connect(self.refresh)
        self.link.failed.connect(self._failed)
        self.photos_follower = RefreshWhenShown(
            self,
            lambda _changes: self._refresh_photos(),
            self._refresh_photos,
            relevant=lambda changes: any(c.kind is Attachment for c in changes.changes),
        )
        # The boards and votes the phones are offered follow at once, seen or not (the
        # room's session reads them: `_apply_choices`).
        document.changed.connect(self._document_changed)
        self.retranslate()
        self.refresh_networks()
        self._fill_targets()
        self.refresh()

    def _build_waiting(self) -> None:
        """The ideas waiting for review, and their buttons."""
        self.waiting_box = QGroupBox()
        self.waiting = QListWidget()
        self.waiting.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.accept_button = named(QPushButton(), "primary")
        self.hide_button = QPushButton()
        self.accept_all_button = QPushButton()
        self.accept_button.clicked.connect(lambda: self._review(accept=True))
        self.hide_button.clicked.connect(lambda: self._review(accept=False))
        self.accept_all_button.clicked.connect(self._accept_all)

    def _build_photos(self) -> None:
        """The photo part: whether phones may send photos, the card open for them, the
        facilitator's own code (never projected), and the photos waiting for review."""
        self.receiving_photos = QCheckBox()
        self.receiving_photos.setChecked(True)
        self.receiving_photos.toggled.connect(self._apply_choices)
        self.photo_card = choice_box()
        self.photo_card.currentIndexChanged.connect(self._apply_choices)
        self.own_phone = QGroupBox()
        self.own_qr = plain_label()
        self.own_qr.setFixedSize(FACILITATOR_QR_SIDE, FACILITATOR_QR_SIDE)
        self.own_qr.setScaledContents(True)
        self.own_text = plain_label()
        self.own_text.setWordWrap(True)
        self.own_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photos_box = QGroupBox()
        self.photos = QListWidget()
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        self.photos.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.photos.setMovement(QListWidget.Movement.Static)
        self.photos.setWordWrap(True)
        self.photos.setGridSize(QSize(THUMBNAIL_SIDE + 40, THUMBNAIL_SIDE + 56))
        self.photos.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.photos.itemSelectionChanged.connect(self._photos_selected)
        self.accept_photo_button = named(QPushButton(), "primary")
        self.hide_photo_button = QPushButton()
        self.accept_photo_button.clicked.connect(lambda: self._review_photos(accept=True))
        self.hide_photo_button.clicked.connect(lambda: self._review_photos(accept=False))
        self.photos_hidden = 0  # hidden since the workshop was opened (the figures)
        self._listed_photos: list[tuple[str, str, str]] = []  # (id, caption, sender) shown
        # Each waiting photo's thumbnail, decoded once in a worker thread (a photo's bytes
        # never change under its id): decoded again for every row at each new photo, on
        # the interface thread, 30 phones' photos held it 0.3 s (tests/bench/room_photos.py)
        self._thumbnails: dict[str, QIcon] = {}
        self._decoding: dict[str, concurrent.futures.Future[QImage]] = {}
        self._decoder: concurrent.futures.ThreadPoolExecutor | None = None
        self._decoded_timer = QTimer(self)
        self._decoded_timer.setInterval(THUMBNAIL_POLL_MS)
        self._decoded_timer.timeout.connect(self._show_decoded)

    def _targets_form(self) -> QFormLayout:
        """Where ideas, dots and photos go: one row each (the page fits 1280 x 720)."""
        targets = QFormLayout()
        self._board_label, self._vote_label = plain_label(), plain_label()
        targets.addRow(self._board_label, self.board)
        ideas_row = QHBoxLayout()  # one row each: the page must fit a 1280 x 720 laptop
        ideas_row.addWidget(self.accepting)
        ideas_row.addSpacing(16)
        ideas_row.addWidget(self.moderation, 1)
        targets.addRow("", ideas_row)
        targets.addRow(self._vote_label, self.vote)
        self._photo_card_label = plain_label()
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.receiving_photos)
        photo_row.addSpacing(16)
        photo_row.addWidget(self._photo_card_label)
        photo_row.addWidget(self.photo_card, 1)
        targets.addRow("", photo_row)
        return targets

    def _layout(self) -> None:
        title = named(plain_label(), "heading")
        self._title = title
        title.setFont(scaled_font(self, 1.3, bold=True))
        start_row = QHBoxLayout()
        start_row.addWidget(self.network, 1)
        start_row.addWidget(self.start_button)
        link_row = QHBoxLayout()
        link_row.addWidget(self.qr)
        link_column = QVBoxLayout()
        link_column.addWidget(self.status)
        link_column.addWidget(self.project_button, 0, Qt.AlignmentFlag.AlignLeft)
        link_column.addWidget(self.figures)
        link_column.addWidget(self.problem)
        link_column.addStretch(1)
        link_row.addLayout(link_column, 1)
        link_row.addWidget(self.own_phone, 1, Qt.AlignmentFlag.AlignTop)
        self.targets = self._targets_form()
        own = QHBoxLayout(self.own_phone)
        own.addWidget(self.own_qr)
        own.addWidget(self.own_text, 1)
        people = QVBoxLayout(self.people_box)
        people.addWidget(self.people)
        people.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        waiting = QVBoxLayout(self.waiting_box)
        waiting.addWidget(self.waiting)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.hide_button, self.accept_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        waiting.addLayout(buttons)
        photos = QVBoxLayout(self.photos_box)
        photos.addWidget(self.photos)
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.accept_photo_button)
        photo_buttons.addWidget(self.hide_photo_button)
        photo_buttons.addStretch(1)
        photos.addLayout(photo_buttons)
        lists = QHBoxLayout()
        lists.addWidget(self.people_box, 1)
        lists.addWidget(self.waiting_box, 2)
        lists.addWidget(self.photos_box, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 12, 20, 12)
        column.addWidget(title)
        column.addWidget(self.intro)
        column.addLayout(start_row)
        column.addLayout(link_row)
        column.addLayout(self.targets)
        column.addLayout(lists, 1)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Room link"))
        self.intro.setText(
            self.tr(
                "Participants send ideas and dots from their phones over this room's "
                "network: no internet, no account. Choose the network the phones are on "
                "(the venue's Wi-Fi, or this laptop's own hotspot), then start."
            )
        )
        self.project_button.setText(self.tr("Show on the projector"))
        self._board_label.setText(self.tr("Ideas go to"))
        self._vote_label.setText(self.tr("Dot vote"))
        self.accepting.setText(self.tr("Receive ideas"))
        self.moderation.setText(self.tr("Review each idea before it appears on the board"))
        self.accept_button.setText(self.tr("Show on the board"))
        self.hide_button.setText(self.tr("Hide"))
        self.accept_all_button.setText(self.tr("Show all"))
        self.remove_button.setText(self.tr("Remove from the room"))
        self.receiving_photos.setText(self.tr("Receive photos from phones"))
        self._photo_card_label.setText(self.tr("Card open for photos"))
        self.own_phone.setTitle(self.tr("Photos from your own phone"))
        self.accept_photo_button.setText(self.tr("Accept"))
        self.hide_photo_button.setText(self.tr("Hide"))
        set_tooltip(
            self.accept_photo_button,
            self.tr("The selected photos join their board or card (Undo takes them back)."),
        )
        set_tooltip(
            self.hide_photo_button,
            self.tr("The selected photos are deleted from the workshop (Undo brings them back)."),
        )
        self._listed_photos = []  # the photos' texts again, in this language
        self._listed_people, self._listed_waiting = [], []  # the tooltips too
        set_tooltip(
            self.remove_button,
            self.tr(
                "The selected phones can send nothing more, and their ideas and photos "
                "waiting for review are dropped; their address cannot join again for 10 "
                "minutes."
            ),
        )
        self._name_networks()
        self._fill_targets()
        self.refresh()

    # -- choices ------------------------------------------------------------------------
    def _document_changed(self, changes: ChangeSet) -> None:
        """Boards and votes listed again only when one of them changed: sixty phones
        sending ideas must not rebuild the lists sixty times."""
        if any(change.kind in (Board, VoteSession, PrototypeCard) for change in changes.changes):
            self._fill_targets()
        # The photos waiting for review: listed while seen, else once when shown.
        self.photos_follower.changed(changes)

    def refresh_networks(self) -> None:
        self._networks = network_choices()
        self.network.clear()
        for choice in self._networks:
            self.network.addItem("", choice.address)
        self._name_networks()

    def _name_networks(self) -> None:
        """Each network listed, in the interface's language."""
        for row, choice in enumerate(self._networks):
            text = (
                self.tr("%1 — this laptop only (to try it)")
                if choice.loopback
                else self.tr("%1 — %2")
            )
            self.network.setItemText(
                row, text.replace("%1", choice.address).replace("%2", choice.interface)
            )

    def _fill_targets(self) -> None:
        workshop = self.document.workshop
        for box, entries, none in (
            (self.board, [(b.id, b.title) for b in workshop.all(Board)], self.tr("(no board)")),
            (
                self.vote,
                [
                    (v.id, v.title)
                    for v in workshop.all(VoteSession)
                    if v.method == "dots" and v.status == "open"
                ],
                self.tr("(no open dot vote)"),
            ),
            (
                self.photo_card,
                [(c.id, c.name) for c in cards.cards_of(workshop)],
                self.tr("(no card: photos go with the board)"),
            ),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(none, None)
            for record_id, title in entries:
                box.addItem(title, record_id)
            index = box.findData(chosen) if chosen is not None else -1
            first = 0 if box is self.photo_card else min(1, box.count() - 1)  # no card at first
            box.setCurrentIndex(index if index >= 0 else first)
            box.blockSignals(False)
        self._apply_choices()

    def _apply_choices(self) -> None:
        session = self.link.session
        if session is None or not session.is_open:
            return
        session.board_id = self.board.currentData()
        session.vote_id = self.vote.currentData()
        session.accepting_ideas = self.accepting.isChecked()
        session.moderation = self.moderation.isChecked()
        session.accepting_photos = self.receiving_photos.isChecked()
        session.photo_card_id = self.photo_card.currentData()
        if not session.moderation:
            session.accept_all()  # turning review off lets what waited through

    # -- start, stop ----------------------------------------------------------------------
    def _start_or_stop(self) -> None:
        if self.link.running:
            self.link.stop()
            return
        address = self.network.currentData()
        if address is None:
            self._report(
                lambda: self.tr(
                    "No network is up: connect to the venue's Wi-Fi or start a hotspot."
                )
            )
            return
        self.link.start(
            address,
            board_id=self.board.currentData(),
            vote_id=self.vote.currentData(),
            moderation=self.moderation.isChecked(),
            accepting_ideas=self.accepting.isChecked(),
            accepting_photos=self.receiving_photos.isChecked(),
            photo_card_id=self.photo_card.currentData(),
        )

    def _failed(self, reason: str) -> None:
        self._report(lambda: self.tr("The room link could not start: %1.").replace("%1", reason))

    def stop(self) -> None:
        """The workshop closes: the link with it, and the thumbnails being decoded."""
        self._timer.stop()
        if self._decoder is not None:
            self._decoder.shutdown(wait=False, cancel_futures=True)
            self._decoder = None
        self._decoding.clear()
        self._decoded_timer.stop()
        if self.link.running:
            self.link.stop()

    def project_link(self) -> None:
        if self.link.running and self.link.session is not None:
            self._project(self.projected)

    # -- what arrived ---------------------------------------------------------------------
    def _review(self, *, accept: bool) -> None:
        session = self.link.session
        if session is None:
            return
        chosen = [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.waiting.selectedItems()]
        if accept:  # in one edit and one append to the log, however many are chosen
            session.accept_many(chosen)
        else:
            session.hide_many(chosen)
        self.refresh()

    def _review_photos(self, *, accept: bool) -> None:
        """Accept the selected photos (one undoable edit: they join their board or card)
        or hide them (one undoable edit: deleted from the workshop, counted)."""
        chosen = [str(item.data(Qt.ItemDataRole.UserRole)) for item in self.photos.selectedItems()]
        if not chosen or self.document.read_only:
            return
        workshop = self.document.workshop
        if accept:
            changes = phone_photos.accepted(workshop, chosen)
            self.document.edit(lambda: self.tr("Accept photos from phones"), changes)
        else:
            changes = phone_photos.hidden(workshop, chosen)
            self.document.edit(lambda: self.tr("Hide photos from phones"), changes)
            self.photos_hidden += len(changes.changes)
        self.refresh()

    def _photos_selected(self) -> None:
        chosen = bool(self.photos.selectedItems()) and not self.document.read_only
        self.accept_photo_button.setEnabled(chosen)
        self.hide_photo_button.setEnabled(chosen)

    def _refresh_photos(self) -> None:
        """The photos phones sent that wait for review, with their caption and who sent
        them (plain text), their thumbnails decoded once, in a worker thread, and shown
        when ready (a row meanwhile shows no picture); the selection kept. Photos that
        arrive are added after the rows already listed (a room's photos come one by one:
        the list is not written again for each). Listed whether or not the link is on: a
        photo written before a stop or a crash waits."""
        waiting = phone_photos.pending_photos(self.document.workshop)
        rows = [(p.id, p.caption, p.sender) for p in waiting]
        self.photos_box.setTitle(self.tr("%n photo(s) waiting for review", "", len(rows)))
        listed = self._listed_photos
        if rows == listed:
            return
        added = (
            bool(listed) and rows[: len(listed)] == listed and self.photos.count() == len(listed)
        )
        self._listed_photos = rows
        selected = {str(i.data(Qt.ItemDataRole.UserRole)) for i in self.photos.selectedItems()}
        no_caption = self.tr("(no caption)")
        self.photos.blockSignals(True)
        if not added:
            self.photos.clear()
        kept = self._thumbnails
        self._thumbnails = {p.id: kept[p.id] for p in waiting if p.id in kept}
        for photo in waiting[len(listed) if added else 0 :]:
            if photo.id not in self._thumbnails:
                self._decode_thumbnail(photo.id, photo.data)
            text = f"{photo.caption or no_caption}\n{photo.sender}"
            item = QListWidgetItem(self._thumbnails.get(photo.id, QIcon()), text)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            set_tooltip(item, text)
            self.photos.addItem(item)
            item.setSelected(photo.id in selected)
        self.photos.blockSignals(False)
        self._photos_selected()

    def _decode_thumbnail(self, photo_id: str, data: bytes) -> None:
        """Decode a waiting photo's thumbnail in a worker thread (once); shown when ready
        (`_show_decoded`)."""
        if photo_id in self._decoding:
            return
        if self._decoder is None:
            self._decoder = concurrent.futures.ThreadPoolExecutor(
                max_workers=THUMBNAIL_DECODERS, thread_name_prefix="room-thumbnails"
            )
        self._decoding[photo_id] = self._decoder.submit(_thumbnail, data)
        if not self._decoded_timer.isActive():
            self._decoded_timer.start()

    def _show_decoded(self) -> None:
        """The thumbnails decoded so far kept and shown on their rows, for the photos that
        still wait for review."""
        listed = {row[0] for row in self._listed_photos}
        for photo_id, future in list(self._decoding.items()):
            if not future.done():
                continue
            del self._decoding[photo_id]
            if future.cancelled() or photo_id not in listed:
                continue
            image = future.result()
            icon = QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()
            self._thumbnails[photo_id] = icon
            for row in range(self.photos.count()):
                item = self.photos.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == photo_id:
                    item.setIcon(icon)
        if not self._decoding:
            self._decoded_timer.stop()

    def thumbnails_ready(self) -> None:
        """Wait for the thumbnails being decoded and show them (tests, screenshots)."""
        concurrent.futures.wait(list(self._decoding.values()))
        self._show_decoded()

    def _accept_all(self) -> None:
        if self.link.session is not None:
            self.link.session.accept_all()
        self.refresh()

    def refresh(self) -> None:
        running = self.link.running
        session = self.link.session
        self.network.setEnabled(not running)
        self.start_button.setEnabled(not self.document.read_only)
        self.start_button.setText(
            self.tr("Stop the room link") if running else self.tr("Start the room link")
        )
        self.project_button.setEnabled(running)
        if running and not self._timer.isActive():
            self._timer.start()
        elif not running:
            self._timer.stop()
        if running and session is not None:
            url = self.link.join_url()
            self.status.setText(
                self.tr("Open at %1 — join code %2")
                .replace("%1", url)
                .replace("%2", shown(session.code))
            )
            if self.qr.property("url") != url:
                self.qr.setPixmap(QPixmap.fromImage(qr_image(url)))
                self.qr.setProperty("url", url)
            self.projected.show_link(url, shown(session.code))
            own = self.link.facilitator_url()
            if self.own_qr.property("url") != own:
                self.own_qr.setPixmap(QPixmap.fromImage(qr_image(own)))
                self.own_qr.setProperty("url", own)
            self.own_text.setText(
                self.tr(
                    "Scan it with your own phone to send photos: they arrive as “%2” and "
                    "wait below for you to accept them. Never shown on the projector.\n%1"
                )
                .replace("%1", own)
                .replace("%2", FACILITATOR_LABEL[session.language])
            )
        else:
            self.status.setText(self.tr("The room link is off."))
            self.qr.clear()
            self.qr.setProperty("url", "")
            self.own_qr.clear()
            self.own_qr.setProperty("url", "")
        self.qr.setVisible(running)
        self.own_phone.setVisible(running)
        self._refresh_lists()

    def _refresh_lists(self) -> None:
        session = self.link.session
        participants = list(session.participants.values()) if session else []
        self.people_box.setTitle(self.tr("%n phone(s) joined", "", len(participants)))
        self._fill_people(participants)
        pending = session.pending if session else []
        self.waiting_box.setTitle(self.tr("%n idea(s) waiting for review", "", len(pending)))
        rows = [
            (idea.number, f"{idea.text}  — {idea.author}" if idea.author else idea.text)
            for idea in pending
        ]
        if rows != self._listed_waiting:
            self._follow(self.waiting, self._listed_waiting, rows, _waiting_item)
            self._listed_waiting = rows
        for button in (self.accept_button, self.hide_button, self.accept_all_button):
            button.setEnabled(bool(pending))
        if session is not None:
            self.figures.setText(
                self.tr("Ideas received: %1 · hidden: %2 · requests refused: %3")
                .replace("%1", str(session.received))
                .replace("%2", str(session.hidden))
                .replace("%3", str(self.link.server.refused if self.link.server else 0))
                + "\n"
                + self.tr("Photos received: %1 · hidden: %2")
                .replace("%1", str(session.photos_received))
                .replace("%2", str(self.photos_hidden + session.photos_hidden))
            )
        else:
            self.figures.setText("")
        self._refresh_photos()
        self._show_problem(session)

    def _fill_people(self, participants: list[Participant]) -> None:
        """Who joined, as they named themselves (plain text), with the characters that
        tell two phones of the same name apart (those of their ballot's label); the
        selection kept."""
        unnamed = self.tr("(no name)")  # not inside the f-string: lupdate would not see it
        rows = [(p.token, f"{p.name or unnamed} · {p.tag}", p.ideas) for p in participants]
        if rows == self._listed_people:
            return
        tips: dict[int, str] = {}  # "%n idea(s) sent", asked once a count

        def made(row: tuple[str, str, int]) -> QListWidgetItem:
            token, text, ideas = row
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, token)
            item.setData(Qt.ItemDataRole.UserRole + 1, ideas)
            if ideas not in tips:
                tips[ideas] = self.tr("%n idea(s) sent", "", ideas)
            set_tooltip(item, tips[ideas] + "\n" + text)
            return item

        self._follow(self.people, self._listed_people, rows, made)
        self._listed_people = rows
        self._people_selected()

    @staticmethod
    def _follow(
        widget: QListWidget,
        listed: list[Row],
        rows: list[Row],
        made: Callable[[Row], QListWidgetItem],
    ) -> None:
        """Bring `widget`, which shows `listed`, to `rows` (each row's first value its
        key): the rows gone taken out, the rows changed made again in place, the new ones
        added at the end, the selection kept. When the rows kept changed order (or most
        went), the list is made again, the selection kept by key."""
        keys = {row[0] for row in rows}
        kept = [row for row in listed if row[0] in keys]
        in_order = [row[0] for row in kept] == [row[0] for row in rows[: len(kept)]]
        widget.blockSignals(True)
        if widget.count() == len(listed) and in_order and len(listed) - len(kept) <= len(rows):
            for index in reversed(range(len(listed))):
                if listed[index][0] not in keys:
                    widget.takeItem(index)
            for index, (before, now) in enumerate(zip(kept, rows, strict=False)):
                if before != now:
                    chosen = widget.item(index).isSelected()
                    widget.takeItem(index)
                    item = made(now)
                    widget.insertItem(index, item)
                    item.setSelected(chosen)
            for row in rows[len(kept) :]:
                widget.addItem(made(row))
        else:
            selected = {item.data(Qt.ItemDataRole.UserRole) for item in widget.selectedItems()}
            widget.clear()
            for row in rows:
                item = made(row)
                widget.addItem(item)
                item.setSelected(row[0] in selected)
        widget.blockSignals(False)

    def _people_selected(self) -> None:
        self.remove_button.setEnabled(
            bool(self.people.selectedItems()) and self.link.session is not None
        )

    def _remove_selected(self) -> None:
        """The facilitator removes the selected phones from the room (see
        `RoomSession.remove`)."""
        session = self.link.session
        if session is None:
            return
        for item in self.people.selectedItems():
            session.remove(str(item.data(Qt.ItemDataRole.UserRole)))
        self.refresh()

    def _show_problem(self, session: RoomSession | None) -> None:
        """Why what phones sent is not on disk: the workshop file's last error (the
        phones were told their idea is kept, not yet saved), or the waiting log's."""
        lines: list[str] = []
        error = self.document.last_error
        if session is not None and session.saved_later and not self.document.is_saved():
            reason = render(error) if error is not None else ""
            lines.append(
                self.tr(
                    "What phones sent (ideas, dots, photos) is kept in memory but not "
                    "saved: %1 The phones were told so. It is saved as soon as the "
                    "workshop can be written again."
                ).replace("%1", reason)
            )
        log_error = session.log_error if session is not None else None
        if log_error is not None:
            said = self.tr("Ideas waiting for review could not be saved on this laptop: %1.")
            lines.append(said.replace("%1", render(os_reason(log_error))))
        self.problem.setText("\n".join(lines))
        self.problem.setVisible(bool(lines))


def _waiting_item(row: tuple[int, str]) -> QListWidgetItem:
    """An idea waiting for review, as listed: its text and author (plain text)."""
    number, text = row
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, number)
    return item


def _thumbnail(data: bytes) -> QImage:
    """In a worker thread: a waiting photo's thumbnail (`THUMBNAIL_SIDE` pixels a side at
    most), or a null image when it cannot be decoded (too large, damaged: its row shows
    no picture). QImage only: no widget is touched."""
    try:
        return decoded_image(data, QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    except ImageError:
        return QImage()
