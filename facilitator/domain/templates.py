"""Session templates: the proven formats a new workshop starts from.

The method library and the bundled templates (sessions_templates/) arrive with
the agenda; until then the only template is the empty workshop.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.domain.records import Language


@dataclass(frozen=True)
class SessionTemplate:
    id: str
    titles: dict[Language, str]
    total_minutes: int = 0

    def title(self, language: Language) -> str:
        return self.titles.get(language) or next(iter(self.titles.values()))


EMPTY_TEMPLATE = SessionTemplate(
    id="vide", titles={"fr": "Atelier vide", "en": "Empty workshop"}, total_minutes=0
)


def bundled_templates() -> list[SessionTemplate]:
    return [EMPTY_TEMPLATE]


def find_template(template_id: str) -> SessionTemplate | None:
    return next((t for t in bundled_templates() if t.id == template_id), None)
