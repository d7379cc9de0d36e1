"""Month, weekday and day-number words shared by the regexes of the deadline reader's modules.

Written once here so that a module looking for "a weekday" or "a month" round a phrase
sees the same words as every other: the scanner's own patterns (vocabulary.py) name
every form for reading, these only recognise one beside a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Final

# a weekday's full name: "monday", "wednesday"; callers add their own "\b" or plural
WEEKDAY: Final = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# a weekday's name or short form: "monday", "mon.", "tues", "thurs."
WEEKDAY_OR_SHORT: Final = r"(?:" + WEEKDAY + r"|(?:mon|tues?|wed|thur?s?|fri|sat|sun)\.?)"
# the first three letters of each weekday, Monday first (datetime's weekday() order): every
# name or short form above holds one
WEEKDAY_STEMS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# a month's first three letters, to which callers add the rest ("[a-z]*\.?") or not
MONTH: Final = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# a month's name or short form: "march", "mar.", "sept"
MONTH_WORD = MONTH + r"[a-z]*\.?"
# a month's full name only: "january", "may"; for rules that must not take "mar" or "jun."
MONTH_FULL: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
_MONTH_NAMES: Final = (
    "January February March April May June July August September October November December"
).split()


def spelled(day: date) -> str:
    """ "4 March 2027": a day written out for the reader to read again (sittings.py,
    week_rest.py), whatever the server's order of day and month."""
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


# no month's name next (a spoken clock's hour, "30 minutes after 3": not "after 3 April");
# "may" only before a year or a stop, else it is the modal ("at ten past three may be late")
NOT_A_MONTH: Final = (
    r"(?!\s+(?:" + MONTH_FULL.replace("|may|", "|") + r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct"
    r"|nov|dec)\.?|may(?=\s*(?:[0-9,.;)]|$)))(?![a-z]))"
)

# a day of the month in figures, ordinal suffix or not: "8", "8th"; callers add what ends it
DAY_ORD: Final = r"[0-9]{1,2}(?:st|nd|rd|th)?"
# "September 25-26", "8 to 10 September", "25 and 26 March": days of one month.
DAY_NUM = DAY_ORD + r"(?![0-9])"
DAY_TO: Final = r"\s*(?:-|to|and|&|through|thru)\s*"
DAY_LIST: Final = rf"(?:\s*,\s*{DAY_NUM})*"  # "3, 4 and 5 March"
# a list of three days or more with a comma before its last "and" ("June 21, 23, and 24",
# "3, 4, and 5 March"): the comma only after a list, so "June 21, and 24 members" stays a day
DAY_LIST_TO: Final = rf"(?:(?:\s*,\s*{DAY_NUM})+\s*,\s*(?:and|&)\s*|{DAY_LIST}{DAY_TO})"
# what after "August 6-7" makes the pair an amount, not days: a letter or "%" stuck to it, a
# unit or a count ("May 3-4 weeks", "by June 2-3 million", "March 5-6 %") or a clock's minutes;
# any other word leaves
# a range of days, before a noun or a verb ("its August 6-7 hearing", "August 3-4 will include")
AMOUNT_AFTER_DAYS: str = (
    r"(?:[a-z]|\s*%|\s+(?:per\s*cent|percent|pct|per|times|x|seconds?|secs?|minutes?|mins?"
    r"|hours?|hrs?|h|days?|nights?|weeks?|wks?|months?|years?|yrs?|decades?|[ap]\.?m\b|o'clock"
    r"|hundred|thousand|million|billion|trillion|dozen|[kmb]n?|people|persons|points?|pts?"
    r"|degrees?|inch(?:es)?|feet|foot|ft|miles?|metres?|meters?|km|kg|lbs?|pounds?|dollars?"
    r"|euros?|members?|seats?|votes?|cases|deaths|goals?|runs?)\b"
    # the minutes of a clock: "Sept. 23, 1-5:30 p.m." is hours, not the days 1 to 5 (stop 57)
    r"|[:.][0-9]{2}(?![0-9]))"
)
# words that may follow a day of the month: "by the 5th at noon", "... 5th we will"
AFTER_DOM: Final = (
    r"(?:of|at|and|or|to|through|thru|till|until|by|in|on|we|i|he|she|they|it|you|will|would"
    r"|is|was|so|but|when|if|then|with|for|from|this|next|that|as|inst|instant|ult|before|after)\b"
)
# a day of the month led in by a word of a point in time or a weekday ("by the 16th the
# council will", "until Tuesday the 21st the ..."): a day even before "the", which after a
# bare ordinal opens a noun ("came 3rd the year before"); stop 43: the 16th had been dropped
# and "Tuesday" read alone. Tried at the day's end: a look-behind each (of fixed width). A
# month named after the day ("the 10th of next month the council will") is read whatever
# follows it (it had read "the 10th" alone).
DOM_LED: Final = (
    "(?:"
    + "|".join(
        rf"(?<={lead}\sthe\s{digits}(?:st|nd|rd|th))"
        for lead in (r"\bby", r"\bon", "until", r"\btill", "than", "before", "day", "day,")
        for digits in ("[0-9]", "[0-9]{2}")
    )
    + ")"
)

