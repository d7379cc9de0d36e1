"""Settings from the environment and an optional `.env` file, validated at start.

A bad setting is reported as a `ConfigError` with a sentence a person can act on, so
`make run` can print it instead of a traceback.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

TOKEN_HELP = (
    "DISCORD_TOKEN is not set.\n"
    "  1. Open https://discord.com/developers/applications, create an application,\n"
    "     then under 'Bot' press 'Reset Token' and copy the token.\n"
    "  2. Put it in a file named .env next to the Makefile:  DISCORD_TOKEN=your-token\n"
    "     (copy .env.example to .env to start from every setting), or export it.\n"
    "  3. Run `make run` again. The README's 'Set up a Discord application' section\n"
    "     explains how to invite the bot to your server."
)


# The REST API version discord.py 2.x speaks; DISCORD_API_BASE must include it.
API_VERSION_PATH = "/api/v10"

# PLEDGEWATCH_DB values that name a PostgreSQL database rather than a SQLite file.
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class ConfigError(Exception):
    """A setting is missing or malformed; the message says how to fix it."""


@dataclass(frozen=True, slots=True)
class Settings:
    token: str | None
    db_path: Path
    log_level: int
    dev_guild_id: int | None
    # Only for tests and self-hosted gateways/proxies: where the Discord REST API lives.
    api_base: str | None
    # Several processes against one database: each runs its own shard.
    shard_id: int | None = None
    shard_count: int | None = None
    # PLEDGEWATCH_DB=postgresql://...: the shared PostgreSQL database instead of a file
    # (db_path then keeps its default and is not used).
    db_url: str | None = None

    @property
    def database(self) -> str:
        """Where the data lives, for messages: the file, or the URL without its password."""
        if self.db_url is None:
            return str(self.db_path)
        return _without_password(self.db_url)

    def require_token(self) -> str:
        if not self.token:
            raise ConfigError(TOKEN_HELP)
        return self.token


def read_dotenv(path: Path) -> dict[str, str]:
    """Parse KEY=VALUE lines; comments, blank lines and `export ` prefixes are allowed."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export ") :].lstrip()
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"{path}:{number}: expected KEY=VALUE, got {raw!r}")
        values[key.strip()] = _dotenv_value(value)
    return values


# An unquoted value ends where a comment begins: a # after a space (a tab too), as in
# shells and python-dotenv ("INFO  # or DEBUG"); a # inside a word is kept.
_INLINE_COMMENT = re.compile(r"\s+#.*$")


def _dotenv_value(raw: str) -> str:
    """The value of everything after a line's `=`: quoted, or up to a comment."""
    value = raw.strip()
    if value[:1] in ("'", '"'):
        closing = value.find(value[0], 1)
        if closing > 0 and not _INLINE_COMMENT.sub("", value[closing + 1 :]).strip():
            return value[1:closing]
    return _INLINE_COMMENT.sub("", raw).strip()


def _optional_int(name: str, value: str | None, what: str) -> int | None:
    if value is None or value.strip() == "":
        return None
    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{name} must be a number ({what}), got {value!r}") from None


# A Discord id (a snowflake) is a positive whole number; the store keeps it in a signed
# 64-bit column, and no id Discord hands out comes near that bound.
SNOWFLAKE_MAX = 2**63 - 1
SERVER_ID_HELP = (
    "a positive whole number like 1406970888192131077: in Discord, turn on Developer Mode "
    "(User Settings > Advanced), then right-click the server and choose Copy Server ID"
)


