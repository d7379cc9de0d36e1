"""Issue 13, round 28c: an announced event's arrangements, a standing disposition and what a
change or a programme will do are doubted, not offered as pledges (`occasions`).

The texts are written for the test (the kinds come from blind42's to blind45's false
candidates); the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import candidate, only_set_aside

HEARING = "The Water Board will hold a public hearing on the reservoir plan in Dunmore on 12 June. "


# -- an event's arrangements, after the event is announced ---------------------------


def test_hearing_room_is_an_arrangement() -> None:
    only_set_aside(
        HEARING, "The hearing will be held in the council chamber on the first floor.", "describes"
    )


def test_service_at_hearing_is_an_arrangement() -> None:
    only_set_aside(HEARING, "Spanish interpretation will be provided throughout.", "describes")


def test_public_chance_to_speak_is_an_arrangement() -> None:
    only_set_aside(
        HEARING, "Residents will have the chance to question the engineers.", "describes"
    )


def test_record_kept_is_an_arrangement() -> None:
    only_set_aside(HEARING, "A stenographer will take down every remark.", "describes")


def test_visitors_leave_to_come_is_an_arrangement() -> None:
    only_set_aside(HEARING, "Visitors may drop in at any time during the afternoon.", "describes")


def test_actor_at_the_event_stays() -> None:
    assert candidate(HEARING, "Board engineers will present the revised plan to residents.")


def test_service_without_an_event_stays() -> None:
    assert candidate(
        "The Ministry of Health set out its winter plan on Monday. ",
        "Free interpretation will be provided in every hospital from 1 December.",
    )


# -- a standing disposition ----------------------------------------------------------


def test_will_always_is_a_disposition() -> None:
    only_set_aside("", "As mayor, I will always stand up for the city's farmers.", "weak")


def test_we_will_see_is_no_act() -> None:
    only_set_aside(
        "The delegation reached Lima on Monday. ", "We will see democracy at work.", "weak"
    )


def test_one_of_my_aims_will_be_is_a_stance() -> None:
    only_set_aside(
        "", "One of my aims as Director will be to make the office's work more open.", "weak"
    )


# -- what a change or a programme will do --------------------------------------------


def test_file_contents_are_described() -> None:
    only_set_aside(
        "The agency released the tables on Monday. ",
        "The spreadsheet file will also include county totals.",
        "describes",
    )


def test_cleanup_effect_is_described() -> None:
    only_set_aside(
        "The council published the proposed plan on Monday. ",
        "The cleanup outlined in the plan will address the polluted soil near the depot.",
        "describes",
    )


def test_developments_opening_the_door_are_described() -> None:
    only_set_aside(
        "Ministers met in Perth on Monday. ",
        "Ministers noted that these developments will open the door for local growers to export.",
        "describes",
    )


def test_body_named_a_partnership_stays() -> None:
    # a capitalised "Partnership" names a body, whose act it is, not a thing's effect
    found = candidate(
        "The partnership met on Monday. ",
        "The Local Enterprise Partnership will cut the fees it charges small firms.",
    )
    assert found.speaker == "the Local Enterprise Partnership"


def test_name_going_on_after_the_noun_stays() -> None:
    assert candidate(
        "Ministers met on Monday. ", "The Strategy Unit will help departments cut costs."
    )


def test_dated_scheme_stays() -> None:
    assert candidate(
        "The Energy Department set out the scheme on Monday. ",
        "The scheme will cut energy bills for small firms from April 2027.",
    )


# -- the running of a sitting, one's own time ending, a state held until now --------


def test_member_resuming_seat_is_procedure() -> None:
    only_set_aside(
        "Hon JANE DOE: The Minister said the bridge would open in May. Mr SPEAKER: Order! ",
        "The member will resume her seat.",
        "weak",
    )


def test_leave_to_sit_is_procedure() -> None:
    only_set_aside(
        "",
        "The Select Committee shall have leave to sit twice on the day on which it shall meet.",
        "weak",
    )


def test_own_time_ending_is_no_act() -> None:
    only_set_aside(
        "Next month, I will leave the council. ",
        "Soon, my time in this office will come to an end.",
        "weak",
    )


def test_state_held_until_now_is_past() -> None:
    only_set_aside("", "For ten years, the cartel has been intent on smuggling arms.", "vetoed")


def test_plan_as_a_noun_before_to_is_no_plan() -> None:
    only_set_aside(
        "The Environmental Protection Agency (EPA) proposed a cleanup plan in January. ",
        "EPA held a public meeting at the Town Hall, 4 Mill Street on 2 February 2026, "
        "to explain the proposed plan to the public.",
        "weak",
    )


def test_provision_word_outside_the_subject_head_stays() -> None:
    # "parking" in a relative clause is not what the "will" tells of (round B's review)
    assert candidate(HEARING, "The transport office, which runs parking, will open two garages.")
