"""Pledges in and out of Pledgewatch as files other tools open: CSV, JSON and iCalendar.

Pure: the service reads the pledges, these build the bytes. JSON carries every field
and the whole history and is what `python -m bot import` and `/pledgewatch import`
read back (`parse_import` checks a file completely before anything is written).
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

import icalendar

from bot.core.errors import InvalidInput
from bot.core.model import (
    MAX_PROMISE,
    MAX_SPEAKER,
    SYSTEM_ACTOR,
    Event,
    Pledge,
    Status,
)
from bot.core.text import echo

FORMAT_NAME = "pledgewatch"
FORMAT_VERSION = 1
MAX_IMPORT_PLEDGES = 100_000

CSV_COLUMNS = (
    "number",
    "speaker",
    "promise",
    "status",
    "overdue",
    "said_at",
    "deadline_text",
    "due_at",
    "approximate",
    "beneficiary",
    "quote",
    "source_url",
    "source_title",
    "depends_on",
    "status_note",
    "evidence_url",
    "recorded_by",
    "created_at",
    "updated_at",
    "deleted_at",
    # Last, so that every column before it keeps its place for programs reading by
    # position: recorded_by again, as a Discord mention (<@id>). A spreadsheet reads
    # recorded_by's 17-20 digits as a number and keeps 15 of them; this form it keeps as
    # text, whole, and pasted into Discord it shows the member. Empty for what the
    # command line recorded (recorded_by 0, SYSTEM_ACTOR: `python -m bot seed`).
    "recorded_by_mention",
)
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")

_PLEDGE_FIELDS = tuple(f.name for f in fields(Pledge))
_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_TIMES = frozenset({"said_at", "due_at", "due_earliest", "created_at", "updated_at", "deleted_at"})
_REQUIRED = ("number", "speaker", "promise", "said_at", "status", "created_at", "updated_at")
_OPTIONAL_TEXT = (
    "beneficiary",
    "quote",
    "source_url",
    "source_title",
    "deadline_text",
    "status_note",
    "evidence_url",
    "seed_key",
)


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """A pledge with its whole history, as exported."""

    pledge: Pledge
    history: list[Event]


@dataclass(frozen=True, slots=True)
class ImportedPledge:
    """A pledge read from a file: its columns (number included) and its history."""

    fields: dict[str, Any]
    history: list[Event]  # pledge_id 0: the store fills it in


# -- out -----------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def plain(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}


# Discord's ids (snowflakes) pass 2**53, past which a double (JavaScript's only number,
# and that of many JSON tools) loses digits: written as strings, as Discord's API writes
# them. Pledge numbers and Pledgewatch's own row ids stay numbers.
_PLEDGE_SNOWFLAKES = ("guild_id", "recorded_by")
_EVENT_SNOWFLAKES = ("actor_id",)


def _ids_as_text(values: dict[str, Any], names: Sequence[str]) -> dict[str, Any]:
    for name in names:
        if values.get(name) is not None:
            values[name] = str(values[name])
    return values


def pledge_record(record: ExportRecord) -> dict[str, Any]:
    data = _ids_as_text(plain(asdict(record.pledge)), _PLEDGE_SNOWFLAKES)
    data["status"] = record.pledge.status.value
    data["history"] = [
        _ids_as_text(plain(asdict(event)), _EVENT_SNOWFLAKES) for event in record.history
    ]
    return data


def to_json(guild_id: int, records: Sequence[ExportRecord], now: datetime) -> bytes:
    """One pledge (with its history) a line: diffable and greppable, and about a third
    of the size of an indented file, which matters under Discord's upload limit."""
    head = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "guild_id": str(guild_id),
        "exported_at": now.isoformat(),
    }
    lines = [json.dumps(pledge_record(r), ensure_ascii=False) for r in records]
    body = ",\n".join(lines)
    text = json.dumps(head, ensure_ascii=False)[:-1] + ', "pledges": [\n' + body + "\n]}\n"
    return text.encode("utf-8")


