"""A HUNDRED-AND-SEVENTEENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the afternoon (the machine's clock read 16:14 at the
start and about 16:24 when the labels were written), by a labelling helper (branch issue12l117-s48)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 48, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a and 6.4 among them), the
docstring, comments and some cases of `blind_fresh112.py` with its README section, and the top
docstring of the parser package only (the vague windows, parts of the day, "early" as the first
third of a period, "before"/"by" periods, a range falling due at its later end); nothing else of
`bot/core/deadlines/` was opened. The brief asked for the Scottish Government and the Scottish
Parliament, the Houses of the Oireachtas and gov.ie departments, UK regulators and statistics bodies
with their own OGL statement (Ofgem, Ofwat, ONS, ORR, Ofcom), the Northern Ireland Assembly, and at
most a quarter US federal; at least eight publishers, none above a fifth, about 100 cases (at least
70, or at least 50 by the hard deadline of 16:45 UTC).

The set quotes two Official Reports of the Scottish Parliament (the Education, Culture and Sport
Committee of 11 December 2001, the Procedures Committee of 11 June 2003), Scottish Government news
items of December 2010 carried in a Wired-Gov digest, three Office of Rail and Road pages (a
consultation listing of 2016, a consultation search of 2017, the statistics 'User engagement' page of
2016), an Office for National Statistics statement of January 2021, an Ofwat news release of 14
November 2023, a Federal Aviation Administration item of 17 November 2009 (carried by HeliHub) and US
Coast Guard Federal Register summaries of 10 July 2018 (Justia's listing): 51 cases from 7
publishers (the Scottish Parliament 12, 23.5%; the Scottish Government 9; the US Coast Guard 9; the
Office of Rail and Road 8; the Office for National Statistics 6; Ofwat 6; the FAA 1). 10 of the 51
(19.6%) are from the United States; 41 are not. THE SET FALLS SHORT OF THE BRIEF: 51 cases, not 70;
seven publishers, not eight; the Scottish Parliament above a fifth. No Oireachtas or gov.ie page
offered by the searches was fresh; the Northern Ireland Assembly pages found fresh (and claimed) were
left out because its own licence page could not be found with the search tool; see README.md.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a period, a
span, a year, "now", "currently", "current", "already", "recent", "early", "temporary", "time",
"until", "before"); the sentences of the openings read that hold none were skipped, as were
titles, headings glued before a sentence ("Publication of updated guidance"), date and status
lines, source labels ("ScotGov"), list items of schedules and sentences cut off by the end of an
opening. One list item without a closing full stop was taken as it stands; no word was changed
("2010to" and the straight and curly apostrophes stay as the pages have them). The sentences were
found with a search over stored copies of public pages and taken as they came in the openings the
search returns, in page order.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh117`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were
found used and dropped (README.md lists them). Every sentence was then checked whole with the same
tool (skipping this file): one was found used (stock wording) and dropped ("This consultation is now
closed."). Each label was worked out by hand from the words, the publication date and the publisher's
zone (Europe/London for the UK publishers, America/New_York for the FAA, America/Chicago for the
Coast Guard's Lake Michigan zones); the conversion of local instants to UTC wall time, weekdays and
day counts were done with Python's zoneinfo and datetime in a scratch script outside the repository,
never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh112.py`: the publication date at 10:00 local time unless the page gives an hour, and where
a page carries no date in its opening, the one its words or other facts give (each page's first
comment says which and why: the ONS statement by its own dates, Ofwat's release by press reports of
it, ORR's undated statistics page by its own "from the start of 2017", with a stand-in day on which
no label depends); a day falls due at 23:59:59 local; a range falls due at its later end and of
things given in turn the later counts (CONVENTIONS 6.1, 6.2); a date of effect is due then
(CONVENTIONS 3.1, 3.1a); a window kept for a stated length falls due at its end (CONVENTIONS 1.1); a
time limit from now is a deadline (CONVENTIONS 1.2); the present with "today" is due that day and the
perfect with "today" is past (CONVENTIONS 2.1, 2.4); standing patterns are recurring and times hung on
an undated event are event (CONVENTIONS 1.3, 5.2); a possibility or a question is no undertaking
(CONVENTIONS 4.2). Refusals have `due=None` and a `refusal` kind; a sentence whose time words set no
time for any act has `due=None` and no refusal word. No sentence holds nights of work (CONVENTIONS 6.4
decides none). Clusters as in `blind_fresh112.py`: 1 no time set, 2 clock times, 3 ranges and
several dates, 4 parts of the day, periods and vague windows, 5 refusals, 6 plain days and dates.
19 labels are refusals (past 10, event 7, recurring 2); 1 is vague; 15 labels carry a due instant;
11 are marked "unsure" and name the other reading; like every label here they stay as committed,
whatever the first run shows. First run: not yet taken (the lead runs it once, after merging, and
records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 12 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 39 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_SP01 = "https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/lghp-11-12-2001?iob=2494&meeting=603"
_SP02 = "https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/cppp-11-06-2003?iob=13758&meeting=2877"
_SG = (
    "https://www.wired-gov.net/wg/wg-content-1.nsf/article/Legislation+Legal+11122010?opendocument"
)
_ORRA = "https://orr.gov.uk/taxonomy/term/111?page=28"
_ORRB = "https://www.orr.gov.uk/search-consultations?f%5B0%5D=authored_on%3A2016&f%5B1%5D=authored_on%3A2017"
_ORRU = "http://orr.gov.uk/statistics/user-engagement"
_ONS = (
    "https://www.ons.gov.uk/news/statementsandletters/coronaviruscovid19infectionsurveyadhocrelease"
)
_OFW = (
    "https://www.ofwat.gov.uk/ofwat-confirms-majority-of-companies-will-return-money-to-customers/"
)
_FAA = "https://www.helihub.com/2009/11/17/faa-finalizes-changes-in-hudson-river-airspace-to-enhance-safety/"
_USCG = "https://regulations.justia.com/regulations/fedreg/agencies/department-of-homeland-security/coast-guard/2018/07/10"

FRESH117_CASES: tuple[BlindCase, ...] = (
    # Scottish Government news items (ScotGov) of December 2010 carried in Wired-Gov's 'Legislation / Legal' digest of 11 December 2010 (address dated 11122010); zone Europe/London (GMT), said at 10:00 local on the digest's date. The source label 'ScotGov' glued to the first word is left out (a label); '2010to' stays as the page has it. New controls introduced on 17 December 2010: a rule taking effect, due that day (CONVENTIONS 3.1a), end of day
    B(
        text="New controls are being introduced on 17 December 2010to deal with the persistent problem of sheep scab in Scotland.",
        due="2010-12-17 23:59:59",
        vague=False,
        said="2010-12-11 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SG,
        published="2010-12-11",
    ),
    # the same page: 'as soon as possible' hung on an undated event of each case (the suspicion of infection), a standing duty: event (CONVENTIONS 5.2, 1.3)
    B(
        text="The legislation will put a legal obligation on any person who suspects that sheep in their possession or care have the infection to let their local Divisional Veterinary Manager know as soon as possible.",
        due=None,
        vague=False,
        said="2010-12-11 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_SG,
        published="2010-12-11",
    ),
    # the same page: 'until' an undated event (treatment, slaughter or a negative diagnosis): event
    B(
        text="Movement restrictions will then apply until the sheep are either treated or slaughtered, or a veterinary surgeon provides a negative diagnosis.",
        due=None,
        vague=False,
        said="2010-12-11 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_SG,
        published="2010-12-11",
    ),
    # the same page: 'current' sets no time: due None, no refusal word
    B(
        text="Species such as ducks, geese and shore waders are unable to feed in the current freezing conditions, threatening the birds' natural survival.",
        due=None,
        vague=False,
        said="2010-12-11 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SG,
        published="2010-12-11",
    ),
    # the same page: a ban beginning on 10 December 2010 (CONVENTIONS 3.1a), end of that day, less than a day before the digest's date. unsure: already in force when the digest appeared, so a careful reader could give past
    B(
        text="The suspension, brought into force under Section 2 of the Wildlife and Countryside Act 1981, prohibits the shooting of birds from 10 December 2010.",
        due="2010-12-10 23:59:59",
        vague=False,
        said="2010-12-11 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SG,
        published="2010-12-11",
    ),
    # the same page: the suspension lasts 14 days from its start on 10 December (the sentence before): a window falls due at its end (CONVENTIONS 1.1), 24 December 2010; the review after 7 days is earlier and the later counts (CONVENTIONS 6.2). unsure: the start comes from the sentence before; read from the moment of speaking it would be 25 December
    B(
        text="It will last for 14 days but will be reviewed after 7 days.",
        due="2010-12-24 23:59:59",
        vague=False,
        said="2010-12-11 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_SG,
        published="2010-12-11",
    ),
    # the same page (the label 'ScotGov:' left out): Royal Assent granted, perfect tense, and 'now' an Act: past (CONVENTIONS 2.4)
    B(
        text="A new law that will ditch the right to buy (RTB) for new council house & housing association tenants has been granted Royal Assent and is now an Act of Parliament.",
        due=None,
        vague=False,
        said="2010-12-11 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SG,
        published="2010-12-11",
    ),
    # the same page: provisions coming into force on 1 March 2011 (CONVENTIONS 3.1), end of day
    B(
        text="With Royal Assent, the Act's provisions on Right to Buy will come into force on 1 March 2011.",
        due="2011-03-01 23:59:59",
        vague=False,
        said="2010-12-11 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SG,
        published="2010-12-11",
    ),
    # the same page: 'over the next 10 years' from speaking, a window falling due at its end (CONVENTIONS 1.1): 11 December 2020. unsure: an expectation rather than an undertaking (CONVENTIONS 4.2, due None)
    B(
        text="It is expected that up to 18,000 homes would be kept in the social rented sector over the next 10 years, rather than being sold to tenants.",
        due="2020-12-11 23:59:59",
        vague=False,
        said="2010-12-11 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_SG,
        published="2010-12-11",
    ),
    # Office of Rail and Road, listing of consultations (orr.gov.uk, page 28 of a topic listing); each item is read at its own listed date, 10:00 local ('This consultation is now closed.' of the first item was dropped as stock wording, found used). Item 'Consultation on improving Schedule 5 of the model freight track access contract', 20 January 2016: a consultation of 6 November 2015, told of the past: past
    B(
        text="On 6 November 2015 we consulted on proposed changes to Schedule 5 and the associated Rights Table in the model freight track access contract.",
        due=None,
        vague=False,
        said="2016-01-20 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ORRA,
        published="2016-01-20",
    ),
    # the same item: 'timing windows' names a kind of access right and sets no time: due None
    B(
        text='These changes are to reflect the move away from freight access rights having "Levels" and towards having origin and destination timing windows for services.',
        due=None,
        vague=False,
        said="2016-01-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ORRA,
        published="2016-01-20",
    ),
    # the same page, item on competition law enforcement (listed 18 January 2016; the heading 'Publication of updated guidance' before it left out): the text tells of 31 March 2016 as done, so it was written on or after that day; said 31 March 2016 10:00 BST. Past
    B(
        text="On 31 March 2016, having considered responses to our consultation, we published the final version of our approach to the enforcement of the Competition Act 1998 in relation to the supply of services relating to railways.",
        due=None,
        vague=False,
        said="2016-03-31 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ORRA,
        published="2016-03-31",
    ),
    # Office of Rail and Road, consultations search filtered to 2016 and 2017 (orr.gov.uk); item 'System operation in control period 6 (CP6)', 21 September 2017, 10:00 BST. 'control period 6' and 'the 2018 periodic review' name periods and a review and set no time: due None
    B(
        text="This page provides details of our work and publications on developing the framework for Network Rail’s national system operator (NSO) in control period 6 (CP6) as part of the 2018 periodic review (PR18).",
        due=None,
        vague=False,
        said="2017-09-21 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ORRB,
        published="2017-09-21",
    ),
    # the same page, item 'Guidance on Network Rail's strategic business plans', 25 July 2017: the plans are promised with no time of their own; 'the 2018 periodic review' names the review: due None. unsure: the review's year could be read as the plans' deadline (end of 2018)
    B(
        text="As part of the 2018 periodic review (PR18), Network Rail will produce strategic business plans (SBPs) which will form the main source of evidence that we will use to determine Network Rail’s funding and outputs for CP6.",
        due=None,
        vague=False,
        said="2017-07-25 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ORRB,
        published="2017-07-25",
    ),
    # Office of Rail and Road, 'User engagement' page on statistics (orr.gov.uk); its opening carries no date; the change it proposes takes effect 'from the start of 2017', so it was written in 2016: said 1 July 2016 10:00 BST as a stand-in (no label below depends on the day within 2016). 'recent' consultation and publication 'from quarterly to 6-monthly': a standing pattern, recurring (CONVENTIONS 1.3). unsure: a proposal with no time of its own could be due None without a refusal word
    B(
        text="Following recent consultation with Rail statistics management group (RSMG), ORR is proposing to change the publication schedule of Network Rail Outputs and Indicators - Key Statistics from quarterly to 6-monthly to align with the publication schedule of ORR’s Network Rail Monitor which these statistics support.",
        due=None,
        vague=False,
        said="2016-07-01 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ORRU,
        published="2016-07-01",
    ),
    # the same page: 'already updated every period': a standing pattern, recurring
    B(
        text="The punctuality data (PPM, CaSL and Right Time) included in these statistics is already updated every period for each train operator separately on the data portal.",
        due=None,
        vague=False,
        said="2016-07-01 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_ORRU,
        published="2016-07-01",
    ),
    # the same page: the change takes effect from the start of 2017, a date of effect (CONVENTIONS 3.1), 1 January 2017 end of day; June and November each year is the standing pattern after it
    B(
        text="This change to the publication schedule will take effect from the start of 2017, therefore the statistics will be published in June and November each year only.",
        due="2017-01-01 23:59:59",
        vague=False,
        said="2016-07-01 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ORRU,
        published="2016-07-01",
    ),
    # Office for National Statistics, statement on an ad hoc release of Coronavirus (COVID-19) Infection Survey data (ons.gov.uk); the opening carries no date: the release covers cases 'to 2 January' and precedes the regular bulletin of Friday 8 January 2021, so it appeared between 4 and 7 January 2021; Tuesday 5 January used, 10:00 local (any of those days gives every label below). 'Today we have published': the perfect with today, past (CONVENTIONS 2.4)
    B(
        text="Today we have published an ad hoc release of headline data from the Coronavirus (COVID-19) Infection Survey.",
        due=None,
        vague=False,
        said="2021-01-05 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS,
        published="2021-01-05",
    ),
    # the same page: a temporary adjustment during the holiday period, told of the past: past
    B(
        text="To provide the latest data as they became available during the holiday period, we temporarily adjusted our production cycle.",
        due=None,
        vague=False,
        said="2021-01-05 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS,
        published="2021-01-05",
    ),
    # the same page: the regular bulletin on Friday 8 January 2021 at 12pm (GMT): due then
    B(
        text="Today’s publication is the last ad hoc data release in advance of our regular weekly bulletin, which will be published on Friday 8 January 2021 at 12pm and will include all data that we regularly publish.",
        due="2021-01-08 12:00:00",
        vague=False,
        said="2021-01-05 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_ONS,
        published="2021-01-05",
    ),
    # the same page: 'early' results and 'this stage of the pandemic' set no time: due None
    B(
        text="These early results are being published due to the heightened public interest during this stage of the pandemic, in line with the value principle of the UK Statistics Authority’s Code of Practice for Statistics.",
        due=None,
        vague=False,
        said="2021-01-05 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS,
        published="2021-01-05",
    ),
    # the same page: an ongoing review of the publication schedule with no time: due None, no refusal word
    B(
        text="In line with our wider continuous improvement work around the statistics we produce and publish and to ensure we continue to meet the needs of society, we are reviewing our publication schedule.",
        due=None,
        vague=False,
        said="2021-01-05 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS,
        published="2021-01-05",
    ),
    # the same page: data 'published today' (done) up to 2 January: past
    B(
        text="The data published today can be found in the Estimates of COVID-19 cases to 2 January ad hoc release.",
        due=None,
        vague=False,
        said="2021-01-05 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS,
        published="2021-01-05",
    ),
    # Ofwat news release 'Ofwat confirms majority of companies will return money to customers' (ofwat.gov.uk); the opening carries no date; press reports of it are dated Tuesday 14 November 2023 (The Courier), used here at 10:00 local. 'is today confirming', the present with today: due at the end of that day (CONVENTIONS 2.1)
    B(
        text="Ofwat is today confirming the financial penalties and payments for all water companies for the 2022-23 year, with the majority of companies having to return money to customers.",
        due="2023-11-14 23:59:59",
        vague=False,
        said="2023-11-14 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OFW,
        published="2023-11-14",
    ),
    # the same page: draft decisions in September and a consultation closed on 18 October 2023, told of the past: past
    B(
        text="The final determination follows on from the announcement of draft decisions in September, the consultation for which closed on 18 October 2023.",
        due=None,
        vague=False,
        said="2023-11-14 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFW,
        published="2023-11-14",
    ),
    # the same page (a note to editors): '2024-25' names the year the adjustment applies to, no deadline: due None. unsure: the end of the 2024-25 year (31 March 2025) could be read as the time the adjustment is checked
    B(
        text="For some companies the final revenue adjustment that will be applied to 2024-25 can differ from the reported outcome delivery incentive (ODI) payments for the year because other adjustments may be included.",
        due=None,
        vague=False,
        said="2023-11-14 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFW,
        published="2023-11-14",
    ),
    # the same page: payments 'from previous years': past
    B(
        text="For example, Severn Trent’s revenue adjustment includes additional funding for Green Recovery investment, and the recovery of deferred outcome delivery incentive payments from previous years.",
        due=None,
        vague=False,
        said="2023-11-14 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFW,
        published="2023-11-14",
    ),
    # the same page (a list item, no closing full stop on the page): £21m deferred to 2025-26, the financial year ending 31 March 2026: due at its end (a period read at its end), 23:59:59 BST. unsure: 2025-26 could be read as only the earliest time (refusal earliest, 1 April 2025)
    B(
        text="The amount being returned to customers by Southern Water accounts for an additional £21m which will be deferred to 2025-26",
        due="2026-03-31 22:59:59",
        vague=False,
        said="2023-11-14 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OFW,
        published="2023-11-14",
    ),
    # the same page: a rate applied and an assumption made at PR19 about 2020-25, told of the past: past
    B(
        text="A 0% tax rate has been applied to Thames Water and Anglian Water, after adjusting for the funding those companies received at PR19 (when it was assumed that they would pay some tax during 2020-25) to ensure fairness to customers.",
        due=None,
        vague=False,
        said="2023-11-14 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFW,
        published="2023-11-14",
    ),
    # Federal Aviation Administration news of 17 November 2009 on the Hudson River airspace rule, carried by HeliHub with 'Source: FAA'; zone America/New_York, said at 10:00 local. 'today finalized' is done; the rule's date of effect, 19 November 2009, is the time it falls due (CONVENTIONS 3.1), end of day EST
    B(
        text="The Federal Aviation Administration (FAA) today finalized a federal rule, effective November 19, 2009, that will enhance safety by separating low-altitude, local aircraft flights over the Hudson River from flights transiting through the river airspace.",
        due="2009-11-20 04:59:59",
        vague=False,
        said="2009-11-17 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA,
        published="2009-11-17",
    ),
    # US Coast Guard Federal Register documents of 10 July 2018 as summarised on Justia's Federal Register listing for the Coast Guard (the summaries are the documents' own, public domain); zone America/Chicago for the Chicago events, said at 10:00 local on the listing's date. 'temporary' sets no time: due None, no refusal word
    B(
        text="The Coast Guard is establishing a temporary safety zone on Lake Michigan near North Avenue Beach in Chicago, IL.",
        due=None,
        vague=False,
        said="2018-07-10 15:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_USCG,
        published="2018-07-10",
    ),
    # the same page: 'temporary' again, no time set: due None
    B(
        text="This temporary safety zone is necessary to protect spectators, participants, and vessels from potential hazards associated with a jetpack demonstration.",
        due=None,
        vague=False,
        said="2018-07-10 15:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_USCG,
        published="2018-07-10",
    ),
    # the same page: enforcement on July 21, 2018, end of that day CDT (CONVENTIONS 3.1)
    B(
        text="The Coast Guard will enforce the safety zone on Lake Michigan in Chicago Harbor, near the Ohio Street Beach in Chicago, IL on July 21, 2018.",
        due="2018-07-22 04:59:59",
        vague=False,
        said="2018-07-10 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_USCG,
        published="2018-07-10",
    ),
    # the same page: 'prior to, during, and immediately after this annual swim event' hangs on an event with no date in the sentence: event (CONVENTIONS 1.3)
    B(
        text="This action is necessary and intended to ensure the safety of life and property on navigable waters prior to, during, and immediately after this annual swim event.",
        due=None,
        vague=False,
        said="2018-07-10 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_USCG,
        published="2018-07-10",
    ),
    # the same page: 'During the enforcement period', a period not dated in the sentence: event (CONVENTIONS 1.3)
    B(
        text="During the enforcement period, entry into, transiting, or anchoring within the safety zone is prohibited unless authorized by the Captain of the Port Lake Michigan or a designated representative.",
        due=None,
        vague=False,
        said="2018-07-10 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_USCG,
        published="2018-07-10",
    ),
    # the same page: a range from August 16 through August 19, 2018 falls due at its later end (CONVENTIONS 6.1), end of 19 August CDT
    B(
        text="The Coast Guard will enforce a safety zone for the Chicago Air and Water Show on a portion of Lake Michigan, from August 16, 2018 through August 19, 2018.",
        due="2018-08-20 04:59:59",
        vague=False,
        said="2018-07-10 15:00:00",
        tz="America/Chicago",
        cluster=3,
        source=_USCG,
        published="2018-07-10",
    ),
    # the same page: 'immediately before, during, and after this event': event
    B(
        text="This action is intended to ensure the safety of life on the navigable waterway immediately before, during, and after this event.",
        due=None,
        vague=False,
        said="2018-07-10 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_USCG,
        published="2018-07-10",
    ),
    # the same page: 'During the enforcement period listed below', a period given elsewhere on the page: event
    B(
        text="During the enforcement period listed below, no vessel may transit this safety zone without approval from the Captain of the Port Lake Michigan or a designated representative.",
        due=None,
        vague=False,
        said="2018-07-10 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_USCG,
        published="2018-07-10",
    ),
    # the same page (a safety zone at Hamburg, New York): 'temporary' sets no time: due None
    B(
        text="The Coast Guard is establishing a temporary safety zone for navigable waters within a 280-foot radius of the launch site located at Hamburg Beach, Hamburg, NY.",
        due=None,
        vague=False,
        said="2018-07-10 15:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_USCG,
        published="2018-07-10",
    ),
)
