"""Donor indicators, each disaggregated by sex, age band, disability, beneficiary category
(#13) and district (#6).

Counts come from the case files, the attendance registers and the grants; loan figures come
from the replayed loan states summed by ``ledger.summarize`` for each group, so the "all"
column is exactly ``services.reports.portfolio`` (the same states, the same sums).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from app.ledger import summarize
from app.reports import labels
from app.reports.data import OfficeData, Person

Kind = str  # "int" | "money" | "ratio" (a style kind of app.reports.xlsx)


@dataclass(frozen=True)
class Indicators:
    """A table: ``groups`` are the column headings (with their dimension), ``rows`` the figures."""

    groups: tuple[tuple[str, str], ...]  # (dimension, group label), "all" first
    rows: tuple[tuple[str, Kind, tuple[int | Decimal, ...]], ...]  # (indicator, kind, values)


def _groups(data: OfficeData) -> list[tuple[str, str, Callable[[Person], bool]]]:
    as_of = data.as_of
    out: list[tuple[str, str, Callable[[Person], bool]]] = [("", "Cəmi", lambda p: True)]
    for code, label in labels.SEX.items():
        out.append(("Cins", label, lambda p, c=code: p.sex == c))
    for band in labels.AGE_BANDS:
        out.append(("Yaş", band, lambda p, b=band: labels.age_band(p.birth_date, as_of) == b))
    out.append(("Əlillik", "əlilliyi var", lambda p: p.disability))
    out.append(("Əlillik", "əlilliyi yoxdur", lambda p: not p.disability))
    for code, label in labels.CATEGORY.items():  # #13: mine survivors, IDPs, returning migrants…
        out.append(("Kateqoriya", label, lambda p, c=code: p.category == c))
    for district_id, name in sorted(data.districts.items(), key=lambda kv: kv[1]):
        out.append(("Rayon", name, lambda p, d=district_id: p.district_id == d))
    return out


def indicators(data: OfficeData) -> Indicators:
    """Compute every indicator for every group as of ``data.as_of``."""
    trained: set[str] = set()
    completed: set[str] = set()
    for course in data.courses:
        for line in course.rows:  # app.queries.training: the one rule of each
            if line.trained:
                trained.add(line.beneficiary_id)
            if line.completed:
                completed.add(line.beneficiary_id)
    grant_value: dict[str, int] = {}
    for person, _, value in data.grants:
        grant_value[person] = grant_value.get(person, 0) + value
    borrower = {loan.id: loan.beneficiary_id for loan in data.loans}

    groups = _groups(data)
    columns: list[list[int | Decimal]] = []
    for _, _, member in groups:
        ids = {pid for pid, p in data.people.items() if member(p)}
        states = [s for lid, s in data.states.items() if borrower.get(lid) in ids]
        disbursed = [s for s in states if s.status != "pending"]
        p = summarize(states, as_of=data.as_of)
        columns.append(
            [
                len(ids),
                len(trained & ids),
                len(completed & ids),
                len(grant_value.keys() & ids),
                Decimal(sum(v for k, v in grant_value.items() if k in ids)).scaleb(-2),
                len(disbursed),
                sum((s.disbursed for s in disbursed), Decimal("0.00")),
                p.active_loans,
                p.outstanding_principal,
                p.par1,
                p.par30,
                p.par90,
                p.arrears_rate,
                p.repayment_rate,
            ]
        )
    names = (
        ("Qeydiyyatdan keçən şəxslər", "int"),
        ("Təlimə qatılanlar (ən azı bir gün)", "int"),
        ("Təlimi tamamlayanlar", "int"),
        ("Qrant alanlar", "int"),
        ("Verilmiş qrantların dəyəri", "money"),
        ("Verilmiş kreditlər", "int"),
        ("Verilmiş kreditlərin məbləği", "money"),
        ("Aktiv kreditlər", "int"),
        ("Qalıq əsas borc", "money"),
        ("PAR1", "ratio"),
        ("PAR30", "ratio"),
        ("PAR90", "ratio"),
        ("Gecikmə əmsalı (gecikmiş əsas borc)", "ratio"),
        ("Ödəniş əmsalı", "ratio"),
    )
    rows = tuple(
        (name, kind, tuple(col[i] for col in columns)) for i, (name, kind) in enumerate(names)
    )
    return Indicators(tuple((dim, label) for dim, label, _ in groups), rows)
