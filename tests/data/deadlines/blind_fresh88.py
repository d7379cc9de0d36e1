"""An EIGHTY-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), in the evening (the machine's clock read 21:47 at the
start and about 21:55 when the labels were written), by a labelling helper (branch issue12l88-s42)
that neither changed, imported nor ran the parser, working at the same time as other labellers
(their claims were treated as used and their files and README sections were not opened). It read
`CONVENTIONS.md` in full (rule 6.3 among them: it wins over `blind_fresh74.py`, which labelled a
clock time without a day of its own `event`), the docstring, comments, some cases and README
section of `blind_fresh80.py`, and the top docstring of the parser package only (for the vague
windows, the parts of the day, "next <weekday>", overnight windows and "a date without a year is
its next occurrence"); nothing else of `bot/core/deadlines/` was opened. The brief allowed only
public-domain or openly licensed publishers, at least eight publishers, none above a fifth of the
cases, several genres, at least half of the cases from outside the United States and no more than
a quarter from it, and preferred government releases of Canada, Ireland, Scotland, Wales, New
Zealand, Australian states and kremlin.ru, and councils' or agencies' notices. The set quotes a
Dáil Order of Business (Houses of the Oireachtas) and the opening of another, two Official Reports
of the Scottish Parliament, three itineraries of the Prime Minister of Canada, two media advisories
of Environment and Climate Change Canada, two pages of the Government of Ireland's release list
(MerrionStreet), a New Zealand district council's water shutdown notice, a New Zealand Parliament
news item, a Highways England weekly roadworks summary, a Tasmanian Government release, a Senedd
Record of Proceedings, a Queensland Government list of media statements and two US Department of
State messages (a consulate's security message and an embassy's demonstration alert): 100 cases
from 12 publishers. No kremlin.ru page was offered by the searches (only news sites reporting the
Kremlin), and most Irish, Welsh, Scottish and New Zealand government pages offered were found used
and dropped (see README.md). As in the twenty-seventh set onwards, every sentence quoted holds a
time word of some kind (a date, a clock time, a day word, a part of the day, a period, a span, a
year, "now", "current", "currently", "recent", "future", "ever", "never", "then", "before",
"after", "following", "later", "once", "when", "immediately", "temporarily", "sometimes", "at any
time", "the duration", "over this period"); the sentences of the openings read that hold none
were skipped, as were titles, headings, day headings, date and posting lines, datelines ("TOKYO,
JAPAN, May 23, 2016 /CNW/ -", left out before first sentences), bylines, speakers' names, labels
before colons ("Date:", "Time:", "Red Sea State:"), list markers ("(1)"), place lines and notes of
itineraries, contact lines, links, stock lines ("The Senedd met in the Chamber and by
video-conference at 13:30 ..."), lines of a motion's programme that are not sentences and lines cut
off by the end of an opening. In the itineraries a point's time (its own line or table cell) is
joined to its sentence with one space ("9:30 a.m. The Prime Minister ..."), as the point of a list
it is; two advisory fields are quoted as bare values ("Tuesday, August 27, 2019", "1:30 p.m.
(EDT)"). No word was changed otherwise: closing ellipses of list summaries, double spaces, curly
quotation marks and a trailing "and" stay as the pages have them. The sentences were found with a
search over stored copies of public pages and taken as they came in the openings the search
returns, in page order. See README.md ("Eighty-eighth fresh blind set") for every address,
publisher and licence. No address listed in README.md, in a README or file under `tests/data/`
(the blind material the brief names excepted, which the freshness tool skips) or in the shared
claims file was used: each was checked with the lead's `fresh_check.py` (the address and a
distinctive phrase of the page) and claimed (`fresh88`) in `/work/helper-brief/claims.txt` before
a quote was taken; many pages the searches offered were found used and dropped. Every sentence was
then checked whole with the same tool: none of the 100 was found. Each label was worked out by hand
from the words, the publication date and the publisher's zone; the conversion of local instants to
UTC wall time and the day counts were done with Python's zoneinfo and datetime in a scratch script
outside the repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the labels were
committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 2.4"), then `blind_fresh80.py`: the publisher's zone (the Houses of the Oireachtas and
the Government of Ireland: Europe/Dublin; the Scottish Parliament, Highways England and the
Senedd: Europe/London; the Prime Minister of Canada and Environment and Climate Change Canada in
Ottawa: America/Toronto, except the itinerary datelined Tokyo, kept in the dateline's zone,
Asia/Tokyo, as fresh80 kept a dateline's zone; the Waimakariri District Council and the New Zealand
Parliament: Pacific/Auckland; the Tasmanian Government: Australia/Hobart; the Queensland
Government: Australia/Brisbane; the US Consulate General Istanbul: Europe/Istanbul; the US Embassy
Khartoum: Africa/Khartoum); the publication date at 10:00 local, except where the page gives its
own moment (KildareStreet's 4:50 pm, the Senedd's 13:30 sitting, the advisories' "14:00 ET" and
"08:00 ET", the Queensland item's "01:00 PM"); a list page's item is said on the day its own words
or its neighbours give (the comment says which); a day falls due at 23:59:59 local, an afternoon at
18:00, an evening at 23:59:59 (the parser's docstring); "in coming weeks" is the vague window of
the coming weeks, four weeks; nights of work ("lasting four nights, with working hours of 9pm to
6am") fall due at 06:00 on the morning after the last night; a range, a list, alternatives or a
window fall due at their later end (CONVENTIONS 6.1, 6.2); "by <year>" falls due at the year's end
(CONVENTIONS 3.5); a state or activity given only its start is `refusal='earliest'` with
`earliest` set (CONVENTIONS 3.2); "today" on an act still to come falls due at the end of that day
(CONVENTIONS 2.1), the perfect or the simple past with "today" is past (CONVENTIONS 2.4); standing
rules are `refusal='recurring'` (CONVENTIONS 1.3); times hung on an undated event ("after that",
"immediately after the timetabling motion", "Once the water supply is restored") are `event`
(CONVENTIONS 1.3, 5.2); refusals have `due=None` and a `refusal` kind (past | event | negated |
earliest | recurring); a sentence whose time words set no time for any act ("now", "current", "the
future", "never", a year naming a bill, possibilities) has `due=None` and no refusal word. Rule 6.3
(a clock time with no day of its own, read from the sentence and its moment, in the zone the
sentence names or else the publisher's): 19 labels fall under it and each carries a "page:"
comment with the page's instant (the itinerary's day, and for St. Andrews, N.B., Atlantic time); 12
of them differ from the page's instant (nine Tokyo points after 10:00 JST read on 23 May where the
itinerary is for 24 May, and the three St. Andrews points, two of them read on 12 September and one
in Eastern rather than Atlantic time); as the rule says, none is marked "unsure" for that reason
alone. Clusters as in `blind_fresh80.py`: 1 no time set, 2 clock times, 3 ranges and several dates,
4 parts of the day and periods, 5 refusals, 6 plain days and dates. 13 labels are marked "unsure"
and name the other reading; like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.

Licence audit of stop 46 (branch lic46-s46): 16 cases removed, their publishers' licence not open
or unclear (10 of the NZ Police, Commerce Commission, Waimakariri District Council; 5 of the Tasmanian government; 1 of the Queensland Government); see README.md, "Licence audit of stop 46". The set now holds 84
cases; the counts above are those of the set as first labelled, and a first-run figure recorded
for it stands as measured.

Licence audit of stop 46 (branch lic46c-s46): the 21 cases quoted from the Prime Minister's Office
itineraries (EIN Presswire, Newswire) and the Environment and Climate Change Canada media advisories
(Newswire) were removed: the Government of Canada's terms allow reproduction for non-commercial
purposes only, commercial reproduction needing written permission, which is not an open licence; the
pages do not state the Open Government Licence – Canada (terms and addresses in README.md, "Licence
audit, stop 46: Canadian material"). After this removal and the one of branch lic46-s46 above, the
set holds 63 cases; the counts above that include those pages are as the labeller first wrote them,
and the first-run figure recorded for the set was measured with them.

Licence audit of stop 48 (branch lic48-s48): 8 of these 63 cases, quoted from New Zealand Parliament
material other than Hansard (select committee business lists, committee releases, news features), were
removed: Parliament's copyright page (https://www.parliament.nz/en/footer/copyright/) was found only as
an empty mirror, so its terms are unclear; Hansard, which has no copyright (Copyright Act 1994 s 27),
stays. 55 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 4 case(s) removed, Senedd material (Senedd Commission terms: re-use on application only); 51 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 12 case(s) removed, Irish Government material without an open statement of its publisher (MerrionStreet, gov.ie pages of the Department of the Taoiseach and others, taoiseach.gov.ie, the Department of Housing); 39 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 18 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 21 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DAIL16 = "https://www.oireachtas.ie/en/debates/debate/dail/2016-06-21/4/"
_DAIL13 = "https://kildarestreet.com/debates/?id=2013-07-16a.381&s=%22moore+street%22+speaker%3A156"
_SP99 = "https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/meeting-of-parliament-01-09-1999?iob=26721&meeting=4173"
_SP19 = "https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/chamber-and-committees/official-report/what-was-said-in-parliament/meeting-of-parliament-20-06-2019?meeting=12196&iob=110208"
_HE = "https://www.huntspost.co.uk/lifestyle/holidays/road-works-and-road-closures-planned-for-the-east-of-england-from-may-6-until-may-12-1-6031957"
_USIST = "https://tr.usembassy.gov/security-message-u-s-citizens-demonstration-expected-near-consulate-general-istanbul-saturday-april-8-1200p-m/"
_USKRT = "https://sd.usembassy.gov/demonstration-alert-u-s-embassy-khartoum-8/"
_MS20 = "https://merrionstreet.ie/en/news-room/releases/?pageNumber=498&utm_profileid=enjoywurk"
_MS21 = "https://merrionstreet.ie/en/news-room/releases/?id=1&pageNumber=330"
_SENEDD = "https://record.senedd.wales/Plenary/15758"

FRESH88_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas, Dáil Éireann debate of Tuesday 21 June 2016, Order of Business (its own heading); the titles, the speakers' names, the sentences without a time word and the sentences cut off by the end of the opening are not quoted; zone Europe/Dublin, IST, said at 10:00 local by convention (the record gives no hour): 'later on' is hung on the undated agreement of the week's business ('when ... has been agreed'): event (CONVENTIONS 5.2)
    B(
        text="Before moving on to the Order of Business, I bring Members' attention to the fact that later on, when the business of the week has been agreed, we propose to allocate one minute per Leader for expressions of sympathy following the brutal murder of Jo Cox, MP.",
        due=None,
        vague=False,
        said="2016-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL16,
        published="2016-06-21",
    ),
    # the same page: 'this week' places a role, no act is set a time: no deadline
    B(
        text="Its appointed rapporteur for this week is Deputy Clare Daly.",
        due=None,
        vague=False,
        said="2016-06-21 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL16,
        published="2016-06-21",
    ),
    # the same page: the call is made as it is spoken and 'this week' names the business announced: no deadline
    B(
        text="I call on Deputy Daly to announce the Order of Business for this week.",
        due=None,
        vague=False,
        said="2016-06-21 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL16,
        published="2016-06-21",
    ),
    # the same page: the only date is of a meeting held ('agreed at our meeting on 15 June', six days before): past
    B(
        text="As stated by the Ceann Comhairle, I have been asked to give the report of the business committee, as agreed at our meeting on 15 June.",
        due=None,
        vague=False,
        said="2016-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL16,
        published="2016-06-21",
    ),
    # the same page: today's business, taken on the day of speaking: the end of 21 June 2016 (CONVENTIONS 2.1)
    B(
        text="Today’s Government business shall be Pre-European Council Statements and the Revised Estimates for the Department of Justice and Equality.",
        due="2016-06-21 22:59:59",
        vague=False,
        said="2016-06-21 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL16,
        published="2016-06-21",
    ),
    # the same page: tomorrow: the end of Wednesday 22 June 2016
    B(
        text="Tomorrow’s Government business shall be the Revised Estimates for the Department of Justice and Equality and the Department of Social Protection.",
        due="2016-06-22 22:59:59",
        vague=False,
        said="2016-06-21 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL16,
        published="2016-06-21",
    ),
    # the same page: Thursday's business, the next Thursday: the end of 23 June 2016 (the day's business falls due at its end, CONVENTIONS 6.1); unsure: the afternoon slot alone, 23 June 18:00 IST
    B(
        text="Thursday’s Government business shall be the summer economic statements and the Second Stage of Deputy Maureen O’Sullivan’s Animal Protection (in relation to Hares) Bill 2015 will be taken in the afternoon slot.",
        due="2016-06-23 22:59:59",
        vague=False,
        said="2016-06-21 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL16,
        published="2016-06-21",
    ),
    # the same page: Friday's business: the end of Friday 24 June 2016
    B(
        text="Friday’s business shall be Second Stages of the Water Services Bill 2016 and the Paternity Bill 2016.",
        due="2016-06-24 22:59:59",
        vague=False,
        said="2016-06-21 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL16,
        published="2016-06-21",
    ),
    # the same page: a report circulated last week: past
    B(
        text="I refer Members to the report of the business committee circulated to Members last week.",
        due=None,
        vague=False,
        said="2016-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL16,
        published="2016-06-21",
    ),
    # the same page: 'today's business' names the business the proposals concern; no act is set a time: no deadline
    B(
        text="In relation to today’s business, there are two proposals.",
        due=None,
        vague=False,
        said="2016-06-21 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL16,
        published="2016-06-21",
    ),
    # the same page: a point of the list ('(1)', the marker not quoted): the 85 minutes run from the statements' start, which the point does not date: event (CONVENTIONS 1.3)
    B(
        text="the Pre-European Council Statements will conclude after 85 minutes, with the Minister and spokespersons having ten minutes each and the Minister having a five minute response, and Members may share time; and",
        due=None,
        vague=False,
        said="2016-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL16,
        published="2016-06-21",
    ),
    # Houses of the Oireachtas, Dáil debate of Tuesday 16 July 2013, Order of Business, as carried by KildareStreet, which gives the contribution's time, 4:50 pm (said then, IST); its second sentence is cut off by the end of the opening and not quoted: the years name decisions and bills; the proposal sets the business no time: no deadline
    B(
        text="It is proposed to take No. 11, motion re referral to joint committee of proposed approval by Dáil Éireann for a directive of the European Parliament and of the Council on the fight against fraud and a regulation of the European Parliament and of the Council on Europol and repealing Decisions 2009/371/JHA and 2005/681/JHA; No. 12, Legal Services Regulation Bill 2011 - Financial Resolution; No. 19, Health (Amendment) Bill 2013 Seanad - Committee and Remaining Stages; and No. 20, Construction Contracts Bill 2010 Seanad - Order for Report, Report and Final Stages.",
        due=None,
        vague=False,
        said="2013-07-16 15:50:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL13,
        published="2013-07-16",
    ),
    # Highways England, weekly summary of planned roadworks in the East of England, as carried by the Hunts Post (page dated 3 May 2019, a Friday); the scheme headings, the 'During this work ...' lines (no time word) and the item cut off at the end are not quoted; zone Europe/London, BST, said at 10:00 local by convention: work given only its start, on week nights with no end: earliest Tuesday 7 May 2019 00:00 BST (CONVENTIONS 3.2); unsure: earliest at 21:00 that night, or recurring (week nights only)
    B(
        text="Work to repair safety barriers on the M11 in various locations starts Tuesday 7 May, week nights only, with working hours between 9pm and 6am.",
        due=None,
        vague=False,
        said="2019-05-03 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2019-05-06 23:00:00",
        cluster=5,
        source=_HE,
        published="2019-05-03",
    ),
    # the same page: four nights of 9pm to 6am from Tuesday 7 May: the last night ends at 06:00 on Saturday 11 May 2019 (CONVENTIONS 1.1, 6.1; the parser's docstring: N nights from day D end on D+N)
    B(
        text="Work to repair sections of the road surface on the M11 in both directions between junction 6, Epping/M25 and junction 8, Bishops Stortford/Stansted Airport starts Tuesday 7 May, lasting four nights, with working hours of 9pm to 6am.",
        due="2019-05-11 05:00:00",
        vague=False,
        said="2019-05-03 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE,
        published="2019-05-03",
    ),
    # the same page: four nights from Tuesday 7 May: 06:00 on Saturday 11 May 2019 (CONVENTIONS 1.1)
    B(
        text="Work to repair safety barriers on the M1 southbound at Toddington Services and Hemel Hempstead starts on Tuesday 7 May, lasting four nights, with working hours of 9pm to 6am.",
        due="2019-05-11 05:00:00",
        vague=False,
        said="2019-05-03 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE,
        published="2019-05-03",
    ),
    # the same page: one night from Friday 10 May, 9pm to 6am: 06:00 on Saturday 11 May 2019
    B(
        text="Work to renew the signage and lining on the A1(M) northbound exit slip at junction 7, Stevenage South starts Friday 10 May, lasting one night, with working hours of 9pm to 6am.",
        due="2019-05-11 05:00:00",
        vague=False,
        said="2019-05-03 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE,
        published="2019-05-03",
    ),
    # the same page: four nights from Tuesday 7 May: 06:00 on Saturday 11 May 2019 (CONVENTIONS 1.1)
    B(
        text="Weed spraying works on the A1 starts Tuesday 7 May, lasting four nights, with working hours of 9pm to 6am.",
        due="2019-05-11 05:00:00",
        vague=False,
        said="2019-05-03 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE,
        published="2019-05-03",
    ),
    # US Consulate General Istanbul (US Department of State), security message for a demonstration on Saturday 8 April 2017 (the year of the US strikes in Syria it names, 7 April 2017; the message undated in the stored copy, dated 7 April 2017, as understood); the title and the sentences without a time word are not quoted; zone Europe/Istanbul (+03), said at 10:00 local by convention: the demonstration called for April 8 at 12:00 p.m.: 12:00 TRT (+03) on Saturday 8 April 2017
    B(
        text="U.S. Consulate General Istanbul informs U.S. citizens that the Turkish Communist Party (TKP) has called for a demonstration in the immediate vicinity of the U.S. Consulate General on April 8 at 12:00 p.m. to protest recent U.S. military air strikes in Syria.",
        due="2017-04-08 09:00:00",
        vague=False,
        said="2017-04-07 07:00:00",
        tz="Europe/Istanbul",
        cluster=2,
        source=_USIST,
        published="2017-04-07",
    ),
    # the same page: 'sometimes' sets no time: no deadline
    B(
        text="Although expected to be peaceful, the U.S. Consulate General reminds U.S. citizens that demonstrations and large events intended to be peaceful can turn confrontational and sometimes violent.",
        due=None,
        vague=False,
        said="2017-04-07 07:00:00",
        tz="Europe/Istanbul",
        cluster=1,
        source=_USIST,
        published="2017-04-07",
    ),
    # US Embassy Khartoum (US Department of State), demonstration alert for Monday 26 July (2021, the year that Monday fits in the embassy's alerts of that period, as understood); the title, the labels before colons ('Red Sea State:', 'Khartoum State:'), sentences without a time word and the 'Actions to Take' list are not quoted; zone Africa/Khartoum (CAT, +02), said at 10:00 local on 26 July by convention: after 'Red Sea State:' (not quoted): this afternoon, Monday 26 July 2021: 18:00 CAT (the parser's docstring: the afternoon ends at 18:00)
    B(
        text="Demonstrations are expected to take place this afternoon, Monday, July 26, in Port Sudan and in other eastern cities.",
        due="2021-07-26 16:00:00",
        vague=False,
        said="2021-07-26 08:00:00",
        tz="Africa/Khartoum",
        cluster=4,
        source=_USKRT,
        published="2021-07-26",
    ),
    # the same page: after 'Khartoum State:' (not quoted): demonstrations under way 'now', no act is set a time: no deadline; unsure: the end of Monday 26 July 2021 (the day named)
    B(
        text="Demonstrations are occurring now, Monday, July 26, in and around the Bashdar Bus Station in Khartoum with a reported destination of the Presidential Palace.",
        due=None,
        vague=False,
        said="2021-07-26 08:00:00",
        tz="Africa/Khartoum",
        cluster=1,
        source=_USKRT,
        published="2021-07-26",
    ),
)
