"""Use cases that keep score and keep copies: scorecards and chart data, export and
import, and members following pledges. Knows nothing of Discord or SQL.

Built on PledgeService (its rules, clock, planner and per-server lock) and the store
protocols of bot/core/ports.py; cogs and the command line call it.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from bot.core.errors import InvalidInput, NotFound
from bot.core.exchange import ExportRecord, parse_import, size_floor, to_csv, to_ics, to_json
from bot.core.model import Actor, Event, Follow, ListFilter, PageKey, Pledge
from bot.core.ports import ServiceStore
from bot.core.scorecard import (
    SCORE_ROWS,
    SHOWN,
    TIMELINE_ROWS,
    Scoreboard,
    SpeakerCard,
    SpeakerScore,
    Tally,
    group_tallies,
    score_tallies,
    spellings,
)
from bot.core.text import echo
from bot.service import PledgeService

ExportFormat = Literal["csv", "json", "ics"]
EXPORT_PAGE = 2_000  # pledges read at a time by an export
# A speaker's timeline reads all their pledges up to this many, else the busiest only.
SPEAKER_ROWS_READ = 2_000


def _too_big(max_bytes: int) -> InvalidInput:
    return InvalidInput(
        f"The file would be more than {max_bytes // 1_000_000} MB, more than an upload may "
        "be. Narrow it with status or speaker, or ask the host to run `python -m bot export`."
    )


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

    pledges: list[Pledge]  # the candidates for a timeline's rows, not every pledge
    extensions: dict[int, list[Event]]
    scores: list[SpeakerScore]
    speaker: str | None
    total: int = 0  # live pledges charted (the server's, or the speaker's)
    speakers: int = 0  # speakers in all, of which `scores` holds the busiest


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

    async def scorecards(self, guild_id: int) -> Scoreboard:
        """The busiest speakers' figures (SCORE_ROWS of them), most pledges first, and
        how many speakers the server has. Reads the speakers' counts, then only the rows
        of the speakers shown: the same cost at a hundred pledges as at a million."""
        async with self.store.snapshot():
            board, _ = await self._board(guild_id)
        return board

    async def _board(self, guild_id: int) -> tuple[Scoreboard, int]:
        """The scoreboard, and the server's live pledges."""
        tallies, speakers, live = await self.store.top_speakers(guild_id, SCORE_ROWS)
        groups = group_tallies(tallies)[:SCORE_ROWS]
        return Scoreboard(await self._scores(guild_id, groups), speakers), live

    async def _scores(self, guild_id: int, groups: list[list[Tally]]) -> list[SpeakerScore]:
        names = [spellings(group) for group in groups]
        figures = await self.store.speaker_figures(guild_id, names, self.clock.now())
        return [
            score_tallies(group, overdue, late)
            for group, (overdue, late) in zip(groups, figures, strict=True)
        ]

    async def _speaker(self, guild_id: int, speaker: str) -> list[Tally]:
        """The spellings of one speaker (matched without regard to case)."""
        group = await self.store.speaker_spellings(guild_id, speaker)
        if not group:
            raise NotFound(
                f"No pledges by “{echo(speaker)}” in this server. Pick a speaker "
                "from the suggestions, or leave the option out for the whole server."
            )
        return group

    async def speaker_card(self, guild_id: int, speaker: str) -> SpeakerCard:
        async with self.store.snapshot():
            group = await self._speaker(guild_id, speaker)
            (score,) = await self._scores(guild_id, [group])
            overdue, rulings = await self.store.speaker_pledges(
                guild_id, spellings(group), self.clock.now(), SHOWN
            )
        return SpeakerCard(score, overdue, rulings)

    async def chart_data(self, guild_id: int, speaker: str | None = None) -> ChartData:
        """What a chart is drawn from: for the server, its busiest pledges and speakers
        (never every pledge); for one speaker, their pledges and figures. All read at
        one moment, so the chart's figures and bars agree."""
        async with self.store.snapshot():
            return await self._chart_data(guild_id, speaker)

    async def _chart_data(self, guild_id: int, speaker: str | None) -> ChartData:
        if speaker:
            group = await self._speaker(guild_id, speaker)
            names = spellings(group)
            live = sum(tally.pledges for tally in group)
            if live <= SPEAKER_ROWS_READ:  # few: read them all, the chart picks
                pledges = await self.store.pledges_spoken_by(guild_id, names, SPEAKER_ROWS_READ)
            else:  # many: the busiest, read in that order
                pledges = await self.store.busiest_pledges(guild_id, TIMELINE_ROWS, names)
            board = Scoreboard(await self._scores(guild_id, [group]), 1)
        else:
            board, live = await self._board(guild_id)
            pledges = await self.store.busiest_pledges(guild_id, TIMELINE_ROWS)
        extensions: defaultdict[int, list[Event]] = defaultdict(list)
        for event in await self.store.events_of(guild_id, [p.id for p in pledges], ("extended",)):
            extensions[event.pledge_id].append(event)
        return ChartData(pledges, dict(extensions), board.scores, speaker, live, board.speakers)

    # -- export and import -------------------------------------------------------------

    async def export_file(
        self,
        guild_id: int,
        fmt: ExportFormat,
        *,
        status: ListFilter | str | None = None,
        speaker: str | None = None,
        max_bytes: int | None = None,
    ) -> ExportFile:
        """The server's pledges as a file. Without filters: every pledge, deleted ones
        included (JSON carries them with their deletion, so an import is identical).

        Read in pages of EXPORT_PAGE. With `max_bytes` (an upload's limit), reading stops
        as soon as the file is sure to be bigger (`size_floor`, a lower bound of each
        pledge's share), so a server of a million pledges is refused after reading what
        fits in one upload, not all of it."""
        if fmt not in ("csv", "json", "ics"):
            raise InvalidInput(f"Unknown export format “{echo(fmt, 20)}”: use csv, json or ics.")
        now = self.clock.now()
        records: list[ExportRecord] = []
        floor = 0
        async for page in self._export_pages(guild_id, status, speaker, now):
            floor += sum(size_floor(fmt, pledge) for pledge in page)
            if max_bytes is not None and floor > max_bytes:
                raise _too_big(max_bytes)
            history: defaultdict[int, list[Event]] = defaultdict(list)
            if fmt != "csv":
                for event in await self.store.events_of(guild_id, [p.id for p in page]):
                    history[event.pledge_id].append(event)
            records += [ExportRecord(p, history[p.id]) for p in page]
        # With filters the pages are separate reads in list order: a pledge extended or
        # ruled between two of them can come twice. Once each, by number.
        records = sorted({r.pledge.id: r for r in records}.values(), key=lambda r: r.pledge.number)
        name = f"pledges-{guild_id}-{now.strftime('%Y%m%d')}.{fmt}"
        # The files are built in a worker thread: thousands of pledges take seconds of
        # CPU, and the bot must keep answering (and heartbeating) meanwhile.
        if fmt == "csv":
            data = await asyncio.to_thread(to_csv, [r.pledge for r in records], now)
        else:
            build = to_json if fmt == "json" else to_ics
            data = await asyncio.to_thread(build, guild_id, records, now)
        if max_bytes is not None and len(data) > max_bytes:  # the floor is only a floor
            raise _too_big(max_bytes)
        return ExportFile(name, data, len(records))

    async def _export_pages(
        self, guild_id: int, status: ListFilter | str | None, speaker: str | None, now: datetime
    ) -> AsyncIterator[list[Pledge]]:
        """The pledges an export holds, a page at a time, each page continuing from the
        last (by number; with filters, in list order)."""
        if status is None and not speaker:
            after = 0
            while page := await self.store.all_pledges(guild_id, after=after, limit=EXPORT_PAGE):
                yield page
                after = page[-1].number
            return
        key: PageKey | None = None
        while True:
            found = await self.store.list_pledges(
                guild_id,
                status=ListFilter(status or ListFilter.ALL),
                now=now,
                speaker=speaker,
                limit=EXPORT_PAGE,
                after=key,
            )
            if not found.items:
                return
            yield found.items
            if len(found.items) < EXPORT_PAGE:
                return
            key = PageKey.of(found.items[-1])

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
            what = f"pledge #{pledge.number}" if pledge else f"{echo(name)}'s pledges"
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
                if number is not None
                else "Say what: a pledge number (number:12) or a speaker (speaker:NAME)."
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
            f"No pledges by “{echo(speaker)}” in this server. Pick a speaker from "
            "the suggestions (the names already on record)."
        )
