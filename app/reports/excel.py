"""The head-office ledger workbook (#6, DESIGN §5): loans, transactions, schedules, attendance,
indicators and a summary whose totals are formulas that Excel and LibreOffice recompute.

Figures come from the replay (``services.reports.loan_states``), never from stored balances; the
summary's formulas over the Loans sheet give ``fieldbook report portfolio`` to the qəpik. The
pseudonymised variant keeps codes and drops names, ID numbers, birth dates and officers' names.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.money import from_qepik
from app.reports import labels
from app.reports.common import Cancelled, ExportResult, Progress, Tracker, atomic_output
from app.reports.data import ENTRY_COLUMNS, Dates, OfficeData, entries, office_data
from app.reports.indicators import indicators
from app.reports.summary import write_indicators, write_summary
from app.reports.xlsx import Book, Column
from app.services.context import Actor
from app.services.exports_audit import record_export, require_export
from app.store import Database

SHEETS = {
    "summary": "Xülasə",
    "loans": "Kreditlər",
    "transactions": "Əməliyyatlar",
    "schedules": "Qrafiklər",
    "attendance": "Davamiyyət",
    "plans": "Biznes planlar",  # #13
    "grants": "Qrantlar",
    "funnel": "Mərhələlər",
    "indicators": "Göstəricilər",
}


def loan_columns(pseudonymise: bool) -> list[tuple[str, Column]]:
    """(key, column) of the Loans sheet; the summary's formulas find columns by key."""
    cols = [
        ("number", Column("Kredit №", width=14)),
        ("code", Column("Benefisiar kodu", width=15)),
        ("name", Column("Ad, soyad, ata adı", width=28)),
        ("sex", Column("Cins", width=8)),
        ("age", Column("Yaş qrupu", width=9)),
        ("disability", Column("Əlillik", width=8)),
        ("category", Column("Kateqoriya", width=18)),
        ("district", Column("Rayon", width=12)),
        ("product", Column("Məhsul", width=24)),
        ("disbursed_on", Column("Verilmə tarixi", "date", 12)),
        ("principal", Column("Əsas məbləğ", "money", 14)),
        ("rate", Column("İllik faiz", "ratio", 9)),
        ("term", Column("Müddət (hissə)", "int", 9)),
        ("frequency", Column("Tezlik", width=10)),
        ("paid_principal", Column("Ödənilmiş əsas borc", "money", 14)),
        ("paid_interest", Column("Ödənilmiş faiz", "money", 13)),
        ("outstanding", Column("Qalıq əsas borc", "money", 14)),
        ("overdue_n", Column("Gecikmiş hissələr", "int", 10)),
        ("days", Column("Gecikmə günləri", "int", 10)),
        ("bucket", Column("PAR qrupu", width=9)),
        ("status", Column("Status", width=12)),
        ("overdue_principal", Column("Gecikmiş əsas borc", "money", 14)),
        ("due_to_date", Column("Bu günədək ödənməli", "money", 14)),
        ("collected", Column("Bu günədək ödənilib", "money", 14)),
        ("written_off", Column("Silinmiş məbləğ", "money", 13)),
        ("officer", Column("Kredit işçisi", width=18)),
        ("warnings", Column("Xəbərdarlıqlar (səbəbi yazılıb)", width=30)),  # #13
    ]
    return [c for c in cols if not (pseudonymise and c[0] == "name")]


def _officer(data: OfficeData, officer_id: str | None, pseudonymise: bool) -> str:
    login, name = data.officers.get(officer_id or "", ("", ""))
    return login if pseudonymise else name


