"""The groups of a grouping on paper (`facilitator export --format groups-pdf
[--grouping NAME]`): the group lists, then one table tent per group, in one PDF.

- Which grouping: the most recent one, or the one chosen by its id (`roster.
  chosen_grouping`; the command line's `--grouping NAME`). No grouping: FacilitatorError
  (NO_GROUPING), said before any file is asked for in the app; a grouping without a
  group likewise (NO_TEAMS).
- The group lists (A4 upright, the other documents' header and page numbers): the
  grouping's name and the workshop's title, then one section per group: its name large
  (a bookmark), how many people, and a line per person, name, organisation and role
  (the role column only when someone has one), in French collation (`export.roster`);
  a group left empty says so. The participants in no group and not marked absent
  (added since the groups were made) are listed last, under "Not in a group yet",
  for the facilitator to seat them. A section's heading never ends a page; a long
  group runs on to the next page with its column headings repeated.
- Table tents (A4 on its side, no header or page number): folded in two along the
  page's middle, the sheet stands as a tent with a face on each side of the table.
  Each face has the group's name as large as fits, and its people's names small
  under it; the upper face is the lower one turned by 180°, so that each face reads
  upright once folded. Short marks at the paper's edges show where to fold. A name
  the width of "Table 12" or "Groupe 12" is set with capitals of some 40 mm; any name
  of up to two lines of 12 letters keeps them at READABLE_CAP_MM at least (measured in
  tests/export/test_groups_pdf.py); longer names shrink, then wrap, down to the
  badges' SMALLEST_SIZE, never cut nor drawn outside the face. A list of people too
  long for the face's foot at MEMBERS_LEAST points is replaced by their number.
  Tents name tables, not people: each person's name is on their badge.
- Names are personal data: the document refuses `--no-names` (`formats.
  NO_NAMES_IN_GROUPS`), as the attendance sheet and the badges do.
- At most MOST_LISTED people in the lists (a file holds any number; a grouping is
  made for at most `domain.groups.MAX_PEOPLE`), and at most MOST_TEAMS tents.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.records import GroupingInfo, Language, Person
from facilitator.domain.workshop import Workshop
from facilitator.export.badges_pdf import LEADING, fit
from facilitator.export.label_sheets import PRINTER_EDGE_MM
from facilitator.export.pdf_pages import (
    ACCENT,
    INK,
    MARGIN,
    MUTED,
    RULE,
    SHADE,
    OutlinedDocument,
    build_pdf,
    room_for,
)
from facilitator.export.pdf_text import BODY, BOLD, PdfWriting, draw_line, register_fonts
from facilitator.export.pdf_text import TextParagraph as Paragraph
from facilitator.export.pdf_text import TextTable as Table
from facilitator.export.roster import (
    TeamOnPaper,
    chosen_grouping,
    shown,
    teams_on_paper,
    ungrouped,
)
from facilitator.export.words import labelled, word

# -- the lists -------------------------------------------------------------------------------
FRAME_PADDING = 6.0  # points, each side: reportlab's frame (SimpleDocTemplate)
PAD = 3.0  # points: a cell's padding
NAME_SHARE, ORGANISATION_SHARE, JOB_SHARE = 0.40, 0.38, 0.22  # of the width, with roles
MOST_LISTED = 5_000  # people in the lists (the badges' MOST_BADGES)
MOST_TEAMS = 2_000  # tents: the most groups a grouping holds (GroupingInfo.amount)

# -- the tents (points, on A4 on its side; the fold along the middle) ----------------------
MM = mm
TENT_PAGE = landscape(A4)
SIDE_MARGIN = 12 * mm  # from the paper's left and right edges
EDGE_MARGIN = 10 * mm  # from the paper's top and bottom edges (the tent's feet)
FOLD_MARGIN = 12 * mm  # from the fold (the tent's ridge)
FOLD_MARK = 8 * mm  # the fold marks' length, from PRINTER_EDGE_MM
NAME_LARGEST = 200.0  # points: a group's name at most this size
MEMBERS_SIZE = 13.0  # points: the people's names under it
MEMBERS_LEAST = 8.0  # below this the names give way to their number
MEMBERS_SHARE = 0.22  # of the face's height, at most, for the people's names
GAP = 4 * mm  # between the group's name and its people
CAP_HEIGHT = 0.729  # DejaVu Sans Bold's capitals, in ems (1,493 of 2,048 units)
# Capitals this high are read from 5 m: signage's rule of thumb of 25 cm of distance per
# millimetre of capital height (5 m: 20 mm), nearly three times the smallest letter seen
# with normal sight at 5 m (Snellen's 5 arc minutes: 7.3 mm).
READABLE_CAP_MM = 20.0
TENT = "tent"  # the tents' page template

NO_GROUPING = QT_TRANSLATE_NOOP(
    "Export",
    "The workshop has no groups yet: make a grouping of the participants first, then "
    "print its lists and table tents.",
)
NO_TEAMS = QT_TRANSLATE_NOOP("Export", "The grouping “{grouping}” has no group to print.")
TOO_MANY_LISTED = QT_TRANSLATE_NOOP(
    "Export", "{count} people in the groups are more than the {most} listed at once."
)
TOO_MANY_TEAMS = QT_TRANSLATE_NOOP(
    "Export", "{count} groups are more than the {most} table tents printed at once."
)


def face_box() -> tuple[float, float, float, float]:
    """The lower face's text box on the tent's page, (left, bottom, right, top) in
    points from the page's bottom-left corner; the upper face's is the same turned by
    180° about the page's centre."""
    width, height = TENT_PAGE
    return SIDE_MARGIN, EDGE_MARGIN, width - SIDE_MARGIN, height / 2 - FOLD_MARGIN


