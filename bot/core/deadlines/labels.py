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