# a day of the month written without its suffix ("on the 14", "until the 3", "by Friday the
# 11"): only after "the", where a count seldom stands alone, and only where nothing follows
# that could make it one: the text's or a clause's end, "of this/next/the month" (read with
# the day by the caller) or a clock time ("on the 14 at 5pm", "on the 14 at noon"). Before
# stop 52 the number was dropped without a word: "by the 14 of this month" fell due at the
# month's end, "by Friday the 11" on this Friday, "on the 14 at 5pm" at 5pm today.
DOM_BARE: Final = r"(?:(?<=the\s[0-9])|(?<=the\s[0-9]{2}))(?![0-9])"
# the clock time after it: digits, or noon, midday, midnight (the final review of stop 52)
DOM_BARE_AT: Final = r"\s+at\s+(?:[0-9]|(?:noon|midday|midnight)\b)"
# what may follow it: a stop, a clause's comma (not one of a list of numbers: "on the 1, 2 and
# 3 acre sites" counts acres), the text's end or a clock time
DOM_BARE_TAIL: Final = rf"(?=\s*(?:[;!?)]|[.:](?![0-9])|,(?!\s*[0-9])|$)|{DOM_BARE_AT})"

# words that put an act ahead in its sentence ("will", "is to", "due", "scheduled"), for
# the rules that refuse a time told done or a date naming a thing only with none of them;
# callers add "\b" round it, their own words, and "'ll"
AHEAD: Final = r"will|shall|would|going\s+to|is\s+to|are\s+to|due|scheduled|expected|planned|must"

# the word that leads in a range's second end ("from 14 March to 14 April"); "thru" is the US
# spelling of "through" ("Monday thru Friday"), read alike wherever "through" is (stop 52)
RANGE_END_WORDS: Final = frozenset(("to", "until", "till", "through", "thru"))

# the lead-in of a start: "beginning 1 May", "starting at 9 a.m.", "commencing on"
STARTING: Final = r"(?:beginning|starting|commencing)"
# a US zone's name, beside a clock time: "5 p.m. Eastern", "Pacific time"
US_ZONE: Final = r"(?:eastern|central|mountain|pacific)"
# The cities of the zones we know, which a time may name on their own ("by 9 a.m. Tokyo"),
# and the names of zones before "time" (vocabulary.ZONES, hhmm._ZONE_AFTER)
ZONE_TOWN: Final = (
    r"london|new\s+york|washington|brussels|paris|berlin|rome|madrid|geneva|moscow|kyiv|kiev"
    r"|dublin|delhi|dubai|beijing|hong\s+kong|singapore|tokyo|seoul|sydney|canberra|melbourne"
    r"|wellington|auckland|new\s+york\s+city"
)
ZONE_CITY: Final = (
    r"eastern|central|mountain|pacific|alaska(?:\s+local)?|hawaii|uk|"
    + ZONE_TOWN
    + r"|india|british\s+summer|chamorro|guam|samoa|kazakhstan|kazakh"
    r"|(?:central|eastern|western)\s+european(?:\s+summer)?"
    # "at 1500 Coordinated Universal Time (UTC)" (fresh179), "Greenwich Mean Time"
    r"|coordinated\s+universal|(?:universal|greenwich\s+mean)(?=\s+time\b)"
)

