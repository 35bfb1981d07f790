"""The join code the room types or scans, and the participants' tokens."""

from __future__ import annotations

import hmac
import secrets

# No 0/O, 1/I/L, 2/Z, 5/S: a code read off a projector from the back of the room.
CODE_ALPHABET = "346789ACDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 6


def new_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalised(code: str) -> str:
    """What a participant typed: case and spaces do not matter."""
    return "".join(code.split()).upper()


def same_code(given: str, expected: str) -> bool:
    """Compared in constant time: the code is the room's only secret."""
    return hmac.compare_digest(normalised(given).encode(), expected.encode())


def new_token() -> str:
    """A phone's random identity for this room link (128 bits)."""
    return secrets.token_urlsafe(16)
