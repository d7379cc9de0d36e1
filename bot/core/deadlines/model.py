"""What a deadline phrase means (the public result), and the intermediate results
the readers pass between them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Precision = Literal["minute", "hour", "day", "week", "month", "quarter", "year"]

DEADLINE_EXAMPLES: tuple[str, ...] = (
    "within two weeks",
    "by Friday",
    "by the end of September",
    "5 p.m. on 20 August",
    "Q3 2026",
    "in the coming months",
)


@dataclass(frozen=True, slots=True)
class Deadline:
    """What a deadline phrase means.

    `due` is always aware UTC so it can be stored and compared without knowing the
    server's zone; `earliest` (also UTC) is set for windows and ranges and is never
    before the reference. `matched` is the part of the text that was understood, so the
    bot can show "understood: within two weeks" and the member can see what was read.
    """

    due: datetime
    vague: bool
    earliest: datetime | None
    matched: str
    precision: Precision
