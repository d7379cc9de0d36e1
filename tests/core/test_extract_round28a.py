"""Issue 13, round 28a: a paper's own notices, the running of a sitting, what a measure or
a body of work will do, a state foreseen and an appeal: no pledges (`notices`, `measures`).

The texts are written for the test (the kinds come from blind40's and blind41's false
candidates), so that a regression names the rule; the contrasts name what each rule must
leave alone.
"""

from __future__ import annotations

from tests.core.releases import candidate, found, listed, only_set_aside, quoted

CONTEXT = "The Ministry of Rivers said on Wednesday that work on the new weirs had begun. "


def _none(text: str, words: str) -> None:
    """No candidate, and nothing listed under "Maybe" either: refuted outright."""
    assert quoted(found(text), words) is None, found(text)
    assert quoted(listed(text), words) is None, listed(text)


# -- notices of the paper: refuted ---------------------------------------------------


def test_cover_note_formula_is_no_pledge() -> None:
    _none(
        "Board of Harbours\nNOTE\nFrom:\nTo:\nSubject:\nSecretariat\nMembers\n"
        "Members will find attached the minutes approved by the Board at the above meeting.",
        "will find attached",
    )


def test_notice_to_readers_is_no_pledge() -> None:
    _none(
        "Councillors who receive this for the purpose of checking their remarks are asked "
        "to send any changes to the clerk.",
        "are asked to send",
    )


def test_standing_rule_with_lead_time_is_no_pledge() -> None:
    _none(
        "Motions must be lodged at least three sitting days before they are to be debated.",
        "must be lodged",
    )


def test_causal_due_to_is_no_timetable() -> None:
    _none(
        CONTEXT + "The hearing has been postponed indefinitely due to strikes in the building.",
        "due to strikes",
    )


def test_a_promise_after_a_standing_rule_stays() -> None:
    # the rule's clause ends at the comma: the ministry's promise is its own
    found_ = candidate(
        CONTEXT,
        "Permits must be requested at least ten days before the works, and the ministry "
        "will publish the permit list by 1 June 2026.",
    )
    assert found_.cue == "will" and found_.speaker == "the ministry", found_


def test_due_to_as_a_timetable_stays() -> None:
    assert candidate(CONTEXT, "The review is due to be published on 30 April 2026.")


# -- the running of a sitting: doubted ----------------------------------------------


def test_chair_ordering_business_is_set_aside() -> None:
    only_set_aside(
        CONTEXT, "We will take the public business before we go into private session.", "weak"
    )


def test_may_have_to_is_no_candidate() -> None:
    text = CONTEXT + "We may have to defer this hearing with the minister to a later date."
    assert quoted(found(text), "may have to") is None, found(text)


# -- what a body of work or a measure will do: doubted ------------------------------


def test_field_of_research_is_set_aside() -> None:
    only_set_aside(
        CONTEXT, "Research in this strand will focus on sediment transport.", "describes"
    )


def test_second_verb_of_a_field_is_set_aside() -> None:
    only_set_aside(
        CONTEXT,
        "This work will focus on small catchments and will include upland peat bogs.",
        "describes",
    )


def test_meeting_agenda_focus_stays() -> None:
    visit = CONTEXT + "The minister will travel to Lyon next week. "
    assert candidate(visit, "The discussions will centre on flood defences in the valley.")


def test_effect_of_a_gerund_act_is_set_aside() -> None:
    only_set_aside(CONTEXT, "Dredging the channel will reduce silt in the harbour.", "describes")


def test_a_gerund_before_a_reporting_verb_is_no_act() -> None:
    # "Speaking to reporters" opens the report, not a subject whose effect is told
    sentence = "Speaking to reporters Minister Ana Costa said the ministry will cut the fees."
    assert candidate(CONTEXT, sentence).speaker == "Ana Costa"


def test_effect_of_a_measure_is_set_aside() -> None:
    only_set_aside(CONTEXT, "The new rules will cut the waiting time for anglers.", "describes")


def test_thing_described_by_a_relative_is_set_aside() -> None:
    only_set_aside(
        CONTEXT,
        "The Ministry today published its first Rivers Plan, which will drive investment "
        "in the valley.",
        "describes",
    )


def test_benefit_told_as_a_state_is_set_aside() -> None:
    only_set_aside(
        CONTEXT,
        "The aim is to build gravel beds that will be beneficial to spawning salmon.",
        "describes",
    )


def test_dated_effect_stays() -> None:
    assert candidate(
        CONTEXT, "The new rules will cut the waiting time for anglers from 1 May 2026."
    )


# -- a state foreseen, an appeal: doubted -----------------------------------------


def test_state_of_a_thing_foreseen_is_set_aside() -> None:
    only_set_aside(CONTEXT, "Even so, the lake is expected to fill this spring.", "forecast")


def test_call_on_others_with_an_adverb_is_set_aside() -> None:
    only_set_aside(
        CONTEXT,
        "It calls on both sides to fully commit to the ceasefire on the river.",
        "vetoed",
    )


def test_call_to_face_the_moment_is_set_aside() -> None:
    only_set_aside(CONTEXT, "Today we must face the future with our new plan.", "weak")


def test_own_must_with_an_act_stays() -> None:
    assert candidate(CONTEXT, "We must finish the weirs by 30 June 2026, the minister said.")


def test_verbless_fragment_after_a_conjunction_is_set_aside() -> None:
    only_set_aside(
        CONTEXT + "We stand by our partners. ",
        "And a firm commitment to open rivers and shared harbours.",
        "weak",
    )


def test_role_taken_on_is_doubted() -> None:
    text = CONTEXT + "With such a plan, the Ministry will take on the leading role in river care."
    assert quoted(found(text), "leading role") is None, found(text)


def test_state_set_to_change_is_doubted() -> None:
    text = (
        CONTEXT
        + "Thanks to the works, the harbour is set to grow and silt is expected to slowly ease."
    )
    assert quoted(found(text), "set to grow") is None, found(text)
