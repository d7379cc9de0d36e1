"""Tests for bot.extract: candidate pledges in article text.

The labelled articles under tests/data/articles/ are the main check; the small cases
below pin down the individual rules so that a regression says which rule broke.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.extract import (
    MAYBE_BELOW,
    Candidate,
    extract_pledges,
    is_maybe,
    rank_candidates,
    same_speaker,
    sentence_spans,
    split_sentences,
)
from tests.data.articles.labelled import (
    Article,
    Label,
    Score,
    load_articles,
    load_split,
    matches,
    score,
)

PUBLISHED = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
SEED_PUBLISHED = datetime(2025, 8, 18, tzinfo=UTC)

ARTICLES = load_articles()


def _article(name: str):
    return next(article for article in ARTICLES if article.name == name)


def _one(text: str, published: datetime = PUBLISHED) -> Candidate:
    candidates = extract_pledges(text, published)
    assert len(candidates) == 1, candidates
    return candidates[0]


def _find(candidates: list[Candidate], phrase: str) -> Candidate:
    hits = [candidate for candidate in candidates if phrase in candidate.quote]
    assert hits, f"no candidate quotes {phrase!r}: {[c.quote for c in candidates]}"
    return hits[0]


# ---------------------------------------------------------------------------
# The seed article (18 Aug 2025, Washington talks)
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_candidates() -> list[Candidate]:
    return extract_pledges(_article("washington_talks").text, SEED_PUBLISHED, "UTC")


def test_seed_merz_meeting_within_two_weeks(seed_candidates: list[Candidate]) -> None:
    merz = _find(seed_candidates, "within two weeks")
    assert merz.speaker == "Friedrich Merz"
    assert merz.deadline is not None
    assert merz.deadline_text == merz.deadline.matched == "within two weeks"
    assert merz.deadline.due.astimezone(UTC).date().isoformat() == "2025-09-01"
    assert not merz.deadline.vague
    assert "could happen within two weeks" in merz.promise


def test_seed_rutte_details_over_the_coming_days(seed_candidates: list[Candidate]) -> None:
    rutte = _find(seed_candidates, "over the coming days")
    assert rutte.speaker == "Mark Rutte"
    assert rutte.deadline is not None and rutte.deadline.vague
    assert rutte.deadline_text == "over the coming days"
    assert rutte.promise.startswith("the group would work on the details")


@pytest.mark.parametrize(
    ("phrase", "speakers", "promise_part"),
    [
        ("pledged to set up a meeting", {"Donald Trump"}, "pledged to set up a meeting"),
        ("provide “co-ordination”", {"Donald Trump"}, "America would provide"),
        ("support direct talks", {"Yuri Ushakov", "the Kremlin"}, "support direct talks"),
        ("we will have a trilat", {"Donald Trump"}, "we will have a trilat"),
        ("would take charge", {"Donald Trump"}, "Steve Witkoff would take charge"),
    ],
)
def test_seed_other_pledges(
    seed_candidates: list[Candidate], phrase: str, speakers: set[str], promise_part: str
) -> None:
    candidate = _find(seed_candidates, phrase)
    assert candidate.speaker in speakers
    assert promise_part in candidate.promise


def test_seed_promise_is_the_committing_clause_not_the_sentence(
    seed_candidates: list[Candidate],
) -> None:
    trump = _find(seed_candidates, "pledged to set up a meeting")
    # The conditional "would help arrange ... if peace could be agreed" is not the pledge.
    assert trump.promise == (
        "pledged to set up a meeting between Volodymyr Zelenskyy and Vladimir Putin"
    )
    vance = _find(seed_candidates, "would take charge")
    assert not vance.promise.endswith("Trump said")


def test_seed_same_result_with_a_zone_object_and_a_naive_time() -> None:
    text = _article("washington_talks").text
    naive = extract_pledges(text, SEED_PUBLISHED.replace(tzinfo=None), ZoneInfo("UTC"))
    aware = extract_pledges(text, SEED_PUBLISHED, "UTC")
    assert naive == aware


# ---------------------------------------------------------------------------
# Sentence splitting
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith said the U.S. would act. The Senate disagreed.",
            ["Mr. Smith said the U.S. would act.", "The Senate disagreed."],
        ),
        (
            "The deadline is Sept. 1, officials said. Dr. Jones agreed.",
            ["The deadline is Sept. 1, officials said.", "Dr. Jones agreed."],
        ),
        ("“We will win.” The crowd cheered.", ["“We will win.”", "The crowd cheered."]),
        ("“Will you?” she asked. He nodded.", ["“Will you?” she asked.", "He nodded."]),
        (
            'He said: "It is done. We move on." Then he left.',
            ['He said: "It is done.', 'We move on."', "Then he left."],
        ),
        (
            "The firm moved to the U.S. The move cost $5m.",
            ["The firm moved to the U.S.", "The move cost $5m."],
        ),
        (
            "U.S. President Joe Smith spoke. J. K. Rowling wrote it.",
            ["U.S. President Joe Smith spoke.", "J. K. Rowling wrote it."],
        ),
        (
            "Headline without a stop\n\nBody text here. More text.",
            ["Headline without a stop", "Body text here.", "More text."],
        ),
        (
            "A sentence that is hard-wrapped\nacross two lines. Next one.",
            ["A sentence that is hard-wrapped\nacross two lines.", "Next one."],
        ),
        (
            "It costs 3.5m euros. That is a lot! Really?",
            ["It costs 3.5m euros.", "That is a lot!", "Really?"],
        ),
        (
            "Acme Inc. said it would grow. Gen. Frank Ibsen arrived at 9 a.m. on Monday.",
            ["Acme Inc. said it would grow.", "Gen. Frank Ibsen arrived at 9 a.m. on Monday."],
        ),
        (
            "The vote is on Jan. 5. No. 10 said nothing.",
            ["The vote is on Jan. 5.", "No. 10 said nothing."],
        ),
        ("‘We shall see,’ he said. ‘Perhaps.’", ["‘We shall see,’ he said.", "‘Perhaps.’"]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_unpunctuated_paste_falls_back_to_line_breaks() -> None:
    """A pasted list without full stops must not become one giant, unanalysed sentence."""
    lines = ["The council will open a new library by 2027"] + ["Item without a full stop"] * 60
    text = "\n".join(lines)
    assert split_sentences(text) == lines
    candidates = extract_pledges(text, PUBLISHED)
    assert [c.quote for c in candidates] == [lines[0]]


def test_sentence_spans_are_exact_slices() -> None:
    text = "  Dr. Lee spoke.\n\n“We will,” she said.  "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["Dr. Lee spoke.", "“We will,” she said."]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("ab Mr.U.S?!“”\"\n'’ABC")), max_size=80))
def test_split_keeps_every_character(text: str) -> None:
    """Splitting only ever drops white space between sentences, never words."""
    spans = sentence_spans(text)
    assert all(a < b for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:], strict=False))
    kept = "".join(text[a:b] for a, b in spans)
    assert "".join(kept.split()) == "".join(text.split())


# ---------------------------------------------------------------------------
# Speaker attribution
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "German Chancellor Friedrich Merz said the meeting could happen within two weeks.",
            "Friedrich Merz",
        ),
        (
            "Nato secretary-general Mark Rutte told Fox News that the group would work on "
            "the details over the coming days.",
            "Mark Rutte",
        ),
        ("The Kremlin pledged to support direct talks.", "the Kremlin"),
        (
            "Yuri Ushakov, Putin's foreign policy adviser, said the Kremlin would support "
            "direct talks within a month.",
            "Yuri Ushakov",
        ),
        # The actor the text names, not the person who announced it (issue 13).
        (
            "The ministry will publish the plan by June, said Health Minister Ana Silva.",
            "the ministry",
        ),
        ("The bridge will reopen by Friday, according to Mayor Tom Reed.", "Tom Reed"),
        (
            "Jane Doe met voters on Monday.\n\nLater she wrote that she would cut the tax by 2026.",
            "Jane Doe",
        ),
        (
            "Donald Trump spoke to reporters. “We will have a deal within a week,” he said.",
            "Donald Trump",
        ),
        (
            "Canada's environment minister, Claire Roy, said Ottawa would pay $5m by 2026.",
            "Claire Roy",
        ),
        (
            "Maria Lopez, the mayor, spoke on Monday. Lopez said the city would plant "
            "1,000 trees by spring.",
            "Maria Lopez",
        ),
        (
            "“We will double the fund by 2030,” said Brazil's minister, Marina Costa.",
            "Marina Costa",
        ),
        ("Prime Minister Keir Starmer vowed to build 1.5 million homes.", "Keir Starmer"),
        (
            "President Emmanuel Macron of France promised to send more aid by the end of the year.",
            "Emmanuel Macron",
        ),
        ("The White House said it would announce the plan next week.", "the White House"),
        ("Officials said the fund would double by 2026.", "officials"),
        ("Acme Corp. expects to open the plant within 18 months.", "Acme Corp."),
    ],
)
def test_speaker_attribution(text: str, speaker: str) -> None:
    assert _one(text).speaker == speaker


def test_multi_sentence_quote_takes_the_attribution_at_its_end() -> None:
    text = (
        "Sadia Rahman spoke at the town hall.\n\n"
        "“We will finish the first homes by 2026. Nobody should doubt it,” Bob Okoro said."
    )
    assert _one(text).speaker == "Bob Okoro"


def test_quote_without_attribution_belongs_to_the_previous_speaker() -> None:
    text = '"We shall open two clinics by June," Ana Ribeiro said. "We are going to deliver it."'
    candidates = extract_pledges(text, PUBLISHED)
    assert [c.speaker for c in candidates] == ["Ana Ribeiro", "Ana Ribeiro"]


def test_no_speaker_found_is_none_not_a_guess() -> None:
    candidates = extract_pledges("The company will open a plant in Ohio by 2027.", PUBLISHED)
    assert [c.speaker for c in candidates] == ["the company"]
    unattributed = extract_pledges("“We will double the fund by 2030.”", PUBLISHED)
    assert all(c.speaker is None for c in unattributed)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Donald Trump", "Trump", True),
        ("the Kremlin", "Kremlin", True),
        ("Acme Corp.", "Acme Corp", True),
        ("Mark Rutte", "Mark Rutte", True),
        ("Yuri Ushakov", "the Kremlin", False),
        ("Mark Osei", "Nadia Osei", False),
        (None, "Trump", False),
    ],
)
def test_same_speaker(a: str | None, b: str | None, same: bool) -> None:
    assert same_speaker(a, b) is same


# ---------------------------------------------------------------------------
# Commitment cues and false friends
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # past events and reported history
        "Last year, the mayor said she would cut taxes by 2026.",
        "In February 2022 the company promised to open a plant.",
        "The minister had pledged to halve waiting times.",
        "Two years ago the governor vowed to fix the roads.",
        "Acme said in 2019 that it would hire 500 people.",
        "The storm was set to hit the coast by Friday, forecasters said.",
        "The minister promised, in 2019, to build a bridge.",
        "The president would have signed the bill if Congress had passed it, his aide said.",
        # questions
        "Will the government cut taxes by June?",
        "Would the plan survive? Nobody knows.",
        "Asked if she would resign by Friday, the minister said nothing.",
        # negations and uncertainty
        "The Kremlin did not confirm that Russia would arrange a meeting.",
        "It is unclear whether China will join the pledge by 2030.",
        "She declined to commit to a date for the reopening.",
        "Russia will not attend the talks, officials said.",
        "The company has no plans to raise prices this year, a spokesman said.",
        "Ministers refused to promise a date.",
        # conditional offers
        "The union said it would call off the strike if managers improved their offer.",
        "“We'll consider it if earnings hold up,” Mr. Osei said.",
        # hypotheticals, generalities and nouns that look like cues
        "Such a deal would be hard to reach.",
        "Councils usually start on site within six months, she said.",
        "He said the security guarantees to Ukraine were a breakthrough.",
        "The minister, who will retire next year, said the budget was balanced.",
        "There is the political will to act, the senator said.",
        "It is not a promise we make lightly, she said.",
    ],
)
def test_false_friends_give_no_candidates(text: str) -> None:
    assert extract_pledges(text, PUBLISHED) == []


def test_first_person_negative_pledge_is_still_a_pledge() -> None:
    candidate = _one('"We will not raise taxes," the chancellor said.')
    assert candidate.promise == "We will not raise taxes"
    assert candidate.speaker == "the chancellor"


def test_explicit_pledge_survives_a_condition_elsewhere_in_the_sentence() -> None:
    candidate = _one(
        "Jo Park said she would back the bill if it passed, as she vowed to fix the roads by 2027."
    )
    assert candidate.cue == "vowed"
    assert candidate.promise == "vowed to fix the roads by 2027"


@pytest.mark.parametrize(
    ("text", "speaker", "promise"),
    [
        # A negation in a clause that "but" or ";" has closed does not reach the pledge.
        (
            "Mr. Lee said the US would not send troops, but Europe would take the lead by 2026.",
            "Lee",
            "Europe would take the lead by 2026",
        ),
        (
            "Ms. Park did not attend the summit; the minister pledged to cut tariffs by 2026.",
            "the minister",
            "pledged to cut tariffs by 2026",
        ),
        # A past date in background commas does not make the pledge history.
        (
            "The road, first promised in 2019, will open by June, the mayor said.",
            "the mayor",
            "The road, first promised in 2019, will open by June",
        ),
        # A coordinated subject made the pledge together.
        (
            "Ukraine and Russia agreed to exchange prisoners next month, Turkish officials said.",
            "Ukraine and Russia",
            "agreed to exchange prisoners next month",
        ),
        # A time frame in front of the attribution still belongs to the pledge.
        (
            "By the end of the year, the council said, every school will have a nurse.",
            "the council",
            "every school will have a nurse",
        ),
    ],
)
def test_clause_scope(text: str, speaker: str, promise: str) -> None:
    candidate = _one(text)
    assert (candidate.speaker, candidate.promise) == (speaker, promise)


def test_time_frame_before_the_attribution_is_the_deadline() -> None:
    candidate = _one("By the end of the year, the council said, every school will have a nurse.")
    assert candidate.deadline_text == "By the end of the year"


def test_headline_forms() -> None:
    says = _one("Donald Trump says US to ‘co-ordinate’ Ukraine’s security with Europe")
    assert says.speaker == "Donald Trump"
    assert says.promise == "US to ‘co-ordinate’ Ukraine’s security with Europe"
    bare = _one("Riverton transit agency to restore weekend rail service by September")
    assert bare.speaker == "Riverton transit agency"
    assert bare.deadline is not None


def test_confidence_follows_the_strength_of_the_cues() -> None:
    strong = _one("Mayor Dana Kowalski promised to freeze fares until the end of 2026.")
    bare = _one("Tom Reed said the bridge would reopen.")
    unattributed = _one("The council will build 300 homes by 2027.")
    assert 0 <= bare.confidence < unattributed.confidence < strong.confidence <= 1
    assert strong.confidence >= 0.9


def test_deadline_is_read_from_the_clause_relative_to_published() -> None:
    candidate = _one(
        "Health Minister Ana Ribeiro vowed on Monday to cut waiting lists within 12 months.",
        datetime(2025, 1, 20, 8, tzinfo=UTC),
    )
    # "on Monday" is when the vow was made, not its deadline.
    assert candidate.deadline_text == "within 12 months"
    assert candidate.deadline is not None
    assert candidate.deadline.due.date().isoformat() == "2026-01-20"


def test_deadline_in_the_servers_zone() -> None:
    published = datetime(2025, 6, 2, 7, 30, tzinfo=ZoneInfo("America/Chicago"))
    text = "Mendes said crews would replace the signals within two weeks."
    candidate = extract_pledges(text, published, "America/Chicago")[0]
    assert candidate.deadline is not None
    due_local = candidate.deadline.due.astimezone(ZoneInfo("America/Chicago"))
    assert due_local.date().isoformat() == "2025-06-16"


# ---------------------------------------------------------------------------
# Shape of the result
# ---------------------------------------------------------------------------


def test_no_duplicate_quotes_when_a_paragraph_repeats() -> None:
    paragraph = "Mayor Dana Kowalski promised to freeze fares until the end of 2026."
    text = f"{paragraph}\n\nThe council met.\n\n{paragraph}"
    candidates = extract_pledges(text, PUBLISHED)
    assert [c.quote for c in candidates] == [paragraph]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda article: article.name)
def test_candidates_are_ordered_exact_and_unique(article) -> None:
    candidates = extract_pledges(article.text, article.published, article.tz)
    assert candidates
    starts = [c.start for c in candidates]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert len({c.quote for c in candidates}) == len(candidates)
    for candidate in candidates:
        end = candidate.start + len(candidate.quote)
        assert article.text[candidate.start : end] == candidate.quote
        assert candidate.promise and candidate.promise in candidate.quote
        assert 0.0 <= candidate.confidence <= 1.0
        if candidate.deadline is None:
            assert candidate.deadline_text is None
        else:
            assert candidate.deadline_text == candidate.deadline.matched
            assert candidate.deadline.due.utcoffset() is not None


def test_candidate_is_frozen() -> None:
    candidate = _one("The council will build 300 homes by 2027.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        candidate.promise = "something else"  # type: ignore[misc]


def test_empty_and_blank_text() -> None:
    assert extract_pledges("", PUBLISHED) == []
    assert extract_pledges(" \n\n ", PUBLISHED) == []


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from(
            [
                "Mr. Lee said the city would plant 1,000 trees by spring.",
                "“We will not wait,” she said.",
                "Will it work?",
                "The union had pledged to strike.",
                "Acme Corp. expects to open a plant within 18 months.",
                "\n\n",
                " ",
                "Prices rose.",
            ]
        ),
        max_size=12,
    )
)
def test_any_mix_of_sentences_gives_well_formed_candidates(parts: list[str]) -> None:
    text = " ".join(parts)
    candidates = extract_pledges(text, PUBLISHED)
    assert len({c.quote for c in candidates}) == len(candidates)
    assert [c.start for c in candidates] == sorted(c.start for c in candidates)
    for candidate in candidates:
        assert text[candidate.start :].startswith(candidate.quote)
        assert candidate.promise in candidate.quote


# ---------------------------------------------------------------------------
# The labelled set
# ---------------------------------------------------------------------------


def test_labelled_set_is_big_enough() -> None:
    assert len(ARTICLES) >= 5
    assert "washington_talks" in {article.name for article in ARTICLES}
    assert sum(len(article.pledges) for article in ARTICLES) >= 30


def test_precision_and_recall_on_the_labelled_set() -> None:
    total = Score()
    for article in ARTICLES:
        total = total + score(article, extract_pledges(article.text, article.published, article.tz))
    assert total.precision >= 0.8, total
    assert total.recall >= 0.8, total


def test_every_labelled_key_is_in_its_article() -> None:
    """A typo in a label would silently cost recall; catch it here instead."""
    for article in ARTICLES:
        for label in article.pledges:
            assert label.key in article.text, (article.name, label.key)


def test_matching_rule_needs_key_and_speaker() -> None:
    article = _article("washington_talks")
    merz_label = next(label for label in article.pledges if label.key == "within two weeks")
    quote = "German Chancellor Friedrich Merz said the meeting could happen within two weeks."
    right = Candidate("Friedrich Merz", "x", quote, None, None, 0.5)
    wrong_speaker = Candidate("Donald Trump", "x", quote, None, None, 0.5)
    assert matches(right, merz_label)
    assert not matches(wrong_speaker, merz_label)


def test_a_date_given_where_the_label_has_none_is_counted_apart() -> None:
    # the due rate checks only labels with a due date, so it cannot fall when a rule hands
    # out more dates: the dates given to pledges labelled without one are counted beside it
    text = "The council will open the bridge by 1 May 2025. The council will review the plan."
    labels = (
        Label(("The council",), "open the bridge", None, False),
        Label(("The council",), "review the plan", None, False),
    )
    article = Article("bridge", text, PUBLISHED, "UTC", labels)
    result = score(article, extract_pledges(text, PUBLISHED, "UTC"))
    assert (result.found_labels, result.due_checked) == (2, 0)
    assert (result.undated, result.dated_anyway) == (2, 1)


# ---------------------------------------------------------------------------
# Real texts (issue 13): orders, transcripts, readouts, ranking
# ---------------------------------------------------------------------------


def test_an_order_obliges_the_body_it_names() -> None:
    text = (
        "Within 45 days of the date of this order, the Secretary of Energy shall provide "
        "an interim report to the President."
    )
    candidate = _one(text, datetime(2017, 5, 1, 12, tzinfo=UTC))
    assert same_speaker(candidate.speaker, "the Secretary of Energy")
    assert candidate.deadline is not None
    assert candidate.deadline.due.date().isoformat() == "2017-06-15"


def test_an_instruction_names_the_instructed_body() -> None:
    text = "The Government of the Republic has been instructed to submit proposals by 1 June."
    candidate = _one(text, datetime(2020, 3, 1, 12, tzinfo=UTC))
    assert same_speaker(candidate.speaker, "the Government of the Republic")
    assert candidate.deadline is not None and candidate.deadline.due.month == 6


def test_they_is_the_last_actor_of_the_paragraph() -> None:
    text = "The panel met on Monday. They will consider the evidence before the summer."
    candidate = _one(text)
    assert same_speaker(candidate.speaker, "the panel")


def test_a_hansard_answer_is_its_members() -> None:
    text = "§ Mr. GodberI will inform my right hon. Friend of the hon. Member's view."
    candidate = _one(text, datetime(1959, 6, 8, 12, tzinfo=UTC))
    assert same_speaker(candidate.speaker, "Mr. Godber")


def test_a_transcript_question_is_no_pledge_and_the_answer_is_the_speakers() -> None:
    text = (
        "QUESTION: Will the Secretary travel to Geneva next week?\n\n"
        "MS. BERG: The Secretary will travel to Geneva on Monday."
    )
    candidates = extract_pledges(text, PUBLISHED)
    assert [c.quote for c in candidates] == [
        "MS. BERG: The Secretary will travel to Geneva on Monday."
    ]


def test_a_readout_agreement_in_the_passive_counts() -> None:
    text = (
        "The two presidents spoke by phone. It was agreed to maintain contacts at various levels."
    )
    candidate = _one(text)
    assert same_speaker(candidate.speaker, "the two presidents")


def test_a_dated_readout_look_ahead_counts_and_a_courtesy_does_not() -> None:
    dated = "The two leaders met today. They also looked ahead to the first summit in early 2026."
    assert _one(dated).deadline is not None
    assert extract_pledges("They looked forward to working closely together.", PUBLISHED) == []


def test_a_stated_conditional_commitment_counts() -> None:
    candidate = _one("If the vote passes, the treaty will be signed on 12 May, the minister said.")
    assert candidate.deadline is not None and candidate.deadline.due.day == 12


def test_hedges_and_hopes_are_not_pledges() -> None:
    for text in (
        "He said he would probably be back soon.",
        "I am hopeful that we shall be making some progress here.",
        "“I think it's going to be very successful,” Trump said.",
    ):
        assert extract_pledges(text, PUBLISHED) == [], text


def test_ranking_puts_the_confident_first_and_marks_maybes() -> None:
    low = Candidate("A", "x", "x", None, None, MAYBE_BELOW - 0.1, start=0)
    high = Candidate("B", "y", "y", None, None, MAYBE_BELOW + 0.1, start=50)
    assert rank_candidates([low, high]) == [high, low]
    assert is_maybe(low) and not is_maybe(high)


@pytest.mark.parametrize("split", ["tuned", "heldout", "blind2", "blind3", "blind4"])
def test_the_seen_real_splits_stay_above_their_floor(split: str) -> None:
    """The real texts read while changing the rules (tests/data/articles/real/tuned,
    since issue 13's second round heldout, since its third blind2, since its fourth
    blind3, since its fifth blind4). A blind split is
    scored only by bench/extract.py, in aggregate, and never here."""
    total = Score()
    for article in load_split(split):
        total = total + score(article, extract_pledges(article.text, article.published, article.tz))
    assert total.precision >= 0.85, total
    assert total.recall >= 0.85, total
    assert total.speaker_rate >= 0.85, total
    assert total.due_rate >= 0.85, total


@pytest.mark.parametrize("split", ["tuned", "heldout", "blind2", "blind3", "blind4"])
def test_every_seen_key_is_in_its_text(split: str) -> None:
    for article in load_split(split):
        for label in article.pledges:
            assert label.key in article.text, (article.name, label.key)
