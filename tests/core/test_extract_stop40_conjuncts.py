"""Issue 13, stop 40 (tuner a, precision): a verb joined by "and" to a doubted one shares
its subject, and so its doubt (`conjuncts`; CONVENTIONS 2.2, 2.5).

The texts are written for the test (the kind comes from the DEV splits' false
candidates: "The full Board meeting will begin at 8:00 am and will adjourn at about
5:00 pm"); the contrasts name what the rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import candidate, only_set_aside

CONTEXT = (
    "The Harbour Authority announced today that a public meeting of its board will be "
    "held on 12 March in Dunmore.\n\n"
)


def test_the_hours_of_a_meeting_told_by_two_verbs_are_set_aside() -> None:
    # the first verb's hours are a detail of the meeting announced; so are the second's
    only_set_aside(
        CONTEXT,
        "The board meeting will begin at 10:00 am and will adjourn at about 4:00 pm.",
        "describes",
    )


def test_a_joined_verb_with_a_date_of_its_own_stays() -> None:
    # "on 1 April" is the second verb's own time: a plan, not the first verb's description
    assert candidate(
        CONTEXT,
        "The new harbour scheme will cut paperwork for crews and will open to applicants "
        "on 1 April.",
    )


def test_a_verb_after_a_clause_of_its_own_stays() -> None:
    # "which" opens another clause: the verb after "and" is not the meeting's
    assert candidate(
        CONTEXT,
        "The Authority will publish the minutes, which the meeting will begin at 10:00 am "
        "to discuss, and will write to every crew by 20 March.",
    )
