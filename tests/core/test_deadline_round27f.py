"""Issue 12, round 27f: the newest sets' misses (fresh47 to fresh50): a release's dateline
in brackets before a dash, a notice's "Date/time:" field line, a night named by its event
("on Census night"), a fiscal year naming a grant or priorities ("FY 2019 grant awards"),
shown with sentences of our own making, then the sets' own cases. Said on Wednesday 2
December 2026 at 10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, refusal

# -- 1. a dateline in brackets ("(Tuesday, 1 December 2026) - ...") is when it was written --


@pytest.mark.parametrize(
    "text",
    [
        "(Tuesday, December 1, 2026) - The committee opened an inquiry into rail fares.",
        "LEEDS (Wednesday, 2 December 2026) - The council today approved the budget.",
        "YORK, England (Wednesday, December 2) - The mayor visited the new depot.",
    ],
)
def test_a_bracketed_dateline_is_no_deadline(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the pledge after the dateline keeps its own time
        (
            "(Tuesday, December 1, 2026) - The mayor will publish the plan by Friday.",
            "2026-12-04 23:59",
        ),
        (
            "BATH (Wednesday, 2 December 2026) - Bids must arrive by 18 December.",
            "2026-12-18 23:59",
        ),
        # a day ahead in brackets is a notice's date, not a dateline
        ("Public meeting (Monday, December 7) - residents may comment.", "2026-12-07 23:59"),
        # a bracket after a closing or a deadline word is that time, said today (review 12c)
        ("Entries close (Wednesday 2 December): send yours now.", "2026-12-02 23:59"),
        ("Deadline (Wednesday, 2 December) - forms to the office.", "2026-12-02 23:59"),
    ],
)
def test_a_time_after_a_bracketed_dateline_still_counts(text: str, when: str) -> None:  # guards
    assert due(text) == when


# -- 2. a field label with a slash ("Date/time:") is no page's name --------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Date/time: Thursday, 10 December 2026, at 10 a.m.", "2026-12-10 10:00"),
        ("Date/Time: Friday 11 December, 2:30 p.m.", "2026-12-11 14:30"),
        ("Venue/date: Town Hall, 9 December 2026", "2026-12-09 23:59"),
    ],
)
def test_a_field_label_with_a_slash_leads_a_time(text: str, when: str) -> None:
    assert due(text) == when


def test_a_page_path_still_names_no_time() -> None:  # guard: so before too
    assert refusal("See Wikinews/IRC meeting Dec 9 for the log.") is None


# -- 3. a night named by its event ("on Census night") is not tonight ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Everyone should be counted where they sleep on Census night.",
        "Follow the count live on election night.",
        "The cast will sign programmes on opening night.",
        "The prizes will be handed out on quiz night.",
    ],
)
def test_a_night_named_by_its_event_is_undated(text: str) -> None:
    assert refusal(text) == "event"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The vote will be held on Thursday night.", "2026-12-03 23:59"),
        ("We will finish the count by night.", "2026-12-02 23:59"),
        ("It will be a cooler night across the north.", "2026-12-02 23:59"),
        ("The bill will be signed tomorrow night.", "2026-12-03 23:59"),
    ],
)
def test_a_day_or_a_described_night_still_reads(text: str, when: str) -> None:  # guards
    assert due(text) == when


# -- 4. a fiscal year naming a grant, an award or priorities is no time ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Endowment will make FY 2027 grant awards.",
        "The hearing will examine the Administration's Fiscal Year 2027 Health Care Priorities.",
        "The hearing will examine health care priorities for Fiscal Year 2027.",
        "As part of the Fiscal Year 2027 Consolidated Appropriations Act, the site will be sold.",
        "The agency will accept grant applications for FY 2028 at our usual deadlines.",
    ],
)
def test_a_fiscal_year_naming_a_grant_is_no_time(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Grant awards will be made in FY 2027.", "2027-03-31 22:59"),
        ("We will publish the FY 2027 grant awards by 9 February.", "2027-02-09 23:59"),
        ("The amount for 2027-28 will be set by 9 February.", "2027-02-09 23:59"),
        (
            "We invite bids for new awards for fiscal year (FY) 2027 for research grants.",
            "2027-03-31 22:59",
        ),
    ],
)
def test_a_fiscal_year_as_the_time_of_an_act_still_reads(text: str, when: str) -> None:  # guards
    assert due(text) == when


@pytest.mark.parametrize(
    "opening",
    [
        "(Tuesday, March 24, 2009) - Senator Patrick Leahy",
        "(Tuesday, March 24, 2009) - With the looming",
        "(Wednesday, March 25, 2009) - The Director",
        "(Wednesday, Jan. 16, 2008) - The Chairmen",
        "WASHINGTON (Tuesday, April 21, 2009)",
        "SOUTH BURLINGTON, Vt. (Saturday, April 26)",
        "Date/time: Thursday, Feb. 27, 2003",
        "Date/Time: Thursday, October 3, 2002",
        "Date/time: Tuesday, March 13, 2001",
        "Date/time: Thursday, March 15, 2001",
    ],
)
def test_sets_datelines_and_field_lines(opening: str) -> None:
    check_set_case("blind_fresh49", opening)


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh48", "For the household member away from home"),
        ("blind_fresh46", "As counting continues in the weeks following election night"),
        ("blind_fresh46", "The AEC's official results centre"),
    ],
)
def test_sets_event_nights(module: str, opening: str) -> None:
    check_set_case(module, opening)


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh49", "Hearing: “Examining the Administration’s Fiscal Year 2004"),
        ("blind_fresh50", "The Arts Endowment continues to make FY 2019 grant awards"),
        ("blind_fresh49", "Description: The Finance Committee, led by Sen. Chuck Grassley"),
        ("blind_fresh18", "The amount for 1978–79 has not been fixed"),
    ],
)
def test_sets_fiscal_names(module: str, opening: str) -> None:
    check_set_case(module, opening)
