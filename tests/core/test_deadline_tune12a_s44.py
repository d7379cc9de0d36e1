"""Stop 44, tuner a (issue 12): sentences of our own making first (with guards that must not
change). Said on Wednesday 2 December 2026 at 10:00, London time.

1. "the rest / remainder / balance of <period>": what is left of the period, from now to its
   end (periods.apply_modifier), as "this week" or "later in the week" without the vagueness.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import due, read, refusal

# -- 1. the rest of a period ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Centres will close for the rest of the week.", "2026-12-06 23:59"),
        ("The House will sit for the balance of the week.", "2026-12-06 23:59"),
        ("The line will be closed for the rest of the weekend.", "2026-12-06 23:59"),
        ("Services will be suspended for the remainder of the month.", "2026-12-31 23:59"),
        ("Prices will be frozen for the rest of the year.", "2026-12-31 23:59"),
        ("Water will be released during the remainder of the year.", "2026-12-31 23:59"),
        ("Restrictions will stay in place for the rest of December.", "2026-12-31 23:59"),
        ("The rest of the week will be dry and bright.", "2026-12-06 23:59"),
    ],
)
def test_the_rest_of_a_period_falls_due_at_its_end(text: str, want: str) -> None:
    assert due(text) == want
    got = read(text)
    assert isinstance(got, Deadline) and not got.vague


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: the period's end and a later date keep their readings
        ("The report will be published by the end of the week.", "2026-12-06 23:59"),
        ("The rest of the staff will return on Friday.", "2026-12-04 23:59"),
    ],
)
def test_other_period_words_keep_their_reading(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "For the rest of the world, it was a hard winter.",
        "The balance of the account is shown below.",
    ],
)
def test_a_rest_of_something_not_a_period_is_no_time(text: str) -> None:
    assert refusal(text) is None


def test_the_rest_of_a_period_told_as_past_is_past() -> None:
    assert refusal("Sales fell for the rest of the year.") == "past"
