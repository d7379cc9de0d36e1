"""Issue 12, stop 63, post12 (f1): silent misreadings found in the misses of fresh184-188.
Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test
gives another moment."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import check_set_case, due, read, refusal

# -- a day the sentence calls the last day: "from 15 December, making 14 December the last day"


@pytest.mark.parametrize(
    "text",
    [
        "The service will be closed for bookings from 15 December, making 14 December the "
        "last day to make a booking.",
        "The portal closes from 15 December, so 14 December will be the last day for claims.",
        "Entries close from 15 December, with 14 December the final day for entries.",
        "Applications stop from 15 December; 14 December is the closing date for them.",
    ],
)
def test_day_called_the_last_day_beats_a_start(text: str) -> None:
    # had been read as 15 December, "the later end of a range", a day late with no warning
    assert due(text) == "2026-12-14 23:59"


def test_last_day_of_a_term_is_no_deadline_word() -> None:
    # "the last day of term" describes the day; it does not make it the deadline
    text = "We will meet on 15 December, the last day of term, and report by 20 December."
    assert due(text) == "2026-12-20 23:59"


def test_last_day_set_case() -> None:
    check_set_case("blind_fresh185", "The NHS online booking system")


# -- "the week of October 15-19": the range names its own days ------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("During the week of 14-18 December, we will host a national dialogue.", "2026-12-18"),
        ("In the week of December 14-18 the consultations will be held.", "2026-12-18"),
    ],
)
def test_week_of_a_range_ends_with_the_range(text: str, want: str) -> None:
    # had been read as the Sunday of the week (20 December): two days late, unwarned
    assert due(text) == f"{want} 23:59"


def test_week_of_one_day_still_its_sunday() -> None:
    assert due("We will act during the week of 15 December.") == "2026-12-20 23:59"


def test_week_of_range_set_case() -> None:
    check_set_case("blind_fresh188", "During the week of October 15-19")


# -- ", with <payments> flowing from <month>": the start of a later act, not the deadline ---


@pytest.mark.parametrize(
    "text",
    [
        "We confirm our plans for the scheme to launch this March, with payments flowing "
        "from April.",
        "The service will open in March, with the first grants paid from April.",
        "The levy will start on 1 March, with the first bills arriving from 1 April.",
    ],
)
def test_with_clause_start_is_no_deadline(text: str) -> None:
    got = read(text)
    assert isinstance(got, Deadline)
    assert got.due.strftime("%m") == "03"  # had been read as April, a month late, unwarned


def test_from_alone_still_dated() -> None:
    # with nothing else dated, the start is all the sentence gives (read as before)
    assert isinstance(read("The scheme starts, with payments flowing from April."), Deadline)


def test_with_clause_start_set_case() -> None:
    check_set_case("blind_fresh187", "I am pleased to report positive progress")


# -- a release's label before a dateline: "News Release: Washington, D.C., June 29, 2020 –" ---


@pytest.mark.parametrize(
    "text",
    [
        "News Release: Washington, D.C., December 2, 2026 – The Department today released "
        "its annual report.",
        "Release: Washington, DC, December 2, 2026 - The Administration broke records today "
        "by awarding grants.",
        "Press release: London, 2 December 2026 - The agency today published its figures.",
    ],
)
def test_dateline_after_a_release_label_is_no_deadline(text: str) -> None:
    # the day the release was written had been read as a deadline due that day, unwarned
    assert not isinstance(read(text), Deadline)


def test_release_label_keeps_the_deadline_after_it() -> None:
    text = "News Release: Washington, D.C., December 2, 2026 – Comments are due by 18 December."
    assert due(text) == "2026-12-18 23:59"


def test_release_dateline_set_case() -> None:
    check_set_case("blind_fresh188", "News Release: Washington, D.C., June 29, 2020")


# -- "yesterday (16 July 2020)": a bracket restating a past word is that past day -----------


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary yesterday (1 December 2026) confirmed allocations for councils.",
        "The minister announced yesterday (Tuesday 1 December) a new fund for schools.",
    ],
)
def test_bracket_after_yesterday_is_the_past(text: str) -> None:
    # the bracketed day had been read as a deadline due that day, unwarned
    assert not isinstance(read(text), Deadline)


def test_bracket_after_yesterday_leaves_a_later_deadline() -> None:
    text = "The Secretary yesterday (1 December 2026) said bids are due by 10 December."
    assert due(text) == "2026-12-10 23:59"


def test_yesterday_bracket_set_case() -> None:
    check_set_case("blind_fresh186", "Local Government Secretary Robert Jenrick yesterday")


# -- standing hours: "hours currently are 9:00 a.m. to 4:00 p.m.", "the standard time of 9:30am"


@pytest.mark.parametrize(
    "text",
    [
        "The park's visitor center hours currently are 9:00 a.m. to 4:00 p.m.",
        "The library's opening hours are 10 a.m. to 6 p.m.",
        "The standard release time for all official statistics remains as 9.30am.",
        "Most official statistics releases will remain at the standard time of 9:30am.",
    ],
)
def test_standing_hours_are_recurring(text: str) -> None:
    # read as today's (or tomorrow's) clock time before, with no warning
    assert refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The House will sit at its standard time of 2.30 p.m. tomorrow.", "2026-12-03 14:30"),
        ("The vote will be held at 5 p.m. Eastern Standard Time.", "2026-12-02 22:00"),
        ("The hearing hours will be 9 a.m. to 4 p.m. on Friday.", "2026-12-04 16:00"),
    ],
)
def test_one_day_hours_keep_their_time(text: str, want: str) -> None:
    assert due(text) == want


def test_standard_time_set_case() -> None:
    check_set_case("blind_fresh185", "The standard release time for all official statistics")


def test_hours_are_set_case() -> None:
    check_set_case("blind_fresh188", "The park’s visitor center hours currently are")


# -- the first plan told in the active: "initially established September 30, 2011, as the
# deadline" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Department initially established December 30, 2026, as the deadline by which "
        "States must comply.",
        "The agency originally set a deadline of 30 December for the filings.",
        "The board previously fixed 30 December as the closing date.",
    ],
)
def test_first_plan_told_in_the_active_is_no_deadline(text: str) -> None:
    # read as the deadline before, with no warning that it was only the first plan
    assert not isinstance(read(text), Deadline)


def test_first_plan_gives_way_to_the_new_date() -> None:
    text = "The agency initially set a deadline of 30 December, but has extended it to 15 January."
    assert due(text) == "2027-01-15 23:59"


def test_first_plan_active_set_case() -> None:
    check_set_case("blind_fresh187", "The Department initially established September 30, 2011")


# -- "we could, perhaps, discuss this next week": the hedge between commas (4.2) -------------


@pytest.mark.parametrize(
    "text",
    [
        "I think we could, perhaps, discuss this next week.",
        "We might, possibly, consider the report on Friday.",
    ],
)
def test_option_hedged_between_commas_is_no_undertaking(text: str) -> None:
    # read as due next week (or Friday) before, unwarned, while "we could perhaps" was not
    assert read(text) is None


def test_plan_hedged_between_commas_keeps_its_time() -> None:
    assert due("We will, perhaps, publish the report on Friday.") == "2026-12-04 23:59"


def test_option_hedged_set_case() -> None:
    check_set_case("blind_fresh185", "I think we could, perhaps, discuss this next week.")


# -- "For a hundred years, businesses have come to rely on": how long, up to now -------------


def test_span_heading_a_state_reached_is_no_deadline() -> None:
    # read as a hundred years from now before, unwarned ("have relied" already was not)
    text = "For a hundred years, Canadian businesses have come to rely on our statistics."
    assert not isinstance(read(text), Deadline)


def test_span_heading_a_promise_stays_ahead() -> None:
    assert due("In two weeks, the council has promised to decide.") == "2026-12-16 23:59"


# -- "Sunday through Thursday nights": a range of weekdays whose parts come round --------------


@pytest.mark.parametrize(
    "text",
    [
        "During this phase, trucks will travel into the park between 7:00 p.m. and 7:00 a.m. "
        "Sunday through Thursday nights.",
        "Crews will work on the bridge Monday to Thursday evenings.",
    ],
)
def test_weekday_range_of_plural_parts_is_recurring(text: str) -> None:
    # read as this week's Thursday (night) before, unwarned
    assert refusal(text) == "recurring"


def test_weekday_range_of_nights_keeps_a_date_it_runs_to() -> None:
    text = "The road will be closed Monday through Thursday nights until 18 December."
    assert due(text) == "2026-12-18 23:59"


def test_plural_nights_set_case() -> None:
    check_set_case("blind_fresh188", "During this phase of the construction project")


# -- "before the registration period ends on Dec. 31": the period's last day is in time -------


@pytest.mark.parametrize(
    "text",
    [
        "Register for assistance before the registration period ends on 31 December.",
        "Apply before the application window ends on 31 December.",
    ],
)
def test_before_the_acts_own_period_ends_is_its_last_day(text: str) -> None:
    # read as 30 December before, a day early with no warning
    assert due(text) == "2026-12-31 23:59"


def test_before_a_term_ends_is_still_the_day_before() -> None:
    # stop 53's reading stands for what is not the act's own period
    assert due("Ministers will decide before the lease expires on 18 December.") == (
        "2026-12-17 23:59"
    )


def test_period_ends_set_case() -> None:
    check_set_case("blind_fresh185", "Floridians are encouraged to register")


# -- "Sunday through Thursday, visitors must arrive before 6:30 p.m.": a weekly rule ----------


@pytest.mark.parametrize(
    "text",
    [
        "Sunday through Thursday, visitors must arrive at the park before 6:30 p.m.",
        "Monday to Friday, the office opens at 9 a.m.",
    ],
)
def test_weekday_range_heading_a_clock_time_is_recurring(text: str) -> None:
    # read as this week's Thursday (Friday) before, unwarned
    assert refusal(text) == "recurring"


def test_weekday_range_heading_one_event_keeps_its_day() -> None:
    text = "Tuesday through Thursday, the committee will hold hearings at 10 a.m."
    assert due(text) == "2026-12-10 23:59"


def test_weekday_range_heading_set_case() -> None:
    check_set_case("blind_fresh188", "Sunday through Thursday, visitors must arrive")
