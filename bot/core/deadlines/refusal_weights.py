"""The refusal gate's weights (refusal_gate.py), in the order of its `NAMES`: written by
bench/refusal_train.py, never by hand; tests/core/test_deadline_refusal_gate.py checks that
they are its output."""

from __future__ import annotations

from typing import Final

BIAS: Final[float] = -1.4673
THRESHOLD: Final[float] = 0.55
WEIGHTS: Final[tuple[float, ...]] = (
    0.7683,
    0.6507,
    -0.4304,
    -0.4044,
    -0.1889,
    -0.5088,
    0.855,
    1.5368,
    0.4282,
    0.3874,
    0.8375,
    0.0,
    0.0,
    0.5295,
    0.7988,
    -0.0155,
    0.0995,
    -0.5006,
    -0.4471,
    -0.3953,
    0.0036,
    0.4339,
    -0.2581,
    0.2873,
    -0.8273,
    -0.0937,
    0.1406,
    0.7804,
    0.0347,
    -1.1183,
    1.8182,
    -0.2094,
    -1.0541,
    0.1415,
    -0.8043,
    -1.0076,
    -0.4377,
    -0.2114,
    0.7586,
    0.5788,
    0.4176,
    0.5124,
    0.4361,
)
