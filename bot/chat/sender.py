"""How an alert reaches Discord: the dispatcher's only contact with it.

The dispatcher depends on the `AlertSender` protocol; the running bot hands it a
`DiscordSender`, tests hand in a fake. Every failure comes back as a `DeliveryError`
sorted by what to do about it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Literal, Protocol

import aiohttp
import discord

from bot.chat.render import NO_MENTIONS, AlertMessage, carries_reference
from bot.chat.render_scores import direct_message_text

FailureKind = Literal["unusable", "transient", "rejected"]


class DeliveryError(Exception):
    """Why a message did not reach the alert channel, sorted by what to do about it:

    * unusable  - the channel is gone or the bot may not post there (404/403): wait,
      tell the server, and retry no more than every ten minutes;
    * transient - rate limited, Discord's 5xx, network trouble: retry with backoff;
    * rejected  - Discord refused this message itself (400): retrying cannot help.
    """

    def __init__(
        self,
        kind: FailureKind,
        reason: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        outcome_unknown: bool = False,
    ) -> None:
        super().__init__(f"{kind}: {reason}")
        self.kind: FailureKind = kind
        # No answer, a broken connection or Discord's 5xx: the message may have been
        # posted all the same.
        self.outcome_unknown = outcome_unknown
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


def no_answer(timeout: float) -> DeliveryError:
    """A request to Discord that got no answer within `timeout` seconds: transient, and
    it may have landed (a post is retried with its nonce, an edit simply again)."""
    return DeliveryError(
        "transient", f"no answer from Discord within {timeout:g} s", outcome_unknown=True
    )


class AlertSender(Protocol):
    """The dispatcher's only contact with Discord; tests hand in a fake."""

    async def send(self, channel_id: int, message: AlertMessage, *, nonce: str) -> int:
        """Post and return the new message's id; raise DeliveryError on failure."""
        ...

    async def edit(self, channel_id: int, message_id: int, message: AlertMessage) -> None:
        """Replace an alert message's text, card and buttons; raise DeliveryError."""
        ...

    async def find_posted(self, channel_id: int, reference: str, since: datetime) -> int | None:
        """The id of our message carrying `reference` posted after `since`, if any; raise
        DeliveryError when the channel cannot be read (no Read Message History)."""
        ...


class DirectMessageRefused(Exception):
    """Discord answered 50007: the member does not take direct messages from us."""


class FollowerReach(Protocol):
    """How the dispatcher reaches followers beyond the channel: optional (without it,
    every follower is mentioned and membership is not checked)."""

    async def is_member(self, guild_id: int, user_id: int) -> bool | None:
        """True/False when Discord says so; None when it could not be asked."""
        ...

    async def direct(
        self,
        guild_id: int,
        user_id: int,
        message: AlertMessage,
        *,
        nonce: str,
        numbers: Sequence[int] = (),
        speakers: Sequence[str] = (),
    ) -> None:
        """Send `message` as a DM, saying what the member follows that sent it (`numbers`,
        the pledges they follow; `speakers`, the speakers); DirectMessageRefused for
        closed DMs, DeliveryError else."""
        ...


def allowed_mentions(message: AlertMessage) -> discord.AllowedMentions:
    """Exactly the message's followers may be pinged: never roles, @everyone or anyone
    named in user text."""
    if not message.mentions:
        return NO_MENTIONS
    return discord.AllowedMentions(
        everyone=False,
        roles=False,
        replied_user=False,
        users=[discord.Object(id=user_id) for user_id in message.mentions],
    )


# What an alert needs in its channel, with the names Discord's settings show.
ALERT_PERMISSIONS = (
    ("view_channel", "View Channel"),
    ("send_messages", "Send Messages"),
    ("embed_links", "Embed Links"),
)


def missing_alert_permissions(channel: discord.abc.GuildChannel) -> list[str]:
    """What the bot lacks to post alerts in `channel`, as its cache knows it now (empty
    when it cannot tell: Discord answers the first post, and the dispatcher reports it)."""
    me = channel.guild.me
    if me is None:
        return []
    allowed = channel.permissions_for(me)
    return [name for flag, name in ALERT_PERMISSIONS if not getattr(allowed, flag)]


