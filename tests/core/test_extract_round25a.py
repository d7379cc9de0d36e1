"""Issue 13, round 25a: a rule's or an order's own dates (`in_force`), schedules moved or
kept, and plans told in the progressive.

The texts are written for the test (the kinds come from blind35's misses), so that a
regression names the rule; the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from bot.core.extract import Candidate, same_speaker
from bot.core.extract.in_force import agency_heading
from tests.core.releases import found as _found
from tests.core.releases import quoted as _quoted


def _due(candidate: Candidate | None) -> str | None:
    if candidate is None or candidate.deadline is None:
        return None
    return candidate.deadline.due.date().isoformat()


# -- a rule's or an order's own dates ----------------------------------------------------

NOTICE = (
    "AGENCY: Office of Coastal Permits (OCP), Department of Harbours.\n\n"
    "ACTION: Final rule.\n\n"
    "SUMMARY: This final rule sets the mooring fees for the northern basin. This "
    "notice temporarily postpones until June 2, 2026, the compliance date of the "
    "anchoring standards.\n\n"
    "DATES: This rule is effective May 1, 2026. The 2026 mooring measures are effective "
    "until superseded."
)


def test_a_date_of_effect_without_on_is_the_rules_date() -> None:
    found = _quoted(_found(NOTICE), "This rule is effective May 1, 2026.")
    assert found is not None
    assert _due(found) in {"2026-05-01", "2026-05-02"}


def test_a_measure_in_force_until_superseded_is_its_issuers_and_only_maybe() -> None:
    found = _quoted(_found(NOTICE), "effective until superseded")
    assert found is not None
    assert same_speaker(found.speaker, "Office of Coastal Permits")
    assert found.confidence < 0.6


def test_the_document_putting_a_date_off_is_a_dated_act() -> None:
    found = _quoted(_found(NOTICE), "temporarily postpones until June 2, 2026")
    assert found is not None
    assert _due(found) in {"2026-06-02", "2026-06-03"}


def test_the_agency_line_names_the_first_body() -> None:
    assert agency_heading(NOTICE) == "the Office of Coastal Permits"
    assert agency_heading("AGENCY:\n\nRiver Survey Service, Interior.\n") == (
        "the River Survey Service"
    )
    assert agency_heading("The agency said nothing.") is None


def test_a_body_continued_to_a_date_is_the_orders_act() -> None:
    text = (
        "By the authority vested in me as President, it is hereby ordered as follows: "
        "Each review board named below is continued until December 31, 2027."
    )
    found = _quoted(_found(text), "is continued until December 31, 2027")
    assert found is not None
    assert _due(found) in {"2027-12-31", "2028-01-01"}


def test_a_means_of_putting_a_date_off_is_dated() -> None:
    text = (
        "The Maritime Safety Bureau is amending its 2024 final rule on lifejackets by "
        "extending the compliance date for the rule from March 1, 2026, to March 1, 2028."
    )
    found = _quoted(_found(text), "by extending the compliance date")
    assert found is not None
    assert _due(found) in {"2028-03-01", "2028-03-02"}


def test_a_date_corrected_or_set_before_is_not_a_date_of_effect() -> None:
    text = (
        "The rule established an effective date of May 1, 2025. This document corrects "
        "the effective date of the amendment to March 4, 2026. The fee is effective "
        "enough, critics said."
    )
    assert _found(text) == []


# -- schedules moved or kept -------------------------------------------------------------

TRIPS = (
    "STATEMENT BY THE PRESS OFFICE\n\n"
    "The Chancellor's visit to Norway has been postponed to June 8-9. The trade "
    "meetings in Porto, Portugal and Malaga, Spain will go forward as scheduled during "
    "the week of June 15. The Chancellor's trips to Chile and Peru have been rescheduled "
    "to November 2-5."
)


def test_a_visit_moved_to_a_date_is_its_owners_schedule() -> None:
    found = _quoted(_found(TRIPS), "has been postponed to June 8-9")
    assert found is not None
    assert same_speaker(found.speaker, "the Chancellor")
    assert found.speaker is not None and not found.speaker.endswith("'s")
    assert _due(found) in {"2026-06-09", "2026-06-10"}


def test_trips_rescheduled_name_their_owner_not_the_last_country() -> None:
    found = _quoted(_found(TRIPS), "rescheduled to November 2-5")
    assert found is not None
    assert same_speaker(found.speaker, "the Chancellor")


def test_meetings_in_named_places_are_not_the_last_places() -> None:
    found = _quoted(_found(TRIPS), "will go forward as scheduled")
    assert found is not None
    assert not same_speaker(found.speaker, "Spain")
    assert not same_speaker(found.speaker, "Malaga")


def test_a_move_with_no_date_or_told_as_history_is_not_read() -> None:
    text = (
        "The Chancellor's visit to Norway has been postponed indefinitely. In 2019 the "
        "summit was postponed to March."
    )
    assert _found(text) == []


# -- plans told in the progressive ---------------------------------------------------------


def test_a_dated_plan_named_by_its_noun_is_proposed() -> None:
    text = "The county parks office is planning a controlled flood of the east meadow on Friday."
    found = _quoted(_found(text), "is planning a controlled flood")
    assert found is not None
    assert same_speaker(found.speaker, "The county parks office")


def test_an_undated_plan_in_the_progressive_is_not_proposed() -> None:
    text = "The county parks office is planning a new approach to the meadows."
    assert _found(text) == []
