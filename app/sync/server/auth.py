"""Enrollment codes, device tokens and revocation (#5).

A code is shown once (``fieldbook server enroll``) and stored as a SHA-256 hash; it works once
and expires after a week. A device's token is 256 random bits, also stored only as a hash. The
district a device may read and write comes from its token, never from the request.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.districts import district
from app.ids import new_id
from app.sync.protocol import (
    DISTRICT_CODE_PATTERN,
    MAX_SHORT_NO,
    NAME_PATTERN,
    DistrictInfo,
    EnrollRequest,
)
from app.sync.server import db as t

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over a phone line
CODE_LIFETIME = timedelta(days=7)


class AuthError(Exception):
    """A refusal with an HTTP status and a machine code."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status, self.error, self.message = status, error, message


@dataclass(frozen=True)
class DeviceAuth:
    id: str
    district_id: str | None
    role: str
    pushed: int


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _normal_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _district_code(name: str) -> str:
    try:
        return district(name).code
    except KeyError:
        letters = [c for c in name.upper() if c.isascii() and c.isalpha()]
        return "".join(letters[:3])


def ensure_district(engine: Engine, name: str, code: str | None = None) -> DistrictInfo:
    """The district called ``name``, created (with its three-letter code) if new."""
    with engine.begin() as conn:
        row = conn.execute(sa.select(t.district).where(t.district.c.name == name)).first()
        if row is None:
            code = (code or _district_code(name)).upper()
            if not re.fullmatch(DISTRICT_CODE_PATTERN.strip("^$"), code):
                raise AuthError(422, "bad_district", "give the district's three-letter code (A-Z)")
            if not 0 < len(name) <= 80 or not re.fullmatch(NAME_PATTERN.strip("^$"), name):
                raise AuthError(422, "bad_district", "a district name is 1 to 80 characters")
            row_id = new_id()
            conn.execute(
                t.district.insert().values(
                    id=row_id, name=name, code=code, head=0, checksum=0, hlc="", created_at=t.now()
                )
            )
            return DistrictInfo(id=row_id, name=name, code=code)
        return DistrictInfo(id=row.id, name=row.name, code=row.code)


def new_code(
    engine: Engine, *, district: str | None, head_office: bool = False, code: str | None = None
) -> str:
    """A one-time enrollment code for ``district`` (or a head-office account).

    ``code`` is the district's three-letter code when the district is new and not one of the
    programme's known districts."""
    district_id = None if head_office else ensure_district(engine, district or "", code).id
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    with engine.begin() as conn:
        conn.execute(
            t.code.insert().values(
                code_hash=_hash(raw),
                district_id=district_id,
                role="head_office" if head_office else "device",
                created_at=t.now(),
                expires_at=t.now() + CODE_LIFETIME,
            )
        )
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def enroll(engine: Engine, req: EnrollRequest) -> tuple[str, str, str, DistrictInfo | None, int]:
    """Use a code once: register the device; returns (device id, token, role, district, no)."""
    token = secrets.token_urlsafe(32)
    with t.write_conn(engine) as conn, conn.begin():
        c = conn.execute(
            sa.select(t.code).where(t.code.c.code_hash == _hash(_normal_code(req.code)))
        ).first()
        if c is None or c.used_at is not None:
            raise AuthError(403, "bad_code", "this enrollment code is wrong or already used")
        expires = c.expires_at if c.expires_at.tzinfo else c.expires_at.replace(tzinfo=t.UTC)
        if expires < t.now():
            raise AuthError(403, "bad_code", "this enrollment code has expired; ask for a new one")
        info = None
        short_no = 0
        name = req.name
        if c.district_id is not None:
            info, short_no = _place_device(conn, c.district_id, req)
            name = f"{info.code}-{short_no}"
        device_id = req.device_id or new_id()
        if conn.execute(sa.select(t.device.c.id).where(t.device.c.id == device_id)).first():
            raise AuthError(409, "enrolled", "this device is already enrolled")
        used = conn.execute(
            t.code.update()
            .where(t.code.c.code_hash == c.code_hash, t.code.c.used_at.is_(None))
            .values(used_at=t.now(), used_by=device_id)
        )
        if used.rowcount != 1:
            raise AuthError(403, "bad_code", "this enrollment code is wrong or already used")
        conn.execute(
            t.device.insert().values(
                id=device_id,
                district_id=info.id if info else None,
                role=c.role,
                short_no=short_no,
                name=name[:80],
                token_hash=_hash(token),
                enrolled_at=t.now(),
                pushed=0,
            )
        )
    return device_id, token, c.role, (info if c.district_id else None), short_no


def _place_device(conn: sa.Connection, district_id: str, req: EnrollRequest):
    d = conn.execute(sa.select(t.district).where(t.district.c.id == district_id)).first()
    assert d is not None
    district_id = d.id
    taken = set(
        conn.execute(
            sa.select(t.device.c.short_no).where(t.device.c.district_id == district_id)
        ).scalars()
    )
    if req.district is not None:  # a database that already holds an office
        # A device joins the district of its code and nothing else: same name, same code.
        if req.district.name != d.name or req.district.code != d.code:
            raise AuthError(
                409, "other_district", f"this database belongs to another district than {d.name}"
            )
        if req.district.id != d.id:
            other = conn.execute(
                sa.select(t.district.c.id).where(t.district.c.id == req.district.id)
            ).first()
            if taken or d.head or other is not None:
                raise AuthError(
                    409,
                    "other_district",
                    f"{d.name} already has data from other devices; enroll a new database "
                    "and let it download the district",
                )
            # The first device of a district brings its own district id (nothing refers to
            # the server's yet), so its existing rows keep theirs.
            conn.execute(
                t.district.update().where(t.district.c.id == d.id).values(id=req.district.id)
            )
            conn.execute(
                t.code.update()
                .where(t.code.c.district_id == d.id)
                .values(district_id=req.district.id)
            )
            district_id = req.district.id
        if req.short_no in taken:
            raise AuthError(
                409, "device_number", f"device number {req.short_no} is already used in {d.name}"
            )
        short_no = req.short_no or (max(taken, default=0) + 1)
    else:
        short_no = max(taken, default=0) + 1
    if not 1 <= short_no <= MAX_SHORT_NO:
        raise AuthError(
            409, "district_full", f"{d.name} has no free device number (1 to {MAX_SHORT_NO})"
        )
    return DistrictInfo(id=district_id, name=d.name, code=d.code), short_no


def authenticate(conn: sa.Connection, authorization: str | None) -> DeviceAuth:
    """The device behind a ``Bearer`` token, or an ``AuthError`` (401 unknown, 403 revoked)."""
    if not authorization or not authorization.startswith("Bearer "):
        raise AuthError(401, "no_token", "this device is not enrolled (no token)")
    token = authorization[7:].strip()
    row = conn.execute(sa.select(t.device).where(t.device.c.token_hash == _hash(token))).first()
    if row is None:
        raise AuthError(401, "bad_token", "the server does not know this device's token")
    if row.revoked_at is not None:
        raise AuthError(403, "revoked", "this device was revoked; ask head office to enroll it")
    return DeviceAuth(row.id, row.district_id, row.role, row.pushed)


def revoke(engine: Engine, device: str) -> int:
    """Revoke a device by id or by name (``XAC-3``); returns how many were revoked."""
    with engine.begin() as conn:
        res = conn.execute(
            t.device.update()
            .where(sa.or_(t.device.c.id == device, t.device.c.name == device))
            .where(t.device.c.revoked_at.is_(None))
            .values(revoked_at=t.now())
        )
        return res.rowcount
