"""The deadline parser's compiled build, and what happens when it is older than its sources.

`make run`, `make test` and `make bench` compile `bot/core/deadlines/` to C extension
modules with mypyc (issue 12: the parser must read at least 20,000 phrases a second, and
the pure-Python reading does about 16,000 on one core of this project's machines). The
extensions sit beside the sources, and Python imports an extension before a source of the
same name, so a build older than an edited, pulled or deleted source would silently run
yesterday's parser. `guard()` is run when `bot.core` is first imported: when any
extension of the package is older than its source, or has none, the whole package is
imported from its sources instead (same behaviour, slower), and a warning says so and how
to rebuild. With no build at all nothing is said: the sources are the parser. With
PLEDGEWATCH_SOURCES=1 in the environment the sources are used, silently, build or not:
bench/deadlines.py times the two side by side so.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path
from types import ModuleType

PACKAGE = "bot.core.deadlines"
HERE = Path(__file__).resolve().parent / "deadlines"


def stale(directory: Path = HERE) -> list[str]:
    """The extensions of `directory` older than their sources, or without one."""
    found: list[str] = []
    for built in directory.iterdir():
        # the first suffix that fits is the whole one: ".cpython-311-x86_64-linux-gnu.so"
        # comes before ".so" in the list
        suffix = next((s for s in EXTENSION_SUFFIXES if built.name.endswith(s)), None)
        if suffix is None:
            continue
        source = built.with_name(built.name.removesuffix(suffix) + ".py")
        if not source.exists() or source.stat().st_mtime > built.stat().st_mtime:
            found.append(built.name)
    return sorted(found)


class _FromSources(MetaPathFinder):
    """Finds the package and its modules as sources, never as extensions."""

    def __init__(self, package: str, directory: Path) -> None:
        self.package, self.directory = package, directory

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if fullname == self.package:
            return importlib.util.spec_from_file_location(
                fullname,
                self.directory / "__init__.py",
                submodule_search_locations=[str(self.directory)],
            )
        parent, _, name = fullname.rpartition(".")
        source = self.directory / f"{name}.py"
        if parent != self.package or not source.exists():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def guard(package: str = PACKAGE, directory: Path = HERE) -> bool:
    """Import `package` from its sources when its build is stale (see the module); True
    when it does. Only before the package's first import: a module already loaded stays."""
    asked = os.environ.get("PLEDGEWATCH_SOURCES") == "1"
    old = stale(directory)
    if not (old or asked) or package in sys.modules:
        return False
    if any(isinstance(f, _FromSources) and f.package == package for f in sys.meta_path):
        return True
    sys.meta_path.insert(0, _FromSources(package, directory))
    if asked or not old:
        return True  # asked for: the sources are meant, whatever the build's age
    warnings.warn(
        f"the compiled {package} is older than its sources ({', '.join(old[:3])}"
        f"{' ...' if len(old) > 3 else ''}): the sources are used, slower; "
        "`make run` or `make test` rebuilds it",
        RuntimeWarning,
        stacklevel=2,
    )
    return True
