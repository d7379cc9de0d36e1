"""A named body's act told in the present progressive, with no "will".

Issue 13, round 29d (recall). Releases of agencies, firms and governments tell what the
body is doing from now on in the progressive: "The Federal Deposit Insurance Corporation
is extending the compliance date for ...", "The Fisheries Service (NMFS) is prohibiting
directed fishing ...", "Acme Toys of Springfield, Ill., is voluntarily recalling about 500
kettles", "The government is scrapping this outdated law". Each is a measure of the body
that names itself (CONVENTIONS 1.5): a plan, checkable later.

The look-alikes of the seen splits set the bounds:

- the subject must end in a capitalised word, an acronym, or a public body's common head
  ("the government", "the Department"); a pronoun ("We are investing in defence") or a
  lower-case thing ("these proceeds are funding organised crime") tells a standing fact,
  and a person named with a title ("Mr Smith is introducing his wife to the Queen") acts
  for himself. The test is the word's case, not its sense: a person named without a
  title or a capitalised thing passes it, and only the verb list below and its figures
  of speech ("Brexit is sending shockwaves", "The Board is lifting weights") keep most
  of them out ("President X is proposing");
- the verb must be one of government acts that run on (extending, prohibiting,
  establishing, recalling, scrapping, providing, sending ...); "is proposing" and "is
  expanding coverage" tell what is done on the day, and are left to other rules; what
  is provided must be aid, not a text ("is providing a summary of the responses");
  a delay is left to `moved`, which asks for its date ("the council is delaying the vote"
  alone says nothing checkable);
- a sentence that opens on "Today," tells what the body does that day ("Today, the
  agency is sending letters to ..."): an act done at once (2.1).

Only grammar is read here, never a particular body.
"""

from __future__ import annotations

import re

from bot.core.extract.cues import ORG_HEADS, TITLES
from bot.core.extract.progressive import THIRD_PERSON, be_adverb

# What a rule-maker does to its rules, and what those are: a rule, a form, a date.
_RULE_MAKING = r"revising|resetting|simplifying|amending|adopting|updating|rescinding"
_RULE_OBJECT = (
    r"\s+(?:[\w\-()]+\s+){0,6}?(?:amendments?|rules?|regulations?|forms?|requirements?|"
    r"standards?|(?:compliance\s+|effective\s+|filing\s+|related\s+)?dates?|deadlines?)\b"
)
# Acts that commit a body to what runs on from the text's day.
_ACTS = (
    r"extending|prohibiting|(?:re-?)?establishing|dedicating|strengthening|recalling|"
    r"scrapping|providing|sending|banning|introducing|allocating|donating|abolishing|"
    r"lifting|working\s+to(?=\s+[a-z])|"
    # A rule-maker's own act on its rules (stop 61, kind 1 of stop 60's note): "EPA is
    # revising the compliance date", "is simplifying the TRI reporting requirements", "is
    # taking final action to extend". Only with a rule's part as the object: "is adopting a
    # cautious approach", "is updating the House" tell no act of rule-making.
    rf"(?:{_RULE_MAKING})(?={_RULE_OBJECT})|taking\s+(?:final\s+)?action\s+to(?=\s+[a-z])"
)
# A public body's common head: "the government", "the Department", "the Service".
_HEADS = ORG_HEADS | {"commission", "service", "corporation"}
# The end of a body's name just before "is"/"are": a capitalised word or an acronym in
# brackets ("Service (NMFS)", "Calif.,"), or a public body's common head.
_BODY_END = re.compile(
    r"(?:\b(?!(?:We|It|They|This|That|These|Those|He|She|I|There|Which|"
    r"What|Who)\b)[A-Z][\w.&’'\-]*,?|\([A-Z][A-Za-z.&]+\)|"
    r"\b(?:[Tt]he|[Oo]ur|[Ii]ts)\s+(?:[\w\-]+\s+)?(?:"
    + "|".join(f"[{head[0].upper()}{head[0]}]{head[1:]}" for head in sorted(_HEADS))
    + r"))\s+$"
)
# A person named with a title ("Mr Smith", "Dr Jones", "The Prime Minister"), unless the
# name ends on a body's head ("The General Services Administration"). Titles that also
# open a place's or a body's name ("King County", "State Department") are not read.
_PERSON_TITLES = TITLES - {"king", "queen", "prince", "princess", "state", "general", "chief"}
_CAPITALISED_RUN = re.compile(r"(?:\b[A-Z][\w.’'\-]*\s+)+$")
# What a body provides that is a text, not aid: "is providing a summary of the responses".
_TEXT_GIVEN = (
    r"(?!\s+(?:an?\s+|the\s+|further\s+|more\s+)?(?:summary|update|overview|information|"
    r"details|briefing|report|list|copy|account|analysis|comments?)\b)"
)
# A figure of speech, not an act of office: "Brexit is sending shockwaves through the
# markets", "is sending a message", "The Board is lifting weights".
_FIGURATIVE = (
    r"(?!\s+(?:a\s+(?:clear\s+|strong\s+)?(?:message|signal)|(?:mixed\s+)?signals|"
    r"shock\s*waves|ripples|shivers|weights|spirits)\b)"
)
_PROGRESSIVE = re.compile(
    be_adverb(be=THIRD_PERSON)
    + r"(?P<act>"
    + _ACTS
    + r")\b(?=\s+[\w$£€])"
    + _TEXT_GIVEN
    + _FIGURATIVE
)
# A rule-writer's "we" acting on its rules (stop 61, kind 1): "We are adopting amendments to
# our rules and forms", "We also are amending the regulations to require ...": the issuer's
# act, as a named body's is above (a "we" elsewhere tells a stance or a standing fact).
_WE_RULE = re.compile(
    r"\b[Ww]e\s+(?:also\s+)?(?:are|[’']re)\s+(?:also\s+|now\s+)?"
    rf"(?P<act>{_RULE_MAKING})(?={_RULE_OBJECT})"
)
# A sentence that opens on "Today," (within six words of the verb): done that day.
_TODAY_OPENING = re.compile(r"^\W*Today,?\s+(?:\S+\s+){0,6}$")


