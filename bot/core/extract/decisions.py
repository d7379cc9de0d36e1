"""Decisions taken that commit to a future act, told in the past tense.

News reports a body's commitment as the decision that made it: "parliament approved a
plan to hold elections", "the cabinet adopted a programme to set up agencies", "we have
taken a decision to ban the sale", "there was collective agreement to hold a conference".
No "will" marks the future: the act lies ahead because a decision, a plan or an
agreement names it as something to do (an infinitive after the noun). The verb before
the noun is one of deciding or making public, so that a plan merely mentioned ("part of
our plan to", "the decision to leave") or judged ("regrets the decision to") does not
count; a history ("In 2015 the council adopted a strategy to") is still dropped by the
past frames every cue goes through.
"""

from __future__ import annotations

import re

# The nouns that name a decided course of action.
_DECISION_NOUN = (
    r"(?:plans?|proposals?|decisions?|programmes?|programs?|schemes?|strategy|strategies|"
    r"bills?|resolutions?|roadmaps?|motions?|packages?|deals?|agreements?)"
)
# Verbs of deciding on a course or making it public, in the past.
_DECIDING_VERB = (
    r"(?:approved|adopted|endorsed|backed|passed|announced|unveiled|launched|reached|"
    r"finali[sz]ed|took|taken|made)"
)

DECIDED = re.compile(
    # "approved a plan to hold", "have taken a decision to ban", "adopted the Commission's
    # new strategy to", "approved a World Bank plan aimed at educating".
    rf"\b{_DECIDING_VERB}\s+(?:\w+ly\s+)?(?:a|an|the|its|their|his|her|our)\s+"
    rf"(?:[\w’'\-]+\s+){{0,3}}?{_DECISION_NOUN}\s+"
    r"(?:to\s+(?!(?:the|a|an|its|their|his|her|our|this|these|those|be)\b)(?=[a-z])|"
    r"aimed\s+at\s+(?=[a-z]+ing\b))|"
    # "there was collective agreement to hold a conference", "there is consensus to".
    r"\bthere\s+(?:was|is|has\s+been)\s+(?:(?:general|broad|collective|unanimous|full)\s+)?"
    r"(?:agreement|consensus)\s+to\s+(?!(?:the|a|an|be)\b)(?=[a-z])"
)
