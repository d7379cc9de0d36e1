"""A HUNDRED-AND-SEVENTY-THIRD fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 01:15 and 01:25 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l173-s60) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 60 (fresh169 to fresh172, articles blind142 and blind143), whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh168.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of
`bot/core/deadlines/` was opened. The brief asked for less-mined publishers (Wikinews, NZ government and
Australian Commonwealth pages stating CC BY, the Australian Bureau of Statistics, ONS and NHS England, the US
Census Bureau, BLS, BEA, the US Army Corps of Engineers and FEMA), open licences only, at least eight
publishers, none above a fifth, at most a third from the United States, a spread of genres, about 80 cases
(at least 60).

The set quotes the Houses of the Oireachtas (Dáil Orders of Business of 29 May 1968 and 14 November 1952), UK
Parliament (Commons business statements of 1 February 1990 and 19 December 1985), NHS England (a blog post of
late April 2017 extending a consultation), the US Army Corps of Engineers (Tulsa District release of 6 May
2025, Huntington District item of 24 August 2012, Nashville District caption of 19 July 2021), the US Census
Bureau (tip sheet TP07-08 of 13 April 2007), the Office for National Statistics (statements of 12 May 2009 and
October 2023), the European Commission (its daily news and calendar of 4 October 2024, as carried), the
Australian Bureau of Statistics (media statement of 18 June 2020) and the Congressional Budget Office (blog
post of 23 January 2019). 66 cases from 9 publishers: the Oireachtas 13 (19.7%); the Corps of Engineers 11
(16.7%); NHS England 10 (15.2%); UK Parliament 8 (12.1%); the Census Bureau 8 (12.1%); ONS 8 (12.1%); the
Commission 4 (6.1%); the ABS 2 (3.0%); CBO 2 (3.0%). 21 of the 66 (31.8%) are from the United States (Corps
of Engineers, Census Bureau, CBO); 45 are not. Genres: parliamentary Orders of Business and business
statements (questions and answers across the floor), regulator-style agency statements, a consultation
notice, agency news releases and a statistics release calendar (tip sheet), a Commission daily-news item.

The store is heavily mined: of about 75 addresses checked (each with a distinctive phrase) with `fresh_check.py`, most read used
(BEA's return-to-schedule blog, the BLS lapse-of-appropriation page, the ABS work-program and Release Advice
pages and its Census releases of 2006, 2011 and 2020, the Corps' Baltimore notice and St. Paul locks release,
FEMA's archived Florida and Louisiana releases, Census embargo releases of 2020 and 2022 and tip sheets of
2012 and 2019, ONS statements of 2017 and 2020, the Wikinews space-launch story, Commission Daily News pages
of 2015, 2016, 2018, 2019 and 2021, historic Hansard written answers on reviews, Seanad Orders of Business,
StatCan calendar and blog pages). No fresh Wikinews article, no NZ government page with a CC BY statement,
no fresh BLS or BEA page and no FEMA release with its own date was found, so none is quoted. Each page's
cases share one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh173`) but not used, to keep the caps (a fifth for each publisher, a third
for the United States) or for want of a date: the Dáil Orders of Business of 7 May 1952, 11 July 1951 and 6
May 2020 (the Oireachtas cap); the Corps of Engineers' Tulsa release of 20 March 2020 (dvidshub.net/news/365573)
and the Census Bureau tip sheet TP23-06 of 24 March 2023 (usatrade.census.gov) (the US cap); the Census
Bureau's Vintage 2022 embargo notice as carried by thefederalnewswire.com (no date printed; the US cap); the
FEMA Westwego recovery-centre release as carried by picayuneitem.com (no date printed, and its 'a few more
days' would be dated by the guess). Within the pages kept: sentences without a time word; sentences whose
only time words are general ("now", "currently", "previously", "no longer", "in the future") or whose only
year or date names an Act, a survey, a set of features, an estimate or the Census; speaker tags, titles,
headings, date lines, contact lines and the calendar's day headings; verbless lines of a business statement
that are only a day and a title; sentences cut off where the stored opening ends; one word-for-word repeat
of a tip-sheet line on the same page. Two sentences of the Commons statement of 1 February 1990 ('The
business for next week will be as follows:' and 'The Chairman of Ways and Means has named opposed private
business for consideration at seven o'clock.') read USED when checked whole (stock wording found in another
set) and were dropped after labelling, as the brief asks; their labels are not kept.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time,
"tonight", "to-day", "next week", "next year", "next spring", "very shortly", "at the earliest
opportunity", "in 4-6 weeks", "early May", "April/May", "until staffing can be restored", "each year"); within
each page quoted, the sentences of the stored opening that hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh173`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date
and the publisher's zone (Europe/Dublin for the Oireachtas, Europe/London for UK Parliament, ONS and NHS
England, Europe/Brussels for the Commission, Australia/Sydney for the ABS, America/New_York for the Census
Bureau, CBO and the Corps' Huntington District, America/Chicago for its Tulsa and Nashville districts); the
conversion of local instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh168.py`: the publication date at 10:00 local time unless the page gives the hour (the two Commons
statements do: 15:30 and 15:46); the first comment of each page says where its date was read. Five pages
print no date of their own (ONS October 2023, NHS England, the Commission as carried, the ABS statement, the
Tulsa release): each is read on a day the page itself or a dated page in the store fixes, and the comment
says why and whether any label depends on it (none does beyond a day or two of the stated window). A day
falls due at 23:59:59 local; a one-off event at a time due then (CONVENTIONS 3.1); several times at the
latest (CONVENTIONS 6.1); a clock time with no day of its own at its first occurrence after the moment of
speaking (CONVENTIONS 6.3, the page's instant written in the comment); a question due None with no refusal
word (CONVENTIONS 4.3); a possibility or a jibe with no undertaking due None with no refusal word
(CONVENTIONS 4.2); times hung on an undated event are event (CONVENTIONS 1.3, 5.2); standing rules
recurring (CONVENTIONS 1.3); done acts past (CONVENTIONS 2.4); denied or superseded times negated
(CONVENTIONS 4.1); lower bounds earliest (CONVENTIONS 3.2); vague words of an undertaking take the
documented windows (CONVENTIONS 5.1). Clusters as in `blind_fresh168.py`: 1 no time set, 2 clock times,
3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates.
25 labels are refusals (event 8, past 8, earliest 3, negated 3, recurring 3); 2 are vague (both 60-day
windows); 29 labels carry a due instant (the 2 vague ones included); 12 have due None and no refusal word;
19 are marked "unsure" and name the other reading; like every label here they stay as committed, whatever
the first run shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DAIL68 = "https://www.oireachtas.ie/en/debates/debate/dail/1968-05-29/18/"
_DAIL52 = "https://www.oireachtas.ie/en/debates/debate/dail/1952-11-14/2/member-speech/Brendan-Corish.D.1945-12-04/"
_HC90 = "https://api.parliament.uk/historic-hansard/commons/1990/feb/01/business-of-the-house"
_HC85 = "https://api.parliament.uk/historic-hansard/commons/1985/dec/19/business-of-the-house"
_ONS09 = "http://www.ons.gov.uk/ons/ons/media-centre/statements/older-statements/labour-market-statistics-may-2009/labour-market-statistics.html"
_ONS23 = "https://www.ons.gov.uk/news/statementsandletters/partialreschedulingofuklabourmarketstatisticspublication"
_NHS17 = "https://www.england.nhs.uk/blog/extending-the-congenital-heart-disease-consultation/"
_ABS20 = (
    "https://www.abs.gov.au/media-centre/media-statements/2021-census-questions-and-date-announced"
)
_EC24 = "https://turkeynewsgazette.com/press-release-european-commission-199"
_USACE25 = "https://www.dvidshub.net/news/497148/temporary-impacts-tulsa-district-parks-2025-recreation-season"
_USACE12 = "http://huntington.armylive.dodlive.mil/2012/08/24/closure-of-public-parking-at-dover-dam-announced/"
_USACE21 = (
    "https://www.dvidshub.net/image/6739586/dale-hollow-dam-road-closing-scheduled-maintenance"
)
_CENS07 = "https://webarchive.library.unt.edu/web/20121027112325/http://www.census.gov/newsroom/releases/archives/tip_sheets/tp07-08.html"
_CBO19 = "https://www.cbo.gov/publication/54939"

FRESH173_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas (Dáil Éireann debate, Wednesday 29 May 1968, Vol. 235 No. 2, 'Order of Business', on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0, as the brief and the earlier sets record it from the Houses' copyright notice); zone Europe/Dublin (Irish Standard Time, UTC+1 all year in 1968); the date is the sitting's own, in the page head; no hour given, said Wednesday 29 May 1968 10:00 local. The head, speaker tags and the lines without a time word are not taken. the Government's arrangement for the day, a clock time with no day of its own: its first occurrence after the moment of speaking (CONVENTIONS 6.3), the same day
    B(
        text="It is proposed to interrupt business at 6.30 p.m. to take Nos. 2, 12, 3, 4, 13 and 14.",
        due="1968-05-29 17:30:00",
        vague=False,
        said="1968-05-29 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL68,
        published="1968-05-29",
    ),
    # a question about a time: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Is the Minister afraid we might finish tonight?",
        due=None,
        vague=False,
        said="1968-05-29 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL68,
        published="1968-05-29",
    ),
    # an opposition jibe about what another fears, no undertaking of anyone's: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 29 May 1968 22:30 local, the time told as going to happen
    B(
        text="The Minister is afraid he will have to talk until 10.30 p.m.",
        due=None,
        vague=False,
        said="1968-05-29 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL68,
        published="1968-05-29",
    ),
    # a taunting exaggeration of the same kind, no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give the end of 1969 ('until <period>' keeps the period's end) or its start
    B(
        text="He will talk until next year.",
        due=None,
        vague=False,
        said="1968-05-29 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL68,
        published="1968-05-29",
    ),
    # the speaker tag '(Cavan):' is left off. nothing before 6.30 p.m., only a lower bound for the business (CONVENTIONS 3.2, 'not until'): earliest that day 18:30 local (6.3). unsure: a careful reader could give 'negated' (business denied until then)
    B(
        text="There is no business before the House until 6.30 p.m.",
        due=None,
        vague=False,
        said="1968-05-29 09:00:00",
        tz="Europe/Dublin",
        refusal="earliest",
        earliest="1968-05-29 17:30:00",
        cluster=5,
        source=_DAIL68,
        published="1968-05-29",
    ),
    # the Order of Business restated: the first 6.30 p.m. after the moment of speaking (CONVENTIONS 6.3)
    B(
        text="If not already reached, it is proposed to interrupt Business at 6.30 p.m. to take No. 2 onwards.",
        due="1968-05-29 17:30:00",
        vague=False,
        said="1968-05-29 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL68,
        published="1968-05-29",
    ),
    # a question ('in an hour' is a supposition inside it): due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="So it means, that, if we finish the other business in an hour, we can stop just because the Minister fears this might finish quickly and he would have to go to the country —which he does not want to do now because of what he knows is happening?",
        due=None,
        vague=False,
        said="1968-05-29 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL68,
        published="1968-05-29",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Friday 14 November 1952, Vol. 134 No. 12, 'Order of Business', on oireachtas.ie (the address carries a member-speech anchor; the stored text is the whole Order of Business); CC BY 4.0 as above); zone Europe/Dublin (GMT in November 1952); the date is the sitting's own, in the page head; no hour given, said Friday 14 November 1952 10:00 GMT. a clock time with no day of its own: the first noon after the moment of speaking (CONVENTIONS 6.3), the same day
    B(
        text="Private Deputies' Business will be taken at 12 o'clock.",
        due="1952-11-14 12:00:00",
        vague=False,
        said="1952-11-14 10:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL52,
        published="1952-11-14",
    ),
    # a question about a time: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Is the House to meet next week?",
        due=None,
        vague=False,
        said="1952-11-14 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL52,
        published="1952-11-14",
    ),
    # Wednesday 19 and Thursday 20 November, the next such days; the schedule falls due at its latest time, Thursday 22:30 (CONVENTIONS 6.1)
    B(
        text="The House will meet on Wednesday, and there is agreement to meet on Thursday from 10.30 a.m. until 10.30 p.m.",
        due="1952-11-20 22:30:00",
        vague=False,
        said="1952-11-14 10:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_DAIL52,
        published="1952-11-14",
    ),
    # said on a Friday of the coming week's sittings: Friday 21 November, '2 o'clock' of a sitting day being 14:00. unsure: a careful reader could give Friday 14 November 14:00, the weekday read on or after the day of speaking
    B(
        text="The House will meet on Friday until 2 o'clock.",
        due="1952-11-21 14:00:00",
        vague=False,
        said="1952-11-14 10:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_DAIL52,
        published="1952-11-14",
    ),
    # a question about a time: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Could we have an indication as to whether the debate on the motion in the name of Deputy MacBride will be resumed at 12 o'clock to-day, or has it been agreed that it should be continued on the debate on the Estimate of the Office of the Minister for Finance?",
        due=None,
        vague=False,
        said="1952-11-14 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL52,
        published="1952-11-14",
    ),
    # a question (about which business, the time being given): due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 14 November 12:00, the time the question takes as fixed
    B(
        text="What Private Members' Business will be taken at 12 o'clock to-day?",
        due=None,
        vague=False,
        said="1952-11-14 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL52,
        published="1952-11-14",
    ),
    # UK Parliament (historic Hansard, 'HC Deb 01 February 1990 vol 166 cc435-45', Business of the House, on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); the head gives the hour, 3.30 pm: said Thursday 1 February 1990 15:30 GMT. The lines that are only a day and a title ('THURSDAY 8 FEBRUARY—Opposition day (6th Alloted Day).', 'FRIDAY 9 FEBRUARY—Private Members' Bills.', 'WEDNESDAY 7 FEBRUARY—Until seven o'clock, motions on ...', 'MONDAY I2 FEBRUARY—Until seven o'clock private Members' motions.') are fragments and are not taken, nor the bracketed list of documents. a question: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Will the Leader of the House state the business for next week?",
        due=None,
        vague=False,
        said="1990-02-01 15:30:00",
        tz="Europe/London",
        cluster=1,
        source=_HC90,
        published="1990-02-01",
    ),
    # a dated line of the statement: that day (CONVENTIONS 3.1)
    B(
        text="MONDAY 5 FEBRUARY—There will be a debate on the Royal Navy on a motion for the Adjournment of the House.",
        due="1990-02-05 23:59:59",
        vague=False,
        said="1990-02-01 15:30:00",
        tz="Europe/London",
        cluster=6,
        source=_HC90,
        published="1990-02-01",
    ),
    # that day (CONVENTIONS 3.1)
    B(
        text="TUESDAY 6 FEBRUARY—There will be a debate on agriculture on a motion to take note of EC documents, details of which will be given in the Official Report.",
        due="1990-02-06 23:59:59",
        vague=False,
        said="1990-02-01 15:30:00",
        tz="Europe/London",
        cluster=6,
        source=_HC90,
        published="1990-02-01",
    ),
    # a clock time whose day only the line before gives: read from the sentence, the first 19:00 after 15:30 that day (CONVENTIONS 6.3; page: Thursday 8 February 19:00 GMT)
    B(
        text='Until seven o\'clock there will be a debate on an Opposition motion entitled "The Scottish Economy".',
        due="1990-02-01 19:00:00",
        vague=False,
        said="1990-02-01 15:30:00",
        tz="Europe/London",
        cluster=2,
        source=_HC90,
        published="1990-02-01",
    ),
    # the planned recess, a range from Thursday 5 April to Wednesday 18 April 1990, falls due at its later end (CONVENTIONS 6.1), in BST. unsure: a careful reader could give Thursday 5 April, the day the House is to rise
    B(
        text="It may be for the convenience of the House Mr. Speaker, to know that, subject to the progress of business, it will be proposed that the House will rise for the Easter recess on Thursday 5 April until Wednesday 18 April.",
        due="1990-04-18 22:59:59",
        vague=False,
        said="1990-02-01 15:30:00",
        tz="Europe/London",
        cluster=3,
        source=_HC90,
        published="1990-02-01",
    ),
    # UK Parliament (historic Hansard, 'HC Deb 19 December 1985 vol 89 cc573-83', Business of the House, on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); the head gives the hour, 3.46 pm: said Thursday 19 December 1985 15:46 GMT. Lines that are only a day and a title, lines without a time word, the line whose only year names an Act and the bracketed list of documents ('[Debate on Tuesday 14 December') are not taken. a question: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Will the Leader of the House state the business for the first week after the Christmas Adjournment?",
        due=None,
        vague=False,
        said="1985-12-19 15:46:00",
        tz="Europe/London",
        cluster=1,
        source=_HC85,
        published="1985-12-19",
    ),
    # 'Yes, Sir.' before it is not taken. a week counted from the Christmas Adjournment, which the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="The business for the first week after the Christmas Adjournment will be as follows:",
        due=None,
        vague=False,
        said="1985-12-19 15:46:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC85,
        published="1985-12-19",
    ),
    # Thursday 16 January 1986 at about seven o'clock in the evening of a sitting day
    B(
        text="THURSDAY 16 JANUARY—Until about seven o'clock there will be a debate on a motion to take note of EC documents relating to European fisheries policy.",
        due="1986-01-16 19:00:00",
        vague=False,
        said="1985-12-19 15:46:00",
        tz="Europe/London",
        cluster=2,
        source=_HC85,
        published="1985-12-19",
    ),
    # Office for National Statistics (statement 'Labour Market Statistics May 2009', on the old ons.gov.uk media centre; Crown copyright, as the page says, reusable under the Open Government Licence); zone Europe/London (BST); the page's 'Issue date: 12 May 2009'; no hour given, said 12 May 2009 10:00 BST (the statement itself was plainly issued after 14:00; the labels below do not depend on the hour). The title and date line are not taken. the planned release is superseded ('were due'; the next sentence gives the new time): negated (CONVENTIONS 4.1). unsure: a careful reader could give 13 May 2009 09:30 BST, the time as written
    B(
        text="The labour market estimates for the three months to March 2009 (Jan-Mar 2009) were due to be released at 9.30am tomorrow, 13 May, as pre-announced by ONS.",
        due=None,
        vague=False,
        said="2009-05-12 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_ONS09,
        published="2009-05-12",
    ),
    # told as done: past
    B(
        text="The estimates were instead published at 2pm today, 12 May, as there was an accidental early release of some data.",
        due=None,
        vague=False,
        said="2009-05-12 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS09,
        published="2009-05-12",
    ),
    # 'very shortly' as an undertaking: vague, the documented 60-day window (CONVENTIONS 5.1), 11 July 2009
    B(
        text="The National Statistician has initiated an inquiry into how this happened, and will report to the UK Statistics Authority very shortly.",
        due="2009-07-11 22:59:59",
        vague=True,
        said="2009-05-12 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONS09,
        published="2009-05-12",
    ),
    # Office for National Statistics (statement 'Partial rescheduling of UK labour market statistics publication', ons.gov.uk; Open Government Licence); zone Europe/London (BST); the stored page prints no date: it was made before Tuesday 17 October 2023, which it treats as ahead, and the earliest report of it in the store is dated 13 October 2023, so it is read at 10:00 BST on Friday 13 October 2023 (every label below is the same for any day of that week). The schedule lines ('Published on Tuesday 17 October at 0700', the titles under them) are headings and are not taken, nor sentences whose only time words are general ('previously', 'now'). the first figures, a one-off, due in spring 2024 (meteorological, March to May): its end. unsure: a careful reader could give 'earliest' from 1 March 2024 (publication only starting then, CONVENTIONS 3.2)
    B(
        text="The first figures from this new transformed survey are due to be published in our headline releases from next spring.",
        due="2024-05-31 22:59:59",
        vague=False,
        said="2023-10-13 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONS23,
        published="2023-10-13",
    ),
    # the date is called off with no new time in the sentence: negated (CONVENTIONS 4.1)
    B(
        text="Because of this, the publication of the next ONS Labour Force Survey (previously due on Tuesday 17 October) is being put back slightly to give us additional time to produce the best possible estimates of the labour market using the best available data sources.",
        due=None,
        vague=False,
        said="2023-10-13 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_ONS23,
        published="2023-10-13",
    ),
    # quoted as stored, without a full stop. that day (CONVENTIONS 3.1)
    B(
        text="These data will now be published on Tuesday 24 October",
        due="2023-10-24 22:59:59",
        vague=False,
        said="2023-10-13 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS23,
        published="2023-10-13",
    ),
    # kept as planned: that day
    B(
        text="However, the earnings, vacancies and HMRC Real Time Information data will still be published as originally planned on Tuesday 17 October.",
        due="2023-10-17 22:59:59",
        vague=False,
        said="2023-10-13 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS23,
        published="2023-10-13",
    ),
    # that day
    B(
        text="The associated Time Series Data will be updated on Tuesday 24 October.",
        due="2023-10-24 22:59:59",
        vague=False,
        said="2023-10-13 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS23,
        published="2023-10-13",
    ),
    # NHS England (blog post 'Extending the Congenital Heart Disease consultation' by Will Huxter, england.nhs.uk; Open Government Licence); zone Europe/London (BST); the stored page prints no date: it was written after the pre-election period began (midnight of Friday 21 April 2017, told as past) and before the events it calls off (from 6 May 2017), so it is read at 10:00 BST on Friday 28 April 2017; every label below is the same for any day of that window. Sentences without a time word and the one whose only time word is general ('currently') are not taken. told as done: past
    B(
        text="In the past few weeks of consultation we have attended many events across the country to discuss the proposals with patients and families, clinicians, managers, local politicians and other stakeholders.",
        due=None,
        vague=False,
        said="2017-04-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHS17,
        published="2017-04-28",
    ),
    # a day gone, told as done: past
    B(
        text="The calling of a general election means that NHS England, as a public institution, entered the pre-election period on midnight of Friday 21 April.",
        due=None,
        vague=False,
        said="2017-04-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHS17,
        published="2017-04-28",
    ),
    # the only time is hung on the election being completed, which the sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give 'negated' (no events are to be held)
    B(
        text="This means that, in line with the requirements of Cabinet Office guidance for the public bodies, while the consultation will continue and the materials will remain upon the NHS England website and responses will still be received, NHS England will not hold any events or attend meetings before the election has been completed.",
        due=None,
        vague=False,
        said="2017-04-28 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NHS17,
        published="2017-04-28",
    ),
    # called off with no new time: negated (CONVENTIONS 4.1)
    B(
        text="This means that the events that were planned between the 6 May and 25 May will not now be happening.",
        due=None,
        vague=False,
        said="2017-04-28 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_NHS17,
        published="2017-04-28",
    ),
    # only a lower bound, after 8 June 2017: earliest 9 June 00:00 BST (CONVENTIONS 3.2)
    B(
        text="The events that had been scheduled to take place will be reorganised for after 8 June.",
        due=None,
        vague=False,
        said="2017-04-28 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2017-06-08 23:00:00",
        cluster=5,
        source=_NHS17,
        published="2017-04-28",
    ),
    # a vague word hung on the undated election: event (CONVENTIONS 5.2)
    B(
        text="We are contacting organisations and venues to rearrange suitable dates soon after the election.",
        due=None,
        vague=False,
        said="2017-04-28 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NHS17,
        published="2017-04-28",
    ),
    # 'as soon as they are arranged': event (CONVENTIONS 5.2)
    B(
        text="The event details will be posted on the consultation web pages as soon as they are arranged.",
        due=None,
        vague=False,
        said="2017-04-28 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_NHS17,
        published="2017-04-28",
    ),
    # the consultation kept open to 17 July 2017: due that day (CONVENTIONS 3.3)
    B(
        text="We will be extending the consultation until the 17 July, so that we can reorganise these events and enable responses to be made after these events.",
        due="2017-07-17 22:59:59",
        vague=False,
        said="2017-04-28 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_NHS17,
        published="2017-04-28",
    ),
    # the author's note: past
    B(
        text="Prior to joining NHS England in June 2014, Will worked in a range of commissioning roles within the NHS, and for five years at an NHS Trust.",
        due=None,
        vague=False,
        said="2017-04-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHS17,
        published="2017-04-28",
    ),
    # a span told as done: past
    B(
        text="He has also spent eight years working in the voluntary sector.",
        due=None,
        vague=False,
        said="2017-04-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_NHS17,
        published="2017-04-28",
    ),
    # Australian Bureau of Statistics (media statement '2021 Census questions and date announced', abs.gov.au; Creative Commons Attribution, as abs.gov.au's own 'Creative Commons licensing' and 'Conditions of sale' pages state); zone Australia/Sydney (Canberra, AEST); the page prints no date, but the ABS's list of its media statements (abs.gov.au, 'ABS Media Statements') dates it 18/06/2020; said Thursday 18 June 2020 10:00 AEST. 'For the 2021 Census, the ABS will add new questions ...' (its year names the Census), the sentence whose year names an Act and those with only general time words ('no longer') are not taken. 'today' is on the verb of speaking, not the deadline (CONVENTIONS 2.2); Census night, 10 August 2021, is (CONVENTIONS 3.1)
    B(
        text="The Australian Bureau of Statistics (ABS) today announced that Census night for the next Census will be 10 August 2021.",
        due="2021-08-10 13:59:59",
        vague=False,
        said="2020-06-18 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS20,
        published="2020-06-18",
    ),
    # a span from 2006 to now: past
    B(
        text="These are the first significant changes to the information collected in the Census since 2006.",
        due=None,
        vague=False,
        said="2020-06-18 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS20,
        published="2020-06-18",
    ),
    # European Commission (its daily news and calendar items, as carried verbatim by turkeynewsgazette.com under the heading 'Press release European Commission'; reuse authorised under Commission Decision 2011/833/EU, a copy on a carrying site read under the publisher's licence); zone Europe/Brussels (CEST); the stored page prints no date: the Member States' vote it reports as today's took place on Friday 4 October 2024 and the calendar it carries runs from Tuesday 8 October, so it is read at 10:00 CEST on 4 October 2024. The calendar's day headings are not taken, nor its lines without a time word; the last sentence is cut off where the stored opening ends. the first line of the stored opening, its day heading cut off: a calendar item held on the first anniversary of 7 October 2023, Monday 7 October 2024. unsure: a careful reader could give due None with no refusal word ('the 7/10' names the attacks, not a day of the act)
    B(
        text="Mr Margaritis Schinas participates in the memorial ceremony commemorating the one year anniversary of the 7/10.",
        due="2024-10-07 21:59:59",
        vague=False,
        said="2024-10-04 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC24,
        published="2024-10-04",
    ),
    # a day-first date, 11 October 2024: the stay falls due at its end (CONVENTIONS 6.1)
    B(
        text="Ms Stella Kyriakides in Ancona, Italy (until 11/10): participates in the G7 Ministerial Meeting on Health.",
        due="2024-10-11 21:59:59",
        vague=False,
        said="2024-10-04 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EC24,
        published="2024-10-04",
    ),
    # the perfect with 'today', an act done: past (CONVENTIONS 2.4)
    B(
        text="Today, the European Commission’s proposal to impose definitive countervailing duties on imports of battery electric vehicles (BEVs) from China has obtained the necessary support from EU Member States for the adoption of tariffs.",
        due=None,
        vague=False,
        said="2024-10-04 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC24,
        published="2024-10-04",
    ),
    # a deadline, 30 October 2024 (CET by then)
    B(
        text="A Commission Implementing Regulation including the definitive findings in the investigation must be published in the Official Journal by 30 October 2024, at the latest.",
        due="2024-10-30 22:59:59",
        vague=False,
        said="2024-10-04 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC24,
        published="2024-10-04",
    ),
    # US Army Corps of Engineers (Tulsa District news release 'Temporary impacts to Tulsa District parks for 2025 recreation season', on DVIDS; a US federal work, public domain); zone America/Chicago (Tulsa, CDT); the stored opening prints no date; local reports in the store date the announcement Tuesday 6 May 2025, said 10:00 CDT. Bullet marks are left off; sentences without a time word and the one whose only time words are general ('in the future', 'currently') are not taken. for a season whose end the sentence does not date: event. unsure: a careful reader could give 31 December 2025 (the end of 2025)
    B(
        text="TULSA – The U.S. Army Corps of Engineers, Tulsa District will temporarily close or reduce services at recreation areas across Kansas and Oklahoma for the 2025 recreation season.",
        due=None,
        vague=False,
        said="2025-05-06 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_USACE25,
        published="2025-05-06",
    ),
    # a time limit for each case of a class (each cancelled reservation): recurring (CONVENTIONS 1.3). unsure: a careful reader could give 17 June 2025 23:59:59 CDT, six weeks from the moment of speaking
    B(
        text="If you have made reservations for camping at any of the closed parks you will automatically be issued a full refund in 4-6 weeks.",
        due=None,
        vague=False,
        said="2025-05-06 15:00:00",
        tz="America/Chicago",
        refusal="recurring",
        cluster=5,
        source=_USACE25,
        published="2025-05-06",
    ),
    # a range of days, due at its later end, 3 June 2025 (CONVENTIONS 6.1)
    B(
        text="Reservations will be cancelled and fully refunded starting May 15 - June 3 at the parks listed in this news release.",
        due="2025-06-04 04:59:59",
        vague=False,
        said="2025-05-06 15:00:00",
        tz="America/Chicago",
        cluster=3,
        source=_USACE25,
        published="2025-05-06",
    ),
    # the bullet's dash is left off. a plan for a day gone: past. unsure: a careful reader could give 'negated' (the opening is called off, CONVENTIONS 4.1)
    B(
        text="Exception: 3 seasonally closed parks at Council Grove Lake were set to open May 1.",
        due=None,
        vague=False,
        said="2025-05-06 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_USACE25,
        published="2025-05-06",
    ),
    # until an undated event: event
    B(
        text="They will remain closed until staffing can be restored.",
        due=None,
        vague=False,
        said="2025-05-06 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_USACE25,
        published="2025-05-06",
    ),
    # a standing cycle of 14-day increments ('and so forth'): recurring. unsure: a careful reader could give 17 June 2025, the end of the next cycle named
    B(
        text="Cancellations will occur in 14-day increments with the next cycle occurring June 4 - 17, and so forth.",
        due=None,
        vague=False,
        said="2025-05-06 15:00:00",
        tz="America/Chicago",
        refusal="recurring",
        cluster=5,
        source=_USACE25,
        published="2025-05-06",
    ),
    # 'at the earliest opportunity' as the district's undertaking: vague, 60 days (CONVENTIONS 5.1), 5 July 2025
    B(
        text="The objective is to reopen parks at the earliest opportunity while minimizing impacts to the public.",
        due="2025-07-06 04:59:59",
        vague=True,
        said="2025-05-06 15:00:00",
        tz="America/Chicago",
        cluster=4,
        source=_USACE25,
        published="2025-05-06",
    ),
    # a quotation, 'said Jamie Hyslop' being in the sentence before. throughout a season the sentence does not date: event
    B(
        text="“We will continue to monitor conditions throughout the season and concentrate our resources so we can better maintain high quality service at priority locations.”",
        due=None,
        vague=False,
        said="2025-05-06 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_USACE25,
        published="2025-05-06",
    ),
    # US Army Corps of Engineers (Huntington District news item 'Closure of Public Parking at Dover Dam Announced', on its armylive.dodlive.mil blog; a US federal work, public domain); zone America/New_York (Dover Dam, Ohio; EDT); the date is in the address, 24 August 2012; no hour given, said 10:00 EDT. a closure, a one-off change that begins on a day: due that day (CONVENTIONS 3.1, 3.1a). unsure: a careful reader could give 'earliest' from 17 September (a state only started then, CONVENTIONS 3.2)
    B(
        text="The Huntington District of the U.S. Army Corps of Engineers announces that the public parking at Dover Dam will close beginning Sept. 17.",
        due="2012-09-18 03:59:59",
        vague=False,
        said="2012-08-24 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USACE12,
        published="2012-08-24",
    ),
    # a possibility, no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 31 January 2015
    B(
        text="The closure may be necessary until Jan. 2015.",
        due=None,
        vague=False,
        said="2012-08-24 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USACE12,
        published="2012-08-24",
    ),
    # US Army Corps of Engineers (Nashville District, caption of the DVIDS image 'Dale Hollow Dam Road closing for scheduled maintenance'; a US federal work, public domain); zone America/Chicago (Celina, Tennessee, CDT); the page's date, 19 July 2021; no hour given, said 10:00 CDT. The photo credit in brackets is not taken. the closure at 8 a.m. on Wednesday 21 July 2021, local time (CONVENTIONS 3.1)
    B(
        text="The U.S. Army Corps of Engineers Nashville District announces Dale Hollow Dam Road at the dam in Celina, Tennessee, is closing to all traffic 8 a.m. Wednesday, July 21 2021, while personnel perform scheduled maintenance on the unit head gates.",
        due="2021-07-21 13:00:00",
        vague=False,
        said="2021-07-19 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_USACE21,
        published="2021-07-19",
    ),
    # US Census Bureau (Tip Sheet TP07-08 of April 13, 2007, census.gov, as kept in the UNT end-of-term web archive; a US federal work, public domain); zone America/New_York (Suitland, Maryland; EDT); the date is the tip sheet's own; no hour given, said Friday 13 April 2007 10:00 EDT. The item titles and headings are not taken; the line for the population estimates, whose only date names them ('July 1, 2006'), 'The entire set of April daily features is available at ...' (its month names the set) and the second, word-for-word identical '(Tentatively scheduled for release early May.)' are not taken. two openings, 12 April (gone) and 18 April 2007: the latest (CONVENTIONS 6.1)
    B(
        text="Opening of Local Census Offices in Dress Rehearsal Sites — The Census Bureau kicks off the 2008 Census Dress Rehearsal with the opening of local census offices in Fayetteville, N.C. (April 12) and Stockton, Calif. (April 18).",
        due="2007-04-19 03:59:59",
        vague=False,
        said="2007-04-13 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CENS07,
        published="2007-04-13",
    ),
    # a release date: that day
    B(
        text="(Tentatively scheduled for release April 18.)",
        due="2007-04-19 03:59:59",
        vague=False,
        said="2007-04-13 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CENS07,
        published="2007-04-13",
    ),
    # early May, days 1 to 10 as documented: 10 May 2007
    B(
        text="(Tentatively scheduled for release early May.)",
        due="2007-05-11 03:59:59",
        vague=False,
        said="2007-04-13 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_CENS07,
        published="2007-04-13",
    ),
    # a possibility in a feature's teaser, no act undertaken: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 17 June 2007
    B(
        text="Father’s Day (June 17) — “Dear old dad” may be treated to breakfast in bed and a new necktie by his family on his special day.",
        due=None,
        vague=False,
        said="2007-04-13 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CENS07,
        published="2007-04-13",
    ),
    # a release date: that day
    B(
        text="(Scheduled for release April 17.)",
        due="2007-04-18 03:59:59",
        vague=False,
        said="2007-04-13 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CENS07,
        published="2007-04-13",
    ),
    # the holiday names the feature's subject; the release's own time is in the next line: due None, no refusal word. unsure: a careful reader could give 4 July 2007
    B(
        text="The Fourth of July — The Census Bureau celebrates our nation’s 231st birthday with a collection of statistics on flags, fireworks and food.",
        due=None,
        vague=False,
        said="2007-04-13 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CENS07,
        published="2007-04-13",
    ),
    # segments for April/May: the range's later end, 31 May 2007 (CONVENTIONS 6.1). unsure: a careful reader could give 5 May 2007, the latest segment named
    B(
        text="Profile America and Al Dia (Spanish) for April/May — Upcoming segments include Administrative Professional Day (April 22) and Cinco de Mayo (May 5).",
        due="2007-06-01 03:59:59",
        vague=False,
        said="2007-04-13 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CENS07,
        published="2007-04-13",
    ),
    # available from a day, an offer open from then: earliest 30 April 2007 00:00 EDT (CONVENTIONS 3.2)
    B(
        text="The entire set of May daily features will be available for direct downloads, beginning April 30.",
        due=None,
        vague=False,
        said="2007-04-13 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2007-04-30 04:00:00",
        cluster=5,
        source=_CENS07,
        published="2007-04-13",
    ),
    # Congressional Budget Office (blog post 'CBO to Delay Release of Report on Expired and Expiring Authorizations of Appropriations', posted by Teri Gullo, cbo.gov; a US federal work, public domain); zone America/New_York (EST); the post's date, January 23, 2019; no hour given, said 10:00 EST. The author's line is not taken. a standing yearly duty: recurring (CONVENTIONS 1.3)
    B(
        text="Each year, by January 15, CBO is required to submit a report to the Congress that lists all programs and activities funded for the current fiscal year for which authorizations of appropriations have expired or will expire during the current fiscal year.",
        due=None,
        vague=False,
        said="2019-01-23 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_CBO19,
        published="2019-01-23",
    ),
    # the report delayed until an undated event: event
    B(
        text="However, for this year’s report to be complete and as useful to the Congress as possible, the House and Senate Budget Committees have asked CBO to delay publishing the report until it can fully account for the funding provided in all 12 annual appropriation bills.",
        due=None,
        vague=False,
        said="2019-01-23 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_CBO19,
        published="2019-01-23",
    ),
)
