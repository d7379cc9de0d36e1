"""Issue 13, stop 61, tuner x2 (speakers): a Bill's reading line is the House's step.

The texts are written for the test. A Votes and Proceedings or Private Business line ("To be
read a Second time upon Tuesday next", "Second Reading deferred till Tuesday next") follows
the line naming the Bill's presenter, so the nearest actor named before it went to the
presenter; the step is the House's (`readings.house_step`).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import extract_pledges
from bot.core.extract.readings import house_step

PROCEEDINGS = (
    "Votes and Proceedings\n\nWednesday 4 March 2026\n\nThe House met at 11.30 am.\n\n"
    "Harbour Dues Bill: Presentation and First Reading\n\n"
    "Secretary Mara Quint, supported by the Home Secretary, presented a Bill to regulate "
    "harbour dues.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Bill read the first time; to be read a second time tomorrow.\n",
        "To be read a Second time upon Tuesday next.\n",
        "Harbour Dues Bill (By Order) Second Reading deferred till Tuesday next.\n",
    ],
)
def test_a_bills_reading_line_is_the_houses_step(line: str) -> None:
    found = extract_pledges(PROCEEDINGS + line, datetime(2026, 3, 4, 12, tzinfo=UTC))
    mine = [c for c in found if c.quote.strip() == line.strip()]
    assert [c.speaker for c in mine] == ["the House"]


def test_the_presenters_own_promise_stays_theirs() -> None:
    text = PROCEEDINGS + "Secretary Mara Quint will publish the draft regulations by 1 May 2026.\n"
    found = extract_pledges(text, datetime(2026, 3, 4, 12, tzinfo=UTC))
    assert [c.speaker for c in found if "draft regulations" in c.quote] == ["Mara Quint"]


def test_only_a_reading_is_a_house_step() -> None:
    assert house_step("to be read a second time tomorrow", 0, 24)
    text = "The hearing was deferred till Monday."
    assert not house_step(text, text.index("deferred"), text.index("deferred") + 8)


# -- a Federal Register document's agency, not the department above it (impersonal) -------

RULE_HEAD = (
    "Federal Register / Vol. 91, No. 40 / Monday, March 2, 2026 / Rules and Regulations\n"
    "DEPARTMENT OF HOMELAND\nSECURITY\nCoast Guard\n33 CFR Part 165\n"
    "[Docket Number USCG-2026-0101]\n"
    "Safety Zone; Harbour Swim, Port Town, ME\n"
)


@pytest.mark.parametrize(
    "head",
    [
        RULE_HEAD + "AGENCY: Coast Guard, DHS.\nACTION: Temporary final rule.\n\n",
        # the "AGENCY:" line left empty by the page's layout: the head still names it
        RULE_HEAD + "Coast Guard, DHS.\nTemporary final rule.\nAGENCY:\nACTION:\n\n",
    ],
)
def test_a_rules_impersonal_line_is_its_agencys_not_the_departments(head: str) -> None:
    text = head + (
        "DATES: The safety zone will be enforced from 9 a.m. until 6 p.m. on June 30, 2026.\n"
    )
    found = extract_pledges(text, datetime(2026, 3, 2, 12, tzinfo=UTC))
    assert [c.speaker for c in found if "enforced" in c.quote] == ["the Coast Guard"]


def test_a_department_masthead_with_no_agency_under_it_stays() -> None:
    text = (
        "DEPARTMENT OF THE INTERIOR\n\nNEWS RELEASE\n\n"
        "The comment period will close on April 30, 2026.\n"
    )
    found = extract_pledges(text, datetime(2026, 3, 2, 12, tzinfo=UTC))
    assert [c.speaker for c in found if "comment period" in c.quote] == [
        "Department of the Interior"
    ]


# -- a post told with its place: the person, not the place (speakers._posted_person) -------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Jane Roe, British High Commissioner to Chile said: “We will open the new "
            "consulate in Valparaiso on 1 June 2026.”\n",
            "consulate",
            "Jane Roe",
        ),
        (
            "Ambassador Sam Hale, U.S. Ambassador to Kenya, will visit Mombasa on 3 March 2026.\n",
            "Mombasa",
            "Sam Hale",
        ),
    ],
)
def test_the_place_of_a_post_is_not_its_holder(text: str, words: str, speaker: str) -> None:
    found = extract_pledges(text, datetime(2026, 3, 2, 12, tzinfo=UTC))
    assert [c.speaker for c in found if words in c.quote] == [speaker]


# -- a page's link line is no headline "X to act" (clauses.sentence_cues) ------------------


def test_a_link_line_is_no_headline() -> None:
    text = (
        "Dáil Éireann debate - Tuesday, 3 March 2026\n\n"
        "Rail Services\n\n"
        "Mary Roe (Galway West, Fine Gael)\n\n"
        "Link to this: Individually | In context\n\n"
        "Question 12: To ask the Minister for Transport his plans for rail services.\n\n"
        "Sam Hale (Dublin Central, Fianna Fáil)\n\n"
        "Link to this: Individually | In context\n\n"
        "The new timetable will start on 1 June 2026.\n"
    )
    found = extract_pledges(text, datetime(2026, 3, 3, 12, tzinfo=UTC), set_aside=True)
    assert not [c for c in found if "Link to" in c.quote]
    assert [c.quote for c in found if "timetable" in c.quote]


def test_a_headline_with_a_verb_after_to_stays() -> None:
    text = "Council to close Mill Road bridge on 1 June\n\nThe council said the works are due.\n"
    found = extract_pledges(text, datetime(2026, 3, 3, 12, tzinfo=UTC), set_aside=True)
    assert [c.quote for c in found if "Mill Road" in c.quote]


# -- a Bill's stage is no actor (actors._NOT_ACTORS) -----------------------------------------


def test_a_bills_stage_is_no_actor() -> None:
    text = (
        "The Minister for Justice said the Courts Bill passed Second Stage in the Dáil on 10 "
        "September.\n\nSeanad Committee Stage is expected on 25 September 2026.\n"
    )
    found = extract_pledges(text, datetime(2026, 9, 12, 12, tzinfo=UTC))
    speakers = [c.speaker for c in found if "Committee Stage" in c.quote]
    assert speakers and speakers[0] not in {"Stage", "Committee Stage", "Seanad Committee Stage"}
