"""Rule "the business's own time": a time that names a House's business, not an act.

"Will the Leader of the House give us the business for next week?", "The business for
Friday will be announced later.", "setting out a revision to next Tuesday's business",
"I shall announce the remaining business for next week and the following Monday,
tomorrow.": the time qualifies the noun (the business, the programme of a sitting) that is
asked for, announced or revised; it is when that business will be taken, which no one in
the sentence undertakes. The phrase is dropped, so another time of the sentence (the
"tomorrow" of the announcing) or none is read.

The noun comes right before the time ("business for", "programme for") or right after it
as its owner ("next Tuesday's business"). A dropped phrase keeps the note "business" and
is handed back, so that a time read instead is told as chosen over it, not as the only
time expression of the sentence.

Stop 56 (tuner a): a day owning the business is kept when the end of that business bounds an
act ("we expect to be able to prorogue at the conclusion of this Thursday's business", "The
House will rise at the end of Friday's business"): the act happens when that day's business
ends, so the day is its deadline. Dropped, the weekday went unread with no refusal.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import Hit

_BEFORE: Final = re.compile(r"\b(?:business|programme)\s+for\s+$")
# the sentence states what the business is: "The business for next week will be:",
# "Thursday's business shall be ...", "in regard to tomorrow's business that the Dáil shall
# sit": the business is the act, and its time is the deadline (not "will be announced").
# Not the "that" of a verb of saying, nor a verb past a "that": "Before announcing ... the
# business for next week, may I say that (we are ...)" opens the speaker's saying of another
# thing (stop 64, fresh190: next week had stood as the only time, or had been weighed as
# one); "it is proposed that the Dáil shall sit" still states it
_STATED: Final = re.compile(
    r"(?:(?:(?!\bthat\b)[^.;:?]){0,40}?\b(?:is|are|shall\s+be|will\s+be|will\s+include"
    r"|includes?)|(?:(?!\b(?:say|tell|add|mention|remind|inform)\b)[^.;:?]){0,40}?\bthat)\b"
    r"(?!\s+[a-z]+ed\b)"
)
_AND: Final = re.compile(r"\s*,?\s*(?:and|or)\s+")
_AFTER: Final = re.compile(r"['\u2019]s\s+(?:business|programme)\b")
# the end of that day's business bounds an act ("we expect to be able to prorogue at the
# conclusion of this Thursday's business"): the day is the act's (stop 56, tuner a), as
# "at the close of Thursday's sitting" already was
_ITS_END: Final = re.compile(
    r"\b(?:at|by|until|till|on)\s+the\s+(?:conclusion|end|close|rising)\s+of\s+"
    r"(?:this\s+|next\s+)?$"
)


def _named_business(text: str, h: Hit) -> bool:
    """The time names the business beside it, and the sentence does not state that business."""
    if _BEFORE.search(text, max(0, h.start - 20), h.start + len(h.pre)) is not None:
        after = h.end
    elif (owner := _AFTER.match(text, h.end)) is not None:
        if _ITS_END.search(text.lower(), max(0, h.start - 40), h.start + len(h.pre)):
            return False  # "at the conclusion of this Thursday's business": the act's day
        after = owner.end()
    else:
        return False
    return _STATED.match(text, after) is None


def drop(text: str, hits: list[Hit]) -> tuple[Hit, ...]:
    """Drop each time phrase that names the business or programme right beside it; the
    dropped phrases, noted "business", in their order."""
    if "business" not in text and "programme" not in text:
        return ()  # most texts
    kept: list[Hit] = []
    aside: list[Hit] = []
    for h in hits:
        if (aside and _AND.fullmatch(text, aside[-1].end, h.start) is not None) or (
            _named_business(text, h)
        ):
            h.note = "business"  # and the times listed after it: "for next week and ... Monday"
            aside.append(h)
        else:
            kept.append(h)
    hits[:] = kept
    return tuple(aside)
