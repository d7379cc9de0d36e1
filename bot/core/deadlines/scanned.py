"""The scan of a text as the reading takes it (choose.py, bare.py): the text lowered and
normalised, and each phrase the scanner finds in it (prescan.py) as a Hit, with its suffix
and whether it stands alone."""

from __future__ import annotations

from bot.core.deadlines import prescan, told
from bot.core.deadlines.context import Hit
from bot.core.deadlines.vocabulary import NOISE, SUFFIX, normalised


def scan_text(text: str) -> tuple[str, list[Hit]]:
    lowered = told.blank_restated_local(told.unstrike(normalised(text)))
    hits: list[Hit] = []
    for start, end, kind, core, pre, opening in prescan.scan(lowered):
        if end < len(lowered) and (lowered[end] == "," or lowered[end].isspace()):
            suffix = SUFFIX.match(lowered, end)  # a suffix starts with one of them
            if suffix is not None:
                end = suffix.end()
        whole = not start or NOISE.fullmatch(lowered, 0, start) is not None  # punctuation
        whole = whole and (end == len(lowered) or NOISE.fullmatch(lowered, end) is not None)
        hits.append(Hit(start, end, kind, core, pre, opening, whole))
    return lowered, hits


# scan_text tries the suffix only where a comma or a space follows: every suffix begins so
assert SUFFIX.pattern.startswith(r"(?:,?\s+(?:")
