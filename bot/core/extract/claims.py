"""What a measure is said to do, a visit's focus, a feeling foreseen: told, not pledged.

Issue 13, round 26a (precision). blind36's and blind37's false candidates hold a future
or a modal that no actor commits by:

- the claimed effect of a bill, a rule or a programme, told of the thing ("It will make
  an important change to the law by enabling ...", "The scheme will continue to help
  families"): what a measure brings about (CONVENTIONS 2.2), whose own act (what the
  government will introduce) is labelled on its own; a dated effect stays, and so does
  what a person or a body will do ("We will make a change to the rules");
- the contents of regulations told in the present ("The new rules include measures to
  inform ..."): what a measure holds (2.5); "shall include", an order's duty, stays;
- a visit's or a person's focus ("Trade will be a focus", "My focus in Paris will be to
  advance ties", "Her focus is to drive growth"): the framing of a trip or a stance (2.3,
  2.5), the trip itself being labelled where it is announced; so is an aim with no
  time, a thing's ("the target is to increase to 40% ...") or someone's own that aims at a
  state of the world ("Our goal is to ensure a more prosperous future"), where an act ("Our
  aim is to warn every household") or a date ("Its goal is to provide a school place for
  every child by 2030") makes it a target that stays;
- who will go along ("The Minister will be accompanied by officials"): the composition of
  a party (2.4); "The Minister, accompanied by officials, will attend" is still her act;
- a feeling foreseen ("She will be disappointed by my answer"), a rank a country is said
  to reach ("will overtake the United States as"), the reason a thing is done ("this is
  to allow access"), what befalls a person ("will face murder charges") and a practice
  expressly not binding ("Ministers aim to answer within a week but are not bound to do
  so") and what a thing rests on ("The talks will be based on three themes", with no
  date): forecasts, purposes and descriptions, not undertakings;
- a hypothetical duty ("a situation where a Minister would have to resign") and "due to"
  read as "because of" ("resigns due to allegations", "postponed due to your health
  problems"): no duty and no schedule at all;
- progress reported toward a goal ("recognized the partners for their progress toward the
  goal of ...") and what a way of doing things is ("one way in which officials are
  preparing"): a report and a description.

None of these is refuted: each is doubted (listed under "Maybe"). Only grammar is read
here, never a particular bill, visit or person.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

# A measure or "it"/"this" as the subject of a claimed effect (the cue's subject, lower case).
_MEASURE = re.compile(
    r"(?:^|\s)(?:it|this|that|bill|act|law|rule|rules|regulation|regulations|measure|measures|"
    r"order|legislation|reform|reforms|change|changes|scheme|programme|program|strategy|"
    r"policy|fund|funding|investment|initiative|framework|code)$"
)
# A claimed effect: "will make an important and long overdue change", "will bring a real
# difference", "will continue to aid the Department".
_EFFECT = re.compile(
    r"\s+(?:also\s+)?(?:(?:make|bring)\s+(?:an?\s+|the\s+|real\s+|major\s+)?(?:[\w\-]+\s+){0,5}?"
    r"(?:change|changes|difference|contribution|improvement|improvements)\b|"
    r"continue\s+to\s+(?:aid|help|assist|benefit|serve)\b)",
    re.IGNORECASE,
)
# The contents of a measure, in the present: "regulations include".
_CONTENTS = re.compile(r"\b(?:rules|regulations|law|bill|act)\s+includes?\s*$", re.IGNORECASE)
# What the contents are: measures, provisions or steps, not commitments or duties ("The
# plan includes commitments to:", "The instructions include the need to").
_CONTENT_NOUN = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:measures|provisions|steps)\b", re.I)
# A focus, of a visit or a person: "will be a focus", "My focus in X will be to".
_A_FOCUS = re.compile(
    r"\s+be\s+(?:a|the|one|our|my|his|her|their|its)\s+(?:\w+\s+){0,2}?focus\b", re.IGNORECASE
)
_FOCUS_SUBJECT = re.compile(
    r"\bfocus(?:\s+(?:in|on|for|at|during|while|when)\s+[\w’'\- ]{1,40}?)?\s*$", re.IGNORECASE
)
_TO_BE_TO = re.compile(r"\s+be\s+to\s+\w", re.IGNORECASE)
# Who goes along: "will be accompanied by", "is to be accompanied by" (a cue that holds
# its "be"); "They will be joined by 900 personnel" is a deployment, labelled.
_ACCOMPANIED = re.compile(r"\s+(?:also\s+)?be\s+accompanied\s+by\b", re.IGNORECASE)
_ACCOMPANIED_AFTER_BE = re.compile(r"\s+(?:also\s+)?accompanied\s+by\b", re.IGNORECASE)
# A feeling foreseen: "will be disappointed by", "will be pleased to hear".
_FEELING = re.compile(
    r"\s+(?:\w+ly\s+)?be\s+(?:(?:very|most|deeply|rather|a\s+little|somewhat)\s+)?"
    r"(?:disappointed|pleased|delighted|surprised|interested|relieved|saddened|heartened|"
    r"encouraged|reassured|glad|happy|upset|dismayed|amazed)\s+"
    r"(?:by|with|at|that|about|to\s+(?:hear|learn|know|see|note|read))\b",
    re.IGNORECASE,
)
# A rank foreseen: "will overtake the United States as".
_RANK = re.compile(
    r"\s+(?:soon\s+)?(?:overtake|surpass|outstrip|outpace|overhaul)\b", re.IGNORECASE
)
# What befalls a person: "will face murder charges", "will face trial".
_BEFALLS = re.compile(
    r"\s+face\s+(?:[\w\-]+\s+){0,2}?(?:charges?|trial|prosecution|extradition|an?\s+inquest)\b",
    re.IGNORECASE,
)
# A reason given: "this is to allow".
_REASON = re.compile(r"(?:^|[,;:(]\s*|\bthat\s+|\bsay\s+)this\s+$", re.IGNORECASE)
# An aim with no time: a thing's ("the target is to increase to 40%"), as `outcomes` reads
# "The goal of the talks is to"; or someone's own when it aims at a state of the world
# ("Our goal is to ensure a more prosperous, healthy and secure future"), where "Our aim is
# to warn every household" names an act and stays, and a dated aim ("Its goal is to provide
# a school place for every child by 2030") is a target and stays.
_AIM = r"(?:\w+\s+)?(?:aim|goal|objective|ambition|target)s?\s+$"
_THINGS_AIM = re.compile(rf"\b(?:an?|the)\s+{_AIM}", re.IGNORECASE)
_OWN_AIM = re.compile(rf"\b(?:our|my|his|her|their|its)\s+{_AIM}", re.IGNORECASE)
# What a priority, an option, a way or an effect "is to" be, with no time ahead ("The
# Government's top priority is to grow the economy", "The best option for taxpayers is to
# file electronically", "The intended effect of this rule is to warn mariners", "What we
# need to do in these matters is to go on the evidence"): a stance or a description, as
# an aim with no time is (stop 49, tuner x; a key, a job, a role, a message or an idea
# added second). The head noun and at most 60 characters of its own words stand before
# "is to", no comma between. Not a plan: "Our plan is to cut income tax" is an announced
# plan, in scope by the definition of a pledge (stop 49 review).
_STANCE_HEAD = re.compile(
    r"\b(?:priorit(?:y|ies)|options?|way|thing|effect|purpose|answer|solution|task|"
    r"challenge|preparation|job|role|mission|message|point|idea|hope|key|lesson|"
    r"question|problem|issue|(?:need|have)\s+to\s+do)\b[^,;:.!?]{0,60}$",
    re.IGNORECASE,
)
_A_STATE = re.compile(
    r"(?:ensure|secure|promote|foster|build|create|achieve|bring\s+about)\s+(?:a|an|the)\s+"
    r"(?:[\w\-]+,?\s+(?:and\s+)?){0,5}?(?:future|world|society|region|economy|peace|prosperity|"
    r"stability|life|lives)\b",
    re.IGNORECASE,
)
# What a thing rests on: "will be based on three themes", "will be based around elections".
_BASED = re.compile(r"\s+be\s+(?:largely\s+|mainly\s+)?based\s+(?:a?round|on|upon)\b", re.I)
# Progress reported toward a goal: "recognized the partners for their progress toward the
# goal of"; and what a way of doing things is: "one way in which officials are preparing".
_PROGRESS = re.compile(
    r"\bprogress\s+(?:toward|towards|on|in\s+meeting)\s+(?:the|their|its|our|his|her)\s+"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)
_WAY_IN_WHICH = re.compile(r"\bways?\s+in\s+which\s+(?:[\w’'\-]+\s+){0,4}$", re.IGNORECASE)
# A practice expressly not binding: "but are not bound to do so".
_NOT_BOUND = re.compile(
    r"\bbut\s+(?:is|are|was|were)\s+not\s+(?:bound|obliged|required|committed)\s+to\s+"
    r"(?:do\s+so|it|that)\b",
    re.IGNORECASE,
)
# A modal before "have to": "would have to resign", a hypothetical duty.
_MODAL_BEFORE = re.compile(r"\b(?:would|could|might)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "due to" read as "because of": a noun of cause after it ("due to allegations", "due to
# ill health"). A determiner is left alone: "due to the spread of" has held a labelled
# order's sentence only by this misreading, and no rule here should cost a label.
# Verbs a timetable's "due to" takes that end as the nouns of cause do ("due to implement",
# "due to bring forward", "due to proceed", "due to commission a review").
_VERB_LOOKALIKES = (
    r"(?:implement|supplement|complement|comment|document|experiment|augment"
    r"|commission|question|mention|position|sanction|petition|auction|function|condition"
    r"|proceed|succeed|exceed|need|feed|heed|embed"
    r"|bring|sing|ring|spring|string|swing|sting)"
)
_BECAUSE = re.compile(
    r"due\s+to\s+(?:(?:his|her|your|their|its|my|our)\s+)?(?:allegations?|reports?|concerns?|fears?|claims?|lack\s+of|illness|"
    r"ill\s+health|health\s+(?:reasons|problems|issues)|bad\s+weather|poor\s+weather|personal\s+reasons|"
    r"technical\s+(?:problems|issues|reasons)|security\s+(?:concerns|reasons))\b"
    # Stop 48, tuner w: a possessive or a word no verb can be after it ("due to its
    # special construction", "due to dehydration", "due to depressed market conditions"),
    # where "due to" of a timetable takes a verb ("due to be introduced", "due to
    # conclude"). "due to the" is left alone, as above.
    r"|due\s+to\s+(?:its|their|his|her|our|your|my"
    r"|(?!" + _VERB_LOOKALIKES + r"\b)(?-i:[a-z]+(?:ion|ity|ness|ment|ed|ing)))\b",
    re.IGNORECASE,
)


# An arrangement already in force whose end the text recalls: "the current Continuing
# Resolution expires on December 20th", "The existing arrangement with Greece expires on
# 30 June" (stop 48, tuner w); the text's own order ("The authority delegated herein
# expires on") lays its end and stays.
_STANDING = re.compile(r"\b(?:current|existing|present)\b[^.;,]{0,80}$", re.IGNORECASE)


def claimed(text: str, cue: Cue, subject: str, after: str, dated: bool) -> str | None:
    """The doubt (`aside.DOUBTS`) of a cue that tells what a thing does, a focus, a
    feeling or a forecast rather than pledging, or None. `subject` is the cue's subject
    in lower case ("it", "the bill", ""); `dated`, whether its clause names a time ahead."""
    word = text[cue.start : cue.end]
    if _NOT_BOUND.search(text, cue.end):
        return "vetoed"  # "aim to answer within seven days but are not bound to do so"
    if (
        cue.kind == "must"
        and word.lower().startswith("have")
        and _MODAL_BEFORE.search(text[: cue.start])
    ):
        return "conditional"  # "a situation where a Minister would have to resign"
    if (
        cue.kind == "effective"
        and word.lower().startswith("expire")
        and _STANDING.search(text, max(0, cue.start - 120), cue.start)
    ):
        return "describes"  # "the current Continuing Resolution expires on December 20th"
    if cue.kind == "schedule" and _BECAUSE.match(text, cue.start):
        return "vetoed"  # "resigns due to allegations": because of, not scheduled
    contents = _CONTENTS.search(word) and _CONTENT_NOUN.match(after)
    if cue.kind == "order" and contents and not dated:
        return "describes"  # "The new regulations include educational measures"
    if cue.kind == "goal" and _PROGRESS.search(text[: cue.start]):
        return "vetoed"  # "recognized the partners for their progress toward the goal of"
    if _WAY_IN_WHICH.search(text[: cue.start]) and not dated:
        return "describes"  # "one way in which some officials are preparing for the weekend"
    if _focus(text, cue):
        return "describes"
    if cue.kind == "plan" and word.startswith("is to") and _REASON.search(text[: cue.start]):
        return "describes"  # "They say that this is to allow access"
    if cue.kind == "plan" and word.startswith("is to") and not dated:
        before = text[: cue.start]
        if _THINGS_AIM.search(before):
            return "describes"  # "the EU has set a target is to increase to 40%"
        if _OWN_AIM.search(before) and _A_STATE.match(text, cue.end):
            return "describes"  # "Our goal is to ensure a more prosperous future"
        if _STANCE_HEAD.search(before):
            return "describes"  # "The Government's top priority is to grow the economy"
    if word.endswith(" be") and _ACCOMPANIED_AFTER_BE.match(after):
        return "describes"  # "is to be accompanied by", as "will be accompanied by" below
    if cue.kind != "will":
        return None
    if _ACCOMPANIED.match(after) or _FEELING.match(after) or (_BASED.match(after) and not dated):
        return "describes"  # "will be accompanied by", "will be disappointed by"
    if _RANK.match(after) or _BEFALLS.match(after):
        return "forecast"  # "will overtake the United States", "will face murder charges"
    if not dated and _MEASURE.search(subject.strip()) and _EFFECT.match(after):
        return "describes"  # "It will make an important and long overdue change"
    return None


def _focus(text: str, cue: Cue) -> bool:
    """Whether the cue tells a focus: "Trade will be a focus", "My focus in Hong Kong
    will be to advance", "His personal focus is to drive"."""
    after = text[cue.end :]
    if cue.kind == "will":
        if _A_FOCUS.match(after):
            return True
        told = _TO_BE_TO.match(after) and _FOCUS_SUBJECT.search(text[: cue.start])
        return told is not None
    word = text[cue.start : cue.end]
    return (
        cue.kind == "plan"
        and word.startswith("is to")
        and bool(_FOCUS_SUBJECT.search(text[: cue.start]))
    )
