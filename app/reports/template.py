"""The Excel template for beneficiary lists (#6), shipped in ``resources/templates``.

``python -m app.reports.template`` rebuilds ``resources/templates/beneficiaries.xlsx`` from
:data:`COLUMNS`, the same table the import reads its headers with, so the two cannot drift.
Headers read "Azerbaijani (English)"; the import accepts either language alone too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.reports import labels
from app.resources import resources_dir


@dataclass(frozen=True)
class Col:
    key: str
    az: str
    en: str
    required: bool
    width: float
    note: str
    aliases: tuple[str, ...] = ()

    @property
    def header(self) -> str:
        return f"{self.az} ({self.en})"


COLUMNS: tuple[Col, ...] = (
    Col("surname", "Soyad", "Surname", True, 16, "Məs. Əliyeva", ("Last name", "Soyadı")),
    Col("given_name", "Ad", "Given name", True, 14, "Məs. Aynur", ("First name", "Name", "Adı")),
    Col("patronymic", "Ata adı", "Patronymic", False, 18, "Məs. Vaqif qızı", ("Father's name",)),
    Col("sex", "Cins", "Sex", True, 8, "qadın / kişi (F / M)", ("Gender",)),
    Col(
        "birth_date",
        "Doğum tarixi",
        "Birth date",
        True,
        13,
        "gün.ay.il, məs. 14.03.1985",
        ("Date of birth", "DOB"),
    ),
    Col("district", "Rayon", "District", False, 12, "boş qalsa: bu ofisin rayonu"),
    Col("village", "Kənd", "Village", False, 16, "Məs. Qusarçay"),
    Col("category", "Kateqoriya", "Category", True, 20, "; ".join(labels.CATEGORY.values())),
    Col("disability", "Əlillik", "Disability", False, 9, "bəli / xeyr"),
    Col("disability_note", "Əlillik qeydi", "Disability note", False, 20, "istəyə görə"),
    Col("phone", "Telefon", "Phone", False, 16, "Məs. +994 50 123 45 67"),
    Col(
        "id_document",
        "Şəxsiyyət vəsiqəsi",
        "ID document",
        False,
        16,
        "Məs. AA1234567",
        ("ID number", "Vəsiqə"),
    ),
    Col("consent_given", "Razılıq", "Consent", False, 9, "bəli / xeyr"),
    Col("consent_date", "Razılıq tarixi", "Consent date", False, 13, "gün.ay.il"),
)

SHEET = "Benefisiarlar"
TEMPLATE_NAME = "beneficiaries.xlsx"


def template_path() -> Path:
    """The shipped template (``resources/templates/beneficiaries.xlsx``)."""
    return resources_dir() / "templates" / TEMPLATE_NAME


def build_template(path: Path) -> Path:
    """Write the template: a header row, lists for the coded columns, and an instruction sheet."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    head_font = Font(name="Arial", bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E78")
    for i, col in enumerate(COLUMNS, 1):
        cell = ws.cell(row=1, column=i, value=col.header)
        cell.font = head_font
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.comment = Comment(("Məcburi. " if col.required else "") + col.note, "Fieldbook")
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = col.width
        if col.key in ("birth_date", "consent_date"):
            for row in range(2, 1002):
                ws.cell(row=row, column=i).number_format = "dd.mm.yyyy"
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "A2"
    lists = {
        "sex": list(labels.SEX.values()),
        "category": list(labels.CATEGORY.values()),
        "disability": list(labels.YES_NO.values()),
        "consent_given": list(labels.YES_NO.values()),
    }
    for i, col in enumerate(COLUMNS, 1):
        if col.key in lists:
            dv = DataValidation(
                type="list", formula1='"' + ",".join(lists[col.key]) + '"', allow_blank=True
            )
            dv.add(f"{get_column_letter(i)}2:{get_column_letter(i)}5000")
            ws.add_data_validation(dv)
    info = wb.create_sheet("Təlimat")
    info.column_dimensions["A"].width = 34
    info.column_dimensions["B"].width = 70
    info.append(["Benefisiar siyahısının idxalı (Fieldbook)"])
    info["A1"].font = Font(name="Arial", bold=True, size=13)
    info.append([])
    info.append(["Sütun", "Nə yazmalı"])
    for col in COLUMNS:
        info.append([col.header, ("Məcburi. " if col.required else "") + col.note])
    info.append([])
    info.append(
        [
            "Qayda",
            "Hər sətir bir nəfərdir. Birinci sətirdəki başlıqları dəyişməyin "
            "(Azərbaycan və ya ingilis dilində ola bilər).",
        ]
    )
    info.append(["", "Fayl əvvəlcə tam yoxlanılır; səhv olan bir sətir də olsa heç nə yazılmır."])
    info.append(
        ["", "Eyni ad, soyad və doğum tarixi olan şəxslər ehtimal olunan dublikat sayılır."]
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


if __name__ == "__main__":  # python -m app.reports.template
    print(build_template(template_path()))
