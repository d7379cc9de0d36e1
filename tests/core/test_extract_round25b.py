"""Issue 13, round 25b: commitments spoken of rather than made, and a briefer running the
room (`spoken`).

The texts are written for the test (the kinds come from blind35's false candidates), so
that a regression names the rule; the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import found as _found
from tests.core.releases import listed as _listed
from tests.core.releases import quoted as _quoted
from tests.core.releases import set_aside

# -- a thing restating a commitment ----------------------------------------------------

RESTATED = (
    "The Assembly adopted its report on the fisheries plan. The report reaffirms the "
    "Assembly's commitment to coastal communities, which remain a priority of the region."
)


def test_a_report_reaffirming_a_commitment_isset_aside() -> None:
    set_aside(RESTATED, "The report reaffirms")


def test_a_body_that_reaffirmed_its_commitment_still_commits() -> None:
    text = "The ministers reaffirmed their commitment to opening the new crossing in May."
    assert _quoted(_found(text), "reaffirmed their commitment") is not None


# -- a request to others, a belief, an expectation ---------------------------------------


def test_a_commitment_others_are_asked_for_isset_aside() -> None:
    text = (
        "The agency has launched a recycling scheme. Retailers are being asked to meet "
        "these targets in every store they run."
    )
    set_aside(text, "Retailers are being asked to meet")


def test_a_panel_asked_to_explore_keeps_its_remit() -> None:
    text = "The review panel have been asked to explore options for reform by the summer."
    assert _quoted(_found(text), "have been asked to explore") is not None


def test_a_belief_about_another_party_s_commitment_isset_aside() -> None:
    text = "We believe that the ministry is committed to publishing the data as soon as possible."
    set_aside(text, "We believe that the ministry is committed")


def test_our_own_commitment_believed_stays() -> None:
    text = "I believe we are committed to publishing the data by June."
    assert _quoted(_found(text), "committed to publishing") is not None


def test_an_expected_outcome_is_a_forecast() -> None:
    text = (
        "The agency's director said the scheme had started well. \"I expect we'll see "
        'our targets met, and I expect to see many more firms join."'
    )
    assert _quoted(_found(text), "I expect we") is None


def test_an_expected_act_with_a_time_stays() -> None:
    text = 'The minister said: "We expect that the report will be published before the recess."'
    assert _quoted(_found(text), "will be published before the recess") is not None


def test_goals_a_scheme_is_named_after_are_a_description() -> None:
    text = (
        "The 20/40 Scheme takes its name from the agency's reduction goals for ten "
        "pollutants, a 40 percent cut by 2030, with an interim goal of 20 percent by 2028."
    )
    assert _quoted(_found(text), "takes its name from") is None


# -- the briefer giving the floor --------------------------------------------------------


def test_a_briefer_giving_the_floor_is_not_a_pledge() -> None:
    text = (
        "MS. HALE: Good afternoon. With that, I'll take your questions. Maria, I'll begin "
        "with you. Q: Thanks. MS. HALE: OK, I'll take one more. Q: On the budget?"
    )
    found = _listed(text)
    assert _quoted(found, "I'll begin with you") is None
    assert _quoted(found, "I'll take one more") is None


def test_a_trip_to_a_place_is_not_the_floor() -> None:
    text = 'The Minister said: "Next week we will go to Jordan and then to Egypt."'
    assert _quoted(_found(text), "we will go to Jordan") is not None


# -- invitations issued, what a thing hangs on -------------------------------------------


def test_invitations_issued_areset_aside() -> None:
    text = (
        "Eight clean water projects that were put to the Department as part of a first "
        "round of applications for federal grants have been invited to submit full proposals."
    )
    set_aside(text, "have been invited to submit")


def test_an_invitation_to_an_eu_body_still_tasks_it() -> None:
    text = "The Commission is invited to submit a proposal by the end of June."
    assert _quoted(_found(text), "is invited to submit") is not None


def test_what_a_position_hangs_on_is_a_description() -> None:
    text = "The level of the fee in 2027 will be governed by the pace of the reform."
    assert _quoted(_found(text), "will be governed by") is None


def test_a_duty_to_determine_stays() -> None:
    text = "The rates shall be determined by the Ministry of Finance by 1 July."
    assert _quoted(_found(text), "shall be determined by the Ministry") is not None


# -- the answer below a question written whole -------------------------------------------

ORAL = (
    "Oral Answers To Questions\n\n"
    "Libraries\n\n"
    "asked the Secretary of State for Culture whether the library grant will be "
    "paid in full next year.\n\n"
    "I shall make a statement in due course about the future of the grant.\n\n"
    "Will the Secretary of State think again about this policy?\n\n"
    "I shall reply to my hon. Friend in writing."
)


def test_the_answer_to_a_question_written_whole_is_the_minister_s() -> None:
    found = _found(ORAL)
    statement = _quoted(found, "I shall make a statement in due course")
    assert statement is not None
    assert statement.speaker == "the Secretary of State for Culture"


def test_a_question_introduced_with_a_colon_still_runs_below() -> None:
    text = ORAL.replace(
        "asked the Secretary of State for Culture whether the library grant will be "
        "paid in full next year.\n\nI shall make",
        "asked the Secretary of State for Culture:\n\nWhether he will make",
    ).replace("about the future of the grant.", "about the future of the grant;")
    assert _quoted(_found(text), "Whether he will make a statement") is None
