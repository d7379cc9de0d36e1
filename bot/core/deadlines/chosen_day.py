"""A day chosen for an event (issue 12, stop 39k): "SpaceX have selected Friday, April 18 for
the next launch attempt", "The committee fixed 12 May for the hearing", "The board has set
Monday as the date of the vote".

A day that is the direct object of a verb of choosing or setting a time (no preposition
between them), followed by "for"/"as" and what it is chosen for, is the day of that event:
the verb's tense tells when the choice was made, not when the day falls, so it reads ahead
(its next occurrence), as "the council has chosen 12 May for the vote" already did, even
when that occurrence is next year (gate.rolled_past). A regular past verb right before a
year-less date otherwise makes it the past one (cues.py: "work started on 28 May"); a day
after a preposition ("was selected on April 18 for the team") is when the choosing
happened, and is left to that rule.

The verbs are those that appoint a time (select, choose, pick, set, fix, name, designate,
earmark, slate, book, reserve): "spent Friday as a holiday" or "celebrated 18 April as" tell
of the day itself, not of a choice.
"""

from __future__ import annotations

import re
from typing import Final

_CHOOSING: Final = re.compile(
    r"\b(?:select(?:ed|s)?|cho(?:se|sen|oses?)|pick(?:ed|s)?|sets?|fix(?:ed|es)?|name[ds]?"
    r"|designat(?:ed|es)|earmark(?:ed|s)?|slat(?:ed|es)|book(?:ed|s)?|reserv(?:ed|es))\s+$"
)
_FOR_EVENT: Final = re.compile(
    r"\s*,?\s+(?:for|as)\s+(?:the|a|an|its|their|his|her|our|this|that|next)\b"
)


def chosen_for(text: str, start: int, pre: str, end: int) -> bool:
    """Whether the phrase at text[start:end] (its filler words `pre`) is a day chosen for an
    event after it (see the module docstring)."""
    return (
        not pre
        and _FOR_EVENT.match(text, end) is not None
        and _CHOOSING.search(text, max(0, start - 24), start) is not None
    )
