"""Ideas waiting for the facilitator's review, kept on disk as they arrive.

A phone told "sent, the facilitator will read it" must not lose its idea to a crash or
a stop of the link: each waiting idea is appended (and synced) to a small log beside
the user's data, and each decision (shown or hidden) is appended too. The next room
link for the same workshop starts with what was still waiting. The log holds only the
room's own JSON lines; a damaged line (a cut-short write) is skipped.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Waiting:
    number: int
    text: str
    author: str
    token: str


class WaitingLog:
    def __init__(self, path: Path) -> None:
        self.path = path

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

    def add(self, idea: Waiting) -> None:
        self._append(_entry(idea))

    def decided(self, number: int) -> None:
        self._append({"kind": "decided", "n": number})

    def start_over(self, still: list[Waiting]) -> None:
        """Rewrite the log with only what still waits (at each start: it never grows
        without end)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        with temporary.open("w", encoding="utf-8") as stream:
            for idea in still:
                stream.write(json.dumps(_entry(idea), ensure_ascii=False) + "\n")
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(self.path)

    def _append(self, entry: dict[str, object]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(entry, ensure_ascii=False) + "\n")
            stream.flush()
            os.fsync(stream.fileno())


def _entry(idea: Waiting) -> dict[str, object]:
    return {
        "kind": "waiting",
        "n": idea.number,
        "text": idea.text,
        "author": idea.author,
        "token": idea.token,
    }
