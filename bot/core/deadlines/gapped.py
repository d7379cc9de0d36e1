"""A second object with the verb left out, and a time of its own (issue 12, stop 64).

"We will publish the draft on Friday and the final plan in April": "the final plan" is a
second object of "publish", the verb not said again (gapping), and "in April" is its time.
The chooser ranks an explicit day above a month or a span, so the sentence fell due on
Friday, when half of what it undertakes is still to come: a wrong date with no warning (the
stop 63 reviewer's live misreading). The one act is done when both of its objects are, so
the later of the two times counts, as a schedule falls due at its end (CONVENTIONS 6.1).

Only the plain gapped form is read: "and", then a noun phrase opened by a determiner, with
no verb of its own ("and the deadline is 3 March" is a clause of its own, read as before),
and both times definite (a vague later time, "and the rest later this year", keeps the
ranking: definite beats vague).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from bot.core.deadlines.context import Candidate

WHY: Final = "the later time of a second object the same verb governs"
_GAPPED: Final = re.compile(
    r",?\s+and\s+(?:then\s+)?(?:the|a|an|its|our|their|his|her|this|that)\s+([a-z -]{1,40}?)\s+",
    re.IGNORECASE,  # the chooser reads the lowered text, its reason the text as written
)
_VERBS_OF_ITS_OWN: Final = frozenset(
    "is are was were be been will shall would should could can may might must has have had do"
    " does did".split()
)


def _gapped(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi], between two times, joins a second object whose verb is left out."""
    m = _GAPPED.fullmatch(text, lo, hi)
    return m is not None and _VERBS_OF_ITS_OWN.isdisjoint(m[1].lower().split())


def later_object(best: Candidate, others: Iterable[Candidate], text: str) -> Candidate | None:
    """The time of a gapped second object after `best` that falls due later, or None."""
    due = best.res.due
    if due is None or best.res.vague:
        return None
    for other in others:
        later = other.res.due
        if (
            other.start > best.end
            and not other.res.vague
            and later is not None
            and later > due
            and _gapped(text, best.end, other.start)
        ):
            return other
    return None
