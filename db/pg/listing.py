"""The read side of /pledge list and the autocompletes on PostgreSQL: the same answers
as db/listing.py, on the indexes of db/migrations/pg/0006_scale.sql.

- a list walks `pledges_list`/`pledges_list_all` in list order, (COALESCE(due_at,
  'infinity'), number), from a keyset position when given one;
- counts stop at COUNT_CAP;
- the text filter matches each typed word as the beginning of a word of the promise,
  quote, speaker or beneficiary, through the GIN index on `search_words` (folded as
  SQLite's index folds them: db/pg/words.py);
- speakers come from `speaker_names`, one row per spelling, kept by a trigger.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.core.model import COUNT_CAP, DUE_SOON, ListFilter, Page, PageKey, Pledge
from db._sqlite import like  # one pattern for both: ILIKE escapes with a backslash too
from db.listing import _prefix_ranges, rank_speakers
from db.pg._pg import PLEDGE_COLUMNS, PgDatabase, pledge_from_row, to_pg
from db.pg.words import prefix_query

DUE_KEY = "COALESCE(due_at, 'infinity'::timestamptz)"


class _Where:
    """A WHERE clause with numbered parameters."""

    def __init__(self, guild_id: int) -> None:
        self.parts = ["guild_id = $1", "deleted_at IS NULL"]
        self.params: list[Any] = [guild_id]

    def param(self, value: Any) -> str:
        self.params.append(value)
        return f"${len(self.params)}"

    def add(self, part: str) -> None:
        self.parts.append(part)

    @property
    def clause(self) -> str:
        return " AND ".join(self.parts)


async def _spellings(database: PgDatabase, guild_id: int, typed: str) -> list[str]:
    """The server's speaker spellings containing `typed`, matched with Python's casefold
    (ILIKE follows the database's locale: ASCII letters only in the C locale)."""
    typed = typed.strip().casefold()
    rows = await database.fetch("SELECT speaker FROM speaker_names WHERE guild_id = $1", guild_id)
    return [row["speaker"] for row in rows if typed in row["speaker"].casefold()]


def _filter(
    guild_id: int,
    status: ListFilter,
    now: datetime,
    spellings: Sequence[str] | None,
    query: str | None,
) -> _Where:
    found = _Where(guild_id)
    if status is ListFilter.OVERDUE:
        found.add(f"status = 'open' AND due_at < {found.param(to_pg(now))}")
    elif status is ListFilter.DUE_SOON:
        low, high = found.param(to_pg(now)), found.param(to_pg(now + DUE_SOON))
        found.add(f"status = 'open' AND due_at >= {low} AND due_at <= {high}")
    elif status is not ListFilter.ALL:
        found.add(f"status = {found.param(status.value)}")
    if spellings is not None:
        found.add(f"speaker = ANY({found.param(list(spellings))}::text[])")
    if query and query.strip():
        words = prefix_query(query)
        if words is None:  # punctuation only: a literal substring
            pattern = found.param(like(query.strip()))
            found.add(
                f"(promise ILIKE {pattern} OR quote ILIKE {pattern} "
                f"OR speaker ILIKE {pattern} OR beneficiary ILIKE {pattern})"
            )
        else:
            found.add(f"search_words @@ {found.param(words)}::tsquery")
    return found


async def list_page(
    database: PgDatabase,
    guild_id: int,
    *,
    status: ListFilter,
    now: datetime,
    speaker: str | None,
    query: str | None,
    limit: int,
    offset: int,
    after: PageKey | None,
    before: PageKey | None,
) -> Page:
    spellings = (
        await _spellings(database, guild_id, speaker) if speaker and speaker.strip() else None
    )
    found = _filter(guild_id, status, now, spellings, query)
    total = await database.fetchval(
        f"SELECT COUNT(*) FROM (SELECT 1 FROM pledges WHERE {found.clause} LIMIT "
        f"{found.param(COUNT_CAP + 1)}) counted",
        *found.params,
    )
    found.params.pop()
    order = f"{DUE_KEY}, number"
    key = after if after is not None else before
    if key is not None:
        due, number = found.param(to_pg(key.due_at)), found.param(key.number)
        sign = ">" if after is not None else "<"
        place = f"(COALESCE({due}::timestamptz, 'infinity'), {number})"
        found.add(f"({DUE_KEY}, number) {sign} {place}")
        if before is not None:
            order = f"{DUE_KEY} DESC, number DESC"
    tail = f"LIMIT {found.param(limit + 1)}"
    if key is None:
        tail += f" OFFSET {found.param(offset)}"
    rows = await database.fetch(
        f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE {found.clause} ORDER BY {order} {tail}",
        *found.params,
    )
    items = [pledge_from_row(row) for row in rows[:limit]]
    more = len(rows) > limit
    if before is not None:
        items.reverse()
        more = True  # the page this one was reached from follows it
    return Page(
        items=items,
        total=min(total, COUNT_CAP),
        offset=offset,
        limit=limit,
        capped=total > COUNT_CAP,
        more=more,
    )


async def search_numbers(
    database: PgDatabase, guild_id: int, typed: str, limit: int
) -> list[Pledge]:
    """Autocomplete: the exact number, then number prefixes, then word matches, open
    pledges first within each and higher numbers before lower."""
    typed = typed.strip().lstrip("#")
    async with database.read_transaction() as conn:
        rows = await _by_number(conn, guild_id, typed, limit)
        query = prefix_query(typed)
        if query is not None and len(rows) < limit:
            # the word matches through the GIN index, open ones first, newest first.
            rows += await conn.fetch(
                f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 "
                "AND deleted_at IS NULL AND search_words @@ $2::tsquery "
                "AND NOT (id = ANY($3::bigint[])) "
                "ORDER BY status <> 'open', number DESC LIMIT $4",
                guild_id,
                query,
                [row["id"] for row in rows],
                limit - len(rows),
            )
    return [pledge_from_row(row) for row in rows]


async def _by_number(conn: Any, guild_id: int, typed: str, limit: int) -> list[Any]:
    """As db/listing.py: the pledge numbered `typed`, then those whose number starts
    with it, open ones first, each group by number, highest first; each a range of
    the server's (guild_id, number) key, never the whole server."""
    if typed and not typed.isdigit():
        return []
    highest = await conn.fetchval("SELECT MAX(number) FROM pledges WHERE guild_id = $1", guild_id)
    number = int(typed) if typed else 1
    if highest is None or number > highest:
        return []
    rows: list[Any] = []
    if not typed:  # nothing typed: the newest, open ones first, read down the key
        steps = [(1, highest, True), (1, highest, False)]
    else:
        steps = [(number, number, True), (number, number, False)]
        steps += [
            (low, high, open_)
            for open_ in (True, False)
            for low, high in _prefix_ranges(number, highest)
        ]
    for low, high, open_ in steps:
        if len(rows) >= limit:
            break
        state = "status = 'open'" if open_ else "status <> 'open'"
        rows += await conn.fetch(
            f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 AND number BETWEEN $2 "
            f"AND $3 AND deleted_at IS NULL AND {state} ORDER BY number DESC LIMIT $4",
            guild_id,
            low,
            high,
            limit - len(rows),
        )
    return rows


async def speakers(database: PgDatabase, guild_id: int, typed: str, limit: int) -> list[str]:
    """As db/listing.py, matched and grouped in Python (`rank_speakers`): PostgreSQL's
    ILIKE and lower() follow the database's locale, ASCII letters only in the C locale,
    where "émilie" and "ÉMILIE" were two speakers. One row a spelling of the server."""
    rows = await database.fetch(
        "SELECT speaker, pledges FROM speaker_names WHERE guild_id = $1", guild_id
    )
    return rank_speakers(((row["speaker"], row["pledges"]) for row in rows), typed, limit)
