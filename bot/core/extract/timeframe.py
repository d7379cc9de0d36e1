"""When a candidate is due, and whether a sentence is about the past.

`bot.core.deadlines.parse_deadline` reads deadline words; this module decides which
words of a sentence to hand it. Real texts put the time frame where news copy does not:
in a dated heading before a colon ("Wednesday 12 December: Commission will present ..."),
after a semicolon list ("will travel to Bangkok, Thailand; Australia; ... July 30th
through August 6th"), as a grant of time ("gives the Joint Chiefs of Staff 30 days"), in
old or spoken spellings ("to-morrow", "by twenty-fourteen") and as alternatives ("later
this year or early next year": the later one is the deadline).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.deadlines import Deadline, parse_deadline
from bot.core.extract.calendar_names import CAPITALISED_MONTHS, MONTHS, WEEKDAY
from bot.core.extract.clause_times import CONTINUED, PARTICIPLE, fronted_range
from bot.core.extract.cues import (
    DATED_HEADING,
    FORWARD_DEADLINE,
    MONTH_MENTION,
    PAST_REPORT,
    PAST_TIME,
    SPAN_OF,
    STARTING,
    YEAR_REFERENCE,
)

_TEENS: tuple[str, ...] = tuple(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
)
_UNITS: tuple[str, ...] = tuple("one two three four five six seven eight nine".split())
_SPOKEN_YEAR = re.compile(
    r"\btwenty[\s-](" + "|".join(_TEENS) + r"|twenty(?:[\s-](?:" + "|".join(_UNITS) + r"))?)\b",
    re.IGNORECASE,
)
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)\b")
_OLD_SPELLING = re.compile(r"\bto-(morrow|day|night)\b", re.IGNORECASE)
# "gives the Joint Chiefs of Staff 30 days", "have 90 days to".
_GRANT = re.compile(
    r"\b(?:gives?|given|giving|allows?|allowed|has|have)\s+(?:[^,;.]{0,60}?\s)?"
    r"((?:\d+|[a-z]+)\s+(?:days?|weeks?|months?))\b"
)
# "enters into force on the day of its official publication": the day it is published.
_AFTER_PUBLICATION = re.compile(
    r"\b(\d+|[a-z]+)\s+(days?|weeks?|months?)\s+(?:after|from|following)\s+(?:the\s+(?:day|date)\s+of\s+)?"
    r"(?:its|this|their|the)\s+(?:official\s+)?(?:publication|signing|signature|adoption|entry\s+into\s+force)\b",
    re.IGNORECASE,
)
_ON_PUBLICATION = re.compile(
    r"\b(?:on|from)\s+the\s+(?:day|date)\s+of\s+(?:its|this|their|the)\s+(?:official\s+)?"
    r"(?:publication|signing|signature|adoption)\b|\bupon\s+(?:its\s+)?(?:publication|signature)\b",
    re.IGNORECASE,
)
# "tomorrow starting at 8:00 a.m.": the hour of a start is the hour the thing is due.
_STARTING_AT = re.compile(r"\b(?:starting|beginning|commencing)\s+at\s+(?=\d)", re.IGNORECASE)
_TODAYS = re.compile(r"\b(?:today|tonight|this\s+morning)[’']s\b", re.IGNORECASE)
_AFTER_CLAUSE = re.compile(r",\s+(?:after|following|once)\s")
# "will travel ... from Dec. 11-18, 2013": a range of days, done by its last day ("from"
# alone marks a start, which sets no deadline).
_FROM_RANGE = re.compile(
    r"\bfrom\s+(?=[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*\d{1,2}\b|"
    r"\d{1,2}\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]{2,8}\b)"
)
# "will also visit Nairobi, Kenya, beginning on May 3": a visit's day; so is a named day
# without "on" ("will travel abroad beginning September 2, 2008", "a tour of the East
# Coast beginning April 30", "Beginning Monday, November 29, 2004, all centers will open").
_BEGINNING_ON = re.compile(
    rf"\b(?i:beginning|starting)\s+(?:(?i:on)\s+|(?=(?:{CAPITALISED_MONTHS})\b|{WEEKDAY}\b))"
)
# A meeting's two days named twice, the weekdays first: "on Monday-Tuesday, December 14-15,
# 2015"; the dates alone say it ("on December 14-15, 2015", done by the last day).
_WEEKDAY_RANGE = re.compile(rf"\b{WEEKDAY}\s*[-–]\s*{WEEKDAY},\s+(?=(?:{CAPITALISED_MONTHS})\s+\d)")
_ALTERNATIVE = re.compile(r"^\s*,?\s*or\s+(?:by\s+|in\s+)?")


def _spoken_year(match: re.Match[str]) -> str:
    word = match.group(1).lower().replace("-", " ").split()
    if word[0] in _TEENS:
        return str(2010 + _TEENS.index(word[0]))
    return str(2020 + (_UNITS.index(word[1]) + 1 if len(word) > 1 else 0))


def plain_words(text: str) -> str:
    """Time words respelt the way the deadline parser reads them; a year range keeps its
    last year ("commissioned in 2022–2023" is done by the end of 2023)."""
    text = fronted_range(_OLD_SPELLING.sub(lambda m: "to" + m.group(1), text))
    # "Today's action by the FCC": the day a thing was done names it, it is no deadline.
    text = _TODAYS.sub("the", text)
    text = _SPOKEN_YEAR.sub(_spoken_year, text)
    text = _YEAR_RANGE.sub(lambda m: m.group(2), text)
    text = _ON_PUBLICATION.sub("today", text)
    # "shall take effect 30 days after its publication": within 30 days of today.
    text = _AFTER_PUBLICATION.sub(lambda m: f"within {m.group(1)} {m.group(2)}", text)
    text = _STARTING_AT.sub("at ", _WEEKDAY_RANGE.sub("", text))
    text = _BEGINNING_ON.sub("on ", _FROM_RANGE.sub("", text))
    # "in the coming weeks and months", "hours and days": the longer span.
    return re.sub(
        r"\b(?:hours|days|weeks)\s+and\s+(days|weeks|months|years)\b", lambda m: m.group(1), text
    )


# an agreement or decision right before a clause: "They agreed that | they should meet ..."
_RESOLVED_LEAD = re.compile(
    r"\b(?:agreed|agree|agrees|decided|resolved|undertook|concluded)\s+that\s+$", re.IGNORECASE
)


class TimeFrames:
    """Deadlines and past frames, read from one publication date."""

    def __init__(self, published: datetime, tz: str | ZoneInfo, zone: ZoneInfo) -> None:
        self.published = published
        self.tz = tz
        self.zone = zone
        # Words already read: a paste that repeats a sentence many times (or many cues of
        # one sentence asking about the same clause) reads each wording once.
        self._parsed: dict[str, Deadline | None] = {}

    def parse(self, words: str) -> Deadline | None:
        if words not in self._parsed:
            self._parsed[words] = self._parse(words)
        return self._parsed[words]

    def _parse(self, words: str) -> Deadline | None:
        plain = plain_words(words)
        found = parse_deadline(plain, self.published, self.tz)
        if found is None:
            return None
        at = plain.find(found.matched)
        alternative = _ALTERNATIVE.match(plain[at + len(found.matched) :]) if at >= 0 else None
        if alternative:
            rest = plain[at + len(found.matched) + alternative.end() :]
            later = parse_deadline(rest, self.published, self.tz)
            if later is not None and later.due > found.due:
                return later
        return found

    def starts(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Deadline]:
        """The times `text[start:end]` says something starts ("from 1 April", "as of
        September"), each read as the day it names."""
        for word in STARTING.finditer(text, start, len(text) if end is None else end):
            begins = self.parse("on " + text[word.end() : word.end() + 40])
            if begins is not None:
                yield begins

    def ahead(self, text: str, start: int, end: int) -> Deadline | None:
        """`read`, when what it finds is due no earlier than the publication."""
        found = self.read(text, start, end)
        return found if found is not None and found.due >= self.published else None

    def read(self, text: str, start: int, end: int) -> Deadline | None:
        """The deadline of the clause `text[start:end]` of a sentence, looking around it
        (a leading "By 2030,", a dated heading, a list cut by a semicolon) when the
        clause itself names none."""
        found = None
        # "hold elections in July, after voting on a new constitution in March": the time
        # of the main verb, not of the event a trailing "after" clause dates.
        later = _AFTER_CLAUSE.search(text, start, end) or PARTICIPLE.search(text, start, end)
        if later is not None:
            found = self.parse(text[start : later.start()])
        if found is None:
            found = self.parse(text[start:end])
        if found is None and (resolved := _RESOLVED_LEAD.search(text, 0, start)) is not None:
            # "They agreed that they should meet again soon": the clause read with the agreeing,
            # so its "should" is the parties' resolve, not advice to others (asked_of.py)
            found = self.parse(text[resolved.start() : end])
        if found is None:
            lead = FORWARD_DEADLINE.match(text[:start])
            if lead:
                words = lead.group()
                found = self.parse(words)
                if found is None and " of " in words:
                    # "Within 45 days of the date of this order": of today, the order's date.
                    found = self.parse(words.split(" of ")[0])
        if found is None:
            heading = DATED_HEADING.match(text)
            if heading and heading.end() <= end:
                found = self.parse(heading.group().rstrip(": —–"))
        if found is None and (text[end:].lstrip(" ,")[:1] == ";" or CONTINUED.match(text, end)):
            found = self.parse(text[start:])
        if found is None:
            span = SPAN_OF.search(text, start, end)
            found = self.parse(span.group()) if span else None
        if found is None:
            grant = _GRANT.search(text, 0, end)  # the grant sits before the task it times
            found = self.parse("within " + grant.group(1)) if grant else None
        return found

    def is_past(self, region: str, years: str | None = None) -> bool:
        """Whether `region` frames what it says as past ("last year", "had said", "in
        2015"); the year references are looked for in `years` when given (the frame
        before a cue, not the object after it: "instructed to audit spending on the
        wildfires in 2015" is an order for now)."""
        if PAST_TIME.search(region) or PAST_REPORT.search(region):
            return True
        published = self.published.astimezone(self.zone)
        for match in YEAR_REFERENCE.finditer(region if years is None else years):
            year = int(match.group("year"))
            month = match.group("month")
            if year < published.year:
                return True
            if year == published.year and month:
                if MONTHS.index(month.lower()) + 1 < published.month:
                    return True
        return False

    def past_month(self, region: str) -> bool:
        published = self.published.astimezone(self.zone)
        for match in MONTH_MENTION.finditer(region):
            if MONTHS.index(match.group(1).lower()) + 1 < published.month:
                return True
        return False
