"""Large images made cheaply, by hand, as an attacker (or a scanner) would: blank rows
compress about a thousand to one, so a few hundred KB of PNG or JPEG hold tens of
megapixels. And the peak memory of a child process that opens them. Used by the image
tests (tests/domain, tests/export, tests/ui), the fuzzers and tests/bench/images.py."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]

PEAK = """
def peak():
    \"\"\"This process's peak resident memory (VmHWM, Linux), in bytes.\"\"\"
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM")

def reset_peak():
    \"\"\"Start the peak again from the resident memory now (Linux 4.0+).\"\"\"
    with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")
"""


def run_measured(code: str, *args: str) -> dict[str, Any]:
    """Run `code` in a fresh Python (offscreen Qt, this process's environment: the test's
    user folders) with `peak()` and `reset_peak()` defined; it prints a JSON object on
    its last line, returned. Its peak memory is its own, not the test runner's."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK + code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=600,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # PNG colour type -> samples a pixel
_ZERO_CHUNK = bytes(1 << 20)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


@cache
def blank_png(width: int, height: int, colour: int = 2, depth: int = 8) -> bytes:
    """A valid PNG of `width` x `height` black pixels: every row filter 0 and zeros."""
    row = 1 + -(-width * CHANNELS[colour] * depth // 8)
    total = row * height
    packer = zlib.compressobj(9)
    parts = []
    while total > 0:
        step = min(total, len(_ZERO_CHUNK))
        parts.append(packer.compress(_ZERO_CHUNK[:step]))
        total -= step
    parts.append(packer.flush())
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    palette = _chunk(b"PLTE", bytes(3 * 2)) if colour == 3 else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + palette
        + _chunk(b"IDAT", b"".join(parts))
        + _chunk(b"IEND", b"")
    )


def _segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def _stuffed(bits: str) -> bytes:
    """Entropy-coded bytes: padded with 1s, every FF followed by 00 (T.81 F.1.2.3)."""
    bits += "1" * (-len(bits) % 8)
    packed = int(bits, 2).to_bytes(len(bits) // 8, "big") if bits else b""
    return packed.replace(b"\xff", b"\xff\x00")


@cache
def blank_jpeg(
    width: int, height: int, components: int = 3, kind: str = "baseline", scans: int = 0
) -> bytes:
    """A valid JPEG of `width` x `height` mid-grey pixels, every block zero.

    Each Huffman table holds one code, "0": DC difference 0, end of block, and (for
    progressive AC scans) an end-of-band run of 32,767 blocks. So the entropy-coded
    data is zero bytes: two bits a block. `kind`: "baseline" (one interleaved scan),
    "multiscan" (sequential, one scan a component: libjpeg keeps the whole image) or
    "progressive" (a DC scan). `scans`: that many more progressive AC scans of the
    first component, 15 bits each 32,767 blocks (the "many scans" attack).
    """
    ids = range(1, components + 1)
    frame = struct.pack(">BHHB", 8, height, width, components) + b"".join(
        bytes([i, 0x11, 0]) for i in ids
    )
    one_code = bytes([1] + [0] * 15)  # one code of length 1
    tables = _segment(0xDB, b"\x00" + bytes([1]) * 64) + _segment(
        0xC4,
        b"\x00" + one_code + b"\x00"  # DC 0: difference 0
        + b"\x10" + one_code + b"\x00"  # AC 0: end of block
        + b"\x11" + one_code + b"\xe0",  # AC 1: EOB14, a run of 2^14 + 14 bits
    )  # fmt: skip
    blocks = -(-width // 8) * -(-height // 8)

    def scan(members: list[int], spectral: tuple[int, int], tables: int = 0x00) -> bytes:
        header = bytes([len(members)]) + b"".join(bytes([i, tables]) for i in members)
        return _segment(0xDA, header + bytes([spectral[0], spectral[1], 0]))

    if kind == "baseline":
        marker = 0xC0
        parts = [scan(list(ids), (0, 63)) + bytes(-(-blocks * components * 2 // 8))]
    elif kind == "multiscan":
        marker = 0xC0
        parts = [scan([i], (0, 63)) + bytes(-(-blocks * 2 // 8)) for i in ids]
    else:
        marker = 0xC2
        parts = [scan(list(ids), (0, 0)) + bytes(-(-blocks * components // 8))]
    runs = _stuffed(("0" + "1" * 14) * -(-blocks // 32767))
    parts += [scan([1], (1, 63), 0x01) + runs] * scans
    return b"\xff\xd8" + tables + _segment(marker, frame) + b"".join(parts) + b"\xff\xd9"


HOSTILE_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    b'<image href="file:///etc/passwd" width="8000" height="8000"/>'
    b'<image xlink:href="/dev/zero"/></svg>'
)


@cache
def _fuzz_bases() -> tuple[bytes, ...]:
    return (
        blank_png(64, 48),
        blank_png(40, 30, colour=3, depth=2),
        blank_png(33, 20, colour=6, depth=16),
        blank_jpeg(64, 48),
        blank_jpeg(64, 48, 1, "progressive", scans=2),
        blank_jpeg(40, 24, kind="multiscan"),
        HOSTILE_SVG,
    )


@st.composite
def mutated_image(draw: st.DrawFn) -> bytes:
    """A stored image's bytes with its size fields set to anything (the attack: a few
    bytes claim billions of pixels), bytes overwritten, cut short or garbage appended."""
    data = bytearray(draw(st.sampled_from(_fuzz_bases())))
    for _ in range(draw(st.integers(1, 3))):
        action = draw(st.sampled_from(("size", "byte", "cut", "append")))
        if action == "size":
            side = draw(st.sampled_from((0, 1, 2, 255, 4096, 8192, 65535, 65536, 2**31 - 1)))
            if data.startswith(b"\x89PNG") and len(data) >= 33:
                at = draw(st.sampled_from((16, 20)))  # IHDR width, height; its CRC kept right
                data[at : at + 4] = struct.pack(">I", side)
                data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
            elif (frame := max(data.find(b"\xff\xc0"), data.find(b"\xff\xc2"))) >= 0:
                at = frame + draw(st.sampled_from((5, 7)))  # SOF height, width
                data[at : at + 2] = struct.pack(">H", side & 0xFFFF)
        elif action == "byte" and data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[draw(st.integers(0, len(data))) :]
        else:
            data += draw(st.binary(max_size=64))
    return bytes(data)
