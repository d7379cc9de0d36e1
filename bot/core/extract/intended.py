"""An answer's impersonal plan: "It is intended to have the legislation enacted in the next
session", "it is expected that the Bill will be submitted to the Government in January".

Said in a written answer or by a labelled speaker, the plan is the speaker's (the office
answering), not the member who asked, nor a body the sentence names further on.

Issue 13, stop 58 (helper xs58, blind139's misses).
"""

from __future__ import annotations

import re

_IMPERSONAL_PLAN = re.compile(
    r"\W*(?:(?:However|Accordingly|Therefore|Currently|At\s+present),?\s+)?[Ii]t\s+is\s+"
    r"(?:now\s+|also\s+|currently\s+)?(?:intended|expected|proposed|planned|anticipated)\s+"
    r"(?:to|that)\b"
)


def impersonal_plan(text: str) -> bool:
    """Whether the sentence opens with an impersonal plan ("It is intended to ...")."""
    return _IMPERSONAL_PLAN.match(text) is not None
