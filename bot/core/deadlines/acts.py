"""Round 16 of issue 12: times that tell of an act, not of a deadline (the kinds of the
twenty-second fresh set's first-run misses).

- "today" told of an act done today: a present perfect after a leading "Today" ("Today we
  have taken a first step", "Today the council has given its approval"), a participle set
  off as an aside ("the proposals, set out today, will ..."), or a past verb right after it
  ("Ministers meeting today agreed ...", "The committee today approved ...");
- "tomorrow or the next day": the next day after tomorrow, the day after it;
- "the week" named by a clause after it ("in the week the government also started ...",
  "in the week we return") is the week of that act: the past one when the clause's verb
  is past (else left as it was read);
- a period followed by "a year ago" ("Compared with Q2 a year ago") is last year's;
- a weekday after "on a" ("at 11am on a Friday") is any such day: a standing arrangement.

A sentence with a future of its own before the phrase ("We will announce today increased
funding", "We will deliver within the week the minister promised", "The plant will open in
June a year earlier") is told of what is to come, and none of these reads it as past.

Each check is one anchored regular-expression match around the phrase, only for the phrase
kinds it concerns.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import (
    governing,
    idle_times,
    named_nights,
    opening_subject,
    part_modifiers,
    today_acts,
)
from bot.core.deadlines.clauses import FUTURE, past_ed, past_word
from bot.core.deadlines.context import Hit
from bot.core.deadlines.words import WEEKDAY

# a past participle: regular, or one of the common irregular ones
_PARTICIPLE: Final = (
    r"(?:[a-z]{3,}ed|taken|given|begun|done|made|set|put|sent|held|met|shown|drawn|written"
    r"|chosen|spoken|seen|won|brought|laid|paid|kept|built|reached|agreed|signed)"
)
# "Today we have taken ...", "Today the council has now given ...": up to four words, then
# the perfect (not "have to", not "has been asked to" read as a plan: the participle decides)
_PERFECT_AFTER: Final = re.compile(
    r"[\s,]*(?:[a-z.'-]+\s+){0,4}?(?:has|have)\s+(?:(?:now|already|just|also|today)\s+)?"
    + _PARTICIPLE
    + r"\b"
)
# ", set out today,", ", published today.": a participle set off as an aside before "today"
_ASIDE_BEFORE: Final = re.compile(
    r",\s*" + _PARTICIPLE + r"(?:\s+(?:out|up|down|forward|back|in|on|off))?\s+$"
)
_ASIDE_AFTER: Final = re.compile(r"\s*[,.;)]")
# "today agreed", "today approved": a past verb right after "today"
_PAST_AFTER: Final = re.compile(r"\s+([a-z]+)\b")
_AFTER_TOMORROW: Final = re.compile(r"\btomorrow,?\s+(?:or|and|,)\s+$")
_NEXT_DAY: Final = frozenset(("the next day", "the day after", "the following day", "next day"))
_BARE_PERIOD: Final = frozenset(("the week", "the month", "the year"))
# a clause naming the period: a subject (or "that/when/in which" and a subject), then words
_NAMING_CLAUSE: Final = re.compile(
    r"\s+(?:(?:that|when|in\s+which)\s+)?(?:the|a|an|we|they|he|she|i|you|our|their|his|her"
    r"|its|this|these|those)(?:\s+[a-z'-]+){1,5}\b"
)
# "Q2 a year ago", "Q2 a year earlier", "the quarter a year before." (not "a year earlier
# than planned", "a year before the election": a shift or a span, read elsewhere)
_A_YEAR_AGO: Final = re.compile(
    r"\s+(?:a|one)\s+year\s+(?:ago\b|earlier\b(?!\s+than)|before(?=\s*(?:[,.;)]|$)))"
)
# a timetable told in the present before "today" ("Tickets go on sale today priced at"):
# "today" is that verb's time, and the -ed word after it no past act
_PRESENT_BEFORE: Final = re.compile(
    r"\b(?:go(?:es)?\s+on\s+sale|opens?|begins?|starts?|closes?|ends?|is|are"
    r"|takes?\s+effect|comes?\s+into)\b"
)
_SENTENCE_END: Final = re.compile(r"[.!?]\s")
_ON_A: Final = re.compile(r"\bon\s+an?\s+$")
_THEN_ON_A: Final = re.compile(r"\s+on\s+an?\s+" + WEEKDAY + r"\b")


def _told_ahead(text: str, start: int) -> bool:
    """Whether the sentence up to `start` has a future of its own ("We will announce
    today ...", "We will deliver within the week ...")."""
    begin = max(0, start - 200)
    ends = list(_SENTENCE_END.finditer(text, begin, start))
    return FUTURE.search(text, ends[-1].end() if ends else begin, start) is not None


def done_today(text: str, hit: Hit) -> bool:
    """A bare "today" that tells of an act done today (see the module docstring)."""
    start = hit.start + len(hit.pre)
    if hit.pre.strip() or not text.startswith("today", start):
        return False
    end = today_acts.past_restated(text, start + 5)  # "today (3rd January 2020) announced"
    if start == 0 or text[max(0, start - 2) : start].strip(" ") == ".":
        m = _PERFECT_AFTER.match(text, end)
        if m is not None and FUTURE.search(m.group()) is None:
            return True
    if today_acts.fronted_done(text, start, end):
        return True  # "At the Cabinet meeting today, the Government gave approval ..."
    aside = _ASIDE_BEFORE.search(text, max(0, start - 40), start)
    if aside is not None and _ASIDE_AFTER.match(text, end):
        # ", expected today,", ", scheduled today,": a time ahead, not an act done
        return FUTURE.search(aside.group()) is None
    if _told_ahead(text, start) or _PRESENT_BEFORE.search(text, max(0, start - 40), start):
        return False  # "The funds will be released today provided ...": still to come
    verb = _PAST_AFTER.match(text, end)
    return verb is not None and past_word(verb[1])


def a_year_ago(text: str, end: int) -> bool:
    """ "Compared with Q2 a year ago": the period is last year's; "a year earlier" or "a
    year before" only in a sentence with no future of its own (not "The plant will now
    open in June a year earlier": a shift)."""
    m = _A_YEAR_AGO.match(text, end)
    return m is not None and ("ago" in m.group() or not _told_ahead(text, end))


def any_weekday(text: str, hit: Hit) -> bool:
    """ "at 11am on a Friday": no one Friday but any, nor the clock time on it."""
    if hit.kind == "weekday":
        return _ON_A.search(text, max(0, hit.start - 8), hit.start + len(hit.pre)) is not None
    return _THEN_ON_A.match(text, hit.end) is not None


def day_after_tomorrow(text: str, hit: Hit) -> bool:
    """ "tomorrow or the next day", "tomorrow and the day after": the day after tomorrow."""
    core = text[hit.start + len(hit.pre) : hit.end].rstrip(" .,;")
    # "tomorrow or the day after the vote": the day after an event, not after tomorrow
    return (
        core in _NEXT_DAY
        and _ASIDE_AFTER.match(text + ".", hit.end) is not None
        and (_AFTER_TOMORROW.search(text, max(0, hit.start - 16), hit.start) is not None)
    )


def named_by_clause(text: str, hit: Hit) -> str | None:
    """ "in the week the government also started ...": "past"; None when no clause with a
    past verb names the period."""
    if text[hit.start + len(hit.pre) : hit.end] not in _BARE_PERIOD or _told_ahead(text, hit.start):
        return None  # "We will deliver within the week the minister promised": ahead
    m = _NAMING_CLAUSE.match(text, hit.end)
    if m is None or FUTURE.search(m.group()) is not None:
        return None
    words = m.group()
    if past_ed(words) is not None or any(past_word(w) for w in words.split()):
        return "past"
    return None


def no_deadline(text: str, hit: Hit) -> str | None:
    """ "past" or "recurring" when one of the checks above tells the phrase of an act or a
    habit, not a deadline; else None."""
    start = hit.start + len(hit.pre)
    if opening_subject.subject_done(text, start, hit.end, hit.core) and not (
        governing.told_ahead(text, start, hit.end)  # "Today, get the paperwork signed."
    ):
        return "past"  # "Today, X, Minister of ..., announced": a release's act (round 27d)
    if idle := idle_times.idle(text, start, hit.end):
        return idle  # "today marks the 15th anniversary", "take the morning off"
    if lasted := idle_times.lasting(text, start, hit.end):
        return lasted  # "worked day and night", "I've been a press secretary for 22 years"
    if hit.kind == "dayword" and hit.core == "today" and done_today(text, hit):
        return "past"  # "Today we have taken ...", "plans, set out today,", "today agreed"
    if hit.kind == "period" and (a_year_ago(text, hit.end) or named_by_clause(text, hit)):
        return "past"  # "Compared with Q2 a year ago", "in the week the government started"
    if hit.core == "night" and not hit.pre and named_nights.event_night(text, hit.start):
        return "event"  # "on Census night", "on election night": the event's night (27f)
    if hit.kind in ("time", "dayword") and (
        bare := part_modifiers.no_time(text, hit.core, hit.pre, (hit.start, hit.end))
    ):
        return bare  # "Night works are planned", "will remain overnight", "occurred overnight"
    if hit.kind in ("weekday", "time", "clock") and any_weekday(text, hit):
        return "recurring"  # "at 11am on a Friday": any Friday
    return None
