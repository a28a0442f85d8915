"""Enrolling this database's device with a server (#5): one-time code in, token out.

A new database takes the district and the device number the server gives. A database that
already holds an office (a pilot laptop) sends its district and device, so its rows and the
human numbers it has issued (``XAC-3-00042``) stay valid. The token goes to the OS keyring or a
0600 file (``secrets``), never into the database.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import ValidationError

from app.models import Device, District, LocalState
from app.store import Database, head_revision
from app.sync import secrets
from app.sync.outbox import get_state, set_state
from app.sync.protocol import API, PROTOCOL_VERSION, EnrollResponse
from app.sync.transport import NetworkError, Refused, Transport


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    district: str
    device_name: str
    token_store: str


def enroll(db: Database, *, server_url: str, code: str) -> Enrolled:
    """Register this database's device in the district of ``code``.

    Raises:
        SyncError: the server is unreachable or refused the code.
    """
    from app.sync.client import SyncError

    with db.engine.connect() as conn:
        district_id = get_state(conn, "district_id")
        device_id = get_state(conn, "device_id")
        if get_state(conn, "server_url"):
            raise SyncError("this database is already enrolled", "refused")
    request: dict = {
        "code": code.strip(),
        "name": platform.node()[:80],
        "protocol": PROTOCOL_VERSION,
    }
    if device_id:
        with db.session() as s:
            district = s.get(District, district_id)
            device = s.get(Device, device_id)
        assert district is not None and device is not None
        request.update(
            district={"id": district.id, "name": district.name, "code": district.code},
            device_id=device.id,
            short_no=device.short_no,
        )
    tr = Transport(server_url.rstrip("/") + API, schema=head_revision())
    try:
        answer = tr.post_json("/enroll", request)
    except NetworkError as e:
        raise SyncError(
            "cannot reach {url}: {reason}", "offline", url=server_url, reason=str(e)
        ) from None
    except Refused as e:
        raise SyncError("enrollment refused: {reason}", "refused", reason=e.message) from None
    finally:
        tr.close()
    answer = _checked(answer, device_id, district_id)
    d = answer["district"]
    store = secrets.save_token(answer["device_id"], answer["token"])
    with db.transaction() as s:
        if not device_id:
            if s.get(District, d["id"]) is None:
                s.add(District(id=d["id"], name=d["name"], code=d["code"]))
                s.flush()
            s.add(
                Device(
                    id=answer["device_id"],
                    district_id=d["id"],
                    short_no=answer["short_no"],
                    name=f"{d['code']}-{answer['short_no']}",
                    created_at=datetime.now(UTC),
                )
            )
            s.add(LocalState(key="district_id", value=d["id"]))
            s.add(LocalState(key="device_id", value=answer["device_id"]))
            s.flush()
        conn = s.connection()
        set_state(conn, "server_url", server_url.rstrip("/"))
        for key in ("cursor", "base_cursor", "push_seq"):
            set_state(conn, key, get_state(conn, key, "0"))
    db.cache.pop("office", None)
    return Enrolled(answer["device_id"], d["name"], f"{d['code']}-{answer['short_no']}", store)


def _checked(answer: object, device_id: str | None, district_id: str | None) -> dict:
    """The server's answer, checked before any of it is stored or used in a file name.

    A laptop trusts no server (DESIGN §10): the device id and the token go into a file name and
    the keyring, the district code and the device number into every human number it issues.

    Raises:
        SyncError: one line saying what is wrong with the answer.
    """
    from app.sync.client import SyncError

    def refuse(reason: str) -> SyncError:  # an existing template: the GUI translates it
        return SyncError("enrollment refused: {reason}", "refused", reason=reason)

    try:
        got = EnrollResponse.model_validate(answer)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "answer"
        raise refuse(
            f"the server's answer cannot be used ({where}: {first['msg']}); nothing was changed"
        ) from None
    if got.district is None or got.role != "device":
        raise SyncError("this code is for a head-office account, not a field laptop", "refused")
    if got.short_no < 1:
        raise refuse("the server's answer gives no device number; nothing was changed")
    if device_id and (got.device_id, got.district.id) != (device_id, district_id):
        raise refuse(
            "the server answered for another device or district than this database's; "
            "nothing was changed"
        )
    return got.model_dump()
