"""Issue 13, round 28b: who has the floor where a record prints its speakers on lines of
their own (`floor`), and the issuer of a sentence a clause opens.

The texts are written for the test (the kinds come from blind40's and blind41's wrong
speakers), so that a regression names the rule; the contrasts name what each rule must
leave alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract.floor import contributor, floor_holders, holder_at
from tests.core.releases import found
from tests.core.releases import quoted as _quoted

PUBLISHED = datetime(2026, 5, 6, 9, 0, tzinfo=UTC)


def _speaker(text: str, words: str) -> str | None:
    candidate = _quoted(found(text, PUBLISHED), words)
    assert candidate is not None, words
    return candidate.speaker


# -- a debate's speaker line ------------------------------------------------------------


def test_a_speaker_line_gives_the_floor_to_the_member() -> None:
    text = (
        "Seanad debates\nWednesday, 6 May 2026\nHousing Supply\n"
        "Mary Byrne (Galway West, Labour)\n"
        "I will publish the revised housing targets on Friday. The Department of Housing has "
        "been consulted on the figures.\n"
    )
    assert _speaker(text, "publish the revised housing targets") == "Mary Byrne"


def test_a_heading_line_ends_the_floor() -> None:
    changes = floor_holders(
        "Mary Byrne (Galway West, Labour)\nI will publish the targets.\nNext Business\n"
        "The plan will be reviewed.\n"
    )
    assert holder_at(changes, 40) == "Mary Byrne"
    assert holder_at(changes, 75) is None


def test_a_bracket_without_a_comma_is_no_speaker_line() -> None:
    assert floor_holders("Annual Report (2025)\nThe board will meet in June.\n") == []


# -- oral answers ------------------------------------------------------------------------


def test_the_one_asked_answers_after_the_numbered_questions() -> None:
    text = (
        "Oral Answers to Questions\nTransport\nThe Minister for Transport was asked—\n"
        "Rural Bus Routes\n"
        "3. What steps she is taking to protect rural bus routes. [912345]\n"
        "Local services matter to us. I have also announced £20 million to keep rural "
        "routes running next year.\n"
    )
    assert _speaker(text, "announced £20 million") == "the Minister for Transport"


# -- written answers ---------------------------------------------------------------------


def test_a_record_line_gives_the_answer_to_the_answerer_in_a_block_of_lines() -> None:
    text = (
        "Written Questions answered on 05/05/2026\n"
        "WQ91234 (e) Tabled on 28/04/2026\n"
        "Further to WQ90001, will the Minister publish the review?\n"
        "Answered by Minister for Education | Answered on 05/05/2026\n"
        "The review is nearly complete, and we aim to publish it in the coming weeks.\n"
    )
    assert _speaker(text, "we aim to publish it") == "the Minister for Education"


# -- a single contribution -----------------------------------------------------------------


def test_a_contribution_footer_names_the_whole_texts_speaker() -> None:
    text = (
        "The noble Lord, Lord Ashby, raised the timetable. I have said that we will consider "
        "the amendments carefully before Report.\n"
        "Proceeding contribution from\nBaroness Carrow of Dene\n(Labour)\n"
        "in the House of Lords on Tuesday, 5 May 2026.\n"
    )
    assert contributor(text) == "Baroness Carrow of Dene"
    assert _speaker(text, "consider the amendments") == "Baroness Carrow of Dene"


# -- a clause that opens the sentence --------------------------------------------------------


def test_an_opening_until_clause_names_no_speaker() -> None:
    text = (
        "Until announced otherwise, the Maritime Safety Agency (MSA) will continue to "
        "accept paper permits."
    )
    assert _speaker(text, "accept paper permits") == "the Maritime Safety Agency"


def test_a_thing_launched_inside_a_quotation_is_no_speaker() -> None:
    text = (
        'The Aurora II satellite will "preferably be launched in early June," said Anna '
        "Lindqvist, the programme director."
    )
    assert _speaker(text, "preferably be launched") == "Anna Lindqvist"


# -- an operator's schedule --------------------------------------------------------------


def test_a_dated_step_of_what_the_operator_runs_is_a_plan() -> None:
    text = (
        "The Water Board will start ramping up the outflow on Monday, May 18, 2026. The "
        "outflow rate will reach 900 cfs by Wednesday, May 20."
    )
    candidate = _quoted(found(text, PUBLISHED), "will reach 900 cfs")
    assert candidate is not None and candidate.speaker == "the Water Board"


def test_a_dated_forecast_of_a_thing_nobody_runs_stays_doubted() -> None:
    text = (
        "The Water Board will publish its report on Monday, May 18, 2026. Prices will rise "
        "by 3% by Wednesday, May 20."
    )
    assert _quoted(found(text, PUBLISHED), "Prices will rise") is None


def test_a_forecast_the_act_is_based_on_is_no_guess() -> None:
    text = (
        "The Water Board announced today that, based upon the latest snowpack forecast, "
        "which predicts a wet spring, it will begin lowering the lake in late July."
    )
    assert _quoted(found(text, PUBLISHED), "begin lowering the lake") is not None


def test_an_analysts_forecast_after_a_basis_stays_a_guess() -> None:
    text = "Based on the snowpack data, analysts think the board will lower the lake in May."
    assert _quoted(found(text, PUBLISHED), "lower the lake") is None


def test_the_time_of_a_ground_is_not_the_acts() -> None:
    text = (
        "The Water Board announced today that, based upon the latest spring snowpack "
        "survey, it will begin lowering the lake in late July."
    )
    candidate = _quoted(found(text, PUBLISHED), "begin lowering the lake")
    assert candidate is not None and candidate.deadline is not None
    assert candidate.deadline.due.month == 7


# -- engagements and intentions without "will" ---------------------------------------------


def test_a_meeting_arranged_is_a_plan() -> None:
    text = (
        "Minister Anna Berg wrote to the committee. In that regard, I have arranged a "
        "meeting with the Prime Minister of Portugal."
    )
    assert _quoted(found(text, PUBLISHED), "arranged a meeting") is not None


def test_an_intention_on_a_gerund_is_a_plan() -> None:
    text = (
        "Minister Anna Berg wrote to the committee. I intend on revising paragraph 14(2) "
        "of the Housing Benefit Regulations 2006."
    )
    assert _quoted(found(text, PUBLISHED), "revising paragraph") is not None


def test_an_arrangement_for_others_or_in_the_past_is_no_plan() -> None:
    text = (
        "The school has arranged for pupils to visit the museum. In 2019 the mayor had "
        "arranged a meeting with the unions."
    )
    assert found(text, PUBLISHED) == []
