"""The rules of issue 13's thirteenth round, one kind per test, each with the plain
texts it must leave alone.

The texts are paraphrases written for the test, so that a regression names the rule.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.extract import Candidate, extract_pledges, is_maybe
from bot.core.extract.schedule import heading_day, schedule_items

PUBLISHED = datetime(2024, 3, 11, 18, 0, tzinfo=UTC)  # a Monday evening


def _found(text: str) -> list[Candidate]:
    return extract_pledges(text, PUBLISHED, "UTC")


def _holding(candidates: list[Candidate], words: str) -> Candidate:
    found = [candidate for candidate in candidates if words in candidate.quote]
    assert len(found) == 1, candidates
    return found[0]


# -- a schedule read as a block: a dated heading, then one line per engagement ----------

_DAILY = """Public Schedule – March 12, 2024

SECRETARY JANE Q. MORROW

Secretary Morrow attends meetings and briefings at the Department.

DEPUTY SECRETARY ALAN B. FIELD

3:30 p.m. Deputy Secretary Field meets with the Advisory Board on Trade at the Department.

(CLOSED PRESS COVERAGE)

1:15 p.m. Department Press Briefing with Spokesperson Ruth Lane.

Under Secretary Okafor is on travel to Ohio from March 10-12, 2024.
"""

_CALENDAR = """Commissioners' weekly activities

Mardi 12 mars 2024

Ms Anna Berg in Vienna, Austria: meets Mr Karl Weiss, Minister of Labour.

Mr Pavel Novak in Prague, Czechia: participates in a dialogue on the future of rail.

