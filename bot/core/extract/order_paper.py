"""A business paper's questions: the acts it schedules for named members.

An order paper lists the questions members will put on the day it covers: "*Lord Patel
of Bradford to ask His Majesty's Government what steps they are taking ..." in the Lords,
"Mr Tom Reid (Dunmore): To ask the Secretary of State for Transport, ..." in the Commons.
Each line is a scheduled act of the member it names (CONVENTIONS 1.2: announced plans and
schedules), whatever the question asks; so the question's own "will" or "whether" is
not read. Only the paper's own shape counts: a line that opens with a member's title and
name, then "to ask" the Government, a minister or a secretary. "Lord Fenwick asked ...",
"I beg to ask ..." and "Residents want to ask the council" are no such line.
"""

from __future__ import annotations

import re

from bot.core.extract.candidate import Candidate

_MEMBER = (
    r"(?:The\s+)?(?:Lord|Baroness|Viscount(?:ess)?|Earl|Countess|Marquess|Duke|Lady|"
    r"(?:Lord\s+)?Bishop|Archbishop|Sir|Dame|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:of\s+)?[A-Z][^,.;:()*\n]{0,80}?"
)
_ADDRESSEE = (
    r"(?:(?:Her|His)\s+Majesty[’']s\s+Government|the\s+(?:Prime\s+Minister|Secretary|"
    r"Minister|Chancellor|Leader\s+of\s+the\s+House|Attorney\s+General|Solicitor\s+General)\b)"
)
# "*Lord Patel of Bradford to ask", "Mr Tom Reid (Dunmore): To ask": the member, then the ask.
_QUESTION = re.compile(
    rf"^[*†\s\d.]*(?P<member>{_MEMBER})(?:\s+to\s+ask|\s*\([^)]{{1,60}}\):\s+To\s+ask)\s+"
    rf"{_ADDRESSEE}"
)


def tabled(text: str) -> Candidate | None:
    """The sentence as a question a business paper schedules, with the member as speaker."""
    question = _QUESTION.match(text)
    if question is None:
        return None
    promise = text.strip().lstrip("*† ").rstrip(".")
    return Candidate(
        speaker=question.group("member").strip(),
        promise=promise,
        quote=text.strip(),
        deadline=None,
        deadline_text=None,
        confidence=0.6,
        cue="to ask",
    )
