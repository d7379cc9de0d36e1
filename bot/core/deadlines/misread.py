"""Words that look like time words and are not, hidden before the scan (issue 12, stop 36).

Three wrong dates a user got with no warning (fresh53-55):

- the modal "may" read as the month: "This may result in a large number of companies being
  struck off" fell due at the end of this May. In mixed-case text a lowercase "may" after
  "this", "that", "next", "last" or a noun ending in "-in" ("the swearing-in may result in
  rallies", fresh59) and before a lowercase word that is no time or
  joining word is the verb; it is read as "can" (a modal of the same length, so the
  sentence keeps its modal and every position its place). "This May", "in may", "by may 5",
  "this may 2021" and all-caps text are left as they were. A lowercase "may" before "I" or
  "we" and a verb of asking ("on may I ask a question", stop 53, fresh137) is the modal too.
- a place named after a feast: "transit to Christmas Island" is no 25 December. "Christmas
  Island", "Easter Island" are hidden (the letters become spaces); so is a feast's name
  that describes a thing ("a Christmas bonus", feast_nouns.py).
- a wire service's tag between a dateline and its dash ("WASHINGTON, Jan. 20, 2012
  /PRNewswire-USNewswire/ - "): the tag is hidden, so that the dateline reads as one
  (clauses.dateline) and its date as the day the story was written.

Later: the inclusive words of a start ("from and including 11 August", inclusive_from.py,
stop 39j) are hidden too, so that the day reads with its "from"; and an -ed word opening a
sentence before its noun ("Scattered showers on Sunday.", opening_ed.py, stop 43), which
describes the noun and tells of no act done; and the date of a past decision in an "as agreed"
aside ("..., as agreed by the House on 25 November.", decided_aside.py, stop 54 review); and
the record's formula before a motion's words ("Motion made, and Question proposed, That ...",
stop 61), whose participles told the motion's own times as past.

Each test is a substring look-up first, so most texts pass through untouched at the cost of
a few `in` tests.

Every hiding keeps each character in its place, and what a reading shows (its words, and
the words its reason quotes) is cut from the hidden text: `own_words` puts the member's own
words back by those places, so that "13.00 (this may change) - 13.30" is never shown as
"this can change", nor "Christmas party" as blanks.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from bot.core.deadlines import decided_aside, feast_nouns, inclusive_from, opening_ed
from bot.core.deadlines.model import Deadline, Refusal
from bot.core.deadlines.vocabulary import normalised
from bot.core.deadlines.words import MONTH, blanked

# a lowercase "may" after "this", "that", "next" or "last" (where a month could stand), or
# after a noun ending in "-in" ("the swearing-in may result in", "the sit-in may go on"),
# before a lowercase word that does not go on naming a time ("next may and june", "this may
# next year", "last may of all"); elsewhere the scan reads no month in a lowercase "may"
_MODAL_MAY: Final = re.compile(
    r"\b((?:[Tt]his|[Tt]hat|[Nn]ext|[Ll]ast|(?<=\w)-in)\s+)may(?=\s+(?!(?:and|or|to|of|through|thru|until|till"
    r"|next|this|last|the|at|on|in|for|is|was|will|deadline|date)\b)[a-z])"
)
# a lowercase "may" before a subject pronoun and a verb of asking or saying ("on may I ask",
# "may I, Sir, ask", "until may we know more", "may we have a statement"): the modal of a
# request (fresh137). A month before a pronoun goes on otherwise ("by may we hope to", "in
# may we will publish", "by may we have finished") and is left; so is "by may we have a new
# law" unless the sentence asks ("may we have a statement?").
_REQUEST_MAY: Final = re.compile(
    r"(?<![\w-])may(?=\s+(?:I|we)(?:\s*,|\s+(?:also\s+|just\s+|now\s+|first\s+)?(?:(?:ask|say|know|"
    r"remind|add|suggest|put|draw|raise|inquire|enquire|congratulate|thank|press|seek|urge)\b|"
    r"have\s+(?:a|an|the|some|any|this|that|his|her|their|your|our)\s[^.!?\n]{0,300}\?)))"
)
_FEAST_ISLAND: Final = re.compile(r"\b(?:Christmas|Easter)\s+Islands?\b")
# the formula of the record heading a motion's words: "Motion made, and Question proposed,
# That this House at its rising tomorrow do adjourn till Monday 10th January." The participles
# are the record's, not the motion's: its times had been read as past and "tomorrow" chosen
# (fresh175, stop 61). Hidden, the words after "That" read as any motion's.
_RECORD_FORMULA: Final = re.compile(
    r"(?:^|(?<=[.;:]\s))\s*(?:motion\s+made\s*,?\s*(?:and\s+)?question\s+(?:proposed|put)"
    r"|motion\s+made|question\s+(?:proposed|put))\s*,?\s*(?=that\b)",
    re.IGNORECASE,
)
# a month's name before a compound of a count and a unit ("the October 30-year TIPS reopening
# auction", "the March 10-year note", fresh183): the compound names the thing, no day of that
# month; it is hidden whole, leaving the month as bare as the sentence has it. A unit in the
# plural ("October 30-days") or a range ("October 30-31") is left.
_MONTH_COMPOUND: Final = re.compile(
    r"\b(" + MONTH + r"[a-z]*\.?\s+)([0-9]{1,2}-(?:year|month|week|day|hour|minute)(?![\w-]))",
    re.IGNORECASE,
)
# "/PRNewswire-USNewswire/ -" within a dateline's reach of the text's start
_WIRE_TAG: Final = re.compile(r"(?<=\s)/[A-Za-z][A-Za-z-]{2,40}/(?=\s*[-\u2013\u2014]\s)")


def hide(text: str) -> str:
    """`text` with the look-alikes above hidden, every other character in its place."""
    if "may " in text and not text.isupper():
        text = _MODAL_MAY.sub(r"\1can", text)
        text = _REQUEST_MAY.sub("can", text)
    if "Island" in text:
        text = _FEAST_ISLAND.sub(blanked, text)
    text = feast_nouns.hide(text)  # "a Christmas bonus", "Christmas tree permits": feast_nouns.py
    text = inclusive_from.hide(text)  # "from and including 11 August": inclusive_from.py
    text = opening_ed.hide(text)  # "Scattered showers on Sunday.": opening_ed.py
    text = decided_aside.hide(text)  # "..., as agreed on 25 November.": decided_aside.py
    if "made" in text or "uestion" in text:
        text = _RECORD_FORMULA.sub(blanked, text)  # "Motion made, and Question proposed, That"
    if "-" in text:
        text = _MONTH_COMPOUND.sub(_compound_hidden, text)  # "the October 30-year auction"
    if "/" in text[:80]:
        head = _WIRE_TAG.sub(blanked, text[:80])
        text = head + text[80:]
    return text


def _compound_hidden(m: re.Match[str]) -> str:
    return m[1] + " " * len(m[2])


# the words a reason quotes: "chosen over “on Friday”: ..."
_QUOTED: Final = re.compile(r"(?<=“)[^”]*(?=”)")


def own_words(found: Deadline | Refusal, hidden: str, text: str) -> Deadline | Refusal:
    """`found`, read on `hidden` (`text` with the look-alikes hidden), with the words it shows
    as they stand in `text`."""
    reason = _QUOTED.sub(lambda m: _restored(m[0], hidden, text), found.reason)
    for day in decided_aside.set_aside(text) if hidden != text else ():
        reason += f", the aside's date “{day}” set aside: the day of a decision or plan"
    if isinstance(found, Deadline):
        return replace(found, matched=_restored(found.matched, hidden, text), reason=reason)
    return replace(found, words=_restored(found.words, hidden, text), reason=reason)


def _restored(shown: str, hidden: str, text: str) -> str:
    """Words cut from `hidden` (pieces joined by " … " when a reading took several) as
    `text` has them at the same place. A piece cut from the lower-cased text the scan reads
    ("tuesday 10 december", a refusal's words) is found there and cut from `text` the same
    way (stop 38); a piece found in neither (lower-casing moved the places: "İ") as shown."""
    pieces = []
    folded: str | None = None
    for piece in shown.split(" … "):
        at = hidden.find(piece) if piece else -1
        if at < 0 and piece:
            folded = normalised(hidden) if folded is None else folded
            at = folded.find(piece) if len(folded) == len(hidden) else -1
        pieces.append(piece if at < 0 else text[at : at + len(piece)])
    return " … ".join(pieces)
