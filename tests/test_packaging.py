"""What `pip install .` (not editable) carries: every package of the bot and its data.

Editable installs, which the Makefile and CI use, import from the working tree and hide a
package left out of the distribution; an operator who installs a wheel would find
`bot.core.deadlines` missing. These tests read pyproject.toml as setuptools does.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from setuptools import find_packages

ROOT = Path(__file__).resolve().parent.parent
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def _packages_on_disk() -> set[str]:
    found = set()
    for top in ("bot", "cogs", "db"):
        for init in (ROOT / top).rglob("__init__.py"):
            found.add(".".join(init.parent.relative_to(ROOT).parts))
    return found


def _distributed() -> set[str]:
    """The packages setuptools finds with pyproject's `include`, as `pip install .` does."""
    include = SETUPTOOLS["packages"]["find"]["include"]
    return set(find_packages(where=str(ROOT), include=include))


def test_every_package_on_disk_is_distributed() -> None:
    distributed = _distributed()
    assert _packages_on_disk() <= distributed
    assert {"bot.core.deadlines", "bot.core.extract", "bot.chat.ui"} <= distributed


def test_tests_and_benches_are_not_distributed() -> None:
    assert not {name for name in _distributed() if name.split(".")[0] in ("tests", "bench")}


def test_data_files_are_declared_for_the_packages_that_read_them() -> None:
    data = SETUPTOOLS["package-data"]
    assert list((ROOT / "bot" / "data").glob("*.json")), "the seed pledges ship with the bot"
    assert "data/*.json" in data["bot"]
    assert list((ROOT / "db" / "migrations").glob("*.sql"))
    assert "*.sql" in data["db.migrations"]
    assert "*.sql" in data["db.migrations.pg"]
