"""Tables that stay on this laptop: the sync outbox, local state and number counters."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class Outbox(SQLModel, table=True):
    """One local change waiting to be pushed, written in the same transaction as the change.

    ``fields`` is JSON of the changed columns with their stored values (money as qəpik). Once an
    entry is part of a pushed batch its payload is frozen; it is deleted only after the server
    acknowledged it (#5).
    """

    seq: int | None = Field(default=None, primary_key=True)
    change_id: str = Field(max_length=36, unique=True)
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    op: str = Field(max_length=8)  # insert | update | delete
    fields: str
    hlc: str = Field(max_length=64)
    device_id: str = Field(max_length=36)
    district_id: str = Field(max_length=36)
    created_at: datetime
    batch_id: str | None = Field(default=None, max_length=36, index=True)


class LocalState(SQLModel, table=True):
    """Key/value facts about this database: its device, the HLC, the sync cursor."""

    key: str = Field(primary_key=True, max_length=40)
    value: str = Field(default="")


class NumberCounter(SQLModel, table=True):
    """The last human number this device issued, per kind (loan, receipt, beneficiary)."""

    kind: str = Field(primary_key=True, max_length=20)
    last: int = 0
