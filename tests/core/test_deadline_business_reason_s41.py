"""Stop 41, fixer r41 (review of stop 40): the reason of a deadline chosen when rule "the
business's own time" (business_for.py) set aside a time naming a House's business. It was
"the only time expression read as a deadline", untrue when the sentence named the business's
time too; the reason now names the time set aside and why. Said on Wednesday 2 December
2026 at 10:00, London time."""

from __future__ import annotations

from bot.core.deadlines import Deadline
from tests.core.reading import read


def test_the_reason_names_the_business_time_set_aside() -> None:
    text = (
        "I shall announce the remaining business for next week and the following Monday, tomorrow."
    )
    got = read(text)
    assert isinstance(got, Deadline), got
    assert "only time expression" not in got.reason
    assert "“next week”" in got.reason
    assert "business of a House" in got.reason


def test_a_lone_time_is_still_the_only_one() -> None:
    got = read("I shall announce the remaining business tomorrow.")
    assert isinstance(got, Deadline), got
    assert got.reason == "the only time expression read as a deadline"