def tent_layout(
    label: str, members: str, count_text: str
) -> tuple[tuple[float, list[str]], tuple[float, list[str]]]:
    """The size and lines of the group's name and of its people on a face: the people
    (`members`, one line of names) at MEMBERS_SIZE shrunk to MEMBERS_LEAST in at most
    MEMBERS_SHARE of the face, else `count_text` instead; the name in the rest, as large
    as fits (badges_pdf.fit: one line shrunk to half of NAME_LARGEST, then wrapped)."""
    left, bottom, right, top = face_box()
    width, height = right - left, top - bottom
    people_size, people_lines = 0.0, []
    for text in (members, count_text):
        if not text:
            continue
        size, lines = fit(text, BODY, (width, height * MEMBERS_SHARE), MEMBERS_SIZE, MEMBERS_SIZE)
        if size >= MEMBERS_LEAST and len(lines) * size * LEADING <= height * MEMBERS_SHARE:
            people_size, people_lines = size, lines
            break
    below = len(people_lines) * people_size * LEADING + (GAP if people_lines else 0.0)
    name = fit(label, BOLD, (width, height - below), NAME_LARGEST, NAME_LARGEST / 2)
    return name, (people_size, people_lines)


def _draw_face(canvas: Canvas, team: TeamOnPaper, count_text: str) -> None:
    """One face in the lower half of the page: the name centred in the room its people
    leave, the people at the face's foot."""
    left, bottom, right, top = face_box()
    centre = (left + right) / 2
    members = " · ".join(shown(p.name) for p in team.members if shown(p.name))
    (size, lines), (people_size, people_lines) = tent_layout(team.label, members, count_text)
    canvas.setFillColor(MUTED)
    for index, line in enumerate(people_lines):
        baseline = bottom + (len(people_lines) - 1 - index) * people_size * LEADING
        baseline += (LEADING - 1) * people_size / 2 + 0.24 * people_size
        draw_line(canvas, (centre, baseline), line, BODY, people_size, anchor="middle")
    floor = bottom + len(people_lines) * people_size * LEADING + (GAP if people_lines else 0)
    block = len(lines) * size * LEADING
    first_top = floor + (top - floor + block) / 2 if block < top - floor else top
    canvas.setFillColor(ACCENT)
    for index, line in enumerate(lines):
        baseline = first_top - index * size * LEADING - 0.85 * size
        draw_line(canvas, (centre, baseline), line, BOLD, size, anchor="middle")


