"""Sums announced for a purpose, and a budget's lines told in the present.

Issue 13, round 29f (recall). Releases make money available in forms the funding rules
(`funding`) did not read, each a commitment to pay that CONVENTIONS 1.5 counts:

- the availability of a sum, or an opportunity to apply for one, announced today: "today
  announced the availability of $12 million in grants to fund ...", "announced a $3.5
  million grant competition to train ...", "announced a competitive funding opportunity to
  invest up to $25 million for ...", "held a news conference to announce $1.2 billion in
  awards ... for 96 projects", "announced $150 million in Federal Transit Administration
  discretionary funds for 210 projects". The sum must be named as aid (grants, awards,
  funds) or made available, and have its purpose ("to <verb>", "for"); an announcing dated
  in the past ("In August, the agency announced ...") is history, as in `funding`;
- a budget's line in the first person plural or with the budget as its subject: "We're
  investing $120 million to finish ...", "This Budget delivers $8.4 million for ...",
  and a present act that goes on to name its money: "We're also continuing our work to
  repair bridges, with $95 million for bridge upgrades", "This Government is backing
  fishers, with over £120 million going into harbour support this year". The budget's
  lines are proposals that a vote may still change, so they are plans (weaker than
  commitments); a total to date ("has invested", "have invested $2 billion since 2020")
  is history and is not read.

Only grammar is read here, never a particular body or sum.
"""

from __future__ import annotations

import re

from bot.core.extract.funding import AID, AMOUNT, DATED_ANNOUNCING

# The sum named as money given (`funding`'s aid, and awards and funds): "in grants", "in
# awards", "in ... discretionary funds", "grant competition", "in funding".
_AID_NOUN = rf"(?:awards?|funds|{AID})"
# A purpose: "to fund", "to expand", "for 96 projects", not "to the charity" (a gift made,
# read by other rules) nor a date ("for 2025").
_PURPOSE = (
    r"(?=[^.;]{0,160}?\b(?:to\s+(?!(?:the|a|an|its|their|his|her|our|this|these|those|each|"
    r"every|all|some|local|date|be\b)\b)[a-z]{3,}|for\s+(?!\d{4}\b)[\w$£€]))"
)
_ANNOUNCE = r"\b(?:announced|announces|announcing|to\s+announce)\s+"
# "the availability of (approximately) $12 million", "a competitive funding opportunity to
# invest up to $25 million": a sum made available, whatever it is called.
_AVAILABLE = re.compile(
    _ANNOUNCE + r"(?P<act>the\s+availability\s+of|(?:a|an)\s+(?:new\s+)?(?:competitive\s+)?"
    r"(?:funding|grant)\s+opportunity\s+to\s+(?:invest|award|provide|fund))\s+"
    rf"(?:approximately\s+)?{AMOUNT}" + _PURPOSE
)
# "announced a $3.5 million grant competition", "announce $1.2 billion in awards",
# "announced $150 million in Federal Transit Administration discretionary funds".
_ANNOUNCED_SUM = re.compile(
    _ANNOUNCE + rf"(?P<act>(?:a\s+)?{AMOUNT})\s+(?:(?:in|of)\s+)?"
    rf"(?:[\w\-]+\s+){{0,5}}?{_AID_NOUN}\b" + _PURPOSE
)
# "We're investing $120 million to", "We are also delivering $5 million for"; "This
# Budget delivers $8.4 million for", "The budget provides $2 million to".
_OUR_LINE = re.compile(
    r"(?:\b[Ww]e(?:[’']re|\s+are)\s+(?:also\s+|now\s+)*(?P<we>investing|delivering|providing|"
    r"committing|spending)|\b[Tt]his\s+(?:year[’']s\s+)?[Bb]udget\s+(?:also\s+)?"
    r"(?P<budget>delivers|provides|invests|includes|commits))\s+" + AMOUNT + _PURPOSE
)
# A present act followed by its money: "We're also continuing our work ..., with $95
# million for bridge upgrades", "This Government is backing fishers, with over £120
# million going into harbour support".
# acts a sum can be put into; "we're wasting time, with $2 billion going to consultants" and
# "is sending a message, with $10 million ..." are no plan
_MONEY_ACTS = (
    r"(?:continuing|backing|building|supporting|investing|delivering|providing|funding"
    r"|upgrading|expanding|boosting|helping|improving|extending|growing|rolling\s+out)"
)
_WITH_MONEY = re.compile(
    r"(?:\b[Ww]e(?:[’']re|\s+are)|\b(?:Government|Council|Ministry|Department)\s+(?:is|are))\s+"
    r"(?:also\s+|now\s+)*(?P<act>"
    + _MONEY_ACTS
    + r")\b[^.;]{0,120}?,\s+with\s+"
    + AMOUNT
    + r"\s+(?:for|going\s+(?:in)?to(?:wards)?|committed\s+to(?:wards)?)\s"
)


def announced_sums(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of a sum announced for a purpose (a commitment, unless the
    announcing is dated in the past) and of a budget's lines in the present (plans)."""
    found: list[tuple[str, int, int]] = []
    for pattern in (_AVAILABLE, _ANNOUNCED_SUM):
        for match in pattern.finditer(text):
            if not DATED_ANNOUNCING.search(text, 0, match.start()):
                found.append(("commit", *match.span("act")))
    for match in _OUR_LINE.finditer(text):
        found.append(("plan", *match.span("we" if match.group("we") else "budget")))
    return found + [("plan", *m.span("act")) for m in _WITH_MONEY.finditer(text)]
