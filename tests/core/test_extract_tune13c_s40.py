"""Speaker rule of stop 40's tuner c (issue 13): a transcript label that names the
member in capitals with the seat or office in brackets ("Hon NAME (Office): ...", as New
Zealand's Hansard prints it) gives its paragraph's voice (`actors._SEATED_LABEL`). The
texts are paraphrases written for the test, so that a regression names the rule."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import extract_pledges, same_speaker
from bot.core.extract.actors import paragraph_label

_PUBLISHED = datetime(2026, 6, 1, tzinfo=UTC)

_STATEMENT = (
    "BUSINESS STATEMENT\n\n"
    "{label} Today, the House adjourns until Tuesday, 9 June. In that week, the House will "
    "consider the second reading of the Harbour Works Bill. Tuesday’s sitting will be "
    "extended into Wednesday morning.\n\n"
    "Hon MARA QUINT (Opposition): I thank the Leader of the House for that update. Is it "
    "not the Government’s intention to pass the Canal Bill?\n\n"
    "{label} No, the member can’t take that inference from that."
)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Hon CHRIS HIPKINS (Leader of the House):", "Chris Hipkins"),
        ("Rt Hon JOHN KEY (Prime Minister):", "John Key"),
        (
            "Hon LOUISE UPSTON (Minister for the Voluntary Sector) on behalf of the Leader "
            "of the House:",
            "Louise Upston",
        ),
    ],
)
def test_seated_label_speaks_its_paragraph(label: str, name: str) -> None:
    text = _STATEMENT.format(label=label)
    found = [c for c in extract_pledges(text, _PUBLISHED) if "extended" in c.quote]
    assert found and same_speaker(found[0].speaker, name)


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Hon KIERAN McANULTY (Labour): I thank the acting Leader.", "Kieran Mcanulty"),
        ("Secretary ANN VENEMAN (U.S. Department of Agriculture): We will.", "Ann Veneman"),
    ],
)
def test_seated_label_is_read(paragraph: str, name: str) -> None:
    label, end, question = paragraph_label(paragraph)
    assert (label, question) == (name, False)
    assert paragraph[end:].startswith(("I ", "We "))


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Minister (Hon Chris Hipkins) said the House would rise on Tuesday: it will.",
        "NEW ZEALAND (AP): The House adjourns until Tuesday.",
    ],
)
def test_no_seated_label_without_a_capitalised_name(paragraph: str) -> None:
    assert paragraph_label(paragraph)[0] is None
