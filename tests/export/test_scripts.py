"""Text exactly as typed, in every script, in every PDF (issue 16): the issue's examples
(`مرحبا بالعالم`, `שלום עולם`, Persian, a French line with an Arabic name, Arabic with
numbers, a wrapped Arabic paragraph, `Atelier 🚲 mobilité` as the running header,
Chinese, Japanese, Korean, Tigrinya, Tamil, Greek, Cyrillic) in one workshop exported to
every PDF, read back three ways: pdftotext (the words in logical order), pdfplumber
(where each glyph is drawn, in which font) with fontTools (that font's own character
map: a glyph drawn in a font that lacks it is a box), and pdffonts (every font
declared is embedded)."""

from __future__ import annotations

import ast
import io
import re
import subprocess
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from fontTools.ttLib import TTFont
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from facilitator.domain import board, card_template, cards
from facilitator.domain.records import Board
from facilitator.domain.workshop import Workshop
from facilitator.export import pdf_text
from facilitator.export.agenda_pdf import agenda_pdf
from facilitator.export.cards_pdf import cards_pdf
from facilitator.export.pdf_fonts import ARABIC, BODY, FILES, coverage, font_for
from facilitator.export.pdf_pages import MARGIN, PAGE_WIDTH
from facilitator.export.pdf_text import (
    MOST_NAMED,
    line_runs,
    plain,
    prepared,
    visual_order,
)
from facilitator.export.synthesis_pdf import synthesis_pdf
from facilitator.library_access import full_demo
from facilitator.paths import resources_dir
from tests.export import scripts_workshop as fixture
from tests.export.pdf_layout import FRAME_TOP, collisions, glyphs, outside_frame

DOCUMENTS: dict[str, Callable[[Workshop], bytes]] = {
    "synthesis": synthesis_pdf,
    "agenda-participants": lambda w: agenda_pdf(w, "participants"),
    "agenda-facilitator": lambda w: agenda_pdf(w, "facilitator"),
    "cards": lambda w: cards_pdf(w, 1),
    "cards-two-a-page": lambda w: cards_pdf(w, 2),
}
# What each document holds of the fixture, read back in logical order.
EXPECTED: dict[str, tuple[str, ...]] = {
    "synthesis": (
        fixture.ARABIC,
        fixture.HEBREW,
        fixture.PERSIAN,
        "أحمد",
        "Rencontre avec Ahmad",
        "نقترح إنشاء نقل تضامني",
        *fixture.OTHER_WORDS,
        "https://exemple.fr/mobilité?ligne=12",
        "Vélos partagés 🚲🚌 pour tous 👍",
    ),
    "agenda-participants": (fixture.ARABIC, fixture.PERSIAN, "نقترح إنشاء نقل تضامني"),
    "agenda-facilitator": (
        fixture.ARABIC,
        fixture.PERSIAN,
        "نقترح إنشاء نقل تضامني",
        "أحمد",
        fixture.KOREAN,
        fixture.CHINESE,
        fixture.TIGRINYA,
    ),
    "cards": ("نقل تضامني", "نقترح إنشاء نقل تضامني", "الاتصال بالبلدية", "أحمد"),
    "cards-two-a-page": ("نقل تضامني", "نقترح إنشاء نقل تضامني", "الاتصال بالبلدية"),
}
# Which font draws each script's letters (by the PostScript name pdfplumber reports).
DRAWN_IN = {
    "你": "DroidSansFallback",
    "こ": "DroidSansFallback",
    "안": "NanumSquareR",
    "ሰ": "NotoSansEthiopic",
    "வ": "NotoSansTamil",
    "م": "NotoSansArabic",
    "ی": "NotoSansArabic",
    "ש": "DejaVuSans",
    "П": "DejaVuSans",
    "🚲": "Symbola",
    "🚀": "Symbola",
}
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@cache
def _workshop() -> Workshop:
    return fixture.scripts_workshop()


@cache
def _pdf(document: str, workshop: str = "scripts") -> bytes:
    source = _workshop() if workshop == "scripts" else full_demo()
    return DOCUMENTS[document](source)


