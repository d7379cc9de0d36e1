"""Month and weekday words shared by the regexes of the deadline reader's modules.

Written once here so that a module looking for "a weekday" or "a month" round a phrase
sees the same words as every other: the scanner's own patterns (vocabulary.py) name
every form for reading, these only recognise one beside a phrase.
"""

from __future__ import annotations

# a weekday's full name: "monday", "wednesday"; callers add their own "\b" or plural
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# a weekday's name or short form: "monday", "mon.", "tues", "thurs."
WEEKDAY_OR_SHORT = r"(?:" + WEEKDAY + r"|(?:mon|tues?|wed|thur?s?|fri|sat|sun)\.?)"
# a month's first three letters, to which callers add the rest ("[a-z]*\.?") or not
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# a month's name or short form: "march", "mar.", "sept"
MONTH_WORD = MONTH + r"[a-z]*\.?"
