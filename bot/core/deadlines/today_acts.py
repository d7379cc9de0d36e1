"""The day of a release restated in brackets (issue 12, round 26e).

Irish and UK releases date the act twice: "Minister X today (3rd January 2020) announced
the approval of ...", "today (Wednesday) launched", "today (Tuesday 1 June) welcomed". The
bracket restates "today" (told.restates_today), so the verb after it is the act's, told
done: "today" is the day of the act (acts.done_today reads past it), and so is the day in
the bracket, which is "today" said again (read here until round 28b; governing.py reads
it now). Only a past verb right after the bracket, past
an adverb ("today (Monday) formally launched"), counts: "today (Monday) will announce" and
"from today (12 May) parents can apply" keep their own readings, and so does a bidding
("Return today (Wednesday) completed forms": the past form is an adjective).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.clauses import DONE_TODAY, FUTURE, past_word
from bot.core.deadlines.words import RELEASE_DONE

# the bracket after "today": a date or a weekday, short
_RESTATED: Final = re.compile(r"\s*\([^()]{1,40}\)")
# the verb right after the bracket, past one adverb
_VERB_AFTER: Final = re.compile(r"[\s,]*(?:[a-z]+ly\s+)?([a-z]+)\b")
# "Return today (Wednesday) completed forms": one word, not a pronoun, opens the sentence
# before "today", a verb of bidding; the past form after the bracket is then an adjective
_BIDDING: Final = re.compile(r"(?:^|[.!?\n]\s*)([a-z]+)\s+$")
_PRONOUNS: Final = frozenset(("he", "she", "it", "we", "they", "i"))


def _bidden(text: str, today_at: int) -> bool:
    m = _BIDDING.search(text, max(0, today_at - 20), today_at)
    return m is not None and m[1] not in _PRONOUNS


def past_restated(text: str, end: int) -> int:
    """Where the words after "today" ending at `end` go on, past a bracket restating the
    day ("today (3rd January 2020) announced"), when a past verb follows it; else `end`."""
    if not text.startswith(" (", end) and not text.startswith("(", end):
        return end
    m = _RESTATED.match(text, end)
    verb = _VERB_AFTER.match(text, m.end()) if m is not None else None
    if verb is None or not past_word(verb[1]) or _bidden(text, end - 5):
        return end
    return verb.start(1) - 1  # the verb next, past any adverb, as after a bare "today"


# "At the Cabinet meeting today,", "During his visit today,": a phrase of place or occasion
# opening the sentence and closing on "today"
_FRONTED: Final = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:at|during|in|after|following)\s+(?:[a-z0-9'\u2019-]+\s+){1,6}$"
)
# "Today, the Honourable X, Minister of ..., announced": a subject set off by commas (a
# name and a title), then a verb of telling or deciding in the past
_LONG_SUBJECT: Final = re.compile(
    r",\s*[^;:.!?()]{3,160}?,\s*(?:[a-z]+ly\s+)?(?:" + RELEASE_DONE + r")\b"
)


def fronted_done(text: str, start: int, end: int) -> bool:
    """ "today" at text[start:end] closes a fronted phrase of occasion ("At the Cabinet
    meeting today, the Government gave approval ...") or opens the sentence before a long
    subject ("Today, the Honourable X, Minister of ..., announced"), and the main clause
    tells a past act."""
    if not text.startswith(",", end):
        return False
    at_start = start == 0 or text[max(0, start - 2) : start].strip(" ") in (".", "!", "?")
    if at_start:
        return _LONG_SUBJECT.match(text, end) is not None
    if _FRONTED.search(text, max(0, start - 80), start) is None:
        return False
    m = DONE_TODAY.match(text, end)
    return m is not None and FUTURE.search(m.group()) is None


# "travelled to Belfast this morning": "to" after a verb of going names a place, not a
# plan ("asked the department to respond by 5 p.m. today"); not after "moved" or "came",
# which take a verb as often ("Officials moved to confirm that bids are due by 5 p.m.")
_WENT_TO: Final = re.compile(
    r"\b(travell?ed|went|flew|returned|headed|drove|sailed|arrived|walked)\s+to\b"
)


def unmoved(words: str) -> str:
    """`words` for told._told_past, which takes any "to <verb>" for a plan: the "to" of a
    place gone to is dropped (see `_WENT_TO`)."""
    return _WENT_TO.sub(r"\1", words) if "to" in words else words
