"""Printed prototype cards: one card per A4 page, or two, with every field of the
workshop's template (empty ones too, to be filled by hand), the next steps, and the
photos of the paper prototype. With names left out (`export.names`), the team field
and any other people field are not printed, and a next step's owner who is not a
facilitator reads "(name left out)" (no owner column when none is left to print)."""

from __future__ import annotations

import hashlib
import io
from typing import Any, Literal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Image,
    PageBreak,
    Spacer,
    TableStyle,
)

from facilitator.domain import card_template, cards
from facilitator.domain.images import ImageError
from facilitator.domain.records import (
    Attachment,
    Language,
    PrototypeCard,
    Team,
    VoteOption,
    VoteSession,
)
from facilitator.domain.workshop import Workshop
from facilitator.export import pictures
from facilitator.export.names import NameRule, Names
from facilitator.export.pdf_pages import (
    ACCENT,
    INK,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    SHADE,
    build_pdf,
    room_for,
)
from facilitator.export.pdf_text import BODY, BOLD, PdfWriting, register_fonts
from facilitator.export.pdf_text import TextTable as Table
from facilitator.export.words import labelled, short_date, word

PerPage = Literal[1, 2]
COMPACT_TEXT = 2_500  # characters of a card's fields, at most, for the compact layout
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 12  # the frame's own padding, 6 pt each side


class PhotoReader(ImageReader):  # type: ignore[misc] # reportlab has no types
    """reportlab's reader of a photo's bytes (PNG or JPEG). reportlab names each image it
    embeds by a digest of its decoded pixels, and so decodes a JPEG whole only to name
    it (10 ms for a 1,200 x 900 photo), though it embeds the JPEG's bytes as they are.
    A JPEG is named here by the digest of those bytes instead, as surely: the same photo
    twice is embedded once. A PNG is decoded as before (its pixels are what is embedded).
    Raises what reportlab raises for bytes it cannot read."""

    def getRGBData(self) -> Any:
        if getattr(self._image, "format", None) == "JPEG":
            self._dataA = None  # no transparency: read beside the name by reportlab
            return b"jpeg-sha256:" + hashlib.sha256(self.fp.getvalue()).digest()
        return super().getRGBData()


class Photo(Image):  # type: ignore[misc] # reportlab has no types
    """A photo as a flowable, `width` x `height` points, read by `PhotoReader`."""

    def __init__(self, reader: PhotoReader, width: float, height: float) -> None:
        self._img = reader  # what reportlab's Image would read from the stream, read once
        super().__init__(reader.fp, width=width, height=height)


def _styles(small: bool) -> dict[str, ParagraphStyle]:
    size = 8 if small else 10
    base = ParagraphStyle("body", fontName=BODY, fontSize=size, leading=size * 1.3, textColor=INK)
    return {
        "name": ParagraphStyle(
            "name", base, fontName=BOLD, fontSize=size * 1.8, leading=size * 2.2, textColor=ACCENT
        ),
        "facts": ParagraphStyle("facts", base, textColor=MUTED, spaceAfter=4),
        "label": ParagraphStyle(
            "label",
            base,
            fontName=BOLD,
            fontSize=size * 0.85,
            textColor=MUTED,
            spaceBefore=5,
            keepWithNext=1,
        ),
        "text": base,
        "empty": ParagraphStyle("empty", base, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=size * 0.9, leading=size * 1.15),
        "caption": ParagraphStyle("caption", base, fontSize=size * 0.8, textColor=MUTED),
    }


