"""#7: a service refusal reaches the person in the interface language.

The core raises ``ValidationError("… {owed} AZN", owed=…)`` without Qt; ``error_text`` looks the
template up in the ``errors`` context and fills in the values the way the interface writes them.
These tests install Azerbaijani, make real services refuse, and check what a form shows; and
they check that every template the extractor finds is translated in both files.
"""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.errors import DomainError, ValidationError
from app.money import format_amount
from app.queries.loan_views import active_loans, amount_due
from app.resources import resources_dir
from app.services.beneficiaries import register_beneficiary
from app.services.loans import record_repayment
from app.services.office import actor_for
from app.ui.common import FormErrors, error_text
from tests.ui.conftest import settle

TRANSLATIONS = resources_dir() / "translations"


def _extractor():
    path = TRANSLATIONS / "error_templates.py"
    spec = importlib.util.spec_from_file_location("error_templates", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("error_templates", module)  # its dataclass looks itself up there
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


EXTRACTOR = _extractor()


@pytest.fixture
def azerbaijani(qapp, tmp_path, monkeypatch) -> Iterator[None]:
    """Azerbaijani installed (as ``tests/ui/test_translations.py`` does); English afterwards."""
    from app.ui import i18n

    monkeypatch.setenv("FIELDBOOK_SETTINGS", str(tmp_path / "settings.json"))
    assert i18n.install(qapp, "az")
    yield
    i18n.remove(qapp)
    assert i18n.current_language() == "en"


def _refusal(call) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call()
    return caught.value


def _overpayment(db) -> tuple[DomainError, Decimal]:
    loan = active_loans(db)[0]
    owed = amount_due(db, loan.id).total_outstanding
    error = _refusal(
        lambda: record_repayment(
            db, actor=actor_for(db, "loan1"), loan_id=loan.id, amount=owed + 1000
        )
    )
    return error, error.params["owed"]


def _form_with(qtbot, *names: str) -> tuple[QWidget, FormErrors]:
    """A form with one line edit per name, and its inline errors (keep the widget alive)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    form = QFormLayout(widget)
    fields = {name: QLineEdit() for name in names}
    for name, edit in fields.items():
        form.addRow(name, edit)
    return widget, FormErrors(form, fields)


# -- a real refusal, in Azerbaijani ---------------------------------------------------------
def test_an_overpayment_is_refused_in_azerbaijani_with_the_amount_as_money(
    qtbot, azerbaijani, demo_db
):
    error, owed = _overpayment(demo_db)
    assert isinstance(owed, Decimal)
    _widget, errors = _form_with(qtbot, "amount", "paid_on")
    errors.show(error)
    shown = errors.message("amount")
    assert shown == f"borcdan çoxdur: kreditin bütün qalığı {format_amount(owed, locale='az')}"
    assert "₼" in shown and "AZN" not in shown and "owed" not in shown
    assert error.message.startswith("more than is owed")  # the core's English is unchanged


def test_a_bad_birth_date_is_refused_in_azerbaijani_with_what_was_typed(azerbaijani, demo_db):
    admin = actor_for(demo_db, "admin")
    fields = dict(surname="Şükürova", given_name="Gülnarə", sex="F", category="idp")
    error = _refusal(
        lambda: register_beneficiary(demo_db, actor=admin, birth_date="31.02.1990", **fields)
    )
    assert error.field == "birth_date"
    assert error_text(error) == "'31.02.1990' tarix deyil (2026-11-22 və ya 22.11.2026 kimi yazın)"
    too_young = _refusal(
        lambda: register_beneficiary(
            demo_db, actor=admin, birth_date=date.today(), today=date.today(), **fields
        )
    )
    assert error_text(too_young).startswith("yaş (0) ")
    assert "doğum tarixini yoxlayın" in error_text(too_young)


def test_the_repayment_screen_shows_the_refusal_in_azerbaijani(qtbot, azerbaijani, make_window):
    window = make_window("loan1")
    screen = window.screens["repayments"]
    settle(qtbot)
    screen.choose(screen.choices[0])
    owed = screen.loan.total_outstanding
    screen.amount.setText(f"{owed + 1000:.2f}")
    screen.confirm = lambda title, question: True  # #14: more than the installment: asked
    screen.save()
    assert screen.errors.message("amount").startswith("borcdan çoxdur: kreditin bütün qalığı ")
    assert screen.amount.text() == f"{owed + 1000:.2f}"  # what was typed stays


def test_dates_and_stored_codes_are_written_the_interface_way(azerbaijani):
    late = ValidationError(
        "the payment date is before the disbursement ({disbursed_on})",
        field="paid_on",
        disbursed_on=date(2026, 3, 5),
    )
    assert error_text(late) == "ödəniş tarixi kreditin verilməsindən (05.03.2026) əvvəldir"
    denied = DomainError("a {role} may not do this ({action})", role="loan officer", action="x")
    assert error_text(denied) == "«kredit mütəxəssisi» rolu buna icazə vermir (x)"


def test_without_a_translation_or_a_fitting_one_the_english_sentence_is_shown(azerbaijani):
    unknown = ValidationError("a sentence nobody translated {x}", field="amount", x=1)
    assert error_text(unknown) == "a sentence nobody translated 1"  # no "amount:" prefix
    broken = ValidationError(
        "more than is owed: the loan's whole balance is {owed} AZN", field="amount", wrong=1
    )
    assert error_text(broken) == broken.message
    assert error_text(RuntimeError("disk full")) == "disk full"


def test_in_english_the_form_shows_the_core_sentence(qtbot, demo_db):
    error, owed = _overpayment(demo_db)
    assert error_text(error) == f"more than is owed: the loan's whole balance is {owed} AZN"


# -- the extraction and the translation files -----------------------------------------------
def test_every_call_passes_the_params_its_template_names_and_none_is_an_f_string():
    sites = EXTRACTOR.find_sites()
    dynamic = [s.where for s in sites if not s.template]
    assert not dynamic, "use a literal template and named params at: " + ", ".join(dynamic)
    wrong = [
        f"{s.where}: {s.template!r} gets {sorted(s.params)}"
        for s in sites
        if s.params is not None and set(EXTRACTOR.placeholders(s.template)) != s.params
    ]
    assert not wrong, "\n".join(wrong)
    assert len(EXTRACTOR.templates()) > 100


def test_the_generated_module_is_up_to_date():
    written = (EXTRACTOR.OUTPUT).read_text(encoding="utf-8")
    assert written == EXTRACTOR.render_module(EXTRACTOR.templates()), "run make translations"


@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_template_is_translated_with_the_same_placeholders(language):
    tree = ET.parse(TRANSLATIONS / f"fieldbook_{language}.ts")
    translated = {
        m.findtext("source"): m.find("translation")
        for ctx in tree.getroot().iter("context")
        if ctx.findtext("name") == "errors"
        for m in ctx.iter("message")
    }
    problems = []
    for template in EXTRACTOR.templates():
        t = translated.get(template)
        if t is None or t.get("type") is not None or not (t.text or "").strip():
            problems.append(f"{template!r} is not translated")
        elif _fields(template) != _fields(t.text or ""):
            problems.append(f"{template!r} -> {t.text!r} changes the placeholders")
    assert not problems, "\n".join(problems)


def _fields(text: str) -> list[str]:
    """Placeholders with their conversion and format: ``{name!r}`` must stay ``{name!r}``."""
    return sorted(m.group(0) for m in EXTRACTOR.FIELD.finditer(text))


def test_a_sync_failure_reads_in_azerbaijani_with_the_servers_reason_inside(azerbaijani, tmp_path):
    from app.store import open_database
    from app.sync.client import SyncError, sync_once

    db = open_database(tmp_path / "alone.sqlite")
    with pytest.raises(SyncError) as caught:
        sync_once(db)  # never enrolled: refused before any network
    assert caught.value.kind == "not_enrolled"
    assert error_text(caught.value) == (
        "bu noutbuk serverə qoşulmayıb: Parametrlər → Sinxronlaşdırma serveri"
    )
    offline = SyncError(
        "offline: {reason}. Unsent changes are kept.", "offline", reason="timed out"
    )
    assert offline.message == "offline: timed out. Unsent changes are kept."  # the CLI's line
    assert error_text(offline) == "oflayn: timed out. Göndərilməmiş dəyişikliklər saxlanılır."
    db.close()


def test_the_new_loan_forms_formula_reads_in_azerbaijani(qtbot, azerbaijani, demo_db):
    from app.ui.context import AppContext
    from app.ui.screens.loan_form import NewLoanDialog

    with demo_db.engine.connect() as conn:
        person = conn.exec_driver_sql("SELECT id FROM beneficiary LIMIT 1").scalar_one()
    form = NewLoanDialog(AppContext(demo_db, actor_for(demo_db, "supervisor")), person)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.principal, "1500")
    form.term.setValue(10)
    shown = form.formula.text()
    assert "Son hissə qalan borcu tam ödəyir." in shown
    assert "last installment" not in shown and "Rounding" not in shown
