"""Issue 12, round 27a: past facts dated on the day of speaking, lengths that measure
something rather than set a due, and years inside names, each shown with sentences of our
own making, then the sets' own cases. Said on Wednesday 2 December 2026 at 10:00, London
time (GMT), unless a test gives another moment."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal

# -- 1. the day of speaking, told as done ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The pre-election period for the council vote commenced on 2 December 2026.",
        "The company filed its accounts on 2 December 2026.",
    ],
)
def test_day_of_speaking_told_done_is_past(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # guards (passing before the change too): present or future: the day itself is still due
        ("The consultation closes on 2 December 2026.", "2026-12-02 23:59"),
        ("Comments received on 2 December 2026 will be considered.", "2026-12-02 23:59"),
        ("The office will be closed on 2 December 2026.", "2026-12-02 23:59"),
    ],
)
def test_day_of_speaking_ahead_stays_due(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh40", "The caretaker period for the NSW Election"),
        ("blind_fresh23", "The press release issued by the Foreign Office"),
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- 2. a span after a superlative measures back from now ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This is the first rise in the rate in five years.",
        # the set's own case (fresh40, labelled past; read here as a size, no deadline)
        "7th Armoured Brigade has completed its final training exercise, the largest on "
        "Salisbury Plain in 10 years, before heading to Afghanistan.",
    ],
)
def test_span_after_superlative_is_no_deadline(text: str) -> None:
    assert _refusal(text) is not None


def test_superlative_with_a_time_ahead_stays_due() -> None:
    """A guard (passing before the change too): the span ahead of a future act."""
    assert _due("The council will build the largest park in the city in 3 years.") == (
        "2029-12-02 23:59"
    )


def test_earliest_is_a_bound_ahead_not_a_superlative() -> None:
    """ "at the earliest in two weeks" bounds an act to come: the superlative rule read
    "earliest" as one and lost the date (review of round 27a)."""
    assert _due("The scheme opens at the earliest in two weeks.") == "2026-12-16 23:59"


def test_act_after_a_superlative_keeps_its_span() -> None:
    """ "The first train leaves in 20 minutes": the span is the act's, after the superlative
    (review of round 27a)."""
    assert _due("The first train leaves in 20 minutes.") == "2026-12-02 10:20"


# -- 3. a year inside a name ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister will speak at the 2027 Spring Conference.",
        "She will give the toast at the 2027 Mayor's Banquet.",
        "He will stand as a candidate in the 2027 election.",
    ],
)
def test_year_inside_a_name_is_no_deadline(text: str) -> None:
    assert _refusal(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # guards (passing before the change too): a deadline word makes the year a limit
        ("The law must be passed by the 2027 election.", "2027-12-31 23:59"),
        ("We will publish the plan in the 2027 Budget.", "2027-12-31 23:59"),
    ],
)
def test_year_as_a_limit_stays_due(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh39", "To discuss individual races in the 2013 election"),
    ],
)
def test_set_cases_of_names(module: str, opening: str) -> None:
    check_set_case(module, opening)


def test_year_of_a_calendar_stays_due() -> None:
    """ "the 2027 Academic Year" is a period, not a name: the name rule lost its date
    (review of round 27a)."""
    assert _due("Fees will rise in the 2027 Academic Year.") == "2027-12-31 23:59"
    assert _due("The register closes in the 2027 census year.") == "2027-12-31 23:59"


# -- 4. a future told from a past report ----------------------------------------------------

_JULY = datetime(2026, 7, 1, 10, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a future told from a past report keeps its date: the rule that read these as past
        # for one labelled case was dropped (it lost real dates with no warning)
        ("The agency said the new rules would take effect on January 1.", "2027-01-01 23:59"),
        ("Officials told reporters the bridge would reopen on 14 February.", "2027-02-14 23:59"),
        ("The board will hold the hearing on March 12.", "2027-03-12 23:59"),
        ("The minister said the review would finish by 30 September.", "2026-09-30 22:59"),
    ],
)
def test_reported_would_keeps_its_date(text: str, due: str) -> None:
    assert _due(text, _JULY) == due


# -- 5. how long a state went on, told as done ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The old bridge served the town for 80 years.",
        "The Poor Law Act 1834 supported the parishes well for 95 years.",
        "Travellers faced delays that lasted for several days.",
        "The old system has functioned for about twenty years.",
    ],
)
def test_length_of_a_state_told_done_is_no_deadline(text: str) -> None:
    assert _refusal(text) is not None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # guards (passing before the change too): a window opened for a span closes ahead
        ("The agency reopened the comment period for 45 days.", "2027-01-16 23:59"),
        ("The bridge will serve the town for 80 years.", "2106-12-02 23:59"),
    ],
)
def test_window_for_a_span_stays_due(text: str, due: str) -> None:
    assert _due(text) == due


def test_window_continued_for_a_span_stays_due() -> None:
    """A window "continued" for a span closes ahead, as one reopened does: the length rule
    read "continued ... for" as a state gone on (review of round 27a)."""
    assert _due("The council continued the consultation for 30 days.") == "2027-01-01 23:59"


def test_set_cases_of_lengths() -> None:
    """fresh37 and fresh38 label these past and none; the rule refuses them as a length
    ("event"): no deadline either way."""
    assert _refusal("The Quarantine Act 1908 supported us well for 108 years.") is not None
    assert (
        _refusal(
            "During and after some previous storms, U.S. citizens traveling abroad "
            "encountered dangerous and often uncomfortable conditions that lasted for "
            "several days."
        )
        is not None
    )


# -- 6. the month running, heading its sentence, told as done -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In December 2026, the Inquiry has been back to work and considering submissions.",
        "In December 2026, the council has adopted the report.",
    ],
)
def test_month_running_summed_up_is_past(text: str) -> None:
    assert _refusal(text) == "past"


def test_month_running_ahead_stays_due() -> None:
    """A guard (passing before the change too): the same month with an act to come."""
    assert _due("In December 2026, the council will adopt the report.") == "2026-12-31 23:59"


def test_month_running_asked_of_stays_due() -> None:
    """A perfect passive of asking ("have been asked to") is a call for the month still
    running, not a report of it (review of round 27a)."""
    text = "During December 2026, residents have been asked to cut water use."
    assert _due(text) == "2026-12-31 23:59"
