"""Readings of times that only a condition holds, tuned at stop 63 (issue 12, tuner t2):
each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from bot.core.deadlines import Deadline
from tests.core.reading import due, read


def dated(text: str) -> bool:
    return isinstance(read(text), Deadline)


# 1. A span of a condition's own act ("If the House sits until midnight ...", "If there is no
# reply within two months, the Commission may refer ...") is when that act would happen or
# end, which no one undertakes (CONVENTIONS 4.2): no deadline. A plain date in a condition
# was already read so ("If a limit is exceeded in 2008, ..."); "until" and "within" kept the
# date as a limit word's object, a silent misreading.


def test_a_span_inside_a_condition_of_its_own_act_is_no_deadline() -> None:
    assert not dated("If the House sits until 12 midnight they will be incommoded.")
    assert not dated("If the council keeps meeting till Friday, members will be exhausted.")
    assert not dated("If there is no satisfactory reply within two months, the Commission may act.")
    assert not dated("If the tenants receive no answer within 30 days, they can appeal.")
    assert not dated("If the storm continues until the weekend, the roads close.")


def test_a_condition_with_no_act_of_its_own_leaves_the_span_to_the_main_act() -> None:
    # "if possible", the speaker's own plan, the addressee, a guillotine's "not": as before
    assert due("If possible within two months we will report.") == "2027-02-02 23:59"
    assert dated("If we can finish within a week, the Bill goes to the Seanad.")
    assert dated("If you would reply within ten days, I would be grateful.")
    assert dated("If I get it running within a month, the work can start.")


def test_a_limit_by_a_date_in_a_condition_is_read_as_before() -> None:
    # "by" and "before" in a condition often hold the date the main act hangs on ("If the
    # bill passes by June, ..."); this rule leaves them
    assert dated("If the shipment arrives by Monday, we will be pleased.")
