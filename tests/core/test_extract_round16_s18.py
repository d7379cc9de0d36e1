"""Issue 13, round 16 of stop 27: speakers of a department's own "we" (sentences of our
own making, one kind per test)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import Candidate, extract_pledges
from bot.core.extract.speakers import same_speaker

PUBLISHED = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)


def _found(text: str) -> list[Candidate]:
    return extract_pledges(text, PUBLISHED, "Europe/London")


def _holding(candidates: list[Candidate], words: str) -> Candidate:
    found = [candidate for candidate in candidates if words in candidate.quote]
    assert len(found) == 1, candidates
    return found[0]


def test_a_department_named_in_another_writer_s_heading_is_not_its_we() -> None:
    text = (
        "Charity Tax Group response to HMRC consultation on gift aid\n\n"
        "The HMRC proposals would change the claims process.\n\n"
        "We will respond to members by March 2027."
    )
    pledge = _holding(_found(text), "respond to members")
    assert not same_speaker(pledge.speaker, "HMRC"), pledge.speaker


def test_a_proclamation_s_ordered_flag_is_the_proclaimer_s_order() -> None:
    text = (
        "Proclamation on the Death of a Former Governor\n\n"
        "As a mark of respect, I hereby order, by the authority vested in me by the "
        "Constitution and the laws of the Republic, that the flag of the Republic shall be "
        "flown at half-staff upon all public buildings until sunset on the day of interment. "
        "I also direct that the flag shall be flown at half-staff for the same period at all "
        "embassies abroad.\n\n"
        "IN WITNESS WHEREOF, I have hereunto set my hand this fourth day of March.\n\n"
        "MARIA L. SANTOS"
    )
    found = _found(text)
    for words in ("upon all public buildings", "at all embassies abroad"):
        pledge = _holding(found, words)
        assert same_speaker(pledge.speaker, "Maria L. Santos"), (words, pledge.speaker)


def test_a_proclaimer_named_at_the_top_orders_what_follows() -> None:
    text = (
        "NOW, THEREFORE, I, JOHN Q. ADAMSON, President of the Republic, by virtue of the "
        "authority vested in me by the Constitution, do hereby order that the national "
        "archives shall be opened to the public on 1 June."
    )
    pledge = _holding(_found(text), "national archives")
    assert same_speaker(pledge.speaker, "John Q. Adamson"), pledge.speaker


def test_an_order_someone_else_reports_keeps_its_own_speaker() -> None:
    text = (
        "NOW, THEREFORE, I, JOHN Q. ADAMSON, President of the Republic, do hereby order "
        "that the archives shall be opened on 1 June. "
        'Councillor Ana Diaz said: "I direct that the park shall reopen on 1 June."'
    )
    pledge = _holding(_found(text), "park shall reopen")
    assert same_speaker(pledge.speaker, "Ana Diaz"), pledge.speaker


def test_a_parenthesis_between_subject_and_verb_is_passed_over() -> None:
    text = (
        "The two ministers, each on behalf of their own Side, shall sign the protocol "
        "by 30 June. The Presidents, for their part, will meet again in September."
    )
    found = _found(text)
    signing = _holding(found, "sign the protocol")
    assert same_speaker(signing.speaker, "The two ministers"), signing.speaker
    meeting = _holding(found, "meet again")
    assert same_speaker(meeting.speaker, "The Presidents"), meeting.speaker


BUSINESS = (
    "House of Lords Business\n\n"
    "Tuesday 4 March 2025 at 2.30pm\n\n"
    "*Oral Questions, 30 minutes\n\n"
    "*Baroness Ashdown of Kelso to ask His Majesty’s Government what steps they are taking "
    "to reduce waiting times for hearing tests.\n\n"
    "*The Earl of Wexcombe to ask His Majesty’s Government, in the light of recent floods, "
    "whether they will review river maintenance funding.\n\n"
    "Lord Fenwick of Alnmouth to ask His Majesty’s Government what assessment they have made "
    "of rural bus services. (Dinner break business, 1 hour)\n\n"
    "Mr Tom Reid (Dunmore): To ask the Secretary of State for Transport, what plans he has to "
    "improve rail services to Dunmore."
)


def test_a_business_paper_s_questions_are_the_members_scheduled_acts() -> None:
    found = _found(BUSINESS)
    for words, member in (
        ("Ashdown of Kelso to ask", "Baroness Ashdown of Kelso"),
        ("Earl of Wexcombe to ask", "The Earl of Wexcombe"),
        ("Fenwick of Alnmouth to ask", "Lord Fenwick of Alnmouth"),
        ("To ask the Secretary of State for Transport", "Mr Tom Reid"),
    ):
        question = _holding(found, words)
        assert same_speaker(question.speaker, member), (words, question.speaker)


def test_a_question_asked_or_wished_for_is_no_scheduled_question() -> None:
    text = (
        "Lord Fenwick asked His Majesty’s Government what assessment they had made of rural "
        "bus services. I beg to ask the Secretary of State whether he is aware of the delays. "
        "Residents want to ask the council what steps it is taking on potholes."
    )
    assert not [c for c in _found(text) if "ask" in c.promise.lower()]


def test_a_past_announcement_of_an_act_dated_ahead_is_a_pledge() -> None:
    text = (
        "On Monday 3 March 2025 we announced a new discount on rail fares for all apprentices "
        "from January 2026. The Council agreed a cap on the rents to be charged between 2027 "
        "and 2029."
    )
    found = _found(text)
    fares = _holding(found, "rail fares")
    assert fares.deadline is not None and fares.deadline.due.year == 2026
    rents = _holding(found, "cap on the rents")
    assert same_speaker(rents.speaker, "the Council"), rents.speaker


def test_a_commitment_named_as_a_noun_with_its_own_deadline_is_a_pledge() -> None:
    text = (
        "This is the next step in the Housing Plan commitment to build 20,000 homes by 2030. "
        "One of its key commitments is doubling the number of apprentices by 2029."
    )
    found = _found(text)
    assert _holding(found, "20,000 homes").deadline is not None
    assert _holding(found, "doubling the number of apprentices").deadline is not None


def test_an_announcement_framed_as_past_or_of_a_day_gone_stays_history() -> None:
    text = (
        "Two years ago, the Mayor announced a challenge to employers to hire 1,000 graduates "
        "by the end of 2026. The minister announced the amnesty Monday. The council announced "
        "a new grant in 2023."
    )
    assert not [c for c in _found(text) if "announced" in c.quote]


LATER = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def _later(text: str) -> list[Candidate]:
    return extract_pledges(text, LATER, "Europe/London")


def test_a_confirmed_forecast_or_a_dropped_commitment_is_no_pledge() -> None:
    for text in (
        "Astronomers confirmed the return of the comet in March 2061.",
        "The Met Office confirmed a heatwave from next Monday until 20 December.",
        "Analysts confirmed the forecast of a recession in the first half of 2027.",
        "The two clubs agreed a transfer fee of £40m for the striker, who joined in July "
        "and whose contract runs until June 2030.",
        "The government abandoned its commitment to double medical school places by 2031.",
        "Ministers scrapped the Labour commitment to building 300,000 homes a year by 2029.",
        "Critics say the commitment to reaching net zero by 2050 is unrealistic.",
    ):
        assert _later(text) == [], text


def test_a_named_commitment_s_speaker_is_no_bare_name_before_the_noun() -> None:
    text = "This is the next step in the Labour commitment to building 300,000 homes by 2029."
    for pledge in _later(text):
        assert pledge.speaker != "the Labour", pledge.speaker


def test_a_question_answered_in_the_same_text_or_told_in_prose_is_no_business() -> None:
    for text in (
        "Written Answers\n\nMr Tom Reid (Dunmore): To ask the Secretary of State for "
        "Transport, what plans he has to improve rail services to Dunmore.\n\n"
        "The Minister of State (Jane Cole): We are investing in new trains for the line.",
        "Lords Hansard\n\nLord Patel of Bradford to ask His Majesty’s Government what steps "
        "they are taking to reduce waiting lists.\n\nThe Minister replied that the "
        "Government are investing.",
        "Mr Jones to ask the Minister about potholes was the joke of the evening.",
        "Lady Macbeth to ask the Prime Minister, a play in two acts, opened last night.",
    ):
        assert not [c for c in _later(text) if "ask" in c.promise.lower()], text


def test_a_quoted_order_inside_a_proclamation_keeps_its_own_speaker() -> None:
    text = (
        "Proclamation on a Day of Mourning\n\n"
        "I hereby order that the flag shall be flown at half-staff on all public buildings "
        "until sunset on 30 December.\n\n"
        'Governor Mary Lee said: "I also direct that the state flag shall be flown at '
        'half-staff on Friday."\n\n'
        "IN WITNESS WHEREOF, I have hereunto set my hand this second day of December.\n\n"
        "JOHN Q. ADAMSON"
    )
    found = _later(text)
    own = _holding(found, "on all public buildings")
    assert same_speaker(own.speaker, "John Q. Adamson"), own.speaker
    quoted = _holding(found, "state flag")
    assert same_speaker(quoted.speaker, "Mary Lee"), quoted.speaker
