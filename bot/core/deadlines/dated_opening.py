"""A span in a sentence that opens on a past day its act was done on (issue 12, stop 52,
tuner b): "On 17 October 2018, the Taoiseach requested a report ... to be presented within
three weeks", "On 25 November, the council agreed to publish the plan within a month". The
span counts from that day, not from the moment of speaking (it had been read from now
without a word: the day dropped, a silent misreading); when it has run out before the words
were said, the time is past.

Only an opening "On <day>," (or "On <day>" with no comma) at the head of the sentence that
holds the span, a day before the day of speaking, a clause told in the past after it and no
"will"/"shall" before the span (what is told ahead counts from now: "On 25 November the
rules changed, and we will reply within two weeks"), and only a span the reader counted
from the moment of speaking. A day reported with a word of saying ("said that ... shortly")
is schedules.counted_from_past's, read before this.

The same opening before an act told ahead ("On 25 November, the council is expected to
publish its plan within a month", stop 53, fix12) dates the act too: the span counts from
that day, whether the day is still ahead or already gone when the words are said
(`span_after`). The reader had chosen the day over the span ("an explicit date beats a
span"), so the span was dropped without a word; said after the day, the day was also
rolled to next year. The day is read as the nearer of its occurrences (the coming one, or
the one gone by), the span from its start (CONVENTIONS 1.1: a window from a start the
sentence gives falls due at its end); a span that ran out before the words were said is
past, as above.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.choose import FLOOR_SLACK, Outcome, read_from, read_outcome
from bot.core.deadlines.context import DATED, DAYS, Ctx, Res

# "On 17 October 2018,", "On Wednesday 25 November the", "On Aug. 1, 2016,": the day is
# what the reader takes from the words after "On", up to a comma
_ON: Final = re.compile(r"[\s\"“‘'(]*on\s+", re.I)
_REACH: Final = 40
_AHEAD: Final = re.compile(clauses.WILL)
_OWN_START: Final = re.compile(r"\b(?:of|after|from|following|since|before)\b", re.I)
_CUES: Final = ("On ", "ON ")  # a substring test first: most texts stop here


def verdict(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """`found` (a span read from now) read again from the past day its sentence opens on;
    None to keep it."""
    cand = found.cand
    if cand is None or cand.kind != "span" or not any(cue in text for cue in _CUES):
        return None
    if _OWN_START.search(found.matched) is not None:
        return None  # a span with a start of its own ("within a week of the vote")
    begin = clauses.sentence_start(text, cand.start, clauses.REACH)
    m = _ON.match(text, begin, cand.start)
    if m is None:
        return None
    rest = text[m.end() : min(cand.start, m.end() + _REACH)].split(",")[0]
    past = Ctx(ctx.reference, ctx.zone, ctx.local, ctx.today, ctx.day_first, True, ctx.fy_end)
    said = read_outcome(rest, past, None)
    day_res = said.cand.res if said is not None and said.cand is not None else None
    if said is None or said.cand is None or said.cand.start != 0 or day_res is None:
        return None
    if day_res.day is None or day_res.precision != "day" or not day_res.day < ctx.today:
        return None  # no day, or today or ahead
    day_words = rest[: said.cand.end]
    end = m.end() + said.cand.end
    end += len(text[end:]) - len(text[end:].lstrip(" ,"))
    between = text[end : cand.start].lower()
    if _AHEAD.search(between) is not None or not clauses.past_form(between):
        return None  # the act after the day is not told as done, or something is ahead
    again = read_from(text, m.start(), end, ctx, day_res.day)
    if again is None or again.cand is None or (due := again.cand.res.due) is None:
        return None
    if due < ctx.reference - FLOOR_SLACK:
        why = f"it counts from {day_words.strip()}, and ran out before the words were said"
        return Outcome(None, again.matched, why, "past")
    return replace(
        again, reason=f"it counts from the day the sentence opens on ({day_words.strip()})"
    )


def _opening_day(text: str, at: int, upto: int, ctx: Ctx) -> tuple[re.Match[str], Res, str] | None:
    """The "On <day>" opening of the sentence holding `at` (before `upto`): its match, the
    day as read looking back (said after it) and ahead, the nearer of the two, and the
    day's words."""
    begin = clauses.sentence_start(text, at, clauses.REACH)
    m = _ON.match(text, begin, upto)
    if m is None:
        return None
    rest = text[m.end() : min(upto, m.end() + _REACH)].split(",")[0]
    found: list[tuple[Res, str]] = []
    for past in (True, False):
        look = Ctx(ctx.reference, ctx.zone, ctx.local, ctx.today, ctx.day_first, past, ctx.fy_end)
        said = read_outcome(rest, look, None)
        if said is None or said.cand is None or said.cand.start != 0:
            continue
        res = said.cand.res
        if res.day is not None and res.precision == "day":
            found.append((res, rest[: said.cand.end]))
    if not found:
        return None
    res, words = min(found, key=lambda f: abs(((f[0].day or ctx.today) - ctx.today).days))
    return m, res, words


def span_after(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """`found`, the day of an "On <day>," opening chosen over a span told ahead after it in
    its sentence ("On 25 November, the council is expected to publish its plan within a
    month"), or that span chosen as counted from now, read again as the span counted from
    the day; None to keep `found`."""
    cand = found.cand
    span = cand is not None and cand.kind == "span"
    if cand is None or not (span or cand.kind in DATED or cand.kind in DAYS):
        return None
    if not any(cue in text for cue in _CUES) or "within" not in text and " in " not in text:
        return None
    # the span chosen from now ("On Monday, the council will publish it within a week"), or
    # the opening's day chosen over the span
    opening = _opening_day(text, cand.start, cand.start if span else cand.end, ctx)
    if opening is None:
        return None
    m, day_res, day_words = opening
    end = m.end() + len(day_words)
    if not span and end < cand.end - 1:
        return None  # the chosen phrase is not the opening's day
    end += len(text[end:]) - len(text[end:].lstrip(" ,"))
    assert day_res.day is not None
    again = read_from(text, m.start(), end, ctx, day_res.day)
    if again is None or again.cand is None or again.cand.kind != "span":
        return None
    if again.cand.start < end or clauses.past_form(text[end : again.cand.start].lower()):
        # an act told as done before the span ("On 25 November the rules changed, and we
        # will reply within two weeks": the reply counts from now), verdict's when past
        return None
    if _OWN_START.search(again.matched) is not None or (due := again.cand.res.due) is None:
        return None  # "within a week of the vote": a start of its own
    if due < ctx.reference - FLOOR_SLACK:
        why = f"it counts from {day_words.strip()}, and ran out before the words were said"
        return Outcome(None, again.matched, why, "past")
    return replace(
        again, reason=f"it counts from the day the sentence opens on ({day_words.strip()})"
    )
