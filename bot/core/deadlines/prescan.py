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
from typing import Any, Final

from bot.core.deadlines.vocabulary import RULE_PATTERNS, SCANNER, SCANNER_HEAD, SCANNER_RULES

# The parser and opcodes behind `re` (Python 3.11+), which the type stubs leave out.
_parser = importlib.import_module("re._parser")
sre = importlib.import_module("re._constants")

_Prefixes = set[tuple[str, ...]]

# How many characters the conditions look at: more is more selective but makes longer
# patterns that cost more to try (callgrind on the labelled table: a prefilter of 4 and
# guards of 5 take the fewest instructions; guards of 3 took 12% more).
_PREFILTER_CHARS: Final = 4
_GUARD_CHARS: Final = 5
# Longer guards for the two rules that begin like many phrases they do not match ("the end
# of ...", "the next ...", "next year"): callgrind on the labelled table, guards of 7 on
# them took 8% fewer instructions in the scan, for little more analysis at import; 8 took
# as few but 0.4 s more at import, and longer ones or more rules cost seconds (the
# analysis grows with the number of prefixes).
_GUARD_CHARS_BY_RULE: Final = {"period": 7, "fiscal": 7}


class _Unsupported(Exception):
    """A construct the analysis does not cover: use the plain scan."""


_CATEGORIES: Final = {
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


def _guarded(pattern: str, flags: int) -> str:
    """`pattern` with a look-ahead for its first characters at the front of each named
    group that cannot match nothing (a necessary condition: the same matches)."""
    bodies: dict[int, Any] = {}
    _groups(list(_parser.parse(pattern, flags)), bodies)
    out = pattern
    for name, number in re.compile(pattern, flags).groupindex.items():
        opener = f"(?P<{name}>"
        guard = _sequence(bodies[number], _GUARD_CHARS_BY_RULE.get(name, _GUARD_CHARS))
        if () in guard or out.count(opener) != 1:
            continue
        out = out.replace(opener, f"{opener}(?={_alternation(guard)})")
    return out


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
    pattern = _guarded(scanner.pattern, scanner.flags)
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


# The fewest characters a cue word of `required_words` has: a single character is in most
# texts, and testing for it would cost more than the tries it saves.
_CUE_CHARS: Final = 2


def _best(found: list[frozenset[str] | None]) -> frozenset[str] | None:
    """Of sets each of which a match must hold one word of, the most selective: the one
    whose shortest word is longest, then the one with the fewest words, then the last (a
    phrase's later words are less common ones: "this past", "the other day")."""
    known = [
        (min(map(len, words)), -len(words), i, words) for i, words in enumerate(found) if words
    ]
    return max(known)[3] if known else None


def _required_seq(nodes: Any) -> frozenset[str] | None:
    """Strings one of which every match of the sequence `nodes` holds (None: no such set
    is known). Literal characters in a row are one string; any other part that every
    match goes through gives its own set; the most selective of them is taken."""
    found: list[frozenset[str] | None] = []
    run = ""
    for op, av in nodes:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append(frozenset((run,)))
            run = ""
        found.append(_required_node(op, av))
    if run:
        found.append(frozenset((run,)))
    return _best(found)


def _required_node(op: object, av: Any) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _required_seq(body)
    if op is sre.ATOMIC_GROUP:
        return _required_seq(av)
    if op is sre.BRANCH:
        words: set[str] = set()
        for body in av[1]:
            one = _required_seq(body)
            if one is None:
                return None  # an alternative with no such set: the branch has none
            words |= one
        return frozenset(words)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body = av
        return _required_seq(body) if low >= 1 else None
    return None  # a class, a look-around, an anchor: nothing known (only ever less gating)


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words one of which the text holds wherever `pattern` matches in it (a necessary
    condition), each at least _CUE_CHARS long; None when the analysis knows no such words
    (or the pattern ignores case). A text holding none of them has no match."""
    if pattern.flags & re.IGNORECASE:
        return None
    words = _required_seq(list(_parser.parse(pattern.pattern, pattern.flags)))
    if words is None or min(map(len, words)) < _CUE_CHARS:
        return None
    return tuple(sorted(words))


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

# --------------------------------------------------------------------------------------
# The scan by first characters. Even prefiltered and guarded, `matches` runs the whole
# alternation wherever the prefilter lets it through (most word starts), and every rule's
# guard is tried there. `scan` gives the same matches with less work, from the two parts
# of the scanner (vocabulary.SCANNER_HEAD, the filler words, and SCANNER_RULES):
#
# - the places tried: only where the scanner's look-behind holds and the character is one
#   a match can begin with (one search with a character class, which `re` skips through
#   quickly, instead of the scanner's look-ahead at every character);
# - at each, what the scanner does there, in its order: first every reading with filler
#   words (`_ByChar.with_filler`: the head repeated once or more, then every rule), then
#   the one without, in which the rules are tried in order on the same characters, so the
#   first rule that matches wins. Only what can begin with the next `_KEY_CHARS`
#   characters is tried (the filler words, and which rules), and of those rules only the
#   ones whose guard holds on the next `_RUN_CHARS`: the others could not have matched
#   there. What can is worked out once for each run of characters met (`_ByChar.runs`,
#   from `_ByChar.tried`), from the first characters of each rule and of the filler words.
#
# After a match the scan goes on at its end, as `finditer` does (no match is empty).
# Each match is (start, end, rule, the rule's own text, the filler words before it,
# whether one of them opens a range: "after", "from").

Found = tuple[int, int, str, str, str, bool]
# A rule's kind, its pattern's bound `match` (bound once, at import, so that the scan's many
# tries call it directly: compiled, `pattern.match(...)` looks the method up each time) and
# the number of its cue words in _ByChar.cues (-1: none known, the rule is always tried)
_Rule = tuple[str, Callable[[str, int], re.Match[str] | None], int]
_Tried = tuple[bool, tuple[_Rule, ...]]

# More characters are more selective (fewer rules tried) but take longer to work out at
# import: 3 tries about 3 rules a place on the labelled table, 2 about twice as many.
_KEY_CHARS: Final = 3
# The run of characters a place's rules are remembered by: as long as the longest guard, so
# that a rule whose guard fails on it (and so at the place) is left out of the list, not
# tried (an SRE call whose guard fails at once: about 2.1 of the 4.7 tries a text on the
# throughput table, issue 12). The filler words and the rules' first characters are still
# worked out from its first _KEY_CHARS.
_RUN_CHARS: Final = max(_GUARD_CHARS, *_GUARD_CHARS_BY_RULE.values())
# The rules tried only in a text that holds one of their cue words (`required_words`): those
# whose failed tries cost most and whose cue words most texts lack. On the labelled table a
# try of "past" cost about 0.7 us, of "date_dmy" 0.6 us and of "fiscal" 0.7 us (a try is
# asked about 0.6 times a text for each), and 246, 192 and 193 of its 251 texts hold none of
# their cue words ("ago", "last", ...; the months; "fy", "year", "20", ...). The other rules
# are either met in most texts or tried seldom and cheaply: testing for their words would
# cost about what it saves (the eight of "weekday", the 34 of "vague").
_GATED: Final = frozenset(("past", "date_mdy", "date_dmy", "fiscal"))
_KEYS_KEPT: Final = 20_000  # the runs of characters remembered (bounded: any text may come)
_BEHIND: Final = "(?<![a-z0-9])"


def _guard_of(part: str, kind: str) -> str:
    """The look-ahead at the front of a guarded rule `(?P<kind>(?=...)...)`, or ""."""
    rest = part.removeprefix(f"(?P<{kind}>")
    if not rest.startswith("(?="):
        return ""
    depth, i, in_class = 0, 0, False
    while i < len(rest):
        char = rest[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return rest[: i + 1]
        i += 1
    raise _Unsupported("a guard that does not close")


class _ByChar:
    """The scanner taken apart for `scan` (see above)."""

    def __init__(
        self,
        fast: str,
        head: str,
        rules: tuple[tuple[str, str], ...],
        named: dict[str, re.Pattern[str]],
        flags: int,
    ) -> None:
        """`fast`: the prefiltered, guarded scanner's pattern, whose guarded parts are
        taken here (working the guards out again would double the import's time);
        `named`: each rule's own pattern, with its named groups (vocabulary.RULE_PATTERNS)."""
        if not head.startswith(_BEHIND) or head.count("){0,4})") != 1:
            raise _Unsupported("the scanner's head is not the one `scan` knows")
        tail = fast[fast.index("(?P<pre>") - len(_BEHIND) :]
        cuts = [tail.index(f"(?P<{kind}>") for kind, _ in rules]
        if cuts != sorted(cuts) or tail[cuts[0] - 3 : cuts[0]] != "(?:" or tail[-1] != ")":
            raise _Unsupported("the guarded scanner is not made of the scanner's parts")
        if any(tail[cut - 1] != "|" for cut in cuts[1:]):
            raise _Unsupported("the guarded scanner is not made of the scanner's parts")
        ends = [cut - 1 for cut in cuts[1:]] + [len(tail) - 1]
        guarded = [tail[a:b] for a, b in zip(cuts, ends, strict=True)]
        filler = tail[: cuts[0] - 3].replace("){0,4})", "){1,4})")
        self.with_filler = re.compile(f"{filler}(?:{'|'.join(guarded)})", flags)
        # one pattern a rule: its guard, then the rule as the readers match it, so that
        # what the scan finds is what they would (`rule_match`)
        # A rule's cue words (required_words): in a text holding none of them the rule
        # cannot match, so it is not tried there. Rules with the same words share them.
        self.cues: list[tuple[str, ...]] = []
        cue_of: list[int] = []
        for kind, _ in rules:
            cue_words = None
            if kind in _GATED:
                cue_words = required_words(re.compile(named[kind].pattern, flags))
            if cue_words is not None and cue_words not in self.cues:
                self.cues.append(cue_words)
            cue_of.append(-1 if cue_words is None else self.cues.index(cue_words))
        self.rules: list[_Rule] = [
            (
                kind,
                re.compile(f"{_guard_of(part, kind)}(?:{named[kind].pattern})", flags).match,
                cue,
            )
            for (kind, _), part, cue in zip(rules, guarded, cue_of, strict=True)
        ]
        # each rule's guard alone: a look-ahead of character classes only, at most
        # _RUN_CHARS long (a shorter prefix is a whole match), so that it holds on the
        # place's next _RUN_CHARS characters exactly when it holds at the place
        self.guards: dict[str, re.Pattern[str] | None] = {}
        for (kind, _), part in zip(rules, guarded, strict=True):
            guard = _guard_of(part, kind)
            self.guards[kind] = re.compile(guard, flags) if guard else None
        # the head as it reads one filler word and the space after it
        words = head[len(_BEHIND) :].removeprefix("(?P<pre>(?:").rpartition("){0,4})")[0]
        fills = _sequence(list(_parser.parse(words, flags)), _KEY_CHARS)
        begins = [_sequence(list(_parser.parse(body, flags)), _KEY_CHARS) for _, body in rules]
        if () in fills or any(() in found for found in begins):
            raise _Unsupported("a part of the scanner can match nothing")
        self.fill_begins = re.compile(_alternation(fills), flags)
        # the same on a place's next _RUN_CHARS characters (what_to_try): "the end of" and
        # "the first" begin no filler word, though "the" may ("the course of the month of")
        runs = _sequence(list(_parser.parse(words, flags)), _RUN_CHARS)
        self.fill_runs = re.compile(_alternation(runs), flags)
        # the filler words as the scanner takes them, up to the first place after them
        # where some rule can begin: most often the reading the scanner gives
        any_rule = _alternation(set().union(*begins))
        self.filler_probe = re.compile(f"{filler}(?={any_rule})", flags)
        self.rule_begins = [re.compile(_alternation(found), flags) for found in begins]
        firsts = [re.compile(first, flags) for first in {p[0] for f in [fills, *begins] for p in f}]
        ascii_firsts = "".join(
            re.escape(char)
            for char in map(chr, range(128))
            if any(first.fullmatch(char) is not None for first in firsts)
        )
        # a character that may begin a match where no letter or digit comes before it
        self.start = re.compile(f"[{ascii_firsts}\\x80-\\U0010ffff](?<![a-z0-9][\\s\\S])", flags)
        self.tried: dict[str, _Tried] = {}
        self.runs: dict[str, _Tried] = {}

    def what_to_try(self, run: str) -> _Tried:
        """Whether filler words can begin with `run` (the next _RUN_CHARS characters), and
        the rules that can, in order: those whose first characters and guard fit it. Kept
        for each run met, worked out from what fits its first _KEY_CHARS (kept too: far
        fewer of those), so that a run met first costs a guard or two, not every rule."""
        found = self.runs.get(run)
        if found is None:
            filler, rules = self._by_first(run[:_KEY_CHARS])
            kept: list[_Rule] = []
            for rule in rules:
                guard = self.guards[rule[0]]
                if guard is None or guard.match(run) is not None:
                    kept.append(rule)
            found = (filler and self.fill_runs.match(run) is not None, tuple(kept))
            if len(self.runs) >= _KEYS_KEPT:
                self.runs.clear()
            self.runs[run] = found
        return found

    def _by_first(self, key: str) -> _Tried:
        """Whether filler words can begin with `key`, and the rules that can, in order."""
        found = self.tried.get(key)
        if found is None:
            rules = tuple(
                rule
                for rule, begins in zip(self.rules, self.rule_begins, strict=True)
                if begins.match(key) is not None
            )
            found = (self.fill_begins.match(key) is not None, rules)
            if len(self.tried) >= _KEYS_KEPT:
                self.tried.clear()
            self.tried[key] = found
        return found


def _by_char() -> _ByChar | None:
    try:
        return _ByChar(_FAST.pattern, SCANNER_HEAD, SCANNER_RULES, RULE_PATTERNS, SCANNER.flags)
    except (_Unsupported, re.error, LookupError, AttributeError, TypeError, ValueError) as exc:
        warnings.warn(
            f"deadline scan: the scan by first characters does not cover the scanner "
            f"({exc!r}); the prefiltered scanner is used (the same matches, slower)",
            RuntimeWarning,
            stacklevel=2,
        )
        return None


_BY_CHAR = _by_char() if _FAST is not SCANNER else None


_UNKNOWN: Final = 0
_HELD: Final = 1
_ABSENT: Final = 2


def _holds(text: str, words: tuple[str, ...]) -> int:
    """_HELD when one of `words` is in `text`, else _ABSENT. Asked at most once a scan for
    each set of cue words, and only when a rule with them is about to be tried."""
    for word in words:
        if word in text:
            return _HELD
    return _ABSENT


def scan(text: str) -> list[Found]:
    """Every match of `SCANNER.finditer(text)`, in order, as (start, end, rule, rule's
    text, filler words, opens a range)."""
    found: list[Found] = []
    by_char = _BY_CHAR
    if by_char is None:
        for one in matches(text):
            kind = one.lastgroup or ""
            pre, opens, core = one.group("pre", "open", kind)
            found.append((one.start(), one.end(), kind, core, pre, opens is not None))
        return found
    search = by_char.start.search
    runs = by_char.runs
    cues = by_char.cues
    held = [_UNKNOWN] * len(cues)  # whether the text holds each rule's cue words (_holds)
    read: dict[tuple[str, int], re.Match[str]] = {}
    kind = ""
    m: re.Match[str] | None
    probe: re.Match[str] | None
    pos = 0
    while (place := search(text, pos)) is not None:
        at = place.start()
        key = text[at : at + _RUN_CHARS]
        entry = runs.get(key)
        filler, rules = entry if entry is not None else by_char.what_to_try(key)
        m = None
        pre = ""
        opening = False
        probe = by_char.filler_probe.match(text, at) if filler else None
        if probe is not None:
            # The scanner tries the readings of filler words in this order and, after
            # each, its rules in order: no rule could begin after the readings before the
            # probe's, so the first rule that matches after the probe's is the scanner's
            # match. When none does, the scanner goes on to other readings: asked whole.
            after = probe.end()
            key = text[after : after + _RUN_CHARS]
            entry = runs.get(key)
            for kind, rule, cue in (entry if entry is not None else by_char.what_to_try(key))[1]:
                if cue >= 0:
                    if held[cue] == _UNKNOWN:
                        held[cue] = _holds(text, cues[cue])
                    if held[cue] == _ABSENT:
                        continue  # none of its cue words is in the text: it cannot match
                m = rule(text, after)
                if m is not None:
                    read[kind, after] = m
                    break
            if m is None:
                probe = m = by_char.with_filler.match(text, at)
                kind = m.lastgroup or "" if m is not None else ""
            if probe is not None:
                pre, opens = probe.group("pre", "open")
                opening = opens is not None
        if m is None:
            for kind, rule, cue in rules:  # in the scanner's order: the first that matches wins
                if cue >= 0:
                    if held[cue] == _UNKNOWN:
                        held[cue] = _holds(text, cues[cue])
                    if held[cue] == _ABSENT:
                        continue  # as above
                m = rule(text, at)
                if m is not None:
                    read[kind, at] = m
                    break
        if m is None:
            pos = at + 1
            continue
        end = m.end()
        found.append((at, end, kind, m.group(kind) if m is probe else m.group(), pre, opening))
        pos = end
    global _READ
    _READ = read
    return found


# The rules' matches the last scan found, by rule and place: choose._resolve reads each
# found phrase with its rule's own pattern where the scan found it, and that match is one
# of these (the same pattern, the same text), so it is not worked out twice.
_READ: dict[tuple[str, int], re.Match[str]] = {}


def rule_match(text: str, kind: str, at: int) -> re.Match[str] | None:
    """`RULE_PATTERNS[kind].match(text, at)`, taken from the last scan when it found it
    there in this very text."""
    m = _READ.get((kind, at))
    if m is not None and m.string is text:
        return m
    return RULE_PATTERNS[kind].match(text, at)
