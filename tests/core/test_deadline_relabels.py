"""The relabel overlay of tests/data/deadlines/relabels.py (round 13 of issue 12): every row
names one case of its set exactly, cites rules that CONVENTIONS.md has, and changes a label;
the loader leaves every other case as first written."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from tests.data.deadlines.relabels import RELABELS, cases_of, conventional, counts

_CONVENTIONS = (Path(__file__).parents[1] / "data" / "deadlines" / "CONVENTIONS.md").read_text()
_RULES = set(re.findall(r"^([0-9]\.[0-9]) ", _CONVENTIONS, flags=re.MULTILINE))


def test_every_relabel_names_one_case_and_a_rule_and_changes_its_label() -> None:
    for relabel in RELABELS:
        matches = [c for c in cases_of(relabel.module) if c.text == relabel.text]
        assert len(matches) == 1, relabel.text
        first = matches[0]
        assert (first.due, first.vague, first.refusal, first.earliest) != (
            relabel.due,
            relabel.vague,
            relabel.refusal,
            relabel.earliest,
        ), relabel.text
        cited = {rule.strip() for rule in relabel.rule.split(",")}
        assert cited <= _RULES, relabel.rule


def test_the_loader_changes_only_the_relabelledcases_of() -> None:
    for module in sorted({r.module for r in RELABELS}):
        first = cases_of(module)
        mine = {r.text for r in RELABELS if r.module == module}
        for before, after in zip(first, conventional(module, first), strict=True):
            assert (before == after) is (before.text not in mine)


def test_a_relabel_that_matches_no_case_is_an_error() -> None:
    first = cases_of("blind_fresh11")
    with pytest.raises(LookupError):
        conventional("blind_fresh11", [replace(c, text=c.text + " ") for c in first])


def test_the_counts_are_the_ones_the_readme_gives() -> None:
    # tests/data/deadlines/README.md, "Round 13": 28 relabels (the four of rule 5.1 withdrawn);
    # "Round 14": one more, of rule 4.2 (a bare possibility, blind_fresh16), and one of rule 2.4
    # (the perfect with a day word, blind_fresh18); "CONVENTIONS 6.4 (stop 46)": nine of rule 6.4
    # (runs of nights, blind_fresh105); the licence audit of stop 49 (lic49b) removed two, of
    # rules 1.3 (kinds_real17) and 2.1 (kinds_real18), with the Senedd cases they named
    # stop 58 (branch issue12rl-s58): 81 more, 77 of rule 4.3 (questions, requests, proposals,
    # hedged guesses) and four of rule 4.2 (bare possibilities), two of them in blind_fresh7
    by_rule, by_set = counts()
    assert len(RELABELS) == 118
    assert dict(by_rule) == {
        "1.1": 2,
        "1.3": 1,
        "2.1": 3,
        "2.4": 1,
        "3.1": 17,
        "3.2": 1,
        "4.1": 2,
        "4.2": 5,
        "4.3": 77,
        "6.2": 2,
        "6.4": 9,
    }
    assert by_set["blind_fresh4"] == 3 and by_set["blind_fresh13"] == 2
    assert by_set["blind_fresh105"] == 9
    assert by_set["blind_fresh7"] == 2 and "kinds_real10" not in by_set
