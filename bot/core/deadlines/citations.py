"""A citation in brackets after quoted words (issue 12, round 21).

Debates quote what was said in an earlier sitting and cite it: "“We will bring the
legislation forward very, very shortly”.—[Official Report, Commons, 9/2/26; col. 573.]",
"... within weeks (HC Deb, 9 February 2026, col 573)". The date of the citation is the day
the words were said, never a deadline of theirs: the words before it are read as said on
that day, so that "shortly" counts from 9 February (the twenty-seventh set labels it so),
and a time that fell due before the words were quoted is the past. A citation without a
date ("(Official Report, col. 616)") is dropped and the words are read as said now.

Only a citation closing the text is taken, and only one naming the record of a debate
(Official Report, Hansard, HC/HL Deb): a bracket at the end is cheap to test for first.
"""

from __future__ import annotations

import re
from typing import Final

_CITATION: Final = re.compile(
    r"[\[(]\s*(?:official\s+report|hansard|h\.?\s*[cl]\.?\s+deb(?:ates?)?)\b"
    r"[^\[\]()]*[\])][\s.]*",
    re.IGNORECASE,
)
# "col. 573", "cols 12-14", "Vol. 632, c. 1238": a volume or column of the record, no
# time; left in, "9/2/26; col. 573" would be refused for the number beside the date
_COLUMNS: Final = re.compile(
    r"\b(?:vol(?:ume)?|cols?|columns?|c)\b\.?\s*[0-9]+[a-z]*(?:\s*[-–]\s*[0-9]+[a-z]*)?",
    re.IGNORECASE,
)


def split(text: str) -> tuple[str, str] | None:
    """The words before a closing citation of a debate, and the inside of the citation
    without its columns; None for a text that ends in no such citation (nearly all)."""
    if not text.rstrip(" .").endswith((")", "]")):
        return None
    start = max(text.rfind("("), text.rfind("["))
    if start <= 0 or _CITATION.fullmatch(text, start) is None:
        return None
    inside = text[start + 1 :].rstrip(" .)]")  # "[...]" holds struck-out words elsewhere
    return text[:start].rstrip(" .,;:—–-"), _COLUMNS.sub(" ", inside)