def _write_loans(book: Book, data: OfficeData, pseudonymise: bool, track: Tracker) -> int:
    keys = loan_columns(pseudonymise)
    sheet = book.sheet(SHEETS["loans"], [c for _, c in keys])
    nobody = None
    for loan in data.loans:
        p = data.people.get(loan.beneficiary_id, nobody)
        s = data.states.get(loan.id)
        status = s.status if s is not None else "pending"
        if status == "pending":  # not disbursed as of the date (or its disbursement reversed):
            # proposed, its decision (#13), cancelled, or approved (as every loan was before #13)
            undisbursed = ("proposed", "rejected", "cancelled")
            status = loan.status if loan.status in undisbursed else "approved"
        row: dict[str, Any] = {
            "number": loan.number,
            "code": p.code if p else "",
            "name": p.full_name if p else "",
            "sex": labels.SEX.get(p.sex, p.sex) if p else "",
            "age": labels.age_band(p.birth_date, data.as_of) if p else "",
            "disability": labels.YES_NO[p.disability] if p else "",
            "category": labels.CATEGORY.get(p.category, p.category) if p else "",
            "district": data.districts.get(p.district_id, "") if p else "",
            "product": data.products.get(loan.product_id, ""),
            "disbursed_on": s.disbursed_on if s is not None else None,
            "principal": from_qepik(loan.principal_qepik),
            "rate": Decimal(loan.rate_bp).scaleb(-4),
            "term": loan.term,
            "frequency": labels.FREQUENCY.get(loan.frequency, loan.frequency),
            "status": labels.LOAN_STATUS.get(status) or labels.LOAN_DECISION.get(status, status),
            "officer": _officer(data, loan.officer_id, pseudonymise),
            "warnings": "; ".join(
                labels.LOAN_WARNING.get(w, w)
                for w in data.warnings.get(loan.id, "").split(",")
                if w
            ),
        }
        if s is not None and s.status != "pending":
            row.update(
                paid_principal=s.principal_paid,
                paid_interest=s.interest_paid,
                outstanding=s.outstanding_principal,
                overdue_n=s.installments_overdue,
                days=s.days_in_arrears,
                bucket=labels.BUCKET[_bucket(s.days_in_arrears)] if s.status == "active" else "",
                overdue_principal=s.overdue_principal,
                due_to_date=s.due_to_date,
                collected=s.collected_to_date,
                written_off=s.written_off,
            )
        sheet.append([row.get(k) for k, _ in keys])
        track.step()
    return sheet.close()


def _bucket(days: int) -> str:
    from app.ledger import par_bucket

    return par_bucket(days)


def _write_transactions(
    book: Book, db: Database, data: OfficeData, pseudonymise: bool, track: Tracker
) -> int:
    sheet = book.sheet(
        SHEETS["transactions"],
        [
            Column("Tarix", "date", 11),
            Column("Qəbz №", width=15),
            Column("Kredit №", width=14),
            Column("Benefisiar kodu", width=15),
            Column("Növ", width=16),
            Column("Məbləğ", "money", 13),
            Column("Cərimə", "money", 11),
            Column("Haqq", "money", 11),
            Column("Faiz", "money", 11),
            Column("Əsas borc", "money", 13),
            Column("Qalıq (qəbzdə)", "money", 13),
            Column("İşçi", width=18),
            Column("Storno edilən qeyd", width=38),
            Column("Səbəb", width=24),
            Column("Qeyd ID", width=38),
        ],
    )
    numbers = {loan.id: loan.number for loan in data.loans}
    borrower = {loan.id: data.people.get(loan.beneficiary_id) for loan in data.loans}
    receipts: dict[str, str] = {}
    day = Dates()
    col = {name: i for i, name in enumerate(ENTRY_COLUMNS)}
    i_loan, i_kind, i_receipt, i_rev = (
        col["loan_id"],
        col["kind"],
        col["receipt_no"],
        col["reverses_id"],
    )
    for e in entries(db, data.as_of):
        entry_id, loan_id, kind = e[0], e[i_loan], e[i_kind]
        if e[i_receipt]:
            receipts[entry_id] = e[i_receipt]
        state = data.states.get(loan_id)
        split = state.allocations.get(entry_id) if state is not None else None
        person = borrower.get(loan_id)
        rev = e[i_rev]
        sheet.append(
            [
                day[e[col["value_date"]]],
                e[i_receipt],
                numbers.get(loan_id, ""),
                person.code if person else "",
                labels.ENTRY_KIND.get(kind, kind),
                from_qepik(e[col["amount_qepik"]]),
                split.penalty if split else None,
                split.fee if split else None,
                split.interest if split else None,
                split.principal if split else None,
                None
                if e[col["balance_after_qepik"]] is None
                else from_qepik(e[col["balance_after_qepik"]]),
                _officer(data, e[col["officer_id"]], pseudonymise),
                (receipts.get(rev) or rev) if rev else None,
                None if pseudonymise else (e[col["reason"]] or None),  # free text
                entry_id,
            ]
        )
        track.step()
    return sheet.close()


