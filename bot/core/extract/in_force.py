"""A rule's or an order's own dates: when it takes effect, how long it lasts, what it puts off.

Issue 13, round 25a (recall). Federal Register notices and executive orders commit their
issuer by stating the dates of the document itself, in forms the rules did not read:

- a date of effect with no preposition ("This rule is effective April 1, 2015." beside the
  "effective on ..." the rules knew), and a rule in force with no end ("The 2015
  management measures are effective until superseded.");
- a body kept in being, or a measure kept in force, to a date ("Each advisory committee
  listed below is continued until September 30, 2013.", "the waiver is extended through
  June 30");
- the document itself putting a date off, in the active present ("this action
  temporarily delays until March 21, 2025, the effective date of the regulations") or as
  the means of what its issuer does ("FMCSA is amending its final rule ... by extending
  the compliance date for the rule from February 7, 2020, to February 7, 2022").

Round 26b: the Federal Register's heading line of the date of effect, "EFFECTIVE DATE: July
5, 1994.", states the same as "This rule is effective July 5, 1994" (in capitals, as the
register prints its headings; a catalogue's "Effective Date: August 05, 2003" above an
order records when the order took effect and is not read).

A date of effect, a continuation and a delay are dated acts (`cues.NEED_DEADLINE`: with
no date ahead they say nothing checkable); "until superseded" is the one undated form,
a measure in force from publication, and is read as a plan of the issuer. A document
that corrects or establishes a date ("This document corrects the effective date ... to
February 17, 1998", "The rule established an effective date of ...") does it at once or
did it before, and is not read here. Who is committed is left to the rules of impersonal
subjects (`impersonal`): the body that issues the document.

Only grammar is read here, never a particular agency or rule.
"""

from __future__ import annotations

import re

from bot.core.extract.cues import MONTH_NAMES

# A date as the text writes it: "April 1, 2015", "1 April 2015", "Sept. 30".
_DATE = rf"(?:{MONTH_NAMES}\.?\s+\d|\d{{1,2}}\s+{MONTH_NAMES}\b)"
# What a document or its parts are: the subject of a date of effect.
_INSTRUMENT = (
    r"(?:rules?|regulations?|amendments?|measures?|orders?|actions?|provisions?|requirements?|"
    r"restrictions?|closures?|notices?|determinations?|designations?|exemptions?|waivers?|"
    r"specifications?|standards?|changes?|policy|policies|guidance|directives?|documents?)"
)
# "This rule is effective April 1, 2015", "The closure is effective 12:01 a.m. on May 3":
# a date (or a time, then a date) straight after "effective".
_EFFECTIVE_DATE = re.compile(
    rf"\b{_INSTRUMENT}\s+(?:\w+\s+){{0,3}}?(?:is|are)\s+(?P<act>effective)\s+"
    rf"(?=(?:\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?,?\s+(?:on\s+)?)?{_DATE})"
)
# "EFFECTIVE DATE: July 5, 1994.": the register's heading line, a date straight after it.
_EFFECTIVE_LINE = re.compile(
    rf"^[ \t]*(?P<act>EFFECTIVE[ \t]+DATES?):[ \t]*(?={_DATE}[^\n]*\.[ \t]*$)", re.MULTILINE
)
# "The 2015 management measures are effective until superseded": in force, no end.
_UNTIL_SUPERSEDED = re.compile(
    rf"\b{_INSTRUMENT}\s+(?:\w+\s+){{0,3}}?(?:is|are|remains?)\s+"
    r"(?P<act>effective|in\s+(?:force|effect))\s+until\s+(?:further\s+notice|superseded|"
    r"(?:modified|amended|revoked|rescinded|withdrawn|replaced)(?:\s+or\s+\w+)?)\b"
)
# "Each advisory committee listed below is continued until September 30, 2013", "the
# waiver is extended through June 30": a body or a measure kept going to a date.
_CONTINUED = re.compile(
    r"\b(?:is|are)\s+(?:hereby\s+)?(?P<act>continued|extended|renewed)\s+"
    rf"(?:until|through|to)\s+(?={_DATE})"
)
# The document putting a date off: "this action temporarily delays until March 21, 2025,
# the effective date", "This rule postpones the compliance date to ...".
_DOCUMENT_DELAYS = re.compile(
    rf"\b(?:[Tt]his|[Tt]he)\s+(?:\w+\s+){{0,2}}?{_INSTRUMENT}\s+(?:\w+ly\s+)?"
    r"(?P<act>delays|postpones|defers|extends)\b"
    rf"(?=[^.;]{{0,200}}?\b(?:to|until|through)\s+{_DATE})"
)
# The means of an issuer's act: "is amending its final rule ... by extending the
# compliance date for the rule from February 7, 2020, to February 7, 2022".
_BY_PUTTING_OFF = re.compile(
    r"\bby\s+(?P<act>extending|delaying|postponing|deferring)\s+the\s+(?:\w+\s+){0,2}?"
    rf"(?:date|deadline)s?\b(?=[^.;]{{0,200}}?\b(?:to|until|through)\s+{_DATE})"
)


