"""Cues and clauses: which words of a sentence commit, and where the committing clause
runs (split from the extractor, which scores them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.actors import is_actor, is_thing, source_named, subject_head
from bot.core.extract.announced_sums import announced_sums
from bot.core.extract.arranged import arranged_acts
from bot.core.extract.body_acts import body_acts
from bot.core.extract.calendar_names import WEEKDAY
from bot.core.extract.candidate import (
    Candidate,
)
from bot.core.extract.capitals import is_capitalised
from bot.core.extract.cues import (
    AGENDA_ITEM,
    AGREE,
    ANNOUNCED_PROGRESSIVE,
    BACKGROUND,
    BASE,
    COMMIT_NOUN,
    DATED_HEADING,
    DESCRIPTOR_WORDS,
    DOUBT,
    EFFECTIVE,
    EVALUATIVE,
    EXPECTED,
    FUTURE_MARK,
    GOAL,
    LEFT_BOUNDARY,
    LIKELY_ACT,
    MAYBE,
    MUST,
    NOUN_BEFORE,
    ORDER,
    ORG_HEADS,
    PLAN,
    PRESENT_PLAN,
    READOUT,
    RELATIVE_START,
    REPORT,
    RIGHT_BOUNDARY,
    SCHEDULE,
    SCHEDULED_ACT,
    STRONG,
    SUBJECTLIKE_BEFORE,
    TIMED_PROGRAMME,
    TRIM_CHARS,
    VERB_CUES,
    WILL,
    WOULD,
    reports,
)
from bot.core.extract.decisions import DECIDED, decided_as_background
from bot.core.extract.due_dates import due_dates
from bot.core.extract.earmarked import earmarked
from bot.core.extract.extended import extended_acts
from bot.core.extract.funding import funded_acts
from bot.core.extract.futurate import futurate
from bot.core.extract.hastened import hastened_acts
from bot.core.extract.in_force import in_force_acts
from bot.core.extract.in_hand import acts_in_hand
from bot.core.extract.laid_duties import laid_duties
from bot.core.extract.literals import (
    COMMIT_NOUN_WORDS,
    ORDER_WORDS,
    PRESENT_PLAN_WORDS,
    holds_any,
)
from bot.core.extract.moved import moved_acts
from bot.core.extract.offered_sums import offered_sums
from bot.core.extract.operations import operations
from bot.core.extract.plain_present import plain_present_acts
from bot.core.extract.planning import planned_acts
from bot.core.extract.procedures import announced_acts, verb_as_noun
from bot.core.extract.progressive import be_adverb
from bot.core.extract.provisions import provided_acts
from bot.core.extract.readings import reading_acts
from bot.core.extract.schedule_words import schedule_words
from bot.core.extract.sentences import SYMBOL_ITEM
from bot.core.extract.speakers import (
    subject_before,
    walk_forward,
)
from bot.core.extract.windows import window_acts

# ---------------------------------------------------------------------------
# Cues and clauses
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Cue:
    kind: str
    start: int
    end: int

    def opens_ahead(self, text: str) -> bool:
        """Whether the cue is an "ahead of" ("ahead of the Prime Minister convening
        leaders"), which says what comes next rather than what is done."""
        return text[self.start : self.start + 5].lower() == "ahead"


# A determiner and a name before a bare "pledge": the name of a pledge, a noun.
_NAMED_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|this)\s+(?:(?:[A-Z][\w’'\-]*|of|on|for|and)\s+)+$"
)


# "the political will", "of their own free will", "collective will can be": the noun.
_WILL_AS_NOUN = re.compile(
    r"\b(?:the|political|free|good|own|ill|his|her|their|its|our|my|your|of|"
    r"(?-i:collective|popular))\s+$",
    re.IGNORECASE,
)


# The object of a pledge verb in the progressive: "is promising full support", "are
# pledging £40 million" (not "are promising." nor "are promising for a settlement", nor
# the adjective's "promising new developments", "promising all the same").
_PLEDGED_OBJECT = re.compile(
    r"\s+(?:a|an|the|full|fresh|more|further|continued|his|her|their|its|our|every|"
    r"free|[$£€]|\d)",
    re.IGNORECASE,
)


# "is ", "are now ", "am also " right before the -ing form (`progressive`).
_BE_BEFORE = re.compile(be_adverb() + "$")


def _progressive(text: str, match: re.Match[str]) -> bool:
    """ "X is promising full support": the -ing form is the verb, with its object, and
    its subject someone who can promise ("The weather is promising a warm weekend" and
    "Sales figures are promising more growth" are outlooks)."""
    before = _BE_BEFORE.search(text[: match.start()])
    if before is None or _PLEDGED_OBJECT.match(text, match.end()) is None:
        return False
    head = subject_head(text[: before.start()])
    return is_actor(head, text)


# The cue patterns read in every sentence, by kind.
_CUE_PATTERNS = (
    ("commit", COMMIT_NOUN),
    ("order", ORDER),
    ("schedule", SCHEDULE),
    ("readout", READOUT),
    ("effective", EFFECTIVE),
    ("agree", AGREE),
    ("agree", DECIDED),
    ("will", WILL),
    ("must", MUST),
    ("plan", PLAN),
    ("present", PRESENT_PLAN),
    ("expected", EXPECTED),
    ("would", WOULD),
    ("maybe", MAYBE),
    ("goal", GOAL),
)
# The words a cue pattern cannot match without, by its kind (`literals`).
_NEEDS = {"commit": COMMIT_NOUN_WORDS, "order": ORDER_WORDS, "present": PRESENT_PLAN_WORDS}


def sentence_cues(text: str, headline: bool) -> list[Cue]:
    """Every commitment cue in a sentence, noun look-alikes filtered out."""
    found: list[Cue] = []
    for match in STRONG.finditer(text):
        word = match.group()
        before = text[: match.start()]
        if re.fullmatch(r"(?:pledge|promise|vow|swear)s?", word) and not word.endswith(" to"):
            followed = re.match(r"\s+(?:\w+\s+){0,2}?(?:to|that|not)\b", text[match.end() :])
            if not (followed or SUBJECTLIKE_BEFORE.search(before)) or NOUN_BEFORE.search(before):
                continue
            if not followed and _NAMED_BEFORE.search(before):
                continue  # "By signing the American Business Act on Climate pledge, ..."
        elif word.endswith("ed") and NOUN_BEFORE.search(before):
            continue
        elif word.startswith("guarantee") and not SUBJECTLIKE_BEFORE.search(before):
            continue  # "security guarantees to Ukraine" is a noun
        elif word.endswith("ing") and not (
            re.match(r"\s+(?:to|that|not)\b", text[match.end() :]) or _progressive(text, match)
        ):
            continue
        found.append(Cue("strong", match.start(), match.end()))
    for kind, pattern in _CUE_PATTERNS:
        needs = _NEEDS.get(kind)
        if needs is not None and not holds_any(text, needs):
            continue  # none of the words the pattern needs: no scan (`literals`)
        for match in pattern.finditer(text):
            before = text[: match.start()]
            if kind == "will" and _WILL_AS_NOUN.search(before):
                continue
            if _skip_cue(kind, text, match):
                continue
            if pattern is DECIDED and decided_as_background(text, match.start()):
                continue
            if kind == "must" and re.search(r"\b[a-z]+\s+(?:that|which)\s+$", before):
                continue  # "loans that have to be repaid" describes the loans
            if kind == "plan" and NOUN_BEFORE.search(before):
                pronoun = re.search(r"\b(?:this|that)\s+$", before, re.IGNORECASE)
                owned = re.search(r"\b[A-Z][\w.]*(?:’s|'s)\s+$", before)  # "the UK's plans to"
                if not (pronoun or owned) or not match.group().split()[0].endswith("s"):
                    continue  # "the plans to" is a noun; "This aims to" a verb
            found.append(Cue(kind, match.start(), match.end()))
    found += [Cue("plan", m.start(1), m.end(1)) for m in ANNOUNCED_PROGRESSIVE.finditer(text)]
    found += [Cue("present", m.start(1), m.end(1)) for m in TIMED_PROGRAMME.finditer(text)]
    # "is closing Lock 10" (operations), "is flying to Lisbon" (futurate), "announces the opening"
    found += [Cue("present", *span) for span in operations(text) + futurate(text)]
    found += [Cue(*cue) for cue in announced_acts(text) + funded_acts(text) + offered_sums(text)]
    found += [Cue(*c) for c in acts_in_hand(text) + arranged_acts(text)]  # "allocated", "arranged"
    found += [Cue(*c) for c in schedule_words(text)]  # "is targeted to launch"
    found += [Cue(*c) for c in earmarked(text)]  # "€5.1 billion is earmarked for"
    found += _dated_acts(text)  # "This rule is effective May 1", "has been postponed to"
    heading = DATED_HEADING.match(text)
    if heading and AGENDA_ITEM.match(text[heading.end() :]):
        found.append(Cue("agenda", heading.end() - 1, heading.end()))
    passive = _PASSIVE_HEADLINE.match(text) if headline or SYMBOL_ITEM.match(text) else None
    if passive:
        found.append(Cue("headline", passive.start(1), passive.end(1)))  # "X to be built"
    elif headline:
        says = re.search(r"\b(?:says?|said)\s+([^,;:]{1,40}?)\s+to\s+[‘'“\"]?[a-z]", text)
        # "X to act", not "(xii) The Assistant to the President" (a noun after "to"), nor a
        # heading whose "to" takes a plural agent noun no verb's base form ends like
        # ("Notes to editors", "Guidance to exporters"): stop 56, xs56. Nor a pronoun after
        # "to": "Link to this: Individually | In context" (a page's link line; stop 61, x2).
        bare = re.match(
            r"([^,;:]{2,50}?)\s+to\s+[‘'“\"]?(?!(?:the|a|an|his|her|its|their|this|that|these|"
            r"those|it|them|us|me|him|our|my|your)\b)"
            r"(?![a-z]+(?:ers|ors|ists|ians)\b)[a-z]",  # "Notes to editors": a noun, no verb
            text,
        )
        if says:
            found.append(Cue("headline", says.start(1), says.end() - 1))
        elif bare and len(bare.group(1).split()) <= 5 and not _NAVIGATION.match(text):
            last = bare.group(1).split()[-1]
            if is_capitalised(last) or last.lower() in ORG_HEADS | DESCRIPTOR_WORDS:
                found.append(Cue("headline", 0, bare.end() - 1))
    return _one_per_position([cue for cue in found if not verb_as_noun(text, cue.start, cue.end)])


# A web page's navigation left in a paste: "Skip to main content", "Back to top", "Jump
# to navigation" (an imperative, no one's headline). Stop 47, tuner t.
_NAVIGATION = re.compile(r"(?i:skip|jump|back|return|scroll|go|click|navigate)\s+to\s")


def _dated_acts(text: str) -> list[Cue]:
    """Cues of a document's own dates, of engagements moved, and of plans named by their
    noun (`in_force`, `moved`, `planning`)."""
    return [
        Cue(*cue)
        for read in (
            in_force_acts,
            moved_acts,
            extended_acts,
            planned_acts,
            plain_present_acts,
            body_acts,
            window_acts,
            reading_acts,
            announced_sums,
            hastened_acts,
            laid_duties,
            provided_acts,
            due_dates,
        )
        for cue in read(text)
    ]


def _one_per_position(found: list[Cue]) -> list[Cue]:
    """The strongest cue at each position: "will" inside "is going to" and the like."""
    found.sort(key=lambda cue: (cue.start, -BASE[cue.kind]))
    unique: list[Cue] = []
    for cue in found:
        if unique and cue.start < unique[-1].end:
            continue
        unique.append(cue)
    return unique


# "X said he would": a reported commitment of the reporter's own.
SAID_OWN = re.compile(
    r"\b(?:said|says|told\s+\S+(?:\s+\S+)?|added|confirmed)\s+(?:that\s+)?(?:he|she|it|they)\s+$"
)


_HABIT = re.compile(
    r"\b(?:on\s+"
    + WEEKDAY
    + r"s|every\s+(?:day|week|month|year|morning|evening|"
    + WEEKDAY
    + r")|daily|weekly|each\s+(?:day|week))\b"
)


# A headline's or a summary bullet's passive plan: "40-year-old laws on powered mobility
# devices to be brought up to date", "Thousands of new homes to be built by 2030".
_PASSIVE_HEADLINE = re.compile(
    r"^(?:" + SYMBOL_ITEM.pattern + r")?[ \t]*[^,;:]{2,80}?\s+(to\s+be\s+(?:\w+ly\s+)?"
    r"[a-z]+(?:ed|en|wn|ght|ilt|et|ut)\b)"
)


# What a thing "must"/"would" do after an agreement, in the active or as a state: "agreed
# that an international investigation must begin immediately", "that concerted action
# would be needed". A passive ("that efforts must be continued") is the parties' own act.
_THING_NEEDED = re.compile(
    r"\s+(?:\w+ly\s+)?be\s+(?:needed|required|necessary|essential|important|vital)\b"
)


def _agreed_of_a_thing(subject: str, text: str, mark: re.Match[str]) -> bool:
    """ "agreed that" + what a thing will do or need: no party commits to anything."""
    head = subject_head(subject.rstrip(" ,"))
    if head is None or head.lower().split()[0] in {"we", "they", "you", "i", "both", "all"}:
        return False
    if _THING_NEEDED.match(text, mark.end()):
        return not is_actor(head, text)  # "that concerted action would be needed"
    # "that the fund will boost jobs"; not "that the talks would resume next week".
    return is_thing(head) and not SCHEDULED_ACT.match(text, mark.end())


_COMMITMENT_WORD = re.compile(r"(?i)\b(?:commitment|intent|intention|determination|resolve)\b")
# A commitment named as a noun that someone judges, doubts or gives up ("praised his
# commitment to", "questioned the government's commitment to", "has abandoned its intent
# to", "lost her resolve to"): talk about the commitment, not the commitment itself.
_JUDGED_BEFORE = re.compile(
    r"(?i)\b(?:prais|question|doubt|mock|ridicul|critici[sz]|attack|dismiss|undermin|"
    r"abandon|betray|drop|lost\b|los(?:e|es|ing)\b|(?:gave|give|gives|giving)\s+up\b)"
    r"\w*\s+(?:[\w’'\-]+\s+){0,3}[\w’'\-]*$"
)

_DENIED_JUDGING = re.compile(
    r"(?i)\b(?:no|not|nobody|no\s+one|never|none|without)\s+(?:\w+\s+)?$|n[’']t\s+$"
)


# a standing agreement's term, whose end "runs until" tells, no plan (stop 62 review)
_TERM_RUNS = re.compile(
    r"\b(?:contract|lease|franchise|licen[cs]e|term|mandate|tenancy|agreement|deal"
    r"|concession|warranty|guarantee|patent|subscription)s?\s+(?:currently\s+|still\s+|now\s+)?$",
    re.I,
)


def _skip_cue(kind: str, text: str, match: re.Match[str]) -> bool:
    """Cue words used for something else: "agreed that" + a finding, a present tense
    inside ", which ..." or "whose <noun> ...", a cue mentioned in a short quotation ("I will
    write" replies)."""
    if kind == "commit" and _COMMITMENT_WORD.search(match.group()):
        judged = _JUDGED_BEFORE.search(text, 0, match.start())
        # "There is no doubt about our commitment to", "Nobody should question our
        # commitment to": defended, not doubted
        return judged is not None and not _DENIED_JUDGING.search(text, 0, judged.start())
    if kind == "agree" and match.group().endswith("that"):
        mark = FUTURE_MARK.search(text, match.end())
        return mark is None or _agreed_of_a_thing(text[match.end() : mark.start()], text, mark)
    if kind == "present" and re.search(
        r"(?:,\s+which|\bwhose\s+[a-z]+)\s+$", text[: match.start()]
    ):
        return True  # "the striker, whose contract runs until June 2030" describes the striker
    if (
        kind == "present"
        and match.group() == "runs"
        and _TERM_RUNS.search(text, 0, match.start()) is not None
    ):
        return True  # "The current franchise runs until March 2031": a standing term's end
    if kind == "present" and _HABIT.search(text):
        return True  # "The office closes at 5pm on Sundays": a habit, not a plan
    if kind == "will" and re.match(r"\s*,\s+(?:that|which)\b", text[match.end() :]):
        return True  # "as I am sure all Members will," stands for a verb said before
    opened = max(text.rfind('"', 0, match.start()), text.rfind("“", 0, match.start()))
    if opened >= 0 and text.count('"', 0, match.start()) % 2 + text.count("“", 0, match.start()) > (
        text.count("”", 0, match.start())
    ):
        closed = re.search(r'["”]', text[match.end() :])
        if closed and len(text[opened : match.end() + closed.start()].split()) <= 4:
            return True
    return False


def clause_bounds(text: str, cue: Cue) -> tuple[int, int]:
    """The committing clause around a cue: after "said"/"that"/"as", up to a "—" or "but"."""
    left = 0
    background = [m.span() for m in BACKGROUND.finditer(text)]
    for match in LEFT_BOUNDARY.finditer(text, 0, cue.start):
        inside = any(start < match.start() < end for start, end in background)
        if match.end() <= cue.start and not inside:
            left = match.end()
    for match in RELATIVE_START.finditer(text, 0, cue.start):
        if "," not in text[match.end() : cue.start] and match.start() >= left:
            left = match.start() + 1
    right = len(text)
    right_match = RIGHT_BOUNDARY.search(text, cue.end)
    if right_match:
        right = right_match.start()
    trailing = trailing_attribution(text, cue.end)
    if trailing is not None:
        right = min(right, trailing[0])
    return left, right


def trailing_attribution(text: str, after: int) -> tuple[int, str] | None:
    """An attribution after the cue: ", Trump said." / ",” he said." / ", said Jo Lee."

    Returns where the attribution starts (to end the clause there) and the speaker
    phrase.
    """
    for match in reports(text, after):
        verb = match.group()
        if verb.lower().startswith("according"):
            comma = text.rfind(",", after, match.start())
            if comma < 0:
                continue
            phrase = source_named(text[match.end() :]) or walk_forward(text[match.end() :])
            if phrase:
                return comma, phrase
            continue
        between = text[after : match.start()]
        punct = max(between.rfind(","), between.rfind("”"), between.rfind('"'))
        if punct < 0:
            continue
        gap = between[punct + 1 :]
        if len(gap.split()) > 6:
            continue
        phrase = subject_before(text, match.start()) if gap.strip(' ,”"') else None
        if phrase is None and not gap.strip(' ,”"'):
            phrase = walk_forward(text[match.end() :])
        if phrase:
            return after + punct, phrase
    return None


# What a decision rests on, fronted: "based upon the latest runoff forecast for the
# reservoir, which predicts 163% of the average inflow, the agency will": the forecast is
# the ground of the act, not a guess at it.
BASIS = re.compile(
    r"\b(?:based\s+(?:up)?on|in\s+(?:light|view)\s+of)\s+[^,.;]{1,120}"
    r"(?:,\s+which\s+[^,.;]{1,120})?,"
)


def judges_or_guesses(
    text: str, cue: Cue, subject: str, left: int, right: int, after: str, acts: bool = True
) -> bool:
    """A "will" that judges ("You will have noticed", "This will be of interest") or a
    future that is a guess or a wish ("would probably be back soon", "I think it's
    going to"). An actor's likely act (`acts`) is a hedged plan, which `hedging` weighs;
    a thing's likely course ("Inflation is likely to return") stays a guess."""
    if subject == "you" or EVALUATIVE.match(after):
        return True
    scope = own_scope(text[max(0, left - 40) : left]) + text[left:right]
    scope = LIKELY_ACT.sub(" ", scope) if acts else scope
    scope = BASIS.sub(" ", scope)  # "based upon the latest forecast, the agency will"
    return cue.kind not in {"strong", "commit", "order"} and bool(DOUBT.search(scope))


def own_scope(governing: str) -> str:
    """The words that govern a clause, from its own reporting frame on: in "Asked how
    ... without fear of prosecution, the PMS said the Ministry would", the negation
    belongs to the question, not to what the spokesman said."""
    frames = list(REPORT.finditer(governing))
    if not frames:
        return governing
    report = frames[-1]
    comma = governing.rfind(",", 0, report.start())
    return governing[comma + 1 :] if comma >= 0 else governing


# A condition fronted before the committing clause: "In the event no final judgement is
# issued, the agency will", "If no bid is received, the council will".
_FRONTED_CONDITION = re.compile(
    r"^\W*(?:if|in\s+the\s+event(?:\s+that)?|in\s+case|should|where|once)\b[^,;]{0,150},",
    re.IGNORECASE,
)


def scopes(governing: str, prefix: str) -> tuple[str, str]:
    """The words that govern a clause (`own_scope`) and the clause's own words before its
    cue, the part after "and that" and after a fronted condition: a negation in the
    condition ("if no agreement is reached, we will") is the condition's, and a
    conditional commitment is still one."""
    prefix = re.split(r"\band\s+that\s+", prefix)[-1]
    return own_scope(governing), _FRONTED_CONDITION.sub("", prefix, count=1)


def clean(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    if text[start:end].lower().startswith("that "):
        start += 5
    # Re-include a closing quote or bracket whose opening half survived the trim.
    body = text[start:end]
    for opening, closing in (("“", "”"), ("‘", "’"), ("(", ")")):
        if body.count(opening) > body.count(closing) and text[end : end + 1] == closing:
            end += 1
            body = text[start:end]
    return start, end


def promise_start(cue: Cue, left: int) -> int:
    """Where the promise starts: at a commitment verb ("pledged to ..."), after an agenda
    heading, else at the clause's start."""
    if cue.kind in VERB_CUES or (cue.kind == "headline" and cue.start > 0):
        return cue.start
    return cue.end if cue.kind == "agenda" else left


def _stems(text: str) -> set[str]:
    # An agenda's date heading ("Wednesday 5 December:") is shared by its items, not a
    # repetition of one item by another.
    heading = DATED_HEADING.match(text)
    text = text[heading.end() :] if heading else text
    return {word[:5] for word in re.findall(r"[a-z]{4,}", text.lower())}


def _repeated(
    words: set[str], body: dict[int, set[str]], postings: dict[str, list[int]], after: int
) -> bool:
    """Whether a body sentence after `after` shares half of `words`. Such a sentence
    holds one of the words' rarest len - need + 1 (pigeonhole), so only their postings
    are read: thousands of bullets above thousands of body lines stay near linear."""
    need = -(-len(words) // 2)
    rare = sorted(words, key=lambda stem: len(postings.get(stem, ())))[: len(words) - need + 1]
    tried: set[int] = set()
    for stem in rare:
        for i in postings.get(stem, ()):
            if i > after and i not in tried:
                tried.add(i)
                if len(words & body[i]) >= 0.5 * len(words):
                    return True
    return False


def without_repeated_headlines(
    candidates: list[Candidate], headlines: set[int], bullets: set[int]
) -> list[Candidate]:
    """A headline counts only when the body does not repeat it: "College travels to
    Bratislava" above "the College of Commissioners will pay their first official visit
    to Bratislava" is one pledge, and the body's sentence is the one to record. A
    summary bullet (`bullets`) is repeated only by a body sentence below it: items
    listed after the sentence they illustrate ("companies have committed to hire
    435,000 ... For example: • UPS committed to hire 25,000") are pledges of their own."""
    lines = headlines | bullets
    body = {i: _stems(c.quote) for i, c in enumerate(candidates) if i not in lines}
    postings: dict[str, list[int]] = {}
    for i, stems in body.items():
        for stem in stems:
            postings.setdefault(stem, []).append(i)
    kept = []
    for number, candidate in enumerate(candidates):
        words = _stems(candidate.quote) if number in lines else set()
        below = number in bullets  # a line is a bullet or a headline, never both
        if words and _repeated(words, body, postings, number if below else -1):
            continue
        kept.append(candidate)
    return kept


# A parenthesis between a subject and its verb, to pass over: ", each on behalf of their
# own Side,", ", for their part,", ", in turn," (moved from extractor.py, stop 43), ", along
# with bilateral meetings with senior officials," (stop 64: the officials are no subject).
PARENTHESIS = re.compile(
    r",\s+(?:each|both|all|jointly|together|along\s+with|in\s+turn|"
    r"for\s+(?:its|their|his|her)\s+part)\b[^,]{0,80},\s*$"
)
