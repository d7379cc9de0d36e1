"""Issue 13, stop 57 (helper r13: recall and speakers): "he" after a sentence whose
office of one is the subject of a later clause ("..., where the Minister will open ...")
stands for that office, not for someone named further back."""

from __future__ import annotations

from bot.core.extract import extract_pledges, same_speaker
from bot.core.extract.third_person import clause_office
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
