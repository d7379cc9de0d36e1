"""Issue 12, stop 68 (post12-s68): silent misreadings of the first run of fresh209-212.

- "the second half of the 20th century", "the first half of the 21st century": the half of a
  century written with a numbered ordinal was read as the half of the current year, the
  century silently dropped (fresh211: "Through the second half of the 20th century, the
  USGS produced ..." fell due at the end of 2010), as "of the century" already is not;
- "ahead of 8 March" on its own is "before 8 March" (CONVENTIONS 3.5): it was read as the day
  itself, a day late (fresh212); "ahead of" a dated event ("ahead of the November 24
  deadline", "ahead of Thursday's release") still names the event's own day;
- "throughout January and February", "throughout February": a named month after
  "throughout" was silently dropped (fresh209: "... with delivery continuing throughout
  January and February" gave no deadline); it now reads as "through" does, and the month
  running after a perfect progressive ("we've been working away throughout January", said
  that January, fresh193) is the month so far, no deadline;
- "with a month to go before the Census, to be held on Tuesday 7 August": time counted down
  to an event with a day of its own is no act due before it; the day before (CONVENTIONS 3.5)
  was given, a day early (fresh210). "before the Census, to be held on ..." alone keeps it.

Said on Wednesday 2 December 2026 at 10:00, London time, unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import SAID, due, read


@pytest.mark.parametrize(
    "text",
    [
        # blind_fresh211
        "Through the second half of the 20th century, the USGS produced more than 60,000 "
        "paper topographic maps covering the entire United States.",
        "We will build it in the first half of the 21st century.",
        "During the second half of the 19th-century the town grew.",
    ],
)
def test_the_half_of_a_numbered_century_is_no_half_of_this_year(text: str) -> None:
    assert not isinstance(read(text), Deadline)


def test_the_half_of_the_year_still_reads() -> None:
    assert due("We will finish it in the second half of next year.") == "2027-12-31 23:59"
    assert due("We will finish it in the first half of 2027.") == "2027-06-30 22:59"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # blind_fresh212
        (
            "Following the Prime Minister’s announcement of the 4 step roadmap for lifting "
            "coronavirus restrictions, this is our updated guidance for boating customers, which "
            "we are issuing ahead of 8 March when the government begins to cautiously ease "
            "lockdown restrictions in England.",
            "2027-03-07 23:59",
        ),
        ("We will publish the plan ahead of 8 March.", "2027-03-07 23:59"),
        ("We will publish the plan ahead of next week.", "2026-12-06 23:59"),
    ],
)
def test_ahead_of_a_day_alone_is_due_the_day_before(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("We will finish ahead of the December 24 deadline.", "2026-12-24 23:59"),
        ("We will finish it ahead of Thursday's release.", "2026-12-03 23:59"),
    ],
)
def test_ahead_of_a_dated_event_is_the_events_day(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # blind_fresh209
        (
            "Customers who pay for their energy using prepayment meters (keypads) or quarterly "
            "standard credit will receive \u00a3600 vouchers from today, with delivery "
            "continuing throughout January and February",
            "2027-02-28 23:59",
        ),
        ("Delivery will continue throughout February.", "2027-02-28 23:59"),
    ],
)
def test_a_month_after_throughout_is_read(text: str, when: str) -> None:
    assert due(text) == when


def test_the_month_running_after_a_perfect_progressive_is_the_month_so_far() -> None:
    said = SAID.replace(year=2027, month=1, day=21)
    text = (
        "The Cabinet will meet again this week, we met last week, we've been working away "
        "throughout January."
    )
    assert due(text, said) == "2027-01-24 23:59"
    assert not isinstance(read("We've been working away throughout January.", said), Deadline)


def test_a_countdown_to_an_event_with_its_day_is_that_day() -> None:
    # blind_fresh210
    text = (
        "With a month to go before the Census, to be held on Tuesday 7 August, the final "
        "stages of preparation are in full swing for the Australian Bureau of Statistics' "
        "(ABS) 30,000-strong field workforce."
    )
    said = SAID.replace(year=2001, month=7, day=16)
    assert due(text, said) == "2001-08-07 22:59"
    assert due(
        "We will finish the count before the census, to be held on Tuesday 7 August.", said
    ) == ("2001-08-06 22:59")
