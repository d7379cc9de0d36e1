"""The refusal gate's weights (refusal_gate.py), in the order of its `NAMES`: written by
bench/refusal_train.py, never by hand; tests/core/test_deadline_refusal_gate.py checks that
they are its output."""

from __future__ import annotations

from typing import Final

BIAS: Final[float] = -1.4242
THRESHOLD: Final[float] = 0.55
WEIGHTS: Final[tuple[float, ...]] = (
    0.744,
    0.6576,
    -0.4376,
    -0.4512,
    -0.2089,
    -0.6345,
    0.6502,
    1.3983,
    0.5287,
    0.2035,
    0.8167,
    0.0,
    0.0,
    0.4843,
    0.6658,
    0.0783,
    0.0919,
    -0.4647,
    -0.2842,
    -0.3038,
    0.0008,
    0.3247,
    -0.1996,
    0.2288,
    -0.7689,
    -0.0851,
    0.0944,
    0.7597,
    0.1383,
    -1.0789,
    1.7527,
    -0.2719,
    -0.9373,
    0.2226,
    -0.6988,
    -1.015,
    -0.4298,
    -0.2591,
    0.7407,
    0.5314,
    0.7022,
    0.4358,
    0.4521,
    -0.5475,
    -0.2177,
    -0.0711,
)
