"""Train the learned refusal gate (bot/core/deadlines/refusal_gate.py) on the development sets.

Run from the repository root:

    .venv/bin/python bench/refusal_train.py [--write] [--test=... --check=...]

It reads the development cases of the seen deadline sets only (bench/deadline_splits.py's
split: every set but the keep rule's TEST and CHECK groups, `TEST_SETS` and `CHECK_SETS`
here), never a TEST or CHECK case.
For each case the parser dates without the gate (`interpret_deadline(..., gate=False)`; a
text read by the bare fast path never reaches the gate and is left out), the label is 1 when
it wants no date, 0 when the parser's date is right; a case whose label wants another date is
left out (refusing it neither wins nor loses a case), as is one a convention keeps
(refusal_gate._kept); `CONVENTION_ROWS`, phrasings of tests/core's convention tests, are
added as dated rows (never held out). A logistic regression with an L2 penalty
is fitted by Newton's method (numpy, here only: the bot does not depend on it), deterministic.
The threshold is chosen by leave-one-set-out cross-validation over the fresh development
sets: each fresh set is scored by a model fitted on all the other development cases, and the
threshold is the one of the grid with the best net gain (cases the gate would win minus cases
it would lose) on those held-out scores; ties go to the higher threshold (a wrong refusal
loses a right date). The weights shipped are those of the fit on all development cases.

Without `--write` it prints the cross-validated figures and the module text it would write;
with it, it writes bot/core/deadlines/refusal_weights.py.
"""

from __future__ import annotations

import sys
import warnings
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from deadline_splits import named_modules  # noqa: E402
from deadlines import SEEN_SETS, _blind_reference  # noqa: E402

from bot.core.deadlines import Deadline, bare, interpret_deadline, misread, refusal_gate  # noqa: E402
from tests.data.deadlines.relabels import conventional  # noqa: E402

TEST_SETS = "fresh81-fresh133"
CHECK_SETS = ",".join(f"blind_fresh{n}" for n in range(3, 80, 2))
PENALTY = 1.0  # the L2 penalty on the weights (not the bias)
ITERATIONS = 25
GRID = tuple(round(0.5 + 0.01 * k, 2) for k in range(50))  # 0.50 ... 0.99
DIGITS = 4  # the weights are written rounded: the same text on any numpy
TARGET = Path(__file__).resolve().parent.parent / "bot/core/deadlines/refusal_weights.py"

Row = tuple[str, list[float], int]  # the set, the features, the label (1: no date wanted)

# convention readings of tests/core (development material, never a TEST or CHECK case): the
# phrasings the first passes refused against the conventions, each dated (label 0)
CONVENTION_ROWS: tuple[str, ...] = (
    "Ministers said the payments could be released tomorrow.",
    "He has been hired to run the service for two years.",
    "Our targets for this year include a new library.",
    "We announced that the report would be published this winter.",
    "We invite bids for new awards for fiscal year (FY) 2027 for research grants.",
    "The trial may proceed today.",
    "Visitors may drop in at any time during the afternoon.",
)
CONVENTION_REFERENCE = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


def convention_rows() -> list[Row]:
    """The convention phrasings' rows (set "conventions": never held out)."""
    found: list[Row] = []
    for text in CONVENTION_ROWS:
        got = interpret_deadline(text, CONVENTION_REFERENCE, gate=False)
        read = (
            refusal_gate.reading(text, got, CONVENTION_REFERENCE)
            if isinstance(got, Deadline)
            else None
        )
        if read is not None and not read[1]:
            found.append(("conventions", read[0], 0))
    return found


