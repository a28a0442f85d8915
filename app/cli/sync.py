"""Sync commands of ``fieldbook`` (DESIGN §7): server, server enroll/revoke, enroll, sync.

Imports stay inside the commands so that ``fieldbook --help`` does not load FastAPI.
"""

from __future__ import annotations

import argparse
from typing import Any


def _server_url(args: argparse.Namespace) -> str:
    from app.sync.server.run import default_url

    return args.db or default_url()


def cmd_server(args: argparse.Namespace, h: Any) -> int:
    from app.sync.server.db import SchemaError
    from app.sync.server.run import ServeError, serve

    try:
        serve(
            _server_url(args),
            host=args.host,
            port=args.port,
            workers=args.workers,
            certfile=args.certfile,
            keyfile=args.keyfile,
        )
    except (ServeError, SchemaError) as e:
        raise h.CliError(str(e)) from None
    return 0


def _server_engine(args: argparse.Namespace, h: Any):
    from app.sync.server import db as t

    try:
        return t.make_engine(_server_url(args))
    except t.SchemaError as e:
        raise h.CliError(str(e)) from None


def _trust_settings(args: argparse.Namespace) -> None:
    """``--ca-file`` and ``--insecure-http`` are the environment settings the transport reads."""
    import os

    from app.sync.transport import ALLOW_HTTP_ENV, CA_FILE_ENV

    if args.ca_file:
        os.environ[CA_FILE_ENV] = args.ca_file
    if args.insecure_http:
        os.environ[ALLOW_HTTP_ENV] = "1"


def cmd_server_enroll(args: argparse.Namespace, h: Any) -> int:
    from app.sync.server import auth

    if not args.head_office and not args.district:
        raise h.CliError("name the district (--district NAME) or ask for --head-office")
    engine = _server_engine(args, h)
    try:
        code = auth.new_code(
            engine, district=args.district, head_office=args.head_office, code=args.code
        )
    except auth.AuthError as e:
        raise h.CliError(e.message) from None
    finally:
        engine.dispose()
    who = "a head-office account" if args.head_office else f"one device in {args.district}"
    print(f"One-time enrollment code for {who} (valid 7 days):")
    print(code)
    return 0


def cmd_server_revoke(args: argparse.Namespace, h: Any) -> int:
    from app.sync.server import auth

    engine = _server_engine(args, h)
    try:
        n = auth.revoke(engine, args.device)
    finally:
        engine.dispose()
    if n == 0:
        raise h.CliError(f"no enrolled device {args.device!r} (or it is already revoked)")
    print(f"Revoked {args.device}.")
    return 0


def cmd_enroll(args: argparse.Namespace, h: Any) -> int:
    from app.sync.client import SyncError
    from app.sync.enroll import enroll
    from app.sync.transport import UnsafeServer

    _trust_settings(args)
    db = h.open_db(args.db, args.login, create=True)
    try:
        done = enroll(db, server_url=args.server, code=args.code)
    except (SyncError, UnsafeServer) as e:
        raise h.CliError(e.message) from None
    finally:
        db.close()
    print(f"Enrolled as {done.device_name} in {done.district}; token kept in {done.token_store}.")
    return 0


def cmd_sync(args: argparse.Namespace, h: Any) -> int:
    from app.sync.client import SyncError, sync_once
    from app.sync.transport import UnsafeServer

    _trust_settings(args)
    db = h.existing_db(args.db, args.login)
    try:
        result = sync_once(db, server_url=args.server)
    except (SyncError, UnsafeServer) as e:
        raise h.CliError(e.message) from None
    finally:
        db.close()
    out = {
        "pushed": result.pushed,
        "pulled": result.pulled,
        "conflicts": result.conflicts,
        "pending": result.pending,
        "needs_attention": result.needs_attention,
        "checksum_ok": result.checksum_ok,
        "finished_at": result.finished_at.isoformat(),
    }
    if args.json:
        h.print_json(out)
    else:
        print(
            f"Sent {result.pushed}, received {result.pulled}; {result.pending} waiting, "
            f"{result.conflicts} conflicts to review, {result.needs_attention} need attention."
        )
    return 0


