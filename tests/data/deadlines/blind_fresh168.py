"""A HUNDRED-AND-SIXTY-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 22:17 and 22:30 by a labelling helper (branch
issue12l168-s59) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 59 (fresh164 to fresh167), whose claims in the shared claims file were treated as used
and whose files and README sections were not opened. It read `CONVENTIONS.md` in full (4.3 included), the
docstring, comments, some cases and the README section of `blind_fresh163.py`, the field list and the
docstring conventions of `BlindCase` in `blind_real.py`, the docstring of `tests/data/fresh_check.py` and
the top docstring of the parser package only (the vague windows, parts of the day, "lunchtime", bare
clock times, "early / mid / late"); nothing else of `bot/core/deadlines/` was opened. The brief asked for
historic Commons debates of 1950-2005 (not business statements), Seanad debates, US GAO, CBO, Library of
Congress and USGS releases, infrastructure.gov.au and ACCC pages stating CC BY, kremlin.ru (only with its
CC BY 4.0 statement seen) and European Commission consultations; at least eight publishers, none above a
fifth, at most a third from the United States; about 80 cases (at least 60).

The set quotes UK Parliament (historic Hansard: the Commons debates of 16 November 1962 and 5 March 1952),
the Houses of the Oireachtas (the Seanad sittings of 16 June 1999 and 29 June 1994), the ACCC (four pages
of accc.gov.au: notices of 2 July 2015, 2 May 2022 and 16 January 2024 and a merger-register page), the
Congressional Budget Office (a blog post of 13 June 2013), the European Commission (the Daily News item of
13 November 2018), the Library of Congress (its release of 10 June 2020, as carried by EIN Presswire), the
GAO (its bid-protest page) and the USGS (a newsroom release of 24 October 1999, in the USGS archive). 76
cases from 8 publishers (the Oireachtas 15 (19.7%); the ACCC 15 (19.7%); UK Parliament 14 (18.4%); CBO 10
(13.2%); the European Commission 7 (9.2%); the Library of Congress 5 (6.6%); the GAO 5 (6.6%); the USGS 5
(6.6%)). 25 of the 76 (32.9%) are from the United States (CBO, Library of Congress, GAO, USGS); 51 are not.

The store is heavily mined: of about 100 addresses and phrases checked with `fresh_check.py`, most read
used (kildarestreet Seanad pages, historic Hansard business statements, EC Daily News pages of 2019,
Statistics Canada Daily and calendar pages, Stats NZ, GOV.UK copies on ukpol.co.uk, Wikinews launch and
election stories, the ACCC holiday notices and supermarket inquiry pages, NISRA news). No kremlin.ru page
with its own CC BY 4.0 statement was found, and no infrastructure.gov.au page whose licence could be seen
in the store (the minister's speech of November 2025 was fresh but prints neither date nor licence), so
neither is quoted. No European Commission consultation page was found fresh; the Commission is quoted
through a Daily News item instead. Each page's cases share one `source` constant, so whole pages can be
dropped.

Left out, and why. Claimed (`fresh168`) but not used, to keep the caps (a fifth for each publisher, a third
for the United States): the Seanad sittings of 12 December 1990 and 2 February 1994; the Commons debates
of 9 May 1951 and 28 March 1956; the CBO post of 17 April 2019 (cbo.gov/publication/55120); the Library of
Congress release of 21 April 2022 (newsroom.loc.gov, "Live at the Library"); the ACCC notice of 13 July 2023
and its carbon-monitoring report page of the June quarter 2014. Within the pages kept: sentences whose
only time words are general ("now", "regularly", "to date", "then", "current", "the coming session") or
whose only year names an Act or a Bill; sentences without a time word; sentences cut off where the stored
opening ends; the French opening of a Seanad page; date lines, headings, the "DATES"-like timeline lines of
the ACCC merger register and the bulleted date ranges of the ACCC notice of 2 July 2015 (fragments, not
sentences).

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time,
"today", "tonight"-like parts of the day, "this summer", "next January", "within 6 months", "in due
course", "immediate", "for the next five years", "the remainder of the year", "the first quarter of
2024"); within each page quoted, the sentences of the stored opening that hold one were taken in page
order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh168`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole
with the same tool (skipping this file). Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for UK Parliament, Europe/Dublin for the
Oireachtas, Australia/Sydney for the ACCC, Europe/Brussels for the Commission, America/New_York for CBO,
the Library of Congress and the GAO, America/Denver for the USGS release, which was issued from its Denver
office for a meeting in Denver); the conversion of local instants to UTC wall time, weekdays and day
counts were done with Python's zoneinfo and datetime in a scratch script outside the repository, never
with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh163.py`: the publication date at 10:00 local time, as none of these pages gives an hour (the
first comment of each page says where its date was read); a day falls due at 23:59:59 local; "today" on
the act as it is spoken at the end of that day (CONVENTIONS 2.1); a one-off event at a time due then
(CONVENTIONS 3.1); a window opened for a stated length from a start the sentence gives due at its end
(CONVENTIONS 1.1); several times at the latest (CONVENTIONS 6.1); a clock time with no day of its own at
its first occurrence after the moment of speaking (CONVENTIONS 6.3); a question, request or proposal due
None with no refusal word (CONVENTIONS 4.3); times hung on an undated event are event (CONVENTIONS 1.3,
5.2); standing rules recurring (CONVENTIONS 1.3); done acts past; denied times negated (CONVENTIONS 4.1);
vague words of an undertaking take the documented windows (CONVENTIONS 5.1). Three pages print no date:
the ACCC merger-register page is read at 10:00 on the day after the latest date it names as past (26
January 2013), and the GAO page (recurring labels only) at 10:00 on the day it was read (6 December 2026);
their comments say so. Clusters as in `blind_fresh163.py`: 1 no time set, 2 clock times, 3 ranges and
several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 45 labels are
refusals (past 19, recurring 16, event 6, negated 4, earliest 0); 2 are vague (one 60-day, one 7-day
window); 28 labels carry a due instant (the 2 vague ones included); 3 have due None and no refusal word;
16 are marked "unsure" and name the other reading; like every label here they stay as committed,
whatever the first run shows. First run: not yet taken (the lead runs it once, after merging, and records
it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HC62 = "https://api.parliament.uk/historic-hansard/commons/1962/nov/16/clause-10-interpretation"
_HC52 = "https://hansard.parliament.uk/Commons/1952-03-05/debates/6ce26adb-ecd8-4946-9864-9f8333206ba8/Clause3%E2%80%94(PeriodInRespectOfWhichContributionsMayBeMade)"
_SEAN99 = "https://www.oireachtas.ie/en/debates/debate/seanad/1999-06-16/3/"
_SEAN94 = "https://www.oireachtas.ie/en/debates/debate/seanad/1994-06-29/4/"
_CBO13 = "http://cbo.gov/publication/44319"
_LOC20 = "https://www.einpresswire.com/article/519109572/news-library-events-canceled-until-9-1"
_ACCC15 = "https://www.accc.gov.au/by-industry/telecommunications-and-internet/non-nbn-fixed-line-services-access-regulation/fixed-line-services-final-access-determinations-inquiry-2013/further-extension-of-the-inquiry-period"
_ACCC22 = "https://www.accc.gov.au/by-industry/telecommunications-and-internet/non-nbn-fixed-line-services-access-regulation/superfast-broadband-access-service-sbas-final-access-determination-inquiry-2021/notice-of-extension-of-final-access-determination-inquiry-0"
_ACCC24 = "https://www.accc.gov.au/by-industry/telecommunications-and-internet/non-nbn-fixed-line-services-access-regulation/superfast-broadband-access-service-sbas-final-access-determination-inquiry-2021/notice-of-extension-of-final-access-determination-inquiry-2"
_ACCC13 = "http://www.accc.gov.au/content/index.phtml/itemId/1086558/fromItemId/750991"
_EC18 = "http://europa.eu/rapid/press-release_MEX-18-6407_en.htm"
_GAO = "https://www.gao.gov/legal/are-you-waiting-for-a-bid-protest-decision/about"
_USGS99 = "https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=1206.html"

FRESH168_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (historic Hansard, House of Commons, 'HC Deb 16 November 1962 vol 667 cc781-2', clause 10 of the Pensions (Increase) Bill in committee, on api.parliament.uk; Open Parliament Licence, stated on Parliament's copyright page as kept in its own web archive, webarchive.parliament.uk/.../site-information/copyright/); zone Europe/London (GMT); the date is the sitting's own, in its head line; no hour given, said Friday 16 November 1962 10:00 GMT. The head line and speaker's name are not taken. an amendment inserting 1 July 1962, a day gone when it is moved (a claim for retrospection): past. unsure: a careful reader could give due None with no refusal word, an amendment being a proposal put forward for agreement (CONVENTIONS 4.3)
    B(
        text='I beg to move, in page 6, line 41, to leave out from the second "the" to end of line 43, and to insert "1st July 1962".',
        due=None,
        vague=False,
        said="1962-11-16 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC62,
        published="1962-11-16",
    ),
    # backdating to 1 July of the year of speaking, a day gone: past
    B(
        text="This is a claim for retrospection of the benefits of the Bill to 1st July of this year.",
        due=None,
        vague=False,
        said="1962-11-16 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC62,
        published="1962-11-16",
    ),
    # an announcement made during July, told as done: past
    B(
        text="I am bearing in mind in this connection that during July the Chief Secretary, on behalf of the Government, took the unusual step of announcing to the House that it was the intention of the Government to introduce another Pensions (Increase) Bill.",
        due=None,
        vague=False,
        said="1962-11-16 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC62,
        published="1962-11-16",
    ),
    # quoted as printed ('axe', 'whole. House'); an announcement in July before the Summer Recess, told as done: past
    B(
        text="Usually, announcements of legislation for the following Session axe reserved for the Gracious Speech, but for reasons which the whole. House will understand the right hon. Gentleman felt it desirable to announce this in July, before we rose for the Summer Recess.",
        due=None,
        vague=False,
        said="1962-11-16 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC62,
        published="1962-11-16",
    ),
    # the House rose for the Summer Recess, told as done: past
    B(
        text="The right hon. Gentleman probably did so because he knew that the House was not only attentive, but was perhaps a little impatient about this matter and wanted to hear something before we rose for the Summer Recess.",
        due=None,
        vague=False,
        said="1962-11-16 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC62,
        published="1962-11-16",
    ),
    # 'Hon. Members on both sides ... Chief Secretary's announcement.', 'That was a Freudian slip, going back to my days in the Inland Revenue.' and the next sentence hold no time word of their own and are not taken. next January is the time the speaker argues people should not have to wait for: denied (CONVENTIONS 4.1)
    B(
        text="It seems appropriate that, the announcement having been made in July, people should not have to wait until next January for the benefit.",
        due=None,
        vague=False,
        said="1962-11-16 10:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HC62,
        published="1962-11-16",
    ),
    # one sentence as printed (a comma before 'It'); a custom described ('it is customary', 'It is not usual'), the autumn and next January being the times of an imagined case, not of any act undertaken: recurring (CONVENTIONS 1.3). unsure: a careful reader could give 'negated' (the practice is denied, 'It is not usual') or due None with no refusal word (a hypothetical, CONVENTIONS 4.2). 'Therefore, it seems to me ... back dating.' holds no time word; the rest of the stored opening is cut off and not taken
    B(
        text='When decisions of this kind are taken it is customary to implement them speedily, It is not usual to announce something well ahead and then go away for a long summer holiday, coming back in the autumn and saying, "Oh, yes, it will start next January."',
        due=None,
        vague=False,
        said="1962-11-16 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HC62,
        published="1962-11-16",
    ),
    # UK Parliament (Hansard, House of Commons, 'Clause 3—(Period In Respect Of Which Contributions May Be Made)', 'Volume 497: debated on Wednesday 5 March 1952', on hansard.parliament.uk, 'created from Hansard archive content'; Open Parliament Licence, as above); zone Europe/London (GMT); no hour given, said Wednesday 5 March 1952 10:00 GMT. The lead-in 'I beg to move, in page 2, line 31, to leave out subsections (3) and (4), and to insert:' holds no time word; the subsection it inserts is quoted as its own sentence. a statutory rule for every country's first scheme (a period not before a date and not above one year): a standing rule, recurring (CONVENTIONS 1.3)
    B(
        text="(3) A period specified for the purposes of this section in the first scheme under this Act for any country may be a period beginning before the passing of this Act, but not before the first day of July, nineteen hundred and fifty-one, and shall not exceed one year.",
        due=None,
        vague=False,
        said="1952-03-05 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HC52,
        published="1952-03-05",
    ),
    # a limit for every later scheme: recurring (CONVENTIONS 1.3)
    B(
        text="(4) A period specified for the purposes of this section in any subsequent scheme under this Act shall not exceed two years.",
        due=None,
        vague=False,
        said="1952-03-05 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HC52,
        published="1952-03-05",
    ),
    # 'at the same time' as the amendment before it, put forward for the House's agreement ('Perhaps it would be for the convenience'): a proposal, due None with no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 'event', the time being that of a debate this sentence does not date
    B(
        text="Perhaps it would be for the convenience of the House if we considered at the same time the following Amendment in my name.",
        due=None,
        vague=False,
        said="1952-03-05 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC52,
        published="1952-03-05",
    ),
    # the lead-in 'It is to Clause 4, in page 3, line 28, at the end, to insert:' holds no time word; the proviso it inserts is quoted as its own sentence. a limit for any extension of a scheme: recurring (CONVENTIONS 1.3)
    B(
        text="Provided that any extension by a varying scheme of a period specified for the purposes of section three of this Act shall be for not more than two years.",
        due=None,
        vague=False,
        said="1952-03-05 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HC52,
        published="1952-03-05",
    ),
    # 'I think that would be quite convenient ...' and 'These two Amendments are to meet criticisms ...' hold no time word and are not taken. the first scheme lasts up to one year from a start this sentence leaves open (not before 1 July 1951): a length from an undated start, event (CONVENTIONS 1.3); the next sentence gives the dates, which this case does not use (CONVENTIONS 6.3; page: 30 June 1952 23:59:59 BST)
    B(
        text="The effect of the Amendments, with the Amendment agreed to in Committee that all Statutory Instruments made under the Bill shall require an Affirmative Resolution, is that, subject to an Affirmative Resolution, the first scheme shall be for a period beginning before the passing of the Act but not before 1st July, 1951, and not exceeding one year.",
        due=None,
        vague=False,
        said="1952-03-05 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC52,
        published="1952-03-05",
    ),
    # a period from 1 July 1951 to 30 June 1952 falls due at its later end (CONVENTIONS 3.3, 6.1); 30 June 1952 was in British Summer Time [local due 1952-06-30 23:59:59 BST]
    B(
        text="In fact, the scheme will be for the period from 1st July, 1951, to 30th June, 1952.",
        due="1952-06-30 22:59:59",
        vague=False,
        said="1952-03-05 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HC52,
        published="1952-03-05",
    ),
    # every later scheme up to two years: a standing rule, recurring (CONVENTIONS 1.3); the rest of the stored opening is cut off and not taken
    B(
        text="After the period of the first scheme, all subsequent schemes will be for periods not exceeding two years, and every scheme and every variation or revocation of a scheme will, as already stated, be subject to Affirmative Resolution.",
        due=None,
        vague=False,
        said="1952-03-05 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HC52,
        published="1952-03-05",
    ),
    # Houses of the Oireachtas (Seanad Eireann debate, Order of Business, 'Wednesday, 16 Jun 1999', Vol. 159 No. 16, on oireachtas.ie; Oireachtas (Open Data) PSI Licence, CC BY 4.0, the Houses' copyright notice); zone Europe/Dublin (IST); the date is the sitting's own, in its head and address; no hour given, said Wednesday 16 June 1999 10:00 IST. The opening congratulations hold no time word and are not taken. a member elected to represent Leinster 'for the next five years', a term run from the moment of speaking, due at its end (CONVENTIONS 1.1). unsure: a careful reader could give due None with no refusal word, the words describing an MEP's term and undertaking nothing [local due 2004-06-16 23:59:59 IST]
    B(
        text="The people of Leinster are very fortunate to have someone of her ability to represent them in Europe for the next five years.",
        due="2004-06-16 22:59:59",
        vague=False,
        said="1999-06-16 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SEAN99,
        published="1999-06-16",
    ),
    # the two sentences of congratulation and hope before it hold no time word ('long service' is none) and are not taken. the business of the day of speaking, to be taken that day (CONVENTIONS 2.1). unsure: a careful reader could give due None with no refusal word, 'Today's' only naming the day's order paper [local due 1999-06-16 23:59:59 IST]
    B(
        text="Today's Order of Business is Nos. 1 and 21, motion 28.",
        due="1999-06-16 22:59:59",
        vague=False,
        said="1999-06-16 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEAN99,
        published="1999-06-16",
    ),
    # stages to be taken 'today' (CONVENTIONS 2.1, 3.1) [local due 1999-06-16 23:59:59 IST]
    B(
        text="On No. 1, Committee and Remaining Stages shall be taken today.",
        due="1999-06-16 22:59:59",
        vague=False,
        said="1999-06-16 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEAN99,
        published="1999-06-16",
    ),
    # a slot from 6 p.m. to 8 p.m. with no day of its own: the first 8 p.m. after the moment of speaking (CONVENTIONS 6.1, 6.3) [local due 1999-06-16 20:00:00 IST]
    B(
        text="No. 21, motion 28, shall be taken from 6 p.m. to 8 p.m., and business will resume thereafter, if not previously concluded.",
        due="1999-06-16 19:00:00",
        vague=False,
        said="1999-06-16 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEAN99,
        published="1999-06-16",
    ),
    # the three sentences of congratulation before it hold no time word and are not taken. 'for the duration of this Parliament', an end this sentence does not date: event (CONVENTIONS 1.3). The two sentences after it hold no time word; the rest of the stored opening is cut off
    B(
        text="We send our good wishes to the Senator who will remain in the House for the duration of this Parliament.",
        due=None,
        vague=False,
        said="1999-06-16 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEAN99,
        published="1999-06-16",
    ),
    # Houses of the Oireachtas (Seanad Eireann debate, Order of Business, 'Wednesday, 29 Jun 1994', Vol. 140 No. 17, on oireachtas.ie; licence as above); zone Europe/Dublin (IST); the date is the sitting's own; no hour given, said Wednesday 29 June 1994 10:00 IST. 'last night', a result told as done: past
    B(
        text="Before I give the Order of Business, I am sure that the House would want me to recognise the fantastic result last night and to congratulate the Irish team, management and supporters for all they have given to this country.",
        due=None,
        vague=False,
        said="1994-06-29 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN94,
        published="1994-06-29",
    ),
    # the two sentences before it hold no time word and are not taken. a match at 'high noon' in Orlando 'next Monday': Monday 4 July 1994, noon in Orlando's zone, a one-off event at a time (CONVENTIONS 3.1). unsure: a careful reader could read 'high noon' as no clock time and give the end of Monday 4 July in the publisher's zone (1994-07-04 22:59:59 UTC) [local due 1994-07-04 12:00:00 EDT]
    B(
        text="I am sure that we all wish them well in their high noon match in Orlando next Monday.",
        due="1994-07-04 16:00:00",
        vague=False,
        said="1994-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEAN94,
        published="1994-06-29",
    ),
    # the business of the day, to be taken that day (CONVENTIONS 2.1). unsure: a careful reader could give due None with no refusal word, 'Today's' only naming the order paper [local due 1994-06-29 23:59:59 IST]
    B(
        text="Today's Order of Business is Items 1, 2, 3 and 42.",
        due="1994-06-29 22:59:59",
        vague=False,
        said="1994-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEAN94,
        published="1994-06-29",
    ),
    # 'between now and 1 p.m.' with no day of its own: the first 1 p.m. after the moment of speaking (CONVENTIONS 6.3) [local due 1994-06-29 13:00:00 IST]
    B(
        text="We will deal with Item 1, Report and Final Stages of the National Monuments Amendment) Bill, 1993, and Item 2 between now and 1 p.m.",
        due="1994-06-29 12:00:00",
        vague=False,
        said="1994-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEAN94,
        published="1994-06-29",
    ),
    # 'at the conclusion of Item 2', an event this sentence does not time: event (CONVENTIONS 1.3, 5.2)
    B(
        text="It is intended to take a sos at the conclusion of Item 2.",
        due=None,
        vague=False,
        said="1994-06-29 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEAN94,
        published="1994-06-29",
    ),
    # the stage begins at 2 p.m., a one-off start at a clock time with no day of its own (CONVENTIONS 3.1, 6.3); the suggested speaking times are a proposal that dates nothing (CONVENTIONS 4.3) [local due 1994-06-29 14:00:00 IST]
    B(
        text="We will begin Item 3, Second Stage of the Irish Horseracing Industry Bill, 1994, at 2 p.m. and I suggest 30 minutes per spokesperson and 15 minutes thereafter.",
        due="1994-06-29 13:00:00",
        vague=False,
        said="1994-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEAN94,
        published="1994-06-29",
    ),
    # a slot between 6 p.m. and 8 p.m.: the later end, that evening (CONVENTIONS 6.1, 6.3) [local due 1994-06-29 20:00:00 IST]
    B(
        text="Item 42 will be taken between 6 p.m. and 8 p.m.",
        due="1994-06-29 19:00:00",
        vague=False,
        said="1994-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEAN94,
        published="1994-06-29",
    ),
    # a return to the Bill at 8 p.m. (CONVENTIONS 3.1, 6.3); 'if necessary' does not undo the plan [local due 1994-06-29 20:00:00 IST]
    B(
        text="We will return to the Irish Horseracing Industry Bill, 1994, at 8 p.m., if necessary, to conclude Second Stage.",
        due="1994-06-29 19:00:00",
        vague=False,
        said="1994-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEAN94,
        published="1994-06-29",
    ),
    # 'at the conclusion of business', undated: event (CONVENTIONS 1.3, 5.2)
    B(
        text="The Adjournment will be at the conclusion of business.",
        due=None,
        vague=False,
        said="1994-06-29 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEAN94,
        published="1994-06-29",
    ),
    # 'I join with the Leader ... the success to date of the Irish team.' (only 'to date') and the three sentences after it (no time word) are not taken. a question about a time: due None with no refusal word (CONVENTIONS 4.3). The rest of the stored opening is cut off
    B(
        text="On the Order of Business, can the Leader of the House indicate today what other legislation he intends bringing into the House between now and the end of the session and when he thinks the end of the session will be?",
        due=None,
        vague=False,
        said="1994-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN94,
        published="1994-06-29",
    ),
    # Congressional Budget Office (blog post 'Some Information on Upcoming CBO Reports', 'June 13, 2013' in its own head, on cbo.gov; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EDT); no hour given, said Thursday 13 June 2013 10:00 EDT. The title is not taken. a letter sent 'today', told as done ('we described'): past
    B(
        text="In a letter today to the Chairs and Ranking Members of the House and Senate Budget Committees, we described the schedule for the rest of the year for CBO’s key economic and budget publications.",
        due=None,
        vague=False,
        said="2013-06-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CBO13,
        published="2013-06-13",
    ),
    # 'Here’s what we wrote:' holds no time word. the spring update issued in May, told as done: past
    B(
        text="CBO issued the spring update to its 10-year baseline projections in May this year—rather than in March, as it usually does—because the President’s budget was released much later than usual, and data that accompany that budget are useful for the preparation of our multiyear budget projections.",
        due=None,
        vague=False,
        said="2013-06-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CBO13,
        published="2013-06-13",
    ),
    # the effect runs through 'the remainder of the year': due at the year's end. unsure: a careful reader could give due None with no refusal word, the sentence stating an effect and undertaking no act [local due 2013-12-31 23:59:59 EST]
    B(
        text="That change to the usual schedule will affect what reports we produce and when we produce them during the remainder of the year.",
        due="2014-01-01 04:59:59",
        vague=False,
        said="2013-06-13 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_CBO13,
        published="2013-06-13",
    ),
    # releases in June in past years: past
    B(
        text="Specifically, in the past few years, CBO has released its long-term budget projections in June.",
        due=None,
        vague=False,
        said="2013-06-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CBO13,
        published="2013-06-13",
    ),
    # the delay to May has already pushed the schedule: past
    B(
        text="Because those long-term projections are based on the agency’s 10-year projections, the delay in our spring update to May has pushed the long-term projections onto a later schedule.",
        due=None,
        vague=False,
        said="2013-06-13 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CBO13,
        published="2013-06-13",
    ),
    # an expected release in September 2013, told as the agency's plan (CONVENTIONS 4.3, last paragraph) [local due 2013-09-30 23:59:59 EDT]
    B(
        text="We now expect to release this year’s long-term projections in September.",
        due="2013-10-01 03:59:59",
        vague=False,
        said="2013-06-13 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CBO13,
        published="2013-06-13",
    ),
    # 'every two years': recurring (CONVENTIONS 1.3)
    B(
        text="In addition, every two years, CBO prepares a report on spending and revenue options for reducing the deficit.",
        due=None,
        vague=False,
        said="2013-06-13 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_CBO13,
        published="2013-06-13",
    ),
    # a planned issue in October 2013 [local due 2013-10-31 23:59:59 EDT]
    B(
        text="This year we plan to issue that report in October.",
        due="2013-11-01 03:59:59",
        vague=False,
        said="2013-06-13 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CBO13,
        published="2013-06-13",
    ),
    # 'that we usually issue in August': a standing schedule, recurring (CONVENTIONS 1.3)
    B(
        text="There is a more significant change involving the update to CBO’s 10-year budget and economic projections that we usually issue in August.",
        due=None,
        vague=False,
        said="2013-06-13 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_CBO13,
        published="2013-06-13",
    ),
    # projections in August called off: negated (CONVENTIONS 4.1). The next sentence is cut off where the stored opening ends and is not taken
    B(
        text="Because CBO’s spring update to the 10-year budget projections was done so recently and because the agency is facing many demands on its limited resources—for analyses of major immigration legislation, for example—CBO will not issue new budget and economic projections in August.",
        due=None,
        vague=False,
        said="2013-06-13 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_CBO13,
        published="2013-06-13",
    ),
    # Library of Congress (news release 'Library Events Canceled Until 9/1', dated 2020-06-10 on the copy, as carried by EIN Presswire from the Library's news feed; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EDT); no hour given, said Wednesday 10 June 2020 10:00 EDT. public events cancelled until 1 September, a state kept to a date (CONVENTIONS 3.3); 'announced today' is the verb of speaking (CONVENTIONS 2.2). unsure: a careful reader could give 'negated' (the events are called off, CONVENTIONS 4.1) or the end of 31 August, 'until' read as up to [local due 2020-09-01 23:59:59 EDT]
    B(
        text="The Library of Congress announced today that it will cancel all scheduled public events at the Library until Sept. 1 as part of its ongoing efforts to reduce the risk of transmitting COVID-19 coronavirus.",
        due="2020-09-02 03:59:59",
        vague=False,
        said="2020-06-10 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_LOC20,
        published="2020-06-10",
    ),
    # 'Whenever possible, the Library will reschedule ...' holds no time word and 'We will also provide regular public updates ...' only a general one; both are not taken. 'until further notice', an end this sentence does not date: event (CONVENTIONS 1.3, 5.2)
    B(
        text="Library of Congress buildings and facilities remain closed to the public until further notice.",
        due=None,
        vague=False,
        said="2020-06-10 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_LOC20,
        published="2020-06-10",
    ),
    # the sentences on consulting 'regularly' and on remote work hold no time word of their own and are not taken. 'During this period, the Library has expanded': told as done, past
    B(
        text="During this period, the Library has expanded its online events and programs, launching Library of Congress: Engage! with original content from bestselling children’s author Dav Pilkey and National Ambassador for Young People’s Literature Jason Reynolds.",
        due=None,
        vague=False,
        said="2020-06-10 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_LOC20,
        published="2020-06-10",
    ),
    # a festival the weekend of 25-27 September 2020: the later end (CONVENTIONS 6.1) [local due 2020-09-27 23:59:59 EDT]
    B(
        text="In September, the 20th Library of Congress National Book Festival will celebrate “American Ingenuity,” featuring the creativity and inspiration of some of the nation’s most gifted authors in a reimagined virtual festival the weekend of Sept. 25-27.",
        due="2020-09-28 03:59:59",
        vague=False,
        said="2020-06-10 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_LOC20,
        published="2020-06-10",
    ),
    # 'this summer', meteorological summer 2020, at its end (the parser docstring's seasons) [local due 2020-08-31 23:59:59 EDT]. The remaining sentences of the stored opening hold no time word or are cut off
    B(
        text="More details will be announced this summer.",
        due="2020-09-01 03:59:59",
        vague=False,
        said="2020-06-10 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_LOC20,
        published="2020-06-10",
    ),
    # ACCC (notice 'Further extension of the inquiry period', '2 Jul 2015' in its own head, fixed line services final access determinations inquiry 2013, on accc.gov.au; Creative Commons Attribution 4.0, stated on the ACCC's 'Disclaimer and copyright' page, accc.gov.au/about-us/using-our-website/disclaimer-and-copyright); zone Australia/Sydney (AEST, Canberra); no hour given, said Thursday 2 July 2015 10:00 AEST. The inquiry period now ends on 11 January 2016, the time the ACCC has to make its determinations (CONVENTIONS 1.2, 3.3). unsure: a careful reader could give 'past', the extension being told as done on 1 July [local due 2016-01-11 23:59:59 AEDT]
    B(
        text="On 1 July 2015, the ACCC extended the inquiry period for making final access determinations for the seven declared fixed line services from 11 July 2015 to 11 January 2016.",
        due="2016-01-11 12:59:59",
        vague=False,
        said="2015-07-02 00:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_ACCC15,
        published="2015-07-02",
    ),
    # extensions on three previous occasions: past. The bulleted date ranges after the colon are list fragments and are not taken
    B(
        text="The decision making period was extended by the maximum period of six months on three previous occasions:",
        due=None,
        vague=False,
        said="2015-07-02 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACCC15,
        published="2015-07-02",
    ),
    # a draft released on 29 June 2015: past
    B(
        text="The ACCC released a further draft decision for the fixed line services on primary prices on 29 June 2015.",
        due=None,
        vague=False,
        said="2015-07-02 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACCC15,
        published="2015-07-02",
    ),
    # 'The ACCC considers that the extension ... prior to reaching its final decision.' holds no time word and is not taken. by the end of September 2015 [local due 2015-09-30 23:59:59 AEST]
    B(
        text="The ACCC intends to release the final decision by the end of September 2015.",
        due="2015-09-30 13:59:59",
        vague=False,
        said="2015-07-02 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACCC15,
        published="2015-07-02",
    ),
    # ACCC (notice 'Notice of extension of final access determination inquiry', '2 May 2022' in its own head, SBAS final access determination inquiry 2021, on accc.gov.au; licence as above); zone Australia/Sydney (AEST); no hour given, said Monday 2 May 2022 10:00 AEST. The heading 'Notice under subsection 152BCK(3) ...' is not taken. a limit for every inquiry: recurring (CONVENTIONS 1.3)
    B(
        text="Access determination inquiries generally need to be completed within 6 months, under subsection 152BCK(2) of the Competition and Consumer Act 2010.",
        due=None,
        vague=False,
        said="2022-05-02 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ACCC22,
        published="2022-05-02",
    ),
    # extensions of 6 months at a time: a standing power, recurring (CONVENTIONS 1.3)
    B(
        text="However, the ACCC can extend or further extend the inquiry by 6 months at a time, provided we publish a notice on the website indicating why the ACCC has not been able to make a decision within that timeframe, under subsection 152BCK(3) of the Competition and Consumer Act 2010.",
        due=None,
        vague=False,
        said="2022-05-02 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ACCC22,
        published="2022-05-02",
    ),
    # 6 months from the target date of 19 July 2022, a start the sentence gives: due at the window's end, 19 January 2023 (CONVENTIONS 1.1) [local due 2023-01-19 23:59:59 AEDT]
    B(
        text="The ACCC has decided to extend the SBAS final access determination inquiry by 6 months from the current target completion date of 19 July 2022, in accordance with subsection 152BCK(3) of the Competition and Consumer Act 2010.",
        due="2023-01-19 12:59:59",
        vague=False,
        said="2022-05-02 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACCC22,
        published="2022-05-02",
    ),
    # 'This is due to the complexity ...' holds no time word and is not taken. on or before 19 January 2023 (CONVENTIONS 3.5) [local due 2023-01-19 23:59:59 AEDT]
    B(
        text="In line with this, the inquiry is now due to be completed on or before 19 January 2023.",
        due="2023-01-19 12:59:59",
        vague=False,
        said="2022-05-02 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACCC22,
        published="2022-05-02",
    ),
    # ACCC (notice 'Notice of extension of final access determination inquiry', '16 Jan 2024' in its own head, same inquiry, on accc.gov.au; licence as above); zone Australia/Sydney (AEDT); no hour given, said Tuesday 16 January 2024 10:00 AEDT. a limit for every inquiry: recurring (CONVENTIONS 1.3)
    B(
        text="Access determination inquiries are generally required to be completed within six months, pursuant to subsection 152BCK(2) of the Competition and Consumer Act 2010 (CCA).",
        due=None,
        vague=False,
        said="2024-01-15 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ACCC24,
        published="2024-01-16",
    ),
    # a standing power to extend by 6 months at a time: recurring (CONVENTIONS 1.3)
    B(
        text="However, the ACCC can extend or further extend the duration of the inquiry by 6 months at a time, provided it publishes a notice on the website indicating why it has not been able to make a decision within that timeframe.",
        due=None,
        vague=False,
        said="2024-01-15 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ACCC24,
        published="2024-01-16",
    ),
    # 'This is pursuant to subsection 152BCK(3) of the CCA.' holds no time word. the inquiry now runs to 19 April 2024, a time limit of the ACCC's own (CONVENTIONS 1.2, 3.3). unsure: a careful reader could give 'past', the extension being told as done ('has extended') [local due 2024-04-19 23:59:59 AEST]
    B(
        text="The ACCC has extended the current superfast broadband access service (SBAS) access determination inquiry by a period of 3 months to 19 April 2024 under subsection 152BCK(3) of the CCA.",
        due="2024-04-19 13:59:59",
        vague=False,
        said="2024-01-15 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ACCC24,
        published="2024-01-16",
    ),
    # 'This is to allow time to consider submissions ...' and 'This follows the NBN Co’s product and pricing changes ...' hold no time word and are not taken. the first quarter of 2024 ends 31 March (daylight time until 7 April) [local due 2024-03-31 23:59:59 AEDT]
    B(
        text="The ACCC intends to release the SBAS final access determination in the first quarter of 2024.",
        due="2024-03-31 12:59:59",
        vague=False,
        said="2024-01-15 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACCC24,
        published="2024-01-16",
    ),
    # ACCC (merger register entry on the ACCC's old site, accc.gov.au/content/index.phtml/itemId/1086558, a Telstra review; licence as above); zone Australia/Sydney (AEDT); the stored opening prints no date of its own: read at 10:00 AEDT on Saturday 26 January 2013, the day after the latest date it names as past (25 January 2013). 'Market inquiries on the Statement of Issues have now closed.' (only 'now'), the lines without a time word and the timeline's date lines are not taken. a decision date delayed before the reading day: past
    B(
        text="The ACCC timeline was suspended and the former proposed decision date of 13 December 2012 was delayed pending receipt of the information.",
        due=None,
        vague=False,
        said="2013-01-25 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ACCC13,
        published="2013-01-26",
    ),
    # a proposed decision date of 7 February 2013 called off, no new date given: negated (CONVENTIONS 4.1)
    B(
        text="The former proposed decision date of 7 February 2013 delayed.",
        due=None,
        vague=False,
        said="2013-01-25 23:00:00",
        tz="Australia/Sydney",
        refusal="negated",
        cluster=5,
        source=_ACCC13,
        published="2013-01-26",
    ),
    # 'in due course' as the ACCC's undertaking: vague, 60 days (CONVENTIONS 5.1); the date depends on the reading day chosen above [local due 2013-03-27 23:59:59 AEDT]
    B(
        text="The ACCC will announce a new decision date in due course.",
        due="2013-03-27 12:59:59",
        vague=True,
        said="2013-01-25 23:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ACCC13,
        published="2013-01-26",
    ),
    # European Commission (Daily News item 'COLLEGE MEETING: European Commission reports on progress in Bulgaria and Romania under the Co-operation and Verification Mechanism', dated 2018-11-13 on the page, europa.eu/rapid MEX/18/6407; reuse authorised under Commission Decision 2011/833/EU, as stated in the Publications Office copyright notice, op.europa.eu); zone Europe/Brussels (CET); no hour given, said Tuesday 13 November 2018 10:00 CET. The heading is not taken. 'issued today', told as done: past
    B(
        text="The European Commission issued today its latest reports on steps taken by Bulgaria and Romania to meet their commitments on judicial reform and the fight against corruption, and in the case of Bulgaria organised crime, in the context of the Cooperation and Verification Mechanism (CVM).",
        due=None,
        vague=False,
        said="2018-11-13 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-11-13",
    ),
    # progress over the past year, recommendations of January 2017: past
    B(
        text="The report on Bulgaria looks at the progress made over the past year to meet the final 17 recommendations issued by the Commission in the January 2017 report and positively notes Bulgaria's continued efforts and determination to implement those recommendations.",
        due=None,
        vague=False,
        said="2018-11-13 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-11-13",
    ),
    # 'The Commission is confident that Bulgaria ...' holds no time word of its own ('current') and is not taken. 'before the end of this Commission's mandate', an end this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="This will enable the CVM process for Bulgaria to then be concluded before the end of this Commission's mandate – in line with the orientation given by President Jean-Claude Juncker when he started his term of office.",
        due=None,
        vague=False,
        said="2018-11-13 09:00:00",
        tz="Europe/Brussels",
        refusal="event",
        cluster=5,
        source=_EC18,
        published="2018-11-13",
    ),
    # recommendations of January 2017 and developments since, told as done: past
    B(
        text="For Romania, the report notes that while the country has taken some steps to implement the final 12 recommendations issued by the Commission in January 2017, recent developments have reversed the course of progress and called into question the positive assessment made back in January 2017.",
        due=None,
        vague=False,
        said="2018-11-13 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC18,
        published="2018-11-13",
    ),
    # the aim of concluding before the end of the mandate is 'no longer' within reach for Romania: denied (CONVENTIONS 4.1). unsure: a careful reader could give 'event', the end of the mandate being undated here (CONVENTIONS 1.3)
    B(
        text="The recommendations are no longer sufficient to meet the orientation given by President Jean-Claude Juncker to conclude the CVM process before the end of this Commission's mandate.",
        due=None,
        vague=False,
        said="2018-11-13 09:00:00",
        tz="Europe/Brussels",
        refusal="negated",
        cluster=5,
        source=_EC18,
        published="2018-11-13",
    ),
    # recommendations 'for immediate follow up': vague, 7 days (CONVENTIONS 5.1). unsure: a careful reader could give due None with no refusal word, the follow-up being asked of Romania, not undertaken by the Commission (CONVENTIONS 4.3) [local due 2018-11-20 23:59:59 CET]
    B(
        text="Therefore, today's report sets out a number of additional recommendations for immediate follow up.",
        due="2018-11-20 22:59:59",
        vague=True,
        said="2018-11-13 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC18,
        published="2018-11-13",
    ),
    # 'immediate implementation ... is essential', a need stated, undertaken by nobody in the sentence: due None with no refusal word (CONVENTIONS 4.2, 4.3); the January 2017 report only names a report. unsure: a careful reader could give vague, 7 days (2018-11-20 22:59:59 UTC). The rest of the stored opening is cut off
    B(
        text="The immediate implementation of the additional measures is essential to put the reform process back on track and resume the path towards the conclusion of the CVM as set out in the January 2017 report.",
        due=None,
        vague=False,
        said="2018-11-13 09:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC18,
        published="2018-11-13",
    ),
    # GAO (page 'Are You Waiting for a Bid Protest Decision?', gao.gov/legal; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York; the stored opening prints no date: read at 10:00 EST on 6 December 2026, the day it was read (every label here is 'recurring' and holds for any reading day). The questions in bold ('How quickly are bid protest decisions released?', 'How long does it take?') hold no time word and are not taken. a standing practice for every decision, 'generally ... shortly after': recurring (CONVENTIONS 1.3)
    B(
        text="Decisions are generally released to the public shortly after the bid protest parties are informed, unless the decision needs redacting.",
        due=None,
        vague=False,
        said="2026-12-06 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_GAO,
        published="2026-12-06",
    ),
    # a rule for every protected decision: recurring (CONVENTIONS 1.3). unsure: a careful reader could give 'negated' ('may not be released ... immediately')
    B(
        text="When a decision contains protected information, a decision may not be released to the public immediately due to the need to prepare a “redacted” version, which omits protected information.",
        due=None,
        vague=False,
        said="2026-12-06 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_GAO,
        published="2026-12-06",
    ),
    # 2 to 3 weeks after each case's parties are informed, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="A redacted version is generally available 2 to 3 weeks after bid protest parties are informed of the outcome of the protest.",
        due=None,
        vague=False,
        said="2026-12-06 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_GAO,
        published="2026-12-06",
    ),
    # 'within 1-2 days' for every such decision: recurring (CONVENTIONS 1.3)
    B(
        text="It depends on whether the decision is subject to a protective order or not: If a decision is not subject to a protective order, it will usually be available on this Web site within 1-2 days.",
        due=None,
        vague=False,
        said="2026-12-06 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_GAO,
        published="2026-12-06",
    ),
    # 'If a decision is subject to a protective order, the parties must agree ...' holds no time word and is not taken. days, weeks and months for the class of protected decisions: recurring (CONVENTIONS 1.3). The rest of the stored opening holds no time word or is cut off
    B(
        text="The preparation of a public version of a protected decision may take between a few days and a few weeks; however, occasionally, a decision may not be made public for months if other events, such as corrective action, would be affected by the release of the decision.",
        due=None,
        vague=False,
        said="2026-12-06 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_GAO,
        published="2026-12-06",
    ),
    # USGS (newsroom release 'USGS Science Covers Alot of Ground, And Some Water, at GSA Meeting', 'Released: 10/24/1999', as kept in the USGS archive, archive.usgs.gov; a US federal work, public domain, 17 U.S.C. 105); zone America/Denver (MDT), the release being issued by the USGS office in Denver (its contacts' 303 numbers) for a meeting held in Denver; no hour given, said Sunday 24 October 1999 10:00 MDT. The title, release line and contact lines are not taken. presentations during the meeting of 24-28 October: the later end (CONVENTIONS 6.1) [local due 1999-10-28 23:59:59 MDT]
    B(
        text="From magnitudes to mapping and atrazine to antibiotics, scientists from the U.S. Geological Survey will present papers and posters on their latest research during the 111th annual meeting of the Geological Society of America, at the Colorado Convention Center in Denver, Oct. 24-28.",
        due="1999-10-29 05:59:59",
        vague=False,
        said="1999-10-24 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_USGS99,
        published="1999-10-24",
    ),
    # 'In addition to the formal lecture ...' holds no time word; 'Among this year’s USGS presentations are:' only a general one; the note on Room A208 none; all are not taken. the sentence's only times are gone ('since mid-August', 'too late'); the session it promises is not dated here: past. unsure: a careful reader could give due None with no refusal word or 'event', the session being to come at a time this sentence does not give
    B(
        text="Recent Earthquakes; How Many, How Big, and What’s Next - The five large earthquakes that have occurred since mid-August happened too late to be part of the published scientific program, but a special session on those earthquakes - Turkey, Greece, Taiwan and Hector Mine (California) will be held.",
        due=None,
        vague=False,
        said="1999-10-24 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_USGS99,
        published="1999-10-24",
    ),
    # a briefing from 10 to 11 a.m. on Tuesday 26 October: the later end (CONVENTIONS 6.1) [local due 1999-10-26 11:00:00 MDT]
    B(
        text="A press briefing on the earthquakes will be held from 10-11 a.m., Tuesday, Oct. 26.",
        due="1999-10-26 17:00:00",
        vague=False,
        said="1999-10-24 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_USGS99,
        published="1999-10-24",
    ),
    # hurricanes of the past six weeks: past
    B(
        text="A Spate of Hurricanes - have inundated coastal areas of North and South Carolina in the past six weeks.",
        due=None,
        vague=False,
        said="1999-10-24 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_USGS99,
        published="1999-10-24",
    ),
    # sessions on Wednesday afternoon 27 October and a briefing on Monday 25 October: the latest, the end of Wednesday afternoon (CONVENTIONS 6.1; the parser docstring: afternoon ends 18:00) [local due 1999-10-27 18:00:00 MDT]. The rest of the stored opening is cut off
    B(
        text="The geologic processes at work in those flooded areas and the value of mapping hazard zones will be discussed in sessions on Wednesday afternoon, Oct. 27, and at a press briefing from 8-9:30 a.m., Monday, Oct. 25.",
        due="1999-10-28 00:00:00",
        vague=False,
        said="1999-10-24 16:00:00",
        tz="America/Denver",
        cluster=3,
        source=_USGS99,
        published="1999-10-24",
    ),
)
