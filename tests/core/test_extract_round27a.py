"""Issue 13, round 27a: the speaker of a notice's impersonal lines is its issuing body
(`mastheads`), and due dates of schedules.

The texts are written for the test (the kinds come from blind38's misses), so that a
regression names the rule; the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from bot.core.extract.mastheads import caps_masthead, lone_first_name
from tests.core.releases import found as _found
from tests.core.releases import quoted as _quoted


def _speaker(text: str, words: str) -> str | None:
    found = _quoted(_found(text), words)
    assert found is not None, words
    return found.speaker


# -- a capitalised letterhead names the notice's issuer ------------------------------

NOTICE = (
    "TECHNICAL BULLETIN\n"
    "NATIONAL TIDE SERVICE HEADQUARTERS PORTLAND ME\n"
    "TO: HARBOUR MASTERS, MARINA OPERATORS\n\n"
    "Following requests from harbour masters, we have decided to keep the hourly tide "
    "bulletin running until 30 June 2026. The Coastal Swell Digest, however, will be "
    "withdrawn as planned on 1 April 2026."
)


def test_capitalised_letterhead_is_the_issuer() -> None:
    assert caps_masthead(NOTICE) == "National Tide Service"
    assert caps_masthead("BUREAU OF FOREST ROADS NEWS RELEASE\n\nText.") == (
        "Bureau of Forest Roads"
    )


def test_address_lines_and_mixed_case_are_no_letterhead() -> None:
    assert caps_masthead("AGENCY: National Tide Service\n\nText.") is None
    assert caps_masthead("National Tide Service\n\nText.") is None


def test_notice_we_is_its_issuer() -> None:
    assert _speaker(NOTICE, "we have decided") == "National Tide Service"


def test_thing_withdrawn_is_not_its_own_speaker() -> None:
    assert _speaker(NOTICE, "will be withdrawn") == "National Tide Service"


# -- a first name alone, a plural acronym: never the speaker -------------------------

RELEASE = (
    "U.S. DEPARTMENT OF THE INTERIOR\n"
    "BUREAU OF FOREST ROADS NEWS RELEASE\n\n"
    "The Bureau of Forest Roads will hold three public meetings starting Monday to "
    "explain the draft road plan.\n\nThe comment window will open on March 16, 2026. "
    "DVDs are available too. The comment window will close on May 15, 2026.\n\n"
    "“We want to hear from road users,” said Marguerite “Meg” Olsen, the planning lead.\n\n"
    "Written comments will be accepted at the meetings."
)


def test_lone_first_name_is_no_speaker() -> None:
    assert lone_first_name("Marguerite", RELEASE)
    assert not lone_first_name("Olsen", RELEASE)
    assert not lone_first_name("BLM", RELEASE)


def test_impersonal_release_lines_go_to_the_bureau() -> None:
    found = _found(RELEASE)
    window = _quoted(found, "comment window will close")
    assert window is not None and window.speaker == "Bureau of Forest Roads"
    comments = _quoted(found, "Written comments")
    assert comments is not None and comments.speaker == "Bureau of Forest Roads"


BASE_RELEASE = (
    "Harbour Days 2026 coming to Kestrel Point\n\n"
    "KESTREL POINT NAVAL BASE, MAINE, UNITED STATES\n\n"
    "The base will hold its Harbour Days open house on 20 June.\n\n"
    "One of Kestrel’s patrol cutters will perform a rescue demonstration on 20 June."
)


def test_letterhead_base_and_its_own_things() -> None:
    assert caps_masthead(BASE_RELEASE) == "Kestrel Point Naval Base"
    assert _speaker(BASE_RELEASE, "rescue demonstration") == "Kestrel Point Naval Base"


# -- due dates: the clause's own time frame ------------------------------------------


def _due(text: str, words: str) -> str | None:
    found = _quoted(_found(text), words)
    assert found is not None, words
    return found.deadline.due.date().isoformat() if found.deadline else None


def test_participle_clause_does_not_time_the_main_act() -> None:
    text = "The Port Authority will be in session this week, opening its spring term on Thursday."
    assert _due(text, "in session this week") == "2026-03-08"


def test_fronted_day_range_before_a_pronoun() -> None:
    text = "On March 17-19 she will meet with harbour operators in Rotterdam."
    assert _due(text, "harbour operators") == "2026-03-19"


def test_continued_act_is_timed_by_its_until() -> None:
    text = (
        "Due to demand from readers, we have agreed to keep the weekly digest going, but "
        "at a reduced level of one issue (at 6 p.m.) until the end of Fiscal Year (FY) 2026 "
        "(June 30, 2026)."
    )
    assert _due(text, "weekly digest") == "2026-06-30"


def test_later_clause_after_but_times_the_sentence() -> None:
    text = (
        "Minister Ortega said the agency would process vouchers for most of the 40,000 "
        "households on its list but where addresses are not held, residents would be "
        "phoned early next week."
    )
    assert _due(text, "residents would be phoned") == "2026-03-10"


def test_week_programme_weekday_with_its_hour_moves_into_the_week() -> None:
    text = (
        "Schedule for the Week of March 9, 2026\n\n"
        "On Monday, the Senate will meet at 11:00 a.m.\n\n"
        "On Tuesday, Wednesday, and Thursday the Senate will meet at 10:00 a.m. for "
        "legislative business."
    )
    assert _due(text, "10:00 a.m.") == "2026-03-12"
