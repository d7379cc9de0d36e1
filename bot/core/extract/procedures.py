"""How things go, told; and acts announced in the present, as nouns or as steps under way.

Issue 13, round 22. The false candidates of blind32, and their like in the splits before
it, tell rather than pledge, in forms the rest of the rules read as commitments:

- a procedure, what happens once a step by someone else is done ("Once the Council has
  referred the agreement to the EP, the relevant Committee will prepare ...") or what a
  thing will need ("Any agreement will need to be approved by the European Parliament");
  the speaker's own steps ("Once we have
  reviewed the submissions, a determination will be made") and a procedure with a date
  of its own ("Once approved by the Council, the agreements will be sent ... before the
  end of the mandate") stay as they are;
- a forecast of a number or of a course that nobody runs ("More than 700 million
  passengers are expected to board", "we expect to have at least 28 Senators", "counting
  will continue", "Calwell will be some time");
- the reader's guide to the text itself ("In this press kit, you will find ...", "There
  will be information on this in the press release") and the listener's knowledge ("The
  House will be aware that ...");
- a commitment told as the cause of something done ("The actions are a result of the
  Department's continued commitment to ..."), an establishment's claimed effect ("the
  establishment of an embassy would further strengthen the relationship", CONVENTIONS
  2.2), a stance ("their priorities will be my priorities", "We'll continue working
  hard"), a participle ("the limits agreed to at the meeting") and an aside ("as we
  must").

Each is doubted (`aside.DOUBTS`), never refuted: the sentence goes to the "maybe" list.

The other way round, three forms commit without the cues the rules knew: a body that
announces an act by its noun ("NMFS announces the limited opening of red snapper",
"delighted to announce the continuation of the programme into 2023"), an announcement
that a body is taking steps ("announced that the Department is taking a number of
actions to enhance protections"), and a schedule given as dates ("season dates are March
15 through November 14"); and a negative commitment held until a condition ("it will not
proceed with any consent vote until ...") is a pledge (CONVENTIONS 1.7), not a negation
to doubt. Only grammar is read here, never a particular body or sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.core.extract.calendar_names import CAPITALISED_MONTHS
from bot.core.extract.cues import MADE_PUBLIC
from bot.core.extract.declarations import professed
from bot.core.extract.stances import declared_priority, judged_occasion

if TYPE_CHECKING:  # `clauses` reads its cues from here
    from bot.core.extract.clauses import Cue

# A step someone else completes before the main clause: "Once the Council has referred the
# agreement ..., ", "After the consent procedure has been completed ..., ". Not the speaker's
# own ("Once we have reviewed"), nor a bare participle ("Once approved by the Council").
_AFTER_STEP = re.compile(
    r"^\W*(?:Once|After|When|As\s+soon\s+as)\s+(?!(?:we|I|you)\b)(?P<subject>[^,;:]{1,120}?)\s+"
    r"(?:has|have)\s+(?:been\s+)?\w+(?:ed|en)\b[^;:]{0,200}?,\s",
    re.IGNORECASE,
)
# What a thing will need from others: "will need to be approved by the European Parliament".
_NEEDS_BY = re.compile(r"\s+(?:need|have)\s+to\s+be\s+\w+(?:ed|en)\s+by\b")
# An existential subject: "There will be information on this in ...".
_THERE = re.compile(r"\bthere\s*$", re.IGNORECASE)
# A count as a subject: "More than 700 million passengers are expected to", "About 2,000
# visitors are forecast to".
_COUNTED = re.compile(
    r"(?:^|[,;:]\s+)(?:(?:more|fewer|less)\s+than|over|about|around|nearly|almost|some|up\s+to|"
    r"at\s+least|an\s+estimated)?\s*[\d][\d,.]*\s+(?:(?:million|billion|thousand|hundred)\s+)?"
    r"(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
# A number the speaker expects to reach: "we expect to have at least 28 Senators".
_EXPECTED_COUNT = re.compile(
    r"\s+(?:to\s+)?(?:have|win|get|see|reach|hold|secure|receive)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|up\s+to|some)\s+)?\d"
)
# A process named by its gerund, going on: "counting will continue", "voting will resume".
_PROCESS = re.compile(r"(?:^|[,;]\s+|\band\s+)([a-z]+ing)\s*$")
_GOES_ON = re.compile(r"\s+(?:continue|resume|go\s+on|carry\s+on)\b")
# The reader's guide: "you will find a selection of press releases", "you will see below".
_READER = re.compile(r"\byou\s*$", re.IGNORECASE)
_FINDS = re.compile(r"\s+(?:also\s+)?(?:find|see|read|notice)\b")
# "There will be information on this in this morning's press release".
_IN_DOCUMENT = re.compile(
    r"\s+be\s+(?:more\s+|further\s+)?(?:information|details)\s+(?:on|about)\s+(?:this|that|it)\s+"
    r"in\s+(?:this|the|today[’']s|this\s+\w+[’']s)\s+(?:\w+\s+){0,2}?"
    r"(?:press\s+release|release|statement|press\s+kit|document|note)\b"
)
# What the listener knows or recalls: "The House will be aware that", "Members will recall".
_LISTENER_KNOWS = re.compile(
    r"\s+(?:be\s+(?:well\s+)?aware|recall|remember|know|appreciate|understand)\b\s*(?:that\b|,)"
)
# A commitment as the cause of what was done: "a result of the Department's continued
# commitment to".
_AS_CAUSE = re.compile(
    r"\b(?:result|product|consequence|outcome|reflection|testament)\s+of\s+(?:\S+\s+){0,4}\S+\s*$",
    re.IGNORECASE,
)
# A commitment a thing is said to show: "It underscores our unwavering commitment to",
# "a clear demonstration of the UK's commitment to", "The scheme demonstrates the
# Government's commitment to" (stop 49, tuner x). Present, infinitive and -ing forms only
# ("The Minister underlined her commitment to" gives one); "reflects our commitment to"
# stays a pledge, as round 11's labels read it.
_SHOWN = re.compile(
    r"\b(?:demonstrat(?:e|es|ing)|demonstration\s+of|illustrat(?:e|es|ing)|"
    r"showcas(?:e|es|ing)|evidence\s+of|sign\s+of|underscor(?:e|es|ing)|"
    r"underlin(?:e|es|ing)|highlight(?:s|ing)?)\s+(?:\S+\s+){0,3}\S*\s*$",
    re.IGNORECASE,
)
# An establishment's claimed effect: "the establishment of a Vanuatu embassy would
# “further strengthen the bilateral relationship”" (the establishment itself is labelled).
_ACT_NOUN_SUBJECT = re.compile(
    r"(?:^|\bthat\s+|[,;]\s+)the\s+\w+(?:ment|tion|sion|ing)\s+of\s+[^,;:]{1,80}$", re.IGNORECASE
)
_EFFECT = re.compile(
    r"\s+[“\"‘']?(?:further\s+|also\s+|greatly\s+|significantly\s+)?(?:strengthen|deepen|"
    r"enhance|boost|improve|bolster|benefit|reinforce|promote|advance|contribute)\b"
)
# A duration foretold: "Calwell will be some time", "the count will be a while".
_SOME_TIME = re.compile(r"\s+be\s+(?:some\s+|a\s+(?:little\s+|long\s+)?)(?:time|while)\b")
# A stance: "the people's priorities will be my priorities", "We'll continue working hard".
_BE_PRIORITIES = re.compile(r"\s+be\s+(?:my|our|his|her|their)\s+(?:own\s+)?priorit(?:y|ies)\b")
_WORK_HARD = re.compile(
    r"\s+(?:continue|keep)\s+(?:to\s+work|working)\s+(?:so\s+)?(?:hard|tirelessly)\b"
    r"(?![^.;]*\b(?:to\s+(?!all\b|every\b)[a-z]+|with|on)\b)"
)
# A past participle, not a commitment: "the catch limits agreed to at the meeting".
_PARTICIPLE_TO = re.compile(r"\s+(?:at|by|during|in|under)\b")
# A noun where a verb was read: "heads of state", "how fundamental air travel is to the
# economy" (not "is to visit").
_NOUN_OF = re.compile(r"\s+of\b")
_TO_NOUN = re.compile(r"\s*(?:the|a|an|our|their|its|his|her|my|your|this|that)\b")
# An aside: "we are acknowledging—as we must—that".
_AS_WE_MUST = re.compile(r"\bas\s+(?:we|I|you|they)\s*$", re.IGNORECASE)


_TO = frozenset({"is to", "are to"})


def verb_as_noun(text: str, start: int, end: int) -> bool:
    """Whether a cue's words are read as a noun or a preposition's verb, no cue at all:
    "discussed by heads of state", "how fundamental air travel is to the economy"."""
    word = text[start:end].strip().lower()
    if word.endswith("s") and " " not in word:
        return _NOUN_OF.match(text, end) is not None
    return word in _TO and _TO_NOUN.match(text, end) is not None


def ends_at_cue(pattern: re.Pattern[str], text: str, cue: Cue) -> bool:
    """Whether `pattern` (anchored by "$") ends where the cue starts, read back at most 200
    characters: "^" still means the sentence's start, and a long paste is not rescanned."""
    return pattern.search(text, max(0, cue.start - 200), cue.start) is not None


