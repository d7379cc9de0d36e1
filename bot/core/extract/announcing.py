"""Commitments told without a future verb: a past announcement or agreement of an act
still to come, and a commitment named as a noun, each dated ahead by its own words.

"On 5 June we announced a new entitlement to free school meals ... from September 2026"
reports the announcing, but what was announced starts next year: CONVENTIONS 1.2 and 1.5
count it. So does "The Government agreed a limit on the gases to be emitted between 2028
and 2032", and "the Workforce Plan commitment to double medical school places by 2031" or
"One of the key commitments is doubling the places by 2031". No cue of the extractor
sees these sentences (there is no "will"); they are read only when nothing else was, and
only when the time named after the verb or the noun lies a week or more ahead of the
publication and nothing before the verb frames it as past: "we announced a new grant last
May", "announced the amnesty Monday" and "Two years ago, the President announced a
challenge to hire 100,000 veterans by 2013" stay history.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.core.deadlines import Deadline
from bot.core.extract.candidate import FORM_CONFIDENCE, Candidate
from bot.core.extract.clauses import Cue
from bot.core.extract.passages import Sentence
from bot.core.extract.timeframe import TimeFrames

# "we announced a new entitlement", "The Government agreed a limit", "unveiled a plan".
_ANNOUNCED = re.compile(
    r"\b(?:announced|agreed|unveiled|set\s+out)\s+(?:a|an|the)\s+(?:new\s+)?"
    r"(?=[a-z])"
)
# "the Plan commitment to double ...", "key commitments is doubling ...": the noun, after a
# determiner, an adjective or a name ("have to pledge to abide" is a verb, and no pledge).
_NAMED_COMMITMENT = re.compile(
    r"(?:\b(?:the|a|its|their|our|his|her|this|that|key|main|central|new)\s+|\b[A-Z][\w’'\-]*\s+)"
    r"(?P<noun>commitments?)\s+(?:is\s+|was\s+)?(?:to\s+[a-z]+|[a-z]+ing)\b"
)
# A commitment given up or doubted is no pledge: "abandoned its commitment to double ...",
# "Critics say the commitment to ... is unrealistic".
_GIVEN_UP = re.compile(
    r"\b(?:abandon(?:ed|s|ing)?|scrap(?:ped|s|ping)?|dropp?(?:ed|s|ing)?|ditch(?:ed|es|ing)?|"
    r"withdr[ae]w[ns]?|withdrawing|revers(?:ed|es|ing)|renege[ds]?|broke|broken|"
    r"unrealistic|unachievable|unattainable|out\s+of\s+reach)\b",
    re.I,
)
# A relative clause tells of someone or something else: "a fee for the striker, who
# joined in July and whose contract runs until June 2030".
_RELATIVE = re.compile(r",?\s+(?:who|whose|which|whom)\b")
# Well ahead: "announced the amnesty Monday" names a day gone, not next Monday.
_FAR_ENOUGH = timedelta(days=7)


class Announcing:
    """The extractor's reading of an announced act or a named commitment."""

    sentences: list[Sentence]
    published: datetime
    times: TimeFrames

    def _speaker(self, index: int, cue: Cue) -> tuple[str | None, bool]:
        raise NotImplementedError

    def _announced(self, index: int) -> Candidate | None:
        """The sentence as an announced act or a named commitment dated ahead, if it is."""
        sentence = self.sentences[index]
        text = sentence.text
        if sentence.question or sentence.headline:
            return None
        match = _ANNOUNCED.search(text) or _NAMED_COMMITMENT.search(text)
        if match is None or self.times.is_past(text[: match.start()]):
            return None  # "Two years ago, the President announced a challenge ..."
        if _GIVEN_UP.search(text):
            return None
        relative = _RELATIVE.search(text, match.end())
        end = relative.start() if relative else len(text)
        deadline: Deadline | None = self.times.parse(text[match.end() : end])
        start = next(iter(self.times.starts(text, match.end(), end)), None)
        due = deadline or start
        if due is None or due.due <= self.published + _FAR_ENOUGH:
            return None
        begin = match.start("noun") if "noun" in match.groupdict() else match.start()
        speaker, _ = self._speaker(index, Cue("commit", begin, match.end()))
        named = text[match.start() : begin].split()
        if speaker and named and speaker.split()[-1] == named[-1]:
            speaker = None  # "the Labour commitment": a name of the plan, no speaker
        return Candidate(
            speaker=speaker,
            promise=text.strip().rstrip("."),
            quote=text,
            deadline=due,
            deadline_text=due.matched,
            confidence=FORM_CONFIDENCE,
            cue=text[begin:].split()[0],
        )