def _write_schedules(book: Book, data: OfficeData, track: Tracker) -> int:
    sheet = book.sheet(
        SHEETS["schedules"],
        [
            Column("Kredit №", width=14),
            Column("Hissə №", "int", 8),
            Column("Ödəniş tarixi", "date", 12),
            Column("Əsas borc", "money", 13),
            Column("Faiz", "money", 12),
            Column("Cəmi", "money", 13),
            Column("Ödənilmiş əsas borc", "money", 14),
            Column("Ödənilmiş faiz", "money", 13),
            Column("Tam ödənildiyi tarix", "date", 13),
            Column("Status", width=15),
        ],
    )
    for loan in data.loans:
        s = data.states.get(loan.id)
        if s is None or s.status == "pending":
            continue
        for i in s.installments:
            sheet.append(
                (
                    loan.number,
                    i.n,
                    i.due,
                    i.principal_due,
                    i.interest_due,
                    i.principal_due + i.interest_due,
                    i.principal_paid,
                    i.interest_paid,
                    i.paid_on,
                    labels.INSTALLMENT_STATUS.get(i.status, i.status),
                )
            )
        track.step(len(s.installments))
    return sheet.close()


def _write_attendance(book: Book, data: OfficeData, pseudonymise: bool, track: Tracker) -> int:
    days = max((len(c.sessions) for c in data.courses), default=3)
    columns = [
        Column("Kurs", width=30),
        Column("Başlama tarixi", "date", 12),
        Column("Benefisiar kodu", width=15),
    ]
    if not pseudonymise:
        columns.append(Column("Ad, soyad, ata adı", width=28))
    columns += [Column("Cins", width=8), Column("Yaş qrupu", width=9)]
    columns += [Column(f"{n}-ci gün", "int", 7) for n in range(1, days + 1)]
    columns += [Column("İştirak (gün)", "int", 9), Column("Tamamladı", width=10)]
    sheet = book.sheet(SHEETS["attendance"], columns)
    for course in data.courses:
        for person_id, present, attended, completed in course.rows:
            p = data.people.get(person_id)
            if p is None:
                continue
            row: list[Any] = [course.title, course.starts_on, p.code]
            if not pseudonymise:
                row.append(p.full_name)
            row += [labels.SEX.get(p.sex, p.sex), labels.age_band(p.birth_date, data.as_of)]
            marks: list[Any] = [int(x) for x in present]
            row += marks + [None] * (days - len(marks))
            row += [attended, labels.YES_NO[completed]]
            sheet.append(row)
        track.step(len(course.rows))
    return sheet.close()


def _person_cells(data: OfficeData, person_id: str, pseudonymise: bool) -> list[Any]:
    p = data.people.get(person_id)
    if p is None:
        return ["", *([""] * (not pseudonymise)), "", "", ""]
    cells: list[Any] = [p.code]
    if not pseudonymise:
        cells.append(p.full_name)
    return [
        *cells,
        labels.SEX.get(p.sex, p.sex),
        labels.age_band(p.birth_date, data.as_of),
        labels.CATEGORY.get(p.category, p.category),
    ]


def _person_columns(pseudonymise: bool) -> list[Column]:
    cols = [Column("Benefisiar kodu", width=15)]
    if not pseudonymise:
        cols.append(Column("Ad, soyad, ata adı", width=28))
    return [*cols, Column("Cins", width=8), Column("Yaş qrupu", width=9),
            Column("Kateqoriya", width=18)]  # fmt: skip


