"""Issue 12, stop 54, tuner b: clock times and schedule lines among the development misses.
Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test
gives another moment.

Zones: "Alaska Standard/Daylight Time" spelled out are the fixed offsets AKST (UTC-9) and
AKDT (UTC-8), as "Eastern Daylight Time" is EDT; "Kazakhstan time" and "Kazakh time" are
Kazakhstan's clock (Asia/Almaty: UTC+6 until March 2024, UTC+5 since), so a time restated in
brackets in that clock with its own date ("(7:22 a.m. Kazakhstan time on Sept. 3)") is read
instead of refused for an unknown zone.
"""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # AKST, UTC-9: 4 p.m. on 11 December is 01:00 UTC on the 12th
        (
            "Comments may be made by telephone until 4 p.m. Alaska Standard Time on 11 December.",
            "2026-12-12 01:00",
        ),
        # AKDT, UTC-8, written out in full, with the abbreviation after it
        (
            "The hearing will be held on June 3, 2027, from 1:00-5:00 p.m. Alaska Daylight Time"
            " (AKDT) in Juneau.",
            "2027-06-04 01:00",
        ),
    ],
)
def test_alaska_standard_and_daylight_time_spelled_out(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # Kazakhstan is UTC+5 in 2026: 8:15 a.m. there on 10 December is 03:15 UTC
        (
            "The crew will land at 10:15 p.m. EST (8:15 a.m. Kazakhstan time on Dec. 10)"
            " after a week's delay.",
            "2026-12-10 03:15",
        ),
        ("Bids must reach the embassy by 6 p.m. Kazakh time on Friday.", "2026-12-04 13:00"),
    ],
)
def test_kazakhstan_time(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh137", "She will land in Kazakhstan at 9:22 p.m."),  # UTC+6 in 2017
        ("blind_fresh135", "The public hearings will be held on October 11, 2017"),
    ],
)
def test_development_cases_of_those_zones(module: str, opening: str) -> None:
    check_set_case(module, opening)


# A clock time after the last of several days of its sentence, with no other time phrase
# after that day, is when on that day: it was dropped with no warning when another day
# stood earlier in the sentence (a silent misreading: the chosen day fell due at its end).
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "A launch on Friday results in a docking on Sunday 6 December and a grapple at"
            " 7:14 a.m.",
            "2026-12-06 07:14",
        ),
        (
            "The ferry leaves on Monday and the convoy arrives on Thursday 10 December, with"
            " unloading at 3 p.m.",
            "2026-12-10 15:00",
        ),
    ],
)
def test_a_time_after_the_last_of_several_days_is_on_that_day(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the time is Friday's, before the last day: the last day is read whole
        ("Bids open at 9 a.m. on Friday and close on Monday 7 December.", "2026-12-07 23:59"),
        # a time in the next sentence is not that day's
        (
            "The committee meets on Friday; the report follows on Monday 7 December. Votes at"
            " 3 p.m.",
            "2026-12-07 23:59",
        ),
    ],
)
def test_a_time_before_the_last_day_or_after_its_sentence_stays_apart(text: str, when: str) -> None:
    assert due(text) == when


def test_development_case_of_a_time_after_the_last_day() -> None:
    check_set_case("blind_fresh70", "A launch on Friday results in a rendezvous")


# A span after "the announcement/notice appears (is published) in the Federal Register"
# counts from the notice being read, as "after publication in the Federal Register" does;
# the span had been dropped as an undated event and the clock time before it read as today
# (a silent misreading: "no later than 5 p.m. EDT 20 Business Days after ..." fell due today).
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Letters of intent are due no later than 5 p.m. EST 20 business days after the"
            " announcement appears in the Federal Register.",
            "2026-12-30 22:00",
        ),
        (
            "Comments must arrive within 30 days after the notice is published in the Federal"
            " Register.",
            "2027-01-01 23:59",
        ),
    ],
)
def test_a_span_after_the_notice_appears_in_the_register(text: str, when: str) -> None:
    assert due(text) == when


def test_a_span_after_another_document_appears_there_waits_for_it() -> None:
    text = "Comments are due 30 days after the report appears in the Federal Register."
    assert refusal(text) == "event"


# A part of the day with no clock time ("early Sunday morning") is no clock time given for
# the day chosen ("during Sunday"): the whole day stays; the morning's noon had taken its
# place. A clock time given for that day still does.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Rain early on Sunday morning will clear, with showers during Sunday.",
            "2026-12-06 23:59",
        ),
        (
            "Gales early Saturday morning will bring disruption to ferries during Saturday.",
            "2026-12-05 23:59",
        ),
        ("The talks on Sunday at 9 a.m. will end during Sunday.", "2026-12-06 09:00"),
    ],
)
def test_a_part_of_the_day_is_no_clock_time_for_the_day(text: str, when: str) -> None:
    assert due(text) == when


def test_development_case_of_a_morning_and_the_whole_day() -> None:
    check_set_case("blind_fresh74", "A strengthening onshore flow about the Illawarra coast")


# "this afternoon, December 2": the date restates the day of a day word with a part of its
# own, and the part stays its time (as "tomorrow morning, December 3" already was); read
# apart, the date beat the part and fell due at the day's end, a later time with no warning.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Staff will open the road to traffic this afternoon, December 2.", "2026-12-02 18:00"),
        ("The minister will announce the grants this afternoon, 2 December.", "2026-12-02 18:00"),
        # a clock time after the date is the time; a date of another day is read as before
        ("Staff will open the road this afternoon, December 2 at 3pm.", "2026-12-02 15:00"),
        ("The report is out this afternoon, December 9.", "2026-12-09 23:59"),
    ],
)
def test_a_day_part_restated_by_its_date_keeps_its_time(text: str, when: str) -> None:
    assert due(text) == when


def test_development_case_of_a_day_part_restated_by_its_date() -> None:
    check_set_case("blind_fresh42", "DENALI PARK, Alaska – Denali National Park and Preserve staff")


@pytest.mark.parametrize(
    "text",
    [
        "This morning (Wednesday 2 December) the minister will publish the plan.",
        "The minister will publish the plan this morning (2 December).",
    ],
)
def test_a_day_part_restated_in_brackets_keeps_its_time(text: str) -> None:
    assert due(text) == "2026-12-02 12:00"


# A zoned time restated in brackets in another zone, with no date of its own, before the day
# they share: the day is the first time's. Joined with the restatement past midnight, the
# deadline fell a day early with no warning (a silent misreading). A bracket with its own
# date is still read as before.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        # 11:59 p.m. PST on 15 December is 07:59 UTC on the 16th (not on the 15th)
        (
            "The deadline is 11:59 p.m. Pacific time (2:59 a.m. Eastern time) on Dec. 15.",
            "2026-12-16 07:59",
        ),
        ("Entries close at 11:30 p.m. EST (0430 GMT) on December 20.", "2026-12-21 04:30"),
        # the same day either way
        ("The briefing will begin at 10 a.m. PST (1 p.m. EST) on Friday.", "2026-12-04 18:00"),
        (
            "The deadline is 11:59 p.m. Pacific time on Dec. 15 (2:59 a.m. Eastern time Dec. 16).",
            "2026-12-16 07:59",
        ),
    ],
)
def test_a_time_restated_in_another_zone_before_the_day_keeps_its_day(text: str, when: str) -> None:
    assert due(text) == when
