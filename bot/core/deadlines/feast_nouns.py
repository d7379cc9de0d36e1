"""A feast's name that only describes a thing is no time (issue 12, stop 36).

"Staff will get a Christmas bonus" was due on 25 December, and "Christmas tree permits will
be available for purchase beginning November 1" chose 25 December over the start it gives:
the feast's name there says what kind of bonus or tree it is, not when anything happens.
A feast's name (with its "Day" or "Eve") right before one of a closed list of nouns for
things and events held at the feast (trees, bonuses, markets, cards, parties, lights, sales,
eggs ...) is hidden, the letters becoming spaces, so the rest of the
sentence is read as it stands. The list holds no word for a period: "the Christmas recess",
"the Christmas break", "the Christmas period", "Christmas holidays", "the Thanksgiving travel
period" are periods named by the feast (kept), and "by Christmas", "at Easter", "before
Christmas Day" name the day itself (kept). fresh56 labels "Christmas tree permits ...
beginning November 1, 2021" as giving only its earliest day. "the Boxing Day Test" (fresh33:
a name, no deadline) is left out: read as "five days before the Test" it became an undated
event, where the parser already gives no time.

Thanksgiving after "a day of", "a service of", "prayers of" and the like (stop 60, fresh172:
"asked President George Washington to declare a national day of thanksgiving") is the act of
giving thanks, not the US feast: hidden too.

A feast wished to someone (stop 62, fresh181: "we wish noble Lords a very good Easter and we
shall be prepared to do battle with them when they return" was due on Easter Sunday): a
feast's name after "merry", "happy" or "a (very) good", "a peaceful", "a restful" ... is a
greeting, no time for an act: hidden too ("before Easter", "the Easter recess" are kept).

Read by misread.hide before the scan, only when the text holds one of the feasts' names
as they are written (capitalised, or in capitals for Christmas and Easter).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import blanked

_NAME: Final = re.compile(
    r"\b(?:Christmas|Xmas|Easter|Boxing\s+Day|Thanksgiving|Halloween)(?:\s+(?:Day|Eve))?"
    r"(?=\s+(?:trees?|bonus(?:es)?|markets?|cards?|part(?:y|ies)|lights|decorations|shopping"
    r"|sales?|dinners?|lunch(?:es)?|meals?|gifts?|presents?|puddings?|cakes?|jumpers?"
    r"|menus?|appeals?|carols?|concerts?|fairs?|hampers?|stockings?|crackers?|turkeys?"
    r"|eggs?|bunn(?:y|ies)|bonnets?|hunts?|parades?|costumes?|shoppers|spirit"
    r"|songs?|films?|movies?|specials?|adverts?|ads?|number\s+one)\b)",
    re.IGNORECASE,
)


# giving thanks, the feast's name as a plain noun: "a national day of thanksgiving"
_GIVING_THANKS: Final = re.compile(
    r"\b(?:day|days|service|services|prayer|prayers|act|mass|hymn|hymns|song|songs|note"
    r"|words|spirit|festival)\s+of\s+(?:national\s+)?(thanksgiving)\b",
    re.IGNORECASE,
)


# a greeting: "Merry Christmas", "a happy Easter", "wish you a very good Easter", "have a
# peaceful Christmas"
_GREETING: Final = re.compile(
    r"\b(?:merry|happy|a\s+(?:very\s+|most\s+|really\s+)?(?:good|peaceful|restful|joyful"
    r"|blessed|pleasant|relaxing|wonderful|lovely|safe|enjoyable|happy|merry))\s+"
    r"((?:Christmas|Xmas|Easter|Thanksgiving|Halloween|CHRISTMAS|EASTER)(?:\s+(?:Day|Eve))?)\b"
    r"(?!\s+(?:recess|break|holidays?|period|adjournment|week|weekend|season)\b)",
    re.IGNORECASE,
)


def _thanks_blanked(m: re.Match[str]) -> str:
    """The match with its group 1 (the feast's name) as spaces, every position kept."""
    cut = m.start(1) - m.start()
    return m.group()[:cut] + " " * len(m.group(1))


def hide(text: str) -> str:
    """`text` with each feast's name that modifies a listed noun blanked."""
    if "hanksgiving" in text and " of " in text:
        text = _GIVING_THANKS.sub(_thanks_blanked, text)
    # a cheap look-up first (the names as written, capitalised or in capitals; lower-case
    # "christmas" too)
    if not (
        "hristmas" in text
        or "Easter" in text
        or "Xmas" in text
        or "Boxing" in text
        or "Thanksgiving" in text
        or "Halloween" in text
        or "HRISTMAS" in text
        or "EASTER" in text
    ):
        return text
    text = _GREETING.sub(_thanks_blanked, text)  # "a very good Easter": a greeting
    return _NAME.sub(blanked, text)
