"""The SQLite file held by another program (a sqlite3 shell left in a transaction, a
migration or a VACUUM run by hand) for longer than the busy timeout, end to end.

The member is told that the database is busy and this was not saved, not "something went
wrong on our side"; the operator's log names the file and the cause in one warning, not
an "Interaction failed" error with a traceback that reads as a bug."""

from __future__ import annotations

import logging
import sqlite3

from tests.e2e.test_alerts_e2e import MERZ


async def test_a_database_held_by_another_program_is_named_not_a_bug(
    fake_discord, running_bot, bot_factory, caplog
):
    guild = fake_discord.guilds[0]
    holder = sqlite3.connect(bot_factory.db_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with caplog.at_level(logging.WARNING):
            refused = await fake_discord.invoke(guild, "pledge add", MERZ)
        # Deferred while it waited for the lock: the answer is a private follow-up.
        (answer,) = refused.followups
        assert answer.flags & 64  # ephemeral
        assert "database is busy" in answer.text and "was not saved" in answer.text
        assert "went wrong" not in answer.text
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
        (busy,) = [r for r in caplog.records if "busy" in r.getMessage()]
        assert busy.levelno == logging.WARNING and str(bot_factory.db_path) in busy.getMessage()
        assert busy.exc_info is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    recorded = await fake_discord.invoke(guild, "pledge add", MERZ)
    assert recorded.content.startswith("Recorded pledge #1")
