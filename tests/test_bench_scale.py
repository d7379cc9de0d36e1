"""bench/scale.py's generated server and bench/replan.py's two paths, end to end at a
tiny size: the generator must keep up with the schema (a migration that adds a NOT NULL
column or a trigger's check broke it once, unnoticed, because nothing ran it), and the
replan's old and new paths must leave the same waiting alerts."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import scale  # noqa: E402 - bench/scale.py


def test_generated_server_is_consistent(tmp_path: Path):
    path = tmp_path / "scale.db"
    scale.generate(path, [(1, 400), (2, 10)])
    db = sqlite3.connect(path)
    pledges, open_ = db.execute(
        "SELECT COUNT(*), SUM(status = 'open') FROM pledges WHERE guild_id = 1"
    ).fetchone()
    assert pledges == 400 and 0 < open_ < 400
    # Every history event names its pledge's server; every ruled pledge has its ruling.
    assert db.execute(
        "SELECT COUNT(*) FROM pledge_events e JOIN pledges p ON p.id = e.pledge_id "
        "WHERE e.guild_id <> p.guild_id"
    ).fetchone() == (0,)
    assert db.execute(
        "SELECT COUNT(*) FROM pledges WHERE status <> 'open' AND ruled_at IS NULL"
    ).fetchone() == (0,)
    # The speaker tallies the triggers keep add up to the server's pledges.
    assert db.execute("SELECT SUM(pledges) FROM speaker_names WHERE guild_id = 1").fetchone() == (
        400,
    )
    # The lean outbox: one waiting alert per open pledge.
    waiting = db.execute(
        "SELECT COUNT(*), COUNT(DISTINCT pledge_id) FROM alert_outbox "
        "WHERE guild_id = 1 AND state = 'pending'"
    ).fetchone()
    assert waiting == (open_, open_)
    db.close()


def test_replan_bench_paths_agree(tmp_path: Path):
    done = subprocess.run(
        [sys.executable, str(BENCH / "replan.py"), "--sizes", "300", "--engines", "sqlite"]
        + ["--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    rows = [line.split() for line in done.stdout.splitlines() if line.split()[:1] == ["sqlite"]]
    assert [row[3] for row in rows] == ["old", "new"], done.stdout
    # The last column fingerprints the waiting alerts each path left.
    assert rows[0][-1] == rows[1][-1], done.stdout
