"""Round 11 of issue 12: words that look like a time but name something else.

- a share: "cut by a quarter", "reduced by three quarters" is a fraction of something, not
  a span of three or nine months ("by a third" is no time word at all);
"""

from __future__ import annotations

import re

from bot.core.deadlines.context import _Hit

# "by a quarter", "by three quarters", "up by one quarter": a share. Never a time: a
# deadline "by" takes a moment ("by the end of the quarter"), not a length.
_SHARE = re.compile(r"(?:a|one|two|three|[1-3])\s+quarters?")
_BY_END = re.compile(r"\bby\s*$")


def share(hit: _Hit) -> bool:
    return (
        hit.kind == "span"
        and _SHARE.fullmatch(hit.core) is not None
        and _BY_END.search(hit.pre) is not None
    )


# "Supply Estimates 2009-10", "supplementary estimates 2024-25": a paper's name; "FY96 EEC
# activities", "the FY 2024 performance period": the year a thing belongs to. Not "the
# FY2026 budget" (a budget is spent by its year's end) nor "fiscal year (FY) 2020 for".
_ESTIMATES_BEFORE = re.compile(r"\bestimates?\s*$")
_FY_NOUN_AFTER = re.compile(
    r"\s+(?!(?:budget|budgets|year|years|financial|fiscal|and|or|to|through|thru|quarter|q[1-4]"
    r"|ends?|ending|begins?|will|is|are|was|were|has|have|had)\b)[a-z]{2,}"
)


def fiscal_label(text: str, hit: _Hit) -> bool:
    """A fiscal year with no time word of its own that names the year something belongs to
    ("supplementary estimates 2024-25", "potential FY96 EEC activities"), not a time it is
    due by. "for 2025-26" is left alone: read either way by those who labelled it."""
    if hit.kind != "fiscal" or hit.pre or hit.whole:
        return False
    if _ESTIMATES_BEFORE.search(text, 0, hit.start) is not None:
        return True
    return hit.core.startswith(("fy", "the fy")) and _FY_NOUN_AFTER.match(text, hit.end) is not None
