"""Both parties to a call or a meeting, for the "they" that follows it (stop 67).

Readouts name one side as the subject and the other as the one spoken to: "The Prime
Minister spoke to Prime Minister-elect Jacinda Ardern of New Zealand today ... They agreed
to work together". "They" is the two of them, not the subject alone.
"""

from __future__ import annotations

import re

from bot.core.extract.calendar_names import CAPITALISED_MONTHS, WEEKDAY

_WITH = re.compile(
    r"\b(?:spoke|talked)\s+(?:to|with)\s+|\bmet\s+(?:with\s+)?|"
    r"\bheld\s+(?:a\s+)?(?:call|talks|meeting)\s+with\s+"
)
# "Prime Minister-elect Jacinda Ardern", "President Ursula von der Leyen": a capitalised
# run, with the particles of a surname.
_NAME = re.compile(
    r"(?:(?:[A-Z][\w’'.\-]*|von|van|der|den|de|du|la|le|al|bin)\s+){0,6}[A-Z][\w’'\-]+"
)
# "met Monday with growers", "met January's delegates": a day or a month is no one met.
_CALENDAR = re.compile(f"{WEEKDAY}|{CAPITALISED_MONTHS}")


def call_pair(text: str, actor: str) -> str | None:
    """The pair "`actor` and the one `actor` spoke to or met" in `text`, the sentence
    naming `actor`; None when the sentence reports no such call or meeting."""
    verb = _WITH.search(text)
    if verb is None:
        return None
    other = _NAME.match(text, verb.end())
    if other is None or other.group() == actor or _CALENDAR.match(other.group()):
        return None
    return f"{actor} and {other.group()}"
