"""Issue 13, stop 66 precision tuner (branch issue13p-s66): kinds stop 65's note named from
blind152-153's first run. The texts are written for the test, in words of their own, after the
development sentences that showed each kind."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.extract import Candidate, extract_pledges

_PUBLISHED = datetime(2024, 3, 12, 12, tzinfo=UTC)


def _one(text: str, key: str) -> Candidate:
    found = [c for c in extract_pledges(text, _PUBLISHED) if key in c.quote]
    assert found, extract_pledges(text, _PUBLISHED)
    return found[0]


# -- speakers: a sentence opened by "he"/"she" and reported by a source after it -------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The Health Secretary will visit Leeds on Friday. She will also open a clinic in "
            "York on Saturday, according to ministry officials.",
            "the Health Secretary",
        ),
        (
            "Trade Commissioner Anna Berg travels to Ottawa next week. He will then go on to "
            "Mexico City for talks, officials said.",
            "Anna Berg",
        ),
        (
            "Admiral John Reyes will tour the shipyard on Monday. He'll also meet the workforce "
            "on Tuesday, a navy spokesman said.",
            "John Reyes",
        ),
    ],
)
def test_an_opening_pronoun_is_the_actor_not_the_reporting_source(text: str, who: str) -> None:
    key = text.split(". ")[1][:20]
    assert who in (_one(text, key).speaker or "")


def test_a_pronoun_inside_the_sentence_keeps_its_own_reading() -> None:
    # no opening pronoun: the trailing source still speaks for the sentence
    text = "The first stop is Paris, where he will meet the President, the ministry said."
    assert _one(text, "Paris").speaker == "the ministry"


# -- due dates: the day of announcing, set off by a comma, is not the act's time --------------


@pytest.mark.parametrize(
    ("text", "key", "want"),
    [
        (
            "As announced today, the Governor will be meeting next month with the mayors of "
            "the three river towns.",
            "Governor",
            date(2024, 4, 30),
        ),
        (
            "As we announced on Monday, the agency will publish the final rule next month.",
            "final rule",
            date(2024, 4, 30),
        ),
        (
            "The ministry announced on 4 March, that it will close the old depot.",
            "depot",
            None,
        ),
    ],
)
def test_the_day_of_announcing_before_a_comma_is_not_the_acts(
    text: str, key: str, want: date | None
) -> None:
    deadline = _one(text, key).deadline
    assert (deadline.due.date() if deadline is not None else None) == want
