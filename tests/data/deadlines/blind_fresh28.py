"""A TWENTY-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 08:26 by the machine's clock, by a
labelling helper (branch issue12l3-s21) that neither changed nor ran the parser: it read only
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstrings of `blind_real.py` and `blind_fresh27.py` and the latter's comments and README
section, the parser package's docstring (for the documented vague windows, the thirds of
"early / mid / late", close of business, midnight, "next <weekday>", fiscal years and "a date
without a year is its next occurrence") and the README next to this file. As in the
twenty-seventh set, every sentence quoted here holds a time word of some kind (a date, a clock
time, a day word, a period, a span, a vague word, a year in a name, "since", "to date", "so
far", "daily", "after"/"before" an event); sentences of the pages read that hold none were
skipped, as were bare headings, titles and date lines, site, feed and list text around the
quoted item (banners, release numbers, "Last Modified" lines, index lines of a briefing),
telephone numbers and addresses, the adverbs "already", "just", "still", "yet", "currently"
and "regularly" on their own, lines cut off by the start or end of an opening, stock lines
that another set already holds (a spokesman's "Good afternoon, everybody." and FEMA's
boilerplate on joining the Department of Homeland Security) and a sentence repeated within
the same publisher's pages (taken once). The sentences were found with a search over stored
copies of public pages and taken as they came in the pages read (the openings the search
returns), in page order; see README.md ("Twenty-eighth fresh blind set") for every address,
publisher and licence. No address listed in README.md, in a `#` header or README under
`tests/data/`, in the sources of the other set files or in the shared claims file was used:
each was checked against those lists (the address and a distinctive phrase of the page) and
claimed (`fresh28`) in `/work/helper-brief/claims.txt` before a quote was taken. Every
sentence was checked by a text search over the files under `tests/data/` (the whole sentence
and its first and last runs of six words); none was found there (only stock runs such as
"days a week until further notice." and "from 9 a.m. to 5 p.m." recur). Each label was worked
out by hand from the words, the publication date and the publisher's zone alone; the
conversion of local instants to UTC wall time, the day counts and the weekday checks were done
with Python's zoneinfo and datetime in a scratch script outside the repository, never with
code of the project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py`
or the tests touched these texts before the labels were committed; the helpers improving the
parser have not seen them. See README.md for the count and the composition by publisher and
by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_real.py` and `blind_fresh27.py`: the publisher's zone (US
federal agencies, FEMA's regional releases and the State Department included: America/New_York,
whatever the city in the dateline; GOV.UK: Europe/London; Wikinews: UTC, as in
`blind_fresh10.py`); the publication date at 10:00 local, except the two State Department
briefings, whose transcripts stamp the time of speaking (12:33 and 12:39 p.m. EST); pages that
show no date of their own (two GOV.UK news stories reposted in a list) are read at a day the
comment names, and the comment says which labels depend on it; a day falls due at 23:59:59
local (zoneinfo decides the offset); a clock time without a zone word is in the publisher's
zone, "close of business" is 17:00 and "midnight <date>" ends that day, as the parser's
docstring says; US numeric dates ("3/1") are read month first (`day_first=False`), the only
reading that fits their page; a date without a year is its next occurrence; a range, a list or
a window falls due at its later end; a span from an event that the sentence does not date ("an
additional 60 days", "before final closing", "until their work load diminishes") is
`refusal='event'`, and where the same page dates that event elsewhere the label is marked
"unsure" and names the instant; vague words take the parser's documented windows (60 days for
"soon" and "as soon as possible"), counted from the day of publication; refusals have
`due=None` and a `refusal` kind (past | event | recurring; this set holds no earliest or
negated case); standing opening hours and "daily", "a day", "Many later find" are `recurring`; a
sentence whose time words set no time for any act (a reporter's guess at the hour abroad, the
size of a task, "extra time", "future loss", "Time is running out", a year in a report's title)
has `due=None` and no refusal word. Labels marked "unsure" name the other reading; like every
label here they stay as committed, whatever the first run shows. First run: not yet taken (the
lead runs it once, after merging, and records it in README.md). Never edit these labels to fit
the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HHS_OE_18NOV22 = "https://www.einpresswire.com/article/602080366/biden-harris-administration-announces-nearly-40-increase-in-new-sign-ups-on-healthcare-gov"
_CMS_CHAMPIONS_22JAN16 = "https://docslib.org/doc/3179920/champion-update-january-22-2016-pdf"
_STATE_DPB_4JAN08 = "https://2001-2009.state.gov/r/pa/prs/dpb/2008/jan/98445.htm"
_STATE_DPB_14FEB08 = "https://2001-2009.state.gov/r/pa/prs/dpb/2008/feb/100892.htm"
_FEMA_AL_8NOV04 = "https://webarchive.library.unt.edu/eot2008/20081025084737/http:/www.fema.gov/news/newsrelease.fema?id=15240"
_FEMA_CA_8DEC03 = "https://webarchive.library.unt.edu/eot2008/20081025063505/http://www.fema.gov/news/newsrelease.fema?id=8970"
_FEMA_AR_29DEC05 = "https://webarchive.library.unt.edu/eot2008/20090505220151/http://www.fema.gov/news/newsrelease.fema?id=23425"
_FEMA_FL_20FEB07 = "https://webarchive.library.unt.edu/eot2008/20081027152420/http:/www.fema.gov/news/newsrelease.fema?id=34270"
_FEMA_LA_20FEB06 = "https://webarchive.library.unt.edu/eot2008/20090505215926/http://www.fema.gov/news/newsrelease.fema?id=23747"
_FEMA_FL_21MAR05 = "https://webarchive.library.unt.edu/eot2008/20081030105604/https://www.fema.gov/news/newsrelease.fema?id=17003"
_FEMA_NC_19NOV99 = "https://webarchive.library.unt.edu/eot2008/20090109191848/http://www.fema.gov/news/newsrelease.fema?id=9172"
_FEMA_DE_29SEP03 = (
    "http://www.fema.gov/news-release/2003/09/29/state/fema-disaster-recovery-centers-close-tuesday"
)
_FEMA_FL_2MAR07 = "https://webarchive.library.unt.edu/eot2008/20090113191038/https:/www.fema.gov/news/newsrelease.fema?id=34569"
_FEMA_TN_28JUL11 = "https://www.fema.gov/news-release/2011/07/28/less-two-weeks-remain-return-sba-loan-applications"
_FEMA_AL_14JUL11 = "http://www.fema.gov/news-release/2011/07/14/deadline-apply-monday"
_GOVUK_TFC_18JAN18 = (
    "http://www.government-world.com/tag/hm-government/page/6558/?print=print-search"
)
_GOVUK_ENERGY_18DEC17 = (
    "http://www.feedage.com/feeds/21317799/department-for-culture-media-and-sport-news-stories"
)
_CENSUS_TP_11OCT19 = "https://www.census.gov/newsroom/tip-sheets/2019/tp19-19.html"
_CENSUS_TP_27SEP19 = "https://www.census.gov/newsroom/tip-sheets/2019/tp19-18.html"
_CENSUS_TP_13SEP19 = "https://www.census.gov/newsroom/tip-sheets/2019/tp19-17.html"
_WN_SUFFOLK_5APR11 = "https://www.greanten.com/author/rgmw5uyk/page/95"
FRESH28_CASES: tuple[BlindCase, ...] = (
    # Department of Health and Human Services, statement of Secretary Becerra on the Open Enrollment figures, Friday 18 November 2022 (an HHS release carried by EIN Presswire): 'Today' is the day the President 'announced', and 'the same time last year' a past baseline: past
    B(
        text="Today, during his remarks on lowering costs for American families, President Biden announced that the number of new enrollees who have signed up for high-quality, affordable health insurance on HealthCare.Gov is up almost 40% compared to the same time last year.",
        due=None,
        vague=False,
        said="2022-11-18 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HHS_OE_18NOV22,
        published="2022-11-18",
    ),
    # the same release: a statement 'released' on 'today's' announcement: past
    B(
        text="U.S. Department of Health and Human Services (HHS) Secretary Xavier Becerra released the following statement on today’s Open Enrollment announcement:",
        due=None,
        vague=False,
        said="2022-11-18 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HHS_OE_18NOV22,
        published="2022-11-18",
    ),
    # the same statement: 'will not rest until we can connect everyone possible ... this enrollment season' hangs on an undated outcome: event; unsure: the page dates the season's end (15 January 2023), end of day EST, 2023-01-16 04:59:59 UTC
    B(
        text="“We are off to a strong start - and we will not rest until we can connect everyone possible to health care coverage this enrollment season.",
        due=None,
        vague=False,
        said="2022-11-18 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=4,
        source=_HHS_OE_18NOV22,
        published="2022-11-18",
    ),
    # the same release: 'earlier this year' tells of a low already reached: past
    B(
        text="The Biden-Harris Administration has made expanding access to health insurance and lowering health care costs for America’s families a top priority, and under their leadership, the national uninsured rate reached an all-time low earlier this year.",
        due=None,
        vague=False,
        said="2022-11-18 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_HHS_OE_18NOV22,
        published="2022-11-18",
    ),
    # the same release: the enrolment window 'runs from November 1, 2022, to January 15, 2023', a range due at its later end, end of day EST
    B(
        text="Marketplace Open Enrollment runs from November 1, 2022, to January 15, 2023.",
        due="2023-01-16 04:59:59",
        vague=False,
        said="2022-11-18 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_HHS_OE_18NOV22,
        published="2022-11-18",
    ),
    # the same release: 'by midnight December 15, 2022' (midnight ends that day, 23:59:59 EST); 'starts January 1, 2023' is the cover's start, and the deadline counts (CONVENTIONS 3.4)
    B(
        text="Anyone who enrolls by midnight December 15, 2022 can get full-year coverage that starts January 1, 2023.",
        due="2022-12-16 04:59:59",
        vague=False,
        said="2022-11-18 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_HHS_OE_18NOV22,
        published="2022-11-18",
    ),
    # the same release: 'next Tuesday, November 22' (22 November 2022 is a Tuesday, the week after this Friday's), end of day EST
    B(
        text="HHS will release the first formal report on Open Enrollment data next Tuesday, November 22.",
        due="2022-11-23 04:59:59",
        vague=False,
        said="2022-11-18 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_HHS_OE_18NOV22,
        published="2022-11-18",
    ),
    # Centers for Medicare & Medicaid Services (HHS), 'Champion Update', Friday 22 January 2016 (the date line above the text, which misprints the year as 2015, is not quoted; reproduced on docslib): 'now' names the present state, no time for any act: no deadline
    B(
        text="We are now in the final countdown of Open Enrollment!",
        due=None,
        vague=False,
        said="2016-01-22 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CMS_CHAMPIONS_22JAN16,
        published="2016-01-22",
    ),
    # the same update: 'only 10 days left' from 22 January 2016 lands on 1 February 2016 (a span from now, CONVENTIONS 1.2), end of day EST; unsure: the page dates the deadline itself on 31 January ('the Jan. 31 deadline'), 2016-02-01 04:59:59 UTC
    B(
        text="It is hard to believe that there are only 10 days left and we still have a lot to do to get as many people signed up as possible.",
        due="2016-02-02 04:59:59",
        vague=False,
        said="2016-01-22 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CMS_CHAMPIONS_22JAN16,
        published="2016-01-22",
    ),
    # the same update: 'Today we are providing' is the act as it is done (CONVENTIONS 2.1): end of 22 January 2016, EST
    B(
        text="Today we are providing you with talking points, social media messaging, and other resources.",
        due="2016-01-23 04:59:59",
        vague=False,
        said="2016-01-22 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CMS_CHAMPIONS_22JAN16,
        published="2016-01-22",
    ),
    # the same update: the 'Week 11' snapshot is of a week gone by (10-16 January 2016, as the list below it says): past
    B(
        text="This issue provides the latest Marketplace Open Enrollment Week 11 snap shot (including state and locality breakdowns), updated materials, and new Tax and ACA announcements.",
        due=None,
        vague=False,
        said="2016-01-22 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_CMS_CHAMPIONS_22JAN16,
        published="2016-01-22",
    ),
    # the same update: 'future webinars' sets no time for any act: no deadline
    B(
        text="We are also taking topics for future webinars.",
        due=None,
        vague=False,
        said="2016-01-22 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CMS_CHAMPIONS_22JAN16,
        published="2016-01-22",
    ),
    # the same update: 'Less than 10 days remain before the Jan. 31 deadline': 31 January 2016, end of day EST
    B(
        text="Less than 10 days remain before the Jan. 31 deadline for people to sign up for coverage.",
        due="2016-02-01 04:59:59",
        vague=False,
        said="2016-01-22 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CMS_CHAMPIONS_22JAN16,
        published="2016-01-22",
    ),
    # the same update (the page number '1' printed inside the sentence is left out): 'With time running out' sets no time of its own: no deadline
    B(
        text="With time running out, we need to do everything we can to make sure people are aware of the deadline and the resources available to help them find the plan that best fits their needs.",
        due=None,
        vague=False,
        said="2016-01-22 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CMS_CHAMPIONS_22JAN16,
        published="2016-01-22",
    ),
    # the same update, a key message: 'Time is running out' sets no time: no deadline
    B(
        text="Time is running out.",
        due=None,
        vague=False,
        said="2016-01-22 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CMS_CHAMPIONS_22JAN16,
        published="2016-01-22",
    ),
    # the same update: 'January 30 is the last day', a year-less date read as its next occurrence, 30 January 2016, end of day EST; '2016 coverage' names the cover
    B(
        text="January 30 is the last day to sign up for 2016 coverage.",
        due="2016-01-31 04:59:59",
        vague=False,
        said="2016-01-22 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CMS_CHAMPIONS_22JAN16,
        published="2016-01-22",
    ),
    # the same update: 'enroll today' urged on the day of the message: end of 22 January 2016, EST (as CONVENTIONS 2.1)
    B(
        text="Don’t miss your chance to sign up for coverage: visit HealthCare.gov and enroll today.",
        due="2016-01-23 04:59:59",
        vague=False,
        said="2016-01-22 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CMS_CHAMPIONS_22JAN16,
        published="2016-01-22",
    ),
    # US Department of State, daily press briefing of Friday 4 January 2008 (the index lines and the spokesman's opening greeting, a stock line quoted in another set's briefing, are not quoted; the transcript's stamp '12:33 p.m. EST' is the time of speaking): 'about 15 minutes ago': past
    B(
        text="MR. MCCORMACK: It was about 15 minutes ago.",
        due=None,
        vague=False,
        said="2008-01-04 17:33:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_STATE_DPB_4JAN08,
        published="2008-01-04",
    ),
    # the same briefing: 'I don't have that for you right now' tells what the speaker lacks at present, no time for any act: no deadline; unsure: negated (CONVENTIONS 4.1)
    B(
        text="As well as a schedule of other meetings, I don't have that for you right now.",
        due=None,
        vague=False,
        said="2008-01-04 17:33:00",
        tz="America/New_York",
        cluster=6,
        source=_STATE_DPB_4JAN08,
        published="2008-01-04",
    ),
    # the same briefing: the reporter's guess at the local hour in Nairobi, 'about 9 o'clock or so there', sets no time for any act: no deadline
    B(
        text="QUESTION: Okay. So it's about -- I don't know, about 9 o'clock or so there.",
        due=None,
        vague=False,
        said="2008-01-04 17:33:00",
        tz="America/New_York",
        cluster=2,
        source=_STATE_DPB_4JAN08,
        published="2008-01-04",
    ),
    # US Department of State, daily press briefing of Thursday 14 February 2008 (index lines and the stock greeting not quoted; the stamp '12:39 p.m. EST' is the time of speaking): a Media Note put out 'on February 11th': past
    B(
        text="We put out a Media Note on February 11th about “Citizen Diplomats from Across the Nation Gather at the National Council for International Visitors Annual Meeting in Washington, D.C.”",
        due=None,
        vague=False,
        said="2008-02-14 17:39:00",
        tz="America/New_York",
        refusal="past",
        cluster=6,
        source=_STATE_DPB_14FEB08,
        published="2008-02-14",
    ),
    # the same briefing: 'open to press coverage, February 13th through 16th', kept open to a date (CONVENTIONS 3.3), the range's later end: 16 February 2008, end of day EST
    B(
        text="So I would just note that this is open to press coverage, February 13th through 16th.",
        due="2008-02-17 04:59:59",
        vague=False,
        said="2008-02-14 17:39:00",
        tz="America/New_York",
        cluster=3,
        source=_STATE_DPB_14FEB08,
        published="2008-02-14",
    ),
    # the same briefing: 'Today's the 14th' names the day, no time for any act: no deadline
    B(
        text="QUESTION: Today’s the 14th --",
        due=None,
        vague=False,
        said="2008-02-14 17:39:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_DPB_14FEB08,
        published="2008-02-14",
    ),
    # the same briefing: days of the month as bare numbers, no time for any act: no deadline
    B(
        text="MR. MCCORMACK: – So yes, 14 would fall in between 13 and 16.",
        due=None,
        vague=False,
        said="2008-02-14 17:39:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_DPB_14FEB08,
        published="2008-02-14",
    ),
    # the same briefing: 'the 16th' in a joke about numbers, no time for any act: no deadline
    B(
        text="QUESTION: Between the 16th – I thought you didn’t like to do numbers.",
        due=None,
        vague=False,
        said="2008-02-14 17:39:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_DPB_14FEB08,
        published="2008-02-14",
    ),
    # Federal Emergency Management Agency, release 1549-076 of Monday 8 November 2004, Mobile, Alabama (web archive of fema.gov; title, release lines, links and the boilerplate on FEMA joining the Department of Homeland Security, which another set already holds in near-identical words, not quoted): FEMA 'today advised' that it 'had granted' the request: past (CONVENTIONS 2.2)
    B(
        text="Mobile, Ala. -- The U.S. Department of Homeland Security’s Federal Emergency Management Agency (FEMA) today advised Alabama officials that it had granted the state’s request to extend the registration deadline.",
        due=None,
        vague=False,
        said="2004-11-08 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_AL_8NOV04,
        published="2004-11-08",
    ),
    # the same release: 'Monday, Jan. 3, 2005' (a Monday), end of day in the publisher's zone (US federal agency: America/New_York), 2005-01-04 04:59:59 UTC
    B(
        text="The new deadline for applying for assistance is Monday, Jan. 3, 2005.",
        due="2005-01-04 04:59:59",
        vague=False,
        said="2004-11-08 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA_AL_8NOV04,
        published="2004-11-08",
    ),
    # the same release: 'Prior to this request' tells of the time before the request: past
    B(
        text="“Prior to this request we had more than 136,000 applications,” said Bruce Baughman, director of the Alabama Emergency Management Agency and state coordinating officer for the disaster recovery effort.",
        due=None,
        vague=False,
        said="2004-11-08 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_AL_8NOV04,
        published="2004-11-08",
    ),
    # the same release: 'this extra time' names the extension without a time of its own: no deadline
    B(
        text="“We hope this extra time will ensure everyone who resides or works in a disaster-declared county will get the federal and state assistance they need to rebuild their lives,” Hall said.",
        due=None,
        vague=False,
        said="2004-11-08 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEMA_AL_8NOV04,
        published="2004-11-08",
    ),
    # the same release: opening hours 'from 8:00 a.m. to 10:00 p.m. (CDT), seven days a week until further notice' are a standing schedule: recurring
    B(
        text="Representatives at the toll-free telephone numbers are available from 8:00 a.m. to 10:00 p.m. (CDT), seven days a week until further notice.",
        due=None,
        vague=False,
        said="2004-11-08 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_FEMA_AL_8NOV04,
        published="2004-11-08",
    ),
    # the same release: advice to call 'in the evening after 6:00 p.m. or on weekends', any day: recurring
    B(
        text="If possible, try calling in the evening after 6:00 p.m. or on weekends when call volume often is lighter.",
        due=None,
        vague=False,
        said="2004-11-08 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_FEMA_AL_8NOV04,
        published="2004-11-08",
    ),
    # the same release: 'from 8:00 a.m. to 10:00 p.m. daily': recurring
    B(
        text="The Helpline is available from 8:00 a.m. to 10:00 p.m. daily.",
        due=None,
        vague=False,
        said="2004-11-08 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_FEMA_AL_8NOV04,
        published="2004-11-08",
    ),
    # Federal Emergency Management Agency, release 1498-46 of Monday 8 December 2003, Pasadena, California (web archive of fema.gov; title and release lines not quoted): the period 'has been extended until January 9, 2004', kept open to a date (CONVENTIONS 3.3), end of day EST, 2004-01-10 04:59:59 UTC
    B(
        text="PASADENA, Calif. -- The Federal Emergency Management Agency (FEMA) and the California Governor's Office of Emergency Services (OES) announced that the registration period for individuals and business owners affected by the Southern California fires has been extended until January 9, 2004.",
        due="2004-01-10 04:59:59",
        vague=False,
        said="2003-12-08 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA_CA_8DEC03,
        published="2003-12-08",
    ),
    # the same release: 'from 8 a.m. to 6 p.m., Monday through Saturday', standing hours: recurring
    B(
        text="Recovery specialists are available to take calls from 8 a.m. to 6 p.m., Monday through Saturday.",
        due=None,
        vague=False,
        said="2003-12-08 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_FEMA_CA_8DEC03,
        published="2003-12-08",
    ),
    # the same release: 'extra time' without a time of its own: no deadline
    B(
        text="“We want to make sure that all applicants receive the aid for which they are eligible and extending the deadline will allow extra time to pursue all the levels of assistance that are available,” said Federal Coordinating Officer William Carwile, III, of FEMA.",
        due=None,
        vague=False,
        said="2003-12-08 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEMA_CA_8DEC03,
        published="2003-12-08",
    ),
    # Federal Emergency Management Agency, release 3229-026 of Thursday 29 December 2005, Little Rock, Arkansas (web archive of fema.gov; title, release lines and the 'Last Modified' line not quoted): 'an additional 60 days' runs from the old close, which this sentence does not date: event; unsure: the page dates the new close (11 March 2006, end of day EST, 2006-03-12 04:59:59 UTC); counted from the day of the release (CONVENTIONS 1.2) it would be 27 February 2006
    B(
        text="LITTLE ROCK, Ark. -- Hurricane Katrina and Rita evacuees now have an additional 60 days in which to apply for Federal Emergency Management Agency (FEMA) assistance.",
        due=None,
        vague=False,
        said="2005-12-29 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=1,
        source=_FEMA_AR_29DEC05,
        published="2005-12-29",
    ),
    # the same release: 'as soon as possible' is vague, 60 days (CONVENTIONS 5.1): 27 February 2006, end of day EST; unsure: advice to evacuees rather than the speaker's own undertaking (no deadline)
    B(
        text="Families are encouraged to apply as soon as possible.",
        due="2006-02-28 04:59:59",
        vague=True,
        said="2005-12-29 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA_AR_29DEC05,
        published="2005-12-29",
    ),
    # the same release: the extension 'from January 11 to March 11' falls due at its later end, a year-less date read as its next occurrence, 11 March 2006, end of day EST; unsure: past (the grant is told)
    B(
        text="The extension from January 11 to March 11 was granted to assure that everyone eligible for assistance has registered.",
        due="2006-03-12 04:59:59",
        vague=False,
        said="2005-12-29 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FEMA_AR_29DEC05,
        published="2005-12-29",
    ),
    # the same release: what 'Many later find' in any disaster: recurring
    B(
        text="Many later find damage that was uninsured or under-insured and realize they’ve missed their chance at assistance because registration has closed.",
        due=None,
        vague=False,
        said="2005-12-29 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA_AR_29DEC05,
        published="2005-12-29",
    ),
    # the same release: lines 'open 24 hours a day, seven days a week': recurring
    B(
        text="The lines are open 24 hours a day, seven days a week and multilingual operators are available to take calls.",
        due=None,
        vague=False,
        said="2005-12-29 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_FEMA_AR_29DEC05,
        published="2005-12-29",
    ),
    # Federal Emergency Management Agency, release 1679-018 of Tuesday 20 February 2007, Orlando, Florida (web archive of fema.gov; title, release lines and links not quoted): the closing at '6 p.m., Saturday, February 24, 2007', a one-off event (CONVENTIONS 3.1), 18:00 EST, 23:00 UTC
    B(
        text="ORLANDO, Fla. -- Recovery officials in Florida have announced the closing of two State-FEMA Disaster Recovery Centers (DRCs), 6 p.m., Saturday, February 24, 2007.",
        due="2007-02-24 23:00:00",
        vague=False,
        said="2007-02-20 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FEMA_FL_20FEB07,
        published="2007-02-20",
    ),
    # the same release: 'in the past week': past
    B(
        text="The closures are based on a steady decline in center visitors in the past week.",
        due=None,
        vague=False,
        said="2007-02-20 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_FL_20FEB07,
        published="2007-02-20",
    ),
    # the same release: 'Since it first opened on Feb 5': past
    B(
        text="Since it first opened on Feb 5, the New Smyrna Beach facility has handled more than 130 inquiries from area residents.",
        due=None,
        vague=False,
        said="2007-02-20 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_FL_20FEB07,
        published="2007-02-20",
    ),
    # the same release: 'was opened Feb 9': past ('future loss' sets no time)
    B(
        text="The North Woodland DRC was opened Feb 9, and more than 300 visitors have come to ask questions about available disaster assistance programs, check on individual applications or seek information about risk-reduction measures to lessen future loss.",
        due=None,
        vague=False,
        said="2007-02-20 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_FL_20FEB07,
        published="2007-02-20",
    ),
    # the same release: 'To date': past
    B(
        text="To date, nearly 2,150 homeowners, renters or business owners in the four federally-declared counties have taken the opportunity to meet face-to-face with disaster recovery specialists from the state, FEMA, the U.S. Small Business Administration (SBA), other government agencies and volunteer organizations.",
        due=None,
        vague=False,
        said="2007-02-20 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_FL_20FEB07,
        published="2007-02-20",
    ),
    # the same release: 'open from 8 a.m. to 6 p.m., seven days a week until further notice': recurring
    B(
        text="All centers are open from 8 a.m. to 6 p.m., seven days a week until further notice.",
        due=None,
        vague=False,
        said="2007-02-20 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_FEMA_FL_20FEB07,
        published="2007-02-20",
    ),
    # the same release: helpline hours 'from 8 a.m. to 6 p.m. seven days a week': recurring
    B(
        text="In addition to the remaining DRCs, registered applicants can communicate with a recovery specialist by using the FEMA helpline option at 1-800-621-3362 or TTY for the speech-or hearing impaired at 1-800-462-7585 from 8 a.m. to 6 p.m. seven days a week.",
        due=None,
        vague=False,
        said="2007-02-20 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_FEMA_FL_20FEB07,
        published="2007-02-20",
    ),
    # the same release: '24 hours a day': recurring
    B(
        text="On the web, disaster information remains available 24 hours a day at www.fema.gov.",
        due=None,
        vague=False,
        said="2007-02-20 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_FEMA_FL_20FEB07,
        published="2007-02-20",
    ),
    # Federal Emergency Management Agency, release 1603-358 of Monday 20 February 2006, Baton Rouge, Louisiana (web archive of fema.gov; title, release lines and links not quoted): closings on four numeric dates, month first (the only reading that fits a release of 20 February), the list's latest '3/1', 1 March 2006, end of day EST
    B(
        text="BATON ROUGE, La. -- The U.S. Department of Homeland Security's Federal Emergency Management Agency (FEMA) and the Louisiana Office of Homeland Security and Emergency Preparedness (OHSEP) are closing four Disaster Recovery Centers (DRCs) in Bogalusa (2/23), Reserve (2/24), Grand Lake (2/27), and Covington (3/1).",
        due="2006-03-02 04:59:59",
        vague=False,
        said="2006-02-20 15:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=3,
        source=_FEMA_LA_20FEB06,
        published="2006-02-20",
    ),
    # the same release: 'in the last few months': past
    B(
        text='"These DRCs have served thousands of individuals in the last few months.',
        due=None,
        vague=False,
        said="2006-02-20 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_LA_20FEB06,
        published="2006-02-20",
    ),
    # the same release: 'After registering' hangs on an undated act of each applicant: event
    B(
        text="After registering, individuals with questions will have the opportunity to meet face-to-face with recovery specialists at any of the 21 DRCs in the state.",
        due=None,
        vague=False,
        said="2006-02-20 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FEMA_LA_20FEB06,
        published="2006-02-20",
    ),
    # the same release: 'Mon. thru Sat. from 9 a.m. to 5 p.m.': recurring
    B(
        text="Hours of operation at these locations are Mon. thru Sat. from 9 a.m. to 5 p.m.",
        due=None,
        vague=False,
        said="2006-02-20 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_FEMA_LA_20FEB06,
        published="2006-02-20",
    ),
    # the same release: 'March 11, 2006', end of day EST
    B(
        text="The deadline to apply for disaster assistance is March 11, 2006.",
        due="2006-03-12 04:59:59",
        vague=False,
        said="2006-02-20 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA_LA_20FEB06,
        published="2006-02-20",
    ),
    # Federal Emergency Management Agency, release 1539-410 of Monday 21 March 2005, Orlando, Florida (web archive of fema.gov; title, release lines and links not quoted): '2004 hurricane victims' names last year's storms: past
    B(
        text="ORLANDO, Fla. -- The number of 2004 hurricane victims still in need of assistance being offered at a federal/state Disaster Recovery Center (DRC) is rapidly declining, according to the U.S. Homeland Security’s Federal Emergency Management Agency (FEMA).",
        due=None,
        vague=False,
        said="2005-03-21 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_FEMA_FL_21MAR05,
        published="2005-03-21",
    ),
    # the same release: 'During the past six months': past
    B(
        text="During the past six months, federal and state disaster recovery officials have provided face-to-face assistance to storm victims at 73 fixed-site DRCs and 76 mobile DRC locations throughout Florida.",
        due=None,
        vague=False,
        said="2005-03-21 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_FEMA_FL_21MAR05,
        published="2005-03-21",
    ),
    # the same release: 'To date': past
    B(
        text="To date, more than 575,000 Floridians have been helped by visiting the FEMA/State DRCs.",
        due=None,
        vague=False,
        said="2005-03-21 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_FL_21MAR05,
        published="2005-03-21",
    ),
    # the same release: 'daily visitors' is a standing measure: recurring
    B(
        text="FEMA assesses the need to continue a DRC location based on the number of daily visitors and the services being sought.",
        due=None,
        vague=False,
        said="2005-03-21 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA_FL_21MAR05,
        published="2005-03-21",
    ),
    # the same release: 'announced today' is the speaking (CONVENTIONS 2.2); the closing 'at 6:00 p.m., Wednesday, March 30' is a one-off event (CONVENTIONS 3.1), 18:00 EST, 23:00 UTC
    B(
        text="Due to the decline in numbers of individuals seeking assistance through a DRC, FEMA and the State Emergency Response Team (SERT) announced today the permanent closing of five fixed-site locations at 6:00 p.m., Wednesday, March 30.",
        due="2005-03-30 23:00:00",
        vague=False,
        said="2005-03-21 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FEMA_FL_21MAR05,
        published="2005-03-21",
    ),
    # the same release: 'Thus far' (the figures are counts, not years): past
    B(
        text="Thus far, the number of Floridians assisted at each of the closing DRCs by their city location, are: Kissimmee, 32,374; Fort Pierce, 7,299; Punta Gorda, 6,043; Century, 11,927; and Milton, 16,701.",
        due=None,
        vague=False,
        said="2005-03-21 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_FEMA_FL_21MAR05,
        published="2005-03-21",
    ),
    # Federal Emergency Management Agency, release 1292-118 of Friday 19 November 1999, Raleigh, North Carolina (web archive of fema.gov; title, release lines and the 'Last Modified' line not quoted): officials 'Friday announced' plans: the speaking, nothing dated ahead: past
    B(
        text="RALEIGH, N.C. -- Saying they had accomplished their mission, state and federal officials Friday announced plans to close five of the 21 recovery centers that have been answering questions and providing information to Hurricane Floyd's disaster victims.",
        due=None,
        vague=False,
        said="1999-11-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_NC_19NOV99,
        published="1999-11-19",
    ),
    # the same release: 'in the aftermath of the storm': past
    B(
        text="Recovery centers were established throughout the declared disaster area in the aftermath of the storm as thousands of flood victims sought assistance.",
        due=None,
        vague=False,
        said="1999-11-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_NC_19NOV99,
        published="1999-11-19",
    ),
    # the same release: 'have visited them since': past
    B(
        text="More than 57,000 applicants for federal and state aid have visited them since and continue to do so.",
        due=None,
        vague=False,
        said="1999-11-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_NC_19NOV99,
        published="1999-11-19",
    ),
    # the same release: 'Tuesday, Nov. 23' (a Tuesday in 1999), the final operating day, end of day EST
    B(
        text="Tuesday, Nov. 23, will be the final operating day for DRC 10 at Trenton, DRC 16 at Nashville, DRC 17 at Snow Hill, DRC 18 at Ahoskie and DRC 19 at Lumberton.",
        due="1999-11-24 04:59:59",
        vague=False,
        said="1999-11-19 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA_NC_19NOV99,
        published="1999-11-19",
    ),
    # the same release: 'until their work load diminishes' hangs on an undated event: event
    B(
        text="The remaining centers, including two mobile vans, will continue to operate until their work load diminishes.",
        due=None,
        vague=False,
        said="1999-11-19 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FEMA_NC_19NOV99,
        published="1999-11-19",
    ),
    # the same release: 'about 200 a day': recurring
    B(
        text="Registrations continue coming in at a rate of about 200 a day.",
        due=None,
        vague=False,
        said="1999-11-19 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=1,
        source=_FEMA_NC_19NOV99,
        published="1999-11-19",
    ),
    # the same release: 'To date' is past; 'the closing deadline coming up Dec. 14', a year-less date read as its next occurrence, 14 December 1999, end of day EST
    B(
        text="To date more than 74,000 have registered for assistance with the Federal Emergency Management Agency (FEMA) with the closing deadline coming up Dec. 14.",
        due="1999-12-15 04:59:59",
        vague=False,
        said="1999-11-19 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_FEMA_NC_19NOV99,
        published="1999-11-19",
    ),
    # the same release: 'at a very stressful time in their lives' tells of the weeks gone by: past
    B(
        text='"The centers not only answered questions and solved problems, they gave disaster victims direct contact with recovery officials at a very stressful time in their lives and provided them assurance that help was at hand," said Paul Fay, FEMA\'s human services director for this disaster.',
        due=None,
        vague=False,
        said="1999-11-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_NC_19NOV99,
        published="1999-11-19",
    ),
    # the same release: 'from 7 a.m. to 7 p.m. Monday through Saturday': recurring
    B(
        text="A toll-free FEMA Helpline, 1-800-525-0321, is also available to take questions from applicants from 7 a.m. to 7 p.m. Monday through Saturday.",
        due=None,
        vague=False,
        said="1999-11-19 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_FEMA_NC_19NOV99,
        published="1999-11-19",
    ),
    # Federal Emergency Management Agency, release 1495-03 of Monday 29 September 2003, New Castle, Delaware (fema.gov; title, release lines and the 'Last Updated' line not quoted, and the boilerplate 'On March 1, 2003, FEMA became part ...', which another set already holds in near-identical words, is not taken): 'Effective close of business Tuesday, September 30' (close of business 17:00, as the parser's docstring), a one-off event (CONVENTIONS 3.1), 17:00 EDT, 21:00 UTC; 'announced today' is the speaking
    B(
        text="New Castle, DE -- Effective close of business Tuesday, September 30, the Sussex County Disaster Recovery Center will be permanently closed, state and federal recovery officials announced today.",
        due="2003-09-30 21:00:00",
        vague=False,
        said="2003-09-29 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FEMA_DE_29SEP03,
        published="2003-09-29",
    ),
    # the same release: 'Monday through Saturday 9:30 a.m. to 6:30 p.m.', standing hours: recurring
    B(
        text="A second Disaster Recovery Center located in New Castle County will continue to operate Monday through Saturday 9:30 a.m. to 6:30 p.m. at St. Marks United Methodist Church on 1700 Limestone Rd. in Wilmington.",
        due=None,
        vague=False,
        said="2003-09-29 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_FEMA_DE_29SEP03,
        published="2003-09-29",
    ),
    # the same release: 'Even after centers close' hangs on the closings, which this sentence does not date: event
    B(
        text='"Even after centers close, FEMA is just a telephone call away," said Michael Hall, federal coordinating officer.',
        due=None,
        vague=False,
        said="2003-09-29 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FEMA_DE_29SEP03,
        published="2003-09-29",
    ),
    # Federal Emergency Management Agency, release 1679-026 of Friday 2 March 2007, Orlando, Florida (web archive of fema.gov; title, subtitle, release lines and links not quoted): the closing 'at 6 p.m., Saturday, March 10, 2007' (standard time, the day before daylight time began), a one-off event (CONVENTIONS 3.1), 23:00 UTC
    B(
        text="ORLANDO, Fla. -- Recovery officials in Florida have announced the closing of the two remaining State-FEMA Disaster Recovery Centers (DRCs), located at Victoria Square , 1706 South Woodland Blvd. and 38521 Lakeview Drive in Lady Lake , at 6 p.m., Saturday, March 10, 2007.",
        due="2007-03-10 23:00:00",
        vague=False,
        said="2007-03-02 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FEMA_FL_2MAR07,
        published="2007-03-02",
    ),
    # the same release: 'in the past week': past
    B(
        text="The centers have seen a significant decline in visitors in the past week.",
        due=None,
        vague=False,
        said="2007-03-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_FL_2MAR07,
        published="2007-03-02",
    ),
    # the same release: 'After opening on Feb. 5-6': past
    B(
        text="After opening on Feb. 5-6, the two facilities have handled nearly 1,800 inquiries from area homeowners, renters and business owners.",
        due=None,
        vague=False,
        said="2007-03-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_FEMA_FL_2MAR07,
        published="2007-03-02",
    ),
    # the same release: 'future loss' sets no time for any act: no deadline
    B(
        text="Center visitors can learn about available disaster assistance programs, check on individual applications or seek information about risk-reduction measures to lessen future loss.",
        due=None,
        vague=False,
        said="2007-03-02 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA_FL_2MAR07,
        published="2007-03-02",
    ),
    # the same release: 'Since the deadly tornadoes struck': past
    B(
        text="Since the deadly tornadoes struck North Central Florida, more than 3,280 area residents have taken the opportunity to meet face-to-face with disaster recovery specialists from the U.S. Small Business Administration (SBA), other government agencies and volunteer organizations.",
        due=None,
        vague=False,
        said="2007-03-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FEMA_FL_2MAR07,
        published="2007-03-02",
    ),
    # the same release: 'before final closing' hangs on the closing, which this sentence does not date: event; unsure: the page dates it (6 p.m., 10 March 2007, 23:00 UTC)
    B(
        text="Recovery officials urge anyone seeking answers to disaster-related questions or help with SBA loan applications and other forms to visit a center before final closing.",
        due=None,
        vague=False,
        said="2007-03-02 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FEMA_FL_2MAR07,
        published="2007-03-02",
    ),
    # Federal Emergency Management Agency, release of Thursday 28 July 2011, Nashville, Tennessee (fema.gov; title and release lines not quoted): 'less than two weeks' from the release (CONVENTIONS 1.2), 11 August 2011, end of day EDT; 'the spring storms' are past; unsure: the next sentence dates the close itself (9 August 2011, 2011-08-10 03:59:59 UTC)
    B(
        text="NASHVILLE, Tenn. -- Survivors of the spring storms, tornadoes and flooding have less than two weeks to return disaster loan applications to the Small Business Administration.",
        due="2011-08-12 03:59:59",
        vague=False,
        said="2011-07-28 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEMA_TN_28JUL11,
        published="2011-07-28",
    ),
    # the same release: 'by Aug. 9', a year-less date read as its next occurrence, 9 August 2011, end of day EDT
    B(
        text="Those who experienced damage or loss must return their completed application by Aug. 9.",
        due="2011-08-10 03:59:59",
        vague=False,
        said="2011-07-28 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA_TN_28JUL11,
        published="2011-07-28",
    ),
    # Federal Emergency Management Agency, release 1971-129 of Thursday 14 July 2011, Birmingham, Alabama (fema.gov; title and release lines not quoted): 'April storm losses' are past, and the sentence sets no time: past
    B(
        text="BIRMINGHAM, Ala. – Tornado recovery officials are concerned that many Alabamians with April storm losses could miss out on valuable disaster recovery grants and low-interest disaster recovery loans by not returning completed applications to the U.S. Small Business Administration.",
        due=None,
        vague=False,
        said="2011-07-14 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_FEMA_AL_14JUL11,
        published="2011-07-14",
    ),
    # the same release: 'Monday, July 18' (18 July 2011 is a Monday), end of day EDT
    B(
        text="The deadline to send in the SBA disaster loan application is Monday, July 18.",
        due="2011-07-19 03:59:59",
        vague=False,
        said="2011-07-14 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA_AL_14JUL11,
        published="2011-07-14",
    ),
    # the same release: 'less than a half hour' is the size of a task, no time for any act: no deadline
    B(
        text="The paperwork takes less than a half hour to complete.",
        due=None,
        vague=False,
        said="2011-07-14 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FEMA_AL_14JUL11,
        published="2011-07-14",
    ),
    # the same release: 'Monday through Friday from 7 a.m. to 5 p.m. CDT': recurring
    B(
        text="To locate a center or learn more about disaster loans, call 800-659-2955 Monday through Friday from 7 a.m. to 5 p.m. CDT or send an e-mail to DisasterCustomerService@sba.gov.",
        due=None,
        vague=False,
        said="2011-07-14 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=2,
        source=_FEMA_AL_14JUL11,
        published="2011-07-14",
    ),
    # HM Revenue and Customs, GOV.UK news story 'Tax-Free Childcare opens to children under 9' (reposted in government-world.com's list of HM Government items; title not quoted; the page shows no date: read at Thursday 18 January 2018, the day the scheme opened to the under-9s by other reports of the rollout, 'mid-January'; only the 'today' labels depend on the day): 'In April 2017 ... started': past
    B(
        text="In April 2017 HM Revenue and Customs started rolling out Tax-Free Childcare, which helps working parents with the cost of childcare with up to £2,000 of support per child per year, or £4,000 for disabled children.",
        due=None,
        vague=False,
        said="2018-01-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=4,
        source=_GOVUK_TFC_18JAN18,
        published="2018-01-18",
    ),
    # the same story: 'Today, Tax-Free Childcare opens', the act on the day of the story (CONVENTIONS 2.1 and 3.1): end of 18 January 2018, GMT; 'turns 9 today' is an age
    B(
        text="Today, Tax-Free Childcare opens to parents whose youngest child is under 9, or who turns 9 today.",
        due="2018-01-18 23:59:59",
        vague=False,
        said="2018-01-18 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_GOVUK_TFC_18JAN18,
        published="2018-01-18",
    ),
    # the same story: 'will open ... on 14 February 2018', a one-off event (CONVENTIONS 3.1), end of day GMT; 'under 12' is an age
    B(
        text="The scheme will open to all remaining eligible families with children under 12 on 14 February 2018.",
        due="2018-02-14 23:59:59",
        vague=False,
        said="2018-01-18 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_TFC_18JAN18,
        published="2018-01-18",
    ),
    # the same story: 'before the end of this financial year', the GB year containing the story, ending 31 March 2018 (CONVENTIONS 3.5), end of day BST (summer time began on 25 March), 22:59:59 UTC
    B(
        text="This means all eligible parents will be able to apply for Tax-Free Childcare before the end of this financial year.",
        due="2018-03-31 22:59:59",
        vague=False,
        said="2018-01-18 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_GOVUK_TFC_18JAN18,
        published="2018-01-18",
    ),
    # the same story: 'Since opening the childcare service': past; '30 hours' names the free childcare offer
    B(
        text="Since opening the childcare service, through which parents apply for 30 hours free childcare and Tax-Free Childcare, more than 325,000 customers have successfully applied and are now using the service.",
        due=None,
        vague=False,
        said="2018-01-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=1,
        source=_GOVUK_TFC_18JAN18,
        published="2018-01-18",
    ),
    # the same story: 'than ever before' compares with the past, no time for any act: past; unsure: no time at all (no deadline, no refusal word)
    B(
        text="The government is giving more help with the cost of childcare to working parents than ever before.",
        due=None,
        vague=False,
        said="2018-01-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVUK_TFC_18JAN18,
        published="2018-01-18",
    ),
    # the same story: 'in April 2017': past; '30 hours a week' is the size of the offer
    B(
        text="It introduced Tax-Free Childcare in April 2017, and has doubled the free childcare available to working parents of 3 and 4 year olds to 30 hours a week for families in England.",
        due=None,
        vague=False,
        said="2018-01-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=1,
        source=_GOVUK_TFC_18JAN18,
        published="2018-01-18",
    ),
    # the same story: 'In 2019/20', the GB financial year ending 31 March 2020, end of day BST, 22:59:59 UTC (blind_real.py's fiscal-year rule)
    B(
        text="In 2019/20 the government will be spending around £6bn on childcare support – a record amount of support.",
        due="2020-03-31 22:59:59",
        vague=False,
        said="2018-01-18 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_GOVUK_TFC_18JAN18,
        published="2018-01-18",
    ),
    # Ministry of Defence, GOV.UK news story 'Bids open to host annual Armed Forces Day National Event in 2019', the next item of the same list (no date shown; read with the list at 18 January 2018; every label below holds for any day of 2018; the title and the cut-off line about 29 June 2019 are not quoted): a photograph's caption naming the event of 2017: past
    B(
        text="The military parade at the Armed Forces Day National Event 2017 in Liverpool.",
        due=None,
        vague=False,
        said="2018-01-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=1,
        source=_GOVUK_TFC_18JAN18,
        published="2018-01-18",
    ),
    # the same story: 'In 2019', end of 2019 GMT; 'eleven years' is the age of the day, not a span to any act
    B(
        text="In 2019, Armed Forces Day will celebrate eleven years of supporting our Armed Forces Community, from serving personnel and reserves to veterans, cadets and families.",
        due="2019-12-31 23:59:59",
        vague=False,
        said="2018-01-18 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_TFC_18JAN18,
        published="2018-01-18",
    ),
    # GOV.UK news story 'UK-China Energy Dialogue' (Department for Business, Energy and Industrial Strategy), Monday 18 December 2017, the date of the feed that carries it on Feedage (feed text, the title and its one-line summary not quoted; the last sentence, cut off by the end of the opening, neither): 'last week (Friday 15 December)': past
    B(
        text="The 5th annual UK-China Energy Dialogue took place in Beijing last week (Friday 15 December).",
        due=None,
        vague=False,
        said="2017-12-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_GOVUK_ENERGY_18DEC17,
        published="2017-12-18",
    ),
    # the same story: 'This year's Energy Dialogue' demonstrated, told of the meeting held: past
    B(
        text="This year’s Energy Dialogue demonstrated the continued importance of secure, affordable and sustainable energy in the golden era of UK-China relations, and both countries continued commitment to the Paris Agreement and efforts to decarbonise our economies.",
        due=None,
        vague=False,
        said="2017-12-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=4,
        source=_GOVUK_ENERGY_18DEC17,
        published="2017-12-18",
    ),
    # the same story: 'Agreed in 2015': past
    B(
        text="Agreed in 2015 as part of President Xi’s State Visit to the UK, the UK and China’s Clean Energy Partnership MoU is underpinned by an understanding from both governments that each country’s significant experience and expertise has the potential to reduce the costs of energy, while promoting opportunities for economic growth, development of cheaper technologies, greater use of clean energy and trade in green goods",
        due=None,
        vague=False,
        said="2017-12-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVUK_ENERGY_18DEC17,
        published="2017-12-18",
    ),
    # US Census Bureau, Tip Sheet Number 19 (TP19-19), Friday 11 October 2019 (the site banner, headings and the tip sheet's number and date line are not quoted): the calendar 'has posted' dates, an act done; '2019' is the year of the releases: past; unsure: due at the end of 2019 (2020-01-01 04:59:59 UTC), the releases being scheduled 'in 2019'
    B(
        text="The U.S. Census Bureau has posted anticipated release dates for each regular and recurring statistical product scheduled for release in 2019.",
        due=None,
        vague=False,
        said="2019-10-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_CENSUS_TP_11OCT19,
        published="2019-10-11",
    ),
    # the same tip sheet: 'updated as needed throughout the year': recurring
    B(
        text="These products are listed in the Census Bureau’s online product calendar, which is updated as needed throughout the year.",
        due=None,
        vague=False,
        said="2019-10-11 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=4,
        source=_CENSUS_TP_11OCT19,
        published="2019-10-11",
    ),
    # the same tip sheet: a meeting 'Oct. 23-25, 2019', the range's later end, 25 October 2019, end of day EDT
    B(
        text="Researchers from the U.S. Census Bureau, along with many other statistical and survey research professionals across the nation, will present findings at the 2019 Southern Demographic Association Annual Meeting Oct. 23-25, 2019, in New Orleans.",
        due="2019-10-26 03:59:59",
        vague=False,
        said="2019-10-11 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CENSUS_TP_11OCT19,
        published="2019-10-11",
    ),
    # the same tip sheet: 'multiday' describes the event, no time for any act: no deadline
    B(
        text="This multiday event is a forum for Census Bureau staffers to present their research for professional discussion on a spectrum of demographic topics.",
        due=None,
        vague=False,
        said="2019-10-11 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CENSUS_TP_11OCT19,
        published="2019-10-11",
    ),
    # the same tip sheet: 'Scheduled for release Oct. 23', a year-less date read as its next occurrence, 23 October 2019, end of day EDT
    B(
        text="(Scheduled for release Oct. 23.)",
        due="2019-10-24 03:59:59",
        vague=False,
        said="2019-10-11 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CENSUS_TP_11OCT19,
        published="2019-10-11",
    ),
    # the same tip sheet: 'will take place Nov. 7-8, 2019', the range's later end, 8 November 2019, end of day EST (daylight time ended on 3 November)
    B(
        text="The National Advisory Committee on Racial, Ethnic, and Other Populations (NAC) 2019 Fall Meeting will take place Nov. 7-8, 2019.",
        due="2019-11-09 04:59:59",
        vague=False,
        said="2019-10-11 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CENSUS_TP_11OCT19,
        published="2019-10-11",
    ),
    # the same tip sheet: 'Fall Meeting' names the meeting; the sentence sets no time for any act: no deadline
    B(
        text="The NAC Fall Meeting page contains the agenda, live stream registration link and other general information.",
        due=None,
        vague=False,
        said="2019-10-11 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_CENSUS_TP_11OCT19,
        published="2019-10-11",
    ),
    # the same tip sheet: the bracketed line closing the item (the sentence before it, cut short where an address was removed, holds no time word): 'Scheduled Nov. 7-8, 2019', 8 November 2019, end of day EST
    B(
        text="(Scheduled Nov. 7-8, 2019.)",
        due="2019-11-09 04:59:59",
        vague=False,
        said="2019-10-11 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CENSUS_TP_11OCT19,
        published="2019-10-11",
    ),
    # the same tip sheet: 'will soon be available' is vague, 60 days (CONVENTIONS 5.1): 10 December 2019, end of day EST; '2018' and '1-year' name the survey and its estimates
    B(
        text="The remaining profiles and tables for the 2018 American Community Survey (ACS) 1-year estimates will soon be available for all geographic areas with populations of 65,000 or more.",
        due="2019-12-11 04:59:59",
        vague=True,
        said="2019-10-11 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CENSUS_TP_11OCT19,
        published="2019-10-11",
    ),
    # US Census Bureau, Tip Sheet Number 18 (TP19-18), Friday 27 September 2019 (headings and the date line not quoted; the two standing sentences about the product calendar, taken from TP19-19 above, and a repeated '(Tentatively scheduled for release in October.)' are taken once): 'past projection reports': past
    B(
        text="For more information on past projection reports, go to <>.",
        due=None,
        vague=False,
        said="2019-09-27 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CENSUS_TP_27SEP19,
        published="2019-09-27",
    ),
    # the same tip sheet: 'Tentatively scheduled for release Oct. 10', 10 October 2019, end of day EDT
    B(
        text="(Tentatively scheduled for release Oct. 10.)",
        due="2019-10-11 03:59:59",
        vague=False,
        said="2019-09-27 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CENSUS_TP_27SEP19,
        published="2019-09-27",
    ),
    # the same tip sheet: '2016' is the year in the report's title; the release is given no time here: no deadline
    B(
        text="The U.S. Census Bureau is scheduled to release the Custodial Mothers and Fathers and Their Child Support: 2016.",
        due=None,
        vague=False,
        said="2019-09-27 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CENSUS_TP_27SEP19,
        published="2019-09-27",
    ),
    # the same tip sheet: 'in October', October 2019, the month's end, EDT
    B(
        text="(Tentatively scheduled for release in October.)",
        due="2019-11-01 03:59:59",
        vague=False,
        said="2019-09-27 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_CENSUS_TP_27SEP19,
        published="2019-09-27",
    ),
    # the same tip sheet: 'in 2016' and 'in 2013 through 2015' are years of the data: past
    B(
        text="This brief uses the Survey of Income and Program Participation to examine household net worth in 2016 and compares it with net worth in 2013 through 2015.",
        due=None,
        vague=False,
        said="2019-09-27 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_CENSUS_TP_27SEP19,
        published="2019-09-27",
    ),
    # US Census Bureau, Tip Sheet Number 17 (TP19-17), Friday 13 September 2019 (headings, the date line and the two standing calendar sentences taken from TP19-19 above not quoted): access 'beginning at 10 a.m. EDT, Tuesday, Sept. 24' is a start, and the release 'at 12:01 a.m., Thursday, Sept. 26' a one-off event that counts (CONVENTIONS 3.1 and 3.4): 00:01 EDT, 04:01 UTC
    B(
        text="Embargo subscribers can access these statistics beginning at 10 a.m. EDT, Tuesday, Sept. 24, for release at 12:01 a.m., Thursday, Sept. 26.",
        due="2019-09-26 04:01:00",
        vague=False,
        said="2019-09-13 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CENSUS_TP_13SEP19,
        published="2019-09-13",
    ),
    # the same tip sheet: '2012-2016' and '5-year' name the estimates' years, '65 years' an age: past
    B(
        text="This report uses 2012-2016 American Community Survey 5-year estimates to study the population 65 years and over in rural America relative to their urban counterparts.",
        due=None,
        vague=False,
        said="2019-09-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_CENSUS_TP_13SEP19,
        published="2019-09-13",
    ),
    # the same tip sheet: 'in late September', the last third of the month (21-30 September, the parser's docstring): 30 September 2019, end of day EDT
    B(
        text="(Tentatively scheduled for release in late September.)",
        due="2019-10-01 03:59:59",
        vague=False,
        said="2019-09-13 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_CENSUS_TP_13SEP19,
        published="2019-09-13",
    ),
    # the same tip sheet: '2014' names the survey; the release is given no time here: no deadline
    B(
        text="The U.S. Census Bureau is set to release data from the fourth wave of the 2014 Survey of Income and Program Participation (SIPP).",
        due=None,
        vague=False,
        said="2019-09-13 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CENSUS_TP_13SEP19,
        published="2019-09-13",
    ),
    # Wikinews, 'Serial killer suspected loose in New York, more bodies found', Tuesday 5 April 2011 (reposted on a blog's author page; its list date, the title and the date line are not quoted; zone UTC for Wikinews, as in blind_fresh10.py): 'since December 2010': past
    B(
        text="Police in Suffolk County, New York suspect that a serial killer may be on the loose in the area, following the discovery of eight bodies on beaches near the New York City area since December 2010.",
        due=None,
        vague=False,
        said="2011-04-05 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_SUFFOLK_5APR11,
        published="2011-04-05",
    ),
    # the same article: 'The latest discovery ... was made': past
    B(
        text="The latest discovery of three corpses was made by investigators on Gilgo Beach, which is a barrier island south of Long Island about 45 miles (70 kilometres) east of New York.",
        due=None,
        vague=False,
        said="2011-04-05 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=1,
        source=_WN_SUFFOLK_5APR11,
        published="2011-04-05",
    ),
    # the same article: 'so far' and 'last week': past
    B(
        text="Four of the eight bodies located so far along a highway near the beach have been identified as prostitutes who had arranged meetings with clients via the internet, over services such as Craigslist; victim number five, whose body was found last week, has not yet been formally identified.",
        due=None,
        vague=False,
        said="2011-04-05 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_SUFFOLK_5APR11,
        published="2011-04-05",
    ),
    # the same article: 'took a month': past
    B(
        text="Police forensics officers took a month to discover who the first four victims were, using dental records and DNA sampling.",
        due=None,
        vague=False,
        said="2011-04-05 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=1,
        source=_WN_SUFFOLK_5APR11,
        published="2011-04-05",
    ),
    # the same article: 'the latest batch', 'have yet to' and 'the previous five' set no time for any act: no deadline; unsure: past (the finds told)
    B(
        text="Police are remaining cautious over the latest batch of three, saying that they have yet to officially connect this find with the previous five corpses.",
        due=None,
        vague=False,
        said="2011-04-05 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN_SUFFOLK_5APR11,
        published="2011-04-05",
    ),
    # the same article: 'were found': past ('the latest three sets' counts the finds)
    B(
        text="According to Suffolk County’s Police Commissioner, Richard Dormer, the latest three sets of remains were found by officers on foot and via an air search as they scoured tick-infested underbrush and evergreens.",
        due=None,
        vague=False,
        said="2011-04-05 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=1,
        source=_WN_SUFFOLK_5APR11,
        published="2011-04-05",
    ),
    # the same article: 'During the investigations' tells of the inquiry so far: past
    B(
        text="During the investigations, police have also been focusing on the disappearance of a prostitute from New Jersey, Shannan Gilbert.",
        due=None,
        vague=False,
        said="2011-04-05 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_SUFFOLK_5APR11,
        published="2011-04-05",
    ),
    # the same article: 'in May 2010': past
    B(
        text="She was last seen in the Oak Beach, New York area in May 2010, where she had arranged to meet a client.",
        due=None,
        vague=False,
        said="2011-04-05 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=4,
        source=_WN_SUFFOLK_5APR11,
        published="2011-04-05",
    ),
    # the same article: 'around 4.45pm on May 1 last year': past
    B(
        text="A witness in a gated community claims that a woman he suspects to be Gilbert came to the door of his house around 4.45pm on May 1 last year, begging for help.",
        due=None,
        vague=False,
        said="2011-04-05 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=2,
        source=_WN_SUFFOLK_5APR11,
        published="2011-04-05",
    ),
)
