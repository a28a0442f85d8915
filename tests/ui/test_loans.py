"""Loans and repayments in the GUI: create with a preview, disburse, repay by keyboard, reverse."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.queries.loan_views import loan_detail
from app.services import loans
from app.services.office import actor_for
from app.ui.context import AppContext
from app.ui.screens.loan_detail import LoanDialog
from app.ui.screens.loan_form import NewLoanDialog
from tests.ui.conftest import settle, type_text


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_create_preview_disburse_repay_by_keyboard_then_reverse(qtbot, make_window):
    window = make_window("supervisor")
    ctx = window.ctx
    person = window.screens["beneficiaries"]
    qtbot.waitUntil(lambda: ctx.directory is not None)
    beneficiary_id = person.model.key_at(0)

    # create from a product, with the schedule previewed while typing
    form = _shown(qtbot, NewLoanDialog(ctx, beneficiary_id, window))
    qtbot.keyClicks(form.principal, "1500")
    form.term.setValue(10)
    assert form.preview_model.rowCount() == 10
    assert "Total interest" in form.formula.text() and "₼" in form.formula.text()
    if form.warnings.isVisibleTo(form):  # #13: what the office would question needs a reason
        form.save()
        assert form.created is None and form.errors.labels["warnings_reason"].isVisibleTo(form)
        assert form.principal.text() == "1500"  # nothing typed is lost
        type_text(form.warnings_reason, "Biznes planı hazırlanır")
    form.save()
    assert form.created is not None
    loan_id = form.created.id

    # proposed: its proposer cannot approve it; another supervisor does, with a note (#13)
    dialog = _shown(qtbot, LoanDialog(ctx, loan_id, window))
    assert dialog.detail.loan.status == "proposed"
    assert dialog.approve_button.isVisible() and not dialog.approve_button.isEnabled()
    assert not dialog.disburse_button.isVisible()
    dialog.close()
    admin = AppContext(ctx.db, actor_for(ctx.db, "admin"))
    approving = _shown(qtbot, LoanDialog(admin, loan_id, window))
    assert approving.approve_button.isEnabled()
    approving.ask_reason = lambda title, prompt: "Biznes planı yoxlanıldı"
    approving.approve_button.click()
    assert approving.detail.loan.status == "approved"
    assert "Biznes planı yoxlanıldı" in approving.summary.text()
    assert not approving.approve_button.isVisible()
    approving.close()

    # disburse from the loan screen (confirmation answered yes)
    dialog = _shown(qtbot, LoanDialog(ctx, loan_id, window))
    assert dialog.disburse_button.isVisible() and dialog.disburse_button.isEnabled()
    dialog.confirm = lambda title, question: True
    dialog.disburse_button.click()
    assert dialog.detail.loan.status == "active"
    assert dialog.schedule_model.rowCount() == 10
    dialog.close()

    # repayment by keyboard only: number, Enter, amount pre-filled, Enter saves
    window.show_screen("repayments")
    screen = window.screens["repayments"]
    screen.refresh()
    number = form.created.number
    qtbot.keyClicks(screen.loan_field, number.lower())
    qtbot.keyClick(screen.loan_field, Qt.Key.Key_Return)
    assert screen.loan is not None and screen.loan.number == number
    assert screen.amount.text()  # the amount due, pre-filled
    screen.amount.selectAll()
    qtbot.keyClicks(screen.amount, "200,00")
    screen.confirm = lambda title, question: True  # #14: more than the installment: asked
    before = loan_detail(ctx.db, loan_id).state.outstanding_principal
    qtbot.keyClick(screen.amount, Qt.Key.Key_Return)
    after = loan_detail(ctx.db, loan_id).state
    assert after.outstanding_principal < before
    assert "Receipt" in screen.result.text() and "₼" in screen.result.text()
    assert screen.loan_field.text() == "" and screen.amount.text() == ""  # ready for the next
    assert screen.today_model.rowCount() >= 1
    receipt = screen.today_model.row_at(0)
    assert receipt.amount == Decimal("200.00") and receipt.loan_number == number
    assert "200,00" in screen.total.text()

    # the supervisor reverses it with a reason; the balance comes back
    dialog = _shown(qtbot, LoanDialog(ctx, loan_id, window))
    repay_row = next(
        i for i in range(dialog.entries_model.rowCount())
        if dialog.entries_model.row_at(i).kind == "repayment"
    )  # fmt: skip
    dialog.entries.selectRow(repay_row)
    assert dialog.reverse_button.isEnabled()
    dialog.ask_reason = lambda title, prompt: "typed on the wrong loan"
    dialog.reverse_button.click()
    assert loan_detail(ctx.db, loan_id).state.outstanding_principal == before
    kinds = [dialog.entries_model.row_at(i).kind for i in range(dialog.entries_model.rowCount())]
    assert kinds.count("reversal") == 1


def test_an_overpayment_is_refused_and_the_form_keeps_it(qtbot, make_window):
    window = make_window("loan1")
    screen = window.screens["repayments"]
    settle(qtbot)
    choice = screen.choices[0]
    screen.choose(choice)
    owed = screen.loan.total_outstanding
    screen.amount.setText(f"{owed + 1000:.2f}")
    screen.confirm = lambda title, question: True  # #14: more than the installment: asked
    entries_before = len(loan_detail(window.ctx.db, choice.id).entries)
    screen.save()
    assert "more than is owed" in screen.errors.message("amount")
    assert screen.amount.text() == f"{owed + 1000:.2f}" and screen.loan is not None
    assert len(loan_detail(window.ctx.db, choice.id).entries) == entries_before


def test_search_by_folded_name_and_a_loan_officer_cannot_reverse(qtbot, make_window):
    window = make_window("loan1")
    screen = window.screens["repayments"]
    settle(qtbot)
    choice = next(c for c in screen.choices if any(ch in c.beneficiary for ch in "ƏəŞşÇçÜüÖöĞğı"))
    from app.text import fold

    word = fold(choice.beneficiary.split()[0])  # typed without Azerbaijani letters
    qtbot.keyClicks(screen.loan_field, word)
    assert any(c.id == choice.id for c in screen.matches)
    dialog = _shown(qtbot, LoanDialog(window.ctx, choice.id, window))
    dialog.entries.selectRow(0)
    assert not dialog.reverse_button.isEnabled() and not dialog.write_off_button.isEnabled()


def test_portfolio_table_marks_late_loans(qtbot, make_window, qtmodeltester):
    window = make_window("supervisor")
    window.show_screen("loans")
    screen = window.screens["loans"]
    qtbot.waitUntil(lambda: bool(screen.rows), timeout=10_000)
    late = [r for r in screen.rows if r.late]
    assert late, "the demo has late loans"
    screen.late_only.setChecked(True)
    assert screen.model.rowCount() == len(late)
    index = screen.model.index(0, 0)
    assert screen.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    qtmodeltester.check(screen.model)
    assert loans.loan_state(window.ctx.db, late[0].id).days_in_arrears == late[0].days_late


def test_a_repayment_refreshes_only_its_loan_in_the_table(qtbot, make_window, monkeypatch):
    """#12: the loans table re-reads the loan the service says changed, not all of them."""
    from app.ui import workers

    window = make_window("supervisor")
    window.show_screen("loans")
    screen = window.screens["loans"]
    qtbot.waitUntil(lambda: bool(screen.rows), timeout=10_000)
    row = next(r for r in screen.rows if r.status == "active" and r.outstanding > 1000)
    others = [r for r in screen.rows if r.id != row.id]
    started = []
    monkeypatch.setattr(workers, "start", lambda *a, **k: started.append(a))
    paid = loans.record_repayment(window.ctx.db, actor=window.ctx.actor, loan_id=row.id,
                                  amount="400.00")  # fmt: skip
    window.ctx.changes_applied.emit(paid.changes)
    assert not started, "no full reload"
    (after,) = [r for r in screen.rows if r.id == row.id]
    assert after.outstanding == paid.outstanding_principal < row.outstanding
    assert [r for r in screen.rows if r.id != row.id] == others


