"""Issue 12, round 27e: the right instant among several in one notice (a range whose end
looks like a zone offset, a day's sessions), hours kept as a standing rule, shown with
sentences of our own making, then the sets' own cases. Said on Wednesday 2 December 2026 at
10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.reading import check_set_case, due, read, refusal
from tests.data.deadlines.relabels import cases_of

# -- 1. a clock range whose end has two-digit hours is no zone offset -------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The workshop is on Friday 4 December, 8:15 a.m.-12:20 p.m.", "2026-12-04 12:20"),
        ("Drop-in: Thursday 10 December 2026, 9:00 a.m.-04:30 p.m.", "2026-12-10 16:30"),
        ("The polls close at 9:00 GMT-11:30 p.m. GMT on 8 December.", "2026-12-08 23:30"),
    ],
)
def test_range_end_with_two_digit_hour_is_a_time(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Comments close at 17:00 -0500 on 8 December.", "2026-12-08 22:00"),
        ("Comments close at 17:00 UTC-5 on 8 December.", "2026-12-08 22:00"),
    ],
)
def test_a_real_offset_still_reads(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "opening",
    ["Date and Time: Wednesday, May 4, 2016, 9:00 a.m.-4:30 p.m. and Thursday"],
)
def test_sets_range_ends(opening: str) -> None:
    check_set_case("blind_fresh46", opening)


# -- 2. one day, then the hours of its sittings: the last sitting's end -----------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Hearing: Friday 11 December 2026, 10 a.m.--12 p.m. GMT (Morning Session), "
            "2-5 p.m. GMT (Afternoon Session).",
            "2026-12-11 17:00",
        ),
        (
            "Open day: Monday 7 December: 9 a.m. to 11 a.m. (morning session). "
            "1 p.m. to 3 p.m. (afternoon session).",
            "2026-12-07 15:00",
        ),
    ],
)
def test_a_days_last_sitting_counts(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a later time after a deadline word is a deadline of its own, not a sitting
        ("The hearing is on 9 December 2026 at 10 a.m.; register by 5 p.m.", "2026-12-09 10:00"),
        # an earlier lone time does not pull the day back
        ("The hearing is on 9 December 2026 at 3 p.m., doors at 2 p.m.", "2026-12-09 15:00"),
    ],
)
def test_other_times_beside_a_timed_day(  # guards: these read so before the rule too
    text: str, when: str
) -> None:
    assert due(text) == when


def test_a_time_past_a_semicolon_is_no_sitting() -> None:
    text = "Hearing: Friday 11 December 2026 at 10 a.m. (morning session); office closes at 5 p.m."
    assert due(text) == "2026-12-11 10:00"


@pytest.mark.parametrize(
    "opening",
    [
        "DATE & TIME: Monday, June 28, 2010, 10 a.m.--12 p.m. CDT",
        "DATE & TIME: Thursday, May 27, 2010: 10 a.m.-12 p.m. EDT",
    ],
)
def test_sets_sittings(opening: str) -> None:
    check_set_case("blind_fresh46", opening)


@pytest.mark.parametrize(
    "text",
    [
        "During the morning session, the panel will hear the first appeal.",
        "In the afternoon session the board will review two applications.",
    ],
)
def test_a_session_named_by_its_part_of_the_day_sets_no_time(text: str) -> None:
    assert not isinstance(read(text), Deadline)


def test_sets_session_names() -> None:
    # labelled "event" (a sitting of an undated meeting); read now as no time at all
    for case in cases_of("blind_fresh41"):
        if case.text.startswith(("During the morning session", "During the afternoon session")):
            said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
            assert not isinstance(interpret_deadline(case.text, said, case.tz), Deadline)


# -- 2b. a part of the day named before its date: that part of that date ---------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The figures will be online Friday afternoon, 11 December.", "2026-12-11 18:00"),
        ("The figures will be online on the morning of Friday 4 December.", "2026-12-04 12:00"),
        ("We publish the review Monday morning, December 14.", "2026-12-14 12:00"),
    ],
)
def test_part_of_the_day_before_its_date(text: str, when: str) -> None:
    assert due(text) == when


def test_a_part_named_with_another_weekday_than_its_date_is_dropped() -> None:
    # 5 December 2026 is a Saturday: the date says which day, the part is not put on it
    assert due("The figures will be online Friday afternoon, 5 December.") == "2026-12-05 23:59"


def test_sets_part_of_the_day() -> None:
    check_set_case("blind_fresh46", "That analysis of the budgetary outlook")


# -- 3. hours kept on every business day, and by every gathering of a kind --------------------


@pytest.mark.parametrize(
    "text",
    [
        "The papers may be inspected on business days between 9 a.m. and 4 p.m.",
        "Bids can be viewed at our offices on official business days from 10 a.m. to 3 p.m.",
        "Calls are answered during normal business hours, 9 a.m. to 5 p.m.",
        "Staff reply during office hours, between 8.30am and 4pm.",
        "All webinars run from 2 p.m. to 3.30 p.m.",
        "All evening classes begin at 7 p.m.",
    ],
)
def test_hours_kept_every_day_are_recurring(text: str) -> None:
    assert refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("All meetings end at 5 p.m. today.", "2026-12-02 17:00"),
        ("All sessions start at 9.30 a.m. on Friday 4 December.", "2026-12-04 09:30"),
        ("Payment reaches you within five business days of 7 December.", "2026-12-14 23:59"),
    ],
)
def test_one_days_times_stay_due(text: str, when: str) -> None:  # guards: read so before too
    assert due(text) == when


def test_sets_hours_kept() -> None:
    check_set_case("blind_fresh46", "In addition, comments will be available")
    # labelled "event"; of the two refusals this rule gives the other, and no deadline
    case = next(c for c in cases_of("blind_fresh46") if c.text.startswith("All teleconf"))
    said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
    assert not isinstance(interpret_deadline(case.text, said, case.tz), Deadline)


# -- 4. a state that ends on a day told with "no longer": the change falls due that day -------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("From 1 January, shops will no longer be able to sell plastic bags.", "2027-01-01 23:59"),
        (
            "This means that from today, banks will no longer be able to lend to them.",
            "2026-12-02 23:59",
        ),
        (
            "The minister said that from 6 April, landlords will no longer be able to evict.",
            "2027-04-06 22:59",
        ),
    ],
)
def test_a_state_ended_from_a_day_falls_due_that_day(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The meeting is no longer on 15 December.", "negated"),  # the day itself denied
        ("The shop will no longer open from Monday.", "earliest"),  # no change opened by it
    ],
)
def test_a_denied_day_stays_refused(text: str, kind: str) -> None:  # guards: so before too
    assert refusal(text) == kind


def test_sets_state_ended() -> None:
    check_set_case("blind_fresh31", "This means that from today, financial and credit")
