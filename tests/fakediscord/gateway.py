"""The fake gateway: HELLO, IDENTIFY/READY, heartbeats, RESUME and dispatch with sequence
numbers, over the transport compression the client asked for.

What discord.py 2.7 does, and therefore what this answers:
* it connects with `?v=10&encoding=json&compress=zlib-stream` (or `zstd-stream` when a
  zstd module is importable) and expects binary frames that its streaming
  decompressor can read - one shared zlib stream, each message ending in a
  Z_SYNC_FLUSH marker;
* it heartbeats immediately after HELLO and needs op 11 ACKs;
* on close codes other than 1000/4004/4010-4014 (and on op 7 RECONNECT) it reconnects
  to READY's `resume_gateway_url` and sends RESUME with the last sequence it saw; the
  fake then replays every dispatch after that sequence and sends RESUMED;
* a client close with 1000/1001 ends the session, as on Discord.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from tests.fakediscord.server import FakeDiscord

log = logging.getLogger(__name__)

DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE, VOICE_STATE = 0, 1, 2, 3, 4
RESUME, RECONNECT, REQUEST_MEMBERS, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 6, 7, 8, 9, 10, 11

PRIVILEGED_INTENTS = {
    1 << 1: "GUILD_MEMBERS",
    1 << 8: "GUILD_PRESENCES",
    1 << 15: "MESSAGE_CONTENT",
}
INTENT_GUILDS = 1 << 0
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9


class _Encoder:
    """Transport compression for one connection (a single stream for its lifetime)."""

    def __init__(self, mode: str | None) -> None:
        self.mode = mode
        if mode is None:
            self._zlib = None
            self._zstd = None
        elif mode == "zlib-stream":
            self._zlib = zlib.compressobj()
        elif mode == "zstd-stream":
            # discord.py only asks for zstd when it can import a zstd module, and the
            # fake runs on the same interpreter, so the same module is importable here.
            try:
                import zstandard  # type: ignore[import-not-found]

                self._zstd = zstandard.ZstdCompressor().compressobj()
                self._zstd_flush = zstandard.COMPRESSOBJ_FLUSH_BLOCK
            except ImportError:
                from compression import zstd  # type: ignore[import-not-found]

                self._zstd = zstd.ZstdCompressor()
                self._zstd_flush = zstd.ZstdCompressor.FLUSH_BLOCK
        else:
            raise ValueError(mode)

    def encode(self, text: str) -> str | bytes:
        raw = text.encode("utf-8")
        if self.mode is None:
            return text
        if self.mode == "zlib-stream":
            return self._zlib.compress(raw) + self._zlib.flush(zlib.Z_SYNC_FLUSH)
        return self._zstd.compress(raw) + self._zstd.flush(self._zstd_flush)


class _Connection:
    """One websocket. Encoding and sending happen under a lock because the zlib stream
    must reach the client in exactly the order it was compressed."""

    def __init__(self, ws: web.WebSocketResponse, encoder: _Encoder) -> None:
        self.ws = ws
        self.encoder = encoder
        self._lock = asyncio.Lock()

    @property
    def closed(self) -> bool:
        return self.ws.closed

    async def send(self, payload: dict[str, Any]) -> None:
        async with self._lock:
            frame = self.encoder.encode(json.dumps(payload, separators=(",", ":")))
            try:
                if isinstance(frame, bytes):
                    await self.ws.send_bytes(frame)
                else:
                    await self.ws.send_str(frame)
            except (ConnectionError, RuntimeError):
                # The socket is going away; dispatches stay in the session for RESUME.
                log.debug("fake gateway: could not send %s", payload.get("t") or payload["op"])


@dataclass(eq=False)
class GatewaySession:
    """What Discord remembers between connections: needed to RESUME."""

    id: str
    shard: tuple[int, int]
    intents: int
    events: list[dict[str, Any]] = field(default_factory=list)  # every dispatch, in order
    seq: int = 0
    conn: _Connection | None = None
    resumable: bool = True

    def owns_guild(self, guild_id: int) -> bool:
        shard_id, shard_count = self.shard
        return (guild_id >> 22) % shard_count == shard_id

    @property
    def connected(self) -> bool:
        return self.conn is not None and not self.conn.closed


@dataclass
class GatewayOp:
    """One payload the client sent, for assertions (`fake.gateway_ops`)."""

    op: int
    d: Any
    session_id: str | None


class Gateway:
    def __init__(self, fake: FakeDiscord, heartbeat_interval: float) -> None:
        self.fake = fake
        self.heartbeat_interval = heartbeat_interval
        self.sessions: dict[str, GatewaySession] = {}
        self.received: list[GatewayOp] = []
        self.connections = 0
        self._sockets: set[web.WebSocketResponse] = set()

    # ---- dispatching ----------------------------------------------------------------

    def session_for_guild(self, guild_id: int | None) -> GatewaySession | None:
        """The newest live session that receives this guild's events (DMs: shard 0)."""
        for session in reversed(list(self.sessions.values())):
            if not session.resumable:
                continue
            if guild_id is None and session.shard[0] == 0:
                return session
            if guild_id is not None and session.owns_guild(guild_id):
                return session
        return None

    async def dispatch(self, session: GatewaySession, event: str, data: dict[str, Any]) -> None:
        """Numbered and kept for replay; sent now if the session has a live socket."""
        session.seq += 1
        payload = {"op": DISPATCH, "t": event, "s": session.seq, "d": data}
        session.events.append(payload)
        if session.connected:
            await session.conn.send(payload)

    async def dispatch_guild_event(
        self, guild_id: int | None, event: str, data: dict[str, Any], intent: int = INTENT_GUILDS
    ) -> bool:
        session = self.session_for_guild(guild_id)
        if session is None or not session.intents & intent:
            return False
        await self.dispatch(session, event, data)
        return True

    # ---- test controls --------------------------------------------------------------

    async def drop(self, session: GatewaySession, *, resume: bool, how: str) -> None:
        conn = session.conn
        if conn is None or conn.closed:
            raise RuntimeError("the bot is not connected to the fake gateway")
        if not resume:
            session.resumable = False
            await conn.send({"op": INVALID_SESSION, "d": False})
        elif how == "reconnect":
            await conn.send({"op": RECONNECT, "d": None})
        elif how == "close":
            session.conn = None
            await conn.ws.close(code=4000, message=b"Unknown error")
        else:
            raise ValueError(f"how must be 'close' or 'reconnect', got {how!r}")

    async def close_all(self) -> None:
        for ws in list(self._sockets):
            await ws.close(code=1001, message=b"fake Discord is shutting down")

    # ---- the websocket --------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        self.connections += 1
        self._sockets.add(ws)
        try:
            await self._serve(request, ws)
        finally:
            self._sockets.discard(ws)
        return ws

    async def _serve(self, request: web.Request, ws: web.WebSocketResponse) -> None:
        query = request.query
        compress = query.get("compress") or None
        try:
            conn = _Connection(ws, _Encoder(compress))
        except (ValueError, ImportError):
            await ws.close(code=4000, message=b"Unsupported compression")
            return
        if query.get("v") != "10":
            await ws.close(code=4012, message=b"Invalid API version")
            return
        if query.get("encoding", "json") != "json":
            await ws.close(code=4002, message=b"Error while decoding payload.")
            return

        await conn.send(
            {"op": HELLO, "d": {"heartbeat_interval": int(self.heartbeat_interval * 1000)}}
        )
        session: GatewaySession | None = None
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                if msg.type == WSMsgType.BINARY:
                    await ws.close(code=4002, message=b"Error while decoding payload.")
                break
            try:
                payload = json.loads(msg.data)
                op = payload["op"]
            except (ValueError, KeyError, TypeError):
                await ws.close(code=4002, message=b"Error while decoding payload.")
                break
            data = payload.get("d")
            self.received.append(GatewayOp(op, data, session.id if session else None))
            self.fake._touch()

            if op == HEARTBEAT:
                await conn.send({"op": HEARTBEAT_ACK})
            elif op == IDENTIFY:
                if session is not None:
                    await ws.close(code=4005, message=b"Already authenticated.")
                    break
                session = await self._identify(conn, data or {})
                if session is None:
                    break
            elif op == RESUME:
                if session is not None:
                    await ws.close(code=4005, message=b"Already authenticated.")
                    break
                session = await self._resume(conn, data or {})
            elif session is None:
                await ws.close(code=4003, message=b"Not authenticated.")
                break
            elif op == PRESENCE or op == VOICE_STATE:
                pass
            elif op == REQUEST_MEMBERS:
                await self._members_chunk(session, data or {})
            else:
                await ws.close(code=4001, message=b"Unknown opcode.")
                break
            self.fake._notify()

        if session is not None and session.conn is conn:
            session.conn = None
            # A clean close by the client ends the session, as on Discord.
            if ws.close_code in (1000, 1001):
                session.resumable = False
        self.fake._notify()

    async def _identify(self, conn: _Connection, data: dict[str, Any]) -> GatewaySession | None:
        fake = self.fake
        ws = conn.ws
        if data.get("token") != fake.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        intents = data.get("intents")
        if not isinstance(intents, int) or intents < 0:
            await ws.close(code=4013, message=b"Invalid intent(s).")
            return None
        disallowed = [
            name
            for bit, name in PRIVILEGED_INTENTS.items()
            if intents & bit and bit not in fake.privileged_intents
        ]
        if disallowed:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return None
        shard = tuple(data.get("shard") or (0, 1))
        if len(shard) != 2 or not 0 <= shard[0] < shard[1] or shard[1] != fake.shard_count:
            await ws.close(code=4010, message=b"Invalid shard.")
            return None
        # A new IDENTIFY for a shard replaces whatever session that shard had.
        for old in self.sessions.values():
            if old.shard == shard:
                old.resumable = False
        session = GatewaySession(id=secrets.token_hex(16), shard=shard, intents=intents, conn=conn)
        self.sessions[session.id] = session
        guilds = [
            g for g in fake.guilds if session.owns_guild(g.id) and fake.bot_user.id in g.members
        ]
        await self.dispatch(
            session,
            "READY",
            {
                "v": 10,
                "user": fake.bot_user.payload()
                | {"verified": True, "mfa_enabled": False, "email": None},
                "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
                "session_id": session.id,
                "session_type": "normal",
                "resume_gateway_url": fake.gateway_url,
                "shard": list(shard),
                "application": {"id": str(fake.application_id), "flags": fake.application_flags},
                "private_channels": [],
                "presences": [],
                "relationships": [],
                "guild_join_requests": [],
                "geo_ordered_rtc_regions": ["local"],
                "user_settings": {},
                "auth_session_id_hash": secrets.token_hex(8),
            },
        )
        if intents & INTENT_GUILDS:
            for guild in guilds:
                await self.dispatch(
                    session,
                    "GUILD_CREATE",
                    guild.gateway_payload(
                        fake.joined_at,
                        bot_id=fake.bot_user.id,
                        all_members=bool(intents & INTENT_GUILD_MEMBERS),
                    ),
                )
        fake._ready_sent += 1
        return session

    async def _resume(self, conn: _Connection, data: dict[str, Any]) -> GatewaySession | None:
        ws = conn.ws
        session = self.sessions.get(data.get("session_id") or "")
        if data.get("token") != self.fake.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        if session is None or not session.resumable:
            # discord.py answers op 9 (false) by closing and identifying afresh.
            await conn.send({"op": INVALID_SESSION, "d": False})
            return None
        if session.conn is not None:
            # The client gave up on a socket we still think is open: the resume wins.
            old, session.conn = session.conn, None
            await old.ws.close(code=4000, message=b"Session resumed elsewhere")
        seq = data.get("seq") or 0
        # Replay by index, so dispatches made while replaying are replayed too; the
        # connection is attached only once caught up (no await in between), so no
        # event is sent twice or out of order.
        index = 0
        while index < len(session.events):
            payload = session.events[index]
            index += 1
            if payload["s"] > seq:
                await conn.send(payload)
        session.conn = conn
        await self.dispatch(session, "RESUMED", {})
        self.fake._resumed_sent += 1
        return session

    async def _members_chunk(self, session: GatewaySession, data: dict[str, Any]) -> None:
        guild = self.fake.guild(int(data["guild_id"]))
        members = list(guild.members.values())
        if data.get("user_ids"):
            wanted = {int(u) for u in data["user_ids"]}
            members = [m for m in members if m.user.id in wanted]
        elif data.get("query"):
            members = [
                m for m in members if m.user.username.lower().startswith(data["query"].lower())
            ]
        if data.get("limit"):
            members = members[: data["limit"]]
        chunk = {
            "guild_id": str(guild.id),
            "members": [m.payload() for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await self.dispatch(session, "GUILD_MEMBERS_CHUNK", chunk)
