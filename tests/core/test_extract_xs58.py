"""Issue 13, stop 58 (helper xs58): wrong speakers and junk candidates, blind138-139 misses.
The texts are paraphrases written for the test, so that a regression names the rule."""

from __future__ import annotations

from bot.core.extract import extract_pledges
from bot.core.extract.speakers import normalise
from tests.core.extract_reading import PUBLISHED as _PUBLISHED
from tests.core.extract_reading import UTC as _TZ
from tests.core.extract_reading import candidate as _candidate

_OLDER_ANSWER = (
    "Written Answers. - Public Works Programme.\n\n"
    "Seamus Kirk\n\n"
    "Question:\n\n"
    "191 Mr. Kirk asked the Minister for Finance the programme of work which the Office of "
    "Public Works have in County Louth for the next two years; and if he will make a "
    "statement on the matter.\n\n"
    "The new district offices will be occupied early in 2027 mainly by staff from the "
    "Revenue Commissioners.\n"
)


def test_an_older_written_answer_is_the_office_asked() -> None:
    # "191 Mr. Kirk asked the Minister for Finance ...": no "Deputy" before the member's
    # name; the answer below is the Minister's, not the asker's (answered._MEMBER_ASKED)
    speaker = _candidate(_OLDER_ANSWER, "will be occupied").speaker
    assert speaker == "the Minister for Finance"


def test_the_older_written_question_itself_is_no_candidate() -> None:
    text = (
        "Written Answers. - Environmental Protection Agency Bill.\n\n"
        "Tomás Mac Giolla\n\n"
        "Ceist:\n\n"
        "24 Tomás Mac Giolla asked the Minister for the Environment the reason for the delay "
        "in circulating the Environmental Protection Agency Bill; and when it will be "
        "circulated.\n\n"
        "The Bill will be published during the recess.\n"
    )
    quotes = [found.quote for found in extract_pledges(text, _PUBLISHED, _TZ)]
    assert any("during the recess" in quote for quote in quotes)
    assert not any("asked the Minister" in quote for quote in quotes)


def test_a_portfolio_joined_with_and_the_stays_one_office() -> None:
    # "the Minister for Arts, Heritage Gaeltacht and the Islands" was cut to "Islands"
    title = "the Minister for Arts, Heritage Gaeltacht and the Islands"
    assert normalise(title) == title
    assert normalise("Minister for Foreign Affairs Simon Harris") == (
        "Minister for Foreign Affairs Simon Harris"
    )


_PREVIEW = (
    "The Health Secretary will today set out his plans for the winter.\n\n"
    "In his first speech in the role, Mr Barclay will outline his four key priorities "
    "for the months ahead:\n\n"
    "• Supporting the workforce including through more staff for NHS 111\n"
    "• Tackling the issue of delayed hospital discharge\n\n"
    "He will say:\n\n"
    "“We face a hard winter, and I am clear about what matters most.”\n"
)


def test_the_contents_a_preview_lists_are_no_pledges_of_their_own() -> None:
    # gerund bullets under "will outline his four key priorities ...:" are the contents
    # of the announced act, which is labelled; so is nothing in "He will say:"
    quotes = [found.quote for found in extract_pledges(_PREVIEW, _PUBLISHED, _TZ)]
    assert any("will outline" in quote for quote in quotes)
    assert not any(quote.startswith("•") for quote in quotes)
    assert "He will say:" not in quotes


def test_items_that_say_what_will_be_done_stay_pledges() -> None:
    text = (
        "The Secretary will set out the following commitments:\n\n"
        "• publish the workforce plan by May\n"
        "• open ten new surgical hubs this year\n"
    )
    quotes = [found.quote for found in extract_pledges(text, _PUBLISHED, _TZ)]
    assert sum(quote.startswith("•") for quote in quotes) == 2


def test_the_agency_owning_the_channel_carries_the_coverage() -> None:
    # "Live coverage ... will begin ... on NASA TV" went to the astronaut named before it
    text = (
        "NASA commercial cargo provider SpaceX is targeting its next resupply mission to the "
        "space station for Monday, March 9.\n\n"
        "ESA astronaut Paolo Nespoli will grapple the spacecraft using the station's robotic "
        "arm.\n\n"
        "Live coverage of the rendezvous and capture will begin at 5:30 a.m. Wednesday, March "
        "11, on NASA TV.\n"
    )
    assert _candidate(text, "Live coverage").speaker == "NASA"


def test_the_reply_to_a_peer_asked_by_name_is_that_peers() -> None:
    # the unlabelled reply went to a peer it names itself ("the Duke of Montrose")
    text = (
        "Will the noble Earl, Lord Lucan, be good enough to say whether he can give us any "
        "information about the business of the House next week?\n\n"
        "My Lords, I am much obliged to my noble friend for asking that question. On Thursday "
        "the Duke of Montrose has a Motion on the Paper. On Wednesday there will probably be "
        "two introductions and the House will meet as usual.\n"
    )
    assert _candidate(text, "two introductions").speaker == "Lucan"


def test_an_impersonal_plan_in_an_answer_is_the_answerers() -> None:
    # "It is intended to ..." went to the member who asked (the last person named)
    text = (
        "47 Mr. Ryan asked the Minister for the Environment when he will establish the "
        "promised agency; and if he will make a statement on the matter.\n\n"
        "The Bill will be published during the recess. It is intended to have the "
        "legislation enacted in the next session so that the agency will be in operation "
        "before the end of the year.\n"
    )
    speaker = _candidate(text, "It is intended").speaker
    assert speaker == "the Minister for the Environment"
