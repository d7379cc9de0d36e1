"""Stop 58 (issue 12; CONVENTIONS 4.3): a time a sentence only asks about, proposes in a
bargain or guesses at falls due at no time, while a plan or intention put modestly keeps its
date. Sentences of our own making first (guards beside them), then the sets' own cases.
Said on Wednesday 2 December 2026 at 10:00, London time."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, refusal

# -- 1. every direct question (wh_questions.asked) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sir, will the House sit late this evening?",
        "Will the debate on the motion continue until 7.15 p.m.?",
        "Can we agree to take the remaining stages tomorrow?",
        "Is there any hope of the survey being finished before the end of the financial year?",
        "It is agreed, then, that we take the division at 11.30?",
        "I take it the statement will be made at 4 o'clock?",
        "Will it be on Monday or Tuesday?",
        "Can the Minister say whether he hopes to make a statement today?",
        "Will the Minister publish the report by Friday?",
        "When the Bill passes, will you publish the rules by Friday?",
        "You must reply by Friday?",
    ],
)
def test_a_question_about_a_time_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a tag only seeks assent to what the statement tells
        ("The Minister said she would publish it by Friday, would she not?", "2026-12-04 23:59"),
        ("The report will be out by Friday, won't it?", "2026-12-04 23:59"),
        # the time lies in a statement that introduces a quoted question
        (
            'The ballot, to be held by 31 January, will ask: "Should the club move grounds?"',
            "2027-01-31 23:59",
        ),
        # a reason inside the question dates an act of its own
        (
            "Would the Speaker say whether arrangements are in place, given that the vote "
            "will be held on Friday?",
            "2026-12-04 23:59",
        ),
        # a fact or a plan told inside the question, or a statement before it
        ("Is the Minister aware that the lease will expire by 1 March?", "2027-03-01 23:59"),
        (
            "Will my hon. Friend explain why the Government plan to introduce the change "
            "from next April?",
            "2027-04-30 22:59",
        ),
        (
            "That offer runs out at the end of this month, so when will we see it?",
            "2026-12-31 23:59",
        ),
        # the answer after the question is a statement
        ("When will it be published? It will be published on Friday.", "2026-12-04 23:59"),
    ],
)
def test_a_time_told_beside_a_question_keeps_its_date(text: str, want: str) -> None:
    assert due(text) == want


# -- 2. bargains and guesses (bargains.offered) --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If the Opposition will meet us halfway, I think 11.30 would be more reasonable.",
        "I think I would compromise with 12 o'clock.",
        "I am compromising with 11.30 p.m.",
        "I think if we cannot finish by 11 p.m. it would be better to adjourn until tomorrow.",
        "I think probably on Monday.",
        "Perhaps, tomorrow morning.",
        "I am not sure when exactly, perhaps already tomorrow.",
        "Perhaps the hon. Member will put that question down for Thursday.",
    ],
)
def test_a_time_offered_or_guessed_at_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # what will happen, or the speaker's plan, however modestly put
        ("The House will rise, probably on Monday.", "2026-12-07 23:59"),
        ("We will probably finish the review by Friday.", "2026-12-04 23:59"),
        ("We hope to take the Bill through all stages on Friday.", "2026-12-04 23:59"),
        ("Perhaps I may say that the statement will be made on Friday.", "2026-12-04 23:59"),
        # the seed article's pledge: an act that could happen within a span stays a deadline
        ("the Putin-Zelenskyy meeting could happen within two weeks", "2026-12-16 23:59"),
    ],
)
def test_a_plan_put_modestly_keeps_its_date(text: str, want: str) -> None:
    assert due(text) == want


# -- 3. the sets' own cases ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh155", "Sir, will the Dáil adjourn this evening?"),
        ("blind_fresh155", "I thought it had been decided that the Taoiseach"),
        ("blind_fresh156", "Will the debate on Private Members' business continue"),
        ("blind_fresh157", "Will the Taoiseach have more information"),
        ("blind_fresh144", "Can we agree to put other business aside"),
        ("blind_fresh155", "If Deputy Sweetman will agree to a compromise"),
        ("blind_fresh155", "I think I would compromise with 12 o'clock."),
        ("blind_fresh155", "I am compromising with 11.30 p.m."),
        ("blind_fresh155", "I think if we cannot conclude this discussion by 11 p.m."),
        ("blind_fresh157", "Perhaps, tomorrow morning."),
        ("blind_fresh157", "I think probably on Monday."),
        ("blind_fresh152", "I'm not sure when exactly, perhaps already tomorrow."),
        ("blind_fresh72", "Perhaps the hon. Member will put that question down"),
        ("blind_fresh8", "The question in a referendum, expected to be held in 2006"),
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- 4. a resolve of the agreeing parties is no request (asked_of._RESOLVED, lead's fix) ----------


@pytest.mark.parametrize(
    "text",
    [
        "They agreed that they should meet again in London soon.",
        "The ministers decided that officials should report back as soon as possible.",
    ],
)
def test_what_the_parties_agreed_should_happen_keeps_its_window(text: str) -> None:
    assert due(text) == "2027-01-31 23:59"


def test_advice_to_others_stays_no_deadline() -> None:
    assert refusal("Parents are reminded that they should apply as soon as possible.") is None


# -- 5. an office asked to act is instructed, not questioned (asked_after._INSTRUCTED) ---------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Prime Minister has asked the Chancellor to report back by Friday.",
            "2026-12-04 23:59",
        ),
        (
            "President Bush has asked the Secretary of State to travel to the region by Friday.",
            "2026-12-04 23:59",
        ),
    ],
)
def test_an_office_asked_to_act_keeps_its_deadline(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Brown asked the Minister whether she will publish the report by Friday.",
        "Deputy Smith asked the Minister for Housing the rents to be charged on homes due in 2027.",
    ],
)
def test_a_question_put_indirectly_stays_no_deadline(text: str) -> None:
    assert refusal(text) is None