def server_id(text: str) -> int:
    """A server id as an operator typed it; ValueError saying how to find the right one."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= SNOWFLAKE_MAX:
        raise ValueError(f"a server id is {SERVER_ID_HELP}; got {text.strip()!r}")
    return value


def _optional_server_id(name: str, value: str | None) -> int | None:
    if value is None or value.strip() == "":
        return None
    try:
        return server_id(value)
    except ValueError:
        raise ConfigError(
            f"{name} must be a server id, {SERVER_ID_HELP}; got {value.strip()!r}."
        ) from None


def load_settings(
    environ: Mapping[str, str] | None = None, dotenv: Path | None = Path(".env")
) -> Settings:
    """Environment wins over `.env`, so a deployment can override a checked-out file."""
    merged: dict[str, str] = {}
    if dotenv is not None:
        merged.update(read_dotenv(dotenv))
    merged.update(os.environ if environ is None else environ)

    level_name = merged.get("PLEDGEWATCH_LOG_LEVEL", "INFO").strip().upper() or "INFO"
    level = logging.getLevelName(level_name)
    if not isinstance(level, int):
        raise ConfigError(
            f"PLEDGEWATCH_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR; got {level_name!r}"
        )
    api_base = merged.get("DISCORD_API_BASE", "").strip() or None
    if api_base and not api_base.startswith(("http://", "https://")):
        raise ConfigError(f"DISCORD_API_BASE must be an http(s) URL, got {api_base!r}")
    if api_base and not urlsplit(api_base).path.rstrip("/").endswith(API_VERSION_PATH):
        raise ConfigError(
            f"DISCORD_API_BASE must end with the API version {API_VERSION_PATH}, like "
            f"http://127.0.0.1:8080{API_VERSION_PATH}; got {api_base!r}. Leave it unset "
            "to use discord.com."
        )
    shard_id = _optional_int(
        "PLEDGEWATCH_SHARD_ID",
        merged.get("PLEDGEWATCH_SHARD_ID"),
        "this process's shard, 0 to PLEDGEWATCH_SHARD_COUNT - 1",
    )
    shard_count = _optional_int(
        "PLEDGEWATCH_SHARD_COUNT", merged.get("PLEDGEWATCH_SHARD_COUNT"), "the number of processes"
    )
    if (shard_id is None) != (shard_count is None):
        raise ConfigError(
            "Set both PLEDGEWATCH_SHARD_ID and PLEDGEWATCH_SHARD_COUNT, or neither "
            "(one process serving every server)."
        )
    if shard_count is not None and shard_count < 1:
        raise ConfigError(
            f"PLEDGEWATCH_SHARD_COUNT must be 1 or more (the number of processes); got "
            f"{shard_count}."
        )
    if shard_count is not None and shard_id is not None and not 0 <= shard_id < shard_count:
        raise ConfigError(
            f"PLEDGEWATCH_SHARD_ID must be from 0 to PLEDGEWATCH_SHARD_COUNT - 1 "
            f"({shard_count - 1}); got {shard_id}."
        )
    db = merged.get("PLEDGEWATCH_DB", "").strip() or "./pledgewatch.db"
    db_url = db if db.startswith(POSTGRES_SCHEMES) else None
    if db_url is None:
        _check_not_a_url(db)
    if db_url is not None:
        _check_db_url(db_url)
    return Settings(
        token=merged.get("DISCORD_TOKEN", "").strip() or None,
        # "~/pledgewatch.db" from a .env, where no shell expanded it
        db_path=Path("./pledgewatch.db" if db_url else db).expanduser(),
        log_level=level,
        dev_guild_id=_optional_server_id(
            "PLEDGEWATCH_DEV_GUILD", merged.get("PLEDGEWATCH_DEV_GUILD")
        ),
        api_base=api_base,
        shard_id=shard_id,
        shard_count=shard_count,
        db_url=db_url,
    )


# "sqlite:///x.db", "postgresql+asyncpg://...", "postgres:/host/db": a scheme of two
# letters or more (a Windows drive, "C:/", has one) and a slash; a database scheme
# needs no slash ("sqlite:x.db").
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):(?=/)|^((?i:sqlite|postgres)[A-Za-z0-9+.-]*):")


def _check_not_a_url(value: str) -> None:
    """A URL of another kind would be taken for a file path: a folder named 'sqlite:'
    with a fresh database in it, and the operator's pledges apparently gone once the
    setting is corrected. Refused with the spelling that works."""
    found = _SCHEME.match(value)
    if found is None:
        return
    scheme = (found.group(1) or found.group(2)).lower()
    shown = _without_password(value)
    if scheme == "sqlite":
        # What follows "sqlite:": "///data/x.db" is relative, "////srv/x.db" and
        # "/srv/x.db" absolute, "//x.db" names no host.
        after = value[found.end() :]
        path = after[3:] if after.startswith("///") else after.removeprefix("//")
        raise ConfigError(
            f"PLEDGEWATCH_DB takes a SQLite file as a plain path, not a URL; got {shown!r}. "
            f"Write PLEDGEWATCH_DB={path or './pledgewatch.db'} (a relative path is from "
            "the folder the bot starts in)."
        )
    if scheme.startswith("postgres"):
        raise ConfigError(
            f"PLEDGEWATCH_DB names a PostgreSQL database as postgresql://USER:PASSWORD@HOST"
            f":5432/DB (in lower case, no driver name after 'postgresql', two slashes); got "
            f"{shown!r}."
        )
    raise ConfigError(
        f"PLEDGEWATCH_DB is a SQLite file or a PostgreSQL database: a path like "
        f"./pledgewatch.db, or postgresql://USER:PASSWORD@HOST:5432/DB; got {shown!r}."
    )


def _check_db_url(url: str) -> None:
    """What the driver would only fail on later, as "a bug": a port that is no port."""
    try:
        _ = urlsplit(url).port  # read, urlsplit checks it
    except ValueError:
        raise ConfigError(
            f"PLEDGEWATCH_DB's port must be a number from 1 to 65535, like "
            f"postgresql://USER:PASSWORD@HOST:5432/DB; got {_without_password(url)}. A "
            "password holding @ : / or # must be written percent-encoded (@ as %40)."
        ) from None


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@", 1)).geturl()
