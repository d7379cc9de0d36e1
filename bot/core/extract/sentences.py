"""Sentence splitting that keeps exact offsets, so a quote is a true excerpt."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.extract.calendar_names import WEEKDAY
from bot.core.extract.candidate import (
    MAX_SENTENCE_CHARS,
)

# ---------------------------------------------------------------------------
# Sentence splitting
# ---------------------------------------------------------------------------

# Abbreviations that are never the last word of a sentence in news copy: they
# introduce a name ("Dr. Helen Marsh", "Sen. Rosa Whitfield").
_TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms mx dr prof sen rep gov gen lt col capt cpt sgt maj adm cmdr rev hon st mt ft "
    "pres supt insp cllr fr sr jr messrs mme mlle "
    # Parts of a law, an order or a report: "Sec. 4(c) The second report shall ...".
    "sec secs art arts para paras pp vol vols fig figs".split()
)
# Month abbreviations only bind to a following day number ("Sept. 1").
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Abbreviations that may or may not end a sentence ("Acme Inc. said" / "by Acme Inc. The").
AMBIGUOUS_ABBREVIATIONS = frozenset(
    "inc corp ltd co plc llc no nos vs etc approx dept est al".split()
)
# After an ambiguous abbreviation, only these words are taken as a new sentence.
_SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i you this that these those there but and however in on at "
    "its his her their our meanwhile yet so still also after before while when if as for "
    "one some many most".split()
)

# A full stop with the space lost ("for 2019-2024.European Commission President") also
# ends a sentence when a word of four letters or digits precedes it and a capitalised
# word follows (not "U.S.Army", not "gov.uk"). A match starts only where a run of marks
# starts: tried inside a long run ("!?!?!?...x"), each start would re-scan the rest of
# the run, quadratic in a paste of punctuation. Both forms open on a mark: the lookahead
# first tries the lookbehinds only there, not at every letter of the text (stop 48).
_TERMINATOR = re.compile(
    r"(?=[.!?…])(?:(?<![.!?…])[.!?…]+[”\"’')\]]*(?=\s|$)|(?<=[a-z\d]{4})\.(?=[A-Z][a-z]{2,}\s))"
)
_DASHES = re.compile(r"-{2,}|[—–/]")
# A blank line; or a Hansard section mark at a line's start, which opens a member's
# contribution even when no blank line parts it from the one before ("[66798]\n§ Mr. X").
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*|\n(?=§\s)")
_OPENERS = "“\"‘'([«"


def paragraph_spans(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


# A line that starts a list item: "• publish ...", "- report ...", "1. appoint ...".
_SYMBOL = r"[•·▪●◦‣*\-–]"
BULLET = re.compile(r"[ \t]*(?:" + _SYMBOL + r"|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+")
# An item drawn with a symbol ("• New changes ..."), as the summaries above a release
# are; "(b)", "1." number the clauses of a document instead.
SYMBOL_ITEM = re.compile(r"[ \t]*" + _SYMBOL + r"[ \t]+")
# A dated line of a schedule starts its own item too: "will include:" then, line by
# line, "Monday 11 December—Second Reading of the Finance Bill."
_DATED_LINE = WEEKDAY + r"\s+\d{1,2}\s+[A-Z][a-z]+\s*[—–]"
_ITEM_START = re.compile(r"\n(?=" + BULLET.pattern + "|" + _DATED_LINE + ")")


def _item_spans(text: str) -> Iterable[tuple[int, int]]:
    """Paragraphs, each list item of them apart: an unpunctuated bullet list is a list
    of sentences, not one."""
    for para_start, para_end in paragraph_spans(text):
        start = para_start
        for match in _ITEM_START.finditer(text, para_start, para_end):
            yield start, match.start()
            start = match.end()
        yield start, para_end


def _is_boundary(text: str, match: re.Match[str], end: int) -> bool:
    """Decide whether the punctuation in `match` really ends a sentence.

    Looking at the next word matters more than the punctuation: news text is full of
    full stops that end abbreviations, and a lowercase continuation settles most of
    them ("U.S. warehouses", "“Why?” she asked").
    """
    rest = text[match.end() : end].lstrip()
    if not rest:
        return True
    first_char = rest.lstrip(_OPENERS)[:1]
    if not first_char or first_char.islower():
        return False
    if not match.group().startswith("."):
        return True
    # A bounded look-back: searching the whole prefix made splitting quadratic.
    word_match = re.search(r"(\S+)$", text[max(0, match.start() - 40) : match.start()])
    word = word_match.group(1).lstrip(_OPENERS) if word_match else ""
    # A dateline glued to the first word ("WASHINGTON--U.S. Rep. Ortiz", "LONDON—Dr.
    # Marsh"): the abbreviation is what follows the dashes.
    word = _DASHES.split(word)[-1]
    low = word.lower()
    next_word = re.match(r"[^\W_]+", rest.lstrip(_OPENERS))
    next_low = next_word.group().lower() if next_word else ""
    if low in _TITLE_ABBREVIATIONS:
        return False
    if low in _MONTH_ABBREVIATIONS:
        return not first_char.isdigit()
    # An initialism may close a hyphenated compound ("the India-U.S. Forum", "EU-U.K.").
    dotted = re.fullmatch(r"(?:[^\W\d_]+-)*(?:[A-Za-z]\.)+[A-Za-z]", word) is not None
    initial = re.fullmatch(r"[A-Z]", word) is not None
    if dotted or initial or low in AMBIGUOUS_ABBREVIATIONS:
        return next_low in _SENTENCE_STARTERS
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Offsets `(start, end)` of every sentence, so quotes can be cut exactly.

    Paragraphs (blank-line separated) always end a sentence; a headline without a
    full stop is therefore a sentence of its own. Single line breaks are ordinary
    white space, since pasted articles are often hard-wrapped.
    """
    spans: list[tuple[int, int]] = []
    for para_start, para_end in _item_spans(text):
        start = para_start
        for match in _TERMINATOR.finditer(text, para_start, para_end):
            if _is_boundary(text, match, para_end):
                spans.extend(_split_overlong(text, start, match.end()))
                start = match.end()
        spans.extend(_split_overlong(text, start, para_end))
    trimmed: list[tuple[int, int]] = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            trimmed.append((start + lead, start + lead + len(stripped)))
    return trimmed


def _split_overlong(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Fall back to line breaks when a "sentence" is too long to be one.

    Hard-wrapped prose keeps its line breaks inside sentences, but a pasted list of
    unpunctuated lines (bullet points, a transcript) would otherwise become one
    enormous sentence.
    """
    if end - start <= MAX_SENTENCE_CHARS:
        return [(start, end)]
    pieces = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        pieces.append((start + line.start(), start + line.end()))
    return pieces or [(start, end)]


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, each exactly as written."""
    return [text[start:end] for start, end in sentence_spans(text)]
