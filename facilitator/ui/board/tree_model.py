"""The board as a list, for keyboard-only clustering: a heading row per cluster (and one
for the notes in no cluster), each followed by its notes while it is open.

A flat table (`BoardListModel`, shown by `list_view.BoardListView`) kept row by row:
every edit of the document becomes row signals (rows inserted, removed, moved, data
changed), never a reset, so the view keeps its selection, its scroll position and which
clusters are closed, and a capture at 20,000 notes costs what one row costs. (A
QTreeView lays out every open row again after any insert: 15 ms at 20,000 notes here,
issue 22; a table view lays out only what it paints.)

Order, as everywhere the board is listed (`board.grouped_ideas`): clusters in their
order, then the notes in no cluster (and those whose cluster is gone); inside each group
by position, time of capture and id.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from facilitator.domain import board
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import Cluster, Idea
from facilitator.domain.workshop import Workshop
from facilitator.ui.board.colours import fill
from facilitator.ui.plain import tooltip

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "cluster", "idea" or "free"

# An edit touching at most this many notes is followed note by note (a row signal each,
# a binary search each); a larger one (a tidy-up, a merge: every note of the board moves
# anyway) is compared with the board as a whole once, O(n log n).
ONE_BY_ONE = 64
# At most this many rows moved one by one (each keeps its selection); more rows in a new
# order (a cluster moved before thousands of notes): one layout change instead.
MOVES_ONE_BY_ONE = 64
SHOWN_CHARS = 300  # a note's text in its row (the whole text is in the tool tip)

# The roles this model answers, as plain numbers (an enum member's attribute lookup and
# comparison cost as much as the rest of `data`, asked about 240 times a repaint).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_SPOKEN = int(Qt.ItemDataRole.AccessibleTextRole)
_SPOKEN_MORE = int(Qt.ItemDataRole.AccessibleDescriptionRole)
_ID, _KIND = int(ID_ROLE), int(KIND_ROLE)
_ANSWERED = frozenset((_DISPLAY, _DECORATION, _TOOLTIP, _FONT, _SPOKEN, _SPOKEN_MORE, _ID, _KIND))
# Every row's flags, made once: `|` on Qt's flags is a Python call (14 µs here), asked
# for each cell painted (issue 22).
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_ACROSS = Qt.Orientation.Horizontal

Key = tuple[bool, int, str, str]  # (whose cluster is gone, position, capture time, id)
Head = tuple[str, str | None]  # ("head", the cluster's id or None for no cluster)
Entry = str | Head  # a row: a note's id, or a group's heading


def _key(idea: Idea, orphan: bool) -> Key:
    return (orphan, idea.position, idea.created_at, idea.id)


def _head(cluster_id: str | None) -> Head:
    return ("head", cluster_id)


def _shown(idea: Idea) -> tuple[str, str, str]:
    """What a note's row shows: its text, its colour, its author."""
    return (idea.text, idea.color, idea.author)


def _runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Increasing rows as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _increasing(ranks: Sequence[int]) -> set[int]:
    """The places in `ranks` (distinct numbers) of one of its longest increasing
    subsequences: the rows that stay while the others move (O(n log n))."""
    tails: list[int] = []  # tails[k]: the smallest rank ending an increasing run of k + 1
    tail_at: list[int] = []  # the place of that rank
    before: list[int] = [-1] * len(ranks)
    for place, rank in enumerate(ranks):
        k = bisect_left(tails, rank)
        if k == len(tails):
            tails.append(rank)
            tail_at.append(place)
        else:
            tails[k], tail_at[k] = rank, place
        before[place] = tail_at[k - 1] if k else -1
    kept: set[int] = set()
    place = tail_at[-1] if tail_at else -1
    while place >= 0:
        kept.add(place)
        place = before[place]
    return kept


@dataclass
class _Group:
    cluster_id: str | None
    keys: list[Key] = field(default_factory=list)  # its notes, in order
    open: bool = True
    # What its heading shows, changed only with a `dataChanged` of the heading (Qt's
    # model tester checks that no row's data changes under another row's signal).
    name: str = ""
    count: int = 0


