"""The fast path for bare deadline phrases (bot/core/deadlines/bare.py) answers exactly as the
full path: every field of the Deadline, for phrases of its grammar and for near misses (extra
words, clock times, zones, "before"), over many references, zones and day_first settings."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.deadlines import bare, interpret_deadline
from bot.core.deadlines.model import Deadline, Refusal
from tests.core import bare_phrases
from tests.core.deadline_cases import CASES, Case


@pytest.fixture
def full_path_only() -> Iterator[None]:
    bare.FAST = False
    try:
        yield
    finally:
        bare.FAST = True


def _both(text: str, reference: datetime, tz: str, day_first: bool) -> tuple[object, object]:
    fast = interpret_deadline(text, reference, tz, day_first=day_first)
    bare.FAST = False
    try:
        full = interpret_deadline(text, reference, tz, day_first=day_first)
    finally:
        bare.FAST = True
    return fast, full


@settings(max_examples=600, deadline=None)
@given(st.randoms(use_true_random=False))
def test_the_fast_path_reads_as_the_full_path(rng: random.Random) -> None:
    text = bare_phrases.variant(bare_phrases.form(rng), rng)
    reference, tz, day_first = bare_phrases.said(rng)
    fast, full = _both(text, reference, tz, day_first)
    assert fast == full, text


@settings(max_examples=300, deadline=None)
@given(st.randoms(use_true_random=False))
def test_what_the_fast_path_takes_it_reads_as_the_full_path(rng: random.Random) -> None:
    text = bare_phrases.form(rng)  # grammar phrases only: most take the fast path
    reference, tz, day_first = bare_phrases.said(rng)
    quick = bare.read(text, reference, tz, day_first, None)
    fast, full = _both(text, reference, tz, day_first)
    assert fast == full, text
    if quick is not None:
        assert quick == full, text


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_the_labelled_phrasings_read_alike_on_both_paths(case: Case) -> None:
    fast, full = _both(case.text, case.reference, case.tz, case.day_first)
    assert fast == full


@pytest.mark.parametrize(
    "text",
    [
        "within two weeks",
        "Within 2 weeks.",
        "by the end of the year",
        "by the end of March 2026",
        "over the coming days",
        "in the coming weeks",
        "soon",
        "by 31 December 2026",
        "next Friday",
        "no later than 1 October",
        "tomorrow",
    ],
)
def test_common_bare_phrases_take_the_fast_path(text: str) -> None:
    reference = datetime(2025, 8, 18, 10, tzinfo=UTC)
    quick = bare.read(text, reference, "Europe/London", True, None)
    assert isinstance(quick, Deadline)
    assert quick == interpret_deadline(text, reference, "Europe/London")


@pytest.mark.parametrize(
    "text",
    [
        "before Friday",  # the full path reads it as Thursday
        "before the autumn",
        "by Friday at 5pm",
        "by 5pm EST",
        "by Christmas",
        "by the end of FY27",
        "within two weeks of the election",
        "by Friday, officials said",
        "within two weeks!",
        "last Friday",
        "tomorrow morning",  # a part of the day: joined to a time by the full path
        "Tuesday 5 March 2030",  # a weekday beside its date: last_checks may refuse it
        "by 1 January 2020",  # past: refused by the full path
        "x" * 80,
    ],
)
def test_near_misses_fall_through(text: str) -> None:
    reference = datetime(2025, 8, 18, 10, tzinfo=UTC)
    assert bare.read(text, reference, "UTC", True, None) is None


def test_the_switch_turns_the_fast_path_off(
    full_path_only: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # both paths give the same reason, so only a fast path never entered tells them apart
    def entered(*_: object) -> None:
        raise AssertionError("the fast path was taken with FAST = False")

    monkeypatch.setattr(bare, "read", entered)
    found = interpret_deadline("within two weeks", datetime(2025, 8, 18, 10, tzinfo=UTC))
    assert isinstance(found, Deadline | Refusal)
    assert found.reason == "the only time expression read as a deadline"


# A span with a capitalised unit ("In 48 Hours' Time", as a title-cased field is typed) took the
# fast path and was read, while the full path took "48 Hours' Time" for a clock time and a zone
# it did not know ("I don't know the zone “Hours' Time”"): the two paths differed.
@pytest.mark.parametrize(
    "text",
    ["In 48 Hours' Time", "In 3 Days' Time", "In 2 Weeks Time", "We will act In 48 Hours' Time."],
)
def test_a_capitalised_unit_is_no_zone(text: str) -> None:
    fast, full = _both(text, datetime(2026, 12, 2, 12, tzinfo=UTC), "Europe/London", True)
    assert isinstance(full, Deadline), full
    assert fast == full


@settings(max_examples=300, deadline=None)
@given(st.randoms(use_true_random=False))
def test_the_first_word_guard_refuses_no_text_of_the_grammar(rng: random.Random) -> None:
    """bare.read skips the grammar's fullmatch for an ASCII text whose first word begins no
    form: every text the grammar takes must begin with one of its first words."""
    for _ in range(50):
        phrase = bare_phrases.form(rng)
        for text in (phrase, bare_phrases.variant(phrase, rng)):
            stripped = text.strip()
            if bare.BARE.fullmatch(stripped) is None or not stripped.isascii():
                continue
            first = bare._FIRST_WORD.match(stripped)  # pyright: ignore[reportPrivateUsage]
            assert first is None or first[0].lower() in bare._FIRST_WORDS, text  # pyright: ignore[reportPrivateUsage]


def test_the_lowered_grammar_takes_the_ascii_texts_the_grammar_takes() -> None:
    """bare.read asks an ASCII text's lower case of BARE without IGNORECASE: the same texts
    pass, whatever their case (grammar phrases, their variants, and mixed-case copies)."""
    rng = random.Random(51)
    lowered_bare = bare._LOWER_BARE  # pyright: ignore[reportPrivateUsage]
    for _ in range(3000):
        phrase = bare_phrases.form(rng)
        mixed = "".join(c.upper() if rng.random() < 0.3 else c for c in phrase)
        for text in (phrase, bare_phrases.variant(phrase, rng), mixed, mixed.upper()):
            stripped = text.strip()
            if not stripped.isascii():
                continue
            taken = bare.BARE.fullmatch(stripped) is not None
            assert taken == (lowered_bare.fullmatch(stripped.lower()) is not None), text
