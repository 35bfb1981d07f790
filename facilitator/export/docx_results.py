"""The synthesis as DOCX, its results: each vote's first three (the ideas chosen), its
ranking as bars (a picture whose text alternative says the ranking) and as a table,
the 2x2 matrix (the PDF's drawing, its text alternative naming each idea's quadrant)
and its table; each poll's histogram (a picture and a table) with a scale's mean, its
word cloud (words sized by frequency, as text), or its free texts as a list. What is
shown and cut is the PDF's (`synthesis_pdf`: MOST_ROWS, MOST_WORDS, MOST_TEXTS,
MATRIX_MOST)."""

from __future__ import annotations

from facilitator.domain import polls, scoring, voting
from facilitator.domain.polls import PollResults
from facilitator.domain.records import AgendaItem, VoteSession
from facilitator.export import docx_charts
from facilitator.export.docx_parts import Cell, Look, one_line, paragraph, runs
from facilitator.export.docx_styles import MUTED, TEXT_WIDTH_POINTS
from facilitator.export.docx_writing import (
    ALT_LABEL_CHARS,
    MATRIX_SIDE,
    DocxWriting,
    cut,
    share_text,
)
from facilitator.export.synthesis_charts import MATRIX_MOST, matrix_figure, matrix_markers
from facilitator.export.synthesis_pdf import (
    CLOUD_GAP,
    CLOUD_LARGEST,
    CLOUD_SMALLEST,
    MOST_ROWS,
    MOST_TEXTS,
    MOST_WORDS,
)
from facilitator.export.words import labelled


