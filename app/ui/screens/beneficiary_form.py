"""New and edit case-file form: inline errors, nothing typed is lost, duplicates warned first."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from app.errors import DomainError
from app.models import CASE_STATUSES, CATEGORIES, SEXES
from app.queries.people import Person
from app.services import beneficiaries
from app.ui import labels
from app.ui.common import FormErrors
from app.ui.context import AppContext


def _combo(codes: tuple[str, ...], label) -> QComboBox:
    box = QComboBox()
    for code in codes:
        box.addItem(label(code), code)
    return box


class BeneficiaryForm(QDialog):
    """Register a case file (``profile=None``) or edit one. Enter saves, Esc cancels."""

    def __init__(self, ctx: AppContext, profile: Person | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profile = profile
        self.saved_id: str | None = None
        self.setObjectName("beneficiary_form")
        self.setWindowTitle(
            self.tr("New case file")
            if profile is None
            else self.tr("Edit case file {code}").replace("{code}", profile.code)
        )
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.surname = QLineEdit()
        self.given_name = QLineEdit()
        self.patronymic = QLineEdit()
        self.patronymic.setPlaceholderText(self.tr("e.g. Vaqif qızı"))
        self.sex = _combo(SEXES, labels.sex)
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.village = QLineEdit()
        self.category = _combo(CATEGORIES, labels.category)
        self.disability = QCheckBox(self.tr("Has a disability"))
        self.disability_note = QLineEdit()
        self.disability_note.setPlaceholderText(self.tr("e.g. lower-limb amputation"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+994 50 123 45 67")
        self.id_document = QLineEdit()
        self.consent_given = QCheckBox(self.tr("Consent to keep and share this data was given"))
        self.consent_date = QLineEdit()
        self.consent_date.setPlaceholderText(self.tr("dd.mm.yyyy (empty: today)"))
        self.case_status = _combo(CASE_STATUSES, labels.case_status)
        rows = [
            (self.tr("Surname *"), self.surname, "surname"),
            (self.tr("Given name *"), self.given_name, "given_name"),
            (self.tr("Patronymic"), self.patronymic, "patronymic"),
            (self.tr("Sex *"), self.sex, "sex"),
            (self.tr("Birth date *"), self.birth_date, "birth_date"),
            (self.tr("Village"), self.village, "village"),
            (self.tr("Category *"), self.category, "category"),
            (self.tr("Disability"), self.disability, "disability"),
            (self.tr("Disability note"), self.disability_note, "disability_note"),
            (self.tr("Phone"), self.phone, "phone"),
            (self.tr("ID document"), self.id_document, "id_document"),
            (self.tr("Consent"), self.consent_given, "consent_given"),
            (self.tr("Consent date"), self.consent_date, "consent_date"),
        ]
        if profile is not None:
            rows.append((self.tr("Case status"), self.case_status, "case_status"))
        for label, widget, name in rows:
            widget.setObjectName(name)
            form.addRow(label, widget)
        self.fields = {name: widget for _, widget, name in rows}
        self.errors = FormErrors(form, self.fields)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if profile is not None:
            self._fill(profile)
        self.surname.setFocus()

    def _fill(self, p: Person) -> None:
        self.surname.setText(p.surname)
        self.given_name.setText(p.given_name)
        self.patronymic.setText(p.patronymic)
        self.sex.setCurrentIndex(self.sex.findData(p.sex))
        self.birth_date.setText(p.birth_date.strftime("%d.%m.%Y"))
        self.village.setText(p.village)
        self.category.setCurrentIndex(self.category.findData(p.category))
        self.disability.setChecked(p.disability)
        self.disability_note.setText(p.disability_note)
        self.phone.setText(p.phone)
        self.id_document.setText(p.id_document)
        self.consent_given.setChecked(p.consent_given)
        self.consent_date.setText(p.consent_date.strftime("%d.%m.%Y") if p.consent_date else "")
        self.case_status.setCurrentIndex(self.case_status.findData(p.case_status))

    def values(self) -> dict[str, Any]:
        """What the form holds, named as the service names the fields."""
        out: dict[str, Any] = {
            "surname": self.surname.text(), "given_name": self.given_name.text(),
            "patronymic": self.patronymic.text(), "sex": self.sex.currentData(),
            "birth_date": self.birth_date.text(), "village": self.village.text(),
            "category": self.category.currentData(), "disability": self.disability.isChecked(),
            "disability_note": self.disability_note.text(), "phone": self.phone.text(),
            "id_document": self.id_document.text(),
            "consent_given": self.consent_given.isChecked(),
            "consent_date": self.consent_date.text() or None,
        }  # fmt: skip
        if self.profile is not None:
            out["case_status"] = self.case_status.currentData()
        return out

    def confirm_duplicate(self, codes: list[str]) -> bool:
        """Ask before saving a second case file for what looks like the same person."""
        answer = QMessageBox.question(
            self,
            self.tr("Likely duplicate"),
            self.tr(
                "A case file with the same name and birth date already exists: {codes}.\n\n"
                "Is this a different person? Choose Yes to save a new case file anyway."
            ).replace("{codes}", ", ".join(codes)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save(self, *, confirm_duplicate: bool = False) -> None:
        self.errors.clear()
        values = self.values()
        try:
            if self.profile is None:
                self.saved_id = beneficiaries.register_beneficiary(
                    self.ctx.db, actor=self.ctx.actor, confirm_duplicate=confirm_duplicate,
                    **values,
                )  # fmt: skip
            else:
                if not values["consent_date"]:
                    values.pop("consent_date")
                beneficiaries.edit_beneficiary(
                    self.ctx.db, actor=self.ctx.actor, beneficiary_id=self.profile.id, **values
                )
                self.saved_id = self.profile.id
        except beneficiaries.LikelyDuplicate as dup:
            if self.confirm_duplicate(dup.codes):
                self.save(confirm_duplicate=True)
            else:
                self.errors.show(dup)
            return
        except DomainError as e:
            self.errors.show(e)
            return
        self.ctx.changed(people=frozenset({self.saved_id}))
        self.accept()
