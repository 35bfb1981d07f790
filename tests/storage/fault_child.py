"""Child process of the disk-fault test: the open workshop, edited while the operating
system refuses writes past a byte offset.

`RLIMIT_FSIZE` makes every write at or beyond the limit fail with EFBIG, whichever
file it goes to: the rollback journal as it grows, or a page of the workshop file in
the middle of a commit. It is a real fault, raised by the kernel inside SQLite's own
writes, at a point chosen at random for each scenario: the disk full, or a write
error on part of the file. SIGXFSZ is ignored, so the write just fails, as it would
on a full disk.

For each scenario the child prints one JSON line: the digest of the workshop after
each change set the document applied (`states`, the first being the state opened),
how many change sets were still waiting for the disk (`pending`) and what the user
was told. Then it frees the space and retries (`retry`, `final`), except in the last
scenario of a `--kill` run, where it kills itself with SIGKILL first, to show what a
crash leaves on disk while writes are failing.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import sys
from pathlib import Path

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.messages import Message
from facilitator.library_access import full_demo
from facilitator.storage.workshop_file import WorkshopFile
from tests.edit_mix import random_edit
from tests.storage.crash_child import digest

_SOFT, HARD = resource.getrlimit(resource.RLIMIT_FSIZE)


def limit_writes(limit: int | None) -> None:
    """Writes at or past `limit` bytes now fail (None: no limit, the space is freed)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (HARD if limit is None else limit, HARD))


def scenario(path: Path, rng: random.Random, edits: int, *, kill: bool) -> None:
    WorkshopFile.create(path, full_demo()).close()
    document = WorkshopDocument.open(path)
    states = [digest(document.workshop)]
    told: list[str] = []
    document.changed.connect(lambda _changes: states.append(digest(document.workshop)))
    document.writeFailed.connect(lambda message: told.append(_said(message)))
    size = path.stat().st_size
    if rng.random() < 0.5:  # a write error on the pages near the end of the file
        limit = size - rng.randrange(0, size // 2)
    else:  # the disk fills up as the file or its journal grows
        limit = size + rng.randrange(0, 24 * 1024)
    limit_writes(limit)
    for _ in range(edits):
        if rng.random() < 0.1 and document.undo_stack.canUndo():
            document.undo_stack.undo()
            continue
        edit = random_edit(document.workshop, rng)
        if edit.undoable:
            document.edit(edit.kind, edit.changes)
        else:
            document.apply_untracked(edit.changes)
    report: dict[str, object] = {
        "path": str(path),
        "limit": limit,
        "size": size,
        "states": states,
        "pending": document.pending_count,
        "told": told,
    }
    if kill:
        _say(report)
        os.kill(os.getpid(), signal.SIGKILL)
    limit_writes(None)  # space was freed
    report["retry"] = document.retry()
    report["final"] = digest(document.workshop)
    report["pending_after_retry"] = document.pending_count
    document.close()
    _say(report)


def _said(message: object) -> str:
    return message.render() if isinstance(message, Message) else str(message)


def _say(report: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()


def main() -> None:
    folder, seed, count, edits = Path(sys.argv[1]), int(sys.argv[2]), *map(int, sys.argv[3:5])
    kill = "--kill" in sys.argv
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead
    rng = random.Random(seed)
    for n in range(count):
        scenario(folder / f"fault-{seed}-{n}.atelier", rng, edits, kill=kill and n == count - 1)


if __name__ == "__main__":
    main()
