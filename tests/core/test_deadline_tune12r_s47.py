"""Issue 12, stop 47, tuner r: years inside names. Said on Wednesday 2 December 2026 at
10:00, London (tests/core/reading.py).

- A year inside a name after "on the", "under the" or "with the" ("spending under the 2027
  Scheme", "working on the 2027 Finance Bill") names which one is meant, as it already did
  after "in the", "at the" or "for the" (round 27a): no deadline.
- A year naming a bill, a cycle, a round, a survey, a report, a strategy, a plan, a
  review or a budget resolution ("work on the 2027 budget resolution", "in the 2027 housing
  strategy") names which one, as it names an election or a programme (round 27a).
"""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "The budgeted spending under the 2027 Scheme will be cut by a fifth.",
        "Talks on the 2027 Trade Agreement will resume after the summit.",
        "Officials are working on the 2027 Finance Bill.",
    ],
)
def test_year_inside_a_name_after_on_under_with_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # guards: a deadline word, or a year with no name after it, keeps the year's end
        ("The rules must be settled by the 2027 Scheme.", "2027-12-31 23:59"),
        ("The spending will be cut under the 2027 allocation.", "2027-12-31 23:59"),
    ],
)
def test_year_as_a_limit_or_a_period_stays_due(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "Work on the 2027 budget resolution continues in the committee.",
        "The council has set out its priorities in the 2027 housing strategy.",
        "The panel will report on the 2027 annual survey.",
    ],
)
def test_year_naming_a_scheme_or_a_report_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


def test_year_naming_a_scheme_after_by_stays_due() -> None:
    """A guard: a deadline word in front keeps the year a limit."""
    assert due("The homes must be built by the 2027 housing strategy.") == "2027-12-31 23:59"


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh20", "The budgeted expenditure under the 2012 Scheme"),
    ],
)
def test_set_cases_of_names(module: str, opening: str) -> None:
    check_set_case(module, opening)


# stop 47, fix b: a title word is no act ahead ("the Minister for Planning", "the Committee on
# Planning"); the courtesy to the gathering stays refused as past
@pytest.mark.parametrize(
    "text",
    [
        "I welcome the Minister for Planning to the House today.",
        "I welcome the Committee on Planning to the House today.",
        "I welcome the Minister for Housing and Planning to the House today.",
        "I welcome the Minister for Planning and Heritage to the House today.",
    ],
)
def test_a_title_word_is_no_act_ahead(text: str) -> None:
    assert refusal(text) == refusal("I welcome the Minister for Health to the House today.")
    assert refusal(text) == "past"


def test_a_plan_after_the_title_is_still_an_act_ahead() -> None:
    text = "I thank the Minister for Planning, who plans to publish the report today."
    assert due(text) == "2026-12-02 23:59"


# stop 47, fix b: the plain-text cues of a courtesy are looked for whatever the spacing, as the
# patterns behind them read it ("to  be", a line break in "with\nus")
@pytest.mark.parametrize(
    "text",
    [
        "It is a pleasure to  be with you today.",
        "It is a pleasure to\nbe with you today.",
        "It is a pleasure to\tbe with you today.",
        "Our guest who is here with\nus today.",
    ],
)
def test_courtesy_cues_are_whitespace_tolerant(text: str) -> None:
    assert refusal(text) == refusal(" ".join(text.split()))
    assert refusal(text) == "past"
