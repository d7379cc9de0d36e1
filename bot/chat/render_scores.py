"""The replies of scorecards, charts, export and import, and following: formatting
only, beside bot/chat/render.py (which keeps the pledge cards, lists and alerts).

Every builder keeps to Discord's limits (bot/chat/limits.py) whatever the input.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import datetime

import discord
from discord.utils import format_dt

from bot.chat.limits import CONTENT_MAX, DESCRIPTION_MAX, FIELD_VALUE_MAX
from bot.chat.markdown import inline_code
from bot.chat.render import STATUS_ICONS, _fit_lines, list_line, md, one_line
from bot.core.model import Follow
from bot.core.scorecard import Scoreboard, SpeakerCard, SpeakerScore
from bot.core.text import cut, without_direction_overrides

TABLE_NAME = 22  # characters of a speaker's name in the server table
RATE_NOTE = (
    "Kept = (fulfilled + ½ × partly fulfilled) ÷ ruled (fulfilled, partly, broken; "
    "withdrawn pledges are not counted). Late = median days from the due date to the "
    "ruling, for pledges ruled after it."
)


def kept_text(score: SpeakerScore) -> str:
    return "—" if score.kept_rate is None else f"{score.kept_rate:.0%}"


def late_text(score: SpeakerScore) -> str:
    days = score.median_days_late
    return "—" if days is None else f"{days:.1f} d"


def _columns(char: str, before: str) -> int:
    """Columns `char` takes in a monospace code block after `before` (the character
    before it): two for wide and full-width ones (CJK, most emoji), none for marks
    that join the character before (accents, variation selectors, the zero-width
    joiner and what it joins), and a second column for a narrow symbol that an emoji
    variation selector turns into an emoji (❤️)."""
    if char == "\ufe0f":
        return 1 if before and unicodedata.east_asian_width(before) not in "WF" else 0
    if before == "\u200d" or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _width(text: str) -> int:
    total, before = 0, ""
    for char in text:
        total += _columns(char, before)
        before = char
    return total


def _table_name(name: str) -> str:
    """The name padded, or shortened with "…", to TABLE_NAME columns as a monospace font
    shows them (a wide character counted as one shifted the row's figures right), one
    column kept free before the figures."""
    if _width(name) > TABLE_NAME - 1:
        kept, width, before = "", 0, ""
        for char in name:
            step = _columns(char, before)
            if width + step > TABLE_NAME - 2:  # "…" takes the last column
                break
            kept, width, before = kept + char, width + step, char
        name = kept.rstrip() + "…"
    return name + " " * (TABLE_NAME - _width(name))


def _row(cells: Sequence[str]) -> str:
    name, *rest = cells
    widths = (4, 6, 7, 6, 8, 5, 8)
    return _table_name(name) + "".join(f"{c:>{w}}" for c, w in zip(rest, widths, strict=True))


def scorecard_embed(board: Scoreboard) -> discord.Embed:
    """The server's table: one row per speaker, most pledges first, as many as fit."""
    scores = board.scores
    embed = discord.Embed(title="Scorecard", colour=discord.Colour.blurple())
    if not scores:
        embed.description = "No pledges yet. Record one with /pledge add."
        return embed
    header = _row(["Speaker", "Pl.", "Kept", "Broken", "Open", "Overdue", "Ext", "Late"])
    lines = [header, "-" * len(header)]
    budget = DESCRIPTION_MAX - 200
    size = sum(len(line) + 1 for line in lines)
    shown = 0
    for score in scores:
        # In a code block nothing formats; only a backtick could close it early.
        speaker = without_direction_overrides(one_line(score.speaker)).replace("`", "'")
        line = _row(
            [
                speaker,
                str(score.pledges),
                kept_text(score),
                str(score.broken),
                str(score.open),
                str(score.overdue),
                str(score.extensions),
                late_text(score),
            ]
        )
        if size + len(line) + 1 > budget:
            break
        lines.append(line)
        size += len(line) + 1
        shown += 1
    text = "```\n" + "\n".join(lines) + "\n```"
    if shown < board.speakers:
        text += (
            f"\n…and {board.speakers - shown} more speakers. Name one: /pledge record speaker:NAME"
        )
    embed.description = text
    embed.set_footer(text=RATE_NOTE)
    return embed


def speaker_card_embed(card: SpeakerCard, now: datetime) -> discord.Embed:
    """One speaker: the figures, the five most overdue pledges, the latest rulings."""
    score = card.score
    embed = discord.Embed(
        title=cut(f"Scorecard: {md(one_line(score.speaker))}", 256), colour=discord.Colour.blurple()
    )
    embed.add_field(name="Pledges", value=str(score.pledges))
    embed.add_field(name="Kept", value=f"{kept_text(score)} of {score.ruled} ruled")
    embed.add_field(
        name="Rulings",
        value=(
            f"{STATUS_ICONS['fulfilled']} {score.fulfilled} · {STATUS_ICONS['partly fulfilled']} "
            f"{score.partly} · {STATUS_ICONS['broken']} {score.broken} · "
            f"{STATUS_ICONS['withdrawn']} {score.withdrawn}"
        ),
    )
    embed.add_field(name="Open", value=f"{score.open} ({score.overdue} overdue)")
    embed.add_field(name="Extensions granted", value=str(score.extensions))
    embed.add_field(name="Median days late", value=late_text(score))
    overdue = [cut(list_line(p, now), 300) for p in card.most_overdue]
    embed.add_field(
        name="Most overdue",
        value=_lines(overdue) or "Nothing overdue.",
        inline=False,
    )
    rulings = [
        cut(
            f"{STATUS_ICONS[r.pledge.status.value]} **#{r.pledge.number}** "
            f"{cut(md(one_line(r.pledge.promise)), 120)} — **{r.pledge.status.value}** "
            f"{format_dt(r.at, 'D')}",
            300,
        )
        for r in card.latest_rulings
    ]
    embed.add_field(name="Latest rulings", value=_lines(rulings) or "No rulings yet.", inline=False)
    embed.set_footer(text="Open any of them with /pledge show number:N. " + RATE_NOTE)
    return embed


def _lines(lines: Sequence[str], limit: int = FIELD_VALUE_MAX) -> str:
    """Whole lines, first ones first, as many as fit; "" for none."""
    return _fit_lines(list(lines), limit, newest_last=False) if lines else ""


def chart_text(kind: str, shown: int, total: int, speaker: str | None) -> str:
    what = "Timeline" if kind == "timeline" else "Outcomes"
    whose = f" of {cut(md(one_line(speaker)), 100)}'s pledges" if speaker else ""
    text = f"📊 {what}{whose}."
    unit = "pledges" if kind == "timeline" else "speakers"
    if shown < total:
        text += f" Showing the {shown} busiest of {total} {unit}; name a speaker to see theirs."
    return cut(text, CONTENT_MAX)


def export_text(
    fmt: str, count: int, *, status: str | None = None, speaker: str | None = None
) -> str:
    what = {
        "csv": "CSV (opens in any spreadsheet)",
        "json": "JSON (every field and the whole history; /pledgewatch import reads it back)",
        "ics": "iCalendar (one event per due date; approximate deadlines are marked ≈)",
    }[fmt]
    text = f"📦 {count} pledge(s) as {what}."
    filters = [f"status {status}"] if status else []
    filters += [f"speaker “{speaker}”"] if speaker else []
    if filters:
        text += f" Filtered: {cut(md(', '.join(filters)), 300)}."
    return cut(text, CONTENT_MAX)


def import_text(numbers: Sequence[int], past: int) -> str:
    if not numbers:
        return "Nothing was imported."
    text = (
        f"Imported {len(numbers)} pledge(s), #{numbers[0]} to #{numbers[-1]}, with their history."
    )
    if past:
        text += (
            f" {past} were already past their deadlines or review dates; their alerts "
            "come together in the alert channel."
        )
    return text


def follow_text(number: int | None, speaker: str | None, dm: bool, new: bool) -> str:
    what = f"pledge #{number}" if number is not None else f"every pledge of {cut(md(speaker), 100)}"
    how = "by direct message" if dm else "with a mention in the alert channel"
    verb = "You now follow" if new else "You already followed"
    return f"{verb} {what}: its alerts and status updates will reach you {how}."


def unfollow_text(number: int | None, speaker: str | None) -> str:
    what = f"pledge #{number}" if number is not None else f"{cut(md(speaker), 100)}'s pledges"
    return f"You no longer follow {what}."


def following_embed(follows: Sequence[Follow]) -> discord.Embed:
    embed = discord.Embed(title="What you follow", colour=discord.Colour.blurple())
    if not follows:
        embed.description = (
            "Nothing yet. Follow a pledge with /pledge follow number:N, or a speaker with "
            "/pledge follow speaker:NAME."
        )
        return embed
    lines = []
    for follow in follows:
        how = " · by DM" if follow.dm else ""
        if follow.number is not None:
            promise = cut(md(one_line(follow.promise or "")), 120)
            lines.append(f"**#{follow.number}** {promise}{how}")
        else:
            lines.append(f"every pledge of **{cut(md(one_line(follow.speaker or '')), 100)}**{how}")
    embed.description = _lines(lines, DESCRIPTION_MAX)
    return embed


# -- followers on alerts -------------------------------------------------------------------


MENTIONS_MAX = 100  # Discord takes at most 100 user ids in allowed_mentions
FOLLOWERS_LINE_MAX = 1500  # of an alert's 2000 characters: its own text keeps the rest


def followers_line(user_ids: Sequence[int], refused: Sequence[int] = ()) -> tuple[str, list[int]]:
    """The line an alert gains for the followers it mentions, and whom it mentions: as
    many as one message can ping (MENTIONS_MAX ids, FOLLOWERS_LINE_MAX characters), those
    whose DMs were just refused first, as they are also told so, once; the rest are
    counted. Every mention goes into the text, so without a bound enough followers would
    make Discord refuse the alert itself."""
    closed = set(refused)
    ordered = [u for u in user_ids if u in closed] + [u for u in user_ids if u not in closed]
    shown: list[int] = []
    line = ""
    for count in range(1, min(len(ordered), MENTIONS_MAX) + 1):
        candidate = _followers_text(ordered[:count], closed, len(ordered) - count)
        if shown and len(candidate) > FOLLOWERS_LINE_MAX:
            break
        shown, line = ordered[:count], candidate
    return line, shown


def _followers_text(shown: Sequence[int], closed: set[int], more: int) -> str:
    line = "-# Following: " + " ".join(f"<@{u}>" for u in shown)
    if more:
        line += f" and {more} more follower(s), too many to mention in one message"
    refused = [u for u in shown if u in closed]
    if refused:
        who = " ".join(f"<@{u}>" for u in refused)
        line += (
            f"\n-# {who}: I could not send you a direct message (your DMs from this "
            "server are closed), so I mention you here instead."
        )
    return line


def with_followers(content: str | None, line: str) -> str:
    """An alert's text with the followers line (at most FOLLOWERS_LINE_MAX characters,
    as followers_line makes it), within Discord's 2000 characters (the alert's own text
    is what gives way)."""
    if not content:
        return line
    return cut(content, CONTENT_MAX - len(line) - 1) + "\n" + line


def direct_message_text(
    guild_name: str | None,
    content: str | None,
    numbers: Sequence[int] = (),
    speakers: Sequence[str] = (),
) -> str:
    """A follower's DM: the alert, then what they follow that sent it (the pledges they
    follow by number, the speakers they follow) and how to stop it."""
    where = f" in {cut(md(one_line(guild_name)), 100)}" if guild_name else ""
    names = [cut(md(one_line(s)), 100) for s in speakers]
    # The command as it is to be typed: the name unescaped, in inline code.
    command = f"/pledge unfollow speaker:{cut(one_line(speakers[0]), 100)}" if speakers else ""
    parts = []
    if numbers:
        label = "pledge" if len(numbers) == 1 else "pledges"
        parts.append(f"{label} " + ", ".join(f"#{n}" for n in numbers))
    if names:
        parts.append("every pledge of " + " and of ".join(names))
    followed = " and ".join(parts) or "this pledge"
    stop = inline_code(command if command and not numbers else "/pledge unfollow")
    head = f"You follow {followed}{where}. {stop} stops these messages."
    return cut(f"{content}\n-# {head}" if content else head, CONTENT_MAX)
