"""Issue 13, stop 57 (helper xr57): recall of business lines and notices.

The Seanad's Leader reads the day's business out as one long sentence of numbered items
("The Order of Business is No. 1, motion re ..., to be taken without debate ...; No. 2,
statements on ..., to be taken at 12.45 p.m. and to conclude not later than 2.15 p.m.; and
No. 3, ..."): each item is the House's scheduled business of its own (CONVENTIONS 1.3), and
a long Order (six items run past any sentence's length) is read all the same. Texts
published Monday 2 March 2026.
"""

from __future__ import annotations

from datetime import date

from bot.core.extract import extract_pledges
from tests.core.extract_reading import PUBLISHED, UTC
from tests.core.extract_reading import candidate as _candidate

_ITEMS = (
    "motion regarding the notification of a vacancy in Seanad Éireann arising from the "
    "resignation of a Senator, to be taken without debate on the conclusion of the Order of "
    "Business",
    "statements on coastal erosion, to be taken at 12.45 p.m. and to conclude not later than "
    "2.15 p.m., with the time allocated to group spokespersons not to exceed eight minutes, "
    "that to all other Senators not to exceed five minutes, and the Minister to be given not "
    "less than five minutes to reply to the debate",
    "statements on rural broadband, to be taken at 2.30 p.m. and to conclude not later than "
    "4 p.m., with the time allocated to group spokespersons not to exceed eight minutes, that "
    "to all other Senators not to exceed five minutes and the Minister to be given not less "
    "than five minutes to reply to the debate",
    "statements on foreign affairs, resumed, to be taken at 4 p.m. and to conclude not later "
    "than 5 p.m., with the Minister to be given not less than eight minutes to reply",
    "Private Members' business, Harbours (Amendment) Bill 2025 - Report Stage, to be taken at "
    "5 p.m. and to adjourn after two hours, if not previously concluded",
    "statements on the national development plan, to be taken at 7 p.m. and to adjourn not "
    "later than 8.30 p.m., with the time allocated to group spokespersons not to exceed eight "
    "minutes and the debate not to be concluded but adjourned",
)


def _order(items: tuple[str, ...]) -> str:
    numbered = [f"No. {n}, {item}" for n, item in enumerate(items, 1)]
    listed = "; ".join(numbered[:-1]) + "; and " + numbered[-1]
    return (
        f"Seanad debates\n\nOrder of Business\n\nThe Order of Business is {listed}.\n\nComments\n"
    )


def test_each_numbered_item_of_a_seanad_order_is_a_line_of_its_own() -> None:
    text = _order(_ITEMS[:3])
    for n, item in enumerate(_ITEMS[:3], 1):
        found = _candidate(text, f"No. {n}, {item[:40]}")
        assert found.doubt is None
        assert found.speaker == "the Government"
        assert f"No. {n + 1}," not in found.quote  # the next item is a line of its own


def test_a_long_order_of_six_items_is_read_all_the_same() -> None:
    text = _order(_ITEMS)
    assert len(text) > 1200
    for n, item in enumerate(_ITEMS, 1):
        assert _candidate(text, f"No. {n}, {item[:40]}").doubt is None


def test_an_item_falls_due_on_the_day_of_its_sitting() -> None:
    found = _candidate(_order(_ITEMS[:3]), "No. 2, statements on coastal erosion")
    assert found.deadline is not None
    assert found.deadline.due.date() == date(2026, 3, 2)


def test_numbered_items_outside_an_order_of_business_are_not_lines() -> None:
    text = (
        "Council minutes\n\nThe agenda is No. 1, minutes of the last meeting, to be taken "
        "first; No. 2, the budget, to be taken at 3 p.m.; and No. 3, any other business.\n"
    )
    assert not [c for c in extract_pledges(text, PUBLISHED, UTC) if "No. 2" in c.quote]
