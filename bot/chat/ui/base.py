"""Views and forms whose failures are answered, never left hanging, and timed views
that grey their buttons out when they expire."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

import discord

from bot.chat.client import report
from bot.chat.limits import VIEW_TIMEOUT


class ReportingView(discord.ui.View):
    """A view whose callbacks may raise our errors; the tree answers them."""

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        await report(interaction, error)


class ReportingModal(discord.ui.Modal):
    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await report(interaction, error)


# Click answers whose "original response" is the clicked message itself; any other
# answer (an error, a refusal) made a new message that must not receive the view.
_UPDATED_THE_MESSAGE = (
    discord.InteractionResponseType.message_update,
    discord.InteractionResponseType.deferred_message_update,
)


class ExpiringView(ReportingView):
    """A view that lives a while after it is posted, then greys its buttons out, so a
    member never presses a button that silently does nothing.

    The grey-out is an edit through an interaction's webhook (the only way to edit an
    ephemeral message or a follow-up), and those tokens live 15 minutes. discord.py
    restarts the timeout at every click, so the edit goes through the token of the
    latest click that updated the message, which is never older than the timeout;
    `message` (the command's own response) is the fallback before any click.
    The timeout stays below 15 minutes (VIEW_TIMEOUT).
    """

    def __init__(self, timeout: float = VIEW_TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.message: discord.Message | discord.InteractionMessage | discord.WebhookMessage | None
        self.message = None
        self._latest: discord.Interaction | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        self._latest = interaction
        return True

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select):
                item.disabled = True
        latest = self._latest
        with contextlib.suppress(discord.HTTPException):
            if latest is not None and latest.response.type in _UPDATED_THE_MESSAGE:
                await latest.edit_original_response(view=self)
            elif self.message is not None:
                await self.message.edit(view=self)


class OwnerOnlyView(ExpiringView):
    """Buttons only the member who asked may press; others are told so, privately."""

    def __init__(self, owner_id: int) -> None:
        super().__init__()
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


EXPIRED = (
    "These buttons (or this form) have expired: Pledgewatch restarted since they were "
    "posted, or the message has changed since (another page, another member's click). "
    "Run the command again for new ones."
)
_ANSWERED_BY_A_VIEW = (discord.InteractionType.component, discord.InteractionType.modal_submit)


def orphaned(
    interaction: discord.Interaction,
    views: Iterable[discord.ui.View | discord.ui.Modal],
    persistent_prefix: str,
) -> bool:
    """A click or form submission that nothing in this process answers: its view or form
    belonged to a process that is gone (discord.py drops such interactions unanswered,
    and Discord tells the member only "This interaction failed"). Persistent items
    (their ids start with `persistent_prefix`) answer whatever process posted them; a
    view of this process counts while it is referenced, finished or not, so a click
    racing a view's own stop() is never answered twice."""
    if interaction.type not in _ANSWERED_BY_A_VIEW:
        return False
    custom_id = str((interaction.data or {}).get("custom_id", ""))
    if custom_id.startswith(persistent_prefix):
        return False
    message_id = interaction.message.id if interaction.message is not None else None
    for view in views:
        if isinstance(view, discord.ui.Modal):
            if view.custom_id == custom_id:
                return False
        elif any(getattr(item, "custom_id", None) == custom_id for item in view.children):
            shown = getattr(view, "message", None)
            if shown is None or message_id is None or shown.id == message_id:
                return False
    return True
