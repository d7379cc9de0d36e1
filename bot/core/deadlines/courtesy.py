"""The courtesies of a gathering, dated by a day word (issue 12, stop 46q).

Thanks and welcomes for being at the day's sitting, hearing or briefing date the gathering
the words are said at, not an act anyone undertakes: refused as "past", as round 24b reads
"Thank you all for joining us this morning":

- thanks for coming, inviting, joining, attending, hosting or appearing ("I thank the Minister
  of State for coming into the Seanad today to respond to the matters before us", "I would
  like to thank Senator X for inviting me to be here today");
- a welcome that opens its sentence, or one to a House or a committee ("So, welcome to both of
  you gentlemen this morning", "I welcome the Minister to the House this afternoon");
- the pleasure of being there ("It is a pleasure to be with you this morning", "I am delighted
  to be here today") and company kept ("who's here with us today", "Joining me today is ...");
- thanks for the chance to speak ("Thank you for the opportunity to appear before you today");
- (stop 65, CONVENTIONS 2.2) the speech being made or the matter before the gathering ("All I
  will say today", "the views I express today", "nor do I intend to say any more about it
  to-day", "the matter that is before us to-day"; not "talk about", "announce", nor "will be
  before us today"), and the pleasure of standing there or of having a guest there ("It is
  with great pleasure that I am standing in this room today", "It is a delight to have the
  Minister here this afternoon").

An act thanked for that is still to come keeps its day ("I thank the Minister for agreeing to
publish the report today"): a word of agreeing or promising between the thanks and the day
word, or a verb of the future, keeps the day word's reading.

Also a thanks or a welcome that opens the clause of the day word (round 24b, formerly
part_told.thanked_now): "Thanks everyone for coming in this morning", "Welcome to everyone
here this morning", unless an act ahead follows it in the clause ("Thank you for agreeing
to publish the figures this morning", "Thanks; I will make a statement this morning") or
it names a cause ("Thanks to the council, the bridge reopens this afternoon"). One function,
`occasion`, reads both, for labels.first_look (day words: "today", "this morning") and for
told.past_part_of_today (a part of today) alike (stop 48).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.context import holds
from bot.core.deadlines.look_back import LOOK_BACK, head_start
from bot.core.deadlines.words import any_in

# thanks for being at the gathering, up to the day word (nothing that ends the sentence)
_THANKS: Final = re.compile(
    r"\bthank(?:s|\s+you|\s+(?:him|her|them|the|my|our|all|everyone|senator|minister|deputy)\b"
    r"[^.;!?]{0,80}?)?[^.;!?]{0,40}?\bfor\s+(?:[a-z]+\s+){0,1}?(?:coming|inviting|joining"
    r"|attending|hosting|having\s+(?:me|us)|appearing|visiting|making\s+(?:yourself|yourselves"
    r"|themselves|time))\b[^.;!?]*$"
)
# a welcome at the head of its sentence, or one given to a House or a committee
_WELCOME_HEAD: Final = re.compile(r"^\W*(?:(?:so|and|well|firstly|first)\W+)*welcome\b[^.;!?]*$")
_WELCOME_TO: Final = re.compile(
    r"\bwelcome,?\s+(?:[a-z.'’-]+,?\s+){0,8}?to\s+(?:the|this|our)\s+(?:house|chamber|seanad|dáil"
    r"|dail|senate|assembly|committee|meeting|briefing|hearing|session|sitting)\b[^.;!?]*$"
)
# the pleasure of being there, or the company kept
_BEING_THERE: Final = re.compile(
    r"\b(?:pleasure|privilege|honou?r|delighted|pleased|glad|happy|great|good|nice|wonderful"
    r"|thrilled|grateful|proud|delight)\s+to\s+(?:be|have(?:\s+[a-z.'’-]+){1,4}?)\s+"
    r"(?:(?:here|back)\b|with\s+(?:you|us|everyone)\b)[^.;!?]{0,30}$"
    # "It is with great pleasure that I am standing in this room today" (stop 65)
    r"|\bpleasure\s+that\s+(?:i|we)\s+(?:am|are)\s+(?:here|standing|speaking)\b[^.;!?]{0,30}$"
    r"|\b(?:here\s+)?with\s+(?:us|me)\s+(?:here\s+)?$|\bjoining\s+(?:us|me)\s+$"
)
# thanks for the chance to speak at the gathering: "Thank you for the opportunity to appear
# before you today", "I appreciate the opportunity to testify before the committee today"
_CHANCE: Final = re.compile(
    r"\b(?:thank\w*|appreciat\w*|grateful)\b[^.;!?]{0,60}?\b(?:opportunity|chance|invitation)"
    r"\s+to\s+(?:appear|testify|speak|address|talk|present|join|be\s+(?:here|with))\b[^.;!?]*$"
)
# the speech being made, or the matter before the gathering (stop 65; CONVENTIONS 2.2, a day
# word on the verb of speaking): "the views I express today", "All I will say today", "nor do
# I intend to say any more about it to-day", "the matter that is before us to-day". Not "talk
# about" nor "announce": what is talked about or announced may be an act of that day (2.1).
_SPEECH: Final = re.compile(
    r"\b(?:i|we)\s+(?:(?P<modal>will|shall|would|want\s+to|wish\s+to|intend\s+to|propose\s+to)\s+)?"
    r"(?:say|express)\b(?P<said>[^.;!?]{0,40})$"
    r"|(?<!will\sbe\s)(?<!shall\sbe\s)\bbefore\s+(?:us|you)\s+$"
)
# what follows the verb of speaking when it opens a clause of its own, whose day word may be
# an act's ("As I say, we will publish the report today", "I would say that the clinic
# will open today", "I say we publish it today"): not the speech itself
_SAID_CLAUSE: Final = re.compile(r"[,:]|\bthat\b|^\s+(?:i|we|you|he|she|they)\s+\S")
_SPEECH_WORDS: Final = ("say", "express", "before")
# the day of the gathering itself: a statement put off to another day or to later in this one
# ("I will say more about this tomorrow", "later today") is an act to come (stop 65, lead)
_OCCASION_DAY: Final = re.compile(
    r"(?:today|to-day|tonight|to-night|this\s+(?:morning|afternoon|evening))\b"
)
# a speech limited to what is said now ("All I will say today", "Nor do I intend to say any
# more about it today"); without such a word, "I will say more about the budget this
# afternoon" promises a statement still to come
_LIMITED: Final = re.compile(r"\b(?:all|what|nor|not|never|no)\b|n['’]t\b")
_PERFORMATIVE: Final = frozenset({"want to", "wish to"})
# an act still to come between the courtesy and the day word: the day may be its own
_ACT_AHEAD: Final = re.compile(
    r"\b(?:agree\w*|promis\w*|undertak\w*|commit(?!tee)\w*|pledg\w*|will|shall|going\s+to|plan\w*"
    r"|intend\w*)\b|'ll\b"
)
# a title the word "planning" may end or sit in, up to that word: "the Minister for Housing,
# Local Government and Planning", "the Committee on Planning" (stop 47, fix b): no act
_TITLE_BEFORE: Final = re.compile(
    r"\b(?:minister|ministry|department|committee|secretary|spokes\w*|commission\w*|office"
    r"|board|council|cabinet|chair\w*)\s+(?:of\s+state\s+)?(?:for|on|of)\s+"
    r"(?:(?!(?:who|which|that|is|are|was|were|has|have|had|will|shall|to)\b)[a-z'’-]+"
    r"(?:\s*,|\s+and|\s+&)?\s+){0,4}$"
)
# words one of the courtesies above needs, looked for as plain text in the reach of the day
# word before any pattern is run (most day words have none of them before them)
_CUES: Final = (
    "thank",
    "welcome",
    "appreciat",
    "grateful",
    "to be",
    "with us",
    "with me",
    "joining",
    "delight",
    "pleasure",
    "say",
    "express",
    "before",
)


def _cued(text: str, start: int) -> bool:
    # whitespace made single spaces once, as the patterns take any run of it ("to  be")
    window = " ".join(text[max(0, start - clauses.REACH) : start].split())
    for cue in _CUES:
        if cue in window:
            return True
    return False


# words one of which each match of a pattern needs, looked for as plain text in the head
# first: a long head with none is not searched (stop 62)
_ACT_WORDS: Final = (
    "agree", "promis", "undertak", "commit", "pledg", "will", "shall", "going", "plan", "intend",
    "'ll",
)  # fmt: skip
_THERE_WORDS: Final = ("here", "back", "with", "joining")
_CHANCE_WORDS: Final = ("opportunit", "chance", "invitation")


def _act_ahead(head: str) -> bool:
    if not any_in(head, _ACT_WORDS):
        return False
    for m in _ACT_AHEAD.finditer(head):
        if not m[0].startswith("plan") or _TITLE_BEFORE.search(head, 0, m.start()) is None:
            return True
    return False


def _speech(head: str, day: str) -> bool:
    """Whether the day word ending `head` dates the speech being made or the matter before
    the gathering: not an act told after "I say" ("As I say, we will pay today"), nor one
    laid before the gathering ("I will lay the report before you today")."""
    if _OCCASION_DAY.match(day) is None or head.endswith(("later ", "earlier ")):
        return False
    m = _SPEECH.search(head)
    if m is None:
        return False
    modal = m["modal"]
    if modal is not None and " ".join(modal.split()) not in _PERFORMATIVE:
        if _LIMITED.search(head[max(0, m.start() - 12) : m.end()]) is None:
            return False  # "I will say more about the budget this afternoon": to come
    said = m["said"]
    if said is None:
        return not _act_ahead(head)
    return _SAID_CLAUSE.search(said) is None and not _act_ahead(said)


def occasion(text: str, start: int) -> bool:
    """Whether the day word or part of today at `start` (lower-case text) dates a courtesy
    of the gathering."""
    return _courtesy(text, start) or _opened_by_thanks(text, start)


# the thanks or the welcome that opens the clause holding the part of the day
_OPENING: Final = re.compile(
    r"(?:^|[.;:!?]\s+)(?:(?:and|so|but|well|first(?:ly)?|now),?\s+)?"
    r"(?:thanks|thank\s+you|many\s+thanks|welcome|a\s+warm\s+welcome)\b(?P<rest>[^.;:!?]*)$"
)
# an act still to be done: an infinitive of a verb ("to publish"), not "to everyone"
_INFINITIVE: Final = re.compile(
    r"\bto\s+(?!(?:everyone|everybody|all|you|us|the|this|our|my|your|each|both|those"
    r"|these|a|an)\b)[a-z]+\b"
)
# "thanks to the council, ...": what brought a thing about, unless the people thanked are
# the gathering ("thanks to everyone here") or a "for" names what they did
_CAUSE: Final = re.compile(r"\s+to\s+(?!(?:everyone|everybody|all|you)\b)")
# a welcome that is the subject of its verb is no greeting of the gathering: "A warm welcome
# awaits visitors when the centre reopens today" tells of the reopening (stop 49, fix49)
_SUBJECT: Final = re.compile(
    r"\s+(?:awaits?|waits|is\s+(?:waiting|assured|guaranteed)|will\s+be)\b"
)


def _opening(text: str, start: int) -> re.Match[str] | None:
    """_OPENING's match before `start`, within LOOK_BACK of it: nothing it matches after
    its first character is a stop, so it can begin only at the last stop before `start`,
    or, with none, at the text's start (it had been searched for from there before each
    time, quadratic in a long paste)."""
    lo = max(0, start - LOOK_BACK)
    mark = max(text.rfind(stop, lo, start) for stop in ".;:!?")
    if mark < 0 and lo > 0:
        return None  # the text's start is further back than LOOK_BACK
    return _OPENING.match(text, max(mark, 0), start)


def _opened_by_thanks(text: str, start: int) -> bool:
    """Whether the clause of `start` opens with a thanks or a welcome for the gathering."""
    if not holds(text, "thank") and not holds(text, "welcome"):
        return False  # the cheap test first, once per long text (stop 61)
    m = _opening(text, start)
    if m is None:
        return False
    rest = m["rest"]
    if _CAUSE.match(rest) is not None and " for " not in rest:
        return False  # "Thanks to the council, the bridge reopens this afternoon": a cause
    if _SUBJECT.match(rest) is not None:
        return False  # "A warm welcome awaits visitors when the centre reopens today" (fix49)
    return clauses.FUTURE.search(rest) is None and _INFINITIVE.search(rest) is None


def _courtesy(text: str, start: int) -> bool:
    if not _cued(text, start):
        return False
    begin, opens = head_start(text, start)  # far into a long paste, its last LOOK_BACK
    head = text[begin:start]
    if any_in(head, _SPEECH_WORDS) and _speech(head, text[start : start + 16]):
        return True  # the speech itself ("All I will say today"), whatever its tense
    if _act_ahead(head):
        return False
    welcome = "welcome" in head
    return (
        ("thank" in head and "for" in head and _THANKS.search(head) is not None)
        or (welcome and opens and _WELCOME_HEAD.search(head) is not None)  # heads a sentence
        or (welcome and _WELCOME_TO.search(head) is not None)
        or (any_in(head, _THERE_WORDS) and _BEING_THERE.search(head) is not None)
        or (any_in(head, _CHANCE_WORDS) and _CHANCE.search(head) is not None)
    )
