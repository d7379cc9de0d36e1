"""The buttons on alerts and the Extend… form: each defined once, here.

Each item carries its custom-id template, builds its own component, and answers its
own click, as discord.py's `examples/views/dynamic_counter.py` does. discord.py
matches a click by the custom id alone (`pledge:rule:<guild>:<n>:<status>`,
`pledge:extend:<guild>:<n>`), so buttons on alerts posted weeks ago, before any number
of restarts, still work. The Extend… form is answered the same way, by its custom id
(`pledge:extend-form:<guild>:<n>`), rather than by a Modal object kept in memory, so a
restart between opening and submitting it does not leave the member with "This
interaction failed".

Every check goes through the service, exactly as for the slash commands; anything that
goes wrong is answered through the tree's one error handler (ephemeral), because
discord.py only logs exceptions raised inside a DynamicItem callback.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Iterator
from typing import Any

import discord

from bot.chat import render
from bot.chat.client import (
    actor_of,
    answer_privately,
    bot_of,
    edit_clicked,
    in_time,
    report,
    send_ephemeral,
)
from bot.chat.limits import MODAL_TITLE_MAX, NO_MENTIONS
from bot.core.errors import NotFound, PermissionDenied
from bot.core.model import MAX_DEADLINE_WORDS, MAX_NOTE, Status
from bot.core.text import cut

log = logging.getLogger(__name__)

_ID = r"(?P<guild>[0-9]{1,20}):(?P<number>[0-9]{1,10})"

# choice in the custom id -> (the ruling, the button's label and style)
RULE_CHOICES: dict[str, tuple[Status, str, discord.ButtonStyle]] = {
    "fulfilled": (Status.FULFILLED, "Fulfilled", discord.ButtonStyle.success),
    "partly": (Status.PARTLY, "Partly", discord.ButtonStyle.primary),
    "broken": (Status.BROKEN, "Broken", discord.ButtonStyle.danger),
}


async def _answering(interaction: discord.Interaction, work: Awaitable[None], number: int) -> None:
    """Run a button or form handler; any failure is answered, never left hanging. A
    pledge deleted since its alert was posted takes the alert's buttons with it."""
    try:
        await work
    except NotFound as error:
        if interaction.message is None:
            await report(interaction, error)
        else:
            await _retire_buttons(interaction, number)
    except Exception as error:
        await report(interaction, error)


async def _retire_buttons(interaction: discord.Interaction, number: int) -> None:
    """The pledge behind the clicked alert is gone (deleted): the alert loses its buttons,
    so that nobody else clicks them, and the member is told why, privately."""
    try:
        await edit_clicked(interaction, view=None)
    except discord.HTTPException:
        log.warning("Could not remove the buttons of deleted pledge #%s's alert", number)
    await send_ephemeral(interaction, render.deleted_pledge_notice(number))


def _same_server(interaction: discord.Interaction, guild_id: int) -> None:
    if interaction.guild_id != guild_id:
        raise PermissionDenied("These buttons belong to a pledge of another server.")


class RuleButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=rf"pledge:rule:{_ID}:(?P<choice>{'|'.join(RULE_CHOICES)})",
):
    """Fulfilled / Partly / Broken on an alert: rules the pledge like /pledge mark."""

    def __init__(self, guild_id: int, number: int, choice: str) -> None:
        _, label, style = RULE_CHOICES[choice]
        super().__init__(
            discord.ui.Button(
                style=style, label=label, custom_id=f"pledge:rule:{guild_id}:{number}:{choice}"
            )
        )
        self.guild_id = guild_id
        self.number = number
        self.choice = choice

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> RuleButton:
        return cls(int(match["guild"]), int(match["number"]), match["choice"])

    async def callback(self, interaction: discord.Interaction) -> None:
        await _answering(interaction, self._rule(interaction), self.number)

    async def _rule(self, interaction: discord.Interaction) -> None:
        _same_server(interaction, self.guild_id)
        bot = bot_of(interaction)
        status = RULE_CHOICES[self.choice][0]
        # A write: a click the database makes wait is deferred, not left to expire.
        pledge = await in_time(
            interaction,
            bot.service.mark(self.guild_id, self.number, actor_of(interaction), status),
            thinking=False,
        )
        # The click is answered by showing the outcome on the alert itself; the status
        # update for the channel goes through the outbox like any other ruling.
        outcome = render.ruled_alert(pledge, bot.clock.now(), actor_id=interaction.user.id)
        await edit_clicked(
            interaction,
            content=outcome.content,
            embeds=outcome.embeds,
            view=outcome.view,
            allowed_mentions=NO_MENTIONS,
        )


