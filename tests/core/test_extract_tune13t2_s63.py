"""Issue 13, stop 63 (tuner t2, precision and speakers): past acts and standing stances told
with commitment words, and rulemaking documents telling their own content (blind146-147's
first run, kind 5).

The texts are written for the test (the kinds come from the development splits' false
candidates); the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from bot.core.extract.voices import prepared_speaker
from tests.core.releases import candidate, listed, only_set_aside, quoted

NOTICE = (
    "Department of Canals\n\nAGENCY: Office of Waterways, Department of Canals.\n\n"
    "ACTION: Notice of proposed rulemaking.\n\n"
)
STATEMENT = "Written statement by the Home Office on the Justice and Home Affairs Council.\n\n"


def _none(text: str, words: str) -> None:
    """No candidate, nor anything listed under "Maybe": refuted outright."""
    assert quoted(listed(text), words) is None, listed(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "This NPRM proposes to restore the lock-keeping rules withdrawn in 2021.",
        "SUMMARY: This action proposes to remove the speed limit on the Grand Union Canal.",
        "This proposed rule also proposes to amend the reporting forms for barge operators.",
    ],
)
def test_a_rulemaking_document_telling_what_it_proposes_is_no_pledge(sentence: str) -> None:
    _none(NOTICE + sentence, "proposes to")


def test_a_body_proposing_to_act_by_a_date_stays() -> None:
    found_ = candidate(NOTICE, "The Department proposes to publish a final rule by June 2026.")
    assert found_.speaker == "the Department"


@pytest.mark.parametrize(
    "sentence",
    [
        "The UK is supportive of closer co-operation in this area and has opted into this measure.",
        "Ireland has opted out of the regulation on cross-border evidence.",
        "Denmark has opted in to the new directive on data retention.",
    ],
)
def test_an_opt_in_or_out_already_made_is_no_pledge(sentence: str) -> None:
    _none(STATEMENT + sentence, "opted")


def test_a_decision_to_act_ahead_stays() -> None:
    found_ = candidate(STATEMENT, "The UK has opted to join the scheme in January 2027.")
    assert found_.deadline is not None


# -- the agency that issues a Federal Register document, not its department ----------

REGISTER_HEAD = (
    "Inland Waterways Safety Committee\n\n84 Fed. Reg. 50111 (Sep. 24, 2019)\n\nAGENCY:\n\n"
    "{agency}, Department of Canals.\n\nACTION:\n\nNotice of Federal advisory committee "
    "meeting.\n\nSUMMARY:\n\n{mention}\n\n"
    "The Department of Canals established the committee in 2004. "
    "The Department of Canals appoints its members.\n\n"
)


def _register_speaker(agency: str, mention: str, words: str) -> str | None:
    text = REGISTER_HEAD.format(agency=agency, mention=mention)
    text += "Comments received will be posted without alteration at http://www.example.gov."
    found_ = quoted(listed(text), words)
    assert found_ is not None and found_.doubt is None, listed(text)
    return found_.speaker


def test_the_agency_on_the_agency_line_speaks_a_notice_over_its_department() -> None:
    speaker = _register_speaker(
        "Barge Safety Service (BSS)",
        "The committee will meet to discuss lock safety. BSS will consider its advice.",
        "Comments received will be posted",
    )
    assert speaker == "the Barge Safety Service"


def test_an_office_named_only_on_the_agency_line_leaves_the_department() -> None:
    speaker = _register_speaker(
        "Office of Lock Engineering",
        "The committee will meet to discuss lock safety.",
        "Comments received will be posted",
    )
    assert speaker == "the Department of Canals"


# -- a prepared speech's speaker, named in its heading below "REMARKS FOR" ---------------

SPEECH_OPENING = (
    "Thank you for that kind introduction. Your associations are both celebrating fifty "
    "years of service to the nation's canals.\n\n"
)


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        (
            "REMARKS FOR\nTHE HONORABLE JANE Q. RIVERS\nSECRETARY OF CANALS\nLOCK WEEK\n"
            "MONDAY, MARCH 2, 2026\n\n",
            "Jane Q. Rivers",
        ),
        (
            "Secretary's Speech\nAS PREPARED FOR DELIVERY\nMarch 2, 2026\n"
            "U.S. Canals Secretary Jane Q. Rivers\nBarge Owners Association\n\n"
            "I want to thank the Mayor for his support of LOCKS. ",
            "U.S. Canals Secretary Jane Q. Rivers",
        ),
    ],
)
def test_the_first_person_of_a_prepared_speech_is_the_speaker_its_heading_names(
    heading: str, speaker: str
) -> None:
    text = heading + SPEECH_OPENING + "For the next four days, I'll be travelling along the canals."
    found_ = quoted(listed(text), "I'll be travelling")
    assert found_ is not None and same_speaker(found_.speaker, speaker), listed(text)


def test_a_prepared_speech_without_a_name_line_names_no_speaker() -> None:
    text = (
        "The Canal Society\nMarch 2, 2026\nRemarks as prepared for delivery\n"
        "Thank you, Ellen, for that introduction. I will travel along the canals next week."
    )
    assert prepared_speaker(text) is None
    assert prepared_speaker("REMARKS FOR\nSECRETARY OF CANALS\n\nGood morning.") is None


# -- what is left of an agenda told (kind 4): set aside as "describes" -------------------

COUNCIL = (
    "The Canals and Rivers Council will take place in Brussels on 16 March 2026. "
    "I will represent the United Kingdom.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "As the provisional agenda stands, the primary focus for canals will be reaching "
        "a political agreement on lock fees for 2027.",
        "In addition, there will also be an exchange of views on the Waterways Review.",
        "The following items will be on the tentative agenda for the March 16 Council meeting:",
    ],
)
def test_the_rest_of_an_agenda_told_is_set_aside(sentence: str) -> None:
    only_set_aside(COUNCIL, sentence, "describes")


def test_a_named_actor_at_the_sitting_stays() -> None:
    assert candidate(
        COUNCIL, "In addition, the presidency will present a paper on the Waterways Review."
    )


# -- an unsigned statement's "we", given by its by-line to a named writer ----------------


@pytest.mark.parametrize(
    ("heading", "writer"),
    [
        (
            "Press Release\nMonday, March 2, 2026\nStatement of Jane Rivers, Acting "
            "Commissioner of Canals, on New Lock Fees\n\n",
            "Jane Rivers",
        ),
        (
            "Jane Rivers – 2026 Speech at Global Canals Summit\n\nBelow is the text of the speech "
            "made by Jane Rivers, the Secretary of State for Canals, on 2 March 2026.\n\n"
            "It is wonderful to have you all here today. I am delighted to be co-hosting "
            "this event.\n\n",
            "Jane Rivers",
        ),
    ],
)
def test_an_unsigned_we_is_the_writer_a_by_line_names(heading: str, writer: str) -> None:
    text = heading + "We will process the new permits as soon as the forms are final."
    found_ = quoted(listed(text), "We will process")
    assert found_ is not None and same_speaker(found_.speaker, writer), listed(text)
