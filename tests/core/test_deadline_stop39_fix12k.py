"""Issue 12, stop 39 (fix12k): countdowns, starts, datelines, chosen days and events of others
(round D's first runs of fresh69-72).

- time said to be left ("Only one week remains for residents to register", "have 30 days
  left to sign up") was read as an amount of time: it is time left from now (countdown.py);
- a "not" in a relative clause ("Victims who have not applied ... have 30 days left")
  denied the time given by the main verb "have": that "have" is the main clause's own verb
  (negation_scope.py);
- "from the week of 13 January" and "Beginning with this month" give a start, not a
  deadline (told.from_week, heads.py; the start words of vocabulary.py);
- a dateline closed by a typed dash ("April 16, 2013  -- ") is the day of writing, and
  "avoid travelling this evening" denies that time (clauses.py);
- a day chosen for an event ("have selected Friday, April 18 for the next launch attempt")
  reads ahead whatever the tense of the choosing (chosen_day.py);
- an event's hours at a cathedral or church are its own (event_hours.py), and the years a
  schedule covers are its extent (idle_times.py).

Said on Wednesday 2 December 2026 at 10:00, London time (tests/core/reading.py).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.reading import check_set_case, due, read
from tests.data.deadlines.relabels import cases_of, conventional


def read_case(module: str, opening: str) -> object:
    """A seen set's case read at its own moment and zone (for cases labelled with no
    refusal kind, which `check_set_case` compares)."""
    case = next(c for c in conventional(module, cases_of(module)) if c.text.startswith(opening))
    said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
    return interpret_deadline(case.text, said, case.tz, day_first=case.day_first)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Only one week remains for residents to register for assistance.", "2026-12-09 23:59"),
        ("Only one week remains.", "2026-12-09 23:59"),
        ("Ten days remain for farmers to apply.", "2026-12-12 23:59"),
        ("Applicants have 30 days left to sign up.", "2027-01-01 23:59"),
        ("There are two weeks left in the consultation.", "2026-12-16 23:59"),
        # a dated day counted down to keeps its own reading
        ("10 days remain before the December 12 deadline.", "2026-12-12 23:59"),
        # the only span before: "only 8 days remaining" was read so already
        ("There are only 8 days remaining.", "2026-12-10 23:59"),
    ],
)
def test_countdown_is_time_left_from_now(text: str, when: str) -> None:
    assert due(text)[:16] == when


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks left him exhausted.",  # "left" with an object: a past verb
        "There will be two weeks left after the recess.",  # counted from an undated event
        "There are 42 days left before the recess.",  # an amount until an undated event
        "one week between now and the recess",  # an amount still
    ],
)
def test_not_a_countdown(text: str) -> None:
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Victims who have not applied for assistance have 30 days left to sign up.",
            "2027-01-01 23:59",
        ),
        ("Those who have not applied have until 30 June 2027 to reapply.", "2027-06-30 22:59"),
        ("Staff who are not vaccinated have 14 days to get a jab.", "2026-12-16 23:59"),
    ],
)
def test_relative_not_stops_before_have(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "People who have not registered have not got 10 days to do it.",
        "They do not have 30 days to apply.",
    ],
)
def test_not_on_have_still_denies(text: str) -> None:
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh70", "Only one week remains for any Florida resident"),
        ("blind_fresh70", "Maryland disaster victims who have not applied"),
    ],
)
def test_seen_countdowns(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- starts: "from the week of <day>", "beginning with <period>" ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Links will be available here from the week of 14 December 2026.",
        "Registrations open starting the week of 14 December.",
        "Beginning with next month, the Bank will publish greater detail.",
        "Starting with the January issue, the magazine will cost more.",
    ],
)
def test_start_of_a_week_or_period_is_no_deadline(text: str) -> None:
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the week of a day without a start word still falls due at its Sunday
        ("Links will be available the week of 14 December 2026.", "2026-12-20 23:59"),
        ("The report will be out by the week of 14 December.", "2026-12-20 23:59"),
        ("The fund will close next month.", "2027-01-31 23:59"),
    ],
)
def test_week_and_period_without_a_start_word(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh71", "Beginning with this month, the Bank"),
    ],
)
def test_seen_starts(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- a typed dash after a dateline; "avoid <verb>ing" ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "December 2, 2026  -- The Minister today departed for Paris where he will meet leaders.",
        "December 2, 2026 -- The council will publish its plan.",
        "Police ask that all motorists avoid travelling this evening, unless necessary.",
        "Please refrain from parking on Elm Street on Sunday.",
    ],
)
def test_dateline_and_avoided_act_are_no_deadline(text: str) -> None:
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("December 2, 2026 -- The council will publish its plan by Friday.", "2026-12-04 23:59"),
        ("The vote is on December 10 -- and bids close then.", "2026-12-10 23:59"),
        ("To avoid penalties, file by 31 January.", "2027-01-31 23:59"),
        ("File by Friday to avoid a penalty.", "2026-12-04 23:59"),
        ("Avoid the rush and file your return by Friday.", "2026-12-04 23:59"),
        ("Motorists should avoid the area tomorrow.", "2026-12-03 23:59"),
    ],
)
def test_dash_and_avoid_keep_other_readings(text: str, when: str) -> None:
    assert due(text) == when


def test_seen_avoided_act() -> None:
    # labelled no time at all ('this evening' is in a call to motorists); read as denied
    text = "Heavy rain is currently affecting the Northland region and Police ask that all "
    text += "motorists avoid travelling this evening, unless absolutely necessary."
    assert not isinstance(read(text), Deadline)


# -- a day chosen for an event (chosen_day.py) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("NASA has selected Friday, December 11 for the next launch attempt.", "2026-12-11 23:59"),
        ("The committee fixed 12 January for the hearing.", "2027-01-12 23:59"),
        ("The board has set 14 December as the date of the vote.", "2026-12-14 23:59"),
        # "tomorrow" with a future after it, as before
        ("We wanted to note that tomorrow he will serve his last day.", "2026-12-03 23:59"),
    ],
)
def test_day_chosen_for_an_event_is_ahead(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "He was selected on 12 November for the team.",  # a preposition: when it happened
        "We celebrated 12 November as a holiday.",  # no verb of choosing
        "Work started on 12 November for the new plant.",
    ],
)
def test_day_of_a_past_act_stays_past(text: str) -> None:
    assert not isinstance(read(text), Deadline)


def test_seen_chosen_day() -> None:
    check_set_case("blind_fresh70", "The International Space Station Program and SpaceX")


# -- an event's hours at a venue; the extent a thing covers --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony will take place at 11 a.m. at Westminster Abbey.",
        "The memorial ceremony will begin at 2 p.m. at St. Mary's Church.",
        "The schedule covers 2027 and the first half of 2028.",
        "The plan covers the period until 2030.",
    ],
)
def test_event_hours_and_extent_are_no_deadline(text: str) -> None:
    assert not isinstance(read(text), Deadline)


def test_an_extent_is_refused_with_a_reason_that_says_so() -> None:
    # shown to the member who typed these words as a deadline: not "denied or dropped"
    found = read("The schedule covers 2027 and the first half of 2028.")
    assert found is not None and not isinstance(found, Deadline)
    assert found.kind == "no_act"
    assert "reaches" in found.reason and "denied" not in found.reason


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The ceremony will begin at 2:30 p.m. EST.", "2026-12-02 19:30"),
        (
            "The service will take place at 11 a.m. on Friday at St. Paul's Cathedral.",
            "2026-12-04 11:00",
        ),
        (
            "Comments on the topics to be covered at the workshop are due until 15 January 2027.",
            "2027-01-15 23:59",
        ),
        ("The grant covers costs incurred by 31 March 2027.", "2027-03-31 22:59"),
        ("We will cover the topic by Friday.", "2026-12-04 23:59"),
    ],
)
def test_hours_with_a_day_and_other_covers_stay(text: str, when: str) -> None:
    assert due(text) == when


# (the set's case of event hours, a Reserve Bank of New Zealand item, was removed from
# blind_fresh71 by the licence audit of stop 48)
