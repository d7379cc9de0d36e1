"""Loading and scoring the labelled articles, shared by the tests and the benchmark.

Kept next to the data so that the format and the matching rule live in one place: a
test and the benchmark that disagreed about what "found" means would be worse than
useless.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.extract import Candidate, same_speaker

ARTICLES_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Label:
    speakers: tuple[str, ...]
    key: str
    due: date | None
    vague: bool


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    published: datetime
    tz: str
    pledges: tuple[Label, ...]


@dataclass(frozen=True, slots=True)
class Score:
    candidates: int
    true_candidates: int
    labels: int
    found_labels: int
    due_checked: int
    due_agreed: int

    @property
    def precision(self) -> float:
        return self.true_candidates / self.candidates if self.candidates else 1.0

    @property
    def recall(self) -> float:
        return self.found_labels / self.labels if self.labels else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            *(getattr(self, name) + getattr(other, name) for name in self.__dataclass_fields__)
        )


def _strip_header(raw: str) -> str:
    """Drop the leading `# ...` lines: they say where the text came from, not news."""
    lines = raw.splitlines(keepends=True)
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return "".join(lines).lstrip("\n")


def load_articles(directory: Path = ARTICLES_DIR) -> list[Article]:
    articles = []
    for text_path in sorted(directory.glob("*.txt")):
        meta = json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))
        zone = ZoneInfo(meta["tz"])
        published = datetime.fromisoformat(meta["published"])
        if published.tzinfo is None:
            published = published.replace(tzinfo=zone)
        labels = []
        for item in meta["pledges"]:
            speakers = item["speaker"]
            labels.append(
                Label(
                    speakers=(speakers,) if isinstance(speakers, str) else tuple(speakers),
                    key=item["key"],
                    due=date.fromisoformat(item["due"]) if item.get("due") else None,
                    vague=bool(item.get("vague", False)),
                )
            )
        articles.append(
            Article(
                name=text_path.stem,
                text=_strip_header(text_path.read_text(encoding="utf-8")),
                published=published,
                tz=meta["tz"],
                pledges=tuple(labels),
            )
        )
    return articles


def matches(candidate: Candidate, label: Label) -> bool:
    """The labelled pledge is this candidate: its sentence holds the key, same speaker."""
    return label.key in candidate.quote and any(
        same_speaker(candidate.speaker, speaker) for speaker in label.speakers
    )


def score(article: Article, candidates: list[Candidate]) -> Score:
    """Precision counts candidates matching some label; recall, labels some candidate found.

    Due dates are compared separately (calendar date in the article's zone, only where
    the label has one) because they measure the deadline parser as much as us.
    """
    zone = ZoneInfo(article.tz)
    true_candidates = sum(
        1 for candidate in candidates if any(matches(candidate, label) for label in article.pledges)
    )
    found = 0
    due_checked = due_agreed = 0
    for label in article.pledges:
        hits = [candidate for candidate in candidates if matches(candidate, label)]
        if not hits:
            continue
        found += 1
        if label.due is not None:
            due_checked += 1
            deadline = hits[0].deadline
            if deadline is not None and deadline.due.astimezone(zone).date() == label.due:
                due_agreed += 1
    return Score(
        candidates=len(candidates),
        true_candidates=true_candidates,
        labels=len(article.pledges),
        found_labels=found,
        due_checked=due_checked,
        due_agreed=due_agreed,
    )
