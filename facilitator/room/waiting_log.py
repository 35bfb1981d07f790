"""Ideas waiting for the facilitator's review, kept on disk as they arrive.

A phone told "sent, the facilitator will read it" must not lose its idea to a crash or
a stop of the link: each waiting idea is appended (and synced) to a small log beside
the user's data, and each decision (shown or hidden) is appended too. The next room
link for the same workshop starts with what was still waiting. The log holds only the
room's own JSON lines; a damaged line (a cut-short write) is skipped.

When a write fails (disk full, folder gone), the lines not written are kept in memory,
in order, and written before the next line; `unwritten` says how many wait, `error`
why (the session tells the phone its idea is kept but not yet saved).
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from facilitator.storage.atomic import replace, sync_file


@dataclass(frozen=True)
class Waiting:
    number: int
    text: str
    author: str
    token: str


class WaitingLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._unwritten: list[str] = []
        self.error: OSError | None = None  # the last write's failure; None once written

    @property
    def unwritten(self) -> int:
        """Lines kept in memory because their write failed."""
        return len(self._unwritten)

    def read(self) -> list[Waiting]:
        """What is still waiting, in arrival order."""
        waiting: dict[int, Waiting] = {}
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return []
        for line in lines:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                entry = json.loads(line)
                number = int(entry["n"])
                if entry["kind"] == "waiting":
                    text, author, token = (str(entry[k]) for k in ("text", "author", "token"))
                    waiting[number] = Waiting(number, text, author, token)
                else:
                    waiting.pop(number, None)
        return list(waiting.values())

    def add(self, idea: Waiting) -> bool:
        """Append a waiting idea; True once it (and every line before it) is on disk."""
        return self.add_many([idea])

    def add_many(self, ideas: list[Waiting]) -> bool:
        """Append waiting ideas that arrived together in one synced write; True once they
        (and every line before them) are on disk."""
        return self._append([_entry(idea) for idea in ideas])

    def decided(self, number: int) -> bool:
        return self.decided_many([number])

    def decided_many(self, numbers: list[int]) -> bool:
        """The facilitator decided these ideas (shown or hidden), in one synced write."""
        return self._append([{"kind": "decided", "n": number} for number in numbers])

    def start_over(self, still: list[Waiting]) -> None:
        """Rewrite the log with only what still waits (at each start: it never grows
        without end). Raises `OSError` if it cannot: the old log is then left as it was."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        try:
            with temporary.open("w", encoding="utf-8") as stream:
                for idea in still:
                    stream.write(json.dumps(_entry(idea), ensure_ascii=False) + "\n")
                stream.flush()
                sync_file(stream.fileno())
            replace(temporary, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise

    def _append(self, entries: list[dict[str, object]]) -> bool:
        """Write what failed before, then `entries`, synced; False (and kept in memory)
        if the write fails."""
        self._unwritten += [json.dumps(entry, ensure_ascii=False) + "\n" for entry in entries]
        # After a failed write, a new line first: a line cut short stays apart (skipped).
        lines = ("\n" if self.error is not None else "") + "".join(self._unwritten)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as stream:
                stream.write(lines)
                stream.flush()
                sync_file(stream.fileno())
        except OSError as error:
            self.error = error
            return False
        self._unwritten.clear()
        self.error = None
        return True


def _entry(idea: Waiting) -> dict[str, object]:
    return {
        "kind": "waiting",
        "n": idea.number,
        "text": idea.text,
        "author": idea.author,
        "token": idea.token,
    }
