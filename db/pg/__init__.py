"""PostgreSQL, the second storage engine: `PgStore` implements the same protocols as
the SQLite store (bot/core/ports.py)."""

from db.pg.store import PgStore

__all__ = ["PgStore"]
