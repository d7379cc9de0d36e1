"""Issue 13, round 20 (recall, stop 31): an agency's operations told in the present
progressive with a date ahead, an agency whose name ends in "Survey", and the release's
body behind impersonal sentences when the text names it only in passing. The texts are
written for the test.

Published on Tuesday 3 March 2026 at 12:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import Candidate, extract_pledges, same_speaker
from bot.core.extract.extractor import Extractor
from bot.core.extract.impersonal import first_actor
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


# -- who stands behind ---------------------------------------------------------------------


def test_their_commitment_is_the_plural_subject_s() -> None:
    text = (
        "The Council has agreed the appointment of a Chair and eight Board members of the "
        "Harbour Trust. Following the necessary checks the names of the new Chair and eight "
        "Board members will be published. The Trust was set up by the Harbour Order 2019. "
        "Ministers have again emphasised their commitment to develop the old dock to its full "
        "potential and look forward to working with the new Board.\n"
    )
    found = _found(text, "their commitment to develop")
    assert same_speaker(found.speaker, "Ministers")


def test_the_acronym_opening_a_release_is_its_body() -> None:
    text = (
        "To editors: as the aviation rules require, the NGSA is announcing this low-level "
        "flying project.\n\n"
        "GeoScan is a joint effort of the NGSA and three universities to map rocks below the "
        "surface.\n\n"
        "The survey data will be gathered by a small plane from May 2026.\n"
    )
    found = _found(text, "The survey data will be gathered")
    assert same_speaker(found.speaker, "the NGSA")


def test_a_post_named_before_is_not_who_re_advertises_it() -> None:
    text = (
        "Statement by the Home Minister and the Justice Minister\n\n"
        "The Home Minister and the Justice Minister have agreed a number of appointments.\n\n"
        "Prisons Ombudsman\n\n"
        "Ministers have selected a new Prisons Ombudsman.\n\n"
        "Parole Chair\n\n"
        "This post will be re-advertised in due course to widen the field.\n"
    )
    found = _found(text, "This post will be re-advertised")
    assert same_speaker(found.speaker, "the Home Minister and the Justice Minister")


def test_a_programme_opening_a_release_is_not_its_body() -> None:
    text = (
        "RLI will bring 40 students from the delta to the capital in May 2026.\n\n"
        "The River Leaders Initiative (RLI) is paid for by the Water Office.\n"
    )
    sentences = Extractor(text, PUBLISHED, "UTC").sentences
    assert first_actor(sentences, text) is None
    opened = "The Water Office will bring 40 students to the capital in May 2026.\n"
    assert first_actor(Extractor(opened, PUBLISHED, "UTC").sentences, opened)


def test_the_subject_after_a_fronted_phrase_is_the_release_s_body() -> None:
    text = (
        "Boards review\n\n"
        "After long talks between the parties, the Home Minister and deputy Home Minister "
        "propose that:\n\n"
        "1. The number of boards will be cut from 9 to 8 by June 2026.\n"
    )
    found = _found(text, "The number of boards will be cut")
    assert same_speaker(found.speaker, "the Home Minister and deputy Home Minister")
