"""The demo workshop with its polls answered (issue 19), for the exports' tests and the
screenshots: the first day's météo (21 phones, 3 hands), the first day's ROTI (60 phones
and 6 papers), the closing round's word cloud (one word each, from phones and from
paper, in several spellings, one a formula) and a free-text poll of no activity (texts
with markup, line breaks and a formula). Every figure below is counted by hand."""

from __future__ import annotations

from facilitator.domain import polls
from facilitator.domain.changes import ChangeSet, update
from facilitator.domain.records import AgendaItem, Language, Poll, replaced
from facilitator.domain.workshop import Workshop
from facilitator.library_access import full_demo

ANSWERED_AT = "2026-03-12T16:40:00+01:00"
# The ROTI, values 1 to 5: from phones, and on paper. 66 answers, mean 248 / 66, median 4.
ROTI_PHONES = (2, 5, 14, 24, 15)
ROTI_PAPER = (0, 0, 2, 3, 1)
ROTI_MEAN = 248 / 66
# The météo: Soleil, Nuages, Pluie, Orage.
WEATHER_PHONES = (9, 8, 3, 1)
WEATHER_PAPER = (2, 1, 0, 0)
# The closing round's word cloud: one word each (énergie 6 in five spellings, 1 typed).
CLOSING_PHONES = (
    "énergie",
    "Energie",
    "ÉNERGIE !",
    "énergie",
    "Énergie",
    "Concret",
    "concret.",
    "Concret",
    "Bienveillance",
    "bienveillance",
    '=HYPERLINK("http://e.vil")',
)
CLOSING_PAPER = ("Inspirant", "énergie")
CLOUD = (("énergie", 6), ("Concret", 3), ("bienveillance", 2))
TEXT_QUESTION = "Une remarque pour l’équipe\u00a0?"
TEXTS_PHONES = (
    "Merci pour l’accueil\u00a0!\nÀ refaire avec les élus.",
    "<b>Trop court</b> & mal chauffé",
    "@SUM(1+1)",
)
TEXTS_PAPER = ("Plus de pauses, SVP",)
CALM_TEXTS = ("Un peu court pour le prototypage.", "La salle était froide le matin.")


def _apply(workshop: Workshop, changes: ChangeSet) -> None:
    workshop.apply(changes)


def _poll(workshop: Workshop, method_id: str, *, run: bool) -> Poll:
    """The draft poll of the demo's item made from `method_id`, on the day run or not."""
    for poll in polls.polls_in_order(workshop):
        item = workshop.get(AgendaItem, poll.agenda_item_id)
        if item is not None and item.method_id == method_id and bool(item.actual_start) == run:
            return poll
    raise LookupError(method_id)


def _choices(
    workshop: Workshop, poll: Poll, phones: tuple[int, ...], paper: tuple[int, ...]
) -> None:
    _apply(workshop, polls.open_poll(workshop, poll.id))
    options = polls.options_of(workshop, poll.id)
    number = 0
    for option, count in zip(options, phones, strict=True):
        for _ in range(count):
            number += 1
            _apply(
                workshop,
                polls.answer_from_phone(
                    workshop,
                    poll.id,
                    f"{poll.kind} {number}",
                    option_id=option.id,
                    answered_at=ANSWERED_AT,
                ),
            )
    _apply(workshop, polls.close_poll(workshop, poll.id))
    for option, count in zip(options, paper, strict=True):
        _apply(workshop, polls.set_paper_count(workshop, poll.id, option.id, count))
    _apply(workshop, polls.reveal_poll(workshop, poll.id))


def _texts(
    workshop: Workshop, poll_id: str, phones: tuple[str, ...], paper: tuple[str, ...]
) -> None:
    _apply(workshop, polls.open_poll(workshop, poll_id))
    for number, text in enumerate(phones, start=1):
        at = f"2026-03-13T16:{number:02d}:00+01:00"
        _apply(
            workshop,
            polls.answer_from_phone(
                workshop, poll_id, f"Phone {number}", text=text, answered_at=at
            ),
        )
    _apply(workshop, polls.close_poll(workshop, poll_id))
    for text in paper:
        changes, _ = polls.add_paper_answer(
            workshop, poll_id, text, answered_at="2026-03-13T16:59:00+01:00"
        )
        _apply(workshop, changes)


def polls_workshop(language: Language = "fr", *, hostile: bool = True) -> Workshop:
    """The full demo with the polls the module's docstring lists, answered and closed
    (the ROTI and the météo revealed), in `language` (the polls' texts stay French: the
    demo's library made them so). Without `hostile` (the screenshots), no formula and
    no markup: the last word and the second and third texts are plain ones."""
    workshop = full_demo()
    if language != workshop.info.language:
        info = workshop.info
        workshop.apply(ChangeSet.of([update(info, replaced(info, {"language": language}))]))
    _choices(workshop, _poll(workshop, "meteo-inclusion", run=True), WEATHER_PHONES, WEATHER_PAPER)
    _choices(workshop, _poll(workshop, "roti", run=False), ROTI_PHONES, ROTI_PAPER)
    closing = _poll(workshop, "tour-de-cloture", run=False)
    words = CLOSING_PHONES if hostile else (*CLOSING_PHONES[:-1], "Écoute")
    _texts(workshop, closing.id, words, CLOSING_PAPER)
    changes, text_id = polls.new_poll(workshop, "text", TEXT_QUESTION)
    _apply(workshop, changes)
    texts = TEXTS_PHONES if hostile else (TEXTS_PHONES[0], *CALM_TEXTS)
    _texts(workshop, text_id, texts, TEXTS_PAPER)
    return workshop