def _write_plans(book: Book, data: OfficeData, pseudonymise: bool) -> int:
    """#13: every plan with its budget, what it asks for, its status and score."""
    sheet = book.sheet(
        SHEETS["plans"],
        [Column("Təqdim tarixi", "date", 12), *_person_columns(pseudonymise),
         Column("Plan", width=30), Column("Biznes", width=16),
         Column("Büdcə", "money", 13), Column("Öz töhfəsi", "money", 13),
         Column("Natura qrantı istənir", "money", 13), Column("Kredit istənir", "money", 13),
         Column("Status", width=14), Column("Qiymət (0–100)", "money", 10),
         Column("Qərarın səbəbi", width=30)],
    )  # fmt: skip
    for plan, t in data.plans:
        sheet.append(
            [plan.submitted_on, *_person_cells(data, plan.beneficiary_id, pseudonymise),
             plan.title, plan.business_type, t.budget, t.own, t.grant, t.loan,
             labels.PLAN_STATUS.get(plan.status, plan.status), plan.score, plan.reason]
        )  # fmt: skip
    return sheet.close()


def _write_grants(book: Book, data: OfficeData, pseudonymise: bool) -> int:
    """#13: one row per item of every grant, with its serial numbers."""
    sheet = book.sheet(
        SHEETS["grants"],
        [Column("Tarix", "date", 12), Column("Status", width=14),
         *_person_columns(pseudonymise), Column("Biznes plan", width=28),
         Column("Əşya", width=30), Column("Miqdar", "int", 8),
         Column("Birinin dəyəri", "money", 13), Column("Dəyər", "money", 13),
         Column("Seriya nömrələri", width=22)],
    )  # fmt: skip
    for g in data.grant_items:
        sheet.append(
            [g.given_on, labels.GRANT_STATUS.get(g.status, g.status),
             *_person_cells(data, g.beneficiary_id, pseudonymise), g.plan, g.description,
             g.quantity, from_qepik(g.unit_qepik), from_qepik(g.unit_qepik * g.quantity),
             g.serial_no]
        )  # fmt: skip
    return sheet.close()


def funnel(data: OfficeData) -> list[tuple[str, set[str]]]:
    """The programme's steps (#13), each with the people who reached it (each counted once):
    registered → trained → completed → plan submitted → plan approved → grant or loan →
    repaying on time (every disbursed loan of theirs current or repaid, none written off)."""
    trained, completed = set(), set()
    for course in data.courses:
        for line in course.rows:
            if line.trained:
                trained.add(line.beneficiary_id)
            if line.completed:
                completed.add(line.beneficiary_id)
    submitted = {plan.beneficiary_id for plan, _ in data.plans}
    approved = {plan.beneficiary_id for plan, _ in data.plans if plan.status == "approved"}
    borrower = {loan.id: loan.beneficiary_id for loan in data.loans}
    lent: dict[str, list] = {}
    for loan_id, state in data.states.items():
        if state.status != "pending" and loan_id in borrower:
            lent.setdefault(borrower[loan_id], []).append(state)
    supported = {person for person, _, _ in data.grants} | set(lent)
    on_time = {
        person for person, states in lent.items()
        if all(s.status in ("active", "closed") and s.days_in_arrears == 0 for s in states)
    }  # fmt: skip
    return [
        ("Qeydiyyatdan keçib", set(data.people)),
        ("Təlimə qatılıb", trained),
        ("Təlimi tamamlayıb", completed),
        ("Biznes plan təqdim edib", submitted),
        ("Biznes planı təsdiqlənib", approved),
        ("Qrant və ya kredit alıb", supported),
        ("Krediti vaxtında ödəyir", on_time),
    ]


def _write_funnel(book: Book, data: OfficeData) -> int:
    """#13: the funnel — how many people went through each step *and every step before it*,
    with the rate from the step before, for all and by sex and disability; beside it, how many
    reached the step by any path (a loan without a plan, say). Then the loans proposed despite
    a warning, by warning."""
    groups: list[tuple[str, set[str]]] = [("Cəmi", set(data.people))]
    for code, label in labels.SEX.items():
        groups.append((label, {i for i, p in data.people.items() if p.sex == code}))
    groups.append(("əlilliyi var", {i for i, p in data.people.items() if p.disability}))
    columns = [Column("Mərhələ", width=32), Column("İstənilən yolla çatanlar", "int", 13)]
    for label, _ in groups:
        columns += [Column(label, "int", 11), Column(f"{label}: əvvəlkindən", "ratio", 13)]
    sheet = book.sheet(SHEETS["funnel"], columns, header_height=45, raw=False)
    through: set[str] | None = None
    before: list[int] | None = None
    for step, reached in funnel(data):
        through = set(reached) if through is None else through & reached
        counts = [len(through & ids) for _, ids in groups]
        row: list[Any] = [step, len(reached)]
        kinds = ["label", "int"]
        for i, n in enumerate(counts):
            rate = None
            if before is not None and before[i]:
                rate = (Decimal(n) / before[i]).quantize(Decimal("0.0001"))
            row += [n, rate]
            kinds += ["int", "ratio"]
        sheet.append(row, kinds)
        before = counts
    sheet.append([None])
    warned = [w for ws in data.warnings.values() for w in ws.split(",") if w]
    sheet.append(["Xəbərdarlığa baxmayaraq təklif edilmiş kreditlər", len(data.warnings)],
                 ["label", "int"])  # fmt: skip
    for code, label in labels.LOAN_WARNING.items():
        sheet.append([f"  {label}", warned.count(code)], ["label", "int"])
    return sheet.close()


