"""Where a device's token lives: never in the database file (#5, DESIGN §6).

The OS keyring when one is available; otherwise a file readable only by this user (0600) in the
user's config folder, one per device. ``FIELDBOOK_SECRETS_DIR`` forces the file store in a given
folder (tests, portable installs). Tokens are never logged or printed.
"""

from __future__ import annotations

import os
from pathlib import Path

SERVICE = "fieldbook-sync"


def _folder() -> Path | None:
    forced = os.environ.get("FIELDBOOK_SECRETS_DIR")
    return Path(forced) if forced else None


def _keyring():
    if _folder() is not None:
        return None
    try:
        import keyring
        from keyring.backends import fail

        ring = keyring.get_keyring()
        if isinstance(ring, fail.Keyring) or ring.priority < 1:  # type: ignore[operator]
            return None
        return keyring
    except Exception:  # no backend, no D-Bus: fall back to the file
        return None


def _file(device_id: str) -> Path:
    import platformdirs

    folder = _folder() or Path(platformdirs.user_config_dir("Fieldbook", "Fieldbook")) / "tokens"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / f"{device_id}.token"


def save_token(device_id: str, token: str) -> str:
    """Store the token; returns where (``keyring`` or the file path), for the status line."""
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(SERVICE, device_id, token)
            return "keyring"
        except Exception:
            pass
    path = _file(device_id)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(token)
    os.chmod(path, 0o600)
    return str(path)


def load_token(device_id: str) -> str | None:
    ring = _keyring()
    if ring is not None:
        try:
            token = ring.get_password(SERVICE, device_id)
            if token:
                return token
        except Exception:
            pass
    path = _file(device_id)
    return path.read_text().strip() if path.is_file() else None
