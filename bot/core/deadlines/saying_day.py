"""A day that only dates a saying (issue 12, stop 44): "On Tuesday, officials said the road
will reopen on Friday", "Speaking on Monday, the minister said ...", "Officials on Tuesday
said ...". The day is when the words were said, told as done: it is never the deadline of
the act they report, which has a day of its own or none. Read as the day gone (a "past"
phrase), so that the act's day counts, or, with none, no date is given: a weekday so placed
had been read ahead, the next Tuesday, a date the words never gave for the act.

Four places only, each one anchored match around the phrase: the phrase heads its sentence
(after "and", "but" at most) and a past verb of saying follows within a few words ("On
Tuesday, officials said", "On Monday the council announced that"); "speaking" or "writing"
heads the sentence just before it ("Speaking on Monday, ..."); the verb of saying follows
the phrase at once ("The ministry on Tuesday said ..."); or it comes just before the phrase
and the phrase ends its clause or is followed by "that" ("..., officials said on 3 March.",
"said on Tuesday that ...": the saying's day also when it is today). A day a deadline
word leads ("by Friday, officials said"), one set against the saying ("On Tuesday, if
...") and a passive ("the winner to be announced on Thursday") are not read.

`speaking_today` (stop 54) reads the day word "today" closing a participle of speaking that
heads its sentence ("Speaking today, Minister Donohoe said:", "Commenting at the launch
today, the Minister said"): the day of saying, told as done, as "said today that" is
(cues._SAYING_TODAY). Another "today" in what is reported is a phrase of its own and stays;
so is the "today" of a heading participle when the main clause is a future before any
saying ("Speaking today, the Minister will set out the plan": due today, CONVENTIONS 2.1).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.context import DATED, DAYS, Ctx, Hit, Res
from bot.core.deadlines.words import MONTH_FULL, WEEKDAY

# a past verb of saying, not a passive ("the winner to be announced on Thursday")
_SAID: Final = (
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwill\s)"
    r"(?:said|announced|told|confirmed|stated|declared|revealed|warned|promised|pledged"
    r"|indicated|wrote|added|insisted|explained|reported|disclosed|tweeted|posted)\b"
)
# after a phrase heading its sentence: its comma, then a subject of a few words, the verb
_HEAD_SAID: Final = re.compile(r",?\s+(?:[a-z0-9.'&-]+,?\s+){1,8}?" + _SAID)
# the verb at once after the phrase ("the ministry on tuesday said")
_NEXT_SAID: Final = re.compile(r"\s+" + _SAID)
# the verb just before the phrase, the phrase ending its clause or followed by "that"
# ("..., officials said on Tuesday.", "said on 3 March that ..."): the saying's day
_SAID_BEFORE: Final = re.compile(r"\b" + _SAID + r"\s+$")
_SAID_END: Final = re.compile(r"\s*(?:[.!?;,)]|that\b|$)")
_SPEAKING: Final = re.compile(r"(?:^|[.!?;:]\s+|\n)(?:(?:and|but)\s+)?(?:speaking|writing)\s+$")
_HEAD: Final = re.compile(r"(?:^|[.!?;:]\s+|\n)(?:(?:and|but|also)\s+)?$")
# a subject that opens a condition or a contrast is not the saying's
_NOT_SUBJECT: Final = re.compile(r",?\s+(?:if|unless|when|once|while|not|rather|by|until)\b")


# a day named elsewhere in the sentence, for the act ("may" is a modal as often)
_ANOTHER_DAY: Final = re.compile(
    r"\b(?:" + WEEKDAY + "|" + MONTH_FULL.replace("|may|", "|") + r"|tomorrow|tonight|next)\b"
)


def dates_saying(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """Whether the phrase at `hit` (in lowered `text`) only dates a saying told as done.
    The day of speaking itself, with no other day in the sentence, is left as it was read
    ("On Monday, the minister told reporters the vote would be at 5 pm", said that Monday:
    that day, round 9's rule)."""
    if hit.pre.strip() != "on" or not (hit.kind in DATED or hit.kind in DAYS):
        return False  # the cheap test first: "on Tuesday", "on 3 March" only
    if res.day == ctx.today and not _another_day(text, hit):
        return False
    return _saying(text, hit)


def _another_day(text: str, hit: Hit) -> bool:
    start = clauses.sentence_start(text, hit.start, 300)
    end = hit.end + len(clauses.sentence_after(text, hit.end))
    return (
        _ANOTHER_DAY.search(text, start, hit.start) is not None
        or _ANOTHER_DAY.search(text, hit.end, end) is not None
    )


def _saying(text: str, hit: Hit) -> bool:
    if _NEXT_SAID.match(text, hit.end) is not None:
        return True
    before = text[max(0, hit.start - 40) : hit.start]
    if _SAID_BEFORE.search(before) is not None and _SAID_END.match(text, hit.end) is not None:
        return True
    if _SPEAKING.search(before) is not None:
        return True
    if _HEAD.search(before) is None or _NOT_SUBJECT.match(text, hit.end) is not None:
        return False
    return _HEAD_SAID.match(text, hit.end) is not None


# "Speaking today, Minister Donohoe said:", "Commenting at the launch today, the Minister
# said", "Announcing the funding today, the Minister said": a participle of speaking heads
# the sentence, its day word closes it before the comma (stop 54). Not a participle of
# another act ("Launching the report today, the Minister said": the launch is today's act)
_SPEAKING_HEAD: Final = re.compile(
    r"(?:speaking|commenting|responding|reacting|replying|writing|announcing|welcoming)\b"
    r"[^,.;:!?]{0,80}\s$"
)


# the main clause's first saying verb or future: "Speaking today, the Minister said" (the
# saying, done); "Speaking today, the Minister will set out the plan" (an act of the day
# ahead, CONVENTIONS 2.1: the day word is its own, stop 54 review)
_MAIN_VERB: Final = re.compile(
    r"\b(?:(?:said|says|told|tells|added|adds|stated|states|commented|noted|declared|explained"
    r"|insisted|welcomed|confirmed|announced)|(?P<future>will|shall|is\s+to|are\s+to"
    r"|is\s+(?:due|set|expected)\s+to))\b|[.;:!?]"
)


def speaking_today(text: str, hit: Hit) -> bool:
    """Whether the day word at `hit` (in lowered `text`) only dates the speaking of a
    participle heading the sentence ("Speaking today, the Minister said:"): the day of
    saying, told as done (CONVENTIONS 2.2), whatever the sentence then reports."""
    if not text.startswith(",", hit.end):
        return False
    start = clauses.sentence_start(text, hit.start, 120)
    lead = text[start : hit.start].lstrip(" \"'\u201c\u2018(\n")
    if _SPEAKING_HEAD.match(lead) is None:
        return False
    main = _MAIN_VERB.search(text, hit.end + 1, hit.end + 160)
    return main is None or main["future"] is None


# "The Minister said today that ...", "told reporters today:", "said today the report would
# follow": a past verb of saying (and its object of a word or two) right before "today",
# which closes the saying (a clause's end, "that", a colon, a quote, or the reported clause
# at once: a subject and its verb, not a time word of the act)
_SAID_JUST_BEFORE: Final = re.compile(
    r"\b" + _SAID + r"(?:\s+(?:the\s+)?(?!that\b|by\b|on\b|in\b|to\b)[a-z]+)?\s+$"
)
_TODAY_CLOSES: Final = re.compile(
    r"\s*(?:[.!?;,:)\"“‘']|that\b|$|(?:the|a|an|it|he|she|they|we|i|this|his|her|their"
    r"|its|our)(?:\s+[a-z]+){0,2}\s+(?:would|will|could|is|are|was|were|has|had)\b)"
)


def said_today(text: str, hit: Hit) -> bool:
    """Whether the day word at `hit` (in lowered `text`) only dates a saying told as done
    right before it ("said today that ...", "told reporters today:"): CONVENTIONS 2.2."""
    before = text[max(0, hit.start - 40) : hit.start]
    return (
        _SAID_JUST_BEFORE.search(before) is not None
        and _TODAY_CLOSES.match(text, hit.end) is not None
    )


# "He said today is the deadline.", "She announced that Friday will be the last day to
# apply": the day word opens the reported clause as its subject, and what it is (a
# deadline, a closing day) is said in the present or the future, so it is the act's day,
# not the day of saying (CONVENTIONS 2.1-2.2)
_SAID_THEN_SUBJECT: Final = re.compile(r"\b" + _SAID + r"(?:\s+(?:that|us|me|reporters))?\s+$")
_DAY_IS_LIMIT: Final = re.compile(
    r"\s+(?:is|will\s+be|would\s+be|remains|is\s+to\s+be)\s+(?:now\s+)?"
    r"(?:the|a|our|its|their|your)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:deadline|cut-?off|(?:closing|last|final)\s+(?:day|date))\b"
)


def day_is_limit(text: str, hit: Hit) -> bool:
    """Whether the day word at `hit` (in lowered `text`), with no word before it of its
    own, is the subject of a reported clause that makes it the deadline."""
    if hit.pre.strip() or not (hit.kind in DAYS or hit.kind in DATED):
        return False
    return (
        _DAY_IS_LIMIT.match(text, hit.end) is not None
        and _SAID_THEN_SUBJECT.search(text, max(0, hit.start - 40), hit.start) is not None
    )
