"""The parser's speed-ups give the same answers as the plain code they stand in for:
the prefiltered, guarded scan (bot/core/deadlines/prescan.py) finds exactly the matches of
the scanner itself, and the month arithmetic of context.add_months is relativedelta's."""

from __future__ import annotations

import importlib
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.deadlines import prescan
from bot.core.deadlines.context import add_months
from bot.core.deadlines.vocabulary import _NORMALISE, SCANNER
from tests.core.deadline_cases import CASES

_SETS = sorted((Path(__file__).parents[1] / "data" / "deadlines").glob("*.py"))


def _texts() -> list[tuple[str, str]]:
    """Every labelled phrasing, with where it comes from ("<module> case <n>")."""
    texts = [(f"deadline_cases case {n}", case.text) for n, case in enumerate(CASES)]
    for path in _SETS:
        module = importlib.import_module(f"tests.data.deadlines.{path.stem}")
        for name in dir(module):
            if name.endswith("_CASES"):
                cases = getattr(module, name)
                texts += [(f"{path.stem} case {n}", case.text) for n, case in enumerate(cases)]
    return texts


def _found(matches: object) -> list[tuple[object, ...]]:
    return [
        (m.span(), m.lastgroup, m.group(m.lastgroup), m.group("pre"), m.group("open"))
        for m in matches  # type: ignore[attr-defined]
    ]


def _assert_same_scan(text: str, where: str = "") -> None:
    """Both scans agree. A failure names the case by set and number (`where`), not by its
    text: the sets include blind ones still waiting for their first run, whose words
    nobody may read before it (a set's own file shows the case once it is seen)."""
    lowered = text.translate(_NORMALISE).lower()
    plain = _found(SCANNER.finditer(lowered))
    same = _found(prescan.matches(lowered)) == plain
    assert same, where or lowered
    # the scan by first characters: the same matches, as (start, end, rule, its text,
    # filler words, opens a range)
    wanted = [(a, b, k, core, pre, opened is not None) for (a, b), k, core, pre, opened in plain]
    assert prescan.scan(lowered) == wanted, where or lowered


def test_the_fast_scan_is_in_use() -> None:
    # the analysis covered the scanner's pattern: no silent fall-back to the plain scan
    assert prescan._FAST is not SCANNER
    assert prescan._FAST.pattern.startswith("(?=")  # the prefilter leads
    assert prescan._FAST.groupindex == SCANNER.groupindex
    assert prescan._BY_CHAR is not None  # and the scan by first characters


def test_cue_words_are_needed_by_every_match() -> None:
    # words one of which every match holds: literal runs, the most selective part of a
    # sequence, every alternative of a branch; nothing for an optional part or a class
    assert prescan.required_words(re.compile(r"(?:this\s+past|last)\s+(?:week|month)s?")) == (
        "month",
        "week",
    )
    assert prescan.required_words(re.compile(r"ago|(?:[0-9]+\s+)?days")) == ("ago", "days")
    assert prescan.required_words(re.compile(r"(?:soon)?[0-9]+")) is None
    assert prescan.required_words(re.compile(r"a|soon")) is None  # "a" is in most texts
    assert prescan.required_words(re.compile(r"soon", re.IGNORECASE)) is None
    # the gated rules have theirs (a rule the analysis cannot cover is simply always tried)
    by_char = prescan._BY_CHAR
    assert by_char is not None
    gated = {kind for kind, _, cue in by_char.rules if cue >= 0}
    assert gated == set(prescan._GATED)
    assert "ago" in by_char.cues[next(c for k, _, c in by_char.rules if k == "past")]


def _classes_only(nodes: Any) -> bool:
    """Whether a parsed pattern is characters, classes and alternatives of them only."""
    sre = prescan.sre
    for op, av in nodes:
        if op is sre.BRANCH:
            if not all(_classes_only(body) for body in av[1]):
                return False
        elif op is sre.SUBPATTERN:
            if av[1] or av[2] or not _classes_only(av[3]):
                return False
        elif op not in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            return False
    return True


def test_a_guard_holds_on_the_run_it_is_asked_on() -> None:
    # what_to_try leaves out a rule whose guard fails on the place's next _RUN_CHARS
    # characters: the same as failing at the place only if the guard is one look-ahead of
    # characters and classes (no anchor, no look-around), none longer than the run
    by_char = prescan._BY_CHAR
    assert by_char is not None
    assert set(by_char.guards) == {kind for kind, _, _ in by_char.rules}
    assert sum(guard is not None for guard in by_char.guards.values()) > len(by_char.guards) // 2
    for guard in by_char.guards.values():
        if guard is None:
            continue
        body = list(prescan._parser.parse(guard.pattern, guard.flags))
        assert len(body) == 1 and body[0][0] is prescan.sre.ASSERT and body[0][1][0] == 1
        inner = body[0][1][1]
        assert _classes_only(list(inner)), guard.pattern[:80]
        assert 0 < inner.getwidth()[1] <= prescan._RUN_CHARS, guard.pattern[:80]


