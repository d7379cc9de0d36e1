"""Issue 13, stop 55, review: defects found in the stop's extraction changes. The texts are
written for the test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import Candidate, extract_pledges

_PUBLISHED = datetime(2026, 12, 2, 10, tzinfo=UTC)


def _proposed(text: str, key: str) -> list[Candidate]:
    return [c for c in extract_pledges(text, _PUBLISHED, "UTC") if key in c.promise]


# -- a note to the reader or the press covers its own clause, not a commitment after it ----


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Please send us your views by 31 January, and we will publish a response by 30 April.",
            "publish a response",
        ),
        (
            "Please contact the press office for access; the council will reopen the bridge"
            " by Friday.",
            "reopen the bridge",
        ),
        (
            "Reporters planning to travel may contact the press office, but the Ministry"
            " will publish the full report on 1 March.",
            "publish the full report",
        ),
    ],
)
def test_a_commitment_in_a_clause_after_a_note_stays_a_pledge(text: str, key: str) -> None:
    found = _proposed(text, key)
    assert found
    assert found[0].deadline is not None


# -- "shall not apply to", "shall not limit" with an actor, not a text, is a negative duty --


def _listed(text: str, key: str) -> list[Candidate]:
    listed = extract_pledges(text, _PUBLISHED, "UTC", set_aside=True)
    return [c for c in listed if key in c.quote]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The operator shall not apply to the regulator for a new licence before 2030.", "apply"),
        (
            "The company shall not apply to the court for an extension and shall pay the fine"
            " by 31 December.",
            "pay the fine",
        ),
        ("The contractor shall not limit access to the station during the works.", "limit"),
    ],
)
def test_a_negative_duty_of_an_actor_is_no_rule_of_construction(text: str, key: str) -> None:
    assert _listed(text, key)


def test_a_rule_of_scope_of_a_text_is_still_no_pledge() -> None:
    text = "The Minister signed the order today. These rules shall not apply to small firms."
    assert not _listed(text, "apply to small firms")


# -- "make this quick" is the session's course only where the clause ends with it ----------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "We're going to make this quick and cheap for every small business.",
            "quick and cheap",
        ),
        ("We will make it quick to register a new business.", "quick to register"),
    ],
)
def test_an_act_made_quick_for_others_stays_a_pledge(text: str, key: str) -> None:
    assert _listed(text, key)


@pytest.mark.parametrize(
    "text",
    [
        "We'll try to make this fairly quick.",
        "We are going to do this, as I said, quite quickly.",
        "We'll keep this short because it's late on a Friday for everyone.",
    ],
)
def test_a_session_kept_short_is_still_no_pledge(text: str) -> None:
    assert not _listed(text, "this")


# -- the press told a commitment is news, not a note to the press --------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Reporters seeking comment were told the Ministry will publish the report on Friday.",
            "publish the report",
        ),
        (
            "Reporters interested in the case were told the court will rule on 9 December.",
            "rule on 9 December",
        ),
    ],
)
def test_a_commitment_the_press_was_told_stays_a_pledge(text: str, key: str) -> None:
    found = _listed(text, key)
    assert found
    assert found[0].deadline is not None
