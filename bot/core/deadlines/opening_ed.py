"""An -ed word opening a sentence right before its noun describes the noun (issue 12, stop
43, tuner 12b): "Scattered showers on Sunday.", "Localised heavy rainfall overnight and
Sunday.", "Isolated thunderstorms on Friday afternoon." (a forecast's lines), "Recorded
votes on Tuesday will be postponed until 6:30 p.m." (a floor schedule's). A past verb needs a
subject before it, and at a sentence's opening there is none, so the word is no act done;
the readers of the past (clauses.past_ed) took it for one and refused the day as past. The
word is hidden before the scan (misread.py), every character in its place.

Left alone: an -ed word followed by a preposition, an article, a pronoun, an adverb or a
joining word, which opens a participle's clause ("Opened on Monday, the bridge ...",
"Announced in the budget, ...") or a headline's act ("Closed the office on Friday"); a
participle of a plan ("Scheduled votes", "Proposed changes": PLAN_PARTICIPLES, which the
readers weigh as plans); and a sentence opened in the middle of the text by anything but a
full stop, question or exclamation mark and a space.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.vocabulary import PLAN_PARTICIPLES
from bot.core.deadlines.words import DETERMINER_WORDS

# the words after which the -ed word opens a clause or an act, not a noun phrase
_NOT_A_NOUN: Final = (
    r"in|on|at|by|to|for|from|with|without|into|onto|upon|over|under|after|before|since"
    r"|during|until|till|through|thru|across|about|around|against|between|among|as|of|off|out"
    r"|up|down|back|away|" + DETERMINER_WORDS + r"|it"
    r"|them|him|us|me|you|he|she|they|we|i|and|or|but|so|yet|then|than|here|there|now|today"
    r"|tonight|tomorrow|yesterday|last|next|earlier|later|again|just|already|also|only|not"
    r"|no|never|still|too|all|both|each|every|some|any|more|most|much|many|such|what|which"
    r"|who|whom|whose|where|when|while|if|whether|how|why|be|been|being|is|are|was|were|has"
    r"|have|had|do|does|did|will|would|shall|should|can|could|may|might|must"
)
_OPENING_ED: Final = re.compile(
    r"(?:^|(?<=[.!?]\s))[\"'‘“(]?(?!(?i:" + PLAN_PARTICIPLES + r")\b)"
    r"[A-Z][a-z]{2,}(?:ed)(?=\s+(?!(?:" + _NOT_A_NOUN + r")\b)(?![a-z]+ly\b)[a-z][a-z-]*\b)"
)


def hide(text: str) -> str:
    """`text` with an -ed word that opens a sentence before its noun blanked."""
    if "ed " not in text:
        return text
    return _OPENING_ED.sub(_blank, text)


def _blank(found: re.Match[str]) -> str:
    """The word's characters as spaces (an opening quote or bracket kept)."""
    word = found[0]
    kept = len(word) - len(word.lstrip("\"'‘“("))
    return word[:kept] + " " * (len(word) - kept)
