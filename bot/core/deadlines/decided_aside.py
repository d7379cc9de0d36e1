"""The date of a past decision in an "as agreed" aside is no day of the act (issue 12, stop 54
review).

"No. 2 shall be taken at 4.15 p.m., as agreed by the House on 25 November." said on 2
December: 25 November is the day the House agreed the business, and the clock time belongs
to the sitting day, the day of speaking (CONVENTIONS 6.3). Before, the past decision's date
was rolled to next year and joined with the time (25 November 2027, 16:15).

An aside opened by "as" and a participle of deciding or telling ("agreed", "announced",
"decided", "resolved", "ordered", "confirmed", "approved", "reported", "stated"), perhaps with
its agent ("by the House", "by the Business Committee"), then one date of its own ("on 25
November", "on Monday", "yesterday", "last week"), standing alone between a comma, a
sentence's start or a bracket and a comma, a stop or a bracket: that date is hidden before the
scan (misread.py), every character in its place. The aside's words stay, so that the rest of
the sentence reads as "..., as agreed by the House." does.

An aside with no date ("as agreed, on 1 April": the date is the act's) is left alone.

A plan's participle ("as planned on Friday", "as scheduled for 9 December", "as originally
expected, on Thursday") names the act's own day: the aside's opening words are hidden, so that
the day joins the clock time before the aside as it does with no aside ("at 5 p.m., as
planned on Friday" is read as "at 5 p.m., on Friday"). Before, the time was dropped and the
act fell due at the day's end (stop 54). When the sentence has given the act a day before
the aside ("on 9 December at 5 p.m., as scheduled on Monday"), the aside's date is the
planning's and is hidden, as a decision's is.

A date hidden so is named in the reason ("the aside's date “on 3 December” set aside"): the
issue asks that every number used or refused be named (`set_aside`, misread.py; stop 55).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import MONTH_WORD, WEEKDAY, blanked

_DECIDED: Final = (
    r"(?:agreed|announced|decided|resolved|ordered|confirmed|approved|reported|stated|promised)"
)
# "by the House", "by the Business Committee", "by Members", "with the Opposition"
_AGENT: Final = r"(?:\s+(?:by|with)\s+(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)?"
_DATE: Final = (
    rf"(?:on\s+(?:{WEEKDAY},?\s+)?(?:[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}"
    rf"|{MONTH_WORD}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)[0-9]{{2}})?"
    rf"|on\s+{WEEKDAY}|yesterday|last\s+(?:week|month|{WEEKDAY}))"
)
# an aside's start: after a comma, a sentence's end or a bracket, or the text's start
_OPEN: Final = r"(?:(?<=,\s)|(?<=[.!?(]\s)|(?<=\()|^)as\s+"
_OPENS: Final = "(?i)" + _OPEN
_ASIDE: Final = re.compile(
    _OPENS + _DECIDED + _AGENT + r"\s+(?P<date>" + _DATE + r")(?=\s*(?:[.;,)]|$))"
)


# a day the words write: a weekday, "5 December" or "December 5"
_DAY: Final = (
    r"(?:"
    + WEEKDAY
    + r"|[0-9]{1,2}(?:st|nd|rd|th)?\s+"
    + MONTH_WORD
    + r"|"
    + MONTH_WORD
    + r"\s+[0-9]{1,2})"
)
_PLANNED: Final = (
    r"(?:planned|scheduled|expected|intended|foreseen|envisaged|envisioned|timetabled|programmed)"
)
# (its "for" read as "on": "as planned for Friday")
_PLAN_ASIDE: Final = re.compile(
    _OPENS
    + r"(?:(?:originally|previously|initially|already|first)\s+)?"
    + _PLANNED
    + _AGENT
    + r"\s*,?\s+(?P<date>(?P<for>for\s+)?(?:on\s+)?"
    + _DAY
    + r"\b)"
)
# a day given before the aside in its sentence ("on Friday at 5 p.m., as planned on
# Monday"): the act has its day, and the aside's date is the planning's
_DAY_BEFORE: Final = re.compile(
    rf"\b(?:{WEEKDAY}|today|tomorrow|tonight|{MONTH_WORD}\s+[0-9]{{1,2}}\b"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD})",
    re.IGNORECASE,
)
# the participles alone, a cheaper look than the cue's for the many texts with none
_PLAN_WORDS: Final = (
    "planned",
    "schedul",
    "expected",
    "intended",
    "foreseen",
    "envis",
    "timet",
    "programmed",
)
_PLAN_CUE: Final = re.compile(r"[Aa]s\s+(?:[a-z]+\s+)?" + _PLANNED + r"\b")


# A decision's aside with no date ending the sentence ("on Friday, as agreed.", "..., as
# announced by the Minister."): hidden, so that its past participle does not make the act's
# day past (it was refused as "past", stop 54)
_LAST_ASIDE: Final = re.compile(
    r"(?i)(?<=,\s)as\s+(?:(?:originally|previously|already)\s+)?(?:"
    + _DECIDED
    + "|"
    + _PLANNED
    + r")"
    + _AGENT
    + r"(?=\s*(?:[.;!?]|$))"
)


# Any "as" aside set off on both sides between a time and the day after it ("at 5 p.m., as
# set out in the notice, on Friday", "at 5 p.m. (as planned) on Friday", "at 5 p.m. - as
# planned - on Friday"), and a decision's aside closed by a comma before a day wherever it
# stands ("at noon, as agreed, on Friday", "as agreed by the House on 25 November, on
# Friday"): hidden, so that the day joins the time before it as with no aside (the day or the
# time was dropped, stop 54). The first three hold no number: a date of their own is read.
_WORDS: Final = r"as\s+[a-z'-]+(?:\s+[a-z'-]+){0,7}?"


def _after_time(gap: str) -> str:
    """A look behind for a clock time's last word then `gap`: a digit or "a.m."/"pm", "noon",
    "midday", "midnight", a zone's capitals ("GMT", "AEST") or "time" ("London time"). The
    words and zones were left out, and the time was dropped (stop 55)."""
    ends = ("[0-9.m]", "noon", "midday", "midnight", r"\b(?-i:[A-Z]{3})", r"\b(?-i:[A-Z]{4})")
    return "(?:" + "|".join(f"(?<={end}{gap})" for end in (*ends, r"\btime")) + ")"


_SET_OFF: Final = re.compile(
    # (an aside's first character is looked at first: the looks behind are many)
    r"(?i)(?=[a(\-\u2013\u2014])(?:"
    + _after_time(r",\s")
    + _WORDS
    + r"\s*,|"
    + _after_time(r"\s")
    + r"\(\s*"
    + _WORDS
    + r"\s*\)|"
    + _after_time(r"\s")
    + r"[-\u2013\u2014]\s+"
    + _WORDS
    + r"\s+[-\u2013\u2014]|"
    + _OPEN
    + _DECIDED
    + _AGENT
    + r"(?:\s+"
    + _DATE
    + r")?\s*,)(?=\s+on\s+"
    + _DAY
    + r"\b)"
)


# the aside's opening alone: most texts have none, and this look is cheaper than the aside's
_CUE: Final = re.compile(r"[Aa]s\s+" + _DECIDED + r"\b")


def hide(text: str) -> str:
    """`text` with the date of an "as agreed ... on <date>" aside blanked, and the opening
    words of an "as planned on <day>" aside."""
    if "s " not in text:
        return text
    if any(word in text for word in _PLAN_WORDS) and _PLAN_CUE.search(text) is not None:
        text = _PLAN_ASIDE.sub(_blank_plan, text)
    if ("as " in text or "As " in text) and "on " in text:
        text = _SET_OFF.sub(blanked, text)
    if _CUE.search(text) is None:
        return text
    text = _ASIDE.sub(_blank_date, text)
    return _LAST_ASIDE.sub(blanked, text)


# a day an aside writes, as the reason names it
_DATE_SEEN: Final = re.compile(r"(?i)\b" + _DATE + r"\b")


def set_aside(text: str) -> list[str]:
    """The dates of `text`'s asides that `hide` blanks ("on 3 December" of "by Friday, as
    agreed on 3 December, ..."), as `text` writes them: a reason names every day it does not
    use (issue 12). A date whose words are all blanked is one; a plan's day that joins the
    time before it keeps its words and is not."""
    hidden = hide(text)
    if hidden == text:
        return []
    return [
        found[0]
        for found in _DATE_SEEN.finditer(text)
        if not hidden[found.start() : found.end()].strip()
    ]


def _blank_date(found: re.Match[str]) -> str:
    """The aside with its date's characters as spaces."""
    start = found.start("date") - found.start()
    return found[0][:start] + " " * (len(found[0]) - start)


def _blank_plan(found: re.Match[str]) -> str:
    """The plan aside's opening as spaces, its "for" as "on"; or, after a day of the act's
    own, its date as spaces (as a decision's)."""
    text, start = found.string, found.start()
    head = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    date = found.start("date") - start
    if _DAY_BEFORE.search(text, head, start) is not None:
        return found[0][:date] + " " * (len(found[0]) - date)
    if found["for"] is None:
        return " " * date + found[0][date:]
    return " " * date + " on" + found[0][found.end("for") - start - 1 :]
