"""Issue 13, stop 43 (precision, tuner b). The texts are written for the test.

A commitment named inside a phrase that only places something in relation to it ("central
to the Governor's commitment to", "the cornerstone of the Council's commitment to", "given
our commitment to"): the sentence tells what a thing is or why, and the commitment is
named, not made (CONVENTIONS 2.1, 2.3). It is doubted (`spoken`), not refuted; another cue
of the sentence still counts, and a commitment restated by an actor stays.
"""

from __future__ import annotations

from tests.core.releases import found, kept, quoted, set_aside

_HEAD = "The Department of Health issued the following statement.\n"


def test_a_commitment_named_after_central_to_is_told_not_made() -> None:
    set_aside(
        _HEAD + "The new clinics have been central to the Governor's commitment to widening"
        " access to care.\n",
        "central to the Governor",
    )


def test_a_commitment_named_after_the_cornerstone_of_is_told_not_made() -> None:
    set_aside(
        _HEAD + "The scheme is the cornerstone of the Council’s renewed commitment to cut"
        " waste.\n",
        "cornerstone",
    )


def test_a_commitment_named_after_given_is_a_reason() -> None:
    set_aside(
        _HEAD + "Diversification matters, given our commitment to reducing emissions from"
        " farming.\n",
        "given our commitment",
    )


def test_another_cue_of_the_sentence_still_counts() -> None:
    kept(
        _HEAD + "In line with its commitment to openness, the Department will publish the"
        " audit on 30 April 2026.\n",
        "will publish the audit",
    )


def test_a_commitment_restated_by_an_actor_stays() -> None:
    kept(
        _HEAD + "The Minister reaffirmed her commitment to publishing the review by June.\n",
        "reaffirmed her commitment",
    )
    kept(
        _HEAD + "Ministers have again emphasised their commitment to develop the site.\n",
        "emphasised their commitment",
    )


# A thing as the subject of "will" with a verb of effect that the older list lacked
# ("will assist", "will facilitate", "will improve", "will reduce", "will maximise",
# "will shape", "will accelerate"): a change said to follow, which no one undertakes
# (CONVENTIONS 6.2, 2.2). An actor's own such verb, and a dated one, stay.


def test_a_things_effect_told_with_more_verbs_is_no_pledge() -> None:
    for sentence in (
        "These purchases will assist producers and communities in need.",
        "The proposed timeframe will facilitate that.",
        "These strategic investments will improve the transport systems of the region.",
        "The reforms will reduce delays and uncertainty on planning proposals.",
        "Implementing this new strategy will maximise the contribution of defence.",
        "The new post will shape the future of the service.",
        "Individual funding announcements will accelerate delivery of funding.",
    ):
        assert quoted(found(_HEAD + sentence + "\n"), sentence[:20]) is None, sentence


def test_an_actors_or_a_dated_effect_verb_stays() -> None:
    kept(_HEAD + "The Department will reduce waiting lists by a quarter.\n", "waiting lists")
    kept(_HEAD + "We will facilitate the debate next week.\n", "facilitate")
    kept(_HEAD + "The scheme will reduce energy bills for 9,000 firms from April 2027.\n", "bills")


# What a thing "will make" of the world ("will make these projects attractive to
# investors", "will make Scotland healthier and wealthier", "will make work more secure",
# "will make a real difference"): a claimed effect (CONVENTIONS 2.2, 6.2); an actor's "we
# will make the United Kingdom a world leader" and "will make remarks" stay.


def test_what_a_thing_will_make_of_the_world_is_an_effect() -> None:
    for sentence in (
        "All this will make these projects attractive to investors.",
        "The new programme will make Scotland healthier and wealthier.",
        "Strengthening this framework will make work more secure and predictable.",
        "The transport hub will make a huge difference to the town.",
    ):
        assert quoted(found(_HEAD + sentence + "\n"), sentence[:20]) is None, sentence


def test_what_an_actor_will_make_stays() -> None:
    kept(_HEAD + "We will make the country a world leader in animal care.\n", "world leader")
    kept(_HEAD + "The Secretary will make remarks in Chalfont on Friday.\n", "remarks")


# Still more of a thing's claimed effects (CONVENTIONS 6.2, 2.2): "It will attract
# investment", "which will drive the region's economy", "These efforts will build on
# USAID's support", "The campaign will raise awareness", "AmeriCorps Week will spotlight
# how members ...", "an approach that will secure the future of the species", "The Summit
# will define the direction". An actor's "will build on our vision" stays.


def test_a_things_effect_told_with_still_more_verbs_is_no_pledge() -> None:
    for sentence in (
        "The new marina will attract investment into the town centre.",
        "The infrastructure plan will drive the region's economy.",
        "These efforts will build on existing support to local governments.",
        "The campaign will raise awareness of scam tactics.",
        "The annual week will spotlight how volunteers are tackling hard problems.",
        "The agreed limits will secure the future of the species.",
        "The informal summit will define the direction of innovation policy.",
    ):
        assert quoted(found(_HEAD + sentence + "\n"), sentence[:20]) is None, sentence


def test_an_actors_build_on_stays() -> None:
    kept(_HEAD + "Over the next month the Department will build on this plan.\n", "build on")


# The speaker's next words in the room ("I will say that Members need to ...", "I will
# speak more loudly", "And then I'll take a quick walk around the world", "I will not quote
# all of them"): the running of the remarks under way (CONVENTIONS 2.4), refuted as the
# other housekeeping is. "We will say more next week" (a time ahead) stays.


def test_the_speakers_next_words_are_housekeeping() -> None:
    for sentence in (
        "I will say that Members need to ensure that they continually call.",
        "I will speak more loudly.",
        "And then I’ll take a quick walk around the world.",
        "I will not quote all of them, but three stand out.",
    ):
        assert quoted(found(_HEAD + sentence + "\n"), sentence[:15]) is None, sentence


def test_a_saying_with_a_time_ahead_stays() -> None:
    kept(_HEAD + "We will say more about the budget on 30 April 2026.\n", "say more")


# CONVENTIONS 2.2 and 6.2's own examples of effects that no one undertakes: "will find it
# easier", "Their available speeds will rocket", and a quantity halved or soaring.


def test_the_conventions_own_effects_are_no_pledges() -> None:
    for sentence in (
        "More EV owners with a driveway will find it easier to install a chargepoint.",
        "Their available speeds will rocket.",
        "The ban will halve plastic waste.",
        "Exports to the region will soar.",
    ):
        assert quoted(found(_HEAD + sentence + "\n"), sentence[:15]) is None, sentence


def test_a_dated_halving_by_an_actor_stays() -> None:
    kept(_HEAD + "The Department will halve waiting times by March 2027.\n", "halve")


# CONVENTIONS 6.2: a measure, scheme, service, fund, review or plan as the subject of
# "will" is read by its verb, even where its name would make it an actor elsewhere: "The
# new service will simplify the process" is an effect; "The service will open to
# applications in May" stays (what the measure itself does, dated).


def test_a_measure_nouns_effect_is_no_pledge() -> None:
    for sentence in (
        "The new service will simplify the process.",
        "The National Health Service will benefit hugely from the change.",
    ):
        assert quoted(found(_HEAD + sentence + "\n"), sentence[:15]) is None, sentence


def test_what_the_measure_itself_does_stays() -> None:
    kept(_HEAD + "The service will open to applications in May 2026.\n", "applications")
