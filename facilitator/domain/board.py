"""Idea boards: capture, notes, clusters and their tidy layout.

Geometry is in board units (one unit is one pixel at 100 % zoom). Notes have one
size; a cluster is a frame holding its notes in a grid; notes that belong to no
cluster sit in a tidy area below the clusters. Every function returns the
`ChangeSet` of one user action.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence

from facilitator.domain.changes import ChangeSet, RowChange, delete, insert, update
from facilitator.domain.ids import new_id
from facilitator.domain.records import (
    WORKSHOP_ID,
    Attachment,
    Board,
    Cluster,
    Idea,
    WorkshopInfo,
    replaced,
)
from facilitator.domain.text import clean_text
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop

NOTE_WIDTH, NOTE_HEIGHT = 200.0, 120.0
GAP = 16.0
CLUSTER_PADDING = 16.0
CLUSTER_HEADER = 40.0
CLUSTER_COLUMNS = 3  # notes per row inside a cluster
FREE_COLUMNS = 8  # notes per row in the area of notes with no cluster
CLUSTERS_PER_ROW = 4
PALETTE = ("yellow", "orange", "pink", "blue", "green", "lilac")
DEFAULT_COLOUR = PALETTE[0]


def _now() -> str:
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")


def _board(workshop: Workshop, board_id: str) -> Board:
    return workshop.require(Board, board_id)


def ideas_of(workshop: Workshop, board_id: str) -> list[Idea]:
    return workshop.where(Idea, board_id=board_id)


def clusters_of(workshop: Workshop, board_id: str) -> list[Cluster]:
    return workshop.where(Cluster, board_id=board_id)


def grouped_ideas(workshop: Workshop, board_id: str) -> list[tuple[Cluster | None, list[Idea]]]:
    """The board's ideas as the wall shows them: cluster by cluster in the clusters'
    order, then the ideas in no cluster (None; they sit below the clusters); inside
    each group, in capture order (position, then time of capture). Clusters with no
    idea are kept (empty list); the group of loose ideas only when it has some. Every
    printed or exported list of ideas reads in this order."""
    members: dict[str | None, list[Idea]] = {}
    for idea in workshop.unordered(Idea):
        if idea.board_id == board_id:
            members.setdefault(idea.cluster_id, []).append(idea)
    for notes in members.values():
        notes.sort(key=lambda i: (i.position, i.created_at, i.id))
    clusters = clusters_of(workshop, board_id)
    groups: list[tuple[Cluster | None, list[Idea]]] = [(c, members.pop(c.id, [])) for c in clusters]
    # An idea whose cluster is gone (a damaged file) is listed with the loose ones.
    loose = [i for notes in members.values() for i in notes]
    loose.sort(key=lambda i: (i.cluster_id is not None, i.position, i.created_at, i.id))
    if loose:
        groups.append((None, loose))
    return groups


def add_board(workshop: Workshop, title: str, question: str = "") -> tuple[ChangeSet, str]:
    board = with_values(
        Board(id=new_id(), position=len(workshop.all(Board))), title=title, question=question
    )
    return ChangeSet.of([insert(board)]), board.id


def capture_on_new_board(
    workshop: Workshop,
    title: str,
    lines: Iterable[str],
    *,
    author: str = "",
    colour: str = DEFAULT_COLOUR,
) -> tuple[ChangeSet, str, list[str]]:
    """Ideas typed in a workshop with no board yet: one change set that creates the
    board `title`, asking the workshop's question, and captures `lines` on it (one
    undo step removes both). Returns (changes, board id, new idea ids); no board is
    made when no line has text."""
    info = workshop.get(WorkshopInfo, WORKSHOP_ID)
    created, board_id = add_board(workshop, title, info.question if info else "")
    alone = Workshop([change.after for change in created.changes if change.after is not None])
    captured, ids = capture(alone, board_id, lines, author=author, colour=colour)
    if not ids:
        return ChangeSet.of([]), board_id, []
    return ChangeSet.of([*created.changes, *captured.changes]), board_id, ids


def set_board(workshop: Workshop, board_id: str, **values: object) -> ChangeSet:
    """Change a board's title or question."""
    found = _board(workshop, board_id)
    return ChangeSet.of([update(found, with_values(found, **values))])


