"""The numbered items of a Seanad Order of Business, each a line of its own (stop 57).

The Seanad's Leader reads the day's business as one sentence: "The Order of Business is
No. 1, motion regarding ..., to be taken without debate on the conclusion of the Order of
Business; No. 2, statements on ..., to be taken at 12.45 p.m. and to conclude not later
than 2.15 p.m., with ...; and No. 3, ...". Each item is the House's scheduled business
(CONVENTIONS 1.3), labelled one by one; read as one sentence they made one candidate, and
an Order of six items ran past the longest sentence read at all, so none was found.

`item_cuts` cuts such a statement before each "; No. N," (or "; and No. N,"), and `listed_item`
reads each cut piece that schedules its item ("to be taken", "to conclude", "to adjourn")
as a line of the Order, like `order_of_business.business_line`. Only a statement that
opens "The Order of Business (today) is No. N" is cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.extract.candidate import Candidate
from bot.core.extract.order_of_business import in_an_order, order_line, proposer
from bot.core.extract.timeframe import TimeFrames

_STATEMENT = re.compile(r"The\s+Order\s+of\s+Business\s+(?:today\s+)?is\s+No\.\s*\d")
_NEXT = re.compile(r";\s+(?P<item>(?:and\s+)?No\.\s*\d+,\s)")
# "No. 2, statements on X, to be taken at 12.45 p.m.", "and No. 6, ..., to adjourn ...".
_LISTED = re.compile(
    r"\s*(?:and\s+)?No\.\s*\d+,\s[^;]{0,600}?\bto\s+(?:be\s+taken|conclude|adjourn)\b"
)


def item_cuts(text: str) -> set[int]:
    """Where each item after the first of an Order of Business statement in `text` begins."""
    cuts: set[int] = set()
    if not in_an_order(text):
        return cuts
    for statement in _STATEMENT.finditer(text):
        end = text.find("\n", statement.end())
        end = len(text) if end < 0 else end
        cuts.update(item.start("item") for item in _NEXT.finditer(text, statement.end(), end))
    return cuts


def listed_item(
    text: str,
    whole: str,
    found: Candidate | None,
    voice: Callable[[], str | None],
    times: TimeFrames,
) -> Candidate | None:
    """The piece `text` (in `whole`) as a numbered item of the Order, the reader's (`voice`)
    or the House's (`proposer`), due at its own time if it has one; any other piece: `found`."""
    if _LISTED.match(text) is None or not in_an_order(whole):
        return found
    speaker = voice() or proposer(whole)
    return order_line(text, found, speaker, times.ahead(text, 0, len(text)), "business")
