"""The review of issue 13's thirteenth round (schedules read as blocks): one test per
finding, each with the reviewer's example, written to fail before its fix.

The texts are paraphrases written for the test, so that a regression names the rule.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.extract import Candidate, extract_pledges
from bot.core.extract.schedule import heading_day, schedule_items

PUBLISHED = datetime(2024, 3, 11, 18, 0, tzinfo=UTC)  # a Monday evening


def _found(text: str, published: datetime = PUBLISHED) -> list[Candidate]:
    return extract_pledges(text, published, "UTC")


def _holding(candidates: list[Candidate], words: str) -> Candidate:
    found = [candidate for candidate in candidates if words in candidate.quote]
    assert len(found) == 1, candidates
    return found[0]


# -- 1. an event listing's commands are no one's plans -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What's on this weekend\n\nSaturday 16 March\n\n"
        "Visit the new exhibition of river paintings at the city museum.\n\n"
        "Join a guided walk along the old harbour walls with a local historian.\n\n"
        "Give blood at the community centre on the high street.\n",
        "Saturday 16 March\n\n10:00 Meet the rangers at the visitor centre by the lake.\n\n"
        "14:00 Join the litter pick on the north beach with the volunteers.\n",
    ],
)
def test_commands_of_an_event_listing_are_not_pledges(text: str) -> None:
    assert schedule_items(text, PUBLISHED) == {}
    assert [c for c in _found(text) if c.speaker is None] == []


def test_a_sections_own_lines_still_belong_to_its_owner() -> None:
    text = (
        "Saturday 16 March\n\nSECRETARY JANE Q. MORROW\n\n"
        "10:00 a.m. Meets with the Foreign Minister of Chile at the Department.\n\n"
        "2:00 p.m. Visits the port of Baltimore with the Governor.\n"
    )
    candidates = _found(text)
    assert _holding(candidates, "Meets with the Foreign Minister").speaker == (
        "Secretary Jane Q. Morrow"
    )


# -- 2. the lines of one block share its day ----------------------------------------------


def test_every_line_of_a_block_is_due_on_its_headings_day() -> None:
    text = (
        "Public Schedule – Thursday, March 14, 2024\n\n"
        "10:00 a.m. Secretary Morrow visits the port of Baltimore with the Governor.\n\n"
        "2:00 p.m. Secretary Morrow delivers remarks to the port workers.\n"
    )
    candidates = _found(text)
    visits = _holding(candidates, "visits the port")
    remarks = _holding(candidates, "delivers remarks")
    assert visits.deadline is not None and remarks.deadline is not None
    assert visits.deadline.due == datetime(2024, 3, 14, 10, 0, tzinfo=UTC)
    assert remarks.deadline.due == datetime(2024, 3, 14, 14, 0, tzinfo=UTC)


# -- 3. a past timeline is not next year's plans; a written weekday is checked ---------------

_SEPTEMBER = datetime(2024, 9, 20, 12, 0, tzinfo=UTC)


def test_a_timeline_of_this_year_is_not_next_years_plans() -> None:
    text = (
        "Monday 15 January: The Home Secretary visits Leeds to open the police college.\n\n"
        "Tuesday 16 January: The Home Secretary meets the mayors of the northern cities.\n"
    )
    assert schedule_items(text, _SEPTEMBER) == {}
    dues = [c.deadline.due.date() for c in _found(text, _SEPTEMBER) if c.deadline]
    assert date(2025, 1, 15) not in dues and date(2025, 1, 16) not in dues


@pytest.mark.parametrize(
    ("line", "published", "day"),
    [
        ("Friday 15 March 2024", PUBLISHED, date(2024, 3, 15)),
        ("Thursday 15 March 2024", PUBLISHED, None),  # 15 March 2024 is a Friday
        ("Public Schedule – Wednesday, March 15, 2024", PUBLISHED, None),
        ("Monday 15 January", _SEPTEMBER, None),  # months past, far from next year
        ("Wednesday 15 January", _SEPTEMBER, None),
        ("Wednesday 15 January", datetime(2024, 12, 20, tzinfo=UTC), date(2025, 1, 15)),
    ],
)
def test_heading_day_checks_the_weekday_and_the_roll(
    line: str, published: datetime, day: date | None
) -> None:
    assert heading_day(line, published) == day


# -- 4. a zone after the time is read, never dropped into the speaker -------------------------


def test_a_zone_outside_the_usual_list_is_read() -> None:
    text = (
        "Tuesday 12 March 2024\n\n"
        "10:00 JST Secretary Morrow meets the Foreign Minister of Japan in Tokyo.\n\n"
        "15:00 JST Secretary Morrow visits the embassy staff and their families.\n"
    )
    candidates = _found(text)
    meets = _holding(candidates, "meets the Foreign Minister of Japan")
    assert meets.speaker == "Secretary Morrow"
    assert meets.deadline is not None
    assert meets.deadline.due == datetime(2024, 3, 12, 1, 0, tzinfo=UTC)


def test_a_zone_the_reader_does_not_know_is_not_dropped() -> None:
    text = (
        "Tuesday 12 March 2024\n\n"
        "10:00 XST Secretary Morrow meets the Foreign Minister of Japan in Tokyo.\n\n"
        "15:00 XST Secretary Morrow visits the embassy staff and their families.\n"
    )
    # The schedule reader refuses the lines rather than reading them in UTC.
    assert schedule_items(text, PUBLISHED) == {}
    assert [c for c in _found(text) if "XST" in str(c.speaker)] == []


# -- 5. "this morning" told in the evening is not ahead --------------------------------------


def test_this_morning_told_in_the_evening_is_not_a_plan() -> None:
    text = "This morning the Prime Minister tours the flood defences in York with local leaders."
    assert [c for c in _found(text) if c.deadline and c.deadline.due < PUBLISHED] == []


# -- 6. a bare weekday, or the publication's own day, opens a programme of timed lines only ------


_LINES = (
    "Ms Anna Berg meets the ambassador of Japan to discuss trade.\n\n"
    "Mr Pavel Novak attends the Council of transport ministers.\n"
)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # Published on a Saturday: "MONDAY" may be any Monday's routine.
        ("The minister's week\n\nMONDAY\n\n" + _LINES, datetime(2024, 3, 9, 10, tzinfo=UTC)),
        # Published that evening: a record of the day.
        (
            "Record of the Council meeting\n\nTuesday 12 March 2024\n\n" + _LINES,
            datetime(2024, 3, 12, 19, tzinfo=UTC),
        ),
    ],
)
def test_untimed_lines_under_a_bare_weekday_or_the_days_own_heading(
    text: str, published: datetime
) -> None:
    assert schedule_items(text, published) == {}
    assert [c for c in _found(text, published) if "Anna Berg" in c.quote] == []


def test_a_days_own_schedule_with_a_clock_keeps_its_untimed_lines() -> None:
    # A day's public schedule issued that morning: one timed line shows the programme.
    text = "Tuesday 12 March 2024\n\n15:30 Ms Lena Ortiz opens the rail summit.\n\n" + _LINES
    items = schedule_items(text, datetime(2024, 3, 12, 6, tzinfo=UTC))
    assert sorted(item.subject or "" for item in items.values()) == [
        "Mr Pavel Novak",
        "Ms Anna Berg",
        "Ms Lena Ortiz",
    ]


# -- 7. every line of a merged block is proposed ------------------------------------------


def test_every_line_of_a_block_without_full_stops_is_proposed() -> None:
    text = (
        "Tuesday 12 March 2024\n"
        "10:00 Secretary Morrow meets the Foreign Minister of Japan\n"
        "12:00 Secretary Morrow visits the embassy staff\n"
        "15:00 Secretary Morrow delivers remarks at the university\n"
    )
    candidates = _found(text)
    for words, hour in (
        ("meets the Foreign Minister", 10),
        ("visits the embassy", 12),
        ("delivers remarks", 15),
    ):
        found = [c for c in candidates if words in c.promise]
        assert len(found) == 1, candidates
        assert "Morrow" in str(found[0].speaker)
        assert found[0].deadline is not None
        assert found[0].deadline.due == datetime(2024, 3, 12, hour, 0, tzinfo=UTC)


# -- 8. a schedule line's cue is its verb ---------------------------------------------------


def test_a_schedule_lines_cue_is_its_verb() -> None:
    text = (
        "Tuesday 12 March 2024\n\n"
        "10:00 Ms Anna Berg meets the ambassador of Japan to discuss trade.\n\n"
        "Mr Pavel Novak attends the Council of transport ministers.\n"
    )
    candidates = _found(text)
    assert _holding(candidates, "Anna Berg meets").cue == "meets"
    assert _holding(candidates, "Pavel Novak attends").cue == "attends"
