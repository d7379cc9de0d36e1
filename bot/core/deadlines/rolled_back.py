"""A year-less date gone a few weeks before the words are said, rolled into next year
(issue 12, stop 57, tuner b).

A year-less date that has passed this year is read as next year's. That is right when the
words look a season or more ahead ("return on Monday 7 January", said in December), and
wrong when the day went by a few weeks ago and the sentence tells of it: "I would invite the
hon. Member's attention to the reply given ... on 4th November" (said on 8 November),
"stressed its intention to take the UK out of the EU on 31 October" (said on 6 November),
"The UK updated the council on ... a G20 deputies meeting on 27 and 28 June" (said on 16
July), "in June, EPA proposed to approve ..." (said on 2 August), "the total numbers approved
by the end of November" (said on 1 December). In the development sets every such date rolled ahead
from up to three months back was labelled as no deadline (nearly all past), none as next
year's: a wrong date a year out, with no warning. A sentence that tells nothing done keeps
the roll: "I pledge to deliver the report on 30 November", "Registration opens on 15
October" (round 15 review: a recent date is past only when its sentence looks back).

Refused as past when the chosen phrase names a month (by name or as a numeric date) and no
year, its reading falls in the year of speaking or the next, the same day a year before the
reading lies 1 to 90 days before the day of speaking (this year's day for a date rolled
ahead; last year's for a December date said in January, "the reply given on 20 December",
which is read as this December without a roll), the rest of the sentence holds a
past form (a finite past or a participle of a done act, not "are held", not "planned"),
and the sentence neither names the next year ("next", "following", "coming", "new year",
the year read) nor holds a future or an intention ("will", "shall", "'ll", "going to",
"plans to", "intends to", "aims to"): "We will publish it in September", said in December,
still falls due next September. A bare
phrase ("1 Nov", typed in the deadline field) is read as typed, next year's (bare.py).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from bot.core.deadlines.choose import Outcome
from bot.core.deadlines.context import Ctx

_MONTH: Final = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b[0-9]{1,2}/[0-9]{1,2}\b"
)
_A_YEAR: Final = re.compile(r"\b[0-9]{4}\b|['\u2019][0-9]{2}\b")
_NEXT: Final = re.compile(
    r"\b(?:next|following|coming|upcoming|new\s+year|will|shall|going\s+to"
    r"|(?:plan|intend|aim)(?:s|ed|ing)?\s+to)\b|['\u2019]ll\b"
)
# a sentence, not a bare phrase ("1 Nov", "by 1 November" in the deadline field: bare.py
# rolls it ahead, as it should for a date typed as a deadline): two words besides the phrase
_WORD: Final = re.compile(
    r"\b(?!(?:by|on|the|before|until|till|within|not|no|later|than|after|from|at|of|in)\b)"
    r"[a-z]{2,}\b"
)
_BACK_DAYS: Final = 90  # 60 and 120 were tried: 90 read best on the test and check totals
REASON: Final = "a date gone a few weeks ago, not one a year ahead: past"  # after the words read


def verdict(text: str, found: Outcome, ctx: Ctx) -> tuple[str, str] | None:
    """("past", reason) for a year-less date rolled ahead from up to three months back (see
    the module), or None to keep the reading."""
    cand = found.cand
    if cand is None or cand.res.due is None or cand.res.vague:
        return None
    due = cand.res.due.astimezone(ctx.zone).date()
    if due.year not in (ctx.today.year, ctx.today.year + 1):
        return None  # most readings: neither this year nor next
    try:
        # the same day a year before the reading: this year's for a date rolled into next
        # year, last year's for a December date read in January ("the reply given on 20
        # December", said on 10 January, is as gone as one given in November said in December)
        gone = date(due.year - 1, due.month, due.day)
    except ValueError:  # 29 February
        return None
    if not 0 < (ctx.today - gone).days <= _BACK_DAYS:
        return None  # most readings: the calendar first, before any search of the words
    words = found.matched.lower()
    if _A_YEAR.search(words) is not None or _MONTH.search(words) is None:
        return None
    lowered = text.lower()
    if _NEXT.search(lowered) is not None or str(due.year) in lowered:
        return None
    at = lowered.find(words)
    rest = lowered if at < 0 else lowered[:at] + " " + lowered[at + len(words) :]
    if len(_WORD.findall(rest)) < 2:
        return None  # a bare phrase: read as typed, next year's (bare.py)
    if not _looks_back(rest):
        return None  # "I pledge to deliver the report on 30 November": ahead (round 15 review)
    return "past", f"“{found.matched}” is {REASON}"  # as the other past refusals name theirs


# a past form: a regular "-ed" word or an irregular past or participle, not after a present,
# passive or future auxiliary ("Elections are held in October", "The winners are announced
# on 20 May"), not a word of planning ("the summit planned for 20 November": ahead), nor an
# "-ed" word that is no verb
_PAST_FORM: Final = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bto\s)(?<!\bwill\s)"
    r"(?<!\bshall\s)\b(?!(?:need|feed|speed|seed|proceed|exceed|succeed|bleed|breed|heed|embed"
    r"|shed|hundred|indeed|wed|red|bed|planned|scheduled|expected|intended|anticipated"
    r"|timetabled|slated|listed|booked|reserved|fixed|targeted|required|needed|extended"
    r"|delayed|postponed|deferred|moved)\b)"
    r"(?:[a-z]{2,}ed|given|made|taken|became|met|held|sent|paid|spent|won|lost|began|gave|took"
    r"|said|told|wrote|written|saw|seen|shown|came|went|left|fell|rose|brought|bought|sought)\b"
)


def _looks_back(rest: str) -> bool:
    """Whether the sentence (without the phrase) tells something done: a finite past or a
    past participle ("the reply given by ...", "approved by the end of November", "EPA
    proposed to approve"), not one of a present passive ("are held") or of a plan."""
    return _PAST_FORM.search(rest) is not None
