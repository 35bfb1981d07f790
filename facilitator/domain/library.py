"""The method library and the session templates: proven formats an agenda is built from.

Both are loaded from human-editable files (storage/library_files.py): the bundled
ones in sessions_templates/, the user's own, and a lab's shared folders. Texts
exist per language; a workshop takes them in its own language.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from facilitator.domain.messages import Message
from facilitator.domain.records import ItemKind, ItemTool, Language

Category = Literal[
    "opening", "understanding", "divergence", "convergence", "prototyping", "testing", "closing"
]
CATEGORIES: tuple[Category, ...] = (
    "opening",
    "understanding",
    "divergence",
    "convergence",
    "prototyping",
    "testing",
    "closing",
)
Produces = Literal["board", "vote", "cards", "none"]
TemplateOrigin = Literal["bundled", "personal", "shared"]

# Words that go into a workshop's own content, in the workshop's language (not the UI's).
CONTENT_WORDS: dict[str, dict[Language, str]] = {
    "break": {"fr": "Pause", "en": "Break"},
    "lunch": {"fr": "Déjeuner", "en": "Lunch"},
    "tips": {"fr": "Conseils", "en": "Tips"},
    "purpose": {"fr": "Objectif", "en": "Purpose"},
    "ideas": {"fr": "Idées", "en": "Ideas"},  # the board a workshop gets when it needs one
}


def in_language(texts: dict[Language, str], language: Language) -> str:
    """The text in `language`, else in the other one, else empty."""
    return texts.get(language) or next((t for t in texts.values() if t), "")


def collation_key(text: str) -> tuple[str, str]:
    """A sort key for titles shown to people, without Qt: case and accents aside first
    ("Écoute" among the E's, "les 5 pourquoi" among the L's), then the exact text to
    order titles that differ only by them. Decomposes (NFKD), drops combining marks,
    casefolds; "œ" becomes "oe" and "ß" "ss" as casefold does. The UI uses QCollator in
    the interface's locale instead (ui/agenda/library_panel.py)."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold().replace("œ", "oe").replace("æ", "ae"), text


def sorted_methods(methods: Iterable[MethodCard], language: Language) -> list[MethodCard]:
    """The methods ordered by their title in `language` (collation_key), then by id."""
    return sorted(methods, key=lambda m: (collation_key(m.text(language).title), m.id))


@dataclass(frozen=True)
class MethodText:
    title: str
    purpose: str
    group_size: str
    materials: tuple[str, ...]
    steps: tuple[str, ...]
    participant_instructions: str
    tips: tuple[str, ...]


@dataclass(frozen=True)
class MethodRound:
    """One round or phase of a method (Crazy 8: one round of 60 s repeated 8 times):
    `duration_s` seconds, run `repeat` times; title, instruction for the room and
    facilitator notes per language. An agenda item made from the method gets it as an
    `ItemRound` in the workshop's language (domain/agenda.py)."""

    duration_s: int
    repeat: int
    titles: dict[Language, str]
    instructions: dict[Language, str]
    notes: dict[Language, str] = field(default_factory=dict)

    @property
    def total_s(self) -> int:
        """Seconds the round lasts with its repeats."""
        return self.duration_s * self.repeat


PollSpecKind = Literal["scale", "choice", "words", "text"]


@dataclass(frozen=True)
class MethodPoll:
    """The quick poll a method opens (issue 19: the ROTI's 1-to-5 scale, the météo's
    choice): its `kind`, its question per language and, for a scale or a choice, one
    label per value or option (a scale of N values has N labels, any of them empty;
    a choice 2 to 10 options), each per language; `words_per_answer` for "words".
    An agenda item made from the method gets it as a draft `Poll` in the workshop's
    language (domain/polls.py `rows_from_method`)."""

    kind: PollSpecKind
    questions: dict[Language, str]
    options: tuple[dict[Language, str], ...] = ()
    words_per_answer: int = 3


@dataclass(frozen=True)
class MethodCard:
    id: str
    category: Category
    duration: int
    duration_min: int
    duration_max: int
    group_min: int
    group_max: int
    produces: Produces
    texts: dict[Language, MethodText]
    rounds: tuple[MethodRound, ...] = ()
    poll: MethodPoll | None = None  # since issue 19: the poll an item made from it opens

    def text(self, language: Language) -> MethodText:
        return self.texts.get(language) or next(iter(self.texts.values()))

    @property
    def rounds_total_s(self) -> int:
        """Seconds the method's rounds last, repeats included (0 without rounds)."""
        return sum(r.total_s for r in self.rounds)

    @property
    def rounds_count(self) -> int:
        """How many rounds the method runs, repeats included (Crazy 8: 8)."""
        return sum(r.repeat for r in self.rounds)

    @property
    def tool(self) -> ItemTool:
        return "none" if self.produces == "none" else self.produces


@dataclass(frozen=True)
class TemplateItem:
    kind: ItemKind = "activity"
    method_id: str | None = None
    duration: int | None = None  # None: the method's own duration
    titles: dict[Language, str] = field(default_factory=dict)
    participant_instructions: dict[Language, str] = field(default_factory=dict)
    facilitator_notes: dict[Language, str] = field(default_factory=dict)
    materials: dict[Language, str] = field(default_factory=dict)
    rounds: tuple[MethodRound, ...] | None = None  # None: the method's own rounds


@dataclass(frozen=True)
class TemplateDay:
    start: str
    end: str
    items: tuple[TemplateItem, ...] = ()


@dataclass(frozen=True)
class SessionTemplate:
    id: str
    titles: dict[Language, str]
    descriptions: dict[Language, str] = field(default_factory=dict)
    days: tuple[TemplateDay, ...] = (TemplateDay("09:30", "17:00"),)
    origin: TemplateOrigin = "bundled"
    source: str = ""  # the file it was read from

    def title(self, language: Language) -> str:
        return in_language(self.titles, language)

    def description(self, language: Language) -> str:
        return in_language(self.descriptions, language)


EMPTY_TEMPLATE = SessionTemplate(
    id="vide",
    titles={"fr": "Atelier vide", "en": "Empty workshop"},
    descriptions={
        "fr": "Une journée sans activité : à vous de construire le programme.",
        "en": "One day with no activity: build the agenda yourself.",
    },
)


@dataclass
class Library:
    """Every method and template found, and what was wrong with the files that were not."""

    methods: dict[str, MethodCard] = field(default_factory=dict)
    templates: dict[str, SessionTemplate] = field(default_factory=dict)
    problems: list[Message] = field(default_factory=list)

    def item_duration(self, item: TemplateItem) -> int:
        """Minutes the template item's agenda item will last: its own duration, else its
        method's, and never less than its rounds (its own, else its method's)."""
        method = self.methods.get(item.method_id or "")
        own = item.duration
        minutes = own if own is not None else (method.duration if method else 0)
        rounds = item.rounds if item.rounds is not None else (method.rounds if method else ())
        needed_s = sum(r.total_s for r in rounds)
        return max(minutes, -(-needed_s // 60))

    def total_minutes(self, template: SessionTemplate) -> int:
        return sum(self.item_duration(i) for day in template.days for i in day.items)

    def template(self, template_id: str) -> SessionTemplate | None:
        return self.templates.get(template_id)