def cmd_attention(args: argparse.Namespace, h: Any) -> int:
    """The "Needs attention" list: changes the server refused and pulled rows this database
    could not store, each with its reason; ``--retry`` tries them again (#11)."""
    from app.services.conflicts import list_needs_attention
    from app.sync.merge import retry_attention

    db = h.existing_db(args.db, args.login)
    try:
        retried = retry_attention(db, args.id or None) if args.retry else None
        rows = list_needs_attention(db)
    finally:
        db.close()
    out: dict[str, Any] = {
        "needs_attention": [
            {
                "id": r.id,
                "direction": r.direction,
                "table": r.table,
                "row_id": r.row_id,
                "status": r.status,
                "reason": r.reason,
                "since": r.created_at.isoformat(),
            }
            for r in rows
        ]
    }
    if retried is not None:
        out["retried"], out["still"] = retried.done, retried.still
    if args.json:
        h.print_json(out)
        return 0
    if retried is not None:
        print(f"Tried again: {retried.done} went through, {retried.still} still need attention.")
    if not rows:
        print("Nothing needs attention.")
    for r in rows:
        where = "refused by the server" if r.direction == "push" else "could not be stored here"
        print(f"#{r.id}  {r.table} {r.row_id}  {where}: {r.reason}")
    return 0


def _trust_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ca-file",
        help="trust only the CA certificates in this PEM file (env FIELDBOOK_CA_FILE); "
        "default: the system's",
    )
    p.add_argument(
        "--insecure-http",
        action="store_true",
        help="allow plain http:// to a public address (env FIELDBOOK_ALLOW_HTTP=1)",
    )


def register(sub: Any, h: Any) -> None:
    """Add the sync commands to the ``fieldbook`` parser (called by ``app.cli``)."""
    srv = sub.add_parser("server", help="the central sync server")
    srv.add_argument("--db", help="SQLite file or PostgreSQL URL (default: the data folder)")
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument("--port", type=int, default=8765)
    srv.add_argument("--workers", type=h.positive_int, default=1)
    srv.add_argument("--certfile", help="serve HTTPS with this PEM certificate (chain)")
    srv.add_argument("--keyfile", help="the PEM private key of --certfile")
    srv.set_defaults(func=lambda a: cmd_server(a, h))
    ssub = srv.add_subparsers(dest="server_command", metavar="COMMAND")

    en = ssub.add_parser("enroll", help="print a one-time enrollment code")
    en.add_argument("--db", help="SQLite file or PostgreSQL URL")
    en.add_argument("--district", help="district name, e.g. Xaçmaz")
    en.add_argument("--code", help="three-letter code of a new district (default: known list)")
    en.add_argument("--head-office", action="store_true", help="an account that reads all")
    en.set_defaults(func=lambda a: cmd_server_enroll(a, h))

    rv = ssub.add_parser("revoke", help="revoke an enrolled device")
    rv.add_argument("--db", help="SQLite file or PostgreSQL URL")
    rv.add_argument("--device", required=True, help="device id or name (XAC-3)")
    rv.set_defaults(func=lambda a: cmd_server_revoke(a, h))

    e = sub.add_parser("enroll", help="register this database's device with a server")
    e.add_argument("--db", required=True)
    e.add_argument(
        "--server", required=True, help="server address, e.g. https://sync.example.az:8765"
    )
    e.add_argument("--code", required=True, help="the one-time code from head office")
    _trust_flags(e)
    e.set_defaults(func=lambda a: cmd_enroll(a, h))

    s = sub.add_parser("sync", help="push pending changes, then pull the district's")
    s.add_argument("--db", required=True)
    s.add_argument("--server", help="server address (default: the enrolled one)")
    s.add_argument("--json", action="store_true")
    _trust_flags(s)
    s.set_defaults(func=lambda a: cmd_sync(a, h))

    at = sub.add_parser("attention", help="changes set aside by sync, with a retry")
    at.add_argument("--db", required=True)
    at.add_argument("--retry", action="store_true", help="try them again")
    at.add_argument("--id", type=int, action="append", help="only this one (repeatable)")
    at.add_argument("--json", action="store_true")
    at.set_defaults(func=lambda a: cmd_attention(a, h))
