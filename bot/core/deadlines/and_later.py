"""Two times of one undertaking joined by "and": the later counts (issue 12, stop 64).

"We will publish the draft on Friday and the final plan in April": "the final plan" is a
second object of "publish", the verb not said again, and "in April" is its time. "The House
should rise not later than 22 July, and should sit for two weeks in September": a second
act of the same subject. The chooser ranks an explicit day above a month or a span, and a
time after a deadline word above one without, so such a sentence fell due at the earlier
time, with part of what it undertakes still to come: a wrong date with no warning (the stop
63 reviewer's live misreading "which time governs which object"). What is undertaken is done
when all of its parts are, so the later time counts, as a schedule falls due at its end
(CONVENTIONS 6.1). Read in one order only: with the later time first ("the final plan in
April and the draft on Friday") the ranking stays, as the symmetric rule cost development,
TEST and CHECK cases (a year-less date read into next year: "Signup opens Jan. 23 and
closes on July 14, 2023").

Read only when the first time is not what the sentence calls the deadline ("The deadline
for comments is 1 September, and the hearing is on 10 September"), nor the later part one
that only starts then ("and the programme will begin in 2026", CONVENTIONS 3.2); both times
are definite (a vague later time, "and the rest later this year", keeps the ranking:
definite beats vague), the later one comes second, and what joins them
is "and" within one sentence (no stop, colon or semicolon between, at most 80 characters)
with no subject of its own after it ("We will pass the bill by Christmas and it will come
into force in 2027" keeps Christmas: another act, of another subject; so does a noun
subject with a finite verb, "by Friday and the board meets in March", review of stop 64),
not "and/or" or "and or" (alternatives, read as before) nor "and therefore", "and so",
"and thus", "and hence", "and yet" (what follows is a consequence told of another act).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from bot.core.deadlines.context import Candidate
from bot.core.deadlines.verb_forms import PAST_EITHER, PAST_ONLY, PLURAL_PRESENT, PRESENT_VERBS

WHY: Final = "the later time of the same undertaking, joined by “and”"
_JOINED: Final = re.compile(
    r",?\s+and(?![/-])\s+(?!(?:or|therefore|so|thus|hence|yet)\b)([^.;:!?]{1,80}?)\s+",
    re.IGNORECASE,  # the chooser reads the lowered text, its reason the text as written
)

# what the sentence calls the deadline, named right before it ("The deadline for comments is")
_CALLED: Final = re.compile(r"\b(?:deadline|closing\s+date)\b[^.;:!?]{0,40}$", re.IGNORECASE)
# a part that only starts then ("and the programme will begin in 2026"): a start, no item of
# what is undertaken (CONVENTIONS 3.2)
_STARTS: Final = re.compile(
    r"\b(?:begin|begins|start|starts|commence|commences|get\s+under\s+way)\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)

# the words of a verb group: a part that opens on one is a second act of the same subject
# ("and will reopen it", "and should sit"); one that holds one later has a subject of its own
# ("and it will come into force in 2027", "and the hearing is on 10 September")
_VERB_GROUP: Final = frozenset(
    "will shall would should could can must may might is are was were be to has have".split()
)
_NEW_SUBJECT: Final = frozenset("it he she they we i you there this that these those".split())
# a finite verb after a noun: the part has a subject of its own ("and the board meets in
# March", "and the course runs in April"), no object left without its verb
_FINITE: Final = PRESENT_VERBS | PLURAL_PRESENT | PAST_ONLY | PAST_EITHER
# an object right after a word in -s: that word is a verb ("and the council reopens it")
_OBJECT: Final = frozenset("it them him her its their the a an this these those".split())


def _same_subject(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi], between two times, joins a second part of the same subject's act: an
    object with the verb left out, or a verb group of its own with no subject before it."""
    m = _JOINED.fullmatch(text, lo, hi)
    if m is None:
        return False
    words = m[1].lower().split()
    if words[0] in _NEW_SUBJECT:
        return False
    if words[0] in _VERB_GROUP:
        return True
    return _VERB_GROUP.isdisjoint(words) and not _verb_after_noun(words)


def _verb_after_noun(words: list[str]) -> bool:
    """A finite verb after the first word: "the board meets", "the council reopens it"."""
    return any(
        word in _FINITE or (word.endswith("s") and k + 1 < len(words) and words[k + 1] in _OBJECT)
        for k, word in enumerate(words[1:], 1)
    )


def later_part(best: Candidate, others: Iterable[Candidate], text: str) -> Candidate | None:
    """The time of a part joined after `best` by "and" that falls due later, or None."""
    due = best.res.due
    if due is None or best.res.vague or best.called or _CALLED.search(text, 0, best.start):
        return None  # "The deadline for comments is 1 September, and the hearing is on ..."
    rest = list(others)
    for other in rest:
        later = other.res.due
        if (
            other.start > best.end
            and other.kind != "span"  # "open on 1 September and run for 12 weeks": from then
            and not other.res.vague
            and later is not None
            and later > due
            and _same_subject(text, best.end, other.start)
            and _STARTS.search(text, best.end, other.start) is None
            # words said before already are no new part: a paste of "next week and the
            # following week and ..." over and over keeps its reading
            and text.find(text[other.start : other.end], 0, best.start) < 0
        ):
            return other
    return None
