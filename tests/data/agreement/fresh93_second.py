"""A SECOND, independent labelling of the ninety-third fresh set's 82 real deadline phrasings
(issue 12: agreement between two labellers).

Made on 2026-12-05 (UTC) by a second labelling helper (branch issue12a93-s43), from the
phrasings, the moments of speaking (`said`), the publishers' zones (`tz`), the source names and
the publication dates exactly as the first labeller established them (handed over without
labels in `fresh93_inputs.json`, in the first labeller's order; no `day_first` was given, so the
default, day first, stands). It was made WITHOUT seeing the first labeller's labels (no
`blind_fresh91.py` or later set, no deadlines README section from "Ninety-first" onwards, no
other helper's worktree and no issue12l9* branch was opened, read or grepped) and WITHOUT
running the parser, bench/ or any test on these texts: each label was worked out by hand from
the words, their moment and zone, and the written conventions: `tests/data/deadlines/
CONVENTIONS.md` (which decides; rule 6.3 for a clock time with no day of its own), the
docstring and `BlindCase` of `blind_real.py`, the top docstring of the parser package
(`bot/core/deadlines/__init__.py`, its documented windows and round notes) and, as the model of
form, `fresh89_second.py`. No source page was read. UTC wall times were computed from the local
times with the standard library's zoneinfo only, in a scratch script outside the repository.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring
set of its own. Labels marked "unsure" in their comment are the ones a careful reader could
really defend otherwise; the comment names the other reading. Seven labels carry a "page:"
comment: the six clock times read from their sentence alone by rule 6.3 (the European
Parliament's week ahead, the Foreign Affairs Council agendas, NASA's coverage) and "the December
European Council" (case 25), each with the day the page probably gives; the pages were not read,
so those instants are a guess from the neighbouring sentences and general knowledge, not labels.

Readings applied throughout (hard calls, named so that a disagreement can be traced):
- A sentence whose only time words date a past thing ("the Strategic Agenda adopted in June
  2019", "the Presidential election of 28 September 2019") is `past`, even when its main act
  lies ahead undated; each such label is marked unsure (the other reading: no refusal word).
- A sentence with no time word at all, or whose time words only name a thing ("its 2024 Annual
  Report", "for the period 2021-2027", "the 2030 CO2 target") or say how long a state went on,
  has no refusal word.
- "regularly", "annual" and a rule for a class of cases ("before trial", every consultation's
  closing hour) are `recurring`.
- A clock time of the European institutions' agendas read by 6.3 falls on the day of speaking
  when it is still ahead that day, else the next day.

Clusters as in `fresh89_second.py`: 1 no time set, 2 clock times, 3 ranges and several dates,
4 parts of the day and periods, 5 refusals, 6 plain days and dates. `precision` is given for
every due instant (the unit the words name).

Tally (this labelling): 32 cases with a due instant (by precision: 13 minute, 11 day, 4 month,
2 year, 1 hour, 1 quarter; by cluster: 11 clock times, 9 plain days, dates or target years, 7
periods, parts of the day and "today", 5 ranges or schedules), one of them vague ("soon"); 50
without (25 past, 4 recurring, 3 event, none earliest or negated, and 18 with no refusal word
because their words set no time for any act); 25 labels marked "unsure".

Removed in step at stop 52 (branch agreefix52-s52): 6 cases, quoted from the European
Parliament's mobile page "Coming up in committees" (source name `_EPCOMM`,
http://m.europarl.europa.eu/EPMobile/en/committees.htm), which the licence audit of stop 49
(branch lic49b-s49: no legal notice of the European Parliament found;
tests/data/deadlines/README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)",
the page's address line marked "REMOVED at stop 49 (lic49b)") had removed from
`blind_fresh93.py` but not from here. Matched on text and moment of speaking (this file names
sources by short names; each maps to one address of the first set). 76 cases remain, the first
set's 76 in its order. The case numbers in the comments are the labelling's own (gaps where
cases went). Counts written above, the tally among them, predate this removal (they count 82
cases); recounted on the 76: 28 with a due instant (1 vague), 48 without (25 past, 4 recurring,
3 event, 16 with no refusal word); 24 comments say "unsure".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH93_SECOND: tuple[BlindCase, ...] = (
    # case 0: a standing closing hour for every consultation (CONVENTIONS 1.3, 6.3: a clock time of a standing rule is recurring); unsure: reading it by 6.3 alone as the first 23:59 Helsinki after the moment gives 2023-08-19 20:59:00 UTC (the next sentence says none is open)
    B(
        text="Consultations close at 23:59 Helsinki time.",
        due=None,
        vague=False,
        said="2023-08-19 07:00:00",
        tz="Europe/Helsinki",
        refusal="recurring",
        cluster=5,
        source="_ECHACALL",
        published="2023-08-19",
    ),
    # case 1: 'currently' sets no time for any act
    B(
        text="There are currently no ongoing consultations.",
        due=None,
        vague=False,
        said="2023-08-19 07:00:00",
        tz="Europe/Helsinki",
        cluster=1,
        source="_ECHACALL",
        published="2023-08-19",
    ),
    # case 2: a done act with no time word; no time set
    B(
        text="The European Chemicals Agency has added cadmium chloride, a phthalate and two boron substances to the Candidate List, which now contains 155 substances.",
        due=None,
        vague=False,
        said="2014-07-15 07:00:00",
        tz="Europe/Helsinki",
        cluster=1,
        source="_ECHAHOME",
        published="2014-07-15",
    ),
    # case 3: a maintenance window on 30 July 2014 falls due at its later end, 10:30 with 'EET' read as written (UTC+2, blind_real.py) although Helsinki keeps EEST in July -> 2014-07-30 08:30:00 UTC
    B(
        text="Due to maintenance work, ECHA website will be unavailable on 30 July from 7:30 to 10:30 EET.",
        due="2014-07-30 08:30:00",
        vague=False,
        said="2014-07-15 07:00:00",
        tz="Europe/Helsinki",
        precision="minute",
        cluster=3,
        source="_ECHAHOME",
        published="2014-07-15",
    ),
    # case 4: the extension is announced, its new date is in the next sentence (not used: the case holds the sentence)
    B(
        text="EFSA is extending the closing date of the public consultation on its draft guidance for the renewal of applications of genetically modified (GM) food and feed.",
        due=None,
        vague=False,
        said="2014-12-15 09:00:00",
        tz="Europe/Rome",
        cluster=1,
        source="_EFSA1412",
        published="2014-12-15",
    ),
    # case 5: 'until 4 January 2015' to submit: end of that day, Rome (CET) -> 2015-01-04 22:59:59 UTC
    B(
        text="Stakeholders and other interested parties now have until 4 January 2015 to submit comments on the guidance that defines the information to be included in GM application renewals.",
        due="2015-01-04 22:59:59",
        vague=False,
        said="2014-12-15 09:00:00",
        tz="Europe/Rome",
        precision="day",
        cluster=6,
        source="_EFSA1412",
        published="2014-12-15",
    ),
    # case 6: 'temporary' sets no time; the extension is told done
    B(
        text="The deadline has been extended due to technical difficulties that led to the temporary unavailability of the online public consultation tool.",
        due=None,
        vague=False,
        said="2014-12-15 09:00:00",
        tz="Europe/Rome",
        cluster=1,
        source="_EFSA1412",
        published="2014-12-15",
    ),
    # case 7: 'the coming months' is the span the planner covers, and the act (the overview) is available now; unsure: a reader could take 'consultations planned for the coming months' as a vague pledge, 3 months: 2016-02-25 22:59:59 UTC
    B(
        text="An overview of the public consultations EFSA has planned for the coming months is now available on the EFSA website.",
        due=None,
        vague=False,
        said="2015-11-25 09:00:00",
        tz="Europe/Rome",
        cluster=1,
        source="_EFSA1511",
        published="2015-11-25",
    ),
    # case 8: 'updated regularly' is a standing repetition with no period; unsure: no refusal word (no time word at all) is defensible too
    B(
        text="The information provided in the planner is indicative, subject to change in line with EFSA’s scientific calendar and will be updated regularly.",
        due=None,
        vague=False,
        said="2015-11-25 09:00:00",
        tz="Europe/Rome",
        refusal="recurring",
        cluster=5,
        source="_EFSA1511",
        published="2015-11-25",
    ),
    # case 9: 'by 4 January 2015': end of that day, Rome (CET) -> 2015-01-04 22:59:59 UTC
    B(
        text="Interested parties are invited to submit written comments by 4 January 2015.",
        due="2015-01-04 22:59:59",
        vague=False,
        said="2014-11-04 09:00:00",
        tz="Europe/Rome",
        precision="day",
        cluster=6,
        source="_EFSA1411",
        published="2014-11-04",
    ),
    # case 10: 'This week, Frontex has deployed' tells a done act (CONVENTIONS 2.4)
    B(
        text="This week, Frontex has deployed the Frontex surveillance aircraft (FSA) to support France and Belgium in patrolling their coastline.",
        due=None,
        vague=False,
        said="2022-12-23 09:00:00",
        tz="Europe/Warsaw",
        refusal="past",
        cluster=5,
        source="_FRONTEX36",
        published="2022-12-23",
    ),
    # case 11: 'This week ... graduated': done
    B(
        text="This week, 323 standing corps cadets graduated from their basic trainings in Avila, Spain and Lisbon, Portugal.",
        due=None,
        vague=False,
        said="2022-12-16 09:00:00",
        tz="Europe/Warsaw",
        refusal="past",
        cluster=5,
        source="_FRONTEX36",
        published="2022-12-16",
    ),
    # case 12: 'has recently wrapped up': done; 'for 2022' names the operation's year
    B(
        text="Frontex, in cooperation with European Fisheries Control Agency (EFCA) and the European Maritime Safety Agency (EMSA), has recently wrapped up the Multipurpose Maritime Operation in the Black Sea for 2022.",
        due=None,
        vague=False,
        said="2022-12-14 09:00:00",
        tz="Europe/Warsaw",
        refusal="past",
        cluster=5,
        source="_FRONTEX36",
        published="2022-12-14",
    ),
    # case 13: a count over the first eleven months of this year, told done
    B(
        text="In the first eleven months of this year, more than 308 000 irregular entries were detected at the external borders of the European Union, according to preliminary calculations.",
        due=None,
        vague=False,
        said="2022-12-12 09:00:00",
        tz="Europe/Warsaw",
        refusal="past",
        cluster=5,
        source="_FRONTEX36",
        published="2022-12-12",
    ),
    # case 14: '2024' names the report (a year naming a thing is no time); unsure: 'past' (the publishing is told done) is defensible
    B(
        text="Frontex’s Fundamental Rights Office (FRO) has published its 2024 Annual Report, offering a clear view of how rights are being protected at the EU’s external borders and where concerns remain.",
        due=None,
        vague=False,
        said="2025-07-21 08:00:00",
        tz="Europe/Warsaw",
        cluster=1,
        source="_FRONTEX4",
        published="2025-07-21",
    ),
    # case 15: 'From 13 to 23 June 2025, Frontex coordinated': done, published 18 July
    B(
        text="From 13 to 23 June 2025, Frontex coordinated EMPACT Joint Action Day (JAD) Danube, bringing together border and law enforcement Agencies from Austria, 12 other EU Member States, as well as Europol, Eurojust, and INTERPOL.",
        due=None,
        vague=False,
        said="2025-07-18 08:00:00",
        tz="Europe/Warsaw",
        refusal="past",
        cluster=5,
        source="_FRONTEX4",
        published="2025-07-18",
    ),
    # case 16: 'On Monday afternoon ... sank': done
    B(
        text="On Monday afternoon, a coastal patrol boat operated by the Portuguese Maritime Police, taking part in Frontex’s Joint Operation in Greece, sank off the coast of Lesvos during a search and rescue mission involving irregular migrants.",
        due=None,
        vague=False,
        said="2025-07-15 08:00:00",
        tz="Europe/Warsaw",
        refusal="past",
        cluster=5,
        source="_FRONTEX4",
        published="2025-07-15",
    ),
    # case 17: done; 'Global Chain 2025' names the operation
    B(
        text="In a sweeping international crackdown, Frontex helped identify nearly 1 200 victims of human trafficking during Operation Global Chain 2025.",
        due=None,
        vague=False,
        said="2025-07-11 08:00:00",
        tz="Europe/Warsaw",
        refusal="past",
        cluster=5,
        source="_FRONTEX4",
        published="2025-07-11",
    ),
    # case 18: 'This week-long effort brought together': done
    B(
        text="This week-long effort brought together nearly 15 000 officers from 43 countries in a coordinated strike against one of the world’s most exploitative crimes.",
        due=None,
        vague=False,
        said="2025-07-11 08:00:00",
        tz="Europe/Warsaw",
        refusal="past",
        cluster=5,
        source="_FRONTEX4",
        published="2025-07-11",
    ),
    # case 19: the meeting of 27 and 28 June 2024 falls due at its later day (a range at its later end) -> 2024-06-28 21:59:59 UTC
    B(
        text="I would like to invite you to the European Council meeting of 27 and 28 June.",
        due="2024-06-28 21:59:59",
        vague=False,
        said="2024-06-25 08:00:00",
        tz="Europe/Brussels",
        precision="day",
        cluster=3,
        source="_EUCO24",
        published="2024-06-25",
    ),
    # case 20: 'for the next five years' is the span the orientations cover, not a time for the act (which has no day in the sentence); unsure: a reader could take five years from the moment, 2029-06-25 21:59:59 UTC
    B(
        text="True to its role under the Treaties, the European Council will frame the EU’s priorities and set the EU’s strategic orientations for the next five years, thereby guiding the work of the next institutional cycle.",
        due=None,
        vague=False,
        said="2024-06-25 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source="_EUCO24",
        published="2024-06-25",
    ),
    # case 21: 'on Thursday 27 June at 2pm' (CEST) -> 2024-06-27 12:00:00 UTC
    B(
        text="Concretely, our meeting will kick off on Thursday 27 June at 2pm with an exchange with President Zelenskyy.",
        due="2024-06-27 12:00:00",
        vague=False,
        said="2024-06-25 08:00:00",
        tz="Europe/Brussels",
        precision="minute",
        cluster=2,
        source="_EUCO24",
        published="2024-06-25",
    ),
    # case 22: 'since our last meeting' is an undated past anchor; the discussion has no day of its own
    B(
        text="This will be an opportunity to discuss the situation on the ground, but also take note of some achievements since our last meeting.",
        due=None,
        vague=False,
        said="2024-06-25 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source="_EUCO24",
        published="2024-06-25",
    ),
    # case 23: 'we have been ambitious ... this year': the channelling is told done
    B(
        text="Furthermore, we have been ambitious and bold in channelling the extraordinary revenue from immobilised Russian assets to support Ukraine this year.",
        due=None,
        vague=False,
        said="2024-06-25 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source="_EUCO24",
        published="2024-06-25",
    ),
    # case 24: 'For the following years' is the span the loans cover, no time for 'will secure'; unsure: a reader could read it as 'the coming years', vague 3 years: 2027-06-25 21:59:59 UTC
    B(
        text="For the following years, together with partners, we will secure loans for Ukraine for an additional EUR 50 billion.",
        due=None,
        vague=False,
        said="2024-06-25 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source="_EUCO24",
        published="2024-06-25",
    ),
    # case 25: 'the December European Council' read from the sentence: December 2019, at its end; unsure: the month may be read as naming the meeting (no time set); page: the meeting of 12-13 December 2019 (2019-12-13 22:59:59 UTC) -> 2019-12-31 22:59:59 UTC
    B(
        text="I look forward to welcoming you to the December European Council – my first European Council meeting as President.",
        due="2019-12-31 22:59:59",
        vague=False,
        said="2019-12-10 09:00:00",
        tz="Europe/Brussels",
        precision="month",
        cluster=4,
        source="_EUCO19",
        published="2019-12-10",
    ),
    # case 26: the only time word dates the Strategic Agenda 'adopted in June 2019' (past); 'will provide' has no day; unsure: no refusal word, as the act ahead is merely undated
    B(
        text="Together, we will provide the strategic guidance that Europe needs to tackle the many challenges identified in the Strategic Agenda adopted in June 2019.",
        due=None,
        vague=False,
        said="2019-12-10 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source="_EUCO19",
        published="2019-12-10",
    ),
    # case 27: 'will start at 15:00 on 12 December' (CET) -> 2019-12-12 14:00:00 UTC
    B(
        text="Concerning this week’s European Council, the meeting will start at 15:00 on 12 December with an exchange of views with the President of the European Parliament David Sassoli.",
        due="2019-12-12 14:00:00",
        vague=False,
        said="2019-12-10 09:00:00",
        tz="Europe/Brussels",
        precision="minute",
        cluster=2,
        source="_EUCO19",
        published="2019-12-10",
    ),
    # case 28: no time word; follows an undated item
    B(
        text="This will be followed by our first working session, in which we will begin by adopting our conclusions on the Conference on the Future of Europe.",
        due=None,
        vague=False,
        said="2019-12-10 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source="_EUCO19",
        published="2019-12-10",
    ),
    # case 29: 'climate-neutral by 2050': end of 2050 -> 2050-12-31 22:59:59 UTC
    B(
        text="I want us to agree on the commitment for the EU to become climate-neutral by 2050.",
        due="2050-12-31 22:59:59",
        vague=False,
        said="2019-12-10 09:00:00",
        tz="Europe/Brussels",
        precision="year",
        cluster=6,
        source="_EUCO19",
        published="2019-12-10",
    ),
    # case 30: 'carried out' at its monthly meeting: done ('monthly' names the meeting)
    B(
        text="At its monthly meeting, EMA’s safety committee (PRAC) carried out its broad range of responsibilities, which cover all aspects of the risk management of the use of medicines: assessment of signals, risk management plans, periodic safety update reports and post-authorisation safety studies.",
        due=None,
        vague=False,
        said="2018-11-02 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source="_EMA",
        published="2018-11-02",
    ),
    # case 31: 'currently' sets no time
    B(
        text="More information on all safety reviews currently under evaluation is provided in the ‘Ongoing referrals’ table.",
        due=None,
        vague=False,
        said="2018-11-02 10:00:00",
        tz="Europe/London",
        cluster=1,
        source="_EMA",
        published="2018-11-02",
    ),
    # case 32: the minutes are published following the next meeting 'at the end of November' 2018: the end of November (GMT); unsure: 'following' the meeting has no stated length, so 'event' is defensible -> 2018-11-30 23:59:59 UTC
    B(
        text="A record of the discussions held this week will be provided in the minutes of this meeting, which will be published following the next PRAC meeting at the end of November.",
        due="2018-11-30 23:59:59",
        vague=False,
        said="2018-11-02 10:00:00",
        tz="Europe/London",
        precision="month",
        cluster=4,
        source="_EMA",
        published="2018-11-02",
    ),
    # case 33: 'on Wednesday at 9.00': the next Wednesday after Friday 24 April 2015 (CEST) -> 2015-04-29 07:00:00 UTC
    B(
        text="MEPs will demand concrete action to halt the drowning of Mediterranean migrants and refugees in a key debate chaired by EP president Martin Schulz with Commission President Jean-Claude Juncker and Council President Donald Tusk, who will also comment on the results of the extraordinary summit, on Wednesday at 9.00.",
        due="2015-04-29 07:00:00",
        vague=False,
        said="2015-04-24 08:00:00",
        tz="Europe/Brussels",
        precision="minute",
        cluster=2,
        source="_EPWEEK",
        published="2015-04-24",
    ),
    # case 34: a clock time with no day of its own: the first noon after the moment (CONVENTIONS 6.3); page: probably the Wednesday 29 April 2015 debate of the sentence before, 2015-04-29 10:00:00 UTC (page not read) -> 2015-04-24 10:00:00 UTC
    B(
        text="A resolution will be put to the vote at noon.",
        due="2015-04-24 10:00:00",
        vague=False,
        said="2015-04-24 08:00:00",
        tz="Europe/Brussels",
        precision="minute",
        cluster=2,
        source="_EPWEEK",
        published="2015-04-24",
    ),
    # case 35: 'on Tuesday afternoon' (afternoon ends 18:00): Tuesday 28 April 2015; 'immediately after the Commission approves it' places it within the afternoon, the day is given -> 2015-04-28 16:00:00 UTC
    B(
        text="MEPs will state their views on the new “European Agenda on Security”, setting out key priorities and actions to fight terrorism, organised crime and cybercrime, in a debate with home affairs Commissioner Dimitris Avramopoulos on Tuesday afternoon, immediately after the Commission approves it.",
        due="2015-04-28 16:00:00",
        vague=False,
        said="2015-04-24 08:00:00",
        tz="Europe/Brussels",
        precision="hour",
        cluster=4,
        source="_EPWEEK",
        published="2015-04-24",
    ),
    # case 36: two items, Monday 18h and Tuesday 16.00: the schedule falls due at its later one (CONVENTIONS 6.1, 6.2) -> 2015-04-28 14:00:00 UTC
    B(
        text="A press round-table with the lead MEP will be held on Monday at 18h with a press conference scheduled for Tuesday at 16.00.",
        due="2015-04-28 14:00:00",
        vague=False,
        said="2015-04-24 08:00:00",
        tz="Europe/Brussels",
        precision="minute",
        cluster=3,
        source="_EPWEEK",
        published="2015-04-24",
    ),
    # case 37: 'on Tuesday': Tuesday 28 April 2015 -> 2015-04-28 21:59:59 UTC
    B(
        text="An informal deal struck by MEPs and ministers on a draft law to accelerate the shift to alternative biofuels, derived from waste or residues, and new sources such as seaweed, will be put to a vote on Tuesday.",
        due="2015-04-28 21:59:59",
        vague=False,
        said="2015-04-24 08:00:00",
        tz="Europe/Brussels",
        precision="day",
        cluster=6,
        source="_EPWEEK",
        published="2015-04-24",
    ),
    # case 38: a clock time with no day of its own: 15:30 on the day of speaking (CONVENTIONS 6.3); page: probably Tuesday 28 April 2015 (the vote of the sentence before), 2015-04-28 13:30:00 UTC (page not read) -> 2015-04-24 13:30:00 UTC
    B(
        text="A press conference takes place at 15.30.",
        due="2015-04-24 13:30:00",
        vague=False,
        said="2015-04-24 08:00:00",
        tz="Europe/Brussels",
        precision="minute",
        cluster=2,
        source="_EPWEEK",
        published="2015-04-24",
    ),
    # case 39: debated Tuesday evening, voted Wednesday: the later, Wednesday 29 April 2015; unsure: 'this year' for the funding the rules must deliver could be taken as the deadline, 2015-12-31 22:59:59 UTC -> 2015-04-29 21:59:59 UTC
    B(
        text="European Social Fund rule changes needed to deliver €1 billion in EU funding this year to help member states get up to 650,000 young people into work will be debated on Tuesday evening and put to a vote on Wednesday.",
        due="2015-04-29 21:59:59",
        vague=False,
        said="2015-04-24 08:00:00",
        tz="Europe/Brussels",
        precision="day",
        cluster=3,
        source="_EPWEEK",
        published="2015-04-24",
    ),
    # case 40: a clock time with no day of its own: 14:30 on the day of speaking (CONVENTIONS 6.3); page: probably Wednesday 29 April 2015 (the vote of the sentence before), 2015-04-29 12:30:00 UTC (page not read) -> 2015-04-24 12:30:00 UTC
    B(
        text="A press conference is scheduled for 14.30.",
        due="2015-04-24 12:30:00",
        vague=False,
        said="2015-04-24 08:00:00",
        tz="Europe/Brussels",
        precision="minute",
        cluster=2,
        source="_EPWEEK",
        published="2015-04-24",
    ),
    # case 47: a clock time with no day of its own: the first 8h30 after 10:00 CEST on 11 October is the next morning (CONVENTIONS 6.3); page: the Council of Monday 14 October 2019, 2019-10-14 06:30:00 UTC (page not read; date from the Council's calendar as generally known) -> 2019-10-12 06:30:00 UTC
    B(
        text="The Foreign Affairs Council, chaired by the EU High Representative for Foreign Affairs and Security Policy, Federica Mogherini, will start at 8h30 with a discussion on current affairs, allowing ministers to review the most pressing issues on the international agenda, including as a follow-up to discussions during the 74th United Nations General Assembly.",
        due="2019-10-12 06:30:00",
        vague=False,
        said="2019-10-11 08:00:00",
        tz="Europe/Brussels",
        precision="minute",
        cluster=2,
        source="_FAC1910",
        published="2019-10-11",
    ),
    # case 48: no time word
    B(
        text="The Council will discuss Syria, following the latest developments, in particular the Turkish military operation in north-east Syria.",
        due=None,
        vague=False,
        said="2019-10-11 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source="_FAC1910",
        published="2019-10-11",
    ),
    # case 49: '(2015)' names the resolution, 'recent' the past formation; the briefing has no day
    B(
        text="The UN Secretary General’s Special Envoy for Syria Geir Pedersen will brief the Council on the recent formation of a constitutional committee in the framework of the UN Security Council resolution 2254 (2015), and on preparations for its first meeting.",
        due=None,
        vague=False,
        said="2019-10-11 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source="_FAC1910",
        published="2019-10-11",
    ),
    # case 50: the only date is the past election of 28 September 2019; unsure: no refusal word, as the exchange ahead is merely undated
    B(
        text="Foreign ministers will then have an exchange of views on Afghanistan, in particular following the Presidential election of 28 September 2019.",
        due=None,
        vague=False,
        said="2019-10-11 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source="_FAC1910",
        published="2019-10-11",
    ),
    # case 51: 'recent' sets no time
    B(
        text="They will take stock of recent developments towards finding a lasting and negotiated political solution to the conflict.",
        due=None,
        vague=False,
        said="2019-10-11 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source="_FAC1910",
        published="2019-10-11",
    ),
    # case 52: 'over working lunch' of an undated meeting; unsure: no refusal word, or lunch of the day of speaking (14:00 CEST) by analogy with 6.3
    B(
        text="EU foreign ministers will also have a short discussion on , in preparation for the exchange of views with the new Minister of Foreign Affairs of Ukraine, Vadym Prystaiko over working lunch.",
        due=None,
        vague=False,
        said="2019-10-11 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source="_FAC1910",
        published="2019-10-11",
    ),
    # case 53: a clock time with no day of its own: the first 9.00 after 10:00 CET on 17 January is the next morning (CONVENTIONS 6.3); page: the Council of Monday 21 January 2019, 2019-01-21 08:00:00 UTC (page not read; date as generally known) -> 2019-01-18 08:00:00 UTC
    B(
        text="The Foreign Affairs Council, chaired by the EU High Representative for Foreign Affairs and Security Policy, Federica Mogherini, will start at 9.00 with a discussion on current affairs allowing ministers to review pressing issues on the international agenda.",
        due="2019-01-18 08:00:00",
        vague=False,
        said="2019-01-17 09:00:00",
        tz="Europe/Brussels",
        precision="minute",
        cluster=2,
        source="_FAC1901",
        published="2019-01-17",
    ),
    # case 54: the only date is the past presentation of 5 December 2018; unsure: no refusal word, as the discussion ahead is merely undated
    B(
        text="Foreign ministers will discuss the action plan against disinformation presented by the European Commission on 5 December 2018.",
        due=None,
        vague=False,
        said="2019-01-17 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source="_FAC1901",
        published="2019-01-17",
    ),
    # case 55: the meeting on 4 February and the summit on 24 and 25 February 2019: the later end; unsure: the discussion itself has no day, and the dates belong to the events it prepares, so 4 February (the meeting prepared for) or no deadline is defensible -> 2019-02-25 22:59:59 UTC
    B(
        text="The Council will have a preparatory discussion for the EU-League of Arab States ministerial meeting to be held in Brussels on 4 February 2019, ahead of the summit foreseen on 24 and 25 February 2019 in .",
        due="2019-02-25 22:59:59",
        vague=False,
        said="2019-01-17 09:00:00",
        tz="Europe/Brussels",
        precision="day",
        cluster=3,
        source="_FAC1901",
        published="2019-01-17",
    ),
    # case 56: 'on the same day' refers to a day only another sentence gives (not used, CONVENTIONS 6.3)
    B(
        text="The Council will also discuss the 22nd EU-ASEAN ministerial meeting, that will take place on the same day in Brussels.",
        due=None,
        vague=False,
        said="2019-01-17 09:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source="_FAC1901",
        published="2019-01-17",
    ),
    # case 57: a look back at reports 'during 2014': done
    B(
        text="With the English-language Wikinews continuing to increase the amount of original content published, we take a look back at some of the eighty-plus original reports from our contributors during 2014.",
        due=None,
        vague=False,
        said="2014-12-24 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source="_WIKINEWS",
        published="2014-12-24",
    ),
    # case 58: 'early in the year ... focused': done
    B(
        text="Media organisations in the United Kingdom focused on Edinburgh early in the year, following the disappearance of three-year-old Mikaeel Kular.",
        due=None,
        vague=False,
        said="2014-12-24 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source="_WIKINEWS",
        published="2014-12-24",
    ),
    # case 59: 'before trial' is a standing rule for a class of cases (CONVENTIONS 1.3); '1981' names the Act; unsure: 'event' (an undated trial) or no refusal word
    B(
        text="The Contempt of Court Act 1981 is designed to prevent prejudicial material going in front of juries before trial.",
        due=None,
        vague=False,
        said="2014-12-24 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source="_WIKINEWS",
        published="2014-12-24",
    ),
    # case 60: 'subsequently received': done
    B(
        text="Wikinews subsequently received correspondence from Justice Secretary Kenny MacAskill in which he expressed confidence in the court system to handle the issue.",
        due=None,
        vague=False,
        said="2014-12-24 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source="_WIKINEWS",
        published="2014-12-24",
    ),
    # case 61: 'In late 2010 ... drilled': done
    B(
        text="In late 2010 a geological expedition to Antarctica drilled through the Ross Ice Shelf so they could send an ROV under it.",
        due=None,
        vague=False,
        said="2014-12-24 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source="_WIKINEWS",
        published="2014-12-24",
    ),
    # case 62: 'last December': done
    B(
        text="Named Edwardsiella andrillae after the drilling project that found it, the anemone was described in a PLOS ONE paper last December.",
        due=None,
        vague=False,
        said="2014-12-24 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source="_WIKINEWS",
        published="2014-12-24",
    ),
    # case 63: 'signed ... following the December 21, 2017 meeting': done
    B(
        text="Vladimir Putin signed a list of instructions following the December 21, 2017 meeting of the Presidential Council for Culture and Art.",
        due=None,
        vague=False,
        said="2018-02-04 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source="_KREM18",
        published="2018-02-04",
    ),
    # case 64: an instruction to hold a State Council meeting 'in 2018': end of 2018 (MSK); unsure: 'in 2018' may attach to the developing of folk arts, not the meeting, leaving no time -> 2018-12-31 20:59:59 UTC
    B(
        text="Other instructions to the Presidential Executive Office and the Presidential Council for Culture and Art concern the procedure for granting honorary titles to workers of culture and the arts and the holding of a meeting of the State Council or the State Council Presidium on maintaining and further developing traditional and folk arts in 2018.",
        due="2018-12-31 20:59:59",
        vague=False,
        said="2018-02-04 07:00:00",
        tz="Europe/Moscow",
        precision="year",
        cluster=6,
        source="_KREM18",
        published="2018-02-04",
    ),
    # case 65: 'annual federal budget allocations' is a standing schedule; nothing else dated; unsure: no refusal word
    B(
        text="Other instructions to the Government concern new financing mechanisms in filmmaking to promote regional production centres and the distribution of national films; annual federal budget allocations to the Culture Ministry related to the production of new theatre performances within the Theatre for Children project; as well as federal budget financing of the establishment and maintenance of a network of special storage facilities for archaeological finds.",
        due=None,
        vague=False,
        said="2018-02-04 07:00:00",
        tz="Europe/Moscow",
        refusal="recurring",
        cluster=5,
        source="_KREM18",
        published="2018-02-04",
    ),
    # case 66: a meeting 'held on March 25, 2025': done
    B(
        text="The President approved a list of instructions following a meeting of the Council for Culture and Art held on March 25, 2025.",
        due=None,
        vague=False,
        said="2025-05-07 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source="_KREM25",
        published="2025-05-07",
    ),
    # case 67: a meeting 'held on October 27, 2020': done
    B(
        text="The President approved a list of instructions following the meeting of the Council for Culture and Art held on October 27, 2020.",
        due=None,
        vague=False,
        said="2021-01-23 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source="_KREM21",
        published="2021-01-23",
    ),
    # case 68: a task asked of the Duma for 'the 2021 spring session': spring read meteorologically, end of May 2021 (a future told from a past report keeps its date); unsure: the Duma's spring session runs to late July, or the session may be read as a named event (no deadline) -> 2021-05-31 20:59:59 UTC
    B(
        text="The State Duma was also asked to prepare, in collaboration with Victory organising committee, a draft federal law amending the Federal Law On Perpetuating the Victory of the Soviet people in the Great Patriotic War of 1941–1945 for consideration during the 2021 spring session.",
        due="2021-05-31 20:59:59",
        vague=False,
        said="2021-01-23 07:00:00",
        tz="Europe/Moscow",
        precision="quarter",
        cluster=4,
        source="_KREM21",
        published="2021-01-23",
    ),
    # case 69: the only time words date the war (1939-1945); unsure: no refusal word, as 'would ban' is merely undated
    B(
        text="The new legislation would ban any public equation between the roles of the Soviet Union and Nazi Germany in the Second World War (1939–1945).",
        due=None,
        vague=False,
        said="2021-01-23 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source="_KREM21",
        published="2021-01-23",
    ),
    # case 70: 'Today, the Vologda Region is ... welcoming': a present act with 'today' falls due that day (CONVENTIONS 2.1) -> 2021-05-24 20:59:59 UTC
    B(
        text="“Today, the Vologda Region is warmly welcoming activists of environmental and volunteer movements, representatives of authorities and business circles from many regions of our country, those who in their line of work or by their calling contribute to a great and responsible cause, namely the preservation of our natural wealth.",
        due="2021-05-24 20:59:59",
        vague=False,
        said="2021-05-24 07:00:00",
        tz="Europe/Moscow",
        precision="day",
        cluster=4,
        source="_KREMGREET",
        published="2021-05-24",
    ),
    # case 71: 'During the forum' of an undated forum
    B(
        text="During the forum you will get a chance to discuss current matters on the environmental agenda, take part in exciting debates and workshops, attend instructive lectures and training seminars, exchange experience in project and practical activities, and the main thing – to present to elder colleagues and your peers, your ideas and initiatives and get serious support for their implementation.",
        due=None,
        vague=False,
        said="2021-05-24 07:00:00",
        tz="Europe/Moscow",
        refusal="event",
        cluster=5,
        source="_KREMGREET",
        published="2021-05-24",
    ),
    # case 72: 'enough time' is no time
    B(
        text="And you will definitely find enough time for friendly communication, creative activities and also some sports.”",
        due=None,
        vague=False,
        said="2021-05-24 07:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source="_KREMGREET",
        published="2021-05-24",
    ),
    # case 73: '3:22 p.m. EDT Saturday, May 30' 2020 -> 2020-05-30 19:22:00 UTC
    B(
        text="NASA and SpaceX now are targeting 3:22 p.m. EDT Saturday, May 30, for the launch of the first commercially built and operated American rocket and spacecraft carrying astronauts to the space station.",
        due="2020-05-30 19:22:00",
        vague=False,
        said="2020-05-28 14:00:00",
        tz="America/New_York",
        precision="minute",
        cluster=2,
        source="_NASA",
        published="2020-05-28",
    ),
    # case 74: the attempt of May 27 'was scrubbed': past; unsure: 'negated' (called off) fits too
    B(
        text="The first launch attempt, on May 27, was scrubbed due to unfavorable weather conditions.",
        due=None,
        vague=False,
        said="2020-05-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source="_NASA",
        published="2020-05-28",
    ),
    # case 75: a clock time with no day of its own: 11 a.m. on the day of speaking, after 10:00 EDT (CONVENTIONS 6.3); page: Saturday 30 May 2020 coverage, 2020-05-30 15:00:00 UTC; unsure: coverage 'begins' may be read as only a start (3.2, earliest 2020-05-28 15:00:00 UTC) -> 2020-05-28 15:00:00 UTC
    B(
        text="Full mission coverage begins at 11 a.m., and will air live on NASA Television and the agency's website, as well as numerous other platforms.",
        due="2020-05-28 15:00:00",
        vague=False,
        said="2020-05-28 14:00:00",
        tz="America/New_York",
        precision="minute",
        cluster=2,
        source="_NASA",
        published="2020-05-28",
    ),
    # case 76: 'at 10:29 a.m. Sunday, May 31' 2020 (EDT) -> 2020-05-31 14:29:00 UTC
    B(
        text="The SpaceX Crew Dragon spacecraft will launch on a SpaceX Falcon 9 rocket from historic Launch Complex 39A at NASA's Kennedy Space Center in Florida, and is scheduled to dock to the space station at 10:29 a.m. Sunday, May 31.",
        due="2020-05-31 14:29:00",
        vague=False,
        said="2020-05-28 14:00:00",
        tz="America/New_York",
        precision="minute",
        cluster=2,
        source="_NASA",
        published="2020-05-28",
    ),
    # case 77: the end of roaming charges 'foreseen in June 2017' is a one-off to come (CONVENTIONS 3.1): end of June 2017; unsure: the sentence tells the consultation's start as done, so 'past' is defensible -> 2017-06-30 21:59:59 UTC
    B(
        text="A few days ago, the Commission’s services started a consultation on the draft measures related to the end of roaming charges foreseen in June 2017.",
        due="2017-06-30 21:59:59",
        vague=False,
        said="2016-09-09 08:00:00",
        tz="Europe/Brussels",
        precision="month",
        cluster=4,
        source="_ROAMING",
        published="2016-09-09",
    ),
    # case 78: how long a state went on ('For more than a decade ... has been working') sets no time; unsure: 'past'
    B(
        text="For more than a decade, the Commission has been working hard to reduce roaming charges imposed on European travellers.",
        due=None,
        vague=False,
        said="2016-09-09 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source="_ROAMING",
        published="2016-09-09",
    ),
    # case 79: 'since 2007 ... have decreased': done
    B(
        text="Indeed, since 2007 roaming prices have decreased by more than 90% for calls, text messages and data.",
        due=None,
        vague=False,
        said="2016-09-09 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source="_ROAMING",
        published="2016-09-09",
    ),
    # case 80: 'When ... agreed ... they asked': told done; unsure: no refusal word (no dated time word)
    B(
        text="When the European Parliament and the Council agreed to the Commission’s proposal to abolish roaming charges, they asked the Commission to define measures to prevent roaming services from being used for other reasons than periodic travelling (so-called “fair use policy”).",
        due=None,
        vague=False,
        said="2016-09-09 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source="_ROAMING",
        published="2016-09-09",
    ),
    # case 81: 'soon': vague, 60 days (CONVENTIONS 5.1): 9 September + 60 days = 8 November 2016, end of day CET -> 2016-11-08 22:59:59 UTC
    B(
        text="A new proposal will be presented soon.",
        due="2016-11-08 22:59:59",
        vague=True,
        said="2016-09-09 08:00:00",
        tz="Europe/Brussels",
        precision="month",
        cluster=4,
        source="_ROAMING",
        published="2016-09-09",
    ),
)
