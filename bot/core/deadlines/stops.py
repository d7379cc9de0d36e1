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

# A full stop ends a clause, but not the one of a title ("the hon. Member", "Mr. Speaker")
# nor the last of letters each with its stop ("certain U.S. embassies", as governing.py
# reads), a clock's "a.m." and "p.m." aside: a time ends many a sentence ("by 5 p.m. Today")
STOP = (
    r"\.(?<!\bhon\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bdr\.)(?<!\bst\.)(?<!\bno\.)(?<!\brt\.)"
    r"(?<![a-z]\.[a-ln-z]\.)(?<![b-oq-z]\.m\.)(?=\s|$)"
)
_AFTER_STOP = STOP.removeprefix(r"\.")  # what holds behind and after a full stop that ends

# "\b" before a word's first letter is "no word character before it": the letter is read
# first, then the lookbehind checks the character before it
BOUNDARY = re.compile(
    r"[.;:!?()\",\sbswa](?:(?<=\.)" + _AFTER_STOP + r"|(?<=[;:!?()\",])|(?<=\s)-\s"
    r"|(?<=b)(?<!\wb)ut\b|(?<=s)(?<!\ws)o\b|(?<=w)(?<!\ww)hereas\b|(?<=a)(?<!\wa)lthough\b)"
)
SENTENCE = re.compile(r"[.;:!?](?:(?<=\.)" + _AFTER_STOP + r"|(?<!\.))")
