"""Bare parts of the day that set no time for an act (issue 12, round E).

"overnight" reads as tonight ("Detours will be in place overnight", "likely to remain closed
overnight": the night's end, as "tonight"), and the bare "night" as tonight ("by night"). These
uses of a bare part of the day ("night", "overnight", "morning", "afternoon", "evening": no
article, no filler word in front) are no such time:

- a modifier of a noun: "Night works are planned early next month", "the overnight closures
  for tomorrow night", "evening classes". Grammatically an adjective of the noun after it, it
  says what kind of works or closures they are; the nights they fall on are not dated by it
  ("event", as a night named by its event: named_nights.py), and another time of the sentence
  ("early next month") counts. Whether the next word is a noun is told by the closed classes
  of English: a word that is not a preposition, a conjunction, a determiner, a pronoun, an
  auxiliary or a time adverb, and is not set off by punctuation, is the noun modified. So
  "in place overnight for light vehicles", "close the road overnight to keep everyone safe"
  and "Overnight, the band of rain will clear" keep their time;
- "overnight" after a verb of staying ("where he will remain overnight", "stay overnight in
  Palm Springs"): the length of a stay, for the night, not a time an act falls due ("event":
  the night is the one of a day named elsewhere); "remain closed overnight" keeps its time (the
  state kept to the night's end: CONVENTIONS 3.3);
- "overnight" after a past form that is not held by a present or future verb ("what occurred
  overnight", "the road was closed overnight"): the night just gone ("past"); "will be closed
  overnight", "remain closed overnight" are ahead.

A fourth: "night" after "at" or "during" with no article ("the works will take place at
night", "be particularly cautious at night", "during night works") is night in general, no
one night: "recurring", as a time on plural days is (CONVENTIONS 1.3; stop 42, tuner g). A
day of its own after it is still read ("at night on Friday 4 December" is due that Friday),
and "tonight", "by night", "during the night", "on Thursday night" keep their night.

Read by acts.no_deadline for the bare parts of the day only: one set look-up, then anchored
matches next to the word.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.clauses import past_word

# the bare parts of the day (a hit's core); "the morning", "this evening" name a time
_PARTS: Final = frozenset(("night", "overnight", "morning", "afternoon", "evening"))
# closed-class words: after one of them the part of the day is an adverb, not a modifier
_CLOSED: Final = frozenset(
    (
        # prepositions and particles
        "about above across after against along among around as at before behind below"
        " beside between beyond by down during except for from in inside into near of off on"
        " onto out outside over past per since than through thru throughout till to toward towards"
        " under until up upon via with within without"
        # conjunctions
        " and but or nor so yet because if unless when whenever where while whilst whereas"
        " though although once"
        # determiners and pronouns
        " a an the this that these those each every some any no all both my your his her its"
        " our their it i we you he she they me us him them who which what"
        # auxiliaries and copulas
        " is are was were be been being am will would shall should may might can could must"
        " has have had do does did"
        # adverbs of time and degree that follow a time ("tonight only", "overnight again")
        " again also only too then now still already soon tomorrow tonight today yesterday"
        " local time"
    ).split()
)
_NEXT_WORD: Final = re.compile(r"[ \t]+([A-Za-z][a-z'-]*)")
# adverbs by their form: "a cooler night nationwide", "overnight southwards"
_ADVERB_ENDS: Final = ("ly", "wide", "ward", "wards", "where")
# the two words before the part of the day
_WORDS_BEFORE: Final = re.compile(r"(?:([A-Za-z']+)\s+)?([A-Za-z']+)\s+$")
# verbs of staying: "remain overnight" is a stay for the night
_STAY: Final = frozenset("remain remains remained remaining stay stays stayed staying".split())
# "at night", "during night works": night in general, as "on Fridays" (CONVENTIONS 1.3)
_GENERIC: Final = frozenset(("at", "during"))
# words before a past form that keep it from telling of the past: the present or the future
# ("will be closed", "remain closed"), and a conjunction joining a participle to a noun
# ("rainfall today and forecasted overnight": forecast, not a past act)
_HELD = _STAY | frozenset("be is are am being will to get gets keep keeps and or".split())


def no_time(text: str, core: str, pre: str, span: tuple[int, int]) -> str | None:
    """ "event" or "past" when the bare part of the day `core` at text[span] sets no time
    for an act (the module docstring); else None."""
    part = core.lower()
    if part == "night" and pre.strip().lower() in _GENERIC:
        return "recurring"  # "works will take place at night": the nights, no one night
    if pre or part not in _PARTS:
        return None
    start, end = span
    m = _NEXT_WORD.match(text, end)
    word = m.group(1).lower() if m is not None else ""
    if word and word not in _CLOSED and not word.endswith(_ADVERB_ENDS):
        return "event"  # "Night works are planned", "the overnight closures"
    if (
        part != "overnight"
        or (before := _WORDS_BEFORE.search(text, max(0, start - 40), start)) is None
    ):
        return None
    verb, ahead = before.group(2).lower(), (before.group(1) or "").lower()
    if verb in _STAY:
        return "event"  # "where he will remain overnight": a stay for the night
    if past_word(verb) and ahead not in _HELD:
        return "past"  # "what occurred overnight", "the road was closed overnight"
    return None
