"""Issue 12, stop 53, fix12: silent misreadings and a slow paste found in the lead's re-read.
Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test
gives another moment.

- A long paste with no stop: governing.reading, run once for each time phrase the parser
  weighs, read the whole sentence each time (its tokens, its clause, finite_verb's scan), so
  100 kB of unpunctuated words took 15 s of CPU compiled. It reads at most
  clauses.READER_REACH characters either side of the time now.
- A past perfect ("had passed", "had been completed") tells of an act done before a past
  moment: a deadline word before its time ("by June") bounds a past, no deadline
  (CONVENTIONS 2.4: `past`). It had been kept as a deadline in June next year. A plan or a
  move told in it ("had been postponed to June", "had agreed to publish by June") and "had
  until" stay ahead.
- A quarter of a fiscal year ("the third quarter of FY2026-27", "In the second quarter of
  2002-03", "Q2 2026-27") is that quarter of the fiscal year, with the year end of the
  server's setting as for its halves and thirds, due at the quarter's end. It had been read
  as a calendar quarter of one of the years, the other year dropped.
- An "On <day>," opening before an act told ahead with a span ("On 25 November, the council
  is expected to publish its plan within a month") dates the act: the span counts from that
  day (CONVENTIONS 1.1), the day being the nearer of its occurrences. The day had been chosen
  over the span, and said after it, rolled to next year.
- "10:00 a.m. LOCAL" in a schedule is the time of the place the sentence names, when the
  parser knows its zone ("in Brussels", "in Tokyo"); "local time" with a named place too. A
  "LOCAL" with no place it can place is refused as a zone (`zone`), never read in the
  publisher's zone; "local time" with no place keeps the server's zone, as documented.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline, clauses, parse_deadline
from tests.core.reading import LONDON, SAID, due, due_in, read_in, refusal

_WORDS = "the council report road plan local people market water house money budget members"


def _unpunctuated(size: int) -> str:
    """`size` characters of words with a time phrase every few dozen words and no stop."""
    unit = f"{_WORDS} on friday {_WORDS} by june 2027 published "
    return (unit * (size // len(unit) + 1))[:size]


def test_the_sentence_read_around_a_time_is_bounded_in_a_long_paste() -> None:
    text = _unpunctuated(200_000)
    start = text.index("by june 2027", 100_000)
    lo, hi = clauses.reading_sentence(text, start, start + len("by june 2027"))
    assert lo <= start < hi
    assert hi - lo <= 2 * clauses.READER_REACH + len("by june 2027")
    assert text[lo - 1] == " " and text[hi] == " "  # cut between words


def test_a_short_sentence_is_still_read_whole() -> None:
    text = "The minister, who spoke at length, said the council will publish it by June."
    start = text.index("by June")
    assert clauses.reading_sentence(text.lower(), start, start + 7) == (0, len(text) - 1)


def test_a_200_kb_paste_without_a_stop_is_read() -> None:
    """End to end on the paste of the test above: read with the bounded window (before it,
    about a minute compiled). Its speed is measured by the bench, not asserted here; this
    checks that the reading of such a paste is still the deadline the text gives."""
    got = parse_deadline(_unpunctuated(200_000), SAID, "Europe/London")
    assert isinstance(got, Deadline)
    assert got.matched and got.due is not None


@pytest.mark.parametrize(
    "text",
    [
        "The minister said that by June the bill had passed.",
        "By June the bill had passed.",
        "The bill had passed by June.",
        "The minister said that by June the work had been completed.",
        "She said the scheme had closed by the end of March.",
        "By Friday the council had taken the decision.",
    ],
)
def test_a_past_perfect_after_a_deadline_word_is_past(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    "text",
    [
        "The works had been postponed to June.",
        "The council had agreed to publish the plan by June.",
        "The council had until June to respond.",
        "The minister said the bill will pass by June.",
    ],
)
def test_a_plan_a_move_or_a_limit_told_with_had_stays_ahead(text: str) -> None:
    assert due(text) == "2027-06-30 22:59"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The report is due in the third quarter of FY2026-27.", "2026-12-31 23:59"),
        ("We will finish in the fourth quarter of the 2026-27 financial year.", "2027-03-31 22:59"),
        ("Delivery is expected in Q4 2026-27.", "2027-03-31 22:59"),
        ("by the end of the fourth quarter of FY27", "2027-03-31 22:59"),
        ("at the start of the fourth quarter of 2026-27", "2027-01-31 23:59"),
    ],
)
def test_a_quarter_of_a_fiscal_year_in_london_ends_with_it(text: str, when: str) -> None:
    assert due(text) == when  # GB: the fiscal year ends on 31 March


@pytest.mark.parametrize(
    "text",
    ["in the second quarter of FY2026-27", "Q2 FY2026-27", "Q2 2026-27", "by the end of Q2 FY27"],
)
def test_a_quarter_of_a_us_federal_fiscal_year(text: str) -> None:
    # the year ends on 30 September: its second quarter is January to March
    assert due_in(text, "2026-11-01T10:00:00-04:00", "America/New_York") == "2027-04-01 03:59"


def test_a_quarter_of_a_fiscal_year_said_within_it() -> None:
    said = "2002-06-01T10:00:00+01:00"
    assert due_in("In the second quarter of 2002-03", said, "Europe/London") == "2002-09-30 22:59"
    assert refusal("In the second quarter of 2002-03") == "past"


def test_a_quarter_of_a_programme_of_years_is_refused_not_dropped() -> None:
    got = read_in("in the second quarter of 2026-2030", "2026-11-01T10:00:00+00:00", "UTC")
    assert not isinstance(got, Deadline) and got is not None and got.kind == "number"


_PLAN = "On 25 November, the council is expected to publish its plan within a month."


@pytest.mark.parametrize("said", ["2026-11-01T10:00:00+00:00", "2026-11-25T09:00:00+00:00"])
def test_a_span_after_a_dated_opening_ahead_counts_from_its_day(said: str) -> None:
    assert due_in(_PLAN, said, LONDON) == "2026-12-25 23:59"


def test_a_span_after_a_dated_opening_gone_by_counts_from_its_day_this_year() -> None:
    assert due(_PLAN) == "2026-12-25 23:59"  # said on 2 December: not 25 November 2027
    assert due("On 30 November the council will publish its plan within two weeks.") == (
        "2026-12-14 23:59"
    )


def test_a_span_after_a_dated_opening_that_ran_out_is_past() -> None:
    assert refusal(_PLAN, SAID.replace(day=30)) == "past"


def test_a_span_after_a_weekday_opening_counts_from_that_day() -> None:
    # said on Wednesday 2 December: from Friday 4 December, not from now
    assert due("On Friday, the council will publish its plan within a week.") == "2026-12-11 23:59"
    assert due("On 18 December, the council is to publish its plan within two weeks.") == (
        "2027-01-01 23:59"
    )


_WASHINGTON = "2026-11-01T08:00:00-05:00"  # a Sunday, said in Washington


def _due_ny(text: str) -> str:
    return due_in(text, _WASHINGTON, "America/New_York")


def test_local_in_a_schedule_is_the_named_places_time() -> None:
    brussels = (
        "9:00 a.m. LOCAL Secretary Rubio meets with NATO Secretary General Mark Rutte, at"
        " NATO Headquarters, in Brussels, Belgium."
    )
    assert _due_ny(brussels) == "2026-11-02 08:00"  # 09:00 in Brussels (UTC+1), the next one
    assert _due_ny("10:00 a.m. LOCAL Secretary Rubio meets the Prime Minister in Tokyo.") == (
        "2026-11-02 01:00"
    )
    assert _due_ny("On Friday at 10:00 a.m. LOCAL Secretary Rubio arrives in London.") == (
        "2026-11-06 10:00"
    )


def test_local_time_with_a_named_place_is_that_places_time() -> None:
    assert _due_ny("In Tokyo, the talks start at 9am local time on Friday.") == "2026-11-06 00:00"


@pytest.mark.parametrize(
    "text",
    [
        "10:00 a.m. LOCAL Secretary Rubio meets with the Foreign Minister.",
        "10:00 a.m. LOCAL Secretary Rubio departs Tokyo for Brussels.",
    ],
)
def test_local_with_no_place_known_is_refused_not_read_in_the_publishers_zone(text: str) -> None:
    got = read_in(text, _WASHINGTON, "America/New_York")
    assert not isinstance(got, Deadline) and got is not None and got.kind == "zone"


def test_local_time_with_no_place_keeps_the_servers_zone() -> None:
    assert _due_ny("Polls close at 8pm local time.") == "2026-11-02 01:00"
