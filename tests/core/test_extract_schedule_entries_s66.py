"""Stop 66, tuner s: timed schedule entries without a verb, read from above the line.

A diary's or a calendar's line often names the engagement only ("13.00 Meeting with the
Prime Minister of Sweden", "10:00 AM Employment Situation for August"): whose it is comes
from the title above ("Weekly schedule of President ..."), an office-holder's heading, or
the text's body, and its day from the heading above or the row's own date. The tests are
paraphrases in layouts of several publishers, not copies of the development texts.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.core.extract import Candidate, extract_pledges
from bot.core.extract.schedule import schedule_items

_BRUSSELS = ZoneInfo("Europe/Brussels")
_LONDON = ZoneInfo("Europe/London")
_WASHINGTON = ZoneInfo("America/New_York")


def _found(text: str, published: datetime) -> list[Candidate]:
    zone = published.tzinfo
    return extract_pledges(text, published, zone if isinstance(zone, ZoneInfo) else "UTC")


def _due(candidate: Candidate) -> date | None:
    deadline = candidate.deadline
    return deadline.due.astimezone(ZoneInfo("UTC")).date() if deadline else None


def test_a_titled_diary_gives_its_owner_and_each_heading_its_day() -> None:
    text = (
        "Weekly schedule of Commissioner Anna Lindqvist\n\n"
        "Wednesday 12 March 2025\n"
        "09.30 Meeting with the Minister for Trade of Portugal\n"
        "14.00 Working lunch with members of the European Round Table\n\n"
        "Thursday 13 March 2025\n"
        "11.15 Visit to the port of Antwerp (press point 12.30)\n"
    )
    found = _found(text, datetime(2025, 3, 10, 12, 0, tzinfo=_BRUSSELS))
    assert [c.quote.split()[0] for c in found] == ["09.30", "14.00", "11.15"]
    assert {c.speaker for c in found} == {"Commissioner Anna Lindqvist"}
    assert [_due(c) for c in found] == [date(2025, 3, 12), date(2025, 3, 12), date(2025, 3, 13)]


def test_a_possessive_title_in_capitals_names_the_owner() -> None:
    text = (
        "THE PRIME MINISTER'S DIARY\n\n"
        "Monday 7 April 2025\n\n"
        "10:00 Cabinet meeting at Downing Street\n\n"
        "15:30 Audience with the King at Buckingham Palace\n"
    )
    found = _found(text, datetime(2025, 4, 4, 17, 0, tzinfo=_LONDON))
    assert len(found) == 2
    assert {c.speaker for c in found} == {"the Prime Minister"}
    assert {_due(c) for c in found} == {date(2025, 4, 7)}


def test_an_office_holders_section_owns_its_timed_entries_and_a_range() -> None:
    text = (
        "Thursday, June 5, 2025\n\n"
        "UNDER SECRETARY FOR ECONOMIC AFFAIRS JOHN MARLOWE\n\n"
        "9:00 a.m.-9:45 a.m. Bilateral meeting with the Finance Minister of Chile\n\n"
        "2:15 p.m. Roundtable on critical minerals at the Department of Commerce\n"
    )
    found = _found(text, datetime(2025, 6, 4, 18, 0, tzinfo=_WASHINGTON))
    assert len(found) == 2
    assert {c.speaker for c in found} == {"Under Secretary For Economic Affairs John Marlowe"}
    assert {_due(c) for c in found} == {date(2025, 6, 5)}


def test_a_calendar_row_is_dated_by_its_own_date_before_the_clock() -> None:
    text = (
        "Release calendar\n\n"
        "Date Time Release\n\n"
        "Tuesday, October 07, 2025 08:30 AM Retail Prices for September 2025\n\n"
        "Monday, October 13, 2025 Columbus Day\n\n"
        "Friday, October 17, 2025 10:00 AM Regional Jobs Report for September 2025\n\n"
        "17 October 2025 14.00 Quarterly Wage Survey\n"
    )
    found = _found(text, datetime(2025, 9, 20, 12, 0, tzinfo=_WASHINGTON))
    assert [_due(c) for c in found] == [date(2025, 10, 7), date(2025, 10, 17), date(2025, 10, 17)]
    assert not any("Columbus" in c.quote for c in found)


def test_an_events_agenda_with_no_owner_is_no_schedule_of_entries() -> None:
    # The programme of one public meeting (its agenda), whose meeting the text
    # announces elsewhere: the lines are no one's engagements (CONVENTIONS 2.5).
    text = (
        "Tuesday, September 9, 2025\n\n"
        "1 p.m. Public Meeting Open\n\n"
        "3 p.m. Presentations on Site Cleanup\n\n"
        "5 p.m. Public Comment Period and Adjournment\n"
    )
    published = datetime(2025, 8, 22, 12, 0, tzinfo=_WASHINGTON)
    assert schedule_items(text, published) == {}


def test_press_arrangements_and_a_record_of_the_day_are_not_entries() -> None:
    text = (
        "Weekly schedule of President Marta Kovac\n\n"
        "Friday 14 November 2025\n\n"
        "08.45 Pool call time\n\n"
        "09.00 Meeting with the President of Estonia\n\n"
        "10.30 Open press for opening remarks\n\n"
        "11.00 Senator Hale spoke on relations with Chile.\n\n"
        "11.40 Senators Ruiz and Okafor paid tribute to the Speaker.\n\n"
        "12.00 The motion was agreed to by unanimous consent.\n"
    )
    found = _found(text, datetime(2025, 11, 10, 9, 0, tzinfo=_BRUSSELS))
    assert [c.quote for c in found] == ["09.00 Meeting with the President of Estonia"]
    assert found[0].speaker == "President Marta Kovac"


def test_a_weekday_title_names_no_owner() -> None:
    text = (
        "Schedule for Monday\n\n"
        "Monday 17 November 2025\n"
        "10.00 Meeting with the Minister of Finance\n"
        "12.00 Lunch with the Ambassador of Japan\n"
    )
    items = schedule_items(text, datetime(2025, 11, 14, 9, 0, tzinfo=_BRUSSELS))
    assert items == {}


# A notice's DATES section (`notice_dates`): fragments dated each by their own date.
_NOTICE = """AGENCY: Office of Coastal Programs, Department of Marine Affairs.

