"""Issue 12, stop 54, tuner: development misses, kinds of meaning. Said on Wednesday 2
December 2026 at 10:00, London (tests/core/reading.py).

A period's possessive names a thing, not a time ("this year's EEF", "next fiscal year's
budget"): day_names.py already refused "this year's progress" and "next week's business";
it now reads the same possessive after a preposition ("taking part in this year's EEF",
whose phrase was read as "in this year") and with a kind of year between ("next fiscal
year's budget", "the next financial year's estimates"). The period's own part ("by this
year's end") and a time of its own elsewhere stay read.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "The President will also meet with business community representatives taking part in"
        " this year’s EEF and will discuss current issues.",
        "Farmers can apply online for this year's grants.",
        "However, the Government considers that the early passage of next fiscal year’s budget"
        " is truly the greatest economic measure.",
        "The early passage of the next financial year's estimates is a priority of the House.",
    ],
)
def test_a_possessive_period_after_a_preposition_or_with_a_year_kind_names_a_thing(
    text: str,
) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the period's own part is a time
        ("The scheme will be reviewed by this year's end.", "2026-12-31 23:59"),
        # a time of its own beside the possessive
        (
            "Next fiscal year's budget will be published by 31 January.",
            "2027-01-31 23:59",
        ),
        # no possessive: the year itself
        ("We will publish the figures in the next financial year.", "2028-03-31 22:59"),
    ],
)
def test_a_period_of_its_own_or_a_time_beside_it_stays_read(text: str, when: str) -> None:
    assert due(text) == when


# -- a participle of speaking dated "today" heading the sentence ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Speaking today, Minister Donohoe said:",
        "Commenting today, the Minister said:",
        "Speaking at the launch of the strategy today, the Taoiseach said:",
        "Responding today, a spokesperson for the council said the figures were encouraging.",
        "Announcing the funding today, Minister Smith said:",
        "Welcoming the announcement today, the Minister said:",
    ],
)
def test_a_participle_of_speaking_dated_today_is_the_day_of_saying(text: str) -> None:
    # no deadline and no refusal word: the day word dates the saying (CONVENTIONS 2.2; it
    # was refused as "past" until stop 54's finfix)
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the act reported has a time of its own
        (
            "Speaking today, the Minister said the plan will be published by 31 January.",
            "2027-01-31 23:59",
        ),
        # the act reported is today's: the second "today" is the act's
        (
            "Speaking today, the Minister said she will publish the plan today.",
            "2026-12-02 23:59",
        ),
        # no participle heading the sentence: the act's day (CONVENTIONS 2.1)
        ("I am speaking to the unions today and will publish the plan.", "2026-12-02 23:59"),
        # a participle of another act: the launch is today's act (CONVENTIONS 2.1)
        ("Launching the report today, the Minister said:", "2026-12-02 23:59"),
    ],
)
def test_a_day_of_the_act_beside_the_speaking_stays_read(text: str, when: str) -> None:
    assert due(text) == when
