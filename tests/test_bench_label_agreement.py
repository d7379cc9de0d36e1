"""bench/label_agreement.py: every second labelling pairs completely with its set's first
labels, so that a case removed from one side only (as the licence audits of stops 46-50 did
to five sets, found at stop 52) fails here instead of drifting apart silently. Sets still
waiting for their first run are left alone (blind)."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import label_agreement  # noqa: E402 - bench/label_agreement.py

from tests.data.deadlines.blind_real import BlindCase  # noqa: E402

PAIRS = label_agreement.deadline_pairs()


def test_every_present_pair_is_compared() -> None:
    names = {name for name, _, _ in PAIRS}
    # fresh6 and the seen sets whose second labelling is kept here, at least
    for name in (
        "sixth",
        "thirteenth",
        "sixty-ninth",
        "seventy-fifth",
        "eighty-third",
        "eighty-ninth",
        "ninety-third",
    ):
        assert f"{name} fresh set" in names


@pytest.mark.parametrize(("name", "first", "second"), PAIRS, ids=[p[0] for p in PAIRS])
def test_the_two_labellings_pair_completely(name: str, first: list, second: list[dict]) -> None:
    pairs, only_first, only_second = label_agreement.pair(first, second)
    assert [case.text[:60] for case in only_first] == [], (
        f"{name}: first cases with no second label"
    )
    assert [str(other["text"])[:60] for other in only_second] == [], (
        f"{name}: second labels whose case is not in the first set"
    )
    assert len(pairs) == len(first) == len(second)


def test_waiting_sets_are_not_paired() -> None:
    waiting = label_agreement.waiting()
    assert waiting, "bench/deadlines.py's _WAITING read as empty"
    ordinals = dict(label_agreement.SECONDS)
    compared = {name for name, _, _ in PAIRS}
    for number in waiting & set(ordinals):
        assert f"{ordinals[number]} fresh set" not in compared


def test_a_set_with_a_second_labelling_is_left_alone_while_it_waits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The test above checks nothing once no waiting set has a second labelling (the state
    # after every first run): here one that has (fresh131) is made to wait.
    monkeypatch.setattr(label_agreement, "waiting", lambda: {131})
    name = "hundred-and-thirty-first fresh set"
    assert name not in {n for n, _, _ in label_agreement.deadline_pairs()}
    assert name in {n for n, _, _ in label_agreement.deadline_pairs(with_waiting=True)}


def _case(text: str, due: str | None = None) -> BlindCase:
    return BlindCase(
        text=text,
        due=due,
        vague=False,
        said="2020-01-01 10:00:00",
        tz="UTC",
        cluster=1,
        source="https://example.org/",
        published="2020-01-01",
    )


def test_pairing_by_text_survives_a_removal_and_names_the_unpaired(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first = [_case("A by 2 March.", "2020-03-02 23:59:59"), _case("C soon.")]
    second = [
        asdict(_case("A by 2 March.", "2020-03-02 23:59:59")),
        asdict(_case("B, removed from the first set only.")),
        asdict(_case("C soon.")),
    ]
    pairs, only_first, only_second = label_agreement.pair(first, second)
    assert [(number, case.text, other["text"]) for number, case, other in pairs] == [
        (1, "A by 2 March.", "A by 2 March."),
        (2, "C soon.", "C soon."),
    ]
    assert only_first == []
    assert [other["text"] for other in only_second] == ["B, removed from the first set only."]

    monkeypatch.setattr(label_agreement, "deadline_pairs", lambda _=False: [("toy", first, second)])
    label_agreement.deadlines(verbose=True)
    out = capsys.readouterr().out
    assert (
        "toy: the two labellers agree on 2/2 (100.0%); without a partner: 0 first, 1 second" in out
    )
    assert "only the second" in out and "B, removed" in out
