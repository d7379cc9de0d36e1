"""A FORTY-NINTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 18:32 by the machine's clock, by a
labelling helper (branch issue12l9-s35) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py`, and the parser package's
docstring only (for the parts of the day, the vague windows, bare clock times read as their
next occurrence and "a date without a year is its next occurrence"); nothing else of
`bot/core/deadlines/` was opened. The brief allowed any publisher but no one above a third
of the cases, at least eight publishers and several genres: press notices and news items of
UK Parliament select committees (Home Affairs, Transport, Public Administration,
Administration, Environmental Audit), news releases of the US Senate Committee on Finance,
a House Ways and Means hearing advisory, weekly schedules of Senator Grassley's office,
releases of the Senate Committee on Veterans' Affairs, a release and three press-release
lists of Senator Leahy's office, a House Science Committee (Democrats) press-release list and
a House Energy and Commerce Committee hearings list. Every sentence quoted holds a time word of some kind (a date, a
clock time, a day word, a week, a year in a name, "today", "currently", "already",
"previously", "later", "not yet", "since", "once", "until", "before", "after",
"following", "during", "at any time", "deadline"); the sentences of the openings read that
hold none were skipped, as were bare headings, titles, release and date lines of the page
itself, link lines, contact lines, membership and site boilerplate, bill numbers and names
standing alone, and lines cut off by the end of an opening. Date lines that belong to a
listed session (a schedule's "Wednesday 5 July 2006", "Date/time: ...", "DATE: ...") were
taken, as fresh34 took a consultation period line. A point of a list was taken as its own
case; no word was changed (misspellings, odd spacing and question marks stay as the page has
them; a line wrap inside a sentence was read as a space). The sentences were found with a
search over stored copies of public pages and taken as they came in the openings the search
returns, in page order. See README.md ("Forty-ninth fresh blind set") for every address,
publisher and licence. No address listed in README.md, in a `#` header or README under
`tests/data/`, in the sources of the other set files or in the shared claims file was used:
each was checked against those lists (the address and a distinctive phrase of the page) and
claimed (`fresh49`) in `/work/helper-brief/claims.txt` before a quote was taken; pages already
used (among them Wikinews on the Discovery launch of July 2005, the Atlantis launch of
February 2008 and the Tunisian election of 2011, and NOAA's sanctuaries review page of 2017)
were dropped. Each label was worked out by hand from the words, the publication date and the
publisher's zone; the conversion of local instants to UTC wall time and the weekday checks
were done with Python's zoneinfo and datetime in a scratch script outside the repository,
never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed; the
helpers improving the parser have not seen them. See README.md for the count and the
composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (UK Parliament:
Europe/London; the US Congress and senators' offices in Washington: America/New_York, a
time with "(Central time)" read on America/Chicago); the publication date at 10:00 local
(for the press-release lists, each item's own date); a day falls due at 23:59:59 local
(zoneinfo decides the offset); a clock time without a zone word is in the publisher's zone;
a range, a list or a window falls due at its later end; a clock-time line under a date line
of the same schedule is read on that date, and the label is marked "unsure" naming the bare
time's next occurrence; earliest-only words have `due=None`, `refusal='earliest'` and
`earliest` at the start they give (a day's start at 00:00 local); refusals have `due=None`
and a `refusal` kind (past | event | earliest; this set holds no negated, recurring or vague
case); a sentence whose time words set no time for any act (a year or fiscal year in a name,
"already", "previously", "later" with no window, "not yet", "formerly", "at any time") has
`due=None` and no refusal word. Labels marked "unsure" name the other reading; like every
label here they stay as committed, whatever the first run shows. First run: not yet taken
(the lead runs it once, after merging, and records it in README.md). Never edit these labels
to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_UK_HOMEAFF_20JAN12 = "https://webtest.parliament.uk/external/committees/committee-news-pre-oct-2020/2012/january/120120-Drugs-extension"
_UK_TRANSPORT_29JUN06 = "https://www.parliament.uk/business/committees/committees-archive/transport-committee/trans05-06-press-notice52/"
_UK_PASC_5MAY09 = "http://www.parliament.uk/business/committees/committees-archive/public-administration-select-committee/pasc0809pn29/"
_UK_ADMIN_17MAY23 = "https://committees.parliament.uk/committee/2/administration-committee/news/195270/administration-committee-announces-new-inquiry-into-how-effectively-the-house-of-commons-administration-communicates-with-mps-and-the-public/"
_UK_EAC_25JAN05 = "https://www.parliament.uk/business/committees/committees-archive/environmental-audit-committee/eac-25-01-05/"
_UK_PASC_13NOV07 = "https://www.parliament.uk/business/committees/committees-archive/public-administration-select-committee/pasc0708pn01/"
_UK_PASC_18JUL08 = "https://www.parliament.uk/business/committees/committees-archive/public-administration-select-committee/pasc1807pn51/"
_UK_PASC_3DEC07 = "https://www.parliament.uk/business/committees/committees-archive/public-administration-select-committee/pasc0708pn05/"
_SFC_21FEB03 = "https://www.finance.senate.gov/chairmans-news/hearing-to-focus-on-administrations-health-care-priorities"
_SFC_23FEB01 = "https://www.finance.senate.gov/chairmans-news/grassley-announces-hearings-on-key-aspects-of-bush-tax-relief-plan"
_SFC_WYDEN_22SEP17 = "https://finance.senate.gov/ranking-members-news/wyden-finance-democrats-call-for-larger-hearing-room-for-graham-cassidy-heller-hearing"
_SFC_19SEP02 = "https://finance.senate.gov/chairmans-news/baucus-announces-hearing-on-the-final-report-produced-by-the-presidents-commission-to-strengthen-social-security"
_SFC_8MAR01 = (
    "https://www.finance.senate.gov/chairmans-news/grassley-announces-hearings-on-the-uninsured"
)
_HWM_19JAN11 = "http://waysandmeans.house.gov/event/chairman-camp-announces-first-in-a-series-of-hearings-on-fundamental-tax-reform/"
_GRASSLEY_26MAR00 = (
    "https://www.grassley.senate.gov/news/news-releases/senator-grassleys-weekly-schedule"
)
_GRASSLEY_20MAY13 = "https://www.grassley.senate.gov/news/news-releases/grassley-schedule-2"
_HSCI_DEMS_SEP13 = "https://democrats-science.house.gov/news/press-releases?PageNum_rs=51"
_HEC_19FEB25 = "https://republicans-energycommerce.house.gov/news/hearings"
_SVAC_6JUN06 = "https://veterans.senate.gov/2006/6/thursday-hearing-to-examine-benefits-legislation-for-veterans"
_SVAC_21OCT09 = (
    "https://veterans.senate.gov/2009/10/akaka-holds-hearing-on-pending-veterans-legislation"
)
_LEAHY_21APR09 = "https://www.leahy.senate.gov/press/judiciary-committee-notices-seventh-nominations-hearing-of-2009"
_LEAHY_LIST_MAR09 = "https://www.leahy.senate.gov/press/releases?PageNum_rs=247"
_LEAHY_LIST_JAN08 = "https://www.leahy.senate.gov/press/releases?PageNum_rs=275"
_LEAHY_LIST_APR08 = "https://www.leahy.senate.gov/press/releases?PageNum_rs=250"

FRESH49_CASES: tuple[BlindCase, ...] = (
    # UK Parliament, House of Commons Home Affairs Committee, news item 'Deadline extended for drugs Inquiry written evidence' (20 January 2012; the headings, the date line and the guidance list are not quoted): a 'deadline' extended with no new date in this sentence: no deadline; unsure: 7 February 2012 (the line after it)
    B(
        text="In response to the interest generated by the Home Affairs Select Committee’s inquiry into drugs policy, the committee has extended the deadline for written submissions.",
        due=None,
        vague=False,
        said="2012-01-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_HOMEAFF_20JAN12,
        published="2012-01-20",
    ),
    # the same page: the line giving the new deadline (two spaces as on the page): 7 February 2012, end of day GMT
    B(
        text="New deadline:  7 February 2012",
        due="2012-02-07 23:59:59",
        vague=False,
        said="2012-01-20 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UK_HOMEAFF_20JAN12,
        published="2012-01-20",
    ),
    # the same page: 'by this date' points back to a date this sentence does not name: no deadline; unsure: 7 February 2012 (the line before)
    B(
        text="Organisations and individuals interested in making written submissions are invited to do so by this date.",
        due=None,
        vague=False,
        said="2012-01-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_HOMEAFF_20JAN12,
        published="2012-01-20",
    ),
    # the same page: a run of sessions given only its start (CONVENTIONS 3.2): earliest 24 January 2012, start of day GMT; unsure: due 24 January 2012, end of day (the beginning read as a one-off event, CONVENTIONS 3.1)
    B(
        text="Oral evidence sessions will begin on the 24 January 2012.",
        due=None,
        vague=False,
        said="2012-01-20 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2012-01-24 00:00:00",
        cluster=5,
        source=_UK_HOMEAFF_20JAN12,
        published="2012-01-20",
    ),
    # the same page: 'previously' sets no time for any act: no deadline
    B(
        text="Submissions should be original work, not previously published or circulated elsewhere, though previously published work can be referred to in a submission and submitted as supplementary material.",
        due=None,
        vague=False,
        said="2012-01-20 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_HOMEAFF_20JAN12,
        published="2012-01-20",
    ),
    # the same page: 'Once submitted' hangs on an undated event of each submission: event
    B(
        text="Once submitted, your submission becomes the property of the Committee and no public use should be made of it unless you have first obtained permission from the Clerk of the Committee.",
        due=None,
        vague=False,
        said="2012-01-20 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_UK_HOMEAFF_20JAN12,
        published="2012-01-20",
    ),
    # UK Parliament, House of Commons Transport Committee, Press Notice 52/2005-06 (29 June 2006, the date at its foot; the heading, the witness titles without a time word and the clerk's name are not quoted): an announcement on 30 March 2006, gone: past
    B(
        text="The Transport Committee announced its intention to inquire into ‘Local Transport Planning and Funding’ on 30 March 2006 (Press Notice 33).",
        due=None,
        vague=False,
        said="2006-06-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UK_TRANSPORT_29JUN06,
        published="2006-06-29",
    ),
    # the same page: sessions held on 17 and 24 May, gone (words as on the page): past
    B(
        text="Oral evidence session were held on 17 and 24 May.",
        due=None,
        vague=False,
        said="2006-06-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UK_TRANSPORT_29JUN06,
        published="2006-06-29",
    ),
    # the same page: a session of 7 June and an announcement of 24 May, both gone: past
    B(
        text="Witnesses for the session on 7 June were announced on 24 May (Press Notice 47).",
        due=None,
        vague=False,
        said="2006-06-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UK_TRANSPORT_29JUN06,
        published="2006-06-29",
    ),
    # the same page: a session of 14 June and an announcement of 5 June, both gone: past
    B(
        text="Witness for the session on 14 June were announced on 5 June (Press Notice 48).",
        due=None,
        vague=False,
        said="2006-06-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UK_TRANSPORT_29JUN06,
        published="2006-06-29",
    ),
    # the same page: the date line of the listed final session (a line of the schedule, not the notice's own date): 5 July 2006, end of day BST
    B(
        text="Wednesday 5 July 2006",
        due="2006-07-05 22:59:59",
        vague=False,
        said="2006-06-29 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UK_TRANSPORT_29JUN06,
        published="2006-06-29",
    ),
    # the same page: a witness line with a clock time, on the day the line above gives: 5 July 2006, 16:15 BST; unsure: 29 June 2006, 16:15 BST (the bare time read alone, its next occurrence)
    B(
        text="4.15 pm Sir Michael Lyons, leading the Independent Inquiry into Local Government",
        due="2006-07-05 15:15:00",
        vague=False,
        said="2006-06-29 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_UK_TRANSPORT_29JUN06,
        published="2006-06-29",
    ),
    # the same page: 'on the day before the hearing' hangs on a hearing this sentence does not date: event; unsure: 4 July 2006, end of day BST (the day before the session of 5 July)
    B(
        text="Because meetings may be moved from the Palace of Westminster to Portcullis House, those wishing to attend should check the venue by contacting the Committee Office Information Line on 020 7219 2033 on the day before the hearing.",
        due=None,
        vague=False,
        said="2006-06-29 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_UK_TRANSPORT_29JUN06,
        published="2006-06-29",
    ),
    # UK Parliament, Public Administration Select Committee, press notice 'PASC to hold hearing on special advisers' (5 May 2009; the heading, the witness names without a time word and the membership boilerplate are not quoted): 'following' and 'subsequent' order past events and set no time for any act: no deadline
    B(
        text="The session will focus in particular on the role of special advisers working in Downing Street following the resignation of the special adviser Daman McBride and the subsequent change to the Code of Conduct for Special Advisers.",
        due=None,
        vague=False,
        said="2009-05-05 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_PASC_5MAY09,
        published="2009-05-05",
    ),
    # the same page: a session 'on Thursday 7 May, at 10.00am': 7 May 2009, 10:00 BST
    B(
        text="The session will be held on Thursday 7 May, at 10.00am in the Thatcher Room, Portcullis House.",
        due="2009-05-07 09:00:00",
        vague=False,
        said="2009-05-05 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_UK_PASC_5MAY09,
        published="2009-05-05",
    ),
    # the same page: a point of the witness list: a witness heard only 'from around 11:00 am', a start alone (CONVENTIONS 3.2), on the session's day the sentence before gives: earliest 7 May 2009, 11:00 BST; unsure: earliest 5 May 2009, 11:00 BST (the bare time read alone)
    B(
        text="and (from around 11:00 am)",
        due=None,
        vague=False,
        said="2009-05-05 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2009-05-07 10:00:00",
        cluster=2,
        source=_UK_PASC_5MAY09,
        published="2009-05-05",
    ),
    # the same page: the next point: 'at around 11:00 am' on the session's day: 7 May 2009, 11:00 BST; unsure: 5 May 2009, 11:00 BST (the bare time read alone)
    B(
        text="Rt Hon Liam Byrne MP, Minister for the Cabinet Office and Chancellor of the Duchy of Lancaster (at around 11:00 am).",
        due="2009-05-07 10:00:00",
        vague=False,
        said="2009-05-05 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_UK_PASC_5MAY09,
        published="2009-05-05",
    ),
    # UK Parliament, House of Commons Administration Committee, news item on its communications inquiry (17 May 2023; the heading, the link lines and the sentences without a time word are not quoted): evidence 'submitted by 19 June 2023': 19 June 2023, end of day BST
    B(
        text="The Committee invites written evidence which should be submitted by 19 June 2023.",
        due="2023-06-19 22:59:59",
        vague=False,
        said="2023-05-17 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UK_ADMIN_17MAY23,
        published="2023-05-17",
    ),
    # the same page: sessions 'in June', the month's end (a definite period beats 'in due course', which is on the announcing): 30 June 2023, end of day BST; unsure: vague, 60 days from 17 May (the announcing 'in due course', CONVENTIONS 5.1)
    B(
        text="Public evidence sessions are expected to take place across two meetings in June, with dates to be announced in due course.",
        due="2023-06-30 22:59:59",
        vague=False,
        said="2023-05-17 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_UK_ADMIN_17MAY23,
        published="2023-05-17",
    ),
    # UK Parliament, Environmental Audit Committee, press release on its housing report (25 January 2005; the heading, the date and 'for immediate use' release lines and the contact lines are not quoted): publication 'at 00.01 on Sunday 30 January 2005' (CONVENTIONS 3.1): 30 January 2005, 00:01 GMT
    B(
        text="Housing: Building a Sustainable Future will be published as the Committee's First Report, HC 135-I, at 00.01 on Sunday 30 January 2005.",
        due="2005-01-30 00:01:00",
        vague=False,
        said="2005-01-25 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_UK_EAC_25JAN05,
        published="2005-01-25",
    ),
    # the same page: copies sent 'on Monday 31 January': 31 January 2005, end of day GMT
    B(
        text="Copies of the Report will be sent to all those who gave written or oral evidence to the Committee's inquiry on Monday 31 January.",
        due="2005-01-31 23:59:59",
        vague=False,
        said="2005-01-25 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UK_EAC_25JAN05,
        published="2005-01-25",
    ),
    # the same page: collection possible only 'from 10am that same day', a start alone (CONVENTIONS 3.2), on the day of the sentence before: earliest 31 January 2005, 10:00 GMT; unsure: event ('that same day' is dated only by another sentence)
    B(
        text="Organisations and representatives of the media may arrange, by telephoning 020 7219 6150 in advance, to collect copies of the Report from the Reception at 7 Millbank from 10am that same day.",
        due=None,
        vague=False,
        said="2005-01-25 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2005-01-31 10:00:00",
        cluster=5,
        source=_UK_EAC_25JAN05,
        published="2005-01-25",
    ),
    # the same page: copies that 'go out from 10am on Friday 28 January', a one-off release (CONVENTIONS 3.1), and an embargo to 00.01 on 30 January, a start alone for their use (CONVENTIONS 3.2): 28 January 2005, 10:00 GMT; unsure: earliest 30 January 2005, 00:01 GMT (the embargo)
    B(
        text="These PDF copies will go out from 10am on Friday 28 January and are embargoed until 00.01 on Sunday 30 January.",
        due="2005-01-28 10:00:00",
        vague=False,
        said="2005-01-25 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_UK_EAC_25JAN05,
        published="2005-01-25",
    ),
    # the same page: 'Once the Report has been published' hangs on the publication, which this sentence does not date: event; unsure: earliest 30 January 2005, 00:01 GMT (the publication the page dates)
    B(
        text="Once the Report has been published, copies can be obtained from TSO outlets and from the Parliamentary Bookshop, 12 Bridge Street, Parliament Square, London SW1A 2JX (020 7219 3890) by quoting House of Commons No. 135-I.",
        due=None,
        vague=False,
        said="2005-01-25 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_UK_EAC_25JAN05,
        published="2005-01-25",
    ),
    # the same page: availability 'from approximately 10am onwards, on Monday 31 January', a start alone (CONVENTIONS 3.2): earliest 31 January 2005, 10:00 GMT
    B(
        text="The text of the Report will also be available from approximately 10am onwards, on Monday 31 January, on the Committee's Internet homepage:",
        due=None,
        vague=False,
        said="2005-01-25 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2005-01-31 10:00:00",
        cluster=5,
        source=_UK_EAC_25JAN05,
        published="2005-01-25",
    ),
    # UK Parliament, Public Administration Select Committee, Press Notice 1 of Session 2007-08 (13 November 2007; the heading and the membership boilerplate are not quoted): 'the 2007/08 session' names a parliamentary session and sets no time for the evidence taking: no deadline; unsure: 15 November 2007, 10:00 GMT (the session the next sentence dates)
    B(
        text="The Public Administration Select Committee (PASC) commences the 2007/08 session by taking evidence from the Cabinet Secretary and Head of the Home Civil Service, Sir Gus O’Donnell, on the work of the Cabinet Office.",
        due=None,
        vague=False,
        said="2007-11-13 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_PASC_13NOV07,
        published="2007-11-13",
    ),
    # the same page: a session 'at 10.00am on Thursday 15 November': 15 November 2007, 10:00 GMT
    B(
        text="The evidence session will take place at 10.00am on Thursday 15 November in the Grimond Room, Portcullis House.",
        due="2007-11-15 10:00:00",
        vague=False,
        said="2007-11-13 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_UK_PASC_13NOV07,
        published="2007-11-13",
    ),
    # UK Parliament, Public Administration Select Committee, press notice on a pre-appointment hearing (18 July 2008; the heading and the membership boilerplate are not quoted): a hearing with no time of its own here, and terms 'agreed earlier this year' (past): no deadline; unsure: 22 July 2008, 10:00 BST (the hearing a later sentence dates)
    B(
        text="The Public Administration Select Committee (PASC) is to hold a pre-appointment hearing, its first under the terms agreed earlier this year between the Government and the Liaison Committee.",
        due=None,
        vague=False,
        said="2008-07-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_PASC_18JUL08,
        published="2008-07-18",
    ),
    # the same page: 'formerly' on a past post sets no time for any act: no deadline
    B(
        text="Lord Jay of Ewelme, a non-party-political Member of the House of Lords, formerly head of the Diplomatic Service.",
        due=None,
        vague=False,
        said="2008-07-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_PASC_18JUL08,
        published="2008-07-18",
    ),
    # the same page: a hearing 'on Tuesday 22 July at 10.00am': 22 July 2008, 10:00 BST
    B(
        text="The hearing will take place on Tuesday 22 July at 10.00am in the Wilson Room, Portcullis House.",
        due="2008-07-22 09:00:00",
        vague=False,
        said="2008-07-18 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_UK_PASC_18JUL08,
        published="2008-07-18",
    ),
    # the same page: 'early thoughts' and 'the future' set no time for any act: no deadline
    B(
        text="Questions are likely to cover the candidate’s professional competence for the post, his personal independence, and his early thoughts about the future direction of the Commission.",
        due=None,
        vague=False,
        said="2008-07-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_PASC_18JUL08,
        published="2008-07-18",
    ),
    # UK Parliament, Public Administration Select Committee, Press Notice 5 of Session 2007-08 (Monday 3 December 2007; the heading and the membership boilerplate are not quoted): evidence 'on Thursday', the next Thursday from Monday 3 December: 6 December 2007, end of day GMT
    B(
        text="The Public Administration Select Committee will be taking evidence on Thursday from Janet Gaymer CBE, Commissioner for Public Appointments, and Rt Hon John McFall MP, Chairman of the Treasury Select Committee, to gauge reaction to the Government’s proposal that Parliament and its Committees should be involved in the appointment of key public officials.",
        due="2007-12-06 23:59:59",
        vague=False,
        said="2007-12-03 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_UK_PASC_3DEC07,
        published="2007-12-03",
    ),
    # the same page: 'regular recent involvement' sets no time for any act: no deadline
    B(
        text="John McFall is a Committee Chairman who has had regular recent involvement in scrutinising the appointment of public officials, both at the Bank of England and the new Chair of the Statistics Board.",
        due=None,
        vague=False,
        said="2007-12-03 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UK_PASC_3DEC07,
        published="2007-12-03",
    ),
    # the same page: a session 'at 10.00am on Thursday 6 December': 6 December 2007, 10:00 GMT
    B(
        text="The evidence session will take place at 10.00am on Thursday 6 December in the Thatcher Room, Portcullis House.",
        due="2007-12-06 10:00:00",
        vague=False,
        said="2007-12-03 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_UK_PASC_3DEC07,
        published="2007-12-03",
    ),
    # US Senate Committee on Finance, chairman's news 'Hearing to Focus on Administration's Health Care Priorities' (21 February 2003; the headings and the location line are not quoted): a fiscal year in the name of a hearing sets no time for any act: no deadline
    B(
        text="Hearing: “Examining the Administration’s Fiscal Year 2004 Health Care Priorities”",
        due=None,
        vague=False,
        said="2003-02-21 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SFC_21FEB03,
        published="2003-02-21",
    ),
    # the same page: the hearing's date and time line: 27 February 2003, 10:00 EST
    B(
        text="Date/time: Thursday, Feb. 27, 2003, at 10 a.m.",
        due="2003-02-27 15:00:00",
        vague=False,
        said="2003-02-21 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SFC_21FEB03,
        published="2003-02-21",
    ),
    # the same page: 'Fiscal Year 2004' is the subject of the testimony, not a time for the hearing: no deadline; unsure: 27 February 2003, 10:00 EST (the hearing the line before dates)
    B(
        text="Description: The Finance Committee, led by Sen. Chuck Grassley, chairman, will hold a hearing to hear testimony from Health and Human Services Secretary Tommy Thompson on the Bush administration’s health care priorities for Fiscal Year 2004.",
        due=None,
        vague=False,
        said="2003-02-21 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SFC_21FEB03,
        published="2003-02-21",
    ),
    # US Senate Committee on Finance, chairman's news 'Grassley Announces Hearings on Key Aspects of Bush Tax Relief Plan' (23 February 2001; the heading and the sentences without a time word are not quoted): a hearing 'immediately' after an address dated 'Tuesday, Feb. 27': 27 February 2001, end of day EST; unsure: 28 February 2001, 14:00 EST (the first hearing of the list below) or event (hung on the address)
    B(
        text="The first hearing immediately will follow the President's address to Congress on Tuesday, Feb. 27, on his proposed budget.",
        due="2001-02-28 04:59:59",
        vague=False,
        said="2001-02-23 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_SFC_23FEB01,
        published="2001-02-23",
    ),
    # the same page: the words 'Dates, times' name what follows and set no time: no deadline
    B(
        text="Dates, times and hearing topics follow; all hearings are planned for 215 Dirksen.",
        due=None,
        vague=False,
        said="2001-02-23 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SFC_23FEB01,
        published="2001-02-23",
    ),
    # the same page: 'later' with no window: no deadline
    B(
        text="Witness lists will be available later.",
        due=None,
        vague=False,
        said="2001-02-23 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SFC_23FEB01,
        published="2001-02-23",
    ),
    # the same page: a hearing line 'Wednesday, Feb. 28, 2001, at 2 p.m.': 28 February 2001, 14:00 EST
    B(
        text='Wednesday, Feb. 28, 2001, at 2 p.m., "Revenue Proposals and Tax Cuts in the President\'s Budget."',
        due="2001-02-28 19:00:00",
        vague=False,
        said="2001-02-23 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SFC_23FEB01,
        published="2001-02-23",
    ),
    # the same page: 'in the next fiscal year' is the subject of the budget, not a time for the testimony: no deadline; unsure: 28 February 2001, 14:00 EST (the hearing the line before dates)
    B(
        text="Treasury Secretary Paul O'Neill will testify as the sole witness to explain President Bush's outline for budget priorities and tax cuts in the next fiscal year.",
        due=None,
        vague=False,
        said="2001-02-23 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SFC_23FEB01,
        published="2001-02-23",
    ),
    # the same page: 'immediately will follow' an undated meeting: event
    B(
        text="Note: This hearing immediately will follow a brief organizational meeting of the full committee.",
        due=None,
        vague=False,
        said="2001-02-23 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SFC_23FEB01,
        published="2001-02-23",
    ),
    # the same page: a hearing line: 7 March 2001, 10:00 EST
    B(
        text='Wednesday, March 7, 2001, at 10 a.m., "Marginal Rate Reductions: Tax Relief for All Taxpayers."',
        due="2001-03-07 15:00:00",
        vague=False,
        said="2001-02-23 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SFC_23FEB01,
        published="2001-02-23",
    ),
    # the same page: a hearing line: 8 March 2001, 10:00 EST
    B(
        text='Thursday, March 8, 2001, at 10 a.m., "Easing the Family Tax Burden."',
        due="2001-03-08 15:00:00",
        vague=False,
        said="2001-02-23 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SFC_23FEB01,
        published="2001-02-23",
    ),
    # the same page: a hearing line: 14 March 2001, 10:00 EST
    B(
        text='Wednesday, March 14, 2001, at 10 a.m., "Encouraging Charitable Giving."',
        due="2001-03-14 15:00:00",
        vague=False,
        said="2001-02-23 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SFC_23FEB01,
        published="2001-02-23",
    ),
    # US Senate Committee on Finance, ranking member's news on the Graham-Cassidy-Heller hearing room (22 September 2017; the headings, the press contact, the list of signers and the letter's address lines are not quoted): 'today lead' (the letter sent that day; words as on the page), an act done when the release speaks (CONVENTIONS 2.2): past
    B(
        text="Washington, D.C. – Senate Finance Committee Ranking Member Sen. Ron Wyden, D-Ore., today lead 10 Democrats members of the committee in a letter to Chairman Hatch requesting the committee meet in a larger hearing room in keeping with the extraordinary importance of the hearing and with the committee’s usual practice on matters of such intense public interest.",
        due=None,
        vague=False,
        said="2017-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SFC_WYDEN_22SEP17,
        published="2017-09-22",
    ),
    # the same page: 'before it is due to be considered' hangs on an undated floor consideration: event
    B(
        text="“The Graham-Cassidy-Heller bill would radically reshape the American health care system, and the Senate Finance Committee’s hearing will be the first and only opportunity for this bill to be debated in public before it is due to be considered on the Senate floor.” the senators wrote.",
        due=None,
        vague=False,
        said="2017-09-22 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SFC_WYDEN_22SEP17,
        published="2017-09-22",
    ),
    # the same page: the move asked for 'Monday’s hearing', the next Monday from Friday 22 September: 25 September 2017, end of day EDT
    B(
        text="Given that Monday’s hearing will be the only venue for public debate on the Graham-Cassidy-Heller proposal, we feel it is appropriate that hearing be moved to a larger Senate meeting room.”",
        due="2017-09-26 03:59:59",
        vague=False,
        said="2017-09-22 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SFC_WYDEN_22SEP17,
        published="2017-09-22",
    ),
    # the same page: the 'September 25 hearing': 25 September 2017, end of day EDT
    B(
        text="We respectfully request that the Finance Committee’s September 25 hearing on the Graham-Cassidy-Heller bill be held in one of the Senate’s larger hearing rooms rather than in our regular hearing room, Dirksen 215.",
        due="2017-09-26 03:59:59",
        vague=False,
        said="2017-09-22 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SFC_WYDEN_22SEP17,
        published="2017-09-22",
    ),
    # US Senate Committee on Finance, chairman's news 'Baucus Announces Hearing on the Final Report ...' (19 September 2002; the headings, the location line, the witness entries without a time word and the mailing instructions are not quoted): the hearing's date and time line: 3 October 2002, 10:00 EDT
    B(
        text="Date/Time: Thursday, October 3, 2002, at 10:00 a.m.",
        due="2002-10-03 14:00:00",
        vague=False,
        said="2002-09-19 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SFC_19SEP02,
        published="2002-09-19",
    ),
    # the same page: a point of the witness list: 'Immediate Past President' is a title and sets no time: no deadline
    B(
        text='Esther "Tess" Canja, Immediate Past President, AARP;',
        due=None,
        vague=False,
        said="2002-09-19 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SFC_19SEP02,
        published="2002-09-19",
    ),
    # the same page: statements 'no later than noon on Thursday, October 17, 2002': 17 October 2002, 12:00 EDT
    B(
        text="Statements must be received no later than noon on Thursday, October 17, 2002.",
        due="2002-10-17 16:00:00",
        vague=False,
        said="2002-09-19 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SFC_19SEP02,
        published="2002-09-19",
    ),
    # US Senate Committee on Finance, chairman's news 'Grassley Announces Hearings on the Uninsured' (8 March 2001; the hearing titles, the location lines, the description without a time word and the witness entries are not quoted): the first hearing's date and time line: 13 March 2001, 14:30 EST
    B(
        text="Date/time: Tuesday, March 13, 2001, at 2:30 p.m.",
        due="2001-03-13 19:30:00",
        vague=False,
        said="2001-03-08 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SFC_8MAR01,
        published="2001-03-08",
    ),
    # the same page: the second hearing's date and time line: 15 March 2001, 14:30 EST
    B(
        text="Date/time: Thursday, March 15, 2001, at 2:30 p.m.",
        due="2001-03-15 19:30:00",
        vague=False,
        said="2001-03-08 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SFC_8MAR01,
        published="2001-03-08",
    ),
    # the same page: the date line under the first witness list (the hearing's day, not the release's date): 13 March 2001, end of day EST
    B(
        text="Tuesday, March 13, 2001",
        due="2001-03-14 04:59:59",
        vague=False,
        said="2001-03-08 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SFC_8MAR01,
        published="2001-03-08",
    ),
    # the same page: 'later' with no window: no deadline
    B(
        text="Note: A witness list for “Solutions to the Uninsured Problem” will be available later.",
        due=None,
        vague=False,
        said="2001-03-08 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SFC_8MAR01,
        published="2001-03-08",
    ),
    # US House Committee on Ways and Means, hearing advisory 'Chairman Camp Announces First in a Series of Hearings on Fundamental Tax Reform' (19 January 2011; the heading, the subheading, the category tags and the sentences without a time word are not quoted): 'today' on the verb of speaking (CONVENTIONS 2.2), an announcement already made; 'current' sets no time: past
    B(
        text="House Ways and Means Committee Chairman Dave Camp (R-MI) today announced that – pursuant to House Rule XI, clause 2(g)(3), and with the concurrence of the Ranking Minority Member – the Committee on Ways and Means will hold a hearing on the costs imposed on families, employers, and the economy at large by the current structure of the Federal income tax.",
        due=None,
        vague=False,
        said="2011-01-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HWM_19JAN11,
        published="2011-01-19",
    ),
    # the same page: a hearing 'on Thursday, January 20, 2011 ... beginning at 9:00 A.M.' (CONVENTIONS 3.1): 20 January 2011, 09:00 EST
    B(
        text="The hearing will take place on Thursday, January 20, 2011, in 1100 Longworth House Office Building, beginning at 9:00 A.M.",
        due="2011-01-20 14:00:00",
        vague=False,
        said="2011-01-19 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_HWM_19JAN11,
        published="2011-01-19",
    ),
    # the same page: 'This year', an anniversary and a year in a law's name set no time for any act: no deadline
    B(
        text="This year marks the 25th anniversary of the enactment of the bipartisan Tax Reform Act of 1986 (Pub. L. No. 99-514) – landmark legislation that broadened the tax base by closing loopholes and curtailing tax expenditures, while dramatically reducing marginal tax rates on both individuals and businesses.",
        due=None,
        vague=False,
        said="2011-01-19 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_HWM_19JAN11,
        published="2011-01-19",
    ),
    # the same page: 'Since then' on a change already made: past
    B(
        text="Since then, marginal rates have gradually risen again, while the tax base has been narrowed significantly by the enactment of myriad new tax preferences.",
        due=None,
        vague=False,
        said="2011-01-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HWM_19JAN11,
        published="2011-01-19",
    ),
    # Office of US Senator Chuck Grassley, release 'Senator Grassley's Weekly Schedule' (Sunday 26 March 2000; the site header and the sentences without a time word are not quoted): a schedule 'for the week of March 27', Monday 27 March to Sunday 2 April, its later end: 2 April 2000, end of day EDT (daylight time began that morning)
    B(
        text="Here are highlights from Senator Grassley's schedule for the week of March 27:",
        due="2000-04-03 03:59:59",
        vague=False,
        said="2000-03-26 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_GRASSLEY_26MAR00,
        published="2000-03-26",
    ),
    # the same page: 'On Monday at 2 p.m.', the next Monday from Sunday 26 March: 27 March 2000, 14:00 EST
    B(
        text="On Monday at 2 p.m., in Dirksen 562, Sen. Grassley will conduct a hearing of the Special Committee on Aging to determine whether income tax dollars are the answer to the Social Security and Medicare funding crisis.",
        due="2000-03-27 19:00:00",
        vague=False,
        said="2000-03-26 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_GRASSLEY_26MAR00,
        published="2000-03-26",
    ),
    # the same page: 'already' on a present state: no deadline
    B(
        text="Income tax proceeds already play a limited role in funding the programs, minimal in the case of Social Security and somewhat greater in the case of Medicare.",
        due=None,
        vague=False,
        said="2000-03-26 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_GRASSLEY_26MAR00,
        published="2000-03-26",
    ),
    # the same page: 'On Tuesday at 9:30 a.m.' (name spelt as on the page): 28 March 2000, 09:30 EST
    B(
        text="On Tuesday at 9:30 a.m., Sen. Grassely will meet with state directors of Vocational Technical Education.",
        due="2000-03-28 14:30:00",
        vague=False,
        said="2000-03-26 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_GRASSLEY_26MAR00,
        published="2000-03-26",
    ),
    # the same page: 'On Wednesday at 10 a.m.': 29 March 2000, 10:00 EST
    B(
        text="On Wednesday at 10 a.m., Sen. Grassley will participate in a Finance committee hearing regarding prescription drug coverage and the Medicare program.",
        due="2000-03-29 15:00:00",
        vague=False,
        said="2000-03-26 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_GRASSLEY_26MAR00,
        published="2000-03-26",
    ),
    # the same page: 'On Wednesday at 2 p.m.'; 'fiscal 2001' is the budget's year, not the mark-up's time: 29 March 2000, 14:00 EST
    B(
        text="On Wednesday at 2 p.m., in Dirksen 608, Sen. Grassley will participate in the Budget committee mark-up of the budget for fiscal 2001.",
        due="2000-03-29 19:00:00",
        vague=False,
        said="2000-03-26 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_GRASSLEY_26MAR00,
        published="2000-03-26",
    ),
    # the same page: 'On Thursday': 30 March 2000, end of day EST
    B(
        text="On Thursday, Sen. Grassley will introduce legislation he has co-authored with Sens. Lieberman and Bob Kerrey to reduce medical errors in the Medicare and Medicaid programs.",
        due="2000-03-31 04:59:59",
        vague=False,
        said="2000-03-26 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_GRASSLEY_26MAR00,
        published="2000-03-26",
    ),
    # the same page: a report 'issued last November', gone: past
    B(
        text="It's a direct response to the groundbreaking report issued last November by the Institute of Medicine.",
        due=None,
        vague=False,
        said="2000-03-26 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GRASSLEY_26MAR00,
        published="2000-03-26",
    ),
    # the same page: 'each year' in a statistic sets no time for any act: no deadline
    B(
        text="That report found that between 44,000 and 98,000 Americans die each year from preventable errors.",
        due=None,
        vague=False,
        said="2000-03-26 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_GRASSLEY_26MAR00,
        published="2000-03-26",
    ),
    # the same page: 'On Thursday from 7-7:30 p.m. (Central time)', the later end, on Central time (the zone word), 'monthly' naming the programme: 30 March 2000, 19:30 CST
    B(
        text='On Thursday from 7-7:30 p.m. (Central time), Sen. Grassley will respond to questions and comments from Iowans during his monthly program called "Ask Your Senator."',
        due="2000-03-31 01:30:00",
        vague=False,
        said="2000-03-26 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_GRASSLEY_26MAR00,
        published="2000-03-26",
    ),
    # Office of US Senator Chuck Grassley, memorandum 'Grassley Schedule' (Monday 20 May 2013; the memo header and the lists of visitors and programmes without a time word are not quoted): a schedule for 'this week', Monday 20 to Sunday 26 May, its end: 26 May 2013, end of day EDT
    B(
        text="Here is information about Senator Grassley’s schedule this week.",
        due="2013-05-27 03:59:59",
        vague=False,
        said="2013-05-20 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_GRASSLEY_20MAY13,
        published="2013-05-20",
    ),
    # the same page: a debate given only its start, 'Starting Monday' (the day of the memo) (CONVENTIONS 3.2): earliest 20 May 2013, start of day EDT
    B(
        text="Starting Monday, the full Senate will debate the Agriculture Reform, Food and Jobs Act of 2013, the farm bill.",
        due=None,
        vague=False,
        said="2013-05-20 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2013-05-20 04:00:00",
        cluster=5,
        source=_GRASSLEY_20MAY13,
        published="2013-05-20",
    ),
    # the same page: a package 'approved last week', gone: past
    B(
        text="Senator Grassley’s reform initiative to focus farm program payments on small- and mid-size farmers is part of the legislative package approved last week by the Senate Agriculture Committee.",
        due=None,
        vague=False,
        said="2013-05-20 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_GRASSLEY_20MAY13,
        published="2013-05-20",
    ),
    # the same page: 'On Monday, May 20, at 10 a.m. (ET)': 20 May 2013, 10:00 EDT
    B(
        text="On Monday, May 20, at 10 a.m. (ET), the Senate Judiciary Committee will resume its executive business meeting on the Border Security, Economic Opportunity and Immigration Modernization Act.",
        due="2013-05-20 14:00:00",
        vague=False,
        said="2013-05-20 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_GRASSLEY_20MAY13,
        published="2013-05-20",
    ),
    # the same page: a mark-up kept going 'through Wednesday' (CONVENTIONS 3.3): 22 May 2013, end of day EDT
    B(
        text="The mark-up is expected to continue through Wednesday.",
        due="2013-05-23 03:59:59",
        vague=False,
        said="2013-05-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_GRASSLEY_20MAY13,
        published="2013-05-20",
    ),
    # the same page: amendments 'this week': 26 May 2013, end of day EDT
    B(
        text="Senator Grassley will offer additional amendments this week to try to improve the immigration reform proposal and strengthen enforcement of current law.",
        due="2013-05-27 03:59:59",
        vague=False,
        said="2013-05-20 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_GRASSLEY_20MAY13,
        published="2013-05-20",
    ),
    # US House Committee on Science, Space, and Technology (Democrats), press-release list, page 51: the item of 19 September 2013 (its heading and the cut-off rest are not quoted): a hearing held 'Today', done: past
    B(
        text="(Washington, DC) - Today, the House Committee on Science, Space, and Technology’s Subcommittee on Oversight and Subcommittee on Environment held a joint hearing to conduct on-going oversight of the National Oceanic and Atmospheric Administration’s weather and climate satellite programs.",
        due=None,
        vague=False,
        said="2013-09-19 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HSCI_DEMS_SEP13,
        published="2013-09-19",
    ),
    # US House Committee on Science, Space, and Technology (Democrats), press-release list, page 51: the item of 18 September 2013 (its heading and the cut-off rest are not quoted): a hearing held 'Today', done: past
    B(
        text="(Washington, DC) - Today, the House Committee on Science, Space, and Technology’s Subcommittee on Research and Technology held a hearing to better understand the methamphetamine addiction problem, and how science can inform and provide possible solutions.",
        due=None,
        vague=False,
        said="2013-09-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HSCI_DEMS_SEP13,
        published="2013-09-18",
    ),
    # US House Committee on Science, Space, and Technology (Democrats), press-release list, page 51: the item of 10 September 2013 (its heading and the cut-off rest are not quoted): a hearing held 'Today', done; a year in a bill's name: past
    B(
        text="(Washington, DC) - Today, the House Committee on Science, Space, and Technology’s Subcommittee on Research and Technology held a hearing to examine federal advanced manufacturing programs with a focus on research and development activities at the National Institute of Standards and Technology (NIST) and to review H.R. 1421, the Advancing Innovative Manufacturing (AIM) Act of 2013.",
        due=None,
        vague=False,
        said="2013-09-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HSCI_DEMS_SEP13,
        published="2013-09-10",
    ),
    # US House Committee on Energy and Commerce (Republicans), hearings list, item of 19 February 2025 'Chairmen Guthrie and Carter Announce Subcommittee Hearing on Pharmacy Benefit Manager Practices' (the heading, the WHAT and LOCATION lines, the contact lines and the next item, cut off, are not quoted): 'Today' on the verb of speaking (CONVENTIONS 2.2), an announcement made (spacing as on the page): past
    B(
        text="WASHINGTON, D.C.  – Today, Congressman Brett Guthrie (KY-02), Chairman of the House Committee on Energy and Commerce, and Congressman Earl L. “Buddy” Carter (GA-01), Chairman of the Subcommittee on Health, announced a hearing titled  An Examination of  How Reining in PBMs Will Drive Competition and Lower Costs for Patients .",
        due=None,
        vague=False,
        said="2025-02-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HEC_19FEB25,
        published="2025-02-19",
    ),
    # the same page: 'recent reports' and a change that 'has led': past
    B(
        text="“As outlined in recent reports, significant consolidation in the PBM marketplace has led to fewer options for patients and employers and less competition to keep out-of-pocket drug costs in check,”  said Chairmen Guthrie and Carter.",
        due=None,
        vague=False,
        said="2025-02-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HEC_19FEB25,
        published="2025-02-19",
    ),
    # the same page: 'Over the past few years', work done: past
    B(
        text="“Over the past few years, this Subcommittee has led on a myriad of legislative solutions which will help guide our continued work toward delivering high quality heath care for the American people.”",
        due=None,
        vague=False,
        said="2025-02-19 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HEC_19FEB25,
        published="2025-02-19",
    ),
    # the same page: the hearing's date line: 26 February 2025, end of day EST
    B(
        text="DATE:  Wednesday, February 26, 2025",
        due="2025-02-27 04:59:59",
        vague=False,
        said="2025-02-19 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_HEC_19FEB25,
        published="2025-02-19",
    ),
    # the same page: the hearing's time line, on the day the line before gives: 26 February 2025, 10:00 EST; unsure: 20 February 2025, 10:00 EST (the bare time read alone, its next occurrence after the reference)
    B(
        text="TIME: 10:00 AM ET",
        due="2025-02-26 15:00:00",
        vague=False,
        said="2025-02-19 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_HEC_19FEB25,
        published="2025-02-19",
    ),
    # US Senate Committee on Veterans' Affairs, release 'Thursday hearing to examine benefits legislation for veterans' (6 June 2006; the heading, the media contact, the bill numbers and names and the sentences without a time word are not quoted): 'today' on the verb of speaking (CONVENTIONS 2.2); the meeting 'this week' (CONVENTIONS 2.3), Monday 5 to Sunday 11 June: 11 June 2006, end of day EDT
    B(
        text="(Washington, DC) Chairman Larry Craig announced today that the U.S. Senate Committee on Veterans' Affairs will meet this week to review legislation which seeks to provide additional benefits for the nation's veterans.",
        due="2006-06-12 03:59:59",
        vague=False,
        said="2006-06-06 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SVAC_6JUN06,
        published="2006-06-06",
    ),
    # the same page: a hearing that 'will begin at 10 a.m. Eastern ... Thursday, June 8' (CONVENTIONS 3.1): 8 June 2006, 10:00 EDT
    B(
        text='The hearing, titled, "Benefits Legislative Initiatives Currently Pending before the U.S. Senate Committee on Veterans\' Affairs," will begin at 10 a.m. Eastern in room 418 of the Russell Senate Office Building in Washington, DC, Thursday, June 8.',
        due="2006-06-08 14:00:00",
        vague=False,
        said="2006-06-06 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SVAC_6JUN06,
        published="2006-06-06",
    ),
    # the same page: 'live' and 'later' set no time of their own: no deadline
    B(
        text="The hearing will be webcast live, and archived for viewing later, at http://veterans.senate.gov.",
        due=None,
        vague=False,
        said="2006-06-06 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SVAC_6JUN06,
        published="2006-06-06",
    ),
    # the same page: 'during the hearing only' (question marks as on the page) hangs on a hearing this sentence does not date: event; unsure: 8 June 2006, 10:00 EDT (the hearing the sentence before dates)
    B(
        text="The hearing may also be audiocast ? during the hearing only ? on C-SPAN's hearings website, located at http://www.capitolhearings.org.",
        due=None,
        vague=False,
        said="2006-06-06 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SVAC_6JUN06,
        published="2006-06-06",
    ),
    # the same page: 'until well into the appeals process' hangs on an undated stage of each appeal, 'begun during the Civil War' is past: event; unsure: past
    B(
        text="This bill would change a policy begun during the Civil War which currently prevents veterans from hiring lawyers until well into the appeals process.",
        due=None,
        vague=False,
        said="2006-06-06 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SVAC_6JUN06,
        published="2006-06-06",
    ),
    # the same page: 'at any time' sets no time: no deadline
    B(
        text="The change would allow a veteran to choose to hire a lawyer at any time.",
        due=None,
        vague=False,
        said="2006-06-06 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SVAC_6JUN06,
        published="2006-06-06",
    ),
    # the same page: an increase effective 'on December 1, 2006' (CONVENTIONS 3.1): 1 December 2006, end of day EST; unsure: no deadline (conditional on an undated approval, CONVENTIONS 4.2)
    B(
        text="If approved by Congress, the increase will become effective on December 1, 2006.",
        due="2006-12-02 04:59:59",
        vague=False,
        said="2006-06-06 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SVAC_6JUN06,
        published="2006-06-06",
    ),
    # US Senate Committee on Veterans' Affairs, release 'Akaka holds hearing on pending veterans legislation' (21 October 2009, the date at its foot; the sentences without a time word and the date line are not quoted): a hearing 'held ... today', done: past
    B(
        text="WASHINGTON, D.C. – Senate Veterans’ Affairs Committee Chairman Daniel K. Akaka (D-Hawaii) held a hearing today to review pending veterans’ benefits and health care legislation.",
        due=None,
        vague=False,
        said="2009-10-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SVAC_21OCT09,
        published="2009-10-21",
    ),
    # the same page: work done; 'later legislative action' has no time: past
    B(
        text="The Committee questioned witnesses and reviewed 22 bills in preparation for later legislative action.",
        due=None,
        vague=False,
        said="2009-10-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SVAC_21OCT09,
        published="2009-10-21",
    ),
    # the same page: 'while' and a past 'in the summer' set no time for the promised work: no deadline
    B(
        text="We will develop legislation based on the bills pending in Committee, while we continue to push for Congressional action on important veterans’ bills unanimously approved in the summer.",
        due=None,
        vague=False,
        said="2009-10-21 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SVAC_21OCT09,
        published="2009-10-21",
    ),
    # the same page: 'Until the Senate is allowed to act' hangs on an undated event: event
    B(
        text="Until the Senate is allowed to act, wounded warriors and their families will continue to be denied the much needed improvements those bills would provide.”",
        due=None,
        vague=False,
        said="2009-10-21 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SVAC_21OCT09,
        published="2009-10-21",
    ),
    # the same page: bills 'reviewed today', done: past
    B(
        text="The 22 bills reviewed today included several which address veteran homelessness.",
        due=None,
        vague=False,
        said="2009-10-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SVAC_21OCT09,
        published="2009-10-21",
    ),
    # the same page: 'today's witnesses' names the hearing's witnesses; the material is available now: no deadline
    B(
        text="Chairman Akaka's full statement, written testimony from today's witnesses, and a webcast are available here.",
        due=None,
        vague=False,
        said="2009-10-21 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SVAC_21OCT09,
        published="2009-10-21",
    ),
    # the same page: 'not yet been scheduled' sets no time: no deadline
    B(
        text="The Committee markup has not yet been scheduled.",
        due=None,
        vague=False,
        said="2009-10-21 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_SVAC_21OCT09,
        published="2009-10-21",
    ),
    # Office of US Senator Patrick Leahy, release 'Judiciary Committee Notices Seventh Nominations Hearing Of 2009' (Tuesday 21 April 2009; the heading, the subheading and the sentences without a time word are not quoted): a hearing 'noticed' on Tuesday 21 April, done: past
    B(
        text="WASHINGTON (Tuesday, April 21, 2009) – Senate Judiciary Committee Chairman Patrick Leahy (D-Vt.) Tuesday noticed a hearing to consider pending judicial and executive nominations.",
        due=None,
        vague=False,
        said="2009-04-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_21APR09,
        published="2009-04-21",
    ),
    # the same page: 'of the year' counts hearings and sets no time: no deadline
    B(
        text="It will be the Committee’s seventh nominations hearing of the year.",
        due=None,
        vague=False,
        said="2009-04-21 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_LEAHY_21APR09,
        published="2009-04-21",
    ),
    # the same page: a hearing 'held April 29': 29 April 2009, end of day EDT
    B(
        text="The hearing will be held April 29.",
        due="2009-04-30 03:59:59",
        vague=False,
        said="2009-04-21 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_LEAHY_21APR09,
        published="2009-04-21",
    ),
    # the same page: a nomination on 31 March, gone: past
    B(
        text="Perez was nominated by President Obama on March 31.",
        due=None,
        vague=False,
        said="2009-04-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_21APR09,
        published="2009-04-21",
    ),
    # the same page: a nomination on 3 April, gone: past
    B(
        text="Davis was nominated on April 3.",
        due=None,
        vague=False,
        said="2009-04-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_21APR09,
        published="2009-04-21",
    ),
    # the same page: an appearance on 1 April, gone: past
    B(
        text="Hamilton first appeared before the Committee on April 1.",
        due=None,
        vague=False,
        said="2009-04-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_21APR09,
        published="2009-04-21",
    ),
    # the same page: 'four weeks since' a past appearance: past
    B(
        text="“It has been four weeks since Judge Hamilton first appeared before the Committee, and I am disappointed that Committee Republicans have yet to ask a single question of this nominee,” Leahy said.",
        due=None,
        vague=False,
        said="2009-04-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_21APR09,
        published="2009-04-21",
    ),
    # the same page: the invitation is done, but the testimony has a time of its own, 'on April 29' (CONVENTIONS 2.3): 29 April 2009, end of day EDT
    B(
        text="“Nonetheless, at the request of the Ranking Member, I have invited Judge Hamilton to testify on April 29.",
        due="2009-04-30 03:59:59",
        vague=False,
        said="2009-04-21 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_LEAHY_21APR09,
        published="2009-04-21",
    ),
    # the same page: 'After Judge Hamilton appears again' hangs on an appearance this sentence does not date: event; unsure: 29 April 2009 (the testimony the sentence before dates)
    B(
        text="After Judge Hamilton appears again before the Committee, I hope Republican members will not further delay our consideration of this qualified judicial nominee.”",
        due=None,
        vague=False,
        said="2009-04-21 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_LEAHY_21APR09,
        published="2009-04-21",
    ),
    # the same page: a hearing 'at 2:00 p.m. on Wednesday, April 29': 29 April 2009, 14:00 EDT
    B(
        text="The hearing will be held at 2:00 p.m. on Wednesday, April 29, in room 226 of the Dirksen Senate Office Building.",
        due="2009-04-29 18:00:00",
        vague=False,
        said="2009-04-21 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_LEAHY_21APR09,
        published="2009-04-21",
    ),
    # Office of US Senator Patrick Leahy, press-release list, page 247: the item of Wednesday 25 March 2009 (its title, the date lines and the cut-off rest are not quoted): testimony given 'Wednesday morning', done: past
    B(
        text="(Wednesday, March 25, 2009) - The Director of the Federal Bureau of Investigation, Robert Mueller, testified Wednesday morning at a Senate Judiciary Committee hearing.",
        due=None,
        vague=False,
        said="2009-03-25 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_LIST_MAR09,
        published="2009-03-25",
    ),
    # the same page: a hearing held, first of a numbered Congress: past
    B(
        text="The hearing was the first major oversight hearing in the Senate Judiciary Committee in the 111th Congress.",
        due=None,
        vague=False,
        said="2009-03-25 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_LIST_MAR09,
        published="2009-03-25",
    ),
    # Office of US Senator Patrick Leahy, press-release list, page 247: the item of Tuesday 24 March 2009 (its title and the cut-off rest are not quoted): legislation 'today introduced', done: past
    B(
        text="(Tuesday, March 24, 2009) - Senator Patrick Leahy (D-Vt.) today introduced legislation to reauthorize expiring programs in the Juvenile Justice and Delinquency Prevention Act (JJDPA).",
        due=None,
        vague=False,
        said="2009-03-24 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_LIST_MAR09,
        published="2009-03-24",
    ),
    # Office of US Senator Patrick Leahy, press-release list, page 247: the next item, also of Tuesday 24 March 2009 (its title and the sentence without a time word are not quoted): a hearing 'held ... Tuesday', done; 'looming' sets no time: past
    B(
        text='(Tuesday, March 24, 2009) - With the looming economic recession affecting more American families, the Senate Judiciary Subcommittee on Administrative Oversight and the Courts held a hearing Tuesday to examine "Abusive Credit Card Practices and Bankruptcy."',
        due=None,
        vague=False,
        said="2009-03-24 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_LIST_MAR09,
        published="2009-03-24",
    ),
    # Office of US Senator Patrick Leahy, press-release list, page 275: the item datelined 'January 16', in the list's January 2008 run (its title and the cut-off rest are not quoted): a release announced, done: past
    B(
        text="BURLINGTON, January 16 - U.S. Senators Bernie Sanders and Patrick Leahy and Congressman Peter Welch announced the release of $450 million in home heating emergency funds, including $3.9 million for Vermont.",
        due=None,
        vague=False,
        said="2008-01-16 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_LIST_JAN08,
        published="2008-01-16",
    ),
    # the same page: 'this winter' on the prices, a present state, and a bill already introduced: no deadline
    B(
        text="As prices for home heating fuel soar to record highs this winter, Sanders has introduced legislation, cosponsored by Leahy, which would increase funding for the Low Income Home Heating Assistance Program by another $800 million.",
        due=None,
        vague=False,
        said="2008-01-16 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_LEAHY_LIST_JAN08,
        published="2008-01-16",
    ),
    # Office of US Senator Patrick Leahy, press-release list, page 275: the item of Wednesday 16 January 2008 (its title and the cut-off rest are not quoted): a letter 'today sent', done: past
    B(
        text="(Wednesday, Jan. 16, 2008) - The Chairmen of the Senate and House Judiciary Committees today sent a letter to the Government Accountability Office (GAO) asking the Comptroller General to launch an inquiry into the use, award and implementation of contracts by the Department of Justice to outside entities for the monitoring of compliance with out-of-court settlement and deferred prosecution agreements in criminal investigations.",
        due=None,
        vague=False,
        said="2008-01-16 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_LIST_JAN08,
        published="2008-01-16",
    ),
    # Office of US Senator Patrick Leahy, press-release list, page 275: the item of Tuesday 15 January 2008 (its title and the cut-off rest are not quoted): 'today' on the verb of speaking (CONVENTIONS 2.2), the hearing 'on Jan. 30, 2008' (CONVENTIONS 2.3): 30 January 2008, end of day EST
    B(
        text="(Tuesday, Jan. 15, 2008) - Senate Judiciary Committee Chairman Patrick Leahy (D-Vt.) today announced that the Committee will hold the first Department of Justice oversight hearing of the year on Jan. 30, 2008.",
        due="2008-01-31 04:59:59",
        vague=False,
        said="2008-01-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_LEAHY_LIST_JAN08,
        published="2008-01-15",
    ),
    # the same page: 'has held periodic' hearings, done: past
    B(
        text="The Judiciary Committee under Chairman Leahy has held periodic oversight hearings of the Department of Justice with the Attorney General.",
        due=None,
        vague=False,
        said="2008-01-15 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_LIST_JAN08,
        published="2008-01-15",
    ),
    # Office of US Senator Patrick Leahy, press-release list, page 250: the item datelined 'Saturday, April 26', in the list's April 2008 run (its title and the sentences without a time word are not quoted): a visit 'Saturday', done: past
    B(
        text="SOUTH BURLINGTON, Vt. (Saturday, April 26) - The author of a landmark federal firefighting grant program, U.S. Senator Chris Dodd (D-Conn.), and U.S. Senator Patrick Leahy (D-Vt.) visited with members of the South Burlington Fire Department Saturday to announce that South Burlington has received a $632,550 Staffing for Adequate Fire and Emergency Response (SAFER) grant.",
        due=None,
        vague=False,
        said="2008-04-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_LIST_APR08,
        published="2008-04-26",
    ),
    # Office of US Senator Patrick Leahy, press-release list, page 250: the item dated 'Thursday, April 25, 2008' (25 April 2008 was a Friday; the written date is used; its title and the cut-off rest are not quoted): 'today' on the verb of speaking (CONVENTIONS 2.2), an announcement made; the testimony has no time here: past
    B(
        text="(Thursday, April 25, 2008) - Two-time Academy Award nominee Djimon Hounsou will join representatives from Vermont in testifying before the Senate Judiciary Committee at a hearing to identify and explore solutions to address rising numbers of runaway and homeless youths, Chairman Patrick Leahy (D-Vt.) announced today.",
        due=None,
        vague=False,
        said="2008-04-25 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LEAHY_LIST_APR08,
        published="2008-04-25",
    ),
)
