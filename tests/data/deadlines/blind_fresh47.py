"""A FORTY-SEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 18:11 by the machine's clock, by a
labelling helper (branch issue12l7-s35) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py`, and the parser package's
docstring only (for the parts of the day, the vague windows, the meteorological seasons and
"a date without a year is its next occurrence"); nothing else of `bot/core/deadlines/` was
opened. The brief allowed any publisher but no one above a third of the cases, at least
eight publishers and several genres; the set has seven publishers (one short of the brief:
see README.md): Defense Media Activity - Marines' "Marine Minute" transcripts on DVIDS, US
General Services Administration releases (on gsa.gov and as reposted), Scottish Government
Programme for Government pages, UK Parliament committee notices and news (a Commons press
notice and two Lords news items as reposted), a US Marshals Service release, a Northern
Ireland Office release (as reposted) and a Northern Ireland Executive release. As in the
twenty-seventh to forty-sixth sets, every sentence quoted holds a time word of some kind (a
date, a clock time, a day word, a period, a span, a year in a name, "now", "currently",
"still", "recently", "already", "once", "often", "annually", "each year", "the future",
"immediate", "rapidly", "when", "during", "pending", "before"); the sentences of the pages
read that hold none were skipped, as were bare headings, titles, summary lines under a
title, date and release lines, link and file names, photo captions, site and navigation
text around the quoted item, speakers' lines before a quote, reporters' opening and closing
lines of a transcript, an agency's boilerplate paragraph, and lines cut off by the start or
end of an opening. A point of a list was taken as its own case; no word was changed
(misspellings such as "Aproximately", "effecient" and a first letter lost, "he Northern
Ireland ...", stay as the page has them), and quotation marks stay as the page has them.
The sentences were found with a search over stored copies of public pages and taken as they
came in the openings the search returns, in page order. See README.md ("Forty-seventh fresh
blind set") for every address, publisher and licence. No address listed in README.md, in a
`#` header or README under `tests/data/`, in the sources of the other set files or in the
shared claims file was used: each was checked against those lists (the address and a
distinctive phrase of the page) and claimed (`fresh47`) in `/work/helper-brief/claims.txt`
before a quote was taken; pages already used (among them two Northern Ireland Executive
releases of January and July 2012, a Lords Liaison Committee news item of November 2018, a
Wikinews story of November 2006 and the First Minister's Programme for Government speech of
2017) were dropped. Each label was worked out by hand from the words, the publication date
and the publisher's zone; the conversion of local instants to UTC wall time, the day counts
and the weekday checks were done with Python's zoneinfo and datetime in a scratch script
outside the repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the
labels were committed; the helpers improving the parser have not seen them. See README.md
for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (US federal publishers:
America/New_York, except the GSA's Chicago release: America/Chicago, and the US Marshals'
District of New Mexico: America/Denver; the Scottish Government, UK Parliament, the Northern
Ireland Office and the Northern Ireland Executive: Europe/London); the publication date at
10:00 local (DVIDS dates are month first, "02.08.2019" being 8 February 2019, and each
comment says which dated item of the transcript bears the reading out); a day falls due at
23:59:59 local (zoneinfo decides the offset); a range, a list or a window falls due at its
later end; seasons are meteorological (the parser's docstring); vague words take the
parser's documented windows (60 days for "as soon as possible" and "at the earliest
opportunity", 7 days for "immediately"), counted from the day of speaking; a time that the
sentence hangs on an undated event or on a window another sentence dates ("during the
demolition", "when the information is available", "Pending the introduction", "at the end
of the next Parliament") is `refusal='event'`, and where the page dates that event elsewhere
the label is marked "unsure" and names the instant; a standing rate or habit ("annually",
"each year", "semi-annual", "often", "on the weekends") is `refusal='recurring'`; refusals
have `due=None` and a `refusal` kind (past | event | recurring; this set holds no negated
or earliest-only case); a sentence whose time words set no time for any act ("the future",
"currently" on a present state, a year in the name of an exercise, an Act or an initiative,
"now" on a report going to the House) has `due=None` and no refusal word. Labels marked
"unsure" name the other reading; like every label here they stay as committed, whatever the
first run shows. First run: not yet taken (the lead runs it once, after merging, and
records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 4 case(s) removed, Northern Ireland departments other than Health (no copyright statement of the department site found); 91 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DMA_18JUN18 = "https://www.dvidshub.net/audio/52594/marine-minute"
_DMA_28JUN19 = "https://www.dvidshub.net/audio/58603/marine-minute"
_DMA_8FEB19 = "https://www.dvidshub.net/audio/56304/marine-minute"
_DMA_1SEP17 = "https://www.dvidshub.net/audio/49275/marine-minute"
_DMA_10MAR17 = "https://www.dvidshub.net/audio/47126/marine-minute"
_DMA_1FEB17 = "https://www.dvidshub.net/audio/46704/marine-minute"
_GSA_5APR23 = "https://securitynews.spectator.co.nz/category/us-gsa/page/10"
_GSA_23SEP22 = "https://securitynews.spectator.co.nz/category/us-gsa/page/25"
_GSA_10MAR22 = "https://securitynews.spectator.co.nz/category/us-gsa/page/44"
_GSA_6JUN22 = "https://securitynews.spectator.co.nz/category/us-gsa/page/36"
_GSA_31OCT17 = "https://www.gsa.gov/about-us/newsroom/news-releases/gsa-to-announce-additional-lease-requirements-for-us-census-bureau-10312017"
_NIEX_18JAN12 = "http://www.northernireland.gov.uk/index/media-centre/news-departments/news-ofmdfm/news-releases-archive-ofmdfm-jan-2012/news-ofmdfm-180112-justice-2012-the.htm"
_NIO_29APR17 = "https://www.wired-gov.net/wg/news.nsf/articles/Northern+Ireland+Office+Northern+Ireland+Act+2017+receives+Royal+Assent+29042017070500?open"
_SCOT_PFG_3SEP19 = "https://www.gov.scot/publications/protecting-scotlands-future-governments-programme-scotland-2019-20/pages/2/"
_SCOT_PFG_1SEP20 = "https://www.gov.scot/publications/protecting-scotland-renewing-scotland-governments-programme-scotland-2020-2021/pages/5/"
_SCOT_PFG_6SEP16 = "https://www.gov.scot/publications/plan-scotland-scottish-governments-programme-scotland-2016-17/pages/2/"
_SCOT_PFG_4SEP18 = "https://www.gov.scot/publications/delivering-today-investing-tomorrow-governments-programme-scotland-2018-19/pages/2/"
_USMS_28OCT11 = "https://www.usmarshals.gov/news/chron/2011/102811b.htm"
_HOC_PROC_8DEC06 = "http://www.parliament.uk/business/committees/committees-archive/procedure-committee/proccompn81206/"
_HL_LIAISON_7DEC22 = "https://www.wired-gov.net/wg/news.nsf/articles/creation+of+4+new+special+inquiry+committees+07122022141000?open"
_HL_LIAISON_26NOV25 = "https://www.wired-gov.net/wg/news.nsf/articles/new+special+inquiry+committees+recommended+for+2026+26112025152000?open"

FRESH47_CASES: tuple[BlindCase, ...] = (
    # Defense Media Activity - Marines, 'Marine Minute' audio transcript on DVIDS (18 June 2018, the page's date; the title, the reporter's opening line, the links and the sign-off are not quoted): a visit on 'June 9th', told as done: past
    B(
        text="The Commandant of the Marine Corps, Gen. Robert Neller, visited Marines and sailors with the 13th Marine Expeditionary Unit aboard USS Essex, June 9th, while underway in the Pacific Ocean.",
        due=None,
        vague=False,
        said="2018-06-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DMA_18JUN18,
        published="2018-06-18",
    ),
    # the same transcript: the 'upcoming deployment in summer of 2018', a one-off event given a period (CONVENTIONS 3.1), meteorological summer ending 31 August: 31 August 2018, end of day EDT; unsure: past (the act the sentence tells, the visit, is done, and the deployment is no pledge of the speaker)
    B(
        text="The visit came while the Marines and sailors were conducting Composite Training Unit Exercise, which is the final pre-deployment exercise that certifies their ability to conduct military operations at sea and project power ashore during their upcoming deployment in summer of 2018.",
        due="2018-09-01 03:59:59",
        vague=False,
        said="2018-06-18 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_DMA_18JUN18,
        published="2018-06-18",
    ),
    # the same transcript: an exercise on 'June 13th', done: past
    B(
        text="Marines with Marine Attack Squadron 542 participated in Exercise Fjord Fury in Bodo, Norway, June 13th.",
        due=None,
        vague=False,
        said="2018-06-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DMA_18JUN18,
        published="2018-06-18",
    ),
    # the same transcript: 'on June 17th', the day before: past
    B(
        text="The U.S. Navy Corpsmen celebrated their 120th birthday on June 17th.",
        due=None,
        vague=False,
        said="2018-06-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DMA_18JUN18,
        published="2018-06-18",
    ),
    # the same transcript: 'in 1898' and 'ever since': past
    B(
        text="The Navy Corpsmen were officially recognized by an act of congress in 1898, and have served alongside Marines in combat ever since.",
        due=None,
        vague=False,
        said="2018-06-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DMA_18JUN18,
        published="2018-06-18",
    ),
    # Defense Media Activity - Marines, 'Marine Minute' transcript on DVIDS (28 June 2019; the first sentence, which holds no time word, and the sign-off are not quoted): a year in the exercise's name and 'hosted annually', a standing recurrence with no date of its own (CONVENTIONS 1.3): recurring; unsure: no deadline and no refusal word (a name and a habit, no act)
    B(
        text="Khaan Quest 2019 was a large-scale multinational training event and is hosted annually by the Mongolian Armed Forces.",
        due=None,
        vague=False,
        said="2019-06-28 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_DMA_28JUN19,
        published="2019-06-28",
    ),
    # the same transcript: 'recently conducted': past
    B(
        text="Marines in Camp Lejeune and MCAS New River recently conducted a destructive weather exercise.",
        due=None,
        vague=False,
        said="2019-06-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DMA_28JUN19,
        published="2019-06-28",
    ),
    # the same transcript: exercises held 'annually' and a season that 'runs from June 1st to November 30th' every year (CONVENTIONS 1.3): recurring; unsure: 30 November 2019, end of day EST (this year's season, read as one window)
    B(
        text="The Installations conduct these types of exercises annually to prepare for the Atlantic hurricane season, which runs from June 1st to November 30th.",
        due=None,
        vague=False,
        said="2019-06-28 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_DMA_28JUN19,
        published="2019-06-28",
    ),
    # Defense Media Activity - Marines, 'Marine Minute' transcript on DVIDS (dated '02.08.2019', DVIDS's month-first form, with 'Date Posted: 02.08.2019 13:18': 8 February 2019, which the transcript's 'February 7th through 8th' bears out; the date lines and the sign-off are not quoted): 'currently' on a present state and a number in a name ('19-2') set no time for any act: no deadline
    B(
        text="Approximately 400 U.S. Marines stationed in Okinawa, Japan, alongside service members with the Japan Ground Self-Defense Force, are currently participating in exercise Forest Light 19-2 on training areas in mainland Japan.",
        due=None,
        vague=False,
        said="2019-02-08 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DMA_8FEB19,
        published="2019-02-08",
    ),
    # the same transcript: 'semi-annual', a standing recurrence (CONVENTIONS 1.3): recurring
    B(
        text="Forest Light is a semi-annual, bilateral-exercise designed to enhance the collective defensive capabilities of the U.S. - Japan alliance, in a dynamic and challenging environment.",
        due=None,
        vague=False,
        said="2019-02-08 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_DMA_8FEB19,
        published="2019-02-08",
    ),
    # the same transcript: 'recently participated': past
    B(
        text="Marines with Marine Aircraft Group 11 recently participated in a large training-exercise at Marine Corps Air Station Miramar, California.",
        due=None,
        vague=False,
        said="2019-02-08 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DMA_8FEB19,
        published="2019-02-08",
    ),
    # the same transcript: a range of days told in the past tense ('hosted'): past; unsure: 8 February 2019, end of day EST (the range's later end is the day of speaking)
    B(
        text="Marine Corps Base Camp Pendleton, California, hosted the Marine West Expo, February 7th through 8th.",
        due=None,
        vague=False,
        said="2019-02-08 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_DMA_8FEB19,
        published="2019-02-08",
    ),
    # the same transcript: 'latest' and 'future-use' set no time for any act: no deadline
    B(
        text="The expo included presentations on veteran benefit opportunities, and showcased some of the latest and greatest technology for potential future-use in the Corps.",
        due=None,
        vague=False,
        said="2019-02-08 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DMA_8FEB19,
        published="2019-02-08",
    ),
    # Defense Media Activity - Marines, 'Marine Minute' transcript on DVIDS (dated '09.01.2017', month first: 1 September 2017, which the transcript's 'begins September 6th' bears out; the date line, the licence text and the sign-off are not quoted): 'currently' on a present state: no deadline
    B(
        text="Marines with 3rd Battalion, 3rd Marine Regiment are currently participating in Exercise Bougainville II at Pohakuloa Training Area, in Hawaii.",
        due=None,
        vague=False,
        said="2017-09-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DMA_1SEP17,
        published="2017-09-01",
    ),
    # the same transcript: a year in an event's name; the sentence dates no act: no deadline
    B(
        text="Aproximately 700 Marines are making their way to the Motor City for Marine Week Detroit 2017.",
        due=None,
        vague=False,
        said="2017-09-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DMA_1SEP17,
        published="2017-09-01",
    ),
    # the same transcript: an event run for 'four day[s]' from 'September 6th' (CONVENTIONS 1.1, the window's end), 6 to 9 September: 9 September 2017, end of day EDT; unsure: 6 September (the start, CONVENTIONS 3.1)
    B(
        text="The four day event begins September 6th, and will showcase equipment, aircraft, band performances and engagement in community service to share the Corps' history, capabilities, traditions and pride.",
        due="2017-09-10 03:59:59",
        vague=False,
        said="2017-09-01 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_DMA_1SEP17,
        published="2017-09-01",
    ),
    # the same transcript, its history item: 'September 2nd, 1945': past
    B(
        text="Imperial Japanese forces officially surrendered to Allied forces during World War II aboard the battleship U-S-S Missouri in Tokyo Bay, Japan, September 2nd, 1945.",
        due=None,
        vague=False,
        said="2017-09-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DMA_1SEP17,
        published="2017-09-01",
    ),
    # the same transcript: 'an end', 'the beginning of a new era', told of 1945: past
    B(
        text="The surrender brought an end to the hostilities of World War II, and marked the beginning of a new era of a Japanese-American alliance.",
        due=None,
        vague=False,
        said="2017-09-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DMA_1SEP17,
        published="2017-09-01",
    ),
    # Defense Media Activity - Marines, 'Marine Minute' transcript on DVIDS (dated '03.10.2017', month first: 10 March 2017, which the items of 'March 6th' and 'March 8th' bear out; the first sentence, which holds no time word, the date line, the licence text and the sign-off are not quoted): 'served 5 years' told of the past and 'currently' on a present state: past
    B(
        text="The former Captain served 5 years as an aviator in the Corps, and is currently serving as an executive adviser to the chief of naval operations.",
        due=None,
        vague=False,
        said="2017-03-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DMA_10MAR17,
        published="2017-03-10",
    ),
    # the same transcript: 'March 8th', done ('semiannual' names the kind of qualification): past
    B(
        text="Marines with 2nd Tank Battalion, 2nd Marine Division conducted a semiannual gunnery qualification at Marine Corps Base Camp Lejeune, North Carolina, March 8th.",
        due=None,
        vague=False,
        said="2017-03-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DMA_10MAR17,
        published="2017-03-10",
    ),
    # the same transcript: 'March 6th', done: past
    B(
        text="Marines with the 15th Marine Expeditionary Unit Maritime Raid Force kicked-off Realistic Urban Terrain training at Twentynine Palms, California, March 6th.",
        due=None,
        vague=False,
        said="2017-03-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DMA_10MAR17,
        published="2017-03-10",
    ),
    # the same transcript: 'rapidly' sets no time for any act: no deadline
    B(
        text="The Realistic-Urban-Training is a land-based exercise that provides an opportunity to rapidly integrate unique skills and develop the MEU’s collective proficiency in challenging and unfamiliar environments.",
        due=None,
        vague=False,
        said="2017-03-10 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DMA_10MAR17,
        published="2017-03-10",
    ),
    # Defense Media Activity - Marines, 'Marine Minute' transcript on DVIDS (dated '02.01.2017', month first: 1 February 2017, which the coming exercise of 'February 2nd' bears out; the three sentences before, which hold no time word, the bracketed segment names and the sign-off are not quoted): 'still ongoing' on a present state: no deadline
    B(
        text="However, development is still ongoing to determine the most effecient way of fighting against drones in a likely densely-populated urban-environment.",
        due=None,
        vague=False,
        said="2017-02-01 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DMA_1FEB17,
        published="2017-02-01",
    ),
    # the same transcript: a one-off exercise 'February 2nd' (CONVENTIONS 3.1), the next day: 2 February 2017, end of day EST
    B(
        text="Marine Corps Recruit Depot Parris Island will conduct a day-long anti-terrorism exercise February 2nd.",
        due="2017-02-03 04:59:59",
        vague=False,
        said="2017-02-01 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DMA_1FEB17,
        published="2017-02-01",
    ),
    # the same transcript: 'each year', a standing rate: recurring; unsure: no deadline and no refusal word (a state, no act)
    B(
        text="Parris Island hosts thousands of visitors each year, and exercises such as this one help ensure the depot’s personnel maintain a high level of readiness for a wide range of potentially serious situations.",
        due=None,
        vague=False,
        said="2017-02-01 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_DMA_1FEB17,
        published="2017-02-01",
    ),
    # the same transcript: a time limit 'until March 1st' (CONVENTIONS 1.2), a date without a year read as its next occurrence: 1 March 2017, end of day EST
    B(
        text="Children of Marines and Navy Corpsmen have until March 1st to apply for college scholarship assistance through the non-profit Marine-Corps-Scholarship-Foundation.",
        due="2017-03-02 04:59:59",
        vague=False,
        said="2017-02-01 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DMA_1FEB17,
        published="2017-02-01",
    ),
    # the same transcript: 'founded in 1962', 'in which time' and counts that are no times: past
    B(
        text="The Marine-Corps-Scholarship-Foundation was founded in 1962 and is the nation’s oldest and largest provider of need-based scholarships to military children, in which time, more than 37-thousand scholarships worth over 110-million-dollars have been provided.",
        due=None,
        vague=False,
        said="2017-02-01 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_DMA_1FEB17,
        published="2017-02-01",
    ),
    # the same transcript: 'each year starting January 1st', a yearly opening with no end of its own (CONVENTIONS 1.3): recurring
    B(
        text="Applications for these need-based scholarships are available each year starting January 1st.",
        due=None,
        vague=False,
        said="2017-02-01 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_DMA_1FEB17,
        published="2017-02-01",
    ),
    # US General Services Administration, release 'Three-story South State Street building to be demolished' (5 April 2023, Chicago; as reposted with 'Source: United States General Services Administration'; the heading, source and contact lines, the photo caption and the 'About GSA' boilerplate are not quoted): a demolition run 'over four to six weeks' from 'April 14' (CONVENTIONS 1.1, the later end, 6.1): 26 May 2023, end of day CDT; unsure: 14 April (the start, CONVENTIONS 3.1)
    B(
        text="CHICAGO – The U.S. General Services Administration will demolish a three-story building (208-212 S. State Street) over four to six weeks, with an anticipated start date of April 14, due to safety concerns.",
        due="2023-05-27 04:59:59",
        vague=False,
        said="2023-04-05 15:00:00",
        tz="America/Chicago",
        cluster=3,
        source=_GSA_5APR23,
        published="2023-04-05",
    ),
    # the same release: 'during the demolition', a window the sentence before dates: event; unsure: 26 May 2023, end of day CDT (that window's later end)
    B(
        text="GSA will have safety barriers on the street during the demolition.",
        due=None,
        vague=False,
        said="2023-04-05 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_GSA_5APR23,
        published="2023-04-05",
    ),
    # the same release: 'recent' and 'for several years': past
    B(
        text="A recent conditions assessment found the non-historic building, which has been unoccupied for several years, is not structurally sound and presents risks, including potential facade collapse that would endanger pedestrians and street traffic.",
        due=None,
        vague=False,
        said="2023-04-05 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_GSA_5APR23,
        published="2023-04-05",
    ),
    # the same release: 'the future' sets no time for any act: no deadline (the next item on the page, a release of 27 March 2023, is cut off by the end of the opening and not quoted)
    B(
        text="GSA is continuing its discussions with stakeholders on the future of these three buildings, which will not be affected by this demolition.",
        due=None,
        vague=False,
        said="2023-04-05 15:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_GSA_5APR23,
        published="2023-04-05",
    ),
    # US General Services Administration, release 'GSA Announces Site Selection Process for New FBI HQ' (23 September 2022, as reposted with 'Source: United States General Services Administration'; the heading and source line are not quoted; sentences without a time word are skipped): 'today announced', an act done: past
    B(
        text="WASHINGTON — The U.S. General Services Administration and the Federal Bureau of Investigation (FBI) today announced the site selection process for the new suburban FBI headquarters campus in the National Capital Region (NCR).",
        due=None,
        vague=False,
        said="2022-09-23 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GSA_23SEP22,
        published="2022-09-23",
    ),
    # the same release: a vague word inside a direction told of the past ('Congress directed', CONVENTIONS 5.3), a fiscal year in the name of an Act and 'in 2016': past; unsure: vague, 22 November 2022, end of day EST (the 60-day window from the day of the release, if the selection is read as still due)
    B(
        text="As part of the Fiscal Year 2022 Consolidated Appropriations Act, Congress directed the GSA Administrator to select a site “as expeditiously as possible” from one of the three previously identified sites during project planning in 2016: Greenbelt, Md.; Landover, Md.; and Springfield, Va.",
        due=None,
        vague=False,
        said="2022-09-23 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_GSA_23SEP22,
        published="2022-09-23",
    ),
    # the same release, the Commissioner quoted: 'for generations to come' sets no time for any act: no deadline
    B(
        text="“We look forward to undertaking a fair and transparent process to select a site that will best serve the FBI for generations to come.”",
        due=None,
        vague=False,
        said="2022-09-23 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_GSA_23SEP22,
        published="2022-09-23",
    ),
    # the same release: 'From the beginning' on a standing priority sets no time for any act: no deadline
    B(
        text="“From the beginning, it has been our priority to identify a new headquarters solution that best meets the needs of the FBI and our workforce, and is a good deal for the taxpayers,” said FBI Assistant Director for the Finance and Facilities Division Nicholas Dimos.",
        due=None,
        vague=False,
        said="2022-09-23 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_GSA_23SEP22,
        published="2022-09-23",
    ),
    # US General Services Administration, release 'More Identity Verification and Onboarding Locations Announced for the Federal Workforce' (10 March 2022, as reposted with 'Source: United States General Services Administration'; the headings, the list of cities and sentences without a time word are not quoted): six sites 'this summer' and 22 'by close of 2022', the later of the two times: 31 December 2022, end of day EST; unsure: 31 August 2022 (the opening of the six, 'this summer')
    B(
        text="WASHINGTON — The U.S. General Services Administration (GSA) and the United States Postal Service (USPS) will open six additional USAccess Credentialing Post Office Sites (CPOS) nationwide this summer, with plans to have a total of 22 CPOS operating nationwide by close of 2022.",
        due="2023-01-01 04:59:59",
        vague=False,
        said="2022-03-10 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_GSA_10MAR22,
        published="2022-03-10",
    ),
    # the same release: 'on the weekends', a standing opening time: recurring
    B(
        text="This aligns with the goal to strengthen and empower the federal workforce by giving them more options to enroll, receive, and update their security credentials at a designated USPS location, even on the weekends.",
        due=None,
        vague=False,
        said="2022-03-10 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_GSA_10MAR22,
        published="2022-03-10",
    ),
    # the same release, the line before a list: 'launched November 5, 2020': past
    B(
        text="The USAccess Point pilot launched November 5, 2020 to:",
        due=None,
        vague=False,
        said="2022-03-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GSA_10MAR22,
        published="2022-03-10",
    ),
    # US General Services Administration, release 'GSA Completes First Bipartisan Infrastructure Law Land Port of Entry Project' (6 June 2022, as reposted with 'Source: United States General Services Administration'; the headings and sentences without a time word are not quoted): 'completed only 25 days after it began': past
    B(
        text="The Lukeville, Arizona, LPOE asphalt repair project was completed only 25 days after it began and used newly-established GSA standards to install low embodied-carbon asphalt.",
        due=None,
        vague=False,
        said="2022-06-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GSA_6JUN22,
        published="2022-06-06",
    ),
    # the same release: 'On May 2' and 'on May 27', both gone: past
    B(
        text="On May 2, OCS construction, a small disadvantaged business and certified 8(a) contractor, began the repairs and finished ahead of schedule on May 27.",
        due=None,
        vague=False,
        said="2022-06-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_GSA_6JUN22,
        published="2022-06-06",
    ),
    # the same release, the Administrator quoted: 'in the months and years ahead' on a hoped-for effect, no undertaking (CONVENTIONS 4.2): no deadline; unsure: vague, 6 June 2025, end of day EDT ('the coming years', three years)
    B(
        text="“We look forward to seeing how all of our projects funded by the Bipartisan Infrastructure Law will boost security, supply chains, jobs, and sustainability in the months and years ahead.”",
        due=None,
        vague=False,
        said="2022-06-06 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_GSA_6JUN22,
        published="2022-06-06",
    ),
    # the same release: 'annually', a standing rate: recurring; unsure: no deadline and no refusal word (a state, no act)
    B(
        text="The Lukeville LPOE is a five-lane port 150 miles southwest of Tucson that handles about 1 million passengers and 400,000 vehicles annually.",
        due=None,
        vague=False,
        said="2022-06-06 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=1,
        source=_GSA_6JUN22,
        published="2022-06-06",
    ),
    # the same release: 'wait times' in a state told in the past perfect: past (the next sentence, without a time word, is skipped, and the quote after it is cut off by the end of the opening)
    B(
        text="It had experienced lane closures due to potholes and other asphalt damage, leading to longer wait times for both travelers and commercial traffic.",
        due=None,
        vague=False,
        said="2022-06-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_GSA_6JUN22,
        published="2022-06-06",
    ),
    # US General Services Administration, news release 'GSA to Announce Additional Lease Requirements for U.S. Census Bureau' (31 October 2017, the date in its address and its first sentence; the archive notice, the heading, the web addresses and the 'About GSA' boilerplate are not quoted): 'released' on the day of speaking: past
    B(
        text="WASHINGTON, D.C.—On October 31, 2017, the General Services Administration’s (GSA) released 208 additional short-term lease requirements for the U.S. Census Bureau to be procured via the Automated Advanced Acquisition Program (AAAP) and GSA Leasing Support Services (GLS) contract.",
        due=None,
        vague=False,
        said="2017-10-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GSA_31OCT17,
        published="2017-10-31",
    ),
    # the same release: 'in mid July', gone: past
    B(
        text="These requirements are in addition to the 37 requirements released in mid July, bringing the total to 245 requirements nationwide.",
        due=None,
        vague=False,
        said="2017-10-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GSA_31OCT17,
        published="2017-10-31",
    ),
    # the same release: a year in the name of an initiative sets no time for the procurement: no deadline
    B(
        text="GSA will procure Area Census Offices throughout the United States for the Census 2020 initiative.",
        due=None,
        vague=False,
        said="2017-10-31 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_GSA_31OCT17,
        published="2017-10-31",
    ),
    # the same release: 'when the information is available', an undated event: event
    B(
        text="Locations and additional requirement details will be posted in project-specific advertisements when the information is available to the public.",
        due=None,
        vague=False,
        said="2017-10-31 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_GSA_31OCT17,
        published="2017-10-31",
    ),
    # the same release: 'began July 13, 2017': past
    B(
        text="The first wave of procurements began July 13, 2017.",
        due=None,
        vague=False,
        said="2017-10-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GSA_31OCT17,
        published="2017-10-31",
    ),
    # Northern Ireland Office, release 'Northern Ireland Act 2017 receives Royal Assent' (29 April 2017, the date in the address of the Wired-GOV repost, which names the Office as its source; the site text, the heading and the speaker's line are not quoted): 'before the 29 June deadline' (CONVENTIONS 3.5, the day before): 28 June 2017, end of day BST; unsure: 29 June (the deadline day itself), and 'allows' may be read as no undertaking
    B(
        text="The Act sets a Regional Rate for Northern Ireland in 2017-18 and allows an Executive to be formed before the 29 June deadline.",
        due="2017-06-28 22:59:59",
        vague=False,
        said="2017-04-29 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_NIO_29APR17,
        published="2017-04-29",
    ),
    # the same release (its first letter lost on the page): 'last week' and a year in the Act's name, the act done: past
    B(
        text="he Northern Ireland (Ministerial Appointments and Regional Rates) Act 2017, introduced by the Secretary of State for Northern Ireland last week, has received Royal Assent.",
        due=None,
        vague=False,
        said="2017-04-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NIO_29APR17,
        published="2017-04-29",
    ),
    # the same release: the rate's year '2017-18' and an extended period given no date set no deadline for any act: no deadline; unsure: 31 March 2018, end of day BST (the end of the 2017-18 financial year)
    B(
        text="The Act sets a Regional Rate for Northern Ireland in 2017-18, removes a legal barrier to the formation of an Executive and provides an extension to the period in which a new Executive could be formed.",
        due=None,
        vague=False,
        said="2017-04-29 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_NIO_29APR17,
        published="2017-04-29",
    ),
    # the same release, the Secretary of State quoted: 'before the 29 June deadline' (CONVENTIONS 3.5): 28 June 2017, end of day BST; unsure: 29 June
    B(
        text="This legislation provides the flexibility for an incoming Government to act in the best interests of Northern Ireland and the space for an Executive to be formed before the 29 June deadline.",
        due="2017-06-28 22:59:59",
        vague=False,
        said="2017-04-29 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NIO_29APR17,
        published="2017-04-29",
    ),
    # the same quote: 'as soon as possible' (CONVENTIONS 5.1, 60 days): 28 June 2017, end of day BST; unsure: no deadline (a wish about others' act rather than the speaker's undertaking)
    B(
        text="All the parties involved recognise it is vital that devolved government, and all of the institutions established under the Belfast Agreement and its successors, resumes in Northern Ireland as soon as possible.",
        due="2017-06-28 22:59:59",
        vague=True,
        said="2017-04-29 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NIO_29APR17,
        published="2017-04-29",
    ),
    # Scottish Government, 'Protecting Scotland's Future: the Government's Programme for Scotland 2019-2020', executive summary page (published 3 September 2019; the title, the page's summary line, the collection note and the heading are not quoted; sentences without a time word are skipped): 'a positive future for generations to come' sets no time for any act: no deadline
    B(
        text="Guided by Scotland's National Performance Framework, we will act to improve the wellbeing of the people of Scotland and secure a positive future for generations to come.",
        due=None,
        vague=False,
        said="2019-09-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_PFG_3SEP19,
        published="2019-09-03",
    ),
    # the same page: 'This year', said in September 2019, on the delivery ('1140 hours' is an amount, no span): 31 December 2019, end of day GMT; unsure: the programme's year (2019-20) rather than the calendar year
    B(
        text="This year will see the delivery of 1140 hours of quality early learning and childcare across Scotland.",
        due="2019-12-31 23:59:59",
        vague=False,
        said="2019-09-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_PFG_3SEP19,
        published="2019-09-03",
    ),
    # the same page: 'by Christmas 2020' ('a week' is a rate and '6 years of age' an age): 25 December 2020, end of day GMT
    B(
        text="Described as a game changer for families on lower incomes, £10 per child a week for families with children under 6 years of age will be delivered by Christmas 2020 and lift thousands of families out of poverty.",
        due="2020-12-25 23:59:59",
        vague=False,
        said="2019-09-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_PFG_3SEP19,
        published="2019-09-03",
    ),
    # the same page: a one-off opening 'in 2020' (CONVENTIONS 3.1): 31 December 2020, end of day GMT
    B(
        text="We are well on track to deliver 50,000 affordable homes and the Scottish National Investment Bank will open for business in 2020.",
        due="2020-12-31 23:59:59",
        vague=False,
        said="2019-09-03 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SCOT_PFG_3SEP19,
        published="2019-09-03",
    ),
    # the same page: 'now' and 'in the year ahead', the later: a year from the day of publication, 3 September 2020, end of day BST
    B(
        text="The actions we will take now and the foundations we will put in place in the year ahead are clear markers of how Scotland will transition to net zero emissions and how we will work in partnership to achieve it.",
        due="2020-09-03 22:59:59",
        vague=False,
        said="2019-09-03 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SCOT_PFG_3SEP19,
        published="2019-09-03",
    ),
    # the same page: 'when they need it', an undated event of each case: event; unsure: recurring (a standing aim)
    B(
        text="Our work to strengthen public services focuses on providing what people need, when they need it, with dignity, kindness and respect.",
        due=None,
        vague=False,
        said="2019-09-03 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_SCOT_PFG_3SEP19,
        published="2019-09-03",
    ),
    # Scottish Government, 'Protecting Scotland, Renewing Scotland: the Government's Programme for Scotland 2020-2021', chapter 1 page (published 1 September 2020; the titles and the first sentence, which holds no time word, are not quoted): 'in the immediate term' names a horizon, not a time for an act: no deadline; unsure: vague, 8 September 2020, end of day BST (read as 'immediately', 7 days)
    B(
        text="This forces us not just to respond in the immediate term, but also to make choices about the sort of economy we want to have and to focus our efforts on building back fairer and stronger, and addressing the weaknesses that coronavirus has highlighted.",
        due=None,
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_SCOT_PFG_1SEP20,
        published="2020-09-01",
    ),
    # the same page: 'immediate' as an adjective and 'as we recover' set no time for any act: no deadline
    B(
        text="The immediate challenge as we recover from the recession caused by COVID-19 is to protect and increase the number of jobs.",
        due=None,
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_PFG_1SEP20,
        published="2020-09-01",
    ),
    # the same page: 'At the height of lockdown', done: past
    B(
        text="At the height of lockdown, we acted to directly support businesses hit hardest by COVID-19 with a £2.3 billion package to provide loans and business rates reliefs.",
        due=None,
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_PFG_1SEP20,
        published="2020-09-01",
    ),
    # the same page: 'through this phase of the pandemic', told in the perfect: past
    B(
        text="We also welcomed the investment by the UK Government in the Job Retention Scheme which has prevented a significant increase in unemployment through this phase of the pandemic.",
        due=None,
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_PFG_1SEP20,
        published="2020-09-01",
    ),
    # the same page: 'as the job retention scheme comes to an end', an event the sentence does not date, 'still' and 'pre-COVID-19': event
    B(
        text="However, as the job retention scheme comes to an end, many industries are still struggling to return to pre-COVID-19 levels of business and this will have a significant impact on employment.",
        due=None,
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_SCOT_PFG_1SEP20,
        published="2020-09-01",
    ),
    # the same page: 'at the earliest opportunity' on the Government's own act (CONVENTIONS 5.1, 60 days): 31 October 2020, end of day GMT; unsure: no deadline (the earliest opportunity of each person helped, an event); the next two sentences hold no time word and the last is cut off by the end of the opening
    B(
        text="It is therefore vital that we help people secure the skills they need to keep them in work, or help them back into employment at the earliest opportunity.",
        due="2020-10-31 23:59:59",
        vague=True,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_SCOT_PFG_1SEP20,
        published="2020-09-01",
    ),
    # Scottish Government, 'A Plan for Scotland: the Government's Programme for Scotland 2016-17', summary page (published 6 September 2016; the title, the page's summary line, the collection note, the heading and the sentences without a time word are not quoted): 'futures' sets no time for any act: no deadline
    B(
        text="It is a Scotland that upholds the rights of its people - parent or child, old or young - so they can play a full part in society, with empowered local communities able to shape their individual and collective futures.",
        due=None,
        vague=False,
        said="2016-09-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_PFG_6SEP16,
        published="2016-09-06",
    ),
    # the same page: 'future' as an adjective: no deadline
    B(
        text="This future Scotland is a complex place - but one with a pedigree of fairness, inclusivity and democratic accountability.",
        due=None,
        vague=False,
        said="2016-09-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_PFG_6SEP16,
        published="2016-09-06",
    ),
    # the same page: 'already begun': past
    B(
        text="We have already begun to create this foundation through implementation of our Economic Strategy.",
        due=None,
        vague=False,
        said="2016-09-06 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_PFG_6SEP16,
        published="2016-09-06",
    ),
    # Scottish Government, 'Delivering for Today, Investing for Tomorrow: the Government's Programme for Scotland 2018-2019', executive summary page (published 4 September 2018; the title, the page's summary line, the collection note, the headings and the sentences without a time word are not quoted): the programme's year and 'over the coming year' describe what the document sets out now, no act left to fall due: no deadline; unsure: 4 September 2019, end of day BST (the plan's year from publication)
    B(
        text="This Programme for Government for 2018-19 sets out the Scottish Government’s plan of action over the coming year.",
        due=None,
        vague=False,
        said="2018-09-04 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_SCOT_PFG_4SEP18,
        published="2018-09-04",
    ),
    # the same page: 'last year' is on the setting out, done; the continuing is given no time: past
    B(
        text="We will continue to deliver on the ambitious package of measures to promote digitally-enabled and low carbon growth that we set out last year.",
        due=None,
        vague=False,
        said="2018-09-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SCOT_PFG_4SEP18,
        published="2018-09-04",
    ),
    # the same page: 'the future': no deadline
    B(
        text="These are the measures we must focus on to ensure our economy is ready for the challenges and opportunities of the future.",
        due=None,
        vague=False,
        said="2018-09-04 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_PFG_4SEP18,
        published="2018-09-04",
    ),
    # the same page: 'The time is right' and 'the future' set no time for any act: no deadline
    B(
        text="The time is right to lay down ambitious roadmaps for the future of the Scottish economy and workforce.",
        due=None,
        vague=False,
        said="2018-09-04 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_PFG_4SEP18,
        published="2018-09-04",
    ),
    # the same page: 'the work of the future': no deadline
    B(
        text="This Programme for Government commits to a mission to raise Scotland’s infrastructure spending to internationally competitive levels – it also underlines our progress on revolutionising our digital infrastructure and helps our people and businesses prepare for the work of the future.",
        due=None,
        vague=False,
        said="2018-09-04 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOT_PFG_4SEP18,
        published="2018-09-04",
    ),
    # the same page: 'at the end of the next Parliament', a term the sentence does not date ('annual', 'per year' and '2019-20' set the base, not the time): event; unsure: May 2026 (the end of the session after the 2021 election)
    B(
        text="We will make it our mission to steadily increase annual infrastructure investment so it is £1.5 billion per year higher at the end of the next Parliament than in 2019-20.",
        due=None,
        vague=False,
        said="2018-09-04 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=4,
        source=_SCOT_PFG_4SEP18,
        published="2018-09-04",
    ),
    # US Marshals Service, District of New Mexico, release 'U.S. Marshals Auto Auction is a Win-Win' (28 October 2011; the banner, the release and contact lines, the heading and the sentences without a time word are not quoted): an auction 'held' on the day of speaking: past
    B(
        text="Albuquerque, NM – On Friday, October 28, 2011, the United States Marshals Service held the third Asset Forfeiture auto auction of 2011 at Dugger Services in NE Albuquerque.",
        due=None,
        vague=False,
        said="2011-10-28 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=3,
        source=_USMS_28OCT11,
        published="2011-10-28",
    ),
    # the same release: 'This month's auction', done; model years are no times: past
    B(
        text="This month’s auction had over 171 registered bidders and featured 18 vehicles that ranged from a 2009 Toyota Tundra to a 1967 Chevrolet C-10 pick-up truck.",
        due=None,
        vague=False,
        said="2011-10-28 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=1,
        source=_USMS_28OCT11,
        published="2011-10-28",
    ),
    # the same release: 'of the day', a sale done; a model year: past
    B(
        text="One of the best buys of the day was a 1995 Ford F-150 that sold for only $1,200.",
        due=None,
        vague=False,
        said="2011-10-28 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=1,
        source=_USMS_28OCT11,
        published="2011-10-28",
    ),
    # the same release: 'often', a standing practice: recurring; unsure: no deadline and no refusal word
    B(
        text="In addition, funds generated from the auctions are often shared with state and local law enforcement agencies that participated in the investigations leading to the forfeiture of the assets.",
        due=None,
        vague=False,
        said="2011-10-28 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_USMS_28OCT11,
        published="2011-10-28",
    ),
    # the same release: 'once belonged': past
    B(
        text="The items up for auction once belonged to individuals and companies involved in criminal activity.",
        due=None,
        vague=False,
        said="2011-10-28 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_USMS_28OCT11,
        published="2011-10-28",
    ),
    # the same release: 'annually', a standing rate: recurring
    B(
        text="More than 8,400 items of forfeited property are sold annually with gross sales in excess of $100 million.",
        due=None,
        vague=False,
        said="2011-10-28 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=1,
        source=_USMS_28OCT11,
        published="2011-10-28",
    ),
    # UK Parliament, House of Commons Procedure Committee, press notice 'New inquiry: written parliamentary questions' (8 December 2006, Session 2006-07 Press Notice No. 2; the committee name, the date line, the headings and the sentences without a time word are not quoted; the sign before each term of reference is as the page shows it): a term of reference, 'the recent rise', gone: past
    B(
        text="€To examine the reasons for, and the consequences of, the recent rise in the number of such questions; and",
        due=None,
        vague=False,
        said="2006-12-08 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HOC_PROC_8DEC06,
        published="2006-12-08",
    ),
    # the same notice: 'no later than 31 January 2007': 31 January 2007, end of day GMT
    B(
        text="Written submissions are welcomed and should arrive no later than 31 January 2007.",
        due="2007-01-31 23:59:59",
        vague=False,
        said="2006-12-08 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HOC_PROC_8DEC06,
        published="2006-12-08",
    ),
    # the same notice: 'during inquiries', a standing practice: recurring
    B(
        text="Committees make public much of the evidence they receive during inquiries.",
        due=None,
        vague=False,
        said="2006-12-08 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HOC_PROC_8DEC06,
        published="2006-12-08",
    ),
    # UK Parliament, House of Lords Liaison Committee, news item 'Creation of 4 new special inquiry committees' (7 December 2022, as reposted on Wired-GOV with the original article's address on committees.parliament.uk; the channel and heading, the report links, 'Further information' and the link line are not quoted): committees 'in 2023' (CONVENTIONS 3.1): 31 December 2023, end of day GMT; unsure: no deadline (a recommendation, no undertaking)
    B(
        text="The House of Lords Liaison Committee publishes a report in which it recommends to the House four proposals for new special inquiry committees in 2023.",
        due="2023-12-31 23:59:59",
        vague=False,
        said="2022-12-07 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_LIAISON_7DEC22,
        published="2022-12-07",
    ),
    # the same item: 'now' sets no time of its own: no deadline; unsure: due the day of publication
    B(
        text="The report will now go to the floor of the House for approval.",
        due=None,
        vague=False,
        said="2022-12-07 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL_LIAISON_7DEC22,
        published="2022-12-07",
    ),
    # the same item, the line before the list: 'for appointment in 2023': 31 December 2023, end of day GMT; unsure: no deadline (a recommendation)
    B(
        text="The Committee recommends the following proposals to the House for appointment in 2023:",
        due="2023-12-31 23:59:59",
        vague=False,
        said="2022-12-07 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_LIAISON_7DEC22,
        published="2022-12-07",
    ),
    # the same list, its second point: ages, not times: no deadline
    B(
        text="A special inquiry committee on Education for 11–16 year olds",
        due=None,
        vague=False,
        said="2022-12-07 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL_LIAISON_7DEC22,
        published="2022-12-07",
    ),
    # UK Parliament, House of Lords Liaison Committee, news item 'New special inquiry committees recommended for 2026' (Wednesday 26 November 2025, as reposted on Wired-GOV with the original article's address on committees.parliament.uk; the date line, the channel and heading, the link lines and the other items of the site's list are not quoted; its next sentence, in the same words as the item of 7 December 2022, is taken once, there): committees 'in 2026' (CONVENTIONS 3.1): 31 December 2026, end of day GMT; unsure: no deadline (a recommendation)
    B(
        text="The House of Lords Liaison Committee publishes a report in which it recommends to the House four proposals for new special inquiry committees in 2026.",
        due="2026-12-31 23:59:59",
        vague=False,
        said="2025-11-26 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_LIAISON_26NOV25,
        published="2025-11-26",
    ),
    # the same item, the line before the list: 'for appointment in 2026': 31 December 2026, end of day GMT; unsure: no deadline (a recommendation)
    B(
        text="The Committee recommends the following proposals to the House for appointment in 2026:",
        due="2026-12-31 23:59:59",
        vague=False,
        said="2025-11-26 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_LIAISON_26NOV25,
        published="2025-11-26",
    ),
    # the same list, its first point: a year in an Act's name: no deadline
    B(
        text="A special inquiry committee on the Domestic Abuse Act 2021",
        due=None,
        vague=False,
        said="2025-11-26 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL_LIAISON_26NOV25,
        published="2025-11-26",
    ),
)
