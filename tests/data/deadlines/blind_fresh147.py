"""A HUNDRED-AND-FORTY-SEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 10:32 and 10:45 by a labelling helper (branch
issue12l147-s55) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 55 (fresh144 to fresh148), whose claims in the shared claims file were treated as used
and whose files and README sections were not opened. It read `CONVENTIONS.md` in full, the docstring,
comments, some cases and the README section of `blind_fresh143.py`, the field list of `BlindCase` in
`blind_real.py`, the docstring of `tests/data/fresh_check.py`, and the top docstring of the parser
package only; nothing else of `bot/core/deadlines/` was opened. The brief asked for US financial and
labour agencies (SEC, FDIC, DOL, OSHA, Treasury, IRS), HM Treasury, HMRC and ONS, Commons written
questions and statements, and Wikinews, at most a third from the United States; at least eight
publishers, none above a fifth of the cases; about 90 cases (at least 70) by 11:25 UTC.

The set quotes the House of Lords (two ECOFIN statements of the Chancellor repeated in the Lords, 23
February and 16 July 2009, and a written answer of 22 May 2019), the House of Commons (written answers
of 26 February 2001, 24 May 2012 and 24 February 2020 with its question of 11 February 2020, and the
Treasury's written statements of 18 December 2018 and 18 July 2023), the Houses of the Oireachtas (Dáil
written answers of 20 September 2017 and 18 May 2021, and oral questions of 14 November 1935), the
Federal Deposit Insurance Corporation (a press release of early 2023), the Securities and Exchange
Commission (a speech of 13 May 2015 and a Federal Register notice of 20 September 2016), the Department of
Labor (four releases of 2018 and 2019 listed on one page), the Occupational Safety and Health
Administration (Federal Register notices of 23 March 1995 and 17 March 2010), HM Revenue and Customs (an
issue briefing updated 9 November 2021) and HMRC with HM Treasury (their joint GOV.UK papers "Overview of
legislation in draft" of 10 December 2015 and 6 December 2016). 89 cases from 9 publishers (the House
of Lords 17 (19.1%); the House of Commons 17 (19.1%); the Houses of the Oireachtas 16 (18.0%); HMRC and
HM Treasury jointly 13 (14.6%); OSHA 7 (7.9%); FDIC 5 (5.6%); SEC 5 (5.6%); DOL 5 (5.6%); HMRC 4
(4.5%)). 22 of the 89 (24.7%) are from the United States (FDIC, SEC, DOL, OSHA; DOL and OSHA together,
OSHA being a DOL agency, are 12); 67 are not. Counting HMRC's own paper with the joint ones gives 17
(19.1%), still within a fifth. The two Houses are counted as separate publishers, as earlier sets count
them; the two Treasury statements are the Commons' record and counted as the Commons'.

What the brief named and the set lacks: no fresh page of Wikinews, the IRS, the Treasury (US) or the ONS
with sentences of its own and a licence statement in the store was found (Wikinews's Tunisia election
article and the IRS Taxpayer Advocate's extension reminder read USED; a home.treasury.gov release of 8
March 2022 read fresh but holds one time word, an OFAC FAQ listing has no date; the ONS pages found read
USED or show no ONS licence statement in the store), and HM Treasury's own GOV.UK page found (the single
departmental plan 2015 to 2020, claimed) was left out whole to keep the HMRC and Treasury papers within a
fifth. The Oireachtas (open, CC BY 4.0) was taken instead. Also claimed and left out whole: the Commons
Votes and Proceedings of a 2024 day the stored copy does not print, DOL's News Brief of 15 September 2011
(to keep the United States well under a third) and a parliament.uk listing with hardly a time word. The
lead should know, as fresh143 noted: the stored openings of the three GOV.UK pages end before GOV.UK's
footer, and this session found HMRC's and HM Treasury's OGL v3.0 statements only in their own
publications as carried by other sites; the 17 GOV.UK cases (`_HMRCCOV21`, `_GOVFB17`, `_GOVFB16`) can be
left out together if that is not enough (README.md says what that leaves).

Every sentence quoted holds a time word of some kind (a date, a clock time, a weekday, "today", "now",
"currently", "at the moment", a month, a year, a season, a financial or tax year, a span, "as soon as
possible", "as quickly as possible", "over the coming months", "annual", "one day a week", "before",
"since", "until", "from ... to"); sentences of the openings read that hold none were skipped, as were
titles, headings, datelines ("WASHINGTON –", "NASHVILLE, TN –"), labels ("SUMMARY:", "DATES:", bullet
labels), a site tooltip, contact lines and sentences cut off by the end of an opening. The sentences were
found with a search over stored copies of public pages and taken as they came in the openings the search
returns, in page order; a few whose only time words are general were passed over ("current", "recent",
"yet", "long-term", "future", "at this stage", "a very good time", "On each occasion", "It will take
time"). Question numbers and references ("99.", "[39059/17]", "[150526]"), askers' names run into a
question ("Mr. Hood"), footnote markers ("[1]", "[2]") and a column line ("24 May 2012 : Column 813W")
were left out of the quotes, and the Federal Register's line breaks joined; the pages' own forms ("45–
day", "13 %", "as measured ... since 2011") stay as the pages have them.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh147`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped (README.md lists some). Every kept sentence was then checked whole with the same tool
(skipping this file): one read used (the stock opening line of the Lords ECOFIN statement of 23 February
2009, "My right honourable friend ... has today made the following Written Ministerial Statement.") and
was dropped; the 89 kept read fresh. Each label was worked out by hand from the words, the publication
date and the publisher's zone (Europe/London for both Houses and GOV.UK, Europe/Dublin for the
Oireachtas, America/New_York for FDIC, the SEC notice, DOL and OSHA, America/Chicago for the SEC speech
given in Dallas and the DOL release from Nashville); the conversion of local instants to UTC wall time,
weekdays and day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh143.py`: the publication date at 10:00 local time, no page giving an hour of speaking; where a
page carries no date of its own in its opening, the one its words, address or other facts give (the
page's first comment says which and why: GOV.UK pages from their "Updated" lines, Hansard and Oireachtas
pages from the pages and their addresses, parliament.uk listings from their "Asked on", "Answered on" and
"Made on" lines, the Federal Register notices from their issue dates, the DOL listing from the date above
each release, the SEC speech from the date another copy of the same speech prints, the FDIC release from
the comment period it extends); a day falls due at 23:59:59 local; a month, a year and a season at their
end (meteorological seasons); "by March" at the month's end and "on or before" a day at its end
(CONVENTIONS 3.5); a one-off event at its day or clock time (CONVENTIONS 3.1), an effective day likewise
(3.1a); a window at its later end (CONVENTIONS 3.3, 6.1); a moved date at the new date (CONVENTIONS 4.1);
a series given only its start is earliest (CONVENTIONS 3.2); "as soon as possible" vague, 60 days, and
"the coming months" vague, 3 months, as documented (CONVENTIONS 5.1); "Today I plan to discuss" due that
day (CONVENTIONS 2.1); done acts, perfects with "today" included, are past (CONVENTIONS 2.4), and so are
"as quickly as possible" told of the past (5.3) and effective days already gone; standing practices
("an annual survey", "one day a week") are recurring, and times hung on an undated event or counted from
an end not given ("before the European Council", "at Budget-time", "ahead of ... the next Finance Bill",
"a 45–day extension", "for 10 weeks") event (CONVENTIONS 1.3); questions, forecasts and options are no
undertaking (CONVENTIONS 4.2); refusals have `due=None` and a `refusal` kind; a sentence whose time words
set no time for any act has `due=None` and no refusal word (17 such). Clusters as in `blind_fresh143.py`:
1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5
refusals, 6 plain days and dates. 50 labels are refusals (past 41, event 6, recurring 2, earliest 1); 2
are vague; 22 labels carry a due instant (the 2 vague ones included); 20 are marked "unsure" and name
the other reading; like every label here they stay as committed, whatever the first run shows. First
run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit these
labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HLECO09JUL = "https://hansard.parliament.uk/Lords/2009-07-16/debates/09071652000441/ECOFIN"
_HLECO09FEB = "https://hansard.parliament.uk/Lords/2009-02-23/debates/09022319000229/ECOFIN"
_HLWQ19 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-questions-answers/?amp;max=20&amp;member=4615&amp;page=1&amp;questiontype=AllQuestions&amp;house=commons&amp;page=1&amp;max=50"
_HCWQ20 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-questions-answers/?page=1&max=20&questiontype=AllQuestions&house=commons%2Clords&use-dates=True&answered-from=2016-01-01&member=242"
_HCWS18 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?page=1&max=20&questiontype=AllQuestions&house=commons%2Clords&member=4097"
_HCECO01 = "https://api.parliament.uk/historic-hansard/written_answers/2001/feb/26/ecofin-council"
_HCWA12 = "http://www.publications.parliament.uk/pa/cm201213/cmhansrd/cm120524/text/120524w0002.htm"
_HCWS23 = "https://questions-statements.parliament.uk/written-statements/detail/2023-07-18/hcws972?_cldee=rmEM1-ek1BtnOzSAhMGt5x1KRoShoSLtZ6OEfZmZTuq_H3whwozzL1LsPetxu2ym&recipientid=contact-8c9934b73bc6e711810f70106faa2721-22eca7b4ed914510a984ada6595ccdc0&esid=cd409c3c-9125-ee11-9965-002248c6ac26"
_OIRWA17 = "https://www.oireachtas.ie/en/debates/question/2017-09-20/section/82/"
_OIRWA21 = "https://www.oireachtas.ie/en/debates/question/2021-05-18/section/215/"
_OIRDAIL35 = "https://beta.oireachtas.ie/en/debates/debate/dail/1935-11-14/18/"
_FDICPR23 = "https://fdic.gov/index.php/news/press-releases/2023/pr23007.html"
_SECSPEECH15 = "https://sec.gov/news/speech/sec-cooperation-program"
_SECFR16 = "https://regulations.vlex.com/vid/list-of-rules-to-649301413"
_DOLOASP = "https://www.dol.gov/newsroom/releases/oasp"
_OSHAFR10 = "http://edocket.access.gpo.gov/2010/2010-5790.htm"
_OSHAFR95 = "http://federal.elaws.us/fr/3/23/1995/95-7200"
_HMRCCOV21 = "https://www.gov.uk/government/publications/hmrc-issue-briefing-how-hmrc-will-continue-to-support-customers-and-the-economy/covid-19-how-hmrc-will-continue-to-support-customers-and-the-economy"
_GOVFB17 = "http://www.gov.uk/government/publications/finance-bill-2017-draft-legislation-overview-documents/overview-of-legislation-in-draft"
_GOVFB16 = "https://www.gov.uk/government/publications/finance-bill-2016-draft-legislation-overview-documents/overview-of-legislation-in-draft"

FRESH147_CASES: tuple[BlindCase, ...] = (
    # House of Lords (Lords Hansard, 'ECOFIN', Volume 712, debated on Thursday 16 July 2009, a Written Ministerial Statement of the Chancellor of the Exchequer repeated in the Lords; Open Parliament Licence v3.0; the date is the page's own and its address's); zone Europe/London (BST); no hour given, said 16 July 2009 10:00 BST. The opening line ('has made the following Written Ministerial Statement') holds no time word and was not taken. The only date, 7 July 2009, is that of the meeting, gone: past (CONVENTIONS 2.4)
    B(
        text="The Economic and Financial Affairs Council was held in Brussels on 7 July 2009.",
        due=None,
        vague=False,
        said="2009-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLECO09JUL,
        published="2009-07-16",
    ),
    # the same statement (under the heading 'Presentation of the presidency work programme', not taken): the council's taking note is done; 'for the second half of 2009' names the programme: past (CONVENTIONS 2.4). unsure: the programme runs to the end of 2009, and a careful reader could give 31 December 2009
    B(
        text="The council took note of the presentation by the Swedish presidency of the ECOFIN work programme for the second half of 2009.",
        due=None,
        vague=False,
        said="2009-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLECO09JUL,
        published="2009-07-16",
    ),
    # the same statement (heading 'Financial supervisory framework' not taken): the stock-taking and the June agreement are gone: past (CONVENTIONS 2.4)
    B(
        text="The council took stock of the presidency’s strategy for taking forward work on European financial supervision and regulation following the agreement reached at the June ECOFIN and European Council.",
        due=None,
        vague=False,
        said="2009-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLECO09JUL,
        published="2009-07-16",
    ),
    # the same statement: the legislative proposals are 'expected on 23 September' (2009, a Wednesday), a one-off act at a date: due that day (CONVENTIONS 3.1) [local due 2009-09-23 23:59:59 BST]
    B(
        text="The UK is supportive of the timetable presented, with legislative proposals expected on 23 September, and will engage fully in the upcoming negotiations to ensure that the legislation is in line with the agreement reached by leaders at the European Council, and in particular that any new powers granted to existing or proposed bodies would not impinge in any way on member states' fiscal responsibilities.",
        due="2009-09-23 22:59:59",
        vague=False,
        said="2009-07-16 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HLECO09JUL,
        published="2009-07-16",
    ),
    # the same statement (heading 'Climate change financing' not taken): the June conclusions are gone: past (CONVENTIONS 2.4)
    B(
        text="Ministers also took note of conclusions agreed by Heads at the June European Council on the financing of climate change.",
        due=None,
        vague=False,
        said="2009-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLECO09JUL,
        published="2009-07-16",
    ),
    # the same statement: the agreement is expected 'at a meeting of the European Council in October' (2009): the month's end (a month falls due at its later end) [local due 2009-10-31 23:59:59 GMT, summer time having ended on 25 October]
    B(
        text="The presidency expects an agreement to be reached on a negotiating mandate at a meeting of the European Council in October, when ECOFIN will also revisit this issue.",
        due="2009-10-31 23:59:59",
        vague=False,
        said="2009-07-16 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HLECO09JUL,
        published="2009-07-16",
    ),
    # the same statement: agreement 'in advance of the Copenhagen conference in December' hangs on the start of a conference the sentence dates only to its month: event (CONVENTIONS 1.3). unsure: a careful reader could read 'before ... December' as 30 November 2009 (CONVENTIONS 3.5), or the end of December
    B(
        text="The Government believe that work should continue to ensure the EU reaches agreement on the key issues in advance of the Copenhagen conference in December.",
        due=None,
        vague=False,
        said="2009-07-16 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HLECO09JUL,
        published="2009-07-16",
    ),
    # the same statement (heading 'Preparation for the G20 meetings' not taken): the deputies' meeting of 27 and 28 June is gone: past (CONVENTIONS 2.4). The next sentence ('... G20 deputies on 3 and 4 September and G20 Finance Min') is cut off by the end of the stored opening and was not taken
    B(
        text="The UK updated the council on the outcome of a G20 deputies meeting on 27 and 28 June.",
        due=None,
        vague=False,
        said="2009-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLECO09JUL,
        published="2009-07-16",
    ),
    # House of Lords (Lords Hansard, 'ECOFIN', Monday 23 February 2009, a Written Ministerial Statement of the Chancellor repeated in the Lords; Open Parliament Licence v3.0; the date is in the address, 'Lords/2009-02-23'); zone Europe/London (GMT); said 23 February 2009 10:00 GMT. The opening line ('has today made the following Written Ministerial Statement') reads USED in the whole-sentence check (a stock line) and was dropped. The meeting of 10 February 2009 is gone: past (CONVENTIONS 2.4). The sentences that follow under 'European economic recovery plan' hold only general words ('current', 'timely ... and temporary', 'will continue') and were passed over
    B(
        text="The Economic and Financial Affairs Council was held in Brussels on 10 February 2009.",
        due=None,
        vague=False,
        said="2009-02-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLECO09FEB,
        published="2009-02-23",
    ),
    # the same statement (heading 'Key issues paper' not taken): the debate was held; 'the spring 2009 European Council' names the meeting the paper is for: past (CONVENTIONS 2.4)
    B(
        text="ECOFIN held an orientation debate on the key issues paper on economic and financial issues for the spring 2009 European Council.",
        due=None,
        vague=False,
        said="2009-02-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLECO09FEB,
        published="2009-02-23",
    ),
    # the same statement: 'before the European Council' hangs the agreement on a meeting this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="The full version of the paper will be agreed before the European Council based on the outline proposed by the presidency.",
        due=None,
        vague=False,
        said="2009-02-23 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HLECO09FEB,
        published="2009-02-23",
    ),
    # the same statement: the support is given ('supported'); 'in 2009' places the challenges the outline names, no act of its own: past (CONVENTIONS 2.4)
    B(
        text="The Government supported the outline, which emphasises the serious challenges in 2009 and the remaining need for action to stabilise financial markets and facilitate a speedy economic recovery.",
        due=None,
        vague=False,
        said="2009-02-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLECO09FEB,
        published="2009-02-23",
    ),
    # the same statement (heading 'Reduced rates of VAT' not taken): the European Council's request to settle the issue 'by March' (2009) still stands: the month's end (CONVENTIONS 3.5, 'by <period>') [local due 2009-03-31 23:59:59 BST, summer time having begun on 29 March]. unsure: the request and the presidency's answer are reported in the past, and a careful reader could call the whole past (CONVENTIONS 2.2 weighs against it: the deadline is the settling's, not the reporting's)
    B(
        text="Following a political discussion by Ministers, the presidency indicated that it would reflect on how to take the dossier forward in response to the European Council's request to settle the issue by March.",
        due="2009-03-31 22:59:59",
        vague=False,
        said="2009-02-23 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HLECO09FEB,
        published="2009-02-23",
    ),
    # the same statement: the further discussion is 'expected at the ECOFIN meeting on 10 March' (2009, a Tuesday); '19 and 20 March' dates the European Council that follows, not the discussion: due 10 March (CONVENTIONS 3.1) [local due 2009-03-10 23:59:59 GMT]. unsure: a careful reader could take the later date of the sentence, 20 March (CONVENTIONS 6.1, a range falls due at its later end)
    B(
        text="A further discussion is expected at the ECOFIN meeting on 10 March, in the run-up to the next European Council, on 19 and 20 March.",
        due="2009-03-10 23:59:59",
        vague=False,
        said="2009-02-23 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HLECO09FEB,
        published="2009-02-23",
    ),
    # House of Lords (written questions and answers on parliament.uk, Lord Ouseley's question asked on 8 May 2019 to the Department for Education, answered by Lord Agnew of Oulton on 22 May 2019; Open Parliament Licence v3.0; the dates are the listing's 'Asked on' and 'Answered on' lines); zone Europe/London (BST); said 22 May 2019 10:00 BST. The question and the answer's first two sentences hold no time word and were not taken. 'has set out a 10 year ambition' tells of an act done; the ambition has no start in the sentence: past (CONVENTIONS 2.4)
    B(
        text="The department has set out a 10 year ambition to boost children’s early reading and communication skills.",
        due=None,
        vague=False,
        said="2019-05-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLWQ19,
        published="2019-05-22",
    ),
    # the same answer: 'since 2011' measures progress already made; nothing is set to fall due: past
    B(
        text="The evidence shows we are closing the educational attainment gap between disadvantaged pupils and others, as measured by the disadvantage gap index, by around 13 % at key stage 2 and 9.5 % at key stage 4 since 2011.",
        due=None,
        vague=False,
        said="2019-05-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLWQ19,
        published="2019-05-22",
    ),
    # the same answer (a sentence without a main verb, as the page has it): the rise from 2009 to 2018 is gone: past
    B(
        text="As well as increasing the proportion of disadvantaged 18 year olds entering full-time higher education from 13.3% in 2009 to 20.2% in 2018.",
        due=None,
        vague=False,
        said="2019-05-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HLWQ19,
        published="2019-05-22",
    ),
    # House of Commons (written questions and answers on parliament.uk, a question asked on 11 February 2020 to the House of Commons Commission and answered by Pete Wishart on 24 February 2020; Open Parliament Licence v3.0; the dates are the listing's 'Asked on' and 'Answered on' lines); zone Europe/London (GMT); said 11 February 2020 10:00 GMT, the day the question was asked. The only time, 'since June 2019', counts reports already made: past. unsure: a question is no undertaking (CONVENTIONS 4.2), and a careful reader could give due None and no refusal word
    B(
        text="To ask the hon. Member for Perth and North Perthshire, representing the House of Commons Commission, on how many occasions since June 2019 reports have been made on the missing towel dispenser in the men's lavatory on the ground floor of Norman Shaw North; for what reasons no action has been taken in response to those reports; and if he will make a statement.",
        due=None,
        vague=False,
        said="2020-02-11 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCWQ20,
        published="2020-02-11",
    ),
    # the same exchange, the answer of 24 February 2020 (said 10:00 GMT): the three reports (18 June, 9 September and 16 October 2019, day first) are gone: past
    B(
        text="Parliamentary Maintenance Services Team (PMST) has three recorded instances of this roller towel being reported to its Helpdesk – on 18/06/19, 09/09/19 and 16/10/19.",
        due=None,
        vague=False,
        said="2020-02-24 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCWQ20,
        published="2020-02-24",
    ),
    # the same answer: 'has now been installed' is the perfect, an act done: past (CONVENTIONS 2.4). The sentence before it ('On each occasion ...', 'on our initial visit') holds only general words and was passed over; the sentence after holds none. The page's 'Named day' tooltip that follows is site text, not the record, and was not taken
    B(
        text="PMST apologises for this oversight and is pleased to confirm that a new modified roller towel has now been installed.",
        due=None,
        vague=False,
        said="2020-02-24 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCWQ20,
        published="2020-02-24",
    ),
    # House of Commons (written statements on parliament.uk, 'Public Spending', a Treasury statement made on 18 December 2018 by Elizabeth Truss, Chief Secretary to the Treasury, in the Commons; Open Parliament Licence v3.0; the date is the listing's 'Made on' line); zone Europe/London (GMT); said 18 December 2018 10:00 GMT. The opening sentence holds no time word. The commitment, the increase and the investment are told as done: past (CONVENTIONS 2.4). unsure: the preparations it funds run to the end of financial year 2019-20 (31 March 2020), and a careful reader could give that day
    B(
        text="At Autumn Budget 2017, my right honourable friend the Chancellor of the Exchequer (Philip Hammond) committed £3 billion to help departments and devolved administrations make necessary preparations for EU-exit in 2018-19 and 2019-20; this was subsequently increased by £0.5bn in the 2018 Budget, meaning the Government has invested over £4bn in preparing for EU-exit since 2016.",
        due=None,
        vague=False,
        said="2018-12-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCWS18,
        published="2018-12-18",
    ),
    # the same statement (the sentence ends in a colon before the table, as on the page): 'has allocated' is the perfect, done; 'for financial year 2019-20' names what the funding is for: past (CONVENTIONS 2.4)
    B(
        text="Working with colleagues across Government to deliver on the referendum while protecting jobs, businesses and prosperity and to support departments in planning for EU-exit, HM Treasury has allocated the following funding to departments for financial year 2019-20:",
        due=None,
        vague=False,
        said="2018-12-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCWS18,
        published="2018-12-18",
    ),
    # House of Commons (historic Hansard, written answers, HC Deb 26 February 2001 vol 363 cc512-3W, 'ECOFIN Council'; Open Parliament Licence v3.0; the date is the page's own and its address's); zone Europe/London (GMT); said 26 February 2001 10:00 GMT. The asker's name ('Mr. Hood') and the number '[150526]' are left out. The only date, 12 February, is that of the Council held: past. unsure: a question is no undertaking (CONVENTIONS 4.2), and a careful reader could give due None and no refusal word
    B(
        text="To ask the Chancellor of the Exchequer what the outcome was of the ECOFIN Council held in Brussels on 12 February; and if he will make a statement.",
        due=None,
        vague=False,
        said="2001-02-26 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCECO01,
        published="2001-02-26",
    ),
    # the same answer (Mr. Gordon Brown; the three sentences before hold no time word, and 'long-term' in the one before this names a position): 'is projected to move into deficit in the medium term' is a forecast, no undertaking, and names no time: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="The Opinion also notes that the UK is projected to move into deficit in the medium term.",
        due=None,
        vague=False,
        said="2001-02-26 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCECO01,
        published="2001-02-26",
    ),
    # the same answer: 'I made clear' is done; 'the 2000 Spending Review' names the review: past (CONVENTIONS 2.4)
    B(
        text="I made clear to the Commission that this reflects the more than doubling of net investment announced in the 2000 Spending Review to promote the renewal and modernisation of the country's capital stock, and that financing this essential investment by borrowing is in line with the Growth and Stability Pact and the Government's fiscal rules.",
        due=None,
        vague=False,
        said="2001-02-26 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCECO01,
        published="2001-02-26",
    ),
    # the same answer (the four sentences before hold no time word): the paper is to be drafted 'for the 12 March ECOFIN' (2001, a Monday), so it is due by that meeting: end of 12 March (CONVENTIONS 3.1) [local due 2001-03-12 23:59:59 GMT]. The sentences after the stored opening were not read
    B(
        text="The Presidency will draft a key issues paper for the 12 March ECOFIN.",
        due="2001-03-12 23:59:59",
        vague=False,
        said="2001-02-26 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCECO01,
        published="2001-02-26",
    ),
    # House of Commons (Commons Hansard, written answers of Thursday 24 May 2012, publications.parliament.uk; Open Parliament Licence v3.0; the date is in the address, 'cm120524', and the column line); zone Europe/London (BST); said 24 May 2012 10:00 BST. Rosie Cooper's question and the first sentences of Mr Gibb's answer hold only 'recent' (passed over as a general word) or no time word. 'currently' tells the state as the answer is given: due None, no refusal word
    B(
        text="These were included in responses to the consultation and are currently being analysed.",
        due=None,
        vague=False,
        said="2012-05-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCWA12,
        published="2012-05-24",
    ),
    # the same page, Shabana Mahmood's question (number '[109125]' left out): 'in each of the last five years' asks about years gone: past. unsure: a question is no undertaking (CONVENTIONS 4.2), and a careful reader could give due None and no refusal word
    B(
        text="To ask the Secretary of State for Education how many vacant secondary school places there were in (a) Birmingham, Ladywood constituency and (b) Birmingham City Council in each of the last five years for which information is available.",
        due=None,
        vague=False,
        said="2012-05-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCWA12,
        published="2012-05-24",
    ),
    # the same page, Mr Gibb's answer: 'via an annual survey' is a standing practice with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="The Department collects information from each local authority on the number of unfilled places in maintained secondary schools (except special schools) via an annual survey.",
        due=None,
        vague=False,
        said="2012-05-24 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HCWA12,
        published="2012-05-24",
    ),
    # the same answer (the column line '24 May 2012 : Column 813W' printed inside the sentence is left out): 'between 2007 and 2011' are years gone: past. The sentence after holds no time word, and the table's notes were not taken
    B(
        text="The following table shows the number of unfilled places in maintained secondary schools in Birmingham between 2007 and 2011, which is the most recent data available.",
        due=None,
        vague=False,
        said="2012-05-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCWA12,
        published="2012-05-24",
    ),
    # House of Commons (written statement HCWS972, 'Finance Bill: draft legislation and tax documents', made on 18 July 2023, questions-statements.parliament.uk; Open Parliament Licence v3.0; the date is the page's 'Statement made on' line and its address's); zone Europe/London (BST); said 18 July 2023 10:00 BST. 'ahead of potential inclusion in the next Finance Bill' hangs the act on a bill the sentence does not date: event (CONVENTIONS 1.3). The sentences that follow hold no time word or only general ones ('future', 'at this stage', 'next', 'already', 'previous') and were passed over
    B(
        text="In line with the Tax Policy Making framework, the government is publishing draft legislation ahead of potential inclusion in the next Finance Bill.",
        due=None,
        vague=False,
        said="2023-07-18 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HCWS23,
        published="2023-07-18",
    ),
    # the same statement (the bullet's label 'Additional tax relief for R&D intensive SMEs:' is left out): the new rate has effect 'from 1 April 2023', a day already gone when the words are spoken: past (CONVENTIONS 3.1a, the effective day, falls before the moment)
    B(
        text="The government is publishing draft legislation which will introduce a new permanent rate of relief for the most R&D intensive loss-making SMEs from 1 April 2023.",
        due=None,
        vague=False,
        said="2023-07-18 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HCWS23,
        published="2023-07-18",
    ),
    # the same statement: 'worth over £1.8 billion over the next 5 years' sizes the support over a span; no act falls due at its end: due None, no refusal word. unsure: a careful reader could read a window of five years from the moment of speaking, 18 July 2028 (CONVENTIONS 1.1)
    B(
        text="This additional support will be worth over £1.8 billion over the next 5 years, and will provide eligible R&D intensive loss-making SMEs with support worth £27 per £100 of R&D expenditure.",
        due=None,
        vague=False,
        said="2023-07-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCWS23,
        published="2023-07-18",
    ),
    # the same statement (the bullet's label 'R&D: Merging RDEC and SME relief:' and the two sentences after it, with no time word, left out): keeping 'the option of implementing' a scheme from April 2024 is a possibility, no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could read a start only, earliest 1 April 2024 (CONVENTIONS 3.2). The next sentence ('... at a future fiscal event') is cut off by the end of the stored opening and was not taken
    B(
        text="This legislation will keep open the option of implementing a merged scheme from April 2024.",
        due=None,
        vague=False,
        said="2023-07-18 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HCWS23,
        published="2023-07-18",
    ),
    # Houses of the Oireachtas (Dáil written answers Nos. 99-123 of Wednesday 20 September 2017, oireachtas.ie; Oireachtas (Open Data) PSI Licence, which applies Creative Commons Attribution 4.0; the date is the page's own and its address's); zone Europe/Dublin (IST); said 20 September 2017 10:00 IST. The question's number ('99.') and reference '[39059/17]' are left out. A question; 'now' names no time: due None, no refusal word (CONVENTIONS 4.2). The answer to it holds no time word
    B(
        text="Deputy John Curran asked the Taoiseach if the bodies and agencies under the remit of his Department plan to make services or payments dependent on the mandatory use and production of the public services card; and if so, the services and payments which will now be dependent on the mandatory use of the public services card.",
        due=None,
        vague=False,
        said="2017-09-20 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIRWA17,
        published="2017-09-20",
    ),
    # the same page (number '100.' and '[39060/17]' left out): a question; 'for 2018' names the budget year of the savings: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="Deputy Róisín Shortall asked the Taoiseach the expenditure savings that are earmarked for his Department for 2018 that are not accounted for in the mid-year expenditure report or are not included in the fiscal space calculations for 2018.",
        due=None,
        vague=False,
        said="2017-09-20 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIRWA17,
        published="2017-09-20",
    ),
    # the same page, the answer: 'currently' tells the state as the answer is given; '2018 Estimate' names the estimate: due None, no refusal word
    B(
        text="My Department is currently engaging with the Department of Public Expenditure and Reform on its 2018 Estimate provision.",
        due=None,
        vague=False,
        said="2017-09-20 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIRWA17,
        published="2017-09-20",
    ),
    # the same answer: 'at Budget-time' hangs the announcement on a budget day the sentence does not date: event (CONVENTIONS 1.3). The line 'Question No. 101 answered with Question No. 85.' holds no time word
    B(
        text="Any expenditure savings will be identified as part of that process and announced by the Minister for Finance, Public Expenditure and Reform at Budget-time.",
        due=None,
        vague=False,
        said="2017-09-20 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIRWA17,
        published="2017-09-20",
    ),
    # the same page (number '102.' and '[39063/17]' left out): a question about 'the likely publication date'; no time is set: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="Deputy Joan Burton asked the Taoiseach the likely publication date of Irish Life Tables 17 by the Central Statistics Office.",
        due=None,
        vague=False,
        said="2017-09-20 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIRWA17,
        published="2017-09-20",
    ),
    # the same page, the answer: publication 'in 2019' falls due at the year's end; '(2015-2017)' names the tables and 'three years after the 2016 census' restates the year [local due 2019-12-31 23:59:59 GMT]
    B(
        text="The Central Statistics Office intends to publish Irish Life Tables No. 17 (2015-2017) in 2019, three years after the 2016 census.",
        due="2019-12-31 23:59:59",
        vague=False,
        said="2017-09-20 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIRWA17,
        published="2017-09-20",
    ),
    # the same answer: the earlier tables 'were published in 2015': past. The next sentence is cut off by the end of the stored opening and was not taken
    B(
        text="The corresponding Irish Life Tables No. 16 (2010-2012) were published in 2015, four years after the 2011 census.",
        due=None,
        vague=False,
        said="2017-09-20 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIRWA17,
        published="2017-09-20",
    ),
    # Houses of the Oireachtas (Dáil written answers Nos. 279-299 of Tuesday 18 May 2021, oireachtas.ie; Oireachtas (Open Data) PSI Licence, Creative Commons Attribution 4.0; the date is the page's own and its address's); zone Europe/Dublin (IST); said 18 May 2021 10:00 IST. Number '279.' and '[26601/21]' left out. 'only opened one day a week' is a standing schedule: recurring (CONVENTIONS 1.3)
    B(
        text="Deputy Christopher O'Sullivan asked the Minister for Transport the reason some rural NDLS centres are only opened one day a week which is resulting in persons having to travel to get appointments; and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="2021-05-18 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_OIRWA21,
        published="2021-05-18",
    ),
    # the same page, the answer (its first two sentences hold no time word): a reply is looked for 'within 10 days' of the referral, made as the answer is given: 10 days from 18 May 2021, Friday 28 May (CONVENTIONS 1.2) [local due 2021-05-28 23:59:59 IST]. unsure: the time is put as the condition of a request to the Deputy, and a careful reader could call it no undertaking (CONVENTIONS 4.2: due None). The line after ('A referred reply was forwarded ... under Standing Order 51') holds no time word
    B(
        text="I would ask the Deputy to contact my office if a response is not received within 10 days.",
        due="2021-05-28 22:59:59",
        vague=False,
        said="2021-05-18 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_OIRWA21,
        published="2021-05-18",
    ),
    # the same page (number '280.' and '[26604/21]' left out): a question; 'the extended summer season' names the season, 'brought forward' sets no time: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="Deputy Christopher O'Sullivan asked the Minister for Transport his views on whether plans to extend the runway at Cork Airport could disrupt the extended summer season; if the works can be brought forward; and if he will make a statement on the matter.",
        due=None,
        vague=False,
        said="2021-05-18 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIRWA21,
        published="2021-05-18",
    ),
    # the same page, the answer: the only time, 'since the opening of the new terminal building in 2006', is gone: past
    B(
        text="As the Deputy is aware Cork Airport is progressing a Runway Reconstruction and Remediation Project which will be the single-biggest construction project and the biggest investment by daa at Cork Airport since the opening of the new terminal building in 2006.",
        due=None,
        vague=False,
        said="2021-05-18 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIRWA21,
        published="2021-05-18",
    ),
    # the same answer: the closure runs 'from 12 September to 22 November this year' (2021), a window that falls due at its later end (CONVENTIONS 3.3, 6.1) [local due 2021-11-22 23:59:59 GMT, Irish summer time having ended on 31 October]
    B(
        text="I acknowledge that the anticipated closure of the airport from 12 September to 22 November this year will be disruptive for many in the Cork region.",
        due="2021-11-22 23:59:59",
        vague=False,
        said="2021-05-18 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_OIRWA21,
        published="2021-05-18",
    ),
    # the same answer: the decision is told as done, and the closure 'for 10 weeks' and the '9 months' have no start in the sentence: event (CONVENTIONS 1.3). unsure: a careful reader could call it past, the decision being made (CONVENTIONS 2.4). The next sentence holds no time word; the one after is cut off by the end of the stored opening
    B(
        text="However, taking a range of factors into consideration, Cork Airport decided that the optimal approach for completing this project would be to close the airport for 10 weeks rather than restricting works to night-time hours only, which would push out the project’s delivery timescale to 9 months.",
        due=None,
        vague=False,
        said="2021-05-18 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_OIRWA21,
        published="2021-05-18",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Thursday 14 November 1935, Vol. 59 No. 6, oral answers, beta.oireachtas.ie; Oireachtas (Open Data) PSI Licence, Creative Commons Attribution 4.0; the date is the page's own and its address's); zone Europe/Dublin (GMT in November 1935, zoneinfo); no hour given, said 14 November 1935 10:00 GMT. A question; 'now' names no time: due None, no refusal word (CONVENTIONS 4.2). The answer's 'No decision has yet been taken' holds only 'yet' and was passed over
    B(
        text="asked the Minister for Finance whether the Inter-Departmental Committee on Public Works have now completed their inquiries within their terms of reference: and, if so, whether it is his intention to place on the Table of the House copies of any reports or recommendations made by them.",
        due=None,
        vague=False,
        said="1935-11-14 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIRDAIL35,
        published="1935-11-14",
    ),
    # the same exchange: a question about 'the moment'; no time is set: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="Can the Parliamentary Secretary say what this Committee is doing at the moment?",
        due=None,
        vague=False,
        said="1935-11-14 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIRDAIL35,
        published="1935-11-14",
    ),
    # the same exchange (the three sentences before hold no time word): a question whether the work may be done 'before the end of the financial year' is no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: the answer 'Great hope.' could be read as taking it up, and a careful reader could give the end of the Irish financial year, 31 March 1936 (CONVENTIONS 3.5)
    B(
        text="Is there any hope of their work being completed before the end of the financial year?",
        due=None,
        vague=False,
        said="1935-11-14 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIRDAIL35,
        published="1935-11-14",
    ),
    # Federal Deposit Insurance Corporation (press release 'FDIC Announces 45-Day Extension of Comment Period for Proposed Changes to its Regulation Regarding the FDIC Official Sign, ...', fdic.gov; a work of the US federal government, public domain, 17 U.S.C. 105); zone America/New_York (EST). The stored copy prints 'For Release' without a date: the release extends by 45 days the comment period that was to close on 21 February 2023 (60 days from the Federal Register publication of 21 December 2022) to 7 April 2023, and is number 7 of 2023, so it was issued before 21 February 2023; it is taken as Wednesday 1 February 2023, 10:00 EST (no label depends on the day chosen between 21 December 2022 and 21 February 2023). The dateline 'WASHINGTON –' is left out. 'today announced' is an act done: past (CONVENTIONS 2.4). unsure: a careful reader could read the '45-day extension' as a span counted from an end the sentence does not give (event, CONVENTIONS 1.3)
    B(
        text="The Federal Deposit Insurance Corporation (FDIC) today announced a 45-day extension to the public comment period for proposed changes to its regulations relating to the FDIC’s official sign, the FDIC’s official advertising statement, misrepresentations of deposit insurance coverage, and misuse of the FDIC’s name or logo.",
        due=None,
        vague=False,
        said="2023-02-01 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDICPR23,
        published="2023-02-01",
    ),
    # the same release: comments 'no later than April 7, 2023' (a Friday): the end of that day [local due 2023-04-07 23:59:59 EDT]
    B(
        text="Comments must be received by the FDIC no later than April 7, 2023.",
        due="2023-04-08 03:59:59",
        vague=False,
        said="2023-02-01 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FDICPR23,
        published="2023-02-01",
    ),
    # the same release: 13 December and 21 December 2022 are gone, and the 60-day period has been replaced: past (CONVENTIONS 2.4)
    B(
        text="On December 13, 2022, the FDIC announced a Notice of Proposed Rulemaking (NPR) to modernize part 328 of its regulations and provided for a 60-day comment period following formal publication in the Federal Register (87 FR 78017), which occurred on December 21, 2022.",
        due=None,
        vague=False,
        said="2023-02-01 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FDICPR23,
        published="2023-02-01",
    ),
    # the same release (the page's en dash in '45–day' kept): the size of the extension counts from an end this sentence does not give: event (CONVENTIONS 1.3)
    B(
        text="After receiving requests to extend the comment period, the FDIC determined that a 45–day extension of the comment period is appropriate and will provide additional opportunity for the public to prepare comments and address the matters raised by the NPR.",
        due=None,
        vague=False,
        said="2023-02-01 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FDICPR23,
        published="2023-02-01",
    ),
    # the same release: 'today' means the present day of banking, no time for any act: due None, no refusal word. The next sentence is cut off by the end of the stored opening
    B(
        text="The proposed regulation would modernize the rules governing the use of the official FDIC sign and insured depository institutions’ (IDIs’) advertising statements to reflect how depositors do business with IDIs today, including through digital and mobile channels.",
        due=None,
        vague=False,
        said="2023-02-01 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_FDICPR23,
        published="2023-02-01",
    ),
    # Securities and Exchange Commission (speech 'The SEC’s Cooperation Program: Reflections on Five Years of Experience' by Andrew Ceresney, Director of the Division of Enforcement, at the University of Texas School of Law's Government Enforcement Institute in Dallas, sec.gov; a work of the US federal government, public domain); the stored sec.gov copy prints no date; the speech was given on 13 May 2015 (the date the Deloitte DART copy of the same text prints), so said 13 May 2015 10:00 CDT, zone America/Chicago (Dallas). The footnote marker '[1]' is left out. 'today' dates the speaking, no act promised: due None, no refusal word (CONVENTIONS 2.2). The sentence before holds no time word
    B(
        text="Before I start, I must give our standard disclaimer that the views I express today are my own and do not necessarily reflect the views of the Commission or its staff.",
        due=None,
        vague=False,
        said="2015-05-13 15:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_SECSPEECH15,
        published="2015-05-13",
    ),
    # the same speech (the sentence before holds no time word): 'Today I plan to discuss' puts the act on the day of speaking: end of 13 May 2015 (CONVENTIONS 2.1) [local due 2015-05-13 23:59:59 CDT]; 'recently celebrated' and 'five-year anniversary' are gone or name
    B(
        text="Today I plan to discuss the SEC’s cooperation program, which recently celebrated its five-year anniversary.",
        due="2015-05-14 04:59:59",
        vague=False,
        said="2015-05-13 15:00:00",
        tz="America/Chicago",
        cluster=4,
        source=_SECSPEECH15,
        published="2015-05-13",
    ),
    # the same speech (the four sentences before hold no time word or only 'a very good time'): 'has been ... granting credit ... for more than five years' tells how long a practice has run: past
    B(
        text="As many of you know, the Commission has been formally granting credit for cooperation by entities for more than five years.",
        due=None,
        vague=False,
        said="2015-05-13 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_SECSPEECH15,
        published="2015-05-13",
    ),
    # the same speech (footnote marker '[2]' left out): 2001 is gone: past. The next sentence holds no time word; the one after is cut off by the end of the stored opening
    B(
        text="In 2001, the Commission issued what came to be known as the Seaboard report.",
        due=None,
        vague=False,
        said="2015-05-13 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_SECSPEECH15,
        published="2015-05-13",
    ),
    # Securities and Exchange Commission (Federal Register Vol. 81, No. 182, Tuesday 20 September 2016, 'List of Rules To Be Reviewed Pursuant to the Regulatory Flexibility Act', Release No. 33-10209, as carried whole by regulations.vlex.com; a work of the US federal government, public domain); zone America/New_York (EDT); said 20 September 2016 10:00 EDT, the issue date. The label 'DATES:' is left out; the summary's sentences hold no time word ('scheduled for review' sets none). 'by October 20, 2016' (a Thursday): the end of that day [local due 2016-10-20 23:59:59 EDT]
    B(
        text="Comments should be submitted by October 20, 2016.",
        due="2016-10-21 03:59:59",
        vague=False,
        said="2016-09-20 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SECFR16,
        published="2016-09-20",
    ),
    # Department of Labor (news releases of the Office of the Assistant Secretary for Policy, dol.gov listing; a work of the US federal government, public domain); each release is read on the date the listing prints above it, 10:00 local. This one: 25 September 2019, Washington, zone America/New_York (EDT). The dateline 'WASHINGTON, DC –' is left out. 'today announced' is done: past (CONVENTIONS 2.4). The release's next sentence holds no time word
    B(
        text="Acting U.S. Secretary of Labor Patrick Pizzella today announced the designation of Jonathan Wolfson, Deputy Assistant Secretary for Policy, as the Department’s Regulatory Reform Officer.",
        due=None,
        vague=False,
        said="2019-09-25 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOLOASP,
        published="2019-09-25",
    ),
    # the same listing, the release of 13 March 2019 (said 10:00 EDT; dateline left out): 'Earlier this year' and 'of 2018' are gone or name the Act: past. The next sentence holds no time word
    B(
        text="Earlier this year, President Trump signed the Foundations for Evidence-Based Policymaking Act of 2018 into law, which included the Open, Public, Electronic, and Necessary Government Data Act (OPEN Government Data Act).",
        due=None,
        vague=False,
        said="2019-03-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOLOASP,
        published="2019-03-13",
    ),
    # the same release: 'Today, ... created ... and established' tells acts done: past (CONVENTIONS 2.4)
    B(
        text="Today, the U.S. Department of Labor created a Chief Data Officer (CDO) position and established its Data Board.",
        due=None,
        vague=False,
        said="2019-03-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOLOASP,
        published="2019-03-13",
    ),
    # the same listing, the release of 3 October 2018 (said 10:00 EDT; dateline left out): 'has added' is the perfect, done; '1974' names the Act and 'new' the website: past (CONVENTIONS 2.4)
    B(
        text="The U.S. Department of Labor has added compliance assistance materials on Association Health Plans (AHPs) to its new Employer.gov website that will help job creators and plan sponsors understand their Employee Retirement Income Security Act of 1974 (ERISA) obligations when setting up and managing AHPs.",
        due=None,
        vague=False,
        said="2018-10-03 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOLOASP,
        published="2018-10-03",
    ),
    # the same listing, the release of 28 August 2018 from Nashville (dateline 'NASHVILLE, TN –' left out), zone America/Chicago (CDT), said 10:00 CDT: 'announced ... during a speech today' is done; '2018' names the symposium: past (CONVENTIONS 2.4). The excerpt ends there
    B(
        text="U.S. Secretary of Labor Alexander Acosta announced the U.S. Department of Labor's new Office of Compliance Initiatives (OCI) during a speech today at the Voluntary Protection Programs Participants' Association's 2018 Safety+ National Symposium.",
        due=None,
        vague=False,
        said="2018-08-28 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_DOLOASP,
        published="2018-08-28",
    ),
    # Occupational Safety and Health Administration (Federal Register Vol. 75, No. 51, Wednesday 17 March 2010, 'Hazard Communication; Meetings Notice', FR Doc 2010-5790, edocket.access.gpo.gov, the Government Publishing Office's copy; a work of the US federal government, public domain); zone America/New_York (EDT); said 17 March 2010 10:00 EDT, the issue date. The label 'SUMMARY:' is left out and the line breaks joined. 29 December 2009 is gone: past
    B(
        text="On December 29, 2009, OSHA announced that it would hold informal public hearings on its proposal to revise the Hazard Communication Standard in Washington, DC; Pittsburgh, PA; and Los Angeles, CA (74 FR 68756).",
        due=None,
        vague=False,
        said="2010-03-17 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_OSHAFR10,
        published="2010-03-17",
    ),
    # the same notice: the hearing 'on March 31, 2010' (a Wednesday), a one-off event on a day: its end (CONVENTIONS 3.1) [local due 2010-03-31 23:59:59 EDT]. The sentence after ('OSHA is canceling the Los Angeles, CA, hearing.') holds no time word
    B(
        text="OSHA will hold the Pittsburgh hearing at the Marriott Pittsburgh City Center on March 31, 2010.",
        due="2010-04-01 03:59:59",
        vague=False,
        said="2010-03-17 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_OSHAFR10,
        published="2010-03-17",
    ),
    # the same notice (label 'DATES:' left out): the hearing begins 'at 9:30 a.m., local time, on March 31, 2010' in Pittsburgh (Eastern time), a one-off event at a time (CONVENTIONS 3.1) [local due 2010-03-31 09:30:00 EDT]. The ADDRESSES and docket sentences that follow hold no time word
    B(
        text="The informal public hearing will begin at 9:30 a.m., local time, on March 31, 2010, in Pittsburgh, PA.",
        due="2010-03-31 13:30:00",
        vague=False,
        said="2010-03-17 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_OSHAFR10,
        published="2010-03-17",
    ),
    # Occupational Safety and Health Administration (Federal Register Vol. 60, No. 56, Thursday 23 March 1995, 'Respiratory Protection; Proposed Rule', extension of date for filing testimony, FR Doc 95-7200, as carried whole by federal.elaws.us; a work of the US federal government, public domain); zone America/New_York (EST on the day; summer time began on 2 April 1995); said 23 March 1995 10:00 EST, the issue date. The label 'SUMMARY:' is left out and the line breaks joined. The date is moved 'from April 14, 1995 to May 15, 1995': the new date counts (CONVENTIONS 4.1) [local due 1995-05-15 23:59:59 EDT]
    B(
        text="By this document the Occupational Safety and Health Administration (OSHA) is extending the date for submitting the text of testimony and documentary evidence for those who intend to testify at the public hearings from April 14, 1995 to May 15, 1995, in order to provide additional time for the preparation of testimony for the hearings.",
        due="1995-05-16 03:59:59",
        vague=False,
        said="1995-03-23 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_OSHAFR95,
        published="1995-03-23",
    ),
    # the same notice (label 'DATES:' left out): 'on or before May 15, 1995' (a Monday): the end of that day (CONVENTIONS 3.5) [local due 1995-05-15 23:59:59 EDT]
    B(
        text="Testimony and evidence to be submitted at the hearings must be postmarked on or before May 15, 1995.",
        due="1995-05-16 03:59:59",
        vague=False,
        said="1995-03-23 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_OSHAFR95,
        published="1995-03-23",
    ),
    # the same notice: 'on or before April 14, 1995' (a Friday) [local due 1995-04-14 23:59:59 EDT]
    B(
        text="Comments must be postmarked on or before April 14, 1995.",
        due="1995-04-15 03:59:59",
        vague=False,
        said="1995-03-23 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_OSHAFR95,
        published="1995-03-23",
    ),
    # the same notice: the hearing begins 'at 9:30 a.m., Tuesday, June 6, 1995' in Washington, a one-off event at a time (CONVENTIONS 3.1) [local due 1995-06-06 09:30:00 EDT]. The ADDRESSES sentences that follow hold no time word
    B(
        text="The hearing will begin at 9:30 a.m., Tuesday, June 6, 1995 in Washington, DC.",
        due="1995-06-06 13:30:00",
        vague=False,
        said="1995-03-23 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_OSHAFR95,
        published="1995-03-23",
    ),
    # HM Revenue and Customs (policy paper 'COVID-19: how HMRC will continue to support customers and the economy', GOV.UK; Crown copyright, Open Government Licence v3.0; the stored copy prints only 'Updated 9 November 2021', so that day is taken); zone Europe/London (GMT); said 9 November 2021 10:00 GMT. 'Throughout the pandemic' with 'has been' tells what is done: past (CONVENTIONS 2.4)
    B(
        text="Throughout the pandemic, HMRC’s priority has been to deliver the government support to protect people’s livelihoods and help businesses get through this difficult time financially.",
        due=None,
        vague=False,
        said="2021-11-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCCOV21,
        published="2021-11-09",
    ),
    # the same paper (the six sentences before hold no time word or only general ones: 'As the country learns', 'It will take time'): 'over the coming months' as the paper's undertaking is the documented vague window, 3 months from 9 November 2021: 9 February 2022 (CONVENTIONS 5.1, the parser's docstring) [local due 2022-02-09 23:59:59 GMT]. The sentence after ('... when we make any changes') sets no time
    B(
        text="This issue briefing sets out how we will work with our customers and stakeholders over the coming months.",
        due="2022-02-09 23:59:59",
        vague=True,
        said="2021-11-09 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMRCCOV21,
        published="2021-11-09",
    ),
    # the same paper (the three sentences before hold no time word): 'as quickly as possible' told of the schemes' past priority ('was'): past (CONVENTIONS 5.3)
    B(
        text="HMRC’s priority in administering the support schemes was to get money to the people who need it as quickly as possible.",
        due=None,
        vague=False,
        said="2021-11-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCCOV21,
        published="2021-11-09",
    ),
    # the same paper: 'went ... in 6 working days' measures what was done: past. The next sentence is cut off by the end of the stored opening
    B(
        text="For the Coronavirus Job Retention Scheme and the Self-Employment Income Support Scheme, customers went from making a claim to having the money in their accounts in 6 working days.",
        due=None,
        vague=False,
        said="2021-11-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMRCCOV21,
        published="2021-11-09",
    ),
    # HM Revenue and Customs and HM Treasury (policy paper 'Overview of legislation in draft' for Finance Bill 2017, GOV.UK, a joint paper of the two departments; Crown copyright, Open Government Licence v3.0; the stored copy prints only 'Updated 6 December 2016', so that day is taken); zone Europe/London (GMT); said 6 December 2016 10:00 GMT. 'Finance Bill 2017' names the bill; no time is set for the introducing: due None, no refusal word. unsure: a careful reader could read 'in Finance Bill 2017' as by the end of 2017
    B(
        text="This document provides an overview of legislative changes to tax law which the government plans to introduce in Finance Bill 2017, in secondary legislation, and (in some cases) in future Finance Bills.",
        due=None,
        vague=False,
        said="2016-12-06 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVFB17,
        published="2016-12-06",
    ),
    # the same paper (the sentence before holds no time word): the announcements of 23 November (2016) are gone: past
    B(
        text="It includes changes arising from announcements on 23 November at Autumn Statement 2016, and Budget 2016, where not already enacted.",
        due=None,
        vague=False,
        said="2016-12-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVFB17,
        published="2016-12-06",
    ),
    # the same paper: 'to date' and 'has been published on 5 December 2016' tell what is done: past (CONVENTIONS 2.4)
    B(
        text="This document provides a short summary of all tax measures, an indication of what consultation has been done on these changes to date, and whether or not the tax information and impact note (TIIN) has been published on 5 December 2016.",
        due=None,
        vague=False,
        said="2016-12-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVFB17,
        published="2016-12-06",
    ),
    # the same paper (the sentence before holds no time word): 23 November 2016 is gone: past
    B(
        text="Details are also given of those measures where legislation was published on 23 November 2016.",
        due=None,
        vague=False,
        said="2016-12-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVFB17,
        published="2016-12-06",
    ),
    # the same paper (heading 'New fiscal event timetable' not taken): the announcement is done: past (CONVENTIONS 2.4)
    B(
        text="Autumn Statement 2016 announced that the government would move towards having one main annual fiscal event.",
        due=None,
        vague=False,
        said="2016-12-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVFB17,
        published="2016-12-06",
    ),
    # the same paper: the first autumn Budget 'taking place in autumn 2017' is a one-off event in a season: the season's end, 30 November 2017 (meteorological autumn; CONVENTIONS 3.1) [local due 2017-11-30 23:59:59 GMT]. unsure: 'Budgets will be delivered in the autumn' is a standing rule, and a careful reader could call the sentence recurring (CONVENTIONS 1.3)
    B(
        text="After the spring 2017 Budget, Budgets will be delivered in the autumn with the first one taking place in autumn 2017.",
        due="2017-11-30 23:59:59",
        vague=False,
        said="2016-12-06 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_GOVFB17,
        published="2016-12-06",
    ),
    # the same paper: a forecast produced each spring 'from spring 2018' gives a series only its start: earliest 1 March 2018 00:00 GMT (CONVENTIONS 3.2). The sentences after hold no time word or only general ones ('the new timetable', 'the shorter interval') and the last is cut off
    B(
        text="The Office for Budget Responsibility will produce a spring forecast from spring 2018 and the government will make a Spring Statement responding to that forecast.",
        due=None,
        vague=False,
        said="2016-12-06 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2018-03-01 00:00:00",
        cluster=5,
        source=_GOVFB17,
        published="2016-12-06",
    ),
    # HM Revenue and Customs and HM Treasury (policy paper 'Overview of legislation in draft' for Finance Bill 2016, GOV.UK, a joint paper of the two departments; Crown copyright, Open Government Licence v3.0; the stored copy prints only 'Updated 10 December 2015', so that day is taken); zone Europe/London (GMT); said 10 December 2015 10:00 GMT. The headings ('1. Income tax', '1.1. Personal Savings Allowance') were not taken. 'Finance Bill 2016' names the bill: due None, no refusal word. unsure: a careful reader could read 'in Finance Bill 2016' as by the end of 2016
    B(
        text="As announced at March Budget 2015, legislation will be introduced in Finance Bill 2016 to provide for a new tax-free Personal Savings Allowance (PSA) for individuals.",
        due=None,
        vague=False,
        said="2015-12-10 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVFB16,
        published="2015-12-10",
    ),
    # the same paper (the three sentences before hold no time word): the changes 'will have effect' for income paid 'on or after 6 April 2016', the day the rule takes effect: due that day (CONVENTIONS 3.1, 3.1a) [local due 2016-04-06 23:59:59 BST]. unsure: 'on or after' can be read as a start only (earliest 6 April 2016, CONVENTIONS 3.2)
    B(
        text="These changes will have effect in relation to savings income paid or credited on or after 6 April 2016.",
        due="2016-04-06 22:59:59",
        vague=False,
        said="2015-12-10 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_GOVFB16,
        published="2015-12-10",
    ),
    # the same paper: 'expects to provide an update as soon as possible' as the government's undertaking: vague, 60 days from 10 December 2015, 8 February 2016 (CONVENTIONS 5.1) [local due 2016-02-08 23:59:59 GMT]
    B(
        text="Following consultation, the government is also considering the case for changes to the tax deduction and withholding rules for authorised investment funds, investment trusts and P2P loans, and expects to provide an update as soon as possible.",
        due="2016-02-08 23:59:59",
        vague=True,
        said="2015-12-10 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_GOVFB16,
        published="2015-12-10",
    ),
    # the same paper: 9 December 2015 is gone: past. The line '(Draft clauses 1 and 4 and TIIN)' and the heading '1.2. Starting rate for savings' were not taken
    B(
        text="A summary of responses to the consultation was published on 9 December 2015.",
        due=None,
        vague=False,
        said="2015-12-10 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_GOVFB16,
        published="2015-12-10",
    ),
    # the same paper: the limit is kept 'at its current level of £5,000 for 2016 to 2017', a level held through the tax year 2016 to 2017, which ends on 5 April 2017 (CONVENTIONS 3.3) [local due 2017-04-05 23:59:59 BST]. unsure: read as a financial year, 2016 to 2017 ends on 31 March 2017, and a careful reader could give that day
    B(
        text="As announced at Autumn Statement, the limit for the 0% starting rate for savings will be retained at its current level of £5,000 for 2016 to 2017.",
        due="2017-04-05 22:59:59",
        vague=False,
        said="2015-12-10 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_GOVFB16,
        published="2015-12-10",
    ),
    # the same paper (heading '1.3. Dividend taxation and repeal of dividend tax credit' not taken): 'Finance Bill 2016' names the bill: due None, no refusal word. unsure: as above, a careful reader could read the end of 2016. The sentences after hold no time word
    B(
        text="As announced at Summer Budget 2015, legislation will be introduced in Finance Bill 2016 to repeal dividend tax credit and introduce a new dividend allowance and new rates of income tax on dividends.",
        due=None,
        vague=False,
        said="2015-12-10 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_GOVFB16,
        published="2015-12-10",
    ),
)