def _flat(text: str) -> str:
    """Bidi marks (pdftotext wraps right-to-left runs in them) and spacing dropped."""
    text = BIDI_MARKS.sub("", text)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _pdftotext(data: bytes, *options: str) -> str:
    done = subprocess.run(
        ["pdftotext", *options, "-", "-"], input=data, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


@cache
def _cmaps() -> dict[str, frozenset[int]]:
    """Each shipped font's character map, by its PostScript name (fontTools reads the
    files themselves, not reportlab's view of them)."""
    found = {}
    for file_name in set(FILES.values()):
        with TTFont(resources_dir() / "fonts" / file_name, lazy=True) as font:
            found[font["name"].getDebugName(6)] = frozenset(font.getBestCmap())
    return found


def _chars(data: bytes) -> list[dict[str, object]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [dict(c) for page in pdf.pages for c in page.chars]


def test_every_string_drawn_goes_through_the_one_fallback() -> None:
    """No PDF module draws text around `pdf_text`: reportlab's Paragraph, Table, a
    drawing's String and the canvas's drawString are used only there (a header drawn
    with drawString printed `Atelier ☐ mobilité`)."""
    folder = Path(pdf_text.__file__).parent
    forbidden = {"Paragraph", "Table", "XPreformatted", "Preformatted", "String", "simpleSplit"}
    drawing = {"drawString", "drawRightString", "drawCentredString", "textLine", "textOut"}
    found = []
    for path in sorted(folder.glob("*.py")):
        if path.name in ("pdf_text.py", "pdf_fonts.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # The DOCX's chart painter reads the Strings pdf_text laid out (to paint them in
        # a PNG): it may name the class, never make one.
        reads_only = {"String"} if path.name == "docx_charts.py" else set()
        made = {
            n.func.id
            for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
        }
        assert not (reads_only & made), path.name
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab"):
                found += [
                    f"{path.name}: {a.name}" for a in node.names if a.name in forbidden - reads_only
                ]
            if isinstance(node, ast.Attribute) and node.attr in drawing:
                found.append(f"{path.name}:{node.lineno}: {node.attr}")
    assert not found


# -- the examples, in every PDF ---------------------------------------------------
@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_script_reads_back_in_logical_order(document: str) -> None:
    """pdftotext reads each word as typed: right-to-left words in logical order (the
    letters were drawn reversed and unjoined before), every other script whole."""
    text = _flat(_pdftotext(_pdf(document)))
    for phrase in EXPECTED[document]:
        assert phrase in text, phrase
    # The running header, on every page, emoji included.
    pages = _pdftotext(_pdf(document)).split("\f")[:-1]
    assert pages
    assert all(fixture.TITLE in _flat(page) for page in pages)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_glyph_is_in_the_font_that_draws_it(document: str) -> None:
    """Each character drawn is in the character map of the font drawing it (a glyph a
    font lacks prints as a box), and each script is drawn by its own font."""
    cmaps = _cmaps()
    fonts_of: dict[str, set[str]] = defaultdict(set)
    wrong = []
    for char in _chars(_pdf(document)):
        text, fontname = str(char["text"]), str(char["fontname"])
        base = fontname.split("+", 1)[-1]
        assert base in cmaps, fontname  # only our fonts, each as a subset
        for letter in text:
            fonts_of[letter].add(base)
            if not letter.isspace() and ord(letter) not in cmaps[base]:
                wrong.append(f"{letter!r} U+{ord(letter):04X} in {base}")
    assert not wrong, wrong[:20]
    for letter, font in DRAWN_IN.items():
        if letter in fonts_of:
            assert {f.split("-")[0] for f in fonts_of[letter]} == {font.split("-")[0]}, letter
    if document == "synthesis":  # every script of the fixture is in the synthesis
        assert set(DRAWN_IN) <= set(fonts_of)


@pytest.mark.parametrize("workshop", ["scripts", "demo"])
@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_font_is_declared_embedded(document: str, workshop: str, tmp_path: Path) -> None:
    """pdffonts lists only embedded subsets: no Helvetica (reportlab's default font, set
    by the canvas, a table's cells and a drawing's text state)."""
    path = tmp_path / "document.pdf"
    path.write_bytes(_pdf(document, workshop))
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = listing.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        name, *_, embedded, subset, unicode_map, _object, _generation = row.split()
        assert (embedded, subset, unicode_map) == ("yes", "yes", "yes"), row
        assert "+" in name and "Helvetica" not in name, row


def _lines(data: bytes) -> list[list[dict[str, object]]]:
    """The drawn characters, line by line (page and baseline: fonts differ in height),
    left to right."""
    rows: dict[tuple[object, int], list[dict[str, object]]] = defaultdict(list)
    for char in _chars(data):
        if str(char["text"]).strip():
            baseline = char["matrix"][5]  # type: ignore[index] # the text matrix's y
            rows[char["page_number"], round(float(baseline))].append(char)
    ordered = sorted(rows.items(), key=lambda item: (item[0][0], -item[0][1]))  # top first
    return [sorted(row, key=lambda c: float(str(c["x0"]))) for _, row in ordered]


def _drawn(line: list[dict[str, object]]) -> str:
    return "".join(str(c["text"]) for c in line)


def test_right_to_left_lines_are_drawn_right_to_left() -> None:
    """Read left to right on the page, an Arabic line is its text reversed; a French
    line with an Arabic name keeps the French in order and the name reversed; numbers
    in Arabic text keep their digits in order; a bracket pair stays whole."""
    drawn = {_drawn(line) for line in _lines(_pdf("synthesis"))}

    def found(text: str) -> bool:  # in a line of the page (a table's row has more)
        return any(text in line for line in drawn)

    squeeze = "".join
    assert found(squeeze(fixture.ARABIC.split())[::-1])
    assert found(squeeze(fixture.HEBREW.split())[::-1])
    assert found(squeeze(fixture.PERSIAN.split())[::-1])
    assert found("RencontreavecAhmad" + "أحمد"[::-1] + "le12")
    # "الاجتماع 12 في الساعة 14:30 مع 3 عائلات": words right to left, numbers left to right.
    expected = "عائلات"[::-1] + "3" + "مع"[::-1] + "14:30" + "فيالساعة"[::-1] + "12"
    assert found(expected + "الاجتماع"[::-1])
    assert found("Transport(6)🚌" + "نقل"[::-1])  # the cluster's name, its count whole


def test_a_wrapped_right_to_left_paragraph_reads_from_the_top_right() -> None:
    """A card's Arabic paragraph, wrapped over lines: its first words are on the first
    line, at its right end (the paragraph is set flush right), the next on the line
    below; a French link inside keeps its own order."""
    rows = _lines(_pdf("cards"))
    texts = [_drawn(row) for row in rows]
    first = next(n for n, text in enumerate(texts) if text.endswith("نقترح"[::-1]))
    right_edge = PAGE_WIDTH - MARGIN - 6  # the frame's padding
    assert abs(float(str(rows[first][-1]["x1"])) - right_edge) < 1
    assert "كل أسبوع"[::-1].replace(" ", "") in "".join(texts[first + 1 : first + 3])
    assert any("https://exemple.fr/mobilité?ligne=12" in text for text in texts)


def test_a_right_to_left_paragraph_split_over_pages_stays_right_to_left() -> None:
    """An Arabic card field two pages long: the part on each page is still set flush
    right, its lines still drawn right to left."""
    workshop = full_demo()
    changes, card_id = cards.create_card(workshop, fixture.CARD)
    workshop.apply(changes)
    field = card_template.fields_of(workshop)[0]
    long_text = " ".join([fixture.ARABIC_PARAGRAPH] * 60)
    workshop.apply(cards.set_value(workshop, card_id, field.id, long_text))
    data = cards_pdf(workshop, 1)
    right_edge = PAGE_WIDTH - MARGIN - 6
    pages_seen = set()
    for row in _lines(data):
        if "نقترح"[::-1] in _drawn(row) and len(row) > 40:  # a whole line of the field
            assert abs(float(str(row[-1]["x1"])) - right_edge) < 1
            pages_seen.add(row[0]["page_number"])
    assert len(pages_seen) >= 2  # the paragraph was split, its second part kept right


def test_arabic_is_joined() -> None:
    """The Arabic words are drawn with their joined forms (initial, medial, final): the
    line is as wide as the joined letters, not the isolated ones."""
    target = "".join(fixture.ARABIC.split())[::-1]
    for row in _lines(_pdf("synthesis")):
        texts = [str(c["text"]) for c in row]
        if target in "".join(texts) and all(len(t) == 1 for t in texts):  # no ligature
            start = "".join(texts).index(target)
            line = row[start : start + len(target)]
            break
    else:
        raise AssertionError("the Arabic idea is not drawn")
    size = float(str(line[0]["size"]))
    name = ARABIC.bold if "Bold" in str(line[0]["fontname"]) else ARABIC.regular
    width = sum(float(str(c["width"])) for c in line)
    joined = stringWidth(prepared(fixture.ARABIC).replace(" ", ""), name, size)
    isolated = stringWidth(fixture.ARABIC.replace(" ", ""), name, size)
    assert abs(width - joined) < 0.5
    assert abs(width - isolated) > 2


def test_the_running_header_draws_emoji_in_the_emoji_font() -> None:
    """`Atelier 🚲 mobilité` at the top of every page of every document: the bicycle in
    Symbola, not a box in the body font."""
    for document in DOCUMENTS:
        with pdfplumber.open(io.BytesIO(_pdf(document))) as pdf:
            for page in pdf.pages:
                header = [c for c in page.chars if c["bottom"] < FRAME_TOP - 4]
                bicycles = [c for c in header if c["text"] == "🚲"]
                assert len(bicycles) == 1, (document, page.page_number)
                assert bicycles[0]["fontname"].endswith("+Symbola")


@pytest.mark.parametrize("document", DOCUMENTS)
def test_scripts_stay_in_their_place(document: str) -> None:
    """No glyph drawn over another (a mark set on its letter, zero-width by design, is
    not a collision), none off the frame."""
    data = _pdf(document)
    found = []
    for page in glyphs(data):
        for a, b in collisions(page):
            if unicodedata.category(a.text[0]) == "Mn" or unicodedata.category(b.text[0]) == "Mn":
                continue
            found.append(f"{a} over {b.text!r}")
    assert not found, found[:10]
    assert not outside_frame(data)


# -- what no font draws, what draws nothing -------------------------------------------------
def _with_ideas(texts: list[str]) -> Workshop:
    workshop = full_demo()
    board_id = workshop.all(Board)[0].id
    workshop.apply(board.capture(workshop, board_id, texts)[0])
    return workshop


def test_a_character_no_font_draws_is_named_never_a_silent_box() -> None:
    """Hindi (Devanagari, which none of our fonts has) and an Egyptian hieroglyph are
    printed as a note naming their code points; a long run names MOST_NAMED of them."""
    hindi = "नमस्ते"
    long_run = "देवनागरीलिपिमेंलिखा"
    assert all(font_for(c, BODY) is None for c in hindi + long_run + "𓀀")
    data = synthesis_pdf(_with_ideas([f"Bonjour {hindi} !", "𓀀", long_run]))
    text = _flat(_pdftotext(data))
    assert "[U+0928 U+092E U+0938 U+094D U+0924 U+0947]" in text
    assert "[U+13000]" in text
    named = " ".join(f"U+{ord(c):04X}" for c in long_run[:MOST_NAMED])
    assert f"[{named} …+{len(long_run) - MOST_NAMED}]" in text
    cmaps = _cmaps()
    for char in _chars(data):
        base = str(char["fontname"]).split("+", 1)[-1]
        assert all(ord(c) in cmaps[base] for c in str(char["text"]) if not c.isspace())


def test_invisible_characters_draw_nothing() -> None:
    """Joiners, variation selectors, bidi marks, a zero-width space and a tab typed into
    an idea print no box: emoji sequences print as their emoji, the rest as nothing or
    a space."""
    family = "👩\u200d👩\u200d👧"
    idea = f"Famille {family} ❤\ufe0f \u200fשלום\u200f a\tb c\u200bd\u2060e"
    data = synthesis_pdf(_with_ideas([idea]))
    text = _flat(_pdftotext(data))
    # (pdftotext moves the space between a right-to-left word and the next one.)
    assert "Famille 👩👩👧 ❤" in text and "שלום" in text and "a b cde" in text
    cmaps = _cmaps()
    for char in _chars(data):
        base = str(char["fontname"]).split("+", 1)[-1]
        assert all(ord(c) in cmaps[base] for c in str(char["text"]) if not c.isspace())


# -- the rules, on their own ------------------------------------------------------------------
def test_display_order() -> None:
    def shown(text: str, base: int) -> str:
        return "".join(c for _, c in visual_order(text, base))

    assert shown("abc", 0) == "abc"
    assert shown("שלום עולם", 1) == "םלוע םולש"
    assert shown("Ahmad أحمد le 12", 0) == "Ahmad دمحأ le 12"
    assert shown("نقل (6)", 1) == "(6) لقن"  # brackets mirrored, kept as a pair
    assert shown("نقل Transport (6)", 1) == "Transport (6) لقن"
    assert shown("(مرحبا)", 1) == "(ابحرم)"
    assert shown("عدد 1234", 1) == "1234 ددع"
    assert shown("ab  ", 1) == "  ab"  # the spaces ending a line take its direction
    # Tamil: a vowel sign written before its consonant is drawn before it; a two-part
    # vowel sign around it.
    assert shown("கெ", 0) == "ெக"
    assert shown("கொ", 0) == "ெகா"
    assert shown("வணக்கம்", 0) == "வணக்கம்"


def test_the_bidi_engine_is_python_bidi_rust() -> None:
    """Levels come from python-bidi's Rust engine (UBA with bracket pairs); its report's
    shape is read here, so a change of python-bidi is noticed at once."""
    assert pdf_text._rust_levels("نقل Transport (6)", 1) == [1] * 4 + [2] * 13


def test_text_layer_reads_ligatures_and_surrogates() -> None:
    """The lam-alef ligature reads as its two letters (given right to left, as drawn),
    an emoji beyond U+FFFF as a UTF-16 pair."""
    from facilitator.export.pdf_fonts import _to_unicode_cmap

    cmap = _to_unicode_cmap("F", [0, 0xFEFB, 0x1F6B2, 0x41])
    assert "<01> <06270644>" in cmap  # alef, lam
    assert "<02> <D83DDEB2>" in cmap
    assert "<03> <0041>" in cmap
    assert prepared("لا") == "\ufefb"


def test_prepared_text() -> None:
    assert prepared("Café « ok » ?") == "Café « ok » ?"  # the fast path: as it is
    assert prepared("a\tb\x00c") == "a b c"
    assert prepared("e\u0301") == "e\u0301"  # a combining accent is kept
    assert prepared("می\u200cخواهم") == "\ufee3\ufbfd\ufea7\ufeee\ufe8d\ufeeb\ufee2"
    assert prepared("مُحَمَّد").count("\u064e") == 2  # vowel marks are kept


def test_plain_text_takes_the_fast_path() -> None:
    assert plain("Réunion à 14 h, « café » — 22 %")
    assert plain("Привет, мир") and plain("Καλημέρα")
    assert not plain("שלום")  # right to left
    assert not plain("مرحبا")  # joined
    assert not plain("🚲")  # another font
    assert not plain("a\u200db")  # an invisible joiner


SCRIPT_SAMPLES = (
    "abc éà",
    "مرحبا بالعالم",
    "سلام دنیا",
    "שלום",
    "你好",
    "こんにちは",
    "안녕",
    "ሰላም",
    "வணக்கம் கெ கொ",
    "Καλη",
    "Привет",
    "🚲👍🏽",
    "12 3,5 %",
    "()[]{}«»<>",
    "\u200d\u200c\u200f\u202e\ufe0f\t\n",
    "नमस्ते",
    "𓀀",
    "\ud800\ue000",  # a lone surrogate (a damaged import), a private-use character
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(SCRIPT_SAMPLES), min_size=1, max_size=6).map(" ".join),
    st.sampled_from([pdf_text.BODY, pdf_text.BOLD, pdf_text.ITALIC]),
)
def test_any_mix_of_scripts_draws_only_glyphs_its_fonts_have(text: str, font: str) -> None:
    """Any mix of scripts, controls and emoji, in any of the three styles: every
    character drawn is in the character map of the font drawing it, and every character
    of the prepared text is drawn exactly once (reordered, mirrored, never lost)."""
    runs = line_runs(text, font)
    for name, part in runs:
        assert all(ord(c) in coverage(name) for c in part), (name, part)
    drawn = "".join(part for _, part in runs)
    expected = prepared(text.replace("\n", " "), font)

    def canonical(characters: str) -> list[str]:
        characters = characters.translate(str.maketrans("([{«<", ")]}»>"))
        for whole, parts in pdf_text._TAMIL_SPLIT.items():
            characters = characters.replace(whole, parts)
        return sorted(characters)

    assert canonical(drawn) == canonical(expected)
