"""Command line: `python -m bot run|migrate|seed|list|export|import|forget|backup|sync`.

Every subcommand goes through the same PledgeService as the slash commands, so what the
CLI shows is what the bot would show (migrate, forget and backup work on the database
itself: no member could ask for them). An operator's mistake ends in one sentence that
says what is wrong and what to do, with an exit code the README documents; a traceback
is shown only with PLEDGEWATCH_LOG_LEVEL=DEBUG.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import aiohttp
import discord

from bot.app import bot_from_settings, build_service, open_store
from bot.chat.client import PledgeBot
from bot.config import ConfigError, Settings, load_settings, server_id
from bot.core.errors import UserFacingError
from bot.core.model import Actor, ListFilter, Pledge
from bot.keeping import KeepingService
from db.pg import PgStore
from db.store import DatabaseUnusable, SchemaTooNew, backup_database
from db.store import Store as SqliteStore

log = logging.getLogger("bot")

# Exit codes (README, "Command line").
EXIT_OK = 0
EXIT_REFUSED = 1  # the request itself was refused (unknown server, bad option value)
EXIT_CONFIG = 2  # a setting is missing or wrong, or Discord refused the token
EXIT_SCHEMA_NEWER = 3  # the database was written by a newer Pledgewatch
EXIT_DATABASE = 4  # the database file cannot be used
EXIT_UNREACHABLE = 5  # Discord could not be reached (sync gives up; run keeps trying)
EXIT_UNEXPECTED = 70  # a bug: the message says how to see the details
EXIT_INTERRUPTED = 130

BAD_TOKEN = (
    "Discord refused the token. Copy a fresh one from the Developer Portal "
    "(Bot → Reset Token) into DISCORD_TOKEN in .env."
)
# Login attempts while Discord is unreachable: waits double from 1 s to a minute.
FIRST_RETRY, LAST_RETRY = 1.0, 60.0
SYNC_ATTEMPTS = 4


class DiscordUnreachable(Exception):
    pass


def _guild(text: str) -> int:
    """--guild: a server id that a server can have (not -5, not 0), or argparse's usage
    error saying how to find the right one."""
    try:
        return server_id(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _parser() -> argparse.ArgumentParser:
    summary = (__doc__ or "pledgewatch").splitlines()[0]
    parser = argparse.ArgumentParser(prog="pledgewatch", description=summary)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="connect to Discord and serve the server(s)")
    sub.add_parser("migrate", help="bring the database schema up to date")
    seed = sub.add_parser("seed", help="import the bundled article's pledges into a server")
    seed.add_argument("--guild", type=_guild, required=True, help="the server (guild) id")
    listing = sub.add_parser("list", help="print a server's pledges as plain text")
    listing.add_argument("--guild", type=_guild, required=True)
    listing.add_argument(
        "--status", default="all", choices=[f.value for f in ListFilter], help="default: all"
    )
    export = sub.add_parser("export", help="write a server's pledges (JSON: with history)")
    export.add_argument("--guild", type=_guild, required=True)
    export.add_argument("--format", default="json", choices=["json", "csv", "ics"])
    export.add_argument("--output", "-o", type=Path, help="a file (default: standard output)")
    restore = sub.add_parser("import", help="restore a JSON export into a server")
    restore.add_argument("file", type=Path, help="a file made by `export` or /pledge export")
    restore.add_argument("--guild", type=_guild, required=True)
    restore.add_argument("--merge", action="store_true", help="add after the server's own pledges")
    forget = sub.add_parser(
        "forget",
        help="delete every row of a server (a 'forget us' request); a dry run without --yes",
    )
    forget.add_argument("--guild", type=_guild, required=True)
    forget.add_argument("--yes", action="store_true", help="delete for real (default: only count)")
    backup = sub.add_parser("backup", help="copy the database safely, even while the bot runs")
    backup.add_argument("path", type=Path, help="where the copy goes")
    sync = sub.add_parser("sync", help="register the slash commands with Discord")
    sync.add_argument(
        "--guild", type=_guild, help="sync to one server only (instant; for development)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    debug = False
    try:
        settings = load_settings()
        debug = settings.log_level <= logging.DEBUG
        if args.command in ("run", "sync"):
            settings.require_token()
        discord.utils.setup_logging(level=settings.log_level, root=True)
        if args.command == "backup":
            return backup(settings, args.path)
        return asyncio.run(_dispatch(args, settings))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `python -m bot export | head`: the reader has all it wanted. Point stdout at
        # nothing so the interpreter's final flush does not fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # every failure ends in one sentence, see _exit_code
        code, message = _exit_code(exc)
        if debug:
            log.exception("pledgewatch failed")
        print(f"pledgewatch: {message}", file=sys.stderr)
        return code


def _exit_code(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, ConfigError):
        return EXIT_CONFIG, str(exc)
    if isinstance(exc, discord.LoginFailure):
        return EXIT_CONFIG, BAD_TOKEN
    if isinstance(exc, SchemaTooNew):
        return EXIT_SCHEMA_NEWER, str(exc)
    if isinstance(exc, DatabaseUnusable):
        return EXIT_DATABASE, str(exc)
    if isinstance(exc, DiscordUnreachable):
        return EXIT_UNREACHABLE, str(exc)
    if isinstance(exc, UserFacingError):
        return EXIT_REFUSED, str(exc)
    return EXIT_UNEXPECTED, (
        f"unexpected error ({type(exc).__name__}: {exc}). It is a bug; run again with "
        "PLEDGEWATCH_LOG_LEVEL=DEBUG to see where, and report it."
    )


async def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "run":
        return await run_bot(settings)
    if args.command == "sync":
        return await sync_commands(settings, args.guild)
    async with open_store(settings) as store:
        service = build_service(store)
        if args.command == "migrate":
            print(f"{settings.database}: schema version {await store.schema_version()}")
        elif args.command == "seed":
            result = await service.seed(args.guild)
            print(
                f"Imported {len(result.added)} pledge(s) into server {args.guild}; "
                f"{result.skipped} were already there."
            )
        elif args.command == "list":
            page = await service.list(args.guild, status=args.status, page_size=1_000_000)
            now = service.clock.now()
            for pledge in page.items:
                print(format_line(pledge, now))
            print(f"{page.total} pledge(s).")
        elif args.command == "export":
            file = await KeepingService(service).export_file(args.guild, args.format)
            if args.output is None:
                sys.stdout.buffer.write(file.data)
                sys.stdout.flush()
            else:
                try:
                    args.output.write_bytes(file.data)
                except OSError as error:  # the operator's path, not a bug
                    print(
                        f"pledgewatch: cannot write {args.output}: {error.strerror}",
                        file=sys.stderr,
                    )
                    return EXIT_REFUSED
                print(f"Wrote {file.count} pledge(s) to {args.output}.", file=sys.stderr)
        elif args.command == "import":
            return await restore(service, args)
        elif args.command == "forget":
            await forget_server(store, args.guild, confirmed=args.yes)
    return EXIT_OK


async def forget_server(store: SqliteStore | PgStore, guild_id: int, *, confirmed: bool) -> None:
    """Count a server's rows; with `confirmed`, delete them all in one transaction."""
    rows = await store.eraser.rows(guild_id)
    if not any(rows.values()):
        print(f"Server {guild_id} has nothing stored in {store.label}; nothing to delete.")
        return
    if not confirmed:
        print(
            f"Server {guild_id} has {_rows(rows)} in {store.label}. Nothing was deleted: "
            "run again with --yes to delete them all (README, 'Forgetting a server')."
        )
        return
    deleted = await store.eraser.forget(guild_id)
    print(f"Forgot server {guild_id}: deleted {_rows(deleted)}.")


