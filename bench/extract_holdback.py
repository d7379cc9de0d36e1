"""Aggregate-only score of a named list of real texts: a tuner's own held-back check.

Run from the repository root: `.venv/bin/python bench/extract_holdback.py [NAME ...]`,
or `... --splits=blind61-blind68[,heldout,...]` for whole seen splits (a tuner's test
split: the splits named, pooled; a split not yet in `SEEN_SPLITS` is refused, so a blind
split waiting for its first run cannot be scored by mistake). With no names it scores
`ROUND7_HOLDBACK`, the ten texts of `real/blind8/` at even positions in sorted order,
which issue 13's seventh round kept back from reading (the tuner read only the ten at odd
positions). Prints one aggregate line, never a
per-text or per-sentence figure, so that running it cannot leak what it measures; run
it once before a round of rule changes and once after, and report both.

Figures are those of `bench/extract.py` (sentence-level precision and recall, the
speaker right of found pledges, the due date within a day), plus the sure list alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.extract import MAYBE_BELOW, extract_pledges  # noqa: E402
from tests.data.articles.labelled import (  # noqa: E402
    REAL_DIR,
    SEEN_SPLITS,
    Article,
    Score,
    load_articles,
    load_split,
    score,
)

ROUND7_SPLIT = "blind8"
ROUND7_HOLDBACK = (
    "dss_lobby_briefing_2012_12_04",
    "dss_lobby_briefings_2011_07_13_14",
    "eu_top_news_agenda_2012_06_29",
    "parliament_wqa_eu_citizens_rights_2018",
    "presidency_carter_national_agenda_commission_1979",
    "presidency_readout_merkel_2011_10",
    "state_mcgurk_coalition_meetings_2017",
    "voa_north_korea_talks_no_date_2005",
    "whitehouse_readout_merkel_2011_08",
    "whitehouse_readout_sarkozy_merkel_2011_08",
)


def named(names: tuple[str, ...]) -> list[Article]:
    """The named texts, looked up in every split; a name found nowhere is an error."""
    by_name = {
        article.name: article
        for directory in sorted(path for path in REAL_DIR.iterdir() if path.is_dir())
        for article in load_articles(directory)
    }
    missing = [name for name in names if name not in by_name]
    if missing:
        raise SystemExit(f"not in the real corpus: {', '.join(missing)}")
    return [by_name[name] for name in names]


def in_splits(spec: str) -> list[Article]:
    """The texts of the seen splits `spec` names: "blind61-blind68" (both ends included),
    or split names, comma-separated ("heldout,blind29,blind30")."""
    splits: list[str] = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        low, dash, high = part.partition("-blind")
        if dash and low.startswith("blind"):
            splits += [f"blind{n}" for n in range(int(low[5:]), int(high) + 1)]
        else:
            splits.append(part)
    unseen = [name for name in splits if name not in SEEN_SPLITS]
    if unseen:
        raise SystemExit(f"not a seen split: {', '.join(unseen)} (see SEEN_SPLITS)")
    return [article for name in splits for article in load_split(name)]


def main(argv: list[str]) -> None:
    splits = [arg.removeprefix("--splits=") for arg in argv if arg.startswith("--splits=")]
    names = tuple(argv) or ROUND7_HOLDBACK
    articles = in_splits(",".join(splits)) if splits else named(names)
    names = tuple(article.name for article in articles)
    total = sure = Score()
    for article in articles:
        candidates = extract_pledges(article.text, article.published, article.tz)
        total = total + score(article, candidates)
        kept = [candidate for candidate in candidates if candidate.confidence >= MAYBE_BELOW]
        sure = sure + score(article, kept)
    label = "round 7 held-back ten of " + ROUND7_SPLIT if not argv else "named texts"
    label = ", ".join(splits) if splits else label
    print(
        f"{label} ({len(names)} texts, {total.labels} labelled pledges, "
        f"{total.candidates} candidates): precision {total.precision:.2f}, "
        f"recall {total.recall:.2f}, speaker {total.speaker_rate:.0%} "
        f"({total.speaker_right}/{total.found_labels}), due {total.due_rate:.0%} "
        f"({total.due_agreed}/{total.due_checked}); sure list {sure.precision:.2f} / "
        f"{sure.recall:.2f}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
