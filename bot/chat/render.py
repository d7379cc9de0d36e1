"""Everything that turns pledges into Discord messages. The only place that formats.

Every builder here keeps to Discord's limits (bot/chat/limits.py) whatever the input:
text that is too long is cut with an ellipsis, so a maximal pledge never makes Discord
reject the message. The buttons on alerts are defined in bot/chat/ui/ruling.py; the
alert messages here attach them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.chat.limits import (
    CHOICE_NAME_MAX,
    CONTENT_MAX,
    DESCRIPTION_MAX,
    EMBED_TOTAL_MAX,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    FIELDS_MAX,
    FOOTER_MAX,
    NO_MENTIONS,
    TITLE_MAX,
)
from bot.chat.markdown import blockquote, md, one_line, safe_url, shown_url
from bot.chat.render_history import actor_mention, history_line
from bot.chat.ui import ruling
from bot.core.alerts import AlertKind
from bot.core.deadlines import Deadline, Refusal
from bot.core.extract import is_maybe
from bot.core.model import Event, GuildSettings, ListFilter, Page, Pledge, Status
from bot.core.text import cut

__all__ = [  # the limits are re-exported: tests check every builder against them
    "CONTENT_MAX",
    "DESCRIPTION_MAX",
    "EMBED_TOTAL_MAX",
    "FIELD_NAME_MAX",
    "FIELD_VALUE_MAX",
    "FIELDS_MAX",
    "FOOTER_MAX",
    "NO_MENTIONS",
    "TITLE_MAX",
]

HISTORY_SHOWN = 5  # on every card but /pledge show's
HISTORY_LINE_MIN = 80  # what the newest event keeps, at worst, on a card short of room

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
ALERTS_WAITING = (
    "Alerts are waiting: I can't post in the alert channel. "
    "Someone with Manage Server can see why with /pledgewatch show."
)


def alerts_note(settings: GuildSettings | None, waiting: bool) -> str:
    """The footer's word on alerts, for every member: paused (no channel) or waiting (the
    channel refuses the bot: gone, or no permission); nothing while they go out."""
    if settings is not None and settings.alert_channel_id is None:
        return " · " + ALERTS_PAUSED
    return " · " + ALERTS_WAITING if waiting else ""


def when(moment: datetime) -> str:
    return f"{format_dt(moment, 'f')} ({format_dt(moment, 'R')})"


def status_label(pledge: Pledge, now: datetime) -> str:
    return "overdue" if pledge.is_overdue(now) else pledge.status.value


def due_text(pledge: Pledge, now: datetime) -> str:
    if pledge.due_at is None:
        if pledge.due_earliest is not None:  # "not before June": a start, no deadline
            words = f"\n“{md(pledge.deadline_text)}”" if pledge.deadline_text else ""
            return f"No deadline; not before {format_dt(pledge.due_earliest, 'D')}{words}"
        words = f" (“{md(pledge.deadline_text)}” names no date)" if pledge.deadline_text else ""
        return "No deadline" + words
    text = when(pledge.due_at)
    if pledge.vague:
        text = "approximately " + text
    if pledge.deadline_text:
        text += f"\n“{md(pledge.deadline_text)}”"
    if pledge.is_overdue(now):
        text = "**Overdue** — was due " + text
    return text


def _link(url: str | None, title: str | None) -> str | None:
    if url and title:
        return f"[{md(cut(title, 200))}]({safe_url(url)})"
    if url:
        return shown_url(url)
    return md(title) if title else None


def pledge_embed(
    pledge: Pledge,
    now: datetime,
    *,
    history: Sequence[Event] = (),
    settings: GuildSettings | None = None,
    full_history: bool = False,
    alerts_waiting: bool = False,
) -> discord.Embed:
    label = status_label(pledge, now)
    embed = discord.Embed(
        title=cut(f"#{pledge.number} · {md(pledge.promise)}", TITLE_MAX),
        colour=COLOURS[label],
    )
    description = [f"**{cut(md(pledge.speaker), 200)}** pledged"]
    if pledge.beneficiary:
        description[0] += f" to {cut(md(pledge.beneficiary), 200)}"
    if pledge.quote:
        description.append(blockquote(pledge.quote))
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
        ruling = " ".join(
            filter(
                None,
                [md(pledge.status_note), pledge.evidence_url and shown_url(pledge.evidence_url)],
            )
        )
        embed.add_field(name="Ruling", value=cut(ruling, FIELD_VALUE_MAX), inline=False)
    recorder = (
        "Pledgewatch (article import)" if pledge.recorded_by == 0 else f"<@{pledge.recorded_by}>"
    )
    embed.add_field(name="Recorded by", value=recorder, inline=True)
    footer = f"Pledge #{pledge.number}" + alerts_note(settings, alerts_waiting)
    embed.set_footer(text=cut(footer, FOOTER_MAX))
    if history:
        _add_history(embed, list(history), full=full_history)
    _fit_total(embed)
    return embed


def _history_title(shown: int, total: int) -> str:
    return "History" if shown == total else f"History (last {shown} of {total})"


def _add_history(embed: discord.Embed, history: list[Event], *, full: bool) -> None:
    """The history as the card's last fields, newest last, in what room the card has left.

    A card shows the last HISTORY_SHOWN events in one field; /pledge show (`full`) shows
    every event, spread over as many fields as the 25-field and 6000-character limits
    allow. Older events are dropped first, and the title then says how many are shown
    ("History (last 12 of 40)"); the newest event is always shown, if need be by cutting
    the quote to make room."""
    total = len(history)
    pool = history if full else history[-HISTORY_SHOWN:]
    slots = FIELDS_MAX - len(embed.fields) if full else 1
    name_cost = len(_history_title(total - 1, total))  # the longest title a field may get
    room = EMBED_TOTAL_MAX - len(embed)
    if room < name_cost + HISTORY_LINE_MIN:
        _shrink_description(embed, name_cost + HISTORY_LINE_MIN - room)
        room = EMBED_TOTAL_MAX - len(embed)
    lines = [cut(history_line(event), FIELD_VALUE_MAX) for event in pool]
    chunks: list[list[str]] = []  # newest field first, each newest line first
    sizes: list[int] = []
    used = 0
    for line in reversed(lines):
        if chunks and sizes[-1] + 1 + len(line) <= FIELD_VALUE_MAX:
            if used + 1 + len(line) > room:
                break
            chunks[-1].append(line)
            sizes[-1] += 1 + len(line)
            used += 1 + len(line)
            continue
        if chunks and (len(chunks) == slots or used + name_cost + len(line) > room):
            break
        if not chunks:  # the newest event: always shown, cut if the card is short of room
            line = cut(line, max(1, room - name_cost))
        chunks.append([line])
        sizes.append(len(line))
        used += name_cost + len(line)
    if not chunks:
        return
    shown = sum(len(chunk) for chunk in chunks)
    for index, chunk in enumerate(reversed(chunks)):
        name = _history_title(shown, total) if index == 0 else "History (cont.)"
        embed.add_field(name=name, value="\n".join(reversed(chunk)), inline=False)


def _shrink_description(embed: discord.Embed, by: int) -> None:
    if embed.description and by > 0:
        embed.description = cut(embed.description, max(1, len(embed.description) - by))


def _fit_total(embed: discord.Embed) -> None:
    """The last guarantee of Discord's 6000 characters over a whole embed: should the
    parts, each within its own limit, still add up to more, the description (the quote)
    is cut, then the longest fields. History was laid out within the budget already."""
    _shrink_description(embed, len(embed) - EMBED_TOTAL_MAX)
    while len(embed) > EMBED_TOTAL_MAX and embed.fields:
        index, longest = max(enumerate(embed.fields), key=lambda pair: len(pair[1].value or ""))
        text = longest.value or ""
        value = cut(text, max(1, len(text) - (len(embed) - EMBED_TOTAL_MAX)))
        embed.set_field_at(index, name=longest.name, value=value, inline=longest.inline)
        if len(value) == 1:
            break


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


def list_embed(
    page: Page,
    status: ListFilter,
    now: datetime,
    *,
    speaker: str | None = None,
    query: str | None = None,
    settings: GuildSettings | None = None,
    alerts_waiting: bool = False,
) -> discord.Embed:
    filters = [status.value]
    if speaker:
        filters.append(f"speaker “{md(cut(speaker, 50))}”")
    if query:
        filters.append(f"matching “{md(cut(query, 50))}”")
    embed = discord.Embed(
        title=cut(f"Pledges — {', '.join(filters)}", TITLE_MAX), colour=discord.Colour.blurple()
    )
    if not page.items and (speaker or query or status not in (ListFilter.OPEN, ListFilter.ALL)):
        # The server may well have pledges: the filters left none. Advice on those given.
        wider = [] if status is ListFilter.ALL else ["status:all lists every pledge"]
        wider += ["a shorter speaker or query finds more"] if speaker or query else []
        embed.description = (
            f"No pledges match these filters: {' and '.join(wider)}. "
            "Record a new one with /pledge add."
        )
    elif not page.items:
        embed.description = (
            "No pledges match. Record one with /pledge add, "
            "or import the example article's pledges with /pledgewatch seed."
        )
    else:
        lines = [list_line(p, now) for p in page.items]
        embed.description = cut("\n".join(lines), DESCRIPTION_MAX)
    plus = "+" if page.capped else ""
    footer = f"Page {page.page_index + 1} of {page.page_count}{plus} · {page.total}{plus} pledge(s)"
    embed.set_footer(text=footer + alerts_note(settings, alerts_waiting))
    return embed


def list_line(pledge: Pledge, now: datetime) -> str:
    label = status_label(pledge, now)
    if pledge.due_at is None:
        due = "no deadline"
    else:
        due = ("~" if pledge.vague else "") + format_dt(pledge.due_at, "D")
    promise = cut(md(one_line(pledge.promise)), 150)
    speaker = cut(md(one_line(pledge.speaker)), 60)
    return f"{STATUS_ICONS[label]} **#{pledge.number}** {speaker}: {promise} — {due}"


def autocomplete_name(pledge: Pledge) -> str:
    return cut(one_line(f"#{pledge.number} {pledge.speaker}: {pledge.promise}"), CHOICE_NAME_MAX)


def card_unavailable(number: int) -> str:
    """Said beside a saved change whose card could not be drawn."""
    return (
        f"(The change is saved, but its card could not be drawn just now: "
        f"`/pledge show number:{number}` shows it.)"
    )


def read_as(reading: Deadline | Refusal | None) -> str:
    """ "read as: “within two weeks”": what the deadline words were understood as, and,
    when the text held several time expressions, which one was chosen and why."""
    if isinstance(reading, Deadline):
        line = f"read as: “{cut(md(one_line(reading.matched)), 200)}”"
        if reading.reason.startswith("chosen over"):
            line += f" ({cut(md(one_line(reading.reason)), 300)})"
        return line
    if isinstance(reading, Refusal) and reading.earliest is not None:
        return (
            f"read as: not before {format_dt(reading.earliest, 'D')} "
            f"(“{cut(md(one_line(reading.words)), 200)}”), so no deadline"
        )
    return ""


def candidates_embed(
    candidates: Sequence,
    total: int,
    published: datetime,
    first: int = 0,
    *,
    timezone: str = "UTC",
) -> discord.Embed:
    """Candidates found by /pledge extract, numbered to match their Add buttons; a
    page of them, from candidate `first`, when there are more than one message holds.

    They come most confident first; those below the threshold follow under a "Maybe"
    heading rather than being hidden, so a pledge the rules doubt is still one click
    away while the confident ones are what a member reads first.
    """
    embed = discord.Embed(title="Candidate pledges", colour=discord.Colour.blurple())
    if not candidates:
        embed.description = (
            "I found no pledges in that text: no sentence commits someone to something, "
            "as far as I can tell (I read English only). "
            "You can still record one by hand with /pledge add."
        )
        return embed
    maybe_heading = "**Maybe** (less sure: check the sentence before adding)"
    # Every candidate has an Add button, so every one gets its line: the promises share
    # what the description has left after the fixed parts.
    share = (DESCRIPTION_MAX - len(maybe_heading) - 2) // len(candidates) - 1
    lines = []
    in_maybe = False
    for index, candidate in enumerate(candidates, start=first + 1):
        if is_maybe(candidate) and not in_maybe:
            in_maybe = True
            lines.append(maybe_heading)
        speaker = (
            cut(md(one_line(candidate.speaker)), 80) if candidate.speaker else "*speaker unknown*"
        )
        if candidate.deadline is None:
            due = "no deadline"
        else:
            due = ("~" if candidate.deadline.vague else "") + format_dt(candidate.deadline.due, "D")
            due += f" (“{cut(md(one_line(candidate.deadline.matched)), 60)}”)"
        head = f"**{index}.** {speaker}: "
        verdict = candidate.doubt or f"confidence {candidate.confidence:.0%}"
        tail = f"\n   due {due} · {verdict}"
        room = max(20, min(300, share - len(head) - len(tail)))
        lines.append(head + cut(md(one_line(candidate.promise)), room) + tail)
    embed.description = _fit_lines(lines, DESCRIPTION_MAX, newest_last=False)
    footer = (
        # A footer shows no Discord timestamps: the day as the server counts it.
        f"Published {published.astimezone(ZoneInfo(timezone)):%d %b %Y}. Most confident first. "
        "Nothing is saved until someone presses Add."
    )
    if total > len(candidates):
        footer += (
            f" Showing {first + 1}–{first + len(candidates)} of {total}: "
            "Next and Previous turn the pages."
        )
    aside = sum(1 for candidate in candidates if candidate.doubt)
    if aside:
        footer += f" Add all skips what is set aside ({aside}): add those one by one."
    embed.set_footer(text=footer)
    return embed


# -- alerts --------------------------------------------------------------------------
# What the dispatcher posts to a server's alert channel.

DIGEST_DESCRIPTION_MAX = 3900  # below 4096, leaving room for the page marker

_ALERT_HEADLINES: dict[str, str] = {
    AlertKind.HEADS_UP: "⏰ Heads-up: pledge #{n} is due {due}.",
    AlertKind.DUE: "⌛ Deadline reached for pledge #{n}: was it kept?",
    AlertKind.FOLLOW_UP: "🔔 Pledge #{n} is still open, its deadline passed {due}. Was it kept?",
    AlertKind.REVIEW: "🔍 Review: pledge #{n} has no deadline. Has anything happened?",
}
# A vague deadline ("over the coming days") is a guess at a day: its alerts say so, as
# its card does ("approximately"), rather than read as an exact moment.
_VAGUE_HEADLINES: dict[str, str] = {
    AlertKind.HEADS_UP: (
        "⏰ Heads-up: pledge #{n} is due around {day} ({due}); its deadline is approximate."
    ),
    AlertKind.DUE: "⌛ Approximate deadline reached for pledge #{n}: was it kept?",
    AlertKind.FOLLOW_UP: (
        "🔔 Pledge #{n} is still open, its approximate deadline passed {due}. Was it kept?"
    ),
}
_DIGEST_WHAT: dict[str, str] = {
    AlertKind.HEADS_UP: "due soon",
    AlertKind.DUE: "deadline reached",
    AlertKind.FOLLOW_UP: "still open after its deadline",
    AlertKind.REVIEW: "review (no deadline)",
}


@dataclass(slots=True)
class AlertMessage:
    """One message for the alert channel. `view` is None for a message without buttons
    (and, when editing, removes the buttons)."""

    content: str | None
    embeds: list[discord.Embed] = field(default_factory=list)
    view: discord.ui.View | None = None
    mentions: tuple[int, ...] = ()  # followers' user ids: the only mentions allowed to ping

    @property
    def custom_ids(self) -> list[str]:
        if self.view is None:
            return []
        return [getattr(item, "custom_id", None) or "" for item in self.view.children]


def with_reference(message: AlertMessage, reference: str) -> AlertMessage:
    """The message marked with its alert's reference (the nonce it is sent with), so that
    after a crash the dispatcher can recognise it in the channel once Discord has
    forgotten the nonce: in the last card's footer, else in a line of small print."""
    tag = f"Alert {reference}"
    if not message.embeds:
        content = cut(message.content or "", CONTENT_MAX - len(tag) - 4)
        return replace(message, content=f"{content}\n-# {tag}" if content else f"-# {tag}")
    embed = message.embeds[-1].copy()
    footer = embed.footer.text or ""
    room = FOOTER_MAX - len(tag) - 3
    embed.set_footer(text=f"{cut(footer, room)} · {tag}" if footer else tag)
    _fit_total(embed)
    return replace(message, embeds=[*message.embeds[:-1], embed])


