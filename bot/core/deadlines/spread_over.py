"""An amount of money spread over a span (issue 12, round 26b): "The Bipartisan
Infrastructure Law dedicates $40 billion over five years to tackle ...", "The Department
contributed €1.22m over three years". The span is how long the money lasts, counted from
a start the words do not date (the law's, the programme's): no act falls due at its end,
and the phrase is noted "event" (CONVENTIONS 1.3). A span of the days ahead ("£100 billion
over the next five years", "over the coming two years") counts from now and stays a
deadline, as the sets label it; so does a span after anything but an amount ("will support
projects over two years"), and a span of an amount that an act to come will spend ("The
council will invest (a further) £3bn over 4 years", "pledged to spend $2 billion over three
years"): the act is the speaker's and ends with the span. The span may be set off by a
comma ("bid for up to £1.5 million, over 2 years, to provide ...", stop 61).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import Hit

# the amount right before "over": "$40 billion", "€1.22m", "£3bn", "5 million pounds"
_AMOUNT_BEFORE: Final = re.compile(
    r"(?:[$£€]\s?[0-9][0-9.,]*(?:\s*(?:billion|million|trillion|bn|m|k)\b)?"
    r"|[0-9][0-9.,]*\s*(?:billion|million|trillion)\s+(?:dollars|pounds|euros))\s*,?\s*$"
)
_FROM_NOW: Final = ("next", "coming", "following", "last", "past")
# an act to come right before the amount: "will invest", "pledged to spend", "shall provide",
# "will invest a further", "to spend up to"
_ACT_TO_COME: Final = re.compile(
    r"\b(?:will|shall|to)\s+(?:[a-z]+ly\s+)?[a-z]+\s+(?:(?:an?|another|further|extra|additional"
    r"|up\s+to|around|about|nearly|almost|some|more\s+than|at\s+least)\s+){0,2}$"
)


def spread_over(text: str, hit: Hit) -> bool:
    """The span, led in by "over", is how long an amount of money before it lasts."""
    if not hit.pre.startswith("over") or any(word in hit.core for word in _FROM_NOW):
        return False
    amount = _AMOUNT_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if amount is None:
        return False
    return _ACT_TO_COME.search(text, max(0, amount.start() - 40), amount.start()) is None
