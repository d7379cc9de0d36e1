"""Who reads out an Order of Business when the copy gives no turn label of its own.

A member's speech page of the Oireachtas site holds one turn only, the Leader's, under
the Cathaoirleach's call before it: "I call on the Acting Leader, Senator Seery Kearney,
to outline the Order of Business." The items that follow ("The Order of Business is No.
1, motion re ...") are the one called on's, not the Government's (`order_of_business`
falls back on the Government when no reader is known). Issue 13, stop 57 (helper xs57).
"""

from __future__ import annotations

import re

_CALLED = re.compile(
    r"\bI\s+call\s+(?:on|upon)\s+(?P<who>the\s+(?:Acting\s+|Deputy\s+)?Leader"
    r"(?:\s+of\s+the\s+(?:House|Seanad))?)\b[^.]{0,80}?\bto\s+(?:outline|announce|give)\s+"
    r"the\s+Order\s+of\s+Business\b"
)


def called_reader(text: str) -> str | None:
    """ "the Acting Leader" for a text whose chair calls on the Acting Leader to outline
    the Order of Business; else None."""
    found = _CALLED.search(text[:20_000])
    return found.group("who") if found else None
