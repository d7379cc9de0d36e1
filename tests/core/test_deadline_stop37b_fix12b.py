"""Issue 12, stop 37b round B: misses of the first runs of fresh63 and fresh64 (now seen),
each fixed by a general rule: a plain future act with its own date that was refused, and a
window that is negated or was only planned."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline, Refusal
from tests.core.reading import due_in as _due
from tests.core.reading import read_in as _read


@pytest.mark.parametrize(
    ("text", "said", "tz", "due"),
    [
        # a "starting" day after a verb of effect is when the change takes effect (3.1)
        (
            "The above decisions will come into effect from cap period eight, starting 1 April"
            " 2022.",
            "2022-02-04T10:00:00+00:00",
            "Europe/London",
            "2022-04-01 22:59",
        ),
        (
            "The rules will take effect beginning 1 April 2022.",
            "2022-02-04T10:00:00+00:00",
            "Europe/London",
            "2022-04-01 22:59",
        ),
        # the saying after a closing quote is the attribution, not the act's own verb
        (
            "The framework for the hostages’ release will come into effect on Sunday,” Israeli"
            " Prime Minister Benjamin Netanyahu’s office said in a statement.",
            "2025-01-18T15:00:00+00:00",
            "America/New_York",
            "2025-01-20 04:59",
        ),
        # "there will be a <noun> organized at": a participle of a noun still to come (said a
        # minute before the time: at the time itself it is the next day's since stop 61)
        (
            "The U.S. Embassy received information that there will be a demonstration organized"
            " at approximately 10:00 a.m.",
            "2016-12-02T04:29:00+00:00",
            "Asia/Colombo",
            "2016-12-02 04:30",
        ),
    ],
)
def test_future_act_with_its_own_date(text: str, said: str, tz: str, due: str) -> None:
    assert _due(text, said, tz) == due


@pytest.mark.parametrize(
    ("text", "said", "tz", "kind"),
    [
        # a start of something ongoing stays a start
        (
            "Applications will be accepted starting 1 April 2022.",
            "2022-02-04T10:00:00+00:00",
            "Europe/London",
            "earliest",
        ),
        # a quoted past stays past
        ('"The office closed on Friday," he said.', "2025-01-18T15:00:00+00:00", "UTC", "past"),
        ("The House adjourned at 10:00 a.m.", "2016-12-02T04:30:00+00:00", "UTC", "past"),
    ],
)
def test_starts_and_past_kept(text: str, said: str, tz: str, kind: str) -> None:
    got = _read(text, said, tz)
    assert isinstance(got, Refusal), got
    assert got.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # a plan given up, told before its times: every time of it goes with it
        "The bridge will no longer be closed to motorists for 1 night during the week of March"
        " 28, from 10 pm to 6 am.",
        "The bridge will no longer be closed to vehicular traffic from Thursday, October 27, at"
        " 7 pm, to Friday, October 28, at 6 am, following the cancellation of the planned"
        " closure.",
        # a plan seen from the past
        "An online initiative to mark National Biodiversity Week which was to take place from"
        " today until Friday, 22 May 2022.",
    ],
)
def test_plan_given_up_is_negated(text: str) -> None:
    got = _read(text, "2022-03-25T15:00:00+00:00", "America/Winnipeg")
    assert isinstance(got, Refusal), got
    assert got.kind == "negated"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a bare start after "no longer" is when the change is made (3.1/3.2 read it)
        ("Paper forms will no longer be accepted from 1 April.", "earliest"),
    ],
)
def test_no_longer_start_kept(text: str, kind: str) -> None:
    got = _read(text, "2022-03-25T15:00:00+00:00", "America/Winnipeg")
    assert isinstance(got, Refusal), got
    assert got.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # a clause of its own after the plan given up keeps its time
        "Paper forms will no longer be accepted, and the office will close on 1 April.",
        # "no longer be a need": no plan given up, the date is read as before
        "There will no longer be a need for the form after 1 April.",
    ],
)
def test_no_longer_leaves_other_times(text: str) -> None:
    assert _due(text, "2022-03-25T15:00:00+00:00", "America/Winnipeg") == "2022-04-02 04:59"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # "within <span> on <a noun phrase>": the topic, the span counts from now
        (
            "The warring sides also agreed to open talks within a month on Israel's demand that"
            " Hamas be disarmed.",
            "2014-09-28 03:59",
        ),
        ("We will hold talks within a month on the budget.", "2014-09-28 03:59"),
        # "on" before a day still counts from it
        ("The vote is a week on Tuesday.", "2014-09-10 03:59"),
    ],
)
def test_span_on_a_topic(text: str, due: str) -> None:
    assert _due(text, "2014-08-27T14:00:00+00:00", "America/New_York") == due


@pytest.mark.parametrize(
    "text", ["Staff logged 377,000 hours on the job.", "A year on from the vote, nothing moved."]
)
def test_span_on_not_within_is_no_deadline(text: str) -> None:
    assert not isinstance(_read(text, "2014-08-27T14:00:00+00:00", "America/New_York"), Deadline)


DUBLIN_SAID = "2023-03-14T10:00:00+00:00"


def test_act_at_todays_event_is_due_today() -> None:
    text = (
        "Minister of State for Business, Employment and Retail Neale Richmond T.D. is joining his"
        " fellow Ministers with responsibility for employment and social affairs at today’s"
        " meeting of the Employment, Social Policy, Health and Consumer Affairs Council in"
        " Brussels."
    )
    assert _due(text, DUBLIN_SAID, "Europe/Dublin") == "2023-03-14 23:59"


@pytest.mark.parametrize(
    "text",
    [
        "The Minister spoke at today's meeting of the Council.",  # done
        "These are the briefing documents for today's meeting.",  # a name of now
        "Today's figures show a rise.",
    ],
)
def test_todays_name_of_now_stays_past(text: str) -> None:
    got = _read(text, DUBLIN_SAID, "Europe/Dublin")
    assert isinstance(got, Refusal), got
    assert got.kind == "past"
