"""Text exactly as typed in every text export (issue 16): French typography touches
prose only, and Markdown renders every user string as typed under a CommonMark parser
(markdown-it-py) with raw HTML off, and on."""

from __future__ import annotations

import datetime as dt
import io
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pypdf import PdfReader

from facilitator.domain import agenda, board, card_template, cards, edits
from facilitator.domain.factory import new_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.records import AgendaItem, Day, Language
from facilitator.domain.workshop import Workshop
from facilitator.export.cards_pdf import cards_pdf
from facilitator.export.markdown import agenda_markdown, cell, escape
from facilitator.export.synthesis_md import synthesis_markdown
from facilitator.export.words import french_typography

NBSP = "\u00a0"

# -- French typography: prose only ---------------------------------------------------------
NOT_PROSE = [
    "https://framaforms.org/enquete?id=42;lang=fr",  # the issue's examples
    "mailto:lab@exemple.gouv.fr",
    "C:\\dossier",
    "&amp;",
    "&#160; &#x1F600; &copy;",
    "www.exemple.fr/atelier?x=1;y=2",
    "exemple.gouv.fr/page:2",
    "exemple.fr:8080/plan",
    "lab@exemple.gouv.fr",
    "\\\\serveur\\partage\\atelier:1",
    "/home/lab/ateliers:2026 ~/notes;v2",
    "tel:+33612345678",
    "09:30 9h30 12:00:05",
    "1:2 16:9 x;y a:b ::1",
]


@pytest.mark.parametrize("text", NOT_PROSE)
def test_what_is_not_prose_is_left_as_typed(text: str) -> None:
    assert french_typography(text) == text
    sentence = f"Voir {text} et la suite"
    assert french_typography(sentence) == sentence


@pytest.mark.parametrize(
    ("typed", "set"),
    [
        (
            "Question : oui ? Non ! Alors ; « citation »",
            "Question{0}: oui{0}? Non{0}! Alors{0}; «{0}citation{0}»",
        ),
        ("Lieu: Lyon", "Lieu{0}: Lyon"),
        ("Vraiment?!", "Vraiment{0}?!"),
        ("(vraiment?)", "(vraiment{0}?)"),
        ("Voir https://exemple.fr/a?x=1 !", "Voir https://exemple.fr/a?x=1{0}!"),
        ("Écrire à lab@exemple.gouv.fr : merci", "Écrire à lab@exemple.gouv.fr{0}: merci"),
        ("R&amp;D ; suite", "R&amp;D{0}; suite"),
        ("Étape 1:\n: début de ligne", "Étape 1{0}:\n: début de ligne"),
        ("مرحبا: x", "مرحبا: x"),  # right-to-left text keeps its own rules
    ],
)
def test_prose_gets_french_typography(typed: str, set: str) -> None:
    assert french_typography(typed) == set.format(NBSP)


# -- Markdown: what people type stays text -------------------------------------------------
ISSUE_TEXTS = [
    "1. Premier point",
    "2026) Année",
    "    texte indenté de quatre espaces",
    "&amp; &copy;",
    "Une ligne\nune autre\n\naprès une ligne vide",
    "- tiret\n+ plus\n* étoile\n# dièse\n> citation\n===\n---\n```\n<div>",
    "https://framaforms.org/enquete?id=42;lang=fr C:\\dossier mailto:lab@exemple.gouv.fr",
    "[lien](http://a) ![image](x.png) <b>gras</b> *x* _y_ `code` ~~z~~ | a | b |",
    "fin par une barre oblique inverse \\",
    "\ttabulation\n   trois espaces",
]
COMMONMARK = MarkdownIt("commonmark", {"html": False})
WITH_HTML = MarkdownIt("commonmark", {"html": True})
GFM = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
ALLOWED_TAGS = {"h1", "h2", "h3", "p", "em", "strong", "ul", "li", "blockquote", "br", "hr"}
TABLE_TAGS = {"table", "thead", "tbody", "tr", "th", "td"}


