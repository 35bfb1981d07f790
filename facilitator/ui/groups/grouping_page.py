"""The Groups page: the workshop's groupings (day 1 tables, day 2 project teams), the
chosen one's teams as cards with their members (name, organisation, role), and what
the facilitator does with them in the room:

- drag a person to another team, or "Move to…" (Ctrl+M, and the person's menu);
- untick a person to mark them absent (one click, or Space): they leave their team for
  the Absent list; ticked again, they join the smallest team;
- "Draw again": another draw number, the same absences and wishes (undoable);
- keep people together or apart (ticked in a list), at the next draws;
- rename a team (« Table 3 »), or name them all as tables in one step;
- the mixing in words (« Paires de même organisation dans un groupe : 3, le minimum
  possible. »), and the grouping on the projector, table by table, large.

Every edit is one undo step of the document (domain/groupings.py builds it). Every
text a person typed is shown as written (plain.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import groupings
from facilitator.domain.changes import ChangeSet
from facilitator.domain.factory import now_iso
from facilitator.domain.messages import Message
from facilitator.domain.records import (
    GroupingAbsence,
    GroupingInfo,
    GroupingWish,
    Person,
    Team,
    TeamMember,
    WishKind,
    WorkshopInfo,
)
from facilitator.translations import render
from facilitator.ui.compact import ElidedLabel, choice_box, tool_strip
from facilitator.ui.editing import UndoText, perform_edit
from facilitator.ui.groups.dialogs import GroupingSettings, NewGroupingDialog, WishDialog
from facilitator.ui.groups.projected_groups import ProjectedGroups
from facilitator.ui.plain import mnemonic_free, plain_label, set_tooltip
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named

ID_ROLE = Qt.ItemDataRole.UserRole
PERSON_MIME = "application/x-facilitator-person"
# The lists that are not teams: their keys in `MemberList.key`.
ABSENT = "absent"
NOT_PLACED = "not-placed"
# A team's card is this wide at least (px: names and organisations of a laptop's font,
# cut with "…" beyond; whole in their tool tips), at most `WIDEST_CARD`.
CARD_WIDTH = 240
WIDEST_CARD = 380
WISH_ROWS = 5  # the wishes' list shows this many at most, then scrolls
GROUPING_RECORDS = (GroupingInfo, Team, TeamMember, GroupingWish, GroupingAbsence, Person)
# Table names in the workshop's language (stored data): « Table 1 », "Table 1".
TABLE_WORDS = {"fr": "Table", "en": "Table"}


class MemberList(QListWidget):
    """A team's people (or the absent, or those not placed): each one ticked when present,
    dragged to another list to move them there. A drop says who, where and at which row
    (`dropped`); the page performs the move and the lists are filled again."""

    dropped = Signal(str, str, int)  # person id, the target list's key, row
    presence = Signal(str, bool)  # person id, ticked (present)

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.setObjectName(f"members-{key}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.itemChanged.connect(self._ticked)
        self._fit()

    def fill(self, rows: list[tuple[str, str, str]], *, present: bool, editable: bool) -> None:
        """`rows`: (person id, text, tool tip); each ticked when `present`."""
        shown = [
            (self.item(n).data(ID_ROLE), self.item(n).text(), self.item(n).checkState())
            for n in range(self.count())
        ]
        state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if shown == [(person_id, text, state) for person_id, text, _tip in rows]:
            return
        current = self.current_person()
        self.blockSignals(True)
        self.clear()
        for person_id, text, tip in rows:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, person_id)
            set_tooltip(item, tip)
            flags = item.flags() | Qt.ItemFlag.ItemIsDragEnabled
            if editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(state)
            self.addItem(item)
            if person_id == current:
                self.setCurrentItem(item)
        self.blockSignals(False)
        self._fit()

    def current_person(self) -> str | None:
        item = self.currentItem()
        return str(item.data(ID_ROLE)) if item is not None and item.isSelected() else None

    def people(self) -> list[str]:
        return [str(self.item(n).data(ID_ROLE)) for n in range(self.count())]

    def _fit(self) -> None:
        """As tall as its rows (the page scrolls, not each list); a row at least, to
        drop on."""
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 8
        height = row * max(1, self.count()) + 2 * self.frameWidth() + 4
        self.setFixedHeight(height)

    def _ticked(self, item: QListWidgetItem) -> None:
        present = item.checkState() == Qt.CheckState.Checked
        self.presence.emit(str(item.data(ID_ROLE)), present)

    # -- dragging ---------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(PERSON_MIME, str(items[0].data(ID_ROLE)).encode("ascii", "replace"))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(PERSON_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(PERSON_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """The move is the page's (an undo step), never the list's own: the drop is
        accepted as a copy, so that the source list removes nothing."""
        if not event.mimeData().hasFormat(PERSON_MIME):
            event.ignore()
            return
        person_id = bytes(event.mimeData().data(PERSON_MIME).data()).decode("ascii", "replace")
        index = self.indexAt(event.position().toPoint())
        row = index.row() if index.isValid() else self.count()
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(person_id, self.key, row)


class TeamCard(QFrame):
    """One team: its name, how many, a rename button, its people."""

    def __init__(self, team_id: str) -> None:
        super().__init__()
        self.team_id = team_id
        self.setObjectName("teamCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)  # then as the page's width allows (_place_cards)
        self.name = named(ElidedLabel(), "teamName")
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.size_label = plain_label()
        self.rename = QToolButton()
        self.members = MemberList(team_id)
        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self.size_label)
        head.addWidget(self.rename)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.members)


class GroupingPage(Retranslatable):
    def __init__(
        self,
        document: WorkshopDocument,
        report: Callable[[Message], None],
        project: Callable[[QWidget], None] | None = None,
    ) -> None:
        super().__init__()
        self.document = document
        self._report = report
        self._project = project
        self._menu: QMenu | None = None
        self._selected: str | None = None  # a person id, in whichever list
        self.grouping_combo = choice_box(28)
        self.grouping_combo.activated.connect(lambda _: self.refresh())
        self.buttons = {
            key: QPushButton() for key in ("new", "rename", "delete", "projector", "wish_remove")
        }
        named(self.buttons["new"], "primary")
        self.buttons["new"].clicked.connect(self.ask_new_grouping)
        self.buttons["rename"].clicked.connect(self.ask_rename_grouping)
        self.buttons["delete"].clicked.connect(self.delete_grouping)
        self.buttons["projector"].clicked.connect(self.project)
        self.buttons["wish_remove"].clicked.connect(self.remove_wish)
        self.tools = tool_strip()
        self.tool_buttons: dict[str, QToolButton] = {}
        for key, handler in (
            ("draw", self.draw_again),
            ("move", self.move_menu),
            ("absent", self.mark_selected_absent),
            ("tables", self.name_as_tables),
            ("wish", self.ask_wish),
        ):
            button = QToolButton()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(handler)
            self.tool_buttons[key] = button
            self.tools.addWidget(button)
        self.summary = named(ElidedLabel(), "subheading")
        self.empty = named(plain_label(), "subheading")
        self.empty.setWordWrap(True)
        self.cards: dict[str, TeamCard] = {}
        self._places: dict[str, tuple[int, int]] = {}  # team id: (row, column)
        self._cards_host = QWidget()
        self._grid = QGridLayout(self._cards_host)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._grid.setSpacing(10)
        self.teams_area = QScrollArea()
        self.teams_area.setWidgetResizable(True)
        self.teams_area.setWidget(self._cards_host)
        self.report_box = QGroupBox()
        self.report_text = plain_label()
        self.report_text.setObjectName("groupingReport")
        self.report_text.setWordWrap(True)
        self.report_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.absent_box = QGroupBox()
        self.absent_list = MemberList(ABSENT)
        self.not_placed_box = QGroupBox()
        self.not_placed_list = MemberList(NOT_PLACED)
        self.wish_box = QGroupBox()
        self.wish_list = QListWidget()
        self.wish_list.setObjectName("wishes")
        # One line a wish, cut with "…" (every name in its tool tip).
        self.wish_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.wish_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for members in (self.absent_list, self.not_placed_list):
            self._connect(members)
        self.projected = ProjectedGroups()
        self._layout()
        self._shortcuts()
        # Shown, the page follows each edit; behind another part, it is filled again
        # once when shown (a name typed on the Details page does not refill 2,000
        # people's lists): RefreshWhenShown.
        self.follower = RefreshWhenShown(self, lambda _changes: self.refresh(), self.refresh)
        document.changed.connect(self._changed)
        self.retranslate()

    # -- building ---------------------------------------------------------------------
    def _layout(self) -> None:
        top = QHBoxLayout()
        self._grouping_label = plain_label()
        self._grouping_label.setBuddy(self.grouping_combo)
        top.addWidget(self._grouping_label)
        top.addWidget(self.grouping_combo)
        for key in ("new", "rename", "delete"):
            top.addWidget(self.buttons[key])
        top.addStretch(1)
        top.addWidget(self.buttons["projector"])
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        QVBoxLayout(self.report_box).addWidget(self.report_text)
        QVBoxLayout(self.absent_box).addWidget(self.absent_list)
        QVBoxLayout(self.not_placed_box).addWidget(self.not_placed_list)
        wishes = QVBoxLayout(self.wish_box)
        wishes.addWidget(self.wish_list)
        wishes.addWidget(self.buttons["wish_remove"], 0, Qt.AlignmentFlag.AlignRight)
        for box in (self.report_box, self.not_placed_box, self.absent_box, self.wish_box):
            side_layout.addWidget(box)
        side_layout.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setWidget(side)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setMinimumWidth(260)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.teams_area)
        self.splitter.addWidget(side_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tools)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)

    def _shortcuts(self) -> None:
        for keys, handler in (("Ctrl+M", self.move_menu), ("Ctrl+R", self.draw_again)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)

    def _connect(self, members: MemberList) -> None:
        members.dropped.connect(self._dropped)
        members.presence.connect(self._presence)
        members.currentItemChanged.connect(lambda *_: self._selected_in(members))
        members.itemClicked.connect(lambda *_: self._selected_in(members))
        members.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        members.customContextMenuRequested.connect(lambda point: self._person_menu(members, point))

    def retranslate(self) -> None:
        self._grouping_label.setText(self.tr("&Grouping:"))
        texts = {
            "new": self.tr("New grouping…"),
            "rename": self.tr("Rename…"),
            "delete": self.tr("Delete"),
            "projector": self.tr("On the projector"),
            "wish_remove": self.tr("Remove the wish"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        set_tooltip(
            self.buttons["projector"],
            self.tr("Show the groups to the room; pressed again, the next page"),
        )
        actions = {
            "draw": (
                self.tr("Draw again"),
                self.tr("Another draw: the same absences and wishes (Ctrl+R)"),
            ),
            "move": (self.tr("Move to…"), self.tr("Move the selected person to a group (Ctrl+M)")),
            "absent": (
                self.tr("Mark absent"),
                self.tr("The selected person leaves their group (or untick them)"),
            ),
            "tables": (self.tr("Name as tables"), self.tr("Name the groups Table 1, Table 2…")),
            "wish": (
                self.tr("Keep together or apart…"),
                self.tr("People to keep together, or apart, at the next draws"),
            ),
        }
        for key, (text, tip) in actions.items():
            self.tool_buttons[key].setText(text)
            set_tooltip(self.tool_buttons[key], tip)
        self.report_box.setTitle(self.tr("Mixing"))
        self.absent_box.setTitle(self.tr("Absent"))
        self.not_placed_box.setTitle(self.tr("Not in a group"))
        self.wish_box.setTitle(self.tr("Wishes for the next draws"))
        for card in self.cards.values():
            card.rename.setText(self.tr("Rename"))
            set_tooltip(card.rename, self.tr("Rename this group (« Table 3 »)"))
        self.refresh()

    # -- following the document ---------------------------------------------------------
    def current_grouping_id(self) -> str | None:
        data = self.grouping_combo.currentData()
        return str(data) if data else None

    def select_grouping(self, grouping_id: str | None) -> None:
        index = self.grouping_combo.findData(grouping_id or "")
        if index >= 0:
            self.grouping_combo.setCurrentIndex(index)
        self.refresh()

    def _changed(self, changes: ChangeSet) -> None:
        """Shown, the page follows each edit; hidden, it is filled again when shown (a
        name typed on the Details page does not refill 2,000 people's lists), and the
        projector's view, if it shows a grouping, follows at once."""
        touched = (*GROUPING_RECORDS, WorkshopInfo)
        if not any(isinstance(c.after or c.before, touched) for c in changes.changes):
            return
        behind = self.follower.hidden()
        self.follower.changed(changes)
        if not behind:
            return
        grouping_id = self.projected.property("grouping")
        shown = isinstance(grouping_id, str) and self.projected.isVisible()
        if shown and self.document.workshop.get(GroupingInfo, str(grouping_id)) is not None:
            self._fill_projected(str(grouping_id))

    def refresh(self) -> None:
        workshop = self.document.workshop
        found = groupings.groupings_of(workshop)
        current = self.current_grouping_id()
        ids = [g.id for g in found]
        self.grouping_combo.blockSignals(True)
        shown = [
            (self.grouping_combo.itemData(n), self.grouping_combo.itemText(n))
            for n in range(self.grouping_combo.count())
        ]
        if shown != [(g.id, g.name) for g in found]:
            self.grouping_combo.clear()
            for grouping in found:
                self.grouping_combo.addItem(grouping.name, grouping.id)
        if current not in ids:
            current = ids[-1] if ids else None
        self.grouping_combo.setCurrentIndex(ids.index(current) if current in ids else -1)
        self.grouping_combo.blockSignals(False)
        writable = not self.document.read_only
        has = current is not None
        self.buttons["new"].setEnabled(writable)
        for key in ("rename", "delete"):
            self.buttons[key].setEnabled(writable and has)
        self.buttons["projector"].setEnabled(has)
        for button in self.tool_buttons.values():
            button.setEnabled(writable and has)
        self.grouping_combo.setEnabled(has)
        self._refresh_empty(has)
        self.splitter.setVisible(has)
        self.summary.setVisible(has)
        self.tools.setVisible(has)
        if current is None:
            self._show_cards([])
            return
        self._refresh_grouping(current)

    def _refresh_empty(self, has: bool) -> None:
        if has:
            self.empty.hide()
            return
        if groupings.participants(self.document.workshop):
            self.empty.setText(
                self.tr(
                    "No grouping yet. Make groups that mix organisations: New grouping… "
                    "(by size or by number of groups; roles can be spread too)."
                )
            )
        else:
            self.empty.setText(
                self.tr(
                    "No participant yet: add the participants, with their organisation, on "
                    "the Details page; then make groups that mix organisations here."
                )
            )
        self.empty.show()

    def _nameless(self) -> str:
        return self.tr("(no name)")

    def _rows(self, people: list[Person]) -> list[tuple[str, str, str]]:
        nameless = self._nameless()
        rows = []
        for person in people:
            name = " ".join(person.name.split()) or nameless
            detail = " · ".join(
                " ".join(part.split()) for part in (person.organisation, person.job) if part.strip()
            )
            text = f"{name}\n{detail}" if detail else name
            rows.append((person.id, text, text))
        return rows

    def _refresh_grouping(self, grouping_id: str) -> None:
        workshop = self.document.workshop
        info = workshop.require(GroupingInfo, grouping_id)
        teams = groupings.teams_of(workshop, grouping_id)
        by_team = groupings.members_by_team(workshop, grouping_id)
        writable = not self.document.read_only
        self._show_cards([t.id for t in teams])
        for team in teams:
            card = self.cards[team.id]
            card.name.set_full_text(team.name)
            card.size_label.setText(f"({len(by_team[team.id])})")
            card.rename.setEnabled(writable)
            card.members.fill(self._rows(by_team[team.id]), present=True, editable=writable)
        absent = groupings.absent_people(workshop, grouping_id)
        self.absent_list.fill(self._rows(absent), present=False, editable=writable)
        self.absent_box.setVisible(True)
        not_placed = groupings.not_placed(workshop, grouping_id)
        self.not_placed_list.fill(self._rows(not_placed), present=False, editable=writable)
        self.not_placed_box.setVisible(bool(not_placed))
        state = groupings.grouping_state(workshop, grouping_id)
        self.report_text.setText(
            "\n".join(f"• {render(sentence)}" for sentence in groupings.state_sentences(state))
        )
        self._refresh_wishes(grouping_id)
        placed = sum(len(p) for p in by_team.values())
        rule = (
            self.tr("groups of about %n", "", info.amount)
            if info.rule == "size"
            else self.tr("%n group(s) asked", "", info.amount)
        )
        people = self.tr("%n person(s) placed", "", placed)
        seed = self.tr("draw number %1").replace("%1", str(info.seed))
        self.summary.set_full_text(" · ".join((rule, people, seed)))
        if self.projected.isVisible():
            self._fill_projected(grouping_id)

    def _refresh_wishes(self, grouping_id: str) -> None:
        workshop = self.document.workshop
        nameless = self._nameless()
        self.wish_list.clear()
        for wish in groupings.wish_sets(workshop, grouping_id):
            people = [workshop.get(Person, i) for i in wish.person_ids]
            names = ", ".join(
                (" ".join(p.name.split()) or nameless) for p in people if p is not None
            )
            text = (
                self.tr("Together: %1") if wish.kind == "together" else self.tr("Apart: %1")
            ).replace("%1", names)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, wish.set_index)
            set_tooltip(item, text)
            self.wish_list.addItem(item)
        rows = max(1, min(WISH_ROWS, self.wish_list.count()))
        row = self.wish_list.sizeHintForRow(0) if self.wish_list.count() else 0
        row = max(row, self.wish_list.fontMetrics().height() + 6)
        self.wish_list.setFixedHeight(rows * row + 2 * self.wish_list.frameWidth() + 4)
        self.buttons["wish_remove"].setEnabled(
            not self.document.read_only and self.wish_list.count() > 0
        )

    def _show_cards(self, team_ids: list[str]) -> None:
        """A card per team, in order, in as many columns as the width holds; cards of
        teams gone are deleted, the others kept (their lists keep the selection)."""
        for team_id in [t for t in self.cards if t not in team_ids]:
            card = self.cards.pop(team_id)
            self._places.pop(team_id, None)
            self._grid.removeWidget(card)
            card.hide()
            card.deleteLater()
        for team_id in team_ids:
            if team_id not in self.cards:
                card = TeamCard(team_id)
                card.rename.setText(self.tr("Rename"))
                set_tooltip(card.rename, self.tr("Rename this group (« Table 3 »)"))
                card.rename.clicked.connect(lambda _=False, t=team_id: self.ask_rename_team(t))
                self._connect(card.members)
                self.cards[team_id] = card
        self.cards = {team_id: self.cards[team_id] for team_id in team_ids}  # their order
        self._place_cards(team_ids)

    def _columns(self) -> int:
        margins = self._grid.contentsMargins()
        width = int(self.teams_area.viewport().width()) - margins.left() - margins.right()
        spacing = int(self._grid.spacing())
        return max(1, (width + spacing) // (CARD_WIDTH + spacing))

    def _place_cards(self, team_ids: list[str] | None = None) -> None:
        """The cards in rows of as many as the width holds (again after a resize, in the
        order they were shown: the teams are read again by `refresh` only)."""
        if team_ids is None:
            team_ids = list(self.cards)  # in the order shown (_show_cards)
        columns = self._columns()
        margins = self._grid.contentsMargins()
        width = int(self.teams_area.viewport().width()) - margins.left() - margins.right()
        spacing = int(self._grid.spacing())
        shown = min(len(team_ids), columns) or 1
        card_width = max(CARD_WIDTH, min(WIDEST_CARD, (width - (shown - 1) * spacing) // shown))
        for number, team_id in enumerate(team_ids):
            card = self.cards[team_id]
            card.setFixedWidth(card_width)
            row, column = divmod(number, columns)
            if self._places.get(team_id) != (row, column):
                self._grid.removeWidget(card)
                self._grid.addWidget(card, row, column, Qt.AlignmentFlag.AlignTop)
                self._places[team_id] = (row, column)
            card.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._place_cards)

    # -- the person chosen ------------------------------------------------------------------
    def _lists(self) -> list[MemberList]:
        return [
            *(card.members for card in self.cards.values()),
            self.absent_list,
            self.not_placed_list,
        ]

    def _selected_in(self, chosen: MemberList) -> None:
        person = chosen.current_person()
        if person is None:
            return
        self._selected = person
        for members in self._lists():
            if members is not chosen:
                members.clearSelection()

    def selected_person(self) -> str | None:
        for members in self._lists():
            if members.current_person() == self._selected and self._selected is not None:
                return self._selected
        return None

    def select_person(self, person_id: str) -> None:
        """Select a person in whichever list shows them (for the keyboard and tests)."""
        for members in self._lists():
            for row in range(members.count()):
                if members.item(row).data(ID_ROLE) == person_id:
                    members.setCurrentRow(row)
                    members.item(row).setSelected(True)
                    self._selected_in(members)
                    return

    # -- edits ------------------------------------------------------------------------
    def _edit(self, text: UndoText, build: Callable[[], ChangeSet]) -> bool:
        if self.document.read_only:
            return False
        return perform_edit(
            self.document,
            text,
            build,
            report=self._report,
            on_refused=lambda: QTimer.singleShot(0, self.refresh),
        )

    def make_grouping(self, settings: GroupingSettings) -> str | None:
        """A new grouping as asked, chosen; None when refused (the reason reported)."""
        workshop = self.document.workshop
        made: list[str] = []

        def build() -> ChangeSet:
            like = (
                settings.like
                if settings.like and workshop.get(GroupingInfo, settings.like)
                else None
            )
            result = groupings.new_grouping(
                workshop,
                rule=settings.rule,
                amount=settings.amount,
                name=settings.name,
                balance_roles=settings.balance_roles,
                seed=settings.seed,
                created_at=now_iso(),
                wishes=groupings.wish_sets(workshop, like) if like else (),
                absent=groupings.absent_ids(workshop, like) if like else (),
            )
            made.append(result.grouping_id)
            return result.changes

        if not self._edit(lambda: self.tr("New grouping"), build):
            return None
        self.select_grouping(made[0])
        return made[0]

    def ask_new_grouping(self) -> None:
        dialog = NewGroupingDialog(self.document, self.current_grouping_id(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.make_grouping(dialog.settings())

    def draw_again(self) -> None:
        grouping_id = self.current_grouping_id()
        if grouping_id is not None:
            self._edit(
                lambda: self.tr("Draw again"),
                lambda: groupings.draw_again(self.document.workshop, grouping_id).changes,
            )

    def rename_grouping(self, name: str) -> None:
        grouping_id = self.current_grouping_id()
        if grouping_id is not None:
            self._edit(
                lambda: self.tr("Rename a grouping"),
                lambda: groupings.rename_grouping(self.document.workshop, grouping_id, name),
            )

    def ask_rename_grouping(self) -> None:
        info = self.document.workshop.get(GroupingInfo, self.current_grouping_id())
        if info is None or self.document.read_only:
            return
        name, accepted = QInputDialog.getText(
            self, self.tr("Rename the grouping"), self.tr("Name of the grouping:"), text=info.name
        )
        if accepted:
            self.rename_grouping(name)

    def delete_grouping(self) -> None:
        grouping_id = self.current_grouping_id()
        if grouping_id is not None:
            self._edit(
                lambda: self.tr("Delete a grouping"),
                lambda: groupings.delete_grouping(self.document.workshop, grouping_id),
            )

    def rename_team(self, team_id: str, name: str) -> None:
        self._edit(
            lambda: self.tr("Rename a group"),
            lambda: groupings.rename_team(self.document.workshop, team_id, name),
        )

    def ask_rename_team(self, team_id: str) -> None:
        team = self.document.workshop.get(Team, team_id)
        if team is None or self.document.read_only:
            return
        name, accepted = QInputDialog.getText(
            self, self.tr("Rename the group"), self.tr("Name of the group:"), text=team.name
        )
        if accepted:
            self.rename_team(team_id, name)

    def name_as_tables(self) -> None:
        grouping_id = self.current_grouping_id()
        if grouping_id is None:
            return
        word = TABLE_WORDS[self.document.workshop.info.language]
        self._edit(
            lambda: self.tr("Name the groups as tables"),
            lambda: groupings.name_teams(self.document.workshop, grouping_id, word),
        )

    def move_person(self, person_id: str, team_id: str, row: int | None = None) -> None:
        grouping_id = self.current_grouping_id()
        if grouping_id is None:
            return
        self._edit(
            lambda: self.tr("Move a person"),
            lambda: groupings.move_member(
                self.document.workshop, grouping_id, person_id, team_id, row
            ),
        )
        self.select_person(person_id)

    def set_absent(self, person_id: str, absent: bool) -> None:
        grouping_id = self.current_grouping_id()
        if grouping_id is None:
            return
        if absent:
            self._edit(
                lambda: self.tr("Mark absent"),
                lambda: groupings.set_absent(self.document.workshop, grouping_id, person_id),
            )
        else:
            self._edit(
                lambda: self.tr("Mark present"),
                lambda: groupings.set_present(self.document.workshop, grouping_id, person_id),
            )

    def mark_selected_absent(self) -> None:
        person_id = self.selected_person()
        if person_id is not None:
            self.set_absent(person_id, True)

    def add_wish(self, kind: WishKind, person_ids: list[str]) -> None:
        grouping_id = self.current_grouping_id()
        if grouping_id is None:
            return
        self._edit(
            lambda: self.tr("Keep together") if kind == "together" else self.tr("Keep apart"),
            lambda: groupings.add_wish(self.document.workshop, grouping_id, kind, person_ids),
        )

    def ask_wish(self) -> None:
        if self.current_grouping_id() is None or self.document.read_only:
            return
        dialog = WishDialog(self.document, self)
        selected = self.selected_person()
        if selected is not None:
            dialog.tick([selected])
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.kind is not None:
            self.add_wish(dialog.kind, dialog.ticked())

    def remove_wish(self) -> None:
        grouping_id = self.current_grouping_id()
        item = self.wish_list.currentItem() or (
            self.wish_list.item(0) if self.wish_list.count() == 1 else None
        )
        if grouping_id is None or item is None:
            return
        index = int(item.data(ID_ROLE))
        self._edit(
            lambda: self.tr("Remove a wish"),
            lambda: groupings.remove_wish_set(self.document.workshop, grouping_id, index),
        )

    # -- from the lists -----------------------------------------------------------------------
    def _dropped(self, person_id: str, key: str, row: int) -> None:
        """A person dropped on a list: after the drag is over (the lists are filled again
        by the edit), moved there, marked absent, or left where they are."""

        def act() -> None:
            if self.document.workshop.get(Person, person_id) is None:
                return
            if key == ABSENT:
                self.set_absent(person_id, True)
            elif key != NOT_PLACED:
                self.move_person(person_id, key, row)

        QTimer.singleShot(0, self, act)  # not after the page is gone

    def _presence(self, person_id: str, present: bool) -> None:
        QTimer.singleShot(0, self, lambda: self.set_absent(person_id, not present))

    def move_menu(self) -> None:
        """ "Move to…": the teams of the grouping, for the selected person."""
        person_id = self.selected_person()
        if person_id is None or self.document.read_only:
            return
        menu = self._teams_menu(person_id, QMenu(self))
        menu.popup(self.mapToGlobal(self.rect().center()))
        self._menu = menu

    def _teams_menu(self, person_id: str, menu: QMenu) -> QMenu:
        grouping_id = self.current_grouping_id()
        if grouping_id is None:
            return menu
        workshop = self.document.workshop
        now = groupings.team_of(workshop, grouping_id, person_id)
        for team in groupings.teams_of(workshop, grouping_id):
            action = menu.addAction(mnemonic_free(team.name))
            action.setEnabled(team.id != now)
            action.triggered.connect(lambda _=False, t=team.id: self.move_person(person_id, t))
        return menu

    def _person_menu(self, members: MemberList, point: QPoint) -> None:
        item = members.itemAt(point)
        if item is None or self.document.read_only:
            return
        person_id = str(item.data(ID_ROLE))
        members.setCurrentItem(item)
        self._selected_in(members)
        menu = QMenu(self)
        self._teams_menu(person_id, menu.addMenu(self.tr("Move to")))
        if members.key == ABSENT:
            menu.addAction(self.tr("Mark present")).triggered.connect(
                lambda: self.set_absent(person_id, False)
            )
        else:
            menu.addAction(self.tr("Mark absent")).triggered.connect(
                lambda: self.set_absent(person_id, True)
            )
        menu.popup(members.viewport().mapToGlobal(point))
        self._menu = menu

    # -- the projector ------------------------------------------------------------------
    def _fill_projected(self, grouping_id: str) -> None:
        workshop = self.document.workshop
        info = workshop.require(GroupingInfo, grouping_id)
        by_team = groupings.members_by_team(workshop, grouping_id)
        nameless = self._nameless()
        teams = [
            (team.name, [" ".join(p.name.split()) or nameless for p in by_team[team.id]])
            for team in groupings.teams_of(workshop, grouping_id)
        ]
        self.projected.set_content(
            info.name,
            teams,
            lambda number, total: (
                self.tr("Page %1/%2").replace("%1", str(number)).replace("%2", str(total))
            ),
            self.tr("No group yet"),
        )
        self.projected.setProperty("grouping", grouping_id)

    def project(self) -> None:
        """The grouping chosen on the projector; pressed again, its next page."""
        grouping_id = self.current_grouping_id()
        if grouping_id is None or self._project is None:
            return
        if self.projected.isVisible() and self.projected.property("grouping") == grouping_id:
            self.projected.next_page()
            return
        self._fill_projected(grouping_id)
        self.projected.first_page()
        self._project(self.projected)