def neutralise(value: Any) -> Any:
    """A cell a spreadsheet shows as text: a leading formula character gets a quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


# What each format writes for a pledge at the least, besides its speaker and promise
# (which every format writes whole): CSV, 21 cells with three ISO times (25 characters
# each), their separators and the line end; JSON, the pledge's field names alone; iCalendar,
# the BEGIN/END, UID, DTSTAMP, DTSTART and DTEND lines of a pledge with a due date.
_FLOORS = {"csv": 100, "json": 200, "ics": 150}


def size_floor(fmt: str, pledge: Pledge) -> int:
    """A lower bound of the bytes `fmt` writes for the pledge: a file whose floors add
    up past a limit is surely past it, without building it."""
    if fmt == "ics" and (pledge.due_at is None or pledge.deleted_at is not None):
        return 0  # not in the calendar
    return _FLOORS[fmt] + len(pledge.speaker.encode()) + len(pledge.promise.encode())


def to_csv(pledges: Sequence[Pledge], now: datetime) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for p in pledges:
        row = [
            p.number,
            p.speaker,
            p.promise,
            p.status.value,
            "yes" if p.is_overdue(now) else "no",
            _iso(p.said_at),
            p.deadline_text,
            _iso(p.due_at),
            "yes" if p.vague else "no",
            p.beneficiary,
            p.quote,
            p.source_url,
            p.source_title,
            p.depends_on,
            p.status_note,
            p.evidence_url,
            p.recorded_by,
            _iso(p.created_at),
            _iso(p.updated_at),
            _iso(p.deleted_at),
            None if p.recorded_by == SYSTEM_ACTOR else f"<@{p.recorded_by}>",
        ]
        writer.writerow(["" if v is None else neutralise(v) for v in row])
    # With a byte-order mark, spreadsheet programs read the file as UTF-8.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def event_uid(guild_id: int, number: int) -> str:
    """Stable across exports, so a calendar that imports the file again updates the
    event instead of adding a second one."""
    return f"pledge-{guild_id}-{number}@pledgewatch"


def to_ics(guild_id: int, records: Sequence[ExportRecord], now: datetime) -> bytes:
    """One event per pledge with a due date; a vague deadline is marked approximate
    (and spans its window when it has one)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Pledgewatch//pledge deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Pledgewatch deadlines ({guild_id})")
    for record in records:
        pledge = record.pledge
        if pledge.due_at is None or pledge.deleted_at is not None:
            continue
        event = icalendar.Event()
        event.add("uid", event_uid(guild_id, pledge.number))
        event.add("dtstamp", now)
        approximate = "≈ " if pledge.vague else ""
        event.add("summary", f"{approximate}#{pledge.number} {pledge.speaker}: {pledge.promise}")
        if pledge.vague and pledge.due_earliest is not None:
            event.add("dtstart", pledge.due_earliest)
            event.add("dtend", pledge.due_at)
        else:
            event.add("dtstart", pledge.due_at)
            event.add("dtend", pledge.due_at)
        lines = [f"Status: {pledge.status.value}"]
        if pledge.deadline_text:
            words = f"“{pledge.deadline_text}”"
            lines.append(f"Approximate deadline: {words}" if pledge.vague else f"Deadline: {words}")
        if pledge.quote:
            lines.append(f"Quote: {pledge.quote}")
        event.add("description", "\n".join(lines))
        event.add("categories", [pledge.status.value] + (["approximate"] if pledge.vague else []))
        event.add("x-pledgewatch-approximate", "TRUE" if pledge.vague else "FALSE")
        event.add("sequence", len(record.history))
        event.add("last-modified", pledge.updated_at)
        event.add("status", "CANCELLED" if pledge.status is Status.WITHDRAWN else "CONFIRMED")
        if pledge.source_url:
            event.add("url", pledge.source_url)
        calendar.add_component(event)
    data = calendar.to_ical()
    icalendar.Calendar.from_ical(data)  # validated: what we write, we can read
    return data


# -- in ------------------------------------------------------------------------------


def _time(value: Any, where: str, name: str, *, required: bool = False) -> datetime | None:
    if value is None and not required:
        return None
    try:
        moment = datetime.fromisoformat(str(value) if value is not None else "")
    except ValueError:
        raise InvalidInput(
            f"{where}: `{name}` is not an ISO date and time (“{echo(value)}”)."
        ) from None
    if moment.tzinfo is None:
        raise InvalidInput(f"{where}: `{name}` has no time zone (“{echo(value)}”).")
    return moment


def _text(value: Any, where: str, name: str, limit: int | None = None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"{where}: `{name}` must be text.")
    value = unicodedata.normalize("NFC", value)  # composed, as typed text is stored
    if limit is not None and len(value) > limit:
        raise InvalidInput(f"{where}: `{name}` is longer than {limit} characters.")
    return value


def _int(value: Any, where: str, name: str, *, required: bool = False) -> int | None:
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{where}: `{name}` must be a whole number.")
    return value


# Discord ids fit in 63 bits, as do the database's integers (SQLite's INTEGER and
# PostgreSQL's bigint are signed): a larger number is no id, and could not be stored.
_SNOWFLAKE_MAX = 2**63 - 1  # 19 digits


