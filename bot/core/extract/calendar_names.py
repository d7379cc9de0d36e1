"""The names of the months and the days of the week, in English and in French, as the
extractor's patterns spell them (split from cues.py, which grew past the layout's 700 lines)."""

from __future__ import annotations

# Each month's names, January first: in full, abbreviated, in French (a Commission
# calendar's "Lundi 25 février").
MONTH_WORDS: tuple[tuple[str, ...], ...] = (
    ("january", "jan", "janvier"),
    ("february", "feb", "février", "fevrier"),
    ("march", "mar", "mars"),
    ("april", "apr", "avril"),
    ("may", "mai"),
    ("june", "jun", "juin"),
    ("july", "jul", "juillet"),
    ("august", "aug", "août", "aout"),
    ("september", "sept", "sep", "septembre"),
    ("october", "oct", "octobre"),
    ("november", "nov", "novembre"),
    ("december", "dec", "décembre", "decembre"),
)
MONTHS: tuple[str, ...] = tuple(names[0] for names in MONTH_WORDS)
CAPITALISED_MONTHS = "|".join(month.capitalize() for month in MONTHS)
# The days of the week, Monday first, in English and then in French.
WEEKDAYS: tuple[str, ...] = tuple(
    (
        "monday tuesday wednesday thursday friday saturday sunday "
        "lundi mardi mercredi jeudi vendredi samedi dimanche"
    ).split()
)
WEEKDAY = "(?:" + "|".join(day.capitalize() for day in WEEKDAYS[:7]) + ")"
