"""A supervisor charges a fee or penalty from the loan screen (#13), with its reason; bad input
is refused under its field and nothing typed is lost; the ledger shows the charge and the
columns a repayment's split pays it from."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.queries.loan_views import loan_detail
from app.services.office import actor_for
from app.ui.context import AppContext
from app.ui.screens.charge_form import ChargeDialog
from app.ui.screens.loan_detail import LoanDialog
from tests.ui.conftest import type_text


def _active_loan(db) -> str:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT id FROM loan WHERE status = 'active' LIMIT 1").scalar()


def test_a_supervisor_charges_a_penalty_with_a_reason(qtbot, demo_db):
    loan_id = _active_loan(demo_db)
    ctx = AppContext(demo_db, actor_for(demo_db, "supervisor"))
    dialog = LoanDialog(ctx, loan_id)
    qtbot.addWidget(dialog)
    assert dialog.charge_button.isEnabled()
    owed = loan_detail(demo_db, loan_id).state.total_outstanding

    form = ChargeDialog(ctx, loan_id, dialog.detail.loan.number, dialog)
    qtbot.addWidget(form)
    form.kind.setCurrentIndex(form.kind.findData("penalty"))
    qtbot.keyClicks(form.amount, "7,50")
    form.save()  # no reason yet: refused, the amount stays
    assert form.saved is None and form.errors.labels["reason"].isVisibleTo(form)
    assert form.amount.text() == "7,50"
    type_text(form.reason, "12 gün gecikmə")
    form.amount.setText("-3")
    form.save()
    assert form.saved is None and form.errors.labels["amount"].isVisibleTo(form)
    form.amount.setText("7,50")
    form.save()
    assert form.saved is not None

    detail = loan_detail(demo_db, loan_id)
    assert detail.state.total_outstanding == owed + Decimal("7.50")
    charged = [e for e in detail.entries if e.kind == "penalty"][-1]
    assert (charged.amount, charged.reason) == (Decimal("7.50"), "12 gün gecikmə")
    dialog.refresh()
    horizontal = Qt.Orientation.Horizontal
    headers = [dialog.entries_model.headerData(i, horizontal) for i in range(6)]
    assert "Penalty" in headers and "Fee" in headers


def test_a_loan_officer_cannot_charge(qtbot, demo_db):
    dialog = LoanDialog(AppContext(demo_db, actor_for(demo_db, "loan1")), _active_loan(demo_db))
    qtbot.addWidget(dialog)
    assert not dialog.charge_button.isEnabled()