class DiscordSender:
    """Sends through discord.py's REST client, by channel id (no cache needed).

    discord.py 2.7 sends `nonce` with `enforce_nonce: true` whenever a nonce is given,
    so Discord returns the first message instead of posting a second one when the same
    nonce comes again within a few minutes: a resend after a crash is deduplicated."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def send(self, channel_id: int, message: AlertMessage, *, nonce: str) -> int:
        channel = self.client.get_partial_messageable(channel_id)
        with _delivery_errors():
            sent = await channel.send(
                content=message.content,
                embeds=message.embeds,
                view=message.view,  # type: ignore[arg-type]  # None sends no components
                nonce=nonce,
                allowed_mentions=allowed_mentions(message),
            )
        return sent.id

    async def is_member(self, guild_id: int, user_id: int) -> bool | None:
        """GET /guilds/{id}/members/{user}: works without the members intent."""
        try:
            await self.client.http.get_member(guild_id, user_id)
        except discord.NotFound as error:
            return False if error.code == 10007 else None
        except (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError):
            return None
        return True

    async def direct(
        self,
        guild_id: int,
        user_id: int,
        message: AlertMessage,
        *,
        nonce: str,
        numbers: Sequence[int] = (),
        speakers: Sequence[str] = (),
    ) -> None:
        guild = self.client.get_guild(guild_id)
        with _delivery_errors():
            try:
                channel = await self.client.create_dm(discord.Object(id=user_id))
                await channel.send(
                    content=direct_message_text(
                        guild.name if guild else None, message.content, numbers, speakers
                    ),
                    embeds=message.embeds,
                    nonce=nonce,
                    allowed_mentions=NO_MENTIONS,
                )
            except discord.Forbidden as error:
                if error.code == 50007:
                    raise DirectMessageRefused(str(user_id)) from error
                raise

    async def find_posted(self, channel_id: int, reference: str, since: datetime) -> int | None:
        """Reads the channel's messages since `since` (100 at most, oldest first)."""
        channel = self.client.get_partial_messageable(channel_id)
        me = self.client.user.id if self.client.user else None
        with _delivery_errors():
            async for message in channel.history(limit=100, after=since, oldest_first=True):
                if message.author.id == me and carries_reference(
                    message.content, [e.footer.text for e in message.embeds], reference
                ):
                    return message.id
        return None

    async def edit(self, channel_id: int, message_id: int, message: AlertMessage) -> None:
        partial = self.client.get_partial_messageable(channel_id).get_partial_message(message_id)
        with _delivery_errors():
            await partial.edit(
                content=message.content,
                embeds=message.embeds,
                view=message.view,
                allowed_mentions=allowed_mentions(message),
            )


@contextmanager
def _delivery_errors() -> Iterator[None]:
    """discord.py's and aiohttp's exceptions -> DeliveryError."""
    try:
        yield
    except discord.Forbidden as error:
        # 50001 Missing Access: the channel is hidden from the bot (or it left the server);
        # otherwise it sees the channel but may not post there, or not with embeds.
        reason = (
            "403: I can't see the channel (View Channel)"
            if error.code == 50001
            else "403: missing permissions there (Send Messages or Embed Links)"
        )
        raise DeliveryError("unusable", reason, status=403) from error
    except discord.NotFound as error:
        raise DeliveryError("unusable", "404: the channel no longer exists", status=404) from error
    except discord.RateLimited as error:
        raise DeliveryError(
            "transient", "rate limited", status=429, retry_after=error.retry_after
        ) from error
    except discord.HTTPException as error:
        if error.status == 429:
            raise DeliveryError("transient", "rate limited", status=429) from error
        if error.status >= 500:
            raise DeliveryError(
                "transient",
                f"Discord answered {error.status}",
                status=error.status,
                outcome_unknown=True,
            ) from error
        raise DeliveryError(
            "rejected",
            f"Discord refused the message ({error.status}: {error.text})",
            status=error.status,
        ) from error
    except (aiohttp.ClientError, OSError, TimeoutError) as error:
        raise DeliveryError(
            "transient", f"network error: {error!r}", outcome_unknown=True
        ) from error
