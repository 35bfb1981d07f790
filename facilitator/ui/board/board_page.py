"""The idea board part: boards, capture, the canvas or the list, search, clusters, photos."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import board, groupings
from facilitator.domain.changes import ChangeSet
from facilitator.domain.library import CONTENT_WORDS
from facilitator.domain.messages import FacilitatorError, Message
from facilitator.domain.records import Attachment, Board, Cluster, Idea
from facilitator.domain.text import clean_text
from facilitator.ui.board.capture_bar import CaptureBar
from facilitator.ui.board.colours import colour_name
from facilitator.ui.board.items import NoteItem
from facilitator.ui.board.list_view import BoardListView
from facilitator.ui.board.note_editor import InPlaceEditor
from facilitator.ui.board.photos import read_or_report
from facilitator.ui.board.projected_board import ProjectedBoard
from facilitator.ui.board.scene import BoardScene
from facilitator.ui.board.tree_model import BoardListModel
from facilitator.ui.board.view import BoardView
from facilitator.ui.compact import choice_box, tool_strip
from facilitator.ui.editing import UndoText, perform_edit
from facilitator.ui.groups.team_choice import team_menu
from facilitator.ui.plain import mnemonic_free, plain_label, set_tooltip
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named

# Edits made while the canvas or the list is not seen are kept, at most this many, and
# followed one by one when it is shown again (its selection and place kept, in time
# proportional to the edits); more, and the canvas is built again as at opening, the
# list compared with the board whole. A facilitator away from the board while a room of
# 60 sends ideas from phones for ten minutes: a few hundred. Measured at 20,000 notes:
# 500 kept edits followed in 61 ms (canvas) and 70 ms (list); past them, the canvas
# built again in 372 ms, the list compared whole in 221 ms.
REPLAY_EDITS = 500


class BoardPage(Retranslatable):
    cardRequested = Signal(str, str)  # ("idea" or "cluster", its id): a prototype card from it

    def __init__(
        self,
        document: WorkshopDocument,
        report: Callable[[Message], None],
        choose_file: Callable[[str], Path | None],
        project: Callable[[QWidget], None] = lambda _widget: None,
    ) -> None:
        super().__init__()
        self.document = document
        self._report = report
        self._choose_file = choose_file  # (kind: "photo" or "ideas") -> path
        self._project = project  # hands a widget to the projector (RunPage.project_results)
        self.projected = ProjectedBoard(document)
        self.board_combo = choice_box()
        self.board_combo.activated.connect(lambda _: self.show_board(self.current_board_id()))
        self.new_board_button = QPushButton()
        self.new_board_button.clicked.connect(self.new_board)
        self.question = QLineEdit()
        self.question.setMaxLength(1000)
        self.question.setReadOnly(document.read_only)
        self.question.editingFinished.connect(self._question_edited)
        self.rename_board_button = QPushButton()
        self.rename_board_button.clicked.connect(self.rename_board)
        self.rename_board_button.setEnabled(not document.read_only)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.colour_filter = choice_box()
        self.colour_filter.activated.connect(self.apply_filter)
        self.cluster_filter = choice_box()
        self.cluster_filter.activated.connect(self.apply_filter)
        self.author_filter = choice_box()
        self.author_filter.activated.connect(self.apply_filter)
        self.matches = named(plain_label(), "subheading")

        self.buttons: dict[str, QToolButton] = {}
        self.stack = QStackedWidget()
        # The list view: loaded when first shown (`set_mode`), then kept row by row.
        self.tree_model = BoardListModel(self)
        self.tree = BoardListView(self.tree_model)
        self.scene: BoardScene | None = None
        self._dimming = False
        self.in_place: InPlaceEditor | None = None
        self._copied: tuple[str, list[Idea]] = ("", [])
        self.view: BoardView | None = None
        self.capture = CaptureBar()
        self.capture.captured.connect(self.capture_lines)
        self._layout()
        self._shortcuts()
        # Each part of the page follows the edits while seen, and catches up when shown
        # again (issue 22): the boards at once (the canvas shows the board chosen), then
        # the list (row by row: the edits kept, or the board compared whole), then the
        # filters' choices. The canvas's scene has its own (`show_board`).
        document.changed.connect(self._changed)
        self.list_follower = RefreshWhenShown(
            self.tree, self._follow_list, self._catch_up_list, replay=REPLAY_EDITS
        )
        document.changed.connect(self.list_follower.changed)
        self.filters_follower = RefreshWhenShown(self, self._follow_filters, self._refresh_filters)
        document.changed.connect(self.filters_follower.changed)
        self.scene_follower: RefreshWhenShown | None = None
        self.projected.installEventFilter(self)  # shown on the projector: the scene as it is
        self.retranslate()
        self._refresh_boards()

    # -- building ---------------------------------------------------------------------
    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.board_combo, 1)
        top.addWidget(self.rename_board_button)
        top.addWidget(self.new_board_button)
        # A tool bar: what does not fit a narrow window goes behind its » button.
        tools = tool_strip()
        for key, handler in (
            ("canvas", lambda: self.set_mode("canvas")),
            ("list", lambda: self.set_mode("list")),
            ("fit", self.fit),
            ("group", self.group_selection),
            ("move", self.move_menu),
            ("merge", self.merge_selection),
            ("dissolve", self.dissolve_selection),
            ("arrange", self.arrange),
            ("delete", self.delete_selection),
            ("import", self.import_ideas),
            ("photo", self.import_photo),
            ("card", self.card_from_selection),
            ("team", self.team_menu),
            ("projector", self.project),
        ):
            button = QToolButton()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(handler)
            self.buttons[key] = button
            tools.addWidget(button)
        search = QHBoxLayout()
        search.addWidget(self.search, 2)
        search.addWidget(self.colour_filter)
        search.addWidget(self.cluster_filter)
        search.addWidget(self.author_filter)
        search.addWidget(self.matches, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        question = QHBoxLayout()
        self._question_label = plain_label()
        self._question_label.setBuddy(self.question)
        question.addWidget(self._question_label)
        question.addWidget(self.question, 1)
        layout.addLayout(question)
        layout.addWidget(tools)
        layout.addLayout(search)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.capture)
        for key in (
            "group",
            "move",
            "merge",
            "dissolve",
            "arrange",
            "delete",
            "import",
            "photo",
            "team",
        ):
            self.buttons[key].setEnabled(not self.document.read_only)
        self.capture.setEnabled(not self.document.read_only)

    def _shortcuts(self) -> None:
        for keys, handler in (
            ("Ctrl+G", self.group_selection),
            ("F2", self.edit_selected_note),
            ("Ctrl+M", self.move_menu),
            ("Ctrl+T", self.team_menu),
            (QKeySequence.StandardKey.Delete, self.delete_selection),
            ("Ctrl+D", self.duplicate_selection),
            (QKeySequence.StandardKey.Copy, self.copy_selection),
            (QKeySequence.StandardKey.Paste, self.paste),
            ("Ctrl+0", self.fit),
            ("Ctrl++", lambda: self.zoom(1.2)),
            ("Ctrl+=", lambda: self.zoom(1.2)),
            ("Ctrl+-", lambda: self.zoom(1 / 1.2)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.stack)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
        focus_capture = QShortcut(QKeySequence("Ctrl+L"), self)
        focus_capture.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus_capture.activated.connect(self.capture.field.setFocus)
        focus_search = QShortcut(QKeySequence.StandardKey.Find, self)
        focus_search.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus_search.activated.connect(self.search.setFocus)

    def retranslate(self) -> None:
        self.new_board_button.setText(self.tr("New board…"))
        self.rename_board_button.setText(self.tr("Rename…"))
        self._question_label.setText(self.tr("&Question:"))
        self.question.setPlaceholderText(self.tr("How might we…?"))
        texts = {
            "canvas": (self.tr("Board"), self.tr("The notes on a board you can zoom and pan")),
            "list": (self.tr("List"), self.tr("Clusters and notes as a list, for the keyboard")),
            "fit": (self.tr("Fit"), self.tr("Show the whole board (Ctrl+0)")),
            "group": (self.tr("Group"), self.tr("A new cluster with the selected notes (Ctrl+G)")),
            "move": (self.tr("Move to…"), self.tr("Move the selected notes to a cluster (Ctrl+M)")),
            "merge": (self.tr("Merge"), self.tr("Merge the selected clusters")),
            "dissolve": (self.tr("Dissolve"), self.tr("Dissolve the selected cluster")),
            "arrange": (self.tr("Tidy up"), self.tr("Arrange every note in a tidy grid")),
            "delete": (self.tr("Delete"), self.tr("Delete the selected notes (Delete)")),
            "import": (
                self.tr("Import ideas…"),
                self.tr("One idea per line of a text or CSV file"),
            ),
            "photo": (self.tr("Photo…"), self.tr("Import a photo of a paper board")),
            "team": (
                self.tr("Group…"),
                self.tr("Which group wrote the selected notes (Ctrl+T)"),
            ),
            "card": (
                self.tr("Prototype card"),
                self.tr("A prototype card from the selected cluster, or the selected note"),
            ),
            "projector": (
                self.tr("On the projector"),
                self.tr(
                    "Show this board to the room, or the selected cluster; pressed again, "
                    "the next ideas"
                ),
            ),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            set_tooltip(self.buttons[key], tip)
        self.search.setPlaceholderText(self.tr("Search the ideas (Ctrl+F): text or author"))
        colours = [("", self.tr("All colours"))] + [(c, colour_name(c)) for c in board.PALETTE]
        if self.colour_filter.count() == 0:
            for colour, name in colours:
                self.colour_filter.addItem(name, colour)
        else:  # renamed in place: the colour chosen stays chosen
            for row, (_colour, name) in enumerate(colours):
                self.colour_filter.setItemText(row, name)
        self._refresh_boards()
        # What the board shows in words, in the new language: the filters' choices (kept),
        # the count, the list's header and its "No cluster", a photo that cannot be shown.
        if self.scene is None:
            self.show_board(None)  # "No board yet"
        else:
            self._refresh_filters()
            self.apply_filter()
            self.scene.update()
        self.tree_model.retitle(self.tr("No cluster"), self.tr("Author"))

    # -- boards --------------------------------------------------------------------------
    def current_board_id(self) -> str | None:
        data = self.board_combo.currentData()
        return str(data) if data else None

    def _refresh_boards(self) -> None:
        boards = self.document.workshop.all(Board)
        current = self.current_board_id()
        self.board_combo.blockSignals(True)
        self.board_combo.clear()
        for item in boards:
            self.board_combo.addItem(item.title or self.tr("Untitled board"), item.id)
        ids = [b.id for b in boards]
        self.board_combo.setCurrentIndex(ids.index(current) if current in ids else 0)
        self.board_combo.blockSignals(False)
        if self.scene is None or self.scene.board_id != self.current_board_id():
            self.show_board(self.current_board_id())
        self._refresh_question()

    def _refresh_question(self) -> None:
        found = self.document.workshop.get(Board, self.current_board_id())
        if not self.question.hasFocus():
            self.question.setText(found.question if found else "")
        self.question.setEnabled(found is not None)

    def _question_edited(self) -> None:
        board_id = self.current_board_id()
        found = self.document.workshop.get(Board, board_id)
        if board_id is None or found is None or self.question.text() == found.question:
            return
        text = self.question.text()
        self._edit(
            lambda: self.tr("Edit the question"),
            lambda: board.set_board(self.document.workshop, board_id, question=text),
        )

    def rename_board(self) -> None:
        board_id = self.current_board_id()
        found = self.document.workshop.get(Board, board_id)
        if board_id is None or found is None:
            return
        title, accepted = QInputDialog.getText(
            self, self.tr("Rename the board"), self.tr("Title:"), text=found.title
        )
        if accepted and title.strip():
            self._edit(
                lambda: self.tr("Rename the board"),
                lambda: board.set_board(self.document.workshop, board_id, title=title),
            )

    def show_board(self, board_id: str | None) -> None:
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            if widget is not self.tree:  # the list view serves every board
                widget.deleteLater()
        self.scene = self.view = None
        self.scene_follower = None
        if board_id is None:
            self.projected.follow(None)
            self.stack.addWidget(
                named(plain_label(self.tr("No board yet: create one.")), "subheading")
            )
            return
        self.scene = BoardScene(self.document, board_id, lambda: self.tr("Move notes"))
        self.scene.noteActivated.connect(self.edit_note)
        self.scene.photoActivated.connect(self.edit_caption)
        self.scene.clusterActivated.connect(self.ask_cluster_name)
        self.scene.followed.connect(self.apply_filter)
        self.view = BoardView(self.scene)
        # The scene follows while the canvas is seen, or the projector shows the board;
        # else it keeps the edits and follows them when shown (more than REPLAY_EDITS:
        # built again, as at opening). Connected before the projector's own follower.
        scene = self.scene
        self.scene_follower = RefreshWhenShown(
            self.view,
            scene.follow,
            lambda: self._rebuild_scene(scene),
            seen_elsewhere=self.projected.isVisible,
            replay=REPLAY_EDITS,
        )
        self.document.changed.connect(self.scene_follower.changed)
        self.projected.follow(self.scene)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.tree)
        self._load_list(None)  # loaded again when the list is shown
        self._refresh_filters()
        self.apply_filter()
        self._refresh_question()

    def new_board(self) -> None:
        title, accepted = QInputDialog.getText(self, self.tr("New board"), self.tr("Title:"))
        if not accepted or not title.strip():
            return
        changes, board_id = board.add_board(self.document.workshop, title)
        if self._edit(lambda: self.tr("Add a board"), lambda: changes):
            self._refresh_boards()
            self.board_combo.setCurrentIndex(self.board_combo.findData(board_id))
            self.show_board(board_id)

    # -- following the document -----------------------------------------------------------
    def _changed(self, changes: ChangeSet) -> None:
        if any(isinstance(c.after or c.before, Board) for c in changes.changes):
            self._refresh_boards()

    def _follow_list(self, changes: ChangeSet) -> None:
        """The list follows an edit row by row (when loaded: the list was shown), and says
        how many notes the board has (the canvas's scene may be waiting)."""
        if self.tree_model.follow(changes):
            self.tree.lay_out_now()
            if self.stack.currentWidget() is self.tree:
                self.apply_filter()

    def _catch_up_list(self) -> None:
        """Shown after more than REPLAY_EDITS edits: the board compared whole."""
        self.tree_model.follow_workshop(self.document.workshop)

    def _follow_filters(self, changes: ChangeSet) -> None:
        """The filter choices change with the clusters, and with a new author; a note
        captured by an author already listed must not walk the whole board (capture
        stays instant at 5,000 notes)."""
        new_authors = {
            c.after.author
            for c in changes.changes
            if isinstance(c.after, Idea) and c.before is None and c.after.author
        }
        authors_gone = any(  # a note deleted, or its author changed: perhaps the last one
            isinstance(c.before, Idea)
            and c.before.author
            and not (isinstance(c.after, Idea) and c.after.author == c.before.author)
            for c in changes.changes
        )
        if (
            authors_gone
            or any(isinstance(c.after or c.before, Cluster) for c in changes.changes)
            or any(self.author_filter.findData(a) < 0 for a in new_authors)
        ):
            self._refresh_filters()
        # The count and the dimming follow the scene once it has applied the edit
        # (`followed`): counted here, before it, the count was one edit behind.

    def _rebuild_scene(self, scene: BoardScene) -> None:
        """Shown after more than REPLAY_EDITS edits: the canvas built again, filtered."""
        scene.rebuild()
        if scene is self.scene:
            self.apply_filter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.projected
            and event.type() == QEvent.Type.Show
            and self.scene_follower is not None
        ):
            self.scene_follower.catch_up()  # before the projector reads the scene
        return super().eventFilter(watched, event)

    def _load_list(self, board_id: str | None) -> None:
        """The list view shows `board_id` (None: nothing, and its rows freed): a model
        reset, only for another board; edits then follow row by row."""
        if board_id != self.tree_model.board_id:
            self.tree_model.load(self.document.workshop if board_id else None, board_id)
            self.list_follower.forget()  # loaded from the workshop as it is now
            self.tree.restore_columns()

    def set_mode(self, mode: str) -> None:
        if mode == "list":
            self._load_list(self.current_board_id())
            self.stack.setCurrentWidget(self.tree)
            self.tree.setFocus()
        elif self.view is not None:
            self.stack.setCurrentWidget(self.view)
            self.view.setFocus()
        self.apply_filter()  # the count and the dimming of the view now shown

    def project(self) -> None:
        """The board for the room (projected_board.py: the board itself, or its ideas in
        large type); with a cluster selected, that cluster. Pressed again while the room
        sees the same thing: the next page of the ideas."""
        if self.scene is None:
            return
        if self.scene_follower is not None:
            self.scene_follower.catch_up()  # the room sees the board as it is
        clusters = self.selected_clusters()
        cluster_id = clusters[0] if clusters else None
        if self.projected.is_showing(self.scene, cluster_id):
            self.projected.next_page()
        else:
            self.projected.show_board(self.scene, cluster_id)
        self._project(self.projected)

    def select_board(self, board_id: str) -> None:
        index = self.board_combo.findData(board_id)
        if index >= 0:
            self.board_combo.setCurrentIndex(index)
            self.show_board(board_id)

    def zoom(self, factor: float) -> None:
        if self.view is not None:
            self.view.zoom_by(factor)

    def fit(self) -> None:
        if self.view is not None:
            self.view.fit()

    # -- search -----------------------------------------------------------------------
    def _matches(self, idea: Idea) -> bool:
        words = clean_text(self.search.text(), multiline=False).casefold().split()
        colour = str(self.colour_filter.currentData() or "")
        cluster = self.cluster_filter.currentData()
        author = self.author_filter.currentData()
        haystack = f"{idea.text} {idea.author}".casefold()
        return (
            all(w in haystack for w in words)
            and (not colour or idea.color == colour)
            and (cluster is None or (idea.cluster_id or "") == cluster)
            and (author is None or idea.author == author)
        )

    def _refresh_filters(self) -> None:
        """The clusters and authors of the board, as filter choices (kept if still there)."""
        board_id = self.current_board_id()
        workshop = self.document.workshop
        clusters = board.clusters_of(workshop, board_id) if board_id else []
        authors = sorted(
            {i.author for i in workshop.unordered(Idea) if i.board_id == board_id and i.author}
            if board_id
            else set()
        )
        for combo, everything, choices in (
            (
                self.cluster_filter,
                self.tr("All clusters"),
                [(c.name, c.id) for c in clusters] + [(self.tr("No cluster"), "")],
            ),
            (self.author_filter, self.tr("All authors"), [(a, a) for a in authors]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in choices:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def apply_filter(self) -> None:
        if self.scene is None:
            self.matches.setText("")
            return
        active = bool(
            self.search.text().strip()
            or self.colour_filter.currentData()
            or self.cluster_filter.currentData() is not None
            or self.author_filter.currentData() is not None
        )
        # Counted on the view shown: the other may be waiting to catch up (issue 22).
        listed = self.stack.currentWidget() is self.tree and self.tree_model.board_id is not None
        total = self.tree_model.note_count() if listed else len(self.scene.notes)
        if not active and not self._dimming:  # nothing to undim: no walk over every note
            self.matches.setText(self.tr("%n idea(s)", "", total))
            return
        if listed:  # the list is not dimmed: the canvas is, when shown again
            count = sum(self._matches(idea) for idea in self.tree_model.notes())
        else:
            count = 0
            for item in self.scene.notes.values():
                hit = self._matches(item.idea)
                count += hit
                item.set_dimmed(active and not hit)
            self._dimming = active
        self.matches.setText(
            self.tr("%1 of %2 ideas").replace("%1", str(count)).replace("%2", str(total))
            if active
            else self.tr("%n idea(s)", "", total)
        )

    # -- selection, in either view ---------------------------------------------------------
    def selected_ideas(self) -> list[str]:
        if self.stack.currentWidget() is self.tree:
            return self.tree.selected_of_kind("idea")
        return self.scene.selected_note_ids() if self.scene else []

    def selected_clusters(self) -> list[str]:
        if self.stack.currentWidget() is self.tree:
            return self.tree.selected_of_kind("cluster")
        return self.scene.selected_cluster_ids() if self.scene else []

    # -- edits --------------------------------------------------------------------------
    def _edit(self, text: UndoText, build: Callable[[], ChangeSet]) -> bool:
        if self.document.read_only:
            return False
        return perform_edit(
            self.document, text, build, report=self._report, on_refused=lambda: None
        )

    def capture_lines(self, lines: list[str], author: str, colour: str) -> None:
        board_id = self.current_board_id()
        count = len([line for line in lines if line.strip()])
        if board_id is None:  # no board yet: the idea creates it, in the same undo step
            if count:
                self._capture_on_new_board(lines, author, colour, count)
            return
        self._edit(
            lambda: self.tr("Capture %n idea(s)", "", count),
            lambda: board.capture(
                self.document.workshop, board_id, lines, author=author, colour=colour
            )[0],
        )

    def _capture_on_new_board(self, lines: list[str], author: str, colour: str, count: int) -> None:
        """A board named "Ideas" in the workshop's language, asking its question, made
        with the ideas typed while the workshop had none (nothing typed is lost)."""
        workshop = self.document.workshop
        title = CONTENT_WORDS["ideas"][workshop.info.language]
        made: list[str] = []

        def build() -> ChangeSet:
            changes, board_id, _ = board.capture_on_new_board(
                workshop, title, lines, author=author, colour=colour
            )
            made.append(board_id)
            return changes

        if self._edit(lambda: self.tr("Capture %n idea(s)", "", count), build) and made:
            self.select_board(made[0])

    def group_selection(self) -> None:
        board_id, ids = self.current_board_id(), self.selected_ideas()
        if board_id is None or not ids:
            return
        name, accepted = QInputDialog.getText(
            self,
            self.tr("New cluster"),
            self.tr("Name of the cluster:"),
            text=self.tr("New cluster"),
        )
        if accepted:
            self._edit(
                lambda: self.tr("Group notes"),
                lambda: board.create_cluster(self.document.workshop, board_id, name, ids)[0],
            )

    def card_from_selection(self) -> None:
        """A prototype card from the selected cluster, or else from the selected note."""
        clusters, ideas = self.selected_clusters(), self.selected_ideas()
        if clusters:
            self.cardRequested.emit("cluster", clusters[0])
        elif ideas:
            self.cardRequested.emit("idea", ideas[0])

    def move_menu(self) -> None:
        ids, board_id = self.selected_ideas(), self.current_board_id()
        if not ids or board_id is None:
            return
        menu = QMenu(self)
        for cluster in board.clusters_of(self.document.workshop, board_id):
            action = menu.addAction(mnemonic_free(cluster.name) or self.tr("(unnamed)"))
            action.triggered.connect(lambda _=False, c=cluster.id: self.move_to(ids, c))
        menu.addSeparator()
        out = menu.addAction(self.tr("No cluster"))
        out.triggered.connect(lambda: self.move_to(ids, None))
        menu.popup(self.mapToGlobal(self.rect().center()))
        self._menu = menu

    def team_menu(self) -> None:
        """Which team wrote the selected notes (for the synthesis): every team of every
        grouping, the notes' team ticked when they share one."""
        ids = self.selected_ideas()
        if not ids or self.document.read_only:
            return
        workshop = self.document.workshop
        teams = {idea.team_id for idea in map(self._idea, ids) if idea is not None}
        current = next(iter(teams)) if len(teams) == 1 else None
        menu = team_menu(self, workshop, current, lambda team_id: self.tag_team(ids, team_id))
        menu.popup(self.mapToGlobal(self.rect().center()))
        self._menu = menu

    def tag_team(self, ids: list[str], team_id: str | None) -> None:
        self._edit(
            lambda: self.tr("Say which group wrote notes"),
            lambda: groupings.tag_ideas(self.document.workshop, ids, team_id),
        )

    def move_to(self, ids: list[str], cluster_id: str | None) -> None:
        self._edit(
            lambda: self.tr("Move notes"),
            lambda: board.assign(self.document.workshop, ids, cluster_id),
        )

    def merge_selection(self) -> None:
        ids = self.selected_clusters()
        if len(ids) >= 2:
            self._edit(
                lambda: self.tr("Merge clusters"),
                lambda: board.merge_clusters(self.document.workshop, ids),
            )

    def dissolve_selection(self) -> None:
        for cluster_id in self.selected_clusters():
            self._edit(
                lambda: self.tr("Dissolve a cluster"),
                partial(board.dissolve_cluster, self.document.workshop, cluster_id),
            )

    def rename_cluster(self, cluster_id: str, name: str) -> None:
        self._edit(
            lambda: self.tr("Rename a cluster"),
            lambda: board.rename_cluster(self.document.workshop, cluster_id, name),
        )

    def ask_cluster_name(self, cluster_id: str) -> None:
        cluster = self.document.workshop.get(Cluster, cluster_id)
        if cluster is None or self.document.read_only:
            return
        name, accepted = QInputDialog.getText(
            self, self.tr("Rename the cluster"), self.tr("Name of the cluster:"), text=cluster.name
        )
        if accepted:
            self.rename_cluster(cluster_id, name)

    def edit_caption(self, photo_id: str) -> None:
        photo = self.document.workshop.get(Attachment, photo_id)
        if photo is None or self.document.read_only:
            return
        caption, accepted = QInputDialog.getText(
            self, self.tr("Caption of the photo"), self.tr("Caption:"), text=photo.caption
        )
        if accepted:
            self._edit(
                lambda: self.tr("Edit a caption"),
                lambda: board.set_photo_caption(self.document.workshop, photo_id, caption),
            )

    def arrange(self) -> None:
        board_id = self.current_board_id()
        if board_id is not None:
            self._edit(
                lambda: self.tr("Tidy up the board"),
                lambda: board.arrange(self.document.workshop, board_id),
            )

    def delete_selection(self) -> None:
        ids = self.selected_ideas()
        for photo_id in self.scene.selected_photo_ids() if self.scene else []:
            self._edit(
                lambda: self.tr("Delete a photo"),
                partial(board.delete_photo, self.document.workshop, photo_id),
            )
        if ids:
            self._edit(
                lambda: self.tr("Delete %n note(s)", "", len(ids)),
                lambda: board.delete_ideas(self.document.workshop, ids),
            )

    def duplicate_selection(self) -> None:
        board_id = self.current_board_id()
        ideas = [i for i in map(self._idea, self.selected_ideas()) if i is not None]
        if board_id is not None and ideas:
            self._edit(
                lambda: self.tr("Duplicate notes"),
                lambda: board.copy_ideas(self.document.workshop, ideas, board_id)[0],
            )

    def _idea(self, idea_id: str) -> Idea | None:
        return self.document.workshop.get(Idea, idea_id)

    def copy_selection(self) -> None:
        """The notes' text goes to the system clipboard (one per line, for any other
        program); the notes themselves are kept here, so that a paste into another board
        keeps their author and colour. (A custom QMimeData handed to the clipboard is
        owned twice, by Python and by Qt, and crashed the interpreter at exit.)"""
        ideas = [i for i in map(self._idea, self.selected_ideas()) if i is not None]
        if not ideas:
            return
        text = "\n".join(i.text.replace("\n", " ") for i in ideas)
        self._copied = (text, ideas)
        QGuiApplication.clipboard().setText(text)

    def paste(self) -> None:
        """Notes copied from a board of this workshop keep their author and colour;
        any other text becomes one note per line."""
        board_id = self.current_board_id()
        text = QGuiApplication.clipboard().text()
        if not text:
            return
        copied_text, ideas = self._copied
        if text == copied_text and ideas and board_id is not None:
            self._edit(
                lambda: self.tr("Paste notes"),
                lambda: board.copy_ideas(self.document.workshop, ideas, board_id)[0],
            )
            return
        self.capture_lines(text.splitlines(), "", self.capture.current_colour())

    def edit_note(self, idea_id: str) -> None:
        """Double-click, or F2: edit the note where it is, on the board."""
        if self.document.read_only or self.view is None or self.scene is None:
            return
        item = self.scene.notes.get(idea_id)
        if item is not None:
            self.in_place = InPlaceEditor(self.view, item, self._note_edited)

    def _note_edited(self, idea_id: str, text: str | None) -> None:
        idea = self._idea(idea_id)
        if idea is not None and text is not None and text != idea.text:
            self._edit(
                lambda: self.tr("Edit an idea"),
                lambda: board.set_idea(self.document.workshop, idea_id, text=text),
            )
        if self.view is not None:
            self.view.setFocus()

    def edit_selected_note(self) -> None:
        ids = self.selected_ideas()
        if len(ids) == 1:
            self.edit_note(ids[0])

    # -- files ------------------------------------------------------------------------------
    def import_ideas(self) -> None:
        path = self._choose_file("ideas")
        if path is not None:
            self.import_ideas_from(path)

    def import_ideas_from(self, path: Path) -> bool:
        """Add the ideas of a text or CSV file (storage/idea_files.py) to the board shown,
        and say how the file was read (which column, lines skipped)."""
        from facilitator.storage.idea_files import read_idea_file

        try:
            read = read_idea_file(path)
        except FacilitatorError as error:
            self._report(error.message)
            return False
        board_id = self.current_board_id()
        if board_id is None:
            return False
        notes = [(i.text, i.author, i.colour) for i in read.ideas]
        colour, capture = self.capture.current_colour(), board.capture_coloured
        done = bool(notes) and self._edit(
            lambda: self.tr("Import %n idea(s)", "", len(notes)),
            lambda: capture(self.document.workshop, board_id, notes, colour=colour)[0],
        )
        self._report(read.report())
        return done

    def import_photo(self) -> None:
        path = self._choose_file("photo")
        if path is not None:
            self.import_photo_from(path)

    def import_photo_from(self, path: Path, caption: str = "") -> bool:
        board_id = self.current_board_id()
        if board_id is None:
            return False
        photo = read_or_report(path, self._report)
        if photo is None:
            return False
        data, width, height = photo
        return self._edit(
            lambda: self.tr("Import a photo"),
            lambda: board.add_photo(
                self.document.workshop,
                board_id,
                data=data,
                width=width,
                height=height,
                caption=caption or path.stem,
            )[0],
        )

    def current_note_items(self) -> list[NoteItem]:
        return list(self.scene.notes.values()) if self.scene else []

    def tree_index_of(self, idea_id: str) -> QModelIndex:
        """The note's row in the list view (invalid: not loaded, or in a closed group)."""
        return self.tree_model.index_of(idea_id)
