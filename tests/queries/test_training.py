"""app.queries.training: the one "course completed" rule, and every reader giving its answer."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import text

from app.errors import Conflict, NotFound
from app.queries import case_files as people_views
from app.queries import courses as training_views
from app.queries.training import completed, register, registers
from app.reports.casefile import certificate_pdf
from app.reports.data import courses as export_courses
from app.reports.data import office_data
from app.reports.indicators import indicators
from app.services import training
from tests.builders import a_beneficiary

FAR = date(2030, 1, 1)


@pytest.mark.parametrize(
    ("attended", "needed", "done"),
    [(0, 1, False), (1, 1, True), (1, 2, False), (2, 2, True), (3, 2, True), (2, 3, False)],
)
def test_completed_is_at_least_the_minimum(attended, needed, done):
    assert completed(attended, needed) is done


def _brute_force(db, course_id: str) -> dict[str, int]:
    """Attended sessions per person straight from the stored marks (latest by HLC wins)."""
    with db.engine.connect() as conn:
        sessions = {
            r[0]
            for r in conn.execute(
                text("SELECT id FROM trainingsession WHERE course_id = :c AND deleted = 0"),
                {"c": course_id},
            )
        }
        latest: dict[tuple[str, str], bool] = {}
        for sid, bid, present in conn.execute(
            text("SELECT session_id, beneficiary_id, present FROM attendancemark ORDER BY hlc")
        ):
            if sid in sessions:
                latest[(sid, bid)] = bool(present)
    out: dict[str, int] = {}
    for (_, bid), present in latest.items():
        out[bid] = out.get(bid, 0) + int(present)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_reader_gives_the_answer_of_the_one_rule(tmp_path, db, trainer, officer, seed):
    rnd = random.Random(seed)
    course = training.create_course(
        db, actor=trainer, title="Biznes", starts_on=date(2026, 2, 2), days=4,
        min_sessions_to_complete=rnd.choice([1, 2, 3]),
    )  # fmt: skip
    people = [a_beneficiary(db, officer, surname=f"Şəxs{i}") for i in range(6)]
    for p in people:
        training.enroll(db, actor=trainer, course_id=course, beneficiary_id=p)
    sessions = [s.id for s in register(db, course).sessions]
    for _ in range(30):  # ticks and unticks in any order: the latest mark decides
        who, sid = rnd.choice(people), rnd.choice(sessions)
        line = training.mark_attendance(
            db, actor=trainer, session_id=sid, beneficiary_id=who, present=rnd.random() < 0.7
        )
        assert line == register(db, course).line(who)  # what the service returns is the register

    reg = register(db, course)
    expected = _brute_force(db, course)
    for line in reg.rows:
        n = expected.get(line.beneficiary_id, 0)
        assert (line.attended, line.completed) == (n, completed(n, reg.min_sessions))
    answer = {r.beneficiary_id: (r.attended, r.completed) for r in reg.rows}

    grid = training_views.course_grid(db, course)  # the attendance screen
    assert {p.beneficiary_id: (p.attended, p.completed) for p in grid.people} == answer
    for p in people:  # the case-file screen
        (t,) = people_views.case_file(db, p).trainings
        assert (t.attended, t.completed) == answer[p]
    (exported,) = export_courses(db, FAR)  # the workbook and its indicators
    assert {r[0]: (r[2], r[3]) for r in exported.rows} == answer
    summary = training_views.training_summary(db, as_of=FAR)  # the reports screen
    assert summary.completed == sum(done for _, done in answer.values())
    assert summary.trained == sum(1 for n, _ in answer.values() if n)
    figures = [values[0] for _, _, values in indicators(office_data(db, FAR)).rows]
    assert figures[1:3] == [summary.trained, summary.completed]  # the donors' indicators
    for p, (_, done) in answer.items():  # the certificate is given exactly to who completed
        if done:
            assert certificate_pdf(db, course, p, tmp_path / f"{p}.pdf", actor=trainer).exists()
        else:
            with pytest.raises(Conflict):
                certificate_pdf(db, course, p, tmp_path / f"{p}.pdf", actor=trainer)


def test_as_of_counts_only_the_sessions_held_by_then(db, trainer, officer):
    course = training.create_course(
        db, actor=trainer, title="Tikiş", starts_on=date(2026, 2, 2), days=3,
        min_sessions_to_complete=2,
    )  # fmt: skip
    person = a_beneficiary(db, officer)
    training.enroll(db, actor=trainer, course_id=course, beneficiary_id=person)
    for s in register(db, course).sessions:
        training.mark_attendance(
            db, actor=trainer, session_id=s.id, beneficiary_id=person, present=True
        )
    assert registers(db, as_of=date(2026, 2, 1)) == []
    (first_day,) = registers(db, as_of=date(2026, 2, 2))
    assert first_day.rows[0][2:] == (1, False)
    (second_day,) = registers(db, as_of=date(2026, 2, 3))
    assert second_day.rows[0][2:] == (2, True)
    assert register(db, course).rows[0][2:] == (3, True)


def test_one_persons_registers_hold_only_their_line(db, trainer, officer):
    a, b = (
        a_beneficiary(db, officer, surname="Birinci"),
        a_beneficiary(db, officer, surname="İkinci"),
    )
    one = training.create_course(db, actor=trainer, title="A", starts_on=date(2026, 2, 2))
    two = training.create_course(db, actor=trainer, title="B", starts_on=date(2026, 3, 2))
    for course, who in ((one, a), (one, b), (two, b)):
        training.enroll(db, actor=trainer, course_id=course, beneficiary_id=who)
    assert [
        (r.id, [x.beneficiary_id for x in r.rows]) for r in registers(db, beneficiary_id=b)
    ] == [
        (one, [b]),
        (two, [b]),
    ]
    assert [r.id for r in registers(db, beneficiary_id=a)] == [one]
    with pytest.raises(NotFound):
        register(db, "nope")


def test_mark_all_present_writes_only_the_missing_marks(db, trainer, officer):
    course = training.create_course(db, actor=trainer, title="C", starts_on=date(2026, 2, 2))
    people = [a_beneficiary(db, officer, surname=f"Şəxs{i}") for i in range(3)]
    for p in people:
        training.enroll(db, actor=trainer, course_id=course, beneficiary_id=p)
    day1 = register(db, course).sessions[0].id
    training.mark_attendance(
        db, actor=trainer, session_id=day1, beneficiary_id=people[0], present=True
    )
    lines = training.mark_all_present(db, actor=trainer, session_id=day1)
    assert {line.beneficiary_id for line in lines} == set(people[1:])
    assert all(line.present[0] and line.attended == 1 for line in lines)
    assert training.mark_all_present(db, actor=trainer, session_id=day1) == []
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM attendancemark")).scalar() == 3
