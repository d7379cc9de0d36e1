"""A decision told in the plain past: what was decided then, not what is pledged now.

Issue 13, round 29j (precision). "The Greek government decided to call a referendum on
these proposals", "I made the decision to bring my Programme for Government forward",
"the Council presidency decided to issue presidency conclusions", "We made a decision to
add a European stop": the simple past reports a decision taken on some earlier day, and
the act it chose is, by the time of the telling, mostly done or under way. No such
sentence in the seen splits is labelled a pledge. Three forms keep their reading:

- the perfect, which tells the decider's present position ("we have decided to postpone
  the stop", "The Commission has decided to refer Greece to the Court");
- the day's or the day before's news, named before the decision ("Today, the Government
  of Japan decided to extend Emergency Grant Aid", "The cabinet yesterday decided to
  ..."; in "The board decided to ..., residents said yesterday" the day is the telling's);
- a decision with a time frame ahead ("decided to raise the levy from next April").

Such a cue is doubted ("vetoed": set aside under "Maybe", as it may only report), never
refuted. Only grammar is read here.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

# The decision itself, where the cue starts: "decided to", "made the
# decision to", "took a decision to".
_DECISION = re.compile(
    r"decided\s+to\b|"
    r"(?:made|took)\s+(?:a|the)\s+(?:(?:firm|difficult|hard|tough|final|clear)\s+)?decision\s+to\b",
    re.IGNORECASE,
)
# A perfect or a passive before the verb: "has decided", "we've decided", "have now
# taken" (the perfect is a present position), "was decided" (a different form).
_AUXILIARY = re.compile(
    r"\b(?:has|have|had|having|[’']ve|is|are|was|were|be|been)\s+(?:\w+ly\s+|also\s+|now\s+|"
    r"just\s+)*$",
    re.IGNORECASE,
)
# The day of publication, or the day before, named as the decision's day (looked for
# before the decision only: after it, the day is usually a saying's).
_NEWS_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|week)|last\s+night)\b(?![’']s)",
    re.IGNORECASE,
)


def decided_then_doubt(text: str, cue: Cue, dated: bool) -> str | None:
    """ "vetoed" for a decision told in the simple past, on no day of the news and with
    no time frame ahead; None otherwise."""
    if dated or not _DECISION.match(text, cue.start):
        return None
    if _AUXILIARY.search(text, 0, cue.start) or _NEWS_DAY.search(text, 0, cue.start):
        return None
    return "vetoed"
