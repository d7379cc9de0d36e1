"""The read side of /pledge list and the autocompletes, each bounded by what it answers.

Every query walks an index in the order it answers in (schema version 6), so a page of
ten costs about ten rows whatever the server's size:

- a list walks `pledges_list` (one status) or `pledges_list_all` from a keyset
  position (due_key, number), never skipping rows with OFFSET;
- a filter that matches few pledges (a rare word, a speaker with few pledges) is
  driven from its own index and the few matches sorted; one that matches many walks
  the list order and checks each row, which finds a page within a few rows;
- counts stop at COUNT_CAP;
- number autocomplete reads number ranges ("12" is 12, 120-129, 1200-1299, ...) off the
  (guild_id, number) key, and text matches off the FTS5 index;
- speakers come from `speaker_names`, one row per spelling, kept by triggers.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import aiosqlite

from bot.core.model import COUNT_CAP, DUE_SOON, ListFilter, Page, PageKey, Pledge
from db._sqlite import PLEDGE_COLUMNS, Database, like, marks, pledge_from_row, to_db

# Below this many matches a filter drives the query from its own index and sorts the
# matches; above it, walking the list order finds a page's matches within a few rows.
SELECTIVE = 5_000
NO_DEADLINE = "~"  # due_key of a pledge without a deadline: sorts after every date
_WORD = re.compile(r"[^\W_]+")  # FTS5 words: letters and digits
_PREFIXED = ", ".join(f"p.{name.strip()}" for name in PLEDGE_COLUMNS.split(","))
_MAX_WORDS = 8
_EXPAND = 16  # a typed word beginning more words than this is searched as a prefix


def _key(key: PageKey) -> tuple[str, int]:
    due = to_db(key.due_at)
    return (due if due is not None else NO_DEADLINE, key.number)


def index_words(text: str) -> list[str]:
    """The words of `text` as the text index keeps them. FTS5's unicode61 tokenizer
    (remove_diacritics 1) takes the one accent off a Latin letter and folds case one
    letter for one letter: the index holds "emilie" and "straße" (casefold's "strasse"
    is in no index), and keeps "ǖ" (two accents) and Greek accents as they are.
    PostgreSQL's `search_words` holds the same words (db/pg/words.py), so a search
    finds the same pledges on both engines, whatever the server's locale."""
    letters = (_fold_letter(_bare(c)) for c in unicodedata.normalize("NFC", text))
    return _WORD.findall("".join(letters))


def words_of(text: str) -> list[str]:
    """The words of a member's search, folded as the index folds them (at most eight)."""
    return index_words(text)[:_MAX_WORDS]


def _bare(letter: str) -> str:
    """A Latin letter with one accent without it ("é" to "e", "İ" to "I")."""
    parts = unicodedata.normalize("NFD", letter)
    if len(parts) == 2 and unicodedata.combining(parts[1]):
        if unicodedata.name(parts[0], "").startswith("LATIN"):
            return parts[0]
    return letter


def _fold_letter(letter: str) -> str:
    """A letter folded as the tokenizer folds it: casefold where that gives one letter
    ("Σ" and "ς" to "σ"), else lower() where that does ("ẞ" to "ß"), else unchanged."""
    for folded in (letter.casefold(), letter.lower()):
        if len(folded) == 1:
            return folded
    return letter


async def fts_match(db: aiosqlite.Connection, guild_id: int, text: str) -> str | None:
    """An FTS5 query finding pledges with words starting with each word of `text`;
    quoted, so nothing a member types is read as FTS syntax. None: no words at all.

    A typed word is searched as the whole words it begins, when they are few: checking
    one pledge against a prefix query merges every doclist the prefix covers, against
    a few words it is a seek in each. The server's own word comes first: a search reads
    its server's matches only."""
    words = words_of(text)
    if not words:
        return None
    parts = []
    for word in words:
        rows = await db.execute_fetchall(
            "SELECT term FROM pledge_words WHERE term >= ? AND term < ? LIMIT ?",
            (word, word + "\U0010ffff", _EXPAND + 1),
        )
        terms = [row[0] for row in rows]
        if len(terms) > _EXPAND:
            parts.append(f'"{word}"*')
        else:
            parts.append("(" + " OR ".join(f'"{t}"' for t in terms or [word]) + ")")
    return " AND ".join([f'"srv{int(guild_id)}"', *parts])


class _Filter:
    """The WHERE clause of one list request, and which index drives it."""

    def __init__(self, guild_id: int, status: ListFilter, now: datetime) -> None:
        self.where = ["guild_id = ?", "deleted_at IS NULL"]
        self.params: list[Any] = [guild_id]
        self.index = "pledges_list"
        if status is ListFilter.OVERDUE:
            self.where += ["status = 'open'", "due_key < ?"]
            self.params.append(to_db(now))
        elif status is ListFilter.DUE_SOON:
            self.where += ["status = 'open'", "due_key >= ?", "due_key <= ?"]
            self.params += [to_db(now), to_db(now + DUE_SOON)]
        elif status is ListFilter.ALL:
            self.index = "pledges_list_all"
        else:
            self.where.append("status = ?")
            self.params.append(status.value)
        self.sort = False  # the driving index is not in list order: sort the matches
        # A filter checked row by row on the list order (it matches many): counting its
        # matches would read the whole server, so the count is `known` or a lower bound.
        self.walk = False
        self.known: int | None = None
        self.all = status is ListFilter.ALL

    def add(self, condition: str, *params: Any) -> None:
        self.where.append(condition)
        self.params += params

    @property
    def clause(self) -> str:
        return " AND ".join(self.where)


