"""Issue 13, final review of stop 52: a member's letters (speakers.without_letters) are
dropped only after a person's name. "said a Labour MP" had become "Labour" and "said the SNP
MSP" "the SNP": the party, not the member who spoke. The texts are written for the test."""

from __future__ import annotations

import pytest

from bot.core.extract.speakers import without_letters
from tests.core.releases import found, quoted


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will publish the plan by March 2027," said a Labour MP.', "Labour MP"),
        ('"We will publish the plan by March 2027," said the SNP MSP.', "the SNP MSP"),
        # a name: the letters go, as fix13 made them
        ('"We will publish the plan by March 2027," said Kirsty Williams AM.', "Kirsty Williams"),
    ],
)
def test_letters_after_a_party_stay_with_the_member(text: str, speaker: str) -> None:
    mine = quoted(found(text), "publish the plan")
    assert mine is not None and mine.speaker == speaker, found(text)


def test_letters_go_only_after_a_name() -> None:
    assert without_letters("a Labour MP") == "a Labour MP"
    assert without_letters("the SNP MSP") == "the SNP MSP"
    assert without_letters("the Scottish Labour MSP") == "the Scottish Labour MSP"
    assert without_letters("Jeane Freeman MSP, the Health Secretary") == (
        "Jeane Freeman, the Health Secretary"
    )
