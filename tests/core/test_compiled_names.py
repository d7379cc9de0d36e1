"""A rule of the compiled deadline parser the sources cannot show: in one function, a name
bound by two `except ... as NAME` clauses of different exception types.

mypyc gives a local one type, the first clause's; the second clause then fails at run time
with a TypeError, in the compiled build only (stop 56: `except BadZone as exc` and `except
NoPlace as exc` in `choose.read_outcome` raised on "local time (of the applicant ...)").
Python and the type checkers accept the code, so the walk below is the guard.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMPILED = sorted((ROOT / "bot" / "core" / "deadlines").glob("*.py"))


def clashes(source: str) -> list[str]:
    """Each function of `source` whose `except ... as NAME` clauses bind one name to
    exception types written differently: "function: name (TypeA, TypeB)"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        kinds: dict[str, set[str]] = {}
        for inner in ast.walk(node):
            if isinstance(inner, ast.ExceptHandler) and inner.name and inner.type is not None:
                kinds.setdefault(inner.name, set()).add(ast.unparse(inner.type))
        found += [
            f"{node.name}: {name} ({', '.join(sorted(types))})"
            for name, types in kinds.items()
            if len(types) > 1
        ]
    return found


def test_the_walk_finds_the_clash_that_crashed_the_build() -> None:
    source = (
        "def read(text):\n"
        "    try:\n"
        "        zone = trailing(text)\n"
        "    except BadZone as exc:\n"
        "        return unknown(exc)\n"
        "    except local_times.NoPlace as exc:\n"
        "        return str(exc)\n"
    )
    assert clashes(source) == ["read: exc (BadZone, local_times.NoPlace)"]


def test_one_type_per_name_or_names_apart_pass() -> None:
    source = (
        "def read(text):\n"
        "    try:\n"
        "        zone = trailing(text)\n"
        "    except BadZone as exc:\n"
        "        return unknown(exc)\n"
        "    except local_times.NoPlace as no_place:\n"
        "        return str(no_place)\n"
        "    try:\n"
        "        again(text)\n"
        "    except BadZone as exc:\n"
        "        return unknown(exc)\n"
    )
    assert clashes(source) == []


def test_the_parser_sources_were_found() -> None:
    assert len(COMPILED) > 100  # the glob found the package, so the check below means something


@pytest.mark.parametrize("path", COMPILED, ids=lambda p: p.name)
def test_no_exception_name_holds_two_types(path: Path) -> None:
    assert clashes(path.read_text(encoding="utf-8")) == []
