"""The issue-12 property shared by the generated-phrase tests: every number (and zone or
offset token) in a phrase is used by the reading, or the parser refuses naming it, or
answers None. Never read past silently."""

from __future__ import annotations

import re

from bot.core.deadlines import Deadline, Refusal

NUMBERS = re.compile(r"[0-9]+")


def matched_spans(text: str, matched: str) -> list[tuple[int, int]]:
    """Where the parts of the matched words ("on 1 September … 12 weeks") lie in the text."""
    out, at = [], 0
    for part in matched.split(" … "):
        start = text.find(part, at)
        assert start >= 0, (text, matched)
        out.append((start, start + len(part)))
        at = start + len(part)
    return out


def assert_every_token_used(
    text: str, got: Deadline | Refusal | None, tokens: re.Pattern[str] = NUMBERS
) -> None:
    found = list(tokens.finditer(text))
    if got is None:
        return
    if isinstance(got, Refusal):
        assert any(t.group() in got.words for t in found), (text, got)
        return
    spans = matched_spans(text, got.matched)
    for token in found:
        assert any(s <= token.start() and token.end() <= e for s, e in spans), (text, got)
