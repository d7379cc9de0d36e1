"""Speaker rules of stop 44's tuner s (issue 13). The texts are paraphrases written for
the test, so that a regression names the rule."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import extract_pledges, same_speaker
from bot.core.extract.actors import is_actor
from bot.core.extract.members import member_heading, words_of

_PUBLISHED = datetime(2026, 6, 1, tzinfo=UTC)

_ANSWER = (
    "Written answers\n\n"
    "Department of the Premier\n\n"
    "Harbour Visits\n\n"
    "{asker}\n\n"
    "Question 12: To ask the Premier his planned engagements abroad; and if he will make a "
    "statement on the matter.\n\n"
    "{answerer}\n\n"
    "The programme for my visit has yet to be finalised. However, I expect to meet the "
    "Harbour Board of Lisbon in the course of my visit.\n\n"
    "The Minister of State at my Department, Deputy Kerr, is to travel to Oslo."
)


@pytest.mark.parametrize(
    ("asker", "answerer", "name"),
    [
        (
            "Jack Dunne (Galway West, Labour)",
            "Brendan Horan (Cork Central, Fianna Fail)",
            "Brendan Horan",
        ),
        ("1. Jack Dunne (Galway West) (Lab):", "Brendan Horan:", "Brendan Horan"),
        (
            "Jack Dunne Shadow Minister (Harbours and Ports) 11:30, 1 June 2026",
            "Brendan Horan The Premier, Leader of the Harbour Party",
            "Brendan Horan",
        ),
        (
            "Jack Dunne Labour, Galway West",
            "Brendan Horan Social Democratic Party",
            "Brendan Horan",
        ),
        (
            "Jack Dunne (Galway West) (Lab)",
            "The Premier and Minister for Harbours (Brendan Horan):",
            "Brendan Horan",
        ),
    ],
)
def test_member_heading_speaks_the_answer(asker: str, answerer: str, name: str) -> None:
    text = _ANSWER.format(asker=asker, answerer=answerer)
    found = [c for c in extract_pledges(text, _PUBLISHED) if "I expect to meet" in c.quote]
    assert found and same_speaker(found[0].speaker, name)


@pytest.mark.parametrize(
    "heading",
    [
        "Energy Markets (Competition)",
        "Broads Authority Bill (By Order)",
        "Meeting Venue:",
        "Dear Harbour Masters:",
        "Leeds City Council Bill (By Order)",
        "Committee Staff:",
        "Ivory Coast Leader Promises Election by Year End",
        "Keir Starmer Labour Government to cap rents",
    ],
)
def test_a_topic_heading_names_no_member(heading: str) -> None:
    text = (
        f"{heading}\n\nThe bill was read, and energy markets met at the venue. The authority sat."
    )
    assert member_heading(heading, words_of(text)) is None


@pytest.mark.parametrize(
    "word",
    ["Enrollment", "Registration", "Admission", "Having", "Following", "Training", "Planning"],
)
def test_an_act_or_a_participle_is_no_actor(word: str) -> None:
    assert not is_actor(word, "A short notice.")


@pytest.mark.parametrize("word", ["Parliament", "Clement", "Kerr", "Beijing", "Fleming", "Ewing"])
def test_a_body_or_a_name_stays_an_actor(word: str) -> None:
    assert is_actor(word, "A short notice.")


_NOTICE = (
    "Harbour Disaster Assistance Sign-up Opens\n\n"
    "The Harbour Agency today announced sign-up dates for its disaster programmes. "
    "Enrollment begins on 15 June 2026 for the Wharf Assistance Programme."
)


def test_an_impersonal_act_is_the_issuers() -> None:
    found = [c for c in extract_pledges(_NOTICE, _PUBLISHED) if "Enrollment" in c.quote]
    assert found and same_speaker(found[0].speaker, "the Harbour Agency")
