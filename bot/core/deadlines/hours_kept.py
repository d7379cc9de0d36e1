"""Opening hours and standing timetables, read as no one day (issue 12, round 26c).

standing.recurring_at refuses these as "recurring" (CONVENTIONS 1.3):

- a place's hours, the clock range ending the sentence with no day given: "West Yellowstone
  Visitor Information Center will be open from 8 a.m. to 4 p.m.", "The shop is open 9 a.m.
  to 5 p.m." (a range carried on to a day or a date, "open ... through March 31", keeps it);
- a place's hours given as what they are, no day named: "The park's visitor center hours
  currently are 9:00 a.m. to 4:00 p.m." (stop 63); and a clock time called the standard
  one: "The standard release time for all official statistics remains as 9.30am", "will
  remain at the standard time of 9:30am" (stop 63: read as today's or tomorrow's, unwarned);
- weekdays named in the plural as a range: "Mondays - Fridays, 8 a.m. - 5 p.m.";
- a month "of the previous year" or "of the following year": the calendar of a class of
  items, not one date ("Programs departing July to September are posted in August of the
  previous year"), for the phrases of its sentence only;
- a length given "on average" ("on average, these openings are live for three months"),
  or the wait "between <doing> and <doing>" of whoever does it ("can expect to wait no more
  than one year between submitting an application and departing").
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses, hours_lines
from bot.core.deadlines.words import CLOCK_AMPM_RANGE, MONTH_WORD, US_ZONE, WEEKDAY

_ZONE: Final = r"(?:[a-z]{2,4}|(?:" + US_ZONE + r"|local)(?:\s+time)?)"  # "EST", "Pacific time"
# a place is open for a range of hours, and the sentence ends there (a zone word may follow)
_PLACE_HOURS: Final = re.compile(
    r"\b(?:will\s+be|is|are|remains?|stays?)\s+open(?:\s+to\s+the\s+public)?\s+"
    + CLOCK_AMPM_RANGE
    + r"(?:\s+"
    + _ZONE
    + r")?\s*[.!]?\s*$"
)
# "hours currently are 9:00 a.m. to 4:00 p.m.": what a place's hours are, to the sentence's end
_HOURS_ARE: Final = re.compile(
    r"\bhours\s+(?:currently\s+|now\s+|normally\s+|presently\s+)?(?:are|remain)\s+(?:from\s+)?"
    + CLOCK_AMPM_RANGE
    + r"(?:\s+"
    + _ZONE
    + r")?\s*[.!]?\s*$"
)
# "the standard release time ... 9.30am", "at the standard time of 9:30am": not a zone's
# name ("Eastern Standard Time" has no determiner right before "standard")
_STANDARD_TIME: Final = re.compile(r"\b(?:the|its|their|our)\s+standard\s+(?:[a-z]+\s+)?time\b")
_PLURAL_DAY = WEEKDAY + "s"
_PLURAL_DAY_RANGE: Final = re.compile(
    r"\b" + _PLURAL_DAY + r"\s*(?:-|–|to|through|thru)\s*" + _PLURAL_DAY + r"\b"
)
_MONTH_OF_A_YEAR_AROUND: Final = re.compile(
    r"\b" + MONTH_WORD + r"\s+of\s+the\s+(?:previous|preceding|prior|following|next)\s+year\b"
)
_ON_AVERAGE: Final = re.compile(r"\bon\s+average\b")
# "between submitting an application and departing"
_BETWEEN_ACTS: Final = re.compile(r"\bbetween\s+[a-z]+ing\b[^.;:]{0,80}?\band\s+[a-z]+ing\b")


def year_around(text: str, start: int) -> bool:
    """ "posted in August of the previous year": a month of whichever year comes round, in
    the sentence of the phrase at `start` (a deadline in the sentence before keeps its day)."""
    if " year" not in text or _MONTH_OF_A_YEAR_AROUND.search(text) is None:
        return False  # one pass over the text before its sentence is cut out
    sentence = clauses.clause_before(text, start, sentence=True) + clauses.sentence_after(
        text, start
    )
    return _MONTH_OF_A_YEAR_AROUND.search(sentence) is not None


def standard_time(text: str) -> bool:
    """ "remains as 9.30am", "the standard time of 9:30am": a clock time called the standard
    one; standing.recurring_at asks only for a clock time alone ("at its standard time of
    2.30 p.m. tomorrow" keeps its day)."""
    return "standard" in text and _STANDARD_TIME.search(text) is not None


def kept(text: str) -> bool:
    """The lowered sentence, whose time has no date, sets standing hours or a length of a
    class of cases (no one day)."""
    if "open" in text and _PLACE_HOURS.search(text) is not None:
        return True
    if "hours" in text and _HOURS_ARE.search(text) is not None:
        return True
    if hours_lines.kept(text):  # "Hours: 8 a.m. to 8 p.m.", "by calling ..., 9 a.m.-4 p.m."
        return True
    if "days" in text and _PLURAL_DAY_RANGE.search(text) is not None:
        return True
    if "average" in text and _ON_AVERAGE.search(text) is not None:
        return True
    return "between" in text and _BETWEEN_ACTS.search(text) is not None
