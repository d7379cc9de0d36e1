"""The one place that points discord.py at a Discord other than discord.com.

Why this exists: end-to-end tests run the real discord.py client against a local fake
of Discord (tests/fakediscord/), and the same switch must work when the bot runs as a
subprocess (reliability tests kill and restart it) - so it is driven by the
`DISCORD_API_BASE` setting rather than by test-only monkeypatching. Nothing else in the
project may touch discord.py internals; everything it needs is gathered here.

discord.py 2.7 keeps three addresses in class attributes:

* `discord.http.Route.BASE` - every REST call of the bot;
* the webhook adapter's `Route` (discord/webhook/async_.py and sync.py). Interaction
  callbacks, the original response and follow-ups go through it. In 2.7 it is the
  same class as `discord.http.Route`, but it is set explicitly so that a future split
  does not silently send interaction responses to discord.com;
* `discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY` - the websocket URL. The
  non-sharded `Client` never asks `GET /gateway/bot`; it always dials this default
  (and afterwards the `resume_gateway_url` from READY), so the gateway has to be
  pointed here as well.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import discord.gateway
import discord.http
import discord.webhook.async_
import discord.webhook.sync
import yarl

_DEFAULT_API_BASE: str = discord.http.Route.BASE
_DEFAULT_GATEWAY: yarl.URL = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY


def _route_classes() -> set[type]:
    """Every Route class discord.py builds request URLs from (one class in 2.7)."""
    return {
        discord.http.Route,
        discord.webhook.async_.Route,  # pyright: ignore[reportPrivateImportUsage]
        discord.webhook.sync.Route,  # pyright: ignore[reportPrivateImportUsage]
    }


def gateway_url_for(api_base: str) -> str:
    """The gateway that goes with a non-default API base: same host, path `/gateway`.

    This is the convention tests/fakediscord serves (and advertises in
    `GET /gateway/bot`). A deployment that only proxies REST should pass the real
    gateway (`wss://gateway.discord.gg/`) explicitly instead.
    """
    parts = urlsplit(api_base)
    scheme = {"http": "ws", "https": "wss"}[parts.scheme]
    return urlunsplit((scheme, parts.netloc, "/gateway", "", ""))


def use_api_base(base: str, *, gateway: str | None = None) -> None:
    """Send every REST call, interaction response and the gateway connection to `base`.

    `base` includes the API version, e.g. `http://127.0.0.1:8123/api/v10`, because
    discord.py appends paths such as `/users/@me` to it. Process-wide: call it before
    `login()`. `gateway` defaults to `gateway_url_for(base)`.
    """
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"API base must be an http(s) URL, got {base!r}")
    base = base.rstrip("/")
    version = f"/v{discord.http.INTERNAL_API_VERSION}"
    if not base.endswith(version):
        raise ValueError(f"API base must end with the API version {version!r}, got {base!r}")
    for route_cls in _route_classes():
        route_cls.BASE = base
    ws_url = gateway or gateway_url_for(base)
    if urlsplit(ws_url).scheme not in ("ws", "wss"):
        raise ValueError(f"gateway must be a ws(s) URL, got {ws_url!r}")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(ws_url)


def reset_api_base() -> None:
    """Back to discord.com, so one test's fake does not leak into the next test."""
    for route_cls in _route_classes():
        route_cls.BASE = _DEFAULT_API_BASE
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = _DEFAULT_GATEWAY


def current_api_base() -> str:
    return discord.http.Route.BASE


def current_gateway() -> str:
    return str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
