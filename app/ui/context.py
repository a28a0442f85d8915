"""What every screen shares: the database, the officer logged in, and the changes signal.

Services return what they changed; a screen that wrote something emits ``changes_applied``
with a :class:`app.services.context.Changes`, and every screen refreshes only what concerns it
(STYLE §9). Hidden screens mark themselves stale and refresh when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.queries.directory import Directory
from app.queries.office import Office, office
from app.services.context import Actor, Changes, allowed
from app.store import Database


class AppContext(QObject):
    changes_applied = Signal(object)  # Changes
    status_message = Signal(str)
    repay_requested = Signal(str)  # #14: a loan id; the main window opens repayment entry for it

    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.office: Office = office(db)
        self.directory: Directory | None = None  # loaded off the GUI thread by its screen

    def may(self, action: str) -> bool:
        return allowed(self.actor, action)

    def changed(self, **parts: object) -> None:
        self.changes_applied.emit(Changes(**parts))  # type: ignore[arg-type]
