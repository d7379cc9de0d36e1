"""How often two labellers agree: the blind sets' labels against a second, independent
labelling of the same material (`tests/data/agreement/`).

Run from the repository root: `.venv/bin/python bench/label_agreement.py [-v] [--waiting]`.
Prints figures, asserts nothing; `-v` lists every disagreement and every unpaired case.

Why: a blind first run below a target could be the parser's or extractor's fault or the
labels' (two careful people reading the same sentence differently). A second labeller,
who saw neither the first labels nor any output of the code, labelled the same material
from the same written conventions before the first run; where the two agree far more
often than the code agrees with either, the labels are not the ceiling.

- Deadlines (`blind_fresh6.py`, `blind_fresh13.py`, `blind_fresh69.py`, `blind_fresh75.py`,
  `blind_fresh83.py`, `blind_fresh89.py`, `blind_fresh93.py`, `blind_fresh131.py`,
  `blind_fresh171.py`, issue 12): a case agrees when
  both say no deadline, or both give the same due instant to the minute with the same vague
  flag (the bench's own rule for a right answer). The two labellings are paired by phrasing
  and moment of speaking (`text`, `said`), not by position, so a case removed from one side
  only (a licence audit) cannot shift the rest; each line says how many cases of either side
  found no partner (`tests/test_bench_label_agreement.py` requires none). `fresh6_second.json`
  holds no text: its rows are paired by `id`, the case's place in `blind_fresh6.py` from 1.
  A set still waiting for its first run (`_WAITING` of bench/deadlines.py, read from its
  source) is not compared unless `--waiting` is given: the lead's, before that first run;
  tuners and helpers never pass it.
- Articles (`real/blind5/`, `blind6/`, `blind15/`, `blind73/`, `blind76/`, `blind80/`, issue
  13): two labels are the same pledge when their keys overlap in the text or lie in the same
  sentence (no sentence end between them). With the first labels as reference: the share of
  the second's labels the first also has (precision), of the first's the second also has
  (recall), and the speaker agreeing on pledges both have."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import json
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AGREEMENT = ROOT / "tests" / "data" / "agreement"
REAL = ROOT / "tests" / "data" / "articles" / "real"
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n")


def _minute(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(second=0)


def _second_fresh6(first: list[Any]) -> list[dict]:
    """fresh6's second labels, each given the `text` and `said` of the case its `id` names
    (its place in `blind_fresh6.py`, from 1); an id beyond the set keeps no text and so
    pairs with nothing."""
    rows = json.loads((AGREEMENT / "fresh6_second.json").read_text("utf-8"))
    labels = []
    for _, row in sorted((row["id"], row) for row in rows):
        case = first[row["id"] - 1] if 1 <= row["id"] <= len(first) else None
        labels.append(
            {**row, "text": getattr(case, "text", None), "said": getattr(case, "said", None)}
        )
    return labels


def _second(number: int) -> list[dict]:
    """The second labelling of fresh set `number`, kept as `tests/data/agreement/
    fresh<number>_second.py` (`FRESH<number>_SECOND`)."""
    module = importlib.import_module(f"tests.data.agreement.fresh{number}_second")
    return [dataclasses.asdict(case) for case in getattr(module, f"FRESH{number}_SECOND")]


def waiting() -> set[int]:
    """The fresh sets still waiting for their first run: the keys of `_WAITING` in
    bench/deadlines.py, read from its source (importing it would import the parser)."""
    tree = ast.parse((ROOT / "bench" / "deadlines.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            continue
        if "_WAITING" in names and node.value is not None:
            return set(ast.literal_eval(node.value))
    raise SystemExit("bench/deadlines.py: no _WAITING found")


SECONDS = (
    (13, "thirteenth"),
    (69, "sixty-ninth"),
    (75, "seventy-fifth"),
    (83, "eighty-third"),
    (89, "eighty-ninth"),
    (93, "ninety-third"),
    (131, "hundred-and-thirty-first"),
    (171, "hundred-and-seventy-first"),
    (174, "hundred-and-seventy-fourth"),
    (179, "hundred-and-seventy-ninth"),
    (184, "hundred-and-eighty-fourth"),
    (189, "hundred-and-eighty-ninth"),
    (198, "hundred-and-ninety-eighth"),
    (203, "two-hundred-and-third"),
    (206, "two-hundred-and-sixth"),
    (211, "two-hundred-and-eleventh"),
)


def deadline_pairs(with_waiting: bool = False) -> list[tuple[str, list, list[dict]]]:
    """(name, the first labels, the second labels) for each set that has both here; a set
    waiting for its first run only `with_waiting`."""
    pairs = []
    try:
        from tests.data.deadlines.blind_fresh6 import FRESH6_CASES

        first6 = list(FRESH6_CASES)
        pairs.append(("sixth fresh set", first6, _second_fresh6(first6)))
    except ImportError:
        print("deadlines: blind_fresh6.py not present")
    blind = waiting()
    for number, name in SECONDS:
        if number in blind and not with_waiting:
            print(f"deadlines, {name} fresh set: waits for its first run, not compared")
            continue
        try:
            module = importlib.import_module(f"tests.data.deadlines.blind_fresh{number}")
        except ImportError:
            print(f"deadlines: blind_fresh{number}.py not present")
            continue
        first = list(getattr(module, f"FRESH{number}_CASES"))
        pairs.append((f"{name} fresh set", first, _second(number)))
    return pairs


def pair(first: list[Any], second: list[dict]) -> tuple[list[tuple[int, Any, dict]], list, list]:
    """Pair a set's first labels with its second by (`text`, `said`). Returns the pairs as
    (the case's place in the first set from 1, first case, second label), the first cases
    no second label names and the second labels whose case is not in the first set. Equal
    keys, if ever, pair in their order."""
    by_key: dict[tuple[str, str], list[dict]] = {}
    for other in second:
        by_key.setdefault((other["text"], str(other["said"])), []).append(other)
    pairs, only_first = [], []
    for number, case in enumerate(first, 1):
        found = by_key.get((case.text, str(case.said)))
        if found:
            pairs.append((number, case, found.pop(0)))
        else:
            only_first.append(case)
    only_second = [other for left in by_key.values() for other in left]
    return pairs, only_first, only_second


def deadlines(verbose: bool, with_waiting: bool = False) -> None:
    for name, first, second in deadline_pairs(with_waiting):
        pairs, only_first, only_second = pair(first, second)
        agree = 0
        for number, case, other in pairs:
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
        if verbose:
            for case in only_first:
                print(f"  {name}, only the first: {case.said} {case.text[:80]!r}")
            for other in only_second:
                print(f"  {name}, only the second: {other['said']} {str(other['text'])[:80]!r}")
        total = len(pairs)
        share = f"{agree / total:.1%}" if total else "-"
        print(
            f"deadlines, {name}: the two labellers agree on {agree}/{total} ({share}); "
            f"without a partner: {len(only_first)} first, {len(only_second)} second"
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
    deadlines(verbose, with_waiting="--waiting" in argv)
    for split in (
        "blind5",
        "blind6",
        "blind15",
        "blind73",
        "blind76",
        "blind80",
        "blind145",
        "blind147",
        "blind149",
        "blind151",
        "blind153",
        "blind155",
        "blind157",
        "blind158",
    ):
        if (AGREEMENT / split).is_dir() and (REAL / split).is_dir():
            articles(split, verbose)


if __name__ == "__main__":
    main(sys.argv[1:])
