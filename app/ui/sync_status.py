"""Background sync for the desktop (#5): every few minutes while the server answers, backing off
while it does not; a status line a person understands at a glance; "Sync now" (F5)."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.crypto import match_officers
from app.sync.client import SyncError, SyncStatus, server_url, sync_once, sync_status
from app.ui import workers
from app.ui.common import error_text
from app.ui.context import AppContext

EVERY_MS = 5 * 60_000  # a normal round when the last one went well
FIRST_MS = 5_000  # soon after start: the laptop may have been offline for days
BACKOFF_MS = (30_000, 60_000, 120_000, 300_000, 600_000)  # while the server cannot be reached


class SyncController(QObject):
    """Runs ``sync_once`` in a worker; emits a status line after every change of state."""

    status_changed = Signal(str)
    finished = Signal(object)  # SyncResult or SyncError

    def __init__(self, ctx: AppContext, *, automatic: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.failures = 0
        self.running: workers.Task | None = None
        self.last_error: str = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        if automatic and self.enrolled():
            self.timer.start(FIRST_MS)

    def enrolled(self) -> bool:
        """Cheap (one key read): does this laptop have a server to sync with?"""
        return server_url(self.ctx.db) is not None

    def status(self) -> SyncStatus:
        return sync_status(self.ctx.db)

    def text(self, syncing: tuple[int, int] | None = None, s: SyncStatus | None = None) -> str:
        s = s or self.status()
        if syncing is not None:
            return self.tr("Syncing {done} of {total}…").replace("{done}", str(syncing[0])) \
                .replace("{total}", str(syncing[1]))  # fmt: skip
        if not s.enrolled:
            return self.tr("Offline — changes are kept on this laptop")
        parts = []
        if self.last_error:
            parts.append(self.tr("Offline (will retry)"))
        elif s.last_sync_at is None:
            parts.append(self.tr("Not synced yet"))
        else:
            at = s.last_sync_at.astimezone()
            when = at.strftime("%H:%M") if at.date() == datetime.now().date() else \
                at.strftime("%d.%m.%Y %H:%M")  # fmt: skip
            parts.append(self.tr("Synced at {time}").replace("{time}", when))
        if s.pending:
            parts.append(self.tr("{n} to send").replace("{n}", str(s.pending)))
        if s.conflicts:
            parts.append(self.tr("{n} conflicts to review").replace("{n}", str(s.conflicts)))
        if s.needs_attention:
            parts.append(self.tr("{n} need attention").replace("{n}", str(s.needs_attention)))
        return " · ".join(parts)

    def refresh(self) -> None:
        """Count what waits (a big outbox takes a moment) off the GUI thread, then show it."""
        workers.start(
            lambda db, state: sync_status(db), self.ctx.db,
            on_done=lambda s: self.status_changed.emit(self.text(s=s)),
            on_error=lambda e: None,
        )  # fmt: skip

    def sync_now(self) -> workers.Task | None:
        if self.running is not None and not self.running.done:
            return self.running
        if not self.enrolled():
            self.refresh()
            return None
        self.timer.stop()

        def work(db, state):
            result = sync_once(
                db,
                progress=lambda done, total, phase: state.set_progress(done, total, phase),
                cancelled=state.is_cancelled,
            )
            match_keys(db)
            return result

        self.running = workers.start(
            work, self.ctx.db, on_done=self._done, on_error=self._failed, parent=None
        )
        self.running.signals.progressed.connect(
            lambda done, total, _: self.status_changed.emit(self.text((done, total)))
        )
        self.status_changed.emit(self.tr("Syncing…"))
        return self.running

    def _done(self, result) -> None:
        self.failures = 0
        self.last_error = ""
        self.timer.start(EVERY_MS)
        if result.pulled:
            self.ctx.changed(
                people=frozenset({"*"}), loans=frozenset({"*"}), trainings=frozenset({"*"})
            )
        self.refresh()
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.failures += 1
        self.last_error = error_text(error)
        delay = BACKOFF_MS[min(self.failures, len(BACKOFF_MS)) - 1]
        if isinstance(error, SyncError) and error.kind in ("version", "not_enrolled", "clock"):
            delay = EVERY_MS  # a person must act first; do not hammer the server
        self.timer.start(delay)
        self.refresh()
        self.ctx.status_message.emit(
            self.tr("Sync: {reason}").replace("{reason}", error_text(error))
        )
        self.finished.emit(error)


def match_keys(db) -> None:
    """After a sync: officers deactivated on another laptop lose their key entry here (#7,
    ``app.crypto.match_officers``); officers who arrived get none (their password hash opens
    nothing, #11: they enrol at a first sign-in with a colleague or a one-time code). A
    key-file problem must not turn the sync that worked into a failure: it is logged, and the
    next sync tries again."""
    try:
        match_officers(db)
    except Exception:  # the sync itself succeeded
        logging.getLogger(__name__).exception("could not update the officers' key entries")
