"""The refusal gate's weights (refusal_gate.py), in the order of its `NAMES`: written by
bench/refusal_train.py, never by hand; tests/core/test_deadline_refusal_gate.py checks that
they are its output."""

from __future__ import annotations

from typing import Final

BIAS: Final[float] = -1.4531
THRESHOLD: Final[float] = 0.52
WEIGHTS: Final[tuple[float, ...]] = (
    0.7529,
    0.6673,
    -0.4371,
    -0.4078,
    -0.2008,
    -0.5135,
    0.8929,
    1.6039,
    0.4261,
    0.3795,
    0.84,
    0.0,
    0.0,
    0.5268,
    0.8736,
    0.0095,
    0.1015,
    -0.511,
    -0.4511,
    -0.3745,
    -0.0049,
    0.4864,
    -0.2676,
    0.2789,
    -0.8347,
    -0.0984,
    0.1338,
    0.7992,
    0.0372,
    -1.1222,
    1.8193,
    -0.2364,
    -1.0664,
    0.1365,
    -0.81,
    -1.0184,
    -0.4471,
    -0.2195,
    0.7551,
    0.6978,
    0.4098,
    0.5041,
    0.4445,
)
