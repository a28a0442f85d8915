"""Write the next revision of the server's tables: ``python -m app.sync.server.migrations MSG``.

Edit the tables in ``app/sync/server/db.py`` first. This upgrades a scratch SQLite database to
the current head, lets Alembic compare it with ``db.meta`` and writes
``versions/NNNN_<msg>.py`` numbered after the newest one. Read the result before committing it:
Alembic does not see everything (a renamed column looks like a drop and an add; server defaults
and SQLite's WITHOUT ROWID are not compared), and a new NOT NULL column on a table with rows
needs a ``server_default``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from app.sync.server import db as t


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].strip():
        print('usage: python -m app.sync.server.migrations "what changed"', file=sys.stderr)
        return 2
    existing = sorted((t.MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))
    number = int(existing[-1].name.split("_", 1)[0]) + 1 if existing else 1
    with tempfile.TemporaryDirectory() as folder:
        engine = sa.create_engine(f"sqlite:///{Path(folder) / 'scratch.sqlite'}")
        try:
            with engine.begin() as conn:
                cfg = t.alembic_config(conn)
                if existing:
                    command.upgrade(cfg, "head")
                script = command.revision(
                    cfg, message=argv[0], autogenerate=True, rev_id=f"{number:04d}"
                )
        finally:
            engine.dispose()
    print(f"wrote {script.path}")  # type: ignore[union-attr]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
