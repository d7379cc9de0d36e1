"""A pledge's history, one line per event, for the cards of bot/chat/render.py."""

from __future__ import annotations

import re
from datetime import datetime

from discord.utils import format_dt

from bot.chat.markdown import md, one_line, shown_url
from bot.core.model import Event
from bot.core.text import cut


def actor_mention(actor_id: int) -> str:
    """Who did something: a member's mention, or the bot itself (an import)."""
    return "Pledgewatch" if actor_id == 0 else f"<@{actor_id}>"


# How an extension records a deadline: its words, then the moment in ISO form
# ("within two weeks (2025-09-01T23:59+00:00)"), or the moment alone.
_RECORDED_DUE = re.compile(r"(?:(?P<words>.*) \()?(?P<at>\d{4}-\d\d-\d\dT[0-9:.+\-Z]+)(?(words)\))")


def _due_value(value: str | None) -> str:
    """An extension's old or new deadline as the member reads it: the words, and the
    moment as a Discord timestamp (in the reader's own zone), not the stored UTC text."""
    if not value:
        return ""
    found = _RECORDED_DUE.fullmatch(value)
    if found is None:
        return md(value)
    try:
        moment = datetime.fromisoformat(found["at"])
    except ValueError:
        return md(value)
    if moment.tzinfo is None:
        return md(value)
    shown = format_dt(moment, "f")
    return f"{md(found['words'])} ({shown})" if found["words"] else shown


def history_line(event: Event) -> str:
    at = format_dt(event.at, "d")
    who = actor_mention(event.actor_id)
    if event.kind == "created":
        text = f"recorded by {who}"
    elif event.kind in ("ruled", "reopened"):
        text = f"{who}: {event.from_value} → **{event.to_value}**"
    elif event.kind == "extended":
        before, after = _due_value(event.from_value) or "none", _due_value(event.to_value)
        text = f"{who} extended the deadline: {before} → {after}"
    elif event.kind == "edited":
        text = f"{who} edited {event.field}"
    elif event.kind == "deleted":
        text = f"deleted by {who}"
    else:
        text = f"{event.kind} by {who}"
    evidence = event.evidence_url and shown_url(event.evidence_url)
    extra = " ".join(filter(None, [event.note and f"— {md(event.note)}", evidence]))
    # One event, one line: the history fields are laid out, and cut, line by line.
    return one_line(f"{at} {text} {cut(one_line(extra), 300)}")