def draw_tent(canvas: Canvas, team: TeamOnPaper, count_text: str) -> None:
    """A table tent on the current page (A4 on its side): the face in the lower half,
    the same turned by 180° in the upper half, and the fold marks."""
    width, height = TENT_PAGE
    canvas.saveState()
    _draw_face(canvas, team, count_text)
    canvas.translate(width, height)
    canvas.rotate(180)
    _draw_face(canvas, team, count_text)
    canvas.restoreState()
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    edge = PRINTER_EDGE_MM * mm
    canvas.line(edge, height / 2, edge + FOLD_MARK, height / 2)
    canvas.line(width - edge - FOLD_MARK, height / 2, width - edge, height / 2)
    canvas.restoreState()


class _Tent(Flowable):  # type: ignore[misc] # reportlab has no types
    """A tent's page: drawn at the page's own coordinates, whatever the frame."""

    def __init__(self, team: TeamOnPaper, count_text: str) -> None:
        super().__init__()
        self.team = team
        self.count_text = count_text

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        draw_tent(canvas, self.team, self.count_text)


def _tents_unfurnished(maker: type[Canvas]) -> type[Canvas]:
    """`maker` (pdf_pages.numbered_canvas's canvas) without the running header and page
    numbers on the tents' pages (A4 on its side), the lists' pages numbered among
    themselves."""

    class TentCanvas(maker):  # type: ignore[misc]
        def _furniture(self, total: int) -> None:
            width, height = self._pagesize
            if width > height:
                return
            pages = getattr(self, "_pages", [])
            lists = sum(1 for page in pages if page["_pagesize"][0] <= page["_pagesize"][1])
            super()._furniture(lists or total)

    return TentCanvas


class _GroupsDocument(OutlinedDocument):
    """The lists' pages (SimpleDocTemplate's) and a page template for the tents."""

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        kwargs["canvasmaker"] = _tents_unfurnished(kwargs.get("canvasmaker", Canvas))
        super().build(flowables, *args, **kwargs)

    def handle_documentBegin(self) -> None:
        if not any(template.id == TENT for template in self.pageTemplates):
            width, height = TENT_PAGE
            frame = Frame(0, 0, width, height, id=TENT)
            self.addPageTemplates([PageTemplate(id=TENT, frames=[frame], pagesize=TENT_PAGE)])
        super().handle_documentBegin()