class CardWriter(PdfWriting):
    def __init__(
        self,
        workshop: Workshop,
        per_page: PerPage,
        photo_share: float = 0.25,
        *,
        names: Names = Names.AS_TYPED,
    ) -> None:
        self.workshop = workshop
        self.names = NameRule(workshop, names)
        self.per_page = per_page
        self.photo_share = photo_share  # of the page's height, for a card alone on its page
        self.language: Language = workshop.info.language
        self.styles = _styles(small=per_page == 2)
        every = card_template.fields_of(workshop) or card_template.default_template(workshop)
        self.fields = self.names.fields(every)

    def word(self, key: str, **params: object) -> str:
        return word(self.language, key, **params)

    def source(self, card: PrototypeCard) -> str:
        label = cards.source_label(self.workshop, card)
        if card.source_kind == "none":
            return ""
        if not label:
            return self.word("source_gone")
        if card.source_kind == "vote":
            option = self.workshop.get(VoteOption, card.source_id)
            vote = self.workshop.get(VoteSession, option.vote_id if option else None)
            score = cards.source_dots(self.workshop, card)
            unit = "gommettes" if self.language == "fr" else "dots"
            if vote is not None and vote.method != "dots":
                unit = "/ 100" if vote.method == "criteria" else ""
            shown = f"{score:g} {unit}".strip() if score is not None else ""
            return self.word("from_vote", vote=vote.title if vote else "", score=shown)
        key = "from_idea" if card.source_kind == "idea" else "from_cluster"
        return self.word(key, label=" ".join(label.split())[:200])

    def card(self, card: PrototypeCard) -> list[Flowable]:
        name = card.name or self.word("untitled_card")
        heading = self.para(name, "name")
        heading.outline_title = " ".join(name.split())[:120]
        facts = [labelled(self.language, self.word("status"), self.word("status_" + card.status))]
        source = self.source(card)
        if source:
            facts.append(source)
        team = self.workshop.get(Team, card.team_id)
        if team is not None and team.name.strip():  # the team that made it (issue 18)
            # Its label and its name on one line: « Groupe : Groupe 2 ».
            label = labelled(self.language, self.word("team"), "").rstrip()
            facts.append(f"{label}\u00a0{team.name}")
        story: list[Flowable] = [heading, self.para(" · ".join(facts), "facts")]
        compact = self.per_page == 2 and self._short(card)
        story += self.fields_of(card, compact=compact)
        if not compact:
            steps = self.steps(card, CONTENT_WIDTH)
            if steps:  # the label with the table's heading and first row; the rest may run over
                steps[0].keepWithNext = False
                steps.insert(0, room_for(steps[:1], CONTENT_WIDTH, 4 * self.styles["cell"].leading))
            return story + steps + self.photos(card, CONTENT_WIDTH)
        # Two to a page: the next steps and the photos side by side, to save height.
        half = CONTENT_WIDTH / 2
        beside = Table(
            [[self.steps(card, half - 8) or [Spacer(1, 1)], self.photos(card, half)]],
            colWidths=[half, half],
        )
        beside.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        return [*story, beside]

    def _short(self, card: PrototypeCard) -> bool:
        """Short enough for the compact layout (fields side by side): a table row cannot
        run over a page, so a long card is set in one column even two to a page."""
        text = sum(len(v) for v in cards.values_of(self.workshop, card.id).values())
        steps = len(cards.steps_of(self.workshop, card.id))
        return (
            text <= COMPACT_TEXT
            and steps <= 8
            and len(cards.photos_of(self.workshop, card.id)) <= 4
        )

    def fields_of(self, card: PrototypeCard, *, compact: bool) -> list[Flowable]:
        """Every field of the template, empty ones too (to be filled by hand); two to a
        row in the compact layout."""
        values = cards.values_of(self.workshop, card.id)
        blocks: list[list[Flowable]] = []
        for field in self.fields:
            text = values.get(field.id, "")
            # A long text as paragraphs that read as one (`paras`: linear in its lines).
            shown = self.paras(text, "text") if text else [self.para(self.word("empty"), "empty")]
            blocks.append([self.para(field.label, "label"), *shown])
        if not compact:
            # Each label with at least two lines of its text; a long text runs over the
            # page (keeping it whole with its label would leave half a page blank).
            parts: list[Flowable] = []
            lines = 2 * self.styles["text"].leading
            for label, *text_parts in blocks:
                label.keepWithNext = False
                parts += [room_for([label], CONTENT_WIDTH, lines), label, *text_parts]
            return parts
        if len(blocks) % 2:
            blocks.append([Spacer(1, 1)])
        rows = [blocks[i : i + 2] for i in range(0, len(blocks), 2)]
        table = Table(rows, colWidths=[CONTENT_WIDTH / 2] * 2)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return [table]

    def steps(self, card: PrototypeCard, width: float) -> list[Flowable]:
        steps = cards.steps_of(self.workshop, card.id)
        if not steps:
            return []
        owners = self.names.owners_shown(steps)
        keys = ("action", "owner", "due") if owners else ("action", "due")
        rows = [[self.para(self.word(k), "label") for k in keys]]
        for step in steps:
            row = [self.para(step.action, "cell")]
            if owners:
                owner = self.names.owner(step.owner)
                row.append(
                    self.para(self.word("name_left_out") if owner is None else owner, "cell")
                )
            row.append(self.para(short_date(step.due_date, self.language), "cell"))
            rows.append(row)
        shares = (0.47, 0.27, 0.26) if owners else (0.7, 0.3)
        table = Table(rows, colWidths=[width * share for share in shares], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ]
            )
        )
        return [self.para(self.word("next_steps"), "label"), table]

    def photos(self, card: PrototypeCard, width: float) -> list[Flowable]:
        """The photos side by side, two to a row; an unreadable one is named, not fatal."""
        photos = cards.photos_of(self.workshop, card.id)
        if not photos:
            return []
        height = PAGE_HEIGHT * (self.photo_share if self.per_page == 1 else 1 / 11)
        cell = width / 2 - 4 * mm
        cells: list[list[Flowable]] = [self._photo(p, cell, height) for p in photos]
        if len(cells) % 2:
            cells.append([Spacer(1, 1)])
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        table = Table(rows, colWidths=[width / 2] * 2)
        table.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        return [self.para(self.word("photos"), "label"), table]

    def _photo(self, photo: Attachment, width: float, height: float) -> list[Flowable]:
        """The photo within `width` x `height` points, at the pixels that box needs
        (`export.pictures`: judged by its pixels before anything decodes it), then its
        caption; or, where it would be, why it is not printed (too large, unreadable)."""
        try:
            data, pixels_w, pixels_h = pictures.printable(photo.data, width, height)
            reader = PhotoReader(io.BytesIO(data))  # reportlab reads it too, or says why
            reader.getSize()
        except ImageError as error:
            if error.too_large:
                said = self.word(
                    "photo_too_large",
                    caption=photo.caption,
                    width=error.width,
                    height=error.height,
                )
                return [self.para(said, "caption")]
            return [self.para(self.word("photo_unreadable", caption=photo.caption), "caption")]
        except Exception:  # any decoder error: a damaged photo is named, not fatal
            return [self.para(self.word("photo_unreadable", caption=photo.caption), "caption")]
        scale = min(width / pixels_w, height / pixels_h)
        parts: list[Flowable] = [Photo(reader, pixels_w * scale, pixels_h * scale)]
        if photo.caption:
            parts.append(self.para(photo.caption, "caption"))
        return parts  # a table cell keeps its flowables together

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        every = cards.cards_of(self.workshop)
        for index, card in enumerate(every):
            story += self.card(card)
            last = index == len(every) - 1
            if last:
                break
            if self.per_page == 1 or index % 2 == 1:
                story.append(PageBreak())
            else:
                story += [
                    Spacer(1, 2 * mm),
                    HRFlowable(width="100%", thickness=0.6, color=RULE, dash=(3, 3)),
                    Spacer(1, 2 * mm),
                    CondPageBreak(PAGE_HEIGHT * 0.3),
                ]
        return story


def cards_pdf(workshop: Workshop, per_page: PerPage = 1, *, names: Names = Names.AS_TYPED) -> bytes:
    """Every prototype card of the workshop as PDF bytes, A4, fonts embedded; the
    people's names as `names` says (export.names)."""
    register_fonts()
    writer = CardWriter(workshop, per_page, names=names)
    language = writer.language
    title = workshop.info.title
    story = writer.story() or [writer.para(word(language, "cards"), "name")]
    return build_pdf(
        story,
        workshop,
        document_title=" — ".join(t for t in (word(language, "cards"), title) if t),
        subject=word(language, "cards"),
    )
