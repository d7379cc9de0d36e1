"""The extraction rules of issue 13's sixth round, one failure kind per test.

The kinds recur across the splits blind4-7 (each scored blind once, then read): a
commitment not to act, a negation or a doubt in an earlier clause that does not govern a
reported one, an announced plan in the progressive, a department's own notice. The
sentences are paraphrases written for the test, so that a regression names the rule.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.extract import extract_pledges, same_speaker
from tests.core.test_extract_round4 import _due, _found, _only

# -- a commitment not to act ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ministers will not seek to run the banks or judge individual loans.",
        "The Treasury said the Government would not consider exemptions for luxury goods.",
        "Opposition leaders said on Monday that they will not boycott the election.",
    ],
)
def test_a_commitment_not_to_act_is_a_pledge(text: str) -> None:
    assert len(_found(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Russia will not attend the talks, officials said.",  # others report a non-event
        "Rice said that reconciliation between the parties would not be easy.",
        "The ministers and the regions will not always agree on the details.",
        "However, the new limits would not be retroactive.",
        "It will not change the rules for existing tenants.",
    ],
)
def test_a_non_event_or_a_judgment_with_not_is_not_a_pledge(text: str) -> None:
    assert _found(text) == []


# -- what governs a reported clause ----------------------------------------------------


def test_a_negation_in_the_question_does_not_govern_the_answer() -> None:
    text = (
        "Asked how the Minister would keep his promise to let farmers sell without fear "
        "of fines, the spokesman said the Department would publish plans in the autumn."
    )
    found = _only(text)
    assert found.promise.startswith("the Department would publish plans")


def test_a_negation_in_a_coordinated_clause_does_not_govern_the_next() -> None:
    text = (
        "The Ministry said that formal talks were not fixed and that the two leaders "
        "would meet in Paris next week."
    )
    assert len(_found(text)) == 1
    assert _found("The Ministry did not confirm that the two leaders would meet next week.") == []


# -- an announced plan in the progressive ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The President told the nation he is withdrawing 10,000 troops.", "President"),
        ("The Government have today announced they are investing £40 million.", "Government"),
    ],
)
def test_an_announced_plan_in_the_progressive_is_a_plan(text: str, speaker: str) -> None:
    found = _only(text)
    assert same_speaker(found.speaker, speaker), found.speaker


@pytest.mark.parametrize(
    "text",
    [
        "The President told the nation he is beginning the effort to end the war.",
        "Rice said that the administration is relying on Iraqi officials for security.",
    ],
)
def test_a_progressive_without_what_it_commits_is_not_a_plan(text: str) -> None:
    assert _found(text) == []


# -- a department's own notice ---------------------------------------------------------


def test_an_impersonal_future_in_a_departments_notice_is_the_departments() -> None:
    text = (
        "Media Note\n\nOffice of the Spokesman\n\nThe Department of State hosts its first "
        "conference of ambassadors. The Department of State invites the press.\n\n"
        "Secretary Clinton will address the conference on February 2.\n\n"
        "Credentialed members of the media will have three opportunities to cover the "
        "conference on February 2."
    )
    found = [c for c in _found(text) if c.quote.startswith("Credentialed")]
    assert len(found) == 1
    assert same_speaker(found[0].speaker, "the Department of State"), found[0].speaker


# -- a Business of the House statement -------------------------------------------------


def test_each_dated_line_of_a_business_statement_is_a_scheduled_item() -> None:
    published = datetime(2017, 12, 7, 11, 0, tzinfo=UTC)
    text = (
        "The Leader of the House of Commons (Andrea Leadsom)\n\n"
        "The business for the week commencing 11 December will include:\n"
        "Monday 11 December—Second Reading of the Finance Bill.\n"
        "Tuesday 12 December—Continuation in Committee of the Trade Bill (day 2).\n"
        "Thursday 14 December—General debate on air quality.\n"
        "Friday 15 December—The House will not be sitting."
    )
    found = extract_pledges(text, published, "UTC")
    assert [c.quote.split("—")[0] for c in found] == [
        "Monday 11 December",
        "Tuesday 12 December",
        "Thursday 14 December",
        "Friday 15 December",
    ]
    assert [_due(c) for c in found] == [date(2017, 12, day) for day in (11, 12, 14, 15)]
    assert all(c.speaker and "December" not in c.speaker for c in found), found


# -- written answers printed "Name : text" ---------------------------------------------


def test_a_spaced_colon_label_marks_a_written_question_and_its_answer() -> None:
    text = (
        "Mr. Harry Greenway : To ask the Prime Minister if he will list his official "
        "engagements for Thursday 21 April.\n\n"
        "The Prime Minister : This morning I presided at a meeting of the Cabinet. "
        "I shall be having further meetings later today."
    )
    found = _found(text)
    assert [c.quote for c in found] == ["I shall be having further meetings later today."]
    assert same_speaker(found[0].speaker, "the Prime Minister"), found[0].speaker


# -- a proposal's content told with "would" ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new U.S. budget proposal would eliminate most English radio broadcasts.",
        "Under the proposal, the BBC would close its Tokyo bureau.",
    ],
)
def test_what_a_proposal_would_do_is_a_pledge(text: str) -> None:
    assert len(_found(text)) == 1


def test_a_would_continues_the_reported_speech_of_the_sentence_before() -> None:
    text = (
        "The spokesman said the three leaders would meet. There would be a press "
        "conference on Friday."
    )
    conference = [c for c in _found(text) if c.quote.startswith("There would")]
    assert len(conference) == 1 and conference[0].deadline is not None


def test_a_hoped_for_would_stays_out() -> None:
    assert _found("He hoped that the agreement would hold and minimise casualties.") == []
