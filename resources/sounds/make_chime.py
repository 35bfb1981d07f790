"""Make `chime.wav`, the end-of-countdown sound: three bell-like notes, written by us.

    python resources/sounds/make_chime.py

Clear on a laptop's small speakers and across a room, not harsh: partials of a
bell (fundamental, octave, twelfth) with an exponential decay. 44.1 kHz, 16-bit mono.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
NOTES = ((0.00, 784.0), (0.28, 988.0), (0.56, 1175.0))  # G5, B5, D6: a bright major chord
LENGTH = 2.2  # seconds


def sample(t: float) -> float:
    value = 0.0
    for start, frequency in NOTES:
        if t < start:
            continue
        age = t - start
        envelope = math.exp(-3.2 * age) * min(1.0, age / 0.004)  # 4 ms attack: no click
        value += envelope * (
            math.sin(2 * math.pi * frequency * age)
            + 0.45 * math.sin(2 * math.pi * 2 * frequency * age)
            + 0.2 * math.sin(2 * math.pi * 3 * frequency * age)
        )
    return value / 2.2


def main() -> None:
    frames = bytearray()
    for n in range(int(RATE * LENGTH)):
        frames += struct.pack("<h", int(max(-1.0, min(1.0, sample(n / RATE))) * 30_000))
    target = Path(__file__).with_name("chime.wav")
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


if __name__ == "__main__":
    main()
