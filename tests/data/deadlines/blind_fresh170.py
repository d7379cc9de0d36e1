"""A HUNDRED-AND-SEVENTIETH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 01:06 and 01:20 by a labelling helper (branch
issue12l170-s60) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 60 (fresh169, fresh171 to fresh173), whose claims in the shared claims file were treated
as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in full (4.3
included), the docstring, comments, some cases and the README section of `blind_fresh168.py`, the field
list and the docstring conventions of `BlindCase` in `blind_real.py`, the docstring of
`tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows, parts of
the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of `bot/core/deadlines/` was
opened. The brief asked for UK Commons debates of 2005-2020 (Westminster Hall and adjournment debates, not
business statements), Lords written statements, US Department of the Interior, BLM and Fish and Wildlife
Service releases, NASA advisories and media notes, Statistics Canada release notes and European Commission
press releases (not the Daily News); at least eight publishers, none above a fifth, at most a third from
the United States; about 80 cases (at least 60).

The set quotes UK Parliament (two Westminster Hall debates of 24 June and 10 September 2015 on Hansard, and
Commons oral answers of 21 December 2017 as carried by Parallel Parliament), the Houses of the Oireachtas
(Dáil Questions on Policy or Legislation of 22 May 2025, 10 May 2023 and 2 July 2025, as carried by
KildareStreet.com), Statistics Canada (The Daily's media-room page of 17 April 2014 and the user-information
page of The Consumer Price Index for January 2017), the European Commission (press releases IP/06/900,
IP/03/1005 and IP/18/6170 on europa.eu, and IP/09/266 as carried by digitaltvnews.net), NASA (media advisory
M09-032 on Kepler, as carried by redOrbit), the Bureau of Land Management (its release of April 2016 on the
planning rule), the Fish and Wildlife Service (its Bliss Rapids snail page of July 2004) and the US
Geological Survey (its newsroom release of 2 November 1995, in the USGS archive). 73 cases from 8
publishers (the Oireachtas 14 (19.2%); UK Parliament 13 (17.8%); the European Commission 12 (16.4%);
Statistics Canada 11 (15.1%); the USGS 7 (9.6%); NASA 6 (8.2%); the BLM 6 (8.2%); the Fish and Wildlife
Service 4 (5.5%)). 23 of the 73 (31.5%) are from the United States (USGS, NASA, BLM, FWS); 50 are not.

The store is heavily mined: of about 110 addresses and phrases checked with `fresh_check.py`, most read
used (NASA advisories on nasa.gov and their spinics.net and PR Newswire copies, BLM lease-sale notices,
Statistics Canada release calendars and Daily front pages, Parliament's written-statements listings (so no
Lords written statement could be taken), Hansard business statements and Lords debates, kildarestreet and
oireachtas.ie Orders of Business of 2008-2017, the Commission's infringement memos and IP/18/353, the DOI's
own release of 24 June 2009, GOV.UK press releases on ukpol.co.uk and government-world.com, Wikinews
election stories). Each page's cases share one `source` constant, so
whole pages can be dropped.

Left out, and why. Claimed (`fresh170`) but not used, to keep the caps (a fifth for each publisher, a third
for the United States) or because their pages print no usable date: the BLM release on the Public Lands
Rule comment extension (2023, no date printed); the FWS releases on the Mexican wolf hearings (carried by a
blog on 28 October 2013) and on refuge hunting (2012, carried by tacticalatlas.com, no date printed); NASA's
Discovery launch-date release (redOrbit, 7 March 2009) and the spinics.net copy of M09-032; Statistics
Canada's Labour Force Survey release of 10 June 2022 (its place taken by the media-room page); the USGS
release of 6 October 2008 (archive ID 2032, checked fresh but not claimed or used); the Dáil
Orders of Business of 14 November 2023 and 27 February 2024 (mostly list items, not sentences) and the Dáil
page of 9 October 2025; the TheyWorkForYou copy of the 24 June 2015 debate and the freelists.org copy of
IP/09/266 (same texts as quoted). Dropped at the whole-sentence check: the Department of the Interior's
release of 24 November 2009 on the 2010 lease sales, as carried by NS Energy (claimed and labelled, but one
of its sentences reads USED, as one of its phrases had already read when the page was first checked, which
was overlooked then; the whole page was taken out, its 7 labels with it), and the first sentence of the
Statistics Canada media-room page (The Daily's release-hours boilerplate, which reads USED). Within the
pages kept: sentences whose only time words are general
("now", "at the moment", "usually", "monthly", "daily", "anymore", a rate "a year") or whose only year names an Act or a
call for proposals; sentences without a time word ("quickly", "gradually", "longstanding" are taken as
none); titles, headings, date lines, links, tables and list items; sentences cut off where the stored
opening ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time,
"today", "this afternoon", "next year", "this year", "by 2020", "in the next two years", "for 30 days",
"104 days", "no earlier than", "soon", "immediately", "every five years", "in just 12 hours", "in the past");
within each page quoted, the sentences of the stored opening that hold one were taken in page order, easy
or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh170`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole
with the same tool (skipping this file). Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for UK Parliament, Europe/Dublin for the
Oireachtas, America/Toronto for Statistics Canada, Europe/Brussels for the Commission, America/New_York for
NASA, the BLM and the USGS (its Reston office), America/Boise for the Fish and Wildlife Service page, which speaks for and takes
comments at its Snake River office in Boise, Idaho); the conversion of local instants to UTC wall time,
weekdays and day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh168.py`: the publication date at 10:00 local time unless the page gives the hour (the
Statistics Canada media-room page: The Daily's 8:30 a.m. Eastern; the Dáil page of 10 May 2023: 12:37 pm;
two KildareStreet pages print 5:55 am and 5:50 am, no sitting hour of the Dáil, and are read at 10:00);
the first comment of each page says where its date was read; a day falls due at 23:59:59 local; "today" on
the act as it is spoken at the end of that day (CONVENTIONS 2.1); acts told as done past (CONVENTIONS
2.4); a one-off event at a time due then (CONVENTIONS 3.1), a duty beginning in a period due at the
period's end (CONVENTIONS 3.1a); a lower bound only earliest (CONVENTIONS 3.2); a denied time replaced by a
new one due at the new one (CONVENTIONS 4.1); several times at the latest (CONVENTIONS 6.1); a clock time
with no day of its own at its first occurrence after the moment of speaking (CONVENTIONS 6.3); questions,
requests and possibilities due None with no refusal word (CONVENTIONS 4.2, 4.3); times hung on an undated
event are event (CONVENTIONS 1.3); standing rules and schedules recurring (CONVENTIONS 1.3); a year named as
a target due at its end. Three pages print no day of their own (the BLM release, the FWS page and the CPI
user-information page); their first comments say how the day was chosen, and no label of theirs depends
on the choice within the week. Clusters as in `blind_fresh168.py`: 1 no
time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals,
6 plain days and dates. 45 labels are refusals (past 32, event 7, recurring 5, earliest 1, negated 0);
none is vague; 21 labels carry a due instant; 7 have due None and no refusal word; 27 are marked "unsure"
and name the other reading; like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit
these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_WH15A = "https://hansard.parliament.uk/Commons/2015-06-24/debates/15062464000001/details"
_WH15B = "https://hansard.parliament.uk/Commons/2015-09-10/debates/15091024000001/details"
_HC17 = "https://parallelparliament.co.uk/mp/nic-dakin/debate/Commons/2017-12-21/debates/4C180700-217D-450D-8356-76E5835A424E/OralAnswersToQuestions"
_DAIL25A = "https://www.kildarestreet.com/debates/?id=2025-05-22a.317"
_DAIL23 = "https://www.kildarestreet.com/debates/?id=2023-05-10a.160"
_DAIL25B = "https://www.kildarestreet.com/debates/?id=2025-07-02a.188"
_SC14 = "http://www42.statcan.ca/smr_r000_e.htm"
_SC17 = "https://www150.statcan.gc.ca/n1/pub/62-001-x/2017001/userinfo-usagerinfo-eng.htm"
_EC06 = "http://europa.eu/rapid/press-release_IP-06-900_en.htm?locale=en"
_EC03 = "http://europa.eu/rapid/press-release_IP-03-1005_en.htm?locale=en"
_EC18 = "http://europa.eu/rapid/press-release_IP-18-6170_en.htm"
_EC09 = "https://www.digitaltvnews.net/?p=7088"
_NASA09 = (
    "http://www.redorbit.com/news/space/1646290/kepler_to_launch_march_6_aboard_delta_ii_rocket/"
)
_BLM16 = (
    "https://blm.gov/press-release/blm-extends-comment-period-proposed-land-use-planning-rule-0"
)
_FWS04 = "https://www.fws.gov/story/2004-07/service-conduct-5-year-review-bliss-rapids-snail"
_USGS95 = "https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=1397.html"

FRESH170_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (Hansard, House of Commons, Westminster Hall debate 'Superfast Broadband', 'Volume 597: debated on Wednesday 24 June 2015', [Mark Pritchard in the Chair], on hansard.parliament.uk; Open Parliament Licence, stated on Parliament's copyright page); zone Europe/London (BST); the date is the sitting's own, in the page's head line; the Hansard page gives no hour, so said Wednesday 24 June 2015 10:00 BST (the TheyWorkForYou copy of the same speech, also claimed, prints 2:30 pm; no label below depends on the hour). The title, the 'Relevant documents' note and 'I beg to move, That this House has considered superfast broadband roll-out.' hold no time word and are not taken. Prime Minister's questions 'earlier today', told as done: past
    B(
        text="Members who had the pleasure of being at Prime Minister’s questions earlier today will no doubt think that we have already considered superfast broadband roll-out, because it was by far the most popular subject for Members to ask the Prime Minister questions about.",
        due=None,
        vague=False,
        said="2015-06-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WH15A,
        published="2015-06-24",
    ),
    # the debate being held 'today', the act in progress as the words are spoken (CONVENTIONS 2.1; 'in our lifetime' sets no time). unsure: a careful reader could give due None with no refusal word, 'discussing today' only naming the debate under way and undertaking nothing [local due 2015-06-24 23:59:59 BST]
    B(
        text="What we are discussing today is by far the most important infrastructure programme that we will consider in our lifetime.",
        due="2015-06-24 22:59:59",
        vague=False,
        said="2015-06-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WH15A,
        published="2015-06-24",
    ),
    # the progress of the past five years and of the last few years; 'I will begin' names the speech's own next words, no time: past
    B(
        text="In fact, during the past five years the progress we have made on superfast broadband roll-out has been immense, and I will begin by covering some of the progress that we have made in the last few years.",
        due=None,
        vague=False,
        said="2015-06-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WH15A,
        published="2015-06-24",
    ),
    # 'I intentionally asked ... in rural areas.' holds no time word and is not taken. 'I ask that we also consider today': a request put to the House (CONVENTIONS 4.3), due None with no refusal word. unsure: a careful reader could give 2015-06-24 22:59:59 (the end of the day of speaking, CONVENTIONS 2.1), the speaker being one of those who consider it
    B(
        text="Geographically, the rural broadband programme remains an enormous task, because it covers about 40% of the country, but I ask that we also consider today the huge numbers of people in cities who often have very slow connections.",
        due=None,
        vague=False,
        said="2015-06-24 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WH15A,
        published="2015-06-24",
    ),
    # an undertaking announced in 2010 whose time ('by 2015') had not yet passed when spoken: the end of 2015 (CONVENTIONS 2.2: a day word on the verb of speaking is not the deadline, the reported act's own time is). unsure: a careful reader could give 'past', the sentence telling of an announcement made in 2010. The next sentence holds no time word; the rest of the stored opening is cut off [local due 2015-12-31 23:59:59 GMT]
    B(
        text="Back in 2010, shortly after the formation of the coalition Government, the then Culture Secretary announced that we would have the best broadband in Europe by 2015.",
        due="2015-12-31 23:59:59",
        vague=False,
        said="2015-06-24 09:00:00",
        tz="Europe/London",
        precision="year",
        cluster=6,
        source=_WH15A,
        published="2015-06-24",
    ),
    # UK Parliament (Hansard, House of Commons, Westminster Hall debate 'Rural Broadband', 'Volume 599: debated on Thursday 10 September 2015', on hansard.parliament.uk; Open Parliament Licence, as above); zone Europe/London (BST); no hour given, said Thursday 10 September 2015 10:00 BST. 'Thank you for passing the motion to me, Minister.', 'Don't worry, once I get going, it will be fine.' and the motion hold no time word and are not taken. 'Next time': an occasion this sentence does not date, event (CONVENTIONS 1.3)
    B(
        text="Next time, Mr Betts, I will make sure that I know the new procedure.",
        due=None,
        vague=False,
        said="2015-09-10 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_WH15B,
        published="2015-09-10",
    ),
    # 'It is a great pleasure to work under your chairmanship.' holds no time word. the questions promised 'at the end' of the speech, an end the sentence does not date: event ('this afternoon' is when the Minister is present). unsure: a careful reader could give 2015-09-10 17:00:00 (the end of 'this afternoon', 18:00 BST), the end of the speech falling within it
    B(
        text="It is a delight to have the Minister here this afternoon, and I shall put some questions to him at the end, which I am sure he will be more than able to answer.",
        due=None,
        vague=False,
        said="2015-09-10 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_WH15B,
        published="2015-09-10",
    ),
    # members turning up this afternoon, done when spoken: past
    B(
        text="I thank hon. Members for turning up this afternoon.",
        due=None,
        vague=False,
        said="2015-09-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WH15B,
        published="2015-09-10",
    ),
    # the three sentences after it hold no time word ('everyday' is general) and are not taken. a duty on farmers beginning 'next year' (2016): a duty that begins in a period is the rule taking effect (CONVENTIONS 3.1a), and a period falls due at its end (a range at its later end). unsure: a careful reader could give 'earliest' with earliest 2016-01-01 00:00:00, the duty only beginning some time in 2016. The rest of the stored opening holds no time word or is cut off [local due 2016-12-31 23:59:59 GMT]
    B(
        text="Theoretically, until we had to change the system, farmers were expected to deliver payments online, and next year they will have to, but if they do not have superfast broadband or a good internet connection that will be impossible.",
        due="2016-12-31 23:59:59",
        vague=False,
        said="2015-09-10 09:00:00",
        tz="Europe/London",
        precision="year",
        cluster=6,
        source=_WH15B,
        published="2015-09-10",
    ),
    # UK Parliament (House of Commons, Oral Answers to Questions, 'Thursday 21st December 2017', as carried by Parallel Parliament, which reproduces Hansard under the Open Parliament Licence; licence as above); zone Europe/London (GMT); no hour given, said Thursday 21 December 2017 10:00 GMT. 'cannot happen too soon': a wish, no undertaking of a time (CONVENTIONS 4.2), due None with no refusal word. unsure: a careful reader could give vague=True with the 60-day window of 'soon' (CONVENTIONS 5.1), 2018-02-19 23:59:59
    B(
        text="Yes, I strongly agree with the hon. Gentleman that the promises made on broadband need to be based on what people actually get, and the end of these so-called “up to” speeds cannot happen too soon.",
        due=None,
        vague=False,
        said="2017-12-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC17,
        published="2017-12-21",
    ),
    # 'Constituents in parts of my constituency ... at the moment.' holds only a general time word ('at the moment') and is not taken. a question about a time (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="Do they really have to wait until 2020 for the USO or will the Minister act more quickly?",
        due=None,
        vague=False,
        said="2017-12-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC17,
        published="2017-12-21",
    ),
    # the only time word is 'in the past', of what has happened: past. unsure: a careful reader could give 'negated', the Minister declining to commit to an earlier time than 2020
    B(
        text="I would like it to be in place more quickly if possible, but I am not willing to commit to that because this area has been bedevilled in the past by people overpromising and underdelivering.",
        due=None,
        vague=False,
        said="2017-12-21 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC17,
        published="2017-12-21",
    ),
    # 'we will have it in place by 2020': the end of 2020 [local due 2020-12-31 23:59:59 GMT]
    B(
        text="If we can go faster, we will, but we will have it in place by 2020.",
        due="2020-12-31 23:59:59",
        vague=False,
        said="2017-12-21 10:00:00",
        tz="Europe/London",
        precision="year",
        cluster=6,
        source=_HC17,
        published="2017-12-21",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, 'Thursday, 22 May 2025', Questions on Policy or Legislation, as carried by KildareStreet.com, which reproduces the Oireachtas record with a link to its source; Oireachtas (Open Data) PSI Licence, CC BY 4.0, in the Houses' copyright notice); zone Europe/Dublin (IST); the page prints '5:55 am' beside the first speech, which is no sitting hour of the Dáil (a clock of the carrying site), so said Thursday 22 May 2025 10:00 IST; no label below depends on the hour. nearly a decade at the Cabinet table: past
    B(
        text="I think the Tánaiste has been at the Cabinet table for nearly a decade, nine years or so.",
        due=None,
        vague=False,
        said="2025-05-22 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL25A,
        published="2025-05-22",
    ),
    # quoted as printed ('which a huge sum'). the increase 'in that period', gone: past
    B(
        text="In that period, the average house price has increased by €200,000 which a huge sum of money for any family.",
        due=None,
        vague=False,
        said="2025-05-22 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL25A,
        published="2025-05-22",
    ),
    # 'since the Tánaiste took up office': past
    B(
        text="That is just the increase for a new home since the Tánaiste took up office around the Cabinet table.",
        due=None,
        vague=False,
        said="2025-05-22 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL25A,
        published="2025-05-22",
    ),
    # 'in the last five years': past
    B(
        text="Indeed in the last five years, the average house price increased by €100,000.",
        due=None,
        vague=False,
        said="2025-05-22 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL25A,
        published="2025-05-22",
    ),
    # 'Every five years': a pattern told of the Government's record, recurring. unsure: a careful reader could give 'past', the sentence only summing up what has happened
    B(
        text="Every five years the price of housing has gone up by €100,000 under his Government.",
        due=None,
        vague=False,
        said="2025-05-22 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL25A,
        published="2025-05-22",
    ),
    # the two questions before it hold only general time words ('now', 'anymore') and the sentence about young people none; they are not taken. 'last year' and 'the previous year': past
    B(
        text="They then see that the Government delivered fewer houses last year than in the previous year.",
        due=None,
        vague=False,
        said="2025-05-22 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL25A,
        published="2025-05-22",
    ),
    # the question before it holds no time word. a question (CONVENTIONS 4.3), 'this year' only inside it: due None, no refusal word. The Tánaiste's reply in the stored opening holds no time word and is cut off
    B(
        text="Does he accept that it is actually going in reverse in delivering houses as testified by the numbers from the CSO which show the Government delivered fewer houses last year and is on course to do the same again this year?",
        due=None,
        vague=False,
        said="2025-05-22 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL25A,
        published="2025-05-22",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, 'Wednesday, 10 May 2023', Questions on Policy or Legislation, as carried by KildareStreet.com; licence as above); zone Europe/Dublin (IST); the page prints 12:37 pm, so said Wednesday 10 May 2023 12:37 IST. 'At dawn on Sunday' (7 May): past
    B(
        text="At dawn on Sunday, Israeli forces arrived at a primary school in Jubbet ad-Dhib, a village in the occupied West Bank.",
        due=None,
        vague=False,
        said="2023-05-10 11:37:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL23,
        published="2023-05-10",
    ),
    # the sentence before it holds no time word. 'In the aftermath': past
    B(
        text="In the aftermath, we saw the heartbreaking image of children as young as six sifting through the rubble for their schoolbooks.",
        due=None,
        vague=False,
        said="2023-05-10 11:37:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL23,
        published="2023-05-10",
    ),
    # the rest of the Deputy's question and the Taoiseach's first two sentences hold no time word. 'in a very long time', a denied past: past
    B(
        text="I have not had any engagement with the Israeli ambassador or with the Israeli Government in a very long time.",
        due=None,
        vague=False,
        said="2023-05-10 11:37:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL23,
        published="2023-05-10",
    ),
    # 'I will make sure ... raised in the Dáil.' holds no time word and 'He usually handles those engagements.' only a general one; they are not taken. a possibility at a meeting in June, no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give the end of June 2023 (2023-06-30 22:59:59), the Council meeting being dated. The next speaker's words are cut off
    B(
        text="I do not know if this will be a matter for discussion at the European Council in June, but it may well be.",
        due=None,
        vague=False,
        said="2023-05-10 11:37:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL23,
        published="2023-05-10",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, 'Wednesday, 2 July 2025', Questions on Policy or Legislation, as carried by KildareStreet.com; licence as above); zone Europe/Dublin (IST); the page prints '5:50 am', no sitting hour (a clock of the carrying site), so said Wednesday 2 July 2025 10:00 IST. The Ceann Comhairle's opening sentence holds no time word ('time' as allotted speaking time). the Minister came 'this afternoon', done: past
    B(
        text="The Minister came to the Chamber this afternoon with big folders and is surrounded by his colleagues, including the Minister for higher education, Deputy Lawless, but could not answer a straightforward question.",
        due=None,
        vague=False,
        said="2025-07-02 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL25B,
        published="2025-07-02",
    ),
    # the four sentences before it hold no time word. a request to the Minister (CONVENTIONS 4.3), timed by an undated moment ('when he takes to his feet'): due None, no refusal word. unsure: a careful reader could give 'event', the time hanging on an undated event (CONVENTIONS 1.3)
    B(
        text="I again ask the Minister to have the decency to be clear with students and their families and state the position clearly when he takes to his feet.",
        due=None,
        vague=False,
        said="2025-07-02 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL25B,
        published="2025-07-02",
    ),
    # the Deputy's remaining sentences and 'I thank Deputy McDonald.' hold no time word. the budgetary process 'takes place in October': a yearly practice, recurring (CONVENTIONS 1.3). unsure: a careful reader could give due 2025-10-31 23:59:59 (the end of October 2025, the next budget). The remaining lines hold no time word
    B(
        text="She has been in the House longer than I have, but she will understand that the budgetary process takes place in October, not June, July or August.",
        due=None,
        vague=False,
        said="2025-07-02 09:00:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_DAIL25B,
        published="2025-07-02",
    ),
    # Statistics Canada ('Media room' page of The Daily, 'Thursday, April 17, 2014', at www42.statcan.ca; Statistics Canada Open Licence); zone America/Toronto (EDT); the page says The Daily is released at 8:30 a.m. Eastern, so said Thursday 17 April 2014 08:30 EDT. The release titles, the 'Upcoming releases: April 22 to 25, 2014' link and the date lines of earlier releases are headings and not taken. The page's first sentence, on The Daily's standing release hours, read USED in the whole-sentence check (it is boilerplate quoted in another set) and was dropped. prices in the 12 months to March and in February: past
    B(
        text="Consumer prices rose 1.5% in the 12 months to March, following a 1.1% increase in February.",
        due=None,
        vague=False,
        said="2014-04-17 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC14,
        published="2014-04-17",
    ),
    # 'monthly basis' is general; March and February: past
    B(
        text="On a seasonally adjusted monthly basis, the Consumer Price Index rose 0.2% in March, following a 0.3% increase in February.",
        due=None,
        vague=False,
        said="2014-04-17 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC14,
        published="2014-04-17",
    ),
    # January and February: past
    B(
        text="Following a decline in January, the number of people receiving regular Employment Insurance benefits was little changed in February at 506,500.",
        due=None,
        vague=False,
        said="2014-04-17 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC14,
        published="2014-04-17",
    ),
    # '12 months earlier': past
    B(
        text="Compared with 12 months earlier, the number of beneficiaries was down 4.9%.",
        due=None,
        vague=False,
        said="2014-04-17 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC14,
        published="2014-04-17",
    ),
    # February: past
    B(
        text="Foreign investment in Canadian securities advanced $6.1 billion in February and was focused on corporate instruments.",
        due=None,
        vague=False,
        said="2014-04-17 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC14,
        published="2014-04-17",
    ),
    # 'This was matched by ... $6.0 billion.' holds no time word. the previous quarter and the first quarter: past
    B(
        text="Investment in non-residential building construction was down 0.6% from the previous quarter to $12.9 billion in the first quarter.",
        due=None,
        vague=False,
        said="2014-04-17 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC14,
        published="2014-04-17",
    ),
    # 'two consecutive quarterly gains': past
    B(
        text="This decline followed two consecutive quarterly gains and was largely attributable to lower spending in the construction of industrial and institutional buildings.",
        due=None,
        vague=False,
        said="2014-04-17 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC14,
        published="2014-04-17",
    ),
    # February: past
    B(
        text="Canadian manufacturing sales increased 1.4% to $51.2 billion in February.",
        due=None,
        vague=False,
        said="2014-04-17 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC14,
        published="2014-04-17",
    ),
    # 'since July 2008' and 'the last recession': past. The next release summary is cut off where the stored opening ends
    B(
        text="The sales level was the highest since July 2008, the peak that was reached before the last recession began.",
        due=None,
        vague=False,
        said="2014-04-17 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC14,
        published="2014-04-17",
    ),
    # Statistics Canada ('User information' page of The Consumer Price Index, catalogue 62-001-X, issue 2017001, January 2017; Statistics Canada Open Licence); zone America/Toronto (EST); the page prints no date of its own: the issue for January 2017 was released on February 24, 2017, the date its own release table gives for that month, so said Friday 24 February 2017 10:00 EST (no hour printed). The CANSIM note and symbol list hold no time word, 'published monthly' only a general one, and the release-date table is a table, not sentences; none is taken. the analytical text 'previously found' in the publication, moved: past. unsure: a careful reader could give due None with no refusal word, the sentence telling of where the text is now
    B(
        text="Please note that the analytical text and charts previously found in this publication continue to be available in The Daily.",
        due=None,
        vague=False,
        said="2017-02-24 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SC17,
        published="2017-02-24",
    ),
    # an update on 'March 13' (2017), the next such day (CONVENTIONS 3.1). The sentence after it is cut off where the stored opening ends [local due 2017-03-13 23:59:59 EDT]
    B(
        text="Real-time CANSIM table 326-8023 will be updated on March 13.",
        due="2017-03-14 03:59:59",
        vague=False,
        said="2017-02-24 15:00:00",
        tz="America/Toronto",
        cluster=6,
        source=_SC17,
        published="2017-02-24",
    ),
    # European Commission (press release IP/06/900, 'Brussels, 30 June 2006', on europa.eu (RAPID); reuse under Commission Decision 2011/833/EU); zone Europe/Brussels (CEST); no hour given, said Friday 30 June 2006 10:00 CEST. The first four sentences hold no time word ('Meanwhile' is none). two months for a reply, counted from the reasoned opinions' receipt, which the sentence does not date, with only a possible referral: event (CONVENTIONS 1.3). unsure: a careful reader could give 2006-08-30 21:59:59 (two months from the day of speaking, CONVENTIONS 1.2). The remaining sentences hold no time word or only 'now', and the Commissioner's quote is cut off
    B(
        text="If there is no satisfactory reply within two months, the Commission may refer the matter to the European Court of Justice.",
        due=None,
        vague=False,
        said="2006-06-30 08:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EC06,
        published="2006-06-30",
    ),
    # European Commission (press release IP/03/1005, 'Brussels, 14th July 2003', on europa.eu (RAPID); licence as above); zone Europe/Brussels (CEST); no hour given, said Monday 14 July 2003 10:00 CEST. The first four sentences hold no time word ('implement quickly' names a manner, not a time). the usual two-month deadline of the infringement procedure: a standing rule, recurring (CONVENTIONS 1.3)
    B(
        text="Should a Member State which has received a reasoned opinion fail to give a satisfactory reply within the deadline (usually two months), the Commission may refer the matter to the European Court of Justice.",
        due=None,
        vague=False,
        said="2003-07-14 08:00:00",
        tz="Europe/Brussels",
        refusal="recurring",
        cluster=5,
        source=_EC03,
        published="2003-07-14",
    ),
    # 'comply immediately' is asked of France and Ireland, not undertaken by the speaker (CONVENTIONS 4.3, 5.1); '1971' names an Act: due None, no refusal word. unsure: a careful reader could give vague=True with the 7-day window of 'immediately', 2003-07-21 21:59:59. The next sentence holds only 'daily' and the quote is cut off
    B(
        text="In addition, the Commission has decided, under Article 228 of the EC Treaty, to send further reasoned opinions requesting France and Ireland to comply immediately with judgements of the European Court of Justice, requiring France to implement EU law on product liability and Ireland to ratify the Berne Convention for the protection of literary and artistic works (Paris Act, 1971).",
        due=None,
        vague=False,
        said="2003-07-14 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC03,
        published="2003-07-14",
    ),
    # European Commission (press release IP/18/6170 on the Erasmus+ call for 2019, dated 2018-10-24 in the stored copy, on europa.eu (RAPID); licence as above); zone Europe/Brussels (CEST); no hour given, said Wednesday 24 October 2018 10:00 CEST. funds expected to increase 'For 2019': the end of 2019. unsure: a careful reader could give due None with no refusal word, 'are expected to' being a forecast rather than an undertaking [local due 2019-12-31 23:59:59 CET]
    B(
        text="For 2019, funds available for Erasmus+ are expected to increase by €300 million or 10% compared to 2018.",
        due="2019-12-31 22:59:59",
        vague=False,
        said="2018-10-24 08:00:00",
        tz="Europe/Brussels",
        precision="year",
        cluster=6,
        source=_EC18,
        published="2018-10-24",
    ),
    # the call 'published' today, told as done ('2019 call' names the call): past (CONVENTIONS 2.4, the act done when the words appear). unsure: a careful reader could give 2018-10-24 21:59:59 (the end of the day, CONVENTIONS 2.1)
    B(
        text="Today, the Commission published its 2019 call for proposals for the Erasmus+ programme.",
        due=None,
        vague=False,
        said="2018-10-24 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-10-24",
    ),
    # money 'has been set aside' (perfect, CONVENTIONS 2.4), 'for next year' only naming the budget's year: past. unsure: a careful reader could give the end of 2019 (2019-12-31 22:59:59)
    B(
        text="From an expected budget of €3 billion for next year, €30 million has been set aside for dedicated European Universities.",
        due=None,
        vague=False,
        said="2018-10-24 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-10-24",
    ),
    # 'last November' is past; the push runs to a European Education Area 'by 2025': the end of 2025. unsure: a careful reader could give 'past', the sentence describing an initiative endorsed in the past [local due 2025-12-31 23:59:59 CET]
    B(
        text="This is a new initiative that was endorsed by European Union leaders at the Gothenburg Social Summit last November, and part of the push towards establishing a European Education Area by 2025.",
        due="2025-12-31 22:59:59",
        vague=False,
        said="2018-10-24 08:00:00",
        tz="Europe/Brussels",
        precision="year",
        cluster=6,
        source=_EC18,
        published="2018-10-24",
    ),
    # the Commissioner's quote (its opening quotation mark not copied); 'One year on' is past, the commitment is 'by 2025': the end of 2025. The rest of the quote holds no time word [local due 2025-12-31 23:59:59 CET]
    B(
        text="One year on, the European Commission is delivering on the commitment made to Member States to build a European Education Area by 2025.",
        due="2025-12-31 22:59:59",
        vague=False,
        said="2018-10-24 08:00:00",
        tz="Europe/Brussels",
        precision="year",
        cluster=6,
        source=_EC18,
        published="2018-10-24",
    ),
    # the heading before it is not taken; 'Any public or private body ... 2019 call for proposals ...' holds only the year that names the call and the next sentence none. the Guide 'published' today, told as done: past. The heading after it and the cut-off sentence are not taken
    B(
        text="Together with the call for proposals, today the Commission also published the Erasmus+ Programme Guide in all official EU languages, which provides applicants with details on all opportunities for students, staff, trainees, teachers and more available in Erasmus+ for 2019.",
        due=None,
        vague=False,
        said="2018-10-24 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-10-24",
    ),
    # European Commission (press release IP/09/266 'EU Member States on course for analogue terrestrial TV switch-off', 'Monday, February 16th, 2009', as carried by digitaltvnews.net; the Commission's reference and date 'IP/09/266 Date: 16/02/2009' are printed in a mailing-list copy (freelists.org, also claimed); reuse under Commission Decision 2011/833/EU, a copy on a carrying site being within it); zone Europe/Brussels (CET); no hour given, said Monday 16 February 2009 10:00 CET. The first four sentences hold no time word ('gradually' is none). 'by 2010 the process should be well advanced': the end of 2010. unsure: a careful reader could give due None with no refusal word, 'should' being an expectation, not an undertaking [local due 2010-12-31 23:59:59 CET]
    B(
        text="Switch-off has already been completed in five Member States (Germany, Finland, Luxembourg, Sweden and the Netherlands) and by 2010 the process should be well advanced in the whole EU.",
        due="2010-12-31 22:59:59",
        vague=False,
        said="2009-02-16 09:00:00",
        tz="Europe/Brussels",
        precision="year",
        cluster=6,
        source=_EC09,
        published="2009-02-16",
    ),
    # the 2012 target: the end of 2012. unsure: a careful reader could give due None with no refusal word ('is expected to' is a forecast) [local due 2012-12-31 23:59:59 CET]
    B(
        text="The 2012 EU target for switch-off is expected to be met by almost all Member States.",
        due="2012-12-31 22:59:59",
        vague=False,
        said="2009-02-16 09:00:00",
        tz="Europe/Brussels",
        precision="year",
        cluster=6,
        source=_EC09,
        published="2009-02-16",
    ),
    # the Commissioner's quote (its first three sentences hold no time word). 'in the next two years' from the day of speaking: 16 February 2011 (CONVENTIONS 1.1, a span from now at its end). The rest of the quote holds no time word ('quickly' names a manner) [local due 2011-02-16 23:59:59 CET]
    B(
        text="I am confident that in the next two years more EU countries will join the first group of switched countries in the digital era.",
        due="2011-02-16 22:59:59",
        vague=False,
        said="2009-02-16 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC09,
        published="2009-02-16",
    ),
    # NASA (media advisory M09-032 'NASA's Kepler Telescope To Launch Aboard Delta II Rocket', dated Feb. 26, 2009 in the agency's mailing, as carried by redOrbit under 'February 27, 2009'; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EST); the carrying page's date is used, no hour given: said Friday 27 February 2009 10:00 EST. 'targeted for no earlier than Friday, March 6': only a lower bound, earliest (CONVENTIONS 3.2). unsure: a careful reader could give due 2009-03-07 04:59:59 (the end of 6 March), the launch being targeted for that day [earliest local 2009-03-06 00:00:00 EST]
    B(
        text="Launch of NASA's Kepler telescope is targeted for no earlier than Friday, March 6, from Pad 17-B at Cape Canaveral Air Force Station in Florida.",
        due=None,
        vague=False,
        said="2009-02-27 15:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2009-03-06 05:00:00",
        cluster=5,
        source=_NASA09,
        published="2009-02-27",
    ),
    # two windows with no day of their own in the sentence: the first 11:16 p.m. EST after the moment of speaking (CONVENTIONS 6.1, 6.3); page: 6 March 2009 23:16 EST (2009-03-07 04:16:00) [local due 2009-02-27 23:16:00 EST]
    B(
        text="There are two launch windows, from 10:49 - 10:52 p.m. and 11:13 - 11:16 p.m. EST.",
        due="2009-02-28 04:16:00",
        vague=False,
        said="2009-02-27 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA09,
        published="2009-02-27",
    ),
    # the six sentences before it hold no time word. 'On Tuesday' (24 February), a failure told as done: past
    B(
        text="On Tuesday, a Taurus carrying NASA's Orbiting Carbon Observatory failed to reach orbit.",
        due=None,
        vague=False,
        said="2009-02-27 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_NASA09,
        published="2009-02-27",
    ),
    # the sentence before it holds no time word. the target moved from March 5 'one day later': the new time counts (CONVENTIONS 4.1), 6 March. unsure: a careful reader could give 'past', the move being told as done [local due 2009-03-06 23:59:59 EST]
    B(
        text="Kepler's original March 5 target launch date was moved one day later to accommodate the additional time for analysis.",
        due="2009-03-07 04:59:59",
        vague=False,
        said="2009-02-27 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA09,
        published="2009-02-27",
    ),
    # the March 6 target date, still to be confirmed: 6 March (CONVENTIONS 3.1). unsure: a careful reader could give 'event', what the sentence says is still to happen being the Air Force's confirmation, which it does not date [local due 2009-03-06 23:59:59 EST]
    B(
        text="The March 6 target date still must be confirmed by the U.S Air Force, which manages the eastern launch range.",
        due="2009-03-07 04:59:59",
        vague=False,
        said="2009-02-27 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA09,
        published="2009-02-27",
    ),
    # the review 'on Monday, March 2' (CONVENTIONS 3.1). The remaining sentences hold no time word and the last is cut off [local due 2009-03-02 23:59:59 EST]
    B(
        text="Kepler's Flight Readiness Review is on Monday, March 2.",
        due="2009-03-03 04:59:59",
        vague=False,
        said="2009-02-27 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA09,
        published="2009-02-27",
    ),
    # Bureau of Land Management (press release 'BLM Extends Comment Period on Proposed Land-Use Planning Rule', National Office, WASHINGTON, on blm.gov; a US federal work, public domain); zone America/New_York (EDT); the page prints no date: a copy of it is dated 16 April 2016 (rtfitchauthor.com/2016/04/16/...), so it is read at 10:00 EDT on Friday 15 April 2016, the day before; no label below depends on the day chosen within that week. extended 'by 30 days', counted from the close of the period, which this sentence does not date: event (CONVENTIONS 1.3). unsure: a careful reader could give 2016-05-16 03:59:59 (30 days from the day of speaking, CONVENTIONS 1.1)
    B(
        text="WASHINGTON –In response to requests from the public, the Bureau of Land Management (BLM) will extend the comment period on a proposed land-use planning rule by 30 days.",
        due=None,
        vague=False,
        said="2016-04-15 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_BLM16,
        published="2016-04-15",
    ),
    # the sentence before it holds no time word. the period extended 'to May 25, 2016': its end (CONVENTIONS 1.1, 3.3) [local due 2016-05-25 23:59:59 EDT]
    B(
        text="The comment period will be extended by 30 days, from April 25, 2016, to May 25, 2016.",
        due="2016-05-26 03:59:59",
        vague=False,
        said="2016-04-15 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_BLM16,
        published="2016-04-15",
    ),
    # 'two weeks prior to' a publication on February 25, 2016: past
    B(
        text="The proposed rule was made available to the public two weeks prior to its publication in the Federal Register on February 25, 2016.",
        due=None,
        vague=False,
        said="2016-04-15 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BLM16,
        published="2016-04-15",
    ),
    # the BLM 'has ... provided' a period of 104 days (perfect, CONVENTIONS 2.4): past. unsure: a careful reader could give 2016-05-26 03:59:59, the 104 days ending on 25 May. 'A notice formalizing this extension will be published in the Federal Register.' holds no time word and is not taken
    B(
        text="With this extension, the BLM has effectively provided a public comment period of 104 days.",
        due=None,
        vague=False,
        said="2016-04-15 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BLM16,
        published="2016-04-15",
    ),
    # 'over the past 30 years': past. The next two sentences hold no time word ('longstanding', 'upfront' are none)
    B(
        text="Implementation of the proposed rule would enable the BLM to apply the best practices that it has identified over the past 30 years of land-use planning.",
        due=None,
        vague=False,
        said="2016-04-15 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BLM16,
        published="2016-04-15",
    ),
    # 'the past public webinar and meeting', held: past. The remaining sentences hold no time word
    B(
        text="The project website, www.blm.gov/plan2, contains the proposed rule, recordings of the past public webinar and meeting, and other resources.",
        due=None,
        vague=False,
        said="2016-04-15 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_BLM16,
        published="2016-04-15",
    ),
    # U.S. Fish and Wildlife Service (story 'Service to Conduct 5-year Review of Bliss Rapids Snail', Question & Answers, on fws.gov under 2004-07; a US federal work, public domain); zone America/Boise (MDT), the Snake River Fish and Wildlife Office in Boise, Idaho, that takes the comments; the page prints no day: its address dates it to July 2004, and the Service's own later pages date the start of this 5-year review to July 27, 2004, so said Tuesday 27 July 2004 10:00 MDT (no hour given). The heading 'Public Comment Period closes September 24, 2004' is a heading and not taken. 'during the public comment period', a period this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="If new information or analysis is acquired during the public comment period, the Service may find that a change in the snails classification is warranted.",
        due=None,
        vague=False,
        said="2004-07-27 16:00:00",
        tz="America/Boise",
        refusal="event",
        cluster=5,
        source=_FWS04,
        published="2004-07-27",
    ),
    # the two sentences before it hold no time word. 'until that process is complete': event
    B(
        text="No change in the status of the species may occur until that process is complete.",
        due=None,
        vague=False,
        said="2004-07-27 16:00:00",
        tz="America/Boise",
        refusal="event",
        cluster=5,
        source=_FWS04,
        published="2004-07-27",
    ),
    # 'no later than September 24, 2004' [local due 2004-09-24 23:59:59 MDT]
    B(
        text="In order to allow the Service adequate time to consider information, submissions must be received no later than September 24, 2004.",
        due="2004-09-25 05:59:59",
        vague=False,
        said="2004-07-27 16:00:00",
        tz="America/Boise",
        cluster=6,
        source=_FWS04,
        published="2004-07-27",
    ),
    # the sentences about where and how to comment hold no time word. 'during normal business hours': a standing arrangement, recurring (CONVENTIONS 1.3). The closing boilerplate holds no time word and is cut off
    B(
        text="Information received in response to this notice, and review results, will be available for public inspection by appointment during normal business hours at the above address.",
        due=None,
        vague=False,
        said="2004-07-27 16:00:00",
        tz="America/Boise",
        refusal="recurring",
        cluster=5,
        source=_FWS04,
        published="2004-07-27",
    ),
    # U.S. Geological Survey (newsroom release of the USGS Office of Communication, Reston, Va., 'Released: 11/2/1995', in the USGS archive at archive.usgs.gov; a US federal work, public domain); zone America/New_York (EST), the issuing office in Reston; the date is the release's own; no hour given, said Thursday 2 November 1995 10:00 EST. The contact lines are not taken. topics to be presented 'next week': the Monday-to-Sunday week after the day of speaking ends on Sunday 12 November ('today's' crayfish is general) [local due 1995-11-12 23:59:59 EST]
    B(
        text="Patterns of sediment deposition near the mouth of the Mississippi River, traveling tar balls and the evolution of ancient marine lobsters into today’s Louisiana crayfish are a sampling of some of the earth-science topics that will be presented by scientists from the U.S. Geological Survey during a national science meeting in New Orleans next week.",
        due="1995-11-13 04:59:59",
        vague=False,
        said="1995-11-02 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USGS95,
        published="1995-11-02",
    ),
    # the meeting 'Nov. 5-9': a range at its later end (CONVENTIONS 6.1), in the publisher's zone though held in New Orleans ('annual' is general) [local due 1995-11-09 23:59:59 EST]
    B(
        text="More than 100 USGS scientists will join an estimated 4,000 earth scientists from around the nation at the Ernest N. Morial Convention Center in downtown New Orleans for the annual meeting of the Geological Society of America (GSA), Nov. 5-9.",
        due="1995-11-10 04:59:59",
        vague=False,
        said="1995-11-02 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USGS95,
        published="1995-11-02",
    ),
    # the opening forum 'Sunday afternoon, Nov. 5': the afternoon ends at 18:00 (parser docstring, parts of the day) [local due 1995-11-05 18:00:00 EST]
    B(
        text='The meeting will get underway Sunday afternoon, Nov. 5, with an environmental forum, "Politics and Economics; Geological Research Bridging the Gulf."',
        due="1995-11-05 23:00:00",
        vague=False,
        said="1995-11-02 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USGS95,
        published="1995-11-02",
    ),
    # 'During this session': a session this sentence does not date (the day is in the sentence before, which is not used, CONVENTIONS 6.3): event
    B(
        text="During this session, USGS Director, Dr. Gordon Eaton will speak on the changes that are taking place in federal government agencies and the implications of these changes for academics and industry.",
        due=None,
        vague=False,
        said="1995-11-02 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USGS95,
        published="1995-11-02",
    ),
    # the lead-in of a run-in list, quoted up to its colon (the title 'Is Louisiana Washing Away?' that follows it is a heading). 'Monday through Thursday': Monday 6 November to the Thursday after it, 9 November, at the later end (CONVENTIONS 6.1). unsure: a careful reader could give 1995-11-03 04:59:59 (the end of Thursday 2 November, the day of speaking, reading 'Thursday' alone as the next such day on or after it) [local due 1995-11-09 23:59:59 EST]
    B(
        text="In subsequent sessions, Monday through Thursday, USGS scientists will present the following:",
        due="1995-11-10 04:59:59",
        vague=False,
        said="1995-11-02 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USGS95,
        published="1995-11-02",
    ),
    # 'Rates of coastal erosion ... averaging 10 meters a year.' holds only a rate ('a year'), a general time word, and is not taken. what a severe storm can do 'in just 12 hours': a general statement with no start of its own, recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word, nothing being undertaken
    B(
        text="A severe storm like Hurricane Opal can erode as much as 30 meters in just 12 hours.",
        due=None,
        vague=False,
        said="1995-11-02 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_USGS95,
        published="1995-11-02",
    ),
    # 'rates in the 1980s': past. The next sentence is cut off where the stored opening ends
    B(
        text="Wetlands in Louisiana are deteriorating and disappearing at a rate of 75 square kilometers a year, a slight improvement over rates in the 1980s.",
        due=None,
        vague=False,
        said="1995-11-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS95,
        published="1995-11-02",
    ),
)
