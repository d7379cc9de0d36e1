"""The deadline parser's compiled build: never older than its sources (bot/core/compiled.py)."""

from __future__ import annotations

import importlib
import os
import sys
import warnings
from collections.abc import Iterator
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from bot.core import compiled

_SUFFIX = EXTENSION_SUFFIXES[0]  # ".cpython-311-x86_64-linux-gnu.so" on this machine


def _age(path: Path, seconds: float) -> None:
    """Set `path`'s modification time `seconds` before now."""
    when = path.stat().st_mtime - seconds
    os.utime(path, (when, when))


def _package(root: Path, name: str) -> Path:
    directory = root / name
    directory.mkdir()
    (directory / "__init__.py").write_text("from . import part\nWHERE = part.WHERE\n")
    (directory / "part.py").write_text('WHERE = "source"\n')
    return directory


@pytest.fixture
def importable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """`tmp_path` on sys.path for the test, and whatever it imported or hooked forgotten;
    the sources not asked for (a run under PLEDGEWATCH_SOURCES=1 would hook every package)."""
    monkeypatch.delenv("PLEDGEWATCH_SOURCES", raising=False)
    modules, finders = set(sys.modules), list(sys.meta_path)
    sys.path.insert(0, str(tmp_path))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))
        sys.meta_path[:] = finders
        for name in set(sys.modules) - modules:
            del sys.modules[name]
        importlib.invalidate_caches()


def test_an_extension_older_than_its_source_is_stale(tmp_path: Path) -> None:
    (tmp_path / "part.py").write_text("")
    built = tmp_path / f"part{_SUFFIX}"
    built.write_bytes(b"built")
    assert compiled.stale(tmp_path) == []  # built after the source
    _age(built, 60)
    assert compiled.stale(tmp_path) == [built.name]


def test_an_extension_whose_source_is_gone_is_stale(tmp_path: Path) -> None:
    (tmp_path / f"gone{_SUFFIX}").write_bytes(b"built")
    assert compiled.stale(tmp_path) == [f"gone{_SUFFIX}"]


def test_a_stale_build_is_passed_over_for_the_sources(importable: Path) -> None:
    directory = _package(importable, "pw_stale_pkg")
    # Not a loadable extension at all: imported, it would fail. Older than its source, it
    # must never be tried.
    fake = directory / f"part{_SUFFIX}"
    fake.write_bytes(b"not an extension")
    _age(fake, 60)
    with pytest.warns(RuntimeWarning, match=r"part\.\S+ is older than its source\)"):
        assert compiled.guard("pw_stale_pkg", directory) is True
    module = importlib.import_module("pw_stale_pkg")
    assert module.WHERE == "source"
    assert sys.modules["pw_stale_pkg.part"].__file__ == str(directory / "part.py")


def test_without_a_build_nothing_is_hooked_or_said(importable: Path) -> None:
    directory = _package(importable, "pw_plain_pkg")
    finders = list(sys.meta_path)
    assert compiled.guard("pw_plain_pkg", directory) is False
    assert sys.meta_path == finders
    assert importlib.import_module("pw_plain_pkg").WHERE == "source"


def test_a_fresh_build_is_left_to_python(importable: Path) -> None:
    directory = _package(importable, "pw_fresh_pkg")
    (directory / f"part{_SUFFIX}").write_bytes(b"built")  # newer than its source
    finders = list(sys.meta_path)
    assert compiled.guard("pw_fresh_pkg", directory) is False
    assert sys.meta_path == finders


def test_the_parser_runs_all_compiled_or_all_from_sources() -> None:
    # Never a mix of old extensions and new sources. `make test` builds the extensions
    # first and says so (PLEDGEWATCH_COMPILED=1): then every module must be compiled.
    import bot.core.deadlines  # noqa: F401 - loads every module of the package

    files = {
        name: module.__file__ or ""
        for name, module in sys.modules.items()
        if name == compiled.PACKAGE or name.startswith(compiled.PACKAGE + ".")
    }
    built = {name for name, file in files.items() if file.endswith(tuple(EXTENSION_SUFFIXES))}
    assert len(files) > 30
    if os.environ.get("PLEDGEWATCH_COMPILED") == "1":
        assert built == set(files), sorted(set(files) - built)
    else:
        assert built in (set(), set(files)), sorted(set(files) - built)


def test_the_sources_can_be_asked_for(importable: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # bench/deadlines.py times the sources beside the build: PLEDGEWATCH_SOURCES=1 hooks
    # them in without a word, though the build is fresh.
    directory = _package(importable, "pw_asked_pkg")
    fake = directory / f"part{_SUFFIX}"
    fake.write_bytes(b"not an extension")  # newer than its source: fresh, but never tried
    monkeypatch.setenv("PLEDGEWATCH_SOURCES", "1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert compiled.guard("pw_asked_pkg", directory) is True
    assert importlib.import_module("pw_asked_pkg").WHERE == "source"


def test_the_sources_asked_for_are_used_silently_over_a_stale_build(
    importable: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The module says "silently, build or not": a stale build's warning is for a run that
    # did not choose the sources (it wrote into the stderr a pipe test reads).
    directory = _package(importable, "pw_asked_stale_pkg")
    fake = directory / f"part{_SUFFIX}"
    fake.write_bytes(b"not an extension")
    os.utime(fake, (1, 1))  # older than its source: stale
    assert compiled.stale(directory) == [fake.name]
    monkeypatch.setenv("PLEDGEWATCH_SOURCES", "1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert compiled.guard("pw_asked_stale_pkg", directory) is True
    assert importlib.import_module("pw_asked_stale_pkg").WHERE == "source"


# stop 49 (fix49): `touch bot/core/deadlines/*.so` with no build makes a file named "*.so", and
# an interrupted build can leave an empty extension; the warning names the file and what is
# wrong with it (not "older than its sources"), and says how to rebuild
@pytest.mark.parametrize(
    ("name", "said"),
    [("*.so", "is named after no module"), (f"part{_SUFFIX}", "is empty, no build")],
)
def test_a_stray_or_empty_extension_is_named_in_the_warning(
    importable: Path, name: str, said: str
) -> None:
    directory = _package(importable, "pw_stray_pkg")
    (directory / name).write_bytes(b"")  # newer than the sources
    assert compiled.stale(directory) == [name]
    with pytest.warns(RuntimeWarning) as caught:
        assert compiled.guard("pw_stray_pkg", directory) is True
    message = str(caught[0].message)
    assert f"{directory / name} {said}" in message
    assert "older" not in message
    assert "`make run` or `make test` rebuilds it" in message
    assert importlib.import_module("pw_stray_pkg").WHERE == "source"
