"""A length told of a hypothetical act (issue 12, stop 57, tune12c): "The request, if
granted, would authorize GEH to continue licensed activities ... for 10 years", "proposals
which, if they were accepted, would have significant negative impact ... in the coming
years", "that would take over a dozen years", "the optimal approach ... would be to close
the airport for 10 weeks rather than ...", "It would be unrealistic to expect to start
phase I in less than three years". "would" with a verb of effect or state ("take", "be",
"have", "cost", "authorize") and no report around it puts the act in a world the speaker
weighs, not one they commit to: the length counts from a start that only
that world gives (the grant, the acceptance), so it is no deadline (`event`, CONVENTIONS
1.3 and 4.2).

"could" and "might" weigh a length the same way, and only with a verb of effect or state
("That could take ten years", "A new runway might cost the region dearly over the next
decade"): the time an act itself could happen in stays its deadline ("the meeting could
happen within two weeks", Merz on 18 August 2025, the seed article's pledge; "The road could
reopen within two weeks").

Not a "would" of a report ("The Minister said the report would be published within six
weeks", "he indicated that next week he would compile ..."): that is what was undertaken,
told from the saying, whether the report comes before or after ("..., the minister said.").
Not a "would" with an agent's act ("The party would immediately hold a referendum"), nor the
speaker's own side's "would" ("If elected, we would immediately scrap the tax", "a
Labour government would abolish it within 100 days", "Our plan would see the line open within
three years"): a pledge on a condition (waits.py), or on the plan's own terms.
Not a "would" of a request or an opinion ("I would ask that the Leader make time available
over the next few weeks", "I would like to finish within a week", "I would say the next two
weeks"), nor a polite "if you would reply within ten days", nor a span another finite verb
governs after the "would" ("it would help, and we will finish within a month").
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.context import Hit, holds
from bot.core.deadlines.look_back import head_start

# the words _WOULD needs, looked for as plain text before any pattern is run
_MODALS: Final = ("would", "could", "might", "'d ")
# the last "would" before the phrase and what follows it up to the phrase
_WOULD: Final = re.compile(r"\b(?:would|could|might|'d)\s+(?P<rest>[^;:]*)$")
# after "would", a verb of effect or state, not an agent's act: "would take", "would be
# unrealistic", "would have significant negative impact", "would authorize"; "The party
# would immediately hold a referendum" is a pledge (round 17 review) and keeps its window
_EFFECT_VERB: Final = re.compile(
    r"(?:(?:also|then|only|still|probably|likely|certainly|not|in\s+turn)\s+)?(?:take|be|have"
    r"|cost|mean|need|require|result|lead|cause|allow|authori[sz]e|permit|enable|affect|involve"
    r"|see|last)\b"
)
# a request, a wish or an opinion after "would": the act it asks for is the speaker's own
_NOT_WEIGHED: Final = re.compile(
    r"(?:(?:just|also|really|certainly|therefore|now|rather|much|very\s+much)\s+)?(?:like|love|ask|hope|wish|urge"
    r"|welcome|expect|say|think|suggest|imagine|remind|encourage|appreciate|prefer|request"
    r"|invite|be\s+(?:grateful|glad|happy|pleased|delighted|keen|willing))\b"
)
# a finite verb after the "would" that governs the phrase instead
_OTHER_VERB: Final = re.compile(r"\b(?:will|shall|can|must|may|might|is|are|was|were)\b|—| - ")
# a report in front of the "would": what was undertaken, told from the saying
_REPORT_WORD: Final = (
    r"(?:said|says|say|told|tells|announced|announces|indicated|confirmed|promised"
    r"|pledged|stated|insisted|warned|expected|hoped|agreed|decided|assured|undertook"
    r"|commitment|committed|believed|understood|guaranteed|predicted|forecast|suggested"
    r"|proposed|claimed|declared|added|explained|noted|wrote|reported|signall?ed|vowed"
    r"|anticipated|intended|planned|thought|knew|hinted|revealed|according)\b"
)
_REPORTED: Final = re.compile(r"\b" + _REPORT_WORD)
# a trailing attribution after the span: a comma, then at most six words (not a condition's
# or a time's opening: "once the agreed repairs are done", "if the planned works go well"
# report nothing) before the report word (", the minister said.", ", according to ...")
_TRAILING_REPORT: Final = re.compile(
    r",\s*(?!(?:if|once|when|unless|as|because|after|before|until|provided|while|though"
    r"|although|subject)\b)(?:[a-z.'-]+\s+){0,6}?" + _REPORT_WORD
)
# the speaker's own side as the subject: "we would", "I'd", "a Labour government would";
# or the speaker's own plan, bill or proposals: "Our plan would see the line open within three
# years" (stop 58: refused as weighed), not "our opponents' plan" (an apostrophe ends it)
_OWN_SIDE: Final = re.compile(
    r"\b(?:we|i|government|ministers)\s+(?:[a-z]+ly\s+)?$"
    r"|\b(?:our|my)\s+(?:[a-z-]+\s+){0,2}(?:plans?|proposals?|bill|scheme|policy|policies"
    r"|programme|program|manifesto|budget|strategy|reforms?|legislation|amendment|package)"
    r"\s+(?:[a-z]+ly\s+)?$"
)
# "if you would", "if the gentlewoman would": a polite request
_POLITE_IF: Final = re.compile(r"\bif\s+(?:[a-z'.-]+\s+){0,3}$")


def weighed(text: str, hit: Hit) -> bool:
    """The span or vague phrase `hit` is the length of an act under a "would" the speaker
    only weighs (see the module docstring)."""
    at = hit.start + len(hit.pre)
    if not any(holds(text, modal) for modal in _MODALS):
        return False  # the cheap test first, once per long text: most texts hold no "would"
    before = text[head_start(text, at)[0] : at]  # far into a long paste, its last LOOK_BACK
    m = _WOULD.search(before)
    if m is None:
        return False
    rest = m["rest"]
    if _NOT_WEIGHED.match(rest) or _OTHER_VERB.search(rest):
        return False
    if not rest.strip():
        # the phrase right after the modal: its verb comes after it ("could soon be
        # threatened by flooding", stop 59; "could soon reopen" is an act)
        rest = text[hit.end : hit.end + 40].lstrip()
    if _EFFECT_VERB.match(rest) is None:
        return False  # "would immediately hold a referendum", "could happen within": an act
    head = before[: m.start()]
    if _OWN_SIDE.search(head) is not None:
        return False  # "If elected, we would immediately scrap the tax": a pledge (waits.py)
    if _REPORTED.search(head) is not None or _POLITE_IF.search(head) is not None:
        return False
    # ", the minister said.": a trailing attribution reports it too
    return _TRAILING_REPORT.search(clauses.sentence_after(text, hit.end)) is None
