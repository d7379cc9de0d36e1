"""Stop 60 (issue 12): silent misreadings of fresh169-173's first run, each a wrong date given
with no warning. Sentences of our own making first (guards beside them), then the sets' own
cases. Said on Wednesday 2 December 2026 at 10:00, London time, unless a test says otherwise."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due

# -- 1. close of business written with full stops (vocabulary, readers) --------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Please reply by C.O.B. Friday 4 December.", "2026-12-04 17:00"),
        ("Please reply by C.O.B. on 4 December.", "2026-12-04 17:00"),
        ("Please reply by c.o.b. tomorrow.", "2026-12-03 17:00"),
        ("Comments are due by E.O.B. Friday.", "2026-12-04 17:00"),
        ("Send the figures by C.O.B.", "2026-12-02 17:00"),
        # guards: the spelled-out forms, and "C.O.D." (cash on delivery) is no time
        ("Please reply by close of business on Friday.", "2026-12-04 17:00"),
        ("The C.O.D. parcel will arrive on 4 December.", "2026-12-04 23:59"),
    ],
)
def test_dotted_close_of_business(text: str, want: str) -> None:
    assert due(text) == want


# -- 5. the sets' own cases ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        (
            "blind_fresh169",
            "Those of you who are attending the NHTSA Public Meeting should contact",
        ),
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)
