"""Issue 13, stop 45, tuner r (recall and precision of pledge sentences).

The texts are written for the test (the kinds come from the development splits' misses and
set-aside sentences); the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from bot.core.extract import is_maybe
from tests.core.releases import found as _found
from tests.core.releases import quoted as _quoted

# -- a "will" or "shall" ruled out (CONVENTIONS 1.7) ----------------------------------------------

_RELEASE = (
    "WASHINGTON - The Bureau of Land Management today announced the results of its review.\n\n"
)


def test_an_act_ruled_out_is_proposed_under_maybe() -> None:
    for text, words in (
        ("The eight deferred parcels will not be included in the April lease auction.", "included"),
        ("Offenders sentenced in future will not be held in the women's estate.", "held"),
        (
            "Such articles shall not be exported from the United States without a licence.",
            "exported",
        ),
        ("The agency will never again publish the names of applicants.", "publish"),
    ):
        candidate = _quoted(_found(_RELEASE + text), words)
        assert candidate is not None, text
        assert candidate.doubt is None and is_maybe(candidate), text


def test_a_state_or_a_would_ruled_out_is_still_set_aside() -> None:
    for text, words in (
        ("Your test will not be affected by the strike action.", "affected"),
        ("Waste crime will not be tolerated by the agency.", "tolerated"),
        ("The two governments will not always agree on every question.", "agree"),
        ("Officials said the limits would not be retroactive.", "retroactive"),
    ):
        assert _quoted(_found(_RELEASE + text), words) is None, text
