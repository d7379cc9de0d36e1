"""A time asked of someone else (issue 12, stop 58 tuner a; CONVENTIONS 4.3).

A request that another act by a time undertakes nothing for the speaker, so nothing falls
due (`due=None`, no refusal word). Two shapes, each read from the sentence that holds the
chosen phrase, the request before the phrase:

- the speaker's request put modestly, "I would ask", "I should like to ask", "we would
  expect <someone> to", "the Government would welcome": "I would ask that the Leader of the
  House make time available over the next few weeks", "We would expect the Spanish
  authorities to put forward a formal request ... by next Monday". Any phrase, a date too. Not
  a Leader's "I would ask the House (your Lordships) to sit on Thursday": that tells the
  House's own business, and the labelled sets date it; nor "I would suggest" or "I would
  invite", labelled both ways.
- urgency pressed on others: a vague window ("as soon as possible", "immediately", "without
  delay", "in the coming days") after "urge(d) <them> to", "asking (requesting) <anyone> to"
  (stop 61: "a reasoned opinion requesting France and Ireland to comply immediately"),
  "encourage(d)", "are asked (advised,
  requested) to", "please", "call on", "it is up to <them> to" or another's "should": "Families
  are encouraged to apply as soon as possible", "Residents who have not registered should do
  so, as soon as possible", "The Eurogroup urged Greece to submit its reform proposal in the
  coming days". A definite time set for the public stays dated ("Interested persons are
  invited to submit comments on or before October 1", "Please submit comments by October
  10"): it is a notice's deadline, which these words only soften. "We must ... as soon as
  possible" and "the state must return its citizens immediately" tell a duty and stay dated.

A future told between the request and the phrase ("please note that we will publish it as
soon as possible", "should remain vigilant as the river will remain high over the coming
days") keeps its time.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.choose import Outcome
from bot.core.deadlines.words import Place, located

# cheap substring tests first: one of each shape's must stand before the phrase
_MODEST_CUES: Final = ("would ", "should ", "'d ", "\u2019d ")
_PRESSED_CUES: Final = (
    "urg",
    "encourag",
    "please",
    "should",
    "ask",
    "call",
    "up to",
    "request",
)

# "I would ask that ...", "I should like to ask the Leader ...", "we would expect the Spanish
# authorities to", "the Government would welcome Parliament's agreement"
_MODEST_REQUEST: Final = re.compile(
    r"\b(?:i|we)\s+(?:would|should|'d|\u2019d)\s+(?:(?:also|therefore|now|respectfully|again"
    r"|earnestly|strongly)\s+)?(?:(?:like|wish)\s+to\s+)?(?:ask|request|urge|press)\b"
    r"(?!\s+(?:the\s+house|your\s+lordships|the\s+senate|the\s+d[aá]il|the\s+seanad|members"
    r"|hon\.\s+members|noble\s+lords)\b)"
    r"|\b(?:i|we)\s+(?:would|'d|\u2019d)\s+(?:(?:also|now|certainly)\s+)?expect\s+(?!to\b|that\b)"
    r"(?:[a-z.'\u2019-]+\s+){1,5}?to\s"
    r"|\bwould\s+(?:(?:very\s+)?much\s+)?welcome\b"
)
# urgency put to another: the request's verb before a vague window
_PRESSED: Final = re.compile(
    r"\b(?:urg|encourag)(?:e|es|ed|ing)\s+(?!(?:that\s+)?(?:i|we)\b)"
    r"|\b(?:are|is|were)\s+(?:strongly\s+|also\s+|therefore\s+|again\s+)?(?:encouraged|urged"
    r"|asked|advised|requested|invited)\s+to\b"
    r"|\bplease\b(?!\s+(?:note|be\s+aware|see)\b)"
    r"|\bask(?:s|ed|ing)?\s+(?:him|her|them|you|the\s+[a-z.]+(?:\s+[a-z.]+){0,3}?)\s+to\b"
    # stop 61: "a reasoned opinion requesting France and Ireland to comply immediately", "is
    # asking Italy to comply": any object of a few words, then the act asked of it
    # (not the noun, "requests from parents to act", nor a thing asked for the asker's own act,
    # "requesting extra funding to complete the works": review s61)
    r"|\b(?:ask|request)(?:s|ed|ing)\s+(?!(?:that|for|about|whether|if|to|me|us|from)\b)"
    r"(?!(?:[a-z]+\s+)?(?:funding|funds|money|permission|leave|time|approval|consent"
    r"|resources|powers)\b)"
    r"(?:[a-z.'\u2019-]+\s+){1,4}?to\s+(?!(?:the|a|an|be)\b)[a-z]"
    r"|\bcall(?:s|ed|ing)?\s+(?:on|upon)\s+(?!(?:me|us)\b)"
    r"|\bit\s+is\s+(?:now\s+)?up\s+to\b"
    # another's "should" and an act of theirs: "Residents ... should do so, as soon as
    # possible" (not a state or an outcome: "The database should be operational shortly",
    # "This should enable the entry into force of the new legislation by mid 2016")
    r"|(?<!\bi\s)(?<!\bwe\s)\bshould\s+(?:also\s+|therefore\s+|now\s+)?(?!(?:like|be|have"
    r"|not|remain|stay|continue|keep|enable|allow|help|mean|lead|result|prove|become|see|start"
    r"|begin|arrive|reach|happen|occur|last|end|finish|close|open|improve|reduce|increase)\b)"
)
# a future told between the request and the phrase: the speaker's own after any request
# ("I would ask ..., and we will take it on Friday"), anyone's after urgency pressed ("should
# remain vigilant as the River Ouse will remain high over the coming days"); a future inside a
# modest request is what is asked for ("I would ask him to arrange that ... will be made
# available the day before")
_FUTURE: Final = r"(?:will|shall|'ll|\u2019ll|am\s+going\s+to|are\s+going\s+to|intend|plan)\b"
_OWN_PLAN: Final = re.compile(r"\b(?:i|we)\s+" + _FUTURE)
_TOLD_FUTURE: Final = re.compile(r"\b" + _FUTURE)
# parties who agree or decide that they (or anyone) should act: what they resolved, not pressed
# on another ("They agreed that they should meet again in London soon")
_RESOLVED: Final = re.compile(
    r"\b(?:agreed|agree|agrees|decided|resolved|concluded|undertook)\s+that\s+(?:[a-z'.-]+\s+){0,4}$"
)
# a clause break between the request and the phrase: a new statement
_BREAK: Final = re.compile(r";|,\s*(?:but|whereas|although|though)\b|\bbut\b")


def requested(place: Place | None, vague: bool) -> bool:
    """Whether the chosen phrase at `place` (words.located), vague or not (`vague`), is a time
    asked of someone else (see the module)."""
    if place is None:
        return False
    lowered, start, _, _ = place
    modest = _before(lowered, start, _MODEST_CUES)
    pressed = vague and _before(lowered, start, _PRESSED_CUES)
    if not modest and not pressed:
        return False
    opening = clauses.sentence_start(lowered, start)
    shapes = ((_MODEST_REQUEST, _OWN_PLAN, modest), (_PRESSED, _TOLD_FUTURE, pressed))
    for shape, plan, cued in shapes:
        if not cued:
            continue
        found = list(shape.finditer(lowered, opening, start))
        if not found:
            continue
        after = found[-1].end()
        if plan.search(lowered, after, start) or _BREAK.search(lowered, after, start):
            continue
        last = found[-1]
        if last.group().lstrip().startswith("should") and _RESOLVED.search(
            lowered, opening, last.start()
        ):
            continue  # "They agreed that they should meet again soon": their own resolve
        return True
    return False


def _before(lowered: str, start: int, cues: tuple[str, ...]) -> bool:
    return any(lowered.find(cue, 0, start) >= 0 for cue in cues)


def outcome_requested(text: str, found: Outcome) -> bool:
    """`requested` for a reading of `text` chosen after the second looks (conditions.py)."""
    if found.cand is None:
        return False
    return requested(located(text, found.matched), found.cand.res.vague)
