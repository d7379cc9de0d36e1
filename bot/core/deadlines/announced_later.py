"""The later time of an act announced today (issue 12, stop 63; CONVENTIONS 2.3).

"I am today announcing that the scheme will open in April", "Treasury is announcing today its
intention to begin auctioning a new bill in October", "We are today setting out our plan to
legislate in the autumn": the day word dates the announcing (2.1), and the act announced has a
later time of its own, which is the deadline (2.3). The day word had been kept, ranked over a
month or a season as "the later end of a range" (a day word is ordered, a period is not), a
wrong date with no warning.

Only a day word of the present ("today", "this morning", "this afternoon") beside a verb of
making known in the present ("am announcing", "is today publishing", "are setting out"), and
what is made known right after it: a "that" clause, or an intention, a plan, a decision or a
proposal "to" do something. The later time is read from those words alone, to the sentence's
end, a vague one included ("that the review will report soon": its window, 5.1); a time that
reads as no deadline there (a start, a past, a refusal) leaves the day word.
"I am today publishing the grant allocations for 2024-25" names no act announced: kept.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from bot.core.deadlines import stops
from bot.core.deadlines.choose import FLOOR_SLACK, Outcome, read_outcome
from bot.core.deadlines.context import Ctx
from bot.core.deadlines.words import phrase_at

_TODAY: Final = frozenset(("today", "this morning", "this afternoon"))
_MAKE_KNOWN: Final = (
    r"(?:announcing|publishing|setting\s+out|unveiling|confirming|outlining|launching)"
)
# the verb of making known in the present, the day word after it ("is announcing today"),
# inside it ("am today announcing") or heading the sentence ("Today, we are announcing")
_VERB_BEFORE: Final = re.compile(
    r"\b(?:am|is|are|['\u2019]m|['\u2019]re)\s+(?:also\s+)?" + _MAKE_KNOWN + r"\s+$", re.I
)
_AUX_BEFORE: Final = re.compile(r"\b(?:am|is|are|['\u2019]m|['\u2019]re)\s+(?:also\s+)?$", re.I)
_VERB_AFTER: Final = re.compile(r"\s+(?:also\s+)?" + _MAKE_KNOWN + r"\b", re.I)
_HEAD: Final = re.compile(r"(?:^|[.!?]\s+|\n)\s*$")
_SUBJECT_VERB_AFTER: Final = re.compile(
    r"\s*,?\s*(?:[a-z'\u2019-]+\s+){1,3}?(?:am|is|are)\s+(?:also\s+)?" + _MAKE_KNOWN + r"\b",
    re.I,
)
# what is made known: a "that" clause, or an intention, a plan, a decision or a proposal to act
_CONTENT: Final = re.compile(
    r"\s*,?\s*(?:that\s+|(?:its|our|their|his|her|the|my|a)\s+(?:[a-z]+\s+)?(?:intention|plans?"
    r"|decision|proposals?|commitment)\s+to\s+)",
    re.I,
)
# the sentence's end as stops.py finds it: not the stop of "Mr.", "St." or "a.m." (stop 63
# review: "I am today announcing that Mr. Jones will ... report in the autumn" read no later time)
_SENTENCE_END: Final = re.compile(r"[;!?](?=\s|$)|" + stops.STOP, re.I)
_REACH: Final = 300


def reread(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The announced act's later time; None to keep `found`."""
    cand = found.cand
    if cand is None or cand.res.due is None or cand.kind != "dayword":
        return None
    if found.matched.lower() not in _TODAY:
        return None
    at = phrase_at(text, found.matched, cand.start)
    if at < 0:
        return None
    end = at + len(found.matched)
    content_at = _made_known_at(text, at, end)
    if content_at < 0:
        return None
    content = _CONTENT.match(text, content_at)
    if content is None:
        return None
    stop = _SENTENCE_END.search(text, content.end(), content.end() + _REACH)
    words = text[content.end() : stop.start() if stop is not None else content.end() + _REACH]
    later = read_outcome(words, ctx, FLOOR_SLACK)
    if later is None or later.cand is None or (due := later.cand.res.due) is None:
        return None
    if due <= cand.res.due:
        return None
    shift = content.end()
    parts = tuple((a + shift, b + shift) for a, b in later.cand.words)
    moved = replace(
        later.cand, start=later.cand.start + shift, end=later.cand.end + shift, words=parts
    )
    reason = f"chosen over “{found.matched}”: the act announced has a later time of its own"
    return replace(later, cand=moved, reason=reason)


def _made_known_at(text: str, at: int, end: int) -> int:
    """Where the words made known start, after the verb of making known beside the day word
    at text[at:end]; -1 when there is no such verb."""
    if _VERB_BEFORE.search(text, max(0, at - 60), at) is not None:
        return end  # "Treasury is announcing today its intention to ..."
    if _AUX_BEFORE.search(text, max(0, at - 20), at) is not None:
        inside = _VERB_AFTER.match(text, end)  # "I am today announcing that ..."
        return inside.end() if inside is not None else -1
    if _HEAD.search(text, max(0, at - 4), at) is not None:
        head = _SUBJECT_VERB_AFTER.match(text, end)  # "Today I am announcing that ..."
        return head.end() if head is not None else -1
    return -1
