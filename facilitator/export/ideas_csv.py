"""Every idea as CSV: board, cluster, text, author, colour, dots. UTF-8 with a BOM and
semicolons by default, which a French spreadsheet opens as columns with its accents;
a comma or a tab on request. Cells that a spreadsheet would run as a formula are
neutralised (a leading ' before = + - @)."""

from __future__ import annotations

import csv
import io

from facilitator.domain import board
from facilitator.domain.records import Ballot, Board, VoteOption
from facilitator.domain.workshop import Workshop
from facilitator.export.synthesis_words import sword

SEPARATORS = {"semicolon": ";", "comma": ",", "tab": "\t"}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA) else text


def ideas_csv(workshop: Workshop, separator: str = ";") -> bytes:
    language = workshop.info.language
    dots: dict[str, int] = {}
    targets = {o.id: o.target_id for o in workshop.unordered(VoteOption)}
    for ballot in workshop.unordered(Ballot):
        target = targets.get(ballot.option_id)
        if target is not None:
            dots[target] = dots.get(target, 0) + ballot.dots
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    colour = "couleur" if language == "fr" else "colour"
    votes = "gommettes" if language == "fr" else "dots"
    writer.writerow(
        [sword(language, k) for k in ("board", "cluster", "idea", "author")] + [colour, votes]
    )
    for found in workshop.all(Board):  # in the wall's order, as the synthesis lists them
        for cluster, ideas in board.grouped_ideas(workshop, found.id):
            for idea in ideas:
                writer.writerow(
                    [
                        _cell(found.title),
                        _cell(cluster.name if cluster is not None else ""),
                        _cell(idea.text),
                        _cell(idea.author),
                        idea.color,
                        dots.get(idea.id, 0),
                    ]
                )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
