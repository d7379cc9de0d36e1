"""Stop 37b of issue 12, tuner 12a: standing duties and timetables are no one deadline
(CONVENTIONS 1.3). Said on Wednesday 2 December 2026 at 10:00, London time
(tests/core/reading.py), unless a test says otherwise."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

# -- the year of a rule: "each levy year", "of any relevant year" (standing.yearly) ------------


@pytest.mark.parametrize(
    "text",
    [
        # a kind of year between the determiner and "year"
        "The levy must be paid before 20 January in each levy year.",
        "Returns are due on 31 July of every financial year.",
        # "any" names no one year either
        "No bill may be introduced after the last sitting day in June of any year.",
        "No bill may be introduced after the last sitting day in June of any relevant year.",
        # a season that comes round each year
        "The plan is developed in the fall of each year.",
        "The survey is carried out in the spring of every year.",
    ],
)
def test_a_date_of_each_or_any_year_is_recurring(text: str) -> None:
    assert refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # guards (passing before the change too): a year named, or "any" of no year
        ("The levy must be paid before 20 January 2027 in each levy year.", "2027-01-19 23:59"),
        ("The report will be published in June, at any rate.", "2027-06-30 22:59"),
        ("The works will be finished by the spring, any day now.", "2027-05-31 22:59"),
    ],
)
def test_a_named_year_or_another_any_stays_a_deadline(text: str, when: str) -> None:
    assert due(text) == when


# The set case behind this rule (an NI Assembly standing order in blind_fresh52) went with the
# licence audit of stop 50 (lic50); the sentences above still test the rule.
