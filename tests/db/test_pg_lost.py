"""Which PostgreSQL errors mean the server is gone (db/pg/lost.py): those become the
member's "cannot be reached, not saved"; a slow statement or a misuse of a connection
stays what it is."""

from __future__ import annotations

import asyncpg
import pytest

from bot.core.errors import StoreOutcomeUnknown, StoreUnreachable
from db.pg.lost import Commit, lost_as_refusal


def _raised(error: BaseException) -> BaseException:
    try:
        with lost_as_refusal("postgresql://db"):
            raise error
    except BaseException as raised:  # noqa: BLE001 - the test looks at what came out
        return raised
    raise AssertionError("nothing raised")


@pytest.mark.parametrize(
    "error",
    [
        ConnectionRefusedError(111, "Connection refused"),  # the server down, reconnecting
        asyncpg.CannotConnectNowError("the database system is starting up"),
        asyncpg.AdminShutdownError("terminating connection due to administrator command"),
        asyncpg.ConnectionDoesNotExistError("connection was closed in the middle of operation"),
        asyncpg.InterfaceError("cannot call Transaction.__aexit__(): the connection is closed"),
    ],
)
def test_a_lost_server_is_a_refusal(error):
    assert isinstance(_raised(error), StoreUnreachable)


def test_leaving_a_transaction_on_a_lost_connection_is_a_refusal():
    lost = asyncpg.ConnectionDoesNotExistError("connection was closed")
    closing = asyncpg.InterfaceError("cannot call Transaction.__aexit__()")
    closing.__context__ = lost
    raised = _raised(closing)
    assert isinstance(raised, StoreUnreachable)


@pytest.mark.parametrize(
    "error",
    [
        TimeoutError(),  # command_timeout: a slow statement, not a lost server
        asyncpg.QueryCanceledError("canceling statement due to statement timeout"),
        asyncpg.InterfaceError("cannot perform operation: another operation is in progress"),
        asyncpg.UniqueViolationError("duplicate key"),
    ],
)
def test_other_errors_pass_unchanged(error):
    assert _raised(error) is error


def test_a_loss_once_commit_was_sent_is_an_unknown_outcome_not_a_refusal():
    """Review s43: "not saved, try again" after a lost COMMIT could make a member record
    the pledge twice; before COMMIT was sent, nothing was saved and that stays the word."""
    lost = asyncpg.ConnectionDoesNotExistError("connection was closed in the middle of operation")
    commit = Commit()
    with pytest.raises(StoreUnreachable) as before:
        with lost_as_refusal("postgresql://db", commit=commit):
            raise lost
    assert not isinstance(before.value, StoreOutcomeUnknown)
    assert "not saved" in str(before.value)
    commit.sent = True
    with pytest.raises(StoreOutcomeUnknown, match="may or may not have been saved"):
        with lost_as_refusal("postgresql://db", commit=commit):
            raise lost