# the modal verbs that are never anything else ("will", "could"): one list for the readers
# of a verb group. Each reader adds the forms it takes beside them, and says why: "may" is
# also the month, "to" opens an infinitive, "cannot", "won't" and "'ll" are words only to a
# reader that splits a sentence into words (governing._MODALS, starts_itself._VERBAL)
MODAL_VERBS: Final = "will shall would should can could might must".split()

# words that are never a noun's head: after a time, one it cannot name ("the June 1 target
# elevations", governing.names_noun); round a relative clause, no noun it describes
# (object_relatives)
NOT_NOUN: Final = frozenset(
    "the a an and or but to of in on at by for from with as is are was were will would has"
    " have had that which who when if than then this these those its it we they he she i"
    " you be been being not no only also until till through thru after before during since per"
    " via"
    # the subordinating conjunctions not above: a clause of its own follows, no noun
    " while whilst because unless although though whereas once so where".split()
)

# a verb of telling, in the past: "announced", "said", "unveiled"; callers add their own
# "\b" and may add verbs of their own
SAID_DONE: Final = r"announced|said|confirmed|declared|stated|revealed|unveiled"
# the acts a release reports of its subject, in the past: a verb of telling or one of
# launching, approving or agreeing ("Today, the Minister, X, launched ..."); callers add "\b"
RELEASE_DONE = SAID_DONE + r"|launched|released|published|welcomed|approved|agreed"

# a verb of asking or telling someone to act, in the past or as a passive ("residents have
# been asked to", "told to"); callers add "\b", "to" and may add verbs of their own
BIDDEN: Final = r"asked|told|urged|invited|encouraged|requested|required|instructed|advised"

# the words that open a noun phrase: the articles, demonstratives and possessives, as a
# pattern's alternatives (callers add "\b" or a space after, and may add words of their own)
DETERMINER_WORDS: Final = r"the|a|an|this|that|these|those|its|their|his|her|our|my|your"
# the same, for the readers that walk a sentence word by word: a past form after one is an
# adjective ("the revised guidance"), not a verb
DETERMINERS: Final = frozenset(DETERMINER_WORDS.split("|"))

# the words after "to" that make it a preposition before a noun phrase, no infinitive ("to the
# House", "to all", "to date", "to now"); callers add words of their own
NOT_INFINITIVE: Final = DETERMINER_WORDS + r"|all|some|any|each|every|no|date|now"

# a schedule kept every day: "daily", "each day", "seven days a week"; callers add "\b"
EVERY_DAY: Final = r"daily|every\s+day|each\s+day|seven\s+days\s+a\s+week"
# a word that makes a length rough or a bound: "about two weeks", "up to three years"
ABOUT_WORDS: Final = r"about|around|approximately|roughly|some|nearly|almost|up\s+to|at\s+least"

# what opens a range of hours ("from", "between") and stands between its two ends ("to", "-")
HOURS_FROM: Final = r"(?:from\s+|between\s+)?"
HOURS_TO: Final = r"\s*(?:to|until|till|and|-|–)\s*"

# a clock time said with a.m./p.m., noon or midnight: "8:45 a.m.", "5 P.M.", "12 noon"
CLOCK_AMPM: Final = r"(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?|(?:12\s+)?noon|midnight)"
# a range of two of them, as opening hours give it: "from 9 a.m. to 5 p.m.", "8:45 A.M.- 5 P.M."
CLOCK_AMPM_RANGE = (
    HOURS_FROM + CLOCK_AMPM + r"\s*(?:to|until|till|and|through|thru|-|–)\s*" + CLOCK_AMPM
)


Place = tuple[str, int, int, str]


def located(text: str, matched: str) -> Place | None:
    """Where the chosen phrase lies in `text`, for the readers that judge it by the words
    round it: the lowered text, the phrase's start and end in it and its own words; None
    when the phrase is not found (it was put together from parts). second_looks.revisit
    works it out once a phrase and hands it to each of its looks that reads it."""
    lowered = text.lower()
    start = lowered.find(matched.lower())
    if start < 0:
        return None
    end = start + len(matched)
    return lowered, start, end, lowered[start:end]