class _Writer(PdfWriting):
    def __init__(self, workshop: Workshop, grouping: GroupingInfo) -> None:
        register_fonts()
        self.workshop = workshop
        self.grouping = grouping
        self.language: Language = workshop.info.language
        self.teams = teams_on_paper(workshop, grouping)
        self.ungrouped = ungrouped(workshop, grouping)
        everyone = [p for team in self.teams for p in team.members] + self.ungrouped
        self.with_jobs = any(shown(p.job) for p in everyone)
        self.content_width: float = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING
        base = ParagraphStyle("body", fontName=BODY, fontSize=9.5, leading=12, textColor=INK)
        self.styles = {
            "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=14, leading=17.5),
            "facts": ParagraphStyle("facts", base, textColor=MUTED, spaceBefore=2),
            "team": ParagraphStyle(
                "team",
                base,
                fontName=BOLD,
                fontSize=20,
                leading=24,
                textColor=ACCENT,
                spaceBefore=14,
            ),
            "count": ParagraphStyle("count", base, fontSize=9, textColor=MUTED, spaceAfter=4),
            "heading": ParagraphStyle(
                "heading", base, fontName=BOLD, fontSize=8, leading=9.8, alignment=TA_LEFT
            ),
            "name": ParagraphStyle("name", base, fontName=BOLD, fontSize=10, leading=12.5),
            "cell": ParagraphStyle("cell", base, fontSize=9.5, leading=12),
            "job": ParagraphStyle("job", base, fontSize=9.5, leading=12, textColor=MUTED),
        }

    def word(self, key: str, **params: object) -> str:
        return word(self.language, key, **params)

    def count_text(self, people: int) -> str:
        return self.word("group_person") if people == 1 else self.word("group_people", count=people)

    def widths(self) -> list[float]:
        shares = (NAME_SHARE, ORGANISATION_SHARE, JOB_SHARE) if self.with_jobs else (0.5, 0.5)
        return [self.content_width * share for share in shares]

    def people_table(self, people: tuple[Person, ...] | list[Person]) -> Table:
        heading = [
            self.para(self.word("person_name"), "heading"),
            self.para(self.word("organisation"), "heading"),
        ]
        if self.with_jobs:
            heading.append(self.para(self.word("role"), "heading"))
        rows: list[list[Any]] = [heading]
        for person in people:
            row = [
                self.para(shown(person.name), "name"),
                self.para(shown(person.organisation), "cell"),
            ]
            if self.with_jobs:
                row.append(self.para(shown(person.job), "job"))
            rows.append(row)
        table = Table(rows, colWidths=self.widths(), repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), PAD),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ]
            )
        )
        return table

    def section(self, label: str, people: tuple[Person, ...] | list[Person]) -> list[Flowable]:
        heading = self.para(label, "team")
        heading.outline_title = label[:120]
        count = self.para(self.count_text(len(people)), "count")
        if not people:
            empty = self.para(self.word("group_empty"), "cell")
            return [room_for([heading, count, empty], self.content_width, 0), heading, count, empty]
        # The heading stays with the column headings and the first two people.
        first_rows = 3 * (12.5 + 2 * PAD)
        return [
            room_for([heading, count], self.content_width, first_rows),
            heading,
            count,
            self.people_table(people),
        ]

    def lists(self) -> list[Flowable]:
        kind = self.word("groups")
        markup = f'<font name="{BOLD}" size="10" color="#{ACCENT.hexval()[2:]}">'
        markup += f"{self.text(kind.upper())}</font>"
        name = shown(self.grouping.name)
        if name:
            markup += f"\u2003{self.text(name)}"
        story: list[Flowable] = [Paragraph(markup, self.styles["title"])]
        people = sum(len(team.members) for team in self.teams)
        facts = [
            shown(self.workshop.info.title),
            labelled(self.language, self.word("groups"), str(len(self.teams))),
            self.count_text(people),
        ]
        story.append(self.para(" · ".join(f for f in facts if f), "facts"))
        story.append(Spacer(1, 2 * mm))
        for team in self.teams:
            story += self.section(team.label, team.members)
        if self.ungrouped:
            story += self.section(self.word("not_in_group"), self.ungrouped)
        return story

    def tents(self) -> list[Flowable]:
        story: list[Flowable] = []
        for team in self.teams:
            story += [
                NextPageTemplate(TENT),
                PageBreak(),
                _Tent(team, self.count_text(len(team.members))),
            ]
        return story


def groups_pdf(workshop: Workshop, grouping_id: str | None = None) -> bytes:
    """The group lists and table tents of the grouping `grouping_id` (None: the most
    recent one) as PDF bytes: the lists on A4 upright with the other documents' header
    and page numbers, then a tent per group on A4 on its side, fonts embedded.

    Raises FacilitatorError: no grouping (NO_GROUPING), an unknown `grouping_id`
    (roster.GROUPING_GONE), a grouping without a group (NO_TEAMS), more than
    MOST_LISTED people or MOST_TEAMS groups."""
    grouping = chosen_grouping(workshop, grouping_id)
    if grouping is None:
        raise FacilitatorError(message(NO_GROUPING))
    writer = _Writer(workshop, grouping)
    if not writer.teams:
        raise FacilitatorError(message(NO_TEAMS, grouping=shown(grouping.name)))
    listed = sum(len(team.members) for team in writer.teams) + len(writer.ungrouped)
    if listed > MOST_LISTED:
        raise FacilitatorError(message(TOO_MANY_LISTED, count=listed, most=MOST_LISTED))
    if len(writer.teams) > MOST_TEAMS:
        raise FacilitatorError(message(TOO_MANY_TEAMS, count=len(writer.teams), most=MOST_TEAMS))
    language = writer.language
    title = shown(workshop.info.title)
    kind = writer.word("groups")
    name = shown(grouping.name)
    return build_pdf(
        writer.lists() + writer.tents(),
        workshop,
        document_title=" — ".join(t for t in (kind, name, title) if t),
        subject=" · ".join(t for t in (kind, name) if t) or word(language, "groups"),
        document_class=_GroupsDocument,
    )
