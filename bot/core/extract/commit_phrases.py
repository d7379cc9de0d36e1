"""What may stand between "committed" and its "to" (issue 13, stop 63, tuner x1).

"We have committed under the plan to 250 projects nationally over the next three years",
"The council committed in its budget to building 300 homes by 2026": a short phrase of
where or how ("under the plan", "in its budget", "through the programme") parts the pledge
verb from its "to", as a short adverbial may part "agreed" from its "to" (`cues.AGREE`).
The phrase's "to" must not end a period instead ("committed in the year to March 2024",
"in the period to 31 March", "in the area to date"): those tell sums or offences so far.
"""

from __future__ import annotations

from bot.core.extract.calendar_names import CAPITALISED_MONTHS

# The passive of a deed ("40 offences were committed in the run-up to the match", "thefts
# committed in the area next to the station" after "were"): no pledge; "we are committed to"
# needs no phrase and is read by `cues.STRONG`'s plain "to" (stop 63 review).
_NOT_PASSIVE = "".join(
    rf"(?<!\b{be}\scommitted)" for be in ("be", "is", "are", "was", "were", "been", "being")
)
# The phrase and its "to", for `cues.STRONG` to put after "committed" (and its "itself").
BEFORE_TO = (
    _NOT_PASSIVE + r"\s+(?:under|in|through)\s+(?:the|a|an|its|their|our|this|that)\s+"
    r"(?:(?!to\b)[\w\-’']+\s+){0,3}?(?!to\b)[\w\-’']+\s+to\b"
    rf"(?!\s+(?:date\b|(?:\d{{1,2}}\s+)?(?:{CAPITALISED_MONTHS})\b|(?:19|20)\d\d\b))"
)
