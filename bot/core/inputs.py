"""Checks of what members type: lengths, web addresses, time zones, deadline words.

Each refusal is an InvalidInput whose message says what was wrong and how to fix it;
the service runs these before anything is written.
"""

from __future__ import annotations

import functools
import unicodedata
from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, available_timezones

from bot.core.deadlines import (
    DEADLINE_EXAMPLES,
    Deadline,
    Refusal,
    default_fiscal_year_end,
    interpret_deadline,
    parse_fiscal_year_end,
    parse_said_on,
)
from bot.core.errors import InvalidInput
from bot.core.model import MAX_DEADLINE_WORDS, MAX_URL, GuildSettings
from bot.core.text import echo, without_direction_overrides

# Letters that draw nothing: a speaker made of these looks empty on every card.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")


def is_blank(text: str) -> bool:
    """True when nothing would show: only spaces, format characters (zero-width space
    and joiners, word joiner, direction marks) and letters that draw nothing."""
    return all(
        ch.isspace() or ch in _BLANK_LETTERS or unicodedata.category(ch) in ("Cf", "Cc")
        for ch in text
    )


def clean_text(name: str, value: str | None, limit: int, *, required: bool = False) -> str | None:
    """Text a member typed, ready to store: direction overrides removed, composed
    (NFC: an "é" pasted as "e" and an accent is the "é" typed on a keyboard, so one
    speaker is not two), runs of whitespace folded (a quote keeps its lines), within
    `limit`. Text that would show nothing counts as empty."""
    if value is not None:
        value = unicodedata.normalize("NFC", without_direction_overrides(value))
    if value is None or is_blank(value):
        if required:
            invisible = " (it has only invisible characters)" if value and value.strip() else ""
            raise InvalidInput(f"{name} can't be empty{invisible}. Type the words themselves.")
        return None
    value = " ".join(value.split()) if name != "Quote" else value.strip()
    if len(value) > limit:
        raise InvalidInput(
            f"{name} is {len(value)} characters long; the limit is {limit}. "
            "Shorten it and try again."
        )
    return value


def check_url(value: str | None, name: str = "Source") -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    if len(value) > MAX_URL:
        raise InvalidInput(
            f"{name} URL is {len(value)} characters long; the limit is {MAX_URL}. "
            "Link the page without its tracking part (after ?), or a shorter address of it."
        )
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
        raise InvalidInput(
            f"{name} must be a web address starting with http:// or https://, "
            f"like https://example.com/article (got “{echo(value)}”)."
        )
    return value


def check_timezone(name: str) -> str:
    # Looked up in the list rather than by opening the zone: "Europe" is a folder of
    # zones, not a zone, and ZoneInfo("Europe") fails with an OS error.
    if name not in _zone_names():
        raise InvalidInput(
            f"“{echo(name, 60)}” is not a time zone I know. Use an IANA name such as "
            "Europe/Berlin, America/New_York or UTC (the option suggests names as you type)."
        )
    return name


@functools.cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones() | {"UTC"})


def timezone_names() -> list[str]:
    return sorted(_zone_names())


def unreadable_deadline(
    words: str,
    reference: datetime | None = None,
    settings: GuildSettings | None = None,
    past_reason: str | None = None,
    *,
    new: bool = False,
) -> InvalidInput:
    """Why the deadline words were refused, in words the member can act on;
    `past_reason` is the parser's, when it refused the words as the past. A `new`
    deadline (/pledge extend) is read from now, not from when the pledge was made."""
    shown = echo(words, 100)
    if reference is not None and settings is not None:
        # The parser refuses dates before the pledge was made; say so rather than
        # claiming not to understand a plain date.
        past = parse_said_on(words, reference, settings.timezone, day_first=settings.day_first)
        # Days as the server's members count them: a day is kept as noon there, which
        # is another day in UTC far enough east or west.
        zone = ZoneInfo(settings.timezone)
        past = past.astimezone(zone) if past is not None else None
        reference = reference.astimezone(zone)
        since = (
            f"a new deadline is read from now ({reference:%d %B %Y})"
            if new
            else f"the pledge was made on {reference:%d %B %Y}"
        )
        if past is not None and new:
            return InvalidInput(
                f"“{shown}” ({past:%d %B %Y}) is already past: {since}. Give a later date or span."
            )
        if past is not None:
            return InvalidInput(
                f"“{shown}” ({past:%d %B %Y}) is before the pledge was made, so it can't be "
                "its deadline. Give a later date or span, or leave the deadline out."
            )
        if past_reason:  # "before March 2025": a period that ended before the pledge
            return InvalidInput(
                f"“{shown}” can't be the pledge's deadline: {echo(past_reason, 500)} "
                f"({since}). Give a later date or span{leave_out(new)}."
            )
    examples = ", ".join(f"“{e}”" for e in DEADLINE_EXAMPLES)
    return InvalidInput(
        f"I couldn't read a deadline in “{shown}”: it names no date or time span I understand. "
        f"Try words like {examples}{leave_out(new)}."
    )


def unreadable_said_on(
    words: str, now: datetime, settings: GuildSettings, what: str
) -> InvalidInput:
    """Why words were refused as a past day (`what`: "the day it was said"): a day
    ahead, when the deadline reader takes the words, whole, as a precise one, else not
    understood."""
    examples = "“18 August 2025”, “2025-08-18”, “yesterday” or “3 days ago”"
    try:
        found = interpret(words, now, settings)
    except (ValueError, OverflowError, KeyError):  # the reader's own refusals (choose.py)
        found = None
    if (
        isinstance(found, Deadline)
        and not found.vague
        and found.due > now
        and len(found.matched) >= len(words.strip(" ,.")) - 1  # no words left unread
    ):
        ahead = found.due.astimezone(ZoneInfo(settings.timezone))
        return InvalidInput(
            f"“{echo(words)}” ({ahead:%d %B %Y}) is in the future: {what} must be "
            f"today or earlier. Use a date like {examples}."
        )
    return InvalidInput(
        f"I couldn't read “{echo(words)}” as {what}. Use a past date like {examples}."
    )


