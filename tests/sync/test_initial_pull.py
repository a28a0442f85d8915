"""#5: a whole office pulled onto a fresh laptop arrives exactly as it was written.

The demo office writes rows the way the bulk writer does (a column left at its default is not
in the pushed fields), which is what the pull's fast driver-level insert must fill in.
"""

from __future__ import annotations

from app.demo.build import build_demo
from app.store import open_database
from app.sync.client import sync_once
from app.sync.enroll import enroll
from tests.sync.helpers import count, replica


def test_a_fresh_laptop_pulls_the_whole_office_identical_to_the_first(server, tmp_path):
    first = open_database(tmp_path / "first.sqlite")
    build_demo(first, district="Ağdam", beneficiaries=40, seed=5)
    enroll(first, server_url=server.url, code=server.code("Ağdam"))
    assert sync_once(first).pushed > 0

    fresh = open_database(tmp_path / "fresh.sqlite")
    enroll(fresh, server_url=server.url, code=server.code("Ağdam"))
    result = sync_once(fresh)

    assert result.checksum_ok
    assert count(fresh, "SELECT count(*) FROM needsattention") == 0
    ours, theirs = replica(first), replica(fresh)
    assert sum(map(len, theirs.values())) == result.pulled > 500
    for table in ours:
        assert theirs[table] == ours[table], table
    first.close()
    fresh.close()
