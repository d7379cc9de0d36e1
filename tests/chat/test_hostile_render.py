"""Hostile text through every renderer: no member can disguise a link, ping, format or
reorder what a card, list, alert, status update, digest or scorecard shows.

`active_links` finds the masked links Discord would draw (`[shown](target)` with an
unescaped bracket); the only link a card may carry is the source's own, percent-encoded.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import discord
import pytest

from bot.chat import markdown, render, render_scores
from bot.core.alerts import AlertKind
from bot.core.deadlines import Deadline, Refusal
from bot.core.extract import Candidate
from bot.core.model import Event, Follow, ListFilter, Page, Pledge, Status
from bot.core.scorecard import Ruling, Scoreboard, SpeakerCard, SpeakerScore

NOW = datetime(2025, 8, 18, 12, 0, tzinfo=UTC)
EVIL = "https://evil.example"

HOSTILE = [
    f"[https://bank.example]({EVIL})",
    f"[click]({EVIL} 'title')",
    f"\\[escaped]({EVIL})",
    f"\\\\[double]({EVIL})",
    "**bold** __under__ *it* ~~strike~~ ||spoiler|| `code`",
    "# Heading\n> quoted\n- listed\n1. ordered\n-# small",
    "<@123456789012345678> <@&42> <#42> @everyone @here",
    "<t:0:R> <https://evil.example> <:emoji:1>",
    "```\ncode block\n```",
    "a\u202eevil\u202c reversed",
]
HOSTILE_URLS = [
    f"https://ok.example/a)**[x]({EVIL})",
    "https://ok.example/<@123>",
    "https://ok.example/path_(with)_[brackets]",
]

# A masked link as Discord draws it: an opening bracket not escaped by a backslash
# (an even run of backslashes before it escapes only themselves), its text, "](", a URL.
_ACTIVE_LINK = re.compile(r"(?<!\\)(?:\\\\)*\[((?:[^\]\\]|\\.)*)\]\((\S+?)\)")
# What the hostile strings try to have drawn as mentions, timestamps, emoji or links;
# escaped, each loses its closing ">" to a backslash and no longer appears verbatim.
RAW_TOKENS = ("<@123456789012345678>", "<@&42>", "<#42>", "<t:0:R>", "<:emoji:1>", f"<{EVIL}>")


def active_links(text: str) -> list[str]:
    return [m.group(2) for m in _ACTIVE_LINK.finditer(text)]


def texts_of(message_or_embeds) -> list[str]:
    if isinstance(message_or_embeds, render.AlertMessage):
        embeds, content = message_or_embeds.embeds, message_or_embeds.content
    elif isinstance(message_or_embeds, discord.Embed):
        embeds, content = [message_or_embeds], None
    else:
        embeds, content = message_or_embeds, None
    found = [content or ""]
    for embed in embeds:
        found += [embed.title or "", embed.description or "", embed.footer.text or ""]
        found += [f"{field.name}\n{field.value}" for field in embed.fields]
    return found


_CODE_BLOCK = re.compile(r"```\n(.*?)\n```", re.S)
# Inline code as Discord reads it: a run of backticks not escaped by a backslash, then
# text up to the same run.
_INLINE_CODE = re.compile(r"(?<![`\\])(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def outside_code_blocks(text: str) -> str:
    """Markdown is inert inside a code block (the scorecard's table) and inline code (a
    command to copy); what matters there is that no user text can close the code early:
    a block holds no backtick, inline code is fenced by more backticks than it holds."""
    for block in _CODE_BLOCK.findall(text):
        assert "`" not in block, block
    text = _CODE_BLOCK.sub("", text)
    for fence, code in _INLINE_CODE.findall(text):
        assert fence not in code, code
    return _INLINE_CODE.sub("", text)


def assert_safe(rendered, *, allowed_links: tuple[str, ...] = ()) -> None:
    for text in texts_of(rendered):
        assert "\u202e" not in text
        text = outside_code_blocks(text)
        assert all(link in allowed_links for link in active_links(text)), text
        # The one link allowed leads where the member's source said: ok.example.
        assert all(urlsplit(link).netloc == "ok.example" for link in allowed_links)
        assert not [token for token in RAW_TOKENS if token in text], text
        assert "\u202e" not in text
        for line in text.splitlines():
            line = line.removeprefix("> ")  # the card's own quote block; its lines escaped
            line = line.removeprefix("-# ")  # our own small print (user text cannot start one)
            assert not re.match(r"^\s*(#{1,3}\s|>\s|-#\s|```)", line), line


def hostile_pledge(text: str, url: str, **overrides) -> Pledge:
    fields = dict(
        id=1,
        guild_id=1,
        number=7,
        speaker=text,
        promise=text,
        said_at=NOW - timedelta(days=30),
        recorded_by=0,
        status=Status.BROKEN,
        created_at=NOW,
        updated_at=NOW,
        beneficiary=text,
        quote=text,
        source_url=url,
        source_title=text,
        deadline_text=text,
        due_at=NOW - timedelta(days=1),
        status_note=text,
        evidence_url=url,
    )
    fields.update(overrides)
    return Pledge(**fields)


def hostile_event(text: str, url: str) -> Event:
    return Event(
        pledge_id=1,
        at=NOW,
        actor_id=0,
        kind="extended",
        field="due_at",
        from_value=text,
        to_value=text,
        note=text,
        evidence_url=url,
    )


CASES = [(text, url) for text in HOSTILE for url in HOSTILE_URLS]


@pytest.mark.parametrize(("text", "url"), CASES)
async def test_cards_lists_and_scorecards_show_hostile_text_as_text(text, url):
    pledge = hostile_pledge(text, url)
    link = markdown.safe_url(url)
    card = render.pledge_embed(pledge, NOW, history=[hostile_event(text, url)] * 3)
    assert_safe(card, allowed_links=(link,))
    assert markdown.safe_url(url) == link and "(" not in link and "[" not in link
    untitled = render.pledge_embed(hostile_pledge(text, url, source_title=None), NOW)
    assert_safe(untitled)
    page = Page(items=[pledge] * 3, total=3, offset=0, limit=10)
    assert_safe(render.list_embed(page, ListFilter.ALL, NOW, speaker=text, query=text))
    score = SpeakerScore(speaker=text, pledges=3, broken=1, open=2, overdue=1)
    assert_safe(render_scores.scorecard_embed(Scoreboard([score], 1)))
    card = SpeakerCard(score, [pledge], [Ruling(pledge, NOW)])
    assert_safe(render_scores.speaker_card_embed(card, NOW))
    follows = [Follow(1, 1, number=7, promise=text), Follow(1, 1, dm=True, speaker=text)]
    assert_safe(render_scores.following_embed(follows))
    for reply in (
        render_scores.chart_text("timeline", 40, 500, text),
        render_scores.follow_text(None, text, dm=False, new=True),
        render_scores.unfollow_text(None, text),
        render_scores.direct_message_text(text, "alert"),
        render_scores.direct_message_text(text, "alert", [1], [text]),
        render_scores.direct_message_text(text, None, (), [text, text]),
        render_scores.direct_message_text(text, None, (), [f"`{text}`"]),
        markdown.inline_code(text),
    ):
        assert_safe(render.AlertMessage(reply))
    deadline = Deadline(due=NOW, vague=False, earliest=None, matched=text, precision="day")
    candidate = Candidate(text, text, text, deadline, text, 0.9)
    assert_safe(render.candidates_embed([candidate], 1, NOW))
    chosen = replace(deadline, reason=f"chosen over “{text}”")
    assert_safe(render.AlertMessage(render.read_as(chosen)))
    earliest = Refusal("earliest", text, "only a start", earliest=NOW)
    assert_safe(render.AlertMessage(render.read_as(earliest)))


@pytest.mark.parametrize(("text", "url"), CASES)
async def test_alerts_status_updates_and_digests_show_hostile_text_as_text(text, url):
    pledge = hostile_pledge(text, url, status=Status.OPEN)
    link = markdown.safe_url(url)
    for kind in (AlertKind.HEADS_UP, AlertKind.DUE, AlertKind.FOLLOW_UP, AlertKind.REVIEW):
        message = render.alert_message(kind, pledge, NOW, alert_due=NOW, late=True)
        assert_safe(message, allowed_links=(link,))
    payload = {
        "number": 7,
        "actor_id": 0,
        "from": "open",
        "to": "broken",
        "note": text,
        "evidence_url": url,
        "dependent": 8,
    }
    assert_safe(render.status_message(payload, pledge, NOW), allowed_links=(link,))
    assert_safe(render.dependency_message(payload, pledge, NOW), allowed_links=(link,))
    ruled = hostile_pledge(text, url)
    assert_safe(render.ruled_alert(ruled, NOW, actor_id=0), allowed_links=(link,))
    assert_safe(render.extended_alert(pledge, NOW, actor_id=0), allowed_links=(link,))
    items = [
        render.DigestItem(kind=kind, number=7, promise=text, due_at=NOW, late=True, payload=payload)
        for kind in AlertKind
    ]
    for message, _ in render.digest_messages(items):
        assert_safe(message)


def test_the_checker_itself_catches_what_it_looks_for():
    """The assertions above must be able to fail: raw hostile text trips them."""
    assert active_links(f"[bank]({EVIL})") == [EVIL]
    assert active_links(f"\\[bank]({EVIL})") == []
    assert active_links(f"\\\\[bank]({EVIL})") == [EVIL]
    with pytest.raises(AssertionError):
        assert_safe(discord.Embed(description=f"[bank]({EVIL})"))
    with pytest.raises(AssertionError):
        assert_safe(discord.Embed(description="<@123456789012345678>"))
    with pytest.raises(AssertionError):
        assert_safe(discord.Embed(description="# big"))


def test_escaped_text_reads_the_same_once_discord_drops_the_backslashes():
    text = "Merz: 50% of *all* [troops] <soon> #1 - done_ok"
    escaped = markdown.md(text)
    assert re.sub(r"\\(.)", r"\1", escaped) == text
