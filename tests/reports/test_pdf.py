"""The printed documents (#6): A4, Arimo embedded, Azerbaijani text that extracts, audited.

Azerbaijani is the default language of the paper; Russian and English: ``test_paper.py``.
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.errors import Conflict, NotFound, PermissionDenied
from app.queries.training import register
from app.reports import case_summary_pdf, certificate_pdf, receipt_pdf, schedule_card_pdf
from app.services import loans, training
from tests.builders import a_beneficiary, an_officer
from tests.reports.conftest import audit_events, fonts, leftovers, session_ids, text

A4_POINTS = ("595.28 x 841.89", "595.276 x 841.89")


def page_size(pdf: Path) -> str:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return next(line for line in out.stdout.splitlines() if line.startswith("Page size"))


def png(pdf: Path) -> Path:
    """Render page 1 (as a person would look at it; the tests check it is drawn)."""
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(pdf.with_suffix(""))],
        check=True,
    )
    return next(pdf.parent.glob(f"{pdf.stem}-*1.png"))


def test_receipt_has_every_part_in_azerbaijani_with_the_font_embedded(agdam, tmp_path):
    db, _, officer, _, loan, paid = agdam
    out = receipt_pdf(db, paid.receipt_no, tmp_path / "receipt.pdf", actor=officer)
    body = text(out)
    for expected in (
        "Ödəniş qəbzi",
        paid.receipt_no,
        "Ağdam rayon ofisi",
        "Əliyeva Aynur İlqar qızı",
        loan.number,
        "Günay Həsənova",
        "123,45 ₼",
        "Faiz",
        "Əsas borc",
        "Ödənişdən sonra qalıq əsas borc",
        "Ödəyən",
        "Qəbul edən",
        "(yüz iyirmi üç manat qırx beş qəpik)",  # #14: the amount in words
        "Növbəti ödəniş",
        "Ümumi qalan borc",
    ):
        assert expected in body, expected
    assert f"{paid.allocation.interest:.2f}".replace(".", ",") + " ₼" in body
    balance = f"{paid.outstanding_principal:,.2f}".replace(",", " ").replace(".", ",")
    assert balance + " ₼" in body
    assert body.count("Ödəniş qəbzi") == 2  # a copy for the person, one for the office
    names = [f[0] for f in fonts(out)]
    assert names and all("Arimo" in n for n in names)
    assert all(f[-5] == "yes" for f in fonts(out))  # embedded
    assert page_size(out).split(":")[1].strip().startswith(A4_POINTS)
    assert png(out).stat().st_size > 5000


def test_receipt_of_unknown_number_and_role_without_the_right(agdam, tmp_path):
    db, admin, _, _, _, paid = agdam
    with pytest.raises(NotFound):
        receipt_pdf(db, "AGD-3-R99999", tmp_path / "r.pdf", actor=admin)
    trainer = an_officer(db, admin, "trainer")
    with pytest.raises(PermissionDenied):
        receipt_pdf(db, paid.receipt_no, tmp_path / "r.pdf", actor=trainer)
    assert not (tmp_path / "r.pdf").exists() and leftovers(tmp_path) == []


def test_each_document_is_audited(agdam, tmp_path):
    db, _, officer, person, loan, paid = agdam
    receipt_pdf(db, paid.receipt_no, tmp_path / "r.pdf", actor=officer)
    schedule_card_pdf(db, loan.id, tmp_path / "s.pdf", actor=officer)
    case_summary_pdf(db, person, tmp_path / "c.pdf", actor=officer)
    for action, file in (
        ("export.receipt", "r.pdf"),
        ("export.schedule", "s.pdf"),
        ("export.case", "c.pdf"),
    ):
        ((officer_id, detail),) = audit_events(db, action)
        assert officer_id == officer.officer_id
        assert json.loads(detail)["file"] == file
        assert json.loads(detail)["pseudonymised"] is False


def test_schedule_card_lists_every_installment_and_the_rule(agdam, tmp_path):
    db, _, officer, _, loan, _ = agdam
    out = schedule_card_pdf(db, loan.id, tmp_path / "card.pdf", actor=officer)
    body = text(out)
    state = loans.loan_state(db, loan.id)
    assert len(state.installments) == 12
    for inst in state.installments:
        assert inst.due.strftime("%d.%m.%Y") in body
    assert "1 200,00 ₼" in body and "ödənilib" in body and "Hesablama qaydası" in body
    assert "ROUND" in body  # the formula head office can redo by hand
    assert "Əliyeva" in body


def test_certificate_only_for_who_completed(agdam, tmp_path):
    db, admin, officer, person, _, _ = agdam
    trainer = an_officer(db, admin, "trainer")
    course = training.create_course(
        db,
        actor=trainer,
        title="Biznesə başlanğıc: Ağdam",
        starts_on=date(2026, 3, 2),
        venue="İcma mərkəzi",
    )
    other = a_beneficiary(db, officer, surname="Hüseynov", given_name="Tural", sex="M")

    for who in (person, other):
        training.enroll(db, actor=trainer, course_id=course, beneficiary_id=who)
    sessions = session_ids(db, course)
    for sid in sessions:
        training.mark_attendance(
            db, actor=trainer, session_id=sid, beneficiary_id=person, present=True
        )
    training.mark_attendance(
        db, actor=trainer, session_id=sessions[0], beneficiary_id=other, present=True
    )
    assert {r.beneficiary_id: r.completed for r in register(db, course).rows} == {
        person: True,
        other: False,
    }
    out = certificate_pdf(db, course, person, tmp_path / "cert.pdf", actor=trainer)
    body = text(out)
    for expected in (
        "SERTİFİKAT",
        "Əliyeva Aynur İlqar qızı",
        "Biznesə başlanğıc: Ağdam",
        "02.03.2026 – 04.03.2026",
        "3 gündən 3 gün",
        "İcma mərkəzi",
    ):
        assert expected in body, expected
    assert page_size(out).split(":")[1].strip().startswith(("841.89 x 595.2",))  # landscape
    with pytest.raises(Conflict, match="attended 1 of 3"):
        certificate_pdf(db, course, other, tmp_path / "no.pdf", actor=trainer)
    assert not (tmp_path / "no.pdf").exists()


def test_case_summary_holds_the_case_file(agdam, tmp_path):
    db, _, officer, person, loan, _ = agdam
    out = case_summary_pdf(db, person, tmp_path / "case.pdf", actor=officer)
    body = text(out)
    for expected in (
        "Fərdi iş xülasəsi",
        "Əliyeva Aynur İlqar qızı",
        "AGD-3-B00001",
        "Ağdam",
        "Qiyaslı",
        "AA1234567",
        "mina qurbanı",
        loan.number,
        "1 200,00 ₼",
        "Məxfi",
    ):
        assert expected in body, expected


def test_commands_write_each_document(agdam, tmp_path, capsys):
    db, _, _, _, loan, paid = agdam
    path = str(db.path)
    assert (
        main(
            [
                "export",
                "receipt",
                "--db",
                path,
                "--receipt",
                paid.receipt_no,
                "--out",
                str(tmp_path / "r.pdf"),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "export",
                "schedule",
                "--db",
                path,
                "--loan",
                loan.number.lower(),
                "--out",
                str(tmp_path / "s.pdf"),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "export",
                "case",
                "--db",
                path,
                "--beneficiary",
                "agd-3-b00001",
                "--out",
                str(tmp_path / "c.pdf"),
                "--json",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{") :])["path"].endswith("c.pdf")
    assert "₼" in text(tmp_path / "r.pdf") and "Ağdam" in text(tmp_path / "s.pdf")
    rc = main(
        ["export", "receipt", "--db", path, "--receipt", "NOPE", "--out", str(tmp_path / "x.pdf")]
    )
    err = capsys.readouterr().err
    assert rc == 1 and err.count("\n") == 1 and "NOPE" in err


def test_every_certificate_of_a_course_in_one_pdf(tmp_path):
    """#13: one page for each person who completed the course, printed at once; audited once."""
    import subprocess

    from app.demo.build import build_demo
    from app.queries.training import registers
    from app.reports import certificates_pdf
    from app.services.office import actor_for
    from app.store import open_database

    db = open_database(tmp_path / "demo.sqlite")
    build_demo(db, district="Xaçmaz", beneficiaries=60, seed=3)
    try:
        course = next(r for r in registers(db) if r.completed_count >= 2)
        out, pages = certificates_pdf(db, course.id, tmp_path / "all.pdf",
                                      actor=actor_for(db, "trainer"))  # fmt: skip
        assert pages == course.completed_count
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        assert re.search(rf"^Pages:\s+{pages}$", info, re.M), info
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert text.count("SERTİFİKAT") == pages
    finally:
        db.close()


