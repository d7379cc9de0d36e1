"""A direct question that asks for a time or a fact (issue 12, stop 39j).

"At what time do we meet on Monday?", "What will MEPs be working on in next week's plenary
session?", "When will it be published?", "Why has he changed his commitment to maintain that
target for five years ...?": a question opened by a wh-word and its inverted verb asks
someone else for what is not yet said. The speaker undertakes nothing, and the time in it
is part of what is asked about, so nothing falls due (`due=None`, no refusal word). Every
such question in the seen development sets was labelled so.

Only a direct question counts: its sentence opens with the wh-word (a preposition may lead
it, "At what time"), an auxiliary verb follows before any subject of a statement, and the
sentence ends at a question mark. A yes/no question ("Will the hon. Gentleman do what he
can ... soon?") is left as it was (labelled both ways), and so are a statement before a
question ("That time runs out at the end of this month, so when are we going to see it?")
and a clause that opens with "when" ("When the Bill passes, we will publish it by June.").

Stop 43 (tuner a): a yes/no question opened by "May", "Might" or "Would" and its subject asks
leave or a favour ("May I begin by wishing everybody a very happy new year ...?", "Would the
Lord Privy Seal kindly state what is the business for next week ...?"): it undertakes nothing
either, and the time in it is part of what is asked or wished. Not the other yes/no openings:
"Will it be on Monday, Tuesday or Wednesday?" and "Can the Prime Minister say whether he
hopes to ... to-day?" ask after a time that the labellers dated, and "Do"/"Is" questions were
labelled both ways. A reason stated inside the question ("given that this will be happening
in two weeks' time") dates an act of its own and is left as it was.

Stop 58 (CONVENTIONS 4.3, written before that stop's sets were labelled): every direct
question asks about its time, the yes/no questions and the statements put as a question
("Sir, will the Dáil adjourn this evening?", "Will the debate continue until 7.15 p.m.?", "I
thought it had been decided that the Taoiseach be called at 10 o'clock?"): nobody undertakes
it, so nothing falls due. The older sets' labels that dated such times are corrected in
relabels.py. A reason stated inside the question still dates its own act, as above. Told
times stay dated: a statement before a tag that seeks assent ("..., would she not?", ",
OK?"), a statement before a question joined to it (", so when will we see it?"; not when
the sentence opens as a yes/no question, whose second part is one more question: "Will the
Minister publish it by Friday, and will he place a copy in the Library?"), a fact or plan told
inside the question ("aware that the lease will expire by 1967") and a statement introducing a
quoted question. A question mark after the phrase that closes a quoted title, an aside in
brackets or a URL's query ('will broadcast "Who Do You Think You Are?"') asks nothing of it.

`asked` runs behind a substring test for "?".
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.words import Place

_AUX: Final = (
    r"(?:will|would|shall|should|can|could|may|might|must|do|does|did|is|are|was|were|am"
    r"|has|have|had)\b"
)
# the wh-word and its verb: an adverb of the question right before the verb ("When will",
# "How much money has"), a pronoun of the question with up to four words of its noun
# ("What proportion of the funds will", "Which day is")
_WH_OPEN: Final = re.compile(
    r"[\s\"'\u201c\u2018(]*(?:(?:at|on|by|in|from|until|till|for|to)\s+)?(?:"
    r"(?:when|why|where|how(?:\s+(?:much|many|long|soon|often)(?:\s+[a-z-]+){0,2})?)\s+"
    r"|(?:what|which|who|whom|whose)\s+(?:[a-z'\u2019-]+\s+){0,4}?)" + _AUX
)
# a question mark with a word, "=" or "/" right after it is a URL's ("consult?id=42")
_QUESTION_END: Final = re.compile(r"[.!]|\?(?![\w=&%/#-])")
# a yes/no question asking leave or a favour: its verb and subject open the sentence
_ASKING_OPEN: Final = re.compile(
    r"[\s\"'\u201c\u2018(]*(?:may|might|would)\s+(?:i|we|you|he|she|it|they|there|members"
    r"|the|this|that|these|those|my|our|your|his|her|its|their|any|all)\b"
)
# a reason stated inside the question dates an act of its own ("given that this will be
# happening in only two weeks' time")
_REASON: Final = re.compile(r"\b(?:given\s+that|because|since|as\s+this|as\s+it)\b")
# a tag after a statement: the time is told in the statement, the tag only seeks assent
_TAG: Final = re.compile(
    r",\s*(?:(?:won|can|shan|ain)(?:'|\u2019)t|will|would|shall|should|can|could|is|are|was|were|do|does|did|has|have|had)"
    r"(?:n't|n\u2019t)?\s+(?:i|we|you|he|she|it|they|there)(?:\s+not)?\s*\?$"
    r"|,\s*(?:ok|okay|right|yes|all\s+right|agreed)\s*\?$"
)
# a statement, then a question after it: the time is told in the statement
_THEN_ASKED: Final = re.compile(
    r"[,;\u2014]\s*(?:so|and|but|then|yet)\s+(?!(?:can|could|may|might)\s+(?:i|we)\s+ask\b)"
    r"(?:when|what|why|where|how|who|which|" + _AUX + r")"
)
# a yes/no question's verb opens the sentence ("Will the Minister publish it by Friday, and
# will he ...?"): what follows its time is a second question, not a statement's
_YES_NO_OPEN: Final = re.compile(
    r"[\s\"'\u201c\u2018(]*(?:(?:sir|madam|and|but|so|then|now|also)\s*,?\s+)?" + _AUX
)
# a fact or a plan told inside the question: "Is he aware that the lease will expire by
# 1967?", "Will my hon. Friend explain why the Government plan to introduce from next April
# ...?": the time is that statement's
_STATED: Final = re.compile(
    r"\b(?:(?:aware|know|knows|realise|realize|recognise|recognize|accept|true|fact|forget)"
    r"\s+that|why)\s+(?:[a-z'\u2019.-]+\s+){0,6}?(?:will|shall|plans?|planned|intends?"
    r"|is\s+to|are\s+to|is\s+due|are\s+due|is\s+going\s+to|are\s+going\s+to)\b"
)
# a statement that introduces a quoted question after the phrase: the phrase is outside it
_INTRODUCED: Final = re.compile(r":\s*[\"\u201c\u2018']")


def asked(place: Place | None) -> bool:
    """Whether the chosen phrase, lying at `place` (words.located), is only asked about in a
    direct question (any since stop 58; see the module for the times told beside one)."""
    if place is None or "?" not in place[0]:
        return False
    lowered, start, end, _ = place
    opening = clauses.sentence_start(lowered, start)
    close = _QUESTION_END.search(lowered, end)
    if close is None or close.group() != "?" or _quoted(lowered, end, close.start()):
        return False
    if _WH_OPEN.match(lowered, opening) is not None:
        return True
    verb = _ASKING_OPEN.match(lowered, opening, start)
    if verb is not None:
        return _REASON.search(lowered, verb.end(), start) is None
    if _INTRODUCED.search(lowered, end, close.start()) is not None:
        return False  # 'The question ..., expected to be held in 2006, will be: "Should ...?"'
    if _TAG.search(lowered, end, close.end()) is not None:
        return False  # "The Minister said she would publish it by Friday, would she not?"
    if (
        _THEN_ASKED.search(lowered, end, close.start()) is not None
        and _YES_NO_OPEN.match(lowered, opening) is None
    ):
        return False  # "That offer runs out at the end of this month, so when will we see it?"
    if _STATED.search(lowered, opening, start) is not None:
        return False  # "Is he aware that the lease will expire by 1967?"
    # CONVENTIONS 4.3 (stop 58): any other question asks about its time too, a yes/no question
    # ("Sir, will the Dáil adjourn this evening?") and one that seeks to confirm a time ("It is
    # agreed, then, that we take the vote at 11.30?") alike; a reason stated inside it still
    # dates an act of its own
    return _REASON.search(lowered, opening, start) is None


def _quoted(lowered: str, end: int, mark: int) -> bool:
    """Whether a quote or a bracket opens between the phrase's `end` and the question
    `mark` and is not closed before it: the question is a quoted title's or an aside's ('will
    broadcast "Who Do You Think You Are?"', "on Friday (or will it?)"), not the sentence's."""
    between = lowered[end:mark]
    if between.count('"') % 2:
        return True
    opened = max(between.rfind("\u201c"), between.rfind("("))
    return opened > max(between.rfind("\u201d"), between.rfind(")"))