def carries_reference(content: str | None, footers: Sequence[str | None], reference: str) -> bool:
    tag = f"Alert {reference}"
    return tag in (content or "") or any(tag in (footer or "") for footer in footers)


def _late_note(alert_due: datetime) -> str:
    return f"\n-# Late: this alert was due {format_dt(alert_due, 'f')}."


def _before_added_note(alert_due: datetime) -> str:
    return f"\n-# This moment ({format_dt(alert_due, 'f')}) had passed when the pledge was added."


def alert_message(
    kind: AlertKind,
    pledge: Pledge,
    now: datetime,
    *,
    alert_due: datetime,
    late: bool = False,
    before_added: bool = False,
) -> AlertMessage:
    """A heads-up, due alert, follow-up or review: a line of text and the pledge card.
    Every alert that asks "was it kept?" carries the ruling buttons. `before_added`: the
    moment had passed when the pledge was recorded or imported (not a late alert)."""
    due = format_dt(pledge.due_at, "R") if pledge.due_at else "never"
    day = format_dt(pledge.due_at, "D") if pledge.due_at else "never"
    headlines = _VAGUE_HEADLINES if pledge.vague and pledge.due_at else _ALERT_HEADLINES
    headline = headlines.get(kind, _ALERT_HEADLINES[kind])
    content = headline.format(n=pledge.number, due=due, day=day)
    if before_added:
        content += _before_added_note(alert_due)
    elif late:
        content += _late_note(alert_due)
    view = (
        None if kind == AlertKind.HEADS_UP else ruling.ruling_view(pledge.guild_id, pledge.number)
    )
    return AlertMessage(cut(content, CONTENT_MAX), [pledge_embed(pledge, now)], view)


