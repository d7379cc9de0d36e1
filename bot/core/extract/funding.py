"""Money and aid given in the present, and rules put off or revised in the present.

Issue 13, round 23 (recall). Releases that announce funding rarely say "will": "Today the
United States announced more than $329 million in additional humanitarian assistance",
"the Embassy is also donating $52,359 to eight other NGOs", "With this new assistance,
the United States is providing additional emergency food and nutrition assistance", "the
Government invests more than £1 billion to equip ...". The money is still to be paid, so
CONVENTIONS 1.5 counts each, in every split that has them; the rules knew only the
announced sum followed by its purpose ("announced £2.35 billion to create ...") and the
progressive after a pronoun ("announced they are investing £25 million").

Regulators tell a rule's change the same way: "AMS is delaying the effective date of the
rule ... to November 14, 2017", "The effective date ... is further delayed until November
14, 2017", "The Agricultural Marketing Service is revising the United States Standards
for Grades of Carcass Beef to allow ...". A delay counts when it names its date ahead (a
present plan, `cues.NEED_DEADLINE`); a revision of a named rule or standard is a plan
of its own ("is delaying elections", with no date, stays a description).

Only grammar is read here, never a particular body or sum.
"""

from __future__ import annotations

import re

from bot.core.extract.calendar_names import CAPITALISED_MONTHS, WEEKDAY

# A sum: "more than $329 million", "$52,359", "an additional £2.35bn".
AMOUNT = (
    r"(?:(?:up\s+to|more\s+than|over|nearly|almost|about|around|some|another|"
    r"an?\s+(?:additional|extra|further|new))\s+)?[£$€]\s?\d[\d,.]*"
    r"(?:\s*(?:bn|m|billion|million|thousand)\b)?"
)
# What the money is, named: "in additional humanitarian assistance", "in military financing".
AID = r"(?:assistance|aid|funding|financing|grants?|investments?|relief|loans?)"
# The aid a sum is, after it: "in additional humanitarian assistance", "of new funding".
IN_AID = rf"(?:in|of)\s+(?:[\w\-]+\s+){{0,3}}?{AID}"
# "announced more than $575 million in additional humanitarian assistance".
_ANNOUNCED_AID = re.compile(
    r"\b(?:announced|announces|announcing|unveiled|unveils|confirmed|confirms|allocated|"
    rf"allocates)\s+{AMOUNT}\s+{IN_AID}\b"
)
# The day of an announcing, before its past verb: "At the donors' conference in London on
# February 4, the U.S. announced over $133 million" reports a pledge of then, which the
# text goes on to tell was kept; "Today the United States announced" is the news. The
# dating may open the sentence: "In August, USDA announced ...".
DATED_ANNOUNCING = re.compile(
    rf"\b(?:(?:[Oo]n|[Ii]n)\s+(?:{CAPITALISED_MONTHS})\b|(?:[Oo]n|[Ll]ast)\s+{WEEKDAY}\b|"
    r"\d{4}\b|[Ll]ast\s+(?:week|month|year))"
)

# Money given in the present: "is also donating $52,359", "are investing £25 million",
# "the Government invests more than £1 billion"; not "includes" (a total told).
_GIVES = re.compile(
    r"\b(?P<act>(?:is|are)\s+(?:also\s+|now\s+|additionally\s+)*(?:providing|donating|"
    r"contributing|giving|granting|allocating|investing|committing|pledging|awarding)|"
    rf"(?:invests|allocates|commits|dedicates))\s+{AMOUNT}"
)
# Aid given in the present, named by its kind: "is providing additional emergency food and
# nutrition assistance", "is also supporting health, sanitation, and hygiene services".
_AIDS = re.compile(
    r"\b(?P<act>(?:is|are)\s+(?:also\s+|now\s+|additionally\s+)*(?:providing|supporting|"
    r"funding|delivering|donating))\s+(?:[\w,\-]+\s+){0,8}?"
    r"(?:assistance|aid|relief|services|programs|programmes)\b"
)
# A rule's date put off, to a date the sentence names: "is delaying the effective date of
# the rule ... to November 14", "is further delayed until November 14, 2017".
_PUT_OFF = re.compile(
    r"\b(?:is|are)\s+(?:also\s+|further\s+|now\s+)*(?P<act>(?:delay|postpon|defer)(?:ing|ed)|"
    r"extending|extended)\b(?=[^.;]{0,200}?\b(?:to|until|through)\s+(?:[A-Z][a-z]+\s+\d|\d))"
)
# A named rule or standard revised: "is revising the United States Standards for Grades
# of Carcass Beef", "are amending the Medical Devices Regulations"; or (round 26b) the
# agency's own, unnamed: "is revising its regulations to modernize ...".
_REVISES = re.compile(
    r"\b(?:is|are)\s+(?:also\s+|now\s+)?(?P<act>revising|amending|updating)\s+(?:the\s+|its\s+)?"
    r"(?:(?:[A-Z][\w.’'\-]*\s+){0,8}?(?:Standards?|Rules?|Regulations?|Requirements|Code|"
    r"Guidelines)|(?<=its\s)(?:[a-z\-]+\s+){0,2}?(?:regulations|rules|standards))\b"
)
# A final rule issued with what it does (round 26b): "today announced a final rule
# codifying a series of reforms to ...": the rule binds its issuer from now on (1.4).
_FINAL_RULE = re.compile(
    r"\b(?:announced|announces|issued|issues|published|publishes)\s+(?:a|an|its)\s+(?:new\s+)?"
    r"(?P<act>(?:interim\s+)?final\s+rule)\s+(?=codifying|requiring|establishing|setting|that\s+"
    r"(?:will|requires|codifies|establishes|sets)\b)"
)


# A document as the subject: "The discretionary request invests $1.9 billion" tells what a
# proposal holds, which others may still change (CONVENTIONS 2.1 or 1.5: doubtful).
_DOCUMENT = re.compile(
    r"\b(?:request|budget|bill|proposal|package|estimates|submission)\s+$", re.IGNORECASE
)


def funded_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of money and aid given in the present and of rules put off
    or revised: a commitment for an announced sum named as aid, a plan for the rest, and
    a present plan (which needs its date ahead) for a delay and for a document's sum."""
    found = [
        ("commit", *m.span())
        for m in _ANNOUNCED_AID.finditer(text)
        if not DATED_ANNOUNCING.search(text, 0, m.start())
    ]
    for match in _GIVES.finditer(text):
        document = _DOCUMENT.search(text, max(0, match.start() - 40), match.start())
        found.append(("present" if document else "plan", *match.span("act")))
    found += [("plan", *m.span("act")) for m in _AIDS.finditer(text)]
    found += [("plan", *m.span("act")) for m in _REVISES.finditer(text)]
    found += [("plan", *m.span("act")) for m in _FINAL_RULE.finditer(text)]
    return found + [("present", *m.span("act")) for m in _PUT_OFF.finditer(text)]