async def _spellings(database: Database, guild_id: int, typed: str) -> list[tuple[str, int]]:
    """The server's speaker spellings containing `typed` (casefolded, as `speakers`),
    with their live pledges."""
    rows = await database.read(
        "SELECT speaker, pledges FROM speaker_names WHERE guild_id = ? "
        "AND fold(speaker) LIKE ? ESCAPE '\\'",
        (guild_id, like(typed.casefold())),
    )
    return [(row[0], row[1]) for row in rows]


async def _text_matches(database: Database, match: str) -> list[int]:
    """The ids of the server's pledges the words match, up to SELECTIVE + 1 of them:
    read once, so that the count and the page do not run the text query again (with
    the server's word, each run steps through as many entries as the server has
    pledges: 10 ms at a million)."""
    rows = await database.read(
        "SELECT rowid FROM pledge_text WHERE pledge_text MATCH ? LIMIT ?",
        (match, SELECTIVE + 1),
    )
    return [row[0] for row in rows]


async def _narrow(
    database: Database, found: _Filter, guild_id: int, speaker: str | None, query: str | None
) -> bool:
    """Add the speaker and text filters; False when nothing can match."""
    if speaker and speaker.strip():
        spellings = await _spellings(database, guild_id, speaker.strip())
        if not spellings:
            return False
        names = [name for name, _ in spellings]
        matched = sum(n for _, n in spellings)
        if matched <= SELECTIVE:
            found.index, found.sort = "pledges_by_speaker", len(names) > 1
            found.add(f"speaker IN ({marks(names)})", *names)
        else:
            found.add(f"+speaker IN ({marks(names)})", *names)
            found.walk = True
            found.known = matched if found.all and not (query and query.strip()) else None
    if query and query.strip():
        async with database.reader() as db:
            match = await fts_match(db, guild_id, query)
        if match is None:  # punctuation only: a literal substring, checked row by row
            found.walk, found.known = True, None
            found.add(
                "(promise LIKE ? ESCAPE '\\' OR quote LIKE ? ESCAPE '\\' "
                "OR speaker LIKE ? ESCAPE '\\' OR beneficiary LIKE ? ESCAPE '\\')",
                *[like(query.strip())] * 4,
            )
        elif found.index != "pledges_by_speaker" and (
            len(ids := await _text_matches(database, match)) <= SELECTIVE
        ):
            found.index, found.sort = "", True  # driven by the text index's matches
            found.add("id IN (SELECT value FROM json_each(?))", json.dumps(ids))
        else:  # each row of the list order looked up in the text index by its id
            found.walk, found.known = True, None
            found.add(
                "EXISTS (SELECT 1 FROM pledge_text WHERE pledge_text MATCH ? "
                "AND pledge_text.rowid = pledges.id)",
                match,
            )
    return True


async def list_page(
    database: Database,
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
    found = _Filter(guild_id, status, now)
    if not await _narrow(database, found, guild_id, speaker, query):
        return Page(items=[], total=0, offset=0, limit=limit, more=False)
    # Driven by the text index: the matches are looked up by id (NOT INDEXED keeps the
    # rowid lookups and forbids walking a server-wide index instead).
    source = f"pledges INDEXED BY {found.index}" if found.index else "pledges NOT INDEXED"
    total = found.known
    if total is None and not found.walk:
        counted = await database.read_one(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM {source} WHERE {found.clause} LIMIT ?)",
            (*found.params, COUNT_CAP + 1),
        )
        total = counted[0] if counted else 0
    where, params = found.clause, list(found.params)
    order = "due_key, number"
    if after is not None:
        where += " AND (due_key, number) > (?, ?)"
        params += _key(after)
    elif before is not None:
        where += " AND (due_key, number) < (?, ?)"
        params += _key(before)
        order = "due_key DESC, number DESC"
    tail = "LIMIT ?" if after is not None or before is not None else "LIMIT ? OFFSET ?"
    params += [limit + 1] if tail == "LIMIT ?" else [limit + 1, offset]
    rows = await database.read(
        f"SELECT {PLEDGE_COLUMNS} FROM {source} WHERE {where} ORDER BY {order} {tail}", params
    )
    items = [pledge_from_row(row) for row in rows[:limit]]
    more = len(rows) > limit
    if before is not None:
        items.reverse()
        more = True  # the page this one was reached from follows it
    capped = total is not None and total > COUNT_CAP
    if total is None:  # not counted: at least what was seen, "+" while more follow
        total, capped = offset + len(items) + int(more), more
    return Page(
        items=items,
        total=min(total, COUNT_CAP),
        offset=offset,
        limit=limit,
        capped=capped,
        more=more,
    )