def told_doubt(text: str, cue: Cue, after: str, dated: bool) -> str | None:
    """The doubt (`aside.DOUBTS`) a cue earns as a procedure, a forecast, the reader's
    guide, the listener's knowledge or a cause, an effect or a stance told; else None."""
    word = text[cue.start : cue.end].strip().lower()
    if professed_doubt := professed(text, cue, after):  # values, care, benefit (`declarations`)
        return professed_doubt
    if cue.kind == "must" and re.match(r"\s*\W", after) and ends_at_cue(_AS_WE_MUST, text, cue):
        return "weak"  # "as we must—": an aside
    if word == "agreed to" and _PARTICIPLE_TO.match(after):
        return "vetoed"  # "the limits agreed to at the meeting": what was agreed
    if "commitment" in word and ends_at_cue(_AS_CAUSE, text, cue):
        return "describes"  # "a result of the Department's continued commitment to"
    if "commitment" in word and ends_at_cue(_SHOWN, text, cue):
        return "describes"  # "It underscores our unwavering commitment to"
    if word.endswith("expected") and ends_at_cue(_COUNTED, text, cue):
        return "forecast"  # "More than 700 million passengers are expected to board"
    if word.startswith("expect") and _EXPECTED_COUNT.match(after):
        return "forecast"  # "we expect to have at least 28 Senators"
    if (cue.kind in {"will", "would"} or word.endswith("that")) and judged_occasion(after):
        return "describes"  # "agreed that the Summit would be a pivotal moment" (`stances`)
    if cue.kind not in {"will", "would"}:
        return None
    if _FINDS.match(after) and ends_at_cue(_READER, text, cue):
        return "describes"  # "In this press kit, you will find"
    if _LISTENER_KNOWS.match(after):
        return "vetoed"  # "The House will be aware that": what the listener knows
    if _IN_DOCUMENT.match(after) and ends_at_cue(_THERE, text, cue):
        return "describes"  # "There will be information on this in the press release"
    if _EFFECT.match(after) and ends_at_cue(_ACT_NOUN_SUBJECT, text, cue):
        return "describes"  # "the establishment of an embassy would strengthen"
    if declared_priority(after):
        return "describes"  # "will be the number one priority for" (`stances`)
    if dated:
        return None
    return _undated(text, cue, after)


