"""Sentences that look like commitments and only frame the text or an event: what a
visit or a session "will highlight" or "will focus on", what a trip "will be" in a
count, the answer that says it is the answer ("I have been asked to reply"), a question
reported ("to understand what groups would be influential") and a view on what others
should commit to ("emphasised the importance of partners committing to").

A travel announcement names the trip ("Secretary Kerry will travel to Hanoi on
December 14") and then its themes ("His visit to the Mekong Delta will emphasize how
..."). The first is a schedule a member can check; the themes are the writer's framing
of it, with nothing to check once the trip is over.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

# The event as the subject of the cue: "The Secretary's visit to Vietnam", "This trip to
# Asia", "Secretary Kerry's meetings", "The session", up to the cue.
_EVENT_SUBJECT = re.compile(
    r"\b(?:visits?|trips?|travels?|tour|stops?|meetings?|sessions?|talks|discussions?|"
    r"summit|conference|event|dialogue|forum|programme|program)"
    r"(?:\s+(?:to|in|at|with|across)\s+[^,;:.]{1,50}?)?\s+(?:also\s+)?$",
    re.IGNORECASE,
)
# A place in a count ("be his fourth", "be the 3rd"), its group left open for more words.
_PLACE = (
    r"be\s+(?:his|her|its|their|the|our)\s+(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
)
# What the event "will" do that only frames it: themes, emphasis, its place in a count.
_THEME_VERB = re.compile(
    r"\s+(?:also\s+|further\s+)?(?:highlight|underscore|underline|emphasi[sz]e|stress|focus|"
    r"showcase|reflect|demonstrate|celebrate|symboli[sz]e|reaffirm|build\s+on|"
    + _PLACE
    + r"|latest|last|next)\b|"
    r"be\s+an?\s+(?:\w+\s+)?(?:opportunity|chance|occasion)\b)",
    re.IGNORECASE,
)

# Its place in a count, said of "this" or "it": "This will be the third meeting this year".
_COUNT = re.compile(r"\s+" + _PLACE + r")\b")


def event_theme(text: str, cue: Cue) -> bool:
    """Whether a "will" cue tells what an event will highlight or be, not who will act:
    "The Secretary's visit to Vietnam will highlight ...", "This visit will focus on our
    common goals", "This trip to Asia will be his fourth to the region", "This will be
    the third meeting of the council this year"."""
    if cue.kind != "will":
        return False
    before = text[: cue.start]
    if _EVENT_SUBJECT.search(before):
        return _THEME_VERB.match(text, cue.end) is not None
    pronoun = re.search(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:this|it|that)\s+$", before, re.I)
    return pronoun is not None and _COUNT.match(text, cue.end) is not None


# The answer naming itself: "I have been asked to reply." (a Hansard written answer given
# for another minister): the reply is the text that follows, done as it is read.
_OWN_REPLY = re.compile(r"\s*(?:reply|answer|respond)\b[^,;:]{0,30}$", re.IGNORECASE)


def own_reply(text: str, cue: Cue) -> bool:
    """Whether an order cue only says the text answers for someone ("I have been asked to
    reply on behalf of my noble friend")."""
    return cue.kind == "order" and _OWN_REPLY.match(text.rstrip(" ."), cue.end) is not None


# A question reported, not answered: "to help it understand what groups would be
# influential", "has not decided which ministers will attend".
_INDIRECT_QUESTION = re.compile(
    r"\b(?:understand|know|knows|knew|see|decide|decided|determine|assess|learn|find\s+out|"
    r"ask|asks|asked|wonder|wondered|explain|predict|tell)\s+(?:\w+\s+){0,2}?"
    r"(?:what|which|who|how|where|when)\b[^,;:]*$",
    re.IGNORECASE,
)
# A view on what others should commit to: "emphasised the importance of the country's
# international partners committing to its long-term defence".
_VIEW_OF = re.compile(
    r"\b(?:importance|need|necessity|value)\s+(?:of|for)\s+(?:[\w’'\-]+\s+){0,6}$", re.I
)
# "said it was vital that the international community would step up": a view of what
# others should do, whatever the cue.
_VITAL_THAT = re.compile(
    r"\b(?:it|this)\s+(?:is|was|remains|remained)\s+(?:\w+ly\s+)?(?:vital|important|essential|"
    r"crucial|necessary|imperative|critical)\s+that\s+[^,;:]*$",
    re.I,
)


def only_frames(text: str, cue: Cue) -> bool:
    """Whether the cue only frames an event, the answer itself, a question reported or a
    view on others' commitments (see the module's docstring)."""
    if event_theme(text, cue) or own_reply(text, cue):
        return True
    before = text[: cue.start]
    if cue.kind in {"will", "would", "maybe"} and _INDIRECT_QUESTION.search(before):
        return True
    if cue.kind in {"will", "would", "must", "maybe"} and _VITAL_THAT.search(before):
        return True
    return cue.kind in {"strong", "commit"} and _VIEW_OF.search(before) is not None
