"""Issue 13, round 26b: whom a sentence commits when two leaders share it, a pronoun, a
written answer or a passive names them (`speakers`), and schedules and rules missed.

The texts are written for the test (the kinds come from blind36's and blind37's misses),
so that a regression names the rule; the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import found as _found
from tests.core.releases import quoted as _quoted


def _speaker(text: str, words: str) -> str | None:
    found = _quoted(_found(text), words)
    assert found is not None, words
    return found.speaker


# -- two titled leaders: the first named ---------------------------------------------

LEADERS = (
    "Chancellor Brandt and President van der Berg will open the Baltic energy forum in "
    "Riga on 12 March. They will then visit the new interconnector site."
)


def test_two_titled_leaders_give_the_first_named() -> None:
    assert _speaker(LEADERS, "will open the Baltic") == "Brandt"
    assert _speaker(LEADERS, "They will then visit") == "Brandt"


def test_nations_joined_by_and_stay_joined() -> None:
    text = "Norway and Iceland will sign the fisheries accord in Oslo on 20 March."
    assert _speaker(text, "will sign") == "Norway and Iceland"


def test_a_party_accompanying_the_subject_is_not_the_subject() -> None:
    text = (
        "Tomorrow morning, Commissioner Halvorsen, accompanied by Vice-President Marek and "
        "Commissioner Ortiz, will visit the flood defences in Ghent."
    )
    assert _speaker(text, "will visit") == "Halvorsen"


# -- a written answer's record line, a passive's subject and its agent -----------------

ANSWERS = (
    "Written Questions tabled on 2/03/2026 for answer on 9/03/2026\n\n"
    "Minister for Transport\n\n"
    "WQ1001 (e) Tabled on 2/03/2026\n\n"
    "Will the Minister say when the rail review will report?\n\n"
    "Answered by Minister for Transport | Answered on 3/03/2026\n\n"
    "The review is led by an independent panel. I will publish its report before the "
    "summer recess.\n\n"
    "Timetables in Gaelic will be considered alongside other languages when the contract "
    "is renewed next year.\n"
)


def test_the_answer_under_an_answered_by_line_is_the_answerers() -> None:
    assert _speaker(ANSWERS, "I will publish") == "the Minister for Transport"


def test_a_passive_subject_gives_way_to_the_voice() -> None:
    assert _speaker(ANSWERS, "Timetables in Gaelic") == "the Minister for Transport"


def test_a_to_be_passive_gives_its_agent() -> None:
    text = (
        "Ministers met in Perth on Friday. The heads of agreement are to be settled by the "
        "Standing Council of Officials no later than 30 April 2026."
    )
    assert _speaker(text, "are to be settled") == "the Standing Council of Officials"


def test_who_heads_a_body_is_not_its_agent() -> None:
    text = (
        "The two governments signed the memorandum in Oslo. The Joint Fisheries Board is to "
        "be chaired by the Norwegian Minister of Fisheries and will meet before 1 June 2026."
    )
    found = _quoted(_found(text), "is to be chaired")
    assert found is not None and found.speaker == "the Joint Fisheries Board", _found(text)


# -- "he" after a briefer's account, and a titled speaker in mixed case ----------------

BRIEFING = (
    "MS. LINDQVIST:  Good morning, everyone.\n\n"
    "The Governor asked her staff to make sure that every county has the sandbags it "
    "needs.  She'll continue to receive reports from the emergency centre through Sunday.\n"
)


def test_he_or_she_receiving_is_the_person_named_before_not_the_briefer() -> None:
    speaker = _speaker(BRIEFING, "continue to receive reports")
    assert speaker is not None and "Lindqvist" not in speaker
    assert speaker.lower().endswith("governor")


INTERVIEW = (
    "RADIO NORD: Welcome, Minister. Tell us about the harbour project.\n\n"
    "Minister Aaltonen:  Thank you. It has been a long road.\n\n"
    "RADIO NORD: And the timetable?\n\n"
    "Minister Aaltonen:  It is tight, but the yard is ready.\n\n"
    "As you know, the tender closed last week. I arrived in Turku in 2019 and we were just "
    "finishing a tender then. And now, as I prepare to leave, to go home to Oulu in May, it "
    "will be after another tender.\n"
)


def test_a_titled_label_in_mixed_case_keeps_the_floor() -> None:
    assert _speaker(INTERVIEW, "as I prepare to leave") == "Aaltonen"


# -- schedules missed ------------------------------------------------------------------


def test_an_opening_day_times_the_clause_when_a_later_word_blurs_it() -> None:
    text = (
        "The Commissioner arrives in Lisbon today. On Friday, she will meet the Finance "
        "Minister to discuss a range of topics, from the budget and, more generally, the "
        "banking union."
    )
    found = _quoted(_found(text), "On Friday, she will meet")
    assert found is not None and found.deadline is not None
    assert found.deadline.due.date().isoformat() == "2026-03-06"


def test_history_after_an_unspaced_dash_does_not_make_the_plan_past() -> None:
    text = (
        "The ministers will gather in Vienna on Saturday. The ministers will then sign "
        "the charter– in the hall where 50 years ago the first treaty was signed."
    )
    assert _quoted(_found(text), "will then sign the charter") is not None


def test_an_event_to_be_held_on_a_day_ahead_is_announced() -> None:
    text = (
        "The Board discussed the draft agenda for the regional summit to be held on 20 "
        "March, covering:\n\ntrade\n\nenergy\n"
    )
    found = _quoted(_found(text), "to be held on 20")
    assert found is not None and found.deadline is not None


def test_an_event_to_be_held_with_no_time_says_nothing() -> None:
    text = "The Board discussed the draft agenda for a regional summit to be held in Lagos."
    assert _quoted(_found(text), "to be held") is None


# -- rules: a heading's date of effect, an agency revising its own rules, a final rule --

REGISTER = (
    "AGENCY: Office of Coastal Permits.\n\n"
    "ACTION: Final rule.\n\n"
    "SUMMARY: The Office of Coastal Permits is revising its permit regulations to simplify "
    "how applicants file for dredging permits.\n\n"
    "EFFECTIVE DATE: April 20, 2026.\n"
)


def test_an_effective_date_heading_line_with_a_date_ahead_is_a_pledge() -> None:
    found = _quoted(_found(REGISTER), "EFFECTIVE DATE: April 20, 2026.")
    assert found is not None and found.deadline is not None
    assert found.deadline.due.date().isoformat() == "2026-04-20"


def test_a_catalogue_effective_date_line_without_a_stop_is_not() -> None:
    text = "EXECUTIVE ORDER\n\nEffective Date: April 20, 2026\n\nSubject: Coastal permits\n"
    assert _quoted(_found(text), "Effective Date") is None


def test_an_agency_revising_its_own_regulations_is_a_plan() -> None:
    assert _quoted(_found(REGISTER), "is revising its permit regulations") is not None


def test_a_final_rule_announced_with_what_it_does_is_a_plan() -> None:
    text = (
        "Secretary Holm today announced a final rule codifying new limits on how the "
        "Department issues guidance to regional offices."
    )
    found = _quoted(_found(text), "announced a final rule")
    assert found is not None and found.confidence < 0.6  # listed under "Maybe"


# -- a record line naming a person, with the answer's date after the name ---------------

PERSON_ANSWER = (
    "Question S5W-20801: Mark Ruskell, Mid Scotland and Fife, Scottish Green Party.\n\n"
    "To ask the Scottish Government when it will publish its review of rail fares.\n\n"
    "Answered by Michael Matheson (18/01/2019):\n\n"
    "I will publish the review of rail fares before the summer recess.\n"
)


def test_an_answerer_named_by_name_keeps_the_name_without_the_date() -> None:
    # Was "the Michael Matheson (18/01/2019):": "the " belongs before an office, and the
    # date in brackets and the colon are the record line's, not the name's.
    assert _speaker(PERSON_ANSWER, "I will publish") == "Michael Matheson"


# -- a Dáil written answer: the Minister asked gives the answer -------------------------

DAIL_ANSWER = (
    "School Staff\n\nQuestions (181)\n\nMark Ward\n\nQuestion:\n\n"
    "181. Deputy Mark Ward asked the Minister for Education and Skills if a school will "
    "keep its teachers. [12062/20]\n\nView answer\n\nWritten answers\n\n"
    "The staffing schedule is published annually. I will write to the school "
    "before the end of June.\n\nSpecial Needs\n\nQuestions (182)\n\nJack Chambers\n\n"
)


def test_a_dail_written_answer_is_the_ministers_not_the_deputys() -> None:
    # Was "Mark Ward": the member's name line above the question was carried over the
    # answer.
    assert _speaker(DAIL_ANSWER, "will write to") == "the Minister for Education and Skills"


DAIL_LONG_TITLE = DAIL_ANSWER.replace(
    "the Minister for Education and Skills if",
    "the Minister for Housing, Local Government and Heritage if",
)
DAIL_FURTHER = DAIL_ANSWER.replace(
    "the Minister for Education and Skills if", "the Minister for Finance, further to his reply, if"
)


def test_a_ministers_title_runs_on_past_its_commas() -> None:
    # Was "the Minister for Housing": the title stopped at its first comma.
    assert (
        _speaker(DAIL_LONG_TITLE, "will write to")
        == "the Minister for Housing, Local Government and Heritage"
    )
    # a comma before a lower-case word ends it
    assert _speaker(DAIL_FURTHER, "will write to") == "the Minister for Finance"