def _undated(text: str, cue: Cue, after: str) -> str | None:
    """The doubts that a date of the cue's own lifts: a procedure, a process, a stance."""
    step = _AFTER_STEP.match(text)
    if step and step.end() <= cue.start:
        return "conditional"  # "Once the Council has referred the agreement ..., X will"
    if _NEEDS_BY.match(after):
        return "describes"  # "will need to be approved by the European Parliament"
    if (_GOES_ON.match(after) and ends_at_cue(_PROCESS, text, cue)) or _SOME_TIME.match(after):
        return "forecast"  # "counting will continue", "Calwell will be some time"
    if _BE_PRIORITIES.match(after) or _WORK_HARD.match(after):
        return "describes"  # a stance: "will be my priorities", "will continue working hard"
    return None


# An act announced by its noun: "NMFS announces the limited opening of", "pleased to announce
# the continuation of the programme". Not "in order to announce" (a purpose).
_ANNOUNCED_ACT = re.compile(
    r"\b(?:announces|(?:pleased|delighted|proud|happy)\s+to\s+announce)\s+the\s+"
    r"(?:[a-z\-]+\s+){0,2}?(?P<act>(?:re-?)?opening|closure|closing|launch|establishment|"
    r"continuation|extension|expansion|introduction|suspension|resumption)\s+of\b"
)
# Steps a body is announced to be taking: "announced that the U.S. Department of
# Transportation (DOT) is taking a number of actions to enhance protections".
_TAKING_STEPS = re.compile(
    rf"\b(?:{MADE_PUBLIC})\s+that\s+[^,;:]{{2,100}}?\s+"
    r"(?P<act>(?:is|are)\s+taking)\s+(?:a\s+(?:number|series|range)\s+of\s+|several\s+|"
    r"new\s+|further\s+|additional\s+|immediate\s+|concrete\s+)*(?:actions|steps|measures)"
    r"\s+to\s+[a-z]"
)
# A schedule given as its dates: "season dates are March 15 through November 14, 2019".
_DATES_ARE = re.compile(
    r"\bdates\s+(?P<act>are|will\s+be)\s+(?:from\s+)?(?:" + CAPITALISED_MONTHS + r")\s+\d"
)


def announced_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of acts announced in the present: by the act's noun and by
    steps under way (a plan), and a schedule's dates (a present plan, which needs its dates
    ahead, `cues.NEED_DEADLINE`)."""
    found = [("plan", *m.span("act")) for m in _ANNOUNCED_ACT.finditer(text)]
    found += [("plan", *m.span("act")) for m in _TAKING_STEPS.finditer(text)]
    return found + [("present", *m.span("act")) for m in _DATES_ARE.finditer(text)]


# A negative commitment held until a condition: "it will not proceed with any consent vote
# until the UK Parliament has approved"; not a state ("will not be ready ... until").
_WITHHELD_UNTIL = re.compile(r"\s+not\s+(?!be\b)[a-z]+\b[^.;:]{0,120}?\buntil\b")


def withheld_until(after: str) -> bool:
    """Whether the words after a "will" hold an act back until a condition."""
    return _WITHHELD_UNTIL.match(after) is not None
