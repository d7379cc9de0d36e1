"""A HUNDRED-AND-NINETY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 15:36 and 15:55 by the machine's clock by a labelling
helper (branch issue12l195-s65) that neither changed, imported nor ran the parser, working at the same time as
the other labellers of stop 65 (fresh194 and fresh196 to fresh198, articles blind152 and blind153), whose claims
in the shared claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh193.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of `bot/core/deadlines/`
was opened. The brief asked for less-mined publishers (Wikinews, the NZ Department of Conservation and other NZ
government pages stating CC BY, the Australian Bureau of Statistics and other Commonwealth pages stating CC BY,
ONS and NHS England, US BLS and BEA release notices, FEMA and NOAA/National Weather Service notices), open
licences only, at least eight publishers, none above a fifth, at most a third from the United States, a spread
of genres, about 80 cases (at least 60).

The set quotes the Houses of the Oireachtas (two Seanad "Business of the Seanad" / Order of Business exchanges,
of 21 January 1965 and 15 January 1970), the Australian Bureau of Statistics (three 2021 Census media releases,
of 13 August, 23 August and 13 September 2021, one on abs.gov.au and two as carried), the NZ Department of
Conservation (media releases of 8 September 2009, 26 May 2017 and 5 June 2019 on doc.govt.nz and one of 2 July
2024 as carried), the US Bureau of Economic Analysis (a schedule notice of 28 February 2019), Wikinews (an
article of 7 March 2006), the National Weather Service (two Public Information Statements soliciting comments,
of 11 July 2016 and 9 October 2025), the Bureau of Labor Statistics (a joint statement of December 2008), the
Office for National Statistics (a Census 2021 update bulletin of 18 February 2021), the UK Statistics
Authority's Office for Statistics Regulation (a letter of 27 June 2022) and FEMA (a recovery-centre notice of
20 September 2024, as carried). 86 cases from 10 publishers: the Oireachtas 17 (19.8%); the ABS 16 (18.6%);
DOC 16 (18.6%); BEA 8 (9.3%); Wikinews 8 (9.3%); NWS 8 (9.3%); BLS 5 (5.8%); ONS 4 (4.7%); OSR 2 (2.3%); FEMA 2
(2.3%). (The ABS and DOC are counted as one publisher each whatever the carrying address.) 23 of the 86
(26.7%) are from the United States (BEA, NWS, BLS, FEMA); 63 are not. Genres: parliamentary business
exchanges (questions, requests, proposals and an Order of Business), statistics offices' media releases and a
schedule notice, conservation media releases (events, closures, a season's results), a wire-style news
article, weather-service comment requests (consultations), an agency statement on early data releases, a
statistics bulletin to local chief executives, a regulator's letter and a disaster-recovery notice.

The store is heavily mined: of about 85 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (ABS release-advice and 2011 census pages, BEA and ONS schedule-change pages,
BLS release-date pages, most FEMA deadline releases, most Wikinews articles tried, European Commission "Top
News" agendas of 2012-2015, StatCan release schedules, several Oireachtas and Commons business pages). No
European Commission, Statistics Canada or NHS England page was found fresh in the time. Each page's cases share
one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh195`) but not used, to keep the Oireachtas at or under a fifth of the set:
the Seanad exchanges of 1 August 1967, 4 December 1974 and 1 May 1975; claimed but not used: a carrying page of
DOC releases (rnzngin.fifthestate.nz, conservation category page 28) whose stored opening gave few sentences
with a time word of their own. Within the pages kept: sentences without a time word; sentences whose only time
words are general ("now", "to date", "still", "ongoing", "never", "at this stage", "future generations",
"temporarily", "real-time") or whose only year names an Act or a census; the anaphoric "at that time" of the
1970 exchange; headings, subject lines, "Date:" lines, contact lines, datelines, the 1970 and 1965 speaker
turns without a time word, and sentences cut off where the stored text ends. Leading opening quotation marks
of quoted speech are left off.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, "today", "tonight", "this evening", "this afternoon", "this week", "next week", "the next
sitting day", "lunchtime", "early March", "late September", "the coming year", "since 2014", "every five
years", "a day", "each month", "overnight", "the day", "soon", "as soon as possible"); within each page quoted,
the sentences of the stored text that hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh195`) in `/work/helper-brief/claims.txt`
before its quotes were kept. Every kept sentence was then checked whole with the same tool (skipping this
file). Each label was worked out by hand from the words, the publication date and the publisher's zone
(Europe/Dublin for the Oireachtas, Australia/Sydney for the ABS, Pacific/Auckland for DOC and for the Wikinews
article, which is told from New Zealand, America/New_York for BEA, NWS, BLS and FEMA, Europe/London for ONS and
OSR); the conversion of local instants to UTC wall time, weekdays and day counts were done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh193.py`: the publication date at 10:00 local time unless the page gives the hour (two do: the NWS
statements, '223 PM EDT' and '1130 AM EDT'); the first comment of each page says where its date was read.
Three pages print no date in the stored text (the BLS statement, the ABS release carried by miragenews.com and
the OSR letter) and are read on a day fixed from their own words, as their comments say. A day falls due at
23:59:59 local; a one-off event at a time due then (CONVENTIONS 3.1); several times and ranges at the latest
(CONVENTIONS 6.1); a comment window at its end (CONVENTIONS 1.1); questions, requests, proposals and hedged
guesses due None with no refusal word (CONVENTIONS 4.2, 4.3); times hung on an undated event are event
(CONVENTIONS 1.3, 5.2); standing rules and schedules recurring (CONVENTIONS 1.3); done acts past (CONVENTIONS
2.4); denied times negated (CONVENTIONS 4.1); an ongoing activity given only its start earliest (CONVENTIONS
3.2). Clusters as in `blind_fresh193.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of
the day, periods and windows, 5 refusals, 6 plain days and dates. 38 labels are refusals (past 17, event 9,
recurring 9, negated 2, earliest 1); none is vague; 26 labels carry a due instant; 22 have due None and no
refusal word; 30 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after merging, and
records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_SEN65 = "https://www.oireachtas.ie/en/debates/debate/seanad/1965-01-21/2/"
_SEN70 = "https://www.oireachtas.ie/en/debates/debate/seanad/1970-01-15/4/"
_ABS13A = (
    "https://www.bharattimes.com/2021/08/13/census-2021-it-is-not-too-late-to-complete-your-census/"
)
_ABS23A = "https://abs.gov.au/media-centre/media-releases/field-officers-visit-communities-reminding-people-complete-census"
_ABS13S = "https://miragenews.com/australian-statistician-urges-households-to-630565"
_DOC09 = "https://www.doc.govt.nz/news/media-releases/2009/get-involved-with-blue-duck-at-ruapehu-during-conservation-week/"
_DOC17 = (
    "https://www.doc.govt.nz/news/media-releases/2017/whio-at-the-tongariro-national-trout-centre/"
)
_DOC19 = "https://www.doc.govt.nz/news/media-releases/2019/section-of-nga-tapuwae-o-toi-walkway-closed-for-controlled-deer-shooting-operation/"
_DOC24 = "https://rnzngin.fifthestate.nz/category/department-of-conservation/page/17"
_WN06 = "https://en.wikinews.org/wiki/New_Zealand%27s_2006_Census_is_held_tonight"
_BEA19 = "https://www.bea.gov/news/blog/2019-02-28/new-date-set-january-consumer-spending"
_NWS16 = "http://www.nws.noaa.gov/om/notification/pns16-23twitter.htm"
_NWS25 = "https://marine.weather.gov/product.php?issuedby=WSH&product=PNS&site=HGX"
_BLS08 = "https://blsmon1.bls.gov/bls/statement122008.htm"
_ONS21 = "https://content.govdelivery.com/accounts/UKONS/bulletins/2c205b8"
_OSR22 = "https://osr.statisticsauthority.gov.uk/correspondence/ed-humpherson-to-sir-ian-diamond-confirmation-of-national-statistics-designation-for-2021-census-in-england-and-wales/"
_FEMA24 = "https://www.einpresswire.com/article/744980778/disaster-recovery-center-in-taylor-county-to-close-sept-20"

FRESH195_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas (Seanad Éireann debate of Thursday 21 January 1965, 'Order of Business.'; CC BY 4.0, on oireachtas.ie); zone Europe/Dublin (GMT in January 1965, as zoneinfo gives); the page gives the date and no hour: said 21 January 1965 10:00. The speaker turn without a time word is not taken. The Leader's Order of Business, told as the day's plan: today, end of day. unsure: a careful reader could give due None (a proposal put to the House for agreement, CONVENTIONS 4.3)
    B(
        text="It is proposed to take No. 1, the Land Bill, and to finish the Second Stage today.",
        due="1965-01-21 23:59:59",
        vague=False,
        said="1965-01-21 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SEN65,
        published="1965-01-21",
    ),
    # the wish to finish 'around lunchtime', an intention put modestly (CONVENTIONS 4.3, last paragraph): lunchtime ends 14:00 (parser docstring): 21 January 1965 14:00. unsure: a careful reader could give due None (a hedged hope, 'as nearly as possible', CONVENTIONS 4.3)
    B(
        text="If the House has no objection, we would like to finish as nearly as possible around lunchtime but if there is a question of adjourning at lunchtime, well and good.",
        due="1965-01-21 14:00:00",
        vague=False,
        said="1965-01-21 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SEN65,
        published="1965-01-21",
    ),
    # 'about an hour' for the reply, whose start is not dated: event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a length, not a deadline)
    B(
        text="The Minister will require about an hour to reply.",
        due=None,
        vague=False,
        said="1965-01-21 10:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEN65,
        published="1965-01-21",
    ),
    # a question about using the rest of the day: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Could we not use the rest of the day to deal with it?",
        due=None,
        vague=False,
        said="1965-01-21 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN65,
        published="1965-01-21",
    ),
    # 'will not be available this afternoon': the time is denied (CONVENTIONS 4.1): negated
    B(
        text="The Minister for Education will not be available this afternoon.",
        due=None,
        vague=False,
        said="1965-01-21 10:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_SEN65,
        published="1965-01-21",
    ),
    # a question about the next sitting day: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Is there a likelihood it will be taken on the next sitting day?",
        due=None,
        vague=False,
        said="1965-01-21 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN65,
        published="1965-01-21",
    ),
    # the speaker does not know what will be taken: no undertaking, due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give event (the next sitting day, undated, CONVENTIONS 1.3)
    B(
        text="I do not know what will be taken on the next sitting day.",
        due=None,
        vague=False,
        said="1965-01-21 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN65,
        published="1965-01-21",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Thursday 15 January 1970, 'Business of the Seanad.'; CC BY 4.0, on oireachtas.ie); zone Europe/Dublin (UTC+1 all year in 1970, as zoneinfo gives); the page gives the date and no hour: said 15 January 1970 10:00. Sentences without a time word, the one whose only time word is 'now' and the one with only 'at this stage' and the anaphoric 'at that time' are not taken. A question whether the House will sit beyond 5 p.m.: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Before the debate on the Health Bill is resumed I should like to ask the Acting Leader of the House whether it is intended to vary the normal hours of sitting, whether it is intended to continue beyond 5 p.m.",
        due=None,
        vague=False,
        said="1970-01-15 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN70,
        published="1970-01-15",
    ),
    # 'I propose we should sit on this evening': a proposal put to the House (CONVENTIONS 4.3): due None, no refusal word. unsure: a careful reader could give 15 January 1970, end of day (the Acting Leader's plan for the evening)
    B(
        text="I propose we should sit on this evening and, if possible, finish the Second Stage of the Bill.",
        due=None,
        vague=False,
        said="1970-01-15 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN70,
        published="1970-01-15",
    ),
    # a request to the House to agree a time (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="I, therefore, ask the House, if at all possible, to agree to let the Minister begin his reply not later than 9.30 p.m.",
        due=None,
        vague=False,
        said="1970-01-15 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN70,
        published="1970-01-15",
    ),
    # 'It might be better if ... before 5 p.m.': a proposal (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="It might be better if the Whips conferred and reported to the Acting Leader of the House before 5 p.m.",
        due=None,
        vague=False,
        said="1970-01-15 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN70,
        published="1970-01-15",
    ),
    # 'I suggest we should make an effort to finish ... this evening': a proposal (CONVENTIONS 4.3): due None, no refusal word. unsure: a careful reader could give 15 January 1970, end of day (this evening, the speaker's intention)
    B(
        text="I do not wish to push the House to make any definite agreement but I suggest we should make an effort to finish the Second Stage of the Bill this evening.",
        due=None,
        vague=False,
        said="1970-01-15 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN70,
        published="1970-01-15",
    ),
    # 'I suggest that provisionally we agree ... at 9.30 p.m.': a proposal (CONVENTIONS 4.3); the hour the reply takes has no start of its own: due None, no refusal word
    B(
        text="The Minister will take approximately an hour to deal with the various points made and I suggest that provisionally we agree to let the Minister in at 9.30 p.m.",
        due=None,
        vague=False,
        said="1970-01-15 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN70,
        published="1970-01-15",
    ),
    # a question (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="If by 5 p.m. it seems that this will be impossible, will the House then adjourn until next week?",
        due=None,
        vague=False,
        said="1970-01-15 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN70,
        published="1970-01-15",
    ),
    # 'It would be better if we waited to see until 5 p.m.': a proposal (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="It would be better if we waited to see until 5 p.m.",
        due=None,
        vague=False,
        said="1970-01-15 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN70,
        published="1970-01-15",
    ),
    # a question seeking to confirm a time (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="Can we take it for granted there will be a discussion on the matter at 5 p.m.?",
        due=None,
        vague=False,
        said="1970-01-15 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEN70,
        published="1970-01-15",
    ),
    # told as going to happen: the first 5 p.m. after speaking (CONVENTIONS 6.3): 15 January 1970 17:00 IST. unsure: a careful reader could give due None ('I understand', a hedged report of another's plan, CONVENTIONS 4.3)
    B(
        text="I understand the matter will be considered again at 5 p.m.",
        due="1970-01-15 16:00:00",
        vague=False,
        said="1970-01-15 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEN70,
        published="1970-01-15",
    ),
    # Australian Bureau of Statistics (media release 'Census 2021 - it is not too late', as carried by bharattimes.com, dated 2021/08/13 in its address, Friday; ABS content is CC BY 4.0 as abs.gov.au states); zone Australia/Sydney (AEST); no hour: said 13 August 2021 10:00 AEST. Sentences without a time word, the one whose only time word is 'still', the one whose only year names the Census and the last, cut off, are not taken. Census night, named as past: past
    B(
        text="Census night was Tuesday 10 August, but it’s not too late to participate.",
        due=None,
        vague=False,
        said="2021-08-13 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS13A,
        published="2021-08-13",
    ),
    # the overdue notice follows the household's not answering 'soon', an undated condition: event (CONVENTIONS 5.2). unsure: a careful reader could give vague, 60 days (12 October 2021, end of day, CONVENTIONS 5.1)
    B(
        text="If we don’t hear from you soon, you’ll get an overdue notice and/or a visit from our field staff.",
        due=None,
        vague=False,
        said="2021-08-13 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABS13A,
        published="2021-08-13",
    ),
    # the Census, 'held on Tuesday 10 August 2021', before the release: past
    B(
        text="The Census, held on Tuesday 10 August 2021, is a snapshot of who we are and tells the story of how we are changing.",
        due=None,
        vague=False,
        said="2021-08-13 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS13A,
        published="2021-08-13",
    ),
    # Australian Bureau of Statistics (media release 'Field Officers visit communities reminding people to complete the Census', on abs.gov.au, 'Released 23/08/2021', Monday; CC BY 4.0 as abs.gov.au states); zone Australia/Sydney (AEST); no hour: said 23 August 2021 10:00 AEST. The sentence whose only time word is 'to date', those without a time word and the last, whose only year names an Act, are not taken. Field officers visiting 'this week', told as under way: the end of the week, Sunday 29 August 2021, end of day. unsure: a careful reader could give 23 August 2021, end of day ('to do so today') or due None (the 'today' is a request to the public, CONVENTIONS 4.3)
    B(
        text="Field Officers are visiting communities across the country this week dropping off reminders or a paper form to encourage people who haven’t completed the Census to do so today.",
        due="2021-08-29 13:59:59",
        vague=False,
        said="2021-08-23 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS23A,
        published="2021-08-23",
    ),
    # a tally as of a past hour: past
    B(
        text="As of Monday 23 August at 8:00am, the Australian Bureau of Statistics (ABS) estimates it has received 8,762,036 completed forms in the 2021 Census.",
        due=None,
        vague=False,
        said="2021-08-23 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS23A,
        published="2021-08-23",
    ),
    # 'we urge people to complete their Census today': a request to others (CONVENTIONS 4.3): due None, no refusal word. unsure: a careful reader could give 23 August 2021, end of day (CONVENTIONS 2.1)
    B(
        text="It’s important to remember that Census data helps plan and deliver crucial services to individuals, families, and communities so we urge people to complete their Census today.",
        due=None,
        vague=False,
        said="2021-08-23 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS23A,
        published="2021-08-23",
    ),
    # 'remember to mail it back as soon as possible': a request to the reader, not the speaker's undertaking (CONVENTIONS 4.3, 5.1): due None, no refusal word. unsure: a careful reader could give vague, 60 days (22 October 2021, end of day)
    B(
        text="If you’ve already completed a paper form, remember to mail it back as soon as possible by using the reply-paid envelope provided.",
        due=None,
        vague=False,
        said="2021-08-23 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS23A,
        published="2021-08-23",
    ),
    # Australian Bureau of Statistics (media release urging households to act on reminder letters, as carried by miragenews.com; CC BY 4.0 as abs.gov.au states); zone Australia/Sydney (AEST); the stored text prints no date: read on Monday 13 September 2021, the day of its own tally ('As of Monday 13 September at 8:00am'), 10:00 AEST. Sentences whose only time word is 'now' or 'still', those without a time word and the one whose only year names an Act are not taken. The Statistician 'is urging' households to act today: a request to others (CONVENTIONS 4.3): due None, no refusal word. unsure: a careful reader could give 13 September 2021, end of day (CONVENTIONS 2.1)
    B(
        text="The Australian Statistician, Dr David Gruen, is urging households that haven't completed the Census to action their reminder letter today.",
        due=None,
        vague=False,
        said="2021-09-13 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS13S,
        published="2021-09-13",
    ),
    # a fine 'a day' under a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="The Notice explains that if someone doesn't complete the Census, they can be prosecuted and fined up to $222 a day because ultimately the Census is compulsory.",
        due=None,
        vague=False,
        said="2021-09-13 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS13S,
        published="2021-09-13",
    ),
    # a tally as of an hour already past: past
    B(
        text="As of Monday 13 September at 8:00am, the ABS estimates it has received 9,484,122 completed forms in the 2021 Census.",
        due=None,
        vague=False,
        said="2021-09-13 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS13S,
        published="2021-09-13",
    ),
    # 'so far', 'on time': thanks for what was done: past
    B(
        text='Dr Gruen said, "This is a good result so far and I thank everyone who completed their Census on time.',
        due=None,
        vague=False,
        said="2021-09-13 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS13S,
        published="2021-09-13",
    ),
    # 'you can go online and complete today': a possibility open to the reader, no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="If you don't have your Census letter, you can go online and complete today.",
        due=None,
        vague=False,
        said="2021-09-13 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS13S,
        published="2021-09-13",
    ),
    # 'remember to post your form ... today': a request to the reader (CONVENTIONS 4.3): due None, no refusal word. unsure: a careful reader could give 13 September 2021, end of day
    B(
        text="For people who have completed a paper form but haven't returned it, remember to post your form to the ABS today using the reply-paid envelope supplied.",
        due=None,
        vague=False,
        said="2021-09-13 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS13S,
        published="2021-09-13",
    ),
    # a one-off closure in 'late September' (days 21 to 30, parser docstring): the later end, 30 September 2021, end of day (CONVENTIONS 3.1, 6.1)
    B(
        text="In late September, the Census website, including the online form, and customer service channels will close.",
        due="2021-09-30 13:59:59",
        vague=False,
        said="2021-09-13 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS13S,
        published="2021-09-13",
    ),
    # 'Until then' points to the closure, which only the sentence before dates (CONVENTIONS 6.3's reasoning): hung on an undated event: event (CONVENTIONS 1.3). unsure: a careful reader could give 30 September 2021, end of day (visits kept up until the closure, CONVENTIONS 3.3)
    B(
        text="Until then, Census Field Officers will continue to visit households that haven't completed during this period.",
        due=None,
        vague=False,
        said="2021-09-13 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABS13S,
        published="2021-09-13",
    ),
    # a request to owners to report (CONVENTIONS 4.3); Census night is past: due None, no refusal word. unsure: a careful reader could give past (the only time word, Census night, is past)
    B(
        text="The ABS is also requesting people with a second property-such as a holiday home or investment property-to go online and report if it was vacant or unoccupied on Census night.",
        due=None,
        vague=False,
        said="2021-09-13 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS13S,
        published="2021-09-13",
    ),
    # NZ Department of Conservation (media release 'Get involved with blue duck at Ruapehu during Conservation Week', on doc.govt.nz, 'Date: 08 September 2009', Tuesday; CC BY 4.0 as doc.govt.nz states); zone Pacific/Auckland (NZST, daylight time began on 27 September 2009); no hour: said 8 September 2009 10:00 NZST. The lead line before the date. The open day on Saturday 12 September from 9.30am, a one-off event at its time (CONVENTIONS 3.1): 12 September 2009 09:30 NZST. unsure: a careful reader could give due None (an invitation to the reader, CONVENTIONS 4.3) or the end of that day
    B(
        text="Get involved at an open day on Saturday 12 September 2009 at the DOC Ohakune Field Centre from 9.30am.",
        due="2009-09-11 21:30:00",
        vague=False,
        said="2009-09-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=2,
        source=_DOC09,
        published="2009-09-08",
    ),
    # Conservation Week, 13 - 20 September 2009: the later end of the range (CONVENTIONS 6.1): 20 September 2009, end of day. unsure: a careful reader could give due None ('you can celebrate', a possibility, CONVENTIONS 4.2)
    B(
        text="You don’t have to be seasoned conservationist to enjoy the treasures ‘mother nature’ has to offer, you can celebrate New Zealand’s unique wildlife, natural areas and historic places right in your own ‘backyard’ during Conservation Week, 13 – 20 September 2009.",
        due="2009-09-20 11:59:59",
        vague=False,
        said="2009-09-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_DOC09,
        published="2009-09-08",
    ),
    # the programme 'commences with an Open Day' at 9.30am on 12 September: a one-off start at its time (CONVENTIONS 3.1): 12 September 2009 09:30 NZST
    B(
        text="The Ruapehu Area programme commences with an Open Day on Saturday 12 September 2009 at the DOC Ohakune Field Centre from 9.30am.",
        due="2009-09-11 21:30:00",
        vague=False,
        said="2009-09-07 22:00:00",
        tz="Pacific/Auckland",
        cluster=2,
        source=_DOC09,
        published="2009-09-08",
    ),
    # 'the day' is the open day, which only other sentences date: event (CONVENTIONS 1.3, 6.3's reasoning). unsure: a careful reader could give due None with no refusal word (a theme, no act)
    B(
        text="The theme for the day is ‘Get Involved with Whio’ and is an opportunity to learn about this very unique blue duck that lives in the rivers and streams in and around Tongariro National Park.",
        due=None,
        vague=False,
        said="2009-09-07 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC09,
        published="2009-09-08",
    ),
    # 'throughout the day' of the open day, undated in the sentence: event (CONVENTIONS 1.3)
    B(
        text="Both Alison and blue duck ranger Dean Flavell will be available throughout the day to talk to the public about the challenges and rewards of monitoring blue duck and provide insight into this very private bird’s life.",
        due=None,
        vague=False,
        said="2009-09-07 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC09,
        published="2009-09-08",
    ),
    # 'at the end of the day' of the undated open day, on a condition: event (CONVENTIONS 1.3)
    B(
        text="If we get 12 stoat traps built quickly, we will strive to set up a trap line at the end of the day.",
        due=None,
        vague=False,
        said="2009-09-07 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC09,
        published="2009-09-08",
    ),
    # a one-hour hike at the open day, undated in the sentence: event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a length, not a deadline)
    B(
        text="Other activities at the open day include a one-hour hike through the Mangawhero forest, learning about river water quality, making flax novelties, face painting and animal balloons for the children.",
        due=None,
        vague=False,
        said="2009-09-07 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC09,
        published="2009-09-08",
    ),
    # NZ Department of Conservation (media release 'Whio at the Tongariro National Trout Centre', on doc.govt.nz, 'Date: 26 May 2017', Friday; CC BY 4.0 as doc.govt.nz states); zone Pacific/Auckland (NZST); no hour: said 26 May 2017 10:00 NZST. Sentences without a time word are not taken. The lead line: a season's results: past
    B(
        text="The centre had a successful season with 43 whio from its crèche released onto central North Island rivers.",
        due=None,
        vague=False,
        said="2017-05-25 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC17,
        published="2017-05-26",
    ),
    # '2017 was a very successful year': the season told as done: past
    B(
        text="DOC says 2017 was a very successful year for the Whio Hardening Facility at the Tongariro National Trout Centre with 43 of these nationally vulnerable birds passing through the creche before being released on rivers throughout the central North Island.",
        due=None,
        vague=False,
        said="2017-05-25 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC17,
        published="2017-05-26",
    ),
    # 'This season has been': past
    B(
        text="“This season has been the most successful yet for the whio and the facility as a result of the dedicated work of DOC staff, volunteers, iwi and community conservation groups such as the Central North Island Blue Duck Trust, Ngāti Hikairo ki Tongariro and Blue Duck Lodge”, he says.",
        due=None,
        vague=False,
        said="2017-05-25 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC17,
        published="2017-05-26",
    ),
    # NZ Department of Conservation (media release on the Ngā Tapuwae o Toi walkway, on doc.govt.nz, 'Date: 05 June 2019', Wednesday; CC BY 4.0 as doc.govt.nz states); zone Pacific/Auckland (NZST); no hour: said 5 June 2019 10:00 NZST. Sentences without a time word or with only 'ongoing' or 'quickly' are not taken. A closure from 6 am to 6 pm on Tuesday 11 June: at the later end (CONVENTIONS 3.3, 6.1): 11 June 2019 18:00 NZST
    B(
        text="A section of the Ngā Tapuwae o Toi walkway, on Kōhī Point Scenic Reserve will be closed to the public from 6 am to 6 pm Tuesday 11 June, to allow DOC to carry out a controlled deer-shooting operation.",
        due="2019-06-11 06:00:00",
        vague=False,
        said="2019-06-04 22:00:00",
        tz="Pacific/Auckland",
        cluster=2,
        source=_DOC19,
        published="2019-06-05",
    ),
    # sightings received, the last on 18 May: past
    B(
        text="DOC has received several accounts of deer sightings within the Kōhī Point Scenic Reserve, with the most recent sighting by Departmental staff on 18 May.",
        due=None,
        vague=False,
        said="2019-06-04 22:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC19,
        published="2019-06-05",
    ),
    # signage 'on the day of the closure', a day this sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give past (the signs already placed, CONVENTIONS 2.4)
    B(
        text="Advanced notice signs have been placed at entrance points to the track, with additional track closure signage being installed on the day of the closure.",
        due=None,
        vague=False,
        said="2019-06-04 22:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC19,
        published="2019-06-05",
    ),
    # NZ Department of Conservation (media release 'Temporary Whakatāne reserve closures in July', 'Source: Department of Conservation', 'Date: 02 July 2024', Tuesday, as carried on a category page of rnzngin.fifthestate.nz; CC BY 4.0 as doc.govt.nz states); zone Pacific/Auckland (NZST); no hour: said 2 July 2024 10:00 NZST. Sentences without a time word and the one whose only time word is 'future generations' are not taken. Closures 'during July': the end of July 2024 (CONVENTIONS 6.1)
    B(
        text="Three prominent reserves in and around Whakatane will be temporarily closed to all public access during July for animal control operations to protect and enhance the mauri of the ngahere/forest.",
        due="2024-07-31 11:59:59",
        vague=False,
        said="2024-07-01 22:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOC24,
        published="2024-07-02",
    ),
    # closures between Monday 22 July and Thursday 25 July: the later end, 25 July 2024, end of day (CONVENTIONS 6.1)
    B(
        text="Ōhope Scenic Reserve, Kōhī Point Reserve, and Mokorua Bush Scenic Reserve are scheduled for short, staggered closures between Monday 22 July and Thursday 25 July while contractors conduct wild pig and deer control.",
        due="2024-07-25 11:59:59",
        vague=False,
        said="2024-07-01 22:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_DOC24,
        published="2024-07-02",
    ),
    # the staggered schedule: the latest closure ends Thursday 25 July: 25 July 2024, end of day (CONVENTIONS 6.1). The carrying page's stored text stops at 'to Thur'; the words after it are the same release's as printed elsewhere (noted in README.md)
    B(
        text="Kōhī Point Reserve will be closed on Monday 22 July, Mokorua Bush Scenic Reserve on Tuesday 23 July, and Ōhope Scenic Reserve will be closed from Wednesday 24 July to Thursday 25 July.",
        due="2024-07-25 11:59:59",
        vague=False,
        said="2024-07-01 22:00:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_DOC24,
        published="2024-07-02",
    ),
    # Wikinews ('New Zealand's 2006 Census is held tonight', Tuesday, March 7, 2006, on en.wikinews.org; CC BY 2.5); the article is told from New Zealand ('Tonight is Census night in New Zealand'): zone Pacific/Auckland (NZDT); no hour: said 7 March 2006 10:00 NZDT. Sentences without a time word and the one whose only time word is 'usually' are not taken. Census night tonight, the night the forms must be filled in: 7 March 2006, end of day. unsure: a careful reader could give due None with no refusal word (a description of the night, no act)
    B(
        text="Tonight is Census night in New Zealand, when all people in the country are legally required to fill in Census forms.",
        due="2006-03-07 10:59:59",
        vague=False,
        said="2006-03-06 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_WN06,
        published="2006-03-07",
    ),
    # 'every five years since 1881': a standing schedule: recurring (CONVENTIONS 1.3). unsure: a careful reader could give past ('has done so')
    B(
        text="The census of population and dwellings is conducted by the New Zealand government department Statistics New Zealand, which (with two exceptions) has done so every five years since 1881.",
        due=None,
        vague=False,
        said="2006-03-06 21:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_WN06,
        published="2006-03-07",
    ),
    # 'This year is the first time': a state of the year, no act undertaken: due None, no refusal word. unsure: a careful reader could give 31 December 2006, end of day
    B(
        text="This year is the first time that New Zealanders can choose whether to fill in the traditional paper forms or fill them out online.",
        due=None,
        vague=False,
        said="2006-03-06 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_WN06,
        published="2006-03-07",
    ),
    # collectors 'were employed this year': past
    B(
        text="6500 Census collectors were employed this year to deliver the forms and collect them over the days following the Census, along with 400 supervisors.",
        due=None,
        vague=False,
        said="2006-03-06 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_WN06,
        published="2006-03-07",
    ),
    # 'As in previous years ... have tried': past
    B(
        text="As in previous years, some people have tried to evade the Census.",
        due=None,
        vague=False,
        said="2006-03-06 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_WN06,
        published="2006-03-07",
    ),
    # 'overnight', told of what was done: past
    B(
        text='Another man announced he had been cryogenically frozen overnight and pronounced "legally dead" to avoid filling in the forms.',
        due=None,
        vague=False,
        said="2006-03-06 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_WN06,
        published="2006-03-07",
    ),
    # '$20 a day until they do': a standing penalty: recurring (CONVENTIONS 1.3)
    B(
        text="If the person still doesn't fill out the form, the ongoing cost is $20 a day until they do.",
        due=None,
        vague=False,
        said="2006-03-06 21:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_WN06,
        published="2006-03-07",
    ),
    # results scheduled for May 2006: 31 May 2006, end of day (NZST)
    B(
        text="Preliminary Census results are scheduled to be released in May 2006.",
        due="2006-05-31 11:59:59",
        vague=False,
        said="2006-03-06 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_WN06,
        published="2006-03-07",
    ),
    # US Bureau of Economic Analysis (blog notice 'New date set for January consumer spending', on bea.gov, dated February 28, 2019, Thursday; US federal work, public domain); zone America/New_York (EST); no hour: said 28 February 2019 10:00 EST. The sentence whose only time word is 'temporarily' and the one without a time word are not taken. Rescheduled for release March 29, a later time of the act's own (CONVENTIONS 2.3): 29 March 2019, end of day (EDT)
    B(
        text="Statistics on consumer spending in January, also known as personal consumption expenditures, have been rescheduled for release March 29 because of the effects of the temporary lapse in federal funding.",
        due="2019-03-30 03:59:59",
        vague=False,
        said="2019-02-28 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_BEA19,
        published="2019-02-28",
    ),
    # 'typically releases each month's ... data': a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="The U.S. Bureau of Economic Analysis typically releases each month’s personal income and spending data together in the Personal Income and Outlays report.",
        due=None,
        vague=False,
        said="2019-02-28 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_BEA19,
        published="2019-02-28",
    ),
    # a release on March 29: 29 March 2019, end of day (EDT)
    B(
        text="On March 29, personal income for February will be released as originally scheduled.",
        due="2019-03-30 03:59:59",
        vague=False,
        said="2019-02-28 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_BEA19,
        published="2019-02-28",
    ),
    # 'for February' names the data, not a time of the act; the report is dated only in the sentence before: due None, no refusal word. unsure: a careful reader could give negated ('will not include')
    B(
        text="However, that report will not include figures on consumer spending, personal saving, and the PCE price indexes for February.",
        due=None,
        vague=False,
        said="2019-02-28 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BEA19,
        published="2019-02-28",
    ),
    # 'for January' names the data; 'it' is the report dated in another sentence: due None, no refusal word. unsure: a careful reader could give event (the report, undated here, CONVENTIONS 1.3)
    B(
        text="Instead, it will include consumer spending, personal saving, the PCE price indexes, and related data for January.",
        due=None,
        vague=False,
        said="2019-02-28 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BEA19,
        published="2019-02-28",
    ),
    # an item of 'The updated schedule': released March 1 at 8:30 a.m., the next day (CONVENTIONS 3.1): 1 March 2019 08:30 EST
    B(
        text="Personal Income and Outlays for December 2018 and Personal Income only for January 2019 released March 1 at 8:30 a.m.",
        due="2019-03-01 13:30:00",
        vague=False,
        said="2019-02-28 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_BEA19,
        published="2019-02-28",
    ),
    # the next item: released March 29 at 8:30 a.m. (CONVENTIONS 3.1): 29 March 2019 08:30 EDT
    B(
        text="Personal Income for February 2019 and Personal Outlays for January 2019 released March 29 at 8:30 a.m.",
        due="2019-03-29 12:30:00",
        vague=False,
        said="2019-02-28 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_BEA19,
        published="2019-02-28",
    ),
    # a request to visit the schedule; 'February' names data, 'future' is general: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="For future information about the scheduling of personal spending statistics for February, and any additional changes to BEA’s release calendar, please visit the news release schedule on our website.",
        due=None,
        vague=False,
        said="2019-02-28 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_BEA19,
        published="2019-02-28",
    ),
    # National Weather Service (Public Information Statement 16-23, Comment Request, on nws.noaa.gov; US federal work, public domain); zone America/New_York; the page gives the hour '223 PM EDT' (and the date 11 July 2016, printed with the weekday 'Fri', which the calendar gives as Monday; the header's '111823' agrees with the 11th): said 11 July 2016 14:23 EDT. The subject line and the sentence whose only time word is 'real-time' are not taken. Twitter used 'since 2014': past
    B(
        text="The NWS has been using Twitter operationally as a supplemental channel to disseminate environmental information and content related to environmental education and preparedness since 2014.",
        due=None,
        vague=False,
        said="2016-07-11 18:23:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NWS16,
        published="2016-07-11",
    ),
    # a comment window 'through August 11, 2016' falls due at its end (CONVENTIONS 1.1): 11 August 2016, end of day (EDT)
    B(
        text="Based on our experience using Twitter, NWS has updated the description of its service via Twitter and is seeking comments through August 11, 2016 on this updated document:",
        due="2016-08-12 03:59:59",
        vague=False,
        said="2016-07-11 18:23:00",
        tz="America/New_York",
        cluster=4,
        source=_NWS16,
        published="2016-07-11",
    ),
    # National Weather Service (Public Information Statement 19-36 Updated, as shown on marine.weather.gov; US federal work, public domain); zone America/New_York; the page gives the hour '1130 AM EDT Thu Oct 9 2025': said 9 October 2025 11:30 EDT. The subject line, the sentence without a time word and the last, cut off, are not taken. The comment period extended 'through May 15, 2026': at its end (CONVENTIONS 1.1): 15 May 2026, end of day (EDT)
    B(
        text="Updated to extend comment period through May 15, 2026.",
        due="2026-05-16 03:59:59",
        vague=False,
        said="2025-10-09 15:30:00",
        tz="America/New_York",
        cluster=4,
        source=_NWS25,
        published="2025-10-09",
    ),
    # the feedback opportunity kept open through May 15, 2026 (CONVENTIONS 1.1, 3.3): 15 May 2026, end of day (EDT)
    B(
        text="Through May 15, 2026, the National Weather Service (NWS) is extending the opportunity for user feedback on the experimental Winter Storm Outlook (WSO).",
        due="2026-05-16 03:59:59",
        vague=False,
        said="2025-10-09 15:30:00",
        tz="America/New_York",
        cluster=4,
        source=_NWS25,
        published="2025-10-09",
    ),
    # 'no consequential changes for Winter 2025-2026': the time of any change is denied (CONVENTIONS 4.1): negated. unsure: a careful reader could give due None with no refusal word (the season names what the product covers, no act is dated)
    B(
        text="There are no consequential changes for Winter 2025-2026.",
        due=None,
        vague=False,
        said="2025-10-09 15:30:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_NWS25,
        published="2025-10-09",
    ),
    # 'over the next four (4) days' of any forecast: a standing description of the product: recurring (CONVENTIONS 1.3)
    B(
        text="The WSO depicts the probability of exceeding Winter Storm Warning criteria for both snow and ice over the next four (4) days for any given location in the contiguous United States (CONUS), thus alerting the public and NWS partners of the timing and location of a significant winter threat.",
        due=None,
        vague=False,
        said="2025-10-09 15:30:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NWS25,
        published="2025-10-09",
    ),
    # '24-hour' outlooks, a standing description: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a period of validity, no act)
    B(
        text="The public will have access to WSO maps consisting of four (4) individual 24-hour snow and freezing rain outlooks.",
        due=None,
        vague=False,
        said="2025-10-09 15:30:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NWS25,
        published="2025-10-09",
    ),
    # an issuing schedule of six times a day: recurring (CONVENTIONS 1.3)
    B(
        text="These outlooks will be issued at 0200, 0600, 0900, 1400, 1800, and 2100 Coordinated Universal Time (UTC)(one each for Day 1, 2, 3, and 4, with 12 to 12 UTC valid times).",
        due=None,
        vague=False,
        said="2025-10-09 15:30:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_NWS25,
        published="2025-10-09",
    ),
    # Bureau of Labor Statistics (joint statement of the BLS Commissioner and the Assistant Secretary of Labor for Public Affairs on the early release of embargoed data, on blsmon1.bls.gov; US federal work, public domain); zone America/New_York (EST); the stored text prints no date: read on Monday 8 December 2008, the week after the Wednesday 3 and Friday 5 December it calls 'last Wednesday and Friday', 10:00 EST (every label here is a refusal, so the day chosen in that week moves none). Sentences without a time word and the one whose only time word is 'since' are not taken. Lockup access 'a half hour in advance' of every release: a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="The U.S. Department of Labor Office of Public Affairs allows credentialed reporters access to Bureau of Labor Statistics reports on principal federal economic indicators under ‘lockup’ conditions a half hour in advance of their official release on an embargoed basis.",
        due=None,
        vague=False,
        said="2008-12-08 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_BLS08,
        published="2008-12-08",
    ),
    # data scheduled for Friday, Dec. 5, 8:30 a.m., transmitted early: past
    B(
        text="Data from the November 2008 Employment Situation news report that was scheduled for release Friday, Dec. 5, at 8:30 a.m. EST were inadvertently transmitted from the lockup facility approximately 25 seconds early.",
        due=None,
        vague=False,
        said="2008-12-08 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BLS08,
        published="2008-12-08",
    ),
    # 'occurred Wednesday, Dec. 3': past
    B(
        text="A similar situation occurred Wednesday, Dec. 3, when data on Productivity and Costs were released approximately three and a half minutes early.",
        due=None,
        vague=False,
        said="2008-12-08 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BLS08,
        published="2008-12-08",
    ),
    # 'On Friday morning, Dec. 5, ... informed us': past
    B(
        text="On Friday morning, Dec. 5, a wire service bureau chief informed us that his outlet had inadvertently released data from the lockup facility early to subscribers on both occasions.",
        due=None,
        vague=False,
        said="2008-12-08 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BLS08,
        published="2008-12-08",
    ),
    # 'that occurred last Wednesday and Friday': past
    B(
        text="The early transmissions that occurred last Wednesday and Friday were accidental and followed a recent technical change in hardware configuration.",
        due=None,
        vague=False,
        said="2008-12-08 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BLS08,
        published="2008-12-08",
    ),
    # Office for National Statistics ('Census 2021 update for Chief Executives', 18 February 2021, Thursday, a GovDelivery bulletin of the UKONS account; Crown copyright, OGL); zone Europe/London (GMT); no hour: said 18 February 2021 10:00 GMT. Sentences without a time word and the one whose only time word is 'never' are not taken. The Census 'going ahead ... on 21 March 2021', a one-off event (CONVENTIONS 3.1): 21 March 2021, end of day (GMT)
    B(
        text="Thank you for your ongoing support in relation to the 2021 Census, which is going ahead in England and Wales on 21 March 2021.",
        due="2021-03-21 23:59:59",
        vague=False,
        said="2021-02-18 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS21,
        published="2021-02-18",
    ),
    # households informed by post 'from 22 February', a mailing given only its start (CONVENTIONS 3.2): earliest, 22 February 2021 00:00. unsure: a careful reader could give 22 February 2021, end of day (a one-off mailing that starts then, CONVENTIONS 3.1)
    B(
        text="Every household in England and Wales will be informed by post from 22 February that the census is coming.",
        due=None,
        vague=False,
        said="2021-02-18 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2021-02-22 00:00:00",
        cluster=5,
        source=_ONS21,
        published="2021-02-18",
    ),
    # letters 'In early March' (days 1 to 10, parser docstring): 10 March 2021, end of day
    B(
        text="In early March, they will then receive a letter inviting them to take part online and explaining how they can access support.",
        due="2021-03-10 23:59:59",
        vague=False,
        said="2021-02-18 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONS21,
        published="2021-02-18",
    ),
    # 'only after Census Day', a start hung on the day this sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give earliest (a lower bound only, CONVENTIONS 3.2)
    B(
        text="The main census field operation will begin only after Census Day.",
        due=None,
        vague=False,
        said="2021-02-18 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_ONS21,
        published="2021-02-18",
    ),
    # UK Statistics Authority, Office for Statistics Regulation (letter of Ed Humpherson to Sir Ian Diamond confirming National Statistics designation for Census 2021 outputs, on osr.statisticsauthority.gov.uk; Crown copyright, OGL); zone Europe/London (BST); the stored text prints no date: read on Monday 27 June 2022, the day before the first Census 2021 population estimates were published (28 June 2022), which the letter's first sentence calls 'Tomorrow', 10:00 BST. Sentences whose only year names the Census or a report and the last, cut off, are not taken. 'Tomorrow will see the publication': 28 June 2022, end of day
    B(
        text="Tomorrow will see the publication of the first estimates of the population of England and Wales on Census Day 2021.",
        due="2022-06-28 22:59:59",
        vague=False,
        said="2022-06-27 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OSR22,
        published="2022-06-27",
    ),
    # data 'which will become available over the coming year' (a year from the moment of speaking, parser docstring): 27 June 2023, end of day; 'mid-2021' names estimates. unsure: a careful reader could give due None with no refusal word (what the estimates sit among, not an undertaking)
    B(
        text="These census estimates will sit within the broader landscape of population data which will become available over the coming year, including mid-2021 and rebased population estimates, and research outputs from ONS’s administrative data-based population and migration transformation programme.",
        due="2023-06-27 22:59:59",
        vague=False,
        said="2022-06-27 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OSR22,
        published="2022-06-27",
    ),
    # FEMA (release 'Disaster Recovery Center in Taylor County to Close Sept. 20', dateline TALLAHASSEE, Fla., dated 2024-09-20 on the carrying page einpresswire.com, Friday; US federal work, public domain); zone America/New_York (EDT); no hour: said 20 September 2024 10:00 EDT. The dateline, the address lines and the contact lines are not taken. A closure 'at 7 p.m. Friday, Sept. 20', a one-off event at its time (CONVENTIONS 3.1): 20 September 2024 19:00 EDT
    B(
        text="The Disaster Recovery Center in Taylor County will close permanently at 7 p.m. Friday, Sept. 20.",
        due="2024-09-20 23:00:00",
        vague=False,
        said="2024-09-20 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FEMA24,
        published="2024-09-20",
    ),
    # opening hours 'Monday-Friday': a standing schedule: recurring (CONVENTIONS 1.3)
    B(
        text="Open 9 a.m.–7 p.m. Monday-Friday",
        due=None,
        vague=False,
        said="2024-09-20 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA24,
        published="2024-09-20",
    ),
)
