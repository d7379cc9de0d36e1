"""Issue 12, stop 55, fix12-s55: refactors that keep every reading, and silent misreadings
found on the way. Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py),
unless a test gives another moment.

- written_on.py holds the readers of when words were written or said (a leading dateline, a
  citation's day, parse_said_on), moved out of the package's entry module.
- decided_aside.py: a decision's aside closed by a comma before a day ("at noon, as agreed,
  on Friday") is one branch of the aside set off between a time and its day; the look before
  it no longer misses a capitalised "As" or a line break before "on".
"""

from __future__ import annotations

from datetime import UTC

import pytest

from bot.core.deadlines import Deadline, Refusal, decided_aside, parse_said_on
from tests.core.reading import LONDON, SAID, due, read

# -- one pattern for the asides between a time and its day ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The vote will be at 5 p.m., as agreed, on Friday.",
        "The vote will be at noon, as agreed, on Friday.",
        "The vote will be at noon, as agreed by the House, on Friday.",
        "The vote will be at 5 p.m., as agreed on 25 November, on Friday.",
        "The vote will be at 5 p.m., as set out in the notice, on Friday.",
        "The vote will be at 5 p.m. (as planned) on Friday.",
        "The vote will be at 5 p.m. - as planned - on Friday.",
    ],
)
def test_an_aside_between_a_time_and_its_day_is_hidden_whatever_its_form(text: str) -> None:
    hidden = decided_aside.hide(text)
    assert len(hidden) == len(text)
    assert "as " not in hidden.replace("The vote", "")
    assert hidden.endswith("on Friday.")


def test_a_decisions_aside_before_a_day_is_hidden_away_from_a_time_too() -> None:
    text = "As agreed by the House, on Friday the report will be published."
    assert decided_aside.hide(text).lstrip().startswith("on Friday")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a capitalised "As" in brackets or dashes: the gate looked for "as " only, so the
        # aside stayed and the time was dropped (Friday 23:59) or the day read as past
        ("The vote will be at 5 p.m. (As agreed) on Friday.", "2026-12-04 17:00"),
        ("at 4.15 p.m. - As agreed - on Friday", "2026-12-04 16:15"),
        ("The vote will be by 5pm (As agreed) on Friday.", "2026-12-04 17:00"),
        # a line break after the aside's comma: the gate looked for " on " only
        ("The vote will be at 5 p.m., as set out in the notice,\non Friday.", "2026-12-04 17:00"),
        ("by 5pm, as set out in the notice,\non Friday", "2026-12-04 17:00"),
    ],
)
def test_the_time_and_the_day_around_an_aside_are_both_kept(text: str, want: str) -> None:
    assert due(text) == want


# -- the readers of when words were written, moved to written_on.py ------------------------


def test_parse_said_on_is_still_the_packages_and_looks_back() -> None:
    said = parse_said_on("on Monday", SAID, LONDON)
    assert said is not None
    assert said.date().isoformat() == "2026-11-30"


def test_words_after_a_dateline_ahead_count_from_it() -> None:
    # the dateline (Friday 4 December) is the day of writing: "by Thursday" is 10 December
    got = read("(Friday, 4 December 2026) - The report is due by Thursday.")
    assert isinstance(got, Deadline)
    assert got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M") == "2026-12-10 23:59"
    assert "counted from the dateline (Friday, 4 December 2026)" in got.reason


# -- a date hidden in an aside is named in the reason --------------------------------------


@pytest.mark.parametrize(
    ("text", "want", "day"),
    [
        (
            "We will publish it by Friday, as agreed on 3 December, with the figures.",
            "2026-12-04 23:59",
            "on 3 December",
        ),
        (
            "No. 2 shall be taken at 4.15 p.m., as agreed by the House on 25 November.",
            "2026-12-02 16:15",
            "on 25 November",
        ),
        (
            "The report will follow by Friday, as announced yesterday.",
            "2026-12-04 23:59",
            "yesterday",
        ),
        (
            "It will be laid at 10 a.m., as agreed on Monday, on Friday.",
            "2026-12-04 10:00",
            "on Monday",
        ),
        (
            "The vote is on 9 December at 5 p.m., as scheduled on Monday.",
            "2026-12-09 17:00",
            "on Monday",
        ),
    ],
)
def test_the_date_of_an_aside_set_aside_is_named(text: str, want: str, day: str) -> None:
    got = read(text)
    assert isinstance(got, Deadline)
    assert got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M") == want
    assert f"the aside's date “{day}” set aside" in got.reason


