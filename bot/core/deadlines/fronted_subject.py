"""A fronted day whose subject is a list (issue 12, round 26d).

"On 12-13 February 2026, Commissioner X and Commissioner Y met in Brussels with ...", said
on the 13th: the day of speaking, told as done, as "On 13 February 2026, Commissioner X met
..." already is (past_reading.py). There the clause after the date stops at the "and" of the
subject and so never reaches the verb; here the sentence is read on, up to its next comma, to
its first past form, which counts when no future or modal word comes before it ("On 13
February the ministers and the envoys will meet and sign" is ahead). A past form after a
comma belongs to another clause ("the Minister and her deputy, who arrived yesterday, will
sign"; "... sign the accord, officials said").

Read by past_reading.py for a dated phrase on the day of speaking at the head of a sentence.
"""

from __future__ import annotations

import re

from bot.core.deadlines import clauses

_WORD = re.compile(r"[a-z]+")
_MAX_WORDS = 40  # a subject longer than this is no subject


def past_after_listed_subject(text: str, end: int) -> bool:
    """Whether the sentence after `end` reaches a past verb before a comma, past an "and" of
    its subject, with nothing ahead before it."""
    rest = clauses.sentence_after(text, end)
    comma = rest.find(",", len(rest) - len(rest.lstrip(" ,")))  # past the date's own comma
    if comma >= 0:
        rest = rest[:comma]  # "X and Y, who arrived yesterday, will sign": not the verb
    if " and " not in rest:
        return False  # the clause after the date already read the whole subject
    for n, m in enumerate(_WORD.finditer(rest)):
        if n >= _MAX_WORDS:
            return False
        if clauses.past_word(m.group()):
            return clauses.past_tense(rest[: m.end()])
    return False
