"""Case files in the GUI: register by typing, keep the form on error, find by folded search."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.queries.directory import Directory
from app.ui.screens.beneficiary_form import BeneficiaryForm
from app.ui.screens.case_file import CaseFileDialog
from tests.ui.conftest import settle, type_text


def _screen(qtbot, make_window, login="loan1"):
    window = make_window(login)
    window.show_screen("beneficiaries")
    settle(qtbot)
    screen = window.screens["beneficiaries"]
    qtbot.waitUntil(lambda: screen.ctx.directory is not None)
    return screen


def _form(qtbot, screen) -> BeneficiaryForm:
    form = BeneficiaryForm(screen.ctx, parent=screen)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_register_by_typing_then_find_her_as_aliyeva(qtbot, make_window):
    screen = _screen(qtbot, make_window)
    before = len(screen.ctx.directory)
    form = _form(qtbot, screen)
    type_text(form.surname, "Əliyeva")
    type_text(form.given_name, "Könül")
    type_text(form.patronymic, "İlqar qızı")
    form.sex.setCurrentIndex(form.sex.findData("F"))
    qtbot.keyClicks(form.birth_date, "14.03.1991")
    type_text(form.village, "Qımılqazma")
    form.category.setCurrentIndex(form.category.findData("mine_survivor"))
    form.disability.setChecked(True)
    form.consent_given.setChecked(True)
    qtbot.keyClick(form.birth_date, Qt.Key.Key_Return)  # Enter saves
    assert form.saved_id is not None
    assert len(screen.ctx.directory) == before + 1

    screen.search.clear()
    qtbot.keyClicks(screen.search, "aliyeva konul")
    assert screen.model.rowCount() == 1
    row = screen.model.row_at(0)
    assert (row.surname, row.given_name, row.disability) == ("Əliyeva", "Könül", True)
    assert "1 of" in screen.count.text()
    screen.search.clear()
    qtbot.keyClicks(screen.search, "ilqar qizi")
    assert any(screen.model.row_at(i).id == form.saved_id for i in range(screen.model.rowCount()))


def test_a_bad_birth_date_shows_inline_and_keeps_what_was_typed(qtbot, make_window):
    screen = _screen(qtbot, make_window)
    before = len(Directory(screen.ctx.db))
    form = _form(qtbot, screen)
    type_text(form.surname, "Şükürova")
    type_text(form.given_name, "Gülnarə")
    qtbot.keyClicks(form.birth_date, "31.02.1990")
    type_text(form.phone, "+994 50 555 12 34")
    form.save()
    assert "not a date" in form.errors.message("birth_date")
    assert form.result() != form.DialogCode.Accepted
    assert (form.surname.text(), form.given_name.text(), form.phone.text()) == (
        "Şükürova", "Gülnarə", "+994 50 555 12 34",
    )  # fmt: skip
    assert form.focusWidget() is form.birth_date  # the cursor goes to the wrong field
    assert len(Directory(screen.ctx.db)) == before  # nothing half-written
    form.birth_date.clear()
    qtbot.keyClicks(form.birth_date, "28.02.1990")
    form.save()
    assert form.saved_id and not form.errors.message("birth_date")


def test_a_likely_duplicate_is_asked_about_before_saving(qtbot, make_window):
    screen = _screen(qtbot, make_window)
    existing = screen.ctx.directory.get(screen.model.key_at(0))
    asked = []
    form = _form(qtbot, screen)
    form.confirm_duplicate = lambda codes: asked.append(codes) or False
    form.surname.setText(existing.surname)
    form.given_name.setText(existing.given_name)
    form.birth_date.setText(existing.birth_date.strftime("%d.%m.%Y"))
    form.save()
    assert asked == [[existing.code]]
    assert form.saved_id is None and "likely duplicate" in form.errors.message("surname")
    form.confirm_duplicate = lambda codes: True
    form.save()
    assert form.saved_id is not None


def test_filters_and_empty_state(qtbot, make_window):
    screen = _screen(qtbot, make_window)
    total = screen.model.rowCount()
    screen.category.setCurrentIndex(screen.category.findData("idp"))
    idps = screen.model.rowCount()
    assert 0 < idps < total
    assert all(screen.model.row_at(i).category == "idp" for i in range(idps))
    qtbot.keyClicks(screen.search, "zzzz-nobody")
    assert screen.body.is_empty and "Nobody matches" in screen.body.message.text()


def test_case_file_tabs_and_a_note(qtbot, make_window):
    screen = _screen(qtbot, make_window)
    dialog = CaseFileDialog(screen.ctx, screen.model.key_at(0), screen)
    qtbot.addWidget(dialog)
    dialog.show()
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["Profile", "Notes", "Trainings", "Business plan", "Grants", "Loans"]
    notes_before = dialog.notes_model.rowCount()
    type_text(dialog.note_text, "Evdə görüşdük; tikiş maşını işləyir.")
    dialog.add_note()
    assert dialog.notes_model.rowCount() == notes_before + 1
    assert dialog.notes_model.row_at(0).text == "Evdə görüşdük; tikiş maşını işləyir."
    assert dialog.note_text.toPlainText() == ""


def test_table_model_passes_the_model_tester(qtbot, make_window, qtmodeltester):
    screen = _screen(qtbot, make_window)
    qtmodeltester.check(screen.model)


def test_real_spellings_find_the_person_and_the_duplicate_check_catches_them(qtbot, make_window):
    """#14, from the user trial: "Mamedova gunay", "Алиев", a phone number find the person;
    "Mammadova Gunay" with the same birth date is asked about as a likely duplicate."""
    from datetime import date

    from app.services import beneficiaries
    from app.services.beneficiaries import LikelyDuplicate
    from app.services.office import actor_for
    from tests.builders import a_beneficiary

    screen = _screen(qtbot, make_window)
    db = screen.ctx.db
    officer = actor_for(db, "loan1")
    gunay = a_beneficiary(db, officer, surname="Məmmədova", given_name="Günay",
                          birth_date=date(1988, 6, 1), phone="+994 55 777 12 34")  # fmt: skip
    vusal = a_beneficiary(db, officer, surname="Əliyev", given_name="Vüsal", sex="M",
                          birth_date=date(1979, 4, 2), village="Nabran")  # fmt: skip
    screen.ctx.changed(people=frozenset({gunay, vusal}))
    settle(qtbot)
    for typed, who in (("Mamedova gunay", gunay), ("Алиев", vusal), ("0557771234", gunay),
                       ("aliev vusal nabran", vusal)):  # fmt: skip
        screen.search.clear()
        type_text(screen.search, typed)
        settle(qtbot)
        shown = {screen.model.row_at(i).id for i in range(screen.model.rowCount())}
        assert who in shown, typed
    try:
        beneficiaries.register_beneficiary(
            db, actor=officer, surname="Mammadova", given_name="Gunay", sex="F",
            birth_date=date(1988, 6, 1), category="idp", village="Xudat",
        )  # fmt: skip
    except LikelyDuplicate as e:
        assert e.codes  # the one already registered is named
    else:
        raise AssertionError("the duplicate check let Mammadova Gunay through")
