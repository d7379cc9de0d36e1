"""Issue 12, stop 57 review: defects found reading round Y's deadline changes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import LONDON, due, read, refusal

# said on Sunday 10 January 2027, a few weeks after the turn of the year
_JANUARY = datetime(2027, 1, 10, 10, 0, tzinfo=ZoneInfo(LONDON))


@pytest.mark.parametrize(
    "text",
    [
        # rolled_back.py: a date gone a few weeks ago across the turn of the year is as past as
        # one gone within the year ("the reply given ... on 4th November", said 8 November);
        # it was read as this December, eleven months out, with no warning
        "I would invite the hon. Member's attention to the reply given on 20 December.",
        "The UK updated the council on the outcome of the summit on 18 and 19 December.",
        "In December, the agency proposed to approve the programme.",
        "The numbers approved by the end of November came to 8,291.",
        "The reply given on 4 November is clear.",
    ],
)
def test_a_date_gone_across_the_new_year_is_past(text: str) -> None:
    assert refusal(text, _JANUARY) == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # looked ahead to, or nothing done: this December, as before
        ("We will publish the report on 20 December.", "2027-12-20 23:59"),
        ("The Christmas market opens on 20 December.", "2027-12-20 23:59"),
        # further back than three months: ahead, as before
        ("The date agreed is 20 September.", "2027-09-20 22:59"),
    ],
)
def test_dates_ahead_after_the_new_year_are_kept(text: str, when: str) -> None:
    assert due(text, _JANUARY) == when


@pytest.mark.parametrize(
    "text",
    [
        # hypothetical.py: only a trailing attribution (", the minister said.") reports a weighed
        # "could"/"would"; a word of reporting in a condition after the span ("the planned
        # repairs", "the agreed repairs") had been read as one and kept the window
        "The works could take two weeks if the planned repairs go well.",
        "The works could take two weeks, once the agreed repairs are done.",
        "The new law would take effect within six months if the proposed changes pass.",
    ],
)
def test_a_report_word_in_a_condition_after_a_weighed_span_reports_nothing(text: str) -> None:
    assert refusal(text) == "event"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a trailing attribution still reports it, as tune12c decided
        ("The road could reopen within two weeks, the council said on Monday.", "2026-12-16 23:59"),
        ("The road could reopen within two weeks, according to the council.", "2026-12-16 23:59"),
        ("The law would take effect within six months, officials confirmed.", "2027-06-02 22:59"),
    ],
)
def test_a_trailing_attribution_still_reports_a_weighed_span(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # vocabulary.py, the bare hour beside its day (fix12): "the 2nd" before a noun is no day
        # ("the 2nd floor", as the day rule already reads it), so the number is no hour; it had
        # been read as 10:00 today, a deadline out of a floor and a time out of nothing
        "Visitors should arrive at 10 on the 2nd floor reception.",
        "The runner will start at 4 on the 3rd lap.",
    ],
)
def test_a_bare_number_before_an_ordinal_noun_is_no_hour(text: str) -> None:
    assert not isinstance(read(text), Deadline)


def test_a_bare_hour_before_the_day_of_the_month_is_still_read() -> None:
    assert due("The hearing is at 10 on the 14th.") == "2026-12-14 10:00"
    assert due("We will meet at 3 on the 4th and decide.") == "2026-12-04 15:00"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # hour_range.read_one: a rate, a price or a level held, set or peaking "at <n>" is a
        # value, not a bare hour (the rule's own "The rate will stay at 9 on Friday"); "hold
        # rates at 4 on Thursday" had fallen due at 16:00, a time out of an interest rate
        ("The Bank of England will hold rates at 4 on Thursday.", "2026-12-03 23:59"),
        ("The Bank will leave interest rates at 5 on Thursday.", "2026-12-03 23:59"),
        ("The committee will set the base rate at 4 on Thursday.", "2026-12-03 23:59"),
        ("Unemployment will peak at 9 on Friday.", "2026-12-04 23:59"),
        ("The price will be kept at 9 on Friday.", "2026-12-04 23:59"),
        # an act at an hour stays an hour
        ("The Bank will announce rates at 12 on Thursday.", "2026-12-03 12:00"),
    ],
)
def test_a_rate_or_level_at_a_number_is_no_hour(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # described.wished (fix12): "like" is a verb of wishing only as "would like", "I
        # like"; as a preposition ("looks like", "a scheme like the one announced") its
        # participle is a done act, and the date had been read as next year's, no warning
        "It looks like the road reopened on 20 March.",
        "A scheme like the one announced on 3 March would help.",
        "Projects like the bridge reopened on 20 March show what is possible.",
    ],
)
def test_like_as_a_preposition_wishes_nothing(text: str) -> None:
    assert refusal(text) == "past"


def test_would_like_still_wishes_a_state() -> None:
    assert due("We would like the bridge reopened on 20 March.") == "2027-03-20 23:59"
    assert due("We'd like the report published on 20 March.") == "2027-03-20 23:59"


@pytest.mark.parametrize(
    "text",
    [
        # joins.part_after_day (fix12): twelve before a named night is its midnight, as "12
        # o'clock to-night" and "at midnight on Friday" are; the bare hour joined to the night
        # read 12 as noon, twelve hours early (before fix12: the night's end)
        "We will close at 12 on Friday night.",
        "We will close at 12 o'clock on Friday night.",
    ],
)
def test_twelve_on_a_named_night_is_its_midnight(text: str) -> None:
    assert due(text) == "2026-12-04 23:59"


def test_twelve_on_a_named_afternoon_is_still_noon() -> None:
    assert due("We will meet at 12 on Friday afternoon.") == "2026-12-04 12:00"
    assert due("We will close at 11 on Friday night.") == "2026-12-04 23:00"


def test_a_rolled_back_refusal_names_the_words_it_read() -> None:
    # rolled_back.py's reason names its words, as the other past refusals do (fix57)
    got = read("In October, the agency proposed to approve the programme.")
    assert not isinstance(got, Deadline) and got is not None
    why = "a date gone a few weeks ago, not one a year ahead: past"
    assert got.reason == f"“In October” is {why}"