ACTION: Notice of open meetings.

SUMMARY: This notice announces two meetings of the Coastal Resilience Advisory Panel.

DATES:

Wednesday, March 18, 2026, 10 a.m. to 4 p.m.

Applications to speak due: March 4, 2026.

Registration opened: January 5, 2026.

ADDRESSES: Harbour Hall, 12 Quay Street, Portland, Maine.
"""


def test_a_notices_dates_section_gives_each_fragment_its_own_date() -> None:
    found = _found(_NOTICE, datetime(2026, 2, 2, 12, 0, tzinfo=_WASHINGTON))
    dated = {c.quote: _due(c) for c in found if c.quote[:1] in "WA"}
    assert dated == {
        "Wednesday, March 18, 2026, 10 a.m. to 4 p.m.": date(2026, 3, 18),
        "Applications to speak due: March 4, 2026.": date(2026, 3, 5),
    }
    assert not any("Registration" in c.quote or "Harbour" in c.quote for c in found)


def test_a_numbered_list_of_hearings_under_dates_is_read_item_by_item() -> None:
    text = (
        "DATES: Statements may be made at the public hearings, held as follows:\n"
        "1. In Tulsa, OK, beginning at 9:00 a.m. on 14 May 2026.\n"
        "2. In Fresno, CA, beginning at 10:30 a.m. on 21 May 2026.\n"
        "FOR FURTHER INFORMATION CONTACT: Dana Reyes, (555) 010-2000.\n"
    )
    found = _found(text, datetime(2026, 4, 1, 12, 0, tzinfo=_WASHINGTON))
    assert [c.quote for c in found] == [
        "In Tulsa, OK, beginning at 9:00 a.m. on 14 May 2026.",
        "In Fresno, CA, beginning at 10:30 a.m. on 21 May 2026.",
    ]


def test_a_dates_section_leaves_effective_dates_wrapped_lines_and_one_sentences_list() -> None:
    text = (
        "DATES:\n"
        "Effective July 1, 2026.\n"
        "Public hearings will be held on:\n"
        "June 2, 2026, in Denver, CO;\n"
        "June 5, 2026, in Reno, NV; and\n"
        "June 9, 2026, in Boise, ID.\n"
        "Comments on the proposal are due\n"
        "on or before June 30, 2026.\n"
        "ADDRESSES: Docket Management Facility.\n"
    )
    published = datetime(2026, 5, 1, 12, 0, tzinfo=_WASHINGTON)
    assert schedule_items(text, published) == {}


def test_a_title_naming_the_owner_with_a_capital_the_gives_one_article() -> None:
    # the lead's re-read (stop 67): "Itinerary for The Minister of State" had given the
    # speaker "the The Minister of State"
    text = (
        "Itinerary for The Minister of State\n\n"
        "Monday 7 April 2025\n\n"
        "10:00 Meeting with the Harbour Board\n\n"
        "15:30 Visit to the new ferry terminal\n"
    )
    found = _found(text, datetime(2025, 4, 4, 17, 0, tzinfo=_LONDON))
    assert len(found) == 2
    assert {c.speaker for c in found} == {"the Minister of State"}
