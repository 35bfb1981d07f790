"""The polls in the synthesis (PDF and Markdown), the polls' CSV and the command line
(issue 19), read back: each poll's question, its activity, how many answered from phones
and on paper, every option's count and share, a scale's mean and median, the word cloud
with its counts, the free texts as typed; polls nobody answered left out; no phone's
label anywhere; hostile words plain text (markup, formulas); bounded output for a poll
of 5,000 texts or 300 words; no glyph over another."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

from markdown_it import MarkdownIt
from pypdf import PdfReader

from facilitator.domain import polls
from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.demo import demo_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.records import PollAnswer
from facilitator.domain.workshop import Workshop
from facilitator.export.formats import EXPORT_SUFFIXES, ExportOptions, export_bytes
from facilitator.export.polls_csv import polls_csv
from facilitator.export.synthesis_md import synthesis_markdown
from facilitator.export.synthesis_pdf import MOST_TEXTS, MOST_WORDS, synthesis_pdf
from facilitator.storage.workshop_file import WorkshopFile
from tests.export.pdf_layout import outside_frame, overlapping_glyphs
from tests.export.polls_workshop import (
    CLOSING_PAPER,
    CLOUD,
    ROTI_PAPER,
    ROTI_PHONES,
    TEXT_QUESTION,
    TEXTS_PAPER,
    TEXTS_PHONES,
    WEATHER_PAPER,
    WEATHER_PHONES,
    polls_workshop,
)


def _text(data: bytes) -> str:
    """The PDF's text as pdftotext reads it (layout kept: a table's row on one line),
    blanks made single."""
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    lines = (" ".join(line.replace("\u00a0", " ").split()) for line in out.splitlines())
    return "\n".join(line.replace(" %", "%") for line in lines)  # pdftotext spaces "4 %" or not


def _outline(data: bytes) -> list[str]:
    return [str(o.title) for o in PdfReader(io.BytesIO(data)).outline if not isinstance(o, list)]


def test_the_synthesis_pdf_gives_every_poll_s_figures() -> None:
    workshop = polls_workshop()
    data = synthesis_pdf(workshop, ["cover", "votes", "polls", "cards"])
    outline = _outline(data)
    assert (
        outline.index("Les votes") < outline.index("Les sondages") < outline.index("Les prototypes")
    )
    text = _text(data)
    lines = text.splitlines()
    # The météo: 21 phones and 3 hands, by hand 11, 9, 3, 1 of 24.
    assert "Choix · Météo d’inclusion · 24 réponses : 21 par téléphone, 3 sur papier" in lines
    for label, count, share in (
        ("Soleil", 11, 46),
        ("Nuages", 9, 38),
        ("Pluie", 3, 12),
        ("Orage", 1, 4),
    ):
        assert f"{label} {count} {share}%" in lines, label
    # The ROTI: 60 phones and 6 papers; mean 248 / 66 = 3.7575..., median 4.
    totals = [a + b for a, b in zip(ROTI_PHONES, ROTI_PAPER, strict=True)]
    assert totals == [2, 5, 16, 27, 16]
    assert (
        "Échelle de 1 à 5 · ROTI (retour sur le temps investi) · 66 réponses : "
        "60 par téléphone, 6 sur papier"
    ) in lines
    assert "1 — Temps perdu 2 3%" in lines
    assert "4 — Bien : j’ai gagné plus que le temps passé 27 41%" in lines
    assert "5 — Excellent : cela valait bien plus 16 24%" in lines
    assert "Moyenne 3,76 sur 5, médiane 4" in lines
    # The word cloud: each word followed by its count.
    assert "Nuage de mots · Tour de clôture · 13 réponses : 11 par téléphone, 2 sur papier" in lines
    flat = " ".join(text.split())
    for word, count in CLOUD:
        assert f"{word} {count}" in flat or word in flat, word
    assert CLOSING_PAPER[0] in flat
    # The free texts, as typed, line breaks kept; markup is text.
    assert "Texte libre · 4 réponses : 3 par téléphone, 1 sur papier" in lines
    assert "• <b>Trop court</b> & mal chauffé" in lines
    assert "• Merci pour l’accueil !" in lines and "À refaire avec les élus." in lines
    assert "• " + TEXTS_PAPER[0] in lines
    # Polls nobody answered (the second day's météo and ROTI) are left out; no labels.
    assert flat.count("Quelle est votre météo en ce moment ?") == 1
    assert "roti 1" not in flat and "Phone 1" not in flat and "choice 1" not in flat
    assert overlapping_glyphs(data) == []
    assert outside_frame(data) == []


def test_the_cloud_shows_each_word_with_its_count() -> None:
    """Read in drawing order (pdftotext -raw): each word, then its count, the most
    frequent first; a formula is a word like any other."""
    data = synthesis_pdf(polls_workshop(), ["polls"])
    raw = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    cloud = raw[raw.index("Nuage de mots") : raw.index(TEXT_QUESTION.replace("\u00a0", " "))]
    found = re.findall(r"(\S+)\s*?\u00a0?\s*(\d+)(?=\s)", cloud.split("\n", 1)[1])
    assert found[:3] == [(word, str(count)) for word, count in CLOUD]
    assert ("Inspirant", "1") in found
    assert ('=HYPERLINK("http://e.vil', "1") in found


def test_the_english_synthesis_writes_its_figures_in_english() -> None:
    text = _text(synthesis_pdf(polls_workshop("en"), ["polls"]))
    lines = text.splitlines()
    assert "The polls" in lines
    assert (
        "Scale of 1 to 5 · ROTI (retour sur le temps investi) · 66 answers: 60 from phones, "
        "6 on paper" in lines
    )
    assert "Mean 3.76 out of 5, median 4" in lines
    assert "Soleil 11 46%" in lines


def test_a_workshop_without_an_answer_has_no_polls_section() -> None:
    workshop = demo_workshop()
    changes, _ = polls.new_roti(workshop, "fr")
    workshop.apply(changes)
    assert "Les sondages" not in _outline(synthesis_pdf(workshop))
    assert "Sondages" not in synthesis_markdown(workshop)


def _answered_poll(kind: str, texts: list[str]) -> Workshop:
    workshop = demo_workshop()
    changes, poll_id = polls.new_poll(workshop, kind, "Beaucoup ?", words_per_answer=1)  # type: ignore[arg-type]
    workshop.apply(changes)
    rows = [
        PollAnswer(
            id=new_id(), poll_id=poll_id, participant=f"P{n}", text=t, answered_at=f"{n:05d}"
        )
        for n, t in enumerate(texts)
    ]
    workshop.apply(ChangeSet.of(insert(r) for r in rows))
    return workshop


def test_five_thousand_texts_print_the_first_hundred_and_count_the_rest() -> None:
    """The most answers a poll holds (MAX_ANSWERS_PER_POLL), each 500 characters long:
    the synthesis prints MOST_TEXTS of them and says how many more; the CSV has all."""
    texts = [f"Réponse {n} " + "x" * 480 for n in range(polls.MAX_ANSWERS_PER_POLL)]
    workshop = _answered_poll("text", texts)
    data = synthesis_pdf(workshop, ["polls"])
    text = " ".join(_text(data).split())
    assert f"… et {polls.MAX_ANSWERS_PER_POLL - MOST_TEXTS} autres réponses" in text
    assert "Réponse 99 " in text and "Réponse 100 " not in text
    assert len(PdfReader(io.BytesIO(data)).pages) <= 30
    rows = list(csv.reader(io.StringIO(polls_csv(workshop).decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + polls.MAX_ANSWERS_PER_POLL


def test_three_hundred_words_show_the_most_frequent_sixty() -> None:
    texts = [f"mot{n}" for n in range(300)] + ["fréquent"] * 20
    workshop = _answered_poll("words", texts)
    text = " ".join(_text(synthesis_pdf(workshop, ["polls"])).split())
    assert "fréquent" in text
    assert f"… et {300 + 1 - MOST_WORDS} autres mots." in text


def test_emoji_labels_are_drawn() -> None:
    workshop = demo_workshop()
    labels = ["☀️ Soleil", "☁️ Nuages", "🌧️ Pluie", "⛈️ Orage"]
    changes, poll_id = polls.new_poll(workshop, "choice", "Météo ?", labels)
    workshop.apply(changes)
    option = polls.options_of(workshop, poll_id)[2].id
    workshop.apply(polls.set_paper_count(workshop, poll_id, option, 4))
    data = synthesis_pdf(workshop, ["polls"])
    text = _text(data)
    assert "Pluie 4 100%" in " ".join(text.split()).replace("🌧️ ", "").replace("🌧 ", "")
    assert "🌧" in text and "⛈" in text
    assert overlapping_glyphs(data) == []


# -- Markdown ----------------------------------------------------------------------------------
def test_the_markdown_synthesis_gives_the_same_figures_as_plain_text() -> None:
    workshop = polls_workshop()
    text = synthesis_markdown(workshop)
    assert "## Les sondages" in text
    assert "| Soleil | 11 | 46\u00a0% |" in text
    assert "| 4 — Bien\u00a0: j’ai gagné plus que le temps passé | 27 | 41\u00a0% |" in text
    assert "**Moyenne 3,76 sur 5, médiane 4**" in text
    assert "*Choix · Météo d’inclusion · 24 réponses\u00a0: 21 par téléphone, 3 sur papier*" in text
    assert "- énergie · 6" in text and "- Concret · 3" in text
    tokens = MarkdownIt("commonmark").parse(text)
    html = [t for t in tokens if t.type in ("html_inline", "html_block")]
    html += [c for t in tokens for c in t.children or [] if c.type == "html_inline"]
    assert html == []  # "<b>Trop court</b>" is text, not markup
    rendered = MarkdownIt("commonmark").render(text)
    assert "&lt;b&gt;Trop court&lt;/b&gt; &amp; mal chauffé" in rendered
    assert TEXT_QUESTION.replace("\u00a0", " ") in rendered.replace("\u00a0", " ")
    assert "roti 1" not in text and "Phone 1" not in text


# -- CSV ---------------------------------------------------------------------------------------
def _rows(data: bytes, separator: str = ";") -> list[list[str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=separator))


def test_the_polls_csv_has_a_row_per_answer_with_exact_counts() -> None:
    workshop = polls_workshop()
    rows = _rows(polls_csv(workshop))
    assert rows[0] == [
        "Sondage",
        "Question",
        "Activité",
        "Type",
        "Réponse",
        "Valeur",
        "Téléphones",
        "Papier",
        "Total",
        "Moyenne",
        "Médiane",
    ]
    weather = [r for r in rows[1:] if r[0] == "1"]
    assert [r[4:9] for r in weather] == [
        [label, str(n + 1), str(phones), str(paper), str(phones + paper)]
        for n, (label, phones, paper) in enumerate(
            zip(("Soleil", "Nuages", "Pluie", "Orage"), WEATHER_PHONES, WEATHER_PAPER, strict=True)
        )
    ]
    roti = [r for r in rows[1:] if r[0] == "2"]
    assert [(r[5], r[6], r[7], r[8]) for r in roti] == [
        (str(v), str(p), str(q), str(p + q))
        for v, p, q in zip(range(1, 6), ROTI_PHONES, ROTI_PAPER, strict=True)
    ]
    assert {(r[9], r[10]) for r in roti} == {("3,7576", "4")}
    # The second day's météo, unanswered: its options with zeros.
    unanswered = [r for r in rows[1:] if r[0] == "3"]
    assert [r[8] for r in unanswered] == ["0", "0", "0", "0"]
    words = [r for r in rows[1:] if r[3] == "Nuage de mots"]
    assert [(r[4], r[6], r[7], r[8]) for r in words[:2]] == [
        ("énergie", "5", "1", "6"),
        ("Concret", "3", "0", "3"),
    ]
    texts = [r for r in rows[1:] if r[3] == "Texte libre"]
    assert [r[4] for r in texts] == [*TEXTS_PHONES[:2], "'@SUM(1+1)", TEXTS_PAPER[0]]
    # A formula typed from a phone is shown, never run: a leading apostrophe.
    assert "'=HYPERLINK(\"http://e.vil" in [r[4] for r in words]
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    # No phone's label.
    assert not any("roti 1" in cell or "Phone" in cell for row in rows for cell in row)


def test_the_polls_csv_in_english_with_a_comma() -> None:
    rows = _rows(polls_csv(polls_workshop("en"), ","), ",")
    assert rows[0][:5] == ["Poll", "Question", "Activity", "Kind", "Answer"]
    assert {r[9] for r in rows[1:] if r[0] == "2"} == {"3.7576"}
    assert rows[1][3] == "Choice"


def test_the_command_line_writes_the_polls_csv(tmp_path: Path) -> None:
    path = tmp_path / "atelier.atelier"
    WorkshopFile.create(path, polls_workshop()).close()
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "export", str(path), "--format", "polls-csv"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    out = path.with_name("atelier" + EXPORT_SUFFIXES["polls-csv"])
    assert out.name == "atelier-sondages.csv"
    assert out.read_bytes() == polls_csv(WorkshopFile.open(path, read_only=True)[1])
    sections = export_bytes(polls_workshop(), "md", ExportOptions(sections=("polls",)))
    assert sections.decode("utf-8").startswith("## Les sondages")
