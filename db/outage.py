"""One warning per outage of a database, not one per refused request.

A database that cannot be used for a while (a PostgreSQL server restarting, a SQLite
file another program holds) refuses every request until it answers again: the bot's
commands, and the alert dispatcher's retry a minute. The operator needs to read once
what failed and, later, that it answers again; the refusals in between add nothing but
noise, so they are logged at debug level.
"""

from __future__ import annotations

import logging
from typing import Any


class OutageLog:
    """Tracks whether a database is down, as seen by the statements run on it."""

    def __init__(self, log: logging.Logger) -> None:
        self._log = log
        self.down = False

    def refused(self, message: str, *args: Any) -> None:
        """A request was refused: a warning if the database was answering until now."""
        self._log.log(logging.DEBUG if self.down else logging.WARNING, message, *args)
        self.down = True

    def answered(self, message: str, *args: Any) -> None:
        """A request went through: the end of the outage, if there was one."""
        if self.down:
            self.down = False
            self._log.info(message, *args)
