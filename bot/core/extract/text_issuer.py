"""Who issues a whole text (moved out of speakers.py at stop 52, for the layout's 700-line
limit): the institution a release or a record speaks for when it names itself often ("the
Commission", "the Government", an order's "authority vested in me as President"), and the
proclaimer an order names at its head ("I, RONALD REAGAN, President of ...") or signs under
"IN WITNESS WHEREOF". The extractor gives them the text's impersonal futures and the
proclaimer's own "I hereby order ... that".

Issue 13.
"""

from __future__ import annotations

import re

from bot.core.extract.bodies import defined_body

_SIGNER = re.compile(r"\bvested\s+in\s+me\s+as\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
_BODY = re.compile(
    r"\b(?:Commission|Government|Kremlin|Administration)\b|\b(?<=the\s)government\b|"
    # A department or an agency issuing its own notice: "Department of State",
    # "Environmental Protection Agency".
    r"\b(?:Department|Ministry)\s+(?:of|for)\s+(?:[A-Z][a-z]+\s+(?:and\s+)?)*[A-Z][a-z]+\b|"
    r"\b(?:[A-Z][a-z]+\s+){1,3}Agency\b"
)
# The rest of a bill's or an act's title after a body's word: "(Amendment) Bill", " Act".
_TITLE_TAIL = re.compile(r"\s+(?:\([^()\n]{1,40}\)\s+)?(?:Bill|Act)\b")
# "I, RONALD REAGAN, President of ...": the proclaimer named at the head of the order.
_PROCLAIMER = re.compile(r"\bI,\s+([A-Z][A-Z.]+(?:[ \t]+[A-Z][A-Z.]+){1,3}),\s+[A-Z]")
# The signature under "IN WITNESS WHEREOF": a line of capitals ("DONALD J. TRUMP").
_SIGNATURE = re.compile(
    r"IN WITNESS WHEREOF[^\n]*\n(?:\s*\n)*[ \t]*([A-Z][A-Z.]+(?:[ \t]+[A-Z][A-Z.]+){1,3})[ \t]*$",
    re.M,
)
# The proclaimer's own frame: "I hereby order, by the authority ..., that", "I also direct
# that", "I ..., do hereby order that".
_PROCLAIMED = re.compile(
    r"\bI\b[^;]{0,400}?\b(?:order|direct|proclaim|declare)(?:,[^.;]{0,300}?,)?\s+that\b"
)


def proclaimer(text: str, before: str) -> str | None:
    """Who orders what a proclamation's "I hereby order ... that X shall" says (`before`
    is the sentence up to the cue): the "I, NAME," at its head, else the name signed under
    "IN WITNESS WHEREOF"; not the flag, the Republic or "the authority vested in me"."""
    if not _PROCLAIMED.search(before):
        return None
    named = _PROCLAIMER.search(text[:20_000]) or _SIGNATURE.search(text)
    return named.group(1).title() if named else None


def dominant_body(text: str) -> str | None:
    """The institution a release or a record speaks for, when it names itself often
    ("the Commission", "the Government"): the actor of its impersonal futures ("More
    details will be announced", "Maximum use will be made of existing structures")."""
    signer = _SIGNER.search(text[:5000])
    if signer:
        return f"the {signer.group(1)}"  # an order's "authority vested in me as President"
    counts: dict[str, int] = {}
    for match in _BODY.finditer(text):
        if _TITLE_TAIL.match(text, match.end()):
            continue  # "Judicial Appointments Commission Bill 2017": a bill, not the body
        counts[match.group()] = counts.get(match.group(), 0) + 1
    best = max(counts, key=lambda word: counts[word]) if counts else None
    if best is None or not _GOVERNMENT.search(best):
        # A body the text defines and calls by its acronym outranks the departments and
        # agencies it mentions ("Labor Department's Occupational Safety and Health
        # Administration (OSHA)"); not a government or a commission named by itself.
        defined = defined_body(text)
        if defined:
            return defined
    return f"the {best}" if best is not None and counts[best] >= 2 else None


_GOVERNMENT = re.compile(r"\b(?:Commission|Government|Kremlin)\b")
