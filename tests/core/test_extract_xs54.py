"""Speaker rules of stop 54's helper xs (issue 13): written answers. The texts are
paraphrases written for the test, so that a regression names the rule."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import extract_pledges

_PUBLISHED = datetime(2024, 5, 14, 12, tzinfo=UTC)


def _found(text: str) -> dict[str, str | None]:
    return {found.quote: found.speaker for found in extract_pledges(text, _PUBLISHED)}


_ANSWER = (
    "Coastal Walking Routes\n\n"
    "Dáil Éireann Debate, Tuesday - 14 May 2024\n\n"
    "Questions (311)\n\n"
    "Aoife Brennan\n\n"
    "Question:\n\n"
    "{number} Deputy Aoife Brennan asked the Minister for Rural and Community Development "
    "the status of the coastal walking routes plan; when same will be published; and if "
    "she will make a statement on the matter. [22010/24]\n\n"
    "View answer\n\n"
    "Written answers\n\n"
    "Early scoping work on the plan has been carried out by my Department. It is intended "
    "to appoint an advisory panel in the coming weeks to prepare the plan, with a view to "
    "its publication later this year."
)


def test_an_impersonal_answer_is_the_office_asked_not_the_member() -> None:
    found = _found(_ANSWER.format(number="311."))
    speakers = [who for quote, who in found.items() if quote.startswith("It is intended")]
    assert speakers == ["the Minister for Rural and Community Development"]


def test_a_question_numbered_without_a_stop_is_read_as_a_question() -> None:
    found = _found(_ANSWER.format(number="311"))
    assert not any("asked the Minister" in quote for quote in found)
    speakers = [who for quote, who in found.items() if quote.startswith("It is intended")]
    assert speakers == ["the Minister for Rural and Community Development"]


_SECTIONS = (
    "§ Jane MorrowTo ask the Secretary of State for Transport when he will publish the "
    "guidance on harbour grants. [51234]\n"
    "§ Mr. HallowayWe will publish the guidance shortly, inviting harbour authorities to "
    "apply by 30 June. Copies will be placed in the Library of the House."
)


def test_a_section_mark_opens_a_members_answer_without_a_blank_line() -> None:
    found = _found(_SECTIONS)
    assert not any(quote.startswith("§ Jane") for quote in found)
    speakers = {who for quote, who in found.items() if "publish the guidance" in quote}
    assert speakers == {"Halloway"}


_VISIT = (
    "Oskar Lind, Minister for Trade at the Ministry of Foreign Affairs, arrived in Lisbon "
    "today at the start of a two-day visit.\n\n"
    "In Lisbon, the Minister will meet the Secretary of State for Economy to discuss trade. "
    "He will meet Tourism Minister Rui Sardinha to discuss the summer season.\n\n"
    "The Minister will then travel on to Porto where he will visit the harbour. He will also "
    "take part in a business roundtable with the Porto Chamber of Commerce."
)


def test_a_minister_the_principal_meets_is_not_the_principal() -> None:
    found = _found(_VISIT)
    speakers = [who for quote, who in found.items() if "business roundtable" in quote]
    assert speakers and speakers[0] != "Rui Sardinha"
