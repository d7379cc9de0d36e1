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


# -- a parliamentary question with its mark left off (CONVENTIONS 2.1) ----------------------------

_ANSWERS = "Written answers\n\nThe Minister answered the following questions.\n\n"


def test_a_question_without_its_mark_is_not_proposed() -> None:
    for text, words in (
        ("What plans his Department has to support aerospace engineering in Pendle.", "aerospace"),
        ("What estimate her Department has made of the homes that will be protected.", "protected"),
        (
            "Jane Doe (Lothian) (Scottish Labour): To ask the Scottish Government what "
            "consideration will be given to the views of victims.",
            "consideration",
        ),
        (
            "Current Status:\nAnswered by Neil Gray on 11 April 2023\nTo ask the Scottish "
            "Government when the Cabinet Secretary will next meet the chief executives.",
            "next meet",
        ),
    ):
        assert _quoted(_found(_ANSWERS + text), words) is None, text


def test_an_answer_or_a_plan_told_with_what_stays() -> None:
    for text, words in (
        ("The Department will publish its plans for aerospace engineering by June.", "publish"),
        ("What we will do is publish the review in full on 1 June.", "publish"),
        ("The Minister will write to the Member with the figures by Friday.", "write"),
    ):
        assert _quoted(_found(_ANSWERS + text), words) is not None, text
