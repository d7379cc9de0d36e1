"""A HUNDRED-AND-FORTY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 10:32 and 10:45 by a labelling helper (branch
issue12l146-s55) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 55 (fresh144, fresh145, fresh147, fresh148), whose claims in the shared claims file were
treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in full, the
docstring, comments, some cases and the README section of `blind_fresh143.py`, the field list of
`BlindCase` in `blind_real.py`, the docstring of `tests/data/fresh_check.py`, and the top docstring of the
parser package only (the vague windows, "early/mid/late" thirds, "by" and "before" periods, year-less
dates); nothing else of `bot/core/deadlines/` was opened. The brief asked for GOV.UK departments and
agencies (DfE, DHSC, MoJ, Home Office, DVSA, Environment Agency, Ofsted), Stats NZ and LINZ, and US energy
and environment agencies (DOE, EPA, FERC, NRC), at most a third from the United States; at least eight
publishers, none above a fifth of the cases; about 90 cases (at least 70) by 11:25 UTC.

The set quotes Stats NZ (its Annual Report 2013, 'What shaped our year', and the data-quality notes of
the Household Labour Force Survey released on 7 May 2014), Wikinews (its September 2009 report and its
Archive conventions policy), Land Information New Zealand (Landwrap of 5 August 2020 and of September
2021, The PeriOIOdical of 14 April 2020), the Australian Bureau of Statistics (the 2016 Census topic
release schedule released on 20 August 2015 and the Census media release CO/91 of 9 June 2016), the
Nuclear Regulatory Commission (a Federal Register notice of 9 December 2019 and its rule 10 CFR 51.73 as
updated on 29 August 2017), the Department of Energy (a State and Local Spotlight of February 2024), the
Federal Energy Regulatory Commission (an event page of docket AD23-4) and the Environmental Protection
Agency (a Region 4 news release of 2 August 2019). 93 cases from 8 publishers (Stats NZ 18 (19.4%);
Wikinews 17 (18.3%); LINZ 15 (16.1%); ABS 14 (15.1%); NRC 14 (15.1%); DOE 6 (6.5%); FERC 5 (5.4%); EPA
4 (4.3%)). 29 of the 93 (31.2%) are from the United States (NRC, DOE, FERC, EPA); 64 are not.

No GOV.UK page was used: the brief asks for each publisher's own licence statement as seen in the store,
and searches of the stored pages this session found none for GOV.UK (only other Crown bodies' statements:
the Vehicle Certification Agency, NI bodies, councils), so the Environment Agency page found fresh (the
'Environmental permits: when and how we consult' guide) was not taken. ABS and Wikinews, both listed as
open and used before, were taken instead, each with its own statement in the store. Three claimed pages
were left out whole: an EPA Federal Register extension notice (lexbuild.dev, 2013-17673), to keep the
United States at most a third; Wikinews's Story preparation guideline (en.wikinews.org/wiki/Wikinews:SP),
to keep Wikinews at most a fifth once its Archive conventions were taken; and a LINZ guidance page
(settling when Landonline is unavailable, linz.govt.nz/node/6299), as undated. The store is heavily
mined: most pages found read USED (Stats NZ's 2011 media advisories and CPI notes, LINZ's Landwrap of
October 2018 and December 2017, FERC and NRC Federal Register notices, ABS's 2021 Census releases,
Oireachtas and European Commission pages, most Wikinews project pages).

Every sentence quoted holds a time word of some kind (a date, a year, a month, a weekday, a clock hour,
"today", "currently", "now", "next", "last month", "the coming weeks", "as quickly as possible", "after",
"before", "until", "when", "over the next two months"); sentences of the openings read that hold none were
skipped, as were titles, headings, date lines standing alone, label lines ("WHEN: ...", "DATES:"), the
captions describing a page's sections, bulleted fragments, link lines, contact lines and sentences cut
off by the end of an opening. The sentences were found with a
search over stored copies of public pages and taken as they came in the openings the search returns, in
page order; one whose only time word is general was passed over ('already' in LINZ's sentence on its
survey marks page). Quotation marks opening a quoted paragraph that does not close within the sentence
(ABS CO/91) are left out, the Federal Register's labels and a page-break marker are left out and its line
breaks joined, and a trailing ' -' after a wiki link (Wikinews report) is dropped; the pages' slips ('the
DOE honor', 'next months newsletter', 'January 24, 2019' for 2020) stay as the pages have them.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh146`) in `/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence and
address was then checked whole with the same tool (skipping this file, and against the deadlines README
as it stands on main): none reads used. Each label was
worked out by hand from the words, the publication date and the publisher's zone (Pacific/Auckland for
LINZ and Stats NZ, Australia/Sydney for the ABS, America/New_York for NRC, DOE, FERC and EPA, UTC for
Wikinews); the conversion of local instants to UTC wall time, weekdays, day counts and the date of Easter
2020 were done with Python's zoneinfo, datetime and dateutil in a scratch script outside the repository,
never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh143.py`: the publication date at 10:00 local time unless the page gives an hour (the ABS
schedule's 'Released at 11:30 AM (CANBERRA TIME) 20/08/2015', the survey notes' 'Embargoed until
10:45am – 07 May 2014'); where a page carries no date of its own in
the stored copy, the one its words or address give (the page's first comment says which and why, and
which labels depend on it); a day falls due at 23:59:59 local; a year, month or range at its later end
(CONVENTIONS 3.5, 6.1); "early August" is days 1 to 10; a window run for a stated length from now at its
end (CONVENTIONS 1.1); "the coming weeks" is vague, 4 weeks, and "as quickly as possible" vague, 60 days
(CONVENTIONS 5.1); "released from", "From December" and "After Easter" give only a start, earliest at the
start of that day (CONVENTIONS 3.2); a state kept "until" a day falls due that day (CONVENTIONS 3.3); a
time called off is negated (CONVENTIONS 4.1); a time given only by another sentence or line is not used
(CONVENTIONS 6.3); done acts are past (CONVENTIONS 2.4); standing limits and rates ("each quarter",
"for two years", "a minimum comment period of 45 days", "once it is seven days old") are recurring, and
times hung on an undated event are event (CONVENTIONS 1.3); a question is no undertaking (CONVENTIONS 4.2); refusals have `due=None` and a
`refusal` kind; a sentence whose time words set no time for any act has `due=None` and no refusal word
(32 such). Clusters as in `blind_fresh143.py`: 1 no time set, 2 clock times, 3 ranges and several dates,
4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 46 labels are refusals (past
23, recurring 13, event 4, earliest 4, negated 2); 2 are vague; 15 labels carry a due instant (the 2
vague ones included); 16 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after merging,
and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_ABSSCHED15 = "https://www.abs.gov.au/ausstats/abs@.nsf/Lookup/by%20Subject/2008.0~2016~Main%20Features~Topic%20release%20schedule~140"
_ABSCO9116 = "https://www.abs.gov.au/websitedbs/censushome.nsf/home/CO-91?opendocument&navpos=620"
_SNZAR13 = "http://archive.stats.govt.nz/about_us/what-we-do/our-publications/annual-reports/2013/what-shaped-our-year.aspx"
_SNZHLFS14 = "http://archive.stats.govt.nz/browse_for_stats/income-and-work/employment_and_unemployment/HouseholdLabourForceSurvey_HOTPMar14qtr/Data%20Quality.aspx"
_LINZAUG20 = "https://www.linz.govt.nz/news/2020-08/landwrap-august-2020"
_LINZSEP21 = "https://www.linz.govt.nz/news/2021-09/landwrap-september-2021"
_LINZAPR20 = "https://www.linz.govt.nz/news/2020-04/perioiodical-april-2020"
_WNREP09 = "https://en.m.wikinews.org/wiki/Wikinews:Reports/September_2009"
_WNARCH = "https://en.m.wikinews.org/wiki/Wikinews:ARCHIVE"
_NRCGEIS19 = "https://www.govinfo.gov/content/pkg/FR-2019-12-09/html/2019-26442.htm"
_NRCCFR17 = "https://www.nrc.gov/reading-rm/doc-collections/cfr/part051/part051-0073.html"
_EPACCR19 = "https://www.epa.gov/newsreleases/tuesday-epa-hold-public-hearing-august-6-georgias-coal-combustion-residuals-permit-1"
_DOESCEP24 = "https://www.energy.gov/scep/slsc/articles/state-and-local-spotlight-february-2024"
_FERCOFA23 = "https://ferc.gov/news-events/events/review-cost-submittals-other-federal-agencies-administering-part-i-federal-2"

FRESH146_CASES: tuple[BlindCase, ...] = (
    # Australian Bureau of Statistics (2008.0 - Census of Population and Housing: Nature and Content, Australia, 2016, 'Topic release schedule', abs.gov.au; Creative Commons Attribution, ABS copyright statement); the page's own line 'Released at 11:30 AM (CANBERRA TIME) 20/08/2015' gives the hour, so said 20 August 2015 11:30 AEST; zone Australia/Sydney (Canberra keeps Sydney time). a one-off release on a day (CONVENTIONS 3.1). 11 April without a year: 11 April 2016 is a Monday, 11 April 2017 the Tuesday the sentence names (and the Census is held in August 2016, so its results come in 2017): due 11 April 2017. unsure: the year-less date read as its next occurrence after the moment of speaking (the parser's documented rule) gives Monday 11 April 2016 and ignores the weekday [local due 2017-04-11 23:59:59]
    B(
        text="The first round of 2016 Census information will be released on Tuesday, 11 April, providing a preview of 2016 results and giving insight into what makes the 'typical' Australian in 2016, at the National and State and Territory level.",
        due="2017-04-11 13:59:59",
        vague=False,
        said="2015-08-20 01:30:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABSSCHED15,
        published="2015-08-20",
    ),
    # the release falls due at the end of the year it is given (CONVENTIONS 3.5, a period falls due at its end); the Census day, 9 August 2016, is earlier and names the Census [local due 2017-12-31 23:59:59]
    B(
        text="Following this, the results of the Census held on August 9 2016 will be released in 2017 in two main stages.",
        due="2017-12-31 12:59:59",
        vague=False,
        said="2015-08-20 01:30:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABSSCHED15,
        published="2015-08-20",
    ),
    # 'released from' gives the start of a release running on from that day, an activity given only its start (CONVENTIONS 3.2): earliest 27 June 2017. unsure: a careful reader could call the first release a one-off event on that day (CONVENTIONS 3.1) and give due 27 June 2017 23:59:59 AEST [local earliest 2017-06-27 00:00:00]
    B(
        text="The first data from the 2016 Census will be released from 27 June 2017.",
        due=None,
        vague=False,
        said="2015-08-20 01:30:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2017-06-26 14:00:00",
        cluster=5,
        source=_ABSSCHED15,
        published="2015-08-20",
    ),
    # as above, a release running on from a month: earliest the start of October 2017 (CONVENTIONS 3.2); 1 October 2017 00:00 is still AEST (summer time began at 02:00 that day). unsure: the one-off reading (CONVENTIONS 3.1) gives the end of October 2017 [local earliest 2017-10-01 00:00:00]
    B(
        text="Data regarding employment, qualifications and population mobility is scheduled to be released from October 2017.",
        due=None,
        vague=False,
        said="2015-08-20 01:30:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2017-09-30 14:00:00",
        cluster=5,
        source=_ABSSCHED15,
        published="2015-08-20",
    ),
    # 'extra time' sets no time for any act: due None, no refusal word
    B(
        text="The complex nature of this data means that it requires extra time to be processed.",
        due=None,
        vague=False,
        said="2015-08-20 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABSSCHED15,
        published="2015-08-20",
    ),
    # the years name the Census and the Dictionary; no time is set: due None, no refusal word
    B(
        text="More information regarding the release schedule of 2016 Census data can be found in the Census Dictionary, 2016 (cat. no. 2901.0).",
        due=None,
        vague=False,
        said="2015-08-20 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABSSCHED15,
        published="2015-08-20",
    ),
    # 'when' points to lists the sentence does not hold; no time is set: due None, no refusal word
    B(
        text="The lists below show when data related to each Census topic will be released.",
        due=None,
        vague=False,
        said="2015-08-20 01:30:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABSSCHED15,
        published="2015-08-20",
    ),
    # Australian Bureau of Statistics (Census media release CO/91, 'Two months to go until the 2016 Census of Population and Housing', abs.gov.au; Creative Commons Attribution, ABS copyright statement); the date is the release's own line '9 June 2016 | CO/91'; no hour given, said 9 June 2016 10:00 AEST. Quotation marks opening a quoted paragraph that does not close in the sentence are left out. the plans are being finalised for a Census the sentence puts two months ahead of 9 June 2016: due when the Census is held, 9 August 2016. unsure: the countdown may only say how far off the Census is, and a careful reader could give due None and no refusal word [local due 2016-08-09 23:59:59]
    B(
        text="With just two months until the 2016 Census of Population and Housing, the Australian Bureau of Statistics (ABS) is finalising its plans to reach more than 24-million people, from over 10-million dwellings across 8 million square kilometres.",
        due="2016-08-09 13:59:59",
        vague=False,
        said="2016-06-09 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABSCO9116,
        published="2016-06-09",
    ),
    # a one-off event on a day (CONVENTIONS 3.1): Tuesday 9 August 2016 (a Tuesday), the next 9 August after the moment of speaking [local due 2016-08-09 23:59:59]
    B(
        text="The Tuesday, 9 August Census is predicted to be the largest ever online event in Australia’s history, with two-thirds of the population expected to complete the form online, helping to make this Census the most efficient, cost effective and environmentally friendly ever.",
        due="2016-08-09 13:59:59",
        vague=False,
        said="2016-06-09 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABSCO9116,
        published="2016-06-09",
    ),
    # 'after more than four years of planning' measures how long the planning went on; no time is set for any act: due None, no refusal word
    B(
        text="Head of the 2016 Census Program, Duncan Young, said it’s exciting to see the enormous operation beginning to take shape after more than four years of planning.",
        due=None,
        vague=False,
        said="2016-06-09 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABSCO9116,
        published="2016-06-09",
    ),
    # 'our moment' and 'the future' set no time: due None, no refusal word
    B(
        text="It will be our moment to pause and play a part in helping shape the future of Australia’s education, health, transport and infrastructure,” Mr Young said.",
        due=None,
        vague=False,
        said="2016-06-09 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABSCO9116,
        published="2016-06-09",
    ),
    # the only time, 'over its 105 year history', is that of acts already done ('has helped'): past (CONVENTIONS 2.4)
    B(
        text="“Over its 105 year history, the Census has helped to guide trillions of taxpayer dollars to every corner of Australia, so everyone has an interest in making sure they’re counted, ensuring Australia remains a world leader in Census participation and accuracy.”",
        due=None,
        vague=False,
        said="2016-06-09 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABSCO9116,
        published="2016-06-09",
    ),
    # a window run for a stated length from the moment of speaking falls due at its end (CONVENTIONS 1.1): two months from 9 June 2016 [local due 2016-08-09 23:59:59]
    B(
        text="Over the next two months the ABS will participate in events around the country to promote the Census and answer questions about how the Census will change in 2016.",
        due="2016-08-09 13:59:59",
        vague=False,
        said="2016-06-09 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABSCO9116,
        published="2016-06-09",
    ),
    # a range falls due at its later end (CONVENTIONS 6.1); 'early August' is days 1 to 10 (the parser's documented thirds): 10 August 2016. The verb of saying is not the deadline (CONVENTIONS 2.2) [local due 2016-08-10 23:59:59]
    B(
        text="From late July to early August the majority of households across the country will receive a letter from the ABS, addressed ‘To the Resident’, Mr Young said.",
        due="2016-08-10 13:59:59",
        vague=False,
        said="2016-06-09 00:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_ABSCO9116,
        published="2016-06-09",
    ),
    # Stats NZ (Statistics New Zealand Annual Report 2013, 'What shaped our year', archive.stats.govt.nz; CC BY 4.0, Stats NZ copyright and terms of use). The stored page carries no date: it is the report on the year to 30 June 2013 and still speaks of 7 October 2013 as ahead, so it is taken as 30 September 2013, 10:00 NZDT (summer time began on 29 September); no label depends on the day chosen between July and 6 October 2013. 'over the year' is the year reported on, told as done ('have shaped', 'has performed'): past (CONVENTIONS 2.4)
    B(
        text="This chapter highlights eight aspects of our culture and work that have shaped the way Statistics New Zealand has performed over the year:",
        due=None,
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # held on 5 March 2013, before the report: past
    B(
        text="The 2013 Census of Population and Dwellings, New Zealand’s 33rd national census, was held on 5 March 2013.",
        due=None,
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # told in the past of 2013 so far: past
    B(
        text="It was the largest activity undertaken by a government department in 2013.",
        due=None,
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # how long the delivery and collection of a census takes, with no start of its own: event (CONVENTIONS 1.3). unsure: hours of work are an amount of effort, not a time, and a careful reader could give due None and no refusal word
    B(
        text="The delivery and collection of census forms from all households in New Zealand takes at least 550,000 working hours.",
        due=None,
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # census day (5 March 2013) is gone and the act is told in the past: past
    B(
        text="Our contact centre managed nearly 40,000 phone calls from respondents on census day alone.",
        due=None,
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # 2006 is a past census: past
    B(
        text="This is a great improvement from 2006, where barely 7 percent of forms were completed online.",
        due=None,
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # a rate told of the past ('processed'): past
    B(
        text="At its peak, our online system processed 130,000 forms an hour, or more than 2,000 per minute.",
        due=None,
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # '2013' names the Census; no time is set: due None, no refusal word
    B(
        text="The uptake of the online option in the 2013 Census makes New Zealand a world leader in online census collection.",
        due=None,
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # a one-off release on a day (CONVENTIONS 3.1); 'for seven years' measures the gap since the last census, no span to count [local due 2013-12-03 23:59:59]
    B(
        text="With the census collection phase complete and data processing underway, we are looking forward to releasing the first census information for seven years on 3 December 2013.",
        due="2013-12-03 10:59:59",
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # an ongoing activity given only its start (CONVENTIONS 3.2): earliest 1 December 2013 [local earliest 2013-12-01 00:00:00]
    B(
        text="From December, we will also start to fulfil customised data requests, and progressively publish results from the census on our website.",
        due=None,
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        refusal="earliest",
        earliest="2013-11-30 11:00:00",
        cluster=5,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # 'the December release' names the release by its month (as 'the Council's February meeting' is that month), and 'before <period>' falls due at the end of the day before it starts (CONVENTIONS 3.5): 30 November 2013. unsure: a careful reader could call the release an event this sentence does not date (event, CONVENTIONS 1.3); page: the release is on 3 December (so 2 December) [local due 2013-11-30 23:59:59]
    B(
        text="Before the December release, census data will first be used to calculate the number of general and Māori electorates.",
        due="2013-11-30 10:59:59",
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # a one-off act on a day (CONVENTIONS 3.1) [local due 2013-10-07 23:59:59]
    B(
        text="We will announce the revised number of electorates on 7 October 2013.",
        due="2013-10-07 10:59:59",
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # 'currently' tells a state as the report is written; 'the next census' is undated: due None, no refusal word
    B(
        text="We are currently exploring options for the next census and beyond.",
        due=None,
        vague=False,
        said="2013-09-29 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZAR13,
        published="2013-09-30",
    ),
    # Stats NZ (Household Labour Force Survey: March 2014 quarter, 'Data quality', archive.stats.govt.nz; CC BY 4.0, Stats NZ copyright and terms of use); the page's own line 'Embargoed until 10:45am – 07 May 2014' gives the hour of release, so said 7 May 2014 10:45 NZST. The two lines that describe the page's sections ('This section is for information that changes between periods.') are captions and were not taken, nor the bulleted list of groups left out of the statistics. the March 2014 quarter is over and the responses are told as done: past
    B(
        text="In the March 2014 quarter 31,529 people in 15,990 households responded to the Household Labour Force Survey (HLFS).",
        due=None,
        vague=False,
        said="2014-05-06 22:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZHLFS14,
        published="2014-05-07",
    ),
    # told of the quarter gone ('was'): past
    B(
        text="The response rate for the March 2014 quarter was 87.3 percent and the achieved sample rate was 77.6 percent.",
        due=None,
        vague=False,
        said="2014-05-06 22:45:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZHLFS14,
        published="2014-05-07",
    ),
    # '15 years' is an age, no span to count: due None, no refusal word
    B(
        text="The target population for the HLFS is the civilian, usually resident, non-institutionalised population aged 15 years and over.",
        due=None,
        vague=False,
        said="2014-05-06 22:45:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_SNZHLFS14,
        published="2014-05-07",
    ),
    # 'each quarter' is a standing rate: recurring (CONVENTIONS 1.3)
    B(
        text="The HLFS sample contains about 15,000 private households and about 30,000 individuals each quarter.",
        due=None,
        vague=False,
        said="2014-05-06 22:45:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_SNZHLFS14,
        published="2014-05-07",
    ),
    # a standing duration for every household, with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Households stay in the survey for two years.",
        due=None,
        vague=False,
        said="2014-05-06 22:45:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_SNZHLFS14,
        published="2014-05-07",
    ),
    # Land Information New Zealand (Landwrap, Issue 159, linz.govt.nz; CC BY 4.0, LINZ copyright page); the date is the issue's own line '5 August 2020'; no hour given, said 5 August 2020 10:00 NZST. The sentence on the new survey marks page, whose only time word is 'already', was passed over. '2002' names the Act; a standing responsibility with no time: due None, no refusal word
    B(
        text="You or your organisation are responsible for reinstating or replacing any destroyed or disturbed marks (Section 55, Cadastral Survey Act 2002).",
        due=None,
        vague=False,
        said="2020-08-04 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZAUG20,
        published="2020-08-05",
    ),
    # the years name Acts and Regulations; the changes are told as done ('made'): past
    B(
        text="The Regulatory Systems (Building and Housing) Amendment Act 2017 and associated Amendment Regulations made several changes to the Unit Titles Act 2010 (UTA), including the prescribed forms set out in Schedule 2 of the Unit Titles Regulations 2011.",
        due=None,
        vague=False,
        said="2020-08-04 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZAUG20,
        published="2020-08-05",
    ),
    # '2011' names the Regulations; no time is set: due None, no refusal word
    B(
        text="Please ensure that documents to be registered are prepared using the updated format of the prescribed forms in Schedule 2 of the Unit Titles Regulations 2011.",
        due=None,
        vague=False,
        said="2020-08-04 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZAUG20,
        published="2020-08-05",
    ),
    # 'now' and 'previous' set no time for any act: due None, no refusal word
    B(
        text="We continue to receive documents prepared using the previous format, which now do not contain the information required for registration and therefore need to be rejected or requisitioned.",
        due=None,
        vague=False,
        said="2020-08-04 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZAUG20,
        published="2020-08-05",
    ),
    # Land Information New Zealand (Landwrap, Issue 171, linz.govt.nz; CC BY 4.0, LINZ copyright page). The stored copy prints 'Published date' without the date; the address gives September 2021 and the issue tells of rules that 'came into effect on Monday 30 August 2021', so it is taken as 1 September 2021, 10:00 NZST; the two vague labels depend on that day and are marked unsure. 'current' sets no time: due None, no refusal word
    B(
        text="Thank you for your support as we deliver survey and title transactions within the current COVID-19 Alert Level restrictions.",
        due=None,
        vague=False,
        said="2021-08-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZSEP21,
        published="2021-09-01",
    ),
    # told of the time before the restrictions began: past
    B(
        text="Prior to the current Alert Level restrictions, we were aware our customers were experiencing longer than expected waiting times to have survey and title transactions processed.",
        due=None,
        vague=False,
        said="2021-08-31 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZSEP21,
        published="2021-09-01",
    ),
    # 'as quickly as possible' as the speaker's undertaking: vague, 60 days (CONVENTIONS 5.1) from the day taken, 1 September 2021. unsure: the words tell how the work is being done rather than an act to finish (a careful reader could give due None, no refusal word), and the day of the issue is not in the store, so the window's end depends on the day taken [local due 2021-10-31 23:59:59]
    B(
        text="Our staff are working as quickly and as safely as possible within the Government’s guidelines and we ask for your patience and understanding.",
        due="2021-10-31 10:59:59",
        vague=True,
        said="2021-08-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_LINZSEP21,
        published="2021-09-01",
    ),
    # 'the coming weeks' is vague, 4 weeks (the parser's documented window) from the day taken, 1 September 2021. unsure: the day of the issue is not in the store (the address gives September 2021), so the end depends on the day taken [local due 2021-09-29 23:59:59]
    B(
        text="We will continue to monitor and respond to the situation over the coming weeks as we work to improve services.",
        due="2021-09-29 10:59:59",
        vague=True,
        said="2021-08-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_LINZSEP21,
        published="2021-09-01",
    ),
    # came into effect on Monday 30 August 2021 (a Monday), before the issue: past
    B(
        text="The Cadastral Survey Rules 2021 (CSR 2021) came into effect on Monday 30 August 2021 which coincided with Landonline release 3.24 to support the new Rules.",
        due=None,
        vague=False,
        said="2021-08-31 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_LINZSEP21,
        published="2021-09-01",
    ),
    # '2021' names the Rules; a standing state with no time: due None, no refusal word
    B(
        text="There will be no resubmission fee for any cadastral survey dataset (CSD) certified in terms of the CSR 2021.",
        due=None,
        vague=False,
        said="2021-08-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZSEP21,
        published="2021-09-01",
    ),
    # '2010' names the Rules; no time is set: due None, no refusal word
    B(
        text="The resubmission fee will continue to apply for CSDs certified in terms of the Rules for Cadastral Survey 2010.",
        due=None,
        vague=False,
        said="2021-08-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZSEP21,
        published="2021-09-01",
    ),
    # Land Information New Zealand (The PeriOIOdical, Overseas Investment Office newsletter, linz.govt.nz; CC BY 4.0, LINZ copyright page); the date is the issue's own line '14 April 2020'; no hour given, said 14 April 2020 10:00 NZST (summer time ended on 5 April). The opening paragraph, printed twice (summary and letter), is quoted once. 'unprecedented times' sets no time: due None, no refusal word
    B(
        text="These are unprecedented times as New Zealand comes to grips with managing COVID-19 and a nationwide lockdown.",
        due=None,
        vague=False,
        said="2020-04-13 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZAPR20,
        published="2020-04-14",
    ),
    # 'currently' tells an ongoing act; no time is set: due None, no refusal word
    B(
        text="Assessors are currently contacting investors and legal advisors to understand the impact COVID-19 might have on proposed investments.",
        due=None,
        vague=False,
        said="2020-04-13 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZAPR20,
        published="2020-04-14",
    ),
    # 'After Easter' gives only a start (CONVENTIONS 3.2): Easter Sunday 2020 was 12 April and Easter Monday 13 April, so the day after Easter is 14 April 2020. unsure: 'should have' is a hope rather than an undertaking, and a careful reader could give due None and no refusal word (CONVENTIONS 4.2) [local earliest 2020-04-14 00:00:00]
    B(
        text="After Easter, we should have more detail on that in a special edition of PeriOIOdical.",
        due=None,
        vague=False,
        said="2020-04-13 22:00:00",
        tz="Pacific/Auckland",
        refusal="earliest",
        earliest="2020-04-13 12:00:00",
        cluster=5,
        source=_LINZAPR20,
        published="2020-04-14",
    ),
    # 'changing times' sets no time: due None, no refusal word
    B(
        text="We appreciate that these are changing times for investors, so do let us know if you or your client’s investment situation has changed, if there is going to be an application delay or if you require an application to be fast-tracked.",
        due=None,
        vague=False,
        said="2020-04-13 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_LINZAPR20,
        published="2020-04-14",
    ),
    # Wikinews (Wikinews:Reports/September 2009, en.m.wikinews.org; Creative Commons Attribution 2.5, Wikinews's own page on its licence). The page has no date of its own: it is the September 2009 report and gives 'the important highlights from last month', so it is taken as written on 1 October 2009, 10:00 UTC (Wikinews keeps UTC); no label depends on the day chosen in early October. 'at one point in time' is in the past ('had'): past
    B(
        text="I've been told at one point in time, we had a regularly scheduled newsletter of the important goings on at Wikinews.",
        due=None,
        vague=False,
        said="2009-10-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNREP09,
        published="2009-10-01",
    ),
    # 'about time' is an idiom; no time is set: due None, no refusal word
    B(
        text="I figured it was about time to start/resurrect it.",
        due=None,
        vague=False,
        said="2009-10-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNREP09,
        published="2009-10-01",
    ),
    # '24/7' describes being on the wiki all the time, no deadline for any act: due None, no refusal word
    B(
        text="After all, we do important things around here and if you aren't on the Wiki 24/7, you might miss something.",
        due=None,
        vague=False,
        said="2009-10-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNREP09,
        published="2009-10-01",
    ),
    # 'last month' (September 2009) is gone: past
    B(
        text="So here are the important highlights from last month:",
        due=None,
        vague=False,
        said="2009-10-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNREP09,
        published="2009-10-01",
    ),
    # a question is no undertaking (CONVENTIONS 4.2); 'next months newsletter' names the issue: due None, no refusal word
    B(
        text="Want to help participate in next months newsletter?",
        due=None,
        vague=False,
        said="2009-10-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNREP09,
        published="2009-10-01",
    ),
    # 'months' names the entries; no time is set: due None, no refusal word
    B(
        text="Stop by and leave a note on the respective months entry: User:ShakataGaNai/Around_enWikinews",
        due=None,
        vague=False,
        said="2009-10-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNREP09,
        published="2009-10-01",
    ),
    # Wikinews (Wikinews:Archive conventions, reached through the shortcut Wikinews:ARCHIVE, en.m.wikinews.org; Creative Commons Attribution 2.5). A standing policy page with no date in the stored copy; it is taken as read on 1 January 2010, 10:00 UTC, and no label depends on the day (each is a standing rule or sets no time). A sentence cut off by the end of the opening was skipped. 'the specific time at which they were written' and 'after publication' hang on each article's undated publication: event (CONVENTIONS 1.3). unsure: the sentence describes articles and undertakes nothing, and a careful reader could give due None and no refusal word
    B(
        text="Articles presented on Wikinews reflect the specific time at which they were written and published, and do not attempt to encompass events which occur, or knowledge which becomes available, after publication.",
        due=None,
        vague=False,
        said="2010-01-01 10:00:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_WNARCH,
        published="2010-01-01",
    ),
    # 'of their time' and 'a final stage' set no time: due None, no refusal word
    B(
        text="Because articles published on Wikinews may serve as references of their time, the project description describes a final stage for articles in which they are protected from further edits.",
        due=None,
        vague=False,
        said="2010-01-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNARCH,
        published="2010-01-01",
    ),
    # 'snapshots in time' and 'history' set no time: due None, no refusal word
    B(
        text="This protection serves to keep articles as snapshots in time; editing them is considered equal to editing history.",
        due=None,
        vague=False,
        said="2010-01-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNARCH,
        published="2010-01-01",
    ),
    # a standing rule for every article, with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Any article which is published and dated no less than seven days from the current date should, ordinarily, be archived per the process described below.",
        due=None,
        vague=False,
        said="2010-01-01 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WNARCH,
        published="2010-01-01",
    ),
    # a standing limit for every article ('more than 24 hours' after its publication): recurring (CONVENTIONS 1.3)
    B(
        text="Articles which have been published for more than 24 hours should not undergo significant edits; in case of a conflict on this basis, administrators may apply protection early.",
        due=None,
        vague=False,
        said="2010-01-01 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WNARCH,
        published="2010-01-01",
    ),
    # a standing rule ('once it is seven days old') for any such article: recurring (CONVENTIONS 1.3)
    B(
        text="In such circumstances, the article should have the pre-protection process described below applied once it is seven days old.",
        due=None,
        vague=False,
        said="2010-01-01 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WNARCH,
        published="2010-01-01",
    ),
    # a standing permission for every article ('at any time after publication'): recurring (CONVENTIONS 1.3)
    B(
        text="Articles may be page-move-protected at any time after publication, to preclude page-move vandalism.",
        due=None,
        vague=False,
        said="2010-01-01 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WNARCH,
        published="2010-01-01",
    ),
    # a standing practice ('usually'), its 'until' hung on undated publications: recurring (CONVENTIONS 1.3)
    B(
        text="When, during times of slow output, the number of articles shown on the main page has dropped to just ten, archiving is usually suspended until additional articles are published.",
        due=None,
        vague=False,
        said="2010-01-01 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WNARCH,
        published="2010-01-01",
    ),
    # 'post-archival' names the edits; no time is set: due None, no refusal word
    B(
        text="Discussions regarding post-archival edits to an article should take place on the article's talk page.",
        due=None,
        vague=False,
        said="2010-01-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNARCH,
        published="2010-01-01",
    ),
    # 'post-archival' names the edits; no time is set: due None, no refusal word
    B(
        text="Ideally, the template {{editprotected}} should be used to notify administrators about required post-archival edits.",
        due=None,
        vague=False,
        said="2010-01-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WNARCH,
        published="2010-01-01",
    ),
    # a standing rule for every article from its undated protection ('After ... no longer'): recurring (CONVENTIONS 1.3)
    B(
        text="After an article has been protected, it should no longer be edited on elements of content, sources, or other substance.",
        due=None,
        vague=False,
        said="2010-01-01 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WNARCH,
        published="2010-01-01",
    ),
    # Nuclear Regulatory Commission (Federal Register notice 2019-26442, NRC-2019-0226, govinfo.gov; a work of the US federal government, public domain); the date is the issue's own, 'Monday, December 9, 2019'; no hour given, said 9 December 2019 10:00 EST. The labels 'SUMMARY:' and 'DATES:' are left out, the page break '[[Page 67300]]' inside the first sentence is dropped and the line breaks joined. meetings held on dates before the notice: past
    B(
        text="On November 15, 2019 and November 20, 2019, the U.S. Nuclear Regulatory Commission (NRC) held public meetings and solicited comments on the exploratory process to determine whether to proceed with the development of generic environmental impact statement for the construction and operation of advanced nuclear reactors (ANR GEIS).",
        due=None,
        vague=False,
        said="2019-12-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRCGEIS19,
        published="2019-12-09",
    ),
    # a time called off ('originally scheduled'), the new end not in this sentence: negated (CONVENTIONS 4.1). unsure: a careful reader could take the date at face value, due 31 December 2019 23:59:59 EST
    B(
        text="The public comment period was originally scheduled to close on December 31, 2019.",
        due=None,
        vague=False,
        said="2019-12-09 15:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_NRCGEIS19,
        published="2019-12-09",
    ),
    # 'more time' sets no end for the extended period: due None, no refusal word
    B(
        text="The NRC has decided to extend the public comment period to allow more time for members of the public to develop and submit their comments.",
        due=None,
        vague=False,
        said="2019-12-09 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NRCGEIS19,
        published="2019-12-09",
    ),
    # a plan called off ('originally planned'), the new day not in this sentence: negated (CONVENTIONS 4.1). unsure: read at face value the workshop falls due at the end of December 2019
    B(
        text="The NRC originally planned to hold a workshop on the exploratory process in December 2019.",
        due=None,
        vague=False,
        said="2019-12-09 15:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_NRCGEIS19,
        published="2019-12-09",
    ),
    # a one-off event moved to a new day, which counts (CONVENTIONS 3.1, 4.1): Wednesday 8 January 2020 [local due 2020-01-08 23:59:59]
    B(
        text="The workshop has been rescheduled for January 8, 2020.",
        due="2020-01-09 04:59:59",
        vague=False,
        said="2019-12-09 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NRCGEIS19,
        published="2019-12-09",
    ),
    # the only date names the earlier document; the extended due date is not in this sentence: due None, no refusal word. unsure: a careful reader could call it past (the only date is gone) or event (an extension counted from an end not given)
    B(
        text="The due date of comments requested in the document published on November 15, 2019 (84 FR 62599) is extended.",
        due=None,
        vague=False,
        said="2019-12-09 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NRCGEIS19,
        published="2019-12-09",
    ),
    # as printed, 24 January 2019 is ten months before the notice of 9 December 2019: past. unsure: the notice plainly means 24 January 2020 (a slip of the year), and a careful reader could give due 24 January 2020 23:59:59 EST
    B(
        text="Comments should be filed no later than January 24, 2019.",
        due=None,
        vague=False,
        said="2019-12-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRCGEIS19,
        published="2019-12-09",
    ),
    # 'this date' is given only by the sentence before, which is not used (CONVENTIONS 6.3): event (CONVENTIONS 1.3)
    B(
        text="Comments received after this date will be considered, if it is practical to do so, but the Commission is able to ensure consideration only for comments received on or before this date.",
        due=None,
        vague=False,
        said="2019-12-09 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NRCGEIS19,
        published="2019-12-09",
    ),
    # the workshop's new day (CONVENTIONS 3.1, 4.1) [local due 2020-01-08 23:59:59]
    B(
        text="Workshop date rescheduled for January 8, 2020.",
        due="2020-01-09 04:59:59",
        vague=False,
        said="2019-12-09 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NRCGEIS19,
        published="2019-12-09",
    ),
    # Nuclear Regulatory Commission (10 CFR 51.73, 'Request for comments on draft environmental impact statement', nrc.gov; a work of the US federal government, public domain); the page's own line 'Page Last Reviewed/Updated Tuesday, August 29, 2017' gives the day; no hour given, said 29 August 2017 10:00 EDT. The section heading was not taken. a standing rule for every draft statement ('the date on which the comment period closes' is each case's own): recurring (CONVENTIONS 1.3)
    B(
        text="Each draft environmental impact statement and each supplement to a draft environmental impact statement distributed in accordance with § 51.74, and each news release provided pursuant to § 51.74(d) will be accompanied by or include a request for comments on the proposed action and on the draft environmental impact statement or any supplement to the draft environmental impact statement and will state where comments should be submitted and the date on which the comment period closes.",
        due=None,
        vague=False,
        said="2017-08-29 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NRCCFR17,
        published="2017-08-29",
    ),
    # a standing length for every comment period, with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="A minimum comment period of 45 days will be provided.",
        due=None,
        vague=False,
        said="2017-08-29 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NRCCFR17,
        published="2017-08-29",
    ),
    # a standing rule on how every period is counted: recurring (CONVENTIONS 1.3)
    B(
        text="The comment period will be calculated from the date on which the Environmental Protection Agency notice stating that the draft statement or the supplement to the draft statement has been filed with EPA is published in the Federal Register.",
        due=None,
        vague=False,
        said="2017-08-29 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NRCCFR17,
        published="2017-08-29",
    ),
    # a standing rule ('within the time specified' in each case): recurring (CONVENTIONS 1.3)
    B(
        text="If no comments are provided within the time specified, it will be presumed, unless the agency or person requests an extension of time, that the agency or person has no comment to make.",
        due=None,
        vague=False,
        said="2017-08-29 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NRCCFR17,
        published="2017-08-29",
    ),
    # a standing limit on every extension: recurring (CONVENTIONS 1.3)
    B(
        text="To the extent practicable, NRC staff will grant reasonable requests for extensions of time of up to fifteen (15) days.",
        due=None,
        vague=False,
        said="2017-08-29 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NRCCFR17,
        published="2017-08-29",
    ),
    # Environmental Protection Agency (Region 4 news release, epa.gov; a work of the US federal government, public domain); the dateline 'ATLANTA (August 2, 2019)' gives the day; no hour given, said 2 August 2019 10:00 EDT. The 'WHAT:/WHO:/WHEN:/WHERE:/RSVP:' lines are labels, not sentences, and were not taken; the last sentence of the opening, cut off, was skipped. the dateline is the day of the release; the hearing is given no time in this sentence (its day is on a 'WHEN:' line, not used, CONVENTIONS 6.3): due None, no refusal word
    B(
        text="ATLANTA (August 2, 2019) — The U.S. Environmental Protection Agency (EPA) will hold a public hearing on the proposed approval of the application submitted by the Georgia Environmental Protection Division to allow the Georgia Coal Combustion Residuals (CCR) Permit Program to operate in lieu of the federal CCR program.",
        due=None,
        vague=False,
        said="2019-08-02 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EPACCR19,
        published="2019-08-02",
    ),
    # 'in June' (2019) with a past verb: past
    B(
        text="Georgia is the second state to submit a complete CCR permit program application, and in June, EPA proposed to approve the Georgia program.",
        due=None,
        vague=False,
        said="2019-08-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPACCR19,
        published="2019-08-02",
    ),
    # 'currently' tells an ongoing act; no end is set: due None, no refusal word
    B(
        text="EPA is currently seeking public comment on this proposed approval and is holding a public hearing to provide interested persons the opportunity to present information and views concerning Georgia’s CCR permit program.",
        due=None,
        vague=False,
        said="2019-08-02 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EPACCR19,
        published="2019-08-02",
    ),
    # a period kept open until a day falls due that day (CONVENTIONS 3.3) [local due 2019-08-27 23:59:59]
    B(
        text="For those that are unable to participate in the public hearing, but would like to submit comments on this proposal, the comment period is open until August 27, 2019.",
        due="2019-08-28 03:59:59",
        vague=False,
        said="2019-08-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPACCR19,
        published="2019-08-02",
    ),
    # Department of Energy (Office of State and Community Energy Programs, 'State and Local Spotlight: February 2024', energy.gov; a work of the US federal government, public domain). The stored copy carries no date; the address names February 2024 and the summit of 27-28 February is told as held, so it is taken as 29 February 2024, 10:00 EST; the first label depends on the page being of February and is marked unsure. The link line 'Read more about ...' and a sentence cut off by the end of the opening were skipped. an act told in the present for the month of speaking falls due at that period's end (as 'today' does, CONVENTIONS 2.1): the end of February 2024. unsure: a careful reader could see no undertaking in honouring and give due None; and if the page went up in March the month is gone (past) [local due 2024-02-29 23:59:59]
    B(
        text="This Black History Month, the U.S. Department of Energy (DOE) honor those who have shaped our energy past, present, and future for the better.",
        due="2024-03-01 04:59:59",
        vague=False,
        said="2024-02-29 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_DOESCEP24,
        published="2024-02-29",
    ),
    # an act already done ('has unveiled'); '2023' names the plan: past (CONVENTIONS 2.4)
    B(
        text="In continued celebration, DOE has unveiled its 2023 Equity Action Plan (EAP).",
        due=None,
        vague=False,
        said="2024-02-29 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOESCEP24,
        published="2024-02-29",
    ),
    # 'thus far' and 'will implement' set no time: due None, no refusal word
    B(
        text="This plan outlines the progress made by the DOE thus far and the strategies it will implement to further advance equity for all Americans.",
        due=None,
        vague=False,
        said="2024-02-29 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOESCEP24,
        published="2024-02-29",
    ),
    # held on 27 and 28 February 2024, before the page: past
    B(
        text="DOE’s 2024 Tribal Clean Energy Summit was held February 27 – 28 on the homelands of the Pechanga Band of Luiseño Indians in Temecula, California.",
        due=None,
        vague=False,
        said="2024-02-29 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOESCEP24,
        published="2024-02-29",
    ),
    # told as done ('announced', 'newly released'): past
    B(
        text="Austin also announced the newly released fourth round of funding by the Energy Efficiency and Conservation Block Grant (EECBG) program.",
        due=None,
        vague=False,
        said="2024-02-29 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOESCEP24,
        published="2024-02-29",
    ),
    # told as done ('shared ... during a panel presentation'): past
    B(
        text="Karen Zelmar – SCEP’s Inflation Reduction Act Home Rebates Manager – shared information about rebate program design during a panel presentation.",
        due=None,
        vague=False,
        said="2024-02-29 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOESCEP24,
        published="2024-02-29",
    ),
    # Federal Energy Regulatory Commission (event page, Docket No. AD23-4-000, ferc.gov; a work of the US federal government, public domain). The stored page carries no date; the docket number dates the proceeding to 2023, so it is taken as 3 January 2023, 10:00 EST, and no label depends on the day. The contact sentences (transcript orders, questions, accessibility requests) were skipped as contact lines. an order of 8 October 2004: past
    B(
        text="In an order issued on October 8, 2004, the Commission set forth a guideline for Other Federal Agencies (OFAs) to submit their costs related to Administering Part I of the Federal Power Act.",
        due=None,
        vague=False,
        said="2023-01-03 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FERCOFA23,
        published="2023-01-03",
    ),
    # 'October 8' names the 2004 order, and the announcement is told as done: past
    B(
        text="The October 8 Order also announced that a technical conference would be held for the purpose of reviewing the submitted cost forms and detailed supporting documentation.",
        due=None,
        vague=False,
        said="2023-01-03 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FERCOFA23,
        published="2023-01-03",
    ),
    # the time is given only below the sentence, which is not used (CONVENTIONS 6.3): due None, no refusal word. unsure: a careful reader could call the conference an undated event (event, CONVENTIONS 1.3)
    B(
        text="The Commission will hold a technical conference, via conference call, at the time identified below.",
        due=None,
        vague=False,
        said="2023-01-03 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FERCOFA23,
        published="2023-01-03",
    ),
    # a span from an undated meeting: event (CONVENTIONS 1.3)
    B(
        text="Two weeks after the post-forum meeting, the transcript will be available for free on the Commission’s e-library system.",
        due=None,
        vague=False,
        said="2023-01-03 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FERCOFA23,
        published="2023-01-03",
    ),
    # '1973' names the Act; no time is set: due None, no refusal word
    B(
        text="FERC conferences are accessible under section 508 of the Rehabilitation Act of 1973.",
        due=None,
        vague=False,
        said="2023-01-03 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FERCOFA23,
        published="2023-01-03",
    ),
)
