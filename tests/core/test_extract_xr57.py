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
        assert found.speaker == "Seanad Éireann"  # the House's business (stop 67)
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


# -- "X has asked Y to act": Y is set to act (CONVENTIONS: commits others) -------------------

_RELEASE = "Office of the Vice President\n\nFor Immediate Release\n\n"


def test_the_president_asking_someone_to_travel_commits_the_one_asked() -> None:
    sentence = (
        "President Smith has asked the Vice President to travel to Kenya and Ghana on "
        "March 9, 2026."
    )
    found = _candidate(_RELEASE + sentence, "has asked the Vice President")
    assert found.doubt is None
    assert found.speaker in {"the Vice President", "Vice President"}
    assert found.deadline is not None and found.deadline.due.date() == date(2026, 3, 9)


def test_a_minister_asking_a_named_body_to_respond_commits_the_body() -> None:
    text = (
        "Written answers\n\nAs this is a service matter, I have asked the Health Service "
        "Executive to respond to the Deputy directly, as soon as possible.\n"
    )
    found = _candidate(text, "I have asked the Health Service Executive")
    assert found.speaker in {"the Health Service Executive", "Health Service Executive"}


def test_asking_in_other_forms_commits_no_one() -> None:
    for sentence in (
        "Reporters have asked the President to comment on the report.",
        "He has asked the Clerk whether the motion is in order.",
        "The minister has not asked the Board to act.",
        "Has the Minister asked the Health Service Executive to respond?",
    ):
        assert not [c for c in extract_pledges(sentence, PUBLISHED, UTC) if "asked" in c.quote]
