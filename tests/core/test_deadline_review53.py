"""Issue 12, stop 53, review of the stop's rules: misreadings found by hand on sentences the
new rules were not written for. Said on Wednesday 2 December 2026 at 10:00, London
(tests/core/reading.py), unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

# A "since" clause whose verb is a present passive ("since the report is expected on 30
# June", "since the work is planned on 30 June") gives a reason, not the start of a past
# state: its date is ahead, and the sentence's deadline. The rule for "since <a past act>
# <date>" (past_reading._SINCE_PAST) took the participle's "-ed" for a past verb and refused
# the date as past.


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The vote will be delayed since the report is expected on 30 June.", "2027-06-30 22:59"),
        ("The rail link will close since the work is planned on 30 June.", "2027-06-30 22:59"),
        ("The fair will reopen, since it is booked on 5 May.", "2027-05-05 22:59"),
        ("The bill will wait since the review is scheduled on 5 May.", "2027-05-05 22:59"),
    ],
)
def test_a_since_clause_in_the_present_passive_is_ahead(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # a past passive or a past act in the clause stays the past
        "Fees will rise since the rules were changed on 1 April.",
        "Fees will rise since the rules changed on 1 April.",
        "Fees will rise since the regulator was created on 1 April.",
    ],
)
def test_a_since_clause_in_the_past_stays_past(text: str) -> None:
    assert refusal(text) == "past"


# "LOCAL" after a clock time takes the zone of the place its sentence names; two places
# whose clocks agree ("from Tokyo to Seoul", "in Paris and Berlin") name one local time, and
# were refused as if they disagreed. Places whose clocks differ stay refused.


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        (
            "10:00 a.m. LOCAL Secretary Rubio flies from Tokyo to Seoul.",
            "10:00 a.m. LOCAL Secretary Rubio flies to Tokyo.",
        ),
        (
            "3:00 p.m. LOCAL The Secretary meets ministers in Paris about Berlin.",
            "3:00 p.m. LOCAL The Secretary meets ministers in Paris.",
        ),
    ],
)
def test_local_between_places_on_one_clock_is_that_clock(text: str, alone: str) -> None:
    assert due(text) == due(alone)


def test_local_between_places_on_two_clocks_is_refused() -> None:
    assert refusal("10:00 a.m. LOCAL Secretary Rubio flies from Tokyo to London.") == "zone"


# "Today, <subject> launched a 12-week consultation" counts the consultation from today; a
# "today" on the verb of saying ("Today, the minister said the Department launched ...")
# dates the saying, not the launch, which the sentence dates itself ("in March"): it was
# counted from now all the same, "in March" silently dropped.


@pytest.mark.parametrize(
    "text",
    [
        "Today, the minister said the Department launched a 12-week consultation in March.",
        "Today, officials recalled that the council opened a six-week consultation in May.",
    ],
)
def test_today_on_the_saying_does_not_date_the_launch(text: str) -> None:
    # launched in March (or May) of this year: the weeks ran out before the words were said
    assert refusal(text) == "past"


def test_today_on_the_launch_still_counts_from_now() -> None:
    assert due("Today, the Department launched a 12-week consultation.") == "2027-02-24 23:59"
