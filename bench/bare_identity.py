"""Dump every deadline reading of the labelled sets and of generated phrases, to diff two
trees (or the fast path of bot/core/deadlines/bare.py on and off) line by line.

    .venv/bin/python bench/bare_identity.py TREE [--slow] > out.txt

TREE is the checkout whose parser reads (its `bot` is imported first). With --slow the fast
path is off (`bare.FAST = False`; a tree without bare.py has none). One line a reading. The
cases of the blind sets still to be kept unseen by tuners (the odd third to seventy-ninth
fresh sets, the eighty-first and later) print as a hash of the reading only, never their
words, so a diff of two dumps counts their differences without showing a case; the sets still
waiting for their first run (bench/deadlines.py's `_WAITING`) are never imported.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

TREE = Path(sys.argv[1]).resolve()
_OWN = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TREE))

# the first fresh set still waiting for its first run (bench/deadlines.py's `_WAITING`), and
# every later one: never imported here
_WAITING = re.search(r"_WAITING = \{\s*(\d+):", (_OWN / "bench/deadlines.py").read_text())
assert _WAITING is not None, "bench/deadlines.py names the sets waiting for their first run"
_FIRST_UNSEEN = int(_WAITING[1])
_PHRASES = 4000  # generated ones


def _sets() -> list[tuple[str, bool, list[tuple[str, datetime, str, bool]]]]:
    """(name, unseen, cases as (text, reference, zone, day_first)) of every labelled set."""
    from tests.core.deadline_cases import CASES

    sets = [("deadline_cases", False, [(c.text, c.reference, c.tz, c.day_first) for c in CASES])]
    for path in sorted((TREE / "tests/data/deadlines").glob("*.py")):
        name = path.stem
        number = re.fullmatch(r"blind_fresh([0-9]+)", name)
        n = int(number[1]) if number else 0
        if n >= _FIRST_UNSEEN or name == "relabels":
            continue
        unseen = n >= 81 or (3 <= n <= 79 and n % 2 == 1)
        module = importlib.import_module(f"tests.data.deadlines.{name}")
        for attr in dir(module):
            if not attr.endswith("CASES"):
                continue
            cases = [
                (c.text, datetime.fromisoformat(c.said).replace(tzinfo=UTC), c.tz, c.day_first)
                for c in getattr(module, attr)
            ]
            sets.append((f"{name}.{attr}", unseen, cases))
    # the generator of this script's own tree (the other may predate it)
    own = _OWN / "tests/core/bare_phrases.py"
    spec = importlib.util.spec_from_file_location("bare_phrases", own)
    assert spec is not None and spec.loader is not None
    phrases = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(phrases)
    sets.append(("generated", False, phrases.generated(_PHRASES)))
    return sets


def main() -> None:
    from bot.core import deadlines

    if "--slow" in sys.argv[2:]:
        deadlines.bare.FAST = False
    for name, unseen, cases in _sets():
        for i, (text, reference, tz, day_first) in enumerate(cases):
            got = repr(deadlines.interpret_deadline(text, reference, tz, day_first=day_first))
            if unseen:
                print(name, i, hashlib.sha256(got.encode()).hexdigest()[:20])
            else:
                print(name, i, repr(text), reference.isoformat(), tz, day_first, got)


if __name__ == "__main__":
    main()
