"""bench/deadline_splits.py, the tuners' keep-rule tool: the `--check` group is taken out of
development and printed as one total, like the test group, and a set cannot be in both."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import deadline_splits  # noqa: E402 - bench/deadline_splits.py
import deadlines  # noqa: E402 - bench/deadlines.py


@pytest.fixture
def three_sets(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Score only three small seen sets; returns each one's case count."""
    chosen = [
        row
        for row in deadlines.SEEN_SETS
        if row[1] in {"blind_fresh2", "blind_fresh3", "blind_fresh4"}
    ]
    assert len(chosen) == 3
    monkeypatch.setattr(deadline_splits, "SEEN_SETS", tuple(chosen))
    return {module: len(cases) for _, module, cases in chosen}


def _totals(out: str) -> dict[str, int]:
    found = {}
    for line in out.splitlines():
        group, _, figure = line.partition(": ")
        if group in {"development", "test", "check"}:
            found[group] = int(figure.split("/")[1].split()[0])
    return found


def test_check_is_its_own_group(
    three_sets: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert deadline_splits.main(["--test=fresh2-fresh2", "--check=fresh3-fresh3"]) == 0
    assert _totals(capsys.readouterr().out) == {
        "development": three_sets["blind_fresh4"],
        "test": three_sets["blind_fresh2"],
        "check": three_sets["blind_fresh3"],
    }


def test_check_sets_never_print_misses(
    three_sets: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert deadline_splits.main(["--test=fresh2-fresh2", "--check=fresh3-fresh3", "--misses"]) == 0
    misses = [line for line in capsys.readouterr().out.splitlines() if line.startswith("MISS ")]
    assert misses, "blind_fresh4 has development misses to print"
    assert all(line.startswith("MISS blind_fresh4:") for line in misses)


def test_without_check_there_is_no_check_line(
    three_sets: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert deadline_splits.main(["--test=fresh2-fresh2"]) == 0
    assert set(_totals(capsys.readouterr().out)) == {"development", "test"}


def test_a_set_in_both_groups_is_refused(three_sets: dict[str, int]) -> None:
    with pytest.raises(SystemExit, match="in both --test and --check: blind_fresh3"):
        deadline_splits.main(["--test=fresh2-fresh3", "--check=fresh3-fresh4"])


def test_an_unseen_set_cannot_be_named(three_sets: dict[str, int]) -> None:
    with pytest.raises(SystemExit, match=r"not a seen set: blind_fresh5 \(see SEEN_SETS\)"):
        deadline_splits.main(["--test=fresh2-fresh5"])


@pytest.mark.parametrize(
    "argv", [["--test=", "--misses"], ["--test=fresh2-fresh2", "--check=", "--misses"]]
)
def test_an_empty_group_is_refused_before_any_case_prints(
    three_sets: dict[str, int], capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    # "--test=$TEST12" with the variable unset: every set would fall to development and
    # --misses would print the test and check sets' cases.
    assert deadline_splits.main(argv) == 2
    out = capsys.readouterr().out
    assert "empty --test or --check value" in out
    assert "MISS " not in out
