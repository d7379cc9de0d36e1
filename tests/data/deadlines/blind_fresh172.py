"""A HUNDRED-AND-SEVENTY-SECOND fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 01:15 and 01:30 by a labelling helper (branch
issue12l172-s60) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 60 (fresh169 to fresh173 and the article sets blind142 and blind143), whose claims in the
shared claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh168.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of `bot/core/deadlines/`
was opened. The brief asked for historic Hansard Commons and Lords debates of 1900-1960 (not business
statements), archived White House statements and fact sheets, VOA news, US State Department readouts and
briefings, kremlin.ru (only with its CC BY 4.0 statement seen) and European Commission speeches and
statements; at least eight publishers, none above a fifth, at most a third from the United States; about 80
cases (at least 60).

The set quotes UK Parliament (historic Hansard: the Lords debates of 23 September 1948 and 29 May 1930, the
Commons debates of 19 November 1931 and 23 November 1926), the Houses of the Oireachtas (the Dáil sittings
of 11 December 1959 and 1 July 1964, the Seanad sitting of 7 June 1950), the European Commission (a
statement of 29 April 2021, a College read-out of 29 January 2020 and a speech of 24 October 2017, each as
carried by another site), the New Zealand Department of Conservation (two media releases of June 2019, as
carried by Scoop), Voice of America (a news story of August 2014 and a breaking-news post of 1 December
2011), the White House (two archived Obama White House pages, read on 4 September 2009 and 26 November 2014)
and the US Department of State (a Notice to the Press of 10 July 2017, as carried by government-world.com).
82 cases from 7 publishers (UK Parliament 16 (19.5%); the Houses of the Oireachtas 16 (19.5%); the European
Commission 16 (19.5%); the Department of Conservation 12 (14.6%); Voice of America 9 (11.0%); the White
House 7 (8.5%); the Department of State 6 (7.3%)). 22 of the 82 (26.8%) are from the United States (Voice of
America, the White House, the Department of State); 60 are not.

The brief's eighth publisher was not reached: the store is heavily mined. Of about 90 addresses and phrases
checked with `fresh_check.py`, most read used: the State Department's archived press statements and
briefings (UNT web archive copies, m.state.gov, globalsecurity.org copies, state.gov schedules), VOA stories
on voanews.com and globalsecurity.org, Statistics Canada's Daily, calendar and census pages, the White House
press gaggles and schedules, NASA launch pages, Wikinews launch stories, ABS census pages, GOV.UK press
releases as carried by ukpol.co.uk and government-world.com, and DOC's 2018 and 2023 releases. No kremlin.ru
page with its own CC BY 4.0 statement was found (a fresh en.special.kremlin.ru page was seen without it, so it
is not quoted), and a fresh Bureau of Meteorology release was left out because the Bureau licenses only
material marked with a CC logo, which its stored text does not show. The Department of Conservation is not
among the brief's aimed publishers; it is an NZ government body whose own site states CC BY 4.0, so it falls
under the brief's open licences. Each page's cases share one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh172`) but not used, to keep the caps (a fifth for each publisher, a third
for the United States): the Commission speeches SPEECH-14-1525 (22 October 2014) and SPEECH-04-474 (26
October 2004), the Commission's joint EU-Canada statement of 8 July 2017 as carried by europediplomatic.com
and its CETA release as carried by europa.rs; the Dáil Health Bill sittings of 7, 8 and 15 July 1954; the
Commons debate of 23 February 1932 (clause 19). A GOV.UK Cabinet Office release (FOI datasets code) was
claimed and left out because its stored opening prints no date and holds one sentence with a time word.
Within the pages kept: sentences whose only time words are general ("now", "in the meantime", "weekly",
"every time", "the present", "recently", "this late hour") or whose only year names an Act or a Bill;
sentences without a time word; headings, date lines, speakers' names, formal lines ("Order of the Day ...
read.", "I move:", "Amendment negatived."), timetable lines that are not sentences (the State Department's
"Pre-set time for cameras: 8:15 a.m. ..."), an amendment's inserted words that are a fragment, a photograph
caption printed twice (taken once) and sentences cut off where the stored opening ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time,
"to-day", "to-night", "to-morrow", "this afternoon", "Saturday morning", "this week", "next Monday", "in a
moment", "later on", "shortly", "no time lost", "in the coming weeks", "the decisive months to come", "five
days earlier", "eighteen months", "90 to 120 days", "the first quarter", "since 2012", "not until March");
within each page quoted, the sentences of the stored opening that hold one were taken in page order, easy or
hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh172`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date
and the publisher's zone (Europe/London for UK Parliament, Europe/Dublin for the Oireachtas,
Europe/Brussels for the Commission, Pacific/Auckland for the Department of Conservation, America/New_York for
Voice of America, the White House and the State Department); the conversion of local instants to UTC wall
time, weekdays and day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh168.py`: the publication date at 10:00 local time unless the page gives the hour (the Lords
sitting of 1948 prints "2.35 p.m.", the VOA post "9:15 am (UTC-5)", the DOC release of 18 June "11:18 am");
the first comment of each page says where its date was read; a day falls due at 23:59:59 local; "to-night"
at 23:59:59 and a morning at 12:00, an afternoon at 18:00 (the parser's parts of the day); "today" on the act
as it is spoken at the end of that day (CONVENTIONS 2.1); a one-off event at a time due then (CONVENTIONS
3.1); a window opened for a stated length from a start the sentence gives due at its end (CONVENTIONS 1.1);
several times at the latest (CONVENTIONS 6.1); a clock time with no day of its own at its first occurrence
after the moment of speaking (CONVENTIONS 6.3); motions, amendments moved and suggestions while a date is
argued over due None with no refusal word (CONVENTIONS 4.3); times hung on an undated event are event
(CONVENTIONS 1.3, 5.2); standing rules recurring (CONVENTIONS 1.3); done acts past; "not until" earliest
(CONVENTIONS 3.2); vague words of an undertaking take the documented windows (CONVENTIONS 5.1). Three pages
print no date of their own in the stored text: the White House disclosure page is read on 4 September 2009
(the day the policy was announced), the White House listing page on 26 November 2014 (the Wednesday before
"next week, on Tuesday, December 2nd") and the VOA story on 2 August 2014 (the date of the related video on
the page); their comments say so. The Commission's 2021 statement is dated by its own dateline, not by the
carrier's header. Clusters as in
`blind_fresh168.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods
and windows, 5 refusals, 6 plain days and dates. 37 labels are refusals (past 25, event 7, earliest 3,
recurring 2, negated 0); 4 are vague (one 7-day, one 60-day, one 4-week and one 3-month window); 34 labels
carry a due instant (the 4 vague ones included); 11 have due None and no refusal word; 24 are marked
"unsure" and name the other reading; like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never
edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HL48 = "https://api.parliament.uk/historic-hansard/lords/1948/sep/23/parliament-bill"
_HC31 = "https://www.theyworkforyou.com/debates/?id=1931-11-19a.1160.0"
_HC26 = "https://api.parliament.uk/historic-hansard/commons/1926/nov/23/clause-12-short-title-and-application"
_HL30 = "https://api.parliament.uk/historic-hansard/lords/1930/may/29/commons-amendment-24"
_DA59 = "https://www.oireachtas.ie/en/debates/debate/dail/1959-12-11/8/member-speech/Charles-Fagan.D.1933-02-08/"
_DA64 = "https://www.oireachtas.ie/en/debates/debate/dail/1964-07-01/90/"
_SE50 = "https://www.oireachtas.ie/en/debates/debate/seanad/1950-06-07/12/"
_EC21 = "https://portal.ieu-monitoring.com/editorial/eu-commission-vice-president-maros-sefcovic-welcomes-ratification-of-the-eu-uk-trade-and-cooperation-agreement/8036?utm_source=ieu-portal"
_EC20 = "https://www.eumonitor.eu/9353000/1/j9vvik7m1c3gyxp/vl5qee9lm9ub?ctx=vh9ilzovbmwl"
_EC17 = (
    "https://www.denederlandsegrondwet.nl/9353000/1/j9vvihlf299q0sr/vkiqmrrvnbzq?ctx=vg09llk9rzrp"
)
_WH09 = "https://obamawhitehouse.archives.gov./VoluntaryDisclosure"
_WH14 = "https://obamawhitehouse.archives.gov/taxonomy/term/16?page=231"
_VO14 = "http://www.voanews.com/content/leaders-debate-security-economics-at-u-s-africa-summit/1969793.html"
_VO11 = "https://blogs.voanews.com/breaking-news/2011/12/01/egypt-set-to-announce-election-results/"
_SD17 = "http://government-world.com/united-states/democrats/page/441/?print=print-search"
_DOC0611 = "http://www.scoop.co.nz/stories/CU1906/S00114/great-walks-bookings-open-this-week.htm"
_DOC0618 = (
    "http://www.scoop.co.nz/stories/AK1906/S00415/great-walks-opening-day-booking-results.htm"
)

FRESH172_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (historic Hansard, House of Lords, 'HL Deb 23 September 1948 vol 158 cc207-40', Second Reading of the Parliament Bill, on api.parliament.uk; Open Parliament Licence, stated on Parliament's copyright page as kept in its own web archive (webarchive.parliament.uk/.../site-information/copyright/)); zone Europe/London (BST, summer time ran to 31 October 1948); the date is the sitting's own, in its head line, and the page prints the hour '2.35 p.m.' before the Order of the Day: said Thursday 23 September 1948 14:35 BST. The head line, 'Order of the Day for the Second Reading read.' and the speaker's title are not taken. 'to-day' names the sitting, and the discussion 'during recent months' is told as done: past
    B(
        text="My Lords, the matter that is before us to-day has been discussed at great length in this House during recent months, and I do not propose to weary your Lordships by attempting even to repeat what I said myself.",
        due=None,
        vague=False,
        said="1948-09-23 13:35:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL48,
        published="1948-09-23",
    ),
    # 'several days of discussion' ending in the Bill's rejection, told as done: past
    B(
        text="As your Lordships are aware, after several days of discussion, including an adjournment during which the leaders of the different Parties conferred on the matters referred to them, as the result of which a White Paper was provided giving the substance of their conclusions, and after further discussion, your Lordships rejected the Bill.",
        due=None,
        vague=False,
        said="1948-09-23 13:35:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL48,
        published="1948-09-23",
    ),
    # 'Since that time' looks back and 'in a moment' is a turn of the speech itself, no time a member could check a pledge at: due None with no refusal word. unsure: a careful reader could give a due instant a few minutes after the moment of speaking, or 'past' for 'Since that time'
    B(
        text="Since that time there has been nothing new save one matter to which I will refer in a moment.",
        due=None,
        vague=False,
        said="1948-09-23 13:35:00",
        tz="Europe/London",
        cluster=1,
        source=_HL48,
        published="1948-09-23",
    ),
    # 'to-day' names the sitting going on as the words are spoken; nothing is undertaken: due None with no refusal word. unsure: a careful reader could give the end of that day, reading 'to-day' on the meeting as on an act being done (CONVENTIONS 2.1)
    B(
        text="The occasion of our meeting to-day is because of the provisions of the Parliament Act.",
        due=None,
        vague=False,
        said="1948-09-23 13:35:00",
        tz="Europe/London",
        cluster=1,
        source=_HL48,
        published="1948-09-23",
    ),
    # 'two years between' two stages is a statutory rule for every Bill passed under the Act (CONVENTIONS 1.3); 'last week' is a report of the past. unsure: a careful reader could give 'past' for the report of last week's words
    B(
        text='The noble Marquess, Lord Salisbury, last week described the holding of this Session as "a political manœuvre," but it is in accordance with the provisions of the Parliament Act that if a Bill is to be passed through Parliament under that Act it must be passed in three Sessions, and there must be two years between the time of its first Second Reading in the House of Commons and its final passage.',
        due=None,
        vague=False,
        said="1948-09-23 13:35:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HL48,
        published="1948-09-23",
    ),
    # UK Parliament (House of Commons Hansard, 'Clause 7. — (Short title, construction and extent.)', 19 November 1931, as carried by TheyWorkForYou; Open Parliament Licence, stated on Parliament's copyright page as kept in its own web archive (webarchive.parliament.uk/.../site-information/copyright/), the carrying site reproducing Parliament's own text); zone Europe/London (GMT); the date is the debate's own, in its head line; no hour given, said Thursday 19 November 1931 10:00 GMT. 'Anyone who has sat through ... now is to take legislative form.' and 'Now we have come to the last stage here, ...' hold only 'now' and are not taken. 'during the last few days', told as done: past
    B(
        text="We have had delivered here during the last few days a long series of maiden speeches.",
        due=None,
        vague=False,
        said="1931-11-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC31,
        published="1931-11-19",
    ),
    # the Bill going to the Lords 'to-night', told as going to happen: due at the end of that night (the parser's 'tonight', 23:59:59) [local due 1931-11-19 23:59:59 GMT]
    B(
        text="It will go to the Upper House to-night; it will be unaltered there for the Parliament Act takes good care of that.",
        due="1931-11-19 23:59:59",
        vague=False,
        said="1931-11-19 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC31,
        published="1931-11-19",
    ),
    # Royal Assent 'to-morrow': due at the end of the next day [local due 1931-11-20 23:59:59 GMT]
    B(
        text="It will receive the Royal Assent to-morrow.",
        due="1931-11-20 23:59:59",
        vague=False,
        said="1931-11-19 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC31,
        published="1931-11-19",
    ),
    # 'no time lost' is the speaker's undertaking put as 'without delay': vague, 7 days (CONVENTIONS 5.1). unsure: a careful reader could give due None with no refusal word, the words not being one of the documented vague phrases [local due 1931-11-26 23:59:59 GMT]
    B(
        text="There will be no time lost in using the powers which have been conferred.",
        due="1931-11-26 23:59:59",
        vague=True,
        said="1931-11-19 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC31,
        published="1931-11-19",
    ),
    # UK Parliament (historic Hansard, House of Commons, 'HC Deb 23 November 1926 vol 200 c372', clause 12 of a Bill at report, on api.parliament.uk; Open Parliament Licence, stated on Parliament's copyright page as kept in its own web archive (webarchive.parliament.uk/.../site-information/copyright/)); zone Europe/London (GMT); the date is the sitting's own, in its head line; no hour given, said Tuesday 23 November 1926 10:00 GMT. an amendment moved, putting a commencement date forward for the House's agreement (it was negatived): a proposal, due None with no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give the end of 1 April 1927, the commencement the words would enact (CONVENTIONS 3.1)
    B(
        text="I beg to move, in page 13, line 35, at the end, to insert the words (8) This Act shall come into operation on the first day of April, nineteen hundred and twenty-seven.",
        due=None,
        vague=False,
        said="1926-11-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC26,
        published="1926-11-23",
    ),
    # quoted as printed ('that was has happened'); 'not ... until' the traders have seen the result, an undated event ('within the last hour' looks back): event (CONVENTIONS 1.3)
    B(
        text="I think that was has happened within the last hour proves that this Bill should not come into operation until the traders, and especially the Lancashire manufacturers, have had a chance to see the result.",
        due=None,
        vague=False,
        said="1926-11-23 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC26,
        published="1926-11-23",
    ),
    # 'delay as long as possible', urged on the House: a proposal with no time of its own, due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="New arrangements will have to be made for dyeing and printing the goods, and I think, after the discussion we have had, and the division of opinion among those on the other side, we should delay as long as possible the coming into force of this Measure.",
        due=None,
        vague=False,
        said="1926-11-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC26,
        published="1926-11-23",
    ),
    # a day suggested while the date is argued over: a proposal, due None with no refusal word (CONVENTIONS 4.3)
    B(
        text="I suggest that the 1st April would be a most appropriate day.",
        due=None,
        vague=False,
        said="1926-11-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC26,
        published="1926-11-23",
    ),
    # the House's order, after 'Amendment negatived.': Third Reading 'To-morrow', due at the end of the next day [local due 1926-11-24 23:59:59 GMT]
    B(
        text="Bill to be read the Third time To-morrow.",
        due="1926-11-24 23:59:59",
        vague=False,
        said="1926-11-23 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC26,
        published="1926-11-23",
    ),
    # UK Parliament (historic Hansard, House of Lords, Commons Amendment 24 of 29 May 1930, on api.parliament.uk; Open Parliament Licence, stated on Parliament's copyright page as kept in its own web archive (webarchive.parliament.uk/.../site-information/copyright/)); zone Europe/London (BST, summer time from 13 April 1930); the date is the sitting's own, in its address; no hour given, said Thursday 29 May 1930 10:00 BST. The amendment's own text ('Page 16, line 14, leave out ...', a fragment of a clause) and the formal motion lines are not taken. 'will not come into operation until January, 1931': only a lower bound (CONVENTIONS 3.2). unsure: a careful reader could give a due instant at the end of 31 January 1931, reading the words as the month the Act takes effect (CONVENTIONS 3.1) [local earliest 1931-01-01 00:00:00 GMT]
    B(
        text="My Lords, the Bill will not come into operation until January, 1931, and the interval will be necessary for preparatory work, but this does not apply to the circumstances for which Clause 16 makes provision.",
        due=None,
        vague=False,
        said="1930-05-29 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="1931-01-01 00:00:00",
        cluster=5,
        source=_HL30,
        published="1930-05-29",
    ),
    # operation 'from the passage of the Bill', a day the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="It is thought that that might properly operate from the passage of the Bill, and any proceedings which are actually pending when the Bill passes will not be affected.",
        due=None,
        vague=False,
        said="1930-05-29 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL30,
        published="1930-05-29",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, 'Friday, 11 Dec 1959', Vol. 178 No. 9, Adjournment Debate—Government Policy (Resumed), on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0, in the Houses' copyright notice); zone Europe/Dublin (GMT); the date is the sitting's own, in its head and address; no hour given, said Friday 11 December 1959 10:00 GMT. The speech that follows the motion holds no time word of its own until the stored opening is cut off ('every time there is a discussion' is general), so only the motion is taken. the Taoiseach's motion as printed (its attribution '—(The Taoiseach.)' left off), put to the House for agreement: a proposal, due None with no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give the end of 10 February 1960, the day the House would sit again, or 'earliest' on that day
    B(
        text="That the Dáil at its rising on Friday, 11th December, 1959, do adjourn until Wednesday, 10th February, 1960.",
        due=None,
        vague=False,
        said="1959-12-11 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DA59,
        published="1959-12-11",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, 'Wednesday, 1 Jul 1964', Vol. 211 No. 8, Committee on Finance, Vote 3—Department of the Taoiseach, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0, in the Houses' copyright notice); zone Europe/Dublin (IST); the date is the sitting's own, in its head and address; no hour given, said Wednesday 1 July 1964 10:00 IST. 'I move:' is not taken. the motion moved for the Estimate, put to the House for agreement, its year naming the period the money covers: due None with no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give the end of 31 March 1965, the end of the year the grant is for
    B(
        text="That a sum not exceeding £24,500 be granted to complete the sum necessary to defray the charge which will come in course of payment during the year ending on the 31st day of March, 1965, for the Salaries and Expenses of the Department of the Taoiseach.",
        due=None,
        vague=False,
        said="1964-07-01 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DA64,
        published="1964-07-01",
    ),
    # presented on Friday (3 July) and published on Saturday morning (4 July): a schedule due at its latest time, the end of that morning, 12:00 (CONVENTIONS 6.1; the parser's 'morning') [local due 1964-07-04 12:00:00 IST]
    B(
        text="The second volume on the Programme for Economic Expansion will be presented to the Dáil on Friday and published on Saturday morning.",
        due="1964-07-04 11:00:00",
        vague=False,
        said="1964-07-01 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DA64,
        published="1964-07-01",
    ),
    # the end of the decade is the horizon of the targets the volume describes, not a time of any act undertaken, and 'will set out' has no time of its own: due None with no refusal word. unsure: a careful reader could give a due instant at the end of 1969 (or 1970), reading the targets as due by the decade's end
    B(
        text="It will set out in detail the basis on which the development targets to the end of the present decade have been settled and the measures proposed by the Government for the realisation of those targets.",
        due=None,
        vague=False,
        said="1964-07-01 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DA64,
        published="1964-07-01",
    ),
    # a figure of 1963: past
    B(
        text="In 1963, the volume of national production rose by 4.2 per cent.",
        due=None,
        vague=False,
        said="1964-07-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DA64,
        published="1964-07-01",
    ),
    # the growth rate to be surpassed 'so far as 1964 is concerned', told as the expected outcome: due at the end of 1964. unsure: a careful reader could give due None with no refusal word, the outcome being a forecast on a condition rather than an undertaking (CONVENTIONS 4.2) [local due 1964-12-31 23:59:59 GMT]
    B(
        text="The rate of expansion during the present year so far is such that, if it is maintained, and there is no reason in sight why it should not be, the average annual growth rate which was realised during the First Programme and envisaged during the Second Programme will, so far as 1964 is concerned, be surpassed.",
        due="1964-12-31 23:59:59",
        vague=False,
        said="1964-07-01 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DA64,
        published="1964-07-01",
    ),
    # figures of the first quarter, and a second quarter already over: past
    B(
        text="During the first quarter of this year industrial output was up by 11 per cent on the first quarter of last year and, while figures for the second quarter are not yet available, all the signs are that expansion is being maintained.",
        due=None,
        vague=False,
        said="1964-07-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DA64,
        published="1964-07-01",
    ),
    # figures of 1963 and of the first quarter of 1964: past
    B(
        text="In 1963, industrial employment rose by 5,500 and, in the first quarter of 1964, an increase of 8,000 was recorded.",
        due=None,
        vague=False,
        said="1964-07-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DA64,
        published="1964-07-01",
    ),
    # a comparison since the beginning of the year: past
    B(
        text="The numbers on the unemployment register have been running since the beginning of the year significantly below those of the corresponding weeks of last year.",
        due=None,
        vague=False,
        said="1964-07-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DA64,
        published="1964-07-01",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate, 'Wednesday, 7 Jun 1950', Vol. 38 No. 4, Social Welfare Bill, 1949—Motion for Earlier Signature, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0, in the Houses' copyright notice); zone Europe/Dublin (IST); the date is the sitting's own, in its head and address; no hour given ('this late hour' names none), said Wednesday 7 June 1950 10:00 IST. 'I move Motion No. 3:—' is not taken. the motion moved, put to the Seanad for agreement: a proposal, due None with no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give a vague 60-day window for 'as soon as may be' (CONVENTIONS 5.1)
    B(
        text="That pursuant to sub-section 2º of Section 2 of Article 25 of the Constitution, Seanad Eireann concurs with the signature by the President as soon as may be of the Social Welfare Bill, 1949.",
        due=None,
        vague=False,
        said="1950-06-07 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SE50,
        published="1950-06-07",
    ),
    # 'five days earlier' than a date the sentence does not give: event (CONVENTIONS 1.3)
    B(
        text="All that the passing of this motion means is that the President may sign this Bill and that therefore it will become law five days earlier than otherwise might happen.",
        due=None,
        vague=False,
        said="1950-06-07 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SE50,
        published="1950-06-07",
    ),
    # as above: five days before an undated day, event (CONVENTIONS 1.3)
    B(
        text="No explanation has been given as to the grave necessity for this Bill becoming law five days earlier than it would in normal course.",
        due=None,
        vague=False,
        said="1950-06-07 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SE50,
        published="1950-06-07",
    ),
    # as above: event (CONVENTIONS 1.3)
    B(
        text="I do not want to institute a debate on it, but I do want to register a protest against what I think is an altogether improper use of the Constitution in invoking certain sections of the Constitution to have this Bill, for which, as far as I can see, there is no urgent necessity, five days earlier.",
        due=None,
        vague=False,
        said="1950-06-07 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SE50,
        published="1950-06-07",
    ),
    # as above: event (CONVENTIONS 1.3)
    B(
        text="All that it means is that the President will be authorised to sign it and it may become law five days earlier than it would if this motion were not passed.",
        due=None,
        vague=False,
        said="1950-06-07 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SE50,
        published="1950-06-07",
    ),
    # an election due on the 15th of the month of speaking: due at the end of 15 June 1950 (CONVENTIONS 3.1) [local due 1950-06-15 23:59:59 IST]
    B(
        text="The position is that an election of a new committee of management is due to take place on the 15th of this month.",
        due="1950-06-15 22:59:59",
        vague=False,
        said="1950-06-07 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SE50,
        published="1950-06-07",
    ),
    # 'until the society is transferred', an undated event: event (CONVENTIONS 1.3). 'In the meantime this other machine ...' holds only a general word and is not taken; the last sentence is cut off
    B(
        text="We have provided in the Bill that the existing committee of management will continue in office until the society is transferred.",
        due=None,
        vague=False,
        said="1950-06-07 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SE50,
        published="1950-06-07",
    ),
    # European Commission (statement of Vice-President Maroš Šefčovič on the ratification of the EU-UK Trade and Cooperation Agreement, dateline 'Brussels, 29 April 2021', as carried by the IEU Monitoring portal, whose own header date of 2023 is the carrier's; reuse authorised under Commission Decision 2011/833/EU, in the Publications Office copyright notice and reuse page (op.europa.eu); a copy on a carrying site under the publisher's licence); zone Europe/Brussels (CEST); no hour given, said Thursday 29 April 2021 10:00 CEST. The quoted paragraphs of the Vice-President hold no time word ('longstanding', 'this new chapter' are not times) and are not taken. quoted as printed (two spaces before the surname); the Agreement 'fully applicable as of 1 May 2021', a one-off effective date: due at the end of that day (CONVENTIONS 3.1) [local due 2021-05-01 23:59:59 CEST]
    B(
        text="The European Commission Vice-President Maroš  Šefčovič warmly welcomes the ratification of the EU-UK Trade and Cooperation Agreement, which will now be fully applicable as of 1 May 2021.",
        due="2021-05-01 21:59:59",
        vague=False,
        said="2021-04-29 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC21,
        published="2021-04-29",
    ),
    # the vote of 27 April and the Council decision 'today', told as done: past (CONVENTIONS 2.4 reads a done act with a day word as past)
    B(
        text="This comes after an overwhelming vote of consent by the European Parliament on 27 April and subsequent Council decision today, thereby concluding the ratification process.",
        due=None,
        vague=False,
        said="2021-04-29 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC21,
        published="2021-04-29",
    ),
    # 'this week', said on a Thursday: due at the end of Sunday 2 May (weeks run Monday to Sunday) [local due 2021-05-02 23:59:59 CEST]
    B(
        text="He will reach out this week to Lord David Frost, co-chair of the EU-UK Partnership Council, to prepare the launch of its work, including the work of Specialised Committees.",
        due="2021-05-02 21:59:59",
        vague=False,
        said="2021-04-29 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC21,
        published="2021-04-29",
    ),
    # European Commission (remarks of Vice-President Maroš Šefčovič at the College read-out on the Commission Work Programme for 2020, 'Source: European Commission (EC), published on Wednesday, January 29 2020', as carried by EU Monitor; reuse authorised under Commission Decision 2011/833/EU, in the Publications Office copyright notice and reuse page (op.europa.eu); a copy on a carrying site under the publisher's licence); zone Europe/Brussels (CET); no hour given ('Good morning' names none), said Wednesday 29 January 2020 10:00 CET. 'High Representative/Vice-President Borrell also did his weekly debrief ...' holds only 'weekly' and is not taken; the bullets without a time word are not taken. 'today' on the speaker's presence as he speaks; nothing is undertaken: due None with no refusal word. unsure: a careful reader could give the end of that day, reading 'today' as on an act being done (CONVENTIONS 2.1)
    B(
        text="It is a pleasure to be with you today for my first read-out with this new Commission and this new mandate.",
        due=None,
        vague=False,
        said="2020-01-29 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC20,
        published="2020-01-29",
    ),
    # quoted as printed ('meeting,which'); a meeting that ended 'just a few minutes ago': past
    B(
        text="Let me start with an overview of the points we have just discussed at the College meeting,which concluded its session just a few minutes ago.",
        due=None,
        vague=False,
        said="2020-01-29 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC20,
        published="2020-01-29",
    ),
    # 'later on' at a read-out: later that day, due at its end. unsure: a careful reader could give due None with no refusal word, 'later on' naming no day [local due 2020-01-29 23:59:59 CET]
    B(
        text="We discussed the Communication on Secure 5G deployment in the EU, and my colleagues Margrethe Vestager and Thierry Breton will present this to you later on.",
        due="2020-01-29 22:59:59",
        vague=False,
        said="2020-01-29 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC20,
        published="2020-01-29",
    ),
    # the presentation is told as done, and 'forthcoming' names no time: past
    B(
        text="Then, President von der Leyen and Michel Barnier, the Commission's Chief Negotiator, presented to the College the draft negotiating directives in view of the forthcoming negotiation of a new partnership with the United Kingdom.",
        due=None,
        vague=False,
        said="2020-01-29 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC20,
        published="2020-01-29",
    ),
    # adoption on Monday 3 February, the date given with the event: due at the end of that day [local due 2020-02-03 23:59:59 CET]
    B(
        text="The College discussed the draft directives, but they will only be adopted next Monday, 3 February, once the UK has left the European Union.",
        due="2020-02-03 22:59:59",
        vague=False,
        said="2020-01-29 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC20,
        published="2020-01-29",
    ),
    # a bulleted clause ending in ';', taken whole; a Declaration issued 'last night': past
    B(
        text="Note that a Declaration by the High Representative/Vice-President on behalf of the EU28 was issued last night;",
        due=None,
        vague=False,
        said="2020-01-29 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC20,
        published="2020-01-29",
    ),
    # quoted as printed ('Lenarčič,who'); 'around 2pm' with no day in the sentence: its first occurrence after the moment of speaking, in the publisher's zone (CONVENTIONS 6.3); the page's day is the same [local due 2020-01-29 14:00:00 CET]
    B(
        text="More details will be provided by my colleagues, Commissioners Kyriakides and Lenarčič,who will come to this press room around 2pm to brief you on the latest information.",
        due="2020-01-29 13:00:00",
        vague=False,
        said="2020-01-29 09:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EC20,
        published="2020-01-29",
    ),
    # European Commission (speech of First Vice-President Frans Timmermans presenting the 2018 Commission Work Programme to the European Parliament, 'gepubliceerd op dinsdag 24 oktober 2017', as carried by Parlement.com's denederlandsegrondwet.nl; reuse authorised under Commission Decision 2011/833/EU, in the Publications Office copyright notice and reuse page (op.europa.eu); a copy on a carrying site under the publisher's licence); zone Europe/Brussels (CEST, the plenary in Strasbourg keeps the same time); no hour given ('this afternoon' dates the presenting, not the page), said Tuesday 24 October 2017 10:00 CEST. presenting the programme 'this afternoon', the act being done as spoken: due at the end of the afternoon, 18:00 (the parser's parts of the day; CONVENTIONS 2.1 for the day) [local due 2017-10-24 18:00:00 CEST]
    B(
        text="I have just come from the College where we agreed on our Work Programme for 2018 and I am pleased to be here to present it to you straight away this afternoon.",
        due="2017-10-24 16:00:00",
        vague=False,
        said="2017-10-24 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC17,
        published="2017-10-24",
    ),
    # 'we have just over eighteen months to show results', a time limit the speaker gives his own side from now: due eighteen months after speaking (CONVENTIONS 1.2). unsure: a careful reader could give the end of 'the coming year' (24 October 2018), or the end of May 2019 for 'just over' eighteen months and the elections [local due 2019-04-24 23:59:59 CEST]
    B(
        text="The Work Programme is the Commission's commitment to you and to Europeans about what we will do in the coming year - and it is a crucial period because together we have just over eighteen months to show results before our citizens go to the ballot box to re-elect this House.",
        due="2019-04-24 21:59:59",
        vague=False,
        said="2017-10-24 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC17,
        published="2017-10-24",
    ),
    # 'what we announce today', the announcing being done as spoken: due at the end of that day (CONVENTIONS 2.1) [local due 2017-10-24 23:59:59 CEST]
    B(
        text="There are no surprises in what we announce today.",
        due="2017-10-24 21:59:59",
        vague=False,
        said="2017-10-24 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC17,
        published="2017-10-24",
    ),
    # 'the decisive months to come' read as 'the coming months': vague, 3 months (the parser's documented window). unsure: a careful reader could give due None with no refusal word, a need rather than an undertaking [local due 2018-01-24 23:59:59 CET]
    B(
        text="We need to build on this in the decisive months to come.",
        due="2018-01-24 22:59:59",
        vague=True,
        said="2017-10-24 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC17,
        published="2017-10-24",
    ),
    # 'after 3 years', told as done: past
    B(
        text="And I think we have now established after 3 years quite a routine in doing this, and it's working well.",
        due=None,
        vague=False,
        said="2017-10-24 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC17,
        published="2017-10-24",
    ),
    # proposals delivered 'by May 2018': due at the end of the month; 'before the elections' hangs on an undated event and does not count [local due 2018-05-31 23:59:59 CEST]
    B(
        text="First, we set out a limited number of new proposals which we will deliver by May 2018 so that the legislative work here and in the Council can be finished before the elections.",
        due="2018-05-31 21:59:59",
        vague=False,
        said="2017-10-24 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC17,
        published="2017-10-24",
    ),
    # The White House (archived Obama White House page on the voluntary disclosure policy for visitor access records, on obamawhitehouse.archives.gov; a US federal work, public domain (17 U.S.C. 105)); zone America/New_York (EDT); the stored page prints no date: it is read on Friday 4 September 2009, the day the policy was announced (every date the page names is still ahead of that day), at 10:00 EDT. The first, third and fourth paragraphs hold no time word ('previously', 'a short time lag' are not times); the bulleted exceptions ('their daily arrival and departure') hold only general words and are not taken. a monthly release of records 90 to 120 days old: a standing schedule, recurring (CONVENTIONS 1.3)
    B(
        text="The White House will release, on a monthly basis, all previously unreleased WAVES and ACR access records that are 90 to 120 days old.",
        due=None,
        vague=False,
        said="2009-09-04 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_WH09,
        published="2009-09-04",
    ),
    # one dated release given as an example: due at the end of April 2010. unsure: a careful reader could give 'recurring', the sentence only illustrating the monthly rule [local due 2010-04-30 23:59:59 EDT]
    B(
        text="For example, records created in January 2010 will be released at the end of April 2010.",
        due="2010-05-01 03:59:59",
        vague=False,
        said="2009-09-04 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WH09,
        published="2009-09-04",
    ),
    # the first release 'at the end of the year, on or about December 31, 2009': due at the end of that day; 'after September 15' only bounds which records are covered [local due 2009-12-31 23:59:59 EST]
    B(
        text="The voluntary disclosure policy will apply to records created after September 15, 2009, and the first release of records (covering the month of September) will occur at the end of the year, on or about December 31, 2009.",
        due="2010-01-01 04:59:59",
        vague=False,
        said="2009-09-04 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_WH09,
        published="2009-09-04",
    ),
    # The White House (archived Obama White House listing page holding the 'Statement by the Press Secretary on Clinical Trial Results of a Promising Ebola Vaccine Candidate' and a 'This Day in History' item on Thanksgiving, on obamawhitehouse.archives.gov; a US federal work, public domain (17 U.S.C. 105)); zone America/New_York (EST); the stored page prints no date: it is read on Wednesday 26 November 2014, the day the first Phase 1 results were published and the Wednesday before 'next week, on Tuesday, December 2nd', at 10:00 EST. The statement's first two sentences hold no time word ('expedited' is not a time) and are not taken. quoted as printed ('saftey'); trials 'to follow shortly': vague, 60 days (CONVENTIONS 5.1). unsure: a careful reader could give due None with no refusal word, the trials being others' and told as an expectation, not undertaken by the speaker [local due 2015-01-25 23:59:59 EST]
    B(
        text="Today's news is another important milestone in that effort, and lays the groundwork for the critical clinical trials to follow shortly in Ebola-impacted countries to determine the saftey and efficacy of Ebola vaccine candidates on a larger scale.",
        due="2015-01-26 04:59:59",
        vague=True,
        said="2014-11-26 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_WH14,
        published="2014-11-26",
    ),
    # the visit 'next week, on Tuesday, December 2nd': due at the end of that day; the page's own reading day matters only for the year [local due 2014-12-02 23:59:59 EST]
    B(
        text="To congratulate the NIH team, mark this achievement, and discuss progress on other fronts of the fight against Ebola, President Obama will visit NIH next week, on Tuesday, December 2nd.",
        due="2014-12-03 04:59:59",
        vague=False,
        said="2014-11-26 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_WH14,
        published="2014-11-26",
    ),
    # the 'This Day in History' item on the same page; its heading and question 'When was Thanksgiving officially established ...?' hold no date and are not taken. 1789: past
    B(
        text="It all started on September 28, 1789, when the first Federal Congress asked President George Washington to declare a national day of thanksgiving.",
        due=None,
        vague=False,
        said="2014-11-26 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH14,
        published="2014-11-26",
    ),
    # a proclamation of 1789 naming 26 November of that year: past (a year-less date that refers back). The next sentence is cut off
    B(
        text="Just a few days later, George Washington issued a Presidential Proclamation declaring Thursday, November 26th as a national day of “public thanksgiving.”",
        due=None,
        vague=False,
        said="2014-11-26 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH14,
        published="2014-11-26",
    ),
    # Voice of America (VOA News, 'Obama Set to Host US-Africa Summit' by William Eagle, on voanews.com; a US federal work, public domain (17 U.S.C. 105)); zone America/New_York (EDT); the stored opening prints no date of its own: it is read on Saturday 2 August 2014, the date of the related video report on the page ('August 02, 2014 3:09 AM'), at 10:00 EDT (the summit that 'begin[s] August 4' is still ahead). The photograph caption is printed twice and taken once; 'Not invited are ...' and the sentences on the summit's agenda hold no time word ('the future' is general) and are not taken; the video caption is cut off. a photograph caption dated July 28, 2014, before the reading day: past
    B(
        text="President Barack Obama speaks to participants of the Presidential Summit for the Washington Fellowship for Young African Leaders in Washington, July 28, 2014.",
        due=None,
        vague=False,
        said="2014-08-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VO14,
        published="2014-08-02",
    ),
    # the Leaders Summit of 'Aug. 4-6', still ahead: a range, due at its later end (CONVENTIONS 6.1). unsure: a careful reader could give 'past', the caption telling of the lead-up event already held [local due 2014-08-06 23:59:59 EDT]
    B(
        text="The summit was the lead-up event to the inaugural U.S.-Africa Leaders Summit (Aug. 4-6), the largest gathering any U.S. president has held with African heads of state.",
        due="2014-08-07 03:59:59",
        vague=False,
        said="2014-08-02 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_VO14,
        published="2014-08-02",
    ),
    # a three-day summit beginning August 4: a window of a stated length from a given start, due at its end, the third day (CONVENTIONS 1.1) [local due 2014-08-06 23:59:59 EDT]
    B(
        text="President Obama will be welcoming more than 50 African leaders for a three-day U.S.-Africa summit to begin August 4 in Washington, D.C.",
        due="2014-08-07 03:59:59",
        vague=False,
        said="2014-08-02 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_VO14,
        published="2014-08-02",
    ),
    # Voice of America (VOA Breaking News blog, 'Egypt Set to Announce Election Results', on blogs.voanews.com; a US federal work, public domain (17 U.S.C. 105)); zone America/New_York (EST); the page prints 'Posted December 1st, 2011 at 9:15 am (UTC-5)': said Thursday 1 December 2011 09:15 EST. 'Egypt's al-Ahram newspaper says the announcement was delayed ...', the sentence on the Muslim Brotherhood and 'Egyptians will then cast ballots for the upper house.' hold no time word of their own and are not taken. results 'on Thursday', said on that Thursday: due at the end of the day, in the publisher's zone [local due 2011-12-01 23:59:59 EST]
    B(
        text="Egyptian election officials are expected to announce results on Thursday from the first round of voting in parliamentary elections.",
        due="2011-12-02 04:59:59",
        vague=False,
        said="2011-12-01 14:15:00",
        tz="America/New_York",
        cluster=6,
        source=_VO11,
        published="2011-12-01",
    ),
    # an expectation for a Wednesday already gone: past. unsure: a careful reader could give 'negated', the announcement due that day having been put off (CONVENTIONS 4.1)
    B(
        text="The results from Monday's and Tuesday's polling in Cairo, Alexandria and seven other provinces were expected Wednesday.",
        due=None,
        vague=False,
        said="2011-12-01 14:15:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VO11,
        published="2011-12-01",
    ),
    # 'since ... resigned in February': past
    B(
        text="The election for seats in parliament's lower house is Egypt's first voting since President Hosni Mubarak resigned in February.",
        due=None,
        vague=False,
        said="2011-12-01 14:15:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VO11,
        published="2011-12-01",
    ),
    # 'in the coming weeks': vague, 4 weeks (the parser's documented window) [local due 2011-12-29 23:59:59 EST]
    B(
        text="Voters in other provinces will cast ballots in two stages that will take place in the coming weeks.",
        due="2011-12-30 04:59:59",
        vague=True,
        said="2011-12-01 14:15:00",
        tz="America/New_York",
        cluster=4,
        source=_VO11,
        published="2011-12-01",
    ),
    # 'not ... until March': only a lower bound on the end of the process (CONVENTIONS 3.2) [local earliest 2012-03-01 00:00:00 EST]
    B(
        text="The process will not be over until March.",
        due=None,
        vague=False,
        said="2011-12-01 14:15:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2012-03-01 05:00:00",
        cluster=5,
        source=_VO11,
        published="2011-12-01",
    ),
    # 'Earlier this week', told as done: past
    B(
        text="Earlier this week, U.N. Secretary General Ban Ki-moon congratulated Egyptians for what he called their “enthusiastic participation at the ballot box.”",
        due=None,
        vague=False,
        said="2011-12-01 14:15:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VO11,
        published="2011-12-01",
    ),
    # US Department of State (Notice to the Press of the Office of the Spokesperson, 'Global Coalition To Defeat ISIS Small Group Meeting', 'Washington, DC, July 10, 2017', as carried by government-world.com; a US federal work, public domain (17 U.S.C. 105)); zone America/New_York (EDT); no hour given, said Monday 10 July 2017 10:00 EDT. The sentences on the speaker and the Small Group, the lines 'Pre-set time for cameras: 8:15 a.m. ...' and 'Final access time ...: 9:30 a.m. ...' (timetable lines, not sentences), the accreditation and contact sentences and the next item's heading are not taken. the Small Group meets on July 13: due at the end of that day (CONVENTIONS 3.1) [local due 2017-07-13 23:59:59 EDT]
    B(
        text="On July 13, the Small Group of the Global Coalition to Defeat ISIS will meet to synthesize this week’s Coalition meetings and discuss priorities to build on the progress in Mosul and Raqqa to set ISIS on an irreversible and lasting path to defeat across the globe.",
        due="2017-07-14 03:59:59",
        vague=False,
        said="2017-07-10 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SD17,
        published="2017-07-10",
    ),
    # meetings held 'this week', said on a Monday: due at the end of Sunday 16 July; July 5 is the date of a note already released. unsure: a careful reader could give due None with no refusal word, the sentence only reporting that the meetings exist [local due 2017-07-16 23:59:59 EDT]
    B(
        text="As indicated in the Media Note released on July 5, there are additional Coalition meetings this week.",
        due="2017-07-17 03:59:59",
        vague=False,
        said="2017-07-10 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SD17,
        published="2017-07-10",
    ),
    # quoted as printed (a comma after '13'); the remarks on July 13: due at the end of that day. unsure: a careful reader could give due None with no refusal word, the sentence setting press access rather than dating an act [local due 2017-07-13 23:59:59 EDT]
    B(
        text="Only the opening remarks on July 13, are open to the press.",
        due="2017-07-14 03:59:59",
        vague=False,
        said="2017-07-10 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SD17,
        published="2017-07-10",
    ),
    # clock times with no day in the sentence: a schedule due at its later time, 10:00 a.m., at its first occurrence after the moment of speaking (CONVENTIONS 6.1, 6.3); said at 10:00 exactly, that is the next day's. Page: 13 July 10:00 EDT. unsure: a careful reader could give 10 July 10:00 EDT, the moment of speaking itself [local due 2017-07-11 10:00:00 EDT]
    B(
        text="Remarks will begin promptly at 9:45 a.m. and will conclude at approximately 10:00 a.m. when press will be escorted from the room.",
        due="2017-07-11 14:00:00",
        vague=False,
        said="2017-07-10 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_SD17,
        published="2017-07-10",
    ),
    # 'at the end of the day' with no day in the sentence: read on the day of speaking, as CONVENTIONS 6.3 reads a bare clock time; page: 13 July 23:59:59 EDT [local due 2017-07-10 23:59:59 EDT]
    B(
        text="SPE McGurk will also hold a press briefing at the end of the day in the Department briefing room.",
        due="2017-07-11 03:59:59",
        vague=False,
        said="2017-07-10 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SD17,
        published="2017-07-10",
    ),
    # details provided on July 13: due at the end of that day [local due 2017-07-13 23:59:59 EDT]
    B(
        text="More details on that briefing will be provided on July 13.",
        due="2017-07-14 03:59:59",
        vague=False,
        said="2017-07-10 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SD17,
        published="2017-07-10",
    ),
    # New Zealand Department of Conservation (media release 'Great Walks bookings open this week', dated '11 June 2019', as carried by Scoop; Crown copyright, licensed by the Department of Conservation under Creative Commons Attribution 4.0 International, as stated on DOC's own 'copyright and terms' page (doc.govt.nz/our-work/monitoring-reporting/request-monitoring-data/copyright-and-terms); a copy on a carrying site under the publisher's licence); zone Pacific/Auckland (NZST); no hour given, said Tuesday 11 June 2019 10:00 NZST. 'This includes bookings for the new Paparoa Track.', the description of the walks ('multi-day' is no time), the quotes without a time word and 'This means ... over peak times ...' ('peak times' names no time) are not taken; the last sentence is cut off. the booking openings, one-off events spread 'over several days this week' from 'today': due at the end of the week, Sunday 16 June (CONVENTIONS 3.1, 6.1). unsure: a careful reader could give 'earliest' on 11 June, reading the bookings as an offer merely open from today (CONVENTIONS 3.2); '2019/20' names the season booked, not a deadline [local due 2019-06-16 23:59:59 NZST]
    B(
        text="Great Walks 2019/20 bookings open over several days this week, starting with Heaphy and Milford tracks today.",
        due="2019-06-16 11:59:59",
        vague=False,
        said="2019-06-10 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOC0611,
        published="2019-06-11",
    ),
    # quoted with its opening quotation mark; the new track opens on 1 December 2019, a one-off opening: due at the end of that day (CONVENTIONS 3.1) [local due 2019-12-01 23:59:59 NZDT]
    B(
        text="“New Zealand’s 10th Great Walk, the stunning Paparoa Track, opens on 1 December 2019.",
        due="2019-12-01 10:59:59",
        vague=False,
        said="2019-06-10 22:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC0611,
        published="2019-06-11",
    ),
    # bookings open to the public 'from Wednesday this week': an offer open from a day, only a start (CONVENTIONS 3.2) [local earliest 2019-06-12 00:00:00 NZST]
    B(
        text="The Paparoa Track has been designed to be used by both mountain bikers and walkers and you can secure your place on this brand-new experience from Wednesday this week,” says Department of Conservation (DOC) Heritage and Visitors Director Steve Taylor.",
        due=None,
        vague=False,
        said="2019-06-10 22:00:00",
        tz="Pacific/Auckland",
        refusal="earliest",
        earliest="2019-06-11 12:00:00",
        cluster=5,
        source=_DOC0611,
        published="2019-06-11",
    ),
    # 'since 2012', told as done: past
    B(
        text="International visitor growth and promotion of the Great Walks through DOC’s partnership with Air New Zealand has led to Great Walk bookings greatly increasing since 2012.",
        due=None,
        vague=False,
        said="2019-06-10 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC0611,
        published="2019-06-11",
    ),
    # figures of the season just ended against the one before: past
    B(
        text="When compared to the previous summer walking season (October to April), overall DOC-managed Great Walks bed nights are down 5% this season.",
        due=None,
        vague=False,
        said="2019-06-10 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC0611,
        published="2019-06-11",
    ),
    # figures against 'last year': past
    B(
        text="With a differential pricing trial in place on four of the Great Walks, there has been an increase in walkers who are ordinarily resident in New Zealand (up 27 % on last year) and their children (up 13 %).",
        due=None,
        vague=False,
        said="2019-06-10 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC0611,
        published="2019-06-11",
    ),
    # New Zealand Department of Conservation (media release 'Great Walks opening day booking results', 'Tuesday, 18 June 2019, 11:18 am, Press Release: Department of Conservation', as carried by Scoop; Crown copyright, licensed by the Department of Conservation under Creative Commons Attribution 4.0 International, as stated on DOC's own 'copyright and terms' page (doc.govt.nz/our-work/monitoring-reporting/request-monitoring-data/copyright-and-terms); a copy on a carrying site under the publisher's licence); zone Pacific/Auckland (NZST); the page gives the hour: said Tuesday 18 June 2019 11:18 NZST. The quotes without a time word ('The Great Walks are the rock stars ...', 'It’s good to see ...') and the booking address line are not taken. bookings opened on 11 June and counted a week on: past
    B(
        text="A week since Great Walk 2019/20 bookings opened (on 11 June 2019) 9000 bookings have been made says the Department of Conservation (DOC).",
        due=None,
        vague=False,
        said="2019-06-17 23:18:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC0618,
        published="2019-06-18",
    ),
    # figures that 'will change over the coming year' undertake nothing, and the rest compares with last year: due None with no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 'past' for the figures reported
    B(
        text="“While these figures will change over the coming year, bookings are up 10% on this time last year and bookings by New Zealanders also up by 10%, making up about 70% of bookings so far,” says DOC Heritage and Visitors Director Steve Taylor.",
        due=None,
        vague=False,
        said="2019-06-17 23:18:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC0618,
        published="2019-06-18",
    ),
    # the first day of bookings, gone: past
    B(
        text="The Paparoa Track had 564 bookings in the first day of bookings opening, 91% of which were made by New Zealanders.",
        due=None,
        vague=False,
        said="2019-06-17 23:18:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC0618,
        published="2019-06-18",
    ),
    # the track opens on 1 December (its next occurrence): a one-off opening, due at the end of that day (CONVENTIONS 3.1) [local due 2019-12-01 23:59:59 NZDT]
    B(
        text="The track opens to walkers and bikers on 1 December and is already becoming pretty full for those first opening months,” says Steve Taylor.",
        due="2019-12-01 10:59:59",
        vague=False,
        said="2019-06-17 23:18:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC0618,
        published="2019-06-18",
    ),
    # first-day bookings against last year: past
    B(
        text="“Another notable result is, while there was a 9% decrease in first day bookings on our most famous Great Walk, the Milford Track, there was a significant rise in bookings on lesser known gems, the Rakiura Track (up a whopping 129% on last year), Whanganui River Journey (up 83%) and Heaphy Track (up 46%).”",
        due=None,
        vague=False,
        said="2019-06-17 23:18:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC0618,
        published="2019-06-18",
    ),
    # the first day, gone: past
    B(
        text="Milford Track received 2000 bookings in the first day and is currently 80% booked up.",
        due=None,
        vague=False,
        said="2019-06-17 23:18:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC0618,
        published="2019-06-18",
    ),
)
