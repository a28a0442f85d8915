"""Trainings in the GUI: new course, enrol, tick attendance in the grid, mark all present."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from app.queries.courses import course_grid
from app.queries.directory import Directory, Filter
from app.queries.training import register
from app.ui.common import to_qdate
from app.ui.screens.trainings import FIXED, NewCourseDialog
from tests.ui.conftest import settle, type_text


def test_new_course_enrol_and_mark_attendance_in_the_grid(qtbot, make_window, qtmodeltester):
    window = make_window("trainer")
    screen = window.screens["trainings"]
    settle(qtbot)
    dialog = NewCourseDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.title, "Kiçik biznesə başlamaq")
    type_text(dialog.venue, "Ağdam icma mərkəzi")
    dialog.starts_on.setDate(to_qdate(date.today() - timedelta(days=2)))  # all three days held
    dialog.save()
    assert dialog.course_id
    settle(qtbot)
    assert screen.current_course().title == "Kiçik biznesə başlamaq"  # newest first
    assert screen.grid_box.is_empty and "Nobody enrolled" in screen.grid_box.message.text()

    people = [Directory(window.ctx.db).get(i) for i in Directory(window.ctx.db).search(Filter())]
    for person in people[:3]:
        screen.enrol_field.setText(person.code)
        qtbot.keyClick(screen.enrol_field, Qt.Key.Key_Return)
    settle(qtbot)
    model = screen.grid_model
    assert model.rowCount() == 3 and model.columnCount() == FIXED + 3 + 2
    qtmodeltester.check(model)

    # tick one box: saved at once, the attended count follows
    box = model.index(0, FIXED)
    assert model.flags(box) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.data(model.index(0, FIXED + 3), Qt.ItemDataRole.DisplayRole) == "1 / 3"
    # mark all present on day 2: asked first, and undone with one click
    asked = []
    screen.confirm = lambda title, question: asked.append(question) or True
    day2 = screen.findChild(type(screen.new_button), "all_present_2")
    qtbot.mouseClick(day2, Qt.MouseButton.LeftButton)
    assert asked and "(3)" in asked[0] and screen.undo_button.isVisibleTo(screen)
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    stored = course_grid(window.ctx.db, dialog.course_id)
    assert not any(p.present[1] for p in stored.people)
    assert not screen.undo_button.isVisibleTo(screen)
    # again, kept: everyone now has day 2, person 0 has 2 of 3 = completed
    qtbot.mouseClick(day2, Qt.MouseButton.LeftButton)
    stored = course_grid(window.ctx.db, dialog.course_id)
    by_id = {p.beneficiary_id: p for p in stored.people}
    first = by_id[model.grid.people[0].beneficiary_id]
    assert first.present == (True, True, False) and first.completed
    assert all(p.present[1] for p in stored.people)
    assert "1 of 3 completed" in screen.completion.text()
    # untick: the latest mark wins
    model.setData(box, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    stored = course_grid(window.ctx.db, dialog.course_id)
    assert {p.beneficiary_id: p for p in stored.people}[first.beneficiary_id].attended == 1
    # the Completed column and the count below show the one rule's answer (queries.training)
    reg = register(window.ctx.db, dialog.course_id)
    for row, p in enumerate(model.people):
        shown = model.data(model.index(row, FIXED + 4), Qt.ItemDataRole.DisplayRole)
        assert shown == ("Yes" if reg.line(p.beneficiary_id).completed else "Not yet")
    assert f"{reg.completed_count} of 3 completed" in screen.completion.text()


def test_a_loan_officer_sees_the_grid_but_cannot_tick(qtbot, make_window):
    window = make_window("loan1")
    screen = window.screens["trainings"]
    screen.refresh()
    assert screen.grid_model.rowCount() > 0  # the demo's latest course
    box = screen.grid_model.index(0, FIXED)
    assert not screen.grid_model.flags(box) & Qt.ItemFlag.ItemIsUserCheckable
    assert not screen.new_button.isEnabled() and not screen.enrol_field.isEnabled()


def test_a_session_still_to_come_cannot_be_marked(qtbot, make_window):
    window = make_window("trainer")
    screen = window.screens["trainings"]
    settle(qtbot)
    dialog = NewCourseDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    type_text(dialog.title, "Mühasibatlığın əsasları")
    dialog.starts_on.setDate(to_qdate(date.today()))  # day 1 today, days 2 and 3 to come
    dialog.save()
    settle(qtbot)
    person = Directory(window.ctx.db).get(Directory(window.ctx.db).search(Filter())[0])
    screen.enrol_field.setText(person.code)
    qtbot.keyClick(screen.enrol_field, Qt.Key.Key_Return)
    settle(qtbot)
    model = screen.grid_model
    assert model.flags(model.index(0, FIXED)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, FIXED + 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert screen.findChild(type(screen.new_button), "all_present_1").isEnabled()
    assert not screen.findChild(type(screen.new_button), "all_present_2").isEnabled()


def test_enrolling_a_name_several_people_share_asks_which_one(qtbot, make_window, monkeypatch):
    """#13 (a user trial): several matches open a chooser (birth date, village, code); nothing
    is enrolled silently; no match says so and keeps what was typed."""
    from app.text import fold
    from app.ui.choose_person import ChoosePersonDialog
    from app.ui.screens import trainings as screen_module

    window = make_window("trainer")
    screen = window.screens["trainings"]
    settle(qtbot)
    dialog = NewCourseDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    type_text(dialog.title, "Marketinq")
    dialog.save()
    settle(qtbot)
    d = Directory(window.ctx.db)
    rows = [d.get(i) for i in d.search(Filter())]
    surname = next(r.surname for r in rows if sum(x.surname == r.surname for x in rows) > 1)
    offered = []

    def choose(found, typed):
        offered.extend(found)
        chooser = ChoosePersonDialog(found, typed, screen)  # the real list, as the trainer sees
        qtbot.addWidget(chooser)
        assert chooser.model.rowCount() == len(found) > 1
        chooser.table.selectRow(1)
        chooser.accept()
        return chooser.chosen.id

    screen.choose = choose
    type_text(screen.enrol_field, surname)
    qtbot.keyClick(screen.enrol_field, Qt.Key.Key_Return)
    settle(qtbot)
    assert len(offered) > 1 and all(fold(surname) in fold(r.surname) for r in offered)
    assert [p.beneficiary_id for p in screen.grid_model.people] == [offered[1].id]

    errors = []
    monkeypatch.setattr(screen_module, "report_error", lambda parent, e: errors.append(e))
    screen.enrol_field.setText("zzzz heç kim")
    qtbot.keyClick(screen.enrol_field, Qt.Key.Key_Return)
    assert errors and "nobody matches" in str(errors[0])
    assert screen.enrol_field.text() == "zzzz heç kim"
