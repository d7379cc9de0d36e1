"""Stop 60 (issue 12): silent misreadings of fresh169-173's first run, each a wrong date given
with no warning. Sentences of our own making first (guards beside them), then the sets' own
cases. Said on Wednesday 2 December 2026 at 10:00, London time, unless a test says otherwise."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import parse_deadline
from tests.core.reading import check_set_case, due, refusal

# -- 1. close of business written with full stops (vocabulary, readers) --------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Please reply by C.O.B. Friday 4 December.", "2026-12-04 17:00"),
        ("Please reply by C.O.B. on 4 December.", "2026-12-04 17:00"),
        ("Please reply by c.o.b. tomorrow.", "2026-12-03 17:00"),
        ("Comments are due by E.O.B. Friday.", "2026-12-04 17:00"),
        ("Send the figures by C.O.B.", "2026-12-02 17:00"),
        # guards: the spelled-out forms, and "C.O.D." (cash on delivery) is no time
        ("Please reply by close of business on Friday.", "2026-12-04 17:00"),
        ("The C.O.D. parcel will arrive on 4 December.", "2026-12-04 23:59"),
    ],
)
def test_dotted_close_of_business(text: str, want: str) -> None:
    assert due(text) == want


# -- 2. an event of a stated number of days from its first day (days_long.py) --------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Leaders will meet for a three-day summit to begin 8 December.", "2026-12-10 23:59"),
        (
            "The two-day conference, which opens on 9 December, will end with a vote.",
            "2026-12-10 23:59",
        ),
        ("The 3-day festival begins on 11 December.", "2026-12-13 23:59"),
        ("A two-week exhibition opening on 7 December will tour the region.", "2026-12-20 23:59"),
        # guards: one day, a clock time of its own, a period counted on by cues.py, a bare date
        ("A one-day meeting to begin 8 December.", "2026-12-08 23:59"),
        ("A three-day summit to begin at 9 a.m. on 8 December.", "2026-12-08 09:00"),
        ("The three-day summit will be held in Paris on 8 December.", "2026-12-08 23:59"),
    ],
)
def test_event_of_stated_days_falls_due_on_its_last_day(text: str, want: str) -> None:
    assert due(text) == want


# -- 3. a participle that shares a future passive's "will be" (past_reading) ---------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The report will be presented on Friday and published on Saturday.", "2026-12-05 23:59"),
        (
            "The plan will be sent on Thursday and published on Saturday morning.",
            "2026-12-05 12:00",
        ),
        ("The Bill is to be introduced on Friday and debated on Monday.", "2026-12-07 23:59"),
        ("The order will be laid on Friday and then approved on Monday.", "2026-12-07 23:59"),
    ],
)
def test_joined_participle_is_ahead(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The report was presented on Monday and published on Tuesday.",
        "It was sent on Monday and published on Tuesday.",
    ],
)
def test_joined_participle_of_the_past_stays_past(text: str) -> None:
    assert refusal(text) in (None, "past")


# -- 4. a part of the day restated by a bracketed date (combine) ---------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Minister will speak on Thursday morning (3 December).", "2026-12-03 12:00"),
        ("The Minister will speak tomorrow morning (Thursday 3 December).", "2026-12-03 12:00"),
        # a release written the day before for its day: "this morning" is the bracket's
        (
            "The Minister will speak this morning (Thursday, December 3rd, 2026).",
            "2026-12-03 12:00",
        ),
        ("The Minister will speak this afternoon (Thursday 3 December).", "2026-12-03 18:00"),
        # guards: the date's own clock time after the bracket wins; a comma is no bracket
        ("Results on Thursday morning (3 December) at 10am.", "2026-12-03 10:00"),
        ("Results this morning (Wednesday 2 December) at 11am.", "2026-12-02 11:00"),
        ("The Minister will speak this afternoon (Friday 4 December).", "2026-12-04 23:59"),
    ],
)
def test_part_of_day_with_bracketed_date(text: str, want: str) -> None:
    assert due(text) == want


# -- 5. the day of speaking on an act someone is thanked for (idle_times) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "I thank hon. Members for turning up this afternoon.",
        "I also thank the Business Committee for agreeing to this meeting today.",
        "We are grateful to the Clerk for arranging the sitting this morning.",
    ],
)
def test_thanked_for_an_act_today_is_past(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: an act thanked for that is still to be done, and thanks in a clause apart
        ("I thank the Minister for agreeing to publish the report today.", "2026-12-02 23:59"),
        ("Thanks for your patience; we will reply today.", "2026-12-02 23:59"),
    ],
)
def test_thanks_leave_an_act_ahead(text: str, want: str) -> None:
    assert due(text) == want


# -- 6. the month of an earlier change of a figure (past_reading) --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Consumer prices rose 0.9% in the 12 months to October, following a 0.7% increase in "
        "September.",
        "The index fell 0.1% in October, after a 0.4% gain in September.",
    ],
)
def test_following_change_of_a_figure_is_past(text: str) -> None:
    assert refusal(text) == "past"


def test_following_change_after_a_future_stays_ahead() -> None:
    # a forecast, no past sentence: the month keeps its date
    assert due("Prices will rise in January, following a 2% increase in February.") == (
        "2027-02-28 23:59"
    )


# -- 7. a day put forward as the fitting one (bargains, CONVENTIONS 4.3) --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I suggest that the 1st April would be a most appropriate day.",
        "I suggest that Friday would be a suitable day.",
        "We propose that Tuesday would be more convenient.",
    ],
)
def test_suggested_day_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


def test_suggested_plan_keeps_its_day() -> None:
    # a guard: a plan the speaker suggests to carry out is told, not weighed as fitting
    assert due("I suggest that we take it on Friday.") == "2026-12-04 23:59"


# -- 8. thanksgiving as the giving of thanks (feast_nouns) ----------------------------------------


def test_day_of_thanksgiving_is_no_feast() -> None:
    assert refusal(
        "The Congress asked the President to declare a national day of thanksgiving."
    ) in (
        None,
        "past",
    )
    assert refusal("A service of thanksgiving will be held.") is None


@pytest.mark.parametrize(
    "text",
    ["The report will be out by Thanksgiving.", "We will finish by thanksgiving."],
)
def test_thanksgiving_the_feast_is_kept(text: str) -> None:
    assert due(text) == "2027-11-25 23:59"


# -- 9. the sets' own cases ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        (
            "blind_fresh169",
            "Those of you who are attending the NHTSA Public Meeting should contact",
        ),
        ("blind_fresh172", "President Obama will be welcoming more than 50 African leaders"),
        ("blind_fresh172", "The second volume on the Programme for Economic Expansion"),
        ("blind_fresh171", "In his keynote address at the Institute for Government"),
        ("blind_fresh170", "I thank hon. Members for turning up this afternoon."),
        ("blind_fresh170", "On a seasonally adjusted monthly basis, the Consumer Price Index"),
        ("blind_fresh170", "Consumer prices rose 1.5% in the 12 months to March"),
        ("blind_fresh172", "I suggest that the 1st April would be a most appropriate day."),
        ("blind_fresh172", "It all started on September 28, 1789"),
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)


def test_a_long_event_of_weeks_is_counted_to_its_end() -> None:
    """Review of the whole change: a count past 400 days ("a 60-week programme") was dropped
    and the first day kept with no warning; every count the pattern reads is used."""
    got = parse_deadline(
        "The 60-week programme, to begin on 4 May 2026, will train 500 nurses.",
        datetime(2026, 3, 2, 10, tzinfo=UTC),
        "Europe/London",
    )
    assert got is not None and got.due.date().isoformat() == "2027-06-27", got
