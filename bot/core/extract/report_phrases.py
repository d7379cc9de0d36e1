"""The phrase a reporting verb gives as its speaker ("X said", "according to X", '...,
said X'), read from the sentence alone and the text (which words it writes in lower
case). Moved from the extractor, which keeps one reading per sentence and verb: the
text's names are collected from every reporting verb, and each sentence's attribution
then asks the same verbs again."""

from __future__ import annotations

import re

from bot.core.extract.actors import is_actor, noun_phrase_before, reporter_only, source_named
from bot.core.extract.cues import TITLES
from bot.core.extract.speakers import subject_before, walk_forward


def report_phrase(text: str, match: re.Match[str], whole: str) -> str | None:
    """The speaker phrase of the reporting verb `match` in the sentence `text` of the
    text `whole`, or None."""
    if match.group().lower().startswith("according"):
        rest = text[match.end() :]
        return reporter_only(source_named(rest, whole) or walk_forward(rest))
    phrase = subject_before(text, match.start())
    before = text[: match.start()].rstrip()
    if phrase is None and (not before or before.endswith((",", "”", '"', "’"))):
        # Inversion after a quotation: '..., said Mark Osei'.
        phrase = walk_forward(text[match.end() :])
    if phrase is None and before:
        group = noun_phrase_before(before)  # "All sides said", "negotiators said"
        office = group is not None and group.split()[-1].lower() in TITLES
        phrase = group if is_actor(group, whole) and not office else None
    return reporter_only(phrase)  # "Reuters said": whose report, never whose pledge
