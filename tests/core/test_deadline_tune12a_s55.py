"""Issue 12, stop 55, tuner a: dates of facts told as done (development misses).

- A release opening on its own date with no dash ("June 3, 2025 The Secretary ... today
  announced ...") had the date read as the deadline: it is the day the release went out.
- A year-less day hung on a past participle ("The fund, launched by the Treasury on 12
  March, is open ...") said after that day was rolled to next year and read as the deadline:
  it is the day the act was done.
- A year-less day gone by that dates a figure ("down from about 18% on 8 July"), a record's
  field ("| Start Date: 5 June |") or a bracket after "has now" was rolled ahead in the same
  way.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline, parse_deadline

# Tuesday 3 June 2025, 15:00 UTC (11:00 in New York)
_JUNE_3 = datetime(2025, 6, 3, 15, 0, tzinfo=UTC)
# Tuesday 22 July 2025, 14:00 UTC
_JULY_22 = datetime(2025, 7, 22, 14, 0, tzinfo=UTC)
_NEW_YORK = "America/New_York"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "June 3, 2025 Jane Roe, Secretary of the Interior, and a panel of park rangers"
            " today launched a campaign to clean up river trails.",
            _JUNE_3,
        ),
        (
            "June 3, 2025 Mary K. Doe, Commissioner of Revenue, and Joe Bloggs, a retired"
            " football coach and local legend, today launched a campaign to tell farmers about"
            " a new rebate that makes it easier to get help with fuel costs.",
            _JUNE_3,
        ),
        (
            "June 3, 2025 The agency announced its new help desk is open for business in Tulsa.",
            _JUNE_3,
        ),
        (
            "May 30, 2025 The Commissioner released new figures on claims handled by phone.",
            _JUNE_3,
        ),
    ],
)
def test_a_bare_release_dateline_is_no_deadline(text: str, said: datetime) -> None:
    assert not isinstance(parse_deadline(text, said, _NEW_YORK), Deadline)
    found = interpret_deadline(text, said, _NEW_YORK)
    assert not isinstance(found, Deadline)


def test_a_bare_dateline_leaves_the_release_deadline() -> None:
    text = "June 3, 2025 The agency announced that applications must arrive by June 30, 2025."
    found = parse_deadline(text, _JUNE_3, _NEW_YORK)
    assert isinstance(found, Deadline)
    assert found.due == datetime(2025, 7, 1, 3, 59, 59, tzinfo=UTC)


def test_a_date_ahead_heading_a_line_stays_a_deadline() -> None:
    found = parse_deadline("June 10, 2025 Applications close", _JUNE_3, _NEW_YORK)
    assert isinstance(found, Deadline)
    assert found.due == datetime(2025, 6, 11, 3, 59, 59, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The fund, launched by the Treasury on 12 March, is open to small firms in every region.",
        "The competition, announced by NIST on May 20, is open to coastal towns.",
    ],
)
def test_a_day_a_past_act_was_done_on_is_not_rolled_ahead(text: str) -> None:
    assert not isinstance(parse_deadline(text, _JULY_22, "Europe/London"), Deadline)


def test_a_past_act_day_leaves_a_vague_undertaking() -> None:
    text = (
        # (stop 58: "Member States should move ..." presses it on others, CONVENTIONS 4.3)
        "The Council will move as soon as possible towards a deal on the new fund, as"
        " proposed by the Commission on 9 July."
    )
    found = parse_deadline(text, _JULY_22, "Europe/Brussels")
    assert isinstance(found, Deadline)
    assert found.vague
    assert found.matched == "as soon as possible"


def test_a_past_act_day_leaves_the_deadline_beside_it() -> None:
    text = "The scheme, announced on 2 May, will close on 30 September."
    found = parse_deadline(text, _JULY_22, "Europe/London")
    assert isinstance(found, Deadline)
    assert found.due == datetime(2025, 9, 30, 22, 59, 59, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The results will be announced on 20 May.",
        "The winners are announced on 20 May.",
    ],
)
def test_an_act_to_come_keeps_its_day(text: str) -> None:
    found = parse_deadline(text, _JULY_22, "Europe/London")
    assert isinstance(found, Deadline)
    assert found.due == datetime(2026, 5, 20, 22, 59, 59, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The share of late claims is down from about 18% on July 8.",
        "Reservoir levels fell from 4,100 on the 2nd of July to under 3,000.",
        "Ridge Fire - Size: 1,204 acres | Start Date: June 5 | Cause: Lightning | Containment: 40%",
        "The council has now (22 July 2025) received more than 12,000 replies to the survey.",
    ],
)
def test_the_day_of_a_figure_or_record_is_past(text: str) -> None:
    assert not isinstance(parse_deadline(text, _JULY_22, _NEW_YORK), Deadline)


def test_a_low_ahead_counts_over_the_high_gone_by() -> None:
    text = (
        "River flows will fall from a July 3 high of 2,100 cfs to a low of about 150 cfs"
        " around Aug. 30."
    )
    found = parse_deadline(text, _JULY_22, _NEW_YORK)
    assert isinstance(found, Deadline)
    assert found.due == datetime(2025, 8, 31, 3, 59, 59, tzinfo=UTC)


def test_a_record_field_ahead_keeps_its_day() -> None:
    found = parse_deadline(
        "Post: analyst | Start Date: August 5 | Salary: 40,000", _JULY_22, _NEW_YORK
    )
    assert isinstance(found, Deadline)
    assert found.due == datetime(2025, 8, 6, 3, 59, 59, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the bridge would reopen on 14 February.",
        "Officials said the bridge would have reopened on 14 February.",
    ],
)
def test_a_verb_that_is_no_participle_or_a_modal_keeps_the_day(text: str) -> None:
    found = parse_deadline(text, _JULY_22, "Europe/London")
    assert isinstance(found, Deadline)
    assert found.due == datetime(2026, 2, 14, 23, 59, 59, tzinfo=UTC)


def test_a_day_after_a_participle_and_its_recipient_is_past() -> None:
    text = "The plan is set out in a letter sent to all head teachers in the county on 4 July."
    assert not isinstance(parse_deadline(text, _JULY_22, "Europe/London"), Deadline)


@pytest.mark.parametrize(
    "text",
    ["I promise to have it done on 14 February.", "We need to finish the audit on 14 February."],
)
def test_an_undertaking_on_a_day_gone_by_rolls_ahead(text: str) -> None:
    found = parse_deadline(text, _JULY_22, "Europe/London")
    assert isinstance(found, Deadline)
    assert found.due == datetime(2026, 2, 14, 23, 59, 59, tzinfo=UTC)
