"""The fake's world: users, guilds, roles, channels and the payloads Discord sends for them.

Payload shapes follow Discord's API v10 objects (what discord.py's `Guild`, `Member`,
`Role`, `TextChannel` and `User` parse), so the bot's cache is filled exactly as in
production. Permissions are computed with Discord's own algorithm (base permissions
from roles, then channel overwrites) because the product's checks depend on them.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000

# Permission bits (https://discord.com/developers/docs/topics/permissions).
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
CHANGE_NICKNAME = 1 << 26
USE_APPLICATION_COMMANDS = 1 << 31
SEND_MESSAGES_IN_THREADS = 1 << 38
ALL_PERMISSIONS = (1 << 53) - 1

EVERYONE_DEFAULT = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | ADD_REACTIONS
    | USE_EXTERNAL_EMOJIS
    | CHANGE_NICKNAME
    | USE_APPLICATION_COMMANDS
    | SEND_MESSAGES_IN_THREADS
)
BOT_ROLE_DEFAULT = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY | ATTACH_FILES

CHANNEL_TEXT = 0
CHANNEL_DM = 1


def iso(when: datetime) -> str:
    """Discord's timestamp format: ISO 8601 with microseconds and +00:00."""
    return when.astimezone(UTC).isoformat(timespec="microseconds")


class Snowflakes:
    """Increasing snowflake ids whose embedded time follows the fake's clock.

    discord.py derives `created_at` from ids, so ids must agree with the timestamps
    the fake writes, and they must never repeat or go backwards even if the clock does.
    """

    def __init__(self, now) -> None:
        self._now = now
        self._last = 0
        self._increment = itertools.count()

    def next(self) -> int:
        ms = int(self._now().timestamp() * 1000) - DISCORD_EPOCH_MS
        candidate = (max(ms, 0) << 22) | (1 << 17) | (next(self._increment) & 0xFFF)
        self._last = max(candidate, self._last + 1)
        return self._last


@dataclass(eq=False)
class FakeUser:
    id: int
    username: str
    global_name: str | None = None
    bot: bool = False

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "username": self.username,
            "global_name": self.global_name,
            "discriminator": "0",
            "avatar": None,
            "avatar_decoration_data": None,
            "banner": None,
            "accent_color": None,
            "public_flags": 0,
            "flags": 0,
        }
        if self.bot:
            data["bot"] = True
        return data


@dataclass(eq=False)
class FakeAttachment:
    """A file a member uploads with a command option, served back at `url`."""

    id: int
    filename: str
    content: bytes
    content_type: str
    url: str

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "filename": self.filename,
            "size": len(self.content),
            "url": self.url,
            "proxy_url": self.url,
            "content_type": self.content_type,
            "ephemeral": True,
        }


@dataclass(eq=False)
class FakeRole:
    id: int
    name: str
    permissions: int
    position: int = 0
    bot_id: int | None = None

    @property
    def mention(self) -> str:
        return f"<@&{self.id}>"

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "name": self.name,
            "description": None,
            "permissions": str(self.permissions),
            "position": self.position,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "managed": self.bot_id is not None,
            "mentionable": False,
            "flags": 0,
        }
        if self.bot_id is not None:
            data["tags"] = {"bot_id": str(self.bot_id)}
        return data


@dataclass(eq=False)
class FakeChannel:
    id: int
    name: str
    guild_id: int | None
    type: int = CHANNEL_TEXT
    position: int = 0
    topic: str | None = None
    # [{"id", "type": 0 role / 1 member, "allow", "deny"}] as ints
    overwrites: list[dict[str, int]] = field(default_factory=list)
    recipients: list[FakeUser] = field(default_factory=list)

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"

    def payload(self) -> dict[str, Any]:
        if self.type == CHANNEL_DM:
            return {
                "id": str(self.id),
                "type": CHANNEL_DM,
                "last_message_id": None,
                "flags": 0,
                "recipients": [u.payload() for u in self.recipients],
            }
        return {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "position": self.position,
            "permission_overwrites": [
                {
                    "id": str(o["id"]),
                    "type": o["type"],
                    "allow": str(o["allow"]),
                    "deny": str(o["deny"]),
                }
                for o in self.overwrites
            ],
            "topic": self.topic,
            "nsfw": False,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "parent_id": None,
            "default_auto_archive_duration": 1440,
            "flags": 0,
        }


