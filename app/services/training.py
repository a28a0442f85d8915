"""Training courses, sessions, enrollment and attendance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import select

from app.errors import NotFound, ValidationError
from app.ids import new_id
from app.models import AttendanceMark, Beneficiary, Enrollment, TrainingCourse, TrainingSession
from app.services import validate as v
from app.services._rows import get_live
from app.services._write import Writer
from app.services.context import Actor, require
from app.services.office import office
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
) -> str:
    """Record a mark (an immutable event; the latest mark per person and session counts)."""
    require(actor, "attendance.mark")
    with db.transaction() as s:
        session = s.get(TrainingSession, session_id)
        if session is None or session.deleted:
            raise NotFound("no such training session", field="session")
        enrolled = s.exec(
            select(Enrollment.id)
            .where(Enrollment.course_id == session.course_id)
            .where(Enrollment.beneficiary_id == beneficiary_id)
            .where(Enrollment.deleted == False)
        ).first()
        if not enrolled:
            raise ValidationError("this person is not enrolled in the course", field="beneficiary")
        w = Writer(s, actor)
        mark_id = new_id()
        w.insert(
            AttendanceMark(
                id=mark_id,
                district_id=session.district_id,
                session_id=session_id,
                beneficiary_id=beneficiary_id,
                present=present,
                officer_id=actor.officer_id,
            )
        )
        w.audit("attendance.mark", "attendance_mark", mark_id, present=present)
    return mark_id


@dataclass(frozen=True)
class AttendanceRow:
    beneficiary_id: str
    present: tuple[bool, ...]  # one per session, in session order
    attended: int
    completed: bool


def attendance_register(db: Database, course_id: str) -> list[AttendanceRow]:
    """The register of a course: the latest mark per person and session decides."""
    with db.session() as s:
        course = s.get(TrainingCourse, course_id)
        if course is None:
            raise NotFound("no such course", field="course")
        sessions = s.exec(
            select(TrainingSession.id)
            .where(TrainingSession.course_id == course_id)
            .where(TrainingSession.deleted == False)
            .order_by(TrainingSession.n)
        ).all()
        people = s.exec(
            select(Enrollment.beneficiary_id)
            .where(Enrollment.course_id == course_id)
            .where(Enrollment.deleted == False)
        ).all()
        marks = s.exec(
            select(AttendanceMark.session_id, AttendanceMark.beneficiary_id, AttendanceMark.present)
            .where(AttendanceMark.session_id.in_(sessions))  # type: ignore[attr-defined]
            .order_by(AttendanceMark.hlc)
        ).all()
    latest = {(m[0], m[1]): m[2] for m in marks}
    out = []
    for person in people:
        present = tuple(latest.get((sid, person), False) for sid in sessions)
        attended = sum(present)
        out.append(
            AttendanceRow(person, present, attended, attended >= course.min_sessions_to_complete)
        )
    return out
