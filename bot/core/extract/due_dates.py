"""A date of effect or a due date stated of a thing, whatever the thing is called.

Notices and calls for applications bind their issuer by the dates they state: "This AD
becomes effective July 1, 2005", "The effective date for the amendment to 49 CFR 573.9 ...
is also August 20, 2014", "The closure is effective 12:01 a.m., local time, July 11,
2014", "Applications are due by August 2, 2023", "The closing date for receipt of
applications for the 2020 scheme is the 17 January 2020". CONVENTIONS 1.4 labels a
filing deadline and the rules of a policy that take effect on or after the day of
publication. `in_force` reads "is effective <date>" only after a word naming a rule or an
order, and with the date (or a clock time, then the date) straight after "effective"; the
same statement of a date of effect or of a due date, with another subject ("This AD"),
"becomes", a zone between the time and the date ("12:01 a.m., local time, July 11"), or
the date told as the predicate of "the effective date" or "the closing date", went unread.

Each is a dated act (the cue kind "effective", which counts only with a time ahead:
`cues.NEED_DEADLINE`), so "The rule established an effective date of November 14, 1996"
or an effective date already behind says nothing checkable. Who is committed is left to
the rules of impersonal subjects (`impersonal`): the body that issues the text.

Issue 13, stop 40 (recall, tuner b). Only grammar is read here, never a particular
agency, rule or scheme.
"""

from __future__ import annotations

import re

from bot.core.extract.cues import MONTH_NAMES

# A date as the text writes it, or a span counted to one: "July 1, 2005", "17 January
# 2020", "60 days from Jan. 26".
_DATED = (
    rf"(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAMES}\b|{MONTH_NAMES}\.?\s+\d|"
    r"\d+\s+days\s+)"
)
# A time of day and its zone before the date: "12:01 a.m., local time, ".
_CLOCK = (
    r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?,?\s+(?:(?:local|eastern|central)\s+time,?\s+|"
    r"[A-Z]{2,4}\s+)?(?:on\s+)?)?"
)
_DUE_DATES = re.compile(
    # "becomes effective July 1, 2005", "is effective 12:01 a.m., local time, July 11".
    rf"\b(?:becomes?|is|are)\s+(?P<effective>effective)\s+(?={_CLOCK}{_DATED})|"
    # "Applications are due by August 2", "is due no later than 5 May".
    r"\b(?:is|are)\s+(?P<due>due)\s+(?:by|on(?:\s+or\s+before)?|before|no\s+later\s+than)\s+(?=\S*\d|"
    rf"{MONTH_NAMES})|"
    # "The effective date for the amendments to 49 CFR 573.9 ... is August 20, 2014", "The
    # closing date for receipt of applications is the 17 January 2020".
    r"\b(?:effective|closing|due|compliance)\s+date\s+(?:(?:for|of)\s+(?:[^.;:]|\.(?=\d)){1,200}?\s+)?"
    rf"(?P<is>is)\s+(?:also\s+)?(?={_CLOCK}{_DATED})|"
    # A notice's filing deadline put to its reader: "To ensure your comments are reviewed
    # ..., submit your written comments no later than October 23, 2019", "please submit
    # your comments on or before 5 May", "contact the individual listed ... no later than
    # 1 p.m. on October 24": an imperative at the sentence's or a clause's start, then the
    # deadline (stop 61, f2; stop 62, t1).
    r"(?:\A|[,:;]\s+)(?:[Pp]lease\s+)?(?P<submit>[Ss]ubmit|[Ss]end|[Cc]ontact|[Rr]egister)\s+"
    # not the noun a clause after a comma opens with ("Since March, contact with the families
    # has been made ...", "The company, register of members and accounts must be filed"; stop
    # 62 review): an imperative's object or its "to" follows it, no preposition nor verb
    r"(?!(?:with|of|for|from|in|at|between|and|or|is|are|was|were|has|have|had|will|would"
    r"|can|could|may|must|should|shall)\b)"
    r"(?:[^.;:]|\.(?=\w)){1,160}?"
    rf"\s+(?:no\s+later\s+than|on\s+or\s+before|by)\s+(?={_CLOCK}{_DATED})"
)


# A relative clause the date stands in: "launches a consultation today, where responses
# are due by 1 June" describes the consultation; the sentence tells the launch (done today).
_RELATIVE = re.compile(r",\s+(?:where|which|whose|when)\b[^,;]*$")


def due_dates(text: str) -> list[tuple[str, int, int]]:
    """The dated-act cues of a sentence's dates of effect and due dates, in its own clauses."""
    found = []
    for match in _DUE_DATES.finditer(text):
        if _RELATIVE.search(text, 0, match.start()):
            continue
        group = next(name for name in ("effective", "due", "is", "submit") if match.group(name))
        found.append(("effective", *match.span(group)))
    return found
