"""How each export's time grows with its text (issue 22): curves, not single figures.

Each export is timed at three sizes of one kind of text, in a fresh process of its own,
after a warm-up: the CPU time of the process (the machine's load does not enter it: the
exports run in one thread), the fastest of `REPEATS` runs or more. The curve's exponent
is the slope of log(time - base) against log(size), least squares over the three
points, where `base` is the same export of the same workshop without that text (its
fixed cost: fonts, page furniture). A slope of 1 is linear, 2 quadratic; n log n over
these sizes has a slope near 1.15. The row says "linear" up to LINEAR, "n log n" up to
N_LOG_N, else "worse", with the slope.

The inputs respect the records' limits, so that they are texts a user can type:
- lines: 100, 1,000, 10,000 lines of one letter each. An idea or a card field holds at
  most records.LONG = 10,000 characters, so 5,000 such lines (`IDEA_LINES`): the
  10,000 lines are two ideas (two fields of one card) of 5,000 lines each. An
  activity's instructions hold at most 5,000 characters, 2,500 lines
  (`INSTRUCTION_LINES`): the 10,000 lines are four activities of 2,500 lines each.
- ideas: 1,000, 5,000, 20,000 ideas of one line each (« Idée numéro n : … », 55
  characters), on one board, in clusters of 25.

python -m tests.bench --only growth    the rows, printed
python -m tests.bench.growth [CURVE]   the same, or one curve (see CURVES), printed
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from facilitator.domain import agenda, board, card_template, cards
from facilitator.domain.changes import ChangeSet, RowChange, insert, update
from facilitator.domain.factory import new_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.records import LONG, AgendaItem, Cluster, Day, Idea, replaced
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop

ROOT = Path(__file__).resolve().parents[2]
LINE_SIZES = (100, 1_000, 10_000)
IDEA_SIZES = (1_000, 5_000, 20_000)
IDEA_LINES = LONG // 2  # one letter and its line break: 5,000 lines in 9,999 characters
INSTRUCTION_LINES = 5_000 // 2  # AgendaItem.participant_instructions: 5,000 characters
CLUSTER = 25  # ideas a cluster, in the ideas curve
REPEATS = 3  # runs at least, each size; more, up to MOST, until ENOUGH seconds are spent
ENOUGH, MOST = 0.5, 50
LINEAR, N_LOG_N = 1.1, 1.3  # the slopes that still read as linear, as n log n


def lines_text(count: int, start: int = 0) -> str:
    """`count` lines of one letter each (a, b, c, … z, a, …), 2 × count − 1 characters."""
    return "\n".join(chr(ord("a") + (start + n) % 26) for n in range(count))


def pieces(total: int, most: int) -> list[int]:
    """`total` lines as records of at most `most` lines each, in order."""
    return [min(most, total - start) for start in range(0, total, most)]


def idea_lines(total: int) -> Workshop:
    """One board whose ideas hold `total` lines, IDEA_LINES at most each."""
    workshop = new_workshop("Atelier")
    changes, board_id = board.add_board(workshop, "Mur")
    workshop.apply(changes)
    texts = [lines_text(count) for count in pieces(total, IDEA_LINES)]
    workshop.apply(board.capture_signed(workshop, board_id, [(t, "") for t in texts])[0])
    return workshop


def card_lines(total: int) -> Workshop:
    """One prototype card whose fields hold `total` lines, IDEA_LINES at most each (the
    default template has five fields)."""
    workshop = new_workshop("Atelier")
    changes, card_id = cards.create_card(workshop, "Prototype")
    workshop.apply(changes)
    fields = card_template.fields_of(workshop)
    for field, count in zip(fields, pieces(total, IDEA_LINES), strict=False):
        workshop.apply(cards.set_value(workshop, card_id, field.id, lines_text(count)))
    return workshop


def instruction_lines(total: int) -> Workshop:
    """Activities whose participants' instructions hold `total` lines, INSTRUCTION_LINES
    at most each (at least one activity, with no instructions when `total` is 0)."""
    workshop = new_workshop("Atelier")
    day = workshop.all(Day)[0]
    for count in pieces(total, INSTRUCTION_LINES) or [0]:
        item = AgendaItem(id=new_id(), day_id=day.id, duration_min=15)
        item = with_values(item, title="Consignes", participant_instructions=lines_text(count))
        workshop.apply(agenda.add_item(workshop, item))
    return workshop


def many_ideas(count: int) -> Workshop:
    """One board of `count` one-line ideas, in clusters of CLUSTER (made in one change
    set: `board.create_cluster` arranges the whole board each time, which is not what
    is measured here)."""
    workshop = new_workshop("Atelier")
    changes, board_id = board.add_board(workshop, "Mur")
    workshop.apply(changes)
    texts = [f"Idée numéro {n} : un service d’accueil en milieu rural" for n in range(count)]
    workshop.apply(board.capture(workshop, board_id, texts)[0])
    ideas = workshop.where(Idea, board_id=board_id)
    made: list[RowChange] = []
    for number, first in enumerate(range(0, count, CLUSTER)):
        cluster = with_values(
            Cluster(id=new_id(), board_id=board_id, position=number), name=f"Regroupement {number}"
        )
        made.append(insert(cluster))
        for position, idea in enumerate(ideas[first : first + CLUSTER]):
            after = replaced(idea, {"cluster_id": cluster.id, "position": position})
            made.append(update(idea, after))
    workshop.apply(ChangeSet.of(made))
    return workshop


@dataclass(frozen=True)
class Curve:
    label: str  # the row's text: what is exported, and what grows
    export: str  # an expression of `workshop`, the export's bytes or text
    builder: str  # a function of this module: size -> Workshop
    sizes: tuple[int, ...]
    unit: str  # what the sizes count


_SYNTHESIS = "synthesis_pdf(workshop)"
_SYNTHESIS_MD = "synthesis_markdown(workshop)"
_CSV = "ideas_csv(workshop)"
_CARDS = "cards_pdf(workshop)"
_AGENDA = 'agenda_pdf(workshop, "facilitator")'
_AGENDA_MD = 'agenda_markdown(workshop, "facilitator")'
IN_IDEAS = "lines in ideas of 5,000 at most"
CURVES: dict[str, Curve] = {
    "synthesis-lines": Curve("synthesis PDF", _SYNTHESIS, "idea_lines", LINE_SIZES, IN_IDEAS),
    "synthesis-md-lines": Curve(
        "synthesis Markdown", _SYNTHESIS_MD, "idea_lines", LINE_SIZES, IN_IDEAS
    ),
    "csv-lines": Curve("ideas CSV", _CSV, "idea_lines", LINE_SIZES, IN_IDEAS),
    "cards-lines": Curve(
        "cards PDF", _CARDS, "card_lines", LINE_SIZES, "lines in card fields of 5,000 at most"
    ),
    "agenda-lines": Curve(
        "agenda PDF (facilitator)",
        _AGENDA,
        "instruction_lines",
        LINE_SIZES,
        "lines in instructions of 2,500 at most",
    ),
    "agenda-md-lines": Curve(
        "agenda Markdown (facilitator)",
        _AGENDA_MD,
        "instruction_lines",
        LINE_SIZES,
        "lines in instructions of 2,500 at most",
    ),
    "synthesis-ideas": Curve("synthesis PDF", _SYNTHESIS, "many_ideas", IDEA_SIZES, "ideas"),
    "synthesis-md-ideas": Curve(
        "synthesis Markdown", _SYNTHESIS_MD, "many_ideas", IDEA_SIZES, "ideas"
    ),
    "csv-ideas": Curve("ideas CSV", _CSV, "many_ideas", IDEA_SIZES, "ideas"),
}

SCRIPT = """
import json, sys, time
from facilitator.export.agenda_pdf import agenda_pdf
from facilitator.export.cards_pdf import cards_pdf
from facilitator.export.ideas_csv import ideas_csv
from facilitator.export.markdown import agenda_markdown
from facilitator.export.synthesis_md import synthesis_markdown
from facilitator.export.synthesis_pdf import synthesis_pdf
from tests.bench import growth
build = getattr(growth, BUILDER)
def timed(size, least):
    workshop = build(size)
    times = []
    while len(times) < least or (sum(times) < ENOUGH and len(times) < MOST):
        start = time.process_time()
        EXPORT
        times.append(time.process_time() - start)
    return min(times)
