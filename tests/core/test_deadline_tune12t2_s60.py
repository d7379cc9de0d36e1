"""Silent misreadings of sentences that hold no deadline, fixed at stop 60 (issue 12, tuner
t2): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import due, refusal

# 1. A figure measured over a period that ends ahead of the moment of speaking, told in the
# past ("rose 30% from July 2025 through December 2026"): the end of the range is no limit
# (measured_to.py). It fell due at the end of December.


def test_the_end_of_a_period_a_past_figure_was_measured_over_is_past() -> None:
    text = (
        "Emergency department visits for opioid overdoses rose 30% in all parts of the US"
        " from July 2025 through December 2026."
    )
    assert refusal(text) == "past"
    assert refusal("Visits rose 30% from July 2025 to December 2026.") == "past"
    assert refusal("Prices rose 4% in the year to December 2026.") == "past"


def test_a_moved_or_planned_end_keeps_its_time() -> None:
    assert due("The deadline was extended from 1 May to 31 December 2026.") == "2026-12-31 23:59"
    text = "The council will receive complaints from April through December 2026."
    assert due(text) == "2026-12-31 23:59"


# 2. The speaker's own "could" names an option, as "may" and "might" do (CONVENTIONS 4.2 and
# 4.3: "There is still some possibility that we could do that next Monday"): "we could make a
# decision to consider the report next Tuesday" fell due on Tuesday.


def test_an_option_the_speaker_could_take_is_no_undertaking() -> None:
    text = (
        "For example, we could make a decision to consider the report in full next Tuesday"
        " or any other day this week."
    )
    assert refusal(text) is None
    assert refusal("I could meet the minister on Friday, if that suits him.") is None


def test_a_limit_or_a_telling_after_could_keeps_its_time() -> None:
    assert due("We could finish the audit by Friday.") == "2026-12-04 23:59"
    text = "I could tell the House that the Bill will be published on Friday."
    assert due(text) == "2026-12-04 23:59"
    text = "We might have another meeting prior to the end of July."  # "have" a meeting
    assert refusal(text) is None


# 3. A "for" span right before the sentence's own verb lies in the subject: the length of a
# thing named ("The economic impact of closing the park for 16 days has been extremely
# tough"), no act's time. It fell due 16 days after the moment of speaking.


def test_a_span_in_the_subject_is_no_time_of_an_act() -> None:
    text = (
        "The economic impact of closing the park for 16 days has been extremely tough on our"
        " gateway communities."
    )
    assert refusal(text) is not None
    text = (
        "A remedy suspending his use of the blocking tool for six months has the support of"
        " three arbitrators."
    )
    assert refusal(text) is not None


def test_a_span_of_the_act_itself_keeps_its_end() -> None:
    assert due("We will close the park for 16 days.") == "2026-12-18 23:59"
    assert due("The park will be closed for 16 days from Monday.") == "2026-12-23 23:59"


# 4. "Most" names a class of cases as "all" does (class_cases.py): "Most general creditor
# claims will be acknowledged or denied by the FDIC within 180 days" is a standard kept for
# each claim as it comes (CONVENTIONS 1.3). It fell due 180 days after the moment of speaking.


def test_a_limit_for_most_cases_of_a_class_is_a_standard() -> None:
    text = (
        "Most general creditor claims will be acknowledged or denied by the FDIC within 180 days."
    )
    assert refusal(text) == "recurring"
    assert refusal("Most claims are settled within 30 days.") == "recurring"


def test_a_limit_for_a_set_fixed_now_stays_one() -> None:
    text = "Most of the outstanding claims will be settled within 30 days."
    assert due(text) == "2027-01-01 23:59"


# 5. "the following Monday", "the next day" count on from another time; when the only other
# time itself waits for an undated event ("a Friday", "all night"), nothing anchors them
# (second_looks._unanchored_next, CONVENTIONS 1.3). They fell due from the moment of speaking.


def test_a_day_counted_on_from_an_undated_time_waits_for_it() -> None:
    text = "If the date is a Friday, the hearing will reconvene the following Monday."
    assert refusal(text) == "event"
    text = "If you are out all night, you can fill in your Census form the next day."
    assert refusal(text) == "event"


def test_a_day_counted_on_from_a_dated_time_keeps_a_deadline() -> None:
    text = "The hearing closes on Friday 4 December and will reconvene the following Monday."
    assert due(text)  # anchored: a deadline is read, not the event refusal


# 6. A plan in the past perfect ("had planned", "had anticipated") is a plan as it stood, since
# overtaken (called_off.py, CONVENTIONS 4.1): "Next Thursday we had anticipated a Labour debate
# day" fell due on Thursday.


def test_a_plan_in_the_past_perfect_is_given_up() -> None:
    assert refusal("Next Thursday we had anticipated a Labour debate day.") == "negated"
    text = (
        "Fire managers had already planned to treat the area of the Wolf Fire with the Clints"
        " prescribed fire project scheduled for later this month."
    )
    assert refusal(text) == "negated"


def test_a_plan_told_now_or_the_new_time_keeps_its_day() -> None:
    assert due("Next Thursday we will hold a Labour debate day.") == "2026-12-10 23:59"
    text = "We had planned to publish the report on Friday, and we will now publish it on Monday."
    assert due(text) == "2026-12-07 23:59"


# 7. A time that only dates the subject talked or asked about (topic_times.py): "I now turn to
# business tomorrow" fell due tomorrow, "inquire about the schedule for next week" at the end
# of next week.


def test_a_time_of_the_subject_talked_about_is_no_deadline() -> None:
    assert refusal("I now turn to business tomorrow.") is None
    text = "Mr. Speaker, I take this time to inquire about the schedule for next week."
    assert refusal(text) is None
    assert refusal("So that's just an overview of the meeting on Wednesday.") is None
    text = (
        "In regard to the business on Friday, of this week, it is thought preferable to"
        " postpone the debate."
    )
    assert refusal(text) is None


def test_what_the_subject_holds_or_a_limit_keeps_its_time() -> None:
    assert due("The business for next week will be as follows.") == "2026-12-13 23:59"
    text = "We will decide about the schedule for next week by Friday."
    assert due(text) == "2026-12-04 23:59"


# 8. The running period as the frame of a comparison or a count (period_figures.py): "We expect
# to be busier this year than last year" fell due at the end of the year.


def test_the_running_period_of_a_comparison_or_count_is_no_deadline() -> None:
    assert refusal("We expect to be busier this year than last year at this time.") is None
    assert refusal("The Census option is available for the second time this year.") is None


def test_a_pledge_in_the_running_period_keeps_its_end() -> None:
    assert due("We will publish more reports this year.") == "2026-12-31 23:59"
    # a total an act will reach is a pledge (an extraction label of the development sets)
    text = "The program will take the citizens to a total of 17 countries in Africa this month."
    assert due(text) == "2026-12-31 23:59"


# 9. "There is no way", "there is no chance" deny what follows (clauses._NEGATION, CONVENTIONS
# 4.1): "There is no way that this Bill will be passed tomorrow" fell due tomorrow.


def test_no_way_or_no_chance_denies_the_time() -> None:
    text = "There is no way that this Bill will be passed tomorrow because the Minister erred."
    assert refusal(text) == "negated"
    text = (
        "I am afraid that there is no chance of returning to that subject before we rise in August."
    )
    assert refusal(text) == "negated"


def test_no_doubt_keeps_the_time() -> None:
    assert due("There is no doubt that the Bill will be passed tomorrow.") == "2026-12-03 23:59"


# 10. The present perfect with a contracted "'ve" or an irregular participle is told as done
# (clauses.PAST_VERB): "I've seen the figures this week" fell due on Sunday. A present clause
# of a plural or first person after it ("as we get closer to ...") holds its own time.


def test_a_contracted_or_irregular_perfect_is_past() -> None:
    assert refusal("I've seen the figures this week.") == "past"
    assert refusal("We've met the unions this week.") == "past"


def test_a_present_clause_after_the_perfect_keeps_its_date() -> None:
    text = (
        "As in past years, we have seen an uptick in calls as we get closer to the December 15"
        " deadline."
    )
    assert due(text) == "2026-12-15 23:59"


def test_today_before_an_irregular_perfect_is_past() -> None:
    text = "Today, we've seen wheelchair rugby, we've seen basketball and futsal."
    assert refusal(text) == "past"
    assert due("Today we will have seen the last of the old system.") == "2026-12-02 23:59"


# 11. A time after "since ... last met" (or "took effect"), past a comma or an "in", dates the
# past act of the "since" clause (past_reading._SINCE_PAST): "since they last met, in early
# December" fell due in mid-December.


def test_a_time_of_a_since_clause_past_a_comma_or_in_is_past() -> None:
    text = (
        "Ministers will discuss the evolution of the economy since they last met, in early"
        " December."
    )
    assert refusal(text) == "past"
    text = "Workers will miss a second paycheck since the rules took effect in November."
    assert refusal(text) == "past"


def test_a_time_of_the_main_act_after_a_since_clause_stays() -> None:
    text = "Since we last met, the council has agreed to publish the plan by Friday."
    assert due(text) == "2026-12-04 23:59"
