"""The refusal gate's weights (refusal_gate.py), in the order of its `NAMES`: written by
bench/refusal_train.py, never by hand; tests/core/test_deadline_refusal_gate.py checks that
they are its output."""

from __future__ import annotations

from typing import Final

BIAS: Final[float] = -1.4933
THRESHOLD: Final[float] = 0.54
WEIGHTS: Final[tuple[float, ...]] = (
    0.7059,
    0.5901,
    -0.4123,
    -0.39,
    -0.1811,
    -0.5281,
    0.8862,
    1.5415,
    0.3077,
    0.3587,
    0.8364,
    0.0,
    0.0,
    0.5457,
    0.7636,
    -0.007,
    0.1164,
    -0.5048,
    -0.4998,
    -0.3127,
    -0.1054,
    0.4289,
    -0.3141,
    0.2205,
    -0.8369,
    -0.1277,
    0.1522,
    0.8124,
    0.0748,
    -0.9783,
    1.7612,
    -0.2748,
    -1.0218,
    0.1068,
    -0.7579,
    -0.9756,
    -0.3368,
    -0.1102,
    0.6657,
    0.5032,
    0.3628,
    0.4473,
    0.4071,
)
