"""The scanner's matches, found faster: the same matches, never different ones.

The scanner (vocabulary.SCANNER) is one long alternation that Python's `re` tries in full
at the start of every word: a failed try costs microseconds, and most words of a sentence
start no time phrase. Two necessary conditions, both worked out from the scanner's own
pattern when this module is imported (so that a rule added to the vocabulary is covered
with no edit here), let the engine skip that work:

- a prefilter: the first few characters that any match can begin with, as a look-ahead
  at the scanner's front. Only where it matches does re go on into the alternation;
  elsewhere the scanner could not have matched.
- guards: at the front of each rule's named group, a lookahead for the first characters
  that rule can begin with, so that a rule that cannot match where it is tried fails at
  once instead of after walking its alternatives.

Both are supersets (an optional part, a lookaround or a word boundary only ever widens
them), so every match is the one `SCANNER.finditer` gives: the same spans, groups and
order, from `finditer` of the one pattern. tests/core/test_deadline_prescan.py checks
that on every labelled phrasing and on generated text. If the pattern uses anything the
analysis does not know (inline flags, back-references), `matches` uses the plain scan
and a RuntimeWarning says so at import.
"""

from __future__ import annotations

import importlib
import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any

from bot.core.deadlines.vocabulary import SCANNER

# The parser and opcodes behind `re` (Python 3.11+), which the type stubs leave out.
_parser = importlib.import_module("re._parser")
sre = importlib.import_module("re._constants")

_Prefixes = set[tuple[str, ...]]

# How many characters the conditions look at: more is more selective but makes longer
# patterns that cost more to try (callgrind on the labelled table: a prefilter of 4 and
# guards of 5 take the fewest instructions; guards of 3 took 12% more).
_PREFILTER_CHARS = 4
_GUARD_CHARS = 5
# Longer guards for the two rules that begin like many phrases they do not match ("the end
# of ...", "the next ...", "next year"): callgrind on the labelled table, guards of 7 on
# them took 8% fewer instructions in the scan, for little more analysis at import; 8 took
# as few but 0.4 s more at import, and longer ones or more rules cost seconds (the
# analysis grows with the number of prefixes).
_GUARD_CHARS_BY_RULE = {"period": 7, "fiscal": 7}


class _Unsupported(Exception):
    """A construct the analysis does not cover: use the plain scan."""


_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


def _char(code: int) -> str:
    return re.escape(chr(code))


