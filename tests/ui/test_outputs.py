"""Exports and imports from the GUI: a worker with progress, files where the person chose."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from app.queries.directory import Directory
from app.ui import outputs
from app.ui.import_dialog import ImportDialog
from tests.ui.conftest import settle


@pytest.fixture
def save_to(tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(outputs, "SAVE_FOLDER", folder)
    return folder


def test_ledger_export_runs_in_a_worker_and_writes_the_workbook(qtbot, make_window, save_to):
    window = make_window("supervisor")
    messages = []
    window.ctx.status_message.connect(messages.append)
    task = outputs.export_ledger(window.ctx, date.today(), window, pseudonymise=True)
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    settle(qtbot)
    (path,) = save_to.glob("*.xlsx")
    assert "pseudonymised" in path.name
    book = load_workbook(path, read_only=True)
    from app.reports.excel import SHEETS

    assert set(SHEETS.values()) <= set(book.sheetnames)
    assert any("saved to" in m for m in messages)


def test_receipt_printed_after_a_repayment(qtbot, make_window, save_to):
    window = make_window("loan1")
    screen = window.screens["repayments"]
    settle(qtbot)
    assert not screen.print_button.isEnabled()
    screen.choose(screen.choices[0])
    screen.amount.setText("10,00")
    screen.save()
    assert screen.print_button.isEnabled()
    screen.print_button.click()
    qtbot.waitUntil(lambda: any(save_to.glob("*.pdf")), timeout=30_000)
    settle(qtbot)
    (pdf,) = save_to.glob("*.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert screen.last_receipt in text and "10,00" in text and "₼" in text


@pytest.fixture
def interface_in(qapp, tmp_path, monkeypatch):
    """``interface_in("ru")``: that language installed before a window is built; English
    again after the test (as ``tests/ui/test_translations.py`` does)."""
    from app.ui import i18n

    monkeypatch.setenv("FIELDBOOK_SETTINGS", str(tmp_path / "settings.json"))

    def install(language: str) -> None:
        assert i18n.install(qapp, language)

    yield install
    i18n.remove(qapp)
    assert i18n.current_language() == "en"


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


@pytest.mark.parametrize(
    ("language", "words", "not_words"),
    [
        ("ru", ("Квитанция об оплате", "Экземпляр офиса", "Страница 1"), ("Ödəniş qəbzi",)),
        ("az", ("Ödəniş qəbzi", "Ofis üçün nüsxə", "Səhifə 1"), ("Квитанция",)),
    ],
)
def test_the_receipt_is_printed_in_the_interface_language(
    qtbot, interface_in, make_window, save_to, language, words, not_words
):
    """#7: an officer working in Russian hands out Russian paper, in Azerbaijani Azerbaijani."""
    interface_in(language)
    window = make_window("loan1")
    screen = window.screens["repayments"]
    settle(qtbot)
    screen.choose(screen.choices[0])
    screen.amount.setText("10,00")
    screen.save()
    screen.print_button.click()
    qtbot.waitUntil(lambda: any(save_to.glob("*.pdf")), timeout=30_000)
    settle(qtbot)
    (pdf,) = save_to.glob("*.pdf")
    text = _pdf_text(pdf)
    assert screen.last_receipt in text and "10,00" in text and "₼" in text
    assert all(w in text for w in words), text
    assert not any(w in text for w in not_words)


def test_the_schedule_card_and_case_summary_follow_a_russian_interface(
    qtbot, interface_in, make_window, save_to
):
    from app.ui.screens.case_file import CaseFileDialog
    from app.ui.screens.loan_detail import LoanDialog

    interface_in("ru")
    window = make_window("loan1")
    window.show_screen("loans")
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(window.screens["loans"].rows), timeout=10_000)
    loan = next(r for r in window.screens["loans"].rows if r.status == "active")
    card = LoanDialog(window.ctx, loan.id, window)
    case = CaseFileDialog(window.ctx, loan.beneficiary_id, window)
    for dialog in (card, case):
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
    card.schedule_card()
    case.case_summary()
    qtbot.waitUntil(lambda: len(list(save_to.glob("*.pdf"))) == 2, timeout=30_000)
    settle(qtbot)
    (schedule,) = save_to.glob("schedule-*.pdf")
    (summary,) = save_to.glob("case-*.pdf")
    assert "График погашения кредита" in _pdf_text(schedule)
    assert "Сводка по личному делу" in _pdf_text(summary)
    assert "Fərdi iş" not in _pdf_text(summary)


def _sheet(path, rows):
    book = Workbook()
    ws = book.active
    ws.append(["Surname", "Given name", "Sex", "Birth date", "Category", "Village"])
    for r in rows:
        ws.append(r)
    book.save(path)


def test_import_shows_every_bad_row_then_imports_all(qtbot, make_window, tmp_path):
    window = make_window("loan1")
    before = len(Directory(window.ctx.db))
    bad = tmp_path / "bad.xlsx"
    _sheet(bad, [["Əliyeva", "Nərgiz", "F", date(1990, 4, 1), "mine_survivor", "Nabran"],
                 ["", "Orxan", "M", date(1985, 1, 2), "idp", "Xudat"],
                 ["Həsənov", "Rauf", "M", "31.02.1980", "idp", "Xudat"]])  # fmt: skip
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(bad))
    task = dialog.run_check()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    settle(qtbot)
    rows = {dialog.problems.row_at(i)[0] for i in range(dialog.problems.rowCount())}
    assert rows == {3, 4} and not dialog.import_button.isEnabled()
    assert len(Directory(window.ctx.db)) == before

    good = tmp_path / "good.xlsx"
    _sheet(good, [["Əliyeva", "Nərgiz", "F", date(1990, 4, 1), "mine_survivor", "Nabran"],
                  ["İsmayılov", "Orxan", "M", date(1985, 1, 2), "idp", "Xudat"]])  # fmt: skip
    dialog.path.setText(str(good))
    task = dialog.run_check()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    settle(qtbot)
    assert dialog.import_button.isEnabled()
    task = dialog.run_import()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    settle(qtbot)
    assert dialog.result is not None and dialog.result.imported == 2
    assert len(Directory(window.ctx.db)) == before + 2
