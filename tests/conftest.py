from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.clock import FakeClock
from bot.service import PledgeService
from db.store import Store

# The seed article's day, noon UTC: a fixed "now" keeps due dates in assertions exact.
START = datetime(2025, 8, 18, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def store(tmp_path):
    store = Store(tmp_path / "pledgewatch.db")
    await store.open()
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture
def service(store: Store, clock: FakeClock) -> PledgeService:
    return PledgeService(store, clock)


@pytest.fixture
def unused_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
