"""The central sync server (#5): FastAPI over SQLAlchemy; SQLite by default, PostgreSQL at scale."""
