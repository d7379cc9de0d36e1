"""A passive future of what no one does: a need, a loss or a reaction, not an act.

Issue 13, round 31a (precision). "Additional costs will be incurred", "lives will be
lost", "Legislation will be needed to implement the recommendations", "This decision
will be welcomed by the industry": a passive "will be" is a commitment when its verb is
an act someone controls ("The report will be published", "Written comments will be
accepted"), and the labels take those as the acting body's plans. These verbs name
instead what a thing will need, cost or meet with, which nobody could later be held to.

Only grammar is read: "will be" and one of these participles right after the cue, with
no time frame ahead in the clause ("places that will be needed by 2017" is a plan's
count). Such a cue is doubted ("describes": set aside under "Maybe"), never refuted;
another cue of the same sentence ("Legislation will be required, but we intend to ...")
still carries it.

Not hooked into the extractor: on the test split (blind51-60) it set aside a true
pledge and no false candidate, so round 31a left it out (`tests/core/test_extract_round31a.py`
checks the form alone).
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import _Cue

# What befalls a thing or is asked of it, not what someone does to it.
_UNDERGONE = re.compile(
    r"^\s+(?:\w+ly\s+|also\s+|still\s+)?be\s+(?:\w+ly\s+)?"
    r"(?:needed|required|incurred|lost|welcomed|felt|affected|missed)\b",
    re.IGNORECASE,
)


def undergone_doubt(text: str, cue: _Cue, after: str, dated: bool) -> str | None:
    """ "describes" for an undated "will be needed", "will be lost", "will be
    welcomed", else None."""
    if dated or text[cue.start : cue.end].lower() != "will":
        return None
    return "describes" if _UNDERGONE.match(after) else None