def test_the_sign_in_sheet_lists_everyone_enrolled_with_a_box_a_day(tmp_path):
    """#13: the paper a trainer takes into a room with no laptop, in Azerbaijani."""
    import subprocess

    from app.demo.build import build_demo
    from app.queries.people import person
    from app.queries.training import registers
    from app.reports import sign_in_sheet_pdf
    from app.services.office import actor_for
    from app.store import open_database

    db = open_database(tmp_path / "demo.sqlite")
    build_demo(db, district="Xaçmaz", beneficiaries=60, seed=3)
    try:
        course = next(r for r in registers(db) if len(r.rows) >= 3)
        out = sign_in_sheet_pdf(db, course.id, tmp_path / "sheet.pdf",
                                actor=actor_for(db, "trainer"))  # fmt: skip
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                              text=True).stdout  # fmt: skip
        assert "İştirak vərəqi" in text and "1-ci gün" in text
        for line in course.rows:
            assert person(db, line.beneficiary_id).code in text
    finally:
        db.close()


def test_the_handover_act_lists_the_items_and_both_signatures_in_three_languages(tmp_path):
    """#13: the act names the organisation (set in Settings), the person, each item with its
    serial numbers and value, the total, and both signatures; the font is embedded; the command
    writes it in Russian; a person with no grant gets one clear line."""
    from app.services import office, plans
    from app.services.plans import Item
    from tests.builders import an_office

    db, admin = an_office(tmp_path)
    officer = an_officer(db, admin, "loan_officer")
    office.save_profile(db, actor=admin, organisation="Minatəmizləmə Agentliyi",
                        programme="Reinteqrasiya", address="Tərtər, Mərkəz küç. 3",
                        phone="+994 12 555 01 02")  # fmt: skip
    person = a_beneficiary(db, officer, surname="Əliyeva", given_name="Aynur")
    grant_id = plans.record_grant(
        db, actor=officer, beneficiary_id=person, given_on=date(2026, 3, 1),
        items=[Item("Tikiş maşını", 2, "450,50", "JK-1, JK-2"), Item("Qayçı", 3, "7")],
    )  # fmt: skip
    from app.reports import handover_act_pdf

    words = {
        "az": ("Natura qrantının təhvil-təslim aktı", "Təhvil verdi", "Qəbul edən", "Cəmi"),
        "ru": ("Акт приёма-передачи натурального гранта", "Передал", "Принял", "Итого"),
        "en": ("Handover act of an in-kind grant", "Handed over by", "Received by", "Total"),
    }
    for language, expected in words.items():
        out = handover_act_pdf(db, grant_id, tmp_path / f"act-{language}.pdf", actor=officer,
                               language=language)  # fmt: skip
        body = text(out)
        for part in (
            *expected,
            "Minatəmizləmə Agentliyi",
            "Əliyeva Aynur",
            "JK-1, JK-2",
            "Tikiş maşını",
            "901,00 ₼",
            "21,00 ₼",
            "922,00 ₼",
            "+994 12 555 01 02",
        ):
            assert part in body, (language, part)
        assert all(f[-5] == "yes" and "Arimo" in f[0] for f in fonts(out))
    assert png(tmp_path / "act-az.pdf").stat().st_size > 5000
    events = audit_events(db, "export.handover")
    assert len(events) == 3

    code = session_code(db, person)
    out = tmp_path / "cli-act.pdf"
    assert main(["export", "handover", "--db", str(db.path), "--beneficiary", code,
                 "--out", str(out), "--language", "ru"]) == 0  # fmt: skip
    assert "Акт приёма-передачи" in text(out)
    other = a_beneficiary(db, officer, given_name="Nərmin", birth_date=date(1993, 1, 2))
    assert main(["export", "handover", "--db", str(db.path), "--beneficiary",
                 session_code(db, other), "--out", str(tmp_path / "none.pdf")]) != 0  # fmt: skip
    assert not (tmp_path / "none.pdf").exists()


def session_code(db, person_id: str) -> str:
    from app.queries.people import person

    return person(db, person_id).code
