"""The audit trail: who did what to which record, when, from which device."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from app.models.base import SyncedRow


class AuditEvent(SyncedRow, table=True):
    """Immutable. ``detail`` is JSON text; it never holds passwords or tokens."""

    at: datetime
    officer_id: str | None = Field(default=None, max_length=36)
    action: str = Field(max_length=60, index=True)
    entity: str = Field(max_length=40)
    entity_id: str = Field(default="", max_length=36)
    detail: str = Field(default="{}")