class ExtendButton(discord.ui.DynamicItem[discord.ui.Button], template=rf"pledge:extend:{_ID}"):
    """Extend…: asks for the new deadline in words and a reason."""

    def __init__(self, guild_id: int, number: int) -> None:
        super().__init__(
            discord.ui.Button(
                style=discord.ButtonStyle.secondary,
                label="Extend…",
                custom_id=f"pledge:extend:{guild_id}:{number}",
            )
        )
        self.guild_id = guild_id
        self.number = number

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> ExtendButton:
        return cls(int(match["guild"]), int(match["number"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        await _answering(interaction, self._open_form(interaction), self.number)

    async def _open_form(self, interaction: discord.Interaction) -> None:
        _same_server(interaction, self.guild_id)
        service = bot_of(interaction).service
        # Refuse before the member types anything, not after.
        await service.check_can_extend(self.guild_id, self.number, actor_of(interaction))
        await interaction.response.send_modal(ExtendForm(self.guild_id, self.number))


class ExtendForm(discord.ui.Modal):
    """The Extend… form. Stopped as soon as it is built: its submission is answered by
    `ExtendForm.answer`, matched by custom id, also after a restart."""

    TEMPLATE = re.compile(rf"pledge:extend-form:{_ID}")
    DEADLINE = "deadline"  # the text inputs' custom ids
    REASON = "reason"

    def __init__(self, guild_id: int, number: int) -> None:
        super().__init__(
            title=cut(f"Extend pledge #{number}", MODAL_TITLE_MAX),
            custom_id=f"pledge:extend-form:{guild_id}:{number}",
            timeout=None,
        )
        self.add_item(
            discord.ui.TextInput(
                label="New deadline, in words",
                custom_id=self.DEADLINE,
                placeholder="e.g. by the end of September, within two weeks",
                max_length=MAX_DEADLINE_WORDS,
            )
        )
        self.add_item(
            discord.ui.TextInput(
                label="Reason",
                custom_id=self.REASON,
                style=discord.TextStyle.paragraph,
                placeholder="Why was it extended? (optional)",
                required=False,
                max_length=MAX_NOTE,
            )
        )
        self.stop()

    @classmethod
    async def answer(cls, interaction: discord.Interaction) -> bool:
        """Answer a submission of this form, whenever it was opened; False if the
        interaction is not one."""
        if interaction.type is not discord.InteractionType.modal_submit:
            return False
        data: dict[str, Any] = dict(interaction.data or {})
        match = cls.TEMPLATE.fullmatch(str(data.get("custom_id", "")))
        if match is None:
            return False
        guild_id, number = int(match["guild"]), int(match["number"])
        values = _submitted_values(data.get("components") or [])
        await _answering(interaction, cls._extend(interaction, guild_id, number, values), number)
        return True

    @classmethod
    async def _extend(
        cls, interaction: discord.Interaction, guild_id: int, number: int, values: dict[str, str]
    ) -> None:
        _same_server(interaction, guild_id)
        bot = bot_of(interaction)
        from_alert = interaction.message is not None
        pledge = await in_time(
            interaction,
            bot.service.extend(
                guild_id,
                number,
                actor_of(interaction),
                values.get(cls.DEADLINE, ""),
                reason=values.get(cls.REASON) or None,
            ),
            ephemeral=True,
            thinking=not from_alert,
        )
        reading = render.read_as(await bot.service.reading_of(pledge, pledge.updated_at))
        if from_alert:
            # Opened from an alert: the alert now says what happened instead of asking.
            edited = render.extended_alert(
                pledge, bot.clock.now(), actor_id=interaction.user.id, reading=reading
            )
            await edit_clicked(
                interaction,
                content=edited.content,
                embeds=edited.embeds,
                view=None,
                allowed_mentions=NO_MENTIONS,
            )
        else:
            await answer_privately(interaction, render.extend_confirmation(pledge, reading))


def _submitted_values(components: list[dict[str, Any]]) -> dict[str, str]:
    """custom_id -> value of every text input in a MODAL_SUBMIT, whether the inputs
    arrive in action rows or in labels (both layouts exist in API v10). Read from the
    payload because no Modal object survives a restart to parse it."""

    def walk(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for item in items:
            yield item
            yield from walk(item.get("components") or [])
            if isinstance(item.get("component"), dict):
                yield from walk([item["component"]])

    return {
        item["custom_id"]: item.get("value") or ""
        for item in walk(components)
        if item.get("type") == 4 and item.get("custom_id")
    }


def ruling_view(guild_id: int, number: int) -> discord.ui.View:
    """Fulfilled / Partly / Broken / Extend… for an alert. The view is stopped before it
    is sent: discord.py would otherwise keep every alert's view in memory, although the
    dynamic items answer the clicks."""
    view = discord.ui.View(timeout=None)
    for choice in RULE_CHOICES:
        view.add_item(RuleButton(guild_id, number, choice))
    view.add_item(ExtendButton(guild_id, number))
    view.stop()
    return view


PERSISTENT_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (RuleButton, ExtendButton)
# Every custom id above (the buttons and the Extend… form) starts so: any process answers them.
PERSISTENT_PREFIX = "pledge:"
