"""Issue 13, stop 46, tuner p (precision of pledge sentences).

The texts are written for the test (the kinds come from the development splits' false
candidates); the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from bot.core.extract import is_maybe
from tests.core.releases import found as _found
from tests.core.releases import quoted as _quoted

_RELEASE = (
    "WASHINGTON - The Bureau of Land Management today announced the results of its review.\n\n"
)

# -- a "will" or "shall" ruled out in capitals: "will NOT" (`aside._RULED_OUT`) ----------------


def test_an_act_ruled_out_in_capitals_is_proposed_under_maybe() -> None:
    for text, words in (
        ("The eight deferred parcels will NOT be included in the April lease auction.", "included"),
        ("Such articles shall Never be exported without a licence.", "exported"),
    ):
        candidate = _quoted(_found(_RELEASE + text), words)
        assert candidate is not None, text
        assert candidate.doubt is None and is_maybe(candidate), text


def test_a_state_ruled_out_in_capitals_is_still_set_aside() -> None:
    for text, words in (
        ("Your test will NOT BE AFFECTED by the strike action.", "AFFECTED"),
        ("Waste crime will NOT be tolerated by the agency.", "tolerated"),
    ):
        candidate = _quoted(_found(_RELEASE + text), words)
        assert candidate is None or candidate.doubt is not None, text
