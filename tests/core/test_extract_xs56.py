"""Issue 13, stop 56 (helper xs56): wrong speakers and junk candidates, blind134-135 misses."""

from __future__ import annotations

from tests.core.extract_reading import candidate as _candidate


def test_a_possessive_owner_of_a_final_stop_is_the_traveller() -> None:
    # "X's final stop will be in Kyiv": X travels, not "X's final stop" (moved.py, _OUTINGS)
    text = (
        "Deputy Minister Jane Okoro will visit Lagos on 4 March. "
        "Deputy Minister Okoro’s final stop will be in Abuja on 6 March to meet officials."
    )
    speaker = _candidate(text, "final stop will be in Abuja").speaker
    assert speaker is not None and "stop" not in speaker
    assert speaker.endswith("Okoro")


def test_he_is_not_a_country_named_as_the_subject_of_a_subordinate_clause() -> None:
    # "X's visit reiterates ... as Moldova continues": the sentence is not about Moldova, so
    # the "he" of the next one is the traveller (speaker_lookups._SUBORDINATE)
    text = (
        "Deputy Minister Jane Okoro will travel to Accra on 3 March to meet officials. "
        "Deputy Minister Okoro’s visit reiterates our support for reform as Ghana continues "
        "on its path of integration.\n\n"
        "She will then travel to Lome and will meet senior officials on 4 March."
    )
    assert _candidate(text, "then travel to Lome").speaker.endswith("Okoro")


def test_a_commission_named_only_in_bill_titles_is_not_the_issuer_of_an_order_of_business() -> None:
    # "Judicial Appointments Commission Bill" twice made "the Commission" the text's body
    # (text_issuer.dominant_body), the speaker of the Dáil's business lines
    text = (
        "Order of Business\n\n"
        "Tuesday’s business shall be No. 22, Judicial Appointments Commission Bill 2017 Report "
        "and Final Stages.\n\n"
        "Thursday’s business shall be No. 22, Judicial Appointments Commission Bill 2017 - "
        "Report and Final Stages (resumed)."
    )
    from bot.core.extract.text_issuer import dominant_body

    assert dominant_body(text) is None  # no body issues the text: the reader's or the Government's
    assert dominant_body("The Commission will report. The Commission will publish.") == (
        "the Commission"
    )


def test_private_members_business_is_an_item_of_business_not_a_speaker() -> None:
    # "Private Members’ business shall be ..." names no one (actors._NOT_ACTORS: business)
    text = (
        "Order of Business\n\n"
        "Tuesday’s business shall be No. 12, statements on housing. Private Members’ business "
        "shall be Second Stage of No. 43, Rents Bill 2018.\n\n"
        "Thursday’s business shall be No. 15, statements on direct provision."
    )
    speaker = _candidate(text, "Thursday’s business shall be").speaker
    assert speaker is None or "business" not in speaker.lower()


def test_a_notes_to_editors_heading_is_no_candidate() -> None:
    # a heading whose "to" takes a plural noun is no "X to act" headline (clauses.py)
    from bot.core.extract import extract_pledges
    from tests.core.extract_reading import PUBLISHED, UTC

    text = (
        "Minister Jane Roe said the talks were useful.\n\n"
        "Notes to editors\n\n"
        "The G7 countries are the United Kingdom, Canada and France."
    )
    found = extract_pledges(text, PUBLISHED, UTC, set_aside=True)
    assert not [c for c in found if "Notes to editors" in c.quote]
    assert _candidate("UK to cut tariffs by 2027\n\nMore follows.", "UK to cut").speaker == "UK"


def test_my_colleagues_and_i_is_the_speaker_not_the_house_or_a_committee() -> None:
    # "My party colleagues and I intend to table": that group (speech.colleagues_and_i)
    text = (
        "Order of Business\n\n"
        "The Seanad will not sit on Thursday next, 26 April, but will sit on Friday, 27 April.\n\n"
        "We discussed the changes with the Leader earlier. My party colleagues and I intend to "
        "table a number of amendments, including several new sections."
    )
    assert _candidate(text, "intend to table").speaker == "My party colleagues and I"
    text = (
        "The Committee wrote to me on 3 May. I can say that my Ministerial colleagues and I "
        "are committed to engaging with the Committee."
    )
    assert _candidate(text, "are committed").speaker == "my Ministerial colleagues and I"


def test_a_remarks_heading_names_the_speaker_without_ahead_of_the_event() -> None:
    # "Remarks by President Jane Roe ahead of the Digital Summit in Tallinn" (turns._HEADING)
    text = (
        "Remarks by President Jane Roe ahead of the Digital Summit in Tallinn\n\n"
        "Good morning. Yesterday we had a good debate. I will present this political agenda "
        "in two weeks time."
    )
    assert _candidate(text, "I will present").speaker == "President Jane Roe"


def test_questions_are_an_item_of_business_not_a_speaker() -> None:
    # "Questions will be taken at 3 p.m." in an order of business (actors._NOT_ACTORS)
    text = (
        "Order of Business.\n\n"
        "It is proposed to take business in the following order: Nos. 8, 9 and 10. "
        "Questions will be taken at 3 p.m.\n\n"
        "Would the Taoiseach say what arrangements have been made for next week?"
    )
    # the Taoiseach, who answers on the Order of Business, not the item "Questions"
    assert _candidate(text, "Questions will be taken").speaker == "the Taoiseach"


def test_a_kildarestreet_photo_heading_names_the_turns_speaker() -> None:
    # "Photo of Jim DalyJim Daly (Cork South West, Fine Gael) | Oireachtas source" opens
    # the member's turn (members._PHOTO)
    text = (
        "Order of Business\n\n"
        "Photo of Ann RoeAnn Roe (Cork South West, Fine Gael) | Oireachtas source\n\n"
        "Wednesday's business shall be No. 13a, statements on Northern Ireland.\n\n"
        "I will publish the report next week."
    )
    assert _candidate(text, "I will publish").speaker == "Ann Roe"
