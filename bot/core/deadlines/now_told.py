"""The current period of what a text reports as now or done (issue 12, round 23a).

"this year", "this month", "this week" set a deadline when an act is still to come in
them ("will publish the report this month", "allocations will be increased this year").
Told of what already happened or of how things stand, they name no time for anything:

- a past or perfect verb in their clause ("The wet conditions this year have allowed
  Reclamation to meet full allocations", "Rainfall this month broke the record");
- a present state ("Prices this year are higher than ever", "storms ... are unusual");
- the period's own thing, named by the possessive, as "today's <noun>" is (cues.py): "With
  this month's update, ... allocations are increased to 70%", "This year's figures show".

The sentence must hold nothing of the future, a plan, a need or an obligation ("were
supposed to be connected this year", "we can get this done this year", "expected to issue
during this month" keep the period's end), no deadline word in front ("by this year",
"later this year" are read elsewhere) and be no question. A present of an act ("the scheme
opens this month", "we are publishing it this month") reads as a plan and keeps its time.

Also here: "this late in the year", "so early in the season" compare how far into the
period something falls; they give no time at all (`degree`).

Read by gate.current_period_past (the "this" cue family) and labels.first_look.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.context import Hit

_THIS: Final = re.compile(r"(?:this|the\s+current)\s+(?:week|month|year|quarter)")
# a word in front that makes the period a bound or a part of another time phrase
_BOUND_BEFORE: Final = re.compile(
    r"\b(?:by|before|until|till|through|thru|within|of|to|end|later|earlier|since|from"
    r"|after|than|as|for|throughout|all|rest)\s+$"
)
# the future, a plan, a need, an obligation or a possibility anywhere in the sentence
_AHEAD: Final = re.compile(
    r"\b(?:will|shall|would|going\s+to|to\s+be|is\s+to|are\s+to|has\s+to|have\s+to|had\s+to"
    r"|may|might|must|can|could|should|ought|expect\w*|plan\w*|intend\w*|aim\w*|hope\w*"
    r"|anticipat\w*|propos\w*|due|scheduled|set\s+to|supposed|deadline|target\w*|promis\w*"
    r"|pledg\w*|undertak\w*|commit\w*|vow\w*|need\w*|want\w*|seek\w*|try|trying|ready"
    r"|ahead|until|soon|next|later|remain\w*\s+to|yet\s+to|still\s+to)\b|'ll\b"
)
# a perfect, or a state had: "have allowed", "has cut", "has been", "have a surplus"
_PERFECT: Final = re.compile(
    r"\b(?:has|have|had)\s+(?!(?:to|this|the\s+current|until|till|got|yet)\b)[a-z]{2,}"
)
# a present state: "are unusual", "is higher", "are increased" (not a progressive, which
# reads as a plan, nor a word that opens a window or names the time: "is open this month")
_STATE: Final = re.compile(
    r"\b(?:is|are|remains|stays)\s+(?:(?:now|also|still|already|much|far|very)\s+)?"
    r"(?!(?:this|the|in|on|at|by|due|to|set|scheduled|expected|planned|going|about|likely"
    r"|open|available|effective|valid|live|out|up|back|a|an|one|being|held)\b)"
    r"[a-z]{3,}(?<!ing)\b"
)
_POSSESSIVE: Final = re.compile(r"'s\b")
# at most this many words between a comma and "this <period>" are read as the rest of a
# place's name ("Baltimore, MD", "Valley Road in Hebden Bridge"), not a clause of their own
_PLACE_WORDS: Final = 5
# words that open a clause of their own after a comma ("..., and this week we sign")
_CLAUSE_OPENERS: Final = frozenset(
    "and or then while when as but yet so if we i he she they it you who which that".split()
)
# "have more options ... with two popular sites reopening in the park this week": the period
# is the participle's act, told ahead, not the state of the clause it hangs on (stop 57)
_WITH_ING: Final = re.compile(r"\bwith\s+(?:[a-z0-9-]+\s+){1,5}?[a-z]{3,}ing\b")


# a bracket right after the period that restates its day: "This week (26 May) the Minister
# attended ...", "Today (Tuesday) we published ..."
_ASIDE: Final = re.compile(r"\s*\([^()]{1,30}\)")


def past_aside(text: str, end: int) -> int:
    """Where the words after a phrase go on, past a short bracket right after it (stop 59:
    the bracket ended the clause, so the verb after it was never read)."""
    if not text.startswith("(", end) and not text.startswith(" (", end):
        return end  # most phrases: no bracket
    m = _ASIDE.match(text, end)
    return m.end() if m is not None else end


def reported_now(text: str, core: str, end: int) -> bool:
    """Whether "this <period>" at text[end - len(core):end] is told of what is done or
    now (see the module docstring)."""
    if _THIS.fullmatch(core) is None:
        return False
    start = end - len(core)
    if _BOUND_BEFORE.search(text, max(0, start - 24), start) is not None:
        return False
    rest = clauses.sentence_after(text, end)
    if text[end + len(rest) : end + len(rest) + 1] == "?":
        return False  # a question: labelled both ways
    head = text[clauses.sentence_start(text, start, clauses.REACH) : start]
    if _AHEAD.search(head) or _AHEAD.search(rest):
        return False
    if _POSSESSIVE.match(text, end):
        return True  # "With this month's update, ...", "This year's figures show": a name
    before = clauses.clause_before(text, start)
    if (
        0 < len(parts := before.split()) <= _PLACE_WORDS
        and text.endswith(",", 0, start - len(before))
        and _CLAUSE_OPENERS.isdisjoint(parts)
    ):
        # "travelled to Skopje, North Macedonia this week": the words after the comma name
        # a place, and the clause whose verb the period goes with began before it (stop 59)
        before = head
    if (participle := _WITH_ING.search(before)) is not None:
        before = before[participle.start() :]  # "with two sites reopening ... this week"
    words = before + " " + clauses.clause_after(text, past_aside(text, end))
    return (
        _PERFECT.search(words) is not None
        or clauses.past_form(words)
        or _STATE.search(words) is not None
    )


# "this late in the year", "so early in the season", "too late in the day": how far into
# the period, no time of its own
_DEGREE: Final = re.compile(r"\b(?:this|that|so|too)\s+(?:late|early)\s+in\s+$")


def degree(text: str, hit: Hit) -> bool:
    """A period after "this/so/too late in" or "early in": a comparison, no time at all."""
    if hit.kind != "period" or not hit.pre.endswith("in "):
        return False
    at = hit.start + len(hit.pre)  # the modifier "late" is still in front of the phrase
    return _DEGREE.search(text, max(0, at - 24), at) is not None


# "Today, depository institutions are strong and profitable." (round 26f): "Today," at the
# head of its sentence, then a subject of at most four words and a present state: how things
# stand now, no time for anything. Not a state that is the day's own event ("Today, the
# office is closed", "the portal is unavailable"), nor anything of the future or a plan in
# the sentence.
_TODAY_STATE: Final = re.compile(
    r"\s*,\s*(?:[a-z-]+\s+){1,4}?(?:is|are|remains|remain|stays|stay)\s+"
    r"(?:(?:now|also|still|already|much|far|very|more|less)\s+)?"
    r"(?!(?:closed|shut|off|cancell?ed|unavailable|inaccessible|suspended|postponed|delayed"
    r"|this|the|in|on|at|by|due|to|set|scheduled|expected|planned|going|about|likely|open"
    r"|available|effective|valid|live|out|up|back|a|an|one|being|held)\b)[a-z]{3,}(?<!ing)\b"
)


def state_today(text: str, hit: Hit) -> bool:
    """Whether "Today," opening its sentence tells a present state (lower-case text)."""
    if hit.core != "today" or hit.pre.strip() or text[hit.start - 1 : hit.start].isalnum():
        return False
    if text[clauses.sentence_start(text, hit.start, clauses.REACH) : hit.start].strip():
        return False  # not the head of its sentence
    if _TODAY_STATE.match(text, hit.end) is None:
        return False
    rest = clauses.sentence_after(text, hit.end)
    return (
        text[hit.end + len(rest) : hit.end + len(rest) + 1] != "?" and _AHEAD.search(rest) is None
    )
