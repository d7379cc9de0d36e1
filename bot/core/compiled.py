"""The deadline parser's compiled build, and what happens when it is older than its sources.

`make run`, `make test` and `make bench` compile `bot/core/deadlines/` to C extension
modules with mypyc (issue 12: the parser must read at least 20,000 phrases a second, and
the pure-Python reading does about 16,000 on one core of this project's machines). The
extensions sit beside the sources, and Python imports an extension before a source of the
same name, so a build older than an edited, pulled or deleted source would silently run
yesterday's parser. `guard()` is run when `bot.core` is first imported: when any
extension of the package is older than its source, has none, is empty or is a stray file
named after no module ("*.so"), the whole package is
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
    """The extensions of `directory` older than their sources, without one, or not a build
    at all (empty, or named after no module: see `faults`)."""
    return sorted(name for name, _ in faults(directory))


def faults(directory: Path = HERE) -> list[tuple[str, str]]:
    """Each unusable extension file of `directory` with what is wrong with it, by name.

    An empty file is no build (imported, it fails: "invalid ELF header"), and a name that is
    no module's ("*.so", which `touch bot/core/deadlines/*.so` makes when no build exists) is
    a stray file Python never imports (stop 49, fix49): said as such, not as "older"."""
    found: list[tuple[str, str]] = []
    for built in directory.iterdir():
        # the first suffix that fits is the whole one: ".cpython-311-x86_64-linux-gnu.so"
        # comes before ".so" in the list
        suffix = next((s for s in EXTENSION_SUFFIXES if built.name.endswith(s)), None)
        if suffix is None:
            continue
        stem = built.name.removesuffix(suffix)
        source = built.with_name(stem + ".py")
        if not stem.isidentifier():
            found.append((built.name, "is named after no module (a stray file: delete it)"))
        elif built.stat().st_size == 0:
            found.append((built.name, "is empty, no build"))
        elif not source.exists():
            found.append((built.name, "has no source"))
        elif source.stat().st_mtime > built.stat().st_mtime:
            found.append((built.name, "is older than its source"))
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
    bad = faults(directory)  # `stale`'s names, with what is wrong with each
    old = [name for name, _ in bad]
    if not (old or asked) or package in sys.modules:
        return False
    if any(isinstance(f, _FromSources) and f.package == package for f in sys.meta_path):
        return True
    sys.meta_path.insert(0, _FromSources(package, directory))
    if asked or not old:
        return True  # asked for: the sources are meant, whatever the build's age
    told = "; ".join(f"{directory / name} {why}" for name, why in bad[:3])
    warnings.warn(
        f"the compiled {package} is not used ({told}{'; ...' if len(bad) > 3 else ''}): "
        f"the sources are used, slower; `make run` or `make test` rebuilds it (or `rm -f "
        f"{directory}/*.so` to run from the sources without a warning)",
        RuntimeWarning,
        stacklevel=2,
    )
    return True
