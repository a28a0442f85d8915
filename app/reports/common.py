"""What every export and import shares: progress and cancel hooks, and the all-or-nothing file.

Long work runs in a GUI worker (STYLE §7, §8): it gets a ``progress(done, total)`` callback and
a ``cancelled()`` question, and gives up with :class:`ExportCancelled` at the next check. A file
is written under a temporary name in the destination folder and renamed only when complete, so
a cancelled or failed export never leaves a half-written file under the chosen name (#6).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The person cancelled; nothing was written (no file, no database change)."""


@dataclass(frozen=True)
class ExportResult:
    """Where the export went and how many rows each part holds (``{"loans": 4957, ...}``)."""

    path: Path
    rows: dict[str, int] = field(default_factory=dict)


class Tracker:
    """Reports progress at most every ``every`` seconds and checks for cancel at each step."""

    def __init__(
        self,
        total: int,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        every: float = 0.05,
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._every = every
        self._last = 0.0

    def check(self) -> None:
        """Raise :class:`ExportCancelled` if the person asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("cancelled")

    def step(self, n: int = 1) -> None:
        """Count ``n`` more units of work done; report and check for cancel now and then."""
        self.done += n
        now = time.monotonic()
        if now - self._last >= self._every:
            self._last = now
            if self._progress is not None:
                self._progress(min(self.done, self.total), self.total)
            self.check()

    def finish(self) -> None:
        """Report completion (after the file is in place: no cancel check any more)."""
        if self._progress is not None:
            self._progress(self.total, self.total)


@contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; on success it replaces ``out`` in one rename.

    On any exception (including :class:`ExportCancelled`) the temporary file is removed and
    ``out`` is untouched. The file is fsynced before the rename: offices copy exports to USB
    sticks and laptops lose power.
    """
    out = Path(out)
    if out.is_dir():
        raise IsADirectoryError(f"{out} is a folder; name a file")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=f"{out.suffix}.part", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
