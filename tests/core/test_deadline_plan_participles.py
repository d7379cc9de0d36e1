"""Issue 12: the participles of a plan or of a move to a new time ("scheduled", "expected",
"anticipated", "needed", "postponed", "extended" ...) are no past act of the date beside them.
Three places kept their own list of them (recent.py, cues.py, clauses.py), each missing some;
they now share one (vocabulary.PLAN_PARTICIPLES). Pinned here: the members a place lacked.

Said on Wednesday 2 December 2026 at 10:00 UTC on a UTC server.
"""

from __future__ import annotations

import pytest

from tests.core.test_deadline_kinds import due_of, refusal_of, utc

SAID = utc("2026-12-02 10:00:00")


# -- recent.py: a year-less date gone a few days ago is not made past by a plan participle ----


@pytest.mark.parametrize("participle", ["expected", "anticipated", "extended"])
def test_a_plan_participle_right_before_a_recent_date_leaves_it_ahead(participle: str) -> None:
    text = f"The final report, {participle} on 25 November, is with the Minister."
    assert refusal_of(text, "UTC", SAID) is None
    assert due_of(text, "UTC", SAID) == utc("2027-11-25 23:59:59")


def test_a_past_verb_right_before_a_recent_date_still_makes_it_past() -> None:
    assert (
        refusal_of("The final report, published on 25 November, is with the Minister.", "UTC", SAID)
        == "past"
    )


# -- cues.py: a range of years after a plan participle is no period measured ----------------


@pytest.mark.parametrize("participle", ["expected", "required", "anticipated", "needed"])
def test_a_plan_participle_before_a_range_of_years_keeps_its_end(participle: str) -> None:
    text = f"Investment {participle} from 2026 to 2030 is £5bn."
    assert due_of(text, "UTC", SAID) == utc("2030-12-31 23:59:59")


@pytest.mark.parametrize("participle", ["accumulated", "estimated"])
def test_a_measured_range_of_years_is_still_no_deadline(participle: str) -> None:
    assert (
        refusal_of(f"Emissions {participle} from 2026 to 2030 are large.", "UTC", SAID) == "event"
    )
