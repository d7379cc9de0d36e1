"""A bullet that only gives an address to write to: no item of what is promised.

A notice inviting comments lists how to send them ("* Email: oma_trans_wild@blm.gov",
"* Fax: 208-384-3489", "* Surface mail: 3948 S. Development Ave., Boise"); under a
committing introduction ("The BLM will accept comments by any of the following methods:")
each was taken as an item of the introduction's pledge. A line that is a channel's name, a
colon and an address names no act (CONVENTIONS 2.1: bullets without a verb). Issue 13,
stop 57 (helper xs57).
"""

from __future__ import annotations

import re

_CONTACT = re.compile(
    r"(?i)(?:e-?mail|fax|facsimile|phone|telephone|tel|(?:surface|postal|regular|u\.\s?s\.)\s+mail|"
    r"mail|hand\s+deliver(?:y|ies)|courier|address|website|web\s+site|internet)\s*:\s*\S[^\n]*$"
)


def contact_line(text: str, start: int) -> bool:
    """Whether the item at `start` of `text` is a contact line ("Fax: 208-384-3489")."""
    return _CONTACT.match(text, start) is not None