timed(0, 1)  # warm-up: fonts registered, modules loaded
base = timed(0, REPEATS)
print(json.dumps({"base": base, "times": [timed(size, REPEATS) for size in SIZES]}))
"""


def measure(curve: Curve) -> tuple[float, list[float]]:
    """The base time and the time at each of the curve's sizes, in CPU seconds (the
    fastest run), from a fresh process."""
    script = (
        SCRIPT.replace("BUILDER", repr(curve.builder))
        .replace("EXPORT", curve.export)
        .replace("REPEATS", str(REPEATS))
        .replace("ENOUGH", str(ENOUGH))
        .replace("MOST", str(MOST))
        .replace("SIZES", repr(curve.sizes))
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return float(figures["base"]), [float(t) for t in figures["times"]]


def slope(sizes: tuple[int, ...], times: list[float], base: float) -> float:
    """The least-squares slope of log(time − base) against log(size); a time at or
    below `base` counts as 0.1 ms above it."""
    xs = [math.log(size) for size in sizes]
    ys = [math.log(max(time - base, 1e-4)) for time in times]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return covariance / sum((x - mean_x) ** 2 for x in xs)


def verdict(exponent: float) -> str:
    """Linear, n log n or worse, for a fitted exponent."""
    if exponent <= LINEAR:
        return f"linear (n^{exponent:.2f})"
    if exponent <= N_LOG_N:
        return f"n log n (n^{exponent:.2f})"
    return f"worse: n^{exponent:.2f}"


def _seconds(value: float) -> str:
    if value < 0.01:
        return f"{value * 1000:.2f} ms"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def row(curve: Curve) -> tuple[str, str, str, str]:
    """One curve's row: what, the three times, the base, the verdict."""
    base, times = measure(curve)
    sizes = " / ".join(f"{size:,}" for size in curve.sizes)
    micro = (times[-1] - base) / curve.sizes[-1] * 1e6  # each unit's share, at the largest
    each = f"{micro:.2g} µs" if micro < 10 else f"{micro:,.0f} µs"
    return (
        f"{curve.label}, {sizes} {curve.unit} (fastest CPU time, fresh process)",
        " / ".join(_seconds(t) for t in times) + f" ({each} each at the largest)",
        f"{_seconds(base)} without them",
        verdict(slope(curve.sizes, times, base)),
    )


def run(names: tuple[str, ...] = tuple(CURVES)) -> list[tuple[str, str, str, str]]:
    """The rows of the curves named (every curve by default)."""
    return [row(CURVES[name]) for name in names]


if __name__ == "__main__":
    chosen = tuple(sys.argv[1:]) or tuple(CURVES)
    for line in run(chosen):
        print(" | ".join(line))
