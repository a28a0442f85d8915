"""The sync engine's entry points for the GUI and the command line (#5, STYLE §8).

``sync_once`` pushes everything pending, then pulls the district's changes, then checks the
district's checksum. It is a plain function: the GUI runs it in a background worker with
``progress`` and ``cancelled``; tests call it directly against a real server.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson

from app.errors import render
from app.store import Database, head_revision
from app.sync import merge, outbox, secrets
from app.sync.outbox import get_state, set_state
from app.sync.protocol import (
    API,
    H_DIGEST,
    MAX_PAGE,
    PROTOCOL_VERSION,
    PullTrailer,
    decode_body,
    digest,
    dumps,
    encode_body,
)
from app.sync.transport import NetworkError, Refused, ServerFailed, Transport, TrustError

Progress = Callable[[int, int, str], None]
MIN_BATCH, START_BATCH, MAX_BATCH = 20, 500, 4000
MIN_PAGE, START_PAGE = 50, 1000
RETRIES = (0.2, 0.6, 1.5)  # pauses before the second, third and fourth attempt


class SyncError(Exception):
    """A sync that could not finish, with a sentence for a person. Nothing is lost: the outbox
    keeps every change that the server has not acknowledged.

    ``kind``: ``offline``, ``not_enrolled``, ``refused``, ``version`` or ``clock``.

    Like a ``DomainError`` (#7) it carries an English ``template`` with named ``params``, which
    the GUI translates (``app.ui.common.error_text``); ``message`` is the English sentence. A
    reason given by the server (in English) travels as a param.
    """

    def __init__(self, template: str, kind: str = "offline", **params: object) -> None:
        self.template, self.params, self.kind = template, params, kind
        self.message = render(template, params)
        super().__init__(self.message)


class Cancelled(SyncError):
    def __init__(self) -> None:
        super().__init__("sync cancelled; it resumes where it stopped", "cancelled")


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    conflicts: int
    pending: int
    needs_attention: int
    finished_at: datetime
    checksum_ok: bool | None = None
    redownloaded: bool = False


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str | None
    last_sync_at: datetime | None
    pending: int
    conflicts: int
    needs_attention: int


def _counts(conn) -> tuple[int, int, int]:
    pending = outbox.pending_count(conn)
    conflicts = conn.exec_driver_sql(
        "SELECT count(*) FROM syncconflict WHERE resolved = 0 AND deleted = 0"
    ).scalar_one()
    attention = conn.exec_driver_sql("SELECT count(*) FROM needsattention").scalar_one()
    return pending, conflicts, attention


def server_url(db: Database) -> str | None:
    """The sync server this laptop is enrolled with, or ``None``: one key read, no network.

    #12: "is this laptop enrolled?" for the first-run set-up, the status bar and Settings, so the
    desktop asks the core instead of opening connections of its own.
    """
    with db.engine.connect() as conn:
        return get_state(conn, "server_url") or None


def sync_status(db: Database) -> SyncStatus:
    """What the status bar shows; reads the local file only (no network)."""
    with db.engine.connect() as conn:
        url = get_state(conn, "server_url") or None
        last = get_state(conn, "last_sync") or None
        pending, conflicts, attention = _counts(conn)
    return SyncStatus(
        enrolled=url is not None,
        server_url=url,
        last_sync_at=datetime.fromisoformat(last) if last else None,
        pending=pending,
        conflicts=conflicts,
        needs_attention=attention,
    )


def status_text(status: SyncStatus, *, syncing: tuple[int, int] | None = None) -> str:
    """One line a person understands at a glance (DESIGN §4)."""
    if syncing is not None:
        return f"syncing {syncing[0]} of {syncing[1]}"
    if not status.enrolled:
        return "offline (not enrolled)"
    parts = []
    if status.last_sync_at is None:
        parts.append("never synced")
    else:
        parts.append(f"synced at {status.last_sync_at.astimezone():%H:%M}")
    if status.pending:
        parts.append(f"{status.pending} to send")
    if status.conflicts:
        parts.append(f"{status.conflicts} conflict{'s' * (status.conflicts != 1)} to review")
    if status.needs_attention:
        parts.append(f"{status.needs_attention} need attention")
    return " · ".join(parts)


class _Run:
    """One sync: the transport, the counters and the callbacks."""

    def __init__(
        self,
        db: Database,
        tr: Transport,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.db, self.tr = db, tr
        self.progress = progress or (lambda done, total, phase: None)
        self.cancelled = cancelled or (lambda: False)
        self.pushed = self.pulled = 0
        self.server_ms = 0
        self.bisecting = False

    def _state(self, key: str, default: str = "") -> str:
        with self.db.engine.connect() as conn:
            return get_state(conn, key, default)

    def _save(self, **values: object) -> None:
        with self.db.transaction() as s:
            for k, v in values.items():
                set_state(s.connection(), k, v)

    def _retrying(self, send: Callable[[], object]) -> object:
        for pause in (*RETRIES, None):
            try:
                return send()
            except TrustError:
                raise  # an untrusted certificate stays untrusted: no point in waiting
            except NetworkError:
                if pause is None or self.cancelled():
                    raise
                time.sleep(pause)
            except Refused as e:
                if e.status != 400 or e.error != "corrupt" or pause is None:
                    raise
                time.sleep(pause)  # damaged on the way: the same batch again
        raise AssertionError("unreachable")

    # -- push -----------------------------------------------------------------------------
    def push(self) -> None:
        """Send batches one after the other; the next is prepared while one is on the wire."""
        with self.db.engine.connect() as conn:
            total = outbox.pending_count(conn)
        if total == 0:
            self._save(base_cursor=self._state("cursor", "0"), pull_marks="[]")
        size = int(self._state("batch_size", str(START_BATCH)))
        with ThreadPoolExecutor(1) as pool:
            ahead = pool.submit(self._prepare, size, 0)
            while True:
                if self.cancelled():
                    raise Cancelled()
                prepared = ahead.result()
                if prepared is None:
                    return
                batch, body = prepared
                ahead = pool.submit(self._prepare, size, batch.seq)
                self.progress(self.pushed, total, "push")
                started = time.monotonic()
                try:
                    ack = self._retrying(lambda b=batch, d=body: self._send(b, d))
                except ServerFailed as e:
                    ahead.result()
                    if not self._server_fails_on(batch, e):
                        raise
                    if len(batch.rows) > 1:  # halve until the change it fails on stands alone
                        outbox.unfreeze(self.db, batch.seq)
                        size = max(1, len(batch.rows) // 2)
                    else:
                        outbox.set_aside_failed(self.db, batch, e.status)
                    ahead = pool.submit(self._prepare, size, 0)
                    continue
                except NetworkError:
                    ahead.result()
                    self._save(batch_size=max(MIN_BATCH, size // 4))
                    raise
                except Refused as e:
                    ahead.result()
                    if e.error == "batch_reused":
                        outbox.renumber(self.db, int(e.body.get("acked") or 0))
                    elif e.status == 413:
                        outbox.unfreeze(self.db, batch.seq)
                        size = max(MIN_BATCH, min(size, len(batch.rows)) // 2)
                    else:
                        raise
                    ahead = pool.submit(self._prepare, size, 0)
                    continue
                assert isinstance(ack, dict)
                self.server_ms = ack.get("time", 0)
                done = outbox.acknowledge(self.db, batch, ack["acked"], ack.get("refused", []))
                self.pushed += done
                if time.monotonic() - started < 2.0:
                    size = min(MAX_BATCH, size * 2)
                self._save(batch_size=size)

    def _server_fails_on(self, batch: outbox.Batch, e: ServerFailed) -> bool:
        """True when the server keeps failing on this batch itself, not on being down: it
        answered 500 to these same changes in two syncs, and answers its health check. Such a
        batch is split, and a single change it fails on is set aside ("Needs attention", with a
        retry), so the changes behind it are not blocked for ever. Nothing of a batch answered
        500 was applied (the server applies a batch in one transaction), so splitting is safe.
        """
        if e.status != 500:
            return False
        if not self.bisecting:  # once found in this sync, the halves are judged at once
            key = f"{batch.rows[0][0]}:{batch.rows[-1][0]}"
            seen = json.loads(self._state("server_failures", "{}") or "{}")
            count = int(seen.get(key, 0)) + 1
            self._save(server_failures=json.dumps({key: count}))
            if count < 2:
                return False
        try:
            self.tr.get_json("/health")
        except (NetworkError, Refused):
            return False
        self.bisecting = True
        return True

    def _prepare(self, size: int, after: int) -> tuple[outbox.Batch, bytes] | None:
        batch = outbox.next_batch(self.db, size, after)
        if batch is None:
            return None
        with self.db.engine.connect() as conn:
            header = {
                "v": PROTOCOL_VERSION,
                "schema": head_revision(),
                "device": get_state(conn, "device_id"),
                "batch": batch.seq,
                "cursor": int(get_state(conn, "cursor", "0")),
                "base": base_for(conn, batch.rows[0][0]),
                "time": int(time.time() * 1000),
                "n": len(batch.lines),
            }
        return batch, encode_body([dumps(header), *batch.lines])

    def _send(self, batch: outbox.Batch, body: bytes) -> dict:
        _, _, data = self.tr.request(
            "POST",
            "/push",
            body=body,
            headers={
                "Content-Type": "application/x-ndjson",
                "Content-Encoding": "gzip",
                H_DIGEST: digest(batch.lines),
            },
        )
        return json.loads(data)

    # -- pull -----------------------------------------------------------------------------
    def pull(self) -> PullTrailer | None:
        """Pages until the head; page size adapts to the link like the batch size."""
        trailer = None
        limit = int(self._state("page_size", str(START_PAGE)))
        while True:
            if self.cancelled():
                raise Cancelled()
            cursor = int(self._state("cursor", "0"))
            started = time.monotonic()
            try:
                trailer, entries = self._retrying(lambda c=cursor, n=limit: self._page(c, n))  # type: ignore[misc]
            except NetworkError:
                self._save(page_size=max(MIN_PAGE, limit // 4))
                raise
            self.server_ms = trailer.time
            merge.apply_page(self.db, entries, cursor=trailer.next, server_ms=trailer.time)
            self.pulled += len(entries)
            self.progress(self.pulled, self.pulled + max(0, trailer.head - trailer.next), "pull")
            if trailer.more and time.monotonic() - started < 2.0 and limit < MAX_PAGE:
                limit = min(MAX_PAGE, limit * 2)
                self._save(page_size=limit)
            if not trailer.more:
                return trailer

    def _page(self, cursor: int, limit: int) -> tuple[PullTrailer, list[list]]:
        _, _, body = self.tr.request("GET", "/pull", query={"cursor": cursor, "limit": limit})
        try:
            lines = decode_body(body)
            trailer = PullTrailer.model_validate_json(lines[-1])
            entries = [orjson.loads(line) for line in lines[:-1]]
        except Exception as e:  # a cut or damaged page: fetch it again
            raise NetworkError(f"an incomplete page arrived ({type(e).__name__})") from None
        return trailer, entries


def base_for(conn, first_seq: int) -> int:
    """The pull cursor this laptop held when outbox entry ``first_seq`` was written.

    ``base_cursor`` is the cursor of the last pull made with an empty outbox; a pull made while
    entries waited leaves a mark (highest waiting entry, cursor): entries written after it had
    seen that cursor. The server calls an edit concurrent with any change after this cursor.
    """
    base = int(get_state(conn, "base_cursor", "0"))
    for top, cursor in json.loads(get_state(conn, "pull_marks", "[]") or "[]"):
        if top < first_seq:
            base = max(base, cursor)
    return base


def _refusal(e: Refused) -> SyncError:
    if e.status == 426:
        return SyncError("{reason}", "version", reason=e.message)
    if e.status in (401, 403):
        return SyncError(
            "the server refused this device: {reason}", "not_enrolled", reason=e.message
        )
    if e.error == "clock_ahead":
        return SyncError("{reason}", "clock", reason=e.message)
    return SyncError("the server refused the sync: {reason}", "refused", reason=e.message)


def sync_once(
    db: Database,
    *,
    server_url: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncResult:
    """Push everything pending, then pull the district's changes; resumable at any point.

    Raises:
        SyncError: offline, refused, not enrolled, or this version too old. Nothing is lost.
    """
    with db.engine.connect() as conn:
        device_id = get_state(conn, "device_id")
        url = server_url or get_state(conn, "server_url")
    if not device_id or not url:
        raise SyncError("this database is not enrolled: run `fieldbook enroll`", "not_enrolled")
    token = secrets.load_token(device_id)
    if not token:
        raise SyncError("this device's token is missing: enroll it again", "not_enrolled")
    tr = Transport(url.rstrip("/") + API, token, schema=head_revision())
    run = _Run(db, tr, progress, cancelled)
    checksum_ok = None
    redownloaded = False
    try:
        run.push()
        trailer = run.pull()
        with db.engine.connect() as conn:
            clean = outbox.pending_count(conn) == 0
        unchanged = run.pushed == run.pulled == 0 and run._state("checked") == str(trailer.head)
        if trailer is not None and clean and trailer.next == trailer.head and unchanged:
            checksum_ok = True  # nothing moved since this head was checked: skip the rehash
        elif trailer is not None and clean and trailer.next == trailer.head:
            checksum_ok = merge.local_checksum(db) == trailer.checksum
            run._save(checked=trailer.head if checksum_ok else "")
            if not checksum_ok and run._state("redownloaded_at") != str(trailer.head):
                run._save(cursor=0, redownloaded_at=trailer.head)  # start the district again
                redownloaded = True
                trailer = run.pull()
                if trailer is not None and trailer.next == trailer.head:
                    checksum_ok = merge.local_checksum(db) == trailer.checksum
    except NetworkError as e:
        raise SyncError(
            "offline: {reason}. Unsent changes are kept.", "offline", reason=str(e)
        ) from None
    except Refused as e:
        raise _refusal(e) from None
    finally:
        tr.close()
    finished = datetime.now(UTC)
    run._save(
        last_sync=finished.isoformat(), integrity="ok" if checksum_ok is not False else "mismatch"
    )
    with db.engine.connect() as conn:
        pending, conflicts, attention = _counts(conn)
    return SyncResult(
        run.pushed, run.pulled, conflicts, pending, attention, finished, checksum_ok, redownloaded
    )
