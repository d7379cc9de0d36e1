"""Charts are PNGs of a known size, under 1 MB, with 1 pledge and with 500; crowded
ones keep the busiest rows and say so. Scorecard and follower texts keep to Discord's
limits whatever the input."""

from __future__ import annotations

import re
import struct
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.chat import charts, render_scores
from bot.chat.limits import CONTENT_MAX, DESCRIPTION_MAX, EMBED_TOTAL_MAX, FIELD_VALUE_MAX
from bot.core.model import Event, Follow, Pledge, Status
from bot.core.scorecard import Scoreboard, SpeakerScore, score_speakers, speaker_card
from tests.chat.test_render import big_pledge

NOW = datetime(2025, 9, 10, 12, tzinfo=UTC)
STATUSES = list(Status)


def pledges(count: int) -> list[Pledge]:
    made = []
    for i in range(count):
        said = NOW - timedelta(days=120 - i % 100)
        made.append(
            Pledge(
                id=i + 1,
                guild_id=1,
                number=i + 1,
                speaker=f"Speaker {i % 31} of a long line of speakers",
                promise=f"Promise {i} " + "words " * 20,
                said_at=said,
                recorded_by=0,
                status=STATUSES[i % len(STATUSES)],
                created_at=said,
                updated_at=said,
                due_at=None if i % 11 == 0 else said + timedelta(days=7 + i % 90),
                vague=i % 5 == 0,
            )
        )
    return made


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize(
    ("count", "rows", "height"), [(1, 1, 280), (50, 40, 1260), (500, 40, 1260)]
)
def test_timeline_png(count, rows, height):
    made = pledges(count)
    extended = {
        made[0].id: [
            Event(
                pledge_id=made[0].id,
                at=made[0].said_at + timedelta(days=2),
                actor_id=1,
                kind="extended",
            )
        ]
    }
    chart = charts.timeline_png(made, extended, NOW, title="Timeline")
    assert (chart.shown, chart.total) == (rows, count)
    assert png_size(chart.png) == (1000, height)
    assert len(chart.png) < 1_000_000
    text = render_scores.chart_text("timeline", chart.shown, chart.total, None)
    assert ("busiest" in text) == (count > rows)


@pytest.mark.parametrize(
    ("count", "speakers", "height"), [(1, 1, 280), (50, 31, 840), (500, 31, 840)]
)
def test_outcomes_png(count, speakers, height):
    scores = score_speakers(pledges(count), [], NOW)
    chart = charts.outcomes_png(scores, title="Outcomes")
    assert (chart.shown, chart.total) == (min(speakers, charts.MAX_SPEAKERS), speakers)
    assert png_size(chart.png) == (1000, height)
    assert len(chart.png) < 1_000_000


def test_empty_charts_still_draw():
    assert png_size(charts.timeline_png([], {}, NOW, title="t").png) == (1000, 280)
    assert png_size(charts.outcomes_png([], title="o").png) == (1000, 280)


def test_busiest_rows_put_open_pledges_with_extensions_first():
    made = pledges(100)
    ruled_busy = next(p for p in made if p.status is Status.BROKEN)
    open_busy = next(p for p in made if p.status is Status.OPEN)
    events = {
        p.id: [Event(pledge_id=p.id, at=NOW, actor_id=1, kind="extended")] * 3
        for p in (ruled_busy, open_busy)
    }
    kept = charts.busiest(made, events, limit=5)
    assert open_busy in kept
    assert all(p.status is Status.OPEN for p in kept)


def test_scorecard_texts_keep_to_discord_limits():
    many = [big_pledge(n, speaker=f"{'S' * 90} {n}") for n in range(1, 400)]
    embed = render_scores.scorecard_embed(Scoreboard(score_speakers(many, [], NOW), 399))
    assert len(embed.description or "") <= DESCRIPTION_MAX and len(embed) <= EMBED_TOTAL_MAX
    assert "more speakers" in (embed.description or "")
    same = [big_pledge(n) for n in range(1, 30)]
    card = speaker_card("S" * 100, same, [], NOW)
    assert card is not None
    embed = render_scores.speaker_card_embed(card, NOW)
    assert len(embed) <= EMBED_TOTAL_MAX
    assert all(len(f.value or "") <= FIELD_VALUE_MAX for f in embed.fields)
    follows = [Follow(1, 2, True, n, None, "P" * 500) for n in range(300)]
    assert len(render_scores.following_embed(follows).description or "") <= DESCRIPTION_MAX


def test_followers_line_fits_any_alert():
    line, shown = render_scores.followers_line(list(range(10**17, 10**17 + 60)), [10**17])
    assert 50 <= len(shown) <= 60 and "more follower(s)" in line
    content = render_scores.with_followers("x" * CONTENT_MAX, line)
    assert len(content) <= CONTENT_MAX and content.endswith("instead.")
    assert render_scores.with_followers(None, "-# Following: <@1>") == "-# Following: <@1>"


@pytest.mark.parametrize("count", [85, 100, 101, 300, 5000])
def test_any_number_of_followers_leaves_an_alert_discord_accepts(count):
    """Past about 85 followers of today's 19-digit ids the line alone passed 2000
    characters, and past 100 allowed_mentions took more ids than Discord does."""
    ids = list(range(1406970888192131075, 1406970888192131075 + count))
    refused = ids[-3:]  # told about their closed DMs: mentioned first
    line, shown = render_scores.followers_line(ids, refused)
    content = render_scores.with_followers("⌛ Deadline reached for pledge #1: was it kept?", line)
    assert len(content) <= CONTENT_MAX and content.startswith("⌛ Deadline reached")
    assert len(shown) <= render_scores.MENTIONS_MAX and shown[:3] == refused
    assert [int(m) for m in re.findall(r"<@(\d+)>", line.split("\n")[0])] == shown
    assert (f"and {count - len(shown)} more follower(s)" in line) == (len(shown) < count)


def test_dollar_signs_in_members_text_are_drawn_as_text():
    """A speaker or promise with "$" in it ("cut $5 to $3", "$\\frac{$") is text: with
    matplotlib's mathematics on, the second made every chart of the server fail."""
    made = pledges(3)
    made[0] = replace(made[0], speaker="Ann $\\frac{$ Lee", promise="cut $5 to $3")
    timeline = charts.timeline_png(made, {}, NOW, title="Timeline of $\\frac{$")
    outcomes = charts.outcomes_png(score_speakers(made, [], NOW), title="$x^{$")
    assert png_size(timeline.png)[0] == 1000 and png_size(outcomes.png)[0] == 1000


def _columns(text: str) -> int:
    """Columns a monospace font gives `text` (these names hold only narrow and wide
    characters)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_scorecard_columns_line_up_with_wide_names():
    """Review s43: a speaker named in CJK or with emoji pushed that row's figures right,
    as a wide character takes two columns of the code block but was counted as one."""
    names = ["习近平", "Olaf Scholz 😀", "李强" * 15, "😀" * 20, "Plain Name", "Ünïcödé"]
    board = Scoreboard([SpeakerScore(name, pledges=3, open=2) for name in names], len(names))
    table = render_scores.scorecard_embed(board).description or ""
    rows = table.split("```")[1].strip("\n").split("\n")
    header, _rule, *lines = rows
    assert len(lines) == len(names)
    for line in lines:
        name = line[: -len(header) + render_scores.TABLE_NAME]
        assert _columns(name) == render_scores.TABLE_NAME, line
        assert _columns(line) == _columns(header), line
    assert "习近平" in table and "Olaf Scholz 😀" in table
