"""A HUNDRED-AND-THIRTY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 05:00 and 05:09 by the machine's clock, by a
labelling helper (branch issue12l135-s53) that neither changed, imported nor ran the parser, working at
the same time as the other labellers of stop 53 (fresh134, fresh136, fresh137), whose claims in the
shared claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full, the docstring, comments, some cases and the README section of
`blind_fresh133.py`, the docstring of `tests/data/fresh_check.py`, and the top docstring of the parser
package only (the vague windows, "before", "by" and "on or before" periods, midnight as the end of its
day, weeks running Monday to Sunday, spans landing at the end of a local day); nothing else of
`bot/core/deadlines/` was opened. The brief asked for US federal departments and agencies not used
heavily before (USDA's FSIS, Forest Service and APHIS, Labor, HHS's CDC, CMS and NIH, Energy, EPA's
regions, the SEC, the FTC, the FCC, Federal Register notices, the NTSB, Veterans Affairs, the Census
Bureau), in varied time zones; at least eight publishers, none above a fifth of the cases; about 90
cases (at least 70) by 06:15 UTC.

The set quotes 16 federal publishers, counted by agency as earlier sets count departments: the
National Institutes of Health 16 (14.4%; three NIH Guide notices of 2006 and 2013), the Federal
Emergency Management Agency 15 (13.5%; three San Juan releases of 2004 and 2022), the Environmental
Protection Agency 14 (12.6%; Federal Register notices of Regions 10 and 9 on Alaska and Hawaii, 2011,
2017 and 2018), the Department of Veterans Affairs 9 (a PACT Act release of 9 August 2023), the
Department of Labor 8 (an Employment and Training Administration notice of 2015 and two Chicago Wage
and Hour releases of 2005 and 2006), USDA's Food Safety and Inspection Service 7 (three Federal
Register notices, 2012, 2016, 2018), the Securities and Exchange Commission 6 (two press releases,
2001 and 2002), the Centers for Disease Control and Prevention 6 (two media advisories of 2020), the
Census Bureau 5 (an embargo release of 2020), USDA's Agricultural Marketing Service 5 (a California
hearing notice of 2015), the Federal Trade Commission 4 (its "Open for Comment" page as captured on 3
December 2018), the Bureau of Land Management 4 (a Utah release of 2014), USDA's Forest Service 4 (an
Alaska Region release of 2010), USDA's Animal and Plant Health Inspection Service 3 (two final rules,
1994 and 2002), the Department of Energy's Western Area Power Administration 3 (two notices, 1994 and
2012) and the National Transportation Safety Board 2 (a press release of 2021). 111 cases. Counted by
department instead, HHS (NIH and CDC) has 22 (19.8%) and USDA (FSIS, AMS, the Forest Service, APHIS)
19 (17.1%), both under a fifth. All 111 (100%) are from the United States, as the brief allowed. Zones:
America/New_York 61, America/Puerto_Rico 15, America/Anchorage 12, America/Denver 7, America/Chicago 5,
America/Los_Angeles 5, America/Juneau 4, Pacific/Honolulu 2. No CMS or FCC page could be used: the CMS
deadline pages the store returned were news reports, not the agency's text, and the FCC's pages were
used already (the 1997 agenda) or could not be dated (the March 2010 meeting page mixes the meeting's
before and after); no Guam page of a federal publisher was found.

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, "today", "now",
"currently", "still", "already", "per day", "in the future", "long-term", "fiscal year", a span such as
"two more days", "a one year extension" or "15 minutes", "before", "after", "until", "during", "as soon
as possible"). They were found with a search over stored copies of public pages and taken in page
order from the openings the search returns; titles, headings, date lines, contact lines, sentences cut
off by the end of an opening and the words of carrying sites were skipped, and datelines ("SAN JUAN, PR
--", "WASHINGTON, D.C. —", "MARCH 10, 2020 —") were left out of the quotes. Not every sentence with a
time word was taken: two FSIS notices of 2015 and 2017 (80 FR 28219, 82 FR 18417) were claimed but left
out as word-for-word repeats of 83 FR 22612's template; the Census Bureau's "Embargo subscribers may
interview Census Bureau experts during the embargo period.", the CDC's "If you would like to ask a
question during the call, press *1 on your touchtone phone.", NIH's "NIH will consider accepting late
applications ..." and WAPA's two sentences whose only years name Acts ("National Environmental Policy
Act of 1969", "Energy Policy Act of 1992") were passed over; the CDC advisory of 24 January 2020
repeats the instructions of 12 June 2020 word for word, and those were taken once. A Census tip sheet
(TP19-06) and a Census embargo notice carried by thefederalnewswire.com were claimed but not used,
since their dates of publication could not be established from the store. Lines of a schedule or a
"DATES:" / "EFFECTIVE DATE:" line were taken as they stand, without a full stop where the page has
none. The pages' slips ("Hern?ndez" for an accented letter, "twenty -one", "(559) 375–7760") stay as
the pages have them. Three sentences read USED when checked whole at the end and were dropped: FEMA's
"On March 1, 2003, FEMA became part of the U.S. Department of Homeland Security." and, of the FTC page,
"Below is a listing of matters for which the Commission is currently accepting public comments." and
"Comments Due: Open Until Further Notice" (another capture of the same FTC page is in an earlier set).
See README.md ("Hundred-and-thirty-fifth fresh blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh135`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped (README.md lists some). Every kept sentence and every address was then checked whole with the
same tool (skipping this file, and with this set's README section set aside, since it quotes some of
them): none reads used. Each label was worked out by hand from the words, the
publication date and the zone of the publisher or of the place the page is about; the conversion of
local instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and datetime
in a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh133.py`: the publication date at 10:00 local time unless the page gives an hour (the FTC
page is read at its capture, 18:24:19 UTC on 3 December 2018; the two CDC advisories at the hours of
their e-mail headers, 09:36 and 08:06 Eastern); where a page prints no date of its own, the one its
address, its Federal Register filing line or its own words give (each page's first comment says which
and why); a day falls due at 23:59:59 local; "midnight on June 27" at 23:59:59 of that day (parser
docstring); a clock time with no day of its own in the sentence is the first such time after the
moment of speaking (CONVENTIONS 6.3; the page's instant is written in the comment); "during the week of
November 4" falls due on that week's Sunday; a month ("January 2014 Council meetings", "effective in
February 2007") at its end; the federal fiscal year 2007 at 30 September 2007; "prior to March 24" at
the end of 23 March (CONVENTIONS 3.5); "on or before" keeps the day's end; a window or stay falls due at
its end (CONVENTIONS 1.1, 3.3); two dates or times of one act keep the later (CONVENTIONS 6.1, 6.2); a
rule or duty that begins on a date is due that date (CONVENTIONS 3.1, 3.1a); "today" on the verb of
speaking sets no deadline (CONVENTIONS 2.2), "Today, EPA is requesting comments" is due that day
(CONVENTIONS 2.1); done acts are past (CONVENTIONS 2.4); an embargo is earliest (CONVENTIONS 3.2); a
superseded deadline is negated (CONVENTIONS 4.1); standing hours ("Monday through Saturday from 8 a.m.
to 7 p.m.") and standing instructions are recurring, times hung on an undated event ("until all test
results ... have been received", "following the briefing", "two business days after the date Federal
government operations resume", "a one year extension" of an undated transfer) event (CONVENTIONS 1.3);
a possibility is no undertaking (CONVENTIONS 4.2); "as soon as possible" is vague, 60 days (CONVENTIONS
5.1; twice it urges the residents rather than binds the speaker, and is marked unsure); refusals have
`due=None` and a `refusal` kind; a sentence whose time words set no time for any act has `due=None` and
no refusal word (22 such). Clusters as in `blind_fresh133.py`: 1 no time set, 2 clock times, 3 ranges
and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 44
labels are refusals (past 20, event 17, recurring 5, earliest 1, negated 1); 45 carry a due instant, 3
of them vague; 36 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_FSIS12 = "http://www.federalregister.com/Browse/Document/usa/na/fr/2012/12/10/2012-29516"
_FSIS18 = "https://thefederalregister.org/83-FR/22612"
_FSIS16 = "https://thefederalregister.org/81-FR/95098"
_APHIS02 = (
    "http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=2002_register&docid=02-6268-filed"
)
_APHIS94 = "http://federal.elaws.us/fr/9/14/1994/94-22719"
_NTSB21 = "https://ble-t.org/news/ntsb-to-finalize-2021-22-most-wanted-list-at-april-6-meeting"
_EPAPEB17 = "https://thefederalregister.org/82-FR/44176"
_EPAAK11 = "http://federal.elaws.us/fr/5/13/2011/2011-11728"
_EPAHI18 = "https://www.govinfo.gov/content/pkg/FR-2018-09-28/html/2018-20853.htm"
_CENSUS20 = "https://census.gov/newsroom/press-releases/2020/embargo-population-estimates.html"
_SEC02 = "https://www.sec.gov/news/press/2002-121.htm"
_SEC01 = "https://www.sec.gov/news/press/2001-100.txt"
_FEMA04A = "http://www.fema.gov/news-release/2004/01/20/fema-extends-registration-deadline-disaster-assistance"
_FEMA04B = (
    "http://www.fema.gov/news-release/2004/02/02/deadline-nears-register-federal-disaster-aid"
)
_FEMA22 = "https://www.fema.gov/zh-hans/node/645659"
_FTC18 = "https://webharvest.gov/congress115th/20181203182419/https://www.ftc.gov/i-would/file-comment/open-comment"
_CDC20JUN = "https://flutrackers.com/forum/forum/national-international-government-ngo-preparation-response/cdc/869396-us-media-advisory-cdc-media-telebriefing-update-on-covid-19-today-june-12-at-12-00-p-m-et"
_CDC20JAN = "https://flutrackers.com/forum/forum/-2019-ncov-new-coronavirus/united-states-2019-ncov/824296-us-media-advisory-cdc-telebriefing-update-on-2019-novel-coronavirus-2019-ncov-today-at-10-am-et-january-24-2020"
_NIH13 = "https://grants.nih.gov/grants/guide/notice-files/NOT-OD-14-007.html"
_NIH06STORM = "https://grants.nih.gov/grants/guide/notice-files/NOT-OD-07-031.html"
_NIH06LATE = "http://grants.nih.gov/grants/guide/notice-files/not-OD-07-026.html"
_BLM14 = "http://www.blm.gov/ut/st/en/info/newsroom/2014/july/blm_seeks_public_comment.html"
_WAPA12 = "http://thefederalregister.com/2012/11/20/2012-28175.html"
_WAPA94 = "https://www.govinfo.gov/content/pkg/FR-1994-03-31/html/94-7711.htm"
_DOLETA15 = "https://thefederalregister.org/80-FR/80307"
_DOLWHD06 = "https://webarchive.library.unt.edu/eot2008/20081104120552/http://www.dol.gov/esa/whd/media/press/whdpressVB2.asp?pressdoc=Midwest%2F20061891.xml"
_DOLWHD05 = "https://webarchive.library.unt.edu/eot2008/20081104120552/http://www.dol.gov/esa/whd/media/press/whdpressVB2.asp?pressdoc=Midwest/20050960.xml"
_FS10 = "http://mail.spinics.net/lists/usfs/msg00143.html"
_VA23 = (
    "https://www.indianalegion.org/post/va-extends-deadline-for-pact-act-benefits-through-monday"
)
_AMS15 = "http://regulations.justia.com/regulations/fedreg/2015/09/30/2015-24799.html"

FRESH135_CASES: tuple[BlindCase, ...] = (
    # USDA Food Safety and Inspection Service (Federal Register notice 2012-29516, 'Not Applying the Mark of Inspection Pending Certain Test Results', a work of the US federal government, public domain; carried whole by federalregister.com); published Monday 10 December 2012 (the address's date and 'Filed 12-7-12; 8:45 am' for the next issue); zone America/New_York (FSIS, Washington DC); no hour of publication on the page, so said at 10:00 EST. 'until all test results ... have been received' hangs the withholding on an undated event of each case: event (CONVENTIONS 1.3, 5.2). unsure: the withholding is a standing practice for every product, so a careful reader could call it 'recurring' (CONVENTIONS 1.3)
    B(
        text="The Food Safety and Inspection Service (FSIS) is announcing that it is changing its procedures and will withhold its determination as to whether meat and poultry products are not adulterated, and thus eligible to enter commerce, until all test results that bear on the determination have been received.",
        due=None,
        vague=False,
        said="2012-12-10 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FSIS12,
        published="2012-12-10",
    ),
    # the same page: the only date, 11 April 2011, is of a notice issued in the past; the response is the notice itself: past (CONVENTIONS 2.4)
    B(
        text="This notice responds to the comments FSIS received on the Federal Register notice it issued on April 11, 2011, which announced the Agency's intention to implement this policy, and explains how this policy will apply to domestic and imported product.",
        due=None,
        vague=False,
        said="2012-12-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FSIS12,
        published="2012-12-10",
    ),
    # the same page: the policy takes effect on Friday 8 February 2013, a one-off event on a day (CONVENTIONS 3.1, 3.1a) [local due 2013-02-08 23:59:59]
    B(
        text="Effective February 8, 2013.",
        due="2013-02-09 04:59:59",
        vague=False,
        said="2012-12-10 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FSIS12,
        published="2012-12-10",
    ),
    # USDA Food Safety and Inspection Service (83 FR 22612, notice of request to renew an information collection, public domain; carried whole by thefederalregister.org); the page's own date 'Wednesday, May 16, 2018'; zone America/New_York; said 16 May 2018 10:00 EDT. '1995' names the Act; the renewal is given no time: due None, no refusal word
    B(
        text="In accordance with the Paperwork Reduction Act of 1995 and Office of Management and Budget (OMB) regulations, the Food Safety and Inspection Service (FSIS) is announcing its intention to renew the approved information collection regarding requirements for official establishments to notify FSIS of adulterated or misbranded product, prepare and maintain written recall procedures, and document certain HACCP plan reassessments.",
        due=None,
        vague=False,
        said="2018-05-16 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FSIS18,
        published="2018-05-16",
    ),
    # the same page: the approval expires on Sunday 30 September 2018, a one-off event on a day (CONVENTIONS 3.1) [local due 2018-09-30 23:59:59]
    B(
        text="The approval for this information collection will expire on September 30, 2018.",
        due="2018-10-01 03:59:59",
        vague=False,
        said="2018-05-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FSIS18,
        published="2018-05-16",
    ),
    # USDA Food Safety and Inspection Service (81 FR 95098, notice of request for revision of an information collection, public domain; carried whole by thefederalregister.org); the page's own date 'Tuesday, December 27, 2016'; zone America/New_York; said 27 December 2016 10:00 EST. The approval expires on Sunday 30 April 2017, the one time ahead in the sentence (CONVENTIONS 3.1); '1995' names the Act [local due 2017-04-30 23:59:59]. unsure: the date is given as the reason for the request, which is made now; a careful reader could give the request no time of its own (due None)
    B(
        text="In accordance with the Paperwork Reduction Act of 1995 and Office of Management and Budget (OMB) regulations, the Food Safety and Inspection Service (FSIS) is announcing its intention to request a revision of the approved information collection regarding Sanitation Standard Operating Procedures (Sanitation SOPs), pathogen testing and Hazard Analysis and Critical Control Point (HACCP) Systems requirements because the OMB approval will expire on April 30, 2017.",
        due="2017-05-01 03:59:59",
        vague=False,
        said="2016-12-27 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FSIS16,
        published="2016-12-27",
    ),
    # the same page: '781,956 hours' is an amount of work, not a span of time to anything; the increase is done: due None, no refusal word. unsure: a careful reader could call the increase a done act, 'past' (CONVENTIONS 2.4)
    B(
        text="FSIS has increased its total annual burden estimate by 781,956 hours as a result of new available data.",
        due=None,
        vague=False,
        said="2016-12-27 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FSIS16,
        published="2016-12-27",
    ),
    # USDA Animal and Plant Health Inspection Service (Federal Register final rule 02-6268, screwworm, public domain; GPO's Federal Register Online); the page's own date 'Friday, March 15, 2002'; zone America/New_York (APHIS, Riverdale MD); said 15 March 2002 10:00 EST. The rule takes effect on Friday 15 March 2002, the day of publication, a one-off event on a day (CONVENTIONS 3.1, 3.1a) [local due 2002-03-15 23:59:59]
    B(
        text="EFFECTIVE DATE: March 15, 2002.",
        due="2002-03-16 04:59:59",
        vague=False,
        said="2002-03-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_APHIS02,
        published="2002-03-15",
    ),
    # USDA Animal and Plant Health Inspection Service (Federal Register final rule 94-22719, 'Quarantine Facilities for Birds', public domain; carried whole by federal.elaws.us); the page's own date 'Wednesday, September 14, 1994'; zone America/New_York (APHIS, Hyattsville MD); said 14 September 1994 10:00 EDT. 'no longer' tells of a present state; no act is set a time: due None, no refusal word
    B(
        text="The importation system that allowed bird importations through a limited number of ``approved quarantine facilities'' lacked flexibility, and no longer appears necessary.",
        due=None,
        vague=False,
        said="1994-09-14 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_APHIS94,
        published="1994-09-14",
    ),
    # the same page: the rule takes effect on Friday 14 October 1994, a one-off event on a day (CONVENTIONS 3.1, 3.1a) [local due 1994-10-14 23:59:59]
    B(
        text="EFFECTIVE DATE: October 14, 1994.",
        due="1994-10-15 03:59:59",
        vague=False,
        said="1994-09-14 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_APHIS94,
        published="1994-09-14",
    ),
    # National Transportation Safety Board (press release of 10 March 2021, a work of the US federal government, public domain; carried whole by ble-t.org, which names its source 'National Transportation Safety Board press release, March 10, 2021'); zone America/New_York (NTSB, Washington DC); said 10 March 2021 10:00 EST. The dateline 'WASHINGTON, D.C. —' is left out of the quote. 'Wednesday' is on the verb of speaking (CONVENTIONS 2.2); the meeting is at 9:30 a.m. EDT on Tuesday 6 April 2021, a one-off event at an hour (CONVENTIONS 3.1); '2021 – 2022' names the list [local due 2021-04-06 09:30:00]
    B(
        text="The National Transportation Safety Board announced Wednesday its intent to hold a public board meeting April 6, 9:30 a.m. Eastern time, to finalize its 2021 – 2022 Most Wanted List of Transportation Safety Improvements.",
        due="2021-04-06 13:30:00",
        vague=False,
        said="2021-03-10 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NTSB21,
        published="2021-03-10",
    ),
    # the same page: the meeting's time line: 6 April 2021 (a Tuesday) at 9:30 a.m. EDT (CONVENTIONS 3.1) [local due 2021-04-06 09:30:00]
    B(
        text="WHEN: Tuesday, April 6, 2021, 9:30 a.m. Eastern time.",
        due="2021-04-06 13:30:00",
        vague=False,
        said="2021-03-10 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NTSB21,
        published="2021-03-10",
    ),
    # US Environmental Protection Agency, Region 10 (82 FR 44176, announcement of public hearing dates on the Pebble Deposit Area, Southwest Alaska, public domain; carried whole by thefederalregister.org); the page's own date 'Thursday, September 21, 2017'; zone America/Anchorage (the hearings and the notice are Alaska's; the notice gives its times in AKDT); said 21 September 2017 10:00 AKDT. 'July 2014' names the Proposed Determination of the past; the hearings are given no time in this sentence: due None, no refusal word. unsure: a careful reader could call the sentence's only time 'past' (CONVENTIONS 2.4)
    B(
        text="The Environmental Protection Agency (EPA) will hold two public hearings to obtain public testimony and comment on its proposal to withdraw the EPA Region 10 July 2014 Proposed Determination that was issued pursuant to the Clean Water Act.",
        due=None,
        vague=False,
        said="2017-09-21 18:00:00",
        tz="America/Anchorage",
        cluster=1,
        source=_EPAPEB17,
        published="2017-09-21",
    ),
    # the same page: two hearings on two days: the later ends at 4:00 p.m. AKDT on Thursday 12 October 2017 (CONVENTIONS 6.1, 6.2) [local due 2017-10-12 16:00:00]
    B(
        text="The public hearings will be held on October 11, 2017, from 6:00-9:00 p.m. Alaska Daylight Time (AKDT) in Dillingham, Alaska, and October 12, 2017, from 1:00-4:00 p.m. AKDT in Iliamna, Alaska.",
        due="2017-10-13 00:00:00",
        vague=False,
        said="2017-09-21 18:00:00",
        tz="America/Anchorage",
        cluster=3,
        source=_EPAPEB17,
        published="2017-09-21",
    ),
    # the same page: comments accepted through the close of the period on Tuesday 17 October 2017: a commitment kept to a date (CONVENTIONS 3.3, 1.1) [local due 2017-10-17 23:59:59]
    B(
        text="The EPA will continue to accept written public comments through the close of the public comment period on October 17, 2017.",
        due="2017-10-18 07:59:59",
        vague=False,
        said="2017-09-21 18:00:00",
        tz="America/Anchorage",
        cluster=6,
        source=_EPAPEB17,
        published="2017-09-21",
    ),
    # US Environmental Protection Agency, Region 10 (Federal Register notice 2011-11728 on the Alaska NPDES program, public domain; carried whole by federal.elaws.us); published Friday 13 May 2011 (the address's date; GPO's copy of the same notice is dated 'Friday, May 13, 2011'); zone America/Anchorage (the programme, the comment period and the hearing are Alaska's); said 13 May 2011 10:00 AKDT. An approval of 31 October 2008, done: past (CONVENTIONS 2.4)
    B(
        text="EPA approved Alaska's National Pollutant Discharge Elimination System (NPDES) program application on October 31, 2008 pursuant to section 402 of the Clean Water Act (CWA or “the Act”).",
        due=None,
        vague=False,
        said="2011-05-13 18:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_EPAAK11,
        published="2011-05-13",
    ),
    # the same page: 'a three year period from the date of program approval' runs from an approval this sentence does not date: event (CONVENTIONS 1.3). unsure: counted from the approval of 31 October 2008 (the sentence before), a careful reader gives the end of 31 October 2011
    B(
        text="The approved State program, called the Alaska Pollutant Discharge Elimination System (APDES), includes an implementation plan that transfers the administration of specific program components from EPA to the Alaska Department of Environmental Conservation (ADEC) in four phases over a three year period from the date of program approval.",
        due=None,
        vague=False,
        said="2011-05-13 18:00:00",
        tz="America/Anchorage",
        refusal="event",
        cluster=5,
        source=_EPAAK11,
        published="2011-05-13",
    ),
    # the same page: the transfer is scheduled for Monday 31 October 2011, a one-off event on a day (CONVENTIONS 3.1) [local due 2011-10-31 23:59:59]
    B(
        text="Transfer of the final phase, Phase IV, is currently scheduled for October 31, 2011.",
        due="2011-11-01 07:59:59",
        vague=False,
        said="2011-05-13 18:00:00",
        tz="America/Anchorage",
        cluster=6,
        source=_EPAAK11,
        published="2011-05-13",
    ),
    # the same page: the submission is done, and 'a one year extension' runs from a transfer date this sentence does not give: event (CONVENTIONS 1.3). unsure: a careful reader could call the sentence a done act, 'past' (CONVENTIONS 2.4), or count the year from 31 October 2011 (the sentence before) to the end of 31 October 2012
    B(
        text="ADEC has made a submission for approval for a one year extension of the transfer of Phase IV of the APDES program, which includes oil and gas, cooling water intakes and dischargers, munitions and all other remaining facilities not previously transferred in Phases I-III.",
        due=None,
        vague=False,
        said="2011-05-13 18:00:00",
        tz="America/Anchorage",
        refusal="event",
        cluster=5,
        source=_EPAAK11,
        published="2011-05-13",
    ),
    # the same page: the transfer is given its own date, Wednesday 31 October 2012 (the 'four years' are counted to the same day) (CONVENTIONS 3.1, 6.2) [local due 2012-10-31 23:59:59]. unsure: the transfer hangs on an approval not yet given, so a careful reader could call it no undertaking (due None, CONVENTIONS 4.2)
    B(
        text="If EPA approves the APDES program revision, Phase IV will transfer to ADEC four years from the date of program approval, or October 31, 2012.",
        due="2012-11-01 07:59:59",
        vague=False,
        said="2011-05-13 18:00:00",
        tz="America/Anchorage",
        cluster=6,
        source=_EPAAK11,
        published="2011-05-13",
    ),
    # the same page: 'Today' on the acts as they are spoken, in the present: due at the end of that day, Friday 13 May 2011 (CONVENTIONS 2.1); 'one year' names the extension [local due 2011-05-13 23:59:59]
    B(
        text="Today, EPA is requesting comments on the proposed one year extension and is providing notice of a public hearing and comment period on the proposal.",
        due="2011-05-14 07:59:59",
        vague=False,
        said="2011-05-13 18:00:00",
        tz="America/Anchorage",
        cluster=4,
        source=_EPAAK11,
        published="2011-05-13",
    ),
    # the same page: the decision comes after an undated event (the consideration of comments): event (CONVENTIONS 1.3)
    B(
        text="The EPA Region 10 Regional Administrator will either approve or disapprove the APDES program revision after considering all comments received during the public comment period.",
        due=None,
        vague=False,
        said="2011-05-13 18:00:00",
        tz="America/Anchorage",
        refusal="event",
        cluster=5,
        source=_EPAAK11,
        published="2011-05-13",
    ),
    # the same page: a window open from publication until Monday 27 June 2011: due at its end (CONVENTIONS 1.1, 3.3, 3.4). The run-in heading 'Comments.' is left out [local due 2011-06-27 23:59:59]
    B(
        text="The public comment period on the ADEC submission seeking a one year extension of the transfer of Phase IV will be from the date of publication of this Notice until June 27, 2011.",
        due="2011-06-28 07:59:59",
        vague=False,
        said="2011-05-13 18:00:00",
        tz="America/Anchorage",
        cluster=4,
        source=_EPAAK11,
        published="2011-05-13",
    ),
    # the same page: 'midnight on June 27' is 23:59:59 of that day (parser docstring: midnight ends that day) [local due 2011-06-27 23:59:59]
    B(
        text="Comments must be received or post-marked by no later than midnight on June 27, 2011.",
        due="2011-06-28 07:59:59",
        vague=False,
        said="2011-05-13 18:00:00",
        tz="America/Anchorage",
        cluster=2,
        source=_EPAAK11,
        published="2011-05-13",
    ),
    # US Environmental Protection Agency, Region 9 (83 FR 49091, Public Water System Supervision Program revision for the State of Hawaii, public domain; govinfo.gov); the page's own date 'Friday, September 28, 2018'; zone Pacific/Honolulu (the programme is Hawaii's); said 28 September 2018 10:00 HST. 'Long Term' and 'Short-Term' are words of rule names; the State's revision is told as done: past (CONVENTIONS 2.4). unsure: a careful reader could give due None and no refusal word (the sentence has no time word of its own)
    B(
        text="Notice is hereby given that the State of Hawaii revised its approved Public Water System Supervision Program (PWSSP) under the federal Safe Drinking Water Act (SDWA) by adopting the Stage 1 Disinfectants and Disinfection Byproducts Rule, Stage 2 Disinfectants and Disinfection Byproducts Rule, Long Term 2 Enhanced Surface Water Treatment Rule, Lead and Copper Rule Short-Term Regulatory Revisions and Clarifications, Revised Total Coliform Rule, and the expanded Public Water System definition.",
        due=None,
        vague=False,
        said="2018-09-28 20:00:00",
        tz="Pacific/Honolulu",
        refusal="past",
        cluster=5,
        source=_EPAHI18,
        published="2018-09-28",
    ),
    # the same page: 'on or before' Monday 29 October 2018 keeps the day's end (CONVENTIONS 3.5) [local due 2018-10-29 23:59:59]
    B(
        text="DATES: Request for a public hearing must be received on or before October 29, 2018.",
        due="2018-10-30 09:59:59",
        vague=False,
        said="2018-09-28 20:00:00",
        tz="Pacific/Honolulu",
        cluster=6,
        source=_EPAHI18,
        published="2018-09-28",
    ),
    # US Census Bureau (press release CB20-40, 'For Immediate Release: Tuesday, March 10, 2020', public domain; census.gov); zone America/New_York (the release gives its times in EDT); said 10 March 2020 10:00 EDT. The dateline 'MARCH 10, 2020 —' is left out of the quote. 'a two-day media embargo period' is given no start in this sentence: event (CONVENTIONS 1.3); 'Vintage 2019' names the estimates. unsure: a careful reader could count the two days from the moment of speaking (CONVENTIONS 1.1), to the end of Thursday 12 March 2020; page: 26 March 2020 00:01 EDT
    B(
        text="The U.S. Census Bureau will offer a two-day media embargo period for subscribers to view the Vintage 2019 population estimates for counties, metropolitan and micropolitan statistical areas, and Puerto Rico municipios.",
        due=None,
        vague=False,
        said="2020-03-10 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CENSUS20,
        published="2020-03-10",
    ),
    # the same page: a range falls due at its later end, 12:01 a.m. EDT on Thursday 26 March 2020 (CONVENTIONS 6.1); the page's label 'When:', on a line of its own, is left out [local due 2020-03-26 00:01:00]
    B(
        text="Tuesday, March 24, at 10 a.m. EDT to Thursday, March 26, at 12:01 a.m. EDT.",
        due="2020-03-26 04:01:00",
        vague=False,
        said="2020-03-10 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CENSUS20,
        published="2020-03-10",
    ),
    # the same page: a ban until a release time this sentence does not give: event (CONVENTIONS 1.3, 5.2). unsure: a careful reader could call the embargo a lower bound only, 'earliest' (CONVENTIONS 3.2), with no date to set
    B(
        text="The embargoed information may not be published, broadcast, posted online, distributed via wire and distribution services, or shared with a nonembargo member until the public release date and time.",
        due=None,
        vague=False,
        said="2020-03-10 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CENSUS20,
        published="2020-03-10",
    ),
    # the same page: the release is a one-off event at an hour, 12:01 a.m. EDT on Thursday 26 March 2020 (CONVENTIONS 3.1) [local due 2020-03-26 00:01:00]
    B(
        text="The public release will be at 12:01 a.m. EDT, Thursday, March 26.",
        due="2020-03-26 04:01:00",
        vague=False,
        said="2020-03-10 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CENSUS20,
        published="2020-03-10",
    ),
    # the same page: 'prior to March 24' is 'before' a day: the end of the day before, Monday 23 March 2020 (CONVENTIONS 3.5) [local due 2020-03-23 23:59:59]
    B(
        text="Embargo subscribers are encouraged to confirm that their login user name and password are up to date prior to March 24.",
        due="2020-03-24 03:59:59",
        vague=False,
        said="2020-03-10 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CENSUS20,
        published="2020-03-10",
    ),
    # US Securities and Exchange Commission (press release 2002-121, public domain; sec.gov), dated 'Washington, D. C., August 6, 2002' (the dateline is left out of the quote); zone America/New_York; said 6 August 2002 10:00 EDT. The issuing is done when spoken ('has issued'); '1934' names the Act and 'the due date' is not given: past (CONVENTIONS 2.4). unsure: with no day word, a careful reader could give due None and no refusal word
    B(
        text="The Commission has issued supplemental information about the provision of the Sarbanes-Oxley Act that amends Section 16(a) of the Securities Exchange Act of 1934 to accelerate the due date for officers,' directors' and principal security holders' reports of transactions.",
        due=None,
        vague=False,
        said="2002-08-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SEC02,
        published="2002-08-06",
    ),
    # the same page: a duty that begins on Thursday 29 August 2002 is the rule taking effect, due that day (CONVENTIONS 3.1a); the quoted two-business-day limit is the standing rule it brings in [local due 2002-08-29 23:59:59]
    B(
        text='This amendment, which becomes effective Aug. 29, 2002, will require insiders to file reports "before the end of the second business day following the day on which the subject transaction has been executed, or at such other time as the Commission shall establish, by rule, in any case in which the Commission determines that such two-day period is not feasible."',
        due="2002-08-30 03:59:59",
        vague=False,
        said="2002-08-06 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SEC02,
        published="2002-08-06",
    ),
    # the same page: 'no later than' Thursday 29 August 2002: due at the end of that day [local due 2002-08-29 23:59:59]
    B(
        text="As described in the release, the Commission anticipates that it will adopt rules regarding the accelerated reporting deadline no later than Aug. 29, 2002.",
        due="2002-08-30 03:59:59",
        vague=False,
        said="2002-08-06 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SEC02,
        published="2002-08-06",
    ),
    # US Securities and Exchange Commission (press release 2001-100, public domain; sec.gov), dated 'Washington, DC, September 26, 2001' (the dateline is left out of the quote); zone America/New_York; said 26 September 2001 10:00 EDT. The action of Tuesday 25 September 2001, the day before: past (CONVENTIONS 2.4)
    B(
        text="On September 25, during its open meeting, the Commission took action on a number of issues as described below.",
        due=None,
        vague=False,
        said="2001-09-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SEC01,
        published="2001-09-26",
    ),
    # the same page: 'as soon as possible' as the publisher's undertaking: vague, 60 days from 26 September 2001, Sunday 25 November 2001 (CONVENTIONS 5.1) [local due 2001-11-25 23:59:59]
    B(
        text="Formal releases regarding these actions will be available on the Commission's web site at www.sec.gov as soon as possible.",
        due="2001-11-26 04:59:59",
        vague=True,
        said="2001-09-26 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SEC01,
        published="2001-09-26",
    ),
    # the same page: 'Currently' tells of the rules in force; nothing is set a time: due None, no refusal word
    B(
        text="Currently the Commission's rules only permit, but do not require, foreign issuers to file their securities documents on EDGAR.",
        due=None,
        vague=False,
        said="2001-09-26 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SEC01,
        published="2001-09-26",
    ),
    # Federal Emergency Management Agency (news release 1501-050, 'Release date: January 20, 2004', public domain; fema.gov), San Juan, Puerto Rico; zone America/Puerto_Rico (AST, no daylight saving); said 20 January 2004 10:00 AST. The dateline 'SAN JUAN, PR --' is left out; the page's '?' for an accented letter ('Hern?ndez') stays as the page has it. 'today' is on the verb of speaking (CONVENTIONS 2.2); the deadline is Wednesday 4 February 2004, due at the end of that day [local due 2004-02-04 23:59:59]
    B(
        text="Commonwealth and Federal disaster relief officials in Puerto Rico announced today that the registration deadline for aid has been extended to Wednesday, February 4, 2004.",
        due="2004-02-05 03:59:59",
        vague=False,
        said="2004-01-20 14:00:00",
        tz="America/Puerto_Rico",
        cluster=6,
        source=_FEMA04A,
        published="2004-01-20",
    ),
    # the same page: the only dates are of losses in the past: past (CONVENTIONS 2.4)
    B(
        text='"Individuals and businesses who suffered losses from November 10-23, 2003 due to the rains, floods and landslides, may qualify for assistance," said Federal Coordinating Officer Justo Hern?ndez of the Federal Emergency Management Agency (FEMA).',
        due=None,
        vague=False,
        said="2004-01-20 14:00:00",
        tz="America/Puerto_Rico",
        refusal="past",
        cluster=5,
        source=_FEMA04A,
        published="2004-01-20",
    ),
    # the same page: 'already', 'still' and 'per day' tell of what is done and a rate; no act is set a time: due None, no refusal word
    B(
        text="FEMA officials said that more than 52,000 individuals already have registered for disaster assistance, and they are still receiving upwards of 700 registrations per day.",
        due=None,
        vague=False,
        said="2004-01-20 14:00:00",
        tz="America/Puerto_Rico",
        cluster=1,
        source=_FEMA04A,
        published="2004-01-20",
    ),
    # the same page: the decision to extend is told as done ('we felt'), and the period's new end is not in this sentence: past (CONVENTIONS 2.4, 5.3). The quote's opening mark is kept as the page has it. unsure: a careful reader could give due None and no refusal word ('still registering' is the present)
    B(
        text='"With the large number of people still registering, we felt it was important to extend the registration period.',
        due=None,
        vague=False,
        said="2004-01-20 14:00:00",
        tz="America/Puerto_Rico",
        refusal="past",
        cluster=5,
        source=_FEMA04A,
        published="2004-01-20",
    ),
    # the same page: 'as soon as possible': vague, 60 days from 20 January 2004, Saturday 20 March 2004 (CONVENTIONS 5.1) [local due 2004-03-20 23:59:59]. unsure: the words ask the residents and are no undertaking of the speaker, so a careful reader could give due None (CONVENTIONS 5.1 names the speaker's undertaking); page: the registration deadline of 4 February 2004
    B(
        text="Residents who have not registered should do so, as soon as possible, by calling the toll-free registration line at 1-800-621-3362.",
        due="2004-03-21 03:59:59",
        vague=True,
        said="2004-01-20 14:00:00",
        tz="America/Puerto_Rico",
        cluster=4,
        source=_FEMA04A,
        published="2004-01-20",
    ),
    # the same page: standing hours of the line: recurring (CONVENTIONS 1.3, 6.3: a clock time of a standing rule)
    B(
        text="Applicants can call Monday through Saturday from 8 a.m. to 7 p.m.",
        due=None,
        vague=False,
        said="2004-01-20 14:00:00",
        tz="America/Puerto_Rico",
        refusal="recurring",
        cluster=5,
        source=_FEMA04A,
        published="2004-01-20",
    ),
    # Federal Emergency Management Agency (news release 1501-060, 'Release date: February 2, 2004', public domain; fema.gov), San Juan; zone America/Puerto_Rico; said 2 February 2004 10:00 AST. The dateline 'San Juan, P.R. --' is left out; the page's 'twenty -one' stays. A time limit from now: two days from Monday 2 February 2004, the end of Wednesday 4 February 2004 (CONVENTIONS 1.2) [local due 2004-02-04 23:59:59]
    B(
        text="Residents of the twenty -one disaster declared municipalities who have not yet registered for federal disaster aid, have only two more days to register.",
        due="2004-02-05 03:59:59",
        vague=False,
        said="2004-02-02 14:00:00",
        tz="America/Puerto_Rico",
        cluster=4,
        source=_FEMA04B,
        published="2004-02-02",
    ),
    # the same page: the last day is Wednesday 4 February 2004, due at its end [local due 2004-02-04 23:59:59]
    B(
        text="Wednesday, February 4, 2004, is the last day to apply for most disaster assistance programs, according to federal and Commonwealth disaster recovery officials.",
        due="2004-02-05 03:59:59",
        vague=False,
        said="2004-02-02 14:00:00",
        tz="America/Puerto_Rico",
        cluster=6,
        source=_FEMA04B,
        published="2004-02-02",
    ),
    # the same page: 'on that day' names no day the sentence gives; the clock time is read from the sentence and its moment, the first 6:00 p.m. AST after speaking, Monday 2 February 2004 (CONVENTIONS 6.3; page: 4 February 2004 18:00 AST) [local due 2004-02-02 18:00:00]. unsure: 'that day' is a day word pointing to the sentence before, so a careful reader could call the time hung on a day this sentence does not date, 'event' (CONVENTIONS 1.3)
    B(
        text="The registration line will close at 6:00 p.m. on that day.",
        due="2004-02-02 22:00:00",
        vague=False,
        said="2004-02-02 14:00:00",
        tz="America/Puerto_Rico",
        cluster=2,
        source=_FEMA04B,
        published="2004-02-02",
    ),
    # the same page: 'as soon as possible': vague, 60 days from 2 February 2004, Friday 2 April 2004 (CONVENTIONS 5.1) [local due 2004-04-02 23:59:59]. unsure: an urging of the residents, no undertaking of the speaker: a careful reader could give due None (CONVENTIONS 5.1); page: the last day, 4 February 2004
    B(
        text='"We urge those residents who have not registered to do so, as soon as possible, by calling the FEMA toll-free registration line, 1-800-621-3362 (TTY: 1-800-462-7585)," said Justo Hernández, Federal Coordinating Officer.',
        due="2004-04-03 03:59:59",
        vague=True,
        said="2004-02-02 14:00:00",
        tz="America/Puerto_Rico",
        cluster=4,
        source=_FEMA04B,
        published="2004-02-02",
    ),
    # the same page: standing hours of the line: recurring (CONVENTIONS 1.3, 6.3). unsure: the hours are of the two days left, so a careful reader could read the next 6 p.m. after speaking, 2 February 2004 18:00 AST (CONVENTIONS 6.3)
    B(
        text="The FEMA registration line is available from 8 a.m. to 6 p.m.",
        due=None,
        vague=False,
        said="2004-02-02 14:00:00",
        tz="America/Puerto_Rico",
        refusal="recurring",
        cluster=5,
        source=_FEMA04B,
        published="2004-02-02",
    ),
    # the same page: 'currently' tells of the present; nothing is set a time: due None, no refusal word
    B(
        text="There are currently seven Disaster Recovery Centers (DRCs) set up to provide answers to questions about disaster assistance programs.",
        due=None,
        vague=False,
        said="2004-02-02 14:00:00",
        tz="America/Puerto_Rico",
        cluster=1,
        source=_FEMA04B,
        published="2004-02-02",
    ),
    # the same page: standing opening hours with no end ('until further notice'): recurring (CONVENTIONS 1.3)
    B(
        text="The DRCs are located in the municipalities of Aibonito, Canóvanas, Guánica, Naranjito, Rio Grande, Salinas and Yabucoa, operating Monday through Saturday, from 9 a.m. to 6 p.m., until further notice.",
        due=None,
        vague=False,
        said="2004-02-02 14:00:00",
        tz="America/Puerto_Rico",
        refusal="recurring",
        cluster=5,
        source=_FEMA04B,
        published="2004-02-02",
    ),
    # Federal Emergency Management Agency (release of 'November 10, 2022' in the date field, public domain; fema.gov, the English text on a page of the site's Chinese section), San Juan, Puerto Rico; zone America/Puerto_Rico; said 10 November 2022 10:00 AST. The deadline is Monday 21 November 2022, due at the end of that day [local due 2022-11-21 23:59:59]
    B(
        text="The deadline to apply for FEMA disaster assistance is Monday, Nov. 21, 2022.",
        due="2022-11-22 03:59:59",
        vague=False,
        said="2022-11-10 14:00:00",
        tz="America/Puerto_Rico",
        cluster=6,
        source=_FEMA22,
        published="2022-11-10",
    ),
    # the same page: 'the deadline date' is not dated in this sentence, and the processing hangs on it: event (CONVENTIONS 1.3). unsure: a careful reader could call the promise a standing rule with no time, due None and no refusal word
    B(
        text="All applications received prior or on the deadline date will be processed.",
        due=None,
        vague=False,
        said="2022-11-10 14:00:00",
        tz="America/Puerto_Rico",
        refusal="event",
        cluster=5,
        source=_FEMA22,
        published="2022-11-10",
    ),
    # Federal Trade Commission ('Open for Comment' page of ftc.gov, public domain; the copy captured by the End of Term web archive at 18:24:19 UTC on 3 December 2018, the time stamp in its address); the page carries no date of its own, so it is read as of its capture: said 3 December 2018 13:24:19 EST; zone America/New_York. 'a three-year extension' of a clearance whose end this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="The FTC seeks public comments on its request to OMB for a three-year extension of the current PRA clearance for information collection requirements contained in the Children’s Online Privacy Protection Act Rule (COPPA Rule).",
        due=None,
        vague=False,
        said="2018-12-03 18:24:19",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FTC18,
        published="2018-12-03",
    ),
    # the same page: comments due on Monday 3 December 2018, the day of the capture: due at its end [local due 2018-12-03 23:59:59]
    B(
        text="Comments Due: December 3, 2018 (end of comment period)",
        due="2018-12-04 04:59:59",
        vague=False,
        said="2018-12-03 18:24:19",
        tz="America/New_York",
        cluster=6,
        source=_FTC18,
        published="2018-12-03",
    ),
    # the same page: comments due on Thursday 13 December 2018, due at its end [local due 2018-12-13 23:59:59]
    B(
        text="Comments Due: December 13, 2018",
        due="2018-12-14 04:59:59",
        vague=False,
        said="2018-12-03 18:24:19",
        tz="America/New_York",
        cluster=6,
        source=_FTC18,
        published="2018-12-03",
    ),
    # the same page: the hearing of 15-17 October 2018 was over when the page was captured (3 December 2018), and the seeking of comments has no time: past (CONVENTIONS 2.4); '21st Century' is the hearing's name. unsure: a careful reader could give due None and no refusal word (the comments sought are given no time)
    B(
        text="The Commission is seeking comments for Hearing #3 On Competition and Consumer Protection in the 21st Century - Oct. 15-17 at the Antonin Scalia Law School - George Mason University:",
        due=None,
        vague=False,
        said="2018-12-03 18:24:19",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FTC18,
        published="2018-12-03",
    ),
    # Centers for Disease Control and Prevention (media advisory of Friday 12 June 2020, public domain; carried whole in the first post of a flutrackers.com thread, whose header reads 'Date: Jun 12, 2020 9:36 AM'; the forum members' notes below it are not quoted); zone America/New_York (the advisory gives 'ET'); said 12 June 2020 09:36 EDT. The telebriefing is at 12:00 p.m. EDT on Friday 12 June 2020, a one-off event at an hour (CONVENTIONS 3.1) [local due 2020-06-12 12:00:00]
    B(
        text="When 12:00 p.m. ET Friday, June 12, 2020",
        due="2020-06-12 16:00:00",
        vague=False,
        said="2020-06-12 13:36:00",
        tz="America/New_York",
        cluster=2,
        source=_CDC20JUN,
        published="2020-06-12",
    ),
    # the same page: '15 minutes before the start time' hangs on a start this sentence does not give: event (CONVENTIONS 1.3). unsure: the sentence's moment is the advisory's, so a careful reader could give 11:45 EDT on 12 June 2020
    B(
        text="Due to anticipated high volume, please plan to dial in to the telebriefing 15 minutes before the start time.",
        due=None,
        vague=False,
        said="2020-06-12 13:36:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CDC20JUN,
        published="2020-06-12",
    ),
    # the same page: 'at any time' sets no time: due None, no refusal word
    B(
        text="You may queue up at any time.",
        due=None,
        vague=False,
        said="2020-06-12 13:36:00",
        tz="America/New_York",
        cluster=1,
        source=_CDC20JUN,
        published="2020-06-12",
    ),
    # the same page: 'following the briefing', an event this sentence does not date: event (CONVENTIONS 1.3, 5.2)
    B(
        text="A transcript will be available following the briefing at CDC’s web site: www.cdc.gov/media.",
        due=None,
        vague=False,
        said="2020-06-12 13:36:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CDC20JUN,
        published="2020-06-12",
    ),
    # Centers for Disease Control and Prevention (media advisory of Friday 24 January 2020, public domain; carried whole in the first post of a flutrackers.com thread, header 'Date: Jan 24, 2020 8:06 AM'); zone America/New_York; said 24 January 2020 08:06 EST. Its instructions repeat the advisory of 12 June 2020 word for word and are not taken again. An embargo is a lower bound only: earliest 11:00 a.m. EST on Friday 24 January 2020 (CONVENTIONS 3.2, 6.3: the first 11 a.m. after speaking) [local earliest 2020-01-24 11:00:00]
    B(
        text="Content Embargoed until 11 a.m. ET",
        due=None,
        vague=False,
        said="2020-01-24 13:06:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2020-01-24 16:00:00",
        cluster=5,
        source=_CDC20JAN,
        published="2020-01-24",
    ),
    # the same page: the telebriefing is at 10 a.m. EST on Friday 24 January 2020 (CONVENTIONS 3.1) [local due 2020-01-24 10:00:00]
    B(
        text="When 10 a.m. ET Friday, January 24, 2020",
        due="2020-01-24 15:00:00",
        vague=False,
        said="2020-01-24 13:06:00",
        tz="America/New_York",
        cluster=2,
        source=_CDC20JAN,
        published="2020-01-24",
    ),
    # National Institutes of Health (NIH Guide notice NOT-OD-14-007, 'Release Date: October 22, 2013', public domain; grants.nih.gov); zone America/New_York (NIH, Bethesda MD); said 22 October 2013 10:00 EDT. The revision is done ('has revised'), and 'after the government shutdown' is of the past: past (CONVENTIONS 2.4)
    B(
        text="This Notice is to inform the community that NIH has revised its approach to resuming operations after the government shutdown.",
        due=None,
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NIH13,
        published="2013-10-22",
    ),
    # the same page: the meetings are rescheduled so that applications reach the January 2014 Council meetings: due at the month's end, Friday 31 January 2014 (a month falls due at its end, parser docstring) [local due 2014-01-31 23:59:59]. unsure: 'now' could be read as the rescheduling being done today, the end of 22 October 2013 (CONVENTIONS 2.1)
    B(
        text="NIH will now reschedule most of the 200+ missed peer review meetings so that most applications are able to be considered at January 2014 Council meetings.",
        due="2014-02-01 04:59:59",
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NIH13,
        published="2013-10-22",
    ),
    # the same page: rescheduled for consideration at the January 2014 Council meetings: the month's end, 31 January 2014; 'during or immediately following the government shutdown' is of the past [local due 2014-01-31 23:59:59]
    B(
        text="Most NIH peer review meetings that occurred during or immediately following the government shutdown will be rescheduled so that as many applications as possible are able to be considered at January 2014 Council meetings.",
        due="2014-02-01 04:59:59",
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NIH13,
        published="2013-10-22",
    ),
    # the same page: 'tight time frames' and 'this round' set no time: due None, no refusal word
    B(
        text="As this is an unprecedented situation where the review meetings are being rescheduled under tight time frames, scheduling complexities may prevent the evaluation of the full complement of applications for this round.",
        due=None,
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH13,
        published="2013-10-22",
    ),
    # the same page: a possibility, no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could read 'in time for the January 2014 Advisory Council' as a deadline, the end of January 2014
    B(
        text="Thus, while it is thought to be a small number, there may be some applications that cannot be reviewed in time for the January 2014 Advisory Council.",
        due=None,
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH13,
        published="2013-10-22",
    ),
    # the same page: the notice is sent 'during the week of November 4, 2013', due at the week's end, Sunday 10 November 2013 (weeks run Monday to Sunday, parser docstring); 'the May 2014 Advisory Council' names the round reassigned to [local due 2013-11-10 23:59:59]. unsure: taking the May 2014 Council as the time of the reassignment, a careful reader gives the later of the two, the end of May 2014 (CONVENTIONS 6.2)
    B(
        text="These applications will be reassigned to the May 2014 Advisory Council and both the principal investigator and the signing official listed on the grant application will receive an email notification alerting them to the change during the week of November 4, 2013.",
        due="2013-11-11 04:59:59",
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NIH13,
        published="2013-10-22",
    ),
    # the same page: '09/09/9999' is a marker value written into a field, not a time of any act; the adjustment itself has no time: due None, no refusal word. unsure: read as a date, the value is 9 September 9999, which a careful reader could give
    B(
        text="NIH will also adjust the meeting dates listed in the eRA Commons for these refresh-eligible applications to 09/09/9999 so the applications can be easily identified.",
        due=None,
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH13,
        published="2013-10-22",
    ),
    # the same page: peer review in February or March 2014: the later, the end of Monday 31 March 2014 (CONVENTIONS 6.2) [local due 2014-03-31 23:59:59]
    B(
        text="Applications reassigned to the May 2014 Advisory Council will proceed to initial peer review in February/March 2014 without any action from the applicant.",
        due="2014-04-01 03:59:59",
        vague=False,
        said="2013-10-22 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NIH13,
        published="2013-10-22",
    ),
    # National Institutes of Health (NIH Guide notice NOT-OD-07-031, 'Release Date: December 21, 2006', public domain; grants.nih.gov); zone America/New_York; said 21 December 2006 10:00 EST. A standing instruction for late applications, with no time: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None and no refusal word ('late' sets no time)
    B(
        text="Paper and electronic applications that are submitted late because of the winter storm should include a cover letter noting the reasons for the delay.",
        due=None,
        vague=False,
        said="2006-12-21 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NIH06STORM,
        published="2006-12-21",
    ),
    # the same page: 'in advance' sets no time: due None, no refusal word
    B(
        text="It is not necessary to get permission in advance for storm-related delays in grant application submissions.",
        due=None,
        vague=False,
        said="2006-12-21 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH06STORM,
        published="2006-12-21",
    ),
    # the same page: the limit is the length of a closure this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="It is expected that the delay will generally not exceed the time period that an institution is closed.",
        due=None,
        vague=False,
        said="2006-12-21 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NIH06STORM,
        published="2006-12-21",
    ),
    # National Institutes of Health (NIH Guide notice NOT-OD-07-026, 'Release Date: December 7, 2006', marked rescinded on the page, public domain; grants.nih.gov); zone America/New_York; said 7 December 2006 10:00 EST. The receipt dates take effect in February 2007: due at the month's end, Wednesday 28 February 2007 (CONVENTIONS 3.1, a month falls due at its end) [local due 2007-02-28 23:59:59]
    B(
        text="This notice provides information on the implementation of the NIH Policy on Late Applications (Notice OD-06-086) for applications involving multiple Principal Investigators (PIs) and includes the receipt dates that will be effective in February 2007.",
        due="2007-03-01 04:59:59",
        vague=False,
        said="2006-12-07 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NIH06LATE,
        published="2006-12-07",
    ),
    # the same page: 'has recently announced': done when spoken: past (CONVENTIONS 2.4)
    B(
        text="NIH has recently announced the plans for extending the multiple PI option to most research grant applications as the grant mechanisms transition to electronic submission (Notice OD-07-017).",
        due=None,
        vague=False,
        said="2006-12-07 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NIH06LATE,
        published="2006-12-07",
    ),
    # the same page: a standing rule on late applications with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="One of the explanations for late submission that may lead to acceptance of an application is service by the Principal Investigator on an NIH extramural review group during the time frame that would reasonably be expected to be used to prepare the application.",
        due=None,
        vague=False,
        said="2006-12-07 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NIH06LATE,
        published="2006-12-07",
    ),
    # the same page: the change is done ('has changed'): past (CONVENTIONS 2.4). unsure: a careful reader could give due None and no refusal word (no day word)
    B(
        text="NIH has changed the standing receipt dates for a number of application types (http://grants.nih.gov/grants/funding/submissionschedule.htm).",
        due=None,
        vague=False,
        said="2006-12-07 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NIH06LATE,
        published="2006-12-07",
    ),
    # the same page: 'now' tells of the page as it stands: due None, no refusal word
    B(
        text="These are now included in the listing below.",
        due=None,
        vague=False,
        said="2006-12-07 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NIH06LATE,
        published="2006-12-07",
    ),
    # Bureau of Land Management, Utah, Canyon Country District (news release, 'Release Date: 07/17/14', a work of the US federal government, public domain; blm.gov), Moab, Utah; zone America/Denver (MDT); said 17 July 2014 10:00 MDT. 'now' tells of the rules as they stand; nothing is set a time: due None, no refusal word
    B(
        text="The proposed rules, which are now available for public review in the Federal Register, are designed to facilitate safe and responsible recreation on BLM-administered public lands.",
        due=None,
        vague=False,
        said="2014-07-17 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_BLM14,
        published="2014-07-17",
    ),
    # the same page: '2008' names the plans of the past, and the rules were developed before speaking: past (CONVENTIONS 2.4)
    B(
        text="The rules were developed to implement management decisions made in the 2008 Moab and Monticello Resource Management Plans (RMPs).",
        due=None,
        vague=False,
        said="2014-07-17 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_BLM14,
        published="2014-07-17",
    ),
    # the same page: 'ongoing' efforts have no end, and the commitments were made in a past process: due None, no refusal word. unsure: a careful reader could call the sentence's only time, the past planning process, 'past' (CONVENTIONS 2.4)
    B(
        text='"They also underscore our ongoing efforts to implement land management commitments we made with the public and our partners during the RMP planning process."',
        due=None,
        vague=False,
        said="2014-07-17 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_BLM14,
        published="2014-07-17",
    ),
    # the same page: comments by Tuesday 16 September 2014: due at the end of that day [local due 2014-09-16 23:59:59]
    B(
        text="Written comments must be received or postmarked by Sept. 16, 2014.",
        due="2014-09-17 05:59:59",
        vague=False,
        said="2014-07-17 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_BLM14,
        published="2014-07-17",
    ),
    # Western Area Power Administration, Department of Energy (Federal Register notice 2012-28175, draft recommendations of the Western/DOE Joint Outreach Team, public domain; carried whole by thefederalregister.com), published Tuesday 20 November 2012 (the address's date); zone America/Denver (Western, Lakewood CO; the notice gives 'MST'); said 20 November 2012 10:00 MST. 'on or before 4 p.m. MST January 22, 2013': Tuesday 22 January 2013 at 16:00 MST [local due 2013-01-22 16:00:00]
    B(
        text="DATES: To ensure consideration, all comments should be received by Western at the address below on or before 4 p.m. MST January 22, 2013.",
        due="2013-01-22 23:00:00",
        vague=False,
        said="2012-11-20 17:00:00",
        tz="America/Denver",
        cluster=2,
        source=_WAPA12,
        published="2012-11-20",
    ),
    # Western Area Power Administration, Department of Energy (Federal Register notice 94-7711, draft EIS for the Energy Planning and Management Program, public domain; govinfo.gov), the page's own date 'Thursday, March 31, 1994'; zone America/Denver (Western's headquarters, Golden CO); said 31 March 1994 10:00 MST. 'long-term' describes customers and planning, not a span to anything: due None, no refusal word
    B(
        text="The proposed Program would require Western's long-term firm customers to implement long-term energy planning to help enhance efficient electric energy use.",
        due=None,
        vague=False,
        said="1994-03-31 17:00:00",
        tz="America/Denver",
        cluster=1,
        source=_WAPA94,
        published="1994-03-31",
    ),
    # the same page: possibilities, no undertaking, and 'in the future' sets no time: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="The proposed Program could link Western's power resource commitments to customer programs for long-term energy planning and efficient electric energy use, or Western could continue to market power on a project-specific basis in the future.",
        due=None,
        vague=False,
        said="1994-03-31 17:00:00",
        tz="America/Denver",
        cluster=1,
        source=_WAPA94,
        published="1994-03-31",
    ),
    # Department of Labor, Employment and Training Administration (80 FR 80307, extension of a comment period, public domain; carried whole by thefederalregister.org), the page's own date 'Thursday, December 24, 2015'; zone America/New_York; said 24 December 2015 10:00 EST. The proposed rule was issued on 6 November 2015; '1937' names the Act: past (CONVENTIONS 2.4)
    B(
        text="The Department of Labor (Department) issued a proposed rule in the Federal Register of November 6, 2015 [80 FR 68907], concerning proposed updates to the equal opportunity regulations that implement the National Apprenticeship Act of 1937.",
        due=None,
        vague=False,
        said="2015-12-24 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOLETA15,
        published="2015-12-24",
    ),
    # the same page: the period is extended to Wednesday 20 January 2016, the later end (CONVENTIONS 1.1, 6.1; the 15 days are counted from 5 January to the same day) [local due 2016-01-20 23:59:59]
    B(
        text="This document extends the comment period an additional 15 days, from January 5, 2016, to January 20, 2016.",
        due="2016-01-21 04:59:59",
        vague=False,
        said="2015-12-24 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_DOLETA15,
        published="2015-12-24",
    ),
    # the same page: a request received before speaking, and 'additional time' is not given: past (CONVENTIONS 2.4). unsure: with no day word, a careful reader could give due None and no refusal word
    B(
        text="The Department received a request for additional time to develop comments on the proposed rulemaking.",
        due=None,
        vague=False,
        said="2015-12-24 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOLETA15,
        published="2015-12-24",
    ),
    # Department of Labor, Wage and Hour Division, Chicago (news release 06-1872-chi, 'Date: November 9, 2006', public domain; dol.gov as captured by the End of Term web archive of 2008); zone America/Chicago (CST); said 9 November 2006 10:00 CST. The dateline 'CHICAGO --' is left out. 'today' is on the verb of speaking (CONVENTIONS 2.2), and an effort begun now, with no end of its own, sets no deadline: due None, no refusal word. unsure: a careful reader could take the beginning as the act of the day, due at the end of Thursday 9 November 2006 (CONVENTIONS 2.1), or as a start only, 'earliest' (CONVENTIONS 3.2)
    B(
        text="The U.S. Department of Labor announced today that it is beginning a concentrated enforcement effort for restaurants in the Chicago metropolitan area to combat violations of federal minimum wage and overtime pay regulations.",
        due=None,
        vague=False,
        said="2006-11-09 16:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_DOLWHD06,
        published="2006-11-09",
    ),
    # the same page: the federal fiscal year 2007 runs from 1 October 2006 to 30 September 2007: due at its end, Sunday 30 September 2007 (a period falls due at its end) [local due 2007-09-30 23:59:59]. unsure: a reader who takes 'fiscal year 2007' as the calendar year gives the end of 31 December 2007; the federal year is the publisher's
    B(
        text="During fiscal year 2007, the department’s Wage and Hour Division plans to randomly select approximately 67 full-service restaurants from DuPage, McHenry, Lake, Will, Kane, Kendall and suburban Cook Counties and conduct investigations to determine the current level of Fair Labor Standards Act (FLSA) compliance.",
        due="2007-10-01 04:59:59",
        vague=False,
        said="2006-11-09 16:00:00",
        tz="America/Chicago",
        cluster=4,
        source=_DOLWHD06,
        published="2006-11-09",
    ),
    # the same page: investigations of 1999 and 2001, done: past (CONVENTIONS 2.4)
    B(
        text="The agency conducted similar investigations in 1999 and 2001 and found compliance rates of 42 percent and 38 percent respectively.",
        due=None,
        vague=False,
        said="2006-11-09 16:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_DOLWHD06,
        published="2006-11-09",
    ),
    # the same page: 'current' tells of the present; nothing is set a time: due None, no refusal word
    B(
        text="The Wage and Hour Division has a confidential, online self-survey to help employers determine their current level of FLSA compliance particularly in the area of youth employment.",
        due=None,
        vague=False,
        said="2006-11-09 16:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_DOLWHD06,
        published="2006-11-09",
    ),
    # Department of Labor, Wage and Hour Division, Chicago (news release 05-960-CHI, 'Date: June 6, 2005', public domain; dol.gov as captured by the End of Term web archive of 2008); zone America/Chicago (CDT); said 6 June 2005 10:00 CDT. The dateline is left out. 'today' is on the verb of speaking (CONVENTIONS 2.2); the settlements are reached before speaking: past (CONVENTIONS 2.4). unsure: a careful reader could give due None and no refusal word (the payments are given no time)
    B(
        text="The U.S. Department of Labor today announced settlements with three Chicago area employers resulting in payments of nearly $92,000 for 58 low-wage workers.",
        due=None,
        vague=False,
        said="2005-06-06 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_DOLWHD05,
        published="2005-06-06",
    ),
    # USDA Forest Service, Alaska Region (news release of 'March 26, 2010', a work of the US federal government, public domain; carried whole by a mailing-list archive, spinics.net, with its addresses masked), Juneau; zone America/Juneau (AKDT); said 26 March 2010 10:00 AKDT. The dateline 'Juneau, Alaska–' is left out. 'today' is on the verb of speaking (CONVENTIONS 2.2), and the roundtable is given no time in this sentence: due None, no refusal word
    B(
        text="Alaska Regional Forester Beth Pendleton announced today that Juneau will host one of nine regional roundtables to provide an opportunity for public discussion on the development of a new Forest Service Land and Resource Management Planning Rule.",
        due=None,
        vague=False,
        said="2010-03-26 18:00:00",
        tz="America/Juneau",
        cluster=1,
        source=_FS10,
        published="2010-03-26",
    ),
    # the same page: the roundtable is on Tuesday 13 April 2010, a one-off event on a day (CONVENTIONS 3.1) [local due 2010-04-13 23:59:59]
    B(
        text="Juneau’s roundtable will take place April 13, 2010, in Centennial Hall.",
        due="2010-04-14 07:59:59",
        vague=False,
        said="2010-03-26 18:00:00",
        tz="America/Juneau",
        cluster=6,
        source=_FS10,
        published="2010-03-26",
    ),
    # the same page: clock times with no day of their own in the sentence: the later end, the first 8 p.m. AKDT after speaking, Friday 26 March 2010 (CONVENTIONS 6.1, 6.3; page: 13 April 2010 20:00 AKDT) [local due 2010-03-26 20:00:00]
    B(
        text="To increase opportunities to participate in the roundtable process, the Forest Service will host two separate sessions, from 2-5 p.m. and from 6-8 p.m.",
        due="2010-03-27 04:00:00",
        vague=False,
        said="2010-03-26 18:00:00",
        tz="America/Juneau",
        cluster=2,
        source=_FS10,
        published="2010-03-26",
    ),
    # the same page: 'before attending a roundtable', an event this sentence does not date: event (CONVENTIONS 1.3, 5.2)
    B(
        text="The Forest Service encourages the public to visit the national web site for the planning rule development process before attending a roundtable.",
        due=None,
        vague=False,
        said="2010-03-26 18:00:00",
        tz="America/Juneau",
        refusal="event",
        cluster=5,
        source=_FS10,
        published="2010-03-26",
    ),
    # Department of Veterans Affairs (news release of Wednesday 9 August 2023, its own words: 'today (August 9)', a work of the US federal government, public domain; carried whole by the American Legion's Indiana department, indianalegion.org); zone America/New_York (the release gives 'ET'); no hour of publication on the page (the release reports the state 'As of 5:00pm'), so said at 10:00 EDT by the convention. 'Today' is on the verb of speaking (CONVENTIONS 2.2); the deadline is 11:59 p.m. EDT on Monday 14 August 2023; 10 August 2022 is the past date benefits reach back to [local due 2023-08-14 23:59:00]
    B(
        text="Today, VA announced that Veterans and survivors who apply (or submit their intent to file) for PACT Act benefits by 11:59PM ET on Monday, August 14, 2023 will be eligible to have their benefits backdated to August 10, 2022 – the day that President Biden signed the PACT Act into law.",
        due="2023-08-15 03:59:00",
        vague=False,
        said="2023-08-09 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_VA23,
        published="2023-08-09",
    ),
    # the same page: the original deadline, the day of speaking, is superseded by the extension (a called-off time, the new one not in this sentence): negated (CONVENTIONS 4.1). unsure: a careful reader could give the end of 9 August 2023, the only date in the sentence
    B(
        text="This is an extension from the original deadline of August 9, 2023.",
        due=None,
        vague=False,
        said="2023-08-09 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_VA23,
        published="2023-08-09",
    ),
    # the same page: 'now' urges the reader and names no time for an act of the speaker: due None, no refusal word. unsure: a careful reader could read 'now' as the day of speaking, the end of 9 August 2023 (CONVENTIONS 2.1)
    B(
        text="We encourage all Veterans and their survivors to apply – or submit their intent to file – for PACT Act benefits now by visiting VA.gov/PACT.",
        due=None,
        vague=False,
        said="2023-08-09 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_VA23,
        published="2023-08-09",
    ),
    # the same page: a decision made before speaking, after difficulties 'in recent days': past (CONVENTIONS 2.4)
    B(
        text="VA has made this decision out of an abundance of caution after experiencing technical difficulties with VA.gov/PACT in recent days.",
        due=None,
        vague=False,
        said="2023-08-09 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VA23,
        published="2023-08-09",
    ),
    # the same page: 'a single day' counts benefits, not time to any act: due None, no refusal word
    B(
        text="Most importantly, no Veteran or survivor will miss out on a single day of benefits due to this issue.",
        due=None,
        vague=False,
        said="2023-08-09 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_VA23,
        published="2023-08-09",
    ),
    # the same page: a report of the day so far ('had resulted'), at 5:00 p.m. on 9 August 2023: past (CONVENTIONS 2.4)
    B(
        text="As of 5:00pm, less than one tenth of one percent of attempts to submit an “intent to file” today (August 9) had resulted in an error message.",
        due=None,
        vague=False,
        said="2023-08-09 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VA23,
        published="2023-08-09",
    ),
    # the same page: 8 August 2023, the day before: past
    B(
        text="This percentage is down from about 18% on August 8.",
        due=None,
        vague=False,
        said="2023-08-09 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VA23,
        published="2023-08-09",
    ),
    # the same page: the calls of 'this week' are told as had; the work to decrease waits has no time: past (CONVENTIONS 2.4). unsure: a careful reader could give due None and no refusal word (the ongoing work), or the end of this week, Sunday 13 August 2023
    B(
        text="Additionally, we have had a high volume of calls to VA call centers throughout this week, and we are working to decrease abnormally long call center wait times.",
        due=None,
        vague=False,
        said="2023-08-09 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VA23,
        published="2023-08-09",
    ),
    # the same page: 'until they are fully resolved', an undated event: event (CONVENTIONS 1.3, 5.2)
    B(
        text="We continue to work on these issues and will not rest until they are fully resolved.",
        due=None,
        vague=False,
        said="2023-08-09 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_VA23,
        published="2023-08-09",
    ),
    # USDA Agricultural Marketing Service (80 FR 58636, notice to reconvene a public hearing on a milk marketing order for California, public domain; carried whole by regulations.justia.com), the page's own date 'Wednesday, September 30, 2015'; zone America/Los_Angeles (the hearing is in Clovis and Fresno, California); said 30 September 2015 10:00 PDT. The hearing began on 22 September 2015 (past); the adjournment of 30 September is only a possibility, and the date to reconvene is not in this sentence: event (CONVENTIONS 1.3, 4.2). unsure: a careful reader could give due None and no refusal word (a hypothetical with no time of its own)
    B(
        text="In the event of a lapse of appropriations necessitating an adjournment of the public hearing on September 30, 2015, this Notice serves to establish a date to reconvene a public hearing that began on September 22, 2015, in Clovis, CA, to consider and take evidence on a proposal to establish a Federal milk marketing order to regulate the handling of milk in California.",
        due=None,
        vague=False,
        said="2015-09-30 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_AMS15,
        published="2015-09-30",
    ),
    # the same page: two business days after an undated resumption: event (CONVENTIONS 1.3; 6.3: refusals apply first)
    B(
        text="The hearing will reconvene at 9:00 a.m. two business days after the date Federal government operations resume.",
        due=None,
        vague=False,
        said="2015-09-30 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_AMS15,
        published="2015-09-30",
    ),
    # the same page: the Monday after an undated Friday: event (CONVENTIONS 1.3). unsure: read alone, 'the following Monday' could be taken as the next Monday after speaking, the end of 5 October 2015
    B(
        text="If the date is a Friday, the hearing will reconvene the following Monday.",
        due=None,
        vague=False,
        said="2015-09-30 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_AMS15,
        published="2015-09-30",
    ),
    # the same page: the business day after an undated date: event (CONVENTIONS 1.3)
    B(
        text="If the reconvening date is a Federal Holiday, the hearing will reconvene the next business day.",
        due=None,
        vague=False,
        said="2015-09-30 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_AMS15,
        published="2015-09-30",
    ),
    # the same page: two days of hearing: the later, the end of Friday 23 October 2015 (CONVENTIONS 6.1) [local due 2015-10-23 23:59:59]. unsure: the sitting hangs on the hearing being 'still ongoing', so a careful reader could call it no undertaking (due None, CONVENTIONS 4.2)
    B(
        text="If still ongoing, the hearing will be held on October 22 and 23, 2015, at the Piccadilly Inn Airport Hotel, 5115 E. McKinley Avenue, Fresno, California 93727; telephone (559) 375–7760.",
        due="2015-10-24 06:59:59",
        vague=False,
        said="2015-09-30 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_AMS15,
        published="2015-09-30",
    ),
)