def test_the_loans_table_finds_a_loan_by_number_and_by_a_name_typed_either_way(qtbot, make_window):
    window = make_window("supervisor")
    window.show_screen("loans")
    screen = window.screens["loans"]
    qtbot.waitUntil(lambda: bool(screen.rows), timeout=10_000)
    row = next(r for r in screen.rows if "Ə" in r.beneficiary or "ə" in r.beneficiary)
    surname = row.beneficiary.split()[0]
    for typed in (surname.upper(), surname.replace("Ə", "A").replace("ə", "a").lower()):
        screen.search.setText(typed)  # ƏLİYEVA and aliyeva both find Əliyeva
        shown = [screen.model.row_at(i).id for i in range(screen.model.rowCount())]
        assert row.id in shown, typed
        assert len(shown) < len(screen.rows)  # the others are filtered out
    screen.search.setText(row.number.lower())
    assert [screen.model.row_at(i).id for i in range(screen.model.rowCount())] == [row.id]
    screen.search.setText("zzzz-no-such-loan")
    assert screen.model.rowCount() == 0 and screen.body.is_empty


def test_one_officers_portfolio_and_reassigning_it(qtbot, make_window):
    """#14: the officer column and filter; all the loans shown go to another officer."""
    from app.ui.screens.reassign import ReassignDialog

    window = make_window("supervisor")
    window.show_screen("loans")
    screen = window.screens["loans"]
    qtbot.waitUntil(lambda: bool(screen.rows), timeout=10_000)
    loan2 = actor_for(window.ctx.db, "loan2").officer_id
    screen.officer.setCurrentIndex(screen.officer.findData(loan2))
    shown = screen.shown()
    assert shown and all(r.officer_id == loan2 for r in shown)
    header = [screen.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(screen.model.columnCount())]  # fmt: skip
    assert "Officer" in header
    active = [r for r in shown if r.status in ("proposed", "approved", "active")]
    dialog = ReassignDialog(window.ctx, active, screen)
    qtbot.addWidget(dialog)
    loan1 = actor_for(window.ctx.db, "loan1").officer_id
    dialog.officer.setCurrentIndex(dialog.officer.findData(loan1))
    dialog.save()  # no reason: refused, nothing moved
    assert dialog.errors.labels["reason"].isVisibleTo(dialog)
    type_text(dialog.reason, "İsmayılova Səbinə məzuniyyətdədir")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    screen.refresh()
    qtbot.waitUntil(lambda: not any(r.officer_id == loan2 and r.status == "active"
                                    for r in screen.rows), timeout=10_000)  # fmt: skip
