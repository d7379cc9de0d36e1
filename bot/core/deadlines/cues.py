"""What the clause around one time phrase says about it: the cues of clauses.py applied
to a phrase as it is read (negated, about the past, open-ended, an amount, a dateline ...)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Final

from bot.core.deadlines import (
    acted_condition,
    acts,
    after_start,
    after_words,
    amounts,
    before,
    called_off,
    clauses,
    context,
    conventions,
    fact_dates,
    fronted,
    gate,
    glossed_period,
    heading_ahead,
    heads,
    kept_lengths,
    labels,
    lengths,
    orders,
    past_reading,
    periods,
    recent,
    saying_day,
    scheduling,
    signs,
    superseded,
    told,
    waits,
)
from bot.core.deadlines.context import DATED, DAYS, PAST, SKIP, Ctx, Hit, Res, day_res, holds
from bot.core.deadlines.vocabulary import PLAN_PARTICIPLES
from bot.core.deadlines.words import RANGE_END_WORDS

# The kinds of phrase without a date of its own, and a day of a schedule (context.DATED:
# a calendar date).
UNDATED: Final = frozenset({"span", "vague", "time", "clock", "weekday", "dayword", "dom"})


_AFTER_PRE: Final = re.compile(r"(?:(?<!and\s)(?<!or\s)after|later\s+than|post)\s*$")
_UNTIL_END: Final = re.compile(r"\b(?:until|till|before)\s*$")
_EVERY_END: Final = re.compile(r"\b(?:every|each|once)\s*$")
_GREETING: Final = re.compile(r"\bgood\s+$")
_PART_OF_DAY: Final = re.compile(r"morning|afternoon|evening|night|day")
# "April 1-5", "from 17 to 22 June", "June 17 through 22": a range of days, due at its end
_DAY_RANGE: Final = re.compile(
    r"\b[0-9]{1,2}(?:st|nd|rd|th)?(?:\s*[-–]|\s+(?:to|through|thru|till|until))\s*[0-9]{1,2}\b"
)


def _start_of(res: Res, ctx: Ctx, after: bool) -> datetime | None:
    if res.tod is not None and res.due is None:
        return None
    if after:
        return res.due
    if res.earliest is not None:
        return res.earliest
    if res.day is not None:
        return ctx.start_of(res.day)
    return res.due


def _earliest(res: Res, ctx: Ctx, after: bool = False) -> Res:
    """The phrase read as an earliest moment only: skipped as a deadline, its start kept."""
    return Res(due=None, precision="day", skip=True, tod=res.tod, start=_start_of(res, ctx, after))


def with_cues(
    text: str,
    hit: Hit,
    res: Res,
    ctx: Ctx,
    floor: int,
    replacing: bool = False,
    expecting: bool = False,
) -> Res:
    """Apply what the clause around a phrase says about it (see clauses.py)."""
    pre, start = hit.pre, hit.start  # as scanned: a period's modifier moves hit.start
    if note := _dropped_note(text, hit, floor):
        hit.note = note
        return SKIP
    if _greeting(text, hit) or (hit.kind in labels.FIRST_LOOK and labels.first_look(text, hit)):
        return SKIP  # "Good afternoon, everyone.", "cut by a quarter": no time at all
    if hit.kind == "span" and "-" in hit.core and clauses.adjective_span(text, hit.end):
        return _adjective_span(text, hit, res)
    res = _modified(text, hit, res, ctx) if hit.kind in ("period", "fiscal") else res
    if hit.whole and not hit.open:
        return before.before_period(text, hit, res, ctx)  # the phrase alone: no clause to read
    clause = clauses.clause_before(text, start, floor)  # only for a phrase with words around
    # fact_dates: "January 8, 2010 X today launched", "announced by NIST on May 20"
    if marker := _no_moment(text, hit, res, ctx) or fact_dates.note(text, hit, res, ctx):
        hit.note = marker
        return PAST if marker == "past" else SKIP
    week = _week_of_day(text, hit, res, ctx)  # due unless the clause refuses the day itself
    if hit.open and res.earliest is not None and _DAY_RANGE.search(hit.core):
        hit.open = False  # "from April 1-5, 2024": the range itself, due at its end
    hit.open = conventions.open_ended(text, hit)  # "take effect from", "embargoed until"
    if res.past or res.skip or res.invalid:
        return res
    if hit.kind == "span" and (kind := _length_of_thing(text, hit, res, clause, pre)):
        hit.note = kind  # "to conclude within 90 minutes", "children under 16 years"
        return SKIP
    if gate.turned_down(text, hit.start, hit.end) or called_off.given_up_before(
        text, hit.start, hit.end, pre
    ):  # "has denied a request to close ... from", "will no longer be closed ... from"
        hit.note, hit.denied = "negated", res.due
        return SKIP
    if not ctx.past and (gated := _gate_res(text, hit, res, ctx)) is not None:
        return gated
    negated = _denied(text, hit, clause, floor)
    if (started := _as_start(text, hit, res, ctx, clause, floor, negated)) is not None:
        return started
    if amounts.an_amount(text, hit, clause):
        hit.note = "event"  # "one week between now and the recess": an amount of time
        return SKIP
    same = not floor and hit.start == start  # the call that gave `clause`: not made again
    whole_clause = clause if same else clauses.clause_before(text, hit.start)
    if (
        expecting
        and told.past_expectation(clauses.clause_before(text, hit.start, sentence=True) + pre)
        and not gate.ahead_after(text, hit)
        and not scheduling.set_ahead(text, hit, res, ctx)  # "noted that ... had been scheduled"
    ):
        hit.note, hit.past_at = "past", res.due  # "It had been hoped that ... today"
        return PAST
    if (
        negated
        or superseded.dropped_after(text, clause + pre, hit.end)
        or (replacing and superseded.replaced(text, hit.start))
    ):
        hit.note, hit.denied = "negated", res.due
        return SKIP
    if acts.day_after_tomorrow(text, hit):  # after the negation: "Do not expect ... the next day"
        hit.kind = "dayword"  # ranked as a day: "tomorrow and the day after" is the later (s53)
        return day_res(ctx.today + timedelta(days=2), ctx)  # "tomorrow or the next day"
    if hit.kind in ("span", "vague") and amounts.a_size(text, hit, clause, whole_clause):
        hit.note = "event"  # "postponed by a week", "can take ten days": a size, no deadline
        return SKIP
    # "from 14 March to 14 April": the end of a range just read is a deadline word's object
    deadline = clauses.deadline_word(pre) or clause.strip() in RANGE_END_WORDS
    if acted_condition.refused(whole_clause, pre, deadline):
        hit.note = "event"  # "If a limit is exceeded in 2008, ...": the condition's date
        return SKIP
    if _told_past(text, hit, res, ctx, clause, whole_clause, deadline):
        hit.note, hit.past_at = "past", res.due
        return PAST
    return week or before.before_period(text, hit, res, ctx)


def _length_of_thing(text: str, hit: Hit, res: Res, clause: str, pre: str) -> str | None:
    """The refusal kind when the span `hit` is how long an item or a speech lasts from its
    own start ("to conclude within 90 minutes", "after 80 minutes"), a person's age
    ("children under 16 years", stop 53), or a length each of a class keeps ("Households stay
    in the survey for two years", "for 4 years terms": kept_lengths.py, stop 63); else None."""
    if orders.item_length(clause, pre, res.precision) or amounts.speaking_limit(text, hit, res):
        return "event"
    if lengths.may_be_age(text) and lengths.an_age(
        text, hit.start, hit.pre + hit.core, hit.end, clauses.clause_before(text, hit.start)
    ):
        return "event"
    return kept_lengths.note(text, clause + pre, hit.core, hit.end)


def _told_past(
    text: str, hit: Hit, res: Res, ctx: Ctx, clause: str, whole_clause: str, deadline: bool
) -> bool:
    """The phrase reports the past (past_reading.py) and nothing sets it ahead (a target's
    year, the next sitting, a time ahead after it, an alternative, a change announced), or
    it is advice reported in the past."""
    if saying_day.day_is_limit(text, hit):  # "He said Friday is the deadline."
        return False
    return (
        past_reading.about_past(text, hit, res, ctx, clause, whole_clause, deadline)
        and not gate.target_year(text, hit.start, hit.end)
        and not gate.next_sitting(text, hit.start)
        and not gate.ahead_after(text, hit)
        and not gate.alternative_after(text, hit.end)
        and not _change_ahead(text, hit, res, ctx)
        and not heading_ahead.release_ahead(text, hit, res, ctx)  # "Published on Tuesday 17th"
        and not (
            hit.kind in ("time", "clock") and heading_ahead.release_clock(text, hit.start, ctx)
        )
    ) or (
        gate.reported_advice(text, hit.start)
        # "On Tuesday, officials said the road will reopen on Friday": the saying's day
        or saying_day.dates_saying(text, hit, res, ctx)
    )


def _change_ahead(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """ "I was pleased to announce a €12 increase in weekly payment rates from next
    January", "A cut in the rate of duty from 1 February was confirmed today": a past verb
    of making the change known leaves its time ahead when the words name it ahead ("next
    January", a later year) or, for a year-less date, when its next occurrence is nearer
    than its last (the nearer reading: "announced a cut in fuel duty from 1 October", said
    in December, is October gone). A past verb that made the change ("We introduced a 10%
    increase ... from 1 April", "brought a 2% rise ... from April", "was paid") leaves it
    to the past checks."""
    if res.due is None or "from" not in hit.pre:
        return False
    due = res.due.astimezone(ctx.zone).date()
    if due <= ctx.today:
        return False
    ahead = _NAMED_AHEAD.search(hit.core) is not None or (due - ctx.today) < (
        ctx.today - _year_before(due)
    )
    return (
        ahead
        and conventions.change_from(text, hit)
        and conventions.announced(text, hit.start, hit.end)
    )


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


# the time of a change said to be ahead in its own words: "next January", "April 2027"
_NAMED_AHEAD: Final = re.compile(r"\bnext\b|\bcoming\b|[0-9]{4}")


def _greeting(text: str, hit: Hit) -> bool:
    return (
        hit.start >= 5  # room for "good " before the phrase
        and _GREETING.search(text, max(0, hit.start - 6), hit.start) is not None
        and _PART_OF_DAY.fullmatch(hit.core) is not None
    )


def _week_of_day(text: str, hit: Hit, res: Res, ctx: Ctx) -> Res | None:
    """ "the week commencing 8 September" ends on its week's Sunday (six days on from a
    Monday or a Sunday, "beginning Tuesday, 31 March" on 5 April); "the week of June 12" on
    the Sunday of the Monday-to-Sunday week that holds it."""
    if res.day is None or (not holds(text, "week") and not holds(text, "w/c")):
        return None
    before = text[: hit.start + len(hit.pre)]
    if res.earliest is not None and res.earliest.astimezone(ctx.zone).date() < res.day:
        return None  # "the week of October 15-19": the range names its own days (stop 63)
    if clauses.week_commencing(before):
        monday = res.day
    elif clauses.week_of(before):
        monday = res.day - timedelta(days=res.day.weekday())
    else:
        return None
    hit.open = told.from_week(before)  # "from the week of 13 January": a start (earliest)
    if told.before_week(before):
        return replace(day_res(monday - timedelta(days=1), ctx), day=None)  # too late a week
    end = day_res(monday + timedelta(days=(6 - monday.weekday()) or 6), ctx)  # its Sunday
    return replace(end, earliest=ctx.start_of(monday), day=None)


def _modified(text: str, hit: Hit, res: Res, ctx: Ctx) -> Res:
    """ "early in 2013": the modifier before a period's "in" is read, and shown as read."""
    if (found := periods.modified_before(text, hit.start, res, ctx)) is None:
        return res
    modified, start = found
    hit.pre, hit.start = text[start : hit.start] + hit.pre, start
    return modified


def _gate_res(text: str, hit: Hit, res: Res, ctx: Ctx) -> Res | None:
    """The phrase as round 7's clause gate leaves it, its note set; None to read on."""
    note = _gated(text, hit, res, ctx)
    if note is None:
        return None
    hit.note = note
    if note == "past":
        hit.past_at = res.due
        return PAST
    if note == "earliest":
        return _earliest(res, ctx)
    if note == "negated":
        hit.denied = res.due
    return SKIP


def _gated(text: str, hit: Hit, res: Res, ctx: Ctx) -> str | None:
    """Round 7's clause gate (gate.py): the note for a phrase whose clause refuses to
    predict, calls the dated event off, grants a standing allowance, gives only the first
    possible moment or reports the past; None when it holds a time ahead. Each check runs
    only when the text holds its cue words (`gate.hints`), or, for a day or a clock time
    gone, when the numbers say it would have to roll forward."""
    start, end, kind = hit.start, hit.end, hit.kind
    cue = gate.hints(text)
    if gate.no_prediction(text, start):
        return "negated"
    if (kind in DATED or kind == "period") and _just_gone(text, hit, res, ctx):
        return "past"  # "at the close of the consultation on 20 November", said 2 December
    if "early" in cue and gate.as_early_as(text, start, hit.pre):
        return "earliest"
    if kind in DATED or kind == "weekday":
        if "off" in cue and gate.called_off(text, start, end):
            return "negated"
        if "since" in cue and gate.since_day(text, start + len(hit.pre)):
            return "past"
        if (
            kind in DATED
            and res.day is not None
            and res.day.year > ctx.today.year
            and (res.day.month, res.day.day) < (ctx.today.month, ctx.today.day)
            and context.NAMED_YEAR.search(hit.core) is None
            and gate.rolled_past(text, start, hit.pre, end)
        ):
            return "past"
    elif kind == "span":
        if "allow" in cue and gate.standing_allowance(text, start, end):
            return "recurring"
        if conventions.from_an_event(text, hit):
            return "event"  # "Once <event>, X has up to two months to"
        if "target" in cue and gate.standing_target(text, start):
            return "recurring"
        if "compound" in cue and gate.compound_of_event(text, end):
            return "event"
        if "later" in cue and gate.later_than_an_event(hit.core, hit.pre):
            return "event"  # "were laid before Parliament, more than a year later, on ..."
    elif kind == "period":
        if "yearly" in cue and gate.yearly_months(text, hit.core):
            return "recurring"
        if "this" in cue and gate.current_period_past(text, hit.core, end):
            return "past"  # "This week, the Senate followed the lead of the House ..."
    elif kind == "fiscal" and hit.pre.strip() in ("", "for"):
        if gate.named_years(text, start, hit.core):
            return "event"  # a run of years that names a plan
    elif kind in ("time", "clock"):
        return _gated_clock(text, hit, res, ctx, cue)
    return None


def _just_gone(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """A year-less day or month gone a few weeks ago, told as looked back at (recent.py)."""
    if res.due is None or res.precision not in ("day", "month"):
        return False
    due = res.due.astimezone(ctx.zone).date()
    return recent.just_gone(text, hit.start, hit.end, hit.pre, hit.core, due, ctx.today)


def _gated_clock(text: str, hit: Hit, res: Res, ctx: Ctx, cue: gate.Hints) -> str | None:
    start, end = hit.start, hit.end
    if gate.event_clock(text, hit.kind, hit.core, hit.pre, start, end, cue):
        return "event"  # "6 p.m. the previous day", "an early morning weather briefing"
    if gate.past_verb_before(text, start):
        return "past"  # "House adjourned at twenty minutes past Eleven o'clock"
    tod = res.tod
    if (
        tod is not None
        and res.day is None
        and tod.when < ctx.local.time()
        and hit.pre.strip() in ("", "at")
        and gate.past_clock(text, start, end)
    ):
        return "past"  # "At 6:26p.m. EDT, the hatch closed ..."
    return None


def _as_start(
    text: str, hit: Hit, res: Res, ctx: Ctx, clause: str, floor: int, negated: bool
) -> Res | None:
    """The phrase read as a start (open-ended, earliest only), or as the deadline an
    "after" becomes when what comes later is refused; None when it is neither."""
    pre = hit.pre
    if hit.open and hit.kind == "span" and _SIZE_TO.match(text, hit.end):
        hit.open, hit.note = False, "event"  # "reduced from 18 weeks to 12 weeks": sizes
        return SKIP
    if hit.open and conventions.no_change_from(text, hit):
        hit.open, hit.note, hit.denied = False, "negated", res.due
        return SKIP  # "with no increase from 1 January": denied, no start
    if _PERIOD_OPENS.search(text, max(0, hit.start - 60), hit.start + len(pre)):
        hit.note = "earliest"  # "a two-week period that starts on Monday": its start (3.2)
        return _earliest(res, ctx)
    if after_words.start_before_end(clause, text, hit.end) or (
        hit.kind in DATED
        and after_start.start_ended(clause, text, hit.end, ctx.today, ctx.day_first)
    ):
        # "sittings will commence at the end of March, ... to be completed by the end of
        # April": the start is no deadline when the end is given
        hit.note = "earliest"
        return _earliest(res, ctx)
    after = bool(_AFTER_PRE.search(pre))
    if (
        hit.open
        and after
        and (
            clauses.negated(clauses.clause_before(text, hit.start, floor, sentence=True))
            # "Comments received after 5 p.m. on 3 March will not be considered"
            or after_words.refused_late(text, hit.end)
        )
    ):
        hit.open = False  # "in no event ... after October 1": that is the deadline
        return res
    # after a negation, "until"/"before" give an earliest date, and so does "for" before a
    # span ("may not be signed for a further six months"); "will not rise for Easter on
    # Thursday 10th April" denies the day instead
    unlikely = holds(text, "unlikely") and _unlikely_before(text, hit)
    if (
        hit.open
        or (
            negated
            and (_UNTIL_END.search(clause + pre) or hit.kind == "span")
            and not conventions.denied_time(text, hit)  # a plan called off: no start
        )
        or unlikely
    ):
        hit.note = "earliest"
        hit.strong = negated or unlikely or clauses.strong_earliest(pre)
        if _EVERY_END.search(pre):
            hit.note = "recurring" if "once" not in pre else "event"
        return _earliest(res, ctx, after)
    return None


# "it is unlikely that the work will be completed before 1950": not before 1950
# "from <span> to <span>": a length changed from one size to another, no time from now
_SIZE_TO: Final = re.compile(r"\s+to\s+[a-z0-9-]+\s+(?:hours?|days?|weeks?|months?|years?)\b")
_UNLIKELY: Final = re.compile(r"\bunlikely\b(?!\s+to\s+be\s+(?:later|after)\b)")


# Not across a clause: "The project is unlikely to be delayed and will be finished before
# Friday", "Unlikely as it may seem, we will finish before Friday" keep their deadline.
_UNLIKELY_BREAK: Final = re.compile(r"[,;]|\b(?:and|but|so)\b")


def _unlikely_before(text: str, hit: Hit) -> bool:
    if _UNTIL_END.search(hit.pre) is None:
        return False
    sentence = clauses.clause_before(text, hit.start, sentence=True)
    last = None
    for last in _UNLIKELY.finditer(sentence):  # noqa: B007 - the last one counts
        pass
    return last is not None and _UNLIKELY_BREAK.search(sentence, last.end()) is None


def _dropped_note(text: str, hit: Hit, floor: int) -> str | None:
    """A phrase dropped whatever it reads as: a negative count ("within -5 days"), or a date
    inside an exception after a time already read."""
    start = hit.start
    if signs.negative_count(text, start):
        return "number"  # "within -5 days", "by minus 5 days from today" (signs.py)
    if floor and holds(text, "xcept") and _excepted(text, floor, start):
        return "negated"  # "by December 2026 with the exception of plans ... before <date>"
    if (head := heads.note(text, hit)) is not None:
        return head  # "from the week of 13 January": the day reads it (heads.py)
    return None


def _adjective_span(text: str, hit: Hit, res: Res) -> Res:
    """ "the three-month period": a hyphenated span before a noun names a thing."""
    if orders.launched_span(text, hit.start):
        return res  # "launches a 12-week consultation": it closes 12 weeks from now
    if holds(text, " period ") and _PERIOD_STARTING.match(text, hit.end):
        return res  # "a 60-day period starting Jan. 4": counted from its start
    hit.note = "event"  # "the end of the three-month period"
    return SKIP


# an exception after a time already read: its dates are the exception's condition
_EXCEPTION: Final = re.compile(
    r"\b(?:with\s+the\s+exception\s+of|except(?:\s+for|\s+where|\s+when)?)\b"
)


def _excepted(text: str, floor: int, start: int) -> bool:
    m = _EXCEPTION.search(text, floor, start)
    # "adjourn, except for judicial business, until Tuesday": an aside closed before the date
    return (
        m is not None
        and _SENTENCE_END.search(text, floor, start) is None
        and ("," not in text[m.end() : start])
    )


_SENTENCE_END: Final = re.compile(r"[.!?;](?:\s|$)")


# "a two-week period that starts on Monday" (as "starting on Monday"): the day a period of
# a stated length starts is only its earliest, and the length counts from it
# (orders.from_stated_start); a period with no length keeps the day it starts (3.1)
_PERIOD_OPENS: Final = re.compile(
    r"-(?:hour|day|week|month|year)\s+(?:[a-z]+\s+){0,2}?period\s+(?:that|which)\s+"
    r"(?:starts|begins|commences|opens)\s+(?:on\s+|in\s+)?$"
)
_PERIOD_STARTING: Final = re.compile(
    # the period may be named first ("a two-week early voting period that starts on Monday")
    r"(?:\s+[a-z]+){0,2}?\s+period\s+(?:starting|beginning|commencing"
    r"|(?:that|which)\s+(?:starts|begins|commences|opens))\s"
)


_PAIR_GAP: Final = re.compile(r"\s*,?\s*(?:and|or)\s*")


def _pair_denied(text: str, hit: Hit) -> bool:
    return clauses.negated(clauses.clause_before(text, hit.start))


def _denied(text: str, hit: Hit, clause: str, floor: int) -> bool:
    """The clause negates the phrase, or an infinitive clause hangs on one that says it
    cannot or should not be done ("It may not be appropriate, given its scale, for it to
    be debated next week")."""
    return (
        clauses.negated(clause)
        # "will not publish on Friday and Monday": the second of a pair takes the first's
        or (
            floor > 0
            and len(clause) < 12
            and (
                _PAIR_GAP.fullmatch(clause) is not None
                or (not clause.strip() and hit.pre.strip() == "on")  # "... 5pm on Friday"
            )
            and _pair_denied(text, hit)
        )
        or (holds(text, "no ") and clauses.nothing_planned(text, hit.start))
        or conventions.denied_time(text, hit)  # "has no events tomorrow", "postponed indefinitely"
        or (
            clauses.infinitive(clause)
            and clauses.not_done(clauses.clause_before(text, hit.start, floor, sentence=True))
        )
    )


def _todays_name(text: str, hit: Hit) -> bool:
    """ "Today's figures show ...", "the papers for today's meeting": a name of now, and
    "launches a 12-week consultation today": the launch; not "is joining ... at today's
    meeting", an act at the event, due today (past_reading.at_todays_event, stops 37b, 41)."""
    if text.startswith("'s", hit.end):
        return not past_reading.at_todays_event(text, hit)
    return orders.launch_day(text)


def _no_moment(text: str, hit: Hit, res: Res, ctx: Ctx) -> str | None:
    """Words that look like a time but name no moment ahead: the note for them, or None."""
    if (
        hit.start <= 40
        and hit.kind in DATED
        and _days_ago(res, ctx) in range(8)
        and clauses.dateline(text, hit.start, hit.end)
    ):
        return "past"  # "WASHINGTON, March 12 (Reuters) - ...": when it was written
    if hit.kind == "dayword" and hit.core == "today":
        if _todays_name(text, hit):  # "Today's figures show ...", "launches ... today"
            return "past"
        if (
            _SAYING_TODAY.search(text, max(0, hit.start - 24), hit.end + 14)
            or saying_day.speaking_today(text, hit)  # "Speaking today, the Minister said:"
            or saying_day.said_today(text, hit)  # "The Minister said today that ..."
        ):
            # and "are announcing today that legislation will ...": the day of saying, read
            # as past so that the act's own day counts, with no refusal of its own (2.2)
            hit.said = True
            return "past"
    if res.day == ctx.today and (
        _PERFECT.search(text, max(0, hit.start - 8), hit.start)  # "has today published"
        or clauses.speaking_now(text, hit.start + len(hit.pre), hit.end, ctx.today)
        or past_reading.done_today(text, hit)
    ):
        return "past"  # "Today, on 13 September, we are publishing ...": a dateline
    if told.today_told(
        text, hit, hit.kind in DATED and res.day == ctx.today
    ) and not saying_day.day_is_limit(text, hit):  # "He said today is the deadline."
        return "past"  # "This morning, the Senate passed ...", "From today (18 March), ..."
    if told_act := acts.no_deadline(text, hit):
        return told_act  # "Today we have taken ...", "Q2 a year ago", "on a Friday"
    if (
        hit.kind == "period"
        and text.startswith(" last", hit.end)
        and _MONTH_LAST.match(text, hit.end)
    ):
        return "past"  # "concluded in April last": last April, in Irish and British usage
    if hit.kind in DATED or hit.kind == "weekday":
        if clauses.heading_denied(text, hit.start, hit.end) or fronted.denied(
            text, hit.start, hit.end
        ):
            return "negated"  # "Friday 9 September—The House will not be sitting."
    elif hit.kind in ("vague", "span"):
        if after_words.from_event_after(text, hit.end):
            return "event"  # "shortly afterwards", "a few days of the Answer he received"
        if hit.kind == "span" and after_words.when_doing(text, hit.end):
            return "recurring"  # "allow up to ten weeks when applying"
    elif hit.kind in ("time", "clock") and after_words.on_undated_day(text, hit.end):
        return "event"  # "by 5 p.m. on the closing date"
    if hit.kind == "vague" and waits.waits(text, hit.start + len(hit.pre), hit.end):
        return "event"  # "immediately after the Urgent Question", "If ..., immediately"
    if (
        hit.kind == "fiscal"
        and _YEARS.match(hit.core)
        and _MEASURED.search(text, max(0, hit.start - 20), hit.start)
    ):
        return "event"  # "emissions accumulated from 2021 to 2050": a period measured
    if (
        hit.kind == "fiscal"
        and not hit.pre
        and text[hit.start - 1 : hit.start] == "("
        and text[hit.end : hit.end + 1] == ")"
        and _NAME_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    ) or (hit.kind in DATED and glossed_period.glossed(text, hit.start, hit.end)):
        return "event"  # "... Research (2013–2020)", "the season (1 July – 30 June)": labels
    if hit.kind in DAYS and after_words.on_the_day_when(text, hit.start):
        return "event"  # "on the day the House adjourns for Easter": a day not dated
    if hit.kind == "dayword" and _COMPARED.search(text, max(0, hit.start - 8), hit.start):
        return "event"  # "a window just as today", "more than yesterday": a comparison
    if (
        hit.kind == "time"
        and text.startswith(("that ", "same "), hit.start - 5)
        and _THAT_PART.search(text, max(0, hit.start - 12), hit.start + 12)
    ):
        return "event"  # "That evening, the President will ...": a day named elsewhere
    if hit.kind == "time" and after_words.named_time(text, hit.start, hit.end):
        return "event"  # "the Ten o'Clock Rule", "the Six O'Clock News"
    return None


_COMPARED: Final = re.compile(r"\b(?:as|than|like)\s+$")
_MONTH_LAST: Final = re.compile(
    r"\s+last\b(?!\s+(?:day|week|working|friday|monday|date|minute|year))"
)
# a noun right before the bracket, no time word: "(2013–2020)" names what it follows
_NAME_BEFORE: Final = re.compile(
    r"\b(?!(?:by|in|until|to|for|from|through|thru|during|over|of|the|and|or)\b)[a-z]{3,}\s*\($"
)
_SAYING_TODAY: Final = re.compile(
    r"\b(?:announc|confirm|inform|tell|telling|say|saying|stat|mak(?:e|ing)\s+clear|notify"
    r"|notifying|advis)[a-z]*\s+(?:[a-z]+\s+)?today\s+that\b"
    # an appeal going on as it is told: "is today urging voters to" (CONVENTIONS 2.2)
    r"|\b(?:is|are|am)\s+today\s+(?:urg|encourag|remind|appeal|call)ing\b"
    # a modal's saying dated today: "SCTS can today confirm that ... will go ahead" (stop 60)
    r"|\b(?:can|could|will|would|shall|must)\s+today\s+(?:announce|confirm|inform|tell|say"
    r"|state|notify|advise|reveal)\s+that\b"
)
_THAT_PART: Final = re.compile(r"\b(?:that|the\s+same)\s+(?:morning|afternoon|evening|night)\b")
_PERFECT: Final = re.compile(r"\b(?:has|have|had|was|were)\s+$")
_YEARS: Final = re.compile(r"[0-9]{4}\s*(?:-|/|to|until|till|through|thru|and)\s*[0-9]{2,4}$")
# a participle measuring the years after it; not a plan, nor (here only: "the rules changed
# on 3 March" is a past act) a move of the range itself ("moved from 2025 to 2026")
_MEASURED: Final = re.compile(
    r"(?<!\bbe\s)\b(?!(?:" + PLAN_PARTICIPLES + r"|moved|pushed|changed|advanced)\b)"
    r"[a-z]{3,}ed\s+(?:(?:from|between|in|over|during)\s+)?$"
)


def _days_ago(res: Res, ctx: Ctx) -> int | None:
    """How many days before today a date is, taking a year-less date as its last
    occurrence; None for no date. A dateline is the day of writing or up to a week before;
    "31 March - deadline for applications" in a list of dates ahead is no dateline."""
    if res.day is None:
        return None
    day = res.day
    if day > ctx.today:
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:  # 29 February
            return None
    return (ctx.today - day).days
