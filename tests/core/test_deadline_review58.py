"""Review of stop 58's CONVENTIONS 4.3 rules (wh_questions.py, bargains.py): ordinary
sentences the rules were not written for. Said on Wednesday 2 December 2026 at 10:00,
London time."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

# -- 1. "compromise" as a noun, or refused: no bargain over the time ----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The compromise deal will take effect on 1 January.", "2027-01-01 23:59"),
        ("A compromise will be put to the vote on Tuesday.", "2026-12-08 23:59"),
        ("Under the compromise, the levy will be phased out by 2030.", "2030-12-31 23:59"),
        ("Ministers promised to publish the compromise text by Friday.", "2026-12-04 23:59"),
        # the speaker compromises over something else than the time, or told of a past deal
        ("I would compromise with the unions and pay the bonus by June.", "2027-06-30 22:59"),
        ("The unions agreed to a compromise that will take effect on 1 April.", "2027-04-01 22:59"),
    ],
)
def test_a_compromise_told_as_going_to_happen_keeps_its_date(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own counter-offer, as in the sets (blind_fresh155)
        "I think I would compromise with 12 o'clock.",
        "I am compromising with 11.30 p.m.",
        "I shall compromise with 11.30 tonight.",
        "We would compromise on Thursday.",
        "If the Opposition will agree to a compromise, we could sit until midnight.",
    ],
)
def test_a_compromise_offered_by_the_speaker_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


# -- 2. "I think ... would be better" about something else: a plan told beside it --------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "I think the new hospital would be better for patients, and we will open it by 2028.",
            "2028-12-31 23:59",
        ),
        (
            "I think a smaller scheme would be more sensible; we will publish it on Friday.",
            "2026-12-04 23:59",
        ),
    ],
)
def test_a_preference_beside_a_plan_leaves_the_plan_dated(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "I think 11.30 would be more reasonable.",
        "I think if we cannot finish by 11 p.m. it would be better to adjourn until tomorrow.",
        "I think it would be better to take the vote on Thursday.",
        "I think Thursday, and not Friday, would be more convenient.",
    ],
)
def test_a_time_the_speaker_prefers_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


def test_a_plan_told_before_the_speakers_preference_keeps_its_date() -> None:
    assert due("We will publish on Friday, and I think that would be better.") == (
        "2026-12-04 23:59"
    )


# -- 3. a yes/no question with a second question joined to it: both parts are asked -------------


@pytest.mark.parametrize(
    "text",
    [
        "Will the Minister publish the report by Friday, and will he place a copy in the Library?",
        "Will the Minister publish the report by Friday, and when will the House debate it?",
        "Can the Minister confirm the scheme opens on 1 April, and how much will it cost?",
        "Does the Minister expect the Bill to pass by Christmas, and what happens then?",
        "Sir, will the House sit on Friday, and if so, when?",
    ],
)
def test_a_question_joined_to_another_question_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


def test_a_statement_joined_to_a_question_keeps_its_date() -> None:
    # the guard beside them (stop 39j): the first part is told, not asked
    assert due("That offer runs out on Friday, and what will happen then?") == "2026-12-04 23:59"


# -- 4. a question mark that ends no question of the sentence: a quoted title, an aside, a URL --


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('On Monday the BBC will broadcast "Who Do You Think You Are?"', "2026-12-07 23:59"),
        (
            'The council will decide on Tuesday whether to hold a referendum asking "Should we '
            'leave?"',
            "2026-12-08 23:59",
        ),
        (
            "By 31 March we will publish the guide \u201cWhat changes for you?\u201d online.",
            ("2027-03-31 22:59"),
        ),
        ("The report will be published on Friday (or will it?).", "2026-12-04 23:59"),
        (
            "Submit your views by 31 January at our-site/consult?id=42 or by post.",
            ("2027-01-31 23:59"),
        ),
    ],
)
def test_a_question_mark_of_a_title_an_aside_or_a_url_asks_nothing(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # guards: the question is the sentence's own, quoted or not
        '"Will you publish the report by Friday?" she asked.',
        'Will the Minister publish the report "Who Pays" by Friday?',
        "Will the Minister publish the report by Friday (as promised)?",
    ],
)
def test_the_sentences_own_question_is_still_asked(text: str) -> None:
    assert refusal(text) is None


def test_a_title_quoted_inside_the_question_leaves_it_asked() -> None:
    assert refusal('Will the Minister publish by Friday the report "Who Pays"?') is None
    assert refusal("Will the Minister publish by Friday the report \u201cWho Pays\u201d?") is None
