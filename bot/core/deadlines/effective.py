"""Starts that are deadlines and deadlines that are starts: rules 3.1 and 3.2 of the labelling
conventions (tests/data/deadlines/CONVENTIONS.md) read at one phrase.

3.1: a "from <date>" that names when a one-off change takes effect is the change's own time,
checked then: "the rules take effect from 1 April", "with effect from October 2000", "new
rules expected to come into force ... from April 2026", "It shall apply from 1 January
2016", "the UK will implement ... regulations from 11pm on Friday 13 December 2019", "to
close the renewables obligation to new onshore wind farms ... from 1 April 2016", "plan to
introduce from next April the provision that ...". Left open-ended (3.2): an ongoing activity
or state given only its start ("applications will be accepted from 3 June", "From today,
the government will provide grants", "will become read-only from 4 May"), a start beside a
deadline of the same act ("from 1 April 2021 and run until March 2023", 3.4), and a start
that is a bare year ("implementation from 2012"), which stays no deadline as before.

3.2: an embargo is only a lower bound: "This call is embargoed until 2:00 p.m." gives the
earliest moment, not a deadline.

Cheap by design: each check runs only when its cue word sits in the phrase's own lead-in
("from", "until"), and looks no further back than 100 characters.
"""

from __future__ import annotations

import re

from bot.core.deadlines.context import _Hit

_LOOK_BACK = 100

# The verb of a one-off change, the words between it and "from" within one clause (no
# sentence or clause mark, no dash that opens an aside).
_GAP = r"(?:[^.;:!?–—]{0,80}?\s)?"
_TAKES_EFFECT = re.compile(
    r"\b(?:(?:take|takes|taking|took|with|have|has|having|come|comes|came|coming)\s+effect"
    r"|effective"
    r"|(?:come|comes|came|coming)\s+into\s+(?:force|operation)"
    r"|implement(?:s|ed|ing)?|introduc(?:e|es|ed|ing)"
    r"|(?:to|will|shall)\s+close)\b" + _GAP + r"$"
)
# "shall apply (those provisions) from": rules applying, not people applying for something.
_APPLIES = re.compile(
    r"\b(?:shall|will|would|to)\s+(?:also\s+)?apply(?:\s+(?!for\b|to\b|online\b)[a-z0-9]+){0,3}"
    r"\s+$"
)
# A deadline of the same act after the start (3.4): the start stays open-ended.
_END_AFTER = re.compile(
    r"\b(?:until|till|through|by|no\s+later\s+than|and\s+(?:run|last|continue)s?)\b"
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_BARE_YEAR = re.compile(r"(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(?:in\s+)?[0-9]{4}\b")
# "is embargoed until", "under embargo until"; not "the embargo will remain until" (3.3)
_EMBARGOED = re.compile(r"\b(?:embargoed|under\s+(?:an?\s+)?embargo)\s+$")
_FROM_END = re.compile(r"\bfrom\s*$")
_UNTIL_END = re.compile(r"\buntil\s*$")


def open_ended(text: str, hit: _Hit) -> bool:
    """Whether the phrase reads as open-ended (a start, earliest only): `hit.open` as the
    scanner set it, unless rule 3.1 makes an effective date of it or 3.2 an embargo's end."""
    pre = hit.pre
    if hit.open:
        return not (_FROM_END.search(pre) and _takes_effect(text, hit))
    if "until" in pre and "embargo" in text and _UNTIL_END.search(pre):
        at = hit.start + pre.rindex("until")
        return _EMBARGOED.search(text, max(0, at - _LOOK_BACK), at) is not None
    return False


def _takes_effect(text: str, hit: _Hit) -> bool:
    if hit.kind in ("span", "vague") or _BARE_YEAR.fullmatch(hit.core.rstrip(". ")):
        return False
    at = hit.start + hit.pre.rindex("from")
    lead = text[max(0, at - _LOOK_BACK) : at]
    if _TAKES_EFFECT.search(lead) is None and _APPLIES.search(lead) is None:
        return False
    stop = _SENTENCE_END.search(text, hit.end)
    return _END_AFTER.search(text, hit.end, stop.start() if stop else len(text)) is None