def _snowflake(value: Any, where: str, name: str) -> int:
    """A Discord id as exported (a string of digits) or as files before written (a
    number): 0 (SYSTEM_ACTOR, the command line) or a member's id, never negative."""
    number = None
    # The length first: int() refuses more than 4300 digits with an error of its own.
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 19:
        number = int(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        number = value
    if number is None or not 0 <= number <= _SNOWFLAKE_MAX:
        found = "is missing" if value is None else f"“{echo(value)}” is not a Discord id"
        raise InvalidInput(
            f"{where}: `{name}` {found}: it must be a member's "
            "id in digits, or 0 for the command line. Correct it in the file, or export "
            "the pledges again with /pledge export format:json."
        )
    return number


def _event(data: Any, where: str) -> Event:
    if not isinstance(data, dict):
        raise InvalidInput(f"{where}: a history entry is not an object.")
    kind = _text(data.get("kind"), where, "kind")
    if not kind:
        raise InvalidInput(f"{where}: a history entry has no `kind`.")
    at = _time(data.get("at"), where, "at", required=True)
    assert at is not None
    return Event(
        pledge_id=0,
        at=at,
        actor_id=_snowflake(data.get("actor_id"), where, "actor_id"),
        kind=kind,
        field=_text(data.get("field"), where, "field"),
        from_value=_text(data.get("from_value"), where, "from_value"),
        to_value=_text(data.get("to_value"), where, "to_value"),
        note=_text(data.get("note"), where, "note"),
        evidence_url=_text(data.get("evidence_url"), where, "evidence_url"),
    )


def _pledge(data: Any, index: int) -> ImportedPledge:
    where = f"Pledge entry {index + 1}"
    if not isinstance(data, dict):
        raise InvalidInput(f"{where} is not an object.")
    missing = [key for key in _REQUIRED if data.get(key) in (None, "")]
    if missing:
        raise InvalidInput(f"{where} lacks {', '.join(f'`{k}`' for k in missing)}.")
    number = _int(data["number"], where, "number", required=True)
    assert number is not None
    if number < 1:
        raise InvalidInput(f"{where}: `number` must be 1 or more.")
    where = f"Pledge #{number} (entry {index + 1})"
    try:
        status = Status(data["status"])
    except ValueError:
        raise InvalidInput(f"{where}: `status` “{echo(data['status'])}” is not a status.") from None
    values: dict[str, Any] = {
        "number": number,
        "speaker": _text(data["speaker"], where, "speaker", MAX_SPEAKER),
        "promise": _text(data["promise"], where, "promise", MAX_PROMISE),
        "status": status,
        "vague": bool(data.get("vague", False)),
        "depends_on": _int(data.get("depends_on"), where, "depends_on"),
        "recorded_by": _snowflake(data.get("recorded_by", 0), where, "recorded_by"),
    }
    for name in _TIMES:
        values[name] = _time(data.get(name), where, name, required=name in _REQUIRED)
    for name in _OPTIONAL_TEXT:
        values[name] = _text(data.get(name), where, name)
    history = data.get("history", [])
    if not isinstance(history, list):
        raise InvalidInput(f"{where}: `history` must be a list.")
    return ImportedPledge(values, [_event(e, where) for e in history])


def parse_import(data: bytes) -> list[ImportedPledge]:
    """A JSON export read back and checked whole: any fault refuses the entire file,
    with the first fault named."""
    try:
        document = json.loads(data.decode("utf-8"))
    except ValueError as error:  # UnicodeDecodeError, JSONDecodeError, a number too long
        raise InvalidInput(
            f"The file is not valid JSON ({echo(error)}). Use a file made by /pledge export "
            "format:json or `python -m bot export`."
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("pledges"), list):
        raise InvalidInput(
            "The file is not a Pledgewatch export: it needs a `pledges` list. Use a file "
            "made by /pledge export format:json."
        )
    if document.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        raise InvalidInput(
            f"The file is export version “{echo(document.get('version'))}”; this Pledgewatch "
            f"reads version {FORMAT_VERSION}."
        )
    entries = document["pledges"]
    if len(entries) > MAX_IMPORT_PLEDGES:
        raise InvalidInput(f"The file holds more than {MAX_IMPORT_PLEDGES} pledges.")
    pledges = [_pledge(entry, index) for index, entry in enumerate(entries)]
    seen: set[int] = set()
    for pledge in pledges:
        number = pledge.fields["number"]
        if number in seen:
            raise InvalidInput(f"Pledge #{number} appears twice in the file.")
        seen.add(number)
    for pledge in pledges:
        depends = pledge.fields["depends_on"]
        if depends is not None and depends not in seen:
            raise InvalidInput(
                f"Pledge #{pledge.fields['number']} depends on #{depends}, "
                "which is not in the file."
            )
    return pledges
