"""A HUNDRED-AND-SEVENTY-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 04:10 and 04:20 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l178-s61) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 61 (fresh174 to fresh177, articles blind144 and blind145), whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh173.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of
`bot/core/deadlines/` was opened. The brief asked for less-mined publishers (Wikinews, NZ Department of
Conservation and other NZ and Australian Commonwealth pages stating CC BY, the Australian Bureau of
Statistics, ONS and NHS England, BLS and BEA, FEMA and NOAA/National Weather Service), open licences only, at
least eight publishers, none above a fifth, at most a third from the United States, a spread of genres, about
80 cases (at least 60).

The set quotes UK Parliament (House of Lords business items of 26 May 1925, 17 July 1934 and 26 October
1937), the Houses of the Oireachtas (Dáil adjournment debates of 3 October 1923 and 13 July 1933, a Seanad
sitting motion of 18 September 2020), the Australian Bureau of Statistics (Census media release CO/94 of 9
July 2016 and its Census-night statement of 9 August 2016 as carried), the European Commission (Daily News of
23 October 2018, as carried, and of 29 May 2019), the UK Statistics Authority (an ONS letter to the Office
for Statistics Regulation of July 2022), NHS England (its GP Contract page of autumn 2019 and a Long Term Plan
page of September 2018), FEMA (a Florida release of 28 November 2023, as carried), NASA (a launch-coverage
release of 18 June 2024) and the Bureau of Economic Analysis with the Census Bureau (a joint release of 16
March 2020, as carried). 71 cases from 9 publishers: the ABS 14 (19.7%); UK Parliament 13 (18.3%); the
Oireachtas 13 (18.3%); the Commission 12 (16.9%); the UK Statistics Authority 7 (9.9%); NHS England 5 (7.0%);
FEMA 3 (4.2%); NASA 3 (4.2%); BEA 1 (1.4%). 7 of the 71 (9.9%) are from the United States (FEMA, NASA, BEA);
64 are not. Genres: parliamentary business and adjournment exchanges (questions and answers across the
floor, a sitting motion), statistics-office media releases and a statistics letter, Commission daily news,
health-service notice pages (a consultation closing date, an engagement timetable), an emergency-agency
release, a launch-coverage release and a statistics-agency release.

The store is heavily mined: of about 80 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (Dáil Orders of Business of the 1940s to 1970s and of 2009 to 2024, Seanad
sitting motions of 1985 to 2020, Lords recess announcements of 1968 to 2020, ONS delay statements of 2017 to
2022, the ABS work-program and Census countdown releases, BLS and BEA schedule pages of 2018 and 2019, FEMA's
archived Florida releases, Commission Daily News pages of 2015 to 2021, NOAA's 2017 outlook advisory,
StatCan release calendars). No Wikinews article was found in the store's pages, no NZ page whose own CC BY
statement could be seen, and no fresh BLS or National Weather Service notice with its own date, so none is
quoted. Each page's cases share one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh178`) but not used, to keep the caps (a fifth for each publisher) or for
want of a verbatim text: the Lords items of 8 April 1937, 3 November 1943 and 30 July 1931 (UK Parliament
cap); the Dáil Order of Business of 6 March 2013 (Oireachtas cap; its opening is in Irish); a NASA release
as carried by coloradospacenews.com (its times are given in MST, so it is not the agency's verbatim text).
Within the pages kept: sentences without a time word; sentences whose only time words are general ("now",
"currently", "annually", "before now", "a little later") or whose only year or period names a plan, a
framework, a survey or a set of estimates; speaker tags, titles, headings, date lines, datelines, photo
credits, contact lines and list fragments (site hours); sentences cut off where the stored opening ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time,
"to-morrow", "to-day", "tonight", "this day week", "Wednesday next", "next week", "the evening", "a
fortnight", "this month", "later this month and into early August", "from late-August", "within three
weeks", "in the coming weeks", "as soon as possible", "From December to the summer of 2019", "every day");
within each page quoted, the sentences of the stored opening that hold one were taken in page order, easy or
hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh178`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date
and the publisher's zone (Europe/London for UK Parliament, the UK Statistics Authority and NHS England,
Europe/Dublin for the Oireachtas, Australia/Sydney for the ABS, Europe/Brussels for the Commission,
America/New_York for FEMA, NASA and BEA); the conversion of local instants to UTC wall time, weekdays and day
counts were done with Python's zoneinfo and datetime in a scratch script outside the repository, never with
code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh173.py`: the publication date at 10:00 local time unless the page gives the hour (none of the
pages kept gives one the labels use); the first comment of each page says where its date was read. Four
pages print no date of their own (the UK Statistics Authority letter, both NHS England pages) or only a
carrier's hour (the ABS statement as carried): each is read on a day the page itself fixes, and the comment
says why and that no label depends on the exact day within that window. A day falls due at 23:59:59 local;
a one-off event at a time due then (CONVENTIONS 3.1); several times at the latest (CONVENTIONS 6.1); a clock
time or part of the day with no day of its own at its first occurrence after the moment of speaking
(CONVENTIONS 6.3, the page's instant written in the comment); a window of a stated length at its end
(CONVENTIONS 1.1); questions and requests due None with no refusal word (CONVENTIONS 4.3); possibilities and
permissions with no undertaking due None with no refusal word (CONVENTIONS 4.2); times hung on an undated
event are event (CONVENTIONS 1.3); standing hours recurring (CONVENTIONS 1.3); done acts past (CONVENTIONS
2.4); lower bounds earliest (CONVENTIONS 3.2); vague words of an undertaking take the documented windows
(CONVENTIONS 5.1). Clusters as in `blind_fresh173.py`: 1 no time set, 2 clock times, 3 ranges and several
dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 28 labels are refusals
(past 21, earliest 4, event 2, recurring 1); 3 are vague (one 60-day window, two 4-week windows); 36 labels
carry a due instant (the 3 vague ones included); 7 have due None and no refusal word; 24 are marked "unsure"
and name the other reading; like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HL25 = "https://api.parliament.uk/historic-hansard/lords/1925/may/26/business-of-the-house"
_HL34 = "https://api.parliament.uk/historic-hansard/lords/1934/jul/17/business-of-the-house"
_HL37 = "https://api.parliament.uk/historic-hansard/lords/1937/oct/26/business-of-the-house"
_DAIL23 = "https://www.oireachtas.ie/ga/debates/debate/dail/1923-10-03/29/"
_DAIL33 = "https://www.oireachtas.ie/en/debates/debate/dail/1933-07-13/4/"
_SEAN20 = "https://www.oireachtas.ie/en/debates/debate/seanad/2020-09-18/5/"
_ABS16A = "https://www.abs.gov.au/websitedbs/censushome.nsf/home/CO-94?opendocument&navpos=620"
_ABS16B = "https://98five.com/census-2016-tonight/"
_EC18 = "http://government-world.com/daily-news-23-10-2018/?print=print"
_EC19 = "https://europa.eu/rapid/press-release_MEX-19-2789_en.htm"
_ONS22 = "https://osr.statisticsauthority.gov.uk/correspondence/liz-mckeown-to-ed-humpherson-temporary-suspension-of-national-statistics-status-for-estimates-from-the-crime-survey-for-england-and-wales/"
_NHS19 = "https://www.england.nhs.uk/gp/investment/gp-contract/"
_NHS18 = "https://www.england.nhs.uk/long-term-plan/what-happens-next/"
_FEMA23 = "https://www.einpresswire.com/article/671499964/remaining-disaster-recovery-centers-closing-november-29-at-end-of-registration-period"
_NASA24 = "https://www.nasa.gov/news-release/nasa-sets-launch-coverage-for-noaa-weather-satellite/"
_BEA20 = "https://www.marketscreener.com/news/PRESS-RELEASE-MARCH-16-2020-Suspension-of-Pre-Release-Press-Lockups-for-Economic-Indicators-The-B--30172721/?utm_medium=RSS&utm_content=20200316"

FRESH178_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (historic Hansard, 'HL Deb 26 May 1925 vol 61 cc518-20', Business of the House, on api.parliament.uk; Open Parliament Licence); zone Europe/London (British Summer Time from 19 April 1925, UTC+1, as zoneinfo gives); the head gives the date and no hour: said Tuesday 26 May 1925 10:00 BST. Speaker tags, the question that opens the item (no time word) and the last sentence, cut off where the stored opening ends, are not taken. the earlier suggestion, told as past and superseded by the plan that follows: past. unsure: a careful reader could give 'negated' (a called-off plan, CONVENTIONS 4.1)
    B(
        text="Your Lordships may remember that when I last had the honour of speaking concerning the arrangement of business I suggested that your Lordships might adjourn to-morrow until the following Thursday week.",
        due=None,
        vague=False,
        said="1925-05-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL25,
        published="1925-05-26",
    ),
    # the length of that superseded plan, put conditionally ('would be'), no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 'past' with the sentence before
    B(
        text="That would be a complete fortnight.",
        due=None,
        vague=False,
        said="1925-05-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL25,
        published="1925-05-26",
    ),
    # Thursday replaces Wednesday for the Royal Commission: the new time counts (CONVENTIONS 4.1), Thursday 28 May 1925, end of day. unsure: a careful reader could give due None ('it is thought better', a proposal put to the House, CONVENTIONS 4.3)
    B(
        text="In the first place, it appears that it will be difficult for us to adjourn to-morrow night, because we shall not have completed all the stages of the non-controversial Bills which have to be agreed to before the Recess, and accordingly it is thought better that the Royal Commission should take place on Thursday, instead of Wednesday, and that the adjournment for the holidays should take place after the Royal Commission.",
        due="1925-05-28 22:59:59",
        vague=False,
        said="1925-05-26 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL25,
        published="1925-05-26",
    ),
    # the Thursday sitting, 28 May 1925, told as going to happen: that day (CONVENTIONS 3.1)
    B(
        text="The Thursday sitting will, of course, so far as the majority of your Lordships are concerned, be treated, if I may say so, as rather a formal matter.",
        due="1925-05-28 22:59:59",
        vague=False,
        said="1925-05-26 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL25,
        published="1925-05-26",
    ),
    # 'before the holidays' hangs on the Whitsun adjournment, which the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word ('may probably', a possibility, CONVENTIONS 4.2)
    B(
        text="A formal stage of one or two Bills may probably be put through, but all that is really necessary is that there should be a House in order that the business may be wound up for the Royal Commission before the holidays.",
        due=None,
        vague=False,
        said="1925-05-26 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL25,
        published="1925-05-26",
    ),
    # a clock time with no day of its own: the first 15:00 after the moment of speaking, the same day (CONVENTIONS 6.3; page: Thursday 28 May 1925 15:00 BST)
    B(
        text="It is hoped that the House will sit at three o'clock.",
        due="1925-05-26 14:00:00",
        vague=False,
        said="1925-05-26 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL25,
        published="1925-05-26",
    ),
    # names the holidays (an undated period) and sets no time: due None, no refusal word
    B(
        text="These remarks concern the beginning of the holidays.",
        due=None,
        vague=False,
        said="1925-05-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL25,
        published="1925-05-26",
    ),
    # UK Parliament (historic Hansard, 'HL Deb 17 July 1934 vol 93 c688', Business of the House, on api.parliament.uk; Open Parliament Licence); zone Europe/London (BST, UTC+1); no hour given: said Tuesday 17 July 1934 10:00 BST. The sentences without a time word are not taken. the Housing Motion is down for to-morrow, Wednesday 18 July: that day. unsure: a careful reader could give due None (the Lords' wish to debate, no undertaking)
    B(
        text="My Lords, I would like to mention that I have ascertained that quite a considerable number of your Lordships desire to debate the Housing Motion to-morrow.",
        due="1934-07-18 22:59:59",
        vague=False,
        said="1934-07-17 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL34,
        published="1934-07-17",
    ),
    # 'not ... until Thursday': only a lower bound, Thursday 19 July 00:00 local (CONVENTIONS 3.2)
    B(
        text="I have therefore communicated with the noble Lord, Lord Ponsonby, and with other noble Lords, and I do not propose to put down the Committee stage of the Road Traffic Bill again until Thursday.",
        due=None,
        vague=False,
        said="1934-07-17 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="1934-07-18 23:00:00",
        cluster=5,
        source=_HL34,
        published="1934-07-17",
    ),
    # the Leader's plan for Thursday 19 July at 15:00 (dated, CONVENTIONS 4.3 last paragraph). unsure: a careful reader could give due None ('I shall have to ask', a request, CONVENTIONS 4.3)
    B(
        text="I think that I shall have to ask your Lordships to be good enough to meet at three o'clock on Thursday.",
        due="1934-07-19 14:00:00",
        vague=False,
        said="1934-07-17 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL34,
        published="1934-07-17",
    ),
    # the record of the rising: past
    B(
        text="House adjourned at eight o'clock.",
        due=None,
        vague=False,
        said="1934-07-17 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL34,
        published="1934-07-17",
    ),
    # UK Parliament (historic Hansard, 'HL Deb 26 October 1937 vol 107 c32', Business of the House, on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); no hour given: said Tuesday 26 October 1937 10:00 GMT. 'Tuesday next' said on a Tuesday: Tuesday 2 November 1937, the day the House next meets (CONVENTIONS 3.3, end of day)
    B(
        text="My Lords, I beg to move that the House do now adjourn till Tuesday next, except for Judicial Business.",
        due="1937-11-02 23:59:59",
        vague=False,
        said="1937-10-26 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL37,
        published="1937-10-26",
    ),
    # the record of the rising: past
    B(
        text="House adjourned at a quarter past six o'clock.",
        due=None,
        vague=False,
        said="1937-10-26 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL37,
        published="1937-10-26",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Wednesday 3 October 1923, 'The Adjournment', on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0, as the brief records it); zone Europe/Dublin (zoneinfo gives GMT on that day); the date is the sitting's (from the address and the stored page); no hour given, said Wednesday 3 October 1923 10:00 local. 'I second the motion.' and the sentences without a time word are not taken. 'Wednesday next' said on a Wednesday: Wednesday 10 October 1923 at 15:00 (CONVENTIONS 3.1)
    B(
        text="I move the adjournment until Wednesday next at 3 o'clock.",
        due="1923-10-10 15:00:00",
        vague=False,
        said="1923-10-03 10:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL23,
        published="1923-10-03",
    ),
    # 'this day week', 10 October 1923: the day of the business listed, end of day
    B(
        text="The adjournment from to-day until this day week involves, as I gather, a discussion, first on the motion of Deputy Burke, the Second Reading Stage of the two Bills which have just been introduced by the Minister for Home Affairs, and the Committee Stage of the Courts of Justice Bill.",
        due="1923-10-10 23:59:59",
        vague=False,
        said="1923-10-03 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL23,
        published="1923-10-03",
    ),
    # told of what members were told before: past
    B(
        text="Dáil members were given to understand that they were to come to-day presumably to carry on business, but now they may go back to the country, and that, of course, as the Minister for Finance would know if he were here, involves a considerable amount of expense.",
        due=None,
        vague=False,
        said="1923-10-03 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL23,
        published="1923-10-03",
    ),
    # what members would like to know, a question put through the Chair: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="If they have to come on Wednesday, I think they would like to know if they have to go back on Thursday, and if it is to be one day a week session, and also if it is the intention to carry on continuously, say, until Christmas, in dealing with the various Bills mentioned in the Address which has been laid on the table.",
        due=None,
        vague=False,
        said="1923-10-03 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL23,
        published="1923-10-03",
    ),
    # two days' business next week and the following week: the end of the following Monday-to-Sunday week, Sunday 21 October 1923. unsure: a careful reader could give due None ('I think I would be able to promise', a hedged guess, CONVENTIONS 4.3)
    B(
        text="I think I would be able to promise two days' business next week and the following week, and I think it is possible that we may then have to ask for an adjournment.",
        due="1923-10-21 23:59:59",
        vague=False,
        said="1923-10-03 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL23,
        published="1923-10-03",
    ),
    # next week's business: the end of that week, Sunday 14 October 1923
    B(
        text="The course of business next week would be the consideration of the two Bills which have just been given First Reading.",
        due="1923-10-14 23:59:59",
        vague=False,
        said="1923-10-03 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL23,
        published="1923-10-03",
    ),
    # 'the evening' with no day of its own: the first evening after the moment of speaking, 3 October 23:59:59 (CONVENTIONS 6.3 and the documented parts of the day; page: Wednesday 10 October 1923)
    B(
        text="I should say that the whole of the evening will be given to it.",
        due="1923-10-03 23:59:59",
        vague=False,
        said="1923-10-03 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL23,
        published="1923-10-03",
    ),
    # Thursday and Friday, read from the sentence: the next such days on or after the day of speaking, the later Friday 5 October 1923. unsure: a careful reader could give Friday 12 October, the days of next week's sittings the speech describes
    B(
        text="On Thursday the Courts of Justice Bill, if it survives, will be taken up, and also on Friday, and it may be possible to sandwich in during these hours, the debate on the Governor-General's speech.",
        due="1923-10-05 23:59:59",
        vague=False,
        said="1923-10-03 10:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL23,
        published="1923-10-03",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Thursday 13 July 1933, Vol. 48 No. 18, 'Adjournment for Summer Recess', on oireachtas.ie; CC BY 4.0 as above); zone Europe/Dublin (summer time, UTC+1); the date is in the page head; no hour given, said Thursday 13 July 1933 10:00 local. Sentences without a time word or with only 'now' are not taken. told of the past: past
    B(
        text="In the absence of the President yesterday I asked the Minister for Justice if he could tell the House when it was hoped to adjourn for the Summer Recess, as it had been stated earlier that the adjournment for the Summer Recess would take place about the 7th July, a date which has passed, and he asked me to repeat the question to-day.",
        due=None,
        vague=False,
        said="1933-07-13 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL33,
        published="1933-07-13",
    ),
    # the only time word of its own is 'yesterday', past. unsure: a careful reader could give due None with no refusal word (a question is being put, CONVENTIONS 4.3)
    B(
        text="With your permission, a Chinn Comhairle, I will put the same question now to the President as I put yesterday to the Minister for Justice.",
        due=None,
        vague=False,
        said="1933-07-13 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL33,
        published="1933-07-13",
    ),
    # the House to sit until 11 August 1933: due at that date (CONVENTIONS 3.3)
    B(
        text="I fear that in order to complete the work of the Session it will be necessary to sit until the 11th August.",
        due="1933-08-11 22:59:59",
        vague=False,
        said="1933-07-13 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_DAIL33,
        published="1933-07-13",
    ),
    # told of the past: past
    B(
        text="May I point out to the President that when it was stated three months ago that the House would probably adjourn on 7th July many members on this side of the House made arrangements accordingly and were unable to cancel those arrangements.",
        due=None,
        vague=False,
        said="1933-07-13 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL33,
        published="1933-07-13",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Friday 18 September 2020, 'Sitting Arrangements: Motion', on oireachtas.ie; CC BY 4.0 as above); zone Europe/Dublin (IST, UTC+1); the date is the sitting's (from the address); no hour given, said 18 September 2020 10:00 IST. 'I move:', the lines without a time word and 'Question put and agreed to.' are not taken; the clause is quoted with its number as stored. two sittings, the later at 10.30 a.m. on Thursday 24 September 2020 (CONVENTIONS 6.1)
    B(
        text="(1) the Seanad shall meet in the Seanad Chamber at 10.30 a.m. on Wednesday, 23rd September, 2020, and at 10.30 a.m. on Thursday, 24th September, 2020, and the following arrangements shall apply:",
        due="2020-09-24 09:30:00",
        vague=False,
        said="2020-09-18 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_SEAN20,
        published="2020-09-18",
    ),
    # Australian Bureau of Statistics (Census media release CO/94 'One month until Australia's largest online event', dated 9 July 2016 on the page; CC BY, the ABS's licence as the brief and earlier sets record it); zone Australia/Sydney (Canberra, AEST); no hour given, said Saturday 9 July 2016 10:00 AEST. The site banner, the title, the date line and the media note are not taken, nor the last sentence, cut off where the stored opening ends. 'in just one month's time': 9 August 2016, end of day
    B(
        text="In just one month’s time, millions of people across Australia will pause to complete the 17th national Census of Population and Housing, in what could be the country’s largest and most significant online event.",
        due="2016-08-09 13:59:59",
        vague=False,
        said="2016-07-09 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS16A,
        published="2016-07-09",
    ),
    # the Census of 9 August: that day (CONVENTIONS 3.1). unsure: a careful reader could give due None (the date only names the Census the claim is about)
    B(
        text="Head of the 2016 Census, Duncan Young, said the August 9 Census will be the easiest and most accessible ever, with people able to complete their Census from their own home on their smartphone, tablet or computer.",
        due="2016-08-09 13:59:59",
        vague=False,
        said="2016-07-09 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS16A,
        published="2016-07-09",
    ),
    # quoted with the stored line break as a space. 'later this month and into early August': the range falls due at its later end, early August being days 1-10 (documented thirds): 10 August 2016
    B(
        text="“Later this month and into early August, the ABS will deliver some 10 million letters to every household around the country in preparation for Census night,” Mr Young said.",
        due="2016-08-10 13:59:59",
        vague=False,
        said="2016-07-09 00:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_ABS16A,
        published="2016-07-09",
    ),
    # what is told is done ('has driven ... in the last two weeks'): past. unsure: a careful reader could give due None with no refusal word ('won't hear ... for a few weeks to come' is no undertaking)
    B(
        text="While a majority of Australians won’t hear from the ABS for a few weeks to come, Census Remote Area Mobile Team Leader, Steven Pearce, has driven 4,500km across northern Australia in the last two weeks, to ensure everyone in his remote area is counted as part of the Census.",
        due=None,
        vague=False,
        said="2016-07-09 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS16A,
        published="2016-07-09",
    ),
    # Australian Bureau of Statistics (its Census-night statement of Tuesday 9 August 2016, 'Census 2016 is tonight', credited to the ABS and carried verbatim by 98five.com; the ABS's CC BY licence, a copy on a carrying site under the publisher's licence); zone Australia/Sydney (AEST); the carrier prints '3:07 pm' in its own unstated zone, so said Tuesday 9 August 2016 10:00 AEST (no label depends on the hour). The credit line, the sentences without a time word and 'Census night is a time for ...' (the night only names the Census) are not taken. told of the past ('years of preparation have gone'): past
    B(
        text="Head of the Census Program, Duncan Young said years of preparation have gone into the 2016 Census, to ensure it’s the easiest, safest and most accessible Census the country has ever had.",
        due=None,
        vague=False,
        said="2016-08-09 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS16B,
        published="2016-08-09",
    ),
    # 'tonight': 9 August 2016 23:59:59 local
    B(
        text="“The information that will be given tonight will help estimate our population, which will be used to distribute government funds and plan for services for your community.”",
        due="2016-08-09 13:59:59",
        vague=False,
        said="2016-08-09 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS16B,
        published="2016-08-09",
    ),
    # a permission, no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 'negated' (tonight set aside)
    B(
        text="Mr Young reiterated that it’s okay if you can’t fill in your Census form tonight.",
        due=None,
        vague=False,
        said="2016-08-09 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS16B,
        published="2016-08-09",
    ),
    # a possibility ('can be'), no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give vague, 'the coming days' 7 days, 16 August 2016
    B(
        text="It can be completed in the coming days.",
        due=None,
        vague=False,
        said="2016-08-09 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS16B,
        published="2016-08-09",
    ),
    # 'after August 9': only a lower bound, 10 August 00:00 local (CONVENTIONS 3.2)
    B(
        text="You can complete the Census after August 9 – you still have plenty of time and you won’t be fined for being late.",
        due=None,
        vague=False,
        said="2016-08-09 00:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2016-08-09 14:00:00",
        cluster=5,
        source=_ABS16B,
        published="2016-08-09",
    ),
    # 'after August 10': only a lower bound, 11 August 00:00 local (CONVENTIONS 3.2)
    B(
        text="To avoid expected long phone queues, please call after August 10.",
        due=None,
        vague=False,
        said="2016-08-09 00:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2016-08-10 14:00:00",
        cluster=5,
        source=_ABS16B,
        published="2016-08-09",
    ),
    # 'as soon as possible': vague, the documented 60 days, 8 October 2016 (AEDT from 2 October) (CONVENTIONS 5.1). unsure: a careful reader could give due None (an instruction to the public, a request, CONVENTIONS 4.3)
    B(
        text="“Just be sure to complete the form as if it were Census night as soon as possible.",
        due="2016-10-08 12:59:59",
        vague=True,
        said="2016-08-09 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS16B,
        published="2016-08-09",
    ),
    # visits that begin 'from late-August' and go on: only a start, 21 August 00:00 local (late = days 21-end; CONVENTIONS 3.2). unsure: a careful reader could give 31 August 2016, the start as a one-off due by the end of late August
    B(
        text="Census Field Officers will begin visiting households that have not completed the Census from late-August to ensure that everyone can take part.",
        due=None,
        vague=False,
        said="2016-08-09 00:00:00",
        tz="Australia/Sydney",
        refusal="earliest",
        earliest="2016-08-20 14:00:00",
        cluster=5,
        source=_ABS16B,
        published="2016-08-09",
    ),
    # 'on tonight': 9 August 2016 23:59:59 local
    B(
        text="Those travelling in Australia, will need to fill out a form wherever they are on tonight.",
        due="2016-08-09 13:59:59",
        vague=False,
        said="2016-08-09 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS16B,
        published="2016-08-09",
    ),
    # April 2017: its end
    B(
        text="The first results from Census 2016 will be released in April 2017.",
        due="2017-04-30 13:59:59",
        vague=False,
        said="2016-08-09 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS16B,
        published="2016-08-09",
    ),
    # European Commission (Daily News of 23 October 2018, item 'COLLEGE MEETING: European Commission requests that Italy presents a revised draft budgetary plan for 2019', carried verbatim by government-world.com; reuse authorised by Commission Decision 2011/833/EU, a copy on a carrying site); zone Europe/Brussels (CEST until 28 October); the date is the Daily News's own; no hour given, said Tuesday 23 October 2018 10:00 CEST. The heading, sentences without a time word or whose only year names the plan, and the last sentence, cut off, are not taken. told of the past: past
    B(
        text="The European Commission has identified in the draft budgetary plan submitted by Italy for 2019 a particularly serious non-compliance with the fiscal recommendation addressed to Italy by the Council, including Italy, on 13 July 2018.",
        due=None,
        vague=False,
        said="2018-10-23 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-10-23",
    ),
    # told of the past (a programme of April 2018): past
    B(
        text="The Commission also notes that the plan is not in line with the commitments presented by Italy in its Stability Programme of April 2018.",
        due=None,
        vague=False,
        said="2018-10-23 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-10-23",
    ),
    # a time limit given to a named actor from now: three weeks, 13 November 2018 (CONVENTIONS 1.2)
    B(
        text="In line with the relevant rules, the Commission has adopted an Opinion that requests Italy to submit a revised draft budgetary plan within three weeks.",
        due="2018-11-13 22:59:59",
        vague=False,
        said="2018-10-23 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC18,
        published="2018-10-23",
    ),
    # 'in the weeks to come' as 'the coming weeks': vague, the documented 4 weeks, 20 November 2018 (CONVENTIONS 5.1). unsure: a careful reader could give due None ('we look forward to', a hope, CONVENTIONS 4.2)
    B(
        text="In this spirit, we see no alternative but to request the Italian government to revise its draft budgetary plan for 2019, and we look forward to an open and constructive dialogue in the weeks to come.”",
        due="2018-11-20 22:59:59",
        vague=True,
        said="2018-10-23 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC18,
        published="2018-10-23",
    ),
    # the Opinion 'adopted today' and the commitments of 'last July' are told as done: past
    B(
        text="Pierre Moscovici, Commissioner for Economic and Financial Affairs, Taxation and Customs, said: “The Opinion adopted today by the Commission should come as no surprise to anyone, as the Italian Government’s draft budget represents a clear and intentional deviation from the commitments made by Italy last July.",
        due=None,
        vague=False,
        said="2018-10-23 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-10-23",
    ),
    # 'in the coming weeks' as an undertaking ('we must move forward'): vague, 4 weeks, 20 November 2018 (CONVENTIONS 5.1)
    B(
        text="I welcome Minister Tria’s commitment to this end and we must move forward in this spirit in the coming weeks.”",
        due="2018-11-20 22:59:59",
        vague=True,
        said="2018-10-23 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC18,
        published="2018-10-23",
    ),
    # European Commission (Daily News of 29 May 2019, 'COLLEGE MEETING: Reforms in the Western Balkans and Turkey: annual assessments and recommendations', on europa.eu; Commission Decision 2011/833/EU); zone Europe/Brussels (CEST); the date is the Daily News's own; no hour given, said Wednesday 29 May 2019 10:00 CEST. Navigation text, the heading and the last sentence, cut off, are not taken, nor the sentences without a time word. 'today adopted', told as done: past. unsure: a careful reader could give 29 May 2019 end of day (a day word on the act, CONVENTIONS 2.1)
    B(
        text="Confirming that a credible enlargement policy is a geostrategic investment in peace, stability, security and economic growth in the whole of Europe, the Commission today adopted its annual assessment of the implementation of reforms in the Western Balkan partners and Turkey, together with recommendations on the next steps for those countries.",
        due=None,
        vague=False,
        said="2019-05-29 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC19,
        published="2019-05-29",
    ),
    # told of the past: past
    B(
        text="The Commission's Western Balkans Strategy of February 2018 generated a renewed engagement by the EU and its Member States and created new momentum across the region.",
        due=None,
        vague=False,
        said="2019-05-29 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC19,
        published="2019-05-29",
    ),
    # told of the past ('one year on ... have made'): past
    B(
        text="One year on, the partner countries have made concrete progress and demonstrated commitment to the European perspective, even if the overall uptake of reforms varies.",
        due=None,
        vague=False,
        said="2019-05-29 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC19,
        published="2019-05-29",
    ),
    # quoted as stored ('Macedoniahave'). told of the past: past
    B(
        text="Albania and North Macedoniahave embraced the opportunity and delivered on reforms, in particular in the areas identified as crucial by the Council in June 2018.",
        due=None,
        vague=False,
        said="2019-05-29 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC19,
        published="2019-05-29",
    ),
    # 'recommended today', done: past. unsure: a careful reader could give due None with no refusal word (the opening 'now' is asked of the Council, CONVENTIONS 4.3)
    B(
        text="In light of the significant progress achieved and the relevant conditions being met, the Commission recommended today that the Council now opens accession negotiations with Albania and North Macedonia.",
        due=None,
        vague=False,
        said="2019-05-29 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC19,
        published="2019-05-29",
    ),
    # 'issued today', done: past
    B(
        text="The Commission also issued today its Opinion on Bosnia and Herzegovina's application for membership of the European Union, together with an analytical report that reviews, for the first time, the situation in the country against all standards applicable to EU Member States.",
        due=None,
        vague=False,
        said="2019-05-29 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC19,
        published="2019-05-29",
    ),
    # UK Statistics Authority (a letter from the ONS's Director to the Office for Statistics Regulation, published on osr.statisticsauthority.gov.uk; Crown copyright under the Open Government Licence, the Authority's terms as recorded for its pages in earlier sets); zone Europe/London (BST); the stored page prints no date: it was written in July 2022 before the 21st ('This month we will be releasing', 'will be published on the 21 July'), so it is read at 10:00 BST on Friday 1 July 2022 (every label is the same for any day from 1 to 20 July 2022). The salutation, sentences without a time word or whose only time words are general ('now', 'current'), the estimates' reference period named alone ('the year ending June 2022') and the last sentence, cut off, are not taken. 'this month': the end of July 2022
    B(
        text="This month we will be releasing the first estimates for these important topics since before the pandemic.",
        due="2022-07-31 22:59:59",
        vague=False,
        said="2022-07-01 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONS22,
        published="2022-07-01",
    ),
    # told of the past: past
    B(
        text="The Crime Survey for England and Wales was suspended in March 2020 as the COVID pandemic prevented face-to-face interviewing from taking place.",
        due=None,
        vague=False,
        said="2022-07-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS22,
        published="2022-07-01",
    ),
    # told of the past: past
    B(
        text="Given the key user need for these estimates, we returned to face-to-face interviewing in October 2021 to re-start collecting this data.",
        due=None,
        vague=False,
        said="2022-07-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS22,
        published="2022-07-01",
    ),
    # '6 months' measures data, no time set: due None, no refusal word
    B(
        text="We now have 6 months of data collection which enables us to publish some early headline estimates for domestic abuse, sexual assault and stalking.",
        due=None,
        vague=False,
        said="2022-07-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS22,
        published="2022-07-01",
    ),
    # 21 July 2022 (CONVENTIONS 3.1)
    B(
        text="These estimates will be published on the 21 July and will be for the year ending March 2022.",
        due="2022-07-21 22:59:59",
        vague=False,
        said="2022-07-01 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS22,
        published="2022-07-01",
    ),
    # lengths of a collection period, no time set: due None, no refusal word
    B(
        text="There are quality concerns for these estimates due to the reduced data collection period (6 instead of 12-months).",
        due=None,
        vague=False,
        said="2022-07-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS22,
        published="2022-07-01",
    ),
    # October 2022: its end (GMT from 30 October)
    B(
        text="These estimates will be published in October and will be based on 9 months of data collection.",
        due="2022-10-31 23:59:59",
        vague=False,
        said="2022-07-01 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS22,
        published="2022-07-01",
    ),
    # NHS England ('GP Contract' page on england.nhs.uk; Crown copyright under the Open Government Licence); zone Europe/London (BST); the stored page prints no date: it carries the 'Interim findings ... – September 2019' and asks for comments 'by 15 November', so it is read at 10:00 BST on Monday 30 September 2019 (every label is the same for any day from then to 14 November 2019). Headings and sentences without a time word, or whose only time word names a framework ('five-year'), are not taken. a review undertaken 'in 2019': the end of 2019. unsure: a careful reader could give 'past' (the commitment is told as made)
    B(
        text="The NHS Long Term Plan and Investment and Evolution: a five-year framework for GP contract reform committed to undertake a review of vaccination and immunisation, procurement, arrangements and outcomes in 2019.",
        due="2019-12-31 23:59:59",
        vague=False,
        said="2019-09-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NHS19,
        published="2019-09-30",
    ),
    # the closing day for comments, 15 November 2019 (a window that closes, CONVENTIONS 1.1). unsure: a careful reader could give due None (a request to readers, CONVENTIONS 4.3)
    B(
        text="If you would like to make comments on this initial review, please send them to us by 15 November via email to england.pcstrategyandnhscontracts@nhs.net.",
        due="2019-11-15 23:59:59",
        vague=False,
        said="2019-09-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NHS19,
        published="2019-09-30",
    ),
    # NHS England ('What happens next?', Long Term Plan engagement page on england.nhs.uk; Open Government Licence); zone Europe/London (BST); the stored page prints no date: written before the October-November work it announces, it is read at 10:00 BST on Friday 28 September 2018 (every label is the same for any day of September 2018). The sentence without a time word is not taken. 'over the course of October and November': the range falls due at its later end, 30 November 2018
    B(
        text="The engagement already done by the working groups made up of local and national NHS leaders, clinical experts and patient representatives will continue to help as their policy proposals are refined and brought together over the course of October and November.",
        due="2018-11-30 23:59:59",
        vague=False,
        said="2018-09-28 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_NHS18,
        published="2018-09-28",
    ),
    # 'up to its publication' hangs on the plan's publication, which the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give 30 November 2018 ('during this time', the window the sentence before names)
    B(
        text="Further engagement will carry on during this time, meaning that individuals and organisations representing NHS staff, patients and the public will continue to have the opportunity to influence the final plan up to its publication.",
        due=None,
        vague=False,
        said="2018-09-28 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NHS18,
        published="2018-09-28",
    ),
    # 'From December to the summer of 2019': a window kept open to its later end, the end of (meteorological) summer 2019, 31 August (CONVENTIONS 3.3, 6.1)
    B(
        text="From December to the summer of 2019, staff, patients, the public and anyone who is interested in the work we do will have the opportunity to help your local NHS organisations determine what the plan means for their area, and how best the ambitions it sets out can be met.",
        due="2019-08-31 22:59:59",
        vague=False,
        said="2018-09-28 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_NHS18,
        published="2018-09-28",
    ),
    # Federal Emergency Management Agency (release 'Remaining Disaster Recovery Centers Closing November 29 at End of Registration Period', Lake Mary, Fla., carried verbatim by einpresswire.com with the date 2023-11-28; a US federal work, public domain); zone America/New_York (EST); no hour given, said Tuesday 28 November 2023 10:00 EST. The dateline 'LAKE MARY, Fla. –' is left off; the site list lines (fragments), 'This date marks ...' (no time word of its own) and the sentences without a time word are not taken. closing at the end of Wednesday 29 November 2023 (CONVENTIONS 3.1)
    B(
        text="The remaining Disaster Recovery Centers will be permanently closing at the end of the day on Wednesday, Nov. 29.",
        due="2023-11-30 04:59:59",
        vague=False,
        said="2023-11-28 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA23,
        published="2023-11-28",
    ),
    # opening hours every day: recurring (CONVENTIONS 1.3)
    B(
        text="The phone line is open every day from 7 a.m. to 10 p.m. ET.",
        due=None,
        vague=False,
        said="2023-11-28 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA23,
        published="2023-11-28",
    ),
    # 29 November 2023, end of day
    B(
        text="The deadline to apply is November 29, 2023.",
        due="2023-11-30 04:59:59",
        vague=False,
        said="2023-11-28 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA23,
        published="2023-11-28",
    ),
    # NASA (release 'NASA Sets Launch Coverage for NOAA Weather Satellite', dated 2024-06-18 in the stored page; a US federal work, public domain); zone America/New_York (EDT); no hour given, said Tuesday 18 June 2024 10:00 EDT. The photo credit and the sentences without a time word are not taken, nor the schedule line cut off where the stored opening ends. The photo caption, told as done: past
    B(
        text="Crews transport NOAA’s (National Oceanic and Atmospheric Administration) Geostationary Operational Environmental Satellite (GOES-U) from the Astrotech Space Operations facility to the SpaceX hangar at Launch Complex 39A at NASA’s Kennedy Space Center in Florida beginning on Friday, June 14, 2024, with the operation finishing early Saturday, June 15, 2024.",
        due=None,
        vague=False,
        said="2024-06-18 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASA24,
        published="2024-06-18",
    ),
    # a two-hour window opening at 17:16 EDT on Tuesday 25 June falls due at its end, 19:16 EDT (CONVENTIONS 1.1). unsure: a careful reader could give 17:16 EDT, the opening as written (the launch as a one-off, CONVENTIONS 3.1)
    B(
        text="The two-hour window for liftoff opens 5:16 p.m. EDT Tuesday, June 25, aboard a SpaceX Falcon Heavy rocket from Launch Complex 39A at NASA’s Kennedy Space Center in Florida.",
        due="2024-06-25 23:16:00",
        vague=False,
        said="2024-06-18 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA24,
        published="2024-06-18",
    ),
    # the same window: its end, 19:16 EDT on 25 June (CONVENTIONS 1.1). unsure: a careful reader could give 17:16 EDT
    B(
        text="The two-hour launch window opens at 5:16 p.m. EDT Tuesday, June 25, for the satellite’s launch on a SpaceX Falcon Heavy rocket from Launch Complex 39A at NASA’s Kennedy Space Center in Florida.",
        due="2024-06-25 23:16:00",
        vague=False,
        said="2024-06-18 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA24,
        published="2024-06-18",
    ),
    # Bureau of Economic Analysis with the Census Bureau (joint press release of March 16, 2020, carried verbatim by marketscreener.com; a US federal work, public domain); zone America/New_York (EDT); the release's own date; no hour given, said Monday 16 March 2020 10:00 EDT. The first sentence (dateline and no time word of its own) and the sentences without a time word are not taken. a suspension that begins on a day is the change taking effect: that day (CONVENTIONS 3.1a). unsure: a careful reader could give 'earliest' from 16 March 00:00 (a state given only its start, 'until further notice', CONVENTIONS 3.2)
    B(
        text="Out of an abundance of caution and to protect the health and well-being of both Department of Commerce staff and reporters, both BEA and the Census Bureau will suspend until further notice pre-release media lockups for principal federal economic indicators beginning Monday, March 16, 2020.",
        due="2020-03-17 03:59:59",
        vague=False,
        said="2020-03-16 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_BEA20,
        published="2020-03-16",
    ),
)
