"""The scan of a text as the reading takes it (choose.py, bare.py): the text lowered and
normalised, and each phrase the scanner finds in it (prescan.py) as a Hit, with its suffix
and whether it stands alone.

The last text's scan is kept: bare.py scans a short text first, and when it is not one bare
phrase the full path scans the same text again (read_outcome), as do its readings in another
zone. The scan is a function of the text alone, so the kept one is the one a new scan would
give; its hits are built anew each time, as the reading marks them (note, open, start)."""

from __future__ import annotations

from bot.core.deadlines import prescan, told
from bot.core.deadlines.context import Hit
from bot.core.deadlines.vocabulary import NOISE, SUFFIX, normalised

_Found = tuple[int, int, str, str, str, bool, bool]
# the text last scanned, its lowered form and what was found: one tuple, set in one step
_last: tuple[str, str, list[_Found]] = ("", "", [])


def scan_text(text: str) -> tuple[str, list[Hit]]:
    global _last
    kept = _last
    if text == kept[0] and text:
        return kept[1], _hits(kept[2])
    lowered = told.blank_restated_local(told.unstrike(normalised(text)))
    found: list[_Found] = []
    for start, end, kind, core, pre, opening in prescan.scan(lowered):
        if end < len(lowered) and (lowered[end] == "," or lowered[end].isspace()):
            suffix = SUFFIX.match(lowered, end)  # a suffix starts with one of them
            if suffix is not None:
                end = suffix.end()
        whole = not start or NOISE.fullmatch(lowered, 0, start) is not None  # punctuation
        whole = whole and (end == len(lowered) or NOISE.fullmatch(lowered, end) is not None)
        found.append((start, end, kind, core, pre, opening, whole))
    _last = (text, lowered, found)
    return lowered, _hits(found)


def _hits(found: list[_Found]) -> list[Hit]:
    return [
        Hit(s, e, kind, core, pre, opening, whole)
        for s, e, kind, core, pre, opening, whole in found
    ]


# scan_text tries the suffix only where a comma or a space follows: every suffix begins so
assert SUFFIX.pattern.startswith(r"(?:,?\s+(?:")
