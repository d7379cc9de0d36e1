"""What a preview says a speaker will present, told as a list, and the line that only
leads into the speech.

A release ahead of a speech ("Mr Barclay will outline his five key priorities for the
months ahead:", then "• Supporting the workforce ...", "• Tackling the issue of ...")
lists the contents of the act it announces: the announcing sentence is the pledge (2.5),
and its items drawn as gerunds or things, with no verb of their own, are no sentences of
commitment (2.1). Items that say what will be done ("• publish the plan by May") stay
the introduction's pledges. "He will say:" over the quoted speech only introduces it
(2.4).

Issue 13, stop 58 (helper xs58, blind138's misses).
"""

from __future__ import annotations

import re

# An introduction that presents contents: "will outline his five key priorities ...:",
# "is expected to set out the following:", "will say:".
_PRESENTS = re.compile(
    r"\b(?:outline|outlines|set\s+out|sets\s+out|say|says|describe|describes|present|"
    r"presents|highlight|highlights|unveil|unveils)\b[^:.;]{0,80}:\s*$",
    re.IGNORECASE,
)
# An item drawn as a gerund ("Supporting", "Tackling") or a thing ("The", "A", a figure).
_CONTENT_ITEM = re.compile(r"(?:[A-Z][a-z]+ing\b|(?:The|A|An)\s|[\d€£$])")

# A line that only leads into the speech below it: "He will say:", "The Minister is
# expected to say:", "Steve Barclay will add:".
_LEAD_IN = re.compile(
    r"\s*(?:He|She|They|It|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,4})\s+"
    r"(?:will|is\s+(?:expected|set|due)\s+to|are\s+(?:expected|set|due)\s+to)\s+"
    r"(?:also\s+)?(?:say|add|tell\s+(?:the\s+)?[\w\s]{1,40}?|state)\s*:\s*"
)


def presented_content(intro: str, item: str, start: int) -> bool:
    """Whether `item` (from `start`, after its bullet) is one of the contents a preview
    says its speaker will present: not a pledge of its own."""
    return _PRESENTS.search(intro) is not None and _CONTENT_ITEM.match(item, start) is not None


def lead_in(text: str) -> bool:
    """Whether the sentence only leads into the speech below it ("He will say:")."""
    return _LEAD_IN.fullmatch(text) is not None
