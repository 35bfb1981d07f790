"""Whether this installation can draw text: the smoke test's first check.

A bundle that finds no system font (fontconfig without its configuration or fonts: a
bare container, a broken package) still starts, lays out and paints every part, with
no text at all: every label is an empty box, and the layout checks pass on it. Qt then
lists only fontconfig's generic names (Sans Serif, Serif, Monospace) and the
application's font has no glyph for "A" (measured here with an empty fonts.conf), so
the check asks the font the interface draws with for glyphs, not the list of names.

The fonts Facilitator ships (resources/fonts: the PDFs' fonts, and Symbola, which Qt
also draws emoji with) are each loaded as Qt loads a font file (QRawFont: FreeType),
without adding them to the application's fonts, so that the walk that follows sees the
same fonts as the app.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QRawFont

# Letters every interface text needs: Latin capitals and small letters, and the accented
# letters of French (our users' language).
LATIN_SAMPLE = "AaZzéèàçœÉ"
# The size the font files are loaded at to be checked (any size loads the same file).
CHECK_PIXEL_SIZE = 12


def interface_font_problem(font: QFont) -> str | None:
    """None when `font` (the application's) has a glyph for every letter of
    LATIN_SAMPLE; else one sentence naming the font Qt chose, the letters missing and
    the families Qt knows."""
    metrics = QFontMetrics(font)
    missing = [letter for letter in LATIN_SAMPLE if not metrics.inFontUcs4(ord(letter))]
    if not missing:
        return None
    chosen = QFontInfo(font).family() or "(none)"
    families = QFontDatabase.families()
    known = ", ".join(families[:8]) + (
        f" and {len(families) - 8} more" if len(families) > 8 else ""
    )
    return (
        f"no font can draw the interface's text: the font Qt chose ({chosen}, asked for "
        f"{font.family() or '(default)'}) has no glyph for {''.join(missing)}; Qt knows "
        f"{len(families)} font families ({known or 'none'}): install a font package "
        "(fonts-dejavu-core) and check fontconfig (fc-list, FONTCONFIG_FILE)"
    )


def bundled_font_problems(folder: Path, names: Iterable[str]) -> list[str]:
    """One sentence per font file of `names` in `folder` that is missing or that Qt
    cannot load (QRawFont: not a font, cut short, unreadable); [] when all load."""
    problems = []
    for name in names:
        path = folder / name
        if not path.is_file():
            problems.append(f"bundled font missing: {path}")
            continue
        font = QRawFont(str(path), CHECK_PIXEL_SIZE)
        if not font.isValid():
            problems.append(f"bundled font cannot be loaded: {path}")
    return problems


def font_problems(font: QFont, folder: Path, names: Iterable[str]) -> list[str]:
    """interface_font_problem and bundled_font_problems together: [] when this
    installation can draw text."""
    problem = interface_font_problem(font)
    return ([problem] if problem else []) + bundled_font_problems(folder, names)
