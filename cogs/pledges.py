"""/pledge: record, browse and rule on pledges. A thin adapter over PledgeService."""

from __future__ import annotations

from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.pledges import ListFilter, Status
from cogs.common import (
    DeadlineTransformer,
    ExpiringView,
    SaidOnTransformer,
    actor_of,
    bot_of,
    pledge_number_autocomplete,
    speaker_autocomplete,
)
from cogs.extract import ArticleModal, answer_attachment

NO_MENTIONS = discord.AllowedMentions.none()
VIEW_TIMEOUT = 600

ListChoice = Literal[
    "open", "overdue", "due soon", "fulfilled", "partly fulfilled", "broken", "withdrawn", "all"
]
MarkChoice = Literal["fulfilled", "partly fulfilled", "broken", "withdrawn", "open"]
PledgeNumber = app_commands.Range[int, 1, 10_000_000]


class OwnerOnlyView(ExpiringView):
    """Buttons only the member who asked may press; others are told so, privately."""

    def __init__(self, owner_id: int) -> None:
        super().__init__(timeout=VIEW_TIMEOUT)
        self.owner_id = owner_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return await super().interaction_check(interaction)
        await interaction.response.send_message(
            "These buttons belong to the member who ran the command. "
            "Run it yourself to get your own.",
            ephemeral=True,
        )
        return False


class ListPager(OwnerOnlyView):
    def __init__(self, owner_id: int, guild_id: int, status: ListFilter, speaker, query) -> None:
        super().__init__(owner_id)
        self.guild_id = guild_id
        self.status = status
        self.speaker = speaker
        self.query = query
        self.page = 0

    async def render(self, interaction: discord.Interaction) -> discord.Embed:
        bot = bot_of(interaction)
        page = await bot.service.list(
            self.guild_id,
            status=self.status,
            speaker=self.speaker,
            query=self.query,
            page=self.page,
        )
        if self.page >= page.page_count:  # the list shrank since the last page was shown
            self.page = page.page_count - 1
            return await self.render(interaction)
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page + 1 >= page.page_count
        settings = await bot.service.settings(self.guild_id)
        return render.list_embed(
            page,
            self.status,
            bot.clock.now(),
            speaker=self.speaker,
            query=self.query,
            settings=settings,
        )

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.page = max(0, self.page - 1)
        await interaction.response.edit_message(embed=await self.render(interaction), view=self)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.page += 1
        await interaction.response.edit_message(embed=await self.render(interaction), view=self)


