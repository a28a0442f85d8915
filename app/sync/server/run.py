"""Starting the server: one process, or ``--workers N`` processes sharing one database."""

from __future__ import annotations

import os

from app.sync.server import db as t


def default_url() -> str:
    import platformdirs

    folder = platformdirs.user_data_dir("Fieldbook", "Fieldbook")
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, "server.sqlite")


def serve(db_url: str, *, host: str = "127.0.0.1", port: int = 8765, workers: int = 1) -> None:
    import uvicorn

    t.make_engine(db_url).dispose()  # create the tables once, before any worker starts
    if workers > 1:
        os.environ["FIELDBOOK_SERVER_DB"] = db_url
        uvicorn.run(
            "app.sync.server.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
        )
        return
    from app.sync.server.app import create_app

    uvicorn.run(create_app(db_url), host=host, port=port, log_level="warning")
