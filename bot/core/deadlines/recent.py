"""A year-less date gone a few weeks ago (issue 12, round 15): the recent past, not next year's.

The calendar places a year-less date at its next occurrence, so "on 20 November" said on 2
December lands eleven and a half months ahead. Across the seen sets, such a date in a
sentence was never meant that way: "I can report now on the position at the end of the
payment window on 30 June" (said 5 July), "in the light of the attacks ... on 13 November,
what steps ..." (said 26 November), "the report—published on 20th January—" (said 22
January). A speaker who means a day almost a year ahead names its year or says "next".
The past verbs the clause checks look for (cues.py) are often missing or far away, so the
numbers decide here, with the sentence's words as a guard:

- the date, or a month or the end of one, has no year of its own ("2027", "next", "'27")
  and no bound or deadline word in front ("not before June", "by the end of November");
- its last occurrence is at most `_RECENT_DAYS` days before the day of speaking;
- no word of the future stands before it in its sentence, nor a modal after it in its
  clause ("will reopen on 20 November", "we expect ... at the end of October", "on 1
  April retailers may no longer sell ..." keep next year's), the sentence names no year
  after the current one ("the window for a 2009 launch ends in late October", said in
  December 2008, is 2009's) and states no habit ("payments normally commence in June"
  stays recurring).

A phrase read alone ("20 November") never comes here: it has no sentence to read.
"""

from __future__ import annotations

import re
from datetime import date

from bot.core.deadlines import clauses

# Nine weeks: long enough for "the end of August" said in mid-October, short enough that a
# date half a year back ("the Games begin on 6 March", said in September) is not touched.
_RECENT_DAYS = 62
_OWN_YEAR = re.compile(r"[0-9]{4}|\bnext\b|'[0-9]|\bthis\b|\blast\b")
# before the date: a modal or a word of intent ("will reopen on", "we expect ... at the end
# of", "due on", "must be in by"); not a present passive ("as is explained in the report
# published on 20th January" tells of a paper already out)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|would|going\s+to|expect\w*|plan\w*|intend\w*|aim\w*|hope\w*|due"
    r"|should|must|next|scheduled|set\s+to|is\s+to|are\s+to|deadline|target\w*|until)\b|'ll\b"
)
# a bound or a deadline word in front ("not before June", "by the end of November") looks
# ahead or gives a start: the clause checks of cues.py read those
_BOUND = re.compile(r"\b(?:before|after|until|till|by|from|since|later|within|as\s+of)\b")
# after it, in its own clause: a modal of its own ("On 20 November the board will meet",
# "on 1 April retailers may no longer sell ..."), not someone's plan named later ("...,
# what steps they plan to take")
_MODAL_AFTER = re.compile(
    r"\b(?:will|shall|would|going\s+to|is\s+to|are\s+to|may|must|can|could|should|might)\b"
    r"|'ll\b"
)
_YEAR = re.compile(r"(?<![0-9])(?:1[89]|2[0-9])[0-9]{2}(?![0-9])")


def gone_weeks_ago(due: date, today: date) -> bool:
    """The next occurrence `due` is one whose last occurrence was at most nine weeks ago."""
    if due <= today or (due - today).days > 366:
        return False
    try:
        last = due.replace(year=due.year - 1)
    except ValueError:  # 29 February
        return False
    return 0 < (today - last).days <= _RECENT_DAYS


def told_as_gone(text: str, start: int, end: int, pre: str, core: str, this_year: int) -> bool:
    """The sentence around the phrase at text[start:end] gives it no future of its own."""
    if _OWN_YEAR.search(core) or _BOUND.search(pre):
        return False
    before = clauses.clause_before(text, start, sentence=True)
    if _FUTURE_BEFORE.search(before) or _MODAL_AFTER.search(clauses.clause_after(text, end)):
        return False
    sentence = before + text[start:end] + clauses.sentence_after(text, end)
    if clauses.recurring(sentence):
        return False  # "Payments normally commence in June": a habit, read as recurring
    return all(int(m[0]) <= this_year for m in _YEAR.finditer(sentence))
