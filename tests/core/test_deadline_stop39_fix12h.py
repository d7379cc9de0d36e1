"""Issue 12, stop 39 (fix12h): clock times that floated free of a past day, and a clash
refusal that did not show the member's words whole.

- a clock time in the clause of a past time phrase ("Yesterday, party at 7pm", "Last night,
  drinks at 9pm", "Earlier today, call at 6am") fell due today (or tomorrow): it goes with
  its past day, as with a weekday or a date set aside (combine._day_set_aside);
- "<weekday> last", the older British order ("on Monday last at 10am"), read as next
  Monday: it is the last one, the past (weekday_last.py);
- a span of days before a clock time with no day ("the day before at 5pm") counted from
  today's 5pm, and after an undated event ("the day before the vote at 5pm") left the time
  to fall due today: the time is on the span's day, refused with it (span_days.py);
- a weekday that does not fit its date was refused naming "Friday 3 December" when the
  member wrote "Friday 3 December 2026": the words are the member's, year included
  (last_checks._clash_words).

Said on Wednesday 2 December 2026 at 10:00, London time (tests/core/reading.py).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, Refusal
from tests.core.reading import LONDON, due, read

_NOON = datetime(2026, 12, 2, 12, 0, tzinfo=ZoneInfo(LONDON))


@pytest.mark.parametrize(
    "text",
    [
        "yesterday, party at 7pm",
        "Yesterday: dinner with Sam at 7pm",
        "Last night, drinks at 9pm",
        "Last Monday - the call at 10am",
        "Two days ago, team meeting at 9.30am",
        "the day before yesterday, party from 6pm to 8pm",
        "Yesterday evening, drinks at 7 o'clock",
    ],
)
def test_time_of_a_past_day_is_not_today(text: str) -> None:
    assert not isinstance(read(text), Deadline)


def test_time_earlier_today_is_not_tomorrow() -> None:
    # said at noon: 6am has gone; read alone it fell due tomorrow at 6am
    assert not isinstance(read("Earlier today, call at 6am", _NOON), Deadline)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("tomorrow, party at 7pm", "2026-12-03 19:00"),
        ("party at 7pm", "2026-12-02 19:00"),
        ("Yesterday we agreed. I will pay by 5pm", "2026-12-02 17:00"),  # a sentence of its own
        ("Yesterday we agreed that I will pay by Friday", "2026-12-04 23:59"),
    ],
)
def test_time_of_a_day_ahead_kept(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("on Monday last at 10am", "on Monday last"),
        ("Deposit, as agreed: Friday last", "Friday last"),
        ("on Monday last week", "on Monday last"),
    ],
)
def test_weekday_last_is_the_past(text: str, words: str) -> None:
    got = read(text)
    assert isinstance(got, Refusal) and (got.kind, got.words) == ("past", words), got


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("I'll do it by Friday last thing", "2026-12-04 23:59"),  # "last" of "thing"
        ("we meet on Monday, last chance to pay", "2026-12-07 23:59"),
        ("on Tuesday next at 10am", "2026-12-08 10:00"),
    ],
)
def test_weekday_without_last_kept(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the day before at 5pm", "the day before at 5pm"),
        ("the day after at 5pm", "the day after at 5pm"),
        ("the day before the vote at 5pm", "the day before the vote at 5pm"),
        ("two days before the vote at noon", "two days before the vote at noon"),
    ],
)
def test_time_of_a_span_day_goes_with_it(text: str, words: str) -> None:
    got = read(text)
    assert isinstance(got, Refusal) and (got.kind, got.words) == ("event", words), got


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("two hours before 5pm", "2026-12-02 15:00"),  # counts from the time
        ("the day before the vote, and the reply by 5pm", "2026-12-02 17:00"),  # its own clause
    ],
)
def test_time_apart_from_a_span_kept(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'll pay by Friday 3 December 2026", "Friday 3 December 2026"),
        ("I'll pay by FRIDAY 3 Dec. 2026.", "FRIDAY 3 Dec. 2026"),
        ("I'll pay by Friday, December 3rd, 2026, at 5pm", "Friday, December 3rd, 2026"),
        ("by Friday the 3rd of December 2026", "Friday the 3rd of December 2026"),
        ("I'll pay by Friday 3 December", "Friday 3 December"),  # no year written
    ],
)
def test_clash_names_the_members_words_whole(text: str, words: str) -> None:
    got = read(text)
    assert isinstance(got, Refusal) and (got.kind, got.words) == ("conflict", words), got
