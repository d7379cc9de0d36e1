"""The bot as an operator runs it: `python -m bot run` in its own process, pointed at the
fake Discord by the DISCORD_API_BASE setting. Killed without warning, it loses nothing;
asked to stop with SIGTERM, it closes cleanly."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.app import build_bot
from db.store import Store

ROOT = Path(__file__).resolve().parents[2]


async def start_bot_process(
    fake, db_path: Path, *, database: str | None = None, **settings: str
) -> asyncio.subprocess.Process:
    """`python -m bot run` on `db_path` (or on `database`, e.g. a PostgreSQL URL, run
    in db_path's folder), with more PLEDGEWATCH_* `settings` if given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "PLEDGEWATCH_"))}
    env.update(
        DISCORD_TOKEN=fake.token,
        DISCORD_API_BASE=fake.api_base,
        PLEDGEWATCH_DB=database or str(db_path),
        PLEDGEWATCH_LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
        **settings,
    )
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=db_path.parent,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def command_definitions(tmp_path: Path) -> list[dict]:
    """What `python -m bot sync` would register: the tree of a real PledgeBot."""
    bot = build_bot(store=Store(tmp_path / "definitions.db"))
    async with bot:
        await bot.setup_hook()
        return [c.to_dict(bot.tree) for c in bot.tree.get_commands()]


async def test_killed_and_restarted_bot_keeps_its_pledges(fake_discord, tmp_path):
    fake = fake_discord
    fake.register_commands(await command_definitions(tmp_path))
    db_path = tmp_path / "pledgewatch.db"
    guild = fake.guilds[0]

    first = await start_bot_process(fake, db_path)
    try:
        await fake.wait_for_bot(identified=1, timeout=30)
        added = await fake.invoke(
            guild,
            "pledge add",
            {
                "speaker": "Mark Rutte",
                "promise": "work on security guarantees",
                "deadline": "over the coming days",
            },
            timeout=15,
        )
        assert "Recorded pledge #1" in added.content
    finally:
        first.kill()  # no warning, no cleanup: like a crash or a power cut of the process
        await first.wait()

    second = await start_bot_process(fake, db_path)
    try:
        await fake.wait_for_bot(identified=2, timeout=30)
        shown = await fake.invoke(guild, "pledge show", {"number": 1}, timeout=15)
        assert "work on security guarantees" in shown.text
        assert "approximately" in shown.text
        second.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(second.communicate(), timeout=30)
        assert second.returncode == 0, stderr.decode()
        assert b"Traceback" not in stderr
    finally:
        if second.returncode is None:
            second.kill()
            await second.wait()
    # A clean stop checkpoints the write-ahead log into the database file.
    assert (
        not (tmp_path / "pledgewatch.db-wal").exists()
        or (tmp_path / "pledgewatch.db-wal").stat().st_size == 0
    )


async def run_cli(fake, tmp_path: Path, *args: str) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "PLEDGEWATCH_"))}
    env.update(
        DISCORD_TOKEN=fake.token,
        DISCORD_API_BASE=fake.api_base,
        PLEDGEWATCH_DB=str(tmp_path / "cli.db"),
        PYTHONPATH=str(ROOT),
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    return process.returncode, out.decode(), err.decode()


async def test_sync_command_registers_the_tree(fake_discord, tmp_path):
    fake = fake_discord
    guild = fake.guilds[0]
    expected = await command_definitions(tmp_path)
    code, out, err = await run_cli(fake, tmp_path, "sync", "--guild", str(guild.id))
    assert code == 0, err
    assert f"Synced {len(expected)} command(s) to server {guild.id}" in out
    assert fake.command_definitions(guild) == expected
    assert fake.command_definitions() is None  # nothing global: --guild means that server

    code, out, err = await run_cli(fake, tmp_path, "sync")
    assert code == 0, err
    assert fake.command_definitions() == expected
    assert fake.unknown_requests == []
