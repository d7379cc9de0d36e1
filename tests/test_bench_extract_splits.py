"""bench/extract_splits.py, the extraction tuners' keep-rule tool: each group pools its own
splits, development is every other seen split, a split in two groups is refused, and an
unseen (blind) split cannot be named."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import extract_splits  # noqa: E402 - bench/extract_splits.py

from tests.data.articles.labelled import load_split  # noqa: E402


@pytest.fixture
def three_splits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_splits, "SEEN_SPLITS", ("blind2", "blind3", "blind4"))


def _labels(out: str) -> dict[str, int]:
    found = {}
    for line in out.splitlines():
        group, _, rest = line.partition(": ")
        found[group] = int(rest.split(" R ")[1].split("/")[1].split(")")[0])
    return found


def _pledges(name: str) -> int:
    return sum(len(article.pledges) for article in load_split(name))


def test_each_group_pools_its_own_splits(
    three_splits: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert extract_splits.main(["--test=blind2-blind2", "--held=blind4"]) == 0
    assert _labels(capsys.readouterr().out) == {
        "development": _pledges("blind3"),
        "test": _pledges("blind2"),
        "held": _pledges("blind4"),
    }


def test_a_split_in_two_groups_is_refused(three_splits: None) -> None:
    with pytest.raises(SystemExit, match="blind3 is in both"):
        extract_splits.main(["--test=blind2-blind3", "--check=blind3"])


def test_an_unseen_split_cannot_be_named(three_splits: None) -> None:
    with pytest.raises(SystemExit, match="not a seen split: blind5"):
        extract_splits.main(["--test=blind5"])


def test_without_a_test_group_it_prints_its_usage(
    three_splits: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert extract_splits.main(["--check=blind2"]) == 2
    assert "Run from the repository root" in capsys.readouterr().out
