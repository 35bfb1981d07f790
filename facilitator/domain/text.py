"""Rules for every piece of text a user or a colleague's file gives us."""

from __future__ import annotations

import unicodedata

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, MessageText, message

_KEPT_IN_MULTILINE = frozenset("\n\t")


class TextTooLongError(FacilitatorError):
    def __init__(self, label: MessageText | str, length: int, max_len: int) -> None:
        super().__init__(
            message(
                QT_TRANSLATE_NOOP(
                    "Text", "{field}: too long ({length} characters, at most {max_len})."
                ),
                field=label,
                length=length,
                max_len=max_len,
            )
        )
        self.length = length
        self.max_len = max_len


def _is_control(char: str) -> bool:
    category = unicodedata.category(char)
    # Cc: C0/C1 controls; Cs: lone surrogates (unencodable in UTF-8, so in SQLite).
    return category in ("Cc", "Cs")


def clean_text(value: str, *, multiline: bool) -> str:
    """Normalise text: NFC, no control characters, no stray surrounding blanks.

    Line breaks and tabs survive in multi-line fields; in single-line fields
    they become spaces. Lone surrogates (which cannot be stored) become U+FFFD.
    Emoji and right-to-left text are kept as they are.
    """
    out: list[str] = []
    for char in value.replace("\r\n", "\n").replace("\r", "\n"):
        if multiline and char in _KEPT_IN_MULTILINE:
            out.append(char)
        elif char in "\n\t":
            out.append(" ")
        elif unicodedata.category(char) == "Cs":
            out.append("\ufffd")
        elif not _is_control(char):
            out.append(char)
    cleaned = unicodedata.normalize("NFC", "".join(out))
    if multiline:
        return "\n".join(line.rstrip() for line in cleaned.split("\n")).strip("\n")
    return cleaned.strip()


def checked_text(value: str, *, label: MessageText | str, max_len: int, multiline: bool) -> str:
    """`clean_text`, then refuse (never truncate) text longer than `max_len`."""
    cleaned = clean_text(value, multiline=multiline)
    if len(cleaned) > max_len:
        raise TextTooLongError(label, len(cleaned), max_len)
    return cleaned
