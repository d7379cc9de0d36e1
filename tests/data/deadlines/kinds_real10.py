"""A tenth set of real phrasings, labelled by hand BEFORE the parser was run on them: the
second held-back check of round 6 of issue 12 (branch issue12t-s8). The ninth set's first
run was read while the round's rules were written (README "Ninth kinds set"), so it no
longer measures anything; this set was collected after the rules, from pages listed nowhere
else in README.md, labelled and committed before any run, then scored once on the branch
and once on main. Not blind in the strict sense (the collector is the tuner). Same
conventions as `kinds_real9.py` (publisher's zone; publication at 10:00 local unless the
page gives the time; a day due at 23:59:59 local; a clock time without a zone in the
publisher's zone and its next occurrence; "o'clock" below 8 is p.m.; a schedule or a range
falls due at its later end; "without delay" 7 days; refusals `due=None`, with `earliest`
for earliest-only wording). Labels marked "unsure" are the ones a reviewer may argue.
Sources and licences: README.md ("Tenth kinds set"). Never edit these labels to fit the
parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_D25 = "https://www.oireachtas.ie/en/debates/debate/dail/1925-12-07/2/"
_D19 = "https://www.oireachtas.ie/ga/debates/debate/dail/2019-02-12/34/"
_D24 = "https://www.oireachtas.ie/ga/debates/debate/dail/1924-10-29/4/"
_NASA = "https://spacenews.com/?p=457816"
_FR12 = "http://federal.elaws.us/fr/2/10/2012/2012-3167"
_FR19 = "https://regulations.justia.com/regulations/fedreg/2019/09/25/2019-20936.html"
_FR16 = "https://thefederalregister.org/81-FR/57489"
_FR15 = "https://thefederalregister.org/80-FR/74712"
_K21 = "http://en.kremlin.ru/acts/assignments/orders/65001"
_K17 = "http://en.kremlin.ru/d/53740"
D = "Europe/Dublin"
N = "America/New_York"
M = "Europe/Moscow"

KINDS10_CASES: tuple[BlindCase, ...] = (
    # Dáil, Monday 7 December 1925: 'later than 8.30 p.m.' only says when it may end at the
    # earliest
    B(text="I move that the Dáil sit later than 8.30 p.m. in order to discharge the business on the Order Paper.",
      due=None, vague=False, said="1925-12-07 10:00:00", tz=D, refusal="earliest",
      earliest="1925-12-07 20:30:00", cluster=5, source=_D25, published="1925-12-07"),
    # Dáil, Tuesday 12 February 2019: adjourn not later than 11.15 p.m. on Wednesday 13th
    B(text="It is proposed, notwithstanding anything in Standing Orders or the Order of Business of today, that the Dáil shall sit later than 10.15 p.m. tomorrow and shall adjourn not later than 11.15 p.m.",
      due="2019-02-13 23:15:00", vague=False, said="2019-02-12 10:00:00", tz=D,
      precision="minute", cluster=2, source=_D19, published="2019-02-12"),
    # an item's length from its undated start
    B(text="the opening statement, questions and answers and the Minister's reply shall conclude within one hour and 20 minutes",
      due=None, vague=False, said="2019-02-12 10:00:00", tz=D, refusal="event",
      cluster=5, source=_D19, published="2019-02-12"),
    # Dáil, Wednesday 29 October 1924 (GMT): 7 o'clock that evening
    B(text="The adjournment will take place at 7 o'clock.",
      due="1924-10-29 19:00:00", vague=False, said="1924-10-29 10:00:00", tz=D,
      precision="hour", cluster=2, source=_D24, published="1924-10-29"),
    # 'without delay': 7 days, 5 November 1924 end of day
    B(text="I would rather like to have that Bill disposed of without delay.",
      due="1924-11-05 23:59:59", vague=True, said="1924-10-29 10:00:00", tz=D,
      precision="day", cluster=4, source=_D24, published="1924-10-29"),
    # NASA media advisory (republished; the advisory's day taken as Thursday 11 August
    # 2016, the labels hold for any day before 15 August): the later time on 19 August
    B(text="Coverage of the spacewalk will begin at 6:30 a.m. EDT Aug. 19, on NASA TV and the agency’s website, with the spacewalk scheduled to begin at 8:05 a.m.",
      due="2016-08-19 12:05:00", vague=False, said="2016-08-11 14:00:00", tz=N, day_first=False,
      precision="minute", cluster=2, source=_NASA, published="2016-08-11"),
    # a briefing at 2 p.m. Monday 15 August (EDT)
    B(text="Leading up to the spacewalk, NASA TV will air a briefing from the agency’s Johnson Space Center in Houston at 2 p.m. Monday, Aug. 15, during which station and commercial crew experts will discuss the process and significance of installing and connecting the first of two international docking adapters (IDAs) that will be used for the future arrivals of Boeing and SpaceX commercial crew spacecraft.",
      due="2016-08-15 18:00:00", vague=False, said="2016-08-11 14:00:00", tz=N, day_first=False,
      precision="hour", cluster=2, source=_NASA, published="2016-08-11"),
    # questions by 1:45 p.m. on 15 August, in the publisher's zone (EDT)
    B(text="Reporters may attend the briefing at Johnson or ask questions by calling the Johnson newsroom at 281-483-5111 no later than 1:45 p.m. Aug. 15.",
      due="2016-08-15 17:45:00", vague=False, said="2016-08-11 14:00:00", tz=N, day_first=False,
      precision="minute", cluster=1, source=_NASA, published="2016-08-11"),
    # arrived in the past
    B(text="The adapter was launched on a SpaceX Dragon cargo spacecraft and arrived at the station July 20.",
      due=None, vague=False, said="2016-08-11 14:00:00", tz=N, day_first=False, refusal="past",
      cluster=5, source=_NASA, published="2016-08-11"),
    # Wednesday 17 August
    B(text="On Wednesday, Aug. 17, ground controllers will use the Canadarm2 robotic arm, and its attached “Dextre” Special Purpose Dexterous Manipulator, to extract the IDA from the trunk of Dragon, and position it just inches away from PMA-2.",
      due="2016-08-18 03:59:59", vague=False, said="2016-08-11 14:00:00", tz=N, day_first=False,
      precision="day", cluster=3, source=_NASA, published="2016-08-11"),
    # Federal Register, 10 February 2012: the rule's effect ends 30 April 2012 (the later
    # end of the range; unsure: a period in effect rather than a pledge)
    B(text="Effective February 7, 2012, through April 30, 2012.",
      due="2012-05-01 03:59:59", vague=False, said="2012-02-10 15:00:00", tz=N, day_first=False,
      precision="day", cluster=3, source=_FR12, published="2012-02-10"),
    # comments by 12 March 2012
    B(text="Comments must be received by March 12, 2012.",
      due="2012-03-13 03:59:59", vague=False, said="2012-02-10 15:00:00", tz=N, day_first=False,
      precision="day", cluster=1, source=_FR12, published="2012-02-10"),
    # what was done in 2010: the past
    B(text="On May 1, 2010, NMFS implemented catch limits developed by the New England Fishery Management Council (Council) under Framework Adjustment (FW) 44 (75 FR 18356; April 9, 2010) for all groundfish stocks, including GOM winter flounder, for FY 2010 through 2012.",
      due=None, vague=False, said="2012-02-10 15:00:00", tz=N, day_first=False, refusal="past",
      cluster=5, source=_FR12, published="2012-02-10"),
    # Federal Register, 25 September 2019: delayed until 28 October 2019
    B(text="The effective date of the rule that published at 84 FR 44976, August 27, 2019, is delayed until October 28, 2019.",
      due="2019-10-29 03:59:59", vague=False, said="2019-09-25 14:00:00", tz=N, day_first=False,
      precision="day", cluster=3, source=_FR19, published="2019-09-25"),
    # the delay reported with only the old (past) date in the sentence
    B(text="We are, therefore, delaying the effective date of the rule published on August 27, 2019, at 84 FR 44976 (see DATES, above) to ensure a smooth transition and allow for additional coordination and training prior to the final rule becoming effective.",
      due=None, vague=False, said="2019-09-25 14:00:00", tz=N, day_first=False, refusal="past",
      cluster=5, source=_FR19, published="2019-09-25"),
    # Federal Register, 23 August 2016: the season's end, 30 June 2017 (unsure: a season
    # the measures cover, read as the fifth fresh set reads 'through the end of the
    # fishing year')
    B(text="NMFS issues this final rule to implement annual management measures and harvest specifications to establish the allowable catch levels (i.e. annual catch limit (ACL)/harvest guideline (HG)) for Pacific mackerel in the U.S. exclusive economic zone (EEZ) off the West Coast for the fishing season of July 1, 2016, through June 30, 2017.",
      due="2017-07-01 03:59:59", vague=False, said="2016-08-23 14:00:00", tz=N, day_first=False,
      precision="day", cluster=3, source=_FR16, published="2016-08-23"),
    # Federal Register, 30 November 2015: implemented in the past
    B(text="This rule extends emergency permitting and possession limit regulations for the blueline tilefish fishery in waters north of the Virginia/North Carolina border that were implemented on June 4, 2015.",
      due=None, vague=False, said="2015-11-30 15:00:00", tz=N, day_first=False, refusal="past",
      cluster=5, source=_FR15, published="2015-11-30"),
    # kremlin.ru instructions (2021; the day taken as 1 March 2021, the label holds for
    # any day of 2021): spending in 2020 is analysed, no deadline
    B(text="The Government was instructed to analyse the spending by the regions of the federal budget funds allocated for the road industry in 2020.",
      due=None, vague=False, said="2021-03-01 07:00:00", tz=M, refusal="past",
      cluster=5, source=_K21, published="2021-03-01"),
    # kremlin.ru instructions (January 2017, day taken as the 20th): a programme's name
    # with its years is no deadline
    B(text="The Government, in conjunction with the Presidium of the Council for Science and Education and the Russian Academy of Sciences, was instructed to oversee the improvement of the mechanism of forming and adjusting the fundamental scientific research priorities provided by the Long-Term Programme of Fundamental Scientific Research (2013–2020) in accordance with major challenges and priorities of the scientific and technological development provided in the Scientific and Technological Development Strategy.",
      due=None, vague=False, said="2017-01-20 07:00:00", tz=M, refusal="event",
      cluster=5, source=_K17, published="2017-01-20"),
)
