"""Issue 13, stop 47, tuner t: speakers and look-alikes of parliamentary answers and
releases.

A written answer is the answering minister's, not the member's who asked: under "Deputy
Mary Byrne asked the Minister for Housing ...", "I will" and "my Department will" are the
Minister for Housing's (the kind comes from the development split's Oireachtas written
answers, where "my Department" stood as the speaker and "I" went to the member asking).

The texts are written for the test, so that a regression names the rule.
"""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from tests.core.releases import found, quoted

ANSWER = (
    "Written Answers\n\nHousing Schemes\n\nDeputy Mary Byrne asked the Minister for Housing, "
    "Local Government and Heritage when the tenant purchase scheme will open to new "
    "applicants.\n\nThe tenant purchase scheme opened in 2019 and has been used by many "
    "tenants since then.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2027 my Department will fund local authorities to buy homes from landlords.",
        "In 2027 I will fund local authorities to buy homes from landlords.",
        "My officials will publish the review of the scheme by the end of June.",
    ],
)
def test_a_written_answer_is_the_answering_ministers(sentence: str) -> None:
    hit = quoted(found(ANSWER + sentence), sentence[:20])
    assert hit is not None, found(ANSWER + sentence)
    assert same_speaker(hit.speaker, "the Minister for Housing, Local Government and Heritage"), hit


def test_a_department_named_as_such_keeps_its_name() -> None:
    sentence = "The Department of Finance will publish the review by the end of June."
    hit = quoted(found(ANSWER + sentence), sentence[:20])
    assert hit is not None and same_speaker(hit.speaker, "the Department of Finance"), hit


@pytest.mark.parametrize(
    "line", ["Skip to main content", "Jump to navigation", "Back to top", "Go to the homepage"]
)
def test_a_pages_navigation_line_is_no_headline(line: str) -> None:
    """A web page's navigation left in a paste ("Skip to main content") reads like a
    headline "X to act" with no one in it (the READ kind: "Skip" as the actor)."""
    text = line + "\n\nThe council published its annual accounts last week.\n"
    assert quoted(found(text), line) is None, found(text)
