"""/pledge: record, browse and rule on pledges. A thin adapter over PledgeService."""

from __future__ import annotations

import io
import logging
from collections.abc import Awaitable
from datetime import datetime
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat import charts, render, render_scores
from bot.chat.client import (
    PledgeBot,
    actor_of,
    answer,
    answer_privately,
    edit_clicked,
    in_time,
)
from bot.chat.limits import MAX_UPLOAD, NO_MENTIONS
from bot.chat.ui.base import ExpiringView, OwnerOnlyView
from bot.chat.ui.extract import ArticleModal, answer_attachment
from bot.core.clock import Clock
from bot.core.model import MAX_PROMISE, MAX_SPEAKER, MAX_URL, ListFilter, Page, Pledge, Status
from bot.keeping import KeepingService
from bot.service import PledgeService
from cogs._shared import (
    DeadlineTransformer,
    NewDeadlineTransformer,
    SaidOnTransformer,
    guild_of,
    pledge_number_autocomplete,
    speaker_autocomplete,
)

ListChoice = Literal[
    "open", "overdue", "due soon", "fulfilled", "partly fulfilled", "broken", "withdrawn", "all"
]
MarkChoice = Literal["fulfilled", "partly fulfilled", "broken", "withdrawn", "open"]
PledgeNumber = app_commands.Range[int, 1, 10_000_000]
Speaker = app_commands.Range[str, 1, MAX_SPEAKER]
Promise = app_commands.Range[str, 1, MAX_PROMISE]
SearchText = app_commands.Range[str, 1, 100]
ChartKind = Literal["timeline", "outcomes"]
ExportChoice = Literal["csv", "json", "ics"]

log = logging.getLogger(__name__)


