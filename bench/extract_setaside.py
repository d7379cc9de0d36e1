"""What the "maybe" list would hold if the sentences the rules set aside were listed there
(issue 13, stop 27). Prints figures, asserts nothing, ships nothing.

Run from the repository root: `.venv/bin/python bench/extract_setaside.py [SPLIT ...]`
(default: every split; a split not in `SEEN_SPLITS` is printed in aggregate only, like
`bench/extract.py` does, so that reading the output cannot leak a blind split).

The question, for the issue's author as much as for us: issue 13 asks that candidates
"below a threshold are listed under 'maybe' rather than hidden, so recall is not thrown
away and precision is what a member sees first". Today the extractor hides outright every
sentence whose cue it judges not to commit anyone (score 0) or scores below
`MIN_CONFIDENCE`. Some of those are judgement calls rather than refutations. This bench
counts, on each split, what listing the judgement calls under "maybe" would do: the sure
list (what a member sees first) does not change; recall over everything listed rises by
the pledges among them, and the maybe list grows by all of them.

The set-aside kinds were fixed on 2 December 2026 (stop 27) BEFORE blind25 and blind26
existed, from the seen splits only (share of labelled pledges among the sentences each
kind drops, over the 558 texts of the 25 seen splits: vetoed or a past promise 32 of 181
sentences, below the confidence floor 22/116, a conditional 2/12, a negation after the cue
3/32, "describes a thing" 13/151; of the kinds that stay hidden, 4% to 7%: no date where
the cue needs one 6/136, a guessed or judged claim 6/99, "not pledged" wording 6/81; none
among a resolve, a forecast, a demand; a date behind is history, not a doubt):

- `vetoed`: the cue's clause was vetoed (a past frame, a framing verb, ...) or read as a
  past promise, unless the sentence is a question;
- `negated`: a negation after the cue ("will not serve ... in a women's prison");
- `describes`: the cue describes what a thing does or will do;
- `conditional`: a condition the rules read as hypothetical;
- `weak`: a cue that scored above zero but below `MIN_CONFIDENCE`.

How a sentence's kind is read: the tier shipped (`bot/core/extract/aside.py`; /pledge
extract asks for it), so the bench now reads the product's own `extract_pledges(...,
set_aside=True)`, each set-aside candidate's kind from its `doubt`. Its first version traced
`_Extractor._score` instead (commit d2fbeed, before the tier existed: 492 sentences, 72
holding a pledge, on the seen splits). The review of the tier then narrowed it, before
blind25 and blind26 were scored: a doubted sentence that a refutation after the doubt
also rules out (a negated forecast, a negated resolve) stays hidden, and a sentence that
held a candidate the extractor dropped on purpose (a headline the body repeats) is not
listed again: 421 sentences, 66 holding a pledge, on the seen splits.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.extract import MAYBE_BELOW, extract_pledges  # noqa: E402
from bot.core.extract.aside import DOUBTS  # noqa: E402
from tests.data.articles.labelled import SEEN_SPLITS, Article, load_split, real_splits  # noqa: E402

#: A set-aside candidate's kind, from the reason it gives.
KIND_OF = {doubt: kind for kind, doubt in DOUBTS.items()}


@dataclass
class Tally:
    texts: int = 0
    labels: int = 0
    sure: int = 0
    sure_right: int = 0
    maybe: int = 0
    maybe_right: int = 0
    found: int = 0  # labels found by a candidate (sure or maybe)
    aside: int = 0
    aside_right: int = 0
    found_with_aside: int = 0
    kinds: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        for name in ("texts", "labels", "sure", "sure_right", "maybe", "maybe_right", "found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.aside += other.aside
        self.aside_right += other.aside_right
        self.found_with_aside += other.found_with_aside
        for kind, (n, right) in other.kinds.items():
            mine = self.kinds.setdefault(kind, [0, 0])
            mine[0] += n
            mine[1] += right


def tally(article: Article) -> Tally:
    listed = extract_pledges(article.text, article.published, article.tz, set_aside=True)
    candidates = [candidate for candidate in listed if candidate.doubt is None]
    keys = [label.key for label in article.pledges]
    t = Tally(texts=1, labels=len(keys))
    for candidate in candidates:
        right = any(key in candidate.quote for key in keys)
        if candidate.confidence >= MAYBE_BELOW:
            t.sure += 1
            t.sure_right += right
        else:
            t.maybe += 1
            t.maybe_right += right
    for candidate in listed:
        if candidate.doubt is None:
            continue
        right = any(key in candidate.quote for key in keys)
        t.aside += 1
        t.aside_right += right
        mine = t.kinds.setdefault(KIND_OF[candidate.doubt], [0, 0])
        mine[0] += 1
        mine[1] += right
    t.found = sum(any(key in c.quote for c in candidates) for key in keys)
    t.found_with_aside = sum(any(key in c.quote for c in listed) for key in keys)
    return t


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "n/a"


def report(name: str, t: Tally) -> None:
    listed = t.sure + t.maybe
    print(
        f"{name:<10} {t.texts:3d} texts, {t.labels:3d} pledges"
        f" | sure P {_share(t.sure_right, t.sure)}"
        f" | all P {_share(t.sure_right + t.maybe_right, listed)}"
        f" R {_share(t.found, t.labels)}"
    )
    maybe = t.maybe + t.aside
    print(
        f"{'':<10} with set-aside: R {_share(t.found_with_aside, t.labels)}"
        f" | maybe list {t.maybe / t.texts:.1f} -> {maybe / t.texts:.1f} a text,"
        f" precision {_share(t.maybe_right, t.maybe)}"
        f" -> {_share(t.maybe_right + t.aside_right, maybe)}"
        f" | all P {_share(t.sure_right + t.maybe_right + t.aside_right, listed + t.aside)}"
    )
    kinds = ", ".join(f"{k} {n}/{r}" for k, (n, r) in sorted(t.kinds.items()))
    print(f"{'':<10} set aside (sentences/pledges): {kinds or 'none'}")


def main(argv: list[str]) -> None:
    names = argv or real_splits()
    seen = Tally()
    for name in names:
        t = Tally()
        for article in load_split(name):
            t.add(tally(article))
        label = name if name in SEEN_SPLITS else f"{name} (blind)"
        report(label, t)
        if name in SEEN_SPLITS:
            seen.add(t)
    if seen.texts and len(names) > 1:
        report("all seen", seen)


if __name__ == "__main__":
    main(sys.argv[1:])
