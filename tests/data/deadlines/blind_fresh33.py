"""A THIRTY-THIRD fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 10:39 by the machine's clock, by a
labelling helper (branch issue12l4-s22) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstrings of `blind_real.py` and `blind_fresh29.py`, the latter's comments and README
section, and the parser package's docstring only (for the thirds of "early / mid / late",
the parts of a decade, meteorological seasons, overnight windows, the vague windows, "a
date without a year is its next occurrence" and the zone words); nothing else of
`bot/core/deadlines/` was opened. The brief asked for publishers outside the United States
only (another labeller took US publishers at the same time): Australian Government
releases and budget pages, New Zealand legislation, GOV.UK (a factsheet, and a Highways
England weekly summary as reposted), the Kremlin's English site and Wikinews. As in the
twenty-seventh to twenty-ninth sets, every sentence quoted holds a time word of some kind
(a date, a clock time, a day word, a period, a span, a year in a name, "now", "previous",
"soon", "later", "always", "on schedule", "ongoing", "when"); the sentences of the pages
read that hold none were skipped, as were bare headings, titles, date lines, update stamps,
site and navigation text around the quoted item, release numbers, the names on a joint
release, speakers' names before a colon, greetings, lines cut off by the start or end of an
opening or ending in '…', the words "current", "new", "again", "still" and "already" on
their own, and a sentence that one page repeats word for word (taken once). Subsection
numbers and list letters of legislation were left out and the lines of one sentence that a
page breaks into a list were joined by a space; no word was changed. The sentences were
found with a search over stored copies of public pages and taken as they came in the
openings the search returns, in page order. See README.md ("Thirty-third fresh blind set")
for every address, publisher and licence. No address listed in README.md, in a `#` header
or README under `tests/data/`, in the sources of the other set files or in the shared
claims file was used: each was checked against those lists (the address, its page number
and a distinctive phrase of the page) and claimed (`fresh33`) in
`/work/helper-brief/claims.txt` before a quote was taken. Every sentence was checked by a
text search over the files under `tests/data/` (the whole sentence and its first and last
runs of six words); none was found there (only stock openings such as "The following
provisions come into force" and "The southbound carriageway between junctions 2" recur).
Each label was worked out by hand from the words, the publication date and the publisher's
zone; the conversion of local instants to UTC wall time, the day counts and the weekday
checks were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the
labels were committed; the helpers improving the parser have not seen them. See README.md
for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_real.py` and `blind_fresh29.py`: the publisher's zone (the
Australian Government in Canberra: Australia/Sydney, whatever state a project is in; New
Zealand legislation: Pacific/Auckland; GOV.UK and Highways England: Europe/London; the
Kremlin: Europe/Moscow; Wikinews: UTC, as in earlier sets); the publication date at 10:00
local (a release's, a transcript's or an assent's date, and for a list of releases the date
the list gives each summary); pages that show no date of their own or only a date of a
reprint or update (the department's page on the 2015 infrastructure statement, the Fire
and Emergency Act's commencement section, the Companies House factsheet, the 2020 order's
reprint) are read at a day the comment names, and the comment says for which days the
labels hold; a day falls due at 23:59:59 local (zoneinfo decides the offset, Moscow's and
New Zealand's summer times included); a clock time without a zone word is in the
publisher's zone; an overnight window falls due at its later time on the morning after its
last night (the parser's docstring); a range, a list or a window falls due at its later
end; "early" and "mid" are the first and middle thirds of a year, "mid 2020's" the years 3
to 6 of the decade; seasons are meteorological; Australian financial years end on 30 June;
vague words take the parser's documented windows (60 days for "soon" and "the nearest
future", three months for "the coming months"), counted from the day of speaking; a span
or time that the sentence hangs on an undated event or stage ("on the day after the date on
which this Act receives the Royal assent", "earlier than the 30-day time period set by
law", "once the airport begins operating") is `refusal='event'`, and where the same page
dates that event elsewhere the label is marked "unsure" and names the instant; refusals have
`due=None` and a `refusal` kind (past | event | recurring | earliest; this set holds no
negated case), with `earliest` at 00:00 local of the start; a sentence whose time words set
no time for any act (a year in the name of an Act, an order, a budget or a levy, "more
time" as an amount, "the future", "now" on a present state, a possibility with "could")
has `due=None` and no refusal word. Labels marked "unsure" name the other reading; like
every label here they stay as committed, whatever the first run shows. First run: not yet
taken (the lead runs it once, after merging, and records it in README.md). Never edit these
labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_AU_INFRA_STATEMENT_2015 = (
    "http://investment.infrastructure.gov.au/funding/projects/infrastructurestatement2015.aspx"
)
_AU_BUDGET_OVERVIEW_12MAY15 = "https://budget.gov.au/2015-16/content/overview/html/overview-21.htm"
_AU_INFRA_BUDGET_12MAY15 = (
    "http://minister.infrastructure.gov.au/jb/releases/2015/May/budget-infra_01-2015.aspx"
)
_AU_INFRA_BUDGET_3MAY16 = (
    "http://minister.infrastructure.gov.au/chester/releases/2016/May/budget-infra_02-2016.aspx"
)
_AU_KING_LIST_AUG22 = "https://minister.infrastructure.gov.au/c-king?page=60"
_AU_KING_LIST_MAR23 = "https://minister.infrastructure.gov.au/c-king/media-release?page=33"
_AU_KING_LIST_APR23 = "https://minister.infrastructure.gov.au/c-king?page=45"
_NZ_AFB_ORDER_2020 = "https://www.legislation.govt.nz/regulation/public/2020/0043/latest/whole.html"
_NZ_APIARIES_1980 = "https://demo.legislation.govt.nz/Historic/1980/61/LMS1166790/LMS1166790"
_NZ_FENZ_2017 = "https://legislation.govt.nz/act/public/2017/0017/latest/DLM6712705.html"
_GOVUK_CH_FILINGS_2020 = "https://www.gov.uk/government/publications/corporate-insolvency-and-governance-bill-2020-factsheets/companies-house-filings"
_HE_M25_10FEB17 = "http://government-world.com/uk/politics-2/hm-government/page/7634"
_KREMLIN_24OCT05 = "http://en.special.kremlin.ru/events/president/transcripts/23231"
_KREMLIN_11APR06 = "http://en.special.kremlin.ru/events/president/transcripts/23532"
_KREMLIN_3DEC07 = "http://en.special.kremlin.ru/events/president/transcripts/24704"
_KREMLIN_24DEC07 = "http://en.special.kremlin.ru/events/president/transcripts/24745"
_KREMLIN_25DEC19 = "http://en.special.kremlin.ru/events/president/transcripts/62408"
_WN_CRICKET_2DEC14 = (
    "https://en.wikinews.org/wiki/2014/15_Australia,_India_cricket_Test_schedule_reshuffled"
)

FRESH33_CASES: tuple[BlindCase, ...] = (
    # Australian Government, Department of Infrastructure and Regional Development, investment page 'Infrastructure Statement 2015' (the page shows no date of its own; read at Wednesday 2 December 2015, the day after the statement it reports, and every label of this page holds for any day from 2 December 2015 to 31 December 2019; its heading, the graph placeholder and the state headings are not quoted; the file-size notes run into the sentences are kept as the page has them): a statement 'delivered ... on Tuesday 1 December 2015': past
    B(
        text="The then Acting Prime Minister, Warren Truss, delivered the second Annual Ministerial Infrastructure Statement to Parliament on Tuesday 1 December 2015.",
        due=None,
        vague=False,
        said="2015-12-01 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_INFRA_STATEMENT_2015,
        published="2015-12-02",
    ),
    # the same page: progress made 'over the past twelve months': past
    B(
        text="The Acting Prime Minister said he was particularly proud of the significant progress that has been made over the past twelve months delivering the critical infrastructure needed in every state and territory.",
        due=None,
        vague=False,
        said="2015-12-01 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_INFRA_STATEMENT_2015,
        published="2015-12-02",
    ),
    # the same page: work that 'has begun', with stages 'now underway', told as done or as the present state, no time for a further act: past
    B(
        text="In NSW, work has begun on one of Australia’s biggest projects, WestConnex PDF: PDF: 562 KB ReadSpeaker, with two of three stages now underway.",
        due=None,
        vague=False,
        said="2015-12-01 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_INFRA_STATEMENT_2015,
        published="2015-12-02",
    ),
    # the same page: a start 'ahead of schedule' and a loan 'finalised on 20 November 2015': past
    B(
        text="Stage 2 has started ahead of schedule due to the $2 billion concessional loan which was finalised on 20 November 2015.",
        due=None,
        vague=False,
        said="2015-12-01 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=3,
        source=_AU_INFRA_STATEMENT_2015,
        published="2015-12-02",
    ),
    # the same page: a section 'to be delivered by the end of the decade', the decade of the 2010s: 31 December 2019, end of day AEDT; unsure: 31 December 2020 (a decade counted 2011-2020)
    B(
        text="Over 60 per cent of the Pacific Highway PDF: 520 KB ReadSpeaker, is now complete with the final Woolgoolga to Ballina Section to be delivered by the end of the decade.",
        due="2019-12-31 12:59:59",
        vague=False,
        said="2015-12-01 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_AU_INFRA_STATEMENT_2015,
        published="2015-12-02",
    ),
    # the same page: 'in the mid 2020’s', the middle of a decade (years 3 to 6, as the parser's docstring splits decades): 31 December 2026, end of day AEDT
    B(
        text="Western Sydney Airport is on track to take its first passengers in the mid 2020’s.",
        due="2026-12-31 12:59:59",
        vague=False,
        said="2015-12-01 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_AU_INFRA_STATEMENT_2015,
        published="2015-12-02",
    ),
    # Australian Government, Budget 2015-16 overview 'Paving the way to prosperity', section 'Delivering the Infrastructure Growth Package' (budget night, Tuesday 12 May 2015; the site's menu, the budget title and the headings are not quoted): work that started 'in 2014': past
    B(
        text="The Government is continuing to deliver the vital infrastructure that Australia needs and has seen work start on 19 new major projects in 2014.",
        due=None,
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_BUDGET_OVERVIEW_12MAY15,
        published="2015-05-12",
    ),
    # the same page: 55 projects that 'will start construction in 2015', a start said of a one-off act (CONVENTIONS 3.1), the year's end: 31 December 2015, end of day AEDT
    B(
        text="Another 55 will start construction in 2015.",
        due="2015-12-31 12:59:59",
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_AU_BUDGET_OVERVIEW_12MAY15,
        published="2015-05-12",
    ),
    # the same page: a widening 'completed in December 2014': past
    B(
        text="It is the second missing link to be started by this Government, after the M5 West widening which was completed in December 2014.",
        due=None,
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_BUDGET_OVERVIEW_12MAY15,
        published="2015-05-12",
    ),
    # the same page: works that 'commenced this year', told as done: past
    B(
        text="Early works on WestConnex also commenced this year.",
        due=None,
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_BUDGET_OVERVIEW_12MAY15,
        published="2015-05-12",
    ),
    # the same page: 'on schedule' names no time for any act: no deadline
    B(
        text="Numerous major projects in Queensland are being delivered on schedule, including the Bruce Highway, the Toowoomba Second Range Crossing and the Gateway Motorway North.",
        due=None,
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_BUDGET_OVERVIEW_12MAY15,
        published="2015-05-12",
    ),
    # the same page: 'an ongoing commitment' for a government that builds the link, no time for any act: no deadline; unsure: event (the funding waits for an undated decision to build)
    B(
        text="The Commonwealth Government remains committed to improving Melbourne’s connectivity, including an ongoing commitment to provide $3 billion in funding for any Victorian Government that builds the East West Link.",
        due=None,
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_BUDGET_OVERVIEW_12MAY15,
        published="2015-05-12",
    ),
    # the same page: early works 'in 2014' are past; 'major works begin in 2015', a one-off start (CONVENTIONS 3.1): 31 December 2015, end of day AEDT
    B(
        text="Early works started on the Torrens Road to River Torrens project in South Australia in 2014 and major works begin in 2015.",
        due="2015-12-31 12:59:59",
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_AU_BUDGET_OVERVIEW_12MAY15,
        published="2015-05-12",
    ),
    # the same page: 'by mid 2016', the middle third of the year (May to August): 31 August 2016, end of day AEST
    B(
        text="Construction of the $1 billion Gateway WA Project is expected to be completed by mid 2016.",
        due="2016-08-31 13:59:59",
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_AU_BUDGET_OVERVIEW_12MAY15,
        published="2015-05-12",
    ),
    # the same page: 'in early 2016', the first third of the year (January to April), a one-off start (CONVENTIONS 3.1): 30 April 2016, end of day AEST
    B(
        text="The Perth Freight Link will commence construction in early 2016.",
        due="2016-04-30 13:59:59",
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_AU_BUDGET_OVERVIEW_12MAY15,
        published="2015-05-12",
    ),
    # the same page: 'to be completed by May 2015', the month's end: 31 May 2015, end of day AEST
    B(
        text="Work on the Midland Highway in Tasmania is continuing, with an additional five safety projects to be completed by May 2015.",
        due="2015-05-31 13:59:59",
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_BUDGET_OVERVIEW_12MAY15,
        published="2015-05-12",
    ),
    # Australian Government, Assistant Minister for Infrastructure and Regional Development and Minister for Infrastructure and Regional Development, joint media release 'Building Our Future: world-class infrastructure for a stronger Australia' of 12 May 2015 (its title, the 'Media Release' and date lines and the joint-release names are not quoted): 'The 2015 Budget' is a name and 'a ... future' sets no time: no deadline
    B(
        text="The 2015 Budget is part of the Commonwealth Government's plan to build a strong, safe and prosperous future for all Australians.",
        due=None,
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_BUDGET_12MAY15,
        published="2015-05-12",
    ),
    # the same release: 'for the future' and 'in Australia's history' set no time for any act: no deadline
    B(
        text="The Government is building for the future delivering the biggest infrastructure investment programme in Australia's history.",
        due=None,
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_BUDGET_12MAY15,
        published="2015-05-12",
    ),
    # the same release: 'One year after we announced' counts from an announcement gone and tells the present state: past
    B(
        text="One year after we announced our record $50 billion investment in world-class infrastructure, there are bulldozers on the ground building major projects across the nation.",
        due=None,
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_INFRA_BUDGET_12MAY15,
        published="2015-05-12",
    ),
    # the same release ('to to' as the release has it): 'a ... future' sets no time for any act: no deadline
    B(
        text="Upgrading major transport corridors like the Bruce Highway and the Pacific Highway to ensure Australia's freight industry operates more effectively and businesses can take advantage of new trade opportunities are a vital part of the Government's plan to to build a strong, safe and prosperous future for all Australians.",
        due=None,
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_BUDGET_12MAY15,
        published="2015-05-12",
    ),
    # the same release: 'now', 'travel times' and 'more time' set no time for any act: no deadline
    B(
        text="Game-changing projects now under construction in our capital cities will help cut fuel costs and reduce travel times for commuters so they can spend more time being productive at work or at home with their families.",
        due=None,
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_BUDGET_12MAY15,
        published="2015-05-12",
    ),
    # the same release: 'has ... ended decades of uncertainty', told as done: past
    B(
        text="The Government has also ended decades of uncertainty for Western Sydney by getting on with delivering a new airport at Badgerys Creek.",
        due=None,
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_INFRA_BUDGET_12MAY15,
        published="2015-05-12",
    ),
    # the same release: jobs 'during construction' and 'once the airport begins operating', stages the release does not date: event
    B(
        text="Work is now underway on our jointly funded $3.6 billion roads package to support the new airport, which will create thousands of jobs during construction and tens of thousands of jobs once the airport begins operating.",
        due=None,
        vague=False,
        said="2015-05-12 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_AU_INFRA_BUDGET_12MAY15,
        published="2015-05-12",
    ),
    # Australian Government, Minister for Infrastructure and Transport, joint media release BUDGET INFRA 02/2016 'Building our Future: Strengthening Australia through critical and innovative infrastructure investment' of 3 May 2016 (title, release number, date line and joint-release names not quoted): 'The 2016–17 Budget' is a name and 'ongoing' sets no time: no deadline
    B(
        text="The 2016–17 Budget provides for ongoing investment in critical infrastructure and regional development to reduce congestion, improve safety and better connect Australian products to domestic and international markets.",
        due=None,
        vague=False,
        said="2016-05-03 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_INFRA_BUDGET_3MAY16,
        published="2016-05-03",
    ),
    # the same release: delivering 'for the period 2013–14 to 2019–20', the later end of the range, the Australian financial year 2019-20: 30 June 2020, end of day AEST; unsure: no deadline ('onwards' leaves the end open)
    B(
        text="The Australian Government is building our future by delivering over $50 billion for the period 2013–14 to 2019–20 onwards, in critical road and rail infrastructure in an integrated investment plan that creates value and backs economic growth for Australians in our cities and regions.",
        due="2020-06-30 13:59:59",
        vague=False,
        said="2016-05-03 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_AU_INFRA_BUDGET_3MAY16,
        published="2016-05-03",
    ),
    # Australian Government, Minister for Infrastructure, Transport, Regional Development and Local Government (Catherine King), list of releases on minister.infrastructure.gov.au, page 60 (each summary is read at the date the list gives it, here 10 August 2022; titles, date lines, the 'Media release' and 'Interview' tags and the summaries cut off with '…' are not quoted): a consultation 'now open' with no close given: no deadline
    B(
        text="The Majors Road on/off ramp – providing southern suburbs commuters with better access to the Southern Expressway – is a step closer with community consultation now open.",
        due=None,
        vague=False,
        said="2022-08-10 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_KING_LIST_AUG22,
        published="2022-08-10",
    ),
    # the same list, a release of 10 August 2022: 'in the coming months', a vague window of three months (the parser's docstring): 10 November 2022, end of day AEDT
    B(
        text="Tasmania’s largest ever infrastructure project, the New Bridgewater Bridge is expected to commence construction in the coming months, with early works already progressing on site.",
        due="2022-11-10 12:59:59",
        vague=True,
        said="2022-08-10 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_KING_LIST_AUG22,
        published="2022-08-10",
    ),
    # Australian Government, Minister Catherine King, list of media releases, page 33 (each summary read at its listed date, here 18 March 2023; titles, dates and cut-off summaries not quoted): 'for decades to come' sets no time for the refit: no deadline
    B(
        text="The Heysen Tunnels are set for an extensive refit to ensure they continue to service South Australia for decades to come.",
        due=None,
        vague=False,
        said="2023-03-17 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_AU_KING_LIST_MAR23,
        published="2023-03-18",
    ),
    # the same list, a release of 13 March 2023: milestones 'being celebrated this month', told as the present state: no deadline; unsure: 31 March 2023, end of day AEDT (the month's end)
    B(
        text="The Tonkin Gap project in Perth continues to motor ahead, with two new milestones being celebrated this month.",
        due=None,
        vague=False,
        said="2023-03-12 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_AU_KING_LIST_MAR23,
        published="2023-03-13",
    ),
    # Australian Government, Minister Catherine King, list of releases, page 45 (each summary read at its listed date, here 11 April 2023; titles, dates, tags, interview subjects and cut-off summaries not quoted): a lane that 'opened to traffic recently': past
    B(
        text="Road safety and travel times on the Augusta Highway have been improved after a new southbound overtaking lane near Lochiel opened to traffic recently.",
        due=None,
        vague=False,
        said="2023-04-11 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_AU_KING_LIST_APR23,
        published="2023-04-11",
    ),
    # the same list, a release of 6 April 2023: 'will open on Sunday 11 June', a one-off opening (CONVENTIONS 3.1), a year-less date read as its next occurrence (a Sunday in 2023), in the publisher's zone: 11 June 2023, end of day AEST
    B(
        text="The new METRONET Lakelands Station in Mandurah, south of Perth, will open on Sunday 11 June.",
        due="2023-06-11 13:59:59",
        vague=False,
        said="2023-04-06 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_AU_KING_LIST_APR23,
        published="2023-04-06",
    ),
    # New Zealand Legislation, Biosecurity (American Foulbrood—Beekeeper Levy) Amendment Order 2020 (LI 2020/43), 'Reprint as at 12 December 2020' (read at that day; the reprint line, the LI number, the Governor-General's name, the making line 'At Wellington this 16th day of March 2020', 'Present:' and the subsection numbers are not quoted): 'the Legislation Act 2012' is a name: no deadline
    B(
        text="Changes authorised by subpart 2 of Part 2 of the Legislation Act 2012 have been made in this official reprint.",
        due=None,
        vague=False,
        said="2020-12-11 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_AFB_ORDER_2020,
        published="2020-12-12",
    ),
    # the same order (its three lines run into one sentence, joined by a space): 'the Biosecurity Act 1993' is a name: no deadline
    B(
        text="This order is made under section 100L of the Biosecurity Act 1993— on the advice and with the consent of the Executive Council; and on the recommendation of the Minister for Biosecurity made after complying with section 100L(5) of that Act.",
        due=None,
        vague=False,
        said="2020-12-11 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_AFB_ORDER_2020,
        published="2020-12-12",
    ),
    # the same order: a year in the order's name: no deadline
    B(
        text="This order is the Biosecurity (American Foulbrood—Beekeeper Levy) Amendment Order 2020.",
        due=None,
        vague=False,
        said="2020-12-11 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_AFB_ORDER_2020,
        published="2020-12-12",
    ),
    # the same order: 'comes into force on 16 April 2020', gone by the reprint's day: past; unsure: 16 April 2020, end of day NZST, if read at the day the order was made (16 March 2020)
    B(
        text="This order comes into force on 16 April 2020.",
        due=None,
        vague=False,
        said="2020-12-11 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=3,
        source=_NZ_AFB_ORDER_2020,
        published="2020-12-12",
    ),
    # the same order: 'come into force on 1 June 2020', gone by the reprint's day: past; unsure: 1 June 2020, end of day NZST, if read at the making day
    B(
        text="However, clauses 13 and 14 come into force on 1 June 2020.",
        due=None,
        vague=False,
        said="2020-12-11 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=3,
        source=_NZ_AFB_ORDER_2020,
        published="2020-12-12",
    ),
    # the same order: 'confirmed, on 12 December 2020', the reprint's own day, told as done (as CONVENTIONS 2.4); the years of the Act are names: past
    B(
        text="Order: confirmed, on 12 December 2020, by section 8(h) of the Subordinate Legislation Confirmation Act 2020 (2020 No 66).",
        due=None,
        vague=False,
        said="2020-12-11 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=3,
        source=_NZ_AFB_ORDER_2020,
        published="2020-12-12",
    ),
    # the same order: 'was previously called', a name of the past (its year is part of the name): past
    B(
        text="This order amends the order that was previously called the Biosecurity (American Foulbrood – Apiary and Beekeeper Levy) Order 2003 (the principal order).",
        due=None,
        vague=False,
        said="2020-12-11 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_NZ_AFB_ORDER_2020,
        published="2020-12-12",
    ),
    # the same order, a definition inserted by it: 'the 1998 Order' is a name: no deadline
    B(
        text="bee colony has the same meaning as honey bee colony in clause 2(1) of the 1998 Order",
        due=None,
        vague=False,
        said="2020-12-11 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_AFB_ORDER_2020,
        published="2020-12-12",
    ),
    # New Zealand Legislation (historical Acts), Apiaries Amendment Act 1980, 1980 No 61, date of assent 10 December 1980 (read at that day; the repeated title, the 'Public Act' and assent lines, 'Contents', the headings and the subsection numbers are not quoted): the long title names 'the Apiaries Act 1969': no deadline
    B(
        text="An Act to amend the Apiaries Act 1969",
        due=None,
        vague=False,
        said="1980-12-09 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_APIARIES_1980,
        published="1980-12-10",
    ),
    # the same Act: years in the names of two Acts: no deadline
    B(
        text="This Act may be cited as the Apiaries Amendment Act 1980, and shall be read together with and deemed part of the Apiaries Act 1969 (hereinafter referred to as the principal Act).",
        due=None,
        vague=False,
        said="1980-12-09 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_APIARIES_1980,
        published="1980-12-10",
    ),
    # the same Act: 'shall come into force on the 1st day of January 1981', a one-off commencement (CONVENTIONS 3.1): 1 January 1981, end of day NZDT
    B(
        text="Subject to section 10(2) of this Act, this Act shall come into force on the 1st day of January 1981.",
        due="1981-01-01 10:59:59",
        vague=False,
        said="1980-12-09 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_NZ_APIARIES_1980,
        published="1980-12-10",
    ),
    # New Zealand Legislation, Fire and Emergency New Zealand Act 2017 (2017 No 17), section 2 'Commencement', latest version (the page shows no date of its own; read at Thursday 1 June 2017, and every label holds for any day from the Act's assent to 30 June 2018; the heading, the subsection numbers and the list letters are not quoted, and a point of a list is taken as its own case): 'the day after the date on which this Act receives the Royal assent', an assent this sentence does not date: event
    B(
        text="The following provisions come into force on the day after the date on which this Act receives the Royal assent:",
        due=None,
        vague=False,
        said="2017-05-31 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_NZ_FENZ_2017,
        published="2017-06-01",
    ),
    # the same section, a point of the list: 'the levy for the 2017/18 year' names a levy by its year: no deadline
    B(
        text="clauses 23 to 32 of Schedule 1 (which relate to the levy for the 2017/18 year):",
        due=None,
        vague=False,
        said="2017-05-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_FENZ_2017,
        published="2017-06-01",
    ),
    # the same section: 'on a date appointed by the Governor-General by Order in Council', a date not yet set: event
    B(
        text="Sections 75 to 79 (which relate to evacuation schemes for relevant buildings) come into force on a date appointed by the Governor-General by Order in Council, and 1 or more Orders in Council may be made bringing different provisions into force on different dates and appointing different dates for different purposes.",
        due=None,
        vague=False,
        said="2017-05-31 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_NZ_FENZ_2017,
        published="2017-06-01",
    ),
    # the same section: 'comes into force on 1 July 2018' for what is not brought in before (CONVENTIONS 3.1): 1 July 2018, end of day NZST
    B(
        text="To the extent that a provision specified in subsection (2) is not previously brought into force under that subsection, that provision comes into force on 1 July 2018.",
        due="2018-07-01 11:59:59",
        vague=False,
        said="2017-05-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_NZ_FENZ_2017,
        published="2017-06-01",
    ),
    # the same section: 'come into force on 1 July 2018' (CONVENTIONS 3.1): 1 July 2018, end of day NZST
    B(
        text="The following provisions come into force on 1 July 2018:",
        due="2018-07-01 11:59:59",
        vague=False,
        said="2017-05-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_NZ_FENZ_2017,
        published="2017-06-01",
    ),
    # the same section, a point of the list: 'the Local Government Act 2002' is a name: no deadline
    B(
        text="section 200 (which repeals certain provisions of the Local Government Act 2002):",
        due=None,
        vague=False,
        said="2017-05-31 22:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_NZ_FENZ_2017,
        published="2017-06-01",
    ),
    # the same section: 'on a date, not earlier than 1 July 2018, appointed by ...', only a lower bound (CONVENTIONS 3.2): earliest 1 July 2018, 00:00 NZST
    B(
        text="Sections 80 to 140 (which relate to levies) come into force on a date, not earlier than 1 July 2018, appointed by the Governor-General by Order in Council.",
        due=None,
        vague=False,
        said="2017-05-31 22:00:00",
        tz="Pacific/Auckland",
        refusal="earliest",
        earliest="2018-06-30 12:00:00",
        cluster=5,
        source=_NZ_FENZ_2017,
        published="2017-06-01",
    ),
    # GOV.UK, guidance 'Companies House filings' of the Corporate Insolvency and Governance Bill 2020 factsheets (the page shows 'Updated 5 June 2020' and a withdrawal notice whose date the stored copy cuts off; read at Friday 26 June 2020, the day after the Act it reports, and every label holds for any later day; the headings, the update stamp and the cut-off 'This guidance was withdrawn on' line are not quoted): 'became law on 25 June 2020': past
    B(
        text="This bill became law on 25 June 2020.",
        due=None,
        vague=False,
        said="2020-06-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVUK_CH_FILINGS_2020,
        published="2020-06-26",
    ),
    # the same guidance: 'more time' is an amount given, no time for any act: no deadline
    B(
        text="We are providing companies and other types of business registered at Companies House with more time to file accounts, confirmation statements and details of relevant events, such as a change in director.",
        due=None,
        vague=False,
        said="2020-06-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_CH_FILINGS_2020,
        published="2020-06-26",
    ),
    # the same guidance: 'more time' is an amount given: no deadline
    B(
        text="We are also providing more time to register charges with Companies House.",
        due=None,
        vague=False,
        said="2020-06-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_CH_FILINGS_2020,
        published="2020-06-26",
    ),
    # the same guidance: 'the appropriate amount of time' names no time: no deadline
    B(
        text="We are working on creating extensions that give these companies and businesses the appropriate amount of time.",
        due=None,
        vague=False,
        said="2020-06-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_CH_FILINGS_2020,
        published="2020-06-26",
    ),
    # the same guidance ('We will be set out' as the page has it): 'timeframes' are promised without a time of their own: no deadline
    B(
        text="We will be set out all the timeframes in regulations as well as in accompanying guidance.",
        due=None,
        vague=False,
        said="2020-06-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_CH_FILINGS_2020,
        published="2020-06-26",
    ),
    # the same guidance: 'the deadline' is extended with no time given for the extension or the act: no deadline
    B(
        text="We will retrospectively extend the deadline for public companies to file accounts.",
        due=None,
        vague=False,
        said="2020-06-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_CH_FILINGS_2020,
        published="2020-06-26",
    ),
    # the same guidance: 'then' and 'temporarily' set no time: no deadline
    B(
        text="We will then use regulations to temporarily modify the deadlines in the Companies Act and other similar legislation for filings like confirmation statements or notifying a change in director.",
        due=None,
        vague=False,
        said="2020-06-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_CH_FILINGS_2020,
        published="2020-06-26",
    ),
    # the same guidance: 'deadlines' and 'periods' named, none given: no deadline
    B(
        text="The new power outlined in primary legislation specifies the deadlines that can be extended and the maximum extended periods that the regulations may substitute for the current periods.",
        due=None,
        vague=False,
        said="2020-06-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_CH_FILINGS_2020,
        published="2020-06-26",
    ),
    # the same guidance: 'for a temporary period' with no end and 'more time' as an amount: no deadline
    B(
        text="The regulations mean that for a temporary period, public and private companies and other entities will have more time to file accounts, confirmation statements and notices of certain relevant events covered by the confirmation statement with Companies House.",
        due=None,
        vague=False,
        said="2020-06-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_CH_FILINGS_2020,
        published="2020-06-26",
    ),
    # the same guidance: a leave to 'file their accounts afterwards', after a meeting not dated, is no undertaking (CONVENTIONS 4.2): no deadline
    B(
        text="The retrospective provision for a public company to file accounts means that when public companies exercise the new flexibilities we are providing for them to reschedule their AGM and hold it in a different way, they will also be able to continue to combine the meeting with their accounts meeting and file their accounts afterwards.",
        due=None,
        vague=False,
        said="2020-06-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVUK_CH_FILINGS_2020,
        published="2020-06-26",
    ),
    # Highways England press release on GOV.UK 'Planned roadworks in and around the M25: weekly summary for Monday 13 February to Sunday 19 February 2017', as reposted on government-world.com (read at Friday 10 February 2017, the day it says it is correct as of; the site's heading, the release's title and the road-section headings are not quoted, and the second 'Work on Saturday morning will finish at 7am.' is taken once): 'correct as of 10 February 2017' dates the summary, and 'over the coming week' is what it covers: no deadline; unsure: 19 February 2017, end of day GMT (the end of the week covered)
    B(
        text="The following summary of planned new and ongoing road improvements over the coming week is correct as of 10 February 2017 but could be subject to change due to weather conditions or unforeseen circumstances.",
        due=None,
        vague=False,
        said="2017-02-10 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HE_M25_10FEB17,
        published="2017-02-10",
    ),
    # the same summary: work that 'continues this week', kept going to the week's end (CONVENTIONS 3.3), the week the summary covers: 19 February 2017, end of day GMT; unsure: 12 February 2017 (the calendar week of the publication day)
    B(
        text="Work to reduce congestion and improve journey times continues this week with narrow lanes a 50mph speed limit in place on both carriageways between junctions 2 and 4a, with a free recovery service operating 24 hours a day.",
        due="2017-02-19 23:59:59",
        vague=False,
        said="2017-02-10 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HE_M25_10FEB17,
        published="2017-02-10",
    ),
    # the same summary: overnight 'between 8pm and 5.30am, from Monday 13 February for 5 nights', the last night ending on Saturday 18 February at 05:30 GMT
    B(
        text="The northbound carriageway between junctions 4a and 2 will be closed overnight, between 8pm and 5.30am, from Monday 13 February for 5 nights.",
        due="2017-02-18 05:30:00",
        vague=False,
        said="2017-02-10 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HE_M25_10FEB17,
        published="2017-02-10",
    ),
    # the same summary: 'on Saturday morning ... at 7am', the Saturday that ends the five nights: 18 February 2017, 07:00 GMT; unsure: 11 February 2017, 07:00 GMT (the next Saturday after the publication day)
    B(
        text="Work on Saturday morning will finish at 7am.",
        due="2017-02-18 07:00:00",
        vague=False,
        said="2017-02-10 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HE_M25_10FEB17,
        published="2017-02-10",
    ),
    # the same summary: the same five nights for the other carriageway: 18 February 2017, 05:30 GMT
    B(
        text="The southbound carriageway between junctions 2 and 4a will be closed overnight, between 8pm and 5.30am, from Monday 13 February for 5 nights.",
        due="2017-02-18 05:30:00",
        vague=False,
        said="2017-02-10 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HE_M25_10FEB17,
        published="2017-02-10",
    ),
    # the same summary: overnight 'between 8pm and 7am, on Saturday 18 February', ending the next morning: 19 February 2017, 07:00 GMT
    B(
        text="The northbound carriageway between junctions 3 and 2 will be closed overnight, between 8pm and 7am, on Saturday 18 February.",
        due="2017-02-19 07:00:00",
        vague=False,
        said="2017-02-10 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HE_M25_10FEB17,
        published="2017-02-10",
    ),
    # the same summary: work that 'will start this week', the week the summary covers: 19 February 2017, end of day GMT; unsure: 12 February 2017 (the calendar week of the publication day)
    B(
        text="Work to maintain safety by carrying out drainage surveys will start this week.",
        due="2017-02-19 23:59:59",
        vague=False,
        said="2017-02-10 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HE_M25_10FEB17,
        published="2017-02-10",
    ),
    # the same summary: overnight 'between 10pm and 5am, on Wednesday 15 February', ending the next morning: 16 February 2017, 05:00 GMT
    B(
        text="The dedicated link road from the M4 eastbound to the M25 clockwise will be closed overnight, between 10pm and 5am, on Wednesday 15 February.",
        due="2017-02-16 05:00:00",
        vague=False,
        said="2017-02-10 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HE_M25_10FEB17,
        published="2017-02-10",
    ),
    # Official website of the President of Russia (kremlin.ru, English), 'Extracts from Transcript of Meeting with the Government Cabinet', October 24, 2005, the Kremlin, Moscow (the site's view settings, the heading, the date line and the line introducing the Deputy Prime Minister's report are not quoted, nor a speaker's name before a colon): results 'for September' 'just summed up': past
    B(
        text="We have just summed up the results for September.",
        due=None,
        vague=False,
        said="2005-10-24 06:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_24OCT05,
        published="2005-10-24",
    ),
    # the same transcript: 'in August' and 'in September', told as done: past
    B(
        text="What we can note is that although the overall economic growth rate and the industrial output growth rate dropped somewhat in August, industrial growth picked up again in September and came to 0.7 percent.",
        due=None,
        vague=False,
        said="2005-10-24 06:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_24OCT05,
        published="2005-10-24",
    ),
    # the same transcript: 'the first three quarters of this year' and 'last year', measured results: past
    B(
        text="Overall, GDP growth for the first three quarters of this year rose by 5.9 percent compared to the same period last year.",
        due=None,
        vague=False,
        said="2005-10-24 06:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_24OCT05,
        published="2005-10-24",
    ),
    # the same transcript: a pace that 'will continue through to the end of the year', kept going to a date (CONVENTIONS 3.3): 31 December 2005, end of day MSK; unsure: no deadline (the experts' forecast, no undertaking)
    B(
        text="The experts think that this pace will continue through to the end of the year and could increase to six percent for the year overall.",
        due="2005-12-31 20:59:59",
        vague=False,
        said="2005-10-24 06:00:00",
        tz="Europe/Moscow",
        cluster=6,
        source=_KREMLIN_24OCT05,
        published="2005-10-24",
    ),
    # the same transcript: 'over the first 17 days of October', measured: past
    B(
        text="As for consumer prices, they increased by 0.3 percent over the first 17 days of October.",
        due=None,
        vague=False,
        said="2005-10-24 06:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_24OCT05,
        published="2005-10-24",
    ),
    # the same transcript: an increase expected 'for October', the month's end: 31 October 2005, end of day MSK (winter time from 30 October)
    B(
        text="We expect an increase of 0.6 percent overall for October.",
        due="2005-10-31 20:59:59",
        vague=False,
        said="2005-10-24 06:00:00",
        tz="Europe/Moscow",
        cluster=4,
        source=_KREMLIN_24OCT05,
        published="2005-10-24",
    ),
    # the same transcript: months of 2004 and 'last year' compared with 'now': past
    B(
        text="In general, compared to the results for August, September and October 2004, inflation is rising at a rate twice lower than that what we were expecting at the same period last year, but accumulated inflation is somewhat higher than was the case last year, although prices are rising at a slower pace now.",
        due=None,
        vague=False,
        said="2005-10-24 06:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_24OCT05,
        published="2005-10-24",
    ),
    # the same transcript, the President: measures 'for the nearest future', read as 'in the near future', a vague window of 60 days (CONVENTIONS 5.1): 23 December 2005, end of day MSK; unsure: no deadline (the words may only say what the measures are for)
    B(
        text="I think it would be good for the government to prepare a package of anti-inflation measures for the nearest future and come up with a programme of systemic measures in this area.",
        due="2005-12-23 20:59:59",
        vague=True,
        said="2005-10-24 06:00:00",
        tz="Europe/Moscow",
        cluster=6,
        source=_KREMLIN_24OCT05,
        published="2005-10-24",
    ),
    # the same transcript: 'later' alone gives no window: no deadline; unsure: vague (a soon word)
    B(
        text="I am sure that the Prime Minister and I will further discuss this matter later.",
        due=None,
        vague=False,
        said="2005-10-24 06:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KREMLIN_24OCT05,
        published="2005-10-24",
    ),
    # Official website of the President of Russia, 'Opening Address at the Meeting with the Leaders of the State Duma Factions', April 11, 2006, the Kremlin, Moscow (view settings, heading, date line, greeting and the speaker's name not quoted): meetings held 'almost regularly': recurring
    B(
        text="We meet in this format almost regularly.",
        due=None,
        vague=False,
        said="2006-04-11 06:00:00",
        tz="Europe/Moscow",
        refusal="recurring",
        cluster=5,
        source=_KREMLIN_11APR06,
        published="2006-04-11",
    ),
    # the same address: 'last year ... in the spring': past
    B(
        text="I remember that last year we met in the spring, just before the Address [to the Federal Assembly].",
        due=None,
        vague=False,
        said="2006-04-11 06:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_11APR06,
        published="2006-04-11",
    ),
    # the same address: 'Today I would also like to talk', a day word on the act as it is spoken (CONVENTIONS 2.1): 11 April 2006, end of day MSK; unsure: no deadline (a verb of speaking, CONVENTIONS 2.2)
    B(
        text="Today I would also like to talk about the whole range of our internal and international political issues, keeping in mind that the yearly Address to the Federal Assembly is in its final stages of preparation.",
        due="2006-04-11 19:59:59",
        vague=False,
        said="2006-04-11 06:00:00",
        tz="Europe/Moscow",
        cluster=6,
        source=_KREMLIN_11APR06,
        published="2006-04-11",
    ),
    # the same address: what 'could eventually be implemented' is a possibility, no undertaking (CONVENTIONS 4.2): no deadline
    B(
        text="I am very much counting on your suggestions and remarks that could eventually be implemented.",
        due=None,
        vague=False,
        said="2006-04-11 06:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KREMLIN_11APR06,
        published="2006-04-11",
    ),
    # the same address: thanks for work on 'the previous Address', done: past
    B(
        text="I would like to thank the State Duma for the teamwork in implementing the previous Address and, first and foremost, for establishing the necessary legal and financial bases for implementing the national projects.",
        due=None,
        vague=False,
        said="2006-04-11 06:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_11APR06,
        published="2006-04-11",
    ),
    # the same address: 'now examining' tells the present, no time for any act: no deadline
    B(
        text="As far as I know, you are now examining the draft bill on handling messages from our citizens, something that I also consider very significant.",
        due=None,
        vague=False,
        said="2006-04-11 06:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KREMLIN_11APR06,
        published="2006-04-11",
    ),
    # the same address: what is 'always' done with the budget: recurring
    B(
        text="It is always given detailed consideration, and is being accepted after a lot of discussions.",
        due=None,
        vague=False,
        said="2006-04-11 06:00:00",
        tz="Europe/Moscow",
        refusal="recurring",
        cluster=5,
        source=_KREMLIN_11APR06,
        published="2006-04-11",
    ),
    # the same address: 'in the near future' says what the budget covers, no undertaking: no deadline; unsure: vague, 60 days (a soon word)
    B(
        text="This is the country's most important financial document and, as a matter of fact, it defines the development of the country's economy in the near future.",
        due=None,
        vague=False,
        said="2006-04-11 06:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KREMLIN_11APR06,
        published="2006-04-11",
    ),
    # Official website of the President of Russia, 'Extracts from Transcript of Meeting with the Government Cabinet', December 3, 2007, the Kremlin, Moscow (view settings, heading, date line, speaker and greeting not quoted): 'At the start of our meeting' and 'once more' place the thanks as they are spoken, no later act: no deadline; unsure: due the day of speaking (CONVENTIONS 2.1)
    B(
        text="At the start of our meeting I think I should once more address our country’s citizens and thank everyone who voted in the national parliamentary election.",
        due=None,
        vague=False,
        said="2007-12-03 07:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KREMLIN_3DEC07,
        published="2007-12-03",
    ),
    # the same transcript: 'our country’s future' sets no time: no deadline
    B(
        text="This is very important for our country’s future and also very important for the parties in which the voters have placed their trust.",
        due=None,
        vague=False,
        said="2007-12-03 07:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KREMLIN_3DEC07,
        published="2007-12-03",
    ),
    # the same transcript: 'The previous parliament' and 'previous elections': past
    B(
        text="The previous parliament reflected the votes of 70 percent of voters, while the new parliament represents 90 percent of the voters, because the parties that did not make it into the State Duma received considerably fewer votes than in previous elections.",
        due=None,
        vague=False,
        said="2007-12-03 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_3DEC07,
        published="2007-12-03",
    ),
    # the same transcript: 'earlier than the 30-day time period set by law', a span from an election this sentence does not date (CONVENTIONS 1.3): event; unsure: counted from the election of Sunday 2 December 2007 (the page says only that it took place), a session before 1 January 2008
    B(
        text="In this respect I think it would make sense to hold the first session of the new parliament earlier than the 30-day time period set by law.",
        due=None,
        vague=False,
        said="2007-12-03 07:00:00",
        tz="Europe/Moscow",
        refusal="event",
        cluster=5,
        source=_KREMLIN_3DEC07,
        published="2007-12-03",
    ),
    # the same transcript: 'earlier' than a legal term the sentence does not date: event
    B(
        text="The law gives the President the right to convene the Duma earlier, and this we will do.",
        due=None,
        vague=False,
        said="2007-12-03 07:00:00",
        tz="Europe/Moscow",
        refusal="event",
        cluster=5,
        source=_KREMLIN_3DEC07,
        published="2007-12-03",
    ),
    # the same transcript: 'earlier than this date', a date the sentence does not give: event
    B(
        text="I therefore ask the Presidential Executive Office to draft a decree convening the Duma earlier than this date and begin work together with the Government.",
        due=None,
        vague=False,
        said="2007-12-03 07:00:00",
        tz="Europe/Moscow",
        refusal="event",
        cluster=5,
        source=_KREMLIN_3DEC07,
        published="2007-12-03",
    ),
    # Official website of the President of Russia, 'Excerpts from the Transcript of the Meeting with Cabinet Members', December 24, 2007, the Kremlin, Moscow (view settings, heading, date line, the topic line and speakers' names before a colon not quoted): 'Last week ... was signed': past
    B(
        text="Last week a general agreement was signed between the national trade organisations, employers and the Government.",
        due=None,
        vague=False,
        said="2007-12-24 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_24DEC07,
        published="2007-12-24",
    ),
    # the same transcript: principles kept 'over the next three years, from 2008 to 2010', the range's later end (CONVENTIONS 3.3): 31 December 2010, end of day MSK; unsure: no deadline (the period the agreement covers)
    B(
        text="It sets out all the basic principles for work and economic relations over the next three years, from 2008 to 2010.",
        due="2010-12-31 20:59:59",
        vague=False,
        said="2007-12-24 07:00:00",
        tz="Europe/Moscow",
        cluster=3,
        source=_KREMLIN_24DEC07,
        published="2007-12-24",
    ),
    # the same transcript: 'for the first time ... was ... approved': past
    B(
        text="It should be noted that, for the first time, this agreement was unanimously approved by the various parties to it.",
        due=None,
        vague=False,
        said="2007-12-24 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_24DEC07,
        published="2007-12-24",
    ),
    # the same transcript: 'previous disagreements': past
    B(
        text="All the previous disagreements were with the unions, particularly concerning the issue of wages.",
        due=None,
        vague=False,
        said="2007-12-24 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_24DEC07,
        published="2007-12-24",
    ),
    # the same transcript: 'At that time there was': past
    B(
        text="At that time there was a dispute between the unions and employers concerning how quickly the minimum wage can become more than a mere subsistence income.",
        due=None,
        vague=False,
        said="2007-12-24 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_24DEC07,
        published="2007-12-24",
    ),
    # the same transcript: 'when' asks for a time and gives none: no deadline
    B(
        text="The question is when this should take place.",
        due=None,
        vague=False,
        said="2007-12-24 07:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KREMLIN_24DEC07,
        published="2007-12-24",
    ),
    # the same transcript: results to be analysed 'in the spring of next year', spring 2008 (March to May, meteorological): 31 May 2008, end of day MSK; 'the autumn of this year' is past; unsure: past (an agreement reported in the past tense)
    B(
        text="It was agreed that in the spring of next year (taking into a account a very substantial improvement in the autumn of this year) the results would be analysed in terms of the impact on regional budgets, primarily on the socio-economic development of the regions, and then it would allow to determine the possibility of raising the minimum wage to a living wage more rapidly than the government had previously anticipated.",
        due="2008-05-31 19:59:59",
        vague=False,
        said="2007-12-24 07:00:00",
        tz="Europe/Moscow",
        cluster=4,
        source=_KREMLIN_24DEC07,
        published="2007-12-24",
    ),
    # the same transcript: 'could be achieved in 2010', an estimate, no undertaking (CONVENTIONS 4.2): no deadline
    B(
        text="According to our previous estimates, this could be achieved in 2010.",
        due=None,
        vague=False,
        said="2007-12-24 07:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KREMLIN_24DEC07,
        published="2007-12-24",
    ),
    # the same transcript: 'could be done sooner', a possibility (CONVENTIONS 4.2): no deadline
    B(
        text="Now, given the way things are developing, it could be done sooner.",
        due=None,
        vague=False,
        said="2007-12-24 07:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KREMLIN_24DEC07,
        published="2007-12-24",
    ),
    # Official website of the President of Russia, 'Meeting with Government members', December 25, 2019, Moscow (view settings, heading, date line and the speaker's address not quoted): a 'New Year meeting' that was 'held': past
    B(
        text="Vladimir Putin held the traditional New Year meeting with Government members.",
        due=None,
        vague=False,
        said="2019-12-25 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_25DEC19,
        published="2019-12-25",
    ),
    # the same transcript: 'reviewed the year' and discussed plans 'for the future', told as done: past
    B(
        text="The participants of the extended meeting reviewed the year and discussed cabinet plans for the future.",
        due=None,
        vague=False,
        said="2019-12-25 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_25DEC19,
        published="2019-12-25",
    ),
    # the same transcript: 'Traditionally we meet on the eve of the New Year', a custom: recurring
    B(
        text="Traditionally we meet on the eve of the New Year and sum up some results, although the main ones are reviewed in other formats: at industrial and public meetings and with the media.",
        due=None,
        vague=False,
        said="2019-12-25 07:00:00",
        tz="Europe/Moscow",
        refusal="recurring",
        cluster=5,
        source=_KREMLIN_25DEC19,
        published="2019-12-25",
    ),
    # the same transcript: 'never ... in our modern-day history': past
    B(
        text="There has never been anything like this in our modern-day history.",
        due=None,
        vague=False,
        said="2019-12-25 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_25DEC19,
        published="2019-12-25",
    ),
    # the same transcript: 'discussed ... many times', and 'today' on what is had now: past
    B(
        text="We have discussed this many times at our working meetings, as well as about the fact that perhaps we should not try to achieve what we have today, but maybe invest more money in the economy, so that it develops a little faster.",
        due=None,
        vague=False,
        said="2019-12-25 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_25DEC19,
        published="2019-12-25",
    ),
    # the same transcript: 'Soon we will decide', a vague window of 60 days (CONVENTIONS 5.1): 23 February 2020, end of day MSK
    B(
        text="Soon we will decide what comes next.",
        due="2020-02-23 20:59:59",
        vague=True,
        said="2019-12-25 07:00:00",
        tz="Europe/Moscow",
        cluster=6,
        source=_KREMLIN_25DEC19,
        published="2019-12-25",
    ),
    # the same transcript: 'discussed this plenty of times': past
    B(
        text="We know this all too well and have discussed this plenty of times.",
        due=None,
        vague=False,
        said="2019-12-25 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_25DEC19,
        published="2019-12-25",
    ),
    # the same transcript: 'said many times': past
    B(
        text="Of course, this has also been said many times; this is not the main goal.",
        due=None,
        vague=False,
        said="2019-12-25 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_25DEC19,
        published="2019-12-25",
    ),
    # Wikinews, '2014/15 Australia, India cricket Test schedule reshuffled', Tuesday, December 2, 2014 (UTC, as Wikinews in earlier sets; the site's navigation lines and the date line are not quoted): 'announced Monday night', a reshuffle told as done; '2014/15' names the series: past
    B(
        text="The 2014/15 Test cricket series between Australia and India has been reshuffled, announced Monday night, after the scheduled first match was postponed.",
        due=None,
        vague=False,
        said="2014-12-02 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_CRICKET_2DEC14,
        published="2014-12-02",
    ),
    # the same story: a match 'from December 9', a one-off event's start (CONVENTIONS 3.1), a year-less date read as its next occurrence: 9 December 2014, end of day UTC; unsure: earliest 9 December 2014 (only the start is given)
    B(
        text="Adelaide Oval is now scheduled to host the first match from December 9.",
        due="2014-12-09 23:59:59",
        vague=False,
        said="2014-12-02 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WN_CRICKET_2DEC14,
        published="2014-12-02",
    ),
    # the same story (the second sentence of a quotation, with its closing mark and attribution): the return gets no time, and 'last week' is of being present: past
    B(
        text="There is no doubt that their return to the field will be enormously challenging, particularly for those who were present on the SCG [Sydney Cricket Ground] last week,\" Australian Cricketers' Association head Alistair Nicholson said.",
        due=None,
        vague=False,
        said="2014-12-02 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN_CRICKET_2DEC14,
        published="2014-12-02",
    ),
    # the same story: the second Test 'from December 17' (CONVENTIONS 3.1): 17 December 2014, end of day UTC; unsure: earliest 17 December 2014
    B(
        text="The Gabba, in Brisbane, is to host the second Test from December 17.",
        due="2014-12-17 23:59:59",
        vague=False,
        said="2014-12-02 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WN_CRICKET_2DEC14,
        published="2014-12-02",
    ),
    # the same story: 'a minimum break of five days' is an amount and 'the Boxing Day Test' a name: no deadline
    B(
        text="This allows a minimum break of five days before the Boxing Day Test at the Melbourne Cricket Ground.",
        due=None,
        vague=False,
        said="2014-12-02 10:00:00",
        tz="UTC",
        cluster=1,
        source=_WN_CRICKET_2DEC14,
        published="2014-12-02",
    ),
    # the same story: a Test 'delayed to begin January 6', the new time counts (CONVENTIONS 4.1), a year-less date read as its next occurrence: 6 January 2015, end of day UTC
    B(
        text="Sydney's New Year's Test has been delayed to begin January 6.",
        due="2015-01-06 23:59:59",
        vague=False,
        said="2014-12-02 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WN_CRICKET_2DEC14,
        published="2014-12-02",
    ),
    # the same story: a schedule 'due to start on January 12' (CONVENTIONS 3.1): 12 January 2015, end of day UTC
    B(
        text="The limited overs schedule, due to start on January 12, is unaffected.",
        due="2015-01-12 23:59:59",
        vague=False,
        said="2014-12-02 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WN_CRICKET_2DEC14,
        published="2014-12-02",
    ),
)