class ChartOffer(ExpiringView):
    """The scorecard's "Chart" button: anyone may press it for the picture."""

    def __init__(self, keeping: KeepingService, guild_id: int, speaker: str | None) -> None:
        super().__init__()
        self.keeping = keeping
        self.guild_id = guild_id
        self.speaker = speaker

    @discord.ui.button(label="Chart", emoji="📊", style=discord.ButtonStyle.secondary)
    async def chart(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.defer(thinking=True)
        kind: ChartKind = "timeline" if self.speaker else "outcomes"
        text, file = await charts.chart_reply(self.keeping, self.guild_id, self.speaker, kind)
        await interaction.followup.send(text, file=file, allowed_mentions=NO_MENTIONS)


class ListPager(OwnerOnlyView):
    def __init__(
        self,
        service: PledgeService,
        clock: Clock,
        owner_id: int,
        guild_id: int,
        status: ListFilter,
        speaker: str | None,
        query: str | None,
    ) -> None:
        super().__init__(owner_id)
        self.service = service
        self.clock = clock
        self.guild_id = guild_id
        self.status = status
        self.speaker = speaker
        self.query = query
        self.page = 0
        self.shown: Page | None = None

    async def render(self, step: int = 0) -> discord.Embed:
        """The page `step` pages from the one shown, found from where that one began or
        ended, so a late page costs what the first does."""
        shown = self.shown if step else None
        page = await self.service.list(
            self.guild_id,
            status=self.status,
            speaker=self.speaker,
            query=self.query,
            page=self.page + step,
            after=shown.last_key if shown is not None and step > 0 else None,
            before=shown.first_key if shown is not None and step < 0 else None,
        )
        if step and not page.items:  # the list shrank since the last page was shown
            self.page = 0
            return await self.render()
        self.page, self.shown = self.page + step, page
        self.previous.disabled = self.page == 0
        self.next.disabled = not page.has_next
        settings = await self.service.settings(self.guild_id)
        return render.list_embed(
            page,
            self.status,
            self.clock.now(),
            speaker=self.speaker,
            query=self.query,
            settings=settings,
            alerts_waiting=await self.service.alert_problem(self.guild_id) is not None,
        )

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        step = -1 if self.page > 0 else 0
        await interaction.response.edit_message(embed=await self.render(step), view=self)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(embed=await self.render(1), view=self)


class DeleteConfirm(OwnerOnlyView):
    def __init__(self, service: PledgeService, owner_id: int, guild_id: int, number: int) -> None:
        super().__init__(owner_id)
        self.service = service
        self.guild_id = guild_id
        self.number = number

    @discord.ui.button(label="Delete", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        # A write: a click the database makes wait is deferred, not left to expire.
        await in_time(
            interaction,
            self.service.delete(self.guild_id, self.number, actor_of(interaction)),
            thinking=False,
        )
        self.stop()
        await edit_clicked(
            interaction,
            content=f"Pledge #{self.number} was deleted. Its history is kept.",
            embed=None,
            view=None,
            allowed_mentions=NO_MENTIONS,
        )

    @discord.ui.button(label="Keep it", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        await interaction.response.edit_message(
            content=f"Kept pledge #{self.number}.", embed=None, view=None
        )


@app_commands.guild_only()
class PledgeCommands(commands.GroupCog, group_name="pledge"):
    """Record and rule on pledges."""

    def __init__(self, bot: PledgeBot, service: PledgeService, clock: Clock) -> None:
        self.bot = bot  # for track_view: timed views are stopped when the bot closes
        self.service = service
        self.keeping = KeepingService(service)
        self.clock = clock
        super().__init__()

    async def _card(self, interaction: discord.Interaction, number: int, *, full: bool = False):
        guild_id = guild_of(interaction)
        pledge = await self.service.get(guild_id, number)
        history = await self.service.history(guild_id, number)
        settings = await self.service.settings(guild_id)
        return render.pledge_embed(
            pledge,
            self.clock.now(),
            history=history,
            settings=settings,
            full_history=full,
            alerts_waiting=await self.service.alert_problem(guild_id) is not None,
        )

    async def _reading_answer(
        self, interaction: discord.Interaction, pledge: Pledge, text: str, reference: datetime
    ) -> tuple[str, discord.Embed | None]:
        """The card, and "read as: <matched words>" so the member sees what was understood."""
        try:
            reading = render.read_as(await self.service.reading_of(pledge, reference))
        except Exception:  # the change is saved; the reply still says so
            log.exception("Could not say how pledge #%s's deadline was read", pledge.number)
            reading = ""
        return await self._card_answer(
            interaction, pledge.number, f"{text}\n{reading}" if reading else text
        )

    async def _card_answer(
        self, interaction: discord.Interaction, number: int, text: str
    ) -> tuple[str, discord.Embed | None]:
        """Public: the channel sees what changed, with the card as it is now. The change
        is already saved when the card is drawn: a card that fails is logged and the
        reply still confirms the change (a generic "try again" would invite a member to
        record the pledge twice)."""
        try:
            return text, await self._card(interaction, number)
        except Exception:
            log.exception("Could not draw pledge #%s's card after a saved change", number)
            return f"{text}\n{render.card_unavailable(number)}", None

    async def _post(
        self, interaction: discord.Interaction, work: Awaitable[tuple[str, discord.Embed | None]]
    ) -> None:
        """A change's public answer: the change and the card after it, answered at once
        or, when they take longer than DEFER_AFTER (a write waiting for the lock), after
        a "thinking…" defer."""
        text, embed = await in_time(interaction, work)
        await answer(interaction, text, embed=embed)

    @app_commands.command(name="add", description="Record a pledge someone made")
    @app_commands.describe(
        speaker="Who made the pledge, e.g. Friedrich Merz",
        promise="What was promised",
        deadline="The deadline in the words used, e.g. “within two weeks”",
        said_on="When it was said (default: now), e.g. “18 August 2025” or “yesterday”",
        source="Link to the source (http or https)",
        quote="The exact words, if you have them",
        beneficiary="To whom it was promised",
        depends_on="Number of a pledge this one depends on",
    )
    @app_commands.autocomplete(depends_on=pledge_number_autocomplete)
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    async def add(
        self,
        interaction: discord.Interaction,
        speaker: Speaker,
        promise: Promise,
        deadline: app_commands.Transform[str, DeadlineTransformer] | None = None,
        said_on: app_commands.Transform[str, SaidOnTransformer] | None = None,
        source: str | None = None,
        quote: str | None = None,
        beneficiary: str | None = None,
        depends_on: PledgeNumber | None = None,
    ) -> None:
        async def work() -> tuple[str, discord.Embed | None]:
            pledge = await self.service.add(
                guild_of(interaction),
                actor_of(interaction),
                speaker=speaker,
                promise=promise,
                deadline=deadline,
                said_at=said_on,  # type: ignore[arg-type]  # the transformer returns a datetime
                source_url=source,
                quote=quote,
                beneficiary=beneficiary,
                depends_on=depends_on,
            )
            text = f"Recorded pledge #{pledge.number}."
            return await self._reading_answer(interaction, pledge, text, pledge.said_at)

        await self._post(interaction, work())

    @app_commands.command(name="list", description="List this server's pledges")
    @app_commands.describe(
        status="Which pledges (default: open)",
        speaker="Only pledges by this speaker (part of the name is enough)",
        query="Only pledges with words starting with each word typed (“tax” finds “taxes”)",
    )
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    async def list_(
        self,
        interaction: discord.Interaction,
        status: ListChoice = "open",
        speaker: SearchText | None = None,
        query: SearchText | None = None,
    ) -> None:
        view = ListPager(
            self.service,
            self.clock,
            interaction.user.id,
            guild_of(interaction),
            ListFilter(status),
            speaker,
            query,
        )
        self.bot.track_view(view)
        embed = await view.render()
        if view.next.disabled and view.previous.disabled:
            await interaction.response.send_message(embed=embed, allowed_mentions=NO_MENTIONS)
            return
        await interaction.response.send_message(
            embed=embed, view=view, allowed_mentions=NO_MENTIONS
        )
        view.message = await interaction.original_response()

    @app_commands.command(name="show", description="Show a pledge with its full history")
    @app_commands.describe(number="The pledge number")
    @app_commands.autocomplete(number=pledge_number_autocomplete)
    async def show(self, interaction: discord.Interaction, number: PledgeNumber) -> None:
        embed = await self._card(interaction, number, full=True)
        await interaction.response.send_message(embed=embed, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="mark", description="Rule on a pledge: kept, partly, broken…")
    @app_commands.describe(
        number="The pledge number",
        status="The ruling (open reopens a ruled pledge)",
        note="Why, in a sentence",
        evidence="Link to the evidence (http or https)",
    )
    @app_commands.autocomplete(number=pledge_number_autocomplete)
    async def mark(
        self,
        interaction: discord.Interaction,
        number: PledgeNumber,
        status: MarkChoice,
        note: str | None = None,
        evidence: str | None = None,
    ) -> None:
        async def work() -> tuple[str, discord.Embed | None]:
            await self.service.mark(
                guild_of(interaction),
                number,
                actor_of(interaction),
                Status(status),
                note=note,
                evidence_url=evidence,
            )
            verb = "Reopened" if status == "open" else f"Marked as {status}:"
            return await self._card_answer(interaction, number, f"{verb} pledge #{number}.")

        await self._post(interaction, work())

    @app_commands.command(name="extend", description="Give a pledge a new deadline")
    @app_commands.describe(
        number="The pledge number",
        deadline="The new deadline, e.g. “by the end of September”",
        reason="Why it was extended",
    )
    @app_commands.autocomplete(number=pledge_number_autocomplete)
    async def extend(
        self,
        interaction: discord.Interaction,
        number: PledgeNumber,
        deadline: app_commands.Transform[str, NewDeadlineTransformer],
        reason: str | None = None,
    ) -> None:
        async def work() -> tuple[str, discord.Embed | None]:
            pledge = await self.service.extend(
                guild_of(interaction), number, actor_of(interaction), deadline, reason=reason
            )
            text = f"Extended pledge #{number}."
            return await self._reading_answer(interaction, pledge, text, pledge.updated_at)

        await self._post(interaction, work())

    @app_commands.command(name="edit", description="Correct a pledge's details")
    @app_commands.describe(
        number="The pledge number",
        speaker="New speaker",
        promise="New wording of the promise",
        source="New source link (http or https)",
        quote="New quote",
    )
    @app_commands.autocomplete(number=pledge_number_autocomplete)
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    async def edit(
        self,
        interaction: discord.Interaction,
        number: PledgeNumber,
        speaker: Speaker | None = None,
        promise: Promise | None = None,
        source: str | None = None,
        quote: str | None = None,
    ) -> None:
        async def work() -> tuple[str, discord.Embed | None]:
            await self.service.edit(
                guild_of(interaction),
                number,
                actor_of(interaction),
                speaker=speaker,
                promise=promise,
                source_url=source,
                quote=quote,
            )
            return await self._card_answer(interaction, number, f"Updated pledge #{number}.")

        await self._post(interaction, work())

    @app_commands.command(name="delete", description="Delete a pledge (asks to confirm)")
    @app_commands.describe(number="The pledge number")
    @app_commands.autocomplete(number=pledge_number_autocomplete)
    async def delete(self, interaction: discord.Interaction, number: PledgeNumber) -> None:
        guild_id = guild_of(interaction)
        pledge = await self.service.get(guild_id, number)
        # Refuse now rather than after the confirmation click.
        await self.service.check_can_change(pledge, actor_of(interaction), "delete")
        view = self.bot.track_view(
            DeleteConfirm(self.service, interaction.user.id, guild_id, number)
        )
        embed = render.pledge_embed(pledge, self.clock.now())
        await interaction.response.send_message(
            f"Delete pledge #{number}? Its history is kept, but it leaves every list.",
            embed=embed,
            view=view,
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        view.message = await interaction.original_response()

    @app_commands.command(name="extract", description="Find candidate pledges in an article")
    @app_commands.describe(
        file="The article as a .txt file (up to 100 kB); leave out to paste the text instead",
        published="When it was published (default: today), e.g. “18 August 2025”",
        source="Link to the article (http or https)",
    )
    async def extract(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment | None = None,
        published: str | None = None,
        source: str | None = None,
    ) -> None:
        if file is None:
            modal = self.bot.track_view(ArticleModal())
            if published:
                modal.published.default = published[:100]
            if source:
                modal.source.default = source[:MAX_URL]
            await interaction.response.send_modal(modal)
            return
        await answer_attachment(interaction, file, published, source)

    @app_commands.command(name="record", description="Scorecard: who keeps their pledges")
    @app_commands.describe(speaker="One speaker's card (default: the whole server's table)")
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    async def record(
        self, interaction: discord.Interaction, speaker: Speaker | None = None
    ) -> None:
        guild_id = guild_of(interaction)
        if speaker:
            card = await self.keeping.speaker_card(guild_id, speaker)
            embed = render_scores.speaker_card_embed(card, self.clock.now())
            speaker = card.score.speaker
        else:
            embed = render_scores.scorecard_embed(await self.keeping.scorecards(guild_id))
        view = self.bot.track_view(ChartOffer(self.keeping, guild_id, speaker))
        await interaction.response.send_message(
            embed=embed, view=view, allowed_mentions=NO_MENTIONS
        )
        view.message = await interaction.original_response()

    @app_commands.command(name="chart", description="A picture of the record, as a PNG")
    @app_commands.describe(
        speaker="Only this speaker's pledges",
        kind="timeline (said → due, by status) or outcomes (a bar per speaker)",
    )
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    async def chart(
        self,
        interaction: discord.Interaction,
        speaker: Speaker | None = None,
        kind: ChartKind | None = None,
    ) -> None:
        guild_id = guild_of(interaction)
        await interaction.response.defer(thinking=True)
        chosen: ChartKind = kind or ("timeline" if speaker else "outcomes")
        text, file = await charts.chart_reply(self.keeping, guild_id, speaker, chosen)
        await interaction.followup.send(text, file=file, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="export", description="Download the pledges as a file")
    @app_commands.describe(
        format="csv (spreadsheets), json (everything, re-importable) or ics (calendars)",
        status="Only pledges with this status (default: every pledge, with deleted ones in JSON)",
        speaker="Only pledges by this speaker (part of the name is enough)",
    )
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    async def export(
        self,
        interaction: discord.Interaction,
        format: ExportChoice,
        status: ListChoice | None = None,
        speaker: SearchText | None = None,
    ) -> None:
        guild_id = guild_of(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        file = await self.keeping.export_file(
            guild_id, format, status=status, speaker=speaker, max_bytes=MAX_UPLOAD
        )
        await interaction.followup.send(
            render_scores.export_text(format, file.count, status=status, speaker=speaker),
            file=discord.File(io.BytesIO(file.data), filename=file.filename),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @app_commands.command(name="follow", description="Be told when a pledge falls due or is ruled")
    @app_commands.describe(
        number="The pledge to follow",
        speaker="Or follow every pledge of this speaker, later ones included",
        dm="Send me a direct message instead of mentioning me in the alert channel",
    )
    @app_commands.autocomplete(number=pledge_number_autocomplete)
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    async def follow(
        self,
        interaction: discord.Interaction,
        number: PledgeNumber | None = None,
        speaker: Speaker | None = None,
        dm: bool = False,
    ) -> None:
        # A write: answered after a private defer when the database makes it wait.
        result = await in_time(
            interaction,
            self.keeping.follow(
                guild_of(interaction), interaction.user.id, number=number, speaker=speaker, dm=dm
            ),
            ephemeral=True,
        )
        text = render_scores.follow_text(result.number, result.speaker, result.dm, result.new)
        await answer_privately(interaction, text)

    @app_commands.command(name="unfollow", description="Stop following a pledge or a speaker")
    @app_commands.describe(number="The pledge", speaker="Or the speaker")
    @app_commands.autocomplete(number=pledge_number_autocomplete)
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    async def unfollow(
        self,
        interaction: discord.Interaction,
        number: PledgeNumber | None = None,
        speaker: Speaker | None = None,
    ) -> None:
        result = await in_time(
            interaction,
            self.keeping.unfollow(
                guild_of(interaction), interaction.user.id, number=number, speaker=speaker
            ),
            ephemeral=True,
        )
        await answer_privately(
            interaction, render_scores.unfollow_text(result.number, result.speaker)
        )

    @app_commands.command(name="following", description="The pledges and speakers you follow")
    async def following(self, interaction: discord.Interaction) -> None:
        follows = await self.keeping.following(guild_of(interaction), interaction.user.id)
        await interaction.response.send_message(
            embed=render_scores.following_embed(follows),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )


async def setup(bot: PledgeBot) -> None:
    await bot.add_cog(PledgeCommands(bot, bot.service, bot.clock))
