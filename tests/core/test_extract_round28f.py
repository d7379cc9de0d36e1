"""Issue 13, round 28f: whose a future is when "and" joins it to a named person's clause
(`issuers`), in a body's release.

The texts are written for the test (the kinds come from blind46's and blind48's wrong
speakers), so that a regression names the rule; the contrasts name what each rule must
leave alone.
"""

from __future__ import annotations

from tests.core.releases import found, quoted

# A government's release: the body that issues it ("the Government") is the text's.
RELEASE = (
    "The Government has sent a relief team to Tonga after the cyclone. The Government "
    "will fund shelter and water for the islands, and the Government is working with "
    "local agencies. Trade Minister Ana Folau said the response was under way. "
)


def test_joined_verb_is_the_named_persons() -> None:
    text = (
        RELEASE + "Ms Folau landed in Nuku'alofa yesterday and has arranged talks with island "
        "leaders tomorrow."
    )
    talks = quoted(found(text), "arranged talks")
    assert talks is not None and talks.speaker is not None, found(text)
    assert "Folau" in talks.speaker


def test_joined_will_is_the_named_persons() -> None:
    text = (
        RELEASE
        + "Ms Folau arrived in Vava'u on Monday and will also open a clinic there on Friday."
    )
    clinic = quoted(found(text), "open a clinic")
    assert clinic is not None and clinic.speaker is not None, found(text)
    assert "Folau" in clinic.speaker


def test_subjectless_future_without_a_joined_clause_stays_the_bodys() -> None:
    text = RELEASE + "Further supplies will be flown in on Friday."
    supplies = quoted(found(text), "flown in")
    assert supplies is not None and supplies.speaker == "the Government", found(text)


def test_a_joined_passive_is_no_act_of_the_clauses_subject() -> None:
    text = (
        RELEASE + "Supplies requested by Ms Folau arrived yesterday and will be distributed "
        "on Friday."
    )
    supplies = quoted(found(text), "distributed")
    assert supplies is not None and supplies.speaker == "the Government", found(text)


# -- an outing owned by "his"/"her": the visit of whom the pronoun stands for ----------


def test_his_visit_on_dates_is_the_travellers() -> None:
    text = (
        RELEASE + "Deputy Minister Sione Vea is touring the region this month. His visit to "
        "Fiji on 9-10 May will include meetings with the Government of Fiji."
    )
    meetings = quoted(found(text), "include meetings")
    assert meetings is not None and meetings.speaker is not None, found(text)
    assert "Vea" in meetings.speaker


def test_her_trip_is_the_travellers() -> None:
    text = (
        RELEASE + "Ms Folau is in Samoa this week. Her trip to Apia next week will include "
        "talks with the Government of Samoa."
    )
    talks = quoted(found(text), "include talks")
    assert talks is not None and talks.speaker is not None, found(text)
    assert "Folau" in talks.speaker


# -- the holder of a qualified office: not another office's holder ------------------


def test_the_trade_secretary_is_not_the_energy_secretary() -> None:
    text = (
        "Trade Secretary Amy Lane will visit Leeds and York next week. In Leeds, the Trade "
        "Secretary and Energy Secretary Ben Holt will open a new court. The Trade Secretary "
        "will also meet police chiefs. In York, she will give a speech on knife crime."
    )
    speech = quoted(found(text), "give a speech")
    assert speech is not None and speech.speaker == "Amy Lane", found(text)


def test_a_bare_title_still_takes_the_last_name_with_it() -> None:
    text = (
        "Health Secretary Ben Holt opened the ward on Monday. The Secretary will return to "
        "the hospital in March. She will then open the new clinic in April."
    )
    clinic = quoted(found(text), "open the new clinic")
    assert clinic is not None and clinic.speaker == "Ben Holt", found(text)


# -- "no hesitation in assuring": an affirmation, not a negation ---------------------


def test_no_hesitation_in_assuring_is_no_negation() -> None:
    text = (
        "Mr Speaker, I regret the error in the tables published on Monday. I have no "
        "hesitation in assuring the House that I will publish corrected tables by Friday."
    )
    tables = quoted(found(text), "publish corrected tables")
    assert tables is not None, found(text)


def test_a_negation_before_the_assurance_still_governs_it() -> None:
    text = (
        "Mr Speaker, I regret the error in the tables published on Monday. I can give no "
        "assurance to the House that I will publish corrected tables by Friday."
    )
    assert quoted(found(text), "publish corrected tables") is None, found(text)


# -- a quoted title opening a sentence: the names in it are no one --------------------


def test_names_in_a_quoted_title_are_not_people() -> None:
    text = (
        '"Ada Lovelace and the Engine: Two Centuries of Computing" opens on 3 October. The '
        "show will travel to other cities in the spring."
    )
    pledges = found(text)
    assert len(pledges) == 2, pledges  # the opening and the tour: no empty pass
    assert all(p.speaker is None or "Lovelace" not in p.speaker for p in pledges), pledges


def test_a_quoted_remark_still_names_its_speaker() -> None:
    text = '"Ada Lovelace will open the gallery," the curator said. She will open it on Monday.'
    opening = quoted(found(text), "open it on Monday")
    assert opening is not None and opening.speaker == "Ada Lovelace", found(text)
