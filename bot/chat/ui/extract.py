"""The /pledge extract flow: article text in, candidate pledges out, Add buttons.

`/pledge extract` is declared in cogs/pledges.py (one `/pledge` group) and uses the
form and view defined here; reading the article is the service's `extract`. Nothing is
saved until a member presses Add; the candidates live only in the view, which expires
14 minutes after the last click (interaction tokens, through which the expired
buttons are greyed out, live 15).
"""

from __future__ import annotations

import asyncio

import discord

from bot.chat import render
from bot.chat.client import actor_of, bot_of, edit_clicked, in_time
from bot.chat.limits import NO_MENTIONS, VIEW_TIMEOUT
from bot.chat.ui.base import ExpiringView, ReportingModal
from bot.core.errors import InvalidInput
from bot.core.extract import Candidate, is_maybe
from bot.core.model import MAX_URL
from bot.core.text import echo
from bot.service import Extraction

MAX_ATTACHMENT = 100_000  # bytes
# Discord allows 5 rows of 5 buttons: four rows of Add buttons, the last for "Add all".
ADD_ROWS = 4
MAX_SHOWN = ADD_ROWS * 5
# A file of at most 100 kB normally downloads in a blink, so it is read and decoded
# before the command is answered, and a bad file is refused privately. A download
# still running after this long is finished after a "thinking…" defer instead, so the
# 3-second answer deadline is kept either way.
DOWNLOAD_BEFORE_DEFER = 1.5  # seconds
FORM_TIMEOUT = 30 * 60  # seconds a paste form stays open


def check_attachment(attachment: discord.Attachment) -> None:
    """Refuse a file from what Discord says of it, before anything is downloaded."""
    if attachment.size > MAX_ATTACHMENT:
        raise InvalidInput(
            f"The file is {attachment.size:,} bytes; the limit is {MAX_ATTACHMENT:,} bytes "
            f"({MAX_ATTACHMENT // 1000} kB). "
            "Attach a shorter text or paste the paragraphs that matter."
        )
    name = attachment.filename.lower()
    if not (name.endswith(".txt") or (attachment.content_type or "").startswith("text/plain")):
        raise InvalidInput("Attach the article as a plain .txt file.")


async def read_attachment(attachment: discord.Attachment) -> str:
    data = await attachment.read()
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark is no part of the article
    except UnicodeDecodeError:
        raise InvalidInput("The file is not UTF-8 text. Save it as UTF-8 and try again.") from None
    if not text.strip():
        raise InvalidInput(
            f"{echo(attachment.filename, 100)} is empty: there is no text in it to read. "
            "Attach the article's text, or leave the file out to paste it."
        )
    return text


async def answer_attachment(
    interaction: discord.Interaction,
    file: discord.Attachment,
    published: str | None,
    source: str | None,
) -> None:
    """/pledge extract with a file: refuse what can be refused before answering, then
    show the candidates publicly."""
    check_attachment(file)
    service = bot_of(interaction).service
    guild_id = _guild(interaction)
    start = await service.start_extraction(
        guild_id, text="(attached)", published=published, source_url=source
    )
    text = await in_time(interaction, read_attachment(file), within=DOWNLOAD_BEFORE_DEFER)
    if not interaction.response.is_done():
        await interaction.response.defer(thinking=True)
    await answer_with_candidates(interaction, await service.extract(guild_id, text, start))


def _guild(interaction: discord.Interaction) -> int:
    if interaction.guild_id is None:  # the command is guild-only; a DM never gets here
        raise InvalidInput("Pledgewatch works inside a server, not in direct messages.")
    return interaction.guild_id


async def answer_with_candidates(interaction: discord.Interaction, found: Extraction) -> None:
    if not found.candidates:
        embed = render.candidates_embed([], 0, found.published, timezone=found.timezone)
        await interaction.followup.send(embed=embed, allowed_mentions=NO_MENTIONS)
        return
    view = bot_of(interaction).track_view(CandidateView(found))
    view.message = await interaction.followup.send(
        embed=view.embed(), view=view, allowed_mentions=NO_MENTIONS, wait=True
    )


class ArticleModal(ReportingModal, title="Find pledges in an article"):
    """The paste form. It expires FORM_TIMEOUT after it opens: an abandoned form would
    otherwise be kept in memory until the bot restarts."""

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
        max_length=MAX_URL,
    )

    def __init__(self) -> None:
        super().__init__(timeout=FORM_TIMEOUT)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        service = bot_of(interaction).service
        guild_id = _guild(interaction)
        start = await service.start_extraction(
            guild_id,
            text=self.text.value,
            published=self.published.value,
            source_url=self.source.value,
        )
        await interaction.response.defer(thinking=True)
        await answer_with_candidates(
            interaction, await service.extract(guild_id, self.text.value, start)
        )


def _mark_added(button: discord.ui.Button, number: int) -> None:
    button.disabled = True
    button.label = f"Added #{number}"


def _in_add_all(candidate: Candidate) -> bool:
    """Add all records what the rules propose; a sentence they set aside (issue 13) waits
    for a member's own click, and one without a speaker cannot be recorded."""
    return candidate.speaker is not None and candidate.doubt is None


