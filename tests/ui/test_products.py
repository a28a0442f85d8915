"""Settings → Loan products (#13): a fresh office adds its first product through the window."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.queries.office import products
from app.ui.context import AppContext
from app.ui.screens.loan_form import NewLoanDialog
from app.ui.screens.products import ProductDialog, ProductsBox
from tests.builders import a_beneficiary, an_office, an_officer
from tests.ui.conftest import type_text


def test_a_fresh_office_adds_a_product_by_keyboard_and_lends_from_it(qtbot, tmp_path):
    db, admin = an_office(tmp_path)
    supervisor = an_officer(db, admin, "supervisor")
    person = a_beneficiary(db, admin)
    ctx = AppContext(db, supervisor)
    box = ProductsBox(ctx)
    qtbot.addWidget(box)
    box.show()
    assert box.body.is_empty  # the empty state says what to do
    assert NewLoanDialog(ctx, person).product.count() == 0

    form = ProductDialog(ctx, None, box)
    qtbot.addWidget(form)
    form.show()
    type_text(form.name, "Tikiş emalatxanası")
    qtbot.keyClicks(form.rate, "14,5")
    form.min_term.setValue(20)  # longer than the longest: refused, nothing lost
    form.max_term.setValue(12)
    form.save()
    assert form.result() != form.DialogCode.Accepted and form.saved is None
    assert form.errors.labels["min_term"].isVisibleTo(form)
    assert form.name.text() == "Tikiş emalatxanası" and form.rate.text() == "14,5"
    assert form.preview_model.rowCount() == 0 and "terms" in form.formula.text()

    form.min_term.setValue(6)
    form.max_principal.selectAll()
    qtbot.keyClicks(form.max_principal, "5000")
    assert form.preview_model.rowCount() == 12  # the largest, longest loan, previewed live
    assert "5000" in form.formula.text().replace("\u00a0", "").replace(",", "")
    qtbot.keyClick(form.rate, Qt.Key.Key_Return)  # Enter saves
    assert form.saved is not None
    box.refresh()
    assert box.model.rowCount() == 1 and not box.body.is_empty
    (product,) = products(db)
    assert (product.name, product.max_term, product.rate) == (
        "Tikiş emalatxanası",
        12,
        Decimal("14.5"),
    )

    dialog = NewLoanDialog(ctx, person)
    qtbot.addWidget(dialog)
    assert dialog.product.count() == 1 and dialog.product.currentData().id == product.id

    box.table.selectRow(0)
    box.confirm = lambda title, question: "Tikiş" in question
    box.retire()
    assert box.body.is_empty and products(db) == []
    box.show_retired.setChecked(True)
    assert box.model.rowCount() == 1


def test_a_loan_officer_sees_the_products_but_cannot_change_them(qtbot, tmp_path):
    db, admin = an_office(tmp_path)
    officer = an_officer(db, admin, "loan_officer")
    box = ProductsBox(AppContext(db, officer))
    qtbot.addWidget(box)
    assert not box.add_button.isEnabled() and not box.retire_button.isEnabled()