def _rows(counts: dict[str, int]) -> str:
    """'3 pledge(s) and 9 other row(s) (pledge_events 6, guild_settings 1, ...)'."""
    pledges = counts.get("pledges", 0)
    others = {table: n for table, n in counts.items() if table != "pledges" and n}
    detail = ", ".join(f"{table} {n}" for table, n in others.items())
    return f"{pledges} pledge(s) (deleted ones included) and {sum(others.values())} other " + (
        f"row(s) ({detail})" if others else "row(s)"
    )


async def restore(service, args: argparse.Namespace) -> int:
    try:
        data = await asyncio.to_thread(args.file.read_bytes)
    except OSError as error:
        print(f"pledgewatch: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return EXIT_REFUSED
    result = await KeepingService(service).import_file(
        args.guild, Actor.system(), data, merge=args.merge
    )
    print(
        f"Imported {len(result.numbers)} pledge(s) into server {args.guild}"
        + (f", #{result.numbers[0]} to #{result.numbers[-1]}." if result.numbers else ".")
    )
    if result.past:
        print(f"{result.past} were already past a deadline or review date; alerts will follow.")
    return EXIT_OK


def backup(settings: Settings, target: Path) -> int:
    """SQLite's online backup API: a consistent copy even while the bot writes."""
    if settings.db_url is not None:
        print(
            "pledgewatch: backup copies a SQLite file; PLEDGEWATCH_DB is a PostgreSQL "
            "database. Back it up with PostgreSQL's own tools, e.g. "
            "pg_dump --format=custom --file=PATH DATABASE_URL.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    if target.resolve() == Path(settings.db_path).resolve():
        print("pledgewatch: the backup must go to another file than the database", file=sys.stderr)
        return EXIT_REFUSED
    try:
        verdict = backup_database(settings.db_path, target)
    except (OSError, RuntimeError) as error:
        print(f"pledgewatch: backup failed: {error}", file=sys.stderr)
        return EXIT_DATABASE
    print(f"Backed up {settings.db_path} to {target} (integrity check: {verdict}).")
    return EXIT_OK


def format_line(pledge: Pledge, now: datetime) -> str:
    if pledge.due_at is None:
        due = "no deadline"
    else:
        due = "due " + pledge.due_at.strftime("%Y-%m-%d %H:%M UTC")
        if pledge.vague:
            due += " (approximate)"
    status = "overdue" if pledge.is_overdue(now) else pledge.status.value
    return f"#{pledge.number:<4} [{status}] {pledge.speaker}: {pledge.promise} — {due}"


async def login(bot: PledgeBot, token: str, *, attempts: int | None = None) -> None:
    """Log in, waiting and trying again while Discord cannot be reached (network down,
    Discord's 5xx): `attempts` tries at most, or until cancelled when None. A refused
    token (LoginFailure) is not retried."""
    delay = FIRST_RETRY
    attempt = 0
    while True:
        attempt += 1
        try:
            await bot.login(token)
            return
        except discord.LoginFailure:
            raise
        except (aiohttp.ClientError, OSError, TimeoutError, discord.DiscordServerError) as error:
            reason = _network_reason(error)
            if attempts is not None and attempt >= attempts:
                raise DiscordUnreachable(
                    f"Discord could not be reached after {attempt} tries ({reason}). Check "
                    "the network and DISCORD_API_BASE (leave it unset for discord.com)."
                ) from error
            log.warning("Discord cannot be reached (%s); trying again in %.0f s", reason, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, LAST_RETRY)


def _network_reason(error: BaseException) -> str:
    if isinstance(error, discord.DiscordServerError):
        return f"Discord answered {error.status}"
    return str(error) or type(error).__name__


async def run_bot(settings: Settings) -> int:
    bot = bot_from_settings(settings)
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()

    def request_stop(sig: signal.Signals) -> None:
        log.info("Received %s, shutting down", sig.name)
        stopping.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, request_stop, sig)
    async with bot:
        runner = asyncio.create_task(_serve(bot, settings.require_token()))
        stopper = asyncio.create_task(stopping.wait())
        done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        stopper.cancel()
        if runner in done:
            runner.result()  # raises what ended it; main() turns it into a sentence
        runner.cancel()
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError):
            await runner
    return EXIT_OK


async def _serve(bot: PledgeBot, token: str) -> None:
    await login(bot, token)
    await bot.connect(reconnect=True)


async def sync_commands(settings: Settings, guild_id: int | None) -> int:
    bot = bot_from_settings(settings)
    guild_id = guild_id if guild_id is not None else settings.dev_guild_id
    async with bot:
        await login(bot, settings.require_token(), attempts=SYNC_ATTEMPTS)
        if guild_id is not None:
            guild = discord.Object(id=guild_id)
            bot.tree.copy_global_to(guild=guild)
            synced = await bot.tree.sync(guild=guild)
            print(f"Synced {len(synced)} command(s) to server {guild_id}.")
        else:
            synced = await bot.tree.sync()
            print(f"Synced {len(synced)} global command(s); Discord may take a while to show them.")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
