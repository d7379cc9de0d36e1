"""A THIRTY-FOURTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 11:16 by the machine's clock, by a
labelling helper (branch issue12l5-s22) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh33.py`, and the parser package's
docstring only (for the parts of the day, the vague windows, the meteorological seasons and
"a date without a year is its next occurrence"); nothing else of `bot/core/deadlines/` was
opened. The brief allowed any publisher but no one above a third of the cases, at least
eight publishers and several genres: US Department of Transportation bulletins and
Federal Highway Administration releases (as reposted), the US Army
Corps of Engineers' news lists, Australian Government pages and releases, Wikinews stories,
a NASA blog, Department of Energy releases, GOV.UK releases (as reposted), a US Fish and
Wildlife Service page, a White House press gaggle, a Veterans Affairs release and an
Interior (Indian Affairs) release. As in the twenty-seventh to thirty-third sets, every
sentence quoted holds a time word of some kind (a date, a clock time, a day word, a period,
a span, a year in a name, "now", "currently", "so far", "not yet", "no longer", "future",
"shortly", "quickly", "deadline", "during", "before", "once", "when", "while"); the sentences of the
pages read that hold none were skipped, as were bare headings, titles, date lines, release
lines, link and file names, photo captions, site and navigation text around the quoted item,
speakers' names before a colon, a greeting, the boilerplate of a weekly bulletin, and lines
cut off by the start or end of an opening. A point of a list was taken as its own case; no
word was changed, and quotation marks stay as the page has them. The sentences were found
with a search over stored copies of public pages and taken as they came in the openings
the search returns, in page order. See README.md ("Thirty-fourth fresh blind set") for every
address, publisher and licence. No address listed in README.md, in a `#` header or README
under `tests/data/`, in the sources of the other set files or in the shared claims file was
used: each was checked against those lists (the address and a distinctive phrase of the
page) and claimed (`fresh34`) in `/work/helper-brief/claims.txt` before a quote was taken;
pages already used (among them the State Department's 2007 briefing and travel statement,
the Nauert briefing of 2018, a Kerry travel statement, NASA Kennedy's blog of July 2021,
Wikinews on the London torch relay and the New Zealand election of 2005, a Lords written
statement of 2009, an Obama gaggle of 2017 and a DOE loan item of 2007) were dropped.
Each label was worked out by hand from the words, the publication date and the publisher's
zone; the conversion of local instants to UTC wall time, the day counts and the weekday
checks were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the
labels were committed; the helpers improving the parser have not seen them. See README.md
for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh33.py`: the publisher's zone (US federal publishers:
America/New_York, except the Hines VA hospital near Chicago: America/Chicago; the
Australian Government in Canberra: Australia/Sydney; GOV.UK: Europe/London; Wikinews: UTC);
the publication date at 10:00 local; pages that show no date of their own (the media reform
consultation page, the US DOT bulletins, the NASA author page, the DOE loan plans, the Fish
and Wildlife Service page, the two Corps of Engineers lists) are read at a day the comment
names, and the comment says for which days the labels hold; a day falls due at 23:59:59
local (zoneinfo decides the offset); a clock time without a zone word is in the publisher's
zone; a range, a list or a window falls due at its later end; the afternoon ends at 18:00
and seasons are meteorological (the parser's docstring); vague words take the parser's
documented windows (60 days for "shortly", three months for "the coming months"), counted
from the day of speaking; a time that the sentence hangs on an undated event or on a
session or window another sentence dates ("upon arrival", "During the webinar", "before
attending Part 2", "as soon as the current matters are resolved") is `refusal='event'`,
and where the page dates that event elsewhere the label is marked "unsure" and names the
instant; refusals have `due=None` and a `refusal` kind (past | event | recurring; this set
holds no negated or earliest-only case); a sentence whose time words set no time for any
act (a year or date in the name of a show or a memorandum, "the future", "now" or
"currently" on a present state, a "deadline" extended without a new date) has `due=None`
and no refusal word. Labels marked "unsure" name the other reading; like every label here
they stay as committed, whatever the first run shows. First run: not yet taken (the lead
runs it once, after merging, and records it in README.md). Never edit these labels to fit
the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_AU_MEDIA_REFORM_2021 = "https://www.communications.gov.au/have-your-say/new-rules-new-media-landscape-modernising-television-regulation-australia"
_AU_BROUGH_21NOV06 = "https://formerministers.dss.gov.au/3378/permit_extension_21nov06/"
_AU_RADWASTE_24SEP18 = (
    "https://radioactivewaste.gov.au/news/media-statement-extension-submissions-deadline"
)
_WN_NIUE_1MAY05 = "https://en.wikinews.org/wiki/World%27s_smallest_democracy_votes"
_WN_FINLAND_TV_1SEP07 = (
    "https://en.m.wikinews.org/wiki/Finnish_terrestrial_analogue_TV_network_shut_down"
)
_USDOT_4MAR24 = "https://content.govdelivery.com/accounts/USDOT/bulletins/38eb234"
_USDOT_JAN24 = "https://content.govdelivery.com/accounts/USDOT/bulletins/382f1b9"
_USDOT_AUG24 = "https://content.govdelivery.com/accounts/USDOT/bulletins/3b1178e"
_USDOT_JUL24 = "https://content.govdelivery.com/accounts/USDOT/bulletins/3a51fce"
_USDOT_10MAY24 = "https://content.govdelivery.com/accounts/USDOT/bulletins/39bc54b"
_WH_GAGGLE_28NOV03 = (
    "https://georgewbush-whitehouse.archives.gov/news/releases/2003/11/text/20031128.html"
)
_VA_HINES_1OCT24 = "https://www.va.gov/hines-health-care/news-releases/hines-va-hospital-expands-outpatient-clinic-hours-at-six-suburban-locations/"
_GOVUK_FARADAY_29NOV17 = "https://pulse.assent1.com/category/0-archive/page/1172"
_CABOFF_14JUN07 = "http://wired-gov.net/wg/wg-news-1.nsf/0/EA27053C79EE3CF5802572FA003AF57C"
_NASA_CREW1_NOV20 = "https://blogs.nasa.gov/commercialcrew/author/torimclendon"
_DOE_LOAN_PLANS_2008 = (
    "https://www.energy.gov/articles/doe-announces-plans-future-loan-guarantee-solicitations"
)
_EERE_LOANS_5OCT11 = "http://www1.eere.energy.gov/solar/sunshot/news_detail.html?news_id=17782"
_FWS_EAGLE_RULE_2022 = "https://www.fws.gov/node/4519776"
_USACE_LRD_DEC24 = "https://www.lrd.usace.army.mil/News/News-Releases/?Page=8"
_USACE_SEP17 = "https://www.usace.army.mil/Media/News/NewsSearch/?Page=1863"
_BIA_CONSULT_9MAR21 = "https://bia.gov/news/interior-hold-tribal-consultation-sessions-eastern-eastern-oklahoma-navajo-southern-plains"
_WN_EXP25_6OCT10 = "https://en.wikinews.org/wiki/Remaining_Expedition_25_crew_to_launch_to_International_Space_Station"
_FHWA_31OCT24 = "https://restoretrust.org/post/investing-in-america-biden-harris-administration-announces-nearly-635-million-for-22-bridge-projec"
_FHWA_17JUL24 = "https://publicnow.com/view/9DF65FAA29DE1D5AD84F822C767B53DB97F2F7F3"

FRESH34_CASES: tuple[BlindCase, ...] = (
    # Australian Government, Department of Infrastructure, Transport, Regional Development and Communications, consultation page 'New rules for a new media landscape' (the page shows no date of its own; read at Monday 8 March 2021, the day after the first closing date, and every label of this page holds for any day from 8 March to 23 May 2021; the heading, the tab names and the contact text are not quoted): a window 'extended ... to Sunday, 23 May 2021' (CONVENTIONS 1.1), the old date in brackets called off (CONVENTIONS 4.1): 23 May 2021, end of day AEST
    B(
        text="The Government has extended the submission period to Sunday, 23 May 2021 (previously Sunday, 7 March 2021).",
        due="2021-05-23 13:59:59",
        vague=False,
        said="2021-03-07 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_AU_MEDIA_REFORM_2021,
        published="2021-03-08",
    ),
    # the same page: the period 'now closes on Sunday, 23 May 2021', the bracketed earlier date replaced (CONVENTIONS 4.1): 23 May 2021, end of day AEST
    B(
        text="The submissions period now closes on Sunday, 23 May 2021 (previously Sunday, 7 March 2021).",
        due="2021-05-23 13:59:59",
        vague=False,
        said="2021-03-07 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_AU_MEDIA_REFORM_2021,
        published="2021-03-08",
    ),
    # the same page: the consultation period as a range with clock times and zone words, its later end (CONVENTIONS 6.1): 23 May 2021, 17:00 AEST
    B(
        text="Consultation Period:  November 27, 2020 08:00 AEDT to May 23, 2021 17:00 AEST",
        due="2021-05-23 07:00:00",
        vague=False,
        said="2021-03-07 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_AU_MEDIA_REFORM_2021,
        published="2021-03-08",
    ),
    # the same page, a point of the list of proposed measures: 'a one time' choice and a move 'at a future point' set no time for any act: no deadline
    B(
        text="offering commercial broadcasters a one time, irrevocable choice to operate under a new commercial television broadcasting licence, with a reduced regulatory burden, provided they agree to move at a future point to using substantially less radiofrequency spectrum",
        due=None,
        vague=False,
        said="2021-03-07 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_MEDIA_REFORM_2021,
        published="2021-03-08",
    ),
    # the same page, the next point: details 'developed over the next 12 months' of a measure only proposed, a span that hangs on the undated adoption of the reform: event; unsure: 8 March 2022, end of day AEDT (twelve months from the day of reading)
    B(
        text="introducing an investment obligation for subscription and advertising video-on-demand services, with details to be further developed over the next 12 months",
        due=None,
        vague=False,
        said="2021-03-07 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AU_MEDIA_REFORM_2021,
        published="2021-03-08",
    ),
    # the same page, the next point: 'the future' sets no time for any act: no deadline
    B(
        text="investing in the future, by using the proceeds raised through the reform process to fund public policy initiatives that deliver value for the Australian public and support the media sector, and",
        due=None,
        vague=False,
        said="2021-03-07 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_MEDIA_REFORM_2021,
        published="2021-03-08",
    ),
    # Australian Government, Minister for Families, Community Services and Indigenous Affairs Mal Brough, media release 'Extension to permit consultation' (21 November 2006, the date in the page's address; the heading and the byline are not quoted): a consultation period extended 'until the end of February' (CONVENTIONS 1.1 and 3.3), a month without a year read as its next occurrence: 28 February 2007, end of day AEDT
    B(
        text="After consultation with the Northern Land Council (NLC) and others, the Government has decided to extend the permit system discussion paper consultation period until the end of February.",
        due="2007-02-28 12:59:59",
        vague=False,
        said="2006-11-20 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_BROUGH_21NOV06,
        published="2006-11-21",
    ),
    # the same release: 'in that time period' points back to a period this sentence does not name: no deadline; unsure: 28 February 2007 (the period of the sentence before)
    B(
        text="I look forward to further extensive consultation and to hearing as many views as possible in that time period.",
        due=None,
        vague=False,
        said="2006-11-20 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_BROUGH_21NOV06,
        published="2006-11-21",
    ),
    # Australian Government, Department of Industry, Innovation and Science, media statement 'Extension of submissions deadline' (Monday 24 September 2018; the heading, the date line and the media contact are not quoted): a 'deadline' extended with no new date: no deadline
    B(
        text="The Department of Industry, Innovation and Science has confirmed that it is extending the deadline for submissions on the proposed National Radioactive Waste Management Facility.",
        due=None,
        vague=False,
        said="2018-09-24 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_RADWASTE_24SEP18,
        published="2018-09-24",
    ),
    # the same statement: a closing date that 'was today', replaced: past
    B(
        text="The previous closing date was today, September 24.",
        due=None,
        vague=False,
        said="2018-09-24 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_RADWASTE_24SEP18,
        published="2018-09-24",
    ),
    # the same statement: 'At this stage' the period 'remains open', with no end given: no deadline; unsure: event (open while the undated legal proceedings run)
    B(
        text="At this stage, the submission period remains open as other parts of the consultation process, including the two proposed Council ballots, are on hold during current legal proceedings, so that people have more opportunities to make their views known.",
        due=None,
        vague=False,
        said="2018-09-24 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_RADWASTE_24SEP18,
        published="2018-09-24",
    ),
    # the same statement: advice on 'the closing date', a date not given: no deadline
    B(
        text="The department will monitor the situation and provide further advice on the closing date for submissions.",
        due=None,
        vague=False,
        said="2018-09-24 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_RADWASTE_24SEP18,
        published="2018-09-24",
    ),
    # the same statement, a spokesperson quoted: 'ongoing' and an extension with no date: no deadline
    B(
        text="“As other parts of the consultation process are ongoing, the submissions period will also be extended so that people have more opportunities to make their views known.",
        due=None,
        vague=False,
        said="2018-09-24 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_RADWASTE_24SEP18,
        published="2018-09-24",
    ),
    # the same quote: inputs weighed 'ahead of a decision this year', the decision falling within the year: 31 December 2018, end of day AEDT
    B(
        text="“These inputs are one set of factors the Minister will take into account in understanding community sentiment for the Facility, ahead of a decision this year.",
        due="2018-12-31 12:59:59",
        vague=False,
        said="2018-09-24 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_AU_RADWASTE_24SEP18,
        published="2018-09-24",
    ),
    # the same quote: 'as soon as the current matters are resolved', hung on an undated event (CONVENTIONS 5.2): event
    B(
        text="“The Minister has also said he is committed to hearing the views of locals living around the three sites, and the department will undertake a process to do so as soon as the current matters are resolved.”",
        due=None,
        vague=False,
        said="2018-09-24 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AU_RADWASTE_24SEP18,
        published="2018-09-24",
    ),
    # Wikinews, 'World's smallest democracy votes' (Sunday 1 May 2005; the date line and the tables of votes are not quoted): an election held 'On April 30th', self-government 'in 1974': past
    B(
        text="On April 30th the South Pacific island nation of Niue held its eleventh general election since achieving self-government from New Zealand in 1974.",
        due=None,
        vague=False,
        said="2005-05-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_NIUE_1MAY05,
        published="2005-05-01",
    ),
    # the same story: 'now' on a present state: no deadline
    B(
        text="Approximately 800 voters were eligible to vote for the 20 members of the Niue Assembly – 90% of the island's citizens now live in New Zealand and were ineligible to vote.",
        due=None,
        vague=False,
        said="2005-05-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN_NIUE_1MAY05,
        published="2005-05-01",
    ),
    # the same story: results told, 'meanwhile' joining two outcomes already known: past
    B(
        text="Provisional results indicate that Finance Minister Toke Talagi lost his seat by two votes, in the contest for the six common roll seats elected for the whole island, meanwhile former minister Robert Rex, Jr, came third in the poll for the village seat of Alofi South.",
        due=None,
        vague=False,
        said="2005-05-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_NIUE_1MAY05,
        published="2005-05-01",
    ),
    # Wikinews, 'Finnish terrestrial analogue TV network shut down' (Saturday 1 September 2007; the review notice, the date line and the archive notices are not quoted): broadcasts that 'ended' at 04:00 that day: past
    B(
        text="The terrestrial analogue television broadcasts in Finland ended in September 1, 2007, at 04:00 local time, marking the transition to the digital DVB-T standard.",
        due=None,
        vague=False,
        said="2007-09-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_FINLAND_TV_1SEP07,
        published="2007-09-01",
    ),
    # the same story: broadcasts 'started in 2001', channels 'no longer' received: past
    B(
        text="DVB broadcasts were started in 2001, Users of terrestrial TV are no longer able to receive the formerly nationally available TV channels - YLE TV1, YLE TV2, MTV3, and Nelonen - without set-top boxes or TV sets with built-in digital receivers.",
        due=None,
        vague=False,
        said="2007-09-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_FINLAND_TV_1SEP07,
        published="2007-09-01",
    ),
    # the same story: a service 'no longer available', an end already come: past
    B(
        text="SVT Europa is also no longer available in analogue networks.",
        due=None,
        vague=False,
        said="2007-09-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_FINLAND_TV_1SEP07,
        published="2007-09-01",
    ),
    # the same story: analogue mode kept 'until the end of February 2008' (CONVENTIONS 3.3): 29 February 2008, end of day UTC
    B(
        text="Cable networks are permitted to make the analogue mode available until the end of February 2008.",
        due="2008-02-29 23:59:59",
        vague=False,
        said="2007-09-01 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WN_FINLAND_TV_1SEP07,
        published="2007-09-01",
    ),
    # the same story: figures 'as of mid-August': past
    B(
        text="While over 75% of households already use digital TV, as of mid-August, over 220 000 households that depend on terrestrial broadcasts have not yet purchased a set-top box.",
        due=None,
        vague=False,
        said="2007-09-01 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_FINLAND_TV_1SEP07,
        published="2007-09-01",
    ),
    # the same story: 'not yet' on a present state, no time for any act: no deadline
    B(
        text="There are also areas where digital terrestrial broadcasts are not yet available.",
        due=None,
        vague=False,
        said="2007-09-01 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN_FINLAND_TV_1SEP07,
        published="2007-09-01",
    ),
    # the same story: transmitters set up 'over the following months', read as 'the coming months', a vague window of three months (the parser's docstring): 1 December 2007, end of day UTC; unsure: no deadline (the phrase is not one of the documented vague words)
    B(
        text="This is being remedied through relay transmitters that will be set up over the following months.",
        due="2007-12-01 23:59:59",
        vague=True,
        said="2007-09-01 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WN_FINLAND_TV_1SEP07,
        published="2007-09-01",
    ),
    # US Department of Transportation, bulletin (GovDelivery) on the Transportation Data and Equity Hub and other resources (the opening shows no date; its 'tomorrow, March 5' dates it Monday 4 March 2024, the year from the bulletin's 2024 series; the items before it hold no time word): a webinar 'tomorrow, March 5 at 2:00-3:00 p.m. ET', its later end (CONVENTIONS 6.1): 5 March 2024, 15:00 EST
    B(
        text="The Joint Office of Energy and Transportation (Joint Office) is hosting a webinar tomorrow, March 5 at 2:00-3:00 p.m. ET to discuss workforce training programs, job creation, and local and economic hiring preferences in the transition to electrified transportation.",
        due="2024-03-05 20:00:00",
        vague=False,
        said="2024-03-04 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_USDOT_4MAR24,
        published="2024-03-04",
    ),
    # US Department of Transportation, bulletin (GovDelivery) of upcoming webinars (the opening shows no date; read at Tuesday 2 January 2024, and every label of this page holds for any day from 1 to 3 January 2024, the year from the RAISE round closing on 28 February 2024 and the committee's third meeting on Friday 5 January): a webinar on 'January 5 at 12:30-2:00 p.m. ET', its later end (CONVENTIONS 6.1): 5 January 2024, 14:00 EST
    B(
        text="Join DOT on January 5 at 12:30-2:00 p.m. ET for a webinar on “Cutting Carbon from Transportation: State and Local Best Practices.”",
        due="2024-01-05 19:00:00",
        vague=False,
        said="2024-01-02 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_USDOT_JAN24,
        published="2024-01-02",
    ),
    # the same bulletin: 'During the webinar', a time hung on an event this sentence does not date: event; unsure: 5 January 2024, 14:00 EST (the webinar of the sentence before)
    B(
        text="During the webinar, participants will hear directly from DOT Deputy Assistant Secretary Ann Shikany and FHWA Administrator Shailen Bhatt about the latest U.S. policies on transportation greenhouse gas (GHG) emissions; connect with State and Metropolitan Planning Organization (MPO) leaders sharing their successful emission reduction strategies and learn from real-world examples of cutting emissions; and ask questions, join the conversation, and bring back information you can use in your own work.",
        due=None,
        vague=False,
        said="2024-01-02 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USDOT_JAN24,
        published="2024-01-02",
    ),
    # the same bulletin: a meeting 'on Friday, January 5 from 2:30-4:30 p.m. ET', its later end (CONVENTIONS 6.1): 5 January 2024, 16:30 EST
    B(
        text="The Advisory Committee on Transportation Equity (ACTE) will hold its third meeting on Friday, January 5 from 2:30-4:30 p.m. ET via Zoom.",
        due="2024-01-05 21:30:00",
        vague=False,
        said="2024-01-02 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_USDOT_JAN24,
        published="2024-01-02",
    ),
    # the same bulletin: appointees 'announced in August 2023': past
    B(
        text="Appointees to the Advisory Committee were announced in August 2023 and are drawn from academia, the private sector, and the transportation industry.",
        due=None,
        vague=False,
        said="2024-01-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDOT_JAN24,
        published="2024-01-02",
    ),
    # the same bulletin: applications accepted 'until February 28' (CONVENTIONS 1.1) and webinars 'this month'; the later time counts: 28 February 2024, end of day EST; unsure: 31 January 2024, end of day EST (the webinars of the main clause)
    B(
        text="DOT’s Rebuilding American Infrastructure with Sustainability and Equity (RAISE) discretionary grant program, which is now accepting applications until February 28, is hosting several webinars this month to help applicants submit their proposals.",
        due="2024-02-29 04:59:59",
        vague=False,
        said="2024-01-02 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USDOT_JAN24,
        published="2024-01-02",
    ),
    # the same bulletin: a webinar 'On January 4 at 2:00-3:00 p.m. ET', its later end: 4 January 2024, 15:00 EST
    B(
        text="On January 4 at 2:00-3:00 p.m. ET, join a webinar on RAISE Location Designations.",
        due="2024-01-04 20:00:00",
        vague=False,
        said="2024-01-02 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_USDOT_JAN24,
        published="2024-01-02",
    ),
    # US Department of Transportation, 'USDOT Navigator – August Biweekly Bulletin' (the opening shows no date; read at Monday 26 August 2024, and every label of this page holds for any day of August 2024; the headings are not quoted): a workshop 'on September 9, 2024' (CONVENTIONS 3.1), the earlier workshops 'between April and July 2024' past: 9 September 2024, end of day EDT
    B(
        text="For members of the public looking to get involved in transportation decision making in their communities: The USDOT Office of the Secretary’s Office of Public Engagement is holding a virtual public involvement workshop on September 9, 2024, building on in-person workshops delivered across the country between April and July 2024.",
        due="2024-09-10 03:59:59",
        vague=False,
        said="2024-08-26 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USDOT_AUG24,
        published="2024-08-26",
    ),
    # the same bulletin: a training 'on September 23 at 2:30-4:30 p.m. ET', its later end (CONVENTIONS 6.1): 23 September 2024, 16:30 EDT
    B(
        text="For transportation practitioners looking to improve public engagement practices: USDOT is hosting the next installment of its Meaningful Public Involvement training series on September 23 at 2:30-4:30 p.m. ET.",
        due="2024-09-23 20:30:00",
        vague=False,
        said="2024-08-26 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_USDOT_AUG24,
        published="2024-08-26",
    ),
    # the same bulletin: 'The September training will focus on', the month of the training: 30 September 2024, end of day EDT; unsure: no deadline (the month only names the training)
    B(
        text="The September training will focus on meaningful public involvement approaches, techniques, and examples in the National Environmental Policy Act (NEPA) process.",
        due="2024-10-01 03:59:59",
        vague=False,
        said="2024-08-26 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USDOT_AUG24,
        published="2024-08-26",
    ),
    # the same bulletin: 'before reserving your spot', hung on an undated act of each reader: event
    B(
        text="Registration is required to attend and will be limited to 300 attendees, so please confirm your ability to attend virtually before reserving your spot.",
        due=None,
        vague=False,
        said="2024-08-26 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USDOT_AUG24,
        published="2024-08-26",
    ),
    # US Department of Transportation, bulletin (GovDelivery) 'Upcoming Events and Webinars' (the opening shows no date; read at Monday 15 July 2024, and every label of this page holds for any day from 1 to 21 July 2024, the year from the workshop 'on July 30, 2024'; the first sentence of the section holds no time word): 'Part 1 ... (July 22)': 22 July 2024, end of day EDT
    B(
        text="Part 1 of the webinar series (July 22) will focus on how to identify and describe a project and its goals, identify users of the infrastructure or system, and determine the project’s impact area.",
        due="2024-07-23 03:59:59",
        vague=False,
        said="2024-07-15 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USDOT_JUL24,
        published="2024-07-15",
    ),
    # the same bulletin: 'Part 2 ... (August 15)': 15 August 2024, end of day EDT
    B(
        text="Part 2 of the webinar series (August 15) will introduce participants to DOT’s Equitable Transportation Community (ETC) Explorer tool and provide detailed information on how to use the tool to map a project area, identify how a community is experiencing disadvantage, and evaluate project benefits to a community.",
        due="2024-08-16 03:59:59",
        vague=False,
        said="2024-07-15 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USDOT_JUL24,
        published="2024-07-15",
    ),
    # the same bulletin: 'during Part 1', a session this sentence does not date: event; unsure: 15 August 2024 (the Part 2 of the sentence before)
    B(
        text="This information will build on the content presented during Part 1 of the webinar series.",
        due=None,
        vague=False,
        said="2024-07-15 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USDOT_JUL24,
        published="2024-07-15",
    ),
    # the same bulletin: 'before attending Part 2', hung on a session this sentence does not date: event; unsure: 14 August 2024, end of day EDT (the day before Part 2's date in the bulletin)
    B(
        text="Participants are encouraged to register for both or review the Part 1 materials before attending Part 2.",
        due=None,
        vague=False,
        said="2024-07-15 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USDOT_JUL24,
        published="2024-07-15",
    ),
    # the same bulletin: a workshop 'on July 30, 2024 from 8:15 a.m. to 4:45 p.m.', its later end, a clock time without a zone word read in the publisher's zone: 30 July 2024, 16:45 EDT; unsure: 16:45 CDT, 21:45 UTC (the workshop is in Chicago)
    B(
        text="The last of a three-part, in-person series of public engagement workshops organized by the DOT Office of the Secretary’s Office of Public Engagement will be held in Chicago, IL, on July 30, 2024 from 8:15 a.m. to 4:45 p.m.",
        due="2024-07-30 20:45:00",
        vague=False,
        said="2024-07-15 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_USDOT_JUL24,
        published="2024-07-15",
    ),
    # US Department of Transportation, 'Latest Updates from DOT' weekly bulletin, Vol. 4, Number 104 (Friday 10 May 2024, sent at 02:51 PM EDT; read at 10:00 EDT as every publication date; the header lines, the greeting and the sign-up text are not quoted): travel 'this week', told as done: past
    B(
        text="Once again, Secretary Buttigieg was on the move this week!",
        due=None,
        vague=False,
        said="2024-05-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDOT_10MAY24,
        published="2024-05-10",
    ),
    # the same bulletin: 'kicked off the week': past
    B(
        text="He kicked off the week by visiting Western Montana, shedding light on the historic investments made possible by the Biden Administration's Bipartisan Infrastructure Law.",
        due=None,
        vague=False,
        said="2024-05-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDOT_10MAY24,
        published="2024-05-10",
    ),
    # the same bulletin: 'This week's efforts', no time for any act: no deadline
    B(
        text="This week’s efforts emphasize the real difference being made by President Biden’s Investing in America Agenda.",
        due=None,
        vague=False,
        said="2024-05-10 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USDOT_10MAY24,
        published="2024-05-10",
    ),
    # the same bulletin: 'Earlier this week ... traveled': past
    B(
        text="Earlier this week, Secretary Pete Buttigieg traveled to Western Montana to highlight major investments in the state made possible by President Biden’s Investing in America Agenda.",
        due=None,
        vague=False,
        said="2024-05-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDOT_10MAY24,
        published="2024-05-10",
    ),
    # the same bulletin: a visit begun 'on Monday' (6 May 2024): past
    B(
        text="The Secretary began his visit in Montana on Monday by touring a terminal modernization project at the Missoula Montana Airport (MSO) and then hosted a press conference to highlight federal investments in the project, including a $17 million grant from the Federal Aviation Administration’s Airport Terminals Program.",
        due=None,
        vague=False,
        said="2024-05-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDOT_10MAY24,
        published="2024-05-10",
    ),
    # The White House, Office of the Press Secretary, 'Press Gaggle by Dan Bartlett, Aboard Air Force One, En Route Baghdad, Iraq' (release dated 28 November 2003; the time stamp, the speakers' names and the first line, cut off '(in progress)', are not quoted): 'upon arrival' and 'once we have them', hung on undated events: event
    B(
        text="The basic program right now is for the President, upon arrival, will go to a chow hall right there near the airport, where there will be approximately 600 troops, mostly made up of the 1st Armored Division, but there will be others, and we'll get you more details once we have them.",
        due=None,
        vague=False,
        said="2003-11-28 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_WH_GAGGLE_28NOV03,
        published="2003-11-28",
    ),
    # the same gaggle, a reporter's question: 'when he comes out', hung on an undated event: event
    B(
        text="Now will he be -- when he comes out -- I mean, will Bremer be up talking or something?",
        due=None,
        vague=False,
        said="2003-11-28 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_WH_GAGGLE_28NOV03,
        published="2003-11-28",
    ),
    # the same gaggle: 'right now' on a present plan, no time for any act: no deadline
    B(
        text="Bremer and General Sanchez are right now the planned speakers.",
        due=None,
        vague=False,
        said="2003-11-28 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_GAGGLE_28NOV03,
        published="2003-11-28",
    ),
    # US Department of Veterans Affairs, Edward Hines Jr. VA Hospital press release 'Hines VA Hospital expands outpatient clinic hours at six suburban locations' (Tuesday 1 October 2024; the hospital is near Chicago, so its zone is America/Chicago; the date lines are not quoted): schedules put in place 'in late September': past
    B(
        text="Hines , IL — Edward Hines Jr. VA Hospital has expanded operating hours at its six outpatient clinics in suburban Chicago, with the final locations implementing new schedules in late September.",
        due=None,
        vague=False,
        said="2024-10-01 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_VA_HINES_1OCT24,
        published="2024-10-01",
    ),
    # the same release: 'Since expanding hours', a change already made: past
    B(
        text="Since expanding hours, patient visits have collectively increased due to military Veterans having more flexibility in scheduling around work and personal commitments.",
        due=None,
        vague=False,
        said="2024-10-01 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_VA_HINES_1OCT24,
        published="2024-10-01",
    ),
    # the same release, the director quoted: 'so far': past
    B(
        text="The positive response we've received so far reinforces that this was the right decision for our Veteran community.\"",
        due=None,
        vague=False,
        said="2024-10-01 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_VA_HINES_1OCT24,
        published="2024-10-01",
    ),
    # GOV.UK, Department for Business, Energy and Industrial Strategy press release 'Government investment into Faraday scale-up facility to make UK a world leader in battery innovation' (Wednesday 29 November 2017, the day its text names), as reposted on pulse.assent1.com; a point of its summary list (the other points hold no time word): 'shortly', a vague window of 60 days (CONVENTIONS 5.1): 28 January 2018, end of day GMT
    B(
        text="Government will shortly publish details of its Automotive Sector Deal agreement reached with industry, with a strategic vision that builds on the collaborative partnership established between government and the auto sector",
        due="2018-01-28 23:59:59",
        vague=True,
        said="2017-11-29 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_GOVUK_FARADAY_29NOV17,
        published="2017-11-29",
    ),
    # the same release: 'has today ... announced', the perfect with a day word (CONVENTIONS 2.4): past
    B(
        text="Business and Energy Secretary Greg Clark has today (Wednesday 29 November) announced that Coventry and Warwickshire will be the home of the new National Battery Manufacturing Development Facility (NMDF).",
        due=None,
        vague=False,
        said="2017-11-29 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVUK_FARADAY_29NOV17,
        published="2017-11-29",
    ),
    # Cabinet Office news release CAB/049/07 'Making Government Consultation work better', issued by the Government News Network on Thursday 14 June 2007, as reposted on wired-gov.net (the release line, the heading and the press office address are not quoted): a review that 'today launched', told as done: past
    B(
        text="Cabinet Office Minister Hilary Armstrong today launched a review of how the Government consults businesses, the third sector and citizens when it makes significant decisions.",
        due=None,
        vague=False,
        said="2007-06-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CABOFF_14JUN07,
        published="2007-06-14",
    ),
    # the same release: 'will have until 28 September' (CONVENTIONS 1.2): 28 September 2007, end of day BST
    B(
        text="Interested parties will have until 28 September to make their views known to the Government, and should visit for instructions on how to submit feedback.",
        due="2007-09-28 22:59:59",
        vague=False,
        said="2007-06-14 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_CABOFF_14JUN07,
        published="2007-06-14",
    ),
    # the same release, notes to editors: a code 'established in 2000 and modified in 2004': past
    B(
        text="This Code, established in 2000 and modified in 2004, sets out six criteria that Government departments should follow when carrying out formal, written consultation exercises.",
        due=None,
        vague=False,
        said="2007-06-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CABOFF_14JUN07,
        published="2007-06-14",
    ),
    # the same notes: 'open until 28/09/2007' (CONVENTIONS 3.3), a numeric date read day first: 28 September 2007, end of day BST
    B(
        text="The consultation on the future of Government consultation policy is open until 28/09/2007.",
        due="2007-09-28 22:59:59",
        vague=False,
        said="2007-06-14 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_CABOFF_14JUN07,
        published="2007-06-14",
    ),
    # the same notes: a policy 'to be launched in 2008', a one-off act in a year (CONVENTIONS 3.1): 31 December 2008, end of day GMT
    B(
        text="Responses will inform the development of a revised consultation policy to be launched in 2008.",
        due="2008-12-31 23:59:59",
        vague=False,
        said="2007-06-14 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_CABOFF_14JUN07,
        published="2007-06-14",
    ),
    # NASA, Commercial Crew Program blog, posts by Tori McLendon on one author page (the page shows no dates; the launch-day post is of Sunday 15 November 2020, the day of the 7:27 p.m. EST launch it names, and the weather post is read at the same day): a launch 'today' (CONVENTIONS 2.1): 15 November 2020, end of day EST
    B(
        text="NASA and SpaceX are preparing to launch an international crew of astronauts to the International Space Station today.",
        due="2020-11-16 04:59:59",
        vague=False,
        said="2020-11-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA_CREW1_NOV20,
        published="2020-11-15",
    ),
    # the same post: lift off 'set for 7:27 p.m. EST' (CONVENTIONS 3.1): 15 November 2020, 19:27 EST
    B(
        text="Lift off of the first NASA-certified, commercial human spacecraft system, a SpaceX Falcon 9 rocket and Crew Dragon, from Launch Complex 39A at NASA’s Kennedy Space Center is set for 7:27 p.m. EST.",
        due="2020-11-16 00:27:00",
        vague=False,
        said="2020-11-15 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_CREW1_NOV20,
        published="2020-11-15",
    ),
    # the same post: preparations begun 'shortly before noon', noon as the bound: 15 November 2020, 12:00 EST
    B(
        text="NASA astronauts Michael Hopkins, Victor Glover, and Shannon Walker, and astronaut Soichi Noguchi of the Japan Aerospace Exploration Agency (JAXA) will begin their launch day preparations for the Crew-1 mission shortly before noon.",
        due="2020-11-15 17:00:00",
        vague=False,
        said="2020-11-15 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_CREW1_NOV20,
        published="2020-11-15",
    ),
    # the same post: coverage 'at 3:15 p.m. Sunday' and a walkout 'shortly after 4 p.m.', the latest time of the day (CONVENTIONS 6.1): 15 November 2020, 16:00 EST; unsure: 15:15 EST (the coverage the sentence is about)
    B(
        text="NASA TV coverage begins at 3:15 p.m. Sunday for their prelaunch preparations, including their spacesuit fits and walkout shortly after 4 p.m. so they can travel to the launch pad.",
        due="2020-11-15 21:00:00",
        vague=False,
        said="2020-11-15 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_CREW1_NOV20,
        published="2020-11-15",
    ),
    # the same page, the weather post: 'currently' on a present state: no deadline
    B(
        text="Teams also are monitoring weather conditions downrange across the Atlantic on the spacecraft’s ascent path to orbit; conditions downrange currently are “go.”",
        due=None,
        vague=False,
        said="2020-11-15 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA_CREW1_NOV20,
        published="2020-11-15",
    ),
    # the same page, the arrival post (Sunday 8 November 2020, the day the crew flew to Kennedy): 'now en route', a present state: no deadline
    B(
        text="The astronauts assigned to fly on NASA’s SpaceX Crew-1 missions are now en route to the agency’s Kennedy Space Center in Florida to begin final launch preparations.",
        due=None,
        vague=False,
        said="2020-11-08 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA_CREW1_NOV20,
        published="2020-11-08",
    ),
    # the same post: arrival 'this afternoon', the afternoon ending at 18:00 (the parser's docstring): 8 November 2020, 18:00 EST
    B(
        text="The crew is expected to arrive at the Launch and Landing Facility at Kennedy this afternoon.",
        due="2020-11-08 23:00:00",
        vague=False,
        said="2020-11-08 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_CREW1_NOV20,
        published="2020-11-08",
    ),
    # the same post: a ceremony 'targeted for approximately 1:45 p.m. EST' (CONVENTIONS 3.1): 8 November 2020, 13:45 EST
    B(
        text="Crew-1 astronauts will be greeted at arrival to the launch site by leadership from NASA and JAXA for a brief welcome ceremony targeted for approximately 1:45 p.m. EST.",
        due="2020-11-08 18:45:00",
        vague=False,
        said="2020-11-08 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_CREW1_NOV20,
        published="2020-11-08",
    ),
    # US Department of Energy, news release 'DOE Announces Plans for Future Loan Guarantee Solicitations' (the page shows no date; read at Friday 11 April 2008, and every label of this page holds for any day from 1 March to 31 May 2008, the year from its FY 2008 plan and 'no later than June 2008'; the breadcrumb is not quoted): 'today announced' is the verb of speaking (CONVENTIONS 2.2); solicitations issued 'this summer', meteorological: 31 August 2008, end of day EDT
    B(
        text="WASHINGTON, DC - The U.S. Department of Energy (DOE) today announced plans to issue loan guarantee solicitations in two stages this summer for up to $38.5 billion for projects that employ advanced technologies that avoid, reduce or sequester emissions of air pollutants and greenhouse gases.",
        due="2008-09-01 03:59:59",
        vague=False,
        said="2008-04-11 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_DOE_LOAN_PLANS_2008,
        published="2008-04-11",
    ),
    # the same release: 'no later than June 2008', the fiscal year only naming the plan: 30 June 2008, end of day EDT
    B(
        text='In a Fiscal Year (FY) 2008 loan guarantee implementation plan sent to Congress, DOE outlined plans to issue its second round of solicitations concurrently no later than June 2008 for efficiency, renewable energy and electric transmission projects (up to $10 billion); nuclear power facilities (up to $18.5 billion); and nuclear facilities for the "front-end" of the nuclear fuel cycle, including uranium enrichment (up to $2 billion).',
        due="2008-07-01 03:59:59",
        vague=False,
        said="2008-04-11 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_DOE_LOAN_PLANS_2008,
        published="2008-04-11",
    ),
    # the same release: 'Later this summer', the summer's end: 31 August 2008, end of day EDT
    B(
        text="Later this summer, DOE intends to issue a third solicitation for loan guarantee applicants for advanced fossil energy projects (up to $8 billion).",
        due="2008-09-01 03:59:59",
        vague=False,
        said="2008-04-11 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_DOE_LOAN_PLANS_2008,
        published="2008-04-11",
    ),
    # the same release, the loan office's director quoted: 'quickly' is no documented vague word and sets no time: no deadline; unsure: vague, 60 days (11 June 2008)
    B(
        text="We intend to move forward quickly and deliberately to issue solicitations, conduct a thorough financial and technical review and support these truly innovative technologies that hold great promise for our nation's energy security.",
        due=None,
        vague=False,
        said="2008-04-11 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOE_LOAN_PLANS_2008,
        published="2008-04-11",
    ),
    # the same release: 'Prior to the issuance of the upcoming ... solicitation', hung on an event the sentence does not date: event; unsure: 29 June 2008, end of day EDT (the day before the end of June, the latest date the page gives that solicitation)
    B(
        text="Prior to the issuance of the upcoming $10 billion solicitation for projects in the efficiency, renewable energy and electric transmission areas, the Department intends to issue a Request for Information to solicit input from stakeholders concerning areas of particular technology focus and interest in these areas.",
        due=None,
        vague=False,
        said="2008-04-11 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_DOE_LOAN_PLANS_2008,
        published="2008-04-11",
    ),
    # US Department of Energy, Office of Energy Efficiency and Renewable Energy, SunShot news item 'DOE Finalizes Seven Loan Guarantees Covering Solar, Bioenergy Projects' (Wednesday 5 October 2011; the photo caption and the rest of the opening hold no time word of their own): announcements made 'between September 28 and September 30': past
    B(
        text="DOE announced between September 28 and September 30 that it finalized seven loan guarantees totaling more than $5.9 billion for solar energy projects in California and Nevada, as well as a bionenergy project in Kansas.",
        due=None,
        vague=False,
        said="2011-10-05 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EERE_LOANS_5OCT11,
        published="2011-10-05",
    ),
    # US Fish and Wildlife Service, page on the proposed eagle permit rule, section 'Public Involvement' (the page shows no date; its webinars are listed as held, with recordings; read at Thursday 15 December 2022, and every label of this page holds for any day from 4 November to 29 December 2022; the headings and link names are not quoted): a point of the list of sessions held for tribes: past
    B(
        text="October 19, 2022, at 2:00 p.m.- 4:00 p.m. Eastern Time",
        due=None,
        vague=False,
        said="2022-12-15 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FWS_EAGLE_RULE_2022,
        published="2022-12-15",
    ),
    # the same list: a session held: past
    B(
        text="November 2, 2022, at 12 p.m.- 2:00 p.m. Eastern Time",
        due=None,
        vague=False,
        said="2022-12-15 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FWS_EAGLE_RULE_2022,
        published="2022-12-15",
    ),
    # the same page, the sessions for the public: past
    B(
        text="Oct 20, 2022 12:00 p.m. - 2:00 p.m. Eastern Time",
        due=None,
        vague=False,
        said="2022-12-15 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FWS_EAGLE_RULE_2022,
        published="2022-12-15",
    ),
    # the same list: past
    B(
        text="Nov 3, 2022 2:00 p.m. - 4:00 p.m. Eastern Time",
        due=None,
        vague=False,
        said="2022-12-15 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FWS_EAGLE_RULE_2022,
        published="2022-12-15",
    ),
    # the same page: a rule published on 30 September 2022 and a period 'until November 29, 2022', since extended: past
    B(
        text="The proposed rule published in the Federal Register on September 30, 2022, opening a 60-day public comment period until November 29, 2022.",
        due=None,
        vague=False,
        said="2022-12-15 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FWS_EAGLE_RULE_2022,
        published="2022-12-15",
    ),
    # the same page: a period 'extended to December 29, 2022' (CONVENTIONS 1.1), still open on the day of reading: 29 December 2022, end of day EST
    B(
        text="The public comment period was extended to December 29, 2022.",
        due="2022-12-30 04:59:59",
        vague=False,
        said="2022-12-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FWS_EAGLE_RULE_2022,
        published="2022-12-15",
    ),
    # US Army Corps of Engineers, Great Lakes and Ohio River Division, list of news releases (page 8; the list shows no dates; read at Thursday 12 December 2024, the day the first item names as 'now'; the contact list and the headlines are not quoted): a closing 'on December 16, 2024' (CONVENTIONS 3.1): 16 December 2024, end of day EST
    B(
        text="The Soo Locks’ MacArthur Lock will close for the Navigation Season to conduct seasonal repairs and maintenance on December 16, 2024.",
        due="2024-12-17 04:59:59",
        vague=False,
        said="2024-12-12 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USACE_LRD_DEC24,
        published="2024-12-12",
    ),
    # the same item: kept open 'until Jan. 15, 2025' (CONVENTIONS 3.3), or earlier on an undated event: 15 January 2025, end of day EST; unsure: event (the traffic may cease first)
    B(
        text="The Poe Lock will remain open until Jan. 15, 2025, or until commercial traffic ceases, whichever occurs first.",
        due="2025-01-16 04:59:59",
        vague=False,
        said="2024-12-12 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USACE_LRD_DEC24,
        published="2024-12-12",
    ),
    # the same item: an 'operating season' fixed by a standing rule: recurring
    B(
        text="The Soo Locks operating season is fixed by federal regulation (33 CFR 207.440).",
        due=None,
        vague=False,
        said="2024-12-12 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_USACE_LRD_DEC24,
        published="2024-12-12",
    ),
    # the same item: a lock 'built in 1943', 'now 81 years old': past; unsure: no refusal word (a present state and a season, no time for any act)
    B(
        text="“The 800-foot-long MacArthur Lock, built in 1943, is now 81 years old; this maintenance period is critical to keeping the lock in operation during the shipping season,” Maintenance Branch Chief Nicholas Pettit said.",
        due=None,
        vague=False,
        said="2024-12-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USACE_LRD_DEC24,
        published="2024-12-12",
    ),
    # the same item: counts 'since opening April 24, 2024, to now': past
    B(
        text="The MacArthur Lock has seen 2,806 lockages and 5,170 passages (number of vessels) since opening April 24, 2024, to now, December 12, 2024.",
        due=None,
        vague=False,
        said="2024-12-12 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USACE_LRD_DEC24,
        published="2024-12-12",
    ),
    # the same list, a later item: deliveries 'from Dec. 5-23', the later end (CONVENTIONS 6.1): 23 December 2024, end of day EST
    B(
        text="The U.S. Army Corps of Engineers Nashville District, in partnership with Shimmick Construction and the Tennessee Valley Authority, is advancing the Chickamauga Lock replacement project with the delivery of 14 miter gate components from Dec. 5-23.",
        due="2024-12-24 04:59:59",
        vague=False,
        said="2024-12-12 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USACE_LRD_DEC24,
        published="2024-12-12",
    ),
    # US Army Corps of Engineers, headquarters news search (page 1863; the list shows no dates; read at Friday 8 September 2017, and every label of this page holds for any day from 2 to 9 September 2017, the items naming 14 to 17 September 2017 and 'beginning September 10'; the headlines and two teasers cut off in the opening are not quoted): a closure 'from Thursday, September 14, through Sunday, September 17, 2017', the window's end (CONVENTIONS 1.1): 17 September 2017, end of day EDT
    B(
        text="CARLYLE LAKE – The Dam East Boat Ramp and High Water Ramp will be temporarily closed from Thursday, September 14, through Sunday, September 17, 2017.",
        due="2017-09-18 03:59:59",
        vague=False,
        said="2017-09-08 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USACE_SEP17,
        published="2017-09-08",
    ),
    # the same item: a year in the name of a show: no deadline
    B(
        text="This closure is necessary to provide public safety and support the 2017 Outdoorsman Show at the Fish House Restaurant.",
        due=None,
        vague=False,
        said="2017-09-08 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USACE_SEP17,
        published="2017-09-08",
    ),
    # the same item: 'During this timeframe', a window this sentence does not date: event; unsure: 17 September 2017, end of day EDT (the closure of the sentence before)
    B(
        text="During this timeframe, visitors should use the boat ramps located at the Dam West Recreation or the Coles Creek Recreation Area.",
        due=None,
        vague=False,
        said="2017-09-08 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USACE_SEP17,
        published="2017-09-08",
    ),
    # the same list, the next item: a check of 'September 1' gone by and a 'winter release rate' named by its season: no deadline; unsure: 28 February 2018, end of day EST (the end of the winter the rate holds for)
    B(
        text="Based on the September 1 System storage check, the U.S. Army Corps of Engineers (Corps) announced that the Gavins Point winter release rate will be at least 17,000 cfs.",
        due=None,
        vague=False,
        said="2017-09-08 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USACE_SEP17,
        published="2017-09-08",
    ),
    # the same item: 'currently' on a present state: no deadline
    B(
        text="The total volume of water stored in the Mainstem Reservoir System is currently 60.2 MAF, occupying 4.1 MAF of the 16.3 MAF combined flood control storage zones.",
        due=None,
        vague=False,
        said="2017-09-08 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USACE_SEP17,
        published="2017-09-08",
    ),
    # the same item, a chief quoted: a peak 'on July 9': past
    B(
        text="“System storage peaked on July 9 at 61.8 MAF and is gradually declining.",
        due=None,
        vague=False,
        said="2017-09-08 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USACE_SEP17,
        published="2017-09-08",
    ),
    # the same quote: water released 'during the remainder of the year': 31 December 2017, end of day EST; unsure: event ('prior to the start of next year's runoff season', an undated start)
    B(
        text="The water currently stored in the annual flood control zone will be released during the remainder of the year to serve navigation, water supply and other downstream purposes and will be completely evacuated prior to the start of next year’s runoff season,” said John Remus, chief of the Corps’ Missouri River Basin Water Management Division.",
        due="2018-01-01 04:59:59",
        vague=False,
        said="2017-09-08 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USACE_SEP17,
        published="2017-09-08",
    ),
    # the same item: a one-off reduction 'beginning September 10' (CONVENTIONS 3.1): 10 September 2017, end of day EDT
    B(
        text="Garrison releases will be reduced from the current release rate of 30,000 cubic feet per second (cfs) to the fall rate of 20,000 cfs beginning September 10.",
        due="2017-09-11 03:59:59",
        vague=False,
        said="2017-09-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USACE_SEP17,
        published="2017-09-08",
    ),
    # US Department of the Interior, Indian Affairs press release 'Interior to Hold Tribal Consultation Sessions with Eastern, Eastern Oklahoma, Navajo, Southern Plains, Southwest, and Western Tribes' (Tuesday 9 March 2021; the heading and the release line are not quoted): sessions 'on Wednesday, March 10, 2021' (CONVENTIONS 3.1): 10 March 2021, end of day EST
    B(
        text="WASHINGTON – The Department of the Interior will hold via teleconference two of four tribal consultation sessions with leaders from federally recognized American Indian tribal nations in the Bureau of Indian Affairs’ (BIA) Eastern, Eastern Oklahoma, Navajo, Southern Plains, Southwest, and Western Regions on Wednesday, March 10, 2021.",
        due="2021-03-11 04:59:59",
        vague=False,
        said="2021-03-09 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_BIA_CONSULT_9MAR21,
        published="2021-03-09",
    ),
    # the same release: a date in the name of a memorandum, 'future' efforts and 'our time' set no time for any act: no deadline
    B(
        text="The sessions, which are taking place in accordance with President Biden’s January 26 memorandum on tribal consultation and strengthening the nation-to-nation relationship, will also help ensure that future White House and Interior efforts at addressing the four converging crises of our time – COVID-19, economic security, racial justice and climate change – are inclusive of the tribal nations’ priorities and recommendations.",
        due=None,
        vague=False,
        said="2021-03-09 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BIA_CONSULT_9MAR21,
        published="2021-03-09",
    ),
    # the same release: a series 'first announced' in a release of 11 February: past
    B(
        text="The Department first announced the series in a February 11 news release.",
        due=None,
        vague=False,
        said="2021-03-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BIA_CONSULT_9MAR21,
        published="2021-03-09",
    ),
    # Wikinews, 'Remaining Expedition 25 crew to launch to International Space Station' (Wednesday 6 October 2010; the date line and the photo caption are not quoted): a launch 'on Thursday at 7:10 pm EDT', the zone word deciding (CONVENTIONS 3.1): 7 October 2010, 19:10 EDT
    B(
        text="The remaining members of the Expedition 25 crew are set to launch to the International Space Station on Thursday at 7:10 pm EDT from the Baikonur Cosmodrome, which will return the station to its full complement of 6 persons.",
        due="2010-10-07 23:10:00",
        vague=False,
        said="2010-10-06 10:00:00",
        tz="UTC",
        cluster=2,
        source=_WN_EXP25_6OCT10,
        published="2010-10-06",
    ),
    # the same story: a docking 'on Saturday', the next Saturday: 9 October 2010, end of day UTC
    B(
        text="They will launch in the Russian Soyuz TMA-01M vehicle and dock on Saturday.",
        due="2010-10-09 23:59:59",
        vague=False,
        said="2010-10-06 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WN_EXP25_6OCT10,
        published="2010-10-06",
    ),
    # the same story: 'currently' on a present state: no deadline
    B(
        text="According to Space Fellowship there is only one Soyuz capsule currently docked to the station, for emergency escape.",
        due=None,
        vague=False,
        said="2010-10-06 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN_EXP25_6OCT10,
        published="2010-10-06",
    ),
    # the same story: 'Currently' on a present state: no deadline
    B(
        text="Currently there are three astronauts on the station: Commander Doug Wheelock and Flight Engineers Shannon Walker and Fyodor Yurchikhin.",
        due=None,
        vague=False,
        said="2010-10-06 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN_EXP25_6OCT10,
        published="2010-10-06",
    ),
    # the same story: crews that 'were part of' an expedition and 'have returned': past
    B(
        text="The three crew now on the station were part of Expedition 24; the other half of that Expedition crew have returned to Earth.",
        due=None,
        vague=False,
        said="2010-10-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_EXP25_6OCT10,
        published="2010-10-06",
    ),
    # the same story: 'When the three ... are replaced', hung on an undated event: event
    B(
        text="When the three now on the station are replaced, the three now about to join them will become half of Expedition 26.",
        due=None,
        vague=False,
        said="2010-10-06 10:00:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_WN_EXP25_6OCT10,
        published="2010-10-06",
    ),
    # the same story: 'While the astronauts wait', a present activity with no time for any act: no deadline; unsure: event (hung on the arrival, which the story dates Saturday 9 October)
    B(
        text="While the astronauts wait for their counterparts' arrival, they continue work on the station.",
        due=None,
        vague=False,
        said="2010-10-06 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN_EXP25_6OCT10,
        published="2010-10-06",
    ),
    # the same story: work told as done ('participated'), 'long term' naming effects: past
    B(
        text="Wheelock and Walker both participated in an experiment to study the long term effects of exposure to microgravity on crew members.",
        due=None,
        vague=False,
        said="2010-10-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_EXP25_6OCT10,
        published="2010-10-06",
    ),
    # the same story: 'Meanwhile', work told as done: past
    B(
        text="Meanwhile, Flight Engineer Fyodor Yurchikhin was working in the Russian segment of the station, swapping mechanical gear and installing new software.",
        due=None,
        vague=False,
        said="2010-10-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_EXP25_6OCT10,
        published="2010-10-06",
    ),
    # US Department of Transportation, Federal Highway Administration press release on the Bridge Investment Program (Thursday 31 October 2024), as reposted on restoretrust.org (the release line, the headline and the two subheads are not quoted): 'today announced', told as done: past
    B(
        text="WASHINGTON – The U.S. Department of Transportation’s Federal Highway Administration (FHWA) today announced nearly $635 million for 22 small and medium-sized bridge projects in both rural and urban areas, from Maine to Mississippi to Arizona and Alaska.",
        due=None,
        vague=False,
        said="2024-10-31 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FHWA_31OCT24,
        published="2024-10-31",
    ),
    # the same release: 'over five years' of a law, a span that runs from the law's undated start: event; unsure: no refusal word (an amount spread over a period, no act to check)
    B(
        text="The Bipartisan Infrastructure Law dedicates $40 billion over five years to tackle a backlog of bridge projects, which will improve safety and support economic competitiveness and America’s supply chains, restoring connections that are vital to commuters, emergency responders, truck drivers, and public transit riders.",
        due=None,
        vague=False,
        said="2024-10-31 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FHWA_31OCT24,
        published="2024-10-31",
    ),
    # the same release, the Secretary quoted: 'finally' and 'long needed' on a present state: no deadline
    B(
        text="“Under the Biden-Harris Administration, more than 11,000 bridges in communities across America are finally getting the repairs they’ve long needed with funding from our infrastructure law,” said U.S. Transportation Secretary Pete Buttigieg.",
        due=None,
        vague=False,
        said="2024-10-31 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FHWA_31OCT24,
        published="2024-10-31",
    ),
    # the same quote: awards 'we're announcing today', the present with a day word (CONVENTIONS 2.1): 31 October 2024, end of day EDT; unsure: no deadline (the day word sits in a relative clause; the projects' moving forward has no time)
    B(
        text="“With the awards we’re announcing today, another 22 major projects will move forward, making sure that people and goods can get where they need to go, safely and efficiently.”",
        due="2024-11-01 03:59:59",
        vague=False,
        said="2024-10-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FHWA_31OCT24,
        published="2024-10-31",
    ),
    # US Department of Transportation, Federal Highway Administration press release FHWA 22-24 (Wednesday 17 July 2024), as distributed on publicnow.com (the distribution line, the headline, the subhead, the release number and the contact lines are not quoted): 'Today ... announced', told as done: past
    B(
        text="WASHINGTON - Today, to kick off the Biden-Harris Administration's Investing in America tour, U.S. Transportation Secretary Pete Buttigieg announced more than $5 billion in Large Bridge Project awards through the Federal Highway Administration's (FHWA) competitive Bridge Investment Program, part of President Biden's Investing in America agenda.",
        due=None,
        vague=False,
        said="2024-07-17 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FHWA_17JUL24,
        published="2024-07-17",
    ),
    # the same release, the Secretary quoted: 'For too long', 'now' and 'since the Eisenhower era' set no time for any act: no deadline
    B(
        text='"For too long America let bridges fall into disrepair, which left people less safe, disrupted our supply chains, and cost people time and money - but now the Biden-Harris Administration is changing that with the biggest investment in our bridges since the Eisenhower era," said U.S. Transportation Secretary Pete Buttigieg.',
        due=None,
        vague=False,
        said="2024-07-17 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FHWA_17JUL24,
        published="2024-07-17",
    ),
    # the same quote: 'today we are proud to announce', the present with a day word on the act (CONVENTIONS 2.1): 17 July 2024, end of day EDT
    B(
        text='"There are currently about 3,000 fewer bridges in poor condition than when our administration began, and today we are proud to announce funding to repair or replace 13 of America\'s largest and economically significant bridges."',
        due="2024-07-18 03:59:59",
        vague=False,
        said="2024-07-17 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FHWA_17JUL24,
        published="2024-07-17",
    ),
)
