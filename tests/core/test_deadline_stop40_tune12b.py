"""Issue 12, stop 40 (tune12b): a start that is the act itself (starts_itself.py).

A "from <day>" / "as of <day>" hung on a verb of beginning (begin, start, commence, open,
launch, move, expire) is the day of a one-off beginning, due that day (CONVENTIONS 3.1),
where it was refused as a start only (3.2): blind_fresh13, blind_fresh20, blind_fresh43,
blind_fresh50. An activity or a state from the day stays a start ("will be accepted from",
"is open from", "will be open on Sundays"), as does a noun "launch" or "start", and a day
moved away from ("MOVING UP the bill FROM Tuesday to TODAY", blind_real).

Kept under the keep rule: development 7063 -> 7067 of 7672 (no case lost), test
(blind_fresh53..64, aggregate) 1264 -> 1265 of 1421.

Said on Wednesday 2 December 2026 at 10:00, London time (tests/core/reading.py).
"""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # blind_fresh43 (re-dated)
        (
            "Ms Karen Toohey will begin working at the restructured ACT Human Rights "
            "Commission from 4 January, Attorney-General Simon Corbell announced.",
            "2027-01-04 23:59",
        ),
        # blind_fresh13
        (
            "From 1 January, I will also be moving into a new post, as Ofsted's National "
            "Director for Education.",
            "2027-01-01 23:59",
        ),
        # blind_fresh20 (re-dated)
        (
            "That's why from Thursday 10 December 2026, we are launching an update to the "
            "marine licensing online application service.",
            "2026-12-10 23:59",
        ),
        # blind_fresh50 (re-dated): a month, due at its end
        (
            "Because the terms of certain voting members are expiring as of January 2027, the "
            "Commission invites any individual who is eligible to apply.",
            "2027-01-31 23:59",
        ),
        ("The new office will open from 9 December.", "2026-12-09 23:59"),
        ("Work is due to start from 14 December.", "2026-12-14 23:59"),
    ],
)
def test_a_verb_of_beginning_makes_its_start_the_deadline(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "Applications will be accepted from 3 January.",  # an activity (3.2)
        "The office is open from 9 December.",  # "open" after a copula: a state
        "From 1 January, the office will be open on Sundays.",
        "From 20 January, visitors can apply online.",
        # a noun, not a verb of beginning
        "As NASA nears the launch of its probe, the agency will host a series of media "
        "briefings beginning Wednesday, Dec. 9.",
        "The scheme gives families a fresh start from 1 January.",
    ],
)
def test_an_activity_or_a_state_from_a_day_stays_a_start(text: str) -> None:
    assert refusal(text) == "earliest"


def test_a_day_moved_away_from_is_not_the_start_of_anything() -> None:
    check_set_case("blind_real", "Due to the impending inclement weather conditions, Treasury")


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh13", "From 1 January, I will also be moving"),
        ("blind_fresh20", "That's why from Thursday 22 August 2019"),
        ("blind_fresh43", "A new Discrimination, Health Services"),
        ("blind_fresh50", "Because the terms of certain voting members"),
    ],
)
def test_the_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)
