"""The auxiliary of the present progressive: a form of "be" and at most one adverb.

"is promising", "are now pledging", "The Agency is extending", "I'm leading", "we're
also opening": before a verb's -ing form stands a present form of "be" (or its contraction,
"’m", "’re") and perhaps one adverb ("now", "also", "currently"). Three rules
read this grammar, each with its own reach, so the pattern is built here once and each
rule names its part:

- `clauses._progressive`, a pledge verb with its object ("is promising full support"):
  "is", "are", "am" and an "-ly" adverb, "now" or "also" (`be_adverb()`);
- `body_acts`, a named body's acts ("The Agency is extending the deadline"): a body is
  never "am" (`be_adverb(be=THIRD_PERSON)`);
- `futurate`, the progressive of any verb (a present plan): the contractions too, and a
  few more adverbs of time ("still", "again", "then"), though only lower-case ones
  (`be_adverb(adverb=TIME_ADVERBS, contracted=True)`).
"""

from __future__ import annotations

# The present forms of "be" before a progressive.
PRESENT = "is|are|am"
# A body or a thing: the third person only.
THIRD_PERSON = "is|are"
# The adverbs that may stand between "be" and the verb: "is now", "are also", "is currently".
ADVERBS = r"\w+ly|now|also"
# The futurate's adverbs: of time too ("is still meeting", "are again holding").
TIME_ADVERBS = r"[a-z]+ly|also|now|still|again|then"


def be_adverb(be: str = PRESENT, adverb: str = ADVERBS, contracted: bool = False) -> str:
    """The pattern of a present "be" (one of `be`; with `contracted`, also the "’m" of
    "I'm" and the "’re" of "we're", "they're") and at most one adverb (one of `adverb`) after it, up
    to where the verb's -ing form starts: "is ", "are now ", "’m also "."""
    head = rf"\b(?:{be})"
    if contracted:
        head = rf"(?:{head}|[’'](?:m|re))"
    return rf"{head}\s+(?:(?:{adverb})\s+)?"
