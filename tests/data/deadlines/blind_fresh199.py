"""A HUNDRED-AND-NINETY-NINTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 18:32 and 18:40 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l199-s66) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 66 (fresh200 to fresh203, articles blind154 and blind155), whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh198.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of
`bot/core/deadlines/` was opened. The brief asked for less-mined publishers (historic Hansard Commons and
Lords debates of 1960 to 1990 other than business statements, archived White House statements and
proclamations, VOA, US Treasury, IRS and NRC notices, kremlin.ru under CC BY 4.0, European Commission speeches
and statements), open licences only, at least eight publishers, none above a fifth, at most a third from the
United States, a spread of genres, about 80 cases (at least 60).

The set quotes UK Parliament (Lords Hansard of 26 January 1967, in committee on the London Government Bill;
Commons Hansard of 6 March 1979, oral questions to the Prime Minister, and of 27 July 1983, points of order on
the rating White Paper), the Houses of the Oireachtas (Dáil second-stage debates on the Finance Bills of 21
April 1988, 19 April 1989 and 1 May 1990), Statistics Canada (The Daily of 26 October 2007, 6 February 2009
and the Labour Force Survey release of 7 November 2008), the European Commission (First Vice-President
Timmermans' speech presenting the 2016 Work Programme, 27 October 2015), the White House (a notice continuing
a national emergency, 7 November 2014, and a nominations release of 27 July 2017, as carried), the Voice of
America (two weekly programming-highlight pages of June and July 2022 and a 2014 press-release list), the US
Department of the Treasury (a press release of 24 January 2002 on the quarterly refunding announcement) and
the Department for Environment, Food and Rural Affairs (a press release of 20 February 2023, as carried).
69 cases from 8 publishers: UK Parliament 13 (18.8%); the Oireachtas 13 (18.8%); Statistics Canada 13
(18.8%); the White House 9 (13.0%); the Voice of America 7 (10.1%); the European Commission 7 (10.1%); the US
Treasury 4 (5.8%); DEFRA 3 (4.3%). 20 of the 69 (29.0%) are from the United States (White House, VOA,
Treasury); 49 are not. Genres: parliamentary committee and second-stage debates, oral questions, points of
order, a statistics office's daily release bulletin and a labour-force release, a commissioner's speech to a
parliament, a presidential notice, a nominations list, a broadcaster's programme highlights and press-release
list, a Treasury media notice and a departmental press release.

The store is heavily mined: of about 60 addresses and phrases checked with `fresh_check.py`, about half read
used (most europa.eu speeches and Daily News pages of 2012 and 2019 and their carriers, Treasury travel
advisories, Lords debates on the Address of 1967 and 1968, a Commons oral answer of 1968 and two Commons
committee pages of 1979 and 1980, NRC and IRS pages, several StatCan release schedules and home pages). No
kremlin.ru page with its licence statement seen and no IRS or NRC page of their own was found fresh in the
time. Each page's cases share one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh199`) but not used: the Lords third reading of 3 April 1984
(https://api.parliament.uk/historic-hansard/lords/1984/apr/03/chronically-sick-and-disabled-persons/division_1)
and the Dáil committee stage of 27 March 1990 (https://www.oireachtas.ie/en/debates/debate/dail/1990-03-27/24/),
whose stored openings hold no sentence with a time word; the Dáil committee stage of 22 May 1975
(https://www.oireachtas.ie/ga/debates/debate/dail/1975-05-22/42/member-speech/Frank-Carter.D.1951-06-13/), the
Seanad second stage of 17 May 1988 (https://www.oireachtas.ie/en/debates/debate/seanad/1988-05-17/4/?highlight%5B0%5D=lovely),
the Commons oral questions of 8 March 1979
(https://api.parliament.uk/historic-hansard/commons/1979/mar/08/prime-minister-engagements) and The Daily of 8
July 2005 (http://www.statcan.gc.ca/daily-quotidien/050708/tdq050708-eng.htm), all fresh, left out so that no
publisher passes a fifth of the set; the VOA events page kept by archive.org.ua
(http://archive.org.ua/archive/2016-09-24/insidevoa.com/z/1902/pc7.html?tab=None) and two White House listing
pages (https://obamawhitehouse.archives.gov/taxonomy/term/16/media_affairs%40who.eop.gov?page=216 and
https://obamawhitehouse.archives.gov/taxonomy/term/16?page=159), because they print no date of publication for
the items that hold time words. Within the pages kept: sentences without a time word; sentences whose only
time words are general ("now", "to-day" meaning the present, "then", "currently", "eventually", "weekly", "a
long time", "the short time involved", "times a year", the length "hour-long") or whose only year names an Act;
titles, headings, item titles, lists of documents without a verb, date lines, signature lines, carriers' date
lines, motion texts, and sentences cut off where the stored text ends or broken by a lost web address. One
sentence of the 2014 VOA list page was labelled and then dropped before the commit because the whole-sentence
check read it used.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, a decade, "today", "tomorrow", "this morning", "lunchtime", "this week", "last
week", "next year", "last year", "this year", "so far this year", "the end of the month", "a moment ago", "the
last two years", "for the next two weeks", "approximately 25 minutes", "a term of five years"); within each
page quoted, the sentences of the stored text that hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh199`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date and
the publisher's zone (Europe/London for UK Parliament and DEFRA, Europe/Dublin for the Oireachtas,
Europe/Brussels for the European Commission, America/Toronto for Statistics Canada, America/New_York for the
White House, VOA and the Treasury); the conversion of local instants to UTC wall time and the weekdays were
done with Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the
project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh198.py`: the publication date at 10:00 local time unless the page gives the hour (five do: the
Lords page, '4.2 p.m.'; the two issues of The Daily, 'Released at 8:30 a.m. Eastern time'; the VOA list page,
'September 18, 2014 Washington DC 7:43 PM', for its undated items; the feed carrying the nominations,
'4:08pm'); the first comment of each page says where its date was read. A day falls due at 23:59:59 local; a
one-off event at a time due then (CONVENTIONS 3.1); several clock times at the latest (CONVENTIONS 6.1); a
clock time with no day of its own in the sentence at its first occurrence after speaking, with the page's
instant in the comment (CONVENTIONS 6.3); "before the end of <period>" at the period's end (CONVENTIONS 3.5);
a time given to a promised act that is reported keeps its own time (CONVENTIONS 2.2); a plan told modestly
("I hope that we shall be able") stays dated (CONVENTIONS 4.3); questions and requests about a time are due
None with no refusal word (CONVENTIONS 4.3); a time limit given to a named speaker from now runs from the
moment of speaking (CONVENTIONS 1.2); a window from now or from a dated start falls due at its end
(CONVENTIONS 1.1); terms hung on an undated appointment are event (CONVENTIONS 1.3); a standing practice is
recurring (CONVENTIONS 1.3); done acts past, the perfect with "today" included (CONVENTIONS 2.4); "today" on
an act in the present is due that day (CONVENTIONS 2.1). Clusters as in `blind_fresh198.py`: 1 no time set, 2
clock times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and
dates. 45 labels are refusals (past 40, event 4, recurring 1; no negated or earliest); none is vague; 18 labels
carry a due instant; 6 have due None without a refusal word (questions, requests and a sentence that
undertakes nothing); 19 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after merging, and
records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HL67 = "https://api.parliament.uk/historic-hansard/lords/1967/jan/26/london-government-bill-1"
_HC79 = "https://api.parliament.uk/historic-hansard/commons/1979/mar/06/prime-minister-engagements"
_HC83 = "https://api.parliament.uk/historic-hansard/commons/1983/jul/27/rating-reform"
_DAIL88 = "https://www.oireachtas.ie/en/debates/debate/dail/1988-04-21/17/"
_DAIL89 = "https://www.oireachtas.ie/en/debates/debate/dail/1989-04-19/26/"
_DAIL90 = "https://www.oireachtas.ie/en/debates/debate/dail/1990-05-01/27/"
_EC15 = "http://europa.eu/rapid/press-release_SPEECH-15-5936_en.htm?locale=en"
_SCD07 = "https://www150.statcan.gc.ca/daily-quotidien/071026/tdq071026-eng.htm"
_SCD09 = "http://www.statcan.gc.ca/daily-quotidien/090206/tdq090206-eng.htm"
_SCD08 = "https://www150.statcan.gc.ca/n1/daily-quotidien/081107/dq081107a-eng.htm"
_DEFRA23 = "https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/36"
_UST02 = "https://webarchive.library.unt.edu/eot2008/20080917084957/http://ustreas.gov/press/releases/po946.htm"
_VOA22A = "https://www.insidevoa.com/a/6678947.html"
_VOA22B = "https://www.insidevoa.com/a/6647989.html"
_VOA14 = "http://www.insidevoa.com/archive/media-relations-press-releases/latest/1502/1503.html"
_WH14 = "https://obamawhitehouse.archives.gov/taxonomy/term/16/media_affairs%40who.eop.gov?page=252"
_WH17 = "http://berkleydems.org/aggregator/categories/4"

FRESH199_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (House of Lords Hansard, HL Deb 26 January 1967 vol 279 cc692-707, London Government Bill, House again in Committee, on api.parliament.uk historic Hansard; Open Parliament Licence); zone Europe/London (GMT); the page gives the hour of the sitting's part, '4.2 p.m.': said Thursday 26 January 1967 16:02 GMT. The sentence whose only time word is 'to-day' (the law as it now stands) and the one whose only one is 'then' are not taken. a preference expressed when the 1963 Act was before the House, told of the past: past
    B(
        text="The noble Lord mentioned his attitude when what is known as the London Government Act 1963 was before your Lordships' House, and he explained his preference, which he then expressed, that elections in the boroughs and the election of the larger body should not take place in the same year.",
        due=None,
        vague=False,
        said="1967-01-26 16:02:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL67,
        published="1967-01-26",
    ),
    # polls 'this year or next year' weighed as alternatives in an argument, nothing undertaken for either year (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give 31 December 1968, end of day (the later of the years named, CONVENTIONS 6.2)
    B(
        text="May I say, in passing, to the noble Lord, Lord Lindgren, that whether or not a high proportion of the electors will go to the polls either this year or next year, or whether the proportion next year will be greater than it would have been this year, has absolutely nothing whatever to do with the subject before the Committee.",
        due=None,
        vague=False,
        said="1967-01-26 16:02:00",
        tz="Europe/London",
        cluster=1,
        source=_HL67,
        published="1967-01-26",
    ),
    # UK Parliament (House of Commons Hansard, HC Deb 06 March 1979 vol 963 cc1088-90, oral question 'Prime Minister (Engagements)', on api.parliament.uk historic Hansard; Open Parliament Licence); zone Europe/London (GMT); the page gives the date and no hour: said Tuesday 6 March 1979 10:00 GMT. Sentences without a time word, 'Yes.' and the last, cut off, are not taken. a question asking the Prime Minister to list the day's engagements: a question about a time, nothing undertaken (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="asked the Prime Minister if he will list his official engagements for Tuesday 6 March.",
        due=None,
        vague=False,
        said="1979-03-06 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC79,
        published="1979-03-06",
    ),
    # a meeting held this morning, told as done: past
    B(
        text="This morning I met the Japanese import promotion mission.",
        due=None,
        vague=False,
        said="1979-03-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC79,
        published="1979-03-06",
    ),
    # a question; 'later on in the day' is when the Prime Minister is asked to bear something in mind, and the referendum last week is past (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="Later on in the day, when the Prime Minister comes round to thinking about the votes that took place in Scotland and Wales in the referendum last week, will he bear in mind that the people of the country are now anxiously awaiting the announcement of the date on which the repeal orders to the Scotland and Wales Acts will be introduced?",
        due=None,
        vague=False,
        said="1979-03-06 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC79,
        published="1979-03-06",
    ),
    # a request that the Prime Minister act today, put as a question (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="Will my right hon. Friend find the opportunity today to convey appreciation to the Soviet Union for its restraint and responsibility during the conflict between China and Vietnam?",
        due=None,
        vague=False,
        said="1979-03-06 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC79,
        published="1979-03-06",
    ),
    # a question whether the orders will be laid and decided 'before the end of the month' (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="Since the Prime Minister accepts that the Government have a duty under the Scotland and Wales Acts to lay draft orders, will he say whether those will be laid and the House given the time to debate them and to reach a decision upon them before the end of the month?",
        due=None,
        vague=False,
        said="1979-03-06 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC79,
        published="1979-03-06",
    ),
    # UK Parliament (House of Commons Hansard, HC Deb 27 July 1983, 'Rating Reform', points of order, on api.parliament.uk historic Hansard; Open Parliament Licence); zone Europe/London (BST); the page gives the date and no hour: said Wednesday 27 July 1983 10:00 BST. Speaker's calls, sentences without a time word, the one whose only time word is 'now', the lead-in 'In the debate on the Address, I said:' and the last, cut off, are not taken. a point of order raised earlier that afternoon, told as done: past
    B(
        text="I raised a point of order immediately after Question Time and in deference to what you said, Mr. Speaker, about the wish of hon. Members to question Ministers on the various statements that have just been made, I did not pursue the matter.",
        due=None,
        vague=False,
        said="1983-07-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC83,
        published="1983-07-27",
    ),
    # the White Paper the Secretary of State said on 6 July 'would be published towards the end of this month': the time given to the act, not to the saying (CONVENTIONS 2.2), late July, the month's last third, due at its end: 31 July 1983, end of day (BST). unsure: a careful reader could give negated ('why they are not publishing', the publication called off, CONVENTIONS 4.1), or read the recess of 'three months' as the time
    B(
        text="We are about to go away for three months, but the Government have not yet satisfied the House on why they are not publishing the White Paper on the rating system, which on 6 July the Secretary of State for the Environment specifically said would be published towards the end of this month.",
        due="1983-07-31 22:59:59",
        vague=False,
        said="1983-07-27 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC83,
        published="1983-07-27",
    ),
    # statements of 23 June and 6 July, told of the past: past
    B(
        text="He has since made a statement referring the House to a statement that he made on 23 June, but presumably a 6 July statement supersedes a 23 June statement.",
        due=None,
        vague=False,
        said="1983-07-27 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC83,
        published="1983-07-27",
    ),
    # the promise told as made 'on that occasion': its own time counts (CONVENTIONS 2.2); 'before the end of this month' and 'before the end of this week' both end on Sunday 31 July 1983 (CONVENTIONS 3.5; weeks run Monday to Sunday): end of day (BST)
    B(
        text="On that occasion he was quite specific that he would publish the White Paper before the end of this month—in other words, before the end of this week.",
        due="1983-07-31 22:59:59",
        vague=False,
        said="1983-07-27 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HC83,
        published="1983-07-27",
    ),
    # an undertaking told as given, with its own time 'this week' (CONVENTIONS 2.2): the week ends on Sunday 31 July 1983, end of day (BST)
    B(
        text="The Secretary of State undertook to publish a White Paper this week.",
        due="1983-07-31 22:59:59",
        vague=False,
        said="1983-07-27 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC83,
        published="1983-07-27",
    ),
    # the Secretary of State quotes his own words in the debate on the Address; the plan, told modestly, stays dated (CONVENTIONS 4.3), 'before the end of July' at the month's end (CONVENTIONS 3.5): 31 July 1983, end of day (BST). unsure: a careful reader could give past (a quotation of words said weeks before, read out as what was said then)
    B(
        text="I hope that we shall be able to do that before the end of July.",
        due="1983-07-31 22:59:59",
        vague=False,
        said="1983-07-27 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC83,
        published="1983-07-27",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Thursday 21 April 1988, Vol. 379 No. 8, Finance Bill, 1988: Second Stage (Resumed), on oireachtas.ie; CC BY 4.0); zone Europe/Dublin (IST); the page gives the date and no hour of its own: said Thursday 21 April 1988 10:00 IST. The motion text, sentences without a time word and the one whose only time words are 'the short time involved' are not taken. the Chair's concern whenever an item ends minutes early, a standing practice (CONVENTIONS 1.3): recurring. unsure: a careful reader could give due None with no refusal word (a worry stated, nothing set to happen)
    B(
        text="When we conclude one item a little prematurely, even by two or two-and-a-half minutes, the Chair is concerned that any Deputy might be disadvantaged by our commencing the next business that bit earlier.",
        due=None,
        vague=False,
        said="1988-04-21 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL88,
        published="1988-04-21",
    ),
    # what the Whip said 'a moment ago', told of the past: past
    B(
        text="I do not want in any way to appear to be a spokesman for Deputy Higgins but I understood from the Whip a moment ago that Deputy Higgins regarded himself as having finished.",
        due=None,
        vague=False,
        said="1988-04-21 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL88,
        published="1988-04-21",
    ),
    # the debate resumes at 3.45 p.m., a clock time with no day of its own: the first such time after the moment of speaking (CONVENTIONS 6.3, 3.1): 21 April 1988 15:45 IST (page: the same instant, the Chair speaking at 3.45 p.m.). unsure: a careful reader could give due None (it tells the present hour, nothing left to fall due)
    B(
        text="The Chair is happier now because it is time for the resumption of the debate — 3.45 p.m.",
        due="1988-04-21 14:45:00",
        vague=False,
        said="1988-04-21 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL88,
        published="1988-04-21",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Wednesday 19 April 1989, Vol. 388 No. 9, Finance Bill, 1989: Second Stage (Resumed), on oireachtas.ie; CC BY 4.0); zone Europe/Dublin (IST); the page gives the date and no hour: said Wednesday 19 April 1989 10:00 IST. The motion text, sentences without a time word and those whose only time word is 'now' are not taken. a speech made before lunchtime, told of the past: past
    B(
        text="Just before lunchtime Deputy Mac Giolla had various things to say about the Finance Bill.",
        due=None,
        vague=False,
        said="1989-04-19 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL89,
        published="1989-04-19",
    ),
    # an effort over the last two years, told of the past: past
    B(
        text="He acknowledged that an effort had been made by the Government over the last two years to collect the outstanding tax.",
        due=None,
        vague=False,
        said="1989-04-19 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL89,
        published="1989-04-19",
    ),
    # a report issued last week: past
    B(
        text="I would not agree with what the Deputy had to say because a report issued last week proved that the differential between prices in Belfast and Dublin has now all but gone.",
        due=None,
        vague=False,
        said="1989-04-19 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL89,
        published="1989-04-19",
    ),
    # the early and mid eighties, told of the past: past
    B(
        text="As a Border Deputy from the town of Dundalk this was an issue that affected my town particularly in the early and mid eighties when there were huge differentials between prices in Dundalk and Newry.",
        due=None,
        vague=False,
        said="1989-04-19 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL89,
        published="1989-04-19",
    ),
    # measures since February 1987, told as done: past
    B(
        text="The fact is that as a result of the economic measures taken by the Government since they came into office in February, 1987 the situation regarding the price differential where the public are going into shops and buying goods has all but evaporated.",
        due=None,
        vague=False,
        said="1989-04-19 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL89,
        published="1989-04-19",
    ),
    # the Coalition years, told of the past: past
    B(
        text="The fact is that during the Coalition years, we had the black hole phenomenon.",
        due=None,
        vague=False,
        said="1989-04-19 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL89,
        published="1989-04-19",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Tuesday 1 May 1990, Vol. 398 No. 1, Private Members' Business, Finance Bill, 1990: Second Stage (Resumed), on oireachtas.ie; CC BY 4.0); zone Europe/Dublin (IST); the page gives the date and no hour: said Tuesday 1 May 1990 10:00 IST. The motion text, sentences without a time word, the one whose only time word is 'eventually' and the last, cut off, are not taken. a time limit given to a named speaker from now (CONVENTIONS 1.2), minutes counted exactly: 1 May 1990 10:25 IST
    B(
        text="Deputy Callely was in possession and he has approximately 25 minutes.",
        due="1990-05-01 09:25:00",
        vague=False,
        said="1990-05-01 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL90,
        published="1990-05-01",
    ),
    # what he said earlier: 1986 is past, and the borrowing 'in 1990 it would be £449 million' is given its own year (CONVENTIONS 2.2): the year's end, 31 December 1990, end of day (GMT). unsure: a careful reader could give past (a report of his own earlier words) or due None (a forecast of a figure, no act undertaken)
    B(
        text="I said that in 1986 the Exchequer borrowing requirement was £2,145 million but that in 1990 it would be £449 million.",
        due="1990-12-31 23:59:59",
        vague=False,
        said="1990-05-01 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL90,
        published="1990-05-01",
    ),
    # the last number of years, told of the past: past
    B(
        text="Given the financial position over the last number of years, the great reduction in the Exchequer borrowing requirement is like music to the ears of some people, as they feel now that we have it under control and that we should reduce the level of taxation.",
        due=None,
        vague=False,
        said="1990-05-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL90,
        published="1990-05-01",
    ),
    # last year's borrowing and 40 years before it: past
    B(
        text="While acknowledging that our Exchequer borrowing requirement is under control we cannot forget that, last year, Government borrowing was the lowest in 40 years.",
        due=None,
        vague=False,
        said="1990-05-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL90,
        published="1990-05-01",
    ),
    # European Commission (speech 'Presentation of the 2016 Commission Work Programme to the European Parliament Plenary by First Vice-President Frans Timmermans', Strasbourg, 27 October 2015, SPEECH/15/5936 on europa.eu/rapid; reuse under Commission Decision 2011/833/EU); zone Europe/Brussels (CET); the page gives the date and no hour: said Tuesday 27 October 2015 10:00 CET. Headings, sentences without a time word and the last, cut off, are not taken. 'this year' names the programme's year; nothing is undertaken in the sentence: due None, no refusal word
    B(
        text="The motto of our Work Programme for this year is 'no time for business as usual'.",
        due=None,
        vague=False,
        said="2015-10-27 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC15,
        published="2015-10-27",
    ),
    # this morning's debate, held before the speech: past
    B(
        text="And anybody in this room who has followed this morning's debate will agree that this is no time for business as usual.",
        due=None,
        vague=False,
        said="2015-10-27 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC15,
        published="2015-10-27",
    ),
    # 'today the Commission commits': a day word on the act as it is spoken, in the present (CONVENTIONS 2.1): 27 October 2015, end of day (CET). unsure: a careful reader could give due None (the commitment is made by the words; the proposals it promises have no time)
    B(
        text="This is why today the Commission commits to making bold, focused and pragmatic proposals to allow us to overcome our common challenges and emerge stronger in a spirit of European solidarity and responsibility.",
        due="2015-10-27 22:59:59",
        vague=False,
        said="2015-10-27 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC15,
        published="2015-10-27",
    ),
    # what was said last year: past
    B(
        text="Last year we said we would do different things and do things differently.",
        due=None,
        vague=False,
        said="2015-10-27 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC15,
        published="2015-10-27",
    ),
    # a presentation tomorrow (CONVENTIONS 3.1): 28 October 2015, end of day (CET)
    B(
        text="Tomorrow we will present the Single Market Strategy.",
        due="2015-10-28 22:59:59",
        vague=False,
        said="2015-10-27 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC15,
        published="2015-10-27",
    ),
    # 'still this year': within the current year, due at its end: 31 December 2015, end of day (CET)
    B(
        text="Still this year, we will complete the picture with our plans for a sustainable Circular Economy, Labour Mobility and better management of our external borders.",
        due="2015-12-31 22:59:59",
        vague=False,
        said="2015-10-27 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC15,
        published="2015-10-27",
    ),
    # a programme 'adopted today', a participle of an act done: past. unsure: a careful reader could give 27 October 2015, end of day (a day word on the act, CONVENTIONS 2.1)
    B(
        text="The Work Programme the Commission adopted today – and its 23 key initiatives – is focussed on implementing these strategies.",
        due=None,
        vague=False,
        said="2015-10-27 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC15,
        published="2015-10-27",
    ),
    # Statistics Canada (The Daily, Friday, October 26, 2007, on www150.statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EDT); the page prints 'Released at 8:30 a.m. Eastern time': said 26 October 2007 08:30 EDT. Titles of releases, the archive notice and the 'Upcoming releases' link are not taken. optimism that waned in the last two quarters, told of the past (the outlook to the last three months of 2007 is what manufacturers looked at, not a time set): past
    B(
        text="Manufacturers' optimism in the last two quarters waned as they looked ahead to the final three months of 2007.",
        due=None,
        vague=False,
        said="2007-10-26 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD07,
        published="2007-10-26",
    ),
    # the October survey's answers, told of the past: past
    B(
        text="According to the October Business Conditions Survey, manufacturers indicated heightened dissatisfaction with the level of orders received, while production prospects weakened.",
        due=None,
        vague=False,
        said="2007-10-26 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD07,
        published="2007-10-26",
    ),
    # since the 1970s, told of the past: past
    B(
        text="Since successful breeding efforts in the 1970s made it possible to grow soybeans beyond southern Ontario, soybean area has increased eightfold, and this crop has become an economic success for farmers.",
        due=None,
        vague=False,
        said="2007-10-26 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD07,
        published="2007-10-26",
    ),
    # today's release, made as the bulletin is issued (CONVENTIONS 2.1): 26 October 2007, end of day (EDT). unsure: a careful reader could give past (released at 8:30 with the bulletin, done as it is read) or due None (a description of a publication)
    B(
        text="Today's inaugural release from the 2006 edition of Canadian Agriculture at a Glance reviews the progress of this crop.",
        due="2007-10-27 03:59:59",
        vague=False,
        said="2007-10-26 12:30:00",
        tz="America/Toronto",
        cluster=6,
        source=_SCD07,
        published="2007-10-26",
    ),
    # Statistics Canada (The Daily, Friday, February 6, 2009, on statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EST); the page prints 'Released at 8:30 a.m. Eastern time': said 6 February 2009 08:30 EST. Titles of releases and the 'Upcoming releases' link are not taken. January's employment, told of the past: past
    B(
        text="Employment fell by 129,000 in January (-0.8%), almost all in full time, pushing the unemployment rate up 0.6 percentage points to 7.2%.",
        due=None,
        vague=False,
        said="2009-02-06 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD09,
        published="2009-02-06",
    ),
    # the downturns of the 1980s and 1990s: past
    B(
        text="This drop in employment exceeds any monthly decline during the previous economic downturns of the 1980s and 1990s.",
        due=None,
        vague=False,
        said="2009-02-06 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD09,
        published="2009-02-06",
    ),
    # Statistics Canada (The Daily, Labour Force Survey, October 2008, Friday, November 7, 2008, on www150.statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EST); the page gives the date and no hour: said 7 November 2008 10:00 EST. Titles, the chart line, sentences without a time word and the notes to readers without one are not taken. October and the month before, told of the past: past
    B(
        text="Following a large gain the month before, employment was little changed in October as an increase in full-time work was mostly offset by losses in part time.",
        due=None,
        vague=False,
        said="2008-11-07 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD08,
        published="2008-11-07",
    ),
    # since the beginning of 2008, told as done: past
    B(
        text="Since the beginning of 2008, employment has increased 1.2% (+203,000), with gains in both full and part time.",
        due=None,
        vague=False,
        said="2008-11-07 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD08,
        published="2008-11-07",
    ),
    # the same period of 2007: past
    B(
        text="Employment rose by 2.0% (+338,000) over the same period of 2007, most of which was full time.",
        due=None,
        vague=False,
        said="2008-11-07 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD08,
        published="2008-11-07",
    ),
    # October: past
    B(
        text="In October, employment increased in Alberta, where the unemployment rate remained the lowest in the country, at 3.7%.",
        due=None,
        vague=False,
        said="2008-11-07 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD08,
        published="2008-11-07",
    ),
    # October: past
    B(
        text="Strong employment growth in public administration in October was spurred by hiring for the federal election.",
        due=None,
        vague=False,
        said="2008-11-07 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD08,
        published="2008-11-07",
    ),
    # October: past
    B(
        text="A large decline in youth employment in October was offset by strong gains among women aged 55 and over and men aged 25 to 54.",
        due=None,
        vague=False,
        said="2008-11-07 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD08,
        published="2008-11-07",
    ),
    # 'so far this year', told as done: past
    B(
        text="So far this year, older women have had the fastest growth rate in employment.",
        due=None,
        vague=False,
        said="2008-11-07 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD08,
        published="2008-11-07",
    ),
    # Department for Environment, Food and Rural Affairs (press release 'Government asks companies share plans on improving Britain’s water infrastructure' of Monday 20 February 2023, as carried on the ukpol.co.uk tag page 'Department for Environment Food and Rural Affairs', page 36, which prints 'The press release issued by the Department for Environment, Food and Rural Affairs on 20 February 2023'; Crown copyright, OGL); zone Europe/London (GMT); the page gives the date and no hour: said 20 February 2023 10:00 GMT. Titles, the carrier's date line, sentences without a time word, the ones whose only time words are 'currently', 'a long time' or the rate 'times a year', and the last, cut off, are not taken. 'has today ... demanded': the perfect with a day word, done (CONVENTIONS 2.4): past
    B(
        text="Environment Secretary Thérèse Coffey has today (Monday 20 February) demanded water companies share plans on improving Britain’s water infrastructure.",
        due=None,
        vague=False,
        said="2023-02-20 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA23,
        published="2023-02-20",
    ),
    # fines of 2021: past
    B(
        text="Fines of more than £102 million were handed out in 2021.",
        due=None,
        vague=False,
        said="2023-02-20 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA23,
        published="2023-02-20",
    ),
    # an announcement of last year, told as done: past. unsure: a careful reader could give due None with no refusal word (the re-investment it tells of has no time)
    B(
        text="Last year it was announced that money from these fines will be re-invested into schemes that benefit the environment, rather than being returned to the Treasury.",
        due=None,
        vague=False,
        said="2023-02-20 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA23,
        published="2023-02-20",
    ),
    # US Department of the Treasury (press release PO-946 of January 24, 2002, on the University of North Texas end-of-term web archive copy of ustreas.gov; a US federal work, public domain); zone America/New_York (EST); the page gives the date and no hour: said Thursday 24 January 2002 10:00 EST. The list of documents (items without a verb), the sentence 'At 9:00 a.m. EST, the Treasury Office of Public Affairs will post ...', which the stored text breaks off at a lost web address, sentences without a time word and the last, cut off, are not taken. a one-off announcement on a dated day (CONVENTIONS 3.1): 30 January 2002, end of day (EST)
    B(
        text="The Treasury Department will announce the government's quarterly refunding needs on Wednesday, January 30, 2002.",
        due="2002-01-31 04:59:59",
        vague=False,
        said="2002-01-24 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_UST02,
        published="2002-01-24",
    ),
    # two clock times with no day of their own: the latest of them (CONVENTIONS 6.1), at its first occurrence after the moment of speaking (CONVENTIONS 6.3): 25 January 2002 09:00 EST (page: 30 January 2002 09:00 EST)
    B(
        text="The information will be delivered to credentialed members of the media in the Treasury Pressroom at 8:45 a.m. with lock-down embargo rules enforced until 9:00 a.m.",
        due="2002-01-25 14:00:00",
        vague=False,
        said="2002-01-24 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_UST02,
        published="2002-01-24",
    ),
    # a clock time with no day of its own (CONVENTIONS 6.3): 25 January 2002 09:30 EST (page: 30 January 2002 09:30 EST). unsure: a careful reader could give event (the briefing follows the posting, which the sentence does not date, CONVENTIONS 1.3)
    B(
        text="Following the posting of the relevant documents on the Treasury web site, a senior Treasury official will be available to take questions from credentialed media at 9:30 a.m. in Room 3327 at the Treasury Department, 1500 Pennsylvania Ave., N.W., Washington, D.C.",
        due="2002-01-25 14:30:00",
        vague=False,
        said="2002-01-24 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_UST02,
        published="2002-01-24",
    ),
    # a one-off briefing on a dated day at a clock time (CONVENTIONS 3.1; 'as usual' tells of the practice, the date is this one's): 29 January 2002 09:00 EST
    B(
        text="On Tuesday, January 29, 2002, the economic briefing and presentation on Treasury's financing needs will occur as usual at 9:00 a.m.",
        due="2002-01-29 14:00:00",
        vague=False,
        said="2002-01-24 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_UST02,
        published="2002-01-24",
    ),
    # Voice of America (Inside VOA 'VOA Weekly Programming Highlights: July 27, 2022', on insidevoa.com; a US federal work, public domain); zone America/New_York (EDT); the page gives the date in its title and no hour: said 27 July 2022 10:00 EDT. Headings, sentences without a time word, the one whose only time word is the length 'hour-long' and the last, cut off, are not taken. views gathered in three days, told as done: past
    B(
        text="A 43-minute documentary about African immigrants who are transforming their lives in America has received more than 450k views on YouTube, with 200k of those views generated in just three days.",
        due=None,
        vague=False,
        said="2022-07-27 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA22A,
        published="2022-07-27",
    ),
    # Voice of America (Inside VOA 'VOA Weekly Programming Highlights: June 30, 2022', on insidevoa.com; a US federal work, public domain); zone America/New_York (EDT); the page gives the date in its title and no hour: said 30 June 2022 10:00 EDT. Headings, sentences without a time word, a quotation without one and the one whose only time word is 'weekly' are not taken. coverage of the 22 June earthquake, told as done: past
    B(
        text="VOA Deewa provided robust coverage of the June 22 earthquake in Afghanistan drawing substantial audience on social media platforms.",
        due=None,
        vague=False,
        said="2022-06-30 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA22B,
        published="2022-06-30",
    ),
    # an interview shortly after a confirmation, told of the past: past
    B(
        text="Shortly after being confirmed by the Somali Parliament, new Prime Minister Hamza Abdi Barre spoke to VOA by phone from Mogadishu on various issues, including his cabinet selection.",
        due=None,
        vague=False,
        said="2022-06-30 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA22B,
        published="2022-06-30",
    ),
    # Voice of America (Inside VOA 'Media Relations / Press Releases' list page, whose top line reads 'September 18, 2014 Washington DC 7:43 PM', on insidevoa.com; a US federal work, public domain); zone America/New_York (EDT). This first item is dated on the page 'September 17, 2014', no hour: said 17 September 2014 10:00 EDT; the later items print no date of their own and are read at the page's instant, 18 September 2014 19:43 EDT. Item titles, sentences without a time word, the one whose only time word is 'now' and the last, cut off, are not taken. a suspension 'for the next two weeks' from now: a window from the moment of speaking, due at its end (CONVENTIONS 1.1; 'weekly' is the show's rhythm): 1 October 2014, end of day (EDT). unsure: a careful reader could give due None (what another channel says of its own schedule, nothing VOA undertakes)
    B(
        text="A breakthrough weekly show involving Russian and American journalists and guests has been “suspended”, the Russian Business Channel (RBC) says, for the next two weeks.",
        due="2014-10-02 03:59:59",
        vague=False,
        said="2014-09-17 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_VOA14,
        published="2014-09-17",
    ),
    # the past two weeks: past
    B(
        text="For the past two weeks, TV audiences in Russia have had a chance to see something exceedingly unusual on Russian airwaves: candid exchanges about U.S. and Russian policies, including criticism of the Putin government.",
        due=None,
        vague=False,
        said="2014-09-18 23:43:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA14,
        published="2014-09-18",
    ),
    # 'premiered live today', told as done: past
    B(
        text="Cold War? -- a groundbreaking interactive TV show co-produced by Voice of America’s Russian Service and the Russian Business Channel -- premiered live today in a primetime slot to audiences in Russia.",
        due=None,
        vague=False,
        said="2014-09-18 23:43:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA14,
        published="2014-09-18",
    ),
    # 'is signing off today': a one-off act on the day of speaking, in the present (CONVENTIONS 2.1, 3.1), read on the page's day: 18 September 2014, end of day (EDT). unsure: a careful reader could give the release's own day (not printed on the list page, likely earlier) or past (the list page reposts a release already issued)
    B(
        text="After 72 years on air, the Voice of America Greek Service -- one of its longest-running language services -- is signing off today for the last time, bidding adieu to loyal listeners in Greece, Cyprus, and beyond.",
        due="2014-09-19 03:59:59",
        vague=False,
        said="2014-09-18 23:43:00",
        tz="America/New_York",
        cluster=6,
        source=_VOA14,
        published="2014-09-18",
    ),
    # The White House (Notice 'Continuation of the National Emergency With Respect to the Proliferation of Weapons of Mass Destruction', signed 'THE WHITE HOUSE, November 7, 2014', on the obamawhitehouse.archives.gov press-office listing; a US federal work, public domain); zone America/New_York (EST); the page gives the date and no hour: said Friday 7 November 2014 10:00 EST. Titles, the notice heading, signature and date lines, the sentences without a time word (the continuation under section 202(d), the publication in the Federal Register) and the letter that follows, cut off, are not taken. an emergency declared in 1994: past
    B(
        text="On November 14, 1994, by Executive Order (E.O.) 12938, the President declared a national emergency with respect to the unusual and extraordinary threat to the national security, foreign policy, and economy of the United States posed by the proliferation of nuclear, biological, and chemical weapons (weapons of mass destruction) and the means of delivering such weapons.",
        due=None,
        vague=False,
        said="2014-11-07 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH14,
        published="2014-11-07",
    ),
    # an order of 1998: past
    B(
        text="On July 28, 1998, the President issued E.O. 13094, amending E.O. 12938, to respond more effectively to the worldwide threat of weapons of mass destruction proliferation activities.",
        due=None,
        vague=False,
        said="2014-11-07 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH14,
        published="2014-11-07",
    ),
    # an order of 2005: past
    B(
        text="On June 28, 2005, the President issued E.O. 13382, which, inter alia, further amended E.O. 12938, to improve our ability to combat proliferation.",
        due=None,
        vague=False,
        said="2014-11-07 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH14,
        published="2014-11-07",
    ),
    # the dates are of the past (declared in 1994, extended each year since); 'must continue' gives no time: past. unsure: a careful reader could give recurring ('extended in each subsequent year') or 14 November 2015 (the year's continuation the notice makes, which the sentence does not date)
    B(
        text="The proliferation of weapons of mass destruction and the means of delivering them continues to pose an unusual and extraordinary threat to the national security, foreign policy, and economy of the United States; therefore, the national emergency first declared on November 14, 1994, and extended in each subsequent year, must continue.",
        due=None,
        vague=False,
        said="2014-11-07 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WH14,
        published="2014-11-07",
    ),
    # The White House (release 'Sixteen Nominations Sent to the Senate Today', as carried by the berkleydems.org feed aggregator under 'News from the White House - Thu, 07/27/2017 - 4:08pm'; a US federal work, public domain); zone America/New_York (EDT); the carrier gives the hour: said Thursday 27 July 2017 16:08 EDT. The title and the nominations without a time word are not taken. a term of seven years from a dated start: due at its end (CONVENTIONS 1.1): 27 October 2025, end of day (EDT). unsure: a careful reader could give due None (a term of office, no act to check) or 26 October 2025 (the term's last day)
    B(
        text="Ann Marie Buerkle, of New York, to be a Commissioner of the Consumer Product Safety Commission for a term a of seven years from October 27, 2018.(Reappointment)",
        due="2025-10-28 03:59:59",
        vague=False,
        said="2017-07-27 20:08:00",
        tz="America/New_York",
        cluster=4,
        source=_WH17,
        published="2017-07-27",
    ),
    # a term of five years from an appointment the sentence does not date (CONVENTIONS 1.3): event. unsure: a careful reader could give recurring (a statutory term, a standing rule)
    B(
        text="J. Steven Dowd, of Florida, to be United States Director of the African Development Bank for a term of five years, vice Walter Crawford Jones, resigned.",
        due=None,
        vague=False,
        said="2017-07-27 20:08:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_WH17,
        published="2017-07-27",
    ),
    # the term of four years from an undated appointment (CONVENTIONS 1.3): event. unsure: recurring, as above
    B(
        text="Halsey B. Frank, of Maine, to be United States Attorney for the District of Maine for the term of four years, vice Thomas Edward Delahanty II, resigned.",
        due=None,
        vague=False,
        said="2017-07-27 20:08:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_WH17,
        published="2017-07-27",
    ),
    # the same: event. unsure: recurring, as above
    B(
        text="Jeffrey B. Jensen, of Missouri, to be United States Attorney for the Eastern District of Missouri for the term of four years, vice Richard G. Callahan, resigned.",
        due=None,
        vague=False,
        said="2017-07-27 20:08:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_WH17,
        published="2017-07-27",
    ),
    # the same: event. unsure: recurring, as above
    B(
        text="Mark A. Klaassen, of Wyoming, to be United States Attorney for the District of Wyoming for the term of four years, vice Christopher A. Crofts, resigned.",
        due=None,
        vague=False,
        said="2017-07-27 20:08:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_WH17,
        published="2017-07-27",
    ),
)
