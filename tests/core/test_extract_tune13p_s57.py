"""Issue 13, stop 57 (tuner p, precision): false candidates of the development splits.

The texts are written for the test (the kinds come from the development splits' false
candidates); the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import found, quoted

# A release's standfirst that the body repeats (`standfirst`; CONVENTIONS 2.1).
RELEASE = (
    "PRESS RELEASE : Harbour Minister opens new pilot station [March 2026]\n\n"
    "The press release issued by the Department for Harbours on 4 March 2026.\n\n"
    "{lead}\n\n"
    "• 40 new pilots to be trained at the station\n\n"
    "{body}\n\n"
    "The station replaces the old pilot house on the east quay.\n"
)


def test_a_standfirst_the_body_repeats_is_no_candidate() -> None:
    text = RELEASE.format(
        lead="Harbour Minister Ada Pryce will open the new pilot station at Dunmore.",
        body="Harbour Minister Ada Pryce will open the new pilot station at Dunmore on "
        "Friday, alongside the harbour board.",
    )
    candidates = found(text)
    assert quoted(candidates, "station at Dunmore.") is None, candidates
    assert quoted(candidates, "on Friday, alongside") is not None


def test_a_standfirst_the_body_does_not_repeat_stays() -> None:
    text = RELEASE.format(
        lead="Harbour Minister Ada Pryce will open the new pilot station at Dunmore.",
        body="The Department will also publish a review of pilot fees in the summer.",
    )
    assert quoted(found(text), "station at Dunmore.") is not None


def test_a_dated_standfirst_stays() -> None:
    # its own time: a summary that is already the pledge in full
    text = RELEASE.format(
        lead="Harbour Minister Ada Pryce will open the new pilot station at Dunmore on Friday.",
        body="Harbour Minister Ada Pryce will open the new pilot station at Dunmore on "
        "Friday, alongside the harbour board.",
    )
    assert quoted(found(text), "at Dunmore on Friday.") is not None


def test_schedule_lines_that_share_their_words_stay() -> None:
    text = (
        "SCHEDULE OF THE MINISTER\n\n"
        "The Minister will attend meetings at the Department.\n\n"
        "Afterward, the Minister will participate in a bilateral meeting with Mayor Quinn.\n\n"
        "Later in the afternoon, the Minister will participate in a bilateral meeting with "
        "Governor Reyes.\n"
    )
    candidates = found(text)
    assert quoted(candidates, "with Mayor Quinn") is not None, candidates
    assert quoted(candidates, "with Governor Reyes") is not None
