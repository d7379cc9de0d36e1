"""A statement of coming business: each dated line is a pledge of whoever reads it out.

The Leader of a House tells the members what the House will do next week, one day a
line: "Monday 6 February—Second Reading of the Financial Services Bill.", "THURSDAY 11
FEBRUARY—Until 4 o'clock, motions on ...", or, in a copy that lost the dash, "Monday 4
FebruarySecond Reading of the European Union (Approvals) Bill [Lords]." The line names
no actor of its own: the Bill, the motions or the debate are what is done, not who
undertakes it. Whoever reads the statement out commits the House's time (CONVENTIONS
1.3), so every such line is theirs: the speaker of the turn that holds it (`turns`), a
line of its own naming them before their office ("Andrew Lansley The Leader of the House
of Commons"), or, when the copy names nobody, the office a "Business of the House"
heading stands for. Two such lines at least make a statement; a day already past is a
record, not a plan.

On a day's line, "It will be followed by a motion relating to metal theft" is one more
item of that day's business, read out by the same person (due with no day of its own,
CONVENTIONS 4.2). An Opposition day is the Opposition's: what its line then says of the
debate ("There will be a debate on ...", "This debate will arise on an Opposition
motion") is the content of a day already read out (CONVENTIONS 2.5), so no pledge of
anyone's.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime

from bot.core.extract.calendar_names import CAPITALISED_MONTHS
from bot.core.extract.candidate import MAYBE_BELOW, Candidate
from bot.core.extract.cues import DATE_OPENS, HOUSE_BUSINESS
from bot.core.extract.speakers import normalise
from bot.core.extract.timeframe import TimeFrames
from bot.core.extract.turns import OFFICE_WORDS, Turns

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# The day that opens a line: "Monday 6 February", "MONDAY 8 DECEMBER", "Monday 4 February".
_DAY = (
    rf"(?P<date>(?:{_WEEKDAY}|{_WEEKDAY.upper()}),?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:(?P<month>{CAPITALISED_MONTHS})|{CAPITALISED_MONTHS.upper()})(?:\s+\d{{4}})?)"
)
# What a House does on a day, perhaps after the hour it runs to ("Until 4 o'clock,
# motions on ...") or an article ("A debate on Iran"); or that it will not sit.
_ITEM = (
    r"(?:Until\s+(?:about\s+)?[\w.:']{1,12}(?:\s+o['’]clock|\s*[ap]\.?m\.?)?,?\s+"
    r"(?:there\s+will\s+be\s+)?)?(?:(?:A|An|The)\s+)?"
    rf"(?:(?i:{HOUSE_BUSINESS})|House\s+will\s+not\s+be\s+sitting)"
)
# The dated line: the day, a dash or a colon (or, in a copy that lost the dash, the
# business run on straight after the month's name), then the business.
_DATED_LINE = re.compile(
    rf"^[ \t]*{_DAY}(?:{DATE_OPENS}\s*|(?(month)(?=[A-Z])|(?!)))(?P<item>{_ITEM})"
)
# A further item of the day: "It will be followed by a motion relating to metal theft."
_FOLLOWED = re.compile(r"^\s*(?:It|This|That)\s+will\s+be\s+followed\s+by\s+\S")
# What an Opposition day's paragraph says of its debate.
_OPPOSITION_DAY = re.compile(r"\bOpposition\s+[Dd]ay\b")
_ITS_DEBATE = re.compile(
    r"^\s*(?:There\s+will\s+be\s+(?:a\s+)?debates?\b|(?:This|That|The)\s+debate\s+will\b)"
)
# A speaker line of its own: the name, then the office ("Andrew Lansley The Leader of the
# House of Commons"), as a reproduction of Hansard prints it.
_NAME_THEN_OFFICE = re.compile(
    r"(?m)^[ \t]*(?P<who>[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){1,3})\s+"
    r"(?P<office>The\s+[A-Z][A-Za-z ]{3,80}?)[ \t]*$"
)
# A heading that names the statement, and the office that makes it.
_HEAD_CHARS = 400
_BUSINESS_HEADING = re.compile(r"(?m)^[ \t]*Business\s+of\s+the\s+House\b[ \t\d:.]*$")
_HEADING_READER = "the Leader of the House"
_MIN_LINES = 2
_FOLLOWED_CONFIDENCE = round(MAYBE_BELOW - 0.1, 2)  # a further item, with no day of its own


class ReadingOut(Turns):
    """The extractor's reading of a statement of coming business; once per text."""

    published: datetime
    times: TimeFrames
    body: str | None
    _dated_lines: dict[int, re.Match[str]] | None = None

    def _statement_lines(self) -> dict[int, re.Match[str]]:
        """The sentences that are a dated line of a statement of coming business, by index."""
        if self._dated_lines is None:
            found: dict[int, re.Match[str]] = {}
            for index, sentence in enumerate(self.sentences):
                line = _DATED_LINE.match(sentence.text)
                starts = sentence.start == 0 or self.text[sentence.start - 1] == "\n"
                if line is not None and starts:
                    found[index] = line
            self._dated_lines = found if len(found) >= _MIN_LINES else {}
        return self._dated_lines

    def _reader(self, index: int) -> str | None:
        """Who reads the statement out: the turn's speaker, a name-then-office line
        above the sentence, else the office a "Business of the House" heading names."""
        turn, _, single = self._turn_of(index)
        if turn is not None and not turn.asking and turn.speaker:
            return turn.speaker
        if turn is None and single:
            return single
        start = self.sentences[index].start
        lines = [
            line
            for line in _NAME_THEN_OFFICE.finditer(self.text, 0, start)
            if any(word.lower() in OFFICE_WORDS for word in line["office"].split())
        ]
        if lines:
            return normalise(lines[-1]["who"])
        if _BUSINESS_HEADING.search(self.text, 0, _HEAD_CHARS):
            return _HEADING_READER
        return None

    def _read_out(self, index: int, found: Candidate | None) -> Candidate | None:
        """`found` (the other rules' reading), as a line of a statement of coming
        business reads: the reader's, or none for an Opposition day's own debate."""
        lines = self._statement_lines()
        if not lines:
            return found
        line = lines.get(index)
        if line is None:
            return self._within_day(index, found, lines)
        deadline = self.times.parse(line["date"])
        zone = self.times.zone
        if (
            deadline is None
            or deadline.due.astimezone(zone).date() < self.published.astimezone(zone).date()
        ):
            return found  # a record of a day gone by
        reader = self._reader(index)
        if found is not None:
            return dataclasses.replace(found, speaker=reader) if reader else found
        text = self.sentences[index].text
        return Candidate(
            speaker=reader or self.body,
            promise=text[line.start("item") :].strip(),
            quote=text.strip(),
            deadline=deadline,
            deadline_text=deadline.matched,
            confidence=MAYBE_BELOW,
            cue=line["item"],
        )

    def _within_day(
        self, index: int, found: Candidate | None, lines: dict[int, re.Match[str]]
    ) -> Candidate | None:
        """A sentence after a dated line on the same line: a further item of the day
        ("It will be followed by ..."), or an Opposition day's description."""
        start = self.sentences[index].start
        day = max((at for at in lines if at < index), default=None)
        if day is None or "\n" in self.text[self.sentences[day].start : start]:
            return found
        text = self.sentences[index].text
        if _FOLLOWED.match(text):
            reader = self._reader(index)
            return Candidate(
                speaker=reader or (found.speaker if found else self.body),
                promise=text.strip(),
                quote=text.strip(),
                deadline=None,
                deadline_text=None,
                confidence=_FOLLOWED_CONFIDENCE,
                cue="followed by",
            )
        if _OPPOSITION_DAY.search(lines[day]["item"]) and _ITS_DEBATE.match(text):
            return None
        return found
