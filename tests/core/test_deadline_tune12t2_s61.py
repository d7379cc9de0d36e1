"""Silent misreadings of sentences that hold no deadline, fixed at stop 61 (issue 12, tuner
t2): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import check_set_case, due, refusal

# 1. A gone day heading its sentence, set off by a comma, dates all that the sentence tells as
# done: the other times in it are that act's and gone with it (fronted_done.under_done_head).
# Before, a year-less one rolled into next year, and one with its year lay ahead.


def test_times_after_a_gone_head_told_done_are_past() -> None:
    text = (
        "On March 20, the department extended the applicability and effective dates of the rule"
        " from March 23 to May 22."
    )
    assert refusal(text) == "past"  # not next May
    text = (
        "On 7 November 2026, the agency published a notice changing the hearing date from"
        " 9 November 2026 to 24 December 2026."
    )
    assert refusal(text) == "past"


def test_a_future_or_a_moved_time_ahead_after_a_gone_head_keeps_its_time() -> None:
    """Guards (passing before the change too)."""
    text = "On 30 November, the council decided that the road will close on 14 December."
    assert due(text) == "2026-12-14 23:59"
    # an infinitive tells an act still to come when the head's act was done
    text = "On 25 November, the board agreed to publish the plan by 14 January."
    assert due(text) == "2027-01-14 23:59"
    # a relative clause in the present tells its own time ahead
    text = "On 1 December, we launched a consultation, which closes on 28 February."
    assert due(text) == "2027-02-28 23:59"
    text = "On 30 November, the council opened a consultation that runs until 28 February."
    assert due(text) == "2027-02-28 23:59"
    # an extension's new time ahead stays a deadline (moved.py), whatever the past moving
    text = (
        "On 1 November 2026, the regulator extended the inquiry from 1 December 2026 to"
        " 11 January 2027."
    )
    assert due(text) == "2027-01-11 23:59"


def test_the_sets_cases_of_a_gone_head() -> None:
    check_set_case("blind_fresh171", "On March 20, the department extended")


# 2. A day said to be a named day, or a named day heading its sentence before a long dash, is
# the calendar told, no act's time (day_names.py; neutral, named kind: named days). Before,
# each fell due that day.


def test_a_day_said_to_be_a_named_day_is_no_deadline() -> None:
    assert refusal("Tonight is Census night.") is None
    assert refusal("Today, 2 December, is World Soil Day.") is None
    assert refusal("As the House will know, this Friday is 4 December, Barbara Day.") is None
    assert refusal("Tomorrow is International Volunteer Day.") is None


def test_a_named_day_heading_its_sentence_before_a_dash_is_no_deadline() -> None:
    text = "Father\u2019s Day (December 20) \u2014 Dads may be treated to breakfast in bed."
    assert refusal(text) is None
    text = "The Fourth of July \u2014 The Census Bureau celebrates with a collection of statistics."
    assert refusal(text) is None


def test_a_day_owed_or_an_unnamed_day_keeps_its_time() -> None:
    """Guards (passing before the change too)."""
    assert due("Today is the deadline for applications.") == "2026-12-02 23:59"
    assert due("Friday is the Last Day to register.") == "2026-12-04 23:59"
    assert due("Tomorrow is polling day.") == "2026-12-03 23:59"
    assert due("Tomorrow \u2014 we will publish the report.") == "2026-12-03 23:59"


def test_the_sets_named_days() -> None:
    check_set_case("blind_fresh54", "Today, 16 September, is World Ozone Day")
    check_set_case("blind_fresh140", "Tonight is Census night.")
    check_set_case("blind_fresh140", "As the House will know, this Friday is 11 November")
    check_set_case("blind_fresh173", "Father\u2019s Day (June 17)")
    check_set_case("blind_fresh173", "The Fourth of July \u2014 The Census Bureau")


# 3. Urgency asked of another by "asking (requesting) <anyone> to" undertakes nothing for the
# speaker (asked_of.py, CONVENTIONS 4.3), as "urged Italy to" already did. Before, the vague
# window fell due seven days on.


def test_a_vague_window_asked_of_another_by_name_is_no_deadline() -> None:
    text = (
        "The Commission decided to send a reasoned opinion to Luxembourg requesting it to"
        " comply immediately with the judgment of the Court."
    )
    assert refusal(text) is None
    text = "The Commission is asking France and Ireland to comply immediately."
    assert refusal(text) is None


def test_a_definite_time_or_the_speakers_own_request_keeps_its_time() -> None:
    """Guards (passing before the change too)."""
    assert due("We are requesting France to comply by Friday.") == "2026-12-04 23:59"
    assert due("I am asking to be heard immediately.") == "2026-12-09 23:59"


def test_the_sets_requests() -> None:
    check_set_case("blind_fresh165", "The European Commission decided, under Article 228")
    check_set_case("blind_fresh170", "In addition, the Commission has decided, under Article 228")


# 4. A vague window inside what is only valued ("Returning to normal routines as quickly as
# possible is critical", "the importance of it being implemented as quickly as possible")
# undertakes nothing (valued.py). Before, it fell due in 60 days.


def test_a_vague_window_only_valued_is_no_deadline() -> None:
    text = "Returning to normal routines as quickly as possible is critical to our recovery."
    assert refusal(text) is None
    text = (
        "The leaders discussed the deal, and the importance of it being fully implemented as"
        " quickly as possible."
    )
    assert refusal(text) is None


def test_a_pledge_whose_speed_is_valued_keeps_its_window() -> None:
    """Guards (passing before the change too)."""
    assert due("We will act as quickly as possible, which is vital.") == "2027-01-31 23:59"
    assert due("Getting this done by Friday is critical.") == "2026-12-04 23:59"


def test_the_sets_valued_windows() -> None:
    check_set_case("blind_fresh166", "Returning to normal educational routines")


# 5. An amount spread over a span set off by a comma ("bid for up to £1.5 million, over 2
# years, to provide ...") is how long the money lasts, as without the comma (spread_over.py).
# Before, it fell due two years on.


def test_an_amount_spread_over_a_span_after_a_comma_is_no_deadline() -> None:
    text = "Charities can bid for up to \u00a31.5 million, over 2 years, to provide support."
    assert refusal(text) == "event"


def test_an_amount_an_act_will_spend_over_a_span_after_a_comma_keeps_its_time() -> None:
    """A guard (passing before the change too)."""
    assert due("The council will invest \u00a33bn, over 4 years, in roads.") == "2030-12-02 23:59"


# 6. A span led in by "over" measuring how long an act told as done has run ("Much work has
# been undertaken on this issue over a number of years") is the years gone (past_reading.py).
# Before, it fell due years from now.


def test_a_span_over_which_a_done_act_ran_is_past() -> None:
    text = "Much work has been undertaken on this issue over a number of years."
    assert refusal(text) == "past"
    assert refusal("Prices have risen over several years.") == "past"
    text = "The success achieved within the reserve over several years is now requiring more."
    assert refusal(text) == "past"


def test_a_span_ahead_after_over_keeps_its_time() -> None:
    """Guards (passing before the change too)."""
    assert due("We will work over several years to finish it.") == "2029-12-02 23:59"
    text = "The scheme has been designed to run over the next two years."
    assert due(text) == "2028-12-02 23:59"


# 8. A gone month or year heading its sentence ("In May 2025,", "In November 2026,") dates the
# sentence told as done as a gone day does (fronted_done.under_done_head). Before, the end of
# the running period fell due.


def test_times_after_a_gone_month_or_year_heading_a_sentence_are_past() -> None:
    text = "In May 2025, the queue was long, but it had shrunk by the end of the year."
    assert refusal(text) == "past"
    text = "In November 2026, prices rose 3% and fell again by the end of the month."
    assert refusal(text) == "past"


def test_a_month_still_running_or_an_act_ahead_keeps_its_time() -> None:
    """Guards (passing before the change too)."""
    text = "In December 2026, the council will publish the plan by 31 January."
    assert due(text) == "2027-01-31 23:59"
    text = "In March 2026, the council agreed to publish the plan by 31 January."
    assert due(text) == "2027-01-31 23:59"
