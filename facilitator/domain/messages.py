"""User-facing messages from the pure core, translatable without importing Qt.

The core cannot call Qt's `tr`, yet its messages (a refused file, a bad field)
reach the user. A message keeps its English source text and its translation
context; the Qt layer and the command line translate it with Qt's translator.
`QT_TRANSLATE_NOOP` carries the name that `pyside6-lupdate` looks for, so the
strings land in the `.ts` files like every other interface string.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

Translate = Callable[[str, str], str]


@dataclass(frozen=True, slots=True)
class MessageText:
    context: str
    source: str


def QT_TRANSLATE_NOOP(context: str, source: str) -> MessageText:
    """Mark `source` for translation in `context` (read by pyside6-lupdate)."""
    return MessageText(context, source)


def _untranslated(_context: str, source: str) -> str:
    return source


@dataclass(frozen=True, slots=True)
class Message:
    """A translatable sentence with named `{placeholders}`."""

    text: MessageText
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def render(self, translate: Translate = _untranslated) -> str:
        params = {key: _rendered(value, translate) for key, value in self.params.items()}
        template = translate(self.text.context, self.text.source)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message itself.
            return self.text.source.format(**params)

    def __str__(self) -> str:
        return self.render()


def _rendered(value: object, translate: Translate) -> object:
    if isinstance(value, MessageText):
        return translate(value.context, value.source)
    if isinstance(value, Message):
        return value.render(translate)
    return value


def message(text: MessageText, **params: object) -> Message:
    return Message(text, MappingProxyType(dict(params)))


class FacilitatorError(Exception):
    """An error whose message is meant for the user: one clear sentence."""

    def __init__(self, msg: Message) -> None:
        super().__init__(msg.render())
        self.message = msg
