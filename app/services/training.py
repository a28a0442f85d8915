"""Training courses, sessions, enrollment and attendance."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from app.errors import NotFound, ValidationError
from app.ids import new_id
from app.models import AttendanceMark, Beneficiary, Enrollment, TrainingCourse, TrainingSession
from app.queries.office import office
from app.queries.training import Attendance, register, registers
from app.services import validate as v
from app.services._rows import get_live
from app.services._write import Writer
from app.services.context import Actor, require
from app.store import Database


def create_course(
    db: Database,
    *,
    actor: Actor,
    title: str,
    starts_on: date,
    days: int = 3,
    venue: str = "",
    min_sessions_to_complete: int = 2,
) -> str:
    """A course with one session per day (the programme's three-day business-skills training)."""
    require(actor, "training.manage")
    title = v.text(title, "title")
    if not 1 <= days <= 30:
        raise ValidationError("a course has 1 to 30 sessions", field="days")
    if not 1 <= min_sessions_to_complete <= days:
        raise ValidationError(
            "completion needs between 1 and all sessions", field="min_sessions_to_complete"
        )
    off = office(db)
    course_id = new_id()
    with db.transaction() as s:
        w = Writer(s, actor)
        w.insert(
            TrainingCourse(
                id=course_id,
                district_id=off.district_id,
                title=title,
                venue=v.text(venue, "venue", required=False, max_len=120),
                starts_on=starts_on,
                trainer_id=actor.officer_id or None,
                min_sessions_to_complete=min_sessions_to_complete,
            )
        )
        w.insert_many(
            TrainingSession,
            [
                {
                    "district_id": off.district_id,
                    "course_id": course_id,
                    "n": n,
                    "held_on": starts_on + timedelta(days=n - 1),
                    "topic": f"Day {n}",
                }
                for n in range(1, days + 1)
            ],
        )
        w.audit("course.create", "training_course", course_id, title=title, days=days)
    return course_id


def enroll(db: Database, *, actor: Actor, course_id: str, beneficiary_id: str) -> str:
    require(actor, "training.manage")
    with db.transaction() as s:
        course = s.get(TrainingCourse, course_id)
        if course is None or course.deleted:
            raise NotFound("no such course", field="course")
        ben = get_live(s, Beneficiary, beneficiary_id, what="case file", field="beneficiary")
        existing = s.exec(
            select(Enrollment.id)
            .where(Enrollment.course_id == course_id)
            .where(Enrollment.beneficiary_id == beneficiary_id)
        ).first()
        if existing:
            return existing
        w = Writer(s, actor)
        row_id = new_id()
        w.insert(
            Enrollment(
                id=row_id,
                district_id=course.district_id,
                course_id=course_id,
                beneficiary_id=beneficiary_id,
                enrolled_on=date.today(),
            )
        )
        w.audit("course.enroll", "enrollment", row_id, course=course_id, beneficiary=ben.code)
    return row_id


def mark_attendance(
    db: Database, *, actor: Actor, session_id: str, beneficiary_id: str, present: bool
) -> Attendance:
    """Record a mark (an immutable event; the latest mark per person and session counts).

    Returns the person's register line after the mark (attended, completed), so a screen shows
    what changed without counting itself.
    """
    require(actor, "attendance.mark")
    with db.transaction() as s:
        session = _live_session(s, session_id)
        _not_ahead(session)
        enrolled = s.exec(
            select(Enrollment.id)
            .where(Enrollment.course_id == session.course_id)
            .where(Enrollment.beneficiary_id == beneficiary_id)
            .where(Enrollment.deleted == False)
        ).first()
        if not enrolled:
            raise ValidationError("this person is not enrolled in the course", field="beneficiary")
        get_live(s, Beneficiary, beneficiary_id, what="case file", field="beneficiary")
        _mark(Writer(s, actor), session, beneficiary_id, present)
    return _line(db, session.course_id, beneficiary_id)


def mark_all_present(db: Database, *, actor: Actor, session_id: str) -> list[Attendance]:
    """Mark present, in one transaction, everyone enrolled who is not yet present in a session.

    Returns the register lines that changed (empty when everyone was already present); their
    people are the ones :func:`mark_many` takes back to undo it.
    """
    require(actor, "attendance.mark")
    with db.session() as s:
        course_id = _live_session(s, session_id).course_id
    reg = register(db, course_id)
    k = next(i for i, t in enumerate(reg.sessions) if t.id == session_id)
    absent = [r.beneficiary_id for r in reg.rows if not r.present[k]]
    return mark_many(db, actor=actor, session_id=session_id, beneficiary_ids=absent, present=True)


def mark_many(
    db: Database, *, actor: Actor, session_id: str, beneficiary_ids: list[str], present: bool
) -> list[Attendance]:
    """Mark these enrolled people present (or absent: an undo) in one transaction; returns
    their register lines after it."""
    require(actor, "attendance.mark")
    if not beneficiary_ids:
        return []
    with db.transaction() as s:
        session = _live_session(s, session_id)
        _not_ahead(session)
        w = Writer(s, actor)
        for person in beneficiary_ids:
            _mark(w, session, person, present)
        course_id = session.course_id
    wanted = set(beneficiary_ids)
    return [r for r in register(db, course_id).rows if r.beneficiary_id in wanted]


def _not_ahead(session: TrainingSession) -> None:
    """A session is marked on or after its day, never before (a mistyped column)."""
    if session.held_on > date.today():
        raise ValidationError(
            "session {n} is on {held_on}: attendance is marked on the day or after",
            field="session", n=session.n, held_on=session.held_on,
        )  # fmt: skip


def _live_session(s, session_id: str) -> TrainingSession:
    session = s.get(TrainingSession, session_id)
    if session is None or session.deleted:
        raise NotFound("no such training session", field="session")
    return session


def _mark(w: Writer, session: TrainingSession, beneficiary_id: str, present: bool) -> str:
    mark_id = new_id()
    w.insert(
        AttendanceMark(
            id=mark_id,
            district_id=session.district_id,
            session_id=session.id,
            beneficiary_id=beneficiary_id,
            present=present,
            officer_id=w.actor.officer_id,
        )
    )
    w.audit("attendance.mark", "attendance_mark", mark_id, present=present)
    return mark_id


def _line(db: Database, course_id: str, beneficiary_id: str) -> Attendance:
    [reg] = registers(db, course_id=course_id, beneficiary_id=beneficiary_id)
    line = reg.line(beneficiary_id)
    assert line is not None  # enrolled and live: checked in the transaction
    return line
