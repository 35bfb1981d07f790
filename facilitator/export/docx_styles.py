"""The look of the synthesis as DOCX: A4 pages, the paragraph styles, the language, the
running header and footer. Built on python-docx's default document, whose built-in
styles keep their identity (Word shows "Heading 1" as « Titre 1 » in French, and
LibreOffice maps them to its own headings: the outline and the navigator work), restyled
to match the PDF; the styles of our own have names in the workshop's language.

Every style sets its complex-script size and weight too (`w:szCs`, `w:bCs`): Word
draws right-to-left runs with those (ECMA-376 §17.3.2.30), and a missing one would set
an Arabic idea in 11 points plain inside a 9-point table.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm

from facilitator.domain.records import Language
from facilitator.export.docx_parts import NAMESPACES, field, runs

INK = "161616"
MUTED = "555555"
ACCENT = "000091"
RULE = "B8B8B8"
SHADE = "EEEEEE"
BAR = "000091"
FONT = "Arial"  # in every Word; LibreOffice draws it with a metric twin (Liberation Sans)
LANGUAGE_TAGS: dict[Language, str] = {"fr": "fr-FR", "en": "en-GB"}
COMPLEX_SCRIPT_LANGUAGE = "ar-SA"  # Word's own default for right-to-left runs

PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297  # A4
MARGIN_MM = 20
TEXT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_MM
TWIPS_PER_MM = 1440 / 25.4
TEXT_WIDTH_TWIPS = round(TEXT_WIDTH_MM * TWIPS_PER_MM)
POINTS_PER_MM = 72 / 25.4
TEXT_WIDTH_POINTS = TEXT_WIDTH_MM * POINTS_PER_MM


@dataclass(frozen=True)
class StyleSpec:
    """A paragraph style: its id, its names (built-in name, or French and English),
    its base, its paragraph properties (`w:pPr` children, in the schema's order) and its
    size (points), weight, colour and italics."""

    style_id: str
    names: tuple[str, str]  # (French, English): the same for a built-in style
    size: float
    paragraph: str = ""
    bold: bool = False
    italic: bool = False
    colour: str = ""
    based_on: str = "Normal"
    next_style: str = ""


def _built_in(
    style_id: str,
    name: str,
    size: float,
    paragraph: str = "",
    *,
    bold: bool = False,
    colour: str = "",
    next_style: str = "",
) -> StyleSpec:
    """A built-in style (Word's name for it, in any language): restyled, not renamed."""
    return StyleSpec(
        style_id, (name, name), size, paragraph, bold=bold, colour=colour, next_style=next_style
    )


_KEEP = "<w:keepNext/><w:keepLines/>"
STYLES = (
    StyleSpec("Normal", ("Normal", "Normal"), 10, colour=INK, based_on=""),
    _built_in(
        "Title",
        "Title",
        28,
        '<w:keepNext/><w:spacing w:before="0" w:after="200" w:line="240" w:lineRule="auto"/>',
        bold=True,
        colour=ACCENT,
        next_style="Normal",
    ),
    _built_in(
        "Subtitle",
        "Subtitle",
        12,
        '<w:keepNext/><w:spacing w:before="0" w:after="80"/>',
        colour=MUTED,
        next_style="Normal",
    ),
    _built_in(
        "Heading1",
        "heading 1",
        18,
        f'{_KEEP}<w:pageBreakBefore/><w:spacing w:before="0" w:after="160"/>'
        '<w:outlineLvl w:val="0"/>',
        bold=True,
        colour=ACCENT,
        next_style="Normal",
    ),
    _built_in(
        "Heading2",
        "heading 2",
        13,
        f'{_KEEP}<w:spacing w:before="320" w:after="80"/><w:outlineLvl w:val="1"/>',
        bold=True,
        colour=INK,
        next_style="Normal",
    ),
    _built_in(
        "Heading3",
        "heading 3",
        11,
        f'{_KEEP}<w:spacing w:before="200" w:after="40"/><w:outlineLvl w:val="2"/>',
        bold=True,
        colour=INK,
        next_style="Normal",
    ),
    _built_in(  # a cluster in a room's chapter of an event's synthesis (issue 21)
        "Heading4",
        "heading 4",
        10,
        f'{_KEEP}<w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="3"/>',
        bold=True,
        colour=MUTED,
        next_style="Normal",
    ),
    _built_in(
        "Caption",
        "caption",
        8.5,
        '<w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/>'
        '<w:jc w:val="center"/>',
        colour=MUTED,
        next_style="Normal",
    ),
    _built_in(
        "ListBullet",
        "List Bullet",
        10,
        '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/>'
        '<w:ind w:left="284" w:hanging="284"/><w:contextualSpacing/>',
    ),
    _built_in(
        "Header",
        "header",
        8,
        '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="B8B8B8"/></w:pBdr>'
        f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH_TWIPS}"/></w:tabs>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
        colour=MUTED,
    ),
    _built_in(
        "Footer",
        "footer",
        8,
        f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH_TWIPS}"/></w:tabs>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
        colour=MUTED,
    ),
    StyleSpec(
        "Question",
        ("Question de l’atelier", "Workshop question"),
        15,
        '<w:keepNext/><w:spacing w:before="0" w:after="280" w:line="264" w:lineRule="auto"/>',
        colour=ACCENT,
    ),
    StyleSpec(
        "CoverFacts",
        ("Informations de couverture", "Cover facts"),
        10.5,
        '<w:spacing w:before="0" w:after="40"/>',
    ),
    StyleSpec(
        "Note", ("Note", "Note"), 8.5, '<w:spacing w:before="0" w:after="100"/>', colour=MUTED
    ),
    StyleSpec(
        "TableText",
        ("Texte de tableau", "Table text"),
        9,
        '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
    ),
    StyleSpec(
        "TableHeading",
        ("En-tête de tableau", "Table heading"),
        8.5,
        '<w:keepNext/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
        bold=True,
        colour=INK,
    ),
    StyleSpec(
        "KeyFigure",
        ("Chiffre clé", "Key figure"),
        24,
        '<w:keepNext/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
        bold=True,
        colour=ACCENT,
    ),
    StyleSpec(
        "Picture",
        ("Image", "Picture"),
        10,
        '<w:keepNext/><w:spacing w:before="120" w:after="100"/><w:jc w:val="center"/>',
    ),
    StyleSpec(
        "FieldLabel",
        ("Intitulé de champ", "Field label"),
        8.5,
        '<w:keepNext/><w:spacing w:before="160" w:after="20"/>',
        bold=True,
        colour=MUTED,
    ),
    StyleSpec(
        "Ranked",
        ("Idée classée", "Ranked idea"),
        10,
        '<w:tabs><w:tab w:val="left" w:pos="454"/></w:tabs><w:spacing w:after="20"/>'
        '<w:ind w:left="454" w:hanging="454"/>',
    ),
    StyleSpec(
        "WordCloud",
        ("Nuage de mots", "Word cloud"),
        10,
        '<w:spacing w:before="120" w:after="160" w:line="300" w:lineRule="auto"/>'
        '<w:jc w:val="center"/>',
        colour=ACCENT,
    ),
)


