"""``fieldbook product add|list|retire`` (#13): a new office's first product, by command."""

from __future__ import annotations

import json

from app.cli import main
from tests.builders import an_office, an_officer


def run(capsys, *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def test_add_list_and_retire_on_a_fresh_office(capsys, tmp_path):
    db, admin = an_office(tmp_path)
    an_officer(db, admin, "supervisor", login="nərmin")
    path = str(db.path)
    db.close()
    rc, out, _ = run(capsys, "product", "list", "--db", path)
    assert rc == 0 and "No loan products yet" in out
    rc, out, _ = run(capsys, "product", "add", "--db", path, "--name", "Tikiş emalatxanası",
                     "--rate", "14,5", "--min-term", "6", "--max-term", "18",
                     "--max-principal", "5000", "--officer", "nərmin", "--json")  # fmt: skip
    assert rc == 0
    added = json.loads(out)
    rc, out, _ = run(capsys, "product", "list", "--db", path, "--json")
    (listed,) = json.loads(out)
    assert listed["id"] == added["id"] and listed["rate"] == "14.50"
    assert (listed["min_term"], listed["max_term"], listed["max_principal"]) == (6, 18, "5000.00")
    rc, out, _ = run(capsys, "product", "retire", "--db", path, "tikiş emalatxanası")
    assert rc == 0 and "Retired" in out
    rc, out, _ = run(capsys, "product", "list", "--db", path, "--json")
    assert json.loads(out) == []
    rc, out, _ = run(capsys, "product", "list", "--db", path, "--all")
    assert "[retired]" in out


def test_bad_terms_fail_in_one_line_naming_the_field(capsys, tmp_path):
    db, _ = an_office(tmp_path)
    path = str(db.path)
    db.close()
    rc, out, err = run(capsys, "product", "add", "--db", path, "--name", "X", "--rate", "14",
                       "--min-term", "12", "--max-term", "6")  # fmt: skip
    assert rc != 0 and out == ""
    assert err.strip().count("\n") == 0 and "min_term" in err
    rc, _, err = run(capsys, "product", "retire", "--db", path, "nothing like it")
    assert rc != 0 and "no active loan product" in err
