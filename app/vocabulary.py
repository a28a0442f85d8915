"""One vocabulary (#12): the codes Fieldbook stores, each with its one English label.

Codes stay English in the database, in JSON and on the wire; a person reads a label. Each table
maps a code to its English label, marked with :func:`app.text.word` so that ``make translations``
files it for the printed documents (context ``documents``, read without Qt by
``app.reports.paper``) and, through the generated ``app/ui/label_messages.py``, for the interface
(context ``labels``). Both faces start from these same English words: the PDFs and the workbook
through ``app.reports.labels``, the screens through ``app.ui.labels`` (which capitalise the first
letter for a table cell). No other module holds a word for a code.

This module is plain data below everything (models, ledger, queries, services, reports, ui): it
imports only :mod:`app.text`.
"""

from __future__ import annotations

from app.text import word

# -- loan status: two lists, because they answer two questions ------------------------------
LOAN_STATUSES = ("proposed", "approved", "active", "closed", "written_off", "cancelled")
"""The status *stored* on a loan row (``Loan.status``), set by the use cases: proposed by an
officer (#13), active once disbursed, closed when repaid, written off, or cancelled before
disbursement; ``approved`` is what loans made before #13 were created as. A proposed loan's
decision is not stored on the row but in its immutable ``LoanDecision`` events (two supervisors
deciding offline never conflict): it reads as ``approved`` or ``rejected`` by the first decision
recorded (``app.queries.loans``). The sync boundary checks a pushed loan against this list."""

REPLAYED_LOAN_STATUSES = ("pending", "active", "closed", "written_off")
"""The status the loan math *derives* by replaying the ledger (``ledger.LoanState.status``):
pending (nothing disbursed yet), active, closed (nothing left owing) or written off. Stored
``proposed``, ``approved`` and ``cancelled`` all replay as ``pending``."""

# -- the labels ------------------------------------------------------------------------------
SEX = {"F": word("female"), "M": word("male")}
CATEGORY = {
    "mine_survivor": word("mine survivor"),
    "family_member": word("family member"),
    "idp": word("internally displaced person"),
    "returning_migrant": word("returning migrant"),
    "other_vulnerable": word("other vulnerable group"),
}
CASE_STATUS = {"open": word("open"), "closed": word("closed")}
ROLE = {
    "loan_officer": word("loan officer"),
    "trainer": word("trainer"),
    "supervisor": word("supervisor"),
    "administrator": word("administrator"),
}
LOAN_STATUS = {
    "proposed": word("proposed"),
    "approved": word("approved"),
    "active": word("active"),
    "closed": word("repaid"),
    "written_off": word("written off"),
    "cancelled": word("cancelled"),
}
ENTRY_KIND = {
    "disbursement": word("disbursement"),
    "repayment": word("repayment"),
    "fee": word("fee"),
    "penalty": word("penalty"),
    "write_off": word("write-off"),
    "reversal": word("reversal"),
}
INSTALLMENT_STATUS = {
    "paid": word("paid"),
    "partly paid": word("partly paid"),
    "due": word("due"),
    "overdue": word("overdue"),
}
PLAN_STATUS = {  # derived from the plan's events (#13, ``app.queries.plans``)
    "submitted": word("submitted"),
    "approved": word("approved"),
    "rejected": word("rejected"),
    "sent_back": word("sent back"),
}
PLAN_EVENT = {  # what happened to a plan (#13): a score, a decision, a resubmission
    "review": word("scored"),
    "approve": word("approved"),
    "reject": word("rejected"),
    "send_back": word("sent back"),
    "resubmit": word("resubmitted"),
}
PLAN_DECISIONS = ("approve", "reject", "send_back")  # a supervisor's; ``resubmit`` is the officer's
BUDGET_SOURCE = {  # who pays for a line of a plan's budget
    "own": word("own contribution"),
    "grant": word("in-kind grant"),
    "loan": word("loan"),
}
GRANT_STATUS = {"prepared": word("prepared"), "handed_over": word("handed over")}
RUBRIC_CRITERION = {  # the rubric that ships (#13): code → criterion; the office may edit it
    "market": word("Market: customers and competition known"),
    "skills": word("Skills and experience for this business"),
    "viability": word("Viability: prices, costs and cash flow"),
    "budget": word("Realistic budget and own contribution"),
    "impact": word("Jobs and benefit for the family"),
}
DEFAULT_RUBRIC = (("market", 25), ("skills", 20), ("viability", 25), ("budget", 15), ("impact", 15))
"""The shipped rubric's criteria and weights (sum 100); each marked 0–5 by a reviewer."""
LOAN_DECISION = {"approved": word("approved"), "rejected": word("rejected")}  # #13: a supervisor's
LOAN_WARNING = {  # #13: what a proposal must explain in writing (stored on the loan)
    "active_loan": word("already has a loan"),
    "no_training": word("has not completed a training"),
    "no_plan": word("has no approved business plan"),
}
FREQUENCY = {"monthly": word("monthly"), "weekly": word("weekly")}
METHOD = {"declining": word("declining balance"), "flat": word("flat interest")}
YES_NO = {True: word("yes"), False: word("no")}
AMORTIZATION = {
    "equal-installments": word("equal installments"),
    "equal-principal": word("equal principal"),
}
ALLOCATION_PART = {  # what a repayment pays, in a product's allocation order
    "penalty": word("penalty"),
    "fee": word("fee"),
    "interest": word("interest"),
    "principal": word("principal"),
}

# -- the codes: one definition each ----------------------------------------------------------
# The models, the rule table (``app.models.rules``) and the loan math (``app.ledger``) import
# these lists; where a code has a label, its list is its label table's keys (one definition).
SEXES = tuple(SEX)
CATEGORIES = tuple(CATEGORY)
CASE_STATUSES = tuple(CASE_STATUS)
ROLES = tuple(ROLE)
ENTRY_KINDS = tuple(ENTRY_KIND)
PLAN_STATUSES = tuple(PLAN_STATUS)
PLAN_EVENTS = tuple(PLAN_EVENT)
BUDGET_SOURCES = tuple(BUDGET_SOURCE)
GRANT_STATUSES = tuple(GRANT_STATUS)
LOAN_DECISIONS = tuple(LOAN_DECISION)
LOAN_WARNINGS = tuple(LOAN_WARNING)
METHODS = tuple(METHOD)
FREQUENCIES = tuple(FREQUENCY)
AMORTIZATIONS = tuple(AMORTIZATION)
ROUNDINGS = ("half-up", "half-even")  # a product's rounding of the qəpik; shown as the code
CONFLICT_KINDS = ("field", "deleted", "money")  # a sync conflict's kind (``SyncConflict.kind``)

TABLES: dict[str, dict] = {
    "sex": SEX,
    "category": CATEGORY,
    "case_status": CASE_STATUS,
    "role": ROLE,
    "loan_status": LOAN_STATUS,
    "entry_kind": ENTRY_KIND,
    "installment_status": INSTALLMENT_STATUS,
    "plan_status": PLAN_STATUS,
    "plan_event": PLAN_EVENT,
    "budget_source": BUDGET_SOURCE,
    "grant_status": GRANT_STATUS,
    "rubric_criterion": RUBRIC_CRITERION,
    "loan_decision": LOAN_DECISION,
    "loan_warning": LOAN_WARNING,
    "frequency": FREQUENCY,
    "method": METHOD,
    "yes_no": YES_NO,
    "amortization": AMORTIZATION,
    "allocation_part": ALLOCATION_PART,
}
"""Every table by name: what ``update.py`` shows ``lupdate`` and what the tests walk."""
