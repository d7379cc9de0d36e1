"""Relabels by `CONVENTIONS.md`: the labels of the earlier sets that contradict one of its rules,
corrected here as an overlay so the set files keep their labels as first written (the trail
stays visible). Written in round 13 of issue 12 (branch issue12t-s15) by going through every
label of every set for the kinds the conventions settle ("for N days", "open for", "today"
with a present-tense act, "at the earliest", "not until", "from <date>", "with effect from",
"take effect", "embargoed", "postponed", "as soon as", "without delay", "immediately", ...)
and deciding each by the rules alone, without running the parser on it.

`conventional(module, cases)` is the one loader: the bench's tuned figures and the tests read
the sets through it. A first-run figure recorded before (FIRST_RUNS, README) is never changed:
it was measured against the labels of its day. Each row names its set module, the case's text
(exactly), the new due/vague/refusal/earliest and the rule; the comment says why and what the
label was.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from tests.data.deadlines.blind_real import BlindCase


@dataclass(frozen=True, slots=True, kw_only=True)
class Relabel:
    module: str  # the set's module under tests/data/deadlines, e.g. "blind_fresh11"
    text: str  # the case's text, exactly
    due: str | None  # UTC wall time, as in BlindCase
    vague: bool
    refusal: str | None
    earliest: str | None
    rule: str  # the CONVENTIONS.md rule(s), e.g. "3.1" or "3.1, 6.2"


R = Relabel

RELABELS: tuple[Relabel, ...] = (
    # a closure on a date is a one-off event that takes effect then; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh10",
        text="Clause 60 introduces a provision to close the renewables obligation to new onshore wind farms in Great Britain from 1 April 2016—a year earlier than originally planned.",
        due="2016-04-01 22:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # a day word on the act as it is spoken; was due=None, vague=False, refusal='past'
    R(
        module="blind_fresh11",
        text="I am today announcing the government’s interim response to the Law Commission’s report on the Sentencing Code, published on 22 November 2018.",
        due="2019-05-22 22:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="2.1",
    ),
    # an effective date; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh11",
        text="It shall apply from 1 January 2016.",
        due="2016-01-01 22:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # "with effect from" a month: due at its end; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh12",
        text="Phase 4—with effect from October 2000: 5 new schemes to follow",
        due="2000-10-31 23:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # a one-off event said to happen at a time; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh12",
        text="There will also be a BPS 2016 Twitter Q&A session #AskRPA on Thursday 12 May from 6pm to support farmers in their applications.",
        due="2016-05-12 17:00:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # a standing allowance for a class of cases; was due=None, vague=False, refusal='event'
    R(
        module="blind_fresh13",
        text="Completing 35 hours of training allows a driver to drive for commercial purposes for 5 years.",
        due=None,
        vague=False,
        refusal="recurring",
        earliest=None,
        rule="1.3",
    ),
    # a one-off event said to happen on a day; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh13",
        text="From 1 January, I will also be moving into a new post, as Ofsted’s National Director for Education.",
        due="2024-01-01 23:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # effective dates; of the two, the later; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh14",
        text="With effect from January 2004 in respect of over 10 m vessels, and 1 April 2004 in respect of under 10 m vessels, in general only holders of existing fishing vessel licences who have been able to demonstrate that they have fished for crabs or lobsters using pots or nets, and have landed or sold more than 200kg lobsters or 750kg crabs during any 12 month consecutive period between 1 January 1998 and 31 December 2002, will be given authority to continue to fish for them.",
        due="2004-04-01 22:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1, 6.2",
    ),
    # an implementation at a stated time; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh15",
        text="In-line with our commitment to maintaining high standards of biosecurity, the UK will implement EU Smarter rules for safer food (SRSF) regulations from 11pm on Friday 13 December 2019.",
        due="2019-12-13 23:00:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # the perfect with a day word: the act is done when spoken (2.4); was due='2014-07-15 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh18",
        text="I have today placed in the Library of the House a copy of a report into the condition of the reserves and delivery of the FR20 programme, compiled by the Future Reserves 2020 external scrutiny team.",
        due=None,
        vague=False,
        refusal="past",
        earliest=None,
        rule="2.4",
    ),
    # a day word on the act as it is spoken; the summit's month is not the act's; was due='2009-05-01 03:59:59', vague=False, refusal=None
    R(
        module="blind_fresh15",
        text="It’s our great pleasure and privilege today to be able to introduce Ambassador Jeffrey Davidow, who is the Special Advisor to President Obama for the Summit of the Americas, which will take place later this month in Trinidad and Tobago.",
        due="2009-04-07 03:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="2.1",
    ),
    # "to take effect from" a date; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh16",
        text="This statutory consultation is the formal, final step before we issue revised rules, to take effect from 1 April 2022, which we issue under the Act.",
        due="2022-04-01 22:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # a window opened now for a stated length falls due at its end; was due=None, vague=False, refusal='event'
    R(
        module="blind_fresh2",
        text="This notice announces a 90-day comment period.",
        due="2015-11-20 06:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="1.1",
    ),
    # a provision introduced from a month: due at its end; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh2",
        text="Will my hon. Friend explain why the Government none the less plan to introduce from next April the provision that contributory benefits should cease after six months instead of 12 months?",
        due="1996-04-30 22:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # "take effect from" a month; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh3",
        text="Following discussion with ministerial colleagues, and in consultation with Mr. Speaker and the House authorities, I have agreed the following arrangements, which will take effect from September.",
        due="2004-09-30 22:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # an embargo is only a lower bound; was due='2013-05-23 18:00:00', vague=False, refusal=None
    R(
        module="blind_fresh4",
        text="This call is embargoed until 2:00 p.m. when the President speaks.",
        due=None,
        vague=False,
        refusal="earliest",
        earliest="2013-05-23 18:00:00",
        rule="3.2",
    ),
    # "come into force ... from" a month; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh4",
        text="Banks and other payment service providers will be required to give customers at least 90 days’ notice before closing their account or terminating a payment service – an increase from the two months currently required – under new rules expected to come into force for relevant new contracts from April 2026.",
        due="2026-04-30 22:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # effective dates given in turn: the later; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh4",
        text="However, the Government has already decided to defer implementation of the review body increases recommended for ministerial and parliamentary office holders and to phase them on the following basis: 4% of the increase from 1 September 2008, half the balance from 1 September 2009 and the remainder from 1 September 2010.",
        due="2010-09-01 22:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1, 6.2",
    ),
    # an effective date; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh5",
        text="They shall apply those provisions from 1 April 2020.",
        due="2020-04-01 21:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # a reopening at a stated time; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh6",
        text="Commercial harvest will reopen at 12:01 a.m. (local time) on January 1, 2018.",
        due="2018-01-01 05:01:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # a window open for a stated length from now falls due at its end; was due=None, vague=False, refusal='event'
    R(
        module="blind_fresh8",
        text="The email account will only be open for 48 hours and all emails received within this timeframe will be sent an automated reply confirming receipt.",
        due="2022-01-12 10:00:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="1.1",
    ),
    # a postponement to a new time: the new time counts; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh9",
        text="The Government, together with the Interior Ministry, the Emergencies Ministry, the Defence Ministry, the Justice Ministry, the Foreign Intelligence Service, the Federal Security Service, the National Guard, the Federal Guard Service, the Federal Archive Agency and regional executive authorities, is to coordinate the postponement of the national population census until October 2021 and to inform the public of its decision.",
        due="2021-10-31 20:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.1",
    ),
    # an effective date; was due=None, vague=False, refusal='earliest'
    R(
        module="blind_fresh9",
        text="Article 2 shall apply from 2 January 2019.",
        due="2019-01-02 23:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # "take effect from" a month; was due=None, vague=False, refusal='earliest'
    R(
        module="kinds_real",
        text="I have agreed the following arrangements, which will take effect from September.",
        due="2004-09-30 22:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # a postponement to a new time: the new time counts; was due=None, vague=False, refusal=None
    R(
        module="kinds_real13",
        text="The Government, together with the Interior Ministry, the Emergencies Ministry, the Defence Ministry, the Justice Ministry, the Foreign Intelligence Service, the Federal Security Service, the National Guard, the Federal Guard Service, the Federal Archive Agency and regional executive authorities, is to coordinate the postponement of the national population census until October 2021 and to inform the public of its decision.",
        due="2021-10-31 20:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.1",
    ),
    # a day word on the act as it is spoken; was due=None, vague=False, refusal='past'
    R(
        module="kinds_real6",
        text="My rt hon Friend the Home Secretary is today laying before the House a Statement of Changes in Immigration Rules.",
        due="2018-06-15 22:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="2.1",
    ),
    # "take effect from" a month; was due=None, vague=False, refusal='earliest'
    R(
        module="kinds_real8",
        text="Following discussion with ministerial colleagues, and in consultation with Mr. Speaker and the House authorities, I have agreed the following arrangements, which will take effect from September.",
        due="2004-09-30 22:59:59",
        vague=False,
        refusal=None,
        earliest=None,
        rule="3.1",
    ),
    # round 14 (branch issue12t-s16): a bare possibility is no undertaking, the form of rule
    # 4.2's own example ("There is still some possibility that we could do that next
    # Monday"); was due='2016-02-02 14:50:00' (the later end of "the next 15 or 20 minutes")
    R(
        module="blind_fresh16",
        text="There is a possibility that a Minister will be along in the next 15 or 20 minutes and that we will be able to deal with the matters then.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.2",
    ),
    # nights named by their evenings (GMT); 'finishing on' names the day the work ends: the closing time that day; was due="2016-12-15 23:59:59"
    R(
        module="blind_fresh105",
        text="We will be working overnight on weekdays only between 10pm and 5am, finishing on Thursday 15 December.",
        due="2016-12-15 05:00:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="6.4",
    ),
    # nights named by their evenings (GMT); weeknights only: the last night is Friday 2 December's, ending 06:00 Saturday; was due="2016-12-03 23:59:59"
    R(
        module="blind_fresh105",
        text="We will be working overnight between Monday 21 November and Saturday 3 December, between 8pm and 6am on weeknights only.",
        due="2016-12-03 06:00:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="6.4",
    ),
    # nights named by their evenings (GMT); the night that begins on 5 February ends 06:00 on 6 February; was due="2017-02-05 23:59:59"
    R(
        module="blind_fresh105",
        text="The Southbound carriageway and associated Slip Road closed overnight between 8pm and 6am from 30 January until 5 February.",
        due="2017-02-06 06:00:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="6.4",
    ),
    # nights named by their evenings (GMT); the night that begins on 1 February ends 06:00 on 2 February; was due="2017-02-01 23:59:59"
    R(
        module="blind_fresh105",
        text="The southbound carriageway and associated slip road closed overnight between 8pm and 6am from 30 January until 1 February.",
        due="2017-02-02 06:00:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="6.4",
    ),
    # nights named by their evenings (GMT); the night that begins on 5 February ends 06:00 on 6 February; was due="2017-02-05 23:59:59"
    R(
        module="blind_fresh105",
        text="The Links from Out of City A38M will be closed overnight between 9pm and 6am from 30 January until 5 February.",
        due="2017-02-06 06:00:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="6.4",
    ),
    # nights named by their evenings (GMT); the night that begins on 5 February ends 06:00 on 6 February; was due="2017-02-05 23:59:59"
    R(
        module="blind_fresh105",
        text="The northbound carriageway will be closed overnight between 8pm and 6am from 30 January until 5 February.",
        due="2017-02-06 06:00:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="6.4",
    ),
    # nights named by their evenings (GMT); the night that begins on 5 February ends 06:00 on 6 February; was due="2017-02-05 23:59:59"
    R(
        module="blind_fresh105",
        text="The eastbound carriageway will be closed overnight between 8pm and 6am from 30 January until 5 February.",
        due="2017-02-06 06:00:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="6.4",
    ),
    # nights named by their evenings (GMT); the night that begins on 5 February ends 06:00 on 6 February; was due="2017-02-05 23:59:59"
    R(
        module="blind_fresh105",
        text="The roundabout will be closed overnight between 8pm and 6am from 31 January until 5 February.",
        due="2017-02-06 06:00:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="6.4",
    ),
    # nights named by their evenings (GMT); the night that begins on 5 February ends 07:00 on 6 February; was due="2017-02-05 23:59:59"
    R(
        module="blind_fresh105",
        text="The northbound entry slip road will be closed overnight between 7pm and 7am from 30 January until 5 February.",
        due="2017-02-06 07:00:00",
        vague=False,
        refusal=None,
        earliest=None,
        rule="6.4",
    ),
)


def cases_of(module: str) -> tuple[BlindCase, ...]:
    """The cases of one set module under tests/data/deadlines, as first written."""
    loaded = importlib.import_module(f"tests.data.deadlines.{module}")
    return tuple(next(v for k, v in vars(loaded).items() if k.endswith("_CASES")))


def conventional(module: str, cases: Iterable[BlindCase]) -> tuple[BlindCase, ...]:
    """The cases of one set module as CONVENTIONS.md labels them: each relabel of the module
    replaces its case's due, vague, refusal and earliest. A relabel that matches no case of
    the module is an error (a text copied wrong would otherwise be dropped silently)."""
    cases = tuple(cases)
    mine = {r.text: r for r in RELABELS if r.module == module}
    unmatched = set(mine) - {case.text for case in cases}
    if unmatched:
        raise LookupError(f"relabels for {module} match no case: {sorted(unmatched)}")
    return tuple(
        replace(
            case,
            due=relabel.due,
            vague=relabel.vague,
            refusal=relabel.refusal,
            earliest=relabel.earliest,
        )
        if (relabel := mine.get(case.text))
        else case
        for case in cases
    )


def counts() -> tuple[Counter[str], Counter[str]]:
    """Relabels by rule (a row citing two rules counts under each) and by set module."""
    by_rule: Counter[str] = Counter(
        rule.strip() for relabel in RELABELS for rule in relabel.rule.split(",")
    )
    return by_rule, Counter(relabel.module for relabel in RELABELS)