Ms Lena Ortiz on official visit to Madrid (until 13/03).
"""


def test_engagement_lines_under_a_dated_heading_are_the_days_plans() -> None:
    candidates = _found(_DAILY)
    untimed = _holding(candidates, "Secretary Morrow attends meetings")
    timed = _holding(candidates, "Deputy Secretary Field meets with")
    assert untimed.speaker == "Secretary Morrow"
    assert timed.speaker == "Deputy Secretary Field"
    assert untimed.deadline is not None and untimed.deadline.due.date() == date(2024, 3, 12)
    assert timed.deadline is not None
    assert timed.deadline.due == datetime(2024, 3, 12, 15, 30, tzinfo=UTC)
    # A timed line is a programme's beyond doubt; an untimed one goes under "maybe".
    assert is_maybe(untimed) and not is_maybe(timed)


def test_a_calendar_in_another_language_is_read_too() -> None:
    candidates = _found(_CALENDAR)
    meets = _holding(candidates, "meets Mr Karl Weiss")
    assert meets.speaker == "Ms Anna Berg"
    assert meets.deadline is not None and meets.deadline.due.date() == date(2024, 3, 12)
    assert _holding(candidates, "participates in a dialogue").speaker == "Mr Pavel Novak"


@pytest.mark.parametrize(
    "words",
    [
        "1:15 p.m. Department Press Briefing",  # a verbless line names no one's plan
        "(CLOSED PRESS COVERAGE)",
        "Public Schedule",
    ],
)
def test_verbless_lines_and_states_of_a_schedule_are_not_proposed(words: str) -> None:
    assert not [c for c in _found(_DAILY) if words in c.quote]


def test_a_trip_under_way_with_its_end_ahead_is_proposed() -> None:
    # Read as a state at first (blind18's hard call, before CONVENTIONS); since stop 65 a
    # trip told as a state is a present plan (CONVENTIONS 1.3, "in any tense that announces
    # them"), as the later splits label it (blind41's "Secretary Rubio is on travel to ...
    # from February 13-16", told on the 14th): due on its last day.
    found = [c for c in _found(_DAILY) if "is on travel to Ohio" in c.quote]
    assert len(found) == 1 and found[0].speaker == "Okafor"
    assert found[0].deadline is not None and found[0].deadline.due.date() == date(2024, 3, 12)


def test_verbless_calendar_lines_are_not_proposed() -> None:
    assert not [c for c in _found(_CALENDAR) if "on official visit" in c.quote]


def test_a_heading_that_ends_in_a_colon_opens_the_programme() -> None:
    text = (
        "The conference opened on Sunday with a reception for the delegates.\n\n"
        "Reporters will have two opportunities to cover the conference on Tuesday, "
        "March 12:\n\n"
        "8:30 a.m. Secretary Morrow delivers remarks at the opening plenary session.\n\n"
        "Final access time for journalists and photographers: 8:10 a.m. from the "
        "north entrance lobby of the main building.\n\n"
        "12:30 p.m. Secretary Morrow hosts a luncheon for the visiting ministers.\n"
    )
    candidates = _found(text)
    assert "Morrow" in str(_holding(candidates, "Secretary Morrow hosts a luncheon").speaker)
    remarks = _holding(candidates, "Secretary Morrow delivers remarks")
    assert remarks.deadline is not None
    assert remarks.deadline.due == datetime(2024, 3, 12, 8, 30, tzinfo=UTC)


# -- entries after their own date: an agenda's and a business statement's lines -----------


def test_dated_entries_of_an_agenda_and_a_house_business_statement() -> None:
    agenda = (
        "Friday 15 March: Commission organizes Conference on Short Food Supply Chains\n\n"
        "Tuesday 19 March: European Commission to propose changes to the customs code\n\n"
        "Wednesday 20 March: Portugal – Fourth Review Report\n\n"
        "Thursday 21 March: Proposal to facilitate cross-border vehicle registration\n\n"
        "1/4/2024: Countdown to the European Year of Skills\n\n"
        # A single capitalised word is an actor only if the text never writes it in
        # lower case (`is_actor`): agendas describe each entry below the list.
        "The Commission will table a proposal to ease the registration of vehicles.\n"
    )
    quotes = [candidate.quote for candidate in _found(agenda)]
    assert any("Commission organizes Conference" in quote for quote in quotes), quotes
    assert any("European Commission to propose" in quote for quote in quotes), quotes
    # Verbless entries, a thing's name and a countdown are no one's plans.
    assert not [q for q in quotes if "Portugal" in q or "Proposal" in q or "Countdown" in q]


def test_business_lines_under_a_dated_entry_belong_to_its_day() -> None:
    text = (
        "The Leader of the House (Mrs. Ruth Hale): The business for next week is as follows.\n\n"
        "MONDAY 18 MARCH—Second Reading of the Water Bill.\n\n"
        "At 10 pm, the House will be asked to agree the supplementary estimates for the year.\n\n"
        "Proceedings on the Supply and Appropriation Bill.\n\n"
        "FRIDAY 22 MARCH—Private Members' Bills.\n"
    )
    candidates = _found(text)
    proceedings = _holding(candidates, "Proceedings on the Supply")
    assert proceedings.deadline is not None
    assert proceedings.deadline.due.date() == date(2024, 3, 18)
    assert _holding(candidates, "Private Members' Bills").deadline is not None


# -- what the block reader must leave alone ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A diary of a past day: the heading's day is before the publication.
        "Thursday 7 March 2024\n\nMs Anna Berg meets Mr Karl Weiss in Vienna.\n\n"
        "Mr Pavel Novak attends the Council of transport ministers.\n",
        # A dateline above a release told in the present tense.
        "Brussels, 12 March 2024\n\nThe Commission adopts a proposal on rail freight.\n\n"
        "Commissioner Berg presents the proposal to the press.\n",
        # A single present-tense line under a heading: no programme.
        "Tuesday 12 March\n\nMs Anna Berg meets Mr Karl Weiss in Vienna.\n",
        # Prose after the programme ends it: its present tense is a report.
        "Tuesday 12 March\n\nMs Anna Berg meets Mr Karl Weiss in Vienna.\n\n"
        "The talks follow a long dispute over the rail corridor that has divided the two "
        "governments since the autumn, according to officials.\n\n"
        "Mr Pavel Novak attends the Council of transport ministers.\n",
    ],
)
def test_present_tense_lines_outside_a_programme_are_not_proposed(text: str) -> None:
    assert schedule_items(text, PUBLISHED) == {}
    assert not [c for c in _found(text) if "meets Mr Karl Weiss" in c.quote]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Lundi 25 mars 2024", date(2024, 3, 25)),
        ("Public Schedule – March 12, 2024", date(2024, 3, 12)),
        ("Media will be able to cover the visit on Wednesday, March 13:", date(2024, 3, 13)),
        ("Friday 8 March", None),  # days past: not a programme's
        ("Brussels, 12 March 2024", None),  # a dateline
        ("The minister met the board on 12 March 2024 to discuss rail freight.", None),
    ],
)
def test_heading_day(line: str, day: date | None) -> None:
    assert heading_day(line, PUBLISHED) == day


def test_a_heading_months_past_is_next_years() -> None:
    december = datetime(2024, 12, 20, 12, 0, tzinfo=UTC)
    assert heading_day("Tuesday 7 January", december) == date(2025, 1, 7)


# -- a programme told in prose, its day first ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On Wednesday at 11:15 a.m. he meets with the Prime Minister of Norway.", 13),
        ("Tomorrow the Secretary receives the delegation from the African Union.", 12),
    ],
)
def test_a_programme_told_with_its_day_first_is_a_plan(text: str, day: int) -> None:
    candidates = _found(text)
    assert len(candidates) == 1, candidates
    deadline = candidates[0].deadline
    assert deadline is not None and deadline.due.date() == date(2024, 3, day)


@pytest.mark.parametrize(
    "text",
    [
        # Today's news in a headline: the day does not lead.
        "Transport Secretary meets with aviation industry ahead of next week's report.",
        # A thing meeting a target is no engagement.
        "On Wednesday the new plan meets its targets for the first time.",
        # Told of a past day.
        "On Friday he met with the Prime Minister of Norway.",
    ],
)
def test_present_tense_news_is_not_a_programme(text: str) -> None:
    assert _found(text) == []


# -- more shapes of a programme: a bare weekday, a zone, a plural, a section's own lines ---

_GUIDANCE = """THE PRESIDENT'S SCHEDULE

