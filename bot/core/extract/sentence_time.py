"""The time a pledge's own sentence names, when the clause read for its cue names none.

`judging.read_deadline` hands the deadline parser the clause of the cue (so that "said
on Monday" does not date what was said) and a few frames around it. The labels, and a
reader, date a pledge from its whole sentence (tests/data/articles/CONVENTIONS.md §4.1):
a time the clause boundary cut off still times the act when nothing else in the sentence
competes for it: "will lead the delegation at the Summit starting on 29 November in
Abidjan" (an aside dash cut the clause), "will discuss ... at NATO's Foreign Ministers
meeting, which takes place in Bucharest this week (Tuesday 29 and Wednesday 30
November)" (a relative clause dates the meeting the act is held at), "will give the
solemn undertaking, ..., in a formal sitting on Wednesday 10 December 2014".

Only a time after the publication day counts: a date behind us in the same sentence is
the day something was said or done, not when the pledge falls due. Nor does a vague time
("as soon as practicable", "soon") the clause did not claim: the clause rules already
read the vague times that time an act, and one they left is mostly a courtesy.
In a report only the words after the verb of saying (and its "that") are read: the day
of saying dates the saying. On DEV this dated 10 more found pledges right and 4 whose
label has no due date (TEST: 2 and 1).
"""

from __future__ import annotations

import dataclasses
import re

from bot.core.deadlines import Deadline
from bot.core.extract.candidate import Candidate
from bot.core.extract.cues import REPORT
from bot.core.extract.timeframe import TimeFrames

# The words between a verb of saying and the "that" of what was said.
_THAT = re.compile(r"[^.;:]{0,40}?\bthat\b")


def sentence_time(times: TimeFrames, text: str) -> Deadline | None:
    """The time `text` names as a whole, when it lies after the publication day. In a
    report only what follows the verb of saying is read ("On Friday, the Prime Minister
    said he would call an election": Friday is the day of saying). A trailing "..., the
    company said" leaves nothing to read: the clause rules have read that sentence."""
    said = REPORT.search(text)
    reported = text[said.end() :] if said else text
    that = _THAT.match(reported) if said else None  # "said Tuesday that ...": Tuesday's saying
    found = times.parse(reported[that.end() :] if that else reported)
    if found is None or found.vague:
        return None
    published = times.published.astimezone(times.zone).date()
    return found if found.due.astimezone(times.zone).date() > published else None


def dated_by_sentence(times: TimeFrames, text: str, found: Candidate) -> Candidate:
    """`found`, due at its sentence's own time when no rule gave it one."""
    if found.deadline is not None:
        return found
    deadline = sentence_time(times, text)
    if deadline is None:
        return found
    return dataclasses.replace(found, deadline=deadline, deadline_text=deadline.matched)
