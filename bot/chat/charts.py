"""Pictures of the record: PNG charts drawn with matplotlib's Agg backend.

Blocking (matplotlib is synchronous): callers run `timeline_png` and `outcomes_png` in
a worker thread (`asyncio.to_thread`) so the event loop keeps answering. Each call
builds its own Figure (no pyplot state), so two charts may be drawn at once.

Readable in Discord's dark and light themes: the picture has its own opaque light
background with dark text, and the status colours are the Okabe-Ito palette, told
apart also by people with colour-blindness.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

import matplotlib

matplotlib.use("Agg")
# Titles and labels hold members' text: "$...$" in a speaker's name or a promise is text,
# not mathematics (matplotlib would typeset it, or fail on "$\\frac{$").
matplotlib.rcParams["text.parse_math"] = False

import discord  # noqa: E402
from matplotlib import dates as mdates  # noqa: E402  (after choosing the backend)
from matplotlib.artist import Artist  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from bot.chat import render_scores  # noqa: E402
from bot.core.model import Event, Pledge, Status  # noqa: E402
from bot.core.scorecard import TIMELINE_ROWS, SpeakerScore  # noqa: E402
from bot.core.text import cut  # noqa: E402
from bot.keeping import KeepingService  # noqa: E402

MAX_ROWS = TIMELINE_ROWS  # pledges on a timeline; beyond this, the busiest only
MAX_SPEAKERS = 25  # bars on an outcomes chart
WIDTH = 10.0  # inches, at DPI: 1000 px wide
DPI = 100
BACKGROUND = "#f8f9fb"
INK = "#1f2328"
GRID = "#d0d7de"
TODAY = "#6e40c9"
COLOURS = {
    Status.FULFILLED.value: "#009E73",
    Status.PARTLY.value: "#E69F00",
    Status.BROKEN.value: "#D55E00",
    Status.WITHDRAWN.value: "#999999",
    Status.OPEN.value: "#0072B2",
    "overdue": "#CC79A7",
}
ORDER = (
    Status.FULFILLED.value,
    Status.PARTLY.value,
    Status.BROKEN.value,
    Status.WITHDRAWN.value,
    Status.OPEN.value,
    "overdue",
)


@dataclass(frozen=True, slots=True)
class Chart:
    png: bytes
    shown: int  # rows drawn
    total: int  # rows there were


def _figure(rows: int) -> Figure:
    height = min(max(2.8, 1.4 + 0.28 * rows), 14.0)
    figure = Figure(figsize=(WIDTH, height), dpi=DPI, facecolor=BACKGROUND)
    return figure


def _style(axes, title: str) -> None:
    axes.set_facecolor(BACKGROUND)
    axes.set_title(title, color=INK, fontsize=12, loc="left", pad=10)
    axes.tick_params(colors=INK, labelsize=8)
    for spine in axes.spines.values():
        spine.set_color(GRID)
    axes.grid(axis="x", color=GRID, linewidth=0.6)
    axes.set_axisbelow(True)


def _finish(figure: Figure, axes, handles: Sequence[Artist], rows: int) -> None:
    """Room for at least three rows (one bar is not a wall of colour), the legend in a
    strip of its own under the axes, where it never covers a bar."""
    axes.set_ylim(max(rows, 3) - 0.5, -0.5)
    figure.legend(
        handles=handles,
        loc="lower center",
        ncol=len(handles),
        fontsize=7,
        frameon=False,
        labelcolor=INK,
    )
    figure.tight_layout(rect=(0, 0.05 if rows > 8 else 0.1, 1, 1))


def _nothing_yet(axes) -> None:
    axes.text(
        0.5, 0.5, "No pledges yet", ha="center", va="center", color=INK, transform=axes.transAxes
    )


def _png(figure: Figure) -> bytes:
    out = io.BytesIO()
    figure.savefig(out, format="png", facecolor=BACKGROUND, dpi=DPI)
    return out.getvalue()


def _label(pledge: Pledge) -> str:
    return cut(" ".join(f"#{pledge.number} {pledge.speaker}: {pledge.promise}".split()), 48)


def busiest(
    pledges: Sequence[Pledge], extensions: dict[int, list[Event]], limit: int = MAX_ROWS
) -> list[Pledge]:
    """The rows a crowded timeline keeps: the pledges with the most going on (open ones
    before ruled ones, then the most extensions, then the latest due, no deadline last:
    the order the store's `busiest_pledges` reads them in), shown by due date."""
    ranked = sorted(
        pledges,
        key=lambda p: (
            p.status is not Status.OPEN,
            -len(extensions.get(p.id, ())),
            p.due_at is None,
            -(p.due_at or p.said_at).timestamp(),
        ),
    )
    return sorted(ranked[:limit], key=lambda p: (p.due_at or p.said_at, p.number))


def timeline_png(
    pledges: Sequence[Pledge],
    extensions: dict[int, list[Event]],
    now: datetime,
    *,
    title: str,
    limit: int = MAX_ROWS,
    total: int | None = None,
) -> Chart:
    """One row per pledge from when it was said to when it is due, coloured by status
    (hatched: an approximate deadline, or none); extensions as white ticks at the moment
    the deadline was moved; today as a dashed line."""
    rows = busiest(pledges, extensions, limit)
    total = len(pledges) if total is None else total  # the pledges may be candidates only
    figure = _figure(len(rows))
    axes = figure.add_subplot()
    heading = title
    if len(rows) < total:
        heading += f" — the {len(rows)} busiest of {total} pledges"
    _style(axes, heading)
    if not rows:
        _nothing_yet(axes)
        axes.set_yticks([])
    for y, pledge in enumerate(rows):
        label = "overdue" if pledge.is_overdue(now) else pledge.status.value
        start = mdates.date2num(pledge.said_at)
        end = mdates.date2num(pledge.due_at or max(now, pledge.said_at))
        width = max(end - start, 0.4)
        hatch = "//" if pledge.due_at is None or pledge.vague else None
        axes.barh(
            y,
            width,
            left=start,
            height=0.6,
            color=COLOURS[label],
            hatch=hatch,
            edgecolor="white",
            linewidth=0.4,
        )
        for event in extensions.get(pledge.id, ()):
            moment = mdates.date2num(event.at)
            axes.plot([moment, moment], [y - 0.3, y + 0.3], color="white", lw=1.6)
    axes.axvline(mdates.date2num(now), color=TODAY, linewidth=1.4, linestyle="--")
    moments = [now] + [p.said_at for p in rows] + [p.due_at for p in rows if p.due_at]
    pad = timedelta(days=3)
    axes.set_xlim(mdates.date2num(min(moments) - pad), mdates.date2num(max(moments) + pad))
    axes.set_yticks(range(len(rows)), [_label(p) for p in rows])
    axes.xaxis_date()
    locator = mdates.AutoDateLocator(maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    handles: list[Artist] = [Patch(color=COLOURS[k], label=k) for k in ORDER]
    handles.append(Patch(facecolor="white", edgecolor=INK, hatch="//", label="approximate or none"))
    handles.append(Line2D([], [], color=TODAY, linestyle="--", label="today"))
    _finish(figure, axes, handles, len(rows))
    return Chart(_png(figure), len(rows), total)


def outcomes_png(
    scores: Sequence[SpeakerScore],
    *,
    title: str,
    limit: int = MAX_SPEAKERS,
    total: int | None = None,
) -> Chart:
    """A stacked bar per speaker (the busiest `limit`): kept, partly, broken, withdrawn,
    open on time and overdue, with the kept rate at the end of each bar. `total`: the
    speakers in all, when `scores` holds only the busiest."""
    shown = list(scores[:limit])
    total = len(scores) if total is None else total
    figure = _figure(len(shown))
    axes = figure.add_subplot()
    heading = title
    if len(shown) < total:
        heading += f" — the {len(shown)} busiest of {total} speakers"
    _style(axes, heading)
    names = [cut(s.speaker, 32) for s in shown]
    left = [0.0] * len(shown)
    for key in ORDER:
        values = [float(_count(s, key)) for s in shown]
        axes.barh(names, values, left=left, color=COLOURS[key], label=key, height=0.6)
        left = [a + b for a, b in zip(left, values, strict=True)]
    for y, score in enumerate(shown):
        rate = "no rulings" if score.kept_rate is None else f"{score.kept_rate:.0%} kept"
        axes.text(left[y] + 0.1, y, rate, va="center", fontsize=8, color=INK)
    if not shown:
        _nothing_yet(axes)
    axes.set_xlabel("pledges", color=INK)
    axes.set_xlim(0, max(left, default=1) * 1.18 + 1)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    _finish(figure, axes, [Patch(color=COLOURS[k], label=k) for k in ORDER], len(shown))
    return Chart(_png(figure), len(shown), total)


def _count(score: SpeakerScore, key: str) -> int:
    return {
        Status.FULFILLED.value: score.fulfilled,
        Status.PARTLY.value: score.partly,
        Status.BROKEN.value: score.broken,
        Status.WITHDRAWN.value: score.withdrawn,
        Status.OPEN.value: score.open - score.overdue,
        "overdue": score.overdue,
    }[key]


async def chart_reply(
    keeping: KeepingService, guild_id: int, speaker: str | None, kind: str
) -> tuple[str, discord.File]:
    """The chart as a reply text and a PNG file; drawn in a worker thread."""
    data = await keeping.chart_data(guild_id, speaker)
    now = keeping.clock.now()
    whose = f"{data.speaker}'s pledges" if data.speaker else "Pledges"
    if kind == "timeline":
        chart = await asyncio.to_thread(
            partial(timeline_png, title=f"{whose}: timeline", total=data.total),
            data.pledges,
            data.extensions,
            now,
        )
    else:
        chart = await asyncio.to_thread(
            partial(outcomes_png, title=f"{whose}: outcomes by speaker", total=data.speakers),
            data.scores,
        )
    text = render_scores.chart_text(kind, chart.shown, chart.total, data.speaker)
    return text, discord.File(io.BytesIO(chart.png), filename=f"pledges-{kind}.png")