# -- the layout ---------------------------------------------------------------------
def cluster_size(count: int) -> tuple[float, float]:
    columns = max(1, min(CLUSTER_COLUMNS, count))
    rows = max(1, math.ceil(count / CLUSTER_COLUMNS))
    width = 2 * CLUSTER_PADDING + columns * NOTE_WIDTH + (columns - 1) * GAP
    height = CLUSTER_HEADER + CLUSTER_PADDING + rows * NOTE_HEIGHT + (rows - 1) * GAP
    return width, height


def _grid(count: int, columns: int, left: float, top: float) -> list[tuple[float, float]]:
    return [
        (left + (n % columns) * (NOTE_WIDTH + GAP), top + (n // columns) * (NOTE_HEIGHT + GAP))
        for n in range(count)
    ]


def _layout(
    clusters: Sequence[Cluster], members: dict[str | None, list[Idea]]
) -> tuple[dict[str, tuple[float, float, float, float]], dict[str, tuple[float, float]]]:
    """Frames of clusters (x, y, w, h) and positions of notes, all tidy."""
    frames: dict[str, tuple[float, float, float, float]] = {}
    places: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for index, cluster in enumerate(clusters):
        if index and index % CLUSTERS_PER_ROW == 0:
            x, y, row_height = 0.0, y + row_height + 2 * GAP, 0.0
        notes = members.get(cluster.id, [])
        width, height = cluster_size(len(notes))
        frames[cluster.id] = (x, y, width, height)
        grid = _grid(len(notes), CLUSTER_COLUMNS, x + CLUSTER_PADDING, y + CLUSTER_HEADER)
        places.update({idea.id: spot for idea, spot in zip(notes, grid, strict=True)})
        x += width + 2 * GAP
        row_height = max(row_height, height)
    top = y + row_height + 3 * GAP if clusters else 0.0
    free = members.get(None, [])
    places.update(
        {
            idea.id: spot
            for idea, spot in zip(free, _grid(len(free), FREE_COLUMNS, 0, top), strict=True)
        }
    )
    return frames, places


def _members(
    workshop: Workshop, board_id: str, overrides: dict[str, Idea] | None = None
) -> dict[str | None, list[Idea]]:
    members: dict[str | None, list[Idea]] = {}
    for stored in ideas_of(workshop, board_id):
        idea = (overrides or {}).get(stored.id, stored)
        members.setdefault(idea.cluster_id, []).append(idea)
    for notes in members.values():
        notes.sort(key=lambda i: (i.position, i.id))
    return members


def arranged(
    workshop: Workshop,
    board_id: str,
    ideas: dict[str, Idea] | None = None,
    clusters: Sequence[Cluster] | None = None,
) -> list[RowChange]:
    """Changes that tidy the board: clusters in rows, notes in grids (given pending
    versions of some ideas and the clusters' list, when an edit changes them)."""
    pending = dict(ideas or {})
    cluster_list = list(clusters) if clusters is not None else clusters_of(workshop, board_id)
    members = _members(workshop, board_id, pending)
    for idea in pending.values():  # new ideas, not yet in the workshop
        if workshop.get(Idea, idea.id) is None:
            members.setdefault(idea.cluster_id, []).append(idea)
    frames, places = _layout(cluster_list, members)
    changes: list[RowChange] = []
    for cluster in cluster_list:
        x, y, width, height = frames[cluster.id]
        framed = replaced(cluster, {"x": x, "y": y, "width": width, "height": height})
        stored_cluster = workshop.get(Cluster, cluster.id)
        changes.append(insert(framed) if stored_cluster is None else update(stored_cluster, framed))
    for notes in members.values():
        for position, idea in enumerate(notes):
            x, y = places[idea.id]
            placed = replaced(idea, {"x": x, "y": y, "position": position})
            stored_idea = workshop.get(Idea, idea.id)
            changes.append(insert(placed) if stored_idea is None else update(stored_idea, placed))
    return changes


def arrange(workshop: Workshop, board_id: str) -> ChangeSet:
    _board(workshop, board_id)
    return ChangeSet.of(arranged(workshop, board_id))


# -- capture and notes -----------------------------------------------------------------
def capture(
    workshop: Workshop,
    board_id: str,
    lines: Iterable[str],
    *,
    author: str = "",
    colour: str = DEFAULT_COLOUR,
) -> tuple[ChangeSet, list[str]]:
    """One note per non-empty line, at the next places of the tidy area, in the order given.

    Only the new notes are placed (the rest of the board is left as it is): capture
    stays instant on a board of thousands of notes.
    """
    return capture_signed(workshop, board_id, [(line, author) for line in lines], colour=colour)


def capture_signed(
    workshop: Workshop,
    board_id: str,
    notes: Iterable[tuple[str, str]],
    *,
    colour: str = DEFAULT_COLOUR,
) -> tuple[ChangeSet, list[str]]:
    """`capture`, each note with its own author: (text, author) pairs (the room link
    writes the ideas that arrived together from several phones in one go)."""
    return capture_coloured(
        workshop, board_id, ((text, author, "") for text, author in notes), colour=colour
    )


def capture_coloured(
    workshop: Workshop,
    board_id: str,
    notes: Iterable[tuple[str, str, str]],
    *,
    colour: str = DEFAULT_COLOUR,
) -> tuple[ChangeSet, list[str]]:
    """`capture`, each note with its own author and colour: (text, author, colour)
    triples, a colour of PALETTE or "" for `colour` (a file of ideas read back, with
    the colours it was exported with)."""
    _board(workshop, board_id)
    start, top = _free_area(workshop, board_id)
    created = _now()
    new: list[RowChange] = []
    for line, author, own_colour in notes:
        if not clean_text(line, multiline=True):
            continue
        index = start + len(new)
        x = (index % FREE_COLUMNS) * (NOTE_WIDTH + GAP)
        y = top + (index // FREE_COLUMNS) * (NOTE_HEIGHT + GAP)
        idea = with_values(
            Idea(id=new_id(), board_id=board_id, position=index, created_at=created, x=x, y=y),
            text=line,
            author=author,
            color=next((c for c in (own_colour, colour) if c in PALETTE), DEFAULT_COLOUR),
        )
        new.append(insert(idea))
    return ChangeSet.of(new), [c.record_id for c in new]


class FreePositions:
    """The next free position among each board's notes in no cluster (their largest
    position + 1, 0 for none), kept edit by edit (`Workshop.derived`): a capture asks
    it for every note, and scanning a board of 20,000 notes each time was most of a
    capture's cost (issue 22). A board is scanned once, when first asked, and again
    only after the note holding its largest position leaves that place."""

    def __init__(self, workshop: Workshop) -> None:
        self._workshop = workshop
        self._next: dict[str, int] = {}  # board id -> next free position (absent: unknown)

    def next_position(self, board_id: str) -> int:
        """The position a note captured on `board_id` now takes."""
        known = self._next.get(board_id)
        if known is None:
            known = 0
            for idea in self._workshop.unordered(Idea):
                if idea.board_id == board_id and idea.cluster_id is None:
                    known = max(known, idea.position + 1)
            self._next[board_id] = known
        return known

    def follow(self, changes: ChangeSet) -> None:
        """Keep each known board's figure current after `changes` were applied."""
        for change in changes.changes:
            before, after = change.before, change.after
            loose = after if isinstance(after, Idea) and after.cluster_id is None else None
            if loose is not None and loose.board_id in self._next:
                self._next[loose.board_id] = max(self._next[loose.board_id], loose.position + 1)
            if isinstance(before, Idea) and before.cluster_id is None:
                known = self._next.get(before.board_id)
                stays = (
                    loose is not None
                    and loose.board_id == before.board_id
                    and loose.position >= before.position
                )
                if known is not None and before.position + 1 >= known and not stays:
                    del self._next[before.board_id]  # its largest position left: rescan


def _free_positions(workshop: Workshop) -> FreePositions:
    return workshop.derived("board.free_positions", FreePositions)


def _free_area(workshop: Workshop, board_id: str) -> tuple[int, float]:
    """The next position among the notes with no cluster, and the top of their area."""
    start = _free_positions(workshop).next_position(board_id)
    bottom = [c.y + c.height for c in workshop.unordered(Cluster) if c.board_id == board_id]
    return start, (max(bottom) + 3 * GAP if bottom else 0.0)


def set_idea(workshop: Workshop, idea_id: str, **values: object) -> ChangeSet:
    idea = _idea(workshop, idea_id)
    if "color" in values and values["color"] not in PALETTE:
        values["color"] = DEFAULT_COLOUR
    return ChangeSet.of([update(idea, with_values(idea, **values))])


def _idea(workshop: Workshop, idea_id: str) -> Idea:
    return workshop.require(Idea, idea_id)


def move_ideas(
    workshop: Workshop, moves: dict[str, tuple[float, float]], cluster_id: str | bool | None = False
) -> ChangeSet:
    """A drag: the notes go where they were dropped (one undo step). With `cluster_id`
    (None included), the notes join that cluster, or leave theirs, and the board is tidied."""
    if cluster_id is False:
        changes = []
        for idea_id, (x, y) in moves.items():
            idea = _idea(workshop, idea_id)
            changes.append(update(idea, replaced(idea, {"x": float(x), "y": float(y)})))
        return ChangeSet.of(changes)
    target = cluster_id if isinstance(cluster_id, str) else None
    return assign(workshop, list(moves), target)


def assign(workshop: Workshop, idea_ids: Sequence[str], cluster_id: str | None) -> ChangeSet:
    """Put notes in a cluster (at its end), or take them out of theirs; then tidy."""
    ideas = [_idea(workshop, i) for i in idea_ids]
    if not ideas:
        return ChangeSet(())
    board_id = ideas[0].board_id
    if cluster_id is not None:
        workshop.require(Cluster, cluster_id)
    members = _members(workshop, board_id)
    end = len(members.get(cluster_id, []))
    pending = {
        idea.id: replaced(idea, {"cluster_id": cluster_id, "position": end + n})
        for n, idea in enumerate(i for i in ideas if i.cluster_id != cluster_id)
    }
    return ChangeSet.of(arranged(workshop, board_id, pending))


def delete_ideas(workshop: Workshop, idea_ids: Sequence[str]) -> ChangeSet:
    return ChangeSet.of([delete(_idea(workshop, i)) for i in dict.fromkeys(idea_ids)])


def copy_ideas(
    workshop: Workshop, ideas: Sequence[Idea], board_id: str
) -> tuple[ChangeSet, list[str]]:
    """Copies of notes (from this board or another) in the tidy area of `board_id`."""
    start = _next_free_position(workshop, board_id)
    created = _now()
    new = {}
    for n, source in enumerate(ideas):
        copy = replaced(
            source,
            {
                "id": new_id(),
                "board_id": board_id,
                "cluster_id": None,
                "position": start + n,
                "created_at": created,
            },
        )
        new[copy.id] = copy
    return ChangeSet.of(arranged(workshop, board_id, new)), list(new)


def _next_free_position(workshop: Workshop, board_id: str) -> int:
    _board(workshop, board_id)
    return _free_positions(workshop).next_position(board_id)


# -- clusters -------------------------------------------------------------------------
def create_cluster(
    workshop: Workshop, board_id: str, name: str, idea_ids: Sequence[str] = ()
) -> tuple[ChangeSet, str]:
    """A new cluster at the end of the clusters, holding the notes given."""
    _board(workshop, board_id)
    existing = clusters_of(workshop, board_id)
    cluster = with_values(
        Cluster(id=new_id(), board_id=board_id, position=len(existing), color=DEFAULT_COLOUR),
        name=name,
    )
    pending = {
        idea.id: replaced(idea, {"cluster_id": cluster.id, "position": n})
        for n, idea in enumerate(_idea(workshop, i) for i in idea_ids)
    }
    return ChangeSet.of(arranged(workshop, board_id, pending, [*existing, cluster])), cluster.id


def _cluster(workshop: Workshop, cluster_id: str) -> Cluster:
    return workshop.require(Cluster, cluster_id)


def rename_cluster(workshop: Workshop, cluster_id: str, name: str) -> ChangeSet:
    cluster = _cluster(workshop, cluster_id)
    return ChangeSet.of([update(cluster, with_values(cluster, name=name))])


def merge_clusters(workshop: Workshop, cluster_ids: Sequence[str]) -> ChangeSet:
    """The notes of every cluster go to the first one; the others disappear."""
    clusters = [_cluster(workshop, c) for c in dict.fromkeys(cluster_ids)]
    if len(clusters) < 2:
        return ChangeSet(())
    keep, gone = clusters[0], clusters[1:]
    board_id = keep.board_id
    members = _members(workshop, board_id)
    count = len(members.get(keep.id, []))
    pending: dict[str, Idea] = {}
    for cluster in gone:
        for idea in members.get(cluster.id, []):
            pending[idea.id] = replaced(idea, {"cluster_id": keep.id, "position": count})
            count += 1
    remaining = [c for c in clusters_of(workshop, board_id) if c not in gone]
    remaining = [replaced(c, {"position": n}) for n, c in enumerate(remaining)]
    return ChangeSet.of(
        [*arranged(workshop, board_id, pending, remaining), *[delete(c) for c in gone]]
    )


def dissolve_cluster(workshop: Workshop, cluster_id: str) -> ChangeSet:
    """The cluster disappears; its notes go back to the tidy area."""
    cluster = _cluster(workshop, cluster_id)
    board_id = cluster.board_id
    members = _members(workshop, board_id)
    start = len(members.get(None, []))
    pending = {
        idea.id: replaced(idea, {"cluster_id": None, "position": start + n})
        for n, idea in enumerate(members.get(cluster.id, []))
    }
    remaining = [
        replaced(c, {"position": n})
        for n, c in enumerate(c for c in clusters_of(workshop, board_id) if c.id != cluster.id)
    ]
    return ChangeSet.of([*arranged(workshop, board_id, pending, remaining), delete(cluster)])


# -- photos of paper boards ------------------------------------------------------------
def add_photo(
    workshop: Workshop,
    board_id: str,
    *,
    data: bytes,
    width: int,
    height: int,
    caption: str = "",
) -> tuple[ChangeSet, str]:
    """A photo (already checked and downscaled, JPEG) stored in the file with the board."""
    _board(workshop, board_id)
    photos = [a for a in workshop.all(Attachment) if a.owner_id == board_id]
    photo = with_values(
        Attachment(
            id=new_id(),
            owner_kind="board",
            owner_id=board_id,
            role="photo",
            position=len(photos),
            media_type="image/jpeg",
            data=data,
            created_at=_now(),
        ),
        caption=caption,
        width=width,
        height=height,
    )
    return ChangeSet.of([insert(photo)]), photo.id


def photos_of(workshop: Workshop, board_id: str) -> list[Attachment]:
    """The board's photos as every view and export shows them: not those sent from
    phones still waiting for the facilitator's review (`phone_photos`)."""
    return [
        a
        for a in workshop.all(Attachment)
        if a.owner_kind == "board"
        and a.owner_id == board_id
        and a.role == "photo"
        and a.review == "shown"
    ]


def set_photo_caption(workshop: Workshop, photo_id: str, caption: str) -> ChangeSet:
    photo = workshop.require(Attachment, photo_id)
    return ChangeSet.of([update(photo, with_values(photo, caption=caption))])


def delete_photo(workshop: Workshop, photo_id: str) -> ChangeSet:
    return ChangeSet.of([delete(workshop.require(Attachment, photo_id))])
