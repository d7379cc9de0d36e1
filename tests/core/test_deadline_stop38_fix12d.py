"""Issue 12, stop 38 round C (fixer d): readings of fresh65 and fresh66's first runs that
were refused or placed wrong, each fixed by a general rule: a section number read as a clock
time before a zone, a part of the day lost to the date restating its day, a deadline word
before "late", a conjunction read as a noun the time names, a time ahead given to an act
ordered in the past, a period of a stated length "that starts on" a day, and an open
question weighed ("considering whether ... could be brought forward to 4 October")."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Refusal
from tests.core.reading import due_in as _due
from tests.core.reading import read_in as _read


@pytest.mark.parametrize(
    ("text", "said", "tz", "due"),
    [
        # the last part of a dotted numeral is no clock time before "Decision Time"
        (
            "That, under Rule 11.2.4, Decision Time be brought forward to 4.58 pm.",
            "2020-03-19T10:00:00+00:00",
            "Europe/London",
            "2020-03-19 16:58",
        ),
        (
            "That, under Rule 5.6.1, Members' Business be taken at 5.15 pm.",
            "2020-03-19T10:00:00+00:00",
            "Europe/London",
            "2020-03-19 17:15",
        ),
        # a day with a named part, its date restated after it: that part of the date
        (
            "On Tuesday morning, March 24, the Government of Jordan will announce times for"
            " citizens to shop for essential items.",
            "2020-03-20T08:00:00+00:00",
            "Asia/Amman",
            "2020-03-24 10:00",
        ),
        (
            "On Thursday evening, 12 November, the council will publish its decision.",
            "2026-11-09T09:00:00+00:00",
            "Europe/London",
            "2026-11-12 23:59",
        ),
        # "until late morning": the deadline word before the modifier; "while" names no noun
        (
            "The district roads office expects the bridge to remain closed until late"
            " morning while teams clear the crash scene.",
            "2022-04-13T22:00:00+00:00",
            "Pacific/Auckland",
            "2022-04-14 00:00",
        ),
        # the act ordered lies ahead of the order: its own dated time is its deadline
        (
            "Public authorities and other bodies and organisations were instructed to"
            " determine the number of employees needed to ensure the operation of these bodies"
            " and organisations on May 1 through 10, 2021.",
            "2021-04-23T07:00:00+00:00",
            "Europe/Moscow",
            "2021-05-10 20:59",
        ),
        (
            "The agency was asked to publish the revised guidance on 30 June 2027.",
            "2027-02-01T10:00:00+00:00",
            "Europe/London",
            "2027-06-30 22:59",
        ),
        # a limit after a deadline word stays, whoever considers it
        (
            "The council is considering whether the review could finish by 30 June 2026.",
            "2026-01-10T09:00:00+00:00",
            "Europe/London",
            "2026-06-30 22:59",
        ),
        # a period of a stated length "that starts on" a day ends its length after that day
        (
            "More than 500 early voting centres will be in operation across Australia during a"
            " two-week early voting period that starts on Monday.",
            "2022-05-05T00:00:00+00:00",
            "Australia/Sydney",
            "2022-05-23 13:59",
        ),
        (
            "A 30-day comment period which begins on 1 June 2022 will be announced.",
            "2022-05-05T00:00:00+00:00",
            "Europe/London",
            "2022-07-01 22:59",
        ),
        # unchanged: a period with no length keeps the day it starts
        (
            "The voting period that starts on Monday will be busy.",
            "2022-05-05T00:00:00+00:00",
            "Europe/London",
            "2022-05-09 22:59",
        ),
        # unchanged: a date with its own clock time after a restated day is read anew
        (
            "Closing date: Monday 31 March 2025 5:00pm AEDT Mon 31 Mar 2025 5:00pm AEDT",
            "2025-03-09T23:00:00+00:00",
            "Australia/Sydney",
            "2025-03-31 06:00",
        ),
        (
            "The hearing will begin at 10.30 Central European Time.",
            "2026-05-05T08:00:00+00:00",
            "Europe/London",
            "2026-05-05 08:30",
        ),
    ],
)
def test_read(text: str, said: str, tz: str, due: str) -> None:
    assert _due(text, said, tz) == due


@pytest.mark.parametrize(
    ("text", "said", "tz", "kind"),  # kind None: no deadline and no refusal
    [
        # unchanged: a plan as it was, a purpose of an act done, a closure told as past
        (
            "The original comment period was to end on July 23, 2027.",
            "2026-05-05T08:00:00+00:00",
            "America/New_York",
            "past",
        ),
        (
            "They met to discuss the plan on 10 May 2021.",
            "2022-05-05T08:00:00+00:00",
            "Europe/London",
            "past",
        ),
        (
            "The road remained closed until late morning.",
            "2022-05-05T08:00:00+00:00",
            "Europe/London",
            "past",
        ),
        # an open question weighed, no undertaking (CONVENTIONS 4.2): no deadline
        (
            "The Trefnydd indicated that the Government was considering whether any items of"
            " business could be brought forward from 11 October to 4 October in order to"
            " improve the balance of business scheduled for those meetings.",
            "2022-09-27T09:00:00+00:00",
            "Europe/London",
            None,
        ),
        (
            "Ministers are looking at whether the scheme could open on 1 March.",
            "2026-01-10T09:00:00+00:00",
            "Europe/London",
            None,
        ),
        # a zone we do not know after a real clock time is still refused
        (
            "The hearing will begin at 10.30 Fiji Islands Time.",
            "2026-05-05T08:00:00+00:00",
            "Europe/London",
            "zone",
        ),
    ],
)
def test_refused(text: str, said: str, tz: str, kind: str | None) -> None:
    got = _read(text, said, tz)
    if kind is None:
        assert got is None, got
        return
    assert isinstance(got, Refusal), got
    assert got.kind == kind
