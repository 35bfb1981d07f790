"""Follow the workshop's changes only where they can be seen.

A part of the workshop window that sits behind another (a page of the stack not
shown) has nothing to repaint: refreshing it at every change made capture on the board
pay for the agenda's materials, the card editor and the run page (issue 22: 4.3, 3.4
and 1.9 ms per idea at 5,000 notes). `RefreshWhenShown` calls the widget's change
handler at once while the widget can be seen, and otherwise remembers that something
changed and calls its full refresh once, when the widget is next shown.

"Hidden" means: the widget's window is shown and the widget is not (a page behind
another, a tab not chosen), and nothing else shows what it holds (`seen_elsewhere`: the
projector shows a board's scene, a vote's results, while their page is behind another).
A widget whose window is not shown at all (being built, or under test) is refreshed at
once, as before, so that reading it always gives the current state.

A handler that follows edits incrementally (a scene of 20,000 notes, the board's list)
may keep what it skipped (`replay`): shown again, it follows those edits one by one, as
if it had been shown all along (its selection and scroll position kept), and only past
`replay` skipped edits does it refresh as a whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    """A change handler for `widget` that waits while the widget is hidden.

    `follow(changes)` is called with the document's ChangeSet while the widget is
    visible (or while its window is not shown, or while `seen_elsewhere()` is true);
    `refresh()` is called once, with no argument, at the widget's next Show event after
    one or more changes were skipped. `relevant(changes)`, when given, says which change
    sets the widget shows anything of: the others are neither followed nor waited for.
    `replay` (0: none) is how many skipped change sets are kept and given to `follow`
    in order at the next Show, instead of `refresh`; one more, and they are dropped for
    one `refresh`. Connect the instance itself, or its `changed` method, to
    `WorkshopDocument.changed`. Owned by `widget`.
    """

    def __init__(
        self,
        widget: QWidget,
        follow: Callable[[Any], None],
        refresh: Callable[[], None],
        *,
        relevant: Callable[[Any], bool] | None = None,
        seen_elsewhere: Callable[[], bool] | None = None,
        replay: int = 0,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._follow = follow
        self._refresh = refresh
        self._relevant = relevant
        self._seen_elsewhere = seen_elsewhere
        self._replay = replay
        self._kept: list[Any] = []  # skipped change sets, at most `replay` of them
        self.pending = False  # a refresh is owed (or `kept` change sets to follow)
        widget.installEventFilter(self)

    def hidden(self) -> bool:
        """True when the widget's window is shown but the widget itself is not, and
        nothing else shows what it holds."""
        if not self._widget.window().isVisible() or self._widget.isVisible():
            return False
        return self._seen_elsewhere is None or not self._seen_elsewhere()

    def changed(self, changes: object = None) -> None:
        """The slot for `WorkshopDocument.changed` (the same as calling the instance)."""
        if self._relevant is not None and not self._relevant(changes):
            return
        if self.hidden():
            self._skip(changes)
            return
        if self.pending:
            whole = not self._kept  # a refresh reads the workshop: this edit included
            self.catch_up()
            if whole:
                return
        self._follow(changes)

    __call__ = changed

    def _skip(self, changes: object) -> None:
        if self.pending and not self._kept:  # a whole refresh is owed already
            return
        self.pending = True
        if len(self._kept) < self._replay:
            self._kept.append(changes)
        else:
            self._kept.clear()  # too many to follow one by one: one refresh instead

    def catch_up(self) -> None:
        """Run the skipped refresh now, if any (a caller about to read the widget)."""
        if not self.pending:
            return
        kept, self._kept = self._kept, []
        self.pending = False
        if kept:
            for changes in kept:
                self._follow(changes)
        else:
            self._refresh()

    def forget(self) -> None:
        """Nothing skipped is owed any more: the widget's owner showed it whole anew (a
        list loaded from the workshop, a scene built again)."""
        self.pending = False
        self._kept = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show:
            self.catch_up()
        return False
