"""Issue 13, stop 62 (helper f2): wrong speakers and false candidates, blind146-147 misses."""

from __future__ import annotations

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
