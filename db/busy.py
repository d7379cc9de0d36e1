"""A SQLite file held by another program past the busy timeout.

SQLite answers "database is locked" when another connection (a sqlite3 shell left in a
transaction, a `migrate` or VACUUM run by hand on a big file, a second process on a slow
disk) keeps the write lock longer than the connection waits for it (`BUSY_TIMEOUT_MS`).
Nothing was written then, and the same request succeeds once the lock is gone: it is no
bug, so it becomes `StoreBusy`, which the member sees as a sentence and the command line
as a refusal, and the log gets one warning naming the file, not a traceback: one per
outage (db/outage.py), however many writes it refuses.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.core.errors import StoreBusy
from db.outage import OutageLog

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000  # how long a connection waits for another's lock


def busy_outage() -> OutageLog:
    """The outage record a file keeps for its refusals, logged under this module."""
    return OutageLog(log)


@contextmanager
def busy_as_refusal(path: Path, outage: OutageLog | None = None) -> Iterator[None]:
    """Around a statement that takes the write lock outside a transaction's body (a
    BEGIN IMMEDIATE, a single write): inside a transaction the lock is already held.
    With `outage` (the database's own), only the first refusal of an outage is a
    warning."""
    outage = outage or OutageLog(log)
    try:
        yield
    except sqlite3.OperationalError as error:
        if "locked" not in str(error) and "busy" not in str(error):
            raise
        seconds = BUSY_TIMEOUT_MS / 1000
        outage.refused(
            "The database %s is busy: another program held its write lock for over %g s "
            "(a sqlite3 shell, a migration or VACUUM run by hand?); the write was refused, "
            "as are the next ones until it is free (not warned of again)",
            path,
            seconds,
        )
        raise StoreBusy(
            f"The database is busy: another program has held it for over {seconds:g} "
            "seconds, so this was not saved. Please try again in a moment."
        ) from error
    else:
        outage.answered("The database %s takes writes again", path)


def held_elsewhere(path: Path) -> str:
    """Why opening or upgrading the file failed on its lock: the file is fine, so the way
    out is the other program, not another file."""
    return (
        f"The database {path} is busy: another program has held its write lock for over "
        f"{BUSY_TIMEOUT_MS / 1000:g} s (a sqlite3 shell in a transaction, another "
        "Pledgewatch upgrading it?). Close that program or let it finish, then start again."
    )
