"""The soak of bench/soak.py in its 1-minute form: the real bot process against the fake
Discord, killed with SIGKILL, its gateway cut and its requests answered with 5xx/429,
while members add, rule, extend and click. Nothing acknowledged may be lost, nothing
posted twice, and the database must pass its integrity check.

The run is random (its seed is in the report printed on failure) and on the real
clock, as the bot process has no other: 55 s of members and chaos, the last 12 s
without chaos, then a quiet period that ends as soon as nothing due is waiting.
"""

from __future__ import annotations

from bench.soak import SoakConfig, report, run_soak


async def test_one_minute_soak_loses_nothing_and_posts_nothing_twice(tmp_path):
    config = SoakConfig(
        seconds=55,
        calm=12,
        quiet_max=40,
        grace=10,
        kill_every=(7, 14),
        cut_every=(6, 12),
        burst_every=(4, 9),
        log=lambda _: None,
    )
    figures = await run_soak(config, tmp_path)
    text = report(figures, config)
    assert figures.lost == 0, text
    assert figures.duplicated == 0, text
    assert figures.integrity == "ok", text
    assert figures.problems == [], text
    assert figures.bot_errors == 0, text + "\n" + (tmp_path / "bot.log").read_text()
    # It did something: the bot was killed, its commands and alerts went through.
    assert figures.kills >= 1 and figures.gateway_cuts >= 1 and figures.bursts >= 1, text
    assert figures.adds_acknowledged >= 10 and figures.commands_answered >= 20, text
    assert figures.alerts_posted >= 10 and figures.alerts_due >= figures.alerts_posted, text
