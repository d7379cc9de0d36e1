"""Dated stamps of a talk page or a log (issue 12, round 26e).

A date can stamp the text it stands in rather than set a time in it:

- a dated update heading ("Oct 26 update: Please participate ...", "Update (Oct 27): There
  was a discussion"): the day the update was posted, past;
- a signature, a user name and a day as a sentence of their own before the comment goes
  on ("Punboy November 10th. This is a great idea"): the day it was signed, past;
- a day closing the name of a page with a path ("The log is at Wikinews/IRC meeting Oct
  27"): part of the name, no time at all;
- a numbered round heading with a window of year-less dates ("Round 1: Applications
  accepted between 1 July and 31 December. Outcomes advised by March"): a round run each
  year, recurring.

`verdict` returns (refusal kind, reason) to refuse the chosen phrase, or None to keep it;
each check is behind a substring test.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import MONTH

Verdict = tuple[str | None, str]

_UPDATE_AFTER: Final = re.compile(r"\s*(?:update|edit)\s*[:\u2013\u2014-]", re.I)
_UPDATE_BEFORE: Final = re.compile(r"^\W*(?:update[ds]?|edit(?:ed)?)\s*[(,:-]?\s*$", re.I)
_HEADING_END: Final = re.compile(r"\)?\s*:")
# "Punboy November 10th. This": one name, then the day, as a whole sentence of its own
_SIGNED: Final = re.compile(r"^\W*(?P<name>[A-Z][A-Za-z0-9_]{2,30})\s+$")
_SIGNED_END: Final = re.compile(r"\.\s+[A-Z]")
# words that make "<word> <day>." a statement of time, not a signature
_NOT_A_NAME: Final = frozenset(
    "deadline due closing closes close ends end opens open expires expiry date until by on "
    "from before after since effective launch release submission submissions updated posted "
    "published dated today tomorrow register apply vote submit enrol enroll rsvp book join "
    "respond reply return pay file sign renew".split()
)  # and the verbs of a call to act by the day: "Register November 10th. Late entries ..."
# "Wikinews/IRC meeting Oct 27": a page path, then words of its name up to the day; not
# "and/or" ("Send comments and/or objections Dec 9"), nor a field's label ("Date/time: Feb. 27")
_PAGE_PATH: Final = re.compile(
    r"\b(?!(?:and|or)/)[A-Za-z]+/[A-Za-z][^\s/,;.:]*(?:\s+[A-Za-z]+){0,4}\s+$"
)
# a lead-in that makes the day a time, never the end of a name: "at example.org/apply by Dec 9"
_TIMED: Final = re.compile(r"(?:by|before|until|till|on|from|due|after|through|thru|in|at)\s", re.I)
_ROUND: Final = re.compile(r"^\W*round\s+[0-9]+\s*:", re.I)
_WINDOW: Final = re.compile(
    rf"\bbetween\s+[0-9]{{1,2}}\s+{MONTH}[a-z]*\s+and\s+[0-9]{{1,2}}\s+{MONTH}[a-z]*\b"
)


def verdict(text: str, matched: str) -> Verdict | None:
    """The chosen phrase refused as a stamp (see the module), or None."""
    if "ound" in text[:12] and _ROUND.match(text) and _WINDOW.search(text.lower()):
        return "recurring", "a numbered round run each year: recurring"
    start = text.find(matched)
    if start < 0 or start > 60:
        return None  # a stamp stands at the head of its text
    end = start + len(matched)
    head = text[:start]
    if ("pdate" in text or "dit" in text) and (
        _UPDATE_AFTER.match(text, end)
        or (head and _UPDATE_BEFORE.match(head) and _HEADING_END.match(text, end))
    ):
        return "past", "the day an update was posted: past"
    if not text.startswith(". ", end):
        return _page_name(head, matched)
    if (signed := _SIGNED.match(head)) is not None and _SIGNED_END.match(text, end):
        if signed["name"].lower() not in _NOT_A_NAME:
            return "past", "the day of a signature: past"
    return _page_name(head, matched)


def _page_name(head: str, matched: str) -> Verdict | None:
    if "/" in head and _TIMED.match(matched) is None and _PAGE_PATH.search(head) is not None:
        return None, "part of a page's name: no time"
    return None
