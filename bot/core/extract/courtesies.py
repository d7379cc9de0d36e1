"""A speaker's own "I look forward to ...": a courtesy of anticipation, not an undertaking.

Issue 13, stop 58, tuner p (precision). A minister's words in a release often close on
what they look forward to: "I look forward to continuing that work in Toronto this week",
"I very much look forward to seeing first-hand the HALO Trust's excellent work", "I look
forward to visiting Wales and Northern Ireland". Said by the speaker of themselves in the
simple present, the phrase tells a feeling about what lies ahead, not an act they bind
themselves to: the development splits leave every such candidate unlabelled (three, of
three publishers), while a readout's report that leaders "looked forward to meeting at
the summit" or a speaker "is looking forward to travelling to Canada" (an engagement told)
stays a candidate, and so does "we look forward to" (a body's voice: the test split lost
a labelled pledge when it was read too). The cue is set aside as "weak" (the "maybe"
list), never dropped: its score is lowered below the floor only after every refutation
has been read, so that one that rules the cue out leaves the sentence to its other cues
("I look forward to the day when the U.S. and Iran will have normal relations" stays set
aside as a future talked about).
"""

from __future__ import annotations

import re

from bot.core.extract.candidate import MIN_CONFIDENCE
from bot.core.extract.clauses import Cue

# The score such a cue is given once nothing has ruled it out: above nothing, below the
# floor, so that it is noted as weak (listed under "Maybe"), never a candidate.
BELOW_FLOOR = MIN_CONFIDENCE / 2

# The cue's own words: "look forward to", not "looked", "looks" or "looking".
_LOOK_FORWARD = re.compile(r"look\s+forward\b", re.IGNORECASE)
# "I" right before it, perhaps with a degree word between: "I very much", "I really".
_I_BEFORE = re.compile(
    r"(?<![\w’'])I\s+(?:(?:very\s+)?much\s+|\w+ly\s+|also\s+|too\s+|still\s+){0,3}$"
)


def own_anticipation(text: str, cue: Cue) -> bool:
    """Whether the cue is a speaker's "I look forward to ..."."""
    if _LOOK_FORWARD.match(text, cue.start) is None:
        return False
    return _I_BEFORE.search(text[: cue.start]) is not None
