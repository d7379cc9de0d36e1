"""A THIRTY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 12:40 by the machine's clock, by a
labelling helper (branch issue12l1-s23) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py`, and the parser package's
docstring only (for the parts of the day, the vague windows, the meteorological seasons and "a
date without a year is its next occurrence"); nothing else of `bot/core/deadlines/` was opened.
The brief allowed any publisher but no one above a third of the cases, at least eight
publishers and several genres, and named publishers and series already used heavily (none of
them is quoted here): the National Institutes of Health (two issues of the NIH Catalyst's
announcements and an Extramural Nexus post), the Peace Corps (a press release and a recruiter's
story), the Bureau of Labor Statistics (two notices on release dates), the National Park
Service (a Yellowstone release, as reposted), European Commission Daily News (as reposted by
the Cyprus News Agency), the Federal Reserve (two Federal Register rules, as served by
thefederalregister.org, and two annual reports' records of policy actions), the National
Science Foundation (two program solicitations), the Federal Register of Legislation of
Australia (a regulation as made), the Internal Revenue Service's Taxpayer Advocate Service (a
tax tip), the National Institute of Standards and Technology (a page of draft publications),
New Zealand's Ministry of Transport and Ministry for the Environment (a submissions page and a
consultation report) and the National Weather Service (a public information statement). As in
the twenty-seventh to thirty-fourth sets, every sentence quoted holds a time word of some kind
(a date, a clock time, a day word, a period, a span, a year in a name, "now", "currently",
"recent", "already", "always", "again", "previous", "Previously", "early", "long-term",
"year-round", "future", "while", "before", "since", "when", "as ... becomes available"); the
sentences of the pages read that hold none were skipped, as were bare headings, titles, date
lines, release lines, link and file names, tables, site and navigation text, contact lines, a
greeting, and lines cut off by the start or end of an opening. A point of a list was taken as
its own case (its number or bullet left out); no word was changed, quotation marks and the
page's own slips stay as the page has them (a backslash before an apostrophe, a footnote mark
after a full stop), and hard line breaks inside a sentence of a plain-text page are read as
spaces. The sentences were found with a search over stored copies of public pages and taken as
they came in the openings the search returns, in page order. See README.md ("Thirty-fifth fresh
blind set") for every address, publisher and licence. No address listed in README.md, in a `#`
header or README under `tests/data/`, in the sources of the other set files or in the shared
claims file was used: each was checked against those lists (the address and a distinctive
phrase of the page) and claimed (`fresh35`) in `/work/helper-brief/claims.txt` before a quote
was taken; pages already used (among them the White House daily guidance of 18 June 2015 as
reposted, Minister Nash's National Stronger Regions Fund release of 2 March 2016, Secretary
Clinton's travel statement of 11 April 2011, a DipNote post of 1 March 2009 and Secretary
Rice's travel note of 17 July 2008) were dropped. Each label was worked out by hand from the
words, the publication date and the publisher's zone; the conversion of local instants to UTC
wall time, the day counts and the weekday checks were done with Python's zoneinfo and datetime
in a scratch script outside the repository, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these texts
before the labels were committed; the helpers improving the parser have not seen them. See
README.md for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (US federal publishers:
America/New_York, except the National Weather Service office at Fort Worth: America/Chicago,
and Yellowstone National Park: America/Denver; the Australian Government in Canberra:
Australia/Sydney; New Zealand: Pacific/Auckland; the European Commission: Europe/Brussels); the
publication date at 10:00 local, or the time the page gives (the weather statement's 9:46 p.m.
CDT); pages that show no date of their own (the tax tip, the two Catalyst pages, the transport
submissions page, the two BLS notices, the NIST drafts page, the two Federal Reserve annual
report pages) are read at a day the comment names, and the comment says for which days the
labels hold; a day falls due at 23:59:59 local (zoneinfo decides the offset); a clock time
without a zone word is in the publisher's zone, and "proposer's local time" is read in the
publisher's zone (marked unsure); a range, a list or a window falls due at its later end; the
evening ends at 23:59:59 and seasons are meteorological (the parser's docstring); vague words
take the parser's documented windows (60 days for "as soon as possible" and "in the near
future", four weeks for "the coming weeks"), counted from the day of speaking; a rule that
takes effect on a day ("Beginning March 31", "effective October 2, 2018") is due that day
(CONVENTIONS 3.1, the earliest-only reading of 3.2 named as unsure where the words describe a
state kept from then); a time limit or lead time that is a standing rule for every member of a
class ("at least 30 days in advance", "up to 24 hours after completing the training", "no more
than one year between submitting an application and departing", "open daily, year-round") is
`refusal='recurring'` (CONVENTIONS 1.3), and a time hung on an undated event of one case ("when
filing", "before applying", "as new information becomes available", "first year of all awards",
"on a specified day") is `refusal='event'`; hours of a schedule given only their start
("Beginning April 21, Visitor Center hours include:") are `refusal='earliest'` with `earliest`
at 00:00 local of that day (CONVENTIONS 3.2); refusals have `due=None` and a `refusal` kind
(past | event | recurring | earliest; this set holds no negated case); a sentence whose time
words set no time for any act (a year or dates in the name of an act, a plan, a consultation or
an estimate, "now" or "currently" on a present state, "will now report back", a year-round
programme, "the date" or "the deadline" named without a date) has `due=None` and no refusal
word. Labels marked "unsure" name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 48 (branch lic48-s48): 3 of these 131 cases, quoted from Ministry for the
Environment pages, were removed: no copyright or licence statement of mfe.govt.nz was found, only a
disclaimer (licence unclear). 128 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 5 case(s) removed, Ministry of Transport NZ (the successor ministry statement names mcert.govt.nz only; the lead ruled it does not cover transport.govt.nz); 123 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_TAS_OCT_FILERS_SEP23 = "https://www.taxpayeradvocate.irs.gov/news/tax-tips/tas-tax-tip-important-reminders-for-october-extension-filers/2023/09/"
_NIH_CATALYST_33_2 = "https://irp.nih.gov/catalyst/33/2/announcements"
_NIH_NEXUS_1JUL08 = "https://nexus.od.nih.gov/all/2008/07/01/2008-nih-regional-seminars-conclude-with-a-record-number-of-attendees"
_NIH_CATALYST_28_2 = "https://irp.nih.gov/catalyst/v28i2/announcements"
_NZMOT_SPS_SUBMISSIONS = (
    "https://www.transport.govt.nz/land/small-passenger-services-review/submissions/"
)
_PEACE_CORPS_24MAY99 = "https://www.peacecorps.gov/news/library/peace-corps-launches-early-admissions-policy-application-process-dramatically-shortened/"
_PEACE_CORPS_9SEP15 = (
    "https://www.peacecorps.gov/stories/when-should-i-start-my-peace-corps-application/"
)
_NSF_15_508 = "https://nsf.gov/pubs/2015/nsf15508/nsf15508.txt"
_NSF_03_599 = "https://new.nsf.gov/funding/opportunities/lter-long-term-ecological-research/nsf03-599/solicitation"
_AU_MINISTERS_REGS_2024 = "https://legislation.gov.au/F2024L01145/asmade/2024-09-12/text/original/epub/OEBPS/document_1/document_1.html"
_BLS_DEC18 = "https://www.bls.gov/bls/news-release-dates-to-change-for-government-closure.htm"
_BLS_FEB19 = "https://www.bls.gov/bls/does-the-lapse-of-appropriation-for-some-federal-agencies-impact-bls-data-or-release-dates.htm"
_NWS_FWD_22MAY24 = "http://forecast.weather.gov/product.php?format=CI&glossary=0&issuedby=FWD&product=PNS&site=APX&version=3"
_EC_DAILY_23DEC25 = (
    "https://cna.org.cy/en/press_releases/article/9578837/press-release-european-commission"
)
_EC_DAILY_13FEB26 = (
    "https://www.cna.org.cy/en/press_releases/article/9816157/press-release-european-commission"
)
_FOMC_RULE_27DEC16 = "https://thefederalregister.org/81-FR/94934"
_FRB_REGA_2OCT18 = "https://thefederalregister.org/83-FR/49472"
_NIST_CSRC_DRAFTS_APR14 = "http://csrc.nist.gov/publications/PubsDrafts.html"
_FRB_AR2018_POLICY = (
    "https://www.federalreserve.gov/publications/2018-ar-record-of-policy-actions.htm"
)
_FRB_AR2016_POLICY = (
    "https://www.federalreserve.gov/publications/2016-ar-record-of-policy-actions.htm"
)
_NPS_YELL_14APR17 = "http://wyo4news.com/news/national-park-week-celebrated-april-15-23/"

FRESH35_CASES: tuple[BlindCase, ...] = (
    # US Internal Revenue Service, Taxpayer Advocate Service, tax tip 'Important Reminders for October Extension Filers' (the page shows no publication date, only 'Last Updated: February 8, 2024'; its address holds 2023/09, so it is read at Friday 1 September 2023, and every label of this page holds for any day from 1 September to 16 October 2023; the heading, the site text and the link lines are not quoted): 'will have until Monday, October 16, 2023, to file', a time given to a class of filers, the '2022' naming the return: 16 October 2023, end of day EDT
    B(
        text="Most taxpayers who requested an extension of time to file for their 2022 federal income tax return will have until Monday, October 16, 2023, to file.",
        due="2023-10-17 03:59:59",
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TAS_OCT_FILERS_SEP23,
        published="2023-09-01",
    ),
    # the same tip: 'October 16 is the last day', a year-less date read as its next occurrence (the parser's docstring): 16 October 2023, end of day EDT
    B(
        text="Although October 16 is the last day for most people to file, some taxpayers may have more time.",
        due="2023-10-17 03:59:59",
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TAS_OCT_FILERS_SEP23,
        published="2023-09-01",
    ),
    # the same tip: a service kept 'now through October 16' (CONVENTIONS 3.3): 16 October 2023, end of day EDT
    B(
        text="The program is available on IRS.gov now through October 16.",
        due="2023-10-17 03:59:59",
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TAS_OCT_FILERS_SEP23,
        published="2023-09-01",
    ),
    # the same tip: pay 'when filing', a time hung on each filer's undated filing: event; unsure: 16 October 2023, end of day EDT (the filing deadline the tip names above)
    B(
        text="Taxpayers who cannot pay in their balance in full should pay as much as possible when filing and evaluate payment options to resolve any remaining balance and avoid or reduce any further potential penalties and interest.",
        due=None,
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_TAS_OCT_FILERS_SEP23,
        published="2023-09-01",
    ),
    # the same tip: 'already' sets no time for any act: no deadline
    B(
        text="If you did not already make a payment, the best way to pay is online from a checking or savings account with IRS Direct Pay, by debit or credit card (this option has an associated fee), or by Electronic Funds Withdrawal when you e-file.",
        due=None,
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TAS_OCT_FILERS_SEP23,
        published="2023-09-01",
    ),
    # the same tip, the last sentence of its opening: 'always' and 'prior' set no time for any act: no deadline
    B(
        text="Taxpayers can always check their account balance, view payments made, view prior tax accounts, or view and apply for payment options online.",
        due=None,
        vague=False,
        said="2023-09-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TAS_OCT_FILERS_SEP23,
        published="2023-09-01",
    ),
    # NIH Intramural Research Program, The NIH Catalyst Vol. 33 No. 2, 'Announcements' (the page shows no date; the volume of 2025 counted from the first of 1993, its second issue March-April 2025; read at Monday 3 March 2025, and the labels hold for any day from 3 to 30 March 2025 except the one of 'the coming weeks', which counts from that day; the headings 'VisitNIH updates', 'New Date for ...', the list of campuses and the link text are not quoted): pre-registration 'before visiting', a standing rule for every visitor of a class (CONVENTIONS 1.3): recurring
    B(
        text="All non-U.S. person visitors (i.e., individuals who are not U.S. citizens or Green Card holders) must complete pre-registration before visiting the following NIH locations:",
        due=None,
        vague=False,
        said="2025-03-03 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NIH_CATALYST_33_2,
        published="2025-03-03",
    ),
    # the same page: a rule that takes effect 'Beginning March 31' (CONVENTIONS 3.1), a year-less date read as its next occurrence: 31 March 2025, end of day EDT; unsure: earliest-only 31 March 2025 (a state kept from its start, CONVENTIONS 3.2)
    B(
        text="Beginning March 31, any non-U.S. person visitor who has not completed the VisitNIH pre-registration process - or has not been approved — will not be granted access to the aforementioned NIH facilities.",
        due="2025-04-01 03:59:59",
        vague=False,
        said="2025-03-03 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NIH_CATALYST_33_2,
        published="2025-03-03",
    ),
    # the same page: 'previous guidance' names the past and sets no time for any act: no deadline
    B(
        text="This is a change from previous guidance, and there will be no exceptions.",
        due=None,
        vague=False,
        said="2025-03-03 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH_CATALYST_33_2,
        published="2025-03-03",
    ),
    # the same page, a point of the recommended timeline: 'at least 30 days in advance', a standing rule for a class of visitors (CONVENTIONS 1.3): recurring
    B(
        text="For Non-U.S. Persons: Complete pre-registration at least 30 days in advance to allow sufficient time for vetting and verification.",
        due=None,
        vague=False,
        said="2025-03-03 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NIH_CATALYST_33_2,
        published="2025-03-03",
    ),
    # the same point: 'more than 60 days in advance', a standing rule (CONVENTIONS 1.3): recurring
    B(
        text="Pre-registration cannot be completed more than 60 days in advance.",
        due=None,
        vague=False,
        said="2025-03-03 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NIH_CATALYST_33_2,
        published="2025-03-03",
    ),
    # the next point: 'up to one day before their visit', a standing rule for a class (CONVENTIONS 1.3): recurring
    B(
        text="U.S. persons can register up to one day before their visit for expedited access.",
        due=None,
        vague=False,
        said="2025-03-03 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NIH_CATALYST_33_2,
        published="2025-03-03",
    ),
    # the same page: a requirement that takes effect 'Beginning April 28' (CONVENTIONS 3.1): 28 April 2025, end of day EDT; unsure: earliest-only 28 April 2025 (CONVENTIONS 3.2)
    B(
        text="Beginning April 28, all non-U.S. person visitors to the aforementioned NIH facilities will require an NIH escort.",
        due="2025-04-29 03:59:59",
        vague=False,
        said="2025-03-03 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NIH_CATALYST_33_2,
        published="2025-03-03",
    ),
    # the same page: 'in the coming weeks', a vague window of four weeks (the parser's docstring) from the day of reading: 31 March 2025, end of day EDT
    B(
        text="Additional training and resources on escort procedures will be provided in the coming weeks.",
        due="2025-04-01 03:59:59",
        vague=True,
        said="2025-03-03 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NIH_CATALYST_33_2,
        published="2025-03-03",
    ),
    # the same page: 'Before accessing' the portal, a standing precondition for all staff, the '20-minute' length of the training no time for any act (CONVENTIONS 1.3): recurring
    B(
        text="Before accessing the VisitNIH Pre-Registration Portal, NIH staff must complete a 20-minute self-paced LMS training.",
        due=None,
        vague=False,
        said="2025-03-03 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NIH_CATALYST_33_2,
        published="2025-03-03",
    ),
    # the same page: 'up to 24 hours after completing the training', a standing allowance for every staff member (CONVENTIONS 1.3): recurring
    B(
        text="Please allow up to 24 hours after completing the training for access to be granted.",
        due=None,
        vague=False,
        said="2025-03-03 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NIH_CATALYST_33_2,
        published="2025-03-03",
    ),
    # NIH Office of Extramural Research, 'NIH Extramural Nexus' post '2008 NIH Regional Seminars Conclude with a Record Number of Attendees' (Tuesday 1 July 2008, the date in its address; the heading is not quoted): 'recently concluded', told as done: past
    B(
        text="The 2008 NIH Regional Seminars on Program Funding and Grants Administration recently concluded with record attendance by grants administrators, researchers, and graduate students from around the world.",
        due=None,
        vague=False,
        said="2008-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NIH_NEXUS_1JUL08,
        published="2008-07-01",
    ),
    # the same post: 'In March' and 'a June seminar', sessions gone: past
    B(
        text="In March, approximately 550 attendees participated in San Antonio, Texas – hosted by the University of Texas Health Science Center at San Antonio; followed by a June seminar in Chicago, Illinois, which brought approximately 900 attendees – hosted by the University of Illinois at Chicago.",
        due=None,
        vague=False,
        said="2008-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NIH_NEXUS_1JUL08,
        published="2008-07-01",
    ),
    # the same post: 'this year's seminars', attended in the past: past
    B(
        text="Attendees traveled from every region of the U.S. and from over a dozen countries to participate in this year’s seminars.",
        due=None,
        vague=False,
        said="2008-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NIH_NEXUS_1JUL08,
        published="2008-07-01",
    ),
    # the same post: 'current areas' names the present: no deadline
    B(
        text="The NIH Regional Seminars are designed to help demystify the application and review process, provide updates and clarification of relevant regulations and policies, as well as highlight current areas of special interest or concern.",
        due=None,
        vague=False,
        said="2008-07-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH_NEXUS_1JUL08,
        published="2008-07-01",
    ),
    # the same post: 'two each year', a standing schedule: recurring
    B(
        text="The Office of Extramural Research sponsors two each year around the country.",
        due=None,
        vague=False,
        said="2008-07-01 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NIH_NEXUS_1JUL08,
        published="2008-07-01",
    ),
    # the same post: 'while' sets no time for any act: no deadline
    B(
        text="These seminars provide approximately 30 NIH and HHS policy, grants management, review, and program staff an opportunity to share their expertise and guidance, while allowing attendees the opportunity to network, learn, and share their experiences as well.",
        due=None,
        vague=False,
        said="2008-07-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH_NEXUS_1JUL08,
        published="2008-07-01",
    ),
    # the same post: the '2009' seminars 'to be held', the year naming the series and the year they are held: 31 December 2009, end of day EST; unsure: no deadline (a year in the name of the seminars, and 'Plans are under way' promises no act)
    B(
        text="Plans are under way for the 2009 NIH Regional Seminars and eRA Workshops to be held in Atlanta, Georgia and Portland, Oregon.",
        due="2010-01-01 04:59:59",
        vague=False,
        said="2008-07-01 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NIH_NEXUS_1JUL08,
        published="2008-07-01",
    ),
    # the same post: 'In the near future', a vague window of 60 days (the parser's docstring): 30 August 2008, end of day EDT
    B(
        text="In the near future, dates and other pertinent information will be posted in the NIH Guide, as well as on the NIH Regional Seminars on Program Funding and Grants Administration home page.",
        due="2008-08-31 03:59:59",
        vague=True,
        said="2008-07-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NIH_NEXUS_1JUL08,
        published="2008-07-01",
    ),
    # NIH Intramural Research Program, The NIH Catalyst Vol. 28 No. 2, 'Announcements' (the page shows no date; the March-April 2020 issue, its first item written after the COVID-19 closures of mid-March; read at Wednesday 1 April 2020; the contact lines and links are not quoted): 'during the COVID-19 pandemic' and 'postponed' without a date set no time for any act: no deadline
    B(
        text="In support of the Office of Personnel Management guidance to strengthen our efforts to protect the federal workforce and to ensure continuity of operations during the COVID-19 pandemic, most lectures and events are being held virtually or have been cancelled or postponed.",
        due=None,
        vague=False,
        said="2020-04-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH_CATALYST_28_2,
        published="2020-04-01",
    ),
    # the same page: 'the 21st-century NIH' names a period: no deadline
    B(
        text="The Office of NIH History and Stetten Museum is in a unique position to preserve the amazing developments of the 21st-century NIH, but it can’t do it without your help.",
        due=None,
        vague=False,
        said="2020-04-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH_CATALYST_28_2,
        published="2020-04-01",
    ),
    # the same page: 'to collect ... during 2020', the year's end: 31 December 2020, end of day EST
    B(
        text="So the office is looking to collect 20 representative scientific instruments during 2020.",
        due="2021-01-01 04:59:59",
        vague=False,
        said="2020-04-01 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NIH_CATALYST_28_2,
        published="2020-04-01",
    ),
    # the same page: 'the past 20 years', a period gone: past
    B(
        text="What do you think the office should be collecting to represent NIH’s work of the past 20 years?",
        due=None,
        vague=False,
        said="2020-04-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NIH_CATALYST_28_2,
        published="2020-04-01",
    ),
    # the same page: the years of the 'Strategic Plan 2022-2026' name the plan: no deadline
    B(
        text="Specifically, OBSSR requests your input on research directions (see RFI) that will support the achievement of the scientific priorities in the OBSSR Strategic Plan 2022-2026 and that will advance or transform the broader health impact of BSSR.",
        due=None,
        vague=False,
        said="2020-04-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH_CATALYST_28_2,
        published="2020-04-01",
    ),
    # Peace Corps, press release 'Peace Corps Launches Early Admissions Policy; Application Process Dramatically Shortened' (Monday 24 May 1999, its dateline; the heading, the contact lines and the site text are not quoted): 'announced today', told as done under its dateline: past
    B(
        text="Washington, D.C., May 24, 1999—Peace Corps Director Mark Gearan announced today a new recruitment policy designed to shorten the time between applying to the Peace Corps and receiving an overseas assignment.",
        due=None,
        vague=False,
        said="1999-05-24 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_PEACE_CORPS_24MAY99,
        published="1999-05-24",
    ),
    # the same release, the Director quoted (the page's backslash before the apostrophe kept): 'as soon as possible', a vague window of 60 days (CONVENTIONS 5.1): 23 July 1999, end of day EDT; unsure: recurring (a standing aim for every applicant, not one act)
    B(
        text='"To attract the best potential volunteers to the Peace Corps, we need to let applicants know as soon as possible where they\\\'ll be serving overseas," said Gearan.',
        due="1999-07-24 03:59:59",
        vague=True,
        said="1999-05-24 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_PEACE_CORPS_24MAY99,
        published="1999-05-24",
    ),
    # the same quote: 'as much as six months before they get on a plane', a standing lead time for every volunteer (CONVENTIONS 1.3): recurring
    B(
        text="\"This new approach to processing applicants allows us tell future volunteers where they\\'ll be serving as much as six months before they get on a plane.",
        due=None,
        vague=False,
        said="1999-05-24 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_PEACE_CORPS_24MAY99,
        published="1999-05-24",
    ),
    # the same quote: 'early admissions' names a policy: no deadline
    B(
        text="It\\'s similar to early admissions to college, and helps us retain the best applicants.\"",
        due=None,
        vague=False,
        said="1999-05-24 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_PEACE_CORPS_24MAY99,
        published="1999-05-24",
    ),
    # the same release: 'by the year 2003': 31 December 2003, end of day EST
    B(
        text="The Peace Corps is expanding its volunteer force so that by the year 2003, 10,000 volunteers will be serving overseas.",
        due="2004-01-01 04:59:59",
        vague=False,
        said="1999-05-24 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_PEACE_CORPS_24MAY99,
        published="1999-05-24",
    ),
    # the same release: applicants told to apply 'as soon as possible', a vague window of 60 days (CONVENTIONS 5.1): 23 July 1999, end of day EDT; unsure: recurring (an instruction to every applicant)
    B(
        text="In order to take advantage of this new early admission policy to the Peace Corps, applicants must submit their applications as soon as possible.",
        due="1999-07-24 03:59:59",
        vague=True,
        said="1999-05-24 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_PEACE_CORPS_24MAY99,
        published="1999-05-24",
    ),
    # the same release: 'by December', a year-less month read as its next occurrence, beside 'this summer' (when they apply): 31 December 1999, end of day EST
    B(
        text="College juniors who apply this summer will know their Peace Corps country by December.",
        due="2000-01-01 04:59:59",
        vague=False,
        said="1999-05-24 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_PEACE_CORPS_24MAY99,
        published="1999-05-24",
    ),
    # the same release: 'Currently' on a present state: no deadline
    B(
        text="Currently, nearly 6,700 Peace Corps volunteers are working in 78 countries to help bring clean water to communities, teach children, protect the environment, start new businesses, and prevent the spread of AIDS.",
        due=None,
        vague=False,
        said="1999-05-24 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_PEACE_CORPS_24MAY99,
        published="1999-05-24",
    ),
    # the same release: 'Since 1961', told as done: past
    B(
        text="Since 1961, more than 150,000 Americans have joined the Peace Corps.",
        due=None,
        vague=False,
        said="1999-05-24 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_PEACE_CORPS_24MAY99,
        published="1999-05-24",
    ),
    # Peace Corps, story 'When should I start my Peace Corps application?' by a Peace Corps recruiter (Wednesday 9 September 2015, its date line; the heading and byline are not quoted; the numbers and bullets of its lists are left out of the texts): 'the days of yore' and 'the past year', a change told as done: past
    B(
        text="It’s said often and yet cannot be overstated: Peace Corps’ application process has changed significantly from the days of yore (but mostly in the past year).",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # the same story: 'In 2008', 'of 2010' and 'two years in advance', all of a case gone: past
    B(
        text="In 2008, a stellar, community-engaged college sophomore with a projected graduation date of 2010 would not have been discouraged to apply two years in advance.",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # the same story: 'These days' and 'two years in the future', a standing consequence for any applicant (CONVENTIONS 1.3): recurring
    B(
        text="These days, while we appreciate all eager applicants, not being available to serve until two years in the future results in an application withdrawal and a letter sharing two pieces of information:",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # the same story, the first point: 'one year prior to the departure date', a standing practice (CONVENTIONS 1.3): recurring
    B(
        text="Programs begin to accept applications approximately (and only) one year prior to the departure date listed on the Volunteer Openings page.",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # the same point: 'before applying' hangs on the reader's undated application, and 'the application deadline' is named without a date: event
    B(
        text="The importance of visiting this page before applying cannot be stressed enough – it tells you key things you should know about the job for which you are applying (like the application deadline or whether you need a college degree).",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # the same point: 'the date you should be available' is named without a date: no deadline
    B(
        text="This page also tells you how many positions are open and the date you should be available to depart for service.",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # the same story: 'the departure date is not flexible' names an undated date: no deadline
    B(
        text="Invitees arrive to country in cohorts, therefore the departure date is not flexible and cannot be altered for one person, no matter the circumstances.",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # the same story: 'no more than one year between submitting an application and departing', a standing expectation for any applicant (CONVENTIONS 1.3): recurring
    B(
        text="The website is pretty transparent and a strong applicant can expect to wait no more than one year between submitting an application and departing for service (if he or she is invited and successfully completes all required tasks thereafter).",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # the same story, the second point: openings 'live for three months' on average, a standing practice (CONVENTIONS 1.3): recurring
    B(
        text="There are specific times when jobs are posted and, on average, these openings are live for three months.",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # the same point: 'a calendar of when job openings go live', a standing schedule: recurring
    B(
        text="Here is an approximate calendar of when job openings go live on our site:",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # the same calendar, a bullet: months of every year's cycle: recurring
    B(
        text="Programs departing July to September are posted in August of the previous year",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # the next bullet: recurring
    B(
        text="Programs departing October to December are posted in November of the previous year",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # the next bullet (the one after it is cut off by the end of the opening and is not quoted): recurring
    B(
        text="Programs departing January to March are posted in February of the previous year",
        due=None,
        vague=False,
        said="2015-09-09 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_PEACE_CORPS_9SEP15,
        published="2015-09-09",
    ),
    # National Science Foundation, program solicitation NSF 15-508 'US Ignite', text version (DATE: 10/23/2014, Thursday 23 October 2014; the archive note, the title lines and the list of directorates are not quoted): a deadline line 'due by 5 p.m. proposer's local time', read in the publisher's zone: 21 January 2015, 17:00 EST; unsure: another zone (each proposer's own local time)
    B(
        text="Full Proposal Deadline(s) (due by 5 p.m. proposer's local time): January 21, 2015",
        due="2015-01-21 22:00:00",
        vague=False,
        said="2014-10-23 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NSF_15_508,
        published="2014-10-23",
    ),
    # the same solicitation: a release 'in the Fall of 2014' and an effective date 'on or after December 26, 2014', the later act counting (CONVENTIONS 3.1 and 6.1): 26 December 2014, end of day EST
    B(
        text="NSF anticipates release of the PAPPG in the Fall of 2014 and it will be effective for proposals submitted, or due, on or after December 26, 2014.",
        due="2014-12-27 04:59:59",
        vague=False,
        said="2014-10-23 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NSF_15_508,
        published="2014-10-23",
    ),
    # the same solicitation: 'prior to December 26, 2014' describes which proposers the rule covers, and sets no time for any act: no deadline; unsure: 25 December 2014, end of day EST ('before <date>', CONVENTIONS 3.5)
    B(
        text="Please be advised that proposers who opt to submit prior to December 26, 2014, must also follow the guidelines contained in NSF 15-1.",
        due=None,
        vague=False,
        said="2014-10-23 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NSF_15_508,
        published="2014-10-23",
    ),
    # National Science Foundation, program solicitation NSF 03-599 'Long-Term Ecological Research (LTER) in Coastal Ocean Ecosystems' (Posted: Wednesday 10 September 2003; the deadline line, split over two lines of the page with the date alone on the second, the heading lines and the contacts are not quoted): 'continuing' and 'Long-Term' name the programme: no deadline
    B(
        text="This is part of a continuing series of solicitations as part of the NSF's Long-Term Ecological Research Program (LTER) and is the third solicitation from the Directorate for Geosciences in support of the LTER Program.",
        due=None,
        vague=False,
        said="2003-09-10 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NSF_03_599,
        published="2003-09-10",
    ),
    # the same solicitation: 'long-term research' names a kind of research: no deadline
    B(
        text="This solicitation seeks proposals to augment this nationally and internationally recognized research program, and to support long-term research in fundamental, interdisciplinary environmental science.",
        due=None,
        vague=False,
        said="2003-09-10 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NSF_03_599,
        published="2003-09-10",
    ),
    # the same solicitation: 'at the time of publishing' names the day of the notice, no act: no deadline
    B(
        text="Please note that the following information is current at the time of publishing.",
        due=None,
        vague=False,
        said="2003-09-10 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NSF_03_599,
        published="2003-09-10",
    ),
    # the same solicitation: 'per year for up to six years', the length of every award (CONVENTIONS 1.3): recurring
    B(
        text="Estimated Number of Awards: 1 to 3 averaging $810,000 per year for up to six years",
        due=None,
        vague=False,
        said="2003-09-10 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NSF_03_599,
        published="2003-09-10",
    ),
    # the same solicitation: 'the first year of all awards' hangs on undated awards: event
    B(
        text="Anticipated Funding Amount: $2,400,000 is the approximate total for first year of all awards pending the availability of funds and depending on the quality of proposals received",
        due=None,
        vague=False,
        said="2003-09-10 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NSF_03_599,
        published="2003-09-10",
    ),
    # Australian Government, Federal Register of Legislation, Ministers of State Regulations 2024 (F2024L01145) as made (dated Thursday 12 September 2024; the recital, the date line, the signatures, the contents and the commencement table are not quoted): the year in the name of the instrument: no deadline
    B(
        text="This instrument is the Ministers of State Regulations 2024.",
        due=None,
        vague=False,
        said="2024-09-12 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_MINISTERS_REGS_2024,
        published="2024-09-12",
    ),
    # the same instrument: 'commences, or is taken to have commenced, in accordance with column 2 of the table' hangs the start on the table, which this sentence does not date: event; unsure: 13 September 2024, end of day AEST (the table's date)
    B(
        text="(1) Each provision of this instrument specified in column 1 of the table commences, or is taken to have commenced, in accordance with column 2 of the table.",
        due=None,
        vague=False,
        said="2024-09-12 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AU_MINISTERS_REGS_2024,
        published="2024-09-12",
    ),
    # the same instrument, the note to the table: 'as originally made' names the past form: no deadline
    B(
        text="Note: This table relates only to the provisions of this instrument as originally made.",
        due=None,
        vague=False,
        said="2024-09-12 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_MINISTERS_REGS_2024,
        published="2024-09-12",
    ),
    # the same note: 'any later amendments', undated, and an act denied without a time: no deadline
    B(
        text="It will not be amended to deal with any later amendments of this instrument.",
        due=None,
        vague=False,
        said="2024-09-12 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_MINISTERS_REGS_2024,
        published="2024-09-12",
    ),
    # the same instrument: the year in the name of the 'Ministers of State Act 1952': no deadline
    B(
        text="This instrument is made under the Ministers of State Act 1952.",
        due=None,
        vague=False,
        said="2024-09-12 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_MINISTERS_REGS_2024,
        published="2024-09-12",
    ),
    # the same instrument, a point of section 5(1): 'from time to time', a standing duty: recurring
    B(
        text="(a) specify each person (a relevant Minister) who, from time to time:",
        due=None,
        vague=False,
        said="2024-09-12 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_AU_MINISTERS_REGS_2024,
        published="2024-09-12",
    ),
    # the next point: 'on a specified day', a day each instrument will name: event
    B(
        text="(b) notify that, on a specified day, the Governor‑General has done the following:",
        due=None,
        vague=False,
        said="2024-09-12 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AU_MINISTERS_REGS_2024,
        published="2024-09-12",
    ),
    # US Bureau of Labor Statistics, notice 'News release dates to change for government closure on December 5, 2018' (the page shows no date of its own; the day of mourning was proclaimed on 1 December 2018; read at Monday 3 December 2018, and every label holds for any day from 1 to 5 December 2018; the heading, the site text and the lead-in lines are not quoted): a release moved 'from Wednesday, December 5, 2018, to Thursday, December 6, 2018, at 8:30 A.M. Eastern Time', the new time counting: 6 December 2018, 08:30 EST
    B(
        text="Productivity and Costs 3rd Quarter 2018, Revised will move from Wednesday, December 5, 2018, to Thursday, December 6, 2018, at 8:30 A.M. Eastern Time.",
        due="2018-12-06 13:30:00",
        vague=False,
        said="2018-12-03 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_BLS_DEC18,
        published="2018-12-03",
    ),
    # the same notice: moved to 'Monday, December 10, 2018, at 10:00 A.M. Eastern Time': 10 December 2018, 10:00 EST
    B(
        text="County Employment and Wages 2nd Quarter 2018 Full Data Update will move from Thursday, December 6, 2018, to Monday, December 10, 2018, at 10:00 A.M. Eastern Time.",
        due="2018-12-10 15:00:00",
        vague=False,
        said="2018-12-03 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_BLS_DEC18,
        published="2018-12-03",
    ),
    # the same notice, a release kept 'as previously scheduled': 7 December 2018, 08:30 EST
    B(
        text="The Employment Situation release for November 2018 will be on Friday December 7, 2018, at 8:30 A.M Eastern Time, as previously scheduled.",
        due="2018-12-07 13:30:00",
        vague=False,
        said="2018-12-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_BLS_DEC18,
        published="2018-12-03",
    ),
    # the same notice: 10 December 2018, 10:00 EST
    B(
        text="Job Openings and Labor Turnover Survey release for October 2018 will be on Monday, December 10, 2018, at 10:00 A.M. Eastern Time, as previously scheduled.",
        due="2018-12-10 15:00:00",
        vague=False,
        said="2018-12-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_BLS_DEC18,
        published="2018-12-03",
    ),
    # the same notice: 'All other subsequent release dates remain unchanged', dates not given: no deadline
    B(
        text="All other subsequent release dates remain unchanged.",
        due=None,
        vague=False,
        said="2018-12-03 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BLS_DEC18,
        published="2018-12-03",
    ),
    # US Bureau of Labor Statistics, notice 'Does the lapse of appropriation for some federal agencies impact BLS data or release dates?' (the page shows no date; it tells of 1 February 2019 as done and 6 February 2019 as ahead; read at Monday 4 February 2019; the site line and the table are not quoted): 'the recent lapse' and a perfect 'has received': past
    B(
        text="The U.S. Bureau of Labor Statistics (BLS) has received a number of questions about the impact of the recent lapse of appropriation for some federal agencies on our data and release dates.",
        due=None,
        vague=False,
        said="2019-02-04 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BLS_FEB19,
        published="2019-02-04",
    ),
    # the same notice: 'is funded through September 30, 2019', a state kept to a date (CONVENTIONS 3.3): 30 September 2019, end of day EDT
    B(
        text="The Department of Labor, including the Bureau of Labor Statistics, is funded through September 30, 2019.",
        due="2019-10-01 03:59:59",
        vague=False,
        said="2019-02-04 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_BLS_FEB19,
        published="2019-02-04",
    ),
    # the same notice: 'as new information becomes available' hangs on an undated event: event
    B(
        text="This page will be updated as new information becomes available.",
        due=None,
        vague=False,
        said="2019-02-04 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_BLS_FEB19,
        published="2019-02-04",
    ),
    # the same notice: 'delayed releases' names releases, no time: no deadline
    B(
        text="BLS will notify data users regarding any other data impacts or delayed releases.",
        due=None,
        vague=False,
        said="2019-02-04 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BLS_FEB19,
        published="2019-02-04",
    ),
    # the same notice: 'on Friday, February 1', told as done: past
    B(
        text="BLS released the Employment Situation for January 2019 on Friday, February 1.",
        due=None,
        vague=False,
        said="2019-02-04 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BLS_FEB19,
        published="2019-02-04",
    ),
    # the same notice: 'as scheduled on February 6, 2019', the quarter naming the release: 6 February 2019, end of day EST
    B(
        text="BLS will publish the Productivity and Costs, 4th Quarter, 2018, news release as scheduled on February 6, 2019.",
        due="2019-02-07 04:59:59",
        vague=False,
        said="2019-02-04 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_BLS_FEB19,
        published="2019-02-04",
    ),
    # the same notice: 'the preliminary 4th quarter 2018 estimates', a quarter naming the estimates in a condition: no deadline; unsure: 6 February 2019, end of day EST (the release the sentence before dates)
    B(
        text="If Gross Domestic Product (GDP) data from the Bureau of Economic Analysis are not available, the BLS productivity release will only have a limited set of data available for the preliminary 4th quarter 2018 estimates.",
        due=None,
        vague=False,
        said="2019-02-04 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BLS_FEB19,
        published="2019-02-04",
    ),
    # the same notice, after the table: 'Revised 3rd quarter 2018 measures' named by their quarter, published with no time of their own: no deadline; unsure: 6 February 2019, end of day EST (the release dated above)
    B(
        text="Revised 3rd quarter 2018 measures will be published in full.",
        due=None,
        vague=False,
        said="2019-02-04 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BLS_FEB19,
        published="2019-02-04",
    ),
    # the same notice: 'at this time' on a present state: no deadline
    B(
        text="This data collection activity is funded by BLS and, at this time, is not significantly affected by the lapse of appropriation.",
        due=None,
        vague=False,
        said="2019-02-04 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BLS_FEB19,
        published="2019-02-04",
    ),
    # US National Weather Service, Fort Worth TX, Public Information Statement issued at 9:46 p.m. CDT on Wednesday 22 May 2024 (the time of speaking; the product codes, the headline between dots and the contact paragraph are not quoted; the page's hard line breaks are read as spaces): a survey 'on Thursday May 23rd': 23 May 2024, end of day CDT
    B(
        text="The National Weather Service office in Fort Worth, TX will conduct a storm survey on Thursday May 23rd for areas from Morgan`s Point to Temple to Seaton in eastern Bell county.",
        due="2024-05-24 04:59:59",
        vague=False,
        said="2024-05-23 02:46:00",
        tz="America/Chicago",
        cluster=6,
        source=_NWS_FWD_22MAY24,
        published="2024-05-22",
    ),
    # the same statement: 'on the evening of May 22nd', gone: past
    B(
        text="The survey is in relation to the severe thunderstorms that moved through the area on the evening of May 22nd.",
        due=None,
        vague=False,
        said="2024-05-23 02:46:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_NWS_FWD_22MAY24,
        published="2024-05-22",
    ),
    # the same statement: 'by Thursday evening', the evening ending at 23:59:59 (the parser's docstring): 23 May 2024, 23:59:59 CDT
    B(
        text="An assessment including results of the survey are expected to be completed and transmitted via a Public Information Statement by Thursday evening.",
        due="2024-05-24 04:59:59",
        vague=False,
        said="2024-05-23 02:46:00",
        tz="America/Chicago",
        cluster=2,
        source=_NWS_FWD_22MAY24,
        published="2024-05-22",
    ),
    # European Commission, Daily News of Tuesday 23 December 2025 (its date line), as reposted on cna.org.cy (the Cyprus News Agency's press-release page; only the Commission's words are quoted, not the headings, the contact lines or the cut-off end): 'In 2025 ... placed', told as done: past
    B(
        text="In 2025, in line with the expectations of the EU's 27 Member States and 450 million citizens, the European Commission placed a particular policy priority on Europe's competitiveness and solidarity.",
        due=None,
        vague=False,
        said="2025-12-23 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_DAILY_23DEC25,
        published="2025-12-23",
    ),
    # the same item: 'for 2025' names the milestones: no deadline
    B(
        text="You can find more details on key milestones and initiatives for 2025 in the dedicated factsheet and webpage",
        due=None,
        vague=False,
        said="2025-12-23 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_DAILY_23DEC25,
        published="2025-12-23",
    ),
    # the same item: 'made steady progress', with 'day-to-day' and 'while', told as done: past
    B(
        text="Delivering on a top priority of the Draghi Report, the Commission made steady progress on its simplification agenda, aiming to make it easier for businesses to operate on a day-to-day basis, while maintaining our overarching social and climate goals.",
        due=None,
        vague=False,
        said="2025-12-23 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_DAILY_23DEC25,
        published="2025-12-23",
    ),
    # the same item: 'what has been achieved in 2025', a year told as done: past
    B(
        text="An overview of what has been achieved in 2025 can be found online.",
        due=None,
        vague=False,
        said="2025-12-23 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_DAILY_23DEC25,
        published="2025-12-23",
    ),
    # the same item: '2025 also marked' and 'in 2024', told as done: past
    B(
        text="2025 also marked an important year of solidarity, both inside the EU and in the rest of the world: responding to record-breaking wildfires; needs following the floods in Valencia in 2024; crisis measures for farmers; supporting Ukraine; remaining the leading global donor for Palestinians; pushing for the energy transition in Africa.",
        due=None,
        vague=False,
        said="2025-12-23 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_DAILY_23DEC25,
        published="2025-12-23",
    ),
    # the same item: 'on 1 January 2026, Bulgaria will adopt the euro' (CONVENTIONS 3.1): 1 January 2026, end of day CET
    B(
        text="Looking ahead, on 1 January 2026, Bulgaria will adopt the euro as its currency, becoming the 21st member of the euro area and marking an important milestone in the history of both the euro and of the EU.",
        due="2026-01-01 22:59:59",
        vague=False,
        said="2025-12-23 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC_DAILY_23DEC25,
        published="2025-12-23",
    ),
    # the next item: 'The 1st of January 2026 marks the 40th anniversary', a one-off day ahead (CONVENTIONS 3.1): 1 January 2026, end of day CET; unsure: no deadline (a date naming an anniversary, no act)
    B(
        text="The 1st of January 2026 marks the 40th anniversary of Spain and Portugal joining the European Union.",
        due="2026-01-01 22:59:59",
        vague=False,
        said="2025-12-23 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC_DAILY_23DEC25,
        published="2025-12-23",
    ),
    # European Commission, Daily News of Friday 13 February 2026 (its date line), as reposted on cna.org.cy (only the Commission's words are quoted, not the headings, the greeting or the cut-off end): 'On 12-13 February 2026 ... met', told as done: past
    B(
        text="On 12-13 February 2026, European Commissioner for Trade and Economic Security Maroš Šefčovič and Commissioner for Agriculture and Food Christophe Hansen met in Brussels with Minister for Trade and Tourism of Australia Don Farrell to drive further progress on the EU-Australia Free Trade Agreement negotiations.",
        due=None,
        vague=False,
        said="2026-02-13 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_DAILY_13FEB26,
        published="2026-02-13",
    ),
    # the same statement: 'in November last year', gone: past
    B(
        text="President von der Leyen and Prime Minister Albanese confirmed in November last year their shared interest in further strengthening ties between the two like-minded democracies, notably by concluding an ambitious, balanced, mutually beneficial trade deal, while respecting each sides' sensitivities.",
        due=None,
        vague=False,
        said="2026-02-13 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_DAILY_13FEB26,
        published="2026-02-13",
    ),
    # the same statement: 'each year', a standing flow: recurring
    B(
        text="The EU and Australia already trade over €87.5 billion – or well over A$100 billion – worth of goods and services each year.",
        due=None,
        vague=False,
        said="2026-02-13 09:00:00",
        tz="Europe/Brussels",
        refusal="recurring",
        cluster=5,
        source=_EC_DAILY_13FEB26,
        published="2026-02-13",
    ),
    # the same statement: 'will now report back', 'now' not one of the documented vague words: no deadline; unsure: vague, 7 days (read as 'immediately')
    B(
        text="The principals will now report back to their Leaders.",
        due=None,
        vague=False,
        said="2026-02-13 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_DAILY_13FEB26,
        published="2026-02-13",
    ),
    # the President's statement at the Transatlantic Forum, in the same Daily News: 'again' sets no time for any act: no deadline
    B(
        text="It is nice to be here again.",
        due=None,
        vague=False,
        said="2026-02-13 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_DAILY_13FEB26,
        published="2026-02-13",
    ),
    # Federal Open Market Committee, interim final rule 'Rules Regarding Availability of Information', 81 FR 94934 (Tuesday 27 December 2016), as served by thefederalregister.org (the abstract at the head of the page is quoted once, not again under SUMMARY; the headers and the cut-off ADDRESSES paragraph are not quoted; hard line breaks read as spaces): 'recent' and the year naming the act: no deadline
    B(
        text="These revisions conform to recent statutory amendments to the Freedom of Information Act (FOIA) made by the FOIA Improvement Act of 2016 (FOIA Improvement Act), as well as other technical changes intended to clarify existing procedures for requesting information and updating contact information.",
        due=None,
        vague=False,
        said="2016-12-27 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FOMC_RULE_27DEC16,
        published="2016-12-27",
    ),
    # the same rule: 'effective on December 27, 2016', the day of publication (CONVENTIONS 3.1): 27 December 2016, end of day EST
    B(
        text="DATES: This interim final rule is effective on December 27, 2016.",
        due="2016-12-28 04:59:59",
        vague=False,
        said="2016-12-27 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FOMC_RULE_27DEC16,
        published="2016-12-27",
    ),
    # the same rule: comments 'on or before February 27, 2017': 27 February 2017, end of day EST
    B(
        text="Comments shall be received on or before February 27, 2017.",
        due="2017-02-28 04:59:59",
        vague=False,
        said="2016-12-27 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FOMC_RULE_27DEC16,
        published="2016-12-27",
    ),
    # Board of Governors of the Federal Reserve System, final rule 'Regulation A: Extensions of Credit by Federal Reserve Banks', 83 FR 49472 (Tuesday 2 October 2018), as served by thefederalregister.org (the abstract and SUMMARY, which hold no time word, and the headers are not quoted; hard line breaks read as spaces): 'effective October 2, 2018' (CONVENTIONS 3.1): 2 October 2018, end of day EDT
    B(
        text="DATES: Effective date: The amendments to part 201 (Regulation A) are effective October 2, 2018.",
        due="2018-10-03 03:59:59",
        vague=False,
        said="2018-10-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FRB_REGA_2OCT18,
        published="2018-10-02",
    ),
    # the same rule: 'were applicable on September 27, 2018', gone: past
    B(
        text="Applicability date: The rate changes for primary and secondary credit were applicable on September 27, 2018.",
        due=None,
        vague=False,
        said="2018-10-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRB_REGA_2OCT18,
        published="2018-10-02",
    ),
    # National Institute of Standards and Technology, Computer Security Resource Center, 'DRAFT Publications' page (the stored copy whose newest item is dated Apr 4, 2014; read at Friday 4 April 2014; the site banner, the date lines, the item titles, the link lines and the later items, which hold no time word before the opening is cut off, are not quoted): 'is now available' on a present state: no deadline
    B(
        text="The Proposed SHA-3 Standard, DRAFT FIPS 202, SHA-3 Standard: Permutation-Based Hash and Extendable-Output Functions, is now available.",
        due=None,
        vague=False,
        said="2014-04-04 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIST_CSRC_DRAFTS_APR14,
        published="2014-04-04",
    ),
    # the same item: a '90-day public comment period' that opens 'AFTER' an undated Federal Register announcement: event
    B(
        text="A 90-day public comment period will be provided AFTER Federal Register announces the publication of this Draft Standard.",
        due=None,
        vague=False,
        said="2014-04-04 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NIST_CSRC_DRAFTS_APR14,
        published="2014-04-04",
    ),
    # the same item: 'to be published in the near future', a vague window of 60 days (the parser's docstring): 3 June 2014, end of day EDT
    B(
        text="The Federal Register Notice, to be published in the near future, will also provide instructions for how to submit public comments.",
        due="2014-06-04 03:59:59",
        vague=True,
        said="2014-04-04 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NIST_CSRC_DRAFTS_APR14,
        published="2014-04-04",
    ),
    # the same item: 'when such information becomes available' hangs on an undated event, 'deadline' named without a date: event
    B(
        text="More details or specific submission deadline will be provided when such information becomes available.",
        due=None,
        vague=False,
        said="2014-04-04 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NIST_CSRC_DRAFTS_APR14,
        published="2014-04-04",
    ),
    # Board of Governors of the Federal Reserve System, Annual Report 2018, 'Record of Policy Actions of the Board of Governors' (the page shows no date; the report on 2018 came out in the spring of 2019; read at Wednesday 1 May 2019, and every label holds for any day of 2019; the headings, the footnote-bearing line on the Board members, the cross-reference and the 'Voting for this action' line are not quoted): 'its annual report', a standing duty: recurring
    B(
        text="That section provides that the Board shall keep a record of all questions of policy determined by the Board and shall include in its annual report to Congress a full account of such actions.",
        due=None,
        vague=False,
        said="2019-05-01 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FRB_AR2018_POLICY,
        published="2019-05-01",
    ),
    # the same page: 'policy actions in 2018', a year gone: past
    B(
        text="This section provides a summary of policy actions in 2018, as implemented through (1) rules and regulations, (2) policy statements and other actions, and (3) discount rates for depository institutions.",
        due=None,
        vague=False,
        said="2019-05-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRB_AR2018_POLICY,
        published="2019-05-01",
    ),
    # the same page (the footnote mark after 'TALF).' kept): 'On April 30, 2018, the Board approved', gone: past
    B(
        text="On April 30, 2018, the Board approved a final rule (Docket No. R-1585) to (1) revise the provisions regarding the establishment of the primary credit rate in a financial emergency to provide that the primary credit rate will be the target federal funds rate or, if the Federal Open Market Committee has established a target range for the federal funds rate, a rate corresponding to the top of the target range; and (2) delete references to the expired Term Asset-Backed Securities Loan Facility (or TALF).2",
        due=None,
        vague=False,
        said="2019-05-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRB_AR2018_POLICY,
        published="2019-05-01",
    ),
    # the same page: 'is effective June 8, 2018', a date gone when the report is read (the present tense of a record): past
    B(
        text="The final rule is effective June 8, 2018.",
        due=None,
        vague=False,
        said="2019-05-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRB_AR2018_POLICY,
        published="2019-05-01",
    ),
    # Board of Governors of the Federal Reserve System, Annual Report 2016, 'Record of Policy Actions of the Board of Governors' (the page shows no date; read at Monday 1 May 2017, and every label holds for any day of 2017; its sentence on the annual report, word for word the one quoted from the 2018 page, is not taken twice; the headings and the cut-off end are not quoted): 'policy actions in 2016', a year gone: past
    B(
        text="This section provides a summary of policy actions in 2016, as implemented through (1) rules and regulations, (2) policy statements and other actions, and (3) discount rates for depository institutions.",
        due=None,
        vague=False,
        said="2017-05-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRB_AR2016_POLICY,
        published="2017-05-01",
    ),
    # the same page (the footnote mark kept): 'On February 4, 2016', gone, the '18-month' and '12-month' cycles naming the rule's content: past
    B(
        text="On February 4, 2016, the Board approved a joint interim final rule with request for comment (Docket No. R-1531) to increase the number of insured depository institutions eligible for an 18-month (rather than a 12-month) on-site examination cycle.1",
        due=None,
        vague=False,
        said="2017-05-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRB_AR2016_POLICY,
        published="2017-05-01",
    ),
    # the same page: 'Previously', told as done: past
    B(
        text="Previously, only firms with less than $500 million in total assets were eligible for the extended examination cycle.",
        due=None,
        vague=False,
        said="2017-05-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FRB_AR2016_POLICY,
        published="2017-05-01",
    ),
    # US National Park Service, Yellowstone National Park, news release on National Park Week (Friday 14 April 2017), as reposted on wyo4news.com (only the release's words are quoted, not the site's heading, the list of road sections or the campaign's closing lines without a time word): a week 'April 15 through 23', a range at its later end (CONVENTIONS 6.1): 23 April 2017, end of day MDT
    B(
        text="MAMMOTH HOT SPRINGS, WY – Ring in spring with a visit to Yellowstone National Park during National Park Week, April 15 through 23.",
        due="2017-04-24 05:59:59",
        vague=False,
        said="2017-04-14 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_NPS_YELL_14APR17,
        published="2017-04-14",
    ),
    # the same release: a list of days 'April 15, 16, 22, and 23', the last counting (CONVENTIONS 6.1): 23 April 2017, end of day MDT
    B(
        text="Visitors can also enjoy free admission during the weekends of National Park Week, April 15, 16, 22, and 23.",
        due="2017-04-24 05:59:59",
        vague=False,
        said="2017-04-14 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_NPS_YELL_14APR17,
        published="2017-04-14",
    ),
    # the same release: 'on Saturday, April 15' (CONVENTIONS 3.1): 15 April 2017, end of day MDT
    B(
        text="Junior Ranger Day is on Saturday, April 15.",
        due="2017-04-16 05:59:59",
        vague=False,
        said="2017-04-14 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_NPS_YELL_14APR17,
        published="2017-04-14",
    ),
    # the same release: 'year-round' names the programme: no deadline
    B(
        text="Visitors aged four years old and up, and adults young at heart, are invited to participate in the park’s year-round Junior Ranger Program.",
        due=None,
        vague=False,
        said="2017-04-14 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPS_YELL_14APR17,
        published="2017-04-14",
    ),
    # the same release: 'open year-round', a standing state: recurring
    B(
        text="The only road in the park open year-round to wheeled vehicles is from the North Entrance near Gardiner, MT through Mammoth Hot Springs to Cooke City, MT.",
        due=None,
        vague=False,
        said="2017-04-14 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPS_YELL_14APR17,
        published="2017-04-14",
    ),
    # the same release: 'open daily, year-round', a standing schedule: recurring
    B(
        text="The Albright Visitor Center at Mammoth Hot Springs is open daily, year-round.",
        due=None,
        vague=False,
        said="2017-04-14 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPS_YELL_14APR17,
        published="2017-04-14",
    ),
    # the same release: roads that 'will open' 'Beginning April 21', a one-off opening (CONVENTIONS 3.1): 21 April 2017, end of day MDT
    B(
        text="Beginning April 21, select roads will open to wheeled vehicles.",
        due="2017-04-22 05:59:59",
        vague=False,
        said="2017-04-14 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_NPS_YELL_14APR17,
        published="2017-04-14",
    ),
    # the same release: hours 'Beginning April 21', an ongoing schedule given only its start (CONVENTIONS 3.2): earliest-only, 21 April 2017, 00:00 MDT
    B(
        text="Beginning April 21, Visitor Center hours include:",
        due=None,
        vague=False,
        said="2017-04-14 16:00:00",
        tz="America/Denver",
        refusal="earliest",
        earliest="2017-04-21 06:00:00",
        cluster=5,
        source=_NPS_YELL_14APR17,
        published="2017-04-14",
    ),
    # the same list: daily opening hours from that date, a standing schedule: recurring; unsure: 21 April 2017, 17:00 MDT (the hours of the first day)
    B(
        text="Canyon Visitor Education Center will be open 9 a.m. to 5 p.m.",
        due=None,
        vague=False,
        said="2017-04-14 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPS_YELL_14APR17,
        published="2017-04-14",
    ),
    # the same list: recurring; unsure: 21 April 2017, 18:00 MDT (the first day)
    B(
        text="Old Faithful Visitor Education Center will be open from 9 a.m. to 6 p.m.",
        due=None,
        vague=False,
        said="2017-04-14 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPS_YELL_14APR17,
        published="2017-04-14",
    ),
    # the same list: recurring; unsure: 21 April 2017, 16:00 MDT (the first day)
    B(
        text="West Yellowstone Visitor Information Center will be open from 8 a.m. to 4 p.m.",
        due=None,
        vague=False,
        said="2017-04-14 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPS_YELL_14APR17,
        published="2017-04-14",
    ),
    # the same release: 'National Park Week' names the week of events, no act: no deadline
    B(
        text="Visit www.FindYourPark.com to learn more about National Park Week activities throughout the country.",
        due=None,
        vague=False,
        said="2017-04-14 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPS_YELL_14APR17,
        published="2017-04-14",
    ),
)
