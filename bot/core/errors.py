"""Errors whose message is meant for the member who caused them."""


class UserFacingError(Exception):
    """Bad input or a refused action. The message says what was wrong and how to fix it."""


class NotFound(UserFacingError):
    pass


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
