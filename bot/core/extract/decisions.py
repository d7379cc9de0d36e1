"""Decisions taken that commit to a future act, told in the past tense.

News reports a body's commitment as the decision that made it: "parliament approved a
plan to hold elections", "the cabinet adopted a programme to set up agencies", "we have
taken a decision to ban the sale", "there was collective agreement to hold a conference".
No "will" marks the future: the act lies ahead because a decision, a plan or an
agreement names it as something to do (an infinitive after the noun). Each verb of
deciding goes only with the nouns it decides: one takes or makes a decision ("made a
deal to sell his house", "took a plan to the committee" decide nothing), reaches an
agreement, passes a bill, approves or adopts a plan. A plan merely mentioned ("part of
our plan to"), judged ("regrets the decision to"), supported by others ("the opposition
backed a bill to") or made public (announcing.py reads "announced a plan" only when
dated ahead) does not count; a history ("In 2015 the council adopted a strategy to") is
still dropped by the past frames every cue goes through.
"""

from __future__ import annotations

import re

# What may follow the noun: an infinitive of an act ("to hold", not "to the committee"),
# or "aimed at" + a gerund.
_ACT_AFTER = (
    r"\s+(?:to\s+(?!(?:the|a|an|its|their|his|her|our|this|these|those|be)\b)(?=[a-z])|"
    r"aimed\s+at\s+(?=[a-z]+ing\b))"
)
# A resolution passed to condemn, welcome or mark something is the declaration itself.
_DECLARING = r"(?!\s+to\s+(?:condemn|welcome|mark|commend|deplore|express|honou?r|note|urge)\b)"
# Each deciding verb with the nouns it decides.
_PAIRS = (
    (r"took|taken|made", r"decisions?"),
    (r"reached|finali[sz]ed", r"agreements?|deals?|consensus"),
    (r"passed", r"bills?|resolutions?" + _DECLARING),
    (
        r"approved|adopted",
        r"plans?|proposals?|programmes?|programs?|strateg(?:y|ies)|packages?|roadmaps?|bills?",
    ),
)
_DETERMINER = r"(?:a|an|the|its|their|his|her|our)"

DECIDED = re.compile(
    # "approved a plan to hold", "have taken a decision to ban", "adopted the Commission's
    # new strategy to", "approved a World Bank plan aimed at educating".
    "|".join(
        rf"\b(?:{verbs})\s+(?:\w+ly\s+)?{_DETERMINER}\s+(?:[\w’'\-]+\s+){{0,3}}?"
        rf"(?:{nouns}){_ACT_AFTER}"
        for verbs, nouns in _PAIRS
    )
    # "there was collective agreement to hold a conference", "There is consensus to".
    + r"|\b[Tt]here\s+(?:was|is|has\s+been)\s+(?:(?:general|broad|collective|unanimous|full)\s+)?"
    r"(?:agreement|consensus)\s+to\s+(?!(?:the|a|an|be)\b)(?=[a-z])"
)


def agreement_without_subject(cue_text: str) -> bool:
    """ "there was agreement to": nobody is the subject, so the words before it name no
    actor ("In response to a UK initiative there was agreement to" is not the initiative's)."""
    return re.match(r"(?i)there\b", cue_text) is not None


# A decision told as the occasion or the memory of something else: "Shares fell after the
# board approved a plan to", "Critics recalled that the cabinet adopted a strategy to".
_BACKGROUND_BEFORE = re.compile(
    r"(?i)\b(?:after|since|following|recalled\s+that)\s+(?:[\w’'\-]+\s+){0,6}$"
)


def decided_as_background(text: str, start: int) -> bool:
    """Whether the decision starting at `start` is the background of another clause."""
    return _BACKGROUND_BEFORE.search(text, 0, start) is not None
