"""Sums offered or made available, told in the present or the perfect.

Issue 13, round 29j (recall). Aid and grant releases often give the money without any
verb of announcing or giving that `funding` and `announced_sums` read: "Germany has made
€50,000 available for Pakistan", "Ireland is currently offering €1,000,000", "A total of
$7 million in grants is available from the Department's program". Each tells money still
to be paid by the body named (or by the publisher, for a sum that is available from its
programme), which CONVENTIONS 1.5 counts. Three forms are read, each with a sum:

- a sum made available in the perfect: "has made $2 million available", "have made
  available up to £5m";
- a sum offered in the present progressive: "is offering €1,000,000", "are now offering
  an additional $300,000";
- a sum of grants, loans or aid that is available: "$7 million in grants is available
  from", "€40 million of funding is now available to".

A sum that was available ("was made available", "were offering") is history and is not
read; the past forms never match. Nor is a total to date ("has made $2 million available
since 2019", "so far") or a price cut ("is offering $5 off every order"). Only grammar
is read here, never a particular body.
"""

from __future__ import annotations

import re

from bot.core.extract.funding import AMOUNT, IN_AID

# "has made €50,000 (about $60,600) available", "have also made available up to £5m".
_MADE_AVAILABLE = re.compile(
    r"\b(?P<act>(?:has|have)\s+(?:also\s+|now\s+|already\s+)*made)\s+"
    rf"(?:{AMOUNT}(?:\s*\([^()]{{0,40}}\))?\s+(?:{IN_AID}\s+)?"
    rf"available|available\s+{AMOUNT})"
    # not a total to date: "has made $2 million available since 2019", "... so far"
    r"(?![^.;]{0,80}?\b(?:since|so\s+far|to\s+date|over\s+the\s+(?:past|last))\b)"
)
# "is currently offering €1,000,000", "are now offering an additional $300,000".
_OFFERING = re.compile(
    # not a price cut: "The shop is offering $5 off every order"
    r"\b(?P<act>(?:is|are)\s+(?:\w+ly\s+|also\s+|now\s+)*offering)\s+"
    + AMOUNT
    + r"(?![\d,.]*\s+off\b)"
)
# "$7 million in grants is available from", "€40 million of funding is now available to".
_AVAILABLE = re.compile(
    rf"{AMOUNT}\s+{IN_AID}\s+"
    r"(?P<act>(?:is|are)\s+(?:now\s+|also\s+)?available)\s+(?:from|to|through|under|for)\b"
)


# Each form with a word it cannot match without, looked for first: most sentences name
# no sum offered or available, and a plain substring test is far cheaper than the pattern.
_FORMS = ((_MADE_AVAILABLE, "available"), (_OFFERING, "offering"), (_AVAILABLE, "available"))


def offered_sums(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of sums made available or offered, each a plan."""
    return [
        ("plan", *match.span("act"))
        for pattern, word in _FORMS
        if word in text
        for match in pattern.finditer(text)
    ]