def _ruling_words(payload: dict[str, Any]) -> str:
    actor = actor_mention(payload.get("actor_id", 0))
    if payload.get("to") == Status.OPEN.value:
        return f"{actor} reopened it (it was {payload.get('from')})"
    return f"{actor} ruled it **{payload.get('to')}**"


def _ruling_details(payload: dict[str, Any]) -> str:
    parts = []
    if payload.get("note"):
        parts.append(f"Note: {cut(md(payload['note']), 1000)}")
    if payload.get("evidence_url"):
        parts.append(f"Evidence: {shown_url(payload['evidence_url'])}")
    return "\n".join(parts)


def status_message(payload: dict[str, Any], pledge: Pledge | None, now: datetime) -> AlertMessage:
    """Posted after every ruling, from a command or a button: who, what, why."""
    content = f"📣 Pledge #{payload.get('number')}: {_ruling_words(payload)}."
    details = _ruling_details(payload)
    if details:
        content += "\n" + details
    embeds = [pledge_embed(pledge, now)] if pledge is not None else []
    return AlertMessage(cut(content, CONTENT_MAX), embeds)


def dependency_message(
    payload: dict[str, Any], pledge: Pledge | None, now: datetime
) -> AlertMessage:
    """Tells a dependent pledge's watchers that the pledge it depends on was ruled."""
    content = (
        f"🔗 Pledge #{payload.get('dependent')} depends on #{payload.get('number')}: "
        f"{_ruling_words(payload)}."
    )
    details = _ruling_details(payload)
    if details:
        content += "\n" + details
    embeds = [pledge_embed(pledge, now)] if pledge is not None else []
    return AlertMessage(cut(content, CONTENT_MAX), embeds)


