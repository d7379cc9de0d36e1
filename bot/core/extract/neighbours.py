"""What a sentence takes from the one before it: the reported speech a briefing runs on
in ("the PMS said the three leaders would sit at a top table. There would be opening and
closing remarks."), the time frame a sentence that tells more of a plan leaves unsaid
("Secretary Blinken will host a ministerial tomorrow. The Secretary is convening his
counterparts ..."), the commitment a bare "Yes, Sir." gives to the question before it
("may I ask if she will give a further assurance ... ?"), and the introduction a list's
items carry ("Signatories commit to the following by 2025:")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.deadlines import Deadline
from bot.core.deadlines.no_time_set import asked_clause
from bot.core.extract.candidate import Candidate
from bot.core.extract.clauses import SAID_OWN, Cue, clean, trailing_attribution
from bot.core.extract.contact_lines import contact_line
from bot.core.extract.cues import REPORT
from bot.core.extract.passages import Sentence
from bot.core.extract.previewed import presented_content
from bot.core.extract.timeframe import TimeFrames


def _before(sentences: Sequence[Sentence], index: int) -> Sentence | None:
    """The sentence before `index` when it is in the same paragraph."""
    if index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph:
        return None
    return sentences[index - 1]


_BRIEFER = re.compile(
    r"\b(?:the\s+)?(?:PMO?S|(?:Prime\s+Minister|PM)[’']s\s+(?:Official\s+)?Spokes(?:man|woman|person))"
    r"\s+(?:\w+\s+){0,3}?(?:said|replied|told|added|confirmed|stressed|explained)\b"
)


# The Government's side, whose "would" a briefing reports: "The Prime Minister would be
# pushing", "a report he would shortly publish", "the day on which Cabinet would meet"; not "That
# would mean higher taxes" nor "The opposition would vote against the bill".
_BRIEFING_SIDE = re.compile(
    r"\b(?:Prime\s+Minister|PM|Government|Cabinet|[Mm]inisters?|Chancellor|Secretary|[Hh]e|[Ss]he"
    r"|[Ww]e|visit|trip)\s+(?:\w+ly\s+)?$"
)


def briefed(sentences: Sequence[Sentence]) -> bool:
    """A lobby briefing told in reported speech throughout: three sentences or more in
    which the Prime Minister's spokesman speaks ("the PMOS said", "the PMS replied"), so
    that a "would" of the Government's side with no attribution of its own ("The Prime
    Minister would be pushing to get the best deal") is the briefer's report, not a
    hypothetical. Read once per text (`Extractor.briefing`)."""
    return sum(1 for sentence in sentences[:200] if _BRIEFER.search(sentence.text)) >= 3


def continued_report(sentences: Sequence[Sentence], index: int) -> bool:
    """Whether a "would" continues the reported speech of the sentence before it."""
    before = _before(sentences, index)
    if before is None or sentences[index].quote_span is not None:
        return False
    said = REPORT.search(before.text)
    return said is not None and re.search(r"\bwould\b", before.text[said.end() :]) is not None


# A proposal's content told with "would": "The new budget proposal would eliminate ...",
# "Under the proposal, VOA would eliminate ...".
_PROPOSAL = re.compile(
    r"\b(?:proposals?|plans?|budget|bill)\s+(?:also\s+)?$|"
    r"^\W*Under\s+the\s+(?:[\w.\-]+\s+){0,3}?(?:proposals?|plans?|budget|bill)\b",
    re.IGNORECASE,
)


def proposed(sentences: Sequence[Sentence], index: int, cue: Cue) -> bool:
    """Whether a "would" tells what a proposal provides, in its sentence or running on
    from the sentence before ("Other services would be reduced.")."""
    if _PROPOSAL.search(sentences[index].text[: cue.start]):
        return True
    if index == 0 or sentences[index].paragraph - sentences[index - 1].paragraph > 1:
        return False
    before = sentences[index - 1].text
    return any(_PROPOSAL.search(before[: at.start()]) for at in re.finditer(r"\bwould\b", before))


def reported_would(sentences: Sequence[Sentence], index: int, cue: Cue, briefing: bool) -> float:
    """What a "would" cue gains or loses: it is a pledge in reported speech and a
    hypothetical elsewhere; "X said he would" is the reporter's own commitment. In a lobby
    briefing (`briefing`, see `briefed`) the Government's side's "would" is reported."""
    sentence = sentences[index]
    text = sentence.text
    briefed_here = briefing and _BRIEFING_SIDE.search(text, 0, cue.start) is not None
    reported = (
        REPORT.search(text[: cue.start]) is not None
        or sentence.quote_span is not None
        or trailing_attribution(text, cue.end) is not None
        or continued_report(sentences, index)
        or proposed(sentences, index, cue)
        or briefed_here  # the Government's side in a lobby briefing: the briefer's report
    )
    # "X said he would" is the reporter's own commitment; so is a lobby briefing's "would",
    # the Government's spokesman speaking for it ("The first visit would be to a school").
    own = 0.05 if SAID_OWN.search(text[: cue.start]) or briefed_here else 0.0
    return own + (0.0 if reported else -0.2)


def dated_before(
    sentences: Sequence[Sentence], index: int, times: TimeFrames, cue: Cue, own_time: bool
) -> Deadline | None:
    """For a present-tense plan ("is convening", "travels"), the time frame of the
    sentence before, in the same paragraph, when it is ahead; never for a cue that takes
    its time from its own clause only (`own_time`: `futurate.needs_own_time`, which the
    caller has asked already)."""
    before = _before(sentences, index)
    if before is None or cue.kind != "present":
        return None
    if own_time:
        return None  # "Arab countries are stepping up their efforts" (`futurate`)
    found = times.read(before.text, 0, len(before.text))
    return found if found is not None and found.due > times.published else None


# A bare assent, all of the answer: "Yes, Sir.", "Certainly.", "I will, Mr Speaker."
_ASSENT = re.compile(
    r"^\W*(?:Yes|Certainly|Of\s+course|Indeed|I\s+(?:will|shall|do|can))\b"
    r"(?:,?\s*(?:Sir|Madam|Mr\.?\s+Speaker|Madam\s+Speaker|Madam\s+Deputy\s+Speaker|my\s+Lords?|"
    r"of\s+course|indeed|certainly|I\s+(?:will|shall|can|do)))*\s*[.!]?\s*$",
    re.IGNORECASE,
)
# A question that asks for a commitment: "will she give a further assurance", "will the
# Minister undertake to", "will he agree to meet".
_ASKS_COMMITMENT = re.compile(
    r"\b(?:will|shall|undertake|assurance|commit|guarantee|agree|promise|pledge)\b", re.I
)


def assented(sentences: Sequence[Sentence], index: int, text: str) -> Sentence | None:
    """The question a bare assent answers, when it asks for a commitment: the assent in
    the next paragraph gives it (`text` is the assent without its speaker's label)."""
    if index == 0 or not _ASSENT.match(text):
        return None
    question = sentences[index - 1]
    if question.paragraph == sentences[index].paragraph or "?" not in question.text[-3:]:
        return None
    return question if _ASKS_COMMITMENT.search(question.text) else None


# An item that opens with a figure, an article or a question word lists a thing, not an
# act, under an introduction that lists topics ("The new price caps will be:" then "• 29
# cents per minute"; "The Commission shall study:" then "(2) The projected needs for
# ..."). Under one that delivers ("We will deliver the following by 2030:") the things
# are what is promised ("• 40 new hospitals").
_LISTS_A_THING = re.compile(
    r"[\d€£$%]|(?i:(?:the|a|an|various|how|what|which|whether|why|where|who)\b|[a-z]+ing\b)"
)
_LISTS_TOPICS = re.compile(
    r"\b(?:(?:will|shall|would)\s+(?:be|include|cover)|(?:are|is|include|includes|cover|"
    r"covers|regarding|concerning)|"
    r"(?:study|consider|examine|review|assess|address|identify|determine|report\s+on|look\s+at)"
    r"(?:\s+the\s+following)?)(?:\s+(?:by|before|within|until|in)\b[^:]*)?\s*[:\-–—]?\s*$",
    re.IGNORECASE,
)


def list_item(
    times: TimeFrames, text: str, bullet: re.Match[str] | None, intro: Candidate
) -> Candidate | None:
    """A bullet under a committing introduction ("Signatories commit to the following by
    2025:"): the introduction's pledge, item by item, dated by the item's own time frame
    if it has one. An item drawn without a bullet (`unmarked_item`) starts the line."""
    start, end = clean(text, bullet.end() if bullet else 0, len(text))
    if end <= start or (_LISTS_A_THING.match(text, start) and _LISTS_TOPICS.search(intro.quote)):
        return None
    if presented_content(intro.quote, text, start):
        return None  # "will outline his priorities:", "• Tackling the issue of" (`previewed`)
    if contact_line(text, start):
        return None  # "* Fax: 208-384-3489": where to write, no item (`contact_lines`)
    own = times.ahead(text, start, end)
    deadline = intro.deadline if own is None else own
    return Candidate(
        speaker=intro.speaker,
        promise=text[start:end],
        quote=text,
        deadline=deadline,
        deadline_text=deadline.matched if deadline else None,
        confidence=intro.confidence,
        cue=intro.cue,
    )


# The end of an item in a list drawn without bullets: "ban fake reviews; and".
_ITEM_END = re.compile(r"[;,](?:\s+(?:and|or))?\s*$")


def unmarked_item(sentences: Sequence[Sentence], index: int) -> bool:
    """A paragraph of a list drawn without bullets under a header ("The Government plan
    to:", then "reform the Price Marking Order;", "prohibit fake reviews; and", "extend
    the power ..."): an item ends in a semicolon, or follows one that did (the last)."""
    if index == 0:
        return False
    sentence, before = sentences[index], sentences[index - 1]
    if sentence.paragraph == before.paragraph:
        return False
    if sentence.text[:1].islower() and before.text.rstrip().endswith(":"):
        return True  # "will represent Parliament and:", then "address the Council at 15.00"
    return bool(_ITEM_END.search(sentence.text) or _ITEM_END.search(before.text))


def only_opens(intro: Candidate) -> bool:
    """A header whose committing words stop at the colon ("The Government plan to:",
    "The plan includes commitments to:"): it says nothing its items do not, so the
    items are the pledges and the header is not proposed beside them."""
    text = intro.quote.rstrip()
    if _HOW_WE.match(text):
        # "Here's how we'll make sure the scammers face up to their crimes:"; but one with
        # its own goal or date ("how the Government will deliver 1.5 million homes by
        # 2029:") pledges that, beside its items.
        return intro.deadline is None and re.search(r"\d", text) is None
    at = text.rfind(intro.cue)
    return at >= 0 and _OPENS.fullmatch(text, at + len(intro.cue)) is not None


# A lead-in that tells only that the list after it says how: "Here's how we're going to
# stop it:". Its items are the pledges.
_HOW_WE = re.compile(r"\W*(?:Here[’']s|Here\s+is|This\s+is)\s+how\b[^:]*:\s*$", re.I)


# What may stand between a header's committing words and its colon: "to:", "commitments to:".
_OPENS = re.compile(
    r"(?:\s+(?:commitments?|pledges?|plans?|measures|steps|actions?))?(?:\s+to)?\s*:"
)


_QUESTION_END = re.compile(r"\?(?=\s*$)")


def assent(
    sentence: Sentence, question: Sentence, times: TimeFrames, voice: str | None
) -> Candidate:
    """The assent to `question` as a pledge: the replier commits to what the question
    asked, timed by it."""
    text = sentence.text
    # the time of what was asked (a question's own time commits nobody: no_time_set.py), read
    # as the assent states it: a question's time is no deadline (CONVENTIONS 4.3) until the
    # assent undertakes it, so its mark is read as a full stop (same length, same offsets)
    asked = asked_clause(question.text)
    stated = _QUESTION_END.sub(".", question.text)
    deadline = times.ahead(stated, asked, len(stated))
    start, end = clean(text, sentence.label_end, len(text))
    return Candidate(
        speaker=voice,
        promise=text[start:end],  # a slice of its own sentence, as every promise is
        quote=text,
        deadline=deadline,
        deadline_text=deadline.matched if deadline else None,
        confidence=0.6,
        cue=text[start:end].split(",")[0],
    )