class CandidateView(ExpiringView):
    """The candidates, MAX_SHOWN to a page: a long article finds more than one message has
    buttons for, and Next and Previous reach the rest (the "Maybe" ones rank last)."""

    def __init__(self, found: Extraction) -> None:
        super().__init__(timeout=VIEW_TIMEOUT)
        self.found = found
        self.candidates = found.candidates
        self.first = 0  # the index of the page's first candidate
        self.added: dict[int, int] = {}  # candidate index -> pledge number
        self.all_pressed: set[int] = set()  # pages (their `first`) whose Add all was pressed
        # Clicks run as concurrent tasks: a double click, or Add next to Add all, would
        # both pass the `added` check while the first insert is still awaited.
        self._adding = asyncio.Lock()
        self._build()

    def page(self) -> range:
        return range(self.first, min(self.first + MAX_SHOWN, len(self.candidates)))

    def embed(self) -> discord.Embed:
        shown = [self.candidates[index] for index in self.page()]
        return render.candidates_embed(
            shown,
            len(self.candidates),
            self.found.published,
            first=self.first,
            timezone=self.found.timezone,
        )

    def _build(self) -> None:
        """The page's Add buttons, then Add all (and Previous and Next when paged)."""
        self.clear_items()
        for index in self.page():
            candidate = self.candidates[index]
            # The "Maybe" candidates keep their button, greyed in colour only.
            button = discord.ui.Button(
                label=f"Add {index + 1}",
                style=(
                    discord.ButtonStyle.secondary
                    if is_maybe(candidate)
                    else discord.ButtonStyle.primary
                ),
                custom_id=f"extract:add:{index}",
                disabled=candidate.speaker is None,
                row=(index - self.first) // 5,
            )
            button.callback = self._adder(index)
            self.add_item(button)
            if index in self.added:
                _mark_added(button, self.added[index])
        add_all = discord.ui.Button(
            label="Add all",
            style=discord.ButtonStyle.success,
            custom_id="extract:all",
            row=ADD_ROWS,
            disabled=self.first in self.all_pressed
            or not any(_in_add_all(self.candidates[index]) for index in self.page()),
        )
        add_all.callback = self._add_all
        self.add_item(add_all)
        if len(self.candidates) > MAX_SHOWN:
            for label, step in (("Previous", -MAX_SHOWN), ("Next", MAX_SHOWN)):
                turn = discord.ui.Button(
                    label=label,
                    style=discord.ButtonStyle.secondary,
                    custom_id=f"extract:{label.lower()}",
                    row=ADD_ROWS,
                    disabled=not 0 <= self.first + step < len(self.candidates),
                )
                turn.callback = self._turner(step)
                self.add_item(turn)

    def _turner(self, step: int):
        async def callback(interaction: discord.Interaction) -> None:
            async with self._adding:  # never between an Add's insert and its button
                self.first += step
                self._build()
            await interaction.response.edit_message(embed=self.embed(), view=self)

        return callback

    async def _add(self, interaction: discord.Interaction, index: int) -> tuple[int, bool]:
        """Record candidate `index` once; returns its pledge number and whether this call
        recorded it (False: an earlier click had)."""
        async with self._adding:
            if index in self.added:
                return self.added[index], False
            candidate = self.candidates[index]
            if candidate.speaker is None:
                raise InvalidInput(
                    f"Candidate {index + 1} has no speaker I could find; "
                    "record it with /pledge add."
                )
            pledge = await bot_of(interaction).service.add_candidate(
                _guild(interaction), actor_of(interaction), candidate, self.found
            )
            self.added[index] = pledge.number
        for item in self.children:
            if isinstance(item, discord.ui.Button) and item.custom_id == f"extract:add:{index}":
                _mark_added(item, pledge.number)
        return pledge.number, True

    def _adder(self, index: int):
        async def callback(interaction: discord.Interaction) -> None:
            # A write: a click the database makes wait is deferred, not left to expire.
            number, recorded = await in_time(
                interaction, self._add(interaction, index), thinking=False
            )
            await edit_clicked(interaction, view=self)
            if recorded:
                await interaction.followup.send(
                    f"Recorded candidate {index + 1} as pledge #{number}.",
                    allowed_mentions=NO_MENTIONS,
                )
            else:
                await interaction.followup.send(
                    f"Candidate {index + 1} was already recorded as pledge #{number}.",
                    ephemeral=True,
                    allowed_mentions=NO_MENTIONS,
                )

        return callback

    async def _add_all(self, interaction: discord.Interaction) -> None:
        """Adds the page shown: a member adds what they have read."""
        page = self.page()

        async def add_page() -> list[int]:
            numbers = []
            for index in page:
                if _in_add_all(self.candidates[index]):
                    number, recorded = await self._add(interaction, index)
                    if recorded:
                        numbers.append(number)
            return numbers

        numbers = await in_time(interaction, add_page(), thinking=False)
        self.all_pressed.add(page.start)
        for item in self.children:
            if isinstance(item, discord.ui.Button) and item.custom_id == "extract:all":
                item.disabled = True
        await edit_clicked(interaction, view=self)
        waiting = sum(
            1
            for index in page
            if self.candidates[index].doubt
            and self.candidates[index].speaker
            and index not in self.added
        )
        text = (
            "Recorded " + ", ".join(f"#{n}" for n in numbers) + "."
            if numbers
            else "Every proposed candidate with a speaker was already added."
        )
        if waiting:
            text += f" {waiting} set aside: add those with their own buttons."
        await interaction.followup.send(text, allowed_mentions=NO_MENTIONS)
