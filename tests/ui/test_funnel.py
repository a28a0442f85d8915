"""The whole programme through the windows (#13), from an empty database, in Azerbaijani.

An office is set up; its administrator adds officers, names the organisation and adds a loan
product; a loan officer registers a person; the trainer trains her; the officer writes her
business plan; the trainer scores it; a supervisor approves it; the officer hands over the
grant and prints the act; then proposes a loan, which the supervisor approves, and the officer
disburses it and records a repayment. No demo, no service called behind the windows' backs.
"""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.queries.office import products, profile
from app.queries.plans import plan, plans_of, rubric
from app.queries.sql import rows
from app.services.office import actor_for
from app.store import open_database
from app.ui import i18n, outputs
from app.ui.common import to_qdate
from app.ui.context import AppContext
from app.ui.login import SetupDialog
from tests.ui.conftest import settle, type_text

PASSWORD = "uzun-parol-2026"


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _window(qtbot, ctx):
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx, automatic_sync=False, automatic_backup=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.nav.currentRow() >= 0)
    return window


@pytest.fixture
def azerbaijani(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("FIELDBOOK_SETTINGS", str(tmp_path / "settings.json"))
    assert i18n.install(qapp, "az")
    yield
    i18n.remove(qapp)


def test_a_new_office_runs_the_whole_funnel_through_the_windows(
    qtbot, tmp_path, monkeypatch, azerbaijani
):
    # -- set-up: the office and its administrator -------------------------------------------
    setup = _shown(qtbot, SetupDialog(open_database(tmp_path / "office.sqlite")))
    setup.district.setCurrentIndex(setup.district.findText("Tərtər", Qt.MatchFlag.MatchStartsWith))
    type_text(setup.full_name, "Məmmədova Lalə")
    qtbot.keyClicks(setup.password, PASSWORD)
    qtbot.keyClicks(setup.repeat, PASSWORD)
    setup.save()
    assert setup.actor is not None
    db, admin = setup.db, AppContext(setup.db, setup.actor)

    from app.ui.screens.officers import NewOfficerDialog

    for login, name, role in (("elsen", "Quliyev Elşən", "loan_officer"),
                              ("nergiz", "Şükürova Nərgiz", "trainer"),
                              ("gunel", "Hüseynova Günel", "supervisor")):  # fmt: skip
        form = _shown(qtbot, NewOfficerDialog(admin))
        type_text(form.full_name, name)
        type_text(form.login, login)
        form.role.setCurrentIndex(form.role.findData(role))
        qtbot.keyClicks(form.password, PASSWORD)
        qtbot.keyClicks(form.repeat, PASSWORD)
        form.save()
        assert form.created is not None, form.errors.general.text()
    officer, trainer, supervisor = (
        AppContext(db, actor_for(db, login)) for login in ("elsen", "nergiz", "gunel")
    )

    from app.ui.screens.organisation_box import OrganisationBox, RubricDialog

    box = _shown(qtbot, OrganisationBox(admin))
    type_text(box.organisation, "Minalardan Təmizləmə Agentliyi")
    type_text(box.programme, "Sosial-iqtisadi reinteqrasiya proqramı")
    type_text(box.phone, "+994 12 555 01 02")
    box.save()
    assert profile(db).organisation == "Minalardan Təmizləmə Agentliyi"

    rubric_form = _shown(qtbot, RubricDialog(supervisor))  # weights that do not sum: refused
    rubric_form.table.item(0, 1).setText("35")
    assert "110" in rubric_form.sum.text()
    rubric_form.save()
    assert rubric_form.result() != rubric_form.DialogCode.Accepted
    assert "110" in rubric_form.errors.general.text() and rubric(db).version == 0
    assert rubric_form.table.item(0, 1).text() == "35"  # what was typed stays
    rubric_form.table.item(0, 1).setText("25")
    rubric_form.save()
    assert rubric(db).version == 1 and len(rubric(db).criteria) == 5

    from app.ui.screens.products import ProductDialog, ProductsBox

    products_box = ProductsBox(supervisor)
    qtbot.addWidget(products_box)
    product_form = _shown(qtbot, ProductDialog(supervisor, None, products_box))
    type_text(product_form.name, "Kiçik biznes")
    qtbot.keyClicks(product_form.rate, "18")
    product_form.min_term.setValue(6)
    product_form.max_term.setValue(18)
    product_form.save()
    assert [p.name for p in products(db)] == ["Kiçik biznes"]

    # -- a person registered and trained ----------------------------------------------------
    from app.ui.screens.beneficiary_form import BeneficiaryForm

    person_form = _shown(qtbot, BeneficiaryForm(officer))
    type_text(person_form.surname, "Əliyeva")
    type_text(person_form.given_name, "Günay")
    person_form.sex.setCurrentIndex(person_form.sex.findData("F"))
    qtbot.keyClicks(person_form.birth_date, "14.03.1991")
    type_text(person_form.village, "Qapanlı")
    person_form.category.setCurrentIndex(person_form.category.findData("mine_survivor"))
    person_form.consent_given.setChecked(True)
    person_form.save()
    person_id = person_form.saved_id
    assert person_id is not None, person_form.errors.general.text()
    code = rows(db, "SELECT code FROM beneficiary WHERE id = ?", (person_id,))[0][0]

    from app.ui.screens.trainings import NewCourseDialog

    training = _window(qtbot, trainer)
    screen = training.screens["trainings"]
    course = _shown(qtbot, NewCourseDialog(trainer, training))
    type_text(course.title, "Kiçik biznesə başlamaq")
    course.starts_on.setDate(to_qdate(date.today() - timedelta(days=3)))
    course.save()
    assert course.course_id
    settle(qtbot)
    screen.enrol_field.setText(code)
    qtbot.keyClick(screen.enrol_field, Qt.Key.Key_Return)
    settle(qtbot)
    model = screen.grid_model
    assert model.rowCount() == 1
    from app.ui.screens.trainings import FIXED

    for day in range(3):
        assert model.setData(model.index(0, FIXED + day), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    training.close()

    # -- the business plan: written, scored, approved ---------------------------------------
    from app.ui.screens.case_file import CaseFileDialog
    from app.ui.screens.plan_detail import PlanDialog, ScoreDialog
    from app.ui.screens.plan_form import PlanForm

    case = _shown(qtbot, CaseFileDialog(officer, person_id))
    assert case.plans.is_empty and case.new_plan_button.isEnabled()
    form = _shown(qtbot, PlanForm(officer, person_id, "Əliyeva Günay", None))
    type_text(form.title, "Tikiş sexi Qapanlıda")
    type_text(form.business_type, "tikiş")
    table = form.budget.table
    table.item(0, 0).setText("Tikiş maşını")
    table.item(0, 1).setText("2")
    table.item(0, 2).setText("450,00")
    table.cellWidget(0, 3).setCurrentIndex(table.cellWidget(0, 3).findData("grant"))
    form.budget.add_line("İcarə (ay)", "3", "", "own")  # a line with no price: refused
    form.save()
    assert form.saved_id is None and "Line 2" not in form.errors.labels["lines"].text()
    assert form.errors.labels["lines"].text().startswith("Sətir 2")  # in Azerbaijani
    assert table.item(0, 0).text() == "Tikiş maşını"  # nothing typed is lost
    table.item(1, 2).setText("80")
    type_text(form.loan, "600")
    assert "1\xa0140,00" in form.budget.totals.text()  # 900 + 240 of budget
    form.save()
    plan_id = form.saved_id
    assert plan_id is not None

    mine = _shown(qtbot, PlanDialog(officer, plan_id))  # the writer neither scores nor decides
    assert not mine.score_button.isEnabled() and not mine.approve_button.isEnabled()
    mine.close()
    scoring = _shown(qtbot, PlanDialog(trainer, plan_id))
    assert scoring.score_button.isEnabled()
    score = _shown(qtbot, ScoreDialog(trainer, plan_id, rubric(db)))
    for spin, mark in zip(score.marks, (4, 4, 5, 3, 4), strict=True):
        spin.setValue(mark)
    assert score.total.text().startswith("82.0")  # (25·4+20·4+25·5+15·3+15·4)/5
    score.save()
    assert score.result() == score.DialogCode.Accepted
    scoring.close()
    deciding = _shown(qtbot, PlanDialog(supervisor, plan_id))
    assert deciding.approve_button.isEnabled()
    deciding.ask_reason = lambda title, prompt: "Bazar araşdırılıb, büdcə realdır"
    deciding.approve_button.click()
    assert plan(db, plan_id).status == "approved"
    assert "Bazar araşdırılıb" in deciding.summary.text()
    assert not deciding.approve_button.isEnabled()
    deciding.close()

    # -- the grant: items from the plan, a serial number, the act printed ------------------
    from app.ui.screens.grant_form import GrantForm

    grant = _shown(qtbot, GrantForm(officer, person_id, "Əliyeva Günay", plan(db, plan_id)))
    items = grant.items.table
    assert items.rowCount() == 1 and items.item(0, 0).text() == "Tikiş maşını"
    assert items.item(0, 1).text() == "2" and items.item(0, 2).text() == "450,00"
    items.item(0, 2).setText("")  # a grant item with no value: refused, nothing lost
    grant.save()
    assert grant.saved_id is None and grant.errors.labels["items"].isVisibleTo(grant)
    items.item(0, 2).setText("450,00")
    items.item(0, 3).setText("JK-2231, JK-2232")
    grant.save()
    assert grant.saved_id is not None
    case.refresh()
    case.tabs.setCurrentIndex(4)
    assert case.grants_model.rowCount() == 1 and case.act_button.isEnabled()
    monkeypatch.setattr(outputs, "SAVE_FOLDER", tmp_path)
    case.act_button.click()
    settle(qtbot)
    act = tmp_path / f"handover-{code}.pdf"
    assert act.is_file()
    text = subprocess.run(["pdftotext", str(act), "-"], capture_output=True, text=True).stdout
    assert "Təhvil-təslim aktı" in text or "təhvil" in text.lower()
    for expected in ("Əliyeva Günay", "JK-2231", "900,00", "Minalardan Təmizləmə Agentliyi"):
        assert expected in text, expected
    case.close()

    # -- the loan: proposed, approved by another, disbursed, repaid ------------------------
    from app.ui.screens.loan_detail import LoanDialog
    from app.ui.screens.loan_form import NewLoanDialog

    proposal = _shown(qtbot, NewLoanDialog(officer, person_id))
    qtbot.keyClicks(proposal.principal, "600")
    proposal.term.setValue(12)
    assert not proposal.warnings.isVisibleTo(proposal)  # trained, plan approved, no loan yet
    proposal.save()
    assert proposal.created is not None
    loan_id = proposal.created.id
    assert rows(db, "SELECT business_plan_id FROM loan WHERE id = ?", (loan_id,))[0][0] == plan_id
    approving = _shown(qtbot, LoanDialog(supervisor, loan_id))
    approving.ask_reason = lambda title, prompt: "Plan təsdiqlənib"
    approving.approve_button.click()
    assert approving.detail.loan.status == "approved"
    approving.close()
    paying = _shown(qtbot, LoanDialog(officer, loan_id))
    paying.confirm = lambda title, question: True
    paying.disburse_button.click()
    assert paying.detail.loan.status == "active"
    paying.close()

    window = _window(qtbot, officer)
    window.show_screen("repayments")
    repayments = window.screens["repayments"]
    repayments.refresh()
    qtbot.keyClicks(repayments.loan_field, proposal.created.number.lower())
    qtbot.keyClick(repayments.loan_field, Qt.Key.Key_Return)
    assert repayments.loan is not None and repayments.amount.text()
    qtbot.keyClick(repayments.amount, Qt.Key.Key_Return)
    settle(qtbot)
    assert repayments.today_model.rowCount() == 1
    assert repayments.today_model.row_at(0).amount > Decimal(0)
    assert plans_of(db, person_id)[0].status == "approved"
    window.close()
