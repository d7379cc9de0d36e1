"""Which method generalises: the rules, a small trained classifier, or both (issue 13).

Run from the repository root, after `make .venv/.installed-bench` (the bench extra brings
numpy): `.venv/bin/python bench/extract_method.py [--rules-from DIR]`.
Prints figures and asserts nothing; nothing here ships in the bot.

The question is whether a model trained on the labelled real texts would find pledge
sentences in texts it was not trained on better than hand-written rules. Contenders,
scored at the sentence level as `bench/extract.py` scores the extractor (precision over
proposed sentences, recall over labelled pledges):

- rules: the sentences the rules propose.
- classifier: logistic regression over hashed word unigrams and bigrams of the sentence,
  trained by plain gradient descent (numpy), proposing sentences scored ≥ 0.5.
- hybrid: the same, with the rules' verdict as three more features (their confidence,
  whether they proposed the sentence, whether they read a deadline): the rules propose,
  the classifier decides.

Trained contenders are scored out of sample only: trained on one split, tested on the
other; trained on the old splits (tuned + heldout), tested on blind2; trained on those
70 texts ("old70"), tested on blind3; and (classifier) leave-one-article-out over all 93.

By default the rules are this tree's, which were written while reading every split: their
figures here are in sample, and a hybrid built on them would only learn to copy them, so
it is not run. `--rules-from DIR` takes the rules of another tree instead, e.g. the last
one that had seen only the tuned split (`git archive <commit> | tar -x -C DIR`); then
"train tuned → test heldout" compares rules, classifier and hybrid fairly, none of them
having seen the held-out texts. With the last tree before blind2 was read (b35af27, its
first run), "train old → test blind2" is the fair comparison on blind2; with the tree of
blind3's first run (3647985), "train old70 → test blind3" is the fair one on blind3.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.extract import sentence_spans  # noqa: E402
from tests.data.articles.labelled import load_split  # noqa: E402

DIMENSIONS = 1 << 12
SPLITS = ("tuned", "heldout", "blind2", "blind3")

# Run in a child process so that another tree's `bot` package is the one imported.
_VERDICTS = """
import json, sys
sys.path.insert(0, sys.argv[1])
from bot.core.extract import extract_pledges
from tests.data.articles.labelled import load_split
out = {}
for split in ("tuned", "heldout", "blind2", "blind3"):
    try:
        articles = load_split(split)
    except Exception:  # an older tree may not know the split; its rules then propose nothing
        articles = []
    for a in articles:
        out[a.name] = {c.start: [c.confidence, c.deadline is not None]
                       for c in extract_pledges(a.text, a.published, a.tz)}
print(json.dumps(out))
"""


@dataclass(frozen=True, slots=True)
class Unit:
    article: str
    text: str
    keys: tuple[str, ...]  # the labelled pledges this sentence holds
    rules: float  # the rules' confidence for it, 0 when not proposed
    dated: bool


def load_units(rules_from: Path) -> dict[str, list[Unit]]:
    """Every sentence of both splits with its labels and the rules' verdict on it."""
    child = subprocess.run(
        [sys.executable, "-c", _VERDICTS, str(rules_from)],
        capture_output=True,
        text=True,
        check=True,
        cwd=rules_from,
    )
    verdicts: dict[str, dict[str, list]] = json.loads(child.stdout)
    found: dict[str, list[Unit]] = {}
    for split in SPLITS:
        found[split] = []
        for article in load_split(split):
            proposed = verdicts[article.name]
            for start, end in sentence_spans(article.text):
                text = article.text[start:end]
                keys = tuple(label.key for label in article.pledges if label.key in text)
                confidence, dated = proposed.get(str(start), [0.0, False])
                found[split].append(Unit(article.name, text, keys, confidence, dated))
    return found


def features(unit: Unit, *, hybrid: bool) -> np.ndarray:
    words = re.findall(r"[a-z’']+|\d+", unit.text.lower())
    vector = np.zeros(DIMENSIONS + 4)
    for gram in words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]:
        vector[zlib.crc32(gram.encode("utf-8")) % DIMENSIONS] += 1.0
    norm = np.linalg.norm(vector[:DIMENSIONS])
    if norm:
        vector[:DIMENSIONS] /= norm
    if hybrid:
        vector[DIMENSIONS : DIMENSIONS + 3] = (unit.rules, float(unit.rules > 0), float(unit.dated))
    vector[-1] = 1.0  # bias
    return vector


