"""What the service and the dispatcher need of storage, as protocols.

The SQLite store in `db/` implements them; a second engine implements the same
protocols and nothing above storage changes. Written down here, in the core, so that
neither the service nor the dispatcher imports `db`: the composition root (bot/app.py)
hands them the concrete store.

Every method that reads or writes a server's rows takes that server's `guild_id`, and
the engines put it in every statement, so each one touches one server's rows only and
the PostgreSQL schema can be distributed by guild_id (docs/scaling.md). The few global
ones say why where they are declared.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.core.alerts import (
    Claimed,
    GuildFailure,
    GuildQueue,
    OutboxRow,
    PlanFamily,
    PlannedAlert,
    Planner,
)
from bot.core.exchange import ImportedPledge
from bot.core.model import (
    Event,
    Follow,
    Follower,
    GuildSettings,
    ListFilter,
    Page,
    PageKey,
    Pledge,
    Status,
)
from bot.core.scorecard import Ruling, Tally


class PledgeStore(Protocol):
    """Pledges, their history and the servers' settings; each change is written with its
    history events and its new alert plan in one transaction."""

    async def get_settings(self, guild_id: int) -> GuildSettings: ...

    async def update_settings(
        self,
        guild_id: int,
        changes: dict[str, Any],
        now: datetime,
        *,
        replans: Sequence[tuple[int, Sequence[PlannedAlert]]] = (),
        replan: Collection[PlanFamily] = (),
    ) -> None: ...

    async def replan_batch(
        self, guild_id: int, planner: Planner, now: datetime, *, limit: int = 2_000
    ) -> bool: ...

    # Global: once at start-up, the servers whose server-wide replan a crash interrupted.
    async def pending_replans(self) -> list[int]: ...

    async def insert_pledge(
        self,
        guild_id: int,
        fields: dict[str, Any],
        now: datetime,
        *,
        alerts: Sequence[PlannedAlert] = (),
    ) -> Pledge: ...

    async def update_pledge(
        self,
        guild_id: int,
        pledge_id: int,
        changes: dict[str, Any],
        events: Iterable[Event],
        now: datetime,
        *,
        alerts: Sequence[PlannedAlert] | None = None,
        extra_alerts: Sequence[tuple[int, int | None, PlannedAlert]] = (),
        expect_status: Status | None = None,
    ) -> Pledge: ...

    async def delete_pledge(
        self,
        guild_id: int,
        pledge_id: int,
        event: Event,
        now: datetime,
        *,
        expect_status: Status,
        release: Callable[[Pledge], Event],
        extra_alerts: Sequence[tuple[int, int | None, PlannedAlert]] = (),
    ) -> Pledge:
        """Soft-delete with `event`, cancel the pledge's pending alerts, and clear "depends
        on" in each pledge that named it, with the event `release` makes for that pledge,
        and queue `extra_alerts`: all in one transaction."""
        ...

    async def get_pledge(
        self, guild_id: int, number: int, *, include_deleted: bool = False
    ) -> Pledge | None: ...

    async def get_pledge_by_id(self, guild_id: int, pledge_id: int) -> Pledge | None: ...

    async def all_pledges(
        self, guild_id: int, *, after: int = 0, limit: int | None = None
    ) -> list[Pledge]: ...

    async def seeded_numbers(self, guild_id: int) -> dict[str, int]: ...

    async def list_pledges(
        self,
        guild_id: int,
        *,
        status: ListFilter,
        now: datetime,
        speaker: str | None = None,
        query: str | None = None,
        limit: int = 10,
        offset: int = 0,
        after: PageKey | None = None,
        before: PageKey | None = None,
    ) -> Page: ...

    async def search_numbers(self, guild_id: int, typed: str, limit: int = 25) -> list[Pledge]: ...

    async def speakers(self, guild_id: int, typed: str, limit: int = 25) -> list[str]: ...

    async def dependents(self, guild_id: int, number: int) -> list[Pledge]: ...

    async def history(self, guild_id: int, pledge_id: int) -> list[Event]: ...

    async def alert_failure(self, guild_id: int) -> str | None: ...


class KeepingStore(Protocol):
    """Scorecards, export and import, and members following pledges."""

    def snapshot(self) -> AbstractAsyncContextManager[None]:
        """Inside the block, every read of the calling task sees the store at one
        moment, so figures read by several statements add up (writes are unaffected).
        The snapshot is the task's own: tasks started inside (asyncio.gather) read on
        connections of their own, outside it, and wait for the pool like any read; so
        read in order inside a snapshot, as one task."""
        ...

    async def guild_events(self, guild_id: int, kinds: Sequence[str] = ()) -> list[Event]: ...

    async def top_speakers(self, guild_id: int, limit: int) -> tuple[list[Tally], int, int]: ...

    async def speaker_spellings(self, guild_id: int, speaker: str) -> list[Tally]: ...

    async def speaker_figures(
        self, guild_id: int, groups: Sequence[Sequence[str]], now: datetime
    ) -> list[tuple[int, float | None]]: ...

    async def speaker_pledges(
        self, guild_id: int, names: Sequence[str], now: datetime, limit: int
    ) -> tuple[list[Pledge], list[Ruling]]: ...

    async def busiest_pledges(
        self, guild_id: int, limit: int, names: Sequence[str] = ()
    ) -> list[Pledge]: ...

    async def pledges_spoken_by(
        self, guild_id: int, names: Sequence[str], limit: int
    ) -> list[Pledge]: ...

    async def events_of(
        self, guild_id: int, pledge_ids: Sequence[int], kinds: Sequence[str] = ()
    ) -> list[Event]: ...

    async def count_pledges(self, guild_id: int) -> int: ...

    async def import_pledges(
        self,
        guild_id: int,
        pledges: Sequence[tuple[ImportedPledge, Sequence[PlannedAlert]]],
        now: datetime,
        *,
        merge: bool = False,
    ) -> list[int]: ...

    async def follow(
        self,
        guild_id: int,
        user_id: int,
        now: datetime,
        *,
        pledge_id: int | None = None,
        speaker: str | None = None,
        dm: bool = False,
    ) -> bool: ...

    async def unfollow(
        self,
        guild_id: int,
        user_id: int,
        *,
        pledge_id: int | None = None,
        speaker: str | None = None,
    ) -> bool: ...

    async def follows(self, guild_id: int, user_id: int) -> list[Follow]: ...

    async def followers(
        self, guild_id: int, pledges: Sequence[Pledge]
    ) -> dict[int, list[Follower]]: ...

    async def drop_follower(self, guild_id: int, user_id: int) -> int: ...

    async def note_dm_refused(self, guild_id: int, user_id: int, now: datetime) -> bool: ...


class ServiceStore(PledgeStore, KeepingStore, Protocol):
    """What the use cases (bot/service.py, bot/keeping.py) need of storage."""


class OutboxStore(Protocol):
    """The alert outbox: claim -> send with a stable nonce -> confirm."""

    # Global without a server: the dispatcher's one look over every server per pass.
    async def queues(self, guild_id: int | None = None) -> list[GuildQueue]: ...

    # Global: once per dispatcher start, whether a crash left claimed rows anywhere.
    async def count_claimed(self) -> int: ...

    async def guild_state(self, guild_id: int) -> tuple[int | None, GuildFailure | None]: ...

    async def claim_due(
        self,
        guild_id: int,
        now: datetime,
        *,
        limit: int,
        late_before: datetime,
        single_up_to: int,
        planner: Planner | None = None,
    ) -> list[Claimed]: ...

    async def pledges(self, guild_id: int, pledge_ids: Sequence[int]) -> dict[int, Pledge]: ...

    async def fix_send_as(self, guild_id: int, send_as: dict[int, str]) -> None: ...

    async def confirm(
        self,
        guild_id: int,
        row_ids: Sequence[int],
        *,
        channel_id: int,
        message_id: int | None,
        now: datetime,
        digest: bool = False,
        replan: Iterable[int] = (),
        planner: Planner | None = None,
    ) -> None: ...

    async def release(
        self,
        guild_id: int,
        row_ids: Sequence[int],
        *,
        failed: Sequence[int] = (),
        error: str | None = None,
        outcome_unknown: bool = False,
    ) -> None: ...

    async def skip(
        self,
        guild_id: int,
        row_ids: Sequence[int],
        *,
        error: str | None = None,
        planner: Planner | None = None,
        now: datetime | None = None,
    ) -> None: ...

    async def record_failure(
        self,
        guild_id: int,
        channel_id: int,
        *,
        now: datetime,
        backoff: Callable[[int], timedelta],
        error: str | Callable[[datetime], str],
    ) -> GuildFailure: ...

    async def clear_failure(self, guild_id: int) -> None: ...

    async def alert_messages(
        self, guild_id: int, pledge_ids: Sequence[int]
    ) -> dict[int, tuple[int, int]]: ...

    async def alert_messages_of(self, guild_id: int, pledge_id: int) -> list[tuple[int, int]]: ...

    async def rows_for_guild(self, guild_id: int) -> list[OutboxRow]: ...


class Store(PledgeStore, KeepingStore, Protocol):
    """Everything the running bot keeps: the pledges, and the outbox beside them."""

    @property
    def outbox(self) -> OutboxStore: ...

    async def open(self) -> None: ...

    async def close(self) -> None: ...
