"""The words `literals` lets a cue pattern skip a sentence by: every alternative of the
pattern must hold one of them, or a sentence it matches would be skipped (issue 13)."""

from __future__ import annotations

import re
import re._parser as sre_parse  # pyright: ignore[reportMissingImports]

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.extract.cues import COMMIT_NOUN, ORDER, PRESENT_PLAN, REPORT, reports
from bot.core.extract.futurate import _OWN_TRIP  # pyright: ignore[reportPrivateUsage]
from bot.core.extract.literals import (
    ARRANGEMENT_WORDS,
    COMMIT_NOUN_WORDS,
    ORDER_WORDS,
    OWN_TRIP_WORDS,
    PRESENT_PLAN_WORDS,
    REPORT_WORDS,
    holds_any,
    holds_any_folded,
)
from bot.core.extract.logistics import _ARRANGEMENT  # pyright: ignore[reportPrivateUsage]

# Per pattern, one entry per top-level alternative, in order: a group of the pattern's
# source that alternative cannot match without, and every word that group can match
# (the words the test by `in` must catch).
_NEEDED = {
    "REPORT": [
        (
            "said|says|say|told|tells|added|adds|wrote|writes|announced|announces|stated|",
            "said says say told tells added adds wrote writes announced announces stated "
            "declared insisted insists warned warns confirmed confirms noted explained argued "
            "claimed stressed reiterated tweeted posted replied assured acknowledged "
            "According according",
        )
    ],
    "COMMIT_NOUN": [
        (
            "(?:commitments?|pledges?|undertakings?|assurances?|promises?|determination|",
            "commitment pledge undertaking assurance promise determination readiness resolve",
        ),
        ("[£$€]", "£ $ €"),
        ("(?:goal|target|date|deadline|timetable)", "goal target date deadline timetable"),
        (r"\bcommit(?:s|ted)", "commits committed"),
        ("determined", "determined"),
        (
            "(?:commitment|intent|intention|determination|resolve)",
            "commitment intent intention determination resolve",
        ),
    ],
    "ORDER": [
        (
            "(?:instructed|asked|tasked|directed|ordered|mandated|required|obliged|obligated|",
            "instructed asked tasked directed ordered mandated required obliged obligated "
            "requested charged commissioned invited",
        ),
        (
            "(?:gives|requires|obliges|places|sets|provides?(?:\\s+for)?|bans|",
            "gives requires obliges places sets provide provides bans establishes directs "
            "include includes concern concerns call calls instructs orders mandates imposes "
            "prohibits extends involve involves relate relates related",
        ),
        (
            "\\b(?:instructed|tasked|directed|obliged|charged|mandated|ordered)\\s+",
            "instructed tasked directed obliged charged mandated ordered",
        ),
        ("(?:direct|instruct|order|charge)\\s+", "direct instruct order charge"),
        ("\\s+(?:\\w+\\s+){0,2}?instructions?\\b", "instruction"),
        ("\\b[Ii]nstructions?\\s+", "Instruction instruction"),
        ("(?:instructed|ordered|directed)\\s+as\\s+follows", "instructed ordered directed"),
        ("instructions?\\s+for\\b", "instruction"),
        (
            "\\b(?:asked|asking|instructed|instructing|tasked|tasking|directed|directing|",
            "asked asking instructed instructing tasked tasking directed directing commissioned",
        ),
        ("{1,5}?until\\s+", "until"),
        ("(?:has|have)\\s+until\\s+", "until"),
        (
            "\\b(?:requiring|obliging|directing|instructing|ordering|tasking|mandating)",
            "requiring obliging directing instructing ordering tasking mandating",
        ),
    ],
    "PRESENT_PLAN": [
        (
            "(?:travels|visits|heads|leaves|departs|hosts|opens|begins|starts|launches|",
            "travels visits heads leaves departs hosts opens begins starts launches convenes "
            "chairs attends closes",
        ),
        (
            "(?:travell?ing|visiting|heading|leaving|departing|hosting|convening|chairing|",
            "travelling traveling visiting heading leaving departing hosting convening chairing "
            "attending holding delivering publishing signing launching unveiling addressing "
            "announcing speaking giving meeting",
        ),
    ],
    "_OWN_TRIP": [("(?:fly|travel|head|leave|depart)", "fly travel head leave depart")],
}
_PATTERNS = {"REPORT": (REPORT, REPORT_WORDS), "COMMIT_NOUN": (COMMIT_NOUN, COMMIT_NOUN_WORDS)}
_PATTERNS["ORDER"] = (ORDER, ORDER_WORDS)
_PATTERNS["PRESENT_PLAN"] = (PRESENT_PLAN, PRESENT_PLAN_WORDS)
_PATTERNS["_OWN_TRIP"] = (_OWN_TRIP, OWN_TRIP_WORDS)


