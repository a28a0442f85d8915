"""Training courses, their sessions, enrollments and attendance marks."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, UniqueConstraint

from app.models.base import MutableRow, SyncedRow


class TrainingCourse(MutableRow, table=True):
    title: str = Field(max_length=200)
    venue: str = Field(default="", max_length=120)
    starts_on: date
    trainer_id: str | None = Field(default=None, foreign_key="officer.id", max_length=36)
    # Completion rule: attended at least this many sessions (e.g. 2 of a 3-day course).
    min_sessions_to_complete: int = 2


class TrainingSession(MutableRow, table=True):
    __table_args__ = (UniqueConstraint("course_id", "n"),)
    course_id: str = Field(foreign_key="trainingcourse.id", index=True, max_length=36)
    n: int
    held_on: date
    topic: str = Field(default="", max_length=200)


class Enrollment(MutableRow, table=True):
    __table_args__ = (UniqueConstraint("course_id", "beneficiary_id"),)
    course_id: str = Field(foreign_key="trainingcourse.id", index=True, max_length=36)
    beneficiary_id: str = Field(foreign_key="beneficiary.id", index=True, max_length=36)
    enrolled_on: date


class AttendanceMark(SyncedRow, table=True):
    """An immutable event: the latest mark (by HLC) for a session and person is the answer.

    Marks never conflict: two trainers ticking the same box both leave a mark, and the later
    one wins when the register is read.
    """

    session_id: str = Field(foreign_key="trainingsession.id", index=True, max_length=36)
    beneficiary_id: str = Field(foreign_key="beneficiary.id", index=True, max_length=36)
    present: bool
    officer_id: str = Field(foreign_key="officer.id", max_length=36)
