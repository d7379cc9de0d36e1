"""The extractor is one class built from many mixins (bot/core/extract/extractor.py). Two
mixins that both define a method of the same name do not clash loudly: the one earlier in
the method resolution order wins and the other is never called. In stop 57 a helper's new
`_reader` shadowed `business.py`'s and cost about 15 speakers in every split before it was
noticed. A mixin may declare a method another provides (a stub that raises
NotImplementedError); only one mixin may give it a body."""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections import defaultdict
from collections.abc import Callable

from bot.core.extract.extractor import Extractor


def _is_stub(function: Callable[..., object]) -> bool:
    """Whether the function's body (after its docstring) only raises NotImplementedError."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    body = tree.body[0].body  # type: ignore[attr-defined]
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    if len(body) != 1 or not isinstance(body[0], ast.Raise) or body[0].exc is None:
        return False
    raised = body[0].exc
    name = raised.func if isinstance(raised, ast.Call) else raised
    return isinstance(name, ast.Name) and name.id == "NotImplementedError"


def _bodies() -> dict[str, list[str]]:
    """Each method name of the mixins with the mixins that give it a body."""
    found: dict[str, list[str]] = defaultdict(list)
    for base in Extractor.__mro__[1:]:
        if base is object:
            continue
        for name, value in vars(base).items():
            if name.startswith("__") or not inspect.isfunction(value):
                continue
            if not _is_stub(value):
                found[name].append(base.__name__)
    return found


def test_no_method_has_a_body_in_two_mixins() -> None:
    clashes = {name: owners for name, owners in _bodies().items() if len(owners) > 1}
    assert clashes == {}


def test_the_stub_check_tells_a_stub_from_a_body() -> None:
    class Stubbed:
        def _voice(self) -> str | None:
            """Given by another mixin."""
            raise NotImplementedError

        def _reader(self) -> str | None:
            return None

    assert _is_stub(Stubbed._voice)
    assert not _is_stub(Stubbed._reader)