@dataclass(eq=False)
class FakeMember:
    user: FakeUser
    role_ids: list[int]
    joined_at: datetime
    nick: str | None = None

    def payload(self, *, permissions: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "user": self.user.payload(),
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "roles": [str(r) for r in self.role_ids],
            "joined_at": iso(self.joined_at),
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data


@dataclass(eq=False)
class FakeGuild:
    """One server. `text_channel_id` is where commands are run, `alert_channel_id` the
    channel a server admin would configure for alerts."""

    id: int
    name: str
    owner_id: int
    roles: dict[int, FakeRole]
    channels: dict[int, FakeChannel]
    members: dict[int, FakeMember]
    text_channel_id: int
    alert_channel_id: int
    moderator_role_id: int
    bot_role_id: int
    locale: str = "en-US"

    @property
    def everyone_role(self) -> FakeRole:
        return self.roles[self.id]

    @property
    def shard_key(self) -> int:
        return self.id >> 22

    def channel(self, channel_id: int) -> FakeChannel:
        return self.channels[channel_id]

    def base_permissions(self, user_id: int) -> int:
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        member = self.members.get(user_id)
        if member is None:
            return 0
        perms = self.everyone_role.permissions
        for role_id in member.role_ids:
            perms |= self.roles[role_id].permissions
        if perms & ADMINISTRATOR:
            return ALL_PERMISSIONS
        return perms

    def channel_permissions(self, user_id: int, channel_id: int) -> int:
        """Discord's overwrite order: @everyone, then all role overwrites, then the member."""
        base = self.base_permissions(user_id)
        if base == ALL_PERMISSIONS:
            return ALL_PERMISSIONS
        if user_id not in self.members:
            return 0  # not (or no longer) in the server: sees none of its channels
        channel = self.channels[channel_id]
        member = self.members[user_id]
        perms = base
        by_id = {o["id"]: o for o in channel.overwrites}
        everyone = by_id.get(self.id)
        if everyone:
            perms = (perms & ~everyone["deny"]) | everyone["allow"]
        allow = deny = 0
        for role_id in member.role_ids:
            o = by_id.get(role_id)
            if o and o["type"] == 0:
                allow |= o["allow"]
                deny |= o["deny"]
        perms = (perms & ~deny) | allow
        mine = by_id.get(user_id)
        if mine and mine["type"] == 1:
            perms = (perms & ~mine["deny"]) | mine["allow"]
        if not perms & VIEW_CHANNEL:
            return 0
        return perms

    def rest_payload(self) -> dict[str, Any]:
        """`GET /guilds/{id}`: no channels or members, those are gateway-only."""
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "roles": [r.payload() for r in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "vanity_url_code": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": self.locale,
            "public_updates_channel_id": None,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
        }

    def gateway_payload(
        self, joined_at: datetime, *, bot_id: int, all_members: bool
    ) -> dict[str, Any]:
        """GUILD_CREATE: the REST object plus channels, members and the rest of state.

        Without the GUILD_MEMBERS intent Discord lists only the bot's own member, so a
        bot must not count on other members being cached (interactions carry them)."""
        data = self.rest_payload()
        data.update(
            {
                "unavailable": False,
                "large": False,
                "member_count": len(self.members),
                "joined_at": iso(joined_at),
                "channels": [c.payload() for c in self.channels.values()],
                "threads": [],
                "members": [
                    m.payload() for m in self.members.values() if all_members or m.user.id == bot_id
                ],
                "voice_states": [],
                "presences": [],
                "stage_instances": [],
                "guild_scheduled_events": [],
                "soundboard_sounds": [],
            }
        )
        for channel in data["channels"]:
            channel.pop("guild_id", None)
        return data
