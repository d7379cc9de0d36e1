"""A feast named as an occasion, not as the time of an act (issue 12, stop 37, tuner a).

A holiday's name does two jobs in English. After a time preposition it places an act
("closed on Labor Day", "delivered by Christmas 2020", "before Easter"). Without one it is
a noun of the clause: its subject ("As Thanksgiving and the holiday travel seasons
arrive"), an object ("the heroes we honor this Memorial Day answered"), or a word naming
another noun ("The Memorial Day weekend marks the start of ...", "the focus of Memorial
Day events", "during the Thanksgiving travel period"). Told so, the sentence speaks of the
occasion itself; unless a future, a modal or an imperative governs it ("will be at summer
levels by the Memorial Day weekend"), nothing falls due at it: no deadline and no refusal
word.

feast_nouns.py hides a feast's name before a closed list of things held at it ("a
Christmas bonus") whatever the verb; this rule reads the clause instead, so it reaches any
noun ("the Thanksgiving travel period") but only when nothing ahead governs the feast.
Only the holiday kind is judged (a date or a period before a noun is read as before: "the
31 January deadline", "its August 6-7 hearing"), so the rule costs one comparison for
every other phrase.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses, governing
from bot.core.deadlines.context import Candidate

# a time preposition (with its determiner) right before the feast: it then places an act
_PLACED: Final = re.compile(
    r"\b(?:on|by|before|until|till|at|for|in|during|over|through|thru|throughout|after|from"
    r"|since|to|around|ahead\s+of|prior\s+to|in\s+time\s+for|no\s+later\s+than)\s+"
    r"(?:(?:the|this|next|last|coming)\s+)?$"
)
# a deadline word before a feast naming a noun: "by the Memorial Day weekend" is a limit
_LIMIT: Final = re.compile(
    r"\b(?:by|before|until|till|ahead\s+of|prior\s+to|in\s+time\s+for|no\s+later\s+than)"
    r"\s+(?:(?:the|this|next|last|coming)\s+)?$"
)
_AHEAD: Final = frozenset((governing.FUTURE, governing.IMPERATIVE))
# the feast's own name, capitalised, after an optional determiner: not a span counted from
# it ("two weeks before Christmas", "the day after Christmas"), read as one holiday phrase
_OWN_NAME: Final = re.compile(r"(?:(?:the|this|next|last|coming)\s+)?[A-Z]", re.I)
_WORD: Final = re.compile(r"[A-Za-z]+")
# a clause round the feast: fewer words than this beside it are deadline words given alone
# ("Easter", "Christmas Eve", "by Thanksgiving"), which name the time asked for
_CLAUSE_WORDS: Final = 3


def verdict(text: str, cand: Candidate | None) -> str | None:
    """Why the chosen holiday names an occasion and sets no time (see the module), or
    None to keep it."""
    if cand is None or cand.kind != "holiday":
        return None
    start, end = cand.words[0] if cand.words else (cand.start, cand.end)
    if start == cand.start:
        start += len(cand.pre)  # "during the Thanksgiving": the preposition is judged below
    name = _OWN_NAME.match(text, start)
    if name is None or not text[name.end() - 1].isupper():
        return None  # a span from the feast, not its name
    lo = clauses.sentence_start(text, start, clauses.REACH)
    beside = _WORD.findall(text, lo, start) + _WORD.findall(clauses.sentence_after(text, end))
    if len(beside) < _CLAUSE_WORDS:
        return None  # the feast alone: the deadline words given
    head = text[max(0, start - 30) : start].lower()
    if _PLACED.search(head) is not None:
        if not governing.names_noun(text, end) or _LIMIT.search(head) is not None:
            return None  # "closed on Labor Day", "by the Memorial Day weekend": a time set
    if governing.reading(text, start, end).tense in _AHEAD:
        return None  # "Thanksgiving will be busy": an act to come
    return "the feast is named as an occasion, not as the time of an act"
