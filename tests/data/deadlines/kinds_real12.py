"""A twelfth set of real phrasings, labelled by hand BEFORE the parser was run on them: the
fourth held-back check of round 6 of issue 12 (branch issue12t-s8), collected after all of
the round's rules (the eleventh set's fixes included) from pages listed nowhere else in
README.md, labelled and committed before any run, then scored once on the branch and once
on main, and left as it is (no rule was written from it). Not blind in the strict sense
(the collector is the tuner). Same conventions as `kinds_real9.py` to `kinds_real11.py`
(publisher's zone; publication at 10:00 local unless the page gives the time; a day due at
23:59:59 local; "2400 hours" is that day's 23:59:59; a range falls due at its later end;
tabled questions read as the fifth fresh set reads them; refusals `due=None`). Labels
marked "unsure" are the ones a reviewer may argue. Sources and licences: README.md
("Twelfth kinds set"). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_VCR = "https://search-prototype.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fdata.parliament.uk%2Fpimsdata%2Fhansard%2FCONTRIBUTION_317654"
_L16 = "https://search-prototype.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FLords%2F2016-04-19%2F16041943000030"
_JCSI = "https://publications.parliament.uk/pa/jt5803/jtselect/jtstatin/22/report.html"
_NEWS = "https://webtest.parliament.uk/business/news/news-by-year/2017/november/lords-discusses-scrutiny-of-regulations"
_HAKE = "https://fisherynation.com/archives/2115"
_AK = "http://www.gpo.gov/fdsys/pkg/FR-2012-02-29/html/2012-4834.htm"
_W17 = "https://www.kildarestreet.com/wrans/?id=2017-11-07a.9"
_D24 = "https://www.kildarestreet.com/debate/?id=2024-03-20a.174.r"
_W18 = "https://www.kildarestreet.com/wrans/?id=2018-10-02a.6"
L = "Europe/London"
D = "Europe/Dublin"
N = "America/New_York"

KINDS12_CASES: tuple[BlindCase, ...] = (
    # Lords, Violent Crime Reduction Bill (2006; day taken as 1 June, labels independent of
    # it): after the Act comes into force, an undated event
    B(text="All I can say at this stage is that the draft regulations will be laid before Parliament as soon as possible after the Act comes into force and that alcohol disorder zones cannot properly function without that secondary legislation.",
      due=None, vague=False, said="2006-06-01 09:00:00", tz=L, refusal="event",
      cluster=5, source=_VCR, published="2006-06-01"),
    B(text="Amendment No. 73 would compel the Secretary of State to publish regulations within one month of the Act coming into force.",
      due=None, vague=False, said="2006-06-01 09:00:00", tz=L, refusal="event",
      cluster=5, source=_VCR, published="2006-06-01"),
    # Lords, 19 April 2016: 'between now and Third Reading', an undated stage
    B(text="I very much hope that between now and Third Reading we may see those draft regulations in fulfilment of that promise.",
      due=None, vague=False, said="2016-04-19 09:00:00", tz=L, refusal="event",
      cluster=5, source=_L16, published="2016-04-19"),
    # a letter sent in the past
    B(text="I draw the Minister’s attention and that of the noble Baroness to the letter she sent to the Delegated Powers and Regulatory Reform Committee, on which I serve, on 2 February, in which she said:",
      due=None, vague=False, said="2016-04-19 09:00:00", tz=L, refusal="past",
      cluster=5, source=_L16, published="2016-04-19"),
    # JCSI report published 17 June 2022: the past
    B(text="The Regulations were made on 11 February 2021, came into force the next day and were laid before Parliament, more than a year later, on 5 April 2022.",
      due=None, vague=False, said="2022-06-17 09:00:00", tz=L, refusal="past",
      cluster=5, source=_JCSI, published="2022-06-17"),
    B(text="At its meeting on 15 June 2022 the Committee scrutinised a number of instruments in accordance with Standing Orders.",
      due=None, vague=False, said="2022-06-17 09:00:00", tz=L, refusal="past",
      cluster=5, source=_JCSI, published="2022-06-17"),
    # UK Parliament news, 7 November 2017: the past
    B(text="All three regulations came into force in June 2017.",
      due=None, vague=False, said="2017-11-07 10:00:00", tz=L, refusal="past",
      cluster=5, source=_NEWS, published="2017-11-07"),
    B(text="Members of the House of Lords discussed the government's introduction of three separate sets of regulations and a report from the Lords Secondary Legislation Scrutiny Committee on Monday 6 November.",
      due=None, vague=False, said="2017-11-07 10:00:00", tz=L, refusal="past",
      cluster=5, source=_NEWS, published="2017-11-07"),
    # NOAA bulletin (carried by Fishery Nation; December 2012, day taken as the 4th): the
    # closure lasts until 2400 hours on 31 December (EST)
    B(text="This closure will remain in effect until the end of Trimester 2, which is 2400 hours December 31.",
      due="2013-01-01 04:59:59", vague=False, said="2012-12-04 15:00:00", tz=N, day_first=False,
      precision="hour", cluster=2, source=_HAKE, published="2012-12-04"),
    # Federal Register, 29 February 2012 (NMFS Alaska): through 1200 hrs A.l.t. 1 April
    # 2012 (AKDT)
    B(text="Effective 1200 hrs, Alaska local time (A.l.t.), February 24, 2012, through 1200 hrs, A.l.t., April 1, 2012.",
      due="2012-04-01 20:00:00", vague=False, said="2012-02-29 19:00:00", tz="America/Anchorage",
      day_first=False, precision="hour", cluster=2, source=_AK, published="2012-02-29"),
    # Dáil written answer, Tuesday 7 November 2017: the next three months, 7 February 2018
    B(text="During the next three months, my Department will therefore support delivery of significant Government policy objectives including:",
      due="2018-02-07 23:59:59", vague=False, said="2017-11-07 10:00:00", tz=D,
      precision="day", cluster=1, source=_W17, published="2017-11-07"),
    # the tabled question (unsure: a question, read as the fifth fresh set reads them)
    B(text="To ask the Taoiseach his key priorities in his Department for the next three months. [43830/17]",
      due="2018-02-07 23:59:59", vague=False, said="2017-11-07 10:00:00", tz=D,
      precision="day", cluster=1, source=_W17, published="2017-11-07"),
    # Dáil, 20 March 2024: the past
    B(text="When we published the programme for Government in June 2020, we said:",
      due=None, vague=False, said="2024-03-20 10:00:00", tz=D, refusal="past",
      cluster=5, source=_D24, published="2024-03-20"),
    # Dáil written answer, 2 October 2018: the past
    B(text="The Programme for a Partnership Government was agreed in May 2016 during the formation of the Government.",
      due=None, vague=False, said="2018-10-02 09:00:00", tz=D, refusal="past",
      cluster=5, source=_W18, published="2018-10-02"),
    # a report each year; the dated one is past
    B(text="The Government publishes progress reports on the Programme for Government each year - the second of which was approved by cabinet in May 2018 and is published on my Department’s website.",
      due=None, vague=False, said="2018-10-02 09:00:00", tz=D, refusal="recurring",
      cluster=5, source=_W18, published="2018-10-02"),
)
