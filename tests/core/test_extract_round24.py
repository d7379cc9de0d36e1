"""Issue 13, round 24: commitments reported as given, a declaration's "we", and what a
declaration professes, a plan brings to people or a chair says to run a sitting
(`declarations`).

The texts are written for the test (the kinds come from blind34's misses and false
candidates), so that a regression names the rule; the contrasts name what each rule must
leave alone.
"""

from __future__ import annotations

from bot.core.extract import same_speaker
from bot.core.extract.declarations import declared_makers
from tests.core.releases import found as _found
from tests.core.releases import listed as _listed
from tests.core.releases import quoted as _quoted

# -- a commitment reported as given ------------------------------------------------------

DEBATE = (
    "Lord Marlow (Conservative)\n\n"
    "My Lords, the amendment raises a fair point about the records. My noble friend "
    "has given an undertaking to review the guidance on archived files. I understand "
    "that she has also given a commitment, as she did in Committee, to consult the "
    "librarians. Report Stage guidance is brief on this. She will do so."
)


def test_a_commitment_given_is_proposed() -> None:
    found = _found(DEBATE)
    assert _quoted(found, "has given an undertaking to review") is not None
    assert _quoted(found, "as she did in Committee, to consult") is not None


def test_a_stage_of_a_bill_is_never_the_she_of_the_next_sentence() -> None:
    text = DEBATE.replace("Report Stage guidance", "Third Reading guidance")
    done = _quoted(_found(text), "She will do so.")
    assert done is not None
    assert not same_speaker(done.speaker, "Third Reading")


def test_a_commitment_someone_else_gave_in_the_past_still_reads_as_past() -> None:
    text = "The council said in 2019 that it had given a commitment to rebuild the pier."
    assert _quoted(_found(text), "rebuild the pier") is None


# -- a declaration's "we" ----------------------------------------------------------------

DECLARATION = (
    "Coastal Summit Declaration\n\n"
    "We, the leaders of the Coastal Forum, met in Porthaven on 2 and 3 March 2026. We "
    "remain bound together as a group by our common values.\n\n"
    "We pledge to jointly restore the fishing grounds by 2030."
)


def test_the_we_of_a_declaration_is_its_makers() -> None:
    assert declared_makers(DECLARATION) == "the leaders of the Coastal Forum"
    pledge = _quoted(_found(DECLARATION), "We pledge to jointly restore")
    assert pledge is not None
    assert same_speaker(pledge.speaker, "the leaders of the Coastal Forum")


def test_a_numbered_opening_with_a_list_of_leaders_names_them_all() -> None:
    text = (
        "1. We, the Leaders of Norland, Suderia, the Eastern Isles and the President of "
        "the Council, met in Porthaven."
    )
    assert declared_makers(text) == (
        "the Leaders of Norland, Suderia, the Eastern Isles and the President of the Council"
    )


def test_an_unnamed_we_names_no_makers() -> None:
    assert declared_makers("We, the undersigned, call for action.") is None


# -- what a declaration professes ----------------------------------------------------------


def test_values_professed_and_risks_told_are_only_maybe() -> None:
    text = (
        DECLARATION + "\n\nWe are deeply committed to the values of openness and the rule "
        "of law. Inflation has eased, but risks remain which will need to be watched "
        "closely. For decades, our collective will has been a powerful force for good."
    )
    found = _found(text)
    for words in ("committed to the values", "need to be watched", "collective will"):
        assert _quoted(found, words) is None, words
    listed = _listed(text)
    assert _quoted(listed, "committed to the values") is not None  # still one click away


def test_a_commitment_to_an_act_stays() -> None:
    text = DECLARATION + "\n\nWe are committed to publishing the catch figures by June."
    assert _quoted(_found(text), "committed to publishing") is not None


# -- what a plan brings to people -----------------------------------------------------------

CLINICS = (
    "Residents of four coastal towns will have easier access to dental care under a "
    "Harbour Health Board plan to open six clinics. The Harbour Health Board will open "
    "six clinics in the towns by June. \u201cThese clinics will bring that care closer to "
    "families,\u201d said chair Ann Roe."
)


def test_what_a_plan_brings_to_people_is_only_maybe() -> None:
    found = _found(CLINICS)
    assert _quoted(found, "easier access") is None
    assert _quoted(found, "bring that care closer") is None
    assert _quoted(found, "will open six clinics") is not None
    assert _quoted(_listed(CLINICS), "easier access") is not None


# -- the running of a sitting ---------------------------------------------------------------

SITTING = (
    "Good afternoon. We will begin question time shortly, but before we do, the Minister "
    "will give an update on the floods.\n\n"
    "I will give a short update on the figures. Some 40 homes were flooded yesterday.\n\n"
    "We will publish the flood review by 30 April."
)


def test_a_chairs_running_order_is_only_maybe() -> None:
    found = _found(SITTING)
    assert _quoted(found, "begin question time") is None
    assert _quoted(found, "short update on the figures") is None
    assert _quoted(found, "publish the flood review") is not None
