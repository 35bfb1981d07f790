"""Make the Windows and macOS icons from resources/icons/facilitator.svg.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Each size is drawn from the SVG by Qt (QSvgRenderer), not scaled down from a large
picture, so the small ones stay sharp. Writes resources/icons/facilitator.ico (the
sizes in spec_options.ICO_SIZES, for Windows Explorer at every display scale) and
facilitator.icns (spec_options.ICNS_SIZES, for Finder and the Dock). Both are committed:
the builds read them and never run this; run it again after changing the SVG.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


def _spec_options() -> Any:
    spec = importlib.util.spec_from_file_location(
        "spec_options", Path(__file__).with_name("spec_options.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["spec_options"] = module
    spec.loader.exec_module(module)
    return module


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn on a transparent `size` × `size` square, as an RGBA picture."""
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    # Four bytes a pixel: no padding at the ends of the lines.
    assert image.bytesPerLine() == 4 * size
    return Image.frombytes("RGBA", (size, size), bytes(image.constBits()))


def main() -> int:
    options = _spec_options()
    ico_sizes: tuple[int, ...] = options.ICO_SIZES
    icns_sizes: tuple[int, ...] = options.ICNS_SIZES
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "facilitator.svg"))
    if not renderer.isValid():
        print("facilitator.svg cannot be read", file=sys.stderr)  # noqa: T201 (a build script reports)
        return 1
    ico = [render(renderer, size) for size in ico_sizes]
    ico[-1].save(
        ICONS / "facilitator.ico",
        format="ICO",
        sizes=[(size, size) for size in ico_sizes],
        append_images=ico[:-1],
    )
    icns = [render(renderer, size) for size in icns_sizes]
    icns[-1].save(ICONS / "facilitator.icns", format="ICNS", append_images=icns[:-1])
    for name in ("facilitator.ico", "facilitator.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes")  # noqa: T201 (a build script reports)
    return 0


if __name__ == "__main__":
    sys.exit(main())
