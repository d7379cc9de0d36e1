"""A past participle that describes its noun tells no past of the sentence (issue 12).

"When the law passed last year takes effect, we will act immediately": "passed last year"
says which law; the opening's own verb is "takes", a present, and the opening waits for the
law taking effect (waits.py, CONVENTIONS 5.2). "The rules adopted last week take effect on 1
April" is due on 1 April, not a 1 April gone by (gate.rolled_past). Before stop 52 the past
word ("last year", "passed") made both openings past: the first kept the vague window as if
the event were over, the second was refused as the past.

A participle is read as describing its noun only right after the noun ("the law", "the new
rules", "a scheme"; or with a relative's subject, "the law we passed"), perhaps with a time
of its own ("last year", "in 2024", "on 3 May"), and before the clause's own verb
(`describes`: clauses.past_verb and clauses.past_ed pass over them, and so does
governing.finite_verb). Where the caller already knows an opening holds its verb after the
noun (waits.py, stop 51), any word that no verb takes as its object may follow instead
(`loosely_described`). "When the council passed the budget," (an object), "When the law
passed," (nothing after it), "The council approved plans on 1 April" (no verb of an event
after it) and "The ban announced last year began on Monday" (a past) keep their past.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import DETERMINER_WORDS, MONTH_WORD, WEEKDAY

# the noun a participle may describe: a determiner, at most one word before the noun
_PRONOUN: Final = r"(?:we|i|they|he|she|you)\s"
_NOUN: Final = (
    rf"(?P<noun>\b(?:{DETERMINER_WORDS}|any|all|some)"
    rf"\s+(?:(?!{_PRONOUN})[a-z'-]+\s+)?(?!{_PRONOUN})[a-z'-]+\s+)"
)
# the participle ("passed", "agreed"; not "need", "speed", "proceed", "indeed")
_PARTICIPLE: Final = r"(?![a-z]*(?:ceed|speed|breed|bleed|indeed)\b)[a-z]{3,}ed"
# the participle's own time: "last year", "yesterday", "earlier this month", "two years ago",
# "in 2024", "in March", "on 3 May", "on Monday"
_ITS_TIME: Final = (
    r"(?:\s+(?:last\s+[a-z]+|yesterday|earlier(?:\s+this\s+[a-z]+|\s+in\s+the\s+[a-z]+)?"
    r"|(?:a|an|one|two|three|four|five|six|several|a\s+few|[0-9]+)\s+[a-z]+\s+ago"
    rf"|in\s+(?:(?:19|20)[0-9]{{2}}|{MONTH_WORD}(?:\s+(?:19|20)[0-9]{{2}})?)"
    rf"|on\s+(?:{WEEKDAY}|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}|{MONTH_WORD}\s+[0-9]{{1,2}})"
    r")\b)?"
)
# the clause's own verb after it: a modal, "is"/"are", or a present of the verbs an event
# takes ("takes effect", "come into force", "begins"). Named, not any word in "-s": "The
# council approved plans on 1 April" has a plural noun there, and its "approved" is past.
_OWN_VERB: Final = (
    r"(?=\s+(?:is|are|will|shall|must|can|could|would|should|may|might"
    r"|(?:take|come|begin|start|end|arrive|become|enter|kick|run|open|close|expire|lapse"
    r"|reach|finish|conclude|return|resume|reopen|apply|last|cover|require|provide)s?"
    r"|goes|go|applies|passes|pass|reaches|finishes)\b)"
)
# a relative clause without "that" may stand there too: "the law we passed last year takes"
_WHO: Final = rf"(?:{_PRONOUN}\s*)?"
# the noun right before a place (a participle, or the relative's subject before it)
_NOUN_BEFORE: Final = re.compile(_NOUN + _WHO + "$")
# from that place on: the participle, its time, the clause's own verb
_DESCRIBING: Final = re.compile(_WHO + _PARTICIPLE + _ITS_TIME + _OWN_VERB)
# what may follow a participle that describes its noun where the clause's verb is known to
# come later: any word that is no object, adverb or preposition of a verb ("the money
# promised arrives", "the report requested by the committee arrives")
_LOOSELY: Final = re.compile(
    _NOUN
    + _WHO
    + _PARTICIPLE
    + _ITS_TIME
    + r"(?=\s+(?!(?:"
    + DETERMINER_WORDS
    + r"|it|them|him|us|me|you|to|in|on|at|for|with|from|into|over|through|thru|out|up|down"
    r"|off|back|and|but|or|as|after|before|[a-z]+ly)\b)[a-z])"
)


def describes(words: str, at: int) -> bool:
    """Whether the past form at `at` in `words` (lower-cased; the participle, or the
    relative's subject before it: "we passed") describes the noun before it, the clause's
    own verb coming after: "the law passed last year takes", "the law we passed last year
    takes"."""
    return (
        _DESCRIBING.match(words, at) is not None
        and _NOUN_BEFORE.search(words, max(0, at - 60), at) is not None
    )


# a participle as the state wished for its object ("We want to see the bridge reopened on 20
# February", "we want the works finished by June", "expect them completed"): the verb of
# wishing or seeing, its object (a pronoun, or a determiner and at most two more words),
# then the participle
_WISH_OBJECT: Final = (
    # "like" only as a verb ("would like", "we like"), not a preposition ("looks like the
    # road reopened on", "a scheme like the one announced on": done acts, stop 57 review)
    r"\b(?:(?:want|wants|wish|wishes|need|needs|expect|expects|(?:would|'d|i|we|you|they)\s+"
    r"like)|to\s+(?:see|get|have))"
    r"\s+(?:(?:it|them|this|that|these|those)|(?:" + DETERMINER_WORDS + r"|all|some)"
    r"(?:\s+(?!" + _PRONOUN + r")[a-z'-]+){1,3})\s+"
)
_WISHED: Final = re.compile(_WISH_OBJECT + "$")
# the same, with the participle, ending the words before a date ("we want the report
# published on 20 February": the paper is the wish's object, not a paper of that date)
_WISHED_BEFORE: Final = re.compile(_WISH_OBJECT + _PARTICIPLE + r"(?:\s+on)?\s*$")


def wished(words: str, at: int) -> bool:
    """Whether the -ed word at `at` in `words` (lower-cased) is the state a present verb of
    wishing or seeing asks of its object ("We want to see the bridge reopened on 20
    February"): it tells of no act done, and the date is the wished state's, ahead. Read as
    a past verb, a future wish was refused as "about the past" (stop 57)."""
    return _WISHED.search(words, max(0, at - 60), at) is not None


def wishes_before(words: str) -> bool:
    """Whether `words` (lower-cased, the clause before a date) end with a wished state
    (`wished`): "we want the report published on"."""
    return "ed" in words and _WISHED_BEFORE.search(words, max(0, len(words) - 100)) is not None


def loosely_described(words: str) -> str:
    """`words` (lower-cased) without the participles, and their times, that describe a noun,
    for words known to hold their verb after the noun (a "When" opening): any word that no
    verb takes as its object may follow ("the money promised arrives", "the law passed last
    year takes effect" -> "the money arrives", "the law takes effect")."""
    if "ed " not in words:
        return words
    return _LOOSELY.sub(r"\g<noun>", words)