def train(rows: np.ndarray, targets: np.ndarray, *, rounds: int = 200) -> np.ndarray:
    """L2-regularised logistic regression by full-batch gradient descent; positives
    weighted up to the negatives' count, as pledges are one sentence in four."""
    weights = np.zeros(rows.shape[1])
    positive = max(1.0, float(targets.sum()))
    balance = np.where(targets > 0, (len(targets) - positive) / positive, 1.0)
    for _ in range(rounds):
        predicted = 1.0 / (1.0 + np.exp(-(rows @ weights)))
        gradient = rows.T @ ((predicted - targets) * balance) / len(targets)
        weights -= 2.0 * (gradient + 1e-3 * weights)
    return weights


@dataclass(slots=True)
class Tally:
    proposed: int = 0
    right: int = 0
    labels: int = 0
    found: int = 0

    def add(self, batch: list[Unit], chosen: list[bool]) -> None:
        for unit, pick in zip(batch, chosen, strict=True):
            self.labels += len(unit.keys)
            if pick:
                self.proposed += 1
                self.right += bool(unit.keys)
                self.found += len(unit.keys)

    def line(self, name: str) -> str:
        precision = self.right / self.proposed if self.proposed else 1.0
        recall = self.found / self.labels if self.labels else 1.0
        return (
            f"{name:44} proposed {self.proposed:4d}  precision {precision:.2f}  recall {recall:.2f}"
        )


def _matrix(batch: list[Unit], *, hybrid: bool) -> tuple[np.ndarray, np.ndarray]:
    rows = np.array([features(unit, hybrid=hybrid) for unit in batch])
    return rows, np.array([float(bool(unit.keys)) for unit in batch])


def _pick(weights: np.ndarray, rows: np.ndarray) -> list[bool]:
    return [bool(p) for p in 1.0 / (1.0 + np.exp(-(rows @ weights))) >= 0.5]


def _tally(batch: list[Unit], chosen: list[bool]) -> Tally:
    tally = Tally()
    tally.add(batch, chosen)
    return tally


def main(argv: list[str]) -> None:
    rules_from = Path(argv[argv.index("--rules-from") + 1]) if "--rules-from" in argv else ROOT
    own = rules_from.resolve() == ROOT
    splits = load_units(rules_from)
    splits["old"] = splits["tuned"] + splits["heldout"]
    splits["old70"] = splits["old"] + splits["blind2"]
    everything = splits["old70"] + splits["blind3"]
    print(
        f"rules from {'this tree (in sample on every split)' if own else rules_from}; "
        f"sentences: tuned {len(splits['tuned'])}, heldout {len(splits['heldout'])}, "
        f"blind2 {len(splits['blind2'])}, blind3 {len(splits['blind3'])}; "
        f"pledge sentences {sum(bool(u.keys) for u in everything)}"
    )
    modes = (False,) if own else (False, True)
    pairs = (("tuned", "heldout"), ("heldout", "tuned"), ("old", "blind2"), ("old70", "blind3"))
    for train_name, test_name in pairs:
        test = splits[test_name]
        print(f"\n== train {train_name} -> test {test_name} ==")
        print(_tally(test, [unit.rules > 0 for unit in test]).line("rules"))
        for hybrid in modes:
            weights = train(*_matrix(splits[train_name], hybrid=hybrid))
            chosen = _pick(weights, _matrix(test, hybrid=hybrid)[0])
            print(_tally(test, chosen).line("hybrid" if hybrid else "classifier (n-grams)"))
    texts = len({unit.article for unit in everything})
    print(f"\n== classifier (n-grams), leave one article out, {texts} texts ==")
    rows, targets = _matrix(everything, hybrid=False)
    names = np.array([unit.article for unit in everything])
    learnt = Tally()
    for name in sorted(set(names)):
        held = names == name
        test = [unit for unit, out in zip(everything, held, strict=True) if out]
        learnt.add(test, _pick(train(rows[~held], targets[~held]), rows[held]))
    print(learnt.line("classifier (n-grams)"))


if __name__ == "__main__":
    main(sys.argv[1:])
