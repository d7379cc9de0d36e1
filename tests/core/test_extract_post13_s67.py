"""Issue 13, stop 67 (helper post13-s67): speakers of blind156/157's misses.

A Seanad's Order of Business whose copy names no reader is the Seanad's business, not the
Government's: the Seanad's Leader reads it, and the House sits to it (CONVENTIONS 3.3, the
body without a named person). The Dáil's stays the Government's. Texts published Monday
2 March 2026.
"""

from __future__ import annotations

from tests.core.extract_reading import candidate as _candidate

_ITEMS = (
    "No. 1, Adoption Bill 2026 - Second Stage, to be taken at 12.45 p.m. and adjourned not "
    "later than 2.15 p.m., with the contributions of group spokespersons not to exceed eight "
    "minutes and those of all other Senators not to exceed five minutes; and No. 2, "
    "statements on childhood obesity, to be taken at 2.30 p.m. and to conclude not later than "
    "4 p.m."
)


def test_a_seanad_order_that_names_no_reader_is_the_seanads() -> None:
    text = f"Order of Business\n\nThe Order of Business is {_ITEMS}\n"
    for key in ("No. 1, Adoption Bill", "No. 2, statements on childhood obesity"):
        assert _candidate(text, key).speaker == "Seanad Éireann"


def test_a_seanad_debate_heading_makes_the_order_the_seanads() -> None:
    text = (
        "Seanad Éireann debate -\n\nOrder of Business\n\nThe Order of Business is No. 1, "
        "Planning Bill 2026 - Committee Stage, to be taken at 12.45 p.m., to adjourn at 4 p.m.\n"
    )
    assert _candidate(text, "No. 1, Planning Bill").speaker == "Seanad Éireann"


def test_a_dail_order_that_names_no_reader_stays_the_governments() -> None:
    text = (
        "Dáil Éireann debate -\n\nOrder of Business\n\nIt is proposed to take No. 10, motion "
        "re referral to committee, to be taken at 2 p.m., with the contributions of Deputies "
        "not to exceed five minutes.\n"
    )
    assert _candidate(text, "It is proposed to take No. 10").speaker == "the Government"


# -- "They agreed" after "X spoke to Y": both parties to the call ----------------------------


def test_they_after_a_call_are_both_parties_to_it() -> None:
    text = (
        "Press release\n\nPM call with President Anna Berg: 2 March 2026\n\n"
        "A Downing Street spokesperson said:\n\n"
        "The Prime Minister spoke to President Anna Berg of Norland today and congratulated "
        "her on the election result.\n\n"
        "They agreed to work together to build on the close partnership between our two "
        "countries.\n\nThey committed to continuing this collaboration in the face of global "
        "challenges.\n"
    )
    for key in ("They agreed to work together", "They committed to continuing"):
        assert _candidate(text, key).speaker == "the Prime Minister and President Anna Berg"


def test_a_day_after_met_is_no_party_to_the_meeting() -> None:
    # the lead's re-read: "met Monday with ..." names a day, not the one met
    from bot.core.extract.call_parties import call_pair

    assert call_pair("The Minister met Monday with growers.", "The Minister") is None
    assert call_pair("The Minister met January's delegates.", "The Minister") is None
    assert (
        call_pair("The Minister met President Ruto in Nairobi.", "The Minister")
        == "The Minister and President Ruto"
    )