def body_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of a named body's acts in the present progressive:
    plans of the body ("The Agency is extending the deadline")."""
    found: list[tuple[str, int, int]] = []
    for match in _PROGRESSIVE.finditer(text):
        tail = text[max(0, match.start() - 80) : match.start()]
        if _TODAY_OPENING.match(text, 0, match.start()) or not _BODY_END.search(tail):
            continue
        if _titled_person(tail):
            continue  # "Mr Smith is introducing his wife": a person, not a body
        found.append(("plan", *match.span("act")))
    return found + [("plan", *m.span("act")) for m in _WE_RULE.finditer(text)]


def _titled_person(tail: str) -> bool:
    """Whether the subject at the end of `tail` is a person named with a title."""
    run = _CAPITALISED_RUN.search(tail)
    words = run.group().split() if run else []
    if not words or words[-1].strip(".,").lower() in _HEADS:
        return False
    return any(word.strip(",").lower() in _PERSON_TITLES for word in words[:-1])


# A firm's or a body's seat between its name and its verb: "Acme Toys of Springfield,
# Ill., is recalling", "The Mayor of Dayton, Ohio, will": the name, not the state, acts.
_SEAT = re.compile(
    r"\s+of\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2},\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s*"
    r"(?:(?:is|are|has|have)\s+(?:\w+ly\s+|now\s+|also\s+)?)?$"
)


# The same seat set off by commas alone, as US releases write a firm's town and its state
# in the Associated Press's abbreviations: "Plantation Pipe Line Company, Alpharetta, Ga.,
# has agreed", "Acme Corp., Covina, Calif., will". Only a state's abbreviation (or a
# state's name written out) closes it, so "The Minister, Jane Roe, will" is no seat.
_STATES = (
    r"(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|"
    r"Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|"
    r"Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C)\.|"
    r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    r"Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|"
    r"Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|"
    r"Wyoming|New\s+(?:Hampshire|Jersey|Mexico|York)|(?:North|South)\s+(?:Carolina|Dakota)|"
    r"Rhode\s+Island|West\s+Virginia))"
)
# The seat is a town (up to three capitalised words) or a participle's phrase that ends
# with the place: "Biofriendly Corp., incorporated in Nevada with principal offices in
# Covina, Calif., has agreed", "The mission, launched from Cape Canaveral, Fla., will".
_COMMA_SEAT = re.compile(
    r",\s+(?:[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2}|[a-z]+(?:ed|en)\s[^,;()]{1,120}),\s+"
    + _STATES
    + r",\s*"
    r"(?:(?:is|are|has|have)\s+(?:\w+ly\s+|now\s+|also\s+)?)?$"
)


def seat_between(text: str, position: int) -> re.Match[str] | None:
    """The seat ("of Walnut Creek, Calif.,", ", Alpharetta, Ga.,") that stands between a
    name and the verb at `position`, if any: the subject is read before it."""
    return _SEAT.search(text, 0, position) or _COMMA_SEAT.search(text, 0, position)
