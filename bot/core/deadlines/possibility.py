"""A possibility told with "may" or "might" is no undertaking (issue 12, round 18;
CONVENTIONS 4.2): "there may be an extended sitting on Wednesday morning, depending on
progress", "I did indicate that we may do an extended sitting on Wednesday morning". The
speaker names a time something could happen, and undertakes nothing for it.

Six shapes. The first two say the possibility of the speaker's own side or of the
thing itself: the existential "there may (well) be <thing> <time>" and a pronoun's "may" or
"might" ("we may / I might <verb> ... <time>"; since stop 59 also "he might meet ... in the
coming days", "it might be about the first or second week of July": CONVENTIONS 4.3 relabelled
that guess at stop 58, which the labelled sets had read as a deadline). Since stop 60 the speaker's
"could" too, an option named ("we could make a decision to consider the report next
Tuesday"; CONVENTIONS 4.2's own "we could do that next Monday"), but not "could have been" or
"could have <verb>ed", a past possibility the past checks read. A noun's "may" ("the
Third Reading, which may take place later this month") is still read as the time reported.
The time must lie in the modal's own clause: no new clause, no "that", no "will" between ("I
may say that the House will rise on Thursday": the Thursday stands), and verbs of speaking
after "I may" ("I may add", "I may remind") are no possibility. A time after a deadline word
is a limit, whoever may meet it ("We may finish the audit by Friday" is due Friday, as the
labelled table reads it).
second_looks.py blanks the clause and reads the rest, so a deadline in another clause
stays. The third is an open question weighed ("was considering whether any items could be
brought forward from 11 October to 4 October", stop 38): a time looked at, none undertaken.
The fourth is a possibility on a condition, whoever's ("if market conditions stay as they
are, the price cap level could fall significantly in July", stop 39g): "could" or "might"
in the clause after an "if" clause says what would follow, and no one undertakes it; a
deadline word keeps its limit ("if all goes well, the deal could be completed by the end
of this year" is due then, as labelled).
The fifth (stop 62) is the unreal past: "could", "would" or "might" with a perfect ("We could
have waited for the report until next week"), what was possible or would have followed and
did not; here a deadline word keeps no limit. Not one reported ("He said the homes would have
been built by 2030"), nor an aside to the listener ("As colleagues would have noticed, the
scheme opens on 1 March"). The sixth (stop 62) is the speaker's hedged guess of what others
will do: "I think" or "I believe", then "likely", "probably", "perhaps" ("I think the Minister
will likely publish the report by Friday"); with the speaker's own side as its subject it is
a plan put modestly ("I think we will probably publish it on Friday", CONVENTIONS 4.3).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import IRREGULAR_PARTICIPLES

# "we could, perhaps, discuss this next week": the hedge may stand between commas (stop 63)
_ADVERB: Final = r"(?:(?:well|also|still|even|perhaps|possibly)\s*,?\s+)?"
_MODAL: Final = re.compile(
    r"\bthere\s+(?:may|might)\s+" + _ADVERB + r"be\b"
    r"|\b(?:we|i)\s+(?:may|might|could(?!\s+have\s+(?:been|[a-z]+ed)\b))"
    r"(?:\s+|\s*,\s*(?=perhaps|possibly))" + _ADVERB + r"(?!not\b|be\s+able\b|say\b|add\b|tell\b"
    r"|inform\b|remind\b|mention\b|point\b|note\b|take\b|be\s+allowed\b|also\b)[a-z]+\b"
    # "Roll call votes are possible during tomorrow's session": the thing itself possible
    # (not "it is possible to find an agreement before ...", an act told of)
    r"|\b(?<!it\s)(?:are|is)\s+" + _ADVERB + r"possible\b(?!\s+(?:to|that|for)\b)"
    # a third person's "may" or "might" (stop 59): "he might meet his counterpart in the
    # coming days", "it might be about the first or second week of July": no undertaking
    r"|\b(?:he|she|they|it)\s+(?:may|might)\s+" + _ADVERB + r"(?!not\b|have\b)[a-z]+\b"
    # an open question weighed: "was considering whether any items ... could be brought
    # forward from 11 October to 4 October": a possibility looked at, no undertaking
    r"|\b(?:consider(?:s|ed|ing)?|explor(?:es|ed|ing)|examin(?:es|ed|ing)|look(?:s|ed|ing)?"
    r"\s+at)\s+whether\b"
    # a possibility on a condition: "if market conditions stay as they are, the price cap
    # level could fall significantly in July": what would follow if, no undertaking
    r"|\bif\b[^,.;:]{3,120},\s+(?:[a-z'-]+\s+){1,6}?(?:could|might)\s+(?!not\b)"
)
# irregular participles words.IRREGULAR_PARTICIPLES lacks, named one by one: an ending
# ("-ood", "-ound", "-ent") also ends nouns and adjectives ("could have flood defences",
# "would have around 500 homes", "independent advice"; stop 62 review)
_MORE_PARTICIPLES: Final = frozenset(
    "got cost put set let hit shut brought bought thought fought sought caught taught sent"
    " spent meant lent bent felt dealt held stood understood made paid kept slept found bound"
    " told sold lost been".split()
)
# the unreal past: the modal, "have", a past participle (not "have to", "have significant")
_UNREAL: Final = re.compile(
    r"(?<!\bwhat\s)\b(?:could|would|might)(?:n't|\s+not)?\s+"
    + _ADVERB
    + r"have\s+"
    + _ADVERB
    + r"(?:[a-z]{2,}ed|"
    + "|".join(sorted(IRREGULAR_PARTICIPLES | _MORE_PARTICIPLES))
    + r")\b"
)
# a report before the unreal past: what was said would follow ("he said the homes would have
# been built by 2030"); narrower than hypothetical.py's report words, which would also take
# "planned", "agreed", "noted" and others here and lose readings (tried at the re-read)
_REPORT: Final = re.compile(
    r"\b(?:said|told|announced|indicated|confirmed|promised|pledged|stated|assured|undertook"
    r"|predicted|expected|forecast|hoped|believed|thought|anticipated|claimed|reported)\b"
)
# an aside to the listener that opens the sentence: "As colleagues would have noticed," (no
# unreal past of the clause it stands before; stop 62 review)
_AS_ASIDE: Final = re.compile(r"(?:^|[.;:!?]\s+|,\s+)as\s+(?:[a-z'-]+\s+){1,3}$")
# the speaker's opinion, then a hedge word, then nothing ending the sentence up to the time
# the verbs of an opinion the speaker gives ("I think", "we believe", "I suppose")
_OPINION: Final = ("think", "believe", "guess", "suspect", "imagine", "reckon", "suppose")
_OPINION_WORDS: Final = "|".join(_OPINION)
_GUESS: Final = re.compile(
    r"\b(?:i|we)\s+(?:" + _OPINION_WORDS + r"|would\s+(?:say|guess|think|imagine))\b"
    r"[^.;:!?]*?\b(?:"
    # "likely" hedges as an adverb or a predicate, not as a noun's adjective ("will publish the
    # likely costs by Friday": a plan; stop 62 review)
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)likely"
    r"|probably|perhaps|possibly|maybe)\b[^.;:!?]*$"
)
# the speaker's own side as the subject of what is guessed: a plan put modestly (4.3)
_OWN_PLAN: Final = re.compile(r"\b(?:we|i)\b(?!\s+(?:" + _OPINION_WORDS + r")\b)")
_GUESS_CUES: Final = (*(" " + verb for verb in _OPINION), " would say")
# between the modal and the time: another clause, a "that" clause or a future of its own
_BREAK: Final = re.compile(
    r"[;.:]\s|,\s*(?:and|but|so|although|though|however|whereas|while|which)\b"
    r"|\b(?:but|although|however|whereas|that|which|will|shall|would)\b|'ll\b"
)
_CLAUSE_END: Final = re.compile(
    r"[;.]\s|,\s*(?:and|but|so|although|though|however|whereas|while)\b"
)
_BOUND_WORD: Final = re.compile(
    r"(?:by|before|until|till|within|no\s+later\s+than|not\s+later\s+than)\b"
)
CUES: Final = (" may", " might", " possible ", " whether ", " could", " would ", *_GUESS_CUES)


def modal_span(text: str, matched: str, start: int) -> tuple[int, int] | None:
    """Where the possibility's clause runs (from the modal to the clause's end), when the
    chosen words (`matched`, read from about `start`) lie in it; else None."""
    lowered = text.lower()
    at = lowered.find(matched.lower(), start)
    if at < 0:
        return None
    if (guess := _guessed(lowered, at)) is not None:
        return guess
    modals = list(_MODAL.finditer(lowered, max(0, at - 200), at))
    m = modals[-1] if modals else None  # the nearest before the words
    unreal = _unreal_before(lowered, at)
    if unreal is not None and (m is None or unreal.start() > m.start()):
        m = unreal  # the nearest of the two; no deadline word keeps an unreal past's time
    elif m is None:
        return None
    if _BREAK.search(lowered, m.end(), at) is not None:
        return None
    if m is not unreal and _BOUND_WORD.match(lowered, at):
        return None  # "We may finish the audit by Friday": a limit, whoever may meet it
    after = _CLAUSE_END.search(lowered, at)
    return m.start(), after.start() if after is not None else len(text)


def _guessed(lowered: str, at: int) -> tuple[int, int] | None:
    """The span of the speaker's hedged guess the time at `at` lies in, else None."""
    if not any(cue in lowered for cue in _GUESS_CUES):
        return None
    m = _GUESS.search(lowered, max(0, at - 200), at)
    if m is None or _OWN_PLAN.search(lowered, m.start() + 2, at) is not None:
        return None  # "I think we shall probably take the Bill on Thursday": a plan, modestly
    after = _CLAUSE_END.search(lowered, at)
    return m.start(), after.start() if after is not None else len(lowered)


def _unreal_before(lowered: str, at: int) -> re.Match[str] | None:
    """The nearest unreal past ("could have waited") in the 200 characters before `at`, none
    reported ("he said the homes would have been built by 2030")."""
    if " have " not in lowered:
        return None
    found = list(_UNREAL.finditer(lowered, max(0, at - 200), at))
    if not found:
        return None
    m = found[-1]
    start = max(0, m.start() - 120)
    head = lowered[start : m.start()]
    if _AS_ASIDE.search(lowered, start, m.start()) and lowered.startswith(",", m.end()):
        return None  # "As colleagues would have noticed, the scheme opens on": an aside
    return None if _REPORT.search(head) else m
