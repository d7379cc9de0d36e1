"""Every use case of Pledgewatch, with its rules. Knows nothing of Discord.

Cogs, buttons and the CLI all call this. Permission checks live here (not only in
Discord's command permissions, which a server admin can change), and every change is
written together with its history event and its new alert plan in one transaction.
It knows storage only through the protocols of bot/core/ports.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from importlib import resources
from typing import Any, Concatenate, ParamSpec, TypeVar

from bot.core.alerts import AlertKind, PlannedAlert, Planner, changed_families, plan_alerts
from bot.core.clock import Clock
from bot.core.deadlines import Deadline, Refusal, parse_said_on
from bot.core.errors import AlreadyRecorded, InvalidInput, PermissionDenied, no_such_pledge
from bot.core.extract import Candidate, extract_pledges, rank_candidates
from bot.core.inputs import (
    check_fiscal_year_end,
    check_said_on_age,
    check_timezone,
    check_url,
    checked_deadline,
    clean_text,
    interpret,
    not_open_to_extend,
    same_deadline,
    unreadable_said_on,
)
from bot.core.model import (
    MAX_BENEFICIARY,
    MAX_DEADLINE_WORDS,
    MAX_NOTE,
    MAX_PROMISE,
    MAX_QUOTE,
    MAX_SPEAKER,
    Actor,
    Event,
    GuildSettings,
    ListFilter,
    Page,
    PageKey,
    Pledge,
    Status,
    check_transition,
)
from bot.core.ports import ServiceStore
from bot.core.text import cut
from bot.dependents import releaser, retirement
from bot.replans import Replans

PAGE_SIZE = 10


@dataclass(frozen=True, slots=True)
class SeedResult:
    added: list[Pledge]
    skipped: int


@dataclass(frozen=True, slots=True)
class Extraction:
    """Candidate pledges found in an article, and what to record them with."""

    candidates: list[Candidate]
    published: datetime
    source_url: str | None
    timezone: str = "UTC"  # the server's, in which the publication day is told


P = ParamSpec("P")
R = TypeVar("R")


def _one_at_a_time(
    method: Callable[Concatenate[PledgeService, int, P], Awaitable[R]],
) -> Callable[Concatenate[PledgeService, int, P], Awaitable[R]]:
    """Run a change with its server's lock held (see PledgeService._locks)."""

    @functools.wraps(method)
    async def locked(self: PledgeService, guild_id: int, *args: P.args, **kwargs: P.kwargs) -> R:
        async with self._locks[guild_id]:
            return await method(self, guild_id, *args, **kwargs)

    return locked


