"""One in authority who "has asked" a named person or body to act (stop 57).

"President Bush has asked the Vice President to travel to Azerbaijan, Georgia, Ukraine
and Italy", "The President has asked Representative Donald Payne to lead a Presidential
Delegation ... on August 2, 1997", a minister's written answer "I have asked the Health
Service Executive to respond to the Deputy directly, as soon as possible": the one asked is
set to act, and the act can be checked (issue 13's "commits others"). No cue word read
these: "asked" was read only in the passive ("has been asked to") or of one's own staff.

Only the present perfect of a head of government, a minister or the writer ("I") is read,
with a named object (a capital) and an act after "to": "Reporters have asked the President
to comment", "He has asked the Clerk whether", a question and "has not asked" are not.
The one asked is the speaker, as CONVENTIONS 6.3 gives an instruction to its addressee.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.extract.candidate import MAYBE_BELOW, Candidate
from bot.core.extract.timeframe import TimeFrames

_ASKER = (
    r"(?:\bI|\b(?-i:President|Vice\s+President|Prime\s+Minister|Taoiseach|T\u00e1naiste|"
    r"Minister|Secretary|Governor|Mayor|Chancellor|Premier|Government)(?:\s+[A-Z][\w’'\-]*){0,3})"
)
_NAMED = r"(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|of|for|and|the|on))*"
_ASKED = re.compile(
    rf"{_ASKER}\s+(?:has|have)\s+(?:also\s+)?asked\s+(?P<who>{_NAMED})\s+to\s+"
    r"(?!(?:comment|speak|answer|explain|clarify|confirm|say|note|be)\b)(?=[a-z])"
)


def asked_to(
    text: str, found: Candidate | None, times: TimeFrames, expand: Callable[[str], str]
) -> Candidate | None:
    """`found`, else the sentence `text` as the act someone in authority has asked a named
    person or body (the speaker, `expand`ed) to do, due at the act's time if it has one."""
    if found is not None or "?" in text:
        return found
    asked = _ASKED.search(text)
    if asked is None:
        return None
    who = asked.group("who")
    deadline = times.ahead(text, asked.end(), len(text))
    quote = text.strip()
    return Candidate(
        speaker=expand(who),
        promise=text[asked.start("who") :].strip().rstrip("."),
        quote=quote,
        deadline=deadline,
        deadline_text=deadline.matched if deadline else None,
        confidence=MAYBE_BELOW,
        cue="asked",
    )
