"""Relabels by `CONVENTIONS.md`: the labels of the earlier sets that contradict one of its rules,
corrected here as an overlay so the set files keep their labels as first written (the trail
stays visible). Written in round 13 of issue 12 (branch issue12t-s15) by going through every
label of every set for the kinds the conventions settle ("for N days", "open for", "today"
with a present-tense act, "at the earliest", "not until", "from <date>", "with effect from",
"take effect", "embargoed", "postponed", "as soon as", "without delay", "immediately", ...)
and deciding each by the rules alone, without running the parser on it.
Stop 58 (branch issue12rl-s58) added the rows of rule 4.3 (and four of 4.2): every case of
every set up to blind_fresh158 whose words hold a question mark, a hedge, a request or a
proposal ("I think", "perhaps", "probably", "might", "I ask", "I suggest", "urge",
"encouraged to", "should ... as soon as possible", ...) and whose label dates a time was read
and decided by CONVENTIONS alone; times told as going to happen or as the speaker's plan
stay dated, and doubtful ones were left as first labelled.

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
    # stop 58, CONVENTIONS 4.3: a question about a time (whether a statement is hoped for today); was due='1936-12-04 23:59:59', vague=False, refusal=None
    R(
        module="kinds_real7",
        text="Can the Prime Minister say whether he hopes to be able to make a statement later in the sitting of the House to-day, as it is very desirable that a statement should be made, as he says, at the earliest possible moment?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question about a time; was due='1936-12-09 23:59:59', vague=False, refusal=None
    R(
        module="kinds_real7",
        text="Will it be on Monday, Tuesday or Wednesday?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a written question about a time (no question mark); was due='2050-12-31 23:59:59', vague=False, refusal=None
    R(
        module="kinds_real9",
        text="What assessment she has made of likely population growth in North and West Africa by 2050; and if she will make a statement.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a written question about a time: nobody undertakes the three months it asks about; was due='2018-02-07 23:59:59', vague=False, refusal=None
    R(
        module="kinds_real12",
        text="To ask the Taoiseach his key priorities in his Department for the next three months. [43830/17]",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question that seeks to confirm a time ("Can I take it that ..."); was due='2008-09-20 22:59:59', vague=True, refusal=None
    R(
        module="blind_fresh3",
        text="Can I take it that, in accordance with previous activity of the Government, some time between now and mid-September the Bills not yet published will emerge?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a guess the speaker hedges ("I am told that it will probably be ready"); was due='2006-06-30 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh3",
        text="I am told that it will probably be ready by Friday.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a written question whether a target's time will be met: the time is only asked about; was due='2003-03-31 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh5",
        text="To ask the Secretary of State for Environment, Food and Rural Affairs what recent assessment she has made of whether the target to review 60 per cent. of departmental services by March 2003 will be met.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another act without delay ("I urge the House to pass this bill ..."); was due='2007-08-12 03:59:59', vague=True, refusal=None
    R(
        module="blind_fresh5",
        text="Protecting America is our most solemn obligation and I urge the House to pass this bill without delay.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question about a time; was due='2019-12-31 23:59:59', vague=False, refusal=None
    R(
        module="blind_fresh5",
        text="Does she expect any progress before the end of the year?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a written question about times ("if the Bill is likely to be introduced ..."); was due='2014-12-31 23:59:59', vague=False, refusal=None
    R(
        module="blind_fresh7",
        text="85. Deputy Seán Kyne asked the Minister for Justice and Equality the progress of the Children and Family Relationships Bill; if the Bill is likely to be introduced on Second Stage before the summer recess; and if it is envisaged that the Bill will be enacted, including any ministerial orders or regulations, before the end of the year. [26684/14]",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.2: a possibility that is no undertaking ("that meeting could happen in the next week or two"); was due='2007-04-07 03:59:59', vague=False, refusal=None
    R(
        module="blind_fresh7",
        text="He said that meeting could happen in the next week or two.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.2",
    ),
    # stop 58, CONVENTIONS 4.2: a possibility that is no undertaking ("he might meet ... in the coming days"); was due='2008-04-12 03:59:59', vague=True, refusal=None
    R(
        module="blind_fresh8",
        text="U.S. Assistant Secretary of State and chief nuclear negotiator Christopher Hill told reporters in Jakarta Friday he might meet with his North Korean counterpart, Kim Kye Gwan, in the coming days.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.2",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another fix a time ("I should like to ask the Leader of the House ..."); was due='1982-07-07 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh8",
        text="I should like to ask the Leader of the House if it could be ordered for another day, possibly in two weeks time.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a wish that others act soon, no undertaking; was due='2013-03-30 23:59:59', vague=True, refusal=None
    R(
        module="blind_fresh8",
        text="I am sure it is the wish of all Members that the perpetrators of this cowardly and criminal act will be brought to justice soon.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another find time ("I would ask that the Leader of the House make time available"); was due='1992-04-22 22:59:59', vague=True, refusal=None
    R(
        module="blind_fresh8",
        text="It is a matter of great public interest and concern and I would ask that the Leader of the House make time available over the next few weeks so that this House would have the opportunity to debate this very fine report from the Law Reform Commission.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a written question about a number by a date: the time is only asked about; was due='2008-03-31 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh10",
        text="Question 422: To ask the Minister for Agriculture, Fisheries and Food the number of applications received to date under a scheme (details supplied); and the projected number of applications expected by the scheme closing date of 31 March 2008.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question that seeks to confirm a time ("Will he now undertake ...?"); was due='1964-03-31 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh11",
        text="Will he now undertake that all this money will be spent in 1963–64, thus fulfilling all the pledges which have been made?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question asking another to act soon; was due='1959-09-18 22:59:59', vague=True, refusal=None
    R(
        module="blind_fresh11",
        text="Will the hon. Gentleman do what he can to enable us to have a good hospital in Cornwall soon?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another give something in a time (the Eurogroup "urged Greece"); was due='2015-06-26 21:59:59', vague=True, refusal=None
    R(
        module="blind_fresh14",
        text="The Eurogroup urged Greece to submit its reform proposal in the coming days.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a wish that others act as soon as possible ("I should wish them to apply their energies ..."); was due='1923-03-11 23:59:59', vague=True, refusal=None
    R(
        module="blind_fresh15",
        text="The only thing is that I should wish them to apply their energies to it as soon as possible, because it would give us work to do.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a written question about progress by a date and when work will be complete; was due='2014-04-30 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh15",
        text="*Lord Warner to ask Her Majesty’s Government what progress the NHS Trust Development Authority will have made by April 2014 with NHS Trusts becoming NHS Foundation Trusts; and when they forecast that the Authority will have completed its work.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.2: a possibility that is no undertaking ("could possibly conclude over the next year"); was due='2016-11-21 04:59:59', vague=False, refusal=None
    R(
        module="blind_fresh15",
        text='The Agenda and Plan include "active rulemakings" that agencies could possibly conclude over the next year.',
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.2",
    ),
    # stop 58, CONVENTIONS 4.3: a guess the speaker hedges ("I think they will likely speak"); was due='2010-04-01 03:59:59', vague=True, refusal=None
    R(
        module="blind_fresh16",
        text="I think they will likely speak in the next few days.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a hedged guess and wish about what another body does ("we'd like to see both taken up"); was due='2010-07-28 03:59:59', vague=False, refusal=None
    R(
        module="blind_fresh16",
        text="Well, I would say that they spent a decent amount of time talking about the -- I would say the next three agenda items that we think over the course of the next several -- the next two weeks will be -- we'd like to see both taken up and passed.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a guess the speaker hedges ("I think it is likely that ..."); was due='2010-07-19 03:59:59', vague=False, refusal=None
    R(
        module="blind_fresh16",
        text="I think it is likely that that legislation will be taken up by the end of the week and passed.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another arrange a time ("could the Deputy Leader invite the Minister ...?"); was due='2015-11-29 23:59:59', vague=False, refusal=None
    R(
        module="blind_fresh17",
        text="We will not push this matter to a vote today but could the Deputy Leader invite the Minister for Health, Deputy Varadkar, to the House at some stage this week to discuss the debacle of the emergency department crisis throughout the country?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question asking another to move a debate to another day; was due='1987-05-12 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh19",
        text="With reference to the business provisionally being considered through the usual channels for the remainder of the week, will the Leader of the House see whether he can transfer the Territorial Sea Bill debate from Wednesday to Tuesday, which may be more convenient for some hon. Members with a special interest in that legislation?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another deliver reports; "Today" is on the asking; was due='2023-12-20 20:59:59', vague=False, refusal=None
    R(
        module="blind_fresh19",
        text="Today, I would like to ask you to deliver progress reports on the implementation of stage one and stage two, and whether all the objectives we had for this year were fulfilled.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a written question about the prospect of a target's time: the time is only asked about; was due='2010-12-31 23:59:59', vague=False, refusal=None
    R(
        module="blind_fresh19",
        text="The Lord Ezra—To ask Her Majesty’s Government what prospect there is of achieving their objective of 10 Gigawatts of Combined Heat and Power (CHP) by 2010 as set out in the Energy White Paper (Cm 5761).",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a written question whether the Prime Minister will attend at a time; was due='1990-09-30 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh21",
        text="Mr. Canavan : To ask the Prime Minister whether she will attend the summit meeting of world leaders to be held by the United Nations on 29 to 30 September to address the urgent needs of children in the 1990s ; and if she will make a statement about the role of Her Majesty's Government in planning the agenda for the meeting.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question asking for an estimate by a date; was due='1920-12-31 23:59:59', vague=False, refusal=None
    R(
        module="blind_fresh21",
        text="asked the Minister of Health if he can give an estimate of the number of houses that he expects will be completed fit for occupation under the Housing and Town Planning Acts by 31st December 1920?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a written question asking for estimates for years; was due='1994-12-31 23:59:59', vague=False, refusal=None
    R(
        module="blind_fresh21",
        text="To ask the Secretary of State for the Environment if he will estimate the number of new council homes which will be(a) started and (b) completed in 1992, 1993 and 1994.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a written question asking what is expected in years; was due='1991-12-31 23:59:59', vague=False, refusal=None
    R(
        module="blind_fresh21",
        text="To ask the Secretary of State for the Environment how many new council properties for rent he expects to be completed during 1990 and 1991.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: seeks to confirm a time ("I take it that ... we will still have to adjourn at 4 o'clock"); was due='1975-06-11 15:00:00', vague=False, refusal=None
    R(
        module="blind_fresh21",
        text="I take it that if we reach it at 3.30 p.m., we will still have to adjourn at 4 o'clock.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another fix a time ("ask him to give the Senator top priority ... tomorrow or the next day"); was due='2023-04-27 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh22",
        text="All I can do for him is bring this to the immediate attention of the Cathaoirleach and ask him to give the Senator top priority in terms of selecting this Commencement matter tomorrow or the next day.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question proposing a time ("would he agree that the best way to mark that milestone would be ...?"); was due='2023-07-23 11:59:59', vague=False, refusal=None
    R(
        module="blind_fresh25",
        text="Can I note that in the end of that first week back, the Kermadec Ocean Sanctuary Bill will celebrate its seventh anniversary, having been reported back from the select committee, and would he agree that the best way to mark that milestone would be with a second reading?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question about extending a date; was due='2020-03-19 10:59:59', vague=False, refusal=None
    R(
        module="blind_fresh25",
        text="Has the Leader of the House given any thought to some House process to extend the date by which they might be reported back, given that the technology for some of the provisions that will be agreed by the House today may not be in place in time to meet those deadlines?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others act as soon as possible ("The Court encourages the parties ..."); was due='2024-12-16 04:59:59', vague=True, refusal=None
    R(
        module="blind_fresh26",
        text="The Court encourages the parties to discuss settlement as soon as possible.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: seeks to confirm a time ("I hope the Minister can confirm that I have got that right"); was due='2026-11-30 23:59:59', vague=False, refusal=None
    R(
        module="blind_fresh27",
        text="When we spoke about it, I think just last week, the expectation was that that plan would be published this autumn—I hope the Minister can confirm that I have got that right.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others act as soon as possible ("Families are encouraged to apply ..."); was due='2006-02-28 04:59:59', vague=True, refusal=None
    R(
        module="blind_fresh28",
        text="Families are encouraged to apply as soon as possible.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a suggestion that another act ("I think it would be good for the government to prepare ..."); was due='2005-12-23 20:59:59', vague=True, refusal=None
    R(
        module="blind_fresh33",
        text="I think it would be good for the government to prepare a package of anti-inflation measures for the nearest future and come up with a programme of systemic measures in this area.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a guess the speaker hedges ("maybe about an hour or so"); was due='2008-04-11 17:31:00', vague=False, refusal=None
    R(
        module="blind_fresh43",
        text="So that should be coming up here in maybe about an hour or so.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others act as soon as possible; was due='2017-08-20 22:59:59', vague=True, refusal=None
    R(
        module="blind_fresh44",
        text="Please ask them to prioritise its completion and return to us as soon as possible.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others act as soon as possible ("should complete the FAFSA form as soon as possible"); was due='2022-11-30 04:59:59', vague=True, refusal=None
    R(
        module="blind_fresh44",
        text="New and returning students who plan to attend college between July 1, 2023, and June 30, 2024, should complete the FAFSA form as soon as possible.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others act as soon as possible ("should complete the FAFSA as soon as possible"); was due='2021-12-01 04:59:59', vague=True, refusal=None
    R(
        module="blind_fresh44",
        text="New and returning students who plan to attend college between July 1, 2022, and June 30, 2023, should complete the FAFSA as soon as possible.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question that seeks to confirm a time ("..., won't you?"); was due='1997-11-27 04:59:59', vague=False, refusal=None
    R(
        module="blind_fresh45",
        text="You'll be back on Wednesday, won't you?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another act without delay ("It is up to Congress to act ..."); was due='2022-11-25 04:59:59', vague=True, refusal=None
    R(
        module="blind_fresh46",
        text="It is up to Congress to act on the President’s budget request without delay, enabling TSA to address the current pay gap, which is up to 30% compared with other federal employees.”",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question about a time; was due='1994-06-24 16:00:00', vague=False, refusal=None
    R(
        module="blind_fresh53",
        text="Is Blake Levine still invited to the Oval Office for the radio address tomorrow morning?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another give information by a time ("We request that Defra provides us ..."); was due='2017-02-28 23:59:59', vague=False, refusal=None
    R(
        module="blind_fresh59",
        text="We request that Defra provides us by the end of February with additional information on how much of the £2.5 billion flood risk management programme for 2015–16 to 2020–2021 includes natural flood management approaches, beyond the £15 million referred to in the response.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another give a response by a time; was due='2017-02-28 23:59:59', vague=False, refusal=None
    R(
        module="blind_fresh59",
        text="We also request a fuller response by the end of February to our proposals for improving local governance and partnership working at catchment level to address our concerns about fragmented and inefficient flood risk management structures.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a proposal while the sitting time is bargained over ("The most satisfactory course would be ..."); was due='1941-03-14 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh67",
        text="The most satisfactory course would be to decide that we would sit, if necessary, until 12 o'clock to-night so as to complete the Business.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a proposal while the sitting time is bargained over ("It would be better ... by agreeing that ..."); was due='1941-03-14 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh67",
        text="It would be better to let so important a discussion run freely, from the point of view of time, by agreeing that we shall sit not later than 12 o'clock.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: seeks to confirm a time ("I just want to be sure that the House will adjourn until 4.30 pm"); was due='2019-03-25 16:30:00', vague=False, refusal=None
    R(
        module="blind_fresh73",
        text="My Lords, I just want to be sure that the House will adjourn until 4.30 pm, because the Government Chief Whip did not quite say that.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a counter-proposal put as a question ("may I move an alternative motion ...?"); was due='2023-07-13 10:00:00', vague=False, refusal=None
    R(
        module="blind_fresh73",
        text="My Lords, may I move an alternative motion, which is that this House do now adjourn and recommence at 11 am tomorrow?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question about a time; was due='1970-06-04 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh75",
        text="Will we sit next week on Tuesday, Wednesday and Thursday?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a guess the speaker hedges ("I cannot tell ...; I imagine it will be to-night"); was due='1930-12-18 23:59:59', vague=False, refusal=None
    R(
        module="blind_fresh77",
        text="That I cannot tell the noble Viscount; I imagine it will be to-night.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another tell the House tomorrow ("I would ... express the hope that to-morrow the Leader ..."); was due='1920-10-20 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh77",
        text="I would, however, express the hope—in which I am quite sure that all your Lordships will concur—that to-morrow the Leader of the House, or somebody on his behalf, will be good enough to tell the House what business is expected.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a hope that another (the Government) acts: a request, no undertaking; was due='1994-06-24 11:00:00', vague=False, refusal=None
    R(
        module="blind_fresh79",
        text="I thank the Minister for his words of encouragement that every effort will be made in respect of the TEAM proposal and I hope a gesture in that regard will be forthcoming from the Government this morning.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another act within days ("I urge that the Bill be published ..."); was due='2014-01-28 23:59:59', vague=True, refusal=None
    R(
        module="blind_fresh81",
        text="I urge that the Bill be published within days, if possible, in order that work can continue.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others agree within a time ("asked the ... lawmakers to agree ... within 36 hours"); was due='2011-07-16 02:00:00', vague=False, refusal=None
    R(
        module="blind_fresh82",
        text="Sources say Mr. Obama Thursday asked the eight top Democratic and Republican lawmakers to agree on the outlines of a deal within 36 hours.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question that seeks to confirm a time; was due='1999-02-21 23:59:59', vague=False, refusal=None
    R(
        module="blind_fresh83",
        text="Will the noble Lord also confirm that another place will be taking a few days' extra holiday the week after next?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question about a time; was due='1999-07-31 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh83",
        text="What guarantees can the noble Lord give that we shall not be sitting into August and that we shall rise at a decent time in July?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a proposal while meeting times are bargained over ("we suggest that we meet ..."); was due='2011-01-27 10:00:00', vague=False, refusal=None
    R(
        module="blind_fresh96",
        text="In regard to meetings, we suggest that we meet to discuss the presentation of the plan this day week, at 9 a.m. on Thursday, 20 January, and that we have our regular meeting at 10 a.m. on Thursday, 27 January when we will discuss FÁS and FETAC.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a proposal while meeting times are bargained over ("I suggest that we meet at 9 a.m."); was due='2011-01-14 10:00:00', vague=False, refusal=None
    R(
        module="blind_fresh96",
        text="I suggest that we meet at 9 a.m. to discuss the plan, we will meet at the usual time of 10 a.m. to discuss FÁS and FETAC .",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a counter-offer while a time is bargained over ("I suggest 8.30 a.m."); was due='2011-01-14 08:30:00', vague=False, refusal=None
    R(
        module="blind_fresh96",
        text="I suggest 8.30 a.m.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question about a time; was due='2011-01-20 09:00:00', vague=False, refusal=None
    R(
        module="blind_fresh96",
        text="Are we meeting on Thursday, 20 January at 9 a.m. or at 8.30 a.m?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others act as soon as possible ("should do so as soon as possible"); was due='2025-01-25 23:59:59', vague=True, refusal=None
    R(
        module="blind_fresh108",
        text="Any companies that still need to submit updated artwork should do so as soon as possible, and ahead of releasing products on the market in the new year.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others keep away over the coming days ("are encouraged to avoid visiting the park"); was due='2026-01-23 12:59:59', vague=True, refusal=None
    R(
        module="blind_fresh110",
        text="Bushwalkers and cyclists are encouraged to avoid visiting the park over the coming days and check the Bureau of Meteorology and Hazards Near Me app or website for updates.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.2: a possibility that is no undertaking ("could come into effect by summer 2007", on a condition); was due='2007-08-31 21:59:59', vague=False, refusal=None
    R(
        module="blind_fresh112",
        text="Provided that the European Parliament and the EU Council of Ministers support the Commission's proposal, the new EU regulation – which is a legal instrument directly applicable in all EU Member States as soon as it is published in the Official Journal of the EU – could come into effect by summer 2007.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.2",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others act as soon as possible ("It's important that those who may need to register ..."); was due='2011-12-27 04:59:59', vague=True, refusal=None
    R(
        module="blind_fresh113",
        text="It’s important that those who may need to register for aid do so as soon as possible.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others act as soon as possible ("encourages administrators to participate ..."); was due='2024-07-01 03:59:59', vague=True, refusal=None
    R(
        module="blind_fresh123",
        text="Statistics Canada encourages administrators to participate as soon as possible.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a proposal while a time is bargained over ("I suggest that the Minister of State informs the House at 2.30 p.m."); was due='1998-05-28 13:30:00', vague=False, refusal=None
    R(
        module="blind_fresh125",
        text="I suggest that the Minister of State informs the House at 2.30 p.m. as to the time and duration of the debate.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a counter-offer while a time is bargained over ("Perhaps 2.20 p.m. would be better"); was due='1998-05-28 13:20:00', vague=False, refusal=None
    R(
        module="blind_fresh125",
        text="Perhaps 2.20 p.m. would be better as questions start at 2.30 p.m.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a question that seeks to confirm a time; was due='1998-05-28 13:20:00', vague=False, refusal=None
    R(
        module="blind_fresh125",
        text="Is 2.20 p.m. agreed?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a counter-offer put as a question; was due='1998-05-28 13:25:00', vague=False, refusal=None
    R(
        module="blind_fresh125",
        text="How about 2.25 p.m.?",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a counter-offer while a time is bargained over ("I would prefer 2.30 p.m."); was due='1998-05-28 13:30:00', vague=False, refusal=None
    R(
        module="blind_fresh125",
        text="I would prefer 2.30 p.m. if possible.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others act as soon as possible ("Residents who have not registered should do so ..."); was due='2004-03-21 03:59:59', vague=True, refusal=None
    R(
        module="blind_fresh135",
        text="Residents who have not registered should do so, as soon as possible, by calling the toll-free registration line at 1-800-621-3362.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others act as soon as possible ("We urge those residents ..."); was due='2004-04-03 03:59:59', vague=True, refusal=None
    R(
        module="blind_fresh135",
        text='"We urge those residents who have not registered to do so, as soon as possible, by calling the FEMA toll-free registration line, 1-800-621-3362 (TTY: 1-800-462-7585)," said Justo Hernández, Federal Coordinating Officer.',
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that another (Parliament) agree by a time; was due='2009-07-31 22:59:59', vague=False, refusal=None
    R(
        module="blind_fresh151",
        text="To achieve this deadline, the Government would welcome Parliament's agreement to its proposals by July 2009.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others act by a time ("We would expect the Spanish authorities to ..."); was due='2012-06-25 21:59:59', vague=False, refusal=None
    R(
        module="blind_fresh151",
        text='"We would expect the Spanish authorities to put forward a formal request for financial assistance by next Monday," said Mr Juncker.',
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
    ),
    # stop 58, CONVENTIONS 4.3: a request that others act as soon as possible ("anyone who still has a completed paper form should post it ..."); was due='2011-11-01 12:59:59', vague=True, refusal=None
    R(
        module="blind_fresh157",
        text="Mr Lowe says anyone who still has a completed paper form should post it as soon as possible.",
        due=None,
        vague=False,
        refusal=None,
        earliest=None,
        rule="4.3",
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
