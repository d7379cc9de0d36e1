"""A time "or as soon as possible thereafter" (issue 12, stop 58): "On the 18th, or as soon as
possible thereafter." Of alternatives the later counts (CONVENTIONS 6.2), and the vague words
take their documented window (5.1: 60 days from the moment of speaking), so the reading is
vague at that window's end when it falls after the time named. The time named had been
chosen alone ("a definite time beats a vague one"), the fallback dropped with no warning.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from bot.core.deadlines.choose import FLOOR_SLACK, Outcome, read_outcome
from bot.core.deadlines.context import Ctx
from bot.core.deadlines.words import phrase_at

_OR_ASAP: Final = re.compile(
    r"\s*,?\s+or\s+(?:else\s+)?as\s+soon\s+as\s+(?:possible|practicable|we\s+can)"
    r"(?:\s+(?:thereafter|after\s+that|afterwards|after))?\s*[.;]?\s*$",
    re.I,
)


def reread(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The vague fallback's reading when it is the later; None to keep `found`."""
    cand = found.cand
    if cand is None or cand.res.due is None or cand.res.vague or "soon" not in text:
        return None
    at = phrase_at(text, found.matched, cand.start)
    if at < 0 or _OR_ASAP.match(text, at + len(found.matched)) is None:
        return None
    window = read_outcome("as soon as possible", ctx, FLOOR_SLACK)
    if window is None or window.cand is None or (due := window.cand.res.due) is None:
        return None
    if due <= cand.res.due:
        return None
    reason = f"chosen over “{found.matched}”: of alternatives the later counts"
    return replace(window, matched=text[at:].rstrip(" .;"), reason=reason)