def _style_xml(spec: StyleSpec, language: Language) -> str:
    name = spec.names[0 if language == "fr" else 1]
    half_points = round(spec.size * 2)
    weight = "<w:b/><w:bCs/>" if spec.bold else ""
    slant = "<w:i/><w:iCs/>" if spec.italic else ""
    colour = f'<w:color w:val="{spec.colour}"/>' if spec.colour else ""
    default = ' w:default="1"' if spec.style_id == "Normal" else ""
    based = f'<w:basedOn w:val="{spec.based_on}"/>' if spec.based_on else ""
    following = f'<w:next w:val="{spec.next_style}"/>' if spec.next_style else ""
    custom = "" if spec.names[0] == spec.names[1] else ' w:customStyle="1"'
    return (
        f'<w:style {NAMESPACES} w:type="paragraph"{default}{custom} w:styleId="{spec.style_id}">'
        f'<w:name w:val="{escape(name)}"/>{based}{following}<w:qFormat/>'
        f"<w:pPr>{spec.paragraph}</w:pPr><w:rPr>{weight}{slant}{colour}"
        f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr></w:style>'
    )


def _doc_defaults(language: Language) -> str:
    tag = LANGUAGE_TAGS[language]
    return (
        f"<w:docDefaults {NAMESPACES}><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" '
        'w:eastAsiaTheme="minorEastAsia"/>'
        '<w:sz w:val="20"/><w:szCs w:val="20"/>'
        f'<w:lang w:val="{tag}" w:eastAsia="{tag}" w:bidi="{COMPLEX_SCRIPT_LANGUAGE}"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )


def set_up(document: Document, language: Language) -> None:
    """A4 pages with 20 mm margins, a cover without header or footer; the styles; the
    document's language (`w:lang` in the style defaults, the theme's font language);
    a plain bullet for lists; no thumbnail of python-docx's empty template."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    section.header_distance = section.footer_distance = Mm(9)
    section.different_first_page_header_footer = True
    styles = document.styles.element
    old = styles.find(qn("w:docDefaults"))
    if old is not None:
        old.addprevious(parse_xml(_doc_defaults(language)))
        styles.remove(old)
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    for spec in STYLES:
        fresh = parse_xml(_style_xml(spec, language))
        current = by_id.get(spec.style_id)
        if current is not None:
            current.addprevious(fresh)
            styles.remove(current)
        else:
            styles.append(fresh)
    settings = document.settings.element
    theme_language = settings.find(qn("w:themeFontLang"))
    if theme_language is not None:
        theme_language.set(qn("w:val"), LANGUAGE_TAGS[language])
    _plain_bullet(document)
    package = document.part.package
    for key, relation in list(package.rels.items()):
        if relation.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[key]


def _plain_bullet(document: Document) -> None:
    """The List Bullet style's bullet as "•" in the body font (the template's is a
    Symbol-font glyph, which machines without Symbol draw as a box)."""
    numbering = document.part.numbering_part.element
    for level in numbering.iter(qn("w:lvl")):
        style = level.find(qn("w:pStyle"))
        if style is None or style.get(qn("w:val")) != "ListBullet":
            continue
        text = level.find(qn("w:lvlText"))
        if text is not None:
            text.set(qn("w:val"), "•")
        fonts = level.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        if fonts is not None:
            for key in ("w:ascii", "w:hAnsi"):
                fonts.set(qn(key), FONT)
        indent = level.find(f"{qn('w:pPr')}/{qn('w:ind')}")
        if indent is not None:
            indent.set(qn("w:left"), "284")
            indent.set(qn("w:hanging"), "284")
        tab = level.find(f"{qn('w:pPr')}/{qn('w:tabs')}/{qn('w:tab')}")
        if tab is not None:
            tab.set(qn("w:pos"), "284")


def furniture(document: Document, *, header: tuple[str, str], footer: str, page_label: str) -> None:
    """The running header (`header`: the workshop's title on the left, the document's
    kind on the right) and footer (`footer` on the left, `page_label` on the right,
    its {page} and {pages} as Word fields) on every page but the cover."""
    section = document.sections[0]
    left, right = header
    _replace_paragraphs(
        section.header._element,
        f'<w:p {NAMESPACES}><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
        f"{runs(left)}<w:r><w:tab/></w:r>{runs(right)}</w:p>",
    )
    before, _, rest = page_label.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    label = f"{runs(before)}{field('PAGE', '1')}{runs(middle)}{field('NUMPAGES', '1')}{runs(after)}"
    _replace_paragraphs(
        section.footer._element,
        f'<w:p {NAMESPACES}><w:pPr><w:pStyle w:val="Footer"/></w:pPr>'
        f"{runs(footer)}<w:r><w:tab/></w:r>{label}</w:p>",
    )
    for story in (section.first_page_header, section.first_page_footer):
        _replace_paragraphs(story._element, f"<w:p {NAMESPACES}/>")


def _replace_paragraphs(story: object, paragraph_xml: str) -> None:
    element = story  # a w:hdr or w:ftr
    for child in list(element):  # type: ignore[call-overload]
        element.remove(child)  # type: ignore[attr-defined]
    element.append(parse_xml(paragraph_xml))  # type: ignore[attr-defined]
