"""Safe repayment entry (#14), the user trial's cases through the window: several matching
loans ask which; the installment due now is pre-filled with the arrears beside it; more than
that, or a day not today, is asked about once; "Paid on" returns to today; a refused entry
never leaves the last receipt on show; the loan screen opens the entry with its loan chosen."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from app.money import format_amount
from app.queries.loan_views import amount_due
from app.services.office import actor_for
from app.ui.common import from_qdate, to_qdate
from app.ui.screens.loan_detail import LoanDialog
from tests.builders import a_beneficiary, a_disbursed_loan, a_product
from tests.ui.conftest import settle, type_text


def _entry(qtbot, make_window):
    window = make_window("loan1")
    window.show_screen("repayments")
    settle(qtbot)
    return window, window.screens["repayments"]


def _two_vusals(db):
    officer = actor_for(db, "loan1")
    product = a_product(db, actor_for(db, "admin"), name="Sınaq")
    made = []
    for born, village in ((date(1979, 4, 2), "Nabran"), (date(1991, 9, 30), "Qusarçay")):
        person = a_beneficiary(db, officer, surname="Əliyev", given_name="Vüsal", sex="M",
                               birth_date=born, village=village)  # fmt: skip
        made.append(a_disbursed_loan(db, officer, beneficiary_id=person, product_id=product,
                                     on=date.today() - timedelta(days=20)))  # fmt: skip
    return made


def test_two_loans_of_one_name_ask_which_and_enter_never_picks_silently(qtbot, make_window):
    window, screen = _entry(qtbot, make_window)
    first, second = _two_vusals(window.ctx.db)
    screen.refresh()
    offered = []

    def choose_among(matches):
        offered.extend(matches)
        return next(m for m in matches if m.id == second.id)

    screen.choose_among = choose_among
    type_text(screen.loan_field, "aliyev vusal")
    qtbot.keyClick(screen.loan_field, Qt.Key.Key_Return)
    assert {m.id for m in offered} == {first.id, second.id}
    assert {m.village for m in offered} == {"Nabran", "Qusarçay"}  # told apart
    assert all(m.birth_date for m in offered)
    assert screen.loan is not None and screen.loan.loan_id == second.id
    screen.choose_among = lambda matches: None  # Escape in the chooser: nothing chosen
    screen.loan = None
    screen.loan_field.clear()
    type_text(screen.loan_field, "aliyev vusal")
    qtbot.keyClick(screen.loan_field, Qt.Key.Key_Return)
    assert screen.loan is None


def test_the_installment_due_now_is_prefilled_and_the_arrears_shown_beside(qtbot, make_window):
    window, screen = _entry(qtbot, make_window)
    db = window.ctx.db
    officer = actor_for(db, "loan1")
    late = a_disbursed_loan(db, officer, principal="3000", term=24,
                            on=date.today() - timedelta(days=200))  # fmt: skip
    screen.refresh()
    assert screen.choose_loan(late.id)
    due = amount_due(db, late.id)
    assert due.arrears > due.due_now > 0  # months unpaid, one installment falls due next
    assert screen.amount.text() == f"{due.due_now:.2f}".replace(".", ",")
    info = screen.loan_info.text()
    assert format_amount(due.arrears) in info and format_amount(due.due_now) in info


def test_more_than_due_or_another_day_asks_once_and_paid_on_returns_to_today(
    qtbot, make_window, tmp_path
):
    _, screen = _entry(qtbot, make_window)
    choice = screen.choices[0]
    asked = []
    screen.confirm = lambda title, question: asked.append(question) or False
    screen.choose(choice)
    due = screen.loan.due_now
    yesterday = date.today() - timedelta(days=1)
    screen.paid_on.setDate(to_qdate(yesterday))
    screen.amount.setText(f"{due + Decimal('50'):.2f}".replace(".", ","))
    before = screen.today_model.rowCount()
    qtbot.keyClick(screen.amount, Qt.Key.Key_Return)
    assert len(asked) == 1  # once, naming both
    assert "more than the installment" in asked[0] and "not today" in asked[0]
    assert screen.today_model.rowCount() == before and screen.loan is not None  # kept typed
    screen.confirm = lambda title, question: asked.append(question) or True
    qtbot.keyClick(screen.amount, Qt.Key.Key_Return)
    assert screen.today_model.rowCount() == before + 1
    assert from_qdate(screen.paid_on.date()) == date.today()  # the next one is today's
    assert screen.loan_field.hasFocus()
    assert screen.result.isVisibleTo(screen) and screen.print_button.isEnabled()
    from app.ui import outputs

    outputs.SAVE_FOLDER = tmp_path  # any of today's receipts prints again
    try:
        screen.reprint(0)
        settle(qtbot)
    finally:
        outputs.SAVE_FOLDER = None
    assert list(tmp_path.glob("receipt-*.pdf"))

    # a refused entry: the last receipt leaves the panel, nothing is taken for this one
    screen.choose(screen.choices[0])
    screen.amount.setText("abc")
    qtbot.keyClick(screen.amount, Qt.Key.Key_Return)
    assert not screen.result.isVisibleTo(screen) and not screen.print_button.isEnabled()
    assert screen.amount.text() == "abc" and screen.errors.labels["amount"].isVisibleTo(screen)


def test_the_loan_screen_opens_the_entry_with_its_loan_chosen(qtbot, make_window):
    window, screen = _entry(qtbot, make_window)
    window.show_screen("beneficiaries")
    choice = screen.choices[0]
    dialog = LoanDialog(window.ctx, choice.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.repay_button.isVisible() and dialog.repay_button.isEnabled()
    dialog.repay_button.click()
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is screen
    assert screen.loan is not None and screen.loan.loan_id == choice.id
    assert screen.amount.hasFocus() and screen.amount.text()


def test_the_chooser_lists_each_loan_and_picks_the_one_chosen(qtbot, make_window):
    from app.ui.choose_loan import ChooseLoanDialog

    window, screen = _entry(qtbot, make_window)
    first, second = _two_vusals(window.ctx.db)
    screen.refresh()
    matches = [c for c in screen.choices if c.id in (first.id, second.id)]
    dialog = ChooseLoanDialog(matches, {m.id: Decimal("112.50") for m in matches}, "vusal", screen)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and "2" in dialog.findChild(type(screen.loan_info)).text()
    cells = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert any("112,50" in str(v) for v in cells)  # the amount due now beside each
    dialog.table.selectRow(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.chosen is matches[1]


def test_todays_receipts_in_one_pdf_and_any_receipt_by_its_number(qtbot, make_window, tmp_path,
                                                                 monkeypatch):  # fmt: skip
    import subprocess

    from app.ui import outputs

    _, screen = _entry(qtbot, make_window)
    screen.confirm = lambda title, question: True
    for choice in screen.choices[:2]:
        screen.choose(choice)
        qtbot.keyClick(screen.amount, Qt.Key.Key_Return)
    shown = screen.today_model.keys()
    numbers = [r.receipt_no for r in shown if not r.reversed]
    assert len(numbers) >= 2
    monkeypatch.setattr(outputs, "SAVE_FOLDER", tmp_path)
    screen.print_day()
    settle(qtbot)
    (pdf,) = tmp_path.glob("receipts-*.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert all(n in text for n in numbers)
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert f"Pages:           {len(numbers)}" in pages  # a page each
    screen.find_receipt.setText(numbers[-1].lower())
    qtbot.keyClick(screen.find_receipt, Qt.Key.Key_Return)
    settle(qtbot)
    assert (tmp_path / f"receipt-{numbers[-1]}.pdf").is_file()
