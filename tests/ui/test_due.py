"""The Due list screen (#14): the officer's own loans first, a note, one repayment from the
list, the day's collections in one go, and the collection sheet on paper."""

from __future__ import annotations

import subprocess

from app.queries.due import due_list
from app.queries.loan_views import receipts_on
from app.ui import outputs
from app.ui.common import from_qdate
from app.ui.screens.bulk_entry import PAID, RECEIVED, BulkEntryDialog
from app.ui.screens.due import NoteDialog
from tests.ui.conftest import settle, type_text


def _due(qtbot, make_window, login="loan1"):
    window = make_window(login)
    assert window.show_screen("due")
    settle(qtbot)
    screen = window.screens["due"]
    # a week of the demo's loans: some late, some falling due
    screen.until.setDate(screen.on.date().addDays(30))
    settle(qtbot)
    return window, screen


def test_the_officers_own_list_a_note_and_one_repayment(qtbot, make_window):
    window, screen = _due(qtbot, make_window)
    me = window.ctx.actor.officer_id
    assert screen.officer.currentData() == me  # the officer's own loans first
    assert screen.model.rowCount() > 0 and not screen.body.is_empty
    assert all(r.officer_id == me for r in screen.rows)
    days = [r.days_late for r in screen.rows]
    assert days == sorted(days, reverse=True)
    assert str(screen.model.rowCount()) in screen.count.text()

    screen.table.selectRow(0)
    row = screen.selected()
    note = NoteDialog(window.ctx, row, screen)
    qtbot.addWidget(note)
    type_text(note.text, "Bazar zəif idi, cümə ödəyəcək")
    note.promised.setDate(note.promised.date().addDays(4))
    note.save()
    assert note.result() == note.DialogCode.Accepted
    screen.load()
    settle(qtbot)  # read in a worker
    shown = next(r for r in screen.rows if r.loan_id == row.loan_id)
    assert shown.note == "Bazar zəif idi, cümə ödəyəcək" and shown.promised_on is not None

    screen.record_one()  # the repayment entry opens with this loan chosen
    repayments = window.screens["repayments"]
    assert window.stack.currentWidget() is repayments
    assert repayments.loan is not None and repayments.loan.loan_id == row.loan_id


def test_the_days_collections_in_one_go_with_a_receipt_each(qtbot, make_window):
    window, screen = _due(qtbot, make_window)
    rows = [r for r in screen.rows if r.to_collect > 0][:3]
    assert len(rows) == 3
    dialog = BulkEntryDialog(window.ctx, rows, screen)
    qtbot.addWidget(dialog)
    dialog.table.item(1, PAID).setCheckState(dialog.table.item(1, PAID).checkState().Unchecked)
    dialog.table.item(2, RECEIVED).setText("10,00")  # an exception typed
    asked = []
    dialog.confirm = lambda title, question: asked.append(question) or True
    before = len(receipts_on(window.ctx.db, window.ctx.actor.officer_id))
    dialog.save()
    assert len(asked) == 1 and "2" in asked[0]
    total = rows[0].to_collect + 10
    assert f"{total:.2f}".replace(".", ",") in asked[0].replace("\xa0", "").replace(" ", "")
    assert len(dialog.saved) == 2 and not dialog.failed
    receipts = {s.receipt_no for s in dialog.saved}
    assert len(receipts) == 2  # each its own
    assert len(receipts_on(window.ctx.db, window.ctx.actor.officer_id)) == before + 2
    until = from_qdate(screen.until.date())
    mine = due_list(window.ctx.db, officer_id=window.ctx.actor.officer_id, until=until)
    after = {r.loan_id: r for r in mine}
    assert after.get(rows[1].loan_id) is not None  # the one who did not pay is still due


def test_the_collection_sheet_lists_the_loans_with_room_to_write(qtbot, make_window, tmp_path,
                                                                monkeypatch):  # fmt: skip
    window, screen = _due(qtbot, make_window)
    monkeypatch.setattr(outputs, "SAVE_FOLDER", tmp_path)
    screen.collection_sheet()
    settle(qtbot)
    (pdf,) = tmp_path.glob("collection-*.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "Collection sheet" in text and "Received" in text and "Signature" in text
    assert screen.rows[0].number in text and window.ctx.actor.full_name in text
    screen.to_excel()
    settle(qtbot)
    (xlsx,) = tmp_path.glob("due-*.xlsx")
    from openpyxl import load_workbook

    ws = load_workbook(xlsx).active
    assert ws.max_row == len(screen.rows) + 1 and ws["B2"].value == screen.rows[0].number
