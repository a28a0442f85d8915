"""Sync tables (#5): conflict records (synced) and the local "Needs attention" list.

* ``SyncConflict`` rows are made by the server when two devices changed the same field since
  they last agreed, when a change arrives for a tombstoned record, or when money arriving breaks
  an invariant (a repayment on a written-off loan). They sync to every device of the district,
  so a supervisor on any laptop sees them; resolving one is an ordinary local edit (outbox).
* ``NeedsAttention`` stays on this laptop: a local change the server refused for a reason (not a
  network fault), set aside with that reason so it does not block the rest of the outbox, or a
  pulled change this database could not store.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.base import MutableRow
from app.vocabulary import CONFLICT_KINDS  # noqa: F401  (#12: the codes in one place)


class SyncConflict(MutableRow, table=True):
    """One losing value (or one flagged money change) for a supervisor to review.

    ``current_value`` and ``other_value`` are JSON text of stored values (money as qəpik):
    ``current`` is what the record holds now, ``other`` the value that lost.
    """

    kind: str = Field(default="field", max_length=10)
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36, index=True)
    field: str = Field(default="", max_length=60)
    current_value: str = Field(default="null")
    other_value: str = Field(default="null")
    other_device: str = Field(default="", max_length=36)
    other_hlc: str = Field(default="", max_length=64)
    detected_at: datetime
    message: str = Field(default="", max_length=300)
    resolved: bool = Field(default=False, index=True)
    resolution: str = Field(default="", max_length=10)  # current | other
    resolved_by: str | None = Field(default=None, max_length=36)


class NeedsAttention(SQLModel, table=True):
    """A change set aside with the server's reason (``direction`` push) or a pulled change this
    database could not store (``direction`` pull). ``change`` is the frozen JSON of the change."""

    id: int | None = Field(default=None, primary_key=True)
    direction: str = Field(default="push", max_length=4)
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    op: str = Field(max_length=8)
    change: str
    status: int = 0
    reason: str = Field(default="", max_length=500)
    created_at: datetime
