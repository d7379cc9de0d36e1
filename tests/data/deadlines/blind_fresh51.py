"""A FIFTY-FIRST fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 18:58 by the machine's clock, by a
labelling helper (branch issue12l11-s35) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py` (the model the brief named), and
the parser package's docstring only (for the parts of the day, the vague windows, "early
<month>" as days 1-10, and "a date without a year is its next occurrence"); nothing else of
`bot/core/deadlines/` was opened. The brief allowed any publisher but no one above a third of
the cases, at least eight publishers and several genres, and named many publishers and series
already used by earlier sets, which were left alone. The set holds nine publishers, all US
federal: the US Access Board (news items and two Federal Register meeting notices), the
Commerce Department's International Trade Administration (Federal Register notices, as shown
by regulations.justia.com, federal.elaws.us and the UNT web archive of GPO Access), the Supreme
Court's Public Information Office (two press releases and the home page's "Today at the Court"),
the US International Trade Commission (news releases and a Federal Register notice), the Federal
Maritime Commission (Sunshine Act meeting notices), the Surface Transportation Board (two
decisions), the Postal Regulatory Commission (Federal Register notices), the Vermont National
Guard (a release on DVIDS) and the National Guard Bureau (a letter of its Chief). As in the
twenty-seventh to fiftieth sets, every sentence quoted holds a time word of some kind (a date, a
clock time, a day word, a period, a span, a year or fiscal year in a name, "now", "current",
"not yet", "forever", "since", "after", "when", "before", "previously", "time limit"); the
sentences of the openings read that hold none were skipped, as were titles, date, release and
contact lines, day headings of a schedule, site banners and notices, captions, signatures, the
lines of a notice printed before the quoted one on the same page, and lines cut off by the start
or end of an opening. A point of a list or a line of a schedule was taken as its own case; no
word was changed (lines wrapped in a Federal Register text are joined by one space), and
quotation marks stay as the page has them. The sentences were found with a search over stored
copies of public pages and taken as they came in the openings the search returns, in page order;
where a standing sentence of one USITC release repeats another's word for word, it was quoted
once. See README.md ("Fifty-first fresh blind set") for every address, publisher and licence.
No address listed in README.md, in a `#` header or README under `tests/data/`, in the sources of
the other set files or in the shared claims file was used: each was checked against those lists
(the address and a distinctive phrase of the page) and claimed (`fresh51`) in
`/work/helper-brief/claims.txt` before a quote was taken. Each label was worked out by hand from
the words, the publication date and the publisher's zone; the conversion of local instants to
UTC wall time, the day counts and the weekday checks were done with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these texts
before the labels were committed; the helpers improving the parser have not seen them. See
README.md for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (every publisher here is a US
federal body in Washington or speaks for one: America/New_York; the Vermont Guard's zone is the
same); the publication date at 10:00 local; the one page whose only date is an effective date
(the lock washers notice on federal.elaws.us) is read on that date, which is the day of
publication for such notices, and the comment says so; a day falls due at 23:59:59 local
(zoneinfo decides the offset); a clock time without a zone word is in the publisher's zone; a
range, a list or a window falls due at its later end; "early April" ends on the 10th and vague
words take the parser's documented windows ("at the earliest practicable time" read as "at the
earliest opportunity", 60 days; "several weeks" as "a few weeks", 4 weeks), counted from the
day of speaking; an "EFFECTIVE DATE:" line of a notice is a one-off change due that day
(CONVENTIONS 3.1); a line of a meeting schedule, which names no day of its own, falls due at its
later clock time on the day of the heading above it, and is marked "unsure" (the other reading
being the next such time after the day of reading); a time that the sentence hangs on an undated
event ("after institution of the investigation", "after the release of the last verification
report", "when emailing", "Following the town hall meeting", "Before we rise for the summer") is
`refusal='event'`, and where the page dates that event elsewhere the label is marked "unsure"
and names the instant; a limit of a statute for every review or order is
`refusal='recurring'` (CONVENTIONS 1.3); refusals have `due=None` and a `refusal` kind (past |
event | recurring | negated | earliest); a sentence whose time words set no time for any act (a
year or fiscal year in a name, "not yet", "current", "forever", an extension or a time limit
named without a date) has `due=None` and no refusal word. Labels marked "unsure" name the other
reading; like every label here they stay as committed, whatever the first run shows. First run:
not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_SCOTUS_PR_27SEP11 = "https://www.supremecourt.gov/publicinfo/press/pressreleases/pr_09-27-11"
_SCOTUS_HOME_24APR19 = "https://www.supremecourt.gov/default.aspx"
_VTNG_3FEB22 = "https://www.dvidshub.net/news/415591/last-vermont-army-national-guard-units-return"
_PRC_21JUL15 = "https://thefederalregister.org/80-FR/43134"
_PRC_28JUL15 = "https://thefederalregister.org/80-FR/44921"
_PRC_31MAR17 = "https://thefederalregister.org/82-FR/16015"
_ITA_PERSULF_25MAR05 = "https://regulations.justia.com/regulations/fedreg/2005/03/25/E5-1306.html"
_ITA_CHLOR_6MAR08 = "https://regulations.justia.com/regulations/fedreg/2008/03/06/E8-4397.html"
_ITA_WASHERS_25JUN04 = "http://federal.elaws.us/fr/citation/04-14493"
_ITA_PORCELAIN_25AUG99 = "https://webarchive.library.unt.edu/eot2008/20081006011811/http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=1999_register&docid=99-22085-filed"
_ITA_WIREROD_14APR08 = "https://webarchive.library.unt.edu/eot2008/20081011221443/http://edocket.access.gpo.gov/2008/E8-7891.htm"
_FMC_31AUG11 = (
    "https://www.fmc.gov/commission_meeting_scheduled_for_september_8_2011/?Archive=y&pg=4"
)
_FMC_1DEC10 = "https://www.fmc.gov/commission_meeting_scheduled_december_2010/?F_All=y&Archive=y"
_FMC_1DEC11 = (
    "https://www.fmc.gov/commission_meeting_scheduled_december_8_2011_/?CategoryId=2&pg=2&Archive=y"
)
_FMC_20OCT10 = "https://www.fmc.gov/commission_meeting_scheduled_october_27_2010/?CategoryId=2&F_All=y&Archive=y"
_FMC_6APR11 = "https://www.fmc.gov/commission_meeting_scheduled_for_april_13_2011/?CategoryId=2&F_All=y&Archive=y"
_USITC_25MAR16 = "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=87"
_USITC_12AUG20 = "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=30"
_USITC_18AUG15 = "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=94"
_USITC_7JUL22 = "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=5"
_USITC_27SEP18 = "https://thefederalregister.org/83-FR/48864"
_STB_EP724_27JAN17 = "https://www.stb.gov/decisions/ReadingRoom.nsf/51d7c65c6f78e79385256541007f0580/dd9fd955aba8a599852580b500589434?OpenDocument"
_STB_FD35087_26APR17 = "https://www.stb.gov/decisions/readingroom.nsf/9855c1fb354da09b85257f1f000b5f79/61f7533850ef51678525810e004478f3?OpenDocument"
_ACCESS_3JAN24 = "https://beta.access-board.gov/news/2024/01/03/u-s-access-board-meeting-and-webcast-on-january-24"
_ACCESS_30MAR23 = "https://www.access-board.gov/news/2023/03/30/u-s-access-board-to-hold-town-hall-meeting-in-baltimore/"
_ACCESS_FR_30JUN03 = (
    "https://www.federalregister.gov/documents/2003/06/30/03-16474/access-board-meeting"
)
_ACCESS_FR_30OCT08 = "https://www.federalregister.gov/articles/2008/10/30/E8-25842/meetings"
_SCOTUS_PR_1JUL21 = "https://supremecourt.gov/publicinfo/press/pressreleases/pr_07-01-21"
_NGB_18AUG21 = "https://www.nationalguard.mil/News/Article-View/Article/2736664/to-the-soldiers-airmen-and-families-of-the-national-guard"

FRESH51_CASES: tuple[BlindCase, ...] = (
    # Supreme Court of the United States, Public Information Office, press release of Tuesday 27 September 2011: the Court 'will no longer sit' for a non-argument day in its October session, a sitting called off (CONVENTIONS 4.1): negated; unsure: no refusal word (a practice dropped, no time set for any act)
    B(
        text="The Supreme Court will no longer sit for a non-argument day in its October session.",
        due=None,
        vague=False,
        said="2011-09-27 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_SCOTUS_PR_27SEP11,
        published="2011-09-27",
    ),
    # the same release: 'Previously, the Court sat on the third Monday ...', a practice told as done: past
    B(
        text="Previously, the Court sat on the third Monday of the first argument session to announce orders only.",
        due=None,
        vague=False,
        said="2011-09-27 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SCOTUS_PR_27SEP11,
        published="2011-09-27",
    ),
    # the same release: the orders 'will still be released at 10 a.m. ... on Monday, Oct. 17, 2011' (Monday checked), a one-off release at a clock time (CONVENTIONS 3.1); the address after the colon is not on the page's text: 17 October 2011, 10:00 EDT
    B(
        text="The orders will still be released at 10 a.m. by the Public Information Office on Monday, Oct. 17, 2011, and will be posted on the Court's website:",
        due="2011-10-17 14:00:00",
        vague=False,
        said="2011-09-27 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SCOTUS_PR_27SEP11,
        published="2011-09-27",
    ),
    # the same release: sittings on 'non-argument Mondays beginning in November and during the rest of the Court's Term', times on plural days: recurring; unsure: earliest 1 November 2011 (CONVENTIONS 3.2, an ongoing activity given only its start)
    B(
        text="The Court will continue to sit for non-argument Mondays beginning in November and during the rest of the Court's Term to announce orders, opinions, and admit new members of the Supreme Court Bar.",
        due=None,
        vague=False,
        said="2011-09-27 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_SCOTUS_PR_27SEP11,
        published="2011-09-27",
    ),
    # the same release: 'Non-argument days are marked in blue', a kind of day named, no time for any act: due None, no refusal
    B(
        text="Non-argument days are marked in blue on the color-coded calendar on the homepage of the Court's website.",
        due=None,
        vague=False,
        said="2011-09-27 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_SCOTUS_PR_27SEP11,
        published="2011-09-27",
    ),
    # Supreme Court of the United States, home page as stored, headed 'Today at the Court - Wednesday, Apr 24, 2019' (the heading, the calendar grid, the case names and dates of the lists are not quoted): the building 'is open to the public from 9 a.m. to 4:30 p.m.' under 'Today at the Court', the day's hours, the later end (CONVENTIONS 6.1): 24 April 2019, 16:30 EDT; unsure: recurring (standing opening hours, no day in the sentence)
    B(
        text="The Supreme Court Building is open to the public from 9 a.m. to 4:30 p.m.",
        due="2019-04-24 20:30:00",
        vague=False,
        said="2019-04-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SCOTUS_HOME_24APR19,
        published="2019-04-24",
    ),
    # the same page: 'The Court will convene ... at 10 a.m.' on the day of the page (CONVENTIONS 3.1): 24 April 2019, 10:00 EDT
    B(
        text="The Court will convene for a public session in the Courtroom at 10 a.m.",
        due="2019-04-24 14:00:00",
        vague=False,
        said="2019-04-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SCOTUS_HOME_24APR19,
        published="2019-04-24",
    ),
    # the same page: 'two, one-hour oral arguments', how long each argument lasts, from an undated start: event
    B(
        text="The Justices will hear two, one-hour oral arguments.",
        due=None,
        vague=False,
        said="2019-04-24 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SCOTUS_HOME_24APR19,
        published="2019-04-24",
    ),
    # the same page: opinions posted 'after announcement from the Bench', which is only possible ('may announce'): event
    B(
        text="The Court may announce opinions, which are posted on the homepage after announcement from the Bench.",
        due=None,
        vague=False,
        said="2019-04-24 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SCOTUS_HOME_24APR19,
        published="2019-04-24",
    ),
    # the same page: lectures 'available within the next 30 days', a window from the day of the page (CONVENTIONS 1.1): 24 May 2019, end of day EDT
    B(
        text="Courtroom Lectures available within the next 30 days.",
        due="2019-05-25 03:59:59",
        vague=False,
        said="2019-04-24 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SCOTUS_HOME_24APR19,
        published="2019-04-24",
    ),
    # the same page: transcripts posted 'on the same day an argument is heard', a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="The transcripts of oral arguments are posted on this website on the same day an argument is heard by the Court.",
        due=None,
        vague=False,
        said="2019-04-24 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_SCOTUS_HOME_24APR19,
        published="2019-04-24",
    ),
    # the same page: 'Same-day transcripts', a kind named, no time for any act: due None, no refusal
    B(
        text="Same-day transcripts are considered official but subject to final review.",
        due=None,
        vague=False,
        said="2019-04-24 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_SCOTUS_HOME_24APR19,
        published="2019-04-24",
    ),
    # the same page: recordings available 'at the end of each argument week': recurring
    B(
        text="The audio recordings of all oral arguments heard by the Supreme Court of the United States are available to the public at the end of each argument week.",
        due=None,
        vague=False,
        said="2019-04-24 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_SCOTUS_HOME_24APR19,
        published="2019-04-24",
    ),
    # the same page: 'posted on Fridays after Conference', plural days: recurring
    B(
        text="The audio recordings are posted on Fridays after Conference.",
        due=None,
        vague=False,
        said="2019-04-24 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_SCOTUS_HOME_24APR19,
        published="2019-04-24",
    ),
    # Vermont National Guard release on DVIDS, 3 February 2022: soldiers return 'over the course of several weeks, beginning March 4', a return spread over a window from a start (CONVENTIONS 1.1) of a vague length, read as the 'few weeks' window (4 weeks): 1 April 2022, end of day EDT, vague; unsure: earliest 4 March 2022 only (CONVENTIONS 3.2)
    B(
        text="Nearly 400 Vermont Army National Guard Soldiers will return home from deployed locations over the course of several weeks, beginning March 4.",
        due="2022-04-02 03:59:59",
        vague=True,
        said="2022-02-03 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_VTNG_3FEB22,
        published="2022-02-03",
    ),
    # the same release: 'the largest ... deployment since 2010', a span measured back to a past year, the return itself undated here: past
    B(
        text="Their return will conclude the largest Vermont Army National Guard deployment since 2010.",
        due=None,
        vague=False,
        said="2022-02-03 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VTNG_3FEB22,
        published="2022-02-03",
    ),
    # the same release: 'scheduled to return by early April', early April being days 1-10 (the parser's docstring): 10 April 2022, end of day EDT
    B(
        text="Soldiers from six units are scheduled to return by early April from deployments in Kosovo, as well as in support of U.S. Central Command.",
        due="2022-04-11 03:59:59",
        vague=False,
        said="2022-02-03 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_VTNG_3FEB22,
        published="2022-02-03",
    ),
    # the same release: soldiers returning 'during this period' who 'had deployed', the act told is done: past
    B(
        text="Most Soldiers returning during this period had deployed in support of Kosovo Force Regional Command-East, in Camp Bondsteel, Kosovo.",
        due=None,
        vague=False,
        said="2022-02-03 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VTNG_3FEB22,
        published="2022-02-03",
    ),
    # Postal Regulatory Commission notice, Federal Register of Tuesday 21 July 2015 (80 FR 43134; the abstract repeats the summary, quoted once; wrapped lines joined by a space): 'a recent court of appeals remand', a past act: past
    B(
        text="The Commission is noticing a recent court of appeals remand of its decision concerning implementation of the Full Service IMb requirements.",
        due=None,
        vague=False,
        said="2015-07-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_PRC_21JUL15,
        published="2015-07-21",
    ),
    # the same notice: 'Comments are due: August 3, 2015.': 3 August 2015, end of day EDT
    B(
        text="DATES: Comments are due: August 3, 2015.",
        due="2015-08-04 03:59:59",
        vague=False,
        said="2015-07-21 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_PRC_21JUL15,
        published="2015-07-21",
    ),
    # the same notice: 'Reply comments are due: August 14, 2015.': 14 August 2015, end of day EDT
    B(
        text="Reply comments are due: August 14, 2015.",
        due="2015-08-15 03:59:59",
        vague=False,
        said="2015-07-21 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_PRC_21JUL15,
        published="2015-07-21",
    ),
    # Postal Regulatory Commission proposed rule, Federal Register of Tuesday 28 July 2015 (80 FR 44921): 'Comments are due: August 27, 2015.': 27 August 2015, end of day EDT
    B(
        text="DATES: Comments are due: August 27, 2015.",
        due="2015-08-28 03:59:59",
        vague=False,
        said="2015-07-28 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_PRC_28JUL15,
        published="2015-07-28",
    ),
    # the same notice: 'Reply comments are due: September 11, 2015.': 11 September 2015, end of day EDT
    B(
        text="Reply comments are due: September 11, 2015.",
        due="2015-09-12 03:59:59",
        vague=False,
        said="2015-07-28 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_PRC_28JUL15,
        published="2015-07-28",
    ),
    # Postal Regulatory Commission proposed rule, Federal Register of Friday 31 March 2017 (82 FR 16015): 'Comments are due on or before May 1, 2017.': 1 May 2017, end of day EDT
    B(
        text="DATES: Comments are due on or before May 1, 2017.",
        due="2017-05-02 03:59:59",
        vague=False,
        said="2017-03-31 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_PRC_31MAR17,
        published="2017-03-31",
    ),
    # International Trade Administration notice on persulfates from China, Federal Register of Friday 25 March 2005 (the tail of the notice before it on the same page, its title and contact lines are not quoted): 'EFFECTIVE DATE: March 25, 2005.', the notice takes effect that day (CONVENTIONS 3.1): 25 March 2005, end of day EST
    B(
        text="EFFECTIVE DATE: March 25, 2005.",
        due="2005-03-26 04:59:59",
        vague=False,
        said="2005-03-25 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ITA_PERSULF_25MAR05,
        published="2005-03-25",
    ),
    # the same notice: the initiation 'published' on 17 September 2004, covering a past period: past
    B(
        text="On September 17, 2004, the Department of Commerce (the Department) published a notice of initiation of administrative review of the antidumping duty order on persulfates from the People’s Republic of China, covering the period July 1, 2003, through June 30, 2004 (69 FR 56745).",
        due=None,
        vague=False,
        said="2005-03-25 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ITA_PERSULF_25MAR05,
        published="2005-03-25",
    ),
    # the same notice: results 'currently due no later than April 2, 2005': 2 April 2005, end of day EST; unsure: the notice goes on to extend this limit (a date being replaced, negated under CONVENTIONS 4.1 once the new date is read)
    B(
        text="The preliminary results for this review are currently due no later than April 2, 2005.",
        due="2005-04-03 04:59:59",
        vague=False,
        said="2005-03-25 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ITA_PERSULF_25MAR05,
        published="2005-03-25",
    ),
    # the same notice: the Act's limits 'within 245 days after the last day of the anniversary month' and 'within 120 days after' publication, standing limits for every review: recurring (CONVENTIONS 1.3)
    B(
        text="Section 751(a)(3)(A) of the Tariff Act of 1930, as amended (the Act) requires the Department to complete the preliminary results within 245 days after the last day of the anniversary month of an order/finding for which a review is requested and the final results within 120 days after the date on which the preliminary results are published.",
        due=None,
        vague=False,
        said="2005-03-25 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_ITA_PERSULF_25MAR05,
        published="2005-03-25",
    ),
    # International Trade Administration, Federal Register of Thursday 6 March 2008, page of notice E8-4397 whose opening holds the end of the notice before it (FR Doc. E8-4427, also the International Trade Administration; its first line cut by the opening and its signature date are not quoted): the 'original time limit' named, no date: due None, no refusal
    B(
        text="We determine that it is not practicable to complete the final results of this review within the original time limit.",
        due=None,
        vague=False,
        said="2008-03-06 15:00:00",
        tz="America/New_York",
        cluster=5,
        source=_ITA_CHLOR_6MAR08,
        published="2008-03-06",
    ),
    # the same notice: issues that 'arose after the preliminary results': past
    B(
        text="Several technical issues arose after the preliminary results which require the collection and analyses of certain additional information and verification of the information.",
        due=None,
        vague=False,
        said="2008-03-06 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ITA_CHLOR_6MAR08,
        published="2008-03-06",
    ),
    # the same notice: 'sufficient time' and 'is fully extending', no date in this sentence: due None, no refusal
    B(
        text="Therefore, to allow sufficient time to collect and analyze the additional information, and to conduct the briefing process, the Department is fully extending the final results.",
        due=None,
        vague=False,
        said="2008-03-06 15:00:00",
        tz="America/New_York",
        cluster=5,
        source=_ITA_CHLOR_6MAR08,
        published="2008-03-06",
    ),
    # the same notice: 'now due not later than July 7, 2008, 180 days from publication of the preliminary results': 7 July 2008, end of day EDT
    B(
        text="The final results are now due not later than July 7, 2008, 180 days from publication of the preliminary results.",
        due="2008-07-08 03:59:59",
        vague=False,
        said="2008-03-06 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_ITA_CHLOR_6MAR08,
        published="2008-03-06",
    ),
    # the same notice: 'not later than seven days after the release of the last verification report', a span from an undated event: event
    B(
        text="The amended schedule for interested parties to submit case briefs, written comments, and/or request a hearing is not later than seven days after the release of the last verification report.",
        due=None,
        vague=False,
        said="2008-03-06 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_ITA_CHLOR_6MAR08,
        published="2008-03-06",
    ),
    # the same notice: 'no later than five days after the time limit for filing the case briefs', itself undated: event
    B(
        text="Rebuttal briefs are limited to issues raised in such briefs or comments and may be filed no later than five days after the time limit for filing the case briefs or comments.",
        due=None,
        vague=False,
        said="2008-03-06 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_ITA_CHLOR_6MAR08,
        published="2008-03-06",
    ),
    # the same notice: 'two days after the due date of the rebuttal briefs', an undated event, and only 'if requested': event
    B(
        text="Any hearing, if requested, ordinarily will be held two days after the due date of the rebuttal briefs.",
        due=None,
        vague=False,
        said="2008-03-06 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_ITA_CHLOR_6MAR08,
        published="2008-03-06",
    ),
    # International Trade Administration notice on helical spring lock washers from China (FR Doc. 04-14493), as shown by federal.elaws.us; the page's only date of its own is the effective date, 25 June 2004, read as the day of publication: 'is extending the preliminary results' with no new date here, the dates being the past period reviewed: past
    B(
        text="The Department of Commerce (the Department) is extending the preliminary results in the antidumping duty administrative review of certain helical spring lock washers (lock washers) from the People's Republic of China (PRC) covering the period October 1, 2002, to September 30, 2003.",
        due=None,
        vague=False,
        said="2004-06-25 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ITA_WASHERS_25JUN04,
        published="2004-06-25",
    ),
    # the same notice: 'the Tariff Act of 1930', a year in a name: due None, no refusal
    B(
        text="This extention is made pursuant to section 751(a)(3)(A) of the Tariff Act of 1930, as amended (the Act).",
        due=None,
        vague=False,
        said="2004-06-25 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_ITA_WASHERS_25JUN04,
        published="2004-06-25",
    ),
    # the same notice: 'EFFECTIVE DATE: June 25, 2004.' (CONVENTIONS 3.1): 25 June 2004, end of day EDT
    B(
        text="EFFECTIVE DATE: June 25, 2004.",
        due="2004-06-26 03:59:59",
        vague=False,
        said="2004-06-25 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ITA_WASHERS_25JUN04,
        published="2004-06-25",
    ),
    # the same notice: the Act's limits for every review: recurring (CONVENTIONS 1.3)
    B(
        text="Section 751(a)(3)(A) of the Act requires the Department to complete the preliminary results within 245 days after the last day of the anniversary month of an order/finding for which a review is requested and the final results within 120 days after the date on which the preliminary results are published.",
        due=None,
        vague=False,
        said="2004-06-25 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_ITA_WASHERS_25JUN04,
        published="2004-06-25",
    ),
    # the same notice: the Act's longest limits 'to a maximum of 365 days after ...' and '180 days (or 300 days ...)', for every review: recurring (CONVENTIONS 1.3)
    B(
        text="However, if it is not practicable to complete the review within these time periods, section 751(a)(3)(A) of the Act allows the Department to extend the time limit for the preliminary results to a maximum of 365 days after the last day of the anniversary month of an order/finding for which a review is requested and for the final results to 180 days (or 300 days if the Department does not extend the time limit for the preliminary results) from the date of publication of the preliminary results.",
        due=None,
        vague=False,
        said="2004-06-25 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_ITA_WASHERS_25JUN04,
        published="2004-06-25",
    ),
    # International Trade Administration notice on porcelain-on-steel cooking ware from China, Federal Register of Wednesday 25 August 1999, as kept by the UNT web archive of GPO Access: 'is extending by 120 days the time limit', the size of an extension from an end not given here: event
    B(
        text="The Department of Commerce (``Department'') is extending by 120 days the time limit for the preliminary results of the antidumping duty administrative review of the antidumping duty order on porcelain- on-steel cooking ware from the People's Republic of China (``PRC'') covering the period December 1, 1997, through November 30, 1998, because it is not practicable to complete this review within the time limits mandated by the Tariff Act of 1930, as amended (``the Act'').",
        due=None,
        vague=False,
        said="1999-08-25 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_ITA_PORCELAIN_25AUG99,
        published="1999-08-25",
    ),
    # the same notice: 'EFFECTIVE DATE: August 25, 1999.' (CONVENTIONS 3.1): 25 August 1999, end of day EDT
    B(
        text="EFFECTIVE DATE: August 25, 1999.",
        due="1999-08-26 03:59:59",
        vague=False,
        said="1999-08-25 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ITA_PORCELAIN_25AUG99,
        published="1999-08-25",
    ),
    # the same notice (the heading 'Applicable Statute and Regulations' before it not quoted): an Act 'effective January 1, 1995': past
    B(
        text="Unless otherwise indicated, all citations to the statute are references to the provisions of the Act, as amended, by the Uruguay Round Agreements Act (``URAA''), effective January 1, 1995.",
        due=None,
        vague=False,
        said="1999-08-25 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ITA_PORCELAIN_25AUG99,
        published="1999-08-25",
    ),
    # the same notice: regulations cited '(April 1998)', a past edition: past
    B(
        text="In addition, unless otherwise indicated, all references to the Department's regulations are to 19 CFR Part 351 (April 1998).",
        due=None,
        vague=False,
        said="1999-08-25 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ITA_PORCELAIN_25AUG99,
        published="1999-08-25",
    ),
    # International Trade Administration notice on steel wire rod from Trinidad and Tobago, Federal Register of Monday 14 April 2008, as kept by the UNT web archive of GPO Access (title and contact lines not quoted): 'EFFECTIVE DATE: April 14, 2008.' (CONVENTIONS 3.1): 14 April 2008, end of day EDT
    B(
        text="EFFECTIVE DATE: April 14, 2008.",
        due="2008-04-15 03:59:59",
        vague=False,
        said="2008-04-14 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ITA_WIREROD_14APR08,
        published="2008-04-14",
    ),
    # the same notice: an initiation 'published' on 26 November 2007: past
    B(
        text="On November 26, 2007, the U.S. Department of Commerce (``the Department'') published a notice of initiation of the administrative review of the antidumping duty order on carbon and certain alloy steel wire rod from Trinidad and Tobago, covering the period October 1, 2006, to September 30, 2007.",
        due=None,
        vague=False,
        said="2008-04-14 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ITA_WIREROD_14APR08,
        published="2008-04-14",
    ),
    # the same notice: a citation dated '(November 26, 2007)': past
    B(
        text="See Initiation of Antidumping and Countervailing Duty Administrative Reviews and Request for Revocation in Part, 72 FR 65938 (November 26, 2007).",
        due=None,
        vague=False,
        said="2008-04-14 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ITA_WIREROD_14APR08,
        published="2008-04-14",
    ),
    # the same notice: results 'currently due no later than July 2, 2008': 2 July 2008, end of day EDT; unsure: the notice extends this limit (a date being replaced)
    B(
        text="The preliminary results of this review are currently due no later than July 2, 2008.",
        due="2008-07-03 03:59:59",
        vague=False,
        said="2008-04-14 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ITA_WIREROD_14APR08,
        published="2008-04-14",
    ),
    # the same notice: the Act's 245-day limit for every review: recurring (CONVENTIONS 1.3)
    B(
        text="Section 751(a)(3)(A) of the Tariff Act of 1930, as amended (``the Act''), requires the Department to make a preliminary determination in an administrative review within 245 days after the last day of the anniversary month of an order or finding for which a review is requested.",
        due=None,
        vague=False,
        said="2008-04-14 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_ITA_WIREROD_14APR08,
        published="2008-04-14",
    ),
    # Federal Maritime Commission newsroom, Sunshine Act meeting notice of 31 August 2011 (the title repeats the date and is not quoted; the agenda items hold no time word): the meeting's time and date (weekday checked; CONVENTIONS 3.1): 2011-09-08, 10:00 local
    B(
        text="Time and Date: Thursday, September 8, 2011 – 10:00 a.m.",
        due="2011-09-08 14:00:00",
        vague=False,
        said="2011-08-31 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FMC_31AUG11,
        published="2011-08-31",
    ),
    # Federal Maritime Commission newsroom, Sunshine Act meeting notice of 1 December 2010 (title not quoted; the agenda items hold no time word): the meeting's time and date (weekday checked; CONVENTIONS 3.1): 2010-12-08, 10:00 local
    B(
        text="Time and Date: Wednesday, December 8, 2010 – 10:00 a.m.",
        due="2010-12-08 15:00:00",
        vague=False,
        said="2010-12-01 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FMC_1DEC10,
        published="2010-12-01",
    ),
    # Federal Maritime Commission newsroom, Sunshine Act meeting notice of 1 December 2011 (title not quoted): the meeting's time and date (weekday checked; CONVENTIONS 3.1): 2011-12-08, 10:00 local
    B(
        text="Time and Date: Thursday, December 8, 2011 – 10:00 a.m.",
        due="2011-12-08 15:00:00",
        vague=False,
        said="2011-12-01 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FMC_1DEC11,
        published="2011-12-01",
    ),
    # the same notice, a closed-session item: 'the European Union’s 2008 Repeal', a year naming a past act, nothing set: past
    B(
        text="Study of the European Union’s 2008 Repeal of the Liner Shipping Conference Exemption from Competition Laws– Discussion of Bureau of Trade Analysis Draft",
        due=None,
        vague=False,
        said="2011-12-01 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FMC_1DEC11,
        published="2011-12-01",
    ),
    # Federal Maritime Commission newsroom, Sunshine Act meeting notice of 20 October 2010 (title not quoted): the meeting's time and date (weekday checked; CONVENTIONS 3.1): 2010-10-27, 10:00 local
    B(
        text="Time and Date: Wednesday, October 27, 2010 – 10:00 a.m.",
        due="2010-10-27 14:00:00",
        vague=False,
        said="2010-10-20 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FMC_20OCT10,
        published="2010-10-20",
    ),
    # the same notice, an open-session item: 'the 2010 Asia-Pacific Economic Cooperation – 33rd Transportation Working Group Meeting', a year in the name of a meeting: due None, no refusal
    B(
        text="Staff Briefing on the 2010 Asia-Pacific Economic Cooperation – 33rd Transportation Working Group Meeting",
        due=None,
        vague=False,
        said="2010-10-20 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FMC_20OCT10,
        published="2010-10-20",
    ),
    # the same notice, a closed-session item: a 'Semi-Annual Meeting' named, no time for any act: due None, no refusal
    B(
        text="Staff Briefing on Semi-Annual Meeting with Transpacific Stabilization Agreement, FMC Agreement No. 011223",
        due=None,
        vague=False,
        said="2010-10-20 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_FMC_20OCT10,
        published="2010-10-20",
    ),
    # Federal Maritime Commission newsroom, Sunshine Act meeting notice of 6 April 2011 (title not quoted): the meeting's time and date (weekday checked; CONVENTIONS 3.1): 2011-04-13, 10:00 local
    B(
        text="Time and Date: Wednesday, April 13, 2011 – 10:00 a.m.",
        due="2011-04-13 14:00:00",
        vague=False,
        said="2011-04-06 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FMC_6APR11,
        published="2011-04-06",
    ),
    # the same notice, an item: 'Current Trade Conditions and Next Steps', a present state named: due None, no refusal
    B(
        text="Discussion of Current Trade Conditions and Next Steps on Commission’s Fact Finding 26 Recommendations",
        due=None,
        vague=False,
        said="2011-04-06 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_FMC_6APR11,
        published="2011-04-06",
    ),
    # US International Trade Commission, news release 16-033 of Friday 25 March 2016, on the Commission's keyword list (page 87; the release lines, contact and the factual highlights without a time word are not quoted): 'today determined', an act done: past
    B(
        text="The United States International Trade Commission (USITC) today determined that there is a reasonable indication that a U.S. industry is materially injured by reason of imports of stainless steel sheet and strip from China that are allegedly subsidized and sold in the United States at less than fair value.",
        due=None,
        vague=False,
        said="2016-03-25 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USITC_25MAR16,
        published="2016-03-25",
    ),
    # the same release: determinations 'due on or about May 9, 2016' and 'due on or about July 21, 2016', the later of the list (CONVENTIONS 6.1): 21 July 2016, end of day EDT
    B(
        text="As a result of the Commission’s affirmative determinations, the U.S. Department of Commerce will continue to conduct its investigations on imports of these products from China, with its preliminary countervailing duty determination due on or about May 9, 2016, and its preliminary antidumping duty determinations due on or about July 21, 2016.",
        due="2016-07-22 03:59:59",
        vague=False,
        said="2016-03-25 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USITC_25MAR16,
        published="2016-03-25",
    ),
    # the same release: 'April 2016' in the citation of the report (its issue date, a name): due None, no refusal; unsure: 30 April 2016, end of day EDT (the report to come that month)
    B(
        text="The Commission’s public report Stainless Steel Sheet and Strip from China (Investigation Nos. 701-TA-557 and 731-TA-1312 (Preliminary), USITC Publication 4603, April 2016) will contain the views of the Commission and information developed during the investigations.",
        due=None,
        vague=False,
        said="2016-03-25 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USITC_25MAR16,
        published="2016-03-25",
    ),
    # the same release: 'available after April 25, 2016', only a lower bound (CONVENTIONS 3.2): earliest 26 April 2016, 00:00 EDT
    B(
        text="The report will be available after April 25, 2016.",
        due=None,
        vague=False,
        said="2016-03-25 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2016-04-26 04:00:00",
        cluster=5,
        source=_USITC_25MAR16,
        published="2016-03-25",
    ),
    # the same release: 'After that date', the date given by the sentence before, and 'may be accessed': event; unsure: earliest 26 April 2016 (CONVENTIONS 3.2)
    B(
        text="After that date, it may be accessed on the USITC website at:  http://pubapps.usitc.gov/applications/publogs/qry_publication_loglist.asp.",
        due=None,
        vague=False,
        said="2016-03-25 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USITC_25MAR16,
        published="2016-03-25",
    ),
    # US International Trade Commission, news release 20-088 of Wednesday 12 August 2020 (keyword list page 30): a complaint 'filed ... on July 15, 2020': past
    B(
        text="The investigation is based on a complaint filed by IDEAL INDUSTRIES LIGHTING LLC d/b/a Cree Lighting of Durham, NC, on July 15, 2020.",
        due=None,
        vague=False,
        said="2020-08-12 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USITC_12AUG20,
        published="2020-08-12",
    ),
    # the same release: 'has not yet made any decision', no time set: due None, no refusal
    B(
        text="By instituting this investigation (337-TA-1213), the USITC has not yet made any decision on the merits of the case.",
        due=None,
        vague=False,
        said="2020-08-12 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_USITC_12AUG20,
        published="2020-08-12",
    ),
    # the same release: 'at the earliest practicable time', read as 'at the earliest opportunity' (CONVENTIONS 5.1): vague, 60 days, 11 October 2020, end of day EDT; unsure: no deadline (a standing formula of every release)
    B(
        text="The USITC will make a final determination in the investigation at the earliest practicable time.",
        due="2020-10-12 03:59:59",
        vague=True,
        said="2020-08-12 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USITC_12AUG20,
        published="2020-08-12",
    ),
    # the same release: 'Within 45 days after institution of the investigation', the institution undated in the sentence: event; unsure: 26 September 2020, end of day EDT (45 days from the vote of the release's day)
    B(
        text="Within 45 days after institution of the investigation, the USITC will set a target date for completing the investigation.",
        due=None,
        vague=False,
        said="2020-08-12 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USITC_12AUG20,
        published="2020-08-12",
    ),
    # the same release: orders 'become final 60 days after issuance', a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="USITC remedial orders in section 337 cases are effective when issued and become final 60 days after issuance unless disapproved for policy reasons by the U.S. Trade Representative within that 60-day period.",
        due=None,
        vague=False,
        said="2020-08-12 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_USITC_12AUG20,
        published="2020-08-12",
    ),
    # US International Trade Commission, news release 15-075 of Tuesday 18 August 2015 (keyword list page 94; the release's standing sentences that repeat those of release 20-088 word for word are not quoted again): a complaint 'filed ... on July 7, 2015': past
    B(
        text="The investigation is based on a complaint filed by AliphCom d/b/a Jawbone of San Francisco, CA, and Bodymedia, Inc., of Pittsburgh, PA, on July 7, 2015.",
        due=None,
        vague=False,
        said="2015-08-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USITC_18AUG15,
        published="2015-08-18",
    ),
    # the same release: 'has not yet made any decision': due None, no refusal
    B(
        text="By instituting this investigation (337-TA-963), the USITC has not yet made any decision on the merits of the case.",
        due=None,
        vague=False,
        said="2015-08-18 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_USITC_18AUG15,
        published="2015-08-18",
    ),
    # US International Trade Commission, news release 22-074 of Thursday 7 July 2022 (keyword list page 5): revenues foregone 'annually', a rate of a finding, no time for any act: due None, no refusal
    B(
        text="Foreign censorship and related measures led to significant foregone revenues for U.S. businesses annually and restricted the opportunity of U.S. businesses to provide services to hundreds of millions of users in China, according to a new report by the U.S. International Trade Commission (USITC or Commission).",
        due=None,
        vague=False,
        said="2022-07-07 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_USITC_7JUL22,
        published="2022-07-07",
    ),
    # the same release: requested 'in a letter received on April 8, 2021': past
    B(
        text="The investigation, Foreign Censorship, Part 2: Trade and Economic Effects on U.S. Businesses, was requested by the Senate Committee on Finance (Committee) in a letter received on April 8, 2021.",
        due=None,
        vague=False,
        said="2022-07-07 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USITC_7JUL22,
        published="2022-07-07",
    ),
    # the same release, a point of the findings: 'the 2020 global revenue', a past year in a finding told as done: past
    B(
        text="Almost a quarter of U.S. media and digital service providers in China that were able to enter the Chinese market, representing more than half of the 2020 global revenue of all U.S. media and digital service providers active in China, experienced censorship-related measures.",
        due=None,
        vague=False,
        said="2022-07-07 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USITC_7JUL22,
        published="2022-07-07",
    ),
    # US International Trade Commission notice on aluminum wire and cable from China, Federal Register of Thursday 27 September 2018 (83 FR 48864): 'in 45 days, or in this case by November 5, 2018', the date given: 5 November 2018, end of day EST
    B(
        text="Unless the Department of Commerce (``Commerce'') extends the time for initiation, the Commission must reach a preliminary determination in antidumping and countervailing duty investigations in 45 days, or in this case by November 5, 2018.",
        due="2018-11-06 04:59:59",
        vague=False,
        said="2018-09-27 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USITC_27SEP18,
        published="2018-09-27",
    ),
    # the same notice: 'within five business days thereafter, or by November 13, 2018': 13 November 2018, end of day EST
    B(
        text="The Commission's views must be transmitted to Commerce within five business days thereafter, or by November 13, 2018.",
        due="2018-11-14 04:59:59",
        vague=False,
        said="2018-09-27 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USITC_27SEP18,
        published="2018-09-27",
    ),
    # Surface Transportation Board decision in Docket No. EP 724 (Sub-No. 3 and 4), served Friday 27 January 2017 (service and 'Decided' date lines, the docket lines and the attachment text are not quoted): the decision notes in capitals, 'EXTENDED' told as done, the '2014' order named: past
    B(
        text="DECISION EXTENDED THE EFFECTIVE DATE OF THE FINAL RULE IN DOCKET NO. EP 724 (SUB-NO. 4) AND EXTENDED DATA REPORTING UNDER THE 2014 INTERIM DATA ORDER IN DOCKET NO. EP 724 (SUB-NO. 3).",
        due=None,
        vague=False,
        said="2017-01-27 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STB_EP724_27JAN17,
        published="2017-01-27",
    ),
    # the same decision, its digest (the footnote mark before it not quoted): 'extends the effective date', no new date given here: due None, no refusal
    B(
        text="This decision extends the effective date of the final rule in Docket No. EP 724 (Sub-No. 4) and extends data reporting under the 2014 interim data order in Docket No. EP 724 (Sub-No. 3).",
        due=None,
        vague=False,
        said="2017-01-27 15:00:00",
        tz="America/New_York",
        cluster=5,
        source=_STB_EP724_27JAN17,
        published="2017-01-27",
    ),
    # the same decision: 'On November 30, 2016, the Board adopted', and reports 'on a weekly, semiannual, and occasional basis': past
    B(
        text="On November 30, 2016, the Board adopted a final rule to establish new regulations requiring all Class I railroads and the Chicago Transportation Coordination Office, through its Class I members, to report certain service performance metrics on a weekly, semiannual, and occasional basis.",
        due=None,
        vague=False,
        said="2017-01-27 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STB_EP724_27JAN17,
        published="2017-01-27",
    ),
    # the same decision: a citation '(STB served Nov. 30, 2016)' of the 'November Decision': past
    B(
        text="U.S. Rail Serv. Issues—Performance Data Reporting (November Decision), EP 724 (Sub-No. 4), slip op. at 1 (STB served Nov. 30, 2016).",
        due=None,
        vague=False,
        said="2017-01-27 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STB_EP724_27JAN17,
        published="2017-01-27",
    ),
    # Surface Transportation Board decision in Docket No. FD 35087 (Sub-No. 8), served Wednesday 26 April 2017: the decision notes, acts done, a reply of 'FEBRUARY 23, 2017': past
    B(
        text="DECISION: (1) DENIED THE ILLINOIS DEPARTMENT OF TRANSPORTATION AND THE VILLAGE OF BARRINGTON, ILL. (COLLECTIVELY, PETITIONERS’) JOINT PETITION TO REOPEN, (2) GRANTED PETITIONERS’ REQUEST FOR LEAVE TO FILE A REPLY TO A REPLY; AND (3) GRANTED CANADIAN NATIONAL RAILWAY COMPANY’S REQUEST FOR LEAVE TO FILE A REPLY TO PETITIONERS’ FEBRUARY 23, 2017 REPLY.",
        due=None,
        vague=False,
        said="2017-04-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STB_FD35087_26APR17,
        published="2017-04-26",
    ),
    # the same decision, its digest: petitioners 'have jointly requested that the Board now reopen', a request reported, with 'the Board’s 2008 approval' named: past
    B(
        text="The Illinois Department of Transportation and the Village of Barrington, Ill., have jointly requested that the Board now reopen this proceeding to require Canadian National Railway Company (CN) to fund a grade-separated crossing at U.S. Route 14 in Barrington as a condition of the Board’s 2008 approval of CN’s acquisition of EJ&E West Company.",
        due=None,
        vague=False,
        said="2017-04-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STB_FD35087_26APR17,
        published="2017-04-26",
    ),
    # the same digest: a request to 'extend its oversight period', no date: due None, no refusal
    B(
        text="Petitioners also ask the Board to extend its oversight period.",
        due=None,
        vague=False,
        said="2017-04-26 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_STB_FD35087_26APR17,
        published="2017-04-26",
    ),
    # US Access Board news item of Wednesday 3 January 2024 (beta site; the title repeats the day and is not quoted): the meeting 'on January 24 from 1:30 – 3:00 p.m. (ET)', the later end (CONVENTIONS 6.1): 24 January 2024, 15:00 EST
    B(
        text="All are welcome to attend the next meeting of the U.S. Access Board, which will be open to the public and take place virtually on January 24 from 1:30 – 3:00 p.m. (ET).",
        due="2024-01-24 20:00:00",
        vague=False,
        said="2024-01-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_3JAN24,
        published="2024-01-03",
    ),
    # the same item: 'the FY 23 Governmentwide Section 508 Assessment', a fiscal year naming a report: due None, no refusal
    B(
        text="Mr. Nielson will provide a briefing on the FY 23 Governmentwide Section 508 Assessment.",
        due=None,
        vague=False,
        said="2024-01-03 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_ACCESS_3JAN24,
        published="2024-01-03",
    ),
    # the same item: 'the current state', a present state: due None, no refusal
    B(
        text="This report addresses the current state of federal Section 508 compliance and provides a baseline and recommendations for strengthening compliance initiatives and enhancing Section 508 activities across the federal government.",
        due=None,
        vague=False,
        said="2024-01-03 15:00:00",
        tz="America/New_York",
        cluster=5,
        source=_ACCESS_3JAN24,
        published="2024-01-03",
    ),
    # the same item, the meeting block under 'Meeting of the U.S. Access Board': '1:30 PM – 3:00 PM (E.T.)' on 24 January 2024, the later end: 15:00 EST
    B(
        text="January 24, 2024, 1:30 PM – 3:00 PM (E.T.)",
        due="2024-01-24 20:00:00",
        vague=False,
        said="2024-01-03 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_3JAN24,
        published="2024-01-03",
    ),
    # the same item, a point of the agenda: 'draft October 2023 meeting minutes', a past meeting named: past
    B(
        text="Board vote on approval of draft October 2023 meeting minutes",
        due=None,
        vague=False,
        said="2024-01-03 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ACCESS_3JAN24,
        published="2024-01-03",
    ),
    # the same agenda: 'FY 23' in the title of a presentation: due None, no refusal
    B(
        text="Guest Presentation: “FY 23 Governmentwide Section 508 Assessment” by Andrew Nielson, GSA",
        due=None,
        vague=False,
        said="2024-01-03 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_ACCESS_3JAN24,
        published="2024-01-03",
    ),
    # US Access Board news item of Thursday 30 March 2023 (the site notice on PROWAG above it is not quoted): a town hall 'on Tuesday, July 25 from 1:30 – 3:30 p.m. (ET)' (Tuesday checked), the later end: 25 July 2023, 15:30 EDT
    B(
        text="The U.S. Access Board will hold a public town hall meeting on Tuesday, July 25 from 1:30 – 3:30 p.m. (ET) at the national headquarters of the National Federation of the Blind in Baltimore, Maryland.",
        due="2023-07-25 19:30:00",
        vague=False,
        said="2023-03-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_30MAR23,
        published="2023-03-30",
    ),
    # the same item: 'Following the town hall meeting, ... from 3:30 – 4:30 p.m. (ET)', a time hung on the meeting, which the page dates elsewhere: event; unsure: 25 July 2023, 16:30 EDT
    B(
        text="Following the town hall meeting, members of the public will be able to meet and speak with Presidentially appointed Board members and representatives from other federal agencies at the networking event from 3:30 – 4:30 p.m. (ET), sponsored by the Maryland Department of Disabilities",
        due=None,
        vague=False,
        said="2023-03-30 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_ACCESS_30MAR23,
        published="2023-03-30",
    ),
    # the same item: 'register ... by July 1, 2023': 1 July 2023, end of day EDT
    B(
        text="Please register for in-person attendance by July 1, 2023.",
        due="2023-07-02 03:59:59",
        vague=False,
        said="2023-03-30 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_ACCESS_30MAR23,
        published="2023-03-30",
    ),
    # the same item: 'when emailing', an undated act of each registrant: event
    B(
        text="Registrants who wish to make in-person oral comments must indicate their request to speak when emailing events@access-board.gov.",
        due=None,
        vague=False,
        said="2023-03-30 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_ACCESS_30MAR23,
        published="2023-03-30",
    ),
    # the same item: 'allotted two minutes', the length of each comment from its undated start: event
    B(
        text="Public commenters will be allotted two minutes to make their comments.",
        due=None,
        vague=False,
        said="2023-03-30 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_ACCESS_30MAR23,
        published="2023-03-30",
    ),
    # US Access Board (Architectural and Transportation Barriers Compliance Board) meeting notice, Federal Register of Monday 30 June 2003, as shown on federalregister.gov (the day headings of the schedule, the address and contact lines are not quoted): meetings 'from Tuesday through Thursday, July 8-10, 2003', the later end of the range (CONVENTIONS 6.1): 10 July 2003, end of day EDT; unsure: 10 July 2003, 10:30 EDT (the last session in the schedule below)
    B(
        text="The Architectural and Transportation Barriers Compliance Board (Access Board) has scheduled its regular business meetings to take place in Washington, DC, from Tuesday through Thursday, July 8-10, 2003, at the times and location noted below.",
        due="2003-07-11 03:59:59",
        vague=False,
        said="2003-06-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_ACCESS_FR_30JUN03,
        published="2003-06-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2003-07-08: a clock range, its later end (CONVENTIONS 6.1) on the heading's day: 2003-07-08, 11:00 EDT; unsure: the next such time after the reading (the sentence names no day)
    B(
        text="9-11 a.m. Informal Meeting",
        due="2003-07-08 15:00:00",
        vague=False,
        said="2003-06-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30JUN03,
        published="2003-06-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2003-07-08: a clock range, its later end (CONVENTIONS 6.1) on the heading's day: 2003-07-08, 12:00 EDT; unsure: the next such time after the reading (the sentence names no day)
    B(
        text="11-Noon Planning and Budget Committee",
        due="2003-07-08 16:00:00",
        vague=False,
        said="2003-06-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30JUN03,
        published="2003-06-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2003-07-08: a clock range, its later end (CONVENTIONS 6.1) on the heading's day: 2003-07-08, 16:30 EDT; unsure: the next such time after the reading (the sentence names no day)
    B(
        text="1:30-4:30 p.m. Outreach Ad Hoc Committee",
        due="2003-07-08 20:30:00",
        vague=False,
        said="2003-06-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30JUN03,
        published="2003-06-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2003-07-09: a clock range, its later end (CONVENTIONS 6.1) on the heading's day: 2003-07-09, 10:30 EDT; unsure: the next such time after the reading (the sentence names no day)
    B(
        text="9-10:30 a.m. Technical Programs Committee",
        due="2003-07-09 14:30:00",
        vague=False,
        said="2003-06-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30JUN03,
        published="2003-06-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2003-07-09: a clock range, its later end (CONVENTIONS 6.1) on the heading's day: 2003-07-09, 12:00 EDT; unsure: the next such time after the reading (the sentence names no day)
    B(
        text="10:30-Noon Executive Committee",
        due="2003-07-09 16:00:00",
        vague=False,
        said="2003-06-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30JUN03,
        published="2003-06-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2003-07-09: a clock range, its later end (CONVENTIONS 6.1) on the heading's day: 2003-07-09, 15:00 EDT; unsure: the next such time after the reading (the sentence names no day)
    B(
        text="1:30-3 p.m. Board Meeting (Parts closed)",
        due="2003-07-09 19:00:00",
        vague=False,
        said="2003-06-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30JUN03,
        published="2003-06-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2003-07-09: a clock range, its later end (CONVENTIONS 6.1) on the heading's day: 2003-07-09, 16:00 EDT; unsure: the next such time after the reading (the sentence names no day)
    B(
        text="3-4 p.m. Briefing on Outdoor Developed Areas",
        due="2003-07-09 20:00:00",
        vague=False,
        said="2003-06-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30JUN03,
        published="2003-06-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2003-07-09: a clock range, its later end (CONVENTIONS 6.1) on the heading's day: 2003-07-09, 17:00 EDT; unsure: the next such time after the reading (the sentence names no day)
    B(
        text="4-5 p.m. Briefing on Section 508 Requirements",
        due="2003-07-09 21:00:00",
        vague=False,
        said="2003-06-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30JUN03,
        published="2003-06-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2003-07-10: a clock range, its later end (CONVENTIONS 6.1) on the heading's day: 2003-07-10, 10:30 EDT; unsure: the next such time after the reading (the sentence names no day)
    B(
        text="9-10:30 a.m. Passenger Vessels Ad Hoc Committee (Closed)",
        due="2003-07-10 14:30:00",
        vague=False,
        said="2003-06-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30JUN03,
        published="2003-06-30",
    ),
    # the same notice, a point of the agenda: 'the March 12, 2003 Board Meeting Minutes', a past meeting named: past
    B(
        text="Approval of the March 12, 2003 Board Meeting Minutes",
        due=None,
        vague=False,
        said="2003-06-30 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ACCESS_FR_30JUN03,
        published="2003-06-30",
    ),
    # US Access Board meeting notice, Federal Register of Thursday 30 October 2008, as shown on federalregister.gov (the 'Back to Top' links and day headings are not quoted; the times run into the item names as on the page): meetings 'Monday through Wednesday, November 17-19, 2008', the later end: 19 November 2008, end of day EST; unsure: 19 November 2008, 15:00 EST (the last session below)
    B(
        text="The Architectural and Transportation Barriers Compliance Board (Access Board) plans to hold its regular committee and Board meetings in Arlington, Virginia, Monday through Wednesday, November 17-19, 2008, at the times and location noted below.",
        due="2008-11-20 04:59:59",
        vague=False,
        said="2008-10-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_ACCESS_FR_30OCT08,
        published="2008-10-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2008-11-17: a clock range, its later end on the heading's day: 2008-11-17, 12:00 EST; unsure: the next such time after the reading (the line names no day)
    B(
        text="10:30-NoonPlanning and Evaluation Committee.",
        due="2008-11-17 17:00:00",
        vague=False,
        said="2008-10-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30OCT08,
        published="2008-10-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2008-11-17: a clock range, its later end on the heading's day: 2008-11-17, 15:00 EST; unsure: the next such time after the reading (the line names no day)
    B(
        text="1:30-3 p.m.Technical Programs Committee.",
        due="2008-11-17 20:00:00",
        vague=False,
        said="2008-10-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30OCT08,
        published="2008-10-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2008-11-17: a clock range, its later end on the heading's day ('3-4:30' after a session ending at 3 p.m. is the afternoon): 2008-11-17, 16:30 EST; unsure: the next such time after the reading (the line names no day)
    B(
        text="3-4:30Accessible Design in Education Ad Hoc Committee.",
        due="2008-11-17 21:30:00",
        vague=False,
        said="2008-10-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30OCT08,
        published="2008-10-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2008-11-18: a clock range, its later end on the heading's day: 2008-11-18, 12:00 EST; unsure: the next such time after the reading (the line names no day)
    B(
        text="9-NoonAd Hoc Committee Meetings (Closed to Public): Reports and discussion on public rights-of-way; acoustics; transportation vehicles; outdoor developed areas; airport terminal access; passenger vessels; and information and communications technologies.",
        due="2008-11-18 17:00:00",
        vague=False,
        said="2008-10-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30OCT08,
        published="2008-10-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2008-11-18: a clock range, its later end on the heading's day: 2008-11-18, 17:00 EST; unsure: the next such time after the reading (the line names no day)
    B(
        text="2:30-5 p.m.Presentation from the Emergency Transportable Housing Committee.",
        due="2008-11-18 22:00:00",
        vague=False,
        said="2008-10-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30OCT08,
        published="2008-10-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2008-11-19: a clock range, its later end on the heading's day: 2008-11-19, 10:30 EST; unsure: the next such time after the reading (the line names no day)
    B(
        text="9:30-10:30 a.m.Budget Committee.",
        due="2008-11-19 15:30:00",
        vague=False,
        said="2008-10-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30OCT08,
        published="2008-10-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2008-11-19: a clock range, its later end on the heading's day: 2008-11-19, 12:00 EST; unsure: the next such time after the reading (the line names no day)
    B(
        text="10:30-NoonAd Hoc Committee Meetings (Closed to Public): Continued from the previous day's session.",
        due="2008-11-19 17:00:00",
        vague=False,
        said="2008-10-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30OCT08,
        published="2008-10-30",
    ),
    # the same notice, a line of the schedule under the day heading of 2008-11-19: a clock range, its later end on the heading's day: 2008-11-19, 15:00 EST; unsure: the next such time after the reading (the line names no day)
    B(
        text="1:30-3 p.m.Board Meeting.",
        due="2008-11-19 20:00:00",
        vague=False,
        said="2008-10-30 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_ACCESS_FR_30OCT08,
        published="2008-10-30",
    ),
    # the same notice, a point of the agenda: 'the draft September 2008 Board Meeting Minutes', a past meeting named: past
    B(
        text="Approval of the draft September 2008 Board Meeting Minutes.",
        due=None,
        vague=False,
        said="2008-10-30 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_ACCESS_FR_30OCT08,
        published="2008-10-30",
    ),
    # Supreme Court of the United States, press release of Thursday 1 July 2021, a statement of the Chief Justice (the release and contact lines and the speaker's line are not quoted): 'has acted upon all cases ... this Term', an act done: past
    B(
        text="I am authorized to announce that the Court has acted upon all cases submitted to the Court for decision this Term.",
        due=None,
        vague=False,
        said="2021-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SCOTUS_PR_1JUL21,
        published="2021-07-01",
    ),
    # the same statement: an Order List 'that will be released tomorrow, July 2, at 9:30 a.m.' (the conference 'this morning' is done): 2 July 2021, 09:30 EDT
    B(
        text="Disposition of items considered at conference this morning will be reflected on an Order List that will be released tomorrow, July 2, at 9:30 a.m.",
        due="2021-07-02 13:30:00",
        vague=False,
        said="2021-07-01 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SCOTUS_PR_1JUL21,
        published="2021-07-01",
    ),
    # the same statement: in recess 'until the first Monday in October 2021', when the new Term begins (CONVENTIONS 3.1 and 3.3): 4 October 2021, end of day EDT
    B(
        text="The Court will then be in recess until the first Monday in October 2021, at which time the October 2020 Term of the Court will be adjourned, and the October 2021 Term of the Court will begin, as provided by law.",
        due="2021-10-05 03:59:59",
        vague=False,
        said="2021-07-01 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_SCOTUS_PR_1JUL21,
        published="2021-07-01",
    ),
    # the same statement: the staff's flexibility 'have made it possible ... in the current Term', told as done: past
    B(
        text="The flexibility shown by the Court’s staff and bar members have made it possible to discharge our public business in the current Term notwithstanding the coronavirus pandemic.",
        due=None,
        vague=False,
        said="2021-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SCOTUS_PR_1JUL21,
        published="2021-07-01",
    ),
    # the same statement: 'Before we rise for the summer', the Court's undated rising: event; unsure: no deadline (the recognition is made in the statement itself)
    B(
        text="Before we rise for the summer, I would like to recognize the retirement this Term of six dedicated Court employees, who together have more than 200 years of service at the Supreme Court.",
        due=None,
        vague=False,
        said="2021-07-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SCOTUS_PR_1JUL21,
        published="2021-07-01",
    ),
    # the same statement: 'retired ... with more than 46 years of service': past
    B(
        text="Sara Sonet retired from our Library with more than 46 years of service.",
        due=None,
        vague=False,
        said="2021-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SCOTUS_PR_1JUL21,
        published="2021-07-01",
    ),
    # the same statement: 'retired ... after more than 41 years': past
    B(
        text="Daniel Long retired as Publications Officer in our Reporter’s Office after more than 41 years of Supreme Court service.",
        due=None,
        vague=False,
        said="2021-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SCOTUS_PR_1JUL21,
        published="2021-07-01",
    ),
    # the same statement: two retirements after 27 and 25 years: past
    B(
        text="Kim Oliver-Parker also retired from our Library with more than 27 years of Supreme Court service, and Steven Firnung retired from the Police with more than 25 years of Supreme Court service.",
        due=None,
        vague=False,
        said="2021-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SCOTUS_PR_1JUL21,
        published="2021-07-01",
    ),
    # the same statement: 'since 2016, retired last November after 25 years': past
    B(
        text="Jeffrey Smith, our Chief of Police since 2016, retired last November after 25 years of service.",
        due=None,
        vague=False,
        said="2021-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SCOTUS_PR_1JUL21,
        published="2021-07-01",
    ),
    # the same statement: a retirement announced, 'effective July 3' (CONVENTIONS 3.1; the announcing is done, the retirement ahead): 3 July 2021, end of day EDT
    B(
        text="I also note that our Public Information Officer, Kathleen L. Arberg, has announced her retirement, effective July 3, after 38 years at the Supreme Court.",
        due="2021-07-04 03:59:59",
        vague=False,
        said="2021-07-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SCOTUS_PR_1JUL21,
        published="2021-07-01",
    ),
    # National Guard Bureau, letter of the Chief, General Daniel R. Hokanson, 'To the Soldiers, Airmen and Families of the National Guard', 18 August 2021 (the site banner, the date line, signature and related-article captions are not quoted): 'For nearly 20 years, we have served', a span of the past: past
    B(
        text="For nearly 20 years, we have served and sacrificed in Afghanistan.",
        due=None,
        vague=False,
        said="2021-08-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NGB_18AUG21,
        published="2021-08-18",
    ),
    # the same letter: 'forever grateful', no time for any act: due None, no refusal
    B(
        text="We remain forever grateful to those who have and continue to serve so selflessly, and the families who make that service possible.",
        due=None,
        vague=False,
        said="2021-08-18 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_NGB_18AUG21,
        published="2021-08-18",
    ),
    # the same letter: 'a difficult time', a present state: due None, no refusal
    B(
        text="This may be a difficult time for those who served, and those who supported their loved ones in Afghanistan.",
        due=None,
        vague=False,
        said="2021-08-18 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_NGB_18AUG21,
        published="2021-08-18",
    ),
    # the same letter: 'often' and 'now is the time', a present call with no time set: due None, no refusal
    B(
        text="It often helps to talk to battle buddies and wingmen, and now is the time to look out for each other.",
        due=None,
        vague=False,
        said="2021-08-18 14:00:00",
        tz="America/New_York",
        cluster=5,
        source=_NGB_18AUG21,
        published="2021-08-18",
    ),
)
