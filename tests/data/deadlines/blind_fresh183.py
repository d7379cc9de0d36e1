"""A HUNDRED-AND-EIGHTY-THIRD fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 07:10 and 07:25 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l183-s62) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 62 (fresh179 to fresh182, articles blind146 and blind147), whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh178.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of
`bot/core/deadlines/` was opened. The brief asked for less-mined publishers (historic Hansard Commons and
Lords debates of 1960 to 1990 other than business statements, archived White House statements and
proclamations, VOA news, US Treasury, IRS and NRC notices, kremlin.ru with its CC BY 4.0 statement seen,
European Commission speeches and statements), open licences only, at least eight publishers, none above a
fifth, at most a third from the United States, a spread of genres, about 80 cases (at least 60).

The set quotes UK Parliament (Commons oral answers of 25 July 1961, a Lords second reading of 7 November
1972, Commons written answers of 18 March 1975 and 8 December 1981), the Houses of the Oireachtas (Dáil
oral answers of 19 March 1986, Orders of Business of 15 April 1980 and 8 June 1978), the European Commission
(President Juncker's and Michel Barnier's speeches to the Parliament's plenary of 3 October 2017, a Daily
News item of 26 June 2019), Statistics Canada (a blog post of 24 January 2013, the 2020-21 Departmental
Plan message, a Chief Statistician's statement of 16 December 2021), the US Treasury (the quarterly
refunding statement of 1 August 2018), the Internal Revenue Service (the extra-day release of 17 April
2018), Voice of America (a Somalia report of July 2015) and the White House (President Eisenhower's
proclamation of National Youth Fitness Week, 30 April 1958). 71 cases from 8 publishers: UK Parliament 14
(19.7%); the Oireachtas 13 (18.3%); the Commission 13 (18.3%); the US Treasury 9 (12.7%); Statistics
Canada 8 (11.3%); the IRS 6 (8.5%); VOA 6 (8.5%); the White House 2 (2.8%). 23 of the 71 (32.4%) are from
the United States (Treasury, IRS, VOA, White House); 48 are not. Genres: parliamentary oral and written
answers and exchanges across the floor, a second-reading speech, Orders of Business, plenary speeches, a
daily-news item, a statistics-office blog post, plan message and statement, a debt-management notice, a
tax-agency release, wire news and a presidential proclamation.

The store is heavily mined: of about 70 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, many read used (Commons and Lords items of the 1960s to 1980s, several Dáil Orders of
Business of the 1970s, StatCan Daily pages and release calendars, Commission Daily News pages of 2016 to
2021, VOA's DRC and Korea reports, NRC blog posts, White House archive statements, gov.uk press releases as
carried by ukpol.co.uk and government-world.com, ABS release pages). No kremlin.ru page was quoted: no
stored page showed its CC BY 4.0 statement. No Wikinews article was found fresh. No NRC notice was fresh.
Each page's cases share one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh183`) but not used, to keep the caps (a fifth for each publisher, a third
for the United States) or for want of a date: the IRS/Treasury Notice 2020-23 release as carried by
beauregarddailynews.net and the 1964 Forest Products Week proclamation on en.wikisource.org (United States
share); the Timmermans speaking points of 16 December 2014 as carried by thenewsinternational.com
(Commission cap); the Dáil Order of Business of 14 May 1985 (Oireachtas cap); the Treasury's August 2003
refunding statement JS-581 and the Commission's Daily News item MEX/19/3629 (no date in the stored
opening). Within the pages kept: sentences without a time word; sentences whose only time words are general
("now", "at this stage", "yet", "always", "often", "frequently", "later", "ongoing", "real time", "this
period", "in the past") or whose only year names a plan, a census or a report; speaker tags, titles,
headings, date lines, datelines, salutations, list items, running heads and signature clauses; the blog's
own countdown text below the IRS release it carries; sentences cut off where the stored opening ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, "today", "yesterday", "next week", "last week", "during the day", "the end of this year", "Fridays",
"every five years", "after the Recess", "several years", "as soon as I can", "in good time", "over the
quarter", "during the coming year", "since day one"); within each page quoted, the sentences of the stored
opening that hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh183`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file): all 71 read fresh. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for UK Parliament, Europe/Dublin for the
Oireachtas, Europe/Brussels for the Commission, America/Toronto for Statistics Canada, America/New_York for
the Treasury, the IRS, VOA and the White House); the conversion of local instants to UTC wall time,
weekdays and day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh178.py`: the publication date at 10:00 local time unless the page gives the hour (one does: the
Lords item of 1972, '8.5 p.m.'); the first comment of each page says where its date was read. Four pages
print no date in their stored text (the Juncker speech as carried, the Treasury statement, the VOA report,
the StatCan plan message): each is read on a day fixed as its comment says, and no label depends on the
exact day within that window except where the comment says so. A day falls due at 23:59:59 local; a one-off
event at a time due then (CONVENTIONS 3.1); several times at the latest (CONVENTIONS 6.1); a clock time with
no day of its own at its first occurrence after the moment of speaking (CONVENTIONS 6.3, the page's instant
written in the comment); a time limit set for an actor at its end (CONVENTIONS 1.2); questions and requests
due None with no refusal word (CONVENTIONS 4.3); possibilities and aims with no undertaking noted where a
reader could differ (CONVENTIONS 4.2); times hung on an undated event are event (CONVENTIONS 1.3); standing
rules recurring (CONVENTIONS 1.3); done acts past (CONVENTIONS 2.4); lower bounds earliest (CONVENTIONS 3.2);
vague words of an undertaking take the documented windows (CONVENTIONS 5.1); a day word on the verb of
speaking is not the deadline (CONVENTIONS 2.2). Clusters as in `blind_fresh178.py`: 1 no time set, 2 clock
times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and
dates. 31 labels are refusals (past 21, recurring 5, event 3, earliest 1, negated 1); 1 is vague (a 60-day
window); 27 labels carry a due instant (the vague one included); 13 have due None and no refusal word; 25
are marked "unsure" and name the other reading; like every label here they stay as committed, whatever the
first run shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HC61 = "https://api.parliament.uk/historic-hansard/commons/1961/jul/25/roads-oxford-inquiry"
_HL72 = "https://api.parliament.uk/historic-hansard/lords/1972/nov/07/anti-discrimination-bill-hl"
_WA75 = "https://api.parliament.uk/historic-hansard/written-answers/1975/mar/18/layfield-committee"
_WA81 = "https://hansard.parliament.uk/Commons/1981-12-08/debates/9202b1ec-5339-4185-bea3-5f37965fe194/WrittenAnswers"
_DAIL86 = "https://www.oireachtas.ie/en/debates/debate/dail/1986-03-19/10/"
_DAIL80 = "https://www.oireachtas.ie/ga/debates/debate/dail/1980-04-15/16/"
_DAIL78 = "https://www.oireachtas.ie/en/debates/debate/dail/1978-06-08/3/"
_EC17J = "http://government-world.com/speech-by-president-juncker-at-the-plenary-session-of-the-european-parliament-on-the-state-of-play-of-negotiations-with-the-united-kingdom"
_EC17B = "http://europa.eu/rapid/press-release_SPEECH-17-3665_en.htm"
_EC19 = "http://europa.eu/rapid/press-release_MEX-19-3411_en.htm"
_SC13 = "https://www.statcan.gc.ca/en/blog-blogue/cs-sc/charting-progress"
_SC20 = "https://statcan.gc.ca/en/about/dp/2020-2021/s02"
_SC21 = "https://www.newswire.ca/news-releases/statement-on-the-release-of-the-canadian-statistics-advisory-council-s-annual-report-859484583.html"
_IRS18 = "https://holtpros.wordpress.com/tag/tax-extension/"
_UST18 = "https://home.treasury.gov/news/press-releases/sm449"
_VOA15 = "https://www.voanews.com/a/somalia-says-no-popular-elections-in-2016/2883749.html"
_WH58 = (
    "https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_72_Part_2.djvu/305"
)

FRESH183_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (historic Hansard, 'Roads, Oxford (Inquiry)', HC oral answers of 25 July 1961, on api.parliament.uk; Open Parliament Licence); zone Europe/London (BST, UTC+1, as zoneinfo gives); the page gives the date and no hour: said Tuesday 25 July 1961 10:00 BST. Speaker tags are not quoted; sentences without a time word and the last, cut off where the stored opening ends, are not taken. a question asking the Minister to announce at an undated later event: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 'event' (the House reassembling, undated)
    B(
        text="asked the Minister of Housing and Local Government and Minister for Welsh Affairs if he will announce his decision on the Oxford roads inquiry when the House reassembles after the Recess.",
        due=None,
        vague=False,
        said="1961-07-25 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC61,
        published="1961-07-25",
    ),
    # 'as soon as I can' as the Minister's undertaking: vague, 60 days (CONVENTIONS 5.1), 23 September 1961 end of day
    B(
        text="I cannot yet say when I shall be able to announce my decision, but I will do so as soon as I can.",
        due="1961-09-23 22:59:59",
        vague=True,
        said="1961-07-25 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC61,
        published="1961-07-25",
    ),
    # a question seeking an assurance about the recess: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Can the Minister give an assurance that he will neither come to a decision nor announce his decision while the House is in recess, because of the very important issues involved, especially if he finally decides to sanction the pernicious proposal to drive a road through the Meadows?",
        due=None,
        vague=False,
        said="1961-07-25 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC61,
        published="1961-07-25",
    ),
    # the time hangs on the House reassembling, which the sentence does not date, and the Minister declines the undertaking: event (CONVENTIONS 1.3). unsure: a careful reader could give 'negated' (an undertaking refused, CONVENTIONS 4.1)
    B(
        text="I should not like to give an undertaking that in no circumstances will I announce my decision on this matter before the House reassembles, because there are many people who are extremely anxious for a decision one way or the other to be reached.",
        due=None,
        vague=False,
        said="1961-07-25 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC61,
        published="1961-07-25",
    ),
    # 'several years' counted from an undated decision, and hedged ('probably'): event (CONVENTIONS 1.3)
    B(
        text="What I will say to the hon. Member is that, after a decision is announced, a very long procedure has still to be followed and it will probably be several years before a single sod is dug.",
        due=None,
        vague=False,
        said="1961-07-25 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC61,
        published="1961-07-25",
    ),
    # a question, 'in good time' asked for, not undertaken: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Is my right hon. Friend aware that everybody will breathe a sigh of relief if he can bring to an end this inter-collegiate road warfare at Oxford in good time and once and for all?",
        due=None,
        vague=False,
        said="1961-07-25 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC61,
        published="1961-07-25",
    ),
    # 17 May, told of the past: past
    B(
        text="My hon. Friend cannot have been present when I said in the House, in the early morning of 17th May, that I reached my decision that that appeal should be allowed because there appeared to be no substantial agricultural or amenity objection to it.",
        due=None,
        vague=False,
        said="1961-07-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC61,
        published="1961-07-25",
    ),
    # UK Parliament (historic Hansard, 'HL Deb 07 November 1972 vol 336 cc334-5', Anti-Discrimination Bill [H.L.], on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT, UTC+0, as zoneinfo gives); the page gives the hour '8.5 p.m.': said Tuesday 7 November 1972 20:05 GMT. Speaker tags, the motion line and the sentences without a time word are not taken. the last Session and April, told of the past: past
    B(
        text="My Lords, in rising to move the Second Reading of this Bill, I think that I should explain to the House that the Bill is identical with the one introduced in the last Session which was referred to a Select Committee in April.",
        due=None,
        vague=False,
        said="1972-11-07 20:05:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL72,
        published="1972-11-07",
    ),
    # the end of last Session, told of the past: past
    B(
        text="As your Lordships will have seen from the Special Report which the Committee made at the end of last Session, it was not able to hear all the evidence which was submitted to it by the time the Session ended.",
        due=None,
        vague=False,
        said="1972-11-07 20:05:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL72,
        published="1972-11-07",
    ),
    # the speaker's hope is hung on 'the new Session', which the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give Thursday 9 November 1972, end of day (the Leader's motion, told as intended)
    B(
        text="If the House agrees to this Motion for the Second Reading and the Motion which the noble Earl the Leader of the House intends to move on Thursday to reappoint the Select Committee, I hope it will be convenient for the Committee to report to the House in the new Session.",
        due=None,
        vague=False,
        said="1972-11-07 20:05:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL72,
        published="1972-11-07",
    ),
    # UK Parliament (historic Hansard, written answer 'Layfield Committee' of 18 March 1975, on api.parliament.uk; Open Parliament Licence); zone Europe/London (BST from 16 March 1975, UTC+1, as zoneinfo gives); no hour: said Tuesday 18 March 1975 10:00 BST. Both sentences are taken. a question about a date: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="asked the Secretary of State for the Environment by what date he now expects to receive the report of the Layfield Committee.",
        due=None,
        vague=False,
        said="1975-03-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WA75,
        published="1975-03-18",
    ),
    # a time limit set for a named actor, still running: 'by the end of this year', 31 December 1975 end of day (CONVENTIONS 1.2)
    B(
        text="My right hon. Friend has asked Mr. Layfield to report by the end of this year and I understand that he is still working to this timetable.",
        due="1975-12-31 23:59:59",
        vague=False,
        said="1975-03-18 09:00:00",
        tz="Europe/London",
        precision="year",
        cluster=4,
        source=_WA75,
        published="1975-03-18",
    ),
    # UK Parliament (Hansard, Commons written answers of Tuesday 8 December 1981, Energy, on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); no hour: said 8 December 1981 10:00 GMT. The reply whose only years and months name reports (1979, February and November 1981) is left out, as are the questions and replies without a time word. an earlier answer of 3 March 1980: past
    B(
        text="I refer my hon. Friend to the answer given to him on 3 March 1980 for information on the significance of the United Kingdom plutonium stock.",
        due=None,
        vague=False,
        said="1981-12-08 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA81,
        published="1981-12-08",
    ),
    # a reply given on 26 October, told of the past: past
    B(
        text="Details of the companies with which participation agreements have been concluded were provided in my reply to the hon. Member for Bedford (Mr. Skeet) on 26 October.",
        due=None,
        vague=False,
        said="1981-12-08 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA81,
        published="1981-12-08",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Wednesday 19 March 1986, oral answers, House Improvement Grants Scheme; CC BY 4.0); zone Europe/Dublin (GMT until 30 March 1986, UTC+0); no hour: said 19 March 1986 10:00. Sentences whose only time word is 'now', 'at this stage' or 'later' are not taken. a count up to 14 March 1986, told of the past: past
    B(
        text="The total number of applications received up to 14 March 1986 was about 54,000 which are now at various stages of processing.",
        due=None,
        vague=False,
        said="1986-03-19 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL86,
        published="1986-03-19",
    ),
    # the reply to the priority question is down for today: that day, end of day (CONVENTIONS 3.1). unsure: a careful reader could give due None (the reply is the Minister's, not undertaken by the speaker)
    B(
        text="I have a priority question dealing with this matter for reply today and I will not pursue this fully at this stage.",
        due="1986-03-19 23:59:59",
        vague=False,
        said="1986-03-19 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL86,
        published="1986-03-19",
    ),
    # 1986 names the year a budget figure covers; nothing falls due: due None, no refusal word. unsure: a careful reader could give 31 December 1986 (the year the scheme's money covers)
    B(
        text="I should like to point out to the Minister that the Estimates include a figure of £24 million to cover the reconstruction grant scheme for 1986.",
        due=None,
        vague=False,
        said="1986-03-19 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL86,
        published="1986-03-19",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Tuesday 15 April 1980, Order of Business, read at the Irish-language address of the same debate, its text in English; CC BY 4.0); zone Europe/Dublin (Irish summer time from 16 March 1980, UTC+1); no hour: said 15 April 1980 10:00. The order of items (no time word), questions without a time word and the last sentence, cut off where the stored opening ends, are not taken. a sitting-day schedule, the later end of the range: 8.30 p.m. the same day (CONVENTIONS 6.1, 6.3; page: the same day)
    B(
        text="Private Members' Business will be taken between 7 p.m. and 8.30 p.m., No. 27 by agreement.",
        due="1980-04-15 19:30:00",
        vague=False,
        said="1980-04-15 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL80,
        published="1980-04-15",
    ),
    # what usually happens at the end of a session: recurring (CONVENTIONS 1.3)
    B(
        text="In this session of the Dáil what usually happens is that as we come to the end of the session we have a discussion on all the Estimates and there is very little serious discussion on them.",
        due=None,
        vague=False,
        said="1980-04-15 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL80,
        published="1980-04-15",
    ),
    # a question: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Will it be possible to see, as we go through this present session, that we have plenty of time to discuss the Estimates?",
        due=None,
        vague=False,
        said="1980-04-15 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL80,
        published="1980-04-15",
    ),
    # Estimates to be discussed on Fridays, a standing arrangement: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (an arrangement still being sought, CONVENTIONS 4.2)
    B(
        text="We are trying to arrange with the Opposition Parties the procedure whereby Estimates will be discussed on Fridays and then we will get through them all.",
        due=None,
        vague=False,
        said="1980-04-15 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL80,
        published="1980-04-15",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Thursday 8 June 1978, Order of Business; CC BY 4.0); zone Europe/Dublin (Irish summer time, UTC+1); no hour: said 8 June 1978 10:00. The order of items (no time word) and the sentences without a time word are not taken. a clock time with no day of its own: the first 3.30 p.m. after the moment of speaking, the same day (CONVENTIONS 6.3; page: the same day)
    B(
        text="It is proposed to interrupt business at 3.30 p.m. to take Nos. 7 and 8.",
        due="1978-06-08 14:30:00",
        vague=False,
        said="1978-06-08 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL78,
        published="1978-06-08",
    ),
    # a question: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="If so, will he tell the House when it will be distributed so that we may have a look at it before the Adjournment Debate begins three weeks from now?",
        due=None,
        vague=False,
        said="1978-06-08 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL78,
        published="1978-06-08",
    ),
    # the Green Paper will be available next week (12 to 18 June 1978): the end of that week, Sunday 18 June
    B(
        text="I have said already that the Green Paper will be available next week in good time for the Adjournment Debate.",
        due="1978-06-18 22:59:59",
        vague=False,
        said="1978-06-08 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL78,
        published="1978-06-08",
    ),
    # 'during the day' on the speaker's own act: the end of that day
    B(
        text="I will communicate with the Deputy during the day.",
        due="1978-06-08 22:59:59",
        vague=False,
        said="1978-06-08 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL78,
        published="1978-06-08",
    ),
    # last week's question, told of the past: past
    B(
        text="I wish to raise the question of the decision by the Chair to disallow my question to the Minister for Industry, Commerce and Energy regarding the dumping of industrial waste from the Raybestos Manhattan factory at Ovens, County Cork, on the grounds that it was a repeat of my question last week to the Minister for Defence.",
        due=None,
        vague=False,
        said="1978-06-08 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL78,
        published="1978-06-08",
    ),
    # a statement issued yesterday, told of the past: past. unsure: a careful reader could give due None with no refusal word (a question, CONVENTIONS 4.3)
    B(
        text="Will the Taoiseach clarify the status of the statement issued yesterday from the Departments of Health and Social Welfare that no cuts will take place in expenditure in that area?",
        due=None,
        vague=False,
        said="1978-06-08 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL78,
        published="1978-06-08",
    ),
    # European Commission (speech by President Juncker at the European Parliament plenary in Strasbourg on the state of play of negotiations with the United Kingdom, 3 October 2017, as carried by government-world.com; Commission reuse decision 2011/833/EU); zone Europe/Brussels (CEST, UTC+2); the carried page prints no date: the speech is dated 3 October 2017 by the Commission's own release of Barnier's speech in the same debate (SPEECH-17-3665, below) and by reports of that day; no hour: said 3 October 2017 10:00 CEST. The greeting and the sentences without a time word (or whose only time word is 'yet' or 'always') are not taken. September 2017, told of the past: past
    B(
        text="September was a month rich in speeches.",
        due=None,
        vague=False,
        said="2017-10-03 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC17J,
        published="2017-10-03",
    ),
    # 'last week' is on the verb of speaking, told of the past (CONVENTIONS 2.2): past. unsure: a careful reader could give due None with no refusal word (2.2: no deadline of its own)
    B(
        text="And as Michel Barnier, the Commission's excellent Chief Negotiator, said last week: work still remains to be done.",
        due=None,
        vague=False,
        said="2017-10-03 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC17J,
        published="2017-10-03",
    ),
    # negotiations continue next week (9 to 15 October 2017): the end of that week, Sunday 15 October
    B(
        text="I will not go into any more detail here as negotiations continue next week and Michel will complete what I was just saying.",
        due="2017-10-15 21:59:59",
        vague=False,
        said="2017-10-03 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC17J,
        published="2017-10-03",
    ),
    # European Commission (SPEECH/17/3665, speech by Michel Barnier at the European Parliament plenary on the state of play of negotiations with the United Kingdom, 'Strasbourg, 3 October 2017', on europa.eu/rapid; Commission reuse decision 2011/833/EU); zone Europe/Brussels (CEST); no hour: said 3 October 2017 10:00 CEST. The salutations, the sentences without a time word (or whose only time word is 'frequently' or 'often') and the last sentence, cut off where the stored opening ends, are not taken. 'today' on the speaker's presence, no act falling due: due None, no refusal word. unsure: a careful reader could give the end of that day (CONVENTIONS 2.1)
    B(
        text="I am happy to be here before you today, alongside President Juncker, whom I thank for his personal trust and support.",
        due=None,
        vague=False,
        said="2017-10-03 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC17B,
        published="2017-10-03",
    ),
    # 'throughout the week last week', told of the past: past
    B(
        text="And to be alongside Matti Maasikas whom I congratulate and thank for the quality of the Estonian presidency throughout the week last week.",
        due=None,
        vague=False,
        said="2017-10-03 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC17B,
        published="2017-10-03",
    ),
    # 5 April 2017, told of the past: past
    B(
        text="We were here in this chamber for the first time on 5 April 2017, when you adopted your first resolution.",
        due=None,
        vague=False,
        said="2017-10-03 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC17B,
        published="2017-10-03",
    ),
    # 'let us take stock today': the act of the day of speaking, its end (CONVENTIONS 2.1); the European Council of 19 and 20 October only places the moment. unsure: a careful reader could give 20 October 2017, end of day (the Council)
    B(
        text="Six months later, as the clock is still ticking and we are a few days away from the European Council on 19 and 20 October, let us take stock today of the negotiations.",
        due="2017-10-03 21:59:59",
        vague=False,
        said="2017-10-03 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC17B,
        published="2017-10-03",
    ),
    # 'today' names the day the draft resolution is before the House; nothing is undertaken: due None, no refusal word. unsure: a careful reader could give the end of that day (the vote on the resolution)
    B(
        text="Your draft resolution today shows – beyond its concrete subject matter – the full and complete involvement of the European Parliament in this negotiation.",
        due=None,
        vague=False,
        said="2017-10-03 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC17B,
        published="2017-10-03",
    ),
    # 'since day one', told of the past: past
    B(
        text="Since day one, we knew that this negotiation would be unique, complex, and would have serious human, social, financial, legal and economic consequences.",
        due=None,
        vague=False,
        said="2017-10-03 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC17B,
        published="2017-10-03",
    ),
    # European Commission (Daily News item of 26 June 2019, MEX/19/3411, on europa.eu/rapid; the stored text is dated 2019-06-26; Commission reuse decision 2011/833/EU); zone Europe/Brussels (CEST, UTC+2); no hour: said 26 June 2019 10:00 CEST. Sentences without a time word and the next item's opening, cut off where the stored text ends, are not taken. attendance on 28 and 29 June: the later day, 29 June 2019 end of day in the publisher's zone (CONVENTIONS 6.1). unsure: a careful reader could give the end of 29 June in Osaka (JST, 14:59:59 UTC)
    B(
        text="Together with President Tusk and accompanied by Commissioner Moscovici, President Juncker will attend the 14th G20 Leaders' summithosted by Prime Minister Shinzō Abe in Osaka (Japan) on 28 and 29 June.",
        due="2019-06-29 21:59:59",
        vague=False,
        said="2019-06-26 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EC19,
        published="2019-06-26",
    ),
    # the letter already set out: past
    B(
        text="Ahead of the Summit, Presidents Juncker and Tusk set out in a letter to EU leaders the Union's joint priorities at this year's summit.",
        due=None,
        vague=False,
        said="2019-06-26 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC19,
        published="2019-06-26",
    ),
    # 09:15 'local time' at the summit, read as Osaka time (JST, UTC+9): 28 June 2019 00:15 UTC. unsure: a careful reader could give 09:15 Brussels time (07:15 UTC), the sentence not naming the place
    B(
        text="On Friday 28 June, at 09:15 (local time), President Juncker will hold a joint press briefing with President Tusk, ahead of the leaders' summit, which will be available on EbS+.",
        due="2019-06-28 00:15:00",
        vague=False,
        said="2019-06-26 08:00:00",
        tz="Europe/Brussels",
        cluster=2,
        source=_EC19,
        published="2019-06-26",
    ),
    # Friday 28 June, end of day in the publisher's zone. unsure: a careful reader could give the end of 28 June in Osaka (14:59:59 UTC)
    B(
        text="Following the press conference on Friday 28 June, Presidents Juncker and Tusk will coordinate a meeting of all EU leaders.",
        due="2019-06-28 21:59:59",
        vague=False,
        said="2019-06-26 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC19,
        published="2019-06-26",
    ),
    # Statistics Canada (StatCan Blog, 'Charting progress...', dated January 24, 2013, on statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EST, UTC-5); no hour: said 24 January 2013 10:00 EST. The other sentences hold no time word. 'Today' on the act of the day of speaking, present tense: that day, end of day (CONVENTIONS 2.1)
    B(
        text="Today, Statistics Canada enters the world of blogging.",
        due="2013-01-25 04:59:59",
        vague=False,
        said="2013-01-24 15:00:00",
        tz="America/Toronto",
        cluster=6,
        source=_SC13,
        published="2013-01-24",
    ),
    # Statistics Canada (2020-21 Departmental Plan, 'From the Chief Statistician', on statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto; the page prints no date: a plan for 2020-21 that says 'In 2020, we will', so read on 2 March 2020 (EST), before the fiscal year it plans; no label depends on the exact day early in 2020. The sentence whose only year names the plan, the bullet heads, and the sentences whose only time words are 'always', 'often' or 'next generation' are not taken; '2021 Census' names a census. 'during the coming year' describes the period the report covers; nothing is undertaken by it: due None, no refusal word. unsure: a careful reader could give 31 March 2021 (the end of the plan's fiscal year)
    B(
        text="This report maps how the agency is fulfilling its mandate to provide Canadians with trustworthy and timely information during the coming year.",
        due=None,
        vague=False,
        said="2020-03-02 15:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SC20,
        published="2020-03-02",
    ),
    # every five years: recurring (CONVENTIONS 1.3)
    B(
        text="Every five years, the censuses provide a detailed portrait of Canadians and their communities.",
        due=None,
        vague=False,
        said="2020-03-02 15:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_SC20,
        published="2020-03-02",
    ),
    # 'In 2020, we will make sure': 31 December 2020, end of day
    B(
        text="In 2020, we will make sure that all systems and processes are ready for Census Day.",
        due="2021-01-01 04:59:59",
        vague=False,
        said="2020-03-02 15:00:00",
        tz="America/Toronto",
        precision="year",
        cluster=4,
        source=_SC20,
        published="2020-03-02",
    ),
    # work through 2020: 31 December 2020, end of day (CONVENTIONS 3.3). unsure: a careful reader could give due None (a year of work, no deliverable)
    B(
        text="In 2020, we will be working to ensure that both experts and non-expert users are better able to access and use our data.",
        due="2021-01-01 04:59:59",
        vague=False,
        said="2020-03-02 15:00:00",
        tz="America/Toronto",
        precision="year",
        cluster=4,
        source=_SC20,
        published="2020-03-02",
    ),
    # Statistics Canada (statement of the Chief Statistician on the release of the Canadian Statistics Advisory Council's report, dated 'OTTAWA, ON, Dec. 16, 2021 /CNW/', as carried by newswire.ca with 'SOURCE Statistics Canada'; Statistics Canada Open Licence); zone America/Toronto (EST); no hour: said 16 December 2021 10:00 EST. The dateline is not quoted; sentences without a time word (or whose only time words are 'real time' or 'ongoing') are not taken. 'Today ... released', an act done when the words are spoken: past (CONVENTIONS 2.4)
    B(
        text="Today, the Canadian Statistics Advisory Council (CSAC) released its second report: Strengthening the foundation of our National Statistical System",
        due=None,
        vague=False,
        said="2021-12-16 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC21,
        published="2021-12-16",
    ),
    # 'for over 100 years', told of the past: past
    B(
        text="For over 100 years, Canadians and businesses have entrusted the agency with their sensitive data so that we can, in turn, provide them with key social, economic and environmental insights and trends to make informed decisions.",
        due=None,
        vague=False,
        said="2021-12-16 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC21,
        published="2021-12-16",
    ),
    # presenting 'beginning in February 2022', an activity given only its start: earliest, 1 February 2022 00:00 EST (CONVENTIONS 3.2). unsure: a careful reader could give 28 February 2022 (the start as a one-off event, CONVENTIONS 3.1)
    B(
        text='We thank all respondents who ensured the success of the 2021 Census, and look forward to presenting "Your census, your stories: Canada\'s portrait" beginning in February 2022.',
        due=None,
        vague=False,
        said="2021-12-16 15:00:00",
        tz="America/Toronto",
        refusal="earliest",
        earliest="2022-02-01 05:00:00",
        cluster=5,
        source=_SC21,
        published="2021-12-16",
    ),
    # Internal Revenue Service (news release of 17 April 2018 giving an extra day after the system outage, as carried verbatim by holtpros.wordpress.com; US federal work, public domain); zone America/New_York (EDT, UTC-4); the release is of Tuesday 17 April 2018 (the day of the outage it names) and gives no hour: said 17 April 2018 10:00 EDT. The dateline, the carrier's own countdown text below the release, and sentences whose only time words are general ('this period', 'busiest tax day of the year') are not taken. 'announced today' is the verb of speaking (CONVENTIONS 2.2); the window given is one additional day after the 17 April deadline: 18 April 2018, end of day (CONVENTIONS 1.2)
    B(
        text="The Internal Revenue Service announced today that it is providing taxpayers an additional day to file and pay their taxes following system issues that surfaced early on the April 17 tax deadline.",
        due="2018-04-19 03:59:59",
        vague=False,
        said="2018-04-17 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_IRS18,
        published="2018-04-17",
    ),
    # 'until midnight on Wednesday, April 18': 23:59:59 that day (the parser's documented midnight)
    B(
        text="Individuals and businesses with a filing or payment due date of April 17 will now have until midnight on Wednesday, April 18.",
        due="2018-04-19 03:59:59",
        vague=False,
        said="2018-04-17 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_IRS18,
        published="2018-04-17",
    ),
    # Tuesday morning's outage, told of the past: past
    B(
        text="The IRS encountered system issues Tuesday morning.",
        due=None,
        vague=False,
        said="2018-04-17 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_IRS18,
        published="2018-04-17",
    ),
    # 'at the deadline', told of the past ('were not affected'): past
    B(
        text="Taxpayers using paper to file and pay their taxes at the deadline were not affected by the system issue.",
        due=None,
        vague=False,
        said="2018-04-17 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_IRS18,
        published="2018-04-17",
    ),
    # advice to taxpayers to file on Tuesday evening, a request of others: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 17 April 2018 23:59:59 EDT (the evening's end)
    B(
        text="The IRS advised taxpayers to continue to file their taxes as normal Tuesday evening – whether electronically or on paper.",
        due=None,
        vague=False,
        said="2018-04-17 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_IRS18,
        published="2018-04-17",
    ),
    # automatic six-month extensions, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Automatic six-month extensions are available to taxpayers who need additional time to file can visit https://www.irs.gov/forms-pubs/extension-of-time-to-file-your-tax-return.",
        due=None,
        vague=False,
        said="2018-04-17 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_IRS18,
        published="2018-04-17",
    ),
    # US Department of the Treasury (press release SM449, Quarterly Refunding Statement of Deputy Assistant Secretary for Capital Markets Clay Berry, on home.treasury.gov; US federal work, public domain); zone America/New_York (EDT); the stored opening prints no date: the August 2018 refunding statement of Wednesday 1 August 2018 (it announces the following week's auctions of 7 to 9 August); no hour: said 1 August 2018 10:00 EDT; no label depends on the exact day that week. The dateline, the headings and the list items of securities (list fragments) are not taken, nor the last sentence, cut off where the stored opening ends. the offering refunds notes maturing on 15 August 2018, the day the refunding settles: that day, end of day. unsure: a careful reader could give due None (the date describes the notes, nothing is undertaken for it)
    B(
        text="The U.S. Department of the Treasury is offering $78 billion of Treasury securities to refund approximately $38.2 billion of privately-held Treasury notes maturing on August 15, 2018.",
        due="2018-08-16 03:59:59",
        vague=False,
        said="2018-08-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_UST18,
        published="2018-08-01",
    ),
    # a one-off auction at 1:00 p.m. ET on 7 August 2018 (CONVENTIONS 3.1)
    B(
        text="The 3-year note will be auctioned on a yield basis at 1:00 p.m. ET on Tuesday, August 7, 2018.",
        due="2018-08-07 17:00:00",
        vague=False,
        said="2018-08-01 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_UST18,
        published="2018-08-01",
    ),
    # a one-off auction at 1:00 p.m. ET on 8 August 2018 (CONVENTIONS 3.1)
    B(
        text="The 10-year note will be auctioned on a yield basis at 1:00 p.m. ET on Wednesday, August 8, 2018.",
        due="2018-08-08 17:00:00",
        vague=False,
        said="2018-08-01 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_UST18,
        published="2018-08-01",
    ),
    # a one-off auction at 1:00 p.m. ET on 9 August 2018 (CONVENTIONS 3.1)
    B(
        text="The 30-year bond will be auctioned on a yield basis at 1:00 p.m. ET on Thursday, August 9, 2018.",
        due="2018-08-09 17:00:00",
        vague=False,
        said="2018-08-01 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_UST18,
        published="2018-08-01",
    ),
    # settlement on 15 August 2018: that day, end of day (CONVENTIONS 3.1)
    B(
        text="All of these auctions will settle on Wednesday, August 15, 2018.",
        due="2018-08-16 03:59:59",
        vague=False,
        said="2018-08-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_UST18,
        published="2018-08-01",
    ),
    # 'over the quarter', the refunding quarter whose last named month is October: 31 October 2018, end of day. unsure: a careful reader could give 30 September 2018 (the calendar quarter)
    B(
        text="The balance of Treasury financing requirements over the quarter will be met with the weekly bill auctions, cash management bills, the monthly note and bond auctions, the August 5-year Treasury Inflation-Protected Securities (TIPS) reopening auction, the September 10-year TIPS reopening auction, the October 30-year TIPS reopening auction, and the regular monthly 2-year Floating Rate Note (FRN) auctions.",
        due="2018-11-01 03:59:59",
        vague=False,
        said="2018-08-01 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_UST18,
        published="2018-08-01",
    ),
    # the intention to begin the new bill in October 2018: the start as a one-off event, due by the end of October (CONVENTIONS 3.1). unsure: a careful reader could give 'earliest' 1 October 2018 (an activity given only its start, CONVENTIONS 3.2)
    B(
        text="Per guidance at the May 2018 Quarterly Refunding, Treasury is announcing today its intention to begin auctioning a new benchmark 2-month (8-week) bill starting in October 2018.",
        due="2018-11-01 03:59:59",
        vague=False,
        said="2018-08-01 14:00:00",
        tz="America/New_York",
        precision="month",
        cluster=4,
        source=_UST18,
        published="2018-08-01",
    ),
    # the bill's settlement day, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="Unlike Treasury's traditional bill settlement day of Thursday, the new 2-month bill will settle on Tuesday.",
        due=None,
        vague=False,
        said="2018-08-01 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_UST18,
        published="2018-08-01",
    ),
    # a one-off announcement on 15 October 2018: that day, end of day (CONVENTIONS 3.1)
    B(
        text="The first auction for the 2-month bill will be announced on October 15, 2018.",
        due="2018-10-16 03:59:59",
        vague=False,
        said="2018-08-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_UST18,
        published="2018-08-01",
    ),
    # Voice of America (news report 'Somalia: No Popular Elections in 2016', on voanews.com; US federal work, public domain); zone America/New_York (VOA's Washington newsroom, EDT); the stored opening prints no date: the report is of the interview it dates 'Wednesday', which VOA's Indonesian service's report of the same interview dates 29 July 2015, so said 29 July 2015 10:00 EDT; no label depends on the exact day that week. The title, photo captions and sentences without a time word (or whose only time word is 'in the past') are not taken. elections 'next year' denied: negated (CONVENTIONS 4.1)
    B(
        text="The president of Somalia has told VOA that his government will not hold popular elections next year, due to continuing insecurity in the country.",
        due=None,
        vague=False,
        said="2015-07-29 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_VOA15,
        published="2015-07-29",
    ),
    # 'Wednesday' is on the verb of speaking and the claim has no time of its own: due None, no refusal word (CONVENTIONS 2.2). unsure: a careful reader could give 'past' (the interview, told of the past)
    B(
        text='In an interview Wednesday with VOA\'s Somali Service, President Hassan Sheikh Mohamud said that "one person, one vote" elections will not be possible under current circumstances.',
        due=None,
        vague=False,
        said="2015-07-29 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_VOA15,
        published="2015-07-29",
    ),
    # the transition in 2016 is the aim the format is for: 31 December 2016, end of day. unsure: a careful reader could give due None (an aim with no agreed format, CONVENTIONS 4.2)
    B(
        text="There are different phases and different models for elections, and we are aiming for the next best option, but we have not yet agreed on a format to transition in 2016.",
        due="2017-01-01 04:59:59",
        vague=False,
        said="2015-07-29 14:00:00",
        tz="America/New_York",
        precision="year",
        cluster=4,
        source=_VOA15,
        published="2015-07-29",
    ),
    # 2012, told of the past: past
    B(
        text="The current government was mandated to lead Somalia into general elections following the election of Mohamud, a new parliament and adoption of a new constitution in 2012.",
        due=None,
        vague=False,
        said="2015-07-29 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA15,
        published="2015-07-29",
    ),
    # last year and Sunday, told of the past: past
    B(
        text="The group has killed several members of parliament, launched two attacks on the presidential palace last year and car-bombed a popular Mogadishu hotel on Sunday, killing 18 people.",
        due=None,
        vague=False,
        said="2015-07-29 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA15,
        published="2015-07-29",
    ),
    # since 2012, told of the past: past
    B(
        text="The president insisted his government has made progress since it came to power in 2012.",
        due=None,
        vague=False,
        said="2015-07-29 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA15,
        published="2015-07-29",
    ),
    # The White House (proclamation of President Eisenhower designating National Youth Fitness Week, 1958, done at Washington on 30 April 1958, as printed in the Statutes at Large, vol. 72 part 2, p. C39, on en.wikisource.org; US federal work, public domain); zone America/New_York (EDT from 27 April 1958, UTC-4, as zoneinfo gives); dated by its own 'DONE ... this 30th day of April' and no hour: said 30 April 1958 10:00 EDT. The page's running heads, the signature and dating clause (a date line) and the next proclamation's opening, cut off where the page ends, are not taken; the OCR spelling is kept as stored. the week beginning Sunday 1 June 1958, proclaimed: its last day, 7 June 1958, end of day (a week-long observance falls due at its end). unsure: a careful reader could give Sunday 8 June 1958 (a Monday-to-Sunday week, the blind_real reading of 'the week commencing')
    B(
        text="WHEREAS the Chairman of the President's Council on Youth Fitness, estabhshed in July 1956 to stimulate existing programs and to initiate other measures tending to enhance the fitness of American youth, has recommended that the week beginning June 1, 1958, be designated as National Youth Fitness Week; and WHEREAS the fitness of our young people can be promoted through the determined and constant effort of all our citizens, both young and old: NOW, THEREFORE, I, DWIGHT D. EISENHOWER, President of the United States of America, do hereby proclaim the week beginning June 1, 1958, as National Youth Fitness Week.",
        due="1958-06-08 03:59:59",
        vague=False,
        said="1958-04-30 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_WH58,
        published="1958-04-30",
    ),
    # a request to officials, parents and groups to act during that week: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 7 June 1958, end of day (the week's end)
    B(
        text="I request officials of the Government, and I urge American parents, as well as business, labor, agricultural, educational, religious, and civic groups, to use all appropriate means during that week to promote programs and activities which will better the mental, social, spiritual, and physical fitness of the youth of America to the end that we may assure the continuing strength and well-being of our Nation.",
        due=None,
        vague=False,
        said="1958-04-30 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_WH58,
        published="1958-04-30",
    ),
)
