"""Issue 13, stop 54 (tuner): the genres of blind127-129. The texts are written for the test."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.core.extract import Candidate, extract_pledges

_PUBLISHED = datetime(2011, 12, 1, 12, tzinfo=UTC)


def _found(text: str, key: str) -> list[Candidate]:
    return [c for c in extract_pledges(text, _PUBLISHED, "UTC") if key in c.quote]


def test_a_numbered_item_is_not_a_negation() -> None:
    # "No. 2" numbers an item of business; it does not negate the "will" after it.
    text = "Order of Business.\n\nNo. 2 will be taken at 4.30 p.m. on Tuesday."
    found = _found(text, "No. 2 will be taken")
    assert found
    assert found[0].deadline is not None
    assert found[0].deadline.due.date() == date(2011, 12, 6)


def test_a_numbered_item_after_other_words_is_not_a_negation() -> None:
    text = "The committee said that Motion No. 14 will be debated on Thursday 8 December."
    assert _found(text, "will be debated")


def test_no_before_a_word_still_negates() -> None:
    assert not _found("There is no chance the Minister will attend on Tuesday.", "will attend")
    assert not _found("No, the Minister will not publish the report.", "will not publish")


def _speakers(text: str, key: str) -> list[str | None]:
    return [c.speaker for c in _found(text, key)]


def test_a_name_inside_a_relative_clause_is_not_the_subject() -> None:
    # "Universal Credit" is what the pupils' families are on, not who gives the breakfast.
    text = (
        "The Department for Education announced the change today. From April, every child "
        "whose family is on Universal Credit will get a free breakfast at school."
    )
    assert _speakers(text, "will get a free breakfast") == ["The Department for Education"]


def test_a_place_after_a_relative_clause_verb_is_not_the_subject() -> None:
    text = (
        "The Home Office announced the rule today. Each visitor who arrives from Ruritania "
        "will need a visa from 1 May."
    )
    assert _speakers(text, "will need a visa") == ["the Home Office"]


def test_the_actor_a_relative_clause_follows_keeps_the_verb() -> None:
    # The clause set off by commas leaves its head, the Minister, as the subject.
    text = (
        "The Minister, who arrived in Canberra on Sunday, will meet the Prime Minister on Monday."
    )
    assert _speakers(text, "will meet the Prime Minister") == ["the Minister"]


def test_a_time_or_quantity_bound_is_not_a_negation() -> None:
    # "no later than", "not later than", "no less than" bound the act; they do not deny it.
    for text, key in (
        ("By no later than 5 May, the Ministry will submit the report.", "will submit"),
        ("Not later than 5 May, the Ministry shall submit the report.", "shall submit"),
        ("No less than £5m will be provided by the Ministry in May.", "will be provided"),
        ("Not long after the vote, the Ministry will publish the report on Monday.", "publish"),
    ):
        assert _speakers(text, key) == ["the Ministry"], text


def test_without_delay_and_regardless_of_whether_do_not_negate() -> None:
    for text in (
        "Without delay, the Ministry will publish the report on Monday.",
        "Regardless of whether the vote passes, the Ministry will publish the report on Monday.",
    ):
        assert _speakers(text, "will publish the report") == ["the Ministry"], text


def test_real_negations_and_doubts_still_veto() -> None:
    assert not _found("It is not clear whether the Ministry will publish it on Monday.", "publish")
    assert not _found("The Ministry did not say that it would publish it on Monday.", "publish")
    assert not _found("Without a deal, the Ministry would not publish it on Monday.", "publish")
