"""The institution a release defines with its acronym and then calls by it: "WASHINGTON -
... a program developed by the U.S. Department of Labor's Occupational Safety and Health
Administration (OSHA)", then "OSHA's standard", "OSHA inspectors". Such a notice seldom
says "the Administration" twice, so `text_issuer.dominant_body` found no issuer for its
impersonal futures ("During its first year, the program will be piloted in ..."), or took
the department it belongs to.

Issue 13, stop 51 (tune13b).
"""

from __future__ import annotations

import re

# A body defined with its acronym: "National Marine Fisheries Service (NMFS)", "the U.S.
# Environmental Protection Agency (EPA)": capitalised words (joined by "of", "and", "for",
# "on", "the"), then the capitals in brackets.
_DEFINED = re.compile(
    r"((?:[A-Z][\w.&’'\-]*[ \t]+(?:(?:of|and|for|on|the)[ \t]+)*){1,8})\(([A-Z]{2,6})\)"
)
# The last word of an institution's name: "Service", "Agency", "Administration".
_INSTITUTION = frozenset(
    "agency service services administration department office commission board bureau corporation "
    "council institute institutes center centers centre foundation authority survey "
    "ministry executive".split()
)
_JOINERS = frozenset("of and for on the".split())


def defined_body(text: str) -> str | None:
    """The institution a release defines with an acronym near its head and then calls by
    it ("The National Weather Service (NWS) will ... NWS forecasters"): the issuer of a
    notice that never says "the Agency" twice. The acronym is the initials of the name's
    last capitalised words, the name ends in an institution's word, and the acronym
    recurs after its definition."""
    for match in _DEFINED.finditer(text[:3000]):
        acronym = match.group(2)
        words = match.group(1).split()
        capitals = [w for w in words if w not in _JOINERS]
        initials = "".join(w[0] for w in capitals)
        if not initials.endswith(acronym) or capitals[-1].casefold() not in _INSTITUTION:
            continue
        uses = len(re.findall(rf"\b{acronym}\b", text[match.end() :]))
        if uses < 2:
            continue
        taken, start = 0, len(words)
        while taken < len(acronym):
            start -= 1
            taken += words[start] not in _JOINERS
        return " ".join(words[start:])
    return None
