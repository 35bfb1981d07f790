"""Child process of the crash test: random edits of every kind (tests/edit_mix.py)
through the real write path.

Before each write it prints `pending DIGEST`, after the write returns (the edit
is acknowledged: durable) it prints `ack DIGEST`. DIGEST identifies the whole
workshop state, so the parent can tell exactly which states the file may hold.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

from facilitator.domain.workshop import Workshop
from facilitator.storage.interchange import dumps
from facilitator.storage.workshop_file import WorkshopFile
from tests.edit_mix import random_edit


def digest(workshop: Workshop) -> str:
    return hashlib.sha256(dumps(workshop).encode()).hexdigest()[:16]


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    file, workshop = WorkshopFile.open(path)
    out = sys.stdout
    while True:
        changes = random_edit(workshop, rng).changes
        workshop.apply(changes)
        out.write(f"pending {digest(workshop)}\n")
        out.flush()
        file.apply(changes)
        out.write(f"ack {digest(workshop)}\n")
        out.flush()


if __name__ == "__main__":
    main()
