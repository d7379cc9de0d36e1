"""FakeDiscord: Discord's REST API (under /api/v10) and gateway on 127.0.0.1, for the
real discord.py client.

Why a fake and not mocks: the bot's wiring (intents, command sync, interaction
callbacks, follow-ups, rate-limit handling, resume after a dropped connection) lives
in discord.py, and only a real client talking to a server proves it. The fake keeps
Discord's behaviour where the bot depends on it - error codes, one answer per
interaction, the 3-second acknowledgement window, the first follow-up replacing a
"thinking..." message, `enforce_nonce` deduplication, message limits - and records
every request so a test can assert what the bot did and that it did nothing else.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import json
import logging
import math
import mimetypes
import re
import secrets
import socket
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web

from tests.fakediscord.gateway import INTENT_GUILD_MESSAGES, Gateway, GatewayOp, GatewaySession
from tests.fakediscord.interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    EPHEMERAL,
    LOADING,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    CommandNotAvailable,
    InteractionResult,
    InvalidInteraction,
    OptionBuilder,
    StoredMessage,
    modal_submission,
)
from tests.fakediscord.models import (
    ADMINISTRATOR,
    BOT_ROLE_DEFAULT,
    CHANNEL_DM,
    EMBED_LINKS,
    EVERYONE_DEFAULT,
    MANAGE_GUILD,
    MANAGE_MESSAGES,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    Snowflakes,
    iso,
)
from tests.fakediscord.spec import discord_api_spec
from tests.fakediscord.validation import (
    ApiError,
    validate_choices,
    validate_commands,
    validate_message,
    validate_modal,
)

log = logging.getLogger(__name__)

API_PREFIX = "/api/v10"
SUPPRESS_EMBEDS = 1 << 2
SUPPRESS_NOTIFICATIONS = 1 << 12
IS_COMPONENTS_V2 = 1 << 15
CHANNEL_MESSAGE_FLAGS = SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS | IS_COMPONENTS_V2
INTERACTION_MESSAGE_FLAGS = CHANNEL_MESSAGE_FLAGS | EPHEMERAL
NONCE_WINDOW = timedelta(minutes=5)
TOKEN_LIFETIME = timedelta(minutes=15)

_DEFAULT_ERRORS = {
    400: (50035, "Invalid Form Body"),
    401: (0, "401: Unauthorized"),
    403: (50013, "Missing Permissions"),
    404: (10003, "Unknown Channel"),
    500: (0, "500: Internal Server Error"),
    502: (0, "502: Bad Gateway"),
    503: (0, "503: Service Unavailable"),
}


@dataclass
class RecordedRequest:
    """One REST call as the fake saw it; `path` is relative to /api/v10."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: list[str] = field(default_factory=list)
    status: int | None = None

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status}"


def route_matcher(route: str) -> tuple[str | None, re.Pattern[str]]:
    """Split "[METHOD ]/path" into the method and a regex for the path.

    `*` and `{name}` match one path segment, `**` any number of them; paths are
    relative to /api/v10."""
    method, _, pattern = route.strip().rpartition(" ")
    pattern = "/" + re.sub(r"\{[^}]+\}", "*", pattern).lstrip("/")
    regex = "".join(
        ".*" if part == "**" else "[^/]+" if part == "*" else re.escape(part)
        for part in re.split(r"(\*\*|\*)", pattern)
    )
    return (method.upper() or None), re.compile(f"^{regex}$")


@dataclass
class Failure:
    """An injected error: `times` answers (None: until removed) for matching requests."""

    method: str | None
    pattern: re.Pattern[str]
    status: int
    code: int
    message: str
    retry_after: float
    is_global: bool
    times: int | None
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.times is not None and self.hits >= self.times:
            return False
        if self.method is not None and self.method != method:
            return False
        return bool(self.pattern.match(path))

    def response(self, fake: FakeDiscord) -> web.Response:
        self.hits += 1
        if self.status == 429:
            body = {
                "message": "You are being rate limited.",
                "retry_after": self.retry_after,
                "global": self.is_global,
            }
            headers = {
                "Retry-After": str(math.ceil(self.retry_after)),
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": f"{time.time() + self.retry_after:.3f}",
                "X-RateLimit-Reset-After": f"{self.retry_after:.3f}",
                "X-RateLimit-Bucket": _bucket(self.pattern.pattern),
                "X-RateLimit-Scope": "global" if self.is_global else "user",
                # discord.py treats a 429 without Via as a Cloudflare ban, as it should.
                "Via": "1.1 google",
            }
            if self.is_global:
                headers["X-RateLimit-Global"] = "true"
            return fake._respond(429, body, headers=headers)
        return fake._respond(self.status, {"message": self.message, "code": self.code})


def _bucket(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:16]


Handler = Callable[..., Awaitable[tuple[int, Any]]]


@dataclass
class _Call:
    request: web.Request
    json: Any
    files: list[tuple[str, bytes]]

    @property
    def query(self) -> Mapping[str, str]:
        return self.request.query


