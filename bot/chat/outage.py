"""The alert dispatcher's word on a database that refuses it for a while.

A PostgreSQL server restarting or failed over, a SQLite file another program holds:
expected weather, not a bug. The dispatcher tries again every `database_retry` seconds;
the log says once what failed and that alerts will be retried, and once that they
resumed. Tracebacks of such refusals would tell the operator nothing, once a minute.
"""

from __future__ import annotations

import logging
from datetime import datetime

from bot.core.clock import Clock
from bot.core.errors import StoreBusy, StoreUnreachable

log = logging.getLogger(__name__)

# The refusals that pass: the same request goes through once the database answers.
DATABASE_DOWN = (StoreBusy, StoreUnreachable)


class DatabaseOutage:
    def __init__(self, clock: Clock, retry: float) -> None:
        self.clock = clock
        self.retry = retry
        self.since: datetime | None = None  # None while the database answers

    def refused(self, error: Exception) -> None:
        if self.since is not None:
            log.debug("Alerts still wait for the database: %s", error)
            return
        self.since = self.clock.now()
        cause = error.__cause__ or error
        log.warning(
            "Alerts wait: the database refused the dispatcher (%s: %s); retrying every %g s, "
            "and the alerts due meanwhile go out when it answers",
            type(cause).__name__,
            cause,
            self.retry,
        )

    def answered(self) -> None:
        if self.since is not None:
            down_for = self.clock.now() - self.since
            self.since = None
            log.info("Alerts resume: the database answers again (after %s)", down_for)
