"""A quick poll for the room, on the projector (issue 19): white on near-black, in the
workshop's language (the room's, whatever the laptop's: `room_words`), plain text only.

What the room sees follows the poll's status:
- before its results are revealed: the question, « Répondez sur votre téléphone » (or
  that the answers are closed, or that the poll opens in a moment) and how many answered;
- revealed, a scale or a choice: a histogram, a column per option with its count above
  and its label under (side by side rows instead when there are more than
  `MOST_COLUMNS` options, or labels too long for columns), and for a scale the mean,
  large, and the number of answers;
- revealed, words: a word cloud, each word sized by how many gave it, laid out in centred
  lines (the most frequent in the middle), never overlapping, never cut: a word wider
  than the screen wraps inside itself, right-to-left scripts keep their order, emoji are
  measured with the font that draws them. At most `MOST_WORDS` words; when fewer fit at
  the room's floor, the most frequent are shown and the last line says how many are not;
- revealed, texts: the texts on cards, down columns of `TEXT_LINE_CHARS` characters a
  line or more, as large as lets them all fit; at the floor, on further pages
  (« Page 2/5 ») which the facilitator pages through.

Every text is at the room's floor at least (`readable.floor_px`: 3 % of the screen's
height). The layout is computed as a list of `Shape`s (a box, a text, a size) for the
widget's size: painted as they are, and read by the tests (no overlap, nothing cut).
Measured (tests/ui/test_polls.py): 300 different words (Arabic, Hebrew, emoji,
a 44-letter word) show their 100 most frequent at 800x600, 1280x720, 1920x1080 and
3840x2160, every pixel drawn inside its word's box; laid out in 29 to 58 ms here. 60
texts of 500 characters take 30 pages at the floor (each whole), of 100 characters 8.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from facilitator.domain.messages import QT_TRANSLATE_NOOP, Message, MessageText, message
from facilitator.domain.records import Language, PollKind, PollStatus
from facilitator.paths import resources_dir
from facilitator.translations import LOCALES
from facilitator.ui.fitted_text import (
    LINE_SPACING,
    SMALLEST_PX,
    laid_out,
    layout_height,
    shortened,
)
from facilitator.ui.readable import floor_px, screen_height
from facilitator.ui.run.projector import room_words

BACKGROUND = QColor("#101418")
WHITE = "#ffffff"
MUTED = "#bbbbbb"
ACCENT = "#ffe08a"  # the mean and the count of answers: set apart, 13:1 on the background
BAR = QColor("#8585f6")
TOP_BAR = QColor("#c3c3fb")  # the option most given
CARD = QColor("#1d2530")  # behind each free text
# The word cloud's colours, by rank of frequency (each 7:1 or more on the background).
WORD_COLOURS = ("#ffffff", "#ffe08a", "#c3c3fb", "#9fe3b8", "#ffc2b3")

# Sizes, as shares of the screen's height (the window's: it fills the projector).
QUESTION_SHARE = 0.08  # the question, before the reveal
QUESTION_RESULTS_SHARE = 0.055  # the question, above the results
QUESTION_ROOM = 0.5  # of the height: the question's box before the reveal
QUESTION_RESULTS_ROOM = 0.2  # ... above the results (longer: shortened with "…")
ASK_SHARE = 0.055  # « Répondez sur votre téléphone »
COUNT_SHARE = 0.11  # how many answered, before the reveal
MEAN_SHARE = 0.09  # the scale's mean, large
SUMMARY_SHARE = 0.045  # the number of answers, under the mean
CHART_TEXT_SHARE = 0.06  # a histogram's counts and labels at most
TEXTS_SHARE = 0.05  # the free texts at most
WORD_LARGEST_SHARE = 0.16  # the most frequent word at most
MARGIN_X, MARGIN_Y = 0.04, 0.035  # of the width, of the height (projectors cut edges)

MOST_COLUMNS = 7  # more options than this: rows side by side instead of columns
LABEL_LINES = 3  # a column's label on at most this many lines (else rows)
ROW_LABEL_LINES = 2  # a row's label on at most this many lines (else shortened, "…")
ROW_LABEL_SHARE = 0.4  # of the chart's width: a row's label
BAR_ROOM = 0.35  # the columns' bars keep at least this share of the chart's height
MOST_WORDS = 100  # a cloud of more words is not read; the panel lists them all
# When some words do not fit at the floor, the most frequent still stands out: this
# many times the floor (the same size for all when all were given as often).
WORD_SPREAD = 1.6
WORD_GAP = 0.45  # between two words of a line, a share of the floor
LINE_GAP = 0.12  # between two lines of words, a share of the floor
WORD_PAD = 0.12  # left and right of a word, a share of its size: its glyphs' overhang
# Above and below a word, a share of its size: marks drawn past the font's line (Arabic
# below it, measured: 1 px at 96 px past a 112-px line).
WORD_PAD_Y = 0.06
TEXT_GAP = 0.5  # between two free texts, a share of their size
# Free texts go in columns of this many average characters a line at least (a longer
# line is hard to follow from the back of a room), at most `MOST_TEXT_COLUMNS`.
TEXT_LINE_CHARS = 40
MOST_TEXT_COLUMNS = 3

ABSOLUTE_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute

_ANSWER_ON_PHONE = QT_TRANSLATE_NOOP("ProjectedPoll", "Answer on your phone")
_NOT_OPEN = QT_TRANSLATE_NOOP("ProjectedPoll", "The poll opens in a moment")
_CLOSED = QT_TRANSLATE_NOOP("ProjectedPoll", "Answers are closed")
_ANSWERS = QT_TRANSLATE_NOOP("ProjectedPoll", "Answers: {count}")
_ANSWERS_PAPER = QT_TRANSLATE_NOOP("ProjectedPoll", "Answers: {count} (of which {paper} on paper)")
_MEAN = QT_TRANSLATE_NOOP("ProjectedPoll", "Mean: {mean} out of {top}")
_NO_ANSWER = QT_TRANSLATE_NOOP("ProjectedPoll", "No answer yet")
_MORE_WORDS = QT_TRANSLATE_NOOP("ProjectedPoll", "Words not shown here: {count}")
_PAGE = QT_TRANSLATE_NOOP("ProjectedPoll", "Page {page}/{pages}")


_symbols: list[int] = []  # the id Qt gave the symbol font, once loaded


def load_symbol_font() -> bool:
    """Symbola (shipped for the PDFs, resources/fonts) made one of Qt's fonts, once per
    process: Qt then draws with it the emoji and symbols that the system's fonts lack
    (the météo's 🌧️ ⛈️ showed as empty boxes on a Debian laptop). False if it cannot be
    loaded (the boxes stay, the layout is measured with them all the same)."""
    if not _symbols:
        _symbols.append(
            QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "Symbola.ttf"))
        )
    return _symbols[0] >= 0


@dataclass(frozen=True)
class Bar:
    """One option of a scale or a choice: its label and how many gave it (phones and
    paper together)."""

    label: str
    count: int


@dataclass(frozen=True)
class PollPicture:
    """What the room is shown of one poll. `answers`: the people counted (phones and
    paper), `paper` those of them from paper or a show of hands; `bars` the options in
    order (scale, choice); `mean` and `top` the scale's mean and highest value; `words`
    (word, how many gave it), most given first; `texts` the free texts in order."""

    question: str = ""
    kind: PollKind = "scale"
    status: PollStatus = "draft"
    answers: int = 0
    paper: int = 0
    bars: tuple[Bar, ...] = ()
    mean: float | None = None
    top: int = 0
    words: tuple[tuple[str, int], ...] = ()
    texts: tuple[str, ...] = ()
    language: Language = "fr"


@dataclass(frozen=True)
class Shape:
    """One thing drawn: a text ("question", "ask", "count", "mean", "summary",
    "bar_count", "label", "word", "text", "more", "page") in `box` at `px` pixels, or a
    filled box ("bar", "card") with no text."""

    kind: str
    box: QRectF
    text: str = ""
    px: int = 0
    bold: bool = False
    colour: str = WHITE
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    wrap: float = 0.0  # a word: the width its text is laid out in (0: the box's)


@dataclass
class Screen:
    """The layout at one size: the shapes, the smallest text drawn (px), the pages (free
    texts) and the words left out of the cloud."""

    shapes: list[Shape]
    pages: int = 1
    hidden_words: int = 0

    def text_px(self) -> int:
        """The smallest text drawn (0 when none)."""
        return min((shape.px for shape in self.shapes if shape.text), default=0)


@dataclass(frozen=True)
class _Word:
    text: str
    count: int
    px: int
    width: float  # the text's own width, without the padding
    height: float


def _font(base: QFont, pixels: int, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, pixels))
    font.setBold(bold)
    return font


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _fit(
    text: str,
    base: QFont,
    width: float,
    height: float,
    sizes: tuple[int, int],
    *,
    bold: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> tuple[int, str, float]:
    """(size, text drawn, height used): the largest size in `sizes` (smallest, largest)
    at which `text` wrapped at `width` fits `height`; else the smallest, the text
    shortened with "…"."""
    low, high = sizes
    high = max(low, high)
    best = 0
    while low <= high:
        middle = (low + high) // 2
        if layout_height(laid_out(text, _font(base, middle, bold=bold), width, align)) <= height:
            best, low = middle, middle + 1
        else:
            high = middle - 1
    if best:
        font = _font(base, best, bold=bold)
        return best, text, layout_height(laid_out(text, font, width, align))
    font = _font(base, sizes[0], bold=bold)
    short = shortened(text, font, width, height, align)
    return sizes[0], short, min(height, layout_height(laid_out(short, font, width, align)))


def _lines(text: str, font: QFont, width: float) -> tuple[int, float, float]:
    """(lines, widest line, height) of `text` wrapped at `width`."""
    layout = laid_out(text, font, width, ABSOLUTE_LEFT)
    widest = max(
        (layout.lineAt(n).naturalTextWidth() for n in range(layout.lineCount())), default=0
    )
    return layout.lineCount(), widest, layout_height(layout)


class ProjectedPoll(QWidget):
    """`show_poll` gives what to show; the layout follows the widget's size."""

    def __init__(self) -> None:
        super().__init__()
        load_symbol_font()
        self.setObjectName("projectedPoll")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.picture = PollPicture()
        self.page_number = 0
        self._screen: Screen | None = None
        self._laid: tuple[QSize, int] | None = None
        self._measured: dict[tuple[str, int, bool, int], tuple[int, float, float]] = {}

    # -- what is shown --------------------------------------------------------------
    def show_poll(self, picture: PollPicture) -> None:
        """Show `picture` (the page shown is kept: the last one if there are fewer)."""
        if picture != self.picture:
            self.picture = picture
            self._screen = None
            if len(self._measured) > 20_000:  # a long day of polls: measured again
                self._measured.clear()
            self.update()

    def floor_px(self) -> int:
        """The smallest text the room can read on the screen this is shown on."""
        return floor_px(screen_height(self))

    def shown(self) -> Screen:
        """The layout at the widget's size, for the page shown."""
        key = (self.size(), self.page_number)
        if self._screen is None or self._laid != key:
            self._screen = self._layout()
            self._laid = key
            if self.page_number >= self._screen.pages:  # fewer pages now
                self.page_number = self._screen.pages - 1
                self._screen = self._layout()
                self._laid = (self.size(), self.page_number)
        return self._screen

    def shapes(self, kind: str | None = None) -> list[Shape]:
        """The shapes drawn now (of one kind if given)."""
        return [s for s in self.shown().shapes if kind is None or s.kind == kind]

    def text(self) -> str:
        """Every text drawn, one a line (what the room reads)."""
        return "\n".join(s.text for s in self.shown().shapes if s.text)

    def text_px(self) -> int:
        return self.shown().text_px()

    def page_count(self) -> int:
        return self.shown().pages

    def next_page(self) -> None:
        """The following page of texts, or the first after the last one."""
        pages = self.page_count()
        self.page_number = self.page_number + 1 if self.page_number + 1 < pages else 0
        self.update()

    def previous_page(self) -> None:
        if self.page_number > 0:
            self.page_number -= 1
            self.update()

    def first_page(self) -> None:
        self.page_number = 0
        self.update()

    def _say(self, text: MessageText, **params: object) -> str:
        said: Message = message(text, **params)
        return room_words(self.picture.language).render(said)

    # -- laying out -----------------------------------------------------------------
    def _area(self) -> QRectF:
        width, height = float(max(self.width(), 1)), float(max(self.height(), 1))
        left, top = width * MARGIN_X, height * MARGIN_Y
        return QRectF(left, top, width - 2 * left, height - 2 * top)

    def _share(self, share: float) -> int:
        return max(self.floor_px(), round(screen_height(self) * share))

    def _layout(self) -> Screen:
        picture = self.picture
        if picture.status != "revealed":
            return self._waiting()
        if picture.kind in ("scale", "choice"):
            return self._histogram()
        if picture.kind == "words":
            return self._cloud()
        return self._texts()

    def _text_shape(
        self,
        kind: str,
        text: str,
        box: QRectF,
        share: float,
        *,
        bold: bool = False,
        colour: str = WHITE,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter,
    ) -> Shape:
        """`text` fitted in `box` (as large as `share` of the screen at most), the box
        shrunk to the lines drawn."""
        sizes = (self.floor_px(), self._share(share))
        px, shown, used = _fit(
            text, self.font(), box.width(), box.height(), sizes, bold=bold, align=align
        )
        return Shape(
            kind, QRectF(box.left(), box.top(), box.width(), used), shown, px, bold, colour, align
        )

    def _waiting(self) -> Screen:
        """Before the reveal: the question, what to do, how many answered; centred."""
        picture, area = self.picture, self._area()
        height = area.height()
        question = self._text_shape(
            "question",
            picture.question,
            QRectF(area.left(), 0, area.width(), height * QUESTION_ROOM),
            QUESTION_SHARE,
            bold=True,
        )
        ask_text = {"open": _ANSWER_ON_PHONE, "closed": _CLOSED}.get(picture.status, _NOT_OPEN)
        ask = self._text_shape(
            "ask",
            self._say(ask_text),
            QRectF(area.left(), 0, area.width(), height * 0.18),
            ASK_SHARE,
            colour=MUTED,
        )
        count = self._text_shape(
            "count",
            self._answers_text(),
            QRectF(area.left(), 0, area.width(), height * 0.2),
            COUNT_SHARE,
            bold=True,
            colour=ACCENT,
        )
        gap = height * 0.05
        blocks = [question, ask, count] if picture.question else [ask, count]
        total = sum(b.box.height() for b in blocks) + gap * (len(blocks) - 1)
        y = area.top() + max(0.0, (height - total) / 2)
        shapes = []
        for block in blocks:
            box = QRectF(block.box.left(), y, block.box.width(), block.box.height())
            shapes.append(
                Shape(block.kind, box, block.text, block.px, block.bold, block.colour, block.align)
            )
            y += box.height() + gap
        return Screen(shapes)

    def _answers_text(self) -> str:
        picture = self.picture
        if picture.paper:
            return self._say(_ANSWERS_PAPER, count=picture.answers, paper=picture.paper)
        return self._say(_ANSWERS, count=picture.answers)

    def _header(self) -> tuple[list[Shape], float]:
        """Above the results: the question, the mean (scales), the number of answers;
        and where the results start."""
        picture, area = self.picture, self._area()
        shapes: list[Shape] = []
        y = area.top()
        left = Qt.AlignmentFlag.AlignLeft
        if picture.question:
            question = self._text_shape(
                "question",
                picture.question,
                QRectF(area.left(), y, area.width(), area.height() * QUESTION_RESULTS_ROOM),
                QUESTION_RESULTS_SHARE,
                bold=True,
                align=left,
            )
            shapes.append(question)
            y += question.box.height() + self.floor_px() * 0.4
        if picture.kind == "scale" and picture.mean is not None:
            mean_text = LOCALES[picture.language].toString(picture.mean, "f", 1)
            mean = self._text_shape(
                "mean",
                self._say(_MEAN, mean=mean_text, top=picture.top),
                QRectF(area.left(), y, area.width(), area.height() * 0.16),
                MEAN_SHARE,
                bold=True,
                colour=ACCENT,
                align=left,
            )
            shapes.append(mean)
            y += mean.box.height()
        summary = self._text_shape(
            "summary",
            self._answers_text() if picture.answers else self._say(_NO_ANSWER),
            QRectF(area.left(), y, area.width(), area.height() * 0.12),
            SUMMARY_SHARE,
            colour=MUTED,
            align=left,
        )
        shapes.append(summary)
        y += summary.box.height() + self.floor_px() * 0.6
        return shapes, y

    # -- a histogram --------------------------------------------------------------------
    def _histogram(self) -> Screen:
        shapes, top = self._header()
        area = self._area()
        chart = QRectF(area.left(), top, area.width(), area.bottom() - top)
        bars = self.picture.bars
        if not bars or chart.height() <= 0:
            return Screen(shapes)
        columns = self._columns(chart) if len(bars) <= MOST_COLUMNS else None
        return Screen(shapes + (columns if columns is not None else self._rows(chart)))

    def _columns(self, chart: QRectF) -> list[Shape] | None:
        """A column per option: its count above its bar, its label under it; the largest
        text at which every label takes `LABEL_LINES` lines at most and the bars keep
        `BAR_ROOM` of the chart. None when no size fits (rows then)."""
        bars = self.picture.bars
        column = chart.width() / len(bars)
        label_width = column * 0.92
        low, high = self.floor_px(), self._share(CHART_TEXT_SHARE)
        best: tuple[int, float] | None = None
        while low <= high:
            middle = (low + high) // 2
            font = _font(self.font(), middle)
            measured = [self._measure(_one_line(b.label), font, label_width) for b in bars]
            labels = max((h for _n, _w, h in measured), default=0.0)
            digits = QFontMetricsF(_font(self.font(), middle, bold=True))
            widest_count = max(digits.horizontalAdvance(str(b.count)) for b in bars)
            fits = (
                all(n <= LABEL_LINES for n, _w, _h in measured)
                and widest_count <= label_width
                and chart.height() - labels - digits.height() * 1.2 >= chart.height() * BAR_ROOM
            )
            if fits:
                best, low = (middle, labels), middle + 1
            else:
                high = middle - 1
        if best is None:
            return None
        px, labels_height = best
        count_font = _font(self.font(), px, bold=True)
        count_height = QFontMetricsF(count_font).height()
        base_line = chart.bottom() - labels_height - px * 0.3
        room = base_line - chart.top() - count_height * 1.1
        most = max(b.count for b in bars)
        shapes: list[Shape] = []
        centre = Qt.AlignmentFlag.AlignHCenter
        for number, bar in enumerate(bars):
            left = chart.left() + number * column
            height = room * bar.count / most if most else 0.0
            height = max(height, 3.0)  # a zero is a line on the axis, not nothing
            width = column * 0.62
            fill = QRectF(left + (column - width) / 2, base_line - height, width, height)
            colour = TOP_BAR.name() if most and bar.count == most else BAR.name()
            shapes.append(Shape("bar", fill, colour=colour))
            shapes.append(
                Shape(
                    "bar_count",
                    QRectF(left, fill.top() - count_height * 1.05, column, count_height),
                    str(bar.count),
                    px,
                    True,
                    WHITE,
                    centre,
                )
            )
            label_font = _font(self.font(), px)
            _lines_n, _widest, label_height = self._measure(
                _one_line(bar.label), label_font, label_width
            )
            shapes.append(
                Shape(
                    "label",
                    QRectF(
                        left + (column - label_width) / 2,
                        base_line + px * 0.3,
                        label_width,
                        label_height,
                    ),
                    _one_line(bar.label),
                    px,
                    False,
                    WHITE,
                    centre,
                )
            )
        return shapes

    def _rows(self, chart: QRectF) -> list[Shape]:
        """A row per option: its label (`ROW_LABEL_LINES` lines at most, one when that
        does not fit at the floor; else "…"), its bar, its count; the largest text at
        which every row fits the chart."""
        bars = self.picture.bars
        label_width = chart.width() * ROW_LABEL_SHARE

        def height(pixels: int, most_lines: int) -> float:
            font = _font(self.font(), pixels)
            line = QFontMetricsF(font).height()
            rows = 0.0
            for bar in bars:
                lines = min(most_lines, self._measure(_one_line(bar.label), font, label_width)[0])
                rows += line * (lines + (lines - 1) * (LINE_SPACING - 1)) + pixels * 0.3
            return rows

        best, most_lines = 0, ROW_LABEL_LINES
        for most_lines in (ROW_LABEL_LINES, 1):
            low, high = self.floor_px(), self._share(CHART_TEXT_SHARE)
            while low <= high:
                middle = (low + high) // 2
                if height(middle, most_lines) <= chart.height():
                    best, low = middle, middle + 1
                else:
                    high = middle - 1
            if best:
                break
        best = best or self.floor_px()
        font = _font(self.font(), best)
        line_height = QFontMetricsF(font).height()
        count_font = _font(self.font(), best, bold=True)
        counts = QFontMetricsF(count_font)
        count_width = max(counts.horizontalAdvance(str(b.count)) for b in bars) + best
        room = chart.width() - label_width - count_width - best
        most = max(b.count for b in bars)
        shapes: list[Shape] = []
        y = chart.top()
        for bar in bars:
            label = _one_line(bar.label)
            lines, _widest, tall = self._measure(label, font, label_width)
            if lines > most_lines:
                tall = line_height * (most_lines + (most_lines - 1) * (LINE_SPACING - 1))
                label = shortened(label, font, label_width, tall + 1, Qt.AlignmentFlag.AlignLeft)
                tall = layout_height(laid_out(label, font, label_width, Qt.AlignmentFlag.AlignLeft))
            row = max(tall, line_height)
            shapes.append(Shape("label", QRectF(chart.left(), y, label_width, tall), label, best))
            length = max(room * bar.count / most if most else 0.0, 3.0)
            left = chart.left() + label_width + best * 0.5
            fill = QRectF(left, y + row * 0.15, length, row * 0.7)
            colour = TOP_BAR.name() if most and bar.count == most else BAR.name()
            shapes.append(Shape("bar", fill, colour=colour))
            shapes.append(
                Shape(
                    "bar_count",
                    QRectF(
                        fill.right() + best * 0.4,
                        y + (row - counts.height()) / 2,
                        count_width,
                        counts.height(),
                    ),
                    str(bar.count),
                    best,
                    True,
                )
            )
            y += row + best * 0.3
        return shapes

    def _measure(self, text: str, font: QFont, width: float) -> tuple[int, float, float]:
        """(lines, widest line, height) of `text` at `font` wrapped at `width`, cached."""
        key = (text, font.pixelSize(), font.bold(), round(width * 4))
        if key not in self._measured:
            self._measured[key] = _lines(text, font, width)
        return self._measured[key]

    # -- a word cloud ---------------------------------------------------------------------
    def _cloud(self) -> Screen:
        shapes, top = self._header()
        area = self._area()
        box = QRectF(area.left(), top, area.width(), area.bottom() - top)
        said = [(_one_line(w), c) for w, c in self.picture.words if _one_line(w) and c > 0]
        said.sort(key=lambda pair: (-pair[1], pair[0].casefold()))
        if not said or box.height() <= 0:
            return Screen(shapes)
        words, hidden = self._cloud_words(said, box)
        shapes += words
        if hidden:
            more = self._say(_MORE_WORDS, count=hidden)
            font = _font(self.font(), self.floor_px())
            height = QFontMetricsF(font).height()
            shapes.append(
                Shape(
                    "more",
                    QRectF(box.left(), box.bottom() - height, box.width(), height),
                    more,
                    self.floor_px(),
                    colour=MUTED,
                    align=Qt.AlignmentFlag.AlignRight,
                )
            )
        return Screen(shapes, hidden_words=hidden)

    def _cloud_words(self, said: list[tuple[str, int]], box: QRectF) -> tuple[list[Shape], int]:
        """The words that fit (the most frequent first) and how many do not."""
        floor = self.floor_px()
        largest = max(floor, round(screen_height(self) * WORD_LARGEST_SHARE))
        candidates = said[:MOST_WORDS]
        # The last line says how many words are not shown, when some are not.
        footer = QFontMetricsF(_font(self.font(), floor)).height() + floor * LINE_GAP
        room = QRectF(box.left(), box.top(), box.width(), box.height() - footer)
        whole = box if len(candidates) == len(said) else room
        everything = self._cloud_at(candidates, floor, floor, whole)
        if everything is not None:  # all of them: as large as they fit
            low, high, best = floor + 1, largest, everything
            while low <= high:
                middle = (low + high) // 2
                laid = self._cloud_at(candidates, middle, floor, whole)
                if laid is not None:
                    best, low = laid, middle + 1
                else:
                    high = middle - 1
            return best, len(said) - len(candidates)
        # Not all at the floor: the most frequent that fit, the last line saying the rest.
        low, high, shown = 1, len(candidates) - 1, 0
        chosen: list[Shape] = []
        while low <= high:
            middle = (low + high) // 2
            some = candidates[:middle]
            spread = (
                floor if some[0][1] == some[-1][1] else min(largest, round(floor * WORD_SPREAD))
            )
            laid = self._cloud_at(some, spread, floor, room)
            if laid is not None:
                shown, chosen, low = middle, laid, middle + 1
            else:
                high = middle - 1
        return chosen, len(said) - shown

    def _cloud_at(
        self, said: list[tuple[str, int]], biggest: int, floor: int, box: QRectF
    ) -> list[Shape] | None:
        """The words in centred lines, the most frequent `biggest` px, the least `floor`,
        the others between by the square root of their count; None if they do not fit."""
        if not said or box.height() <= 0:
            return [] if not said else None
        most, least = said[0][1], said[-1][1]
        words: list[_Word] = []
        for text, count in said:
            weight = math.sqrt((count - least) / (most - least)) if most > least else 1.0
            px = round(floor + (biggest - floor) * weight)
            font = _font(self.font(), px, bold=px > floor * 1.3)
            pad = px * WORD_PAD
            _lines_n, width, height = self._measure(text, font, box.width() - 2 * pad)
            words.append(_Word(text, count, px, width, height + 2 * px * WORD_PAD_Y))
        gap = floor * WORD_GAP
        lines: list[list[_Word]] = [[]]
        used = 0.0
        for word in words:
            need = word.width + 2 * word.px * WORD_PAD
            if lines[-1] and used + gap + need > box.width():
                lines.append([])
                used = 0.0
            used += need + (gap if lines[-1] else 0.0)
            lines[-1].append(word)
        heights = [max(w.height for w in line) for line in lines]
        line_gap = floor * LINE_GAP
        total = sum(heights) + line_gap * (len(lines) - 1)
        if total > box.height():
            return None
        # The first line (the most frequent words) in the middle, the next ones above
        # and below in turn; in a line, its most frequent word in the middle.
        order = _centre_out(len(lines))
        y = box.top() + (box.height() - total) / 2
        shapes: list[Shape] = []
        ranks = {id(w): n for n, w in enumerate(words)}
        for index in order:
            line, height = lines[index], heights[index]
            placed = [line[n] for n in _centre_out(len(line))]
            width = sum(w.width + 2 * w.px * WORD_PAD for w in placed) + gap * (len(placed) - 1)
            x = box.left() + (box.width() - width) / 2
            for word in placed:
                pad = word.px * WORD_PAD
                full = word.width + 2 * pad
                rank = ranks[id(word)]
                colour = WORD_COLOURS[
                    min(len(WORD_COLOURS) - 1, rank * len(WORD_COLOURS) // max(len(words), 1))
                ]
                shapes.append(
                    Shape(
                        "word",
                        QRectF(x, y + (height - word.height) / 2, full, word.height),
                        word.text,
                        word.px,
                        word.px > floor * 1.3,
                        colour,
                        ABSOLUTE_LEFT,
                        box.width() - 2 * pad,
                    )
                )
                x += full + gap
            y += height + line_gap
        return shapes

    # -- free texts -----------------------------------------------------------------------
    def _texts(self) -> Screen:
        shapes, top = self._header()
        area = self._area()
        box = QRectF(area.left(), top, area.width(), area.bottom() - top)
        texts = [t.strip() for t in self.picture.texts if t.strip()]
        if not texts or box.height() <= 0:
            return Screen(shapes)
        floor = self.floor_px()
        low, high, size = floor, self._share(TEXTS_SHARE), 0
        while low <= high:  # everything on one page, as large as it fits
            middle = (low + high) // 2
            if len(self._text_pages(texts, middle, box, footer=False)) == 1:
                size, low = middle, middle + 1
            else:
                high = middle - 1
        pages = (
            self._text_pages(texts, size, box, footer=False)
            if size
            else self._text_pages(texts, floor, box, footer=True)
        )
        page = min(self.page_number, len(pages) - 1)
        shapes += pages[page]
        if len(pages) > 1:
            font = _font(self.font(), floor)
            height = QFontMetricsF(font).height()
            shapes.append(
                Shape(
                    "page",
                    QRectF(box.left(), box.bottom() - height, box.width(), height),
                    self._say(_PAGE, page=page + 1, pages=len(pages)),
                    floor,
                    colour=MUTED,
                    align=Qt.AlignmentFlag.AlignRight,
                )
            )
        return Screen(shapes, pages=len(pages))

    def _text_pages(
        self, texts: list[str], px: int, box: QRectF, *, footer: bool
    ) -> list[list[Shape]]:
        """The texts at `px` on cards, down a column then the next (as many columns as
        keep `TEXT_LINE_CHARS` characters a line), page after page (a text taller than
        a page is shortened with "…"); a line kept for the page's number."""
        font = _font(self.font(), px)
        pad = px * 0.35
        bottom = box.bottom()
        if footer:
            bottom -= QFontMetricsF(_font(self.font(), self.floor_px())).height() + px * 0.3
        gutter = float(px)
        line = QFontMetricsF(font).averageCharWidth() * TEXT_LINE_CHARS + 2 * pad
        columns = max(1, min(MOST_TEXT_COLUMNS, int((box.width() + gutter) // (line + gutter))))
        width = (box.width() - gutter * (columns - 1)) / columns
        inner = width - 2 * pad
        pages: list[list[Shape]] = [[]]
        column, y = 0, box.top()
        for text in texts:
            _n, _w, height = self._measure(text, font, inner)
            shown = text
            most = bottom - box.top() - 2 * pad
            if height > most:
                shown = shortened(text, font, inner, most, Qt.AlignmentFlag.AlignLeft)
                height = layout_height(laid_out(shown, font, inner, Qt.AlignmentFlag.AlignLeft))
            card = height + 2 * pad
            if y + card > bottom and y > box.top():  # this column is full: the next one
                column, y = column + 1, box.top()
                if column == columns:
                    pages.append([])
                    column = 0
            left = box.left() + column * (width + gutter)
            pages[-1].append(Shape("card", QRectF(left, y, width, card), px=px))
            pages[-1].append(Shape("text", QRectF(left + pad, y + pad, inner, height), shown, px))
            y += card + px * TEXT_GAP
        return pages

    # -- drawing and keys -------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        screen = self.shown()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        for shape in screen.shapes:
            if not shape.text:
                colour = CARD if shape.kind == "card" else QColor(shape.colour)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                radius = min(shape.box.height(), shape.box.width()) * 0.08
                if shape.kind == "card":  # every card's corners alike
                    radius = min(shape.px * 0.4, shape.box.height() / 2)
                painter.drawRoundedRect(shape.box, radius, radius)
                continue
            font = _font(self.font(), shape.px, bold=shape.bold)
            painter.setPen(QPen(QColor(shape.colour)))
            if shape.kind == "word":
                layout = laid_out(shape.text, font, shape.wrap, shape.align)
                top = shape.box.top() + shape.px * WORD_PAD_Y
                layout.draw(painter, QPointF(shape.box.left() + shape.px * WORD_PAD, top))
                continue
            laid_out(shape.text, font, shape.box.width(), shape.align).draw(
                painter, shape.box.topLeft()
            )
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.next_page()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.previous_page()
        else:
            super().keyPressEvent(event)

    def minimumSizeHint(self) -> QSize:
        """A few words at the smallest size the room can read."""
        metrics = QFontMetricsF(_font(self.font(), SMALLEST_PX))
        return QSize(round(metrics.averageCharWidth() * 12), round(metrics.height() * 6))


def _centre_out(count: int) -> list[int]:
    """Indexes 0..count-1 placed from the middle out: for 5, [3, 1, 0, 2, 4] (0 in the
    middle, 1 before it, 2 after it, ...), read left to right or top to bottom."""
    before = [n for n in range(count) if n % 2 == 1]
    after = [n for n in range(count) if n % 2 == 0]
    return list(reversed(before)) + after


__all__ = ["Bar", "PollPicture", "ProjectedPoll", "Shape"]
