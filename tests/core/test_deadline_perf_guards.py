"""Cheap tests put before a regular expression for speed (issue 12) must never change what
the expression finds: each set of characters is checked here against its pattern."""

from __future__ import annotations

import re

from bot.core.deadlines import period_names


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
