"""A HUNDRED-AND-SIXTY-SECOND fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 19:25 and 19:45 by a labelling helper (branch
issue12l162-s58) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 58 (fresh159 to fresh163), whose claims in the shared claims file were treated as used
and whose files and README sections were not opened. It read `CONVENTIONS.md` in full (4.3, new this
stop, included), the docstring, comments and some cases and the README section of `blind_fresh158.py`,
the field list of `BlindCase` in `blind_real.py`, the docstring of `tests/data/fresh_check.py`, and the
top docstring of the parser package only; nothing else of `bot/core/deadlines/` was opened. The brief
asked for the European Commission and the Council of the EU (their reuse decisions), Statistics Canada
(Open Licence), gov.ie pages that state CC BY and the US labour, commerce and trade bodies (DOL, Commerce,
USTR, Census Bureau, BLS), at most a third from the United States, with publishers "open and used before"
as the fallback; at least eight publishers, none above a fifth of the cases; about 90 cases (at least 70)
by 20:25 UTC.

The set quotes the European Commission (Midday Express of 16 November 2010, 21 December 2011, 12 February
2013 and 24 April 2013), UK Parliament (Historic Hansard: Commons 12 September 1887 and 23 May 1898, Lords
29 June 1897), the Houses of the Oireachtas (Dáil sittings of 27 March 1931, 7 June 1939 and 1 May 1941),
Statistics Canada (the media room page of The Daily for 20 December 2013, on Library and Archives
Canada's web archive), the Vehicle Certification Agency (its media area press notice of 1 July 2008, on
the UK Government Web Archive), the Department of Labor (two Wage and Hour Division release listings,
2018 and 2019, and a news brief of 27 April 2022), the Office of the US Trade Representative (its blog
entries of 25 May 2012, 28 June, 27 and 30 September 2013 and 24 and 27 January 2014), the Census Bureau
(advisories CB00-CN.03 of 7 January 2000 and CB00-CN.48b of 24 July 2000, on the UNT End of Term archive)
and US Customs and Border Protection (a statement of 10 June 2015). 74 cases from 9 publishers (European
Commission 14 (18.9%); UK Parliament 13 (17.6%); the Oireachtas 13 (17.6%); USTR 11 (14.9%); Statistics
Canada 8 (10.8%); DOL 8 (10.8%); Census Bureau 3 (4.1%); CBP 2 (2.7%); VCA 2 (2.7%)). 24 of the 74
(32.4%) are from the United States (USTR, DOL, Census Bureau, CBP); 50 are not.

The brief's size target is met only at its floor: 74 cases (at least 70; about 90 asked). The store is heavily mined: of the
aimed publishers, most Commission Daily News and Midday Express pages after 2013, every Council of the EU
page found on consilium.europa.eu (the others were copies on third-party sites, not used), nearly every
Statistics Canada page found (The Daily front pages, release schedules, the census and consultation
pages), the gov.ie and Citizens Information Board pages found, the Census Bureau embargo releases, the
BLS schedule-change page and most DOL and USTR releases read USED; the USTR "week ahead" pages and a
Commerce blog listing that read fresh print no date of their own and were not used; no gov.ie page with
a time word and a CC BY statement of its own publisher was found fresh. The fallback publishers
(Historic Hansard, the Oireachtas) supplied the rest; the Dáil's 1930s-40s sittings were the freshest
vein found. Whole pages were left out to keep every publisher within a fifth (below).

Left out, and why. Claimed (`fresh162`) but not used: Historic Hansard, Commons 3 May 1869 (five cases
were drafted; with them UK Parliament would have been above a fifth of the set), two USTR
public-hearing releases of December 2018 and the Census Bureau advisory cb11-cn130 (no publication date
in the stored opening), and a Commerce blog listing on the UNT archive (category 150; no date for its
entry). More US pages were not sought once the United States reached a third less one case. Checked
whole, one sentence read USED and was dropped: 'The Daily is released Monday to Friday at 8:30 a.m. Eastern time, except during
holidays.' (Statistics Canada's standing line).

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, "Monday
week", "Friday next", a clock time, an hour with no a.m./p.m., "to-morrow", "to-day", "this day",
"today", "this week", "the week of July 8th", "the morning of", "before the end of the year", "in the
upcoming weeks", "for 60 days", "for more than 30 years", "a considerable time", "an early
opportunity", "the first or second week of July", "During the summit", "each year", "the past year",
"the Recess"); within each page quoted, the sentences of the stored opening that hold one were taken in
page order, easy or hard, except those whose only time words are general ("now", "the future") or whose
only years name a Bill or a census. Titles, headings, item titles, date
and "WHO/WHAT/WHEN" lines, speaker labels, contact lines and sentences cut off by the end of an opening
were skipped. The pages' slips ("Commission' substantial", "has been made large contributions", "such as such
as") stay as the pages have them.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh162`) in
`/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used and dropped
(README.md lists some). Every kept sentence was then checked whole with the same tool (skipping this
file): one read used and was dropped (above); none of the 74 kept reads used. Each label was worked out
by hand from the words, the publication date and the publisher's zone (Europe/Brussels for the
Commission, Europe/London for UK Parliament and the VCA, Europe/Dublin for the Oireachtas,
America/Toronto for Statistics Canada in Ottawa, America/New_York for USTR, the Census Bureau, CBP and
DOL's national releases, America/Chicago for DOL's Dallas news brief); the conversion of local instants
to UTC wall time (Irish summer time from 19 April 1931, GMT for the nineteenth-century sittings),
weekdays and day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh158.py`: the publication date at 10:00 local time when the page gives no hour (the first
comment of each page says where its date was read; the USTR blog entries are read at their own time
stamps, listing items on the date over each); a day falls due at 23:59:59 local; an act told as done on
the day of speaking is past (CONVENTIONS 2.4) and a day word on a verb of announcing is never the
deadline (CONVENTIONS 2.2); a meeting, a taking of office or a release on a date one-off (CONVENTIONS
3.1); a House adjourned "until" a day due that day (CONVENTIONS 3.3); several times or days at the later
(CONVENTIONS 6.1, 6.2); a clock time with no day of its own at its first occurrence after the moment of
speaking, the page's instant in the comment (CONVENTIONS 6.3); an hour with no a.m./p.m. at its first
reading after the moment (the docstring's round 21); "the week of July 8th" to its Sunday, "the morning
of" to 12:00, "the upcoming weeks" as "the coming weeks", vague, 4 weeks (the docstring); questions
and a possibility nobody undertakes due None with no refusal word (CONVENTIONS 4.2, 4.3), as is a
share stated of "today's announcement" (9 such in all); plans
and intentions, modestly put, dated (CONVENTIONS 4.3); plans reported in the past with no "will" after
them past (the docstring's round 4); a time called off with no new time negated (CONVENTIONS 4.1); times
hung on an undated event ("During the summit", "During his trip", "After the discussion", "when
consideration of the Estimates will have been completed", "during National Small Business Week") event
(CONVENTIONS 1.3, 5.2). Clusters as in
`blind_fresh158.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day,
periods and windows, 5 refusals, 6 plain days and dates. 43 labels are refusals (past 35, event 5,
negated 3); 1 is vague; 22 labels carry a due instant (the vague one included); 10 are marked "unsure"
and name the other reading; like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in README.md).
Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_EC10 = "http://europa.eu/rapid/press-release_MEX-10-1116_en.htm?locale=en"
_EC11 = "http://europa.eu/rapid/press-release_MEX-11-1221_en.htm"
_EC13F = "http://europa.eu/rapid/midday-express-12-02-2013.htm"
_EC13A = "http://europa.eu/rapid/press-release_MEX-13-0424_en.htm?locale=FR"
_HC1887 = "http://api.parliament.uk/historic-hansard/commons/1887/sep/12/adjournment"
_HL1897 = "https://api.parliament.uk/historic-hansard/lords/1897/jun/29/business-of-the-house"
_HC1898 = "https://api.parliament.uk/historic-hansard/commons/1898/may/23/whitsuntide-recess"
_CEN00 = "https://webarchive.library.unt.edu/eot2008/20081106172725/http:/www.census.gov/Press-Release/www/2000/cb00cn48b.html"
_WHD19 = "https://www.dol.gov/newsroom/releases/whd/1?agency=All&state=All&topic=All&page=11"
_WHD18 = "https://www.dol.gov/newsroom/releases/whd/1?agency=All&state=All&topic=All&page=12"
_USTR6 = "http://www.ustr.gov/about-us/press-office/blog/2013/june"
_USTR9 = "http://www.ustr.gov/about-us/press-office/blog/2013/september"
_CBP15 = "https://www.cbp.gov/newsroom/speeches-and-statements/statement-press-secretary-jenny-burke-commissioner-r-gil-2"
_STC13 = "https://bac-lac.wayback.archive-it.org/web/20131226001422/http://www42.statcan.gc.ca/smr_r000-eng.htm"
_DAIL31 = "https://www.oireachtas.ie/en/debates/debate/dail/1931-03-27/15/"
_DAIL39 = "https://www.oireachtas.ie/ga/debates/debate/dail/1939-06-07/5/"
_DAIL41 = "https://www.oireachtas.ie/en/debates/debate/dail/1941-05-01/8/"
_WHD22 = "https://dol.gov/newsroom/releases/whd/whd20220427"
_CEN00B = "https://webarchive.library.unt.edu/eot2008/20090507015046/http://www.census.gov/Press-Release/www/2000/cb00cn03.html"
_USTR14 = "http://www.ustr.gov/about-us/press-office/blog/2014/January"
_USTR12 = "http://www.ustr.gov/about-us/press-office/blog/2012/may"
_VCA08 = (
    "http://webarchive.nationalarchives.gov.uk/20090417103305/http:/www.vca.gov.uk/mediaarea.asp"
)

FRESH162_CASES: tuple[BlindCase, ...] = (
    # European Commission (Midday Express of 2010-11-16, 'EXME 10 / 16.11' in its own head line, on europa.eu (RAPID); the Commission's reuse policy, Decision 2011/833/EU); zone Europe/Brussels (CET); no hour given, said Tuesday 16 November 2010 10:00 CET. The item headings are not taken. a one-off meeting on the day of speaking, told in the present as happening (CONVENTIONS 3.1) [local due 2010-11-16 23:59:59 CET]
    B(
        text="The High Level Forum for a Better Functioning Food Supply Chain is meeting for the first time in Brussels on Tuesday 16 November.",
        due="2010-11-16 22:59:59",
        vague=False,
        said="2010-11-16 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC10,
        published="2010-11-16",
    ),
    # a hearing on the morning of a dated day: the morning ends at 12:00 (the docstring's parts of the day; CONVENTIONS 3.1) [local due 2010-11-17 12:00:00 CET]
    B(
        text="The Commission services will hold a public hearing in Brussels on the morning of Wednesday 17 November 2010 to assist in finalising the proposal for an EU Regulation establishing end-dates for migration to SEPA credit transfers and direct debits.",
        due="2010-11-17 11:00:00",
        vague=False,
        said="2010-11-16 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC10,
        published="2010-11-16",
    ),
    # an intention stays dated (CONVENTIONS 4.3); 'before the end of the year' falls due at the year's end (CONVENTIONS 3.5). The sentences after it hold no time word or are cut off [local due 2010-12-31 23:59:59 CET]
    B(
        text="The intention of Commissioner Barnier is to adopt the proposal before the end of the year.",
        due="2010-12-31 22:59:59",
        vague=False,
        said="2010-11-16 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC10,
        published="2010-11-16",
    ),
    # European Commission (Midday Express of 2011-12-21, 'EXME 11 / 21.12' in its own head line, on europa.eu (RAPID); Decision 2011/833/EU); zone Europe/Brussels (CET); no hour given, said Wednesday 21 December 2011 10:00 CET. Headings and the quoted sentences without a time word are not taken. 'Today' on a verb of announcing told as done: past (CONVENTIONS 2.2, 2.4)
    B(
        text="Today, the European Commission announced additional funding for projects targeting the most off-track Millennium Development Goals (MDGs) in 36 African, Caribbean and Pacific countries.",
        due=None,
        vague=False,
        said="2011-12-21 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC11,
        published="2011-12-21",
    ),
    # 'today's decision' names the present; the only date dates an announcement of September 2010: past
    B(
        text="With today's decision the EU is delivering on its €1 billion MDG initiative, announced in September 2010, at the UN MDGs Summit in New York.",
        due=None,
        vague=False,
        said="2011-12-21 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC11,
        published="2011-12-21",
    ),
    # taking office on a date, one-off (CONVENTIONS 3.1) [local due 2012-01-01 23:59:59 CET]
    B(
        text="Mr Dušan Chrenek will take office as head of representation in Slovakia on 1 January 2012.",
        due="2012-01-01 22:59:59",
        vague=False,
        said="2011-12-21 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC11,
        published="2011-12-21",
    ),
    # European Commission (Midday Express of 2013-02-12, 'Daily News – 12.02.2013' and 'EXME 13 / 12.02' in its own head lines, on europa.eu (RAPID); Decision 2011/833/EU); zone Europe/Brussels (CET); no hour given, said Tuesday 12 February 2013 10:00 CET. The sentence without a time word ('The General Report describes a year ...') and the last sentence, cut off, are not taken. an act of the day of speaking told as done: past (CONVENTIONS 2.4)
    B(
        text="The Commission presented today the first report on the progress achieved by Kosovo in fulfilling the requirements of the visa liberalisation roadmap.",
        due=None,
        vague=False,
        said="2013-02-12 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC13F,
        published="2013-02-12",
    ),
    # published today, told as done; 'the past year' is gone: past (CONVENTIONS 2.4)
    B(
        text="Today the European Commission published the General Report on the Activities of the European Union 2012 which presents the actions taken to address all the challenges of the past year.",
        due=None,
        vague=False,
        said="2013-02-12 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC13F,
        published="2013-02-12",
    ),
    # a year gone and 'immediate' told of the past: past (CONVENTIONS 5.3)
    B(
        text="Throughout 2012, the EU and the world have been faced with a series of challenges that required immediate and sustained responses: from tackling the economic crisis to promoting democracy, stability and prosperity in the Union's neighbourhood and other parts of the world.",
        due=None,
        vague=False,
        said="2013-02-12 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC13F,
        published="2013-02-12",
    ),
    # European Commission (Midday Express of 2013-04-24, 'EXME 13 / 24.04' in its own head line, on europa.eu (RAPID), the French-locale view of an English page; Decision 2011/833/EU); zone Europe/Brussels (CEST); no hour given, said Wednesday 24 April 2013 10:00 CEST. two days, the later counts (CONVENTIONS 6.1); the publisher's zone, not Addis Ababa's, dates the day (as 6.3 reads zones) [local due 2013-04-26 23:59:59 CEST]
    B(
        text="European Commission President José Manuel Barroso and six European Commissioners will meet their African Union (AU) counterparts on 25 and 26 April, in Addis Ababa, Ethiopia.",
        due="2013-04-26 21:59:59",
        vague=False,
        said="2013-04-24 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EC13A,
        published="2013-04-24",
    ),
    # the launch has no time of its own here; the summit 'due to take place ... in April 2014' is dated, at the month's end (CONVENTIONS 3.1). unsure: a careful reader could hold the undertaking to be the launch, hung on the event the previous sentence dates, refusal 'event' (CONVENTIONS 1.3, 5.2) [local due 2014-04-30 23:59:59 CEST]
    B(
        text="The high-level event, which takes place in year of the 50th anniversary of the Organisation of the African Union (OAU), will launch the preparations of the 4th Africa-EU Summit, due to take place in Brussels in April 2014.",
        due="2014-04-30 21:59:59",
        vague=False,
        said="2013-04-24 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC13A,
        published="2013-04-24",
    ),
    # an announcement expected at a summit dated in a bracket, '24-25 April': the later day (CONVENTIONS 6.1) [local due 2013-04-25 23:59:59 CEST]
    B(
        text="European Commission President José Manuel Barroso and Development Commissioner, Andris Piebalgs, are expected to announce a significant new commitment to help eradicate polio, at the Global Vaccine Summit (24-25 April) in Abu Dhabi (United Arab Emirates).",
        due="2013-04-25 21:59:59",
        vague=False,
        said="2013-04-24 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EC13A,
        published="2013-04-24",
    ),
    # 'During the summit' hangs the act on a summit this sentence does not date; 'each year' is a habit: event (CONVENTIONS 1.3, 5.2). The sentence before it (no time word) is not taken; the slip 'Commission' substantial' is the page's. The sentence after the next ('Through the GAVI Alliance ...') has no time word and the last is cut off
    B(
        text="During the summit President Barroso and Commissioner Piebalgs will underline the Commission' substantial support on global health: on average half a billion euros goes to health each year, and at least 20% of the new aid budget is planned to be dedicated to human development, of which health is a key part.",
        due=None,
        vague=False,
        said="2013-04-24 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EC13A,
        published="2013-04-24",
    ),
    # 'in the past': past; the slip 'has been made' is the page's
    B(
        text="On polio eradication specifically, the Commission has been made large contributions in the past.",
        due=None,
        vague=False,
        said="2013-04-24 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC13A,
        published="2013-04-24",
    ),
    # UK Parliament (Historic Hansard, 'HC Deb 12 September 1887 vol 321 c456', Adjournment, on api.parliament.uk; Open Parliament Licence, which covers Crown copyright material published before 1 August 1989); zone Europe/London (GMT); the sitting ran into the morning of 12 September (the House rose at 5.15 a.m.); no hour of speaking given, said 12 September 1887 10:00 GMT (any moment of that morning gives the same labels). Speaker labels and 'Motion made, and Question proposed' are not taken. 'this day at 3 o'clock': an hour with no a.m./p.m., the first of its readings after the moment of speaking, 15:00 (the docstring's round 21; CONVENTIONS 3.1) [local due 1887-09-12 15:00:00 GMT]
    B(
        text='I beg to move "That this House do now adjourn," and it may be for the convenience of Members to mention that the House will meet this day at 3 o\'clock.',
        due="1887-09-12 15:00:00",
        vague=False,
        said="1887-09-12 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HC1887,
        published="1887-09-12",
    ),
    # a question: nobody undertakes 'to-morrow evening' (CONVENTIONS 4.3); due None, no refusal word
    B(
        text="Supposing the Appropriation Bill gets through the third stage to-morrow evening, what do the Government intend to do with the remainder of the Paper—will any private Members' Bills be taken after the Government Business is disposed of?",
        due=None,
        vague=False,
        said="1887-09-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC1887,
        published="1887-09-12",
    ),
    # a question about days (CONVENTIONS 4.3): due None, no refusal word. The answer 'It is not intended to take any private Members' Business.' has no time word
    B(
        text="What will be done on Wednesday and Thursday?",
        due=None,
        vague=False,
        said="1887-09-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC1887,
        published="1887-09-12",
    ),
    # adjourned 'until Friday': the House stays risen to that day, due at its end (CONVENTIONS 3.3); the 'unless' clause is a condition with no time [local due 1887-09-16 23:59:59 GMT]
    B(
        text="The House will adjourn until Friday, unless there is Business which we do not know of that may come from the House of Lords.",
        due="1887-09-16 23:59:59",
        vague=False,
        said="1887-09-12 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC1887,
        published="1887-09-12",
    ),
    # a question whether the House may be moved to meet 'to-day' other than at the usual time (CONVENTIONS 4.3): due None, no refusal word. The Speaker's answer ('Yes; that is frequently done. I mentioned the hour, ...') sets no time and is not taken
    B(
        text="Is it competent for the Government, without Notice, to move that the House shall meet to-day except at the ordinary time?",
        due=None,
        vague=False,
        said="1887-09-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC1887,
        published="1887-09-12",
    ),
    # the record of the rising before the moment read, told as done: past; 'Question put, and agreed to.' is not taken
    B(
        text="House adjourned at a quarter after Five o'clock in the morning.",
        due=None,
        vague=False,
        said="1887-09-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC1887,
        published="1887-09-12",
    ),
    # UK Parliament (Historic Hansard, 'HL Deb 29 June 1897 vol 50 c722', Business of the House, on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); no hour given, said Tuesday 29 June 1897 10:00 GMT. 'Motion agreed to.' is not taken. Thursday 1 July is called off ('we should not meet on that day') and this sentence gives no new time: negated (CONVENTIONS 4.1)
    B(
        text="There is no urgent business on the Paper for Thursday, and I understand that it would be agreeable to both sides of the House that we should not meet on that day.",
        due=None,
        vague=False,
        said="1897-06-29 10:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HL1897,
        published="1897-06-29",
    ),
    # adjourning 'until Friday' (2 July), the House's own business as moved by its Leader: dated (CONVENTIONS 3.3). unsure: a careful reader could call a motion a time put forward for agreement, due None and no refusal word (CONVENTIONS 4.3) [local due 1897-07-02 23:59:59 GMT]
    B(
        text="I therefore move that the House at its rising do adjourn until Friday.",
        due="1897-07-02 23:59:59",
        vague=False,
        said="1897-06-29 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL1897,
        published="1897-06-29",
    ),
    # the rising at 7.20 p.m. is done; the House stands adjourned to 'Friday next, a Quarter past Ten o'clock': Friday 2 July 10:15 (CONVENTIONS 3.1). unsure: the docstring's 'next <weekday>' is the following week's day, Friday 9 July 1897 10:15 GMT, if 'Friday next' is read so [local due 1897-07-02 10:15:00 GMT]
    B(
        text="House adjourned at Twenty minutes past Seven o'clock, to Friday next, a Quarter past Ten o'clock.",
        due="1897-07-02 10:15:00",
        vague=False,
        said="1897-06-29 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL1897,
        published="1897-06-29",
    ),
    # UK Parliament (Historic Hansard, 'HC Deb 23 May 1898 vol 58 c406', Whitsuntide Recess, on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); no hour given, said Monday 23 May 1898 10:00 GMT. The last two sentences (no time word) are not taken. a question (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="I beg to ask the First Lord of the Treasury when it is proposed to adjourn the House for Whitsuntide and re-assemble again?",
        due=None,
        vague=False,
        said="1898-05-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC1898,
        published="1898-05-23",
    ),
    # the Government's proposal answering a question, its plan (CONVENTIONS 4.3); the House stays adjourned 'until Monday week' (CONVENTIONS 3.3): said on a Monday, the Monday after next, 6 June. unsure: the docstring's '<weekday> week' counts from the day of speaking when it is that weekday, Monday 30 May 1898 23:59:59 GMT [local due 1898-06-06 23:59:59 GMT]
    B(
        text="It is proposed that the House shall adjourn at the close of the sitting to-morrow until Monday week.",
        due="1898-06-06 23:59:59",
        vague=False,
        said="1898-05-23 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC1898,
        published="1898-05-23",
    ),
    # a question (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="When will the adjournment be moved—at the commencement or at the end of public business?",
        due=None,
        vague=False,
        said="1898-05-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC1898,
        published="1898-05-23",
    ),
    # 'in the course of to-morrow's sitting': by the end of 24 May; the speaker's hope for the Government's business stays dated (CONVENTIONS 4.3). unsure: 'may be concluded' could be read as a possibility nobody undertakes, due None and no refusal word (CONVENTIONS 4.2) [local due 1898-05-24 23:59:59 GMT]
    B(
        text="We have every reason to hope that the Irish Local Government Bill may be concluded in the course of to-morrow's sitting, and after the conclusion of the Committee stage the motion will be made.",
        due="1898-05-24 23:59:59",
        vague=False,
        said="1898-05-23 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC1898,
        published="1898-05-23",
    ),
    # US Census Bureau (media advisory CB00-CN.48b, 'FOR IMMEDIATE RELEASE MONDAY, JULY 24, 2000' in its own head, a census.gov page kept by the UNT End of Term web archive; US federal work, public domain); zone America/New_York (EDT); no hour given, said 24 July 2000 10:00 EDT. The 'Date:', 'Time:' and 'Place:' lines, the webcast sentences (no time word) and the contact lines are not taken. a briefing on a dated day at a clock time with its zone (CONVENTIONS 3.1) [local due 2000-07-26 12:00:00 EDT]
    B(
        text="Census Bureau Director Kenneth Prewitt will hold a news briefing on Wednesday, July 26, at 12:00 noon EDT to discuss current Census 2000 operations and quality-control issues.",
        due="2000-07-26 16:00:00",
        vague=False,
        said="2000-07-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CEN00,
        published="2000-07-24",
    ),
    # a clock time with no day of its own: the first 11:50 a.m. EDT after the moment of speaking (CONVENTIONS 6.3); page: 26 July 2000 11:50 EDT [local due 2000-07-24 11:50:00 EDT]
    B(
        text="If you wish to take part in the conference call, telephone 301-457-3691 by 11:50 a.m. EDT to obtain the conference number.",
        due="2000-07-24 15:50:00",
        vague=False,
        said="2000-07-24 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CEN00,
        published="2000-07-24",
    ),
    # Department of Labor (Wage and Hour Division news release listing, page 11, on dol.gov; US federal work, public domain); zone America/New_York (EDT); each item is read on the date printed over it, at 10:00 EDT. Item titles, quotes without a time word and the last item, cut off, are not taken. item of 29 April 2019: 'today announced' and a swearing-in told as done: past (CONVENTIONS 2.2, 2.4)
    B(
        text="WASHINGTON, DC – The U.S. Department of Labor today announced Cheryl Marie Stanton was sworn-in as the Administrator of the Department's Wage and Hour Division.",
        due=None,
        vague=False,
        said="2019-04-29 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WHD19,
        published="2019-04-29",
    ),
    # item of 29 April 2019: a letter issued, told as done: past (CONVENTIONS 2.4)
    B(
        text="WASHINGTON, DC – The U.S. Department of Labor announced today that it has issued a new opinion letter that addresses compliance issues related to the Fair Labor Standards Act (FLSA).",
        due=None,
        vague=False,
        said="2019-04-29 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WHD19,
        published="2019-04-29",
    ),
    # item of 9 April 2019: a publication told as done: past (CONVENTIONS 2.4)
    B(
        text="WASHINGTON, DC – The U.S. Department of Labor announced today that the Office of the Federal Register has published the Department's Notice of Proposed Rulemaking that would revise and clarify the responsibilities of employers and joint employers to employees in joint employer arrangements under the Fair Labor Standards Act (FLSA).",
        due=None,
        vague=False,
        said="2019-04-09 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WHD19,
        published="2019-04-09",
    ),
    # item of 9 April 2019: a window of 60 days (to 8 June) and its stated close on June 10: the later, the explicit date (CONVENTIONS 1.1, 6.2) [local due 2019-06-10 23:59:59 EDT]
    B(
        text="The official publication in the Federal Register marks the start of the proposal's public comment period, which will remain open for 60 days and close on June 10, 2019.",
        due="2019-06-11 03:59:59",
        vague=False,
        said="2019-04-09 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_WHD19,
        published="2019-04-09",
    ),
    # Department of Labor (Wage and Hour Division news release listing, page 12, on dol.gov; US federal work, public domain); zone America/New_York (EDT); each item is read on the date printed over it, at 10:00 EDT. The items of 12 and 5 September 2018 (no time word) and 'This release demonstrates ...' are not taken. item of 28 August 2018: letters issued, told as done: past (CONVENTIONS 2.4)
    B(
        text="WASHINGTON, DC – The U.S. Department of Labor's Wage and Hour Division (WHD) announced today that it has issued six new opinion letters.",
        due=None,
        vague=False,
        said="2018-08-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WHD18,
        published="2018-08-28",
    ),
    # item of 28 August 2018: 'released today', told as done: past
    B(
        text="The letters released today address compliance under both the Fair Labor Standards Act (FLSA) and the Family and Medical Leave Act (FMLA).",
        due=None,
        vague=False,
        said="2018-08-28 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_WHD18,
        published="2018-08-28",
    ),
    # item of 27 August 2018: 'in the upcoming weeks' is 'the coming weeks', vague, 4 weeks (the docstring's windows); the day word is on the verb of announcing (CONVENTIONS 2.2) [local due 2018-09-24 23:59:59 EDT]
    B(
        text="WASHINGTON, DC – The U.S. Department of Labor's Wage and Hour Division announced today that in the upcoming weeks it will hold public listening sessions to gather views on the Part 541 white-collar exemption regulations, often referred to as the “Overtime Rule.”",
        due="2018-09-25 03:59:59",
        vague=True,
        said="2018-08-27 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_WHD18,
        published="2018-08-27",
    ),
    # Office of the US Trade Representative (USTR blog, June 2013 listing, entry stamped '06/28/2013 4:16 PM', on ustr.gov; US federal work, public domain); zone America/New_York (EDT); said at the entry's own stamp, 28 June 2013 16:16 EDT. Sentences without a time word ('now', 'today' of a present state, 'the future') and the last one, cut off, are not taken. 'This week' on a trip told as done; the anniversary and 1963 name the past: past
    B(
        text="This week, Deputy U.S. Trade Representative Miriam Sapiro traveled to Berlin, Germany, where she participated in a panel discussion at the John F. Kennedy Atlantic Forum, which marked the 50th anniversary of John Kennedy’s 1963 Berlin speech and highlighted entrepreneurship in the Transatlantic Community.",
        due=None,
        vague=False,
        said="2013-06-28 20:16:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USTR6,
        published="2013-06-28",
    ),
    # 'the week of July 8th' runs to that week's Sunday, 14 July (the docstring's 'the week commencing'); a scheduled round (CONVENTIONS 3.1) [local due 2013-07-14 23:59:59 EDT]
    B(
        text="Ambassador Sapiro also discussed the foundation for a successful TTIP, as the first round of negotiations is scheduled to occur the week of July 8th in Washington, D.C.",
        due="2013-07-15 03:59:59",
        vague=False,
        said="2013-06-28 20:16:00",
        tz="America/New_York",
        cluster=4,
        source=_USTR6,
        published="2013-06-28",
    ),
    # Office of the US Trade Representative (USTR blog, September 2013 listing, on ustr.gov; US federal work, public domain); zone America/New_York (EDT); each entry is said at its own stamp. Sentences without a time word and the last one, cut off, are not taken. entry stamped '09/30/2013 6:05 PM' (said 18:05 EDT): a trip made 'today', told as done: past (CONVENTIONS 2.4)
    B(
        text="Brussels, Belgium-- Ambassador Froman made his first trip to Europe today as U.S. Trade Representative, meeting with key European Union (EU) officials and giving a speech at the German Marshall Fund on the importance of the Transatlantic Trade and Investment Partnership (T-TIP).",
        due=None,
        vague=False,
        said="2013-09-30 22:05:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USTR9,
        published="2013-09-30",
    ),
    # same entry: meetings held during a 'day-long visit', told as done: past
    B(
        text="During his day-long visit, Ambassador Froman also held meetings with EU Trade Commissioner Karel De Gucht, European Commission Secretary General Catherine Day, European Commission Director General for Enterprise and Industry Daniel Calleja Crespo, Members of the European Parliament, and representatives of EU member states.",
        due=None,
        vague=False,
        said="2013-09-30 22:05:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USTR9,
        published="2013-09-30",
    ),
    # entry stamped '09/27/2013 3:05 PM' (said 15:05 EDT): 'this week' right after a past verb: past
    B(
        text="Ambassador Islam Siddiqui, USTR’s Chief Agricultural Negotiator, traveled to Baltimore, MD this week to sign a new Equivalence Arrangement for trade in organic foods between the U.S. and Japan.",
        due=None,
        vague=False,
        said="2013-09-27 19:05:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USTR9,
        published="2013-09-27",
    ),
    # US Customs and Border Protection (statement of the press secretary on Commissioner Kerlikowske's trip, 'Release Date Wed, 06/10/2015', on cbp.gov; US federal work, public domain); zone America/New_York (EDT); no hour given, said 10 June 2015 10:00 EDT. The sentences without a time word are not taken. meetings begun 'today', told as done: past (CONVENTIONS 2.4)
    B(
        text="WASHINGTON—Commissioner Kerlikowske began meetings today on his trip to Brussels and The Hague, Netherlands.",
        due=None,
        vague=False,
        said="2015-06-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CBP15,
        published="2015-06-10",
    ),
    # 'During his trip' hangs the meetings on a trip whose end this sentence does not date: event (CONVENTIONS 1.3, 5.2)
    B(
        text="During his trip he will meet with his counterparts from the B5 countries of Australia, Canada, New Zealand, and the United Kingdom.",
        due=None,
        vague=False,
        said="2015-06-10 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CBP15,
        published="2015-06-10",
    ),
    # Statistics Canada (Media room page of The Daily, 'Friday, December 20, 2013' in its own head, www42.statcan.gc.ca kept by Library and Archives Canada's web archive; Statistics Canada Open Licence); zone America/Toronto (EST, Ottawa); the page's own items are read on 20 December 2013 and each 'Recent releases' item on the date printed over it, at 10:00 EST. Release titles, 'Upcoming releases: December 23 to January 3, 2014' (a heading) and sentences without a time word are not taken; 'The Daily is released Monday to Friday at 8:30 a.m. ...' read USED when checked whole and was dropped. months gone, told as done: past
    B(
        text="Consumer prices rose 0.9% in the 12 months to November, following a 0.7% increase in October.",
        due=None,
        vague=False,
        said="2013-12-20 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC13,
        published="2013-12-20",
    ),
    # months gone, told as done: past
    B(
        text="On a seasonally adjusted monthly basis, the Consumer Price Index increased 0.2% in November after decreasing 0.1% in October.",
        due=None,
        vague=False,
        said="2013-12-20 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC13,
        published="2013-12-20",
    ),
    # a month gone, told as done: past
    B(
        text="Following three consecutive monthly gains, retail sales edged down 0.1% in October to $40.7 billion.",
        due=None,
        vague=False,
        said="2013-12-20 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC13,
        published="2013-12-20",
    ),
    # item of December 19, 2013: months gone: past
    B(
        text="Following a decline in September, the number of people receiving regular Employment Insurance benefits was little changed in October at 510,500.",
        due=None,
        vague=False,
        said="2013-12-19 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC13,
        published="2013-12-19",
    ),
    # item of December 19, 2013: '12 months earlier' measures a change already recorded: past
    B(
        text="Compared with 12 months earlier, the number of beneficiaries fell 8.4%.",
        due=None,
        vague=False,
        said="2013-12-19 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC13,
        published="2013-12-19",
    ),
    # item of December 19, 2013: a year gone: past
    B(
        text="Police recorded 543 homicides in Canada in 2012, 55 fewer than the previous year.",
        due=None,
        vague=False,
        said="2013-12-19 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC13,
        published="2013-12-19",
    ),
    # item of December 19, 2013: years gone: past
    B(
        text="The homicide rate in 2012 was 1.56 victims per 100,000 population, down 10% from 2011 and the lowest homicide rate recorded since 1966.",
        due=None,
        vague=False,
        said="2013-12-19 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC13,
        published="2013-12-19",
    ),
    # item of December 18, 2013: a month gone: past
    B(
        text="Following two months of weak growth, wholesale sales increased 1.4% to $50.5 billion in October.",
        due=None,
        vague=False,
        said="2013-12-18 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC13,
        published="2013-12-18",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Friday, 27 Mar 1931, Vol. 37 No. 19, The Adjournment, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, which applies CC BY 4.0); zone Europe/Dublin (GMT; Irish summer time began on 19 April 1931); the date is the debate's own heading; no hour given, said 27 March 1931 10:00 GMT. Sentences whose only time word is 'now', the request for 'Government time' (a kind of business, no time) and those without a time word are not taken. adjourning 'until the 22nd April' (Wednesday), the House's own business as moved (CONVENTIONS 3.3). unsure: a careful reader could call a motion a time put forward for agreement, due None and no refusal word (CONVENTIONS 4.3) [local due 1931-04-22 23:59:59 IST]
    B(
        text="I move that the Dáil adjourn until the 22nd April.",
        due="1931-04-22 22:59:59",
        vague=False,
        said="1931-03-27 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL31,
        published="1931-03-27",
    ),
    # a motion on the paper 'for a considerable time', a state already run: past
    B(
        text="It has been there for a considerable time.",
        due=None,
        vague=False,
        said="1931-03-27 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL31,
        published="1931-03-27",
    ),
    # a lapse of time told as done: past
    B(
        text="A considerable time elapsed before the motion was put on the Order Paper.",
        due=None,
        vague=False,
        said="1931-03-27 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL31,
        published="1931-03-27",
    ),
    # 'an early opportunity' is what the speaker says he will not afford (the joke declines it): negated (CONVENTIONS 4.1). unsure: a careful reader could find no undertaking at all here, due None and no refusal word (CONVENTIONS 4.2)
    B(
        text="I think it would be rather a pity to afford an early opportunity for discussing the motion because we might not then have the pleasure of seeing the Deputy so often.",
        due=None,
        vague=False,
        said="1931-03-27 10:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_DAIL31,
        published="1931-03-27",
    ),
    # time given once the Estimates are completed, an undated event: event (CONVENTIONS 1.3, 5.2)
    B(
        text="I propose, if possible, to give some time to the discussion of the motion when consideration of the Estimates will have been completed.",
        due=None,
        vague=False,
        said="1931-03-27 10:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL31,
        published="1931-03-27",
    ),
    # the rising at 2 p.m. is done; the Dáil stands adjourned to Wednesday 22 April at 3 p.m.: that instant (CONVENTIONS 3.1, 6.1), in Irish summer time [local due 1931-04-22 15:00:00 IST]
    B(
        text="The Dáil adjourned at 2 p.m. until Wednesday, 22nd April, at 3 p.m.",
        due="1931-04-22 14:00:00",
        vague=False,
        said="1931-03-27 10:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL31,
        published="1931-03-27",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Wednesday, 7 Jun 1939, Vol. 76 No. 6, Order of Business, on oireachtas.ie (the Irish-language view of an English record); Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (IST); the date is the debate's own heading; no hour given, said 7 June 1939 10:00 IST. The first sentence (item numbers, no time word) and 'I am afraid not.' are not taken. the usual interruption at 9 o'clock is called off, no new time: negated (CONVENTIONS 4.1)
    B(
        text="Business will not be interrupted at 9 o'clock to take Private Deputies' Business.",
        due=None,
        vague=False,
        said="1939-06-07 09:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_DAIL39,
        published="1939-06-07",
    ),
    # adjourning at 10.30 p.m. to Wednesday 14 June at 3 o'clock: the later time (CONVENTIONS 6.1); an hour from 1 to 7 on a named day is the afternoon (the docstring's round 21) [local due 1939-06-14 15:00:00 IST]
    B(
        text="The Dáil will adjourn at 10.30 p.m. until Wednesday, 14th June, at 3 o'clock.",
        due="1939-06-14 14:00:00",
        vague=False,
        said="1939-06-07 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL39,
        published="1939-06-07",
    ),
    # a question about the Recess (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="Is the Minister in a position to indicate what the Recess arrangements are likely to be?",
        due=None,
        vague=False,
        said="1939-06-07 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL39,
        published="1939-06-07",
    ),
    # a promise made yesterday, reported in the past ('would be'), with no 'will' after it: past (the docstring's round 4 on plans reported in the past). unsure: a careful reader could hold the promised statement still due at the end of the day of speaking, 1939-06-07 22:59:59 UTC
    B(
        text="We had a promise yesterday that there would be a statement to-day.",
        due=None,
        vague=False,
        said="1939-06-07 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL39,
        published="1939-06-07",
    ),
    # 'it might be about the first or second week of July' with 'we cannot commit ourselves definitely': a possibility nobody undertakes, due None and no refusal word (CONVENTIONS 4.2). unsure: a careful reader could call the time disowned, refusal 'negated' (CONVENTIONS 4.1)
    B(
        text="It was stated that it might be about the first or second week of July, but, in the present state of public business, we cannot commit ourselves definitely.",
        due=None,
        vague=False,
        said="1939-06-07 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL39,
        published="1939-06-07",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Thursday, 1 May 1941, Vol. 82 No. 15, Order of Business, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0); zone Europe/Dublin (IST); the date is the debate's own heading; no hour given, said 1 May 1941 10:00 IST. The first sentence, whose only years name Bills, is not taken. a question (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="Is it proposed to sit to-morrow?",
        due=None,
        vague=False,
        said="1941-05-01 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL41,
        published="1941-05-01",
    ),
    # what the speaker thought would be needed, told in the past with no 'will' after it: past (the docstring's round 4)
    B(
        text="I thought you were in such a fearful hurry that we would have to sit to-morrow.",
        due=None,
        vague=False,
        said="1941-05-01 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL41,
        published="1941-05-01",
    ),
    # Department of Labor (Wage and Hour Division news brief 22-543-DAL, 'Date April 27, 2022' at its foot, on dol.gov; US federal work, public domain); zone America/Chicago (CDT: the brief is the Dallas office's and its forum is timed in CDT); no hour given, said 27 April 2022 10:00 CDT. The 'WHO/WHAT/WHEN/WHERE' lines and the sentences without a time word are not taken. presentations of 30 to 90 minutes counted from a discussion this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="After the discussion, each of these agencies will make presentations, ranging from 30 to 90 minutes.",
        due=None,
        vague=False,
        said="2022-04-27 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_WHD22,
        published="2022-04-27",
    ),
    # US Census Bureau (advisory CB00-CN.03, 'FOR IMMEDIATE RELEASE FRIDAY, JANUARY 7, 2000' in its own head, a census.gov page kept by the UNT End of Term web archive; US federal work, public domain); zone America/New_York (EST); no hour given, said 7 January 2000 10:00 EST. The sentence whose only years name censuses ('Census 2000 over their 1990 levels'), the 'Date:/Time:/Place:' lines, the video feed lines and the sentences without a time word are not taken. a news conference on a dated day 'from 9:30 a.m. to 10:30 a.m. EST': the later end (CONVENTIONS 6.1) [local due 2000-01-11 10:30:00 EST]
    B(
        text="Commerce Secretary William M. Daley and Census Bureau Director Kenneth Prewitt will announce a new initiative to encourage participation in Census 2000 at the grassroots level in a news conference at the National Press Club on Tuesday, Jan. 11, from 9:30 a.m. to 10:30 a.m. EST.",
        due="2000-01-11 15:30:00",
        vague=False,
        said="2000-01-07 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CEN00B,
        published="2000-01-07",
    ),
    # Office of the US Trade Representative (USTR blog, January 2014 listing, on ustr.gov; US federal work, public domain); zone America/New_York (EST); each entry is said at its own stamp. Sentences without a time word, links and the last sentence, cut off, are not taken. entry stamped '01/27/2014 2:44 PM' (said 14:44 EST): an editorial of Sunday 26 January, the day before: past
    B(
        text="In their Sunday, January 26 editorial entitled “A new path on trade deals,” the L.A. Times Editorial Board calls for an updated Trade Promotion Authority bill, which will “give Congress the chance to set prerequisites and goals for trade deals.”",
        due=None,
        vague=False,
        said="2014-01-27 19:44:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USTR14,
        published="2014-01-27",
    ),
    # entry stamped '01/24/2014 4:49 PM' (said 16:49 EST), a cross post: 'Last June' told as done: past
    B(
        text="Last June, President Obama unveiled his Climate Action Plan to combat climate change through domestic and international action.",
        due=None,
        vague=False,
        said="2014-01-24 21:49:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USTR14,
        published="2014-01-24",
    ),
    # same entry: 'This week' on a step taken, told as done: past
    B(
        text="This week, the United States and like-minded trading partners took an important step in pushing forward this initiative, which will support green jobs here at home and level the playing field for our exporters abroad.",
        due=None,
        vague=False,
        said="2014-01-24 21:49:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USTR14,
        published="2014-01-24",
    ),
    # same entry: 'Today' on an announcement made: past (CONVENTIONS 2.2, 2.4)
    B(
        text="Today the United States announced plans for a new initiative with 13 other partner countries – find the list here – to eliminate tariffs on environmental goods in the World Trade Organization (WTO).",
        due=None,
        vague=False,
        said="2014-01-24 21:49:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USTR14,
        published="2014-01-24",
    ),
    # same entry: 'today’s announcement' names the present and the sentence states a share, no act to check: due None, no refusal word (the docstring: 'today's <noun>' names the present). unsure: a careful reader could call it past, the announcement being made; the page's 'such as such as' is kept
    B(
        text="The countries participating in today’s announcement account for 86 percent of global trade in environmental goods, such as such as solar water heaters, wind turbines, and catalytic converters.",
        due=None,
        vague=False,
        said="2014-01-24 21:49:00",
        tz="America/New_York",
        cluster=1,
        source=_USTR14,
        published="2014-01-24",
    ),
    # Office of the US Trade Representative (USTR blog, May 2012 listing, entry stamped '05/25/2012 2:09 PM', on ustr.gov; US federal work, public domain); zone America/New_York (EDT); said 25 May 2012 14:09 EDT. The other sentences of the stored opening have no time word or only 'currently' and '21st-century'. work going on 'during National Small Business Week', a week this sentence does not date, with no deadline of its own: event (CONVENTIONS 1.3, 5.2)
    B(
        text="As we continue to celebrate the accomplishments of American small businesses during National Small Business Week, the Obama Administration is working to develop ways of helping make these businesses even more competitive.",
        due=None,
        vague=False,
        said="2012-05-25 18:09:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USTR12,
        published="2012-05-25",
    ),
    # Vehicle Certification Agency (Media Area of vca.gov.uk, kept by the UK Government Web Archive; press notice 'for immediate release - 1st July 2008'; the page's own notice: 'for use by both the media, and any other individual or organisation free of charge. Crown Copyright rules apply', and VCA's site now states the Open Government Licence); zone Europe/London (BST; the notice is datelined Melbourne, the publisher's zone is used); no hour given, said 1 July 2008 10:00 BST. The first sentence (only 'now') and sentences without a time word ('the future') are not taken. a launch on the day of speaking told as done: past (CONVENTIONS 2.4)
    B(
        text="The launch took place on the 1st July 2008 at the headquarters of the Department of Innovation, Industry and Regional Development (DIIRD) in Melbourne and was well attended by industry representatives.",
        due=None,
        vague=False,
        said="2008-07-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_VCA08,
        published="2008-07-01",
    ),
    # 'for more than 30 years' measures support already given: past
    B(
        text="VCA's CEO, Paul Markwick went on to say, \"VCA has supported the automotive industry for more than 30 years and as it has become more global in nature, we have evolved and expanded to meet the needs of an ever-changing client base.",
        due=None,
        vague=False,
        said="2008-07-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_VCA08,
        published="2008-07-01",
    ),
)
