"""The builders must stay within Discord's limits (GUIDE §3) for any input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import discord

from bot import render
from bot.pledges import Event, GuildSettings, ListFilter, Page, Pledge, Status, TrackRecord

NOW = datetime(2025, 9, 10, 12, tzinfo=UTC)


def big_pledge(number: int = 1, **overrides) -> Pledge:
    fields = dict(
        id=number,
        guild_id=1,
        number=number,
        speaker="S" * 100,
        promise="P" * 500,
        beneficiary="B" * 100,
        quote="Q" * 1000,
        source_url="https://example.com/" + "u" * 480,
        source_title="T" * 500,
        said_at=NOW - timedelta(days=30),
        deadline_text="D" * 200,
        due_at=NOW - timedelta(days=1),
        vague=True,
        depends_on=9_999_999,
        recorded_by=123456789012345678,
        status=Status.OPEN,
        status_note="N" * 1000,
        evidence_url="https://example.com/" + "e" * 480,
        created_at=NOW - timedelta(days=30),
        updated_at=NOW,
    )
    fields.update(overrides)
    return Pledge(**fields)


def assert_within_limits(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= render.TITLE_MAX
    assert len(embed.description or "") <= render.DESCRIPTION_MAX
    assert len(embed.fields) <= 25
    for field in embed.fields:
        assert 0 < len(field.name) <= render.FIELD_NAME_MAX
        assert 0 < len(field.value) <= render.FIELD_VALUE_MAX
    assert len(embed.footer.text or "") <= render.FOOTER_MAX
    assert len(embed) <= render.EMBED_TOTAL_MAX


def test_maximal_pledge_card_fits():
    events = [
        Event(
            pledge_id=1,
            at=NOW,
            actor_id=1,
            kind="ruled",
            from_value="open",
            to_value="broken",
            note="n" * 1000,
            evidence_url="https://e.com/" + "x" * 480,
        )
        for _ in range(200)
    ]
    for status in Status:
        pledge = big_pledge(status=status)
        embed = render.pledge_embed(
            pledge, NOW, history=events, settings=GuildSettings(1), full_history=True
        )
        assert_within_limits(embed)
        assert embed.title.endswith("…")


def test_overdue_is_red_and_vague_is_approximate():
    embed = render.pledge_embed(big_pledge(promise="short"), NOW)
    assert embed.colour == render.COLOURS["overdue"]
    due = next(f.value for f in embed.fields if f.name == "Due")
    assert "Overdue" in due and "approximately" in due
    assert "<t:" in due  # a Discord timestamp, never a formatted local time


def test_alerts_paused_is_said_when_no_channel():
    embed = render.pledge_embed(big_pledge(), NOW, settings=GuildSettings(1))
    assert "Alerts are paused" in embed.footer.text
    embed = render.pledge_embed(big_pledge(), NOW, settings=GuildSettings(1, alert_channel_id=5))
    assert "paused" not in embed.footer.text


def test_full_list_page_fits():
    items = [big_pledge(n) for n in range(1, 11)]
    page = Page(items=items, total=1000, offset=0, limit=10)
    embed = render.list_embed(
        page, ListFilter.ALL, NOW, speaker="x" * 100, query="y" * 100, settings=GuildSettings(1)
    )
    assert_within_limits(embed)
    assert "Page 1 of 100" in embed.footer.text


def test_empty_list_says_how_to_add():
    embed = render.list_embed(Page([], 0, 0, 10), ListFilter.OPEN, NOW)
    assert "/pledge add" in embed.description


def test_autocomplete_name_fits():
    assert len(render.autocomplete_name(big_pledge(9_999_999))) <= 100


def test_track_records_fit_and_score():
    records = [
        TrackRecord(speaker=f"Speaker {i} " + "x" * 90, counts={"fulfilled": 3, "broken": 1})
        for i in range(500)
    ]
    embed = render.track_record_embed(records)
    assert_within_limits(embed)
    assert "75% kept" in embed.description
