"""Acts told as done: a text adopted by a chamber, a promise named as a heading's noun.

Issue 13, round 29c (precision). "Today, the Assembly adopted the Council's proposal to
expand the fleet", "the Senate passed the Governor's bill to fund the agencies": a
chamber's vote on another's text is over when it is told, and what the text will do is
the proposer's, described (a chamber's own bill, "Parliament passed a bill to ban
smoking in cars", and a plan a government approves, "approved a plan to hold elections",
are decisions of their own and stay, as in round 17). "From promise to delivery: the
Board welcomes the final votes" names a promise as a noun in a heading's set phrase, not
as anyone's verb.

Each is doubted as "vetoed" (`aside.DOUBTS`: it may only report or recall a
commitment), never refuted: the sentence moves to the "maybe" list.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

# A chamber's vote on another's text: "adopted the Commission's proposal to". A text of
# its own ("Parliament passed a bill to ban smoking in cars") is its own decision and stays.
_ADOPTED_TEXT = re.compile(
    r"(?:adopted|passed|approved|endorsed|voted\s+(?:for|through))\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s?\s+(?:\w+\s+)?"
    r"(?:proposals?|resolutions?|bills?|amendments?|regulations?|directives?|motions?|"
    r"legislation|laws?)\s+to\b",
    re.IGNORECASE,
)
# "From promise to delivery", "from pledges to action": a heading's pair of nouns.
_FROM_PROMISE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_NOUN = re.compile(r"\s+to\s+(?:\w+(?:ion|ment|ery|ice|ance|ence|ity|ure)|action|reality)\b")


def enacted_doubt(text: str, cue: Cue) -> str | None:
    """The doubt of a cue that tells a chamber's vote on another's text, or that names a promise
    as a heading's noun, or None."""
    if cue.kind == "agree" and _ADOPTED_TEXT.match(text, cue.start):
        return "vetoed"  # "adopted the Commission's proposal to ...": a vote, done
    if cue.kind == "strong" and _FROM_PROMISE.search(text, 0, cue.start):
        if _TO_NOUN.match(text, cue.end):
            return "vetoed"  # "From promise to delivery: ..."
    return None
