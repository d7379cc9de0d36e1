"""Issue 13, stop 57 (helper r13: recall and speakers): "he" after a sentence whose
office of one is the subject of a later clause ("..., where the Minister will open ...")
stands for that office, not for someone named further back."""

from __future__ import annotations

from bot.core.extract import extract_pledges, same_speaker
from bot.core.extract.third_person import clause_body, clause_office
from tests.core.extract_reading import PUBLISHED, UTC


def _speaker(text: str, words: str) -> str | None:
    for found in extract_pledges(text, PUBLISHED, UTC):
        if words in found.quote:
            return found.speaker
    raise AssertionError(f"no candidate for {words!r}")


_CALL = (
    "SENIOR OFFICIAL: Thanks, everyone. So let me give a short overview of the trip.\n\n"
    "First stop is Lisbon, where the Secretary will reaffirm the maritime partnership. "
    "He will then meet the Portuguese defence minister."
)


def test_he_stands_for_an_office_a_later_clause_names() -> None:
    speaker = _speaker(_CALL, "meet the Portuguese defence minister")
    assert same_speaker(speaker, "the Secretary"), speaker


def test_she_after_a_where_clause_office_in_a_release() -> None:
    text = (
        "Mayor Ana Ruiz welcomed the delegation on Monday.\n\n"
        "Its second stop is Porto, where the Prime Minister is due to tour the new harbour. "
        "She will also open a training centre for apprentices next week."
    )
    speaker = _speaker(text, "open a training centre")
    assert same_speaker(speaker, "the Prime Minister"), speaker


def test_only_an_office_of_one_is_read_as_a_clause_subject() -> None:
    assert clause_office("Porto, where the Secretary will meet") == "the Secretary"
    assert clause_office("Then the Commission will publish its report") is None
    assert clause_office("the Member States will decide") is None
    assert clause_office("where the visit is expected") is None


# An actor named as the subject of a later clause, for "it" and an impersonal sentence.


def test_it_stands_for_a_body_a_later_clause_names() -> None:
    text = (
        "The City Council met on Monday.\n\n"
        "The fare plan was approved in March, and the Transit Authority will publish the "
        "new fares. It will take effect on 1 June."
    )
    speaker = _speaker(text, "take effect on 1 June")
    assert same_speaker(speaker, "the Transit Authority"), speaker


def test_an_impersonal_schedule_after_a_body_s_clause_is_the_body_s() -> None:
    text = (
        "The Ministry of Finance met on Monday.\n\n"
        "Ballots were printed in March and the Electoral Board will count them in public. "
        "Initial results are expected within five days."
    )
    speaker = _speaker(text, "Initial results are expected")
    assert same_speaker(speaker, "the Electoral Board"), speaker


def test_a_receiver_or_the_speaker_s_side_is_no_clause_body() -> None:
    whole = "The Electoral Board and the Civil Aviation Authority"
    assert clause_body("and the Electoral Board will count them", whole) == "the Electoral Board"
    assert clause_body("the Civil Aviation Authority will receive the report", whole) is None
    assert clause_body("which the Aviation Minister and I will study", whole) is None
    assert clause_body("where the Secretary will speak", whole) is None  # an office: above
