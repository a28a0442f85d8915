"""This laptop's preferences, kept in a small JSON file in the user's config folder (#7).

Not in the database: a setting such as the backup folder must be readable before the database is
opened (and after it is restored or replaced), and it belongs to the laptop, not to the office's
records, so it never syncs. ``FIELDBOOK_SETTINGS`` names another file (tests, a portable stick).

A missing, unreadable or hand-damaged file gives the defaults (per field for a wrong value):
a typo in a settings file must never keep an office from opening its records.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs

ENV_PATH = "FIELDBOOK_SETTINGS"
LANGUAGES = ("az", "en", "ru")


def default_backup_folder() -> Path:
    """``backups/`` in the user's data folder, beside the database (until a USB stick is chosen)."""
    return Path(platformdirs.user_data_dir("Fieldbook", "Fieldbook")) / "backups"


@dataclass(frozen=True)
class Settings:
    """What this laptop remembers between starts.

    Attributes:
        backup_folder: where automatic backups go; may be a USB stick that is not always there.
        backup_keep: how many automatic backups of this device to keep (the oldest are pruned).
        language: ``az``, ``en`` or ``ru``.
        idle_lock_minutes: lock the window after this many idle minutes (0: never).
        last_backup_at: when the last backup succeeded (aware datetime), or ``None``.
    """

    backup_folder: str = ""
    backup_keep: int = 7
    language: str = "az"
    idle_lock_minutes: int = 10
    last_backup_at: datetime | None = None

    @property
    def backup_dir(self) -> Path:
        return Path(self.backup_folder) if self.backup_folder else default_backup_folder()

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


DEFAULTS = Settings()


def settings_path() -> Path:
    override = os.environ.get(ENV_PATH)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("Fieldbook", "Fieldbook")) / "settings.json"


def _valid(name: str, value: Any) -> Any:
    """The stored value if it is usable for ``name``, else the default."""
    default = getattr(DEFAULTS, name)
    if name == "backup_folder":
        return value if isinstance(value, str) else default
    if name == "backup_keep":
        ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 365
        return value if ok else default
    if name == "idle_lock_minutes":
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 24 * 60
        return value if ok else default
    if name == "language":
        return value if value in LANGUAGES else default
    if name == "last_backup_at":
        if not isinstance(value, str):
            return None
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            return None
        return when if when.tzinfo is not None else when.astimezone()
    return default


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or the defaults for anything missing or unusable."""
    p = path or settings_path()
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DEFAULTS
    if not isinstance(raw, dict):
        return DEFAULTS
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: _valid(k, raw[k]) for k in known if k in raw})


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write ``settings`` atomically (a temporary file renamed over the old one)."""
    p = path or settings_path()
    p.parent.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    if settings.last_backup_at is not None:
        data["last_backup_at"] = settings.last_backup_at.isoformat()
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=p.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p
