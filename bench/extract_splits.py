"""Pooled extraction figures of the seen splits, aggregate only: a tuner's keep rule.

Run from the repository root:

    .venv/bin/python bench/extract_splits.py --test=blind61-blind69 [--check=blind2-blind28]
        [--held=blind29,blind30]

The extractor's counterpart of bench/deadline_splits.py. The seen splits (`SEEN_SPLITS`
of tests/data/articles/labelled.py: every split whose first run is over) are split into
groups: test (`--test`), check (`--check`: development material a tuner does not read, so
that a rule written from the development misses it reads is judged on more pledges than
the test split holds), held (`--held`: held back, aggregate only) and development, all the
others. Each group prints one line: precision, recall, speaker and due date pooled over
its articles, candidates read as /pledge extract shows them (`set_aside=True`, the
"Maybe" ones and the set-aside ones not counted as shown). It never prints an article or
a sentence: read development misses with `bench/extract.py --misses --hold=...`, holding
every split of the other groups. A split not yet scored (not in `SEEN_SPLITS`) is never
read here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from split_names import named  # noqa: E402

from bot.core.extract import extract_pledges  # noqa: E402
from tests.data.articles.labelled import SEEN_SPLITS, Score, load_split, score  # noqa: E402


def named_splits(spec: str) -> set[str]:
    """The split names a group's value names: "blind61-blind69" (both ends included) or a
    comma-separated list of names ("blind29,blind30"); every one must be a seen split."""
    return named(spec, "blind", "blind", SEEN_SPLITS, "split")


def pooled(names: list[str]) -> Score:
    total = Score()
    for name in names:
        for article in load_split(name):
            listed = extract_pledges(article.text, article.published, article.tz, set_aside=True)
            total = total + score(article, [c for c in listed if c.doubt is None])
    return total


def line(group: str, total: Score) -> str:
    def share(part: int, whole: int) -> str:
        return f"{part / whole:.3f} ({part}/{whole})" if whole else f"- (0/{whole})"

    return (
        f"{group}: P {share(total.true_candidates, total.candidates)} "
        f"R {share(total.found_labels, total.labels)} "
        f"speaker {total.speaker_right}/{total.found_labels} "
        f"due {total.due_agreed}/{total.due_checked}"
    )


def main(argv: list[str]) -> int:
    options = {"--test": "test", "--check": "check", "--held": "held"}
    groups: dict[str, set[str]] = {}
    for arg in argv:
        flag, _, value = arg.partition("=")
        if flag not in options or options[flag] in groups or not value:
            print(__doc__)
            return 2
        groups[options[flag]] = named_splits(value)
    if "test" not in groups:
        print(__doc__)
        return 2
    claimed: dict[str, str] = {}
    for group, names in groups.items():
        for name in names:
            if name in claimed:
                raise SystemExit(f"{name} is in both {claimed[name]} and {group}")
            claimed[name] = group
    development = [name for name in SEEN_SPLITS if name not in claimed]
    print(line("development", pooled(development)))
    for group in ("test", "check", "held"):
        if group in groups:
            print(line(group, pooled(sorted(groups[group]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
