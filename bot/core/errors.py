"""Errors whose message is meant for the member who caused them."""

from collections.abc import Callable

from bot.core.text import unmarked


class UserFacingError(Exception):
    """Bad input or a refused action. The message says what was wrong and how to fix it.

    Words the member supplied are quoted with `bot.core.text.echo`: `str()` gives them
    as typed (logs, the command line), `shown(escape)` escaped for where they are shown."""

    def __str__(self) -> str:
        return unmarked(super().__str__())

    def shown(self, escape: Callable[[str], str]) -> str:
        return unmarked(super().__str__(), escape)


class NotFound(UserFacingError):
    pass


def no_such_pledge(number: int) -> NotFound:
    """The one refusal of a pledge number that is not (or no longer) in the server: the
    service's and the store's (which checks "depends on #N" in its transaction) alike."""
    return NotFound(
        f"There is no pledge #{number} in this server. Use /pledge list to see the numbers."
    )


class PermissionDenied(UserFacingError):
    pass


class InvalidInput(UserFacingError):
    pass


class InvalidTransition(UserFacingError):
    pass


class AlreadyRecorded(UserFacingError):
    """A bundled pledge another process imported between our look and our write."""


class Conflict(UserFacingError):
    """Someone else changed the same pledge between our checks and our write."""


class StoreBusy(UserFacingError):
    """The database stayed locked by another program past the wait: nothing was written,
    and the same request can simply be tried again."""


class StoreUnreachable(UserFacingError):
    """The connection to the database server was lost or could not be made (a restart, a
    failover): what the command was writing was rolled back, and the same request can be
    tried again once the server answers."""


class StoreOutcomeUnknown(StoreUnreachable):
    """The connection was lost after COMMIT was sent and before the server answered: the
    server may have committed or not, and nothing tells which. Trying again blindly could
    record the same thing twice, so the member is told to look first."""
