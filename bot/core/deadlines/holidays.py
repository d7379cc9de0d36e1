"""Holidays the parser can date: a table, so that adding one is one line."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter

# --------------------------------------------------------------------------------------
# Holidays: a table, so that adding one is one line.


@dataclass(frozen=True, slots=True)
class Holiday:
    """A named day. `names` are lower-case phrasings; an apostrophe is optional."""

    names: tuple[str, ...]
    on: Callable[[int], date]


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def nth_weekday(month: int, weekday: int, n: int) -> Callable[[int], date]:
    """The n-th weekday of a month (n = -1 for the last), as holiday rules are written."""

    def rule(year: int) -> date:
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)

    return rule


def _after_easter(days: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=days)


def _after(rule: Callable[[int], date], days: int) -> Callable[[int], date]:
    return lambda year: rule(year) + timedelta(days=days)


THANKSGIVING = nth_weekday(11, 3, 4)

HOLIDAYS: tuple[Holiday, ...] = (
    Holiday(("christmas eve", "xmas eve"), _fixed(12, 24)),
    Holiday(("christmas day", "christmas", "xmas"), _fixed(12, 25)),
    Holiday(("boxing day",), _fixed(12, 26)),
    Holiday(("new year's eve", "nye"), _fixed(12, 31)),
    Holiday(("new year's day", "new year's", "new year"), _fixed(1, 1)),
    Holiday(("good friday",), _after_easter(-2)),
    Holiday(("easter sunday", "easter day", "easter"), _after_easter(0)),
    Holiday(("easter monday",), _after_easter(1)),
    Holiday(("pentecost", "whitsun"), _after_easter(49)),
    Holiday(("valentine's day", "valentine's"), _fixed(2, 14)),
    Holiday(("st. patrick's day", "st patrick's day", "saint patrick's day"), _fixed(3, 17)),
    Holiday(("may day",), _fixed(5, 1)),
    Holiday(("memorial day",), nth_weekday(5, 0, -1)),
    Holiday(("juneteenth",), _fixed(6, 19)),
    Holiday(("canada day",), _fixed(7, 1)),
    Holiday(("independence day", "the fourth of july", "fourth of july"), _fixed(7, 4)),
    Holiday(("bastille day",), _fixed(7, 14)),
    Holiday(("labor day", "labour day"), nth_weekday(9, 0, 1)),
    Holiday(("halloween",), _fixed(10, 31)),
    Holiday(("guy fawkes night", "bonfire night"), _fixed(11, 5)),
    Holiday(("thanksgiving day", "thanksgiving"), THANKSGIVING),
    Holiday(("black friday",), _after(THANKSGIVING, 1)),
    Holiday(
        ("martin luther king jr. day", "martin luther king day", "mlk day"), nth_weekday(1, 0, 3)
    ),
    Holiday(("presidents' day", "president's day", "washington's birthday"), nth_weekday(2, 0, 3)),
    Holiday(("columbus day", "indigenous peoples' day"), nth_weekday(10, 0, 2)),
    Holiday(("veterans day", "veterans' day", "armistice day", "remembrance day"), _fixed(11, 11)),
    Holiday(("remembrance sunday",), nth_weekday(11, 6, 2)),
    Holiday(("st david's day", "st. david's day", "saint david's day"), _fixed(3, 1)),
    Holiday(("st george's day", "st. george's day", "saint george's day"), _fixed(4, 23)),
    Holiday(("st andrew's day", "st. andrew's day", "saint andrew's day"), _fixed(11, 30)),
    Holiday(("burns night",), _fixed(1, 25)),
    Holiday(("australia day",), _fixed(1, 26)),
    Holiday(("anzac day",), _fixed(4, 25)),
    Holiday(("early may bank holiday",), nth_weekday(5, 0, 1)),
    Holiday(("spring bank holiday",), nth_weekday(5, 0, -1)),
    Holiday(("summer bank holiday", "august bank holiday"), nth_weekday(8, 0, -1)),
)

HOLIDAY_BY_NAME: dict[str, Holiday] = {
    name.replace("'", ""): holiday for holiday in HOLIDAYS for name in holiday.names
}


def holiday_names_pattern() -> str:
    """One alternation for every name, with shared beginnings factored out (a trie), so
    that the scanner tries a handful of branches at each word, not one per name."""
    trie: dict[str, dict] = {}
    for name in {n for h in HOLIDAYS for n in h.names}:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [_char(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    # Longer names first: an optional tail is tried before the name that ends here.
    return body + "?" if ends else body


def _char(char: str) -> str:
    return {" ": r"\s+", "'": "'?"}.get(char, re.escape(char))