def rows(test: str = TEST_SETS, check: str = CHECK_SETS) -> list[Row]:
    """Every development case the gate would see, with its features and label."""
    held = named_modules(test) | named_modules(check)
    found: list[Row] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _, module, first_labels in SEEN_SETS:
            if module in held:
                continue
            for case in conventional(module, first_labels):
                reference = _blind_reference(case)
                if bare.FAST and bare.read(case.text, reference, case.tz, case.day_first, None):
                    continue
                got = interpret_deadline(
                    case.text, reference, case.tz, day_first=case.day_first, gate=False
                )
                if not isinstance(got, Deadline):
                    continue
                if case.due is None:
                    label = 1
                elif got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M") == case.due[:16] and (
                    not case.vague or got.vague
                ):
                    label = 0
                else:
                    continue
                read = refusal_gate.reading(misread.hide(case.text), got, reference)
                if read is not None and not read[1]:  # a date a convention keeps: never gated
                    found.append((module, read[0], label))
    return found + convention_rows()


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Logistic regression weights (bias first) by Newton's method with an L2 penalty."""
    a = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(a.shape[1])
    ridge = np.eye(a.shape[1]) * PENALTY
    ridge[0, 0] = 1e-6
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        grad = a.T @ (p - y) + ridge @ w
        hess = (a * (p * (1 - p))[:, None]).T @ a + ridge
        step = np.linalg.solve(hess, grad)
        w = w - step
        if np.abs(step).max() < 1e-9:
            break  # converged: the weights are written to four places
    return w


def _probability(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(w[0] + x @ w[1:])))


def _net(p: np.ndarray, y: np.ndarray, threshold: float) -> tuple[int, int]:
    refused = p > threshold
    return int((refused & (y == 1)).sum()), int((refused & (y == 0)).sum())


def cross_validated(data: list[Row]) -> tuple[float, np.ndarray, np.ndarray]:
    """The threshold chosen on held-out fresh sets, their held-out scores and labels."""
    sets = np.array([s for s, _, _ in data])
    x = np.array([v for _, v, _ in data], dtype=float)
    y = np.array([label for _, _, label in data], dtype=float)
    scores: list[np.ndarray] = []
    labels: list[np.ndarray] = []
    for name in sorted({s for s in sets if s.startswith("blind_fresh")}):
        out = sets == name
        w = fit(x[~out], y[~out])
        scores.append(_probability(w, x[out]))
        labels.append(y[out])
    p, yy = np.concatenate(scores), np.concatenate(labels)
    best = max(GRID, key=lambda t: (_net(p, yy, t)[0] - _net(p, yy, t)[1], t))
    return best, p, yy


def module_text(w: np.ndarray, threshold: float) -> str:
    weights = ",\n".join(f"    {round(float(v), DIGITS)!r}" for v in w[1:])
    return (
        '"""The refusal gate\'s weights (refusal_gate.py), in the order of its `NAMES`: written'
        " by\nbench/refusal_train.py, never by hand; tests/core/test_deadline_refusal_gate.py"
        ' checks that\nthey are its output."""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import Final\n\n"
        f"BIAS: Final[float] = {round(float(w[0]), DIGITS)!r}\n"
        f"THRESHOLD: Final[float] = {threshold!r}\n"
        f"WEIGHTS: Final[tuple[float, ...]] = (\n{weights},\n)\n"
    )


def trained(test: str = TEST_SETS, check: str = CHECK_SETS) -> str:
    """The text of refusal_weights.py as the development cases train it."""
    data = rows(test, check)
    threshold, _, _ = cross_validated(data)
    x = np.array([v for _, v, _ in data], dtype=float)
    y = np.array([label for _, _, label in data], dtype=float)
    return module_text(fit(x, y), threshold)


def main(argv: list[str]) -> int:
    test = next((a.removeprefix("--test=") for a in argv if a.startswith("--test=")), TEST_SETS)
    check = next((a.removeprefix("--check=") for a in argv if a.startswith("--check=")), CHECK_SETS)
    data = rows(test, check)
    threshold, p, y = cross_validated(data)
    print(f"cases: {len(data)}, wanting no date: {sum(label for _, _, label in data)}")
    for t in GRID[::5] + (threshold,):
        won, lost = _net(p, y, t)
        print(f"  held-out fresh sets, threshold {t}: won {won}, lost {lost}, net {won - lost}")
    x = np.array([v for _, v, _ in data], dtype=float)
    text = module_text(fit(x, np.array([label for _, _, label in data], dtype=float)), threshold)
    if "--write" in argv:
        TARGET.write_text(text)
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
