"""Alembic migrations of the sync server's own tables (``srv_*``), apart from the client's.

``app.sync.server.db.migrate`` runs them on every server start; ``python -m
app.sync.server.migrations "what changed"`` writes the next revision (docs/sync.md).
"""
