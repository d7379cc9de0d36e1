"""The refusal gate's weights (refusal_gate.py), in the order of its `NAMES`: written by
bench/refusal_train.py, never by hand; tests/core/test_deadline_refusal_gate.py checks that
they are its output."""

from __future__ import annotations

from typing import Final

BIAS: Final[float] = -1.4255
THRESHOLD: Final[float] = 0.55
WEIGHTS: Final[tuple[float, ...]] = (
    0.7462,
    0.6606,
    -0.4381,
    -0.4513,
    -0.2121,
    -0.6325,
    0.6517,
    1.3999,
    0.5314,
    0.2043,
    0.816,
    0.0,
    0.0,
    0.4851,
    0.6666,
    0.072,
    0.0927,
    -0.4696,
    -0.2847,
    -0.3053,
    0.0007,
    0.3257,
    -0.1985,
    0.231,
    -0.7675,
    -0.083,
    0.0962,
    0.7544,
    0.1412,
    -1.0772,
    1.7533,
    -0.2658,
    -0.9345,
    0.2254,
    -0.6972,
    -1.0153,
    -0.4341,
    -0.2587,
    0.7416,
    0.5319,
    0.7021,
    0.4365,
    0.4531,
    -0.5438,
    -0.2179,
    -0.0679,
)
