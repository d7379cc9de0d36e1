"""Silent misreadings of sentences that hold no deadline, fixed at stop 59 (issue 12, tuner
t2): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import due, refusal

# 1. A vague word after a subject "any <noun> <participle>" runs from each such event when it
# comes (CONVENTIONS 5.2): "any division demanded shall be taken immediately" fell due a week
# after the order of business was read.


def test_a_vague_word_after_any_event_waits_for_it() -> None:
    assert refusal("Any division demanded shall be taken immediately.") == "event"
    text = (
        "Any division demanded on No. 15, motion re Citizens' Assembly on Gender Equality"
        " shall be taken immediately."
    )
    assert refusal(text) == "event"
    text = (
        "The motions shall be taken without debate and any division demanded shall be taken"
        " immediately."
    )
    assert refusal(text) == "event"
    assert refusal("Any complaints received will be answered without delay.") == "event"


def test_any_thing_named_or_a_limit_keeps_the_time() -> None:
    assert due("Any remaining funds will be returned immediately.") == "2026-12-09 23:59"
    assert due("Any division demanded shall be taken by Friday.") == "2026-12-04 23:59"
    assert due("The council will act immediately.") == "2026-12-09 23:59"


# 2. The period of speaking ("this week", "this month", "this year") with the verb of an act
# done or a perfect: the act is told as done in it (CONVENTIONS 2.4), no deadline at its end.


def test_a_perfect_in_the_period_of_speaking_is_past() -> None:
    text = (
        "The Environment Agency has opened its new Flood Information Centre at 4 Hardcastle"
        " House, Valley Road in Hebden Bridge this week."
    )
    assert refusal(text) == "past"
    text = (
        "The trust has appointed a new chief executive, a new finance director and two"
        " non-executive members to its board this month."
    )
    assert refusal(text) == "past"


def test_a_future_in_the_period_of_speaking_stays_due() -> None:
    assert due("We will publish the plan this week.") == "2026-12-06 23:59"
    assert due("The council said it will publish the plan this week.") == "2026-12-06 23:59"


# 3. "to" before a capitalised word is a preposition before a place, no infinitive of a plan:
# "travelled to Skopje this week" was read as a plan ahead and fell due on Sunday.


def test_a_journey_to_a_place_this_week_is_past() -> None:
    text = (
        "Minister for Armed Forces James Heappey travelled to Skopje, North Macedonia this"
        " week for the opening of the OSCE Ministerial Council."
    )
    assert refusal(text) == "past"
    text = "Ambassador Siddiqui traveled to Baltimore, MD this week to sign a new arrangement."
    assert refusal(text) == "past"


def test_an_infinitive_after_a_past_verb_keeps_the_plan() -> None:
    assert due("The council voted to close the road next Friday.") == "2026-12-11 23:59"


# 4. "May" written so after a capitalised word ends a name, never the modal: "Prime Minister
# Theresa May spoke with ... today" was read as a modal future, due at the day's end.


def test_a_name_ending_in_may_is_no_modal() -> None:
    text = (
        "Prime Minister Theresa May spoke with a number of international leaders today"
        " underlining Britain's strong relations with countries around the world."
    )
    assert refusal(text) == "past"
    assert due("Theresa May will announce the plan today.") == "2026-12-02 23:59"
    assert due("Ministers may decide today.") == "2026-12-02 23:59"


def test_a_perfect_of_commitment_keeps_the_period() -> None:
    assert due("The Government has promised a review this year.") == "2026-12-31 23:59"
    text = "The Government has pledged a review of the scheme and of its funding this month."
    assert due(text) == "2026-12-31 23:59"


# 5. A time inside a phrase that opens its clause on a preposition and ends at a comma is
# governed by the verb after the comma, as a time fronted alone: "Following their meeting this
# morning at the Commission headquarters, the presidents announced ..." fell due at noon.


def test_a_time_in_an_opening_phrase_takes_the_main_verb() -> None:
    text = (
        "Following their meeting this morning at the Commission headquarters, President"
        " Barroso and President Schulz announced a political agreement on the budget."
    )
    assert refusal(text) == "past"
    assert due("At its meeting on Friday, the council will decide on the plan.") == (
        "2026-12-04 23:59"
    )


# 6. A verb of saying that ends its clause before "that" is the saying, which goes on; only a
# trailing attribution (", officials said.") is passed over: "In a second intervention in the
# European Parliament today, President Juncker said that ..." was due at the day's end.


def test_a_saying_before_that_governs_a_fronted_day() -> None:
    text = (
        "In a second intervention in the European Parliament today, President Juncker said"
        " that the March European Council is about building a stronger Union."
    )
    assert refusal(text) == "past"


# 7. "and" after a list of subjects with no verb yet joins the subjects, no clauses; and "had"
# is never a base form: "Today the Greek minister of Finance, the institutions and I had a
# constructive meeting" was due at the day's end.


def test_a_list_of_subjects_ending_in_and_i_keeps_its_verb() -> None:
    text = (
        "Today the Greek minister of Finance, the institutions (European Commission, ECB, ESM"
        " and IMF) and I had a constructive meeting on the state of play of the second review"
    )
    assert refusal(text) == "past"
    assert due("Today the minister and we will meet.") == "2026-12-02 23:59"


# 8. A pronoun's "may" or "might" is a possibility, no undertaking (CONVENTIONS 4.2, 4.3):
# "he might meet with his counterpart in the coming days" fell due in a week.


def test_a_third_persons_possibility_holds_no_deadline() -> None:
    text = (
        "Christopher Hill told reporters in Jakarta Friday he might meet with his North Korean"
        " counterpart, Kim Kye Gwan, in the coming days."
    )
    assert refusal(text) is None
    text = (
        "It was stated that it might be about the first or second week of July, but, in the"
        " present state of public business, we cannot commit ourselves definitely."
    )
    assert refusal(text) is None
    assert refusal("It may be an even greater thrill for new Members in 2030.") is None


def test_a_possibility_bound_by_a_deadline_word_or_a_will_stays() -> None:
    assert due("He might meet them, and he will report by Friday.") == "2026-12-04 23:59"
    assert due("They may finish the audit by Friday.") == "2026-12-04 23:59"
    assert due("The minister will meet his counterpart in the coming days.") == ("2026-12-09 23:59")


# 9. More strong pasts ("withdrew", "underwent", "quit", "fled") are read as the verb of an
# act done, and "Also" may open a fronted time: "Also on Saturday, the minister quit the
# cabinet" fell due on Saturday.


def test_more_strong_pasts_tell_an_act_done() -> None:
    text = (
        "Also on Saturday, Israel's ultra-nationalist National Security Minister Itamar"
        " Ben-Gvir quit Netanyahu's cabinet in protest over the ceasefire deal."
    )
    assert refusal(text) == "past"
    assert refusal("On Friday, the company withdrew its application.") == "past"
    assert due("Also on Friday, the minister will quit the cabinet.") == "2026-12-04 23:59"


# 10. "<plural noun> of tomorrow/today" names a generation or an age, no day: "the First
# Nations leaders of tomorrow" fell due at the end of the next day.


def test_a_generation_of_tomorrow_is_no_day() -> None:
    text = (
        "So I offer my respect to their Elders past and present, as well as to the First"
        " Nations leaders of tomorrow."
    )
    assert refusal(text) is None
    assert refusal("We are building the schools and hospitals of today.") is None


def test_a_day_of_business_or_a_possessive_stays_a_day() -> None:
    assert due("We will publish the results of tomorrow's vote.") == "2026-12-03 23:59"
    assert due("The proceedings of tomorrow will be published.") == "2026-12-03 23:59"


# 11. "the following week", "the following Monday", "the next day" count on from another time;
# with none in the text they count from an undated event: "The State Opening of Parliament will
# take place the following week" fell due next Sunday with no warning.


def test_a_day_counted_on_from_no_time_of_the_text_is_an_event() -> None:
    text = "The State Opening of Parliament will take place the following week."
    assert refusal(text) == "event"
    assert refusal("The report will be published the next day.") == "event"


def test_a_day_counted_on_from_a_time_of_the_text_or_the_next_week_stays() -> None:
    text = "The hearings will run from 20 to 24 December, and on 28 December the following week."
    assert due(text) == "2026-12-28 23:59"
    assert due("We will meet the next week.") == "2026-12-09 23:59"


def test_this_week_opening_its_own_clause_after_and_keeps_its_date() -> None:
    # the merge of stop 59's two tuners: "met" before ", and" does not govern "this week",
    # whose clause has its own verb; the perfect of a done act still refuses
    assert due("We met them last month, and this week we sign the deal.") == "2026-12-06 23:59"
    assert due("They met in May; this week we sign.") == "2026-12-06 23:59"
