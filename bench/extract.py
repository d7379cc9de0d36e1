"""Quality and speed of bot.extract on the labelled articles.

Run from the repository root: `.venv/bin/python bench/extract.py`. Prints figures and
asserts nothing: the thresholds live in tests/test_extract.py, where a failure means
something; here we want to see the numbers move when the rules change.

Throughput matters because `/pledge extract` runs inside an interaction that must be
answered (or deferred) within three seconds; a pasted article is a few kB.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.extract import extract_pledges  # noqa: E402
from tests.data.articles.labelled import Score, load_articles, score  # noqa: E402

TARGET_SECONDS = 2.0


def quality() -> None:
    articles = load_articles()
    total = Score(0, 0, 0, 0, 0, 0)
    print(f"{'article':24} {'cands':>5} {'labels':>6} {'precision':>9} {'recall':>6} {'due ok':>7}")
    for article in articles:
        candidates = extract_pledges(article.text, article.published, article.tz)
        result = score(article, candidates)
        total = total + result
        print(
            f"{article.name:24} {result.candidates:5d} {result.labels:6d} "
            f"{result.precision:9.2f} {result.recall:6.2f} "
            f"{result.due_agreed:3d}/{result.due_checked:<3d}"
        )
    print(
        f"{'overall':24} {total.candidates:5d} {total.labels:6d} "
        f"{total.precision:9.2f} {total.recall:6.2f} {total.due_agreed:3d}/{total.due_checked:<3d}"
    )
    print("(due ok: found pledges whose labelled due date the deadline parser reproduced)")


def throughput() -> None:
    articles = load_articles()
    corpus_bytes = sum(len(article.text.encode("utf-8")) for article in articles)
    # Warm up the regex caches and the deadline parser before timing.
    for article in articles:
        extract_pledges(article.text, article.published, article.tz)
    rounds = 0
    started = time.perf_counter()
    elapsed = 0.0
    while elapsed < TARGET_SECONDS:
        for article in articles:
            extract_pledges(article.text, article.published, article.tz)
        rounds += 1
        elapsed = time.perf_counter() - started
    kilobytes = corpus_bytes * rounds / 1000
    print(
        f"\nthroughput: {kilobytes / elapsed:.1f} kB/s "
        f"({rounds} passes over {len(articles)} articles, {corpus_bytes / 1000:.1f} kB each pass, "
        f"{elapsed:.2f} s; {1000 * elapsed / (rounds * len(articles)):.2f} ms per article)"
    )


if __name__ == "__main__":
    quality()
    throughput()