class FakeDiscord:
    """A local Discord for one test. Use as `async with FakeDiscord() as fake:`.

    People: `bot_user`, `owner` (owns every guild), `moderator` (has the "Moderator" role
    with Manage Server), `member` and `stranger` (plain members) - all members of every
    guild. Guilds: `guilds[0]`, `guilds[1]`, ... each with `text_channel_id`,
    `alert_channel_id` and `moderator_role_id`.
    """

    def __init__(
        self,
        *,
        guilds: int = 2,
        clock: Any = None,
        token: str = "fake-token",
        shard_count: int = 1,
        privileged_intents: int = 0,
        heartbeat_interval: float = 41.25,
        ack_deadline: float | None = 3.0,
        port: int = 0,
        bot_name: str = "Pledgewatch",
    ) -> None:
        self.clock = clock
        self.token = token
        self.shard_count = shard_count
        self.privileged_intents = {
            bit for bit in (1 << 1, 1 << 8, 1 << 15) if privileged_intents & bit
        }
        self.ack_deadline = ack_deadline
        self._port = port
        self.snowflakes = Snowflakes(self.now)

        self.application_id = self.snowflakes.next()
        self.application_flags = 1 << 23  # APPLICATION_COMMAND_BADGE
        self.bot_user = FakeUser(self.application_id, bot_name, None, bot=True)
        self.owner = FakeUser(self.snowflakes.next(), "owner", "Server Owner")
        self.moderator = FakeUser(self.snowflakes.next(), "moderator", "Moderator Mo")
        self.member = FakeUser(self.snowflakes.next(), "member", "Member Mia")
        self.stranger = FakeUser(self.snowflakes.next(), "stranger", "Stranger Sam")
        self.users: dict[int, FakeUser] = {
            u.id: u for u in (self.bot_user, self.owner, self.moderator, self.member, self.stranger)
        }
        self.joined_at = self.now()
        self.guilds: list[FakeGuild] = [self._make_guild(i + 1) for i in range(guilds)]

        self.requests: list[RecordedRequest] = []
        self.unknown_requests: list[RecordedRequest] = []
        # Requests Discord's own API description does not allow (spec.py): a route it
        # does not have, or a body its request schema rejects. Checked on every request;
        # the e2e fixtures fail the test that caused one.
        self.spec = discord_api_spec()
        self.spec_violations: list[str] = []
        self.interactions: list[InteractionResult] = []
        self.gateway = Gateway(self, heartbeat_interval)

        self._failures: list[Failure] = []
        self._messages: dict[int, StoredMessage] = {}
        self._channel_messages: dict[int, list[int]] = {}
        self._nonces: dict[tuple[int, str], tuple[int, datetime]] = {}
        # False: Discord has forgotten every nonce (as it does after a few minutes), so
        # enforce_nonce deduplicates nothing.
        self.remember_nonces = True
        # channel -> released when set: a message posted there is stored (and seen by
        # everyone) but its answer waits, as if the sender died before hearing back.
        self.stall_after_post: dict[int, asyncio.Event] = {}
        self._dm_channels: dict[int, FakeChannel] = {}
        # Members whose DMs are closed to the bot: a DM to them is refused with 50007.
        self.closed_dms: set[int] = set()
        self._files: dict[int, FakeAttachment] = {}
        self._removed_bot: dict[int, FakeMember] = {}  # guild id -> the bot's member there
        self._by_token: dict[str, InteractionResult] = {}
        self._command_payloads: dict[int | None, list[dict[str, Any]]] = {}
        self._commands: dict[int | None, list[dict[str, Any]]] = {}
        self._command_ids: dict[tuple[int | None, int, str], int] = {}
        self._routes = self._build_routes()
        self._tick = asyncio.Event()
        self._last_activity = 0.0
        self._ready_sent = 0
        self._resumed_sent = 0
        self._runner: web.AppRunner | None = None

    # ---- world set-up ----------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock.now() if self.clock is not None else datetime.now(UTC)

    def _make_guild(self, number: int) -> FakeGuild:
        guild_id = self.snowflakes.next()
        moderator_role = FakeRole(self.snowflakes.next(), "Moderator", MANAGE_GUILD, position=2)
        bot_role = FakeRole(
            self.snowflakes.next(),
            self.bot_user.username,
            BOT_ROLE_DEFAULT,
            position=1,
            bot_id=self.bot_user.id,
        )
        everyone = FakeRole(guild_id, "@everyone", EVERYONE_DEFAULT, position=0)
        general = FakeChannel(self.snowflakes.next(), "general", guild_id, position=0)
        alerts = FakeChannel(self.snowflakes.next(), "pledge-alerts", guild_id, position=1)
        members = {
            self.owner.id: FakeMember(self.owner, [], self.joined_at),
            self.moderator.id: FakeMember(self.moderator, [moderator_role.id], self.joined_at),
            self.member.id: FakeMember(self.member, [], self.joined_at),
            self.stranger.id: FakeMember(self.stranger, [], self.joined_at),
            self.bot_user.id: FakeMember(self.bot_user, [bot_role.id], self.joined_at),
        }
        return FakeGuild(
            id=guild_id,
            name=f"Test Server {number}",
            owner_id=self.owner.id,
            roles={r.id: r for r in (everyone, bot_role, moderator_role)},
            channels={general.id: general, alerts.id: alerts},
            members=members,
            text_channel_id=general.id,
            alert_channel_id=alerts.id,
            moderator_role_id=moderator_role.id,
            bot_role_id=bot_role.id,
        )

    def guild(self, guild: int | FakeGuild) -> FakeGuild:
        guild_id = guild.id if isinstance(guild, FakeGuild) else int(guild)
        for g in self.guilds:
            if g.id == guild_id:
                return g
        raise KeyError(f"no guild {guild_id} in the fake")

    def user(self, user_id: int) -> FakeUser:
        try:
            return self.users[int(user_id)]
        except KeyError:
            raise InvalidInteraction(f"no user {user_id} in the fake") from None

    def add_user(
        self,
        username: str,
        *,
        guilds: list[FakeGuild] | None = None,
        role_ids: tuple[int, ...] = (),
    ) -> FakeUser:
        """A new person, member of `guilds` (default: all). Call before the bot connects
        for the bot's cache to know them; interactions carry member data either way."""
        user = FakeUser(self.snowflakes.next(), username, username.title())
        self.users[user.id] = user
        for guild in self.guilds if guilds is None else guilds:
            guild.members[user.id] = FakeMember(
                user, [r for r in role_ids if r in guild.roles], self.now()
            )
        return user

    def upload(
        self, filename: str, content: bytes | str, content_type: str | None = None
    ) -> FakeAttachment:
        """A file as a member would attach it to a command option; the bot can download
        it from the fake (`await attachment.read()`)."""
        data = content.encode() if isinstance(content, str) else bytes(content)
        guessed = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        attachment_id = self.snowflakes.next()
        attachment = FakeAttachment(
            id=attachment_id,
            filename=filename,
            content=data,
            content_type=content_type or guessed,
            url=f"http://127.0.0.1:{self._port}/attachments/{attachment_id}/{filename}",
        )
        self._files[attachment_id] = attachment
        return attachment

    async def add_text_channel(self, guild: int | FakeGuild, name: str) -> FakeChannel:
        g = self.guild(guild)
        channel = FakeChannel(self.snowflakes.next(), name, g.id, position=len(g.channels))
        g.channels[channel.id] = channel
        await self.gateway.dispatch_guild_event(g.id, "CHANNEL_CREATE", channel.payload())
        return channel

    async def set_overwrite(
        self, channel_id: int, target: FakeUser | FakeRole | int, *, allow: int = 0, deny: int = 0
    ) -> None:
        """Channel permission overwrite (e.g. deny the bot Send Messages in the alert
        channel); the bot hears of it through CHANNEL_UPDATE as on Discord."""
        guild, channel = self._guild_channel(channel_id)
        target_id = target.id if isinstance(target, FakeUser | FakeRole) else int(target)
        kind = 0 if target_id in guild.roles else 1
        channel.overwrites = [o for o in channel.overwrites if o["id"] != target_id]
        channel.overwrites.append({"id": target_id, "type": kind, "allow": allow, "deny": deny})
        await self.gateway.dispatch_guild_event(guild.id, "CHANNEL_UPDATE", channel.payload())

    # ---- lifecycle ------------------------------------------------------------------

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_get("/gateway/", self.gateway.handle)
        app.router.add_get("/attachments/{attachment_id}/{filename}", self._handle_download)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._handle_rest)
        app.router.add_route("*", "/{tail:.*}", self._handle_outside_api)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self._port))
        sock.listen(128)
        self._port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()

    async def stop(self) -> None:
        if self._runner is None:
            return
        await self.gateway.close_all()
        await self._runner.cleanup()
        self._runner = None

    @property
    def port(self) -> int:
        return self._port

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self._port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self._port}/gateway"

    # ---- waiting --------------------------------------------------------------------

    def _notify(self) -> None:
        self._tick.set()
        self._tick = asyncio.Event()

    def _touch(self) -> None:
        self._last_activity = asyncio.get_running_loop().time()

    async def _wait_for(self, predicate: Callable[[], bool], timeout: float) -> bool:  # noqa: ASYNC109 - test helpers take a timeout, like asyncio.wait_for
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            tick = self._tick
            try:
                await asyncio.wait_for(tick.wait(), remaining)
            except TimeoutError:
                return predicate()
        return True

    async def settle(self, quiet: float = 0.05, timeout: float = 5.0) -> None:  # noqa: ASYNC109 - test helpers take a timeout, like asyncio.wait_for
        """Return once the bot has sent nothing for `quiet` seconds (at most `timeout`)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            idle = loop.time() - self._last_activity
            if idle >= quiet:
                return
            await asyncio.sleep(quiet - idle)

    def _diagnostics(self, what: str) -> str:
        recent = "\n  ".join(str(r) for r in self.requests[-12:]) or "(none)"
        unknown = ", ".join(str(r) for r in self.unknown_requests) or "none"
        connected = any(s.connected for s in self.gateway.sessions.values())
        return (
            f"{what}.\n Gateway connected: {connected}. Unknown requests: {unknown}.\n"
            f" Last requests:\n  {recent}"
        )

    # ---- test controls --------------------------------------------------------------

    @property
    def gateway_ops(self) -> list[GatewayOp]:
        return self.gateway.received

    def ops(self, op: int) -> list[GatewayOp]:
        return [o for o in self.gateway.received if o.op == op]

    def fail(
        self,
        route: str,
        status: int,
        *,
        times: int | None = 1,
        retry_after: float = 0.1,
        code: int | None = None,
        message: str | None = None,
        is_global: bool = False,
    ) -> Failure:
        """Answer the next `times` matching requests with an error.

        `route` is "[METHOD ]/path" relative to /api/v10, where `*` or `{name}` is one
        path segment and `**` any rest, e.g. "POST /channels/{channel_id}/messages".
        429 answers carry `retry_after` in the body and Discord's X-RateLimit-* headers;
        403 defaults to code 50013 Missing Permissions, 404 to 10003 Unknown Channel.
        """
        method, pattern = route_matcher(route)
        default_code, default_message = _DEFAULT_ERRORS.get(status, (0, f"{status}: Error"))
        failure = Failure(
            method=method,
            pattern=pattern,
            status=status,
            code=default_code if code is None else code,
            message=default_message if message is None else message,
            retry_after=retry_after,
            is_global=is_global,
            times=times,
        )
        self._failures.append(failure)
        return failure

    def clear_failures(self) -> None:
        self._failures.clear()

    def requests_to(self, route: str) -> list[RecordedRequest]:
        """Recorded requests matching "[METHOD ]/path" (same patterns as `fail`)."""
        method, pattern = route_matcher(route)
        return [r for r in self.requests if method in (None, r.method) and pattern.match(r.path)]

    async def drop_gateway(
        self,
        *,
        resume: bool = True,
        how: str = "close",
        guild: int | FakeGuild | None = None,
        wait: bool = True,
        timeout: float = 10.0,  # noqa: ASYNC109 - test helpers take a timeout, like asyncio.wait_for
    ) -> None:
        """Break the bot's gateway connection.

        resume=True, how="close": close the socket with 4000 (the client resumes);
        how="reconnect": send op 7 RECONNECT (the client closes and resumes).
        resume=False: op 9 INVALID_SESSION, the client must IDENTIFY again.
        With `wait`, return once the fake has sent RESUMED (or a new READY).
        """
        session = self._session(guild)
        resumed, ready = self._resumed_sent, self._ready_sent
        await self.gateway.drop(session, resume=resume, how=how)
        if not wait:
            return
        if resume:
            ok = await self._wait_for(lambda: self._resumed_sent > resumed, timeout)
        else:
            ok = await self._wait_for(lambda: self._ready_sent > ready, timeout)
        if not ok:
            raise AssertionError(self._diagnostics("the bot did not come back after the drop"))

    def _session(self, guild: int | FakeGuild | None = None) -> GatewaySession:
        guild_id = (
            self.guild(guild).id
            if guild is not None
            else (self.guilds[0].id if self.guilds else None)
        )
        session = self.gateway.session_for_guild(guild_id)
        if session is None:
            raise RuntimeError(self._diagnostics("no bot session is connected to the fake gateway"))
        return session

    # ---- reading what the bot did ---------------------------------------------------

    def messages(self, channel_id: int, *, include_deleted: bool = False) -> list[StoredMessage]:
        """Messages in a channel, oldest first, as they stand after edits. Ephemeral
        messages are not in any channel (see InteractionResult)."""
        found = [self._messages[i] for i in self._channel_messages.get(channel_id, [])]
        return [m for m in found if include_deleted or not m.deleted]

    def files(self, message: StoredMessage) -> dict[str, bytes]:
        """filename -> content of the files attached to a message."""
        found = {}
        for attachment in message.payload().get("attachments") or []:
            stored = self._files[int(attachment["id"])]
            found[stored.filename] = stored.content
        return found

    def direct_messages(self, user: FakeUser) -> list[StoredMessage]:
        """What the bot sent `user` by direct message, oldest first."""
        channel = self._dm_channels.get(user.id)
        return self.messages(channel.id) if channel is not None else []

    def remove_member(self, guild: int | FakeGuild, user: FakeUser) -> None:
        """The member leaves the server (no event: the bot lacks the members intent);
        GET /guilds/{id}/members/{user} answers 10007 Unknown Member from now on."""
        self.guild(guild).members.pop(user.id, None)

    async def remove_bot(self, guild: int | FakeGuild) -> None:
        """A server admin kicks the bot: GUILD_DELETE (no `unavailable`: removed, not an
        outage); from now on its channels answer 403 Missing Access, and a new session
        no longer lists the server."""
        g = self.guild(guild)
        await self.gateway.dispatch_guild_event(g.id, "GUILD_DELETE", {"id": str(g.id)})
        self._removed_bot[g.id] = g.members.pop(self.bot_user.id)

    async def invite_bot(self, guild: int | FakeGuild) -> None:
        """The bot is invited back: its member returns and GUILD_CREATE arrives, without
        `unavailable` as for any server joined (discord.py: on_guild_join)."""
        g = self.guild(guild)
        g.members[self.bot_user.id] = self._removed_bot.pop(g.id)
        joined = g.gateway_payload(self.joined_at, bot_id=self.bot_user.id, all_members=False)
        del joined["unavailable"]
        await self.gateway.dispatch_guild_event(g.id, "GUILD_CREATE", joined)

    def message(self, message_id: int) -> StoredMessage:
        return self._messages[int(message_id)]

    async def wait_for_message(
        self,
        channel_id: int,
        predicate: Callable[[StoredMessage], bool] | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - test helpers take a timeout, like asyncio.wait_for
    ) -> StoredMessage:
        """The first (oldest) live message in the channel that matches, waiting for it."""

        def find() -> StoredMessage | None:
            for m in self.messages(channel_id):
                if predicate is None or predicate(m):
                    return m
            return None

        if not await self._wait_for(lambda: find() is not None, timeout):
            raise AssertionError(self._diagnostics(f"no matching message in channel {channel_id}"))
        found = find()
        assert found is not None
        return found

    def dm_channel_id(self, user: FakeUser | int) -> int | None:
        channel = self._dm_channels.get(user.id if isinstance(user, FakeUser) else int(user))
        return channel.id if channel else None

    @property
    def commands(self) -> list[dict[str, Any]]:
        """Global commands as Discord stores them (ids, versions, ...)."""
        return copy.deepcopy(self._commands.get(None, []))

    def guild_commands(self, guild: int | FakeGuild) -> list[dict[str, Any]]:
        return copy.deepcopy(self._commands.get(self.guild(guild).id, []))

    def command_definitions(
        self, guild: int | FakeGuild | None = None
    ) -> list[dict[str, Any]] | None:
        """Exactly what the bot sent in its last bulk overwrite (None: never synced)."""
        key = None if guild is None else self.guild(guild).id
        payload = self._command_payloads.get(key)
        return copy.deepcopy(payload) if payload is not None else None

    def register_commands(
        self, definitions: list[dict[str, Any]], guild: int | FakeGuild | None = None
    ) -> None:
        """Install command definitions as if the bot had synced them (validated the
        same way). For bots run as a subprocess, which do not sync on start."""
        scope = None if guild is None else self.guild(guild).id
        validate_commands(definitions)
        self._command_payloads[scope] = copy.deepcopy(definitions)
        self._commands[scope] = [self._command_object(scope, c) for c in definitions]

    async def wait_for_bot(self, *, identified: int = 1, timeout: float = 15.0) -> None:  # noqa: ASYNC109 - test helpers take a timeout, like asyncio.wait_for
        """Wait until the bot has IDENTIFIED `identified` times in total and received its
        guilds, and its session is connected - e.g. after starting a bot subprocess."""

        def ready() -> bool:
            session = self.gateway.session_for_guild(self.guilds[0].id if self.guilds else None)
            return self._ready_sent >= identified and session is not None and session.connected

        if not await self._wait_for(ready, timeout):
            raise AssertionError(self._diagnostics("the bot did not connect"))

    # ---- member actions -------------------------------------------------------------

    async def invoke(
        self,
        guild: int | FakeGuild | None,
        command: str,
        options: Mapping[str, Any] | None = None,
        *,
        user: FakeUser | None = None,
        channel_id: int | None = None,
        locale: str = "en-US",
        respect_default_permissions: bool = True,
        wait: bool = True,
        timeout: float = 5.0,  # noqa: ASYNC109 - test helpers take a timeout, like asyncio.wait_for
    ) -> InteractionResult:
        """Run a slash command ("name", "group sub" or "group subgroup sub") as `user`
        (default: `member`) in `channel_id` (default: the guild's text channel;
        guild=None means the bot's DMs). Returns once the bot answered and went quiet
        (wait=False: right after dispatch)."""
        user = user or self.member
        g = self.guild(guild) if guild is not None else None
        path = command.split()
        definition, scope = self._command_for(g, path[0], user, respect_default_permissions)
        channel = self._interaction_channel(g, channel_id, user)
        builder = OptionBuilder(self, g, channel.id, user)
        data: dict[str, Any] = {
            "id": str(definition["id"]),
            "name": definition["name"],
            "type": definition.get("type", 1),
            "options": builder.build(definition, path[1:], options or {}),
        }
        if builder.resolved:
            data["resolved"] = builder.resolved
        if scope is not None:
            data["guild_id"] = str(scope)
        result = await self._dispatch_interaction(
            APPLICATION_COMMAND, data, g, channel, user, name=command, locale=locale
        )
        if wait:
            await result.wait_done(timeout)
        return result

    async def autocomplete(
        self,
        guild: int | FakeGuild | None,
        command: str,
        options: Mapping[str, Any] | None = None,
        *,
        focused: str,
        user: FakeUser | None = None,
        channel_id: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - test helpers take a timeout, like asyncio.wait_for
    ) -> list[dict[str, Any]]:
        """What the member sees while typing into `focused` (its value as typed, a
        string); returns the bot's choices [{"name", "value"}]."""
        user = user or self.member
        g = self.guild(guild) if guild is not None else None
        path = command.split()
        definition, scope = self._command_for(g, path[0], user, True)
        channel = self._interaction_channel(g, channel_id, user)
        builder = OptionBuilder(self, g, channel.id, user)
        data: dict[str, Any] = {
            "id": str(definition["id"]),
            "name": definition["name"],
            "type": definition.get("type", 1),
            "options": builder.build(definition, path[1:], options or {}, focused=focused),
        }
        if builder.resolved:
            data["resolved"] = builder.resolved
        if scope is not None:
            data["guild_id"] = str(scope)
        result = await self._dispatch_interaction(
            AUTOCOMPLETE, data, g, channel, user, name=f"{command} [{focused}]"
        )
        await result.wait_callback(timeout)
        return copy.deepcopy(result.choices or [])

    async def click(
        self,
        message: StoredMessage | int,
        custom_id: str,
        *,
        user: FakeUser | None = None,
        values: list[Any] | None = None,
        wait: bool = True,
        timeout: float = 5.0,  # noqa: ASYNC109 - test helpers take a timeout, like asyncio.wait_for
    ) -> InteractionResult:
        """Press a button (or choose `values` in a select menu) on a message the bot
        posted. Disabled components, link buttons and other people's ephemeral
        messages cannot be clicked, as in Discord's client."""
        msg = self._messages[message.id if isinstance(message, StoredMessage) else int(message)]
        if msg.deleted:
            raise InvalidInteraction(f"message {msg.id} was deleted")
        component = msg.component(custom_id)
        if component.get("disabled"):
            raise InvalidInteraction(f"component {custom_id!r} is disabled")
        if msg.visible_to is not None:
            if user is not None and user.id != msg.visible_to:
                raise InvalidInteraction(
                    "only the member who got an ephemeral message can click it"
                )
            user = self.user(msg.visible_to)
        user = user or self.member
        g = self.guild(msg.guild_id) if msg.guild_id is not None else None
        channel = self._interaction_channel(g, msg.channel_id, user)
        kind = component["type"]
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": kind}
        if component.get("id") is not None:
            data["id"] = component["id"]
        if kind == 2:
            if values is not None:
                raise InvalidInteraction("buttons take no values")
        else:
            chosen = list(values or [])
            low, high = component.get("min_values", 1), component.get("max_values", 1)
            if not low <= len(chosen) <= high:
                raise InvalidInteraction(f"select {custom_id!r} takes {low}..{high} values")
            builder = OptionBuilder(self, g, channel.id, user)
            if kind == 3:
                allowed = [o["value"] for o in component.get("options") or []]
                if any(v not in allowed for v in chosen):
                    raise InvalidInteraction(f"select {custom_id!r} offers {allowed}, got {chosen}")
            else:
                resolve = {
                    5: builder.resolve_user,
                    6: builder.resolve_role,
                    8: builder.resolve_channel,
                }
                for v in chosen:
                    target = v.id if hasattr(v, "id") else int(v)
                    if kind == 7:
                        (builder.resolve_role if g and target in g.roles else builder.resolve_user)(
                            target
                        )
                    else:
                        resolve[kind](target)
                chosen = [v.id if hasattr(v, "id") else int(v) for v in chosen]
                data["resolved"] = builder.resolved
            data["values"] = [str(v) for v in chosen]
        result = await self._dispatch_interaction(
            MESSAGE_COMPONENT, data, g, channel, user, name=f"click {custom_id}", message=msg
        )
        if wait:
            await result.wait_done(timeout)
        return result

    async def submit_modal(
        self,
        source: InteractionResult,
        values: Mapping[str, Any],
        *,
        user: FakeUser | None = None,
        wait: bool = True,
        timeout: float = 5.0,  # noqa: ASYNC109 - test helpers take a timeout, like asyncio.wait_for
    ) -> InteractionResult:
        """Fill in and submit the modal the bot opened in answer to `source`."""
        if source.modal is None:
            raise InvalidInteraction(
                f"the bot did not open a modal for {source.name!r} (type {source.type})"
            )
        user = user or source.user
        g = source.guild
        channel = self._interaction_channel(g, source.channel_id, user)
        data = {
            "custom_id": source.modal["custom_id"],
            "components": modal_submission(source.modal, values),
        }
        message = self._messages.get(source.source_message_id) if source.source_message_id else None
        result = await self._dispatch_interaction(
            MODAL_SUBMIT, data, g, channel, user, name=f"modal {data['custom_id']}", message=message
        )
        if wait:
            await result.wait_done(timeout)
        return result

    def _command_for(
        self, guild: FakeGuild | None, name: str, user: FakeUser, respect_default_permissions: bool
    ) -> tuple[dict[str, Any], int | None]:
        scopes: list[int | None] = ([guild.id] if guild else []) + [None]
        for scope in scopes:
            for definition in self._commands.get(scope, []):
                if definition["name"] == name and definition.get("type", 1) == 1:
                    break
            else:
                continue
            break
        else:
            synced = {
                ("global" if k is None else k): [c["name"] for c in v]
                for k, v in self._commands.items()
            }
            raise CommandNotAvailable(
                f"/{name} is not a synced command (synced: {synced or 'nothing'}); "
                "sync the bot's tree first (await bot.tree.sync())"
            )
        contexts = definition.get("contexts")
        if guild is None:
            if (
                (contexts is not None and 1 not in contexts)
                or definition.get("dm_permission") is False
                or scope is not None
            ):
                raise CommandNotAvailable(f"/{name} is not available in DMs")
        else:
            if user.id not in guild.members:
                raise InvalidInteraction(f"{user.username} is not a member of {guild.name}")
            if contexts is not None and 0 not in contexts:
                raise CommandNotAvailable(f"/{name} is not available in servers")
            required = definition.get("default_member_permissions")
            if required is not None and respect_default_permissions:
                perms = guild.base_permissions(user.id)
                needed = int(required)
                if not perms & ADMINISTRATOR and perms & needed != needed:
                    raise CommandNotAvailable(
                        f"Discord hides /{name} from {user.username} (default_member_permissions="
                        f"{needed}); pass respect_default_permissions=False to simulate "
                        "a server override"
                    )
        return definition, scope

    def _interaction_channel(
        self, guild: FakeGuild | None, channel_id: int | None, user: FakeUser
    ) -> FakeChannel:
        if guild is None:
            return self._dm_channel(user)
        channel_id = channel_id or guild.text_channel_id
        if channel_id not in guild.channels:
            raise InvalidInteraction(f"channel {channel_id} is not in {guild.name}")
        if not guild.channel_permissions(user.id, channel_id) & VIEW_CHANNEL:
            raise InvalidInteraction(f"{user.username} cannot see channel {channel_id}")
        return guild.channels[channel_id]

    async def _dispatch_interaction(
        self,
        kind: int,
        data: dict[str, Any],
        guild: FakeGuild | None,
        channel: FakeChannel,
        user: FakeUser,
        *,
        name: str,
        locale: str = "en-US",
        message: StoredMessage | None = None,
    ) -> InteractionResult:
        session = self._session_or_none(guild)
        if session is None:
            raise RuntimeError(self._diagnostics("no bot session is connected to the fake gateway"))
        interaction_id = self.snowflakes.next()
        token = secrets.token_urlsafe(96)
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": kind,
            "data": data,
            "token": token,
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "channel_id": str(channel.id),
        }
        if guild is not None:
            member_perms = guild.channel_permissions(user.id, channel.id)
            channel_payload = channel.payload() | {"permissions": str(member_perms)}
            payload |= {
                "guild_id": str(guild.id),
                "guild": {"id": str(guild.id), "locale": guild.locale, "features": []},
                "guild_locale": guild.locale,
                "channel": channel_payload,
                "member": guild.members[user.id].payload(permissions=member_perms),
                "app_permissions": str(guild.channel_permissions(self.bot_user.id, channel.id)),
                "authorizing_integration_owners": {"0": str(guild.id)},
                "context": 0,
            }
        else:
            payload |= {
                "channel": channel.payload(),
                "user": user.payload(),
                "app_permissions": str(
                    VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY
                ),
                "authorizing_integration_owners": {"0": "0"},
                "context": 1,
            }
        if message is not None:
            payload["message"] = message.payload()
        result = InteractionResult(
            self,
            interaction_id=interaction_id,
            token=token,
            kind=kind,
            name=name,
            payload=payload,
            guild=guild,
            channel_id=channel.id,
            user=user,
            source_message_id=message.id if message is not None else None,
            created_loop_time=asyncio.get_running_loop().time(),
        )
        self._by_token[token] = result
        self.interactions.append(result)
        await self.gateway.dispatch(session, "INTERACTION_CREATE", payload)
        return result

    def _session_or_none(self, guild: FakeGuild | None) -> GatewaySession | None:
        return self.gateway.session_for_guild(guild.id if guild is not None else None)

    # ---- HTTP plumbing --------------------------------------------------------------

    def _respond(
        self, status: int, body: Any, *, headers: dict[str, str] | None = None
    ) -> web.Response:
        if status == 204:
            return web.Response(status=204, headers=headers)
        return web.Response(
            status=status,
            body=json.dumps(body).encode(),
            content_type="application/json",
            headers=headers,
        )

    async def _read_body(self, request: web.Request) -> tuple[Any, list[tuple[str, bytes]]]:
        files: list[tuple[str, bytes]] = []
        if not request.body_exists:
            return None, files
        if request.content_type.startswith("multipart/"):
            body: Any = None
            reader = await request.multipart()
            while (part := await reader.next()) is not None:
                if part.name == "payload_json":
                    body = json.loads(await part.text())
                else:
                    files.append((part.filename or part.name or "file", bytes(await part.read())))
            return body, files
        raw = await request.read()
        if not raw:
            return None, files
        try:
            return json.loads(raw), files
        except ValueError:
            raise ApiError(400, 50109, "The request body contains invalid JSON.") from None

    async def _handle_download(self, request: web.Request) -> web.Response:
        """The CDN: files members uploaded and files the bot attached to messages."""
        self._touch()
        record = RecordedRequest("GET", request.path, {}, None)
        self.requests.append(record)
        try:
            attachment = self._files[int(request.match_info["attachment_id"])]
        except (KeyError, ValueError):
            record.status = 404
            self.unknown_requests.append(record)
            return web.Response(status=404, text="Not Found")
        record.status = 200
        return web.Response(body=attachment.content, content_type=attachment.content_type)

    async def _handle_outside_api(self, request: web.Request) -> web.Response:
        self._touch()
        record = RecordedRequest(request.method, request.path, dict(request.query), None)
        self.requests.append(record)
        self.unknown_requests.append(record)
        record.status = 404
        self._notify()
        return self._respond(404, {"message": "404: Not Found", "code": 0})

    async def _handle_rest(self, request: web.Request) -> web.Response:
        self._touch()
        path = "/" + request.match_info["tail"]
        record = RecordedRequest(request.method, path, dict(request.query), None)
        self.requests.append(record)
        try:
            record.json, files = await self._read_body(request)
            record.files = [name for name, _ in files]
            violation = self.spec.check(
                request.method,
                path,
                record.json,
                multipart=request.content_type.startswith("multipart/"),
            )
            if violation is not None:
                self.spec_violations.append(violation)
            response = self._injected_failure(request.method, path)
            if response is None:
                handler, params = self._route(request.method, path)
                if handler is None:
                    self.unknown_requests.append(record)
                    raise ApiError(404, 0, "404: Not Found")
                if not path.startswith(("/interactions/", "/webhooks/", "/gateway")):
                    if request.headers.get("Authorization") != f"Bot {self.token}":
                        raise ApiError(401, 0, "401: Unauthorized")
                status, data = await handler(_Call(request, record.json, files), **params)
                response = self._respond(
                    status, data, headers=self._ratelimit_headers(request.method, path)
                )
        except ApiError as error:
            response = self._respond(error.status, error.body())
        record.status = response.status
        self._touch()
        self._notify()
        return response

    def _injected_failure(self, method: str, path: str) -> web.Response | None:
        for failure in self._failures:
            if failure.matches(method, path):
                return failure.response(self)
        return None

    @staticmethod
    def _ratelimit_headers(method: str, path: str) -> dict[str, str]:
        template = re.sub(r"/\d{15,}", "/{id}", path)
        return {
            "X-RateLimit-Limit": "50",
            "X-RateLimit-Remaining": "49",
            "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
            "X-RateLimit-Reset-After": "1.000",
            "X-RateLimit-Bucket": _bucket(f"{method} {template}"),
        }

    def _build_routes(self) -> list[tuple[str, re.Pattern[str], Handler]]:
        table: list[tuple[str, str, Handler]] = [
            ("GET", "/gateway", self._get_gateway),
            ("GET", "/gateway/bot", self._get_gateway_bot),
            ("GET", "/users/@me", self._get_me),
            ("POST", "/users/@me/channels", self._create_dm),
            ("GET", "/users/{user_id}", self._get_user),
            ("GET", "/oauth2/applications/@me", self._get_application),
            ("GET", "/applications/@me", self._get_application),
            ("GET", "/applications/{app}/commands", self._get_commands),
            ("PUT", "/applications/{app}/commands", self._put_commands),
            ("POST", "/applications/{app}/commands", self._post_command),
            ("GET", "/applications/{app}/commands/{command_id}", self._get_command),
            ("PATCH", "/applications/{app}/commands/{command_id}", self._patch_command),
            ("DELETE", "/applications/{app}/commands/{command_id}", self._delete_command),
            ("GET", "/applications/{app}/guilds/{guild_id}/commands", self._get_commands),
            ("PUT", "/applications/{app}/guilds/{guild_id}/commands", self._put_commands),
            ("POST", "/applications/{app}/guilds/{guild_id}/commands", self._post_command),
            (
                "GET",
                "/applications/{app}/guilds/{guild_id}/commands/{command_id}",
                self._get_command,
            ),
            (
                "PATCH",
                "/applications/{app}/guilds/{guild_id}/commands/{command_id}",
                self._patch_command,
            ),
            (
                "DELETE",
                "/applications/{app}/guilds/{guild_id}/commands/{command_id}",
                self._delete_command,
            ),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self._interaction_callback),
            ("POST", "/webhooks/{app}/{token}", self._followup),
            ("GET", "/webhooks/{app}/{token}/messages/{message_id}", self._get_webhook_message),
            ("PATCH", "/webhooks/{app}/{token}/messages/{message_id}", self._edit_webhook_message),
            (
                "DELETE",
                "/webhooks/{app}/{token}/messages/{message_id}",
                self._delete_webhook_message,
            ),
            ("GET", "/channels/{channel_id}", self._get_channel),
            ("GET", "/channels/{channel_id}/messages", self._get_channel_messages),
            ("POST", "/channels/{channel_id}/messages", self._create_channel_message),
            ("GET", "/channels/{channel_id}/messages/{message_id}", self._get_channel_message),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self._edit_channel_message),
            (
                "DELETE",
                "/channels/{channel_id}/messages/{message_id}",
                self._delete_channel_message,
            ),
            ("GET", "/guilds/{guild_id}", self._get_guild),
            ("GET", "/guilds/{guild_id}/channels", self._get_guild_channels),
            ("GET", "/guilds/{guild_id}/roles", self._get_guild_roles),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self._get_member),
        ]
        routes = []
        for method, template, handler in table:
            regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
            routes.append((method, re.compile(regex), handler))
        return routes

    def _route(self, method: str, path: str) -> tuple[Handler | None, dict[str, str]]:
        for route_method, regex, handler in self._routes:
            if route_method == method and (match := regex.match(path)):
                return handler, match.groupdict()
        return None, {}

    # ---- lookups with Discord's error codes -----------------------------------------

    def _guild_or_error(self, guild_id: str) -> FakeGuild:
        try:
            return self.guild(int(guild_id))
        except (KeyError, ValueError):
            raise ApiError(404, 10004, "Unknown Guild") from None

    def _guild_channel(self, channel_id: int) -> tuple[FakeGuild, FakeChannel]:
        for g in self.guilds:
            if channel_id in g.channels:
                return g, g.channels[channel_id]
        raise KeyError(channel_id)

    def _channel_or_error(self, channel_id: str) -> tuple[FakeGuild | None, FakeChannel]:
        try:
            cid = int(channel_id)
        except ValueError:
            raise ApiError(404, 10003, "Unknown Channel") from None
        for dm in self._dm_channels.values():
            if dm.id == cid:
                return None, dm
        try:
            return self._guild_channel(cid)
        except KeyError:
            raise ApiError(404, 10003, "Unknown Channel") from None

    def _bot_permissions(self, guild: FakeGuild | None, channel: FakeChannel) -> int:
        if guild is None:
            return VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY
        return guild.channel_permissions(self.bot_user.id, channel.id)

    def _require(self, guild: FakeGuild | None, channel: FakeChannel, needed: int) -> int:
        perms = self._bot_permissions(guild, channel)
        if not perms & VIEW_CHANNEL:
            raise ApiError(403, 50001, "Missing Access")
        if perms & needed != needed:
            raise ApiError(403, 50013, "Missing Permissions")
        return perms

    def _check_app(self, app: str) -> None:
        if app != str(self.application_id):
            raise ApiError(403, 50001, "Missing Access")

    # ---- misc routes ----------------------------------------------------------------

    async def _get_gateway(self, call: _Call) -> tuple[int, Any]:
        return 200, {"url": self.gateway_url}

    async def _get_gateway_bot(self, call: _Call) -> tuple[int, Any]:
        return 200, {
            "url": self.gateway_url,
            "shards": self.shard_count,
            "session_start_limit": {
                "total": 1000,
                "remaining": 999,
                "reset_after": 14_400_000,
                "max_concurrency": 1,
            },
        }

    async def _get_me(self, call: _Call) -> tuple[int, Any]:
        return 200, self.bot_user.payload() | {
            "verified": True,
            "mfa_enabled": False,
            "locale": "en-US",
            "email": None,
        }

    async def _get_user(self, call: _Call, user_id: str) -> tuple[int, Any]:
        try:
            return 200, self.users[int(user_id)].payload()
        except (KeyError, ValueError):
            raise ApiError(404, 10013, "Unknown User") from None

    async def _create_dm(self, call: _Call) -> tuple[int, Any]:
        try:
            user = self.users[int((call.json or {})["recipient_id"])]
        except (KeyError, ValueError, TypeError):
            raise ApiError(400, 50035, "Invalid Form Body") from None
        return 200, self._dm_channel(user).payload()

    def _dm_channel(self, user: FakeUser) -> FakeChannel:
        if user.id not in self._dm_channels:
            self._dm_channels[user.id] = FakeChannel(
                self.snowflakes.next(), "", None, type=CHANNEL_DM, recipients=[user]
            )
        return self._dm_channels[user.id]

    async def _get_application(self, call: _Call) -> tuple[int, Any]:
        return 200, {
            "id": str(self.application_id),
            "name": self.bot_user.username,
            "icon": None,
            "description": "",
            "summary": "",
            "type": None,
            "hook": True,
            "bot_public": False,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "flags": self.application_flags,
            "owner": self.owner.payload(),
            "team": None,
            "bot": self.bot_user.payload(),
            "approximate_guild_count": len(self.guilds),
            "redirect_uris": [],
            "interactions_endpoint_url": None,
            "role_connections_verification_url": None,
            "tags": [],
            "install_params": None,
            "integration_types_config": {"0": {}},
            "custom_install_url": None,
        }

    async def _get_guild(self, call: _Call, guild_id: str) -> tuple[int, Any]:
        guild = self._guild_or_error(guild_id)
        data = guild.rest_payload()
        if call.query.get("with_counts") in ("true", "1"):
            data |= {
                "approximate_member_count": len(guild.members),
                "approximate_presence_count": 0,
            }
        return 200, data

    async def _get_guild_channels(self, call: _Call, guild_id: str) -> tuple[int, Any]:
        guild = self._guild_or_error(guild_id)
        return 200, [c.payload() for c in guild.channels.values()]

    async def _get_guild_roles(self, call: _Call, guild_id: str) -> tuple[int, Any]:
        guild = self._guild_or_error(guild_id)
        return 200, [r.payload() for r in guild.roles.values()]

    async def _get_member(self, call: _Call, guild_id: str, user_id: str) -> tuple[int, Any]:
        guild = self._guild_or_error(guild_id)
        try:
            return 200, guild.members[int(user_id)].payload()
        except (KeyError, ValueError):
            raise ApiError(404, 10007, "Unknown Member") from None

    async def _get_channel(self, call: _Call, channel_id: str) -> tuple[int, Any]:
        guild, channel = self._channel_or_error(channel_id)
        self._require(guild, channel, VIEW_CHANNEL)
        return 200, channel.payload()

    # ---- application commands -------------------------------------------------------

    def _command_scope(self, app: str, guild_id: str | None) -> int | None:
        self._check_app(app)
        if guild_id is None:
            return None
        try:
            return self.guild(int(guild_id)).id
        except (KeyError, ValueError):
            raise ApiError(403, 50001, "Missing Access") from None

    def _command_object(self, scope: int | None, definition: dict[str, Any]) -> dict[str, Any]:
        kind = definition.get("type", 1)
        key = (scope, kind, definition["name"])
        command_id = self._command_ids.setdefault(key, self.snowflakes.next())
        obj = copy.deepcopy(definition)
        perms = obj.get("default_member_permissions")
        obj.update(
            {
                "id": str(command_id),
                "application_id": str(self.application_id),
                "version": str(self.snowflakes.next()),
                "type": kind,
                "default_member_permissions": None if perms is None else str(perms),
                "nsfw": bool(obj.get("nsfw", False)),
                "description": obj.get("description", ""),
                "name_localizations": obj.get("name_localizations"),
                "description_localizations": obj.get("description_localizations"),
            }
        )
        if scope is not None:
            obj["guild_id"] = str(scope)
            obj.pop("dm_permission", None)
        return obj

    async def _get_commands(
        self, call: _Call, app: str, guild_id: str | None = None
    ) -> tuple[int, Any]:
        scope = self._command_scope(app, guild_id)
        return 200, copy.deepcopy(self._commands.get(scope, []))

    async def _put_commands(
        self, call: _Call, app: str, guild_id: str | None = None
    ) -> tuple[int, Any]:
        scope = self._command_scope(app, guild_id)
        self.register_commands(call.json, scope)
        return 200, copy.deepcopy(self._commands[scope])

    async def _post_command(
        self, call: _Call, app: str, guild_id: str | None = None
    ) -> tuple[int, Any]:
        scope = self._command_scope(app, guild_id)
        validate_commands([call.json])
        existing = [c for c in self._commands.get(scope, []) if c["name"] != call.json["name"]]
        obj = self._command_object(scope, call.json)
        self._commands[scope] = [*existing, obj]
        return 201, copy.deepcopy(obj)

    def _find_command(self, scope: int | None, command_id: str) -> dict[str, Any]:
        for c in self._commands.get(scope, []):
            if c["id"] == command_id:
                return c
        raise ApiError(404, 10063, "Unknown application command")

    async def _get_command(
        self, call: _Call, app: str, command_id: str, guild_id: str | None = None
    ) -> tuple[int, Any]:
        scope = self._command_scope(app, guild_id)
        return 200, copy.deepcopy(self._find_command(scope, command_id))

    async def _patch_command(
        self, call: _Call, app: str, command_id: str, guild_id: str | None = None
    ) -> tuple[int, Any]:
        scope = self._command_scope(app, guild_id)
        current = self._find_command(scope, command_id)
        merged = {
            k: v
            for k, v in current.items()
            if k not in ("id", "application_id", "version", "guild_id")
        }
        merged.update(call.json or {})
        validate_commands([merged])
        obj = self._command_object(scope, merged)
        self._commands[scope] = [obj if c["id"] == command_id else c for c in self._commands[scope]]
        return 200, copy.deepcopy(obj)

    async def _delete_command(
        self, call: _Call, app: str, command_id: str, guild_id: str | None = None
    ) -> tuple[int, Any]:
        scope = self._command_scope(app, guild_id)
        self._find_command(scope, command_id)
        self._commands[scope] = [c for c in self._commands[scope] if c["id"] != command_id]
        return 204, None

    # ---- messages -------------------------------------------------------------------

    def _mentions(
        self, guild: FakeGuild | None, content: str, allowed: dict[str, Any] | None
    ) -> dict[str, Any]:
        """Who gets pinged, applying allowed_mentions as Discord does (absent: everyone)."""
        if allowed is None:
            allowed = {"parse": ["users", "roles", "everyone"]}
        parse = allowed.get("parse") or []
        allowed_users = {str(u) for u in allowed.get("users") or []}
        allowed_roles = {str(r) for r in allowed.get("roles") or []}
        users, roles = [], []
        for match in re.finditer(r"<@!?(\d+)>", content):
            uid = match.group(1)
            if ("users" in parse or uid in allowed_users) and int(uid) in self.users:
                if uid not in [u["id"] for u in users]:
                    users.append(self.users[int(uid)].payload())
        for match in re.finditer(r"<@&(\d+)>", content):
            rid = match.group(1)
            if ("roles" in parse or rid in allowed_roles) and guild and int(rid) in guild.roles:
                if rid not in roles:
                    roles.append(rid)
        everyone = "everyone" in parse and ("@everyone" in content or "@here" in content)
        return {"mentions": users, "mention_roles": roles, "mention_everyone": everyone}

    def _normalize_components(
        self, components: list[dict[str, Any]] | None
    ) -> list[dict[str, Any]]:
        """Discord numbers every component (`id`) when the message does not."""
        components = copy.deepcopy(components or [])
        counter = 0

        def number(items: list[dict[str, Any]]) -> None:
            nonlocal counter
            for c in items:
                counter += 1
                c.setdefault("id", counter)
                number(c.get("components") or [])
                for key in ("component", "accessory"):
                    if isinstance(c.get(key), dict):
                        number([c[key]])

        number(components)
        return components

    @staticmethod
    def _normalize_embeds(embeds: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
        result = []
        for embed in copy.deepcopy(embeds or []):
            embed.setdefault("type", "rich")
            embed.setdefault("content_scan_version", 0)
            result.append(embed)
        return result

    def _attachments(
        self, files: list[tuple[str, bytes]], body: dict[str, Any]
    ) -> list[dict[str, Any]]:
        described = {str(a.get("id")): a for a in body.get("attachments") or []}
        result = []
        for index, (filename, content) in enumerate(files):
            meta = described.get(str(index), {})
            attachment = self.upload(meta.get("filename", filename), content)
            data = attachment.payload() | {"description": meta.get("description")}
            data.pop("ephemeral")
            result.append(data)
        return result

    def _store_message(
        self,
        *,
        guild: FakeGuild | None,
        channel: FakeChannel,
        body: dict[str, Any],
        files: list[tuple[str, bytes]],
        message_type: int = 0,
        flags: int = 0,
        interaction: InteractionResult | None = None,
        nonce: str | None = None,
    ) -> StoredMessage:
        now = self.now()
        content = body.get("content") or ""
        data: dict[str, Any] = {
            "id": str(self.snowflakes.next()),
            "channel_id": str(channel.id),
            "author": self.bot_user.payload(),
            "content": content,
            "timestamp": iso(now),
            "edited_timestamp": None,
            "tts": bool(body.get("tts", False)),
            "attachments": self._attachments(files, body),
            "embeds": self._normalize_embeds(body.get("embeds")),
            "components": self._normalize_components(body.get("components")),
            "reactions": [],
            "pinned": False,
            "type": message_type,
            "flags": flags,
        }
        data |= self._mentions(guild, content, body.get("allowed_mentions"))
        if nonce is not None:
            data["nonce"] = nonce
        if body.get("sticker_ids"):
            data["sticker_items"] = []
        if interaction is not None:
            data["webhook_id"] = str(self.application_id)
            data["application_id"] = str(self.application_id)
            metadata: dict[str, Any] = {
                "id": str(interaction.id),
                "type": interaction.kind,
                "user": interaction.user.payload(),
                "authorizing_integration_owners": interaction.payload[
                    "authorizing_integration_owners"
                ],
            }
            if interaction.kind == APPLICATION_COMMAND:
                metadata |= {"name": interaction.payload["data"]["name"], "command_type": 1}
                data["interaction"] = {
                    "id": str(interaction.id),
                    "type": interaction.kind,
                    "name": interaction.payload["data"]["name"],
                    "user": interaction.user.payload(),
                }
            if interaction.source_message_id is not None:
                metadata["interacted_message_id"] = str(interaction.source_message_id)
            if interaction.original_id is not None:
                metadata["original_response_message_id"] = str(interaction.original_id)
            data["interaction_metadata"] = metadata
        reference = body.get("message_reference")
        if reference and reference.get("message_id"):
            referenced = self._messages.get(int(reference["message_id"]))
            if referenced is None or referenced.deleted:
                if reference.get("fail_if_not_exists", True):
                    raise ApiError(
                        400,
                        50035,
                        "Invalid Form Body",
                        {
                            "message_reference": {
                                "_errors": [
                                    {
                                        "code": "MESSAGE_REFERENCE_UNKNOWN_MESSAGE",
                                        "message": "Unknown message",
                                    }
                                ]
                            }
                        },
                    )
            else:
                data["type"] = 19
                data["message_reference"] = {
                    "type": 0,
                    "message_id": str(referenced.id),
                    "channel_id": str(referenced.channel_id),
                }
                data["referenced_message"] = referenced.payload()
        visible_to = interaction.user.id if interaction is not None and flags & EPHEMERAL else None
        message = StoredMessage(
            data,
            guild_id=guild.id if guild else None,
            allowed_mentions=copy.deepcopy(body.get("allowed_mentions")),
            enforce_nonce=bool(body.get("enforce_nonce")),
            visible_to=visible_to,
            files=files,
        )
        self._messages[message.id] = message
        if visible_to is None:
            self._channel_messages.setdefault(channel.id, []).append(message.id)
        return message

    def _edit_message(
        self, message: StoredMessage, body: dict[str, Any], files: list[tuple[str, bytes]]
    ) -> None:
        body = body or {}
        message.history.append(copy.deepcopy(message.data))
        data = message.data
        was_loading = bool(data["flags"] & LOADING)
        if "content" in body:
            data["content"] = body["content"] or ""
        if "embeds" in body:
            data["embeds"] = self._normalize_embeds(body["embeds"])
        if "components" in body:
            data["components"] = self._normalize_components(body["components"])
        if body.get("flags") is not None:
            editable = SUPPRESS_EMBEDS | IS_COMPONENTS_V2
            data["flags"] = (data["flags"] & ~editable) | (int(body["flags"]) & editable)
        if "allowed_mentions" in body:
            message.allowed_mentions = copy.deepcopy(body["allowed_mentions"])
        if "attachments" in body or files:
            keep = {str(a.get("id")) for a in body.get("attachments") or []}
            data["attachments"] = [a for a in data["attachments"] if a["id"] in keep]
            data["attachments"] += self._attachments(files, body)
            message.files += files
        guild = self.guild(message.guild_id) if message.guild_id else None
        data |= self._mentions(guild, data["content"], message.allowed_mentions)
        if was_loading:
            data["flags"] &= ~LOADING
        else:
            data["edited_timestamp"] = iso(self.now())

    async def _emit(self, event: str, message: StoredMessage) -> None:
        """MESSAGE_* events reach the bot only with the GUILD_MESSAGES intent (or DMs)."""
        if message.visible_to is not None:
            return
        if event == "MESSAGE_DELETE":
            data: dict[str, Any] = {"id": str(message.id), "channel_id": str(message.channel_id)}
        else:
            data = message.payload()
        if message.guild_id is not None:
            data["guild_id"] = str(message.guild_id)
            if event != "MESSAGE_DELETE":
                data["member"] = self.guild(message.guild_id).members[self.bot_user.id].payload()
                data["member"].pop("user")
        await self.gateway.dispatch_guild_event(
            message.guild_id, event, data, intent=INTENT_GUILD_MESSAGES
        )

    async def _create_channel_message(self, call: _Call, channel_id: str) -> tuple[int, Any]:
        guild, channel = self._channel_or_error(channel_id)
        body = call.json or {}
        perms = self._require(guild, channel, SEND_MESSAGES)
        validate_message(body, creating=True, has_files=bool(call.files))
        nonce = body.get("nonce")
        if nonce is not None:
            nonce = str(nonce)
            if len(nonce) > 25:
                raise ApiError(
                    400,
                    50035,
                    "Invalid Form Body",
                    {
                        "nonce": {
                            "_errors": [
                                {
                                    "code": "BASE_TYPE_MAX_LENGTH",
                                    "message": "Must be 25 or fewer in length.",
                                }
                            ]
                        }
                    },
                )
            if body.get("enforce_nonce") and self.remember_nonces:
                seen = self._nonces.get((channel.id, nonce))
                if seen is not None and self.now() - seen[1] <= NONCE_WINDOW:
                    # Discord returns the message created with this nonce, and sends nothing new.
                    return 200, self._messages[seen[0]].payload()
        if guild is None and any(u.id in self.closed_dms for u in channel.recipients or []):
            raise ApiError(403, 50007, "Cannot send messages to this user")
        if guild is not None and not perms & EMBED_LINKS:
            body = body | {"embeds": []}  # Discord drops embeds the bot may not post
        flags = int(body.get("flags") or 0) & CHANNEL_MESSAGE_FLAGS
        message = self._store_message(
            guild=guild, channel=channel, body=body, files=call.files, flags=flags, nonce=nonce
        )
        if nonce is not None:
            self._nonces[(channel.id, nonce)] = (message.id, self.now())
        await self._emit("MESSAGE_CREATE", message)
        stall = self.stall_after_post.get(channel.id)
        if stall is not None:
            await stall.wait()  # posted, but the answer is held back until released
        return 200, message.payload()

    def _channel_message_or_error(self, channel: FakeChannel, message_id: str) -> StoredMessage:
        try:
            message = self._messages[int(message_id)]
        except (KeyError, ValueError):
            raise ApiError(404, 10008, "Unknown Message") from None
        if message.deleted or message.visible_to is not None or message.channel_id != channel.id:
            raise ApiError(404, 10008, "Unknown Message")
        return message

    async def _get_channel_messages(self, call: _Call, channel_id: str) -> tuple[int, Any]:
        guild, channel = self._channel_or_error(channel_id)
        self._require(guild, channel, READ_MESSAGE_HISTORY)
        limit = max(1, min(100, int(call.query.get("limit", 50))))
        found = list(reversed(self.messages(channel.id)))  # newest first
        if "before" in call.query:
            found = [m for m in found if m.id < int(call.query["before"])]
        if "after" in call.query:
            found = [m for m in reversed(found) if m.id > int(call.query["after"])][:limit]
            found.reverse()
        if "around" in call.query:
            around = int(call.query["around"])
            older = [m for m in found if m.id <= around][: math.ceil(limit / 2)]
            newer = [m for m in found if m.id > around][-(limit // 2) :] if limit // 2 else []
            found = newer + older
        return 200, [m.payload() for m in found[:limit]]

    async def _get_channel_message(
        self, call: _Call, channel_id: str, message_id: str
    ) -> tuple[int, Any]:
        guild, channel = self._channel_or_error(channel_id)
        self._require(guild, channel, READ_MESSAGE_HISTORY)
        return 200, self._channel_message_or_error(channel, message_id).payload()

    async def _edit_channel_message(
        self, call: _Call, channel_id: str, message_id: str
    ) -> tuple[int, Any]:
        guild, channel = self._channel_or_error(channel_id)
        self._require(guild, channel, 0)
        message = self._channel_message_or_error(channel, message_id)
        if message.author_id != self.bot_user.id:
            raise ApiError(403, 50005, "Cannot edit a message authored by another user")
        validate_message(call.json or {}, creating=False)
        self._edit_message(message, call.json or {}, call.files)
        await self._emit("MESSAGE_UPDATE", message)
        return 200, message.payload()

    async def _delete_channel_message(
        self, call: _Call, channel_id: str, message_id: str
    ) -> tuple[int, Any]:
        guild, channel = self._channel_or_error(channel_id)
        perms = self._require(guild, channel, 0)
        message = self._channel_message_or_error(channel, message_id)
        if message.author_id != self.bot_user.id and not perms & MANAGE_MESSAGES:
            raise ApiError(403, 50013, "Missing Permissions")
        message.deleted = True
        await self._emit("MESSAGE_DELETE", message)
        return 204, None

    # ---- interactions ---------------------------------------------------------------

    async def _interaction_callback(
        self, call: _Call, interaction_id: str, token: str
    ) -> tuple[int, Any]:
        result = self._by_token.get(token)
        if result is None or str(result.id) != interaction_id:
            raise ApiError(404, 10062, "Unknown interaction")
        result.callback_count += 1
        loop_time = asyncio.get_running_loop().time()
        if (
            self.ack_deadline is not None
            and loop_time - result.created_loop_time > self.ack_deadline
        ):
            raise ApiError(404, 10062, "Unknown interaction")
        if result.type is not None:
            raise ApiError(400, 40060, "Interaction has already been acknowledged.")
        body = call.json or {}
        kind = body.get("type")
        data = body.get("data") or {}
        allowed = {
            APPLICATION_COMMAND: {4, 5, 9},
            MESSAGE_COMPONENT: {4, 5, 6, 7, 9},
            AUTOCOMPLETE: {8},
            MODAL_SUBMIT: {4, 5, 6, 7} if result.source_message_id else {4, 5},
        }[result.kind]
        if kind not in allowed:
            raise ApiError(
                400,
                50035,
                "Invalid Form Body",
                {
                    "type": {
                        "_errors": [
                            {
                                "code": "INTERACTION_RESPONSE_TYPE_INVALID",
                                "message": f"Response type {kind} is not valid for "
                                f"interaction type {result.kind}",
                            }
                        ]
                    }
                },
            )
        guild = result.guild
        channel = self._result_channel(result)
        resource: dict[str, Any] = {"type": kind}
        message_type = 20 if result.kind == APPLICATION_COMMAND else 0
        if kind == 4:
            validate_message(data, creating=True, has_files=bool(call.files))
            flags = int(data.get("flags") or 0) & INTERACTION_MESSAGE_FLAGS
            message = self._store_message(
                guild=guild,
                channel=channel,
                body=data,
                files=call.files,
                message_type=message_type,
                flags=flags,
                interaction=result,
            )
            result.original_id = message.id
        elif kind == 5:
            flags = LOADING | (int(data.get("flags") or 0) & EPHEMERAL)
            message = self._store_message(
                guild=guild,
                channel=channel,
                body={},
                files=[],
                message_type=message_type,
                flags=flags,
                interaction=result,
            )
            result.original_id = message.id
        elif kind in (6, 7):
            message = self._messages[result.source_message_id]
            if kind == 7:
                validate_message(data, creating=False)
                self._edit_message(message, data, call.files)
            result.original_id = message.id
        elif kind == 8:
            validate_choices(data.get("choices"))
            result.choices = copy.deepcopy(data["choices"])
            message = None
        else:
            validate_modal(data)
            result.modal = copy.deepcopy(data)
            message = None
        result.type = kind
        result.callback_data = copy.deepcopy(data)
        if message is not None and kind != 6:
            resource["message"] = message.payload()
            if kind in (4, 5):
                await self._emit("MESSAGE_CREATE", message)
            else:
                await self._emit("MESSAGE_UPDATE", message)
        if call.query.get("with_response") not in ("1", "true", "True"):
            return 204, None
        original = result.message
        return 200, {
            "interaction": {
                "id": str(result.id),
                "type": result.kind,
                "activity_instance_id": None,
                "response_message_id": str(original.id) if original and kind != 6 else None,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(original and original.ephemeral),
            },
            "resource": resource,
        }

    def _result_channel(self, result: InteractionResult) -> FakeChannel:
        if result.guild is None:
            return self._dm_channel(result.user)
        return result.guild.channels[result.channel_id]

    def _interaction_for_webhook(self, app: str, token: str) -> InteractionResult:
        result = self._by_token.get(token)
        if app != str(self.application_id) or result is None or result.type is None:
            raise ApiError(404, 10015, "Unknown Webhook")
        if self.now() - result.created_at > TOKEN_LIFETIME:
            raise ApiError(401, 50027, "Invalid Webhook Token")
        return result

    def _webhook_message(self, result: InteractionResult, message_id: str) -> StoredMessage:
        if message_id == "@original":
            target = result.original_id
        else:
            try:
                target = int(message_id)
            except ValueError:
                target = None
            if target not in (*result.followup_ids, result.original_id):
                target = None
        message = self._messages.get(target) if target is not None else None
        if message is None or message.deleted:
            raise ApiError(404, 10008, "Unknown Message")
        return message

    async def _followup(self, call: _Call, app: str, token: str) -> tuple[int, Any]:
        result = self._interaction_for_webhook(app, token)
        body = call.json or {}
        validate_message(body, creating=True, has_files=bool(call.files))
        original = result.message
        if result.type == 5 and original is not None and original.loading and not original.deleted:
            # The first follow-up after a "thinking..." defer replaces that message;
            # its visibility was fixed by the defer.
            self._edit_message(original, body, call.files)
            message = original
            await self._emit("MESSAGE_UPDATE", message)
        else:
            guild = result.guild
            channel = self._result_channel(result)
            flags = int(body.get("flags") or 0) & INTERACTION_MESSAGE_FLAGS
            message = self._store_message(
                guild=guild,
                channel=channel,
                body=body,
                files=call.files,
                flags=flags,
                interaction=result,
            )
            result.followup_ids.append(message.id)
            await self._emit("MESSAGE_CREATE", message)
        if call.query.get("wait") not in ("1", "true", "True"):
            return 204, None
        return 200, message.payload()

    async def _get_webhook_message(
        self, call: _Call, app: str, token: str, message_id: str
    ) -> tuple[int, Any]:
        result = self._interaction_for_webhook(app, token)
        return 200, self._webhook_message(result, message_id).payload()

    async def _edit_webhook_message(
        self, call: _Call, app: str, token: str, message_id: str
    ) -> tuple[int, Any]:
        result = self._interaction_for_webhook(app, token)
        message = self._webhook_message(result, message_id)
        validate_message(call.json or {}, creating=False)
        self._edit_message(message, call.json or {}, call.files)
        await self._emit("MESSAGE_UPDATE", message)
        return 200, message.payload()

    async def _delete_webhook_message(
        self, call: _Call, app: str, token: str, message_id: str
    ) -> tuple[int, Any]:
        result = self._interaction_for_webhook(app, token)
        message = self._webhook_message(result, message_id)
        message.deleted = True
        await self._emit("MESSAGE_DELETE", message)
        return 204, None
