"""Settings → Officers (#13): reset a forgotten password, deactivate an officer who left."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied
from app.services import office
from app.ui.context import AppContext
from app.ui.screens.officers import OfficersBox, ResetPasswordDialog
from tests.builders import PASSWORD, an_office, an_officer


def test_the_administrator_resets_a_password_and_deactivates_an_officer(qtbot, tmp_path):
    db, admin = an_office(tmp_path)
    an_officer(db, admin, "loan_officer", login="vüsal")
    box = OfficersBox(AppContext(db, admin))
    qtbot.addWidget(box)
    row = next(i for i in range(box.model.rowCount()) if box.model.row_at(i).login == "vüsal")

    form = ResetPasswordDialog(box.ctx, "vüsal", "Vüsal", box)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.password, "yeni-parol-2026")
    qtbot.keyClicks(form.repeat, "yeni-parol-2025")
    form.save()  # they differ: refused, both stay typed
    assert not form.done_ok and form.errors.labels["repeat"].isVisibleTo(form)
    assert form.password.text() == "yeni-parol-2026"
    form.repeat.setText("yeni-parol-2026")
    form.save()
    assert form.done_ok
    assert office.authenticate(db, login="vüsal", password="yeni-parol-2026")

    box.table.selectRow(row)
    asked = []
    box.confirm = lambda title, question: asked.append(question) or True
    box.toggle_active()
    assert asked and "sign in" in asked[0]
    shown = [box.model.row_at(i) for i in range(box.model.rowCount())]
    assert not next(o for o in shown if o.login == "vüsal").active
    with pytest.raises(PermissionDenied):
        office.authenticate(db, login="vüsal", password="yeni-parol-2026")
    assert office.authenticate(db, login="admin", password=PASSWORD)  # the others' unchanged
