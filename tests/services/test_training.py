"""app.services.training: courses with sessions, enrollment, attendance and completion."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from app.errors import NotFound, PermissionDenied, ValidationError
from app.queries.training import register
from app.services import training
from tests.builders import a_beneficiary, row_counts

STARTS = date(2026, 3, 2)


def a_course(db, actor, **more):
    return training.create_course(
        db, actor=actor, title="Biznes bacarıqları", starts_on=STARTS, venue="Xaçmaz İcma Mərkəzi",
        **more,
    )  # fmt: skip


def sessions_of(db, course_id: str) -> list[tuple[str, int, str]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text("SELECT id, n, held_on FROM trainingsession WHERE course_id=:c ORDER BY n"),
                {"c": course_id},
            )
        ]


def test_a_course_creates_one_session_per_day(db, trainer):
    course_id = a_course(db, trainer, days=3)
    assert [(n, held) for _, n, held in sessions_of(db, course_id)] == [
        (1, "2026-03-02"),
        (2, "2026-03-03"),
        (3, "2026-03-04"),
    ]
    with db.engine.connect() as conn:
        trainer_id, audits = conn.execute(
            text(
                "SELECT trainer_id, (SELECT count(*) FROM auditevent WHERE entity_id = c.id) "
                "FROM trainingcourse c WHERE id = :id"
            ),
            {"id": course_id},
        ).one()
        outbox = conn.execute(text("SELECT table_name, count(*) FROM outbox GROUP BY table_name"))
        counts = dict(outbox.all())
    assert trainer_id == trainer.officer_id
    assert audits == 1
    assert counts["trainingcourse"] == 1
    assert counts["trainingsession"] == 3


@pytest.mark.parametrize(
    ("more", "field"),
    [
        ({"days": 0}, "days"),
        ({"days": 31}, "days"),
        ({"days": 3, "min_sessions_to_complete": 4}, "min_sessions_to_complete"),
        ({"days": 3, "min_sessions_to_complete": 0}, "min_sessions_to_complete"),
    ],
)
def test_course_shape_is_checked(db, trainer, more, field):
    before = row_counts(db)
    with pytest.raises(ValidationError) as err:
        a_course(db, trainer, **more)
    assert err.value.field == field
    assert row_counts(db) == before


def test_a_course_needs_a_title(db, trainer):
    with pytest.raises(ValidationError) as err:
        training.create_course(db, actor=trainer, title=" ", starts_on=STARTS)
    assert err.value.field == "title"


def test_enroll_is_idempotent(db, trainer):
    course_id = a_course(db, trainer)
    ben_id = a_beneficiary(db, trainer)
    first = training.enroll(db, actor=trainer, course_id=course_id, beneficiary_id=ben_id)
    before = row_counts(db)
    again = training.enroll(db, actor=trainer, course_id=course_id, beneficiary_id=ben_id)
    assert again == first
    assert row_counts(db) == before


def test_enroll_unknown_course_or_person(db, trainer):
    course_id = a_course(db, trainer)
    ben_id = a_beneficiary(db, trainer)
    with pytest.raises(NotFound):
        training.enroll(db, actor=trainer, course_id="nope", beneficiary_id=ben_id)
    with pytest.raises(NotFound):
        training.enroll(db, actor=trainer, course_id=course_id, beneficiary_id="nope")


def test_marking_twice_the_latest_mark_wins(db, trainer):
    course_id = a_course(db, trainer)
    ben_id = a_beneficiary(db, trainer)
    training.enroll(db, actor=trainer, course_id=course_id, beneficiary_id=ben_id)
    day1 = sessions_of(db, course_id)[0][0]
    training.mark_attendance(
        db, actor=trainer, session_id=day1, beneficiary_id=ben_id, present=True
    )
    [row] = register(db, course_id).rows
    assert row.present == (True, False, False)
    training.mark_attendance(
        db, actor=trainer, session_id=day1, beneficiary_id=ben_id, present=False
    )
    [row] = register(db, course_id).rows
    assert row.present == (False, False, False)
    training.mark_attendance(
        db, actor=trainer, session_id=day1, beneficiary_id=ben_id, present=True
    )
    [row] = register(db, course_id).rows
    assert row.present == (True, False, False)
    with db.engine.connect() as conn:  # marks are immutable events: all three are kept
        assert conn.execute(text("SELECT count(*) FROM attendancemark")).scalar() == 3


def test_completion_needs_two_of_three_sessions(db, trainer):
    course_id = a_course(db, trainer, days=3, min_sessions_to_complete=2)
    one = a_beneficiary(db, trainer, given_name="Aynur")
    two = a_beneficiary(db, trainer, given_name="Nərmin", birth_date=date(1992, 5, 5))
    three = a_beneficiary(db, trainer, given_name="Səbinə", birth_date=date(1979, 9, 9))
    for ben in (one, two, three):
        training.enroll(db, actor=trainer, course_id=course_id, beneficiary_id=ben)
    days = [sid for sid, _, _ in sessions_of(db, course_id)]
    attended = {one: days[:1], two: days[:2], three: days}
    for ben, sids in attended.items():
        for sid in sids:
            training.mark_attendance(
                db, actor=trainer, session_id=sid, beneficiary_id=ben, present=True
            )
    training.mark_attendance(
        db, actor=trainer, session_id=days[2], beneficiary_id=one, present=False
    )
    lines = {row.beneficiary_id: row for row in register(db, course_id).rows}
    assert {b: (r.attended, r.completed) for b, r in lines.items()} == {
        one: (1, False),
        two: (2, True),
        three: (3, True),
    }


def test_marking_someone_not_enrolled_is_refused(db, trainer):
    course_id = a_course(db, trainer)
    ben_id = a_beneficiary(db, trainer)
    day1 = sessions_of(db, course_id)[0][0]
    before = row_counts(db)
    with pytest.raises(ValidationError) as err:
        training.mark_attendance(
            db, actor=trainer, session_id=day1, beneficiary_id=ben_id, present=True
        )
    assert err.value.field == "beneficiary"
    assert row_counts(db) == before


def test_marking_an_unknown_session(db, trainer):
    with pytest.raises(NotFound):
        training.mark_attendance(
            db, actor=trainer, session_id="nope", beneficiary_id="nope", present=True
        )


def test_a_trainer_marks_a_loan_officer_may_not(db, trainer, officer, supervisor):
    course_id = a_course(db, trainer)
    ben_id = a_beneficiary(db, officer)
    training.enroll(db, actor=trainer, course_id=course_id, beneficiary_id=ben_id)
    day1 = sessions_of(db, course_id)[0][0]
    before = row_counts(db)
    with pytest.raises(PermissionDenied) as err:
        training.mark_attendance(
            db, actor=officer, session_id=day1, beneficiary_id=ben_id, present=True
        )
    assert "loan officer" in str(err.value)
    assert row_counts(db) == before
    with pytest.raises(PermissionDenied):
        a_course(db, officer)
    with pytest.raises(PermissionDenied):
        training.enroll(db, actor=officer, course_id=course_id, beneficiary_id=ben_id)
    assert training.mark_attendance(
        db, actor=trainer, session_id=day1, beneficiary_id=ben_id, present=True
    )
    assert training.mark_attendance(
        db, actor=supervisor, session_id=day1, beneficiary_id=ben_id, present=True
    )


def test_a_session_still_to_come_is_refused_and_all_present_is_undone(db, trainer):
    """#13 (a user trial): a mark in tomorrow's column was a mistyped column; "all present"
    is taken back by marking the same people absent (the latest mark wins)."""
    from datetime import timedelta

    course = training.create_course(db, actor=trainer, title="Kiçik biznes",
                                    starts_on=date.today() - timedelta(days=1))  # fmt: skip
    people = [a_beneficiary(db, trainer, given_name=n) for n in ("Aynur", "Günay")]
    for person in people:
        training.enroll(db, actor=trainer, course_id=course, beneficiary_id=person)
    today, tomorrow = [s for s, _, _ in sessions_of(db, course)][1:]
    before = row_counts(db)
    with pytest.raises(ValidationError, match="on the day or after") as ahead:
        training.mark_attendance(db, actor=trainer, session_id=tomorrow,
                                 beneficiary_id=people[0], present=True)  # fmt: skip
    assert ahead.value.field == "session"
    with pytest.raises(ValidationError):
        training.mark_all_present(db, actor=trainer, session_id=tomorrow)
    assert row_counts(db) == before
    marked = training.mark_all_present(db, actor=trainer, session_id=today)
    assert sorted(r.beneficiary_id for r in marked) == sorted(people)
    undo = [r.beneficiary_id for r in marked]
    training.mark_many(db, actor=trainer, session_id=today, beneficiary_ids=undo, present=False)
    assert not any(r.present[1] for r in register(db, course).rows)
