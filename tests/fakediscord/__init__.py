"""A local fake of Discord (REST API + gateway) that the real discord.py client talks to.

Start it with `async with FakeDiscord() as fake:`, point discord.py at it with
`bot.chat.endpoint.use_api_base(fake.api_base)`, and drive the bot the way members
would (`invoke`, `autocomplete`, `click`, `submit_modal`); read back what the bot
did (`messages`, `requests`, `unknown_requests`, InteractionResult). See server.py.
"""

from tests.fakediscord.gateway import GatewayOp, GatewaySession
from tests.fakediscord.interactions import (
    CommandNotAvailable,
    InteractionResult,
    InteractionTimeout,
    InvalidInteraction,
    StoredMessage,
)
from tests.fakediscord.models import (
    MANAGE_GUILD,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
)
from tests.fakediscord.server import Failure, FakeDiscord, RecordedRequest
from tests.fakediscord.validation import ApiError

__all__ = [
    "MANAGE_GUILD",
    "SEND_MESSAGES",
    "VIEW_CHANNEL",
    "ApiError",
    "CommandNotAvailable",
    "Failure",
    "FakeAttachment",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "GatewayOp",
    "GatewaySession",
    "InteractionResult",
    "InteractionTimeout",
    "InvalidInteraction",
    "RecordedRequest",
    "StoredMessage",
]
