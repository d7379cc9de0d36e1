"""Issue 12, stop 52, tuner b: a part of a fiscal year was dropped without a word. Said on
Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), where the fiscal year
ends on 31 March.

"early in 2027-28", "in early FY28", "mid-2027/28", "the first half of 2027-28" were read as
the whole fiscal year (due 31 March 2028): the part named was silently dropped. A part of a
fiscal year splits it as the module docstring splits any period: early, mid and late are its
thirds (April-July, August-November, December-March), a half is six months. The whole year,
its end and a part of a calendar year read as before.
"""

from __future__ import annotations

from datetime import UTC

import pytest

from bot.core.deadlines import Deadline, Refusal
from tests.core.reading import read

_EARLY = "2027-07-31 22:59"  # the end of July 2027, BST
_MID = "2027-11-30 23:59"  # the end of November 2027, GMT
_FIRST_HALF = "2027-09-30 22:59"
_WHOLE = "2028-03-31 22:59"


def _due(text: str) -> tuple[str, bool]:
    got = read(text)
    assert isinstance(got, Deadline), got
    return got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M"), got.vague


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("I hope the boards will complete the planning early in 2027-28.", _EARLY),
        ("The boards will complete the planning early in 2027–28.", _EARLY),
        ("The planning will be complete in early 2027-28.", _EARLY),
        ("The planning will be complete early in the 2027-28 financial year.", _EARLY),
        ("The planning will be complete early in FY28.", _EARLY),
        ("The planning will be complete in early FY 2027/28.", _EARLY),
        ("The planning will be complete early in the next financial year.", _EARLY),
        ("The new system goes live in mid-2027/28.", _MID),
        ("The new system goes live by mid 2027-28.", _MID),
        ("The new system goes live in mid-FY28.", _MID),
    ],
)
def test_a_third_of_a_fiscal_year_is_read(text: str, when: str) -> None:
    assert _due(text) == (when, True)  # vague, as "early 2027" is


def test_a_half_of_a_fiscal_year_is_read() -> None:
    # its end is exact, as "the first half of FY28" already read
    assert _due("The scheme will open in the first half of 2027-28.") == (_FIRST_HALF, False)
    assert _due("The scheme will open in the first half of FY28.") == (_FIRST_HALF, False)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The planning will be complete in 2027-28.", _WHOLE),
        ("The planning will be complete by the end of 2027-28.", _WHOLE),
        ("The planning will be complete in the 2027-28 financial year.", _WHOLE),
        ("The planning will be complete in FY28.", _WHOLE),
    ],
)
def test_the_whole_fiscal_year_reads_as_before(text: str, when: str) -> None:
    assert _due(text)[0] == when


def test_a_part_of_a_programme_of_years_is_read() -> None:
    # 2027-2031 is sixty months: early is the first twenty, to the end of August 2028; it
    # was read as the whole, due at the end of 2031
    assert _due("The works will finish in early 2027-2031.") == ("2028-08-31 22:59", True)
    assert _due("The works will finish in the first half of 2027-2031.")[0] == ("2029-06-30 22:59")


def test_a_part_of_a_calendar_year_reads_as_before() -> None:
    assert _due("The planning will be complete early in 2027.") == ("2027-04-30 22:59", True)


# A daily window of hours told before a run of days ("closed between 8am and 5pm from Monday
# 14 December until Friday 18 December") fell due at the end of the last day: the closing
# time was dropped without a word. A schedule falls due at its end (CONVENTIONS 6.1), and the
# window's closing time on the last day is that end, as it already was when the window came
# after the days ("until Friday 18 December between 8am and 5pm") and as a night's closing
# time is the morning after the last night (6.4). 18 December 2026 is a Friday.
_FRIDAY_5PM = "2026-12-18 17:00"


@pytest.mark.parametrize(
    "text",
    [
        "The road will be closed between 8am and 5pm from Monday 14 December until Friday 18"
        " December.",
        "It will be necessary to implement weekday road closures between the hours of 8.00am and"
        " 5.00pm for the duration of the works from Monday 14 December 2026 until Friday 18"
        " December 2026.",
        "The lane will be closed from 09:30 to 17:00 from Monday 14 December to Friday 18"
        " December.",
        "Works will take place between 9.30am and 5pm, Monday 14 December to Friday 18 December.",
        "The car park will be closed from 7am to 5pm between 14 December and 18 December.",
        "Closures will run between 8am and 5pm from Monday 7 December until Friday 11 December,"
        " and from Monday 14 December until Friday 18 December.",
    ],
)
def test_a_daily_window_before_a_run_of_days_ends_at_its_closing_time(text: str) -> None:
    assert _due(text)[0] == _FRIDAY_5PM


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the window after the days: read so already
        (
            "The road will be closed from Monday 14 December until Friday 18 December between"
            " 8am and 5pm.",
            _FRIDAY_5PM,
        ),
        # a window on a day of its own, and a deadline that ends no run of days
        (
            "The lane will be closed from 09:30 to 16:00 on 15 December, and the road will be"
            " closed until Friday 18 December.",
            "2026-12-18 23:59",
        ),
        # a state's daily hours up to a day, with no first day of a run: the day's end
        (
            "The picnic area is open daily from 9:30 am – 5 pm for visitor information until"
            " December 18, when the visitor center opens.",
            "2026-12-18 23:59",
        ),
        # a night's window keeps its morning after (overnight.py)
        (
            "The road will be closed between 8pm and 6am from Monday 14 December until Friday 18"
            " December.",
            "2026-12-19 06:00",
        ),
    ],
)
def test_other_windows_read_as_before(text: str, when: str) -> None:
    assert _due(text)[0] == when


# A span in a sentence that opens on a past day on which its act was done ("On 17 October
# 2018, the Taoiseach requested a report ... to be presented within three weeks", said on 23
# October) was counted from the moment of speaking, the day dropped without a word: it counts
# from that day (due 7 November), as a span after an opening on the new year counts from
# 1 January (new_year.py). Said on Wednesday 2 December 2026; 25 November was a Wednesday.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "On 25 November 2026, the Taoiseach requested a report from the auditor to be"
            " presented within three weeks.",
            "2026-12-16 23:59",
        ),
        (
            "On 25 November, the council agreed to publish the plan within a month.",
            "2026-12-25 23:59",
        ),
        (
            "On Wednesday 25 November the minister promised a decision within 10 days.",
            "2026-12-05 23:59",
        ),
    ],
)
def test_a_span_counts_from_the_past_day_its_sentence_opens_on(text: str, when: str) -> None:
    assert _due(text)[0] == when


def test_a_span_from_a_past_day_already_gone_is_past() -> None:
    got = read("On 2 November, the minister promised a decision within two weeks.")
    assert isinstance(got, Refusal) and got.kind == "past", got


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # told ahead: the span counts from now
        (
            "On 25 November the rules changed, and we will reply within two weeks.",
            "2026-12-16 23:59",
        ),
        # no past day at the head of the sentence
        ("The minister promised a decision within two weeks.", "2026-12-16 23:59"),
    ],
)
def test_other_spans_count_from_now(text: str, when: str) -> None:
    assert _due(text)[0] == when
