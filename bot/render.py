"""Everything that turns pledges into Discord messages. The only place that formats.

Every builder here keeps to Discord's limits (GUIDE §3) whatever the input: text that
is too long is cut with an ellipsis, so a maximal pledge never makes Discord reject the
message.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import discord
from discord.utils import format_dt

from bot.pledges import Event, GuildSettings, ListFilter, Page, Pledge, Status, TrackRecord

TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
CONTENT_MAX = 2000
EMBED_TOTAL_MAX = 6000
HISTORY_SHOWN = 5

COLOURS: dict[str, discord.Colour] = {
    Status.OPEN.value: discord.Colour.blurple(),
    Status.FULFILLED.value: discord.Colour.green(),
    Status.PARTLY.value: discord.Colour.gold(),
    Status.BROKEN.value: discord.Colour.dark_red(),
    Status.WITHDRAWN.value: discord.Colour.light_grey(),
    "overdue": discord.Colour.red(),
}
STATUS_ICONS: dict[str, str] = {
    Status.OPEN.value: "⏳",
    Status.FULFILLED.value: "✅",
    Status.PARTLY.value: "🌓",
    Status.BROKEN.value: "❌",
    Status.WITHDRAWN.value: "↩️",
    "overdue": "🔴",
}
ALERTS_PAUSED = (
    "Alerts are paused: this server has no alert channel. "
    "Someone with Manage Server can set one with /pledgewatch channel."
)

NO_MENTIONS = discord.AllowedMentions.none()


def cut(text: str, limit: int) -> str:
    """Shorten to at most `limit` characters, marking the cut with an ellipsis."""
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def when(moment: datetime) -> str:
    return f"{format_dt(moment, 'f')} ({format_dt(moment, 'R')})"


def status_label(pledge: Pledge, now: datetime) -> str:
    return "overdue" if pledge.is_overdue(now) else pledge.status.value


def due_text(pledge: Pledge, now: datetime) -> str:
    if pledge.due_at is None:
        words = f" (“{pledge.deadline_text}” names no date)" if pledge.deadline_text else ""
        return "No deadline" + words
    text = when(pledge.due_at)
    if pledge.vague:
        text = "approximately " + text
    if pledge.deadline_text:
        text += f"\n“{pledge.deadline_text}”"
    if pledge.is_overdue(now):
        text = "**Overdue** — was due " + text
    return text


def _link(url: str | None, title: str | None) -> str | None:
    if url:
        label = cut(title, 200).replace("[", "(").replace("]", ")") if title else url
        return f"[{label}]({url})" if title else url
    return title


def pledge_embed(
    pledge: Pledge,
    now: datetime,
    *,
    history: Sequence[Event] = (),
    settings: GuildSettings | None = None,
    full_history: bool = False,
) -> discord.Embed:
    label = status_label(pledge, now)
    embed = discord.Embed(
        title=cut(f"#{pledge.number} · {pledge.promise}", TITLE_MAX),
        colour=COLOURS[label],
    )
    description = [f"**{cut(pledge.speaker, 100)}** pledged"]
    if pledge.beneficiary:
        description[0] += f" to {cut(pledge.beneficiary, 100)}"
    if pledge.quote:
        description.append("> " + cut(pledge.quote, 1000).replace("\n", "\n> "))
    embed.description = cut("\n".join(description), DESCRIPTION_MAX)
    embed.add_field(name="Status", value=f"{STATUS_ICONS[label]} {label}", inline=True)
    embed.add_field(name="Due", value=cut(due_text(pledge, now), FIELD_VALUE_MAX), inline=True)
    embed.add_field(name="Said", value=when(pledge.said_at), inline=True)
    source = _link(pledge.source_url, pledge.source_title)
    if source:
        embed.add_field(name="Source", value=cut(source, FIELD_VALUE_MAX), inline=False)
    if pledge.depends_on:
        embed.add_field(name="Depends on", value=f"#{pledge.depends_on}", inline=True)
    if pledge.status.is_ruling and (pledge.status_note or pledge.evidence_url):
        ruling = " ".join(filter(None, [pledge.status_note, pledge.evidence_url]))
        embed.add_field(name="Ruling", value=cut(ruling, FIELD_VALUE_MAX), inline=False)
    recorder = (
        "Pledgewatch (article import)" if pledge.recorded_by == 0 else f"<@{pledge.recorded_by}>"
    )
    embed.add_field(name="Recorded by", value=recorder, inline=True)
    if history:
        shown = list(history) if full_history else list(history)[-HISTORY_SHOWN:]
        lines = [history_line(event) for event in shown]
        value = _fit_lines(lines, FIELD_VALUE_MAX, newest_last=True)
        title = "History" if len(shown) == len(history) else f"History (last {len(shown)})"
        embed.add_field(name=title, value=value, inline=False)
    footer = f"Pledge #{pledge.number}"
    if settings is not None and settings.alert_channel_id is None:
        footer += " · " + ALERTS_PAUSED
    embed.set_footer(text=cut(footer, FOOTER_MAX))
    return embed


def _fit_lines(lines: list[str], limit: int, *, newest_last: bool) -> str:
    """Keep whole lines, dropping the oldest first, so the newest always show."""
    kept: list[str] = []
    size = 0
    for line in reversed(lines) if newest_last else lines:
        line = cut(line, limit)
        if size + len(line) + 1 > limit:
            break
        kept.append(line)
        size += len(line) + 1
    if newest_last:
        kept.reverse()
    return "\n".join(kept) or "…"


def _actor(actor_id: int) -> str:
    return "Pledgewatch" if actor_id == 0 else f"<@{actor_id}>"


def history_line(event: Event) -> str:
    at = format_dt(event.at, "d")
    who = _actor(event.actor_id)
    if event.kind == "created":
        text = f"recorded by {who}"
    elif event.kind in ("ruled", "reopened"):
        text = f"{who}: {event.from_value} → **{event.to_value}**"
    elif event.kind == "extended":
        text = f"{who} extended the deadline: {event.from_value or 'none'} → {event.to_value}"
    elif event.kind == "edited":
        text = f"{who} edited {event.field}"
    elif event.kind == "deleted":
        text = f"deleted by {who}"
    else:
        text = f"{event.kind} by {who}"
    extra = " ".join(filter(None, [event.note and f"— {event.note}", event.evidence_url]))
    return f"{at} {text} {cut(extra, 300)}".rstrip()


def list_embed(
    page: Page,
    status: ListFilter,
    now: datetime,
    *,
    speaker: str | None = None,
    query: str | None = None,
    settings: GuildSettings | None = None,
) -> discord.Embed:
    filters = [status.value]
    if speaker:
        filters.append(f"speaker “{cut(speaker, 50)}”")
    if query:
        filters.append(f"matching “{cut(query, 50)}”")
    embed = discord.Embed(
        title=cut(f"Pledges — {', '.join(filters)}", TITLE_MAX), colour=discord.Colour.blurple()
    )
    if not page.items:
        embed.description = (
            "No pledges match. Record one with /pledge add, "
            "or import the example article's pledges with /pledgewatch seed."
        )
    else:
        lines = [list_line(p, now) for p in page.items]
        embed.description = cut("\n".join(lines), DESCRIPTION_MAX)
    footer = f"Page {page.page_index + 1} of {page.page_count} · {page.total} pledge(s)"
    if settings is not None and settings.alert_channel_id is None:
        footer += " · " + ALERTS_PAUSED
    embed.set_footer(text=footer)
    return embed


def list_line(pledge: Pledge, now: datetime) -> str:
    label = status_label(pledge, now)
    if pledge.due_at is None:
        due = "no deadline"
    else:
        due = ("~" if pledge.vague else "") + format_dt(pledge.due_at, "D")
    promise = cut(pledge.promise, 150)
    return (
        f"{STATUS_ICONS[label]} **#{pledge.number}** {cut(pledge.speaker, 60)}: {promise} — {due}"
    )


def autocomplete_name(pledge: Pledge) -> str:
    return cut(f"#{pledge.number} {pledge.speaker}: {pledge.promise}", 100)


def settings_embed(settings: GuildSettings, failure: str | None = None) -> discord.Embed:
    embed = discord.Embed(title="Pledgewatch settings", colour=discord.Colour.blurple())
    channel = f"<#{settings.alert_channel_id}>" if settings.alert_channel_id else "not set"
    embed.add_field(name="Alert channel", value=channel)
    role = f"<@&{settings.editor_role_id}>" if settings.editor_role_id else "not set"
    embed.add_field(name="Editor role", value=role)
    embed.add_field(name="Time zone", value=settings.timezone)
    embed.add_field(name="Date order", value="day-first" if settings.day_first else "month-first")
    heads = settings.heads_up_minutes
    embed.add_field(
        name="Alert schedule",
        value=(
            f"Heads-up {_duration(heads)} before the deadline\n"
            f"Follow-ups {', '.join(f'{d} d' for d in settings.follow_up_days)} after, "
            f"then every {settings.repeat_days} d while open\n"
            f"Review pledges without a deadline every {settings.review_days} d"
        ),
        inline=False,
    )
    if settings.alert_channel_id is None:
        embed.add_field(name="Alerts", value=ALERTS_PAUSED, inline=False)
    elif failure:
        embed.add_field(name="Alerts", value=cut(failure, FIELD_VALUE_MAX), inline=False)
    return embed


def _duration(minutes: int) -> str:
    if minutes == 0:
        return "none"
    if minutes % (24 * 60) == 0:
        return f"{minutes // (24 * 60)} d"
    if minutes % 60 == 0:
        return f"{minutes // 60} h"
    return f"{minutes} min"


def track_record_embed(records: Sequence[TrackRecord]) -> discord.Embed:
    embed = discord.Embed(title="Track records", colour=discord.Colour.blurple())
    if not records:
        embed.description = "No pledges yet. Record one with /pledge add."
        return embed
    lines = []
    for record in records:
        kept = record.counts.get(Status.FULFILLED.value, 0)
        partly = record.counts.get(Status.PARTLY.value, 0)
        broken = record.counts.get(Status.BROKEN.value, 0)
        ruled = kept + partly + broken
        score = f"{(kept + partly / 2) / ruled:.0%} kept" if ruled else "nothing ruled yet"
        parts = [f"{n} {s}" for s, n in sorted(record.counts.items()) if n]
        if record.overdue:
            parts.append(f"{record.overdue} overdue")
        lines.append(f"**{cut(record.speaker, 80)}** — {score} ({', '.join(parts)})")
    embed.description = _fit_lines(lines, DESCRIPTION_MAX, newest_last=False)
    return embed


def candidates_embed(candidates: Sequence, total: int, published: datetime) -> discord.Embed:
    """Candidates found by /pledge extract, numbered to match their Add buttons."""
    embed = discord.Embed(title="Candidate pledges", colour=discord.Colour.blurple())
    if not candidates:
        embed.description = (
            "I found no pledges in that text: no sentence commits someone to something. "
            "You can still record one by hand with /pledge add."
        )
        return embed
    lines = []
    for index, candidate in enumerate(candidates, start=1):
        speaker = cut(candidate.speaker, 80) if candidate.speaker else "*speaker unknown*"
        if candidate.deadline is None:
            due = "no deadline"
        else:
            due = ("~" if candidate.deadline.vague else "") + format_dt(candidate.deadline.due, "D")
            due += f" (“{cut(candidate.deadline.matched, 60)}”)"
        lines.append(
            f"**{index}.** {speaker}: {cut(candidate.promise, 300)}\n"
            f"   due {due} · confidence {candidate.confidence:.0%}"
        )
    embed.description = _fit_lines(lines, DESCRIPTION_MAX, newest_last=False)
    footer = f"Published {published:%d %b %Y}. Nothing is saved until someone presses Add."
    if total > len(candidates):
        footer += f" Showing {len(candidates)} of {total}."
    embed.set_footer(text=footer)
    return embed
