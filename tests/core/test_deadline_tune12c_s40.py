"""Stop 40, tuner c (issue 12): the business of a House. Rule "the business's own time"
(business_for.py): a time that names the business or programme beside it ("the business
for next week", "next Tuesday's business") is not a time of the sentence's act, unless the
sentence states that business ("The business for next week will be:"). Sentences of our
own making first (with guards that must not change), then the sets' own cases. Said on
Wednesday 2 December 2026 at 10:00, London time."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "Will the Leader of the House give us the business for next week?",
        "The business for Friday will be announced later.",
        "Can the Minister set out the programme for next week?",
        "I call on the Chief Whip to propose the arrangements for this evening's business.",
        "The motion sets out a revision to next Tuesday’s business.",
    ],
)
def test_a_time_that_names_the_business_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


def test_the_act_keeps_its_own_time() -> None:
    # the business's times, listed, are dropped; the announcing's "tomorrow" is read
    text = (
        "I shall announce the remaining business for next week and the following Monday, tomorrow."
    )
    assert due(text) == "2026-12-03 23:59"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: the sentence states the business, or the time is not the business's
        ("The business for next week will be as follows:", "2026-12-13 23:59"),
        ("The business for next week will include the Finance Bill.", "2026-12-13 23:59"),
        ("Thursday's business shall be the Finance Bill.", "2026-12-03 23:59"),
        (
            "It is proposed in regard to tomorrow's business that the House shall sit later.",
            "2026-12-03 23:59",
        ),
        ("We will publish the programme on Friday.", "2026-12-04 23:59"),
        ("The centre will close for business on Friday.", "2026-12-04 23:59"),
        ("Bids are due by close of business Friday.", "2026-12-04 17:00"),
    ],
)
def test_stated_business_and_other_times_read_as_before(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("kinds_real20", "Will the Leader of the House give us the business for next week?"),
        ("blind_fresh72", "The business for Friday will be announced later."),
        ("blind_fresh18", "I shall announce the remaining business for next week"),
        # a Scottish Parliament case of blind_fresh65 was here: removed by the stop-50 licence audit
        ("blind_fresh25", "Hon MICHAEL WOODHOUSE (National): I thank the Leader"),
        ("blind_fresh72", "I call on the Government Chief Whip, Deputy Dara Calleary"),
        # guards from the sets: the business stated
        ("kinds_real20", "The business for next week is as follows:"),
        ("kinds_real14", "It is proposed in regard to tomorrow's business"),
        ("blind_fresh22", "Wednesday’s business shall be No. 22"),
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)
