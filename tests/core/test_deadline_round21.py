"""Issue 12, round 21: general kinds of the twenty-seventh set's misses, each shown with
sentences of our own making, then the sets' own cases. Said on Wednesday 2 December 2026
at 10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal

_LONDON = ZoneInfo("Europe/London")
_EVENING = datetime(2026, 12, 2, 19, 25, tzinfo=_LONDON)
_DAWN = datetime(2026, 12, 2, 6, 30, tzinfo=_LONDON)

# -- 1. an hour with no a.m./p.m. and no day: the first of its two readings ----------------


@pytest.mark.parametrize(
    ("text", "said", "due"),
    [
        # said in the evening: the same evening, not the next morning
        ("The House will adjourn until eight o'clock.", _EVENING, "2026-12-02 20:00"),
        ("We shall resume at half past nine.", _EVENING, "2026-12-02 21:30"),
        ("The sitting is suspended until ten minutes past eight.", _EVENING, "2026-12-02 20:10"),
        ("The committee will meet again at a quarter to eleven.", _EVENING, "2026-12-02 22:45"),
        # said in the morning: "9 o'clock" is tonight, "11 o'clock" this morning
        ("Private Members' business will be taken at 9 o'clock.", None, "2026-12-02 21:00"),
        ("The statement will be made at eleven o'clock.", None, "2026-12-02 11:00"),
        ("The vote will be at half past three.", None, "2026-12-02 15:30"),
        # said before dawn: the morning reading comes first
        ("The count resumes at eight o'clock.", _DAWN, "2026-12-02 08:00"),
    ],
)
def test_a_bare_hour_alone_is_its_first_reading_after_speaking(
    text: str, said: datetime | None, due: str
) -> None:
    assert (_due(text, said) if said else _due(text)) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a named day keeps the fixed reading: 1 to 7 the afternoon, 8 to 11 the morning
        ("On Friday the House will meet at eleven o'clock.", "2026-12-04 11:00"),
        ("On Friday the debate will run until 7 o'clock.", "2026-12-04 19:00"),
        # an a.m./p.m. or a part of the day is never second-guessed
        ("The House will adjourn until eight o'clock in the morning.", "2026-12-03 08:00"),
        ("The House will adjourn until 8 a.m.", "2026-12-03 08:00"),
    ],
)
def test_a_bare_hour_with_a_day_or_a_part_keeps_its_reading(text: str, due: str) -> None:
    assert _due(text, _EVENING) == due


# -- 2. a citation of a debate after quoted words: the day they were said -----------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # relative words count from the cited day, not from now (60 days from 20 November)
        (
            "“We will act very shortly”.—[Official Report, Commons, 20/11/26; col. 412.]",
            "2027-01-19 23:59",
        ),
        (
            "“The review will report within two weeks” (HC Deb, 1 December 2026, col 88)",
            "2026-12-15 23:59",
        ),
        (
            "“We will publish the plan within a week.”—[Official Report, 25 November 2026; Vol."
            " 701, c. 1238-1239.]",
            "2026-12-02 23:59",
        ),
        # a citation with no date leaves the words as said now
        (
            "“We will publish the plan within two weeks” (Official Report, col. 616).",
            "2026-12-16 23:59",
        ),
    ],
)
def test_quoted_words_count_from_the_day_their_citation_names(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        # what fell due before the words were quoted is gone
        "“We will legislate within weeks”.—[Official Report, Commons, 3/3/25; col. 573.]",
        "“A decision will follow by the summer” (HL Deb, 12 January 2026, cols 12-14).",
    ],
)
def test_quoted_words_due_before_they_were_quoted_are_the_past(text: str) -> None:
    assert _refusal(text) == "past"


def test_a_citation_is_never_the_deadline() -> None:
    assert _refusal("As the Minister said (HC Deb, 9 November 2026, col 573).") is None


# -- 3. the size of an extension: from an end the sentence does not give ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Therefore, the council is extending the consultation period for 30 days.",
        "The public comment period is being extended for six weeks.",
        "The Department will extend the application window for up to 14 days.",
        "The ceasefire was extended for another 60 days.",
    ],
)
def test_the_size_of_an_extension_is_no_deadline(text: str) -> None:
    assert _refusal(text) == "event"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # an extension to a date is due then; a window run from now is due at its end
        ("We are extending the comment period by 30 days to 25 February 2027.", "2027-02-25 23:59"),
        ("We will extend the library's opening hours for the next six months.", "2027-06-02 22:59"),
        ("The library will stay open for 30 days.", "2027-01-01 23:59"),
    ],
)
def test_an_extension_to_a_date_or_from_now_keeps_its_deadline(text: str, due: str) -> None:
    assert _due(text) == due


# -- the sets' own cases -------------------------------------------------------------------

_FIXED = (
    (
        "blind_fresh27",
        "My Lords, I beg to move that the House do now adjourn during pleasure until eight",
    ),
    (
        "blind_fresh27",
        "My Lords, I beg to move that the House do now adjourn during pleasure until ten",
    ),
    ("kinds_real13", "Private Members business will be taken at 9 o'clock."),
    ("blind_fresh27", "“We will bring the legislation forward very, very shortly”"),
    ("blind_fresh27", "Therefore, EPA is extending the public comment period for 30 days."),
    ("kinds_real17", "In the meantime, it is very important to pull together exactly"),
)


@pytest.mark.parametrize(("module", "opening"), _FIXED)
def test_the_sets_cases_of_this_round(module: str, opening: str) -> None:
    check_set_case(module, opening)
