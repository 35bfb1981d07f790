"""The join code the room types or scans, and the participants' tokens.

The code is 8 characters of a 26-letter alphabet (26**8 ≈ 2.1e11 codes), shown in two
groups of four ("QAGM X6T9") so that it is read and typed off a projector like a Wi-Fi
key; spaces and case do not matter when typed. With the limits on wrong codes
(`limits.FailedCodes`), 50 addresses guessing for a working day of 8 hours find it
with a probability of about 1 in 64 million, and any number of addresses of about 1
in 28 million (`odds_of_guessing`; before: 6 characters and 40 tries a second per
address, about 1 in 5).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from facilitator.room.limits import most_wrong_codes

# No 0/O, 1/I/L, 2/Z, 5/S: a code read off a projector from the back of the room.
CODE_ALPHABET = "346789ACDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 8
GROUP = 4  # characters shown together


def new_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


FACILITATOR_CODE_LENGTH = 12  # 26**12 ≈ 9.5e16: never typed, scanned off the laptop's screen


def new_facilitator_code() -> str:
    """The code of the facilitator's own page (photos from the facilitator's phone):
    shown only on the laptop's room page, never on the projector; new with each link."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(FACILITATOR_CODE_LENGTH))


def shown(code: str) -> str:
    """The code as the room reads it: groups of four separated by a space."""
    return " ".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalised(code: str) -> str:
    """What a participant typed: case and spaces do not matter."""
    return "".join(code.split()).upper()


def same_code(given: str, expected: str) -> bool:
    """Compared in constant time: the code is the room's only secret."""
    return hmac.compare_digest(normalised(given).encode(), expected.encode())


TOKEN_BYTES = 16  # 128 random bits: never guessed, so its plain SHA-256 cannot be reversed
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{22}")  # what `new_token` makes (base64url)


def new_token() -> str:
    """A phone's random identity for the workshop's room link: 22 characters (base64url
    of `TOKEN_BYTES` bytes). The phone keeps it; the workshop file keeps its digest."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_digest(token: str) -> str:
    """The SHA-256 of a token we made, as 64 lowercase hexadecimal digits: what the
    workshop file stores (`RoomPhone.token_sha256`) instead of the token. "" for any
    other string (a token that does not match `TOKEN_PATTERN` was never ours)."""
    if not TOKEN_PATTERN.fullmatch(token):
        return ""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def odds_of_guessing(addresses: int, seconds: int) -> float:
    """The chance that `addresses` addresses guessing for `seconds` find the code (each
    wrong code rules one out; the limits are `limits.FailedCodes`)."""
    codes: int = len(CODE_ALPHABET) ** CODE_LENGTH
    return most_wrong_codes(addresses, seconds) / codes
