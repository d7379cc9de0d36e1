"""A THIRTY-SECOND fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 10:39 by the machine's clock, by a
labelling helper (branch issue12l3-s22) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstrings of `blind_real.py` and `blind_fresh29.py`, the latter's comments and README
section, and the parser package's docstring only (for the vague windows, the parts of the
day, "a bare time is its next occurrence", "a date without a year is its next occurrence"
and the zone words); nothing else of `bot/core/deadlines/` was opened. The brief asked for US
publishers only (another labeller took non-US publishers at the same time). As in the
twenty-seventh to twenty-ninth sets, every sentence quoted holds a time word of some kind (a
date, a clock time, a day word, a period, a span, a year or number in a name, "this week",
"Each year", "daily", "during" or "following" an event, "over the next few days"); the
sentences of the pages read that hold none were skipped, as were bare headings, titles, date
lines and "Updated" stamps, site, feed, blog and letterhead text around the quoted item
(menus, countdown boxes, "no items available" notes, tags, readers' comments), contact lines,
telephone numbers and addresses, lines cut off by the start or end of an opening, the words
"then", "again", "new", "latest" and "live" on their own, and a sentence that one
publisher's pages repeat word for word (taken once: the Department of Defense's "Plan to
arrive no later than 30 minutes prior to the event; ..."). On a page that quotes several
agencies' notices (the AIBS Federal Register summaries) only the notice of a publisher the
brief leaves open was read; the National Marine Fisheries Service item before the NOAA
Science Advisory Board's was left out. Line breaks and runs of spaces inside a sentence
were read as one space, list marks were left out and no word was changed (typing slips such
as "(SAIS)at", "vote(DREAM Act)", "Macon , Ga. ," and a missing stop stay as printed). The
sentences were found with a search over stored copies of public pages and taken as they came
in the openings the search returns, in page order. See README.md ("Thirty-second fresh blind
set") for every address, publisher and licence. No address listed in README.md, in a `#`
header or README under `tests/data/`, in the sources of the other set files or in the shared
claims file was used: each was checked against those lists (the address and a distinctive
phrase of the page) and claimed (`fresh32`) in `/work/helper-brief/claims.txt` before a
quote was taken; the blind files this session keeps closed (`blind_fresh30.py`,
`blind_fresh31.py` and the blind article folders 36 to 39) were not opened or searched, the
claims file standing for their addresses. Every sentence was checked by a text search over
the other files under `tests/data/` (the whole sentence and its first and last runs of six
words); none was found there (only stock runs such as "The meeting will be held Tuesday,",
"There will be no roll call" and "Chairman of the Joint Chiefs of" recur). Each label was
worked out by hand from the words, the publication date and the publisher's zone; the
conversion of local instants to UTC wall time, the day counts and the weekday checks were
done with Python's zoneinfo and datetime in a scratch script outside the repository, never
with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed; the
helpers improving the parser have not seen them. See README.md for the count and the
composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.3"), then `blind_real.py` and `blind_fresh29.py`: the publisher's zone (every
publisher here is a US federal one, the Senate and a park in Wyoming included:
America/New_York, whatever the office); the publication date at 10:00 local (a Senate floor
schedule and a "Today in the Department of Defense" page at 10:00 on the day they name; the
two blog copies of the latter at the blog's posting day; the undated National Park Service
comment page at a day its comment names; the index pages of the Department of Veterans
Affairs at each item's own date); the heading of a day's schedule ("Senate Floor Schedule
For Thursday, January 27, 2011", "Today in the Department of Defense, Wednesday, May 11,
2011") is the dateline of every item under it, so a bare clock time there falls on that day
even when it is earlier than 10:00 (each such label marked "unsure" and naming the bare
time's next occurrence after the reading), while in an advisory a bare clock time whose day
only another sentence gives is its next occurrence after the reading (marked "unsure",
naming the day that other sentence gives); a day falls due at 23:59:59 local (zoneinfo
decides the offset); a clock time without a zone word is in the publisher's zone, "Eastern
Time" and "Pacific Time" follow daylight saving, "EDT", "EST", "MDT" and "PST" are the fixed
offsets they name (so "2:30 p.m. EDT" in December is UTC-4, as written); "morning" ends at
12:00; "the next few days" is vague with the parser's documented 7-day window; a range, a
list or several times of one day fall due at the latest; a window opened for a length ("up
to 1 hour", "for up to 20 minutes" from a time) falls due at its end (CONVENTIONS 1.1); a
span or stage hung on an undated event ("Following any Leader remarks", "upon conclusion of
the impeachment proceedings", "up to 30 minutes of debate", "30 minutes prior to the
event", "for the duration of its pendency") is `refusal='event'`, and where the page dates
the event elsewhere the label is marked "unsure" and names the instant; a speaking limit
"for up to 10 minutes each" and "Each year" are `recurring`; "there will be no roll call
votes ..." and a briefing "has been cancelled" are `negated` (CONVENTIONS 4.1); "are
possible", "may take" and "would occur ... if" are possibilities (CONVENTIONS 4.2, the last
labelled at its time and marked unsure); a state given only its start ("beginning at 6
a.m.", celebrations "starting on November 3rd") is `earliest`; a sentence whose time words
set no time for any act (years, "9/11" and "#2013" in names and numbers, "FY 2023" naming a
competition, "Road to Veteran's Day", "daily press briefings", "during his travel") has
`due=None` and no refusal word. Labels marked "unsure" name the other reading; like every
label here they stay as committed, whatever the first run shows. First run: not yet taken
(the lead runs it once, after merging, and records it in README.md). Never edit these labels
to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_NPS_GRTE_17OCT13 = "https://thefederalnewswire.com/stories/633108441-grand-teton-national-park-john-d-rockefeller-jr-memorial-parkway-re-open-to-visitors"
_VA_INDEX_SEP14 = "http://www.va.gov/opa/pressrel/index.cfm"
_VA_INDEX_NOV14 = "http://www1.va.gov/OPA/pressrel/index.cfm"
_AIBS_8JAN16 = "https://www.aibs.org/federal-register-resource/2016_01_08.html"
_AIBS_4OCT13 = "https://www.aibs.org/federal-register-resource/2013_10_04.html"
_ED_FR_4AUG23 = "https://thefederalregister.org/documents/2023-16704/extension-of-the-application-deadline-date-applications-for-new-awards-full-service-community-schools-fscs-program"
_NPS_PEPC_2025 = (
    "https://planning.nps.gov/document.cfm?documentID=143116&parkID=198&projectID=128306"
)
_NIST_FR_11AUG14 = "http://www.gpo.gov/fdsys/pkg/FR-2014-08-11/html/2014-18841.htm"
_DOD_ADV_16DEC16 = "https://www.defense.gov/Newsroom/Advisories/Advisory/Article/1032400/vietnam-war-commemoration-opens-pentagon-exhibit/"
_DOD_ADV_14SEP00 = "https://webharvest.gov/peth04/20041024032445/http://www.defenselink.mil/advisories/2000/p09142000_p160-00.html"
_DOD_ADV_14DEC06 = "https://aus-city.com/cgi-bin/dada/mail.cgi?flavor=archive_bare&id=20061214200502&list=MILITARY_REPORTS"
_STATE_BLOG_12APR13 = (
    "https://blogs.state.gov/stories/2013/04/12/follow-seckerrys-travel-east-asia?page=0%2C1633"
)
_STATE_NOV17 = "http://government-world.com/united-states/republicans/page/368/?print=print-search"
_SENDEM_27JAN11 = (
    "https://www.democrats.senate.gov/01/27/2011/senate-floor-schedule-for-thursday-january-27-2011"
)
_SENDEM_6DEC10 = (
    "https://www.democrats.senate.gov/12/06/2010/senate-floor-schedule-for-monday-december-06-2010"
)
_SENDEM_8JAN09 = (
    "https://www.democrats.senate.gov/01/08/2009/senate-floor-schedule-for-thursday-january-08-2009"
)
_SENDEM_7NOV13 = (
    "https://www.democrats.senate.gov/11/07/2013/senate-floor-schedule-for-thursday-november-7-2013"
)
_SENDEM_16DEC10 = "https://www.democrats.senate.gov/12/16/2010/senate-floor-schedule-for-thursday-december-16-2010"
_SENDEM_24SEP13 = (
    "https://democrats.senate.gov/2013/09/24/senate-floor-schedule-for-tuesday-september-24-2013/"
)
_SENDEM_24FEB09 = (
    "https://democrats.senate.gov/02/24/2009/senate-floor-schedule-for-tuesday-february-24-2009"
)
_SENDEM_11DEC09 = (
    "https://www.democrats.senate.gov/12/11/2009/senate-floor-schedule-for-friday-december-11-2009"
)
_DOD_TODAY_5DEC05 = "http://www.defense.gov/today/default.aspx?showdate=12/5/2005"
_DOD_TODAY_22NOV13 = "http://www.defense.gov/today/default.aspx?showdate=11/22/2013"
_DOD_TODAY_25FEB14 = "http://www.defense.gov/today/default.aspx?showdate=2/25/2014"
_DOD_TODAY_22MAR10 = (
    "http://defenseindustrialbase.blogspot.com/2010/03/today-in-department-of-defense-monday.html"
)
_DOD_TODAY_11MAY11 = (
    "https://military-online.blogspot.com/2011/05/today-in-department-of-defense_10.html?m=1"
)

FRESH32_CASES: tuple[BlindCase, ...] = (
    # National Park Service press release of Thursday 17 October 2013, reproduced in full by the Federal Newswire (the site's title lines and its sentence introducing the reproduction are not quoted): a '16-day closure' now over: past
    B(
        text="Grand Teton National Park and the John D. Rockefeller, Jr. Memorial Parkway are open again after a 16-day closure during a lapse in appropriations.",
        due=None,
        vague=False,
        said="2013-10-17 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NPS_GRTE_17OCT13,
        published="2013-10-17",
    ),
    # the same release: a call 'at 3 p.m. MDT today', a one-off event at a clock time with a fixed-offset zone word (CONVENTIONS 3.1): 15:00 MDT (UTC-6), 21:00 UTC
    B(
        text="Superintendent Mary Gibson Scott will hold a conference call for news media at 3 p.m. MDT today on the status of opening the parks and the economic impacts of the government closure.",
        due="2013-10-17 21:00:00",
        vague=False,
        said="2013-10-17 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NPS_GRTE_17OCT13,
        published="2013-10-17",
    ),
    # the same release: 'It may take ... up to 72-hours' estimates how long the restoring may take, a possibility and no undertaking (CONVENTIONS 4.2): no deadline; unsure: a limit counted from now (CONVENTIONS 1.2), 72 hours after 10:00 EDT, 2013-10-20 14:00 UTC
    B(
        text="It may take park staff up to 72-hours to fully restore all visitor services and open facilities, but all trailheads, parking lots and recreational amenities are open and available to visitors.",
        due=None,
        vague=False,
        said="2013-10-17 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NPS_GRTE_17OCT13,
        published="2013-10-17",
    ),
    # the same release: a closing 'for 16 days' told as done: past
    B(
        text="The economic impact of closing Grand Teton National Park and the John D. Rockefeller, Jr. Memorial Parkway for 16 days has been extremely tough on our gateway communities, local businesses, neighbors, and park partners.",
        due=None,
        vague=False,
        said="2013-10-17 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NPS_GRTE_17OCT13,
        published="2013-10-17",
    ),
    # the same release: 'the 3 p.m. call' without a zone word or a day in this sentence: the publisher's zone and the next 3 p.m., 15:00 EDT the same day, 19:00 UTC (the telephone and code numbers are no times); unsure: 15:00 MDT, 21:00 UTC, the zone the sentence before gives the call
    B(
        text="News media, please call 877-696-2094 with participant code 875125# for the 3 p.m. call.",
        due="2013-10-17 19:00:00",
        vague=False,
        said="2013-10-17 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NPS_GRTE_17OCT13,
        published="2013-10-17",
    ),
    # Department of Veterans Affairs, news release index (www.va.gov; the menu, the graphic captions and the items' titles are not quoted), item dated '(9/13/14)', Saturday 13 September 2014: 'today announced' tells of the announcement made; 'Act of 2014' is a name: past
    B(
        text="The Department of Veterans Affairs (VA) today announced a next step in the process of implementing the Veterans Access, Choice, and Accountability Act of 2014 that allows for increased Veterans access to, and eligibility for, non-VA health care.",
        due=None,
        vague=False,
        said="2014-09-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VA_INDEX_SEP14,
        published="2014-09-13",
    ),
    # the same index, item dated '(9/11/14)': 'met today', done: past
    B(
        text="VA Secretary Robert A. McDonald met today with the chairmen and ranking members of the Senate and House Veterans Affairs Committees to affirm his commitment to working together to better serve Veterans.",
        due=None,
        vague=False,
        said="2014-09-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VA_INDEX_SEP14,
        published="2014-09-11",
    ),
    # the same item: 'Road to Veteran's Day' names a plan that was 'outlined'; 'long-term' sets no time: no deadline; unsure: Veterans Day, 11 November 2014, end of day EST (the plan's goal), or past (the outlining)
    B(
        text="McDonald outlined his Road to Veteran’s Day, a series of strategies and actions that will enable the Department of Veterans Affairs (VA) to rebuild trust with Veterans and the American people, improve service delivery, and set the course for long-term excellence and reform.",
        due=None,
        vague=False,
        said="2014-09-11 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_VA_INDEX_SEP14,
        published="2014-09-11",
    ),
    # the same index, item dated '(9/10/14)': 'Each year' tells of a standing pattern: recurring ('for the last time' is no time)
    B(
        text="Each year, more than 250,000 Servicemembers take off their uniform for the last time.",
        due=None,
        vague=False,
        said="2014-09-10 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_VA_INDEX_SEP14,
        published="2014-09-10",
    ),
    # Department of Veterans Affairs, news release index (www1.va.gov; menu, captions and titles not quoted), item dated '(11/18/14)', Tuesday 18 November 2014: mailing that 'began ... on November 17', the day before; '30-days' is a condition of waiting: past
    B(
        text="The Department of Veterans Affairs (VA) today announced that it began mailing Veterans Choice Cards on November 17 to Veterans currently waiting more than 30-days from their preferred date or the date that is medically determined by their physician for an appointment at a VA facility.",
        due=None,
        vague=False,
        said="2014-11-18 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_VA_INDEX_NOV14,
        published="2014-11-18",
    ),
    # the same index, item dated '(11/13/14)': an event held 'December 9-11, 2014' falls due at the range's later end, 11 December 2014, end of day EST ('4th annual' names the event)
    B(
        text="The Department of Veterans Affairs (VA), in collaboration with other federal agencies and partners, will sponsor the 4th annual National Veterans Small Business Engagement (NVSBE), December 9-11, 2014, at the Georgia World Congress Center in Atlanta, Ga.",
        due="2014-12-12 04:59:59",
        vague=False,
        said="2014-11-13 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_VA_INDEX_NOV14,
        published="2014-11-13",
    ),
    # National Institute of Standards and Technology notice of public workshop, as quoted in the American Institute of Biological Sciences' Federal Register summary for the week of 8 January 2016 (read at that date; the agency and action lines are not quoted): a workshop on two days falls due at the later, 29 January 2016, end of day EST
    B(
        text="The National Institute of Standards and Technology (NIST) announces the Genome in a Bottle Consortium--Progress and Planning Workshop to be held on Thursday, January 28, 2016, and Friday, January 29, 2016.",
        due="2016-01-30 04:59:59",
        vague=False,
        said="2016-01-08 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_AIBS_8JAN16,
        published="2016-01-08",
    ),
    # the same notice: the later day's later time, 1:00 p.m. Pacific Time on 29 January 2016 (PST, UTC-8), 21:00 UTC (CONVENTIONS 6.1)
    B(
        text="The Genome in a Bottle Consortium workshop will be held on Thursday, January 28, 2016 from 9:00 a.m. to 5:30 p.m. Pacific Time, and Friday, January 29, 2016 from 9:00 a.m. to 1:00 p.m. Pacific Time.",
        due="2016-01-29 21:00:00",
        vague=False,
        said="2016-01-08 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_AIBS_8JAN16,
        published="2016-01-08",
    ),
    # the same notice: 'by 5:00 p.m. Pacific Time on Thursday, January 21, 2016': 17:00 PST, 2016-01-22 01:00 UTC
    B(
        text="Attendees must register by 5:00 p.m. Pacific Time on Thursday, January 21, 2016.",
        due="2016-01-22 01:00:00",
        vague=False,
        said="2016-01-08 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_AIBS_8JAN16,
        published="2016-01-08",
    ),
    # NOAA Office of Oceanic and Atmospheric Research notice of the Science Advisory Board's meeting, as quoted in the AIBS Federal Register summary for the week of 4 October 2013 (the item before it on the page, a National Marine Fisheries Service notice, was left out: the brief names NOAA Fisheries as used up): a memorandum 'dated September 25, 1997': past
    B(
        text="The NOAA Science Advisory Board (SAB) was established by a Decision Memorandum dated September 25, 1997, and is the only Federal Advisory Committee with responsibility to advise the Under Secretary of Commerce for Oceans and Atmosphere on strategies for research, education, and application of science to operations and information services.",
        due=None,
        vague=False,
        said="2013-10-04 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_AIBS_4OCT13,
        published="2013-10-04",
    ),
    # the same notice (after the label 'Time and Date:'): the later day's later time, 2:30 p.m. on 20 November 2013 in the publisher's zone (EST), 19:30 UTC (CONVENTIONS 6.1)
    B(
        text="The meeting will be held Tuesday, November 19, 2013 from 10:00 a.m. to 5:30 p.m. and Wednesday, November 20, 2013 from 8:30 a.m. to 2:30 p.m.",
        due="2013-11-20 19:30:00",
        vague=False,
        said="2013-10-04 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_AIBS_4OCT13,
        published="2013-10-04",
    ),
    # Department of Education notice extending an application deadline (FR Doc. 2023-16704, published Friday 4 August 2023 as its grant listings record; shown on thefederalregister.org, whose title and 'Document' lines are not quoted): a notice published 'On June 7, 2023': past ('fiscal year (FY) 2023' names the competition)
    B(
        text="On June 7, 2023, we published in the Federal Register a notice inviting applications (NIA) for the fiscal year (FY) 2023 FSCS competition, Assistance Listing Number 84.215J.",
        due=None,
        vague=False,
        said="2023-08-04 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_FR_4AUG23,
        published="2023-08-04",
    ),
    # the same notice, its supplementary information (worded otherwise than the summary, so taken): past
    B(
        text="On June 7, 2023, we published the NIA in the Federal Register (88 FR 37222).",
        due=None,
        vague=False,
        said="2023-08-04 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ED_FR_4AUG23,
        published="2023-08-04",
    ),
    # the same notice: applications 'due on August 8, 2023', still ahead on the day of publishing: 8 August 2023, end of day EDT
    B(
        text="Under the NIA, applications are due on August 8, 2023.",
        due="2023-08-09 03:59:59",
        vague=False,
        said="2023-08-04 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED_FR_4AUG23,
        published="2023-08-04",
    ),
    # the same notice: the new deadline 'until August 16, 2023': 16 August 2023, end of day EDT
    B(
        text="We are extending the deadline for transmittal of applications for affected applicants (as defined under Eligibility) to allow these applicants more time—until August 16, 2023—to prepare and submit their applications.",
        due="2023-08-17 03:59:59",
        vague=False,
        said="2023-08-04 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED_FR_4AUG23,
        published="2023-08-04",
    ),
    # the same notice (after the label 'Eligibility:'): 'FY 2023' names the competition, no time for any act: no deadline
    B(
        text="The application deadline extension applies only to eligible applicants under the FY 2023 FSCS competition that are affected applicants.",
        due=None,
        vague=False,
        said="2023-08-04 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_ED_FR_4AUG23,
        published="2023-08-04",
    ),
    # the same notice: 'on or before the extended application deadline of August 16, 2023': 16 August 2023, end of day EDT (the next sentence, cut off by the end of the opening, was not taken)
    B(
        text="Affected applicants that have already timely submitted applications under the FY 2023 FSCS competition may resubmit applications on or before the extended application deadline of August 16, 2023, but are not required to do so.",
        due="2023-08-17 03:59:59",
        vague=False,
        said="2023-08-04 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ED_FR_4AUG23,
        published="2023-08-04",
    ),
    # National Park Service, Planning, Environment and Public Comment (PEPC) document page of a management plan update (parkID=198), undated; read at Friday 28 March 2025, after the meeting of 26 March whose recording it links (the labels hold for any day up to 9 May 2025; the countdown box 'Comment period closes ... Days, Hours, Min.', the mailing address and the site's disclaimer are not quoted): a recording 'from March 26, 2025': past
    B(
        text="Linked below are the Public Scoping Presentation and public meeting recording from March 26, 2025.",
        due=None,
        vague=False,
        said="2025-03-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NPS_PEPC_2025,
        published="2025-03-28",
    ),
    # the same page: comments 'through May 9, 2025': 9 May 2025, end of day EDT; unsure: 11:59 PM Mountain Time, the close the page's countdown box gives (2025-05-10 05:59:00 UTC)
    B(
        text="Provide comments and identify any issues or concerns about the project through May 9, 2025.",
        due="2025-05-10 03:59:59",
        vague=False,
        said="2025-03-28 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NPS_PEPC_2025,
        published="2025-03-28",
    ),
    # the same page: 'postmarked by May 9, 2025': 9 May 2025, end of day EDT
    B(
        text="Mailed comments must be postmarked by May 9, 2025, to receive consideration.",
        due="2025-05-10 03:59:59",
        vague=False,
        said="2025-03-28 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NPS_PEPC_2025,
        published="2025-03-28",
    ),
    # the same page, the line naming the comment period: a range falls due at its later end, 9 May 2025, end of day EDT
    B(
        text="Comment Period: Mar 26, 2025 - May 9, 2025",
        due="2025-05-10 03:59:59",
        vague=False,
        said="2025-03-28 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NPS_PEPC_2025,
        published="2025-03-28",
    ),
    # National Institute of Standards and Technology notice of public workshop in the Federal Register of Monday 11 August 2014 (FR Doc. 2014-18841, on the Government Publishing Office's site; the header and the lines breaking the text were read as spaces): a meeting on 'August 14 and 15, 2014' falls due at the later day, 15 August 2014, end of day EDT
    B(
        text="NIST announces the Genome in a Bottle Consortium meeting to be held on Thursday and Friday, August 14 and 15, 2014.",
        due="2014-08-16 03:59:59",
        vague=False,
        said="2014-08-11 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NIST_FR_11AUG14,
        published="2014-08-11",
    ),
    # the same notice: the later day's later time, 12:45 p.m. Eastern Time (EDT) on 15 August 2014, 16:45 UTC (CONVENTIONS 6.1)
    B(
        text="The Genome in a Bottle Consortium meeting will be held on Thursday, August 14, 2014 from 9:00 a.m. to 5:30 p.m. Eastern Time and Friday, August 15, 2014 from 9:00 a.m. to 12:45 p.m. Eastern Time.",
        due="2014-08-15 16:45:00",
        vague=False,
        said="2014-08-11 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NIST_FR_11AUG14,
        published="2014-08-11",
    ),
    # the same notice: 'by 5:00 p.m. Eastern Time on Monday, August 11, 2014', the day of publishing: 17:00 EDT, 21:00 UTC
    B(
        text="Attendees must register by 5:00 p.m. Eastern Time on Monday, August 11, 2014.",
        due="2014-08-11 21:00:00",
        vague=False,
        said="2014-08-11 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NIST_FR_11AUG14,
        published="2014-08-11",
    ),
    # Department of Defense media advisory of Friday 16 December 2016 (defense.gov archive; the archive notice, title and date line are not quoted): a ceremony 'on Tuesday, Dec. 20' (20 December 2016 is a Tuesday): end of day EST
    B(
        text="Secretary of Defense Ash Carter will host former defense secretary and Vietnam War veteran Chuck Hagel and other Vietnam War veterans at a ceremony on Tuesday, Dec. 20, to open an exhibit in the Pentagon honoring Vietnam veterans and their families.",
        due="2016-12-21 04:59:59",
        vague=False,
        said="2016-12-16 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DOD_ADV_16DEC16,
        published="2016-12-16",
    ),
    # the same advisory: '2:30 p.m. EDT' with no day in this sentence is its next occurrence, the same day; 'EDT' is the fixed offset it names even in December: 14:30 UTC-4, 18:30 UTC on 16 December 2016; unsure: 20 December 2016 at that time (2016-12-20 18:30:00), the day the sentence before gives the ceremony
    B(
        text="The ceremony will begin at 2:30 p.m. EDT, and the secretary of defense will deliver remarks but will not be taking questions.",
        due="2016-12-16 18:30:00",
        vague=False,
        said="2016-12-16 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_ADV_16DEC16,
        published="2016-12-16",
    ),
    # the same advisory: 'Monday, Dec. 19 by noon EDT' (19 December 2016 is a Monday): 12:00 UTC-4, 16:00 UTC
    B(
        text="Deadline for all RSVPs is Monday, Dec. 19 by noon EDT.",
        due="2016-12-19 16:00:00",
        vague=False,
        said="2016-12-16 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_ADV_16DEC16,
        published="2016-12-16",
    ),
    # Department of Defense press advisory No. 160-00 of Thursday 14 September 2000 (DefenseLINK as archived on webharvest.gov in 2004; the site's menu, contact lines, the 'Updated' stamp and the 2004 date in the header are not quoted): '11:30 a.m. (EDT), Friday, Sept. 15, 2000': 15:30 UTC
    B(
        text="Deputy Secretary of Defense Rudy de Leon will host a full honors ceremony for National POW/MIA Recognition Day at 11:30 a.m. (EDT), Friday, Sept. 15, 2000.",
        due="2000-09-15 15:30:00",
        vague=False,
        said="2000-09-14 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_ADV_14SEP00,
        published="2000-09-14",
    ),
    # the same advisory: 'on Oct. 25, 1967': past ('F-105D' and '33rd' are no times)
    B(
        text="Smith was shot down over Hanoi on Oct. 25, 1967, while flying an F-105D Thunderchief on his 33rd mission.",
        due=None,
        vague=False,
        said="2000-09-14 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOD_ADV_14SEP00,
        published="2000-09-14",
    ),
    # the same advisory: 'over five and one-half years' served: past
    B(
        text="He served over five and one-half years in captivity.",
        due=None,
        vague=False,
        said="2000-09-14 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOD_ADV_14SEP00,
        published="2000-09-14",
    ),
    # the same advisory: 'no later than 11:10 a.m. EDT' with no day in this sentence is its next occurrence after 10:00, the same day: 15:10 UTC on 14 September 2000; unsure: the ceremony's day, 2000-09-15 15:10:00
    B(
        text="Media must be at the River Parade Field no later than 11:10 a.m. EDT.",
        due="2000-09-14 15:10:00",
        vague=False,
        said="2000-09-14 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_ADV_14SEP00,
        published="2000-09-14",
    ),
    # Department of Defense press advisory No. 109-06 of Thursday 14 December 2006, as posted to a mailing-list archive (aus-city.com; the letterhead, contact lines, title and the list's closing links are not quoted): '1:15 p.m. EST, Friday, Dec. 15, 2006': 18:15 UTC
    B(
        text="Secretary of Defense Donald H. Rumsfeld will be honored at an armed forces full honor parade at the Pentagon's Mall Entrance Parade Field at 1:15 p.m. EST, Friday, Dec. 15, 2006.",
        due="2006-12-15 18:15:00",
        vague=False,
        said="2006-12-14 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_ADV_14DEC06,
        published="2006-12-14",
    ),
    # the same advisory: trucks parked 'beginning at 6 a.m.', a state given only its start (CONVENTIONS 3.2); the next 6 a.m. after 10:00 on the 14th is 15 December 2006: earliest 06:00 EST, 11:00 UTC; unsure: due then (CONVENTIONS 3.1, the parking as a one-off act)
    B(
        text="Satellite trucks will be parked at the Mall Entrance beginning at 6 a.m.",
        due=None,
        vague=False,
        said="2006-12-14 15:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2006-12-15 11:00:00",
        cluster=2,
        source=_DOD_ADV_14DEC06,
        published="2006-12-14",
    ),
    # the same advisory: 'no later than 8:30 a.m.', the next 8:30 a.m. after 10:00 on the 14th: 15 December 2006, 08:30 EST, 13:30 UTC
    B(
        text="All camera positions and cables must preset no later than 8:30 a.m.",
        due="2006-12-15 13:30:00",
        vague=False,
        said="2006-12-14 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_ADV_14DEC06,
        published="2006-12-14",
    ),
    # the same advisory: 'from 10:30 a.m. until noon', a range with no day in this sentence, its next occurrence after 10:00 the same day: noon EST on 14 December 2006, 17:00 UTC; unsure: the ceremony's day, 2006-12-15 17:00:00
    B(
        text="Escorts will be provided from the entrance to the ceremony site from 10:30 a.m. until noon.",
        due="2006-12-14 17:00:00",
        vague=False,
        said="2006-12-14 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_ADV_14DEC06,
        published="2006-12-14",
    ),
    # US Department of State blog post 'Follow #SecKerry's Travel to East Asia', posted Friday 12 April 2013 (the title, byline, the post's subtitle and the readers' comments under it are not quoted): 'this week' told of what followers saw: past
    B(
        text="Followers of @StateDept watched the State Department's Twitter account surpass 500,000 followers this week, and also saw Secretary of State John Kerry wage a friendly bet with his Canadian counterpart, Foreign Minister John Baird, on whether the U.S. women's team would beat Canada's team in the women's world hockey championship.",
        due=None,
        vague=False,
        said="2013-04-12 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_BLOG_12APR13,
        published="2013-04-12",
    ),
    # the same post: 'during the G-8 Foreign Ministers Meeting', a meeting told as over: past
    B(
        text="The U.S. team won the game, and Foreign Minister Baird made good on the bet, offering Secretary Kerry a case of Canadian beer during the G-8 Foreign Ministers Meeting in London.",
        due=None,
        vague=False,
        said="2013-04-12 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_BLOG_12APR13,
        published="2013-04-12",
    ),
    # the same post: 'departed London today', done; the visits ahead have no time: past
    B(
        text="Secretary Kerry departed London today for East Asia, where he will visit the Republic of Korea, followed by travel to China and Japan.",
        due=None,
        vague=False,
        said="2013-04-12 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_BLOG_12APR13,
        published="2013-04-12",
    ),
    # the same post: 'during his travel' names when readers will find things, no time for any act: no deadline; unsure: event (the trip, undated in this sentence)
    B(
        text="And, during his travel, you'll discover more reasons to visit our websites and follow our social media properties.",
        due=None,
        vague=False,
        said="2013-04-12 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_STATE_BLOG_12APR13,
        published="2013-04-12",
    ),
    # the same post: 'daily' names the briefings one can watch; the announcing has no time of its own: no deadline; unsure: recurring
    B(
        text="First, we are pleased to announce our new U.S. Department of State Live webpage, where you'll be able to watch the State Department's daily press briefings, major speeches by the Secretary of State, and more.",
        due=None,
        vague=False,
        said="2013-04-12 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_STATE_BLOG_12APR13,
        published="2013-04-12",
    ),
    # the same post: 'Sunday, April 14 at approximately 8:00 p.m. EDT' (14 April 2013 is a Sunday): 2013-04-15 00:00 UTC
    B(
        text="Tune in on Sunday, April 14 at approximately 8:00 p.m. EDT, when Secretary Kerry delivers remarks on U.S. engagement in the Asian-Pacific region.",
        due="2013-04-15 00:00:00",
        vague=False,
        said="2013-04-12 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_STATE_BLOG_12APR13,
        published="2013-04-12",
    ),
    # US Department of State press statement by the Secretary of State, 'Panama's Independence Day', Friday 3 November 2017, as reprinted on a government-news aggregator (government-world.com print page; the headings, signature and date lines are not quoted): celebrations 'starting on November 3rd', an ongoing activity given only its start (CONVENTIONS 3.2): earliest 3 November 2017, 00:00 EDT; unsure: no deadline (the date is the celebrations', no act of the speaker's)
    B(
        text="On behalf of the Government of the United States of America, we congratulate the Panamanian people as you honor your nation’s independence with the Fiestas Patrias celebrations starting on November 3rd.",
        due=None,
        vague=False,
        said="2017-11-03 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2017-11-03 04:00:00",
        cluster=5,
        source=_STATE_NOV17,
        published="2017-11-03",
    ),
    # the same statement: 'For over a century' looks back: past
    B(
        text="For over a century, Panama and the United States have shared a history of friendship as long, steady, and significant for the region as the Panama Canal.",
        due=None,
        vague=False,
        said="2017-11-03 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_NOV17,
        published="2017-11-03",
    ),
    # the same statement: remarks 'in August', told in the past: past
    B(
        text="In remarks delivered beside the Cocoli Locks in August, Vice President Michael J. Pence referred to the Canal as a “magnificent monument to our partnership.”",
        due=None,
        vague=False,
        said="2017-11-03 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_NOV17,
        published="2017-11-03",
    ),
    # the same page, a State Department media note of Thursday 2 November 2017: travel 'November 7-9' falls due at the range's later end, 9 November 2017, end of day EST
    B(
        text="Under Secretary of State for Political Affairs Thomas A. Shannon will travel to Danang, Vietnam, November 7-9.",
        due="2017-11-10 04:59:59",
        vague=False,
        said="2017-11-02 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_STATE_NOV17,
        published="2017-11-02",
    ),
    # Senate Democrats (the Senate Democratic Caucus's site, democrats.senate.gov), 'Senate Floor Schedule For Thursday, January 27, 2011', read at 10:00 EST that day (the heading, the 'Skip to content' line and the list marks are not quoted); the heading is the dateline of every item on a day's floor schedule: 'Following any Leader remarks', an undated event of the day: event
    B(
        text="Following any Leader remarks, the Senate will proceed to the consideration of several resolutions relating to changing the Senate rules, en bloc.",
        due=None,
        vague=False,
        said="2011-01-27 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SENDEM_27JAN11,
        published="2011-01-27",
    ),
    # the same schedule: 'up to 8 hours for debate' from a start the sentence does not give: event
    B(
        text="There will be up to 8 hours for debate equally divided and controlled between the two Leaders or their designees.",
        due=None,
        vague=False,
        said="2011-01-27 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SENDEM_27JAN11,
        published="2011-01-27",
    ),
    # the same schedule: a recess 'from 1:00 until 2:15pm' falls due at its later end, 14:15 EST, 19:15 UTC
    B(
        text="The Senate will recess from 1:00 until 2:15pm to allow for the Democratic caucus meeting.",
        due="2011-01-27 19:15:00",
        vague=False,
        said="2011-01-27 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_27JAN11,
        published="2011-01-27",
    ),
    # the same schedule: votes 'At 4:35pm': 16:35 EST, 21:35 UTC ('up to 5' is a count)
    B(
        text="At 4:35pm there will be a series of up to 5 roll call votes in relation to the following resolutions:",
        due="2011-01-27 21:35:00",
        vague=False,
        said="2011-01-27 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_27JAN11,
        published="2011-01-27",
    ),
    # the same schedule: 'morning business' names a stage of business; 'up to 10 minutes each' is a standing limit for every speaker (CONVENTIONS 1.3): recurring
    B(
        text="The Senate is in a period of morning business with senators permitted to speak for up to 10 minutes each.",
        due=None,
        vague=False,
        said="2011-01-27 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_SENDEM_27JAN11,
        published="2011-01-27",
    ),
    # the same schedule: no votes 'during Thursday's session', a time denied (CONVENTIONS 4.1): negated
    B(
        text="There will be no further roll call votes during Thursday's session of the Senate.",
        due=None,
        vague=False,
        said="2011-01-27 15:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_SENDEM_27JAN11,
        published="2011-01-27",
    ),
    # Senate Democrats, 'Senate Floor Schedule For Monday, December 06, 2010', read at 10:00 EST that day (heading and list marks not quoted): the period waits for 'any Leader remarks', an undated event: event; unsure: recurring ('up to 10 minutes each', CONVENTIONS 1.3)
    B(
        text="Following any Leader remarks, there will be a period of morning business with senators permitted to speak for up to 10 minutes each.",
        due=None,
        vague=False,
        said="2010-12-06 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SENDEM_6DEC10,
        published="2010-12-06",
    ),
    # the same schedule: no votes 'during Monday's session' (CONVENTIONS 4.1): negated
    B(
        text="There will be no roll call votes during Monday's session of the Senate.",
        due=None,
        vague=False,
        said="2010-12-06 15:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_SENDEM_6DEC10,
        published="2010-12-06",
    ),
    # the same schedule: 'This evening, Senator Reid moved', told as done: past
    B(
        text="This evening, Senator Reid moved to proceed to the following bills and filed cloture on the motions:",
        due=None,
        vague=False,
        said="2010-12-06 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SENDEM_6DEC10,
        published="2010-12-06",
    ),
    # the same schedule, the list of bills as one line: years in the names of Acts, '9/11' in a name (a US page: numeric dates month first) and calendar and bill numbers: no time for any act: no deadline
    B(
        text="Calendar #662, S.3991, the Public Safety Employer-Employee Cooperation Act of 2009 (commonly known as Firefighters Collective Bargaining); - Calendar #655, S.3985, the Emergency Senior Citizens relief Act of 2010; - Calendar #663, S.3992, the Development, Relief, and Education for Alien Minors Act of 2010 (DREAM Act); and - Calendar #641, H.R.847, the James Zadroga 9/11 Health and Compensation Act of 2010.",
        due=None,
        vague=False,
        said="2010-12-06 15:00:00",
        tz="America/New_York",
        day_first=False,
        cluster=1,
        source=_SENDEM_6DEC10,
        published="2010-12-06",
    ),
    # the same schedule: 'upon conclusion of the impeachment proceedings', an undated event (the next sentence expects it on Wednesday morning): event; 'Act of 2009' is a name
    B(
        text="By unanimous consent, the cloture vote on the motion to proceed to Calendar #662, S.3991 (the Public Safety Employer-Employee Cooperation Act of 2009) will occur upon conclusion of the impeachment proceedings.",
        due=None,
        vague=False,
        said="2010-12-06 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SENDEM_6DEC10,
        published="2010-12-06",
    ),
    # the same schedule: 'Wednesday morning', the next Wednesday, 8 December 2010, the morning ending at 12:00: 17:00 UTC
    B(
        text="We expect to complete the impeachment proceedings Wednesday morning.",
        due="2010-12-08 17:00:00",
        vague=False,
        said="2010-12-06 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SENDEM_6DEC10,
        published="2010-12-06",
    ),
    # Senate Democrats, 'Senate Floor Schedule For Thursday, January 08, 2009', read at 10:00 EST that day (heading and list marks not quoted): the Senate goes into morning business 'At 10:30am', a one-off event at a clock time (CONVENTIONS 3.1): 15:30 UTC; 'up to 10 minutes each' is the standing limit; unsure: earliest (a state given its start, CONVENTIONS 3.2)
    B(
        text="At 10:30am the Senate will be in a period of morning business with senators permitted to speak for up to 10 minutes each.",
        due="2009-01-08 15:30:00",
        vague=False,
        said="2009-01-08 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_8JAN09,
        published="2009-01-08",
    ),
    # the same schedule: 'At 1 p.m.': 13:00 EST, 18:00 UTC
    B(
        text="At 1 p.m., in the House Chamber, there will be a Joint Session of Congress to count the electoral ballots.",
        due="2009-01-08 18:00:00",
        vague=False,
        said="2009-01-08 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_8JAN09,
        published="2009-01-08",
    ),
    # the same schedule: 'at 12:45 p.m.': 17:45 UTC
    B(
        text="All Senators are invited and should gather in the Senate Chamber at 12:45 p.m., to proceed as a body to the House Chamber.",
        due="2009-01-08 17:45:00",
        vague=False,
        said="2009-01-08 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_8JAN09,
        published="2009-01-08",
    ),
    # the same schedule: 'from 3:30pm until 4:45pm', the later end: 21:45 UTC
    B(
        text="The Senate will recess from 3:30pm until 4:45pm to allow for a special Democratic caucus meeting.",
        due="2009-01-08 21:45:00",
        vague=False,
        said="2009-01-08 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_8JAN09,
        published="2009-01-08",
    ),
    # the same schedule: 'at approximately 2:00pm Sunday', the next Sunday, 11 January 2009: 14:00 EST, 19:00 UTC
    B(
        text="The next roll call vote is expected to occur at approximately 2:00pm Sunday.",
        due="2009-01-11 19:00:00",
        vague=False,
        said="2009-01-08 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_8JAN09,
        published="2009-01-08",
    ),
    # Senate Democrats, 'Senate Floor Schedule for Thursday, November 7, 2013', read at 10:00 EST that day (heading and list marks not quoted): adjourned 'until 10:00am on Thursday, November 7, 2013', when it meets (CONVENTIONS 3.1): 15:00 UTC, the moment of reading
    B(
        text="The Senate stands adjourned until 10:00am on Thursday, November 7, 2013.",
        due="2013-11-07 15:00:00",
        vague=False,
        said="2013-11-07 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_7NOV13,
        published="2013-11-07",
    ),
    # the same schedule: 'Following any Leader remarks', an undated event: event
    B(
        text="Following any Leader remarks, the Senate will resume consideration of S.815, the Employee Non-Discrimination Act.",
        due=None,
        vague=False,
        said="2013-11-07 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SENDEM_7NOV13,
        published="2013-11-07",
    ),
    # the same schedule: 'During Wednesday's session ... was filed', the day before: past
    B(
        text="During Wednesday's session of the Senate cloture was filed on S.815.",
        due=None,
        vague=False,
        said="2013-11-07 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SENDEM_7NOV13,
        published="2013-11-07",
    ),
    # the same schedule: two deadlines given in turn, the later counts (CONVENTIONS 6.2): 11:30 EST, 16:30 UTC ('first degree' and '2nd degree' are kinds of amendment)
    B(
        text="As a result, the first degree amendment filing deadline is 10:30am and the 2nd degree amendment filing deadline is 11:30am.",
        due="2013-11-07 16:30:00",
        vague=False,
        said="2013-11-07 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_7NOV13,
        published="2013-11-07",
    ),
    # the same schedule: 'At 11:45am': 16:45 UTC
    B(
        text="At 11:45am, there will be 2 roll call votes in relation to the following:",
        due="2013-11-07 16:45:00",
        vague=False,
        said="2013-11-07 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_7NOV13,
        published="2013-11-07",
    ),
    # the same schedule, a line of the list: '#2013' numbers an amendment and '60-vote' is a threshold: no time: no deadline
    B(
        text="Toomey amendment #2013 (broadens the number of groups covered under the religious exemption) (60-vote threshold) and",
        due=None,
        vague=False,
        said="2013-11-07 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SENDEM_7NOV13,
        published="2013-11-07",
    ),
    # the same schedule, the next line as printed (no stop after the first 'as amended'): a vote 'at 1:45pm' if cloture is invoked: 13:45 EST, 18:45 UTC; unsure: event (the vote hangs on the cloture vote's outcome)
    B(
        text="Motion to invoke cloture on S.815, ENDA, as amended If cloture is invoked, there will be a 3rd roll call vote at 1:45pm on passage of S.815, ENDA, as amended.",
        due="2013-11-07 18:45:00",
        vague=False,
        said="2013-11-07 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_7NOV13,
        published="2013-11-07",
    ),
    # Senate Democrats, 'Senate Floor Schedule For Thursday, December 16, 2010', read at 10:00 EST that day (heading and list marks not quoted): 'Following any leader remarks', an undated event: event
    B(
        text="Following any leader remarks, the Senate will turn to Executive session and begin consideration of the New Start Treaty.",
        due=None,
        vague=False,
        said="2010-12-16 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SENDEM_16DEC10,
        published="2010-12-16",
    ),
    # the same schedule: votes 'possible throughout the day', a possibility and no undertaking (CONVENTIONS 4.2): no deadline
    B(
        text="Amendments are in order to the treaty and, as a result, roll call votes are possible throughout the day.",
        due=None,
        vague=False,
        said="2010-12-16 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SENDEM_16DEC10,
        published="2010-12-16",
    ),
    # the same schedule: 'when any votes are scheduled', an undated event: event
    B(
        text="Senators will be notified when any votes are scheduled.",
        due=None,
        vague=False,
        said="2010-12-16 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SENDEM_16DEC10,
        published="2010-12-16",
    ),
    # the same schedule (updated later that day): 'This evening Senator Reid came ... and announced', done; 'year long' describes the resolution: past
    B(
        text="This evening Senator Reid came to the floor and announced to the Senate that we do not have the votes to overcome the filibuster on the omnibus appropriations bill or the year long continuing resolution.",
        due=None,
        vague=False,
        said="2010-12-16 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SENDEM_16DEC10,
        published="2010-12-16",
    ),
    # the same schedule: 'over the next few days' is vague, a few days being 7 days in the parser's documented windows: 23 December 2010, end of day EST ('short term' describes the resolution)
    B(
        text="As a result, Senator Reid will work with Senator McConnell over the next few days on an agreement to pass a short term CR.",
        due="2010-12-24 04:59:59",
        vague=True,
        said="2010-12-16 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SENDEM_16DEC10,
        published="2010-12-16",
    ),
    # the same schedule: 'early Saturday morning', the next Saturday, 18 December 2010, the morning ending at 12:00 EST: 17:00 UTC; unsure: an earlier hour for 'early' (no third of a morning is documented)
    B(
        text="The first cloture vote(DREAM Act) is expected to occur early Saturday morning.",
        due="2010-12-18 17:00:00",
        vague=False,
        said="2010-12-16 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SENDEM_16DEC10,
        published="2010-12-16",
    ),
    # the same schedule: 'now' and 'up to 10 minutes each', a standing limit for every speaker (CONVENTIONS 1.3): recurring
    B(
        text="The Senate is now in a period of morning business with senators permitted to speak for up to 10 minutes each.",
        due=None,
        vague=False,
        said="2010-12-16 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_SENDEM_16DEC10,
        published="2010-12-16",
    ),
    # the same schedule: no votes 'this evening' (CONVENTIONS 4.1): negated
    B(
        text="There will be no roll call votes this evening.",
        due=None,
        vague=False,
        said="2010-12-16 15:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_SENDEM_16DEC10,
        published="2010-12-16",
    ),
    # the same schedule: 'tomorrow', 17 December 2010, end of day EST
    B(
        text="The Senate will resume consideration of the New START Treaty tomorrow.",
        due="2010-12-18 04:59:59",
        vague=False,
        said="2010-12-16 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SENDEM_16DEC10,
        published="2010-12-16",
    ),
    # the same schedule: votes 'possible during tomorrow's session', a possibility and no undertaking (CONVENTIONS 4.2): no deadline
    B(
        text="Roll call votes are possible during tomorrow's session of the Senate.",
        due=None,
        vague=False,
        said="2010-12-16 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SENDEM_16DEC10,
        published="2010-12-16",
    ),
    # Senate Democrats, 'Senate Floor Schedule for Tuesday, September 24, 2013', read at 10:00 EDT that day (the site name and heading are not quoted): 'until 10:00am on Tuesday, September 24, 2013', when it meets (CONVENTIONS 3.1): 14:00 UTC, the moment of reading
    B(
        text="The Senate stands in adjournment until 10:00am on Tuesday, September 24, 2013.",
        due="2013-09-24 14:00:00",
        vague=False,
        said="2013-09-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_24SEP13,
        published="2013-09-24",
    ),
    # the same schedule: 'in morning business until 11:15am', kept going to a time (CONVENTIONS 3.3): 11:15 EDT, 15:15 UTC ('the first half' and 'the final half' are halves of that period)
    B(
        text="Following any Leader remarks, the Senate will be in morning business until 11:15am with the Republicans controlling the first half and the Majority controlling the final half.",
        due="2013-09-24 15:15:00",
        vague=False,
        said="2013-09-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_24SEP13,
        published="2013-09-24",
    ),
    # the same schedule: 'At 11:15am': 15:15 UTC ('#203' is a calendar number)
    B(
        text="At 11:15am, the Senate will proceed to Executive Session to consider Executive Calendar #203, the nomination of Todd M. Hughes, of the District of Columbia, to be United States Circuit Judge for the Federal Circuit.",
        due="2013-09-24 15:15:00",
        vague=False,
        said="2013-09-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_24SEP13,
        published="2013-09-24",
    ),
    # the same schedule: 'up to 30 minutes of debate' from a start this sentence does not give: event; unsure: 11:45 EDT (15:45 UTC), counted from 11:15 in the sentence before
    B(
        text="There will be up to 30 minutes of debate equally divided and controlled in the usual form.",
        due=None,
        vague=False,
        said="2013-09-24 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SENDEM_24SEP13,
        published="2013-09-24",
    ),
    # the same schedule: the vote's time given in brackets, 'at approximately 11:45am': 15:45 UTC
    B(
        text="Upon the use or yielding back of time (at approximately 11:45am), there will be a roll call vote on confirmation of the Hughes nomination.",
        due="2013-09-24 15:45:00",
        vague=False,
        said="2013-09-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_24SEP13,
        published="2013-09-24",
    ),
    # the same schedule: a recess 'until 2:15pm': 14:15 EDT, 18:15 UTC ('weekly' names the meetings)
    B(
        text="Upon disposition of the Hughes nomination, the Senate will recess until 2:15pm to allow for the weekly caucus meetings.",
        due="2013-09-24 18:15:00",
        vague=False,
        said="2013-09-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_24SEP13,
        published="2013-09-24",
    ),
    # the same schedule: a speaking window opened 'At 2:15pm' for 'up to 20 minutes' falls due at its end (CONVENTIONS 1.1): 14:35 EDT, 18:35 UTC; unsure: 14:15 EDT, the recognition itself
    B(
        text="At 2:15pm, Senator Mikulski will be recognized for up to 20 minutes.",
        due="2013-09-24 18:35:00",
        vague=False,
        said="2013-09-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_24SEP13,
        published="2013-09-24",
    ),
    # the same schedule: 'Following her remarks', an undated event: event
    B(
        text="Following her remarks, Senator Cruz will be recognized.",
        due=None,
        vague=False,
        said="2013-09-24 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SENDEM_24SEP13,
        published="2013-09-24",
    ),
    # the same schedule: 'During Monday's session ... was filed', the day before: past
    B(
        text="During Monday’s session of the Senate, cloture was filed on the motion to proceed to H.J.Res.59, the continuing resolution.",
        due=None,
        vague=False,
        said="2013-09-24 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SENDEM_24SEP13,
        published="2013-09-24",
    ),
    # the same schedule: 'one hour after the Senate convenes on Wednesday', the next Wednesday, 25 September 2013; the hour of convening is not given, so the day: end of day EDT; unsure: event (an hour after an undated convening)
    B(
        text="Under the rule, that cloture vote will occur one hour after the Senate convenes on Wednesday.",
        due="2013-09-26 03:59:59",
        vague=False,
        said="2013-09-24 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SENDEM_24SEP13,
        published="2013-09-24",
    ),
    # Senate Democrats, 'Senate Floor Schedule For Tuesday, February 24, 2009', read at 10:00 EST that day (heading and list marks not quoted): 'At 10am': 15:00 UTC, the moment of reading
    B(
        text="At 10am, the Senate will resume consideration of the motion to proceed to S.160, the DC Voting Rights Act.",
        due="2009-02-24 15:00:00",
        vague=False,
        said="2009-02-24 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_24FEB09,
        published="2009-02-24",
    ),
    # the same schedule: 'At 11:15am': 16:15 UTC
    B(
        text="At 11:15am, the Senate will proceed to a cloture vote on the motion to proceed to S.160, the District of Columbia House Voting Rights Act.",
        due="2009-02-24 16:15:00",
        vague=False,
        said="2009-02-24 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_24FEB09,
        published="2009-02-24",
    ),
    # the same schedule: a recess 'At 12:30pm ... until 2:15pm' falls due at its later end: 19:15 UTC
    B(
        text="At 12:30pm, the Senate will recess until 2:15pm for the weekly caucus luncheons.",
        due="2009-02-24 19:15:00",
        vague=False,
        said="2009-02-24 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_24FEB09,
        published="2009-02-24",
    ),
    # the same schedule (updated later that day): 'until 8:30pm and at 8:40pm', the later time: 20:40 EST, 2009-02-25 01:40 UTC
    B(
        text="The Senate stands in recess until 8:30pm and at 8:40pm will proceed as a body to the Hall of the House to receive a message from the President of the United States.",
        due="2009-02-25 01:40:00",
        vague=False,
        said="2009-02-24 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_24FEB09,
        published="2009-02-24",
    ),
    # Senate Democrats, 'Senate Floor Schedule For Friday, December 11, 2009', read at 10:00 EST that day (heading and list marks not quoted): 'will convene at 10:00am' (CONVENTIONS 3.1): 15:00 UTC, the moment of reading; 'up to 10 minutes each' is the standing limit
    B(
        text="The Senate will convene at 10:00am and will proceed to a period of morning business with senators permitted to speak for up to 10 minutes each.",
        due="2009-12-11 15:00:00",
        vague=False,
        said="2009-12-11 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_11DEC09,
        published="2009-12-11",
    ),
    # the same schedule: 'the first 30 minutes' and 'the next 30 minutes' of a period whose start this sentence does not give: event; unsure: 11:00 EST (16:00 UTC), an hour after the 10:00 of the sentence before
    B(
        text="The Republicans will control the first 30 minutes and the Majority will control the next 30 minutes.",
        due=None,
        vague=False,
        said="2009-12-11 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SENDEM_11DEC09,
        published="2009-12-11",
    ),
    # the same schedule: votes 'on Friday', the day of the schedule: 11 December 2009, end of day EST
    B(
        text="Senators should expect 2 votes on Friday on motions to waive with respect to the conference report to accompany H.R.3288, Consolidated Appropriations.",
        due="2009-12-12 04:59:59",
        vague=False,
        said="2009-12-11 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SENDEM_11DEC09,
        published="2009-12-11",
    ),
    # the same schedule: 'Saturday morning', 12 December 2009, the morning ending at 12:00 EST: 17:00 UTC
    B(
        text="That cloture vote is expected to occur Saturday morning.",
        due="2009-12-12 17:00:00",
        vague=False,
        said="2009-12-11 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SENDEM_11DEC09,
        published="2009-12-11",
    ),
    # the same schedule: a debate window opened 'now' for 'up to 1 hour' falls due at its end (CONVENTIONS 1.1), an hour after the reading at 10:00 EST: 16:00 UTC; unsure: about 1:05pm EST (18:05 UTC), where the next sentence puts the end of that hour
    B(
        text="There will now be up to 1 hour for debate with respect to the Inouye Motion to Waive the Point of Order.",
        due="2009-12-11 16:00:00",
        vague=False,
        said="2009-12-11 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SENDEM_11DEC09,
        published="2009-12-11",
    ),
    # the same schedule: 'would occur at approximately 1:05pm' if all the time is used: 13:05 EST, 18:05 UTC; unsure: no deadline (a hypothetical, CONVENTIONS 4.2)
    B(
        text="If all time is used, the vote on the motion to waive would occur at approximately 1:05pm.",
        due="2009-12-11 18:05:00",
        vague=False,
        said="2009-12-11 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_11DEC09,
        published="2009-12-11",
    ),
    # the same schedule: 'for the duration of its pendency', a span as long as an undated process: event
    B(
        text="The Senate has locked in an agreement that no further points of order are in order with respect to the Consolidated Appropriations conference report for the duration of its pendency.",
        due=None,
        vague=False,
        said="2009-12-11 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SENDEM_11DEC09,
        published="2009-12-11",
    ),
    # the same schedule: 'at 9:30am Saturday, December 12' (12 December 2009 is a Saturday): 14:30 UTC
    B(
        text="The next vote will occur at 9:30am Saturday, December 12.",
        due="2009-12-12 14:30:00",
        vague=False,
        said="2009-12-11 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENDEM_11DEC09,
        published="2009-12-11",
    ),
    # the same schedule: no further votes 'today' (CONVENTIONS 4.1): negated
    B(
        text="As a result, there will be no further roll call votes today.",
        due=None,
        vague=False,
        said="2009-12-11 15:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_SENDEM_11DEC09,
        published="2009-12-11",
    ),
    # Department of Defense, 'Today in the Department of Defense, Monday, December 05, 2005' (defense.gov), read at 10:00 EST that day; the heading is the dateline of every item of a day's schedule (the site's menu, headings, 'See ... for details' lines and the notes that no item is available are not quoted): a conference held 'Dec 5-6, 2005' falls due at the later day, 6 December 2005, end of day EST ('annual' describes the forum)
    B(
        text="The conference, to be held in Washington, D.C., Dec 5-6, 2005, is an annual forum for ministers to discuss a wide range of mutual regional security issues.",
        due="2005-12-07 04:59:59",
        vague=False,
        said="2005-12-05 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_DOD_TODAY_5DEC05,
        published="2005-12-05",
    ),
    # the same page: remarks 'at 9:30 a.m. EST' on the day of the schedule: 14:30 UTC on 5 December 2005, before the reading at 10:00; unsure: a bare time's next occurrence after 10:00, 2005-12-06 14:30:00 ('1740' is a street number)
    B(
        text="Rumsfeld delivers remarks to the John Hopkins, Paul H. Nitze School of Advanced International Studies (SAIS)at 9:30 a.m. EST in the Kenney Auditorium, Nitze Building, 1740 Massachusetts Ave. NW, Washington, D.C.",
        due="2005-12-05 14:30:00",
        vague=False,
        said="2005-12-05 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_5DEC05,
        published="2005-12-05",
    ),
    # the same page: 'today at 11:30 a.m. EST': 16:30 UTC
    B(
        text="Rumsfeld also hosts an honor cordon to welcome the Secretary of National Defense of the Philippines Avelino J. Cruz Jr. to the Pentagon today at 11:30 a.m. EST.",
        due="2005-12-05 16:30:00",
        vague=False,
        said="2005-12-05 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_5DEC05,
        published="2005-12-05",
    ),
    # the same page: 'no later than 11 a.m. EST': 16:00 UTC
    B(
        text="Media must be at the Pentagon North Parking Entrance no later than 11 a.m. EST for escort to the cordon.",
        due="2005-12-05 16:00:00",
        vague=False,
        said="2005-12-05 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_5DEC05,
        published="2005-12-05",
    ),
    # the same page: 'at 11:30 a.m. EST, Monday, Dec.5' (5 December 2005 is a Monday): 16:30 UTC; 'last year' dates the rescue, told in a relative clause
    B(
        text="Eleven Air Force airmen, who are being awarded the prestigious MacKay Trophy for a combat search and rescue in Iraq last year, will be available to discuss the combat search and rescue mission that resulted in this award at 11:30 a.m. EST, Monday, Dec.5.",
        due="2005-12-05 16:30:00",
        vague=False,
        said="2005-12-05 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_5DEC05,
        published="2005-12-05",
    ),
    # the same page, a news item whose title runs into it ('DoD Identifies Marine Casualty', not quoted): 'announced today', done: past
    B(
        text="The Department of Defense announced today the death of a Marine who was supporting Operation Iraqi Freedom.",
        due=None,
        vague=False,
        said="2005-12-05 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOD_TODAY_5DEC05,
        published="2005-12-05",
    ),
    # the same item: 'died Nov. 30', a year-less date gone five days before: past ('26' is an age)
    B(
        text="Cpl. William G. Taylor, 26, of Macon , Ga. , died Nov. 30 from small-arms fire while conducting combat operations against enemy forces in Fallujah , Iraq .",
        due=None,
        vague=False,
        said="2005-12-05 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOD_TODAY_5DEC05,
        published="2005-12-05",
    ),
    # Department of Defense, 'Today in the Department of Defense, Friday, November 22, 2013' (defense.gov), read at 10:00 EST that day, the heading being the dateline (menu, headings, the readout cut off by the end of the opening and the notes that no item is available are not quoted): 'at 10 a.m. EST': 15:00 UTC, the moment of reading
    B(
        text="Deputy Secretary of Defense Ashton B. Carter delivers remarks to U.S Naval Academy midshipmen at 10 a.m. EST, in the Auditorium, U.S Naval Academy, Annapolis, Md.",
        due="2013-11-22 15:00:00",
        vague=False,
        said="2013-11-22 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_22NOV13,
        published="2013-11-22",
    ),
    # the same page: 'at 11:15 a.m. EST (8:15 a.m. PST)', one instant told in two zones: 16:15 UTC
    B(
        text="Acting Secretary of the Air Force Eric K. Fanning delivers remarks at the Pacific Air and Space Symposium at 11:15 a.m. EST (8:15 a.m. PST), Los Angeles, Calif.",
        due="2013-11-22 16:15:00",
        vague=False,
        said="2013-11-22 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_22NOV13,
        published="2013-11-22",
    ),
    # the same page: 'at 1 p.m. EST': 18:00 UTC ('B6' and 'BH-650' are rooms)
    B(
        text="Acting Under Secretary of Defense for Personnel and Readiness Jessica Wright and Deputy Assistant Secretary of Defense for Military Community and Family Policy Rosemary Williams participate in the Military Family Readiness Council meeting at 1 p.m. EST, in room B6, Pentagon Conference Center (BH-650), Arlington, Va.",
        due="2013-11-22 18:00:00",
        vague=False,
        said="2013-11-22 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_22NOV13,
        published="2013-11-22",
    ),
    # the same page: 'at 3 p.m. EST': 20:00 UTC ('3rd Annual' names the symposium, '1001 16th St.' is an address)
    B(
        text='Defense Information Systems Agency Chief Technology Officer Dave Mihelcic delivers remarks at the 3rd Annual Defense and Security Mobile Technologies Symposium on "The Business Case for Mobile," at 3 p.m. EST, in the Presidential Ballroom, Capital Hilton, 1001 16th St., NW, Washington, D.C.',
        due="2013-11-22 20:00:00",
        vague=False,
        said="2013-11-22 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOD_TODAY_22NOV13,
        published="2013-11-22",
    ),
    # Department of Defense, 'Today in the Department of Defense, Tuesday, February 25, 2014' (defense.gov), read at 10:00 EST that day, the heading being the dateline (menu, headings, an assignment list cut off by the opening's end and the notes that no item is available are not quoted): two times in one day fall due at the latest (CONVENTIONS 6.1), 4 p.m. EST, 21:00 UTC
    B(
        text="Secretary of Defense Chuck Hagel speaks to troops at Langley Air Force Base, Va. at 2:30 p.m., and at Fort Eustis, Va. at 4 p.m.",
        due="2014-02-25 21:00:00",
        vague=False,
        said="2014-02-25 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_25FEB14,
        published="2014-02-25",
    ),
    # the same page: remarks at a conference 'beginning at 8 a.m. EST' on the day of the schedule: 13:00 UTC on 25 February 2014, before the reading at 10:00; 'FY 2015' names the conference; unsure: a bare time's next occurrence after 10:00, 2014-02-26 13:00:00
    B(
        text="Acting Deputy Secretary of Defense Christine H. Fox; Under Secretary of Defense for Acquisition, Technology and Logistics Frank Kendall; Under Secretary of Defense (Comptroller) Robert F. Hale; Under Secretary of the Air Force Eric K. Fanning; Assistant Secretary of Defense for Acquisition Katrina McFarland; Military Deputy, Office of the Assistant Secretary of the Air Force for Acquisition Lt. Gen. Charles Davis; Program Executive Officer for the F-35 Joint Program Office Air Force Lt. Gen. Christopher Bogdan; Deputy Chief of Naval Operations for Integration of Capabilities and Resources Vice Adm. Joseph P. Mulloy; Military Deputy for Army Budget Lt. Gen. Joseph Martz; Assistant Secretary of the Army for Acquisition, Logistics and Technology Heidi Shyu deliver remarks at the McAleese/Credit Suisse FY 2015 Defense Programs Conference beginning at 8 a.m. EST, Newseum, 555 Pennsylvania Ave., NW, Washington, D.C.",
        due="2014-02-25 13:00:00",
        vague=False,
        said="2014-02-25 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_25FEB14,
        published="2014-02-25",
    ),
    # the same page, under the title 'Press Briefing on Army Budget Planning Cancelled' (not quoted): the briefing 'scheduled for today at 10:30 a.m. EST' is called off, no new time given (CONVENTIONS 4.1): negated
    B(
        text="The press briefing scheduled for today at 10:30 a.m. EST on Army budget planning has been cancelled.",
        due=None,
        vague=False,
        said="2014-02-25 15:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_DOD_TODAY_25FEB14,
        published="2014-02-25",
    ),
    # Department of Defense, 'Today in the Department of Defense, Monday, March 22, 2010', as posted on a blog that reposts the department's releases (defenseindustrialbase.blogspot.com, the copy posted Monday 22 March 2010; read at 10:00 EDT that day; the blog's date line, the repeated heading and date, the tags and the comment count are not quoted): 'today at 7:30 a.m. EDT': 11:30 UTC, before the reading
    B(
        text="Secretary of Defense Robert M. Gates hosts an honor cordon to welcome Canada's Minister of National Defense Peter MacKay to the Pentagon today at 7:30 a.m. EDT.",
        due="2010-03-22 11:30:00",
        vague=False,
        said="2010-03-22 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_22MAR10,
        published="2010-03-22",
    ),
    # the same page: 'no later than 30 minutes prior to the event', the event not dated in this sentence: event; unsure: 7:00 a.m. EDT (11:00 UTC), half an hour before the cordon of the sentence before. The same words come again on the department's page of 11 May 2011 (below) and were taken once
    B(
        text="Plan to arrive no later than 30 minutes prior to the event; have proof of affiliation and two forms of photo identification.",
        due=None,
        vague=False,
        said="2010-03-22 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_DOD_TODAY_22MAR10,
        published="2010-03-22",
    ),
    # the same page: 'at 9 a.m. EDT' on the day of the schedule: 13:00 UTC on 22 March 2010, before the reading at 10:00; unsure: a bare time's next occurrence after 10:00, 2010-03-23 13:00:00 ('3E918' is a room)
    B(
        text="Secretary Gates conducts a brief media availability with Canadian Minister of National Defence Peter MacKay at 9 a.m. EDT in Pentagon Room 3E918 near the Pentagon's River Entrance.",
        due="2010-03-22 13:00:00",
        vague=False,
        said="2010-03-22 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_22MAR10,
        published="2010-03-22",
    ),
    # the same page: 'no later than 30 minutes prior to the event', undated in this sentence: event; unsure: 8:30 a.m. EDT (12:30 UTC), half an hour before the 9 a.m. of the sentence before
    B(
        text="Journalists without Pentagon access should plan to arrive no later than 30 minutes prior to the event; have proof of affiliation and two forms of photo identification.",
        due=None,
        vague=False,
        said="2010-03-22 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_DOD_TODAY_22MAR10,
        published="2010-03-22",
    ),
    # the same page: 'at 10:15 a.m. EDT': 14:15 UTC ('8th Annual' names the conference)
    B(
        text="Deputy Secretary of Defense William J. Lynn delivers keynote address at 10:15 a.m. EDT at the American Institute of Aeronautics and Astronautics 8th Annual U.S. Missile Defense Conference at the Ronald Reagan International Trade Center, Washington, D.C.",
        due="2010-03-22 14:15:00",
        vague=False,
        said="2010-03-22 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_22MAR10,
        published="2010-03-22",
    ),
    # the same page: 'at 1:42 p.m. EDT': 17:42 UTC ('B-1' is an aircraft)
    B(
        text="A National Capital Region Flyover of Arlington National Cemetery occurs at 1:42 p.m. EDT with one B-1.",
        due="2010-03-22 17:42:00",
        vague=False,
        said="2010-03-22 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_22MAR10,
        published="2010-03-22",
    ),
    # Department of Defense, 'Today in the Department of Defense, Wednesday, May 11, 2011', as reposted on a blog (military-online.blogspot.com) in a post dated Tuesday 10 May 2011, read at 10:00 EDT that day (the blog's date line, the heading and the comment line are not quoted; 'Plan to arrive no later than 30 minutes prior to the event; ...' repeats the page of 22 March 2010 word for word and was not taken again): 'at 10:30 a.m. EDT' on the day the heading names, 11 May 2011: 14:30 UTC; unsure: a bare time's next occurrence after the reading, 2011-05-10 14:30:00
    B(
        text="Chairman of the Joint Chiefs of Staff Adm. Mike Mullen hosts an honor cordon to welcome Australian Chief of the Defense Force Air Chief Marshal Angus Houston to the Pentagon at 10:30 a.m. EDT.",
        due="2011-05-11 14:30:00",
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOD_TODAY_11MAY11,
        published="2011-05-10",
    ),
    # the same page: 'at 10 a.m. EDT' on the day the heading names, 11 May 2011: 14:00 UTC ('fiscal 2012' names the budget and 'room 2359' is a room, no clock time); unsure: a bare time's next occurrence on or after the reading at 10:00 EDT on 10 May, that moment itself, 2011-05-10 14:00:00
    B(
        text="Assistant Secretary of Defense (Health Affairs) Jonathan Woodson; Surgeon General of the Army, Lt. Gen. Eric B. Schoomaker; Surgeon General of the Navy, Vice Adm. Adam M. Robinson, Jr. and Surgeon General of the Air Force, Lt. Gen. Charles B. Green testify at a hearing of the House Appropriation Committee on the defense health programs' fiscal 2012 budget at 10 a.m. EDT in Rayburn Office Building, room 2359.",
        due="2011-05-11 14:00:00",
        vague=False,
        said="2011-05-10 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOD_TODAY_11MAY11,
        published="2011-05-10",
    ),
)
