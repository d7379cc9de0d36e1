"""A body's name cut at its "of" (issue 13, stop 60; moved out of speakers.py by the stop's
review, which had grown past the layout's 700 lines).

"U.S. Department of Energy Secretary Rick Perry" names a person whose title carries the body:
the cut "U.S. Department" is only the body's kind, and the person after the title is the
actor. "Department of State", "Ministry of Defence", "Government of Ireland" are a body's
kind whose name goes on after "of": the whole phrase is the name, not its first half.
speakers._of_form asks these of a phrase split at its first " of ".
"""

from __future__ import annotations

import re

from bot.core.extract.capitals import is_capitalised
from bot.core.extract.cues import DESCRIPTOR_WORDS, TITLES

# A capitalised body's kind that a name goes on after "of": "Department of State", "Ministry
# of Defence", "Government of Ireland".
BODY_KIND = re.compile(
    r"(?:^|\s)(?:Department|Ministry|Agency|Office|Council|Committee|Commission|Government|"
    r"Authority|Board|Administration|Bureau|Service)$"
)


def body_before_person(first: str, rest: str) -> bool:
    """Whether "<body> of <portfolio> <title> <name>" names a person whose title carries
    the body ("U.S. Department of Energy Secretary Rick Perry"): `first` is the phrase
    before "of", `rest` the words after it."""
    kind = first.rsplit(" ", 1)[-1].lower()
    if kind not in DESCRIPTOR_WORDS or kind in TITLES:
        return False
    words = rest.split()
    titled = [i for i, word in enumerate(words) if word.lower() in TITLES]
    if not titled or titled[-1] >= len(words) - 1:
        return False
    name = words[titled[-1] + 1 :]
    return all(is_capitalised(word) and word.lower() not in DESCRIPTOR_WORDS for word in name)
