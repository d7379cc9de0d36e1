"""The words of each pledge on PostgreSQL, folded by Pledgewatch rather than the server.

`to_tsvector('simple', ...)` lower-cases by the database's locale: in the C locale (a
common `initdb` choice, and the test server's) it folds ASCII letters only, so
"Émilie" stayed "Émilie" in the index and neither "émilie" nor "emilie" found it, and
no locale takes accents off. SQLite's text index folds both. Since schema version 12
each pledge's `search_words` holds the words db/listing.py's `index_words` gives, the
same words SQLite's index holds, written whenever a pledge's text is written; a search
sends its words as a tsquery of quoted prefixes, which PostgreSQL takes as they are.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from db.listing import index_words, words_of

# The longest word a tsvector holds is 2,047 bytes; a longer "word" (a pasted hash,
# say) is nothing anyone types, and to_tsvector left such words out too.
_LONGEST = 2_047
_TEXT_FIELDS = ("speaker", "promise", "quote", "beneficiary")  # the words' fields
_BACKFILL_BATCH = 2_000
_REPORT_EVERY = 50_000
log = logging.getLogger(__name__)
WORDS_VERSION = 12  # the schema version that brought `search_words`


def words_of_pledge(row: Any) -> list[str]:
    """The distinct words of a pledge's speaker, promise, quote and beneficiary."""
    text = " ".join(row[name] or "" for name in _TEXT_FIELDS)
    return sorted({w for w in index_words(text) if len(w.encode()) <= _LONGEST})


def prefix_query(text: str) -> str | None:
    """A tsquery text finding every word of a member's `text` as the beginning of a
    word, folded as the index folds them. Only letters and digits pass, quoted, so
    nothing typed is read as query syntax. None: no words at all."""
    words = words_of(text)
    return " & ".join(f"'{word}':*" for word in words) if words else None


def touches_words(changes: dict[str, Any]) -> bool:
    """Whether an update changes a field whose words are indexed."""
    return any(name in changes for name in _TEXT_FIELDS)


async def index_pledges(conn: Any, guild_id: int, ids: Sequence[int]) -> None:
    """Write `search_words` for the server's pledges `ids` from their text as it now
    stands."""
    if not ids:
        return
    rows = await conn.fetch(
        f"SELECT id, {', '.join(_TEXT_FIELDS)} FROM pledges WHERE guild_id = $1 AND id = ANY($2)",
        guild_id,
        list(ids),
    )
    # One statement for the batch; words hold no spaces, so a space joins them.
    await conn.execute(
        "UPDATE pledges p SET search_words = array_to_tsvector(string_to_array(u.words, ' ')) "
        "FROM unnest($2::bigint[], $3::text[]) AS u (id, words) "
        "WHERE p.guild_id = $1 AND p.id = u.id",
        guild_id,
        [row["id"] for row in rows],
        [" ".join(words_of_pledge(row)) for row in rows],
    )


async def backfill(database: Any) -> int:
    """Index the pledges written before schema version 12 (or by an older process
    while this one was upgrading), in order of id, a batch per transaction, each
    server's rows of the batch together; returns how many."""
    done, after, began = 0, 0, time.monotonic()
    while True:
        async with database.transaction() as conn:
            rows = await conn.fetch(
                # FOR UPDATE waits for a writer holding a row (never SKIP LOCKED: a row
                # skipped while another process ruled on it would stay unindexed, and out
                # of every search, until the next start), and keeps a text edited
                # meanwhile from being overwritten with the words it had before.
                "SELECT guild_id, id FROM pledges WHERE id > $1 AND search_words IS NULL "
                "ORDER BY id LIMIT $2 FOR UPDATE",
                after,
                _BACKFILL_BATCH,
            )
            by_guild: dict[int, list[int]] = {}
            for row in rows:
                by_guild.setdefault(row["guild_id"], []).append(row["id"])
            for guild_id, ids in by_guild.items():
                await index_pledges(conn, guild_id, ids)
        if not rows:
            if done:
                log.info("Indexed the words of %d pledge(s) for search", done)
            return done
        if not done:
            log.info("Indexing the words of pledges written before schema version 12 ...")
        done += len(rows)
        after = rows[-1]["id"]
        if done % _REPORT_EVERY == 0:
            log.info("... %d pledges indexed (%.0f s)", done, time.monotonic() - began)
