"""The PostgreSQL server lost in the middle of a command (a restart, a failover, an
administrator ending the bot's connections), end to end, on the test server: the bot's
connections are ended with pg_terminate_backend from a second connection while the
command waits on a table lock that connection holds, so the loss lands mid-command.

The member reads that the database cannot be reached and this was not saved, not
"something went wrong on our side"; the log gets one warning naming the database, not an
"Interaction failed" error with a traceback; the next command works on a new connection."""

from __future__ import annotations

import asyncio
import logging

import asyncpg

from bot.app import build_bot
from db.pg import PgStore
from tests.e2e.conftest import GUILD_READY_TIMEOUT
from tests.e2e.test_alerts_e2e import MERZ

OTHERS = "datname = current_database() AND pid <> pg_backend_pid()"


async def _waiting_on_lock(admin: asyncpg.Connection) -> None:
    for _ in range(200):
        if await admin.fetchval(
            f"SELECT count(*) FROM pg_stat_activity WHERE {OTHERS} AND wait_event_type = 'Lock'"
        ):
            return
        await asyncio.sleep(0.025)
    raise AssertionError("the command never reached the locked table")


async def test_a_connection_lost_mid_command_is_named_and_the_pool_recovers(
    fake_discord, bot_factory, clock, pg_server, caplog
):
    url = await pg_server.fresh_database()
    try:
        await bot_factory.start(
            lambda: build_bot(
                store=PgStore(url), clock=clock, guild_ready_timeout=GUILD_READY_TIMEOUT
            )
        )
        guild = fake_discord.guilds[0]
        admin = await asyncpg.connect(url)
        try:
            async with admin.transaction():
                await admin.execute("LOCK TABLE pledges IN ACCESS EXCLUSIVE MODE")
                with caplog.at_level(logging.WARNING):
                    command = asyncio.ensure_future(
                        fake_discord.invoke(guild, "pledge add", MERZ, timeout=10)
                    )
                    await _waiting_on_lock(admin)
                    await admin.fetchval(
                        f"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        f"WHERE {OTHERS}"
                    )
                    refused = await command
                    await refused.wait_done()
            text = " ".join([refused.text, *(m.text for m in refused.followups)])
            assert "cannot be reached" in text and "was not saved" in text, text
            assert "went wrong" not in text
            assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
            (lost,) = [r for r in caplog.records if "cannot be reached" in r.getMessage()]
            assert lost.levelno == logging.WARNING and lost.exc_info is None
            assert url.rsplit("/", 1)[-1] in lost.getMessage()
            assert await admin.fetchval("SELECT count(*) FROM pledges") == 0
        finally:
            await admin.close()
        recorded = await fake_discord.invoke(guild, "pledge add", MERZ)
        assert recorded.content.startswith("Recorded pledge #1")
    finally:
        await bot_factory.close_all()
        await pg_server.drop_database(url)


# A connection lost during COMMIT, reproducibly: a deferred trigger runs at COMMIT and
# ends its own session there. The bot has sent COMMIT and hears nothing back, as when the
# server or the network goes in that instant; whether the server committed first is
# something the bot cannot know (here it did not).
_LOSE_AT_COMMIT = """
CREATE FUNCTION lose_at_commit() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER lose_at_commit AFTER INSERT ON pledges
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lose_at_commit();
"""


async def test_a_connection_lost_during_commit_is_not_called_unsaved(
    fake_discord, bot_factory, clock, pg_server, caplog
):
    """Review s43: a loss during COMMIT was told as "this was not saved. Please try again",
    though the server may have committed: a retry could record the pledge twice. The
    member is told it may or may not have been saved and to look before trying again."""
    url = await pg_server.fresh_database()
    try:
        await bot_factory.start(
            lambda: build_bot(
                store=PgStore(url), clock=clock, guild_ready_timeout=GUILD_READY_TIMEOUT
            )
        )
        guild = fake_discord.guilds[0]
        admin = await asyncpg.connect(url)
        try:
            await admin.execute(_LOSE_AT_COMMIT)
            with caplog.at_level(logging.WARNING):
                refused = await fake_discord.invoke(guild, "pledge add", MERZ, timeout=10)
                await refused.wait_done()
            text = " ".join([refused.text, *(m.text for m in refused.followups)])
            assert "may or may not have been saved" in text, text
            assert "/pledge list" in text and "not saved" not in text, text
            assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
            (lost,) = [r for r in caplog.records if "while a transaction" in r.getMessage()]
            assert "is unknown" in lost.getMessage() and lost.exc_info is None
            assert lost.levelno == logging.WARNING
            await admin.execute("DROP TRIGGER lose_at_commit ON pledges")
        finally:
            await admin.close()
        recorded = await fake_discord.invoke(guild, "pledge add", MERZ)
        assert recorded.content.startswith("Recorded pledge #1")
    finally:
        await bot_factory.close_all()
        await pg_server.drop_database(url)
