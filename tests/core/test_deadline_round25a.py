"""Issue 12, round 25a: general kinds of the thirty-second set's misses (business said not
to happen, a possibility of business, a plan's time called off after its own words), each
shown with sentences of our own making, then the set's own cases. Said on Wednesday 2
December 2026 at 10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import read as _read
from tests.core.reading import refusal as _refusal

# -- 1. business said not to happen (CONVENTIONS 4.1) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "There will be no recorded votes on Friday.",
        "There will be no roll call votes during Tuesday's session of the Senate.",
        "There will be no further roll-call votes this week.",
        "The press conference scheduled for Friday at 10 a.m. has been cancelled.",
        "The hearing planned for Friday in Room 3 was called off.",
    ],
)
def test_business_said_not_to_happen_is_negated(text: str) -> None:
    assert _refusal(text) == "negated"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("There will be a roll call vote at 5:30pm.", "2026-12-02 17:30"),
        (
            "The meeting scheduled for Friday will replace the one that was cancelled.",
            "2026-12-04 23:59",
        ),
        ("The vote scheduled for Tuesday has been postponed to Thursday.", "2026-12-03 23:59"),
        ("A vote is possible by Friday.", "2026-12-04 23:59"),
    ],
)
def test_business_that_happens_keeps_its_time(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "Roll call votes are possible during Thursday's session.",
        "Votes are possible on Thursday.",
        "A statement is also possible this afternoon.",
    ],
)
def test_business_only_possible_is_no_deadline(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh32", "There will be no roll call votes during Monday"),
        ("blind_fresh32", "There will be no roll call votes this evening"),
        ("blind_fresh32", "As a result, there will be no further roll call votes today"),
        ("blind_fresh32", "Roll call votes are possible during tomorrow"),
        ("blind_fresh32", "The press briefing scheduled for today"),
    ],
)
def test_set_cases_of_business_not_happening(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- 3. a recess until a time, for one gathering of a series ----------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The Senate will recess until 2:15pm to allow for the weekly caucus meetings.",
            "2026-12-02 14:15",
        ),
        (
            "At 12:30pm, the House will recess until 2pm for the weekly party luncheons.",
            "2026-12-02 14:00",
        ),
        ("The board will adjourn until 4pm for the monthly staff meeting.", "2026-12-02 16:00"),
    ],
)
def test_one_gathering_of_a_series_is_no_schedule(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    ["Reports are sent weekly at 5pm.", "We hold weekly meetings at 5pm on Friday."],
)
def test_a_schedule_stays_recurring(text: str) -> None:
    assert _refusal(text) == "recurring"


@pytest.mark.parametrize(
    "opening",
    [
        "Upon disposition of the Hughes nomination",
        "At 12:30pm, the Senate will recess until 2:15pm",
    ],
)
def test_set_cases_of_a_recess(opening: str) -> None:
    check_set_case("blind_fresh32", opening)


# -- 2. floor time handed out in a sitting (CONVENTIONS 1.3) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "There will be up to 4 hours for debate equally divided between the two sides.",
        "There will be 30 minutes of debate prior to the vote.",
        "The Opposition will control the first 20 minutes and the Government the next 20 minutes.",
        "Senator Smith will speak for 10 minutes.",
    ],
)
def test_floor_time_counts_from_the_debate(text: str) -> None:
    assert _refusal(text) == "event"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will vote in 30 minutes.", "2026-12-02 10:30"),
        ("The debate will end within two hours.", "2026-12-02 12:00"),
        ("We will control the situation in the next 30 minutes.", "2026-12-02 10:30"),
        # opened now, the debate's time runs from now (CONVENTIONS 1.1)
        ("There will now be up to 2 hours for debate on the motion.", "2026-12-02 12:00"),
    ],
)
def test_a_span_from_now_stays(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "opening",
    ["There will be up to 8 hours for debate", "The Republicans will control the first 30 minutes"],
)
def test_set_cases_of_floor_time(opening: str) -> None:
    check_set_case("blind_fresh32", opening)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the floor given at a stated time: the window closes its length later (1.1)
        ("At 2pm, the minister will speak for up to 20 minutes.", "2026-12-02 14:20"),
        ("At 11:30am, Senator Jones will be recognized for up to 15 minutes.", "2026-12-02 11:45"),
        # another sentence's time, or a limit for every speaker, is no start of it
        (
            "At 3pm the vote will be held. Senator Smith will speak for 10 minutes.",
            "2026-12-02 15:00",
        ),
        ("At 10:30am members may speak for up to 10 minutes each.", "2026-12-02 10:30"),
    ],
)
def test_floor_given_at_a_stated_time_ends_its_length_later(text: str, due: str) -> None:
    assert _due(text) == due


def test_set_case_of_floor_given_at_a_time() -> None:
    check_set_case("blind_fresh32", "At 2:15pm, Senator Mikulski will be recognized")


# -- 4. weekdays paired with days of a month ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The summit will take place on Thursday and Friday, December 10 and 11.",
            "2026-12-11 23:59",
        ),
        (
            "The summit will take place on Thursday and Friday, December 10 & 11.",
            "2026-12-11 23:59",
        ),
    ],
)
def test_weekdays_paired_with_days_name_the_pair(text: str, due: str) -> None:
    assert _due(text) == due


def test_weekdays_that_do_not_fit_the_pair_stay_a_conflict() -> None:
    assert _refusal("The summit will take place on Monday and Friday, December 10 and 11.") == (
        "conflict"
    )


def test_set_case_of_weekdays_paired_with_days() -> None:
    check_set_case("blind_fresh32", "NIST announces the Genome in a Bottle Consortium meeting")


# -- 5. days of past acts --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # "died": a past form too short for the regular -ed test
        "The sergeant died Nov. 30 from his wounds.",
        "The founder died on Tuesday at home.",
        # a middle initial is no full stop: the main clause after it is still read
        "In a speech given at the docks in August, Governor Anne K. Ross praised the crews.",
    ],
)
def test_days_of_past_acts_are_past(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("In August, Mr. J. Smith will open the bridge.", "2027-08-31 22:59"),
        ("The sergeant will retire on Nov. 30 next year.", "2027-11-30 23:59"),
    ],
)
def test_days_of_acts_ahead_stay(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "opening",
    ["Cpl. William G. Taylor, 26, of Macon", "In remarks delivered beside the Cocoli Locks"],
)
def test_set_cases_of_past_acts(opening: str) -> None:
    check_set_case("blind_fresh32", opening)
