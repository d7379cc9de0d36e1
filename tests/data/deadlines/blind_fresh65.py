"""A SIXTY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), in the morning (the machine's clock read 09:58 at
the start and about 10:10 at the end), by a labelling helper (branch issue12l65-s37b) that
neither changed nor ran the parser, working at the same time as the labeller of the
sixty-sixth set (whose claims were treated as used and whose file and README section were not
opened). It read `CONVENTIONS.md` (the labelling rules, which win over any earlier set's
comment), the docstring, comments, some cases and README section of `blind_fresh64.py`, some
cases of `blind_fresh60.py` (for the Senedd Business Committee minutes, labelled alike here),
and the docstring of the parser package only (for the parts of the day, the vague windows, the
item lengths of a sitting and "a date without a year is its next occurrence"); nothing else of
`bot/core/deadlines/` was opened. The brief allowed only public-domain or openly licensed
publishers, no one above a third of the cases, asked for at least eight publishers, several
genres and at least half of the cases from outside the United States, and preferred government
departments' and ministers' releases announcing plans, schedules, consultations and openings,
with some parliamentary business statements and several pages in zones other than London's.
The set quotes European Commission press material (a press release, as carried by a mirror, and
a "Top News" agenda), Australian ministers' media releases (infrastructure, as carried by a
news feed; agriculture, twice) and an Agriculture Ministers' Forum communiqué, a Department for
Transport press release (as carried by UKPOL), a Scottish Government blog post, the New Zealand
Electoral Commission's timetable for a review, parliamentary business statements (House of
Lords 1933 and House of Commons 1943 from Historic Hansard, New Zealand House of
Representatives 2003 and 2012), the Scottish Parliament's Official Report (business motions),
Senedd Business Committee minutes (2021 and 2022), a Government of Canada consultation list
(as captured by Library and Archives Canada), a USDA media advisory and a news item of the
Federal Mine Safety and Health Review Commission. As in the twenty-seventh set onwards, every
sentence quoted holds a time word of some kind (a date, a clock time, a day word, a period, a
span, an item's length, a year in a name, "now", "currently", "recent", "future",
"ever", "era", "when", "then", "until", "pending", "throughout", "soon afterwards", "nearer
the time"); the sentences of the openings read that hold none were skipped, as were titles,
headings (the date headings of a timetable among them), date and release lines, a mirror's own
date line, labels before colons ("WHEN:", "The news:"), speakers' names, a section mark, an
"[Interruption]" marker, a mover's name after a motion, table cells of dates and status,
contact lines and lines cut off by the end of an opening. A point of a list was taken as its
own case, and a dateline that opens a sentence ("WASHINGTON, January 31, 2001--") was kept
with it. No word was changed ("will he continued", "fur- 838 ther", "30 mins)postponed", "new
areas We invite" stay as the pages have them; a line break inside a sentence is read as a
space), and quotation marks stay as the pages have them. The sentences were found with a
search over stored copies of public pages and taken as they came in the openings the search
returns, in page order. Left out although they hold a time word: three stock sentences whose
very words are already in `../articles/real/blind54/` ("The minutes of the previous meeting
were agreed for publication." twice, once with a capital "Minutes", and "Voting Time will take
place as the last item of business."), one already a case of `blind_fresh60.py` ("Voting Time
will take place before the Short Debate."), two lines of a "Top News" contents list whose
words are already in `../articles/real/blind8/`, the lines of a revised Scottish Parliament
programme whose struck and inserted times the stored copy no longer marks, and a fragment
("Order on Thursday") left after a stop by a broken line of the 1933 record. See README.md
("Sixty-fifth fresh blind set") for every address, publisher and licence. No address listed in
README.md, in a README or file under `tests/data/` or in the shared claims file was used: each
was checked against them (the address and a distinctive phrase of the page) and claimed
(`fresh65`) in `/work/helper-brief/claims.txt` before a quote was taken; pages already used
were dropped. Each label was worked out by hand from the words, the publication date and the
publisher's zone; the conversion of local instants to UTC wall time, the weekday checks and the
day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh64.py`: the publisher's zone (the European Commission:
Europe/Brussels, Europe/Luxembourg for a release dated there; Australian ministers and the
Department of Agriculture in Canberra: Australia/Sydney; the Department for Transport, the
Scottish Government and Parliament, the UK Parliament and the Senedd: Europe/London; the New
Zealand Electoral Commission and Parliament: Pacific/Auckland; the Government of Canada in
Ottawa: America/Toronto; USDA and the FMSHRC in Washington: America/New_York); the publication
date at 10:00 local, except where the page gives its own time (a sitting that opens at 2 p.m.,
an archive's capture time); a day falls due at 23:59:59 local and "midnight" at the end of its
day (the parser's docstring); a clock time without a zone word is in the publisher's zone on
the day the page or its sentence gives ("Plenary is unlikely to run past 6.50pm" on the day of
the minutes, as in `blind_fresh60.py`, marked "unsure" where a lost heading gives another day);
a range, a list or a window falls due at its later end; a day name in a business statement is
that day of the week it announces (the Thursday after "adjourn the debate on Wednesday" is the
next week's); "next <weekday>" is that day in the following Monday-to-Sunday week; the length of
a sitting's item ("(45 mins)") and a time hung on an undated event ("First Sitting Day", "when
they enter the country", "until all funds are committed", "soon afterwards", "Pending action on
the vacancies") is `refusal='event'`; refusals have `due=None` and a `refusal` kind (past |
event | negated | earliest | recurring); a sentence whose time words set no time for any act
("now", "currently", "future", "ever", "era", "Today marks", a year in a name, a question
asking when, a possibility under consideration) has `due=None` and no refusal word. Labels
marked "unsure" name the other reading; like every label here they stay as committed, whatever
the first run shows. First run: not yet taken (the lead runs it once, after merging, and
records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 46 (branch lic46c-s46): the 2 cases quoted from the canada.ca 'Consulting with
Canadians' page (Library and Archives Canada web archive copy) were removed: the Government of
Canada's terms allow reproduction for non-commercial purposes only, commercial reproduction needing
written permission, which is not an open licence; the pages do not state the Open Government Licence
– Canada (terms and addresses in README.md, "Licence audit, stop 46: Canadian material"). The set
now holds 105 cases; the counts above that include those pages are as the labeller first wrote them,
and the first-run figure recorded for the set was measured with them.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 20 case(s) removed, Senedd material (Senedd Commission terms: re-use on application only); 85 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 5 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 80 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_EC_COPYRIGHT_15APR19 = "https://www.trevisobellunosystem.com/en/news/copyright-reform-clears-final-hurdle-commission-welcomes-approval-of-modernised-rules-fit-for-digital-age/"
_EC_TOPNEWS_6JUL12 = "http://europa.eu/rapid/press-release_AGENDA-12-25_en.htm?locale=en"
_AU_INFRA_WATER_18JAN19 = "https://fifthestate.nz/category/australian-ministers-for-the-department-of-infrastructure-regional-development-and-cities/"
_AU_AGMIN_BIOSEC_11DEC15 = "http://minister.agriculture.gov.au/Pages/Media-Releases/new-biosecurity-regulations-out-for-comment.aspx"
_AU_AGMIN_BIOSEC_5FEB16 = (
    "http://minister.agriculture.gov.au/Pages/Media-Releases/have-your-say-on-biosecurity.aspx"
)
_AU_AGMF_27APR18 = (
    "http://www.agriculture.gov.au/about/media-centre/communiques/ag-ministers-forum-april-2018"
)
_DFT_HS2_9MAY25 = "https://www.ukpol.co.uk/tag/department-for-transport/page/6"
_SP_OR_19MAR20 = "https://parlamaid-alba.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/meeting-of-parliament-19-03-2020?iob=113831&meeting=12591"
_NZEC_MMP_12DEC11 = (
    "https://elections.nz/media-and-news/2011/process-and-timetable-for-mmp-review-announced"
)
_HL_BUSINESS_23FEB33 = (
    "https://api.parliament.uk/historic-hansard/lords/1933/feb/23/business-of-the-house"
)
_HC_BUSINESS_4FEB43 = (
    "http://api.parliament.uk/historic-hansard/commons/1943/feb/04/business-of-the-house"
)
_SEN_BC_15JUN21 = "https://business.senedd.wales/ieListDocuments.aspx?CId=699&MId=12326"
_SEN_BC_27SEP22 = "https://business.senedd.wales/ieListDocuments.aspx?CId=699&MId=12956"
_NZ_HANSARD_27FEB03 = (
    "http://www.parliament.nz/en-nz/pb/debates/debates/47HansD_20030227_00000010/business-statement"
)
_NZ_HANSARD_29MAR12 = (
    "http://www.parliament.nz/mi-nz/pb/debates/debates/50HansD_20120329_00000004/business-statement"
)
_USDA_TOBCOM_31JAN01 = "http://govinfo.library.unt.edu/tobacco/NewsRelease_1_31_01.htm"
_FMSHRC_2SEP14 = "https://fmshrc.gov/node/5510880"
_SG_CPIP_16MAR20 = "https://blogs.gov.scot/child-protection-improvement-programme/2020/03/16/child-protection-improvement-programme-update-14/"

FRESH65_CASES: tuple[BlindCase, ...] = (
    # European Commission, press release 'Copyright reform clears final hurdle: Commission welcomes approval of modernised rules fit for digital age' (Luxembourg, 15 April 2019; as carried by trevisobellunosystem.com, whose own 'published on 16 April 2019' line, the title and the 'European Commission – Press release' line are not quoted; a line break of the page inside the sentence is read as a space; zone Europe/Luxembourg): the approval told as done 'Today' (simple past): past
    B(
        text="Today the Council of the European Union gave its green light to the new Copyright Directive which will bring concrete benefits to citizens, the creative sectors, the press, researchers, educators, and cultural heritage institutions.",
        due=None,
        vague=False,
        said="2019-04-15 08:00:00",
        tz="Europe/Luxembourg",
        refusal="past",
        cluster=5,
        source=_EC_COPYRIGHT_15APR19,
        published="2019-04-15",
    ),
    # the same page: 'today's world' names the present, no time for any act: no deadline
    B(
        text="The reform will adapt copyright rules to today’s world, where music streaming services, video-on-demand platforms, news aggregators and user-uploaded-content platforms have become the main gateways to access creative works and press articles.",
        due=None,
        vague=False,
        said="2019-04-15 08:00:00",
        tz="Europe/Luxembourg",
        cluster=1,
        source=_EC_COPYRIGHT_15APR19,
        published="2019-04-15",
    ),
    # the same page (line breaks read as spaces): a proposal and a vote told as done: past
    B(
        text="It was proposed by the Commission in September 2016 and voted by the European Parliament in March 2019.",
        due=None,
        vague=False,
        said="2019-04-15 08:00:00",
        tz="Europe/Luxembourg",
        refusal="past",
        cluster=5,
        source=_EC_COPYRIGHT_15APR19,
        published="2019-04-15",
    ),
    # the same page: 'today's agreement' names an act done, 'the digital age' no time: no deadline; unsure: due at the end of the day of speaking (CONVENTIONS 2.1, the making read as today's act)
    B(
        text="European Commission President Jean-Claude Juncker said: “With today’s agreement, we are making copyright rules fit for the digital age.",
        due=None,
        vague=False,
        said="2019-04-15 08:00:00",
        tz="Europe/Luxembourg",
        cluster=1,
        source=_EC_COPYRIGHT_15APR19,
        published="2019-04-15",
    ),
    # the same quote: 'now' sets no time: no deadline
    B(
        text="Europe will now have clear rules that guarantee fair remuneration for creators, strong rights for users and responsibility for platforms.",
        due=None,
        vague=False,
        said="2019-04-15 08:00:00",
        tz="Europe/Luxembourg",
        cluster=1,
        source=_EC_COPYRIGHT_15APR19,
        published="2019-04-15",
    ),
    # the same quote: 'When it comes to' is no time: no deadline
    B(
        text="When it comes to completing Europe’s digital single market, the copyright reform is the missing piece of the puzzle.”",
        due=None,
        vague=False,
        said="2019-04-15 08:00:00",
        tz="Europe/Luxembourg",
        cluster=1,
        source=_EC_COPYRIGHT_15APR19,
        published="2019-04-15",
    ),
    # the same page: 'when they upload' hangs on undated uploads: event; unsure: no deadline and no refusal (a standing benefit of the rules)
    B(
        text="Moreover, they will benefit from enhanced safeguards linked to the freedom of expression when they upload videos that contain rights holders’ content, i.e. in memes or parodies.",
        due=None,
        vague=False,
        said="2019-04-15 08:00:00",
        tz="Europe/Luxembourg",
        refusal="event",
        cluster=5,
        source=_EC_COPYRIGHT_15APR19,
        published="2019-04-15",
    ),
    # the same page (line break read as a space): an adoption told as done 'Also today': past
    B(
        text="Also today, EU Member States finally adopted new rules to make it easier for European broadcasters to make certain programmes on their online services available across borders.",
        due=None,
        vague=False,
        said="2019-04-15 08:00:00",
        tz="Europe/Luxembourg",
        refusal="past",
        cluster=5,
        source=_EC_COPYRIGHT_15APR19,
        published="2019-04-15",
    ),
    # European Commission, Spokesperson's service, 'Top News from the European Commission 7 July - 28 July 2012' (Brussels, Friday 6 July 2012; the navigation lines, headings, the period line '7 July - 28 July 2012', the 'Background notes' and 'reserves the right' lines and two lines of the contents whose words are already in `../articles/real/blind8/` ('Monday 9 July: Investing in growth ...', 'Friday 13 July: Commission organizes Conference on CAP ...') are not quoted; zone Europe/Brussels): a line of the contents, a dated item (its page number, 4, trails it): 11 July 2012, end of day CEST; unsure: refused, the trailing page number read as a number left dangling after the date
    B(
        text="Wednesday 11 July: Commission proposes legislation on collective rights management 4",
        due="2012-07-11 21:59:59",
        vague=False,
        said="2012-07-06 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_TOPNEWS_6JUL12,
        published="2012-07-06",
    ),
    # the same contents: a dated item (page number 6 trailing): 11 July 2012, end of day CEST
    B(
        text="Wednesday 11 July: European Commission to propose changes to criminal law to improve protection of EU financial interests 6",
        due="2012-07-11 21:59:59",
        vague=False,
        said="2012-07-06 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_TOPNEWS_6JUL12,
        published="2012-07-06",
    ),
    # the same contents: a dated item (page number 7 trailing): 12 July 2012, end of day CEST
    B(
        text="Thursday 12 July: The Commission, the Council and the Parliament bring together religious leaders to discuss solidarity between generations and demographic challenges across Europe 7",
        due="2012-07-12 21:59:59",
        vague=False,
        said="2012-07-06 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_TOPNEWS_6JUL12,
        published="2012-07-06",
    ),
    # the same contents: a dated item (page number 11 trailing): 17 July 2012, end of day CEST
    B(
        text="Tuesday 17 July: Completing a single market for innovation 11",
        due="2012-07-17 21:59:59",
        vague=False,
        said="2012-07-06 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC_TOPNEWS_6JUL12,
        published="2012-07-06",
    ),
    # the same page, 'The news:' of the 9 July item (the heading and label not quoted): an announcement set for a year-less date ahead: 9 July 2012, end of day CEST
    B(
        text="On 9 July, European Commissioner for Research, Innovation and Science, Máire Geoghegan-Quinn, will announce the final and biggest work programme of the Seventh Framework Programme for research and development (FP7).",
        due="2012-07-09 21:59:59",
        vague=False,
        said="2012-07-06 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC_TOPNEWS_6JUL12,
        published="2012-07-06",
    ),
    # the same item, 'The background:' (label not quoted): an adoption 'in February last year' told as done: past
    B(
        text="Member States have put investment in research and innovation at the top of the European political agenda by adopting the Europe 2020 strategy and endorsing the Innovation Union in February last year.",
        due=None,
        vague=False,
        said="2012-07-06 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC_TOPNEWS_6JUL12,
        published="2012-07-06",
    ),
    # Australian Government, Deputy Prime Minister and Minister for Infrastructure, Transport and Regional Development, media release MM013/2019 'New era for water infrastructure: applications open for $500 million in funding' (18 January 2019; as carried by the MIL-OSI feed on fifthestate.nz, whose title prefix and 'Source:' line are not quoted; zone Australia/Sydney, Canberra): an opening on a date (CONVENTIONS 3.1): 21 January 2019, end of day AEDT; unsure: earliest 21 January 2019 (an intake given only its start, CONVENTIONS 3.2)
    B(
        text="Applications will open on 21 January 2019 under the expanded capital component of the National Water Infrastructure Development Fund.",
        due="2019-01-21 12:59:59",
        vague=False,
        said="2019-01-17 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_INFRA_WATER_18JAN19,
        published="2019-01-18",
    ),
    # the same release: 'a new era' sets no time: no deadline
    B(
        text="“That is why this Government is investing in water infrastructure, heralding a new era for our regional communities and our regional economies.",
        due=None,
        vague=False,
        said="2019-01-17 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_WATER_18JAN19,
        published="2019-01-18",
    ),
    # the same release: 'now' sets no time: no deadline
    B(
        text="“It is now absolutely essential for state and territory governments to get on board to ensure these transformational projects can be delivered.”",
        due=None,
        vague=False,
        said="2019-01-17 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_WATER_18JAN19,
        published="2019-01-18",
    ),
    # the same release: 'now' sets no time: no deadline
    B(
        text="The Liberal and Nationals Government’s investment under this Fund now totals more than $1.3 billion.",
        due=None,
        vague=False,
        said="2019-01-17 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_WATER_18JAN19,
        published="2019-01-18",
    ),
    # the same release: 'until all funds are committed' hangs on an undated event: event
    B(
        text="Expressions of Interest will be accepted continuously until all funds are committed.",
        due=None,
        vague=False,
        said="2019-01-17 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AU_INFRA_WATER_18JAN19,
        published="2019-01-18",
    ),
    # Australian Government, Minister for Agriculture and Water Resources, media release 'New biosecurity regulations out for comment' (11 December 2015, dated by its date line; the title and date line are not quoted; zone Australia/Sydney, Canberra): a milestone 'reached today' told as done: past
    B(
        text="Another milestone in implementing more modern and flexible biosecurity legislation was reached today, with a range of significant draft regulations under the Biosecurity Act 2015 released for public comment.",
        due=None,
        vague=False,
        said="2015-12-10 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_AGMIN_BIOSEC_11DEC15,
        published="2015-12-11",
    ),
    # the same release: 'in the future' and a year in a name set no time: no deadline
    B(
        text='"These three regulations will form an important part of the new Biosecurity Act 2015, and are key to how the Australian Government will manage our biosecurity system in the future," Minister Joyce said.',
        due=None,
        vague=False,
        said="2015-12-10 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_AGMIN_BIOSEC_11DEC15,
        published="2015-12-11",
    ),
    # the same release: consultation 'throughout the development' told as done (present perfect): past
    B(
        text="The government has engaged in meaningful consultation throughout the development of our new biosecurity legislation and listened to feedback about how we can modernise it.",
        due=None,
        vague=False,
        said="2015-12-10 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_AGMIN_BIOSEC_11DEC15,
        published="2015-12-11",
    ),
    # Australian Government, Minister for Agriculture and Water Resources, media release 'Have your say on the new biosecurity regulations' (5 February 2016, dated by its date line; zone Australia/Sydney, Canberra): material 'available for public comment from today', a state given only its start (CONVENTIONS 3.2): earliest 5 February 2016, 00:00 AEDT
    B(
        text="The Australian Government is continuing to implement more modern and flexible biosecurity legislation with the second tranche of delegated legislation under the new Biosecurity Act 2015 available for public comment from today.",
        due=None,
        vague=False,
        said="2016-02-04 23:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2016-02-04 13:00:00",
        cluster=5,
        source=_AU_AGMIN_BIOSEC_5FEB16,
        published="2016-02-05",
    ),
    # the same release: a year in a name sets no time: no deadline
    B(
        text="Minister for Agriculture and Water Resources, Barnaby Joyce, said the regulations outlined how the Biosecurity Act 2015 would work in practice, and that considered feedback from key stakeholders and international trading partners was imperative.",
        due=None,
        vague=False,
        said="2016-02-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_AGMIN_BIOSEC_5FEB16,
        published="2016-02-05",
    ),
    # the same release: 'in the future' sets no time: no deadline
    B(
        text="“The release of the regulations provides clients and stakeholders with detailed information on how we propose to manage our biosecurity system in the future,” Minister Joyce said.",
        due=None,
        vague=False,
        said="2016-02-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_AGMIN_BIOSEC_5FEB16,
        published="2016-02-05",
    ),
    # the same release: 'when they enter the country' hangs on undated arrivals: event; unsure: recurring (a standing procedure)
    B(
        text="“There will be changes under the Act, and the regulations include important details of how it will work in practice, including the process for applying for import permits, how goods and conveyances are assessed and managed for biosecurity risk when they enter the country, and the information that must be included in an application for a permit to bring or import conditionally non-prohibited goods.",
        due=None,
        vague=False,
        said="2016-02-04 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AU_AGMIN_BIOSEC_5FEB16,
        published="2016-02-05",
    ),
    # Australian Government, Department of Agriculture and Water Resources, communiqué of the Agriculture Ministers' Forum (27 April 2018, dated by its date line; the title and date line are not quoted; zone Australia/Sydney, the department's Canberra; Brisbane keeps the same offset in April): a meeting on the day of the page told as done: past
    B(
        text="Agricultural ministers and representatives from Australia and New Zealand met in Brisbane, Queensland on 27 April 2018 for the sixth meeting of the Agriculture Ministers’ Forum.",
        due=None,
        vague=False,
        said="2018-04-27 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_AGMF_27APR18,
        published="2018-04-27",
    ),
    # the same communiqué: a signing intended 'by the end of 2018': 31 December 2018, end of day AEDT; unsure: no deadline (an intention for first ministers, not an undertaking of the speakers)
    B(
        text="Ministers reviewed the draft intergovernmental agreement on biosecurity (IGAB 2), which is intended to be signed by first ministers by the end of 2018.",
        due="2018-12-31 12:59:59",
        vague=False,
        said="2018-04-27 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_AU_AGMF_27APR18,
        published="2018-04-27",
    ),
    # the same communiqué: 'a recent review' names a review done, and the sentence sets no time: no deadline; unsure: past
    B(
        text="This responds to the recommendations from a recent review of the national biosecurity system chaired by Dr Wendy Craik.",
        due=None,
        vague=False,
        said="2018-04-27 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_AGMF_27APR18,
        published="2018-04-27",
    ),
    # the same communiqué: 'currently' sets no time: no deadline
    B(
        text="Ministers also noted progress on the development of a National Biosecurity Statement, with public consultation currently underway.",
        due=None,
        vague=False,
        said="2018-04-27 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_AGMF_27APR18,
        published="2018-04-27",
    ),
    # the same communiqué: a discussion and a signing told as done ('recently signed'): past
    B(
        text="Market access matters were discussed including progress of the recently signed Comprehensive and Progressive Agreement for Trans-pacific Partnership (TPP-11) and the status of Australia’s free trade agreements.",
        due=None,
        vague=False,
        said="2018-04-27 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_AGMF_27APR18,
        published="2018-04-27",
    ),
    # the same communiqué: 'current and future' and 'early findings' set no time: no deadline; unsure: past (a noting and a discussion told as done)
    B(
        text="To support current and future trading partner needs, Australian ministers noted the work of a review of Australia’s traceability systems for agriculture and discussed early findings.",
        due=None,
        vague=False,
        said="2018-04-27 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_AGMF_27APR18,
        published="2018-04-27",
    ),
    # the same communiqué: the agreement, due to expire on 1 July 2018, is extended 'until a new agreement has been finalised', an undated event: event; unsure: 1 July 2018, end of day AEST (the expiry date), 2018-07-01 13:59:59
    B(
        text="Extending the current IGA, which expires on 1 July 2018, until a new agreement has been finalised was agreed by ministers.",
        due=None,
        vague=False,
        said="2018-04-27 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AU_AGMF_27APR18,
        published="2018-04-27",
    ),
    # UK Government, Department for Transport, press release 'First HS2 rail tunnel breakthrough completed in Birmingham as project reaches latest milestone' (9 May 2025, dated by its own 'Today (9 May 2025)'; as carried by UKPOL, whose tag page, title and 'STORY' label are not quoted; the standfirst is quoted as a sentence; zone Europe/London): money brought 'over the next decade' from the day of the release: 9 May 2035, end of day BST; unsure: no deadline (money spread over a period, no act to check)
    B(
        text="Longest railway tunnel ever built in West Midlands will help bring £10 billion into the region’s economy over the next decade.",
        due="2035-05-09 22:59:59",
        vague=False,
        said="2025-05-09 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DFT_HS2_9MAY25,
        published="2025-05-09",
    ),
    # the same release: an excavation finished 'Today (9 May 2025)' told as done: past
    B(
        text="Today (9 May 2025), HS2’s tunnelling machine finalised the first excavation of the 3.5 mile Bromford tunnel, which connects Warwickshire and Birmingham.",
        due=None,
        vague=False,
        said="2025-05-09 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT_HS2_9MAY25,
        published="2025-05-09",
    ),
    # the same release, the minister's words: 'Today marks' sets no time: no deadline
    B(
        text="Today marks a major milestone for the country’s biggest infrastructure project, opening up the HS2 gateway to Birmingham.",
        due=None,
        vague=False,
        said="2025-05-09 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFT_HS2_9MAY25,
        published="2025-05-09",
    ),
    # the same words: 'ever built' sets no time: no deadline
    B(
        text="This is the longest railway tunnel ever built in the West Midlands.",
        due=None,
        vague=False,
        said="2025-05-09 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFT_HS2_9MAY25,
        published="2025-05-09",
    ),
    # New Zealand Electoral Commission, media release 'Process and timetable for MMP review announced' (12 December 2011, dated by its 'Dec 12, 2011 | Media release' line, not quoted; zone Pacific/Auckland): 'last month's Referendum' names a past vote, 'now' and a year in a name set no time: no deadline; unsure: past
    B(
        text="With a majority of voters opting to keep MMP in last month’s Referendum on the Voting System, the Electoral Commission is now preparing to carry out the review of MMP provided for in the Electoral Referendum Act 2010.",
        due=None,
        vague=False,
        said="2011-12-11 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZEC_MMP_12DEC11,
        published="2011-12-12",
    ),
    # the same release: 'must now carry out' sets no time: no deadline
    B(
        text="“The result of the Referendum on our Voting System means the Electoral Commission must now carry out a review of MMP to recommend any improvements that might be made,” says Chief Electoral Officer, Robert Peden.",
        due=None,
        vague=False,
        said="2011-12-11 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZEC_MMP_12DEC11,
        published="2011-12-12",
    ),
    # the same release: a call in mid-February and hearings 'in April and May' (year-less months ahead: 2012); the later end counts: 31 May 2012, end of day NZST
    B(
        text="The Commission will call for submissions in mid-February and hold public hearings in April and May.",
        due="2012-05-31 11:59:59",
        vague=False,
        said="2011-12-11 21:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_NZEC_MMP_12DEC11,
        published="2011-12-12",
    ),
    # the same release: a paper in August and the final report 'in October' (2012): the later end, 31 October 2012, end of day NZDT
    B(
        text="The Commission will then release a proposals paper in August for public comment before presenting its final report to the Minister of Justice in October.",
        due="2012-10-31 10:59:59",
        vague=False,
        said="2011-12-11 21:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_NZEC_MMP_12DEC11,
        published="2011-12-12",
    ),
    # the same release: a year in a name sets no time: no deadline
    B(
        text="The review, as provided for in the Electoral Referendum Act 2010, will include:",
        due=None,
        vague=False,
        said="2011-12-11 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZEC_MMP_12DEC11,
        published="2011-12-12",
    ),
    # the same release, a point of the list: 'when a party wins ...' hangs on an undated event: event; unsure: no deadline and no refusal (a topic of the review)
    B(
        text="What should happen when a party wins more electorate seats than it would be entitled to under its share of the party vote,",
        due=None,
        vague=False,
        said="2011-12-11 21:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_NZEC_MMP_12DEC11,
        published="2011-12-12",
    ),
    # UK Parliament, House of Lords, Hansard, 'Business of the House', Thursday 23 February 1933 (Historic Hansard; the speakers' names run into the first words on the page and are not quoted; zone Europe/London): a question asking what will be taken 'on Tuesday of next week': no undertaking: no deadline; unsure: Tuesday 28 February 1933, end of day GMT
    B(
        text="My Lords, perhaps the noble Earl can tell us what business will be taken on Tuesday of next week?",
        due=None,
        vague=False,
        said="1933-02-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL_BUSINESS_23FEB33,
        published="1933-02-23",
    ),
    # the same page, the answer: the business for Tuesday (28 February 1933): end of day GMT
    B(
        text="My Lords, the business for Tuesday will be the Report stage of the Public Works Facilities Scheme (Torquay Corporation) Confirmation Bill and the Second Reading of the Austrian Loan Guarantee Bill.",
        due="1933-02-28 23:59:59",
        vague=False,
        said="1933-02-23 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_BUSINESS_23FEB33,
        published="1933-02-23",
    ),
    # the same answer: a Motion to be moved 'at the beginning of business on Tuesday' (28 February 1933), no clock time given: end of day GMT
    B(
        text="I understand that it is the intention of the noble Viscount the Leader of the House to move a Motion at the beginning of business on Tuesday giving precedence to the Bishop of Winchester's Motion.",
        due="1933-02-28 23:59:59",
        vague=False,
        said="1933-02-23 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_BUSINESS_23FEB33,
        published="1933-02-23",
    ),
    # the same answer (the page's column number '838' inside the broken word kept as the page has it): a Second Reading taken 'during the week', the week of business asked about (Monday 27 February to Sunday 5 March 1933): 5 March 1933, end of day GMT; unsure: Sunday 26 February 1933 (the week of speaking)
    B(
        text="As regards any fur- 838 ther business during the week, as your Lordships know, the Second Reading of the London Passenger Transport Bill is going to be taken.",
        due="1933-03-05 23:59:59",
        vague=False,
        said="1933-02-23 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HL_BUSINESS_23FEB33,
        published="1933-02-23",
    ),
    # the same answer: 'two days ago' is past; the debate adjourned on Wednesday (1 March) and continued on Thursday (2 March 1933, the Thursday after that Wednesday, not the day of speaking): end of day GMT
    B(
        text="I remember that Lord Hailsham two days ago was not quite certain whether that debate would take two days or one, but we have now found that so many of your Lordships wish to speak that it is proposed to adjourn the debate on Wednesday and continue it on Thursday.",
        due="1933-03-02 23:59:59",
        vague=False,
        said="1933-02-23 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HL_BUSINESS_23FEB33,
        published="1933-02-23",
    ),
    # the same answer ('will he continued' as the page has it; the fragment 'Order on Thursday' after the stop, a broken line of the record, is not quoted): business 'on Thursday' of next week: 2 March 1933, end of day GMT; unsure: Thursday 23 February 1933 (the day of speaking)
    B(
        text="There is in addition, on Thursday, Lord Danesfort's Motion for the Second Reading of the Road Traffic (Compensation for Accidents) Bill, and the Report of Amendments to the Foreign Judgments (Reciprocal Enforcement) Bill, but the adjourned debate on the London Passenger Transport Bill will he continued and taken as the first.",
        due="1933-03-02 23:59:59",
        vague=False,
        said="1933-02-23 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_BUSINESS_23FEB33,
        published="1933-02-23",
    ),
    # the same page, the record's last line (its section mark not quoted): an adjournment told as done: past
    B(
        text="House adjourned at twenty minutes past four o'clock",
        due=None,
        vague=False,
        said="1933-02-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_BUSINESS_23FEB33,
        published="1933-02-23",
    ),
    # UK Parliament, House of Commons, Hansard, 'Business of the House', Thursday 4 February 1943 (Historic Hansard; speakers' names not quoted; zone Europe/London, on British summer time that winter): a question about 'the next series of Sittings': no undertaking, no time: no deadline
    B(
        text="May I ask the Leader of the House whether he will state the Business for the next series of Sittings?",
        due=None,
        vague=False,
        said="1943-02-04 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC_BUSINESS_4FEB43,
        published="1943-02-04",
    ),
    # the same page, a point of the business (wartime sittings left undated): 'First Sitting Day' names no date: event
    B(
        text="First Sitting Day—Second Reading of the Catering Wages Bill and Committee stage of the necessary Money Resolution.",
        due=None,
        vague=False,
        said="1943-02-04 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_BUSINESS_4FEB43,
        published="1943-02-04",
    ),
    # the same business: 'Second Sitting Day', undated: event
    B(
        text="Second Sitting Day—Second Reading of the War Damage (Amendment) Bill and Committee stage of the necessary Money Resolution; Second Reading of the House of Commons Disqualification Bill; Committee and remaining stages of the Universities and Colleges (Trusts) Bill.",
        due=None,
        vague=False,
        said="1943-02-04 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_BUSINESS_4FEB43,
        published="1943-02-04",
    ),
    # the same business: 'Third Sitting Day', undated: event
    B(
        text="Third Sitting Day—Committee stage of the Supplementary Estimates, beginning with Colonial and Middle Eastern Services (including a grant in aid to Malta); Committee and remaining stages of the Agriculture (Miscellaneous Provisions) Bill.",
        due=None,
        vague=False,
        said="1943-02-04 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_BUSINESS_4FEB43,
        published="1943-02-04",
    ),
    # the same page: a hypothetical question ('Should it be that ...'), the days undated: no deadline (CONVENTIONS 4.2); unsure: event
    B(
        text="Should it be that the war discussion were to take place on the first Sitting Day clearly there would have to be a substantial alteration of Business and the Second Reading of the Catering Wages Bill would come on another day?",
        due=None,
        vague=False,
        said="1943-02-04 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC_BUSINESS_4FEB43,
        published="1943-02-04",
    ),
    # the same page: 'immediately after the Second Reading' waits for an undated event (CONVENTIONS 5.2): event
    B(
        text="Arising out of the Business for the first Sitting Day, if the Government succeed in obtaining a Second Reading of the Bill on that day, will they consider referring the Bill to a Select Committee immediately after the Second Reading?",
        due=None,
        vague=False,
        said="1943-02-04 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_BUSINESS_4FEB43,
        published="1943-02-04",
    ),
    # the same page: 'soon afterwards' counts from an undated statement: event
    B(
        text="May I ask whether the statement on the War Situation will be made on the Adjournment, so as to give the House an opportunity of discussion, or will it be made as a statement and another opportunity for a full discussion given to the House soon afterwards?",
        due=None,
        vague=False,
        said="1943-02-04 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_BUSINESS_4FEB43,
        published="1943-02-04",
    ),
    # the same page, the answer: 'a little nearer the time' hangs on the undated statement: event
    B(
        text="I would have to consider that a little nearer the time.",
        due=None,
        vague=False,
        said="1943-02-04 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_BUSINESS_4FEB43,
        published="1943-02-04",
    ),
    # New Zealand Parliament, House of Representatives, Hansard, 'Business Statement', 27 February 2003 (a Thursday; the site's headings, the date line and speakers' names are not quoted; zone Pacific/Auckland): the Government's business 'Next week' (Monday 3 to Sunday 9 March 2003): 9 March 2003, end of day NZDT
    B(
        text="Next week in the House it is the Government’s intention to complete the passing of the Government Superannuation Fund Amendment Bill (No 2), the second reading of the Government Communications Security Bureau Bill, and the second reading of the War Pensions Amendment Bill (No 2).",
        due="2003-03-09 10:59:59",
        vague=False,
        said="2003-02-26 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_NZ_HANSARD_27FEB03,
        published="2003-02-27",
    ),
    # the same statement: Wednesday of next week (5 March 2003) is a members' day: end of day NZDT; unsure: recurring (every sitting Wednesday is a members' day)
    B(
        text="Wednesday is a members’ day.",
        due="2003-03-05 10:59:59",
        vague=False,
        said="2003-02-26 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_NZ_HANSARD_27FEB03,
        published="2003-02-27",
    ),
    # the same page, a member's thanks: 'next week' names the business already stated, no act of the speaker: no deadline; unsure: 9 March 2003, end of day NZDT
    B(
        text="I thank the Leader of the House for that indication of what we will be doing next week.",
        due=None,
        vague=False,
        said="2003-02-26 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_HANSARD_27FEB03,
        published="2003-02-27",
    ),
    # the same member: a question 'how soon': no undertaking: no deadline
    B(
        text="I just ask him how soon he thinks the Responsible Gambling Bill, which is at No. 25 on the Order Paper, might come before the House, noting that public interest in that bill is growing.",
        due=None,
        vague=False,
        said="2003-02-26 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_HANSARD_27FEB03,
        published="2003-02-27",
    ),
    # the same member: a question about 'the next session', and 'now': no deadline
    B(
        text="I also ask him, given that the Order Paper is now so very long, whether he expects that the next session of the Parliament will have a number of urgent sessions.",
        due=None,
        vague=False,
        said="2003-02-26 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_HANSARD_27FEB03,
        published="2003-02-27",
    ),
    # the same page, the Leader's answer (the marker '[Interruption]' before it not quoted): 'Then' counts from undated discussions: event
    B(
        text="Then I shall be informing my enemies of the result of those discussions.",
        due=None,
        vague=False,
        said="2003-02-26 21:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_NZ_HANSARD_27FEB03,
        published="2003-02-27",
    ),
    # the same answer: no date set 'at this point': no deadline
    B(
        text="On the Responsible Gambling Bill, we have not set down a firm date at this point.",
        due=None,
        vague=False,
        said="2003-02-26 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_HANSARD_27FEB03,
        published="2003-02-27",
    ),
    # the same page, another member: 'long-time promised' tells the past, and no time is set: no deadline; unsure: past
    B(
        text="I ask the Leader of the House what the Government’s intentions are in respect of the passage of the Māori Television Service Bill, which has been long-time promised, but on which there seems to be no progress whatsoever.",
        due=None,
        vague=False,
        said="2003-02-26 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_HANSARD_27FEB03,
        published="2003-02-27",
    ),
    # New Zealand Parliament, House of Representatives, Hansard, 'Business Statement', Thursday 29 March 2012 (read on the Māori-language path of the site; its headings, the date lines and speakers' names are not quoted; the reference is the sitting's 2 p.m. given on the page; zone Pacific/Auckland): the Speaker took the Chair, told as done: past
    B(
        text="Mr Speaker took the Chair at 2 p.m.",
        due=None,
        vague=False,
        said="2012-03-29 01:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_HANSARD_29MAR12,
        published="2012-03-29",
    ),
    # the same page: bills to be progressed 'When the House resumes on Tuesday, 3 April' (2012; New Zealand left daylight time on 1 April): 3 April 2012, end of day NZST; unsure: the end of that sitting week, 8 April 2012
    B(
        text="When the House resumes on Tuesday, 3 April the Government will look to progress a number of bills on the Order Paper, including the first reading of the Dairy Industry Restructuring Amendment Bill and the Committee stage of the Appropriation (2010/11 Financial Review) Bill.",
        due="2012-04-03 11:59:59",
        vague=False,
        said="2012-03-29 01:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_NZ_HANSARD_29MAR12,
        published="2012-03-29",
    ),
    # the same statement: the Wednesday of that week (4 April 2012) is a members' day: end of day NZST; unsure: recurring
    B(
        text="Wednesday, of course, is a members’ day.",
        due="2012-04-04 11:59:59",
        vague=False,
        said="2012-03-29 01:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_NZ_HANSARD_29MAR12,
        published="2012-03-29",
    ),
    # the same page, a member's question: 'next week' or 'until the inquiries ... are completed': no undertaking: no deadline; unsure: 8 April 2012, end of day NZST, or event
    B(
        text="Can I ask the Deputy Leader of the House whether it is the Government’s intention to table next week the delegations resulting from the resignation of Nick Smith, or whether it will wait until the inquiries into Judith Collins are completed before they do that.",
        due=None,
        vague=False,
        said="2012-03-29 01:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_HANSARD_29MAR12,
        published="2012-03-29",
    ),
    # US Department of Agriculture, Farm Service Agency, media advisory release No. 1428.01 'Tobacco Commission meeting to be held February 21' (Washington, January 31, 2001; the archive's banners, headings, release and contact lines are not quoted; the page's line breaks are read as spaces; zone America/New_York): a public meeting on a dated day 'from 9:00 a.m. to 4:00 p.m.' falls due at the later time: 21 February 2001, 16:00 EST
    B(
        text="WASHINGTON, January 31, 2001--The President's Commission on Improving Economic Opportunity in Communities Dependent on Tobacco Production While Protecting Public Health announced today a public meeting will be held February 21, 2001, from 9:00 a.m. to 4:00 p.m. at 2101 L Street, NW, Room 303A, Washington, DC.",
        due="2001-02-21 21:00:00",
        vague=False,
        said="2001-01-31 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_USDA_TOBCOM_31JAN01,
        published="2001-01-31",
    ),
    # the same advisory: comments due 'no later than February 16, 2001': end of day EST
    B(
        text="Persons wishing to submit comments must do so no later than February 16, 2001.",
        due="2001-02-17 04:59:59",
        vague=False,
        said="2001-01-31 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USDA_TOBCOM_31JAN01,
        published="2001-01-31",
    ),
    # the same advisory, after the label 'WHEN:' (not quoted): the meeting's day and hours: the later time, 21 February 2001, 16:00 EST
    B(
        text="February 21, 2001, 9:00 AM - 4:00 PM",
        due="2001-02-21 21:00:00",
        vague=False,
        said="2001-01-31 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_USDA_TOBCOM_31JAN01,
        published="2001-01-31",
    ),
    # US Federal Mine Safety and Health Review Commission, news item 'Commissioner Nakamura Designated as Acting Chairman' (Tuesday, September 2, 2014, dated by its date line, not quoted; zone America/New_York): terms that 'expired as of midnight on August 30', told as done: past
    B(
        text="The Commission terms of Mary Lu Jordan and Michael Young expired as of midnight on August 30.",
        due=None,
        vague=False,
        said="2014-09-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FMSHRC_2SEP14,
        published="2014-09-02",
    ),
    # the same item: 'Pending action on the vacancies' hangs the arrangement on an undated event: event
    B(
        text="Pending action on the vacancies, Mary Lu and Mike will serve the Commission as Counsels to the remaining Commissioners and will work on special projects.",
        due=None,
        vague=False,
        said="2014-09-02 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FMSHRC_2SEP14,
        published="2014-09-02",
    ),
    # Scottish Government, Child Protection Improvement Programme blog, 'Child Protection Improvement Programme Update #14' (March 16, 2020, dated by its byline, not quoted; the headings are not quoted; zone Europe/London): a meeting told as done: past
    B(
        text="The National Child Protection Leadership Group last met on 7 January 2020.",
        due=None,
        vague=False,
        said="2020-03-16 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SG_CPIP_16MAR20,
        published="2020-03-16",
    ),
    # the same post: 'the 2014 version' names a document: no deadline
    B(
        text="This provided members with an opportunity to discuss the draft guidance, key changes to the 2014 version, and plans for consultation and engagement.",
        due=None,
        vague=False,
        said="2020-03-16 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SG_CPIP_16MAR20,
        published="2020-03-16",
    ),
    # the same post (the page has no space after the stop; the next sentence holds no time word and is not quoted): meetings in December and February told as done and one 'again in March' (2020, the month of the post): 31 March 2020, end of day BST
    B(
        text="The Steering Group met in December and February and will meet again in March.",
        due="2020-03-31 22:59:59",
        vague=False,
        said="2020-03-16 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_SG_CPIP_16MAR20,
        published="2020-03-16",
    ),
    # the same post: the guidance goes to consultation 'in April' (2020): 30 April 2020, end of day BST
    B(
        text="The revised guidance will go to Scottish Government consultation in April and engagement events are being planned.",
        due="2020-04-30 22:59:59",
        vague=False,
        said="2020-03-16 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_SG_CPIP_16MAR20,
        published="2020-03-16",
    ),
    # the same post: a group established in May 2019, told as done: past
    B(
        text="The Case Review Oversight Group was established in May 2019.",
        due=None,
        vague=False,
        said="2020-03-16 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_SG_CPIP_16MAR20,
        published="2020-03-16",
    ),
)
