"""Issue 12, round 26d: past acts (a year summed up, a dated meeting with a compound
subject), words that name rather than date (a century, "the President's day", "day-to-day",
"short-term", a fiscal year naming a competition) and dates missed. Each is shown with
sentences of our own making, then the sets' own cases. Said on Wednesday 2 December 2026 at
10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import check_set_case, read
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal

# -- 1. the year running, summed up as done: past ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2026, in line with the expectations of members, the council placed a focus on homes.",
        "A summary of what has been delivered in 2026 is available on the website.",
        "The agency opened 14 new offices in 2026.",
        "During 2026, the board met eleven times and approved the accounts.",
    ],
)
def test_the_year_running_told_as_done_is_past(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("In 2026 we will open 14 new offices.", "2026-12-31 23:59"),
        ("The agency will open 14 new offices in 2026.", "2026-12-31 23:59"),
        ("The scheme, which was announced last year, opens in 2026.", "2026-12-31 23:59"),
        ("Work started in January and will be finished in 2026.", "2026-12-31 23:59"),
        ("The agency opened an office and promised a second one by 2027.", "2027-12-31 23:59"),
    ],
)
def test_the_year_running_still_ahead_keeps_its_deadline(text: str, due: str) -> None:
    assert _due(text) == due


# -- 2. a dated day of speaking at the head, its subject a list: told as done ----------------


@pytest.mark.parametrize(
    "text",
    [
        "On 2 December 2026, the Minister and her deputy met the unions in Leeds.",
        "On 1-2 December 2026, officials of the Treasury and of the Bank visited three ports.",
    ],
)
def test_a_fronted_day_with_a_listed_subject_told_as_done_is_past(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    "text",
    [
        "On 2 December 2026, the Minister and her deputy will meet and sign the accord.",
        # the past form of a clause set off by commas is not the subject's verb
        "On 2 December 2026, the Minister and her deputy, who arrived yesterday, will sign.",
        "On 2 December 2026, the Minister and her deputy sign the accord, officials said.",
    ],
)
def test_a_fronted_day_with_a_listed_subject_ahead_keeps_its_deadline(text: str) -> None:
    assert _due(text) == "2026-12-02 23:59"


# -- 3. words that name a kind, a century or one person's day: no time -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The archive keeps the records of the 19th-century hospital.",
        "They want the 21st-century railway for the north.",
        "The survey measures short-term price changes and long-term trends.",
        "Ministers discussed short term measures to ease the queues.",
        "Let me walk you through the President's day before we take questions.",
        "The council handles the day-to-day running of the parks.",
    ],
)
def test_words_that_name_give_no_deadline(text: str) -> None:
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will fix the roof in the short term.", "2027-01-31 23:59"),
        ("We will reply by the 21st.", "2026-12-21 23:59"),
        ("The offices will be closed on Presidents' Day.", "2027-02-15 23:59"),
        ("The shops will open on the Presidents' Day weekend.", "2027-02-15 23:59"),
        ("I will answer the letter to-day.", "2026-12-02 23:59"),
    ],
)
def test_the_same_words_as_times_keep_their_deadline(text: str, due: str) -> None:
    assert _due(text) == due


# -- the sets' own cases --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh35", "In 2025, in line with the expectations"),
        ("blind_fresh35", "An overview of what has been achieved in 2025"),
        ("blind_fresh35", "On 12-13 February 2026, European Commissioner"),
        ("blind_fresh35", "The Office of NIH History and Stetten Museum"),
        ("blind_fresh36", "The satellite will collect critical data"),
        ("blind_fresh36", "Let me give you an update on the President's day and"),
        ("blind_fresh36", "Let me give you an update on the President's day-to-day"),
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)
