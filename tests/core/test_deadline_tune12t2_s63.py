"""Readings of times that only a condition holds, tuned at stop 63 (issue 12, tuner t2):
each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from bot.core.deadlines import Deadline
from tests.core.reading import due, read, refusal


def dated(text: str) -> bool:
    return isinstance(read(text), Deadline)


# 1. A span of a condition's own act ("If the House sits until midnight ...", "If there is no
# reply within two months, the Commission may refer ...") is when that act would happen or
# end, which no one undertakes (CONVENTIONS 4.2): no deadline. A plain date in a condition
# was already read so ("If a limit is exceeded in 2008, ..."); "until" and "within" kept the
# date as a limit word's object, a silent misreading.


def test_a_span_inside_a_condition_of_its_own_act_is_no_deadline() -> None:
    assert not dated("If the House sits until 12 midnight they will be incommoded.")
    assert not dated("If the council keeps meeting till Friday, members will be exhausted.")
    assert not dated("If there is no satisfactory reply within two months, the Commission may act.")
    assert not dated("If the tenants receive no answer within 30 days, they can appeal.")
    assert not dated("If the storm continues until the weekend, the roads close.")


def test_a_condition_with_no_act_of_its_own_leaves_the_span_to_the_main_act() -> None:
    # "if possible", the speaker's own plan, the addressee, a guillotine's "not": as before
    assert due("If possible within two months we will report.") == "2027-02-02 23:59"
    assert dated("If we can finish within a week, the Bill goes to the Seanad.")
    assert dated("If you would reply within ten days, I would be grateful.")
    assert dated("If I get it running within a month, the work can start.")


def test_a_limit_by_a_date_in_a_condition_is_read_as_before() -> None:
    # "by" and "before" in a condition often hold the date the main act hangs on ("If the
    # bill passes by June, ..."); this rule leaves them
    assert dated("If the shipment arrives by Monday, we will be pleased.")


# 2. A time inside what the speaker wants to know ("I would like to know if it has been agreed
# that the House will sit to-morrow") or inside what is to be decided ("decide whether the
# Seanad should meet in the morning or at 3 o'clock") is asked about or left open, as one
# after "ask ... whether" already was (CONVENTIONS 4.3): no one undertakes it. It was dated.


def test_a_time_inside_what_the_speaker_wants_to_know_is_no_deadline() -> None:
    assert not dated(
        "I would like to know if it has been agreed that the House will sit to-morrow."
    )
    assert not dated("We want to know whether the road will reopen next week.")
    assert not dated(
        "Residents are anxious to know when the bridge will be repaired in the spring."
    )
    assert not dated("They would like to know if they have to go back on Thursday.")


def test_a_time_inside_what_is_still_to_be_decided_is_no_deadline() -> None:
    text = "The committee should meet and decide whether the Seanad should meet at 3 o'clock."
    assert not dated(text)
    assert not dated("The council will determine whether the market should close on Friday.")
    assert (
        due("Ministers will decide whether the review could finish by 30 June.")
        == "2027-06-30 22:59"
    )


def test_a_time_before_the_open_question_still_counts() -> None:
    assert due("The board will decide by June whether to close the plant.") == "2027-06-30 22:59"
    assert (
        due("I would like to know by Friday whether the scheme goes ahead.") == "2026-12-04 23:59"
    )
    assert due("We will let you know whether we can help before 10 December.") == "2026-12-09 23:59"


# 3. A length a class keeps, told in the plain present ("Households stay in the survey for two
# years", "Members serve on the board for three years") is a standing rule for each case
# (CONVENTIONS 1.3, as "licences last five years"): recurring. And "for 4 years terms", the
# hyphen left out, names each term's length as "four-year terms" does: no time from now.
# Both were read as a window from now, due when the span ended.


def test_a_length_a_class_keeps_in_the_present_is_recurring() -> None:
    assert refusal("Households stay in the survey for two years.") == "recurring"
    assert refusal("Members serve on the board for three years.") == "recurring"
    assert refusal("Trustees are appointed for four years.") == "recurring"
    assert refusal("Tenants remain in the scheme for 12 months.") == "recurring"


def test_a_window_run_once_from_now_keeps_its_end() -> None:
    assert due("The consultation runs for 12 weeks.") == "2027-02-24 23:59"
    assert due("Volunteers will stay for two weeks.") == "2026-12-16 23:59"
    assert due("The exhibits stay on show for six weeks from 1 May.") == "2027-06-12 22:59"


def test_a_count_of_years_before_a_term_names_its_length() -> None:
    text = "The Minister has appointed five new members to the Board, for 4 years terms."
    assert not dated(text)
    assert not dated("The judges were named to the court for three year terms.")


# 4. A time right after "other than" is the one excluded ("to allow release times other than
# 9:30am"), as one after "rather than" or "instead of" is: denied. It was the deadline.


def test_a_time_right_after_other_than_is_excluded() -> None:
    assert not dated("The Board approved an amendment to allow release times other than 9:30am.")
    assert not dated("The office may publish on days other than Friday.")
    assert due("Applicants other than students must apply by 10 December.") == "2026-12-10 23:59"


# 5. An act weighed as the sentence's subject ("To take it on Friday would seem to be rushing
# the thing", "Meeting on Wednesday would suit most members") and the time the speaker thinks
# suits better ("I think 3 o'clock suits the city Senators better") are options put forward,
# not undertaken (CONVENTIONS 4.3, as "I think 11.30 would be more reasonable"). Dated before.


def test_an_act_weighed_as_the_subject_sets_no_time() -> None:
    assert not dated("To take it on Friday would seem to be rushing the thing quite unnecessarily.")
    assert not dated("To sit on Friday would be unfair to the staff.")
    assert not dated("Taking the Bill on Friday would be a mistake.")
    assert not dated("Meeting on Wednesday would suit most members.")


def test_the_time_the_speaker_thinks_suits_better_is_put_forward() -> None:
    assert not dated("I think 3 o'clock suits the city Senators better.")
    assert not dated("I think Tuesday suits most of us best.")


def test_an_aim_or_a_plan_told_so_stays_dated() -> None:
    assert due("Publishing the report next week would be our aim.") == "2026-12-13 23:59"
    assert due("To publish it by June would be the Government's intention.") == "2027-06-30 22:59"
    assert due("The Minister said we will meet on Friday, which would suit everyone.") == (
        "2026-12-04 23:59"
    )


# 6. An impersonal preference or a request in the conditional ("It would be better to take the
# vote on Monday", "It would be helpful if the Minister could make a statement next week", "I
# would be glad if the Bill could be printed in time for Friday") puts a time forward or asks
# another for it (CONVENTIONS 4.3); the speaker's own side's act put so stays a plan.


def test_an_impersonal_preference_or_a_request_sets_no_time() -> None:
    assert not dated("It would be better to take the vote on Monday.")
    assert not dated("It would be convenient for the Order to be debated next week.")
    assert not dated("It would be helpful if the Minister could make a statement next week.")
    assert not dated("I would be glad if the Bill could be printed in time for Friday.")


def test_the_speakers_own_act_put_modestly_stays_dated() -> None:
    text = "It would be better if we were to decide tonight to adjourn until 9 o'clock tomorrow."
    assert due(text) == "2026-12-03 09:00"
    text = "We will close the road on Friday, and it would be wise to plan ahead."
    assert due(text) == "2026-12-04 23:59"


def test_a_request_in_the_older_should_sets_no_time() -> None:
    assert not dated("I should be glad if the Leader would arrange a debate next week.")
    assert not dated(
        "I should be grateful if my right hon. Friend could make a statement tomorrow."
    )
    assert due("We should be glad to finish by Friday.") == "2026-12-04 23:59"
