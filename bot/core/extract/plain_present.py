"""Commitments told in the plain present, with no "will": orders, funding lines, agreements.

Issue 13, round 29b (recall). Three forms the rules did not read, each a commitment of
the body that issues the text (CONVENTIONS 1.4 and 1.5):

- a commencement order's note tells what each part of it does: "Article 3 brings into
  force on 18 June, so far as not already in force, sections 81 to 85", "It also brings
  into force on the same day section 153". The order binds its maker to the date it names
  (or to a day fixed by its making), so it reads as an order;
- a funding line tells what a package holds, with its purpose: "This includes new and
  additional funding in this year's Budget for ...", "The extra funding includes £21
  million for ...", "The deal also includes over £700 million extra for ...", or that the
  money is on its way: "Funding is being delivered to ...". A total told without its
  purpose ("which includes an increase of $40 million over last year", "Progress includes
  £100 million so far") is history or arithmetic and is not read;
- ministers welcoming an agreement to act, of their own sides: "Ministers welcomed both
  sides' agreement to concrete action plans", "welcomed an agreement on a work program".
  An agreement between others ("welcomed the agreement between X and Y") commits only
  them, and the welcome is weaker than the agreeing itself: a plan, lower than "agreed to".

Stop 60 (blind143): a plan or a text of the body's in the making, in the progressive
passive ("The third Railway Safety Programme is being finalised by the Task Force"): a plan,
as money "being delivered" is. What others do to a plan ("is being criticised", "is being
debated") is not read.

Only grammar is read here, never a particular order, body or sum.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.core.extract.funding import AMOUNT  # a sum: "£21 million", "over $1.5 million"

# "Article 3 brings into force", "It also brings into force", "This Order brings into
# operation": the order, or a part of it, as the subject of the present verb.
_BRINGS_INTO_FORCE = re.compile(
    r"(?:^|[.;:]\s+|\b(?:[Aa]rticle|[Rr]egulation|[Oo]rder|[Ii]nstrument|[Ii]t)\s+(?:\d+\w*\s+)?"
    r"(?:of\s+this\s+(?:Order|Instrument|Regulations?)\s+)?(?:also\s+)?)"
    r"(?P<act>brings)\s+into\s+(?:force|operation)\b"
)
# What holds the money: "This", "The additional funding", "The deal", "The package".
_HOLDER = (
    r"(?:[Tt]his|[Tt]he\s+(?:[\w\-]+\s+){0,3}?(?:funding|deal|package|investment|"
    r"[Ss]ettlement|allocation|programme|program|fund|[Bb]udget))"
)
# Money told as paid or made before, in the line's own clause, which it only counts:
# "includes £40 million announced in 2019", "£5 million for legal costs paid in 2022" (not
# "to be paid in 2026", nor "£21 million for scanners, which comes on top of a package
# announced last month"), and a sum's own past ("funding that was spent", not "for schools
# that were flooded").
_PAID_BEFORE = (
    r"\b(?<!be\s)(?:announced|awarded|spent|paid|allocated|granted|agreed|approved)\b"
    r"[^.;]{0,40}?\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|month|week))\b"
)
_OWN_PAST = r",?\s+(?:that|which)\s+(?:was|were|had)\b"
# What the sum is for: "for", or "to" and a verb ("to be used by councils", "to help").
_PURPOSE = r"\b(?:for|to\s+(?!(?:the|a|an|this|that|its|their|our|his|her)\b)[a-z]+)\b"
# "This includes new and additional funding in the 2020-21 Budget for ...", "The additional
# funding includes £21 million for ...": a sum or new funding, then its purpose. Stop 64
# (kind 4 of stop 63's note, a plan told as a document's content): a budget or settlement
# named with capitals ("The 2025-26 Local Government Settlement includes a £289 million
# increase in funding to be used by councils", "The Budget also includes a one-off payment of
# £40 million to help councils"), the sum after the noun it pays, and a purpose with "to".
_INCLUDES = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=\n)){_HOLDER}\s+(?:also\s+)?(?P<act>includes)\s+"
    rf"(?:(?:an?\s+(?:(?:[\w\-]+\s+){{1,3}}?of\s+)?)?{AMOUNT}|"
    r"(?:new|additional|extra|further)\s+(?:and\s+\w+\s+)?funding)\b"
    rf"(?!{_OWN_PAST})(?=[^.;]{{0,80}}?{_PURPOSE})(?![^.;,]*{_PAID_BEFORE})"
)
# "Funding is being delivered to critical projects", "money is also being provided for".
_BEING_DELIVERED = re.compile(
    r"\b(?:[Ff]unding|[Mm]oney|million|billion)\s+(?:is|are)\s+(?:also\s+|now\s+)?"
    r"(?P<act>being\s+(?:delivered|provided|allocated|invested|made\s+available))\s+(?:to|for)\b"
)
# A plan or a text of the body's in the making (stop 60, blind143): "The third Railway Safety
# Programme is being finalised by the Task Force", "A new strategy is currently being prepared".
_BEING_PREPARED = re.compile(
    r"\b(?:[Pp]rogramme|[Pp]rogram|[Pp]lan|[Ss]trategy|[Ss]cheme|[Rr]eview|[Ff]ramework|"
    r"[Ll]egislation|[Bb]ill|[Rr]egulations|[Gg]uidelines|[Gg]uidance|[Pp]olicy)\s+"
    r"(?:is|are)\s+(?:also\s+|now\s+|currently\s+)?"
    r"(?P<act>being\s+(?:finali[sz]ed|prepared|developed|drafted|drawn\s+up|updated|revised))\b"
)
# The document calling its own event (stop 61, kind 2 of stop 60's note, the document's own
# act in the plain present): "This notice announces a meeting of the Environmental Management
# Advisory Board", "This notice announces an open meeting of the ... Committee (FEMAC)": the
# issuer holds the meeting (a schedule). Only an event is read as the object: what "this rule"
# or "this document" does to rules in the present was tried and left out (stop 61: it
# proposed look-alikes in the keep-rule splits).
_DOCUMENT_CALLS = re.compile(
    r"\b(?<![Oo]f\s)[Tt]his\s+(?:final\s+|interim\s+|direct\s+final\s+|interim\s+final\s+)?"
    r"(?:rule|action|document|notice|regulation)\s+(?:also\s+|further\s+)?"
    r"(?P<act>announces)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:meetings?|hearings?|sessions?|workshops?|webinars?|teleconferences?|conferences?)\b"
)
# A body's plan or measure under way, in the progressive passive (stop 61, kind 3 of stop 60's
# note): "The committee is being convened to update members", "Applications are now being
# accepted until 28 February", "Significant investment is also being provided to ensure ...",
# "actions are being planned". What is done to a thing by whoever runs it, to go on from the
# text's day; not what others make of it ("is being criticised") nor an offer or invitation,
# nor an act of others named in common nouns after "by" ("Protests are being organised by
# residents", "by the banks": theirs, not the body's; review s61). A proper name after "by"
# stays ("is being convened by, of course, Secretary of State Jeremy Hunt").
_BEING_DONE = re.compile(
    r"\b(?:is|are)\s+(?:also\s+|now\s+|currently\s+)?"
    r"(?P<act>being\s+(?:convened|planned|organi[sz]ed|accepted|provided|wound\s+up|rolled\s+out|"
    r"introduced|installed|upgraded))\b(?=\s+(?:to|for|until|in|on|at|from|via|as)\b"
    r"|\s+by\b(?!\s+(?:the\s+)?[a-z])|\s*[,.])"
)
# A body's own work on a text or a process under way, in the active progressive (stop 62, t1):
# "my Department is currently reviewing that Preliminary Business Case", "are currently updating
# and further developing the Galway Metropolitan Area Transport Strategy", "We are reviewing the
# full franchise process": the work goes on from the text's day, as "is being finalised" does.
# Its object is a text, a plan or a process, as in `_BEING_PREPARED` ("We are reviewing the
# claims" is a standing fact), and not an audience ("is updating the House on the talks").
_AT_WORK = re.compile(
    r"\b(?:is|are|am|[’']re|[’']s)\s+(?:currently\s+|now\s+|actively\s+)?"
    # an audience kept out: "is updating the Committee on the consultation" tells the
    # Committee, as "updating the House on the talks" does (stop 62 review)
    r"(?P<act>reviewing|advancing|drafting|finali[sz]ing"
    r"|updating(?!\s+the\s+[\w'’\-]+(?:\s+[\w'’\-]+)?\s+(?:on|about)\b))\s+"
    r"(?!the\s+(?:House|Parliament|Chamber|Assembly|Senate|Dáil|Seanad|Members|public|press)\b)"
    r"(?:and\s+(?:further\s+)?[a-z]+ing\s+)?(?:the|that|this|their|its|our)\s+"
    r"(?:[\w'’\-]+\s+){0,5}?(?i:strateg(?:y|ies)|plans?|legislation|consultation|case|"
    r"framework|process|programme|program|polic(?:y|ies)|report|guidance|regulations|bill|"
    r"scheme)\b"
)
# "Ministers welcomed both sides' agreement to concrete action plans", "welcomed an
# agreement on a work program"; not "the agreement", which may be others' ("Leaders welcomed
# the agreement to end the strike", "the agreement between the US and Turkey").
_WELCOMED_AGREEMENT = re.compile(
    r"\b(?:Ministers|Commissioners|[Ll]eaders|both\s+sides)\b[^.;]{0,40}?\b"
    r"(?P<act>welcomed)\s+(?:both\s+sides[’']|an|their)\s+agreement\s+(?:to|on)\s+"
    r"(?!the\s+(?:end|conclusion)\b)"
)


def plain_present_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of commitments told in the plain present: an order bringing
    provisions into force, a funding line with its purpose, money on its way and a plan in
    the making (plans), the document's own call of a meeting (a schedule), and ministers
    welcoming their own sides' agreement (a plan)."""
    found = [("schedule", *m.span("act")) for m in _BRINGS_INTO_FORCE.finditer(text)]
    found += [("plan", *m.span("act")) for m in _INCLUDES.finditer(text)]
    found += [("plan", *m.span("act")) for m in _BEING_DELIVERED.finditer(text)]
    found += [("plan", *m.span("act")) for m in _BEING_PREPARED.finditer(text)]
    found += [("plan", *m.span("act")) for m in _BEING_DONE.finditer(text)]
    found += [("plan", *m.span("act")) for m in _AT_WORK.finditer(text)]
    found += [("schedule", *m.span("act")) for m in _DOCUMENT_CALLS.finditer(text)]
    return found + [("plan", *m.span("act")) for m in _WELCOMED_AGREEMENT.finditer(text)]


# After "There will be": a sum with its purpose, "an extra £1 million for arts
# organisations", "£5m of new funding for rural surgeries": money promised, not a thing's
# future described ("There will be an extra £2 million in the budget" still is).
_FUNDED_ITEM = re.compile(
    rf"\s+(?:also\s+)?be\s+{AMOUNT}"
    r"(?:\s+(?:extra|more|of\s+(?:[\w\-]+\s+){0,3}?funding))?\s+for\b"
)


def funded_item(after: str) -> bool:
    """Whether what follows "There will" is a sum given for a purpose."""
    return _FUNDED_ITEM.match(after) is not None


# An order's own words about itself: "Article 2 of this Order", "This Order brings ...".
_THIS_ORDER = re.compile(r"\b[Tt]his\s+(?P<order>Order|Instrument)\b")


def most_named(counts: Counter[str], text: str) -> str:
    """The actor named as a subject most often (`counts`), or "" when there is none; but a
    text that names no actor and is an order speaking of itself ("Article 2 of this Order
    brings into force ...") has the order as its actor, which binds its maker."""
    if counts:
        return counts.most_common(1)[0][0]
    found = _THIS_ORDER.search(text)
    return "this " + found.group("order") if found else ""
