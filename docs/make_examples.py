"""Make the README's examples with the bot's own code: the bundled article's pledges,
a few rulings and an extension, then the timeline chart (docs/chart-example.png), the
scorecard as the bot renders it, and the first lines of a CSV export.

    .venv/bin/python docs/make_examples.py
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.chat import charts, render_scores  # noqa: E402 - after the path set-up
from bot.core.clock import FakeClock  # noqa: E402
from bot.core.model import Actor, Status  # noqa: E402
from bot.keeping import KeepingService  # noqa: E402
from bot.service import PledgeService  # noqa: E402
from db.store import Store  # noqa: E402

GUILD = 1
EDITOR = Actor(user_id=7, manage_guild=True)


async def main() -> None:
    clock = FakeClock(datetime(2025, 8, 18, 12, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(Path(scratch) / "examples.db")
        await store.open()
        try:
            service = PledgeService(store, clock)
            keeping = KeepingService(service)
            await service.seed(GUILD)
            clock.advance(timedelta(days=8))
            await service.mark(GUILD, 3, EDITOR, Status.PARTLY, note="talks held, no text")
            await service.extend(GUILD, 1, EDITOR, "by the end of September", reason="postponed")
            clock.advance(timedelta(days=40))
            await service.mark(GUILD, 1, EDITOR, Status.BROKEN, note="no meeting took place")
            clock.advance(timedelta(days=5))
            now = clock.now()
            data = await keeping.chart_data(GUILD)
            chart = charts.timeline_png(
                data.pledges, data.extensions, now, title="Pledges: timeline"
            )
            (ROOT / "docs" / "chart-example.png").write_bytes(chart.png)
            print(f"docs/chart-example.png: {len(chart.png) / 1e3:.0f} kB\n")
            embed = render_scores.scorecard_embed(await keeping.scorecards(GUILD))
            print(embed.description)
            csv = (await keeping.export_file(GUILD, "csv")).data.decode("utf-8-sig")
            print("\n".join(csv.splitlines()[:3]))
        finally:
            await store.close()


if __name__ == "__main__":
    asyncio.run(main())