class DeleteConfirm(OwnerOnlyView):
    def __init__(self, owner_id: int, guild_id: int, number: int) -> None:
        super().__init__(owner_id)
        self.guild_id = guild_id
        self.number = number

    @discord.ui.button(label="Delete", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        bot = bot_of(interaction)
        await bot.service.delete(self.guild_id, self.number, actor_of(interaction))
        self.stop()
        await interaction.response.edit_message(
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

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        super().__init__()

    async def _card(self, interaction: discord.Interaction, number: int, *, full: bool = False):
        bot = bot_of(interaction)
        pledge = await bot.service.get(interaction.guild_id, number)
        history = await bot.service.history(interaction.guild_id, number)
        settings = await bot.service.settings(interaction.guild_id)
        return render.pledge_embed(
            pledge, bot.clock.now(), history=history, settings=settings, full_history=full
        )

    async def _reply_with_card(
        self, interaction: discord.Interaction, number: int, text: str
    ) -> None:
        """Public: the channel sees what changed, with the card as it is now."""
        embed = await self._card(interaction, number)
        await interaction.response.send_message(text, embed=embed, allowed_mentions=NO_MENTIONS)

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
    @app_commands.autocomplete(depends_on=pledge_number_autocomplete, speaker=speaker_autocomplete)
    async def add(
        self,
        interaction: discord.Interaction,
        speaker: app_commands.Range[str, 1, 100],
        promise: app_commands.Range[str, 1, 500],
        deadline: app_commands.Transform[str, DeadlineTransformer] | None = None,
        said_on: app_commands.Transform[str, SaidOnTransformer] | None = None,
        source: str | None = None,
        quote: str | None = None,
        beneficiary: str | None = None,
        depends_on: PledgeNumber | None = None,
    ) -> None:
        bot = bot_of(interaction)
        pledge = await bot.service.add(
            interaction.guild_id,
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
        await self._reply_with_card(
            interaction, pledge.number, f"Recorded pledge #{pledge.number}."
        )

    @app_commands.command(name="list", description="List this server's pledges")
    @app_commands.describe(
        status="Which pledges (default: open)",
        speaker="Only pledges by this speaker (part of the name is enough)",
        query="Only pledges whose text contains this",
    )
    @app_commands.autocomplete(speaker=speaker_autocomplete)
    async def list_(
        self,
        interaction: discord.Interaction,
        status: ListChoice = "open",
        speaker: app_commands.Range[str, 1, 100] | None = None,
        query: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        view = ListPager(
            interaction.user.id, interaction.guild_id, ListFilter(status), speaker, query
        )
        bot_of(interaction).track_view(view)
        embed = await view.render(interaction)
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
        bot = bot_of(interaction)
        await bot.service.mark(
            interaction.guild_id,
            number,
            actor_of(interaction),
            Status(status),
            note=note,
            evidence_url=evidence,
        )
        verb = "Reopened" if status == "open" else f"Marked as {status}:"
        await self._reply_with_card(interaction, number, f"{verb} pledge #{number}.")

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
        deadline: app_commands.Transform[str, DeadlineTransformer],
        reason: str | None = None,
    ) -> None:
        bot = bot_of(interaction)
        await bot.service.extend(
            interaction.guild_id, number, actor_of(interaction), deadline, reason=reason
        )
        await self._reply_with_card(interaction, number, f"Extended pledge #{number}.")

    @app_commands.command(name="edit", description="Correct a pledge's details")
    @app_commands.describe(
        number="The pledge number",
        speaker="New speaker",
        promise="New wording of the promise",
        source="New source link (http or https)",
        quote="New quote",
    )
    @app_commands.autocomplete(number=pledge_number_autocomplete, speaker=speaker_autocomplete)
    async def edit(
        self,
        interaction: discord.Interaction,
        number: PledgeNumber,
        speaker: app_commands.Range[str, 1, 100] | None = None,
        promise: app_commands.Range[str, 1, 500] | None = None,
        source: str | None = None,
        quote: str | None = None,
    ) -> None:
        bot = bot_of(interaction)
        await bot.service.edit(
            interaction.guild_id,
            number,
            actor_of(interaction),
            speaker=speaker,
            promise=promise,
            source_url=source,
            quote=quote,
        )
        await self._reply_with_card(interaction, number, f"Updated pledge #{number}.")

    @app_commands.command(name="delete", description="Delete a pledge (asks to confirm)")
    @app_commands.describe(number="The pledge number")
    @app_commands.autocomplete(number=pledge_number_autocomplete)
    async def delete(self, interaction: discord.Interaction, number: PledgeNumber) -> None:
        bot = bot_of(interaction)
        pledge = await bot.service.get(interaction.guild_id, number)
        # Refuse now rather than after the confirmation click.
        await bot.service.check_can_change(pledge, actor_of(interaction), "delete")
        view = bot.track_view(DeleteConfirm(interaction.user.id, interaction.guild_id, number))
        embed = render.pledge_embed(pledge, bot.clock.now())
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
            modal = ArticleModal()
            if published:
                modal.published.default = published[:100]
            if source:
                modal.source.default = source[:500]
            await interaction.response.send_modal(modal)
            return
        await answer_attachment(interaction, file, published, source)

    @app_commands.command(name="record", description="Speakers' track records in this server")
    async def record(self, interaction: discord.Interaction) -> None:
        records = await bot_of(interaction).service.track_records(interaction.guild_id)
        await interaction.response.send_message(
            embed=render.track_record_embed(records), allowed_mentions=NO_MENTIONS
        )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(PledgeCommands(bot))
