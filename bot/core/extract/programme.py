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
from datetime import date

from bot.core.deadlines import Deadline
from bot.core.extract.candidate import MAYBE_BELOW, Candidate
from bot.core.extract.cues import CAPITALISED_MONTHS, WEEKDAY
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


def programme_items(text: str, times: TimeFrames) -> dict[int, tuple[str, str]]:
    """The offsets of a programme's item lines, each with its day's words and the item."""
    today = times.published.astimezone(times.zone).date()
    headings = list(_DAY_HEADING.finditer(text))
    found: dict[int, tuple[str, str]] = {}
    for number, heading in enumerate(headings):
        end = headings[number + 1].start() if number + 1 < len(headings) else len(text)
        items: dict[int, tuple[str, str]] = {}
        at = heading.end()
        for line in _ITEM_LINE.finditer(text, at, end):
            if text[at : line.start()].strip():
                break  # the block ends where a line of another kind stands
            at = line.end()
            items[line.start()] = (heading["day"], line["item"])
        if len(items) >= _MIN_LINES and _not_before(times.parse(heading["day"]), today, times):
            found.update(items)
    return found


def _not_before(deadline: Deadline | None, today: date, times: TimeFrames) -> bool:
    """The heading's day is `today` or later, in the zone: its end at 23:59 there falls on the
    next day in UTC west of it."""
    return deadline is not None and deadline.due.astimezone(times.zone).date() >= today


def programme_candidate(
    text: str, sentence: str, at: int, item: tuple[str, str], times: TimeFrames, body: str | None
) -> Candidate | None:
    """The programme line at `at` of `sentence`, as the House's scheduled business."""
    day, name = item
    if _FORMALITY.match(name):
        return None
    led = _LED_BY.match(name)
    house = _HOUSE.search(text)
    government = _GOVERNMENT.search(text)
    if led:
        speaker: str | None = "the " + led["body"]
    elif _MINISTERIAL.match(name) and government:
        speaker = "the " + government.group(1)
    else:
        speaker = "the " + house.group(1) if house else body
    deadline = times.parse(day)
    return Candidate(
        speaker=speaker,
        promise=sentence[at:].strip(),
        quote=sentence.strip(),
        deadline=deadline,
        deadline_text=deadline.matched if deadline else None,
        confidence=_CONFIDENCE,
        cue=name,
    )
