"""Money announced today, named by its kind rather than its sum.
Issue 13, round 31b (recall). `announced_sums` reads an announced sum with its purpose
("announced the availability of $12 million in grants to fund ..."); a minister's
statement or a release also announces money by its kind, with or without the sum after:
"Today, I am pleased to announce further development funding for 9 rail schemes", "I am
also announcing funding for proposals at more advanced stages", "The Department today
announced the first energy loan guarantee – $535 million for construction of a plant".
Money announced is still to be paid, so it is a commitment of the announcer (CONVENTIONS
1.5). Only the announcing of the day counts: the first person present, "today announced"
or "announces"; "In August, USDA announced funding" and "he announced a package" are
history, read (or not) by the funding rules.
Only grammar is read here, never a particular body or programme.
"""

from __future__ import annotations

import re

_ANNOUNCING = re.compile(
    r"\b(?P<act>(?:(?:am|are|[’']m|[’']re)\s+(?:also\s+|now\s+)?"
    r"(?:(?:pleased|delighted|proud|happy)\s+to\s+announce|announcing)|"
    r"(?:today|(?:have|has)\s+today)\s+announced|(?<!was\s)(?<!were\s)announces))\s+"
    r"(?:[\w\-’']+\s+){0,5}?"
    r"(?:funding|donation|grants?|loan\s+guarantees?|investment|fund)\b"
    # "announces funding changes", "announced funding cuts": a change, no money paid.
    r"(?!\s+(?:cuts?|changes?|reductions?|freeze|review)\b)"
)


def funding_news_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of money announced on the day: a commitment."""
    return [("commit", *m.span("act")) for m in _ANNOUNCING.finditer(text)]
