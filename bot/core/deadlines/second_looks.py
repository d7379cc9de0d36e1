"""Second looks at a reading (issue 12, round 14): kinds of miss that recurred across the
labelled sets, each in general terms, each behind a cue-word test so a plain sentence pays a
substring search and nothing more.

- A span "of publication" counts from the notice's own publication (the span reader reads it,
  CONVENTIONS 1.1) only in a sentence about comments ("Comments due within 30 days of
  publication"); elsewhere it is the publication of what is spoken of, an event (1.3).
- A possibility is no undertaking ("It is possible that he will make a statement
  tomorrow", "There is still some possibility that we could do that next Monday"): no
  deadline and no refusal word (CONVENTIONS 4.2). Only a time inside the "that" clause of
  "it is possible that" / "there is (a, some, still some) possibility that"; "as soon as
  possible", "where possible" and "it is possible to apply until 30 June" are untouched; a
  time in a clause after it (", so ...", "and the report is due ...") or before it stays a
  deadline.
- A year or fiscal year that names the object, not the time of the act ("the allocations ...
  for 2024-25", "the ... Act for Fiscal Year 2007", "our net-zero 2050 target") gives way to
  the sentence's other time ("Today I am publishing ...", "... passed next week", "in due
  course"): the sentence is read again with the year blanked, and that reading counts, a
  refusal too ("... for 2025-26 will not be published next week": denied). A year after a
  deadline word ("by 2026", "in 2026-27"), after "planned / scheduled / set / due / expected
  for", or alone in its sentence, is kept as it was.
- A vague word hung on an undated event is `event` (CONVENTIONS 5.2), in the shapes that
  recurred: "Immediately after this meeting, I will convene ...", "immediately upon the
  conclusion of oral questions ..., business shall be adjourned forthwith", "as soon as it
  is possible to meet", "subject to the outcome of that inquiry without delay", "Until
  hospital boards have reviewed ... and I have in due course considered ...". A vague word
  after a time ("immediately after the weekend"), or followed by a purpose ("as soon as
  possible to ensure ..."; "as soon as it is possible to do so"), keeps its window; only the
  sentence holding the vague words is searched.
- Of two days or times given in turn with "and", the later counts (in_turn.py).
- A span after an opening on the new year's beginning ("When the new year begins, ...
  within a week") counts from 1 January (new_year.py, stop 51).
- A direct wh-question ("When will it be published?") asks and undertakes nothing: no
  deadline and no refusal word (wh_questions.py, stop 39j).
- A run of years ahead after a plan ("growth plan for the next four years", "The Strategy
  sets out the vision ... over the next five years") names the plan's years: no deadline and
  no refusal word; a year's possessive ("a reduction in next year's fees") names a thing and
  gives way to the sentence's other time, else none, and so does the period after "for the
  period" ("a programme for schools for the period until 2026") (period_names.py, stop 54c).
- The year of speaking told of a done act or of this year's state ("has provided €40 million
  in funding in 2018", "This year, HUD is placing ...") is no deadline (year_facts.py, s56).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from bot.core.deadlines import (
    asked_after,
    asked_of,
    bargains,
    clause_reading,
    clauses,
    countdown,
    dated_opening,
    day_names,
    fact_days,
    glad_done,
    in_turn,
    name_years,
    new_year,
    no_act,
    no_time_set,
    occasions,
    past_verdict,
    period_figures,
    period_names,
    possibility,
    release_past,
    rolled_back,
    sitting_hours,
    sittings,
    stamps,
    told_spans,
    topic_times,
    valued,
    week_rest,
    wh_questions,
    year_facts,
)
from bot.core.deadlines.choose import FLOOR_SLACK, Outcome, read_outcome
from bot.core.deadlines.context import Ctx
from bot.core.deadlines.words import Place, located

# -- a span "of publication" outside a comment period ---------------------------------

# the span reader reads a bare "within 30 days of publication" as the notice's own (the
# formula of a comment period); elsewhere it is the publication of what is spoken of
_BARE_OF_PUBLICATION: Final = re.compile(
    r"\b(?:day|week|month|year)s?\s+of(?=\s+(?:the\s+)?(?:date\s+of\s+)?publication$)", re.I
)


def others_publication(text: str, matched: str) -> Outcome | None:
    """An event refusal for a span counted "of publication" in a sentence that is not about
    comments ("respond to the reports of select committees, if possible within two months
    of publication": each report's, an undated event, CONVENTIONS 1.3); else None."""
    m = _BARE_OF_PUBLICATION.search(matched)
    if m is None or "omment" in text:
        return None
    words = matched[: m.end()]
    return Outcome(None, words, "that counts from an event I cannot date", "event")


# -- a possibility, no undertaking ------------------------------------------------------

# (round 16) "it will be perfectly open to Members to raise it tomorrow": a leave, no one
# undertakes it ("could be applied for tomorrow" is not one: a promised or confirmed "could
# be" is an undertaking, and the words alone cannot tell them apart)
_POSSIBLE_THAT: Final = re.compile(
    r"\b(?:it\s+is\s+|it's\s+|there\s+is\s+(?:still\s+)?(?:a\s+|some\s+|every\s+)?)"
    r"(?:possible|possibility)\s+that\b"
    r"|\bit\s+(?:(?:will|would)\s+be|is)\s+(?:perfectly\s+|quite\s+|entirely\s+)?open\s+to"
    r"\s+(?:[a-z.'-]+\s+){1,4}?to\s"
)


_HEDGE_CUES: Final = ("ossib", "open to")
_BOUND_WORD: Final = re.compile(r"(?:by|before|until|till|within|no\s+later\s+than)\b")


def hedged(text: str, found: Outcome) -> tuple[int, int] | None:
    """Where the "that" clause of a bare possibility runs (from "it is possible" to the next
    clause), when the chosen words lie in it (not before it, not in a clause after it)."""
    lowered = text.lower()
    m = _POSSIBLE_THAT.search(lowered)
    if m is None or found.cand is None:
        return None
    # the reader's offsets may run short of the text's when it dropped markup, never past
    at = lowered.find(found.matched.lower(), found.cand.start)
    if at < m.end() or _NEW_CLAUSE.search(lowered, m.end(), at) is not None:
        return None
    if "open" in m.group() and _BOUND_WORD.match(lowered, at):
        return None  # "It would be open to the committee to report by Friday": a limit
    after = _NEW_CLAUSE.search(lowered, at)
    return m.start(), after.start() if after is not None else len(text)


def outside_hedge(text: str, span: tuple[int, int], ctx: Ctx) -> Outcome | None:
    """The reading of `text` with the possibility's clause blanked, when it is a deadline
    ("The report will be published by Friday, and it is possible that the appendix will
    follow by Friday": the first Friday); else None (no deadline, no refusal)."""
    start, end = span
    again = read_outcome(text[:start] + " " * (end - start) + text[end:], ctx, FLOOR_SLACK)
    if again is None or again.cand is None or again.cand.res.due is None:
        return None
    return again


# "It is possible that the talks resume, but the report will be out by Friday", "... we
# finish early and the report is due by Friday", "..., so we will publish by Friday": another
# clause, its own undertaking ("that Tom and Jerry will meet by Friday" is one clause)
_NEW_CLAUSE: Final = re.compile(
    r"[;.]\s|,\s*(?:and|but|so|although|though|however|whereas|while)\b"
    r"|\b(?:but|although|however|whereas)\b"
    r"|\band\s+(?:we|i|he|she|they|it|you|the|this|these|those|our|their|its|his|her)\s"
)


# -- a year that names the object -------------------------------------------------------

_YEARISH: Final = re.compile(
    r"(?:(?:fiscal|financial|tax)\s+year\s+|fy\s*)?[0-9]{4}(?:\s*[-/–]\s*[0-9]{2,4})?", re.I
)
# "allocations for 2024-25", "Act for Fiscal Year 2007", "(Annual Rates for 2021-22": "for"
# after a noun; not after a participle or "due"/"set" ("planned for 2026", "set for 2016")
_FOR_BEFORE: Final = re.compile(r"(?<!ed)(?<!\bdue)(?<!\bset)\s+for\s+(?:the\s+)?$", re.I)
# "our net-zero 2050 target", "the 2030 ambition"
_NOUN_AFTER: Final = re.compile(r"\s+(?:[a-z-]+\s+)?(?:target|goal|ambition|commitment)s?\b", re.I)


def _names_object(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    return _FOR_BEFORE.search(before) is not None or _NOUN_AFTER.match(text, end) is not None


def object_year(text: str, matched: str, ctx: Ctx) -> Outcome | None:
    """The reading of `text` with `matched` blanked (a deadline of its own, or a refusal that
    then counts), when `matched` is a year that names the object; else None."""
    if _YEARISH.fullmatch(matched) is None:  # revisit tested its last digit
        return None
    start = text.find(matched)
    if start < 0 or not _names_object(text, start, start + len(matched)):
        return None
    return read_outcome(
        text[:start] + " " * len(matched) + text[start + len(matched) :], ctx, FLOOR_SLACK
    )


_YEAR_NOTE: Final = re.compile(r"chosen over “[^”]*”: that year names what is spoken of, not when")


def over_year(again: Outcome, year: str) -> Outcome:
    """The second reading, saying what it was chosen over ("publishing ... allocations for
    2024-25": today, over "2024-25"); a refusal keeps its own reason first ("The allocations
    for 2025-26 will not be published next week": denied)."""
    note = f"chosen over “{year}”: that year names what is spoken of, not when it is due"
    return replace(again, reason=note if again.cand else f"{again.reason}; {note}")


def _noted(reason: str, before: Outcome) -> str:
    """`reason`, keeping the note of a year the reading `before` was chosen over."""
    m = _YEAR_NOTE.search(before.reason)
    return reason if m is None else f"{reason}; {before.reason[m.start() :]}"


# -- a vague word hung on an undated event ----------------------------------------------

_TIME_NOUN: Final = (
    r"(?:weekend|recess|summer|winter|spring|autumn|holidays?|break|day|week|month|year"
    r"|morning|afternoon|evening|night)s?\b"
)
# "immediately after this meeting", "immediately upon the conclusion of oral questions"
_AT_ONCE_AFTER: Final = re.compile(
    r"\b(?:immediately|forthwith|straight\s+away|directly)\s+(?:after|upon|following)\s+"
    rf"(?:the|this|that|its|their|his|her|our)\s+(?:[a-z-]+\s+)?(?!{_TIME_NOUN})[a-z]"
)
# "subject to the outcome of that inquiry", "until hospital boards have reviewed ..."
_HUNG_BEFORE: Final = re.compile(
    r"\bsubject\s+to\s+the\s+(?:outcome|result|completion|conclusion)\s+of\b"
    r"|\buntil\s+(?!(?:the\s+)?(?:end|close|start|beginning)\b)[^,;.]*\b(?:has|have|is|are)\s+"
    r"(?:[a-z]+ed|been)\b[^,;.]*$"
)
# (stop 59) "any division demanded shall be taken immediately", "any complaints received will
# be answered without delay": the subject is each such event when it comes, so the vague word
# runs from that undated event (CONVENTIONS 5.2), not from the moment of speaking. A
# participle after the noun (one or two words) says the noun is an event that may or may not
# occur; "any remaining funds will be returned immediately" names things, and stays.
_ANY_EVENT: Final = re.compile(
    r"(?<!for )(?<!of )(?<!to )(?<!about )\bany\s+(?:[a-z-]+\s+){1,2}?"
    r"(?:[a-z]{3,}ed|made|held|taken|given|found|brought|sent)"
    # the event is the subject of its own clause: "any division demanded shall be taken", not
    # "we apologise for any inconvenience caused and will reopen the road shortly"
    r"(?!\s+(?:and|or|but)\b)[^;]{0,120}?\s(?:shall|will|must|should|may|would|is|are|can)\b"
    r"(?![^,;]*\b(?:by|before|until|within)\b)[^;]*$"
)
# "as soon as it is possible to meet": when it becomes possible to do it; "... to do so" is
# the long form of "as soon as possible" (CONVENTIONS 5.1)
_POSSIBLE_TO: Final = re.compile(r"\s+to\s+(?!do\s+so\b)[a-z]")


# (round 17) "This would immediately address the problems ...": the effect of a step not
# taken, no time set for it; it waits for the step. A "would" that reports a promise ("she
# said the department would immediately publish ...") is the promise's own future, and so
# is a pledge in "would" ("A Labour government would immediately freeze ...", "If elected,
# we would ..."), so only the effect of a step is read so: "this / that / it / which / (doing)
# so would".
_WOULD_BEFORE: Final = re.compile(
    r"\b(?:this|that|it|which|so)\s+would\s+(?:also\s+|then\s+|only\s+)?$"
)
_REPORTED_BEFORE: Final = re.compile(
    r"\b(?:said|says|told|tells|promised|pledged|announced|confirmed|agreed|undertook"
    r"|committed|insisted|assured|stated|added|vowed|wrote|expects?|expected|hopes?|hoped)\b"
)


def hypothetical(lowered: str, at: int) -> bool:
    """Whether the vague words at `at` follow a conditional "would" that reports no one."""
    if _WOULD_BEFORE.search(lowered, max(0, at - 24), at) is None:
        return False
    start = clauses.sentence_start(lowered, at, 300)
    return _REPORTED_BEFORE.search(lowered, max(start, at - 300), at) is None


def waits_for_event(text: str, matched: str) -> bool:
    """Whether the vague words `matched` hang on an undated event of the sentence."""
    lowered = text.lower()
    words = matched.lower()
    at = lowered.find(words)
    if at < 0:
        return False
    if "it is possible" in words and _POSSIBLE_TO.match(lowered, at + len(words)):
        return True
    if "would" in lowered and hypothetical(lowered, at):
        return True
    if "any " in lowered and _ANY_EVENT.search(lowered, clauses.sentence_start(lowered, at), at):
        return True  # "any division demanded shall be taken immediately" (stop 59)
    hung = "subject" in lowered or "until" in lowered
    if not hung and _AT_ONCE_AFTER.search(lowered) is None:
        return False  # most texts: no cue anywhere
    # only the sentence holding the vague words ("The council meets directly on the
    # riverfront; the plan will be delivered soon": no event hung on "soon")
    start = clauses.sentence_start(lowered, at)
    stop = clauses.SENTENCE.search(lowered, at + len(words))
    end = stop.start() if stop is not None else len(lowered)
    if _AT_ONCE_AFTER.search(lowered, start, end) is not None:
        return True
    return hung and _HUNG_BEFORE.search(lowered, max(start, at - 200), at) is not None


# -- a time in a relative clause about another act --------------------------------------

# (round 17) ", a complete list of which will be announced by close of business today", ",
# which will be debated on Monday": a clause hung on the main one that tells of another act
# and its time; the main clause's own time ("will consider ... next week") is the pledge's,
# when it falls after the clause's (a list of the motions comes before the debate).
_RELATIVE_AFTER_COMMA: Final = re.compile(
    r",\s+(?:(?:a|an|the|some|all|most|each|one|details|copies)\s+)?(?:[a-z-]+\s+){0,3}?"
    r"(?:of\s+)?which\s+(?:will|shall|would)\b"
)


_RESTATED: Final = re.compile(r"\s+be\s+(?:held\s+)?(?:on\s+|in\s+|at\s+)?")
# ", which will be set down for ... tomorrow", "... will be published by noon today": a thing
# done to the main clause's object by others, so the main clause's time is the pledge's even
# when it comes first (not ", which will build 20,000 homes by 2030", the object's own work)
_DONE_TO_IT: Final = re.compile(
    r"\s+(?:also\s+|then\s+|now\s+)?be\s+(?:[a-z]+(?:ed|en)|set|put|laid|held|made|sent"
    r"|read|shown|kept|brought|run|cut|shut|sought|heard|met|paid|told|built|won)\b"
)


def main_clause_time(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The main clause's time when the chosen one lies in a relative clause after it."""
    cand = found.cand
    if cand is None:
        return None
    lowered = text.lower()
    start = clauses.sentence_start(lowered, cand.start, 300)
    marks = list(_RELATIVE_AFTER_COMMA.finditer(lowered, start, cand.start))
    if not marks or _RESTATED.fullmatch(lowered, marks[-1].end(), cand.start):
        return None  # ", which will be (on) Wednesday 9th April": the main clause's own date
    again = read_outcome(text[: marks[-1].start()], ctx, FLOOR_SLACK)
    if again is None or again.cand is None or again.cand.end <= start:
        return None
    due, own = again.cand.res.due, cand.res.due
    done_to_it = _DONE_TO_IT.match(lowered, marks[-1].end()) is not None
    if due is None or (own is not None and due <= own and not done_to_it):
        # "will announce on Wednesday a fund, which will build 20,000 homes by 2030": the
        # notice of an act comes before the act, so an earlier main-clause time announces it
        return None
    return replace(again, reason=_noted("the other time is in a clause about another act", found))


def _not_undertaken(place: Place | None, found: Outcome) -> bool:
    """A time only asked about ("When will it be ...?", wh_questions.py, stop 39j), bargained
    over or guessed at ("I think 11.30 would be more reasonable", bargains.py) or asked of
    another ("I would ask that the Leader ... next week", asked_of.py): CONVENTIONS 4.3."""
    if wh_questions.asked(place) or asked_after.asked(place) or bargains.offered(place):
        return True
    if (
        place is not None
        and clause_reading.possible_cue(place[0])
        and clause_reading.read(place[0], place[1], place[2]).possible
    ):
        return True  # "the Report may be ready by the autumn": a state only possible (4.2)
    vague = found.cand is not None and found.cand.res.vague
    return asked_of.requested(place, vague) or valued.valued(place, vague)  # stop 61


def _believed(place: Place | None) -> bool:
    """A "would" after a past verb of belief (clause_reading.py): what was thought then."""
    return (
        place is not None
        and clause_reading.belief_cue(place[0])
        and clause_reading.read(place[0], place[1], place[2]).believed
    )


def _framing_only(text: str, ctx: Ctx, place: Place) -> Outcome | None:
    """The reading once the chosen phrase is set aside as one that only dates the subject
    talked about ("I now turn to business tomorrow", topic_times.py) or frames a figure
    ("busier this year than last year", period_figures.py; both stop 60): the sentence's
    other time, looked at again ("I will ring you on Monday about the meeting on Thursday"
    is due on Monday; review s60) if it is a deadline, else none ("In regard to the business
    on Friday, of this week, ...": the week only says which Friday)."""
    _, start, end, _ = place
    blanked = text[:start] + " " * (end - start) + text[end:]
    again = read_outcome(blanked, ctx, FLOOR_SLACK)
    if again is None or again.cand is None:
        return None
    again = revisit(blanked, again, ctx)
    return again if again is not None and again.cand is not None else None


def _hedge_span(text: str, found: Outcome) -> tuple[int, int] | None:
    return hedged(text, found) if any(cue in text for cue in _HEDGE_CUES) else None


def _modal_span(text: str, found: Outcome) -> tuple[int, int] | None:
    if found.cand is None or not any(cue in text for cue in possibility.CUES):
        return None
    return possibility.modal_span(text, found.matched, found.cand.start)  # possibility.py


def _year_looks(text: str, found: Outcome, ctx: Ctx) -> tuple[bool, Outcome | None]:
    """`revisit`'s looks at a year or period that names a thing rather than a time: (True,
    the revisit's answer) when one decides, else (False, the reading to go on with)."""
    matched = found.matched
    if matched[-1:].isdigit() and (again := object_year(text, matched, ctx)) is not None:
        found = over_year(again, matched)  # "publishing ... allocations for 2024-25"
        if found.cand is None:  # "The report for 2024-25 is due by 30 June 2025": past
            return True, found
    if found.cand and period_names.names_plan(text, matched):
        return True, None  # "growth plan for the next four years": stop 54c
    if found.cand and (
        (owned := period_names.owned_year(text, matched)) is not None
        or (owned := period_names.covered_period(text, matched)) is not None
    ):
        # "a reduction in next year's fees", "a programme for the period until 2026": the
        # year names the thing; the sentence's other time counts, else none (stop 54c)
        blanked = text[: owned[0]] + " " * (owned[1] - owned[0]) + text[owned[1] :]
        if (again := read_outcome(blanked, ctx, FLOOR_SLACK)) is None:
            return True, None
        found = over_year(again, matched)
        if found.cand is None:
            return True, found
    return False, found


def revisit(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """`found` (a reading with a deadline) after the second looks, in turn; None when the
    sentence holds no deadline after all (a bare possibility). Each look is behind its cue
    here, so a plain sentence pays a few substring tests."""
    place = located(text, found.matched)  # where the phrase lies: found once, handed on
    if (no_time := no_act.verdict(place) or year_facts.verdict(place, ctx.today.year)) is not None:
        return Outcome(None, found.matched, no_time[1], no_time[0]) if no_time[0] else None
    if unset := no_time_set.verdict(place):  # "Today is a ... day" (27c)
        return Outcome(None, found.matched, unset[1], unset[0]) if unset[0] else None
    if (unsaid := _without_told(text, place, ctx)) is not None:  # "for years to come" (s55)
        return unsaid[0]
    if occasions.verdict(text, found.cand) or _not_undertaken(place, found):
        return None  # "The Memorial Day weekend marks" (stop 37), CONVENTIONS 4.3 (stop 58)
    if _believed(place):  # "We were under the impression that we would revert ... next week"
        return Outcome(None, found.matched, "a belief held in the past (stop 64)", "past")
    if place is not None and (
        topic_times.talked_about(place) or period_figures.counted_over(place)
    ):
        return _framing_only(text, ctx, place)
    if stamp := stamps.verdict(text, found.matched):  # "Oct 26 update:" (round 26e)
        return Outcome(None, found.matched, stamp[1], stamp[0]) if stamp[0] else None
    if (named := _named_year(text, found, ctx)) is not None:  # "at the 2006 President's Dinner"
        return named[0]
    if told := day_names.verdict(text, place) or release_past.verdict(text, found, ctx, place):
        return Outcome(None, found.matched, told[1], told[0]) if told[0] else None  # round 26a
    if (gov := _past_told(text, found, ctx)) is not None:  # round 28a, stop 57
        return Outcome(None, found.matched, gov[1], gov[0]) if gov[0] else None
    if "ublication" in found.matched and (other := others_publication(text, found.matched)):
        return other
    for possible in (_hedge_span, _modal_span):
        # "It is possible that he will make a statement tomorrow", "there may be an extended
        # sitting on Wednesday morning": none, unless another clause holds a deadline
        if (span := possible(text, found)) is not None:
            if (outside := outside_hedge(text, span, ctx)) is None:
                return None
            found = outside
    done, looked = _year_looks(text, found, ctx)
    if done or looked is None:
        return looked
    found = looked
    if found.cand and found.cand.kind == "span" and (ny := new_year.verdict(text, found, ctx)):
        found = ny  # "When the new year begins, ... within a week": from 1 January (stop 51)
    elif (
        found.cand and found.cand.kind == "span" and (on := dated_opening.verdict(text, found, ctx))
    ):
        if on.cand is None:  # "On 2 November, ... within two weeks", said 2 December: past
            return on
        found = on  # "On 17 October, ... requested a report within three weeks" (stop 52)
    elif found.cand and (on := dated_opening.span_after(text, found, ctx)) is not None:
        if on.cand is None:
            return on
        found = on  # "On 25 November, the council is expected to publish ... within a month"
    if "which" in text and (main := main_clause_time(text, found, ctx)) is not None:
        found = main  # "... next week, a complete list of which will be announced by ..."
    if " week" in text and (whole := _week_whole(text, found, ctx)) is not None:
        found = whole  # "in the week after Easter", "tomorrow week" (stop 54)
    if " after " in text and (nth := sittings.weekday_after(text, found, ctx)) is not None:
        if nth.cand is None:
            return nth  # "on the first Tuesday after the recess": an event (stop 54)
        found = nth  # "on the first Monday after Easter"
    if ("following week" in text or "week after" in text) and (
        week := sittings.following_week(text, found, ctx)
    ):
        found = week  # "The provisional business for the following week will include:"
    elif found.cand and (unanchored := _unanchored_next(text, found, ctx)) is not None:
        return unanchored  # "If the date is a Friday, the hearing will reconvene the following
        # Monday" (stop 59)
    if " and that " in text and (turn := sittings.later_turn(text, found, ctx)) is not None:
        found = turn  # "that we take No. 1 today and that we take ... next week" (stop 54)
    if " and " in text and (pair := in_turn.later_of_pair(text, found, ctx)) is not None:
        # "on April 12th and 13th": the later (CONVENTIONS 6.2)
        found = replace(pair, reason=_noted(pair.reason, found))
    if found.cand and found.cand.res.vague and waits_for_event(text, found.matched):
        reason = _noted("it waits for an event", found)
        return Outcome(None, found.matched, reason, "event")
    return sitting_hours.evening(text, found, ctx) or found  # "by eight o'clock" (stop 56)


# "the following Monday", "the following week", "the next day": a day counted from another
# time; with none in the text it counts from an undated event (CONVENTIONS 1.3, 5.2), not
# from the moment of speaking ("the next week" is the coming one and stays)
_COUNTED_ON: Final = re.compile(
    r"(?:(?:on|until|by)\s+)?the\s+(?:following\s+(?:day|morning|week|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|next\s+(?:day|morning))",
    re.IGNORECASE,
)


def _unanchored_next(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """An "event" refusal for a day counted on from a time the text does not give (see
    `_COUNTED_ON`); None when the chosen phrase is none or another time of the text anchors
    it ("hearings from August 20 to 24, and the following week")."""
    if "ollowing" not in found.matched and "ext" not in found.matched:
        return None  # the cheap test first
    if _COUNTED_ON.fullmatch(found.matched.strip()) is None:
        return None
    at = text.find(found.matched)
    if at < 0:
        return None
    blanked = text[:at] + " " * len(found.matched) + text[at + len(found.matched) :]
    other = read_outcome(blanked, ctx, FLOOR_SLACK)
    if other is not None and not (other.cand is None and other.refusal == "event"):
        return None
    # no other time, or one that itself waits for an undated event ("If the date is a Friday,
    # ... the following Monday", "If you are out all night, ... the next day": stop 60)
    return Outcome(None, found.matched, "that counts on from an event I cannot date", "event")


def _named_year(text: str, found: Outcome, ctx: Ctx) -> tuple[Outcome | None] | None:
    """A year inside a name: the count until the event it names (`_counted_until`), else
    the phrase refused (name_years.py); None to read on."""
    if (counted := _counted_until(text, found, ctx)) is not None:
        return (counted,)  # "seven days to go until the 2011 Census": countdown.py (stop 57)
    if named := name_years.verdict(text, found.matched):
        return (Outcome(None, found.matched, named[1], named[0]) if named[0] else None,)
    return None


def _counted_until(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The count before "until the <year> <name>", read from now, when its end lies in that
    year (countdown.counted_until); None to keep `found`."""
    if (at := countdown.counted_until(text, found.matched)) is None:
        return None
    start, end, count, year = at
    if not countdown.named_after(text, end):
        return None
    again = read_outcome(f"within {count}", ctx, FLOOR_SLACK)
    if again is None or again.cand is None or again.cand.res.due is None:
        return None
    if again.cand.res.due.astimezone(ctx.zone).year != year:
        return None
    why = f"chosen over “{found.matched}”: the count until the event named with its year dates it"
    return Outcome(again.cand, text[start:end], why)


def _past_told(text: str, found: Outcome, ctx: Ctx) -> tuple[str | None, str] | None:
    """The chosen phrase told of the past by its sentence (past_verdict.py, round 28a), or a
    year-less date gone a few weeks ago that the calendar rolled ahead ("the reply given ...
    on 4th November", said on 8 November: rolled_back.py, stop 57), or the time of an act a
    feeling tells as done ("We were proud to have the report published on 20 March":
    glad_done.py, stop 58)."""
    return (
        past_verdict.chosen(text, found.cand, ctx)
        or rolled_back.verdict(text, found, ctx)
        or glad_done.verdict(text, found)
    )


def _week_whole(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """ "On Wednesday and the balance of the week" (week_rest.py, stop 55), "in the week after
    Easter", "tomorrow week" (sittings.py) read whole, or None."""
    return week_rest.reread(text, found, ctx) or sittings.week_words(text, found, ctx)


def _without_told(text: str, place: Place | None, ctx: Ctx) -> tuple[Outcome | None] | None:
    """The reading of the sentence with a told span that holds the phrase hidden ("for years
    to come": told_spans.py), so that another time of it still counts; None with no span,
    or when what is left only starts an "up to" span ("for up to 8 weeks, starting on 1
    February": a window from that start, CONVENTIONS 1.1, read as before). A day word of a
    past clause that leaves nothing else is refused as past (fact_days.py)."""
    told = None if place is None else told_spans.hidden(text, place[1], place[2])
    if told is None:
        return None
    blanked = text[: told[0]] + " " * (told[1] - told[0]) + text[told[1] :]
    again = read_outcome(blanked, ctx, FLOOR_SLACK)
    if again is not None and again.refusal == "earliest" and told_spans.up_to(text, *told):
        return None
    if again is None and place is not None and fact_days.span(text, place[1], place[2]):
        return (Outcome(None, text[place[1] : place[2]], fact_days.REASON, "past"),)  # s55
    return (again if again is None or again.cand is None else revisit(blanked, again, ctx),)
