"""Issue 13, round 20 (recall, stop 31): an agency's operations told in the present
progressive with a date ahead, an agency whose name ends in "Survey", and the release's
body behind impersonal sentences when the text names it only in passing. The texts are
written for the test.

Published on Tuesday 3 March 2026 at 12:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import Candidate, extract_pledges, same_speaker
from bot.core.extract.operations import proper_body

PUBLISHED = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)


def _run(text: str) -> list[Candidate]:
    return extract_pledges(text, PUBLISHED, "UTC")


def _found(text: str, key: str) -> Candidate:
    found = [c for c in _run(text) if key in c.quote]
    assert found, _run(text)
    return found[0]


def _none(text: str, key: str) -> None:
    assert not [c for c in _run(text) if key in c.quote], _run(text)


# -- operations in the present progressive -----------------------------------------------


def test_a_closing_dated_ahead_is_a_scheduled_operation() -> None:
    text = (
        "Canal works this spring\n\n"
        "The Inland Waterways Board is closing the Marsh Lane swing bridge to all boats "
        "from April 6 to May 29, 2026.\n"
    )
    found = _found(text, "is closing the Marsh Lane swing bridge")
    assert same_speaker(found.speaker, "The Inland Waterways Board")
    assert found.deadline is not None
    assert found.deadline.due.date().isoformat() == "2026-05-29"


def test_a_reopening_dated_ahead_counts_too() -> None:
    text = "The county council is reopening the Hill Street library on 14 April 2026.\n"
    assert _found(text, "reopening the Hill Street library")


def test_an_undated_closing_is_news_of_the_day() -> None:
    _none("The regulator is also closing 31 cases that were settled last year.\n", "closing")


def test_closing_in_on_or_closing_the_gap_is_no_operation() -> None:
    _none("The council is closing in on a deal with the unions by June 2026.\n", "closing in")
    _none("The region is closing the gap with the capital by 2030.\n", "closing the gap")


# -- an agency named "... Survey" ---------------------------------------------------------


def test_an_agency_named_survey_is_not_a_forecaster() -> None:
    text = (
        "For about ten days, a plane hired by the Northern Geological Survey will be "
        "flying low over the coast near Port Ellis.\n"
    )
    found = _found(text, "will be flying low")
    assert same_speaker(found.speaker, "the Northern Geological Survey")


def test_a_poll_still_forecasts() -> None:
    _none("Prices will rise next month, a survey of retailers found.\n", "Prices will rise")
    assert proper_body("the Ordnance Survey")
    assert not proper_body("a survey")
    assert not proper_body("the Spring 2026 Economic Forecast")
