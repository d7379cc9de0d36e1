"""Issue 13, round 21 (stop 31, speaker): the first person of a transcript is the speaker
whose turn it is, named as the text names them; a time phrase, an addressee or a place
is never an actor; the candidate's confidence stays what it was. The texts are written
for the test.

Published on Tuesday 3 March 2026 at 12:00 UTC.
"""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from bot.core.extract.turns import find_turns, no_actor, places_named
from tests.core.test_extract_round19_s20 import _found  # published 3 March 2026, 12:00 UTC

# -- turn labels -------------------------------------------------------------------------

_MINISTER = (
    "Press Conferences\n\nPress Conference by Trade Minister HANA Rika\n\nOpening Remarks\n\n"
    "Ms. HANA Rika, Minister for Trade: From March 9 to 12, I will be visiting Chile and "
    "Peru.\n\n"
    "I will hold talks with Trade Minister Oyarzun Pablo in Santiago. I will also sign a "
    "customs agreement in Lima on March 11.\n\n"
    "Minister Hana: Next, I will announce a grant of USD 2 million for flood relief by the "
    "end of March.\n\n"
    "QUESTION: Will you raise the tariff dispute?\n\n"
    "Minister Hana: I will raise it with each minister.\n"
)


@pytest.mark.parametrize(
    ("key", "confidence"),
    [
        ("I will be visiting Chile", 0.65),  # the label was read as no one's
        ("sign a customs agreement", 0.7),  # the guest named in the sentence before
        # A turn labelled by title and surname: since round 26b a label like "MS. HANA:"
        # (the first person is the label's, not a guess), so scored as capitals are.
        ("announce a grant", 0.8),
    ],
)
def test_a_name_with_its_office_opens_a_turn(key: str, confidence: float) -> None:
    found = _found(_MINISTER, key)
    assert same_speaker(found.speaker, "HANA Rika"), found
    assert found.confidence == confidence  # as before: the name only changes


_PREMIER = (
    "Press conference - Dunmore\n\nTranscript\n\n"
    "ROSA MENDEZ, PREMIER: Good morning. The people of this state voted for change. "
    "We are ahead in the seats of Brannock, Tully and Orme. Tully will take some days. "
    "I intend to recommend the new cabinet to the Governor tomorrow at 10am.\n\n"
    "JOURNALIST: Premier, when will the budget come?\n\n"
    "ROSA MENDEZ, PREMIER: We will deliver the budget by June 2026.\n"
)


def test_capitals_with_an_office_after_a_comma_open_a_turn() -> None:
    found = _found(_PREMIER, "I intend to recommend")
    assert found.speaker == "Rosa Mendez", found  # not "Tully", a seat the text lists
    assert found.confidence == 0.65


def test_an_office_alone_is_the_principal_the_heading_names() -> None:
    text = (
        "Press Briefing by Prime Minister Oskar Lindqvist\n\n"
        "PRIME MINISTER: Thank you all. Yesterday Finance Minister Ada Berg met the unions. "
        "I will present the pension bill to Parliament by 30 April.\n\n"
        "QUESTION: And the railways?\n\n"
        "PRIME MINISTER: We will publish the rail plan next week.\n"
    )
    assert _found(text, "pension bill").speaker == "Oskar Lindqvist"
    assert _found(text, "rail plan").speaker == "Oskar Lindqvist"


def test_a_line_naming_an_office_and_its_holder_opens_a_turn() -> None:
    text = (
        "Meeting of the Assembly\n\nPriorities for Wessex\n\n"
        "The Presiding Officer (Nora Quill)\n\n"
        "The next item is a statement by Ewan Hale. You have up to 20 minutes, First "
        "Minister.\n\n"
        "The First Minister (Ewan Hale)\n\n"
        "I have been clear from the start that I intend to publish a new housing plan by the "
        "end of June 2026.\n"
    )
    found = _found(text, "housing plan")
    assert found.speaker == "Ewan Hale", found  # not "You", whom the chair addressed
    assert found.confidence == 0.65


def test_a_statement_under_one_speaker_s_heading_is_theirs() -> None:
    text = (
        "Statement by the First Minister on the floods\n\n"
        "Last Friday the river burst its banks in Dunmore and hundreds of homes were flooded. "
        "We will rebuild every damaged bridge by June 2027.\n"
    )
    found = _found(text, "rebuild every damaged bridge")
    assert found.speaker == "the First Minister", found  # not "Last Friday"
    assert found.confidence == 0.7


# -- what is a turn and what is not -------------------------------------------------------


def test_a_question_s_turn_is_marked_and_kickers_are_no_turns() -> None:
    turns, ends, single = find_turns(_MINISTER)
    speakers = [turn.speaker if turn else None for turn in turns]
    assert speakers[3] == "HANA Rika" and speakers[4] == "HANA Rika"
    assert turns[6] is not None and turns[6].asking
    assert single is None  # a question from the floor: not one speaker's statement
    for kicker in ("PRESS RELEASE : ", "PM call with President Lind: ", "Tuesday 9 April: "):
        turns, ends, _ = find_turns(kicker + "The Minister will visit Oslo on 4 May.\n")
        assert turns == [None] and ends == [0], kicker


def test_a_bare_name_is_a_turn_only_in_a_dialogue() -> None:
    alone = "Wire Photos: Pool only.\n\nThe Minister will visit Oslo on 4 May.\n"
    assert find_turns(alone)[0] == [None, None]
    dialogue = (
        "Anna Petrova: Good afternoon, colleagues.\n\n"
        "Oleg Sidorov: Thank you. I will report on the harvest by Friday.\n"
    )
    turns, _, _ = find_turns(dialogue)
    assert [turn.speaker if turn else None for turn in turns] == ["Anna Petrova", "Oleg Sidorov"]


# -- names that are no actor -------------------------------------------------------------


def test_time_phrases_addressees_and_listed_places_are_no_actors() -> None:
    places = places_named("We lead in the electorates of Bean, Calwell and Longman.")
    assert places == {"Bean", "Calwell", "Longman"}
    for name in ("Last Saturday", "This week", "You", "Calwell"):
        assert no_actor(name, places), name
    for name in ("This Government", "Rosa Mendez", "the Council"):
        assert not no_actor(name, places), name
