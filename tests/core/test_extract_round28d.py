"""Issue 13, round 28d: the sentence splitter after a dateline, the speaker of a turn,
and the issuer of a notice.

The texts are written for the test (the kinds come from blind42's to blind45's misses
and wrong speakers), so that a regression names the rule.
"""

from __future__ import annotations

from bot.core.extract import MAYBE_BELOW
from bot.core.extract.sentences import split_sentences
from tests.core.releases import found, listed, quoted

# -- the splitter: a dateline glued to an abbreviation --------------------------------


def test_dateline_glued_to_dotted_abbreviation_keeps_sentence() -> None:
    text = "BOSTON--U.S. Sen. Rosa Whitfield said today she will open a field office in May."
    assert split_sentences(text) == [text]


def test_dateline_glued_to_title_keeps_sentence() -> None:
    text = "LONDON—Dr. Helen Marsh will publish the review on Friday. It is long awaited."
    assert split_sentences(text) == [
        "LONDON—Dr. Helen Marsh will publish the review on Friday.",
        "It is long awaited.",
    ]


def test_dotted_abbreviation_still_ends_sentence_before_a_starter() -> None:
    text = "The talks moved to WASHINGTON--D.C. The envoys will meet again in June."
    assert len(split_sentences(text)) == 2


# -- the turn's speaker: a record's name-and-party lines ------------------------------

RECORD = (
    "Harbour Tolls\n\n"
    "Gwen Pryce Plaid Cymru 2:41, 12 March 2025\n\n"
    "What has the Minister done about the harbour tolls?\n\n"
    "Owain Lloyd Labour 2:42, 12 March 2025\n\n"
    "Thank you. I'll be meeting the harbour board on Friday to settle the tolls.\n\n"
    "Gwen Pryce Plaid Cymru\n\n"
    "And the ferry timetable?\n\n"
    "Owain Lloyd Labour\n\n"
    "We will publish the new ferry timetable by the end of April."
)


def test_party_line_gives_the_turn_to_its_member() -> None:
    meeting = quoted(found(RECORD), "I'll be meeting the harbour board")
    assert meeting is not None and meeting.speaker == "Owain Lloyd"


def test_party_line_without_time_gives_the_turn_too() -> None:
    publish = quoted(found(RECORD), "We will publish the new ferry timetable")
    assert publish is not None and publish.speaker == "Owain Lloyd"


# -- the turn's speaker: a name carried from another turn -----------------------------

QUESTIONS = (
    "ORAL QUESTIONS\n\n"
    "ANNA REID (Labour—Hutt) to the Minister of Transport: What progress has he made?\n\n"
    "Hon TOM WAKEFIELD: On Monday I opened the first stretch of the new busway.\n\n"
    "SPEAKER: Order! Members will let the Minister answer.\n\n"
    "Hon TOM WAKEFIELD: The second stretch of the busway will open to passengers next month."
)


def test_name_from_another_turn_gives_way_to_the_turns_speaker() -> None:
    busway = quoted(found(QUESTIONS), "The second stretch of the busway will open")
    assert busway is not None and busway.speaker == "Hon TOM WAKEFIELD"


# -- a fronted "As ..." clause names no one ---------------------------------------------


def test_fronted_as_clause_is_no_speaker() -> None:
    text = (
        "As previously announced, Master of the Port, Captain Ruth Ilsley, will become the "
        "Acting Harbour Commissioner on Monday. She will travel to Oslo later that week."
    )
    oslo = quoted(found(text), "She will travel to Oslo")
    assert oslo is not None and oslo.speaker is not None and "Ilsley" in oslo.speaker


def test_reminder_as_previously_announced_is_no_past_frame() -> None:
    text = (
        "As previously announced, the deputy mayor, Ines Garde, will become acting mayor "
        "on Monday, 9 March at 9 a.m."
    )
    acting = quoted(listed(text), "will become acting mayor")
    assert acting is not None and acting.confidence >= MAYBE_BELOW, listed(text)


# -- a negation inside a fronted condition is the condition's ----------------------------


def test_negated_condition_keeps_the_commitment() -> None:
    text = "In the event no tender is received, the port authority will run the ferry itself."
    ferry = quoted(listed(text), "will run the ferry itself")
    assert ferry is not None and ferry.doubt is None, listed(text)


def test_negated_clause_of_its_own_still_vetoes() -> None:
    text = "The port authority said it will not run the ferry itself."
    # (a quote holding "will not run" always holds "not": the sentence must be no candidate)
    assert quoted(found(text), "will not run the ferry") is None, found(text)


# -- a written answer's answerer, named on the line after "Answered by" ---------------


def test_answered_by_line_above_names_the_answerer() -> None:
    text = (
        "Harbour Dredging\n\n"
        "Question to the Department for Ports:\n\n"
        "To ask the Secretary of State, when the dredging review last met.\n\n"
        "Answered by\nNora Quayle\nThis question was answered on 2nd March 2026\n\n"
        "The review last met in January. The Prime Minister and Ports Secretary are leading "
        "a new ports programme.\n\n"
        "We will publish the dredging plan by the end of June."
    )
    plan = quoted(found(text), "We will publish the dredging plan")
    assert plan is not None and plan.speaker == "Nora Quayle"