def test_every_labelled_phrasing_scans_the_same() -> None:
    texts = _texts()
    assert len(texts) > 1000
    for where, text in texts:
        _assert_same_scan(text, where)


# Words that start time phrases, filler words, and pieces that do not, so that generated
# text tries the scanner's rules, their prefixes and the places where they nearly match.
_WORDS = sorted(
    {word for case in CASES for word in case.text.lower().split()}
    | {
        "by",
        "no",
        "later",
        "than",
        "the",
        "end",
        "of",
        "within",
        "next",
        "q3",
        "h2",
        "fy26",
        "mid-2027",
        "5pm",
        "17:00",
        "12.30",
        "2026-09-01",
        "1/2",
        "24/7",
        "3rd",
        "a",
        "few",
        "[2006]",
        "(",
        ")",
        ",",
        "-",
        "–",
        "’s",
        "o'clock",
        "e.d.t.",
        "utc+2",
        "  ",
    }
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.text(max_size=6))
def test_generated_text_scans_the_same(words: list[str], noise: str) -> None:
    _assert_same_scan(" ".join(words))
    _assert_same_scan(noise.join(words))


@settings(max_examples=1000, deadline=None)
@given(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.integers(-130_000, 130_000),
    st.integers(-80_000, 80_000),
)
def test_month_arithmetic_is_relativedeltas(day: date, months: int, days: int) -> None:
    try:
        expected: date | type[Exception] = day + relativedelta(months=months, days=days)
    except (ValueError, OverflowError) as exc:
        expected = type(exc)
    try:
        got: date | type[Exception] = add_months(day, months, days)
    except (ValueError, OverflowError) as exc:
        got = type(exc)
    assert got == expected


@pytest.mark.parametrize(
    ("day", "months", "days", "expected"),
    [
        (date(2025, 1, 31), 1, 0, date(2025, 2, 28)),  # cut to the month's length
        (date(2024, 3, 31), -1, 0, date(2024, 2, 29)),
        (date(2025, 11, 15), 3, -1, date(2026, 2, 14)),  # into the next year, then a day back
        (date(2025, 8, 18), 0, 14, date(2025, 9, 1)),
    ],
)
def test_month_arithmetic_examples(day: date, months: int, days: int, expected: date) -> None:
    assert add_months(day, months, days) == expected


def test_the_analysis_refuses_what_it_does_not_know() -> None:
    # a back-reference is no fixed prefix: the build says so, and the parser keeps the
    # plain scan rather than a wrong prefilter
    with pytest.raises(prescan._Unsupported):
        prescan._build(re.compile(r"(?P<a>x)(?P=a)"))


def test_inline_flags_are_not_analysed() -> None:
    with pytest.raises(prescan._Unsupported):
        prescan._build(re.compile(r"(?P<a>(?i:by)\s+x)"))


def test_a_scanner_the_analysis_cannot_cover_falls_back_to_the_plain_scan() -> None:
    # The fall-back: a scanner with a back-reference is used as it is, and a warning says
    # so (a slower scan is never fallen back to silently).
    plain = re.compile(r"(?P<pre>by\s+)?(?P<open>)(?P<a>(?P<w>x)(?P=w))")
    with pytest.warns(RuntimeWarning, match="plain scanner is used"):
        fallen = prescan.fast_scanner(plain)
    assert fallen is plain
    assert [m.span() for m in fallen.finditer("by xx and xx")] == [(0, 5), (10, 12)]
    assert prescan._FAST is not SCANNER  # the real scanner is covered


# Every word and digit run the scanner's own pattern spells, with the pieces numbers and
# zones are made of: generated text that reaches deep into each rule.
_PATTERN_WORDS = sorted(
    set(re.findall(r"[a-z]{2,}", SCANNER.pattern))
    | {"1", "12", "2025", "5pm", "9.30", "10-30", "a.m.", "p.m.", "+0200", "1st", "q3", "fy27"}
    | {"2025-26", "17:00", "£5", "2.50", "(", ")", ",", ".", "-", "'", "no."}
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PATTERN_WORDS), max_size=25), st.sampled_from([" ", ", ", ""]))
def test_text_from_the_scanners_own_words_scans_the_same(words: list[str], glue: str) -> None:
    _assert_same_scan(glue.join(words))
