"""Issue 12, stop 68 (tune12-s68): a bare overnight window chosen over the dated nights
it belongs to.

"Closures will occur between the hours of 11 p.m. and 6 a.m. for one night in mid May and
again for three nights in early June; further details on overnight closures ..." was read
as 06:00 on the first morning after the moment of speaking: the sentence read again with
the window blanked chose "night" of "for one night" (and, past the semicolon, "on
overnight closures") over "in early June" (blind_fresh206). Nights counted in a period
after the window, in its own clause ("for three nights in early June", "on three nights
in ..."), end by the morning after the period's last day at the latest: the window's
closing time on that morning (CONVENTIONS 6.4, a night is named by the evening it begins).

Said on Tuesday 28 April 2009 at 10:00, Denver time.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due_in

_SAID = "2009-04-28T10:00:00-06:00"


@pytest.mark.parametrize(
    "text",
    [
        # blind_fresh206
        "Closures will occur between the hours of 11 p.m. and 6 a.m. for one night in mid "
        "May and again for three nights in early June; further details on overnight "
        "closures will be announced at a later date.",
        "Closures will occur between the hours of 11 p.m. and 6 a.m. for three nights in "
        "early June.",
        "The road will close between 11 p.m. and 6 a.m. on three nights in early June.",
    ],
)
def test_nights_counted_in_a_period_end_on_the_morning_after_its_last_day(text: str) -> None:
    assert due_in(text, _SAID, "America/Denver") == "2009-06-11 12:00"


def test_a_run_of_nights_from_a_day_is_read_as_before() -> None:
    text = "The road will close between 8pm and 6am for five nights from Monday 4 May."
    assert due_in(text, _SAID, "America/Denver") == "2009-05-09 12:00"
