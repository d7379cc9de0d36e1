"""Issue 12, stop 57, tuner b: facts, chronologies and past narrative (development misses).

- A year-less date gone a few weeks before the words were said was rolled into next year and
  read as a deadline a year out, with no warning ("the reply given ... on 4th November", said
  on 8 November; "take the UK out of the EU on 31 October", said on 6 November). A date up
  to three months back, in a sentence that tells something done and holds no future,
  intention or "next", is past (rolled_back.py); one further back, looked ahead to, in a
  sentence with nothing done ("I pledge to deliver the report on 30 November", round 15
  review) or typed bare, still rolls into next year.
"""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, refusal

# said on Wednesday 2 December 2026 at 10:00, London time (tests/core/reading.py)


@pytest.mark.parametrize(
    "text",
    [
        "The UK updated the council on the outcome of the summit on 18 and 19 November.",
        "In October, the agency proposed to approve the programme.",
        "The numbers approved by the end of November came to 8,291.",
        "The committee stressed its intention to close the scheme on 31 October.",
    ],
)
def test_a_date_a_few_weeks_gone_is_past(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # looked ahead to: a future or an intention, or "next"
        ("We will publish the report in October.", "2027-10-31 23:59"),
        ("The department intends to publish the review on 20 November.", "2027-11-20 23:59"),
        ("The consultation opens again on 20 November next year.", "2027-11-20 23:59"),
        # the year named: read as written
        ("The report of 20 November 2027 is the one expected.", "2027-11-20 23:59"),
        # nothing told as done: a pledge's recent day rolls ahead (round 15 review)
        ("I pledge to deliver the report on 30 November.", "2027-11-30 23:59"),
        ("Elections are held in October.", "2027-10-31 23:59"),
        # a bare phrase, as typed in the deadline field (bare.py)
        ("by 1 November", "2027-11-01 23:59"),
        # a day more than three months back rolls ahead as before
        ("The meeting is on 1 August.", "2027-08-01 22:59"),
        # a day ahead this year is untouched
        ("The House rises on 17 December.", "2026-12-17 23:59"),
    ],
)
def test_dates_looked_ahead_to_are_kept(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh153", "As regards financial assistance, I would invite"),
        ("blind_fresh149", "After Boris Johnson became Prime Minister"),
        ("blind_fresh147", "The UK updated the council on the outcome"),
    ],
)
def test_the_development_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)