def _charset(items: Any) -> str:
    out: list[str] = []
    for op, av in items:
        if op is sre.NEGATE:
            out.insert(0, "^")
        elif op is sre.LITERAL:
            out.append(_char(av))
        elif op is sre.RANGE:
            low, high = av
            out.append(f"{_char(low)}-{_char(high)}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise _Unsupported(op)
    return "[" + "".join(out) + "]"


def _then(first: _Prefixes, second: _Prefixes, k: int) -> _Prefixes:
    """Prefixes of a string of `first` followed by one of `second`, cut at k characters.
    A prefix shorter than k is a whole string, so only those take more characters."""
    out: _Prefixes = set()
    for head in first:
        if len(head) >= k:
            out.add(head)
        else:
            out.update((head + tail)[:k] for tail in second)
    return out


def _sequence(nodes: Any, k: int) -> _Prefixes:
    out: _Prefixes = {()}
    for op, av in nodes:
        out = _then(out, _node(op, av, k), k)
    return out


def _node(op: object, av: Any, k: int) -> _Prefixes:  # noqa: PLR0911 - one per opcode
    """The first k characters (as character classes) of any string the node matches."""
    if op is sre.LITERAL:
        return {(_char(av),)}
    if op is sre.NOT_LITERAL:
        return {(f"[^{_char(av)}]",)}
    if op is sre.ANY:
        return {(r"[\s\S]",)}
    if op is sre.IN:
        return {(_charset(av),)}
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        if add_flags or del_flags:
            raise _Unsupported("inline flags")
        return _sequence(body, k)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, k)
    if op is sre.BRANCH:
        return set().union(*(_sequence(body, k) for body in av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        return _repeat(low, high, _sequence(body, k), k)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {()}  # a condition on the text around: leaving it out only widens the set
    if op is sre.FAILURE:
        return set()
    raise _Unsupported(op)


def _repeat(low: int, high: int, body: _Prefixes, k: int) -> _Prefixes:
    """Repeats beyond low + k add no new prefix: at most k of them give the first k
    characters, and the rest may follow those."""
    out: _Prefixes = set()
    current: _Prefixes = {()}
    for count in range(min(high, low + k) + 1):
        if count >= low:
            out |= current
        current = _then(current, body, k)
    return out


def _alternation(prefixes: _Prefixes) -> str:
    """A pattern that matches where one of the prefixes does (a trie, shared starts once)."""
    trie: dict[str, dict] = {}
    for prefix in prefixes:
        node = trie
        for part in prefix:
            node = node.setdefault(part, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        if "" in node:
            return ""  # a whole prefix ends here: whatever follows is fine
        alts = [part + render(child) for part, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return render(trie)


def _groups(nodes: Any, found: dict[int, Any]) -> None:
    """Every capturing group's body, by group number."""
    for op, av in nodes:
        if op is sre.SUBPATTERN:
            if av[0] is not None:
                found[av[0]] = av[3]
            _groups(av[3], found)
        elif op is sre.BRANCH:
            for body in av[1]:
                _groups(body, found)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _groups(av[2], found)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _groups(av[1], found)
        elif op is sre.ATOMIC_GROUP:
            _groups(av, found)


def _build(scanner: re.Pattern[str]) -> re.Pattern[str]:
    """The scanner with the prefilter as a look-ahead at its front and each named group
    guarded: the same matches (both are necessary conditions), found with less work."""
    tree = _parser.parse(scanner.pattern, scanner.flags)
    nodes = list(tree)
    starts = _sequence(nodes, _PREFILTER_CHARS)
    if () in starts:
        raise _Unsupported("the scanner can match nothing")
    behind = ""
    first_op, first_av = nodes[0]
    if first_op is sre.ASSERT_NOT and first_av[0] == -1:  # "(?<![a-z0-9])": keep it
        inner = list(first_av[1])
        if len(inner) == 1 and inner[0][0] is sre.IN:
            behind = f"(?<!{_charset(inner[0][1])})"
    bodies: dict[int, Any] = {}
    _groups(nodes, bodies)
    pattern = scanner.pattern
    for name, number in scanner.groupindex.items():
        opener = f"(?P<{name}>"
        guard = _sequence(bodies[number], _GUARD_CHARS_BY_RULE.get(name, _GUARD_CHARS))
        if () in guard or pattern.count(opener) != 1:
            continue
        pattern = pattern.replace(opener, f"{opener}(?={_alternation(guard)})")
    fast = re.compile(f"(?={behind}{_alternation(starts)}){pattern}", scanner.flags)
    if fast.groupindex != scanner.groupindex or fast.groups != scanner.groups:
        raise _Unsupported("the guards changed the groups")
    return fast


def group_words(pattern: re.Pattern[str], k: int = 4) -> dict[str, frozenset[str] | None]:
    """For each named group, strings one of which every match of the group contains: the
    longest run of plain letters or digits in each of its possible first k characters.
    None for a group with a start that holds no such run of two (or any group, if the
    pattern ignores case): nothing cheap to test it by."""
    bodies: dict[int, Any] = {}
    _groups(list(_parser.parse(pattern.pattern, pattern.flags)), bodies)
    out: dict[str, frozenset[str] | None] = {}
    for name, number in pattern.groupindex.items():
        words: set[str] = set()
        for prefix in _sequence(bodies[number], k):
            runs = "".join(p if len(p) == 1 and p.isalnum() else " " for p in prefix).split()
            longest = max(runs, key=len, default="")
            if len(longest) < 2 or pattern.flags & re.IGNORECASE:
                out[name] = None
                break
            words.add(longest)
        else:
            out[name] = frozenset(words)
    return out


def fast_scanner(scanner: re.Pattern[str]) -> re.Pattern[str]:
    """The prefiltered scanner for `scanner`, or `scanner` itself when the analysis does
    not cover it: the same matches, several times slower, said with a warning (never
    fallen back to silently)."""
    try:
        return _build(scanner)
    except (
        _Unsupported,
        re.error,
        LookupError,
        AttributeError,
        TypeError,
        ValueError,
    ) as exc:
        warnings.warn(
            f"deadline scan: the prefilter analysis does not cover the scanner ({exc!r}); "
            "the plain scanner is used (the same matches, slower)",
            RuntimeWarning,
            stacklevel=2,
        )
        return scanner


_FAST = fast_scanner(SCANNER)  # built once, at import


# What `SCANNER.finditer(text)` gives: the same spans, groups and order. The bound method
# itself, not a function around it: one Python call less for every text read.
matches: Callable[[str], Iterator[re.Match[str]]] = _FAST.finditer
