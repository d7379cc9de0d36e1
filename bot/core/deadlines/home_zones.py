"""A zone abbreviation two countries share reads as the publisher's (issue 12, stop 39g).

"EST", "EDT", "CST" and "CDT" (and "Eastern/Central Standard/Daylight Time" spelled out)
are the US offsets in most copy, and `zone_words.ZONES_BY_WORD` reads them so. Australia
names its own clocks with the same words: a Bureau of Meteorology warning "issued by 5:00
am EST Sunday" means Australian Eastern Standard Time (UTC+10), not UTC-5. A writer uses
the abbreviation of their own country's clocks without saying which country (a foreign
zone is named in full: "5pm US Eastern"), so where the server's zone lies in a country
that shares the word, the word is that country's offset. The table holds the offsets the
country itself publishes for the shared words (Australia: eastern standard +10, daylight
+11; central standard +9:30, daylight +10:30); a word the country does not share, and
every server zone outside it, keep the general reading. One dictionary look-up per zone
word, and only when a phrase names a zone.
"""

from __future__ import annotations

from datetime import tzinfo

_AUSTRALIAN: dict[str, float] = {
    "est": 10,
    "edt": 11,
    "eastern standard": 10,
    "eastern daylight": 11,
    "cst": 9.5,
    "cdt": 10.5,
    "central standard": 9.5,
    "central daylight": 10.5,
}
# the IANA zone prefix of a country that shares zone words -> its readings of them
_SHARED_BY_PREFIX: tuple[tuple[str, dict[str, float]], ...] = (("Australia/", _AUSTRALIAN),)


def home_offset(key: str, home: tzinfo) -> float | None:
    """The offset in hours the zone word `key` (lower case, as `zones.zone_of` keys it)
    names in the country of the server's zone `home`, when that country shares the word
    with another; None otherwise (the general reading holds)."""
    name = getattr(home, "key", None)
    if not isinstance(name, str):
        return None
    for prefix, words in _SHARED_BY_PREFIX:
        if name.startswith(prefix):
            return words.get(key)
    return None
