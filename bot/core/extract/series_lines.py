"""The body a text's series line names: "DfE Update further education: 11 June 2025",
"HSE Bulletin: new guidance for employers". A department's correspondence often opens
with its acronym and the name of the series, and says nothing else about who writes its
"we will" and its impersonal futures; that body is their actor.

Only an acronym (two to six letters, capitals at both ends: "DfE", "HMRC", "USDA") at
the start of one of the first lines, before a series word, is read so, and not the
capitals of a place, a time or a subject ("UK Update", "AI Update", "ESG Briefing"). Used
by `impersonal._release_body`, after the issued-by and agency lines and before the
capitalised masthead (see the order's comment there).

Issue 13, round 29g.
"""

from __future__ import annotations

import re

from bot.core.extract.publishing import HEAD_CHARS

_SERIES_LINE = re.compile(
    r"^[ \t]*(?P<acronym>[A-Z][A-Za-z]{0,4}[A-Z])[ \t]+"
    r"(?:Update|Updates|Bulletin|Newsletter|Circular|Briefing)\b[^\n]*$",
    re.MULTILINE,
)
# Capitals that are no body: a country's, a time's, or a subject a series is about.
_NOT_BODIES = frozenset(
    {"UK", "US", "USA", "EU", "UN", "GMT", "BST", "EST", "UTC", "COVID"}
    | {"AI", "ESG", "EV", "GDPR", "IT", "HR", "VAT", "GDP", "CPI", "IPO", "API"}
)


def series_body(text: str) -> str | None:
    """The acronym of the body whose series line heads `text`, if any."""
    found = _SERIES_LINE.search(text, 0, HEAD_CHARS)
    if found is None or found.group("acronym") in _NOT_BODIES:
        return None
    return found.group("acronym")