class _Shown(HTMLParser):
    """The text a browser shows (line breaks as \\n) and the tags it was given."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.add(tag)
        if tag == "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _shown(renderer: MarkdownIt, source: str) -> tuple[str, set[str]]:
    parser = _Shown()
    parser.feed(renderer.render(source).replace("<br />\n", "<br />"))
    return "".join(parser.parts), parser.tags


def _workshop_with(texts: list[str], language: Language) -> Workshop:
    """Every user field of every Markdown export holds one of `texts`."""
    workshop = new_workshop(texts[0].replace("\n", " ")[:200], language=language)
    multi = "\n\n".join(texts)
    workshop.apply(edits.set_info(workshop, question=multi, place=texts[1][:300]))
    workshop.apply(edits.add_person(workshop, "facilitator", texts[2].replace("\n", " "))[0])
    day = workshop.all(Day)[0]
    for n, text in enumerate(texts):
        item = AgendaItem(
            id=new_id(),
            day_id=day.id,
            title=text.replace("\n", " ")[:200],
            duration_min=15,
            participant_instructions=text,
            facilitator_notes=text,
            materials=text,
        )
        workshop.apply(agenda.add_item(workshop, item))
        item_id = workshop.all(AgendaItem)[-1].id
        start, end = f"2026-03-12T{9 + n:02d}:00:00+01:00", f"2026-03-12T{9 + n:02d}:10:00+01:00"
        workshop.apply(agenda.set_item(workshop, item_id, actual_start=start, actual_end=end))
    changes, board_id = board.add_board(workshop, texts[3].replace("\n", " ")[:200], multi[:1000])
    workshop.apply(changes)
    workshop.apply(board.capture(workshop, board_id, texts)[0])
    for text in texts:
        changes, card_id = cards.create_card(workshop, text.replace("\n", " ")[:200])
        workshop.apply(changes)
        for field in card_template.fields_of(workshop):
            workshop.apply(cards.set_value(workshop, card_id, field.id, text))
    return workshop


def _one_line(text: str) -> str:
    return " ".join(text.split("\n"))


@pytest.mark.parametrize(
    "renderer", [COMMONMARK, WITH_HTML, GFM], ids=["html-off", "html-on", "gfm"]
)
def test_every_user_string_renders_as_typed(renderer: MarkdownIt) -> None:
    """An English workshop (no typography): what renders is exactly what was typed."""
    workshop = _workshop_with(ISSUE_TEXTS, "en")
    for source in (
        synthesis_markdown(workshop),
        agenda_markdown(workshop, "facilitator"),
        agenda_markdown(workshop, "participants"),
    ):
        assert "<br>" not in source  # raw HTML, shown as is by renderers with HTML off
        shown, tags = _shown(renderer, source)
        assert tags <= ALLOWED_TAGS | TABLE_TAGS, tags - ALLOWED_TAGS - TABLE_TAGS
        for text in ISSUE_TEXTS:
            # Multi-line fields keep their line breaks; titles and cells are one line.
            assert text.strip("\n") in shown or _one_line(text) in shown, text
    # No list starting at 2026, no code block, no entity turned into its character.
    html = COMMONMARK.render(synthesis_markdown(workshop))
    assert "<ol" not in html and "<pre>" not in html and "<code>" not in html
    assert "&amp;amp; &amp;copy;" in html


def test_the_issue_s_examples_one_by_one() -> None:
    for text in ISSUE_TEXTS:
        for prefix, indent in (("", ""), ("- ", "  "), ("> ", "> ")):
            shown, tags = _shown(COMMONMARK, prefix + escape(text, indent))
            assert shown.strip("\n") == text.strip("\n"), (prefix, text)
            assert tags <= {"p", "br", "ul", "li", "blockquote"}, (prefix, text, tags)
    shown, _ = _shown(COMMONMARK, "1. Premier point\n\n2026) Année")  # unescaped: lists
    assert "Premier point" in shown and "1." not in shown


PIECES = [*"ab1 .)#-+=*_`~<>|[]()!&;:\\\t\"'\n", "&amp;", "&#32;", "    ", "2026)", "1."]
MARKUP = (
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=20)
    .map("".join)
    .map(lambda t: "\n".join(line.rstrip() for line in t.split("\n")).strip("\n"))
)


@settings(max_examples=400, deadline=None)
@given(text=MARKUP.filter(lambda t: t.strip() != ""))
def test_any_text_renders_as_typed_in_every_place(text: str) -> None:
    places = (
        ("", "", False, ""),  # a paragraph
        ("- ", "  ", False, ""),  # a list item
        ("> ", "> ", False, ""),  # a quote
        ("*", "", False, "*"),  # in emphasis
        ("**Notes**: ", "", True, ""),  # after a label
    )
    for prefix, indent, mid_line, suffix in places:
        for renderer in (COMMONMARK, WITH_HTML):
            source = prefix + escape(text, indent, mid_line=mid_line) + suffix
            shown, _ = _shown(renderer, source)
            expected = ("Notes: " if mid_line else "") + text
            assert shown.strip("\n") == expected, (source, shown)
    row = f"| a | {cell(text)} | b |\n|---|---|---|\n| 1 | {cell(text)} | 2 |"
    shown, tags = _shown(GFM, row)
    assert "table" in tags and shown.count(_one_line(text).strip()) >= 2, (row, shown)


# -- French exports: links, addresses, paths, times untouched everywhere -----------------
def test_a_french_workshop_keeps_links_in_every_export() -> None:
    """`…enquete ?id=42 ;lang=fr` and `mailto :lab…` in the Markdown, the synthesis and
    the cards; `C :\\dossier`; `&amp ;`."""
    texts = [
        "Enquête : https://framaforms.org/enquete?id=42;lang=fr",
        "Écrire à mailto:lab@exemple.gouv.fr ou lab@exemple.gouv.fr",
        "Photos dans C:\\dossier et \\\\serveur\\partage",
        "R&amp;D ; à 09:30, ratio 16:9",
    ]
    workshop = _workshop_with(texts, "fr")
    workshop.apply(
        edits.set_day(workshop, workshop.all(Day)[0].id, date=dt.date(2026, 3, 12).isoformat())
    )
    exports = {
        "synthesis": _shown(COMMONMARK, synthesis_markdown(workshop))[0],
        "agenda": _shown(COMMONMARK, agenda_markdown(workshop, "facilitator"))[0],
    }
    reader = PdfReader(io.BytesIO(cards_pdf(workshop)))
    exports["cards"] = " ".join(page.extract_text() or "" for page in reader.pages)
    for name, shown in exports.items():
        for kept in (
            "https://framaforms.org/enquete?id=42;lang=fr",
            "mailto:lab@exemple.gouv.fr",
            "C:\\dossier",
            "\\\\serveur\\partage",
            "&amp;",
            "09:30",
            "16:9",
        ):
            assert kept in shown, (name, kept)
        assert f"Enquête{NBSP}:" in shown or "Enquête :" in shown, name  # prose: still typeset
        assert f"R&amp;D{NBSP};" in shown or "R&amp;D ;" in shown, name
