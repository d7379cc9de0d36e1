"""Use cases that keep score and keep copies: scorecards and chart data, export and
import, and members following pledges. Knows nothing of Discord or SQL.

Built on PledgeService (its rules, clock, planner and per-server lock) and the store
protocols of bot/core/ports.py; cogs and the command line call it.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from bot.core.errors import InvalidInput, NotFound
from bot.core.exchange import ExportRecord, parse_import, to_csv, to_ics, to_json
from bot.core.model import Actor, Event, Follow, ListFilter, Pledge
from bot.core.ports import ServiceStore
from bot.core.scorecard import SpeakerCard, SpeakerScore, score_speakers, speaker_card
from bot.core.text import ECHO_MAX, cut
from bot.service import PledgeService

ExportFormat = Literal["csv", "json", "ics"]
MAX_EXPORT = 1_000_000
_SCORE_EVENTS = ("ruled", "extended")


@dataclass(frozen=True, slots=True)
class ExportFile:
    filename: str
    data: bytes
    count: int  # pledges in the file


@dataclass(frozen=True, slots=True)
class ImportResult:
    numbers: list[int]
    past: int  # open pledges already past a deadline or review date when imported


@dataclass(frozen=True, slots=True)
class ChartData:
    """What a chart is drawn from: the pledges, their extensions, the figures."""

    pledges: list[Pledge]
    extensions: dict[int, list[Event]]
    scores: list[SpeakerScore]
    speaker: str | None


@dataclass(frozen=True, slots=True)
class FollowResult:
    new: bool
    dm: bool
    number: int | None = None
    speaker: str | None = None


class KeepingService:
    def __init__(self, service: PledgeService) -> None:
        self.service = service
        self.store: ServiceStore = service.store
        self.clock = service.clock

    # -- scorecards ------------------------------------------------------------------

    async def _scored(self, guild_id: int) -> tuple[list[Pledge], list[Event]]:
        page = await self.store.list_pledges(
            guild_id, status=ListFilter.ALL, now=self.clock.now(), limit=MAX_EXPORT
        )
        return page.items, await self.store.guild_events(guild_id, _SCORE_EVENTS)

    async def scorecards(self, guild_id: int) -> list[SpeakerScore]:
        """Every speaker's figures, most pledges first."""
        pledges, events = await self._scored(guild_id)
        return score_speakers(pledges, events, self.clock.now())

    async def speaker_card(self, guild_id: int, speaker: str) -> SpeakerCard:
        pledges, events = await self._scored(guild_id)
        card = speaker_card(speaker, pledges, events, self.clock.now())
        if card is None:
            raise NotFound(
                f"No pledges by “{cut(speaker, ECHO_MAX)}” in this server. Pick a speaker "
                "from the suggestions, or leave the option out for the whole server."
            )
        return card

    async def chart_data(self, guild_id: int, speaker: str | None = None) -> ChartData:
        pledges, events = await self._scored(guild_id)
        if speaker:
            key = speaker.strip().casefold()
            pledges = [p for p in pledges if p.speaker.casefold() == key]
            if not pledges:
                await self.speaker_card(guild_id, speaker)  # raises the NotFound
        extensions: defaultdict[int, list[Event]] = defaultdict(list)
        for event in events:
            if event.kind == "extended":
                extensions[event.pledge_id].append(event)
        scores = score_speakers(pledges, events, self.clock.now())
        return ChartData(pledges, dict(extensions), scores, speaker)

    # -- export and import -------------------------------------------------------------

    async def export_file(
        self,
        guild_id: int,
        fmt: ExportFormat,
        *,
        status: ListFilter | str | None = None,
        speaker: str | None = None,
    ) -> ExportFile:
        """The server's pledges as a file. Without filters: every pledge, deleted ones
        included (JSON carries them with their deletion, so an import is identical)."""
        now = self.clock.now()
        if status is None and not speaker:
            pledges = await self.store.all_pledges(guild_id)
        else:
            page = await self.store.list_pledges(
                guild_id,
                status=ListFilter(status or ListFilter.ALL),
                now=now,
                speaker=speaker,
                limit=MAX_EXPORT,
            )
            pledges = sorted(page.items, key=lambda p: p.number)
        stamp = now.strftime("%Y%m%d")
        name = f"pledges-{guild_id}-{stamp}.{fmt}"
        # The files are built in a worker thread: thousands of pledges take seconds of
        # CPU, and the bot must keep answering (and heartbeating) meanwhile.
        if fmt == "csv":
            return ExportFile(name, await asyncio.to_thread(to_csv, pledges, now), len(pledges))
        if fmt not in ("json", "ics"):
            raise InvalidInput(f"Unknown export format “{cut(fmt, 20)}”: use csv, json or ics.")
        history: defaultdict[int, list[Event]] = defaultdict(list)
        for event in await self.store.guild_events(guild_id):
            history[event.pledge_id].append(event)
        records = [ExportRecord(p, history[p.id]) for p in pledges]
        build = to_json if fmt == "json" else to_ics
        return ExportFile(
            name, await asyncio.to_thread(build, guild_id, records, now), len(records)
        )

    async def import_file(
        self, guild_id: int, actor: Actor, data: bytes, *, merge: bool = False
    ) -> ImportResult:
        """Restore a JSON export into a server: numbers, statuses, times and history as
        they were. The whole file is checked first, and written in one transaction:
        a malformed file, or a server that already has pledges (unless `merge`),
        changes nothing."""
        self.service.check_manager(actor, "import pledges")
        imported = await asyncio.to_thread(parse_import, data)
        if not imported:
            raise InvalidInput("The file holds no pledges; nothing was imported.")
        settings = await self.service.settings(guild_id)
        now = self.clock.now()
        planned = []
        past = 0
        for item in imported:
            draft = Pledge(id=0, guild_id=guild_id, **item.fields)
            alerts = self.service.planner(draft, settings, now)
            past += any(alert.due_at <= now for alert in alerts)
            planned.append((item, alerts))
        async with self.service.bulk_change(guild_id):
            numbers = await self.store.import_pledges(guild_id, planned, now, merge=merge)
        return ImportResult(numbers, past)

    # -- following -------------------------------------------------------------------

    async def follow(
        self,
        guild_id: int,
        user_id: int,
        *,
        number: int | None = None,
        speaker: str | None = None,
        dm: bool = False,
    ) -> FollowResult:
        """Follow a pledge (its alerts and status updates mention you, or DM you), or
        every pledge of a speaker, those recorded later included."""
        pledge, name = await self._target(guild_id, number, speaker)
        new = await self.store.follow(
            guild_id,
            user_id,
            self.clock.now(),
            pledge_id=pledge.id if pledge else None,
            speaker=name,
            dm=dm,
        )
        return FollowResult(new, dm, number=pledge.number if pledge else None, speaker=name)

    async def unfollow(
        self, guild_id: int, user_id: int, *, number: int | None = None, speaker: str | None = None
    ) -> FollowResult:
        pledge, name = await self._target(guild_id, number, speaker)
        gone = await self.store.unfollow(
            guild_id, user_id, pledge_id=pledge.id if pledge else None, speaker=name
        )
        if not gone:
            what = f"pledge #{pledge.number}" if pledge else f"{name}'s pledges"
            raise InvalidInput(f"You don't follow {what}. /pledge following lists what you do.")
        return FollowResult(False, False, number=pledge.number if pledge else None, speaker=name)

    async def following(self, guild_id: int, user_id: int) -> list[Follow]:
        return await self.store.follows(guild_id, user_id)

    async def _target(
        self, guild_id: int, number: int | None, speaker: str | None
    ) -> tuple[Pledge | None, str | None]:
        if (number is None) == (not speaker or not speaker.strip()):
            raise InvalidInput(
                "Give either a pledge number (number:12) or a speaker (speaker:NAME), not both."
            )
        if number is not None:
            return await self.service.get(guild_id, number), None
        assert speaker is not None
        wanted = speaker.strip().casefold()
        names = await self.store.speakers(guild_id, speaker.strip(), limit=25)
        for name in names:
            if name.casefold() == wanted:
                return None, name
        raise NotFound(
            f"No pledges by “{cut(speaker, ECHO_MAX)}” in this server. Pick a speaker from "
            "the suggestions (the names already on record)."
        )
