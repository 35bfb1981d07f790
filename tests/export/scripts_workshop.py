"""A workshop written in the scripts people in French territories write (issue 16): the
issue's own examples as ideas, a board, a cluster, a dot vote and a matrix (axes and
labels), a prototype card with its next step, an agenda item, and `Atelier 🚲 mobilité`
as the title (the running header of every page). Used by tests/export/test_scripts.py
and docs/screenshots (the synthesis page with Arabic, Persian, emoji and a link)."""

from __future__ import annotations

import subprocess

from facilitator.domain import agenda, board, card_template, cards, edits, scoring, voting
from facilitator.domain.records import AgendaItem
from facilitator.domain.workshop import Workshop
from facilitator.library_access import full_demo

TITLE = "Atelier 🚲 mobilité"
ARABIC = "مرحبا بالعالم"
HEBREW = "שלום עולם"
PERSIAN = "سلام دنیا"
MIXED = "Rencontre avec Ahmad أحمد le 12"
ARABIC_NUMBERS = "الاجتماع 12 في الساعة 14:30 مع 3 عائلات"
ARABIC_PARAGRAPH = " ".join(
    [
        "نقترح إنشاء نقل تضامني بين القرى والمدينة",
        "للعائلات التي ليس لديها سيارة،",
        "مع سائقين متطوعين من الجمعية",
        "ومواعيد ثابتة كل أسبوع للذهاب إلى الطبيب والسوق والإدارة",
    ]
)
CHINESE = "你好"
JAPANESE = "こんにちは"
KOREAN = "안녕하세요"
TIGRINYA = "ሰላም"
TAMIL = "வணக்கம்"
GREEK = "Καλημέρα κόσμε"
CYRILLIC = "Привет, мир"
LINK = "Carte des lignes : https://exemple.fr/mobilité?ligne=12 🚌"
EMOJI = "Vélos partagés 🚲🚌 pour tous 👍"
IDEAS = (
    ARABIC,
    HEBREW,
    PERSIAN,
    MIXED,
    ARABIC_NUMBERS,
    ARABIC_PARAGRAPH,
    CHINESE,
    JAPANESE,
    KOREAN,
    TIGRINYA,
    TAMIL,
    GREEK,
    CYRILLIC,
    LINK,
    EMOJI,
)
# Words each PDF must read back, in logical order (pdftotext).
RIGHT_TO_LEFT_WORDS = ("مرحبا", "بالعالم", "שלום", "עולם", "سلام", "دنیا", "أحمد")
OTHER_WORDS = (CHINESE, JAPANESE, KOREAN, TIGRINYA, TAMIL, "Καλημέρα", "Привет")
CLUSTER = "نقل 🚌 Transport"
AXES = ("الجهد Effort", "الأثر 🚀 Impact")
CARD = "نقل تضامني 🚐"
STEP = ("الاتصال بالبلدية 📞", "أحمد")
ACTIVITY = "Tour de table — جولة 🎤"


def scripts_workshop() -> Workshop:
    """The demo workshop (its agenda, votes and cards) with everything above added."""
    workshop = full_demo()
    workshop.apply(edits.set_info(workshop, title=TITLE, question=f"{ARABIC} ? {PERSIAN} 🚲"))
    item = workshop.all(AgendaItem)[0]
    workshop.apply(
        agenda.set_item(
            workshop,
            item.id,
            title=ACTIVITY,
            participant_instructions=ARABIC_PARAGRAPH,
            facilitator_notes=f"{MIXED}\n{KOREAN} {CHINESE} {TIGRINYA}",
        )
    )
    changes, board_id = board.add_board(workshop, f"Idées 🚲 {PERSIAN}", ARABIC_NUMBERS)
    workshop.apply(changes)
    changes, ids = board.capture(workshop, board_id, list(IDEAS), author="أحمد")
    workshop.apply(changes)
    changes, _ = board.create_cluster(workshop, board_id, CLUSTER, ids[:6])
    workshop.apply(changes)
    changes, vote_id = voting.create_vote(workshop, board_id, f"Vote 🗳️ {ARABIC}")
    workshop.apply(changes)
    for dots, option in enumerate(voting.options_of(workshop, vote_id)):
        workshop.apply(voting.set_tally(workshop, vote_id, option.id, 1 + dots % 4))
    changes, matrix_id = voting.create_vote(
        workshop,
        board_id,
        f"Matrice {PERSIAN}",
        method="matrix",
        target_ids=ids[:8],
        x_label=AXES[0],
        y_label=AXES[1],
    )
    workshop.apply(changes)
    for n, option in enumerate(voting.options_of(workshop, matrix_id)):
        workshop.apply(scoring.place(workshop, matrix_id, option.id, 0.1 + n * 0.1, 0.9 - n * 0.1))
    changes, card_id = cards.create_card(workshop, CARD)
    workshop.apply(changes)
    for field in card_template.fields_of(workshop)[:2]:
        workshop.apply(cards.set_value(workshop, card_id, field.id, f"{ARABIC_PARAGRAPH} {LINK}"))
    workshop.apply(cards.add_step(workshop, card_id, STEP[0], STEP[1], "2026-06-01")[0])
    return workshop


def scripts_page(synthesis: bytes) -> int:
    """The synthesis's page (from 1) that lists the ideas with the link: Arabic, Persian,
    emoji and the link on one page (pdftotext reads it)."""
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=synthesis, capture_output=True, check=True
    ).stdout.decode("utf-8")
    for number, page in enumerate(text.split("\f"), start=1):
        if "exemple.fr/mobilité" in page and "Idées non regroupées" in page:
            return number
    raise ValueError("no page lists the ideas with the link")
