"""Silent misreadings of sentences that hold no deadline, fixed at stop 62 (issue 12, tuner
t2): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.deadlines import Deadline
from tests.core.reading import check_set_case, due, read, refusal

# 1. The unreal past: "could", "would" or "might" with a perfect tells what was possible or
# would have followed, and did not (possibility.py, fifth shape). Before, its time fell due,
# a deadline word ("until", "by") included.


def test_a_time_under_an_unreal_past_is_no_deadline() -> None:
    assert refusal("We could have waited for the report until next week.") is None
    text = (
        "Opening the site from this autumn as planned would have cost a total of £122 million"
        " by the end of its use in 2027, meaning the site no longer represents value for money."
    )
    assert refusal(text) is None
    assert refusal("The council might have finished the works by March.") is None


def test_a_duty_a_future_perfect_or_a_reported_unreal_past_keeps_its_time() -> None:
    """Guards (passing before the change too)."""
    assert due("Applicants must have completed the course by 1 June.") == "2027-06-01 22:59"
    assert due("We will have finished the works by March.") == "2027-03-31 22:59"
    assert due("He said the homes would have been built by 2030.") == "2030-12-31 23:59"
    text = (
        "The plans will be unveiled to coincide with what would have been her hundredth"
        " birthday year in 2026."
    )
    assert due(text) == "2026-12-31 23:59"


def test_the_sets_cases_of_an_unreal_past() -> None:
    check_set_case("blind_fresh176", "We could have waited for Third Reading")
    # blind_fresh164's "Opening the site ... would have cost ... in 2027" is labelled `negated`
    # (the plan was dropped, as the next words tell): read with no refusal word, in the first test


# 2. A vague word grading the adjective after it tells how soon a quality shows, no act's time
# (labels.first_look). Before, "immediately noticeable" fell due within seven days.


def test_a_vague_word_grading_an_adjective_is_no_time() -> None:
    text = "The track will feature a number of improvements immediately noticeable to users."
    assert refusal(text) is None
    assert refusal("The benefits of the scheme will be immediately apparent.") is None


def test_a_vague_word_on_an_act_keeps_its_window() -> None:
    """Guards (passing before the change too): an act, and a release made available."""
    assert due("We will clear the backlog immediately.") == "2026-12-09 23:59"
    assert due("I will make the report immediately available.") == "2026-12-09 23:59"


def test_the_sets_case_of_a_graded_adjective() -> None:
    # blind_fresh136 labels it `past` (the opening day is gone): no deadline read either way
    text = (
        "The track is open to public from Monday 15 February and will feature a number of"
        " improvements immediately noticeable to regular users."
    )
    assert not isinstance(read(text, datetime(2021, 2, 24, 10, 0, tzinfo=UTC)), Deadline)


# 3. A vague word right before an event ("immediately prior to Committee Stage", "shortly
# before the Dail meets") counts from that event, as one right after it does
# (after_words.before_event, CONVENTIONS 5.2). Before, it fell due within its window from now.


def test_a_vague_word_right_before_an_event_waits_for_it() -> None:
    assert refusal("Any division shall be taken immediately prior to Committee Stage.") == "event"
    assert refusal("We will circulate the list shortly before the House meets.") == "event"
    assert refusal("The papers will be sent out immediately ahead of the vote.") == "event"


def test_a_vague_word_right_before_a_time_keeps_the_time() -> None:
    """Guards (passing before the change too)."""
    assert due("They will begin their preparations shortly before noon.") == "2026-12-02 12:00"
    assert due("We will publish it shortly before the end of the month.") == "2026-12-31 23:59"
    assert due("I will publish it immediately before Christmas.") == "2026-12-24 23:59"


def test_the_sets_cases_of_a_vague_word_before_an_event() -> None:
    check_set_case("blind_fresh155", "May I point out to the Tánaiste that difficulty")


# 4. A vague word in a sentence pointing back to an event ("subsequently", "at that point",
# "in such an eventuality", "following the conclusion of") counts from that event (waits.py,
# CONVENTIONS 5.2). Before, it fell due within its window from the moment of speaking.


def test_a_vague_word_after_an_event_pointed_back_to_waits_for_it() -> None:
    assert refusal("The Bill will subsequently be sent to the Senate as quickly as possible.") == (
        "event"
    )
    assert refusal("At that point, I will ask the Attorney General to act without delay.") == (
        "event"
    )
    assert refusal("I will update the House as soon as possible in such an eventuality.") == (
        "event"
    )
    text = (
        "Following the conclusion of the review, the findings will be published, as soon as"
        " possible, on the website."
    )
    assert refusal(text) == "event"


def test_a_vague_word_with_no_event_pointed_back_to_keeps_its_window() -> None:
    """Guards (passing before the change too): the pointer in another sentence."""
    assert due("We will act soon. At that point we were ready.") == "2027-01-31 23:59"


def test_the_sets_cases_of_an_event_pointed_back_to() -> None:
    check_set_case("blind_fresh171", "It will subsequently be moved to the Dáil")
    check_set_case("blind_fresh171", "At that point, I will liaise with the Attorney General")
    check_set_case("kinds_real20", "Subject to the progress of those talks")


# 5. The speaker's guess with a hedge about what others will do: a verb of opinion and
# "likely", "probably", "perhaps" before the time (possibility.py, sixth shape; CONVENTIONS
# 4.3). Before, the guessed time fell due.


def test_a_hedged_guess_of_the_speaker_is_no_deadline() -> None:
    assert refusal("I think they will likely speak in the next few days.") is None
    text = "I think it is likely that the legislation will be taken up by the end of the week."
    assert refusal(text) is None
    text = "I think, however, that probably the committee will wish to meet at three o'clock."
    assert refusal(text) is None


def test_a_plan_put_modestly_or_an_unhedged_opinion_keeps_its_time() -> None:
    """Guards (passing before the change too): the speaker's own side's plan stays dated."""
    assert due("I think we shall probably take the Bill on Thursday.") == "2026-12-03 23:59"
    assert due("I think the bill will pass on Thursday.") == "2026-12-03 23:59"


def test_the_sets_cases_of_a_hedged_guess() -> None:
    check_set_case("blind_fresh16", "I think they will likely speak in the next few days.")
    check_set_case("blind_fresh16", "I think it is likely that that legislation")
    check_set_case("blind_fresh167", "I think, however, that probably your Lordships")


# 6. "to" before a quantifier ("to some of our services", "to all", "to each") is a
# preposition, no infinitive of a plan (governing._plan_between). Before, "affected access to
# some of our online services ... on Friday" read as a plan, and the gone day fell due.


def test_to_before_a_quantifier_makes_no_plan() -> None:
    said = datetime(2021, 6, 4, 9, 0, tzinfo=UTC)  # a Friday
    text = (
        "Technical issues affected access to some of our online services for a short period"
        " on Friday 4 June 2021."
    )
    assert refusal(text, said) == "past"
    assert refusal("The storm cut power to all of the homes on Friday 4 June 2021.", said) == "past"


def test_an_infinitive_after_a_past_verb_keeps_its_plan() -> None:
    """Guard (passing before the change too)."""
    said = datetime(2021, 6, 2, 9, 0, tzinfo=UTC)
    assert due("The council voted to close the road on Friday 4 June 2021.", said) == (
        "2021-06-04 22:59"
    )


# 7. A date told as the first plan ("was originally set to end on", "the original deadline
# of") is the old plan, set aside (superseded.dropped_after, CONVENTIONS 4.1). Before, it
# fell due.


def test_a_date_told_as_the_first_plan_is_set_aside() -> None:
    text = "The comment period was originally set to end on 14 December."
    assert refusal(text) == "negated"
    assert refusal("This is an extension from the original deadline of 14 December.") == "negated"
    assert refusal("The hearing had initially been scheduled for 9 December.") == "negated"


def test_a_plan_kept_as_first_made_keeps_its_date() -> None:
    """Guards (passing before the change too)."""
    text = "The data will still be published as originally planned on Tuesday 15 December."
    assert due(text) == "2026-12-15 23:59"
    assert due("The original comment period is scheduled to end on 14 December.") == (
        "2026-12-14 23:59"
    )


def test_the_sets_cases_of_a_first_plan() -> None:
    check_set_case("blind_fresh135", "This is an extension from the original deadline")
    check_set_case("blind_fresh176", "The proposed rule was published June 13, 2019")


def test_a_shift_counted_from_the_first_plan_keeps_counting() -> None:
    """Guard (tests/core/test_deadline_fixz58.py holds it too): "delayed by a week from the
    original date of" counts from that date, which is no plan set aside."""
    text = "Publication has only been delayed by a week from the original date of 15 December."
    assert due(text) == "2026-12-22 23:59"
