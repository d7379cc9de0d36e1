"""Issue 13, stop 64 recall tuner (branch issue13t1-s64): the failure kinds stop 63's note
named from blind148-149's first run, read by the grammar of commitment rather than by genre.
Every sentence here is written in other words than the development texts that showed the kind."""

from __future__ import annotations

import pytest

from bot.core.extract import Candidate
from tests.core.releases import found, quoted

_ANSWER = (
    "The Minister for Rural Affairs (Ms Jane Roe): My Department keeps the support for young "
    "farmers under review.\n\n"
)


def _read(sentence: str) -> Candidate | None:
    """The candidate for `sentence` read after a written answer's opening paragraph."""
    return quoted(found(_ANSWER + sentence), sentence[-25:])


# -- kind 4: a plan told as what a plan's document provides for (provisions, plain_present) ----


@pytest.mark.parametrize(
    "sentence",
    [
        "The Defence White Paper provides for the purchase of two new patrol ships.",
        "The new Housing Strategy also makes provision for a review of social rents.",
        "Under the Rural Development Programme 2024-2028, provision is made for a new grant "
        "scheme for young farmers.",
        "The Programme for Government contains a commitment to build 500 rural homes.",
        "The 2026-27 Rural Settlement includes a £40 million uplift in funding to be spent by "
        "county councils on local roads.",
        "The Budget also includes a one-off grant of £3 million to help village halls cut "
        "their energy bills.",
    ],
)
def test_a_plan_told_as_a_documents_content_is_a_plan(sentence: str) -> None:
    hit = _read(sentence)
    assert hit is not None, found(_ANSWER + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # what a paper provides for that is no act named by its noun after an article, and
        # sums with no purpose
        "The Defence White Paper provides for greater flexibility in recruitment.",
        "The Budget includes a £2 billion shortfall.",
        "The Budget includes a rise of £3 million compared with last year.",
    ],
)
def test_standing_law_or_a_sum_with_no_purpose_is_no_plan(sentence: str) -> None:
    assert _read(sentence) is None


def test_a_settlement_is_no_speaker() -> None:
    sentence = (
        "The 2026-27 Rural Settlement includes a £40 million uplift in funding to be spent by "
        "county councils on local roads."
    )
    hit = _read(sentence)
    assert hit is not None and "Settlement" not in (hit.speaker or "")


# -- kind 1: a present plan timed by a clock (futurate._GOVERNED read "12:31" as a break) ------
# (the progressive of any verb; the listed plan verbs, "is meeting", "is hosting", never lost it)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "The launch provider is targeting its next cargo flight to the station for "
            "12:31 p.m. Monday, 9 March.",
            "2026-03-09 12:31",
        ),
        ("Our crews are repainting the bridge from 21:00 to 23:30 on Friday.", "2026-03-06 23:30"),
        (
            "The Department is relocating its records office at 08:00 on Saturday 7 March.",
            "2026-03-07 08:00",
        ),
    ],
)
def test_a_clocks_colon_does_not_end_a_present_plans_time(sentence: str, due: str) -> None:
    hit = _read(sentence)
    assert hit is not None, found(_ANSWER + sentence)
    assert hit.deadline is not None
    assert hit.deadline.due.strftime("%Y-%m-%d %H:%M") == due
