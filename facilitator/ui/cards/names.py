"""The words the card screens share: statuses, and where a card came from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain import cards
from facilitator.domain.records import CardStatus, PrototypeCard, VoteOption, VoteSession
from facilitator.domain.workshop import Workshop

STATUS_COLOURS: dict[str, str] = {
    "idea": "#6a6a6a",
    "to_test": "#b34000",
    "testing": "#0063cb",
    "adopted": "#18753c",
    "dropped": "#929292",
}


def status_names() -> dict[CardStatus, str]:
    names: dict[CardStatus, str] = {
        "idea": QCoreApplication.translate("Cards", "Idea"),
        "to_test": QCoreApplication.translate("Cards", "To test"),
        "testing": QCoreApplication.translate("Cards", "Being tested"),
        "adopted": QCoreApplication.translate("Cards", "Adopted"),
        "dropped": QCoreApplication.translate("Cards", "Dropped"),
    }
    return names


def source_text(workshop: Workshop, card: PrototypeCard) -> str:
    """ "From the idea “…”", "From the vote “…” (9 dots)", or that the source is gone."""
    if card.source_kind == "none":
        return ""
    label = " ".join(cards.source_label(workshop, card).split())
    if not label:
        return QCoreApplication.translate("Cards", "Its source was deleted since.")
    if len(label) > 120:
        label = label[:119] + "…"
    if card.source_kind == "idea":
        return QCoreApplication.translate("Cards", "From the idea “%1”").replace("%1", label)
    if card.source_kind == "cluster":
        return QCoreApplication.translate("Cards", "From the cluster “%1”").replace("%1", label)
    option = workshop.get(VoteOption, card.source_id)
    vote = workshop.get(VoteSession, option.vote_id if option else None)
    score = cards.source_dots(workshop, card)
    text = QCoreApplication.translate("Cards", "From the vote “%1”: “%2”")
    text = text.replace("%1", vote.title if vote else "").replace("%2", label)
    if score is not None and vote is not None and vote.method == "dots":
        dots = QCoreApplication.translate("Cards", "dots: %1").replace("%1", f"{score:g}")
        text += " — " + dots
    return text
