"""A length that a class of people or things keeps, told in the present (issue 12, stop 63,
tuner t2): "Households stay in the survey for two years", "Members serve on the board for
three years", "Trustees are appointed for four years". A plural subject with a verb of
staying or holding in the plain present tells what happens to each of them, whenever it
starts: a standing rule for a class of cases, `recurring` (CONVENTIONS 1.3, as "licences
last five years"). It was read as a window from now (1.1), a silent misreading.

A window run once from now keeps its date: a future or modal ("will stay open for 48
hours"), a window's state ("Nominations remain open for two weeks"), a start of its own
after the span ("for six weeks from 1 May"), a singular subject ("The consultation runs for
12 weeks"), a span of the coming time ("for the next two years").

And a count of years before a noun of office with its hyphen left out ("appointed 7 new
Trustees to the Board, for 4 years terms") names the length of each term as "four-year
terms" does (cues.py): counted from an appointment the words do not date, `event`.
"""

from __future__ import annotations

import re
from typing import Final

# a plural subject (up to three words, the last ending in "s") and its plain present of
# staying or holding, or its present passive of being kept or placed, then any words and
# "for", right before the span
_KEPT: Final = re.compile(
    r"^\s*(?:(?:the|all|most|many|some|new|these|those)\s+)?(?:[a-z-]+\s+){0,2}?[a-z]{2,}s\s+"
    r"(?:(?:usually|normally|typically|generally|then|only)\s+)?"
    r"(?:stay|serve|remain|last|live|sit|spend|continue|wait"
    r"|are\s+(?:appointed|elected|kept|held|retained|stored|suspended|banned|barred|detained"
    r"|enrolled|followed|tracked|interviewed|valid|eligible))\b"
    # not a window's state ("Nominations remain open for two weeks", "Temporary lights stay
    # in place for three weeks"): a window run once from now (stop 63 review)
    r"(?!\s+(?:open|closed|shut|in\s+place|available|live|on\s+sale|on\s+display"
    r"|in\s+force|in\s+effect)\b)"
    r"[^,;:]*\bfor\s*$"
)
# the span's own words of the coming time, or a start of its own after it
_COMING: Final = re.compile(
    r"\b(?:next|coming|following|further|another|more|from|after|before|since|of|ago)\b"
)
_START_AFTER: Final = re.compile(
    r"\s*,?\s*(?:from|starting|beginning|commencing|effective|after|until|ahead|to\s+come)\b"
)
# "4 years terms", "three year contracts": a count of years before a noun of office
_TERM_AFTER: Final = re.compile(r"['\u2019]?\s+(?:terms?|mandates?|tenures?)\b")


def kept_by_class(text: str, clause: str, core: str, end: int) -> bool:
    """The span `core` (ending at `end` of `text`, lower case; `clause` the words of its
    clause before it) is a length a plural subject keeps in the present (see the module)."""
    if not clause.endswith(("for ", "for")) or _COMING.search(core) is not None:
        return False  # the cheap test first: most spans follow no "for"
    return _KEPT.match(clause) is not None and _START_AFTER.match(text, end) is None


def term_length(text: str, core: str, end: int) -> bool:
    """ "for 4 years terms": the span names each term's length (see the module)."""
    return core.endswith(("years", "year")) and _TERM_AFTER.match(text, end) is not None


def note(text: str, clause: str, core: str, end: int) -> str | None:
    """The refusal kind for the span `core` if it is a length kept by a class (`recurring`)
    or a term's length (`event`), else None."""
    if kept_by_class(text, clause, core, end):
        return "recurring"
    return "event" if term_length(text, core, end) else None
