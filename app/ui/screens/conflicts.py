"""Reports → Conflicts (#5): what two laptops changed differently, for a supervisor to decide.

Nothing was overwritten silently: the value that lost by clock order is kept here. "Keep
current" closes the conflict; "Use the other value" writes it back as a new edit that syncs.
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.errors import DomainError
from app.services.conflicts import (
    ConflictView,
    NeedsAttentionView,
    list_conflicts,
    list_needs_attention,
    resolve_conflict,
    retry_needs_attention,
)
from app.ui.common import WithEmptyState, report_error, table_view
from app.ui.context import AppContext
from app.ui.tablemodels import Column, RowsModel


def _value(v: object) -> str:
    if v is None:
        return "—"
    if isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False)


class ConflictsBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("conflicts")
        self.setTitle(self.tr("Sync conflicts"))
        self.model = RowsModel(
            [Column(self.tr("Record"), lambda c: c.label, width=260),
             Column(self.tr("Value here"), lambda c: _value(c.current_value), width=170),
             Column(self.tr("Other laptop's value"), lambda c: _value(c.other_value), width=170),
             Column(self.tr("From"), lambda c: c.other_device, width=90),
             Column(self.tr("Noticed"), lambda c: c.detected_at.astimezone().strftime(
                 "%d.%m.%Y %H:%M"), width=120),
             Column(self.tr("Why"), lambda c: c.message)],
        )  # fmt: skip
        self.table = table_view(self.model, sortable=False)
        self.table.setObjectName("conflict_table")
        self.body = WithEmptyState(
            self.table, self.tr("No conflicts. Edits from every laptop agree.")
        )
        self.keep_button = QPushButton(self.tr("Keep the value here"))
        self.keep_button.setObjectName("keep_current")
        self.keep_button.clicked.connect(lambda: self.resolve("current"))
        self.other_button = QPushButton(self.tr("Use the other laptop's value"))
        self.other_button.setObjectName("use_other")
        self.other_button.clicked.connect(lambda: self.resolve("other"))
        may = ctx.may("conflict.resolve")
        for b in (self.keep_button, self.other_button):
            b.setEnabled(may)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        if not may:
            buttons.addWidget(QLabel(self.tr("A supervisor resolves conflicts.")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        rows = list_conflicts(self.ctx.db)
        self.model.set_rows(rows)
        self.body.set_empty(not rows)
        self.setTitle(self.tr("Sync conflicts ({n})").replace("{n}", str(len(rows))))

    def selected(self) -> ConflictView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and not self.body.is_empty \
            else None  # fmt: skip

    def resolve(self, keep: str) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        try:
            resolve_conflict(self.ctx.db, actor=self.ctx.actor, conflict_id=conflict.id, keep=keep)
        except DomainError as e:
            report_error(self, e)
            return
        self.refresh()
        self.ctx.changed(people=frozenset({"*"}), loans=frozenset({"*"}))


class AttentionBox(QGroupBox):
    """Changes sync set aside (#11): refused by the server, or pulled rows this database could
    not store. Each keeps its reason; "Try again" runs the same checks again (after an update,
    or once the record it needed has arrived). The rest of the sync never waited for them."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("attention")
        self.setTitle(self.tr("Needs attention"))
        self.model = RowsModel(
            [Column(self.tr("Where"), self._where, width=170),
             Column(self.tr("Record"), lambda a: a.label, width=240),
             Column(self.tr("Since"), lambda a: a.created_at.astimezone().strftime(
                 "%d.%m.%Y %H:%M"), width=120),
             Column(self.tr("Why"), lambda a: a.reason)],
        )  # fmt: skip
        self.table = table_view(self.model, sortable=False)
        self.table.setObjectName("attention_table")
        self.body = WithEmptyState(
            self.table, self.tr("Nothing needs attention: every change went through.")
        )
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("retry_attention")
        self.retry_button.setToolTip(
            self.tr("Try the selected change again, or all of them when none is selected")
        )
        self.retry_button.clicked.connect(self.retry)
        self.result = QLabel("")
        self.result.setObjectName("attention_result")
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

    def _where(self, a: NeedsAttentionView) -> str:
        if a.direction == "push":
            return self.tr("Refused by the server")
        return self.tr("Could not be stored here")

    def refresh(self) -> None:
        rows = list_needs_attention(self.ctx.db)
        self.model.set_rows(rows)
        self.body.set_empty(not rows)
        self.retry_button.setEnabled(bool(rows))
        self.setTitle(self.tr("Needs attention ({n})").replace("{n}", str(len(rows))))

    def retry(self) -> None:
        index = self.table.currentIndex()
        chosen = self.model.row_at(index.row()) if index.isValid() and not self.body.is_empty \
            else None  # fmt: skip
        try:
            got = retry_needs_attention(self.ctx.db, [chosen.id] if chosen else None)
        except DomainError as e:
            report_error(self, e)
            return
        self.result.setText(
            self.tr("{done} went through, {still} still need attention")
            .replace("{done}", str(got.done))
            .replace("{still}", str(got.still))
        )
        self.refresh()
        if got.done:
            self.ctx.changed(people=frozenset({"*"}), loans=frozenset({"*"}))
