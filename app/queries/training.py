"""Training registers (#12): the one definition of "course completed" and the one loader of it.

A person *completed* a course when they attended at least the course's
``min_sessions_to_complete`` sessions (:func:`completed`). Attendance is counted from the
register: per live session, the latest mark (by HLC) for that person decides, no mark counting
as absent. Every screen, report, export and service reads registers through :func:`registers`
(or :func:`register` for one course); none restates the rule.

This module sits below the services: it reads through the DB-API cursor (no ORM, no session) and
imports nothing from ``app.services``, ``app.reports``, ``app.ui`` or ``app.cli``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from app.errors import NotFound
from app.queries.sql import day, rows
from app.store import Database


def completed(attended: int, needed: int) -> bool:
    """The completion rule: at least ``needed`` (the course's minimum) sessions attended."""
    return attended >= needed


class Attendance(NamedTuple):
    """One enrollment's line of a register (a tuple, so ``person, present, n, done = line``)."""

    beneficiary_id: str
    present: tuple[bool, ...]  # one per session, in session order
    attended: int
    completed: bool

    @property
    def trained(self) -> bool:
        """Trained: attended at least one session (the donors' "people trained")."""
        return self.attended >= 1


@dataclass(frozen=True, slots=True)
class Session:
    id: str
    n: int
    held_on: date
    topic: str


@dataclass(frozen=True, slots=True)
class Register:
    """A course with its sessions and one :class:`Attendance` per live enrollment (by case code)."""

    id: str
    title: str
    venue: str
    starts_on: date
    trainer_id: str | None
    min_sessions: int
    sessions: tuple[Session, ...]
    rows: tuple[Attendance, ...]

    def line(self, beneficiary_id: str) -> Attendance | None:
        return next((r for r in self.rows if r.beneficiary_id == beneficiary_id), None)

    @property
    def completed_count(self) -> int:
        return sum(1 for r in self.rows if r.completed)


def attendance(present: tuple[bool, ...], beneficiary_id: str, needed: int) -> Attendance:
    """A register line from the marks of one person (the only place ``completed`` is applied)."""
    attended = sum(present)
    return Attendance(beneficiary_id, present, attended, completed(attended, needed))


def registers(
    db: Database,
    *,
    course_id: str | None = None,
    beneficiary_id: str | None = None,
    as_of: date | None = None,
) -> list[Register]:
    """Live courses with their registers, by start date and title.

    Args:
        course_id: only this course.
        beneficiary_id: only the courses this person is enrolled in, and only their line.
        as_of: only courses started by this day, and only sessions held by it count (a report
            as of a date counts the attendance of that date).
    """
    where, params = ["deleted = 0"], []
    if course_id is not None:
        where.append("id = ?")
        params.append(course_id)
    if beneficiary_id is not None:
        where.append(
            "id IN (SELECT course_id FROM enrollment WHERE beneficiary_id = ? AND deleted = 0)"
        )
        params.append(beneficiary_id)
    if as_of is not None:
        where.append("starts_on <= ?")
        params.append(as_of.isoformat())
    courses = rows(
        db,
        "SELECT id, title, venue, starts_on, trainer_id, min_sessions_to_complete "
        f"FROM trainingcourse WHERE {' AND '.join(where)} ORDER BY starts_on, title, id",
        params,
    )
    if not courses:
        return []
    narrow = course_id is not None or beneficiary_id is not None
    ids = [c[0] for c in courses]
    only = _in("course_id", ids) if narrow else ""
    held = ""
    session_params: list[Any] = list(ids) if narrow else []
    if as_of is not None:
        held = " AND held_on <= ?"
        session_params.append(as_of.isoformat())
    sessions: dict[str, list[Session]] = {}
    for sid, cid, n, on, topic in rows(
        db,
        f"SELECT id, course_id, n, held_on, topic FROM trainingsession WHERE deleted = 0{only}"
        f"{held} ORDER BY n",
        session_params,
    ):
        sessions.setdefault(cid, []).append(Session(sid, n, day(on), topic))
    person = " AND e.beneficiary_id = ?" if beneficiary_id is not None else ""
    enrolled: dict[str, list[str]] = {}
    for cid, bid in rows(
        db,
        "SELECT e.course_id, e.beneficiary_id FROM enrollment e "
        "JOIN beneficiary b ON b.id = e.beneficiary_id "
        f"WHERE e.deleted = 0 AND b.deleted = 0{_in('e.course_id', ids) if narrow else ''}"
        f"{person} ORDER BY b.code, b.id",
        [*(ids if narrow else []), *([beneficiary_id] if beneficiary_id is not None else [])],
    ):
        enrolled.setdefault(cid, []).append(bid)
    wanted = [s.id for ss in sessions.values() for s in ss] if narrow else []
    mark_where = []
    if narrow:
        mark_where.append(f"session_id IN ({','.join('?' * len(wanted))})")
    if beneficiary_id is not None:
        mark_where.append("beneficiary_id = ?")
    latest: dict[tuple[str, str], bool] = {}
    if wanted or not narrow:
        clause = f" WHERE {' AND '.join(mark_where)}" if mark_where else ""
        for sid, bid, present in rows(
            db,
            f"SELECT session_id, beneficiary_id, present FROM attendancemark{clause} "
            "ORDER BY hlc, id",
            [*wanted, *([beneficiary_id] if beneficiary_id is not None else [])],
        ):
            latest[(sid, bid)] = bool(present)  # the later mark wins
    out = []
    for cid, title, venue, starts, trainer, needed in courses:
        held_sessions = tuple(sessions.get(cid, ()))
        lines = tuple(
            attendance(tuple(latest.get((s.id, bid), False) for s in held_sessions), bid, needed)
            for bid in enrolled.get(cid, ())
        )
        out.append(Register(cid, title, venue, day(starts), trainer, needed, held_sessions, lines))
    return out


def _in(column: str, values: list[str]) -> str:
    return f" AND {column} IN ({','.join('?' * len(values))})"


def register(db: Database, course_id: str) -> Register:
    """One live course's register (every session, every live enrollment).

    Raises:
        NotFound: no such course, or it was deleted.
    """
    found = registers(db, course_id=course_id)
    if not found:
        raise NotFound("no such course", field="course")
    return found[0]
