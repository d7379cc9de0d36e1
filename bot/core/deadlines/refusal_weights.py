"""The refusal gate's weights (refusal_gate.py), in the order of its `NAMES`: written by
bench/refusal_train.py, never by hand; tests/core/test_deadline_refusal_gate.py checks that
they are its output."""

from __future__ import annotations

from typing import Final

BIAS: Final[float] = -1.5615
THRESHOLD: Final[float] = 0.52
WEIGHTS: Final[tuple[float, ...]] = (
    0.7157,
    0.6336,
    -0.5103,
    -0.3504,
    -0.2231,
    -0.4976,
    0.9329,
    1.5874,
    0.3129,
    0.347,
    0.8463,
    0.0,
    0.0,
    0.5282,
    0.7918,
    0.0189,
    0.1782,
    -0.2043,
    -0.3504,
    -0.2656,
    -0.1219,
    0.4284,
    -0.3163,
    0.2324,
    -0.8343,
    -0.1261,
    0.1544,
    0.8061,
    0.06,
    -0.9788,
    1.756,
    -0.2691,
    -1.025,
    0.0984,
    -0.752,
    -0.9535,
    -0.331,
    -0.0933,
    0.6985,
    0.4833,
    0.3564,
    0.4387,
    0.3695,
)
