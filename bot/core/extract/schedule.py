"""Schedules read as blocks: a dated heading, then the lines of what is planned that day.

A Commission calendar, a State Department public schedule or a week's programme prints
a day on a line of its own ("Lundi 25 février 2019", "Public Schedule – March 12, 2024")
and under it one line per engagement ("Mr Andrus Ansip in Tallinn, Estonia: meets ...",
"3:30p.m. Deputy Secretary Campbell meets with ..."). Such a line has no "will" and no
date of its own: taken one at a time, it reads as a present-tense report. Read as part
of its block it is an announced plan, the heading's day its date and the line's subject
(or the person heading the section) the one who keeps it.

The reader is deliberately narrow about the line's shape: an optional time of day, a
capitalised subject, an optional place, then an engagement verb in the present tense.
Verbless lines ("on official mission") and states ("is on travel to Texas") are not
plans of anyone's, but for a timed entry under a dated heading or an owner ("13.00 Meeting
with ...", stop 66) that is no press arrangement ("1:15 p.m. Department Press Briefing").
A dated heading counts only when its day is not before the publication and when at least
two lines under it fit: a dateline above a single present-tense sentence is a press
release, not a schedule.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial

from bot.core.deadlines import ZONE_WORDS
from bot.core.extract.act_time import weekday_entry
from bot.core.extract.actors import is_actor
from bot.core.extract.business import ReadingOut
from bot.core.extract.calendar_names import WEEKDAYS
from bot.core.extract.candidate import MAYBE_BELOW, Candidate
from bot.core.extract.cues import DATE_OPENS, HOUSE_BUSINESS
from bot.core.extract.notice_dates import notice_dates
from bot.core.extract.order_items import item_cuts
from bot.core.extract.passages import Sentence
from bot.core.extract.programme import ProgrammeItem, programme_candidate, programme_items
from bot.core.extract.sentence_time import dated_by_sentence
from bot.core.extract.sentences import paragraph_spans
from bot.core.extract.timeframe import TimeFrames
from bot.core.extract.week_ahead import MONTH, MONTH_NUMBERS, announced_week, day_in_week

_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
# "Lundi 25 février 2019", "Friday, 20 April", "25th March".
_DAY_MONTH = re.compile(
    rf"(?:\b(?P<weekday>{_WEEKDAY}),?\s+)?\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?P<month>{MONTH})\b\.?"
    r"(?:,?\s+(?P<year>\d{4})\b)?",
    re.I,
)
# "March 12, 2024", "Tuesday, March 12".
_MONTH_DAY = re.compile(
    rf"(?:\b(?P<weekday>{_WEEKDAY}),?\s+)?\b(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>\d{4})\b)?",
    re.I,
)
# A dateline opens a release ("Brussels, 22 February 2019"); it heads no schedule.
_DATELINE = re.compile(rf"^(?!(?i:{_WEEKDAY}|{MONTH})\b)[A-Z][\w .'’-]{{1,30}},\s+\S")
# The zones the deadline reader knows by their capitals ("EDT", "JST", "MSK"): read with
# the time. Another standard or daylight zone's capitals after a time ("10:00 XST
# Secretary Morrow meets") is a zone it cannot read: the line is refused, never read in
# UTC. ("MIT President ..." is a name.)
_PLACES = frozenset({"uk", "rome", "kyiv", "kiev", "guam", "zulu"})
_ZONE = "|".join(
    sorted(
        (
            word.upper()
            for word in ZONE_WORDS
            if word.isalpha() and 2 <= len(word) <= 4 and word not in _PLACES
        ),
        key=lambda word: (-len(word), word),  # longest first, in a fixed order
    )
)
_UNREAD_ZONE = re.compile(r"^[A-Z]{1,3}[SD]T\s+(?![A-Z]+\b)")
# A time of day at the head of a line: "3:30p.m.", "10:00 AM EDT", "At 10.30", "14h30".
_TIME = (
    r"(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)|\d{1,2}[:.]\d{2}|\d{1,2}h\d{0,2}|"
    rf"noon|midday)(?:\s+(?-i:{_ZONE})\b)?"
)
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b|[ap]\.m\.)|\b\d{1,2}[:.]\d{2}\b", re.I
)
# What a person does at an engagement, said in the present tense of a programme; the
# plural too ("THE PRESIDENT and THE VICE PRESIDENT receive ..."), in lower case only,
# as most of these words are nouns as well ("The State Visit").
_DOES = (
    r"(?i:meets|participates|attends|delivers|receives|visits|hosts|chairs|co-chairs|"
    r"holds|speaks|addresses|gives|opens|launches|presents|signs|welcomes|joins|leads|"
    r"convenes|tours|travels|accompanies|takes\s+part|organi[sz]es|inaugurates|"
    r"announces|unveils|keynotes|testifies|briefs)"
)
_ENGAGEMENT = (
    rf"(?:{_DOES}|"
    r"meet|participate|attend|deliver|receive|visit|host|chair|hold|speak|address|give|"
    r"sign|welcome|join|convene|travel|take\s+part|organi[sz]e|announce)"
)
_SUBJECT = (
    r"(?P<subject>[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|of|for|and|the|de|von|van|der|du))*?)"
)
_PLACE = r"(?:\s+(?:in|at|on)\s+[^:;.]{2,60}?)?"
# A travelling office-holder's schedule marks the time as the place's: "9:00 a.m. LOCAL
# Secretary Rubio meets ...", "(LOCAL)", "local time". The marker is no part of the subject;
# the clock is read in the publication's zone, as the deadline reader reads "local time".
_LOCAL = r"\(?(?:LOCAL(?:\s+TIME)?|[Ll]ocal\s+[Tt]ime)\)?"
# An e-mailed schedule's emphasis may wrap the time: "*8:00 a.m.* Secretary ...",
# "*9:00 a.m. *Secretary ...", "*3:00 p.m*. Secretary ...".
_LEADING_TIME = rf"(?:(?P<time>(?i:{_TIME}))[.*_]*(?:\s+{_LOCAL})?\s*[:\-–—]?\s+[*_]*)?"
_ITEM = re.compile(rf"^{_LEADING_TIME}{_SUBJECT}{_PLACE}\s*:?\s+(?P<verb>{_ENGAGEMENT})\b")
# A section's line that starts with what its owner does: "9:00 a.m. Meets with ...";
# never a plain form, a listing's command to its readers ("Join a guided walk").
_DOING = re.compile(rf"^{_LEADING_TIME}(?=[A-Z])(?P<verb>{_DOES})\s+\S")
# A timed entry named without a verb, read from the block above it: "13.00 Meeting with
# President ...", "8:15AM-8:35AM  Plenary Session of ...", "2:15 p.m. Roundtable on ...".
# The clock (a range too) opens the line and a capital the entry; a press arrangement
# ("2:00 p.m. Department Press Briefing", `_ARRANGEMENT`) is not read.
_RANGE_TIME = rf"(?P<time>(?i:{_TIME}))(?:\s*[-–—]\s*(?i:{_TIME}))?"
_TIMED_ENTRY = re.compile(
    rf"^{_RANGE_TIME}(?:\s+{_LOCAL})?\s*[:\-–—]?\s+(?P<entry>[A-Z][^\n]{{5,}})"
)
# What a timed line arranges for the press, not an engagement of the schedule's owner:
# "10:00AM Pool Call Time", "Gather Time", "Final access time", "Pre-set time for video
# cameras", "Open press for opening remarks".
_ARRANGEMENT = re.compile(
    r"\b(?:pool|call\s+time|gather(?:\s+time)?|access|pre-?set|cameras?|spray|credentials?|"
    r"embargo(?:ed)?|(?:open|closed)\s+press|press\s+(?:briefing|coverage|availability|arrivals?))\b",
    re.I,
)
# A timed line told as a record: "11:56 a.m. Senator Sullivan spoke on ...", "... was
# passed by unanimous consent" (a floor log), not an engagement to come; not a relative
# clause's tense ("Meeting with families who have lost their homes", review s66).
_TOLD = re.compile(
    r"^(?:(?:[A-Z0-9][\w’'.\-]*|and|of|the)[,\s]+)*"
    r"(?:[a-z]+ed|spoke|met|paid|gave|held|took|made|went|said|told|began|led|sat|rose|left)\b"
    r"|(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)\b(?:was|were|has|have|had|did)\b"
)
# The title naming whose schedule the blocks below are: "Weekly schedule of President
# Donald Tusk", "Itinerary for the Minister of State", "The Prime Minister's diary".
_TITLE_OWNER = re.compile(
    r"^(?:[A-Z][\w ]{0,40}\s)?(?:[Ss]chedule|[Ii]tinerary|[Dd]iary)"
    rf"\s+(?:of|for)\s+(?!(?i:(?:the\s+)?(?:{_WEEKDAY}|{MONTH}|week|day|today|tomorrow)\b))(?P<owner>(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|of|the|for))*)\W*$"
    r"|^(?:THE\s+|The\s+)?(?P<owned>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,5})['’][sS]\s+"
    r"(?:(?:[A-Za-z]+\s+){0,2})(?:[Ss]chedule|SCHEDULE|[Ii]tinerary|ITINERARY|[Dd]iary|DIARY)\W*$"
)
# "the", "The" or "THE" before an owner's name, taken off and given back in lower case.
_LEADING_THE = re.compile(r"^the\s+", re.I)
# The words a title needs: a quick test before `_TITLE_OWNER`.
_TITLE_WORD = re.compile(r"(?i:schedule|itinerary|diary)")
# A heading that is only a day of the week: "MONDAY", "Tuesday:".
_WEEKDAY_ONLY = re.compile(rf"^\W*(?P<weekday>{_WEEKDAY})\W*$", re.I)
# The banner of a department's daily schedule, whose title (and day) the copy may lack:
# "***THE DAILY PUBLIC SCHEDULE IS SUBJECT TO CHANGE***" heads the publication's day.
_DAILY_BANNER = re.compile(
    r"^\W*THE\s+DAILY\s+(?:PUBLIC\s+)?SCHEDULE\s+IS\s+SUBJECT\s+TO\s+CHANGE\W*$"
)
# A House's business for a day (`cues.HOUSE_BUSINESS`).
_BUSINESS = re.compile("^" + HOUSE_BUSINESS)
# An entry right after its own date: an actor, then a verb in the present ("Lithuania
# becomes", "45 Countries worldwide join forces") or "to" and one ("European Commission
# to propose").
_DATED_ACT = re.compile(
    r"^(?P<subject>(?:The\s+|\d+\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,5})\s+"
    r"(?:[a-z]+\s+)?(?P<verb>to\s+(?!the\b|and\b|all\b|our\b|its\b|their\b|this\b|these\b)"
    r"[a-z]{3,}|[a-z]{3,}(?<!ss)(?<!us)(?<!is)s|join|meet)\b"
)
# A date opening an entry: "Friday 20 April: ...", "MONDAY 8 DECEMBER—...", "1/1/2015:",
# "Thursday 6 December (date to be confirmed): ...".
_INLINE_DATE = re.compile(
    rf"^(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?P<month>{MONTH})"
    r"|(?P<nday>\d{1,2})/(?P<nmonth>\d{1,2}))(?:[\s/]+(?P<year>\d{4}))?"
    rf"{DATE_OPENS}\s*",
    re.I,
)
# A calendar's row: its own full date, then the clock and the entry ("Tuesday, September
# 01, 2020 10:00 AM Employment Projections for ...", "Friday 20 April 2018 14.00 ...").
_ROW_DATES = tuple(
    re.compile(rf"^(?:(?P<weekday>{_WEEKDAY}),?\s+)?{date}\s+(?=(?i:{_TIME})\s)", re.I)
    for date in (
        rf"(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})",
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH}),?\s+(?P<year>\d{{4}})",
    )
)
# A section of a schedule headed by whose it is: "DEPUTY SECRETARY KURT M. CAMPBELL".
_OWNER_HEADING = re.compile(r"^[A-Z][A-Z .,’'\-]{5,120}$")
_MAX_HEADING = 90
# A day without a year that is past is next year's only if that is soon after the
# publication: a December programme's "Tuesday 7 January", not September's timeline.
_ROLL_OVER_DAYS = 60
# A timed line is a programme's (the sure list); an untimed one may be a report told in
# the present ("maybe").
_TIMED = MAYBE_BELOW
_UNTIMED = round(MAYBE_BELOW - 0.1, 2)


# A schedule's note on how an engagement is seen: "will be livestreamed on
# www.state.gov", "will be streamed live on the Department homepage"; read within this
# many characters after an entry of the day.
_STREAMED = re.compile(
    r"\bwill\s+be\s+(?:(?:live[\s-]?)?streamed|webcast|broadcast\s+live|carried\s+live)\b", re.I
)
_NOTE_REACH = 700


@dataclass(frozen=True, slots=True)
class ScheduleItem:
    """One engagement line of a schedule: who keeps it, the words naming its day (and
    time, when the line has one) for the deadline reader, and how sure we are."""

    subject: str | None
    owner: str | None
    when: str
    timed: bool
    verb: str  # the engagement's verb ("meets"), or a House's business ("Second Reading")


def _day_of(found: re.Match[str], published: datetime) -> date | None:
    """The day a date match names, if not before `published` (read in the publication's
    year when it gives none, the next one if that is within `_ROLL_OVER_DAYS` of it: a
    December programme's "Tuesday 7 January"); None if the weekday written with it is
    not that day's."""
    groups = found.groupdict()
    month_word = groups.get("month") or groups["nmonth"]
    month = int(month_word) if month_word.isdigit() else MONTH_NUMBERS[month_word.lower()]
    year = int(groups["year"]) if groups["year"] else published.year
    try:
        day = date(year, month, int(groups.get("day") or groups["nday"]))
    except ValueError:
        return None
    if groups["year"] is None and day < published.date() and (month, day.day) != (2, 29):
        later = day.replace(year=year + 1)
        day = later if (later - published.date()).days <= _ROLL_OVER_DAYS else day
    weekday = groups.get("weekday")
    if weekday and WEEKDAYS.index(weekday.lower()) % 7 != day.weekday():
        return None  # "Monday 15 January" of a year whose 15 January is a Wednesday
    return day if day >= published.date() else None


def heading_day(line: str, published: datetime) -> date | None:
    """The day a heading line names: a short unpunctuated line ("Lundi 25 février 2019")
    or one that announces what follows ("... cover the Conference on Wednesday,
    February 2:"), or a bare day of the week (the next one, or the publication's own);
    None for a dateline, a sentence, or a day already past."""
    short = len(line) <= _MAX_HEADING and not line.endswith(".")
    if not (short or line.endswith(":")) or _DATELINE.match(line):
        return None
    found = _date_in(line)
    if found:
        return _day_of(found, published)
    weekday = _WEEKDAY_ONLY.match(line)
    if weekday is None:
        return None
    number = WEEKDAYS.index(weekday.group("weekday").lower()) % 7
    return published.date() + timedelta(days=(number - published.weekday()) % 7)


def _names_a_day(line: str) -> bool:
    """Whether a short line names a day as a heading would (whatever the day is)."""
    return (
        len(line) <= _MAX_HEADING
        and not line.endswith(".")
        and not _DATELINE.match(line)
        and bool(_date_in(line) or _WEEKDAY_ONLY.match(line))
    )


def _owner_name(line: str) -> str:
    """ "DEPUTY SECRETARY KURT M. CAMPBELL" -> "Deputy Secretary Kurt M. Campbell"."""
    return " ".join(
        word if len(word) <= 2 and word.endswith(".") else word.capitalize()
        for word in line.split()
    )


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of each paragraph (leading blanks and an e-mail's emphasis marks, as in
    "*_SECRETARY ANTONY J. BLINKEN_* * *", skipped), with where it starts."""
    for para_start, para_end in paragraph_spans(text):
        for line in re.finditer(r"[^\n\s][^\n]*", text[para_start:para_end]):
            words = line.group().rstrip()
            marks = len(words) - len(words.lstrip("*_"))
            if marks and words[marks : marks + 1].strip():
                words = words[marks:]
            else:
                marks = 0
            if words.endswith(("*", "_")) and words.lstrip("*_ ").isupper():
                words = words.rstrip("*_ \t")
            yield para_start + line.start() + marks, words


def _prose(line: str) -> bool:
    """A full sentence that is not about the programme's times: a schedule's access
    notes ("Final access time ...: 8:10 a.m. ...") and a business statement's timed
    sittings ("At 10 pm, the House will be asked ...") and its notes on how an
    engagement is seen ("... will be livestreamed on www.state.gov and ...") sit inside it."""
    return (
        line.endswith(".")
        and len(line) > _MAX_HEADING
        and not _CLOCK.search(line)
        and not _STREAMED.search(line)
    )


def _item(line: str, dated: bool, owned: bool, text: str) -> re.Match[str] | None:
    """The line as an entry of a programme: an engagement ("3:30p.m. Deputy Secretary
    Campbell meets with ...", or "Meets with ..." in a section headed by its owner), a
    House's business ("Remaining stages of the Bill"), or,
    right after its own date, any actor doing something ("Lithuania becomes ...",
    "European Commission to propose ...")."""
    found = _ITEM.match(line)
    if found and found["time"] and _UNREAD_ZONE.match(found["subject"]):
        return None  # "10:00 XQT Secretary Morrow meets ...": a zone we cannot read
    if found and not found["verb"].split()[0].endswith("s") and " and " not in found["subject"]:
        found = None  # "Ms Lena Ortiz on official visit": the plural wants a plural subject
    found = found or (_DOING.match(line) if owned else None) or _BUSINESS.match(line)
    if found is None and (owned or dated) and (entry := _TIMED_ENTRY.match(line)):
        words = entry["entry"]
        refused = _ARRANGEMENT.search(words) or _UNREAD_ZONE.match(words) or _TOLD.search(words)
        found = None if refused else entry
    if found is None and dated:
        found = _DATED_ACT.match(line)
        if found and not is_actor(found.group("subject"), text):
            return None
    return found


def schedule_items(text: str, published: datetime) -> dict[int, ScheduleItem]:
    """Programme entries under a dated heading or after their own date, keyed by where
    the entry's words start in `text`; none unless the text holds at least two."""
    items: dict[int, ScheduleItem] = {}
    day: date | None = None
    owner: str | None = None
    # Under a bare "MONDAY" (any Monday's routine) only timed lines are a programme's;
    # under the publication's own day (perhaps a record of it) untimed ones too when
    # the block shows a clock: a day's schedule issued that morning.
    strict: str | None = None  # "weekday", "today" or None
    block = 0  # where the day's heading starts
    headed = False  # a line named a day
    untimed: dict[int, list[int]] = {}  # each publication-day block's untimed lines
    clocked: set[int] = set()  # the blocks holding a timed line
    titled: str | None = None  # whose schedule the title says it is
    timed_lines = 0  # timed lines under a day, press arrangements too
    for start, line in _lines(text):
        if _TITLE_WORD.search(line) and (title := _TITLE_OWNER.match(line)):
            titled = owner = _title_owner(title)
            continue
        inline = _INLINE_DATE.match(line) or next(
            (row for pattern in _ROW_DATES if (row := pattern.match(line))), None
        )
        dated = _day_of(inline, published) if inline else None
        headed = headed or inline is not None or _names_a_day(line)
        if inline and dated is None:
            day = None  # an entry of a past day: what follows is not ahead either
            continue
        if dated is not None and inline is not None:
            day, owner, start, line = dated, titled, start + inline.end(), line[inline.end() :]
            strict, block = None, start
        elif (named := heading_day(line, published)) is None and _names_a_day(line):
            day = None  # a heading of a past day, or a weekday the date does not fall on
            continue
        elif named is not None or (not headed and _DAILY_BANNER.match(line)):
            day, owner, block = named or published.date(), titled, start
            strict = "weekday" if _WEEKDAY_ONLY.match(line) else None
            strict = strict or ("today" if day == published.date() else None)
            continue
        if day is None:
            continue
        if _OWNER_HEADING.match(line) and not line.endswith("."):
            owner = _owner_name(line)
            continue
        timed_lines += bool(_TIMED_ENTRY.match(line))
        item = _item(line, dated is not None, owner is not None, text)
        if item is None:
            if _prose(line) and dated is None and any(at > block for at in items):
                day = None  # the schedule is over (a note above its first entry is not)
            continue
        time = item.groupdict().get("time")
        if strict == "weekday" and not time:
            continue
        when = f"on {day.day} {day.strftime('%B')} {day.year}"
        when += " at " + re.sub(r"^at\s+", "", time, flags=re.I) if time else ""
        subject = item.groupdict().get("subject")
        at = start + (item.start("subject") if subject else 0)
        verb = item.groupdict().get("verb") or item.group().strip()
        items[at] = ScheduleItem(subject, owner, when, bool(time), verb)
        if time:
            clocked.add(block)
        elif strict == "today":
            untimed.setdefault(block, []).append(at)
    for heading, lines in untimed.items():
        for at in lines if heading not in clocked else ():
            del items[at]  # a record of the day, told with no clock
    # One engagement among the press's timed lines ("10:00AM Pool Call Time") is a
    # programme too: the clocks show the schedule's shape.
    timed_only = len(items) == 1 and all(item.timed for item in items.values())
    items = items if len(items) >= 2 or (timed_only and timed_lines >= 2) else {}
    dates = (
        notice_dates(_lines(text), partial(_first_day, published=published), published.date())
        if "DATES" in text or "Dates" in text
        else {}
    )
    for at, line in dates.items():
        items.setdefault(at, ScheduleItem(None, None, line, True, "dates"))
    return items


def _first_day(line: str, published: datetime) -> date | None:
    """The day a date of the line names, read as heading_day reads one (a day-month date
    first, else a month-day one); None if it is past or there is none."""
    found = _date_in(line)
    return _day_of(found, published) if found else None


def _date_in(line: str) -> re.Match[str] | None:
    """A date written in the line: a day-month one first ("25 February"), else a month-day
    one ("February 25")."""
    return _DAY_MONTH.search(line) or _MONTH_DAY.search(line)


def _title_owner(title: re.Match[str]) -> str:
    """ "President Donald Tusk" of "Weekly schedule of President Donald Tusk"; "the
    President" of "THE PRESIDENT'S SCHEDULE"."""
    name = title["owner"] or title["owned"]
    the = name.lower().startswith("the ") or title.group().upper().startswith("THE ")
    name = _LEADING_THE.sub("", name)
    name = _owner_name(name) if name.isupper() else name
    return "the " + name if the else name


class Scheduling(ReadingOut):
    """The extractor's reading of schedule lines; it needs the text, its publication,
    its sentences' offsets, the deadline reader and the document's body."""

    text: str
    published: datetime
    times: TimeFrames
    body: str | None
    sentences: Sequence[Sentence]
    _schedule: dict[int, ScheduleItem] | None = None
    _programme: dict[int, ProgrammeItem] | None = None
    _week: tuple[int, date] | None = None
    _week_read: bool = False

    def _voice(self, index: int) -> str | None:
        raise NotImplementedError

    def _items(self) -> dict[int, ScheduleItem]:
        if self._schedule is None:
            self._schedule = schedule_items(self.text, self.published)
        return self._schedule

    def _programme_items(self) -> dict[int, ProgrammeItem]:
        if self._programme is None:
            self._programme = programme_items(self.text, self.times)
        return self._programme

    def _in_programme(self, index: int, found: Candidate | None) -> Candidate | None:
        """`found`, else the sentence as an item line of a business programme (`programme`)."""
        if found is not None or not self._programme_items():
            return found
        start, text = self.sentences[index].start, self.sentences[index].text
        at = next((at for at in self._programme_items() if start <= at < start + len(text)), None)
        if at is None:
            return None
        item = self._programme_items()[at]
        return programme_candidate(text, at - start, item, self.body)

    def _at_lines(self, sentences: list[Sentence]) -> list[Sentence]:
        """`sentences` with each schedule line a sentence of its own: lines without full
        stops run into one sentence ("10:00 X meets ...\n12:00 X visits ..."), and each
        is an engagement of its own; so is each line of a business programme."""
        cuts = {self.text.rfind("\n", 0, at) + 1 for at in self._items()}
        cuts |= set(self._programme_items())
        cuts |= item_cuts(self.text)  # a Seanad Order's numbered items (`order_items`)
        split: list[Sentence] = []
        for sentence in sentences:
            end = sentence.start + len(sentence.text)
            inner = sorted(at for at in cuts if sentence.start < at < end)
            if not inner:
                split.append(sentence)
                continue
            for a, b in zip([sentence.start, *inner], [*inner, end], strict=True):
                piece = self.text[a:b].rstrip()
                if piece:
                    split.append(dataclasses.replace(sentence, start=a, text=piece, headline=False))
        return split

    def _planned(self, index: int) -> Candidate | None:
        """The sentence as a planned engagement, if a schedule line's subject is in it: kept by
        the line's subject, else the section's or the document's owner; due on the
        heading's day (at the line's time). On the "maybe" list unless the line is timed,
        the surest sign that a programme is being read."""
        start, text = self.sentences[index].start, self.sentences[index].text
        offset = next((at for at in self._items() if start <= at < start + len(text)), None)
        if offset is None:
            return None
        item = self._items()[offset]
        deadline = self.times.parse(item.when)
        if deadline is None and item.timed:
            return None  # "25:00 Secretary Morrow delivers remarks": no time to keep
        promise = text[offset - start :].strip()
        # A notice's dates are the notice's body's, whoever its sentence above names.
        voice = (self.body or self._voice(index)) if item.verb == "dates" else self._voice(index)
        return Candidate(
            speaker=item.subject or item.owner or voice or self.body,
            promise=promise,
            quote=text,
            deadline=deadline,
            deadline_text=deadline.matched if deadline else None,
            confidence=_TIMED if item.timed else _UNTIMED,
            cue=item.verb,
        )

    def _on_schedule(self, index: int, found: Candidate | None) -> Candidate | None:
        """`found` (the older rules' reading of the sentence), due on its schedule line's day
        when the sentence is one and `found` read only the line's clock, on another day:
        every line of a block shares its heading's day, unless the line dates its act
        itself. The schedule's own reading when no older rule fired. A `found` no rule
        dated is due at its sentence's own time, if any (`sentence_time`)."""
        found = self._read_out(index, self._in_week(index, found))  # `business`
        found = self._in_programme(index, found)
        planned = self._planned(index)
        if found is not None and planned is None and found.deadline is None:
            noted = self._noted(index, found)
            return dated_by_sentence(self.times, self.sentences[index].text, noted)
        if found is None or planned is None or planned.deadline is None:
            return found or planned
        if found.deadline is not None and (
            found.deadline.due.date() == planned.deadline.due.date()
            or found.deadline.matched not in (planned.deadline_text or "")
        ):
            return found  # the same day, or a date the line gives its act ("on 30 April")
        return dataclasses.replace(
            found, deadline=planned.deadline, deadline_text=planned.deadline_text
        )

    def _in_week(self, index: int, found: Candidate | None) -> Candidate | None:
        """`found`, due on the day of the announced week its bare weekday names ("On
        Friday" after "The schedule for the week of April 25, 2011:")."""
        if found is None or found.deadline is None:
            return found
        if not self._week_read:
            self._week, self._week_read = (
                announced_week(self.text, self.published.astimezone(self.times.zone)),
                True,
            )
        if self._week is None or self.sentences[index].start < self._week[0]:
            return found
        entry = weekday_entry(self.times, self.sentences[index].text, found.deadline)
        if entry is not found.deadline:  # "On Wednesday," rather than "Easter"
            found = dataclasses.replace(found, deadline=entry, deadline_text=entry.matched)
        read = entry.due.astimezone(self.times.zone).date()
        day = day_in_week(entry.matched, read, self._week[1])
        deadline = (
            self.times.parse(f"on {day.day} {day.strftime('%B')} {day.year}") if day else None
        )
        if deadline is None:
            return found
        return dataclasses.replace(
            found, deadline=dataclasses.replace(deadline, matched=entry.matched)
        )

    def _noted(self, index: int, found: Candidate) -> Candidate:
        """`found`, due on its block's day when the sentence is a schedule's note on how an
        engagement will be seen ("Opening remarks will be livestreamed on ..."), set
        under an entry of the day and telling no day itself."""
        start = self.sentences[index].start
        if not _STREAMED.search(self.sentences[index].text):
            return found
        above = [at for at in self._items() if start - _NOTE_REACH <= at < start]
        if not above or any(
            heading_day(line, self.published) or _prose(line)
            for at, line in _lines(self.text[max(above) : start])
            if at
        ):
            return found
        deadline = self.times.parse(self._items()[max(above)].when.split(" at ")[0])
        if deadline is None:
            return found
        return dataclasses.replace(found, deadline=deadline, deadline_text=deadline.matched)
