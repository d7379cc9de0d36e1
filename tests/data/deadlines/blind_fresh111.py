"""A HUNDRED-AND-ELEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), around midday (the machine's clock read 12:11 at the start
and about 12:18 when the labels were written), by a labelling helper (branch issue12l111-s47) that
neither changed, imported nor ran the parser, working at the same time as other labellers of stop 47,
whose claims in the shared claims file were treated as used and whose files and README sections were
not opened. It read `CONVENTIONS.md` in full (rule 6.4 among them), the docstring, comments, some
cases and README section of `blind_fresh108.py`, and the top docstring of the parser package only (the
vague windows, "before"/"by" periods, early/mid/late thirds, a range falling due at its later end, a
result more than a day before the reference being past); nothing else of `bot/core/deadlines/` was
opened. The brief asked for UK and Irish public bodies: gov.uk departments and agencies (Crown
copyright, Open Government Licence), UK Parliament (Open Parliament Licence), the Scottish Government
and Parliament, the Welsh Government and Senedd, Northern Ireland departments, gov.ie (CC BY 4.0) and
the Houses of the Oireachtas; at least eight publishers, none above a fifth of the cases, no United
States material; about 80-100 cases by 13:02 UTC.

The set quotes a Department for Infrastructure (Northern Ireland) severe-weather release (16 October
2017), two HM Land Registry pages (its service standards on GOV.UK, early 2018; a Chief Executive's
coronavirus update to customers, spring 2020), a Competition and Markets Authority release on
market-investigation changes (GOV.UK, March 2017), the UK Parliament written statements list (a page
headed by a statement of 26 June 2018), two Scottish Parliament papers (a Minister's letter to the
Delegated Powers and Law Reform Committee of 7 October 2021; that Committee's 42nd Report of 2013),
three Dail written-answer pages of the Houses of the Oireachtas (26 April 2022 on oireachtas.ie; 16 May
2023 and 2 December 2025 as carried by KildareStreet.com), an HMRC email to employers on the Job
Retention Scheme (2 November 2020, posted in full by a parish council), a Scottish Government release
on council funding (25 June 2020, carried in full by a business news site) and the Department for Work
and Pensions newsroom (November 2012, in the UK Government Web Archive): 78 cases from 9 publishers
(HM Land Registry 14, 18%; the Houses of the Oireachtas 13; HMRC 9; the Department for Infrastructure
8; the Scottish Parliament 8; the Scottish Government 7; the Department for Work and Pensions 7; the
CMA 6; UK Parliament 6). None is from the United States: 65 are from the United Kingdom (8 of them from Northern Ireland, 15
from Scotland) and 13 from Ireland (zone Europe/Dublin).

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a period, a
span, a year, "now", "currently", "current", "continue(s)", "since", "until", "previous", "yesterday",
"soon", "in due course", "in the meantime", "hours", "part-time", "short-term", "winter", "annual",
"timescale", "timeframe", "earlier stage", "sooner", "precede"); sentences of the openings read that
hold none were skipped, as were titles, standfirsts, headings, date and status lines, navigation,
table rows, speakers' names, contact lines and sentences cut off by the end of an opening
("Every day on the road is dangerous, whatever the", "The licence will be for a peri", and others);
"I hope you are all keeping well in these uncertain times." was not counted as holding a time word.
Within each page quoted, every sentence of the opening that holds a time word was taken, in page
order, easy or hard, with one exception: the HM Land Registry customer update was taken only up to
its fifth such sentence (the remaining two would have put HM Land Registry above a fifth). Question
numbers ("139.", "416."), a paragraph number ("1.") and question references ("[67966/25]") before or
after a sentence were left off; no word was changed: "They also reproduced", "Indentifying" and the
pages' quotation marks stay as the pages have them. The sentences were found with a search over stored
copies of public pages and taken as they came in the openings the search returns. See README.md
("Hundred-and-eleventh fresh blind set") for every address, publisher and licence. No address listed
in README.md, in a README or file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with the
lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh111`) in
`/work/helper-brief/claims.txt` before a quote was taken; pages found used were dropped (among them
consult.gov.scot's 'We asked, you said', an Ofgem price-cap overview, several oireachtas.ie written
answers, a Senedd written-questions page of 2023, gov.wales decision reports, a Hansard statement on
Northern Ireland policing of 2009, a Scottish Government child-protection blog and parliament.uk
written-statement lists other than page 7). Every sentence was then checked whole with the same tool
(skipping this file): one was found used ("Written statements made before 17 November 2014 were
published only in Hansard:", stock wording of the parliament.uk list) and was dropped. One claimed page
was read and left unquoted: the Senedd's written questions of 19 September 2025 (its re-use terms, seen
on senedd.wales, ask re-users to apply, so no open licence was confirmed). Each label was worked out
by hand from the words, the publication date and the publisher's zone (Europe/London, or
Europe/Dublin for the Oireachtas); the conversion of local instants to UTC wall time and the day
counts were done with Python's zoneinfo and datetime in a scratch script outside the repository,
never with code of the project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py`
or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh108.py`: the publication date at 10:00 local time, and where a page carries no date in its
opening, the one its words or other facts give (each page's first comment says which and why; for
the HM Land Registry update, the CMA release and the Scottish Parliament report every label is past,
recurring or none, so the exact day changes none); a day falls due at 23:59:59 local; a range or a
list falls due at its later end (CONVENTIONS 6.1); "by March 2018" and "by mid-October" at the
period's end (CONVENTIONS 3.5; mid-month is days 11-20 by the parser's docstring); a clock time with
no day of its own is read from the moment of speaking (CONVENTIONS 6.3); the perfect and done acts are
past (CONVENTIONS 2.4); a date already gone at the page's date is past (the parser's docstring);
standing limits ("within 3 working days", "shortly after receipt", "shortly before, during or after
running your payroll") are recurring, limits hung on an undated event ("until Parliamentary approval
is secured", "as soon as this is available", "while we update the system") event (CONVENTIONS 1.3,
5.2); a called-off end with only a new start is earliest (CONVENTIONS 4.1, 3.2); "soon" and "in due
course" take 60 days, "the next few days" 7 days and "in the years ahead" (read as "the coming
years") 3 years, all vague (CONVENTIONS 5.1); refusals have `due=None` and a `refusal` kind; a sentence
whose time words set no time for any act ("current", "currently", "continue", "hours", "timeframe")
has `due=None` and no refusal word. No sentence holds nights of work (CONVENTIONS 6.4 decides none).
Clusters as in `blind_fresh108.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts
of the day, periods and vague windows, 5 refusals, 6 plain days and dates. 43 labels are refusals
(past 30, recurring 7, event 5, earliest 1), 4 are vague; 21 labels are marked "unsure" and name the
other reading; like every label here they stay as committed, whatever the first run shows. First
run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 8 case(s) removed, Northern Ireland departments other than Health (no copyright statement of the department site found); 70 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 8 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 62 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DFI = "https://www.infrastructure-ni.gov.uk/news/department-infrastructure-advises-road-users-take-care-and-has-staff-standby-manage-weather-impacts"
_HMLRSS = "https://www.gov.uk/government/organisations/land-registry/about-our-services"
_HMLRCV = "https://content.govdelivery.com/accounts/UKGOVUK_LR/bulletins/2912627"
_CMA = "https://gov.uk/government/news/cma-proposes-market-investigation-changes"
_UKPWS = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?page=7"
_SPDPLR = "https://parliament.scot/chamber-and-committees/committees/current-and-previous-committees/session-6-delegated-powers-and-law-reform-committee/correspondence/2021/response-from-minister-for-parliamentary-business-to-convener-following-appearance-at-committee"
_SP2013 = "https://archive2021.parliament.scot/parliamentarybusiness/currentcommittees/66908.aspx"
_OIRWRC = "https://www.kildarestreet.com/wrans/?id=2025-12-02a.399.r"
_OIR22 = "https://www.oireachtas.ie/en/debates/question/2022-04-26/section/323/"
_OIRBB = "https://www.kildarestreet.com/wrans/?id=2023-05-16a.641"
_HMRC = "https://www.westhaddonparishcouncil.gov.uk/covid-19.html"
_SG = "https://caithness-business.co.uk/article/11142"
_DWP = "https://webarchive.nationalarchives.gov.uk/20130102170112/http:/www.dwp.gov.uk/newsroom/top-stories/"

FRESH111_CASES: tuple[BlindCase, ...] = (
    # HM Land Registry, 'About our services' on GOV.UK; the opening carries no date, its figures run to 31 January 2018 and its target is 'by March 2018', so it is taken as published in February 2018 (15 February, 10:00 GMT; no label turns on the day); zone Europe/London. A range wholly before the page: past
    B(
        text="Between 1 January 2018 and 31 January 2018, we accurately completed 98.99% of our applications.",
        due=None,
        vague=False,
        said="2018-02-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMLRSS,
        published="2018-02-15",
    ),
    # the same page: done in the last 12 months: past
    B(
        text="We completed 25.2 million applications in the last 12 months.",
        due=None,
        vague=False,
        said="2018-02-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMLRSS,
        published="2018-02-15",
    ),
    # the same page: a standing service standard for each application, with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="We aim to deal with 99% of information services applications (such as official searches, official copies or searches of the index map) within 3 working days.",
        due=None,
        vague=False,
        said="2018-02-15 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMLRSS,
        published="2018-02-15",
    ),
    # the same page: January 2018 figures: past
    B(
        text="Between 1 January 2018 and 31 January 2018, we handled, on average, 74,033 information requests each working day and completed 99% within 3 working days.",
        due=None,
        vague=False,
        said="2018-02-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMLRSS,
        published="2018-02-15",
    ),
    # the same page: past
    B(
        text="We completed 20.32 million information services applications in the last 12 months.",
        due=None,
        vague=False,
        said="2018-02-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMLRSS,
        published="2018-02-15",
    ),
    # the same page: the target is to be met 'by March 2018': the end of March (CONVENTIONS 3.5), 31 March 2018 23:59:59 BST (summer time began on 25 March); 'within 5 working days' is the standard itself
    B(
        text="For registration services applications, which involve an update to an existing register, we aim to complete 100% within 5 working days by March 2018 (see note 1).",
        due="2018-03-31 22:59:59",
        vague=False,
        said="2018-02-15 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMLRSS,
        published="2018-02-15",
    ),
    # the same page: past
    B(
        text="Between 1 January 2018 and 31 January 2018, we handled, on average, 23,296 applications to update existing registers each working day and completed 67.1% within 5 working days.",
        due=None,
        vague=False,
        said="2018-02-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMLRSS,
        published="2018-02-15",
    ),
    # the same page: a description of the present average; no time is set for any act: due None, no refusal word. unsure: a careful reader could give recurring (a standing average)
    B(
        text="Completion times fluctuate throughout the year and the current average completion time for updates to existing registers is 8 working days.",
        due=None,
        vague=False,
        said="2018-02-15 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMLRSS,
        published="2018-02-15",
    ),
    # the same page: past
    B(
        text="We completed 4.37 million updates to existing registers in the last 12 months.",
        due=None,
        vague=False,
        said="2018-02-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMLRSS,
        published="2018-02-15",
    ),
    # HM Land Registry customer bulletin from the Chief Executive (GovDelivery, HMLR's own mailing service); the opening carries no date: its words put it after early May 2020 (the backlog 'built up in March, April and early May'), taken as 1 June 2020 10:00 BST; every label of this page is past or none, so the day changes none; zone Europe/London. 'current' sets no time: due None, no refusal word
    B(
        text="I wanted to bring you an update and provide some clarity on the current situation with our services.",
        due=None,
        vague=False,
        said="2020-06-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMLRCV,
        published="2020-06-01",
    ),
    # the same page: a done act since the lockdown began: past
    B(
        text="Since the coronavirus (COVID-19) lockdown began we have prioritised our services that made sure property transactions could continue, while getting our staff set up to work remotely on all outstanding applications to update entries or create new titles in the register.",
        due=None,
        vague=False,
        said="2020-06-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMLRCV,
        published="2020-06-01",
    ),
    # the same page: past
    B(
        text="With nearly 6,000 people to equip, this has taken time and in the intervening period we continued to receive a high level of applications to update or change the register (albeit at a lower level than pre-coronavirus).",
        due=None,
        vague=False,
        said="2020-06-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMLRCV,
        published="2020-06-01",
    ),
    # the same page: before 23 March (2020): past
    B(
        text="Prior to 23 March, we completed 95% of the 18,000 daily applications to update the register within five days.",
        due=None,
        vague=False,
        said="2020-06-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMLRCV,
        published="2020-06-01",
    ),
    # the same page: 'it will take some time' sets no time and the months are those the backlog built up in (past): due None, no refusal word. unsure: a careful reader could give past
    B(
        text="We are now processing more updates than we receive each day, but it will take some time to clear the backlog which built up in March, April and early May when we were unable to process significant numbers.",
        due=None,
        vague=False,
        said="2020-06-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMLRCV,
        published="2020-06-01",
    ),
    # Competition and Markets Authority press release on GOV.UK ('CMA proposes market investigation changes'); the opening carries no date: the consultation it opened closed on 2 May 2017 with a roundtable on 29 March 2017 (as a law firm's note of it, seen in the search results, says), so it is taken as 1 March 2017 10:00 GMT; every label of the page is past, recurring or none, so the day changes none; zone Europe/London. A commitment told as made: past
    B(
        text="The Competition and Markets Authority (CMA) committed, in its Annual Plan, to review the way it conducts them.",
        due=None,
        vague=False,
        said="2017-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CMA,
        published="2017-03-01",
    ),
    # the same page: changes that came into force in 2014; '18 months' is the statutory limit for every investigation, told as a done change: past
    B(
        text="It took account of experience since they were introduced in the Enterprise Act 2002, and in particular of the CMA’s major investigations into energy and banking, as well as legislative changes that came into force in 2014, reducing their time limit from 2 years to 18 months.",
        due=None,
        vague=False,
        said="2017-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CMA,
        published="2017-03-01",
    ),
    # the same page (the lead-in to a list, as the page has it): 'the shorter statutory timescale' sets no time of its own: due None, no refusal word
    B(
        text="The CMA is proposing the following changes to streamline its existing processes and ensure it meets the shorter statutory timescale:",
        due=None,
        vague=False,
        said="2017-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CMA,
        published="2017-03-01",
    ),
    # the same page, a list point: a timing within every investigation, with no start of its own: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a proposal with no time)
    B(
        text="Increasing interaction with stakeholders at an early stage in the investigation, including holding formal hearings sooner in the process.",
        due=None,
        vague=False,
        said="2017-03-01 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CMA,
        published="2017-03-01",
    ),
    # the same page, a list point: as above, recurring (CONVENTIONS 1.3). unsure: due None, no refusal word
    B(
        text="Assessing potential remedies to improve the market at an earlier stage in the investigation.",
        due=None,
        vague=False,
        said="2017-03-01 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CMA,
        published="2017-03-01",
    ),
    # the same page, a list point: 'when they are likely to lead to' a standing condition for any study: recurring (CONVENTIONS 1.3). unsure: due None, no refusal word
    B(
        text="Allowing market studies (a shorter look at the market which can precede market investigations) to carry out preparatory work when they are likely to lead to a full investigation.",
        due=None,
        vague=False,
        said="2017-03-01 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_CMA,
        published="2017-03-01",
    ),
    # UK Parliament, written statements list (page 7; its first statement was made on 26 June 2018, the date taken, 10:00 BST); zone Europe/London. A standing practice for every statement: recurring (CONVENTIONS 1.3)
    B(
        text="Written statements are published below shortly after receipt in Parliament.",
        due=None,
        vague=False,
        said="2018-06-26 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_UKPWS,
        published="2018-06-26",
    ),
    # the same page ('They also reproduced' as the page has it): standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="They also reproduced in the next edition of the Daily Report and of Hansard in the relevant House.",
        due=None,
        vague=False,
        said="2018-06-26 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_UKPWS,
        published="2018-06-26",
    ),
    # the same page (a glossary line, 'Indentifying' as the page has it): 'per parliamentary session' sets no time for an act: due None, no refusal word. unsure: a careful reader could give recurring
    B(
        text="Written Statement Indentifying Number – Every written statement in the House of Commons and House of Lords has a WSID per parliamentary session.",
        due=None,
        vague=False,
        said="2018-06-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UKPWS,
        published="2018-06-26",
    ),
    # the same page, Lords statement of 26 June 2018: the perfect with 'today' is a done act: past (CONVENTIONS 2.4)
    B(
        text="My Rt Hon. Friend, the Secretary of state for Ministry of Housing, Communities and Local Government (James Brokenshire) has today made the following Written Ministerial Statement.",
        due=None,
        vague=False,
        said="2018-06-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKPWS,
        published="2018-06-26",
    ),
    # the same statement: past
    B(
        text="Our record on the provision of social housing is a strong one with over 378,000 affordable homes delivered since 2010.",
        due=None,
        vague=False,
        said="2018-06-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKPWS,
        published="2018-06-26",
    ),
    # the same statement: past years: past
    B(
        text="This included 273,000 homes for rent, and over 10,400 council homes built between 2010-11 and 2016-17, up from 2,920 over the previous 13 years.",
        due=None,
        vague=False,
        said="2018-06-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKPWS,
        published="2018-06-26",
    ),
    # Dail written answers of Tuesday 2 December 2025 (Question 139, Rail Network), Houses of the Oireachtas text as carried by KildareStreet.com; zone Europe/Dublin, said 10:00 local (GMT). The question's number '139.' and its reference '[67966/25]' are left off. A question asking for a 'timeframe' sets none: due None, no refusal word
    B(
        text="To ask the Minister for Transport, Tourism and Sport to provide a timeframe for the reopening of the Western rail corridor; and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="2025-12-02 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIRWRC,
        published="2025-12-02",
    ),
    # the same answer: July 2024: past
    B(
        text="Following two public consultations, the Review’s Final Report was published in July 2024.",
        due=None,
        vague=False,
        said="2025-12-02 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIRWRC,
        published="2025-12-02",
    ),
    # the same answer: 'up to 2050' is the span the recommendations cover, no undertaking falls due then: due None, no refusal word. unsure: a careful reader could give the end of 2050
    B(
        text="The Review's Final Report sets out 32 strategic recommendations to enhance and expand the rail system in Ireland and Northern Ireland up to 2050, aligning with net carbon zero commitments in both jurisdictions.",
        due=None,
        vague=False,
        said="2025-12-02 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIRWRC,
        published="2025-12-02",
    ),
    # the same answer: 'in the years ahead' read as 'the coming years': vague, 3 years (the parser's docstring; CONVENTIONS 5.1). unsure: a careful reader could give due None (no time set)
    B(
        text="Assisted by the European Investment Bank (EIB) Advisory Services, the Department of Transport and Department for Infrastructure, and organisations including the NTA and Irish Rail, are working to progress the Report’s recommendations in the years ahead.",
        due="2028-12-02 23:59:59",
        vague=True,
        said="2025-12-02 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIRWRC,
        published="2025-12-02",
    ),
    # the same answer: publication 'this month': the end of December 2025
    B(
        text="As part of this work, a Project Prioritisation Strategy, which considers how best to optimise the sequencing and implementation of the Review recommendations, including both short-term interventions and longer-term projects, is at an advanced stage of preparation and is planned for publication this month.",
        due="2025-12-31 23:59:59",
        vague=False,
        said="2025-12-02 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIRWRC,
        published="2025-12-02",
    ),
    # the same answer: the review has outlined (a done act) the allocations; the years are what it covers: past (CONVENTIONS 2.4). unsure: a careful reader could give due None
    B(
        text="The recently concluded review of the National Development Plan has outlined the Department of Transport’s annual capital allocations from 2026 to 2030.",
        due=None,
        vague=False,
        said="2025-12-02 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIRWRC,
        published="2025-12-02",
    ),
    # Dail written answers of Tuesday 26 April 2022, Nos. 415-434 (oireachtas.ie); zone Europe/Dublin, said 10:00 IST. 'continues' sets no time: due None, no refusal word
    B(
        text="The primary focus for capital investment under my Department's Regional and Local Road Grant Programme continues to be the protection and renewal of the regional and local road network with some limited investment in road improvement projects.",
        due=None,
        vague=False,
        said="2022-04-26 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR22,
        published="2022-04-26",
    ),
    # the same page: the allocation is done (perfect): past (CONVENTIONS 2.4). unsure: a careful reader could give the end of 2022 (the consultants' appointment in 2022)
    B(
        text="€30,000 has been allocated to the Thurles Inner Relief Road scheme in 2022 to allow Tipperary County Council to appoint consultants to progress the detailed design of the scheme.",
        due=None,
        vague=False,
        said="2022-04-26 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR22,
        published="2022-04-26",
    ),
    # the same page, Question 416 (its number '416.' left off): the only date is that of an earlier question: past
    B(
        text="Deputy Ruairí Ó Murchú asked the Minister for Transport further to Parliamentary Question No. 249 of 29 March 2022, if he will provide an update on engagements regarding the Temporary Protection Directive in relation to driving licence requirements for displaced people entering the EU; and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="2022-04-26 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR22,
        published="2022-04-26",
    ),
    # the same page: signed four days before: past
    B(
        text="My colleague Minister Ryan signed the Road Traffic (Recognition of Foreign Driving Licences) (Ukraine) Order 2022 into law on 22 April 2022.",
        due=None,
        vague=False,
        said="2022-04-26 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIR22,
        published="2022-04-26",
    ),
    # Dail written answers of Tuesday 16 May 2023 (Questions 242 and 244, Rail Network), Houses of the Oireachtas text as carried by KildareStreet.com; zone Europe/Dublin, said 10:00 IST; question numbers left off. 'in time for Fleadh Cheoil 2024' hangs on a festival the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give the end of 2024
    B(
        text="To ask the Minister for Transport, Tourism and Sport if the Wexford-Waterford rail line will be in operation in time for Fleadh Cheoil 2024 to give passengers from Waterford, Cork, Limerick, and Galway a direct sustainable transport option to attend the Fleadh Cheoil na hÉireann (details supplied); and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="2023-05-16 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIRBB,
        published="2023-05-16",
    ),
    # the same page: the only dated time is 'since 2022' (past); the reopening is asked about, undated: past. unsure: a careful reader could give event ('pending the outcome' of the review)
    B(
        text="To ask the Minister for Transport, Tourism and Sport if he will provide a timeline for repair and when the bridge will be operational again for the Barrow Bridge on the Wexford-Waterford railway, the costings related to the repair of the bridge, as the Barrow Bridge on the Wexford-Waterford railway line has been out of service since 2022 due to a bridge strike while awaiting repair pending the outcome of the All-Island Strategic Rail Review; and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="2023-05-16 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIRBB,
        published="2023-05-16",
    ),
    # the same answer: a done engagement (perfect); 'short-term' and 'longer-term' set no time: past. unsure: a careful reader could give due None, no refusal word
    B(
        text="In relation to the Barrow Bridge, officials in my Department have engaged with Iarnród Éireann in relation to the bridge strike at Barrow Bridge, short-term remedial actions to ensure safety, and the longer-term repair works required.",
        due=None,
        vague=False,
        said="2023-05-16 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIRBB,
        published="2023-05-16",
    ),
    # HMRC email to employers 'Job Retention Scheme Update', 2 November 2020 (date in its heading), posted in full by West Haddon Parish Council; zone Europe/London, said 10:00 GMT. The 31 October end is called off and the only new time is the start of the extended periods: earliest 1 November (CONVENTIONS 4.1, 3.2). unsure: a careful reader could give negated
    B(
        text="The Coronavirus Job Retention Scheme (CJRS), which was due to end on 31 October, will now be extended, with the UK government paying 80% of wages for the hours furloughed employees do not work, up to a cap of £2,500 for periods from 1 November.",
        due=None,
        vague=False,
        said="2020-11-02 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2020-11-01 00:00:00",
        cluster=5,
        source=_HMRC,
        published="2020-11-02",
    ),
    # the same email: 'previously announced end date' sets no time for an act: due None, no refusal word
    B(
        text="There will be no gap in support between the previously announced end date of CJRS and this extension.",
        due=None,
        vague=False,
        said="2020-11-02 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMRC,
        published="2020-11-02",
    ),
    # the same email: 'hours not worked' is an amount of working time: due None, no refusal word
    B(
        text="You can choose to top up your furloughed employees' wages beyond the 80% paid by the UK government for hours not worked, but you are not required to do so.",
        due=None,
        vague=False,
        said="2020-11-02 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMRC,
        published="2020-11-02",
    ),
    # the same email: 'part-time', 'working hours', 'full-time' set no time: due None, no refusal word
    B(
        text="You will have flexibility to ask your employees to work on a part-time basis and furlough them for the rest of their usual working hours or furlough them full-time.",
        due=None,
        vague=False,
        said="2020-11-02 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMRC,
        published="2020-11-02",
    ),
    # the same email: due None, no refusal word
    B(
        text="You will have to cover their wages for any hours they work as well as all employer National Insurance and employer pension contributions.",
        due=None,
        vague=False,
        said="2020-11-02 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMRC,
        published="2020-11-02",
    ),
    # the same email: timing relative to each payroll run, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="You will be able to claim either shortly before, during or after running your payroll.",
        due=None,
        vague=False,
        said="2020-11-02 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMRC,
        published="2020-11-02",
    ),
    # the same email: the closure lasts 'while we update the system', an undated event: event (CONVENTIONS 1.3)
    B(
        text="There will be a short period initially when the online claims service will be closed while we update the system, and you will be able to claim in arrears for that period.",
        due=None,
        vague=False,
        said="2020-11-02 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HMRC,
        published="2020-11-02",
    ),
    # the same email: 'the next few days': vague, 7 days (the parser's docstring: 'a few days' 7 days; CONVENTIONS 5.1)
    B(
        text="Further details will be provided in the next few days.",
        due="2020-11-09 23:59:59",
        vague=True,
        said="2020-11-02 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMRC,
        published="2020-11-02",
    ),
    # the same email: 'as soon as this is available' hangs on an undated event: event (CONVENTIONS 5.2)
    B(
        text="Please do not call us for more information in the meantime – we will let you know via email as soon as this is available.",
        due=None,
        vague=False,
        said="2020-11-02 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HMRC,
        published="2020-11-02",
    ),
    # Scottish Government news release 'Additional Funding For Councils in Scotland', 25 June 2020 (date on the copy), carried in full by Caithness Business Index; zone Europe/London, said 10:00 BST. 'in due course': vague, 60 days (CONVENTIONS 5.1)
    B(
        text="The provision of a further £72 million is being agreed with COSLA and will be subject to Parliamentary approval in due course.",
        due="2020-08-24 22:59:59",
        vague=True,
        said="2020-06-25 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_SG,
        published="2020-06-25",
    ),
    # the same release: 'already provided', 'the previous year': past
    B(
        text="This extra funding is on top of the local government finance settlement of £11.4 billion, which already provided an increase of £589.4 million (5.8%) compared to the previous year.",
        due=None,
        vague=False,
        said="2020-06-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SG,
        published="2020-06-25",
    ),
    # the same release: payments 'until Parliamentary approval is secured', an undated event: event (CONVENTIONS 1.3)
    B(
        text="To prevent local authorities experiencing cash flow problems the Scottish Government is providing £455 million in weekly advanced payments to councils until Parliamentary approval is secured.",
        due=None,
        vague=False,
        said="2020-06-25 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_SG,
        published="2020-06-25",
    ),
    # the same release: May and June told as received; the payment still to come is in July: the end of July (CONVENTIONS 6.1)
    B(
        text="Councils received an additional £150 million in May, £255 million in June, and will receive £50 million in July.",
        due="2020-07-31 22:59:59",
        vague=False,
        said="2020-06-25 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_SG,
        published="2020-06-25",
    ),
    # the same release, quoted speech: 'by the end of July' (CONVENTIONS 3.5)
    B(
        text="To date, Scotland's councils have received £405 million in advanced payments this financial year, and by the end of July this will have risen to £455 million.",
        due="2020-07-31 22:59:59",
        vague=False,
        said="2020-06-25 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_SG,
        published="2020-06-25",
    ),
    # the same release, quoted speech (the opening quotation mark kept as the copy has it): 'current' sets no time: due None, no refusal word
    B(
        text='"The Scottish Government has also relaxed current guidance on some of the education grants to allow additional resource to be diverted to the COVID-19 response.',
        due=None,
        vague=False,
        said="2020-06-25 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SG,
        published="2020-06-25",
    ),
    # the same release, quoted speech (the quotation marks as the copy has them): 'continue' sets no time: due None, no refusal word
    B(
        text='“We will continue to work with COSLA and local authorities, as well as pressing the UK Government for urgent additional funding and flexibility for our partners in local government."',
        due=None,
        vague=False,
        said="2020-06-25 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SG,
        published="2020-06-25",
    ),
    # Department for Work and Pensions newsroom 'Top stories' (UK Government Web Archive capture of 2 January 2013); each item carries its own date, taken at 10:00 GMT, zone Europe/London. Item of 27 November 2012: the figures have revealed (done): past. unsure: a careful reader could give due None ('long-term' sets no time)
    B(
        text="Tens of thousands of long-term unemployed are getting off benefits and into jobs through the Government's Work Programme, new figures have revealed.",
        due=None,
        vague=False,
        said="2012-11-27 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DWP,
        published="2012-11-27",
    ),
    # the same item: figures already published today, and months already spent off benefits: past (CONVENTIONS 2.4 by its sense: a done act). unsure: a careful reader could give the end of 27 November (CONVENTIONS 2.1)
    B(
        text="The Government figures published today show that at least 56 per cent of the scheme’s earliest participants have come off benefits, with 19 per cent spending at least six consecutive months off benefits.",
        due=None,
        vague=False,
        said="2012-11-27 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DWP,
        published="2012-11-27",
    ),
    # item of 20 November 2012: 'the previous reviews' sets no time for an act: due None, no refusal word
    B(
        text="He found that, as improvements from the previous reviews are starting to have an impact, no fundamental reforms are needed.",
        due=None,
        vague=False,
        said="2012-11-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DWP,
        published="2012-11-20",
    ),
    # item of 20 November 2012: yesterday: past
    B(
        text="Yesterday, Minister for Disabled People, Esther McVey, announced changes to improve the Access to Work scheme.",
        due=None,
        vague=False,
        said="2012-11-20 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DWP,
        published="2012-11-20",
    ),
    # item of 15 November 2012: the launch is done (perfect); 'today' dates the reality: past (CONVENTIONS 2.4)
    B(
        text="The Government has launched a consultation calling for a better measurement of child poverty that reflects the reality in the UK today.",
        due=None,
        vague=False,
        said="2012-11-15 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DWP,
        published="2012-11-15",
    ),
    # the same item: 'current', 'now' set no time: due None, no refusal word
    B(
        text="The current measures focus on a family’s income and now the Government wants to look at how a wider measurement can be developed, to tackle the root causes of poverty including worklessness, educational failure and family breakdown.",
        due=None,
        vague=False,
        said="2012-11-15 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DWP,
        published="2012-11-15",
    ),
    # item of 14 November 2012: statistics already published: past (CONVENTIONS 2.4 by its sense)
    B(
        text="The number of people who are unemployed has fallen again and there are more people in work, according to new official statistics published today.",
        due=None,
        vague=False,
        said="2012-11-14 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DWP,
        published="2012-11-14",
    ),
)
