"""Domain types and the status rules. Pure: no I/O, no Discord."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.core.errors import InvalidTransition

SYSTEM_ACTOR = 0  # recorded_by / actor_id for the seed import and the CLI
DUE_SOON = timedelta(days=7)

# How long each piece of a pledge may be, in characters. The slash command options,
# the extract flow and the service all take their limits from here.
MAX_SPEAKER = 100
MAX_PROMISE = 500
MAX_NOTE = 1000
MAX_QUOTE = 1000
MAX_BENEFICIARY = 100
MAX_URL = 500
MAX_DEADLINE_WORDS = 200


class Status(StrEnum):
    OPEN = "open"
    FULFILLED = "fulfilled"
    PARTLY = "partly fulfilled"
    BROKEN = "broken"
    WITHDRAWN = "withdrawn"

    @property
    def is_ruling(self) -> bool:
        return self is not Status.OPEN


RULINGS: frozenset[Status] = frozenset(s for s in Status if s.is_ruling)

# Who may go where. A ruling is reversed by going back to open first, so that the
# history reads as "ruled, reopened, ruled again" instead of a silent change of mind.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.OPEN: RULINGS,
    **{ruling: frozenset({Status.OPEN}) for ruling in RULINGS},
}


def check_transition(current: Status, new: Status) -> None:
    if new == current:
        raise InvalidTransition(f"This pledge is already {current.value}.")
    if new not in TRANSITIONS[current]:
        raise InvalidTransition(
            f"A pledge that is {current.value} can't become {new.value} directly: "
            f"reopen it first (status: open), then rule again."
        )


class ListFilter(StrEnum):
    """What /pledge list can show. `overdue` and `due soon` are derived from open."""

    OPEN = "open"
    OVERDUE = "overdue"
    DUE_SOON = "due soon"
    FULFILLED = "fulfilled"
    PARTLY = "partly fulfilled"
    BROKEN = "broken"
    WITHDRAWN = "withdrawn"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class Actor:
    """The member acting, with what Discord says about their rights in that server."""

    user_id: int
    manage_guild: bool = False
    role_ids: frozenset[int] = frozenset()

    @classmethod
    def system(cls) -> Actor:
        return cls(user_id=SYSTEM_ACTOR, manage_guild=True)


@dataclass(frozen=True, slots=True)
class GuildSettings:
    guild_id: int
    alert_channel_id: int | None = None
    editor_role_id: int | None = None
    timezone: str = "UTC"
    day_first: bool = True
    heads_up_minutes: int = 24 * 60
    follow_up_days: tuple[int, ...] = (1, 7)
    repeat_days: int = 30
    review_days: int = 30
    fiscal_year_end: str | None = None  # "MM-DD"; None: the default of the time zone


@dataclass(frozen=True, slots=True)
class Pledge:
    id: int
    guild_id: int
    number: int
    speaker: str
    promise: str
    said_at: datetime
    recorded_by: int
    status: Status
    created_at: datetime
    updated_at: datetime
    beneficiary: str | None = None
    quote: str | None = None
    source_url: str | None = None
    source_title: str | None = None
    deadline_text: str | None = None
    due_at: datetime | None = None
    due_earliest: datetime | None = None
    vague: bool = False
    depends_on: int | None = None
    status_note: str | None = None
    evidence_url: str | None = None
    seed_key: str | None = None
    deleted_at: datetime | None = None

    def is_overdue(self, now: datetime) -> bool:
        return self.status is Status.OPEN and self.due_at is not None and self.due_at < now


@dataclass(frozen=True, slots=True)
class Event:
    """One line of a pledge's history."""

    pledge_id: int
    at: datetime
    actor_id: int
    kind: str
    field: str | None = None
    from_value: str | None = None
    to_value: str | None = None
    note: str | None = None
    evidence_url: str | None = None
    id: int | None = None


# Lists count their matches only this far: a count costs what it counts, and "10000+
# pledges" tells a member as much as the exact figure would.
COUNT_CAP = 10_000


@dataclass(frozen=True, slots=True)
class PageKey:
    """A pledge's place in list order (due date, no deadline last, then number): where a
    keyset page continues from, so a late page costs what an early one costs."""

    due_at: datetime | None
    number: int

    @staticmethod
    def of(pledge: Pledge) -> PageKey:
        return PageKey(pledge.due_at, pledge.number)


@dataclass(frozen=True, slots=True)
class Page:
    items: list[Pledge]
    total: int  # the matches, or COUNT_CAP when `capped`
    offset: int
    limit: int
    capped: bool = False  # more than COUNT_CAP matched; `total` is a lower bound
    more: bool | None = None  # items after this page (None: judged from `total`)

    @property
    def page_count(self) -> int:
        counted = max(1, -(-self.total // self.limit))
        if self.capped or self.more:
            return max(counted, self.page_index + 1 + int(bool(self.more)))
        return counted

    @property
    def page_index(self) -> int:
        return self.offset // self.limit

    @property
    def has_next(self) -> bool:
        if self.more is not None:
            return self.more
        return self.page_index + 1 < self.page_count

    @property
    def first_key(self) -> PageKey | None:
        return PageKey.of(self.items[0]) if self.items else None

    @property
    def last_key(self) -> PageKey | None:
        return PageKey.of(self.items[-1]) if self.items else None


@dataclass(frozen=True, slots=True)
class Follow:
    """What a member follows: one pledge (`number`) or every pledge of a `speaker`."""

    guild_id: int
    user_id: int
    dm: bool = False
    number: int | None = None
    speaker: str | None = None
    promise: str | None = None  # the followed pledge's promise, for /pledge following


@dataclass(frozen=True, slots=True)
class Follower:
    """A member to tell about a pledge's alerts; `dm`: by direct message, not a mention."""

    user_id: int
    dm: bool = False
