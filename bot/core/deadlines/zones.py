"""Zones and offsets named in a phrase (issue 12): "GMT", "UTC+2", "Tokyo time", and a zone
given after the date it belongs to ("... on 19 January 2022 (Hong Kong time)")."""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo

from bot.core.deadlines.home_zones import home_offset
from bot.core.deadlines.vocabulary import ZONES
from bot.core.deadlines.words import ZONE_TOWN
from bot.core.deadlines.zone_words import ZONES_BY_WORD

_OFFSET: Final = re.compile(r"([+-])\s?([0-9]{1,2}):?([0-9]{2})?")
_SPACES: Final = re.compile(r"\s+")  # compiled once, not looked up in re's cache per phrase


class BadZone(Exception):
    """A zone or offset we cannot place: the phrase is refused, never read in another zone."""


def zone_of(word: str | None, std: str | None, offset: str | None, home: tzinfo) -> tzinfo:
    """The zone a zone word, its "standard"/"daylight" and an offset name; `home` is the
    server's zone, whose country's reading a shared abbreviation takes (home_zones)."""
    hours: float | str = 0
    if word:
        key = _SPACES.sub(" ", word.replace(".", "")).strip()
        key = "alaska" if key == "alt" else key
        if std:
            key = f"{key} {std}"
        if key not in ZONES_BY_WORD:
            raise BadZone(key)  # "guam standard", "central european daylight": as read
        shared = home_offset(key, home)  # "5:00 am EST" on an Australian server: UTC+10
        hours = ZONES_BY_WORD[key] if shared is None else shared
    if offset:
        if hours != 0:
            raise BadZone(offset)  # "EST+2": an offset from a zone that is not UTC
        m = _OFFSET.fullmatch(offset.strip())
        if m is None:
            raise BadZone(offset)
        hours = int(m[2]) + int(m[3] or 0) / 60
        hours = -hours if m[1] == "-" else hours
    if isinstance(hours, str):
        return zone_named(hours)
    if not -14 <= hours <= 14:
        raise BadZone(offset or "")
    return timezone(timedelta(hours=hours))


@lru_cache(maxsize=256)
def zone_named(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, KeyError) as exc:  # ZoneInfoNotFoundError is a KeyError
        raise ValueError(f"unknown time zone {name!r}") from exc


# The zone words of a clock time, matched on their own right after a chosen phrase.
TRAILING_ZONE: Final = re.compile(ZONES)


def trailing_zone(text: str, end: int, home: tzinfo, clock: bool = False) -> tzinfo | None:
    """ "by 12:00 on 19 January 2022 (Hong Kong time)", ", London time": a zone word or a
    city's time right after the chosen phrase is its zone; None when there is none. A zone
    we cannot place ("(Guam daylight time)", "(EST+2)") raises BadZone: the phrase is
    refused, never read in the server's zone."""
    if end >= len(text):
        return None  # nothing after the phrase (most texts): no zone word to read
    m = TRAILING_ZONE.match(text, end)
    if m is None or not m.group():
        dash = _DASH.match(text, end)  # "5 p.m. on Friday - Eastern time" (stop 56)
        m = TRAILING_ZONE.match(text, dash.end()) if dash is not None else None
        if m is None or not (m["tm_zone"] or m["tm_zone_word"]) or m["tm_city"] is not None:
            return None
    if m["tm_city"] is not None and (
        _BRACKETED_US.fullmatch(m.group()) or (clock and _BRACKETED_TOWN.fullmatch(m.group()))
    ):
        # "at 5 p.m. on Friday (Eastern)": a US region alone, in brackets of its own, is the
        # phrase's zone as "(Eastern time)" is, and so is a town's name after a clock time
        # ("at 5 p.m. on Friday (Tokyo)"); both were dropped with no warning (stop 55)
        return zone_of(m["tm_zone_word"], None, None, home)
    if not (m["tm_zone"] or m["tm_zone_word"]) or m["tm_city"] is not None:
        return None  # no zone, or a city alone: only a clock time's (choose._zone_override)
    return zone_of(
        m["tm_zone"] or m["tm_zone_word"], m["tm_std"] or m["tm_std_cut"], m["tm_off"], home
    )


# a dash between a phrase and its zone: only a zone named outright ("- Eastern time", "- EST")
# is read after it, never a town or a bare region ("- Central Station")
_DASH: Final = re.compile(r"\s+(?:-{1,2}|[–—])\s*(?=\S)")  # "--" too, a typed dash
# a US region alone in its brackets, nothing else inside them
_BRACKETED_US: Final = re.compile(r",?\s*\(\s*(?:eastern|central|mountain|pacific)\s*\)")
# a zone's town alone in its brackets, after a phrase with a clock time
_BRACKETED_TOWN: Final = re.compile(r",?\s*\(\s*(?:" + ZONE_TOWN + r")\s*\)")
