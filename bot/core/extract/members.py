"""A member's name on a line of its own, in the layouts parliaments print without a title.

Written and oral answers are printed as a heading with the member's name, then what they
said in the paragraphs below it. The Commons' old form puts a title in the name ("Lord
McIntosh of Haringey", `actors._NAME_LINE`), but most others print a plain name with the
seat or party in brackets ("Bertie Ahern (Dublin Central, Fianna Fail)", "Valerie Vaz
(Walsall South) (Lab)", "1. Dave Thompson (Skye, Lochaber and Badenoch) (SNP):"), a plain
name and a colon ("Alex Neil:"), or the office with its holder in brackets ("The Cabinet
Secretary for Health and Wellbeing (Alex Neil):"). Without the heading read, the "I" of a
minister's answer fell to whoever the text named last or most (the member asking, the
health board the answer was about).

A heading of the same shape names a topic too ("Energy Markets (Competition)", "Broads
Authority Bill (By Order)", "Meeting Venue:"): a name is taken only when none of its words
is ever written in lower case in the text, which a topic's common nouns are.

Issue 13, stop 44 (tuner s, speakers).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

_WORD = r"[A-Z][\w’'\-]*[a-z][\w’'\-]*"
_NAME = (
    rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|[A-Z]{{2,3}}|(?:de|van|von|der|da|di|le|la|Mac)\b)){{1,3}})"
)
# "Bertie Ahern (Dublin Central, Fianna Fail)", "21. Ann Winterton (Congleton)", "Lord
# Rosser (Lab)", "Elin Jones MS (Chair)": a name and one or two brackets, a colon at most.
_SEATED = re.compile(
    rf"^(?:\d+\.\s*)?{_NAME}\s*\([^()\n]{{2,60}}\)(?:\s*\([^()\n]{{2,20}}\))?\s*:?\s*$"
)
# "Alex Neil:", "Rachael Hamilton:": a name and a colon, nothing after it.
_COLON = re.compile(rf"^{_NAME}\s*:\s*$")
# "The Cabinet Secretary for Health and Wellbeing (Alex Neil):", "The Deputy Presiding
# Officer (Christine Grahame)": the holder in brackets.
_OFFICE = re.compile(rf"^The\s+[A-Z][^()\n:]{{2,120}}?\s+\({_NAME}\)\s*:?\s*$")


@lru_cache(maxsize=8)
def words_of(text: str) -> frozenset[str]:
    """The words of a text as written, read once per text."""
    return frozenset(re.findall(r"\w+(?:[’'.\-]\w+)*", text))


# A letter's or a notice's opening words before a colon, never a member: "Dear Harbour
# Masters:", "Notes to Editors:".
_OPENERS = frozenset("dear to from re subject attention contact contacts note notes media".split())


def member_heading(paragraph: str, words: Collection[str]) -> str | None:
    """The member a heading paragraph names, or None. `words` are the text's words as
    written: a word of the name seen in lower case makes it a topic, not a name."""
    line = paragraph.strip()
    if "\n" in line or len(line) > 160:
        return None
    found = _SEATED.match(line) or _COLON.match(line) or _OFFICE.match(line)
    if found is None:
        return None
    name = found.group("name")
    if name.split()[0].lower() in _OPENERS:
        return None
    if any(
        word.lower() in words for word in name.split() if word[:1].isupper() and not word.isupper()
    ):
        return None
    return name
