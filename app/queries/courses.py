"""Read models for the training screens (#4): courses, the attendance grid, the training summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlmodel import col, func, select

from app.errors import NotFound
from app.models import Enrollment, TrainingCourse, TrainingSession
from app.queries.people import people
from app.queries.training import register, registers
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
    reg = register(db, course_id)
    sessions = tuple(SessionView(t.id, t.n, t.held_on, t.topic) for t in reg.sessions)
    lines = {r.beneficiary_id: r for r in reg.rows}
    rows = [
        Participant(p.id, p.code, p.full_name, p.sex, p.disability, *lines[p.id][1:])
        for p in people(db, lines).values()
    ]
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
    """People trained and completing in courses started by a date, by sex and disability.

    Counts the sessions held by that date (``queries.training.registers(as_of=...)``), as the
    head-office workbook's indicators do.
    """
    as_of = as_of or date.today()
    regs = registers(db, as_of=as_of)
    who = people(db)
    lines = [r for reg in regs for r in reg.rows]
    trained_ids = {r.beneficiary_id for r in lines if r.trained}
    completed_ids = {r.beneficiary_id for r in lines if r.completed}
    return TrainingSummary(
        as_of, len(regs), len({r.beneficiary_id for r in lines}), len(trained_ids),
        len(completed_ids),
        dict(Counter(who[b].sex for b in trained_ids if b in who)),
        dict(Counter(who[b].sex for b in completed_ids if b in who)),
        sum(1 for b in trained_ids if b in who and who[b].disability),
        sum(1 for b in completed_ids if b in who and who[b].disability),
    )  # fmt: skip
