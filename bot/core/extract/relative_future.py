"""A future told inside a relative clause about a thing: a description, not a pledge.

Issue 13, round 31a (precision). "a directive which will liberalise road freight",
"a multi-year initiative that will more than triple the exhibition space", "the
decisions that will have to be made on our return", "developments that will shape them
in the decade ahead": the "will" belongs to a clause that tells what some noun will do or
undergo, and the clause's subject is that noun, not anyone who could be held to it. Of
the 101 false candidates of the development splits whose "will" has a thing as its
subject, 16 have this form (stop 36).

The form is read from grammar alone: "that" or "which" right before the "will" (a "that"
opening a reported clause always has its own subject in between: "said that it will"),
after a noun rather than a person ("who will" is never read here) or a body set up to
act ("a taskforce that will review the fees"). Four forms keep their reading:

- a time frame ahead in the clause ("a fund which will open in April", "a review that
  will report by June"): a dated act is a plan, whoever it is told of;
- a speaker's own act named before the noun ("we will introduce a Bill that will ban
  ..."): the sentence's other cue carries it, and this one is only doubted;
- someone's act told of the noun: a passive ("criteria which will be used by the
  Government", "copies of which will be deposited") or an occasion's start ("the summit
  which will take place in Singapore");
- a law's order ("an Act which will require landlords to ...", "a Bill that will ban
  the sale"), which obliges rather than describes.

Such a cue is doubted ("describes": set aside under "Maybe"), never refuted.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue
from bot.core.extract.cues import ANY_PRONOUN

# The relative pronoun right before the cue, and the word before it: "initiative that",
# "directive which", "the deals, which". An adverb may sit between ("which also will").
_RELATIVE = re.compile(
    r"(?P<noun>[\w’'\-]+)\s*,?\s+(?:that|which)\s+(?:\w+ly\s+|also\s+)?$",
    re.IGNORECASE,
)
# Words before "that" that open a reported clause or a comparison, not a relative one:
# "so that", "now that", "such that", "said that" (whose clause has its own subject, but
# "said that will be" in broken prose is still not a relative clause).
_NOT_ANTECEDENT = frozenset(
    "so now such given provided except than and but or said says say saying noted "
    "added stated believe believes hope hopes know knows clear sure confident fact "
    "is was are were be been".split()
)
# Persons as antecedents: "those that will", "the people that will": their act is theirs.
_PERSONS = (ANY_PRONOUN - {"it"}) | frozenset(
    "you us them those people anyone everyone someone who ministers minister government "
    "officials members".split()
)
# Bodies set up to act, named by their noun: "a taskforce that will review the fees",
# "the board which will decide". (An actor test at large is too broad here: it also
# takes "a digital service which will streamline", "working groups that will drive".)
_BODIES = frozenset(
    "committee committees taskforce taskforces board boards panel panels commission "
    "commissions".split()
)
# A law's order, told in a relative clause, still obliges: "which will require", "that
# will ban", "which will make it an offence".
_ORDERS = re.compile(
    r"^\s+(?:\w+ly\s+|also\s+)?(?:require|oblige|ban|prohibit|outlaw|criminali[sz]e|"
    r"make\s+it\s+(?:an?\s+)?(?:offence|illegal|unlawful|mandatory|compulsory))\b",
    re.IGNORECASE,
)
# Someone's act told of the noun: a passive ("criteria which will be used by the
# Government", "copies of which will be deposited") or an occasion's start ("the summit
# which will take place in Singapore"). A need told in the passive ("the funding that will
# be required") is no one's act.
_ACTED_ON = re.compile(
    r"^\s+(?:\w+ly\s+|also\s+|then\s+|now\s+)?(?:"
    r"be\s+(?:\w+ly\s+)?(?!(?:required|needed|affected|welcomed|felt|seen)\b)"
    r"[a-z]+(?:ed|en|wn|un|ld|lt|nt|pt|ht|id|ne)\b"
    r"|take\s+place|begin|start|open|resume|run|report|meet|convene|sit)\b",
    re.IGNORECASE,
)


def relative_doubt(text: str, cue: Cue, after: str, dated: bool) -> str | None:
    """ "describes" for an undated "will" whose clause opens with "that" or "which" after
    a noun ("an initiative that will triple the space"), else None."""
    if dated or text[cue.start : cue.end].lower() != "will":
        return None
    before = text[: cue.start].lower()
    if "that" not in before and "which" not in before:
        return None  # a word test first: the search below runs over the whole sentence
    # Anchored at the cue by the pattern's "$" (the search ends there).
    found = _RELATIVE.search(text, 0, cue.start)
    if found is None:
        return None
    noun = found.group("noun").lower()
    if noun in _NOT_ANTECEDENT or noun in _PERSONS or noun in _BODIES:
        return None
    if _ORDERS.match(after) or _ACTED_ON.match(after):
        return None
    return "describes"
