"""A business programme: a day on a line of its own, then the day's business one item a line.

A parliament's business motion or business bulletin prints the programme it agrees to
("That the Parliament agrees the following programme of business—") as a day's heading
("Tuesday 27 June 2023") and under it one line per item, the first at the hour the
sitting starts and each later one "followed by" the one before: "2.00 pm Time for
Reflection", "followed by Topical Questions (if selected)", "5.00 pm Decision Time".
The lines have no verb: read one at a time they are a contents list; read as a
programme they are the House's scheduled business (CONVENTIONS 1.3), each due on the
heading's day.

Only the programme's shape counts: a dated heading not before the publication, then at
least `_MIN_LINES` lines that open with a clock time or with "followed by". The
standing formalities every day repeats (the Bureau's or business motions, committee
announcements) are the running of the sitting, not business anyone undertakes. An item a
body's debate or a ministerial statement opens ("Scottish Government Debate: ...") is
that body's; every other item the House's, or the text's body.

Issue 13, stop 49, tuner y (recall: order-of-business and business-bulletin items).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.core.deadlines import Deadline
from bot.core.extract.calendar_names import CAPITALISED_MONTHS, WEEKDAY
from bot.core.extract.candidate import MAYBE_BELOW, Candidate
from bot.core.extract.timeframe import TimeFrames

# "Tuesday 27 June 2023", "Wednesday, 28 June 2023", "Thursday 29 June": alone on its line.
_DAY_HEADING = re.compile(
    rf"(?m)^[ \t]*(?P<day>{WEEKDAY},?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{CAPITALISED_MONTHS})"
    r"(?:,?\s+\d{4})?)[ \t]*$"
)
# An item's line: the hour, or "followed by", then the item's name.
_ITEM_LINE = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?|followed\s+by)[ \t]+(?P<item>\S[^\n]*?)[ \t]*$"
)
# The formalities of every sitting day.
_FORMALITY = re.compile(
    r"^(?:(?:Parliamentary\s+Bureau|Business)\s+Motions?|Committee\s+Announcements?)\b",
    re.IGNORECASE,
)
# "Scottish Government Debate: ...", "Ministerial Statement: ...": the body that leads it.
_LED_BY = re.compile(r"^(?P<body>(?:[A-Z][a-z]+\s+)?Government)\s+(?:Debate|Business)\s*:")
_MINISTERIAL = re.compile(
    r"^(?:Ministerial\s+Statement|Legislative\s+Consent\s+Motion)\s*:", re.IGNORECASE
)
_HOUSE = re.compile(r"\b[Tt]he\s+(Parliament|Assembly|Senedd|House)\b")
_GOVERNMENT = re.compile(r"\b(?:the\s+)?((?:[A-Z][a-z]+\s+)?Government)\b")
_MIN_LINES = 3
_CONFIDENCE = MAYBE_BELOW


@dataclass(frozen=True, slots=True)
class ProgrammeItem:
    """One item line of a programme: its day's words and their reading, the item, and the
    bodies the whole text names (searched once per text, not once per line)."""

    day: str
    deadline: Deadline | None
    name: str
    house: str | None  # "Parliament" of the text's first "the Parliament"
    government: str | None  # "Scottish Government" of its first "Government"


def programme_items(text: str, times: TimeFrames) -> dict[int, ProgrammeItem]:
    """The offsets of a programme's item lines, each with its day and the item."""
    today = times.published.astimezone(times.zone).date()
    headings = list(_DAY_HEADING.finditer(text))
    found: dict[int, ProgrammeItem] = {}
    bodies: tuple[str | None, str | None] | None = None
    for number, heading in enumerate(headings):
        end = headings[number + 1].start() if number + 1 < len(headings) else len(text)
        lines: dict[int, str] = {}
        at = heading.end()
        for line in _ITEM_LINE.finditer(text, at, end):
            if text[at : line.start()].strip():
                break  # the block ends where a line of another kind stands
            at = line.end()
            lines[line.start()] = line["item"]
        if len(lines) < _MIN_LINES:
            continue
        day = heading["day"]
        deadline = times.parse(day)
        if not _not_before(deadline, today, times):
            continue
        if bodies is None:
            house, government = _HOUSE.search(text), _GOVERNMENT.search(text)
            bodies = (
                house.group(1) if house else None,
                government.group(1) if government else None,
            )
        for offset, name in lines.items():
            found[offset] = ProgrammeItem(day, deadline, name, *bodies)
    return found


def _not_before(deadline: Deadline | None, today: date, times: TimeFrames) -> bool:
    """The heading's day is `today` or later, in the zone: its end at 23:59 there falls on the
    next day in UTC west of it."""
    return deadline is not None and deadline.due.astimezone(times.zone).date() >= today


def programme_candidate(
    sentence: str, at: int, item: ProgrammeItem, body: str | None
) -> Candidate | None:
    """The programme line at `at` of `sentence`, as the House's scheduled business."""
    name = item.name
    if _FORMALITY.match(name):
        return None
    led = _LED_BY.match(name)
    if led:
        speaker: str | None = "the " + led["body"]
    elif _MINISTERIAL.match(name) and item.government:
        speaker = "the " + item.government
    else:
        speaker = "the " + item.house if item.house else body
    deadline = item.deadline
    return Candidate(
        speaker=speaker,
        promise=sentence[at:].strip(),
        quote=sentence.strip(),
        deadline=deadline,
        deadline_text=deadline.matched if deadline else None,
        confidence=_CONFIDENCE,
        cue=name,
    )
