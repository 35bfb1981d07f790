"""The smallest text the room can read on the projector, for the painted projector views
(a vote's results, a board's ideas): `fitted_text`'s floor, `SMALLEST_SHARE` of the
screen's height and never under `SMALLEST_PX`.

The screen's height is the height of the window the view is in: the projector window
covers its screen; the views themselves sit inside its layout's margins.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from facilitator.ui.fitted_text import SMALLEST_PX, SMALLEST_SHARE


def floor_px(screen_height: int) -> int:
    """The smallest text (a font's pixel size) on a screen `screen_height` px high:
    18 px at 600 lines, 32 px at 1080, 65 px at 2160."""
    return max(SMALLEST_PX, round(screen_height * SMALLEST_SHARE))


def screen_height(widget: QWidget) -> int:
    """The height (px) of the window `widget` is shown in: the projector's screen."""
    return max(1, widget.window().height())
