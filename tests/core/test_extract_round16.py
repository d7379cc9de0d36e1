"""The rules of issue 13's round on the blind21 split, one kind per test, each holding
a real block of that split and the plain texts it must leave alone.

The blocks are State Department public schedules (public domain) as stored in
`tests/data/articles/real/blind21/`, cut to the lines the rule is about.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.core.deadlines import parse_deadline
from bot.core.extract import Candidate, extract_pledges
from bot.core.extract.schedule import schedule_items

# 06:00 in Washington on the schedule's day, as the split's labels assume.
PUBLISHED = datetime(2022, 10, 13, 10, 0, tzinfo=UTC)
_WASHINGTON = ZoneInfo("America/New_York")


def _found(text: str, published: datetime = PUBLISHED) -> list[Candidate]:
    return extract_pledges(text, published, "America/New_York")


def _holding(candidates: list[Candidate], words: str) -> Candidate:
    found = [candidate for candidate in candidates if words in candidate.quote]
    assert len(found) == 1, candidates
    return found[0]


def _due(candidate: Candidate) -> date | None:
    """The day a candidate is due, in Washington (a day's end is the next day in UTC)."""
    if candidate.deadline is None:
        return None
    return candidate.deadline.due.astimezone(ZoneInfo("America/New_York")).date()


# -- a daily schedule whose copy lacks its dated title: the banner heads the day ---------

_BANNERED = """***THE DAILY PUBLIC SCHEDULE IS SUBJECT TO CHANGE***

SECRETARY ANTONY J. BLINKEN

9:30 a.m. Secretary Blinken meets with Mexican Foreign Secretary Marcelo Ebrard at the \
Department of State.

(CLOSED PRESS COVERAGE)

10:30 a.m. Secretary Blinken delivers opening remarks at the U.S.-Mexico High-Level Security \
Dialogue at the Department of State.

(POOLED PRESS COVERAGE OF OPENING REMARKS)

Opening remarks will be livestreamed on www.state.gov and www.YouTube.com/statedept.

1:30 p.m. Secretary Blinken holds a U.S.-Mexico High-Level Security Dialogue joint press \
availability with Mexican Foreign Secretary Marcelo Ebrard at the Department of State.

(OPEN PRESS COVERAGE)

The joint press availability will be livestreamed on www.state.gov and www.YouTube.com/statedept.

6:15 p.m. Secretary Blinken delivers remarks at a signing ceremony for a new MOU with the \
Hispanic Association of Colleges and Universities, at the Department of State.

DEPUTY SECRETARY WENDY R. SHERMAN

Deputy Secretary Sherman attends meetings and briefings at the Department of State.
"""


def test_a_daily_schedules_banner_heads_the_publications_day() -> None:
    items = schedule_items(_BANNERED, PUBLISHED)
    assert len(items) == 5
    assert {item.when.split(" at ")[0] for item in items.values()} == {"on 13 October 2022"}
    candidates = _found(_BANNERED)
    meets = _holding(candidates, "meets with Mexican Foreign Secretary")
    assert meets.speaker == "Secretary Blinken"
    assert meets.deadline is not None
    assert meets.deadline.due == datetime(2022, 10, 13, 13, 30, tzinfo=UTC)
    # A note between entries does not close the schedule: the evening's line is read.
    assert _due(_holding(candidates, "signing ceremony")) == date(2022, 10, 13)
    assert _due(_holding(candidates, "Deputy Secretary Sherman attends")) == date(2022, 10, 13)


def test_without_the_banner_undated_lines_are_no_schedule() -> None:
    # The same lines with no banner and no dated heading name no day: nothing is read
    # as a programme (a record of a past day reads just so).
    bare = _BANNERED.split("\n", 2)[2]
    assert schedule_items(bare, PUBLISHED) == {}
    # A banner of another kind is no heading either.
    other = "***THIS SCHEDULE IS FOR PLANNING PURPOSES ONLY***\n\n" + bare
    assert schedule_items(other, PUBLISHED) == {}


def test_the_banner_does_not_replace_a_dated_title() -> None:
    titled = "Public Schedule – October 14, 2022\n\n" + _BANNERED
    days = {item.when.split(" at ")[0] for item in schedule_items(titled, PUBLISHED).values()}
    assert days == {"on 14 October 2022"}


def test_a_note_above_the_first_entry_does_not_close_the_schedule() -> None:
    travel = _BANNERED.replace(
        "SECRETARY ANTONY J. BLINKEN\n\n",
        "SECRETARY ANTONY J. BLINKEN\n\nSecretary Blinken is on travel to New York from "
        "October 10-13, 2022, for meetings with partners and allies.\n\n",
    )
    assert len(schedule_items(travel, PUBLISHED)) == 5
    # Prose after the entries still closes it: the story below is no programme.
    closed = _BANNERED.replace(
        "DEPUTY SECRETARY WENDY R. SHERMAN",
        "The Department has long worked with its partners in the region on these questions "
        "of security, trade and migration.",
    )
    assert len(schedule_items(closed, PUBLISHED)) == 4


# -- a schedule's note on how an engagement is seen is due on the block's day -----------


def test_a_livestream_note_is_due_on_its_schedules_day() -> None:
    candidates = _found(_BANNERED)
    assert _due(_holding(candidates, "Opening remarks will be livestreamed")) == date(2022, 10, 13)
    assert _due(_holding(candidates, "joint press availability will be")) == date(2022, 10, 13)


_TITLED = """Public Schedule – December 8, 2025

***THE DAILY PUBLIC SCHEDULE IS SUBJECT TO CHANGE***

SECRETARY MARCO RUBIO

9:00 a.m. Secretary Rubio meets with Australian Foreign Minister Penny Wong at the Department \
of State.

(CLOSED PRESS COVERAGE)

9:45 a.m. Secretary Rubio delivers remarks with Secretary of War Pete Hegseth at the Department \
of State.

(OPEN PRESS COVERAGE)

Remarks will be streamed live on the Department homepage and the Department YouTube channel

Call time for video cameras, still cameras, and writers is 9:00 a.m. from the 23rd Street entrance.
"""


def test_a_streamed_live_note_under_a_dated_title() -> None:
    published = datetime(2025, 12, 8, 11, 0, tzinfo=UTC)
    note = _holding(_found(_TITLED, published), "Remarks will be streamed live")
    assert _due(note) == date(2025, 12, 8)


def test_a_streaming_note_outside_a_schedule_keeps_no_day() -> None:
    # A press release's note, with no schedule above it: no day is made up.
    release = (
        "Secretary Blinken will travel to Ottawa to meet Canadian Foreign Minister Joly.\n\n"
        "The Secretary's remarks will be livestreamed on www.state.gov.\n"
    )
    assert _found(release)
    note = [c for c in _found(release) if "livestreamed" in c.quote]
    assert all(c.deadline is None for c in note)


def test_a_note_that_names_its_own_day_keeps_it() -> None:
    dated = _BANNERED.replace(
        "Opening remarks will be livestreamed on",
        "Opening remarks will be livestreamed on October 20 on",
    )
    note = _holding(_found(dated), "Opening remarks will be livestreamed")
    assert _due(note) == date(2022, 10, 20)


# -- an e-mailed schedule's emphasis marks -----------------------------------------------

_EMAILED = """Office of the Spokesperson

* ***THE DAILY PUBLIC SCHEDULE IS SUBJECT TO CHANGE****

*_SECRETARY ANTONY J. BLINKEN_* * *

Secretary Blinken is on travel to New York [ \
https://www.state.gov/secretary-blinkens-travel-to-the-78th-united-nations-general-assembly/ ] \
from September 17-22, 2023.

*8:00 a.m.* Secretary Blinken meets with Australian Foreign Minister Penny Wong in New York \
City, New York.

*(CLOSED PRESS COVERAGE)*

*9:00 a.m. *Secretary Blinken delivers remarks at the Addressing the Urgent Security Situation \
in Haiti Meeting in New York City, New York.

*3:00 p.m*. Secretary Blinken holds a press availability in New York City, New York.

*(OPEN PRESS COVERAGE)*

“Secretary Blinken’s remarks will be streamed live on the “*”Department homepage”* [ \
https://www.state.gov/ ]” and “*”YouTube Channel.”* [ \
https://www.youtube.com/user/statevideo#_blank ]” ”
"""


def test_an_emailed_schedules_emphasis_is_read_through() -> None:
    published = datetime(2023, 9, 22, 10, 0, tzinfo=UTC)
    items = schedule_items(_EMAILED, published)
    assert [item.subject for item in items.values()] == ["Secretary Blinken"] * 3
    assert all(item.owner == "Secretary Antony J. Blinken" for item in items.values())
    candidates = _found(_EMAILED, published)
    haiti = _holding(candidates, "Urgent Security Situation in Haiti")
    assert haiti.deadline is not None
    assert haiti.deadline.due == datetime(2023, 9, 22, 13, 0, tzinfo=UTC)
    assert _due(_holding(candidates, "remarks will be streamed live")) == date(2023, 9, 22)


def test_a_bulleted_line_is_not_stripped_as_emphasis() -> None:
    # "* Secretary ..." is a list's bullet (a space after the mark): the line is as before.
    bulleted = _BANNERED.replace("9:30 a.m. Secretary", "* 9:30 a.m. Secretary")
    assert len(schedule_items(bulleted, PUBLISHED)) == len(schedule_items(_BANNERED, PUBLISHED)) - 1


# -- a week's programme told ahead of the week: its bare weekdays are that week's --------

_WEEK_OF = """President Obama’s Schedule for Week of July 7, 2014

On Saturday and Sunday, the President has no public events scheduled.

Schedule for the Week of July 7, 2014

On Monday, the President will host a group of teachers at the White House for lunch to \
discuss the Administration’s efforts to ensure that every student is taught by an effective \
educator.

On Thursday, while in Austin, TX, the President will attend a DNC event and deliver remarks \
on the economy before returning to the White House.

On Friday the President will attend meetings at the White House.
"""
# A Friday noon in Washington.
_FRIDAY = datetime(2014, 7, 4, 16, 0, tzinfo=UTC)

_GAGGLE = """Q Do you have any guidance for the President’s week ahead?

MR. CARNEY: I do, indeed. I have a week ahead for you. On Monday, the President and the \
First Lady will host the 2011 White House Easter Egg Roll on the South Lawn.

On Friday, the President will welcome Auburn University’s football team to the White House \
to honor the team’s 2010 BCS National Championship.

On Saturday, the President and the First Lady will attend the White House Correspondents \
Dinner.
"""


def test_the_weekdays_of_a_week_of_programme_are_that_weeks() -> None:
    candidates = _found(_WEEK_OF, _FRIDAY)
    assert _due(_holding(candidates, "On Friday the President")) == date(2014, 7, 11)
    assert _due(_holding(candidates, "On Monday, the President")) == date(2014, 7, 7)
    assert _due(_holding(candidates, "On Thursday, while in Austin")) == date(2014, 7, 10)


def test_the_weekdays_of_a_week_ahead_are_the_next_weeks() -> None:
    candidates = _found(_GAGGLE, datetime(2011, 4, 22, 19, 0, tzinfo=UTC))
    assert _due(_holding(candidates, "On Friday, the President")) == date(2011, 4, 29)
    assert _due(_holding(candidates, "On Saturday, the President")) == date(2011, 4, 30)
    assert _due(_holding(candidates, "On Monday, the President")) == date(2011, 4, 25)


def test_a_friday_without_an_announced_week_is_the_publications() -> None:
    plain = "On Friday the President will attend meetings at the White House.\n"
    assert _due(_holding(_found(plain, _FRIDAY), "On Friday")) == date(2014, 7, 4)
    # A week already begun ("the week of June 30") moves nothing.
    begun = "Schedule for the Week of June 30, 2014\n\n" + plain
    assert _due(_holding(_found(begun, _FRIDAY), "On Friday")) == date(2014, 7, 4)
    # Nor does a week named after the sentence.
    after = plain + "\nNext: the schedule for the week of July 14, 2014, due on Monday.\n"
    assert _due(_holding(_found(after, _FRIDAY), "On Friday")) == date(2014, 7, 4)
    # A date of its own is kept: only a bare weekday is the week's.
    dated = _WEEK_OF.replace("On Friday the", "On Friday, July 4, the")
    assert _due(_holding(_found(dated, _FRIDAY), "the President will attend meetings")) == date(
        2014, 7, 4
    )


# -- a spoken count: "couple" without "of" -----------------------------------------------

_SPOKEN = (
    "We made the decision last night to withdraw the remaining diplomats from Caracas, "
    "so they’ll be coming home the next couple or three days.\n"
)


def test_a_spoken_couple_counts_two() -> None:
    published = datetime(2019, 3, 12, 17, 0, tzinfo=UTC)
    home = _holding(_found(_SPOKEN, published), "coming home")
    assert home.deadline is not None
    assert home.deadline.matched == "the next couple or three days"
    assert _due(home) == date(2019, 3, 15)
    couple = parse_deadline("back in the next couple days", published, "America/New_York")
    assert couple is not None and couple.due.astimezone(_WASHINGTON).date() == date(2019, 3, 14)


def test_a_couple_that_counts_nothing_is_left_alone() -> None:
    published = datetime(2019, 3, 12, 17, 0, tzinfo=UTC)
    married = parse_deadline("the couple will marry in June", published, "UTC")
    assert married is not None and married.matched == "in June"
    assert parse_deadline("the couple met three days ago", published, "UTC") is None
    weeks = parse_deadline("within a couple of weeks", published, "UTC")
    assert weeks is not None and weeks.due.date() == date(2019, 3, 26)


# -- the final review of the stop ----------------------------------------------------------


def test_a_week_ahead_said_early_in_the_week_is_this_weeks() -> None:
    story = (
        "Markets brace for a busy week ahead as data pile up.\n\n"
        "On Thursday the central bank will announce its rate decision.\n"
    )
    monday = datetime(2024, 3, 4, 14, 0, tzinfo=UTC)
    assert _due(_holding(_found(story, monday), "On Thursday")) == date(2024, 3, 7)


def test_a_week_of_in_running_text_moves_no_weekday() -> None:
    story = (
        "The trial is set to begin the week of April 15.\n\n"
        "On Friday, the judge will hear motions to dismiss.\n"
    )
    monday = datetime(2024, 3, 4, 14, 0, tzinfo=UTC)
    assert _due(_holding(_found(story, monday), "On Friday")) == date(2024, 3, 8)


def test_the_banner_after_a_past_title_dates_nothing() -> None:
    past = _BANNERED.replace(
        "***THE DAILY", "Public Schedule – October 10, 2022\n\n***THE DAILY", 1
    )
    assert all(_due(c) != PUBLISHED.date() for c in _found(past))


def test_a_streaming_note_after_the_schedule_ended_keeps_no_day() -> None:
    text = (
        "Public Schedule – October 13, 2022\n\n"
        "9:30 a.m. Secretary Blinken meets with the Foreign Secretary at the Department of "
        "State.\n\n"
        "10:30 a.m. Secretary Blinken delivers remarks at the Department of State.\n\n"
        "Secretary Blinken has spoken often about the region in recent months and will "
        "continue to do so.\n\n"
        "The Secretary's long-planned speech on China policy will be livestreamed, aides said, "
        "though no date has been set.\n"
    )
    note = _holding(_found(text), "livestreamed")  # proposed, with no day of its own
    assert note.deadline is None, note


def test_a_week_ahead_goes_by_the_publications_local_day() -> None:
    # Thursday 20:00 UTC is already Friday in Tokyo: the week ahead is the next one there
    story = (
        "Markets brace for a busy week ahead as data pile up.\n\n"
        "On Saturday the central bank will announce its rate decision.\n"
    )
    found = extract_pledges(story, datetime(2024, 3, 7, 20, 0, tzinfo=UTC), "Asia/Tokyo")
    saturday = _holding(found, "On Saturday")
    assert saturday.deadline is not None
    assert saturday.deadline.due.astimezone(ZoneInfo("Asia/Tokyo")).date() == date(2024, 3, 16)
