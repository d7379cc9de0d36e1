"""A SEVENTY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), in the afternoon (the machine's clock read 16:36 at
the start and about 16:45 when the labels were written), by a labelling helper (branch
issue12l75-s40) that neither changed nor ran the parser, working at the same time as other
labellers (their claims in the shared claims file were treated as used, and their files and
README sections were not opened). It read `CONVENTIONS.md` in full (the labelling rules, which win
over any earlier set's comment; among them rule 6.3, new at this stop), the docstring, comments,
some cases and README section of `blind_fresh74.py`, and the docstring of the parser package only
(for the documented vague windows, the parts of the day: the morning ending at 12:00, "early / late"
as thirds, so "the early afternoon" at 14:00; a range falling due at its later end; a bare weekday
as its next occurrence; meteorological seasons); nothing else of `bot/core/deadlines/` was opened.
The brief allowed only public-domain or openly licensed publishers, no one above a third of the
cases, asked for at least eight publishers, several genres, at least half of the cases from
outside the United States (no more than half US), and preferred parliamentary written answers
and ministerial statements, regulators' notices and court or tribunal notices. The set quotes
Dáil Éireann written answers (four days) and an Order of Business of 1970, House of Lords written
answers (two listing pages of UK Parliament), the Government of Ireland's news service
(MerrionStreet, two pages) and a gov.ie statement on severe weather, a UK Government release, an
Ofgem notice, a Competition and Markets Authority case page, the European Commission's Daily
News, New Zealand Government and Ministry of Health media notices, Bureau of Meteorology warnings
(three), a US Department of Transportation Federal Register notice and two NASA releases. No
court or tribunal notice with an open licence was found in the time (the tribunal pages the
searches offered were guidance, not notices, or had no open licence).

As in the twenty-seventh set onwards, every sentence quoted holds a time word of some kind (a
date, a clock time, a day word, a part of the day, a period, a span, a year, "now", "currently",
"current", "already", "latest", "recent", "recently", "previously", "not yet", "no longer", "then",
"since", "during", "following", "before", "after", "when", "upon", "immediate", "early", "late",
"at first", "day by day", "the first time", amounts of time); the sentences of the openings read
that hold none were skipped ("ongoing", "continues", "still", "upcoming", "preliminary",
"Unseasonal" and "live" were not taken as time words), as were titles, headings, date, issue,
update and "Published:" lines, a site's banner, labels before colons ("DATES:", "Synoptic
Situation:"), list markers and the numbers before written questions ("Question 112:", "394.",
"526."), speakers' names and brackets, subject, contact and link lines, table cells, footnote marks
("(*)"), participants' lists and lines cut off by the end of an opening. A point of a list was
taken as its own case (a date before a point's colon, being the sentence's time, was kept); the
dateline "HOUSTON —" before a NASA first sentence was left out; hard line breaks inside a sentence
(Bureau of Meteorology, Federal Register) are read as spaces. No word was changed: "todays", "one
six", the missing space in "1 July,European" and the missing full stops of
MerrionStreet's items stay as the pages have them. The sentences were found with a search over
stored copies of public pages and taken as they came in the openings the search returns, in page
order, easy or hard. See README.md ("Seventy-fifth fresh blind set") for every address, publisher
and licence. No address listed in README.md, in a README or file under `tests/data/` (the blind
material the brief names excepted, which the freshness tool skips without showing it) or in the
shared claims file was used: each was checked with the lead's `fresh_check.py` (the address and a
distinctive phrase of the page) and claimed (`fresh75`) in `/work/helper-brief/claims.txt` before a
quote was taken; many pages the searches offered were found used and dropped (see README.md).
Every sentence was then checked with the same tool (the whole sentence and its first and last
runs of six words): two sentences of the Dáil Order of Business of 26 May 1970 ("If this Bill comes
up for discussion the House will not adjourn until the middle of August." and "I would hope to
adjourn at the end of June.") were found whole and were dropped (the page's other sentences,
distinctive ones among them, were not found, so the page was kept); runs of six words were found
only as stock wording ("To ask Her Majesty's Government whether/what", "To ask the Minister for
Education", "Comments should be received on or", "NASA's Johnson Space Center in Houston", "For the
first time in history" and the Irish ministers' titles opening MerrionStreet's items), each in a
whole sentence not found. Each label was worked out by hand from the words, the publication date
and the publisher's zone; the conversion of local instants to UTC wall time, the weekday checks
and the day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 2.4"), then `blind_fresh74.py` where the rules are silent: the publisher's zone
(Dáil Éireann, MerrionStreet and gov.ie: Europe/Dublin, which kept Irish Standard Time, UTC+1, all
year in 1970; UK Parliament, the UK Government, Ofgem and the CMA: Europe/London; the European
Commission: Europe/Brussels; the New Zealand Government and Ministry of Health: Pacific/Auckland;
the Bureau of Meteorology's Queensland warnings: Australia/Brisbane; the Department of
Transportation and NASA Headquarters: America/New_York; NASA's Johnson Space Center:
America/Chicago), and a day or a clock time of an event elsewhere without a zone word read in the
publisher's zone too (marked "unsure" where the event's own zone gives another instant: San Diego,
"local time" of each NASA center); the publication date at 10:00 local, except where the page
gives its own moment (the Bureau of Meteorology's "Issued at ..." lines, Voxy's posting time of the
Ministry of Health's advisory); a question in written answers is read as said on the day it was
asked and its answer on the day answered, where the page gives both; a day falls due at 23:59:59
local, a month, quarter, season or year at its last day's end, "this morning" at 12:00 and "the
early afternoon" at 14:00, the vague words at their documented windows (CONVENTIONS 5.1); a range,
a list, stages in turn or alternatives at their later end (CONVENTIONS 6.1, 6.2). NEW at this
stop, CONVENTIONS 6.3: a clock time with no day of its own in its sentence is read from the
sentence and its moment alone, the first such time after the reference, in the zone the sentence
names or else the publisher's; where the page dates that time (a heading, the address, the
sentence before), its instant is written in the comment as "page: ..." (eight labels; in five the
page's instant is the same, in three, two NASA briefings dated by the sentence before and the
asteroid briefing dated the day after the reference, it is another day), and such a label is not
marked "unsure" for that reason alone. `blind_fresh74.py` labelled such times `event`: that was not
copied. "today" on an act as it is being spoken falls due at the end of that day (CONVENTIONS 2.1);
the perfect or the simple past with "today" is past (CONVENTIONS 2.4); standing practices are
`refusal='recurring'` (CONVENTIONS 1.3); a time hung on an undated event, or a deadline only a table
or another sentence gives as a date ("the deadline set out above"), is `refusal='event'`; refusals
have `due=None` and a `refusal` kind (past | event | negated | earliest | recurring); a sentence
whose time words set no time for any act ("now", "currently", "current", "already", "latest", "no
longer", "not yet", "then", amounts of time, a year or a period naming a thing, possibilities,
questions asking for a time, advice or instructions to the reader) has `due=None` and no refusal
word. Clusters as in `blind_fresh74.py`: 1 no time set, 2 clock times, 3 ranges and several dates,
4 parts of the day and periods, 5 refusals, 6 plain days and dates. Labels marked "unsure" name the
other reading; like every label here they stay as committed, whatever the first run shows. First
run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.

Licence audit of stop 48 (branch lic48-s48): 4 of these 112 cases, quoted from Department of the Prime
Minister and Cabinet pages (dpmc.govt.nz, Unite against COVID-19 notices), were removed: no copyright or
licence statement of DPMC's sites was found (licence unclear). 108 cases remain; see README.md, "Licence
audit of stop 48".

Licence audit of stop 49 (branch lic49-s49): 6 cases, quoted from a Ministry of Health media
advisory carried by Voxy, were removed: no copyright or licence statement of health.govt.nz was found
in the store (licence unclear; a carried release keeps its publisher's terms). 102 cases remain;
see README.md, "Licence audit of stop 49".

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 22 case(s) removed, Irish Government material without an open statement of its publisher (MerrionStreet, gov.ie pages of the Department of the Taoiseach and others, taoiseach.gov.ie, the Department of Housing); 80 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DAIL_WA_1JUN05 = "https://www.kildarestreet.com/wrans/?id=2005-06-01.1049.0"
_OFGEM_BPC_MAY17 = "https://www.ofgem.gov.uk/publications-and-updates/notices-modify-network-licences-curtail-recovery-bid-preparation-costs-1-april-2018"
_EC_DAILY_1JUL16 = "http://europa.eu/rapid/press-release_MEX-16-2379_en.htm"
_UKP_WQ_JUN18 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-questions-answers/?max=20&page=2"
_UKP_WQ_OCT17 = "http://www.parliament.uk/business/publications/written-questions-answers-statements/written-questions-answers/?max=50&page=2"
_CMA_CASE_20SEP19 = "https://www.parliamenttoday.com/free/viewnews.html?id=111973"
_DOT_FR_8JUN17 = "https://thefederalregister.org/82-FR/26734"
_MERRION_7FEB23 = (
    "https://merrionstreet.ie/merrionstreet/en/news-room/releases/?=pageNumber%3D42&pageNumber=77"
)
_MERRION_2MAR23 = "https://merrionstreet.ie/en/news-room/releases/?=crowdfire%2Ccrowdfire%2Csocial%2CpinterestpageNumber%3D5&pageNumber=65"
_GOVUK_DA_29APR21 = (
    "http://government-world.com/uk/politics-2/hm-government/page/2168/?print=print-search"
)
_NASA_ASTEROID_10SEP13 = "https://www.infolotnicze.pl/2013/09/10/nasa-discusses-asteroid-initiative-progress-at-aiaas-space-2013/"
_NASA_EXP33_JUL12 = (
    "https://spacenews.com/nasa-holds-briefings-to-preview-space-station-expeditions-2"
)
_BOM_FLOODWATCH_14JUL16 = (
    "https://whitsundaysonline.blogspot.com/2016/07/qld-flood-watch-fitzroy-barcoo-warrego.html"
)
_BOM_SWW_26JAN13 = "https://goodnaflood.blogspot.com/2013/01/latest-bom-warning-for-seq.html"
_BOM_SWW_23JAN15 = "http://www.topicsexpress.com/SEVERE-WEATHER-WARNING-for-HEAVY-RAINFALL-and-ABNORMALLY-HIGH-topic-10153063550573928"
_DAIL_OB_26MAY70 = "https://www.oireachtas.ie/en/debates/debate/dail/1970-05-26/38/?highlight%5B1%5D=bank&highlight%5B2%5D=bill"
_DAIL_WA_3DEC02 = "https://debatesarchive.oireachtas.ie/debates%20authoring/debateswebpack.nsf/takes/dail2002120300065?opendocument"
_DAIL_WA_1JUL25 = "https://www.kildarestreet.com/wrans/?id=2025-07-01a.1074"
_DAIL_WA_1DEC15 = "https://www.kildarestreet.com/wrans/?id=2015-12-01a.1353"
_GOVIE_NECG_9MAR18 = "http://www.gov.ie/en/national-emergency-co-ordination-group/"

FRESH75_CASES: tuple[BlindCase, ...] = (
    # Dáil Éireann, Written Answers, Wednesday 1 June 2005, a question to the Taoiseach and his answer (Houses of the Oireachtas, as carried by KildareStreet.com; the date, department and subject headings, the sitting-time line '8:00 pm', the Members' names, the link lines and 'Question 112:' before the question are not quoted; the sentences without a time word are skipped; zone Europe/Dublin, IST; said at 10:00 local by convention): a question: 'the length of time ... since' and 'the date on which' ask, they set no time for any act: no deadline
    B(
        text="To ask the Taoiseach the number of reports awaiting publication in his Department; the name of each such report; the length of time which has elapsed since each report was commissioned; the cost or projected cost of each report; and the date on which each report will be published; and if he will make a statement on the matter. [18552/05]",
        due=None,
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_WA_1JUN05,
        published="2005-06-01",
    ),
    # the same page: 'shortly' as the speaker's undertaking takes the documented window, 60 days (CONVENTIONS 5.1): from 1 June 2005, 31 July 2005 at 23:59:59 IST; '2004' names the report (UTC 2005-07-31 22:59:59)
    B(
        text="The 2004 annual report for my Department is being finalised and will be published shortly.",
        due="2005-07-31 22:59:59",
        vague=True,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL_WA_1JUN05,
        published="2005-06-01",
    ),
    # the same page: 'not yet' and a year naming a report set no time for any act: no deadline
    B(
        text="The cost of the report is not yet available but the cost of the 2003 annual report was €26,981.97.",
        due=None,
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_WA_1JUN05,
        published="2005-06-01",
    ),
    # the same page: a commitment told of a paper of 2004 ('was'): past
    B(
        text="One of the commitments in the Government White Paper on Better Regulation, published in 2004, was to produce guidelines on consultation for the public sector.",
        due=None,
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_WA_1JUN05,
        published="2005-06-01",
    ),
    # the same page: the only time is a start gone ('commenced in December 2004'); 'nearing completion' sets none: past
    B(
        text="Work on these guidelines, Reaching out — Guidelines on Consultation for Public Sector Bodies, commenced in December 2004 and is nearing completion.",
        due=None,
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_WA_1JUN05,
        published="2005-06-01",
    ),
    # the same page: 'in July this year' falls due at the month's end: 31 July 2005 at 23:59:59 IST (UTC 2005-07-31 22:59:59)
    B(
        text="It is expected that the guidelines will be published in July this year.",
        due="2005-07-31 22:59:59",
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL_WA_1JUN05,
        published="2005-06-01",
    ),
    # the same page: 'in July' (the next July): 31 July 2005 at 23:59:59 IST (UTC 2005-07-31 22:59:59)
    B(
        text="The report is expected to be published in July.",
        due="2005-07-31 22:59:59",
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL_WA_1JUN05,
        published="2005-06-01",
    ),
    # the same page: 'in the coming weeks' is the documented vague window of 4 weeks: 29 June 2005 at 23:59:59 IST; '1974' names the bombings (UTC 2005-06-29 22:59:59)
    B(
        text="It is intended that a report would be published in the coming weeks on the murder of Mr. Seamus Ludlow arising from the Commission of Inquiry into the Dublin and Monaghan Bombings of 1974 and other incidents.",
        due="2005-06-29 22:59:59",
        vague=True,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL_WA_1JUN05,
        published="2005-06-01",
    ),
    # the same page: a start gone ('commenced ... in January 2000'): past
    B(
        text="The commission commenced its work in January 2000 and Judge Barron's report on the Ludlow case is the third report made in a series of four.",
        due=None,
        vague=False,
        said="2005-06-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_WA_1JUN05,
        published="2005-06-01",
    ),
    # Ofgem, 'Notices to modify the network licences to curtail the recovery of Bid Preparation Costs from 1 April 2018' (its publication date is blank in the stored copy; dated 31 May 2017 as understood, before the 28 June 2017 closing date it gives, which moves no label; the title, the status list and the contact lines are not quoted; zone Europe/London, BST): the years name Acts; no time is set for any act (the issuing is told as done, undated): no deadline; unsure: past (the perfect 'have issued')
    B(
        text="We have issued Notices under section 11A(2) of the Electricity Act 1989 and under section 23(2) of the Gas Act 1986 to the relevant licence holders.",
        due=None,
        vague=False,
        said="2017-05-31 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFGEM_BPC_MAY17,
        published="2017-05-31",
    ),
    # the same page: the change takes effect at a stated time (CONVENTIONS 3.1, 'with effect from'): 1 April 2018 at 23:59:59 BST; unsure: earliest 2 April 2018 (a state that only begins then, CONVENTIONS 3.2) (UTC 2018-04-01 22:59:59)
    B(
        text="The notice proposes amending the licence condition to implement our Network Innovation Review policy decision that the network licensees should not be able to recover Bid Preparation Costs after 1 April 2018.",
        due="2018-04-01 22:59:59",
        vague=False,
        said="2017-05-31 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OFGEM_BPC_MAY17,
        published="2017-05-31",
    ),
    # the same page: 'on, or before, 28 June 2017' falls due at the day's end (CONVENTIONS 3.5): 23:59:59 BST (UTC 2017-06-28 22:59:59)
    B(
        text="Representations on the proposed modifications must be made on, or before, 28 June 2017 to network.innovation@ofgem.gov.uk.",
        due="2017-06-28 22:59:59",
        vague=False,
        said="2017-05-31 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OFGEM_BPC_MAY17,
        published="2017-05-31",
    ),
    # European Commission, Daily News of 1 July 2016, Brussels (its own date line; the update stamp '[Updated: 01/07/2016 at 14:23]', the headings, the contact brackets and a sentence cut off by the end of the opening are not quoted; zone Europe/Brussels, CEST; said at 10:00 local by convention): the simple past with 'Today' tells an act done ('offered', as CONVENTIONS 2.4 for the perfect): past
    B(
        text="Today, Friday 1 July,European Commission President, Jean-Claude Juncker, offered the Slovak Government the full support of his Commission as the country launches its first-ever Presidency of the Council of the European Union.",
        due=None,
        vague=False,
        said="2016-07-01 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_DAILY_1JUL16,
        published="2016-07-01",
    ),
    # the same page: remarks made 'following the meeting', told in the past: past
    B(
        text='In his remarks following the meeting in Bratislava between the College of Commissioners and the Slovak Government, President Juncker said the programme of the Slovak Presidency was "in perfect harmony with the European Commission\'s programme".',
        due=None,
        vague=False,
        said="2016-07-01 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_DAILY_1JUL16,
        published="2016-07-01",
    ),
    # the same page: 'already' and 'prolong' set no time for any act: no deadline
    B(
        text='He highlighted that one of the most important challenges facing the European economy was the "lack of investment", which is why the EU needed to "prolong the Investment Plan for Europe which is turning into a real success story with €107 billion of new investment already."',
        due=None,
        vague=False,
        said="2016-07-01 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_DAILY_1JUL16,
        published="2016-07-01",
    ),
    # the same page: 'now' places a state: no deadline
    B(
        text="The Slovak Presidency website is now online: The press conference is available to watch on EbS.",
        due=None,
        vague=False,
        said="2016-07-01 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_DAILY_1JUL16,
        published="2016-07-01",
    ),
    # the same page: a one-off event said to happen today, in the present (CONVENTIONS 2.1, 3.1): the end of 1 July 2016, 23:59:59 CEST (UTC 2016-07-01 21:59:59)
    B(
        text="Today, Friday 1 July, the Association Agreement between the European Union and Georgia (full press release here), and the Association Agreement between the European Union and the Republic of Moldova (full press release here) enter fully into force.",
        due="2016-07-01 21:59:59",
        vague=False,
        said="2016-07-01 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC_DAILY_1JUL16,
        published="2016-07-01",
    ),
    # UK Parliament, written questions and answers (a listing page; the first item is a House of Lords question asked on 12 June 2018 and answered by Lord Callanan on 22 June 2018, its own 'Asked on' and 'Answered on' lines; the question is read as said on the day asked and the answer on the day answered; the banner, the headings and the sentences without a time word are not quoted; zone Europe/London, BST): the only time hangs on an undated event ('upon departure from the EU'): event; unsure: no deadline (a question, no act undertaken)
    B(
        text="To ask Her Majesty's Government whether they anticipate that any dispute regarding the UK's payment of its share of EU liabilities upon departure from the EU will be adjudicated upon by the European Court of Justice.",
        due=None,
        vague=False,
        said="2018-06-12 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_UKP_WQ_JUN18,
        published="2018-06-12",
    ),
    # the same page: the answer, 22 June 2018: a commitment to keep something going to a date (CONVENTIONS 3.3), 'up to 2020': the end of 2020, 23:59:59 GMT ('accrued by the end of that period' says which liabilities) (UTC 2020-12-31 23:59:59)
    B(
        text="As part of this agreement, the UK will continue to participate in the current budget plan up to 2020, and pay its fair share of liabilities, principally EU pensions, accrued by the end of that period.",
        due="2020-12-31 23:59:59",
        vague=False,
        said="2018-06-22 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_UKP_WQ_JUN18,
        published="2018-06-22",
    ),
    # the same page: the years name budget plans; no time is set for the act ('will apply'): no deadline
    B(
        text="For specific areas of the financial settlement, existing enforcement mechanisms will apply, namely to our participation in programmes funded by the 2014-20 EU budget plan and to our contributions to the 2019-2020 budgets which are subject to the applicable EU rules.",
        due=None,
        vague=False,
        said="2018-06-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_UKP_WQ_JUN18,
        published="2018-06-22",
    ),
    # UK Parliament, written questions and answers (a listing page; the first item is a House of Lords question asked by Lord Laird on 9 October 2017 and answered on 23 October 2017, its own lines; read as said on those days; the answer's sentences without a time word and the one cut off by the end of the opening are not quoted; zone Europe/London, BST): the dates are of events gone ('since the publication ... on 8 April 2014'): past
    B(
        text="To ask Her Majesty's Government what steps they have taken, or propose to take, since the publication of the Annual Report from the Interception of Communications Commissioner on 8 April 2014 and the findings of fact by Judge Gerard Hogan of the Irish High Court on 18 June 2014, in relation to the surveillance of European citizens' data through the US Prism programme.",
        due=None,
        vague=False,
        said="2017-10-09 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKP_WQ_OCT17,
        published="2017-10-09",
    ),
    # the same page: the answer, 23 October 2017: a report of a year gone, told in the past: past
    B(
        text="The Interception of Communications Commissioner said in his report covering 2013 that:",
        due=None,
        vague=False,
        said="2017-10-23 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_UKP_WQ_OCT17,
        published="2017-10-23",
    ),
    # Competition and Markets Authority, a merger inquiry case page with entries of 19 and 20 September 2019 (the later entry's date taken as the page's; as carried by Parliament Today; the table's cells, the headings and the footnote mark '(*)' are not quoted; zone Europe/London, BST; said at 10:00 local by convention): the deadline is a date only the table gives ('This date'): event; unsure: no deadline (the table gives 21 November 2019 as the deadline for the phase 1 decision)
    B(
        text="This date is the current statutory deadline by when the decision will be announced.",
        due=None,
        vague=False,
        said="2019-09-20 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_CMA_CASE_20SEP19,
        published="2019-09-20",
    ),
    # the same page: a vague word hung on an undated event ('If any change occurs', CONVENTIONS 5.2): event; unsure: recurring (a standing practice)
    B(
        text="If any change occurs, the information is refreshed as soon as practicable.",
        due=None,
        vague=False,
        said="2019-09-20 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_CMA_CASE_20SEP19,
        published="2019-09-20",
    ),
    # the same page: a time that is not undertaken ('cannot guarantee ... on or before this current deadline', CONVENTIONS 4.1): negated
    B(
        text="However, the CMA cannot guarantee that the decision will be announced on or before this current deadline, as the deadline of a given case may change during the merger assessment process due to different reasons.",
        due=None,
        vague=False,
        said="2019-09-20 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_CMA_CASE_20SEP19,
        published="2019-09-20",
    ),
    # the same page: the date of an entry of the page (its own day) before an ongoing act ('is considering'), '2002' names an Act: no deadline; unsure: due at the end of 20 September 2019
    B(
        text="20 September 2019: The Competition and Markets Authority (CMA) is considering whether it is or may be the case that this transaction, if carried into effect, will result in the creation of a relevant merger situation under the merger provisions of the Enterprise Act 2002 and, if so, whether the creation of that situation may be expected to result in a substantial lessening of competition within any market or markets in the United Kingdom for goods or services.",
        due=None,
        vague=False,
        said="2019-09-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CMA_CASE_20SEP19,
        published="2019-09-20",
    ),
    # the same page: a deadline only the table above gives: event; unsure: due 4 October 2019 at 23:59:59 BST (the page's invitation to comment runs 20 September to 4 October 2019)
    B(
        text="These comments should be provided by the deadline set out above.",
        due=None,
        vague=False,
        said="2019-09-20 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_CMA_CASE_20SEP19,
        published="2019-09-20",
    ),
    # the same page: an act done the day before (the perfect, CONVENTIONS 2.4): past
    B(
        text="19 September 2019: The CMA has launched its phase 1 investigation following the European Commission's decision to refer the case to the United Kingdom under Article 4(4) of the EC Merger Regulation.",
        due=None,
        vague=False,
        said="2019-09-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CMA_CASE_20SEP19,
        published="2019-09-20",
    ),
    # US Department of Transportation, Federal Register notice 'Transportation Infrastructure: Notice of Review of Policy, Guidance, and Regulation', 82 FR 26734, 8 June 2017 (its own date line; as carried by thefederalregister.org; the headers, the labels before colons ('DATES:'), the summary (given twice, without a time word) and the line cut off by the end of the opening are not quoted; the hard line break in 'Late-filed' is joined; zone America/New_York, EDT; said at 10:00 local by convention): 'on or before July 24, 2017' falls due at the day's end (CONVENTIONS 3.5): 23:59:59 EDT (UTC 2017-07-25 03:59:59)
    B(
        text="Comments should be received on or before July 24, 2017.",
        due="2017-07-25 03:59:59",
        vague=False,
        said="2017-06-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_DOT_FR_8JUN17,
        published="2017-06-08",
    ),
    # the same page: 'Late-filed' sets no time for any act: no deadline
    B(
        text="Late-filed comments will be considered to the extent practicable.",
        due=None,
        vague=False,
        said="2017-06-08 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DOT_FR_8JUN17,
        published="2017-06-08",
    ),
    # UK Government (GOV.UK), 'Landmark Domestic Abuse Bill receives Royal Assent', 29 April 2021 (its own first sentence; Home Office and Ministry of Justice, as understood), as carried by a mirror's page (the other release's title, the cookie banner, the sentence without a time word and the one cut off by the end of the opening are not quoted; zone Europe/London, BST; said at 10:00 local by convention): the perfect with 'Today' (CONVENTIONS 2.4): past
    B(
        text="Today (29 April), the Domestic Abuse Bill has passed both Houses of Parliament and been signed into law.",
        due=None,
        vague=False,
        said="2021-04-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVUK_DA_29APR21,
        published="2021-04-29",
    ),
    # the same page: 'For the first time in history' sets no time for the definition: no deadline
    B(
        text="For the first time in history there will be a wide-ranging legal definition of domestic abuse which incorporates a range of abuses beyond physical violence, including emotional, coercive or controlling behaviour, and economic abuse.",
        due=None,
        vague=False,
        said="2021-04-29 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_DA_29APR21,
        published="2021-04-29",
    ),
    # the same page: 'no longer' sets no time: no deadline
    B(
        text="The measures include important new protections and support for victims ensuring that abusers will no longer be allowed to directly cross-examine their victims in the family and civil courts, and giving victims better access to special measures in the courtroom to help prevent intimidation – such as protective screens and giving evidence via video link.",
        due=None,
        vague=False,
        said="2021-04-29 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_DA_29APR21,
        published="2021-04-29",
    ),
    # the same page: 'immediate' describes the protection the notices give, no undertaking of the speaker with a time: no deadline
    B(
        text="Police will also be given new powers including Domestic Abuse Protection Notices providing victims with immediate protection from abusers, while courts will be able to hand out new Domestic Abuse Protection Orders to help prevent offending by forcing perpetrators to take steps to change their behaviour, including seeking mental health support or drug and alcohol rehabilitation.",
        due=None,
        vague=False,
        said="2021-04-29 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_DA_29APR21,
        published="2021-04-29",
    ),
    # NASA, release on a briefing on the asteroid initiative at AIAA Space 2013, 10 September 2013 (the carrier's date; as carried by infolotnicze.pl, 'Source / Author: NASA'; the participants' list, the link line and the sentences without a time word are not quoted; zone America/New_York, EDT, for NASA Headquarters; said at 10:00 local by convention): a day falls due at its end in the publisher's zone: 11 September 2013 at 23:59:59 EDT; unsure: the end of that day in San Diego, where the briefing is held (06:59:59 UTC on 12 September) (UTC 2013-09-12 03:59:59)
    B(
        text="Several NASA officials will update media Wednesday, Sept. 11, about the agency's progress on a proposed mission to find, capture, redirect and visit a near-Earth asteroid.",
        due="2013-09-12 03:59:59",
        vague=False,
        said="2013-09-10 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA_ASTEROID_10SEP13,
        published="2013-09-10",
    ),
    # the same page: a clock time with no day in its sentence (CONVENTIONS 6.3), in the zone it names: the first 3 p.m. PDT after the reference (07:00 PDT on 10 September), 10 September 2013 at 15:00 PDT (18:00 EDT) (UTC 2013-09-10 22:00:00); page: 11 September 2013 15:00 PDT (the day the sentence before gives)
    B(
        text="The briefing will take place at 3 p.m. PDT (6 p.m. EDT) at the American Institute of Aeronautics and Astronautics' Space 2013 Conference and Exposition at the San Diego Convention Center in California.",
        due="2013-09-10 22:00:00",
        vague=False,
        said="2013-09-10 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA_ASTEROID_10SEP13,
        published="2013-09-10",
    ),
    # the same page: '2013' names the conference; a permission: no deadline
    B(
        text="Journalists attending Space 2013 may attend the briefing in person.",
        due=None,
        vague=False,
        said="2013-09-10 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA_ASTEROID_10SEP13,
        published="2013-09-10",
    ),
    # NASA, 'NASA Holds Briefings To Preview Space Station Expeditions' (Expeditions 33 and 34), July 2012 (undated in the stored copy; dated 18 July 2012 as understood, by the sibling advisory of 5 September 2012 for a briefing eight days later, which moves only the two clock times read under CONVENTIONS 6.3); as carried by SpaceNews; the dateline 'HOUSTON —', the participants' list, the sentences without a time word and the line cut off by the end of the opening are not quoted; zone America/Chicago, CDT, for the Johnson Space Center; said at 10:00 local by convention): the briefings' day falls due at its end: 26 July 2012 at 23:59:59 CDT ('upcoming' sets no time) (UTC 2012-07-27 04:59:59)
    B(
        text="NASA's Johnson Space Center in Houston will hold two briefings Thursday, July 26, to preview the upcoming Expedition 33 and 34 missions aboard the International Space Station.",
        due="2012-07-27 04:59:59",
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_NASA_EXP33_JUL12,
        published="2012-07-18",
    ),
    # the same page: a clock time with no day in its sentence (CONVENTIONS 6.3): the first 11 a.m. CDT after the reference (18 July 2012, 10:00 CDT by convention), 18 July at 11:00 CDT (UTC 2012-07-18 16:00:00); page: 26 July 2012 11:00 CDT
    B(
        text="At 11 a.m. CDT, the International Space Station Program and Science Overview briefing will cover mission priorities and objectives, which include hundreds of research experiments, a Russian spacewalk, international and commercial cargo deliveries to the complex and a commercial cargo demonstration flight.",
        due="2012-07-18 16:00:00",
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_NASA_EXP33_JUL12,
        published="2012-07-18",
    ),
    # the same page: CONVENTIONS 6.3: the first 1 p.m. (in the publisher's zone) after the reference, 18 July 2012 at 13:00 CDT (UTC 2012-07-18 18:00:00); page: 26 July 2012 13:00 CDT
    B(
        text="At 1 p.m., Expedition 33/34 crew members Kevin Ford of NASA and Evgeny Tarelkin and Oleg Novitskiy of the Russian Federal Space Agency will discuss their mission.",
        due="2012-07-18 18:00:00",
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_NASA_EXP33_JUL12,
        published="2012-07-18",
    ),
    # the same page: two stages given in turn fall due at the later (CONVENTIONS 6.2): March 2013, its end, 31 March 2013 at 23:59:59 CDT (UTC 2013-04-01 04:59:59)
    B(
        text="They are set to launch to the space station aboard the Soyuz TMA-06M spacecraft Oct. 15 and return to Earth in March 2013.",
        due="2013-04-01 04:59:59",
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        cluster=3,
        source=_NASA_EXP33_JUL12,
        published="2012-07-18",
    ),
    # the same page: hung on an undated event ('When they arrive'): event
    B(
        text="When they arrive at the station, they will join NASA astronaut Sunita Williams, Japan Aerospace Exploration Agency astronaut Akihiko Hoshide and Russian cosmonaut Yuri Malenchenko.",
        due=None,
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_NASA_EXP33_JUL12,
        published="2012-07-18",
    ),
    # the same page: hung on an event the sentence does not date ('Following the news conference'): event
    B(
        text="Following the news conference, interview opportunities with the crew members are available in person, by phone or through Internet videoconferencing.",
        due=None,
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_NASA_EXP33_JUL12,
        published="2012-07-18",
    ),
    # the same page: a clock time on a dated day: 20 July 2012 at 17:00 CDT (UTC 2012-07-20 22:00:00)
    B(
        text="To reserve an interview opportunity, news media representatives must contact the Johnson newsroom at 281-483-5111 by 5 p.m., Friday, July 20.",
        due="2012-07-20 22:00:00",
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_NASA_EXP33_JUL12,
        published="2012-07-18",
    ),
    # the same page: read in the publisher's zone: 25 July 2012 at 17:00 CDT; unsure: 'local time' of each center (17:00 EDT at an eastern center, 21:00 UTC; 17:00 PDT at a western one, 00:00 UTC on 26 July) (UTC 2012-07-25 22:00:00)
    B(
        text="To participate in the news conferences from a NASA center, U.S. journalists must call that center's public affairs office by 5 p.m. local time on Wednesday, July 25.",
        due="2012-07-25 22:00:00",
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_NASA_EXP33_JUL12,
        published="2012-07-18",
    ),
    # the same page: an amount of time before an event the sentence does not date (CONVENTIONS 1.3): event
    B(
        text="To participate in the briefings by phone, media representatives must call the Johnson newsroom 15 minutes before each briefing.",
        due=None,
        vague=False,
        said="2012-07-18 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_NASA_EXP33_JUL12,
        published="2012-07-18",
    ),
    # Bureau of Meteorology, Initial Flood Watch for the Fitzroy, Barcoo, Warrego, Maranoa and southern Burdekin catchments, issued at 3:02 pm EST on Thursday 14 July 2016 (its own issue line, taken as the moment; as carried by a blog; the heading, the issue lines, the labels before colons, the contact and link lines and the sentences without a time word are not quoted; zone Australia/Brisbane, AEST): two days of a forecast fall due at the later: Saturday 16 July 2016 at 23:59:59 AEST ('Unseasonal' is no time word) (UTC 2016-07-16 13:59:59)
    B(
        text="Unseasonal moderate to heavy rainfall is expected over the Central and Capricornia Coasts extending into the central interior Friday and Saturday.",
        due="2016-07-16 13:59:59",
        vague=False,
        said="2016-07-14 05:02:00",
        tz="Australia/Brisbane",
        cluster=3,
        source=_BOM_FLOODWATCH_14JUL16,
        published="2016-07-14",
    ),
    # the same page: 'current' sets no time: no deadline
    B(
        text="See www.bom.gov.au/qld/warnings to view the current warnings for Queensland.",
        due=None,
        vague=False,
        said="2016-07-14 05:02:00",
        tz="Australia/Brisbane",
        cluster=1,
        source=_BOM_FLOODWATCH_14JUL16,
        published="2016-07-14",
    ),
    # the same page: advice to the reader ('latest', 'should flooding develop'): no deadline
    B(
        text="This Flood Watch means that people living or working along rivers and creeks should monitor the latest weather forecasts and warnings and be ready to move to higher ground should flooding develop.",
        due=None,
        vague=False,
        said="2016-07-14 05:02:00",
        tz="Australia/Brisbane",
        cluster=1,
        source=_BOM_FLOODWATCH_14JUL16,
        published="2016-07-14",
    ),
    # Bureau of Meteorology, Severe Weather Warning for destructive winds, heavy rainfall, abnormally high tides and dangerous surf (Queensland), issued at 11:32 am Saturday 26 January 2013 (its own issue line, taken as the moment; as carried by a blog; the headings, 'Synoptic Situation:' and the sentences without a time word are not quoted; hard line breaks inside sentences are read as spaces; zone Australia/Brisbane, AEST): an observation at a time gone ('At 10am EST ... was'): past
    B(
        text="At 10am EST, Ex Tropical Cyclone Oswald was slow moving over the Central Highlands and Coalfields district, about 75km northeast of Emerald and 290km west northwest of Gladstone [note corrected position].",
        due=None,
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        refusal="past",
        cluster=5,
        source=_BOM_SWW_26JAN13,
        published="2013-01-26",
    ),
    # the same page: stages in turn fall due at the later (CONVENTIONS 6.2): Sunday 27 January 2013 at 23:59:59 AEST (UTC 2013-01-27 13:59:59)
    B(
        text="Ex Tropical Cyclone Oswald is expected to remain slow moving for much of today before shifting south southeast on Sunday.",
        due="2013-01-27 13:59:59",
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        cluster=3,
        source=_BOM_SWW_26JAN13,
        published="2013-01-26",
    ),
    # the same page: 'during Sunday' and 'Sunday afternoon or evening' fall due at the later, the evening's end (CONVENTIONS 6.2): 27 January 2013 at 23:59:59 AEST (UTC 2013-01-27 13:59:59)
    B(
        text="These conditions are expected to contract southwards into the Southeast Coast district and also extend west to the Great Dividing Range during Sunday, with destructive wind gusts in excess of 125 km/h possibly developing Sunday afternoon or evening.",
        due="2013-01-27 13:59:59",
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        cluster=4,
        source=_BOM_SWW_26JAN13,
        published="2013-01-26",
    ),
    # the same page: 'during Sunday' falls due at its end: 27 January 2013 at 23:59:59 AEST ('Six hour' is an amount) (UTC 2013-01-27 13:59:59)
    B(
        text="Six hour rainfall accumulations in excess of 100mm are likely, particularly during Sunday.",
        due="2013-01-27 13:59:59",
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        cluster=6,
        source=_BOM_SWW_26JAN13,
        published="2013-01-26",
    ),
    # the same page: '24 hour' is an amount, no time set: no deadline
    B(
        text="24 hour rainfall accumulations in excess of 250mm are likely.",
        due=None,
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        cluster=1,
        source=_BOM_SWW_26JAN13,
        published="2013-01-26",
    ),
    # the same page: 'Currently' places a state: no deadline
    B(
        text="Currently, the heaviest rain is located on radar over the southern Capricornia district and through northern stretches of the Wide Bay and Burnett district.",
        due=None,
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        cluster=1,
        source=_BOM_SWW_26JAN13,
        published="2013-01-26",
    ),
    # the same page: falls recorded to a time gone (9am that Saturday, before the warning's 11:32 issue): past
    B(
        text="Areas near Gladstone and south to Bundaberg have recorded 200 to 500mm in the 24 hours to 9am Saturday.",
        due=None,
        vague=False,
        said="2013-01-26 01:32:00",
        tz="Australia/Brisbane",
        refusal="past",
        cluster=5,
        source=_BOM_SWW_26JAN13,
        published="2013-01-26",
    ),
    # Bureau of Meteorology, Severe Weather Warning for heavy rainfall and abnormally high tides (Southeast Coast, Queensland), issued at 9:08 am Friday 23 January 2015 (its own issue line, taken as the moment; as carried by TopicsExpress; the heading, 'Synoptic Situation:', the list of places, the advice without a time word and the contact line are not quoted; zone Australia/Brisbane, AEST): 'for the next few hours' is an amount with no documented window: no deadline; unsure: a window from the issue falling due at its end (a few hours after 09:08 AEST)
    B(
        text="Heavy rain, which may lead to flash flooding, is expected to continue for the next few hours.",
        due=None,
        vague=False,
        said="2015-01-22 23:08:00",
        tz="Australia/Brisbane",
        cluster=1,
        source=_BOM_SWW_23JAN15,
        published="2015-01-23",
    ),
    # the same page: 'Currently', 'recent', 'hourly' set no time: no deadline
    B(
        text="Currently, the heaviest rain is located on radar over southern suburbs of Brisbane, with recent hourly falls peaking around 40mm.",
        due=None,
        vague=False,
        said="2015-01-22 23:08:00",
        tz="Australia/Brisbane",
        cluster=1,
        source=_BOM_SWW_23JAN15,
        published="2015-01-23",
    ),
    # the same page: today's high tide 'around midday': 23 January 2015 at 12:00 AEST; unsure: no deadline (a possibility, 'may', CONVENTIONS 4.2); 'todays' as the page has it (UTC 2015-01-23 02:00:00)
    B(
        text="The heavy rain may combine with todays high tide around midday to cause some inundation of vulnerable coastal areas.",
        due="2015-01-23 02:00:00",
        vague=False,
        said="2015-01-22 23:08:00",
        tz="Australia/Brisbane",
        cluster=4,
        source=_BOM_SWW_23JAN15,
        published="2015-01-23",
    ),
    # Dáil Éireann, Order of Business, Tuesday 26 May 1970 (Houses of the Oireachtas, dated by its address; the speakers' brackets, the sentences without a time word and the last one, cut off by the end of the opening, are not quoted; two sentences found whole in the data by the freshness tool were dropped; zone Europe/Dublin, Irish Standard Time, UTC+1 all year in 1970; said at 10:00 local by convention): hung on an undated event ('before the adjournment'): event
    B(
        text="Has the Taoiseach any further information with regard to the business to be done before the adjournment?",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL_OB_26MAY70,
        published="1970-05-26",
    ),
    # the same page: hung on an undated event ('before the Recess'): event
    B(
        text="The Finance Bill, the Decimal Currency Bill, the Social Welfare Bill giving effect to budgetary increases, the Sea Fisheries Bill, the Horse Industry Bill, the Tourist Traffic Bill, the Housing Bill, the Higher Education Bill, the Administration of Justice Bill dealing with the difficulty about bail, and there will also be some Estimates which it would be desirable, I think, to take before the Recess.",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL_OB_26MAY70,
        published="1970-05-26",
    ),
    # the same page: days of next week fall due at the last, Thursday 4 June 1970 at 23:59:59 (Irish Standard Time, UTC+1, all that year); unsure: no deadline (a question, nothing undertaken) (UTC 1970-06-04 22:59:59)
    B(
        text="Will we sit next week on Tuesday, Wednesday and Thursday?",
        due="1970-06-04 22:59:59",
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_DAIL_OB_26MAY70,
        published="1970-05-26",
    ),
    # the same page: read from the sentence and its moment, bare weekdays are their next occurrences (said on Tuesday 26 May 1970): the later, Thursday 28 May 1970 at 23:59:59 IST; unsure: Thursday 4 June 1970 (the answer is to 'next week'), or no deadline (UTC 1970-05-28 22:59:59)
    B(
        text="Wednesday and Thursday.",
        due="1970-05-28 22:59:59",
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_DAIL_OB_26MAY70,
        published="1970-05-26",
    ),
    # the same page: a standing practice (CONVENTIONS 1.3): recurring
    B(
        text="It is not usual to sit on Tuesday when there is a bank holiday on Monday.",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL_OB_26MAY70,
        published="1970-05-26",
    ),
    # the same page: a sitting gone ('We sat ... one year'): past
    B(
        text="We sat on 6th January one year to pass the Anglo-Irish Free Trade Area Agreement.",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_OB_26MAY70,
        published="1970-05-26",
    ),
    # the same page: 'then' sets no time: no deadline
    B(
        text="The Deputy can then study it and peruse the Central Bank Bill.",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_OB_26MAY70,
        published="1970-05-26",
    ),
    # the same page: a possibility, no undertaking (CONVENTIONS 4.2): no deadline; unsure: the end of September 1970 (keeping the sitting going to a date, CONVENTIONS 3.3)
    B(
        text="We can go on to September.",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_OB_26MAY70,
        published="1970-05-26",
    ),
    # the same page: a question ('when'); the speaker's bracket '(Cavan):' before it is not quoted: no deadline
    B(
        text="Could the Taoiseach say when he hopes to adjourn?",
        due=None,
        vague=False,
        said="1970-05-26 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_OB_26MAY70,
        published="1970-05-26",
    ),
    # Dáil Éireann, Written Answers, 3 December 2002, a question to the Minister for Community, Rural and Gaeltacht Affairs and his answer (Houses of the Oireachtas debates archive, dated by its address; the question and the other sentences hold no time word, only this one does; zone Europe/Dublin, GMT; said at 10:00 local by convention): 'by end of year': 31 December 2002 at 23:59:59 GMT (UTC 2002-12-31 23:59:59)
    B(
        text="It is expected that the review will be completed and its findings presented to me by end of year.",
        due="2002-12-31 23:59:59",
        vague=False,
        said="2002-12-03 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL_WA_3DEC02,
        published="2002-12-03",
    ),
    # Dáil Éireann, Written Answers, Tuesday 1 July 2025, a question to the Minister for Education and Skills and her answer (Houses of the Oireachtas, as carried by KildareStreet.com; the headings, the Members' names, the link lines and the sentence without a time word are not quoted; zone Europe/Dublin, IST; said at 10:00 local by convention): the dated times are gone ('to date', 'over the past nine years', 'received in April 2024'): past; unsure: no deadline (the question asks for a timeframe, it sets none); the number '394.' before it is not quoted
    B(
        text="To ask the Minister for Education and Skills if she is aware of the current situation at school (details supplied); if so, the details she is aware of; the total amount spent by her Department to date for the school to operate over the past nine years; the definite timeframe on the release of a tender for the school building project, considering planning was received in April 2024 and the urgency caused by the limit of the lease in the temporary accommodation; and if she will make a statement on the matter. [36038/25]",
        due=None,
        vague=False,
        said="2025-07-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_WA_1JUL25,
        published="2025-07-01",
    ),
    # the same page: an act gone ('was granted in May 2024'): past
    B(
        text="Planning Permission for the project was granted in May 2024, following an appeal to An Bord Pleanála.",
        due=None,
        vague=False,
        said="2025-07-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_WA_1JUL25,
        published="2025-07-01",
    ),
    # the same page: 'currently' places a state: no deadline
    B(
        text="The prequalification process to establish a shortlist of suitably qualified contractors is currently underway.",
        due=None,
        vague=False,
        said="2025-07-01 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_WA_1JUL25,
        published="2025-07-01",
    ),
    # the same page: 'during Q4 2025' falls due at the quarter's end: 31 December 2025 at 23:59:59 GMT (UTC 2025-12-31 23:59:59)
    B(
        text="This is a preliminary step in the procurement of contractors, and it is currently anticipated this project will proceed to tender to that shortlist during Q4 2025.",
        due="2025-12-31 23:59:59",
        vague=False,
        said="2025-07-01 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL_WA_1JUL25,
        published="2025-07-01",
    ),
    # the same page: 'currently' and a period naming allocations set no time for the engagement: no deadline
    B(
        text="As part of the NDP Review process, all departments, including my department, are currently engaging with the Department of Public Expenditure, Infrastructure, Public Service Reform and Digitalisation with respect to NDP allocations for the period 2026-2030.",
        due=None,
        vague=False,
        said="2025-07-01 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_WA_1JUL25,
        published="2025-07-01",
    ),
    # the same page: 'over the course of the summer period', the summer running (meteorological, June to August): its end, 31 August 2025 at 23:59:59 IST; '2026 to 2030' names the programme's period (UTC 2025-08-31 22:59:59)
    B(
        text="It is expected that there will be clarity on these allocations over the course of the summer period, and this will allow my department to plan its capital investment programme for the 2026 to 2030 period in line with prioritised needs and reflecting, as appropriate, wider Government priorities.",
        due="2025-08-31 22:59:59",
        vague=False,
        said="2025-07-01 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL_WA_1JUL25,
        published="2025-07-01",
    ),
    # Dáil Éireann, Written Answers, Tuesday 1 December 2015, a question to the Minister for Education and Skills and her answer (Houses of the Oireachtas, as carried by KildareStreet.com; the headings, names and link lines are not quoted; zone Europe/Dublin, GMT; said at 10:00 local by convention): a question; 'between 2016 and 2021' names the list's period, no act is undertaken: no deadline; unsure: the end of 2021 (the range's later end); the number '526.' before it is not quoted
    B(
        text="To ask the Minister for Education and Skills if a school (details supplied) is on the list of building projects to proceed to construction between 2016 and 2021; and if she will make a statement on the matter. [42733/15]",
        due=None,
        vague=False,
        said="2015-12-01 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL_WA_1DEC15,
        published="2015-12-01",
    ),
    # the same page: an inclusion gone ('was previously included'): past
    B(
        text="I wish to advise the Deputy that the building project for the school to which she refers was previously included in my Department's 2015 Construction Plan.",
        due=None,
        vague=False,
        said="2015-12-01 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_WA_1DEC15,
        published="2015-12-01",
    ),
    # the same page: told in the past ('It was not ... necessary'), the years name the programme: past
    B(
        text="It was not therefore necessary to re-announce the project on the 2016-2021 Construction Programme.",
        due=None,
        vague=False,
        said="2015-12-01 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_WA_1DEC15,
        published="2015-12-01",
    ),
    # the same page: acts done ('recently acquired', 'has now commenced'): past
    B(
        text="A site for the new school was recently acquired and architectural planning for the development has now commenced.",
        due=None,
        vague=False,
        said="2015-12-01 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL_WA_1DEC15,
        published="2015-12-01",
    ),
    # the same page: 'at the earliest possible opportunity' as the speaker's undertaking takes the documented window of 60 days (CONVENTIONS 5.1): 30 January 2016 at 23:59:59 GMT (UTC 2016-01-30 23:59:59)
    B(
        text="It is my Department's intention that the project will proceed to tender and construction at the earliest possible opportunity.",
        due="2016-01-30 23:59:59",
        vague=True,
        said="2015-12-01 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL_WA_1DEC15,
        published="2015-12-01",
    ),
)
