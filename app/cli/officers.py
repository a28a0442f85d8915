"""``fieldbook officer add|list|reset-password|deactivate|activate`` (#13): the administrator's
officer tasks from the command line, as in Settings → Officers.

A new password is read from ``FIELDBOOK_NEW_PASSWORD`` when set (scripts), else typed twice at
the terminal; it is never an argument (it would stay in the shell's history). Registered by
``app.cli`` (``build_parser``); imports stay inside the commands.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from app.vocabulary import ROLES

NEW_PASSWORD_ENV = "FIELDBOOK_NEW_PASSWORD"


def _new_password(h: Any, login: str) -> str:
    """From ``FIELDBOOK_NEW_PASSWORD``, else typed twice at the terminal (the CLI's one way of
    asking, ``app.cli._password``)."""
    if NEW_PASSWORD_ENV in os.environ:
        return os.environ[NEW_PASSWORD_ENV]
    first = h.password(login, env=NEW_PASSWORD_ENV, prompt="New password for {login}: ")
    if h.password(login, env=NEW_PASSWORD_ENV, prompt="Again: ") != first:
        raise h.CliError("the two passwords differ; nothing changed")
    return first


def register(sub: Any, h: Any) -> None:
    """Add ``officer`` to the ``fieldbook`` parser."""

    def _key_for(db: Any, login: str, password: str) -> None:
        if db.key is not None:  # an encrypted file: the password opens it on this laptop
            from app.crypto import add_officer_key

            add_officer_key(db.path, db.key, login, password)

    def cmd_add(args: argparse.Namespace) -> int:
        from app.services import office

        db = h.existing_db(args.db, args.login)
        try:
            password = _new_password(h, args.new_login)
            made = office.create_officer(
                db, actor=h.actor(db, args.officer), login=args.new_login,
                full_name=args.name, role=args.role, password=password,
            )  # fmt: skip
            _key_for(db, made.login, password)
        finally:
            db.close()
        if args.json:
            h.print_json({"id": made.officer_id, "login": made.login, "role": made.role})
        else:
            print(f"Officer added: {made.full_name} ({made.login}, {made.role})")
        return 0

    def cmd_list(args: argparse.Namespace) -> int:
        from app.queries.case_files import officers

        db = h.existing_db(args.db, args.login)
        try:
            rows = officers(db)
        finally:
            db.close()
        if args.json:
            h.print_json([{"login": o.login, "full_name": o.full_name, "role": o.role,
                           "active": o.active} for o in rows])  # fmt: skip
            return 0
        for o in rows:
            state = "" if o.active else "  [inactive]"
            print(f"{o.login:16} {o.role:14} {o.full_name}{state}")
        return 0

    def cmd_reset(args: argparse.Namespace) -> int:
        from app.services import office

        db = h.existing_db(args.db, args.login)
        try:
            password = _new_password(h, args.who)
            office.reset_password(db, actor=h.actor(db, args.officer), login=args.who,
                                  password=password)  # fmt: skip
            _key_for(db, args.who.strip().lower(), password)
        finally:
            db.close()
        print(f"New password set for {args.who.strip().lower()}.")
        return 0

    def active(value: bool):
        def cmd(args: argparse.Namespace) -> int:
            from app.services import office

            db = h.existing_db(args.db, args.login)
            try:
                office.set_officer_active(db, actor=h.actor(db, args.officer), login=args.who,
                                          active=value)  # fmt: skip
            finally:
                db.close()
            word = "can sign in again" if value else "can no longer sign in"
            print(f"{args.who.strip().lower()} {word}.")
            return 0

        return cmd

    p = sub.add_parser("officer", help="officers: add, list, reset a password, (de)activate")
    osub = p.add_subparsers(dest="officer_command", metavar="ACTION", required=True)

    def common(q: argparse.ArgumentParser) -> None:
        q.add_argument("--db", required=True)
        q.add_argument("--officer", help="login of the administrator (default: the first one)")

    add = osub.add_parser("add", help=f"add an officer (password from {NEW_PASSWORD_ENV})")
    common(add)
    add.add_argument("new_login", metavar="LOGIN")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", choices=ROLES, default="loan_officer")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add)

    ls = osub.add_parser("list", help="the office's officers")
    ls.add_argument("--db", required=True)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    rp = osub.add_parser("reset-password", help="give an officer a new password")
    common(rp)
    rp.add_argument("who", metavar="LOGIN")
    rp.set_defaults(func=cmd_reset)

    for name, value, text in (
        ("deactivate", False, "an officer who left can no longer sign in"),
        ("activate", True, "let a deactivated officer sign in again"),
    ):
        q = osub.add_parser(name, help=text)
        common(q)
        q.add_argument("who", metavar="LOGIN")
        q.set_defaults(func=active(value))
