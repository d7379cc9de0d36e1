"""A HUNDRED-AND-THIRTIETH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC), between about 02:31 and 03:00 by the machine's clock, by a
labelling helper (branch issue12l130-s52) that neither changed, imported nor ran the parser, working at
the same time as the other labellers of stop 52 (fresh131 to fresh133), whose claims in the shared claims
file were treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md`
in full, the docstring, comments, some cases and the README section of `blind_fresh129.py`, the top
docstring of the parser package only (the vague windows, fiscal years ending 31 March in GB, "before"
and "after" periods, meteorological seasons, refusal kinds) and the docstring of `fresh_check.py`;
nothing else of `bot/core/deadlines/` was opened. The brief asked for the Welsh Government, Northern
Ireland departments and the NI Executive, the Senedd and the Scottish Parliament, UK Hansard written
statements and answers, and UK arm's-length bodies not used at stop 51 (Ofgem, Ofsted, the Food
Standards Agency, the Charity Commission, the DVSA, HM Land Registry); at most a quarter from the United
States; at least eight publishers, none above a fifth; about 90 cases (at least 70) by 03:15 UTC.

The set quotes the Welsh Government (a childcare release of 16 February 2023 carried whole by
wired-gov.net, and its end-of-term open government self-assessment for 2019 to 2021 on gov.wales), the
Northern Ireland Statistics and Research Agency (NISRA, an agency of the NI Department of Finance: a
statistics announcement on GOV.UK of December 2020 and a news item of 23 March 2020 on nisra.gov.uk), HM
Land Registry (Notices 16, 13 and 19 under the Land Registration Rules on GOV.UK), the Charity Commission
(its "Statements on live cases" collection and guidance CC46 on GOV.UK), Ofsted (two pre-election
notices of 2019, one on GOV.UK and one carried whole by government-world.com), the UK Parliament
(Commons written statements of 1 March 2013, 26 June 2014 and 16 November 2017 and a written question
and answer of November 2023, carried from Hansard by parallelparliament.co.uk), the Scottish Parliament (the Official
Report of the Public Petitions Committee, 16 December 2008) and the National Park Service (a Grand Teton
release of May 2018 carried whole by wyo4news.com). 82 cases from 8 publishers (the Welsh Government 16
(19.5%); the UK Parliament 16 (19.5%); NISRA 12 (14.6%); the National Park Service 10; HM Land Registry
9; the Charity Commission 7; Ofsted 7; the Scottish Parliament 5). 10 of the 82 (12.2%) are from the
United States; 72 are not. The NI departments' own sites, the Senedd, Ofgem, the Food Standards Agency and the
DVSA could not be used: their pages in the store were used already, or no licence statement of their
own was found in the store (the Senedd's, the Food Standards Agency's, the NI Department of Finance's and
the NI Direct consultation hub's; Ofgem's pages found were used); see README.md.

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, a season, a
financial year, a span, "every", "each", "usually", "whenever", "then", "subsequently", "before",
"after", "until", "during", "now", "current", "currently", "already", "never", "long-standing",
"long-term", "last-minute", "from time to time", "at the same time", "up to date"); the sentences of the
openings read that hold none were skipped, as were titles, headings, date lines, captions, navigation,
contact lines, sentences cut off by the end of an opening and the words of the carrying sites
(wyo4news.com's dateline "MOOSE, WY-", wired-gov.net's date line). List items were taken as they stand,
without a full stop where the page has none, and paragraph numbers ("2.(a)", "1.") before a sentence
were left out; curly and straight quotation marks and an unclosed bracket stay as the pages have them.
The sentences were found with a search over stored copies of public pages and taken as they came in the
openings the search returns, in page order. Left out: a third sentence of the NISRA announcement (a
clock time with no day, "at 4pm", read by CONVENTIONS 6.3 from a moment of publication the page does not
give) and three sentences of a NISRA consultation page on consultations.nidirect.gov.uk (no licence
statement of the hub found); no publisher went over a fifth, so none was cut. See README.md ("Hundred-and-thirtieth fresh blind set") for every address, publisher and
licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh130`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped (README.md lists some). Every sentence was then checked whole with the same tool: none was
found used. Each label was worked out by hand from the words, the publication date and the publisher's
zone (Europe/London for the British and Northern Irish bodies, America/Denver for Grand Teton); the
conversion of local instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo
and datetime in a scratch script outside the repository, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the
labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh129.py`: the publication date at 10:00 local time unless the page gives an hour; where a page
carries no date in its opening, the one its words or other facts give (the Welsh self-assessment, the
NISRA announcement and the Grand Teton release; each page's first comment says which and why, and for
the first two no label depends on the day chosen); a day falls due at 23:59:59 local; a financial year
"2023-24" of a UK government ends on 31 March (marked unsure against the calendar-year reading, which no
rule settles); "the coming years" is the vague window of 3 years and "coming weeks" of 4 weeks
(CONVENTIONS 5.1); a season is meteorological (fall 2018 ends on 30 November); nights named by days fall
due at the end of the day the last night begins when the sentence gives no closing hour (CONVENTIONS
6.4); a launch moved to a month falls due at its end (CONVENTIONS 4.1); "after <date>" and "available
beginning" give only a start, earliest (CONVENTIONS 3.2); done acts are past (CONVENTIONS 2.4), as is a
start years before the page ("on and after 3 November 2019" read in 2023); standing practices ("every 2
years", "each month", "usually ... whenever", "each night", daily hours, "for up to 3 years after they
are first published") are recurring, times hung on an undated event ("during the pre-election period",
"until after the election", "as developments unfold", "subsequently", "on that date" given only by the
sentence before) event (CONVENTIONS 1.3, 6.3); refusals have `due=None` and a `refusal` kind; a sentence
whose time words set no time for any act has `due=None` and no refusal word (24 such). Clusters as in
`blind_fresh129.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day,
periods and windows, 5 refusals, 6 plain days and dates. 45 labels are refusals (past 17, recurring 14,
event 11, earliest 3), 2 are vague; 13 labels carry a due instant; 22 are marked "unsure" and name the
other reading; like every label here they stay as committed, whatever the first run shows. First run:
not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit these
labels to fit the parser.

Removed by the lead before the first run (stop 52): 21 cases of 2 publishers, decided on the licence
alone, before any run: the Welsh Government's 16 (6 of the childcare release carried by wired-gov.net,
10 of the self-assessment on gov.wales), as no licence statement of gov.wales itself is in the store and
the WEFO statement covers its own site only (README.md, "Licence audit of stop 50 (Oireachtas, NI
Assembly, Welsh Government, Scottish Parliament, Council of the EU)": unclear, not used); and the
Scottish Parliament's 5, whose Copyright Licence forbids use in connection with party-political purposes
or advertising endorsement (the same audit: not open). The lead's brief had wrongly listed both. 61
cases remain. The counts above predate the removal; the set now holds 6 publishers (the UK Parliament 16
(26.2%), NISRA 12 (19.7%), the National Park Service 10 (16.4%), HM Land Registry 9 (14.8%), the Charity
Commission 7 (11.5%), Ofsted 7 (11.5%)), so it falls short of the brief's eight publishers, none above a
fifth, and of its 70 cases; 10 of the 61 (16.4%) are from the United States, 51 are not. Of the 61
labels, 34 are refusals (recurring 12, event 10, past 9, earliest 3), 2 are vague, 8 carry a due
instant, 19 have due None and no refusal word, and 15 are marked "unsure"; clusters 1: 19, 2: 1, 3: 2,
4: 4, 5: 34, 6: 1. No label of a kept case was changed.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HMLR16 = "https://www.gov.uk/government/publications/land-registration-act-2002-schedule-2/notice-16-hm-land-registry-portal-information-services"
_HMLR13 = "https://www.gov.uk/government/publications/land-registration-act-2002-schedule-2/notice-13-hm-land-registry-network-services-electronic-documents"
_HMLR19 = "https://gov.uk/government/publications/land-registration-act-2002-schedule-2/notice-19-electronic-document-registration-service-through-business-gateway"
_CCLIVE = "https://gov.uk/government/collections/statements-on-live-cases-charity-commission"
_CC46 = "https://www.gov.uk/government/publications/statutory-inquiries-into-charities-guidance-for-charities-cc46/statutory-inquiries-into-charities-guidance-for-charities"
_NISRADEATHS = "https://www.gov.uk/government/statistics/announcements/deaths-registered-in-northern-ireland-week-ending-18th-december-2020"
_NISRACOVID = "https://www.nisra.gov.uk/news/covid-19-and-production-statistics"
_OFSTEDAPR = (
    "https://gov.uk/government/news/ofsted-reports-during-local-elections-pre-election-silence"
)
_OFSTEDNOV = (
    "http://government-world.com/ofsted-publications-during-pre-election-period/?print=print"
)
_HCWS13 = "https://parallelparliament.co.uk/debate/2013-03-01/commons/written-statements"
_HCWS14 = "https://parallelparliament.co.uk/debate/2014-06-26/commons/written-statements"
_HCWS17 = "https://parallelparliament.co.uk/debate/2017-11-16/commons/written-statements/general-affairs-council"
_PQWCA = "https://parallelparliament.co.uk/writtenanswers/search?search_term=Period+Equality&order_field=datenew&document_type=writtenanswers&page=2"
_NPSGT = "http://wyo4news.com/news/gros-ventre-road-to-be-closed-for-up-to-five-nights/"

FRESH130_CASES: tuple[BlindCase, ...] = (
    # HM Land Registry (GOV.UK, OGL v3.0), 'Notice 16: HM Land Registry Portal Information Services (effective 3 November 2019)', 'Updated 16 November 2023' (the page's date line; said 10:00 GMT); zone Europe/London. A definition; 'from time to time' sets no time: due None, no refusal word
    B(
        text="(a) “the Rules” means the Land Registration Rules 2003 (SI 2003/1417), as amended from time to time, and a reference to a rule by number is to the rule so numbered in the Rules,",
        due=None,
        vague=False,
        said="2023-11-16 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMLR16,
        published="2023-11-16",
    ),
    # the same notice (paragraph 2(a), its number left out): a start four years before the moment of the page: past (parser docstring: a result more than a day before the reference is no deadline)
    B(
        text="This Notice shall be current for the purposes of Schedule 2 to the Rules on and after 3 November 2019.",
        due=None,
        vague=False,
        said="2023-11-16 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMLR16,
        published="2023-11-16",
    ),
    # the same notice: 'that date' is given only by the sentence before, which the case does not hold (CONVENTIONS 6.3), and 16 September 2019 names the old notice: event. unsure: read with the page (3 November 2019), the replacing is done, 'past' (CONVENTIONS 2.4)
    B(
        text="On that date this Notice and Notice 17: HM Land Registry Business Gateway Information Services, replace Notice 16 of 16 September 2019: HM Land Registry Portal and Business Gateway – Information services.",
        due=None,
        vague=False,
        said="2023-11-16 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HMLR16,
        published="2023-11-16",
    ),
    # the same notice, a list item of paragraph 6 ('Applications may only be made between:'): daily hours: recurring (CONVENTIONS 1.3)
    B(
        text="(a) 0630 hours and 2300 hours every day.",
        due=None,
        vague=False,
        said="2023-11-16 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMLR16,
        published="2023-11-16",
    ),
    # the same notice: a monthly allowance with no start: recurring (CONVENTIONS 1.3)
    B(
        text="(b) The service may not be available for up to 15 hours each month due to essential maintenance, improvement and testing work.",
        due=None,
        vague=False,
        said="2023-11-16 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMLR16,
        published="2023-11-16",
    ),
    # HM Land Registry (GOV.UK, OGL v3.0), 'Notice 13: HM Land Registry Network Services - Electronic Documents (effective 30 October 2018)', 'Updated 16 November 2023' (said 10:00 GMT); zone Europe/London. A definition: due None, no refusal word
    B(
        text="(a) expressions used have, unless the contrary intention appears, the meaning which they bear in the Land Registration Rules 2003, as amended from time to time,",
        due=None,
        vague=False,
        said="2023-11-16 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMLR13,
        published="2023-11-16",
    ),
    # the same notice (paragraph 2, its number left out): the start and the replacing on 30 October 2018 lie five years before the page's moment: past (parser docstring: a result more than a day before the reference is no deadline)
    B(
        text="This Notice shall be current for the purposes of Schedule 2 to the Land Registration Rules 2003 on and after 30 October 2018 and replaces on that date the Notice of 30 September 2013 in respect of Land Registry Network Services.",
        due=None,
        vague=False,
        said="2023-11-16 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMLR13,
        published="2023-11-16",
    ),
    # HM Land Registry (GOV.UK, OGL v3.0), 'Notice 19: Electronic Document Registration Service through Business Gateway (effective 16 August 2024)', 'Updated 16 August 2024' (said 10:00 BST); zone Europe/London. A definition: due None, no refusal word
    B(
        text="(a) expressions used have, unless the contrary intention appears, the meaning which they bear in the Land Registration Rules 2003 (SI 2003/1417), as amended from time to time,",
        due=None,
        vague=False,
        said="2024-08-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMLR19,
        published="2024-08-16",
    ),
    # the same notice: a definition; 'from time to time' sets no time: due None, no refusal word
    B(
        text="(g) “guidance” means all guidance about the use of the eDRS through Business Gateway published by HM Land Registry from time to time,",
        due=None,
        vague=False,
        said="2024-08-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMLR19,
        published="2024-08-16",
    ),
    # Charity Commission (GOV.UK, OGL v3.0), collection 'Statements on live cases: Charity Commission', 'Published 10 May 2013' (its date line; said 10:00 BST); zone Europe/London. A standing practice ('usually', 'whenever'): recurring (CONVENTIONS 1.3)
    B(
        text="In the public interest, the Charity Commission usually releases a public statement whenever it opens a statutory inquiry into a charity.",
        due=None,
        vague=False,
        said="2013-05-10 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CCLIVE,
        published="2013-05-10",
    ),
    # the same page: 'then' in the same standing practice: recurring (CONVENTIONS 1.3). unsure: 'then' hangs the act on each undated inquiry, 'event'
    B(
        text="It then links to this statement from the charity’s entry on the public register of charities.",
        due=None,
        vague=False,
        said="2013-05-10 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CCLIVE,
        published="2013-05-10",
    ),
    # the same page: a possible delay of no stated length for no dated act: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="The Commission may delay release of a statement to:",
        due=None,
        vague=False,
        said="2013-05-10 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CCLIVE,
        published="2013-05-10",
    ),
    # the same page, a list item: the timeframe is not given: due None, no refusal word. unsure: a careful reader could call a time hung on each case 'event' (CONVENTIONS 1.3)
    B(
        text="give trustees opportunity to complete certain actions within a specified timeframe",
        due=None,
        vague=False,
        said="2013-05-10 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CCLIVE,
        published="2013-05-10",
    ),
    # the same page: a standing limit for a class of statements: recurring (CONVENTIONS 1.3)
    B(
        text="Statements on live cases are available on GOV.UK for up to 3 years after they are first published.",
        due=None,
        vague=False,
        said="2013-05-10 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CCLIVE,
        published="2013-05-10",
    ),
    # the same page: 'then' in the same standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Statements are then archived and can be accessed on the National Archives website.",
        due=None,
        vague=False,
        said="2013-05-10 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CCLIVE,
        published="2013-05-10",
    ),
    # Charity Commission (GOV.UK, OGL v3.0), guidance 'Statutory inquiries into charities: guidance for charities (CC46)', 'Updated 7 March 2024' (said 10:00 GMT); zone Europe/London. 'Before' each decision is a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="Before taking the decision to open a statutory inquiry, it will take the approach set out in its Regulatory and Risk framework, and will make sure that an inquiry is carried out in line with the principles of best regulatory practice.",
        due=None,
        vague=False,
        said="2024-03-07 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CC46,
        published="2024-03-07",
    ),
    # Northern Ireland Statistics and Research Agency (NISRA), statistics announcement on GOV.UK (OGL v3.0); zone Europe/London. The opening carries no date; the week named ends on Friday 18 December 2020 and the release is ahead, so it is read as published on Friday 18 December 2020 at 10:00 GMT (any day up to 23 December gives the same label). A one-off release at an hour on a day (CONVENTIONS 3.1); 25 December is the date it would have had, not an alternative (CONVENTIONS 6.2 does not apply) [local due 2020-12-23 16:00:00 GMT]
    B(
        text="Weekly Death Statistics information for week ending 18th December will be published at 4pm on Wednesday 23rd December – the scheduled release date would be 25th December.",
        due="2020-12-23 16:00:00",
        vague=False,
        said="2020-12-18 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_NISRADEATHS,
        published="2020-12-18",
    ),
    # the same announcement: a standing rule of the Code: recurring (CONVENTIONS 1.3)
    B(
        text="T3.6 in the Code Practice for Statistics states that statistics should be released to all users at 9.30am on a weekday.",
        due=None,
        vague=False,
        said="2020-12-18 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NISRADEATHS,
        published="2020-12-18",
    ),
    # NISRA (nisra.gov.uk, OGL), news 'Covid-19 and the production of statistics', 'Date published: 23 March 2020' (said 10:00 GMT); zone Europe/London. 'Regular' names the production; no act is set a time: due None, no refusal word
    B(
        text="Due to the coronavirus illness (Covid-19) we anticipate that there will be some changes in terms of our regular statistical production.",
        due=None,
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NISRACOVID,
        published="2020-03-23",
    ),
    # the same news: 'current' is a state, a possibility only: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="The current disruption could affect the quality of some of our statistics, such as lower accuracy, or it could mean there is less detail available, such as fewer local and regional breakdowns.",
        due=None,
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NISRACOVID,
        published="2020-03-23",
    ),
    # the same news: 7am is the new standing time of a class of releases: recurring (CONVENTIONS 1.3, refusals before 6.3). unsure: a careful reader could take it as a possibility with no undertaking (CONVENTIONS 4.2, due None)
    B(
        text="It may also affect the release times, such as the change in publication time for Market Sensitive Statistics to 7am.",
        due=None,
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_NISRACOVID,
        published="2020-03-23",
    ),
    # the same news: 'Quarterly' names a survey: due None, no refusal word
    B(
        text="This change relates to the Labour Force Report and the Quarterly Employment Survey.",
        due=None,
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NISRACOVID,
        published="2020-03-23",
    ),
    # the same news: 'currently' is a state; the decisions have no time: due None, no refusal word
    B(
        text="Decisions will be made on a case by case basis, taking into account what information is currently relevant given the situation, with the three pillars of the Code of Practice for Statistics (Trustworthiness, Quality and Value) guiding our decisions.",
        due=None,
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NISRACOVID,
        published="2020-03-23",
    ),
    # the same news: 'at the same time' is simultaneity, no time set: due None, no refusal word
    B(
        text="Giving everyone access to statistics at the same time remains a fundamental principle of the Code, but where this cannot be maintained we will be open and transparent about this and any other potential effects on our statistics.",
        due=None,
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NISRACOVID,
        published="2020-03-23",
    ),
    # the same news: 'up to date' describes data: due None, no refusal word
    B(
        text="NISRA is also working to support the NI Government, including the NI Departments in their response to Covid-19, by providing up to date data and information and is working collaboratively with the Government Statistical Service and the UK Statistics Authority.",
        due=None,
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NISRACOVID,
        published="2020-03-23",
    ),
    # the same news: 'now has' is a present state, not an act due: due None, no refusal word. unsure: the page was made before the words, so a careful reader could call it 'past' (CONVENTIONS 2.4)
    B(
        text="The NISRA website now has a new dedicated page containing links to all the latest NISRA statistics relating to the Covid-19 pandemic.",
        due=None,
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NISRACOVID,
        published="2020-03-23",
    ),
    # the same news (the bracket is not closed on the page): 'as developments unfold' hangs the act on undated events: event (CONVENTIONS 1.3, 5.2)
    B(
        text="We will keep you informed on the NISRA website and our social media channels (follow us on twitter @NISRA and Facebook as developments unfold.",
        due=None,
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NISRACOVID,
        published="2020-03-23",
    ),
    # the same news: 'at a time when' names the present: due None, no refusal word
    B(
        text="We remain committed to providing the best and most accurate information we can, serving the public good at a time when it is needed the most.",
        due=None,
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NISRACOVID,
        published="2020-03-23",
    ),
    # Ofsted (GOV.UK, OGL v3.0), news 'Ofsted reports during local elections pre-election silence' of 1 April 2019 (the date wired-gov.net gives the same release; GOV.UK shows no hour here: said 10:00 BST); zone Europe/London. A period hung on undated elections: event (CONVENTIONS 1.3)
    B(
        text="Ofsted will be operating a limited period of pre-election silence for local elections.",
        due=None,
        vague=False,
        said="2019-04-01 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_OFSTEDAPR,
        published="2019-04-01",
    ),
    # the same news: publication is held 'until after 3 May', a lower bound with no date promised: earliest, 4 May 2019 00:00 BST (CONVENTIONS 3.2). unsure: a careful reader could read the delay as lasting to the end of 3 May and due then
    B(
        text="As a result we will delay publication of some inspection reports until after 3 May 2019.",
        due=None,
        vague=False,
        said="2019-04-01 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2019-05-03 23:00:00",
        cluster=5,
        source=_OFSTEDAPR,
        published="2019-04-01",
    ),
    # the same news: 'published after 3 May 2019' gives only a lower bound: earliest, 4 May 2019 00:00 BST (CONVENTIONS 3.2)
    B(
        text="Any reports ready for publication during this period will be published after 3 May 2019.",
        due=None,
        vague=False,
        said="2019-04-01 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2019-05-03 23:00:00",
        cluster=5,
        source=_OFSTEDAPR,
        published="2019-04-01",
    ),
    # Ofsted (GOV.UK, OGL v3.0), news 'Ofsted publications during pre-election period', 'Published 6 November 2019' (its date line; said 10:00 GMT), carried whole by government-world.com; zone Europe/London. The period is undated in the sentence: event (CONVENTIONS 1.3)
    B(
        text="During the pre-election period, we’ll be publishing less content, in line with Cabinet Office guidelines.",
        due=None,
        vague=False,
        said="2019-11-06 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_OFSTEDNOV,
        published="2019-11-06",
    ),
    # the same news: 'until after the election', an undated event: event (CONVENTIONS 1.3)
    B(
        text="We will delay planned publication of research reports until after the election, along with the texts of speeches, press notices and news stories.",
        due=None,
        vague=False,
        said="2019-11-06 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_OFSTEDNOV,
        published="2019-11-06",
    ),
    # the same news: a launch moved to a new time falls due at it (CONVENTIONS 4.1), the next January, due at its end [local due 2020-01-31 23:59:59 GMT]
    B(
        text="We’re moving the launch of our Annual Report to January.",
        due="2020-01-31 23:59:59",
        vague=False,
        said="2019-11-06 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OFSTEDNOV,
        published="2019-11-06",
    ),
    # the same news: 'this period' and 'until after the election' are undated: event (CONVENTIONS 1.3)
    B(
        text="During this period we will continue to publish pre-announced official statistics (ONS), but our management information releases will be suspended until after the election.",
        due=None,
        vague=False,
        said="2019-11-06 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_OFSTEDNOV,
        published="2019-11-06",
    ),
    # House of Commons, Written Ministerial Statement 'Caste' by the Parliamentary Under-Secretary for Women and Equalities, Friday 1 March 2013 (Hansard, Open Parliament Licence v3.0), carried by parallelparliament.co.uk (said 10:00 GMT); zone Europe/London. 'Subsequently' hangs the act on the undated programme: event (CONVENTIONS 1.3)
    B(
        text="The programme will also be used to generate educational material that will subsequently be made available to local authorities, schools, colleges, employers, police and any others who may be likely to come into contact with caste-related issues.",
        due=None,
        vague=False,
        said="2013-03-01 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HCWS13,
        published="2013-03-01",
    ),
    # House of Commons, Written Ministerial Statement 'British Business Bank' by the Secretary of State for Business, Innovation and Skills, Thursday 26 June 2014 (Hansard, Open Parliament Licence v3.0), carried by parallelparliament.co.uk (said 10:00 BST); zone Europe/London. 'Already' and the present: no act due, due None, no refusal word
    B(
        text="The British Business Bank is already achieving significant results as over 30,000 businesses are benefiting from its programmes.",
        due=None,
        vague=False,
        said="2014-06-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCWS14,
        published="2014-06-26",
    ),
    # the same statement: done in the past year and in 2012-13: past (CONVENTIONS 2.4)
    B(
        text="Last year, £782 million of new lending and investment in UK small firms was generated by business bank programmes—this is double the level of activity generated by Government finance programmes to small business in 2012-13.",
        due=None,
        vague=False,
        said="2014-06-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCWS14,
        published="2014-06-26",
    ),
    # the same statement: 'the coming years' is the documented vague window of 3 years (CONVENTIONS 5.1) [local due 2017-06-26 23:59:59 BST]
    B(
        text="Over the coming years, I expect that this bias away from the big banks will continue.",
        due="2017-06-26 22:59:59",
        vague=True,
        said="2014-06-26 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HCWS14,
        published="2014-06-26",
    ),
    # the same statement: investments made over the last year: past (CONVENTIONS 2.4)
    B(
        text="Examples of the innovative investments over the last year include: £7.8 million committed to the Dawn Capital II venture capital fund; £25 million to the Episode 1 venture capital fund; £30 million committed to Praesidian Capital Europe debt fund; £15 million in BMS finance, £40 million invested through Funding Circle and £20 million in the Sussex Place Ventures capital fund.",
        due=None,
        vague=False,
        said="2014-06-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCWS14,
        published="2014-06-26",
    ),
    # House of Commons written question 'Work Capability Assessment: Equality', Thursday 30 November 2023 (Hansard, Open Parliament Licence v3.0), carried by parallelparliament.co.uk's written answers search (said 10:00 GMT, the date it shows); zone Europe/London. The only time dates a published response: past (CONVENTIONS 2.4); the question itself sets none. unsure: a careful reader could give a question no refusal word (due None)
    B(
        text="To ask the Secretary of State for Work and Pensions, with reference to his Department's response to the Work Capability Assessment: Activities and Descriptors Consultation, published in November 2023, what his planned timetable is for publishing an equality impact assessment on proposals for changes to the eligibility criteria for the (a) Limited Capability for Work and Limited Capability for Work and Work-Related Activity categories within universal credit and (b) Work-Related Activity Group and Support Group within Employment Support Allowance.",
        due=None,
        vague=False,
        said="2023-11-30 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PQWCA,
        published="2023-11-30",
    ),
    # the same page, the Minister's answer: a done act on a past day: past (CONVENTIONS 2.4)
    B(
        text="We published our response to the consultation on changes to the Work Capability Assessment criteria on 22 November, having carefully considered feedback from disabled people, and people with health conditions, as well as the organisations that represent and support them.",
        due=None,
        vague=False,
        said="2023-11-30 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PQWCA,
        published="2023-11-30",
    ),
    # the same answer: a window already closed: past
    B(
        text="The consultation was open from 5 September to 30 October 2023.",
        due=None,
        vague=False,
        said="2023-11-30 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PQWCA,
        published="2023-11-30",
    ),
    # the same answer: done during the past consultation: past
    B(
        text="We undertook extensive engagement during the consultation period and received over 1,300 responses.",
        due=None,
        vague=False,
        said="2023-11-30 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PQWCA,
        published="2023-11-30",
    ),
    # House of Commons, Written Ministerial Statement 'General Affairs Council' made by the Parliamentary Under-Secretary for Exiting the European Union for Lord Callanan, Thursday 16 November 2017 (Hansard, Open Parliament Licence v3.0), carried by parallelparliament.co.uk (said 10:00 GMT); zone Europe/London. A one-off meeting on a day, due at its end (CONVENTIONS 3.1) [local due 2017-11-20 23:59:59 GMT]
    B(
        text="I will be attending the General Affairs Council in Brussels on 20 November 2017 to represent the UK’s interests.",
        due="2017-11-20 23:59:59",
        vague=False,
        said="2017-11-16 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCWS17,
        published="2017-11-16",
    ),
    # the same statement: 'until we leave', an event the sentence does not date: event (CONVENTIONS 1.3, 3.3)
    B(
        text="Until we leave the European Union, we remain committed to fulfilling our rights and obligations as a full member.",
        due=None,
        vague=False,
        said="2017-11-16 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HCWS17,
        published="2017-11-16",
    ),
    # the same statement: the discussion is at the General Affairs Council, which this sentence does not date; 'December' names the European Council whose agenda is discussed: due None, no refusal word. unsure: a careful reader could read a month naming a gathering as that month (parser docstring, round 20: 'the Council's February meeting'), due at the end of December 2017
    B(
        text="There will be a discussion on the agenda for the December European Council.",
        due=None,
        vague=False,
        said="2017-11-16 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCWS17,
        published="2017-11-16",
    ),
    # the same statement: 'November' names the Gothenburg summit, an item of an agenda with no act set a time: due None, no refusal word
    B(
        text="This includes: defence, focusing on the launch of PESCO (permanent structured co-operation) and a review of EU-NATO co-operation; social, education and culture, which includes a follow up to the November Gothenburg social summit; migration, involving a leaders’ debate on both the internal and external dimensions of migration as part of Donald Tusk’s leader’s agenda; and external relations.",
        due=None,
        vague=False,
        said="2017-11-16 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCWS17,
        published="2017-11-16",
    ),
    # the same statement: 'October' names past conclusions; the update is at the undated Council: due None, no refusal word. unsure: the update hangs on the meeting of the sentence before, 'event' (CONVENTIONS 6.3)
    B(
        text="The presidency will give an update on the implementation of the October European Council conclusions on migration, digital Europe, security and defence, and external relations.",
        due=None,
        vague=False,
        said="2017-11-16 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCWS17,
        published="2017-11-16",
    ),
    # the same statement: the initiatives of the work programme for 2018 are to be presented 'over the coming year', 2018, due at its end [local due 2018-12-31 23:59:59 GMT]. unsure: a careful reader could count a year from the moment of speaking (16 November 2018), or call the presenting at the undated Council the act, 'event'
    B(
        text="Commission First Vice-President Frans Timmermans will present the CWP 2018, which sets out the legislation and other initiatives that the Commission intends to present to the Council of Ministers and European Parliament over the coming year.",
        due="2018-12-31 23:59:59",
        vague=False,
        said="2017-11-16 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HCWS17,
        published="2017-11-16",
    ),
    # the same statement: the only time dates the signing, done: past (CONVENTIONS 2.4). unsure: the laying out is at the undated Council, 'event'
    B(
        text="The presidency will lay out what progress has been made on the interinstitutional agreement on better law-making (IIA), signed by the Presidents of the European Council, Commission and Parliament in April 2016.",
        due=None,
        vague=False,
        said="2017-11-16 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCWS17,
        published="2017-11-16",
    ),
    # National Park Service, Grand Teton National Park (public domain, US federal work), release carried whole by wyo4news.com (its dateline 'MOOSE, WY-' left out); zone America/Denver (MDT). The opening carries no date: 29 May was a Tuesday in 2018 (also in 2012 and 2007), and the junction's roundabout and temporary bypass were built in 2018, so the year is 2018; the future tense puts the release before it, so it is read as published on Friday 25 May 2018 at 10:00 MDT. Five nights named by days, no closing hour in the sentence: at the end of the day the last night begins, Saturday 2 June (CONVENTIONS 6.4) [local due 2018-06-02 23:59:59]; page: 3 June 05:00 MDT with the next sentence's hours
    B(
        text="The Gros Ventre Road in Grand Teton National Park will be closed for up to five nights from Tuesday, May 29 through Saturday, June 2.",
        due="2018-06-03 05:59:59",
        vague=False,
        said="2018-05-25 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_NPSGT,
        published="2018-05-25",
    ),
    # the same release: nightly hours with no day of their own: recurring (CONVENTIONS 1.3, refusals before 6.3). unsure: read by CONVENTIONS 6.3 alone, the first 5 a.m. after the moment of speaking (26 May 05:00 MDT); page: 3 June 05:00 MDT
    B(
        text="The road will be closed between Gros Ventre Junction and Gros Ventre Campground from 6 p.m. to 5 a.m. each night.",
        due=None,
        vague=False,
        said="2018-05-25 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPSGT,
        published="2018-05-25",
    ),
    # the same release: a week counted from an undated closure, on a condition: event (CONVENTIONS 1.3)
    B(
        text="If rainy or poor conditions prevent grading and paving activities, the closure will be postponed to the following week.",
        due=None,
        vague=False,
        said="2018-05-25 16:00:00",
        tz="America/Denver",
        refusal="event",
        cluster=5,
        source=_NPSGT,
        published="2018-05-25",
    ),
    # the same release: 'this summer and fall' ends with the meteorological autumn, 30 November 2018 (CONVENTIONS 6.1; parser docstring: seasons are meteorological) [local due 2018-11-30 23:59:59 MST]
    B(
        text="The bypass will allow crews to construct a roundabout at Gros Ventre Junction this summer and fall.",
        due="2018-12-01 06:59:59",
        vague=False,
        said="2018-05-25 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_NPSGT,
        published="2018-05-25",
    ),
    # the same release: the closures are undated in the sentence: event (CONVENTIONS 1.3)
    B(
        text="During the closures, Gros Ventre Road traffic will be rerouted via the Antelope Flats Road.",
        due=None,
        vague=False,
        said="2018-05-25 16:00:00",
        tz="America/Denver",
        refusal="event",
        cluster=5,
        source=_NPSGT,
        published="2018-05-25",
    ),
    # the same release: daily hours of travel advice: recurring (CONVENTIONS 1.3). unsure: the hours hang on the undated closures, 'event'
    B(
        text="Visitors and local residents who wish to access the community of Kelly, Gros Ventre Campground, or adjacent areas should travel between 5 a.m. and 6 p.m. or plan to use the Antelope Flats Road detour.",
        due=None,
        vague=False,
        said="2018-05-25 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPSGT,
        published="2018-05-25",
    ),
    # the same release: 'coming weeks' is the vague window of 4 weeks (CONVENTIONS 5.1), to 22 June 2018 [local due 2018-06-22 23:59:59]. unsure: the undertaking is only the reminder, made now, so a careful reader could give due None
    B(
        text="As construction activities at Gros Ventre Junction increase in coming weeks, visitors are reminded to plan ahead for delays.",
        due="2018-06-23 05:59:59",
        vague=True,
        said="2018-05-25 16:00:00",
        tz="America/Denver",
        cluster=4,
        source=_NPSGT,
        published="2018-05-25",
    ),
    # the same release: daily delays by hour: recurring (CONVENTIONS 1.3)
    B(
        text="Travelers through the intersection should plan for approximately 15-minute delays between 5 a.m. and 8 p.m. and approximately 30-minute delays at night between 8 p.m. and 5 a.m.",
        due=None,
        vague=False,
        said="2018-05-25 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPSGT,
        published="2018-05-25",
    ),
    # the same release: 'summer' names traffic levels: due None, no refusal word
    B(
        text="These delays are in addition to any that may be encountered with typical summer traffic levels.",
        due=None,
        vague=False,
        said="2018-05-25 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPSGT,
        published="2018-05-25",
    ),
    # the same release: an offer available 'beginning' a time is given only its start: earliest, the start of early June, 1 June 2018 00:00 MDT (CONVENTIONS 3.2). unsure: a careful reader could take 'early to mid-June' as a promise that it is open by mid-June, due 20 June (parser docstring: mid-month days 11-20)
    B(
        text="A temporarily separated pathway through the intersection will be available beginning in early to mid-June.",
        due=None,
        vague=False,
        said="2018-05-25 16:00:00",
        tz="America/Denver",
        refusal="earliest",
        earliest="2018-06-01 06:00:00",
        cluster=5,
        source=_NPSGT,
        published="2018-05-25",
    ),
)
