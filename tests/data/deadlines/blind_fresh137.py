"""A HUNDRED-AND-THIRTY-SEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by
hand before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 05:00 and 05:20 by a labelling helper
(branch issue12l137-s53) that neither changed, imported nor ran the parser, working at the same time
as the other labellers of stop 53 (fresh134 to fresh136), whose claims in the shared claims file
were treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md`
in full, the docstring, comments, some cases and the README section of `blind_fresh133.py`, the
docstring of `tests/data/fresh_check.py`, and the top docstring of the parser package only (the
vague windows, weeks running Monday to Sunday, parts of the day, meteorological seasons); nothing
else of `bot/core/deadlines/` was opened. The brief asked for the European Commission and the
Council of the EU, kremlin.ru, the Oireachtas, gov.ie pages stating CC BY 4.0 and Wikinews, at most
a quarter from the United States; at least eight publishers, none above a fifth of the cases; about
90 cases (at least 70) by 06:15 UTC.

The set quotes Seanad Éireann (five Order of Business and Business of Seanad exchanges of 1946,
1949, 1960, 1962 and 1983), Dáil Éireann (oral answers of 7 July 1992, written answers of 11
February 2003 and two written answers of 19 March and 5 November 2025 carried by KildareStreet.com),
two Oireachtas joint committees (2008 and 2018), the House of Lords (two historic-Hansard business
statements of 1919 and 1992 and an exchange of 25 April 2012 carried by Parallel Parliament), NASA
(media advisories of 16 October 2012 and 24 August 2017 carried by The Space Library), the Council
of the European Union (a press release of 11 June 2015 carried by the Europa Varietas feed
aggregator, the main results of the General Affairs Councils of 27 July 2009 and 12 September 2011
carried by docslib.org and studylib.net, and a forward look of February 2024 carried by Pub Affairs
Bruxelles), Wikinews (two Water cooler proposal pages, of 2005 and 2014, and the 2021 archive of
requested articles), Ireland's Department of Public Expenditure, NDP Delivery and Reform (a gov.ie
press release of 17 June 2024), the European Commission (three weekly calendars of the
Commissioners, of September 2015, March 2018 and July 2018, carried by docslib.org and
government-world.com) and the President of Russia (one kremlin.ru list-of-instructions notice of 4
August 2024). 126 cases from 10 publishers (Seanad Éireann 24 (19.0%); the House of Lords 18
(14.3%); Dáil Éireann 17 (13.5%); NASA 16 (12.7%); Wikinews 16 (12.7%); the Council of the EU 13
(10.3%); the Department of Public Expenditure, NDP Delivery and Reform (gov.ie) 9 (7.1%); the
European Commission 7 (5.6%); the Oireachtas joint committees 5 (4.0%); the President of Russia
(kremlin.ru) 1 (0.8%)). 16 of the 126 (12.7%) are from the United States; 110 are not. The Seanad,
the Dáil and the joint committees are counted as separate publishers, as earlier sets count the two
Houses at Westminster; together the Houses of the Oireachtas give 46 (36.5%). Only one kremlin.ru
sentence could be used: every other kremlin.ru list of instructions, decree or transcript the store
returned (and the sites that reprint them) was used already, and the one fresh notice holds a single
sentence with a time word in its opening. The gov.ie page is the Department's own, and its re-use
statement on gov.ie (CC BY 4.0) covers it; merrionstreet.ie and a Department of Agriculture release
on einpresswire.com were set aside, no CC BY statement of their own publisher being found in the
store.

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, "today",
"to-day", "tomorrow", "this evening", "next week", "next Tuesday", "Tuesday next", "recently",
"later", "now", "right now", "as yet", "between now and 2028", "immediately", "forthwith",
"shortly", "in the coming months", a month, a season, a year, a span, "until", "before", "after",
"since"); within each page quoted, the sentences of the opening that hold one were taken in page
order, easy or hard (a year inside a title, or 'current', 'new' or 'next' before a noun, did not
count as a time word alone; the one French line of a Commission calendar, 'jusqu’à 03/07', was left
out, the set being of English phrasings; and so were the last two sentences of the Seanad's Business
of 15 December 1960 and a whole claimed Seanad page, to keep the Seanad at a fifth); sentences that
hold none were skipped, as were titles, headings, date lines, signatures, contact lines, sentences
cut off by the end of an opening and the words of the carrying sites themselves. The sentences were
found with a search over stored copies of public pages and taken as they came in the openings the
search returns, in page order. Questions' numbers ("11", "484", "501", "504") and reference numbers
("[3623/03]"), and the names of speakers run into the first words of a speech ("§ LORD HYLTON", "THE
MARQUESS OF CREWE"), Wikinews signatures and the quotation marks that open and close a quoted speech
were left out of the quotes. The stored copies' slips stay as they are ("Tallin", "Mr in Berlin" and
"Ms in Tashkent" where the copy dropped a Commissioner's name, a stray space before a closing
quote). See README.md ("Hundred-and-thirty-seventh fresh blind set") for every address, publisher
and licence, and for the pages claimed but left out.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the
brief names excepted, which the freshness tool skips) or in the shared claims file was used: each
was checked with the lead's `fresh_check.py` and claimed (`fresh137`) in
`/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used and dropped
(README.md lists some). Every kept sentence was then checked whole with the same tool (skipping this
file). Each label was worked out by hand from the words, the publication date and the publisher's
zone (Europe/Dublin for the Oireachtas and gov.ie, Europe/London for the House of Lords,
Europe/Brussels for the Council and the Commission, Europe/Moscow for the Kremlin, UTC for Wikinews,
whose signatures are in UTC, America/New_York for NASA's advisories); the conversion of local
instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and datetime in
a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh133.py`: the publication date at 10:00 local time unless the page gives an hour (the
Lords' "3.10 p.m." of 13 March 1992, the Council item stamped 14:09, the Wikinews comments at their
signatures); where a copy carries no date, the one its title, address or words give (each page's
first comment says which and why); a day falls due at 23:59:59 local; "next week" falls due on its
Sunday and "next Tuesday" is the Tuesday of the following Monday-to-Sunday week (parser docstring);
a clock time with no day of its own in the sentence is the first such time after the moment of
speaking (CONVENTIONS 6.3; the page's instant is written in the comment); "until 27/03" is due at
the end of that day (CONVENTIONS 3.3); two days or times of one act keep the later (CONVENTIONS 6.1,
6.2); a one-off event at a time is due then (CONVENTIONS 3.1); "today" on the act as spoken is due
at the end of that day (CONVENTIONS 2.1); done acts and the perfect with a day word are past
(CONVENTIONS 2.4); standing rules are recurring, times hung on an undated event (the recess, the
Prorogation, the commencement of a session, a landing, a ceremony) event (CONVENTIONS 1.3); an
activity given only its start is earliest (CONVENTIONS 3.2); a denied or set-aside time is negated
(CONVENTIONS 4.1); a question, a wish or a condition is no undertaking (CONVENTIONS 4.2); "shortly"
and "in the coming months" as a Department's undertaking are vague, 60 days and 3 months
(CONVENTIONS 5.1, parser docstring); refusals have `due=None` and a `refusal` kind; a sentence whose
time words set no time for any act has `due=None` and no refusal word. Clusters as in
`blind_fresh133.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day,
periods and windows, 5 refusals, 6 plain days and dates. 57 labels are refusals (past 32, event 16,
recurring 5, negated 3, earliest 1); 34 labels carry a due instant (2 of them vague); 35 have due
None and no refusal word; 34 are marked "unsure" and name the other reading. Like every label here
they stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it
once, after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_SE83 = "https://www.oireachtas.ie/en/debates/debate/seanad/1983-05-18/3/"
_SE46 = "https://www.oireachtas.ie/en/debates/debate/seanad/1946-07-04/2/"
_SE60 = "https://www.oireachtas.ie/en/debates/debate/seanad/1960-12-15/3/"
_DA92 = "https://www.oireachtas.ie/ga/debates/debate/dail/1992-07-07/14/"
_DA03 = "https://www.oireachtas.ie/en/debates/debate/dail/2003-02-11/279/"
_DA25 = "https://www.kildarestreet.com/wrans/?id=2025-03-19a.2987"
_JC08 = "https://www.oireachtas.ie/en/debates/debate/joint_committee_on_agriculture_fisheries_and_food/2008-01-09/2/"
_JC18 = "https://www.oireachtas.ie/ga/debates/debate/joint_committee_on_culture_heritage_and_the_gaeltacht/2018-10-03/2/"
_HL92 = "https://api.parliament.uk/historic-hansard/lords/1992/mar/13/business"
_HL19 = "https://api.parliament.uk/historic-hansard/lords/1919/dec/19/business-of-the-house"
_HL12 = "https://parallelparliament.co.uk/debate/2012-04-25/lords/lords-chamber/sunday-trading-london-olympic-games-and-paralympic-games-bill-hl"
_WNWC05 = "https://en.m.wikinews.org/wiki/Wikinews:Water_cooler/proposals/Archive/9"
_WNWC14 = "http://en.wikinews.org/wiki/Wikinews:Water_cooler/proposals"
_CEU15 = "https://europavarietas.org/evnc/en/aggregator/sources/123?page=129"
_CEU11 = "https://studylib.net/doc/7764873/doc---europa"
_CEU09 = "https://docslib.org/doc/13837782/eu-strategy-for-the-baltic-sea-region-9"
_KR24 = "http://en.special.kremlin.ru/catalog/keywords/35/events/74712"
_ECCAL15 = "https://docslib.org/doc/9956878/calendrier-du-21-au-27-septembre-2015-brussels-18-september-2015-susceptible-de-modifications-en-cours-de-semaine"
_ECCAL18A = "https://docslib.org/doc/9749306/calendrier-du-26-mars-au-08-avril-2018"
_ECCAL18B = "http://government-world.com/calendrier-du-02-juillet-au-08-juillet-2018-2"
_NASA12 = (
    "http://thespacelibrary.com/mediawiki/index.php?direction=next&oldid=45224&title=Oct_16_2012"
)
_NASA17 = "http://thespacelibrary.com/mediawiki/index.php?oldid=67294&title=Aug_24_2017"
_SE62 = "https://www.oireachtas.ie/en/debates/debate/seanad/1962-11-28/2/"
_SE49 = "https://www.oireachtas.ie/en/debates/debate/seanad/1949-07-06/3/"
_DA25B = "https://www.kildarestreet.com/wrans/?id=2025-11-05a.55.r"
_CFL24 = (
    "https://www.pubaffairsbruxelles.eu/eu-institution-news/forward-look-19-february-3-march-2024/"
)
_WNRA21 = "https://en.wikinews.org/wiki/Wikinews:Requested_articles/Archives/2021"
_GOVPSPR = "https://gov.ie/ga/an-roinn-caiteachais-phoibl%C3%AD-seachadta-ar-an-bplean-forbartha-n%C3%A1isi%C3%BAnta-agus-athch%C3%B3irithe/preaseisiuinti/minister-donohoe-publishes-the-2023-public-service-performance-report-pspr"

FRESH137_CASES: tuple[BlindCase, ...] = (
    # Seanad Éireann (Oireachtas (Open Data) PSI Licence, CC BY 4.0), Order of Business, Wednesday 18 May 1983 (the date is the page's own: 'Seanad Éireann debate - Wednesday, 18 May 1983'); zone Europe/Dublin (Irish Summer Time, UTC+1); no hour on the page, said 10:00 local. Two acts, No. 1 'today' and the remaining Stages 'next week': the later counts (CONVENTIONS 6.2), next week falls due on its Sunday, 29 May 1983 (parser docstring: weeks run Monday to Sunday) [local due 1983-05-29 23:59:59]
    B(
        text="I have indicated at several stages that I do not wish to press the House unduly in regard to the passage of the Eighth Amendment of the Constitution Bill or to curtail discussion in any way and, accordingly, I propose that we take No. 1 only today and that we take Report and Final Stages next week along with the Referendum Bill.",
        due="1983-05-29 22:59:59",
        vague=False,
        said="1983-05-18 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SE83,
        published="1983-05-18",
    ),
    # the same Order of Business: the day is denied to Report Stage (CONVENTIONS 4.1). unsure: the sentence is a question, and a careful reader could give due None with no refusal word (CONVENTIONS 4.2)
    B(
        text="Will the Leader of the House tell the House why Report Stage will not be taken today if we finish Committee Stage?",
        due=None,
        vague=False,
        said="1983-05-18 09:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_SE83,
        published="1983-05-18",
    ),
    # the same: a question, and 'as soon as possible' is the asker's wish, not an undertaking of the speaker (CONVENTIONS 4.2, 5.1 reads the vague words as an undertaking): due None, no refusal word; '1982' names the Bill. unsure: a careful reader could read 'as soon as possible' as a vague window of 60 days (CONVENTIONS 5.1)
    B(
        text="Also, I should like to know when it is intended to take the Companies (Amendment) Bill, 1982 which has gone through the Dáil and is legislation that should be debated here as soon as possible.",
        due=None,
        vague=False,
        said="1983-05-18 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SE83,
        published="1983-05-18",
    ),
    # the same: 'recently' dates past problems and the question sets no time (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="In view of the problems which have arisen recently with regard to school transport, will the Leader of the House tell us when it is hoped to take item No. 10?",
        due=None,
        vague=False,
        said="1983-05-18 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SE83,
        published="1983-05-18",
    ),
    # the same: the first sitting day after Easter (3 April 1983) was weeks before the day of speaking; the agreement is told as done: past (CONVENTIONS 2.4, 5.3)
    B(
        text="In case any impressions may be formed I should like to state that it was agreed by the House that the Housing (Homeless Persons) Bill would come up for mention on the first sitting day after Easter.",
        due=None,
        vague=False,
        said="1983-05-18 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SE83,
        published="1983-05-18",
    ),
    # the same: 'very soon, I hope' is a hope about another's act, not an undertaking of the speaker: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give the 60-day window of 'soon' (CONVENTIONS 5.1)
    B(
        text="Out of courtesy to the major issues that were being discussed at the time I did not make the point but I would not like it to be understood in any way that I was conceding the fact that that item is to be mentioned very soon, I hope.",
        due=None,
        vague=False,
        said="1983-05-18 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SE83,
        published="1983-05-18",
    ),
    # the same (the Leader's reply): 'immediately' is in a question told as asked: past (CONVENTIONS 5.3)
    B(
        text="In regard to the points raised, firstly, Senator Lanigan asked why we could not proceed immediately from Committee Stage to Report Stage on item No. 1.",
        due=None,
        vague=False,
        said="1983-05-18 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SE83,
        published="1983-05-18",
    ),
    # the same: the Stage proposed for 'today' falls due at the end of the day of speaking (CONVENTIONS 2.1) [local due 1983-05-18 23:59:59]
    B(
        text="I am suggesting that we take the Committee Stage today.",
        due="1983-05-18 22:59:59",
        vague=False,
        said="1983-05-18 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SE83,
        published="1983-05-18",
    ),
    # Seanad Éireann (Oireachtas (Open Data) PSI Licence, CC BY 4.0), Business of Seanad, Thursday 4 July 1946 (the page's own date line); zone Europe/Dublin; no hour, said 10:00 local. 'Before the business is entered on' times the question being asked as the words are spoken; no act is set a time: due None, no refusal word. unsure: a careful reader could call it 'event' (before the undated start of business, CONVENTIONS 1.3)
    B(
        text="Before the business is entered on may I, Sir, through you, ask a question of the Leader of the House?",
        due=None,
        vague=False,
        said="1946-07-04 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SE46,
        published="1946-07-04",
    ),
    # the same: 'Yesterday' dates the Order Paper; the Second Readings are set for 'next Tuesday', the Tuesday of the following Monday-to-Sunday week, 9 July 1946 (parser docstring), end of the day [local due 1946-07-09 23:59:59]
    B(
        text="Yesterday's Order Paper for the Dáil contained a substantial number of Bills that are down for Second Reading for next Tuesday.",
        due="1946-07-09 22:59:59",
        vague=False,
        said="1946-07-04 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SE46,
        published="1946-07-04",
    ),
    # the same: a question (CONVENTIONS 4.2); the recess is undated: due None, no refusal word. unsure: a careful reader could call the passing before the undated recess 'event' (CONVENTIONS 1.3)
    B(
        text="Can we have any indication of how many of these Bills it is expected to pass before we rise for the recess?",
        due=None,
        vague=False,
        said="1946-07-04 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SE46,
        published="1946-07-04",
    ),
    # the same: a question about the date in October; no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could take the House as rising in October 1946, due at the month's end
    B(
        text="Are we to understand that these are to be added to the programme that is to be put before us, and, if so, can we be told at what date in October the House will rise?",
        due=None,
        vague=False,
        said="1946-07-04 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SE46,
        published="1946-07-04",
    ),
    # the same (the reply): the passing is tied to the undated recess: event (CONVENTIONS 1.3)
    B(
        text="I understand that while there is a considerable amount of business before the House it is desirable that all the Bills indicated by Senator Hayes should be passed by the Seanad before the recess.",
        due=None,
        vague=False,
        said="1946-07-04 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SE46,
        published="1946-07-04",
    ),
    # the same: 'in this session' is a session whose end the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give due None and no refusal word ('desirable' is no undertaking, CONVENTIONS 4.2)
    B(
        text="It is desirable, I understand, that the Industrial Research and Standards Bill should be passed in this session in order to have the bureau established.",
        due=None,
        vague=False,
        said="1946-07-04 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SE46,
        published="1946-07-04",
    ),
    # the same: 'the weeks ahead' and 'number of days' set no time for any act: due None, no refusal word
    B(
        text="In that connection, I would suggest that members of the House should be given an opportunity of expressing an opinion as to the number of days in each of the weeks ahead the House should meet so that the business before us may be completed.",
        due=None,
        vague=False,
        said="1946-07-04 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SE46,
        published="1946-07-04",
    ),
    # the same: 'Tuesday next', said on Thursday 4 July 1946, is Tuesday 9 July 1946, end of the day (CONVENTIONS 3.1: a one-off sitting on a day) [local due 1946-07-09 23:59:59]
    B(
        text="I would suggest that the House should meet on Tuesday next so as to expedite the completion of the business before us.",
        due="1946-07-09 22:59:59",
        vague=False,
        said="1946-07-04 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SE46,
        published="1946-07-04",
    ),
    # the same (a Senator): 'always' and 'immediately' describe a standing pattern, not an act of one case: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None and no refusal word (no time limit is set)
    B(
        text="Ministers always have Bills which take years to frame and when they are framed they become immediately urgent.",
        due=None,
        vague=False,
        said="1946-07-04 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_SE46,
        published="1946-07-04",
    ),
    # Seanad Éireann (Oireachtas (Open Data) PSI Licence, CC BY 4.0), Business of Seanad, Thursday 15 December 1960 (the page's own date line); zone Europe/Dublin (GMT); said 10:00 local. The perfect with 'to-day' tells of a done act: past (CONVENTIONS 2.4)
    B(
        text="In addition to the business on the Order Paper, we have received from the Dáil to-day the Derelict Sites Bill.",
        due=None,
        vague=False,
        said="1960-12-15 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SE60,
        published="1960-12-15",
    ),
    # the same: 'this evening' of the day of speaking ends at 23:59:59 (parser docstring, parts of the day); '1960' names the Bill. unsure: 'It is also hoped' could be read as no undertaking, due None (CONVENTIONS 4.2) [local due 1960-12-15 23:59:59]
    B(
        text="It is also hoped to have this evening the Dairy Produce Marketing Bill, 1960.",
        due="1960-12-15 23:59:59",
        vague=False,
        said="1960-12-15 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SE60,
        published="1960-12-15",
    ),
    # Dáil Éireann (Oireachtas (Open Data) PSI Licence, CC BY 4.0), oral answers 'Legislative Intentions', Tuesday 7 July 1992 (the page's own date line); zone Europe/Dublin (IST); said 10:00 local; the question's number '11' is left out of the quote. A question told as asked; 'the autumn session' names the session: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="Mr. Spring asked the Taoiseach if he will outline the Government's legislative priorities in the autumn session of the Dáil; and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="1992-07-07 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DA92,
        published="1992-07-07",
    ),
    # the same (the reply): the list is due 'nearer the commencement of the session', an undated event: event (CONVENTIONS 1.3)
    B(
        text="In accordance with the normal practice, the Government Chief Whip will provide the Opposition Whips with a list of the Government's legislative intentions for the autumn session nearer the commencement of the session.",
        due=None,
        vague=False,
        said="1992-07-07 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DA92,
        published="1992-07-07",
    ),
    # the same: 'for a number of months' tells how long a discussion has run; a question sets no time: due None, no refusal word
    B(
        text="Surely the Government have some idea of their legislative priorities, particularly in regard to legislation dealing with the right to travel and information, issues which we have been discussing for a number of months?",
        due=None,
        vague=False,
        said="1992-07-07 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DA92,
        published="1992-07-07",
    ),
    # the same: the timescale is referred to but not given: due None, no refusal word. unsure: a careful reader could call a timescale fixed elsewhere 'event' (CONVENTIONS 1.3)
    B(
        text="It is intended to meet the timescale for the abortion legislation set out by the four party leaders in their statement on the Maastricht Treaty.",
        due=None,
        vague=False,
        said="1992-07-07 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DA92,
        published="1992-07-07",
    ),
    # the same: the programme is the one for the undated autumn session; 'autumn' names the session: event (CONVENTIONS 1.3). unsure: a careful reader could read 'autumn' as the period, due at its end, 30 November 1992 (meteorological seasons, parser docstring)
    B(
        text="This legislation will certainly be included in the programme for the autumn session.",
        due=None,
        vague=False,
        said="1992-07-07 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DA92,
        published="1992-07-07",
    ),
    # the same: 'as yet' sets no time: due None, no refusal word
    B(
        text="Other matters have not been decided as yet.",
        due=None,
        vague=False,
        said="1992-07-07 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DA92,
        published="1992-07-07",
    ),
    # Dáil Éireann (Oireachtas (Open Data) PSI Licence, CC BY 4.0), written answers 'Housing Grants', Tuesday 11 February 2003 (the page's own date line); zone Europe/Dublin (GMT); said 10:00 local; the questions' numbers and reference numbers are left out of the quotes. 'the closing date' is not given: due None, no refusal word
    B(
        text="Mr. Kehoe asked the Minister for the Environment and Local Government the public notification which was given with regard to the closing date for the first-time buyer's grant; and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="2003-02-11 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DA03,
        published="2003-02-11",
    ),
    # the same: the only date, 4 December 2002, was two months before the question: past. unsure: a careful reader could give due None and no refusal word (a question, CONVENTIONS 4.2)
    B(
        text="Mr. McHugh asked the Minister for the Environment and Local Government whether the procedures for cessation of the first-time buyer's grant, as published by his Department, do not have a closing date for receipt of applications; his views on whether the use of the word 'should' does not imply finality; his further views on whether 'shall' should be used and that to eliminate confusion, the procedures shall clearly state, 'the closing date for receipt of applications'; if applications received in his Department after 4 December 2002 will be accepted as being valid applications; and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="2003-02-11 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DA03,
        published="2003-02-11",
    ),
    # the same: a question asking for an extension is no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give the new date asked for, 28 February 2003
    B(
        text="Mr. Deenihan asked the Minister for the Environment and Local Government if he will extend the new house grant termination date from 4 December 2002 to 28 February 2003; and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="2003-02-11 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DA03,
        published="2003-02-11",
    ),
    # the same (the reply): the termination is told as done, its announcement dated 14 November 2002; '2003' names the Estimates: past
    B(
        text="The termination of the new house grant scheme, which was announced on 14 November 2002, arose from the necessity, in the context of the 2003 Estimates, for the Government to ensure a sustainable match between expenditure and resources, and to concentrate housing programmes on areas of greatest impact and social need.",
        due=None,
        vague=False,
        said="2003-02-11 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DA03,
        published="2003-02-11",
    ),
    # the same: the regulations came into force on 14 November 2002: past
    B(
        text="Regulations setting out the circumstances on which new house grants would be paid after 14 November 2002 came into force on the day of the announcement.",
        due=None,
        vague=False,
        said="2003-02-11 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DA03,
        published="2003-02-11",
    ),
    # Dáil Éireann written answer 1129 (Oireachtas (Open Data) PSI Licence, CC BY 4.0; carried whole by KildareStreet.com), Wednesday 19 March 2025 (the page's date line); zone Europe/Dublin (GMT on the day of speaking; IST at the due day); said 10:00 local. 'in the coming months' is the vague window of 3 months (parser docstring), 19 June 2025, end of the day [local due 2025-06-19 23:59:59]
    B(
        text="This consultation is planned in the coming months.",
        due="2025-06-19 22:59:59",
        vague=True,
        said="2025-03-19 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DA25,
        published="2025-03-19",
    ),
    # the same: 'shortly' as the Department's undertaking is vague, 60 days (CONVENTIONS 5.1), 18 May 2025, end of the day [local due 2025-05-18 23:59:59]
    B(
        text="The Child Maintenance Guidelines Committee, which is chaired by my Department, intends to shortly undertake a public consultation process to inform its work.",
        due="2025-05-18 22:59:59",
        vague=True,
        said="2025-03-19 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DA25,
        published="2025-03-19",
    ),
    # Joint Committee on Agriculture, Fisheries and Food (Houses of the Oireachtas, Oireachtas (Open Data) PSI Licence, CC BY 4.0), Wednesday 9 January 2008 (the date in the page's address); zone Europe/Dublin (GMT); said 10:00 local. 'later' sets no time for the discussion: due None, no refusal word. unsure: a careful reader could give the end of the day of the meeting
    B(
        text="Apologies have also been received from Senator Callanan, who is not a member of this committee but raised the particular issue we will discuss later.",
        due=None,
        vague=False,
        said="2008-01-09 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_JC08,
        published="2008-01-09",
    ),
    # the same: the record tells the two clock times as done: past (CONVENTIONS 6.3 lets refusals apply first)
    B(
        text="The joint committee went into private session at 12.05 p.m. and resumed in public session at 12.30 p.m.",
        due=None,
        vague=False,
        said="2008-01-09 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_JC08,
        published="2008-01-09",
    ),
    # Joint Committee on Culture, Heritage and the Gaeltacht (Houses of the Oireachtas, Oireachtas (Open Data) PSI Licence, CC BY 4.0), Wednesday 3 October 2018 (the date in the page's address); zone Europe/Dublin (IST); said 10:00 local. 'for the year' names the Estimates; the discussion is given no time: due None, no refusal word
    B(
        text="We have to discuss the Estimates for the year for the Department of Arts, Heritage and Culture.",
        due=None,
        vague=False,
        said="2018-10-03 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_JC18,
        published="2018-10-03",
    ),
    # the same: the private session is to come before the discussion, which the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give due None and no refusal word (a proposal acted on at once)
    B(
        text="Before doing so, I suggest we go into private session to discuss some internal housekeeping business.",
        due=None,
        vague=False,
        said="2018-10-03 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_JC18,
        published="2018-10-03",
    ),
    # the same: the record tells the two clock times as done: past
    B(
        text="The joint committee went into private session at 1.45 p.m. and resumed in public session at 1.50 p.m.",
        due=None,
        vague=False,
        said="2018-10-03 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_JC18,
        published="2018-10-03",
    ),
    # House of Lords (historic Hansard, HL Deb 13 March 1992 vol 536 cc1558-60, Open Parliament Licence v3.0), business statement (Lord Hesketh), Friday 13 March 1992; zone Europe/London (GMT); the page gives '3.10 p.m.', said 15:10 GMT. 'now' and 'previously' set no time for the receipt: due None, no refusal word
    B(
        text="It now seems likely that in addition to the Bills which I previously announced to your Lordships would be received from another place, we shall also receive the Museums and Galleries Bill as a result of a further usual channels agreement.",
        due=None,
        vague=False,
        said="1992-03-13 15:10:00",
        tz="Europe/London",
        cluster=1,
        source=_HL92,
        published="1992-03-13",
    ),
    # the same: 'on Monday', said on Friday, is Monday 16 March 1992, end of the day (CONVENTIONS 3.1) [local due 1992-03-16 23:59:59]
    B(
        text="It is therefore intended to take that Bill through all its stages on Monday, after the Friendly Societies Bill and the Army Bill, which we also expect to receive.",
        due="1992-03-16 23:59:59",
        vague=False,
        said="1992-03-13 15:10:00",
        tz="Europe/London",
        cluster=6,
        source=_HL92,
        published="1992-03-13",
    ),
    # the same: the reprint is denied; 'before being considered' is an undated event: negated (CONVENTIONS 4.1). unsure: a careful reader could call it 'event' (CONVENTIONS 1.3)
    B(
        text="It may be for the convenience of your Lordships if I remind noble Lords that, in these circumstances, these Bills are likely not to be reprinted before being considered by your Lordships.",
        due=None,
        vague=False,
        said="1992-03-13 15:10:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HL92,
        published="1992-03-13",
    ),
    # the same: 'may ... be tabled forthwith' gives leave, not an undertaking: due None, no refusal word. unsure: a careful reader could read 'forthwith' as 'immediately', vague, 7 days (CONVENTIONS 5.1)
    B(
        text="Any amendments which your Lordships may wish to move in Committee should therefore relate to the Commons Bill, which is already available, and may accordingly be tabled forthwith.",
        due=None,
        vague=False,
        said="1992-03-13 15:10:00",
        tz="Europe/London",
        cluster=1,
        source=_HL92,
        published="1992-03-13",
    ),
    # the same (Lord Graham of Edmonton): 'over the past two days' tells of attempts made: past (CONVENTIONS 2.4)
    B(
        text="Noble Lords may not be aware that attempts to bring the Bill before the House over the past two days have been made repeatedly.",
        due=None,
        vague=False,
        said="1992-03-13 15:10:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL92,
        published="1992-03-13",
    ),
    # the same: the explanation is due 'on Monday', 16 March 1992, end of the day (CONVENTIONS 3.1) [local due 1992-03-16 23:59:59]
    B(
        text="I am fairly certain that on Monday the Minister, when proposing to give the Bill a Second Reading, will explain fully the nature of the Bill and the reason for the hesitation.",
        due="1992-03-16 23:59:59",
        vague=False,
        said="1992-03-13 15:10:00",
        tz="Europe/London",
        cluster=6,
        source=_HL92,
        published="1992-03-13",
    ),
    # House of Lords (historic Hansard, Business of the House, Friday 19 December 1919, Open Parliament Licence v3.0); zone Europe/London (GMT); no hour, said 10:00 local; the speaker's name run into the text ('§ LORD HYLTON') is left out of the quote. 'on Monday' is Monday 22 December 1919, end of the day (CONVENTIONS 3.1) [local due 1919-12-22 23:59:59]
    B(
        text="My Lords, the noble Earl the Leader of the House and the noble Earl the Chancellor of the Duchy are unavoidably prevented by public duties from being here, and it has fallen to me to inform your Lordships that it will be necessary for us on Monday to consider a Bill that has not yet been mentioned in this House.",
        due="1919-12-22 23:59:59",
        vague=False,
        said="1919-12-19 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL19,
        published="1919-12-19",
    ),
    # the same: the explanation and the passing are told as done ('have just passed'): past (CONVENTIONS 2.4)
    B(
        text="When the Chancellor of the Duchy was explaining to your Lordships what further measures you would be called upon to discuss before Parliament was prorogued, I think that the only one, apart from those that had already been considered by your Lordships, was the Bill for the continuance of the restrictions on profiteering which your Lordships have just passed.",
        due=None,
        vague=False,
        said="1919-12-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL19,
        published="1919-12-19",
    ),
    # the same: the Bill is being considered in the Commons 'to-day', the present act due at the end of the day of speaking (CONVENTIONS 2.1); a definite day beats the undated Prorogation. unsure: a careful reader could take the undertaking as 'before the Prorogation' only, 'event' (CONVENTIONS 1.3) [local due 1919-12-19 23:59:59]
    B(
        text="But the Cabinet have decided that a Bill for the increase of old-age pensions must be brought before Parliament before the Prorogation, and that is being considered in another place to-day.",
        due="1919-12-19 23:59:59",
        vague=False,
        said="1919-12-19 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HL19,
        published="1919-12-19",
    ),
    # the same: all stages 'on Monday', 22 December 1919, end of the day (CONVENTIONS 3.1) [local due 1919-12-22 23:59:59]
    B(
        text="It will, therefore, be necessary for your Lordships if the Bill passes, as we may suppose it will, in another place, to pass it through all its stages in this House on Monday.",
        due="1919-12-22 23:59:59",
        vague=False,
        said="1919-12-19 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL19,
        published="1919-12-19",
    ),
    # the same: the Motion down for Monday, 22 December 1919, end of the day (CONVENTIONS 3.1) [local due 1919-12-22 23:59:59]
    B(
        text="There is also the Motion which stands in the name of the noble Viscount, Lord Bryce, on Monday.",
        due="1919-12-22 23:59:59",
        vague=False,
        said="1919-12-19 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL19,
        published="1919-12-19",
    ),
    # the same (the Marquess of Crewe; his name run into the text is left out): the passing is tied to the undated Prorogation: event (CONVENTIONS 1.3)
    B(
        text="The noble Lord has made a very clear statement as to what the intention of the Government is with regard to the necessity of passing this additional measure before the Prorogation of Parliament.",
        due=None,
        vague=False,
        said="1919-12-19 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL19,
        published="1919-12-19",
    ),
    # House of Lords (Hansard, Sunday Trading (London Olympic Games and Paralympic Games) Bill [HL], Wednesday 25 April 2012, Open Parliament Licence v3.0; carried whole by Parallel Parliament); zone Europe/London (BST); no hour, said 10:00 local. 'before we pass this Motion' times the question asked as the words are spoken; no act is set a time: due None, no refusal word. unsure: a careful reader could call it 'event' (before the undated passing, CONVENTIONS 1.3)
    B(
        text="My Lords, before we pass this Motion I want to ask a question of the Minister about how and which Bills are selected for expedited procedure and others not.",
        due=None,
        vague=False,
        said="2012-04-25 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL12,
        published="2012-04-25",
    ),
    # the same: two stages, 'tomorrow' and 'on Monday': the later counts (CONVENTIONS 6.2), Monday 30 April 2012, end of the day [local due 2012-04-30 23:59:59]
    B(
        text="I am particularly concerned because this Bill is due to go through all its stages in this House tomorrow, and all its stages in the other House on Monday.",
        due="2012-04-30 22:59:59",
        vague=False,
        said="2012-04-25 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HL12,
        published="2012-04-25",
    ),
    # the same: 1 March and 'since' tell of the past: past
    B(
        text="I am increasingly annoyed that although that Bill was sent to the other place on 1 March, and despite all the representation that has been made, nothing has happened to it since.",
        due=None,
        vague=False,
        said="2012-04-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL12,
        published="2012-04-25",
    ),
    # the same: 'due to be debated on Friday', Friday 27 April 2012, end of the day (CONVENTIONS 3.1) [local due 2012-04-27 23:59:59]
    B(
        text="The current position is that it is due to be debated on Friday, thanks to my honourable friend the Member for Argyll and Bute, who has tabled it.",
        due="2012-04-27 22:59:59",
        vague=False,
        said="2012-04-25 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL12,
        published="2012-04-25",
    ),
    # the same: 'tomorrow' is the condition of a hypothetical, not anyone's undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give the end of 26 April 2012 for the Motion asked for
    B(
        text="But of course it has absolutely no chance of passing into law, despite the days that we spent on it in this House, unless the Leader of the House of Commons tables an expediting Motion tomorrow.",
        due=None,
        vague=False,
        said="2012-04-25 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL12,
        published="2012-04-25",
    ),
    # the same: 'six months or so' is a standing rule for a class of cases: recurring (CONVENTIONS 1.3)
    B(
        text="It enables the House authorities to consider withdrawing the Writ of Summons from those who without due cause do not turn up for six months or so.",
        due=None,
        vague=False,
        said="2012-04-25 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HL12,
        published="2012-04-25",
    ),
    # Wikinews (Water cooler/proposals, Archive 9, CC BY 2.5: content after 25 September 2005); zone UTC (Wikinews signs in UTC); said at its signature, 10 November 2005 00:14 UTC. 'recently' and the perfect tell of the past: past
    B(
        text="Things have been getting heated recently, and relations between some contributors have broken down significantly.",
        due=None,
        vague=False,
        said="2005-11-10 00:14:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNWC05,
        published="2005-11-10",
    ),
    # the same page, a comment signed 28 October 2005 10:33 UTC: 'two or three ... a week' is a standing rate: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None and no refusal word (no act is set a time)
    B(
        text="We seem to get two or three press releases a week, what do people think about this template?",
        due=None,
        vague=False,
        said="2005-10-28 10:33:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WNWC05,
        published="2005-10-28",
    ),
    # the same thread, a later comment whose signature is cut off in the stored copy; said at the signature before it, 28 October 2005 11:14 UTC. 'hasn't been up long' sets no time: due None, no refusal word
    B(
        text="I know this hasn't been up long, but I'd really like feedback on making this a real template that people will use.",
        due=None,
        vague=False,
        said="2005-10-28 11:14:00",
        tz="UTC",
        cluster=1,
        source=_WNWC05,
        published="2005-10-28",
    ),
    # the same comment: 'in the past week' tells of articles seen: past
    B(
        text="Personally, I'd stick this up and have seen three or four articles I would have put it on in the past week.",
        due=None,
        vague=False,
        said="2005-10-28 11:14:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNWC05,
        published="2005-10-28",
    ),
    # Wikinews (Water cooler/proposals, CC BY 2.5); zone UTC; said at the comment's signature, 4 February 2014 18:13 UTC. A wish ('it'd be lovely if we could'), no undertaking; 'daily/weekly' is a frequency: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could call it 'recurring' (CONVENTIONS 1.3)
    B(
        text="Well, it'd be lovely if we could collect a daily/weekly gallery of political cartoons which are freely-licensed.",
        due=None,
        vague=False,
        said="2014-02-04 18:13:00",
        tz="UTC",
        cluster=1,
        source=_WNWC14,
        published="2014-02-04",
    ),
    # the same comment: 'a weekly round-up' is a suggested format, no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could call it 'recurring' (CONVENTIONS 1.3)
    B(
        text="Sounds like a great bot-task, or a weekly round-up/brief type article.",
        due=None,
        vague=False,
        said="2014-02-04 18:13:00",
        tz="UTC",
        cluster=1,
        source=_WNWC14,
        published="2014-02-04",
    ),
    # the same page, a comment signed 8 February 2014 21:28 UTC: 'I just set out' tells of an act begun: past
    B(
        text="I just set out to create a Category:Adolf Hitler, which seemed an obvious choice given recent category best-practice.",
        due=None,
        vague=False,
        said="2014-02-08 21:28:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNWC14,
        published="2014-02-08",
    ),
    # the same comment: deleted in 2008: past
    B(
        text="However, I find it was deleted in 2008 based on a community consensus.",
        due=None,
        vague=False,
        said="2014-02-08 21:28:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_WNWC14,
        published="2014-02-08",
    ),
    # the same comment: creating the category 'immediately' is set aside ('rather than'): negated (CONVENTIONS 4.1); 'now' sets no time
    B(
        text="I believe the reason for that decision needn't apply now as category practice has evolved and we should be better behaved, but rather than create the category immediately I'm posting here first so folks can object.",
        due=None,
        vague=False,
        said="2014-02-08 21:28:00",
        tz="UTC",
        refusal="negated",
        cluster=5,
        source=_WNWC14,
        published="2014-02-08",
    ),
    # the same comment: 'when somebody does compare' is a standing rule for a class of cases (and 'just did' a past instance): recurring (CONVENTIONS 1.3)
    B(
        text="If we want a category for Godwin's law, that's a separate matter; this just means that when somebody does compare someone to Hitler (as North Korea just did the Prime Minister of Japan), the wikilink on the name Hitler will be local to Wikinews.",
        due=None,
        vague=False,
        said="2014-02-08 21:28:00",
        tz="UTC",
        refusal="recurring",
        cluster=5,
        source=_WNWC14,
        published="2014-02-08",
    ),
    # the same page, a comment signed 9 April 2014 15:31 UTC: 'then' and 'now' set no time for any act: due None, no refusal word
    B(
        text="I thought it was appropriate then and I think it's appropriate now.",
        due=None,
        vague=False,
        said="2014-04-09 15:31:00",
        tz="UTC",
        cluster=1,
        source=_WNWC14,
        published="2014-04-09",
    ),
    # Council of the European Union (press release 'Hague Convention on Choice of Court Agreements: approval on behalf of the EU', Council Decision (EU) 2017/1842 on reuse; carried whole by the Europa Varietas aggregator of the Council's feed), stamped 'Thu, 11/06/2015 - 14:09'; zone Europe/Brussels (CEST); said 11 June 2015 14:09 local. The deposit is told as done: past
    B(
        text="On 11 June 2015, the Latvian Presidency deposited, on behalf of the European Union, the instrument of approval of the Hague Convention of 30 June 2005 on Choice of Court Agreements.",
        due=None,
        vague=False,
        said="2015-06-11 12:09:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CEU15,
        published="2015-06-11",
    ),
    # the same: the declarations are told as made; 'at a later stage' is an undated possibility within them: past
    B(
        text="At the same time, the Latvian Presidency made, on behalf of the European Union, the declaration allowed under Article 21 excluding from the scope of the Convention insurance contracts in general, subject to certain well-defined exceptions, and a unilateral declaration stating that the European Union may, at a later stage in light of the experience acquired in the application of the Convention, reassess the need to maintain its declaration under Article 21.",
        due=None,
        vague=False,
        said="2015-06-11 12:09:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CEU15,
        published="2015-06-11",
    ),
    # the same: entry into force on 1 October 2015, end of the day (CONVENTIONS 3.1) [local due 2015-10-01 23:59:59]
    B(
        text="The Convention will enter into force on 1 October 2015.",
        due="2015-10-01 21:59:59",
        vague=False,
        said="2015-06-11 12:09:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_CEU15,
        published="2015-06-11",
    ),
    # the same: 'then' points to a time only the sentence before gives; the sentence alone hangs the binding on an undated event: event (CONVENTIONS 1.3, 6.3's reading of the sentence alone). unsure: a careful reader could give 1 October 2015 from the sentence before
    B(
        text="All Member States (except Denmark) will then be bound by the Convention.",
        due=None,
        vague=False,
        said="2015-06-11 12:09:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_CEU15,
        published="2015-06-11",
    ),
    # Council of the European Union (press release 13587/11, 3109th Council meeting, General Affairs, Brussels, 12 September 2011, Decision (EU) 2017/1842; carried whole by studylib.net); zone Europe/Brussels (CEST); said 12 September 2011 10:00 local. The exchange is told as held; '(2014 2020)' names the framework: past
    B(
        text="The Council held a first exchange of views on the Multiannual Financial Framework (2014 2020).",
        due=None,
        vague=False,
        said="2011-09-12 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CEU11,
        published="2011-09-12",
    ),
    # the same: the agency's operation is an ongoing activity given only its start, summer 2012 (June, meteorological): earliest 1 June 2012 00:00 local (CONVENTIONS 3.2). unsure: a careful reader could read the start of operation as a one-off event due at the end of summer 2012, 31 August (CONVENTIONS 3.1)
    B(
        text="Scheduled to operate as from summer 2012, the agency will be sited in Tallin, with tasks related to development and operational management to be carried out in Strasbourg.",
        due=None,
        vague=False,
        said="2011-09-12 08:00:00",
        tz="Europe/Brussels",
        refusal="earliest",
        earliest="2012-05-31 22:00:00",
        cluster=5,
        source=_CEU11,
        published="2011-09-12",
    ),
    # the same: the adoption is told as done; '1999' names the directive: past
    B(
        text="The Council adopted a directive revising the so-called Eurovignette directive of 1999 on road use charges for heavy goods vehicles, aimed at reducing pollution and enabling traffic to flow more smoothly.",
        due=None,
        vague=False,
        said="2011-09-12 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CEU11,
        published="2011-09-12",
    ),
    # Council of the European Union (press release 12353/09 (Presse 228), 2957th Council meeting, General Affairs, Brussels, 27 July 2009, Decision (EU) 2017/1842; carried whole by docslib.org); zone Europe/Brussels (CEST); said 27 July 2009 10:00 local. The adoption and the May test are told as done: past
    B(
        text="It adopted a common position extending the scope of restrictive measures against North Korea, in accordance with UN Security Council resolution 1874 (2009), following the testing of a nuclear device by North Korea in May.",
        due=None,
        vague=False,
        said="2009-07-27 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CEU09,
        published="2009-07-27",
    ),
    # the same: the adoption is told as done; '2010-15' is the budget's period, not a time set for an act to come: past. unsure: a careful reader could give due None and no refusal word (the period dates no act)
    B(
        text="The Council adopted a programme on electronic interoperability solutions for European public administrations, with a EUR 164.1 million budget for the 2010-15 period, and a directive making the 900 MHz frequency band, used for GSM, available for UMTS and other systems so as to provide a broader choice of services.",
        due=None,
        vague=False,
        said="2009-07-27 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_CEU09,
        published="2009-07-27",
    ),
    # President of Russia (kremlin.ru, CC BY 4.0), 'Instructions following meeting of Council for Strategic Development and National Projects and State Council commissions on socioeconomic development', August 4, 2024 (the page's own date); zone Europe/Moscow; no hour, said 10:00 local. The approval and the meeting of May 29 are told as done: past
    B(
        text="The President approved a list of instructions following an expanded meeting of the Presidential Council for Strategic Development and National Projects and State Council commissions on socioeconomic development of the Russian Federation, held on May 29, 2024.",
        due=None,
        vague=False,
        said="2024-08-04 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KR24,
        published="2024-08-04",
    ),
    # European Commission (Commissioners' weekly activities, 'CALENDRIER du 21 au 27 septembre 2015', 'Brussels, 18 September 2015', Commission Decision 2011/833/EU; carried whole by docslib.org, whose copy drops some Commissioners' names: 'Mr in Berlin' stays as stored); zone Europe/Brussels (CEST); said 18 September 2015 10:00 local. The range '(21-22/09)' falls due at its later end, 22 September 2015, end of the day (CONVENTIONS 6.1) [local due 2015-09-22 23:59:59]
    B(
        text="Mr in Berlin, Germany (21-22/09): gives a speech at the Humboldt University; meets with Ms Andrea Nahles, Federal Minister of Labour and Social Affairs of Germany, meets with members of the Finance Committee of the German Bundestag and other stakeholders.",
        due="2015-09-22 21:59:59",
        vague=False,
        said="2015-09-18 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_ECCAL15,
        published="2015-09-18",
    ),
    # European Commission (weekly activities, 'CALENDRIER du 26 mars au 08 avril 2018', 'Brussels, 23 March 2018', Decision 2011/833/EU; carried whole by docslib.org, names dropped as stored); zone Europe/Brussels (CET on the day of speaking, CEST from 25 March); said 23 March 2018 10:00 local. The stay 'until 27/03' falls due at the end of that day (CONVENTIONS 3.3) [local due 2018-03-27 23:59:59]
    B(
        text='Ms in Tashkent, Uzbekistan (until 27/03): participates in a conference on Afghanistan: "Peace process, security cooperation and regional connectivity".',
        due="2018-03-27 21:59:59",
        vague=False,
        said="2018-03-23 09:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_ECCAL18A,
        published="2018-03-23",
    ),
    # the same calendar: 'post-2020' and 'after 2020' name the framework and the dialogue's topic; the visit's day is only the heading's: due None, no refusal word (CONVENTIONS 6.3: a day only a heading gives is not used)
    B(
        text='Mr Günther H. Oettinger in Warsaw, Poland: on a tour to gather views on the Future of EU finances and the post-2020 Multiannual Financial Framework (MFF), and holds a Citizens\' dialogue on the topics of "The future of the EU finances after 2020".',
        due=None,
        vague=False,
        said="2018-03-23 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_ECCAL18A,
        published="2018-03-23",
    ),
    # the same: 'until 27/03', 27 March 2018, end of the day (CONVENTIONS 3.3) [local due 2018-03-27 23:59:59]
    B(
        text="Mr in Lebanon (until 27/03): on official visit.",
        due="2018-03-27 21:59:59",
        vague=False,
        said="2018-03-23 09:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_ECCAL18A,
        published="2018-03-23",
    ),
    # European Commission (weekly activities, 'CALENDRIER du 02 juillet au 08 juillet 2018', Decision 2011/833/EU; carried whole by government-world.com); the copy carries no issue date, so read as of Friday 29 June 2018, the day before the week as the Commission issues its calendars; zone Europe/Brussels (CEST); said 10:00 local. 'until 04/07' is 4 July 2018, end of the day (CONVENTIONS 3.3) [local due 2018-07-04 23:59:59]
    B(
        text="President Jean-Claude Juncker in Strasbourg, France (until 04/07): receives Mr Joseph Daul, President of the European People’s Party (EPP) and Mr Manfred Weber, Chairman of the EPP Group in the European Parliament.",
        due="2018-07-04 21:59:59",
        vague=False,
        said="2018-06-29 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_ECCAL18B,
        published="2018-06-29",
    ),
    # the same calendar: 'in 2019' is part of the forum's title (the Presidency's year); the visit's day is only the heading's: due None, no refusal word (CONVENTIONS 6.3)
    B(
        text="Mr Maroš Šefčovič in Bucharest, Romania: attends a joint meeting with Mr Viorel Ștefan, Vice Prime Minister of Romania; Mr Anton Anton, Minister for Energy and Mr Dănuţ Andruşcă, Minister for the Economy; delivers a speech at the “Energy Forum – Romania´s energy priorities – the Romanian Presidency of the Council of the European Union in 2019 ” at the Romanian Parliament; meets Mr Liviu Dragnea, President of the Chamber of Deputies; visits an EU-funded project at Politehnica University of Bucharest and exchanges views with professors and students; and meets Ms Viorica Dăncilă, Prime Minister of Romania.",
        due=None,
        vague=False,
        said="2018-06-29 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_ECCAL18B,
        published="2018-06-29",
    ),
    # the same: '2018' names the report; the speech's day is only the heading's: due None, no refusal word (CONVENTIONS 6.3)
    B(
        text="Ms Marianne Thyssen delivers a keynote speech at the “Results of 2018 Pensions Adequacy Report” conference, in Brussels.",
        due=None,
        vague=False,
        said="2018-06-29 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_ECCAL18B,
        published="2018-06-29",
    ),
    # NASA (media advisory M12-203, US federal work, public domain; carried whole by The Space Library's page 'Oct 16 2012'); the advisories are of 16 October 2012 (the page's title), no hour, said 10:00 EDT; zone America/New_York. The teleconference at 3 p.m. EDT on Thursday 18 October 2012 (CONVENTIONS 3.1) [local due 2012-10-18 15:00:00]
    B(
        text="WASHINGTON -- NASA will host a media teleconference at 3 p.m. EDT on Thursday, Oct. 18, about the latest status of the Curiosity rover's mission to Mars.",
        due="2012-10-18 19:00:00",
        vague=False,
        said="2012-10-16 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA12,
        published="2012-10-16",
    ),
    # the same advisory: '10 weeks into a two-year mission' tells where the mission stands; no act is set a time: due None, no refusal word. unsure: a careful reader could call the mission's end, two years from an undated landing, 'event' (CONVENTIONS 1.3)
    B(
        text="The Mars Science Laboratory Curiosity rover is 10 weeks into a two-year mission to investigate whether conditions may have been favorable for microbial life.",
        due=None,
        vague=False,
        said="2012-10-16 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA12,
        published="2012-10-16",
    ),
    # the same page, advisory M12-201: departure at 7 a.m. EDT on 2 November 2012 (CONVENTIONS 3.1) [local due 2012-11-02 07:00:00]
    B(
        text="Atlantis is scheduled to depart the Vehicle Assembly Building (VAB) at NASA's Kennedy Space Center at approximately 7 a.m. EDT on Nov. 2.",
        due="2012-11-02 11:00:00",
        vague=False,
        said="2012-10-16 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA12,
        published="2012-10-16",
    ),
    # the same advisory: '9:45 a.m.' has no day of its own in the sentence: the first 9:45 a.m. after the moment of speaking, 17 October 2012 (CONVENTIONS 6.3; page: 2 November 2012 09:45 EDT) [local due 2012-10-17 09:45:00]
    B(
        text="The shuttle will embark on a 10-mile journey from the VAB to the visitor complex, stopping along the route for a NASA ceremony at about 9:45 a.m.",
        due="2012-10-17 13:45:00",
        vague=False,
        said="2012-10-16 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA12,
        published="2012-10-16",
    ),
    # the same: the travel is tied to the undated ceremony: event (CONVENTIONS 1.3)
    B(
        text="Following the ceremony, Atlantis will travel to Space Florida's Exploration Park for a viewing opportunity for visitor complex guests before departing for its new home.",
        due=None,
        vague=False,
        said="2012-10-16 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA12,
        published="2012-10-16",
    ),
    # the same: tied to the undated departure: event (CONVENTIONS 1.3)
    B(
        text="After departing Exploration Park, additional photo locations will be available for media coverage.",
        due=None,
        vague=False,
        said="2012-10-16 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA12,
        published="2012-10-16",
    ),
    # NASA (media advisory M17-096, public domain; carried whole by The Space Library's page 'Aug 24 2017'); the advisory of 24 August 2017 (the page's title), no hour, said 10:00 EDT; zone America/New_York. The news conference at 1 p.m. EDT on Wednesday 30 August 2017 (CONVENTIONS 3.1) [local due 2017-08-30 13:00:00]
    B(
        text="NASA astronaut Peggy Whitson’s final news conference from the International Space Station will air live on NASA Television and the agency’s website at 1 p.m. EDT on Wednesday, Aug. 30.",
        due="2017-08-30 17:00:00",
        vague=False,
        said="2017-08-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA17,
        published="2017-08-24",
    ),
    # the same: the time is given only relative to her undated return: event (CONVENTIONS 1.3)
    B(
        text="The 30-minute news conference will take place just days before Whitson returns to Earth after spending more than nine months aboard the orbiting laboratory, and breaking a number of records in space.",
        due=None,
        vague=False,
        said="2017-08-24 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA17,
        published="2017-08-24",
    ),
    # the same: 'no later than 5 p.m. on Tuesday, Aug. 29', read in the advisory's zone (EDT; the next sentence's 12:40 p.m. only fits EDT), 29 August 2017 17:00 EDT. unsure: a careful reader could read Johnson's own zone, 17:00 CDT (22:00 UTC) [local due 2017-08-29 17:00:00]
    B(
        text="To attend the briefing at Johnson, U.S. media must request credentials from the Johnson newsroom at 281-483-5111 no later than 5 p.m. on Tuesday, Aug. 29.",
        due="2017-08-29 21:00:00",
        vague=False,
        said="2017-08-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA17,
        published="2017-08-24",
    ),
    # the same: 30 August 2017 12:40 EDT, twenty minutes before the 1 p.m. EDT conference [local due 2017-08-30 12:40:00]
    B(
        text="To ask questions by phone, media must call the Johnson newsroom no later than 12:40 p.m. on Wednesday, Aug. 30.",
        due="2017-08-30 16:40:00",
        vague=False,
        said="2017-08-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA17,
        published="2017-08-24",
    ),
    # the same: by 2 p.m. on Monday 28 August 2017 (EDT, Kennedy's zone) [local due 2017-08-28 14:00:00]
    B(
        text="All media accreditation requests for Kennedy must be submitted by 2 p.m. on Monday, Aug. 28, online at: https://media.ksc.nasa.gov/",
        due="2017-08-28 18:00:00",
        vague=False,
        said="2017-08-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA17,
        published="2017-08-24",
    ),
    # the same: the launch of 17 November is past; the return is set for Saturday 2 September 2017, end of the day [local due 2017-09-02 23:59:59]
    B(
        text="Whitson launched to the space station Nov. 17, from the Baikonur Cosmodrome in Kazakhstan and is set to return Saturday, Sept. 2.",
        due="2017-09-03 03:59:59",
        vague=False,
        said="2017-08-24 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA17,
        published="2017-08-24",
    ),
    # the same: 9:22 p.m. EDT and 7:22 a.m. Kazakhstan time (UTC+6) on 3 September are the same instant, 3 September 2017 01:22 UTC (CONVENTIONS 6.1) [local due 2017-09-02 21:22:00]
    B(
        text="She will land in Kazakhstan at 9:22 p.m. (7:22 a.m. Kazakhstan time on Sept. 3) along with NASA’s Jack Fischer and cosmonaut Fyodor Yurchikhin of the Russian space agency, Roscosmos.",
        due="2017-09-03 01:22:00",
        vague=False,
        said="2017-08-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA17,
        published="2017-08-24",
    ),
    # the same: 'since ... in April' tells of the past: past
    B(
        text="Fischer and Yurchikhin have been Whitson’s crew mates since they arrived at the space station in April.",
        due=None,
        vague=False,
        said="2017-08-24 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASA17,
        published="2017-08-24",
    ),
    # the same: Sunday 3 September 2017, end of the day in the advisory's zone [local due 2017-09-03 23:59:59]
    B(
        text="Whitson and Fischer will return to Houston’s Ellington Field on Sunday, Sept. 3.",
        due="2017-09-04 03:59:59",
        vague=False,
        said="2017-08-24 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA17,
        published="2017-08-24",
    ),
    # the same: the record follows the undated landing: event (CONVENTIONS 1.3)
    B(
        text="After landing, Whitson will hold the U.S. record for cumulative time in space, with 665 days in space during three long-duration missions.",
        due=None,
        vague=False,
        said="2017-08-24 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA17,
        published="2017-08-24",
    ),
    # Seanad Éireann (Oireachtas (Open Data) PSI Licence, CC BY 4.0), Order of Business, Wednesday 28 November 1962 (the page's own date line); zone Europe/Dublin (GMT); said 10:00 local. The motion is tied to the undated consideration of No. 2: event (CONVENTIONS 1.3)
    B(
        text="If the House agrees to the taking of No. 2, a motion suspending Standing Orders to enable this to be done will be moved prior to its consideration.",
        due=None,
        vague=False,
        said="1962-11-28 10:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SE62,
        published="1962-11-28",
    ),
    # the same: No. 2 taken 'today', due at the end of the day of speaking (CONVENTIONS 2.1) [local due 1962-11-28 23:59:59]
    B(
        text="We are agreeable to take No. 2 today.",
        due="1962-11-28 23:59:59",
        vague=False,
        said="1962-11-28 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SE62,
        published="1962-11-28",
    ),
    # Seanad Éireann (Oireachtas (Open Data) PSI Licence, CC BY 4.0), Order of Business, Wednesday 6 July 1949 (the page's own date line); zone Europe/Dublin (Irish Summer Time); said 10:00 local. The remaining stages follow the undated end of Committee Stage: event (CONVENTIONS 1.3)
    B(
        text="When the Committee Stage of the Finance Bill has been finished the Minister hopes the House will see fit to take the remaining stages.",
        due=None,
        vague=False,
        said="1949-07-06 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SE49,
        published="1949-07-06",
    ),
    # the same: the Bills go on the Order Paper 'for to-morrow', 7 July 1949, end of the day; 'three days' notice' is the standing rule being set aside, not the deadline [local due 1949-07-07 23:59:59]
    B(
        text="It is intended, in accordance with the previous decision of the Committee on Procedure and Privileges, to put these Bills on the Order Paper for to-morrow, in spite of the Standing Order which says that there must be three days' notice.",
        due="1949-07-07 22:59:59",
        vague=False,
        said="1949-07-06 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SE49,
        published="1949-07-06",
    ),
    # the same: a condition ('if any other Bills come ... to-day') and a leave ('may be done'), no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give the end of 7 July 1949 (the same thing as the sentence before, the Order Paper for to-morrow)
    B(
        text="I take it that there is no objection to that and that if any other Bills come from the Dáil to-day the same thing may be done.",
        due=None,
        vague=False,
        said="1949-07-06 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SE49,
        published="1949-07-06",
    ),
    # Dáil Éireann written answer 25 (Oireachtas (Open Data) PSI Licence, CC BY 4.0; carried whole by KildareStreet.com), Wednesday 5 November 2025 (the page's date line); zone Europe/Dublin (GMT); said 10:00 local. Published on 29 September 2025: past; '2025-2028' names the Statement
    B(
        text="My Department's Statement of Strategy 2025-2028 was published on 29 September, 2025 and is available on the gov.ie website.",
        due=None,
        vague=False,
        said="2025-11-05 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DA25B,
        published="2025-11-05",
    ),
    # the same: the actions are 'to be implemented between now and 2028', a range falling due at its later end, the end of 2028 (CONVENTIONS 6.1, parser docstring: a range falls due at its later end). unsure: a careful reader could read 'and 2028' as the start of 2028, due at the end of 2027 (as CONVENTIONS 3.5 reads 'before 2030') [local due 2028-12-31 23:59:59]
    B(
        text="I welcome this new strategy and look forward to working with Minister of State Emer Higgins and all staff in the Department to deliver on the ambitious range of actions to be implemented between now and 2028.",
        due="2028-12-31 23:59:59",
        vague=False,
        said="2025-11-05 10:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_DA25B,
        published="2025-11-05",
    ),
    # the same: progress 'already made ... to-date in 2025': past
    B(
        text="The Department has already made significant progress across its strategic priorities and Programme for Government commitments to-date in 2025.",
        due=None,
        vague=False,
        said="2025-11-05 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DA25B,
        published="2025-11-05",
    ),
    # the same: told as done; 'Budget 2026' names the budget: past
    B(
        text="It played a central role in shaping Ireland’s fiscal and budgetary landscape through the joint publication of the Summer Economic Statement and the successful delivery of Budget 2026.",
        due=None,
        vague=False,
        said="2025-11-05 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DA25B,
        published="2025-11-05",
    ),
    # Council of the European Union (forward look 19 February to 3 March 2024, Decision (EU) 2017/1842; carried whole by Pub Affairs Bruxelles); the copy carries no issue date, read as of Friday 16 February 2024, the Friday before the fortnight it announces; zone Europe/Brussels (CET); said 10:00 local. 'the March European Council' names the meeting prepared for; the preparations' day is only the heading's: due None, no refusal word (CONVENTIONS 6.3). unsure: a careful reader could give the end of March 2024
    B(
        text="Ministers will focus on preparations for the March European Council and the Article 7 procedure concerning Poland.",
        due=None,
        vague=False,
        said="2024-02-16 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CFL24,
        published="2024-02-16",
    ),
    # the same: held 'on the margins of' a conference the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="The Foreign Affairs Council, in its Trade configuration, will be held on the margins of the 13th Ministerial Conference (MC13) of the World Trade Organization (WTO) in Abu Dhabi, United Arab Emirates.",
        due=None,
        vague=False,
        said="2024-02-16 09:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_CFL24,
        published="2024-02-16",
    ),
    # the same: 'the start and the end of the conference', undated in the sentence: event (CONVENTIONS 1.3)
    B(
        text="Trade ministers will seek the approval of conclusions at both the start and the end of the conference.",
        due=None,
        vague=False,
        said="2024-02-16 09:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_CFL24,
        published="2024-02-16",
    ),
    # the same: 'prompt' qualifies the responses discussed and 'current' the crisis; the exchange's day is only the heading's: due None, no refusal word (CONVENTIONS 6.3)
    B(
        text="Based on information from the Belgian presidency and the European Commission, agriculture ministers will exchange views on ways of ensuring prompt and structural responses to the current crisis that the agricultural sector is facing.",
        due=None,
        vague=False,
        said="2024-02-16 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_CFL24,
        published="2024-02-16",
    ),
    # Wikinews (Requested articles, Archives 2021, CC BY 2.5); zone UTC; said at the request's signature, 10 May 2021 13:10 UTC (the signature is left out of the quote, which has no full stop on the page). 'since 2019' tells how long a gap has run; no act is set a time: due None, no refusal word
    B(
        text="There is nothing about Georgia since 2019, I think it needs some political updates",
        due=None,
        vague=False,
        said="2021-05-10 13:10:00",
        tz="UTC",
        cluster=1,
        source=_WNRA21,
        published="2021-05-10",
    ),
    # the same page, a reply signed 10 May 2021 14:02 UTC: 'right now' and 'used to' describe the present and the past; no act is set a time: due None, no refusal word
    B(
        text="@ჯეო: right now, I don't think we have someone who writes about various different themes like how I used to -- most have a domain they are focusing on.",
        due=None,
        vague=False,
        said="2021-05-10 14:02:00",
        tz="UTC",
        cluster=1,
        source=_WNRA21,
        published="2021-05-10",
    ),
    # the same reply: 'until then' hangs the offer on an undated event: event (CONVENTIONS 1.3). unsure: a careful reader could give due None and no refusal word (an offer with no time)
    B(
        text="Xbspiro often attempts writing local news, and indeed it would be better, but until then, if you get time to, please feel free to -- I will be available for review.",
        due=None,
        vague=False,
        said="2021-05-10 14:02:00",
        tz="UTC",
        refusal="event",
        cluster=5,
        source=_WNRA21,
        published="2021-05-10",
    ),
    # the same page, a reply signed 17 May 2021 12:44 UTC: 'timely' and 'then' set no time: due None, no refusal word. unsure: a careful reader could call the review after the undated draft 'event' (CONVENTIONS 1.3)
    B(
        text="Do it timely and I can then review it.",
        due=None,
        vague=False,
        said="2021-05-17 12:44:00",
        tz="UTC",
        cluster=1,
        source=_WNRA21,
        published="2021-05-17",
    ),
    # the same page, a reply signed 17 May 2021 12:48 UTC: 'right now' states a present mood; no act is set a time: due None, no refusal word
    B(
        text="Don't really feel like writing right now.",
        due=None,
        vague=False,
        said="2021-05-17 12:48:00",
        tz="UTC",
        cluster=1,
        source=_WNRA21,
        published="2021-05-17",
    ),
    # Department of Public Expenditure, NDP Delivery and Reform (gov.ie press release, CC BY 4.0 under the Department's own re-use statement on gov.ie), 'Foilsithe: 17 Meitheamh 2024' (published 17 June 2024, a Monday) on the page; zone Europe/Dublin (IST); said 10:00 local. The perfect with 'today' is a done act: past (CONVENTIONS 2.4)
    B(
        text="The Minister for Public Expenditure, NDP Delivery and Reform, Paschal Donohoe, has today (17 June 2024) published the Public Service Performance Report for 2023.",
        due=None,
        vague=False,
        said="2024-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_GOVPSPR,
        published="2024-06-17",
    ),
    # the same: how departments 'performed ... in 2023': past
    B(
        text="The 8th annual Public Service Performance Report (PSPR) provides a comprehensive account of how each government department performed against targets set in the Revised Estimates Volume for the delivery of services in 2023.",
        due=None,
        vague=False,
        said="2024-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_GOVPSPR,
        published="2024-06-17",
    ),
    # the same: 'today' is on the verb of speaking, never the deadline (CONVENTIONS 2.2): due None, no refusal word; the line ends in a colon on the page
    B(
        text="Speaking today, Minister Donohoe said:",
        due=None,
        vague=False,
        said="2024-06-17 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_GOVPSPR,
        published="2024-06-17",
    ),
    # the same (the Minister's words; the opening quotation mark left out): the present 'Today we publish' is due at the end of the day of speaking (CONVENTIONS 2.1) [local due 2024-06-17 23:59:59]
    B(
        text="Today we publish the Public Service Performance Report for 2023.",
        due="2024-06-17 22:59:59",
        vague=False,
        said="2024-06-17 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_GOVPSPR,
        published="2024-06-17",
    ),
    # the same: the performance 'in 2023' is past; no act is set a time ahead: past. unsure: a careful reader could give due None and no refusal word (the report is described, not promised)
    B(
        text="This is the 8th annual Public Service Performance Report and it looks at capturing the performance of each department as part of the Budget process in 2023, the report is a comprehensive overview of the delivery of services across all sectors.",
        due=None,
        vague=False,
        said="2024-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_GOVPSPR,
        published="2024-06-17",
    ),
    # the same (the closing quotation mark left out): 'Each year' is a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="Each year we talk extensively about the expenditure figures allocated to each sector, but it is also crucial for my department to look at the activities that were undertaken as a result of this funding and to assess the positive impacts public services are having.",
        due=None,
        vague=False,
        said="2024-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_GOVPSPR,
        published="2024-06-17",
    ),
    # the same: 'published today' and 'has been redesigned' tell of done acts: past (CONVENTIONS 2.4)
    B(
        text="The Report published today has been redesigned for ease of reference and this year includes Green Budgeting metrics, alongside Performance and Equality Budgeting metrics.",
        due=None,
        vague=False,
        said="2024-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_GOVPSPR,
        published="2024-06-17",
    ),
    # the same: activities 'undertaken in 2023': past
    B(
        text="The metrics outline the delivered activities undertaken in 2023 with the funding allocation for that year, and the impacts/ outcomes of such measures.",
        due=None,
        vague=False,
        said="2024-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_GOVPSPR,
        published="2024-06-17",
    ),
    # the same: commitments 'outlined at the beginning of 2023': past
    B(
        text="These are placed alongside the proposed delivery commitments that had been outlined at the beginning of 2023, allowing a clear comparison of delivery against commitments.",
        due=None,
        vague=False,
        said="2024-06-17 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_GOVPSPR,
        published="2024-06-17",
    ),
)
