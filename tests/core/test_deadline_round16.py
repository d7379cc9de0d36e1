"""Issue 12, round 16: general kinds of the twenty-second fresh set's first-run misses, each
shown with sentences of our own making. Said on Wednesday 2 December 2026 at 10:00, London
time."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import due as _due
from tests.core.reading import read as _read
from tests.core.reading import refusal as _refusal

# -- 1. "today" told of an act done today: a perfect, a reduced relative, a past verb --------


@pytest.mark.parametrize(
    "text",
    [
        "Today we have taken a decisive step towards a fairer tax system.",
        "Today the council has given its approval to the new bus lanes.",
        "Today we have now begun the second stage of the review.",
        "The school funding proposals, set out today, will help thousands of pupils.",
        "The new guidance, drawn up today, applies to every council.",
        "Health ministers meeting in Paris today agreed a joint plan on vaccines.",
        "The committee today approved the new budget.",
    ],
)
def test_an_act_done_today_is_no_deadline(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    "text",
    [
        "Today we have to decide on the budget.",
        "The report will be published today.",
        "We will set out the plans today.",
        "The plans will be set out today, and the vote follows next week.",
        "Ministers meeting today will agree a joint plan.",
    ],
)
def test_an_act_still_to_come_today_stays_a_deadline(text: str) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got


# -- 2. a range after "from" is the range; "tomorrow or the next day" ---------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The minister will visit Leeds from 7 to 9 December.", "2026-12-09 23:59"),
        ("The delegation will be in Berlin from December 7 to 9.", "2026-12-09 23:59"),
        ("The envoy will travel to Asia from January 12 through 15.", "2027-01-15 23:59"),
    ],
)
def test_a_day_range_after_from_falls_due_at_its_end(text: str, due: str) -> None:
    assert _due(text) == due


def test_a_lone_from_date_still_gives_only_the_start() -> None:
    assert _refusal("The new rules apply from 9 December onwards.") == "earliest"


@pytest.mark.parametrize(
    "text",
    [
        "We will reply tomorrow or the next day.",
        "We hope to decide tomorrow or the day after.",
    ],
)
def test_the_next_day_after_tomorrow_is_the_day_after_tomorrow(text: str) -> None:
    assert _due(text) == "2026-12-04 23:59"


# -- 3. a past or habitual time read as ahead ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Compared with Q3 a year ago, sales rose by 4%.",
        "Exports were higher than in the third quarter a year ago.",
    ],
)
def test_a_period_a_year_ago_is_the_past(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    "text",
    [
        "Compared with Q3 a year earlier, sales rose by 4%.",
        "Sales rose by 4% on Q3 a year before.",
    ],
)
def test_a_period_a_year_earlier_is_the_past(text: str) -> None:
    assert _refusal(text) == "past"


def test_a_period_a_year_earlier_than_planned_stays_ahead() -> None:
    assert _due("The plant will open in Q3 a year earlier than planned.") == "2027-09-30 22:59"


@pytest.mark.parametrize(
    "text",
    [
        "Sittings begin at 9.30am on a Monday.",
        "Questions are taken at 10am on a Thursday.",
        "The market is held on a Saturday.",
    ],
)
def test_a_weekday_after_a_is_any_such_day(text: str) -> None:
    assert _refusal(text) == "recurring"


def test_a_named_weekday_stays_one_day() -> None:
    assert _due("Questions will be taken at 10am on Thursday.") == "2026-12-03 10:00"


# -- 1b. a passive possibility or a leave is no undertaking (CONVENTIONS 4.2) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "It will be open to any member to raise the matter tomorrow.",
        "It would be perfectly open to the council to revisit the plan next week.",
    ],
)
def test_a_passive_possibility_or_a_leave_is_no_deadline(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The appeal will be lodged tomorrow.",
        "The museum will be open to visitors from tomorrow and the report due on Friday.",
        "An appeal could be lodged tomorrow, but the report will be published on Friday.",
        "The whole scheme could be completed by the end of next year.",
        # a question asked commits nobody (stop 38, fix12c): the "could be" guard, confirmed
        "The Minister confirmed that the motion could be taken tomorrow.",
    ],
)
def test_an_undertaking_beside_them_stays_a_deadline(text: str) -> None:
    assert isinstance(_read(text), Deadline)


# -- 1c. "the week" named by a past act ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The news comes in the week the council also opened its new library.",
        "The figures arrive in the week that the bank raised its rates.",
    ],
)
def test_the_week_named_by_a_past_act_is_the_past(text: str) -> None:
    assert _refusal(text) == "past"


def test_the_week_alone_stays_this_week() -> None:
    assert _due("The report will be published in the week ahead.") == "2026-12-06 23:59"


# -- review of round 16: what the rules above must not take from a deadline -----------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a possibility someone promised or confirmed is an undertaking
        ("The decision could be taken tomorrow, the minister promised.", "2026-12-03 23:59"),
        ("Ministers said the payments could be released tomorrow.", "2026-12-03 23:59"),
        ("The council has confirmed the road could be reopened on Monday.", "2026-12-07 23:59"),
        ("The council has confirmed the road could be sent out on Monday.", "2026-12-07 23:59"),
        # a deadline word binds the time of a leave
        ("It would be open to the committee to report by Friday.", "2026-12-04 23:59"),
        ("It is open to Members to table amendments until Thursday.", "2026-12-03 23:59"),
        # "today" with a future of its clause is still ahead
        ("The funds will be released today provided the board approves.", "2026-12-02 23:59"),
        ("Tickets go on sale today priced at £5.", "2026-12-02 23:59"),
        ("We will announce today increased funding for schools.", "2026-12-02 23:59"),
        ("The results, expected today, will be published online.", "2026-12-02 23:59"),
        ("The decision, scheduled today, will be announced by the mayor.", "2026-12-02 23:59"),
        # "the week / month / year" named by a past clause, in a sentence with a future
        ("We will deliver within the week the minister promised.", "2026-12-06 23:59"),
        ("We will repay it within the year the court ordered.", "2026-12-31 23:59"),
        ("We will pay in the month the contract started.", "2026-12-31 23:59"),
        # "a year earlier" in a sentence told of the future is no past comparison
        ("The plant will now open in June a year earlier.", "2027-06-30 22:59"),
    ],
)
def test_review_16_stays_a_deadline(text: str, due: str) -> None:
    assert _due(text) == due


def test_review_16_a_year_earlier_with_a_future_stays_a_deadline() -> None:
    text = "We will finish the bypass by 2027 a year earlier, as the minister promised."
    assert isinstance(_read(text), Deadline)


def test_review_16_the_next_day_after_tomorrow_still_negated() -> None:
    assert _refusal("Do not expect a reply tomorrow or the next day.") is not None


def test_review_16_the_day_after_an_event_is_no_day_after_tomorrow() -> None:
    got = _read("We will reply tomorrow or the day after the vote.")
    assert not isinstance(got, Deadline) or got.due.day != 4, got
