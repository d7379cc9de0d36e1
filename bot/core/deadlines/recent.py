"""A year-less date gone a few weeks ago (issue 12, round 15): the recent past, when the
sentence looks back at it.

The calendar places a year-less date at its next occurrence, so "on 20 November" said on 2
December lands eleven and a half months ahead. That is right for most sentences, which
name what is to come in the present tense as often as with a modal ("The new rules take
effect on 1 November", "Registration opens on 15 October", "I pledge to deliver the report
on 30 November"): a pledge tracker that read those as past would drop a member's deadline.
So the default stays ahead, and a recent date is the past one only when something in its
own sentence looks back at it (round 15 review):

- a retrospective frame in front of it: "the position on/at", "as at", "as of", "in the
  light of" ("I can report now on the position at the end of the payment window on 30
  June", said 5 July; "in the light of the attacks ... on 13 November, what steps ...");
- or a past verb in its own clause ("On 19 April ... my right hon. Friend reported on
  progress", "the report—published on 20th January—"), or later in its sentence, past a
  comma or a "which", when nothing in the sentence looks ahead (stop 41: "the late August
  or early September date which my 17 July statement suggested", said 17 September). A
  past verb before the date's own clause does not count: "The council announced new
  hours, with the last branches switching in early November" is November ahead;
- or an event it dates, named by a noun after "following" or "after" with no verb between
  ("following the NHS declaration of a Level 4 National Incident on 30 January", said 17
  March; "... whether they will publish the statement made following the visit by officials
  on 14 and 15 March"): what something follows has happened before it, so the date just
  gone is that event's, whatever the main clause says of the future (stop 37).

Even then it stays ahead when the date's weekday fits only next year's ("Friday 19
November", said in December 2026 when last year's 19 November was a Thursday), when its
clause holds a modal, a promise, a need or a plan ("will", "can", "pledge to", "need to",
"scheduled", "due", "ahead of", "in time for"), when a "Label:" names it ("Completion date:
30 November"), when the sentence names a later year, and when it states a habit. And it
needs a date with no year or bound of its own and a last occurrence at most
`_RECENT_DAYS` days before the day of speaking.

Every look-around is bounded (200 characters before, 160 after): a long text of dates must
not make the check of each one read the rest of it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from bot.core.deadlines import clauses, standing, stops
from bot.core.deadlines.vocabulary import MONTHS, PLAN_PARTICIPLES
from bot.core.deadlines.words import MONTH, WEEKDAY_STEMS

# Nine weeks: long enough for "the end of August" said in mid-October, short enough that a
# date half a year back ("the Games begin on 6 March", said in September) is not touched.
_RECENT_DAYS: Final = 62
_AROUND: Final = 200
_OWN_YEAR: Final = re.compile(r"[0-9]{4}|\bnext\b|'[0-9]|\bthis\b|\blast\b")
# a frame that takes the date as known: "the position at the close of ... on", "as at"
_LOOKING_BACK: Final = re.compile(
    r"\b(?:the\s+position|as\s+(?:at|of)|in\s+the\s+light\s+of|in\s+light\s+of)\b"
)
# The period nouns that run long enough to be the current period still (`_long`: "the year
# ending 31 March", said in May, may be next March's), one list for both (stop 50, fix50).
_LONG_PERIODS: Final = ("year", "period", "months")
# a period named by its last day: "the week ending 3 August", "the quarter ended 30 June",
# "the year ending 31 March", "the 12 months ending", "the three months to 30 June", "the
# financial year to 31 March" (issue 12, stops 47-48): a date just gone ends a period
# already covered, whatever the sentence then says of its figures ("... will be published
# on Friday")
_PERIOD_ENDING: Final = re.compile(
    r"\b(?:weeks?|fortnight|month|quarter|" + "|".join(_LONG_PERIODS) + r")"
    r"\s+(?:ending|ended)\s+(?:on\s+)?$"
    r"|\bthe\s+(?:(?:[0-9]{1,2}|two|three|four|six|nine|twelve)\s+)?"
    r"(?:(?:financial|fiscal|tax|calendar)\s+)?(?:weeks?|months?|quarter|year)\s+to\s+$"
    # "the period from 1 April to 30 June" (stop 49, fix49): the period's end, just gone
    r"|\b(?:period|quarter|months|weeks)\s+(?:(?:from|between)\s+|(?=[0-9]))[^.;:!?]{3,30}?\s+(?:to|until"
    r"|till|and|-|–)\s+$"
)
# a time still to come in the clause: a modal, a promise, a need, a plan or a deadline word
_AHEAD: Final = re.compile(
    r"\b(?:will|shall|would|going\s+to|is\s+to|are\s+to|may|must|can|could|should|might"
    r"|(?<!than\s)expect\w*|plan\w*|intend\w*|aim\w*|hope\w*|due|scheduled|set\s+to|deadline|target\w*"
    r"|until|next|promis\w*|pledg\w*|undertak\w*|commit\w*|vow\w*|need\w*|want\w*|ready"
    r"|determined|ahead\s+of|in\s+time\s+for)\b|'ll\b"
)
# a bound or a deadline word in front ("not before June", "by the end of November") looks
# ahead or gives a start: the clause checks of cues.py read those
_BOUND: Final = re.compile(r"\b(?:before|after|until|till|by|from|since|later|within)\b")
# a past verb of the date's own: "the report—published on 20th January", "which met on"
_PAST_RIGHT_BEFORE: Final = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)\b(?:was|were|had|did|held|met|took|made|came|went"
    r"|began|ran|sat|fell|rose|said|told|gave|sent|paid|(?!(?:" + PLAN_PARTICIPLES + r")\b)"
    r"[a-z]{3,}ed)\s+$"
)
# an event named by a noun after "following"/"after" (not "the following"), running to the
# date with no punctuation: "following the NHS declaration of a Level 4 National Incident"
_AFTER_EVENT: Final = re.compile(
    r"\b(?<!the\s)(?:following|after)\s+(?:the|a|an|its|their|his|her|our|this|that)\s+"
    r"(?:[a-z0-9'’-]+\s+){1,9}$"
)
# a verb between the event's noun and the date makes it a clause of its own ("after the
# bill is read a second time on"), read by the checks below
_VERB_IN: Final = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would)\b")
# "..., what steps they plan to take": a question of its own, not the date's future
_QUESTION: Final = re.compile(r"\s*(?:what|how|whether|why|who|which)\b")
_LABEL: Final = re.compile(r":\s*$")
_YEAR: Final = re.compile(r"(?<![0-9])(?:1[89]|2[0-9])[0-9]{2}(?![0-9])")
_WEEKDAY: Final = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b")


def just_gone(text: str, start: int, end: int, pre: str, core: str, due: date, today: date) -> bool:
    """Whether the year-less phrase at text[start:end] (`pre` + `core`), due on `due`, is
    the occurrence just gone, its sentence looking back at it (the module's docstring)."""
    if "from" in pre or "between" in pre:  # "the period from 1 April to 30 June" (stop 49)
        return start_of_gone(text, start + len(pre), end, due, today)
    if not pre and start_of_gone(text, start, end, due, today):
        return True  # "the period 1 April to 30 June"
    last = last_occurrence(due, today)
    return last is not None and told_as_gone(text, start, end, pre, core, last, today.year)


def last_occurrence(due: date, today: date) -> date | None:
    """The occurrence a year before `due` when that one was at most nine weeks ago."""
    if due <= today or (due - today).days > 366:
        return None
    try:
        last = due.replace(year=due.year - 1)
    except ValueError:  # 29 February
        return None
    return last if 0 < (today - last).days <= _RECENT_DAYS else None


def told_as_gone(
    text: str, start: int, end: int, pre: str, core: str, last: date, this_year: int
) -> bool:
    """The sentence around the phrase at text[start:end] looks back at its last occurrence."""
    if _OWN_YEAR.search(core) or _BOUND.search(pre):
        return False
    weekday = _WEEKDAY.search(core)
    if weekday and WEEKDAY_STEMS.index(weekday[1]) != last.weekday():
        return False  # "Friday 19 November": a Friday only next year
    before = clauses.clause_before(text, start, sentence=True)
    period = _PERIOD_ENDING.search(before)
    if period is not None and not (_long(period[0]) and _AHEAD.search(before, 0, period.start())):
        # "The council will cut waste in the year ending 31 March", said in May: the act
        # ahead may be the current year's, ending next March; the checks below read it
        return _no_later_year(before + text[start : end + _AROUND], this_year)
    after = clauses.clause_after(text, end)
    if _LABEL.search(before) or (_AHEAD.search(after) and not _QUESTION.match(after)):
        return False
    frame = max(_LOOKING_BACK.finditer(before), key=lambda m: m.start(), default=None)
    if frame is not None:
        # "I can report now on the position at the end of ... on 30 June": the modal is the
        # report's; the frame governs the date when nothing of the future follows it
        if _AHEAD.search(before, frame.end()):
            return False
    elif (event := _AFTER_EVENT.search(before)) is not None and not (
        _AHEAD.search(before, event.start()) or _VERB_IN.search(before, event.start())
    ):
        pass  # "following the NHS declaration of a Level 4 National Incident on 30 January"
    elif _AHEAD.search(before) or not (
        _PAST_RIGHT_BEFORE.search(before)
        or clauses.past_tense(clauses.clause_before(text, start))
        or clauses.past_tense(_sentence_after(text, end))  # stop 41
        or clauses.past_tense(after)
    ):
        return False
    sentence = before + text[start:end] + text[end : end + _AROUND]
    if standing.recurring(sentence):
        return False  # "Payments normally commence in June": a habit, read as recurring
    return _no_later_year(sentence, this_year)


# the start of a period told with its end: "the period from 1 April to 30 June" (stop 49)
_PERIOD_FROM: Final = re.compile(
    r"\b(?:period|quarter|months|weeks)\s+(?:(?:from|between)\s+)?$", re.I
)
_TO_DAY: Final = re.compile(
    r"\s*(?:to|until|till|and|-|–)\s+(?:(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?P<m>"
    + MONTH
    + r")[a-z]*\.?|(?P<m2>"
    + MONTH
    + r")[a-z]*\.?\s+(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?)\b(?!,?\s*[0-9]{4})",
    re.I,
)


def start_of_gone(text: str, start: int, end: int, due: date, today: date) -> bool:
    """Whether the year-less start at text[start:end] opens a period whose end, given right
    after it, is just gone and told as looked back at ("The figures cover the period from 1
    April to 30 June", said in August): the start is then gone too (stop 49, fix49)."""
    if _PERIOD_FROM.search(text, max(0, start - 40), start) is None:
        return False
    if (m := _TO_DAY.match(text, end)) is None:
        return False
    month = MONTHS[(m["m"] or m["m2"]).lower()]
    day = int(m["d"] or m["d2"])
    try:
        ahead = date(today.year, month, day)
        if ahead < today:
            ahead = ahead.replace(year=today.year + 1)
        begun = due.replace(year=due.year - 1)
    except ValueError:  # 29 February, or "31 June"
        return False
    last = last_occurrence(ahead, today)
    if last is None or not begun <= last or (last - begun).days > 366:
        return False
    at = m.start("d") if m["d"] else m.start("m2")
    return told_as_gone(text, at, m.end(), "", m[0], last, today.year)


def _long(period: str) -> bool:
    """Whether a period named by its last day runs long enough to be the current one still."""
    return any(noun in period for noun in _LONG_PERIODS)


def _no_later_year(sentence: str, this_year: int) -> bool:
    return all(int(m[0]) <= this_year for m in _YEAR.finditer(sentence))


def _sentence_after(text: str, end: int) -> str:
    """The rest of the date's sentence (bounded), past the clause after it (stop 41)."""
    window = text[end : end + _AROUND]
    stop = stops.SENTENCE.search(window)
    return window[: stop.start()] if stop else window
