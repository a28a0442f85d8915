"""Alembic environment of the server's tables: runs on the connection ``db.migrate`` hands over.

Only the ``srv_*`` tables of ``db.meta`` are this environment's: a database shared with anything
else (or a client's own ``alembic_version``) is never compared, altered or dropped. The version
is kept in ``srv_alembic_version``.
"""

from __future__ import annotations

from alembic import context

from app.sync.server import db as t

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` on the command line: open the database in sqlalchemy.url
    import sqlalchemy as sa

    engine = sa.create_engine(t.normalise_url(config.get_main_option("sqlalchemy.url")))
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=t.meta,
    version_table=t.VERSION_TABLE,
    include_name=t.include_name,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copy
)
with context.begin_transaction():
    context.run_migrations()
