"""Issue 12, stop 53, the lead's read of the blind misses: the modal "may" of a request.

"Before the business is entered on may I, Sir, through you, ask a question of the Leader of
the House?" (fresh137, Seanad 1947) fell due at the end of May with no warning: "on may" was
read as the month. A lowercase "may" before a subject pronoun and a verb of asking or saying
("may I ask", "may we have a statement", "may I also say") is the modal of a request; a
month before a pronoun goes on differently ("in may we will publish", "by may we hope to",
"by may we have finished"), and keeps its reading.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "Before the business is entered on may I, Sir, through you, ask a question?",
        "Before the business is entered on may I ask a question of the Leader of the House?",
        "Until may we know more about the plan?",
        "On may I say how glad we are to see the Minister back.",
        "Before we rise may we have a statement on the strike?",
        "In that case may I also ask the Minister about the roads?",
        "Before the recess on may we have a statement on the strike?",
    ],
)
def test_the_modal_of_a_request_names_no_month(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("in may we will publish the report.", "2027-05-31 22:59"),
        ("by may we hope to finish the work.", "2027-05-31 22:59"),
        ("by may we have finished the work.", "2027-05-31 22:59"),
        ("By may we have a new law in force.", "2027-05-31 22:59"),
        ("In may we have a statement from the minister.", "2027-05-31 22:59"),
        ("by may we address the backlog.", "2027-05-31 22:59"),
        ("The vote will be held on May 5.", "2027-05-05 22:59"),
        ("By May I will have finished the report.", "2027-05-31 22:59"),
    ],
)
def test_a_month_before_a_pronoun_is_still_the_month(text: str, want: str) -> None:
    assert due(text) == want
