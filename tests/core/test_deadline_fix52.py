"""Issue 12, stop 52, tuner: silent misreadings. Said on Wednesday 2 December 2026 at 10:00,
London (tests/core/reading.py).

- "thru", the US spelling of "through" as a range or end word ("Monday thru Friday", "closed
  thru March 3"), reads as "through" does: the scanner took it, but two dozen of the rules
  round a phrase knew only "through", so "Work starts Monday and runs thru Friday" fell due
  on this Friday, not the one after the start.
- a day of the month without its suffix ("on the 14", "until the 3", "by Friday the 11") is
  read as with it, after "the" and before a stop, "of this/next month" or a clock time
  (words.DOM_BARE); it had been dropped without a word ("by the 14 of this month" fell due at
  the month's end, "by Friday the 11" on this Friday, "on the 14 at 5pm" at 5pm today). A
  weekday that does not fit it is refused as with the suffix; a count is not read as a day
  ("one of the 12.", "approved by the 27.").
"""

from __future__ import annotations

import re

import pytest

from bot.core.deadlines import Deadline
from tests.core.deadline_properties import assert_every_token_used
from tests.core.reading import due, read, refusal

_THROUGH = [
    "Work starts Monday and runs through Friday.",
    "The consultation runs from 14 December through Friday.",
    "The office is open Monday through Friday.",
    "The bridge will be closed from Friday through Monday.",
    "Lane closures will continue through December 18.",
    "The comment period has been extended through January 15.",
    "The program will run from January through March.",
    "The pilot runs spring through summer 2027.",
    "Crews will work 9 a.m. through 4 p.m. on Friday, December 11.",
    "The discount is available December 10 through December 20.",
    "Hearings will be held on the 14th through the 16th.",
    "From 2027 through 2030, the agency will cut emissions.",
    "Applications are accepted through Friday at 5 p.m.",
    "The station will be closed from Monday, Dec. 7, through Friday, Dec. 11.",
    "The trial ran from January through March.",
    "The school will be closed Wednesday through Friday.",
    "The road closure runs through 6 a.m. Monday.",
]


def _reading(text: str) -> tuple[object, ...] | None:
    """What a member is told: the due instant and vagueness, or the refusal's kind."""
    got = read(text)
    if isinstance(got, Deadline):
        return (got.due, got.vague, got.earliest)
    return None if got is None else (got.kind, got.earliest)


@pytest.mark.parametrize("text", _THROUGH)
def test_thru_reads_as_through(text: str) -> None:
    assert _reading(re.sub(r"\bthrough\b", "thru", text)) == _reading(text)


def test_a_run_thru_a_weekday_ends_on_the_one_after_its_start() -> None:
    assert due("Work starts Monday and runs thru Friday.") == "2026-12-11 23:59"
    assert due("The consultation runs from 14 December thru Friday.") == "2026-12-18 23:59"


# -- a day of the month without its suffix --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We will decide on the 14.", "2026-12-14 23:59"),
        ("by the 14", "2026-12-14 23:59"),
        ("The office is closed until the 3.", "2026-12-03 23:59"),
        ("We will respond by the 14 of this month.", "2026-12-14 23:59"),
        ("The rules will be published by the 14 of next month.", "2027-01-14 23:59"),
        ("by the 14 of the month", "2026-12-14 23:59"),
        ("The report is due by Friday the 11.", "2026-12-11 23:59"),
        ("The vote will be held on the 14 at 5pm.", "2026-12-14 17:00"),
        ("The decision will be taken no later than the 20, the minister said.", "2026-12-20 23:59"),
        ("We need it by the 14.", "2026-12-14 23:59"),
    ],
)
def test_a_day_of_the_month_without_its_suffix_is_read(text: str, want: str) -> None:
    assert due(text) == want
    day = want[8:10].lstrip("0")
    teen = day in ("11", "12", "13")
    suffix = "th" if teen else {"1": "st", "2": "nd", "3": "rd"}.get(day[-1], "th")
    assert due(text.replace(day, day + suffix, 1)) == want  # as with its suffix


def test_a_weekday_that_misfits_a_bare_day_is_refused() -> None:
    assert refusal("The report is due by Friday the 14.") == "conflict"


@pytest.mark.parametrize(
    "text",
    [
        "A deal was agreed among the 27.",
        "The plan was approved by the 27.",
        "She finished one of the 12.",
        "The council will decide within the 0 at 5pm.",
    ],
)
def test_a_count_after_the_is_not_a_day(text: str) -> None:
    got = read(text)
    assert not isinstance(got, Deadline) or "the " not in got.matched, got
    assert_every_token_used(text, got)


def test_a_clock_time_of_a_bare_day_is_not_read_alone() -> None:
    assert_every_token_used("on the 14 at 5pm", read("on the 14 at 5pm"))


# -- a participle that describes its noun tells no past (described.py) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "When the law passed last year takes effect, we will act immediately.",
        "Once the rules agreed last month come into force, we will review them soon.",
        "When the money promised last year arrives, we will spend it immediately.",
        "When the law we passed last year takes effect, we will act immediately.",
    ],
)
def test_a_past_word_describing_the_subject_leaves_a_when_opening_ahead(text: str) -> None:
    assert refusal(text) == "event"  # CONVENTIONS 5.2, as "When the law takes effect, ..."


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "When the law passed last year takes effect on 1 April, we will publish guidance.",
            "2027-04-01 22:59",
        ),
        ("The rules adopted last week take effect on 1 April.", "2027-04-01 22:59"),
        ("The law we passed last year takes effect on 1 April.", "2027-04-01 22:59"),
        (
            "When the ban announced last year begins on Monday, shops will close.",
            "2026-12-07 23:59",
        ),
        (
            "When the pay deal agreed yesterday starts in March, nurses will get a rise.",
            "2027-03-31 22:59",
        ),
        ("The scheme launched in 2024 ends next March.", "2027-03-31 22:59"),
    ],
)
def test_a_past_word_describing_the_subject_leaves_its_date_ahead(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "When the law passed last year took effect, we acted immediately.",
        "When we met last week, we agreed to act immediately.",
        "When the committee voted last week, we agreed to act immediately.",
        "When we passed the law last year, we acted immediately.",
        "When the council passed the budget on 1 April, it promised a review.",
        "When the law passed on 1 April, we published guidance.",
        "The council approved plans on 1 April.",
        "The ban announced last year began on Monday.",
        "The rules adopted last week took effect on 1 April.",
    ],
)
def test_an_opening_or_a_clause_told_in_the_past_stays_past(text: str) -> None:
    assert refusal(text) == "past"
