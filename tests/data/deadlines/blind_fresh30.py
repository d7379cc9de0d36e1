"""A THIRTIETH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 10:16 by the machine's clock, by a
labelling helper (branch issue12l1-s22) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstrings of `blind_real.py` and `blind_fresh29.py`, the latter's comments and README
section, and the parser package's docstring only (for "midnight" ending its day, "a date
without a year is its next occurrence", the vague windows and the zone words); nothing else
of `bot/core/deadlines/` was opened. As in the twenty-seventh to twenty-ninth sets, every
sentence quoted holds a time word of some kind (a date, a clock time, a day word, a period,
a span, a year in a name or a docket number, "since", "during" a process, "now", "later",
"recent", "future", "whenever possible"); the sentences of the pages read that hold none
were skipped, as were bare headings, titles, date lines, citation and filing stamps, site,
feed, archive and e-mail text around the quoted item, contact lines and addresses, lines
cut off by the start or end of an opening, and the words "current", "currently",
"ongoing", "new", "scheduled" and "continue" on their own. Only US publishers were used
(federal agencies, the Senate Press Gallery and federal courts), as the brief asked; a
Federal Register notice's summary that repeats its first sentences was taken once. The
lines of a notice or an order were joined with single spaces; a numbered item's leading
number, a bullet's trailing project number and the sponsor names in brackets after a
floor-log item were left out; no word was changed. The sentences were found with a search
over stored copies of public pages and taken as they came in the openings the search
returns, in page order. See README.md ("Thirtieth fresh blind set") for every address,
publisher and licence. No address listed in README.md, in a `#` header or README under
`tests/data/`, in the sources of the other set files or in the shared claims file was
used: each was checked against those lists (the address and a distinctive phrase of the
page) and claimed (`fresh30`) in `/work/helper-brief/claims.txt` before a quote was taken.
Every sentence was checked by a text search over the files under `tests/data/` (the whole
sentence and its first and last runs of six words); none was found there (only stock runs
such as "the Paperwork Reduction Act of 1995." and "Comments must be received by December"
recur). Each label was worked out by hand from the words, the publication date and the
publisher's zone; the conversion of local instants to UTC wall time, the day counts and
the weekday checks were done with Python's zoneinfo and datetime in a scratch script
outside the repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the
labels were committed; the helpers improving the parser have not seen them. See README.md
for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.3"), then `blind_real.py` and `blind_fresh29.py`: the publisher's zone
(every publisher here is a US federal body, whatever the office or the place a page speaks
of, the Pacific Islands office of NOAA Fisheries and Petroglyph National Monument
included: America/New_York); the publication date at 10:00 local, except the Department
of Energy article stamped "July 16, 2010 - 3:53pm", read at that instant; a page that
lists items under their own dates (the VA's list of releases) is read at each item's date;
four pages that show no date of their own (the NOAA Fisheries list, the Transportation
bulletin, the USGS fieldwork preview and the TreasuryDirect page) are read at a day the
comment names, and the comment says for which days the labels hold; the Senate Press
Gallery's floor logs, written through the day, are read at 10:00 of their day, their
entries told in the past being past by their words; a day falls due at 23:59:59 local
(zoneinfo decides the offset) and "midnight" ends its day; a clock time without a zone
word, and one with "ET", is in the publisher's zone; a date without a year is its next
occurrence; a range, a list, a schedule or a window falls due at its later end; a span or
period that the sentence hangs on an undated event or stage ("During this period", "during
the repairs", "Following any Leader remarks", "following the completion of briefing") is
`refusal='event'`, and where the same page dates that event elsewhere the label is marked
"unsure" and names the instant; refusals have `due=None` and a `refusal` kind (past |
event | recurring | earliest; this set holds no negated case); standing practices ("whenever
possible", "typically issued in the winter", "on Saturdays and Sundays", "usually occurs on
the first Wednesday in February, May, August, and November") are `recurring`; "Today,
<someone> announced / signed / issued" tells an act done (past) unless what is announced has
a time of its own ahead ("will soon be able", vague, 60 days; "beginning March 5, 2024", a
state given only its start: `earliest`); a sentence whose time words set no time for any
act (a year in the name of an Act, a docket number or a cited case, a dated memo, a named
week, "future", "now open", "this hurricane season") has `due=None` and no refusal word.
Labels marked "unsure" name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once,
after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_NOAA_PIRO_OCT18 = "https://www.fpir.noaa.gov/SFD/SFD_regs_1.html"
_NMFS_FR_1NOV24 = "https://d1tvxue8o4w0fl.cloudfront.net/federal-register/marine-mammal-protection-act-list-of-fisheries-for-2025-reopening-public-comment-period"
_NMFS_FR_16NOV16 = "https://open-gov.usebase.io/federal-register/2016-27399"
_IRS_14OCT25 = "https://politicalemails.org/messages/1984027/html_body"
_USDOT_MAR24 = "https://content.govdelivery.com/accounts/USDOT/bulletins/3916618"
_DOE_FR_23FEB11 = "http://edocket.access.gpo.gov/2011/2011-3981.htm"
_DOE_FR_3SEP14 = "http://federal.elaws.us/fr/9/3/2014/2014-20906"
_DOE_GC_16JUL10 = (
    "http://energy.gov/gc/articles/doe-provide-enhanced-public-notice-environmental-assessments"
)
_VA_WILM_2024 = "https://www.va.gov/wilmington-health-care/news-releases/page-11/"
_SENATE_DP_11MAY20 = "https://www.dailypress.senate.gov/monday-may-11-2020/"
_SENATE_DP_22SEP15 = "https://www.dailypress.senate.gov/?p=6964"
_USGS_FIELD_2016 = "https://www.usgs.gov/center-news/future-fieldwork"
_USGS_PICKS_2JUN05 = "http://www.usgs.gov/newsroom/leads_pf.asp?ID=713"
_OPM_16DEC16 = "https://www.opm.gov/policy-data-oversight/worklife/news/2016/12/washington-dc-area-dismissal-and-closure-procedures-memo/"
_OPM_CPM_30NOV11 = (
    "https://www.chcoc.gov/content/washington-dc-area-dismissal-and-closure-procedures"
)
_OPM_27NOV12 = "https://cybercemetery.unt.edu/archive/oilspill/20130216082531/http://beta.opm.gov/news/releases/2012/11/opm-announces-dismissal-and-closure-procedures-for-the-2012-2013-winter-weather-season/"
_NPS_PETRO_12AUG21 = "https://www.desertusa.com/dusablog/petroglyph-nm-temporary-closure-south-rim-trail-area-august-9-through-september-17-2021.html"
_TREAS_AUCT_2012 = "https://cybercemetery.unt.edu/archive/oilspill/20121014024124/http://www.treasurydirect.gov/indiv/research/indepth/auctions/res_auctions_ann.htm"
_CADC_28SEP16 = "https://caselaw.findlaw.com/us-dc-circuit/1751987.html"
_NRC_FR_20SEP94 = "http://federal.elaws.us/fr/9/20/1994/94-23205"
_DDC_26SEP14 = "https://de.scribd.com/document/241476348/1-14-cv-01609-12"

FRESH30_CASES: tuple[BlindCase, ...] = (
    # NOAA Fisheries, Pacific Islands Regional Office, Sustainable Fisheries Division page 'Seeking Public Comment' (the page shows no date of its own; read at Wednesday 3 October 2018, the date of its newest item; every label of this page holds for any day from 3 to 29 October 2018; the site's headings and each item's date-and-title line are not quoted): 'future management actions' sets no time for any act: no deadline
    B(
        text="NOAA Fisheries announces intent to prepare an Environmental Impact Statement (EIS) for future management actions for the U.S. purse seine fishery in the western and central Pacific Ocean.",
        due=None,
        vague=False,
        said="2018-10-03 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NOAA_PIRO_OCT18,
        published="2018-10-03",
    ),
    # the same item: 'the beginning of the public scoping process' names a stage, with no time of its own: no deadline
    B(
        text="This notice of intent to prepare an EIS represents the beginning of the public scoping process and invites interested parties to provide comments on alternatives to be considered in an EIS and to identify potential issues, concerns, and any reasonable additional alternatives that should be considered.",
        due=None,
        vague=False,
        said="2018-10-03 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NOAA_PIRO_OCT18,
        published="2018-10-03",
    ),
    # the same item: a 'deadline' extended, with no time in this sentence: no deadline; unsure: the next sentence dates it, 31 October 2018 at 11:59 p.m. ET (2018-11-01 03:59 UTC)
    B(
        text="The comment deadline has been extended.",
        due=None,
        vague=False,
        said="2018-10-03 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NOAA_PIRO_OCT18,
        published="2018-10-03",
    ),
    # the same item: 'by October 31, 2018 at 11:59 PM ET', a clock time with its zone word (ET, daylight time on that day): 2018-11-01 03:59 UTC
    B(
        text="Comments on this action must be submitted by October 31, 2018 at 11:59 PM ET.",
        due="2018-11-01 03:59:00",
        vague=False,
        said="2018-10-03 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NOAA_PIRO_OCT18,
        published="2018-10-03",
    ),
    # the next item (an information collection): 'continuing' and the year in the name of the Paperwork Reduction Act of 1995 set no time for any act: no deadline
    B(
        text="The Department of Commerce, as part of its continuing effort to reduce paperwork and respondent burden, invites the general public and other Federal agencies to take this opportunity to comment on proposed and/or continuing information collections, as required by the Paperwork Reduction Act of 1995.",
        due=None,
        vague=False,
        said="2018-10-03 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NOAA_PIRO_OCT18,
        published="2018-10-03",
    ),
    # the same item: 'by November 19, 2018': end of that day, EST
    B(
        text="NOAA Fisheries must receive any comments by November 19, 2018.",
        due="2018-11-20 04:59:59",
        vague=False,
        said="2018-10-03 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NOAA_PIRO_OCT18,
        published="2018-10-03",
    ),
    # the next item (a proposed rule; its sentences without a time word are skipped): 'by October 29, 2018': end of that day, EDT
    B(
        text="NOAA Fisheries must receive comments by October 29, 2018.",
        due="2018-10-30 03:59:59",
        vague=False,
        said="2018-10-03 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NOAA_PIRO_OCT18,
        published="2018-10-03",
    ),
    # National Marine Fisheries Service proposed rule, reopening of comment period, in the Federal Register of Friday 1 November 2024 (89 FR 87322, on a mirror of the Federal Register; the title, the citation line, the mirror's note on document headings and the header lines are not quoted): a list 'published' 'On September 24, 2024'; 'for 2025' names the list: past
    B(
        text="On September 24, 2024, NMFS published its proposed List of Fisheries (LOF) for 2025, as required by the Marine Mammal Protection Act (MMPA).",
        due=None,
        vague=False,
        said="2024-11-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NMFS_FR_1NOV24,
        published="2024-11-01",
    ),
    # the same notice: a period that 'closed on October 24, 2024': past
    B(
        text="The original comment period closed on October 24, 2024.",
        due=None,
        vague=False,
        said="2024-11-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NMFS_FR_1NOV24,
        published="2024-11-01",
    ),
    # the same notice: the period reopened 'through December 1, 2024', kept open to a date (CONVENTIONS 3.3): 1 December 2024, end of day EST
    B(
        text="In response to requests to extend the public comment period, NMFS is reopening the comment period through December 1, 2024.",
        due="2024-12-02 04:59:59",
        vague=False,
        said="2024-11-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NMFS_FR_1NOV24,
        published="2024-11-01",
    ),
    # the same notice, under DATES (the heading stands on its own line and is not quoted): 'by December 1, 2024': end of that day, EST
    B(
        text="Comments must be received by December 1, 2024.",
        due="2024-12-02 04:59:59",
        vague=False,
        said="2024-11-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NMFS_FR_1NOV24,
        published="2024-11-01",
    ),
    # the same notice, under ADDRESSES: '2024' is part of a docket number in an address: no deadline
    B(
        text="A plain language summary of this proposed rule is available at https://www.regulations.gov/docket/NOAA-NMFS-2024-0037 .",
        due=None,
        vague=False,
        said="2024-11-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NMFS_FR_1NOV24,
        published="2024-11-01",
    ),
    # the same notice: '2024' is part of the docket number: no deadline
    B(
        text="You may submit comments on this document, identified by NOAA-NMFS-2024-0037, by either of the following methods:",
        due=None,
        vague=False,
        said="2024-11-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NMFS_FR_1NOV24,
        published="2024-11-01",
    ),
    # the same notice: the docket number again: no deadline
    B(
        text="Go to https://www.regulations.gov and enter NOAA-NMFS-2024-0037 in the Search box.",
        due=None,
        vague=False,
        said="2024-11-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NMFS_FR_1NOV24,
        published="2024-11-01",
    ),
    # National Marine Fisheries Service proposed rule, reopening of public comment period, FR Doc. 2016-27399 (81 FR 80629; the copy read shows no date: the Federal Register of Wednesday 16 November 2016, as thefederalregister.org's citation of the same document gives it; the summary that repeats these three sentences below the headings is taken once): the period reopened here is given no length in this sentence, and 'within 50 yards' is a distance: no deadline; unsure: the period's end two sentences on, 15 days from 16 November 2016 (1 December 2016, end of day EST)
    B(
        text="We, the National Marine Fisheries Service (NMFS), are reopening the public comment period on the proposed rule under the Marine Mammal Protection Act (MMPA) to prohibit swimming with and approaching a Hawaiian spinner dolphin within 50 yards (45.7 m) (for persons, vessels, and objects), including approach by interception.",
        due=None,
        vague=False,
        said="2016-11-16 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NMFS_FR_16NOV16,
        published="2016-11-16",
    ),
    # the same notice: a rule 'published on August 24, 2016' and a period that 'closed on October 23, 2016': past
    B(
        text="The comment period for the proposed rule that published on August 24, 2016 (81 FR 57854) closed on October 23, 2016.",
        due=None,
        vague=False,
        said="2016-11-16 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_NMFS_FR_16NOV16,
        published="2016-11-16",
    ),
    # the same notice: the period reopened now 'for an additional 15 days' (CONVENTIONS 1.1): 15 days from 16 November 2016, 1 December 2016, end of day EST
    B(
        text="NMFS is reopening the public comment period for an additional 15 days to provide the public with additional time to submit information and to comment on this proposed rule.",
        due="2016-12-02 04:59:59",
        vague=False,
        said="2016-11-16 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NMFS_FR_16NOV16,
        published="2016-11-16",
    ),
    # Internal Revenue Service news release IR-2025-104 of Tuesday 14 October 2025 (the IRS Newswire e-mail, archived by politicalemails.org; its menus, issue number, headline and date line are not quoted, nor the sentence whose only time word is 'current'): returns 'due tomorrow', the dateline being part of the sentence; 'tax year 2024' names the year: 15 October 2025, end of day EDT
    B(
        text="WASHINGTON — The Internal Revenue Service today reminds individuals who filed extensions for tax year 2024 that their tax returns are due tomorrow.",
        due="2025-10-16 03:59:59",
        vague=False,
        said="2025-10-14 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_IRS_14OCT25,
        published="2025-10-14",
    ),
    # the same release: an estimate of filings 'by the extended due date this year', a date this sentence does not give: event; unsure: the sentence before gives it (15 October 2025, end of day EDT), or 'this year' its end (31 December 2025)
    B(
        text="The IRS estimates that more than 20 million taxpayers were expected to file tax returns by the extended due date this year.",
        due=None,
        vague=False,
        said="2025-10-14 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_IRS_14OCT25,
        published="2025-10-14",
    ),
    # the same release: 'by the Oct. 15 deadline – midnight tomorrow –', midnight ending the day: 15 October 2025, end of day EDT
    B(
        text="The IRS urges those who must file returns by the Oct. 15 deadline – midnight tomorrow – to e-file their returns; electronic filing options are available as are electronic payment options.",
        due="2025-10-16 03:59:59",
        vague=False,
        said="2025-10-14 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_IRS_14OCT25,
        published="2025-10-14",
    ),
    # the same release: 'During this period', the lapse in appropriations the release names without an end: event
    B(
        text="During this period, the IRS will accept and process any payments and remittances received, whether received electronically or by mail.",
        due=None,
        vague=False,
        said="2025-10-14 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_IRS_14OCT25,
        published="2025-10-14",
    ),
    # the same release: deadlines postponed 'until Sept. 30, 2026', the new time of a moved deadline (the relief covers action 'throughout 2024 and 2025'): 30 September 2026, end of day EDT; unsure: past (the relief is told as announced before)
    B(
        text="The IRS announced relief for taxpayers affected by terroristic action in the State of Israel throughout 2024 and 2025, generally postponing deadlines until Sept. 30, 2026.",
        due="2026-10-01 03:59:59",
        vague=False,
        said="2025-10-14 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_IRS_14OCT25,
        published="2025-10-14",
    ),
    # US Department of Transportation, 'USDOT Navigator – March Biweekly Bulletin' on GovDelivery (no date of its own: it reports the Joint Office's workforce webinar of 5 March 2024 as held and announces an event on 25 March, so it is read at Monday 18 March 2024; every label of this page holds for any day from 6 to 25 March 2024; the title, the e-mail line and the headings are not quoted, nor the bullets' sentences without a time word): 'a clean energy future' sets no time for any act: no deadline
    B(
        text="This new platform contains resources to support workforce development activities for an electrified transportation system, making it easier for your community to plan and execute a clean energy future.",
        due=None,
        vague=False,
        said="2024-03-18 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USDOT_MAR24,
        published="2024-03-18",
    ),
    # the same bulletin: a webinar 'recently hosted': past
    B(
        text="The Joint Office recently hosted a webinar discussing workforce training programs, job creation, and local and economic hiring preferences in the transition to electrified transportation.",
        due=None,
        vague=False,
        said="2024-03-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDOT_MAR24,
        published="2024-03-18",
    ),
    # the same bulletin: 'due by April 5, 2024': end of that day, EDT
    B(
        text="Responses are due by April 5, 2024.",
        due="2024-04-06 03:59:59",
        vague=False,
        said="2024-03-18 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USDOT_MAR24,
        published="2024-03-18",
    ),
    # the same bulletin, under 'Upcoming Events': 'On March 25 from 2:30-4:00 p.m. ET', a year-less date (its next occurrence, 2024) with a clock range falls due at its later end (CONVENTIONS 6.1): 16:00 EDT, 20:00 UTC
    B(
        text="On March 25 from 2:30-4:00 p.m. ET, the Department of Housing and Urban Development (HUD) and the DOT Climate Change Center are co-hosting a webinar to educate State, regional, Tribal, and local decisionmakers and other stakeholders on how transit-oriented development (TOD) can be a transportation decarbonization strategy.",
        due="2024-03-25 20:00:00",
        vague=False,
        said="2024-03-18 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_USDOT_MAR24,
        published="2024-03-18",
    ),
    # the same bulletin: 'now open' tells a present state, no time for any act: no deadline
    B(
        text="Registration is now open.",
        due=None,
        vague=False,
        said="2024-03-18 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USDOT_MAR24,
        published="2024-03-18",
    ),
    # Department of Energy proposed rule, re-opening of public comment period, in the Federal Register of Wednesday 23 February 2011 (FR Doc. 2011-3981, on GPO's edocket; the bracketed header lines, the docket and RIN lines and the title are not quoted; the lines of the text were joined with single spaces): the only date, 'made available ... on January 3, 2011', is gone, and the re-opening is given no end here: past; unsure: due 7 March 2011, end of day EST (the close the DATES line gives the re-opened period)
    B(
        text="SUMMARY: The U.S. Department of Energy (DOE) is re-opening the public comment period for proposed amendments to its regulations governing compliance with the National Environmental Policy Act (NEPA), made available for public comment on January 3, 2011 (76 FR 214).",
        due=None,
        vague=False,
        said="2011-02-23 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOE_FR_23FEB11,
        published="2011-02-23",
    ),
    # the same notice: a period that 'ended on February 17, 2011': past
    B(
        text="DATES: The public comment period ended on February 17, 2011.",
        due=None,
        vague=False,
        said="2011-02-23 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOE_FR_23FEB11,
        published="2011-02-23",
    ),
    # the same notice: the period re-opened that 'will close on March 7, 2011': end of that day, EST
    B(
        text="The comment period is being re-opened and will close on March 7, 2011.",
        due="2011-03-08 04:59:59",
        vague=False,
        said="2011-02-23 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DOE_FR_23FEB11,
        published="2011-02-23",
    ),
    # the same notice: '1990' is part of a Regulation Identifier Number: no deadline
    B(
        text="ADDRESSES: Submit comments, labeled ``DOE NEPA Implementing Procedures, RIN 1990-AA34,'' by one of the following methods:",
        due=None,
        vague=False,
        said="2011-02-23 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOE_FR_23FEB11,
        published="2011-02-23",
    ),
    # the same notice: '2010' is part of the docket number: no deadline
    B(
        text="This rulemaking is assigned Docket ID: DOE-HQ-2010-0002.",
        due=None,
        vague=False,
        said="2011-02-23 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOE_FR_23FEB11,
        published="2011-02-23",
    ),
    # Department of Energy notice of open meeting in the Federal Register of Wednesday 3 September 2014 (FR Doc. 2014-20906, on federal.elaws.us, its address giving the day; the preamble marks and AGENCY/ACTION lines are not quoted): '2014' is part of the name of the Consolidated Appropriations Act, 2014, and the creation is told without a date: no deadline
    B(
        text="The Commission was created pursuant section 319 of the Consolidated Appropriations Act, 2014, Public Law No. 113-76, and in accordance with the provisions of the Federal Advisory Committee Act (FACA), as amended, 5 U.S.C. App. 2.",
        due=None,
        vague=False,
        said="2014-09-03 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOE_FR_3SEP14,
        published="2014-09-03",
    ),
    # the same notice, under DATES (the heading on its own line is not quoted): 'Monday, September 15, 2014; 10:30 a.m.-4:00 p.m.', a meeting's clock range falls due at its later end (CONVENTIONS 6.1): 16:00 EDT, 20:00 UTC
    B(
        text="Monday, September 15, 2014; 10:30 a.m.-4:00 p.m.",
        due="2014-09-15 20:00:00",
        vague=False,
        said="2014-09-03 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOE_FR_3SEP14,
        published="2014-09-03",
    ),
    # the same notice: the meeting 'will start at 10:30 a.m. on September 15, 2014', a one-off event at a clock time (CONVENTIONS 3.1): 10:30 EDT, 14:30 UTC
    B(
        text="Tentative Agenda: The meeting will start at 10:30 a.m. on September 15, 2014.",
        due="2014-09-15 14:30:00",
        vague=False,
        said="2014-09-03 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_DOE_FR_3SEP14,
        published="2014-09-03",
    ),
    # Department of Energy, Office of the General Counsel, article 'DOE to Provide Enhanced Public Notice for Environmental Assessments', dated 'July 16, 2010 - 3:53pm' (read at that instant, EDT; the title and date line are not quoted): 'immediate electronic notification of all draft Environmental Assessments', a practice for a class of documents (CONVENTIONS 1.3): recurring
    B(
        text="To improve transparency and public participation in the NEPA process, the Department of Energy has decided to provide online publication and immediate electronic notification of all draft Environmental Assessments (EAs) that are being made available for public comment.",
        due=None,
        vague=False,
        said="2010-07-16 19:53:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_DOE_GC_16JUL10,
        published="2010-07-16",
    ),
    # the same article: 'When the Department makes a draft EA available ... it will ... provide immediate electronic notice', the same standing practice (CONVENTIONS 1.3): recurring
    B(
        text="When the Department makes a draft EA available for public review, it will publish the draft EA online and provide immediate electronic notice to members of the public who have signed up to receive such notice.",
        due=None,
        vague=False,
        said="2010-07-16 19:53:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_DOE_GC_16JUL10,
        published="2010-07-16",
    ),
    # the same article: 'whenever possible', a standing policy: recurring
    B(
        text="Department policy also encourages Offices to make draft EAs available for public comment whenever possible.",
        due=None,
        vague=False,
        said="2010-07-16 19:53:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_DOE_GC_16JUL10,
        published="2010-07-16",
    ),
    # Department of Veterans Affairs, Wilmington VA Health Care, news releases, page 11 (a list of national and local releases of January to March 2024, each under its own date; each item is read at its own date, 10:00 local; the dates, the heading and an item cut off at the end of the opening are not quoted, nor an item whose only time word is 'currently'): the item of Monday 11 March 2024: 'Today' is on the verb of speaking (CONVENTIONS 2.2) and the act announced 'will soon' be done, vague, 60 days (CONVENTIONS 5.1): 10 May 2024, end of day EDT
    B(
        text="Today, the Department of Veterans Affairs announced that it will soon be able to provide in vitro fertilization (IVF) to eligible unmarried Veterans and eligible Veterans in same-sex marriages.",
        due="2024-05-11 03:59:59",
        vague=True,
        said="2024-03-11 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VA_WILM_2024,
        published="2024-03-11",
    ),
    # the same page, the item of Thursday 7 March 2024: 'Today ... signed', an act done on the day: past
    B(
        text="Today, the Department of Veterans Affairs signed the 4+1 Commitment – a partnership between government and private employers developed by Blue Star Families, Hiring Our Heroes, and Department of Defense’s Military Spouse Employment Partnership to hire and support military spouses.",
        due=None,
        vague=False,
        said="2024-03-07 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VA_WILM_2024,
        published="2024-03-07",
    ),
    # the same page, the item of Tuesday 5 March 2024: 'Today, VA announced' (CONVENTIONS 2.2) that Veterans 'are now eligible', a state that holds from now, no time ahead: past; unsure: earliest 5 March 2024 (CONVENTIONS 3.2, a state given only its start)
    B(
        text="Today, VA announced that all Veterans who were exposed to toxins and other hazards while serving in the military – at home or abroad – are now eligible to enroll directly in VA health care.",
        due=None,
        vague=False,
        said="2024-03-05 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VA_WILM_2024,
        published="2024-03-05",
    ),
    # the same page, the item of Monday 26 February 2024: eligibility 'beginning March 5, 2024', a state given only its start (CONVENTIONS 3.2): earliest 5 March 2024, 00:00 EST; unsure: due that day (CONVENTIONS 3.1, the opening of enrolment as a one-off change)
    B(
        text="Today, VA announced that all Veterans who were exposed to toxins and other hazards while serving in the military — at home or abroad — will be eligible to enroll directly in VA health care beginning March 5, 2024.",
        due=None,
        vague=False,
        said="2024-02-26 15:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2024-03-05 05:00:00",
        cluster=5,
        source=_VA_WILM_2024,
        published="2024-02-26",
    ),
    # the same page, the item of Friday 16 February 2024: 'This week, ... was recognized'; '2023' names the award: past
    B(
        text="This week, VA’s Surgical Pause Initiative was recognized with 2023 John M. Eisenberg Patient Safety and Quality Award.",
        due=None,
        vague=False,
        said="2024-02-16 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VA_WILM_2024,
        published="2024-02-16",
    ),
    # the same item: 'now expanding' tells a present course, no time for any act: no deadline
    B(
        text="This initiative, which is now expanding to all VA facilities that provide surgical care, is proven to decrease mortality among Veteran patients.",
        due=None,
        vague=False,
        said="2024-02-16 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VA_WILM_2024,
        published="2024-02-16",
    ),
    # the same page, the item of Friday 9 February 2024: 'Today, ... issued', an act done on the day; 'time frames' are the rule's subject: past
    B(
        text="Today, the Department of Veterans Affairs issued a proposed rule outlining plans to expand the locations and time frames for which VA presumes exposure to Agent Orange and other herbicides.",
        due=None,
        vague=False,
        said="2024-02-09 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VA_WILM_2024,
        published="2024-02-09",
    ),
    # the same page, the item of Thursday 1 February 2024: 'Today, ... published', an act done on the day; 'per year (for up to two years)' are the grants' terms: past
    B(
        text="Today, as a part of ongoing efforts to end Veteran homelessness, the Department of Veterans Affairs published a Notice of Funding Opportunity for approximately $5 million in grants per year (for up to two years) to help Veterans experiencing or at risk of homelessness.",
        due=None,
        vague=False,
        said="2024-02-01 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VA_WILM_2024,
        published="2024-02-01",
    ),
    # US Senate Press Gallery, 'Daily Press' floor log for Monday 11 May 2020 on dailypress.senate.gov (written through the day, newest entry first; read at 10:00 EDT of that day; the entries told in the past are past by their words, whatever hour the log is read at; the date line, the lists without a time word and the sponsor names in brackets after an item are not quoted): 'The Senate adjourned': past
    B(
        text="6:36 p.m. The Senate adjourned.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log: 'wrapped up for the evening': past
    B(
        text="6:33 p.m. Majority Leader McConnell wrapped up for the evening.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log, an item of the list agreed to by unanimous consent (its number not quoted): a resolution 'Adopted'; 'during Public Service Recognition Week' is what it expresses: past
    B(
        text="Adopted S.Res.569, expressing the sense of the Senate that, during Public Service Recognition Week, public servants should be commended for their dedication and continued service to the United States.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log: 'Cloture was invoked'; '60-29' is a vote count: past
    B(
        text="6:32 p.m. Cloture was invoked on the Montgomery nomination, 60-29.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log: 'Roll call vote began': past
    B(
        text="5:30 p.m. Roll call vote began on the nomination of Brian Montgomery to be Deputy Secretary of Housing and Urban Development.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log: 'spoke': past
    B(
        text="5:24 p.m. Senator Crapo spoke on the Montgomery nomination.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log: 'spoke about Mother’s Day' (the day before): past
    B(
        text="5:05 p.m. Senator Blackburn spoke about Mother’s Day and covid-19.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log: 'spoke on National Police Week': past
    B(
        text="4:53 p.m. Senator Boozman spoke on National Police Week.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log: 'spoke': past
    B(
        text="4:30 p.m. Senator Grassley spoke on the FBI’s Russia investigation.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log: 'spoke': past
    B(
        text="4:22 p.m. Senator Cornyn spoke on covid-19 and the economy.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log: 'spoke': past
    B(
        text="3:20 p.m. Senator Schumer spoke on covid-19.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log: 'spoke': past
    B(
        text="3:04 p.m. Majority Leader McConnell spoke on covid-19 and nominations.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log: 'spoke': past
    B(
        text="3:03 p.m. Senator Grassley spoke on covid-19.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same log, the morning's notice: 'will convene at 3:00 p.m.', a one-off event at a clock time on the day (CONVENTIONS 3.1): 15:00 EDT, 19:00 UTC
    B(
        text="The Senate will convene at 3:00 p.m.",
        due="2020-05-11 19:00:00",
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same notice: 'Following any Leader remarks', an undated event: event
    B(
        text="Following any Leader remarks, the Senate will resume consideration of the nomination of Brian Montgomery to be Deputy Secretary of Housing and Urban Development.",
        due=None,
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # the same notice: 'At 5:30 p.m., there will be a cloture vote' (CONVENTIONS 3.1): 17:30 EDT, 21:30 UTC
    B(
        text="At 5:30 p.m., there will be a cloture vote on the Montgomery nomination.",
        due="2020-05-11 21:30:00",
        vague=False,
        said="2020-05-11 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENATE_DP_11MAY20,
        published="2020-05-11",
    ),
    # US Senate Press Gallery, 'Daily Press' floor log for Tuesday 22 September 2015 (written through the day, newest entry first; read at 10:00 EDT of that day; the date line, the sentences and list items without a time word and an entry cut off at the end of the opening are not quoted): the Senate 'adjourned until 1:00 p.m. Thursday, September 24, 2015', kept adjourned to a time (CONVENTIONS 3.3) at which it sits again: 13:00 EDT, 17:00 UTC; unsure: earliest at that time (the adjournment only bounds when the Senate may next sit)
    B(
        text="6:29 p.m. The Senate adjourned until 1:00 p.m. Thursday, September 24, 2015.",
        due="2015-09-24 17:00:00",
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log: 'did wrapup': past
    B(
        text="6:24 p.m. ML McConnell did wrapup.",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log, an item of the list passed by unanimous consent: 'National Retirement Security Week' is named, not dated: no deadline
    B(
        text="S Res 263 supporting the goals and ideals of National Retirement Security Week",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same list: 'designating September 23, 2015 as National Falls Prevention Awareness Day' names a day, no act falls due on it: no deadline; unsure: due 23 September 2015, end of day EDT (the day designated)
    B(
        text="S Res 264 designating September 23, 2015 as National Falls Prevention Awareness Day",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log: 'spoke': past
    B(
        text="6:13 p.m. Senator Hirono spoke against a government shutdown.",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log: 'spoke': past
    B(
        text="5:50 p.m. Senator Menendez spoke about Puerto Rico.",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log: 'spoke': past
    B(
        text="5:32 p.m. Senator Ayotte spoke about VA whistleblowers.",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log: 'spoke': past
    B(
        text="5:23 p.m. Senator Perdue spoke against the Senate failure to move a DOD appropriations bill forward.",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log: 'spoke': past
    B(
        text="5:13 p.m. Senator Merkely spoke about the Pope’s message on hunger and a government shutdown.",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log: 'spoke': past
    B(
        text="5:07 p.m. Senator Fischer spoke against the Senate failure to move a DOD appropriations bill forward.",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log: 'spoke'; the bill 'would encourage', no time: past
    B(
        text="5:01 p.m. Senator Klobuchar spoke about a bill that would encourage nonprofits to upgrade for energy efficiency.",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log: 'spoke': past
    B(
        text="4:47 p.m. Senator Barrasso spoke against the Iran deal and in favor of American crude oil exports.",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log: 'spoke': past
    B(
        text="4:28 p.m. Senator Ayotte spoke in favor of defunding Planned Parenthood but arguing against a government shutdown.",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log: 'spoke': past
    B(
        text="4:18 p.m. Senator Wicker spoke about the EUREKA act, to address Alzheimer’s disease.",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # the same log: 'spoke' (the clock time printed without its last full stop): past
    B(
        text="4:10 p.m Senator Sanders spoke about the visit and teaching of Pope Francis.",
        due=None,
        vague=False,
        said="2015-09-22 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=2,
        source=_SENATE_DP_22SEP15,
        published="2015-09-22",
    ),
    # US Geological Survey, 'Future Fieldwork' (Sound Waves newsletter, August-September 2016 issue; its 'Release Date:' is blank, so it is read at Friday 30 September 2016, the last day of the months; every label of this page holds for any day from 8 August to 3 October 2016; the title, the map's alt text and each bullet's trailing project number such as '2016-638-FA' are not quoted): visits planned 'in October and November 2016': the later month's end, 30 November 2016, end of day EST
    B(
        text="USGS scientists plan to visit more than 11 locations in October and November 2016, studying delta sediment, deep sea minerals, greenhouse gases, and much more.",
        due="2016-12-01 04:59:59",
        vague=False,
        said="2016-09-30 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USGS_FIELD_2016,
        published="2016-09-30",
    ),
    # the same page: 'the August-September 2016 issue' names an issue: no deadline
    B(
        text="This article is part of the August-September 2016 issue of the Sound Waves newsletter.",
        due=None,
        vague=False,
        said="2016-09-30 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USGS_FIELD_2016,
        published="2016-09-30",
    ),
    # the same page, the map's caption: fieldwork planned 'in October and November 2016': 30 November 2016, end of day EST; unsure: no deadline (a caption naming what the map shows, no undertaking)
    B(
        text="Approximate locations of some planned USGS coastal and offshore fieldwork in October and November 2016.",
        due="2016-12-01 04:59:59",
        vague=False,
        said="2016-09-30 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USGS_FIELD_2016,
        published="2016-09-30",
    ),
    # the same page, a bullet: work 'January 1–December 31, 2016', a range falls due at its later end: 31 December 2016, end of day EST
    B(
        text="Carmel River, California: Measure river channel topography and turbidity, and take photos following dam removal, January 1–December 31, 2016.",
        due="2017-01-01 04:59:59",
        vague=False,
        said="2016-09-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USGS_FIELD_2016,
        published="2016-09-30",
    ),
    # the same list: 'April 8–November 30, 2016', the range's later end: 30 November 2016, end of day EST
    B(
        text="Cape Cod, Massachusetts: Collect water samples, marsh cores, and time series water quality and flow data from Sage Lot Pond, April 8–November 30, 2016.",
        due="2016-12-01 04:59:59",
        vague=False,
        said="2016-09-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USGS_FIELD_2016,
        published="2016-09-30",
    ),
    # the same list: 'April 11–November 30, 2016': 30 November 2016, end of day EST
    B(
        text="Cape Cod, Massachusetts: Examine the environmental geochemistry and health of 11 estuaries, April 11–November 30, 2016.",
        due="2016-12-01 04:59:59",
        vague=False,
        said="2016-09-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USGS_FIELD_2016,
        published="2016-09-30",
    ),
    # the same list: 'August 8–October 14, 2016'; 'Time series' is no time: 14 October 2016, end of day EDT
    B(
        text="Sacramento-San Joaquin Delta, California: Time series measurements of suspended sediment, tides, and waves for habitat restoration, August 8–October 14, 2016.",
        due="2016-10-15 03:59:59",
        vague=False,
        said="2016-09-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USGS_FIELD_2016,
        published="2016-09-30",
    ),
    # the same list: 'September 26–October 7, 2016': 7 October 2016, end of day EDT
    B(
        text="Dry Tortugas National Park, Florida: Collect biogeochemical data on habitats surrounding the Ocean Carbon System, September 26–October 7, 2016.",
        due="2016-10-08 03:59:59",
        vague=False,
        said="2016-09-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USGS_FIELD_2016,
        published="2016-09-30",
    ),
    # the same list: 'September 27–October 3, 2016': 3 October 2016, end of day EDT
    B(
        text="Elwha River, Washington: Monitor changes in the river, estuary, and offshore after dam removal, September 27–October 3, 2016.",
        due="2016-10-04 03:59:59",
        vague=False,
        said="2016-09-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USGS_FIELD_2016,
        published="2016-09-30",
    ),
    # the same list: 'October 3–7, 2016', a range of days in one month: 7 October 2016, end of day EDT
    B(
        text="Monterey Bay, California: Retrieve and replace moorings for the Coordinated Canyon Experiment, October 3–7, 2016.",
        due="2016-10-08 03:59:59",
        vague=False,
        said="2016-09-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USGS_FIELD_2016,
        published="2016-09-30",
    ),
    # the same list: 'October 6–28, 2016': 28 October 2016, end of day EDT
    B(
        text="East Pacific Rise: Collect metal sulfide minerals, and metal sulfide particles in high temperature fluids, October 6–28, 2016.",
        due="2016-10-29 03:59:59",
        vague=False,
        said="2016-09-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USGS_FIELD_2016,
        published="2016-09-30",
    ),
    # the same list: 'October 11–25' without a year, its next occurrence (2016): 25 October 2016, end of day EDT (the next bullet is cut off by the end of the opening)
    B(
        text="Louisiana and Texas coastline: Collect bathymetry and sub-bottom profiles from Marsh Island to Sabine Pass, October 11–25.",
        due="2016-10-26 03:59:59",
        vague=False,
        said="2016-09-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USGS_FIELD_2016,
        published="2016-09-30",
    ),
    # US Geological Survey, 'Science Picks' of Thursday 2 June 2005 (printable page of the USGS Newsroom; the site lines, date line, contact line and headings such as 'June Highlights:' and 'What will Hurricane Season Bring?' are not quoted): 'summer' qualifies the stories, no time for any act: no deadline
    B(
        text="Looking for sizzling summer science stories?",
        due=None,
        vague=False,
        said="2005-06-02 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USGS_PICKS_2JUN05,
        published="2005-06-02",
    ),
    # the same release: 'This month’s Science Picks' names the issue; 'ongoing' research: no deadline
    B(
        text="This month’s Science Picks can help you cover ongoing earth and natural science research and investigations as well as technology at the U.S. Geological Survey (USGS) — Photos and Web links are provided to enhance your story.",
        due=None,
        vague=False,
        said="2005-06-02 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USGS_PICKS_2JUN05,
        published="2005-06-02",
    ),
    # the same release: 'June 1' of 2005, the day before, marks the season's start: past; unsure: no deadline (a fact of the calendar told in the present)
    B(
        text="June 1 marks the beginning of the 2005 Hurricane season.",
        due=None,
        vague=False,
        said="2005-06-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS_PICKS_2JUN05,
        published="2005-06-02",
    ),
    # the same release: 'Last years hurricane season' (so printed): past
    B(
        text="Last years hurricane season was a busy one for USGS researchers.",
        due=None,
        vague=False,
        said="2005-06-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS_PICKS_2JUN05,
        published="2005-06-02",
    ),
    # the same release: 'in 6 weeks' measures past strikes; 'collected and analyzed': past
    B(
        text="One storm hit after another (four strikes to Florida in 6 weeks) and the USGS Center for Coastal and Watershed Studies (St. Petersburg, FL) collected and analyzed data as part of the USGS Hurricane and Extreme Storm Impact Studies.",
        due=None,
        vague=False,
        said="2005-06-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_USGS_PICKS_2JUN05,
        published="2005-06-02",
    ),
    # the same release: 'this hurricane season' is what the research tells of, no time for any act: no deadline
    B(
        text="Find out what they learned and what’s in store this hurricane season.",
        due=None,
        vague=False,
        said="2005-06-02 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USGS_PICKS_2JUN05,
        published="2005-06-02",
    ),
    # the same release: a clause in brackets inside the contact line (the contact details around it and the sentence after it, which ends on a removed link, are not quoted): a briefing on 'July 11' without a year, its next occurrence: 11 July 2005, end of day EDT
    B(
        text="Sallenger will participate in an upcoming Congressional briefing, July 11, on the approaching hurricane season",
        due="2005-07-12 03:59:59",
        vague=False,
        said="2005-06-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USGS_PICKS_2JUN05,
        published="2005-06-02",
    ),
    # the same release (the heading before it has no time word): fish reported 'last year': past
    B(
        text="USGS scientists reported 20 Snakehead Fish (a.k.a. Frankenfish) caught or captured from the Potomac River last year.",
        due=None,
        vague=False,
        said="2005-06-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS_PICKS_2JUN05,
        published="2005-06-02",
    ),
    # the same release: 'Last Thursday', 'for the year' and 'last year’s count': past
    B(
        text='Last Thursday, two more were electrofished by John Odenkirk of the Virginia Department of Game and Inland Fisheries, numbers 14 and 15 for the year, giving scientists reason to believe that the "frankenfish" population continues to spread and may exceed last year’s count in the Washington, D.C. area.',
        due=None,
        vague=False,
        said="2005-06-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS_PICKS_2JUN05,
        published="2005-06-02",
    ),
    # the same release: a biologist's advice to others 'to prepare now', no undertaking of the speaker: no deadline; unsure: vague, 7 days ('now' read as 'immediately', CONVENTIONS 5.1)
    B(
        text="USGS biologist Walter Courtenay cautions wildlife officials across the country to expect to see more frankenfish in the nation’s waterways and to prepare now.",
        due=None,
        vague=False,
        said="2005-06-02 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USGS_PICKS_2JUN05,
        published="2005-06-02",
    ),
    # US Office of Personnel Management, news item 'Washington, DC, Area Dismissal and Closure Procedures Memo' of Friday 16 December 2016 (the site's banner, breadcrumb, title and date line are not quoted): 'As we begin the 2016-2017 winter season' frames a reminder given now: no deadline
    B(
        text="As we begin the 2016-2017 winter season, the U.S. Office of Personnel Management (OPM) would like to take this opportunity to remind Federal departments and agencies of the Washington, DC, Area Dismissal and Closure Procedures guide.",
        due=None,
        vague=False,
        said="2016-12-16 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_OPM_16DEC16,
        published="2016-12-16",
    ),
    # the same item: 'typically issued in the winter', a practice: recurring
    B(
        text='Although the Procedures are typically issued in the winter, the announcements are applicable for any emergency or significant event that causes a disruption inside the "Washington Capital Beltway."',
        due=None,
        vague=False,
        said="2016-12-16 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_OPM_16DEC16,
        published="2016-12-16",
    ),
    # the same item: 'the December 2, 2016 ... Memo' and 'the 2015 ... guide' date documents: no deadline
    B(
        text="For more information, review the December 2, 2016 Washington, DC, Area Dismissal and Closure Procedures Memo and the 2015 Washington, DC, Area Dismissal and Closure Procedures guide.",
        due=None,
        vague=False,
        said="2016-12-16 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_OPM_16DEC16,
        published="2016-12-16",
    ),
    # US Office of Personnel Management memorandum CPM 2011-20 of Wednesday 30 November 2011 on the Chief Human Capital Officers Council site (the heading, date, memo number and address lines are not quoted; the other sentences of the opening hold no time word): 'last year’s update' 'in December 2010' and 'a high-impact, late afternoon snowstorm' since: past
    B(
        text="Since the U.S. Office of Personnel Management (OPM) issued last year’s update to the Washington, DC, Area Dismissal and Closure Procedures in December 2010, we have seen a series of unusual emergencies: a high-impact, late afternoon snowstorm; a 5.8 magnitude earthquake; and tropical winds and flooding from the aftermath of a hurricane.",
        due=None,
        vague=False,
        said="2011-11-30 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_OPM_CPM_30NOV11,
        published="2011-11-30",
    ),
    # US Office of Personnel Management news release of Tuesday 27 November 2012, 'OPM Announces Dismissal and Closure Procedures for the 2012-2013 Winter Weather Season' (University of North Texas CyberCemetery copy; the archive's notices, date, contact lines and title are not quoted): 'held the annual briefing ... in anticipation of the winter weather months': past
    B(
        text="Washington, DC - The U.S. Office of Personnel Management (OPM) held the annual briefing on Washington, DC, area dismissal and closure procedures in anticipation of the winter weather months.",
        due=None,
        vague=False,
        said="2012-11-27 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_OPM_27NOV12,
        published="2012-11-27",
    ),
    # the same release: 'During the briefing, OPM discussed ... and announced'; 'until a certain time' is what the policy instructs, no time: past
    B(
        text="During the briefing, OPM discussed revisions to previous status messages and announced a new policy addition to the list of dismissal options that instructs employees to stay off of the roads until a certain time because of unsafe conditions.",
        due=None,
        vague=False,
        said="2012-11-27 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_OPM_27NOV12,
        published="2012-11-27",
    ),
    # the same release: 'implemented during the 2011-2012 winter season': past
    B(
        text="This option was informally implemented during the 2011-2012 winter season to help ensure the safety of federal employees preparing to commute into work.",
        due=None,
        vague=False,
        said="2012-11-27 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=4,
        source=_OPM_27NOV12,
        published="2012-11-27",
    ),
    # the same release (the sentence before it holds no time word): an option 'edited' after feedback 'during Hurricane Sandy': past
    B(
        text='Additionally, the previous "Federal Offices are Closed to the Public" option was edited to "Federal Offices are Closed - Emergency and Telework-Ready Employees Must Follow Their Agency\'s Policies" as a result of feedback from agencies and employees during Hurricane Sandy.',
        due=None,
        vague=False,
        said="2012-11-27 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_OPM_27NOV12,
        published="2012-11-27",
    ),
    # National Park Service notice of a temporary closure at Petroglyph National Monument, ending 'Source: NPS', as copied on DesertUSA's blog on 12 August 2021 (read at that day; the title and the headings 'Purpose', 'Background' and 'Authority' are not quoted, nor the sentences without a time word): closures 'From Monday, August 9 through Friday, September 17, 2021', a window already running that falls due at its later end (CONVENTIONS 6.1): 17 September 2021, end of day EDT; unsure: recurring ('daily area closures Monday through Friday')
    B(
        text="From Monday, August 9 through Friday, September 17, 2021, visitors to Petroglyph National Monument will experience daily area closures Monday through Friday in the South Rim Trail Area.",
        due="2021-09-18 03:59:59",
        vague=False,
        said="2021-08-12 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NPS_PETRO_12AUG21,
        published="2021-08-12",
    ),
    # the same notice: open 'on Saturdays and Sundays', plural days: recurring
    B(
        text="The area will remain open on Saturdays and Sundays.",
        due=None,
        vague=False,
        said="2021-08-12 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NPS_PETRO_12AUG21,
        published="2021-08-12",
    ),
    # the same notice: 'during the repairs', a stage this sentence does not date: event; unsure: the first sentence dates the work, 17 September 2021, end of day EDT
    B(
        text="The park maintenance staff will use heavy machinery and equipment during the repairs.",
        due=None,
        vague=False,
        said="2021-08-12 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NPS_PETRO_12AUG21,
        published="2021-08-12",
    ),
    # the same notice: 'during the identified work period', a period this sentence does not date: event; unsure: 17 September 2021, end of day EDT (the first sentence)
    B(
        text="It is therefore deemed necessary to close the area during the identified work period.",
        due=None,
        vague=False,
        said="2021-08-12 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NPS_PETRO_12AUG21,
        published="2021-08-12",
    ),
    # Bureau of the Public Debt, TreasuryDirect research page 'Auction Announcements' (University of North Texas CyberCemetery copy crawled on 14 October 2012, the day in its address; the page shows no date of its own and is read at that day; the menu words, headings, the bullet list of what an announcement details and a paragraph cut off at the end of the opening are not quoted): 'when ... will be auctioned' and 'recent announcements' set no time for any act: no deadline
    B(
        text="You can find out when Treasury securities will be auctioned by viewing the recent announcements of pending auctions listed below, the financial section of most major newspapers or the online press releases.",
        due=None,
        vague=False,
        said="2012-10-14 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TREAS_AUCT_2012,
        published="2012-10-14",
    ),
    # the same page: 'generally released several days before an auction', a practice: recurring
    B(
        text="The announcements are generally released several days before an auction.",
        due=None,
        vague=False,
        said="2012-10-14 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TREAS_AUCT_2012,
        published="2012-10-14",
    ),
    # the same page: '4-week' names a kind of bill: no deadline
    B(
        text="The exceptions are the Treasury's Cash Management Bill and 4-week bill announcements.",
        due=None,
        vague=False,
        said="2012-10-14 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TREAS_AUCT_2012,
        published="2012-10-14",
    ),
    # the same page: 'The time between the announcement and the auction' of such bills, in general: recurring
    B(
        text="The time between the announcement and the auction of these securities is considerably shorter compared to other Treasury announcements.",
        due=None,
        vague=False,
        said="2012-10-14 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TREAS_AUCT_2012,
        published="2012-10-14",
    ),
    # the same page: 'Once an auction is announced', a rule for every auction (CONVENTIONS 1.3): recurring
    B(
        text="Once an auction is announced, you may submit your bid for the security you want to purchase.",
        due=None,
        vague=False,
        said="2012-10-14 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TREAS_AUCT_2012,
        published="2012-10-14",
    ),
    # the same page: 'posts recent announcements ... and previous announcements', a practice: recurring
    B(
        text="Public Debt posts recent announcements of pending auctions and previous announcements with results (by auction) on its website.",
        due=None,
        vague=False,
        said="2012-10-14 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TREAS_AUCT_2012,
        published="2012-10-14",
    ),
    # the same page, under 'Quarterly': 'usually occurs on the first Wednesday in February, May, August, and November' and 'the upcoming six month period': recurring
    B(
        text="The Treasury Department holds a press conference, which usually occurs on the first Wednesday in February, May, August, and November to discuss marketable security auctions and tentatively announces the auction schedule (PDF) for the upcoming six month period.",
        due=None,
        vague=False,
        said="2012-10-14 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TREAS_AUCT_2012,
        published="2012-10-14",
    ),
    # the same page: 'During a press conference', any of them: recurring
    B(
        text="During a press conference, the Treasury may also announce other decisions relating to the auction schedule or Treasury marketable securities in general.",
        due=None,
        vague=False,
        said="2012-10-14 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_TREAS_AUCT_2012,
        published="2012-10-14",
    ),
    # the same page: 'the quarterly announcements' names them, no time for any act: no deadline
    B(
        text="Information on the quarterly announcements can be found on the Treasury Department's website.",
        due=None,
        vague=False,
        said="2012-10-14 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_TREAS_AUCT_2012,
        published="2012-10-14",
    ),
    # United States Court of Appeals for the District of Columbia Circuit, order in No. 16-5203 (Manitoba and Missouri v. Jewell, North Dakota appellant), 'Decided: September 28, 2016', as shown on FindLaw (the caption, number, date and panel lines are not quoted, nor the order's sentences without a time word): '1987' dates a cited decision: no deadline
    B(
        text="See Taxpayers Watchdog, Inc. v. Stanley, 819 F.2d 294, 297 (D.C. Cir. 1987) (per curiam).",
        due=None,
        vague=False,
        said="2016-09-28 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CADC_28SEP16,
        published="2016-09-28",
    ),
    # the same order ('It is' closes the paragraph before, the rest opens the next): a schedule that 'will now apply' is given no time here: no deadline
    B(
        text="It is FURTHER ORDERED that the following briefing schedule will now apply:",
        due=None,
        vague=False,
        said="2016-09-28 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CADC_28SEP16,
        published="2016-09-28",
    ),
    # the same order: the schedule, printed as one run of items and dates; a schedule falls due at its end (CONVENTIONS 6.1), the 'Final Briefs December 6, 2016': end of that day, EST; the word counts are no times
    B(
        text="Appellant's Brief October 7, 2016 (not to exceed 14,000 words) Appellees' Brief(s) November 7, 2016 (not to exceed a combined total of 14,000 words) Appellant's Reply Brief November 22, 2016 (not to exceed 7,000 words) Deferred Appendix November 29, 2016 Final Briefs December 6, 2016",
        due="2016-12-07 04:59:59",
        vague=False,
        said="2016-09-28 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CADC_28SEP16,
        published="2016-09-28",
    ),
    # the same order: argument 'on the first appropriate date following the completion of briefing', an undated event: event
    B(
        text="The Clerk is directed to schedule this case for argument on the first appropriate date following the completion of briefing.",
        due=None,
        vague=False,
        said="2016-09-28 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CADC_28SEP16,
        published="2016-09-28",
    ),
    # the same order: notice given 'later' of a date still to be set: event
    B(
        text="The parties will be notified later of the oral argument date and composition of the merits panel.",
        due=None,
        vague=False,
        said="2016-09-28 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CADC_28SEP16,
        published="2016-09-28",
    ),
    # the same order: what the court 'ordinarily will not consider ... for the first time in the reply brief', a standing practice: recurring
    B(
        text="The court ordinarily will not consider issues and arguments raised for the first time in the reply brief.",
        due=None,
        vague=False,
        said="2016-09-28 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_CADC_28SEP16,
        published="2016-09-28",
    ),
    # Nuclear Regulatory Commission final policy statement 'Staff Meetings Open to the Public', Federal Register of Tuesday 20 September 1994 (FR Doc 94-23205, on federal.elaws.us; the header lines and the summary's sentences without a time word are not quoted): 'EFFECTIVE DATE: November 1, 1994', a one-off change taking effect (CONVENTIONS 3.1): end of that day, EST
    B(
        text="EFFECTIVE DATE: November 1, 1994.",
        due="1994-11-02 04:59:59",
        vague=False,
        said="1994-09-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NRC_FR_20SEP94,
        published="1994-09-20",
    ),
    # the same notice (the ADDRESSES and contact lines hold no time word): a policy 'first published ... on June 28, 1978': past (the next sentence is cut off by the end of the opening)
    B(
        text="The NRC first published its policy for open staff meetings in the Federal Register on June 28, 1978 (43 FR 28058).",
        due=None,
        vague=False,
        said="1994-09-20 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NRC_FR_20SEP94,
        published="1994-09-20",
    ),
    # United States District Court for the District of Columbia, Scheduling and Procedures Order of 26 September 2014 in Civil Action No. 14-1609 (CKK), Manning v. Hagel (Document 12, filed 09/26/14, as shown on Scribd; the caption, title, filing stamp and the page's own interface words are not quoted; the lines of the text were joined with single spaces; the sentences without a time word are skipped): a call 'held ... on September 26, 2014', the order's day: past
    B(
        text="The Court held a conference call on the record with the parties on September 26, 2014 to discuss a briefing schedule for Plaintiffs [2] Motion for Preliminary Injunction.",
        due=None,
        vague=False,
        said="2014-09-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DDC_26SEP14,
        published="2014-09-26",
    ),
    # the same order: 'this 26th day of September, 2014' dates the order itself, and the schedule is given after the colon: no deadline
    B(
        text="It is, this 26th day of September, 2014, hereby ORDERED that the parties shall adhere to the following briefing schedule:",
        due=None,
        vague=False,
        said="2014-09-26 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DDC_26SEP14,
        published="2014-09-26",
    ),
    # the same order, its first numbered item (the number not quoted): 'on or before October 30, 2014': end of that day, EDT
    B(
        text="Defendants shall file their Motion to Dismiss and their Opposition to the merits argument as set out in Plaintiffs Motion for Preliminary Injunction, on or before October 30, 2014;",
        due="2014-10-31 03:59:59",
        vague=False,
        said="2014-09-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DDC_26SEP14,
        published="2014-09-26",
    ),
    # the same order, the second item: 'on or before November 13, 2014': end of that day, EST
    B(
        text="Plaintiff shall file her Opposition to Defendants Motion to Dismiss and her Reply to Defendants Opposition to the merits argument as set out in Plaintiffs Motion for Preliminary Injunction, on or before November 13, 2014;",
        due="2014-11-14 04:59:59",
        vague=False,
        said="2014-09-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DDC_26SEP14,
        published="2014-09-26",
    ),
    # the same order, the third item: 'on or before November 20, 2014': end of that day, EST
    B(
        text="Defendants shall file their Reply in support of their Motion to Dismiss on or before November 20, 2014.",
        due="2014-11-21 04:59:59",
        vague=False,
        said="2014-09-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DDC_26SEP14,
        published="2014-09-26",
    ),
)
