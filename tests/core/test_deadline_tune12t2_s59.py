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
