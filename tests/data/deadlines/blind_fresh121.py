"""A HUNDRED-AND-TWENTY-FIRST fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the evening (the machine's clock read 18:35 at the
start and about 18:50 when the labels were written), by a labelling helper (branch issue12l121-s49)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 49, whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full (rules 3.1a and 6.4 among them), the
docstring, comments, some cases and README section of `blind_fresh116.py`, and the top docstring of
the parser package only (the vague windows, "early / mid / late" as thirds of a period, weeks running
Monday to Sunday, "before"/"by" periods, a range falling due at its later end, meteorological
seasons); nothing else of `bot/core/deadlines/` was opened. The brief asked for the Welsh Government
(OGL), English and Welsh councils whose own page states the OGL, UK Parliament committee and Lords
material (Open Parliament Licence), Australian federal, ACT and NSW agencies with their own CC BY
statement, Wikinews (CC BY), Statistics Canada (Open Licence) and, for at most a quarter, US federal
agencies (NASA, NOAA, NPS, USDA); at least eight publishers, none above a fifth of the cases.

The set quotes the UK Parliament (a House of Lords select committee's call for evidence of March
2004, a Lords Hansard exchange of 17 February 1965 and a Lords Liaison Committee report of 2022), the
ACT Government (a YourSay news item of 16 February 2023, the CMTEDD annual report 2017-18 and an
Access Canberra holiday release of December 2022 carried by Mirage News), Statistics Canada (the
Policy on Official Release and its notice of revisions of May 2021, and a statcan.gc.ca listing page
with a census backgrounder), Wikinews (the project page '10,000 articles and counting' of September
2007), the Welsh Government (a ministerial statement of 11 October 2022 carried by ukpol.co.uk, a
news release on the Cynnydd project and one on the legislative programme of 2018, both carried by
government-world.com), NOAA (the Flower Garden Banks
sanctuary's call for comments of November 2020 and a National Marine Fisheries Service temporary rule
in the Federal Register of 18 March 2025 on govinfo.gov), the National Park Service (a Yellowstone
news release of October 2019 carried by eastidahonews.com), the NSW Government (the Premier's notice of leave
arrangements of April 2024 carried by 16news.com.au) and the USDA Forest Service (closure notices of
2020 and 2021 quoted by firesafesdcounty.org and the North Coast Journal): 93 cases from 9 publishers
(the ACT Government 16; the UK Parliament 15; the Welsh Government 15; Statistics Canada 14; Wikinews
11; NOAA 9; the USDA Forest Service 6; the NSW Government 4; the National Park Service 3). 18 of the
93 (19.4%) are from the United States (NOAA, the Forest Service, the Park Service); 75 are not. No council page was taken (the searches
offered none that was fresh and stated the OGL on its own page in the time).

Every sentence quoted holds a time word of some kind (a date, a clock time, a day word, a season, a
period, a span, a year, "now", "currently", "still", "already", "yet", "daily", "regularly",
"every five years", "then", "before", "until", "ongoing", "timely", "over time"); the sentences of
the openings read that hold none were skipped, as were titles, headings, date lines, navigation,
speakers' names, contact lines, sentences cut off by the end of an opening and words of the carrying
sites themselves (the North Coast Journal's and East Idaho News's own lines; only the agencies' words were taken).
List items, a line ending in a colon and numbered paragraphs were taken as they stand; line breaks
inside a sentence were read as spaces and no word was changed ("1nformation", "electorial",
"paragrath", footnote figures glued to words, "A) ", curly and straight quotation marks and an
opening quotation mark whose closing lies in a later sentence stay as the pages have them). The
sentences were found with a search over stored copies of public pages and taken as they came in the
openings the search returns, in page order; where a page gave more sentences than a fifth of the set
allowed (decided when the set held 82 cases), the first ones in page order were kept. See
README.md ("Hundred-and-twenty-first fresh blind
set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was
checked with the lead's `fresh_check.py` (the address and, for most, a distinctive phrase of the
page) and claimed (`fresh121`) in `/work/helper-brief/claims.txt` before its quotes were kept; many
pages were found used and dropped (README.md lists them). Every sentence was then checked whole with
the same tool (skipping this file): none was found used. Each label was worked out by hand from the
words, the publication date and the publisher's zone (Europe/London for the UK Parliament and the
Welsh Government, Australia/Sydney for Canberra and Sydney, America/Toronto for Statistics Canada,
UTC for Wikinews, America/Chicago for the Galveston sanctuary office, America/Juneau for a rule in Alaska local time,
America/Denver for Yellowstone, America/Los_Angeles for the
Forest Service's Pacific Southwest Region); the conversion of local instants to UTC wall time,
weekdays and day counts were done with Python's zoneinfo and datetime in a scratch script outside
the repository, never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh116.py`: the publication date at 10:00 local time unless the page gives an hour (Lords
Hansard's "2.47 p.m."), and where a page carries no date in its opening, the one its words or other
facts give (each page's first comment says which and why); a day falls due at 23:59:59 local; a
season at the end of its last month (meteorological, southern seasons flipped, none used here);
"mid-May" at the end of the middle third of May; a range or a list falls due at its later end
(CONVENTIONS 6.1, 6.2); a window run from now falls due at its end (CONVENTIONS 1.1); a date of
effect, a closing or a reopening at a time is due then (CONVENTIONS 3.1); a stay until a date falls
due then (CONVENTIONS 3.3); done acts are past (CONVENTIONS 2.4); standing rules ("each session",
"every five years", "daily", "regularly", "every time", "within a pre-defined timeframe") are
recurring, times hung on an undated event ("then", "After the Committee has reported", "before the
Government publish their Rent Bill", "During this time") event (CONVENTIONS 1.3); a season opening
given only its start is earliest (CONVENTIONS 3.2); refusals have `due=None` and a `refusal` kind; a
sentence whose time words set no time for any act ("still time", "currently", "timely", "the
festive season", a year in an Act's name, a forecast of "The year ahead") has `due=None` and no refusal word (22
such). No sentence
holds nights of work (CONVENTIONS 6.4 decides none) and none holds a vague word (CONVENTIONS 5
decides none). Clusters as in `blind_fresh116.py`: 1 no time set, 2 clock times, 3 ranges and
several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 46
labels are refusals (past 32, recurring 8, event 5, earliest 1), none is vague; 25 labels carry a
due instant; 15 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_LCREF = "https://publications.parliament.uk/pa/ld200304/ldselect/ldcref/125/12513.htm"
_HL65 = "https://api.parliament.uk/historic-hansard/lords/1965/feb/17/the-milner-holland-committees-report"
_LLIA = "https://publications.parliament.uk/pa/ld5803/ldselect/ldliaison/38/3804.htm"
_ACTYS = (
    "https://yoursayconversations.act.gov.au/act-planning-review/only-few-weeks-left-have-your-say"
)
_ACTAR = "https://www.cmtedd.act.gov.au/functions/publications/2017-18annualreport/volume-3/act-government-community-engagement"
_ACTMN = "https://miragenews.com/access-canberra-holiday-trading-hours-909277"
_STCPOL = "https://statcan.gc.ca/en/about/policy/official_release"
_STCREV = "https://www.statcan.gc.ca/en/trust/revisions-policy-official-release"
_STCNODE = "https://www.statcan.gc.ca/en/node?URL=3&page=169"
_WN10K = "https://en.wikinews.org/wiki/Wikinews:10,000_articles_and_counting"
_WGWIN = "https://www.ukpol.co.uk/tag/2022/page/423"
_WGCYN = "http://www.government-world.com/uk/politics-2/welsh-government/page/6/?print=print-search"
_WGLEG = "http://government-world.com/?p=391130"
_NOAAFG = "https://flowergarden.noaa.gov/management/expansioncomment.html"
_NOAAFR = "https://govinfo.gov/content/pkg/FR-2025-03-18/html/2025-04444.htm"
_NPSYEL = "https://www.eastidahonews.com/2019/10/yellowstone-closes-dunraven-pass-for-the-season/"
_NSWLV = "http://www.16news.com.au/index.php/category/nswnews/page/216"
_FSCA21 = "https://firesafesdcounty.org/usfs-temporarily-closes-ca-national-forests/"
_FSCA20 = "https://www.northcoastjournal.com/NewsBlog/archives/2020/09/15/emergency-closure-order-extended-for-ca-national-forests"

FRESH121_CASES: tuple[BlindCase, ...] = (
    # UK Parliament, House of Lords Select Committee on the Constitutional Reform Bill, HL Paper 125 (2003-04), Appendix 5 'Call For Evidence' (publications.parliament.uk, Open Parliament Licence); zone Europe/London. The call carries no date in its opening: it was issued after the committee was set up in March 2004 and before its closing day of 16 April, so said is taken as 15 March 2004 10:00 GMT (the report the call leads to was due by 24 June 2004, when these words were no longer new). The committee is to report by Thursday 24 June 2004: due at the end of that day (CONVENTIONS 3.5, 'by' a day keeps its end) [local due 2004-06-24 23:59:59 Europe/London]
    B(
        text="A House of Lords Select Committee has been set up to consider the Constitutional Reform Bill and to report on the Bill to the House by Thursday 24 June 2004.",
        due="2004-06-24 22:59:59",
        vague=False,
        said="2004-03-15 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LCREF,
        published="2004-03-15",
    ),
    # the same call: oral evidence is kept going until mid-May: a state kept to a time falls due then (CONVENTIONS 3.3), mid-May as the end of the middle third of May, 20 May (parser docstring) [local due 2004-05-20 23:59:59 Europe/London]
    B(
        text="The Committee is likely to take oral evidence on the Bill at twice weekly meetings until mid-May.",
        due="2004-05-20 22:59:59",
        vague=False,
        said="2004-03-15 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_LCREF,
        published="2004-03-15",
    ),
    # the same call: 'then' hangs the act on the end of the oral evidence, which the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="It will then consider the Clauses and schedules and any amendments tabled by Members.",
        due=None,
        vague=False,
        said="2004-03-15 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_LCREF,
        published="2004-03-15",
    ),
    # the same call: re-committal after the committee has reported, an undated event (CONVENTIONS 1.3)
    B(
        text="After the Committee has reported, the Bill will be re-committed to a Committee of the Whole House.",
        due=None,
        vague=False,
        said="2004-03-15 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_LCREF,
        published="2004-03-15",
    ),
    # the same call: a conditional carry-over, no undertaking for any time (CONVENTIONS 4.2). unsure: a careful reader could give the end of the 2003-2004 session (a session is no calendar period) as the time the Bill is to complete its stages
    B(
        text="(If the Bill does not complete all its stages in the Lords by the end of the 2003-2004 session it is likely to be carried over to the 2004-2005 session of Parliament.)",
        due=None,
        vague=False,
        said="2004-03-15 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_LCREF,
        published="2004-03-15",
    ),
    # the same call: written evidence must arrive by Friday 16 April 2004: due at the end of that day, BST (CONVENTIONS 3.5) [local due 2004-04-16 23:59:59 Europe/London]
    B(
        text="Evidence must arrive by Friday 16 April 2004 and should be submitted to Rhodri Walters, Clerk of Committees, Committee Office, House of Lords, London SW1A 0PW.",
        due="2004-04-16 22:59:59",
        vague=False,
        said="2004-03-15 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_LCREF,
        published="2004-03-15",
    ),
    # UK Parliament, House of Lords Hansard, 17 February 1965, 'The Milner Holland Committee's Report' (api.parliament.uk historic Hansard, Open Parliament Licence); zone Europe/London, said at 14:47 GMT (the page's '2.47 p.m.'). The printed question asks whether the report has yet been received and will be published: no time is set (due None, no refusal word); the closing bracket stays as the page has it
    B(
        text="To ask Her Majesty's Government whether the Minister of Housing and Local Government has yet received the Report of the Milner Holland Committee; and whether this Report will be published.]",
        due=None,
        vague=False,
        said="1965-02-17 14:47:00",
        tz="Europe/London",
        cluster=1,
        source=_HL65,
        published="1965-02-17",
    ),
    # the same debate: 'in the next two or three weeks' is a range of spans from now, due at its later end, three weeks from 17 February, 10 March 1965 (CONVENTIONS 6.1; a range, not a vague window) [local due 1965-03-10 23:59:59 Europe/London]
    B(
        text="My Lords, my right honourable friend has not yet received the Milner Holland Committee's Report, but expects to have it in the next two or three weeks.",
        due="1965-03-10 23:59:59",
        vague=False,
        said="1965-02-17 14:47:00",
        tz="Europe/London",
        cluster=3,
        source=_HL65,
        published="1965-02-17",
    ),
    # the same debate: publication 'then', after the undated receipt of the report: event (CONVENTIONS 1.3)
    B(
        text="It will then be published as a Command Paper.",
        due=None,
        vague=False,
        said="1965-02-17 14:47:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL65,
        published="1965-02-17",
    ),
    # the same debate: 'before the Government publish their Rent Bill', an undated event ('now' is on the asking): event (CONVENTIONS 1.3, 2.2)
    B(
        text="Is he able to give an undertaking now that we shall have this Report and be able to read it before the Government publish their Rent Bill, which they intend to introduce, I believe, in another place?",
        due=None,
        vague=False,
        said="1965-02-17 14:47:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL65,
        published="1965-02-17",
    ),
    # the same debate: 'the time its passage ... is likely to take' names no time; nothing falls due; '1nformation' stays as the page has it
    B(
        text="My Lords, I am afraid that I have No 1nformation as to the progress of the Rent Bill or the time its passage in another place is likely to take.",
        due=None,
        vague=False,
        said="1965-02-17 14:47:00",
        tz="Europe/London",
        cluster=1,
        source=_HL65,
        published="1965-02-17",
    ),
    # the same debate: the report is expected 'in the next two or three weeks': due at the later end, 10 March 1965 (CONVENTIONS 6.1) [local due 1965-03-10 23:59:59 Europe/London]
    B(
        text="But the Report about which we are talking is expected to appear in the next two or three weeks.",
        due="1965-03-10 23:59:59",
        vague=False,
        said="1965-02-17 14:47:00",
        tz="Europe/London",
        cluster=3,
        source=_HL65,
        published="1965-02-17",
    ),
    # UK Parliament, House of Lords Liaison Committee, HL Paper 38 (session 2022-23), chapter on sessional committees (publications.parliament.uk, Open Parliament Licence); zone Europe/London. The opening carries no date: the session began on 10 May 2022 and the chapter looks forward to autumn 2022, so said is taken as 1 July 2022 10:00 BST. Orders remain in force from session to session until the House orders otherwise: a standing rule, recurring (CONVENTIONS 1.3); the footnote figure glued to 'Order 63' stays as the page has it
    B(
        text="17.Under House of Lords Standing Order 6314 certain committees are appointed on a ‘sessional’ basis: that is, their orders of appointment remain in force from one session to the next throughout a Parliament until the House orders otherwise.",
        due=None,
        vague=False,
        said="2022-07-01 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_LLIA,
        published="2022-07-01",
    ),
    # the same report: reappointed each session, a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="In addition, the Committee of Selection, though not formally a sessional committee, is reappointed each session.15",
        due=None,
        vague=False,
        said="2022-07-01 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_LLIA,
        published="2022-07-01",
    ),
    # the same report: 'over the past decade', 'appointed in April 2021': done before speaking, past (CONVENTIONS 2.4)
    B(
        text="18.The number of sessional committees has more than doubled over the past decade, with the most recent four sessional committees appointed in April 2021, as described in paragraph 3 above.",
        due=None,
        vague=False,
        said="2022-07-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_LLIA,
        published="2022-07-01",
    ),
    # ACT Government, YourSay Conversations, ACT Planning Review news item 'Only a few weeks left to have your say', 16 February 2023 (yoursayconversations.act.gov.au; ACT Government CC BY 4.0); zone Australia/Sydney (Canberra), said at 10:00 AEDT (no hour given). 'still time' sets no time: due None, no refusal word
    B(
        text="There is still time to attend one (or more!) of our engagement sessions and provide your feedback on the draft district strategies and the draft new Territory Plan.",
        due=None,
        vague=False,
        said="2023-02-15 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTYS,
        published="2023-02-16",
    ),
    # the same page: feedback can be given 'over the next two weeks': a window run from now falls due at its end, 2 March 2023 (CONVENTIONS 1.1) [local due 2023-03-02 23:59:59 Australia/Sydney]
    B(
        text="Over the next two weeks you can provide your feedback at our City pop-up or drop into our listening space and online Q&A session to chat through any last minute questions with our planners – even if the activities are not in your district.",
        due="2023-03-02 12:59:59",
        vague=False,
        said="2023-02-15 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACTYS,
        published="2023-02-16",
    ),
    # the same page, an item of the list of remaining activities taken as it stands: an online session on Thursday 23 February, due at the end of that day (CONVENTIONS 3.1) [local due 2023-02-23 23:59:59 Australia/Sydney]
    B(
        text="Thursday 23 Feb via Microsoft Teams",
        due="2023-02-23 12:59:59",
        vague=False,
        said="2023-02-15 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACTYS,
        published="2023-02-16",
    ),
    # ACT Government, Chief Minister, Treasury and Economic Development Directorate annual report 2017-18, volume 3, 'ACT Government Community Engagement' (cmtedd.act.gov.au; ACT Government CC BY 4.0); zone Australia/Sydney. The opening carries no date: the report covers the year to 30 June 2018 and speaks of the end of 2018 as ahead, so said is taken as 1 October 2018 10:00 AEST. A commitment made in 2017-18: past (CONVENTIONS 2.4)
    B(
        text="In 2017-18 the ACT Government committed to strengthening its approach to community engagement to hear from more Canberrans, to provide clear information and easy opportunities for the community to have their say on the issues that matter.",
        due=None,
        vague=False,
        said="2018-10-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACTAR,
        published="2018-10-01",
    ),
    # the same page: released in February 2018: past ('upcoming' is on the engagements, not dated)
    B(
        text="To increase the transparency of the upcoming engagements and community information campaigns a Whole of Government Communications and Engagement Strategy was prepared and publicly released in February 2018.",
        due=None,
        vague=False,
        said="2018-10-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACTAR,
        published="2018-10-01",
    ),
    # the same page: due to begin roll out 'before the end of 2018': 'before the end of <period>' falls due at the period's end (CONVENTIONS 3.5), 31 December 2018 AEDT; 'over time' and 'in 2017-18' set no other time [local due 2018-12-31 23:59:59 Australia/Sydney]
    B(
        text="This new capability, which over time will give a broadly representative group of Canberrans the opportunity to have their say on a range of issues, began development in 2017-18 and is due to begin roll out before the end of 2018.",
        due="2018-12-31 12:59:59",
        vague=False,
        said="2018-10-01 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACTAR,
        published="2018-10-01",
    ),
    # the same page: reports released following each engagement activity, a standing practice with no start of its own: recurring (CONVENTIONS 1.3). unsure: a careful reader could give event (after an undated engagement) or past ('have begun')
    B(
        text="To that end we have begun releasing reports on ‘What We Heard’ following a community engagement activity.",
        due=None,
        vague=False,
        said="2018-10-01 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ACTAR,
        published="2018-10-01",
    ),
    # the same page: 'quickly becoming', 'regular' set no time for any act: due None, no refusal word
    B(
        text="They are quickly becoming one of the regular ways we ‘close the loop’ with Canberrans.",
        due=None,
        vague=False,
        said="2018-10-01 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTAR,
        published="2018-10-01",
    ),
    # the same page: delivered during 2017-18: past (CONVENTIONS 2.4)
    B(
        text="The government has also committed to trialling new approaches to engagement and during 2017-18 delivered four deliberative engagement processes.",
        due=None,
        vague=False,
        said="2018-10-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACTAR,
        published="2018-10-01",
    ),
    # ACT Government media release 'Access Canberra holiday trading hours', carried by miragenews.com (ACT Government CC BY 4.0); zone Australia/Sydney. The opening carries no date: the release precedes the closure on Friday 23 December 2022, so said is taken as 20 December 2022 10:00 AEDT. 'the festive season' as the season people prepare for sets no time for an act: due None, no refusal word
    B(
        text="As Canberrans prepare for the festive season, the ACT Government is reminding the community about trading hours for Access Canberra Service Centres.",
        due=None,
        vague=False,
        said="2022-12-19 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ACTMN,
        published="2022-12-20",
    ),
    # the same release: the centres close from 3pm Friday 23 December 2022: the closing is a one-off event at a time, due then (CONVENTIONS 3.1; 3.1a reads a change that begins on a date alike). unsure: a careful reader could read a state given only its start (CONVENTIONS 3.2: earliest 23 December 15:00) [local due 2022-12-23 15:00:00 Australia/Sydney]
    B(
        text="From 3pm Friday 23 December 2022 the Service Centres at Gungahlin, Tuggeranong, Woden and Belconnen and Specialised Service Centres in Dickson, Mitchell and Hume will be closed.",
        due="2022-12-23 04:00:00",
        vague=False,
        said="2022-12-19 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_ACTMN,
        published="2022-12-20",
    ),
    # the same release: reopening at 9am Tuesday 3 January 2023, a one-off event at a time (CONVENTIONS 3.1, 'the road will reopen at 12:01 a.m. on Monday') [local due 2023-01-03 09:00:00 Australia/Sydney]
    B(
        text="The Gungahlin, Tuggeranong, Woden and Belconnen Service Centres will reopen at 9am Tuesday 3 January 2023.",
        due="2023-01-02 22:00:00",
        vague=False,
        said="2022-12-19 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_ACTMN,
        published="2022-12-20",
    ),
    # the same release: reopening 'for bookable appointments only from 9am' on 3 January: the reopening is the event, due at 9am (CONVENTIONS 3.1). unsure: 'from 9am' could be read as an offer open from a time (CONVENTIONS 3.2, earliest) [local due 2023-01-03 09:00:00 Australia/Sydney]
    B(
        text="The Dickson Specialised Service Centre will reopen for bookable appointments only from 9am Tuesday 3 January 2023.",
        due="2023-01-02 22:00:00",
        vague=False,
        said="2022-12-19 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_ACTMN,
        published="2022-12-20",
    ),
    # the same release: reopening at 8am on 3 January (CONVENTIONS 3.1) [local due 2023-01-03 08:00:00 Australia/Sydney]
    B(
        text="The Hume Motor Vehicle Inspection Station will reopen at 8am Tuesday 3 January 2023.",
        due="2023-01-02 21:00:00",
        vague=False,
        said="2022-12-19 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_ACTMN,
        published="2022-12-20",
    ),
    # the same release: reopening at 8.30am on 3 January (CONVENTIONS 3.1) [local due 2023-01-03 08:30:00 Australia/Sydney]
    B(
        text="The Mitchell Land, Planning and Building Services Specialised Centre will reopen at 8.30am Tuesday 3 January 2023.",
        due="2023-01-02 21:30:00",
        vague=False,
        said="2022-12-19 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_ACTMN,
        published="2022-12-20",
    ),
    # the same release: reduced hours 'over the festive season, such as on Christmas Day': the festive season has no fixed end and Christmas Day is given as an example, so no time is set: due None, no refusal word. unsure: a careful reader could give the end of Christmas Day 2022 (25 December 23:59:59 AEDT) or the end of the holiday period
    B(
        text="The Access Canberra Contact Centre (13 22 81) will have reduced hours over the festive season, such as on Christmas Day, however calls will still be answered for urgent public safety issues like road maintenance, fallen trees, dog attacks or injured wildlife and environment protection.",
        due=None,
        vague=False,
        said="2022-12-19 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACTMN,
        published="2022-12-20",
    ),
    # Statistics Canada, 'Policy on Official Release' (statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto. The page says it was updated on May 6, 2021; said is taken as that day at 10:00 EDT. 'timely access' sets no time: due None, no refusal word
    B(
        text="The protection of sensitive data is of the utmost importance to Statistics Canada; it is a fundamental value that is deeply ingrained within the agency's culture, as is the commitment to providing Canadians with equitable and timely access to data and analysis.",
        due=None,
        vague=False,
        said="2021-05-06 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STCPOL,
        published="2021-05-06",
    ),
    # the same page: updated regularly, a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="This policy is updated regularly to ensure its continued relevance.",
        due=None,
        vague=False,
        said="2021-05-06 14:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STCPOL,
        published="2021-05-06",
    ),
    # the same page: took effect in 2013: past
    B(
        text="1.1 This policy took effect on May 15, 2013.",
        due=None,
        vague=False,
        said="2021-05-06 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STCPOL,
        published="2021-05-06",
    ),
    # the same page: updated on the day of the page, told as done: past (CONVENTIONS 2.4)
    B(
        text="It was updated on May 6, 2021.",
        due=None,
        vague=False,
        said="2021-05-06 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STCPOL,
        published="2021-05-06",
    ),
    # Statistics Canada, 'Notice of revisions to Statistics Canada's Policy on Official Release' (statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto. The opening carries no date: the notice goes with the policy's update of May 6, 2021, taken as said (10:00 EDT). 'There are occasions', 'in a timely way' set no time: due None, no refusal word
    B(
        text="There are occasions when limited access to advance-release information is necessary to brief senior officials and ministers in a timely way on information that impacts Canada's economy.",
        due=None,
        vague=False,
        said="2021-05-06 14:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_STCREV,
        published="2021-05-06",
    ),
    # the same notice: 'every time they access', a rule for every access with no date of effect given ('now'): recurring (CONVENTIONS 1.3). unsure: a careful reader could read 'will now' as a rule taking effect at the moment of speaking (CONVENTIONS 3.1a)
    B(
        text="Sensitive information will now only be accessed in an isolated virtual environment that will include login, authentication and audit features that uniquely identify and track each designated official every time they access the advance-release information.",
        due=None,
        vague=False,
        said="2021-05-06 14:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STCREV,
        published="2021-05-06",
    ),
    # the same notice: 'within a pre-defined timeframe', a standing rule for each release, no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Advance access to the information will be provided within a pre-defined timeframe.",
        due=None,
        vague=False,
        said="2021-05-06 14:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STCREV,
        published="2021-05-06",
    ),
    # Statistics Canada, a listing page of statcan.gc.ca ('node', page 169) whose opening holds the variant of the Standard Geographical Classification 2021 for agricultural regions and the '2021 Census of Population – Backgrounder for Media' (Statistics Canada Open Licence); zone America/Toronto. The opening carries no date: the backgrounder tells the 2021 Census as done, so said is taken as 9 February 2022 (the first release of 2021 Census results) 10:00 EST. A change made for 2021: past; the line ends in a colon and is taken as it stands
    B(
        text="For 2021, two changes to the composition of CARs were made to allow for the creation of this variant:",
        due=None,
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STCNODE,
        published="2022-02-09",
    ),
    # the same page: 'There were 72 CARs in 2021': past
    B(
        text="There were 72 CARs in 2021.",
        due=None,
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STCNODE,
        published="2022-02-09",
    ),
    # the same page: amalgamated for 2021: past (CONVENTIONS 2.4)
    B(
        text="For 2021, many smaller 2016 CCSs have been amalgamated in order to create contiguous areas and reduce data suppression.",
        due=None,
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STCNODE,
        published="2022-02-09",
    ),
    # the same page, a bullet of the backgrounder taken as it stands: conducted every five years, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Conducted every five years",
        due=None,
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STCNODE,
        published="2022-02-09",
    ),
    # the same page, a bullet: the 2021 Census told as done: past
    B(
        text="2021 Census was Canada's 23rd national census",
        due=None,
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STCNODE,
        published="2022-02-09",
    ),
    # the same page, a bullet: 'marked' in 2021: past
    B(
        text="2021 marked the 355th anniversary of the first census",
        due=None,
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STCNODE,
        published="2022-02-09",
    ),
    # the same page, a bullet: 'As in previous years, the 2021 Census was mandatory': past
    B(
        text="As in previous years, the 2021 Census was mandatory.",
        due=None,
        vague=False,
        said="2022-02-09 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STCNODE,
        published="2022-02-09",
    ),
    # Wikinews (CC BY 2.5; the page is of 2007, after the switch of 25 September 2005), project page 'Wikinews:10,000 articles and counting' (en.wikinews.org), a list of facts for the press release on the 10,000th article; zone UTC (Wikinews dates in UTC). The page carries no date: its newest fact is of July 2007 and it was written for the release of 7 September 2007, so said is taken as 6 September 2007 10:00 UTC. Every line tells a done act: past (CONVENTIONS 2.4). The list items are taken as they stand, without their bullets; the footnote marks stay
    B(
        text='In January 2003 Wikinews was first proposed by an anonymous IP address as "Wikews" [1]',
        due=None,
        vague=False,
        said="2007-09-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN10K,
        published="2007-09-06",
    ),
    # the same page: past ('for a few months', 'later' inside a told past)
    B(
        text="In January 2004 discussion was stale for a few months Erik Möller, who later became founder of the website, changed the name idea to Wikinews and started discussions about the idea",
        due=None,
        vague=False,
        said="2007-09-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN10K,
        published="2007-09-06",
    ),
    # the same page: past
    B(
        text="In April 2004 Möller registered the domain name wikinews.org",
        due=None,
        vague=False,
        said="2007-09-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN10K,
        published="2007-09-06",
    ),
    # the same page: past ('electorial', 'paragrath' stay as the page has them)
    B(
        text="In May 2004 the Wikinews concept was revealed in his electorial platform for the Board of the Wikimedia Foundation [2] (See paragrath 5)",
        due=None,
        vague=False,
        said="2007-09-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN10K,
        published="2007-09-06",
    ),
    # the same page: past
    B(
        text="In June 2004 at the Wizards of OS conference Möller and Wikipedia founder Jimbo Wales discussed the creation of Wikinews",
        due=None,
        vague=False,
        said="2007-09-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN10K,
        published="2007-09-06",
    ),
    # the same page: past
    B(
        text="In October 2004 Möller implemented policy pages, organised the website, and got things up and running",
        due=None,
        vague=False,
        said="2007-09-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN10K,
        published="2007-09-06",
    ),
    # the same page: past
    B(
        text="In November 2004 the English Wikinews was initiated",
        due=None,
        vague=False,
        said="2007-09-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN10K,
        published="2007-09-06",
    ),
    # the same page, a sub-item: a rule of the past ('had to ... before it was published'): past. unsure: a careful reader could give recurring (a standing rule, CONVENTIONS 1.3) told in the past tense
    B(
        text="Every article had to be reviewed by another editor before it was published",
        due=None,
        vague=False,
        said="2007-09-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN10K,
        published="2007-09-06",
    ),
    # the same page, a sub-item: past ('now' is on his present state, no time set)
    B(
        text="In November Wikinews was edited by an American freelance journalist named David Speakman [3], who left Wikinews He is now a law student",
        due=None,
        vague=False,
        said="2007-09-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN10K,
        published="2007-09-06",
    ),
    # the same page: past
    B(
        text="In November 2005, two years after the edit which started a website (Wikinews) that would later change the definition of citizen journalism, was claimed by Wikipedia user Fonzy",
        due=None,
        vague=False,
        said="2007-09-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN10K,
        published="2007-09-06",
    ),
    # the same page: past
    B(
        text="In July 2007, Wikinews did an investigation concerning Chris Benoit and his family.",
        due=None,
        vague=False,
        said="2007-09-06 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WN10K,
        published="2007-09-06",
    ),
    # Welsh Government, written statement by Eluned Morgan, Minister for Health and Social Services, 'Emergency Care Services for Winter in Wales', 11 October 2022, carried by ukpol.co.uk (Crown copyright, Open Government Licence v3.0 per the Welsh Government's copyright statement); zone Europe/London, said at 10:00 BST (no hour given). The services are to be supported 'this winter': due at the end of winter 2022-23, 28 February 2023 (meteorological seasons, parser docstring). unsure: a careful reader could give None (the update is today's and 'this winter' is the season of the services, not a time set for the planning) [local due 2023-02-28 23:59:59 Europe/London]
    B(
        text="I am pleased to update Members on our planning approach to support resilient urgent and emergency care services this winter.",
        due="2023-02-28 23:59:59",
        vague=False,
        said="2022-10-11 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WGWIN,
        published="2022-10-11",
    ),
    # the same statement: a likelihood about the winter, no undertaking (CONVENTIONS 4.2): due None
    B(
        text="It is likely the winter period will present additional challenges to an already stretched urgent and emergency care system if there are increases in prevalence of both COVID-19 and influenza, and within the context of the cost of living and energy crises.",
        due=None,
        vague=False,
        said="2022-10-11 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WGWIN,
        published="2022-10-11",
    ),
    # the same statement: plans 'in progress'; 'this winter' is the time of the rising costs, not of an act: due None, no refusal word
    B(
        text="Members will know there are plans in progress focusing on COVID-19 and influenza vaccination, and additional support for vulnerable people most likely to feel the impact of rising costs this winter.",
        due=None,
        vague=False,
        said="2022-10-11 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WGWIN,
        published="2022-10-11",
    ),
    # the same statement: development 'commenced many months ago': past; 'year-round' is a standing trait of the planning
    B(
        text="Planning for seasonal peaks in pressure is a year-round exercise and development of interventions that will enable additional resilience commenced many months ago.",
        due=None,
        vague=False,
        said="2022-10-11 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WGWIN,
        published="2022-10-11",
    ),
    # the same statement: 'has been issued' with the winter as the season of the services: the act told is done, past (CONVENTIONS 2.4)
    B(
        text="Additionally, a winter planning framework has been issued to NHS Wales organisations and Regional Partnership Boards to support them to plan and deliver resilient urgent and emergency care services this winter.",
        due=None,
        vague=False,
        said="2022-10-11 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WGWIN,
        published="2022-10-11",
    ),
    # the same statement: work going on 'Since Spring 2022', open-ended, no time set for an end: due None, no refusal word
    B(
        text="Since Spring 2022, Health Boards have been working with partners to develop local urgent and emergency care plans focused on a small number of priorities set by the Welsh Government that will support people to access the right care, in the right place, first time.",
        due=None,
        vague=False,
        said="2022-10-11 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WGWIN,
        published="2022-10-11",
    ),
    # the same statement: interventions 'for the winter period', expectations set with no time for the developing: due None, no refusal word. unsure: a careful reader could give the end of winter 2022-23 (28 February 2023)
    B(
        text="To support consistency and harness momentum, the winter planning framework sets out expectations for Health Boards to work with partners to build on these priorities and develop enhanced interventions for the winter period.",
        due=None,
        vague=False,
        said="2022-10-11 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WGWIN,
        published="2022-10-11",
    ),
    # Welsh Government news release on the Cynnydd project's added European Social Fund money, carried by government-world.com's Welsh Government listing (Crown copyright, Open Government Licence v3.0 per the Welsh Government's copyright statement); zone Europe/London. The opening carries no date: the project runs on 'until December 2022' and 'over the next three years', so the release is of late 2019; said is taken as 2 December 2019 10:00 GMT. The project runs until December 2022: a state kept to a time falls due then (CONVENTIONS 3.3); 'today' is on the verb of announcing (CONVENTIONS 2.2) [local due 2022-12-31 23:59:59 Europe/London]
    B(
        text="Jeremy Miles today announced that Cynnydd, which was launched in September 2016, will now run until December 2022 thanks to the extra EU funding.",
        due="2022-12-31 23:59:59",
        vague=False,
        said="2019-12-02 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WGCYN,
        published="2019-12-02",
    ),
    # the same release: benefit 'over the next three years', a window from now, due at its end (CONVENTIONS 1.1): three years from the taken date, 2 December 2022. unsure: the release's own date is not in the opening (taken as 2 December 2019), so the day may be off by some days [local due 2022-12-02 23:59:59 Europe/London]
    B(
        text="This means a further 3,200 young people will benefit from support and opportunities created by the project over the next three years, and 7,500 in total.",
        due="2022-12-02 23:59:59",
        vague=False,
        said="2019-12-02 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WGCYN,
        published="2019-12-02",
    ),
    # the same release, the Minister's quoted words (the opening quotation mark stays): 'already seen': past
    B(
        text="“We’ve already seen how successful Cynnydd has been in working with young people in the area to remove some of the barriers to them completing education and training programmes which can contribute to the reduction in young people in Wales who are NEET.",
        due=None,
        vague=False,
        said="2019-12-02 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WGCYN,
        published="2019-12-02",
    ),
    # the same release, the Minister's words: 'still benefiting' sets no time: due None, no refusal word
    B(
        text="“Wales is still benefiting substantially from EU funds and I’m delighted this investment will be supporting the futures of so many young people in South West Wales.”",
        due=None,
        vague=False,
        said="2019-12-02 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WGCYN,
        published="2019-12-02",
    ),
    # the same release: 'In the last decade' ... 'have created': past (CONVENTIONS 2.4)
    B(
        text="In the last decade, EU-funded projects have created 45,000 new jobs and 13,000 new businesses across Wales, while also helping more than 85,000 people into employment.",
        due=None,
        vague=False,
        said="2019-12-02 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WGCYN,
        published="2019-12-02",
    ),
    # Welsh Government news release on the First Minister's (Carwyn Jones's) legislative programme for 2018-19, carried by government-world.com (Crown copyright, Open Government Licence v3.0 per the Welsh Government's copyright statement); zone Europe/London. The opening carries no date: it speaks of the year ahead with the EU exit regulations due 'between October and March', so the statement is of summer 2018; said is taken as 17 July 2018 10:00 BST. A bill to be introduced 'over the next 12 months': a window from now, due at its end (CONVENTIONS 1.1), 17 July 2019. unsure: the release's own date is not in the opening, so the day may be off by some weeks [local due 2019-07-17 23:59:59 Europe/London]
    B(
        text="The way animals are treated is an important reflection of society and over the next 12 months, a bill will be introduced to ban the use of wild animals in travelling circuses on welfare grounds.",
        due="2019-07-17 22:59:59",
        vague=False,
        said="2018-07-17 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WGLEG,
        published="2018-07-17",
    ),
    # the same release, the First Minister's quoted words (the opening quotation mark stays): a forecast of 'The year ahead', no undertaking with a time (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="“The year ahead will be one of the busiest for us in legislative terms since Wales gained primary law-making powers.",
        due=None,
        vague=False,
        said="2018-07-17 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WGLEG,
        published="2018-07-17",
    ),
    # the same release: a programme of regulations 'between October and March': a range falls due at its later end, the end of March 2019 (CONVENTIONS 6.1) [local due 2019-03-31 23:59:59 Europe/London]
    B(
        text="In addition to the Welsh Government’s legislative programme, the National Assembly will be asked to undertake a substantial programme of correcting regulations under the EU (Withdrawal) Act between October and March in preparation for EU exit.",
        due="2019-03-31 22:59:59",
        vague=False,
        said="2018-07-17 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_WGLEG,
        published="2018-07-17",
    ),
    # NOAA, Flower Garden Banks National Marine Sanctuary, 'Comments Requested' on the Regulatory Impact Review (flowergarden.noaa.gov; US federal work, public domain); zone America/Chicago (the sanctuary office is in Galveston, Texas). The page carries no date: the notice it tells of was issued on Monday, November 23, 2020, taken as said at 10:00 CST. The comment period closed on July 3, 2020: past
    B(
        text="The comment period for the proposed rule that was published on May 1, 2020 closed on July 3, 2020.",
        due=None,
        vague=False,
        said="2020-11-23 16:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_NOAAFG,
        published="2020-11-23",
    ),
    # the same page: the notice was issued on the day taken as said, told as done: past (CONVENTIONS 2.4)
    B(
        text="To provide an opportunity for comment on the RIR, NOAA issued a Federal Register Notice on Monday, November 23rd.",
        due=None,
        vague=False,
        said="2020-11-23 16:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_NOAAFG,
        published="2020-11-23",
    ),
    # the same page: comments by December 8, 2020: due at the end of that day, CST (CONVENTIONS 3.5) [local due 2020-12-08 23:59:59 America/Chicago]
    B(
        text="Please submit your comments online via using docket number NOAA-NOS-2019-0033 by December 8, 2020.",
        due="2020-12-09 05:59:59",
        vague=False,
        said="2020-11-23 16:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_NOAAFG,
        published="2020-11-23",
    ),
    # the same page: 'at this time' sets no time: due None, no refusal word
    B(
        text="Please note that only comments on the Regulatory Impact Review will be considered at this time.",
        due=None,
        vague=False,
        said="2020-11-23 16:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_NOAAFG,
        published="2020-11-23",
    ),
    # NOAA (National Marine Fisheries Service), temporary rule 'Fisheries of the Exclusive Economic Zone Off Alaska; Sablefish Managed Under the Individual Fishing Quota Program', Federal Register of Tuesday, March 18, 2025 (govinfo.gov; US federal work, public domain); zone America/Juneau (the rule's times are Alaska local time), said at 10:00 AKDT on the day of publication. The season opens at 1200 hours on March 20 and closes at 1200 hours on December 7, 2025: a start and an end both of the act, the end counts (CONVENTIONS 3.4), due at noon AKST [local due 2025-12-07 12:00:00 America/Juneau]
    B(
        text="The season will open 1200 hours, Alaska local time (A.l.t.), March 20, 2025, and will close 1200 hours, A.l.t., December 7, 2025.",
        due="2025-12-07 21:00:00",
        vague=False,
        said="2025-03-18 18:00:00",
        tz="America/Juneau",
        cluster=2,
        source=_NOAAFR,
        published="2025-03-18",
    ),
    # the same rule: 'opening dates' of another fishery named, no time set for an act: due None, no refusal word
    B(
        text="This period is the same as the 2025 commercial halibut fishery opening dates adopted by the International Pacific Halibut Commission (IPHC), except the hours are not the same.",
        due=None,
        vague=False,
        said="2025-03-18 18:00:00",
        tz="America/Juneau",
        cluster=1,
        source=_NOAAFR,
        published="2025-03-18",
    ),
    # the same rule: 'season dates', 'open and closure times' referred to another publication: no time set: due None, no refusal word
    B(
        text="The IFQ and CDQ halibut season dates are the same as specified by a separate publication in the Federal Register of annual management measures, which should be referenced for the halibut specific open and closure times.",
        due=None,
        vague=False,
        said="2025-03-18 18:00:00",
        tz="America/Juneau",
        cluster=1,
        source=_NOAAFR,
        published="2025-03-18",
    ),
    # the same rule, its DATES line taken as it stands: effective from March 20 until 1200 hours, December 7, 2025: kept to a time, due then (CONVENTIONS 3.3, 3.4) [local due 2025-12-07 12:00:00 America/Juneau]
    B(
        text="DATES: Effective 1200 hours, A.l.t., March 20, 2025, until 1200 hours, A.l.t., December 7, 2025.",
        due="2025-12-07 21:00:00",
        vague=False,
        said="2025-03-18 18:00:00",
        tz="America/Juneau",
        cluster=2,
        source=_NOAAFR,
        published="2025-03-18",
    ),
    # the same rule: 'Beginning in 1995 ... has been managed': past
    B(
        text="SUPPLEMENTARY INFORMATION: Beginning in 1995, fishing for Pacific halibut and sablefish with fixed gear in the IFQ regulatory areas defined in 50 CFR 679.2 has been managed under the IFQ Program.",
        due=None,
        vague=False,
        said="2025-03-18 18:00:00",
        tz="America/Juneau",
        refusal="past",
        cluster=5,
        source=_NOAAFR,
        published="2025-03-18",
    ),
    # National Park Service, Yellowstone National Park news release on the closing of Dunraven Pass for the season, carried by eastidahonews.com with its date line of 12 October 2019 (the park's words only; a US federal work, public domain); zone America/Denver, said at 10:00 MDT on that day (the release gives no hour). 'is now closed for the season': a state now, no time set for an act: due None, no refusal word. unsure: a careful reader could give past (the closing is done)
    B(
        text="YELLOWSTONE NATIONAL PARK – Due to recent and predicted significant snowstorms, Tower Fall to Canyon Junction (Dunraven Pass) is now closed for the season.",
        due=None,
        vague=False,
        said="2019-10-12 16:00:00",
        tz="America/Denver",
        cluster=1,
        source=_NPSYEL,
        published="2019-10-12",
    ),
    # the same release: the closing 'originally scheduled' for October 15 was overtaken by the earlier closing the release tells of: a plan of the past, past. unsure: a careful reader could give negated (a time called off, CONVENTIONS 4.1)
    B(
        text="The pass was originally scheduled to close to public vehicles on October 15.",
        due=None,
        vague=False,
        said="2019-10-12 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_NPSYEL,
        published="2019-10-12",
    ),
    # the same release: closed on Tuesday evening, October 8: past
    B(
        text="Staff temporarily closed the road Tuesday evening, October 8, because of accumulating snow, wind, and ice that made for extremely unsafe driving conditions.",
        due=None,
        vague=False,
        said="2019-10-12 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_NPSYEL,
        published="2019-10-12",
    ),
    # NSW Government (Premier), 'Upcoming ministerial leave arrangements', carried by 16news.com.au's NSW news listing (State of New South Wales, Department of Premier and Cabinet material, CC BY 4.0 per nsw.gov.au's copyright statement); zone Australia/Sydney. The opening carries no date: the notice precedes leave from 13 April 2024, so said is taken as Friday 12 April 2024 10:00 AEST. On leave from 13 to 24 April (inclusive): a stay to a date falls due at its end (CONVENTIONS 3.3, 3.4; a range falls due at its later end) [local due 2024-04-24 23:59:59 Australia/Sydney]
    B(
        text="The Premier of NSW Chris Minns will be on leave from 13 April to 24 April (inclusive) 2024.",
        due="2024-04-24 13:59:59",
        vague=False,
        said="2024-04-12 00:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NSWLV,
        published="2024-04-12",
    ),
    # the same notice: the Deputy Premier's leave, the same range (CONVENTIONS 3.3) [local due 2024-04-24 23:59:59 Australia/Sydney]
    B(
        text="The Deputy Premier of NSW Prue Car will be on leave from 13 April to 24 April (inclusive) 2024.",
        due="2024-04-24 13:59:59",
        vague=False,
        said="2024-04-12 00:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_NSWLV,
        published="2024-04-12",
    ),
    # the same notice: 'During this time' points to a period only the sentences before give; the case holds this sentence alone (as CONVENTIONS 6.3 reads days given elsewhere), so the time is an undated one: event. unsure: the page's reading is 24 April 2024 23:59:59 AEST
    B(
        text="During this time, the Hon Penny Sharpe will be Acting Premier of NSW.",
        due=None,
        vague=False,
        said="2024-04-12 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_NSWLV,
        published="2024-04-12",
    ),
    # the same notice: the years in the names of an Act and a memorandum set no time: due None, no refusal word
    B(
        text="These acting arrangements are in accordance with the Constitution Act 1902 (NSW) and Premier’s Memorandum M2014-02 Ministerial Arrangements During Absences.",
        due=None,
        vague=False,
        said="2024-04-12 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_NSWLV,
        published="2024-04-12",
    ),
    # USDA Forest Service, Pacific Southwest Region, announcement of the temporary closure of all National Forests in California, quoted by firesafesdcounty.org (US federal work, public domain); zone America/Los_Angeles. The opening carries no date: the closure was announced on Monday, August 30, 2021, taken as said at 10:00 PDT. 'ongoing', 'temporary' set no time: due None, no refusal word
    B(
        text="To better provide public and firefighter safety due to the ongoing California wildfire crisis, USDA Forest Service Pacific Southwest Region is announcing a temporary closure of all National Forests in California.",
        due=None,
        vague=False,
        said="2021-08-30 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_FSCA21,
        published="2021-08-30",
    ),
    # the same text: in effect from Aug. 31 at 11:59 p.m. through September 17, 2021 at 11:59 p.m.: kept to a time, due then (CONVENTIONS 3.3, 3.4) [local due 2021-09-17 23:59:00 America/Los_Angeles]
    B(
        text="This closure will be in effect from Aug. 31, 2021 at 11:59 p.m. through September 17, 2021 at 11:59 p.m.",
        due="2021-09-18 06:59:00",
        vague=False,
        said="2021-08-30 17:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_FSCA21,
        published="2021-08-30",
    ),
    # USDA Forest Service, Pacific Southwest Region, press release and FAQ on the extension of the emergency closure order, 15 September 2020, quoted on the North Coast Journal's news blog (the Forest Service's words only, a US federal work, public domain; the blog's own sentences not taken); zone America/Los_Angeles, said at 10:00 PDT (the blog post is of 1:28 PM). Hunting season opens Saturday, September 19: an activity given only its start, earliest (CONVENTIONS 3.2). unsure: a careful reader could give the opening as a one-off event due that day (CONVENTIONS 3.1)
    B(
        text='"We understand this greatly impacts hunting season, which opens Saturday, September 19, 2020.',
        due=None,
        vague=False,
        said="2020-09-15 17:00:00",
        tz="America/Los_Angeles",
        refusal="earliest",
        earliest="2020-09-19 07:00:00",
        cluster=5,
        source=_FSCA20,
        published="2020-09-15",
    ),
    # the same FAQ: 'Currently' sets no time: due None, no refusal word (the answer's 'A) ' stays as the page has it)
    B(
        text="A) Currently all National Forests in the Pacific Southwest Region are closed to the public by order.",
        due=None,
        vague=False,
        said="2020-09-15 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_FSCA20,
        published="2020-09-15",
    ),
    # the same FAQ: the orders end on September 21 (unless rescinded sooner or extended): due at the end of that day, PDT (CONVENTIONS 3.1, 3.3) [local due 2020-09-21 23:59:59 America/Los_Angeles]
    B(
        text="Orders will end on September 21 unless rescinded sooner or extended.",
        due="2020-09-22 06:59:59",
        vague=False,
        said="2020-09-15 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_FSCA20,
        published="2020-09-15",
    ),
    # the same FAQ: assessing 'daily', a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="We will be assessing the situation daily to make this determination.",
        due=None,
        vague=False,
        said="2020-09-15 17:00:00",
        tz="America/Los_Angeles",
        refusal="recurring",
        cluster=5,
        source=_FSCA20,
        published="2020-09-15",
    ),
)
