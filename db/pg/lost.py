"""The PostgreSQL server lost in the middle of a command: restarted, failed over, or the
bot's connection ended by an administrator (`pg_terminate_backend`).

asyncpg raises a connection error for the statement that was running; the transaction
it belonged to was never committed, and the pool replaces the dead connection at the
next acquire, so the same request succeeds once the server answers again. That is no
bug: like a busy SQLite file (db/busy.py) it becomes a refusal, `StoreUnreachable`, that
the member reads as a sentence and the command line as exit 1, and the log gets one
warning naming the database, not a traceback: one per outage (db/outage.py), however
many requests it refuses.

Except at one moment: a connection lost after COMMIT was sent and before the server
answered leaves the outcome unknown (the server may have committed before it went).
Such a loss is `StoreOutcomeUnknown`, which tells the member to look before trying again
rather than promise that nothing was saved: a blind retry could record a pledge twice.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import asyncpg

from bot.core.errors import StoreOutcomeUnknown, StoreUnreachable
from db.outage import OutageLog

log = logging.getLogger(__name__)

# The errors of a connection that is gone or cannot be made: class 08 (connection
# exception, asyncpg's ConnectionDoesNotExistError among them), the server shutting down
# or starting up (57P01-57P03), and the socket's own errors (refused, reset). Not a
# timeout: a slow statement is not a lost server.
LOST = (
    asyncpg.PostgresConnectionError,
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
    asyncpg.CannotConnectNowError,
    ConnectionError,
)


def is_lost(error: BaseException | None) -> bool:
    """A lost connection, or asyncpg's complaint about using the closed connection after
    one (leaving a transaction block on it raises "the underlying connection is closed",
    with the loss as its context)."""
    if isinstance(error, LOST):
        return True
    return isinstance(error, asyncpg.InterfaceError) and (
        "connection is closed" in str(error) or is_lost(error.__context__)
    )


def lost_outage() -> OutageLog:
    """The outage record a database keeps for its refusals, logged under this module."""
    return OutageLog(log)


class Commit:
    """Whether a transaction's COMMIT has been sent: set by the transaction helper once
    its body has run, just before it leaves the transaction block, which commits."""

    def __init__(self) -> None:
        self.sent = False


@contextmanager
def lost_as_refusal(
    label: str, outage: OutageLog | None = None, commit: Commit | None = None
) -> Iterator[None]:
    """Around whatever runs on a connection of the pool, acquiring it included. With
    `outage` (the database's own), only the first refusal of an outage is a warning; with
    `commit`, a loss once it is sent is an unknown outcome, not a refusal."""
    outage = outage or OutageLog(log)
    try:
        yield
    except (*LOST, asyncpg.InterfaceError) as error:
        if not is_lost(error):
            raise
        cause = error.__context__ if is_lost(error.__context__) else error
        if commit is not None and commit.sent:
            outage.refused(
                "The PostgreSQL database %s was lost while a transaction committed (%s): "
                "whether it was saved is unknown; the next requests are refused until it "
                "answers (not warned of again)",
                label,
                cause,
            )
            raise StoreOutcomeUnknown(
                "The connection to the database was lost just as this was being saved, so "
                "it may or may not have been saved. Check with /pledge list (or /pledge show "
                "on the pledge) before trying again, so that it is not recorded twice."
            ) from error
        outage.refused(
            "The PostgreSQL database %s cannot be reached (%s); what was running was "
            "refused and nothing of it was saved, as are the next requests until it answers "
            "(not warned of again)",
            label,
            cause,
        )
        raise StoreUnreachable(
            "The database cannot be reached right now (its server may be restarting), so "
            "this was not saved. Please try again in a moment."
        ) from error
    else:
        outage.answered("The PostgreSQL database %s answers again", label)
