"""Development and test totals of the seen deadline sets: a tuner's keep rule, aggregate only.

Run from the repository root:

    .venv/bin/python bench/deadline_splits.py --test=fresh81-fresh86 [--check=fresh2-fresh40]
        [--misses]

A change to the deadline parser is kept only if it helps on material it was not written
from. The seen sets (`SEEN_SETS` of bench/deadlines.py: every set whose first run is over)
are split in two: the test sets named by `--test` (a range of fresh sets, or names of
modules under tests/data/deadlines/, comma-separated) and the development sets, all the
others. It prints one total line for each; with `--misses` it also prints every
development miss (text, wanted, got), never a test case, so a tuner can read the
development misses and run the test total before and after a rule without seeing what
the test sets hold. `--check` names a third group the same way, taken out of development and
printed as one total line like the test sets: development material a tuner does not read,
so that a rule written from the development misses it does read is judged on many more
cases than the test sets hold (a rule of a handful of sentences rarely shows on the test
sets alone). Labels are read as CONVENTIONS.md reads them (relabels.py's overlay),
and right means the exact rule of bench/deadlines.py (the same instant to the minute, and
vague where the label is).

It reads only `SEEN_SETS`: a fresh set waiting for its first run (bench/deadlines.py's
`BLIND_NOW`) is never scored here.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from deadlines import SEEN_SETS, _blind_exact, _blind_reference  # noqa: E402
from split_names import named  # noqa: E402

from bot.core.deadlines import parse_deadline  # noqa: E402
from tests.data.deadlines.relabels import conventional  # noqa: E402


def named_modules(spec: str) -> set[str]:
    """The module names a `--test` or `--check` value names: "fresh53-fresh62" (both ends
    included) or a comma-separated list of module names ("blind_fresh53,kinds_real20")."""
    return named(spec, "fresh", "blind_fresh", {module for _, module, _ in SEEN_SETS}, "set")


def main(argv: list[str]) -> int:
    specs = [a.removeprefix("--test=") for a in argv if a.startswith("--test=")]
    checks = [a.removeprefix("--check=") for a in argv if a.startswith("--check=")]
    misses = "--misses" in argv
    if len(specs) != 1 or len(checks) > 1 or len(argv) != 1 + len(checks) + misses:
        print(__doc__)
        return 2
    if not specs[0].strip() or (checks and not checks[0].strip()):
        # An unset shell variable ("--test=$TEST12") would leave every set in development,
        # and --misses would then print the test and check sets' cases.
        print("empty --test or --check value: name the sets (an unset shell variable?)")
        return 2
    test = named_modules(specs[0])
    check = named_modules(checks[0]) if checks else set()
    if test & check:
        raise SystemExit(f"in both --test and --check: {', '.join(sorted(test & check))}")
    totals = {"development": [0, 0], "test": [0, 0]}
    if check:
        totals["check"] = [0, 0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _, module, first_labels in SEEN_SETS:
            group = "test" if module in test else "check" if module in check else "development"
            for case in conventional(module, first_labels):
                right = _blind_exact(case)
                totals[group][0] += right
                totals[group][1] += 1
                if misses and not right and group == "development":
                    got = parse_deadline(
                        case.text, _blind_reference(case), case.tz, day_first=case.day_first
                    )
                    shown = None if got is None else (got.due.isoformat(), got.vague, got.matched)
                    print(f"MISS {module}: {case.text[:200]!r}")
                    print(f"  want {case.due} vague={case.vague} got {shown}")
    for group, (right, total) in totals.items():
        print(f"{group}: {right}/{total} = {100 * right / total:.2f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
