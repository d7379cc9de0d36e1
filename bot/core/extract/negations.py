"""What refuses a commitment before its cue: a negation, a request of others, a duty laid on
others (issue 13). Moved out of cues.py at stop 54's review, when tune13's bounds ("no later
than", "No. 2") took cues.py past the 700 lines of tests/test_layout.py."""

from __future__ import annotations

import re

# A commitment demanded of others: "they are going to have to pledge to abide by".
DEMANDED = re.compile(r"\b(?:have|has|need|needs)\s+to\s+$|\bmust\s+$")

# A bound, not a negation: "no later than 5 May", "not less than £5m", "not only".
_BOUND = (
    r"(?!\s+(?:(?:later|earlier|sooner|less|more|fewer)\s+than|only\b|long\s+(?:after|before)\b))"
)
NEGATION = re.compile(
    rf"\b(?:not{_BOUND}|never|no(?!\s+hesitation|\.\s*\d){_BOUND}|no\s+longer|neither|nor|refused|"
    r"refuses|refusing|declined|declines|denied|denies|rejected|rejects|ruled\s+out|stopped\s+short|"
    r"failed|fails|without(?!\s+(?:further\s+|undue\s+|any\s+)?delay\b)|unclear|uncertain|unsure|"
    r"(?<!regardless\sof\s)(?<!irrespective\sof\s)whether|doubt|doubts|doubtful|unlikely|asked|"
    r"wondered)\b|n[’']t\b",
    re.IGNORECASE,
)
# Asking someone else for a commitment is not one: "we need a commitment that the
# Minister will return", "urged the co-chairs to", "called on Member States to".
REQUEST = re.compile(
    r"\b(?:need|needs|want|wants|seek|seeks|sought)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?"
    r"(?:commitment|assurance|guarantee|undertaking|pledge)s?\s+(?:that|from)\b|"
    r"\b(?:urged?|urges|urging|call(?:s|ed|ing)?\s+(?:on|upon)|appeal(?:s|ed|ing)?\s+to|"
    r"encourag(?:e|es|ed|ing)|press(?:es|ed|ing)?)\s+(?:\S+\s+){0,6}?to\s+$",
    re.IGNORECASE,
)
POST_NEGATION = re.compile(r"^\s*(?:not|never|n[’']t)\b|^n[’']t", re.IGNORECASE)
