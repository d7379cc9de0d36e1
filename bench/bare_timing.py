"""CPU time of the deadline parser on whole sentences, the extractor's inputs (issue 12: the
fast path of bot/core/deadlines/bare.py must not slow them down).

    PLEDGEWATCH_COMPILED=1 .venv/bin/python bench/bare_timing.py TREE [COUNT]

Reads COUNT (2,000) sentences of the seen real sets (blind_real, kinds_real*), cycled, each
as bot.core.extract.timeframe.TimeFrames reads the words it is given (plain_words, then
parse_deadline), with TREE's parser; prints phrases a second by CPU time, best of 5 runs.
"""

from __future__ import annotations

import importlib
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

TREE = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(TREE))
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000


def main() -> None:
    from bot.core.deadlines import parse_deadline
    from bot.core.extract.timeframe import plain_words

    texts: list[tuple[str, datetime, str]] = []
    for path in sorted((TREE / "tests/data/deadlines").glob("*.py")):
        if path.stem == "blind_real" or path.stem.startswith("kinds_real"):
            module = importlib.import_module(f"tests.data.deadlines.{path.stem}")
            for attr in (a for a in dir(module) if a.endswith("CASES")):
                for case in getattr(module, attr):
                    said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
                    texts.append((plain_words(case.text), said, case.tz))
    inputs = [texts[i % len(texts)] for i in range(COUNT)]
    best = 0.0
    for _ in range(5):
        cpu = time.process_time()
        for text, said, tz in inputs:
            parse_deadline(text, said, tz)
        best = max(best, COUNT / (time.process_time() - cpu))
    mean = sum(len(t) for t, _, _ in inputs) / COUNT
    print(f"{COUNT} sentences (mean {mean:.0f} chars): {best:,.0f} a second (CPU, best of 5)")


if __name__ == "__main__":
    main()