def _by(actor_id: int | None) -> str:
    """ " by @member" after an alert's change, or nothing when no member made it."""
    return f" by {actor_mention(actor_id)}" if actor_id is not None else ""


def ruled_alert(pledge: Pledge, now: datetime, *, actor_id: int | None = None) -> AlertMessage:
    """An alert message after its pledge changed: the outcome instead of the question.
    The buttons come back only if the pledge is open again (reopened)."""
    if pledge.status is Status.OPEN:
        content = f"⏳ Pledge #{pledge.number} is open again."
        view: discord.ui.View | None = ruling.ruling_view(pledge.guild_id, pledge.number)
    else:
        content = (
            f"{STATUS_ICONS[pledge.status.value]} Pledge #{pledge.number} was ruled "
            f"**{pledge.status.value}**{_by(actor_id)}."
        )
        view = None
    return AlertMessage(content, [pledge_embed(pledge, now)], view)


def deleted_alert(number: int, *, actor_id: int | None = None) -> AlertMessage:
    """An alert message after its pledge was deleted: no buttons (there is nothing left
    to rule on or extend), and no card, since a deleted pledge is hidden everywhere else."""
    return AlertMessage(
        f"🗑️ Pledge #{number} was deleted{_by(actor_id)}: there is nothing left to rule on "
        "or extend.",
        [],
        None,
    )


