"""How often two labellers agree: the blind sets' labels against a second, independent
labelling of the same material (`tests/data/agreement/`).

Run from the repository root: `.venv/bin/python bench/label_agreement.py [-v]`. Prints
figures, asserts nothing; `-v` lists every disagreement.

Why: a blind first run below a target could be the parser's or extractor's fault or the
labels' (two careful people reading the same sentence differently). A second labeller,
who saw neither the first labels nor any output of the code, labelled the same material
from the same written conventions before the first run; where the two agree far more
often than the code agrees with either, the labels are not the ceiling.

- Deadlines (`blind_fresh6.py`, `blind_fresh13.py`, `blind_fresh69.py`, `blind_fresh75.py`,
  `blind_fresh83.py`, `blind_fresh89.py`, `blind_fresh93.py`, `blind_fresh131.py`,
  issue 12): a case agrees when
  both say no deadline, or both give the same due instant to the minute with the same vague
  flag (the bench's own rule for a right answer).
- Articles (`real/blind5/`, `blind6/`, `blind15/`, `blind73/`, `blind76/`, `blind80/`, issue
  13): two labels are the same pledge when their keys overlap in the text or lie in the same
  sentence (no sentence end between them). With the first labels as reference: the share of
  the second's labels the first also has (precision), of the first's the second also has
  (recall), and the speaker agreeing on pledges both have."""

from __future__ import annotations

import dataclasses
import importlib
import json
import re
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AGREEMENT = ROOT / "tests" / "data" / "agreement"
REAL = ROOT / "tests" / "data" / "articles" / "real"
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n")


def _minute(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(second=0)


def _second_fresh6() -> list[dict]:
    rows = json.loads((AGREEMENT / "fresh6_second.json").read_text("utf-8"))
    return [row for _, row in sorted((row["id"], row) for row in rows)]


def _second(number: int) -> list[dict]:
    """The second labelling of fresh set `number`, kept as `tests/data/agreement/
    fresh<number>_second.py` (`FRESH<number>_SECOND`)."""
    module = importlib.import_module(f"tests.data.agreement.fresh{number}_second")
    return [dataclasses.asdict(case) for case in getattr(module, f"FRESH{number}_SECOND")]


def _deadline_pairs() -> list[tuple[str, list, list[dict]]]:
    """(name, the first labels, the second labels in the same order) for each set that has
    both here."""
    pairs = []
    try:
        from tests.data.deadlines.blind_fresh6 import FRESH6_CASES

        pairs.append(("sixth fresh set", list(FRESH6_CASES), _second_fresh6()))
    except ImportError:
        print("deadlines: blind_fresh6.py not present")
    seconds = (
        (13, "thirteenth"),
        (69, "sixty-ninth"),
        (75, "seventy-fifth"),
        (83, "eighty-third"),
        (89, "eighty-ninth"),
        (93, "ninety-third"),
        (131, "hundred-and-thirty-first"),
    )
    for number, name in seconds:
        try:
            module = importlib.import_module(f"tests.data.deadlines.blind_fresh{number}")
        except ImportError:
            print(f"deadlines: blind_fresh{number}.py not present")
            continue
        first = list(getattr(module, f"FRESH{number}_CASES"))
        pairs.append((f"{name} fresh set", first, _second(number)))
    return pairs


def deadlines(verbose: bool) -> None:
    for name, first, second in _deadline_pairs():
        agree = 0
        for number, (case, other) in enumerate(zip(first, second, strict=True), 1):
            if case.due is None or other["due"] is None:
                same = case.due is None and other["due"] is None
            else:
                same = _minute(case.due) == _minute(other["due"]) and case.vague == other["vague"]
            agree += same
            if verbose and not same:
                print(
                    f"  {name}, case {number}: first due={case.due} vague={case.vague} "
                    f"refusal={case.refusal} | second due={other['due']} "
                    f"vague={other['vague']} refusal={other['refusal']}"
                )
        total = len(first)
        print(
            f"deadlines, {name}: the two labellers agree on {agree}/{total} ({agree / total:.1%})"
        )


def _spans(text: str, labels: list[dict]) -> list[tuple[int, int, dict]]:
    found = []
    for label in labels:
        start = text.find(label["key"])
        found.append((start, start + len(label["key"]), label))
    return found


def _same(text: str, one: tuple[int, int, dict], other: tuple[int, int, dict]) -> bool:
    (s1, e1, _), (s2, e2, _) = one, other
    if s1 < 0 or s2 < 0:
        return False
    if s1 < e2 and s2 < e1:
        return True
    low, high = (e1, s2) if e1 <= s2 else (e2, s1)
    return not SENTENCE_END.search(text[low:high])


def _names(label: dict) -> set[str]:
    speaker = label.get("speaker")
    names = [speaker] if isinstance(speaker, str) else speaker or []
    return {name.casefold() for name in names}


def articles(split: str, verbose: bool) -> None:
    first_labels = second_labels = first_found = second_found = speakers = 0
    for path in sorted((AGREEMENT / split).glob("*.json")):
        text = (REAL / split / f"{path.stem}.txt").read_text("utf-8")
        first = _spans(text, json.loads((REAL / split / path.name).read_text("utf-8"))["pledges"])
        second = _spans(text, json.loads(path.read_text("utf-8"))["pledges"])
        first_labels += len(first)
        second_labels += len(second)
        for label in first:
            matching = [other for other in second if _same(text, label, other)]
            if matching:
                first_found += 1
                speakers += bool(_names(label[2]) & _names(matching[0][2]))
            elif verbose:
                print(f"  {split}/{path.stem}: only the first: {label[2]['key'][:80]!r}")
        for label in second:
            if any(_same(text, other, label) for other in first):
                second_found += 1
            elif verbose:
                print(f"  {split}/{path.stem}: only the second: {label[2]['key'][:80]!r}")
    precision = second_found / second_labels if second_labels else 1.0
    recall = first_found / first_labels if first_labels else 1.0
    print(
        f"articles, {split}: first {first_labels} pledges, second {second_labels}; "
        f"agreement P {precision:.2f} / R {recall:.2f}; speaker {speakers}/{first_found}"
    )


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    deadlines(verbose)
    for split in ("blind5", "blind6", "blind15", "blind73", "blind76", "blind80"):
        if (AGREEMENT / split).is_dir() and (REAL / split).is_dir():
            articles(split, verbose)


if __name__ == "__main__":
    main(sys.argv[1:])
