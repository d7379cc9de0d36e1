"""Real phrasings found for the kinds of issue 12 after the three sets were burnt, labelled
by hand BEFORE the parser was run on them.

Collected and labelled on 2026-12-01 on branch issue12t-s5, after the fixes of commit
"Deadlines: day ranges in a month ..." (so these are not blind to the rules: the rules were
written first, from the kinds), and committed before any run of the parser on them. Same
conventions as `blind_real.py` (its docstring). Sources and licences are in README.md
("Kinds set"). The first run is recorded there; never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_FDA = "https://govinfo.gov/content/pkg/FR-2024-08-15/html/2024-18263.htm"
_FDA2 = "https://regulations.justia.com/regulations/fedreg/2024/09/19/2024-21431.html"
_NOAA = "https://govinfo.gov/content/pkg/FR-2024-05-02/html/2024-09575.htm"
_FERC = "https://regulations.justia.com/regulations/fedreg/2024/09/12/2024-20542.html"
_FOOT = "https://api.parliament.uk/historic-hansard/commons/1977/jul/26/devolution"
_HAIN = "https://api.parliament.uk/historic-hansard/written-statements/2004/jul/21/i-will-write-replies"
_WA = "https://api.parliament.uk/historic-hansard/written_answers/2002/jan/14/questions-for-written-answer"
_STOWELL = "https://parallelparliament.co.uk/lord/lord-lexden/vs/baroness-stowell-of-beeston/parliament/2010"
_WS = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/lords/"
_WS2 = "http://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?page=1&max=20"
_TAYLOR = "https://www.parallelparliament.co.uk/debate/2018-04-16/lords/lords-chamber/arrangement-of-business"
_BERCOW = "https://parallelparliament.co.uk/mp/debbie-abrahams/debate/2017-11-15/commons/commons-chamber/points-of-order"

KINDS_CASES: tuple[BlindCase, ...] = (
    B(text="The meeting will be held virtually on October 7, 2024, from 9 a.m. to 2 p.m. Eastern Time.",
      due="2024-10-07 18:00:00", vague=False, said="2024-08-15 14:00:00", tz="America/New_York",
      cluster=2, source=_FDA, published="2024-08-15"),
    B(text="Approval is withdrawn as of October 21, 2024.",
      due=None, vague=False, said="2024-09-19 14:00:00", tz="America/New_York",
      refusal="earliest", earliest="2024-10-21 04:00:00", cluster=5, source=_FDA2,
      published="2024-09-19"),
    B(text="Comments and nominations must be submitted to the web address specified below and received by June 7, 2024, at 11:59 p.m.",
      due="2024-06-08 03:59:00", vague=False, said="2024-05-02 14:00:00", tz="America/New_York",
      cluster=2, source=_NOAA, published="2024-05-02"),
    B(text="Based on input received from this notice, USGCRP will develop an annotated outline, which will be released for public comment at a later date.",
      due=None, vague=False, said="2024-05-02 14:00:00", tz="America/New_York",
      refusal="event", cluster=5, source=_NOAA, published="2024-05-02"),
    B(text="Comments due: 5 p.m. Eastern Time on November 4, 2024.",
      due="2024-11-04 22:00:00", vague=False, said="2024-09-12 14:00:00", tz="America/New_York",
      cluster=2, source=_FERC, published="2024-09-12"),
    B(text="The Government will introduce two Bills next Session to provide, respectively, for devolution to Scotland and to Wales.",
      due=None, vague=False, said="1977-07-26 09:00:00", tz="Europe/London",
      refusal="event", cluster=5, source=_FOOT, published="1977-07-26"),
    B(text="I have agreed the following arrangements, which will take effect from September.",
      due=None, vague=False, said="2004-07-21 09:00:00", tz="Europe/London",
      refusal="earliest", earliest="2004-08-31 23:00:00", cluster=5, source=_HAIN,
      published="2004-07-21"),
    B(text="In my Answer of 19 December(Official Report, col WA 69), I explained that my office had commissioned a new computer database to help track and monitor performance on Answers to Written Questions tabled by noble Lords.",
      due=None, vague=False, said="2002-01-14 10:00:00", tz="Europe/London",
      refusal="past", cluster=3, source=_WA, published="2002-01-14"),
    B(text="The database should be operational shortly.",
      due="2002-03-15 23:59:59", vague=True, said="2002-01-14 10:00:00", tz="Europe/London",
      cluster=6, source=_WA, published="2002-01-14"),
    B(text="My Lords, departments aim to provide considered responses to Select Committee reports within two months of their publication, as set out in the Osmotherly rules.",
      due=None, vague=False, said="2015-01-13 10:00:00", tz="Europe/London",
      refusal="event", cluster=5, source=_STOWELL, published="2015-01-13"),
    B(text="Today, on Thursday 13 September, we are publishing a further 28 technical notices, and will publish more in the coming weeks.",
      due="2018-10-11 22:59:59", vague=True, said="2018-09-13 09:00:00", tz="Europe/London",
      cluster=3, source=_WS, published="2018-09-13"),
    B(text="As announced by the Prime Minister and Secretary of State for Exiting the European Union on 18 July 2018, the Government is publishing a series of technical notices during August and September.",
      due="2018-09-30 22:59:59", vague=False, said="2018-09-13 09:00:00", tz="Europe/London",
      cluster=3, source=_WS, published="2018-09-13"),
    B(text="On Thursday 23 August, we published 25 of these notices.",
      due=None, vague=False, said="2018-09-13 09:00:00", tz="Europe/London",
      refusal="past", cluster=3, source=_WS, published="2018-09-13"),
    B(text="I am today publishing the UK’s response to the European Commission’s draft legal text on arrangements for the implementation period, copies of which will be deposited in the libraries of both Houses.",
      due="2018-02-21 23:59:59", vague=False, said="2018-02-21 10:00:00", tz="Europe/London",
      cluster=6, source=_WS2, published="2018-02-21"),
    B(text="With the agreement of the usual channels, we have brought the debate on the national security situation, which clearly will include the Syrian operation, forward from Thursday 26 April to this Thursday, 19 April.",
      due="2018-04-19 22:59:59", vague=False, said="2018-04-16 14:08:00", tz="Europe/London",
      cluster=3, source=_TAYLOR, published="2018-04-16"),
    B(text="The business scheduled for 19 April was debates on the report of the ad hoc committee on the sustainability of the NHS and of the EU External Affairs Sub-Committee on sanctions.",
      due=None, vague=False, said="2018-04-16 14:08:00", tz="Europe/London",
      refusal="negated", cluster=3, source=_TAYLOR, published="2018-04-16"),
    B(text="The debate on the NHS will now take place as our first business on Thursday 26 April.",
      due="2018-04-26 22:59:59", vague=False, said="2018-04-16 14:08:00", tz="Europe/London",
      cluster=6, source=_TAYLOR, published="2018-04-16"),
    B(text="The debate on sanctions will now take place as our first business on Thursday 3 May.",
      due="2018-05-03 22:59:59", vague=False, said="2018-04-16 14:08:00", tz="Europe/London",
      cluster=6, source=_TAYLOR, published="2018-04-16"),
    B(text="We will take that Statement immediately after the repeated Answer to an Urgent Question on the immigration status of the Windrush generation children, which will take place at a convenient point after 4.30 pm.",
      due=None, vague=False, said="2018-04-16 14:08:00", tz="Europe/London",
      refusal="event", cluster=5, source=_TAYLOR, published="2018-04-16"),
    B(text="Secondly, my understanding is that there is a debate tomorrow in the Chamber that is being led by, or taking place under the auspices of, the Chair of the Select Committee on Work and Pensions.",
      due="2017-11-16 23:59:59", vague=False, said="2017-11-15 10:00:00", tz="Europe/London",
      cluster=6, source=_BERCOW, published="2017-11-15"),
)