WEDNESDAY

10:00 AM EDT THE PRESIDENT and THE VICE PRESIDENT receive the President's Daily Brief
Oval Office
Closed Press

SECRETARY JANE Q. MORROW

2:00 p.m. Meets with the Foreign Minister of Chile at the Department.

The State Visit to Japan.
"""


def test_other_shapes_of_a_programme() -> None:
    candidates = _found(_GUIDANCE)
    brief = _holding(candidates, "receive the President's Daily Brief")
    assert brief.deadline is not None
    # A bare "WEDNESDAY" is the next one; the zone after the time is the line's.
    assert brief.deadline.due == datetime(2024, 3, 13, 14, 0, tzinfo=UTC)
    meets = _holding(candidates, "Meets with the Foreign Minister of Chile")
    assert meets.speaker == "Secretary Jane Q. Morrow"  # the section's owner
    # A noun that is also a verb's plain form, after a singular subject, is no engagement.
    assert not [c for c in candidates if "State Visit" in c.quote]


# -- "he" after a sentence whose subject was "he": still the same person -------------------


def test_he_keeps_its_referent_over_the_people_he_meets() -> None:
    text = (
        "MS. LANE: Okay. The Governor will be in the capital this weekend. On Monday at "
        "11:15 a.m. he meets with the Mayor of Springfield, Mayor Osei. At 3:20 p.m. he "
        "will take part in a photo opportunity with the winners of the science fair."
    )
    photo = _holding(_found(text), "he will take part in a photo opportunity")
    assert photo.speaker != "Mayor Osei" and "Osei" not in str(photo.speaker)


def test_he_after_a_named_subject_is_resolved_as_before() -> None:
    # The sentence before names its subject: its people are no one's object here.
    text = (
        "Ambassador Ruth Lane met the trade minister on Monday. She will publish the "
        "findings of the review by the end of June."
    )
    assert "Lane" in str(_holding(_found(text), "She will publish").speaker)


# -- "I" with no voice on record: the writer, as "we" already was ---------------------------


def test_i_with_no_voice_on_record_is_the_writer() -> None:
    text = (
        "Statement from the Transport Secretary on the air traffic control failure\n\n"
        "Transport Secretary Mark Harper met the chief executives of the airlines today.\n\n"
        "The National Air Traffic Service will publish its report within two weeks. "
        "The airlines have asked the government for help with the cost of the disruption. "
        "I will be supporting them in this effort."
    )
    assert _holding(_found(text), "I will be supporting them").speaker == "Mark Harper"


def test_i_in_a_transcript_is_still_the_speaker() -> None:
    text = "MS. LANE: Thank you all for coming.\n\nI will publish the full schedule on Friday."
    assert _holding(_found(text), "I will publish").speaker == "Lane"
