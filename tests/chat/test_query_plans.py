"""Every statement the bot runs finds its rows through an index (issue 15).

The statements are not listed by hand: the connection's execute methods are wrapped
while the service, the keeping service and the dispatcher do everything a server does
(record, list every way, page on and back, autocomplete, rule, extend, edit, delete,
follow, scorecards, export, a new alert schedule, alerts sent alone and as a digest,
a failing channel, a refused message), and each distinct statement is then replayed
under EXPLAIN QUERY PLAN with the parameters it ran with.

The rules: no full scan of the tables that grow with pledges (pledges, alert_outbox,
pledge_events, follows), and no sort of a list's rows for its main order. A filter
that matches few pledges (a rare word through the FTS5 index, a handful of speaker
spellings) may sort those few: the plan shows it driven by that index (or by the
list of the index's matches).
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import timedelta
from typing import Any

import aiosqlite
import pytest

from bot.chat.dispatcher import Dispatcher
from bot.chat.sender import DeliveryError
from bot.core.model import Actor, Status
from bot.keeping import KeepingService
from tests.chat.dispatching import CHANNEL, GUILD, MANAGER, advance, start
from tests.scenario import read_everything, record_some

GROWING = {"pledges", "alert_outbox", "pledge_events", "follows"}
_SOURCE = re.compile(
    r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(?!WHERE|JOIN|ON|INDEXED|LEFT|CROSS|ORDER|GROUP"
    r"|LIMIT|SET|USING|WITH|UNION|AS\b)(\w+))?",
    re.IGNORECASE,
)
_NOT_A_QUERY = ("PRAGMA", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


def _aliases(sql: str) -> dict[str, str]:
    """alias (or table name) -> table, for every table the statement reads."""
    found: dict[str, str] = {}
    for table, alias in _SOURCE.findall(sql):
        found[table] = table
        if alias:
            found[alias] = table
    for table in re.findall(r"\bUPDATE\s+(\w+)", sql, re.IGNORECASE):
        found[table] = table
    return found


def problems(sql: str, plan: list[str]) -> list[str]:
    """What is wrong with one statement's plan, in words."""
    tables = _aliases(sql)
    wrong = []
    for line in plan:
        scanned = re.match(r"SCAN (\w+)(?! VIRTUAL TABLE)", line)
        if scanned and tables.get(scanned.group(1)) in GROWING and "USING" not in line:
            wrong.append(f"full scan: {line}")
    # The text index's matches, read first and handed over as a list of ids (at most
    # SELECTIVE of them, db/listing.py), drive a list the same way the index does.
    bounded = any(
        "pledge_text VIRTUAL TABLE" in line or "json_each VIRTUAL TABLE" in line for line in plan
    ) or any("pledges_by_speaker" in line for line in plan)
    lists = re.search(r"\bFROM pledges\b", sql) and "ORDER BY due_key" in sql
    if lists and not bounded and any("TEMP B-TREE FOR ORDER BY" in line for line in plan):
        wrong.append("the list's rows are sorted, not read in order")
    return wrong


@pytest.fixture
def statements(monkeypatch) -> dict[str, Any]:
    """Every distinct statement run on any connection, with its first parameters."""
    seen: dict[str, Any] = {}

    def wrap(name: str) -> None:
        original = getattr(aiosqlite.Connection, name)

        def recording(self, sql, parameters=None, *args, **kwargs):
            if name == "executemany":
                parameters = list(parameters or [])
                first = parameters[0] if parameters else None
                if first is not None:
                    seen.setdefault(sql, first)
            else:
                seen.setdefault(sql, parameters if parameters is not None else ())
            return original(self, sql, parameters, *args, **kwargs)

        monkeypatch.setattr(aiosqlite.Connection, name, recording)

    for name in ("execute", "execute_fetchall", "executemany"):
        wrap(name)
    return seen


async def exercise(service, store, clock, sender) -> None:
    """What members and the dispatcher do on a server."""
    keeping = KeepingService(service)
    author = Actor(user_id=11)
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    dispatcher = Dispatcher(store, clock, sender)
    service.on_alerts_changed = dispatcher.wake
    await record_some(service, GUILD, author, 14)
    await service.add(GUILD, author, speaker="Olaf", promise="x", depends_on=1)
    await start(dispatcher, clock)
    try:
        await read_everything(service, GUILD)
        await advance(dispatcher, clock, timedelta(hours=2))  # single alerts go out
        await service.mark(GUILD, 2, MANAGER, Status.BROKEN, note="no")
        await service.extend(GUILD, 5, MANAGER, "in three weeks")
        await service.edit(GUILD, 4, MANAGER, promise="A new wording")
        await service.delete(GUILD, 6, MANAGER)
        await advance(dispatcher, clock, timedelta(days=3))  # a digest
        sender.failures[CHANNEL] = DeliveryError("unusable", "403", status=403)
        await advance(dispatcher, clock, timedelta(days=8))
        await service.settings_for_manager(GUILD, MANAGER)
        del sender.failures[CHANNEL]
        await service.update_settings(GUILD, MANAGER, repeat_days=10, heads_up_minutes=30)
        await service.replans.wait()
        await advance(dispatcher, clock, timedelta(days=40))
        await keeping.follow(GUILD, author.user_id, number=3)
        await keeping.follow(GUILD, author.user_id, speaker="Mark Rutte")
        await keeping.unfollow(GUILD, author.user_id, number=3)
        await keeping.following(GUILD, author.user_id)
        await keeping.scorecards(GUILD)
        await keeping.speaker_card(GUILD, "Mark Rutte")
        await keeping.chart_data(GUILD)
        await keeping.chart_data(GUILD, "mark rutte")
        await keeping.export_file(GUILD, "csv")
        await keeping.export_file(GUILD, "json", status="open")
        await keeping.export_file(GUILD, "ics", max_bytes=8_000_000)
    finally:
        await dispatcher.stop()


# SQLite's planner: the statements are caught on aiosqlite's connection and replayed
# under EXPLAIN QUERY PLAN on the SQLite file (PostgreSQL's plans are not checked here).
@pytest.mark.sqlite_only
async def test_every_statement_the_bot_runs_uses_an_index(statements, service, store, clock):
    from tests.chat.dispatching import FakeSender

    await exercise(service, store, clock, FakeSender())
    db = sqlite3.connect(store.path)
    db.create_function("fold", 1, str.casefold, deterministic=True)  # as db/_sqlite.py does
    try:
        report = {}
        for sql, params in statements.items():
            if sql.lstrip().upper().startswith(_NOT_A_QUERY):
                continue
            plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
            wrong = problems(sql, plan)
            if os.environ.get("SHOW_PLANS"):
                print(len(statements), " ".join(sql.split())[-220:], plan)
            if wrong:
                report[" ".join(sql.split())[:300]] = wrong + plan
    finally:
        db.close()
    assert len(statements) > 60  # the wrapping saw the bot's work, not a handful
    assert report == {}


def test_the_checker_catches_a_scan_and_a_sort():
    sql = "SELECT * FROM pledges WHERE promise LIKE ? ORDER BY due_key, number"
    assert problems(sql, ["SCAN pledges", "USE TEMP B-TREE FOR ORDER BY"]) == [
        "full scan: SCAN pledges",
        "the list's rows are sorted, not read in order",
    ]
    aliased = "SELECT 1 FROM alert_outbox o WHERE o.state = 'x'"
    assert problems(aliased, ["SCAN o"]) == ["full scan: SCAN o"]
    assert problems(aliased, ["SEARCH o USING INDEX alert_outbox_by_pledge (pledge_id=?)"]) == []
