r"""Where clauses and sentences end, for clauses.py: the two scans every phrase's clause is
cut by, written so that `re` can skip the text between their possible first characters.

`BOUNDARY` finds what `_STOP|[;:!?()"]|,|\s-\s|\b(?:but|so|whereas|although)\b` finds, and
`SENTENCE` what `_STOP|[;:!?]` finds: the same spans, in the same order, from any start and
end. Written as alternatives, each position of a text was tried against each of them (a
tenth of the regex work of a parse, issue 12); written as the class of the characters a
match begins with, followed by what must hold at or behind that character, the engine
jumps from one such character to the next. tests/core/test_deadline_stops.py checks that
the two forms agree.
"""

from __future__ import annotations

import re
from typing import Final

# A full stop ends a clause, but not the one of a title ("the hon. Member", "Mr. Speaker")
# nor the last of letters each with its stop ("certain U.S. embassies", as governing.py
# reads), a clock's "a.m." and "p.m." aside: a time ends many a sentence ("by 5 p.m. Today")
STOP: Final = (
    r"\.(?<!\bhon\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bdr\.)(?<!\bst\.)(?<!\bno\.)(?<!\brt\.)"
    r"(?<![a-z]\.[a-ln-z]\.)(?<![b-oq-z]\.m\.)(?=\s|$)"
)
_AFTER_STOP = STOP.removeprefix(r"\.")  # what holds behind and after a full stop that ends

# "\b" before a word's first letter is "no word character before it": the letter is read
# first, then the lookbehind checks the character before it
BOUNDARY: Final = re.compile(
    r"[.;:!?()\",\sbswa](?:(?<=\.)" + _AFTER_STOP + r"|(?<=[;:!?()\",])|(?<=\s)-\s"
    r"|(?<=b)(?<!\wb)ut\b|(?<=s)(?<!\ws)o\b|(?<=w)(?<!\ww)hereas\b|(?<=a)(?<!\wa)lthough\b)"
)
SENTENCE: Final = re.compile(r"[.;:!?](?:(?<=\.)" + _AFTER_STOP + r"|(?<!\.))")

# The marks that end a clause wherever they stand, each a match of BOUNDARY on its own that
# no other match of it can span: its scan of a text (`finditer`, from the start) matches at
# the last of them, so the scan for the last clause end may begin right after it.
_MARKS: Final = ';:!?()",'
# Strings one of which every match holds: SENTENCE's first characters; BOUNDARY's other than
# _MARKS (none of which stands after the last of them): a full stop, " - ", "but", "so",
# "whereas", "although". A window with none of them after where the scan starts holds no
# match there, and its scan (most of clause_before's cost by callgrind, issue 12, stop 48)
# is skipped: so for 123 of the bench's 133 windows, 136 of blind_fresh50's 184.
_SENTENCE_CUES: tuple[str, ...] = (".", ";", ":", "!", "?")
_BOUNDARY_CUES: tuple[str, ...] = (".", "-", "but", "so", "whereas", "although")


def last_end(text: str, sentence: bool = False) -> int:
    """Where the last match of `BOUNDARY` (of `SENTENCE` if `sentence`) in `text`, scanned
    from its start, ends; 0 when there is none. Most clauses in front of a time hold a
    comma or another mark: only the words after it are scanned (issue 12: the scan tried
    every space and most letters of the 200 characters before each phrase)."""
    last = 0
    if sentence:
        pattern = SENTENCE
        cues = _SENTENCE_CUES
    else:
        pattern = BOUNDARY
        cues = _BOUNDARY_CUES
        for mark in _MARKS:
            last = max(last, text.rfind(mark) + 1)
    for cue in cues:  # a loop, not any(...): no generator to build per call
        if text.find(cue, last) >= 0:
            break
    else:
        return last  # no match can start after `last`: the scan is left undone
    for m in pattern.finditer(text, last):
        last = m.end()
    return last