class BoardListModel(QAbstractTableModel):
    """The notes of one board in two columns (text, author), under their groups' headings.

    `load` shows a board (a reset: another board); `follow` applies an edit of the
    document as row signals. `set_open` closes or opens a group (its rows removed or
    inserted)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board_id: str | None = None
        self._no_group, self._author = "", ""
        self._ideas: dict[str, Idea] = {}
        self._clusters: dict[str, Cluster] = {}
        self._groups: list[_Group] = []
        self._group_at: dict[str | None, int] = {}
        self._place: dict[str, tuple[str | None, Key]] = {}  # note id -> its group, its key
        self._rows: list[Entry] = []
        self._starts: list[int] | None = None  # each group's heading row (None: to count)
        self._closed: set[str | None] = set()  # groups closed by the user, kept across loads
        self._bold = QFont()
        self._bold.setBold(True)
        self._fills: dict[str, QColor] = {}

    # -- what is shown -----------------------------------------------------------------
    def load(self, workshop: Workshop | None, board_id: str | None) -> None:
        """Show the board `board_id` of `workshop` (None: nothing): a model reset, for
        another board (or the list shown for the first time); O(n log n)."""
        self.beginResetModel()
        self.board_id = board_id if workshop is not None else None
        self._ideas, self._clusters = {}, {}
        if workshop is not None and board_id is not None:
            self._clusters = {c.id: c for c in board.clusters_of(workshop, board_id)}
            self._ideas = {i.id: i for i in workshop.unordered(Idea) if i.board_id == board_id}
        self._groups, self._rows = self._grouped(self._ideas), []
        self._index_groups()
        self._rows = self._entries(self._groups)
        self.endResetModel()

    def retitle(self, no_group: str, author: str) -> None:
        """The model's own words (the interface language changed): the author column's
        header, the group of notes in no cluster; rows, selection and closed groups kept."""
        self._no_group, self._author = no_group, author
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        row = self.head_row(None)
        if row >= 0:
            self._changed_rows([row])

    @property
    def titles(self) -> tuple[str, str]:
        """The model's own words (`retitle`): the group of no cluster, the author column."""
        return self._no_group, self._author

    @property
    def closed(self) -> frozenset[str | None]:
        """The groups the user closed (cluster ids, None for no cluster): they stay closed
        through edits, undo and a new `load`."""
        return frozenset(self._closed)

    def keep_closed(self, groups: Iterable[str | None]) -> None:
        """Show these groups closed from the next `load` on (what another view closed)."""
        self._closed = set(groups)

    # -- following the document ------------------------------------------------------------
    def follow(self, changes: ChangeSet) -> bool:
        """Apply an edit of the document (already applied to the workshop) as row signals:
        note by note for a small edit, else the board compared once (ONE_BY_ONE). False
        when the edit changed nothing of the board shown (or none is)."""
        if self.board_id is None:
            return False
        ideas: list[tuple[str, Idea | None]] = []
        clusters: list[tuple[str, Cluster | None]] = []
        for change in changes.changes:
            after = change.after
            if change.kind is Idea:
                on = after if isinstance(after, Idea) and after.board_id == self.board_id else None
                if on is not None or change.record_id in self._ideas:
                    ideas.append((change.record_id, on))
            elif change.kind is Cluster:
                kept = (
                    after
                    if isinstance(after, Cluster) and after.board_id == self.board_id
                    else None
                )
                if kept is not None or change.record_id in self._clusters:
                    clusters.append((change.record_id, kept))
        if not ideas and not clusters:
            return False
        reordered = any(
            cluster is None
            or (old := self._clusters.get(cluster_id)) is None
            or old.position != cluster.position
            for cluster_id, cluster in clusters
        )
        if reordered or len(ideas) > ONE_BY_ONE:
            self._follow_all(ideas, clusters)
            return True
        touched: set[str | None] = set()
        for idea_id, idea in ideas:
            touched.update(self._follow_one(idea_id, idea))
        for cluster_id, cluster in clusters:
            assert cluster is not None  # a cluster that left the board has `reordered`
            self._clusters[cluster_id] = cluster
            touched.add(cluster_id)
        self._retitle_heads(touched)
        return True

    def follow_workshop(self, workshop: Workshop) -> None:
        """Bring the rows to the board as `workshop` has it now (edits the list did not
        follow while it was not seen): the board compared whole, O(n log n), as row
        signals (no reset: the selection, the place read and the closed groups kept)."""
        board_id = self.board_id
        if board_id is None:
            return
        ideas = {i.id: i for i in workshop.unordered(Idea) if i.board_id == board_id}
        clusters = {c.id: c for c in board.clusters_of(workshop, board_id)}
        self._follow_all(
            [(idea_id, ideas.get(idea_id)) for idea_id in self._ideas.keys() | ideas.keys()],
            [(key, clusters.get(key)) for key in self._clusters.keys() | clusters.keys()],
        )

    def note_count(self) -> int:
        """How many notes the board has (every group, open or closed)."""
        return len(self._ideas)

    def notes(self) -> list[Idea]:
        """The board's notes as the list has them (in no particular order)."""
        return list(self._ideas.values())

    def _retitle_heads(self, groups: Iterable[str | None]) -> None:
        """The headings of `groups` show their name and count as they are now."""
        rows = []
        for cluster_id in groups:
            group = self._groups[self._group_at[cluster_id]]
            cluster = self._clusters.get(cluster_id) if cluster_id is not None else None
            name = cluster.name if cluster is not None else ""
            if (group.name, group.count) != (name, len(group.keys)):
                group.name, group.count = name, len(group.keys)
                rows.append(self.head_row(cluster_id))
        self._changed_rows(rows)

    def _group_of(self, idea: Idea) -> tuple[str | None, Key]:
        if idea.cluster_id is not None and idea.cluster_id in self._clusters:
            return idea.cluster_id, _key(idea, False)
        return None, _key(idea, idea.cluster_id is not None)

    def _follow_one(self, idea_id: str, idea: Idea | None) -> set[str | None]:
        """One note added, changed, moved or gone: its row inserted, changed, moved or
        removed; the groups whose count changed."""
        old = self._place.get(idea_id)
        new = self._group_of(idea) if idea is not None else None
        shown_before = self._ideas.get(idea_id)
        if idea is None:
            self._ideas.pop(idea_id, None)
        else:
            self._ideas[idea_id] = idea
        if old == new:
            if (
                idea is not None
                and shown_before is not None
                and _shown(idea) != _shown(shown_before)
            ):
                self._changed_rows([self.row_of(idea_id)])
            return set()
        source_row = self._row_at(old) if old is not None else -1
        target_row = -1  # the row it goes before, counted before it leaves
        if new is not None and (target := self._groups[self._group_at[new[0]]]).open:
            target_row = self._starts_now()[self._group_at[new[0]]] + 1
            target_row += bisect_left(target.keys, new[1])
        if source_row >= 0 and target_row >= 0:
            self._move(idea_id, old, new, source_row, target_row)
            return {place[0] for place in (old, new) if place is not None}
        if source_row >= 0:
            self.beginRemoveRows(QModelIndex(), source_row, source_row)
            del self._rows[source_row]
            self.endRemoveRows()
        self._rekey(idea_id, old, None)
        if target_row >= 0:
            self.beginInsertRows(QModelIndex(), target_row, target_row)
            self._rows.insert(target_row, idea_id)
            self.endInsertRows()
        self._rekey(idea_id, None, new)
        return {place[0] for place in (old, new) if place is not None}

    def _move(
        self,
        idea_id: str,
        old: tuple[str | None, Key] | None,
        new: tuple[str | None, Key] | None,
        source_row: int,
        target_row: int,
    ) -> None:
        """The note's row moved from `source_row` to before `target_row` (counted before
        the move, as Qt's `beginMoveRows`); its selection goes with it."""
        if target_row in (source_row, source_row + 1):  # it stays where it is
            self._rekey(idea_id, old, new)
            self._changed_rows([source_row])
            return
        self.beginMoveRows(QModelIndex(), source_row, source_row, QModelIndex(), target_row)
        del self._rows[source_row]
        self._rows.insert(target_row - (target_row > source_row), idea_id)
        self.endMoveRows()
        self._rekey(idea_id, old, new)

    def _rekey(
        self,
        idea_id: str,
        old: tuple[str | None, Key] | None,
        new: tuple[str | None, Key] | None,
    ) -> None:
        """The note's key taken out of its old group and put in its new one."""
        if old is not None:
            keys = self._groups[self._group_at[old[0]]].keys
            del keys[bisect_left(keys, old[1])]
            del self._place[idea_id]
        if new is not None:
            insort(self._groups[self._group_at[new[0]]].keys, new[1])
            self._place[idea_id] = new
        self._starts = None

    def _follow_all(
        self,
        ideas: Sequence[tuple[str, Idea | None]],
        clusters: Sequence[tuple[str, Cluster | None]],
    ) -> None:
        """A large edit, or clusters added, removed or reordered: the board grouped again
        (O(n log n)) and the rows brought there by removals, moves and insertions."""
        before = self._ideas
        after = dict(before)
        for idea_id, idea in ideas:
            if idea is None:
                after.pop(idea_id, None)
            else:
                after[idea_id] = idea
        for cluster_id, cluster in clusters:
            if cluster is None:
                self._clusters.pop(cluster_id, None)
            else:
                self._clusters[cluster_id] = cluster
        groups = self._grouped(after)
        # While rows move, each row shows what it showed (new rows: their note); the
        # notes' new texts and the headings come after, with `dataChanged`.
        self._ideas = {**after, **before}
        self._become(self._entries(groups))
        self._ideas, self._groups = after, groups
        self._index_groups()
        heads = [self.head_row(g.cluster_id) for g in groups]  # names, counts
        changed = [
            self.row_of(idea_id)
            for idea_id, idea in ideas
            if idea is not None
            and (was := before.get(idea_id)) is not None
            and _shown(was) != _shown(idea)
        ]
        self._changed_rows(heads + changed)

    def _become(self, target: list[Entry]) -> None:
        """The rows brought to `target`: rows not in it removed (last first), rows out of
        order moved (each after the row it follows in `target`; more than
        MOVES_ONE_BY_ONE: one layout change), new rows inserted (first first)."""
        rows = self._rows
        wanted = set(target)
        gone = [row for row, entry in enumerate(rows) if entry not in wanted]
        for first, last in reversed(_runs(gone)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del rows[first : last + 1]
            self.endRemoveRows()
        present = set(rows)
        order = [entry for entry in target if entry in present]
        rank = {entry: n for n, entry in enumerate(order)}
        ranks = [rank[entry] for entry in rows]
        kept = _increasing(ranks)
        moving = sorted(ranks[place] for place in range(len(rows)) if place not in kept)
        if len(moving) > MOVES_ONE_BY_ONE:
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            new = [self.createIndex(rank[rows[i.row()]], i.column()) for i in old]
            rows[:] = order
            self.changePersistentIndexList(old, new)
            self.layoutChanged.emit()
        else:
            for n in moving:
                entry = order[n]
                source = rows.index(entry)
                target_row = rows.index(order[n - 1]) + 1 if n else 0
                if target_row in (source, source + 1):
                    continue
                self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target_row)
                del rows[source]
                rows.insert(target_row - (target_row > source), entry)
                self.endMoveRows()
        present = set(rows)
        new_rows = [row for row, entry in enumerate(target) if entry not in present]
        for first, last in _runs(new_rows):
            self.beginInsertRows(QModelIndex(), first, last)
            rows[first:first] = target[first : last + 1]
            self.endInsertRows()
        assert rows == target, "the list's rows differ from the board's"

    def _grouped(self, ideas: dict[str, Idea]) -> list[_Group]:
        """The groups of `ideas` (each keeps whether it is closed)."""
        ordered = sorted(self._clusters.values(), key=lambda c: (c.position, c.id))
        groups = [_Group(c.id, open=c.id not in self._closed) for c in ordered]
        groups.append(_Group(None, open=None not in self._closed))
        at = {g.cluster_id: g for g in groups}
        for idea in ideas.values():
            cluster_id, key = self._group_of(idea)
            at[cluster_id].keys.append(key)
        for group in groups:
            group.keys.sort()
            group.count = len(group.keys)
            cluster = self._clusters.get(group.cluster_id or "")
            group.name = cluster.name if cluster is not None else ""
        return groups

    def _index_groups(self) -> None:
        self._group_at = {g.cluster_id: n for n, g in enumerate(self._groups)}
        self._place = {key[3]: (g.cluster_id, key) for g in self._groups for key in g.keys}
        self._starts = None

    @staticmethod
    def _entries(groups: Sequence[_Group]) -> list[Entry]:
        rows: list[Entry] = []
        for group in groups:
            rows.append(_head(group.cluster_id))
            if group.open:
                rows.extend(key[3] for key in group.keys)
        return rows

    def _starts_now(self) -> list[int]:
        """Each group's heading row, counted again after a change (O(groups))."""
        if self._starts is None:
            starts, row = [], 0
            for group in self._groups:
                starts.append(row)
                row += 1 + (len(group.keys) if group.open else 0)
            self._starts = starts
        return self._starts

    def _row_at(self, place: tuple[str | None, Key]) -> int:
        """The row of the note at `place`, or -1 when its group is closed."""
        at = self._group_at[place[0]]
        group = self._groups[at]
        if not group.open:
            return -1
        return self._starts_now()[at] + 1 + bisect_left(group.keys, place[1])

    def _changed_rows(self, rows: Iterable[int]) -> None:
        for row in sorted({r for r in rows if r >= 0}):
            self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    # -- opening and closing groups --------------------------------------------------------
    def set_open(self, row: int, shown: bool) -> None:
        """Open (its notes' rows inserted under it) or close the group headed at `row`."""
        entry = self._rows[row] if 0 <= row < len(self._rows) else None
        if not isinstance(entry, tuple):
            return
        group = self._groups[self._group_at[entry[1]]]
        if group.open == shown:
            return
        (self._closed.discard if shown else self._closed.add)(group.cluster_id)
        ids = [key[3] for key in group.keys]
        if ids and shown:
            self.beginInsertRows(QModelIndex(), row + 1, row + len(ids))
            self._rows[row + 1 : row + 1] = ids
            self.endInsertRows()
        elif ids:
            self.beginRemoveRows(QModelIndex(), row + 1, row + len(ids))
            del self._rows[row + 1 : row + 1 + len(ids)]
            self.endRemoveRows()
        group.open, self._starts = shown, None  # its heading's arrow: changed after the rows
        self._changed_rows([row])

    def is_open(self, row: int) -> bool:
        entry = self._rows[row] if 0 <= row < len(self._rows) else None
        return isinstance(entry, tuple) and self._groups[self._group_at[entry[1]]].open

    def is_head(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], tuple)

    def is_note(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], str)

    def head_row(self, cluster_id: str | None) -> int:
        """The heading row of the cluster (None: of the notes in no cluster), or -1."""
        at = self._group_at.get(cluster_id)
        return -1 if at is None else self._starts_now()[at]

    def head_above(self, row: int) -> int:
        """The heading row of the group that `row` is in."""
        starts = self._starts_now()
        return starts[max(0, bisect_left(starts, row + 1) - 1)] if starts else -1

    def row_of(self, idea_id: str) -> int:
        """The note's row, or -1 (not on the board, or in a closed group)."""
        place = self._place.get(idea_id)
        return -1 if place is None else self._row_at(place)

    def index_of(self, idea_id: str) -> QModelIndex:
        row = self.row_of(idea_id)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if int(role) == _DISPLAY and orientation == _ACROSS:
            return self._author if section == 1 else ""
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        role = int(role)
        row = index.row()
        if role not in _ANSWERED or not 0 <= row < len(self._rows):
            return None
        entry = self._rows[row]
        if isinstance(entry, tuple):
            return self._head_data(entry[1], index.column(), role)
        idea = self._ideas.get(entry)
        if idea is None:
            return None
        if role == _ID:
            return idea.id
        if role == _KIND:
            return "idea"
        if index.column() == 1:
            return idea.author if role == _DISPLAY else None
        if role == _DISPLAY:
            return idea.text.replace("\n", " ")[:SHOWN_CHARS]
        if role == _DECORATION:
            colour = self._fills.get(idea.color)
            if colour is None:
                colour = self._fills[idea.color] = fill(idea.color)
            return colour
        if role == _TOOLTIP:
            return tooltip(idea.text)  # as written: never markup
        return None

    def _head_data(self, cluster_id: str | None, column: int, role: int) -> object:
        at = self._group_at.get(cluster_id)
        if at is None:  # a cluster's heading about to be inserted
            return None
        group = self._groups[at]
        if role == _ID:
            return cluster_id or ""
        if role == _KIND:
            return "cluster" if cluster_id else "free"
        if role == _FONT:
            return self._bold
        if column != 0:
            return None
        name = group.name if cluster_id is not None else self._no_group
        if role == _DISPLAY:
            return f"{'▾' if group.open else '▸'} {name} ({group.count})"
        if role == _SPOKEN:
            return f"{name} ({group.count})"
        if role == _SPOKEN_MORE:
            return (
                self.tr("Open: its notes follow")
                if group.open
                else self.tr("Closed: the Right arrow shows its notes")
            )
        return None
