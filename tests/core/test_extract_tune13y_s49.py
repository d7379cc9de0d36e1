"""Recall rules of stop 49's tuner y (issue 13). The texts are paraphrases written for the
test, so that a regression names the rule."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.core.extract import extract_pledges

_PUBLISHED = datetime(2025, 3, 5, 12, tzinfo=UTC)

_PROGRAMME = (
    "Business Motion\n\n"
    "Motion moved,\n\n"
    "That the Parliament agrees the following programme of business—\n\n"
    "Tuesday 11 March 2025\n\n"
    "2.00 pm Time for Reflection\n\n"
    "followed by Parliamentary Bureau Motions\n\n"
    "followed by Topical Questions (if selected)\n\n"
    "followed by Scottish Government Debate: Coastal Ferries Plan\n\n"
    "followed by Ministerial Statement: Rural Broadband Rollout\n\n"
    "5.00 pm Decision Time\n\n"
    "followed by Members’ Business\n\n"
    "Motion agreed to."
)


def _found(text: str, published: datetime = _PUBLISHED) -> dict[str, tuple[str | None, str]]:
    return {
        found.quote: (
            found.speaker,
            found.deadline.due.date().isoformat() if found.deadline else "",
        )
        for found in extract_pledges(text, published)
    }


def test_a_business_programme_lines_are_the_days_business() -> None:
    found = _found(_PROGRAMME)
    assert found["2.00 pm Time for Reflection"] == ("the Parliament", "2025-03-11")
    assert found["followed by Topical Questions (if selected)"][0] == "the Parliament"
    assert found["followed by Scottish Government Debate: Coastal Ferries Plan"] == (
        "the Scottish Government",
        "2025-03-11",
    )
    assert found["followed by Ministerial Statement: Rural Broadband Rollout"][0] == (
        "the Scottish Government"
    )
    assert "5.00 pm Decision Time" in found
    assert "followed by Members’ Business" in found
    assert "followed by Parliamentary Bureau Motions" not in found  # a formality of every day


def test_a_programme_of_a_day_gone_by_is_a_record() -> None:
    assert not _found(_PROGRAMME, datetime(2025, 3, 20, 12, tzinfo=UTC))


def test_a_programme_of_the_day_before_is_a_record_west_of_utc() -> None:
    """The heading's day ends at 23:59 in the zone, which west of UTC is the next day in UTC:
    a programme of the day before the publication was taken as business still to come."""
    new_york = ZoneInfo("America/New_York")
    published = datetime(2025, 3, 12, 9, tzinfo=new_york)
    assert not extract_pledges(_PROGRAMME, published, new_york)
    assert extract_pledges(_PROGRAMME, datetime(2025, 3, 11, 9, tzinfo=new_york), new_york)


def test_a_dated_line_over_prose_is_no_programme() -> None:
    text = (
        "Tuesday 11 March 2025\n\n"
        "The committee met in private.\n\n"
        "2.00 pm Time for Reflection\n\n"
        "followed by Members’ Business\n"
    )
    assert not _found(text)
