"""Scorecards, charts and exports at size. Prints figures; asserts nothing.

    .venv/bin/python bench/keeping.py [--pledges 10000] [--chart 500] [--runs 3]

Set-up: a temporary SQLite file; `--pledges` pledges over 40 speakers are imported in
one go (`KeepingService.import_file`, timed too), each with a creation event and a
third of them ruled or extended, so the history has ~1.5 events a pledge.

1. Export of every pledge as CSV, JSON (with the whole history) and iCalendar, through
   `KeepingService.export_file` (one query for the pledges, one for all the history),
   beside the baseline: the former `python -m bot export`, one history query a pledge.
2. Scorecards of the server (`scorecards`): every speaker's figures.
3. Charts of `--chart` pledges: the timeline (40 busiest rows) and the outcomes bars,
   drawn with matplotlib's Agg backend as /pledge chart draws them, beside a 1-pledge
   timeline (matplotlib's fixed cost) as the baseline.

Each figure is the median of `--runs` runs, in seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.chat import charts  # noqa: E402 - after the path set-up
from bot.core.clock import FakeClock  # noqa: E402
from bot.core.model import Actor, Status  # noqa: E402
from bot.keeping import KeepingService  # noqa: E402
from bot.service import PledgeService  # noqa: E402
from db.store import Store  # noqa: E402

NOW = datetime(2026, 1, 15, 12, tzinfo=UTC)
GUILD = 1
STATUSES = [s.value for s in Status]


def document(count: int) -> bytes:
    pledges = []
    for i in range(count):
        said = NOW - timedelta(days=400 - i % 380, hours=i % 24)
        due = said + timedelta(days=7 + i % 120)
        status = STATUSES[i % len(STATUSES)] if i % 3 == 0 else "open"
        history = [{"at": said.isoformat(), "actor_id": 7, "kind": "created"}]
        if status != "open":
            history.append(
                {
                    "at": (due + timedelta(days=i % 9)).isoformat(),
                    "actor_id": 7,
                    "kind": "ruled",
                    "field": "status",
                    "from_value": "open",
                    "to_value": status,
                    "note": '=HYPERLINK("https://example.com","see")' if i % 50 == 0 else None,
                }
            )
        elif i % 3 == 1:
            history.append({"at": due.isoformat(), "actor_id": 7, "kind": "extended"})
        pledges.append(
            {
                "number": i + 1,
                "speaker": f"Speaker {i % 40}",
                "promise": f"Promise {i}: " + "a commitment with a deadline " * 3,
                "status": status,
                "said_at": said.isoformat(),
                "deadline_text": "within two weeks" if i % 4 else "in the coming weeks",
                "due_at": due.isoformat(),
                "vague": i % 4 == 0,
                "recorded_by": 7,
                "created_at": said.isoformat(),
                "updated_at": said.isoformat(),
                "history": history,
            }
        )
    return json.dumps({"pledges": pledges}).encode()


async def timed(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        await work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


async def main(count: int, chart_size: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(Path(scratch) / "bench.db")
        await store.open()
        try:
            service = PledgeService(store, FakeClock(NOW))
            keeping = KeepingService(service)
            data = document(count)
            start = time.perf_counter()
            await keeping.import_file(GUILD, Actor.system(), data)
            print(
                f"import of {count} pledges (JSON, {len(data) / 1e6:.1f} MB): "
                f"{time.perf_counter() - start:.2f} s"
            )

            async def per_pledge_history() -> None:  # the former `python -m bot export`
                for pledge in await store.all_pledges(GUILD):
                    await store.history(GUILD, pledge.id)

            base = await timed(runs, per_pledge_history)
            print(f"\nexport of {count} pledges (median of {runs}):")
            print(f"  baseline, one history query a pledge (reading only): {base:.2f} s")
            for fmt in ("csv", "json", "ics"):
                sizes = []

                async def export(fmt=fmt, sizes=sizes) -> None:
                    sizes.append(len((await keeping.export_file(GUILD, fmt)).data))

                seconds = await timed(runs, export)
                print(f"  {fmt:<4} {seconds:.2f} s  ({sizes[-1] / 1e6:.1f} MB)")
            seconds = await timed(runs, lambda: keeping.scorecards(GUILD))
            print(f"\nscorecards of {count} pledges, 40 speakers: {seconds:.2f} s")

            page = (await store.all_pledges(GUILD))[:chart_size]
            chart_data = await keeping.chart_data(GUILD)
            ids = {p.id for p in page}
            extensions = {k: v for k, v in chart_data.extensions.items() if k in ids}
            print(f"\ncharts (median of {runs}):")
            one = await timed(
                runs,
                lambda: asyncio.to_thread(charts.timeline_png, page[:1], {}, NOW, title="t"),
            )
            print(f"  baseline, timeline of 1 pledge: {one:.3f} s")
            sized: list[int] = []

            async def timeline() -> None:
                chart = await asyncio.to_thread(
                    charts.timeline_png, page, extensions, NOW, title="t"
                )
                sized.append(len(chart.png))

            seconds = await timed(runs, timeline)
            print(f"  timeline of {len(page)} pledges: {seconds:.3f} s ({sized[-1] / 1e3:.0f} kB)")
            scores = chart_data.scores

            async def outcomes() -> None:
                chart = await asyncio.to_thread(charts.outcomes_png, scores, title="o")
                sized.append(len(chart.png))

            seconds = await timed(runs, outcomes)
            print(
                f"  outcomes of {len(scores)} speakers: {seconds:.3f} s ({sized[-1] / 1e3:.0f} kB)"
            )
        finally:
            await store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pledges", type=int, default=10_000)
    parser.add_argument("--chart", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    asyncio.run(main(args.pledges, args.chart, args.runs))