def write_ledger(
    db: Database,
    path: Path,
    data: OfficeData,
    *,
    actor: Actor,
    pseudonymise: bool = False,
    track: Tracker | None = None,
    fast: bool = True,
) -> dict[str, int]:
    """Write the workbook for ``data`` to ``path`` (no renaming, no audit). Returns row counts."""
    track = track or Tracker(1)
    book = Book(fast=fast)
    try:
        return _write_all(book, db, path, data, actor, pseudonymise, track)
    except BaseException:
        book.abandon()
        raise


def _write_all(
    book: Book,
    db: Database,
    path: Path,
    data: OfficeData,
    actor: Actor,
    pseudonymise: bool,
    track: Tracker,
) -> dict[str, int]:
    summary_ws = book.wb.create_sheet(SHEETS["summary"])  # first, written last (its formulas)
    rows = {"loans": _write_loans(book, data, pseudonymise, track)}
    track.check()
    rows["transactions"] = _write_transactions(book, db, data, pseudonymise, track)
    rows["schedules"] = _write_schedules(book, data, track)
    rows["attendance"] = _write_attendance(book, data, pseudonymise, track)
    rows["plans"] = _write_plans(book, data, pseudonymise)
    rows["grants"] = _write_grants(book, data, pseudonymise)
    rows["funnel"] = _write_funnel(book, data)
    table = indicators(data)
    rows["indicators"] = write_indicators(book, SHEETS["indicators"], table)
    track.check()
    exported_at = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    write_summary(
        book,
        summary_ws,
        data,
        rows,
        loan_columns(pseudonymise),
        sheets=SHEETS,
        exported_by=actor.login if pseudonymise else actor.full_name,
        exported_at=exported_at,
        pseudonymise=pseudonymise,
    )
    track.check()
    book.save(path)
    return rows


def export_ledger(
    db: Database,
    out: Path,
    *,
    actor: Actor,
    as_of: date | None = None,
    pseudonymise: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the head-office ledger workbook to ``out`` (all or nothing) and audit the export.

    Raises:
        PermissionDenied: the actor may not export the ledger (supervisors and administrators).
        ExportCancelled: ``cancelled()`` answered true; no file was left and nothing audited.
    """
    require_export(actor, "export.ledger")
    as_of = as_of or date.today()
    track = Tracker(0, progress, cancelled)
    track.check()
    if progress is not None:
        progress(0, 1)  # loading and replaying the office comes first (a few seconds at 10,000)
    data = office_data(db, as_of)
    installments = sum(len(s.installments) for s in data.states.values() if s.status != "pending")
    attendance = sum(len(c.rows) for c in data.courses)
    track.total = max(len(data.loans) + data.entry_count + installments + attendance, 1)
    out = Path(out)
    with atomic_output(out) as tmp:
        rows = write_ledger(db, tmp, data, actor=actor, pseudonymise=pseudonymise, track=track)
        track.check()
        record_export(
            db,
            actor=actor,
            action="export.ledger",
            entity="office",
            entity_id=data.office.district_id,
            rows=sum(rows.values()),
            pseudonymised=pseudonymise,
            path=out,
            as_of=as_of,
            sheets=rows,
        )
    track.finish()
    return ExportResult(out, rows)
