"""The country of a server's time zone, where the parser's calendars differ by country: the
default fiscal year end (fiscal.py) and the long weekends of holiday_weekends.py."""

from __future__ import annotations

from datetime import tzinfo
from typing import Final

_GB: Final = ("Europe/London", "Europe/Belfast", "GB", "GB-Eire")
_US: Final = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "America/Juneau",
    "America/Sitka",
    "America/Nome",
    "America/Yakutat",
    "America/Metlakatla",
    "America/Adak",
    "America/Boise",
    "America/Detroit",
    "America/Menominee",
    "America/Indiana/",
    "America/Kentucky/",
    "America/North_Dakota/",
    "Pacific/Honolulu",
    "US/",
)
_AU: Final = ("Australia/",)

_IE: Final = ("Europe/Dublin", "Eire")


def country(tz: str | tzinfo) -> str:
    """The country of a server's zone where the parser's calendars differ by it: "GB",
    "IE", "AU", "US", else ""."""
    key = tz if isinstance(tz, str) else (getattr(tz, "key", "") or "")
    if key.startswith(_GB):
        return "GB"
    if key.startswith(_IE):
        return "IE"
    if key.startswith(_AU):
        return "AU"
    return "US" if key.startswith(_US) else ""