def phrase_at(text: str, matched: str, near: int) -> int:
    """Where the chosen phrase starts in `text`: the occurrence at its candidate's own place
    (`near`, the candidate's start, which may stand before the phrase's own words), not an
    earlier copy of the same words ("Rehearsal on the 18th went well. The show opens on the
    18th, or as soon as possible thereafter."); its first occurrence if none follows there,
    -1 when it is absent (put together from parts)."""
    at = text.find(matched, max(0, near - len(matched)))
    return at if at >= 0 else text.find(matched)


def words_before_phrase(
    text: str, matched: str, near: int, pattern: re.Pattern[str], reach: int
) -> re.Match[str] | None:
    """`pattern` searched in the `reach` characters right before the chosen phrase (found by
    `phrase_at`), up to its start: the words that reword it ("delayed by a week from", "a
    three-day summit to begin"); None when they are not there or the phrase is absent."""
    at = phrase_at(text, matched, near)
    return None if at < 0 else pattern.search(text, max(0, at - reach), at)


def blanked(m: re.Match[str]) -> str:
    """A match's characters as spaces: hidden from the readers, every position kept."""
    return " " * len(m.group())


# What may follow a city that is a time's zone: the sentence's end or a pause, or a word
# that goes on with the time ("at 5pm London on Friday"), not more of a name ("at 5pm
# London Bridge station" names a place: no zone).
ZONE_CITY_END: Final = (
    r"(?=\s*(?:[.,;:!?)\]]|$)|\s+(?:on|in|at|by|for|from|to|until|till|and|or|this|next"
    r"|tomorrow|today|tonight|sharp|when|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![a-z]))"
)

# Past participles that neither end in -ed nor double as a simple past (round D): after
# "has"/"have" they make a perfect ("I have had representations over the weekend", "we have
# taken steps this week"), as a regular "-ed" does; "have" before any other word is a
# present ("we have meetings on Friday").
IRREGULAR_PARTICIPLES: Final = frozenset(
    "had done gone seen taken given written spoken known shown grown drawn thrown flown"
    " broken frozen driven begun run come become chosen fallen risen eaten beaten forgotten"
    " gotten stolen woken worn torn sworn".split()
)

# Nouns after a season that make "the summer recess", "the autumn statement" an event or a
# thing with a date of its own, not the season (read by vocabulary's period rule and by
# season_pairs for a second season joined to the first)
SEASON_EVENT_NOUNS: Final = (
    r"recess|break|holidays?|session|term|sitting|vacation|sales?|budget|statement"
    r"|conference|forecast|review|update|edition|meeting|summit|semester"
)


def by_first_letter(words: Iterable[str]) -> str:
    """An alternation of whole words of letters, grouped by their first letter ("h(?:ad|as
    |ave)|w(?:as|ere)"). Between word boundaries it matches what the flat alternation does
    (one word at most fits a place), but `re` passes a group whose first letter differs at
    one test instead of trying each of its words (issue 12: the past forms searched for in
    every clause before a time, governing.py and clauses.py)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        if not word.isalpha() or not word.isascii():
            raise ValueError(f"not a word of letters: {word!r}")
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(
        first + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
        for first, rests in groups.items()
    )


# A bracketed aside with no bracket inside it: "(as agreed in March)", blanked before a clause
# is read so its words are not the clause's.
CLOSED_ASIDE: Final = re.compile(r"\([^()]*\)")
# the unit of a vague window ahead, "vg_unit" of vocabulary's "vague" pattern; of two units
# joined ("over the coming weeks and months", "in the next few months and years"), the later
# names the window, as in "the weeks and months ahead" (stop 64, fresh190: "over coming months
# and years" had fallen due in three months, not three years, with no warning)
VAGUE_UNIT_JOINED: Final = (
    r"(?:(?:days|weeks|months)\s+and\s+)?(?P<vg_unit>days|weeks|months|years)"
)


def any_in(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` stands in `text` as plain characters: the cheap test run before a
    pattern every match of which holds one of them (`prescan.required_words`), as most texts
    hold none and the pattern's search tries every place."""
    for word in words:
        if word in text:
            return True
    return False
