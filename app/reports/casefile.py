"""Paper about a person: the training certificate and the case summary (#6).

Both hold personal data, so each print is audited. A certificate is given only to someone who
completed the course by its rule (``app.queries.training.completed``, #12).
The words are in the language asked for (#7, ``app.reports.paper``); Azerbaijani by default.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus import PageBreak, Spacer

from app.errors import Conflict, NotFound
from app.money import format_amount, from_qepik
from app.queries import loans, people
from app.queries.papers import case_file_paper, course_head
from app.queries.training import register, registers
from app.reports import labels
from app.reports.common import atomic_output
from app.reports.paper import speaking, tr
from app.reports.pdf import (
    RULE,
    build,
    district_name,
    fields,
    full_name,
    grid,
    head,
    mm,
    office_line,
    p,
    printed_line,
    signatures,
    table_style,
)
from app.services.context import Actor
from app.services.exports_audit import record_export, require_export
from app.services.validate import age_on
from app.store import Database

WIDTH = 174 * mm


def certificate_pdf(
    db: Database,
    course_id: str,
    beneficiary_id: str,
    out: Path,
    *,
    actor: Actor,
    language: str = "az",
) -> Path:
    """A landscape A4 certificate of completion; audited.

    ``language`` is that of the paper: ``az`` (the default), ``ru`` or ``en``.

    Raises:
        NotFound: the course or the case file, or the person is not enrolled.
        Conflict: the person did not complete the course (attended too few sessions).
    """
    with speaking(language):
        return _certificate(db, course_id, beneficiary_id, Path(out), actor)


def certificates_pdf(
    db: Database, course_id: str, out: Path, *, actor: Actor, language: str = "az"
) -> tuple[Path, int]:
    """Every certificate of a course at once (#13): one page for each person who completed it,
    in register order, in one PDF; audited once. Returns the file and how many pages.

    Raises:
        NotFound: the course.
        Conflict: nobody has completed the course yet.
    """
    with speaking(language):
        require_export(actor, "export.certificate")
        course = course_head(db, course_id)
        reg = register(db, course_id)
        done = [r.beneficiary_id for r in reg.rows if r.completed]
        if not done:
            raise Conflict("nobody has completed this course yet", field="course")
        story: list[Any] = []
        for i, beneficiary_id in enumerate(done):
            if i:
                story.append(PageBreak())
            story += _certificate_page(db, course, reg, people.person(db, beneficiary_id))
        office_name = office_line(db)
        with atomic_output(Path(out)) as tmp:
            build(tmp, story, title=tr("Certificates: {course}", course=course.title),
                  office=office_name, letterhead=head(db), footer=printed_line(actor),
                  landscape_page=True, header=False, frame=True)  # fmt: skip
            record_export(db, actor=actor, action="export.certificate", entity="enrollment",
                          entity_id=course.id, rows=len(done), pseudonymised=False,
                          path=Path(out))  # fmt: skip
    return Path(out), len(done)


def sign_in_sheet_pdf(
    db: Database, course_id: str, out: Path, *, actor: Actor, language: str = "az"
) -> Path:
    """A course's attendance sign-in sheet (#13): everyone enrolled, in register order, with a
    box to sign for each day, to be filled in on paper when there is no laptop in the room;
    audited (it holds names)."""
    with speaking(language):
        require_export(actor, "export.certificate")
        course = course_head(db, course_id)
        reg = register(db, course_id)
        header = ["№", tr("Name"), tr("Case")] + [
            tr("Day {n}, {date}", n=t.n, date=labels.paper_date(t.held_on)) for t in reg.sessions
        ]
        rows = []
        for i, line in enumerate(reg.rows, start=1):
            person = people.person(db, line.beneficiary_id)
            rows.append([str(i), full_name(person), person.code] + [""] * len(reg.sessions))
        days = max(len(reg.sessions), 1)
        widths = [10 * mm, 70 * mm, 32 * mm] + [(267 - 112) * mm / days] * len(reg.sessions)
        empty = [["", tr("Nobody enrolled yet"), ""] + [""] * len(reg.sessions)]
        table = grid(header, rows or empty, widths)
        table.setStyle(table_style([("GRID", (3, 1), (-1, -1), 0.4, RULE),
                                    ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
                                    ("TOPPADDING", (0, 1), (-1, -1), 9)]))  # fmt: skip
        office_name = office_line(db)
        where = f" · {course.venue}" if course.venue else ""
        story: list[Any] = [
            p(tr("Attendance sign-in sheet"), "title"),
            p(f"«{course.title}»{where}", "body"),
            Spacer(1, 4 * mm),
            table,
            Spacer(1, 10 * mm),
            signatures(tr("Trainer: {name}", name=course.trainer), width=120 * mm),
        ]
        with atomic_output(Path(out)) as tmp:
            build(tmp, story, title=tr("Attendance sign-in sheet"), office=office_name,
                  letterhead=head(db), footer=printed_line(actor), landscape_page=True)  # fmt: skip
            record_export(db, actor=actor, action="export.certificate", entity="enrollment",
                          entity_id=course.id, rows=len(rows), pseudonymised=False,
                          path=Path(out), sheet="sign-in")  # fmt: skip
    return Path(out)


def _certificate(
    db: Database, course_id: str, beneficiary_id: str, out: Path, actor: Actor
) -> Path:
    require_export(actor, "export.certificate")
    person = people.person(db, beneficiary_id)
    course = course_head(db, course_id)
    reg = register(db, course_id)
    story = _certificate_page(db, course, reg, person)
    office_name = office_line(db)
    with atomic_output(out) as tmp:
        build(
            tmp,
            story,
            title=tr("Certificate {code}", code=person.code),
            office=office_name,
            letterhead=head(db),
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
            path=out,
            beneficiary=person.code,
        )
    return out


def _certificate_page(db: Database, course: Any, reg: Any, person: Any) -> list[Any]:
    """One certificate's page (the person must have completed the course)."""
    row = reg.line(person.id)
    if row is None:
        raise NotFound(
            "{code} is not enrolled in this course", field="beneficiary", code=person.code
        )
    days = len(reg.sessions)
    if not row.completed:
        raise Conflict(
            "{code} attended {attended} of {days} days; the course needs {needed} to complete",
            field="beneficiary",
            code=person.code,
            attended=row.attended,
            days=days,
            needed=reg.min_sessions,
        )
    held = [t.held_on for t in reg.sessions]
    first, last = (held[0], held[-1]) if held else (course.starts_on, course.starts_on)
    office_name = office_line(db)
    dates = tr(
        "Training dates: {first} – {last}",
        first=labels.paper_date(first),
        last=labels.paper_date(last),
    )
    if course.venue:
        dates += " · " + tr("Venue: {venue}", venue=course.venue)
    return [
        Spacer(1, 14 * mm),
        p(tr("CERTIFICATE"), "cert_title"),
        Spacer(1, 10 * mm),
        p(tr("This certifies that"), "cert_body"),
        Spacer(1, 5 * mm),
        p(full_name(person), "cert_name"),
        Spacer(1, 5 * mm),
        p(
            tr("has successfully completed the training «{course}».", course=course.title),
            "cert_body",
        ),
        Spacer(1, 3 * mm),
        p(dates, "cert_body"),
        p(tr("Attended: {attended} of {days} days", attended=row.attended, days=days), "cert_body"),
        Spacer(1, 18 * mm),
        signatures(
            tr("Trainer: {name}", name=course.trainer),
            tr("Head of the {district} district office", district=district_name(db)),
            width=240 * mm,
        ),
        Spacer(1, 6 * mm),
        p(
            tr(
                "Certificate No. {number} · {office}",
                number=f"{person.code}-{course.id[-6:].upper()}",
                office=office_name,
            ),
            "center",
        ),
    ]


def case_summary_pdf(
    db: Database, beneficiary_id: str, out: Path, *, actor: Actor, language: str = "az"
) -> Path:
    """Everything the office holds about one person, on A4; audited (it is sensitive data).

    ``language`` is that of the paper: ``az`` (the default), ``ru`` or ``en``.
    """
    with speaking(language):
        return _case_summary(db, beneficiary_id, Path(out), actor)


def _case_summary(db: Database, beneficiary_id: str, out: Path, actor: Actor) -> Path:
    require_export(actor, "export.case")
    paper = case_file_paper(db, beneficiary_id)
    person, plans, grants, notes = paper.person, paper.plans, paper.grants, paper.notes
    today = date.today()
    enrolled = registers(db, beneficiary_id=person.id)
    if person.consent_given:
        consent = tr("yes, {date}", date=labels.paper_date(person.consent_date))
    else:
        consent = labels.yes_no(False)
    disability = labels.yes_no(person.disability)
    if person.disability and person.disability_note:
        disability += f" ({person.disability_note})"
    place = f"{paper.district}, {person.village}".strip(", ")
    story: list[Any] = [
        p(tr("Case summary"), "title"),
        p(tr("Confidential: personal data. For official use only."), "small"),
        Spacer(1, 3 * mm),
        fields(
            [
                (tr("Code"), person.code),
                (tr("Surname, name, patronymic"), full_name(person)),
                (tr("Sex"), labels.sex(person.sex)),
                (
                    tr("Birth date"),
                    tr(
                        "{date} (age {age})",
                        date=labels.paper_date(person.birth_date),
                        age=age_on(person.birth_date, today),
                    ),
                ),
                (tr("District, village"), place),
                (tr("Category"), labels.category(person.category)),
                (tr("Disability"), disability),
                (tr("Phone"), person.phone),
                (tr("ID document"), person.id_document),
                (tr("Consent"), consent),
                (tr("Case status"), labels.case_status(person.case_status)),
            ]
        ),
    ]
    none = tr("None.")
    story.append(p(tr("Trainings"), "h2"))
    if enrolled:
        trows = []
        for c in enrolled:
            r = c.line(person.id)
            trows.append(
                [
                    c.title,
                    labels.paper_date(c.starts_on),
                    f"{r.attended} / {len(r.present)}" if r else "",
                    labels.yes_no(bool(r and r.completed)),
                ]
            )
        story.append(
            grid(
                [tr("Course"), tr("Start"), tr("Attended"), tr("Completed")],
                trows,
                [84 * mm, 30 * mm, 30 * mm, 30 * mm],
                numeric=(2,),
            )
        )
    else:
        story.append(p(none, "small"))
    story.append(p(tr("Business plans and grants"), "h2"))
    prow = [
        [
            pl.title,
            labels.paper_date(pl.submitted_on),
            labels.plan_status(pl.status),
            "" if pl.score is None else str(pl.score),
        ]
        for pl in plans
    ]
    for g in grants:
        what = ", ".join(f"{description} × {quantity}" for description, quantity in g.items)
        prow.append(
            [
                tr("Grant: {items}", items=what),
                labels.paper_date(g.given_on),
                labels.grant_status(g.status),
                format_amount(from_qepik(g.total_qepik)),
            ]
        )
    if prow:
        story.append(
            grid(
                [tr("Plan / grant"), tr("Date"), tr("Status"), tr("Score / value")],
                prow,
                [94 * mm, 25 * mm, 28 * mm, 27 * mm],
                numeric=(3,),
            )
        )
    else:
        story.append(p(none, "small"))
    story.append(p(tr("Loans"), "h2"))
    if paper.loans:
        lrows = []
        for ln in paper.loans:
            out_p = ""
            status = labels.loan_status(ln.status)
            ledger = loans.loan(db, ln.id) if ln.disbursed_on else None
            if ledger is not None:
                st = ledger.state(today)
                out_p = format_amount(st.outstanding_principal)
                if st.days_in_arrears:
                    status = tr(
                        "{status}, {days} days overdue", status=status, days=st.days_in_arrears
                    )
            lrows.append(
                [
                    ln.number,
                    labels.paper_date(ln.disbursed_on),
                    format_amount(from_qepik(ln.principal_qepik)),
                    out_p,
                    status,
                ]
            )
        story.append(
            grid(
                [tr("Loan No."), tr("Disbursed"), tr("Amount"), tr("Balance"), tr("Status")],
                lrows,
                [28 * mm, 24 * mm, 30 * mm, 30 * mm, 62 * mm],
                numeric=(2, 3),
            )
        )
    else:
        story.append(p(none, "small"))
    story.append(p(tr("Notes"), "h2"))
    if notes:
        story.append(
            grid(
                [tr("Date"), tr("Author"), tr("Note")],
                [[labels.paper_date(n.written_on), n.author, n.text] for n in notes],
                [22 * mm, 38 * mm, 114 * mm],
            )
        )
    else:
        story.append(p(none, "small"))
    office_name = office_line(db)
    with atomic_output(out) as tmp:
        build(
            tmp,
            story,
            title=tr("Case file {code}", code=person.code),
            office=office_name,
            letterhead=head(db),
            footer=tr("Confidential · {printed}", printed=printed_line(actor)),
        )
        record_export(
            db,
            actor=actor,
            action="export.case",
            entity="beneficiary",
            entity_id=person.id,
            rows=1,
            pseudonymised=False,
            path=out,
            beneficiary=person.code,
        )
    return out
