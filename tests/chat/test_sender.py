"""The alert dispatcher on a FakeClock: The Discord boundary: DiscordSender's error sorting
and what it sends."""

from __future__ import annotations

import aiohttp
import discord
import pytest

from bot.chat.render import AlertMessage
from bot.chat.sender import DeliveryError, DiscordSender

# -- the Discord boundary ----------------------------------------------------------------------


class _Response:
    def __init__(self, status: int) -> None:
        self.status = status
        self.reason = "reason"


@pytest.mark.parametrize(
    ("error", "kind", "status"),
    [
        (discord.Forbidden(_Response(403), "Missing Access"), "unusable", 403),
        (discord.NotFound(_Response(404), "Unknown Channel"), "unusable", 404),
        (discord.HTTPException(_Response(429), "You are being rate limited."), "transient", 429),
        (discord.DiscordServerError(_Response(503), "Service Unavailable"), "transient", 503),
        (discord.HTTPException(_Response(400), "Invalid Form Body"), "rejected", 400),
        (aiohttp.ClientConnectionError("reset"), "transient", None),
        (TimeoutError(), "transient", None),
    ],
)
async def test_discord_sender_sorts_failures(error, kind, status):
    class Channel:
        async def send(self, **kwargs):
            raise error

    class Client:
        def get_partial_messageable(self, channel_id):
            return Channel()

    with pytest.raises(DeliveryError) as raised:
        await DiscordSender(Client()).send(1, AlertMessage("hi"), nonce="pw1.x")
    assert (raised.value.kind, raised.value.status) == (kind, status)


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (50001, "403: I can't see the channel (View Channel)"),
        (50013, "403: missing permissions there (Send Messages or Embed Links)"),
    ],
)
async def test_a_forbidden_send_says_which_kind_of_403(code, reason):
    """Missing Access (the channel hidden from the bot) and Missing Permissions (seen,
    but no Send Messages or Embed Links) ask the server's admin for different fixes."""

    class Channel:
        async def send(self, **kwargs):
            raise discord.Forbidden(_Response(403), {"code": code, "message": "no"})

    class Client:
        def get_partial_messageable(self, channel_id):
            return Channel()

    with pytest.raises(DeliveryError) as raised:
        await DiscordSender(Client()).send(1, AlertMessage("hi"), nonce="pw1.x")
    assert raised.value.reason == reason


async def test_discord_sender_sends_the_nonce_and_pings_nobody():
    calls = []

    class Message:
        id = 42

    class Channel:
        async def send(self, **kwargs):
            calls.append(kwargs)
            return Message()

    class Client:
        def get_partial_messageable(self, channel_id):
            return Channel()

    message_id = await DiscordSender(Client()).send(1, AlertMessage("hi"), nonce="pw1.x")
    assert message_id == 42
    (call,) = calls
    assert call["nonce"] == "pw1.x"
    assert call["allowed_mentions"].to_dict() == {"parse": []}
