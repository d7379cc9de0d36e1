"""Clause times the deadline parser misreads or never sees, handed to it in a readable form.

- A fronted range of days run straight into its clause ("On October 11-13 he will
  meet") gets the comma news copy usually gives it, so that the range, not a stray
  number, is what is read.
- A later clause that continues the act ("we have agreed to continue this summary, but at
  a reduced level ... until 30 September"; "..., but where details are missing, families
  would be contacted early next week") times it when the clause itself names no time.
- A participle clause ("will be in session this week, opening the new Congress on
  Tuesday") dates a part of the act; the main clause's own time frame is the deadline.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_FRONTED_RANGE = re.compile(
    rf"^(?P<range>\s*(?:On|From|Between)\s+(?:{_MONTH}\s+\d{{1,2}}\s*[-–]\s*\d{{1,2}}|"
    rf"\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+{_MONTH}))(?=\s+[a-z])"
)
# What continues the act after the clause: ", but at a reduced level ...".
CONTINUED = re.compile(r"\s*,?\s*but\s")
# ", opening the 115th Congress on Tuesday": a participle that dates a part of the act.
PARTICIPLE = re.compile(r",\s+(?!including\b|according\b|beginning\b|starting\b)[a-z]+ing\s")


def fronted_range(text: str) -> str:
    """`text` with a fronted range of days set off by a comma."""
    return _FRONTED_RANGE.sub(lambda match: match.group("range") + ",", text)
