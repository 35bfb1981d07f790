"""The A4 label sheets name badges are printed on (`facilitator export --format badges
--labels KEY`): where each label sits on the sheet, and how large its text is.

Pure data, no reportlab: the command line and the app's menu list the sheets without
loading the PDF code.

The layouts are the manufacturers' own, as gLabels records them (the label designer
that ships the sheet templates of Avery, Zweckform, Herma...: github.com/jimevins/
glabels-qt, templates/avery-iso-templates.xml and zweckform-iso-templates.xml), and
as the sheets' packets give them:

- `l4785`: Avery L4785 "Name badge labels" (also L4784, L4786, L4787), 80 x 50 mm,
  rounded corners, 2 across and 5 down, 10 a sheet: the first label 18 mm from the
  left and 13 mm from the top, one every 95 mm across and 55 mm down. The default:
  the sheet sold as "étiquettes badges" in French office catalogues.
- `c32011`: Avery C32011 business cards, 85 x 54 mm (the card size of plastic badge
  holders, "porte-badges"), 2 across and 5 down, 10 a sheet, micro-perforated card:
  15 mm from the left, 13.5 mm from the top, one every 95 mm across and 54 mm down.
- `3475`: Avery Zweckform 3475 multipurpose labels (also 3490), 70 x 36 mm, 3 across
  and 8 down, 24 a sheet, edge to edge across the sheet: 0 mm from the left, 4.43 mm
  (12.566 pt) from the top, one every 70 mm across and 36 mm down. The cheapest way
  to give 24 people a sticker.

Text keeps PRINTER_EDGE from the paper's edges: office printers leave 4 to 5 mm
unprinted (a label at the sheet's edge, as on the 3475, keeps its text inside it).
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4  # points in a millimetre
SHEET_WIDTH_MM, SHEET_HEIGHT_MM = 210.0, 297.0  # A4
PRINTER_EDGE_MM = 5.0  # no text nearer the paper's edges (office printers' unprinted band)


@dataclass(frozen=True)
class LabelSheet:
    """One sheet of labels, in millimetres from the sheet's top-left corner; text sizes
    in points (the name's largest size, the organisation's, the workshop's title)."""

    key: str  # the --labels value
    product: str  # the maker's reference, as printed on the packet
    width: float  # a label's width
    height: float  # a label's height
    across: int  # labels in a row
    down: int  # labels in a column
    left: float  # from the sheet's left edge to the first label's
    top: float  # from the sheet's top edge to the first label's
    step_across: float  # from one label's left edge to the next one's (pitch)
    step_down: float  # from one label's top edge to the one below's (pitch)
    corner: float  # radius of the label's rounded corners (0: square)
    padding_x: float  # text kept this far inside the label's left and right edges
    padding_y: float  # and inside its top and bottom edges
    name_size: float  # points: the name's size when it fits on one line
    organisation_size: float
    title_size: float

    @property
    def per_sheet(self) -> int:
        return self.across * self.down

    def label_box(self, index: int) -> tuple[float, float, float, float]:
        """The `index`-th label of a sheet (0 is top left, then across, then down) as
        (left, top, right, bottom) in millimetres from the sheet's top-left corner."""
        row, column = divmod(index, self.across)
        left = self.left + column * self.step_across
        top = self.top + row * self.step_down
        return left, top, left + self.width, top + self.height

    def text_box(self, index: int) -> tuple[float, float, float, float]:
        """Where the text of the `index`-th label may go (same units as `label_box`):
        inside its padding, and at least PRINTER_EDGE_MM from the paper's edges."""
        left, top, right, bottom = self.label_box(index)
        return (
            max(left + self.padding_x, PRINTER_EDGE_MM),
            max(top + self.padding_y, PRINTER_EDGE_MM),
            min(right - self.padding_x, SHEET_WIDTH_MM - PRINTER_EDGE_MM),
            min(bottom - self.padding_y, SHEET_HEIGHT_MM - PRINTER_EDGE_MM),
        )


LABEL_SHEETS: dict[str, LabelSheet] = {
    sheet.key: sheet
    for sheet in (
        LabelSheet(
            key="l4785",
            product="Avery L4785",
            width=80,
            height=50,
            across=2,
            down=5,
            left=18,
            top=13,
            step_across=95,
            step_down=55,
            corner=4,
            padding_x=5,
            padding_y=4,
            name_size=24,
            organisation_size=11,
            title_size=7,
        ),
        LabelSheet(
            key="c32011",
            product="Avery C32011",
            width=85,
            height=54,
            across=2,
            down=5,
            left=15,
            top=13.5,
            step_across=95,
            step_down=54,
            corner=0,
            padding_x=5,
            padding_y=4.5,
            name_size=26,
            organisation_size=12,
            title_size=7.5,
        ),
        LabelSheet(
            key="3475",
            product="Avery Zweckform 3475",
            width=70,
            height=36,
            across=3,
            down=8,
            left=0,
            top=12.566 / MM,  # 4.43 mm
            step_across=70,
            step_down=36,
            corner=0,
            padding_x=5,
            padding_y=3,
            name_size=18,
            organisation_size=9,
            title_size=6,
        ),
    )
}
DEFAULT_LABELS = "l4785"
