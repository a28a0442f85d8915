"""Paper about a person: the training certificate and the case summary (#6).

Both hold personal data, so each print is audited. A certificate is given only to someone who
completed the course by its rule (attended at least ``min_sessions_to_complete`` sessions).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import Spacer
from sqlmodel import select

from app.errors import Conflict, NotFound
from app.models import (
    Beneficiary,
    BusinessPlan,
    CaseNote,
    District,
    Enrollment,
    GrantItem,
    InKindGrant,
    Loan,
    Officer,
    TrainingCourse,
)
from app.money import format_amount, from_qepik
from app.reports import labels
from app.reports.common import atomic_output
from app.reports.pdf import (
    build,
    fields,
    full_name,
    grid,
    mm,
    office_line,
    p,
    printed_line,
    signatures,
)
from app.services import loans as loan_svc
from app.services import training
from app.services.context import Actor
from app.services.exports_audit import record_export, require_export
from app.services.validate import age_on
from app.store import Database

WIDTH = 174 * mm
PLAN_STATUS = {"submitted": "təqdim edilib", "approved": "təsdiqlənib", "rejected": "rədd edilib"}


def _person(db: Database, beneficiary_id: str) -> Beneficiary:
    with db.session() as s:
        person = s.get(Beneficiary, beneficiary_id)
    if person is None or person.deleted:
        raise NotFound("no such case file", field="beneficiary")
    return person


def _sessions(db: Database, course_id: str) -> list[date]:
    from app.models import TrainingSession

    with db.session() as s:
        return list(
            s.exec(
                select(TrainingSession.held_on)
                .where(TrainingSession.course_id == course_id, TrainingSession.deleted == False)
                .order_by(TrainingSession.n)
            )
        )


def certificate_pdf(
    db: Database, course_id: str, beneficiary_id: str, out: Path, *, actor: Actor
) -> Path:
    """A landscape A4 certificate of completion; audited.

    Raises:
        NotFound: the course or the case file, or the person is not enrolled.
        Conflict: the person did not complete the course (attended too few sessions).
    """
    require_export(actor, "export.certificate")
    person = _person(db, beneficiary_id)
    with db.session() as s:
        course = s.get(TrainingCourse, course_id)
        if course is None or course.deleted:
            raise NotFound("no such course", field="course")
        trainer = s.get(Officer, course.trainer_id) if course.trainer_id else None
    register = {r.beneficiary_id: r for r in training.attendance_register(db, course_id)}
    row = register.get(beneficiary_id)
    if row is None:
        raise NotFound(
            "{code} is not enrolled in this course", field="beneficiary", code=person.code
        )
    days = len(row.present)
    if not row.completed:
        raise Conflict(
            "{code} attended {attended} of {days} days; the course needs {needed} to complete",
            field="beneficiary",
            code=person.code,
            attended=row.attended,
            days=days,
            needed=course.min_sessions_to_complete,
        )
    held = _sessions(db, course_id)
    first, last = (held[0], held[-1]) if held else (course.starts_on, course.starts_on)
    office_name = office_line(db)
    story: list[Any] = [
        Spacer(1, 14 * mm),
        p("SERTİFİKAT", "cert_title"),
        Spacer(1, 10 * mm),
        p("Bu sertifikat təsdiq edir ki,", "cert_body"),
        Spacer(1, 5 * mm),
        p(full_name(person), "cert_name"),
        Spacer(1, 5 * mm),
        p(f"«{course.title}» təlimini uğurla başa vurmuşdur.", "cert_body"),
        Spacer(1, 3 * mm),
        p(
            f"Təlim tarixləri: {labels.az_date(first)} – {labels.az_date(last)}"
            + (f" · Məkan: {course.venue}" if course.venue else ""),
            "cert_body",
        ),
        p(f"İştirak: {days} gündən {row.attended} gün", "cert_body"),
        Spacer(1, 18 * mm),
        signatures(
            f"Təlimçi: {trainer.full_name if trainer else ''}",
            f"{office_line(db)} rəhbəri",
            width=240 * mm,
        ),
        Spacer(1, 6 * mm),
        p(f"Sertifikat № {person.code}-{course.id[-6:].upper()} · {office_name}", "center"),
    ]
    with atomic_output(Path(out)) as tmp:
        build(
            tmp,
            story,
            title=f"Sertifikat {person.code}",
            office=office_name,
            footer=printed_line(actor),
            landscape_page=True,
            header=False,
            frame=True,
        )
        record_export(
            db,
            actor=actor,
            action="export.certificate",
            entity="enrollment",
            entity_id=course.id,
            rows=1,
            pseudonymised=False,
            path=Path(out),
            beneficiary=person.code,
        )
    return Path(out)


def case_summary_pdf(db: Database, beneficiary_id: str, out: Path, *, actor: Actor) -> Path:
    """Everything the office holds about one person, on A4; audited (it is sensitive data)."""
    require_export(actor, "export.case")
    person = _person(db, beneficiary_id)
    today = date.today()
    with db.session() as s:
        district = s.get(District, person.district_id)
        officers = {o.id: o.full_name for o in s.exec(select(Officer))}
        enrolled = s.exec(
            select(TrainingCourse)
            .join(Enrollment, Enrollment.course_id == TrainingCourse.id)
            .where(Enrollment.beneficiary_id == person.id, Enrollment.deleted == False)
            .order_by(TrainingCourse.starts_on)
        ).all()
        plans = s.exec(
            select(BusinessPlan)
            .where(BusinessPlan.beneficiary_id == person.id, BusinessPlan.deleted == False)
            .order_by(BusinessPlan.submitted_on)
        ).all()
        grants = s.exec(
            select(InKindGrant)
            .where(InKindGrant.beneficiary_id == person.id, InKindGrant.deleted == False)
            .order_by(InKindGrant.given_on)
        ).all()
        items = {
            g.id: s.exec(select(GrantItem).where(GrantItem.grant_id == g.id)).all() for g in grants
        }
        loan_rows = s.exec(
            select(Loan)
            .where(Loan.beneficiary_id == person.id, Loan.deleted == False)
            .order_by(Loan.number)
        ).all()
        notes = s.exec(
            select(CaseNote)
            .where(CaseNote.beneficiary_id == person.id, CaseNote.deleted == False)
            .order_by(CaseNote.written_on)
        ).all()
    consent = f"bəli, {labels.az_date(person.consent_date)}" if person.consent_given else "xeyr"
    disability = labels.YES_NO[person.disability]
    if person.disability and person.disability_note:
        disability += f" ({person.disability_note})"
    story: list[Any] = [
        p("Fərdi iş xülasəsi", "title"),
        p("Məxfi: şəxsi məlumatlar. Yalnız xidməti istifadə üçün.", "small"),
        Spacer(1, 3 * mm),
        fields(
            [
                ("Kod", person.code),
                ("Ad, soyad, ata adı", full_name(person)),
                ("Cins", labels.SEX.get(person.sex, person.sex)),
                (
                    "Doğum tarixi",
                    f"{labels.az_date(person.birth_date)} ({age_on(person.birth_date, today)} yaş)",
                ),
                (
                    "Rayon, kənd",
                    f"{district.name if district else ''}, {person.village}".strip(", "),
                ),
                ("Kateqoriya", labels.CATEGORY.get(person.category, person.category)),
                ("Əlillik", disability),
                ("Telefon", person.phone),
                ("Şəxsiyyət vəsiqəsi", person.id_document),
                ("Razılıq", consent),
                ("İşin statusu", "açıq" if person.case_status == "open" else "bağlı"),
            ]
        ),
    ]
    story.append(p("Təlimlər", "h2"))
    if enrolled:
        trows = []
        for c in enrolled:
            reg = {r.beneficiary_id: r for r in training.attendance_register(db, c.id)}
            r = reg.get(person.id)
            trows.append(
                [
                    c.title,
                    labels.az_date(c.starts_on),
                    f"{r.attended} / {len(r.present)}" if r else "",
                    labels.YES_NO[bool(r and r.completed)],
                ]
            )
        story.append(
            grid(
                ["Kurs", "Başlama", "İştirak", "Tamamladı"],
                trows,
                [84 * mm, 30 * mm, 30 * mm, 30 * mm],
                numeric=(2,),
            )
        )
    else:
        story.append(p("Yoxdur.", "small"))
    story.append(p("Biznes planları və qrantlar", "h2"))
    prow = [
        [
            pl.title,
            labels.az_date(pl.submitted_on),
            PLAN_STATUS.get(pl.status, pl.status),
            "" if pl.score is None else str(pl.score),
        ]
        for pl in plans
    ]
    for g in grants:
        what = ", ".join(f"{i.description} × {i.quantity}" for i in items[g.id])
        prow.append(
            [
                f"Qrant: {what}",
                labels.az_date(g.given_on),
                "verilib",
                format_amount(from_qepik(g.total_qepik)),
            ]
        )
    if prow:
        story.append(
            grid(
                ["Plan / qrant", "Tarix", "Status", "Bal / dəyər"],
                prow,
                [94 * mm, 25 * mm, 28 * mm, 27 * mm],
                numeric=(3,),
            )
        )
    else:
        story.append(p("Yoxdur.", "small"))
    story.append(p("Kreditlər", "h2"))
    if loan_rows:
        lrows = []
        for ln in loan_rows:
            out_p = ""
            status = labels.LOAN_STATUS.get(ln.status, ln.status)
            if ln.disbursed_on:
                st = loan_svc.loan_state(db, ln.id, as_of=today)
                out_p = format_amount(st.outstanding_principal)
                if st.days_in_arrears:
                    status += f", {st.days_in_arrears} gün gecikir"
            lrows.append(
                [
                    ln.number,
                    labels.az_date(ln.disbursed_on),
                    format_amount(from_qepik(ln.principal_qepik)),
                    out_p,
                    status,
                ]
            )
        story.append(
            grid(
                ["Kredit №", "Verilib", "Məbləğ", "Qalıq", "Status"],
                lrows,
                [28 * mm, 24 * mm, 30 * mm, 30 * mm, 62 * mm],
                numeric=(2, 3),
            )
        )
    else:
        story.append(p("Yoxdur.", "small"))
    story.append(p("Qeydlər", "h2"))
    if notes:
        story.append(
            grid(
                ["Tarix", "Müəllif", "Qeyd"],
                [
                    [labels.az_date(n.written_on), officers.get(n.author_id, ""), n.text]
                    for n in notes
                ],
                [22 * mm, 38 * mm, 114 * mm],
            )
        )
    else:
        story.append(p("Yoxdur.", "small"))
    office_name = office_line(db)
    with atomic_output(Path(out)) as tmp:
        build(
            tmp,
            story,
            title=f"Fərdi iş {person.code}",
            office=office_name,
            footer=f"Məxfi · {printed_line(actor)}",
        )
        record_export(
            db,
            actor=actor,
            action="export.case",
            entity="beneficiary",
            entity_id=person.id,
            rows=1,
            pseudonymised=False,
            path=Path(out),
            beneficiary=person.code,
        )
    return Path(out)
