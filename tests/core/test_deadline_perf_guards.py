"""Cheap tests put before a regular expression for speed (issue 12) must never change what
the expression finds: each set of characters is checked here against its pattern."""

from __future__ import annotations

import itertools
import re

from bot.core.deadlines import clause_reading, clauses, fact_dates, period_names, prescan


def test_year_last_holds_every_last_character_of_a_year_end() -> None:
    # every character the pattern's last part can match, under its own flags
    last = re.compile(r"[rs0-9]", period_names._YEAR_END.flags)
    found = {chr(code) for code in range(0x110000) if last.fullmatch(chr(code))}
    assert found == set(period_names.YEAR_LAST)


def test_owned_year_reads_as_the_search_alone() -> None:
    text = "in next year's fees, the FY2027's plan and 2026\n's costs"
    for matched in ("next year", "next YEARS", "the FY2027", "2026\n", "year\n\n", "", "\n"):
        expected = period_names._YEAR_END.search(matched) is not None
        assert (period_names.owned_year(text, matched) is not None) <= expected
    assert period_names.owned_year(text, "next year") == (3, 14)
    assert period_names.owned_year(text, "the FY2027") is not None
    assert period_names.owned_year("the ſtates' yearſ is", "yearſ") is None  # no possessive
    assert period_names.owned_year("their yearſ's end", "their yearſ") == (0, 13)


def test_year_end_reads_as_the_whole_search() -> None:
    # year_end searches the last characters first, and the whole words only when they hold
    # an "f" or a character outside ASCII (stop 67): the same answer as the whole search
    pieces = ["year", "years", "YEARS", "fy", "FY", " ", "\t", "\n", "2027", "27", "a", "-"]
    pieces += ["'", "\u017f", "x", "\u00e9", "s", "r"]
    words = ["".join(combo) for n in range(4) for combo in itertools.product(pieces, repeat=n)]
    words += ["ayears", "the FY    2027", "fy27\n", "year\n\n", "yearſ", "x_year"]
    for matched in words:
        expected = period_names._YEAR_END.search(matched) is not None
        assert period_names.year_end(matched) == expected, matched


def test_cue_words_are_those_every_match_holds() -> None:
    # a substring test of these words stands before each search: exact only if every
    # match holds one of them, which the scan's own analysis (required_words) proves
    assert clause_reading.POSSIBLE_WORDS == prescan.required_words(clause_reading.POSSIBLE_CUE)
    assert clause_reading.BELIEF_WORDS == prescan.required_words(clause_reading.BELIEF_CUE)
    assert clauses.CONDITION_WORDS == prescan.required_words(clauses._CONDITION)
    assert prescan.required_words(fact_dates._DATED) == ("dated",)


def test_gated_cues_read_as_the_search_alone() -> None:
    for clause in (
        "the report may well be ready by",
        "it might be",
        "we could not be",
        "mayor",
        "it was thought that it would",
        "the impression is that",
        "methought",
        "",
    ):
        assert clause_reading.possible_cue(clause) == (
            clause_reading.POSSIBLE_CUE.search(clause) is not None
        )
        assert clause_reading.belief_cue(clause) == (
            clause_reading.BELIEF_CUE.search(clause) is not None
        )
    for clause in ("if the bill passes in", "that unless", "in case", "specific", "", "iffy"):
        m = clauses._CONDITION.search(clause)
        expected = m is not None and clauses._MAIN_AFTER_CONDITION.search(clause, m.end()) is None
        assert clauses.condition(clause) == expected
