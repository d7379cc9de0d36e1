"""A post told with its place, in an apposition: "Vicki Treadell, British High Commissioner
to Australia said", "Mike Raynor, U.S. Ambassador to Ethiopia, will visit".

The place is where the post is held, never the subject; the walk back from the verb
(`speakers.walk_back`) stops at "to" and gave the country. The subject is the name before
the apposition (`speakers._subject_ending` asks here).

Issue 13, stop 61, tuner x2 (speakers).
"""

from __future__ import annotations

import re

from bot.core.extract.cues import TITLES

# ", <up to six words ending in a title> to|in <one to four capitalised words>(,)" at the end.
_POSTING = re.compile(
    r",\s+(?:[\w.’'\-]+\s+){0,5}?(?P<title>[\w.’'\-]+)\s+(?:to|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*,?$"
)


def posting_start(prefix: str) -> int | None:
    """Where an apposition naming a post and its place starts, at the end of the words
    before a verb (`prefix`); None unless its last word before "to"/"in" is a title."""
    posting = _POSTING.search(prefix)
    if posting is None or posting.group("title").lower() not in TITLES:
        return None
    return posting.start()
