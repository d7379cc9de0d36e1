"""Issue 13, the review of rounds 25a-27b: rules that read less, or more, than they say.

Written for the test: each sentence is the form a module's own comment names, so that a
regression names the rule.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import extract_pledges
from bot.core.extract.mastheads import lone_first_name

PUBLISHED = datetime(2026, 5, 6, 9, 0, tzinfo=UTC)


def test_an_abbreviated_month_dates_a_rule_in_force() -> None:
    # `in_force._DATE` names "Sept. 30" among the dates it reads.
    found = extract_pledges("This rule is effective Sept. 30, 2026.", PUBLISHED, "UTC")
    assert [c.deadline_text for c in found] == ["Sept. 30, 2026"]


def test_an_engagement_moved_to_an_abbreviated_month() -> None:
    text = "The Minister's visit to Lisbon has been postponed to Sept. 12."
    found = extract_pledges(text, PUBLISHED, "UTC")
    assert [c.speaker for c in found] == ["the Minister"]


def test_a_person_featuring_in_an_event_is_an_appearance() -> None:
    text = "The Mayor will feature in a televised debate on 10 June."
    found = extract_pledges(text, PUBLISHED, "UTC")
    assert [(c.speaker, c.doubt) for c in found] == [("the Mayor", None)]
    # What an event features is still its programme.
    assert extract_pledges("The show will feature a brass band on 10 June.", PUBLISHED) == []


def test_a_lone_first_name_by_word_and_by_other_spellings() -> None:
    text = "Kathryn Stevens said so. Kathryn (the chair) agreed. O’Neil Park will open."
    assert lone_first_name("Kathryn", text)
    assert not lone_first_name("Stevens", text)
    assert not lone_first_name("Kath", text)  # no whole-word use at all
    assert lone_first_name("O’Neil", text)  # the regex's own reading, not the index
    assert not lone_first_name("Kathryn", text + " Kathryn will go.")


def test_who_goes_along_is_told_alike_by_will_and_is_to_be() -> None:
    # `claims` doubted "will be accompanied by"; "is to be accompanied by" was a pledge.
    for verb in ("will be", "is to be"):
        text = f"The Prime Minister {verb} accompanied by two officials on 10 June."
        assert extract_pledges(text, PUBLISHED, "UTC") == []
        listed = extract_pledges(text, PUBLISHED, "UTC", set_aside=True)
        assert [c.doubt is not None for c in listed] == [True]


def test_a_briefer_giving_the_floor_twice_in_one_sentence() -> None:
    # `spoken.runs_the_room` read only the sentence's first "I'll begin with you".
    text = "MR SMITH: Tony, I'll begin with you, and then I'll take one more."
    assert extract_pledges(text, PUBLISHED, "UTC", set_aside=True) == []


def test_a_promise_among_a_list_s_items_is_still_a_pledge() -> None:
    # `sitting._INCLUDE` is for what legislation "will" do, not for a promise reported.
    text = "These include a promise that the council will repair every road by June."
    assert [(c.speaker, c.doubt) for c in extract_pledges(text, PUBLISHED, "UTC")] == [
        ("the council", None)
    ]
    bill = "These include a bill that will amend the planning law by June."
    assert extract_pledges(bill, PUBLISHED, "UTC") == []
