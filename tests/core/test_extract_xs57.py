"""Issue 13, stop 57 (helper xs57): wrong speakers and junk candidates, blind136-137 misses."""

from __future__ import annotations

from bot.core.extract import extract_pledges
from tests.core.extract_reading import PUBLISHED as _PUBLISHED
from tests.core.extract_reading import UTC as _TZ
from tests.core.extract_reading import candidate as _candidate


def test_a_heading_name_run_into_the_answers_first_word_is_cut_back() -> None:
    # "§ Mr. Alan MorrowI am glad": the stored heading joins the name to the answer's "I"
    # (speakers.without_letters), and the pronoun of a later sentence went to "Alan MorrowI"
    text = (
        "§ Mr. BrightTo ask the Secretary of State for Defence when he plans next to send a "
        "frigate to the Gulf.\n"
        "§ Mr. Alan MorrowI am glad to say that we plan to send a frigate to the Gulf in "
        "March. The ship, which is based at Plymouth, will call at three ports. It will "
        "spend some four months in the region, before returning home in July."
    )
    speaker = _candidate(text, "spend some four months").speaker
    assert speaker == "Alan Morrow"


def test_a_channel_owned_by_an_agency_is_not_the_actor_of_a_broadcast() -> None:
    # "NASA Television and the agency's Web site will broadcast": the owner, not the site
    # (actors.owner_of)
    text = (
        "NOAA managers will hold a news conference at 2 p.m. on Tuesday, June 3, to discuss "
        "the hurricane season.\n\n"
        "NOAA Radio and the agency's Web site will broadcast the briefing live."
    )
    assert _candidate(text, "will broadcast the briefing").speaker == "the agency"


def test_an_order_of_business_is_read_by_the_leader_the_chair_called_on() -> None:
    # a member's speech page with no turn label: the items are the Acting Leader's, not the
    # Government's (order_reader.called_reader)
    text = (
        "Order of Business\n\n"
        "I call on the Acting Leader, Senator Ann Doyle, to outline the Order of Business.\n\n"
        "I thank the Cathaoirleach. The Order of Business is No. 1, motion re the earlier "
        "signature of the Harbours (Amendment) Bill 2024, to be taken on the conclusion of the "
        "Order of Business, without debate."
    )
    assert _candidate(text, "No. 1, motion re").speaker == "the Acting Leader"


def test_a_notice_is_no_speaker_and_the_heading_author_speaks_for_the_announcement() -> None:
    # "The Federal Register Notice will also extend ...": a document (actors.DOCUMENTS), not
    # the actor; the writer of the "Author: | ..." heading is (SpeakerLookups._heading_author)
    text = (
        "Posted Date:June 2, 2014\n"
        "Author: | Maria Lopez, Director, Grants Policy, Office of Rural Schools |\n"
        "Subject: Extension of the Deadline for Comments\n"
        "This announcement informs the public that next week we will be publishing a Federal "
        "Register Notice announcing an additional public meeting. The additional meeting will "
        "be held on July 8, 2014, in Denver, Colorado. The Federal Register Notice will also "
        "extend the deadline for written comments from June 30, 2014 to July 8, 2014."
    )
    assert _candidate(text, "will also extend the deadline").speaker == "Maria Lopez"
    assert _candidate(text, "we will be publishing").speaker == "Maria Lopez"


def test_a_written_answer_grouping_its_questions_is_no_pledge() -> None:
    # "I propose to take Questions Nos. 183 and 184 together": the answer's layout
    # (judging.housekeeping), while the answer's own undertaking stays a pledge
    text = (
        "Written answers\n\n"
        "I propose to take Questions Nos. 183 and 184 together.\n\n"
        "The review of the Act will be completed by the end of June and I will publish it."
    )
    found = [c.quote for c in extract_pledges(text, _PUBLISHED, _TZ, set_aside=True)]
    assert not any("propose to take" in quote for quote in found)
    assert any("review of the Act" in quote for quote in found)


def test_an_occasion_judged_ahead_is_no_pledge() -> None:
    # "this weekend's Summit would be a pivotal moment": what the summit will mean, not an
    # act (stances.judged_occasion); the meeting itself stays a pledge
    text = (
        "The Prime Minister will meet President Okafor in Cornwall on Saturday. Both leaders "
        "agreed that this weekend’s Summit would be a pivotal moment for leaders to come "
        "together and make progress on world issues."
    )
    found = [c.quote for c in extract_pledges(text, _PUBLISHED, _TZ)]
    assert not any("pivotal moment" in quote for quote in found)
    assert any("will meet President Okafor" in quote for quote in found)


def test_a_contact_line_under_a_committing_introduction_is_no_item() -> None:
    # "* Fax: 208-384-3489" under "Scoping issues will be accepted through the following
    # means:": where to write, not an item of the pledge (contact_lines)
    text = (
        "The BLM will hold public meetings in Boise on May 4, 2026.\n\n"
        "Scoping issues will be accepted through the following means:\n\n"
        "* Email: comments@blm.example.gov\n\n"
        "* Fax: 208-384-3489\n\n"
        "* Surface mail: 3948 S. Development Ave., Boise, Idaho 83705\n"
    )
    found = [c.quote for c in extract_pledges(text, _PUBLISHED, _TZ, set_aside=True)]
    assert not any("Fax:" in quote or "Email:" in quote for quote in found)
    assert any("will hold public meetings" in quote for quote in found)
