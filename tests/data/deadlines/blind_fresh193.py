"""A HUNDRED-AND-NINETY-THIRD fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 12:35 and 12:42 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l193-s64) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 64 (fresh189 to fresh192, articles blind150 and blind151), whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh188.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of
`bot/core/deadlines/` was opened. The brief asked for less-mined publishers (Oireachtas Dáil and Seanad
debates on bills and motions of 1990 to 2015 other than Orders of Business, gov.ie pages stating CC BY,
GOV.UK pages of the Ministry of Justice, HMCTS, DVLA and the Department for Business and Trade, US Forest
Service, National Park Service and USDA notices, pm.gov.au pages under CC BY 4.0), open licences only, at
least eight publishers, none above a fifth, at most a third from the United States, a spread of genres,
about 80 cases (at least 60).

The set quotes the Houses of the Oireachtas (a Dáil committee stage of 21 June 1994, a select committee
debate on a bill's section of 21 June 1995), UK Parliament (a Commons second reading of 8 February 1994, a
programme motion of 19 March 2001, a third reading of 30 June 1992, the summer adjournment debate of 24 July
1996, an adjournment debate of 4 June 1997), the Prime Minister of Australia (a listing page of December 2024
items: a doorstop, a statement, a release; two television interviews, of 3 February 2023 and 22 January
2024), the National Park Service (two Great Smoky Mountains road-work releases, of April 2021 and 19 May
2017, as carried by local broadcasters), Statistics Canada (The Daily of 14 March 2024, as carried), the
Department for Business and Trade (two press releases of February 2025 on a carrying site), the Ministry of
Justice (a press release of 1 May 2019 on a carrying site) and the US Department of Agriculture (a Rural
Development release of 5 March 2020, as carried). 65 cases from 8 publishers: UK Parliament 13 (20.0%); the
Prime Minister of Australia 13 (20.0%); the National Park Service 10 (15.4%); Statistics Canada 8 (12.3%);
the Oireachtas 7 (10.8%); the Department for Business and Trade 5 (7.7%); the Ministry of Justice 5 (7.7%);
USDA 4 (6.2%). 14 of the 65 (21.5%) are from the United States (NPS, USDA); 51 are not. Genres:
parliamentary committee, second and third reading, programme motion and adjournment debates, a prime
minister's doorstop, statement, release and television interviews, park road-work notices, a statistics
office's daily release bulletin, departmental press releases and an agency's grant notice.

The store is heavily mined: of about 55 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (pm.gov.au listing pages and transcripts, ukpol.co.uk tag pages,
parallelparliament.co.uk pages, StatCan Daily and release-schedule pages, farmers.gov and fsa.usda.gov
pages, several Forest Service alert pages, a Wikinews brief, a Lords written statement on court closures,
the Oireachtas Dáil report stage of 26 June 2018). No Wikinews article, European Commission page, gov.ie page
stating CC BY or DVLA page was found fresh in the time. Each page's cases share one `source` constant, so
whole pages can be dropped.

Left out, and why. Claimed (`fresh193`) but not used: a Forest Service alert of the Black Hills National
Forest (its stored text prints no date and names no year, so no sentence could be read on a known day), and a
Seanad report stage of 3 December 2002 (its stored opening holds no sentence with a time word of its own).
Within the pages kept: sentences without a time word; sentences whose only time words are general ("now",
"right now", "always", "never", "from time to time", "very often", "regularly", "these days", "in recent
times", "at times", "previous debates", "monthly", "Good morning", "Good afternoon") or whose only year names
an Act, an Order or a report; speaker tags, titles, item headings, bullets without a time word, date lines,
the motion text of a sessional order and sentences cut off where the stored text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, a fiscal year, "today", "this afternoon", "this week", "last year", "last month", "the next
few months", "in due course", "immediately", "within 21 days", "every single day", "each evening", "a couple
of days", "the first day", "a later date"); within each page quoted, the sentences of the stored text that
hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh193`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date
and the publisher's zone (Europe/Dublin for the Oireachtas, Europe/London for UK Parliament, the Department
for Business and Trade and the Ministry of Justice, Australia/Sydney for the Prime Minister of Australia,
America/Toronto for Statistics Canada, America/New_York for the Great Smoky Mountains National Park and
USDA); the conversion of local instants to UTC wall time, weekdays and day counts were done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh188.py`: the publication date at 10:00 local time unless the page gives the hour (four do: the
Commons second reading, '3.43 pm'; the third reading, '3.47 pm'; the summer adjournment, '9.37 am'; the
adjournment debate, '9.34 am'); the first comment of each page says where its date was read. Three pages
print no date of their own in the stored text (the Prime Minister's listing page and his two interviews) and
one only a month (the 2021 park release): each is read on a day fixed as its comment says. A day falls due at
23:59:59 local; a one-off event at a time due then (CONVENTIONS 3.1); several times and ranges at the latest
(CONVENTIONS 6.1); nights of work as CONVENTIONS 6.4; "by <period>" at the period's end (CONVENTIONS 3.5);
proposals, requests, hopes and hedged guesses due None with no refusal word (CONVENTIONS 4.2, 4.3); times
hung on an undated event are event (CONVENTIONS 1.3, 5.2); standing rules and schedules recurring
(CONVENTIONS 1.3); done acts past (CONVENTIONS 2.4); denied times negated (CONVENTIONS 4.1); an ongoing
activity given only its start earliest (CONVENTIONS 3.2); vague words told as going to happen take the
documented windows (CONVENTIONS 5.1); a day word on the verb of speaking is not the deadline (CONVENTIONS
2.2). Clusters as in `blind_fresh188.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts
of the day, periods and windows, 5 refusals, 6 plain days and dates. 37 labels are refusals (past 27,
recurring 5, negated 2, event 2, earliest 1); 1 is vague (a 60-day window); 19 labels carry a due instant
(the vague one included); 9 have due None and no refusal word; 26 are marked "unsure" and name the other
reading; like every label here they stay as committed, whatever the first run shows. First run: not yet
taken (the lead runs it once, after merging, and records it in README.md). Never edit these labels to fit
the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DAIL94 = "https://www.oireachtas.ie/en/debates/debate/dail/1994-06-21/15/"
_SCFGA95 = "https://www.oireachtas.ie/ga/debates/debate/select_committee_on_finance_and_general_affairs/1995-06-21/3/"
_HC94 = "http://api.parliament.uk/historic-hansard/commons/1994/feb/08/deregulation-and-contracting-out-bill/division_110"
_HC01 = "https://api.parliament.uk/historic-hansard/commons/2001/mar/19/lords-messages/division_159"
_HC92 = "https://hansard.parliament.uk/Commons/1992-06-30/debates/e8b4febb-c909-47a2-8de8-ce934510b244/OrdersOfTheDay"
_HC96 = "http://api.parliament.uk/historic-hansard/commons/1996/jul/24/adjournment-summer"
_HC97 = "https://hansard.parliament.uk/Commons/1997-06-04/debates/df9b8de9-a846-44d8-a3b2-515721d1ce89/CommonsChamber"
_PM24 = "https://www.pm.gov.au/node?page=28"
_PM23 = "https://pm.gov.au/media/television-interview-erin-sky-news"
_PM24B = "https://pm.gov.au/media/television-interview-sky-newsday"
_NPS21 = "https://www.bbbtv12.com/2021/04/upcoming-single-lane-closures-on-spur-for-maintenance-activity/"
_NPS17 = "http://wyshradio.com/2017/05/gsmnp-announces-night-time-bridge-closures/"
_SC24 = "https://ihtoday.ca/the-daily-thursday-march-14-2024/"
_USDA20 = (
    "http://www.boynegazette.com/2020/apply-now-to-improve-your-rural-community/uncategorized/90692"
)
_DBT25 = "https://www.ukpol.co.uk/tag/business-and-trade-department/page/11"
_MOJ19 = "https://www.public-sector.co.uk/article/f041cd874096be4a5ef728f8542742ce"

FRESH193_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas (Dáil Éireann debate of Tuesday 21 June 1994, Health Insurance Bill, 1994: Committee Stage, amendment No. 1; CC BY 4.0, on oireachtas.ie, read at this address with a '?highlight...' query string); zone Europe/Dublin (IST, UTC+1, as zoneinfo gives); the page gives the date and no hour: said 21 June 1994 10:00 IST. The amendment text, sentences without a time word, the one whose only time words are 'in recent times' and the last, cut off, are not taken. 'on time', 'a later date': sections of another Act implemented in the past: past
    B(
        text="I recall that while certain sections of the Child Care Act were implemented on time others were not implemented until a later date.",
        due=None,
        vague=False,
        said="1994-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL94,
        published="1994-06-21",
    ),
    # 'during the next few months' is when the market may develop, not a time anyone undertakes; the undertaking (not delaying implementation) has no time: due None, no refusal word. unsure: a careful reader could give the end of a three-month window ('the coming months': 21 September 1994, end of day)
    B(
        text="In the situation that is likely to develop in the health insurance market during the next few months I do not think we can delay full implementation of the Bill.",
        due=None,
        vague=False,
        said="1994-06-21 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL94,
        published="1994-06-21",
    ),
    # 'will not come into force immediately': the time is denied (CONVENTIONS 4.1): negated. unsure: a careful reader could give event (commencement hung on enactment and signature, undated, CONVENTIONS 1.3)
    B(
        text="As the Deputy rightly said, this is a standard provision to ensure that the Bill will not come into force immediately on enactment by both Houses of the Oireachtas and when it is signed by the President.",
        due=None,
        vague=False,
        said="1994-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_DAIL94,
        published="1994-06-21",
    ),
    # the Minister does not envisage the provisions coming into force immediately: the time is denied (CONVENTIONS 4.1): negated
    B(
        text="As I explained on Second Stage, I do not envisage all the provisions of this Bill coming into force immediately.",
        due=None,
        vague=False,
        said="1994-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_DAIL94,
        published="1994-06-21",
    ),
    # Houses of the Oireachtas (Select Committee on Finance and General Affairs, debate of Wednesday 21 June 1995, SECTION 2, 'That section 2 stand part of the Bill'; CC BY 4.0, on oireachtas.ie); zone Europe/Dublin (IST); the page gives the date and no hour: said 21 June 1995 10:00 IST. Sentences without a time word and those whose only time words are 'very often' are not taken. 'in due course' told as going to happen: vague, 60 days (CONVENTIONS 5.1): 20 August 1995, end of day. unsure: a careful reader could give due None (not the speaker's own undertaking) or event (regulations follow the Act's passing, undated, CONVENTIONS 5.2)
    B(
        text="I know that the regulations will, in due course, be placed before the House but many regulations flit through the House without the general public or many Members of the House being aware of what is in them.",
        due="1995-08-20 22:59:59",
        vague=True,
        said="1995-06-21 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SCFGA95,
        published="1995-06-21",
    ),
    # a time limit that is a standing rule for every such motion: recurring (CONVENTIONS 1.3)
    B(
        text="A motion annulling the regulations can be tabled within 21 days.",
        due=None,
        vague=False,
        said="1995-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_SCFGA95,
        published="1995-06-21",
    ),
    # 'in due course' in a general truth about governments, no one-off act: recurring. unsure: a careful reader could give due None with no refusal word (no undertaking at all)
    B(
        text="Governments tend to become Oppositions in due course and there should be some requirement on the Government to provide time to at least vote on such a motion signed by a number of Members.",
        due=None,
        vague=False,
        said="1995-06-21 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_SCFGA95,
        published="1995-06-21",
    ),
    # UK Parliament (historic Hansard, HC Deb 08 February 1994 vol 237 cc147-245, Deregulation and Contracting Out Bill, Order for Second Reading, on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); the page gives the hour '3.43 pm' at the head of the first speech, taken for the Speaker's announcement before it too: said Tuesday 8 February 1994 15:43 GMT. Sentences without a time word, 'That the Bill be now read a Second time' and the one whose only time word is 'a given moment' are not taken. the limit runs between 7 and 9 o'clock of the sitting, no day given: the first 9 o'clock after speaking (CONVENTIONS 6.3), the later end of the range (CONVENTIONS 6.1): 8 February 1994 21:00. unsure: a careful reader could give past (the limit 'I have had to impose' is done, CONVENTIONS 2.4)
    B(
        text="I have had to impose a 10-minute limit on speeches between the hours of 7 and 9 o'clock.",
        due="1994-02-08 21:00:00",
        vague=False,
        said="1994-02-08 15:43:00",
        tz="Europe/London",
        cluster=2,
        source=_HC94,
        published="1994-02-08",
    ),
    # UK Parliament (historic Hansard, HC Deb 19 March 2001 vol 365 cc123-36, programme motion on a Bill, on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); the page gives no hour: said Monday 19 March 2001 10:00 GMT. The motion's paragraph 7 (its only date names a sessional order), sentences without a time word and the one whose only time words are 'previous debates' are not taken. a motion put to the House for agreement: due None, no refusal word (CONVENTIONS 4.3, a proposal). unsure: a careful reader could give Thursday 29 March 2001, end of day (the Government's timetable, told as its plan)
    B(
        text="The motion proposes that the Committee stage of the Bill should be completed by Thursday 29 March.",
        due=None,
        vague=False,
        said="2001-03-19 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC01,
        published="2001-03-19",
    ),
    # the same proposal, 'the first day' of a Committee not dated here: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give event (the first day of Committee, undated, CONVENTIONS 1.3)
    B(
        text="It also provides for the Committee to sit twice on the first day.",
        due=None,
        vague=False,
        said="2001-03-19 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC01,
        published="2001-03-19",
    ),
    # UK Parliament (Hansard, Commons debate of Tuesday 30 June 1992, Boundary Commissions Bill, Third Reading, on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (BST); the page gives the hour '3.47 pm': said 30 June 1992 15:47 BST. Sentences without a time word, those whose only time words are 'regularly' or 'these days' and the last, cut off, are not taken. reviews 'every 15 years' in the past: past
    B(
        text="Previous boundary commission reviews were probably too infrequent—as long apart as every 15 years—for today's demographic changes.",
        due=None,
        vague=False,
        said="1992-06-30 14:47:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC92,
        published="1992-06-30",
    ),
    # the review to be completed by 31 December 1994; the cycle after it has no date of its own: 31 December 1994, end of day
    B(
        text="The present review should be completed by 31 December 1994, and thereafter we will move to an eight to 12-year cycle.",
        due="1994-12-31 23:59:59",
        vague=False,
        said="1992-06-30 14:47:00",
        tz="Europe/London",
        cluster=6,
        source=_HC92,
        published="1992-06-30",
    ),
    # UK Parliament (historic Hansard, HC Deb 24 July 1996 vol 282 cc264-304, 'Adjournment (Summer)', on api.parliament.uk; Open Parliament Licence); zone Europe/London (BST); the page gives the hour '9.37 am' at the head of the first speech, taken for the motion too: said Wednesday 24 July 1996 09:37 BST. Sentences without a time word, the one whose only time word is 'now' and the last, cut off, are not taken; the mover's tag '—[Mr. Wood.]' is left off. a motion put to the House for agreement: due None, no refusal word (CONVENTIONS 4.3, a proposal). unsure: a careful reader could give Monday 14 October 1996, end of day (the adjournment kept until that day, CONVENTIONS 3.3)
    B(
        text="Motion made, and Question proposed, That this House, at its rising today, do adjourn till Monday 14 October.",
        due=None,
        vague=False,
        said="1996-07-24 08:37:00",
        tz="Europe/London",
        cluster=1,
        source=_HC96,
        published="1996-07-24",
    ),
    # 'before the House rises for the summer recess': hung on the rising, which this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="Each of them merits a ministerial response before the House rises for the summer recess.",
        due=None,
        vague=False,
        said="1996-07-24 08:37:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC96,
        published="1996-07-24",
    ),
    # the Bill presented for Second Reading on 12 July, told of the past: past
    B(
        text="In doing so I have the support of right hon. and hon. Members of all parties, large and small, none of whom saw any justification whatever for the blocking of the Bill by a Government Whip when I presented it for Second Reading on 12 July.",
        due=None,
        vague=False,
        said="1996-07-24 08:37:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC96,
        published="1996-07-24",
    ),
    # 'should be immediately reviewed': a back-bencher asks that others act: due None, no refusal word (CONVENTIONS 4.3, a request). unsure: a careful reader could give vague, 7 days (31 July 1996, end of day, CONVENTIONS 5.1)
    B(
        text="That our procedures can allow that to happen where a Bill has already been unanimously approved in another place is surely wrong and should be immediately reviewed.",
        due=None,
        vague=False,
        said="1996-07-24 08:37:00",
        tz="Europe/London",
        cluster=1,
        source=_HC96,
        published="1996-07-24",
    ),
    # 'today' on the speaker's own saying, nothing promised: due None, no refusal word (CONVENTIONS 2.2)
    B(
        text="All I will say today, as Lord Rix did in other words in seeking the right hon. Gentleman's help, is that this is bad for the disabled person, bad for carers and bad for the taxpayer.",
        due=None,
        vague=False,
        said="1996-07-24 08:37:00",
        tz="Europe/London",
        cluster=1,
        source=_HC96,
        published="1996-07-24",
    ),
    # UK Parliament (Hansard, Commons debate of Wednesday 4 June 1997, adjournment debate 'DTI Inquiries', on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (BST); the page gives the hour '9.34 am' at the head of the speech: said 4 June 1997 09:34 BST. The line 'The House met at half-past Nine o'clock', the motion 'That this House do now adjourn', the sentences whose only year names an Act (1985) or whose only time words are 'now' or 'never', those without a time word and the last, cut off, are not taken. applications every week since the new year, told of the past: past
    B(
        text="I have applied for this debate every week since the new year because I think that it is high time that something was done to ensure that DTI inquiries are conducted in a way that allows those being investigated the same protection they would be given in a court of law.",
        due=None,
        vague=False,
        said="1997-06-04 08:34:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC97,
        published="1997-06-04",
    ),
    # a hope that the House will press the Minister today, another's act: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 4 June 1997, end of day (a day word on the act, CONVENTIONS 2.1)
    B(
        text="I hope that the House will today press the Minister, whom I congratulate on his arrival at the Dispatch Box, to revise DTI inquiry procedures so that the potential for abuse and unfairness is eliminated.",
        due=None,
        vague=False,
        said="1997-06-04 08:34:00",
        tz="Europe/London",
        cluster=1,
        source=_HC97,
        published="1997-06-04",
    ),
    # 'in the past', told of the past: past
    B(
        text="Too often in the past, Parliament has been left uninformed about the progress of such inquiries and, too often, the progress has been wayward.",
        due=None,
        vague=False,
        said="1997-06-04 08:34:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC97,
        published="1997-06-04",
    ),
    # Prime Minister of Australia (pm.gov.au listing page 28 as stored, items of December 2024: 'Doorstop interview - Sydney' on the tenth anniversary of the Lindt Cafe siege, 'Statement on the return home of five Australians', 'Return home of five Australians', 'Driving Safety'; CC BY 4.0 per the site); zone Australia/Sydney (AEDT, UTC+11); the page prints no date: the items are read on Sunday 15 December 2024 (the siege's tenth anniversary and the men's return that day, from the items' own words), 10:00 AEDT; the labels that depend on the day say so. Speaker tags, item titles, sentences without a time word and the last item, cut off, are not taken. 'Today ... we pause to remember': a day word on the act as spoken (CONVENTIONS 2.1): 15 December 2024, end of day. unsure: a careful reader could give due None with no refusal word (a commemoration as it happens, nothing promised)
    B(
        text="Today, 10 years on from this terrible event which traumatised this city, we pause to remember those who lost their lives, Katrina and Tori.",
        due="2024-12-15 12:59:59",
        vague=False,
        said="2024-12-14 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_PM24,
        published="2024-12-15",
    ),
    # 'here ... today paying respect': a day word on the act as spoken (CONVENTIONS 2.1): 15 December 2024, end of day. unsure: a careful reader could give due None with no refusal word (nothing promised)
    B(
        text="We're here as well with Katrina Dawson's parents today paying respect to them.",
        due="2024-12-15 12:59:59",
        vague=False,
        said="2024-12-14 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_PM24,
        published="2024-12-15",
    ),
    # 'have returned ... this afternoon': the perfect with a day word, done (CONVENTIONS 2.4): past
    B(
        text="I am pleased to confirm that Australian citizens Matthew Norman, Scott Rush, Martin Stephens, Si Yi Chen, and Michael Czugaj have returned to Australia this afternoon.",
        due=None,
        vague=False,
        said="2024-12-14 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM24,
        published="2024-12-15",
    ),
    # 19 years served, told of the past: past
    B(
        text="The five men committed serious offences, serving over 19 years in prison in Indonesia.",
        due=None,
        vague=False,
        said="2024-12-14 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM24,
        published="2024-12-15",
    ),
    # 'has launched ... today': the perfect with a day word, done (CONVENTIONS 2.4): past (the label does not depend on the item's day)
    B(
        text="A new national road safety campaign ‘don’t let a car change who you are’, funded by the Albanese Government, has launched across Australia today.",
        due=None,
        vague=False,
        said="2024-12-14 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM24,
        published="2024-12-15",
    ),
    # Prime Minister of Australia (pm.gov.au transcript 'Television interview - Erin, Sky News'; CC BY 4.0 per the site); zone Australia/Sydney (AEDT); the stored text prints no date: it is read on Friday 3 February 2023 (the day of the National Cabinet meeting it calls 'today's', before the condolence motion for Senator Jim Molan on the Monday the Parliament resumed), 10:00 AEDT. Speaker tags, greetings, sentences without a time word, the one whose only time words are 'much later in life' and the last, cut off, are not taken. the host's 'I think' about another's plan: a hedged guess, due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give Monday 6 February 2023, end of day (told as what will happen)
    B(
        text="And I think you'll be doing something special for that at Parliament House on Monday.",
        due=None,
        vague=False,
        said="2023-02-02 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_PM23,
        published="2023-02-03",
    ),
    # the Prime Minister moves the motion on Monday at two o'clock: Monday 6 February 2023 14:00 AEDT (CONVENTIONS 3.1)
    B(
        text="And on Monday, at two o'clock at the beginning of Question Time, I'll move a condolence motion in honour of your father.",
        due="2023-02-06 03:00:00",
        vague=False,
        said="2023-02-02 23:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_PM23,
        published="2023-02-03",
    ),
    # 'today's National Cabinet meeting', held before the afternoon interview: past. unsure: a careful reader could give 3 February 2023, end of day (a one-off event today, CONVENTIONS 3.1)
    B(
        text="Now there is plenty to get to, including today's National Cabinet meeting.",
        due=None,
        vague=False,
        said="2023-02-02 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM23,
        published="2023-02-03",
    ),
    # Prime Minister of Australia (pm.gov.au transcript 'Television interview - Sky News Newsday'; CC BY 4.0 per the site); zone Australia/Sydney (AEDT); the stored text prints no date: it is read on Monday 22 January 2024 (the special caucus 'on Wednesday', 24 January 2024, 'in a couple of days' time'; the surplus 'last year', 2023), 10:00 AEDT; the labels hold for Monday or Tuesday of that week. Speaker tags, greetings, questions without a time word and sentences whose only time words are 'now', 'right now', 'always' or 'from time to time' are not taken. the special caucus on Wednesday, a one-off event (CONVENTIONS 3.1): Wednesday 24 January 2024, end of day
    B(
        text="This week, you've got your MPs coming back for a special caucus on Wednesday.",
        due="2024-01-24 12:59:59",
        vague=False,
        said="2024-01-21 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_PM24B,
        published="2024-01-22",
    ),
    # 'will meet again this week'; the rest told of the past: Sunday 28 January 2024, end of day (weeks run Monday to Sunday)
    B(
        text="Of course, the Cabinet and Ministry will meet again this week, we met last week, we've been meeting all of the committees, including the National Security Committee, ERC we've been working away throughout January.",
        due="2024-01-28 12:59:59",
        vague=False,
        said="2024-01-21 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_PM24B,
        published="2024-01-22",
    ),
    # the advice due 'by the end of this week' (CONVENTIONS 3.5): Sunday 28 January 2024, end of day. unsure: a careful reader could give due None with no refusal word (the host's recollection of a plan, 'were going to')
    B(
        text="I know you were going to get by the end of this week.",
        due="2024-01-28 12:59:59",
        vague=False,
        said="2024-01-21 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_PM24B,
        published="2024-01-22",
    ),
    # 'by the time caucus gathers in a couple of days' time': two days from speaking: Wednesday 24 January 2024, end of day. unsure: a careful reader could give event (hung on the caucus gathering, CONVENTIONS 1.3)
    B(
        text="So by the time caucus gathers in a couple of days’ time, we will have received that, and given consideration to that.",
        due="2024-01-24 12:59:59",
        vague=False,
        said="2024-01-21 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_PM24B,
        published="2024-01-22",
    ),
    # 'last year', 'the first in 15 years', told of the past: past
    B(
        text="One of the things that we did last year was to be determined to produce a budget surplus, the first in 15 years.",
        due=None,
        vague=False,
        said="2024-01-21 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM24B,
        published="2024-01-22",
    ),
    # National Park Service (Great Smoky Mountains National Park release 'Upcoming Single-Lane Closures on Spur for Maintenance Activity', as carried by bbbtv12.com; US federal work, public domain); zone America/New_York (EDT, UTC-4); the stored text prints no date, its address the month (April 2021): read on Thursday 8 April 2021 (before the closures it announces from Monday 12 April), 10:00 EDT; no label depends on the exact day before 12 April. Sentences without a time word and the one whose only time word is 'temporary' are not taken. the run of closures, a range: its later end, Thursday 29 April 2021, end of day (CONVENTIONS 6.1)
    B(
        text="Great Smoky Mountains National Park maintenance crews will implement temporary, single-lane closures along the north and southbound Spur between Gatlinburg and Pigeon Forge, beginning Monday, April 12 through Thursday, April 29.",
        due="2021-04-30 03:59:59",
        vague=False,
        said="2021-04-08 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NPS21,
        published="2021-04-08",
    ),
    # daily closures 7 a.m. to 5 p.m., Mondays to Thursdays, between 12 and 22 April: the schedule falls due at its end, Thursday 22 April 2021 17:00 EDT (CONVENTIONS 6.1). unsure: a careful reader could give 22 April 2021, end of day (the range only) or recurring (a daily schedule)
    B(
        text="The single-lane closures between April 12 and April 22 will begin daily at 7:00 a.m. through 5:00 p.m. on Monday through Thursday each week.",
        due="2021-04-22 21:00:00",
        vague=False,
        said="2021-04-08 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NPS21,
        published="2021-04-08",
    ),
    # 'during the week of April 26': the Monday-to-Sunday week from 26 April, due on its Sunday, 2 May 2021, end of day. unsure: a careful reader could give Friday 30 April 2021, end of day (the working week)
    B(
        text="During the week of April 26, the single-lane closures will occur near the tunnel on the northbound lanes of the Spur to allow for engineering and survey work.",
        due="2021-05-03 03:59:59",
        vague=False,
        said="2021-04-08 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NPS21,
        published="2021-04-08",
    ),
    # two days of work between Monday 26 and Thursday 29 April: the later end, 29 April 2021, end of day (CONVENTIONS 6.1)
    B(
        text="This work is expected to take two days and will occur between Monday, April 26 and Thursday, April 29, weather depending.",
        due="2021-04-30 03:59:59",
        vague=False,
        said="2021-04-08 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NPS21,
        published="2021-04-08",
    ),
    # National Park Service (Great Smoky Mountains National Park release on night-time bridge closures on the Spur, as carried by wyshradio.com, which dates it 2017-05-19; US federal work, public domain); zone America/New_York (EDT); said Friday 19 May 2017 10:00 EDT. The stored text runs two sentences together ('May 25.The') and doubles a word ('the the'); quoted as stored. Sentences without a time word and the one whose only time words are 'at times' are not taken. night-time closures from Sunday 21 to Thursday 25 May, no closing time in this sentence: the end of the day the last night begins, 25 May 2017 (CONVENTIONS 6.4)
    B(
        text="Great Smoky Mountains National Park announced nighttime closures of the bridges connecting the the north and southbound lanes of the Spur for paving operations beginning Sunday, May 21 through Thursday, May 25.",
        due="2017-05-26 03:59:59",
        vague=False,
        said="2017-05-19 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_NPS17,
        published="2017-05-19",
    ),
    # 'each evening at 7:00 p.m. through 7:00 a.m.': the schedule of every night, no night of its own: recurring (CONVENTIONS 1.3, 6.3). unsure: a careful reader could give the first 7:00 a.m. after speaking, Saturday 20 May 2017 07:00 EDT (CONVENTIONS 6.3)
    B(
        text="The nighttime closures will begin each evening at 7:00 p.m. through 7:00 a.m. as weather allows.",
        due=None,
        vague=False,
        said="2017-05-19 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NPS17,
        published="2017-05-19",
    ),
    # paving 'expected to begin Sunday evening' and running on 'as the week progresses': an ongoing activity given only its start: earliest, Sunday 21 May 2017 (CONVENTIONS 3.2). unsure: a careful reader could give Sunday 28 May 2017, end of day (the three bridges done within the week)
    B(
        text="Paving operations are expected to begin Sunday evening on the Wiley Oakley Drive Crossover Bridge to be followed by the Huskey Grove Road Crossover Bridge and then the Gum Stand Road Crossover Bridge as the week progresses.",
        due=None,
        vague=False,
        said="2017-05-19 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2017-05-21 04:00:00",
        cluster=5,
        source=_NPS17,
        published="2017-05-19",
    ),
    # 'for the duration of the contract': hung on the contract's end, not dated here: event (CONVENTIONS 1.3)
    B(
        text="Motorists should continue to expect single-lane closures, days and nights, for the duration of the contract.",
        due=None,
        vague=False,
        said="2017-05-19 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NPS17,
        published="2017-05-19",
    ),
    # no work on holidays or weekends from Friday noon to Sunday evening: a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="No work will be allowed on holidays or on weekends from noon on Friday through Sunday evening.",
        due=None,
        vague=False,
        said="2017-05-19 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NPS17,
        published="2017-05-19",
    ),
    # complete by June 15: 15 June 2017, end of day
    B(
        text="The project is expected be complete by June 15, but work schedules may be revised if inclement weather affects work progress.",
        due="2017-06-16 03:59:59",
        vague=False,
        said="2017-05-19 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NPS17,
        published="2017-05-19",
    ),
    # Statistics Canada (The Daily of Thursday 14 March 2024, as carried by ihtoday.ca 'The Daily Thursday, March 14, 2024'; Statistics Canada Open Licence); zone America/Toronto (EDT, UTC-4); the page gives the date and no hour: said 14 March 2024 10:00 EDT. Item headings, 'Continue reading', sentences without a time word, those whose only time words are 'monthly' or 'now' and the last, cut off, are not taken. January's sales, told of the past: past
    B(
        text="Manufacturing sales rose 0.2% in January, mainly on higher sales of motor vehicles and chemical products.",
        due=None,
        vague=False,
        said="2024-03-14 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC24,
        published="2024-03-14",
    ),
    # donations in 2022, a year earlier: past
    B(
        text="Just under 5 million Canadian tax filers (17.1% of all tax filers) declared making charitable donations in 2022, 0.3% fewer than a year earlier, and total donations decreased to $11.4 billion (-3.1%).",
        due=None,
        vague=False,
        said="2024-03-14 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC24,
        published="2024-03-14",
    ),
    # estimates 'have been released' with today's release, for 2023: done (CONVENTIONS 2.4): past
    B(
        text="With today’s release, estimates for investment in infrastructure, infrastructure stock and its remaining useful service life have been released for 2023, as well as its economic and environmental impacts.",
        due=None,
        vague=False,
        said="2024-03-14 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC24,
        published="2024-03-14",
    ),
    # data for 2017 to 2022 updated: past
    B(
        text="In addition, data for 2017 to 2022 have been updated.",
        due=None,
        vague=False,
        said="2024-03-14 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC24,
        published="2024-03-14",
    ),
    # the fourth quarter of 2023, 'this past February 29': past
    B(
        text="These estimates are consistent with the fourth quarter of 2023 release of the income and expenditure accounts this past February 29.",
        due=None,
        vague=False,
        said="2024-03-14 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC24,
        published="2024-03-14",
    ),
    # a series from 1981 to 2023, available now: past
    B(
        text="The full time series, from 1981 to 2023, is now available in the data tables.",
        due=None,
        vague=False,
        said="2024-03-14 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC24,
        published="2024-03-14",
    ),
    # January's data, available now: past
    B(
        text="New motor vehicle sales data for Canada and the provinces are now available for January.",
        due=None,
        vague=False,
        said="2024-03-14 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC24,
        published="2024-03-14",
    ),
    # counts covering 3 January 2021 to 30 December 2023: past
    B(
        text="Today’s release includes new and updated adjusted counts of death from the Canadian Vital Statistics Death Database, covering the period from January 3, 2021, to December 30, 2023.",
        due=None,
        vague=False,
        said="2024-03-14 14:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC24,
        published="2024-03-14",
    ),
    # US Department of Agriculture (Rural Development release on the Rural Community Development Initiative, as carried by boynegazette.com, which dates it 2020-03-05; US federal work, public domain); zone America/New_York (EST, UTC-5); said Thursday 5 March 2020 10:00 EST. The clipped lead line ending '…', sentences without a time word and the list of strategies are not taken. 'Fiscal Year 2020' names the applications being accepted, not a time anything falls due: due None, no refusal word. unsure: a careful reader could give 30 September 2020, end of day (the end of the US federal fiscal year named)
    B(
        text="U.S. Department of Agriculture (USDA) Deputy Under Secretary for Rural Development Bette Brand announced that USDA is accepting Fiscal Year 2020 applications for grants to help strengthen the rural economy.",
        due=None,
        vague=False,
        said="2020-03-05 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USDA20,
        published="2020-03-05",
    ),
    # 'by May 13, 2020, at midnight EST': midnight is 23:59:59 of that day, EST the fixed UTC-5 it names: 13 May 2020 23:59:59 EST. unsure: a careful reader could give 13 May 2020 00:00 EST (the midnight that opens the day)
    B(
        text="Electronic applications must be submitted to grants.gov by May 13, 2020, at midnight EST.",
        due="2020-05-14 04:59:59",
        vague=False,
        said="2020-03-05 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_USDA20,
        published="2020-03-05",
    ),
    # 'by May 18, 2020 at 4:00 p.m. local time', read in the publisher's zone: 18 May 2020 16:00 EDT. unsure: a careful reader could give 16:00 in each state office's own zone (not one instant)
    B(
        text="Paper applications must be submitted to the applicant’s USDA Rural Development state office by May 18, 2020 at 4:00 p.m. local time.",
        due="2020-05-18 20:00:00",
        vague=False,
        said="2020-03-05 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_USDA20,
        published="2020-03-05",
    ),
    # the Federal Register of 4 March 2020, already published: past
    B(
        text="Additional information is available on page 12761 of the March 4, 2020, Federal Register.",
        due=None,
        vague=False,
        said="2020-03-05 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDA20,
        published="2020-03-05",
    ),
    # Department for Business and Trade (press release 'Ministers confirm appointments to key roles on Low Pay Commission', issued on 17 February 2025, as carried by ukpol.co.uk's tag page 'Business and Trade Department', page 11; Crown copyright, Open Government Licence). The store holds two versions of this listing page, each opening with a different release; both openings are quoted, each read on its release's own date. Zone Europe/London (GMT); said Monday 17 February 2025 10:00 GMT. The tag line, release titles, date lines, lists of names and the quote that follows are not taken. 'has today ... confirmed', the perfect with a day word, and appointments since June 2024: past (CONVENTIONS 2.4)
    B(
        text="The Government has today (Monday 17 February 2025) confirmed the appointment and reappointment of members of the Low Pay Commission (LPC), Advisory, Conciliation and Arbitration Service (Acas) and Central Arbitration Committee (CAC) since June 2024.",
        due=None,
        vague=False,
        said="2025-02-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DBT25,
        published="2025-02-17",
    ),
    # appointed last month for a three-year term: told of the past: past
    B(
        text="Last month Janet Williamson was also appointed as a Worker Member for a three-year term.",
        due=None,
        vague=False,
        said="2025-02-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DBT25,
        published="2025-02-17",
    ),
    # a term 'was extended by six months', from an end this sentence does not date: past
    B(
        text="Danny Mortimer was also appointed for his first term as a Employer Member of the Acas Council, whilst Michael Clancy’s term was extended by six months.",
        due=None,
        vague=False,
        said="2025-02-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DBT25,
        published="2025-02-17",
    ),
    # the other stored version of the same page: press release 'UK businesses lead the way with record numbers of female leaders', issued on 25 February 2025; said Tuesday 25 February 2025 10:00 GMT. The bullets without a time word, the sentence whose only year names a report ('report for 2025') and the last, cut off, are not taken. 'a new report published today': a done act (CONVENTIONS 2.4): past. unsure: a careful reader could give 25 February 2025, end of day (a day word on the act, CONVENTIONS 2.1)
    B(
        text="Top British companies are continuing to lead the way for gender equality in boardrooms with women occupying over 43% of roles on company boards according to a new report published today (Tuesday 25 February).",
        due=None,
        vague=False,
        said="2025-02-25 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DBT25,
        published="2025-02-25",
    ),
    # the target 'by the end of this year' (CONVENTIONS 3.5): 31 December 2025, end of day. unsure: a careful reader could give due None with no refusal word (a standing target said to be met already)
    B(
        text="This marks a year-on-year increase and means the target of 40% women’s representation by the end of this year continues to be achieved by FTSE350 businesses.",
        due="2025-12-31 23:59:59",
        vague=False,
        said="2025-02-25 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DBT25,
        published="2025-02-25",
    ),
    # Ministry of Justice (press release 'Even more people set to benefit from online court reform', 1 May 2019, as carried by public-sector.co.uk; Crown copyright, Open Government Licence); zone Europe/London (BST, UTC+1); the page gives the date in its standfirst and no hour: said Wednesday 1 May 2019 10:00 BST. The title, bullets without a time word, the speaker line, the quoted sentence without a time word and the last two sentences (no time word) are not taken; the opening quotation mark of the quote is left off. The standfirst has no full stop; quoted as stored. 'was unveiled ... today', done: past (CONVENTIONS 2.4)
    B(
        text="New legislation making it even easier for court users to apply for small money claims or divorce online was unveiled in the House of Lords today (1 May 2019)",
        due=None,
        vague=False,
        said="2019-05-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ19,
        published="2019-05-01",
    ),
    # applications since May 2018: past
    B(
        text="More than 35,000 applications for divorce have already been made online since the system was launched in May 2018, reducing errors in applications from 40% to less than 1%.",
        due=None,
        vague=False,
        said="2019-05-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ19,
        published="2019-05-01",
    ),
    # 'during the past year', '10 minutes', '15 days': told of the past and of how long claims take: past
    B(
        text="In addition, almost 60,000 applications were made to HMCTS’ online civil money claims service during the past year with claims now taking, on average, 10 minutes to issue - down from 15 days using the former paper-based service.",
        due=None,
        vague=False,
        said="2019-05-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ19,
        published="2019-05-01",
    ),
    # 'announced today' is done; the benefit that follows has no time: past. unsure: a careful reader could give due None with no refusal word (the future benefit, undated)
    B(
        text="The measures announced today will allow even more users to benefit from these online services.",
        due=None,
        vague=False,
        said="2019-05-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ19,
        published="2019-05-01",
    ),
    # 'every single day': a standing state of affairs: recurring (CONVENTIONS 1.3)
    B(
        text="From appealing their tax bill online to applying for divorce, every single day people up and down the country are already taking advantage of our ambitious court reforms.",
        due=None,
        vague=False,
        said="2019-05-01 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_MOJ19,
        published="2019-05-01",
    ),
)
