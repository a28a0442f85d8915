"""Backups that restore (#7): daily automatic copies, a checked restore, and an age warning.

* ``backup_now`` takes an online copy (``Database.backup``: safe while the app writes) named
  ``fieldbook-XAC-3-20260116-093000.sqlite`` — district code, device number, local date and time —
  so one USB stick can hold the backups of several laptops without mixing them up.
* ``auto_backup`` does that at most once a (local) day per device and folder and keeps the newest
  ``keep`` of this device's backups there; other files in the folder are never touched.
* ``check_backup`` opens a file read-only and says what it holds before anything is replaced; a
  file that is not a Fieldbook database is refused with a sentence a person understands.
* ``restore_backup`` checks first, moves the current database (with its ``-wal``/``-shm``) aside as
  ``<name>.before-restore-<stamp>.sqlite`` and copies the backup into place. The caller closes
  its ``Database`` before and reopens after (``open_database`` then upgrades an older backup).

An encrypted database (#7, ``app.crypto``) gives encrypted backups (same key), each with a copy of
the key file beside it (``….sqlite.keys``: the key wrapped by the officers' passwords, useless
without one), so a backup restores onto a new laptop. Checking or restoring an encrypted backup
needs the key; restoring a plain backup onto an encrypted laptop encrypts it in place.

Restoring an older copy must not make the laptop reissue loan or receipt numbers it already
printed, nor step its sync clock back: the number counters and the HLC are carried forward from
the set-aside file (``carried_forward`` in the result). Everything else is exactly the backup.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from app import crypto, store
from app.errors import Conflict, Notice, PermissionDenied, ValidationError
from app.settings import Settings, load_settings, save_settings
from app.store import Database

PREFIX = "fieldbook"
SUFFIX = ".sqlite"
_NAME = re.compile(r"^fieldbook-(?P<code>[A-Z]{3})-(?P<device>\d+)-(?P<stamp>\d{8}-\d{6})\.sqlite$")
STALE_AFTER = timedelta(days=7)
# Tables whose presence makes a file a Fieldbook database (the core schema plus the outbox).
REQUIRED_TABLES = ("alembic_version", "district", "device", "beneficiary", "loan", "outbox")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was taken, and whose it is."""

    path: Path
    taken_at: datetime
    district_code: str
    device_no: int
    size_bytes: int


@dataclass(frozen=True)
class BackupCheck:
    """What a backup file holds, read without changing it.

    ``ok`` is false with ``problem`` set when the file must not be restored; the counts are
    shown to the person before they confirm a restore.
    """

    path: Path
    ok: bool
    problem: str | None = None
    integrity: str = ""
    revision: str | None = None
    district_name: str = ""
    district_code: str = ""
    device_no: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    # #7: the refusal behind ``problem``, for the GUI to translate (``problem`` is its English).
    refusal: ValidationError | None = field(default=None, compare=False, repr=False)

    @property
    def pending_outbox(self) -> int:
        return self.counts.get("pending_outbox", 0)


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    aside: Path | None
    check: BackupCheck
    carried_forward: dict[str, str] = field(default_factory=dict)


# -- taking backups ----------------------------------------------------------------------------
def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now().astimezone()


def _identity(db: Database) -> tuple[str, int]:
    from app.services import office  # the office service imports sqlmodel: only when needed

    off = office.office(db)
    return off.district_code, off.device_no


def backup_name(district_code: str, device_no: int, taken_at: datetime) -> str:
    return f"{PREFIX}-{district_code}-{device_no}-{taken_at:%Y%m%d-%H%M%S}{SUFFIX}"


def integrity_problem(db: Database) -> str | None:
    """The full integrity check of the live database (#11): the problem, or ``None``."""
    with db.engine.connect() as conn:
        return store.integrity_problem(conn.connection.driver_connection)


