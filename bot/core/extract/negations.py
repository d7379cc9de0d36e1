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


# A cue that opens a new conjunct after "and", its subject at most a pronoun: "there not be
# an Order of Business on both days and will bring a motion", "we are not leaving Europe and
# we are determined to maintain close friendships". A negation before the "and" is the
# earlier conjunct's.
_NEW_CONJUNCT = re.compile(r"\sand\s+(?:(?:we|I|he|she|they|it)\s+)?$")
# A "no" that opens the cue's own subject, no verb after it: "no votes are expected", "no
# requests ... would be accepted", "New bilingual no smoking signs will": a negative
# commitment (CONVENTIONS 1.7), not a negation of the commitment.
_NO_SUBJECT = re.compile(r"\b[Nn]o\s+(?!longer\b)(?P<rest>(?:[\w’'\-]+\s+){1,12})$")
# A verb, a clause opened or a pronoun after the "no": the "no" is not the subject's ("I can
# give no assurance to the House that I will publish", "I have no doubt we will").
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|"
    r"should|must|shall|said|says|plans?|that|whether|if|which|who|I|we|he|she|they|it|you)\b",
    re.IGNORECASE,
)


# Cues that open a clause of their own ("will", "are determined to"); not a noun ("proposals
# and orders") nor an aim ("I won't be the minister forever and I aim to do some good").
_CLAUSE_KINDS = frozenset({"will", "would", "strong", "commit", "agree"})


# A verb or a preposition straight before the "no": the "no" opens its object, not the
# cue's subject ("There is no chance the Minister will attend").
_OBJECT_OF = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|having|do|does|did|give|gives|gave|"
    r"given|giving|offer|offers|offered|see|sees|saw|seen|know|knows|knew|find|found|make|"
    r"makes|made|take|takes|took|with|of|for|by|in|on|at|to)\s+$",
    re.IGNORECASE,
)


def negation_outside(before: str, clause_words: str, kind: str) -> bool:
    """Whether a negation before a cue of `kind` leaves the cue's commitment standing (stop
    68): the cue opens a conjunct of its own after "and" (`before` is the sentence up to
    the cue), or, for "will" and "would", the only negation in the clause's words before
    the cue is a "no" opening its subject."""
    if kind not in _CLAUSE_KINDS:
        return False
    if _NEW_CONJUNCT.search(before):
        return True
    if kind not in {"will", "would"}:
        return False
    found = _NO_SUBJECT.search(clause_words)
    if found is None or _FINITE.search(found.group("rest")):
        return False
    if _OBJECT_OF.search(clause_words, 0, found.start()):
        return False  # "There is no chance the Minister will", "give no assurance that"
    return NEGATION.search(clause_words[: found.start()]) is None
