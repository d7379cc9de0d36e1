"""A HUNDRED-AND-TWENTY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the evening (the machine's clock read 21:10 at the
start and about 21:20 when the labels were written), by a labelling helper (branch issue12l125-s50)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 50, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a and 6.4 among them), the
docstring, comments, some cases and README section of `blind_fresh121.py`, and the top docstring of
the parser package only (the vague windows, "before"/"by" periods, hours as exact instants, spans
ending at the end of a local day, a range falling due at its later end); nothing else of
`bot/core/deadlines/` was opened. The brief asked for Australian federal departments and Victorian
or NSW agencies with their own CC BY statement, the NSW Premier, UK government departments (DfE,
DHSC, MoJ, Home Office, DESNZ; Open Government Licence), UK Parliament Lords and committee pages
(Open Parliament Licence), the Houses of the Oireachtas (CC BY 4.0), Statistics Canada (Open
Licence) and, for at most a quarter, US federal agencies (NOAA, USDA Forest Service, FAA, USGS); at
least eight publishers, none above a fifth of the cases.

The set quotes the Houses of the Oireachtas (a Dáil exchange on the business of 28 May 1998 on
oireachtas.ie, and the Seanad Leader's replies on the Order of Business of 24 October 2013 and 1
December 2015 as carried by KildareStreet.com), the UK Parliament (the House of Lords Statutory
Inquiries Committee's call for evidence of 2024 on committees.parliament.uk, and Lords Hansard of 20
October 2020 on the Agriculture Bill, carried by Parliament's Hansard search prototype), Statistics
Canada (The Daily of 8 December 2023 carried by ihtoday.ca, and a statement of 10 April 2020 carried
by The Suburban), the NSW Government (the Premier's release on the Governor of Tokyo's visit and a
snow chain bay release of February 2024, and an Aboriginal Affairs grants release of October 2023,
carried by 16news.com.au), the Department of Health and Social Care (press releases of 29 January
2024 and 28 August 2025), NOAA Fisheries (a Gulf king mackerel closure of June 2021 and an Illex
squid closure of August 2019, both carried by perishablenews.com), the Ministry of Justice (releases
of 20 March 2015 carried by wired-gov.net, and of 1 October and 12 November 2024), the USDA Forest
Service (a Plumas National Forest burn notice of 31 May 2023 carried by YubaNet), the Department for
Energy Security and Net Zero (releases of 22 and 23 July 2025) and the Home Office (a release of 2
October 2023); the UK departments' releases other than the wired-gov one were read on ukpol.co.uk.
112 cases from 10 publishers (the Oireachtas 22 (19.6%); the UK Parliament 17; Statistics Canada 14;
the NSW Government 12; the Department of Health and Social Care 10; NOAA 10; the Ministry of Justice
9; the USDA Forest Service 9; the Department for Energy Security and Net Zero 5; the Home Office 4).
19 of the 112 (17.0%) are from the United States (NOAA, the Forest Service); 93 are not. The four UK
departments together hold 28 (25.0%): earlier sets count each department as its own publisher, as
this one does. A listing page of the Australian Department of Agriculture, Fisheries and Forestry
was read and labelled, then dropped before commit: the store held no copyright statement of that
department's own site to confirm its licence (only an ABARES publications page), and the brief asks
for the agency's own statement.

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a part of
the day, a season, a period, a span, a year, "now", "currently", "already", "previously",
"recently", "never", "no longer", "until", "before", "during", "throughout", "long-term",
"sometimes", "often"); the sentences of the openings read that hold none were skipped, as were
titles, headings, date lines, navigation, speakers' names, contact lines, sentences cut off by the
end of an opening and words of the carrying sites themselves (ukpol.co.uk's date lines,
perishablenews.com's "To read the rest of the story" line, YubaNet's and The Suburban's own lines).
List items were taken as they stand; line breaks inside a sentence were read as spaces and no word
was changed (two sentences that a page runs together without a full stop, "Laura Vincent and;" and
curly and straight quotation marks stay as the pages have them). The sentences were found with a
search over stored copies of public pages and taken as they came in the openings the search returns,
in page order; where a publisher offered more than the fifth of the set allowed it (decided when the
set held 98 cases), the first ones in page order were kept (the Dáil exchange after its twelfth
sentence with a time word). See README.md ("Hundred-and-twenty-fifth fresh blind set") for every
address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the
brief names excepted, which the freshness tool skips) or in the shared claims file was used: each
was checked with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and
claimed (`fresh125`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were
found used and dropped (README.md lists them). Every sentence was then checked whole with the same
tool (skipping this file). Each label was worked out by hand from the words, the publication date
and the publisher's zone (Europe/Dublin for the Oireachtas, Europe/London for the UK Parliament and
the UK departments, Australia/Sydney for Sydney, America/Toronto for Statistics Canada,
America/Chicago for the Gulf king mackerel zone, America/New_York for the Greater Atlantic squid
fishery, America/Los_Angeles for the Plumas National Forest); the conversion of local instants to
UTC wall time, weekdays and day counts were done with Python's zoneinfo and datetime in a scratch
script outside the repository, never with code of the project. No run of `parse_deadline`,
`interpret_deadline`, `bench/deadlines.py` or the tests touched these texts before the labels were
committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh121.py`: the publication date at 10:00 local time unless the page gives an hour (the
Dáil's "It is 12 o'clock", the Seanad's "2:30 pm" and "11:10 am", wired-gov's "02:21 PM", The
Daily's 08:30 release), and where a page carries no date in its opening, the one its words or other
facts give (each page's first comment says which and why); a day falls due at 23:59:59 local; hours
are exact instants ("in the next hour"); "before Christmas" falls due at the end of 24 December
(CONVENTIONS 3.5); vague windows as in the parser docstring ("the coming weeks" four weeks, "the
coming months" three months; CONVENTIONS 5.1); a range or a closure through a date falls due at its
later end (CONVENTIONS 6.1, 3.3); a clock time with no day of its own is its next occurrence after
the moment of speaking (CONVENTIONS 6.3); a term run for a stated length from a date falls due at
its end (CONVENTIONS 1.1); a date of effect, a closing or a reopening at a time is due then
(CONVENTIONS 3.1); done acts are past (CONVENTIONS 2.4); standing rules ("per day", "per trip", "the
rest of their life", parts of the day on each day of a burn) are recurring, times hung on an undated
event ("once operational", "while a recruitment exercise is run", "the next Government", "until
conditions improve") event (CONVENTIONS 1.3); "as early as today" is earliest (CONVENTIONS 3.2); a
time denied is negated (CONVENTIONS 4.1); refusals have `due=None` and a `refusal` kind; a sentence
whose time words set no time for any act has `due=None` and no refusal word (31 such). No sentence
holds nights of work (CONVENTIONS 6.4 decides none). Clusters as in `blind_fresh121.py`: 1 no time
set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals,
6 plain days and dates. 51 labels are refusals (past 33, event 9, recurring 7, negated 1, earliest
1), 2 are vague; 30 labels carry a due instant; 17 are marked "unsure" and name the other reading;
like every label here they stay as committed, whatever the first run shows. First run: not yet taken
(the lead runs it once, after merging, and records it in README.md). Never edit these labels to fit
the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DAIL98 = "https://www.oireachtas.ie/en/debates/debate/dail/1998-05-28/9/"
_SEN15 = "https://www.kildarestreet.com/sendebates/?gid=2015-12-01a.93"
_SEN13 = "https://www.kildarestreet.com/sendebates/?gid=2013-10-24a.57"
_HO23 = "https://www.ukpol.co.uk/tag/home-office/page/26"
_NOAAKM = "https://www.perishablenews.com/seafood/commercial-harvest-of-king-mackerel-in-federal-waters-of-the-gulf-of-mexico-northern-zone-will-close-on-june-28-2021/"
_NOAASQ = (
    "https://www.perishablenews.com/seafood/closure-of-the-directed-federal-illex-squid-fishery/"
)
_DHSC24 = "https://www.ukpol.co.uk/tag/department-of-health-and-social-care/page/15"
_DHSC25 = "https://www.ukpol.co.uk/tag/department-of-health-and-social-care/page/3"
_DESNZ = "https://www.ukpol.co.uk/tag/energy-security-and-net-zero-department/page/2"
_MOJ24 = "https://www.ukpol.co.uk/tag/ministry-of-justice/page/11"
_MOJ15 = "https://www.wired-gov.net/wg/news.nsf/print/New+sentencing+measures+to+take+effect+next+month+23032015132046"
_NSW24 = "http://www.16news.com.au/index.php/page/245/?cat=4&page=549"
_HL20 = "https://search-prototype.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FLords%2F2020-10-20%2F20102078000062"
_STC23 = "https://ihtoday.ca/the-daily-friday-december-8-2023/"
_HLSIC = "https://committees.parliament.uk/call-for-evidence/3343/"
_NSW23 = "http://www.16news.com.au/index.php/category/nswnews/page/285"
_STC20 = "http://www.thesuburban.com/life/lifestyles/canadians-invited-to-participate-in-a-data-collection-on-the-impacts-of-covid-19/article_4503d6d2-7b7e-11ea-a9ca-7b884c5f0354.html"
_USFSPL = "https://yubanet.com/regional/prescribed-burning-today-near-forbestown-and-challenge/"

FRESH125_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas, Dáil Éireann debate of 28 May 1998, 'Business of Dáil' (oireachtas.ie, CC BY 4.0); zone Europe/Dublin (IST). The page's own words ('It is 12 o'clock') fix the moment: said 28 May 1998 12:00 IST. The proposal was agreed this morning and the statement it proposes has no time of its own; the only times are the morning agreement and the present hour: past (CONVENTIONS 2.4). unsure: a careful reader could give no refusal word (a statement still to come, with no time set)
    B(
        text="It is 12 o'clock and by agreement of the House this morning it was proposed that the Minister of State at the Department of the Taoiseach would make a statement.",
        due=None,
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate: a request already made and met (the speaker is back at 12 o'clock, the moment of speaking): past (CONVENTIONS 2.4)
    B(
        text="Deputy Bruton asked me to come back to the House at 12 o'clock.",
        due=None,
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate: a clock time with no day of its own, the first 3.50 p.m. after 12:00 on 28 May (CONVENTIONS 6.3); the start of the debate is a one-off event at that time (CONVENTIONS 3.1) [local due 1998-05-28 15:50:00 Europe/Dublin]
    B(
        text="There appears to be general agreement among the Whips that the debate should start at 3.50 p.m., immediately after Question Time.",
        due="1998-05-28 14:50:00",
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate: a window of one hour from the moment of speaking falls due at its end, an exact instant (CONVENTIONS 1.1; hours are exact per the parser docstring) [local due 1998-05-28 13:00:00 Europe/Dublin]
    B(
        text="I propose to consult further with the Whips in the next hour to see if we can finalise arrangements for that debate.",
        due="1998-05-28 12:00:00",
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate: the start at 3.50 p.m., the first such time after the moment of speaking (CONVENTIONS 6.3, 3.1) [local due 1998-05-28 15:50:00 Europe/Dublin]
    B(
        text="There seems to be general agreement that it will start at 3.50 p.m.",
        due="1998-05-28 14:50:00",
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate (Acting Chairman): the Minister to inform the House at 2.30 p.m., read from the sentence alone (CONVENTIONS 6.3) [local due 1998-05-28 14:30:00 Europe/Dublin]
    B(
        text="I suggest that the Minister of State informs the House at 2.30 p.m. as to the time and duration of the debate.",
        due="1998-05-28 13:30:00",
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate: a condition, no undertaking that anything happens at 4.45 p.m. (CONVENTIONS 4.2). unsure: a careful reader could call the motion hung on an undated condition 'event' (CONVENTIONS 1.3)
    B(
        text="If it is proposed to sit beyond 4.45 p.m. it will be necessary for the House to agree a motion to that effect.",
        due=None,
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate: the Minister accepts 2.30 p.m. for informing the House (CONVENTIONS 6.3). unsure: the acceptance is conditional on the House's agreement, so a careful reader could give no deadline (CONVENTIONS 4.2) [local due 1998-05-28 14:30:00 Europe/Dublin]
    B(
        text="I have no problem with 2.30 p.m. if it is agreeable to the House.",
        due="1998-05-28 13:30:00",
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate: a counter-proposal of 2.20 p.m. for the return to the House; 2.30 p.m. is the standing start of questions, not an alternative for the same act. unsure: a careful reader could call 'Perhaps' no undertaking (CONVENTIONS 4.2, due None) or read 2.30 p.m. as the later of two times (CONVENTIONS 6.2) [local due 1998-05-28 14:20:00 Europe/Dublin]
    B(
        text="Perhaps 2.20 p.m. would be better as questions start at 2.30 p.m.",
        due="1998-05-28 13:20:00",
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate (Acting Chairman): the time put to the House for agreement, 2.20 p.m. (CONVENTIONS 6.3). unsure: a question settles nothing, so a careful reader could give due None (CONVENTIONS 4.2) [local due 1998-05-28 14:20:00 Europe/Dublin]
    B(
        text="Is 2.20 p.m. agreed?",
        due="1998-05-28 13:20:00",
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate: the recall of the House at 2.20 p.m. (CONVENTIONS 6.3, 3.1) [local due 1998-05-28 14:20:00 Europe/Dublin]
    B(
        text="That would mean recalling the House at 2.20 p.m.",
        due="1998-05-28 13:20:00",
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate: a length of the statement with no start or end set for any act, no deadline and no refusal word ('a few minutes' is none of the vague windows of CONVENTIONS 5)
    B(
        text="It will only take a few minutes.",
        due=None,
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate (Acting Chairman): a further time put to the House, 2.25 p.m. (CONVENTIONS 6.3). unsure: a question proposing a time settles nothing, so a careful reader could give due None (CONVENTIONS 4.2) [local due 1998-05-28 14:25:00 Europe/Dublin]
    B(
        text="How about 2.25 p.m.?",
        due="1998-05-28 13:25:00",
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate: the Minister's preferred time for informing the House, 2.30 p.m. (CONVENTIONS 6.3) [local due 1998-05-28 14:30:00 Europe/Dublin]
    B(
        text="I would prefer 2.30 p.m. if possible.",
        due="1998-05-28 13:30:00",
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # the same debate (Acting Chairman): the time agreed, 2.30 p.m. (CONVENTIONS 6.3, 3.1) [local due 1998-05-28 14:30:00 Europe/Dublin]
    B(
        text="We will agree on 2.30 p.m.",
        due="1998-05-28 13:30:00",
        vague=False,
        said="1998-05-28 11:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL98,
        published="1998-05-28",
    ),
    # Houses of the Oireachtas, Seanad Éireann, Order of Business of Tuesday 1 December 2015, the Leader's reply (Maurice Cummins), as carried by KildareStreet.com (Oireachtas words, CC BY 4.0); zone Europe/Dublin (GMT), said at 14:30 (the page's '2:30 pm'). A visit already made: past
    B(
        text="The Minister for Foreign Affairs, Deputy Charles Flanagan, was here recently to discuss these issues.",
        due=None,
        vague=False,
        said="2015-12-01 14:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEN15,
        published="2015-12-01",
    ),
    # the same reply: the House's limit on statements is set for 'the coming weeks', the vague four-week window of the parser docstring (CONVENTIONS 5.1) [local due 2015-12-29 23:59:59 Europe/Dublin]. unsure: the weeks give the reason (the load of legislation), so a careful reader could give due None with no refusal word
    B(
        text="We can ask him to come to the House again, but given that we have an enormous amount of legislation to deal with over the coming weeks, we will take only a limited number of statements.",
        due="2015-12-29 23:59:59",
        vague=True,
        said="2015-12-01 14:30:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SEN15,
        published="2015-12-01",
    ),
    # the same reply: the debate is hung on the next Government, an undated event: event (CONVENTIONS 1.3)
    B(
        text="The Taoiseach has indicated that we will have a debate on the issue during the first few months of the next Government, if he is elected, and that we will take cognisance of what is discussed at the proposed committee of citizens.",
        due=None,
        vague=False,
        said="2015-12-01 14:30:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEN15,
        published="2015-12-01",
    ),
    # the same reply: the only time words ('for many years') tell of the past; the discussions have no time: past. unsure: a careful reader could give no refusal word (no time set for the discussions)
    B(
        text="There must be extensive discussions between all sides whereby we can reach the proper consensus to deal with this problem, which has plagued us for many years.",
        due=None,
        vague=False,
        said="2015-12-01 14:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEN15,
        published="2015-12-01",
    ),
    # the same reply: 'before Christmas' falls due at the end of 24 December 2015 (CONVENTIONS 3.5; the parser docstring: 'before Christmas Day' 24 December), a definite time that beats the vague 'coming weeks' [local due 2015-12-24 23:59:59 Europe/Dublin]
    B(
        text="Senator Bacik also spoke on the Criminal Law (Sex Offences) Bill 2015, which will come before us in the coming weeks and will, hopefully, be completed well before Christmas.",
        due="2015-12-24 23:59:59",
        vague=False,
        said="2015-12-01 14:30:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEN15,
        published="2015-12-01",
    ),
    # Houses of the Oireachtas, Seanad Éireann, Order of Business of Thursday 24 October 2013, the Leader's reply (Maurice Cummins), as carried by KildareStreet.com (Oireachtas words, CC BY 4.0); zone Europe/Dublin (IST), said at 11:10 (the page's '11:10 am'). A time denied for the debate: negated (CONVENTIONS 4.1). unsure: a careful reader could read a lower bound ('not ... in the next number of weeks', CONVENTIONS 3.2), earliest with no date the words fix
    B(
        text="However, in view of the fact that he was in the House only yesterday, that debate will not take place in the next number of weeks.",
        due=None,
        vague=False,
        said="2013-10-24 10:10:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_SEN13,
        published="2013-10-24",
    ),
    # the same reply: a named week with no date in the sentence; no time is set: due None, no refusal word
    B(
        text="Senator Paul Coghlan advertised to quite a significant degree Monsignor Hugh O'Flaherty memorial week, which is due to be held in Killarney.",
        due=None,
        vague=False,
        said="2013-10-24 10:10:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN13,
        published="2013-10-24",
    ),
    # Home Office press release 'New measures targeting bomb-making materials come into force' of 2 October 2023, as carried by ukpol.co.uk (Crown copyright, Open Government Licence v3.0); zone Europe/London, said 2 October 2023 10:00 BST (no hour given). A date of effect already passed: past
    B(
        text="Stronger restrictions on poisons and explosive substances came into effect on 1 October 2023.",
        due=None,
        vague=False,
        said="2023-10-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO23,
        published="2023-10-02",
    ),
    # the same release: the perfect tells of a done act (CONVENTIONS 2.4): past
    B(
        text="New restrictions on poisons and explosive substances have come into effect from Sunday 1 October, strengthening existing controls for poisons and chemicals which could be used to make explosives.",
        due=None,
        vague=False,
        said="2023-10-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO23,
        published="2023-10-02",
    ),
    # the same release: the only time (2017) is of the past: past
    B(
        text="These measures come on the back of the devastating Manchester Arena attack in 2017, and the government’s commitment to look at whether current laws went far enough to protect the public.",
        due=None,
        vague=False,
        said="2023-10-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO23,
        published="2023-10-02",
    ),
    # the same release: no time is set for coming into force (a year in an Act's name is no time): due None, no refusal word
    B(
        text="The changes will come into force through the updates to the Poisons Act 1972.",
        due=None,
        vague=False,
        said="2023-10-02 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HO23,
        published="2023-10-02",
    ),
    # NOAA Fisheries, Southeast Region fishery bulletin on the Gulf Northern Zone king mackerel closure, dated 25 June 2021 by the carrying site, as carried by perishablenews.com (US federal work, public domain); zone America/Chicago (the Northern Zone's local time, CDT), said 25 June 2021 10:00. A closing at a stated instant (CONVENTIONS 3.1) [local due 2021-06-28 00:01:00 America/Chicago]
    B(
        text="Commercial harvest of king mackerel in federal waters of the Gulf of Mexico (Gulf) Northern Zone (depicted in map below) will close at 12:01 a.m., local time, on June 28, 2021.",
        due="2021-06-28 05:01:00",
        vague=False,
        said="2021-06-25 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_NOAAKM,
        published="2021-06-25",
    ),
    # the same bulletin: a reopening at a stated instant (CONVENTIONS 3.1) [local due 2021-10-01 00:01:00 America/Chicago]
    B(
        text="Commercial harvest will reopen at 12:01 a.m., local time, on October 1, 2021.",
        due="2021-10-01 05:01:00",
        vague=False,
        said="2021-06-25 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_NOAAKM,
        published="2021-06-25",
    ),
    # the same bulletin: a fishing year names the quota, no act is timed: due None, no refusal word
    B(
        text="The 2020/2021 commercial quota for the Gulf Northern Zone is 493,200 pounds.",
        due=None,
        vague=False,
        said="2021-06-25 15:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_NOAAKM,
        published="2021-06-25",
    ),
    # the same bulletin: a standing rule for every species and season: recurring (CONVENTIONS 1.3)
    B(
        text="In accordance with the regulations NOAA Fisheries is required to close harvest for a species when the quota has been met or is projected to be met.",
        due=None,
        vague=False,
        said="2021-06-25 15:00:00",
        tz="America/Chicago",
        refusal="recurring",
        cluster=5,
        source=_NOAAKM,
        published="2021-06-25",
    ),
    # NOAA Fisheries, Greater Atlantic Region bulletin 'Closure of the Directed Federal Illex Squid Fishery', as carried by perishablenews.com (US federal work, public domain); zone America/New_York. The page carries no date: the closure is announced ahead of its effect at 00:01 on 21 August 2019, so said is taken as 20 August 2019 10:00 EDT. A daily limit is a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Illex squid landings are limited to 10,000 lb per day.",
        due=None,
        vague=False,
        said="2019-08-20 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NOAASQ,
        published="2019-08-20",
    ),
    # the same bulletin: a closure kept in force through a date falls due at its end (CONVENTIONS 3.3, 6.1) [local due 2019-12-31 23:59:59 America/New_York]
    B(
        text="Effective August 21, 2019, through December 31, 2019.",
        due="2020-01-01 04:59:59",
        vague=False,
        said="2019-08-20 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NOAASQ,
        published="2019-08-20",
    ),
    # the same bulletin: closed from 00:01 on 21 August through 31 December 2019, due at the end of the closure (CONVENTIONS 3.3, 3.4) [local due 2019-12-31 23:59:59 America/New_York]
    B(
        text="Based on recent landings data, effective at 00:01 hours on August 21, the directed federal Illex squid fishery is closed for the remainder of the fishing year through December 31, 2019.",
        due="2020-01-01 04:59:59",
        vague=False,
        said="2019-08-20 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NOAASQ,
        published="2019-08-20",
    ),
    # the same bulletin: two sentences run together without a full stop on the page, taken as they stand; trip and daily limits are standing rules: recurring (CONVENTIONS 1.3)
    B(
        text="Permit holders are prohibited from fishing for, catching, possessing, transferring, or landing more than 10,000 lb of Illex squid per trip Vessels can land Illex squid only once per calendar day.",
        due=None,
        vague=False,
        said="2019-08-20 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NOAASQ,
        published="2019-08-20",
    ),
    # the same bulletin: 'by the effective date' is an event the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="This prohibition is required by regulation because we project that 95 percent of the 2019 annual catch limit (quota) will have been caught by the effective date.",
        due=None,
        vague=False,
        said="2019-08-20 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NOAASQ,
        published="2019-08-20",
    ),
    # the same bulletin: a reopening at a stated instant (CONVENTIONS 3.1) [local due 2020-01-01 00:01:00 America/New_York]
    B(
        text="This fishery will reopen at the beginning of the 2020 fishing year, at 00:01 hours, January 1, 2020.",
        due="2020-01-01 05:01:00",
        vague=False,
        said="2019-08-20 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NOAASQ,
        published="2019-08-20",
    ),
    # Department of Health and Social Care press release 'Disposable vapes banned to protect children’s health', as carried by ukpol.co.uk (Crown copyright, Open Government Licence v3.0); zone Europe/London. ukpol's date line says 28 January 2024, the release's own words 'today (29 January 2024)': said 29 January 2024 10:00 GMT. A list item, taken as it stands: the date is a cut-off of birth, not a time for the law: due None, no refusal word
    B(
        text="New law will make it illegal to sell tobacco products to anyone born on or after 1 January 2009, delivering on the Prime Minister’s pledge to create a smokefree generation",
        due=None,
        vague=False,
        said="2024-01-29 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DHSC24,
        published="2024-01-29",
    ),
    # the same release: the day is on the verb of speaking, the ban has no time of its own (CONVENTIONS 2.2): due None, no refusal word
    B(
        text="Disposable vapes will be banned in the UK as part of ambitious government plans to tackle the rise in youth vaping and protect children’s health, the Prime Minister has announced today (29 January 2024) on a visit to a school.",
        due=None,
        vague=False,
        said="2024-01-29 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DHSC24,
        published="2024-01-29",
    ),
    # the same release: the only time is of the past: past
    B(
        text="The measure comes as part of the government’s response to its consultation on smoking and vaping, which was launched in October last year.",
        due=None,
        vague=False,
        said="2024-01-29 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DHSC24,
        published="2024-01-29",
    ),
    # the same release: past
    B(
        text="Recent figures show the number of children using vapes in the past 3 years has tripled.",
        due=None,
        vague=False,
        said="2024-01-29 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DHSC24,
        published="2024-01-29",
    ),
    # the same release: 'now' states a present fact, no time for any act: due None, no refusal word
    B(
        text="Use among younger children is also rising, with 9% of 11 to 15 year olds now using vapes.",
        due=None,
        vague=False,
        said="2024-01-29 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DHSC24,
        published="2024-01-29",
    ),
    # the same release: 'long-term' and 'sometimes' set no time: due None, no refusal word
    B(
        text="The long-term health impacts of vaping are unknown and the nicotine contained within them can be highly addictive, with withdrawal sometimes causing anxiety, trouble concentrating and headaches.",
        due=None,
        vague=False,
        said="2024-01-29 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DHSC24,
        published="2024-01-29",
    ),
    # the same release: 'never' sets no time: due None, no refusal word
    B(
        text="While vaping can play a role in helping adult smokers to quit, children should never vape.",
        due=None,
        vague=False,
        said="2024-01-29 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DHSC24,
        published="2024-01-29",
    ),
    # the same release: past
    B(
        text="Disposable vapes have been a key driver behind the alarming rise in youth vaping, with the proportion of 11 to 17 year old vapers using disposables increasing almost ninefold in the last 2 years.",
        due=None,
        vague=False,
        said="2024-01-29 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DHSC24,
        published="2024-01-29",
    ),
    # Department of Health and Social Care press release 'Government puts nurses at heart of DNA testing and research' of 28 August 2025, as carried by ukpol.co.uk (Crown copyright, Open Government Licence v3.0); zone Europe/London, said 28 August 2025 10:00 BST. '10 Year' names the plan; no time is set for the training: due None, no refusal word
    B(
        text="Nurses across England will be trained as genomics champions in local communities to help patients get faster diagnoses and access life-saving treatment closer to home, as the government’s 10 Year Health Plan ramps up innovation in the NHS.",
        due=None,
        vague=False,
        said="2025-08-28 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DHSC25,
        published="2025-08-28",
    ),
    # the same release: 'for years' tells how long conditions go undetected; no time for the service: due None, no refusal word
    B(
        text="The government is creating a new genomic population health service, building on the existing NHS Genomic Medicine Service (GMS), to enhance the identification, prevention, diagnosis and treatment of various conditions such as cancer, heart diseases, and rare genetic disorders – including kidney and neurological conditions – that can go undetected for years.",
        due=None,
        vague=False,
        said="2025-08-28 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DHSC25,
        published="2025-08-28",
    ),
    # Department for Energy Security and Net Zero press release 'Sizewell C gets green light with final investment decision' of 22 July 2025, as carried by ukpol.co.uk (Crown copyright, Open Government Licence v3.0); zone Europe/London, said 22 July 2025 10:00 BST. A list item, taken as it stands: savings hung on 'once operational', an undated event (CONVENTIONS 1.3)
    B(
        text="Government secures deal that will see Sizewell deliver electricity system savings of £2 billion a year on average once operational",
        due=None,
        vague=False,
        said="2025-07-22 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DESNZ,
        published="2025-07-22",
    ),
    # the same release: the perfect with a day word tells of a done act (CONVENTIONS 2.4): past
    B(
        text="The Energy Secretary has today (22 July) signed the final investment decision for Sizewell C, which will deliver clean power for the equivalent of 6 million homes and support 10,000 jobs once operational.",
        due=None,
        vague=False,
        said="2025-07-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DESNZ,
        published="2025-07-22",
    ),
    # the same release: 'this century' ranks the investment, no time for any act: due None, no refusal word
    B(
        text="The deal represents the country’s most significant public investment in clean, homegrown energy this century – in a major boost for energy security, jobs and economic growth.",
        due=None,
        vague=False,
        said="2025-07-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DESNZ,
        published="2025-07-22",
    ),
    # the same release: 'far beyond 2030' is an open horizon, no commitment for a time: due None, no refusal word
    B(
        text="The deal ends an era of dithering and delay to give Sizewell C the go-ahead, that will help secure Britain’s home-grown nuclear supply far beyond 2030.",
        due=None,
        vague=False,
        said="2025-07-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DESNZ,
        published="2025-07-22",
    ),
    # Department for Energy Security and Net Zero press release 'Tailored support for Aberdeen oil and gas workers' of 23 July 2025, on the same ukpol.co.uk page (Crown copyright, OGL v3.0); zone Europe/London, said 23 July 2025 10:00 BST. The programme 'launched today' is told as done: past (CONVENTIONS 2.4). unsure: a careful reader could read the launch as the day's act, due at the end of 23 July (CONVENTIONS 2.1)
    B(
        text="Around 200 Aberdeen oil and gas workers are set to benefit from a tailored skills programme launched today (Wednesday 23 July), which will support them to take advantage of the high-quality job opportunities in Scotland’s growing clean energy sector.",
        due=None,
        vague=False,
        said="2025-07-23 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DESNZ,
        published="2025-07-23",
    ),
    # Ministry of Justice press release 'Interim Chair appointed to the Judicial Pension Board' of 12 November 2024, as carried by ukpol.co.uk (Crown copyright, Open Government Licence v3.0); zone Europe/London, said 12 November 2024 10:00 GMT. The interim chair holds office 'while a recruitment exercise is run', an undated event: event (CONVENTIONS 1.3)
    B(
        text="Ministers consulted the Commissioner for Public Appointments before making the appointment which will ensure that the Judicial Pension Board has an Interim Chair while a recruitment exercise is run.",
        due=None,
        vague=False,
        said="2024-11-12 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_MOJ24,
        published="2024-11-12",
    ),
    # the same release: past
    B(
        text="Previously, she was a Pensions Assurance director with PwC and an Executive Director of the Pensions Research Accountants Group.",
        due=None,
        vague=False,
        said="2024-11-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ24,
        published="2024-11-12",
    ),
    # Ministry of Justice press release 'Seven Chairs appointed to Mother and Baby Units' of 1 October 2024, on the same ukpol.co.uk page (Crown copyright, OGL v3.0); zone Europe/London, said 1 October 2024 10:00 BST. A term run for a stated length from a date the sentence gives falls due at its end (CONVENTIONS 1.1): 1 October 2024 plus five years, end of that day [local due 2029-10-01 23:59:59 Europe/London]. unsure: a careful reader could end the term on 30 September 2029
    B(
        text="The Secretary of State has approved the appointment of: Esther Beresford; Deborah Brayshaw; Lisa Hackett; Tom Ketteley; Claire Wiggins; Laura Vincent and; Glynis Williams as Chairs of Mother and Baby Units, for 5 years from 1 October 2024.",
        due="2029-10-01 22:59:59",
        vague=False,
        said="2024-10-01 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_MOJ24,
        published="2024-10-01",
    ),
    # Ministry of Justice press release 'New sentencing measures to take effect next month', 20 March 2015 02:21 PM, as carried by wired-gov.net (Crown copyright, Open Government Licence v3.0); zone Europe/London, said 20 March 2015 14:21 GMT (the page's hour). A date of effect (CONVENTIONS 3.1, 3.1a), a day falling due at its end [local due 2015-04-13 23:59:59 Europe/London]
    B(
        text="A series of tougher sentencing measures, new criminal offences and a more balanced judicial review system will come into force when the Criminal Justice and Courts Act 2015 takes effect on 13 April.",
        due="2015-04-13 22:59:59",
        vague=False,
        said="2015-03-20 14:21:00",
        tz="Europe/London",
        cluster=6,
        source=_MOJ15,
        published="2015-03-20",
    ),
    # the same release: a whole-life term is a standing rule for a class of cases: recurring (CONVENTIONS 1.3)
    B(
        text="It has also changed the law so anyone who kills a police or prison officer in the line of duty faces spending the rest of their life behind bars.",
        due=None,
        vague=False,
        said="2015-03-20 14:21:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_MOJ15,
        published="2015-03-20",
    ),
    # the same release: release half-way through each sentence is a standing rule: recurring (CONVENTIONS 1.3). unsure: a careful reader could take the end of automatic release as due on the Act's day of effect, which this sentence does not give (event)
    B(
        text="The act will also end the automatic release of those jailed for child rape and serious terrorism offences half-way through their prison sentence.",
        due=None,
        vague=False,
        said="2015-03-20 14:21:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_MOJ15,
        published="2015-03-20",
    ),
    # the same release: 'no longer' sets no time: due None, no refusal word
    B(
        text="It also brings in reforms that balance the judicial review system so justice is done but unmerited, costly and time-wasting applications no longer stifle progress.",
        due=None,
        vague=False,
        said="2015-03-20 14:21:00",
        tz="Europe/London",
        cluster=1,
        source=_MOJ15,
        published="2015-03-20",
    ),
    # the same release (Justice Secretary Chris Grayling): 'now we have changed' tells of a done act (CONVENTIONS 2.4): past
    B(
        text="Crime has fallen, serious offenders are going to prison for longer and now we have changed the law to deliver tougher and swifter justice for victims and the public.",
        due=None,
        vague=False,
        said="2015-03-20 14:21:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ15,
        published="2015-03-20",
    ),
    # the same release: past
    B(
        text="The act received Royal Assent on 12 February and commencement orders have now been made.",
        due=None,
        vague=False,
        said="2015-03-20 14:21:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ15,
        published="2015-03-20",
    ),
    # NSW Government, the Premier's release 'Premier extends warm welcome to Tokyo Governor’s inaugural trip to NSW', as carried by 16news.com.au (NSW Department of Premier and Cabinet material, CC BY 4.0); zone Australia/Sydney (AEDT). The page carries no date: the welcome is announced for Monday 5 February 2024, so said is taken as Sunday 4 February 2024 10:00 AEDT. A one-off event on a day (CONVENTIONS 3.1) [local due 2024-02-05 23:59:59 Australia/Sydney]
    B(
        text="Premier of NSW Chris Minns will welcome the Governor of Tokyo, Her Excellency Ms Yuriko Koike, making her inaugural visit to NSW on Monday, 5 February.",
        due="2024-02-05 12:59:59",
        vague=False,
        said="2024-02-03 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_NSW24,
        published="2024-02-04",
    ),
    # the same release: the visit's two days have no start in this sentence; the only dated time (1984) is of the past: past. unsure: a careful reader could give no refusal word (a two-day visit of undated start)
    B(
        text="The focus of Governor Koike’s two-day visit will be celebrating the 40th anniversary of the NSW-Tokyo Sister State Agreement which was first signed in 1984 by then-Premier Neville Wran, and on bolstering trade and economic ties between the two states.",
        due=None,
        vague=False,
        said="2024-02-03 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_NSW24,
        published="2024-02-04",
    ),
    # the same release: past
    B(
        text="In 2022-23 Japan was the state’s second largest two-way trading partner valued at $46.5 billion and in 2022 it was Australia’s third-largest source of foreign direct investment valued at $133.8 billion.",
        due=None,
        vague=False,
        said="2024-02-03 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_NSW24,
        published="2024-02-04",
    ),
    # the same release: 'a long history' sets no time: due None, no refusal word
    B(
        text="Australia and Japan also share a deep partnership underpinned by shared values, economic, social and people-to-people links, and a long history of cooperation.",
        due=None,
        vague=False,
        said="2024-02-03 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NSW24,
        published="2024-02-04",
    ),
    # the same release: 'during her stay' is a span the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="Governor Koike will visit Sydney and Newcastle during her stay.",
        due=None,
        vague=False,
        said="2024-02-03 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NSW24,
        published="2024-02-04",
    ),
    # NSW Government release 'More snow chain bays on the way for Snowy Mountains Highway', next on the same 16news.com.au page (NSW Government material, CC BY 4.0); zone Australia/Sydney. Undated on the page; it stands beside the Tokyo release and is read at the same moment (said 4 February 2024). The start of work 'this month' is a one-off event in a period, due at the period's end (CONVENTIONS 3.1) [local due 2024-02-29 23:59:59 Australia/Sydney]. unsure: the release's own day is not on the page; a careful reader dating it otherwise would give another month
    B(
        text="Work will start this month on 2 new snow chain fitting bays to improve the safety of motorists travelling along the Snowy Mountains Highway during the snow season.",
        due="2024-02-29 12:59:59",
        vague=False,
        said="2024-02-03 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_NSW24,
        published="2024-02-04",
    ),
    # UK Parliament, House of Lords Hansard, 20 October 2020, Agriculture Bill (the Minister's reply on a food-supply amendment), as carried by Parliament's Hansard search prototype (search-prototype.herokuapp.com; Open Parliament Licence v3.0); zone Europe/London. The page gives no hour: said 20 October 2020 10:00 BST. 'already doing' states an ongoing act, no time set: due None, no refusal word
    B(
        text="Put simply, we are already doing this.",
        due=None,
        vague=False,
        said="2020-10-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL20,
        published="2020-10-20",
    ),
    # the same speech: the response is promised 'in the coming months', the vague three-month window of the parser docstring (CONVENTIONS 5.1): 20 January 2021, end of day; the July release is past and does not count [local due 2021-01-20 23:59:59 Europe/London]
    B(
        text="His interim report was released in July this year, and in the coming months your Lordships can expect a cross-departmental response to his report.",
        due="2021-01-20 23:59:59",
        vague=True,
        said="2020-10-20 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HL20,
        published="2020-10-20",
    ),
    # the same speech: the limit runs from the final report, an event that is only expected, not fixed: event (CONVENTIONS 1.3). unsure: a careful reader could count six months from the end of the spring (31 May 2021), due 30 November 2021
    B(
        text="The Government have made a firm commitment to publish a White Paper on food within six months of the final Dimbleby report, which is expected in the spring.",
        due=None,
        vague=False,
        said="2020-10-20 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL20,
        published="2020-10-20",
    ),
    # the same speech: a done act (CONVENTIONS 2.4): past
    B(
        text="My officials have already established a cross-Whitehall working group for all relevant departments to discuss the development of the White Paper and to respond to the independent review.",
        due=None,
        vague=False,
        said="2020-10-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL20,
        published="2020-10-20",
    ),
    # the same speech: 'sufficient time' sets no time: due None, no refusal word
    B(
        text="We want to ensure that there is sufficient time to consider the findings and secure cross-government agreement.",
        due=None,
        vague=False,
        said="2020-10-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL20,
        published="2020-10-20",
    ),
    # the same speech: past
    B(
        text="I heard noble Lords loud and clear in earlier debates on this subject when they stressed the importance of creating an integrated policy on food.",
        due=None,
        vague=False,
        said="2020-10-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL20,
        published="2020-10-20",
    ),
    # the same speech: 'already working' states an ongoing act, no time set: due None, no refusal word
    B(
        text="We fully recognise this, which is why we are already working with the Department of Health and Social Care to ensure that improvements to public health are a core objective of government policy.",
        due=None,
        vague=False,
        said="2020-10-20 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL20,
        published="2020-10-20",
    ),
    # Statistics Canada, The Daily of Friday 8 December 2023, as carried by ihtoday.ca (Statistics Canada Open Licence); zone America/Toronto, said at 08:30 EST (The Daily's release time). past
    B(
        text="As of June 2023, the majority of Canadians had been infected by the virus causing COVID-19.",
        due=None,
        vague=False,
        said="2023-12-08 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC23,
        published="2023-12-08",
    ),
    # the same Daily: 'for months' and 'often' describe symptoms, no time for any act: due None, no refusal word
    B(
        text="Most people recover from their symptoms and are able to carry on with their lives, however, for many others, symptoms persist for months, often impacting their ability to work and their quality of life overall.",
        due=None,
        vague=False,
        said="2023-12-08 13:30:00",
        tz="America/Toronto",
        cluster=1,
        source=_STC23,
        published="2023-12-08",
    ),
    # the same Daily: past
    B(
        text="In British Columbia, the number of first-time homebuyers reached 25,315 in 2020, which represented a 28.0% increase from 2019.",
        due=None,
        vague=False,
        said="2023-12-08 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC23,
        published="2023-12-08",
    ),
    # the same Daily: past quarters: past
    B(
        text="Canadian industries operated at 79.7% of their production capacity in the third quarter, up slightly from 79.6% in the second quarter.",
        due=None,
        vague=False,
        said="2023-12-08 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC23,
        published="2023-12-08",
    ),
    # the same Daily: a release already made ('now available'): past (CONVENTIONS 2.4)
    B(
        text="The national and provincial input-output multipliers for 2020 are now available.",
        due=None,
        vague=False,
        said="2023-12-08 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC23,
        published="2023-12-08",
    ),
    # the same Daily: a release already made: past
    B(
        text="Data from the 2021 Households and the Environment Survey related to environmental engagement, drinking water, water conservation practices, the use of thermostats, online purchases, the use of fertilizers and pesticides, composting practices, the presence of trees, bushes and hedges around the home, and homegrown fruit, herbs, vegetables and flowers are now available.",
        due=None,
        vague=False,
        said="2023-12-08 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC23,
        published="2023-12-08",
    ),
    # the same Daily: past
    B(
        text="Lumber production increased 1.9% from August to 4 145.4 thousand cubic metres in September.",
        due=None,
        vague=False,
        said="2023-12-08 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC23,
        published="2023-12-08",
    ),
    # the same Daily: past
    B(
        text="Production was down 4.9% from September 2022.",
        due=None,
        vague=False,
        said="2023-12-08 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC23,
        published="2023-12-08",
    ),
    # the same Daily: a release already made for a past week: past
    B(
        text="Weekly data on real-time local business conditions are now available for November 27 to December 3, 2023.",
        due=None,
        vague=False,
        said="2023-12-08 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC23,
        published="2023-12-08",
    ),
    # USDA Forest Service, Plumas National Forest news release on prescribed burning near Forbestown and Challenge, as carried by YubaNet (US federal work, public domain; only the Forest's words taken); zone America/Los_Angeles (PDT). 'today, Wednesday, May 31' fixes the day (2023): said 31 May 2023 10:00 PDT. 'as early as today' is a lower bound only: earliest, the start of 31 May (CONVENTIONS 3.2)
    B(
        text="OROVILLE, CA — Plumas National Forest firefighters are preparing to start prescribed burning in the Challenge area on the Feather River Ranger District as early as today, Wednesday, May 31, conditions permitting.",
        due=None,
        vague=False,
        said="2023-05-31 17:00:00",
        tz="America/Los_Angeles",
        refusal="earliest",
        earliest="2023-05-31 07:00:00",
        cluster=5,
        source=_USFSPL,
        published="2023-05-31",
    ),
    # the same release: a range falls due at its later end (CONVENTIONS 6.1) [local due 2023-06-04 23:59:59 America/Los_Angeles]
    B(
        text="Overall, approximately 152 acres are planned on three units for treatment between tomorrow and June 4.",
        due="2023-06-05 06:59:59",
        vague=False,
        said="2023-05-31 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_USFSPL,
        published="2023-05-31",
    ),
    # the same release: lengths with no start of their own, told as possibilities (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could count the spans from the moment of speaking (CONVENTIONS 1.1)
    B(
        text="Ignitions may take up to four days and smoke may be visible for another two to five days.",
        due=None,
        vague=False,
        said="2023-05-31 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_USFSPL,
        published="2023-05-31",
    ),
    # the same release: 'long-term' sets no time: due None, no refusal word
    B(
        text="Smoke is expected to be visible but not have significant long-term impacts to nearby communities, including Forbestown, Challenge, Woodleaf and Clipper Mills.",
        due=None,
        vague=False,
        said="2023-05-31 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_USFSPL,
        published="2023-05-31",
    ),
    # the same release: 'Short duration' sets no time: due None, no refusal word
    B(
        text="Short duration, minor smoke impacts are expected along Forbestown and LaPorte Roads and neighboring forest roads.",
        due=None,
        vague=False,
        said="2023-05-31 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_USFSPL,
        published="2023-05-31",
    ),
    # the same release: parts of the day that recur on each day of the burn, no day of their own: recurring (CONVENTIONS 1.3)
    B(
        text="Visibility on roads in the project areas may be reduced, especially early in the morning and late evening as smoke settles.",
        due=None,
        vague=False,
        said="2023-05-31 17:00:00",
        tz="America/Los_Angeles",
        refusal="recurring",
        cluster=5,
        source=_USFSPL,
        published="2023-05-31",
    ),
    # the same release: recurring parts of the day: recurring (CONVENTIONS 1.3)
    B(
        text="There will also be increased firefighting equipment traffic in the area, particularly in the morning and evening hours.",
        due=None,
        vague=False,
        said="2023-05-31 17:00:00",
        tz="America/Los_Angeles",
        refusal="recurring",
        cluster=5,
        source=_USFSPL,
        published="2023-05-31",
    ),
    # the same release: 'until conditions improve' hangs on an undated event: event (CONVENTIONS 1.3)
    B(
        text="If weather conditions become unfavorable, including increased or gusty winds in the area, burning will stop until conditions improve.",
        due=None,
        vague=False,
        said="2023-05-31 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_USFSPL,
        published="2023-05-31",
    ),
    # the same release: 'throughout the operation' is a span the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="Firefighters will be monitoring conditions throughout the operation.",
        due=None,
        vague=False,
        said="2023-05-31 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_USFSPL,
        published="2023-05-31",
    ),
    # UK Parliament, House of Lords Statutory Inquiries Committee, call for evidence (committees.parliament.uk, Open Parliament Licence v3.0); zone Europe/London. The call carries no date in its opening: it was issued after the committee was set up on 24 January 2024 and well before its closing day of 19 April 2024, so said is taken as 1 March 2024 10:00 GMT. A done act: past
    B(
        text="The House of Lords Statutory Inquiries Committee was set up on 24 January 2024 to “consider the efficacy of the law and practice relating to the Inquiries Act 2005”.",
        due=None,
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLSIC,
        published="2024-03-01",
    ),
    # the same call: 'by' a day keeps its end (CONVENTIONS 3.5) [local due 2024-11-30 23:59:59 Europe/London]
    B(
        text="The Committee must report by 30 November 2024.",
        due="2024-11-30 23:59:59",
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLSIC,
        published="2024-03-01",
    ),
    # the same call: a closing at a stated instant (CONVENTIONS 3.1), BST [local due 2024-04-19 17:00:00 Europe/London]
    B(
        text="The deadline is 5pm on Friday, 19 April 2024.",
        due="2024-04-19 16:00:00",
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HLSIC,
        published="2024-03-01",
    ),
    # the same call: a year in an Act's name is no time, and a power with no time sets none: due None, no refusal word
    B(
        text="An inquiry can be set up by a minister under section 1 of the Inquiries Act 2005 into “a matter of public concern”.",
        due=None,
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLSIC,
        published="2024-03-01",
    ),
    # the same call: past
    B(
        text="The House of Lords has previously carried out post-legislative scrutiny of the 2005 Act.",
        due=None,
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLSIC,
        published="2024-03-01",
    ),
    # the same call: past
    B(
        text="Its Report was published in 2014 and made 33 recommendations to Government, 19 of which were accepted.",
        due=None,
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLSIC,
        published="2024-03-01",
    ),
    # the same call, a numbered question ending in a colon, taken as it stands: a year in an Act's name, no time set: due None, no refusal word
    B(
        text="1. Does the 2005 Act provide the right framework for ensuring that inquiries are:",
        due=None,
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLSIC,
        published="2024-03-01",
    ),
    # the same call, a list item taken as it stands: a year in an Act's name: due None, no refusal word
    B(
        text="a) The Inquiries Act 2005.",
        due=None,
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLSIC,
        published="2024-03-01",
    ),
    # the same call, a list item: years in the names of rules: due None, no refusal word
    B(
        text="b) The Inquiry Rules 2006 and the Inquiries (Scotland) Rules 2007.",
        due=None,
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HLSIC,
        published="2024-03-01",
    ),
    # the same call, a numbered question's lead-in: past
    B(
        text="3. The 2014 House of Lords report made 33 recommendations to the Government, of which 19 were accepted.",
        due=None,
        vague=False,
        said="2024-03-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLSIC,
        published="2024-03-01",
    ),
    # NSW Government release '$10 million for Aboriginal organisations to Close the Gap' (Minister for Aboriginal Affairs), as carried by 16news.com.au (NSW Government material, CC BY 4.0); zone Australia/Sydney (AEDT from 1 October 2023). The release carries no date; its stage 1 opens 'Monday 2 October' 2023 and the EOIs are 'now open', so said is taken as 2 October 2023 10:00 AEDT. 'now open' states a present state with no end: due None, no refusal word. unsure: a careful reader could read an offer open from now, earliest 2 October 2023 (CONVENTIONS 3.2)
    B(
        text="Expressions of interest are now open for Aboriginal organisations to apply for the next round of Community and Place Grants.",
        due=None,
        vague=False,
        said="2023-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NSW23,
        published="2023-10-02",
    ),
    # the same release: the budget of 19 September is past ('immediate' qualifies the activities, no time set): past
    B(
        text="$10 million funding for the grants, to deliver immediate and tangible on-ground activities to support Closing the Gap, were confirmed in the first Minns Labor budget handed down on Tuesday 19 September.",
        due=None,
        vague=False,
        said="2023-10-01 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_NSW23,
        published="2023-10-02",
    ),
    # the same release ('2024launch' glued as on the page): years in a plan's name set no time for the change: due None, no refusal word
    B(
        text="The Closing the Gap NSW Implementation Plan 2022– 2024launch commits to drive tangible change against all 5 Priority Reform areas and 17 Socio Economic Outcome targets agreed in the National Agreement on Closing the Gap.",
        due=None,
        vague=False,
        said="2023-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NSW23,
        published="2023-10-02",
    ),
    # the same release, a list item: a window falls due at its later end (CONVENTIONS 6.1, 3.4) [local due 2023-10-30 23:59:59 Australia/Sydney]
    B(
        text="Stage 1: EOI from Monday 2 October to 30 October 2023.",
        due="2023-10-30 12:59:59",
        vague=False,
        said="2023-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NSW23,
        published="2023-10-02",
    ),
    # the same release, a list item: later end of the window (CONVENTIONS 6.1) [local due 2024-01-29 23:59:59 Australia/Sydney]
    B(
        text="Stage 2: Full applications from 4 December 2023 to 29 January 2024.",
        due="2024-01-29 12:59:59",
        vague=False,
        said="2023-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NSW23,
        published="2023-10-02",
    ),
    # the same release, a list item: a range falls due at its later end (CONVENTIONS 6.1) [local due 2025-06-30 23:59:59 Australia/Sydney, AEST]
    B(
        text="Projects must be delivered between 1 July 2024 and 30 June 2025.",
        due="2025-06-30 13:59:59",
        vague=False,
        said="2023-10-01 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NSW23,
        published="2023-10-02",
    ),
    # Statistics Canada statement of 10 April 2020 inviting Canadians to a crowdsourced data collection on COVID-19, as carried by The Suburban (signed '— Statistics Canada'; Statistics Canada Open Licence; the paper's own opening line skipped); zone America/Toronto, said 10 April 2020 10:00 EDT. The length of a task, no time set for any act: due None, no refusal word
    B(
        text="It takes 5 to 10 minutes to complete.",
        due=None,
        vague=False,
        said="2020-04-10 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STC20,
        published="2020-04-10",
    ),
    # the same statement: the close of collection on a day (CONVENTIONS 3.1) [local due 2020-04-16 23:59:59 America/Toronto]
    B(
        text="Collection ends on April 16, 2020.",
        due="2020-04-17 03:59:59",
        vague=False,
        said="2020-04-10 14:00:00",
        tz="America/Toronto",
        cluster=6,
        source=_STC20,
        published="2020-04-10",
    ),
    # the same statement: past
    B(
        text="More than 150,000 people have completed the survey so far.",
        due=None,
        vague=False,
        said="2020-04-10 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC20,
        published="2020-04-10",
    ),
    # the same statement: 'a few minutes' is the length of the task (none of the vague windows of CONVENTIONS 5): due None, no refusal word
    B(
        text="Statistics Canada is inviting everyone, young and old, from West to East, to take a few minutes to fill in the survey.",
        due=None,
        vague=False,
        said="2020-04-10 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STC20,
        published="2020-04-10",
    ),
    # the same statement: 'during and after the pandemic' hangs the measures on an undated event: event (CONVENTIONS 1.3)
    B(
        text="Your country, province and municipality need reliable information on the current economic and social situation, as well as on people's physical and mental health, to effectively assess the needs of communities and implement suitable support measures during and after the pandemic.",
        due=None,
        vague=False,
        said="2020-04-10 14:00:00",
        tz="America/Toronto",
        refusal="event",
        cluster=5,
        source=_STC20,
        published="2020-04-10",
    ),
)