def in_force_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of a document's own dates: an effective date, a
    continuation and a delay need their date ahead (`effective`, `present`); a measure
    in force until superseded is a plan of its issuer."""
    found = [("effective", *m.span("act")) for m in _EFFECTIVE_DATE.finditer(text)]
    found += [("effective", *m.span("act")) for m in _CONTINUED.finditer(text)]
    found += [("effective", *m.span("act")) for m in _EFFECTIVE_LINE.finditer(text)]
    found += [("order", *m.span("act")) for m in _UNTIL_SUPERSEDED.finditer(text)]
    found += [("present", *m.span("act")) for m in _DOCUMENT_DELAYS.finditer(text)]
    return found + [("present", *m.span("act")) for m in _BY_PUTTING_OFF.finditer(text)]


# The issuing agency of a Federal Register document, on its "AGENCY:" line (or the line
# below it): "AGENCY: Environmental Protection Agency (EPA).", "National Marine Fisheries
# Service (NMFS), National Oceanic and Atmospheric Administration (NOAA), Commerce.": the
# first name is the issuer, the others the bodies above it.
_AGENCY_HEADING = re.compile(
    r"^[ \t]*AGENCY:\s*(?P<body>[A-Z][\w.&’'\-]*(?:[ \t]+(?:[A-Z][\w.&’'\-]*|of|for|and|the)){0,7})"
    r"[ \t]*(?:\([A-Z]{2,8}\))?[ \t]*[,.;]",
    re.MULTILINE,
)
# How far into a document its heading lines run.
_HEADING_CHARS = 2000


def _agency_line(text: str) -> re.Match[str] | None:
    """A Federal Register document's "AGENCY:" line, within its heading."""
    return _AGENCY_HEADING.search(text, 0, _HEADING_CHARS)


def agency_heading(text: str) -> str | None:
    """The agency a Federal Register document's "AGENCY:" line names first."""
    found = _agency_line(text)
    return "the " + found.group("body") if found else None


def over_issuer(text: str, body: str | None) -> str | None:
    """`body` (the institution the text names most, `text_issuer.dominant_body`), unless
    a Federal Register document's "AGENCY:" line names it after the agency that issues
    the document ("U.S. Coast Guard, Department of Homeland Security."): then the issuing
    agency, which speaks the document's impersonal futures (CONVENTIONS 3.3: the body
    whose release it is; stop 63, tuner t2)."""
    found = _agency_line(text)
    if found is None or body is None:
        return body
    line_end = text.find("\n", found.end())
    rest = text[found.end() : line_end if line_end >= 0 else len(text)]
    name = body.removeprefix("the ")
    if not (name and re.search(rf"\b{re.escape(name)}\b", rest)):
        return body
    # Only an agency the document goes on to name as an actor of its own ("The U.S. Coast
    # Guard will consider ..."); an office named on the line alone ("Office of Energy
    # Efficiency and Renewable Energy, Department of Energy.") leaves the department.
    agency = found.group("body")
    acronym = re.search(r"\(([A-Z]{2,8})\)", found.group())  # "(NMFS)"
    names = [agency, acronym.group(1)] if acronym else [agency]
    later = text[found.end() :]
    named_again = any(re.search(rf"\b{re.escape(one)}\b", later) for one in names)
    return "the " + agency if named_again else body