class PledgeService:
    def __init__(
        self,
        store: ServiceStore,
        clock: Clock,
        planner: Planner = plan_alerts,
        on_alerts_changed: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.planner = planner
        # Called after every write that may have moved the next due alert, so the
        # dispatcher can wake early instead of polling.
        self.on_alerts_changed = on_alerts_changed
        self._quiet = 0  # > 0 while a bulk import holds its wake-up until it is done
        # Changes to one server's pledges run one at a time, so that a check (may this
        # member rule? is it still open?) still holds when the write happens, even when
        # two members click at once. The store re-checks the status as a last guard.
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        # Server-wide replans (a new alert schedule), run in the background.
        self.replans = Replans(store, clock, planner, self._alerts_changed)

    def _alerts_changed(self) -> None:
        if self.on_alerts_changed is not None and not self._quiet:
            self.on_alerts_changed()

    @contextlib.asynccontextmanager
    async def bulk_change(self, guild_id: int) -> AsyncIterator[None]:
        """Hold the server's lock for a bulk write (an import), and wake the dispatcher
        once at the end, so long-past alerts come as one digest."""
        async with self._locks[guild_id]:
            self._quiet += 1
            try:
                yield
            finally:
                self._quiet -= 1
                self._alerts_changed()

    # -- reading ---------------------------------------------------------------------

    async def settings(self, guild_id: int) -> GuildSettings:
        return await self.store.get_settings(guild_id)

    async def get(self, guild_id: int, number: int) -> Pledge:
        pledge = await self.store.get_pledge(guild_id, number)
        if pledge is None:
            raise no_such_pledge(number)
        return pledge

    async def list(
        self,
        guild_id: int,
        *,
        status: ListFilter | str = ListFilter.OPEN,
        speaker: str | None = None,
        query: str | None = None,
        page: int = 0,
        page_size: int = PAGE_SIZE,
        after: PageKey | None = None,
        before: PageKey | None = None,
    ) -> Page:
        """Page `page` of the list. Paging on from a shown page, pass the place it ended
        (`after`, for the next page) or began (`before`, for the previous one): the page
        is then found from there by keyset, and `page` only numbers it."""
        return await self.store.list_pledges(
            guild_id,
            status=ListFilter(status),
            now=self.clock.now(),
            speaker=speaker,
            query=query,
            limit=page_size,
            offset=max(page, 0) * page_size,
            after=after,
            before=before,
        )

    async def history(self, guild_id: int, number: int) -> list[Event]:
        pledge = await self.get(guild_id, number)
        return await self.store.history(guild_id, pledge.id)

    async def speakers(self, guild_id: int, typed: str) -> list[str]:
        return await self.store.speakers(guild_id, typed, limit=25)

    async def autocomplete(self, guild_id: int, typed: str) -> list[Pledge]:
        return await self.store.search_numbers(guild_id, typed, limit=25)

    # -- recording -------------------------------------------------------------------

    async def reading_of(self, pledge: Pledge, reference: datetime) -> Deadline | Refusal | None:
        """How a pledge's deadline words were read, for the "read as:" line of a reply."""
        if not pledge.deadline_text:
            return None
        settings = await self.settings(pledge.guild_id)
        return interpret(pledge.deadline_text, reference, settings)

    async def read_said_on(
        self, guild_id: int, words: str, *, what: str = "the day it was said"
    ) -> datetime:
        """A past moment in the server's zone ("18 August 2025", "yesterday"); `what`
        names it in the error ("the publication date")."""
        settings = await self.settings(guild_id)
        said = parse_said_on(
            words, self.clock.now(), settings.timezone, day_first=settings.day_first
        )
        if said is None:
            raise unreadable_said_on(words, self.clock.now(), settings, what)
        return check_said_on_age(words, said, self.clock.now(), settings, what)

    async def check_deadline_words(
        self, guild_id: int, words: str, *, said_on: str | None = None, new: bool = False
    ) -> Deadline | Refusal:
        """Read deadline words as /pledge add and (`new`) extend will, relative to `said_on`
        when given and readable (else now), so a bad option is refused at once."""
        settings = await self.settings(guild_id)
        reference = self.clock.now()
        if said_on and said_on.strip():
            parsed = parse_said_on(
                said_on, reference, settings.timezone, day_first=settings.day_first
            )
            # A said_on too old is refused at its own option; meanwhile read from now.
            if parsed is not None:
                with contextlib.suppress(InvalidInput):
                    reference = check_said_on_age(said_on, parsed, reference, settings, "")
        return checked_deadline(words, reference, settings, new=new)

    async def start_extraction(
        self,
        guild_id: int,
        *,
        text: str,
        published: str | None = None,
        source_url: str | None = None,
    ) -> Extraction:
        """Check what came with an article (its date, default now; its link; some
        text) before anything is read, so a bad option is refused at once."""
        when = self.clock.now()
        if published and published.strip():
            when = await self.read_said_on(guild_id, published, what="the publication date")
        source = check_url(source_url)
        if not text.strip():
            raise InvalidInput("The article text is empty. Paste the text or attach a .txt file.")
        return Extraction(candidates=[], published=when, source_url=source)

    async def extract(self, guild_id: int, text: str, start: Extraction) -> Extraction:
        """Candidates most confident first, then the set-aside sentences ("Maybe"), read in
        the server's zone in a worker thread (a long paste must not stall the event loop)."""
        zone = (await self.settings(guild_id)).timezone
        got = await asyncio.to_thread(extract_pledges, text, start.published, zone, set_aside=True)
        return replace(start, candidates=rank_candidates(got), timezone=zone)

    async def add_candidate(
        self, guild_id: int, actor: Actor, candidate: Candidate, extraction: Extraction
    ) -> Pledge:
        """Record a candidate found by `extract` as a pledge, cut to the field limits
        (a deadline the parser cannot read is kept as words)."""
        if candidate.speaker is None:
            raise InvalidInput(
                "That candidate has no speaker I could find; record it with /pledge add."
            )
        return await self.add(
            guild_id,
            actor,
            speaker=cut(candidate.speaker, MAX_SPEAKER),
            promise=cut(candidate.promise, MAX_PROMISE),
            deadline=candidate.deadline_text,
            said_at=extraction.published,
            source_url=extraction.source_url,
            quote=cut(candidate.quote, MAX_QUOTE),
            require_readable_deadline=False,
        )

    async def _add(
        self,
        guild_id: int,
        actor: Actor,
        *,
        speaker: str,
        promise: str,
        deadline: str | None = None,
        said_at: datetime | None = None,
        source_url: str | None = None,
        source_title: str | None = None,
        quote: str | None = None,
        beneficiary: str | None = None,
        depends_on: int | None = None,
        seed_key: str | None = None,
        require_readable_deadline: bool = True,
    ) -> Pledge:
        now = self.clock.now()
        settings = await self.settings(guild_id)
        said_at = said_at or now
        if said_at.tzinfo is None:
            raise ValueError("said_at must be timezone-aware")
        if said_at > now + timedelta(days=1):
            raise InvalidInput(
                "The date it was said is in the future. Give a past date or leave it out."
            )
        fields: dict[str, Any] = {
            "speaker": clean_text("Speaker", speaker, MAX_SPEAKER, required=True),
            "promise": clean_text("Promise", promise, MAX_PROMISE, required=True),
            "quote": clean_text("Quote", quote, MAX_QUOTE),
            "beneficiary": clean_text("Beneficiary", beneficiary, MAX_BENEFICIARY),
            "source_url": check_url(source_url),
            "source_title": clean_text("Source title", source_title, MAX_PROMISE),
            "said_at": said_at,
            "recorded_by": actor.user_id,
            "seed_key": seed_key,
        }
        words = clean_text("Deadline", deadline, MAX_DEADLINE_WORDS)
        if words:
            fields["deadline_text"] = words
            if require_readable_deadline:
                parsed: Deadline | Refusal | None = checked_deadline(words, said_at, settings)
            else:
                parsed = interpret(words, said_at, settings)
            fields.update(_due_fields(parsed))
        if depends_on is not None:
            # Checked by the store inside its transaction (a deletion may come between).
            fields["depends_on"] = depends_on
        draft = Pledge(
            id=0,
            guild_id=guild_id,
            number=0,
            status=Status.OPEN,
            created_at=now,
            updated_at=now,
            **fields,
        )
        pledge = await self.store.insert_pledge(
            guild_id, fields, now, alerts=self.planner(draft, settings, now)
        )
        self._alerts_changed()
        return pledge

    # Recording takes the server's lock like every change; the seed import, which holds
    # the lock for its whole run, calls _add directly.
    add = _one_at_a_time(_add)

    async def seed(self, guild_id: int, actor: Actor | None = None) -> SeedResult:
        """Import the bundled article's pledges; those already imported are skipped, so
        running it twice adds nothing."""
        actor = actor or Actor.system()
        self.check_manager(actor, "import the article's pledges")
        async with self._locks[guild_id]:
            return await self._seed(guild_id, actor)

    async def _seed(self, guild_id: int, actor: Actor) -> SeedResult:
        entries = load_seed()
        numbers = await self.store.seeded_numbers(guild_id)
        # A bundled pledge the server deleted stays deleted, and others no longer
        # depend on it.
        live = {key: n for key, n in numbers.items() if await self.store.get_pledge(guild_id, n)}
        present = set(numbers)
        added: list[Pledge] = []
        # One wake-up for the whole import, so that the dispatcher sees every long-past
        # alert at once and sends one digest, not a few alerts and then a digest.
        self._quiet += 1
        try:
            for entry in entries:
                if entry["key"] in present:
                    continue
                depends = entry.get("depends_on")
                try:
                    pledge = await self._add(
                        guild_id,
                        actor,
                        speaker=entry["speaker"],
                        promise=entry["promise"],
                        deadline=entry.get("deadline"),
                        said_at=datetime.fromisoformat(entry["said_at"]),
                        source_url=entry.get("source_url"),
                        source_title=entry.get("source_title"),
                        quote=entry.get("quote"),
                        beneficiary=entry.get("beneficiary"),
                        depends_on=live.get(depends) if depends else None,
                        seed_key=entry["key"],
                        require_readable_deadline=False,
                    )
                except AlreadyRecorded:
                    # Another process (a second `seed`, another shard) imported it
                    # between our look and our write: theirs stands.
                    live.update(await self.store.seeded_numbers(guild_id))
                    continue
                live[entry["key"]] = pledge.number
                added.append(pledge)
        finally:
            self._quiet -= 1
            self._alerts_changed()
        return SeedResult(added=added, skipped=len(entries) - len(added))

    # -- changing ----------------------------------------------------------------------

    @_one_at_a_time
    async def mark(
        self,
        guild_id: int,
        number: int,
        actor: Actor,
        status: Status | str,
        *,
        note: str | None = None,
        evidence_url: str | None = None,
    ) -> Pledge:
        status = Status(status)
        pledge = await self.get(guild_id, number)
        settings = await self._require_editor(pledge, actor, "rule on")
        check_transition(pledge.status, status)
        note = clean_text("Note", note, MAX_NOTE)
        evidence_url = check_url(evidence_url, "Evidence")
        now = self.clock.now()
        event = Event(
            pledge_id=pledge.id,
            at=now,
            actor_id=actor.user_id,
            kind="ruled" if status.is_ruling else "reopened",
            field="status",
            from_value=pledge.status.value,
            to_value=status.value,
            note=note,
            evidence_url=evidence_url,
        )
        changes = {"status": status, "status_note": note, "evidence_url": evidence_url}
        after = replace(pledge, **changes)
        update = {
            "number": pledge.number,
            "actor_id": actor.user_id,
            "from": pledge.status.value,
            "to": status.value,
            "note": note,
            "evidence_url": evidence_url,
        }
        extra = [(guild_id, pledge.id, PlannedAlert(AlertKind.STATUS, now, update))]
        for dependent in await self.store.dependents(guild_id, pledge.number):
            if dependent.status is Status.OPEN:
                extra.append(
                    (
                        guild_id,
                        dependent.id,
                        PlannedAlert(
                            AlertKind.DEPENDENCY, now, {**update, "dependent": dependent.number}
                        ),
                    )
                )
        ruled = await self.store.update_pledge(
            guild_id,
            pledge.id,
            changes,
            [event],
            now,
            alerts=self.planner(after, settings, now),
            extra_alerts=extra,
            expect_status=pledge.status,
        )
        self._alerts_changed()
        return ruled

    @_one_at_a_time
    async def extend(
        self,
        guild_id: int,
        number: int,
        actor: Actor,
        deadline: str,
        *,
        reason: str | None = None,
    ) -> Pledge:
        pledge = await self.get(guild_id, number)
        settings = await self._require_editor(pledge, actor, "extend")
        if pledge.status is not Status.OPEN:
            raise not_open_to_extend(number, pledge.status.value)
        words = clean_text("Deadline", deadline, MAX_DEADLINE_WORDS, required=True)
        assert words is not None  # required=True refuses empty words
        now = self.clock.now()
        parsed = checked_deadline(words, now, settings, new=True)
        reason = clean_text("Reason", reason, MAX_NOTE)
        changes = {"deadline_text": words, **_due_fields(parsed)}
        if all(getattr(pledge, key) == value for key, value in changes.items()):
            # Nothing would change but the history, which would record a non-event.
            raise same_deadline(number, words)
        event = Event(
            pledge_id=pledge.id,
            at=now,
            actor_id=actor.user_id,
            kind="extended",
            field="due_at",
            from_value=_describe_due(pledge.deadline_text, pledge.due_at),
            to_value=_describe_due(words, changes["due_at"]),
            note=reason,
        )
        after = replace(pledge, **changes)
        extended = await self.store.update_pledge(
            guild_id,
            pledge.id,
            changes,
            [event],
            now,
            alerts=self.planner(after, settings, now),
            expect_status=pledge.status,
        )
        self._alerts_changed()
        return extended

    @_one_at_a_time
    async def edit(
        self,
        guild_id: int,
        number: int,
        actor: Actor,
        *,
        speaker: str | None = None,
        promise: str | None = None,
        source_url: str | None = None,
        quote: str | None = None,
        beneficiary: str | None = None,
    ) -> Pledge:
        pledge = await self.get(guild_id, number)
        await self._require_editor(pledge, actor, "edit")
        wanted: dict[str, Any] = {}
        if speaker is not None:
            wanted["speaker"] = clean_text("Speaker", speaker, MAX_SPEAKER, required=True)
        if promise is not None:
            wanted["promise"] = clean_text("Promise", promise, MAX_PROMISE, required=True)
        if source_url is not None:
            wanted["source_url"] = check_url(source_url)
        if quote is not None:
            wanted["quote"] = clean_text("Quote", quote, MAX_QUOTE)
        if beneficiary is not None:
            wanted["beneficiary"] = clean_text("Beneficiary", beneficiary, MAX_BENEFICIARY)
        changes = {k: v for k, v in wanted.items() if getattr(pledge, k) != v}
        if not changes:
            raise InvalidInput(
                "Nothing to change: give at least one new value "
                "(speaker, promise, source or quote)."
            )
        now = self.clock.now()
        events = [
            Event(
                pledge_id=pledge.id,
                at=now,
                actor_id=actor.user_id,
                kind="edited",
                field=key,
                from_value=getattr(pledge, key),
                to_value=value,
            )
            for key, value in changes.items()
        ]
        return await self.store.update_pledge(
            guild_id, pledge.id, changes, events, now, expect_status=pledge.status
        )

    @_one_at_a_time
    async def delete(self, guild_id: int, number: int, actor: Actor) -> Pledge:
        pledge = await self.get(guild_id, number)
        await self._require_editor(pledge, actor, "delete")
        now = self.clock.now()
        deleted = await self.store.delete_pledge(
            guild_id,
            pledge.id,
            Event(pledge_id=pledge.id, at=now, actor_id=actor.user_id, kind="deleted"),
            now,
            expect_status=pledge.status,
            release=releaser(pledge, actor, now),
            extra_alerts=[(guild_id, pledge.id, retirement(pledge, actor, now))],
        )
        self._alerts_changed()
        return deleted

    # -- settings ----------------------------------------------------------------------

    @_one_at_a_time
    async def update_settings(self, guild_id: int, actor: Actor, **changes: Any) -> GuildSettings:
        self.check_manager(actor, "change Pledgewatch's settings")
        if "timezone" in changes:
            changes["timezone"] = check_timezone(changes["timezone"])
        if "fiscal_year_end" in changes:
            changes["fiscal_year_end"] = check_fiscal_year_end(changes["fiscal_year_end"])
        if "heads_up_minutes" in changes and not 0 <= changes["heads_up_minutes"] <= 60 * 24 * 30:
            raise InvalidInput(
                "The heads-up must be between 0 (none) and 30 days before the deadline."
            )
        if "follow_up_days" in changes:
            days = tuple(sorted(set(changes["follow_up_days"])))
            if not days or any(not 1 <= d <= 365 for d in days) or len(days) > 10:
                raise InvalidInput("Follow-ups are 1 to 10 whole numbers of days, each 1 to 365.")
            changes["follow_up_days"] = days
        for key in ("repeat_days", "review_days"):
            if key in changes and not 1 <= changes[key] <= 365:
                raise InvalidInput("Repeat and review intervals must be between 1 and 365 days.")
        before = await self.settings(guild_id)
        after = replace(before, **changes)
        families = changed_families(before, after)
        # A new schedule marks the open pledges whose plans it changes (those with a
        # deadline, those without, or both) for replanning in the same transaction as
        # the setting; the replan runs in batches after the reply (bot/replans.py).
        await self.store.update_settings(guild_id, changes, self.clock.now(), replan=families)
        if families:
            self.replans.start(guild_id)
        if before.alert_channel_id != after.alert_channel_id:
            self._alerts_changed()  # alerts that waited for a channel
        return await self.settings(guild_id)

    async def settings_for_manager(
        self, guild_id: int, actor: Actor
    ) -> tuple[GuildSettings, str | None]:
        """What /pledgewatch show displays (settings and why alerts wait, if they do), for
        members with Manage Server only: the command's default permission is a hint a
        server admin can change."""
        self.check_manager(actor, "see Pledgewatch's settings")
        return await self.settings(guild_id), await self.alert_problem(guild_id)

    async def alert_problem(self, guild_id: int) -> str | None:
        """Why this server's alerts are not going out, if they are not."""
        return await self.store.alert_failure(guild_id)

    # -- permissions -------------------------------------------------------------------

    async def check_can_change(self, pledge: Pledge, actor: Actor, verb: str) -> None:
        """Raise PermissionDenied unless `actor` may `verb` this pledge."""
        await self._require_editor(pledge, actor, verb)

    async def check_can_extend(self, guild_id: int, number: int, actor: Actor) -> Pledge:
        """Refuse an extension before the member types the new deadline, not after."""
        pledge = await self.get(guild_id, number)
        await self._require_editor(pledge, actor, "extend")
        if pledge.status is not Status.OPEN:
            raise not_open_to_extend(pledge.number, pledge.status.value)
        return pledge

    async def _require_editor(self, pledge: Pledge, actor: Actor, verb: str) -> GuildSettings:
        settings = await self.settings(pledge.guild_id)
        if (
            actor.manage_guild
            or actor.user_id == pledge.recorded_by
            or (settings.editor_role_id is not None and settings.editor_role_id in actor.role_ids)
        ):
            return settings
        who = "the member who recorded it or members with Manage Server"
        if settings.editor_role_id is not None:
            who = (
                "the member who recorded it, members with Manage Server, "
                f"or members with the <@&{settings.editor_role_id}> role"
            )
        raise PermissionDenied(f"You can't {verb} #{pledge.number}: only {who} can.")

    @staticmethod
    def check_manager(actor: Actor, verb: str) -> None:
        """Raise PermissionDenied unless `actor` has Manage Server."""
        if not actor.manage_guild:
            raise PermissionDenied(f"Only members with the Manage Server permission can {verb}.")


def _describe_due(words: str | None, due: datetime | None) -> str | None:
    if due is None:
        return words
    return f"{words} ({due.isoformat(timespec='minutes')})" if words else due.isoformat()


def load_seed() -> list[dict[str, Any]]:
    data = resources.files("bot").joinpath("data/seed_pledges.json").read_text("utf-8")
    return json.loads(data)["pledges"]


def _due_fields(parsed: Deadline | Refusal | None) -> dict[str, Any]:
    """The pledge columns for a reading: earliest-only words keep their start date and
    no deadline ("not before June")."""
    if isinstance(parsed, Deadline):
        return {"due_at": parsed.due, "due_earliest": parsed.earliest, "vague": parsed.vague}
    if isinstance(parsed, Refusal) and parsed.earliest is not None:
        return {"due_at": None, "due_earliest": parsed.earliest, "vague": False}
    return {"due_at": None, "due_earliest": None, "vague": False}
