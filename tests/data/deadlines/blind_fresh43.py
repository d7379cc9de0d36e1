"""A FORTY-THIRD fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 16:12 by the machine's clock, by a
labelling helper (branch issue12l3-s24) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py`, and the parser package's
docstring only (for the parts of the day, the vague windows, the meteorological seasons,
"a bare time is its next occurrence" and "a date without a year is its next occurrence");
nothing else of `bot/core/deadlines/` was opened. The brief allowed any publisher but no one
above a third of the cases, at least eight publishers and several genres, and barred the
publishers and series the earlier sets used heavily. The set quotes White House press
briefings and gaggles of 2005, 2007 and 2008 (one as reproduced by the American Presidency
Project), US Department of the Treasury media advisories, US Customs and Border Protection
releases (one as distributed on einpresswire.com, one as kept in the govdocs1 corpus copy of
cbp.gov), a Wikinews Bulletin, the ACT Government's home-page noticeboard (two snapshots),
two State Department e-newsletters, two New Zealand Cabinet decision releases and a House of
Lords Hansard page. As in the twenty-seventh to forty-second sets, every sentence quoted
holds a time word of some kind (a date, a clock time, a day word, a period, a span, a year
in a name, "now", "soon", "future", "formerly", "finally", "before", "after", "while",
"during", "then"); the sentences of the pages read that hold none were skipped, as were bare
headings, titles, date and release lines, "Press Logistics" blocks of lines, photo
captions, site and navigation text, speakers' names before a colon, greetings, the numbers
of list points and lines cut off by the start or end of an opening. A point of a list was
taken as its own case; no word was changed, and quotation marks stay as the page has them.
The sentences were found with a search over stored copies of public pages and taken as they
came in the openings the search returns, in page order. See README.md ("Forty-third fresh
blind set") for every address, publisher and licence. No address listed in README.md, in a
`#` header or README under `tests/data/`, in the sources of the other set files or in the
shared claims file was used: each was checked against those lists (the address and a
distinctive phrase of the page) and claimed (`fresh43`) in `/work/helper-brief/claims.txt`
before a quote was taken. Each label was worked out by hand from the words, the publication
date and the publisher's zone; the conversion of local instants to UTC wall time, the day
counts and the weekday checks were done with Python's zoneinfo and datetime in a scratch
script outside the repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the
labels were committed; the helpers improving the parser have not seen them. See README.md
for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (US federal publishers:
America/New_York, except a briefing whose time stamp is in another zone (Crawford, Texas:
America/Chicago) and CBP releases datelined in the field (Seattle: America/Los_Angeles; El
Paso: America/Denver); the ACT Government in Canberra: Australia/Sydney; New Zealand:
Pacific/Auckland; the House of Lords: Europe/London; Wikinews: UTC); a briefing or gaggle is
read at the time stamp the transcript gives, any other page at 10:00 local on its
publication date (the ACT noticeboard's items each at their own "Release date"); a day
falls due at 23:59:59 local (zoneinfo decides the offset); a clock time without a zone word
is in the page's zone; a range, a list or a window falls due at its later end; the
afternoon ends at 18:00 and the evening and night at 23:59:59 (the parser's docstring);
vague words take the parser's documented windows (60 days for "soon"), counted from the day
of speaking; a time that the sentence hangs on an undated event or on a day another
sentence or a logistics block dates ("While in Boston", "Later in the morning", "arrive by
7:00 a.m.", "at the end") is `refusal='event'`, and where the page dates that event
elsewhere the label is marked "unsure" and names the instant; refusals have `due=None` and
a `refusal` kind (past | event | recurring | negated; this set holds no earliest-only
label); a sentence whose time words set no time for any act (a year naming an Act or a
budget, "the future", "now", "at this time", "at a critical time", a reporter's question
with no undertaking) has `due=None` and no refusal word. Labels marked "unsure" name the
other reading; like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.

Licence audit of stop 48 (branch lic48-s48): 6 of these 96 cases, quoted from Department of the Prime
Minister and Cabinet pages (dpmc.govt.nz, Unite against COVID-19 notices), were removed: no copyright or
licence statement of DPMC's sites was found (licence unclear). 90 cases remain; see README.md, "Licence
audit of stop 48".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_ACT_HOME_MAY16 = "http://www.act.gov.au/home"
_ACT_HOME_FEB16 = "http://www.act.gov.au/"
_WH_STANZEL_11APR08 = (
    "https://georgewbush-whitehouse.archives.gov/news/releases/2008/04/print/20080411-8.html"
)
_WH_MCCLELLAN_1DEC05 = (
    "https://georgewbush-whitehouse.archives.gov/news/releases/2005/12/text/20051201-5.html"
)
_WH_FRATTO_21DEC07 = "https://www.presidency.ucsb.edu/documents/press-gaggle-tony-fratto-12"
_STATE_ENEWS_28JUN11 = "http://www.state.gov/r/pa/pl/enews/2011/167607.htm"
_STATE_ENEWS_31JAN11 = "http://www.state.gov/r/pa/pl/enews/2011/158787.htm"
_TREAS_LEW_15JAN15 = "https://home.treasury.gov/news/media-advisories/01152015"
_TREAS_GEITHNER_15MAY12 = "https://home.treasury.gov/news/media-advisories/05152012"
_TREAS_LEW_14AUG13 = "https://home.treasury.gov/news/media-advisories/081413"
_CBP_SEATTLE_26JUL23 = "https://www.einpresswire.com/article/646567728/cbp-announces-decision-on-hours-at-six-ports-of-entry-following-temporary-expansion"
_CBP_ELPASO_28AUG08 = "https://corpora.tika.apache.org/base/docs/govdocs1/560/560538.html"
_LORDS_9JUN22 = "https://hansard.parliament.uk/lords/2022-06-09/debates/2E899200-5D8B-468E-B5D4-844CBAB21F3F/HealthAndSocialCareLeadershipReview"
_WN_BULLETIN_12AUG07 = "https://en.wikinews.org/wiki/Wikinews:Wikinews_Bulletin/2007-6"

FRESH43_CASES: tuple[BlindCase, ...] = (
    # ACT Government, act.gov.au home page 'Community Noticeboard' (snapshot listing media releases, each with its own 'Release date'; every item is read at its release date; the headings, the 'Release date' lines, the ministers' names under them, the event listing and a teaser cut off at the end of the opening are not quoted), release of 27 May 2016: a commissioner 'will begin working ... from 4 July', the start of a post read as a one-off event at a date (CONVENTIONS 3.1): 4 July 2016, end of day AEST; unsure: earliest-only 4 July 2016 (CONVENTIONS 3.2, an ongoing activity given only its start)
    B(
        text="A new Discrimination, Health Services, and Disability and Community Services Commissioner, Ms Karen Toohey, will begin working at the restructured ACT Human Rights Commission from 4 July, Attorney-General Simon Corbell announced.",
        due="2016-07-04 13:59:59",
        vague=False,
        said="2016-05-27 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACT_HOME_MAY16,
        published="2016-05-27",
    ),
    # the same page, release of 25 May 2016: industrial action 'notified for this Friday 27 May 2016 will not take place', a time called off (CONVENTIONS 4.1): negated
    B(
        text="Following a meeting of drivers employed by household waste and recycling bin collection company SUEZ, industrial action notified for this Friday 27 May 2016 will not take place.",
        due=None,
        vague=False,
        said="2016-05-25 00:00:00",
        tz="Australia/Sydney",
        refusal="negated",
        cluster=5,
        source=_ACT_HOME_MAY16,
        published="2016-05-25",
    ),
    # the same page, release of 24 May 2016: asphalt work 'on Saturday 28 May and Sunday 29 May 2016', the later of two days (CONVENTIONS 6.1): 29 May 2016, end of day AEST
    B(
        text="The ACT Government wishes to advise motorists and other road users of asphalt work at the roundabout on the intersection on Tharwa Drive and Mentone View on Saturday 28 May and Sunday 29 May 2016, weather permitting.",
        due="2016-05-29 13:59:59",
        vague=False,
        said="2016-05-24 00:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_ACT_HOME_MAY16,
        published="2016-05-24",
    ),
    # ACT Government, act.gov.au home page 'Community Noticeboard' (an earlier snapshot; items read at their own 'Release date'; headings, date lines, names, the event listing and a teaser cut off are not quoted), release of 23 February 2016: 'the future' sets no time for any act: no deadline
    B(
        text="ACT Parks and Conservation Service has released the Isaacs Ridge Trails Plan which will guide the future planning, development and management of recreational trails at Isaacs Ridge pines.",
        due=None,
        vague=False,
        said="2016-02-22 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACT_HOME_FEB16,
        published="2016-02-23",
    ),
    # the same page, release of 22 February 2016: lane closures 'from Monday 22 February until Friday 26 February 2016', a window's later end (CONVENTIONS 6.1): 26 February 2016, end of day AEDT
    B(
        text="The ACT Government wishes to advise motorists and other road users of partial lane closures on Morshead Drive and Pialligo Avenue from Monday 22 February until Friday 26 February 2016, weather permitting.",
        due="2016-02-26 12:59:59",
        vague=False,
        said="2016-02-21 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_ACT_HOME_FEB16,
        published="2016-02-22",
    ),
    # the same page, release of 22 February 2016: a minister 'has highlighted' something 'after touring Tucson', a past act ('a future ... Network' names no time): past
    B(
        text="Minister for Planning and Land Management, Mick Gentleman, has highlighted the importance of a future city-wide Light Rail Network after touring Tucson, Arizona with industry and business leaders.",
        due=None,
        vague=False,
        said="2016-02-21 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACT_HOME_FEB16,
        published="2016-02-22",
    ),
    # the same page, release of 22 February 2016: 'will soon receive' (CONVENTIONS 5.1): vague, 60 days from 22 February 2016: 22 April 2016, end of day AEST
    B(
        text="Copland Drive will soon receive an upgraded section of resealed road, four new pedestrian refuges and two traffic islands, Minister for Transport and Municipal Services Meegan Fitzharris said.",
        due="2016-04-22 13:59:59",
        vague=True,
        said="2016-02-21 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACT_HOME_FEB16,
        published="2016-02-22",
    ),
    # The White House, Office of the Press Secretary, 'Press Briefing by Scott Stanzel, Crawford Elementary School, Crawford, Texas' (11 April 2008, a Friday, 11:31 A.M. CDT; read at that time in America/Chicago, the zone of the briefing's time stamp; the release lines, speakers' names, the greeting 'Happy Friday, everybody.' and the last line, cut off, are not quoted): 'the week ahead' names a schedule, no time for any act: no deadline
    B(
        text="I do have the week ahead, although I think you've received most of that information.",
        due=None,
        vague=False,
        said="2008-04-11 16:31:00",
        tz="America/Chicago",
        cluster=1,
        source=_WH_STANZEL_11APR08,
        published="2008-04-11",
    ),
    # the same briefing: 'at the end' of the briefing, an undated event: event
    B(
        text="But I'm happy to go through it at the end, if you'd like.",
        due=None,
        vague=False,
        said="2008-04-11 16:31:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_WH_STANZEL_11APR08,
        published="2008-04-11",
    ),
    # the same briefing: 'Today ... taped ... this morning': past
    B(
        text="Today the President taped his radio address this morning.",
        due=None,
        vague=False,
        said="2008-04-11 16:31:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_WH_STANZEL_11APR08,
        published="2008-04-11",
    ),
    # the same briefing: the radio address's topic, a report of 'this past week': past; unsure: event (the address airs at a time the sentence does not give)
    B(
        text="In his radio address the President will discuss General Petraeus's and Ambassador Crocker's report to Congress this past week.",
        due=None,
        vague=False,
        said="2008-04-11 16:31:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_WH_STANZEL_11APR08,
        published="2008-04-11",
    ),
    # the same briefing: 'earlier this week': past
    B(
        text="The President will also discuss the honors and sacrifice of Michael Monsoor, the fourth Medal of Honor recipient in the war on terror, that you heard the President talk about earlier this week as well.",
        due=None,
        vague=False,
        said="2008-04-11 16:31:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_WH_STANZEL_11APR08,
        published="2008-04-11",
    ),
    # the same briefing: 'this morning at 8:15 a.m., ... participated': past
    B(
        text="And this morning at 8:15 a.m., the President participated in an interview with Martha Raddatz of ABC News.",
        due=None,
        vague=False,
        said="2008-04-11 16:31:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_WH_STANZEL_11APR08,
        published="2008-04-11",
    ),
    # the same briefing: 'this evening ... will attend' (the evening ends at 23:59:59, the parser's docstring): 11 April 2008, 23:59:59 CDT
    B(
        text="And this evening the President and Mrs. Bush will attend a Republican National Committee reception at the Broken Spoke Ranch here in Crawford.",
        due="2008-04-12 04:59:59",
        vague=False,
        said="2008-04-11 16:31:00",
        tz="America/Chicago",
        cluster=2,
        source=_WH_STANZEL_11APR08,
        published="2008-04-11",
    ),
    # the same briefing: 'the reception tonight' (night ends at 23:59:59): 11 April 2008, 23:59:59 CDT
    B(
        text="And also attending the reception tonight are the President's parents, the former President and Mrs. Barbara Bush, as well as the President's brother, former Governor of Florida, Jeb Bush, and his wife, Columba -- they will also be there.",
        due="2008-04-12 04:59:59",
        vague=False,
        said="2008-04-11 16:31:00",
        tz="America/Chicago",
        cluster=2,
        source=_WH_STANZEL_11APR08,
        published="2008-04-11",
    ),
    # the same briefing: 'each April', a standing rule (CONVENTIONS 1.3): recurring
    B(
        text="Like all Americans, the President and Mrs. Bush have to file tax returns each April.",
        due=None,
        vague=False,
        said="2008-04-11 16:31:00",
        tz="America/Chicago",
        refusal="recurring",
        cluster=5,
        source=_WH_STANZEL_11APR08,
        published="2008-04-11",
    ),
    # the same briefing: 'this afternoon we will release' (the afternoon ends at 18:00): 11 April 2008, 18:00 CDT
    B(
        text="And so this afternoon we will release a copy of their tax returns for you.",
        due="2008-04-11 23:00:00",
        vague=False,
        said="2008-04-11 16:31:00",
        tz="America/Chicago",
        cluster=2,
        source=_WH_STANZEL_11APR08,
        published="2008-04-11",
    ),
    # the same briefing: 'in maybe about an hour or so' from 11:31 CDT (hours are exact instants): 11 April 2008, 12:31 CDT; unsure: the hedge 'maybe about ... or so' could be read as vague
    B(
        text="So that should be coming up here in maybe about an hour or so.",
        due="2008-04-11 17:31:00",
        vague=False,
        said="2008-04-11 16:31:00",
        tz="America/Chicago",
        cluster=2,
        source=_WH_STANZEL_11APR08,
        published="2008-04-11",
    ),
    # The White House, Office of the Press Secretary, 'Press Briefing by Scott McClellan, James S. Brady Briefing Room' (1 December 2005, 12:52 P.M. EST, read at that time; the release lines, the greeting and the speakers' names are not quoted): 'today, is releasing', a present act with a day word (CONVENTIONS 2.1): 1 December 2005, end of day EST
    B(
        text="The administration, today, is releasing an updated economic forecast that shows the strong economic expansion in the United States is expected to continue, with healthy job creation and contained inflation.",
        due="2005-12-02 04:59:59",
        vague=False,
        said="2005-12-01 17:52:00",
        tz="America/New_York",
        cluster=6,
        source=_WH_MCCLELLAN_1DEC05,
        published="2005-12-01",
    ),
    # the same briefing: 'fiscal year 2007 budget' names a budget, no time for any act: no deadline
    B(
        text="The new economic forecast, which will be used for the President's fiscal year 2007 budget, is similar to the consensus of professional, independent economic forecasters and our previous forecasts that we have released.",
        due=None,
        vague=False,
        said="2005-12-01 17:52:00",
        tz="America/New_York",
        cluster=4,
        source=_WH_MCCLELLAN_1DEC05,
        published="2005-12-01",
    ),
    # the same briefing: growth 'during the four quarters of 2005 will be about 3.5 percent', a forecast checked when the period ends ('June of 2005' is past): 31 December 2005, end of day EST; unsure: no deadline (a statistic of a period, no act undertaken)
    B(
        text="Early indicators of activity suggest that the growth of real gross domestic product, or GDP, during the four quarters of 2005 will be about 3.5 percent, revised up 0.1 percentage point from the mid-session projection in June of 2005.",
        due="2006-01-01 04:59:59",
        vague=False,
        said="2005-12-01 17:52:00",
        tz="America/New_York",
        cluster=3,
        source=_WH_MCCLELLAN_1DEC05,
        published="2005-12-01",
    ),
    # the same briefing: 'In 2006, ... is expected to be', a forecast for a year: 31 December 2006, end of day EST; unsure: no deadline, as the sentence before
    B(
        text="In 2006, real GDP growth is expected to be similar, at 3.4 percent.",
        due="2007-01-01 04:59:59",
        vague=False,
        said="2005-12-01 17:52:00",
        tz="America/New_York",
        cluster=4,
        source=_WH_MCCLELLAN_1DEC05,
        published="2005-12-01",
    ),
    # the same briefing: 'This week's estimate', 'the third quarter of this year' and 'going forward' name estimates and a trend, no time for any act: no deadline
    B(
        text="This week's estimate for the third quarter of this year, the administration's new economic forecast and the consensus of private forecasters all show strong economic growth going forward.",
        due=None,
        vague=False,
        said="2005-12-01 17:52:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCLELLAN_1DEC05,
        published="2005-12-01",
    ),
    # the same briefing: a call 'at 2:00 p.m. today': 1 December 2005, 14:00 EST
    B(
        text="We will be holding a conference call with a member of our Council of Economic Advisers, Matt Slaughter, at 2:00 p.m. today to discuss this forecast.",
        due="2005-12-01 19:00:00",
        vague=False,
        said="2005-12-01 17:52:00",
        tz="America/New_York",
        cluster=2,
        source=_WH_MCCLELLAN_1DEC05,
        published="2005-12-01",
    ),
    # the same briefing, a reporter's question: 'predicted for next year' names figures, no undertaking: no deadline
    B(
        text="Does it have any numbers on unemployment figures or gas prices predicted for next year?",
        due=None,
        vague=False,
        said="2005-12-01 17:52:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_MCCLELLAN_1DEC05,
        published="2005-12-01",
    ),
    # The White House, 'Press Gaggle by Tony Fratto, James S. Brady Press Briefing Room' (21 December 2007, a Friday, 9:32 A.M. EST, read at that time), as reproduced by the American Presidency Project (presidency.ucsb.edu; only the White House transcript is quoted; the greetings, the banter in Italian, the speakers' names and lines without a time word are not quoted): 'this morning, 7:30 a.m.', a taping done: past
    B(
        text="The President taped the radio address this morning, 7:30 a.m.",
        due=None,
        vague=False,
        said="2007-12-21 14:32:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH_FRATTO_21DEC07,
        published="2007-12-21",
    ),
    # the same gaggle: 'during the holiday season' qualifies the families' separation; the message's own time (the radio address) is not given: no deadline; unsure: event
    B(
        text="The President will deliver a message of gratitude to our men and women who are fighting in the war on terror, and to their families who are separated from them during the holiday season.",
        due=None,
        vague=False,
        said="2007-12-21 14:32:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_FRATTO_21DEC07,
        published="2007-12-21",
    ),
    # the same gaggle: a departure 'At 11:10 a.m. today' and a stay 'through the weekend', the stay's end counting (CONVENTIONS 3.3 and 6.1): Sunday 23 December 2007, end of day EST
    B(
        text="At 11:10 a.m. today, the President and Mrs. Bush depart the White House via Marine One en route Camp David, where they will remain for the weekend -- or through the weekend, I should say.",
        due="2007-12-24 04:59:59",
        vague=False,
        said="2007-12-21 14:32:00",
        tz="America/New_York",
        cluster=3,
        source=_WH_FRATTO_21DEC07,
        published="2007-12-21",
    ),
    # the same gaggle: 'now' on the act of speaking: no deadline
    B(
        text="I'm going to give you the week ahead now, since there isn't much to it.",
        due=None,
        vague=False,
        said="2007-12-21 14:32:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_FRATTO_21DEC07,
        published="2007-12-21",
    ),
    # the same gaggle: 'stays through Christmas, through December 25th' (CONVENTIONS 3.3): 25 December 2007, end of day EST
    B(
        text="He stays until -- he stays through Christmas, through December 25th, where he'll remain overnight.",
        due="2007-12-26 04:59:59",
        vague=False,
        said="2007-12-21 14:32:00",
        tz="America/New_York",
        cluster=3,
        source=_WH_FRATTO_21DEC07,
        published="2007-12-21",
    ),
    # the same gaggle: travel 'Wednesday, December 26th' and a stay 'until New Year's Eve, December 31st', the later (CONVENTIONS 3.3 and 6.1): 31 December 2007, end of day EST
    B(
        text="Wednesday, December 26th, the President travels to Crawford, where he remains until New Year's Eve, December 31st.",
        due="2008-01-01 04:59:59",
        vague=False,
        said="2007-12-21 14:32:00",
        tz="America/New_York",
        cluster=3,
        source=_WH_FRATTO_21DEC07,
        published="2007-12-21",
    ),
    # the same gaggle: a return 'Tuesday, January 1st': 1 January 2008, end of day EST
    B(
        text="And then, Tuesday, January 1st, the President returns to Washington.",
        due="2008-01-02 04:59:59",
        vague=False,
        said="2007-12-21 14:32:00",
        tz="America/New_York",
        cluster=6,
        source=_WH_FRATTO_21DEC07,
        published="2007-12-21",
    ),
    # the same gaggle: 'at this time' on a present state: no deadline
    B(
        text="No, not that I'm aware of at this time.",
        due=None,
        vague=False,
        said="2007-12-21 14:32:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_FRATTO_21DEC07,
        published="2007-12-21",
    ),
    # the same gaggle, a reporter's question: 'Monday is a holiday, you're not briefing', a time denied (CONVENTIONS 4.1): negated
    B(
        text="And Monday is a holiday, you're not briefing?",
        due=None,
        vague=False,
        said="2007-12-21 14:32:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_WH_FRATTO_21DEC07,
        published="2007-12-21",
    ),
    # the same gaggle, a reporter's question: 'closed on Monday' asked, no undertaking (CONVENTIONS 4.2): no deadline; unsure: Monday 24 December 2007, end of day EST
    B(
        text="This office is closed on Monday?",
        due=None,
        vague=False,
        said="2007-12-21 14:32:00",
        tz="America/New_York",
        cluster=1,
        source=_WH_FRATTO_21DEC07,
        published="2007-12-21",
    ),
    # the same gaggle: 'as always, around the clock', a standing state: recurring
    B(
        text="Dana will be in town, and we'll figure out -- we'll be serviceable, as always, around the clock.",
        due=None,
        vague=False,
        said="2007-12-21 14:32:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_WH_FRATTO_21DEC07,
        published="2007-12-21",
    ),
    # US Department of State, Office of Public Liaison, Bureau of Public Affairs, e-newsletter 'Issue 24 - June 28, 2011' (read at 28 June 2011; the banner, the list of items, headings and the photo caption are not quoted): remarks 'delivered' on 'June 22': past
    B(
        text="WASHINGTON, DC, June 22 – In a televised address, President Barack Obama delivered remarks outlining America’s way forward on the war in Afghanistan, including the announcement of withdrawing 33,000 U.S. troops.",
        due=None,
        vague=False,
        said="2011-06-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_ENEWS_28JUN11,
        published="2011-06-28",
    ),
    # the same newsletter, the President's words as quoted: 'next month', 'by the end of this year' and 'by next summer', the latest (CONVENTIONS 6.1; seasons are meteorological): 31 August 2012, end of day EDT
    B(
        text="“... Starting next month, we will be able to remove 10,000 of our troops from Afghanistan by the end of this year, and we will bring home a total of 33,000 troops by next summer, fully recovering the surge I announced at West Point.",
        due="2012-09-01 03:59:59",
        vague=False,
        said="2011-06-28 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_STATE_ENEWS_28JUN11,
        published="2011-06-28",
    ),
    # the same quote: 'After this initial reduction', hung on an undated event: event
    B(
        text="After this initial reduction, our troops will continue coming home at a steady pace as Afghan security forces move into the lead.",
        due=None,
        vague=False,
        said="2011-06-28 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_STATE_ENEWS_28JUN11,
        published="2011-06-28",
    ),
    # the same quote: 'By 2014': 31 December 2014, end of day EST
    B(
        text="By 2014, this process of transition will be complete, and the Afghan people will be responsible for their own security.”",
        due="2015-01-01 04:59:59",
        vague=False,
        said="2011-06-28 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_STATE_ENEWS_28JUN11,
        published="2011-06-28",
    ),
    # US Department of State, Office of Public Liaison, e-newsletter 'Issue 17 - January 31, 2011' (read at 31 January 2011; banner, item list, headings and the photo caption are not quoted; lines without a time word are skipped): 'continues to monitor' under the dateline 'Jan. 31, 2011', a present activity, no time for any act: no deadline
    B(
        text="CAIRO, Egypt, Jan. 31, 2011 – The U.S. Department of State continues to monitor the situation in Egypt closely.",
        due=None,
        vague=False,
        said="2011-01-31 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_ENEWS_31JAN11,
        published="2011-01-31",
    ),
    # the same newsletter, the Secretary's words as quoted: 'At the same time' links two aims, no time: no deadline
    B(
        text="At the same time, we want to recognize Egypt has been our partner.",
        due=None,
        vague=False,
        said="2011-01-31 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_STATE_ENEWS_31JAN11,
        published="2011-01-31",
    ),
    # the same quote: 'for over 30 years', a span that has run: past
    B(
        text="They’ve been our partner in a peace process that has kept the region from war for over 30 years, which has saved a lot of lives – Egyptian lives, Israeli lives, other lives.",
        due=None,
        vague=False,
        said="2011-01-31 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_STATE_ENEWS_31JAN11,
        published="2011-01-31",
    ),
    # US Department of the Treasury, media advisory (15 January 2015, the date in the page's address, a Thursday; '(Archived Content)' and the last line, cut off, are not quoted): 'today announced' is the verb of speaking (CONVENTIONS 2.2); travel 'on Thursday, January 22', the rest 'followed by' undated: 22 January 2015, end of day EST
    B(
        text="WASHINGTON – The U.S. Department of the Treasury today announced that Secretary Jacob J. Lew will travel to Boston, Massachusetts on Thursday, January 22, followed by travel to Davos-Klosters, Paris, Brussels, Oswiecim, and Kyiv.",
        due="2015-01-23 04:59:59",
        vague=False,
        said="2015-01-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TREAS_LEW_15JAN15,
        published="2015-01-15",
    ),
    # the same advisory: 'While in Boston', hung on the visit ('at tax time' names a season of the year): event
    B(
        text="While in Boston, the Secretary will participate in a roundtable discussion at a Volunteer Income Tax Assistance (VITA) site for a conversation about the VITA program and the role of the Affordable Care Act at tax time.",
        due=None,
        vague=False,
        said="2015-01-15 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_TREAS_LEW_15JAN15,
        published="2015-01-15",
    ),
    # the same advisory: 'on Thursday evening', the Thursday of the sentence before (22 January; the reference day is itself a Thursday): 22 January 2015, 23:59:59 EST; unsure: Thursday 15 January 2015, 23:59:59 EST (the weekday read alone)
    B(
        text="Secretary Lew will depart Boston on Thursday evening for the World Economic Forum Annual Meeting in Davos-Klosters, Switzerland.",
        due="2015-01-23 04:59:59",
        vague=False,
        said="2015-01-15 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_TREAS_LEW_15JAN15,
        published="2015-01-15",
    ),
    # the same advisory: 'While in Davos', hung on the stay: event
    B(
        text="While in Davos, the Secretary will meet with global business leaders and with his international counterparts to discuss economic developments and policies to boost U.S. and global growth and promote financial stability.",
        due=None,
        vague=False,
        said="2015-01-15 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_TREAS_LEW_15JAN15,
        published="2015-01-15",
    ),
    # the same advisory: travel 'on Sunday, January 25' ('Following his participation' is the order of stops): 25 January 2015, end of day EST
    B(
        text="Following his participation at the Forum, Secretary Lew will travel to Paris, France on Sunday, January 25, where he will meet with French Finance Minister Michael Sapin, and have discussions with business leaders.",
        due="2015-01-26 04:59:59",
        vague=False,
        said="2015-01-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TREAS_LEW_15JAN15,
        published="2015-01-15",
    ),
    # the same advisory: 'On Monday, January 26': 26 January 2015, end of day EST
    B(
        text="On Monday, January 26, the Secretary will be in Brussels, Belgium for meetings with European Commission Vice President for Jobs, Growth, Investment and Competitiveness Jyrki Katainen, European Commission Vice President for the Euro and Social Dialogue Valdis Dombrovskis, European Commissioner for Economic and Financial Affairs, Taxation and Customs Pierre Moscovici, and European Commissioner for Financial Services Jonathan Hill.",
        due="2015-01-27 04:59:59",
        vague=False,
        said="2015-01-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TREAS_LEW_15JAN15,
        published="2015-01-15",
    ),
    # the same advisory: 'On Tuesday, January 27' ('the 70th anniversary' names the occasion): 27 January 2015, end of day EST
    B(
        text="On Tuesday, January 27, Secretary Lew will lead the Presidential Delegation to Oswiecim, Poland to attend the 70th anniversary of the liberation of Auschwitz-Birkenau.",
        due="2015-01-28 04:59:59",
        vague=False,
        said="2015-01-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TREAS_LEW_15JAN15,
        published="2015-01-15",
    ),
    # the same advisory: travel 'on Wednesday, January 28' ('announced last week' is past): 28 January 2015, end of day EST
    B(
        text="The Secretary will also travel to Kyiv, Ukraine on Wednesday, January 28 to meet with senior government officials and discuss the additional U.S. assistance announced last week.",
        due="2015-01-29 04:59:59",
        vague=False,
        said="2015-01-15 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TREAS_LEW_15JAN15,
        published="2015-01-15",
    ),
    # US Department of the Treasury, media advisory (15 May 2012, the date in the page's address; '(Archived Content)', the 'Press Logistics' blocks of lines (time, name, event, address), the contact lines and the last line, cut off, are not quoted): a visit 'On Thursday, May 17': 17 May 2012, end of day EDT
    B(
        text="WASHINGTON – On Thursday, May 17, Treasury Secretary Tim Geithner will visit Baltimore to deliver remarks and participate in a discussion on the state of the economy with members of the Greater Baltimore Committee.",
        due="2012-05-18 03:59:59",
        vague=False,
        said="2012-05-15 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TREAS_GEITHNER_15MAY12,
        published="2012-05-15",
    ),
    # the same advisory: 'in the short term' and 'our future' set no time for any act: no deadline
    B(
        text="In his remarks before local business leaders, the Secretary will outline the primary economic imperatives facing the country and review the Administration’s efforts to support economic growth in the short term, put in place the right investments and reforms for our future, and restore fiscal sustainability under a balanced approach.",
        due=None,
        vague=False,
        said="2012-05-15 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TREAS_GEITHNER_15MAY12,
        published="2012-05-15",
    ),
    # the same advisory: 'Later in the morning', the morning of a day another sentence dates: event; unsure: 17 May 2012, 12:00 EDT
    B(
        text="Later in the morning, Secretary Geithner will tour local manufacturer Marlin Steel Wire Products.",
        due=None,
        vague=False,
        said="2012-05-15 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_TREAS_GEITHNER_15MAY12,
        published="2012-05-15",
    ),
    # the same advisory: 'During his visit to Baltimore': event
    B(
        text="During his visit to Baltimore, Secretary Geithner will also meet with business and community leaders at the University of Maryland, Baltimore County.",
        due=None,
        vague=False,
        said="2012-05-15 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_TREAS_GEITHNER_15MAY12,
        published="2012-05-15",
    ),
    # the same advisory, press logistics: 'arrive by 7:00 a.m.' on the event's day, dated only by the first sentence: event; unsure: 17 May 2012, 07:00 EDT
    B(
        text="Media with satellite trucks and camera equipment should arrive by 7:00 a.m. to allow time for equipment sweeps and set-up.",
        due=None,
        vague=False,
        said="2012-05-15 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_TREAS_GEITHNER_15MAY12,
        published="2012-05-15",
    ),
    # the same logistics: 'arrive by 8:00 a.m.', as the sentence before: event; unsure: 17 May 2012, 08:00 EDT
    B(
        text="All other press should arrive by 8:00 a.m.",
        due=None,
        vague=False,
        said="2012-05-15 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_TREAS_GEITHNER_15MAY12,
        published="2012-05-15",
    ),
    # US Department of the Treasury, media advisory '**MEDIA ADVISORY** August 22: In California, Secretary Lew to Deliver Remarks on the Economy and Visit AT&T Foundry' (14 August 2013, the date in the page's address; the heading, '(Archived Content)', the 'Press Logistics' blocks and the last line, cut off, are not quoted): remarks 'On Thursday, August 22, 2013': 22 August 2013, end of day EDT
    B(
        text="WASHINGTON – On Thursday, August 22, 2013, Treasury Secretary Jacob J. Lew will discuss the state of the U.S. economy in remarks before the Commonwealth Club at the Computer History Museum in Mountain View, California.",
        due="2013-08-23 03:59:59",
        vague=False,
        said="2013-08-14 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_TREAS_LEW_14AUG13,
        published="2013-08-14",
    ),
    # the same advisory: 'recent efforts' names past work, and the act's own time is not given: no deadline
    B(
        text="The Secretary will discuss recent efforts to strengthen the economic recovery and address the primary economic imperatives facing the country, including the need for Washington to avoid self-inflicted wounds that could impede economic growth.",
        due=None,
        vague=False,
        said="2013-08-14 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_TREAS_LEW_14AUG13,
        published="2013-08-14",
    ),
    # the same advisory: 'Following his remarks', hung on the remarks: event
    B(
        text="Following his remarks, Secretary Lew will participate in a moderated discussion with Adam Lashinsky of Fortune Magazine.",
        due=None,
        vague=False,
        said="2013-08-14 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_TREAS_LEW_14AUG13,
        published="2013-08-14",
    ),
    # the same advisory, logistics: RSVP 'by Wednesday, August 21 at 12:00 p.m.', a clock time without a zone word read in the publisher's zone: 21 August 2013, 12:00 EDT; unsure: 12:00 PDT (the zone of the logistics block above it)
    B(
        text="Media planning to attend must RSVP to Jessica Swain, at, by Wednesday, August 21 at 12:00 p.m.",
        due="2013-08-21 16:00:00",
        vague=False,
        said="2013-08-14 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_TREAS_LEW_14AUG13,
        published="2013-08-14",
    ),
    # the same logistics: 'arrive by 9:15 a.m.' on the tour's day, dated only by the block above: event; unsure: 22 August 2013, 09:15 PDT
    B(
        text="Press should arrive by 9:15 a.m. to allow time for equipment sweeps and set-up.",
        due=None,
        vague=False,
        said="2013-08-14 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_TREAS_LEW_14AUG13,
        published="2013-08-14",
    ),
    # US Customs and Border Protection, Seattle Field Office, release 'CBP announces decision on hours at six ports of entry following temporary expansion' (26 July 2023, as distributed on einpresswire.com; only CBP's words are quoted; datelined SEATTLE, so read in America/Los_Angeles; the last line, cut off, is not quoted): 'began, in April': past
    B(
        text="SEATTLE — In an effort to better serve travelers and keep our nation secure, U.S. Customs and Border Protection (CBP) began, in April, a 120-day temporary expansion of operating hours at six ports of entry within the Seattle Field Office’s area of operations.",
        due=None,
        vague=False,
        said="2023-07-26 17:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_CBP_SEATTLE_26JUL23,
        published="2023-07-26",
    ),
    # the same release: 'After a thorough analysis', done, and 'is announcing', the release itself: no deadline
    B(
        text="After a thorough analysis of the data, CBP is announcing its decision on the permanent hours at these ports of entry.",
        due=None,
        vague=False,
        said="2023-07-26 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_CBP_SEATTLE_26JUL23,
        published="2023-07-26",
    ),
    # the same release: 'On April 1, ... expanded': past
    B(
        text="On April 1, the ports of entry at Porthill, Idaho, and Maida, Northgate, and Sherwood, North Dakota, each expanded operations by two hours.",
        due=None,
        vague=False,
        said="2023-07-26 17:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_CBP_SEATTLE_26JUL23,
        published="2023-07-26",
    ),
    # the same release: 'On April 15, ... expanded' ('seven days a week' describes the change): past
    B(
        text="On April 15, the Laurier, Washington, Port of Entry expanded operations by two hours, and the Port of Del Bonita, Montana, expanded from operating five to seven days a week.",
        due=None,
        vague=False,
        said="2023-07-26 17:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_CBP_SEATTLE_26JUL23,
        published="2023-07-26",
    ),
    # the same release: 'Once the temporary 120-day expansion period was complete, CBP conducted': past
    B(
        text="Once the temporary 120-day expansion period was complete, CBP conducted an analysis of traffic flow — including an hourly breakdown, overall volume, and types of conveyances that crossed the border.",
        due=None,
        vague=False,
        said="2023-07-26 17:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_CBP_SEATTLE_26JUL23,
        published="2023-07-26",
    ),
    # the same release: hours 'will return to the hours in use before the temporary expansion', a return the sentence does not date: no deadline; unsure: 14 August 2023 (the next sentences date the new hours 31 July and 14 August)
    B(
        text="The hours at the Maida, Northgate and Laurier ports of entry will return to the hours in use before the temporary expansion.",
        due=None,
        vague=False,
        said="2023-07-26 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_CBP_SEATTLE_26JUL23,
        published="2023-07-26",
    ),
    # the same release: new hours 'Beginning July 31', a one-off change taking effect (CONVENTIONS 3.1; the daily hours describe the new state): 31 July 2023, end of day PDT; unsure: earliest-only 31 July 2023 (CONVENTIONS 3.2)
    B(
        text="Beginning July 31, Porthill will operate 7 a.m. to 7 p.m. daily; Maida and Northgate will operate 9 a.m. to 5 p.m. daily; and Sherwood will operate 9 a.m. to 7 p.m. daily.",
        due="2023-08-01 06:59:59",
        vague=False,
        said="2023-07-26 17:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_CBP_SEATTLE_26JUL23,
        published="2023-07-26",
    ),
    # the same release: new hours 'Beginning Aug. 14' (CONVENTIONS 3.1): 14 August 2023, end of day PDT; unsure: earliest-only (CONVENTIONS 3.2)
    B(
        text="Beginning Aug. 14, Del Bonita will operate 9 a.m. to 5 p.m. daily; and Laurier will operate 8 a.m. to 8 p.m. daily.",
        due="2023-08-15 06:59:59",
        vague=False,
        said="2023-07-26 17:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_CBP_SEATTLE_26JUL23,
        published="2023-07-26",
    ),
    # the same release: 'For several years, CBP has documented' and hours cut 'prior to 2019': past
    B(
        text="For several years, CBP has documented a reduction in privately-owned vehicle and pedestrian traffic at some POEs along its northern border with some ports having permanently reduced operational hours prior to 2019.",
        due=None,
        vague=False,
        said="2023-07-26 17:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_CBP_SEATTLE_26JUL23,
        published="2023-07-26",
    ),
    # US Customs and Border Protection, news release 'Plan Ahead When Preparing to Cross Borders, Reminds CBP' (Thursday, August 28, 2008), as kept in the govdocs1 corpus copy of cbp.gov (only CBP's words are quoted; datelined El Paso, Texas, so read in America/Denver; the site navigation, headline, date line and the last line, cut off, are not quoted): 'plan ahead when trying to cross' sets no time for any act: no deadline
    B(
        text="El Paso, Texas - U.S. Customs and Border Protection officials are asking members of the traveling public to plan ahead when trying to cross the border at some area ports of entry.",
        due=None,
        vague=False,
        said="2008-08-28 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_CBP_ELPASO_28AUG08,
        published="2008-08-28",
    ),
    # the same release: ports that 'close as early as 10 p.m.', standing hours (CONVENTIONS 1.3): recurring
    B(
        text='"People who are used to crossing at anytime day or night at the El Paso port of entry have been disappointed to find that some other area ports close as early as 10 p.m." said Ana Hinojosa, U.S. Customs and Border Protection director of field operations in El Paso.',
        due=None,
        vague=False,
        said="2008-08-28 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_CBP_ELPASO_28AUG08,
        published="2008-08-28",
    ),
    # the same release: 'save time', 'plan ahead' and 'if their travels take them' set no time: no deadline
    B(
        text='"We want to help people save time and gas money by reminding them to plan ahead if their travels take them to some of the outlying area border crossings.',
        due=None,
        vague=False,
        said="2008-08-28 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_CBP_ELPASO_28AUG08,
        published="2008-08-28",
    ),
    # the same release: 'open 24 hours a day' and '(6 a.m. until midnight)', standing hours: recurring
    B(
        text="The Columbus, Presidio and El Paso ports of entry are open 24 hours a day with the only exception being the Stanton DCL crossing in El Paso (6 a.m. until midnight).",
        due=None,
        vague=False,
        said="2008-08-28 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_CBP_ELPASO_28AUG08,
        published="2008-08-28",
    ),
    # the same release: 'operational 16 hours a day, opening at 6 a.m. and closing at 10 p.m.', standing hours: recurring
    B(
        text="However the Santa Teresa, Fabens and Fort Hancock ports of entry are operational 16 hours a day, opening at 6 a.m. and closing at 10 p.m.",
        due=None,
        vague=False,
        said="2008-08-28 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_CBP_ELPASO_28AUG08,
        published="2008-08-28",
    ),
    # the same release: 'is open from 8 a.m. until 4 p.m.', the standing hours of a crossing (CONVENTIONS 1.3): recurring
    B(
        text="The remote Antelope Wells crossing in the New Mexico boot heel is open from 8 a.m. until 4 p.m.",
        due=None,
        vague=False,
        said="2008-08-28 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_CBP_ELPASO_28AUG08,
        published="2008-08-28",
    ),
    # UK Parliament, House of Lords Hansard, 'Health and Social Care Leadership Review' (Volume 822, debated on Thursday 9 June 2022; the Commons Statement repeated; read in Europe/London; the volume and date line and sentences without a time word are not quoted; the last sentence, cut off, is not quoted): a Statement 'made ... on Wednesday 8 June': past
    B(
        text="The following Statement was made in the House of Commons on Wednesday 8 June.",
        due=None,
        vague=False,
        said="2022-06-09 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LORDS_9JUN22,
        published="2022-06-09",
    ),
    # the same Statement: 'at a critical time' names no time: no deadline
    B(
        text="This is an important report that comes at a critical time.",
        due=None,
        vague=False,
        said="2022-06-09 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LORDS_9JUN22,
        published="2022-06-09",
    ),
    # the same Statement: 'for the future' sets no time for any act: no deadline
    B(
        text="This Government are embarking on a huge programme of reform to tackle the Covid backlogs, to improve people’s experience of the NHS and social care, and to place this system on a sustainable footing for the future.",
        due=None,
        vague=False,
        said="2022-06-09 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LORDS_9JUN22,
        published="2022-06-09",
    ),
    # the same Statement: 'once-in-a-generation' describes the shake-up, no time: no deadline
    B(
        text="It sets out a once-in-a-generation shake-up of management, leadership and training, as well as how we can make sure that health and care is a welcoming environment for people from all backgrounds, free from bullying, harassment and discrimination.",
        due=None,
        vague=False,
        said="2022-06-09 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LORDS_9JUN22,
        published="2022-06-09",
    ),
    # the same Statement: 'Before I turn to the recommendations', hung on the speech itself: event
    B(
        text="Before I turn to the recommendations of the review, I shall update the House on its findings.",
        due=None,
        vague=False,
        said="2022-06-09 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_LORDS_9JUN22,
        published="2022-06-09",
    ),
    # Wikinews, 'Wikinews Bulletin' issue 2007-6 (the editor's signature dated 00:14, 12 August 2007 (UTC); read at 12 August 2007 in UTC; headings, the signature and sentences without a time word are not quoted): 'This week, ... got an interview': past
    B(
        text="This week, Wikinews editor Brianmc got an interview with British politican, Tony Benn.",
        due=None,
        vague=False,
        said="2007-08-12 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_BULLETIN_12AUG07,
        published="2007-08-12",
    ),
    # the same bulletin: 'was also formerly': past
    B(
        text="Benn, 82, was also formerly the Secretary for Energy under UK PM James Callahan and Harold Wilson.",
        due=None,
        vague=False,
        said="2007-08-12 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_BULLETIN_12AUG07,
        published="2007-08-12",
    ),
    # the same bulletin: 'This week, several new articles appeared' ('Wikimania 2007' names an event): past
    B(
        text='This week, several new articles appeared on the Wikinews Reports blog: "Home video catches alleged UFOs in Haiti", "Encyclopædia Britannica reaches Wikipedia\'s main page", and two articles under the heading "Wikinews reports from Wikimania 2007".',
        due=None,
        vague=False,
        said="2007-08-12 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_BULLETIN_12AUG07,
        published="2007-08-12",
    ),
    # the same bulletin: 'the fortnightly publication': recurring
    B(
        text='The newsletter is "staffed" by several editors, who produce the fortnightly publication.',
        due=None,
        vague=False,
        said="2007-08-12 10:00:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WN_BULLETIN_12AUG07,
        published="2007-08-12",
    ),
    # the same bulletin: 'This week, you may have noticed' a change made: past
    B(
        text="This week, you may have noticed a slight change in the design.",
        due=None,
        vague=False,
        said="2007-08-12 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_BULLETIN_12AUG07,
        published="2007-08-12",
    ),
    # the same bulletin: 'This fortnight, not much happened': past
    B(
        text="This fortnight, not much happened on IRC.",
        due=None,
        vague=False,
        said="2007-08-12 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_BULLETIN_12AUG07,
        published="2007-08-12",
    ),
    # the same bulletin: 'has finally been released': past
    B(
        text="The Polish Wikipedia on DVD has finally been released and is available for purchase in shops in Poland as well as online.",
        due=None,
        vague=False,
        said="2007-08-12 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_BULLETIN_12AUG07,
        published="2007-08-12",
    ),
    # the same bulletin: 'Soon ... will be available' (CONVENTIONS 5.1): vague, 60 days from 12 August 2007: 11 October 2007, end of day UTC
    B(
        text="Soon the 8 GB image of the DVD will be available for download as well.",
        due="2007-10-11 23:59:59",
        vague=True,
        said="2007-08-12 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WN_BULLETIN_12AUG07,
        published="2007-08-12",
    ),
)
