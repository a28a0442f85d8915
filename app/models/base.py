"""Columns shared by every row that syncs (DESIGN §2).

* ``id``: client-generated UUIDv7 string, so laptops create rows offline.
* ``district_id``: every synced row belongs to one district; the server scopes by it.
* ``hlc``: hybrid logical clock of the row's last change, the order used by merge.
* ``device_id``: the device that made that change.
* ``deleted`` (mutable records only): a tombstone; rows are never physically deleted.

Money columns are integer qəpik and named ``*_qepik``; ``app.money`` converts at the edges.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class SyncedRow(SQLModel):
    """An immutable synced row (ledger entries, attendance marks, audit events)."""

    id: str = Field(primary_key=True, max_length=36)
    district_id: str = Field(foreign_key="district.id", index=True, max_length=36)
    hlc: str = Field(default="", max_length=64)
    device_id: str = Field(default="", max_length=36)
    recorded_at: datetime | None = Field(default=None)


class MutableRow(SyncedRow):
    """A record that can be edited and tombstoned (case files, loans before disbursement...)."""

    deleted: bool = Field(default=False)
    updated_at: datetime | None = Field(default=None)
