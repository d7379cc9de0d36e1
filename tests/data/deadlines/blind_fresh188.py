"""A HUNDRED-AND-EIGHTY-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 09:55 and 10:01 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l188-s63) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 63 (fresh184 to fresh187, articles blind148 and blind149), whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh183.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of
`bot/core/deadlines/` was opened. The brief asked for less-mined publishers (Oireachtas Dáil and Seanad
debates on bills and motions of 1990 to 2015 other than Orders of Business, gov.ie pages stating CC BY,
GOV.UK pages of the Ministry of Justice, HMCTS, DVLA and the Department for Business and Trade, US Forest
Service, National Park Service and USDA notices, pm.gov.au pages under CC BY 4.0), open licences only, at
least eight publishers, none above a fifth, at most a third from the United States, a spread of genres,
about 80 cases (at least 60).

The set quotes the Houses of the Oireachtas (a Dáil second-stage debate of 26 February 2008, a written answer
of 4 July 2001, a private members' second stage of 13 June 2019), UK Parliament (Commons consideration of a
Lords amendment on commencement, 25 March 1980; the Christmas adjournment debate of 19 December 1994, two
pages of it), HM Courts & Tribunals Service (the GOV.UK guidance 'The HMCTS Reform Programme' of 25 January
2024, the weekly 'HMCTS update' bulletin of 13 December 2024), the Prime Minister of Australia (a listing
page of February 2023 items: a visit release, a review statement, a joint statement, a radio interview),
Statistics Canada (the 2023-24 Departmental Plan, a StatCan Blog listing page of 2018 items), the National
Park Service (an Arches National Park construction schedule of 1 September 2017), the US Forest Service
(the Central Oregon fire information post of 30 April 2018) and the US Department of Agriculture (a listing
page of June 2020 news releases). 71 cases from 8 publishers: HMCTS 13 (18.3%); the National Park Service
13 (18.3%); the Oireachtas 12 (16.9%); UK Parliament 10 (14.1%); Statistics Canada 8 (11.3%); the Prime
Minister of Australia 6 (8.5%); the US Forest Service 5 (7.0%); USDA 4 (5.6%). 22 of the 71 (31.0%) are
from the United States (NPS, Forest Service, USDA); 49 are not. Genres: a parliamentary second-stage speech,
a written answer, exchanges on a Lords amendment, an adjournment debate, departmental guidance, a courts
bulletin, a prime minister's release, statement and radio interview, a statistics office's plan and blog,
a park's construction notice, a prescribed-burn notice and agency news releases.

The store is heavily mined: of about 60 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (pm.gov.au doorstops and listing pages, several Forest Service alert pages,
inciweb notices, farmers.gov deadlines, StatCan Daily pages, release schedules and newswire.ca releases,
ukpol.co.uk Ministry of Justice tag pages, parallelparliament.co.uk pages, historic Hansard items on
commencement, kildarestreet.com Seanad committee stages, Oireachtas written answers of 2020 and 2022, a
Wikinews article on the 2010 Australian election, Commission Daily News as carried by cna.org.cy). No
Wikinews article, no European Commission page and no gov.ie page stating CC BY was found fresh in the time;
no DVLA or Department for Business and Trade page was found with its own text. Each page's cases share one
`source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh188`) but not used, to keep the caps (a fifth for each publisher, a third
for the United States) or for want of time words: the Dáil written answers of 2 May 2017 and the report
stage of 27 November 2014 (Oireachtas cap); the Rocky Mountain National Park release as carried by
estesparknews.com, the Central Oregon fire post of October 2017 and the USDA newswire listing page 292
(United States share); the 1970 Commons commencement item (no sentence with a time word of its own); the
Ministry of Justice and HMCTS release on online justice in 2018 as carried by government-world.com (HMCTS
cap, and no date in the stored text). Within the pages kept: sentences without a time word; sentences whose
only time words are general ("now", "then", "still", "recently", "earlier", "already", "a few moments",
"previous occasions", "the intervening period", "multi-year") or whose only year names an Act or a census;
speaker tags, titles, item headings, date lines, lead-in lines ending in a colon and sentences cut off where
the stored text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, a fiscal year, a season, "today", "tomorrow", "yesterday", "this evening", "this week",
"last year", "every day", "soon", "over time", "in one day", "throughout the year", "the next school
year"); within each page quoted, the sentences of the stored text that hold one were taken in page order,
easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh188`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file): all 71 read fresh. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/Dublin for the Oireachtas, Europe/London for UK
Parliament and HMCTS, Australia/Sydney for the Prime Minister of Australia, America/Toronto for Statistics
Canada, America/Denver for Arches National Park, America/Los_Angeles for the Central Oregon forests,
America/New_York for USDA); the conversion of local instants to UTC wall time, weekdays and day counts were
done with Python's zoneinfo and datetime in a scratch script outside the repository, never with code of
the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh183.py`: the publication date at 10:00 local time unless the page gives the hour (two do: the
Commons adjournment debate, '4.34 pm', and the HMCTS guidance, '15:24'); the first comment of each page says
where its date was read. Three pages print no date of their own in the stored text (the Prime Minister's
listing page, the Statistics Canada plan, the USDA sugar notice on its listing page): each item is read on
a day fixed as its comment says, and no label depends on the exact day within that window except where the
comment says so. A day falls due at 23:59:59 local; a one-off event at a time due then (CONVENTIONS 3.1); a
state kept to a date at that date (CONVENTIONS 3.3); several times and ranges at the latest (CONVENTIONS
6.1, 6.2); "by <period>" at the period's end (CONVENTIONS 3.5); proposals and hedged guesses due None with no
refusal word (CONVENTIONS 4.3); times hung on an undated event are event (CONVENTIONS 1.3); standing rules
and schedules recurring (CONVENTIONS 1.3); done acts past (CONVENTIONS 2.4); denied times negated
(CONVENTIONS 4.1); vague words told as going to happen take the documented windows (CONVENTIONS 5.1); a day
word on the verb of speaking is not the deadline (CONVENTIONS 2.2). Clusters as in `blind_fresh183.py`: 1 no
time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6
plain days and dates. 42 labels are refusals (past 30, event 5, recurring 5, negated 2; none earliest); 1 is
vague (a 60-day window); 23 labels carry a due instant (the vague one included); 6 have due None and no
refusal word; 20 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after merging,
and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DAIL08 = "https://www.oireachtas.ie/en/debates/debate/dail/2008-02-26/20/"
_DAIL01 = "https://www.oireachtas.ie/ga/debates/debate/dail/2001-07-04/119/"
_DAIL19 = "https://www.oireachtas.ie/en/debates/debate/dail/2019-06-13/54/"
_HC80 = "https://hansard.parliament.uk/Commons/1980-03-25/debates/e9be97b9-a1ba-4402-847d-734417ce15da/Clause18"
_HC94A = "https://api.parliament.uk/historic-hansard/commons/1994/dec/19/adjournment-christmas"
_HC94B = "https://publications.parliament.uk/pa/cm199495/cmhansrd/1994-12-19/Debate-6.html"
_HMCTS24 = "http://www.govwire.co.uk/news/competition-markets-authority/policy-paper-digital-regulation-cooperation-forum-workplan-202122-77593"
_HMCTS24B = (
    "https://newslettercollector.com/newsletter/hmcts-update-friday-13-december-2024/?l=en_US"
)
_PM23 = "https://www2.pm.gov.au/node?page=183"
_SC23 = "https://statcan.gc.ca/en/about/dp/2023-2024/s03"
_SC18 = "https://www.statcan.gc.ca/en/blog?widget_title=&sort_by=&sort_order=&page=4"
_NPS17 = "https://www.desertusa.com/dusablog/construction-closing-opening-dates-for-arches.html"
_FS18 = "http://centralorfireinfo.blogspot.com/2018/04"
_USDA20 = "https://thefederalnewswire.com/author/usda-newswire?page=308"

FRESH188_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas (Dáil Éireann debate of Tuesday 26 February 2008, Motor Vehicle (Duties and Licences) Bill 2008: Second Stage (Resumed); CC BY 4.0, on oireachtas.ie); zone Europe/Dublin (GMT, UTC+0, as zoneinfo gives); the page gives the date and no hour: said 26 February 2008 10:00. The motion line, sentences without a time word and the one whose only time word is 'then' or 'still' are not taken. the only time that is set is the levy 'a number of years ago', told of the past: past. unsure: a careful reader could give due None with no refusal word ('over time', 'eventually': an undated undertaking)
    B(
        text="His initiative will, over time, bring about a considerable change in the attitude of the public towards energy efficient motoring and eventually will have a similar impact, but on a much larger scale, to the plastic bag levy introduced by his predecessor as Minister for the Environment, Heritage and Local Government a number of years ago.",
        due=None,
        vague=False,
        said="2008-02-26 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL08,
        published="2008-02-26",
    ),
    # a hope hung on the Minister finalising his proposals, which the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a hope about another's act, CONVENTIONS 4.2)
    B(
        text="However, the proposed VRT changes contain a number of anomalies which I hope the Minister will consider before finalising his proposals.",
        due=None,
        vague=False,
        said="2008-02-26 10:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL08,
        published="2008-02-26",
    ),
    # 1974 to 1987, told of the past: past
    B(
        text="My late father had a Fiat Lancia main dealership which we ran from 1974 to 1987.",
        due=None,
        vague=False,
        said="2008-02-26 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL08,
        published="2008-02-26",
    ),
    # 1981 and 'for seven years', told of the past: past
    B(
        text="In 1981, after leaving school, I worked in the business for seven years.",
        due=None,
        vague=False,
        said="2008-02-26 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL08,
        published="2008-02-26",
    ),
    # the late 1970s and early 1980s, told of the past: past
    B(
        text="The late 1970s and early 1980s were a good time in the motor industry.",
        due=None,
        vague=False,
        said="2008-02-26 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL08,
        published="2008-02-26",
    ),
    # 1981, told of the past: past
    B(
        text='The only political march on which I went was the "axe the tax" campaign in 1981 when the motor industry began to kick back at the level of punitive tax applied to it.',
        due=None,
        vague=False,
        said="2008-02-26 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL08,
        published="2008-02-26",
    ),
    # the mid- and late 1980s and 'every year' of them, told of the past: past
    B(
        text="In the mid-1980s and the late 1980s we saw sales of between 50,000 and 60,000 new cars every year.",
        due=None,
        vague=False,
        said="2008-02-26 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL08,
        published="2008-02-26",
    ),
    # 'in recent times', 'the month of January', told of the past: past
    B(
        text="In recent times, we achieved those figures in the month of January alone.",
        due=None,
        vague=False,
        said="2008-02-26 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL08,
        published="2008-02-26",
    ),
    # a hope hung on the Bill's passage through the Houses, which the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="I have a number of concerns about the introduction of this Bill and I hope amendments will be made during its passage through the Houses.",
        due=None,
        vague=False,
        said="2008-02-26 10:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL08,
        published="2008-02-26",
    ),
    # Houses of the Oireachtas (Dáil Éireann, Written Answers of Wednesday 4 July 2001, 'Enterprise Liability Scheme Report', question 149, read at the Irish-language address of the same answers, its text in English; CC BY 4.0); zone Europe/Dublin (Irish summer time, UTC+1); no hour: said 4 July 2001 10:00. The question (a 'when' without a time word) and the sentence whose only time word is 'not yet' are not taken. the introduction of the scheme is set for a month: July 2002, end of the month (CONVENTIONS 3.1)
    B(
        text="The introduction of the scheme is still set for July 2002.",
        due="2002-07-31 22:59:59",
        vague=False,
        said="2001-07-04 09:00:00",
        tz="Europe/Dublin",
        precision="month",
        cluster=6,
        source=_DAIL01,
        published="2001-07-04",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Thursday 13 June 2019, Health and Safety (Funfair) (Amendment) Bill 2017: Second Stage [Private Members]; CC BY 4.0, on oireachtas.ie); zone Europe/Dublin (Irish summer time, UTC+1); no hour: said 13 June 2019 10:00. The sentence whose only year names an Act (2005) is not taken. 'two years ago', told of the past: past
    B(
        text="The Bill was drafted initially two years ago by Deputy Niall Collins.",
        due=None,
        vague=False,
        said="2019-06-13 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL19,
        published="2019-06-13",
    ),
    # the Deputy is not in a position to take the Bill this evening: the time is denied, no new time given: negated (CONVENTIONS 4.1)
    B(
        text="The Deputy is out of the country on Oireachtas business and not in a position to take the Bill this evening.",
        due=None,
        vague=False,
        said="2019-06-13 09:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_DAIL19,
        published="2019-06-13",
    ),
    # UK Parliament (Hansard, HC Deb Tuesday 25 March 1980, vol 981, 'Clause 18', Lords amendment on commencement, on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (BST from 16 March 1980, UTC+1, as zoneinfo gives); no hour: said 25 March 1980 10:00 BST. Sentences without a time word and the one whose only time word is 'now' are not taken. the Bill comes into effect on Royal Assent, which this sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give 31 March 1980, end of day (the Assent the next sentences date)
    B(
        text="Therefore, the Bill will come into effect automatically on receiving the Royal Assent.",
        due=None,
        vague=False,
        said="1980-03-25 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC80,
        published="1980-03-25",
    ),
    # 31 March and 'much later' as the uncertainty felt when the Bill was introduced, told of the past: past
    B(
        text="When this Bill was originally introduced we were not sure whether it would move so rapidly that it would receive Royal Assent well before 31 March or so slowly that it would not receive Royal Assent until much later.",
        due=None,
        vague=False,
        said="1980-03-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC80,
        published="1980-03-25",
    ),
    # Royal Assent on course for 31 March: a one-off event at a date, 31 March 1980 end of day BST (CONVENTIONS 3.1)
    B(
        text="Despite the thorough discussion that has taken place on the Bill in this House and another place, we are now on course to receive the Royal Assent on 31 March, as planned.",
        due="1980-03-31 22:59:59",
        vague=False,
        said="1980-03-25 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC80,
        published="1980-03-25",
    ),
    # the provisions come into effect on Royal Assent, undated in this sentence: event (CONVENTIONS 1.3). unsure: a careful reader could give 31 March 1980, end of day (the Assent dated in the sentence before)
    B(
        text="Removing this clause means that the Bill's provisions will come into effect automatically on Royal Assent.",
        due=None,
        vague=False,
        said="1980-03-25 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC80,
        published="1980-03-25",
    ),
    # UK Parliament (historic Hansard, HC Deb 19 December 1994 vol 251 cc1413-55, 'Adjournment (Christmas)', on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); the page gives the hour '4.34 pm' at the head of the first speech, taken for the motion too: said Monday 19 December 1994 16:34 GMT. Speaker tags, the sentence whose only time words are 'a few moments' and the one whose only time word is 'recently' are not taken. a motion put to the House for agreement: due None, no refusal word (CONVENTIONS 4.3, a proposal). unsure: a careful reader could give Tuesday 10 January 1995, end of day (the adjournment kept until that day, CONVENTIONS 3.3)
    B(
        text="Motion made, and Question proposed, That this House, at its rising on Tuesday 20th December, do adjourn until Tuesday 10th January.",
        due=None,
        vague=False,
        said="1994-12-19 16:34:00",
        tz="Europe/London",
        cluster=1,
        source=_HC94A,
        published="1994-12-19",
    ),
    # the matter taken forward on 3 January, with a meeting the speaker will attend: 3 January 1995, end of day (CONVENTIONS 3.1)
    B(
        text="The matter will be taken further forward on 3 January when a delegation from the county council, which I will accompany, will discuss the matter with a Minister from the Department of the Environment.",
        due="1995-01-03 23:59:59",
        vague=False,
        said="1994-12-19 16:34:00",
        tz="Europe/London",
        cluster=6,
        source=_HC94A,
        published="1994-12-19",
    ),
    # the years 1990 to 1995, told of the past: past
    B(
        text="The Shropshire problem has a certain unique characteristic because it compounded by previous difficulties, in that between 1990 and 1991 and 1994 and 1995, Shropshire had the lowest increase of all counties in SSA and between 1991 and 1992 and 1994 and 1995 it had the next lowest capping increase.",
        due=None,
        vague=False,
        said="1994-12-19 16:34:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC94A,
        published="1994-12-19",
    ),
    # 1995-96 names the year a settlement covers; nothing falls due: due None, no refusal word. unsure: a careful reader could give 31 March 1996, end of day (the end of the financial year named)
    B(
        text="To that inherited pattern of difficulty has been added the current stringent proposal for the 1995–96 settlement.",
        due=None,
        vague=False,
        said="1994-12-19 16:34:00",
        tz="Europe/London",
        cluster=1,
        source=_HC94A,
        published="1994-12-19",
    ),
    # the figures to be discussed on 3 January: 3 January 1995, end of day (CONVENTIONS 3.1)
    B(
        text="The figures at the heart of the problem will be discussed in detail on 3 January and I do not wish to detain the House by arguing about them now.",
        due="1995-01-03 23:59:59",
        vague=False,
        said="1994-12-19 16:34:00",
        tz="Europe/London",
        cluster=6,
        source=_HC94A,
        published="1994-12-19",
    ),
    # UK Parliament (Hansard, Commons debate of 19 December 1994, the Leader of the House's reply in the same Christmas adjournment debate, later column 1454, on publications.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); this page gives no hour: said 19 December 1994 10:00 GMT. Of its opening, the sentences whose only time words are 'earlier', 'the intervening period' or 'previous occasions', the one whose only year names an Act (1992) and the last, cut off where the stored opening ends, are not taken. 'today' on a verb of speaking, told of the past: past (CONVENTIONS 2.2)
    B(
        text="I think that the hon. Member for Newbury (Mr. Rendel) conveyed less than the full flavour of what my colleague said today about the Newbury by-pass- -although I understand why he wished to raise the matter.",
        due=None,
        vague=False,
        said="1994-12-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC94B,
        published="1994-12-19",
    ),
    # HM Courts & Tribunals Service (GOV.UK guidance 'The HMCTS Reform Programme', as carried by govwire.co.uk with its GOV.UK stamp 'January 25 15:24 2024'; Crown copyright, Open Government Licence); zone Europe/London (GMT); the page gives the hour: said Thursday 25 January 2024 15:24 GMT. The stored text runs words together ('weve', '2023,we'); quoted as stored. List items, headings and sentences without a time word are not taken. 'since 2016', a programme told from its start to now: past. unsure: a careful reader could give 'earliest' (an ongoing activity given only its start, CONVENTIONS 3.2)
    B(
        text="Since 2016 weve been modernising our justice system to make it more straightforward, accessible and efficient.",
        due=None,
        vague=False,
        said="2024-01-25 15:24:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS24,
        published="2024-01-25",
    ),
    # 'during the pandemic', told of the past: past
    B(
        text="Our vision for reform and our modernised services were critical to our response during the pandemic.",
        due=None,
        vague=False,
        said="2024-01-25 15:24:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS24,
        published="2024-01-25",
    ),
    # the end of 2023, told of the past: past
    B(
        text="At the end of 2023,we published data which shows a trend towards the increased use of digital services.",
        due=None,
        vague=False,
        said="2024-01-25 15:24:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS24,
        published="2024-01-25",
    ),
    # April 2009 to September 2023, told of the past: past
    B(
        text="Between April 2009 and September 2023 we received 2.4 million digitally submitted cases to our reformed services.",
        due=None,
        vague=False,
        said="2024-01-25 15:24:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS24,
        published="2024-01-25",
    ),
    # the first half of the 2023 financial year, told of the past: past
    B(
        text="Nearly allservices scored between 74% and 94%for very good or good ratingsin the first half of the 2023 financial year.",
        due=None,
        vague=False,
        said="2024-01-25 15:24:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS24,
        published="2024-01-25",
    ),
    # a publication in November 2023, told of the past: past
    B(
        text="Thiscan be seen in the publication in November 2023 ofassessment reports that measured how effectively four of our reformed services are performing against pre-defined access to justice criteria.",
        due=None,
        vague=False,
        said="2024-01-25 15:24:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS24,
        published="2024-01-25",
    ),
    # HM Courts & Tribunals Service (weekly bulletin 'HMCTS update', Friday 13 December 2024, as archived by newslettercollector.com; Crown copyright, Open Government Licence); zone Europe/London (GMT); the bulletin gives its date and no hour: said 13 December 2024 10:00 GMT. The stored text shows mis-decoded apostrophes ('Itâs', 'magistratesâ'); quoted as stored. Sentences without a time word and the last, cut off where the stored opening ends, are not taken. 'this week' on the verb of announcing, told of the past: past
    B(
        text="The Lord Chancellor announced this week a review of criminal courts led by Sir Brian Leveson, a former Court of Appeal Judge and previous President of the Queenâs Bench Division.",
        due=None,
        vague=False,
        said="2024-12-13 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS24B,
        published="2024-12-13",
    ),
    # 'by Spring 2025', told as expected: the end of meteorological spring, 31 May 2025 end of day BST (CONVENTIONS 3.5, 'by <period>'; 4.3, told as going to happen)
    B(
        text="Itâs expected to report back with initial recommendations by Spring 2025.",
        due="2025-05-31 22:59:59",
        vague=False,
        said="2024-12-13 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMCTS24B,
        published="2024-12-13",
    ),
    # 'last year', told of the past: past
    B(
        text="In addition, the report contains updates to services assessed last year - probate, divorce, Online Civil Money Claims, and the Social Security and Child Support tribunal.",
        due=None,
        vague=False,
        said="2024-12-13 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS24B,
        published="2024-12-13",
    ),
    # October 2023 to October 2024, the period the figures cover, told of the past: past
    B(
        text="Our latest monthly management information for October 2023 to October 2024 is now available.",
        due=None,
        vague=False,
        said="2024-12-13 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS24B,
        published="2024-12-13",
    ),
    # closures on dates between 25 December 2024 and 1 January 2025: the later end, 1 January 2025 end of day (CONVENTIONS 6.1)
    B(
        text="A reminder that our courts and tribunals will be closed on various dates between 25 December 2024 and 1 January 2025.",
        due="2025-01-01 23:59:59",
        vague=False,
        said="2024-12-13 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HMCTS24B,
        published="2024-12-13",
    ),
    # openings on 26 December 2024 and 1 January 2025: the later, 1 January 2025 end of day (CONVENTIONS 6.2)
    B(
        text="Some magistratesâ courts will be open on 26 December 2024 and 1 January 2025 for remand hearings only.",
        due="2025-01-01 23:59:59",
        vague=False,
        said="2024-12-13 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HMCTS24B,
        published="2024-12-13",
    ),
    # disorder beginning in July 2024, told of the past: past
    B(
        text="The latest dataset about performance on activity taking place in magistratesâ courts in connection with the public disorder beginning in July 2024 is now available.",
        due=None,
        vague=False,
        said="2024-12-13 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS24B,
        published="2024-12-13",
    ),
    # Prime Minister of Australia (pm.gov.au listing page of February 2023 items, read at www2.pm.gov.au; CC BY 4.0); zone Australia/Sydney (AEDT, UTC+11). The page prints no dates; each item is read on its own day as follows. Media release 'Visit to Australia by the Prime Minister of the Republic of Vanuatu': read on Monday 13 February 2023 10:00 AEDT (before the visit it announces); no label depends on the exact day before 14 February. Item titles, speaker tags, salutations and sentences without a time word are not taken. the visit from 14 to 16 February: the later end, 16 February 2023 end of day AEDT (CONVENTIONS 6.1)
    B(
        text="Prime Minister Anthony Albanese will welcome the Prime Minister of the Republic of Vanuatu, the Honourable Alatoi Ishmael Kalsakau, and Madame Ellene Kalsakau to Australia from 14 - 16 February.",
        due="2023-02-16 12:59:59",
        vague=False,
        said="2023-02-12 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_PM23,
        published="2023-02-13",
    ),
    # the only time word is 'since 2018', told of the past: past. unsure: a careful reader could give due None with no refusal word (the visit itself is undated in this sentence)
    B(
        text="This will be the first official visit to Australia by a Prime Minister of the Republic of Vanuatu since 2018.",
        due=None,
        vague=False,
        said="2023-02-12 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM23,
        published="2023-02-13",
    ),
    # item 'Defence Strategic Review handed to Government', read on Tuesday 14 February 2023 10:00 AEDT (the day the review was received). 'Today' on an act already done ('received'): past (CONVENTIONS 2.4)
    B(
        text="Today, the Prime Minister and Deputy Prime Minister received the final Defence Strategic Review (DSR) report.",
        due=None,
        vague=False,
        said="2023-02-13 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM23,
        published="2023-02-14",
    ),
    # item 'Joint statement', read on Wednesday 15 February 2023 10:00 AEDT (the day of the talks it reports). 15 February 2023, told of the past: past
    B(
        text="Prime Minister Ishmael Kalsakau and Prime Minister Anthony Albanese met for the first time and held bilateral talks on 15 February 2023 in Canberra.",
        due=None,
        vague=False,
        said="2023-02-14 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM23,
        published="2023-02-15",
    ),
    # item 'Radio Interview - ABC Melbourne', read on Friday 17 February 2023 10:00 AEDT (the host's 'yesterday' is the unemployment figure published on 16 February). 'soon' told as going to happen: vague, 60 days, 18 April 2023 end of day AEST (CONVENTIONS 5.1). unsure: a careful reader could give due None (a host's report, nobody's undertaking) or 'event' (the by-election hangs on a resignation the next words name, CONVENTIONS 5.2)
    B(
        text="Now to political news in Victoria and former union official Mary Doyle will be Labor's candidate in the Victorian seat of Aston which will soon go to a by election.",
        due="2023-04-18 13:59:59",
        vague=True,
        said="2023-02-16 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_PM23,
        published="2023-02-17",
    ),
    # 'yesterday', told of the past: past
    B(
        text="And yesterday, we heard news that the unemployment rate has also gone up.",
        due=None,
        vague=False,
        said="2023-02-16 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM23,
        published="2023-02-17",
    ),
    # Statistics Canada (2023-24 Departmental Plan, section 'Plans at a glance', statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EST, UTC-5). The page prints no date: read on Thursday 9 March 2023 10:00 EST (the plans for 2023-24 were tabled before the fiscal year began on 1 April 2023); no label depends on the exact day within January to March 2023. The sentences whose only years name censuses (2021, 2026), the one with 'multi-year' and those without a time word are not taken. a focus that 'remains' in 2023-24 sets no act to fall due: due None, no refusal word. unsure: a careful reader could give 31 March 2024, end of day (the end of the fiscal year named, CONVENTIONS 3.3)
    B(
        text="The Disaggregated Data Action Plan remains a major focus in 2023–24.",
        due=None,
        vague=False,
        said="2023-03-09 15:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SC23,
        published="2023-03-09",
    ),
    # consultations 'throughout the year': kept to the end of the year, 31 December 2023 end of day EST (CONVENTIONS 3.3). unsure: a careful reader could give 31 March 2024, end of day (the plan's fiscal year)
    B(
        text="This will include conducting extensive consultations with Canadians on both the content and dissemination strategy throughout the year.",
        due="2024-01-01 04:59:59",
        vague=False,
        said="2023-03-09 15:00:00",
        tz="America/Toronto",
        precision="year",
        cluster=4,
        source=_SC23,
        published="2023-03-09",
    ),
    # 2023-24 names the period the priorities cover; nothing falls due: due None, no refusal word. unsure: a careful reader could give 31 March 2024, end of day (the end of the fiscal year named)
    B(
        text="Statistics Canada's other key priorities in 2023–24, by modernization principle, include the following.",
        due=None,
        vague=False,
        said="2023-03-09 15:00:00",
        tz="America/Toronto",
        cluster=1,
        source=_SC23,
        published="2023-03-09",
    ),
    # Statistics Canada (StatCan Blog listing, page 4, statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto. Each item is read on the date the listing prints above it, 10:00 local; the item of 28 October 2018 carries an update dated 3 December 2019, read on that day 10:00 EST. Item dates and the sentences without a time word are not taken. November 2018, told of the past: past
    B(
        text="Collection for financial data from banking institutions was stopped in November 2018.",
        due=None,
        vague=False,
        said="2019-12-03 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC18,
        published="2019-12-03",
    ),
    # item of 23 October 2018, read 10:00 EDT. 'Over the last year', told of the past: past
    B(
        text="Over the last year, Statistics Canada has been working to track the socio-economic implications of cannabis legalization, producing statistical insights into everything from rates of consumption, to the prices Canadians are paying across the country.",
        due=None,
        vague=False,
        said="2018-10-23 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC18,
        published="2018-10-23",
    ),
    # what a study already done looked at, told of the past: past. unsure: a careful reader could give 'event' ('immediately following the change in legislation', hung on an undated change, CONVENTIONS 5.2)
    B(
        text="In a recent study, the agency looked at how accessible cannabis will be immediately following the change in legislation, relative to a similar regulated commodity: liquor.",
        due=None,
        vague=False,
        said="2018-10-23 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC18,
        published="2018-10-23",
    ),
    # item of 9 October 2018, read 10:00 EDT. 'Every day', a habit: recurring (CONVENTIONS 1.3)
    B(
        text="Every day we use it.",
        due=None,
        vague=False,
        said="2018-10-09 14:00:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_SC18,
        published="2018-10-09",
    ),
    # an event held 'during the week of October 15-19': the later end, 19 October 2018 end of day EDT (CONVENTIONS 6.1)
    B(
        text="During the week of October 15-19, Statistics Canada will host its first ever “Engaging Canadians: Statistics Canada's National Dialogue” featuring online consultations, WebEx forums, teleconferences and roundtable discussion in cities across Canada.",
        due="2018-10-20 03:59:59",
        vague=False,
        said="2018-10-09 14:00:00",
        tz="America/Toronto",
        cluster=3,
        source=_SC18,
        published="2018-10-09",
    ),
    # National Park Service (Arches National Park release 'Construction Closing/Opening Dates for Arches', as carried by desertusa.com with the date 2017-09-01; US federal work, public domain); zone America/Denver (MDT, UTC-6). The page gives the date and no hour: said Friday 1 September 2017 10:00 MDT. The sentences without a time word, the lead-in lines ending in a colon and the last, cut off where the stored text ends, are not taken; the two holiday-weekend lines are taken as the schedule's own sentences. a one-off closure at 7:00 p.m. Tuesday 5 September: 19:00 MDT (CONVENTIONS 3.1)
    B(
        text="LaSal Mountain Viewpoint and Balance Rock will close at 7:00 p.m. Tuesday, September 5.",
        due="2017-09-06 01:00:00",
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_NPS17,
        published="2017-09-01",
    ),
    # closure at 7:00 p.m. Sunday 24 September: 19:00 MDT (CONVENTIONS 3.1)
    B(
        text="Park Avenue and Courthouse Towers will close at 7:00 p.m. Sunday, September 24.",
        due="2017-09-25 01:00:00",
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_NPS17,
        published="2017-09-01",
    ),
    # reopening at 7:00 a.m. Friday 29 September: 07:00 MDT (CONVENTIONS 3.1)
    B(
        text="LaSal Mountain Viewpoint and Balanced Rock will open at 7:00 a.m. Friday, September 29.",
        due="2017-09-29 13:00:00",
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_NPS17,
        published="2017-09-01",
    ),
    # reopening scheduled at 7:00 a.m. Friday 13 October: 07:00 MDT (CONVENTIONS 3.1)
    B(
        text="Park Avenue and Courthouse Towers are scheduled to open at 7:00 a.m. Friday, October 13.",
        due="2017-10-13 13:00:00",
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_NPS17,
        published="2017-09-01",
    ),
    # the park kept open without works from 7:00 a.m. Friday 1 September to 7:00 p.m. Tuesday 5 September: the later end, 19:00 MDT on 5 September (CONVENTIONS 3.3, 6.1)
    B(
        text="Labor Day: 7:00 a.m. Friday, September 1 to 7:00 p.m. Tuesday, September 5",
        due="2017-09-06 01:00:00",
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_NPS17,
        published="2017-09-01",
    ),
    # open without works from 7:00 a.m. Thursday 19 October to 7:00 p.m. Sunday 22 October: the later end, 19:00 MDT on 22 October (CONVENTIONS 3.3, 6.1)
    B(
        text="Utah Education Association: 7:00 a.m. Thursday, October 19 to 7:00 p.m. Sunday, October 22 (NOTE: this is a change from the previous schedule).",
        due="2017-10-23 01:00:00",
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_NPS17,
        published="2017-09-01",
    ),
    # the start of the road works scheduled at 7:00 p.m. Tuesday 5 September, a one-off event: 19:00 MDT (CONVENTIONS 3.1). unsure: a careful reader could give 'earliest' with that instant (an ongoing activity given only its start, CONVENTIONS 3.2)
    B(
        text="Work to replace the park’s main road is scheduled to begin at 7:00 p.m. on Tuesday September 5.",
        due="2017-09-06 01:00:00",
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_NPS17,
        published="2017-09-01",
    ),
    # the start of asphalt hauling at 7:00 p.m. Sunday 10 September: 19:00 MDT (CONVENTIONS 3.1). unsure: a careful reader could give 'earliest' with that instant (CONVENTIONS 3.2)
    B(
        text="Asphalt hauling in support of repaving the park’s main road in scheduled to begin at 7:00 p.m. on Sunday, September 10.",
        due="2017-09-11 01:00:00",
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_NPS17,
        published="2017-09-01",
    ),
    # trucks each night, 7:00 p.m. to 7:00 a.m., Sunday through Thursday: a standing schedule, recurring (CONVENTIONS 1.3)
    B(
        text="During this phase of the construction project, as many as 10 to 12 asphalt haul trucks per hour will travel through Moab into the park between 7:00 p.m. and 7:00 a.m. Sunday through Thursday nights.",
        due=None,
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPS17,
        published="2017-09-01",
    ),
    # the campground kept closed through 30 November 2017: end of that day, MST (CONVENTIONS 3.3)
    B(
        text="Devils Garden Campground remains closed through November 30, 2017.",
        due="2017-12-01 06:59:59",
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_NPS17,
        published="2017-09-01",
    ),
    # daily visitor-center hours: recurring (CONVENTIONS 1.3)
    B(
        text="The park’s visitor center hours currently are 9:00 a.m. to 4:00 p.m.",
        due=None,
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPS17,
        published="2017-09-01",
    ),
    # a rule for each Sunday to Thursday: recurring (CONVENTIONS 1.3)
    B(
        text="Sunday through Thursday, visitors must arrive at the park before 6:30 p.m.",
        due=None,
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPS17,
        published="2017-09-01",
    ),
    # a rule for those days: recurring (CONVENTIONS 1.3)
    B(
        text="Visitors arriving after 6:30 p.m. on those days will not be able to travel past the visitor center.",
        due=None,
        vague=False,
        said="2017-09-01 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPS17,
        published="2017-09-01",
    ),
    # US Forest Service (Central Oregon interagency fire information blog of the Deschutes and Ochoco National Forests, post 'Sisters and Crescent Districts Plan Prescribed Burns Tomorrow' of Monday 30 April 2018, centralorfireinfo.blogspot.com; US federal work, public domain); zone America/Los_Angeles (PDT, UTC-7); the post gives its date and no hour: said 30 April 2018 10:00 PDT. The title, date line and sentences without a time word are not taken. a burn planned for Tuesday 1 May: end of that day PDT (CONVENTIONS 3.1). unsure: a careful reader could give 1 May 10:00 PDT as 'earliest' only ('as early as 10:00 a.m.', CONVENTIONS 3.2)
    B(
        text="Central Oregon – If conditions remain favorable, fire managers on the Sisters and Crescent Ranger District are planning to ignite prescribed burn on Tuesday, May 1 with ignitions beginning as early as 10:00 a.m.",
        due="2018-05-02 06:59:59",
        vague=False,
        said="2018-04-30 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_FS18,
        published="2018-04-30",
    ),
    # the burn scheduled for tomorrow: 1 May 2018, end of day PDT (CONVENTIONS 3.1)
    B(
        text="The burn on the Sisters District is scheduled for tomorrow, approximately 2 ½ miles west of Sisters, and ½ mile west of the Tollgate subdivision.",
        due="2018-05-02 06:59:59",
        vague=False,
        said="2018-04-30 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_FS18,
        published="2018-04-30",
    ),
    # 'in one day' counted from the burn's start, which this sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give 1 May 2018, end of day (the burn dated in the sentence before)
    B(
        text="The burn unit (SAFR NE 231) is 95 acres and should be completed in one day.",
        due=None,
        vague=False,
        said="2018-04-30 17:00:00",
        tz="America/Los_Angeles",
        refusal="event",
        cluster=5,
        source=_FS18,
        published="2018-04-30",
    ),
    # burns 'this week' with two units 'tomorrow': the later, the end of the week, Sunday 6 May 2018 end of day PDT (CONVENTIONS 6.1). unsure: a careful reader could give 1 May 2018, end of day (the units named for tomorrow)
    B(
        text="On the Crescent District, firefighters are planning several prescribed burns this week with two units tomorrow, totaling 143 acres.",
        due="2018-05-07 06:59:59",
        vague=False,
        said="2018-04-30 17:00:00",
        tz="America/Los_Angeles",
        cluster=4,
        source=_FS18,
        published="2018-04-30",
    ),
    # 'likely to continue through the week', a hedged guess: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give Sunday 6 May 2018, end of day (CONVENTIONS 3.3)
    B(
        text="Burning is likely to continue through the week if conditions remain favorable in Nina units 39, 38, 44, 43 and 42 in the same location.",
        due=None,
        vague=False,
        said="2018-04-30 17:00:00",
        tz="America/Los_Angeles",
        cluster=1,
        source=_FS18,
        published="2018-04-30",
    ),
    # US Department of Agriculture (news releases listed by 'USDA Newswire' on thefederalnewswire.com, listing page 308; US federal work, public domain); zone America/New_York (EDT, UTC-4). Each release is read on the date it prints, 10:00 EDT; the sugar notice prints none and is read on 29 June 2020, the date of the releases listed beside it (no label depends on the day). Headlines, the release without a time word and the last, cut off by the listing, are not taken. 'today released', an act already done: past (CONVENTIONS 2.4)
    B(
        text="News Release: Washington, D.C., June 29, 2020 – The U.S. Department of Agriculture (USDA) today released its annual Technology Transfer Report (PDF, 4.1 MB), which highlights agricultural innovations from scientists and researchers that are solving problems for America’s farmers, ranchers, foresters, and consumers; and creating opportunities for American businesses to thrive.",
        due=None,
        vague=False,
        said="2020-06-29 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDA20,
        published="2020-06-29",
    ),
    # 'broke records today', 'to date', told of acts already done: past
    B(
        text="Release: Washington, DC, June 29, 2020 - The Trump Administration broke records today for the second year in a row by awarding $12.1 million in Farm to School Grants - the most awarded since the grant program’s inception ‒ to 159 grantees - the most projects funded to date.",
        due=None,
        vague=False,
        said="2020-06-29 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDA20,
        published="2020-06-29",
    ),
    # 'over the next school year', a period the sentence names without its end: due None, no refusal word. unsure: a careful reader could give the end of the 2020-21 school year (about 30 June 2021, end of day)
    B(
        text="These awards, administered by the U.S. Department of Agriculture (USDA), will help bring fresh, local foods into schools and foster economic opportunity for America's farmers over the next school year.",
        due=None,
        vague=False,
        said="2020-06-29 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USDA20,
        published="2020-06-29",
    ),
    # no purchase or sale expected for the crop year to 30 September 2020: the act is denied, no new time given: negated (CONVENTIONS 4.1)
    B(
        text="News Release: Washington - The U.S. Department of Agriculture (USDA) Commodity Credit Corporation (CCC) announced today that it does not expect to purchase and sell sugar under the Feedstock Flexibility Program for crop year 2019, which runs from Oct. 1, 2019, to Sept. 30, 2020.",
        due=None,
        vague=False,
        said="2020-06-29 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_USDA20,
        published="2020-06-29",
    ),
)
