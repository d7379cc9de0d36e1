"""Loading and scoring the labelled articles, shared by the tests and the benchmark.

Kept next to the data so that the format and the matching rule live in one place: a
test and the benchmark that disagreed about what "found" means would be worse than
useless.

The sets: the articles written alongside the first rules (this directory, kept as unit
tests), and the real corpus in `real/`, one directory a split. The splits in
`SEEN_SPLITS` have been scored or read sentence by sentence while changing the
extractor (each blind split stops being blind at its first run); a split that nobody
has looked at (any other directory, e.g. `real/blind9/` when present) is scored once,
in aggregate, and its figure is the one that counts.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.core.extract import Candidate, same_speaker

ARTICLES_DIR = Path(__file__).resolve().parent
REAL_DIR = ARTICLES_DIR / "real"
REAL_TUNED_DIR = REAL_DIR / "tuned"
REAL_HELDOUT_DIR = REAL_DIR / "heldout"
#: Splits that have been looked at while tuning, in the order they are reported.
SEEN_SPLITS = (
    "blind159",
    "blind158",
    "blind157",
    "blind156",
    "blind155",
    "blind154",
    "blind153",
    "blind152",
    "blind151",
    "blind150",
    "blind149",
    "blind148",
    "blind147",
    "blind146",
    "blind145",
    "blind144",
    "blind143",
    "blind142",
    "blind141",
    "blind140",
    "blind139",
    "blind138",
    "blind137",
    "blind136",
    "blind135",
    "blind134",
    "blind133",
    "blind132",
    "blind131",
    "blind130",
    "blind129",
    "blind128",
    "blind127",
    "blind126",
    "blind125",
    "blind124",
    "blind123",
    "blind122",
    "blind121",
    "blind120",
    "blind119",
    "blind118",
    "blind117",
    "blind116",
    "blind115",
    "blind114",
    "blind113",
    "blind112",
    "blind111",
    "blind110",
    "blind109",
    "blind108",
    "blind107",
    "blind106",
    "blind105",
    "blind104",
    "blind103",
    "blind102",
    "blind101",
    "blind100",
    "blind99",
    "blind98",
    "blind97",
    "blind96",
    "blind95",
    "blind94",
    "blind93",
    "blind92",
    "blind91",
    "blind90",
    "blind89",
    "blind88",
    "blind87",
    "blind86",
    "blind85",
    "blind84",
    "blind83",
    "blind82",
    "blind81",
    "blind80",
    "blind79",
    "blind78",
    "blind77",
    "blind76",
    "blind75",
    "blind74",
    "blind73",
    "blind72",
    "blind71",
    "blind70",
    "blind69",
    "blind68",
    "blind67",
    "blind66",
    "blind65",
    "blind64",
    "blind63",
    "blind62",
    "blind61",
    "blind60",
    "blind59",
    "blind58",
    "blind57",
    "blind56",
    "blind55",
    "blind54",
    "blind53",
    "blind52",
    "blind51",
    "blind50",
    "blind49",
    "blind48",
    "blind47",
    "blind46",
    "blind45",
    "blind44",
    "blind43",
    "blind42",
    "blind41",
    "blind40",
    "blind39",
    "blind38",
    "blind37",
    "blind36",
    "blind35",
    "blind34",
    "blind33",
    "blind32",
    "blind31",
    "blind30",
    "blind29",
    "blind28",
    "blind27",
    "blind26",
    "blind25",
    "blind24",
    "blind23",
    "blind22",
    "blind21",
    "blind20",
    "blind19",
    "blind18",
    "blind17",
    "blind16",
    "blind15",
    "blind14",
    "blind13",
    "blind12",
    "blind11",
    "blind10",
    "blind9",
    "blind8",
    "blind7",
    "blind6",
    "blind5",
    "blind4",
    "blind3",
    "blind2",
    "heldout",
    "tuned",
)

#: A due date within this many days of the labelled one counts as right.
DUE_TOLERANCE = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Label:
    speakers: tuple[str, ...]
    key: str
    due: date | None
    vague: bool
    #: The labeller hesitated over the call (tests/data/articles/CONVENTIONS.md §5).
    unsure: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    published: datetime
    tz: str
    pledges: tuple[Label, ...]
    genre: str = ""


@dataclass(frozen=True, slots=True)
class Score:
    """Counts over one article or a whole set.

    Sentence level: a candidate is right when its quote holds some label's key, and a
    label is found when some candidate's quote holds its key. Whether the speaker is
    right is counted separately (`speaker_right` of `found_labels`); `speaker_right`
    over `labels` is the old, strict recall (key and speaker), so neither figure hides
    the other.
    """

    candidates: int = 0
    true_candidates: int = 0
    labels: int = 0
    found_labels: int = 0
    speaker_right: int = 0
    due_checked: int = 0
    due_agreed: int = 0
    # found pledges whose label has no due date, and how many of them the candidate dates
    # anyway: the due rate alone cannot fall when a rule hands out more dates
    undated: int = 0
    dated_anyway: int = 0

    @property
    def precision(self) -> float:
        return self.true_candidates / self.candidates if self.candidates else 1.0

    @property
    def recall(self) -> float:
        return self.found_labels / self.labels if self.labels else 1.0

    @property
    def speaker_rate(self) -> float:
        return self.speaker_right / self.found_labels if self.found_labels else 1.0

    @property
    def strict_recall(self) -> float:
        return self.speaker_right / self.labels if self.labels else 1.0

    @property
    def due_rate(self) -> float:
        return self.due_agreed / self.due_checked if self.due_checked else 1.0

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
                    unsure=bool(item.get("unsure", False)),
                )
            )
        articles.append(
            Article(
                name=text_path.stem,
                text=_strip_header(text_path.read_text(encoding="utf-8")),
                published=published,
                tz=meta["tz"],
                pledges=tuple(labels),
                genre=str(meta.get("genre", "")),
            )
        )
    return articles


def without_unsure(
    article: Article, candidates: list[Candidate]
) -> tuple[Article, list[Candidate]]:
    """The article without the labels marked unsure, and the candidates without those
    that hold one: the figure with the labeller's doubtful calls left out both ways."""
    doubtful = [label for label in article.pledges if label.unsure]
    firm = tuple(label for label in article.pledges if not label.unsure)
    kept = [c for c in candidates if not any(holds(c, label) for label in doubtful)]
    return dataclasses.replace(article, pledges=firm), kept


