"""Acts in hand told without "will": a sum allocated, a document being prepared, a package
announced.

Issue 13, round 27b (blind39's misses from a post-Cabinet press conference and a First
Minister's answers). "$100 million has been allocated for new flood protection
measures" and "we also announced a billion-dollar cyclone recovery package" put money in
place that is still to be spent (CONVENTIONS 1.5); "A delivery plan setting out proposals
... is being prepared" commits its maker to the document. None says "will", so the rules
saw no cue. Each is read as a plan (a weaker cue than "will"), never a commitment. Only
grammar is read here, never a particular body or sum.
"""

from __future__ import annotations

import re

from bot.core.extract.funding import AMOUNT

# "$100 million has been allocated for", "£2m has been earmarked to".
_ALLOCATED = re.compile(
    rf"{AMOUNT}\s+(?:has|have)\s+(?:now\s+|also\s+)?been\s+(?P<act>allocated|earmarked|"
    r"set\s+aside|ring-?fenced)\s+(?:for|to)\b"
)
# A document the speaker's side is drafting: "A delivery plan ... is being prepared".
_PREPARED = re.compile(
    r"\b(?:plan|strategy|report|review|bill|framework|guidance|roadmap|proposals|legislation|"
    r"regulations|programme|scheme|white\s+paper|green\s+paper)\b[^.;:]{0,80}?"
    r"(?P<act>(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?being\s+(?:prepared|drafted|"
    r"developed|finalised|finalized|written))\b"
)
# A sum's package announced: "announced a billion-dollar cyclone recovery package".
_PACKAGE = re.compile(
    r"\b(?P<act>announced|unveiled)\s+(?:an?|the)\s+(?:new\s+)?(?:[\w.,]+-(?:dollar|pound|euro)|"
    rf"{AMOUNT})\s+(?:[\w\-]+\s+){{0,3}}?(?:package|fund|programme|scheme)\b"
)

# A House's order for a bill's stage: "Second Reading deferred till Tuesday next" (a present
# plan: it counts only with its day ahead).
_DEFERRED = re.compile(
    r"\b(?:First|Second|Third)\s+Reading\s+(?P<act>deferred|adjourned)\s+(?:till|until|to)\s"
)


def acts_in_hand(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of sums allocated, documents being prepared and packages
    announced, each a plan, and of a bill's reading deferred, a present plan."""
    found = [
        ("plan", *m.span("act"))
        for pattern in (_ALLOCATED, _PREPARED, _PACKAGE)
        for m in pattern.finditer(text)
    ]
    return found + [("present", *m.span("act")) for m in _DEFERRED.finditer(text)]
