"""Spans that are an amount of time, not a time ahead (moved out of cues.py at stop 52, for
the layout's 700-line limit): a bare span with no time word in front ("our debate on 42
days", "one week between now and the recess"), the size of a delay, a duration or an
extension ("postponed by a week", "can take ten days", "extends ... for an additional 186
days"), a length in the subject ("the impact of closing the park for 16 days has been",
stop 60), and a speaking time an order allows ("for no more than 10 minutes"). Time given to
act ("He has 30 days to appeal") and a period with its start ("for a period of five years
beginning on 1 June 2016") are not amounts. cues.with_cues asks these of each phrase.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import (
    clauses,
    countdown,
    durations,
    hypothetical,
    looked_back,
    orders,
    past_acts,
    told,
)
from bot.core.deadlines.context import Hit, Res, holds

# a span that measures how long things are: "ranging from 30 to 90 minutes" (stop 58)
_RANGING: Final = re.compile(r"\b(?:rang(?:e|es|ing)|var(?:y|ies|ying))\s+$", re.I)
_FOR_END: Final = re.compile(r"\bfor(?:\s+(?:a\s+further|another|the\s+next))?\s*$")

# "for a period of five years beginning on 1 June 2016": a window with its start (1.1), not
# an amount; read from that start by orders.from_stated_start ("on 1 January, for a term of
# five years" keeps the day itself: the start comes first)
_FOR_A_PERIOD: Final = re.compile(r"\bfor\s+a\s+(?:further\s+|total\s+)?(?:period|term)\s+of\s*$")
# ... only when a date follows: "beginning on 1 June", "starting on Monday", "starting in
# January"; not "beginning on the day the notice is served", "starting from the date of
# discharge", "beginning when the notice is served" (an undated event: CONVENTIONS 1.3)
_STARTING_AFTER: Final = re.compile(
    r"\s*,?\s*(?:starting|beginning|commencing)\s+(?:(?:on|from|in|with)\s+)?(?:the\s+)?"
    r"(?:[0-9]|today\b|tomorrow\b|next\b|this\b|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr"
    r"|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
# A span with none of these words and no time word in front ("one week between now and
# the recess", "42 days was too long") is an amount of time, not a deadline.
_BARE_SPAN: Final = re.compile(
    r"\b(?:next|coming|following|upcoming|from|hence|later|time|of|after|since|before|prior|on)\b"
)
# "He has 30 days to appeal", "they were given 14 days": time to act, counted from now.
_GIVEN_TIME: Final = re.compile(
    r"\b(?:has|have|had|given|gets?|got|allowed|granted|gives?|giving|allowing)\s+(?:only\s+|just\s+)?$"
    # "This notice allows for an additional 30 days": time given from now
    r"|\b(?:an?\s+)?(?:additional|further|extra)\s*$"
)


# the sentence's own verb right after a "for" span: the span lies in the subject ("The
# economic impact of closing the park for 16 days has been extremely tough", "A remedy
# suspending his use of the tool for six months has the support of three arbitrators"),
# the length of a thing named, no act's time (stop 60)
_SUBJECT_VERB: Final = re.compile(r"\s+(?:has|have|had|is|was|were|are)\b")


# a length an act may last, counted from its own undated start
# "spokespersons not to exceed 8 minutes", "the Minister to be given no less than six
# minutes to reply": a speaking time, counted from a start the order does not date
_FOR_AT_MOST: Final = re.compile(
    r"\b(?:for\s+(?:no\s+more\s+than|not\s+more\s+than|up\s+to|a\s+maximum\s+of|at\s+most)"
    r"|not\s+to\s+exceed|(?:to\s+)?be\s+given(?:\s+(?:no|not)\s+less\s+than)?)\s*$"
)


def speaking_limit(text: str, hit: Hit, res: Res) -> bool:
    """ "allowed to testify at the hearing, but for no more than 10 minutes" """
    if res.precision != "minute":
        return False
    at = hit.start + len(hit.pre)
    return _FOR_AT_MOST.search(text, max(0, at - 40), at) is not None


def an_amount(text: str, hit: Hit, clause: str) -> bool:
    """A span with no time word in front, no "for" and no time given ("our debate on 42
    days", "one week between now and the recess"): an amount, unless time left (countdown)."""
    return (
        hit.kind == "span"
        and hit.pre.strip() in ("", "on", "at")
        and _BARE_SPAN.search(hit.core) is None
        and not _FOR_END.search(clause)
        and not (_FOR_A_PERIOD.search(clause) and _STARTING_AFTER.match(text, hit.end))
        and not _GIVEN_TIME.search(clause)
        and not (countdown.time_left(text, hit.end) or orders.launched_span(text, hit.start))
    )


def a_size(text: str, hit: Hit, clause: str, whole_clause: str) -> bool:
    """A span that is the size of a delay, of a duration or of an extension from an end
    not given ("postponed by a week", "can take ten days", "extends ... for an additional
    186 days"), not a time ahead; a vague one only right after "take" ("is expected to take
    several weeks"); either, told of an act the speaker only weighs under a "would"."""
    if hypothetical.weighed(text, hit):
        return True  # "The request, if granted, would authorize ... for 10 years"
    if hit.kind == "vague":
        return told.vague_size(text, hit)
    pre = hit.pre
    at = hit.start + len(pre)
    if holds(text, "rang") or holds(text, "var"):
        if _RANGING.search(text, max(0, hit.start - 24), hit.start) is not None:
            return True  # "presentations, ranging from 30 to 90 minutes": their lengths
    before = text[max(0, at - 120) : at].lower()
    if holds(text, "first") and past_acts.first_time_in(before, hit.core):
        return True  # "for the first time in 12 years": back from now, whatever the tense
    if past_acts.span_head_done(text, hit.start, hit.end):
        return True  # "For over 100 years, Canadians have entrusted": how long, up to now
    if looked_back.superlative_for(before, hit.core.lower()):
        return True  # "the first census for seven years": back from now (looked_back.py)
    if _FOR_END.search(clause + pre) and _SUBJECT_VERB.match(text, hit.end) is not None:
        return True  # "The impact of closing the park for 16 days has been": in the subject
    return (
        clauses.delay_size(clause + pre)
        or clauses.duration_estimate(whole_clause + pre)
        or durations.event_length(whole_clause + pre, hit.core, text[hit.end : hit.end + 48])
        or (
            holds(text, "extend")
            and durations.extension_size(
                clauses.clause_before(text, hit.start, sentence=True) + pre, hit.core, text, hit.end
            )
        )
    )