def load_split(name: str) -> list[Article]:
    """A directory of the real corpus (`"heldout"`, `"tuned"`, `"blind2"`, ...) or
    `"written"` (our own articles); a split that is not there is empty."""
    directory = ARTICLES_DIR if name == "written" else REAL_DIR / name
    return load_articles(directory) if directory.is_dir() else []


def real_splits() -> list[str]:
    """Every split directory under `real/`: the unseen ones first (their figure is the
    one that counts), then the seen ones in `SEEN_SPLITS` order."""
    present = sorted(path.name for path in REAL_DIR.iterdir() if path.is_dir())
    unseen = [name for name in present if name not in SEEN_SPLITS]
    return unseen + [name for name in SEEN_SPLITS if name in present]


def holds(candidate: Candidate, label: Label) -> bool:
    """The candidate's sentence is the labelled pledge's sentence (speaker aside)."""
    return label.key in candidate.quote


def speaker_right(candidate: Candidate, label: Label) -> bool:
    return any(same_speaker(candidate.speaker, speaker) for speaker in label.speakers)


def matches(candidate: Candidate, label: Label) -> bool:
    """The labelled pledge is this candidate: its sentence holds the key, same speaker."""
    return holds(candidate, label) and speaker_right(candidate, label)


def due_right(candidate: Candidate, label: Label, zone: ZoneInfo) -> bool:
    if label.due is None or candidate.deadline is None:
        return False
    found = candidate.deadline.due.astimezone(zone).date()
    return abs(found - label.due) <= DUE_TOLERANCE


def score(article: Article, candidates: list[Candidate]) -> Score:
    """Score one article's candidates against its labels (see `Score` for the rules).

    Due dates are compared only for found pledges whose label has one (calendar date in
    the article's zone, within a day), because they measure the deadline parser as
    much as the extractor; found pledges whose label has none are counted apart, with
    how many of them the candidate gives a date all the same (`dated_anyway`).
    """
    zone = ZoneInfo(article.tz)
    true_candidates = sum(
        1 for candidate in candidates if any(holds(candidate, label) for label in article.pledges)
    )
    found = right = due_checked = due_agreed = undated = dated_anyway = 0
    for label in article.pledges:
        hits = [candidate for candidate in candidates if holds(candidate, label)]
        if not hits:
            continue
        found += 1
        with_speaker = [candidate for candidate in hits if speaker_right(candidate, label)]
        if with_speaker:
            right += 1
        best = (with_speaker or hits)[0]
        if label.due is not None:
            due_checked += 1
            due_agreed += due_right(best, label, zone)
        else:
            undated += 1
            dated_anyway += best.deadline is not None
    return Score(
        candidates=len(candidates),
        true_candidates=true_candidates,
        labels=len(article.pledges),
        found_labels=found,
        speaker_right=right,
        due_checked=due_checked,
        due_agreed=due_agreed,
        undated=undated,
        dated_anyway=dated_anyway,
    )
