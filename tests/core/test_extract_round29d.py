"""Issue 13, round 29d: a named body's act in the present progressive, with no "will"
(`body_acts`): "The Agency is extending the deadline", "Acme of Springfield, Ill., is
voluntarily recalling", "The government is scrapping".

The texts are written for the test (the kinds come from blind50's, blind51's and older
splits' missed pledges), so that a regression names the rule; the contrasts name what
the rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.releases import found, quoted


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Federal Harbour Safety Board (FHSB) is prohibiting anchoring in the outer "
            "channel by vessels longer than 40 metres.",
            "is prohibiting",
            "Harbour Safety Board",
        ),
        (
            "Kettleworks of Dayton, Ohio, is voluntarily recalling about 900 electric "
            "kettles sold through hardware stores.",
            "is voluntarily recalling",
            "Kettleworks",
        ),
        (
            "The government is scrapping the old rule on allotment fees so that tenants "
            "pay the same as owners.",
            "is scrapping",
            "government",
        ),
        (
            "The Ministry of Rivers and the Canal Service are working to reopen the towpaths "
            "as soon as the floods recede.",
            "are working to",
            "Service",
        ),
    ],
)
def test_a_named_body_acting_in_the_progressive(text: str, words: str, speaker: str) -> None:
    hit = quoted(found(text), words)
    assert hit is not None, found(text)
    assert speaker.lower() in (hit.speaker or "").lower(), hit


@pytest.mark.parametrize(
    "text",
    [
        # A pronoun or a thing as subject: a standing fact.
        "We are investing in the railways, and the country is safe.",
        "These tariffs are funding the smugglers' trade across the border.",
        # A person's proposal, and an act done the same day.
        "Commissioner Ray Hollis is proposing a new levy on short-haul flights.",
        "Today, the Bureau is sending letters to the chief executives of the largest lenders.",
        # A broken line.
        "HomeBuild is providing—",
        # A titled person, and a figure of speech (review of rounds 29c-29d).
        "Mrs Okafor is introducing her nephew to the choir.",
        "Dr. Pell is sending flowers to the ward.",
        "Westminster is sending ripples through the bond market.",
        "Harbourview is sending a clear message to its rivals.",
        "The Rowing Club is lifting weights every morning in the boathouse.",
    ],
)
def test_look_alikes_of_a_body_acting(text: str) -> None:
    assert found(text) == [], found(text)


# A window set for the public, with its date and no "will" (`windows`).
NOTICE = (
    "The Harbour Licensing Office (HLO) today opened enrolment for mooring permits. "
    "The enrolment period ends Friday, March 27. "
    "The deadline for renewals of winter berths has been extended to April 10, 2026. "
    "The HLO has reopened the comment period on the new fee schedule until May 15, 2026."
)


@pytest.mark.parametrize(
    ("words", "due"),
    [
        ("The enrolment period ends", date(2026, 3, 27)),
        ("The deadline for renewals", date(2026, 4, 10)),
        ("has reopened the comment period", date(2026, 5, 15)),
    ],
)
def test_a_window_closing_on_a_date_ahead(words: str, due: date) -> None:
    hit = quoted(found(NOTICE), words)
    assert hit is not None and hit.deadline is not None, found(NOTICE)
    assert hit.deadline.due.date() == due
    who = hit.speaker or ""
    assert "Harbour Licensing Office" in who or "HLO" in who, hit


def test_a_window_told_of_the_past_is_history() -> None:
    text = "In 2019 the Office reopened the comment period until March 3, 2019, for 30 days."
    assert found(text) == [], found(text)


# A transcript under its speaker's name and offices (`voices`).
TRANSCRIPT = (
    "Mere Tane\nMinister, Harbours and Fisheries\nPrime Minister\n"
    "Good afternoon. On Thursday, I will be opening the new wharf at Port Kaha. "
    "The resignation of the Hon Rawiri Hohepa takes effect on Friday, and Mr Hohepa has "
    "said that he will stay on as a local councillor."
)


def test_the_first_person_of_a_transcript_is_its_headings_speaker() -> None:
    hit = quoted(found(TRANSCRIPT), "I will be opening")
    assert hit is not None and hit.speaker == "Mere Tane", found(TRANSCRIPT)


def test_a_third_person_in_a_transcript_keeps_its_name() -> None:
    hit = quoted(found(TRANSCRIPT), "he will stay on")
    assert hit is not None and "Hohepa" in (hit.speaker or ""), found(TRANSCRIPT)


def test_a_body_providing_a_text_is_not_acting() -> None:
    text = "The River Board is providing an update on the flood defences."
    assert found(text) == [], found(text)
