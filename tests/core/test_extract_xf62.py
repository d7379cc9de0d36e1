"""Issue 13, stop 62 (helper f2): wrong speakers and false candidates, blind146-147 misses."""

from __future__ import annotations

from bot.core.extract import extract_pledges
from tests.core.extract_reading import PUBLISHED, UTC
from tests.core.extract_reading import candidate as _candidate


def test_a_partner_named_before_and_i_is_the_speaker_not_the_last_body() -> None:
    # "The Minister of State for Immigration, and I will represent the UK": the "I" of an
    # unsigned statement inherited the Council the sentence before named (speech.partner_and_i)
    text = (
        "The EU Justice and Home Affairs Council of Ministers will meet on 12 October in "
        "Luxembourg. The Minister of State for Immigration, and I will represent the UK "
        "for Justice day."
    )
    speaker = _candidate(text, "will represent the UK").speaker
    assert speaker is not None and speaker.endswith("Minister of State for Immigration")


def test_a_bracketed_name_before_and_i_is_the_speaker() -> None:
    text = (
        "The Justice and Home Affairs Council is due to be held on 26 April in Luxembourg. "
        "My Right Honourable Friend, the Lord Chancellor and Secretary of State for Justice "
        "(Kenneth Clarke MP) and I intend to attend on behalf of the United Kingdom."
    )
    assert _candidate(text, "intend to attend").speaker == "Kenneth Clarke"


def test_a_clause_before_and_i_names_no_partner() -> None:
    # "X will attend the justice day and I will attend the interior day": two clauses, so
    # "the justice day" is no partner of the "I"
    text = (
        "The Council will take place on 9 June in Luxembourg. The Minister for Immigration "
        "(James Brokenshire) will attend the justice day and I will attend the interior day."
    )
    speaker = _candidate(text, "attend the interior day").speaker
    assert speaker is None or "day" not in speaker


_COUNCIL = (
    "The EU Justice and Home Affairs Council of Ministers will meet on 12 and 13 October in "
    "Luxembourg. The Home Secretary will represent the UK for Interior day.\n\n"
)


def _shown(text: str) -> list[str]:
    return [found.quote for found in extract_pledges(text, PUBLISHED, UTC)]


def test_the_order_of_a_councils_agenda_is_not_a_pledge() -> None:
    # A pre-council statement's agenda told in order (CONVENTIONS 2.5): "Justice day will
    # begin with the adoption of", "This will be followed by a policy debate on", "Next
    # there will be an update on", "The next item will be", "The focus of this debate will
    # be on" name no actor's act (agenda_items.order_doubt)
    lines = [
        "Justice day (12 October) will begin with the adoption of the Council Regulation on "
        "the European Public Prosecutor’s Office.",
        "This will be followed by a policy debate on the proposed Regulation on freezing orders.",
        "Next there will be an update on the second generation Schengen Information System.",
        "The next item will be an exchange of views with the Director of the Agency.",
        "The focus of this debate will be on the threshold for taking fingerprints.",
        "As the provisional agenda stands, the following items will be discussed.",
        "The Council will begin in mixed committee with Norway, Iceland and Switzerland.",
    ]
    for line in lines:
        shown = _shown(_COUNCIL + line)
        assert not any(line[:30] in quote for quote in shown), line
        assert any("will represent the UK" in quote for quote in shown)


def test_a_named_actors_act_on_the_agenda_stays() -> None:
    # 2.5's exception: what a named actor will do at the Council
    text = _COUNCIL + (
        "The presidency will present a paper outlining progress in negotiations. "
        "The Immigration Minister will welcome progress on this dossier."
    )
    shown = _shown(text)
    assert any("will present a paper" in quote for quote in shown)


def test_a_photo_caption_is_no_antecedent_of_he() -> None:
    # A news page's photo captions ("FILE - French President X, right, speaks ...", a cut
    # "... of the World Health…") stand between paragraphs: "Next, he will travel" is still
    # the traveller's (captions.is_caption)
    text = (
        "Pompeo's first stop on his trip is Paris, where he will meet with President "
        "Emmanuel Macron and other officials.\n\n"
        "French President Emmanuel Macron, right, speaks with the Director General of the "
        "World Health…\n\n"
        "FILE - French President Emmanuel Macron, right, speaks with world leaders during a "
        "video conference in Paris, April 24, 2020.\n\n"
        "Next, he will travel to Istanbul, Turkey, to meet with Patriarch Bartholomew."
    )
    assert _candidate(text, "travel to Istanbul").speaker == "Pompeo"


def test_a_federal_register_addresses_label_is_no_speaker() -> None:
    # "ADDRESSES:" heads a notice's section like "DATES:" (actors.KICKER_WORDS)
    text = (
        "NATIONAL AERONAUTICS AND SPACE ADMINISTRATION\n\n"
        "SUMMARY: NASA announces a meeting of the NASA Advisory Council.\n\n"
        "ADDRESSES: On Tuesday, November 29, 2005, the meeting will be held at the Rayburn "
        "House Office Building."
    )
    speaker = _candidate(text, "the meeting will be held").speaker
    assert speaker is not None and "address" not in speaker.lower()
