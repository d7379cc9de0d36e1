"""The final review of issue 13's changes since the eleventh round: schedule lines and
passive publications read wrongly in plain texts, one test per finding, written to fail
before its fix. The texts are paraphrases written for the test.

Published on Monday 11 March 2024 at 09:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.core.extract import Candidate, extract_pledges
from bot.core.extract.schedule import heading_day

PUBLISHED = datetime(2024, 3, 11, 9, 0, tzinfo=UTC)


def _found(text: str) -> list[Candidate]:
    return extract_pledges(text, PUBLISHED, "UTC")


def _holding(candidates: list[Candidate], words: str) -> Candidate:
    found = [candidate for candidate in candidates if words in candidate.quote]
    assert len(found) == 1, candidates
    return found[0]


def _due_day(candidate: Candidate) -> date | None:
    return None if candidate.deadline is None else candidate.deadline.due.date()


def test_a_line_that_dates_its_own_act_keeps_that_date() -> None:
    text = (
        "Tuesday 12 March 2024\n\n10:00 Minister Smith meets the press.\n\n"
        "11:00 Minister Smith announces that the council will publish the budget on 30 April.\n"
    )
    line = _holding(_found(text), "30 April")
    assert _due_day(line) == date(2024, 4, 30)


def test_a_line_with_only_a_clock_still_takes_the_heading_day() -> None:
    text = (
        "Tuesday 12 March 2024\n\n10:00 Minister Smith meets the press.\n\n"
        "11:00 Minister Smith visits a school in Leeds.\n"
    )
    assert _due_day(_holding(_found(text), "visits a school")) == date(2024, 3, 12)


def test_a_past_heading_after_a_block_ends_it() -> None:
    text = (
        "Tuesday 12 March 2024\n\n10:00 Minister Smith meets the press.\n\n"
        "11:00 Minister Smith visits a school.\n\n"
        "Friday 8 March 2024\n\n15:00 Minister Smith visits the port.\n\n"
        "16:00 Minister Smith meets the harbour board.\n"
    )
    found = _found(text)
    for words in ("visits the port", "meets the harbour board"):
        assert all(words not in c.quote or _due_day(c) != date(2024, 3, 12) for c in found)


def test_a_heading_whose_weekday_is_wrong_ends_the_block() -> None:
    text = (
        "Tuesday 12 March 2024\n\n10:00 Minister Smith meets the press.\n\n"
        "11:00 Minister Smith visits a school.\n\n"
        "Thursday 13 March 2024\n\n15:00 Minister Smith visits the port.\n"
    )
    assert all(
        "visits the port" not in c.quote or _due_day(c) != date(2024, 3, 12) for c in _found(text)
    )


def test_an_impossible_time_proposes_nothing_sure_without_a_deadline() -> None:
    text = (
        "Tuesday 12 March 2024\n\n08:00 Secretary Morrow meets the ambassador.\n\n"
        "25:00 Secretary Morrow delivers remarks.\n"
    )
    assert all("delivers remarks" not in c.quote or c.deadline is not None for c in _found(text))


def test_a_weekday_comma_heading_is_no_dateline() -> None:
    assert heading_day("Tuesday, March 12, 2024", PUBLISHED) == date(2024, 3, 12)
    assert heading_day("March 12, 2024", PUBLISHED) == date(2024, 3, 12)
    assert heading_day("Brussels, 12 March 2024", PUBLISHED) is None


def test_a_capitalised_name_ending_in_t_is_no_zone() -> None:
    text = (
        "Tuesday 12 March 2024\n\n10:00 MIT President Kornbluth meets the Governor.\n\n"
        "14:00 MIT President Kornbluth opens the new laboratory.\n"
    )
    line = _holding(_found(text), "meets the Governor")
    assert line.deadline is not None
    assert line.deadline.due == datetime(2024, 3, 12, 10, 0, tzinfo=UTC)


def test_a_publication_said_by_someone_in_the_sentence_is_theirs() -> None:
    text = (
        "Department of Health\n\nThe review of hospital waiting lists has finished. "
        "The full report will be published on Friday, Health Minister Jane Doe said.\n"
    )
    assert "Jane Doe" in (_holding(_found(text), "full report").speaker or "")
