"""Issue 12, stop 57 (tune12c): durations, hedges and figures of speech. Each rule is shown
with sentences of our own making, then the development sets' own cases. Said on Wednesday
2 December 2026 at 10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.reading import check_set_case, refusal
from tests.core.reading import due as _due
from tests.data.deadlines.relabels import cases_of, conventional


def _no_deadline_in_set(module: str, opening: str) -> None:
    """A development case labelled with no deadline (whatever its refusal word) reads so."""
    case = next(c for c in conventional(module, cases_of(module)) if c.text.startswith(opening))
    assert case.due is None
    said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
    got = interpret_deadline(case.text, said, case.tz, day_first=case.day_first)
    assert not isinstance(got, Deadline), got


# -- 1. a length told of an act the speaker only weighs under "would": no deadline -------


@pytest.mark.parametrize(
    "text",
    [
        "The licence, if granted, would allow the company to operate the site for 10 years.",
        "These proposals, if they were accepted, would have a heavy cost in the coming years.",
        "In a normal case, that would take over a dozen years.",
        "It would be unrealistic to expect the bridge to open in less than three years.",
        "A second runway would cost the region dearly over the next decade.",
        # "could" and "might" with a verb of effect: a length weighed, no undertaking
        "That could take over a dozen years.",
        "A new runway might cost the region dearly over the next decade.",
    ],
)
def test_a_length_under_a_weighed_would_is_no_deadline(text: str) -> None:
    assert refusal(text) == "event"  # hypothetical.py: the length of a weighed act


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a report: what was undertaken, told from the saying
        ("The Minister said the report would be published within six weeks.", "2027-01-13 23:59"),
        ("She confirmed that the road would reopen within two weeks.", "2026-12-16 23:59"),
        # a wish: the speaker's own act ("I would ask that the Leader make time available
        # within two weeks", once here, asks it of another: no deadline since stop 58,
        # CONVENTIONS 4.3, test_deadline_tune12a_s58.py)
        ("I would rather like to have that Bill passed within a week.", "2026-12-09 23:59"),
        # the speaker's own side: a pledge on a condition
        ("If elected, we would scrap the tax within 100 days.", "2027-03-12 23:59"),
        ("A Labour government would abolish it within 100 days.", "2027-03-12 23:59"),
        # an agent's act under "would": a pledge (round 17 review)
        ("The council would repair the road within two weeks.", "2026-12-16 23:59"),
        # a polite "if ... would"
        ("If you would reply within ten days, I would be grateful.", "2026-12-12 23:59"),
        # another verb governs the span
        ("It would help, and we will finish within a month.", "2027-01-02 23:59"),
        # a trailing attribution reports it
        ("The report would be published within six weeks, the minister said.", "2027-01-13 23:59"),
        ("The road could reopen within two weeks, officials confirmed.", "2026-12-16 23:59"),
        # "could" with the act itself: the time it could happen in is the deadline (the
        # seed article's Merz pledge, tests/core/test_deadlines.py)
        ("The road could reopen within two weeks.", "2026-12-16 23:59"),
        ("The meeting could happen within two weeks.", "2026-12-16 23:59"),
        ("Talks might resume within a month.", "2027-01-02 23:59"),
    ],
)
def test_a_would_of_a_report_or_request_keeps_its_deadline(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh150", "The request, if granted, would authorize GEH"),
        ("kinds_real10", "I would rather like to have that Bill disposed of"),
    ],
)
def test_set_cases_of_weighed_lengths(module: str, opening: str) -> None:
    check_set_case(module, opening)


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        # labelled with no refusal word, or "earliest": no deadline either way
        ("blind_fresh153", "The agriculture aspects of Agenda 2000"),
        ("blind_fresh74", "In a normal case, that would take over a dozen years"),
        ("blind_fresh20", "It would be unrealistic to expect to start phase I"),
    ],
)
def test_set_cases_of_weighed_lengths_give_no_deadline(module: str, opening: str) -> None:
    _no_deadline_in_set(module, opening)