def backup_now(db: Database, dest: Path, *, now: datetime | None = None) -> BackupInfo:
    """Copy ``db`` now. ``dest`` is a folder (a dated name is made in it) or a file path.

    #11: a damaged database is not backed up (``store.UnusableDatabase``): a copy of it would
    take the place of a good backup when the oldest are removed.
    """
    problem = integrity_problem(db)
    if problem is not None:
        raise store.UnusableDatabase(
            f"{db.path} is damaged ({problem}): no backup was taken, so the earlier good "
            "backups are kept"
        )
    taken_at = _now(now)
    code, device_no = _identity(db)
    dest = Path(dest)
    target = dest / backup_name(code, device_no, taken_at) if dest.is_dir() else dest
    if not dest.exists() and dest.suffix != SUFFIX:  # a folder that is not there yet
        target = dest / backup_name(code, device_no, taken_at)
    db.backup(target)
    keys = crypto.keyfile_path(db.path)
    if keys.exists():  # the wrapped key travels with the backup (it opens nothing by itself)
        shutil.copyfile(keys, crypto.keyfile_path(target))
    return BackupInfo(target, taken_at, code, device_no, target.stat().st_size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Fieldbook backups in ``folder``, newest first (other files are ignored)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if not m or not p.is_file():
            continue
        taken = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
        found.append(BackupInfo(p, taken, m["code"], int(m["device"]), p.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def auto_backup(
    db: Database, folder: Path, keep: int = 7, now: datetime | None = None
) -> BackupInfo | None:
    """The daily backup: one per local day per device; afterwards keep the newest ``keep``.

    Returns the new backup, or ``None`` when today's already exists. Raises ``OSError`` when the
    folder cannot be written (a USB stick that was pulled out): the caller shows it and tries
    again later.
    """
    if keep < 1:
        raise ValidationError("keep at least one backup", field="backup_keep")
    taken_at = _now(now)
    code, device_no = _identity(db)
    folder = Path(folder)
    mine = [b for b in list_backups(folder) if (b.district_code, b.device_no) == (code, device_no)]
    if any(b.taken_at.date() == taken_at.date() for b in mine):
        return None
    folder.mkdir(parents=True, exist_ok=True)
    info = backup_now(db, folder / backup_name(code, device_no, taken_at), now=taken_at)
    mine = [b for b in list_backups(folder) if (b.district_code, b.device_no) == (code, device_no)]
    for old in mine[keep:]:
        old.path.unlink(missing_ok=True)
        crypto.keyfile_path(old.path).unlink(missing_ok=True)
    return info


def backup_age_warning(
    last_backup_at: datetime | None, now: datetime | None = None
) -> Notice | None:
    """A sentence for the status bar when the last backup is older than a week, else ``None``."""
    now = _now(now)
    if last_backup_at is None:
        return Notice(
            "This laptop has never been backed up. Connect the backup stick and choose "
            "Settings → Back up now."
        )
    if last_backup_at.tzinfo is None or now.tzinfo is None:
        last_backup_at, now = last_backup_at.replace(tzinfo=None), now.replace(tzinfo=None)
    age = now - last_backup_at
    if age <= STALE_AFTER:
        return None
    return Notice(
        "The last backup is {days} days old (taken {taken}). If this laptop is lost or breaks, "
        "the records since then are lost: connect the backup stick and choose Settings → Back "
        "up now.",
        days=age.days,
        taken=f"{last_backup_at:%d.%m.%Y}",
    )


@dataclass(frozen=True)
class ScheduledBackup:
    """What the daily backup did, for the status bar: a new file, an error, and the warning."""

    made: BackupInfo | None
    error: Notice | None
    warning: Notice | None
    settings: Settings


def scheduled_backup(
    db: Database, *, settings_path: Path | None = None, now: datetime | None = None
) -> ScheduledBackup:
    """The daily backup as the app runs it (at start and then every hour): with the saved
    folder and ``keep``, remembering the time of success; a folder that cannot be written (the
    USB stick is not plugged in) is an ``error`` sentence, never an exception, and the age
    warning says how old the last good backup is."""
    settings = load_settings(settings_path)
    now = _now(now)
    folder = settings.backup_dir
    made, error = None, None
    try:
        made = auto_backup(db, folder, settings.backup_keep, now)
    except OSError as e:
        error = Notice(
            "The backup could not be written to {folder} ({reason}). "
            "Is the backup stick connected?",
            folder=str(folder),
            reason=e.strerror or str(e),
        )
    except store.UnusableDatabase as e:  # damaged: the good backups stay
        error = Notice("The daily backup was not taken: {reason}", reason=e.message)
    if made is not None:
        settings = remember_backup(made, settings_path)
    elif error is None and settings.last_backup_at is None:
        # today's backup exists but this laptop's settings forgot it (reset, new profile)
        code, device_no = _identity(db)
        mine = [
            b for b in list_backups(folder) if (b.district_code, b.device_no) == (code, device_no)
        ]
        if mine:
            settings = settings.with_changes(last_backup_at=mine[0].taken_at.astimezone())
            save_settings(settings, settings_path)
    return ScheduledBackup(made, error, backup_age_warning(settings.last_backup_at, now), settings)


def remember_backup(info: BackupInfo, settings_path: Path | None = None) -> Settings:
    """Record a successful backup (automatic or from Settings → Back up now) as the last one."""
    taken = info.taken_at if info.taken_at.tzinfo else info.taken_at.astimezone()
    settings = load_settings(settings_path).with_changes(last_backup_at=taken)
    save_settings(settings, settings_path)
    return settings


# -- checking and restoring --------------------------------------------------------------------
def _refuse(path: Path, refusal: ValidationError, **known) -> BackupCheck:
    return BackupCheck(path=path, ok=False, problem=refusal.message, refusal=refusal, **known)


def check_backup(path: Path, key: bytes | None = None) -> BackupCheck:
    """Open ``path`` read-only and report what it holds; ``ok`` only if it can be restored.

    ``key``: the office's database key, needed for an encrypted backup (a plain one opens
    without it).
    """
    path = Path(path)
    if not path.is_file():
        return _refuse(
            path, ValidationError("There is no file at {path}.", field="backup", path=str(path))
        )
    if path.stat().st_size == 0:
        return _refuse(
            path,
            ValidationError(
                "{name} is empty: it is not a Fieldbook backup.", field="backup", name=path.name
            ),
        )
    encrypted = crypto.is_encrypted(path)
    if encrypted and key is None:
        return _refuse(
            path,
            ValidationError(
                "{name} is not a Fieldbook backup, or it is encrypted and needs this office's "
                "key (log in first).",
                field="backup",
                name=path.name,
            ),
        )
    dbapi = store.driver(key if encrypted else None)
    try:
        conn = store.connect(path, read_only=True, key=key if encrypted else None)
    except PermissionDenied:
        return _refuse(
            path,
            ValidationError(
                "{name} is not a Fieldbook backup, or it is encrypted with another key.",
                field="backup",
                name=path.name,
            ),
        )
    except dbapi.Error as e:
        return _refuse(
            path,
            ValidationError(
                "{name} cannot be opened: {reason}.", field="backup", name=path.name, reason=str(e)
            ),
        )
    try:
        return _inspect(path, conn)
    except dbapi.DatabaseError as e:
        return _refuse(
            path,
            ValidationError(
                "{name} is damaged and cannot be restored ({reason}).",
                field="backup",
                name=path.name,
                reason=str(e),
            ),
        )
    finally:
        conn.close()


def _inspect(path: Path, conn) -> BackupCheck:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        return _refuse(
            path,
            ValidationError(
                "{name} is not a Fieldbook database (it has no {tables} table).",
                field="backup",
                name=path.name,
                tables=", ".join(missing),
            ),
        )
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        return _refuse(
            path,
            ValidationError(
                "{name} is damaged and cannot be restored ({reason}).",
                field="backup",
                name=path.name,
                reason=integrity,
            ),
            integrity=integrity,
        )
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = revision[0] if revision else None
    state = dict(conn.execute("SELECT key, value FROM localstate"))
    district = conn.execute(
        "SELECT name, code FROM district WHERE id = ?", (state.get("district_id"),)
    ).fetchone()
    device = conn.execute(
        "SELECT short_no FROM device WHERE id = ?", (state.get("device_id"),)
    ).fetchone()
    counts = {
        "beneficiaries": conn.execute("SELECT count(*) FROM beneficiary").fetchone()[0],
        "loans": conn.execute("SELECT count(*) FROM loan").fetchone()[0],
        "pending_outbox": conn.execute("SELECT count(*) FROM outbox").fetchone()[0],
    }
    known = dict(
        integrity=integrity,
        revision=revision,
        district_name=district[0] if district else "",
        district_code=district[1] if district else "",
        device_no=device[0] if device else None,
        counts=counts,
    )
    if revision is None or revision > store.head_revision():
        return _refuse(
            path,
            ValidationError(
                "{name} was made by a newer version of Fieldbook (schema {revision}); "
                "update Fieldbook on this laptop first.",
                field="backup",
                name=path.name,
                revision=revision,
            ),
            **known,
        )
    if district is None or device is None:
        return _refuse(
            path,
            ValidationError(
                "{name} belongs to no office (it was never set up).", field="backup", name=path.name
            ),
            **known,
        )
    return BackupCheck(path=path, ok=True, **known)


def _office_of(db_path: Path, key: bytes | None) -> tuple[str, int | None] | None:
    """The (district code, device number) of the current file, or ``None`` if unreadable."""
    current = check_backup(db_path, key) if db_path.is_file() else None
    if current is None or current.revision is None or not current.district_code:
        return None
    return current.district_code, current.device_no


def restore_backup(
    db_path: Path,
    backup: Path,
    *,
    key: bytes | None = None,
    allow_other_device: bool = False,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the database at ``db_path`` by ``backup``, keeping the current file aside.

    The caller must have closed every connection to ``db_path`` (``Database.close``). Refuses
    (``ValidationError``) a backup that does not check out, and (``Conflict``) a backup of
    another laptop unless ``allow_other_device``: two laptops with one device identity would
    issue the same loan numbers. ``key``: this laptop's database key when it is encrypted; the
    restored file is then encrypted too (a plain backup is encrypted in place after the copy).
    """
    db_path, backup = Path(db_path), Path(backup)
    check = check_backup(backup, key)
    if not check.ok:
        raise check.refusal or ValidationError("the backup cannot be restored", field="backup")
    here = _office_of(db_path, key)
    if (
        here is not None
        and here != (check.district_code, check.device_no)
        and not allow_other_device
    ):
        raise Conflict(
            "this backup is of laptop {backup_laptop}, and this laptop is {this_laptop}; "
            "restore it only to replace that laptop",
            field="backup",
            backup_laptop=f"{check.district_code}-{check.device_no}",
            this_laptop=f"{here[0]}-{here[1]}",
        )
    stamp = f"{_now(now):%Y%m%d-%H%M%S}"
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".restore-", suffix=SUFFIX, dir=db_path.parent)
    os.close(fd)
    try:
        shutil.copyfile(backup, tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        aside = _move_aside(db_path, stamp)
        os.replace(tmp, db_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if key is not None and not crypto.is_encrypted(db_path):
        crypto.encrypt_in_place(db_path, key)  # an old plain backup on an encrypted laptop
    keys, backup_keys = crypto.keyfile_path(db_path), crypto.keyfile_path(backup)
    if not keys.exists() and backup_keys.exists():  # a new laptop: the officers' keys come too
        shutil.copyfile(backup_keys, keys)
    copied = check_backup(db_path, key)  # still in DELETE journal mode: leaves no files
    carried = _carry_forward(db_path, aside, key) if aside is not None else {}
    return RestoreResult(db_path, aside, copied, carried)


def _move_aside(db_path: Path, stamp: str) -> Path | None:
    """Rename the live file and its WAL companions together, so the aside copy stays whole."""
    if not db_path.exists():
        return None
    aside = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{SUFFIX}")
    n = 1
    while aside.exists():
        n += 1
        aside = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}-{n}{SUFFIX}")
    os.replace(db_path, aside)
    for ext in ("-wal", "-shm", "-journal"):  # SQLite finds these by the main file's name
        companion = Path(f"{db_path}{ext}")
        if companion.exists():
            os.replace(companion, Path(f"{aside}{ext}"))
    return aside


def _carry_forward(db_path: Path, aside: Path, key: bytes | None) -> dict[str, str]:
    """Raise the restored number counters and HLC to the set-aside file's (never lower them)."""
    try:
        old = store.connect(aside, read_only=True, key=key if crypto.is_encrypted(aside) else None)
        try:
            counters = dict(old.execute("SELECT kind, last FROM numbercounter"))
            hlc = old.execute("SELECT value FROM localstate WHERE key = 'hlc'").fetchone()
        finally:
            old.close()
    except (store.driver(key).Error, sqlite3.Error, PermissionDenied):
        return {}  # the old file is unreadable: nothing to carry, the restore itself stands
    carried: dict[str, str] = {}
    conn = store.connect(db_path, key=key)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for kind, last in counters.items():
            row = conn.execute("SELECT last FROM numbercounter WHERE kind = ?", (kind,)).fetchone()
            if row is None or row[0] < last:
                conn.execute(
                    "INSERT INTO numbercounter (kind, last) VALUES (?, ?) "
                    "ON CONFLICT (kind) DO UPDATE SET last = excluded.last",
                    (kind, last),
                )
                carried[f"counter:{kind}"] = str(last)
        mine = conn.execute("SELECT value FROM localstate WHERE key = 'hlc'").fetchone()
        if hlc and (mine is None or mine[0] < hlc[0]):
            conn.execute(
                "INSERT INTO localstate (key, value) VALUES ('hlc', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (hlc[0],),
            )
            carried["hlc"] = hlc[0]
        conn.execute("COMMIT")
    finally:
        conn.close()
    return carried


def is_backup_file(path: Path) -> bool:
    """True for a Fieldbook backup (or its key file, or a database set aside by a restore) by
    its name, or for any ``.sqlite``/``.keys`` file in the configured backup folder: what an
    export must never overwrite."""
    path = Path(path)
    name = path.name.removesuffix(".keys")
    if _NAME.match(name) or ".before-restore-" in name:
        return True
    try:
        folder = load_settings().backup_dir.expanduser().resolve()
    except Exception:  # an unreadable settings file must not stop the check by name
        return False
    return path.parent == folder and path.suffix in (SUFFIX, ".keys")
