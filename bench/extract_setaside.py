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

How a cue's verdict is read: `_Extractor._score` is traced (`sys.settrace`, this process
only) and the `return nothing` it left by is mapped to the `if` above it in its source.
"""

from __future__ import annotations

import inspect
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bot.core.extract.extractor as ex  # noqa: E402
from bot.core.extract import MAYBE_BELOW, MIN_CONFIDENCE  # noqa: E402
from tests.data.articles.labelled import SEEN_SPLITS, Article, load_split, real_splits  # noqa: E402

#: The condition (the start of the `if` line above a `return nothing`) of each set-aside kind.
SET_ASIDE = {
    "if vetoed or self._past_promise": "vetoed",
    "if negated_after and not": "negated",
    "if cue.kind in describing and self._describes": "describes",
    "if penalty is None": "conditional",
}


def _exits() -> dict[int, str]:
    """Line number of each `return nothing` of `_score` -> the condition that leads to it."""
    lines, first = inspect.getsourcelines(ex._Extractor._score)
    out: dict[int, str] = {}
    condition = ""
    for offset, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(("if ", "elif ")):
            condition = stripped
        if stripped.startswith("return nothing"):
            out[first + offset] = condition
    return out


_EXITS = _exits()
_CODE = ex._Extractor._score.__code__


class _Tracer(ex._Extractor):
    """The extractor, noting for every cue where `_score` left and with what score."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.verdicts: dict[int, list[tuple[float, str]]] = {}
        self._left = 0

    def _trace(self, frame: FrameType, event: str, _arg: Any) -> Any:
        if frame.f_code is _CODE:
            if event == "return":
                self._left = frame.f_lineno
            return self._trace
        return None

    def _score(self, index: int, cue: Any) -> Any:
        sys.settrace(self._trace)
        try:
            result = super()._score(index, cue)
        finally:
            sys.settrace(None)
        self.verdicts.setdefault(index, []).append((result[0], _EXITS.get(self._left, "")))
        return result


def set_aside_kind(tracer: _Tracer, index: int) -> str | None:
    """The kind under which the sentence would be listed, or None if it stays hidden."""
    sentence = tracer.sentences[index]
    for score, condition in tracer.verdicts.get(index, []):
        if 0 < round(score, 2) < MIN_CONFIDENCE:
            return "weak"
        for start, kind in SET_ASIDE.items():
            if condition.startswith(start) and not (kind == "vetoed" and sentence.question):
                return kind
    return None


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
    tracer = _Tracer(article.text, article.published, article.tz)
    candidates = tracer.run()
    keys = [label.key for label in article.pledges]
    t = Tally(texts=1, labels=len(keys))
    quotes = [candidate.quote for candidate in candidates]
    for candidate in candidates:
        right = any(key in candidate.quote for key in keys)
        if candidate.confidence >= MAYBE_BELOW:
            t.sure += 1
            t.sure_right += right
        else:
            t.maybe += 1
            t.maybe_right += right
    listed = set(quotes)
    aside: list[str] = []
    for index, sentence in enumerate(tracer.sentences):
        if sentence.text in listed or len(sentence.text) > ex._MAX_SENTENCE_CHARS:
            continue
        kind = set_aside_kind(tracer, index)
        if kind is None:
            continue
        listed.add(sentence.text)
        aside.append(sentence.text)
        right = any(key in sentence.text for key in keys)
        t.aside += 1
        t.aside_right += right
        mine = t.kinds.setdefault(kind, [0, 0])
        mine[0] += 1
        mine[1] += right
    t.found = sum(any(key in quote for quote in quotes) for key in keys)
    t.found_with_aside = sum(any(key in quote for quote in quotes + aside) for key in keys)
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
