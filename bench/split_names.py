"""The names a group option of the keep-rule tools names (bench/deadline_splits.py for the
deadline sets, bench/extract_splits.py for the article splits): a range of numbered names,
both ends included, or names given one by one, comma-separated; each one seen."""

from __future__ import annotations

import re
from collections.abc import Collection


def named(spec: str, stem: str, prefix: str, seen: Collection[str], what: str) -> set[str]:
    """The names `spec` gives: "{stem}N-{stem}M" stands for "{prefix}N" ... "{prefix}M"
    ("fresh53-fresh62": blind_fresh53 ... blind_fresh62), any other part for itself. A
    name not in `seen` is refused as "not a seen {what}", pointing to SEEN_{WHAT}S, the
    tool's list of them (SEEN_SETS, SEEN_SPLITS)."""
    span_of = re.compile(rf"{stem}(\d+)-{stem}(\d+)")
    names: set[str] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        span = span_of.fullmatch(part)
        if span:
            low, high = int(span.group(1)), int(span.group(2))
            names.update(f"{prefix}{n}" for n in range(low, high + 1))
        else:
            names.add(part)
    unknown = names - set(seen)
    if unknown:
        listed = f"SEEN_{what.upper()}S"
        raise SystemExit(f"not a seen {what}: {', '.join(sorted(unknown))} (see {listed})")
    return names