def _alternatives(pattern: re.Pattern[str]) -> int:
    """How many top-level alternatives the parser reads in `pattern` (a shared leading
    word boundary is factored out by it)."""
    items = sre_parse.parse(pattern.pattern).data
    branches = [av for op, av in items if op is sre_parse.BRANCH]
    if len(branches) == 1 and len(items) <= 2:
        return len(branches[0][1])
    return 1  # one sequence ("\\b(?:said|says|...)", "(?<=I )(?:fly|...)(?=...)")


def test_the_press_arrangements_words_ignoring_case() -> None:
    # Every alternative of logistics._ARRANGEMENT, read ignoring case, needs one of them.
    assert _ARRANGEMENT.flags & re.IGNORECASE
    for needed in ("(?:open|closed|pooled)", "covered\\s+by", "access", "(?:coverage|spray)"):
        assert needed in _ARRANGEMENT.pattern
    for word in "press media pool cameras photographers reporters journalists".split():
        assert holds_any_folded(word.upper(), ARRANGEMENT_WORDS)
    for word in "background record originate topper".split():
        assert holds_any_folded(word.title(), ARRANGEMENT_WORDS)
    # the letters outside ASCII that the pattern takes for ASCII ones are let through
    for text in ("The preſs is invited", "MEDİA access will be", "ı"):
        assert holds_any_folded(text, ARRANGEMENT_WORDS)
    assert _ARRANGEMENT.search("The preſs is invited") is not None
    assert not holds_any_folded("We will build 40 homes by May.", ARRANGEMENT_WORDS)


@pytest.mark.parametrize("name", sorted(_NEEDED))
def test_every_alternative_needs_one_of_the_words(name: str) -> None:
    pattern, words = _PATTERNS[name]
    # `in` compares exact letters: an ignore-case flag would let a match escape the test
    # (ORDER's one "(?i:" group is followed by a case-sensitive verb, the words it needs).
    assert not pattern.flags & re.IGNORECASE
    assert pattern.pattern.count("(?i") == (1 if name == "ORDER" else 0)
    assert pattern.pattern.count("(?-i") == 0
    assert _alternatives(pattern) == len(_NEEDED[name])  # a new alternative needs its words
    for needed, examples in _NEEDED[name]:
        assert needed in pattern.pattern, needed
        for word in examples.split():
            assert holds_any(word, words), word


_PIECES = st.sampled_from(
    ["he said", "According to", "warned", "commitment to", "£5", "a goal for", "is asked to"]
    + ["The order gives the", "I direct all", " ", ", ", "A", "until", "is visiting", "We fly"]
    + [" to ", "PRESS", "pool coverage", "will be on background"]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=8))
def test_a_skipped_text_has_no_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in reports(text)] == [m.span() for m in REPORT.finditer(text)][:12]
    for pattern, words in list(_PATTERNS.values())[1:]:
        if not holds_any(text, words):
            assert pattern.search(text) is None
    if not holds_any_folded(text, ARRANGEMENT_WORDS):
        assert _ARRANGEMENT.search(text) is None
