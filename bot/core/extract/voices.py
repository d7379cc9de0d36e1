"""The voice of a transcript that opens with its speaker's name and offices.

Issue 13, round 29d (speakers). A leader's press conference is published under a
heading of the speaker's name and portfolios, one a line ("Jane Smith / Minister, Arts /
Prime Minister"), and then runs in the first person without a label. "I will be
attending" is the heading's speaker; before this, with no label, an "I" fell to whoever
the text named most (a minister whose resignation the leader announced).

A quotation attributed to someone else keeps its own voice: the heading is the last
evidence `_voice` reads. Only the layout is read, never a particular name.
"""

from __future__ import annotations

import functools
import re

# A name line (two to four capitalised words, "Hon" or "Rt Hon" allowed), then one or
# more office lines ("Minister, Child Poverty Reduction", "Prime Minister").
_HEADING = re.compile(
    r"\A\s*(?:(?:Rt\s+)?Hon\.?\s+)?(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})[ \t]*\n"
    r"(?:[ \t]*(?:(?:Deputy|Associate|Acting|Vice)\s+)?(?:Prime\s+)?(?:Minister|Secretary|"
    r"President|Premier|Chancellor|Leader)\b[^\n.!?]{0,80}\n)+"
)


# A media release whose heading gives the office alone, on its own line among the title,
# the kind and the date ("G20 Leaders Summit / Media release / 29 Nov 2018 / Prime
# Minister", as pm.gov.au prints it), then runs in the first person: "I will travel to
# Argentina" is the office holder's, not the G20's the text names most. Stop 61, f2.
_RELEASE_KIND = re.compile(r"(?im)^[ \t]*media[ \t]+(?:release|statement)[ \t]*$")
_OFFICE_LINE = re.compile(
    r"(?m)^[ \t]*(?P<office>(?:(?:Deputy|Acting|Assistant)[ \t]+)?(?:Prime[ \t]+Minister|"
    r"Treasurer|Premier|Chief[ \t]+Minister|Attorney-General|(?:Foreign[ \t]+)?Minister"
    r"(?:[ \t]+for[ \t]+[A-Z][^\n.!?:]{2,80})?))[ \t]*$"
)
_RELEASE_HEAD_LINES = 6


def _release_office(text: str) -> str | None:
    """ "the Prime Minister" when a media release's heading lines name the office alone."""
    head = "\n".join(
        [line for line in text.lstrip().splitlines() if line.strip()][:_RELEASE_HEAD_LINES]
    )
    if not _RELEASE_KIND.search(head):
        return None
    office = _OFFICE_LINE.search(head)
    return "the " + office.group("office") if office else None


@functools.lru_cache(maxsize=8)
def heading_voice(text: str) -> str | None:
    """The speaker a transcript's or a release's heading names, or None when it opens
    otherwise."""
    found = _HEADING.match(text)
    return found.group("name") if found else _release_office(text)
