from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from bot.core.clock import FakeClock
from bot.service import PledgeService
from db.pg import PgStore
from db.store import Store
from tests.pgserver import PgServer

# The seed article's day, noon UTC: a fixed "now" keeps due dates in assertions exact.
START = datetime(2025, 8, 18, 12, 0, tzinfo=UTC)

# Both storage engines behind the same protocols: every test that takes `store` (or
# `service`, or anything built on them) runs once on each, unless it is marked
# sqlite_only (it looks at the SQLite file itself: PRAGMAs, bytes, WAL, backups) or
# postgres_only (two processes interleaving inside PostgreSQL's row locks: SQLite's writers
# take the whole file, so the race cannot be staged there).
ENGINES = ("sqlite", "postgres")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: the test inspects the SQLite file; run it on SQLite only"
    )
    config.addinivalue_line(
        "markers", "postgres_only: a race between row locks; run it on PostgreSQL only"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames:
        engines = ENGINES
        if metafunc.definition.get_closest_marker("sqlite_only"):
            engines = ENGINES[:1]
        elif metafunc.definition.get_closest_marker("postgres_only"):
            engines = ENGINES[1:]
        metafunc.parametrize("engine", engines)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL server for the whole session, started on first use, with a
    migrated template database that every test's fresh database is cloned from."""
    server = PgServer().start()
    try:

        async def migrate(url: str) -> None:
            async with PgStore(url):
                pass

        # In a thread of its own: the first test to ask may already run an event loop.
        with ThreadPoolExecutor(1) as thread:
            thread.submit(asyncio.run, server.make_template(migrate)).result()
        yield server
    finally:
        server.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def store(engine: str, tmp_path, request: pytest.FixtureRequest):
    """The store of `engine`, open: a SQLite file in tmp_path, or a fresh, migrated,
    empty PostgreSQL database of its own on the session's server."""
    if engine == "sqlite":
        store = Store(tmp_path / "pledgewatch.db")
        await store.open()
        try:
            yield store
        finally:
            await store.close()
        return
    server: PgServer = request.getfixturevalue("pg_server")
    url = await server.fresh_database()
    store = PgStore(url)
    try:
        await store.open()
        yield store
    finally:
        await store.close()
        await server.drop_database(url)


def same_database(store: Store | PgStore) -> Store | PgStore:
    """Another store (not yet opened) on the same database as `store`: what a second
    process sees."""
    if isinstance(store, PgStore):
        return PgStore(store.database.url)
    return Store(store.path)


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