class DocxResults(DocxWriting):
    # -- votes -------------------------------------------------------------------------
    def top_ideas(self, level: int = 2) -> None:
        """Each vote's first three (ties included), at most six lines a vote, under a
        heading of `level` (the key figures', 2; a room's own section, 1), each vote's
        title a level below."""
        first = True
        for vote in self.workshop.all(VoteSession):
            results = [r for r in self.results(vote.id) if r.rank <= 3 and r.score]
            if not results:
                continue
            if first:
                self.heading(level, self.w("top_ideas"))
                first = False
            self.heading(level + 1, vote.title)
            for result in results[:6]:
                rank = f"{result.rank}{'=' if result.tied else ''}"
                label = self.typeset(one_line(result.option.label))
                more = runs(rank, Look(bold=True)) + "<w:r><w:tab/></w:r>" + runs(label)
                self.out.append(paragraph("Ranked", more=more, direction_of=label))

    def votes(self) -> bool:
        shown = [
            v for v in self.workshop.all(VoteSession) if any(r.score for r in self.results(v.id))
        ]
        if not shown:
            return False
        self.heading(1, self.w("votes"))
        for vote in shown:
            self.tick()
            self.vote(vote)
        return True

    def vote(self, vote: VoteSession) -> None:
        """A vote's title and method; its ranking as bars (a picture whose text
        alternative says the ranking) and as a table; for a matrix, the square."""
        results = self.results(vote.id)
        self.heading(2, vote.title)
        self.note(self.w(f"method_{vote.method}"), keep_next=True)
        if vote.method == "matrix":
            self.matrix(vote, results)
            return
        unvoted = 0
        if vote.method == "dots":
            unvoted = sum(1 for r in results if not r.score)
            results = [r for r in results if r.score]
        dots = vote.method == "dots"
        top = results[:MOST_ROWS]
        bar_rows = [
            docx_charts.BarRow(
                f"{r.rank}{'=' if r.tied else ''}",
                r.option.label,
                r.score,
                f"{r.score:g}",
                r.tied,
            )
            for r in top
        ]
        ranking = [
            f"{row.rank}. {cut(row.label, ALT_LABEL_CHARS)}, {self.value(vote, r.score)}"
            for row, r in zip(bar_rows, top, strict=True)
        ]
        if len(results) > MOST_ROWS:
            ranking.append(self.d("and_more", count=len(results) - MOST_ROWS))
        drawing = docx_charts.bars(bar_rows, TEXT_WIDTH_POINTS)
        self.chart(
            docx_charts.png(drawing),
            (drawing.width, drawing.height),
            self.d("ranking_chart", vote=vote.title, ranking="; ".join(ranking)),
        )
        keys = ("rank", "idea", "dots", "share") if dots else ("rank", "idea", "score")
        shares = (0.09, 0.63, 0.14, 0.14) if dots else (0.09, 0.71, 0.2)
        rows: list[list[Cell | str]] = []
        for result in top:
            label = result.option.label + (f" {self.w('deleted')}" if result.deleted else "")
            row: list[Cell | str] = [
                f"{result.rank}{'=' if result.tied else ''}",
                label,
                Cell(f"{result.score:g}", align="right"),
            ]
            if dots:
                row.append(Cell(share_text(self.language, result.share), align="right"))
            rows.append(row)
        header: list[Cell | str] = [
            Cell(self.w(k), align="right") if k in ("dots", "share", "score") else self.w(k)
            for k in keys
        ]
        self.grid(shares, header, rows, caption=vote.title)
        if len(results) > MOST_ROWS:
            self.note(self.w("more_ideas", count=len(results) - MOST_ROWS), below_table=True)
        if unvoted:
            self.note(self.w("no_dots", count=unvoted), below_table=True)
        if vote.method == "criteria":
            criteria = scoring.criteria_of(self.workshop, vote.id)
            names = ", ".join(
                f"{c.name} ({self.w('weight')} {c.weight:g}, 1–{c.scale_max})" for c in criteria
            )
            self.note(labelled(self.language, self.w("criteria"), names), below_table=True)

    def value(self, vote: VoteSession, score: float) -> str:
        if vote.method == "dots":
            return self.d("dot_value") if score == 1 else self.d("dots_value", count=f"{score:g}")
        return self.d("score_value", score=f"{score:g}")

    def matrix(self, vote: VoteSession, results: list[voting.Result]) -> None:
        """The square with each placed idea a numbered marker (the PDF's drawing), its
        text alternative naming every numbered idea's quadrant; then the table."""
        placements = scoring.placements_of(self.workshop, vote.id)
        markers = matrix_markers([(r.option.id, r.option.label) for r in results], placements)
        numbered = [m for m in markers if m.number]
        if markers:
            figure = matrix_figure(
                markers,
                axes=(vote.x_label, vote.y_label),
                words=(self.w("low"), self.w("high")),
                size=MATRIX_SIDE,
            )
            placed = [
                f"{m.number}. {cut(m.label, ALT_LABEL_CHARS)} ({self.quadrant(vote, m.x, m.y)})"
                for m in numbered
            ]
            if len(markers) > len(numbered):
                placed.append(self.d("and_more", count=len(markers) - len(numbered)))
            alt = self.d(
                "matrix_chart",
                vote=vote.title,
                x=vote.x_label or "→",
                y=vote.y_label or "↑",
                placed="; ".join(placed),
            )
            self.chart(docx_charts.png(figure), (figure.width, figure.height), alt)
        deleted = {r.option.id for r in results if r.deleted}
        rows: list[list[Cell | str]] = [
            [
                Cell(str(m.number), look=Look(bold=True)),
                m.label + (f" {self.w('deleted')}" if m.option_id in deleted else ""),
                self.quadrant(vote, m.x, m.y),
            ]
            for m in numbered
        ]
        header: list[Cell | str] = [self.w(k) for k in ("number", "idea", "quadrant")]
        self.grid((0.08, 0.6, 0.32), header, rows, caption=vote.title)
        if len(markers) > len(numbered):
            more = len(markers) - len(numbered)
            self.note(self.w("matrix_dots", count=more, most=MATRIX_MOST), below_table=True)

    def quadrant(self, vote: VoteSession, x: float, y: float) -> str:
        up = vote.y_label or "↑"
        across = vote.x_label or "→"
        high, low = self.w("high"), self.w("low")
        return f"{up} {high if y >= 0.5 else low} · {across} {high if x >= 0.5 else low}"

    # -- polls -------------------------------------------------------------------------
    def polls(self) -> bool:
        shown = [
            r
            for r in (
                polls.results(self.workshop, p.id) for p in polls.polls_in_order(self.workshop)
            )
            if r.total
        ]
        if not shown:
            return False
        self.heading(1, self.w("polls"))
        for result in shown:
            self.tick()
            self.poll(result)
        return True

    def number(self, value: float) -> str:
        text = f"{round(value, 2):g}"
        return text.replace(".", ",") if self.language == "fr" else text

    def poll(self, result: PollResults) -> None:
        """Its question, kind, activity and answers (phones and paper), then a scale's
        or a choice's histogram (a picture and a table) with a scale's mean, a word
        cloud (words sized by frequency, each with its count) or the free texts."""
        poll = result.poll
        self.heading(2, poll.question or self.w(f"poll_kind_{poll.kind}"))
        top = max((o.option.value for o in result.options), default=0)
        facts = [self.w(f"poll_kind_{poll.kind}", top=top)]
        item = self.workshop.get(AgendaItem, poll.agenda_item_id)
        if item is not None and item.title:
            facts.append(item.title)
        key = "poll_answers_one" if result.total == 1 else "poll_answers_many"
        facts.append(self.w(key, total=result.total, phones=result.phones, paper=result.paper))
        self.note(" · ".join(facts), keep_next=True)
        if poll.kind in ("scale", "choice"):
            self.histogram(result)
        elif poll.kind == "words":
            self.word_cloud(result)
        else:
            for text in result.texts[:MOST_TEXTS]:
                self.bullet(text.text)
            if len(result.texts) > MOST_TEXTS:
                self.note(self.w("poll_more_texts", count=len(result.texts) - MOST_TEXTS))

    def histogram(self, result: PollResults) -> None:
        scale = result.poll.kind == "scale"
        labels: list[str] = []
        for row in result.options:
            label = row.option.label
            if scale:
                label = f"{row.option.value} — {label}" if label else str(row.option.value)
            labels.append(label)
        shares = [row.total / result.total if result.total else 0.0 for row in result.options]
        bar_rows = [
            docx_charts.BarRow(
                "", label, row.total, f"{row.total} · {share_text(self.language, share)}"
            )
            for label, row, share in zip(labels, result.options, shares, strict=True)
        ]
        counts = [
            f"{cut(label, ALT_LABEL_CHARS)} "
            + self.d("answers_value", count=row.total, share=share_text(self.language, share))
            for label, row, share in zip(labels, result.options, shares, strict=True)
        ]
        if bar_rows:
            drawing = docx_charts.bars(bar_rows, TEXT_WIDTH_POINTS)
            question = result.poll.question or self.w(f"poll_kind_{result.poll.kind}", top="")
            self.chart(
                docx_charts.png(drawing),
                (drawing.width, drawing.height),
                self.d("histogram_chart", poll=question, counts="; ".join(counts)),
            )
        rows: list[list[Cell | str]] = [
            [
                label,
                Cell(str(row.total), align="right"),
                Cell(share_text(self.language, share), align="right"),
            ]
            for label, row, share in zip(labels, result.options, shares, strict=True)
        ]
        header: list[Cell | str] = [
            self.w("poll_answer"),
            Cell(self.w("poll_count"), align="right"),
            Cell(self.w("share"), align="right"),
        ]
        self.grid((0.64, 0.18, 0.18), header, rows, caption=result.poll.question)
        if scale and result.mean is not None and result.median is not None:
            top = max(o.option.value for o in result.options)
            mean = self.w(
                "poll_mean",
                mean=self.number(result.mean),
                top=top,
                median=self.number(result.median),
            )
            self.p("Normal", mean, look=Look(bold=True), space_before=120)

    def word_cloud(self, result: PollResults) -> None:
        """The MOST_WORDS most frequent words, sized by the square root of their count
        between CLOUD_SMALLEST and CLOUD_LARGEST points, each followed by its count."""
        words = result.words[:MOST_WORDS]
        if not words:
            return
        most = words[0].count
        pieces: list[str] = []
        for index, entry in enumerate(words):
            size = CLOUD_SMALLEST + (CLOUD_LARGEST - CLOUD_SMALLEST) * (entry.count / most) ** 0.5
            gap = runs(CLOUD_GAP) if index else ""
            pieces.append(
                gap
                + runs(self.typeset(entry.text), Look(size=round(size * 2) / 2))
                + runs(f"\u00a0{entry.count}", Look(colour=MUTED, size=8.5))
            )
        self.out.append(paragraph("WordCloud", more="".join(pieces)))
        if len(result.words) > MOST_WORDS:
            self.note(self.w("poll_more_words", count=len(result.words) - MOST_WORDS))
