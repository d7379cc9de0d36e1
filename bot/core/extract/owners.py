"""The office-holder a sentence opens with as a possessor, for "he" or "she" after it.

"The Minister’s first stop is Ørsted’s windfarm in Essex. He will hear how ..." : the
"he" is the Minister, whose programme the release describes, not a person named further
up in an aside ("– announced by Chancellor Philip Hammond at last year’s Budget –").
The possessor names no subject of its own sentence, so the extractor's context reading
(`_from_context`) passed over it to that earlier name. A person the sentence itself names
("The Minister's first stop is Leeds, where Mayor John Smith greeted her. He will ...") is
still read first. Issue 13, stop 55 (helper xs55; review55b).
"""

from __future__ import annotations

import re

from bot.core.extract.giving import holder

# "The Minister’s first stop", "The Foreign Secretary's visit": "the", up to four
# capitalised words, a possessive.
_OPENING_OWNER = re.compile(r"\W{0,3}[Tt]he\s+((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)[’']s\s")


def opening_holder(text: str) -> str | None:
    """ "the Minister" for "The Minister’s first stop is ...", when the possessor is an
    office one person holds; else None."""
    match = _OPENING_OWNER.match(text)
    if not match:
        return None
    office = "the " + match.group(1)
    return office if holder(office) else None
