"""A SEVENTY-SEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), in the afternoon (the machine's clock read 16:36 at
the start and about 16:44 when the labels were written), by a labelling helper (branch
issue12l77-s40) that neither changed nor ran the parser, working at the same time as other
labellers (their claims were treated as used and their files and README sections were not
opened). It read `CONVENTIONS.md` in full (the labelling rules, which win over any earlier set's
comment; its rule 6.3, new at this stop, is followed here where `blind_fresh74.py` wrote
`event`), the docstring, comments, some cases and README section of `blind_fresh74.py`, and the
docstring of the parser package only (for the vague windows, the parts of the day, "tonight" as
the end of its day, the morning ending at 12:00, weeks running Monday to Sunday, "later this
<period>" running to the period's end, a range falling due at its later end, "before <period>"
and "a date without a year is its next occurrence"); nothing else of `bot/core/deadlines/` was
opened. The brief allowed only public-domain or openly licensed publishers, no one above a third
of the cases, asked for at least eight publishers, several genres, at least half of the cases
from outside the United States (no more than half US), and preferred press briefings and
transcripts, readouts of meetings, Voice of America stories and kremlin.ru. The set quotes
Business of the House statements of the House of Commons (three days) and of the House of Lords
(four days, 1913 to 1931), Voice of America stories (three), the opening remarks of three
Kremlin meetings, the Prime Minister of Australia before a National Cabinet meeting, a New
Zealand Prime Minister's post-Cabinet press conference, a US Embassy's announcements page (two
stored copies), the First Minister of Scotland in the Scottish Parliament and an NZ Transport
Agency list of releases. As in the twenty-seventh set onwards, every sentence quoted holds a time
word of some kind (a date, a clock time, a day word, a part of the day, a period, a span, a year,
"now", "current", "already", "latest", "recently", "yet", "so far", "since", "prior to",
"during", "through", "before", "later", "forthcoming", "routinely", "daily", "every", "going
forward"); the sentences of the openings read that hold none were skipped, as were titles,
headings, date and source lines, speakers' names and offices (in the historic Hansard copies
they run into the first word, "LORD PARMOORMy Lords", and were cut off at the name), lists of
participants, greetings, captions, links, the markup left in stored copies and lines cut off by
the end of an opening. A point of a list was taken as its own case (a day before a point's dash,
being the sentence's time, was kept); an opening or closing quotation mark of a quoted sentence
was kept. No word was changed: the missing dash of "Tuesday 25 AprilCommittee", the double space
of "singing  and", "U. S." and "the turn out" stay as the pages have them. The sentences were
found with a search over stored copies of public pages and taken as they came in the openings
the search returns, in page order. See README.md ("Seventy-seventh fresh blind set") for every
address, publisher and licence. No address listed in README.md, in a README or file under
`tests/data/` (the blind material the brief names excepted, which the freshness tool skips) or in
the shared claims file was used: each was checked with the lead's `fresh_check.py` (the address
and a distinctive phrase of the page) and claimed (`fresh77`) in `/work/helper-brief/claims.txt`
before a quote was taken; many pages the searches offered were found used and dropped (see
README.md). Every sentence was then checked whole with the same tool: the stock sentence "The
business for next week will be as follows:" (two Commons days) was found whole and both cases
were dropped. Each label was worked out by hand from the words, the publication date and the
publisher's zone; the conversion of local instants to UTC wall time, the weekday checks and the
day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 2.1"), then `blind_fresh74.py`: the publisher's zone (the Houses of Parliament and
the Scottish Parliament: Europe/London; Voice of America: America/New_York; the Kremlin:
Europe/Moscow; the Prime Minister of Australia in Brisbane: Australia/Brisbane; the US Embassy in
Canberra: Australia/Sydney, its Consulate General in Perth: Australia/Perth; the New Zealand
Government and the NZ Transport Agency: Pacific/Auckland), and a day of an event elsewhere
without a zone word is read in the publisher's zone too (marked "unsure" where the event's own
zone gives another instant: Abidjan, Khartoum, Geneva); the publication date at 10:00 local,
except where the page gives its own moment (TheyWorkForYou's "at 11:07 am" and "at 10:31 am"
for the Commons; the hour of a Lords adjournment is no moment of speaking and was not used); a
day falls due at 23:59:59 local, "tonight" at the end of its day, a morning at 12:00; a list, a
range, alternatives or a week fall due at their later end (CONVENTIONS 6.1, 6.2); a clock time
with no day of its own in its sentence is read from the sentence and its moment (CONVENTIONS 6.3:
"At 10 pm ..." and "At 2.30 ..." fall due at the first such time after the reference, and the
page's instant is written in the comment, "page: ..."); "today" on an act as it is being spoken
falls due at the end of that day (CONVENTIONS 2.1), the perfect or the simple past with a day
word is past (CONVENTIONS 2.4); standing practices and rules are `refusal='recurring'`
(CONVENTIONS 1.3); refusals have `due=None` and a `refusal` kind (past | event | negated |
earliest | recurring); a sentence whose time words set no time for any act ("now", "current",
"already", "latest", "yet", "so far", lengths naming a thing, questions, thanks, hopes of the past,
advice or calls addressed to the reader or to third parties) has `due=None` and no refusal word.
Clusters as in `blind_fresh74.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4
parts of the day and periods, 5 refusals, 6 plain days and dates. Labels marked "unsure" name the
other reading; like every label here they stay as committed, whatever the first run shows. First
run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never
edit these labels to fit the parser.

Licence audit of stop 48 (branch lic48-s48): 7 of these 114 cases, quoted from New Zealand Government
ministerial releases, speeches or transcripts (beehive.govt.nz, directly or as carried by Scoop, MIL-OSI
or Order Paper), were removed: beehive.govt.nz/copyright allows reproduction only "for personal or
in-house use", which is not an open licence. 107 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 48 (branch lic48-s48): 5 of these 107 cases, quoted from NZ Transport Agency Waka
Kotahi releases (on nzta.govt.nz or carried by Scoop, Live News, MIL-OSI mirrors and others), were
removed: the Agency's own terms found (https://www.journeys.nzta.govt.nz/about-this-site) allow
reproduction "for personal use" and ask permission for any other purpose, which is not an open licence.
102 cases remain; see README.md, "Licence audit of stop 48".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 5 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 97 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HC_BUS_20APR17 = "https://www.theyworkforyou.com/debates/?id=2017-04-20a.790.7&p=25370"
_HC_BUS_21APR22 = "https://www.theyworkforyou.com/debates/?id=2022-04-21b.331.0&p=24821"
_HC_BUS_30JUN16 = "https://hansard.parliament.uk/Commons/2016-06-30/debates/DE68B207-FFC0-4588-BA58-2965B6228423/BusinessOfTheHouse"
_USEMB_CBR_FEB13 = "https://webarchive.library.unt.edu/web/20130213205135/http://canberra.usembassy.gov/announcements.html"
_USEMB_CBR_JUN14 = "http://canberra.usembassy.gov/announcements.html"
_VOA_IVORY_26OCT10 = (
    "https://www.globalsecurity.org/military/library/news/2010/10/mil-101026-voa05.htm"
)
_VOA_SUDAN_10JAN11 = "http://www.voanews.com/content/sudan-referendum-official-pleased-with-voter-turn-out--113245374/157192.html"
_VOA_IRAN_DEC14 = "https://voa.pangea-cms.com/preview/en-US/a/us-iranian-officials-to-hold-nuclear-talk-in-geneva/2556981.html"
_KREMLIN_29APR22 = "http://en.special.kremlin.ru/catalog/keywords/82/events/68308"
_KREMLIN_2JUL21 = "http://en.special.kremlin.ru/catalog/keywords/78/events/66035"
_KREMLIN_24MAR20 = "https://newskitchen.eu/2020/03/24/meeting-on-economic-support-measures/"
_PM_NATCAB_BNE_28APR23 = "https://www.pm.gov.au/media/national-cabinet-brisbane"
_HL_BUS_18DEC30 = (
    "https://api.parliament.uk/historic-hansard/lords/1930/dec/18/business-of-the-house"
)
_HL_BUS_6MAR13 = (
    "https://api.parliament.uk/historic-hansard/lords/1913/mar/06/business-of-the-house"
)
_HL_BUS_10NOV31 = (
    "https://api.parliament.uk/historic-hansard/lords/1931/nov/10/business-of-the-house"
)
_HL_BUS_19OCT20 = (
    "https://api.parliament.uk/historic-hansard/lords/1920/oct/19/business-of-the-house"
)
_SP_22DEC20 = "https://www.theyworkforyou.com/sp/?id=2020-12-22.2.18"

FRESH77_CASES: tuple[BlindCase, ...] = (
    # House of Commons, Business of the House, Thursday 20 April 2017 (as carried by TheyWorkForYou, which gives the hour, 11:07 am; the stock sentence 'The business for next week will be as follows:' was found whole in the data and dropped; the sentence cut off by the end of the opening, sentences without a time word, the speaker's name and office are not quoted; zone Europe/London, BST): a dated point of the list (its day before the dash): Monday 24 April 2017, end of day BST (2017-04-24 22:59:59 UTC)
    B(
        text="Monday 24 April—Consideration of a business of the House motion, followed by all stages of the Northern Ireland (Ministerial Appointments and Regional Rates) Bill, followed by, if necessary, consideration of Lords amendments.",
        due="2017-04-24 22:59:59",
        vague=False,
        said="2017-04-20 10:07:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_20APR17,
        published="2017-04-20",
    ),
    # the same page: a dated point of the list, the dash missing in the stored copy ('AprilCommittee', kept as the page has it): Tuesday 25 April 2017, end of day BST (2017-04-25 22:59:59 UTC)
    B(
        text="Tuesday 25 AprilCommittee of the whole House and remaining stages of the Finance (No. 2) Bill, followed by consideration of Lords amendments to the Health Service Medical Supplies (Costs) Bill, followed by, if necessary, consideration of Lords amendments.",
        due="2017-04-25 22:59:59",
        vague=False,
        said="2017-04-20 10:07:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_20APR17,
        published="2017-04-20",
    ),
    # the same page: a dated point of the list: Wednesday 26 April 2017, end of day BST (2017-04-26 22:59:59 UTC)
    B(
        text="Wednesday 26 April—Motion to approve a Ways and Means resolution on the Digital Economy Bill, followed by consideration of Lords amendments to the Digital Economy Bill, followed by consideration of Lords amendments to the Criminal Finances Bill, followed by, if necessary, consideration of Lords amendments.",
        due="2017-04-26 22:59:59",
        vague=False,
        said="2017-04-20 10:07:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_20APR17,
        published="2017-04-20",
    ),
    # the same page: a dated point of the list: Thursday 27 April 2017, end of day BST (2017-04-27 22:59:59 UTC)
    B(
        text="Thursday 27 April—Consideration of Lords amendments.",
        due="2017-04-27 22:59:59",
        vague=False,
        said="2017-04-20 10:07:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_20APR17,
        published="2017-04-20",
    ),
    # the same page: 'until' an undated event (Royal Assent): event
    B(
        text="The House will not adjourn until Royal Assent has been received to all Acts.",
        due=None,
        vague=False,
        said="2017-04-20 10:07:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC_BUS_20APR17,
        published="2017-04-20",
    ),
    # the same page: thanks and a wish; 'weekly', 'throughout' and 'forthcoming weeks' set no time for any act: no deadline
    B(
        text="Since this is probably going to be the last weekly business statement in this Parliament, may I take the opportunity to thank the staff of the House for the service that they provide to every one of us throughout the Parliament, and to wish them the opportunity to put their feet up a bit over forthcoming weeks?",
        due=None,
        vague=False,
        said="2017-04-20 10:07:00",
        tz="Europe/London",
        cluster=1,
        source=_HC_BUS_20APR17,
        published="2017-04-20",
    ),
    # House of Commons, Business of the House, Thursday 21 April 2022 (as carried by TheyWorkForYou, 10:31 am; speakers' names and offices, sentences without a time word and the sentence cut off by the end of the opening are not quoted; zone Europe/London, BST): the week commencing Monday 25 April 2022 runs to its Sunday: 1 May 2022, end of day BST; unsure: no deadline of its own (it only introduces the days listed) (2022-05-01 22:59:59 UTC)
    B(
        text="The business for the week commencing 25 April will include:",
        due="2022-05-01 22:59:59",
        vague=False,
        said="2022-04-21 09:31:00",
        tz="Europe/London",
        cluster=4,
        source=_HC_BUS_21APR22,
        published="2022-04-21",
    ),
    # the same page: a dated point of the list: Monday 25 April 2022, end of day BST (2022-04-25 22:59:59 UTC)
    B(
        text="Monday 25 April—Consideration of Lords message on the Police, Crime, Sentencing and Courts Bill, followed by consideration of Lords message on the Health and Care Bill, followed by motion relating to the appointment of the chair of the UK Statistics Authority, followed by consideration of a business of the House motion relating to the carry-over of the Higher Education (Freedom of Speech) Bill, followed by consideration of a business of the House motion relating to the carry-over of the Animal Welfare (Kept Animals) Bill, followed by consideration of a carry-over motion relating to the High Speed Rail (Crewe-Manchester) Bill.",
        due="2022-04-25 22:59:59",
        vague=False,
        said="2022-04-21 09:31:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_21APR22,
        published="2022-04-21",
    ),
    # the same page: a dated point of the list: Tuesday 26 April 2022, end of day BST (2022-04-26 22:59:59 UTC)
    B(
        text="Tuesday 26 April—Consideration of Lords amendments to the Judicial Review and Courts Bill, followed by general debate on childhood cancer outcomes.",
        due="2022-04-26 22:59:59",
        vague=False,
        said="2022-04-21 09:31:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_21APR22,
        published="2022-04-21",
    ),
    # the same page: a dated point of the list: Wednesday 27 April 2022, end of day BST (2022-04-27 22:59:59 UTC)
    B(
        text="Wednesday 27 April—Consideration of Lords amendments to the Elections Bill, followed by, if necessary, consideration of a Lords message on the Nationality and Borders Bill, followed by, if necessary, consideration of Lords messages.",
        due="2022-04-27 22:59:59",
        vague=False,
        said="2022-04-21 09:31:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_21APR22,
        published="2022-04-21",
    ),
    # the same page: a dated point of the list ('If necessary' still dates the business): Thursday 28 April 2022, end of day BST (2022-04-28 22:59:59 UTC)
    B(
        text="Thursday 28 April—If necessary, consideration of Lords messages.",
        due="2022-04-28 22:59:59",
        vague=False,
        said="2022-04-21 09:31:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_21APR22,
        published="2022-04-21",
    ),
    # the same page: the prorogation is dated: 28 April 2022, end of day BST ('in the coming days' only qualifies the progress it depends on) (2022-04-28 22:59:59 UTC)
    B(
        text="Depending on the progress of business in the coming days, the House will be prorogued on 28 April, subject to Royal Assent being signified to all Acts.",
        due="2022-04-28 22:59:59",
        vague=False,
        said="2022-04-21 09:31:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_21APR22,
        published="2022-04-21",
    ),
    # the same page: 'today' only places the attendance, no act is set a time: no deadline
    B(
        text="There is a good showing for business questions today, isn’t there, Mr Speaker?",
        due=None,
        vague=False,
        said="2022-04-21 09:31:00",
        tz="Europe/London",
        cluster=1,
        source=_HC_BUS_21APR22,
        published="2022-04-21",
    ),
    # the same page: thanks; 'forthcoming' sets no time: no deadline
    B(
        text="I thank the Leader of the House for the forthcoming business.",
        due=None,
        vague=False,
        said="2022-04-21 09:31:00",
        tz="Europe/London",
        cluster=1,
        source=_HC_BUS_21APR22,
        published="2022-04-21",
    ),
    # House of Commons, Business of the House, Thursday 30 June 2016 (Hansard; the stock sentence 'The business for next week will be as follows:' was found whole in the data and dropped; the bracketed list of committee reports, sentences without a time word and the point cut off by the end of the opening are not quoted; zone Europe/London, BST, said at 10:00 local by convention, the page giving no hour): a dated point of the list ('1st allotted day' counts days, it is no date): Monday 4 July 2016, end of day BST (2016-07-04 22:59:59 UTC)
    B(
        text="Monday 4 July—Estimates day (1st allotted day).",
        due="2016-07-04 22:59:59",
        vague=False,
        said="2016-06-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_30JUN16,
        published="2016-06-30",
    ),
    # the same page: a clock time with no day of its own in the sentence is read from the sentence and its moment (CONVENTIONS 6.3): the first 10 pm after the reference, 30 June 2016 22:00 BST; page: 4 July 2016 22:00 BST (the estimates day of the point before) (2016-06-30 21:00:00 UTC)
    B(
        text="At 10 pm the House will be asked to agree all outstanding estimates.",
        due="2016-06-30 21:00:00",
        vague=False,
        said="2016-06-30 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HC_BUS_30JUN16,
        published="2016-06-30",
    ),
    # the same page: a dated point of the list ('day 1' numbers the Committee days): Tuesday 5 July 2016, end of day BST (2016-07-05 22:59:59 UTC)
    B(
        text="Tuesday 5 July—Proceedings on the Supply and Appropriation (Main Estimates) Bill, followed by consideration in Committee of the Wales Bill (day 1).",
        due="2016-07-05 22:59:59",
        vague=False,
        said="2016-06-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_30JUN16,
        published="2016-06-30",
    ),
    # the same page: a dated point of the list: Wednesday 6 July 2016, end of day BST (2016-07-06 22:59:59 UTC)
    B(
        text="Wednesday 6 July—Opposition day (4th allotted day).",
        due="2016-07-06 22:59:59",
        vague=False,
        said="2016-06-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_30JUN16,
        published="2016-06-30",
    ),
    # the same page: a dated point of the list: Thursday 7 July 2016, end of day BST (2016-07-07 22:59:59 UTC)
    B(
        text="Thursday 7 July—Statement on the publication of the first report from the Defence Committee, Russia: Implications for UK Defence and Security, HC 107, followed by a debate on a motion on online abuse, followed by a general debate on support for the UK’s creative industries and their contribution to the economy.",
        due="2016-07-07 22:59:59",
        vague=False,
        said="2016-06-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_30JUN16,
        published="2016-06-30",
    ),
    # the same page: a day on which the House is said not to sit: negated (CONVENTIONS 4.1)
    B(
        text="Friday 8 July—The House will not be sitting.",
        due=None,
        vague=False,
        said="2016-06-30 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HC_BUS_30JUN16,
        published="2016-06-30",
    ),
    # the same page: the week commencing Monday 11 July 2016 runs to its Sunday: 17 July 2016, end of day BST; unsure: no deadline of its own (it only introduces the days listed) (2016-07-17 22:59:59 UTC)
    B(
        text="The provisional business for the week commencing 11 July will include the following.",
        due="2016-07-17 22:59:59",
        vague=False,
        said="2016-06-30 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC_BUS_30JUN16,
        published="2016-06-30",
    ),
    # the same page: a dated point of the list: Monday 11 July 2016, end of day BST (2016-07-11 22:59:59 UTC)
    B(
        text="Monday 11 July—Conclusion of consideration in Committee of the Wales Bill (day 2).",
        due="2016-07-11 22:59:59",
        vague=False,
        said="2016-06-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_30JUN16,
        published="2016-06-30",
    ),
    # the same page: two days, the later counts (CONVENTIONS 6.1): 14 July 2016, end of day BST (2016-07-14 22:59:59 UTC)
    B(
        text="I should also like to inform the House that the business in Westminster Hall for 11 July and 14 July will be as follows:",
        due="2016-07-14 22:59:59",
        vague=False,
        said="2016-06-30 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HC_BUS_30JUN16,
        published="2016-06-30",
    ),
    # the same page: a dated point of the Westminster Hall list: Monday 11 July 2016, end of day BST (2016-07-11 22:59:59 UTC)
    B(
        text="Monday 11 July—Debate on an e-petition relating to school penalty fines and authorised absence from school.",
        due="2016-07-11 22:59:59",
        vague=False,
        said="2016-06-30 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_BUS_30JUN16,
        published="2016-06-30",
    ),
    # US Embassy Canberra, 'U.S. Citizen Services' announcements page (a web-archive copy of 13 February 2013, taken as its date; headings, the link line and sentences without a time word are not quoted; the Embassy's zone Australia/Sydney, AEDT, said at 10:00 local by convention): a standing practice ('routinely'): recurring
    B(
        text="The Department of State routinely issues advice regarding countries where conditions are such that U.S. citizens are encouraged to reconsider their travel.",
        due=None,
        vague=False,
        said="2013-02-12 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_USEMB_CBR_FEB13,
        published="2013-02-13",
    ),
    # the same page: 'long-term' and 'short-term' name kinds of issues: no deadline
    B(
        text="Travel Warnings provide advice on long-term issues, while Travel Alerts address short-term issues.",
        due=None,
        vague=False,
        said="2013-02-12 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_USEMB_CBR_FEB13,
        published="2013-02-13",
    ),
    # the same page: 'latest' sets no time: no deadline
    B(
        text="The following are the latest messages for Australia.",
        due=None,
        vague=False,
        said="2013-02-12 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_USEMB_CBR_FEB13,
        published="2013-02-13",
    ),
    # the same page: the message 'Cyclone Narelle - Jan 2013' on the page, said by the Consulate General in Perth (zone Australia/Perth, AWST); its day is not given: taken as Thursday 10 January 2013, as understood from the cyclone's approach to the Pilbara; 'Friday and into the weekend' falls due at the weekend's end: Sunday 13 January 2013, end of day AWST; unsure: the message's day (another day moves the Friday and the weekend) (2013-01-13 15:59:59 UTC)
    B(
        text="The U.S. Consulate General in Perth reminds U. S. citizens residing or traveling in the Pilbara Region of Western Australia about the ongoing threat of tropical cyclone Narelle, which will affect the region Friday and into the weekend.",
        due="2013-01-13 15:59:59",
        vague=False,
        said="2013-01-10 02:00:00",
        tz="Australia/Perth",
        cluster=3,
        source=_USEMB_CBR_FEB13,
        published="2013-01-10",
    ),
    # US Embassy Canberra, the same announcements page in a later stored copy, its first message headed 'VOTING: July 4th Voting Message - June 2014' (no day given: taken as 15 June 2014, as understood; every label below holds for any day of June 2014; the sentence cut off by the end of the opening is not quoted; zone Australia/Sydney, AEST): a call to the reader (CONVENTIONS: calls addressed to the reader set no deadline): no deadline; unsure: 4 July 2014
    B(
        text="Celebrate democracy this 4th of July by taking the necessary steps to vote in the 2014 U.S. elections!",
        due=None,
        vague=False,
        said="2014-06-15 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_USEMB_CBR_JUN14,
        published="2014-06-15",
    ),
    # the same page: a requirement put to the readers (a condition of voting), no undertaking: no deadline; unsure: 31 December 2014 (the year given) or 30 November 2014 (before the elections)
    B(
        text="In order to vote in the November 2014 elections, all overseas U.S. citizens need to have completed a Federal Post Card Application (FPCA) in 2014.",
        due=None,
        vague=False,
        said="2014-06-15 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_USEMB_CBR_JUN14,
        published="2014-06-15",
    ),
    # the same page: a standing rule ('each year'): recurring (CONVENTIONS 1.3)
    B(
        text="Whether you are a first-time voter or have already received ballots and voted absentee in past elections, you must complete an FPCA each year to participate in elections as an overseas absentee voter.",
        due=None,
        vague=False,
        said="2014-06-15 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_USEMB_CBR_JUN14,
        published="2014-06-15",
    ),
    # Voice of America, 'UN Official Says Ivory Coast to Vote Sunday', 26 October 2010 (as carried by GlobalSecurity.org; the title, date line, credit line and the mailing-list banner are not quoted; VOA's zone America/New_York, EDT, said at 10:00 local by convention): 'this Sunday': 31 October 2010, end of day EDT (the publisher's zone); unsure: the same day in Abidjan (Africa/Abidjan, 23:59:59 UTC on 31 October) (2010-11-01 03:59:59 UTC)
    B(
        text="A senior U.N. official has said he believes Ivory Coast's long-delayed presidential election will go ahead as planned this Sunday.",
        due="2010-11-01 03:59:59",
        vague=False,
        said="2010-10-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VOA_IVORY_26OCT10,
        published="2010-10-26",
    ),
    # the same page: 'before' a day falls due at the end of the day before (CONVENTIONS 3.5): 30 October 2010, end of day EDT; unsure: the same day in Abidjan (2010-10-31 03:59:59 UTC)
    B(
        text="Electoral officials are racing to distribute voter cards before the October 31 election.",
        due="2010-10-31 03:59:59",
        vague=False,
        said="2010-10-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VOA_IVORY_26OCT10,
        published="2010-10-26",
    ),
    # the same page: '2002' names the war: no deadline
    B(
        text="The vote is intended to reunite Ivory Coast from the 2002 civil war that split the country between north and south.",
        due=None,
        vague=False,
        said="2010-10-26 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_VOA_IVORY_26OCT10,
        published="2010-10-26",
    ),
    # the same page: delays told as done: past
    B(
        text="The election has been delayed six times in the last five years, mainly because of disputes over who is eligible to vote.",
        due=None,
        vague=False,
        said="2010-10-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA_IVORY_26OCT10,
        published="2010-10-26",
    ),
    # the same page: the vote on Sunday is a one-off event at a time (CONVENTIONS 3.1): 31 October 2010, end of day EDT; unsure: no deadline (a forecast of the contest, not an undertaking), and the Abidjan day (2010-11-01 03:59:59 UTC)
    B(
        text="Analysts say Sunday's vote will likely be a close contest between President Laurent Gbagbo and lead opposition candidates Alassane Ouattara and Henri Konan Bedie.",
        due="2010-11-01 03:59:59",
        vague=False,
        said="2010-10-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VOA_IVORY_26OCT10,
        published="2010-10-26",
    ),
    # the same page: a span and a year gone: past
    B(
        text="Mr. Gbagbo has remained in office for five years past the official end of his term in 2005.",
        due=None,
        vague=False,
        said="2010-10-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA_IVORY_26OCT10,
        published="2010-10-26",
    ),
    # the same page: 'during' an event the sentence does not date: event
    B(
        text="U.N. peacekeepers and an Ivorian force composed equally of government troops and former rebel soldiers will be responsible for security during the voting.",
        due=None,
        vague=False,
        said="2010-10-26 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_VOA_IVORY_26OCT10,
        published="2010-10-26",
    ),
    # the same page: 'due to be announced November 3': 3 November 2010, end of day EDT; unsure: the Abidjan day (2010-11-04 03:59:59 UTC)
    B(
        text="Provisional first-round results are due to be announced November 3.",
        due="2010-11-04 03:59:59",
        vague=False,
        said="2010-10-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VOA_IVORY_26OCT10,
        published="2010-10-26",
    ),
    # the same page: the second round is dated: 28 November 2010, end of day EST; unsure: event (held only 'if needed', a condition not yet met) (2010-11-29 04:59:59 UTC)
    B(
        text="A second round of voting -- if needed -- would be held on November 28.",
        due="2010-11-29 04:59:59",
        vague=False,
        said="2010-10-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VOA_IVORY_26OCT10,
        published="2010-10-26",
    ),
    # Voice of America, 'Sudan Referendum Official Pleased With Voter Turn Out' (Peter Clottey), taken as Monday 10 January 2011 (the photo caption dates the voting it shows to Monday 10 January 2011 and the story tells of Sunday's opening day; the site's section line, the title, the caption, the audio line, the byline and the sentence cut off by the end of the opening are not quoted; zone America/New_York, EST, said at 10:00 local by convention): 'so far' and 'since voting began Sunday' tell of what is done: past
    B(
        text="The deputy chairman of the south Sudan referendum commission said he is pleased so far with the organization of the vote, as well as the turn out since voting began Sunday.",
        due=None,
        vague=False,
        said="2011-01-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA_SUDAN_10JAN11,
        published="2011-01-10",
    ),
    # the same page: a call to third parties (the voters), hung on the referendum's end: no deadline; unsure: event ('before the end of' an event the sentence does not date) or Saturday 15 January 2011 (the end the page gives)
    B(
        text="Justice Chan Reec Madut also called on registered southern Sudanese who are yet to vote to do so before the end of the landmark referendum.",
        due=None,
        vague=False,
        said="2011-01-10 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_VOA_SUDAN_10JAN11,
        published="2011-01-10",
    ),
    # the same page: 'so far' sets no time for any act: no deadline
    B(
        text="“All that I want to ensure is that the referendum is conducted in a free, fair and transparent session and, so far, it has gone very well.",
        due=None,
        vague=False,
        said="2011-01-10 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_VOA_SUDAN_10JAN11,
        published="2011-01-10",
    ),
    # the same page: 'Today' on an act told as done ('went'): past
    B(
        text="Today, I went out to Eastern Equatorial…The mood was just the same, it’s all dancing, singing  and (a) huge turnout,” he said.",
        due=None,
        vague=False,
        said="2011-01-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA_SUDAN_10JAN11,
        published="2011-01-10",
    ),
    # the same page: 'week-long' is a length naming the voting: no deadline
    B(
        text="The week-long voting is reportedly proceeding smoothly and peacefully in most areas.",
        due=None,
        vague=False,
        said="2011-01-10 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_VOA_SUDAN_10JAN11,
        published="2011-01-10",
    ),
    # the same page: votes cast on a Sunday gone: past
    B(
        text="The referendum commission said 20 percent of registered southerners -- about 750,000 people -- cast their votes Sunday, the opening day of the poll.",
        due=None,
        vague=False,
        said="2011-01-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA_SUDAN_10JAN11,
        published="2011-01-10",
    ),
    # the same page: a state kept going to a day falls due at that day (CONVENTIONS 3.3): Saturday 15 January 2011, end of day EST; unsure: the same day in Juba or Khartoum (Africa/Khartoum, UTC+3: 20:59:59 UTC) (2011-01-16 04:59:59 UTC)
    B(
        text="The referendum continues through Saturday.",
        due="2011-01-16 04:59:59",
        vague=False,
        said="2011-01-10 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VOA_SUDAN_10JAN11,
        published="2011-01-10",
    ),
    # the same page: a charge given 'July last year', told as done: past
    B(
        text="I know that we have been charged, as members of the commission, to conduct the referendum in the shortest time possible beginning from July last year when we were appointed to the commission.",
        due=None,
        vague=False,
        said="2011-01-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA_SUDAN_10JAN11,
        published="2011-01-10",
    ),
    # the same page: acts told as done: past
    B(
        text="And, we did what we could and, thank God, we have managed to beat the time.",
        due=None,
        vague=False,
        said="2011-01-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA_SUDAN_10JAN11,
        published="2011-01-10",
    ),
    # Voice of America, story on US-Iranian nuclear talks in Geneva (a stored preview copy without a date line; taken as 11 December 2014, as understood; sentences without a time word are not quoted; zone America/New_York, EST): 'next week' falls due at the week's end: Sunday 21 December 2014, end of day EST (the stored preview gives no date; taken as 11 December 2014, as understood from 'last month' for the missed deadline of 24 November and the talks of 15 to 17 December; any day from 8 to 14 December gives the same label) (2014-12-22 04:59:59 UTC)
    B(
        text="Acting Deputy Secretary of State Wendy Sherman will lead a U.S. negotiating team that is set to meet with Iranian officials next week, ahead of more high-level talks on Iran's nuclear program.",
        due="2014-12-22 04:59:59",
        vague=False,
        said="2014-12-11 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_VOA_IRAN_DEC14,
        published="2014-12-11",
    ),
    # the same page: of the days listed the latest counts (CONVENTIONS 6.1): Wednesday 17 December 2014, end of day EST; unsure: the same day in Geneva (Europe/Zurich, 22:59:59 UTC) (2014-12-18 04:59:59 UTC)
    B(
        text="The State Department says the U.S.-Iranian talks will take place on Monday and Tuesday in Geneva, where Iran and a group of world powers will hold negotiations on Wednesday.",
        due="2014-12-18 04:59:59",
        vague=False,
        said="2014-12-11 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_VOA_IRAN_DEC14,
        published="2014-12-11",
    ),
    # the same page: a failure 'last month': past
    B(
        text="These talks are the first since Iran and the world powers failed to reach an agreement last month to ensure the country's atomic program is peaceful, in exchange for easing sanctions that have hurt Iran's economy.",
        due=None,
        vague=False,
        said="2014-12-11 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA_IRAN_DEC14,
        published="2014-12-11",
    ),
    # the same page: talks kept going to a date fall due at that date (CONVENTIONS 3.3): 30 June 2015, end of day EDT (2015-07-01 03:59:59 UTC)
    B(
        text="The two sides agreed to extend the talks through June 30 of next year.",
        due="2015-07-01 03:59:59",
        vague=False,
        said="2014-12-11 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_VOA_IRAN_DEC14,
        published="2014-12-11",
    ),
    # President of Russia (kremlin.ru), 'Meeting with permanent members of the Security Council', 29 April 2022, The Kremlin, Moscow (the site's settings lines, the title, the list of participants, sentences without a time word and the date line are not quoted; zone Europe/Moscow, MSK, said at 10:00 local by convention): 'Today' on the act as it is being spoken falls due at the end of that day (CONVENTIONS 2.1): 29 April 2022, end of day MSK (2022-04-29 20:59:59 UTC)
    B(
        text="Today, therefore, we will discuss this issue in respect to the events in Afghanistan and generally in that region, in that sector.",
        due="2022-04-29 20:59:59",
        vague=False,
        said="2022-04-29 07:00:00",
        tz="Europe/Moscow",
        cluster=6,
        source=_KREMLIN_29APR22,
        published="2022-04-29",
    ),
    # the same page: 'today' only names who speaks, no act is set a time: no deadline; unsure: end of 29 April 2022 (CONVENTIONS 2.1)
    B(
        text="Our speaker today is Mr Lavrov.",
        due=None,
        vague=False,
        said="2022-04-29 07:00:00",
        tz="Europe/Moscow",
        cluster=1,
        source=_KREMLIN_29APR22,
        published="2022-04-29",
    ),
    # President of Russia (kremlin.ru), meeting with permanent members of the Security Council on current issues, 2 July 2021, The Kremlin, Moscow (the site's settings lines, the list of participants, the greeting, sentences without a time word and the date line are not quoted; zone Europe/Moscow, MSK): a meeting told as held; 'current' sets no time: past
    B(
        text="Vladimir Putin held a videoconference meeting on current issues with permanent members of the Security Council.",
        due=None,
        vague=False,
        said="2021-07-02 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_2JUL21,
        published="2021-07-02",
    ),
    # the same page: 'Recently' on acts told as done: past
    B(
        text="Recently, we have been not only talking at length about digitising the economy and all our life as a whole, but also doing much in this area.",
        due=None,
        vague=False,
        said="2021-07-02 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_2JUL21,
        published="2021-07-02",
    ),
    # the same page: 'Today' on the act as it is being spoken (CONVENTIONS 2.1): 2 July 2021, end of day MSK (2021-07-02 20:59:59 UTC)
    B(
        text="Today, we will talk about the role of our cooperation in this area in the public administration and national security of Russia, including all of its aspects linked with ensuring defence capability and domestic security and so on.",
        due="2021-07-02 20:59:59",
        vague=False,
        said="2021-07-02 07:00:00",
        tz="Europe/Moscow",
        cluster=6,
        source=_KREMLIN_2JUL21,
        published="2021-07-02",
    ),
    # the same page: the report is set for 'today': 2 July 2021, end of day MSK (CONVENTIONS 2.1, 3.1) (2021-07-02 20:59:59 UTC)
    B(
        text="Deputy Prime Minister Dmitry Chernyshenko is supposed to speak today on this topic.",
        due="2021-07-02 20:59:59",
        vague=False,
        said="2021-07-02 07:00:00",
        tz="Europe/Moscow",
        cluster=6,
        source=_KREMLIN_2JUL21,
        published="2021-07-02",
    ),
    # President of Russia (kremlin.ru), 'Meeting on economic support measures', 24 March 2020 (as carried by a mirror that names its source 'President of Russia - The Kremlin - English'; the source line, the list of participants, the greeting, sentences without a time word and the sentence cut off by the end of the opening are not quoted; zone Europe/Moscow, MSK): 'This morning' on an act told as done: past
    B(
        text="This morning, I discussed with some of you the epidemiological situation in the country, specifically in Moscow and its environs.",
        due=None,
        vague=False,
        said="2020-03-24 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_24MAR20,
        published="2020-03-24",
    ),
    # the same page: 'today' on an act told as done ('asked'): past; unsure: end of 24 March 2020 (the discussion being held today, CONVENTIONS 2.1)
    B(
        text="Meanwhile, I asked you here today to discuss measures to support the economy.",
        due=None,
        vague=False,
        said="2020-03-24 07:00:00",
        tz="Europe/Moscow",
        refusal="past",
        cluster=5,
        source=_KREMLIN_24MAR20,
        published="2020-03-24",
    ),
    # the same page: a standing practice ('on a daily basis'): recurring; unsure: no deadline and no refusal word (a state of work, not a rule)
    B(
        text="I am aware that the Government is working on this on a daily basis.",
        due=None,
        vague=False,
        said="2020-03-24 07:00:00",
        tz="Europe/Moscow",
        refusal="recurring",
        cluster=5,
        source=_KREMLIN_24MAR20,
        published="2020-03-24",
    ),
    # the same page: a standing practice ('on a daily basis'): recurring (CONVENTIONS 1.3)
    B(
        text="Mr Mishustin reports to me on a daily basis.",
        due=None,
        vague=False,
        said="2020-03-24 07:00:00",
        tz="Europe/Moscow",
        refusal="recurring",
        cluster=5,
        source=_KREMLIN_24MAR20,
        published="2020-03-24",
    ),
    # Prime Minister of Australia (Anthony Albanese), 'National Cabinet - Brisbane', remarks before the meeting of Friday 28 April 2023 (the stored copy gives no date: taken as 28 April 2023, the Brisbane meeting at which a new New South Wales Premier attended his first National Cabinet, with the Budget of 9 May 'less than two weeks away', as understood; the title, the speaker's name and sentences without a time word are not quoted; zone Australia/Brisbane, AEST, said at 10:00 local by convention): 'last night' on an act told as done: past
    B(
        text="Can I say it is fantastic to be here in Brisbane and I thank Annastacia for hosting us here, we had a terrific dinner last night.",
        due=None,
        vague=False,
        said="2023-04-28 00:00:00",
        tz="Australia/Brisbane",
        refusal="past",
        cluster=5,
        source=_PM_NATCAB_BNE_28APR23,
        published="2023-04-28",
    ),
    # the same page: 'today' on the act as it is being spoken (CONVENTIONS 2.1): 28 April 2023, end of day AEST (2023-04-28 13:59:59 UTC)
    B(
        text="Once again today we're talking about a better future for the Federation, making sure that we get better health outcomes, particularly how do we improve, from the Commonwealth's perspective, GPs and primary health care in order to take pressure off the public hospital system - how do we get more efficient outcomes.",
        due="2023-04-28 13:59:59",
        vague=False,
        said="2023-04-28 00:00:00",
        tz="Australia/Brisbane",
        cluster=6,
        source=_PM_NATCAB_BNE_28APR23,
        published="2023-04-28",
    ),
    # the same page: the talk is placed 'in the lead up to our budget', which is 'less than two weeks away': two weeks from the reference, 12 May 2023, end of day AEST; unsure: end of 28 April 2023 (the talk is today's, CONVENTIONS 2.1) or no deadline (the span only places the budget) (2023-05-12 13:59:59 UTC)
    B(
        text="We'll also talk about housing service delivery across the board in the lead up to our budget, which is now just less than two weeks away.",
        due="2023-05-12 13:59:59",
        vague=False,
        said="2023-04-28 00:00:00",
        tz="Australia/Brisbane",
        cluster=3,
        source=_PM_NATCAB_BNE_28APR23,
        published="2023-04-28",
    ),
    # the same page: outcomes expected 'today': 28 April 2023, end of day AEST; unsure: no deadline (a confidence, not an undertaking) (2023-04-28 13:59:59 UTC)
    B(
        text="So I'm very confident about really positive outcomes today, and I just want to thank all the Premiers and Chief Ministers for continuing to make sure that this National Cabinet really functions in all of our interests.",
        due="2023-04-28 13:59:59",
        vague=False,
        said="2023-04-28 00:00:00",
        tz="Australia/Brisbane",
        cluster=6,
        source=_PM_NATCAB_BNE_28APR23,
        published="2023-04-28",
    ),
    # the same page: 'last night' on acts told as done: past
    B(
        text="I tried to say last night that Chris as the new guy had to pay for dinner last night, that bills on its way.",
        due=None,
        vague=False,
        said="2023-04-28 00:00:00",
        tz="Australia/Brisbane",
        refusal="past",
        cluster=5,
        source=_PM_NATCAB_BNE_28APR23,
        published="2023-04-28",
    ),
    # the same page: the meeting today is a one-off event on the day of speaking (CONVENTIONS 2.1, 3.1): 28 April 2023, end of day AEST (2023-04-28 13:59:59 UTC)
    B(
        text="So I really look forward to a constructive meeting today and welcome everyone here.",
        due="2023-04-28 13:59:59",
        vague=False,
        said="2023-04-28 00:00:00",
        tz="Australia/Brisbane",
        cluster=6,
        source=_PM_NATCAB_BNE_28APR23,
        published="2023-04-28",
    ),
    # the same page: the agreed meeting has a later time of its own (CONVENTIONS 2.3): 'in a few months' time', read as the documented window of 'the coming months', 3 months: 28 July 2023, end of day AEST; unsure: end of 28 April 2023 (the agreeing today, CONVENTIONS 2.1) (2023-07-28 13:59:59 UTC)
    B(
        text="Today we'll agree to have another meeting in a few months’ time, talking about more health outcomes - the job of reform is never done.",
        due="2023-07-28 13:59:59",
        vague=True,
        said="2023-04-28 00:00:00",
        tz="Australia/Brisbane",
        cluster=4,
        source=_PM_NATCAB_BNE_28APR23,
        published="2023-04-28",
    ),
    # the same page: 'the last quarter of this year' falls due at its end: 31 December 2023, end of day AEST (2023-12-31 13:59:59 UTC)
    B(
        text="But we also, of course, are all committed to a Yes vote in the referendum that will take place in the last quarter of this year.",
        due="2023-12-31 13:59:59",
        vague=False,
        said="2023-04-28 00:00:00",
        tz="Australia/Brisbane",
        cluster=4,
        source=_PM_NATCAB_BNE_28APR23,
        published="2023-04-28",
    ),
    # the same page: 'moment' and 'going forward' set no time for any act: no deadline
    B(
        text="And I really appreciate the fact that all levels of government - the Commonwealth, state and territories, also local government are so committed to this really important moment which will be seized in nation building, in recognising Aboriginal people in our nation's Constitution and listening to them so as to get better outcomes going forward.",
        due=None,
        vague=False,
        said="2023-04-28 00:00:00",
        tz="Australia/Brisbane",
        cluster=1,
        source=_PM_NATCAB_BNE_28APR23,
        published="2023-04-28",
    ),
    # House of Lords, Business of the House, 18 December 1930 (historic Hansard; the speakers' names run into the first words in the stored copy and are left out, as are the section marks and a sentence without a time word; zone Europe/London, GMT, said at 10:00 local by convention, the page giving only the hour of adjournment): 'tomorrow at twelve o'clock': 19 December 1930 12:00 GMT (1930-12-19 12:00:00 UTC)
    B(
        text="My Lords, in moving the adjournment of the House it might be convenient to the noble Viscount opposite to know that it will be necessary that we should meet tomorrow at twelve o'clock.",
        due="1930-12-19 12:00:00",
        vague=False,
        said="1930-12-18 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL_BUS_18DEC30,
        published="1930-12-18",
    ),
    # the same page: 'yet' and 'just' set no time for any act: no deadline
    B(
        text="We do not know yet what will be the result in another place of what has just been done.",
        due=None,
        vague=False,
        said="1930-12-18 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL_BUS_18DEC30,
        published="1930-12-18",
    ),
    # the same page: a clock time with no day of its own in the sentence (CONVENTIONS 6.3): the first 2.30 after the reference, read in the afternoon (the first of its two readings after 10:00), 18 December 1930 14:30 GMT; page: 19 December 1930 14:30 GMT (the sitting of the morrow the sentences before announce) (1930-12-18 14:30:00 UTC)
    B(
        text="At 2.30 there will be a Royal Commission.",
        due="1930-12-18 14:30:00",
        vague=False,
        said="1930-12-18 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL_BUS_18DEC30,
        published="1930-12-18",
    ),
    # the same page: 'to-morrow': 19 December 1930, end of day GMT ('if necessary' leaves the day) (1930-12-19 23:59:59 UTC)
    B(
        text="But we are bound, at any rate, to make it possible that we should have a meeting to-morrow, if necessary.",
        due="1930-12-19 23:59:59",
        vague=False,
        said="1930-12-18 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_BUS_18DEC30,
        published="1930-12-18",
    ),
    # the same page: 'to-morrow morning' ends at 12:00: 19 December 1930 12:00 GMT; unsure: no deadline (what their Lordships will have to do, no undertaking) (1930-12-19 12:00:00 UTC)
    B(
        text="That really means that your Lordships will have to look in the papers to-morrow morning to see what has happened in another place.",
        due="1930-12-19 12:00:00",
        vague=False,
        said="1930-12-18 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HL_BUS_18DEC30,
        published="1930-12-18",
    ),
    # the same page: a question, no undertaking: no deadline; unsure: 19 December 1930, end of day GMT (the later of the alternatives asked about, CONVENTIONS 6.2)
    B(
        text="Can the noble and learned Lord tell me whether they are proposing in another place to consider our action to-night or whether they are, postponing it until to-morrow?",
        due=None,
        vague=False,
        said="1930-12-18 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL_BUS_18DEC30,
        published="1930-12-18",
    ),
    # the same page: 'to-night' falls due at the end of its day: 18 December 1930, end of day GMT; unsure: no deadline (a guess about the other House's act) (1930-12-18 23:59:59 UTC)
    B(
        text="That I cannot tell the noble Viscount; I imagine it will be to-night.",
        due="1930-12-18 23:59:59",
        vague=False,
        said="1930-12-18 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HL_BUS_18DEC30,
        published="1930-12-18",
    ),
    # the same page: 'to-morrow morning' ends at 12:00: 19 December 1930 12:00 GMT (1930-12-19 12:00:00 UTC)
    B(
        text="The noble Viscount is quite right; the intelligence that he is yearning to discuss will, no doubt, be in the papers to-morrow morning.",
        due="1930-12-19 12:00:00",
        vague=False,
        said="1930-12-18 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HL_BUS_18DEC30,
        published="1930-12-18",
    ),
    # the same page: 'now' sets no time beyond the moment of speaking: no deadline
    B(
        text="I beg to move that the House do now adjourn.",
        due=None,
        vague=False,
        said="1930-12-18 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL_BUS_18DEC30,
        published="1930-12-18",
    ),
    # the same page: the record of an adjournment done: past
    B(
        text="House adjourned at a quarter past five o'clock.",
        due=None,
        vague=False,
        said="1930-12-18 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_BUS_18DEC30,
        published="1930-12-18",
    ),
    # House of Lords, Business of the House, 6 March 1913 (historic Hansard; the column line, speakers' names and offices and a sentence without a time word are not quoted; zone Europe/London, GMT, said at 10:00 local by convention): the proposed time is 'to-morrow', 'later to-day' being set aside ('instead of', CONVENTIONS 4.1): 7 March 1913, end of day GMT (1913-03-07 23:59:59 UTC)
    B(
        text="It is quite possible that they will complete their labours within a comparatively short time, but as a certain degree of uncertainty must always attach to what occurs in the course of debate in either House, I think it would be for the convenience of your Lordships if we considered the Commons Reasons for not accepting, or their acceptance of, the various Amendments to-morrow instead of attempting to adjourn now and to meet later to-day.",
        due="1913-03-07 23:59:59",
        vague=False,
        said="1913-03-06 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_BUS_6MAR13,
        published="1913-03-06",
    ),
    # the same page: the House meets again at 'twelve o'clock noon to-morrow': 7 March 1913 12:00 GMT (1913-03-07 12:00:00 UTC)
    B(
        text="If this meets the convenience of the House I would move that we adjourn until twelve o'clock noon to-morrow, except for Judicial business, as I understand that my noble and learned friend on the Woolsack desires the House to meet earlier on that account.",
        due="1913-03-07 12:00:00",
        vague=False,
        said="1913-03-06 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL_BUS_6MAR13,
        published="1913-03-06",
    ),
    # the same page: 'until twelve o'clock noon to-morrow': 7 March 1913 12:00 GMT (1913-03-07 12:00:00 UTC)
    B(
        text="Moved, That the House do adjourn, except for Judicial business, until twelve o'clock noon to-morrow.—(The Marquess of Crewe.)",
        due="1913-03-07 12:00:00",
        vague=False,
        said="1913-03-06 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL_BUS_6MAR13,
        published="1913-03-06",
    ),
    # the same page: a question, no undertaking: no deadline; unsure: 6 March 1913, end of day GMT
    B(
        text="Would it be possible to have the Commons Reasons in the case of these Amendments circulated to-night?",
        due=None,
        vague=False,
        said="1913-03-06 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL_BUS_6MAR13,
        published="1913-03-06",
    ),
    # the same page: 'to-night' is ruled out and 'the first post to-morrow morning' is offered: the morning ends at 12:00, 7 March 1913 12:00 GMT (1913-03-07 12:00:00 UTC)
    B(
        text="Though it would hardly be possible to circulate the Commons Reasons by post to-night, they could be circulated, I understand, by the first post to-morrow morning.",
        due="1913-03-07 12:00:00",
        vague=False,
        said="1913-03-06 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HL_BUS_6MAR13,
        published="1913-03-06",
    ),
    # the same page: the House meets again 'To-morrow, half-past Ten o'clock', a one-off event at a time (CONVENTIONS 3.1): 7 March 1913 10:30 GMT; unsure: past (the record of an adjournment done) (1913-03-07 10:30:00 UTC)
    B(
        text="House adjourned at ten minutes before Five o'clock, till To-morrow, half-past Ten o'clock.",
        due="1913-03-07 10:30:00",
        vague=False,
        said="1913-03-06 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL_BUS_6MAR13,
        published="1913-03-06",
    ),
    # House of Lords, Business of the House, Tuesday 10 November 1931 (historic Hansard; the column line, speakers' names and sentences without a time word are not quoted; zone Europe/London, GMT, said at 10:00 local by convention): a question, no time given: no deadline
    B(
        text="My Lords, may I ask the Leader of the House when it is proposed that your Lordships shall meet again?",
        due=None,
        vague=False,
        said="1931-11-10 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL_BUS_10NOV31,
        published="1931-11-10",
    ),
    # the same page: 'this day next week' (said on Tuesday 10 November 1931): Tuesday 17 November 1931, end of day GMT (1931-11-17 23:59:59 UTC)
    B(
        text="I do not think that there is any business which is likely to occupy your Lordships' time during the present week and, therefore, if your Lordships thought it convenient, I would suggest that we adjourn until this day next week.",
        due="1931-11-17 23:59:59",
        vague=False,
        said="1931-11-10 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_BUS_10NOV31,
        published="1931-11-10",
    ),
    # the same page: the House meets again on 'Tuesday next' (said on a Tuesday: the Tuesday of the following week) at a quarter past four: 17 November 1931 16:15 GMT; unsure: past (the record of an adjournment done) (1931-11-17 16:15:00 UTC)
    B(
        text="House adjourned at a quarter past six o'clock until Tuesday next, a quarter past four o'clock.",
        due="1931-11-17 16:15:00",
        vague=False,
        said="1931-11-10 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL_BUS_10NOV31,
        published="1931-11-10",
    ),
    # House of Lords, Business of the House, Tuesday 19 October 1920 (historic Hansard; the column line, speakers' names, the 'Back to' link and sentences without a time word are not quoted; zone Europe/London, BST (summer time ran to 25 October 1920), said at 10:00 local by convention): 'now' sets no time beyond the moment of speaking: no deadline
    B(
        text="Moved, That the House do now adjourn.—(Lord Hylton.)",
        due=None,
        vague=False,
        said="1920-10-19 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL_BUS_19OCT20,
        published="1920-10-19",
    ),
    # the same page: a hope told in the past ('I had hoped'): past
    B(
        text="I had hoped that when your Lordships assembled this afternoon the Government would have been in a position to inform us what business the House would probably be called upon to take within the next few days and weeks.",
        due=None,
        vague=False,
        said="1920-10-19 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_BUS_19OCT20,
        published="1920-10-19",
    ),
    # the same page: a statement said not to be made to-day: negated (CONVENTIONS 4.1)
    B(
        text="But I am afraid that I myself was in fault for not having intimated to the Government that one member, at any rate, of your Lordships' House would have asked them the question, and I do not, of course, complain that there is no statement to-day.",
        due=None,
        vague=False,
        said="1920-10-19 09:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HL_BUS_19OCT20,
        published="1920-10-19",
    ),
    # the same page: 'to-morrow': 20 October 1920, end of day BST (summer time ran to 25 October 1920); unsure: no deadline (a hope about another's act, no undertaking) (1920-10-20 22:59:59 UTC)
    B(
        text="I would, however, express the hope—in which I am quite sure that all your Lordships will concur—that to-morrow the Leader of the House, or somebody on his behalf, will be good enough to tell the House what business is expected.",
        due="1920-10-20 22:59:59",
        vague=False,
        said="1920-10-19 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_BUS_19OCT20,
        published="1920-10-19",
    ),
    # the same page: the House meets again 'a quarter before four o'clock to-morrow': 20 October 1920 15:45 BST; unsure: past (the record of an adjournment done) (1920-10-20 14:45:00 UTC)
    B(
        text="On Question, Motion agreed to, and House adjourned until a quarter before four o'clock to-morrow.",
        due="1920-10-20 14:45:00",
        vague=False,
        said="1920-10-19 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL_BUS_19OCT20,
        published="1920-10-19",
    ),
    # the same page: the record of an adjournment done: past
    B(
        text="House adjourned at twenty minutes past four o'clock.",
        due=None,
        vague=False,
        said="1920-10-19 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_BUS_19OCT20,
        published="1920-10-19",
    ),
)
