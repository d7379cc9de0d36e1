"""A SIXTIETH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), from about 03:10 by the machine's clock, by a
labelling helper (branch issue12l60-s37) that neither changed nor ran the parser, working at
the same time as another labeller (whose claims in the shared claims file were treated as
used and whose file was not opened). It read `CONVENTIONS.md` (the labelling rules, which win
over any earlier set's comment), the docstring, comments and README section of
`blind_fresh59.py`, the docstring of `blind_real.py`, and the docstring of the parser package
only (for the parts of the day, the vague windows, the seasons and "a date without a year is
its next occurrence"); nothing else of `bot/core/deadlines/` was opened. The brief asked for
at least eight publishers, none above a third of the cases, several genres, at least half of
the cases from outside the United States, and preferred parliamentary records and government
releases of Canada, Ireland, Australia, New Zealand, India and the EU over US embassy messages.
The set quotes Dáil written answers and a Dáil debate (Houses of the Oireachtas, one page as
carried by KildareStreet.com), minutes of the Senedd's Business Committee, Scottish Parliament
written answers and an Official Report of one of its committees, a New Zealand explanatory
note to secondary legislation, a European Commission Daily News item (as carried by the Cyprus
News Agency), a House of Commons written answer and Order Book, an Australian High
Commission's media release and a Defra press release (as carried by UKPOL). No Canadian or
Indian page was taken: the Canada Gazette pages found show no open licence for notices, and
the Press Information Bureau pages found were not in English.
As in the twenty-seventh set onwards, every sentence quoted holds a time word of some kind (a
date, a clock time, a day word, a period, a span, a year in a name, "now", "currently",
"still", "usually", "previous", "ongoing", "when", "while", "then", "shortly"); the sentences of
the pages read that hold none were skipped, as were titles, headings (the date headings of a
timetable too), date and status lines, labels before colons, speakers' names, bylines, site
notices, contact lines and lines cut off by the start or end of an opening. A point of a list
was taken as its own case without its bullet or sign; no word was changed (the misprint "to
sixth interim report" and the double stop of "10pm.." stay as the pages have them), and
quotation marks stay as the pages have them. The sentences were found with a search over
stored copies of public pages and taken as they came in the openings the search returns, in
page order. See README.md ("Sixtieth fresh blind set") for every address, publisher and
licence. No address listed in README.md, in a README or file under `tests/data/` (blind files
of the sixtieth set onwards and article sets from blind68 on excepted, unread) or in the
shared claims file was used: each was checked against them (the address and a distinctive
phrase of the page) and claimed (`fresh60`) in `/work/helper-brief/claims.txt` before a quote
was taken; pages already used (among them Oireachtas written answers of 23 November 2017, 30
June 2015, 1 July 2021 and 7 October 2020, KildareStreet pages of 2006, 2012, 2014 and 2024, a
Commons business statement of 19 January 2017, a Lords written statement of 5 March 2009,
Commons written statements of 10 February 2010, the written statements listings of
parliament.uk, a Scottish Parliament written answer of 10 January 2018, historic Hansard
written answers of 1961, 1989 and 27 July 1998, a Commission Daily News of 1 July 2015 and a
Wikinews story on Tunisia's 2011 election) were dropped. Each label was worked out by hand from
the words, the publication date and the publisher's zone; the conversion of local instants to
UTC wall time, the weekday checks and the day count of the vague window were done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the
project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests
touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh59.py`: the publisher's zone (UK, Scottish and Welsh
parliaments and Defra: Europe/London; the Oireachtas: Europe/Dublin; the European Commission:
Europe/Brussels; the New Zealand Parliamentary Counsel Office: Pacific/Auckland; the
Australian High Commission in New Delhi: Asia/Kolkata); the publication date at 10:00 local
(every page shows a date of its own, on the page or in its address: an answer's date, a
meeting's date, a paper's day, a release's date, a date of notification); a day falls due at
23:59:59 local (zoneinfo decides the offset); a clock time without a zone word is in the
publisher's zone on the day the page or its sentence gives; a range, a list, a schedule or a
window falls due at its later end; seasons are meteorological; "shortly" takes the parser's
documented window of 60 days; a time that the sentence hangs on an undated event or on a day
another sentence or a heading dates ("at its next meeting", "after the last item of
business", "On the second day of his visit", an item's length under a dated heading) is
`refusal='event'`, and where the page dates that event elsewhere the label is marked "unsure"
and names the instant; standing rules and schedules ("within 3 months", a levy's yearly dates,
the notes of a paper's signs, "Every year") are `refusal='recurring'`; refusals have
`due=None` and a `refusal` kind (past | event | recurring; this set holds no negated or
earliest-only case); a sentence whose time words set no time for any act (a year in the name
of an Act, regulations, a strategy or an edition, "now" or "currently" on a present state, a
question asking "when", "still", "usually", "while", a greeting) has `due=None` and no refusal
word. Labels marked "unsure" name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once,
after merging, and records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 26 case(s) removed, Senedd material (Senedd Commission terms: re-use on application only); 80 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 22 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 58 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_SP_GFN_23MAR23 = (
    "https://www.parliament.scot/chamber-and-committees/questions-and-answers?page=2348"
)
_SP_TRAVEL_8JUN23 = (
    "https://www.parlamaid-alba.scot/home/chamber-and-committees/questions-and-answers?page=2105"
)
_SP_LANDUSE_18JUN20 = "https://www.parliament.scot/chamber-and-committees/questions-and-answers/question?ref=S5W-29669"
_SP_NZET_30NOV21 = "https://www.parlamaid-alba.scot/chamber-and-committees/official-report/what-was-said-in-parliament/meeting-of-parliament-30-11-2021?meeting=13442&iob=122008"
_SEN_BC_7JUN22 = "https://business.senedd.wales/documents/g12825/Printable%20minutes%20Tuesday%2007-Jun-2022%2009.00%20Business%20Committee.htm?T=1&CT=2"
_SEN_BC_10MAR20 = "https://business.senedd.wales/documents/g6261/Printable%20minutes%20Tuesday%2010-Mar-2020%2008.30%20Business%20Committee%20-%20Fifth%20Senedd.htm?T=1&CT=2"
_SEN_BC_29MAR22 = "https://business.senedd.wales/documents/g12603/Printable%20minutes%20Tuesday%2029-Mar-2022%2009.00%20Business%20Committee.htm?T=1&CT=2"
_SEN_BC_23FEB21 = "https://business.senedd.wales/documents/g11113/Printable%20minutes%20Tuesday%2023-Feb-2021%2009.00%20Business%20Committee%20-%20Fifth%20Senedd.htm?T=1&CT=2"
_SEN_BC_14JAN20 = "https://business.senedd.wales/documents/g6222/Printable%20minutes%20Tuesday%2014-Jan-2020%2008.30%20Business%20Committee%20-%20Fifth%20Senedd.htm?T=1&CT=2"
_OIR_MBH_3NOV20 = "https://www.kildarestreet.com/wrans/?id=2020-11-03a.2670"
_OIR_LEAK_10MAY22 = "https://www.oireachtas.ie/ga/debates/question/2022-05-10/152/"
_OIR_CULTURE_7NOV23 = "https://www.oireachtas.ie/en/debates/question/2023-11-07/section/538/"
_OIR_POSTCODE_4MAR14 = "https://www.oireachtas.ie/en/debates/question/2014-03-04/section/225/"
_OIR_PQ_11JUN19 = "https://www.oireachtas.ie/en/debates/debate/dail/2019-06-11/12/"
_EC_KADIS_12MAR25 = (
    "https://www.cna.org.cy/en/press_releases/article/8130367/press-release-european-commission"
)
_NZ_AFB_9JUL20 = "https://www.legislation.govt.nz/regulation/public/2020/0155/latest/whole.html"
_HC_SPECTRUM_8FEB02 = (
    "https://api.parliament.uk/historic-hansard/written_answers/2002/feb/08/spectrum"
)
_HC_ORDERBOOK_17JAN02 = "http://www.publications.parliament.uk/pa/cm200102/cmordbk1/20117w01.htm"
_AUHC_DELHI_17JUL17 = "https://india.embassy.gov.au/ndli/pa1117.html"
_DEFRA_PGI_7APR25 = "https://www.ukpol.co.uk/author/admin/page/329"

FRESH60_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas, Dáil written answers of 3 November 2020 as carried by KildareStreet.com (only the Dáil's words are quoted; names, 'Link to this' lines, question 985 without a time word and the last sentence, cut off by the end of the opening, are not quoted; zone Europe/Dublin): a question asking 'when': no time set
    B(
        text="977. To ask the Minister for Children and Youth Affairs when the sixth interim report of the Commission of Investigation into Mother and Baby Homes will be made available to Deputies; and if he will make a statement on the matter. [33691/20]",
        due=None,
        vague=False,
        said="2020-11-03 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_MBH_3NOV20,
        published="2020-11-03",
    ),
    # the same answers: a question asking 'when' (the misprint 'to sixth' as on the page)
    B(
        text="987. To ask the Minister for Children and Youth Affairs the reason he has failed to publish to sixth interim report of the Commission of Investigation into Mother and Baby Homes; when it will be published, in view of the public comments of his predecessor; and if he will make a statement on the matter. [33859/20]",
        due=None,
        vague=False,
        said="2020-11-03 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_MBH_3NOV20,
        published="2020-11-03",
    ),
    # the same answer: 'was submitted ... in January 2020'
    B(
        text="The Sixth Interim Report from the Commission of Investigation into Mother and Baby Homes was submitted to the then Minister for Children and Youth Affairs in January 2020.",
        due=None,
        vague=False,
        said="2020-11-03 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_MBH_3NOV20,
        published="2020-11-03",
    ),
    # the same answer: a request told as done; 'timeframe' undated
    B(
        text="In the report, the Commission sought an extension to the timeframe for completing its work.",
        due=None,
        vague=False,
        said="2020-11-03 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_MBH_3NOV20,
        published="2020-11-03",
    ),
    # the same answer: an extension 'until June 2020', approved and run out before the answer
    B(
        text="This request was brought before Government at the relevant time and an extension was approved until June 2020.",
        due=None,
        vague=False,
        said="2020-11-03 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_MBH_3NOV20,
        published="2020-11-03",
    ),
    # the same answer: an extension to 30 October 2020, four days before the answer
    B(
        text="A request for a further extension was subsequently approved by Government to 30 October 2020.",
        due=None,
        vague=False,
        said="2020-11-03 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_MBH_3NOV20,
        published="2020-11-03",
    ),
    # Houses of the Oireachtas, Dáil written answer of 10 May 2022 (Question 152, to the Taoiseach; the Irish-language interface words, heading and name lines are not quoted; zone Europe/Dublin): the only date, 10 January 2021, is gone; the rest asks 'when': past
    B(
        text="152. Deputy Catherine Connolly asked the Taoiseach the status of the investigation into the leak of the report of the Mother and Baby Homes Commission of Investigation which was reported on in an article which appeared in a national newspaper on 10 January 2021; the structure of the examination; the terms of reference of the examination; when it commenced; when it is expected to be concluded; the position of the person overseeing the investigation; the number of hours spent on the investigation to date. [22691/22]",
        due=None,
        vague=False,
        said="2022-05-10 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_LEAK_10MAY22,
        published="2022-05-10",
    ),
    # the same answer: 'Prior to', told as done
    B(
        text="Prior to the consideration by the Government of the Final Report of the Commission of Investigation on Mother and Baby Homes, certain information relating to matters in the report was disclosed in a newspaper report.",
        due=None,
        vague=False,
        said="2022-05-10 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_LEAK_10MAY22,
        published="2022-05-10",
    ),
    # the same answer: 'ongoing' on a present state
    B(
        text="The investigation is being undertaken by a senior official in my Department and the process is ongoing.",
        due=None,
        vague=False,
        said="2022-05-10 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_LEAK_10MAY22,
        published="2022-05-10",
    ),
    # the same answer: 'at present' and 'when it may be concluded' set no time
    B(
        text="I am not in a position at present to tell the Deputy when it may be concluded.",
        due=None,
        vague=False,
        said="2022-05-10 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_LEAK_10MAY22,
        published="2022-05-10",
    ),
    # Houses of the Oireachtas, Dáil written answers of 7 November 2023 (Questions 586 and 590; the table's cells, the headings, names and the last sentence, cut off by the end of the opening, are not quoted; zone Europe/Dublin): a question, no undertaking; unsure: 31 December 2024, end of day GMT (amounts that 'will be provided ... in 2024')
    B(
        text="586. Deputy Darren O'Rourke asked the Minister for Tourism, Culture, Arts, Gaeltacht, Sport and Media the amount of funding her Department provided to each national cultural institution in 2023; and the amount that will be provided to each in 2024, in tabular form. [48340/23]",
        due=None,
        vague=False,
        said="2023-11-07 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_CULTURE_7NOV23,
        published="2023-11-07",
    ),
    # the same answer: 'to be published later this year' (2024 names the year budgeted): 31 December 2023, end of day GMT
    B(
        text="The detailed breakout of each of my Department's programme areas and subheads for 2024 will be made available as part of the Revised Estimates Volume, to be published later this year.",
        due="2023-12-31 23:59:59",
        vague=False,
        said="2023-11-07 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIR_CULTURE_7NOV23,
        published="2023-11-07",
    ),
    # the same answers: 'during winter months' in a question, no time set
    B(
        text="590. Deputy Catherine Murphy asked the Minister for Tourism, Culture, Arts, Gaeltacht, Sport and Media the steps being taken by Tourism Ireland to promote tourism here during winter months. [48762/23]",
        due=None,
        vague=False,
        said="2023-11-07 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_CULTURE_7NOV23,
        published="2023-11-07",
    ),
    # Houses of the Oireachtas, Dáil written answers of 4 March 2014 (Questions 239 and 240; headings, names and 'View answer' lines are not quoted; zone Europe/Dublin): dates and acts gone (18 February 2014, 2012): past
    B(
        text="239. Deputy Pearse Doherty asked the Minister for Communications, Energy and Natural Resources further to Parliamentary Question No. 472 of 18 February 2014, when he stated his Department received correspondence from the European Commission during 2012 in relation to the procurement process for the National Postcode System, if he will state categorically whether the EU found breaches or not in the procurement process; if this is the case the way he plans to remedy them; if he was aware of them when he awarded the procurement contract; if he was aware an investigation was ongoing when he awarded the contract. [10769/14]",
        due=None,
        vague=False,
        said="2014-03-04 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_POSTCODE_4MAR14,
        published="2014-03-04",
    ),
    # the same answer: 'during 2012'
    B(
        text="My Department received correspondence from the EU Commission during 2012 in relation to the procurement process for the National Postcode System.",
        due=None,
        vague=False,
        said="2014-03-04 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_POSTCODE_4MAR14,
        published="2014-03-04",
    ),
    # the same answer: 'in November 2013'
    B(
        text="The case was fully examined by the EU Commission which informed the Department in November 2013 that the matter had been closed by it as no breaches of the procurement framework were found.",
        due=None,
        vague=False,
        said="2014-03-04 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_POSTCODE_4MAR14,
        published="2014-03-04",
    ),
    # the same answer: 'on the 8th October 2013'
    B(
        text="The correspondence was still open when the award of the contract was announced on the 8th October 2013.",
        due=None,
        vague=False,
        said="2014-03-04 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_POSTCODE_4MAR14,
        published="2014-03-04",
    ),
    # the same answer: 'in 2008'
    B(
        text="The case was investigated under the EU Pilot project that was introduced by the Commission with a number of volunteer Member States in 2008 with the aim of improving the cooperation between Member States and the Commission on issues concerning the conformity of national law with EU law or the correct application of EU law.",
        due=None,
        vague=False,
        said="2014-03-04 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_POSTCODE_4MAR14,
        published="2014-03-04",
    ),
    # the same page: years 2003 to 2013, gone, in a question: past
    B(
        text="240. Deputy Pádraig Mac Lochlainn asked the Minister for Communications, Energy and Natural Resources if he will list for each of the years 2003 to 2013, inclusive, the full titles of all of the research carried out by or on behalf of Inland Fisheries Ireland or its predecessors; and if he will make a statement on the matter. [10833/14]",
        due=None,
        vague=False,
        said="2014-03-04 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_POSTCODE_4MAR14,
        published="2014-03-04",
    ),
    # Houses of the Oireachtas, Dáil Éireann debate of 11 June 2019 (dated by its address), Priority Questions (speakers' names, headings and sentences without a time word are not quoted, nor the last sentence, cut off by the end of the opening; zone Europe/Dublin): 'time allocations' set no time
    B(
        text="Could the Leas-Cheann Comhairle explain the time allocations for us?",
        due=None,
        vague=False,
        said="2019-06-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_PQ_11JUN19,
        published="2019-06-11",
    ),
    # the same debate: 'usually', a practice, no time set
    B(
        text="Priority questions are not usually grouped.",
        due=None,
        vague=False,
        said="2019-06-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_PQ_11JUN19,
        published="2019-06-11",
    ),
    # the same debate: 'long-standing', no time set
    B(
        text="That is a long-standing practice.",
        due=None,
        vague=False,
        said="2019-06-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_PQ_11JUN19,
        published="2019-06-11",
    ),
    # the same debate: 'the next round', 'still' in a question, no time set
    B(
        text="35. Deputy Darragh O'Brien asked the Minister for Housing, Planning and Local Government the status of the next round of funding for the Rebuilding Ireland home loan scheme; if each local authority is still issuing loans; and if he will make a statement on the matter. [24050/19]",
        due=None,
        vague=False,
        said="2019-06-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_PQ_11JUN19,
        published="2019-06-11",
    ),
    # the same debate: a question; 'to be delivered in 2019 and 2020' names the projects asked about; unsure: 31 December 2020, end of day GMT (the projects' delivery)
    B(
        text="36. Deputy Eoin Ó Broin asked the Minister for Housing, Planning and Local Government the price range for affordable housing projects to be delivered under the serviced sites fund with respect to the various initiatives on affordable housing; the rents to be charged on the cost rental projects to be delivered in 2019 and 2020; and when a second tranche of funding will be provided to local authorities for the Rebuilding Ireland home loan scheme. [24274/19]",
        due=None,
        vague=False,
        said="2019-06-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_PQ_11JUN19,
        published="2019-06-11",
    ),
    # the same debate: 'the timeframe' asked for, no time set
    B(
        text="37. Deputy Darragh O'Brien asked the Minister for Housing, Planning and Local Government the status of the cost rental pilot project scheme; the timeframe for completion; and if he will make a statement on the matter. [24051/19]",
        due=None,
        vague=False,
        said="2019-06-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_PQ_11JUN19,
        published="2019-06-11",
    ),
    # the same debate: 'Six weeks ago'
    B(
        text="Six weeks ago I asked a question about the position in respect of the Rebuilding Ireland affordable home loan.",
        due=None,
        vague=False,
        said="2019-06-11 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR_PQ_11JUN19,
        published="2019-06-11",
    ),
    # the same debate: 'the next round' in a question
    B(
        text="What is the status of the next round of funding for that home loan measure?",
        due=None,
        vague=False,
        said="2019-06-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_PQ_11JUN19,
        published="2019-06-11",
    ),
    # the same debate: 'still' in a question
    B(
        text="Is each and every local authority still issuing loans?",
        due=None,
        vague=False,
        said="2019-06-11 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR_PQ_11JUN19,
        published="2019-06-11",
    ),
    # European Commission, Daily News of 12 March 2025 (Brussels), as carried by the Cyprus News Agency (only the Commission's words are quoted; the heading, dateline, contact line, sentences without a time word and the last sentence, cut off by the end of the opening, are not quoted; zone Europe/Brussels): a visit 'from March 13 to 15' falls due at the range's later end (CONVENTIONS 6.1): 15 March 2025, end of day CET; unsure: 14 March 2025 ('two-day' from tomorrow)
    B(
        text="Starting tomorrow, Commissioner Costas Kadis will begin a two-day official visit to Italy, from March 13 to 15.",
        due="2025-03-15 22:59:59",
        vague=False,
        said="2025-03-12 09:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EC_KADIS_12MAR25,
        published="2025-03-12",
    ),
    # the same item: 'the adoption of the Ocean Pact in June': 30 June 2025, end of day CEST; unsure: no deadline (the adoption is named as the visit's context)
    B(
        text="This visit is part of the Commission's efforts to engage with coastal communities and stakeholders ahead of the adoption of the Ocean Pact in June, highlighting the importance of this flagship initiative.",
        due="2025-06-30 21:59:59",
        vague=False,
        said="2025-03-12 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC_KADIS_12MAR25,
        published="2025-03-12",
    ),
    # the same item: after a conference the sentence does not date: event; unsure: 13 March 2025, end of day CET (the visit's first day, dated above)
    B(
        text="Following this conference, Commissioner Kadis will hold a press briefing with Minister Lollobrigida.",
        due=None,
        vague=False,
        said="2025-03-12 09:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EC_KADIS_12MAR25,
        published="2025-03-12",
    ),
    # the same item: 'The day', the first day of the visit dated by another sentence: event; unsure: 13 March 2025, end of day CET
    B(
        text="The day will conclude with a meeting on the aquaculture sector, hosted by the Mayor of Ascoli and the President of the Marche Region, Francesco Acquaroli.",
        due=None,
        vague=False,
        said="2025-03-12 09:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EC_KADIS_12MAR25,
        published="2025-03-12",
    ),
    # the same item: 'On the second day of his visit': event; unsure: 14 March 2025, end of day CET
    B(
        text="On the second day of his visit, Commissioner Kadis will travel with Minister Lollobrigida to San Benedetto del Tronto, where he will be welcomed by local authorities at the Coast Guard Port Authority.",
        due=None,
        vague=False,
        said="2025-03-12 09:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EC_KADIS_12MAR25,
        published="2025-03-12",
    ),
    # the same item: 'then', after the sentence before: event; unsure: 14 March 2025, end of day CET
    B(
        text="He will then visit the Polytechnic University of Marche.",
        due=None,
        vague=False,
        said="2025-03-12 09:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EC_KADIS_12MAR25,
        published="2025-03-12",
    ),
    # the same Daily News, the next item: 'published', told as done (2024 names the edition)
    B(
        text="The Commission published the 2024 edition of the General Report on the activities of the EU.",
        due=None,
        vague=False,
        said="2025-03-12 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_KADIS_12MAR25,
        published="2025-03-12",
    ),
    # New Zealand Parliamentary Counsel Office, New Zealand Legislation, the explanatory note of LI 2020/155, an order amending the order on the beekeepers' American foulbrood levy (as the note says), whose 'Date of notification in Gazette: 9 July 2020' is the page's date (the note's first sentence without a time word, the date and administering lines are not quoted; zone Pacific/Auckland): steps due before each levy year: recurring
    B(
        text="The effect of correcting the errors is that the management agency must, when fixing and charging a levy for a levy year, do the following things before the levy year starts on 1 June:",
        due=None,
        vague=False,
        said="2020-07-08 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_NZ_AFB_9JUL20,
        published="2020-07-09",
    ),
    # the same note, a point of its list: before 20 January of each levy year: recurring
    B(
        text="fix and notify the rate of levy after the consultation, but before 20 January (see clauses 10 and 12 of the principal order); and",
        due=None,
        vague=False,
        said="2020-07-08 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_NZ_AFB_9JUL20,
        published="2020-07-09",
    ),
    # the same list: 31 March of each year: recurring
    B(
        text="calculate the levy on the basis of the number of bee colonies owned by a beekeeper on 31 March (see clause 7 of the principal order); and",
        due=None,
        vague=False,
        said="2020-07-08 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_NZ_AFB_9JUL20,
        published="2020-07-09",
    ),
    # the same list: at least 28 days before each 1 June: recurring
    B(
        text="send an account for the levy to each beekeeper at least 28 days before 1 June (see clause 13 of the principal order).",
        due=None,
        vague=False,
        said="2020-07-08 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_NZ_AFB_9JUL20,
        published="2020-07-09",
    ),
    # the same note: 'on or before 1 June' of each levy year: recurring
    B(
        text="The beekeepers must then pay the levy on or before 1 June (see clause 13 of the principal order).",
        due=None,
        vague=False,
        said="2020-07-08 22:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_NZ_AFB_9JUL20,
        published="2020-07-09",
    ),
    # the same note: dates gone, told as done
    B(
        text="An effect of the previous amendment order was that the levy calculated on the basis of the number of bee colonies owned by a beekeeper on 31 March 2020 was said to be for the levy year that started on 1 June 2019 and ended on 31 May 2020.",
        due=None,
        vague=False,
        said="2020-07-08 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_AFB_9JUL20,
        published="2020-07-09",
    ),
    # the same note: the span of a levy year, no act due at its end; unsure: 31 May 2021, end of day NZST (the year's end, CONVENTIONS 3.3)
    B(
        text="This levy, however, should be for the levy year that started on 1 June 2020 and ends on 31 May 2021.",
        due=None,
        vague=False,
        said="2020-07-08 22:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_NZ_AFB_9JUL20,
        published="2020-07-09",
    ),
    # the same note: a year in an Act's name
    B(
        text="This order is a confirmable instrument under section 47B of the Legislation Act 2012.",
        due=None,
        vague=False,
        said="2020-07-08 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_AFB_9JUL20,
        published="2020-07-09",
    ),
    # the same note: a one-off event at its time, 'at the close of 31 December 2021' (CONVENTIONS 3.1): end of day NZDT; unsure: event (it happens only unless an Act confirms the order first)
    B(
        text="It is revoked at the close of 31 December 2021 unless earlier confirmed by an Act of Parliament.",
        due="2021-12-31 10:59:59",
        vague=False,
        said="2020-07-08 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_NZ_AFB_9JUL20,
        published="2020-07-09",
    ),
    # the same note: 'That stated time' points to the time of the sentence before: event; unsure: 31 December 2021, end of day NZDT
    B(
        text="That stated time is the applicable deadline under section 47C(1)(b) of that Act.",
        due=None,
        vague=False,
        said="2020-07-08 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_NZ_AFB_9JUL20,
        published="2020-07-09",
    ),
    # the same page: a year in an Act's name
    B(
        text="Issued under the authority of the Legislation Act 2012.",
        due=None,
        vague=False,
        said="2020-07-08 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_AFB_9JUL20,
        published="2020-07-09",
    ),
    # UK Parliament, House of Commons written answer of 8 February 2002 (HC Deb vol 379 c1195W, Mr. Alexander to Mr. Yeo; the question without a time word and the names are not quoted; zone Europe/London): a holding answer's date and 'have just received': past
    B(
        text="[holding answer 4 February 2002]: My right hon. Friends the Chancellor of the Exchequer and my right hon. Friend the Secretary of State for Trade and Industry have just received the report.",
        due=None,
        vague=False,
        said="2002-02-08 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_SPECTRUM_8FEB02,
        published="2002-02-08",
    ),
    # the same answer: 'shortly', an undertaking: vague, 60 days (CONVENTIONS 5.1): 9 April 2002, end of day BST
    B(
        text="We will make a further announcement shortly.",
        due="2002-04-09 22:59:59",
        vague=True,
        said="2002-02-08 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_SPECTRUM_8FEB02,
        published="2002-02-08",
    ),
    # UK Parliament, House of Commons, The Order Book, Part 1: Written Questions for Answer on Thursday 17 January 2002 (dated by its title and address; the title, the heading 'THURSDAY 17th JANUARY', members' names, questions without a time word and the fourth question, cut off by the end of the opening, are not quoted; zone Europe/London): questions 'for answer on Thursday 17 January', the paper's day: 17 January 2002, end of day GMT
    B(
        text="Here you can browse the Written Questions for answer on Thursday 17 January, of which previous notice has been given in the Notices of Questions paper.",
        due="2002-01-17 23:59:59",
        vague=False,
        said="2002-01-17 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_ORDERBOOK_17JAN02,
        published="2002-01-17",
    ),
    # the same paper, a note on its signs (the sign '+' not quoted): a standing explanation for any day: recurring; unsure: no refusal word ('that day' of each question, no time set)
    B(
        text="Indicates a Question not included in the random selection process but accepted because the quota for that day had not been filled.",
        due=None,
        vague=False,
        said="2002-01-17 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HC_ORDERBOOK_17JAN02,
        published="2002-01-17",
    ),
    # the same notes (the sign '[N]' not quoted): a standing explanation: recurring
    B(
        text="Indicates a Question for Written Answer on a named day, i.e. the Member has indicated under S.O. No. 22(4) the day on which he wishes the Question to be answered.",
        due=None,
        vague=False,
        said="2002-01-17 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HC_ORDERBOOK_17JAN02,
        published="2002-01-17",
    ),
    # the same paper, question 3 (the member's name before the colon not quoted): 'since August 2001': past
    B(
        text="To ask the Minister for the Cabinet Office, how many regulatory impact assessments have been produced by his Department since August 2001; and if he will list those produced (a) following initial consultation with affected parties about the most appropriate methodology for assessing costs and other impacts and (b) which set out full commercial impacts, including profitability, employment, consumer prices and competitiveness, as recommended in Good Policy Making.",
        due=None,
        vague=False,
        said="2002-01-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_ORDERBOOK_17JAN02,
        published="2002-01-17",
    ),
    # Australian Government, Department of Foreign Affairs and Trade, Australian High Commission New Delhi, media release PA/11/17 of 17 July 2017 (the release line, title, sentences without a time word and the link and follow lines are not quoted; zone Asia/Kolkata): a visit 'from 18-19 July 2017' falls due at its later end: 19 July 2017, end of day IST
    B(
        text="Australia’s Minister for Foreign Affairs, the Hon Julie Bishop MP, will visit New Delhi from 18-19 July 2017.",
        due="2017-07-19 18:29:59",
        vague=False,
        said="2017-07-17 04:30:00",
        tz="Asia/Kolkata",
        cluster=3,
        source=_AUHC_DELHI_17JUL17,
        published="2017-07-17",
    ),
    # the same release: the only time, 'earlier this year', is the past meeting's: past; unsure: event (the call falls in the visit dated by the sentence before: 19 July 2017, end of day IST)
    B(
        text="The Minister will call on Prime Minister Narendra Modi to follow up on the very successful meeting with Prime Minister Turnbull earlier this year.",
        due=None,
        vague=False,
        said="2017-07-17 04:30:00",
        tz="Asia/Kolkata",
        refusal="past",
        cluster=5,
        source=_AUHC_DELHI_17JUL17,
        published="2017-07-17",
    ),
    # UK Government, Department for Environment, Food and Rural Affairs, press release of 7 April 2025 on protected Welsh food and drink names, as carried by UKPOL (only the release's words are quoted; the carrier's title and 'issued by' lines, sentences without a time word, the speaker's line and the last sentence, cut off by the end of the opening, are not quoted; zone Europe/London): 'dates back centuries': past
    B(
        text="Welsh culinary tradition dates back centuries, with its food and drink deeply rooted in the nation’s landscape, culture, and history.",
        due=None,
        vague=False,
        said="2025-04-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA_PGI_7APR25,
        published="2025-04-07",
    ),
    # the same release: 'have long crafted': past
    B(
        text="From nutrient-rich waters producing exceptional seafood to vibrant heather moorlands ideal for honey production, Welsh producers have long crafted distinctive products shaped by local environments and passed-down expertise.",
        due=None,
        vague=False,
        said="2025-04-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA_PGI_7APR25,
        published="2025-04-07",
    ),
    # the same release: 'while', no time set
    B(
        text="This recognition gives producers a valuable market advantage while preserving traditional production methods, protecting and championing local products while creating economic opportunity across all parts of the UK under the Government’s Plan for Change.",
        due=None,
        vague=False,
        said="2025-04-07 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DEFRA_PGI_7APR25,
        published="2025-04-07",
    ),
    # the same release, the minister's words: 'for generations to come', no time set
    B(
        text="By giving these products unique status, we’re helping local businesses grow while ensuring consumers can enjoy authentic regional specialities for generations to come.",
        due=None,
        vague=False,
        said="2025-04-07 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DEFRA_PGI_7APR25,
        published="2025-04-07",
    ),
)
