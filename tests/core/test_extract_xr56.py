"""Issue 13, stop 56 (helper xr56): recall of an Order of Business's lines.

The Dáil's weekly Order of Business gives a day's business a line ("Wednesday's business
shall be No. 12, ..."), the Seanad's a single item ("The Order of Business is No. 1, ...")
or a sitting that will not take place ("It is not proposed to sit tomorrow"): the House's
scheduled business, proposed for the Government, due on the line's day. Texts published
Monday 2 March 2026.
"""

from __future__ import annotations

from datetime import date

from bot.core.extract.order_of_business import business_line
from bot.core.extract.timeframe import TimeFrames
from tests.core.extract_reading import PUBLISHED, UTC
from tests.core.extract_reading import candidate as _candidate

_WEEK = (
    "Dáil Éireann debate\n\nOrder of Business\n\n"
    "Today's business shall be No. 4, motion re referral of the Coastal Erosion Bill 2026 "
    "to select committee; and No. 9, Rural Broadband Bill 2026 - Second Stage. Private "
    "Members' business shall be No. 61, motion re school transport, selected by the Green "
    "group.\n\n"
    "Wednesday's business shall be No. 9, Rural Broadband Bill 2026 - Second Stage (resumed, "
    "if not previously concluded); and No. 2, Harbours (Amendment) Bill 2025 - amendments "
    "from the Seanad.\n\n"
    "Thursday’s business shall be No. 14, statements on housing supply. Second Stage of No. "
    "33, Tenants' Deposits Bill 2026 shall be debated in the evening slot.\n"
)


def _due(text: str, sentence: str) -> date | None:
    found = _candidate(text, sentence)
    return found.deadline.due.date() if found.deadline else None


def test_each_day_of_a_weekly_order_of_business_is_proposed_for_its_day() -> None:
    for sentence, day in (
        ("Today's business shall be No. 4", date(2026, 3, 2)),
        ("Wednesday's business shall be No. 9", date(2026, 3, 4)),
        ("Thursday’s business shall be No. 14", date(2026, 3, 5)),
    ):
        found = _candidate(_WEEK, sentence)
        assert found.doubt is None
        assert found.speaker == "the Government"
        assert _due(_WEEK, sentence) == day


def test_a_stage_for_the_evening_slot_is_the_governments_line() -> None:
    found = _candidate(_WEEK, "Second Stage of No. 33")
    assert found.doubt is None
    assert found.speaker == "the Government"


def test_a_single_item_and_a_sitting_not_held_are_proposed() -> None:
    text = (
        "Seanad Éireann debate\n\nOrder of Business\n\n"
        "The Order of Business is No. 1, Harbours (Amendment) Bill 2025 - Committee Stage, "
        "to be taken at the conclusion of the Order of Business. It is not proposed to sit "
        "tomorrow and any item not completed today will be taken next Tuesday.\n\n"
        "I ask the Leader to arrange a debate on rural transport.\n"
    )
    for sentence in ("The Order of Business is No. 1", "It is not proposed to sit tomorrow"):
        found = _candidate(text, sentence)
        assert found.doubt is None
        assert found.speaker == "Seanad Éireann"  # the House's business (stop 67)


def test_a_summary_of_items_and_prose_without_an_order_are_not_lines() -> None:
    times = TimeFrames(PUBLISHED, UTC, UTC)
    order = "Order of Business\n\nThe Order of Business today is Nos. 1, 2 and 3.\n"
    summary = "The Order of Business today is Nos. 1, 2 and 3."
    assert business_line(summary, order, None, lambda: None, times) is None
    line = "Wednesday's business shall be No. 4 of the club's list."
    assert business_line(line, "Members' notes\n\n" + line, None, lambda: None, times) is None
    found = business_line(line, order + line, None, lambda: "Jim Byrne", times)
    assert found is not None and found.speaker == "Jim Byrne"