def ruled_then_deleted_alert(
    pledge: Pledge, now: datetime, *, ruled_by: int | None, deleted_by: int | None
) -> AlertMessage:
    """An alert message of a ruled pledge after the pledge was deleted: the ruling stays
    on record in the channel (what was ruled, by whom, and the card as it was ruled) and
    the deletion is added below it. No buttons: a ruled alert has none to give back."""
    ruled = ruled_alert(pledge, now, actor_id=ruled_by)
    content = (
        f"{ruled.content}\n🗑️ Pledge #{pledge.number} was deleted{_by(deleted_by)} after the "
        "ruling: it is no longer listed."
    )
    return AlertMessage(cut(content, CONTENT_MAX), ruled.embeds, None)


def deleted_pledge_notice(number: int) -> str:
    """The private answer to a click on an alert whose pledge was deleted since."""
    return (
        f"Pledge #{number} was deleted since this alert was posted: there is nothing left "
        "to rule on or extend, so its buttons are gone. /pledge list shows the pledges "
        "that remain."
    )


def extended_alert(
    pledge: Pledge, now: datetime, *, actor_id: int, reading: str = ""
) -> AlertMessage:
    """An alert message after Extend…: the question is moot until the new deadline.
    `reading` is the "read as: ..." line of `read_as`."""
    due = when(pledge.due_at) if pledge.due_at else "no date"
    content = f"⏩ {actor_mention(actor_id)} extended pledge #{pledge.number}: now due {due}."
    content += f"\n{reading}" if reading else ""
    return AlertMessage(cut(content, CONTENT_MAX), [pledge_embed(pledge, now)], None)


