"""A THIRTY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 12:52 by the machine's clock, by a
labelling helper (branch issue12l2-s23) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py`, and the parser package's
docstring only (for the parts of the day, the vague windows, the meteorological seasons, the
hours counted as exact instants and "a date without a year is its next occurrence"); nothing
else of `bot/core/deadlines/` was opened. The brief allowed any publisher but no one above a
third of the cases, at least eight publishers and several genres: White House press
briefings of 2001 and 2002, US Department of Education Federal Register notices and a
notice on its site, US Environmental Protection Agency news releases (as mirrored from its
newsroom archive) and a hearing page, US Citizenship and Immigration Services and
Department of Homeland Security releases (as reposted), a US Senator's press release, two
issues of the Wikipedia Signpost, an Environment Agency news story (GOV.UK, as reposted), a
NASA release (as archived by a mailing list) and a State Department notice (as quoted by a
law firm). As in the twenty-seventh to thirty-fourth sets, every sentence quoted holds a
time word of some kind (a date, a clock time, a day word, a period, a span, a year in a
name, "now", "currently", "soon", "shortly", "previously", "not yet", "temporarily",
"deadline", "during", "before", "after", "following", "then", "meanwhile", "future"); the
sentences of the pages read that hold none were skipped, as were bare headings, titles,
date lines, release lines, contact lines, series boxes, indexes of topics, link lines,
photo captions, site and navigation text, time stamps, speakers' names before a colon,
greetings, a list's lead-in whose points were taken, and lines cut off by the end of an
opening. A point of a list was taken as its own case; no word was changed (lines that a
page wraps are joined with a space, and copies that drop full stops are quoted as they
stand), and quotation marks stay as the page has them. The sentences were found with a
search over stored copies of public pages and taken as they came in the openings the search
returns, in page order. See README.md ("Thirty-sixth fresh blind set") for every address,
publisher and licence. No address listed in README.md, in a `#` header or README under
`tests/data/`, in the sources of the other set files or in the shared claims file was used:
each was checked against those lists (the address and a distinctive phrase of the page) and
claimed (`fresh36`) in `/work/helper-brief/claims.txt` before a quote was taken; pages
already used (among them EPA releases of 2005, 2012, 2018 and 2023, a Wikinews launch story
of 2008 and another of 2005, a State Department travel statement of 2010, White House daily
guidance of 2015 and 2016, the Justice Department's press releases of May 2007 and a Lords
recess announcement of 1983) were dropped. Each label was worked out by hand from the
words, the publication date and the publisher's zone; the conversion of local instants to
UTC wall time, the day counts and the weekday checks were done with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project. No run
of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these
texts before the labels were committed; the helpers improving the parser have not seen
them. See README.md for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (US federal publishers and
the Senator's office: America/New_York; the Environment Agency: Europe/London; the Wikipedia
Signpost: UTC, as Wikinews in earlier sets); the publication date at 10:00 local, except the
four White House briefings, whose time stamps (12:43 P.M. EST, 12:02 P.M. EDT, 11:57 A.M.
EST, 12:50 P.M. EDT) are taken as the moment of speaking, and the Environment Agency story,
read at 14:00 GMT because it reports figures "As of 13.30" that day; pages that show no
date of their own (the EPA hearing page, the Senator's release, the DHS and USCIS releases
as reposted) are read at a day the comment names, and the comment says for which days the
labels hold; a day falls due at 23:59:59 local (zoneinfo decides the offset); a clock time
without a zone word is in the publisher's zone; a range, a list or a window falls due at its
later end; the afternoon ends at 18:00; an hour is counted as an exact instant from the
moment of speaking; vague words take the parser's documented windows ("soon", "shortly" and
"as soon as possible" 60 days, "the coming days" 7 days), counted from the day of speaking;
a time that the sentence hangs on an undated event or on a session or window another
sentence dates ("After this is completed", "Following the meeting", "at this event", "during
the full extension period", clock times of hearing sessions dated in an earlier sentence) is
`refusal='event'`, and where the page dates that event elsewhere the label is marked
"unsure" and names the instant; refusals have `due=None` and a `refusal` kind (past | event
| recurring; this set holds no negated or earliest-only case); a sentence whose time words
set no time for any act (a fiscal year or date naming a competition or notice, "deadline
dates" extended without a date, "more time", "the President's day", "in future elections",
"temporarily" with no end) has `due=None` and no refusal word. Labels marked "unsure" name
the other reading; like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_EPA_HEARING_11APR06 = "https://sftp10.xiaomicloud.ir/archive/epapages/newsroom_archive/newsreleases/b8ddf4a3ecd65ceb8525714d005233b0.html"
_EPA_NTC_10JAN97 = "https://aradsftp10.bashcloud.ir/archive/epapages/newsroom_archive/newsreleases/00d85bb5f76256da8525644c00511251.html"
_EPA_COAL_ASH_2018 = (
    "https://www.epa.gov/coalash/forms/public-hearing-proposed-amendments-national-minimum-criteria"
)
_ED_PRESCHOOL_9OCT14 = "https://casetext.com/federal-register/extension-of-deadline-preschool-development-grants-development-grants-and-preschool-development-grants-expansion-grants"
_ED_DEADLINES_12FEB96 = "https://webarchive.library.unt.edu/eot2008/20090508110721/http://www.ed.gov/legislation/FedRegister/announcements/1996-1/fr12fe6a.html"
_ED_KATRINA_7OCT05 = "https://www2.ed.gov/legislation/FedRegister/announcements/2005-4/100705a.html"
_ED_EIR_19APR19 = "https://www.ed.gov/content/reopening-fiscal-year-fy-2019-competition-certain-eligible-applicants-education-innovation-and-research-program-expansion-grants"
_WARNER_TPS_2023 = "https://www.warner.senate.gov/public/index.cfm/pressreleases?ID=2FE783F1-7B1F-4D05-94EB-FA2B9C7C65EE"
_DHS_TPS_13DEC23 = "https://311immigration.com/dhs-publishes-federal-register-notice-announcing-the-extensions-of-re-registration-periods-for-temporary-protected-status-for-el-salvador-haiti-honduras-nepal-nicaragua-and-sudan"
_USCIS_TPS_8SEP23 = "https://www.hstoday.us/subject-matter-areas/customs-immigration/dhs-extends-tps-re-registration-periods-for-el-salvador-haiti-honduras-nepal-nicaragua-and-sudan-to-18-months/"
_NASA_NPP_31AUG11 = "https://aus-city.com/cgi-bin/dada/mail.cgi/archive/NASA_REPORTS/20110901064502"
_STATE_VISAS_20MAR20 = "https://www.butzel.com/alert-Update-on-Suspension-of-Operations-of-Certain-US-Consulates-in-Response-to-the-Coronavirus-COVID-19-Outbreak"
_WH_FLEISCHER_19DEC01 = (
    "http://georgewbush-whitehouse.archives.gov/news/releases/2001/12/20011219-4.html"
)
_WH_FLEISCHER_12JUL02 = (
    "https://georgewbush-whitehouse.archives.gov/news/releases/2002/07/print/text/20020712-3.html"
)
_WH_FLEISCHER_7NOV01 = (
    "https://georgewbush-whitehouse.archives.gov/news/releases/2001/11/text/20011107-11.html"
)
_WH_FLEISCHER_25SEP01 = (
    "https://georgewbush-whitehouse.archives.gov/news/releases/2001/09/20010925-2.html"
)
_EA_FLOODS_1JAN16 = (
    "http://www.green-connect.de/severe-flood-warnings-removed-but-river-levels-remain-high/"
)
_SIGNPOST_9JUL07 = (
    "https://en.wikipedia.org/wiki/Wikipedia:Wikipedia_Signpost/2007-07-09/Board_elections"
)
_SIGNPOST_23JUN08 = (
    "http://en.wikipedia.org/wiki/Wikipedia:Wikipedia_Signpost/2008-06-23/Board_elections"
)

FRESH36_CASES: tuple[BlindCase, ...] = (
    # US Environmental Protection Agency, news release 'EPA Hearing Seeks Public Comment on Overwhelming Transport Classification' (Release Date 04/11/2006, Tuesday 11 April 2006), as mirrored from the EPA newsroom archive (the heading, the release and contact lines are not quoted; the sentence on pre-registering holds no time word): a hearing 'Wednesday, April 12, 2006' (CONVENTIONS 3.1), the dated lead in brackets and the '8-hour' areas no time of any act: 12 April 2006, end of day EDT
    B(
        text="(4/11/06) EPA will hold a public hearing Wednesday, April 12, 2006 on the agency's proposal to reconsider several issues associated with the overwhelming transport classification available to some 8-hour ozone nonattainment areas.",
        due="2006-04-13 03:59:59",
        vague=False,
        said="2006-04-11 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA_HEARING_11APR06,
        published="2006-04-11",
    ),
    # the same release: the hearing 'will begin at 10 a.m.', a clock time hung on the hearing the sentence before dates, and it runs 'until all speakers have commented', an undated end: event; unsure: 12 April 2006, 10:00 EDT (the hearing's day from the sentence before)
    B(
        text="The hearing will begin at 10 a.m. at EPA's offices in Research Triangle Park, N.C., and will continue until all speakers have commented.",
        due=None,
        vague=False,
        said="2006-04-11 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EPA_HEARING_11APR06,
        published="2006-04-11",
    ),
    # the same release: written comment taken 'until May 12, 2006' (CONVENTIONS 1.1 and 3.3): 12 May 2006, end of day EDT
    B(
        text="EPA also will take written comment on the proposed reconsideration until May 12, 2006.",
        due="2006-05-13 03:59:59",
        vague=False,
        said="2006-04-11 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA_HEARING_11APR06,
        published="2006-04-11",
    ),
    # US Environmental Protection Agency, news release 'NTC Public Hearings on Ozone and Particulate Matter' (Release Date 01/13/97, but 'FOR RELEASE: FRIDAY, JANUARY 10, 1997', the release's own date, taken as the day of speaking), as mirrored from the EPA newsroom archive (the heading, the release lines, 'R-4 ###' and the sub-headings are not quoted): hearings 'being held next week', a one-off event in a period (CONVENTIONS 3.1), falling due at the week's end: Sunday 19 January 1997, end of day EST
    B(
        text="Due to the large amount of public interest in the public comment period for EPA's proposal to tighten air pollution standards for ozone and particulate matter, the Agency is issuing the following information about public hearings and media availabilities being held next week in Boston, Chicago and Salt Lake City.",
        due="1997-01-20 04:59:59",
        vague=False,
        said="1997-01-10 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_EPA_NTC_10JAN97,
        published="1997-01-10",
    ),
    # the same release: hearings 'scheduled on Jan. 14-15', a range, its later end (CONVENTIONS 6.1): 15 January 1997, end of day EST
    B(
        text="In response to the significant level of public interest in the proposed ozone and particulate matter standards, U.S. Environmental Protection Agency is providing the following information on the public hearings which have been scheduled on Jan. 14-15 to facilitate broad public comment:",
        due="1997-01-16 04:59:59",
        vague=False,
        said="1997-01-10 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EPA_NTC_10JAN97,
        published="1997-01-10",
    ),
    # the same release, 'BACKGROUND': a review 'every five years', a standing rule (CONVENTIONS 1.3): recurring
    B(
        text="The Clean Air Act requires EPA to review the most current science every five years to ensure that current standards for pollutants like particulate matter (soot) and ground-level ozone (smog) are adequately protective of public health.",
        due=None,
        vague=False,
        said="1997-01-10 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_EPA_NTC_10JAN97,
        published="1997-01-10",
    ),
    # the same release: 'The multi-year review ... showed', a review already done: past
    B(
        text="The multi-year review of hundreds of independent peer-reviewed scientific studies showed that the standards are not providing adequate protection.",
        due=None,
        vague=False,
        said="1997-01-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_NTC_10JAN97,
        published="1997-01-10",
    ),
    # the same release: standards proposed 'last November': past
    B(
        text="EPA proposed last November revised national air quality standards for particulate matter and ozone in an effort to provide public health protection to 133 million Americans, including 40 million children.",
        due=None,
        vague=False,
        said="1997-01-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_NTC_10JAN97,
        published="1997-01-10",
    ),
    # the same release: 'currently within a 60-day public comment period', a span from the undated publication of the proposal (CONVENTIONS 1.3): event; unsure: no deadline ('currently' on a present state)
    B(
        text="The proposal is currently within a 60-day public comment period to allow EPA to seek broad public comment before any final decision is reached.",
        due=None,
        vague=False,
        said="1997-01-10 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EPA_NTC_10JAN97,
        published="1997-01-10",
    ),
    # the same release: final standards determined 'later this year', which runs to the year's end (the parser's docstring): 31 December 1997, end of day EST
    B(
        text="These hearings aim to reach out to all stakeholders -- including community members, small businesses, industry, state and local government, parents, doctors and scientists -- to obtain the best information available for determining any appropriate final standards later this year.",
        due="1998-01-01 04:59:59",
        vague=False,
        said="1997-01-10 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_EPA_NTC_10JAN97,
        published="1997-01-10",
    ),
    # US Environmental Protection Agency, page 'Public Hearing on the Proposed Amendments to the National Minimum Criteria' (coal combustion residuals; the page shows no date of its own: read at Monday 2 April 2018, and every label of this page holds for any day from 1 to 19 April 2018; the site notice, the heading, the two sentences of the lead that hold no time word and 'On this page:' are not quoted): a hearing that 'will begin at 9 a.m. (EDT) on April 24, 2018' (CONVENTIONS 3.1): 24 April 2018, 09:00 EDT
    B(
        text="The public hearing will begin at 9 a.m. (EDT) on April 24, 2018 and be held at the DoubleTree by Hilton Hotel located at 300 S Army Navy Drive, Arlington, Virginia 22202.",
        due="2018-04-24 13:00:00",
        vague=False,
        said="2018-04-02 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EPA_COAL_ASH_2018,
        published="2018-04-02",
    ),
    # the same page, a point of the list of sessions ('The public hearing will consist of three sessions:', which holds no time word): clock times of a session the sentence before dates: event; unsure: 24 April 2018, 12:00 EDT (the later end on the hearing's day)
    B(
        text="A morning session starting at 9 a.m. and ending at noon.",
        due=None,
        vague=False,
        said="2018-04-02 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EPA_COAL_ASH_2018,
        published="2018-04-02",
    ),
    # the same list, the next point: event; unsure: 24 April 2018, 16:00 EDT
    B(
        text="An early afternoon session starting at 1 p.m. and ending at 4 p.m.",
        due=None,
        vague=False,
        said="2018-04-02 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EPA_COAL_ASH_2018,
        published="2018-04-02",
    ),
    # the same list, the next point: event; unsure: 24 April 2018, 20:00 EDT
    B(
        text="A late afternoon session beginning at 5 p.m. and ending at 8 p.m.",
        due=None,
        vague=False,
        said="2018-04-02 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EPA_COAL_ASH_2018,
        published="2018-04-02",
    ),
    # the same page: 'four (4) minutes for each person', a standing limit (CONVENTIONS 1.3): recurring
    B(
        text="Oral testimony will be limited to four (4) minutes for each person.",
        due=None,
        vague=False,
        said="2018-04-02 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_EPA_COAL_ASH_2018,
        published="2018-04-02",
    ),
    # the same page: 'during the oral presentations' and 'during the hearing', hung on sessions this sentence does not date: event; unsure: 24 April 2018, 20:00 EDT (the end of the last session)
    B(
        text="EPA may ask clarifying questions during the oral presentations, but will not respond formally during the hearing to any comments or information presented at the hearing.",
        due=None,
        vague=False,
        said="2018-04-02 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EPA_COAL_ASH_2018,
        published="2018-04-02",
    ),
    # the same page, 'Pre-Registration': requests 'no later than 5:00 p.m. (Eastern time) on April 19, 2018': 19 April 2018, 17:00 EDT (the next sentences hold no time word; the last line of the opening is cut off)
    B(
        text="Requests to present at the public hearing should be made no later than 5:00 p.m. (Eastern time) on April 19, 2018.",
        due="2018-04-19 21:00:00",
        vague=False,
        said="2018-04-02 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_EPA_COAL_ASH_2018,
        published="2018-04-02",
    ),
    # US Department of Education (with Health and Human Services), Federal Register notice 'Extension of Deadline; Preschool Development Grants-Development Grants and Preschool Development Grants-Expansion Grants' (79 Fed. Reg. 61065, Thursday 9 October 2014), as shown on casetext.com (the heading, the citation lines and the contact text are not quoted): a 'deadline date' extended, with 'FY 2014' naming the competitions and no date of the act: no deadline
    B(
        text="Notice extending deadline date for the FY 2014 grant competitions.",
        due=None,
        vague=False,
        said="2014-10-09 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_PRESCHOOL_9OCT14,
        published="2014-10-09",
    ),
    # the same notice: notices published 'On August 18, 2014': past
    B(
        text="On August 18, 2014, the Departments of Education and Health and Human Services (Departments) published in the Federal Register (79 FR 48853, 79 FR 48873) notices inviting applications for new awards for fiscal year 2014 for the Preschool Development Grants—Development Grants and Preschool Development Grants—Expansion Grants programs.",
        due=None,
        vague=False,
        said="2014-10-09 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_PRESCHOOL_9OCT14,
        published="2014-10-09",
    ),
    # the same notice: a deadline the earlier notices 'established', told of them and replaced two sentences on: past; unsure: 14 October 2014, end of day EDT (the date as it stands in this sentence)
    B(
        text="The notices established October 14, 2014, as the deadline date for eligible applicants to apply for funding under the programs.",
        due=None,
        vague=False,
        said="2014-10-09 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_PRESCHOOL_9OCT14,
        published="2014-10-09",
    ),
    # the same notice: a site 'unavailable ... on October 11-12, 2014', a range, its later end (CONVENTIONS 6.1): 12 October 2014, end of day EDT
    B(
        text="However, the Departments have been informed that the Grants.gov Web site will be unavailable to applicants on October 11-12, 2014, due to a scheduled maintenance outage.",
        due="2014-10-13 03:59:59",
        vague=False,
        said="2014-10-09 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_ED_PRESCHOOL_9OCT14,
        published="2014-10-09",
    ),
    # the same notice: a deadline extended 'to October 15, 2014': 15 October 2014, end of day EDT
    B(
        text="To allow applicants additional time to complete their applications as a result of this outage, we are extending the deadline date for transmittal of applications to October 15, 2014.",
        due="2014-10-16 03:59:59",
        vague=False,
        said="2014-10-09 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED_PRESCHOOL_9OCT14,
        published="2014-10-09",
    ),
    # the same notice, its dates line: 'Deadline for Transmittal of Applications: October 15, 2014': 15 October 2014, end of day EDT
    B(
        text="Deadline for Transmittal of Applications: October 15, 2014.",
        due="2014-10-16 03:59:59",
        vague=False,
        said="2014-10-09 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED_PRESCHOOL_9OCT14,
        published="2014-10-09",
    ),
    # the same notice: 'the August 18, 2014 notices', a date naming the notices, no time for any act: no deadline (the program authority line at the end of the opening is cut off)
    B(
        text="All other information in the August 18, 2014 notices inviting applications for these competitions remains the same, including the application submission instructions.",
        due=None,
        vague=False,
        said="2014-10-09 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_PRESCHOOL_9OCT14,
        published="2014-10-09",
    ),
    # US Department of Education, Federal Register notice 'Direct Grant Programs' (61 FR 5389, Monday 12 February 1996), as archived by the UNT web archive (the Federal Register line, the heading and the agency line are not quoted; the quoted lines are joined where the page wraps them): 'deadline dates' extended, no date in this sentence: no deadline
    B(
        text="ACTION: Notice of extension of application deadline dates for certain direct grant programs.",
        due=None,
        vague=False,
        said="1996-02-12 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_DEADLINES_12FEB96,
        published="1996-02-12",
    ),
    # the same notice, its summary: 'extends the deadline dates', no date: no deadline
    B(
        text="SUMMARY: The Secretary extends the deadline dates for the submission of applications under certain direct grant programs.",
        due=None,
        vague=False,
        said="1996-02-12 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_DEADLINES_12FEB96,
        published="1996-02-12",
    ),
    # the same summary: competitions the officers 'have announced' for 'fiscal year (FY) 1996': past
    B(
        text="These are some of the programs under which the Secretary or other principal officers of the Department have announced competitions for new awards for fiscal year (FY) 1996.",
        due=None,
        vague=False,
        said="1996-02-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_DEADLINES_12FEB96,
        published="1996-02-12",
    ),
    # the same summary: 'revises the deadlines', no date: no deadline
    B(
        text="The Secretary also revises the deadlines for intergovernmental review for any of these programs subject to the requirements of Executive Order 12372 (Intergovernmental Review of Federal Programs).",
        due=None,
        vague=False,
        said="1996-02-12 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_DEADLINES_12FEB96,
        published="1996-02-12",
    ),
    # the same summary: 'more time' with no date, and a closure 'for a number of weeks' already over: past
    B(
        text="The Secretary takes this action to allow more time for the preparation and submission of applications by potential applicants adversely affected by the closure of the Department for a number of weeks.",
        due=None,
        vague=False,
        said="1996-02-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_DEADLINES_12FEB96,
        published="1996-02-12",
    ),
    # the same notice, 'DATES': the new deadline 'is March 13, 1996': 13 March 1996, end of day EST
    B(
        text="DATES: Group I: The new deadline date for applications under each program listed under the heading ``Group I'' is March 13, 1996.",
        due="1996-03-14 04:59:59",
        vague=False,
        said="1996-02-12 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED_DEADLINES_12FEB96,
        published="1996-02-12",
    ),
    # the same dates: 'deadline date' explained by a rule's number, no date: no deadline
    B(
        text="(For an explanation of deadline date for applications, please see the Department of Education General Administrative Regulations (EDGAR), 34 CFR 75.102.)",
        due=None,
        vague=False,
        said="1996-02-12 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_DEADLINES_12FEB96,
        published="1996-02-12",
    ),
    # the same dates: a deadline that 'is May 13, 1996': 13 May 1996, end of day EDT (the next line, on Group II, is cut off by the end of the opening)
    B(
        text="For programs in Group I that are subject to Executive Order 12372, the deadline date for the transmittal of State Process Recommendations by State Single Points of Contact (SPOCs) and comments by other interested parties is May 13, 1996.",
        due="1996-05-14 03:59:59",
        vague=False,
        said="1996-02-12 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED_DEADLINES_12FEB96,
        published="1996-02-12",
    ),
    # US Department of Education, Federal Register notice 'Direct Grant Programs' (70 FR 58696, Friday 7 October 2005), on www2.ed.gov (the document and register lines are not quoted; the quoted lines are joined where the page wraps them; the eligibility paragraph, broken and cut off by the end of the opening, is not quoted): 'deadline dates' extended, no date: no deadline
    B(
        text="ACTION: Notice reopening competitions or extending application deadline dates for certain direct grant and fellowship programs.",
        due=None,
        vague=False,
        said="2005-10-07 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_KATRINA_7OCT05,
        published="2005-10-07",
    ),
    # the same notice, its summary: 'extends the deadline dates', no date: no deadline
    B(
        text="SUMMARY: The Secretary extends the deadline dates for the submission of applications for several programs.",
        due=None,
        vague=False,
        said="2005-10-07 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_KATRINA_7OCT05,
        published="2005-10-07",
    ),
    # the same summary: awards 'for fiscal year (FY) 2006', the fiscal year naming the awards: no deadline; unsure: 30 September 2006, end of day EDT (the fiscal year's end, if the awards must be made within it)
    B(
        text="In all of the affected competitions the Secretary is making new awards for fiscal year (FY) 2006.",
        due=None,
        vague=False,
        said="2005-10-07 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_ED_KATRINA_7OCT05,
        published="2005-10-07",
    ),
    # the same summary: 'more time' with no date: no deadline
    B(
        text="The Secretary takes this action to allow more time for the preparation and submission of applications by potential applicants who have been affected by Hurricanes Katrina and/or Rita and are located in Louisiana, Texas, Alabama, Mississippi, and Florida.",
        due=None,
        vague=False,
        said="2005-10-07 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_KATRINA_7OCT05,
        published="2005-10-07",
    ),
    # US Department of Education, notice 'Reopening the Fiscal Year (FY) 2019 Competition for Certain Eligible Applicants; Education Innovation and Research Program-Expansion Grants' (Item Date 04/19/2019, Friday 19 April 2019; the heading and the item date line are not quoted): a competition reopened, 'FY 2019' naming it, no date for the act: no deadline
    B(
        text="In order to afford eligible applicants the opportunity to apply, the Assistant Secretary for Elementary and Secondary Education reopens, for certain prospective eligible applicants, the FY 2019 Education Innovation and Research Expansion competition, Catalog of Federal Domestic Assistance (CFDA) number 84.411A.",
        due=None,
        vague=False,
        said="2019-04-19 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_EIR_19APR19,
        published="2019-04-19",
    ),
    # the same notice: 'more time' with no date: no deadline
    B(
        text="The Assistant Secretary takes this action to allow more time for the preparation and submission of applications by prospective eligible applicants affected by the severe storms and flooding in parts of Iowa, Nebraska, and Alabama, as well as areas impacted by the Ironworks Fire in New Mexico, which have been designated for Individual Assistance or Public Assistance under Presidential major disaster or fire management assistance declarations under DR-4421, DR-4420, DR-4419, and FM-5281, respectively.",
        due=None,
        vague=False,
        said="2019-04-19 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ED_EIR_19APR19,
        published="2019-04-19",
    ),
    # US Senator Mark R. Warner, press release on the extension of Temporary Protected Status re-registration periods (the opening shows no date; its 'Today' answers DHS's announcement of Friday 8 September 2023, the day it is read at, and every label of this page holds for any day from 8 September 2023 to 9 March 2025; the heading is not quoted; the sentence on the letters and the list's lead-in hold no time word): 'Today, ... praised', told as done: past
    B(
        text="WASHINGTON – Today, U.S. Sens. Mark R. Warner and Tim Kaine (both D-VA) praised an announcement by the Department of Homeland Security (DHS) that it will extend the re-registration period for Temporary Protected Status (TPS) for migrants from countries including El Salvador, Honduras, Nicaragua, and Sudan.",
        due=None,
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WARNER_TPS_2023,
        published="2023-09-08",
    ),
    # the same release: time 'from 60-days to the full 18-month validity period for each country', spans that run from each designation, undated here (CONVENTIONS 1.3): event; unsure: 5 July 2025, end of day EDT (the latest end the release lists)
    B(
        text="This move will extend the amount of time allotted for TPS recipients to re-register for the program and its benefits from 60-days to the full 18-month validity period for each country with a TPS designation.",
        due=None,
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_WARNER_TPS_2023,
        published="2023-09-08",
    ),
    # the same release, the senators quoted (the first two sentences of the quote hold no time word): 'the additional time they need', no date: no deadline
    B(
        text="This needed extension will provide these individuals – who are unable to safely return to their countries of origin due to extreme circumstances – with the additional time they need to carefully navigate the re-registration process and ensure that they can retain their lawful status, continue to work legally, and avoid deportation,” said the senators.",
        due=None,
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_WARNER_TPS_2023,
        published="2023-09-08",
    ),
    # the same release: an Act 'of 1990' naming the law and a 'temporary' programme, no time for any act: no deadline
    B(
        text="Established by the U.S. Congress through the Immigration Act of 1990, TPS is a temporary, renewable program that provides relief from deportation and access to a work permit for foreign nationals from certain countries who are unable to return safely to their home country due to natural disasters, armed conflicts, or other extraordinary conditions.",
        due=None,
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_WARNER_TPS_2023,
        published="2023-09-08",
    ),
    # the same release, a point of the list of periods: a window 'July 12, 2023, through March 9, 2025', its later end (CONVENTIONS 1.1 and 6.1): 9 March 2025, end of day EST
    B(
        text="El Salvador: July 12, 2023, through March 9, 2025",
        due="2025-03-10 03:59:59",
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_WARNER_TPS_2023,
        published="2023-09-08",
    ),
    # the same list: 'November 6, 2023, through July 5, 2025': 5 July 2025, end of day EDT
    B(
        text="Honduras: November 6, 2023, through July 5, 2025",
        due="2025-07-06 03:59:59",
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_WARNER_TPS_2023,
        published="2023-09-08",
    ),
    # the same list: 'October 24, 2023, through June 24, 2025': 24 June 2025, end of day EDT
    B(
        text="Nepal: October 24, 2023, through June 24, 2025",
        due="2025-06-25 03:59:59",
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_WARNER_TPS_2023,
        published="2023-09-08",
    ),
    # the same list: 'November 6, 2023, through July 5, 2025': 5 July 2025, end of day EDT (the next point is cut off by the end of the opening)
    B(
        text="Nicaragua: November 6, 2023, through July 5, 2025",
        due="2025-07-06 03:59:59",
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_WARNER_TPS_2023,
        published="2023-09-08",
    ),
    # US Department of Homeland Security, news release 'DHS Publishes Federal Register Notice Announcing the Extensions of Re-Registration Periods for Temporary Protected Status for El Salvador, Haiti, Honduras, Nepal, Nicaragua, and Sudan', as reposted on 311immigration.com (the opening shows no date; read at Wednesday 13 December 2023, the day of the notice it tells of, and every label of this page holds for any day from 9 September 2023 to 2024; the heading is not quoted, nor the lead-in 'The 18-month re-registration period ... under the designation of:', whose list the copy lost): 'today published', told as done, and 'its September announcement': past
    B(
        text="WASHINGTON – Consistent with its September announcement, the Department of Homeland Security today published a Federal Register notice reiterating the extensions of the periods to re-register for Temporary Protected Status (TPS) under the existing designations of El Salvador, Haiti, Honduras, Nepal, Nicaragua, and Sudan.",
        due=None,
        vague=False,
        said="2023-12-13 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DHS_TPS_13DEC23,
        published="2023-12-13",
    ),
    # the same release: periods changing 'from 60 days to the full length of each country’s current TPS designation extension', ends this release does not date (CONVENTIONS 1.3): event
    B(
        text="As previously announced, the re-registration period for each country is changing from 60 days to the full length of each country’s current TPS designation extension.",
        due=None,
        vague=False,
        said="2023-12-13 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_DHS_TPS_13DEC23,
        published="2023-12-13",
    ),
    # the same release: 'at any time during the full extensions', a window this release does not date: event
    B(
        text="Extending re-registration allows current TPS beneficiaries to submit Form I-821, Application for Temporary Protected Status, at any time during the full extensions of the TPS designations of these six countries.",
        due=None,
        vague=False,
        said="2023-12-13 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_DHS_TPS_13DEC23,
        published="2023-12-13",
    ),
    # the same release: 'during the full extension period', undated here: event
    B(
        text="They also may submit Form I-765, Application for Employment Authorization, to obtain an Employment Authorization Document, if desired, during the full extension period.",
        due=None,
        vague=False,
        said="2023-12-13 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_DHS_TPS_13DEC23,
        published="2023-12-13",
    ),
    # the same release: 'the previously announced extensions': past
    B(
        text="This announcement does not change the previously announced extensions of the TPS designations for these six countries, and it does not change the eligibility requirements.",
        due=None,
        vague=False,
        said="2023-12-13 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DHS_TPS_13DEC23,
        published="2023-12-13",
    ),
    # the same release: filed 'during a previous registration period': past
    B(
        text="This re-registration extension is solely for TPS beneficiaries who properly filed for TPS during a previous registration period.",
        due=None,
        vague=False,
        said="2023-12-13 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DHS_TPS_13DEC23,
        published="2023-12-13",
    ),
    # the same release: 'previously announced on June 13, 2023' an extension 'for 18 months': past
    B(
        text="Secretary of Homeland Security Alejandro N. Mayorkas previously announced on June 13, 2023, that he would rescind the previous administration’s terminations of TPS designations for El Salvador, Honduras, Nepal and Nicaragua and extend the TPS designations for these countries for 18 months.",
        due=None,
        vague=False,
        said="2023-12-13 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DHS_TPS_13DEC23,
        published="2023-12-13",
    ),
    # the same release: periods 'initially set at 60 days', then reevaluated: past
    B(
        text="Re-registration periods under these TPS designations were initially set at 60 days; however, DHS reevaluated the length of the re-registration period due to the unique circumstances surrounding these designations.",
        due=None,
        vague=False,
        said="2023-12-13 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DHS_TPS_13DEC23,
        published="2023-12-13",
    ),
    # the same release: 'On Sept. 8, 2023, DHS announced': past (the next sentence is cut off by the end of the opening)
    B(
        text="On Sept. 8, 2023, DHS announced the extension of the re-registration periods for these six TPS designations to the full length of the TPS designation extension.",
        due=None,
        vague=False,
        said="2023-12-13 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DHS_TPS_13DEC23,
        published="2023-12-13",
    ),
    # US Citizenship and Immigration Services, news item 'DHS Extends TPS Re-registration Periods for El Salvador, Haiti, Honduras, Nepal, Nicaragua and Sudan to 18 Months', as reposted by Homeland Security Today (the page shows the site's date Monday 11 September 2023; read at Friday 8 September 2023, the day of DHS's announcement, and the labels hold for any day of September 2023 except the vague one, which counts from that day; the site header, the heading, the subhead (repeated in the body), the byline, the photo credit, the lead-in 'The 18-month re-registration period under the designation of:', 'Read more at USCIS' and the site's links are not quoted): periods extended 'from 60 days to 18 months', spans from designations this sentence does not date (CONVENTIONS 1.3): event; unsure: 5 July 2025, end of day EDT (the latest end the list gives)
    B(
        text="The Department of Homeland Security (DHS) is extending from 60 days to 18 months the periods to re-register for Temporary Protected Status (TPS) under the designations of El Salvador, Haiti, Honduras, Nepal, Nicaragua and Sudan.",
        due=None,
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USCIS_TPS_8SEP23,
        published="2023-09-08",
    ),
    # the same item, a point of the list: 'now runs through March 9, 2025' (CONVENTIONS 3.3): 9 March 2025, end of day EST
    B(
        text="El Salvador now runs through March 9, 2025;",
        due="2025-03-10 03:59:59",
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCIS_TPS_8SEP23,
        published="2023-09-08",
    ),
    # the same list: 'through Aug. 3, 2024': 3 August 2024, end of day EDT
    B(
        text="Haiti now runs through Aug. 3, 2024;",
        due="2024-08-04 03:59:59",
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCIS_TPS_8SEP23,
        published="2023-09-08",
    ),
    # the same list: 'through July 5, 2025': 5 July 2025, end of day EDT
    B(
        text="Honduras now runs through July 5, 2025;",
        due="2025-07-06 03:59:59",
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCIS_TPS_8SEP23,
        published="2023-09-08",
    ),
    # the same list: 'through June 24, 2025': 24 June 2025, end of day EDT
    B(
        text="Nepal now runs through June 24, 2025;",
        due="2025-06-25 03:59:59",
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCIS_TPS_8SEP23,
        published="2023-09-08",
    ),
    # the same list: 'through July 5, 2025': 5 July 2025, end of day EDT
    B(
        text="Nicaragua now runs through July 5, 2025; and",
        due="2025-07-06 03:59:59",
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCIS_TPS_8SEP23,
        published="2023-09-08",
    ),
    # the same list: 'through April 19, 2025': 19 April 2025, end of day EDT
    B(
        text="Sudan now runs through April 19, 2025.",
        due="2025-04-20 03:59:59",
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCIS_TPS_8SEP23,
        published="2023-09-08",
    ),
    # the same item: 'at any time during the 18-month extensions', a window whose ends the list gives by country: event; unsure: 5 July 2025, end of day EDT (the latest end listed)
    B(
        text="This re-registration extension will allow TPS beneficiaries to submit Form I-821, Application for Temporary Protected Status, and Form I-765, Application for Employment Authorization, at any time during the 18-month extensions of the TPS designations of these six countries.",
        due=None,
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USCIS_TPS_8SEP23,
        published="2023-09-08",
    ),
    # the same item: a notice published 'soon', a vague window of 60 days (CONVENTIONS 5.1): 7 November 2023, end of day EST; unsure: 10 November 2023 (counted from the 11 September the page shows)
    B(
        text="USCIS will publish a Federal Register notice for this re-registration extension soon.",
        due="2023-11-08 04:59:59",
        vague=True,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USCIS_TPS_8SEP23,
        published="2023-09-08",
    ),
    # the same item: 'the previously announced extensions': past
    B(
        text="Note that this announcement does not change the previously announced extensions of the TPS designations for these six countries, and it does not change the eligibility requirements.",
        due=None,
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USCIS_TPS_8SEP23,
        published="2023-09-08",
    ),
    # the same item: 'the period when' beneficiaries may re-register, no date: no deadline
    B(
        text="It extends the period when existing beneficiaries may re-register for their benefits.",
        due=None,
        vague=False,
        said="2023-09-08 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USCIS_TPS_8SEP23,
        published="2023-09-08",
    ),
    # NASA, news release 11-282 'NASA Earth-Observing Satellite Arrives in California for Launch' (Wednesday 31 August 2011), as archived by a mailing list on aus-city.com, whose copy drops most full stops (the date line, the contacts, the release number and the heading are not quoted; lines are quoted as the copy gives them; the line on a new generation of satellites holds no time word): an arrival 'On Tuesday, Aug 30', done, to prepare 'an October launch', a launch planned in a month (CONVENTIONS 3.1): 31 October 2011, end of day EDT; unsure: past (the main clause tells an arrival already done)
    B(
        text="WASHINGTON -- On Tuesday, Aug 30, NASA's next Earth-observing research satellite arrived at Vandenberg Air Force Base in California to begin preparations for an October launch",
        due="2011-11-01 03:59:59",
        vague=False,
        said="2011-08-31 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NASA_NPP_31AUG11,
        published="2011-08-31",
    ),
    # the same release: 'long-term' and 'short-term' name kinds of change, no time for any act: no deadline
    B(
        text="The satellite will collect critical data to improve our understanding of long-term climate change and short-term weather conditions With NPP, NASA continues many key data records initiated by the agency's Earth Observing System satellites by monitoring changes occurring in the atmosphere, oceans, vegetation, ice and solid Earth",
        due=None,
        vague=False,
        said="2011-08-31 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA_NPP_31AUG11,
        published="2011-08-31",
    ),
    # the same release: 'On Aug 28' and 'After Tuesday's arrival', acts done: past
    B(
        text="On Aug 28, NPP was placed in a shipping container and loaded on a transport truck at Ball Aerospace & Technologies Corp in Boulder, Colo After Tuesday's arrival, the satellite was unloaded and moved into the clean room at the AstroTech facility for launch preparation",
        due=None,
        vague=False,
        said="2011-08-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASA_NPP_31AUG11,
        published="2011-08-31",
    ),
    # the same release, the project manager quoted: 'during the past year and a half': past
    B(
        text='"The NPP team has produced an outstanding satellite and kept to schedule during the past year and a half," said Ken Schwer, NPP project manager at NASA\'s Goddard Space Flight Center in Greenbelt, Md "The world is looking forward to NPP\'s scientific measurements "',
        due=None,
        vague=False,
        said="2011-08-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASA_NPP_31AUG11,
        published="2011-08-31",
    ),
    # the same release: 'prelaunch processing' and fuelling 'Following these tests', hung on undated tests: event (the next line is cut off by the end of the opening)
    B(
        text="The NPP spacecraft will undergo prelaunch processing at Vandenberg, including a solar array functional test; a spacecraft limited performance test; and testing of the science instruments Following these tests and a spacecraft launch simulation, the satellite will be fueled with its attitude control propellant",
        due=None,
        vague=False,
        said="2011-08-31 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA_NPP_31AUG11,
        published="2011-08-31",
    ),
    # US Department of State, notice 'Suspension of Routine Visa Services' (Last Updated: March 20, 2020, Friday), as quoted in full by Butzel Long in an alert of the same day (only the Department's words are quoted; the firm's text, the heading, the date line, the lines without a time word and the last point, cut off by the end of the opening, are not): 'temporarily suspending', no end given: no deadline
    B(
        text="In response to significant worldwide challenges related to the COVID-19 pandemic, the Department of State is temporarily suspending routine visa services at all U.S. Embassies and Consulates.",
        due=None,
        vague=False,
        said="2020-03-20 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_VISAS_20MAR20,
        published="2020-03-20",
    ),
    # the same notice: appointments cancelled 'as of March 20, 2020', a one-off act on a day (CONVENTIONS 3.1): 20 March 2020, end of day EDT
    B(
        text="Embassies and consulates will cancel all routine immigrant and nonimmigrant visa appointments as of March 20, 2020.",
        due="2020-03-21 03:59:59",
        vague=False,
        said="2020-03-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_STATE_VISAS_20MAR20,
        published="2020-03-20",
    ),
    # the same notice: services resumed 'as soon as possible', a vague window of 60 days (CONVENTIONS 5.1), 'at this time' on the present: 19 May 2020, end of day EDT
    B(
        text="Our overseas missions will resume routine visa services as soon as possible but are unable to provide a specific date at this time.",
        due="2020-05-20 03:59:59",
        vague=True,
        said="2020-03-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_STATE_VISAS_20MAR20,
        published="2020-03-20",
    ),
    # The White House, Office of the Press Secretary, 'Press Briefing by Ari Fleischer' (Wednesday 19 December 2001; the page's time stamp 12:43 P.M. EST is taken as the moment of speaking; the site navigation, the release lines, the time stamp, the speaker's name and the greeting 'Good afternoon.' are not quoted): 'the President's day', no time for any act: no deadline
    B(
        text="Let me give you an update ont President's day, and then we have several visits of leaders to announce.",
        due=None,
        vague=False,
        said="2001-12-19 17:43:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_FLEISCHER_19DEC01,
        published="2001-12-19",
    ),
    # the same briefing: 'this morning began his day', done: past
    B(
        text="The President this morning began his day with a call to President Putin.",
        due=None,
        vague=False,
        said="2001-12-19 17:43:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_FLEISCHER_19DEC01,
        published="2001-12-19",
    ),
    # the same briefing: 'in just a moment', a span of no stated length within the briefing, not one of the documented vague words: no deadline; unsure: a few minutes after 12:43 EST
    B(
        text="I'll return to that in just a moment.",
        due=None,
        vague=False,
        said="2001-12-19 17:43:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_FLEISCHER_19DEC01,
        published="2001-12-19",
    ),
    # the same briefing: briefings 'Following the call' and 'then' a meeting, done: past
    B(
        text="Following the call, the President had his usual round of intelligence briefings, one with the Central Intelligence Agency, the second with the Federal Bureau of Investigation; then he convened a meeting with the National Security Council.",
        due=None,
        vague=False,
        said="2001-12-19 17:43:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_FLEISCHER_19DEC01,
        published="2001-12-19",
    ),
    # the same briefing: 'returned just a little over an hour or so ago': past (the two sentences on the votes hold no time word)
    B(
        text="The President also returned just a little over an hour or so ago from a visit to Capitol Hill in which the President met with and addressed a group of Democratic House lawmakers, and he met with a group of bipartisan congressional leaders of both sides, the Senate and the House, in announcing an agreement on a bipartisan stimulus package.",
        due=None,
        vague=False,
        said="2001-12-19 17:43:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_FLEISCHER_19DEC01,
        published="2001-12-19",
    ),
    # the same briefing: 'then addressed', 'a year of accomplishment': past
    B(
        text="The President then addressed the House Republican Conference, as well as the Senate Republican Conference, to congratulate them on a year of accomplishment.",
        due=None,
        vague=False,
        said="2001-12-19 17:43:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_FLEISCHER_19DEC01,
        published="2001-12-19",
    ),
    # the same briefing: 'Later this afternoon', the afternoon ending at 18:00 (the parser's docstring): 19 December 2001, 18:00 EST
    B(
        text='Later this afternoon, the President will view and inspect the "Spirit of Louisiana," which is a fire truck which is going to be donated to the City of New York from the people of Louisiana.',
        due="2001-12-19 23:00:00",
        vague=False,
        said="2001-12-19 17:43:00",
        tz="America/New_York",
        cluster=2,
        source=_WH_FLEISCHER_19DEC01,
        published="2001-12-19",
    ),
    # the same briefing: 'the events ... for the day', no time for any act: no deadline (the next sentence is cut off by the end of the opening)
    B(
        text="And those are the events for the President for the day.",
        due=None,
        vague=False,
        said="2001-12-19 17:43:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_FLEISCHER_19DEC01,
        published="2001-12-19",
    ),
    # The White House, Office of the Press Secretary, 'Press Briefing by Ari Fleischer' (Friday 12 July 2002, printer version; the time stamp 12:02 P.M. EDT is taken as the moment of speaking; the release lines, the speaker's name and the greetings 'Happy Friday at the White House.' and 'A special welcome today to the press corps.' are not quoted): 'this morning began', done: past
    B(
        text="The President this morning began with his usual round of intelligence briefings, followed by an FBI briefing, and then he had a meeting with the National Security Council.",
        due=None,
        vague=False,
        said="2002-07-12 16:02:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_FLEISCHER_12JUL02,
        published="2002-07-12",
    ),
    # the same briefing: 'Then ... made remarks', an award named by '2001': past
    B(
        text="Then the President made remarks to the recipients of the 2001 Presidential Early Career Awards for Scientists and Engineers, at which he promoted the importance of science and technology research.",
        due=None,
        vague=False,
        said="2002-07-12 16:02:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_FLEISCHER_12JUL02,
        published="2002-07-12",
    ),
    # the same briefing: a meeting 'In approximately one hour', an hour counted as an exact instant from the moment of speaking (the parser's docstring): 12 July 2002, 13:02 EDT
    B(
        text="In approximately one hour, the President is going to have the first meeting with the Corporate Fraud Task Force.",
        due="2002-07-12 17:02:00",
        vague=False,
        said="2002-07-12 16:02:00",
        tz="America/New_York",
        cluster=2,
        source=_WH_FLEISCHER_12JUL02,
        published="2002-07-12",
    ),
    # the same briefing: 'met earlier this morning': past (the next sentence holds no time word)
    B(
        text="The Corporate Fraud Task Force met earlier this morning at the Department of Justice.",
        due=None,
        vague=False,
        said="2002-07-12 16:02:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_FLEISCHER_12JUL02,
        published="2002-07-12",
    ),
    # the same briefing: 'his Tuesday speech', a day naming a speech given, no time for the act: no deadline
    B(
        text="The President views this as an important priority to put into effect the words of his Tuesday speech, to crack down on corporate corruption, and to prosecute people who are involved in fraud and wrongdoing in corporate America.",
        due=None,
        vague=False,
        said="2002-07-12 16:02:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_FLEISCHER_12JUL02,
        published="2002-07-12",
    ),
    # the same briefing: a departure 'Following the meeting', hung on the meeting the sentence before times only roughly: event; unsure: 12 July 2002, end of day EDT (the day's schedule)
    B(
        text="Following the meeting, the President will depart for Camp David, where at Camp David the President will make a visit to a nearby Camp Greentop, which is the home to some disabled children and adults who live in the Camp David area.",
        due=None,
        vague=False,
        said="2002-07-12 16:02:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_WH_FLEISCHER_12JUL02,
        published="2002-07-12",
    ),
    # the same briefing: questions taken 'then', after a statement of no stated length: event (the next sentences hold no time word; the last one is cut off by the end of the opening)
    B(
        text="One final statement, then I'll be happy to take questions.",
        due=None,
        vague=False,
        said="2002-07-12 16:02:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_WH_FLEISCHER_12JUL02,
        published="2002-07-12",
    ),
    # The White House, Office of the Press Secretary, 'Press Briefing by Ari Fleischer' (Wednesday 7 November 2001, text version; the time stamp 11:57 A.M. EST is taken as the moment of speaking; the site navigation, the release lines, the list of topics and the speaker's name are not quoted; the sentences on the Kuwaiti meeting hold no time word): 'the President's day', no time for any act: no deadline
    B(
        text="Let me give you an update on the President's day and a couple of announcements.",
        due=None,
        vague=False,
        said="2001-11-07 16:57:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_FLEISCHER_7NOV01,
        published="2001-11-07",
    ),
    # the same briefing: 'this morning had', done: past
    B(
        text="The President this morning had his usual round of briefings from the intelligence community, as well as from the FBI, about the status of the investigations.",
        due=None,
        vague=False,
        said="2001-11-07 16:57:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_FLEISCHER_7NOV01,
        published="2001-11-07",
    ),
    # the same briefing: a departure 'shortly', a vague window of 60 days (CONVENTIONS 5.1): 6 January 2002, end of day EST
    B(
        text="The President will depart the White House shortly for an event in Tyson's Corner, Virginia, where he will visit the Financial Crime Enforcement Network.",
        due="2002-01-07 04:59:59",
        vague=True,
        said="2001-11-07 16:57:00",
        tz="America/New_York",
        cluster=6,
        source=_WH_FLEISCHER_7NOV01,
        published="2001-11-07",
    ),
    # the same briefing: 'at this event', hung on an event this sentence does not date: event (the next sentence is cut off by the end of the opening)
    B(
        text="This is a joint operation center that's operated by the Department of Treasury, and at this event the President will announce additional actions on the financial war against the terrorists.",
        due=None,
        vague=False,
        said="2001-11-07 16:57:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_WH_FLEISCHER_7NOV01,
        published="2001-11-07",
    ),
    # The White House, Office of the Press Secretary, 'Press Briefing by Ari Fleischer' (Tuesday 25 September 2001; the time stamp 12:50 P.M. EDT is taken as the moment of speaking; the release lines, the index of topics, the speaker's name and the greeting 'Good afternoon.' are not quoted; lines are joined where the page wraps them): 'the President's day-to-day' and 'then', no time for any act: no deadline
    B(
        text="Let me give you an update on the President's day-to-day, and then share some other information with you.",
        due=None,
        vague=False,
        said="2001-09-25 16:50:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_FLEISCHER_25SEP01,
        published="2001-09-25",
    ),
    # the same briefing: 'began his day', done: past (the next sentence holds no time word)
    B(
        text="The President, as many of you know, began his day with a meeting of the bipartisan congressional leadership.",
        due=None,
        vague=False,
        said="2001-09-25 16:50:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_FLEISCHER_25SEP01,
        published="2001-09-25",
    ),
    # the same briefing: 'this morning' and 'then', done: past
    B(
        text="He had his intelligence briefing and a briefing with the FBI this morning, and then he convened a meeting of the National Security Council.",
        due=None,
        vague=False,
        said="2001-09-25 16:50:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_FLEISCHER_25SEP01,
        published="2001-09-25",
    ),
    # the same briefing: 'has just concluded', done, and a departure 'shortly', a vague window of 60 days (CONVENTIONS 5.1): 24 November 2001, end of day EST (the next sentence holds no time word)
    B(
        text="He has just concluded a meeting with the Prime Minister of Japan, where they discussed ways the United States and Japan will cooperate in fighting against terrorism, and he will depart shortly for the Federal Bureau of Investigation, where he will thank the workers there for the role that they have been playing in the war on terrorism.",
        due="2001-11-25 04:59:59",
        vague=True,
        said="2001-09-25 16:50:00",
        tz="America/New_York",
        cluster=6,
        source=_WH_FLEISCHER_25SEP01,
        published="2001-09-25",
    ),
    # the same briefing: travel 'on Thursday', the next Thursday: 27 September 2001, end of day EDT (the next sentence is cut off by the end of the opening)
    B(
        text="The President will also travel to Chicago on Thursday to meet with airline workers at O'Hare Airport.",
        due="2001-09-28 03:59:59",
        vague=False,
        said="2001-09-25 16:50:00",
        tz="America/New_York",
        cluster=6,
        source=_WH_FLEISCHER_25SEP01,
        published="2001-09-25",
    ),
    # Environment Agency (GOV.UK), news story 'Severe flood warnings removed but river levels remain high' (Friday 1 January 2016, the day its text names; the moment of speaking is taken at 14:00 GMT, after the '13.30' it reports), as reposted on green-connect.de (the heading, the photo and its caption, the link line 'Read Winter flooding 2015: ...' and the sentences without a time word are not quoted): levels falling 'over the weekend', the definite time beating the vague 'several more days' (the parser's docstring): Sunday 3 January 2016, end of day GMT
    B(
        text="River levels are expected to remain high for several more days, especially in parts of Yorkshire, but will gradually fall over the weekend.",
        due="2016-01-03 23:59:59",
        vague=False,
        said="2016-01-01 14:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA_FLOODS_1JAN16,
        published="2016-01-01",
    ),
    # the same story: 'over the coming days', a vague window of 7 days (the parser's docstring): 8 January 2016, end of day GMT
    B(
        text="The River Severn will remain high in places, bringing a low risk of flooding in Shropshire, Telford and Wrekin, Worcestershire and Gloucestershire over the coming days.",
        due="2016-01-08 23:59:59",
        vague=True,
        said="2016-01-01 14:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA_FLOODS_1JAN16,
        published="2016-01-01",
    ),
    # the same story: rainfall forecast 'through the weekend': Sunday 3 January 2016, end of day GMT
    B(
        text="The Met Office is forecasting further rainfall through the weekend, particularly across the south and west of England and Northumberland.",
        due="2016-01-03 23:59:59",
        vague=False,
        said="2016-01-01 14:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA_FLOODS_1JAN16,
        published="2016-01-01",
    ),
    # the same story: figures 'As of 13.30 on 1 January', a time already passed: past
    B(
        text="As of 13.30 on 1 January there are 15 flood warnings and 70 flood alerts in place across England.",
        due=None,
        vague=False,
        said="2016-01-01 14:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA_FLOODS_1JAN16,
        published="2016-01-01",
    ),
    # the same story: warnings updated 'every 15 minutes', a standing practice (CONVENTIONS 1.3): recurring
    B(
        text="Flood warnings are updated on the Environment Agency website every 15 minutes.",
        due=None,
        vague=False,
        said="2016-01-01 14:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_EA_FLOODS_1JAN16,
        published="2016-01-01",
    ),
    # the same story: 'now' on a present state and the Ouse high 'over the coming days', a vague window of 7 days: 8 January 2016, end of day GMT
    B(
        text="York's Foss Barrier is now operational following emergency work and flood waters in the city have receded, although the community should remain vigilant as the River Ouse will remain high over the coming days.",
        due="2016-01-08 23:59:59",
        vague=True,
        said="2016-01-01 14:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA_FLOODS_1JAN16,
        published="2016-01-01",
    ),
    # the same story: 'since the start of December': past
    B(
        text="The country has faced an extraordinary period of severe weather and flooding since the start of December.",
        due=None,
        vague=False,
        said="2016-01-01 14:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA_FLOODS_1JAN16,
        published="2016-01-01",
    ),
    # the same story: 'the wettest December on record': past
    B(
        text="Cumbria has faced the wettest December on record.",
        due=None,
        vague=False,
        said="2016-01-01 14:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA_FLOODS_1JAN16,
        published="2016-01-01",
    ),
    # the same story: 'over the past week': past (the next sentences hold no time word; the last one is cut off by the end of the opening)
    B(
        text="Across the north of England over the past week more than 7,300 homes have flooded as river levels reached all time highs.",
        due=None,
        vague=False,
        said="2016-01-01 14:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA_FLOODS_1JAN16,
        published="2016-01-01",
    ),
    # The Wikipedia Signpost, 'Board elections closed; results pending' (Monday 9 July 2007; the site lines, the heading, the byline and the series box of dates, navigation of the series, are not quoted): the issue that 'This week ... covers' the closing, a present act with a period word, read as due at the week's end: Sunday 15 July 2007, end of day UTC; unsure: no deadline (the issue itself is the act, done as it is published)
    B(
        text="This week, the Signpost covers the closing of this year's Board elections.",
        due="2007-07-15 23:59:59",
        vague=False,
        said="2007-07-09 10:00:00",
        tz="UTC",
        cluster=4,
        source=_SIGNPOST_9JUL07,
        published="2007-07-09",
    ),
    # the same story: elections that 'closed this Saturday' (7 July): past
    B(
        text="The Wikimedia Board Elections closed this Saturday, with 4,713 unique votes from across numerous Wikimedia Foundation wikis.",
        due=None,
        vague=False,
        said="2007-07-09 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_SIGNPOST_9JUL07,
        published="2007-07-09",
    ),
    # the same story: results 'expected to be released on Sunday, July 15': 15 July 2007, end of day UTC (the next sentence holds no time word)
    B(
        text="The results of the elections are expected to be released on Sunday, July 15.",
        due="2007-07-15 23:59:59",
        vague=False,
        said="2007-07-09 10:00:00",
        tz="UTC",
        cluster=6,
        source=_SIGNPOST_9JUL07,
        published="2007-07-09",
    ),
    # the same story: 'After this is completed', hung on an undated review: event
    B(
        text="After this is completed, Software in the Public Interest will tally the votes, and forward the results to the Election Committee.",
        due=None,
        vague=False,
        said="2007-07-09 10:00:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_SIGNPOST_9JUL07,
        published="2007-07-09",
    ),
    # the same story: 'two-year terms', spans from an undated taking of office: event
    B(
        text="The top three of the fifteen candidates standing will receive two-year terms on the Board.",
        due=None,
        vague=False,
        said="2007-07-09 10:00:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_SIGNPOST_9JUL07,
        published="2007-07-09",
    ),
    # the same story: 'Before the winning candidates officially take their positions', hung on an undated event: event
    B(
        text="Before the winning candidates officially take their positions, the Board of Trustees must officially certify the elections in order for their results to be valid, a move that is likely to be merely a formality.",
        due=None,
        vague=False,
        said="2007-07-09 10:00:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_SIGNPOST_9JUL07,
        published="2007-07-09",
    ),
    # the same story: 'Last week, a minor controversy erupted': past
    B(
        text="Last week, a minor controversy erupted over mailings sent by Gregory Maxwell, urging English Wikipedians and Wikimedia Commons users to vote in the elections.",
        due=None,
        vague=False,
        said="2007-07-09 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_SIGNPOST_9JUL07,
        published="2007-07-09",
    ),
    # the same story: users who 'had not yet voted', a mailing sent: past
    B(
        text="The mailing, which was sent to active Wikipedians who had not yet voted in the elections, was viewed by some as helpful in reminding users to cast their vote.",
        due=None,
        vague=False,
        said="2007-07-09 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_SIGNPOST_9JUL07,
        published="2007-07-09",
    ),
    # the same story: 'by the time the elections closed': past
    B(
        text="Others viewed the notice as an abuse of the e-mail system, and unfairly benefited the English community (though Gmaxwell offered to help users send out notices in other languages, no users had stepped forward by the time the elections closed).",
        due=None,
        vague=False,
        said="2007-07-09 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_SIGNPOST_9JUL07,
        published="2007-07-09",
    ),
    # the same story: 'in future elections', a suggestion with no time for any act: no deadline (the next sentence is cut off by the end of the opening)
    B(
        text="Jimbo Wales suggested that in future elections, the Wikimedia Foundation could personally send e-mails to users who are eligible to vote.",
        due=None,
        vague=False,
        said="2007-07-09 10:00:00",
        tz="UTC",
        cluster=1,
        source=_SIGNPOST_9JUL07,
        published="2007-07-09",
    ),
    # The Wikipedia Signpost, 'Board elections completed; results forthcoming' (Monday 23 June 2008; the site lines, the heading, the byline and the series box of dates are not quoted): elections completed 'This week', done, and a winner 'to be announced on Thursday': 26 June 2008, end of day UTC
    B(
        text="This week, the elections have been completed, with the winner to be announced on Thursday.",
        due="2008-06-26 23:59:59",
        vague=False,
        said="2008-06-23 10:00:00",
        tz="UTC",
        cluster=3,
        source=_SIGNPOST_23JUN08,
        published="2008-06-23",
    ),
    # the same story: closed 'on June 21' (past), results expected 'on Thursday, June 26': 26 June 2008, end of day UTC
    B(
        text="The fifth election to the Wikimedia Board of Trustees closed on June 21, with results expected on Thursday, June 26.",
        due="2008-06-26 23:59:59",
        vague=False,
        said="2008-06-23 10:00:00",
        tz="UTC",
        cluster=3,
        source=_SIGNPOST_23JUN08,
        published="2008-06-23",
    ),
    # the same story: 'one-year seat', a span naming the seat, no time for any act: no deadline
    B(
        text="Fifteen users are vying for one (1) one-year seat.",
        due=None,
        vague=False,
        said="2008-06-23 10:00:00",
        tz="UTC",
        cluster=1,
        source=_SIGNPOST_23JUN08,
        published="2008-06-23",
    ),
    # the same story: votes cast and invalidated, done, with more that 'could be invalidated before the final result is announced', a possibility hung on an undated event (CONVENTIONS 4.2): past
    B(
        text="3,019 valid votes were cast in the election, with 7 votes invalidated by the Committee (although more could be invalidated before the final result is announced).",
        due=None,
        vague=False,
        said="2008-06-23 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_SIGNPOST_23JUN08,
        published="2008-06-23",
    ),
    # the same story: 'meanwhile' joining figures already known: past (the sentences on turnout hold no time word; the last one is cut off by the end of the opening)
    B(
        text="The controversial Volapük Wikipedia, meanwhile, was the largest Wikipedia by number of articles (116,322) without a vote; neither of the two eligible voters turned out in the election.",
        due=None,
        vague=False,
        said="2008-06-23 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_SIGNPOST_23JUN08,
        published="2008-06-23",
    ),
)
