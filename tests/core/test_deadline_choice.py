"""Issue 12: refusals that say why, the chosen expression and its reason, fiscal years,
and the property that no number or zone in a phrase is ever silently ignored."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.deadlines import (
    Refusal,
    default_fiscal_year_end,
    interpret_deadline,
    parse_deadline,
    parse_fiscal_year_end,
)
from tests.core.deadline_cases import REFERENCE
from tests.core.deadline_properties import assert_every_token_used

REF = datetime.fromisoformat(REFERENCE).replace(tzinfo=UTC)  # Monday 18 August 2025


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# -- refusals name their kind and the words that decided it ---------------------------------


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        ("not before June", "2026-06-01 00:00:00"),
        ("no sooner than the spring", "2026-03-01 00:00:00"),
        ("this will not happen until 2027", "2027-01-01 00:00:00"),
        ("on and after 3 September", "2025-09-03 00:00:00"),
        ("It may not be signed for a further six months.", "2026-02-18 00:00:00"),
    ],
)
def test_earliest_only_wording_gives_a_start_but_no_deadline(text: str, earliest: str) -> None:
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Refusal)
    assert got.kind == "earliest"
    assert got.earliest == utc(earliest)
    assert parse_deadline(text, REF, "UTC") is None


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("each complaint gets a reply within five working days", "recurring", "five working"),
        ("the scheme will no longer start on 1 October", "negated", "1 October"),
        ("the deadline was 1 August and it was missed", "past", "1 August"),
        ("within -5 days", "number", "5"),
        ("by 31 December 12000", "number", "12000"),
        ("by 5pm UTC+15", "zone", "+15"),
        ("by 5pm EST+2", "zone", "+2"),
        ("within two weeks of the election", "event", "two weeks"),
        ("for ten weeks from last April", "past", "April"),
    ],
)
def test_refusals_say_why(text: str, kind: str, words: str) -> None:
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Refusal), got
    assert got.kind == kind
    assert words in got.words
    assert got.reason


def test_a_deadline_before_an_earliest_bound_is_contradicted() -> None:
    text = "The manifesto promised it by 2026 but it will not happen until 2028."
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Refusal) and got.kind == "earliest"
    assert got.earliest == utc("2028-01-01 00:00:00")


def test_an_earliest_bound_joined_on_by_and_is_another_predicates() -> None:
    # choose._bound: "and" (without "but") starts another predicate, whose bound does not
    # contradict the first one's deadline
    text = "The House is leaving at the end of this week and won't be back until September."
    got = parse_deadline(text, REF, "UTC")
    assert got is not None and got.due == utc("2025-08-24 23:59:59")
    text = "The House is leaving at the end of this week but won't be back until September."
    assert parse_deadline(text, REF, "UTC") is None


# -- the chosen expression and why ------------------------------------------------------------


def test_reason_names_the_expression_beaten_and_why() -> None:
    text = (
        "The agreement is due to expire at the end of March; it is extended for two years, "
        "from 1 April 2026 until 31 March 2028."
    )
    got = parse_deadline(text, utc("2026-01-19 10:00:00"), "Europe/London")
    assert got is not None
    assert got.matched == "until 31 March 2028"
    assert got.due == utc("2028-03-31 22:59:59")
    assert "“at the end of March”" in got.reason
    assert "explicit calendar date" in got.reason


def test_a_single_expression_says_so() -> None:
    got = parse_deadline("within two weeks", REF)
    assert got is not None and got.reason == "the only time expression read as a deadline"


def test_a_rejected_plan_loses_to_the_one_committed_to() -> None:
    got = parse_deadline("It will now open on 2 October, not on 15 September.", REF)
    assert got is not None and got.matched == "on 2 October"
    assert "15 September" in got.reason


def test_a_time_apart_from_its_date_joins_it_and_shows_both() -> None:
    text = "The auction is on 29 January 2026, with closing times at 12:00 noon and 1:00 p.m."
    got = parse_deadline(text, REF, "America/New_York")
    assert got is not None
    assert got.due == utc("2026-01-29 18:00:00")
    assert got.matched == "on 29 January 2026 … at 12:00 noon and 1:00 p.m."


# -- fiscal years -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tz", "end"),
    [
        ("Europe/London", (3, 31)),
        ("Australia/Perth", (6, 30)),
        ("America/Chicago", (9, 30)),
        ("America/Indiana/Indianapolis", (9, 30)),
        ("Europe/Paris", (12, 31)),
        ("UTC", (12, 31)),
    ],
)
def test_fiscal_year_end_defaults_by_country(tz: str, end: tuple[int, int]) -> None:
    assert default_fiscal_year_end(tz) == end


def test_a_server_setting_moves_the_fiscal_year_end() -> None:
    text = "by the end of this financial year"
    assert parse_deadline(text, REF, "UTC") is not None
    got = parse_deadline(text, REF, "UTC", fiscal_year_end=(3, 31))
    assert got is not None and got.due == utc("2026-03-31 23:59:59")
    got = parse_deadline("FY27", REF, "UTC", fiscal_year_end=(6, 30))
    assert got is not None and got.due == utc("2027-06-30 23:59:59")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("03-31", (3, 31)),
        ("31 March", (3, 31)),
        ("June 30", (6, 30)),
        ("30/9", (9, 30)),
        ("31-12", (12, 31)),
        ("29 February", None),
        ("13-40", None),
        ("soon", None),
    ],
)
def test_fiscal_year_end_setting_is_read(text: str, end: tuple[int, int] | None) -> None:
    assert parse_fiscal_year_end(text) == end


# -- property: every number and zone token is used or refused ---------------------------------

_MONTHS = ("January", "March", "June", "September", "December")
_ZONE_TOKENS = ("UTC", "GMT", "EST", "CDT", "London time", "Tokyo time", "ET")


@st.composite
def _phrases(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(("by", "no later than", "within", "on", "at", "")))
    kind = draw(st.integers(0, 5))
    n = draw(st.integers(-30, 120_000))
    if kind == 0:
        body = f"{draw(st.integers(0, 40))} {draw(st.sampled_from(_MONTHS))} {n}"
    elif kind == 1:
        body = f"{draw(st.sampled_from(_MONTHS))} {draw(st.integers(0, 40))}, {n}"
    elif kind == 2:
        body = f"{n} {draw(st.sampled_from(('days', 'weeks', 'months', 'hours')))}"
    elif kind == 3:
        hour, minute = draw(st.integers(0, 30)), draw(st.integers(0, 70))
        sign, off = draw(st.sampled_from("+-")), draw(st.integers(0, 20))
        base = draw(st.sampled_from(("UTC", "GMT", "")))
        body = f"{hour}:{minute:02d} {base}{sign}{off}"
    elif kind == 4:
        hour = draw(st.integers(0, 14))
        body = f"{hour}pm {draw(st.sampled_from(_ZONE_TOKENS))}"
    else:  # a day of the month without its suffix (stop 52): "the 14", "Friday the 11"
        day = draw(st.integers(0, 40))
        before = draw(st.sampled_from(("", "Friday ", "Monday, ")))
        after = draw(
            st.sampled_from(("", ".", " of this month", " of next month", " at 5pm", ", he said"))
        )
        body = f"{before}the {day}{after}"
    return f"{prefix} {body}".strip()


_TOKEN = re.compile(r"[0-9]+|" + "|".join(z.split()[0] for z in _ZONE_TOKENS))


@settings(max_examples=1500, deadline=None)
@given(text=_phrases())
def test_every_number_and_zone_is_used_or_refused(text: str) -> None:
    assert_every_token_used(text, interpret_deadline(text, REF, "Europe/Berlin"), _TOKEN)