def extend_confirmation(pledge: Pledge, reading: str = "") -> str:
    due = when(pledge.due_at) if pledge.due_at else "no date"
    text = f"Extended pledge #{pledge.number}: now due {due}."
    return cut(f"{text}\n{reading}" if reading else text, CONTENT_MAX)


@dataclass(frozen=True, slots=True)
class DigestItem:
    """One alert folded into a digest."""

    kind: str
    number: int
    promise: str | None
    due_at: datetime | None
    late: bool
    payload: dict[str, Any] | None = None
    jump_url: str | None = None
    speaker: str | None = None
    before_added: bool = False  # its moment had passed when the pledge was added


def jump_url(guild_id: int, channel_id: int, message_id: int) -> str:
    return f"https://discord.com/channels/{guild_id}/{channel_id}/{message_id}"


def digest_line(item: DigestItem) -> str:
    if item.kind in (AlertKind.STATUS, AlertKind.DEPENDENCY):
        payload = item.payload or {}
        what = _ruling_words(payload)
        if item.kind == AlertKind.DEPENDENCY:
            what = f"depends on #{payload.get('number')}: {what}"
        icon = "🔗" if item.kind == AlertKind.DEPENDENCY else "📣"
    else:
        what = _DIGEST_WHAT.get(item.kind, item.kind)
        icon = (
            STATUS_ICONS["overdue"] if item.kind in (AlertKind.DUE, AlertKind.FOLLOW_UP) else "⏳"
        )
    due = "due " + format_dt(item.due_at, "D") if item.due_at else "no deadline"
    link = f"[alert]({item.jump_url})" if item.jump_url else f"`/pledge show {item.number}`"
    promise = cut(md(one_line(item.promise or "")), 90)
    speaker = f"{cut(md(one_line(item.speaker)), 40)}: " if item.speaker else ""
    line = f"{icon} **#{item.number}** {speaker}{promise} — {what} · {due} · {link}"
    if item.before_added:
        line += " · *past when added*"
    elif item.late:
        line += " · *late*"
    return cut(line, 1000)


