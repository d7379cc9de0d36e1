"""bench/lateness.py end to end at a tiny size: two real dispatcher processes on the
real clock share one SQLite file, one is SIGKILLed halfway and started again, and every
alert of the window still goes out, each by the process owning its server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "lateness.py"


def test_two_processes_send_every_alert_once_across_a_kill():
    done = subprocess.run(
        [sys.executable, str(BENCH), "--engine", "sqlite", "--pledges", "200"]
        + ["--servers", "10", "--window", "5", "--lead", "4", "--grace", "30"]
        + ["--kill", "--json"],
        capture_output=True,
        text=True,
        # Only a guard against a hung run: under a load of 12 on 2 cores each of the three
        # worker processes took over 40 s to import its way up (the run waits for them).
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    counts = json.loads(done.stdout.strip().splitlines()[-1])["sqlite"]
    total = counts["overall"]
    assert (total["due"], total["sent"], total["missing"]) == (200, 200, 0), done.stdout
    # Both halves had alerts: the shard rule split the servers.
    assert counts["worker 0"]["due"] > 0 and counts["worker 1"]["due"] > 0, done.stdout
    assert total["foreign"] == 0 and total["unknown"] == 0, done.stdout
    assert total["processes"] == 3, done.stdout  # worker 1 ran twice: killed and restarted
    # Every message sent carries the window's alerts (one, or a digest of several), and
    # a resend after the kill reuses its nonce, so Discord posts it once.
    assert total["messages"] == total["nonces"] + total["resends"], done.stdout
