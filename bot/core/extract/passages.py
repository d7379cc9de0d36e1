"""Sentences with their context: paragraph, headline, quotation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from bot.core.extract.actors import introduced_speaker, paragraph_label
from bot.core.extract.answered import answers_after_questions
from bot.core.extract.members import member_heading, words_of
from bot.core.extract.sentences import (
    paragraph_spans,
    sentence_spans,
)

_HONORIFICS = frozenset(
    """
    mr mrs ms miss dr sir lord lady baroness dame secretary president ambassador senator
    minister governor general admiral chairman chairwoman chair spokesperson spokesman
    spokeswoman commissioner mayor prime deputy under assistant vice
    """.split()
)

# ---------------------------------------------------------------------------
# Sentences with their context
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Sentence:
    start: int
    text: str
    paragraph: int
    headline: bool
    quote_span: int | None = None
    attribution: str | None = None
    # The paragraph's speaker label (Hansard, transcripts) and where it ends in `text`.
    label: str | None = None
    label_end: int = 0
    question: bool = False
    # Who the "X said:" paragraph before this quoted paragraph introduced.
    introduced: str | None = None
    # The actor this sentence names as its subject, for "they" in later sentences.
    actor: str | None = None


def opening(sentences: Sequence[Sentence], count: int) -> Iterator[Sentence]:
    """The first `count` sentences a release says in its own voice: no headline, no
    speaker's label, no quotation (where `impersonal` looks for who issues it)."""
    own = (
        sentence
        for sentence in sentences
        if not (sentence.headline or sentence.label or sentence.quote_span is not None)
    )
    return islice(own, count)


def _carried_labels(
    labels: list[tuple[str | None, int, bool]], headings: Collection[int] = ()
) -> list[tuple[str | None, int, bool]]:
    """A transcript speaker keeps the floor over the unlabelled paragraphs that follow
    ("MS NAUERT: ..." then "Next, we will head to Riyadh."), until the next label; so
    does a question ("QUESTION: ...", "asked Her Majesty's Government:" and the question
    itself in the paragraph below), and a member's heading line (`members`, numbered in
    `headings`)."""
    carried: list[tuple[str | None, int, bool]] = []
    speaker: str | None = None
    asking = False
    seen = Counter(label for label, label_end, _ in labels if label and label_end)
    for number, (label, label_end, question) in enumerate(labels):
        if label_end or question:
            # A capitals kicker ("ICYMI:", "FACT SHEET:") is no speaker: one who keeps
            # the floor has a title ("MS NAUERT:"), a heading line of their own, or
            # speaks more than once.
            titled = label is not None and label.split()[0].lower().rstrip(".") in _HONORIFICS
            keeps = label is not None and (titled or seen[label] > 1 or number in headings)
            speaker, asking = (None, True) if question else (label if keeps else None, False)
            carried.append((label, label_end, question))
        else:
            carried.append((label or speaker, 0, asking))
    return carried


def build_sentences(text: str) -> list[Sentence]:
    paragraph_bounds = list(paragraph_spans(text))
    sentences: list[Sentence] = []
    span_id = 0
    open_quote = False
    paragraph = 0
    paragraphs = [text[a:b].lstrip() for a, b in paragraph_bounds]
    labels = list(map(paragraph_label, paragraphs))
    words = words_of(text)
    headings = set()
    for number, (label, label_end, question) in enumerate(labels):
        member = (
            None if label or label_end or question else member_heading(paragraphs[number], words)
        )
        if member:
            labels[number] = (member, len(paragraphs[number]), False)
            headings.add(number)
    labels = answers_after_questions(_carried_labels(labels, headings), paragraphs)
    introduced: list[str | None] = [None] * len(paragraph_bounds)
    for number, (para_start, para_end) in enumerate(paragraph_bounds):
        who = introduced_speaker(text[para_start:para_end])
        follow = number + 1
        while who and follow < len(paragraph_bounds):
            body = text[paragraph_bounds[follow][0] : paragraph_bounds[follow][1]].lstrip()
            if not body or body[0] not in "“\"‘'" and follow > number + 1:
                break
            introduced[follow] = who
            follow += 1
    first_in_paragraph = True
    for start, end in sentence_spans(text):
        while paragraph + 1 < len(paragraph_bounds) and start >= paragraph_bounds[paragraph + 1][0]:
            paragraph += 1
            open_quote = False
            first_in_paragraph = True
        chunk = text[start:end]
        para_start, para_end = paragraph_bounds[paragraph]
        # A one-line paragraph without a full stop: headline style ("X to do Y"); one
        # that ends in a colon or a semicolon introduces or continues a list instead
        # ("(b) The Council shall be composed of the following members:").
        headline = (
            len(chunk) <= 140
            and text[para_start:para_end].strip() == chunk
            and "\n" not in chunk
            and chunk[-1:] not in '.!?…”"’:;'
        )
        starts_inside = open_quote
        depth_open = open_quote
        for char in chunk:
            if char == "“":
                depth_open = True
            elif char == "”":
                depth_open = False
            elif char == '"':
                depth_open = not depth_open
        has_quote = starts_inside or any(c in chunk for c in '“”"')
        if not starts_inside and has_quote:
            span_id += 1
        sentence = Sentence(start, chunk, paragraph, headline)
        label, label_end, question = labels[paragraph]
        sentence.label, sentence.question = label, question
        sentence.introduced = introduced[paragraph]
        if first_in_paragraph:
            sentence.label_end = min(label_end, len(chunk))
        first_in_paragraph = False
        if has_quote:
            sentence.quote_span = span_id
        sentences.append(sentence)
        open_quote = depth_open
    return sentences