OLDEST_SAID_YEAR = 1900  # before it, a said-on is refused as out of range
SAID_WITHIN_YEARS = 100  # older than this, a said-on is refused as a likely typo


def check_said_on_age(
    words: str, said: datetime, now: datetime, settings: GuildSettings, what: str
) -> datetime:
    """`said`, unless it is implausibly old for a pledge still tracked: before 1900, or
    more than 100 years ago, is nearly always a slip of the year ("1925" for "2025"),
    and a pledge recorded so would silently get deadlines and alerts a century off.
    Refused, with the likely meant day when the year's last two digits give a past one."""
    zone = ZoneInfo(settings.timezone)
    shown = said.astimezone(zone)
    try:
        oldest = now.replace(year=now.year - SAID_WITHIN_YEARS)
    except ValueError:  # 29 February
        oldest = now.replace(year=now.year - SAID_WITHIN_YEARS, day=28)
    if said.year >= OLDEST_SAID_YEAR and said >= oldest:
        return said
    how_old = (
        f"before {OLDEST_SAID_YEAR}"
        if said.year < OLDEST_SAID_YEAR
        else f"more than {SAID_WITHIN_YEARS} years ago"
    )
    advice = "Check the year and give the date in full, like “18 August 2025”."
    try:
        meant = said.replace(year=2000 + said.year % 100)
    except ValueError:
        meant = None
    if meant is not None and oldest <= meant <= now:
        advice = f"Did you mean {meant.astimezone(zone):%d %B %Y}? Give that date in full."
    raise InvalidInput(
        f"“{echo(words)}” ({shown:%d %B %Y}) is {how_old}, too long ago for {what}: "
        f"Pledgewatch tracks pledges of the last {SAID_WITHIN_YEARS} years. {advice}"
    )


def not_open_to_extend(number: int, status: str) -> InvalidInput:
    """An extension of a ruled pledge, refused alike from /pledge extend and from an
    alert's Extend… button: what is wrong and the command that fixes it."""
    return InvalidInput(
        f"Pledge #{number} is already ruled {status}, so it has no deadline to extend. "
        f"Reopen it first with /pledge mark number:{number} status:open, then extend it."
    )


def same_deadline(number: int, words: str) -> InvalidInput:
    """An extension to the very deadline the pledge has: refused, not recorded as one."""
    return InvalidInput(
        f"Pledge #{number} already has this deadline (“{echo(words, 100)}”): nothing changed. "
        "To move it, give a different date or span."
    )


def leave_out(new: bool) -> str:
    """The advice to leave the deadline out, where it can be: a new deadline (extend's)
    is required."""
    return "" if new else ", or leave the deadline out if the pledge has none"


def fiscal_year_end(settings: GuildSettings) -> tuple[int, int]:
    """(month, day) the server's fiscal year ends on: its setting, else its zone's default."""
    if settings.fiscal_year_end:
        month, day = settings.fiscal_year_end.split("-")
        return (int(month), int(day))
    return default_fiscal_year_end(settings.timezone)


def interpret(
    words: str, reference: datetime, settings: GuildSettings
) -> Deadline | Refusal | None:
    """The parser's reading of deadline words in the server's zone, day order and fiscal year."""
    return interpret_deadline(
        words,
        reference,
        settings.timezone,
        day_first=settings.day_first,
        fiscal_year_end=fiscal_year_end(settings),
    )


def checked_deadline(
    words: str, reference: datetime, settings: GuildSettings, *, new: bool = False
) -> Deadline | Refusal:
    """A deadline, or earliest-only words ("not before June"): a `Refusal` of kind
    "earliest" whose date is recorded without a deadline. Anything else is refused
    with the parser's reason."""
    if len(words) > MAX_DEADLINE_WORDS:
        raise InvalidInput(
            f"The deadline is {len(words)} characters long; the limit is {MAX_DEADLINE_WORDS}. "
            "Give only the words of the time (“within two weeks”, “by 31 March”)."
        )
    found = interpret(words, reference, settings)
    if isinstance(found, Deadline) or (found is not None and found.kind == "earliest"):
        return found
    if found is None and (stated := words.strip().rstrip("?").strip()) != words.strip():
        # A time only asked about is no deadline (CONVENTIONS 4.3): say so when the same
        # words, stated, would give one
        if isinstance(interpret(stated, reference, settings), Deadline):
            raise InvalidInput(
                f"“{echo(words)}” is put as a question, so it sets no deadline. If the "
                f"deadline was stated, give it without the question mark: “{echo(stated)}”."
            )
    if found is not None and found.kind != "past":
        raise InvalidInput(
            f"I couldn't read a deadline in “{echo(words)}”: {echo(found.reason, 500)}. "
            f"Correct it{leave_out(new)}."
        )
    reason = found.reason if found is not None else None
    raise unreadable_deadline(words, reference, settings, reason, new=new)


def check_fiscal_year_end(text: str | None) -> str | None:
    """ "31 March", "03-31", "June 30" -> "03-31"; "default" (or nothing) -> None."""
    if text is None or text.strip().lower() in ("", "default", "reset"):
        return None
    end = parse_fiscal_year_end(text)
    if end is None:
        raise InvalidInput(
            f"I couldn't read “{echo(text, 100)}” as the day the fiscal year ends. "
            "Give a day and month such as “31 March”, “30 June” or “09-30”, or “default”."
        )
    return f"{end[0]:02d}-{end[1]:02d}"
