"""``fieldbook product add|list|retire``: the office's loan products from the command line (#13).

A new office cannot lend before it has a product; a supervisor or administrator adds them here
or in Settings → Loan products. Registered by ``app.cli`` (``build_parser``); imports stay
inside the commands so that other commands start without SQLAlchemy.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.money import json_amount
from app.vocabulary import AMORTIZATIONS, FREQUENCIES, METHODS, ROUNDINGS


def _product_json(p: Any) -> dict:
    return {
        "id": p.id,
        "name": p.name,
        "rate": json_amount(p.rate),
        "method": p.method,
        "amortization": p.amortization,
        "frequency": p.frequency,
        "min_term": p.min_term,
        "max_term": p.max_term,
        "min_principal": json_amount(p.min_principal),
        "max_principal": json_amount(p.max_principal),
        "grace": p.grace,
        "multiple": None if p.multiple is None else json_amount(p.multiple),
        "rounding": p.rounding,
        "allocation_order": p.allocation_order,
        "active": p.active,
        "loans": p.loans,
    }


def register(sub: Any, h: Any) -> None:
    """Add ``product`` to the ``fieldbook`` parser."""

    def cmd_add(args: argparse.Namespace) -> int:
        from app.services import loans

        db = h.existing_db(args.db, args.login)
        try:
            product_id = loans.create_product(
                db, actor=h.actor(db, args.officer), name=args.name, rate=args.rate,
                method=args.method, amortization=args.amortization, frequency=args.frequency,
                min_term=args.min_term, max_term=args.max_term,
                min_principal=args.min_principal, max_principal=args.max_principal,
                grace=args.grace, multiple=args.multiple, rounding=args.rounding,
                allocation_order=args.allocation_order,
            )  # fmt: skip
        finally:
            db.close()
        if args.json:
            h.print_json({"id": product_id, "name": args.name.strip()})
        else:
            print(f"Loan product added: {args.name.strip()} ({product_id})")
        return 0

    def cmd_list(args: argparse.Namespace) -> int:
        from app.queries.office import products

        db = h.existing_db(args.db, args.login)
        try:
            rows = products(db, retired=args.all)
        finally:
            db.close()
        if args.json:
            h.print_json([_product_json(p) for p in rows])
            return 0
        if not rows:
            print(
                "No loan products yet. Add one: fieldbook product add --db FILE --name … --rate …"
            )
            return 0
        for p in rows:
            state = "" if p.active else "  [retired]"
            print(
                f"{p.name}: {p.rate}% {p.method}, {p.frequency}, {p.min_term}–{p.max_term} "
                f"installments, {p.min_principal}–{p.max_principal} AZN, "
                f"{p.loans} loan(s){state}  ({p.id})"
            )
        return 0

    def cmd_retire(args: argparse.Namespace) -> int:
        from app.queries.office import products
        from app.services import loans

        db = h.existing_db(args.db, args.login)
        try:
            wanted = args.product.strip().casefold()
            found = [p for p in products(db) if wanted in (p.id, p.name.casefold())]
            if len(found) != 1:
                raise h.CliError(
                    f"no active loan product named {args.product!r}"
                    if not found
                    else f"{len(found)} active products are named {args.product!r}: give the id"
                )
            loans.retire_product(db, actor=h.actor(db, args.officer), product_id=found[0].id)
        finally:
            db.close()
        if args.json:
            h.print_json({"id": found[0].id, "retired": True})
        else:
            print(f"Retired: {found[0].name}. Its loans go on as they are; no new loan can use it.")
        return 0

    p = sub.add_parser("product", help="loan products: add, list, retire")
    psub = p.add_subparsers(dest="product_command", metavar="ACTION", required=True)

    add = psub.add_parser("add", help="add a loan product")
    add.add_argument("--db", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--rate", required=True, help="nominal annual rate in percent, e.g. 18")
    add.add_argument("--method", choices=METHODS, default="declining")
    add.add_argument("--amortization", choices=AMORTIZATIONS, default="equal-installments")
    add.add_argument("--frequency", choices=FREQUENCIES, default="monthly")
    add.add_argument("--min-term", dest="min_term", type=h.positive_int, default=3)
    add.add_argument("--max-term", dest="max_term", type=h.positive_int, default=24)
    add.add_argument("--min-principal", dest="min_principal", default="100")
    add.add_argument("--max-principal", dest="max_principal", default="10000")
    add.add_argument("--grace", type=int, default=0, help="installments of interest only")
    add.add_argument("--multiple", help="round installments up to a multiple of this amount")
    add.add_argument("--rounding", choices=ROUNDINGS, default="half-up")
    add.add_argument(
        "--allocation-order", dest="allocation_order", default="penalty,fee,interest,principal"
    )
    add.add_argument("--officer", help="login of the supervisor adding it (default: first admin)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add)

    ls = psub.add_parser("list", help="the office's loan products")
    ls.add_argument("--db", required=True)
    ls.add_argument("--all", action="store_true", help="retired products too")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    rt = psub.add_parser("retire", help="no new loans from a product (its loans go on)")
    rt.add_argument("--db", required=True)
    rt.add_argument("product", help="the product's name or id")
    rt.add_argument("--officer", help="login of the supervisor retiring it (default: first admin)")
    rt.add_argument("--json", action="store_true")
    rt.set_defaults(func=cmd_retire)
