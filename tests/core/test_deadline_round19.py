"""Issue 12, round 19: general kinds of the remaining misses of the twenty-fifth fresh set,
each shown with sentences of our own making, then the set's own cases. Said on Wednesday 2
December 2026 at 10:00, London time, unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal

# -- 1. a time opening a reported clause whose own verb is future -------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The Business Committee has agreed that after oral questions on Tuesday, there "
            "will be a short debate on the annual report.",
            "2026-12-08 23:59",
        ),
        ("The committee has agreed that on Tuesday there will be a debate.", "2026-12-08 23:59"),
        ("The Minister confirmed that on 9 December the House will sit late.", "2026-12-09 23:59"),
        ("She told us that on Monday we'll get the report.", "2026-12-07 23:59"),
        (
            "The clerk reported that by Friday the papers are to be laid.",
            "2026-12-04 23:59",
        ),
    ],
)
def test_a_time_opening_a_reported_future_clause_is_ahead(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        # the reported clause told in the past, or a future told from the past
        "He said that on Tuesday the House sat late.",
        "He said that on Tuesday the House would sit late.",
        # a verb of its own between "that" and the time: the time is that verb's
        "The committee agreed that the report published on Monday, as it stood, was sound.",
    ],
)
def test_a_time_in_a_reported_past_clause_stays_past(text: str) -> None:
    assert _refusal(text) == "past"


# -- 2. a year-less month in a phrase opening a sentence told in the past ----------------


@pytest.mark.parametrize(
    "text",
    [
        "In June, the Government issued its response.",
        "Following the vote in June on the committee's proposals, the board approved the plan.",
        "After the consultation in early September (which drew 400 replies), ministers "
        "published a summary.",
        "During March, the council received over a thousand letters.",
    ],
)
def test_a_month_opening_a_past_sentence_is_past(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the main clause ahead: the month is next year's
        ("Following the vote in June, the Government will send its response.", "2027-06-30 22:59"),
        ("In March, we will publish the plan.", "2027-03-31 22:59"),
        # "before" the month: it may be the one to come
        ("Before the election in May, the party published its manifesto.", "2027-05-31 22:59"),
        # the month not in the opening phrase
        (
            "In June, the Government issued its response and will report again in March.",
            "2027-03-31 22:59",
        ),
    ],
)
def test_a_month_not_told_past_stays_ahead(text: str, due: str) -> None:
    assert _due(text) == due


# -- 3. a month described after "a"/"an" and an adjective is a time ----------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "It is going to be an extremely busy February and March for the committee.",
            "2027-03-31 22:59",
        ),
        ("We are planning for a quiet August.", "2027-08-31 22:59"),
        ("Members should expect a busy March and April.", "2027-04-30 22:59"),
    ],
)
def test_a_described_month_is_a_time(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        # month names that are words: no pair, no time
        "The protesters set off on a long march through the city.",
        "It is thought that a student may apply twice.",
    ],
)
def test_a_word_month_after_an_adjective_is_no_time(text: str) -> None:
    assert _refusal(text) is None


# -- the twenty-fifth fresh set's cases fixed by these rules -------------------------------

_FIXED = (
    "The Business Committee has agreed that after oral questions on Tuesday",
    # a Welsh Government case was here: removed by the licence audit of stop 50 (lic50)
    "it’s going to be an extremely busy July and August",
)


@pytest.mark.parametrize("opening", _FIXED)
def test_the_sets_cases_of_this_round(opening: str) -> None:
    check_set_case("blind_fresh25", opening)
