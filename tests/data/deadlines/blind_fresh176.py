"""A HUNDRED-AND-SEVENTY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 04:01 and 04:10 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l176-s61) that neither changed, imported nor ran the parser, the benches or any test, working at the
same time as the other labellers of stop 61 (fresh174, fresh175, fresh177, fresh178, articles blind144 and
blind145), whose claims in the shared claims file were treated as used and whose files and README sections
were not opened. It read `CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and
the README section of `blind_fresh173.py`, the field list and the docstring conventions of `BlindCase` in
`blind_real.py`, the docstring of `tests/data/fresh_check.py` and the top docstring of the parser package
only (its documented readings: vague windows, parts of the day, "lunchtime", bare clock times, "early / mid
/ late"); nothing else of `bot/core/deadlines/` was opened. The brief asked for less-mined publishers
(Oireachtas debates on bills and motions 1990-2015, not Orders of Business; gov.ie pages stating CC BY;
GOV.UK: Ministry of Justice, HMCTS, DVLA, Department for Business and Trade; the US Forest Service, National
Park Service and USDA; pm.gov.au, CC BY 4.0), open licences only, at least eight publishers, none above a
fifth, at most a third from the United States, a spread of genres, about 80 cases (at least 60).

The set quotes HM Courts & Tribunals Service (weekly operational updates of 28 May and 4 June 2021, monthly
bulletin of 6 March 2023), the Houses of the Oireachtas (Dáil Report Stage of the Railway Safety Bill, 11
October 2005; Seanad Committee Stages of the Ministers and Secretaries (Amendment) Bill, 29 June 2011, and
the Climate Action and Low Carbon Development Bill, 5 November 2015), the Prime Minister of Australia
(press conference of 11 December 2025, a media-list page of 1-3 July 2024, an opinion piece of December
2023), UK Parliament (Commons Votes and Proceedings of 21 October 2024, a Commons contribution on the Work
and Families Bill of 18 January 2006, Lords written statement HLWS891 of 24 July 2018), the Department for
International Trade (now part of the Department for Business and Trade: releases of 6 February 2020 and 8
October 2019), the USDA Farm Service Agency (four releases, 2020-2023, on one news-list page), the US Forest
Service (a release of summer 2019 and a fire officer's notice of October 2023), the National Park Service
(Petroglyph National Monument, September 2018) and the Ministry of Justice (court estate release, 24 July
2018). 62 cases from 9 publishers: HMCTS 12 (19.4%); the Oireachtas 11 (17.7%); the Prime Minister of
Australia 11 (17.7%); the Department for International Trade 7 (11.3%); UK Parliament 6 (9.7%); the Farm
Service Agency 6 (9.7%); the Forest Service 4 (6.5%); the National Park Service 4 (6.5%); the Ministry of
Justice 1 (1.6%). 14 of the 62 (22.6%) are from the United States (Farm Service Agency, Forest Service,
National Park Service); 48 are not. Genres: parliamentary debate (a Report Stage speech, Committee Stage
speeches, a Commons contribution), a parliamentary record (Votes and Proceedings: orders for second
readings) and a written ministerial statement, court-service operational notices and bulletins, department
news releases (a consultation, tariff schedules), a head of government's press-conference transcript,
media-list openings and an opinion piece, agency deadline releases, a park closure notice and a forest
burn notice.

The store is heavily mined: of about 55 addresses and phrases checked with `fresh_check.py`, many read used
(European Commission daily news and agenda pages of 2012-2016, pm.gov.au's Sydney doorstop of 1 July 2023
and press conference of 29 May 2020, Ministry of Justice releases carried by ukpol.co.uk and Wired-Gov's
'New sentencing measures' of March 2015, KildareStreet's Dáil pages of 27 June 2006 and 7 May 2014, and of
10 July 2013, Statistics Canada's release calendar and 'About The Daily' page, a Petroglyph National
Monument closure of 2021, an HMCTS operational summary of 30 March 2020). No fresh gov.ie page stating CC BY
(merrionstreet.ie is not open), no DVLA or Department for Business and Trade page of its own and no fresh
Oireachtas bill debate inside 1990-2015 beyond the three quoted was found. Each page's cases share one
`source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh176`) but not used, to keep the caps (a fifth for each publisher): the
HMCTS operational summary of 17 May 2021 as carried by todaysfamilylawyer.co.uk (2 sentences with a time
word) and HMCTS's statement of 27 March 2020 as carried by clsa.co.uk (checked fresh, not claimed).
Within the pages kept: sentences without a time word; sentences whose only time words are general ("now",
"currently", "no longer", "previously", "earlier", "daily", "twice-weekly", "each year", "in the long
term", "for too long", "from now on") or whose only year names an Act; speaker tags, bullet labels
('Updated:'), titles, headings, headlines, date lines, contact lines and index metadata; a carrying site's
own intro lines; sentences cut off where the stored text ends. The same sentence about 'essential IT
improvements next weekend' stands twice, once on each HMCTS weekly update that printed it (different days
of speaking, so different labels). One sentence of the Votes and Proceedings of 21 October 2024 ('The
House met at 2.30 pm.') read USED when checked whole (stock wording found in another set) and was dropped
after labelling, as the brief asks; its label is not kept.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time,
"today", "this morning", "overnight", "last week", "next week", "next weekend", "this week", "the end of
this week", "the end of the month", "the end of August", "across the summer", "for another year", "four
weeks from today", "up to two weeks", "by 14 days", "a few days", "six or seven weeks' time", "a single
day", "over two days", "for the past four years", "through 2023", "this year", "exit day", "in time for
the Minister to assume functions", "before the Paris conference", "as soon as you can", "Tuesdays at
4:30pm"); within each page quoted, the sentences of the stored opening that hold one were taken in page
order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh176`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date
and the publisher's zone (Europe/London for HMCTS, UK Parliament, the Department for International Trade
and the Ministry of Justice; Europe/Dublin for the Oireachtas; Australia/Sydney for the Prime Minister,
Canberra; America/New_York for the Forest Service's Washington office and the Farm Service Agency's
Washington releases, America/Chicago for its Madison release, America/Denver for Petroglyph National
Monument, America/Los_Angeles for the Shasta-Trinity notice); the conversion of local instants to UTC wall
time, weekdays and day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh173.py`: the publication date at 10:00 local time unless the page gives the hour (three do: the
Dáil speech 18:00, the Seanad speech of 2011 01:00, the Wired-Gov copy of the court estate release 13:29);
the first comment of each page says where its date was read. Eight pages print no date of their own (the
two HMCTS weekly updates, the Forest Service release as carried, the forest burn notice, the Department for
International Trade release of 2019 as carried, the Prime Minister's media-list page and opinion piece, the
Park Service notice as carried): each is read on a day the page itself or a dated page in the store fixes,
and the comment says why and which labels depend on it (the two 'next weekend' labels of HMCTS; none other
beyond the stated window). A day falls due at 23:59:59 local; a one-off event at a time due then
(CONVENTIONS 3.1); a range at its later end; a window kept for a length at its end (CONVENTIONS 1.1, 3.3);
a question or request due None with no refusal word (CONVENTIONS 4.3); a possibility, an option not taken
or an argument with no undertaking due None with no refusal word (CONVENTIONS 4.2); times hung on an
undated event are event (CONVENTIONS 1.3, 5.2); standing patterns recurring (CONVENTIONS 1.3); done acts
past (CONVENTIONS 2.4); times called off negated (CONVENTIONS 4.1); a state given only its start earliest
(CONVENTIONS 3.2). Clusters as in `blind_fresh173.py`: 1 no time set, 2 clock times, 3 ranges and several
dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 29 labels are refusals
(past 20, event 3, recurring 3, negated 2, earliest 1); none is vague; 25 labels carry a due instant; 8 have
due None and no refusal word; 21 are marked "unsure" and name the other reading; like every label here they
stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HMCTS21A = "https://content.govdelivery.com/accounts/UKHMCTS/bulletins/2e1c9a9"
_HMCTS21B = "https://www.todayswillsandprobate.co.uk/main-news/hmcts-operational-position-weekly-summary-update-070621/"
_HMCTS23 = "https://content.govdelivery.com/accounts/UKHMCTS/bulletins/34c0097"
_USFS19 = "http://www.timberharvesting.com/usda-forest-service-extends-comment-period/"
_USFS23 = "https://mountshastatrailassociation.org/2023/10/more-prescribed-burning-in-area-of-gw-trailhead/"
_DAIL05 = "https://www.kildarestreet.com/debate/?id=2005-10-11.715.0"
_SEAN11 = "https://kildarestreet.com/sendebates/?gid=2011-06-29.194.0"
_SEAN15 = "https://www.oireachtas.ie/ga/debates/debate/seanad/2015-11-05/8/"
_HCVP24 = "https://commonsbusiness.parliament.uk/Document/89189/Html?subType=Standard"
_HC06 = "https://parliamentary-search-265cced0397e.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fdata.parliament.uk%2Fpimsdata%2Fhansard%2FCONTRIBUTION_292297"
_HL18 = "https://questions-statements.parliament.uk/written-statements/detail/2018-07-24/hlws891"
_MOJ18 = "https://www.wired-gov.net/wg/news.nsf/print/Government+announces+changes+to+court+estate+25072018101500"
_DIT20 = "https://www.wired-gov.net/wg/news.nsf/articles/UK+consults+on+new+Global+Tariff+Policy+06022020131000?open"
_DIT19 = "https://www.parliamenttoday.com/members/viewnews.html?id=112175"
_PM25 = "https://www.pm.gov.au/media/press-conference-canberra-11-dec-2025"
_PM24 = "https://www2.pm.gov.au/node?page=57"
_PM23 = "https://www2.pm.gov.au/media/co-operation-key-labor-delivering-families-and-nation"
_NPS18 = "https://www.desertusa.com/dusablog/rinconada-canyon-trail-rehabilitation-work-m-f-sept-4-21-2018.html"
_FSA = "https://fsa.usda.gov/node?page=212"

FRESH176_CASES: tuple[BlindCase, ...] = (
    # HM Courts & Tribunals Service (weekly operational update 'week commencing Monday 31 May 2021', its own GovDelivery bulletin at content.govdelivery.com/accounts/UKHMCTS; Crown copyright, Open Government Licence v3.0); zone Europe/London (BST); the bulletin prints no issue date of its own: it says the next week's update 'will be issued on Friday 4 June 2021', so this one is read as issued on the Friday before its week, Friday 28 May 2021, 10:00 BST (labels 2 and 3 of this page depend on that day within 28-31 May only as noted). The heading, the 'Follow us on Twitter ... daily' line (a general word only) and the lines without a time word are not taken. a one-off act on a named day: due at the end of that day (CONVENTIONS 3.1)
    B(
        text="Next week’s update will be issued on Friday 4 June 2021.",
        due="2021-06-04 22:59:59",
        vague=False,
        said="2021-05-28 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMCTS21A,
        published="2021-05-28",
    ),
    # the bullet's label 'Updated:' is left off. 'next weekend' said on Friday 28 May: the weekend of the following week, Saturday 5 and Sunday 6 June (the next sentence dates it from Friday 4 June), due at the end of Sunday 6 June. unsure: a careful reader could give Sunday 30 May 23:59:59 local, the coming weekend
    B(
        text="We are carrying out essential IT improvements next weekend in our Court and Tribunal Service Centres.",
        due="2021-06-06 22:59:59",
        vague=False,
        said="2021-05-28 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMCTS21A,
        published="2021-05-28",
    ),
    # a state given only its start (CONVENTIONS 3.2): earliest 4 June 16:30 BST. unsure: a careful reader could give 4 June 2021 16:30 BST as due, the outage a one-off event beginning then (CONVENTIONS 3.1)
    B(
        text="Family Public Law and Adoption, Virtual Hearings, Audio and Video Helpline, and Online Civil Money Claims services will be temporarily unavailable from 4.30pm on Friday 4 June 2021.",
        due=None,
        vague=False,
        said="2021-05-28 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2021-06-04 15:30:00",
        cluster=5,
        source=_HMCTS21A,
        published="2021-05-28",
    ),
    # a one-off event at a time (CONVENTIONS 3.1): 7 June 08:00 BST
    B(
        text="These services resume at 8am on Monday 7 June 2021.",
        due="2021-06-07 07:00:00",
        vague=False,
        said="2021-05-28 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HMCTS21A,
        published="2021-05-28",
    ),
    # HM Courts & Tribunals Service (operational summary 'for week commencing Monday 7th June 2021', a verbatim copy on todayswillsandprobate.co.uk, whose own intro line and site date are not HMCTS's and are not taken; Crown copyright, Open Government Licence v3.0, the publisher's licence); zone Europe/London; no issue date printed: the update of 28 May (_HMCTS21A) says the next one 'will be issued on Friday 4 June 2021', so said Friday 4 June 2021 10:00 BST. The label 'Updated:' is left off, as are lines without a time word and 'twice-weekly' (a general word only). an act told as done (CONVENTIONS 2.4 in kind): past
    B(
        text="Last week we opened a new Nightingale court at the Mercure Maidstone.",
        due=None,
        vague=False,
        said="2021-06-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS21B,
        published="2021-06-04",
    ),
    # told as done, on the day of speaking: past
    B(
        text="Technical issues affected access to some of our online services for a short period on Friday 4 June 2021.",
        due=None,
        vague=False,
        said="2021-06-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS21B,
        published="2021-06-04",
    ),
    # a request to the reader, no undertaking of the publisher: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 'event' (the vague words hung on an undated error, CONVENTIONS 5.2)
    B(
        text="If you received an error message when emailing one of our services, please resend it as soon as you can.",
        due=None,
        vague=False,
        said="2021-06-04 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMCTS21B,
        published="2021-06-04",
    ),
    # the same words as the week before, repeated in this update: 'next weekend' said on Friday 4 June reads as the weekend of the following week, 12-13 June, due at the end of Sunday 13 June. unsure: a careful reader could give Sunday 6 June 23:59:59 local, the weekend the next sentence dates (4-7 June)
    B(
        text="We are carrying out essential IT improvements next weekend in our Court and Tribunal Service Centres.",
        due="2021-06-13 22:59:59",
        vague=False,
        said="2021-06-04 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMCTS21B,
        published="2021-06-04",
    ),
    # a range: due at its later end, Monday 7 June 08:00 BST (blind_real.py ranges; CONVENTIONS 3.3)
    B(
        text="The following services will be temporarily unavailable from 4.30pm on Friday 4 June 2021 until 8am on Monday 7 June 2021: Family Public Law and Adoption, Virtual Hearings, Audio and Video Helpline, Immigration and Asylum Chamber and Online Civil Money Claims.",
        due="2021-06-07 07:00:00",
        vague=False,
        said="2021-06-04 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HMCTS21B,
        published="2021-06-04",
    ),
    # HM Courts & Tribunals Service (monthly bulletin, 'Issue 56 | 6 March 2023', its own GovDelivery bulletin; Crown copyright, Open Government Licence v3.0); zone Europe/London (GMT); the date is the bulletin's own issue line; no hour, said 6 March 2023 10:00 GMT. Headings and the lines without a time word are not taken. kept open for a stated length from now: due at its end (CONVENTIONS 1.1, 3.3), 6 March 2024. unsure: a careful reader could give 31 December 2023 (the heading's 'to stay open in 2023') or 31 March 2024 (the financial year)
    B(
        text="We are keeping 24 temporary courtrooms open in England and Wales open for another year to help reduce waiting times and deliver swifter justice for victims.",
        due="2024-03-06 23:59:59",
        vague=False,
        said="2023-03-06 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMCTS23,
        published="2023-03-06",
    ),
    # standing weekly sessions: recurring (CONVENTIONS 1.3)
    B(
        text="Defence solicitors and barristers can join any of our Common Platform drop-in support sessions held on Tuesdays at 4:30pm and Thursdays at 9am.",
        due=None,
        vague=False,
        said="2023-03-06 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMCTS23,
        published="2023-03-06",
    ),
    # a done act over a past range: past
    B(
        text="We've published management information for December 2021 to December 2022.",
        due=None,
        vague=False,
        said="2023-03-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS23,
        published="2023-03-06",
    ),
    # US Forest Service (USDA) news release extending the comment period on its proposed NEPA rule, as carried verbatim by timberharvesting.com; a US federal work, public domain (17 U.S.C. 105); zone America/New_York (the agency's Washington office); the copy prints no date: read on 1 August 2019, between the rule's publication (13 June, told as past) and the original end (12 August, told as superseded); no label of this page depends on the day within that window. The lines without a time word (the instructions for comments, 'This announcement will also be published in the Federal Register') are not taken; the first sentence's only year names an Act and is not taken. the size of an extension counted from an end the sentence does not give: event (CONVENTIONS 1.3). unsure: a careful reader could give 15 August 2019 23:59:59 local, 14 days from the moment of speaking (CONVENTIONS 1.1)
    B(
        text="Based on the importance of the proposed rule, the Forest Service is extending the comment period by 14 days to allow more time for public review and comment.",
        due=None,
        vague=False,
        said="2019-08-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USFS19,
        published="2019-08-01",
    ),
    # a past publication and an end called off by the extension (CONVENTIONS 4.1): negated. unsure: a careful reader could give 'past' (both told of the past)
    B(
        text="The proposed rule was published June 13, 2019, and the public comment period was originally set to end on August 12, 2019.",
        due=None,
        vague=False,
        said="2019-08-01 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_USFS19,
        published="2019-08-01",
    ),
    # the window's new end: due at the end of 26 August EDT (CONVENTIONS 1.1, 3.1)
    B(
        text="With the extension, the comment period now ends on August 26, 2019.",
        due="2019-08-27 03:59:59",
        vague=False,
        said="2019-08-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USFS19,
        published="2019-08-01",
    ),
    # US Forest Service (a Shasta-Trinity National Forest fire officer's notice, quoted verbatim by the Mount Shasta Trail Association after 'The following is from Hanne Meyers at the USFS:'; a US federal employee's work, public domain, 17 U.S.C. 105); zone America/Los_Angeles (PDT); the post's address gives October 2023 and the words put Tuesday 24 October in 'next week', so said in the week of 16-22 October: read Thursday 19 October 2023 10:00 PDT (the label is the same for any day of that week). The remaining lines hold no time word ('temporarily' alone is general). a plan put modestly stays dated (CONVENTIONS 4.3): 'next week' falls due at its Sunday, 29 October 23:59:59 PDT. unsure: a careful reader could give 'earliest' with earliest 24 October 2023 00:00 PDT (CONVENTIONS 3.2, 'as early as')
    B(
        text="We are tentatively looking at conducting another prescribed burn in the Gateway trailhead area next week, as early as Tuesday October 24th.",
        due="2023-10-30 06:59:59",
        vague=False,
        said="2023-10-19 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_USFS23,
        published="2023-10-19",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate, Tuesday 11 October 2005, 'Railway Safety Bill 2001: Report Stage (Resumed)', the speech of Deputy Róisín Shortall as carried by KildareStreet.com, which republishes the Oireachtas record and links its source; Oireachtas (Open Data) PSI Licence, CC BY 4.0, the Houses' own licence); zone Europe/Dublin (IST); the page gives the speech's hour, 6:00 pm: said 11 October 2005 18:00 IST. The speaker tag, the 'No.' that opens the speech and the sentences without a time word are not taken. told as done: past
    B(
        text="Departmental officials kindly provided a briefing last week for Deputy Olivia Mitchell and myself, during which we discussed the schedule for taking the legislation.",
        due=None,
        vague=False,
        said="2005-10-11 17:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL05,
        published="2005-10-11",
    ),
    # a past expectation, overtaken (the Bill is before the House today): past. unsure: a careful reader could give 'negated' (the expected time called off, CONVENTIONS 4.1)
    B(
        text="The understanding was that the Bill would not be before the House until next week.",
        due=None,
        vague=False,
        said="2005-10-11 17:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL05,
        published="2005-10-11",
    ),
    # told as done, the discovery before lunch: past
    B(
        text="I did not receive a schedule of business for this week and it was only when one of the officials rang me before lunch that I discovered the Bill would be before the House today.",
        due=None,
        vague=False,
        said="2005-10-11 17:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL05,
        published="2005-10-11",
    ),
    # past spans (four years, 12 months) measured to now: past
    B(
        text="Given that the Department sat on it for four years and that the Minister has sat on it for 12 months following a lengthy Committee Stage debate, it is unreasonable to spring Fifth Stage now and rush us into finalising the legislation.",
        due=None,
        vague=False,
        said="2005-10-11 17:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL05,
        published="2005-10-11",
    ),
    # an argument for delay, no undertaking of anyone's (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give a vague 7-day window ('a few days', to 18 October 2005)
    B(
        text="Another few days will not make a difference to the legislation.",
        due=None,
        vague=False,
        said="2005-10-11 17:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL05,
        published="2005-10-11",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate, Wednesday 29 June 2011, 'Ministers and Secretaries (Amendment) Bill 2011: Committee Stage', Senator Ivana Bacik, as carried by KildareStreet.com; CC BY 4.0 as above); zone Europe/Dublin; the page stamps the speech 1:00 am (a sitting run past midnight): said 29 June 2011 01:00 IST. The speaker tag and the sentences without a time word are not taken ('Earlier' is general). a plan called off and replaced by a length: negated (CONVENTIONS 4.1). unsure: a careful reader could give 'past'
    B(
        text="The debate was originally scheduled to take place over two days and I do not know exactly who decided it should be reduced to a single day.",
        due=None,
        vague=False,
        said="2011-06-29 00:00:00",
        tz="Europe/Dublin",
        refusal="negated",
        cluster=5,
        source=_SEAN11,
        published="2011-06-29",
    ),
    # a time hung on an undated event ('in time for the Minister to assume functions'): event (CONVENTIONS 1.3, 5.2)
    B(
        text="The reason probably is that Government amendments will now be made in the Seanad and I understand there are difficulties in having it signed into law by the President, given her commitments, to allow it to come into force in time for the Minister to assume functions.",
        due=None,
        vague=False,
        said="2011-06-29 00:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEAN11,
        published="2011-06-29",
    ),
    # a length regretted, no act undertaken for a time: due None, no refusal word (CONVENTIONS 4.2). unsure: a careful reader could give 29 June 2011 23:59:59 local, the one day the stage is taken
    B(
        text="I am not fully aware of what the timescale is, but I regret nevertheless that as a result, it is being taken on a single day.",
        due=None,
        vague=False,
        said="2011-06-29 00:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN11,
        published="2011-06-29",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate, Thursday 5 November 2015, 'Climate Action and Low Carbon Development Bill 2015: Committee Stage (Resumed)', on oireachtas.ie; CC BY 4.0 as above); zone Europe/Dublin (GMT in November); the date is the sitting's own; no hour given, said 5 November 2015 10:00 GMT. The amendment's text, the sentence whose only year names an Act (1930) and the sentences with only general words ('at the time', 'In the interim', 'no longer') are not taken. an event said to happen at a time (CONVENTIONS 3.1): the end of November. unsure: a careful reader could give due None (the conference only frames the remark; no act of the speaker's)
    B(
        text="These matters are important as we head towards the Paris conference at the end of the month.",
        due="2015-11-30 23:59:59",
        vague=False,
        said="2015-11-05 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SEAN15,
        published="2015-11-05",
    ),
    # a question about a time: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="For this reason, will the Minister of State involve the Oireachtas under this amendment today or on Report Stage?",
        due=None,
        vague=False,
        said="2015-11-05 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN15,
        published="2015-11-05",
    ),
    # the time only dates the state talked about, no act to check: due None, no refusal word. unsure: a careful reader could give 'event' (the period before an undated conference, CONVENTIONS 1.3)
    B(
        text="The level of acceptance before the Paris conference represents a major increase on what existed previously.",
        due=None,
        vague=False,
        said="2015-11-05 10:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN15,
        published="2015-11-05",
    ),
    # UK Parliament (House of Commons Votes and Proceedings, Monday 21 October 2024, on commonsbusiness.parliament.uk; Open Parliament Licence v3.0); zone Europe/London (BST); the date is the record's own head; no hour of publication given, said 21 October 2024 10:00 BST (the record is of that day's sitting). The contents list, the bills' long titles (whose only year names an Act) and the presenters' lines without a time word are not taken; 'The House met at 2.30 pm.' read USED when checked whole (stock wording found in another set) and was dropped after labelling, its label not kept; the stored text ends inside the sixth bill's title. the order of the day for the second reading, a one-off event on a named day (CONVENTIONS 3.1): end of Friday 4 July 2025 BST
    B(
        text="Bill read the first time; to be read a second time on Friday 4 July 2025, and to be printed (Bill 32).",
        due="2025-07-04 22:59:59",
        vague=False,
        said="2024-10-21 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCVP24,
        published="2024-10-21",
    ),
    # as above: end of Friday 7 March 2025 GMT
    B(
        text="Bill read the first time; to be read a second time on Friday 7 March 2025, and to be printed (Bill 33).",
        due="2025-03-07 23:59:59",
        vague=False,
        said="2024-10-21 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCVP24,
        published="2024-10-21",
    ),
    # a year-less date, its next occurrence: Friday 29 November 2024, end of day GMT (CONVENTIONS 3.1)
    B(
        text="Bill read the first time; to be read a second time on Friday 29 November, and to be printed (Bill 34).",
        due="2024-11-29 23:59:59",
        vague=False,
        said="2024-10-21 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HCVP24,
        published="2024-10-21",
    ),
    # UK Parliament (House of Commons, Wednesday 18 January 2006, Work and Families Bill, a contribution of Eleanor Laing (now Baroness Laing of Elderslie), HC Deb 441 c895-6, as served by Parliament's own search prototype; Open Parliament Licence v3.0); zone Europe/London (GMT); the date is the record's ('in the House of Commons on Wednesday, 18 January 2006'); no hour, said 18 January 2006 10:00 GMT. The index metadata (its 2024 timestamp) and the sentences without a time word are not taken. an option not taken, no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give 'negated' (the times named are denied)
    B(
        text="We could have waited for Third Reading until next week, the week after, or the week after that.",
        due=None,
        vague=False,
        said="2006-01-18 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC06,
        published="2006-01-18",
    ),
    # an argument about another's timing, no undertaking (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could give 8 March 2006 23:59:59 local (seven weeks, the commencement the sentence takes as planned)
    B(
        text="It is a good Bill, and we want it to come into force, but there is no reason why it should do so in six or seven weeks’ time rather than in 10 or 11 weeks’ time.",
        due=None,
        vague=False,
        said="2006-01-18 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC06,
        published="2006-01-18",
    ),
    # UK Parliament (written statement HLWS891 'HMCTS Update', made in the Lords on 24 July 2018, repeating the Lord Chancellor's Commons statement; questions-statements.parliament.uk; Open Parliament Licence v3.0); zone Europe/London (BST); the date is the page's 'Statement made on 24 July 2018'; no hour, said 10:00 BST. The introducing line, the list and the sentences without a time word or with only general ones ('in the longer term') are not taken, and the statement's last sentence is cut off where the stored text ends. the present with 'today' on the promised act: due at the end of that day (CONVENTIONS 2.1)
    B(
        text="I am today announcing the outcome of five separate consultations published on 18 January 2018 relating to the future of eight courts within HM Courts & Tribunals estate [HCWS412].",
        due="2018-07-24 22:59:59",
        vague=False,
        said="2018-07-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL18,
        published="2018-07-24",
    ),
    # Ministry of Justice and HM Courts & Tribunals Service (press release 'Government announces changes to court estate', as carried verbatim by Wired-Gov; Crown copyright, Open Government Licence v3.0); zone Europe/London (BST); the copy gives '24 Jul 2018 01:29 PM': said 24 July 2018 13:29 BST. The other sentences hold no time word or only general ones ('in the long term', 'early morning starts'), and the last ('the court will not be closed until video facilities are') is cut off where the stored text ends, so neither is taken. a past figure: past
    B(
        text="During 2016/17, 41% of court and tribunal buildings were used for less than half of their available time.",
        due=None,
        vague=False,
        said="2018-07-24 12:29:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ18,
        published="2018-07-24",
    ),
    # Department for International Trade, whose trade functions are now the Department for Business and Trade (news story 'UK consults on new Global Tariff Policy', as carried verbatim by Wired-Gov; Crown copyright, Open Government Licence v3.0); zone Europe/London (GMT); the date is in the copy's address (06022020) and the release calls it 'today'; no hour of the department's own, said 6 February 2020 10:00 GMT. The 'Now that' sentence (a general word only), the list and the sentences without a time word are not taken. the perfect with 'today': past (CONVENTIONS 2.4)
    B(
        text="The Department for International Trade has today launched a public consultation to inform the UK’s new independent global tariff policy.",
        due=None,
        vague=False,
        said="2020-02-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DIT20,
        published="2020-02-06",
    ),
    # a one-off start in force on a day (CONVENTIONS 3.1, 3.1a): end of 1 January 2021
    B(
        text="As part of our new approach, the Government is developing a new UK Most Favoured Nation (MFN) tariff schedule which will enter into force on 1st January 2021.",
        due="2021-01-01 23:59:59",
        vague=False,
        said="2020-02-06 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DIT20,
        published="2020-02-06",
    ),
    # a window run for four weeks from now, its close named: due at its end, 5 March 2020 (CONVENTIONS 1.1; the later clause is hung on an undated event)
    B(
        text="The consultation will be open online for four weeks from today, closing on 5 March, and all views will be taken into account before the Global Tariff Policy in finalised.",
        due="2020-03-05 23:59:59",
        vague=False,
        said="2020-02-06 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DIT20,
        published="2020-02-06",
    ),
    # a rule taking effect on a day (CONVENTIONS 3.1a): end of 1 January 2021
    B(
        text="Goods coming into the UK will no longer be subject to the EU’s Common External Tariff as they have been for nearly 50 years, with the UK’s new Global Tariff Policy coming into effect on 1 January 2021 for imports from any country the UK does not have a free trade agreement with.",
        due="2021-01-01 23:59:59",
        vague=False,
        said="2020-02-06 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DIT20,
        published="2020-02-06",
    ),
    # Department for International Trade and HM Treasury (news story on the temporary tariff regime, as carried verbatim by Parliament Today; Crown copyright, Open Government Licence v3.0; its line breaks are joined with spaces); zone Europe/London (BST); the copy prints no date: the release and the matching written statement are of Tuesday 8 October 2019 (the dated reports of it in the store), said 8 October 2019 10:00 BST. The list items and sentences without a time word are not taken; the stored text ends inside a heading's paragraph. the perfect with 'today': past (CONVENTIONS 2.4)
    B(
        text="The government has today published an update to the UK’s temporary tariff regime if we leave the EU without a deal.",
        due=None,
        vague=False,
        said="2019-10-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DIT19,
        published="2019-10-08",
    ),
    # 'published in March' is past; the undertaking is to be ready to leave on 31 October: end of 31 October 2019 GMT (CONVENTIONS 3.1). unsure: a careful reader could give due None (leaving is the country's event, not the department's act)
    B(
        text="These 3 specific amendments to the tariff rates published in March will enable UK supply chains to continue to operate smoothly and keep prices down for consumers and ensure that we are fully prepared to leave the EU on 31 October whatever the circumstances.",
        due="2019-10-31 23:59:59",
        vague=False,
        said="2019-10-08 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DIT19,
        published="2019-10-08",
    ),
    # the act's own later time is an undated day ('exit day', CONVENTIONS 2.3 with 1.3): event. unsure: a careful reader could give 8 October 2019 23:59:59 local (announcing today, CONVENTIONS 2.1) or 31 October 2019 (exit day as then set by law)
    B(
        text="Today we are also announcing an exceptional review process, which will come into force on exit day, to make changes to the temporary tariff regime if necessary.",
        due=None,
        vague=False,
        said="2019-10-08 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DIT19,
        published="2019-10-08",
    ),
    # Prime Minister of Australia (transcript 'Press conference - Canberra', 11 December 2025, the Prime Minister with the Minister for Communications; pm.gov.au, whose content is licensed CC BY 4.0, as the brief records); zone Australia/Sydney (AEDT, Canberra); the date is the transcript's own address and head; no hour, said 11 December 2025 10:00 AEDT. Speaker tags are left off; sentences without a time word or with only general ones ('of our time') are not taken; the last sentence ('before Christmas, before more nuanced information across t') is cut off where the stored text ends and is not taken. told as done ('have delivered', 'overnight'): past
    B(
        text="Well, bright new morning in Australia as we have delivered our world-leading laws, and I think it's pretty clear overnight that the world is watching.",
        due=None,
        vague=False,
        said="2025-12-10 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM25,
        published="2025-12-11",
    ),
    # told as done this morning: past
    B(
        text="We have met this morning with some great students here at St John Paul II College, I think Lucy, Caleb, Shantel, and Alex, and their teacher Jenna.",
        due=None,
        vague=False,
        said="2025-12-10 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM25,
        published="2025-12-11",
    ),
    # a programme run across the summer (December to February in a southern zone): due at its end, 28 February 2026 23:59:59 AEDT (CONVENTIONS 1.1, 3.5's seasons). unsure: a careful reader could give due None (a programme described, no act to check)
    B(
        text="And that's why we're really proud that part of the work we're doing in rolling out these laws is in conjunction with the Library Information Association, a programme rolling out across the summer, for 115 public libraries so that kids off their devices can go somewhere in the real world, connect, learn, develop new skills, forge new real-world connections.",
        due="2026-02-28 12:59:59",
        vague=False,
        said="2025-12-10 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_PM25,
        published="2025-12-11",
    ),
    # taken whole with its quoted questions (one quotation). the act is done today: end of 11 December 2025 AEDT (CONVENTIONS 2.1); the 9th is inside the quoted question
    B(
        text="So, while that happens today, the eSafety Commissioner will write to all 10 platforms who are considered age-restricted social media platforms, and she will ask them, as you've heard me say, 'what were your numbers that are under 16 accounts on the 9th of December? What are your numbers today on the 11th of December?'",
        due="2025-12-11 12:59:59",
        vague=False,
        said="2025-12-10 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_PM25,
        published="2025-12-11",
    ),
    # Prime Minister of Australia (a page of the pm.gov.au media list, www2.pm.gov.au/node?page=57, holding the openings of a media release, an ABC 7.30 interview, the Paralympic team launch speech and the Governor-General's swearing-in remarks of 1-3 July 2024; CC BY 4.0 as above); zone Australia/Sydney (AEST); the page prints no dates: read on Wednesday 3 July 2024 10:00 AEST, the day the release's Bills were introduced (the release says 'Today'); the other two labels do not depend on the day within 1-3 July. Headings, speaker tags and sentences without a time word ('this momentous day' is general) are not taken. the promised act on the day of speaking: end of 3 July 2024 (CONVENTIONS 2.1)
    B(
        text="Today the Government will introduce the new Future Made in Australia Bill 2024 and Future Made in Australia (Omnibus Amendments No. 1) Bill 2024 to Parliament, a major step in making the Australian economy more prosperous and resilient.",
        due="2024-07-03 13:59:59",
        vague=False,
        said="2024-07-03 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_PM24,
        published="2024-07-03",
    ),
    # the interviewer's tag 'FERGUSON:' is left off. a question: due None, no refusal word (CONVENTIONS 4.3)
    B(
        text="Will Senator Payman still be in the Labor Party at the end of this week?",
        due=None,
        vague=False,
        said="2024-07-03 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_PM24,
        published="2024-07-03",
    ),
    # an event said to happen at a time (CONVENTIONS 3.1): the end of August 2024. unsure: a careful reader could give due None (the games are others' event; no act of the speaker's to check)
    B(
        text="Men and women from every part of our country, who all of us will be cheering for when the games begin at the end of August.",
        due="2024-08-31 13:59:59",
        vague=False,
        said="2024-07-03 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_PM24,
        published="2024-07-03",
    ),
    # Prime Minister of Australia (opinion piece 'Co-operation key to Labor delivering for families and nation', www2.pm.gov.au; CC BY 4.0 as above); zone Australia/Sydney (AEDT); no date printed: it tells the last sitting day of 2023 (Thursday 7 December) as done and looks back on the year, read Friday 8 December 2023 10:00 AEDT; every label of this page is 'past' for any day of that month. 'From now on' and 'for too long' (general words only) and the sentences without a time word are not taken; the last sentence is cut off where the stored text ends. told as done: past
    B(
        text="On the last day of Parliament for 2023, Australia and Papua New Guinea signed an historic security agreement and our Government passed new laws to ensure more Australians get a fair go at work.",
        due=None,
        vague=False,
        said="2023-12-07 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM23,
        published="2023-12-08",
    ),
    # the year summed up as done: past
    B(
        text="Getting wages moving and boosting job security have been key priorities for our Government through 2023.",
        due=None,
        vague=False,
        said="2023-12-07 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM23,
        published="2023-12-08",
    ),
    # the year summed up as done: past
    B(
        text="I’m really proud of what we’ve been able to achieve this year through the co-operation we’ve built at National Cabinet.",
        due=None,
        vague=False,
        said="2023-12-07 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM23,
        published="2023-12-08",
    ),
    # told as done: past
    B(
        text="Our Government has made boosting housing supply, affordability and construction a priority right through 2023 and in August, National Cabinet came together to agree on the biggest set of housing reforms in a generation.",
        due=None,
        vague=False,
        said="2023-12-07 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM23,
        published="2023-12-08",
    ),
    # National Park Service (Petroglyph National Monument news release on the Rinconada Canyon Trail, as carried verbatim by DesertUSA; a US federal work, public domain, 17 U.S.C. 105); zone America/Denver (MDT, Albuquerque); no date printed: the work runs 'to September 21' for 'up to two weeks', and the copy's address gives September 4-21 2018, so read Tuesday 4 September 2018 10:00 MDT (the first working day after Labor Day); no label depends on the day within 1-7 September. The agency boilerplate, sentences without a time word and those with only general ones ('over time', 'during this time') are not taken. closures on weekdays, a standing pattern with no end in this sentence: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None (the run's end is given only in the next sentence)
    B(
        text="The National Park Service is announcing that the Rinconada Canyon Trail at Petroglyph National Monument will be closed Mondays-Fridays for rehabilitation work.",
        due=None,
        vague=False,
        said="2018-09-04 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPS18,
        published="2018-09-04",
    ),
    # a closure kept to a date: due at the end of Friday 21 September MDT (CONVENTIONS 3.3)
    B(
        text="The trail will be closed up to two weeks (to September 21), on Monday – Friday while the work is being done.",
        due="2018-09-22 05:59:59",
        vague=False,
        said="2018-09-04 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_NPS18,
        published="2018-09-04",
    ),
    # 'of each week': recurring (CONVENTIONS 1.3)
    B(
        text="The trail will be re-opened to the public on Saturday and Sunday of each week.",
        due=None,
        vague=False,
        said="2018-09-04 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_NPS18,
        published="2018-09-04",
    ),
    # a past span: past
    B(
        text="Petroglyph National Monument has been providing an educational work experience to several youth groups for the past four years.",
        due=None,
        vague=False,
        said="2018-09-04 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_NPS18,
        published="2018-09-04",
    ),
    # USDA Farm Service Agency (a page of fsa.usda.gov's news list, holding the openings of releases of 5 December 2023, 9 February 2022, 28 August 2020 and 16 February 2022; US federal works, public domain, 17 U.S.C. 105); each case is said at 10:00 local on its own release's dateline (Washington: America/New_York; Madison, Wisconsin: America/Chicago), the datelines kept in the text as printed. Headlines, 'each year' (a general word only) and sentences cut off where the stored text ends are not taken. the perfect: past
    B(
        text="WASHINGTON, Dec. 5, 2023 – The U.S. Department of Agriculture (USDA) has launched an online application for Direct Loan customers.",
        due=None,
        vague=False,
        said="2023-12-05 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_FSA,
        published="2023-12-05",
    ),
    # the extension told as done (the new date is in the next sentence); '2022' names a program year: past. zone America/Chicago (CST), said 9 February 2022 10:00 CST
    B(
        text="MADISON, Wisconsin, Feb. 9, 2022 – USDA has extended the deadline to enroll in Dairy Margin Coverage (DMC) and Supplemental Dairy Margin Coverage (SDMC) for program year 2022.",
        due=None,
        vague=False,
        said="2022-02-09 16:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_FSA,
        published="2022-02-09",
    ),
    # a deadline on a day: end of 25 March 2022 CDT
    B(
        text="The deadline to apply for 2022 coverage is now March 25, 2022.",
        due="2022-03-26 04:59:59",
        vague=False,
        said="2022-02-09 16:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_FSA,
        published="2022-02-09",
    ),
    # told as done: past
    B(
        text="As part of the Biden-Harris Administration’s ongoing efforts to support dairy farmers and rural communities, USDA’s Farm Service Agency (FSA) opened DMC and SDMC signup in December 2021 to help producers manage economic risk brought on by milk price and feed cost disparities.",
        due=None,
        vague=False,
        said="2022-02-09 16:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_FSA,
        published="2022-02-09",
    ),
    # said 28 August 2020 10:00 EDT (the dateline). a deadline on a day: end of 11 September 2020 EDT
    B(
        text="WASHINGTON, Aug. 28, 2020 –U.S. Department of Agriculture (USDA) Farm Service Agency (FSA) reminds farmers and ranchers that the deadline to apply for the Coronavirus Food Assistance Program (CFAP) is Sept. 11, 2020.",
        due="2020-09-12 03:59:59",
        vague=False,
        said="2020-08-28 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FSA,
        published="2020-08-28",
    ),
    # said 16 February 2022 10:00 EST (the dateline). a time limit to a day (CONVENTIONS 1.2): end of 15 March 2022 EDT
    B(
        text="WASHINGTON, Feb. 16, 2022 – Agricultural producers who have not yet enrolled in the Agriculture Risk Coverage (ARC) or Price Loss Coverage (PLC) programs for the 2022 crop year have until March 15, 2022, to sign a contract.",
        due="2022-03-16 03:59:59",
        vague=False,
        said="2022-02-16 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FSA,
        published="2022-02-16",
    ),
)
