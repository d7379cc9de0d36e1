"""The refusal gate's weights (refusal_gate.py), in the order of its `NAMES`: written by
bench/refusal_train.py, never by hand; tests/core/test_deadline_refusal_gate.py checks that
they are its output."""

from __future__ import annotations

from typing import Final

BIAS: Final[float] = -1.4399
THRESHOLD: Final[float] = 0.53
WEIGHTS: Final[tuple[float, ...]] = (
    0.7804,
    0.6871,
    -0.4693,
    -0.4362,
    -0.2707,
    -0.5742,
    0.6979,
    1.4323,
    0.5825,
    0.1935,
    0.8188,
    0.0,
    0.0,
    0.4899,
    0.6991,
    0.0563,
    0.1162,
    -0.5772,
    -0.4839,
    -0.2914,
    0.0542,
    0.3415,
    -0.1732,
    0.2389,
    -0.7843,
    -0.0896,
    0.103,
    0.7708,
    0.1269,
    -1.06,
    1.7543,
    -0.2681,
    -0.9362,
    0.2156,
    -0.6935,
    -0.9939,
    -0.4529,
    -0.2514,
    0.7442,
    0.5171,
    0.6947,
    0.429,
    0.4592,
)
