"""A business paper's questions: the acts it schedules for named members.

An order paper lists the questions members will put on the day it covers: "*Lord Patel
of Bradford to ask His Majesty's Government what steps they are taking ..." in the Lords,
"Mr Tom Reid (Dunmore): To ask the Secretary of State for Transport, ..." in the Commons.
Each line is a scheduled act of the member it names (CONVENTIONS 1.2: announced plans and
schedules), whatever the question asks; so the question's own "will" or "whether" is
not read. Only the paper's own shape counts: a line that opens with a member's title and
name, then "to ask" the Government, a minister or a secretary. "Lord Fenwick asked ...",
"I beg to ask ..." and "Residents want to ask the council" are no such line; nor is one
inside a paragraph of prose ("Mr Jones to ask the Minister about potholes was the joke
of the evening"), nor a question the same text answers (Written Answers, a Hansard
record: "The Minister replied"), which is a record of what was said, not a schedule.
A commoner's title (Mr, Mrs, Ms, Miss, Dr, Lady) counts only with the seat in brackets.
"""

from __future__ import annotations

import re

from bot.core.extract.candidate import MAYBE_BELOW, Candidate

_NAME = r"\.?\s+(?:of\s+)?[A-Z][^,.;:()*\n]{0,80}?"
_PEER = (
    r"(?:The\s+)?(?:Lord|Baroness|Viscount(?:ess)?|Earl|Countess|Marquess|Duke|"
    rf"(?:Lord\s+)?Bishop|Archbishop|Sir|Dame){_NAME}"
)
_COMMONER = rf"(?:Mr|Mrs|Ms|Miss|Dr|Lady){_NAME}"
_ADDRESSEE = (
    r"(?:(?:Her|His)\s+Majesty[’']s\s+Government|the\s+(?:Prime\s+Minister|Secretary|"
    r"Minister|Chancellor|Leader\s+of\s+the\s+House|Attorney\s+General|Solicitor\s+General)\b)"
)
_SEAT = r"\s*\([^)]{1,60}\):\s+To\s+ask"
# "*Lord Patel of Bradford to ask", "Mr Tom Reid (Dunmore): To ask": the member, then the ask.
_QUESTION = re.compile(
    rf"^[*†\s\d.]*(?:(?P<peer>{_PEER})(?:\s+to\s+ask|{_SEAT})|(?P<commoner>{_COMMONER}){_SEAT})"
    rf"\s+{_ADDRESSEE}"
)
# "Lord Harris of Haringey to move that this House takes note of ...", "... to move to resolve
# that ...": a peer's motion the paper schedules, whatever it moves.
# The name is capitalised words and "of" ("Lord Dunmore rose to move" is a record, not a paper).
_MOVER = (
    r"(?:The\s+)?(?:Lord|Baroness|Viscount(?:ess)?|Earl|Countess|Marquess|Duke|"
    r"(?:Lord\s+)?Bishop|Archbishop|Sir|Dame)(?:\s+(?:of|[A-Z][\w'’-]*)){1,8}"
)
# A paper may print the item's title on the mover's line: "†Immigration Bill Lord Bates to move
# that ...", "Tax Credits (...) (Amendment) Regulations 2016 Lord O’Neill of Gatley to move
# that ...": a bill, or an instrument with its year (stop 56, helper r13).
_ITEM_TITLE = (
    r"(?:[A-Z][\w'’,\-]*\s+(?:(?:of|and|for|the|to|on|in|\([^()\n]{1,80}\))\s+|[A-Z][\w'’,\-]*\s+){0,14}?"
    r"(?:Bill(?:\s+\[HL\])?|(?:Regulations|Order|Rules|Scheme)\s+\d{4})\s+)?"
)
_MOTION = re.compile(
    rf"^[*†\s\d.]*{_ITEM_TITLE}(?P<peer>{_MOVER})\s+to\s+move\s+(?:that|to\s+resolve)\b"
)
# The text answers its questions: a record of the sitting or of written answers.
_ANSWERED = re.compile(
    r"\b(?:replied|answered)\b|\bThe\s+Minister\s+of\s+State\b|^\s*Answer\b", re.M
)
# The question closes its own paragraph, bar a note in brackets ("(Dinner break business)")
# or the report a motion cites ("23rd Report from the Secondary Legislation Scrutiny
# Committee", stop 56).
_PARAGRAPH_END = re.compile(
    r"[ \t]*(?:\([^()\n]*\)[ \t]*)?"
    r"(?:\d{1,3}(?:st|nd|rd|th)\s+Report\s+from\s+the\s+[A-Z][^\n.]{0,100}?Committee[ \t]*)?"
    r"(?:\n|$)"
)


def tabled(text: str, start: int, whole: str) -> Candidate | None:
    """The sentence (`text`, at `start` in `whole`) as a question a business paper
    schedules, with the member as speaker."""
    question = _QUESTION.match(text) or _MOTION.match(text)
    if question is None or (start > 0 and whole[start - 1] != "\n"):
        return None
    end = start + len(text.rstrip())
    if whole[start:end] != text.rstrip() or not _PARAGRAPH_END.match(whole, end):
        return None
    if _ANSWERED.search(whole):
        return None
    promise = text.strip().lstrip("*† ").rstrip(".")
    return Candidate(
        speaker=(question.group("peer") or question.groupdict().get("commoner") or "").strip(),
        promise=promise,
        quote=text.strip(),
        deadline=None,
        deadline_text=None,
        confidence=MAYBE_BELOW,  # a scheduled question: sure, but the least sure of them
        cue="to ask" if question.re is _QUESTION else "to move",
    )
