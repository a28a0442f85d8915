"""Starting the server: one process, or ``--workers N`` processes sharing one database.

``certfile``/``keyfile`` make it serve HTTPS (uvicorn's ``ssl_certfile``/``ssl_keyfile``). The
tables are brought to the newest migration before any worker starts (``db.migrate``).
"""

from __future__ import annotations

import os
import ssl

from app.sync.server import db as t


def default_url() -> str:
    import platformdirs  # here, like uvicorn and the app below: the CLI registers this module

    folder = platformdirs.user_data_dir("Fieldbook", "Fieldbook")
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, "server.sqlite")


class ServeError(Exception):
    """The server cannot start as asked (one line for a person)."""


def check_tls(certfile: str | None, keyfile: str | None) -> dict[str, str]:
    """uvicorn's TLS settings, after checking that the two files exist and make a pair."""
    if not certfile and not keyfile:
        return {}
    if not certfile or not keyfile:
        raise ServeError("HTTPS needs both --certfile and --keyfile")
    for flag, path in (("--certfile", certfile), ("--keyfile", keyfile)):
        if not os.path.isfile(path):
            raise ServeError(f"{flag}: no such file {path}")
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(
            certfile, keyfile, password=lambda: b""
        )
    except (ssl.SSLError, OSError) as e:
        raise ServeError(
            f"cannot serve HTTPS with {certfile} and {keyfile}: {e.strerror or e} "
            "(a PEM certificate and its PEM key, not protected by a password)"
        ) from None
    return {"ssl_certfile": certfile, "ssl_keyfile": keyfile}


def serve(
    db_url: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    workers: int = 1,
    certfile: str | None = None,
    keyfile: str | None = None,
) -> None:
    """Run until stopped. Raises ``ServeError`` before anything starts if TLS files are wrong."""
    import uvicorn  # (and FastAPI below) only for 'fieldbook server run', not at every CLI start

    tls = check_tls(certfile, keyfile)
    t.make_engine(db_url).dispose()  # migrate once, before any worker starts
    if workers > 1:
        os.environ["FIELDBOOK_SERVER_DB"] = db_url
        uvicorn.run(
            "app.sync.server.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            **tls,
        )
        return
    from app.sync.server.app import create_app

    uvicorn.run(create_app(db_url), host=host, port=port, log_level="warning", **tls)
