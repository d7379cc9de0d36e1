"""Whether a time phrase reports the past (issue 12): a past verb and no future in its
clause, or a year-less date or a bare weekday (which the calendar would place ahead) beside
a past verb, a bracket or "my letter of". Read for each phrase by cues.py once the clause
has neither denied it nor made it a start; a phrase said to be past is refused as "past"
rather than rolled into next year ("the consultation, which closed on 28 May", said in
June). A participle before the time whose noun's verb is still to come ("Comments received
by 5 March will be considered") reports nothing past.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import (
    clauses,
    committed_to,
    event_named,
    fronted,
    fronted_done,
    fronted_future,
    gate,
    governing,
    logged,
    measured_to,
    moved,
    narrative,
    past_acts,
    said_today,
    scheduling,
    summed_up,
    told,
    year_names,
    year_order,
)
from bot.core.deadlines.context import DATED, NAMED_YEAR, Ctx, Hit, Res, holds
from bot.core.deadlines.day_names import EVENT_AFTER
from bot.core.deadlines.vocabulary import WEEKDAYS
from bot.core.deadlines.words import NOT_INFINITIVE, RANGE_END_WORDS, WEEKDAY

_NAMED_WEEK: Final = re.compile(r"\b(?:this|next|coming|following|week)\b")
_COVERING: Final = re.compile(r"\bcover(?:s|ing|ed)?\b")
# a holiday given its own year or week of years ("Christmas 2025", "next Easter", "this")
_OWN_YEAR: Final = re.compile(r"[0-9]{4}|\bnext\b|\bthis\b")


# A participle right before the time, its noun's verb still to come: "Comments received
# by 5 March will be considered" describes the comments, it reports nothing past.
_PARTICIPLE: Final = re.compile(
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bit\s)(?<!\bhas\s)"
    r"(?<!\bhave\s)(?<!\bhad\s)(?<!\bwas\s)(?<!\bwere\s)\b[a-z]{3,}ed\s+(?:after|by|before|on"
    r"|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|until)\b"
    # the time itself follows (not "announced by the Minister today")
    r"(?=\s*(?:$|[0-9]|noon|midnight|close|the\s+end|(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))"
)
_JUST_ED: Final = re.compile(r"[a-z]{2}ed\s+$")
# a participle joined to a future passive it shares "will be" with (stop 60, fresh172): "will
# be presented to the Dáil on Friday and published on Saturday morning" publishes ahead
_JOINED_ED: Final = re.compile(r"\s*(?:and|or)\s+(?:then\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}ed\s*")
_FUTURE_PASSIVE: Final = re.compile(
    r"\b(?:will|shall|'ll|(?:is|are)\s+(?:due\s+|expected\s+|set\s+)?to)"
    r"\s+(?:then\s+|also\s+|first\s+|now\s+)?be\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{2,}(?:ed|en|wn|nt)|held|made|laid|paid|put|read|set|sold|told|built|kept)\b"
)
_NEW_CLAUSE: Final = re.compile(r"\b(?:and|but|or|we|i|he|she|they|it|which|who)\b|[,;(]")
_MODAL: Final = re.compile(r"\b(?:will|shall|must|may)\b")
# a closing quotation mark that opens the clause after a time: the quote's attribution
_ATTRIBUTION: Final = re.compile(r"\s*[,.]?\s*[”\"]")


def about_past(
    text: str, hit: Hit, res: Res, ctx: Ctx, clause: str, whole_clause: str, deadline: bool
) -> bool:
    """Whether the phrase reports the past; a day a time was moved to, ahead, never does
    ("has been moved for the 20 June meeting": governing.MOVED_FOR), nor an act reported
    ahead after a past verb of saying (governing.reported_ahead), checked last. A date in a
    "since" clause of a past act is past whatever is reported around it."""
    if _since_past(text, hit, res):
        return True  # "said the vote will take place ... since the shutdown began December 22"
    return (
        _about_past(text, hit, res, ctx, clause, whole_clause, deadline)
        and not (
            res.due is not None
            and res.due > ctx.reference
            and governing.MOVED_FOR.search(text[max(0, hit.start - 40) : hit.start + len(hit.pre)])
            is not None
        )
        # "He said the talks end on Friday": a reported act ahead, the saying past (stop 36)
        and not governing.reported_ahead(text, hit.start + len(hit.pre), hit.end)
    )


# "since the shutdown began December 22", "since the rules took effect on 1 April": a date
# of a past act in a clause opened by "since" (stop 53), whatever the main clause's tense
# ("Workers will miss a second paycheck since ...")
# The words before the verb hold no present or future auxiliary: "since the report is
# expected on 30 June", "since the work will be finished on 5 May" give a reason, and their
# "-ed" is a participle of an act ahead (review, stop 53).
_SINCE_PAST: Final = re.compile(
    r"\bsince\s+(?:(?!(?:is|are|am|will|shall|be|being)\s)[a-z'\u2019-]+\s+){1,5}?"
    r"(?:[a-z]{2,}ed|began|took\s+effect|took\s+office"
    r"|came\s+into\s+(?:force|effect)|went\s+into\s+effect|broke\s+out|rose|fell"
    # stop 60: "since they last met, in early December", "since the rules took effect in May"
    r"|left|won|lost|struck|hit|met|spoke)\s*,?\s+(?:(?:on|in|at)\s+)?$"
)


# the start of a sentence, or of a clause after a semicolon or colon
_HEADING_BEFORE: Final = re.compile(r"(?:^|[.;:!?])\s*$")
_COMMA_AFTER: Final = re.compile(r"\s*,")  # a comma closing the time as an aside


def _since_past(text: str, hit: Hit, res: Res) -> bool:
    """The phrase dates a past act in a "since" clause (above)."""
    if res.due is None or not holds(text, "since"):  # once per long text, not per phrase
        return False
    m = _SINCE_PAST.search(text, max(0, hit.start - 80), hit.start + len(hit.pre))
    if m is None:
        return False
    # a "since" clause heading its sentence ends at its comma, and a time after that comma
    # fronts the main clause ("Since nobody objected, on Friday we will sign the contract"),
    # unless a comma closes the time as an aside ("Since they last met, in early December,")
    return (
        "," not in m[0]
        or _HEADING_BEFORE.search(text, max(0, m.start() - 4), m.start()) is None
        or _COMMA_AFTER.match(text, hit.end) is not None
    )


# a figure measured before the one just told, hung on a past sentence by "following" (stop 60,
# fresh162 and fresh170): "Consumer prices rose 0.9% in the 12 months to November, following
# a 0.7% increase in October." The month of the earlier change is gone too.
_FOLLOWING_CHANGE: Final = re.compile(
    r",?\s+(?:following|after)\s+(?:a|an)\s+(?:[a-z0-9.,%-]+\s+){0,3}?"
    r"(?:increase|rise|gain|advance|jump|decline|decrease|drop|fall|dip|slide)"
    r"(?:\s+of\s+[0-9.,]+\s*(?:%|per\s*cent|percent))?\s+in\s+$"
)


def _following_change(text: str, hit: Hit) -> bool:
    """The phrase dates an earlier change of a figure ("following a 0.3% increase in
    February") after a sentence told in the past ("the index rose 0.2% in March")."""
    at = hit.start + len(hit.pre)
    m = _FOLLOWING_CHANGE.search(text, max(0, at - 80), at)
    if m is None:
        return False
    return clauses.past_tense(clauses.clause_before(text, m.start(), sentence=True))


def _about_past(
    text: str, hit: Hit, res: Res, ctx: Ctx, clause: str, whole_clause: str, deadline: bool
) -> bool:
    if hit.kind == "period" and _following_change(text, hit):
        return True  # "rose 0.2% in March, following a 0.3% increase in February"
    if "from" in hit.pre and moved.moved_ahead(text, hit, res, ctx):
        return False  # "has been moved from 7th to 21st December": the moving is past
    if moved.new_end_ahead(text, hit, res, ctx):
        return False  # "The extension from January 11 to March 11 was granted"
    if (
        res.due is not None
        and res.due > ctx.reference
        and event_named.named_event(text, hit.start, hit.end)
    ):
        return False  # "has released details on its Aug. 6-7 hearing": the hearing's date
    if said_today.announced_ahead(text, hit, res, ctx):
        return False  # "announced today the permanent closing of ... at 6:00 p.m., March 30"
    if not deadline and narrative.told_past_throughout(text, hit) and not ahead_by_verb(text, hit):
        return True  # "opened on 5 August and ran for 12 weeks, closing on 28 October"
    if logged.logged_past(text, hit, res):
        return True  # "6:36 p.m. The Senate adjourned.": a line of a log of the day
    return (
        (
            _past_reading(text, hit, res, ctx, clause, whole_clause, deadline)
            or (not deadline and _done_in_time_running(text, hit, res, ctx))
            # "On March 20, the department extended the dates ... to May 22": any time after
            # a gone day heading a sentence told done, a deadline's too (stop 61)
            or fronted_done.under_done_head(text, hit, res, ctx)
            # "Visits rose 30% from July 2016 through September 2017": a figure measured
            or (deadline and measured_to.past_figure_end(hit.pre, clause, whole_clause))
            # "Much work has been undertaken on this issue over a number of years" (stop 61)
            or (not deadline and _over_span_done(hit, clause))
        )
        and not (
            # "Any bid submitted after 12 noon on 29 August shall not be considered"
            _PARTICIPLE.search(whole_clause + hit.pre) and _verb_to_come(text, hit.end)
        )
        # "Members agreed to schedule the motion for Tuesday 27 September": the day ahead
        and not scheduling.set_ahead(text, hit, res, ctx)
        # "has agreed that after oral questions on Tuesday, there will be a debate"
        and not fronted_future.opens_future_clause(text, hit, clause)
        # "The board agreed to publish the plan by 31 January": the act agreed, ahead
        and not committed_to.committed_ahead(text, hit, res, ctx)
    )


# a perfect, active or passive: "has been undertaken", "have shaped", "has grown"
_PERFECT: Final = re.compile(
    r"\b(?:has|have|'ve|\u2019ve)\s+(?:also\s+|already\s+|now\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?"
    r"[a-z]{2,}(?:ed|en|wn|ne|ght|un|ung|ept|ilt|ade|eld|old|ound)\b"
)
# an infinitive, an act still to come: "agreed to spend", "decided to phase it in"
_TO_ACT: Final = re.compile(r"\bto\s+(?!(?:" + NOT_INFINITIVE + r"|be)\b)[a-z]+")
_SPAN_AHEAD: Final = re.compile(r"\b(?:next|coming|following|remaining|rest)\b")


def _over_span_done(hit: Hit, clause: str) -> bool:
    """A span led in by "over" ("over a number of years", "over several years") that measures
    how long an act told as done has run, in its clause a perfect or a past and nothing ahead:
    the years gone, not years from now (stop 61)."""
    return (
        hit.kind in ("span", "vague")
        and hit.pre.strip() == "over"
        and _SPAN_AHEAD.search(hit.core) is None
        and clauses.FUTURE.search(clause) is None
        and _TO_ACT.search(clause) is None  # "has agreed to spend the money over several years"
        and (_PERFECT.search(clause) is not None or clauses.past_tense(clause))
    )


def ahead_by_verb(text: str, hit: Hit) -> bool:
    """The verb governing the phrase says its time is ahead (governing.told_ahead: a
    present, a modal, an imperative, a time fixed ahead). Older readings of a past told
    around the phrase defer to it (round 28b): "announced that applications close today at
    5 p.m.", "had set a December 16 date for the vote", "Today, residents who signed the
    petition can collect their refunds" (cues.py)."""
    return governing.told_ahead(text, hit.start + len(hit.pre), hit.end)


# today's issue of a paper of record, which an act told ahead appears in (stop 57)
_ISSUE_AFTER: Final = re.compile(
    r"['\u2019]s\s+(?:federal\s+register|official\s+journal|(?:[a-z]+\s+)?gazette)\b"
)


# the day's programme told by its numbered items: "Today's Order of Business is Nos. 1 and
# 21", "Today's business is: Item No. 2 ...", a present that lists what the House takes that
# day (not "today's business is important", a name of now)
_PROGRAMME_TOLD: Final = re.compile(
    r"['\u2019]s\s+(?:order\s+of\s+)?business\s+(?:is|are|includes?)"
    r"(?:\s*:|\s+(?:as\s+follows|nos?\.|items?\b|[0-9]))"
)


def at_todays_event(text: str, hit: Hit) -> bool:
    """ "is joining his fellow Ministers at today's meeting": an act told ahead at an
    occasion held today (stop 37b), due today. "at" places an act only at an occasion (the
    nouns of day_names.EVENT_AFTER: a meeting, a session, a vote ...); before a measure or a
    state ("struggling at today's high prices", "at today's rates") it gives the measure, and
    "today's" names the present, no deadline (stop 39g). Another link than "at" places an
    act there only under a modal ("will apply for today's Plenary meeting", "Today's sitting
    will begin ..."); a present tells how the occasion's things stand ("are the briefing
    documents for today's meeting", "today's vote is a major step"): a name of now (stop 41,
    tuner 12d)."""
    if EVENT_AFTER.match(text, hit.end) is None:
        if hit.pre.strip() != "in" or _ISSUE_AFTER.match(text, hit.end) is None:
            return False  # "will be published in today's Federal Register": that day's issue
    if _PROGRAMME_TOLD.match(text, hit.end) is not None:
        return True  # a programme names the day's business to be done, not the present
    if hit.pre.strip() != "at":
        found = governing.reading(text, hit.start + len(hit.pre), hit.end)
        if found.tense != governing.FUTURE:
            return False
    return ahead_by_verb(text, hit)


# a linking adverb before the sentence's "today" leaves it at the head ("Also today, EU
# Member States finally adopted ...", stop 38): blanked for clauses.done_today
_LINKED: Final = re.compile(r"(?:^|[.-]\s*)(?:also|and|separately|meanwhile|elsewhere)\s+$", re.I)


def done_today(text: str, hit: Hit) -> bool:
    """An act done today told right after "today" (clauses.done_today), unless the verb
    governing the phrase says it is ahead: "Today, get the paperwork signed.", "Today,
    residents who signed the petition can collect their refunds." (round 28b)."""
    start = hit.start + len(hit.pre)
    if start > 2 and (linked := _LINKED.search(text, max(0, start - 14), start)) is not None:
        text = text[: linked.end() - 2] + "  " + text[linked.end() :]  # the word's space kept
    return clauses.done_today(text, start, hit.end) and not ahead_by_verb(text, hit)


def _reported_past(text: str, hit: Hit, res: Res, ctx: Ctx, clause: str, whole_clause: str) -> bool:
    """The clause and the phrase's own clause report the past, and the verb governing the
    phrase is not one ahead ("opened a consultation that closes this afternoon at 4pm"),
    nor an infinitive aimed at a time its own words place ahead (`_aimed_ahead`)."""
    return (
        clauses.reported_past(whole_clause)
        and clauses.reported_past(clauses.own_clause(clause, whole_clause))
        and not ahead_by_verb(text, hit)
        and not _aimed_ahead(hit, res, ctx, whole_clause)
    )


# a verb of directing and the infinitive of the act it orders ("were instructed to", "asked
# the council to"): the act ordered is still to come when the order is given (not "was to
# end", a plan as it was, nor "contributed ... to support", a purpose of an act done)
_ORDERED_TO: Final = re.compile(
    r"\b(?:instructed|ordered|directed|asked|told|required|requested|urged|mandated|tasked)"
    r"\s+(?:[a-z.]+\s+){0,6}?to\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our)\b)"
    r"[a-z]{2,}"
)


def _aimed_ahead(hit: Hit, res: Res, ctx: Ctx, whole_clause: str) -> bool:
    """ "were instructed to ensure the operation ... on May 1 through 10, 2021" (said in
    April 2021): the infinitive after a verb of directing tells an act still to come when
    the order was given, and a time that names its own year and lies ahead is that act's.
    The past verb cannot tell of it as done; a weekday that agrees with the date names its
    year too ("instructed certain U.S. embassies ... to suspend operations on Sunday, August
    4")."""
    return (
        res.due is not None
        and res.due > ctx.reference
        and (NAMED_YEAR.search(hit.core) is not None or _weekday_agrees(hit.core, res))
        and _ORDERED_TO.search(whole_clause) is not None
    )


_WEEKDAY: Final = re.compile(rf"\b{WEEKDAY}\b")


def _weekday_agrees(core: str, res: Res) -> bool:
    """A date with the weekday it falls on ("Sunday, August 4" in 2013) names its year as
    well as a year would."""
    m = _WEEKDAY.search(core.lower())
    return m is not None and res.day is not None and WEEKDAYS[m.group()[:3]] == res.day.weekday()


def _done_in_time_running(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """The month or the year running summed up as done ("In 2025, ... the Commission
    placed"), or a fronted time told done ("This week, X got an interview"). The day of
    speaking at a sentence's head with a listed subject ("On 12-13 February 2026, X and Y
    met") is governing.py's since round 28b."""
    if past_acts.month_summed_up(text, hit, ctx):
        return True  # "In January 2020, the Inquiry has been back to work", that January
    if past_acts.month_so_far(text, hit, ctx):
        return True  # "we've been working away throughout January", that January
    if fronted_done.told_done(text, hit, res, ctx):
        return True  # "This week, X got an interview", "On April 1, the ports ... expanded"
    return summed_up.year_summed_up(text, hit, ctx)


def _verb_to_come(text: str, end: int) -> bool:
    """The noun's own verb comes next, no new clause before it ("received on 29 August
    will be considered"; not "closed on 14 July and we will publish ...")."""
    rest = clauses.sentence_after(text, end)
    m = _MODAL.search(rest)
    return m is not None and _NEW_CLAUSE.search(rest, 0, m.start()) is None


def _yearless(hit: Hit, res: Res) -> bool:
    """A day with no year of its own: a calendar date, or a holiday ("On Boxing Day, 5,402
    customers ... chose to" is the one gone, as "On 26 December, ..." is)."""
    if res.day is None:
        return False
    if hit.kind in DATED:
        return NAMED_YEAR.search(hit.core) is None
    return hit.kind == "holiday" and _OWN_YEAR.search(hit.core) is None


def _past_after(after: str) -> bool:
    """The clause after the phrase is told in the past, and is not a quote's attribution."""
    return _ATTRIBUTION.match(after) is None and clauses.past_tense(after)


def _past_reading(
    text: str, hit: Hit, res: Res, ctx: Ctx, clause: str, whole_clause: str, deadline: bool
) -> bool:
    """Whether a phrase reports the past: a past verb and no future in its clause, or a
    year-less date or bare weekday (which we would place ahead) beside a past verb. A
    year-less date that rolled into next year or lies over half a year ahead ("19 December"
    said in January) is the past one beside any past verb, a bracket or "my letter of"."""
    yearless = _yearless(hit, res)
    rolled = (
        yearless
        and res.day is not None
        and (
            (
                res.day.year > ctx.today.year
                and (res.day.month, res.day.day) < (ctx.today.month, ctx.today.day)
            )
            or (res.day - ctx.today).days > 180
        )
    )
    # its own verb a present or a modal: "opened on Monday and closes on 24 February"
    own_ahead = (
        rolled
        and res.day is not None
        and year_order.own_verb_ahead(
            text, hit.start + len(hit.pre), hit.end, (res.day.month, res.day.day)
        )
    )
    undated = (
        rolled
        or (hit.kind in ("weekday", "dom") and _NAMED_WEEK.search(hit.core) is None)
        or past_acts.gone(res, ctx)  # "adjourned on 21 July"
        or (yearless and _JUST_ED.search(clause) is not None)  # "and work started on 28 May"
    )
    # the end of a range ("which ran from 1 January to 1 March") has the range's clause
    own = whole_clause if clause.strip() in RANGE_END_WORDS else clause
    shared = _JOINED_ED.fullmatch(clause) is not None and (
        _FUTURE_PASSIVE.search(whole_clause, 0, max(0, len(whole_clause) - len(clause))) is not None
    )
    past_beside = undated and (
        (clauses.past_tense(own) and not own_ahead and not shared)
        # not the attribution after a closing quote: "... will come into effect on Sunday,"
        # the office said (the saying is past, the quoted act ahead; stop 37b)
        or _past_after(clauses.clause_after(text, hit.end))
    )
    if (
        not past_beside
        and (res.day == ctx.today or yearless)
        and hit.kind in DATED
        and hit.pre.strip() == "on"
        and gate.head_of_sentence(text, hit.start)
    ):
        # "On April 4, 2024, the U.S. Department of Energy (DOE) ... announced ...", said
        # that day: the announcement of the day of speaking, told as done; "On 26 June, I
        # launched a census to be compiled ...": a year-less day the speaker tells as done
        after = gate.clause_after_asides(text, hit.end)
        past_beside = (res.day == ctx.today and clauses.past_tense(after)) or (
            yearless and told.done_by_speaker(after)
        )
    if (
        not deadline
        and (
            past_beside
            or _reported_past(text, hit, res, ctx, clause, whole_clause)
            # "On May 6, 2024, we published ... a notice inviting applications (NIA) for the
            # fiscal year (FY) 2024 EIR program": the year a programme done is for
            or (hit.kind == "fiscal" and told.sentence_told_past(text, hit.start))
            or year_names.named_told_past(text, hit)  # "the 2015 program, which exceeded"
            # "Following the Senedd's endorsement in June of ..., the Welsh Government issued"
            or (
                hit.kind == "period"
                and "," in text[hit.end :]
                and fronted.month_told_past(text, hit.start, hit.end, hit.core)
            )
        )
    ):
        return True
    return rolled and (past_beside or _rolled_told_past(text, hit, clause, whole_clause, own_ahead))


# "when he met ...", "when they visited ...": a clause of the past ending at the phrase, whose
# verb is the phrase's own, whatever future or modal comes before it (stop 57)
_WHEN: Final = re.compile(r"\bwhen\s+(?:he|she|they|we|i|it|you)\s+(?=[a-z])([^,;:!?()]*)$")


def _when_past(clause: str) -> bool:
    found = _WHEN.search(clause) if "when " in clause else None
    if found is None:
        return False
    verb = clauses.past_verb(found[1])
    return verb is not None and verb.start() == 0 and not found[1].startswith(("was to", "were to"))


def _rolled_told_past(text: str, hit: Hit, clause: str, whole_clause: str, own_ahead: bool) -> bool:
    """A date gone this year (read as next year's) is the one gone: told in the past with
    no verb of its own ahead, bracketed, or dating a document or a period covered."""
    return (
        (
            not own_ahead
            and (
                clauses.reported_past(clause + " " + clauses.sentence_after(text, hit.end))
                # "As was explained to ... the Member for Derby, South on 16th June, ...":
                # the sentence's own verb before the date, past, with nothing ahead
                or clauses.past_tense(clauses.clause_before(text, hit.start, sentence=True))
            )
        )
        or text[hit.start - 1 : hit.start] == "("  # "(3 March)"
        or _when_past(clause)  # "as he said he would when he met the committee on April 29th"
        or clauses.document_dated(clause + hit.pre)
        # "reporting ... covering January 1 through March 31", said in June: a period
        # measured, the one just gone
        or (holds(text, "cover") and _COVERING.search(whole_clause + " " + clause) is not None)
    )