def test_a_refusal_names_the_asides_date_too() -> None:
    got = read("The vote was held on Friday, as agreed on 3 December.")
    assert isinstance(got, Refusal)
    assert got.kind == "past"
    assert "the aside's date “on 3 December” set aside" in got.reason


def test_a_plans_day_that_the_act_keeps_is_not_named_as_set_aside() -> None:
    # "as planned on Friday" gives the act its day: the day is used, not set aside
    got = read("The vote will be at 5 p.m., as planned on Friday.")
    assert isinstance(got, Deadline)
    assert got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M") == "2026-12-04 17:00"
    assert "set aside" not in got.reason
    assert decided_aside.set_aside("The vote will be at 5 p.m., as planned on Friday.") == []


# -- a clock time in brackets right after its day -------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the bracket was a clause boundary: the weekday was read alone (Friday 23:59) and the
        # time dropped, "chosen over" as a range's end; the phrase alone was read right
        ("The vote will be held on Friday (2 p.m. London).", "2026-12-04 14:00"),
        ("The vote is on Friday (2 p.m.).", "2026-12-04 14:00"),
        ("The vote will be held on Friday (at 2 p.m.).", "2026-12-04 14:00"),
        ("The vote will be held on Friday (2 p.m. EST).", "2026-12-04 19:00"),
        ("The vote will be held tomorrow (2pm).", "2026-12-03 14:00"),
        # unchanged: the bracket restates a time given before the day
        ("The vote will be held at 9 a.m. Eastern on Friday (2 p.m. London).", "2026-12-04 14:00"),
        # unchanged: a day with a date took its bracketed time before
        ("The vote will be held on 4 December (2pm).", "2026-12-04 14:00"),
    ],
)
def test_a_bracketed_clock_time_after_its_day_is_when_on_that_day(text: str, want: str) -> None:
    assert due(text) == want


def test_a_denied_time_in_brackets_still_leaves_the_day() -> None:
    assert due("The vote will be held on Friday (not at 2 p.m.).") == "2026-12-04 23:59"


# -- an aside after a time that ends in a word ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the aside was hidden only after a digit or "a.m."/"p.m.": after "noon", a zone or
        # "London time" it stayed, and the time was dropped (Friday 23:59)
        ("The vote will be at noon, as set out in the notice, on Friday.", "2026-12-04 12:00"),
        ("The vote will be at midday (as planned) on Friday.", "2026-12-04 12:00"),
        ("The vote will be at 17:00 GMT, as set out in the notice, on Friday.", "2026-12-04 17:00"),
        ("The vote will be at 5 p.m. EST (as planned) on Friday.", "2026-12-04 22:00"),
        ("The vote will be at 9 a.m. AEST, as set out, on Friday.", "2026-12-03 23:00"),
        ("The vote will be at 5pm London time (as agreed) on Friday.", "2026-12-04 17:00"),
        # unchanged: with no time before it, the day alone
        ("The report will be published, as set out in the notice, on Friday.", "2026-12-04 23:59"),
    ],
)
def test_an_aside_after_a_time_ending_in_a_word_keeps_the_time(text: str, want: str) -> None:
    assert due(text) == want


# -- "09:00-12:00" is a range, not 09:00 at UTC-12 ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the range's end was read as an offset: 09:00 at UTC-12 (21:00 UTC), no warning
        ("The vote will be held on Friday 09:00-12:00.", "2026-12-04 12:00"),
        ("The office is open on Friday 09:00-11:30.", "2026-12-04 11:30"),
        # refused as an unknown offset "-16:00"
        ("The vote will be held on Friday 14:00-16:00 CET.", "2026-12-04 15:00"),
        # offsets still read: ISO 8601, after a space, and "+"
        ("Submit by 2026-12-04T17:00-05:00.", "2026-12-04 22:00"),
        ("Submit by 2026-12-04T17:00:00-05:00.", "2026-12-04 22:00"),
        ("Submit by 17:00 -05:00 on Friday.", "2026-12-04 22:00"),
        ("Submit by 09:00 -0500 on Friday.", "2026-12-04 14:00"),
        ("Submit by 17:00+02:00 on Friday.", "2026-12-04 15:00"),
    ],
)
def test_a_dash_glued_to_a_clock_time_ends_a_range(text: str, want: str) -> None:
    assert due(text) == want
