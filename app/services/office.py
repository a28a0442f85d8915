"""Setting up an office database, officers and login (works offline)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from app.crypto import make_code
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.ids import new_id
from app.models import ROLES, Device, District, LocalState, OfficeProfile, Officer
from app.passwords import hash_password, verify_password
from app.queries.office import Office, office, office_state
from app.services import validate as v
from app.services._write import Writer
from app.services.context import Actor, require
from app.store import Database


def initialise_office(
    db: Database,
    *,
    district_name: str,
    district_code: str,
    district_en: str = "",
    device_no: int = 1,
) -> Office:
    """Give an empty database its district and device. Idempotent for the same district."""
    if not district_code.isascii() or not district_code.isalpha() or len(district_code) != 3:
        raise ValidationError("a district code is three letters, like XAC", field="district_code")
    if device_no < 1:
        raise ValidationError("the device number starts at 1", field="device_no")
    st = office_state(db)
    with db.transaction() as s:
        if "device_id" in st:
            existing = s.get(District, st["district_id"])
            if existing is not None and existing.name != district_name:
                raise ValidationError(
                    "this database already belongs to {district}",
                    field="district",
                    district=existing.name,
                )
        else:
            district = s.exec(select(District).where(District.name == district_name)).first()
            if district is None:
                district = District(
                    id=new_id(), name=district_name, code=district_code.upper(), name_en=district_en
                )
                s.add(district)
                s.flush()  # the device row refers to it; the ORM does not order by FK alone
            device = Device(
                id=new_id(),
                district_id=district.id,
                short_no=device_no,
                name=f"{district.code}-{device_no}",
                created_at=datetime.now(UTC),
            )
            s.add(device)
            s.add(LocalState(key="district_id", value=district.id))
            s.add(LocalState(key="device_id", value=device.id))
    return office(db)


def save_profile(
    db: Database, *, actor: Actor, organisation: str, programme: str = "", address: str = "",
    phone: str = "",
) -> None:  # fmt: skip
    """Name the organisation, the programme, the office's address and phone on every paper
    (#13). Saving adds a version that syncs to the district's other laptops."""
    require(actor, "office.profile")
    fields = {
        "organisation": v.text(organisation, "organisation", max_len=200),
        "programme": v.text(programme, "programme", required=False, max_len=200),
        "address": v.text(address, "address", required=False, max_len=300),
        "phone": v.text(phone, "phone", required=False, max_len=40),
    }
    off = office(db)
    with db.transaction() as s:
        w = Writer(s, actor)
        w.insert(
            OfficeProfile(
                id=new_id(), district_id=off.district_id, officer_id=actor.officer_id, **fields
            )
        )
        w.audit("office.profile", "office_profile", "", **fields)


def _system_actor(off: Office) -> Actor:
    return Actor("", "system", "Fieldbook", "administrator", off.district_id, off.device_id)


def create_officer(
    db: Database, *, actor: Actor | None, login: str, full_name: str, role: str, password: str
) -> Actor:
    """Create a login. With ``actor=None`` only the very first officer (the administrator)."""
    off = office(db)
    login = login.strip().lower()
    if not login:
        raise ValidationError("enter a login name", field="login")
    if not full_name.strip():
        raise ValidationError("enter the officer's full name", field="full_name")
    if role not in ROLES:
        raise ValidationError("role must be one of {roles}", field="role", roles=", ".join(ROLES))
    if len(password) < 8:
        raise ValidationError("a password has at least 8 characters", field="password")
    with db.transaction() as s:
        any_officer = s.exec(select(Officer.id).limit(1)).first()
        if actor is None:
            if any_officer is not None:
                raise PermissionDenied("log in as an administrator to add officers", field="role")
            if role != "administrator":
                raise ValidationError("the first officer is the administrator", field="role")
            actor = _system_actor(off)
        else:
            require(actor, "officer.manage")
        if s.exec(select(Officer.id).where(Officer.login == login)).first():
            raise ValidationError("the login {login!r} is taken", field="login", login=login)
        w = Writer(s, actor)
        officer_id = new_id()
        w.insert(
            Officer(
                id=officer_id,
                district_id=off.district_id,
                login=login,
                full_name=full_name.strip(),
                role=role,
                password_hash=hash_password(password),
            )
        )
        w.audit("officer.create", "officer", officer_id, login=login, role=role)
    return Actor(officer_id, login, full_name.strip(), role, off.district_id, off.device_id)


def _officer(s, login: str) -> Officer:
    officer = s.exec(select(Officer).where(Officer.login == login.strip().lower())).first()
    if officer is None or officer.deleted:
        raise NotFound("no officer with login {login!r}", field="login", login=login)
    return officer


def reset_password(db: Database, *, actor: Actor, login: str, password: str) -> None:
    """The administrator gives an officer a new password (they forgot it). On an encrypted
    laptop the caller also lets the new password open this laptop's file
    (``app.crypto.add_officer_key``)."""
    require(actor, "officer.manage")
    if len(password) < 8:
        raise ValidationError("a password has at least 8 characters", field="password")
    with db.transaction() as s:
        officer = _officer(s, login)
        w = Writer(s, actor)
        w.update(Officer, officer.id, {"password_hash": hash_password(password)})
        w.audit("officer.reset_password", "officer", officer.id, login=officer.login)


def set_officer_active(db: Database, *, actor: Actor, login: str, active: bool) -> None:
    """Deactivate an officer who left (they can no longer sign in; their records stay theirs),
    or bring one back. Never oneself, never the last active administrator."""
    require(actor, "officer.manage")
    with db.transaction() as s:
        officer = _officer(s, login)
        if officer.active == active:
            return
        if not active:
            if officer.id == actor.officer_id:
                raise Conflict("you cannot deactivate your own login", field="login")
            if officer.role == "administrator":
                admins = s.exec(
                    select(Officer.id).where(
                        Officer.role == "administrator", Officer.active == True,
                        Officer.deleted == False,
                    )
                ).all()  # fmt: skip
                if len(admins) <= 1:
                    raise Conflict("the office's last administrator stays active", field="login")
        w = Writer(s, actor)
        w.update(Officer, officer.id, {"active": active})
        action = "officer.activate" if active else "officer.deactivate"
        w.audit(action, "officer", officer.id, login=officer.login)


def authenticate(db: Database, *, login: str, password: str) -> Actor:
    """Check a login offline. The same message for an unknown login and a wrong password."""
    off = office(db)
    with db.session() as s:
        officer = s.exec(select(Officer).where(Officer.login == login.strip().lower())).first()
    if officer is None or officer.deleted or not officer.active:
        raise PermissionDenied("wrong login or password", field="password")
    if not verify_password(password, officer.password_hash):
        raise PermissionDenied("wrong login or password", field="password")
    return Actor(
        officer.id, officer.login, officer.full_name, officer.role, off.district_id, off.device_id
    )


def unlock_code(db: Database, *, actor: Actor, login: str) -> str:
    """A one-time code with which ``login`` signs in for the first time on this encrypted laptop
    (#11, ``app.crypto.make_code``): the administrator makes it here and gives it in person."""
    require(actor, "officer.manage")
    return make_code(db, login)


def actor_for(db: Database, login: str) -> Actor:
    """The actor for a known login, without a password (the CLI on a trusted office machine)."""
    off = office(db)
    with db.session() as s:
        officer = s.exec(select(Officer).where(Officer.login == login.strip().lower())).first()
    if officer is None or officer.deleted or not officer.active:
        raise NotFound("no active officer with login {login!r}", field="officer", login=login)
    return Actor(
        officer.id, officer.login, officer.full_name, officer.role, off.district_id, off.device_id
    )
