"""Issue 13, stop 58 (tuner p, precision): false candidates of the development splits.

The texts are written for the test (the kinds come from the development splits' false
candidates); the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import found, quoted, set_aside

RELEASE = (
    "PRESS RELEASE : Harbour Minister visits Dunmore [March 2026]\n\n"
    "The press release issued by the Department for Harbours on 4 March 2026.\n\n"
    "Harbour Minister Ada Pryce visited the pilot station at Dunmore today.\n\n"
    "Harbour Minister Ada Pryce said:\n\n"
    "“{words}”\n"
)


def test_a_speakers_own_i_look_forward_is_set_aside() -> None:
    # A courtesy of anticipation, dated or not: no act the speaker binds herself to.
    for words in (
        "I look forward to continuing that work in Galway this week.",
        "I very much look forward to seeing first-hand the pilots' excellent work.",
        "I look forward to visiting the east quay.",
    ):
        set_aside(RELEASE.format(words=words), words[:-1])


def test_a_reported_or_progressive_look_forward_stays() -> None:
    for words in (
        "The Minister looked forward to meeting the harbour board at the summit in May.",
        "The Minister said she is looking forward to travelling to Galway for the summit in May.",
    ):
        text = RELEASE.format(words=words)
        assert quoted(found(text), words[:-1]) is not None, found(text)
