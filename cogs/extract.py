"""The /pledge extract flow: article text in, candidate pledges out, Add buttons.

Not an extension: `/pledge extract` is declared in cogs/pledges.py (one `/pledge`
group) and uses the modal and view defined here. Nothing is saved until a member
presses Add; the candidates live only in the view, which expires after 15 minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import discord

from bot import render
from bot.client import ReportingModal
from bot.deadlines import parse_said_on
from bot.errors import InvalidInput
from bot.extract import Candidate, extract_pledges
from bot.service import check_url
from cogs.common import ExpiringView, actor_of, bot_of

NO_MENTIONS = discord.AllowedMentions.none()
MAX_ATTACHMENT = 100_000  # bytes
MAX_SHOWN = 10  # leaves one button row free for "Add all"
VIEW_TIMEOUT = 900


@dataclass(frozen=True, slots=True)
class ExtractRequest:
    text: str
    published: datetime
    source_url: str | None


async def read_request(
    interaction: discord.Interaction, text: str, published: str | None, source: str | None
) -> ExtractRequest:
    bot = bot_of(interaction)
    settings = await bot.service.settings(interaction.guild_id)
    now = bot.clock.now()
    when = now
    if published and published.strip():
        parsed = parse_said_on(published, now, settings.timezone, day_first=settings.day_first)
        if parsed is None:
            raise InvalidInput(
                f"I couldn't read “{published}” as the publication date. "
                "Use a date like “18 August 2025”, “2025-08-18” or “yesterday”."
            )
        when = parsed
    if not text.strip():
        raise InvalidInput("The article text is empty. Paste the text or attach a .txt file.")
    return ExtractRequest(text=text, published=when, source_url=check_url(source))


def check_attachment(attachment: discord.Attachment) -> None:
    """Refuse a file from what Discord says of it, before anything is downloaded."""
    if attachment.size > MAX_ATTACHMENT:
        raise InvalidInput(
            f"The file is {attachment.size // 1000} kB; the limit is {MAX_ATTACHMENT // 1000} kB. "
            "Attach a shorter text or paste the paragraphs that matter."
        )
    name = attachment.filename.lower()
    if not (name.endswith(".txt") or (attachment.content_type or "").startswith("text/plain")):
        raise InvalidInput("Attach the article as a plain .txt file.")


async def read_attachment(attachment: discord.Attachment) -> str:
    data = await attachment.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput("The file is not UTF-8 text. Save it as UTF-8 and try again.") from None


async def answer_with_candidates(interaction: discord.Interaction, request: ExtractRequest) -> None:
    bot = bot_of(interaction)
    settings = await bot.service.settings(interaction.guild_id)
    candidates = extract_pledges(request.text, request.published, settings.timezone)
    shown = candidates[:MAX_SHOWN]
    embed = render.candidates_embed(shown, len(candidates), request.published)
    if not shown:
        await interaction.followup.send(embed=embed, allowed_mentions=NO_MENTIONS)
        return
    view = bot.track_view(CandidateView(shown, request))
    view.message = await interaction.followup.send(
        embed=embed, view=view, allowed_mentions=NO_MENTIONS, wait=True
    )


class ArticleModal(ReportingModal, title="Find pledges in an article"):
    text = discord.ui.TextInput(
        label="Article text",
        custom_id="extract:text",
        style=discord.TextStyle.paragraph,
        placeholder="Paste the article (or the paragraphs with pledges) here",
        max_length=4000,
    )
    published = discord.ui.TextInput(
        label="Published on (default: today)",
        custom_id="extract:published",
        placeholder="e.g. 18 August 2025",
        required=False,
        max_length=100,
    )
    source = discord.ui.TextInput(
        label="Source link (optional)",
        custom_id="extract:source",
        placeholder="https://…",
        required=False,
        max_length=500,
    )

    async def on_submit(self, interaction: discord.Interaction) -> None:
        request = await read_request(
            interaction, self.text.value, self.published.value, self.source.value
        )
        await interaction.response.defer(thinking=True)
        await answer_with_candidates(interaction, request)


class CandidateView(ExpiringView):
    def __init__(self, candidates: list[Candidate], request: ExtractRequest) -> None:
        super().__init__(timeout=VIEW_TIMEOUT)
        self.candidates = candidates
        self.request = request
        self.added: dict[int, int] = {}  # candidate index -> pledge number
        for index, candidate in enumerate(candidates):
            button = discord.ui.Button(
                label=f"Add {index + 1}",
                style=discord.ButtonStyle.primary,
                custom_id=f"extract:add:{index}",
                disabled=candidate.speaker is None,
                row=index // 5,
            )
            button.callback = self._adder(index)
            self.add_item(button)
        add_all = discord.ui.Button(
            label="Add all", style=discord.ButtonStyle.success, custom_id="extract:all", row=4
        )
        add_all.callback = self._add_all
        self.add_item(add_all)

    async def _add(self, interaction: discord.Interaction, index: int) -> int:
        if index in self.added:
            return self.added[index]
        candidate = self.candidates[index]
        if candidate.speaker is None:
            raise InvalidInput(
                f"Candidate {index + 1} has no speaker I could find; record it with /pledge add."
            )
        pledge = await bot_of(interaction).service.add(
            interaction.guild_id,
            actor_of(interaction),
            speaker=candidate.speaker,
            promise=render.cut(candidate.promise, 500),
            deadline=candidate.deadline_text,
            said_at=self.request.published,
            source_url=self.request.source_url,
            quote=render.cut(candidate.quote, 1000),
            require_readable_deadline=False,
        )
        self.added[index] = pledge.number
        for item in self.children:
            if getattr(item, "custom_id", None) == f"extract:add:{index}":
                item.disabled = True  # type: ignore[attr-defined]
                item.label = f"Added #{pledge.number}"  # type: ignore[attr-defined]
        return pledge.number

    def _adder(self, index: int):
        async def callback(interaction: discord.Interaction) -> None:
            number = await self._add(interaction, index)
            await interaction.response.edit_message(view=self)
            await interaction.followup.send(
                f"Recorded candidate {index + 1} as pledge #{number}.",
                allowed_mentions=NO_MENTIONS,
            )

        return callback

    async def _add_all(self, interaction: discord.Interaction) -> None:
        numbers = []
        for index, candidate in enumerate(self.candidates):
            if candidate.speaker is not None and index not in self.added:
                numbers.append(await self._add(interaction, index))
        for item in self.children:
            if getattr(item, "custom_id", None) == "extract:all":
                item.disabled = True  # type: ignore[attr-defined]
        await interaction.response.edit_message(view=self)
        text = (
            "Recorded " + ", ".join(f"#{n}" for n in numbers) + "."
            if numbers
            else "Every candidate with a speaker was already added."
        )
        await interaction.followup.send(text, allowed_mentions=NO_MENTIONS)
