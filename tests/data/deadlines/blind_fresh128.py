"""A HUNDRED-AND-TWENTY-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by
hand before the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), late in the evening (the machine's clock read 23:42 at
the start and about 23:52 when the labels were written), by a labelling helper (branch
issue12l128-s51) that neither changed, imported nor ran the parser, working at the same time as
other labellers of stop 51, whose claims in the shared claims file were treated as used and whose
files and README sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a and 6.4
among them), the docstring, comments, some cases and README section of `blind_fresh125.py`, and
the top docstring of the parser package only (the vague windows, "before"/"by" periods, "early /
mid / late" thirds, "the week commencing", hours as exact instants, spans ending at the end of a
local day, a range falling due at its later end); nothing else of `bot/core/deadlines/` was
opened. The brief suggested the Scottish Government (gov.scot), Irish bodies with their own CC BY
statement (Citizens Information, Revenue, the CSO), UK agencies (ONS, Environment Agency, HMRC,
DVLA, Ofgem, ORR where the Open Government Licence is stated), Wikinews and kremlin.ru, with the
United States at most a quarter; at least eight publishers, none above a fifth of the cases.

The set quotes the Houses of the Oireachtas (Dáil written answers of 18 May 2016 and 25 January
2023 on oireachtas.ie, and of 3 March 2022 and 1 April 2025 carried by KildareStreet.com), the
Scottish Government (a release on orthopaedic capacity and one on school libraries of May 2025
carried by nen.press, and the Grangemouth release of 19 March 2025 quoted on
scottishpoliticsnews.org), the Environment Agency (its consultation hub's listing of October 2023,
the Greatham Creek release of 2017 carried by government-world.com, and a letter to waterway users
of May 2020 carried by Towpath Talk), the Office for National Statistics (the 'Census 2021 results
update' statement of February 2022 and a dataset note of 5 May 2022), the Citizens Information
Board ('What's New' posts of May 2016, April 2021 and 17 April 2023), HM Revenue and Customs
(Employer Bulletins of February 2024, March 2024 and February 2025 on GOV.UK), the USDA Forest
Service (a Klamath National Forest release carried by the Red Bluff Daily News on 21 May 2013)
and the Department for Transport (a release of 1 April 2009 carried by wired-gov.net). 98 cases
from 8 publishers (the Citizens Information Board 19 (19.4%); HM Revenue and Customs 18 (18.4%);
the Houses of the Oireachtas 17; the Environment Agency 15; the Office for National Statistics 9;
the Scottish Government 9; the USDA Forest Service 6; the Department for Transport 5). 6 of the
98 (6.1%) are from the United States (the Forest Service); 92 are not. No Wikinews, kremlin.ru,
Revenue, CSO, DVLA or Ofgem page was used: the Wikinews and kremlin.ru pages the search returned
were used already (or were only reports about them), the store held no copyright statement of the
CSO's own site (only a third party's note), so four CSO census pages that were claimed are left out,
and no fresh Revenue, DVLA or Ofgem page of their own turned up. Pages of the Oireachtas that were
claimed beyond a fifth of the set were left out (README.md lists them).

Every sentence quoted holds a time word of some kind (a date, a day word, a month, a year, a
quarter, a season, a period, a span, "now", "currently", "already", "recently", "previously",
"annual", "never", "no longer", "until", "before", "during", "long-term", "for the first time");
the sentences of the openings read that hold none were skipped, as were titles, headings, date
lines, navigation, speakers' names, contact lines, sentences cut off by the end of an opening and
words of the carrying sites themselves (Towpath Talk's introduction, the summaries of
scottishpoliticsnews.org). List items were taken as they stand; line breaks inside a sentence were
read as spaces and no word was changed (a space before a full stop and curly and straight
quotation marks stay as the pages have them). The sentences were found with a search over stored
copies of public pages and taken as they came in the openings the search returns, in page order. A
sentence that a page repeats word for word (the Oireachtas answers' stock lines, the Employer
Bulletins' opening line) was taken once, and that opening line was then found used (stock
wording) and dropped. See README.md ("Hundred-and-twenty-eighth fresh blind
set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the
brief names excepted, which the freshness tool skips) or in the shared claims file was used: each
was checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh128`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages
were found used and dropped. Every sentence was then checked whole with the same tool (skipping
this file). Each label was worked out by hand from the words, the publication date and the
publisher's zone (Europe/Dublin for the Oireachtas and Citizens Information, Europe/London for the
Scottish Government and the UK bodies, America/Los_Angeles for the Klamath National Forest); the
conversion of local instants to UTC wall time, weekdays and day counts were done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the project.
No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these
texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh125.py`: the publication date at 10:00 local time unless the page gives an hour, and
where a page carries no date in its opening, the one its words or other facts give (each page's
first comment says which and why, and whether any label depends on the day; two do, the Towpath
Talk letter's vague windows, and are marked unsure for it); a day falls due at 23:59:59 local;
vague windows as in the parser docstring ("the coming months" three months, "for the next few
weeks" four weeks, "as soon as possible" and "in the very near future" 60 days; CONVENTIONS 5.1);
"the start of" a month is its first ten days (parser docstring, "early"); a range or a month falls
due at its later end (CONVENTIONS 6.1); "by <period>" keeps the period's end (CONVENTIONS 3.5); a
date of effect is due then (CONVENTIONS 3.1); done acts are past (CONVENTIONS 2.4); standing rules
("annual", "per week", "every summer", a claim backdated three months) are recurring, times hung on
an undated event ("before buying your hearing aids", "until the repairs are completed", "Until
then") event (CONVENTIONS 1.3); offers open from a date are earliest (CONVENTIONS 3.2); a time
denied or a plan given up is negated (CONVENTIONS 4.1); refusals have `due=None` and a `refusal`
kind; a sentence whose time words set no time for any act has `due=None` and no refusal word (29
such). No sentence holds a clock time or nights of work (CONVENTIONS 6.3 and 6.4 decide none).
Clusters as in `blind_fresh125.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4
parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 42 labels are refusals
(past 24, event 8, recurring 5, negated 3, earliest 2), 4 are vague; 27 labels carry a due
instant; 26 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_OIR16 = "https://www.oireachtas.ie/en/debates/question/2016-05-18/24/"
_OIR23 = "https://www.oireachtas.ie/ga/debates/question/2023-01-25/section/79/"
_KS25 = "https://www.kildarestreet.com/wrans/?id=2025-04-01a.554.q"
_KS22 = "https://www.kildarestreet.com/wrans/?id=2022-03-03a.573&s=speaker%3A426"
_SGNEN = "https://nen.press/tag/scottish-government/page/6"
_SGSPN = "https://scottishpoliticsnews.org/category/news/scot-gov-news"
_EAC = "https://consult.environment-agency.gov.uk/consultation_finder/?advanced=1&st=open&sort_on=iconsultable_enddate&sort_order=descending&b_start=30"
_EAGW = "http://government-world.com/environment/environment-agency/page/365/?print=print-search"
_EATT = "https://towpathtalk.co.uk/environment-agency-clarification-of-our-position"
_ONS = "https://www.ons.gov.uk/news/statementsandletters/census2021resultsupdate"
_ONSTC = "https://cy.ons.gov.uk/economy/economicoutputandproductivity/output/datasets/trafficcameraactivity"
_CI16 = "http://whatsnew.citizensinformation.ie/2016/05/"
_CI21 = "https://whatsnew.citizensinformation.ie/page/3/"
_CI23 = "https://whatsnew.citizensinformation.ie/2023/04/17/new-on-citizensinformation-ie-41/"
_HM24 = "https://www.gov.uk/government/publications/employer-bulletin-february-2024/february-2024-issue-of-the-employer-bulletin"
_HM24M = "https://bit.ly/3xey30H"
_HM25 = "https://gov.uk/government/publications/employer-bulletin-february-2025/february-2025-issue-of-the-employer-bulletin"
_USFS = (
    "https://www.redbluffdailynews.com/2013/05/21/klamath-national-forest-recreation-sites-open/"
)
_DFT = "http://www.wired-gov.net/wg/wg-news-1.nsf/0/C1B85AA1172B2EE58025758B0034CCF0?OpenDocument"

FRESH128_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas, Dáil written answer (Taoiseach's question 24) of Wednesday 18 May 2016 (oireachtas.ie, CC BY 4.0); zone Europe/Dublin (IST); said 18 May 2016 10:00 IST (no hour given). A publication scheduled for a dated day falls due at its end (CONVENTIONS 3.1) [local due 2016-07-14 23:59:59 Europe/Dublin]
    B(
        text="The Census Preliminary Results are scheduled for publication on Thursday the 14th of July 2016.",
        due="2016-07-14 22:59:59",
        vague=False,
        said="2016-05-18 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR16,
        published="2016-05-18",
    ),
    # the same answer: a month falls due at its end (a range at its later end, CONVENTIONS 6.1) [local due 2017-04-30 23:59:59 Europe/Dublin]
    B(
        text="The first set of definitive results will be published in April 2017.",
        due="2017-04-30 22:59:59",
        vague=False,
        said="2016-05-18 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIR16,
        published="2016-05-18",
    ),
    # the same answer: a series through 2017 with the final release in December 2017; the later end counts (CONVENTIONS 6.1) [local due 2017-12-31 23:59:59 Europe/Dublin]
    B(
        text="This will be followed throughout 2017 with a series of census releases covering a range of topics with the final release in December 2017.",
        due="2017-12-31 23:59:59",
        vague=False,
        said="2016-05-18 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_OIR16,
        published="2016-05-18",
    ),
    # the same answer: a month falls due at its end (CONVENTIONS 6.1) [local due 2017-07-31 23:59:59 Europe/Dublin]
    B(
        text="Small Area Population Statistics for some 3,400 electoral divisions and 18,500 small areas are scheduled for publication in July 2017.",
        due="2017-07-31 22:59:59",
        vague=False,
        said="2016-05-18 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIR16,
        published="2016-05-18",
    ),
    # Houses of the Oireachtas, Dáil written answer (Minister for Finance, question 78) of Wednesday 25 January 2023 (oireachtas.ie, CC BY 4.0); zone Europe/Dublin (GMT); said 25 January 2023 10:00. The year only names a budget and sets no time for any act: due None, no refusal word. unsure: a careful reader could call the description past (CONVENTIONS 2.4)
    B(
        text="Budget 2023 was a 'Cost of Living' Budget, incorporating a total package of €11 billion with the focus on protecting the most vulnerable from rising costs.",
        due=None,
        vague=False,
        said="2023-01-25 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR23,
        published="2023-01-25",
    ),
    # the same answer: measures of last year, told in the past: past
    B(
        text="This built on some €3 billion in measures introduced by Government over the course of last year.",
        due=None,
        vague=False,
        said="2023-01-25 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR23,
        published="2023-01-25",
    ),
    # the same answer: a decision is put after an undated evaluation ('before a full evaluation can be made'); 'this year' is the outlook's period, no time for an act: event (CONVENTIONS 1.3, 5.2). unsure: a careful reader could give no refusal word (no undertaking at all, CONVENTIONS 4.2)
    B(
        text="It would be premature to take a decision on further policy measures before a full evaluation can be made of the performance of measures currently in place, the outlook for inflation this year and prospects for the public finances.",
        due=None,
        vague=False,
        said="2023-01-25 10:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIR23,
        published="2023-01-25",
    ),
    # the same answer: support kept going over 'the coming months', the parser docstring's vague three months from 25 January (CONVENTIONS 3.3, 5.1) [local due 2023-04-25 23:59:59 Europe/Dublin]
    B(
        text="I would also emphasise that the majority of the cost-of-living measures introduced as part of Budget 2023 will continue to support households and firms over the coming months.",
        due="2023-04-25 22:59:59",
        vague=True,
        said="2023-01-25 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIR23,
        published="2023-01-25",
    ),
    # the same answer: 'in the coming period' names no length and is no documented vague window: due None, no refusal word. unsure: a careful reader could read it as a vague window like 'the coming weeks' (four weeks)
    B(
        text="For example, the two remaining electricity credits, worth €200, and which amount to €0.8 billion in spending, will continue to be issued in the coming period, assisting households with their energy bills.",
        due=None,
        vague=False,
        said="2023-01-25 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR23,
        published="2023-01-25",
    ),
    # the same answer: kept open until the middle of 2023 (CONVENTIONS 3.3); 'mid' of a year is May to August in the parser docstring, so it falls due at the end of August. unsure: a careful reader could take the middle of the year as 30 June 2023 [local due 2023-08-31 23:59:59 Europe/Dublin]
    B(
        text="The Temporary Business Energy Support Scheme (TBESS), which provides relief to businesses struggling with rising energy costs, will remain open for claims until the middle of this year.",
        due="2023-08-31 22:59:59",
        vague=False,
        said="2023-01-25 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIR23,
        published="2023-01-25",
    ),
    # Houses of the Oireachtas, Dáil written answer of Tuesday 1 April 2025 (question 299, Minister for Transport), carried by KildareStreet.com (the Oireachtas's own words; CC BY 4.0); zone Europe/Dublin (IST); said 1 April 2025 10:00. A question asking when: no time set, due None, no refusal word
    B(
        text="299. To ask the Minister for Transport, Tourism and Sport when the contract for the new M28 motorway will be signed and awarded; the value of the contract; and the duration of the construction phase. [15421/25]",
        due=None,
        vague=False,
        said="2025-04-01 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_KS25,
        published="2025-04-01",
    ),
    # the same answer: a perfect-tense act already done ('has been submitted'), ahead of an undated decision: past (CONVENTIONS 2.4)
    B(
        text="As is required under the Infrastructure Guidelines, the Final Business Case for the M28 project has been submitted to my Department, ahead of a Government decision on whether to give final approval to the scheme.",
        due=None,
        vague=False,
        said="2025-04-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_KS25,
        published="2025-04-01",
    ),
    # the same answer: 'in the very near future' is the docstring's 'in the near future', vague 60 days from 1 April 2025 (CONVENTIONS 5.1) [local due 2025-05-31 23:59:59 Europe/Dublin]
    B(
        text="I can confirm that this will be brought to Cabinet in the very near future, after which it will be possible to provide more detail in regard to the timeline for the project.",
        due="2025-05-31 22:59:59",
        vague=True,
        said="2025-04-01 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_KS25,
        published="2025-04-01",
    ),
    # Houses of the Oireachtas, Dáil written answer of Thursday 3 March 2022 (question 223, Minister for Transport), carried by KildareStreet.com (CC BY 4.0); zone Europe/Dublin (GMT); said 3 March 2022 10:00. A question: no time set, due None, no refusal word
    B(
        text="223. To ask the Minister for Transport, Tourism and Sport the up-to-date position regarding the delivery of the M20 project; the anticipated timelines for same; and if he will make a statement on the matter. [2595/22]",
        due=None,
        vague=False,
        said="2022-03-03 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_KS22,
        published="2022-03-03",
    ),
    # the same answer: 'currently' sets no time for any act: due None, no refusal word
    B(
        text="The N20 road corridor options are currently being progressed by TII with rail-based alternatives as comparators.",
        due=None,
        vague=False,
        said="2022-03-03 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_KS22,
        published="2022-03-03",
    ),
    # the same answer: a consultation of 2020-21, told in the past: past
    B(
        text="An online public consultation on the possible route options, carried out by the N/M20 Project Team, had unprecedented public engagement with the closing date for submissions extended by four weeks from the 18 December 2020 to the 15 January 2021.",
        due=None,
        vague=False,
        said="2022-03-03 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_KS22,
        published="2022-03-03",
    ),
    # the same answer: 'by Quarter 2 of this year' falls due at the end of June 2022 (CONVENTIONS 3.5: 'by' keeps the period's end) [local due 2022-06-30 23:59:59 Europe/Dublin]
    B(
        text="In order to take into account possible changes to appraisal requirements, the assessment work on options continues, with a preferred route to be selected by Quarter 2 of this year and public consultation to follow.",
        due="2022-06-30 22:59:59",
        vague=False,
        said="2022-03-03 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_KS22,
        published="2022-03-03",
    ),
    # Scottish Government press release on orthopaedic capacity at Gartnavel, carried by nen.press (tag page 6; the Scottish Government's own words, Crown copyright under the Open Government Licence); zone Europe/London (BST). The opening carries no date; its words ('the Programme for Government announced by the First Minister last week', published 6 May 2025; 'this year's Budget'; 2024-25 figures) put it in the week of 12 May 2025, taken as Tuesday 13 May 2025 10:00 (no label here depends on the day). A visit told in the past tense: past
    B(
        text="Health Secretary Neil Gray visited Gartnavel General Hospital today to see first-hand how Scottish Government investment is supporting increased capacity in orthopaedic services to deliver faster care for patients.",
        due=None,
        vague=False,
        said="2025-05-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGNEN,
        published="2025-05-13",
    ),
    # the same release: last week's programme and last year's figures, told in the past; the commitment has no time of its own here: past
    B(
        text="The visit follows the Programme for Government announced by the First Minister last week, which committed to the delivery of more than 150,000 additional NHS appointments and procedures, including in surgical procedures such as hip and knee replacements compared to last year.",
        due=None,
        vague=False,
        said="2025-05-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGNEN,
        published="2025-05-13",
    ),
    # the same release: a tour already made: past
    B(
        text="During his visit, Mr. Gray toured Gartnavel’s state-of-the-art theatre complex, where he met with frontline staff involved in the expanded orthopaedic services.",
        due=None,
        vague=False,
        said="2025-05-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGNEN,
        published="2025-05-13",
    ),
    # the same release (the Health Secretary): results of the last year and of 2024-25: past
    B(
        text="“We have seen real progress in the last year, with more than 105,000 appointments and procedures delivered through an additional £30 million of targeted investment in 2024-25.",
        due=None,
        vague=False,
        said="2025-05-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGNEN,
        published="2025-05-13",
    ),
    # the same release: 'Now' and 'this year's Budget' name the present and a budget, no time for the wish: due None, no refusal word
    B(
        text="“Now we want to build on that momentum through the additional £200 million set out in this year’s Budget to reduce waiting lists and to help support reduction of delayed discharge.”",
        due=None,
        vague=False,
        said="2025-05-13 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SGNEN,
        published="2025-05-13",
    ),
    # the next release on the same page (School Library Improvement Fund): '2025/26' names the round of a fund, no time for the funding: due None, no refusal word. unsure: a careful reader could read the round as the Scottish financial year ending 31 March 2026 and put the funding due then
    B(
        text="School libraries across Scotland are set to benefit from a £150,000 funding injection earmarked for projects supporting the development of employability skills, digital literacy and family learning, through the 2025/26 School Library Improvement Fund (SLIF).",
        due=None,
        vague=False,
        said="2025-05-13 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SGNEN,
        published="2025-05-13",
    ),
    # Scottish Government news release 'Plan for future of Grangemouth' of 19 March 2025 (gov.scot, Open Government Licence), quoted on scottishpoliticsnews.org ('via Scot Gov Website 19/03/25'); zone Europe/London (GMT); said 19 March 2025 10:00. Plans 'have been stepped up', a done act; 'long-term' and 'future' date nothing: past (CONVENTIONS 2.4)
    B(
        text="Plans to secure a long-term industrial future for Grangemouth have been stepped up as a feasibility study sets out nine options for its future.",
        due=None,
        vague=False,
        said="2025-03-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGSPN,
        published="2025-03-19",
    ),
    # the same release: a study published today and a recent decision, both done: past (CONVENTIONS 2.4)
    B(
        text="The £1.5 million feasibility study – published today by EY – follows the recent decision by Petroineos to decommission the oil refinery.",
        due=None,
        vague=False,
        said="2025-03-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGSPN,
        published="2025-03-19",
    ),
    # the same release: the study's findings, a done act ('has identified', 'explored'); 'long-term' dates nothing: past (CONVENTIONS 2.4)
    B(
        text="It has identified credible long-term industrial options for the Grangemouth site and explored how Grangemouth can build on its skilled workforce, local expertise and long heritage as a fuel leader in Scotland to forge a new path in low carbon energy production.",
        due=None,
        vague=False,
        said="2025-03-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SGSPN,
        published="2025-03-19",
    ),
    # Environment Agency consultation hub (consult.environment-agency.gov.uk, open activities sorted by end date, from item 31; Crown copyright under the Open Government Licence); zone Europe/London (BST). The listing's latest date line is 'Updated on 24 October 2023', taken as the moment (24 October 2023 10:00); no label here depends on the day. Permission already received: past
    B(
        text="The project received planning permission in August 2023 from both Epping Forest District Council and Brentwood Borough Council.",
        due=None,
        vague=False,
        said="2023-10-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EAC,
        published="2023-10-24",
    ),
    # the same listing (Canvey Island): 'into the future' sets no time and '2100' names a plan: due None, no refusal word (the space before the full stop is the page's)
    B(
        text="This project will maintain the existing high level of tidal flood risk protection to thousands of homes, businesses and infrastructure on Canvey Island into the future, a key aspiration of the Thames Estuary 2100 Plan .",
        due=None,
        vague=False,
        said="2023-10-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EAC,
        published="2023-10-24",
    ),
    # the same item: the defences' life kept to 2070 falls due at the end of that year (CONVENTIONS 3.3) [local due 2070-12-31 23:59:59 Europe/London]
    B(
        text="It will protect the tidal defences against erosion and extend their useful life to 2070 in light of increasing sea levels due to climate change.",
        due="2070-12-31 23:59:59",
        vague=False,
        said="2023-10-24 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EAC,
        published="2023-10-24",
    ),
    # the same item: '2100' names a programme, no time for the works: due None, no refusal word
    B(
        text="The works are planned and delivered as part of the Thames Estuary Asset Management (TEAM) 2100 Programme .",
        due=None,
        vague=False,
        said="2023-10-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EAC,
        published="2023-10-24",
    ),
    # the same listing (Restoring Sustainable Abstraction): a warning of what happens if nothing is done, no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could check the forecast at the end of 2050
    B(
        text="If no action is taken now, many areas of England will face water shortages by 2050, as water demand from people, industry and agriculture will exceed water availability in many parts of the country.",
        due=None,
        vague=False,
        said="2023-10-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EAC,
        published="2023-10-24",
    ),
    # Environment Agency press release 'Work starts on £11million North East flood scheme' (Greatham Creek), carried by government-world.com (page 365 of its Environment Agency listing; Crown copyright under the Open Government Licence); zone Europe/London. The opening gives no date; its words (phase one finished December 2015, phase two to be complete by the end of 2018, work now starting) put it in 2017; taken as 1 June 2017 10:00, and no label here depends on the day. A phase finished in 2015: past
    B(
        text="The first phase of the project, which saw new flood defences built at Port Clarence to reduce flood risk from the River Tees at a cost of £4.5million, was finished in December 2015.",
        due=None,
        vague=False,
        said="2017-06-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EAGW,
        published="2017",
    ),
    # the same release: 'by the end of 2018' (CONVENTIONS 3.5) [local due 2018-12-31 23:59:59 Europe/London]
    B(
        text="Phase 2 is expected to be complete by the end of 2018.",
        due="2018-12-31 23:59:59",
        vague=False,
        said="2017-06-01 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EAGW,
        published="2017",
    ),
    # Environment Agency, a letter to waterway user groups from its Deputy Director of Navigation and Commercial Development, carried by Towpath Talk (the Agency's own words; Crown copyright under the Open Government Licence); zone Europe/London (BST). The opening carries no date; its words (Defra's announcement that water sports could resume, made for 13 May 2020, and 'our updated guidance note which we issued yesterday') put it in mid-May 2020, taken as Thursday 14 May 2020 10:00. The request kept going 'for the next few weeks' is the docstring's vague four weeks from the moment of speaking (CONVENTIONS 3.3, 5.1). unsure: the day of speaking is inferred, so the window's end may be a day or two out [local due 2020-06-11 23:59:59 Europe/London]
    B(
        text="Following our updated guidance note which we issued yesterday, I wanted to clarify for you our decision to continue to ask boaters to avoid all non-essential travel on our waterways for the next few weeks.",
        due="2020-06-11 22:59:59",
        vague=True,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EATT,
        published="2020-05-14",
    ),
    # the same letter: 'now' sets no time for any act: due None, no refusal word
    B(
        text="I do understand that this might be confusing for those you represent now that some other Navigation Authorities have changed their advice on non-essential travel.",
        due=None,
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EATT,
        published="2020-05-14",
    ),
    # the same letter: patrols not made since earlier in the year, told in the perfect: past (CONVENTIONS 2.4)
    B(
        text="We have not been able to undertake patrols on the waterways since the high flows earlier in the year due to social distancing guidelines.",
        due=None,
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EATT,
        published="2020-05-14",
    ),
    # the same letter: a need hung on the undated reopening ('before letting people head out'): event (CONVENTIONS 1.3)
    B(
        text="So we need to ensure that we have identified all hazards before letting people head out on the water for leisure purposes.",
        due=None,
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EATT,
        published="2020-05-14",
    ),
    # the same letter: inspections before an undated change of advice: event (CONVENTIONS 1.3)
    B(
        text="We are working hard to carry out urgent inspections of the channels and assets for faults to ensure the safety of boaters before we change our advice on non-essential boat movement.",
        due=None,
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EATT,
        published="2020-05-14",
    ),
    # the same letter: the checks 'as soon as possible', vague 60 days from 14 May 2020 (CONVENTIONS 5.1); the advice 'once our advice changes' hangs on an undated event and is left aside. unsure: the day of speaking is inferred [local due 2020-07-13 23:59:59 Europe/London]
    B(
        text="We will complete these checks as soon as possible and will issue relevant advice to anyone traveling on the water once our advice changes.",
        due="2020-07-13 22:59:59",
        vague=True,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EATT,
        published="2020-05-14",
    ),
    # the same letter: 'by June at the latest' keeps the month's end (CONVENTIONS 3.5, 6.2) [local due 2020-06-30 23:59:59 Europe/London]
    B(
        text="We aim to change our advice on non-essential travel by June at the latest on all our Waterways.",
        due="2020-06-30 22:59:59",
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EATT,
        published="2020-05-14",
    ),
    # the same letter: 'Until then' points to an undated change named only in the sentence before: event (CONVENTIONS 1.3; the case holds the sentence, CONVENTIONS 6.3)
    B(
        text="Until then boaters who do need to travel must be extra vigilant when moving on the waterways and do so at their own risk.",
        due=None,
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EATT,
        published="2020-05-14",
    ),
    # Office for National Statistics statement 'Census 2021 results update' (ons.gov.uk, Crown copyright under the Open Government Licence); zone Europe/London (GMT). The opening carries no date; its words ('Earlier this year', the February plan given as the original one, sharing moved to the start of April 2022) put it in February 2022, taken as 15 February 2022 10:00; no label here depends on the day. '2021' names the census; a result told in the past sets no time: due None, no refusal word. unsure: a careful reader could call it past
    B(
        text="Census 2021 exceeded all expectations, with 97% of households responding.",
        due=None,
        vague=False,
        said="2022-02-15 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS,
        published="2022-02",
    ),
    # the same statement: data 'already' used: past (CONVENTIONS 2.4)
    B(
        text="Some 89% of responses were online, which has enabled extremely high-quality data to be collected and both 2011 Census data and provisional 2021 Census data on occupations have already been used to help inform the government's response to coronavirus (COVID-19).",
        due=None,
        vague=False,
        said="2022-02-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS,
        published="2022-02",
    ),
    # the same statement: 'currently' and 'ever' set no time for any act: due None, no refusal word
    B(
        text="Our quality assurance work, which is currently under way, is the most comprehensive ever, using the widest range of alternative and complementary data sources.",
        due=None,
        vague=False,
        said="2022-02-15 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS,
        published="2022-02",
    ),
    # the same statement: 'For the first time' sets no time: due None, no refusal word
    B(
        text="For the first time, we are also drawing on the unique insight and expertise of local authorities across England and Wales to ensure we produce the best possible statistics for every area.",
        due=None,
        vague=False,
        said="2022-02-15 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS,
        published="2022-02",
    ),
    # the same statement: a delay already incurred: past (CONVENTIONS 2.4)
    B(
        text="This is an exciting prospect but the complex processes to get the best possible estimates for the local authorities have taken slightly longer to complete than planned.",
        due=None,
        vague=False,
        said="2022-02-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS,
        published="2022-02",
    ),
    # the same statement: the time of a plan given up ('Our original plan was'), the new time being in the next sentence: negated (CONVENTIONS 4.1). unsure: a careful reader could call the old plan past
    B(
        text="Our original plan was to share the aggregate, anonymised provisional data, under controlled access, at the end of February 2022.",
        due=None,
        vague=False,
        said="2022-02-15 10:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_ONS,
        published="2022-02",
    ),
    # the same statement: 'the start of' reads as 'early', the first ten days of a month in the parser docstring, so due at the end of 10 April 2022 [local due 2022-04-10 23:59:59 Europe/London]
    B(
        text="This will now take place at the start of April 2022.",
        due="2022-04-10 22:59:59",
        vague=False,
        said="2022-02-15 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONS,
        published="2022-02",
    ),
    # the same statement: a window lengthened (a done act) that runs from the undated sharing of the data: event (CONVENTIONS 1.3). unsure: a careful reader could call it past (CONVENTIONS 2.4)
    B(
        text="Taking the Easter 2022 public holidays into account and to ensure all local authorities taking part have sufficient time to investigate the data and respond, we have extended the review window from two weeks to three weeks.",
        due=None,
        vague=False,
        said="2022-02-15 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_ONS,
        published="2022-02",
    ),
    # Office for National Statistics dataset page 'Traffic camera activity' (cy.ons.gov.uk, Open Government Licence); zone Europe/London (BST); the page's note is dated 05 May 2022, said 10:00. A change already made ('changed') for data from a past date: past
    B(
        text="Please note the data collection system changed for data from 25 April 2022.",
        due=None,
        vague=False,
        said="2022-05-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONSTC,
        published="2022-05-05",
    ),
    # Citizens Information Board, 'What's New' blog, archive of May 2016 (whatsnew.citizensinformation.ie, CC BY 4.0); zone Europe/Dublin (IST). The archive's opening carries no dates; the Carer's Support Grant post says the grant 'will be paid on Thursday' 2 June, so it was written in the last days of May 2016, taken as Monday 30 May 2016 10:00 (the other posts of the month are past or standing rules, so their day does not matter). A payment on a dated day falls due at its end (CONVENTIONS 3.1) [local due 2016-06-02 23:59:59 Europe/Dublin]
    B(
        text="The Carer’s Support Grant for 2015 will be paid on Thursday 2 June.",
        due="2016-06-02 22:59:59",
        vague=False,
        said="2016-05-30 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_CI16,
        published="2016-05",
    ),
    # the same post: 'annual' is a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="The grant is an annual payment made to carers by the Department of Social Protection.",
        due=None,
        vague=False,
        said="2016-05-30 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_CI16,
        published="2016-05",
    ),
    # the same post: the year's amount, checked by the end of 2016. unsure: a careful reader could see no act dated (due None) or tie it to the payment of 2 June [local due 2016-12-31 23:59:59 Europe/Dublin]
    B(
        text="In 2016 the grant will be €1,700 (increased from €1,300).",
        due="2016-12-31 23:59:59",
        vague=False,
        said="2016-05-30 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_CI16,
        published="2016-05",
    ),
    # the same post: 'last year' belongs to the condition; the advice has no time: due None, no refusal word
    B(
        text="If you are not getting one of these payments and you did not get the grant last year, you should fill in an application form (pdf).",
        due=None,
        vague=False,
        said="2016-05-30 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_CI16,
        published="2016-05",
    ),
    # a later post of the same month (Blue Flag beaches): announced recently: past
    B(
        text="The 2016 Blue Flag awards were announced recently – for 79 beaches and 6 marinas.",
        due=None,
        vague=False,
        said="2016-05-30 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CI16,
        published="2016-05",
    ),
    # the Lyme disease post of the same month: what happens every summer: recurring (CONVENTIONS 1.3)
    B(
        text="During the summer, as people spend more time outdoors, the risk of tick bites increases.",
        due=None,
        vague=False,
        said="2016-05-30 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_CI16,
        published="2016-05",
    ),
    # Citizens Information Board, 'What's New' blog, page 3 (whatsnew.citizensinformation.ie, CC BY 4.0), the 'Know your rights: Treatment Benefit Scheme' column; zone Europe/Dublin (IST). The opening carries no date; its words ('From 27 March 2021, you can get ...', 'Before this date, you had to pay') put it after 27 March 2021, taken as Tuesday 13 April 2021 10:00; no label here depends on the day. An offer open from a date gives only its start (CONVENTIONS 3.2): earliest 27 March 2021. unsure: the start is already past when written, so a careful reader could call it past
    B(
        text="From 27 March 2021, you can get the full cost of a hearing aid up to a maximum of €500 or €1000 for a pair.",
        due=None,
        vague=False,
        said="2021-04-13 09:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="2021-03-27 00:00:00",
        cluster=5,
        source=_CI21,
        published="2021-04",
    ),
    # the same column: the old rule, told in the past: past
    B(
        text="Before this date, you had to pay at least half the cost of a hearing aid and repairs.",
        due=None,
        vague=False,
        said="2021-04-13 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CI21,
        published="2021-04",
    ),
    # the same column: 'now' sets no time: due None, no refusal word
    B(
        text="For example, if a hearing aid costs €600, you now only pay €100 for one aid or €200 for a pair.",
        due=None,
        vague=False,
        said="2021-04-13 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_CI21,
        published="2021-04",
    ),
    # the same column: an eligibility rule ('before you started work', 'per week') for every claimant: recurring (CONVENTIONS 1.3)
    B(
        text="In this case, you must have been dependent on them before you started work or your gross income must be €100 or less per week.",
        due=None,
        vague=False,
        said="2021-04-13 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_CI21,
        published="2021-04",
    ),
    # the same column: advice hung on the reader's undated purchase: event (CONVENTIONS 1.3)
    B(
        text="You should check your eligibility for the Treatment Benefit Scheme before buying your hearing aids.",
        due=None,
        vague=False,
        said="2021-04-13 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_CI21,
        published="2021-04",
    ),
    # the same column: a step before the reader's undated treatment: event (CONVENTIONS 1.3)
    B(
        text="Before your treatment, you will need to sign a consent form agreeing to them having your information and giving it to the Department of Social Protection.",
        due=None,
        vague=False,
        said="2021-04-13 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_CI21,
        published="2021-04",
    ),
    # Citizens Information Board, 'What's New' blog post 'New on citizensinformation.ie' of 17 April 2023 (CC BY 4.0); zone Europe/Dublin (IST); said 17 April 2023 10:00. An abolition told in the past ('were abolished'), on the day of writing: past (CONVENTIONS 2.4)
    B(
        text="Public in-patient and day service hospital fees were abolished on 17 April 2023.",
        due=None,
        vague=False,
        said="2023-04-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_CI23,
        published="2023-04-17",
    ),
    # the same post: the charge 'no longer applies'; 'this date' points to the sentence before, and the sentence's only time is denied: negated (CONVENTIONS 4.1). unsure: a careful reader could read a rule taking effect on the day of writing (CONVENTIONS 3.1a), due that day
    B(
        text="This means that the daily charge for staying in hospital for public patients no longer applies from this date.",
        due=None,
        vague=False,
        said="2023-04-17 09:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_CI23,
        published="2023-04-17",
    ),
    # the same post: an entitlement open from a start (CONVENTIONS 3.2): earliest, the start of the 2023/24 school year taken as 1 September 2023. unsure: the parser docstring leaves school years unread, so a careful reader could call the start an undated event (event)
    B(
        text="All primary school pupils will qualify for free schoolbooks from the start of the 2023/24 school year.",
        due=None,
        vague=False,
        said="2023-04-17 09:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="2023-08-31 23:00:00",
        cluster=5,
        source=_CI23,
        published="2023-04-17",
    ),
    # the same post: a rule of the scheme for every school year: recurring (CONVENTIONS 1.3). unsure: a careful reader could put it due at the end of the 2023/24 school year (about June 2024)
    B(
        text="Schoolbooks must be returned by the end of the school year.",
        due=None,
        vague=False,
        said="2023-04-17 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_CI23,
        published="2023-04-17",
    ),
    # the same post: a one-off extension taking effect in September 2023 (CONVENTIONS 3.1); a month falls due at its end (CONVENTIONS 6.1). unsure: a careful reader could read a scheme merely open from September, earliest 1 September 2023 (CONVENTIONS 3.2) [local due 2023-09-30 23:59:59 Europe/Dublin]
    B(
        text="From September 2023, the Hot School Meals Programme will be extended to all DEIS primary schools.",
        due="2023-09-30 22:59:59",
        vague=False,
        said="2023-04-17 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_CI23,
        published="2023-04-17",
    ),
    # the same post: a year falls due at its end (CONVENTIONS 6.1) [local due 2024-12-31 23:59:59 Europe/Dublin]
    B(
        text="In 2024, the programme will be introduced in phases to remaining primary schools.",
        due="2024-12-31 23:59:59",
        vague=False,
        said="2023-04-17 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_CI23,
        published="2023-04-17",
    ),
    # the same post: 'the week starting 24 April 2023' runs to Sunday 30 April (parser docstring: 'the week commencing' runs to that week's Sunday); the payment falls due at the week's end (CONVENTIONS 6.1) [local due 2023-04-30 23:59:59 Europe/Dublin]
    B(
        text="An extra payment of €200 will be paid to anyone who gets a social welfare payment that qualifies for the Christmas Bonus or the Working Family Payment in the week starting 24 April 2023.",
        due="2023-04-30 22:59:59",
        vague=False,
        said="2023-04-17 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_CI23,
        published="2023-04-17",
    ),
    # HM Revenue and Customs, 'February 2024 issue of the Employer Bulletin' (GOV.UK, Crown copyright under the Open Government Licence); zone Europe/London (GMT); the page reads 'Updated 16 February 2024', taken as the moment, 10:00 (its opening line, 'In this month's edition ...', was found used, stock wording, and dropped). 'by 6 July 2024' falls due at that day's end; the tax year only names the awards [local due 2024-07-06 23:59:59 Europe/London]
    B(
        text="A TAS for awards given in the 2023 to 2024 tax year must be agreed by 6 July 2024.",
        due="2024-07-06 22:59:59",
        vague=False,
        said="2024-02-16 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HM24,
        published="2024-02-16",
    ),
    # the same bulletin: an announcement of 22 November 2023 told in the past; the changes took effect from January 2024, also past by 16 February: past
    B(
        text="At the Autumn Statement on 22 November 2023, the government announced the National Insurance changes starting to take effect from January 2024.",
        due=None,
        vague=False,
        said="2024-02-16 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HM24,
        published="2024-02-16",
    ),
    # the same bulletin: 'the December Employer Bulletin', told in the past: past
    B(
        text="This was featured in the December Employer Bulletin.",
        due=None,
        vague=False,
        said="2024-02-16 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HM24,
        published="2024-02-16",
    ),
    # HM Revenue and Customs, 'March 2024 issue of the Employer Bulletin' (GOV.UK guidance reached through a bit.ly link; Crown copyright under the Open Government Licence); zone Europe/London (BST); the page reads 'Updated 5 April 2024', taken as the moment, 10:00. A budget made on 6 March 2024: past
    B(
        text="On 6 March 2024, the Chancellor of the Exchequer, the Rt Hon Jeremy Hunt MP, made his Spring Budget.",
        due=None,
        vague=False,
        said="2024-04-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HM24M,
        published="2024-04-05",
    ),
    # the same bulletin: what the government announced, told in the past: past. unsure: a careful reader could take the threshold rise from 6 April 2024 as a rule taking effect, due that day (CONVENTIONS 3.1a), one day after the moment
    B(
        text="The government announced the changes to the High Income Child Benefit Charge, and an increase to the threshold to £60,000 from 6 April 2024, with a taper up to £80,000.",
        due=None,
        vague=False,
        said="2024-04-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HM24M,
        published="2024-04-05",
    ),
    # the same bulletin: 'previously' belongs to the condition; no time for any act: due None, no refusal word
    B(
        text="Your employees may be interested in claiming Child Benefit or restarting Child Benefit payments if they have previously opted out.",
        due=None,
        vague=False,
        said="2024-04-05 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HM24M,
        published="2024-04-05",
    ),
    # the same bulletin: a standing rule for every claim: recurring (CONVENTIONS 1.3)
    B(
        text="Claims for Child Benefit can be made in the HMRC app or online and are automatically backdated for 3 months, or the date of birth of the child if later.",
        due=None,
        vague=False,
        said="2024-04-05 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HM24M,
        published="2024-04-05",
    ),
    # the same bulletin: '2024' names a statement: due None, no refusal word
    B(
        text="Information on all the measures announced can be found in Spring Statement 2024.",
        due=None,
        vague=False,
        said="2024-04-05 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HM24M,
        published="2024-04-05",
    ),
    # the same bulletin: '2024' names a document: due None, no refusal word
    B(
        text="For an overview of all the tax legislation and rates announced, read the Spring Statement 2024: Overview of tax legislation and rates (OOTLAR).",
        due=None,
        vague=False,
        said="2024-04-05 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HM24M,
        published="2024-04-05",
    ),
    # the same bulletin: 'this month's edition' names the present issue: due None, no refusal word
    B(
        text="Also, in this month’s edition of the Employer Bulletin there is an update on another Budget measure; National Insurance contributions, together with other important information for employers on:",
        due=None,
        vague=False,
        said="2024-04-05 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HM24M,
        published="2024-04-05",
    ),
    # HM Revenue and Customs, 'February 2025 issue of the Employer Bulletin' published 12 February 2025 (GOV.UK, Crown copyright under the Open Government Licence); zone Europe/London (GMT); said 12 February 2025 10:00. 'It is time to prepare' sets no deadline and 'of the year' names which submission: due None, no refusal word. unsure: a careful reader could read 'the year' as the tax year ending 5 April 2025 and put it due then
    B(
        text="It is time to prepare for making your last Full Payment Submission (FPS) or Employer Payment Summary (EPS) of the year.",
        due=None,
        vague=False,
        said="2025-02-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HM25,
        published="2025-02-12",
    ),
    # the same bulletin: 'up to and including 5 April 2025' keeps that day's end [local due 2025-04-05 23:59:59 Europe/London]
    B(
        text="Your last FPS or EPS of the year, up to and including 5 April 2025, needs to include an indicator that you are making the final submission.",
        due="2025-04-05 22:59:59",
        vague=False,
        said="2025-02-12 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HM25,
        published="2025-02-12",
    ),
    # the same bulletin: 'the tax year' names which submission; the permission has no time: due None, no refusal word
    B(
        text="You can also send an EPS with the indicator ticked if you forgot to put the indicator on your last FPS submission for the tax year.",
        due=None,
        vague=False,
        said="2025-02-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HM25,
        published="2025-02-12",
    ),
    # the same bulletin: 5 April 2025 dates the condition (employment on that day), not the act (the parser docstring: a date in an 'if' clause without a deadline word is the condition): due None, no refusal word. unsure: a careful reader could put the preparation due on 5 April 2025
    B(
        text="You also need to prepare to give your employees a P60 if they are in your employment on 5 April 2025.",
        due=None,
        vague=False,
        said="2025-02-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HM25,
        published="2025-02-12",
    ),
    # the same bulletin: 'by 31 May 2025' [local due 2025-05-31 23:59:59 Europe/London]
    B(
        text="This information must be provided to the employee by 31 May 2025.",
        due="2025-05-31 22:59:59",
        vague=False,
        said="2025-02-12 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HM25,
        published="2025-02-12",
    ),
    # the same bulletin: 'this tax year' belongs to the condition; the reminder itself has no time (its deadline is in the next sentence): due None, no refusal word. unsure: a careful reader could put it due at the end of the tax year, 5 April 2025
    B(
        text="If you are not going to pay anyone again this tax year, remember to send an EPS with the indicator ticked to show you did not pay anyone in the final pay period and that this is your final submission.",
        due=None,
        vague=False,
        said="2025-02-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HM25,
        published="2025-02-12",
    ),
    # the same bulletin: a time limit to a named actor (CONVENTIONS 1.2), 'until 19 April 2025' [local due 2025-04-19 23:59:59 Europe/London]
    B(
        text="You have until 19 April 2025 to do this.",
        due="2025-04-19 22:59:59",
        vague=False,
        said="2025-02-12 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HM25,
        published="2025-02-12",
    ),
    # the same bulletin: 11 April 2025 dates the condition; the reminder comes at no stated time after it: due None, no refusal word. unsure: a careful reader could take 11 April 2025 as the filing deadline and put it due then, or call the reminder earliest 12 April
    B(
        text="If you have not filed by 11 April 2025, you will receive a reminder notification from the Generic Notification Service.",
        due=None,
        vague=False,
        said="2025-02-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HM25,
        published="2025-02-12",
    ),
    # USDA Forest Service, Klamath National Forest news release on recreation sites, carried by the Red Bluff Daily News on 21 May 2013 (a US federal work, public domain); zone America/Los_Angeles (PDT); said 21 May 2013 10:00. The Memorial Day holiday weekend of 2013 runs Saturday 25 to Monday 27 May; a range falls due at its later end (CONVENTIONS 6.1). unsure: a careful reader could see only a present state ('is ready'), no time set [local due 2013-05-27 23:59:59 America/Los_Angeles]
    B(
        text="The Klamath National Forest is ready to welcome visitors for the Memorial Day holiday weekend.",
        due="2013-05-28 06:59:59",
        vague=False,
        said="2013-05-21 17:00:00",
        tz="America/Los_Angeles",
        cluster=4,
        source=_USFS,
        published="2013-05-21",
    ),
    # the same release: 'already open', a present state: due None, no refusal word
    B(
        text="Many campgrounds and recreation sites across the Forest are already open.",
        due=None,
        vague=False,
        said="2013-05-21 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_USFS,
        published="2013-05-21",
    ),
    # the same release: 'sometime in June' falls due at the month's end (CONVENTIONS 6.1) [local due 2013-06-30 23:59:59 America/Los_Angeles]
    B(
        text="The water system at Kangaroo Campground is undergoing repairs; potable water will be available sometime in June when the repairs are finished.",
        due="2013-07-01 06:59:59",
        vague=False,
        said="2013-05-21 17:00:00",
        tz="America/Los_Angeles",
        cluster=4,
        source=_USFS,
        published="2013-05-21",
    ),
    # the same release: 'beginning on Saturday, May 18th' is a start already past on 21 May (the release was written before the paper ran it); the horse camp 'scheduled to open in July' is the one time still ahead and falls due at the month's end (CONVENTIONS 3.1, 6.1). unsure: a careful reader reading the year-less date as the next 18 May could call the first part earliest [local due 2013-07-31 23:59:59 America/Los_Angeles]
    B(
        text="On the Goosenest Ranger District all campgrounds will be open beginning on Saturday, May 18th with the exception of Martin’s Dairy Horse Camp, which is scheduled to open in July following the installation of a new toilet.",
        due="2013-08-01 06:59:59",
        vague=False,
        said="2013-05-21 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_USFS,
        published="2013-05-21",
    ),
    # the same release: 'this season' (the camping season) has no calendar end: due None, no refusal word. unsure: a careful reader could read the season as the summer and put it due on 31 August 2013 (CONVENTIONS 3.3)
    B(
        text="O’Neil Creek Campground, near Hamburg, will remain closed this season as major repairs are made to upgrade the water system.",
        due=None,
        vague=False,
        said="2013-05-21 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_USFS,
        published="2013-05-21",
    ),
    # the same release: 'until the repairs are completed', an undated event: event (CONVENTIONS 1.3)
    B(
        text="Visitors may choose to camp at nearby Sarah Totten Campground until the repairs are completed.",
        due=None,
        vague=False,
        said="2013-05-21 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_USFS,
        published="2013-05-21",
    ),
    # Department for Transport news release (042) 'Tough new powers to make UK roads safer', issued on 1 April 2009, carried by wired-gov.net (Crown copyright under the Open Government Licence); zone Europe/London (BST); said 1 April 2009 10:00 (no hour given). Powers coming into force today, present tense: due at the end of the day (CONVENTIONS 2.1, 3.1) [local due 2009-04-01 23:59:59 Europe/London]
    B(
        text="New powers to ensure that all drivers who break the rules of the road face tough penalties come into force today.",
        due="2009-04-01 22:59:59",
        vague=False,
        said="2009-04-01 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFT,
        published="2009-04-01",
    ),
    # the same release: the only time word is 'no longer', which denies: negated (CONVENTIONS 4.1). unsure: a careful reader could read a rule taking effect, with no date of its own in the sentence (due None, no refusal word)
    B(
        text="Under the new laws drivers - including hauliers - living outside the UK will no longer be able to escape the penalties faced by UK offenders.",
        due=None,
        vague=False,
        said="2009-04-01 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_DFT,
        published="2009-04-01",
    ),
    # the same release: 'now' names the present: due None, no refusal word
    B(
        text="The Police and examiners from the Vehicle Operator and Services Agency (VOSA) can now collect on-the-spot payments from alleged offenders who cannot provide a satisfactory UK address.",
        due=None,
        vague=False,
        said="2009-04-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFT,
        published="2009-04-01",
    ),
    # the same release: 'for the first time' and 'driving hours' set no time: due None, no refusal word
    B(
        text="VOSA examiners will also - for the first time - be able to issue fixed penalty notices to drivers of heavy goods vehicles from both the UK and abroad, in addition to immobilising vehicles where driving hours, weight or vehicle safety rules have been broken.",
        due=None,
        vague=False,
        said="2009-04-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFT,
        published="2009-04-01",
    ),
    # the same release (ACPO's roads policing lead, quoted in it): schemes 'introduced today', a done act: past (CONVENTIONS 2.4)
    B(
        text='"The schemes introduced today will help law enforcement agencies deal more effectively with non-UK residents who commit driving offences and drivers committing commercial vehicle offences.',
        due=None,
        vague=False,
        said="2009-04-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT,
        published="2009-04-01",
    ),
)
