"""Every idea as CSV: board, cluster, idea, author, colour, then one column of dots per
dot vote on ideas (named after the vote). UTF-8 with a BOM and semicolons by default,
which a French spreadsheet opens as columns with its accents; a comma or a tab on
request. Headers and colour names are in the workshop's language ("jaune" in a French
workshop). `storage.idea_files` reads this file back as the same ideas and authors.

Formula neutralisation: a spreadsheet runs a cell that starts with = + - @ (or a tab or
carriage return) as a formula, which can fetch a web address or run a command
(OWASP, "CSV injection"). Every such cell starts with an apostrophe in the file: the
spreadsheet shows it as text and never runs it. So a phone number "+33 6 12 34 56 78"
reads '+33 6 12 34 56 78 (README, "Ideas in a spreadsheet"); reading the file back
into Facilitator takes the apostrophe off.

With names left out (`export.names`, `--no-names`) the author column is not there at
all: board, cluster, idea, colour, then the dots; read back, the ideas have no author.
"""

from __future__ import annotations

import csv
import io

from facilitator.domain import board
from facilitator.domain.records import Ballot, Board, VoteOption, VoteSession
from facilitator.domain.workshop import Workshop
from facilitator.export.names import NameRule, Names
from facilitator.export.synthesis_words import sword
from facilitator.export.words import COLOUR_NAMES, labelled, word

SEPARATORS = {"semicolon": ";", "comma": ",", "tab": "\t"}
# What makes a spreadsheet read a cell as a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral(text: str) -> str:
    """`text` as a cell no spreadsheet runs: a leading ' before a formula start, and
    before apostrophes that lead to one ('=x becomes ''=x), so that reading the file
    back takes exactly one apostrophe off (storage/idea_files.py)."""
    return "'" + text if text.lstrip("'").startswith(FORMULA_STARTS) else text


def header(workshop: Workshop, names: Names = Names.AS_TYPED) -> list[str]:
    """The header row: Tableau, Regroupement, Idée, Auteur, Couleur, then one
    "Gommettes : <vote>" per dot vote on ideas (English: Board … Dots: <vote>); no
    Auteur when `names` is Names.LEFT_OUT."""
    language = workshop.info.language
    keys: tuple[str, ...] = ("board", "cluster", "idea", "author")
    if not NameRule(workshop, names).authors_shown:
        keys = keys[:-1]
    columns = [sword(language, k) for k in keys]
    columns.append(word(language, "colour"))
    dots = word(language, "dots")
    return columns + [neutral(labelled(language, dots, v.title)) for v in dot_votes(workshop)]


def dot_votes(workshop: Workshop) -> list[VoteSession]:
    """The dot votes whose options are ideas, in the workshop's order: one column each."""
    return [v for v in workshop.all(VoteSession) if v.method == "dots" and v.target_kind == "ideas"]


def ideas_csv(workshop: Workshop, separator: str = ";", *, names: Names = Names.AS_TYPED) -> bytes:
    """Every idea of every board, in the wall's order, as CSV bytes (UTF-8 with a BOM,
    CRLF lines, `separator` between cells). A dots cell is empty when the idea was not
    put to that vote, else the sum of its dots there (negative dots included). With
    `names` Names.LEFT_OUT, no author column (export.names)."""
    authors = NameRule(workshop, names).authors_shown
    language = workshop.info.language
    votes = dot_votes(workshop)
    column = {vote.id: n for n, vote in enumerate(votes)}
    options = {o.id: o for o in workshop.unordered(VoteOption) if o.vote_id in column}
    dots: dict[str, list[int | None]] = {}
    for option in options.values():
        dots.setdefault(option.target_id, [None] * len(votes))[column[option.vote_id]] = 0
    for ballot in workshop.unordered(Ballot):
        voted = options.get(ballot.option_id)
        if voted is not None:
            counts = dots[voted.target_id]
            counts[column[voted.vote_id]] = (counts[column[voted.vote_id]] or 0) + ballot.dots
    colours = COLOUR_NAMES[language]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow(header(workshop, names))
    for found in workshop.all(Board):  # in the wall's order, as the synthesis lists them
        for cluster, ideas in board.grouped_ideas(workshop, found.id):
            for idea in ideas:
                counts = dots.get(idea.id, [None] * len(votes))
                row: list[str | int] = [
                    neutral(found.title),
                    neutral(cluster.name if cluster is not None else ""),
                    neutral(idea.text),
                ]
                if authors:
                    row.append(neutral(idea.author))
                row.append(colours.get(idea.color, colours[board.DEFAULT_COLOUR]))
                writer.writerow([*row, *("" if n is None else n for n in counts)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
