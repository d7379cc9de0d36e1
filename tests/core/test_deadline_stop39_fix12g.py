"""Issue 12, stop 39 (fixer g): kinds of miss of the sixty-eighth fresh set's first run,
each pinned here before its fix, with variants of the kind and readings that must not change.

- a zone abbreviation Australia shares with the US ("EST", "CDT", "Eastern Standard Time")
  reads as the Australian clock on an Australian server (home_zones.py), as the US one
  elsewhere;
- "early <day>" ("by early Friday", "early on Monday", "early tomorrow") is that day's
  morning, due at 12:00 (early_day.py), as "Friday morning" is;
- "could" or "might" after an "if" clause ("if market conditions stay as they are, the price
  cap level could fall significantly in July") is a possibility on a condition, no
  undertaking (possibility.py, CONVENTIONS 4.2); a deadline word keeps its limit;
- a "not" on a verb of changing a thing ("will not affect the timing of ... a presidential
  poll planned for January 31") denies the change, and the time of the thing stands
  (change_denied.py); a time that is the denied verb's own adverb is still denied;
- "at today's <measure>" ("struggling at today's high prices") names the present, no
  deadline; "at today's <occasion>" ("is joining ... at today's meeting") stays due today
  (past_reading.at_todays_event);
- after a fronted time, the word after "I/we/you/they" is the verb governing it ("Today we
  boost our ability to catch the gangs behind pirated goods": "boost", not "pirated"),
  subject_verbs.py.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.core.test_deadline_kinds import due_of, refusal_of, utc

# Saturday 17 August 2013, 22:20 in Melbourne (the Bureau of Meteorology's issue time)
_BOM = utc("2013-08-17 12:20")


@pytest.mark.parametrize(
    ("text", "tz", "due"),
    [
        (
            "The next warning will be issued by 5:00 am EST Sunday.",
            "Australia/Melbourne",
            utc("2013-08-17 19:00"),
        ),
        (
            "Submissions close at 3pm CST on Friday.",
            "Australia/Adelaide",
            utc("2013-08-23 05:30"),
        ),
        (
            "Entries are due by 3pm Eastern Standard Time on Friday.",
            "Australia/Sydney",
            utc("2013-08-23 05:00"),
        ),
        # must not change: the US reading on other servers, and Australia's own "AEST"
        (
            "The next warning will be issued by 5:00 am EST Sunday.",
            "America/New_York",
            utc("2013-08-18 10:00"),
        ),
        ("Submissions close at 3pm CST on Friday.", "Europe/London", utc("2013-08-23 21:00")),
        ("Bids close by 5pm AEST Sunday.", "America/New_York", utc("2013-08-18 07:00")),
        ("Bids close by 5pm GMT Sunday.", "Australia/Melbourne", utc("2013-08-18 17:00")),
    ],
)
def test_a_shared_zone_abbreviation_reads_as_the_servers_country(
    text: str, tz: str, due: datetime
) -> None:
    assert due_of(text, tz, _BOM) == due


# Thursday 24 November 2011, 10:00 in New York (VOA)
_VOA = utc("2011-11-24 15:00")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Meanwhile, Carayol says he expects Gambians will learn the outcome of the "
            "presidential vote by early Friday.",
            utc("2011-11-25 17:00"),
        ),
        ("The agency said it would publish the figures early on Monday.", utc("2011-11-28 17:00")),
        ("Officials expect to have a count by early tomorrow.", utc("2011-11-25 17:00")),
        # must not change: a day alone, "late", a part named, a clock time given
        ("Officials expect to have a count by Friday.", utc("2011-11-26 04:59:59")),
        ("Officials expect to have a count by late Friday.", utc("2011-11-26 04:59:59")),
        ("The vote count should end early Friday evening.", utc("2011-11-26 04:59:59")),
        ("Results are due by early Friday at 3pm.", utc("2011-11-25 20:00")),
        ("The launch is set for early next week.", utc("2011-11-30 04:59:59")),
    ],
)
def test_early_before_a_day_is_its_morning(text: str, due: datetime) -> None:
    assert due_of(text, "America/New_York", _VOA) == due


# Monday 27 February 2023, 10:00 in London (Ofgem)
_OFGEM = utc("2023-02-27 10:00")


@pytest.mark.parametrize(
    "text",
    [
        "However, if market conditions stay as they are, the price cap level could fall "
        "significantly in July.",
        "If wholesale costs keep falling, bills might come down again in October.",
        "If the weather holds, the resurfacing could be finished next week.",
    ],
)
def test_could_after_an_if_clause_is_a_possibility(text: str) -> None:
    assert due_of(text, "Europe/London", _OFGEM) is None
    assert refusal_of(text, "Europe/London", _OFGEM) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "If all goes well, the full deal agreement could be completed by the end of this year.",
            utc("2023-12-31 23:59:59"),
        ),
        ("If the bill passes, the new rules will apply in July.", utc("2023-07-31 22:59:59")),
    ],
)
def test_a_limit_or_a_future_after_if_still_counts(text: str, due: datetime) -> None:
    assert due_of(text, "Europe/London", _OFGEM) == due


# Saturday 8 January 2011, 10:00 in New York (VOA)
_NIGER = utc("2011-01-08 15:00")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Goushmane said this postponement will not affect the timing of legislative "
            "elections and a presidential poll planned for January 31.",
            utc("2011-02-01 04:59:59"),
        ),
        ("The strike does not change the 30 June deadline.", utc("2011-07-01 03:59:59")),
        (
            "The delay will not affect the launch scheduled for 3 March.",
            utc("2011-03-04 04:59:59"),
        ),
        ("The review will not alter the date set for the vote, 4 May.", utc("2011-05-05 03:59:59")),
    ],
)
def test_a_change_denied_leaves_the_time_standing(text: str, due: datetime) -> None:
    assert due_of(text, "America/New_York", _NIGER) == due


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The outage did not affect flights on Friday.", "negated"),
        ("The vote will not be moved to Friday.", "negated"),
        ("We will not change the rules until 2027.", "earliest"),
        ("The meeting will not take place on Friday.", "negated"),
    ],
)
def test_a_time_of_the_denied_verb_itself_is_still_denied(text: str, kind: str) -> None:
    assert refusal_of(text, "America/New_York", _NIGER) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Many families are already struggling at today’s high prices – a further rise will "
        "only exacerbate this.",
        "Households cannot afford to heat their homes at today's prices.",
        "Savers are losing out at today's low interest rates.",
    ],
)
def test_at_todays_measure_names_the_present(text: str) -> None:
    assert due_of(text, "Europe/London", _OFGEM) is None


@pytest.mark.parametrize(
    "text",
    [
        "The Minister is joining his fellow Ministers at today’s meeting of the Council.",
        "The Minister will speak at today's session of the Council.",
    ],
)
def test_an_act_ahead_at_todays_occasion_is_due_today(text: str) -> None:
    assert due_of(text, "Europe/London", _OFGEM) == utc("2023-02-27 23:59:59")


# Wednesday 29 November 2017, 10:00 in Brussels (the Commission)
_EC = utc("2017-11-29 09:00")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "\"Today we boost our collective ability to catch the 'big fish' behind fake goods "
            "and pirated content which harm our companies, our jobs, our health and safety.",
            utc("2017-11-29 22:59:59"),
        ),
        (
            "Today we boost our ability to catch the gangs behind pirated goods.",
            utc("2017-11-29 22:59:59"),
        ),
        (
            "On Friday we publish the figures behind the disputed forecasts.",
            utc("2017-12-01 22:59:59"),
        ),
    ],
)
def test_the_verb_after_a_subject_after_a_fronted_time_governs_it(text: str, due: datetime) -> None:
    assert due_of(text, "Europe/Brussels", _EC) == due


@pytest.mark.parametrize(
    "text",
    [
        "Today we launched the consultation on pirated goods.",
        "Today we have published the report.",
        "I want to make clear that I think what has been released today is better.",
    ],
)
def test_a_past_after_the_subject_or_a_complement_still_tells_the_past(text: str) -> None:
    assert due_of(text, "Europe/Brussels", _EC) is None
