"""A clock time later in the clause of a day with a named part ("this afternoon", "tonight"):
read apart, the part's end was chosen as the later end of a range and the time dropped with
no warning (issue 12, stop 55). Said on Wednesday 2 December 2026 at 10:00, London (UTC)."""

from __future__ import annotations

import pytest

from tests.core.reading import due, read


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("This afternoon we will vote at 4 p.m.", "2026-12-02 16:00"),
        ("Tonight we will vote at 10 p.m.", "2026-12-02 22:00"),
        ("This evening we will vote at 7 p.m.", "2026-12-02 19:00"),
        ("This morning we will vote at 11 a.m.", "2026-12-02 11:00"),
        ("Tomorrow evening the council will vote at 8:30 p.m.", "2026-12-03 20:30"),
        ("Friday afternoon we will vote at 4 p.m.", "2026-12-04 16:00"),
    ],
)
def test_a_clock_time_inside_the_named_part_of_the_day_is_that_time(text: str, want: str) -> None:
    assert due(text) == want


def test_the_clock_time_is_said_as_read() -> None:
    got = read("Tonight we will vote at 10 p.m.")
    assert got is not None and "10 p.m." in got.matched


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a time outside the part is not joined to it: today's reading stays as it was
        ("This morning we will vote at 4 p.m.", "2026-12-02 16:00"),
        ("Tonight we will vote", "2026-12-02 23:59"),
    ],
)
def test_a_clock_time_outside_the_part_is_not_joined(text: str, want: str) -> None:
    assert due(text) == want