def digest_messages(items: Sequence[DigestItem]) -> list[tuple[AlertMessage, int]]:
    """Many alerts of one server as few messages as Discord's limits allow.

    Returns (message, how many of `items` it covers), in order, so the caller can
    record which alerts went out in which message."""
    pages: list[list[str]] = [[]]
    size = 0
    for line in map(digest_line, items):
        if pages[-1] and size + len(line) + 1 > DIGEST_DESCRIPTION_MAX:
            pages.append([])
            size = 0
        pages[-1].append(line)
        size += len(line) + 1
    late = sum(1 for item in items if item.late and not item.before_added)
    before = len({item.number for item in items if item.before_added})
    result = []
    for index, page in enumerate(pages, start=1):
        title = f"Pledgewatch digest: {len(items)} alerts"
        if len(pages) > 1:
            title += f" ({index}/{len(pages)})"
        embed = discord.Embed(
            title=title, description="\n".join(page), colour=discord.Colour.blurple()
        )
        footer = "Many alerts fell due together, so they are listed here in one message."
        if before:
            footer += (
                f" {before} pledge(s) were already past their deadlines or review dates "
                "when they were added."
            )
        if late:
            footer += f" {late} are late: they fell due while they could not be posted."
        embed.set_footer(text=footer)
        result.append((AlertMessage(None, [embed]), len(page)))
    return result


def alert_failure_text(channel_id: int, reason: str, retry_at: datetime) -> str:
    """Why a server's alerts are waiting; /pledgewatch show displays it."""
    return (
        f"Alerts are waiting: I could not post in <#{channel_id}> ({reason}). "
        "Check that I can view the channel, send messages and embed links there, "
        "or pick another channel with /pledgewatch channel. "
        f"Next try {format_dt(retry_at, 'R')}; nothing is lost meanwhile."
    )
