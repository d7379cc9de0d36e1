"""The size rules of the layout (README, "Where things are"): no module outside tests
over 700 lines and no function over 80, so that every room stays readable in one
sitting. The import walls between the rooms are checked by `make lint`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for room in ("bot", "cogs", "db") for p in (ROOT / room).rglob("*.py"))
MAX_MODULE_LINES = 700
MAX_FUNCTION_LINES = 80


def test_the_rooms_hold_code():
    assert len(SOURCES) > 30  # the glob found the tree, so the checks below mean something


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_and_function_sizes(path: Path):
    text = path.read_text(encoding="utf-8")
    lines = text.count("\n")
    assert lines <= MAX_MODULE_LINES, f"{lines} lines; split it along its sections"
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {', '.join(long)}"


def test_cogs_holds_extensions_and_private_helpers_only():
    for path in (ROOT / "cogs").glob("*.py"):
        if path.name.startswith("_"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.name for n in tree.body if isinstance(n, ast.AsyncFunctionDef)}
        assert "setup" in names, f"cogs/{path.name} is not an extension (no setup)"
