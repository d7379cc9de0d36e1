"""Dates of facts told as done: a release's bare dateline and a dated past act (issue 12,
stop 55, tuner a).

- A release may open on its date with no dash or comma after it, then its subject and its
  act in the past: "January 8, 2010 Michael J. Astrue, Commissioner of Social Security, ...
  today launched a new campaign", "March 15, 2010 SSA announced its first ...". The date is
  the day the release went out, not a deadline (clauses.dateline knows the form only with a
  dash). Read as past when the date, with its year, is the day of speaking or up to a week
  before, and a verb of a release's act in the past follows in the same sentence.
- A year-less day hung on a past participle, with its agent or not, names the day an act
  was done: "The competition, announced by NIST on May 20, is ...", "as proposed by the
  European Commission on 9 September". Said after that day, the calendar rolled it to next
  year and chose it as the deadline (a past date rolled ahead, a wrong date with no
  warning). Read as past when the day of this year lies up to half a year before the day of
  speaking; not after "is", "are", "be" or "being" ("will be announced on May 20", "is
  published on 20 May" tell of an act to come or a habit), nor after a participle of
  planning ("scheduled on", "expected on").

- A year-less day that dates a figure or a record of facts, gone by when the words are said,
  was rolled to next year in the same way: "This percentage is down from about 18% on
  August 8", "from a July 23 high of 3,354 cfs to a low of about 180 cfs around Sept. 10"
  (the low ahead counts), "Lookout Fire - Size: 25,754 acres | Start Date: August 5 |".
  Read as past under the same half year. And "has now (14 May 2020) received 3.5 million
  applications": the bracket dates a count up to now (a perfect before "now"), not an act.

`note` returns "past" or None; each rule runs behind a cheap test.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from bot.core.deadlines.context import DATED, Ctx, Hit, Res
from bot.core.deadlines.described import wished
from bot.core.deadlines.vocabulary import PLAN_PARTICIPLES
from bot.core.deadlines.words import BIDDEN, RELEASE_DONE

_YEAR: Final = re.compile(r"[0-9]{4}")
# the words after a bare dateline: a word (no comma, dash or colon first), then within the
# sentence (an initial's full stop kept: "michael j. astrue") a verb of a release's act in
# the past, with "today" or not, and nothing ahead
_RELEASE_ACT: Final = re.compile(
    r"\s+[a-z](?:[^.;:!?]|(?<=\b[a-z])\.){0,200}?\b(?:today\s+)?(?:"
    + RELEASE_DONE
    + r"|joined|hosted|visited|signed|issued|awarded|opened|unveiled)\b"
)
_AHEAD: Final = re.compile(r"\b(?:will|shall|must|deadline|due|by|until|before)\b")
# "<participle> [by <agent of up to six words>] on " right before a year-less day; not a
# participle of a plan or a move (vocabulary.PLAN_PARTICIPLES: "anticipated on 25 November"
# is ahead), unless an agent names who did it ("as proposed by the Commission on 9 July")
_NOT_IS: Final = r"\b(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeing\s)"
_PARTICIPLE: Final = (
    r"(?!(?:need|feed|speed|seed|proceed|exceed|succeed|bleed|breed|heed|embed|shed|hundred"
    r"|indeed|wed)\b)(?:[a-z]{2,}ed|(?:under|over)?taken|given|written|chosen|seen|shown"
    r"|known|drawn|sent|spent|made|held|met|laid|paid|won|begun|done|struck|brought|bought"
    r"|sought|taught)"
)
_ON: Final = r"\s+on\s+(?:the\s+)?$"
_DONE_ON: Final = re.compile(
    _NOT_IS
    + r"(?!(?:"
    + PLAN_PARTICIPLES
    + r"|timetabled|slated|fixed|set|listed|booked|reserved)\b)"
    + _PARTICIPLE
    + _ON
)
# "sent to EU Heads of State or Government on 4 July": the act's recipient, not a bidding
# ("asked to report on 5 May")
_DONE_TO_ON: Final = re.compile(
    _NOT_IS
    + r"(?!(?:"
    + PLAN_PARTICIPLES
    + r"|"
    + BIDDEN
    + r"|timetabled|slated|fixed|set|listed|booked|reserved|used)\b)"
    + _PARTICIPLE
    + r"\s+to(?:\s+[a-z0-9&'\u2019.-]+){1,6}?"
    + _ON
)
_DONE_BY_ON: Final = re.compile(
    _NOT_IS
    + r"(?!(?:scheduled|planned|expected|intended|anticipated|targeted|required|needed"
    + r"|timetabled|slated|fixed|set|listed|booked|reserved)\b)"
    + _PARTICIPLE
    + r"\s+by(?:\s+[a-z0-9&'\u2019.-]+){1,6}?"
    + _ON
)
# an act to come or told of before the participle: "will have finished on 14 March",
# "would have reopened on 14 February", "to have it done on 30 November", and an infinitive
# of purpose with its object ("Our aim is to see the scheme completed by the council on 20
# February", stop 56: the participle names the act aimed at, not one done)
_WILL: Final = re.compile(
    r"\b(?:will|shall|would|could|should|may|might|must|can|going\s+to"
    r"|to\s+(?:be|have|get|see|make|keep|want))\b"
    r"|'ll\b"
)
_HALF_YEAR: Final = 183
# a figure's day: "from about 18% on ", "down from 2,300 on the "; a record's field:
# "| start date: ", "started: "; a figure named by its day: "a july 23 high of"
_FIGURE_BEFORE: Final = re.compile(
    r"(?:\bfrom\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|some\s+)?[0-9][0-9,.]*"
    r"(?:\s*%|\s+per\s*cent|\s+percent)?\s+on\s+(?:the\s+)?"
    r"|(?:^|[|\u2022;]\s*)(?:start(?:ed)?|discovered|reported|ignit(?:ed|ion))(?:\s+date)?:\s*"
    r")$"
)
_FIGURE_AFTER: Final = re.compile(
    r"\s+(?:high|low|peak|record|level|reading|total|figure)\s+of\s+(?:about\s+|around\s+)?[0-9]"
)
# "has now (", "have now (": a count up to now, dated in the bracket
_NOW_BRACKET: Final = re.compile(r"\b(?:has|have)\s+now\s+\($")
# "the report dated ", "a letter dated the ": the day a document bears; not one it is yet to
# bear ("will be dated 4 December", "to be dated")
_DATED: Final = re.compile(_NOT_IS + r"(?<!\bbeen\s)(?<!\bto\s)dated\s+(?:the\s+)?$")


def note(text: str, hit: Hit, res: Res, ctx: Ctx) -> str | None:
    """ "past" when the phrase is a release's bare dateline, or the day a past act was done
    on or a figure or record is dated by, rolled ahead by the calendar; else None."""
    if hit.kind not in DATED or res.day is None or ctx.past:
        return None
    if hit.start <= 2 and _bare_dateline(text, hit, res.day, ctx):
        return "past"
    if res.day > ctx.today and _done_on(text, hit, res.day, ctx):
        return "past"
    if _figure_day(text, hit, res.day, ctx) or _document_day(text, hit, res.day, ctx):
        return "past"
    return None


def _bare_dateline(text: str, hit: Hit, day: date, ctx: Ctx) -> bool:
    """ "january 8, 2010 michael j. astrue, ... today launched ...": the day of the release."""
    if not text[: hit.start].isspace() and hit.start:
        return False
    if _YEAR.search(hit.core) is None or (ctx.today - day).days not in range(8):
        return False
    m = _RELEASE_ACT.match(text, hit.end)
    return m is not None and _AHEAD.search(text, hit.end, m.end()) is None


def _gone_by(hit: Hit, day: date, ctx: Ctx, first: int) -> bool:
    """Whether a year-less day lies `first` days or more, and under half a year, before
    the day of speaking, taken in the year of speaking."""
    if _YEAR.search(hit.core) is not None:
        return False
    try:
        this_year = day.replace(year=ctx.today.year)
    except ValueError:  # 29 February
        return False
    return (ctx.today - this_year).days in range(first, _HALF_YEAR)


def _figure_day(text: str, hit: Hit, day: date, ctx: Ctx) -> bool:
    """ "down from about 18% on august 8", "from a july 23 high of", "| start date: august
    5 |", "has now (14 may 2020) received": the day of a figure or a record, gone by."""
    start = hit.start + len(hit.pre)
    if text.startswith("(", start - 1) and _NOW_BRACKET.search(text, max(0, start - 24), start):
        return day == ctx.today
    before = _FIGURE_BEFORE.search(text, max(0, start - 40), start)
    if before is None and not (
        text.endswith(" a ", 0, start) and _FIGURE_AFTER.match(text, hit.end) is not None
    ):
        return False
    return _gone_by(hit, day, ctx, 0)


def _document_day(text: str, hit: Hit, day: date, ctx: Ctx) -> bool:
    """ "the revised report, dated 22 october 2019", "my letter dated 30 november": the day a
    document bears, on or before the day of speaking, names no time to come."""
    start = hit.start + len(hit.pre)
    lo = max(0, start - 30)
    if text.find("dated", lo, start) < 0 or _DATED.search(text, lo, start) is None:
        return False  # the word first: most texts lack it, and the search tries each place
    return day <= ctx.today or _gone_by(hit, day, ctx, 0)


def _done_on(text: str, hit: Hit, day: date, ctx: Ctx) -> bool:
    """ "announced by nist on may 20", said in July: the day the act was done."""
    if not _gone_by(hit, day, ctx, 1):
        return False
    start = hit.start + len(hit.pre)
    m = (
        _DONE_ON.search(text, max(0, start - 24), start)
        or _DONE_BY_ON.search(text, max(0, start - 80), start)
        or _DONE_TO_ON.search(text, max(0, start - 80), start)
    )
    return (
        m is not None
        and _WILL.search(text, max(0, m.start() - 40), m.start()) is None
        and not wished(text, m.start())  # "we want the bridge reopened on": described.py
    )
