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


# Explicit bidi embeddings and overrides (LRE, RLE, PDF, LRO, RLO): a name "\u202eeciloP"
# shows as "Police". Nobody types them; isolates and marks (U+2066–9, U+200E/F) are kept.
_BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e")
# Letters, marks of nothing, that draw nothing: Hangul fillers, the braille blank, the
# Mongolian vowel separator. Text of these alone is empty to the eye.
BLANK_LOOKALIKES = frozenset("\u3164\uffa0\u115f\u1160\u2800\u180e")
# Combining marks kept on one character: Vietnamese and Arabic stack two or three;
# beyond this it is "Zalgo" text, which runs over the lines above and below.
MAX_COMBINING = 4


def has_visible_text(value: str) -> bool:
    """Whether `value` would show anything: a letter, digit, punctuation or symbol that is
    not a blank look-alike (a combining mark alone, a filler or a blank shows nothing)."""
    return any(
        unicodedata.category(char)[0] in "LNPS" and char not in BLANK_LOOKALIKES for char in value
    )


def without_spoofing(value: str) -> str:
    """Text from a stranger's device (the room link's phones), without what makes text
    pass for other text: bidi overrides removed, at most `MAX_COMBINING` combining marks
    on a character. What the facilitator types stays exactly as typed."""
    out: list[str] = []
    marks = 0  # combining marks in a row on the current character
    for char in value:
        marks = marks + 1 if unicodedata.category(char) in ("Mn", "Me") else 0
        if char not in _BIDI_OVERRIDES and marks <= MAX_COMBINING:
            out.append(char)
    return "".join(out)


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
