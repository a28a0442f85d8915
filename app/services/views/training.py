"""Read models for the training screens (#4): courses, the attendance grid, the training summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlmodel import col, func, select

from app.errors import NotFound
from app.models import (
    AttendanceMark,
    Beneficiary,
    Enrollment,
    TrainingCourse,
    TrainingSession,
)
from app.services.training import attendance_register
from app.store import Database
from app.text import sort_key


@dataclass(frozen=True)
class CourseRow:
    id: str
    title: str
    venue: str
    starts_on: date
    sessions: int
    enrolled: int
    min_sessions: int


def courses(db: Database) -> list[CourseRow]:
    """Every course, newest first, with its number of sessions and people enrolled."""
    with db.session() as s:
        n_sessions = dict(
            s.exec(
                select(TrainingSession.course_id, func.count())
                .where(TrainingSession.deleted == False)
                .group_by(TrainingSession.course_id)
            ).all()
        )
        n_people = dict(
            s.exec(
                select(Enrollment.course_id, func.count())
                .where(Enrollment.deleted == False)
                .group_by(Enrollment.course_id)
            ).all()
        )
        rows = s.exec(
            select(TrainingCourse)
            .where(TrainingCourse.deleted == False)
            .order_by(col(TrainingCourse.starts_on).desc(), col(TrainingCourse.title))
        ).all()
    return [
        CourseRow(
            c.id, c.title, c.venue, c.starts_on, n_sessions.get(c.id, 0), n_people.get(c.id, 0),
            c.min_sessions_to_complete,
        )
        for c in rows
    ]  # fmt: skip


@dataclass(frozen=True)
class SessionView:
    id: str
    n: int
    held_on: date
    topic: str


@dataclass(frozen=True)
class Participant:
    beneficiary_id: str
    code: str
    name: str
    sex: str
    disability: bool
    present: tuple[bool, ...]
    attended: int
    completed: bool


@dataclass(frozen=True)
class CourseGrid:
    course: CourseRow
    sessions: tuple[SessionView, ...]
    people: tuple[Participant, ...]  # in Azerbaijani alphabetical order


def course_grid(db: Database, course_id: str) -> CourseGrid:
    """The attendance register: people × sessions, the latest mark deciding each box."""
    course = next((c for c in courses(db) if c.id == course_id), None)
    if course is None:
        raise NotFound("no such course", field="course")
    register = {r.beneficiary_id: r for r in attendance_register(db, course_id)}
    with db.session() as s:
        sessions = tuple(
            SessionView(t.id, t.n, t.held_on, t.topic)
            for t in s.exec(
                select(TrainingSession)
                .where(TrainingSession.course_id == course_id, TrainingSession.deleted == False)
                .order_by(TrainingSession.n)
            )
        )
        people = s.exec(select(Beneficiary).where(col(Beneficiary.id).in_(list(register)))).all()
    rows = []
    for b in people:
        r = register[b.id]
        rows.append(
            Participant(
                b.id, b.code, f"{b.surname} {b.given_name} {b.patronymic}".strip(), b.sex,
                b.disability, r.present, r.attended, r.completed,
            )
        )  # fmt: skip
    rows.sort(key=lambda p: sort_key(p.name))
    return CourseGrid(course, sessions, tuple(rows))


@dataclass(frozen=True)
class TrainingSummary:
    as_of: date
    courses: int
    enrolled: int
    trained: int  # attended at least one session
    completed: int
    trained_by_sex: dict[str, int]
    completed_by_sex: dict[str, int]
    trained_with_disability: int
    completed_with_disability: int


def training_summary(db: Database, as_of: date | None = None) -> TrainingSummary:
    """People trained and completing in courses started by a date, by sex and disability."""
    as_of = as_of or date.today()
    with db.session() as s:
        course_rows = s.exec(
            select(TrainingCourse.id, TrainingCourse.min_sessions_to_complete).where(
                TrainingCourse.deleted == False, TrainingCourse.starts_on <= as_of
            )
        ).all()
        need = dict(course_rows)
        sessions = dict(
            s.exec(
                select(TrainingSession.id, TrainingSession.course_id).where(
                    TrainingSession.deleted == False, TrainingSession.held_on <= as_of
                )
            ).all()
        )
        enrolled = s.exec(
            select(Enrollment.course_id, Enrollment.beneficiary_id).where(
                Enrollment.deleted == False
            )
        ).all()
        marks = s.exec(
            select(
                AttendanceMark.session_id, AttendanceMark.beneficiary_id, AttendanceMark.present
            ).order_by(AttendanceMark.hlc)
        ).all()
        people = {
            b[0]: (b[1], b[2])
            for b in s.exec(select(Beneficiary.id, Beneficiary.sex, Beneficiary.disability))
        }
    latest = {(sid, bid): present for sid, bid, present in marks if sid in sessions}
    attended: Counter[tuple[str, str]] = Counter()
    for (sid, bid), present in latest.items():
        if present:
            attended[(sessions[sid], bid)] += 1
    pairs = [(c, b) for c, b in enrolled if c in need]
    trained_ids = {b for c, b in pairs if attended[(c, b)] >= 1}
    completed_ids = {b for c, b in pairs if attended[(c, b)] >= need[c]}
    return TrainingSummary(
        as_of, len(need), len({b for _, b in pairs}), len(trained_ids), len(completed_ids),
        dict(Counter(people[b][0] for b in trained_ids if b in people)),
        dict(Counter(people[b][0] for b in completed_ids if b in people)),
        sum(1 for b in trained_ids if people.get(b, ("", False))[1]),
        sum(1 for b in completed_ids if people.get(b, ("", False))[1]),
    )  # fmt: skip