# -- autocomplete -------------------------------------------------------------------------


def _prefix_ranges(typed: int, highest: int) -> list[tuple[int, int]]:
    """The number ranges that start with the digits of `typed` (itself excluded), the
    longest numbers first: 12 -> [(1200, 1299), (120, 129)] when the highest is 1500."""
    ranges = []
    scale = 10
    while typed * scale <= highest:
        ranges.append((typed * scale, typed * scale + scale - 1))
        scale *= 10
    return ranges[::-1]


async def _walk(
    db: aiosqlite.Connection, guild_id: int, low: int, high: int, open_: bool, limit: int
) -> list[aiosqlite.Row]:
    """Live pledges numbered low..high, open ones or the others, highest number first."""
    state = "status = 'open'" if open_ else "status != 'open'"
    return list(
        await db.execute_fetchall(
            f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = ? AND number BETWEEN ? "
            f"AND ? AND deleted_at IS NULL AND {state} ORDER BY number DESC LIMIT ?",
            (guild_id, low, high, limit),
        )
    )


async def _by_number(
    db: aiosqlite.Connection, guild_id: int, typed: str, limit: int
) -> list[aiosqlite.Row]:
    """The pledge numbered `typed`, then those whose number starts with it: open ones
    first, each group by number, highest first."""
    highest_row = await (
        await db.execute("SELECT MAX(number) FROM pledges WHERE guild_id = ?", (guild_id,))
    ).fetchone()
    highest = (highest_row[0] if highest_row else None) or 0
    if not typed.isdigit() and typed:
        return []
    rows: list[aiosqlite.Row] = []
    if not typed:
        ranges = [(1, highest)]
    else:
        number = int(typed)
        if number > highest:
            return []
        rows += await _walk(db, guild_id, number, number, True, 1)
        rows += await _walk(db, guild_id, number, number, False, 1)
        ranges = _prefix_ranges(number, highest)
    for open_ in (True, False):
        for low, high in ranges:
            if len(rows) >= limit:
                return rows
            rows += await _walk(db, guild_id, low, high, open_, limit - len(rows))
    return rows


async def search_numbers(database: Database, guild_id: int, typed: str, limit: int) -> list[Pledge]:
    """Autocomplete: the exact number, then number prefixes, then word matches, open
    pledges first within each and higher numbers before lower."""
    typed = typed.strip().lstrip("#")
    async with database.reader() as db:
        rows = await _by_number(db, guild_id, typed, limit)
        match = await fts_match(db, guild_id, typed) if typed else None
        if match is not None and len(rows) < limit:
            seen = {row["id"] for row in rows}
            for state in ("status = 'open'", "status != 'open'"):
                # Driven by the text index, newest match first (FTS5 walks its rowids
                # backwards without sorting), each looked up by id.
                found = await db.execute_fetchall(
                    f"SELECT {_PREFIXED} FROM pledge_text t CROSS JOIN pledges p "
                    "ON p.id = t.rowid WHERE pledge_text MATCH ? AND p.guild_id = ? "
                    f"AND p.deleted_at IS NULL AND p.{state} ORDER BY t.rowid DESC LIMIT ?",
                    (match, guild_id, limit + len(seen)),
                )
                rows += [row for row in found if row["id"] not in seen]
    return [pledge_from_row(row) for row in rows[:limit]]


async def speakers(database: Database, guild_id: int, typed: str, limit: int) -> list[str]:
    """Speakers of the server's pledges for autocomplete: those starting with what was
    typed first, then those containing it, each group by how often they pledged.
    Spellings differing only in case are one speaker, shown as the one sorting first.
    Case is Python's casefold, as the scorecards' (`fold()`): "émi" finds "Émilie", and
    "émilie" and "ÉMILIE" are one speaker (LIKE and NOCASE fold ASCII letters only)."""
    typed = typed.strip().casefold()
    rows = await database.read(
        "SELECT MIN(speaker) AS name, SUM(pledges) AS n, "
        "MIN(CASE WHEN fold(speaker) LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END) AS rank "
        "FROM speaker_names WHERE guild_id = ? AND fold(speaker) LIKE ? ESCAPE '\\' "
        "GROUP BY fold(speaker) ORDER BY rank, n DESC, name LIMIT ?",
        (like(typed)[1:], guild_id, like(typed), limit),
    )
    return [row["name"] for row in rows]


def rank_speakers(rows: Iterable[tuple[str, int]], typed: str, limit: int) -> list[str]:
    """`speakers`'s choice made in Python, from every (spelling, live pledges) of a
    server: for an engine whose SQL cannot fold case as Python does (PostgreSQL's lower()
    and ILIKE follow the database's locale: ASCII letters only in the C locale)."""
    typed = typed.strip().casefold()
    groups: dict[str, list[tuple[str, int]]] = {}
    for name, pledges in rows:
        if typed in name.casefold():
            groups.setdefault(name.casefold(), []).append((name, pledges))
    ranked = sorted(
        (
            0 if key.startswith(typed) else 1,
            -sum(n for _, n in group),
            min(name for name, _ in group),
        )
        for key, group in groups.items()
    )
    return [name for _, _, name in ranked[:limit]]
