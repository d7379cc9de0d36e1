"""Issue 13, round 27b: the running of a sitting, an event's programme, a list of what
bills will do, a bond pledged (`sitting`).

The texts are written for the test (the kinds come from blind38's and blind39's false
candidates), so that a regression names the rule; the contrasts name what each rule must
leave alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.core.releases import found, kept, listed, set_aside
from tests.core.releases import quoted as _quoted

PUBLISHED = datetime(2026, 5, 6, 9, 0, tzinfo=UTC)


def _set_aside(text: str, words: str) -> None:
    set_aside(text, words, PUBLISHED)


def _kept(text: str, words: str) -> None:
    kept(text, words, PUBLISHED)


# -- the running of a sitting ------------------------------------------------------------


def test_the_chairs_own_remarks_are_set_aside() -> None:
    text = (
        "The Speaker: I have a few matters to raise. Today, therefore, I will record a few points."
    )
    _set_aside(text, "record a few points")


def test_an_item_of_business_is_set_aside() -> None:
    text = "The first item this afternoon will be questions to the Minister for Health."
    _set_aside(text, "first item")


def test_leave_to_speak_is_set_aside() -> None:
    text = "The Lord Speaker: I will gladly give the noble Baroness the opportunity."
    _set_aside(text, "gladly give")


def test_what_a_question_is_for_is_set_aside() -> None:
    text = (
        "The purpose of my question is to find out whether the Government will publish the "
        "review this year."
    )
    _set_aside(text, "purpose of my question")


def test_a_ministers_own_act_in_a_sitting_stays() -> None:
    _kept("The Minister: I will make some changes to the scheme by June.", "make some changes")


# -- an event's programme ----------------------------------------------------------------


def test_what_an_event_will_feature_is_set_aside() -> None:
    text = "Harbourfest will feature the Navy band, a tall ship and a fireworks show."
    _set_aside(text, "will feature")


def test_what_visitors_will_enjoy_is_set_aside() -> None:
    text = (
        "Portside Fair returns on 3 June. Guests of the fair will also be able to see "
        "vintage tractors."
    )
    _set_aside(text, "able to see")


def test_who_joins_the_principal_is_set_aside() -> None:
    text = (
        "Secretary Hale will travel to Lagos on Monday. Joining Hale for the talks will be "
        "Federal Reserve Chairman Ann Cole and Trade Representative Tom Ward."
    )
    _set_aside(text, "Joining Hale")


def test_the_events_own_date_stays() -> None:
    text = "The council will hold the Harbourfest open day at the marina on 20 June."
    _kept(text, "on 20 June")


# -- lists and bonds ---------------------------------------------------------------------


def test_a_list_of_what_bills_will_do_is_set_aside() -> None:
    text = (
        "The Minister will visit Leeds. The programme of the Government is long. These include "
        "bills that will amend the Planning Acts and provide for faster appeals."
    )
    _set_aside(text, "amend the Planning Acts")


def test_a_commitment_to_strengthen_a_relationship_is_set_aside() -> None:
    text = (
        "The ministers expressed their commitment to deepen the close, long standing partnership."
    )
    _set_aside(text, "deepen the close")


def test_a_commitment_to_an_act_stays() -> None:
    text = "The ministers reaffirmed their commitment to open the new border crossing by May."
    _kept(text, "open the new border crossing")


# -- acts in hand, told without "will" ---------------------------------------------------


def test_a_sum_allocated_is_a_candidate() -> None:
    text = (
        "The Minister for Transport spoke after the meeting. £40 million has been allocated "
        "for new cycle lanes in the northern towns."
    )
    _kept(text, "allocated")


def test_a_package_announced_is_a_candidate() -> None:
    text = (
        "The Prime Minister spoke after Cabinet. Today we also announced a billion-dollar "
        "housing repair package for the flooded regions."
    )
    _kept(text, "housing repair package")


def test_a_document_being_prepared_is_listed() -> None:
    text = "The Minister answered. A workforce strategy for rural clinics is being prepared."
    aside = _quoted(listed(text, PUBLISHED), "is being prepared")
    assert aside is not None


def test_a_sum_spent_in_the_past_is_no_candidate() -> None:
    text = "In 2019, £40 million was spent on cycle lanes in the northern towns."
    assert _quoted(listed(text, PUBLISHED), "cycle lanes") is None


def test_a_readings_deferral_to_a_day_ahead_is_a_candidate() -> None:
    text = "Harbour Board Bill (By Order)\nSecond Reading deferred till Thursday next."
    deferral = _quoted(found(text, PUBLISHED), "deferred till Thursday")
    assert deferral is not None and deferral.deadline is not None
