"""Make run mode's sounds, written by us:

- `chime.wav`, the end-of-countdown sound: three bell-like notes;
- `round.wav`, the round change (issue 18): two short, high knocks, a struck wooden
  bar's inharmonic partials (1, 2.76, 5.4) with a fast decay, unlike the chime's long
  ringing chord, so that a room tells "next round" from "time is up" at once.

    python resources/sounds/make_chime.py

Clear on a laptop's small speakers and across a room, not harsh: partials with an
exponential decay and a 4 ms attack (no click). 44.1 kHz, 16-bit mono.
"""

from __future__ import annotations

import math
import struct
import wave
from collections.abc import Callable
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


KNOCKS = ((0.00, 1319.0), (0.17, 1319.0))  # E6 twice: "tock-tock"
KNOCK_PARTIALS = ((1.0, 1.0), (2.76, 0.5), (5.4, 0.25))  # a struck bar: (ratio, level)
ROUND_LENGTH = 0.8  # seconds


def knock_sample(t: float) -> float:
    value = 0.0
    for start, frequency in KNOCKS:
        if t < start:
            continue
        age = t - start
        envelope = math.exp(-14.0 * age) * min(1.0, age / 0.004)
        for ratio, level in KNOCK_PARTIALS:
            value += envelope * level * math.sin(2 * math.pi * ratio * frequency * age)
    return value / 1.8


def write(name: str, length: float, source: Callable[[float], float]) -> None:
    frames = bytearray()
    for n in range(int(RATE * length)):
        frames += struct.pack("<h", int(max(-1.0, min(1.0, source(n / RATE))) * 30_000))
    target = Path(__file__).with_name(name)
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


def main() -> None:
    write("chime.wav", LENGTH, sample)
    write("round.wav", ROUND_LENGTH, knock_sample)


if __name__ == "__main__":
    main()
