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


# Deadline and Refusal write their own __init__ (init=False), as the classes of context.py:
# the one dataclasses generates for a frozen class is interpreted Python even in the mypyc
# build, and setting each field through object.__setattr__ there made building the result
# about 3% of a parse. A written one is compiled; the class stays frozen, and its fields,
# order, defaults, repr, eq, hash and replace() are unchanged.
@dataclass(frozen=True, slots=True, init=False)
class Deadline:
    """What a deadline phrase means.

    `due` is always aware UTC so it can be stored and compared without knowing the
    server's zone; `earliest` (also UTC) is set for windows and ranges and is never
    before the reference. `matched` is the part of the text that was understood, so the
    bot can show "read as: within two weeks" and the member can see what was read.
    `reason` says, when the text held several time expressions, which one was chosen
    and why ("chosen over “at the end of March”: an explicit calendar date beats ...").
    """

    due: datetime
    vague: bool
    earliest: datetime | None
    matched: str
    precision: Precision
    reason: str = ""

    def __init__(
        self,
        due: datetime,
        vague: bool,
        earliest: datetime | None,
        matched: str,
        precision: Precision,
        reason: str = "",
    ) -> None:
        object.__setattr__(self, "due", due)
        object.__setattr__(self, "vague", vague)
        object.__setattr__(self, "earliest", earliest)
        object.__setattr__(self, "matched", matched)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "reason", reason)


RefusalKind = Literal[
    "earliest", "negated", "past", "event", "recurring", "number", "zone", "conflict", "no_act"
]


@dataclass(frozen=True, slots=True, init=False)  # __init__ written out: see Deadline
class Refusal:
    """Time words that hold no deadline, and why: `words` names the part that decided it.

    An "earliest" refusal ("not before June", "no sooner than the spring") carries the
    date the pledge may start from in `earliest` (aware UTC): the bot records it on the
    pledge without a deadline.
    """

    kind: RefusalKind
    words: str
    reason: str
    earliest: datetime | None = None

    def __init__(
        self, kind: RefusalKind, words: str, reason: str, earliest: datetime | None = None
    ) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "reason", reason)
        object.__setattr__(self, "earliest", earliest)
