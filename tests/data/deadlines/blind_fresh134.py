"""A HUNDRED-AND-THIRTY-FOURTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC; the machine's clock read 05:00 at the start and about 05:08
when the labels were written) by a labelling helper (branch issue12l134-s53) that neither changed,
imported nor ran the parser, working at the same time as the other labellers of stop 53 (fresh135 to
fresh137), whose claims in the shared claims file were treated as used and whose files and README
sections were not opened. It read `CONVENTIONS.md` in full, the docstring, comments, some cases and the
README section of `blind_fresh133.py`, the docstring of `tests/data/fresh_check.py`, the field list of
`BlindCase` in `blind_real.py` (for the `earliest` field), and the top docstring of the parser package
only (weeks running Monday to Sunday, "next <weekday>", "before" periods, parts of the day, seasons);
nothing else of `bot/core/deadlines/` was opened. The brief asked for GOV.UK departments and agencies
(DfT, Defra, the Environment Agency, HMRC, the Home Office, DWP, DfE, Ofgem, Ofwat, the Met Office,
Highways/National Highways), UK Hansard undertakings and NISRA, at most a quarter from the United
States; at least eight publishers, none above a fifth of the cases; about 90 cases (at least 70) by
06:15 UTC.

The set quotes the House of Commons (historic-Hansard exchanges of 21 December 1967 and 28 October
1953), the House of Lords (historic-Hansard business exchanges of 28 November 1974 and 23 July 1930),
NASA (two Kennedy Space Center media advisories of April and May 2008 on the STS-124 flight), the Home
Office (the EU Settlement Scheme release of 14 May 2020), the Department for Business, Energy and
Industrial Strategy (the Business Secretary's coronavirus briefing of 1 April 2020), the Environment
Agency (a drought release of 20 July 2023), Highways England (an Easter 2018 roadworks story on
GOV.UK), HM Treasury (a loan-scheme release of April 2020), the Department for Work and Pensions (a
jobcentre release of 23 March 2020), and NOAA and the USDA's Animal and Plant Health Inspection
Service (two Federal Register notices quoted in a summary of the week of 1 July 2016). The departments'
texts are GOV.UK pages or whole copies of them on Parliament Today, energybrokers.co.uk, ukpol.co.uk,
FE News and government-world.com. 94 cases from 11 publishers (the House of Commons 17 (18.1%); NASA
17 (18.1%); the House of Lords 16 (17.0%); the Home Office 9 (9.6%); BEIS 9 (9.6%); the Environment
Agency 7; Highways England 7; HM Treasury 5; DWP 4; NOAA 2; APHIS 1). 20 of the 94 (21.3%) are from the
United States (NASA, NOAA, APHIS); 74 are not. The two Houses publish their own reports and are
counted as separate publishers, as earlier sets count departments. No NISRA, Met Office, DfT, Defra,
HMRC, DfE, Ofgem or Ofwat text could be used: the HMRC, Defra, Ofwat and DfT pages the store returned
read USED, and so did NISRA's, except two Census 2021 pages (milestones, proposals) that give no date of
their own; a Met Office news page of 2025 read fresh and was claimed, but the store holds no
statement of the Met Office that its website content is under the Open Government Licence (only its
licence terms for syndicated content), so it was not taken; the one Ofgem text found (a release
timetable carried by energybrokers.co.uk) gives no year.

Every sentence quoted holds a time word of some kind (a date, a weekday, a clock time, "to-night",
"to-morrow", "today", "yesterday", "this afternoon", "this morning", "last week", "next week", "the
weekend", "Easter", "summer and autumn", a span, "daily", "7 days a week", "before", "after", "until",
"whenever", "later", "originally", "throughout"); within each page quoted, every sentence of the
opening that holds one was taken, in page order, easy or hard, except as said here. Titles, headings,
date lines, contact lines, speakers' names, the carrying sites' own words, a release's standfirst (the
Environment Agency's "National Drought Group reiterates ... future droughts."), sentences cut off by
the end of an opening, and the standard lines of another publisher on a carrying page (a letter's
bullet points above the Treasury release) were skipped; so were a Commons sentence that runs a quotation
of two sentences into itself ("... on various occasions, "There is no Motion before the House."),
and NASA's "Foreign news media accreditation for this event has closed." and "Foale's six space flights
include long-duration missions ...", which were read as holding no time word. List and summary lines
are taken as they stand, without a full stop where the page has none; the pages' slips ("Business with
turnovers") stay as the pages have them. Where a publisher went over a
fifth, the last ones were left out: for the House of Commons the rest of the 1953 exchange (three
sentences: "What we have had today ...", "... stop a debate upon it immediately ...", "Will you not
think the matter over again during the weekend ...?") and a claimed business exchange of 29 July 1958;
for the House of Lords two claimed business statements (9 May 2007 and 8 April 2010); for NASA the last
three sentences of the opening of advisory M08-105 ("During the mission ...", "As Discovery's flight
wraps up ...", "Detailed lists of countdown milestones ..."). See README.md ("Hundred-and-thirty-fourth
fresh blind set") for every address, publisher and licence.

No address listed in README.md, in a README or file under `tests/data/` (the blind material the brief
names excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with the lead's `fresh_check.py` (the address and a distinctive phrase of the page) and claimed
(`fresh134`) in `/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used
and dropped (README.md lists some). Every kept sentence was then checked whole with the same tool
(skipping this file): none reads used. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for both Houses and the UK departments,
America/New_York for NASA's Kennedy Space Center and the two Federal Register notices); the conversion
of local instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and
datetime in a scratch script outside the repository, never with code of the project. zoneinfo's history
gives GMT for December 1967 and January 1968 (British Standard Time began on 18 February 1968) and for
late October 1953, and BST for July 1930.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh133.py`: the publication date at 10:00 local time unless the page gives an hour (the Lords
page of 28 November 1974 prints "7.19 p.m." and is read at that hour); where a page carries no date in
its opening, the one its words, address or other facts give (each page's first comment says which and
why: the DWP release by Parliament's answer and a dated news report of the same change, the Treasury
release by the dated item beside it on the carrying listing, the Highways England story by the Easter
its own dates fix and the dated companion release of the same lifting of roadworks, the Federal
Register summary by its address); a day falls due at 23:59:59 local; a clock time with no day of its
own in the sentence is the first such time after the moment of speaking (CONVENTIONS 6.3; the page's
instant is written in the comment); "Thursday of next week" is the Thursday of the following
Monday-to-Sunday week; a schedule or two times of one act keep the later (CONVENTIONS 6.1, 6.2); a
called-off day with a new one keeps the new one (CONVENTIONS 4.1); a window run for a span from now
falls due at its end (CONVENTIONS 1.1); a state kept "until" a time or "for the rest of summer and
autumn" is due at its end (CONVENTIONS 3.3; seasons are meteorological); a restriction that begins "from
tomorrow" is a rule taking effect (CONVENTIONS 3.1a); "today" on the act as spoken is due at the end of
that day (CONVENTIONS 2.1); done acts and the perfect with a day word are past (CONVENTIONS 2.4, 5.3);
spans and days hung on an undated event ("when the House reassembles", "whenever it is ready", "before
Yvonne provides an update", "on launch day", "for a 2-year period" of a committee not yet
reestablished) are event (CONVENTIONS 1.3); coverage given only its start is earliest (CONVENTIONS
3.2); questions, requests and possibilities are no undertaking (CONVENTIONS 4.2); refusals have
`due=None` and a `refusal` kind; a sentence whose time words set no time for any act has `due=None` and
no refusal word (26 such). Clusters as in `blind_fresh133.py`: 1 no time set, 2 clock times, 3 ranges
and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and dates. 32
labels are refusals (past 22, event 9, earliest 1), none is vague; 36 labels carry a due instant; 12
are marked "unsure" and name the other reading; like every label here they stay as committed, whatever
the first run shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HC67 = "https://api.parliament.uk/historic-hansard/commons/1967/dec/21/business-of-the-house"
_HC53 = "https://api.parliament.uk/historic-hansard/commons/1953/oct/28/ministerial-statements"
_HL74 = "https://api.parliament.uk/historic-hansard/lords/1974/nov/28/business"
_HL30 = "https://api.parliament.uk/historic-hansard/lords/1930/jul/23/business-of-the-house"
_NASA084 = "http://mail.spinics.net/lists/ksc/msg01248.html"
_NASA105 = "http://mail.spinics.net/lists/ksc/msg01259.html"
_AIBS16 = "https://www.aibs.org/federal-register-resource/2016_07_01.html"
_HOEUSS = "https://www.parliamenttoday.com/free/viewnews.html?id=116725"
_BEIS20 = "https://www.energybrokers.co.uk/news/page/2"
_EA23 = "https://www.ukpol.co.uk/tag/environment-agency/page/6"
_DWP20 = "https://www.fenews.co.uk/press-releases/217-resources/44308-claimants-are-asked-to-apply-online-as-jobcentres-limit-access"
_HMT20 = "http://government-world.com/uk/politics-2/hm-government/page/3682/?print=print-search"
_HE18 = "https://www.gov.uk/government/news/highways-england-gear-up-for-the-easter-getaway"

FRESH134_CASES: tuple[BlindCase, ...] = (
    # House of Commons (historic Hansard, HC Deb 21 December 1967 vol 756 cc1479-81, Open Parliament Licence v3.0), Business of the House, Thursday 21 December 1967 (the date is the page's own heading and address); zone Europe/London (GMT: British Standard Time began only on 18 February 1968); no hour on the page, said at 10:00 GMT. The business is set for 'when the House reassembles after the Christmas Adjournment', an event the sentence does not date: event (CONVENTIONS 1.3). A list line, taken as the page has it
    B(
        text="The business when the House reassembles after the Christmas Adjournment will be as follows:",
        due=None,
        vague=False,
        said="1967-12-21 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC67,
        published="1967-12-21",
    ),
    # the same statement: a two-day debate on Wednesday 17 and Thursday 18 January 1968 (both weekdays checked; the next such dates after the moment of speaking), a schedule that falls due at the end of its later day (CONVENTIONS 3.1, 6.1) [local due 1968-01-18 23:59:59]
    B(
        text="WEDNESDAY, 17TH JANUARY—Supply [6th Allotted Day]: First of a two-day debate on Foreign Affairs, which will be continued on Thursday, 18th January.",
        due="1968-01-18 23:59:59",
        vague=False,
        said="1967-12-21 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HC67,
        published="1967-12-21",
    ),
    # the same statement: 'the first day' and 'the second day' count the days of the debate without dating them; a suggestion about subjects sets no time for any act: due None, no refusal word
    B(
        text="It is suggested that the first day should be devoted to the Middle East, and the second day to the Far East.",
        due=None,
        vague=False,
        said="1967-12-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC67,
        published="1967-12-21",
    ),
    # the same statement: Friday 19 January 1968 (a Friday), a one-off sitting on a day, end of the day (CONVENTIONS 3.1) [local due 1968-01-19 23:59:59]
    B(
        text="FRIDAY, 19TH JANUARY—Second Reading of the Consular Relations Bill [Lords].",
        due="1968-01-19 23:59:59",
        vague=False,
        said="1967-12-21 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC67,
        published="1967-12-21",
    ),
    # the same exchange (Mr. Maudling): a question asking for an assurance is no undertaking (CONVENTIONS 4.2); 'the week that we return' is in any case undated: due None, no refusal word
    B(
        text="In view of the serious economic situation, would the right hon. Gentleman give an assurance that the awaited statement on Government economies will be made during the week that we return?",
        due=None,
        vague=False,
        said="1967-12-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC67,
        published="1967-12-21",
    ),
    # the same exchange (Mr. Crossman): only a lower bound, 'not before we return', and the return is an event the sentence does not date, so no 'earliest' instant can be set: event (CONVENTIONS 1.3, 3.2)
    B(
        text="I think that I had better limit myself to the assurance that we shall make it to the House and not before we return.",
        due=None,
        vague=False,
        said="1967-12-21 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC67,
        published="1967-12-21",
    ),
    # the same reply: 'whenever it is ready' hangs the statement on an undated event, as 'as soon as it is ready' (CONVENTIONS 5.2): event
    B(
        text="It will be made to the House whenever it is ready.",
        due=None,
        vague=False,
        said="1967-12-21 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HC67,
        published="1967-12-21",
    ),
    # the same exchange (Mr. Neave): a question is no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="Will he give time for a debate on the report after the Recess?",
        due=None,
        vague=False,
        said="1967-12-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC67,
        published="1967-12-21",
    ),
    # the same reply: published 'at 2.30 or 3 o'clock this afternoon', alternatives of which the later counts (CONVENTIONS 6.2): 21 December 1967 15:00 GMT; 'I am glad to hear' is the verb of speaking, not the deadline (CONVENTIONS 2.2) [local due 1967-12-21 15:00:00]
    B(
        text="I am glad to hear from the Parliamentary Commissioner that his Report will be published in the Vote Office at 2.30 or 3 o'clock this afternoon.",
        due="1967-12-21 15:00:00",
        vague=False,
        said="1967-12-21 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HC67,
        published="1967-12-21",
    ),
    # the same exchange (Mr. Lipton): a question about a custom, no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="Is it not the custom for the Leader of the House to announce the business for the Monday following the week in which we return?",
        due=None,
        vague=False,
        said="1967-12-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC67,
        published="1967-12-21",
    ),
    # the same question: Monday 22 January 1968 (a Monday) is named only to ask what is set for it; a question is no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="In other words, what is the business for Monday, 22nd January?",
        due=None,
        vague=False,
        said="1967-12-21 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC67,
        published="1967-12-21",
    ),
    # House of Commons (historic Hansard, HC Deb 28 October 1953 vol 518 cc2805-6, Open Parliament Licence v3.0), Ministerial Statements, Wednesday 28 October 1953 (the page's own heading); zone Europe/London (GMT: summer time ended on 4 October 1953); no hour, said at 10:00 GMT. Mr. Bowles wonders whether the Speaker will consider the question, a request and no undertaking (CONVENTIONS 4.2), and the coming Session is not dated: due None, no refusal word
    B(
        text="I wonder whether, Mr. Speaker, during the interval before the commencement of the coming Session, you will consider the whole question of Ministerial statements without any Motion.",
        due=None,
        vague=False,
        said="1953-10-28 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC53,
        published="1953-10-28",
    ),
    # the same speech: told of the past (CONVENTIONS 2.4, 5.3): past
    B(
        text="This practice started during the war, when the Prime Minister made statements on the war which were often un-debatable.",
        due=None,
        vague=False,
        said="1953-10-28 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC53,
        published="1953-10-28",
    ),
    # the same speech: 'last week' and the perfect 'has happened today' tell of done acts (CONVENTIONS 2.4): past
    B(
        text="Last week we had a statement by the Secretary of State for Foreign Affairs, which was un-debatable, and the same thing has happened today.",
        due=None,
        vague=False,
        said="1953-10-28 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC53,
        published="1953-10-28",
    ),
    # the same speech: a request to the Speaker ('I wonder whether ... you could'), no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="I wonder whether during the weekend you could come to some conclusion and give a Ruling as to whether the Minister concerned should move the Adjournment of the House in order to make his statement, and then leave could be asked to withdraw the Motion.",
        due=None,
        vague=False,
        said="1953-10-28 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC53,
        published="1953-10-28",
    ),
    # the same exchange (Mr. Speaker): told of the past (CONVENTIONS 5.3): past
    B(
        text="It is a problem which was in existence long before my time.",
        due=None,
        vague=False,
        said="1953-10-28 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC53,
        published="1953-10-28",
    ),
    # the same reply: 'a later debate' is a possibility with no time (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="They can, however, be regarded as a useful means of giving to the House information on which a later debate can be staged.",
        due=None,
        vague=False,
        said="1953-10-28 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC53,
        published="1953-10-28",
    ),
    # House of Lords (historic Hansard, HL Deb 28 November 1974 vol 354 cc1568-70, Open Parliament Licence v3.0), business statement of Thursday 28 November 1974 made at '7.19 p.m.' (the page prints the hour), so said at 19:19 GMT; zone Europe/London. 'at three o'clock' is the time of an earlier statement that day, told of the past; no act is set a time: past (CONVENTIONS 5.3)
    B(
        text="The news from another place is still rather ominous and I can give the House no clearer indication of when we shall receive the Bill than I could at three o'clock.",
        due=None,
        vague=False,
        said="1974-11-28 19:19:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL74,
        published="1974-11-28",
    ),
    # the same statement: two courses the speaker could take, neither yet undertaken (CONVENTIONS 4.2): due None, no refusal word. unsure: a careful reader could take the later of the alternatives (CONVENTIONS 6.2), 'to-morrow morning', ending at 12:00 on 29 November 1974 (parser docstring: morning ends at 12:00)
    B(
        text="I therefore have a choice before me of moving that this House do now adjourn during pleasure for a series of occasions through the night, or to move the adjournment of the House to a certain hour to-morrow morning.",
        due=None,
        vague=False,
        said="1974-11-28 19:19:00",
        tz="Europe/London",
        cluster=1,
        source=_HL74,
        published="1974-11-28",
    ),
    # the same statement: the House to sit again at nine o'clock to-morrow morning, Friday 29 November 1974 09:00 GMT, the time the adjournment runs to (CONVENTIONS 3.1, 3.3). unsure: the sentence is put as what would be better 'if we were to decide', which a careful reader could call no undertaking (CONVENTIONS 4.2) [local due 1974-11-29 09:00:00]
    B(
        text="My instinct is that it would be better and very much more in the interests of your Lordships' House if we were to decide to-night to adjourn until nine o'clock to-morrow morning, in which case I hope we shall be able to take the Bill—as I suspect at this moment we desire to do—formally.",
        due="1974-11-29 09:00:00",
        vague=False,
        said="1974-11-28 19:19:00",
        tz="Europe/London",
        cluster=2,
        source=_HL74,
        published="1974-11-28",
    ),
    # the same statement: the motion moved now, to adjourn until nine o'clock to-morrow morning: 29 November 1974 09:00 GMT (CONVENTIONS 3.1, 3.3) [local due 1974-11-29 09:00:00]
    B(
        text="If, therefore, that suggestion meets with the agreement of your Lordships' House, I beg to move that this House do now adjourn until nine o'clock to-morrow morning.",
        due="1974-11-29 09:00:00",
        vague=False,
        said="1974-11-28 19:19:00",
        tz="Europe/London",
        cluster=2,
        source=_HL74,
        published="1974-11-28",
    ),
    # the same exchange: 'a later hour' is what another would have preferred, and 'the Friday business' names the other House's business without setting the speaker an act: due None, no refusal word
    B(
        text="I have no doubt that he would have preferred a later hour, but I do not want to prejudice in any way the Friday business in another place.",
        due=None,
        vague=False,
        said="1974-11-28 19:19:00",
        tz="Europe/London",
        cluster=1,
        source=_HL74,
        published="1974-11-28",
    ),
    # the same reply: a clock time with no day of its own, read as the first nine o'clock after the moment of speaking (CONVENTIONS 6.3): 29 November 1974 09:00 GMT (page: the same) [local due 1974-11-29 09:00:00]
    B(
        text="Therefore, it is safer to adjourn until nine o'clock and not to the hour which the noble Earl had in mind.",
        due="1974-11-29 09:00:00",
        vague=False,
        said="1974-11-28 19:19:00",
        tz="Europe/London",
        cluster=2,
        source=_HL74,
        published="1974-11-28",
    ),
    # the same reply: the motion, 'until nine o'clock tomorrow morning': 29 November 1974 09:00 GMT (CONVENTIONS 3.1, 3.3) [local due 1974-11-29 09:00:00]
    B(
        text="My Lords, I beg to move that the House do now adjourn until nine o'clock tomorrow morning.",
        due="1974-11-29 09:00:00",
        vague=False,
        said="1974-11-28 19:19:00",
        tz="Europe/London",
        cluster=2,
        source=_HL74,
        published="1974-11-28",
    ),
    # House of Lords (historic Hansard, HL Deb 23 July 1930 vol 78 cc719-21, Open Parliament Licence v3.0), Business of the House, Wednesday 23 July 1930 (the page's own heading); zone Europe/London (British Summer Time, UTC+1); no hour, said at 10:00 BST. 'Thursday of next week' is Thursday 31 July 1930 (next Monday-to-Sunday week, parser docstring), the day the House hopes to adjourn: end of that day (CONVENTIONS 3.1) [local due 1930-07-31 23:59:59]
    B(
        text="My Lords, I hope that most of the order of business in your Lordships' House has now been settled until Thursday of next week, and we hope to be able to adjourn on that day.",
        due="1930-07-31 22:59:59",
        vague=False,
        said="1930-07-23 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL30,
        published="1930-07-23",
    ),
    # the same reply: a possibility ('may be ... advanced'), no undertaking (CONVENTIONS 4.2), and 'that day' is dated only by the sentence before (CONVENTIONS 6.3: the case holds the sentence): due None, no refusal word
    B(
        text="I am told that the arrangements in another place may be sufficiently advanced to allow a general adjournment on that day.",
        due=None,
        vague=False,
        said="1930-07-23 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL30,
        published="1930-07-23",
    ),
    # the same reply: the House to meet at eleven o'clock on Friday morning, Friday 25 July 1930 11:00 BST (the next Friday on or after the day of speaking; CONVENTIONS 3.1) [local due 1930-07-25 11:00:00]
    B(
        text="There is a great deal of work to be done, and I am told that it will be for the convenience of the House if we meet at eleven o'clock on Friday morning.",
        due="1930-07-25 10:00:00",
        vague=False,
        said="1930-07-23 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL30,
        published="1930-07-23",
    ),
    # the same reply: Friday 25 July 1930, end of the day (CONVENTIONS 3.1) [local due 1930-07-25 23:59:59]
    B(
        text="The first business on Friday will have to be the Report stage of the Housing (No. 2) Bill.",
        due="1930-07-25 22:59:59",
        vague=False,
        said="1930-07-23 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL30,
        published="1930-07-23",
    ),
    # the same reply: to-morrow is called off and a new day given, Friday, which counts (CONVENTIONS 4.1): Friday 25 July 1930, end of the day [local due 1930-07-25 23:59:59]
    B(
        text="I find that it is now put down for to-morrow, but for certain reasons that is not convenient, and accordingly it will be taken on Friday.",
        due="1930-07-25 22:59:59",
        vague=False,
        said="1930-07-23 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL30,
        published="1930-07-23",
    ),
    # the same exchange (Lord Banbury of Southam): a question, no undertaking (CONVENTIONS 4.2): due None, no refusal word
    B(
        text="Do I understand that we are going to take the Housing (No. 2) Bill as the first Order on Friday?",
        due=None,
        vague=False,
        said="1930-07-23 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL30,
        published="1930-07-23",
    ),
    # the same exchange (Lord Lamington): a question, and 'one moment' is a manner of speaking, not a window for an act: due None, no refusal word
    B(
        text="My Lords, may I intervene for one moment?",
        due=None,
        vague=False,
        said="1930-07-23 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL30,
        published="1930-07-23",
    ),
    # the same speech: what was said 'on this day last week' is told of the past (CONVENTIONS 5.3): past
    B(
        text="It was only on this day last week that the noble and learned Lord, the Leader of the House, said that he would not allow any Government business to precede any Notices of Motions already on the Order Paper.",
        due=None,
        vague=False,
        said="1930-07-23 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL30,
        published="1930-07-23",
    ),
    # the same speech: 'a week has elapsed', 'only this morning' tell of what has happened (CONVENTIONS 2.4): past
    B(
        text="A week has elapsed and we find only this morning that a long list of business, including the very important consideration of an Amendment to the Coal Mines Bill, is put down before all other Notices.",
        due=None,
        vague=False,
        said="1930-07-23 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL30,
        published="1930-07-23",
    ),
    # NASA (Kennedy Space Center media advisory M08-084 of 'April 29, 2008', its own date line; a work of the US federal government, public domain; carried whole by the spinics.net KSC list archive); zone America/New_York (EDT); no hour, said 29 April 2008 10:00 EDT. The rollout on Saturday, May 3 (3 May 2008 is a Saturday), a one-off event on a day, end of the day (CONVENTIONS 3.1) [local due 2008-05-03 23:59:59]
    B(
        text="Space shuttle Discovery is scheduled to roll out to Launch Pad 39A at NASA's Kennedy Space Center, Fla., on Saturday, May 3, as preparations for the STS-124 mission move forward.",
        due="2008-05-04 03:59:59",
        vague=False,
        said="2008-04-29 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA084,
        published="2008-04-29",
    ),
    # the same advisory: the liftoff targeted for May 31 2008, end of the day (CONVENTIONS 3.1). unsure: a careful reader could read 'a 13-day mission' from that start as a window due at its end (CONVENTIONS 1.1), 13 June 2008 [local due 2008-05-31 23:59:59]
    B(
        text="Discovery is targeted to lift off May 31 on a 13-day mission to the International Space Station.",
        due="2008-06-01 03:59:59",
        vague=False,
        said="2008-04-29 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_NASA084,
        published="2008-04-29",
    ),
    # the same advisory: a clock time with no day of its own in the sentence, the first 12:01 a.m. EDT after the moment of speaking (CONVENTIONS 6.3): 30 April 2008 00:01 EDT (page: 3 May 2008 00:01 EDT) [local due 2008-04-30 00:01:00]
    B(
        text="The first motion of the shuttle out of Kennedy's Vehicle Assembly Building is scheduled for 12:01 a.m. EDT.",
        due="2008-04-30 04:01:00",
        vague=False,
        said="2008-04-29 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA084,
        published="2008-04-29",
    ),
    # the same advisory: six hours counted from the start of the rollout, which the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="The process is expected to take approximately six hours.",
        due=None,
        vague=False,
        said="2008-04-29 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA084,
        published="2008-04-29",
    ),
    # the same advisory: coverage given only its start, 'starting at 6:30 a.m.' (CONVENTIONS 3.2), with no day of its own: the first 6:30 a.m. after the moment of speaking, 30 April 2008 06:30 EDT (CONVENTIONS 6.3; page: 3 May 2008 06:30 EDT). unsure: a careful reader could read the start of coverage as a one-off event due at that time (CONVENTIONS 3.1) [local earliest 2008-04-30 06:30:00]
    B(
        text="NASA Television will provide live coverage of Discovery's rollout to the launch pad starting at 6:30 a.m.",
        due=None,
        vague=False,
        said="2008-04-29 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2008-04-30 10:30:00",
        cluster=5,
        source=_NASA084,
        published="2008-04-29",
    ),
    # the same advisory: 8 a.m. Saturday, Saturday 3 May 2008 08:00 EDT (CONVENTIONS 3.1) [local due 2008-05-03 08:00:00]
    B(
        text="Media are invited to photograph the shuttle's move to the pad and interview Discovery Flow Director Stephanie Stilson at 8 a.m. Saturday.",
        due="2008-05-03 12:00:00",
        vague=False,
        said="2008-04-29 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA084,
        published="2008-04-29",
    ),
    # the same advisory: 'dates and times' name no time: due None, no refusal word
    B(
        text="Dates and times of this event are subject to change.",
        due=None,
        vague=False,
        said="2008-04-29 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA084,
        published="2008-04-29",
    ),
    # the same advisory: by 6 a.m. Saturday, 3 May 2008 06:00 EDT [local due 2008-05-03 06:00:00]
    B(
        text="Media must arrive at Kennedy's news center by 6 a.m. Saturday for transportation to the viewing area.",
        due="2008-05-03 10:00:00",
        vague=False,
        said="2008-04-29 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA084,
        published="2008-04-29",
    ),
    # the same advisory: 'by 6 a.m.' with no day of its own: the first 6 a.m. after the moment of speaking (CONVENTIONS 6.3), 30 April 2008 06:00 EDT (page: 3 May 2008 06:00 EDT) [local due 2008-04-30 06:00:00]
    B(
        text="Foreign media with credentials must arrive at the Pass and Identification Building on State Road 3 by 6 a.m. for transportation to the news center.",
        due="2008-04-30 10:00:00",
        vague=False,
        said="2008-04-29 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA084,
        published="2008-04-29",
    ),
    # the same advisory: by 4 p.m. Wednesday, April 30 (30 April 2008 is a Wednesday): 16:00 EDT; the line ends with the address, as the page has it [local due 2008-04-30 16:00:00]
    B(
        text="U.S. media without permanent Kennedy Space Center credentials must apply for accreditation online by 4 p.m. Wednesday, April 30, at: https://media.ksc.nasa.gov",
        due="2008-04-30 20:00:00",
        vague=False,
        said="2008-04-29 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA084,
        published="2008-04-29",
    ),
    # NASA (Kennedy Space Center media advisory M08-105 of 'May 22, 2008', its own date line; public domain; carried whole by the spinics.net KSC list archive); zone America/New_York (EDT); no hour, said 22 May 2008 10:00 EDT. 'operating hours' and 'the upcoming launch' set no time: due None, no refusal word
    B(
        text="News conferences, events and operating hours for the news center at NASA's Kennedy Space Center are set for the upcoming launch of space shuttle Discovery.",
        due=None,
        vague=False,
        said="2008-05-22 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA105,
        published="2008-05-22",
    ),
    # the same advisory: liftoff at 5:02 p.m. EDT on Saturday, May 31 (a Saturday in 2008): 31 May 2008 17:02 EDT (CONVENTIONS 3.1) [local due 2008-05-31 17:02:00]
    B(
        text="Shuttle Discovery's STS-124 mission to the International Space Station is scheduled to lift off at 5:02 p.m. EDT on Saturday, May 31.",
        due="2008-05-31 21:02:00",
        vague=False,
        said="2008-05-22 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA105,
        published="2008-05-22",
    ),
    # the same advisory: Wednesday 28 May 2008 (a Wednesday) at 11:30 a.m. EDT (CONVENTIONS 3.1) [local due 2008-05-28 11:30:00]
    B(
        text="On Wednesday, May 28, Discovery's seven crew members are scheduled to arrive at Kennedy at 11:30 a.m.",
        due="2008-05-28 15:30:00",
        vague=False,
        said="2008-05-22 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA105,
        published="2008-05-22",
    ),
    # the same advisory: 'by 10 a.m.' with no day of its own in the sentence: the first 10 a.m. after the moment of speaking (22 May 10:00 EDT itself is not after it), 23 May 2008 10:00 EDT (CONVENTIONS 6.3; page: 28 May 2008 10:00 EDT) [local due 2008-05-23 10:00:00]
    B(
        text="Badged journalists planning to cover the event must be at Kennedy's news center by 10 a.m. for transportation to the Shuttle Landing Facility.",
        due="2008-05-23 14:00:00",
        vague=False,
        said="2008-05-22 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA105,
        published="2008-05-22",
    ),
    # the same advisory: a one-off webcast beginning at noon on May 30, 30 May 2008 12:00 EDT (CONVENTIONS 3.1, as 'the launch is at 6:41 p.m.'). unsure: a careful reader could read a webcast given only its start as 'earliest' (CONVENTIONS 3.2) [local due 2008-05-30 12:00:00]
    B(
        text="A live webcast featuring NASA astronaut Michael Foale will begin at noon on May 30.",
        due="2008-05-30 16:00:00",
        vague=False,
        said="2008-05-22 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_NASA105,
        published="2008-05-22",
    ),
    # the same advisory: a count of days already spent, not a window: due None, no refusal word
    B(
        text="He has logged more than 374 days in space.",
        due=None,
        vague=False,
        said="2008-05-22 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_NASA105,
        published="2008-05-22",
    ),
    # the same advisory: 'on launch day' names a day only by an event the sentence does not date: event (CONVENTIONS 1.3, 6.3)
    B(
        text="On launch day, a blog will update the countdown beginning at noon.",
        due=None,
        vague=False,
        said="2008-05-22 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_NASA105,
        published="2008-05-22",
    ),
    # US Department of Agriculture, Animal and Plant Health Inspection Service (a Federal Register notice, a work of the US federal government, public domain; quoted whole in the American Institute of Biological Sciences' Federal Register summary for the week of 1 July 2016, dated by its address '2016_07_01'); zone America/New_York (Washington); read as of Friday 1 July 2016 10:00 EDT. The 2-year period runs from a reestablishment the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="Pursuant to the Federal Advisory Committee Act, we are giving notice that the Secretary of Agriculture intends to reestablish the National Wildlife Services Advisory Committee for a 2-year period.",
        due=None,
        vague=False,
        said="2016-07-01 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_AIBS16,
        published="2016-07-01",
    ),
    # NOAA, National Ocean Service (a Federal Register notice of a Hydrographic Services Review Panel meeting in Cleveland, public domain; the same summary); zone America/New_York: a schedule over three days falls due at its end (CONVENTIONS 6.1), 1 September 2016 12:00 noon EDT [local due 2016-09-01 12:00:00]
    B(
        text="The meeting will be held on August 30, 8:30 a.m. to 3:00 p.m. EDT; August 31, 8:00 a.m. to 5:00 p.m.; and September 1, 8:00 a.m. to 12:00 noon.",
        due="2016-09-01 16:00:00",
        vague=False,
        said="2016-07-01 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_AIBS16,
        published="2016-07-01",
    ),
    # the same notice: 'times' name no time: due None, no refusal word
    B(
        text="Times are subject to change.",
        due=None,
        vague=False,
        said="2016-07-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_AIBS16,
        published="2016-07-01",
    ),
    # Home Office (press release on the EU Settlement Scheme, 14 May 2020, the date its own first sentence gives; GOV.UK, Open Government Licence v3.0; carried whole by Parliament Today); zone Europe/London (BST); no hour, said 14 May 2020 10:00 BST. The perfect with its own date tells of a done act (CONVENTIONS 2.4): past
    B(
        text="The Home Office has now (14 May 2020) received more than 3.5 million applications to the EU Settlement Scheme, according to the latest internal figures.",
        due=None,
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HOEUSS,
        published="2020-05-14",
    ),
    # the same release: the scheme's deadline, 30 June 2021, named with the time still to run to it: end of that day (CONVENTIONS 3.1). unsure: the verb tells of a milestone already reached, which a careful reader could call past (CONVENTIONS 2.4) [local due 2021-06-30 23:59:59]
    B(
        text="The milestone was reached with over a year still to go until the 30 June 2021 deadline, making it the biggest scheme of its kind in British history.",
        due="2021-06-30 22:59:59",
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HOEUSS,
        published="2020-05-14",
    ),
    # the same release: announced earlier this year, told of the past (CONVENTIONS 5.3): past
    B(
        text="This year, the Home Office also announced a further £8 million of funding to help vulnerable EU citizens to apply.",
        due=None,
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HOEUSS,
        published="2020-05-14",
    ),
    # the same release: awarded last year: past
    B(
        text="This is in addition to the £9 million it awarded to 57 charities across the UK last year.",
        due=None,
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HOEUSS,
        published="2020-05-14",
    ),
    # the same release: the perfect 'has remained available throughout the pandemic' reports what has been, no act is set a time: past (CONVENTIONS 2.4)
    B(
        text="Throughout the coronavirus pandemic a wide range of support has remained available for those who need help applying or have questions about the scheme.",
        due=None,
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HOEUSS,
        published="2020-05-14",
    ),
    # the same release: the helpline 'reopened earlier this month', a done act: past (CONVENTIONS 5.3). unsure: a careful reader could weigh '7 days a week', a standing rule, and call it recurring (CONVENTIONS 1.3)
    B(
        text="This includes a helpline which reopened earlier this month and provides support 7 days a week.",
        due=None,
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HOEUSS,
        published="2020-05-14",
    ),
    # the same release (the Minister for Future Borders and Immigration): 'until the deadline' names a deadline the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="I am therefore pleased we’ve already had more than 3.5 million applications, with over a year left until the deadline.",
        due=None,
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HOEUSS,
        published="2020-05-14",
    ),
    # the same quote: 'plenty of time left' sets no time: due None, no refusal word
    B(
        text="The scheme is the biggest of its kind in British history and there’s still plenty of time left to apply.",
        due=None,
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HOEUSS,
        published="2020-05-14",
    ),
    # the same release: the rules to be laid today, the act as it is spoken, end of 14 May 2020 (CONVENTIONS 2.1) [local due 2020-05-14 23:59:59]
    B(
        text="Today, updates to the immigration rules will also be laid in Parliament, which include changes to the EU Settlement Scheme.",
        due="2020-05-14 22:59:59",
        vague=False,
        said="2020-05-14 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HOEUSS,
        published="2020-05-14",
    ),
    # Department for Business, Energy and Industrial Strategy (speech: 'Business Secretary's statement on coronavirus (COVID-19): 1 April 2020', the date its own title gives; GOV.UK, Open Government Licence v3.0; carried whole by energybrokers.co.uk); zone Europe/London (BST); the page prints no hour, so said 1 April 2020 10:00 BST (the greeting names a part of the day, not an hour). A greeting and 'the daily briefing' set no time: due None, no refusal word
    B(
        text="Good afternoon and thank you for joining us for the daily briefing on our fight against coronavirus.",
        due=None,
        vague=False,
        said="2020-04-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_BEIS20,
        published="2020-04-01",
    ),
    # the same statement: the present with 'today' on the act as it is spoken falls due at the end of that day (CONVENTIONS 2.1). unsure: being joined is a description of the present, no undertaking, and a careful reader could give due None with no refusal word [local due 2020-04-01 23:59:59]
    B(
        text="I am joined today by Dr Yvonne Doyle who is the medical director of Public Health England.",
        due="2020-04-01 22:59:59",
        vague=False,
        said="2020-04-01 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_BEIS20,
        published="2020-04-01",
    ),
    # the same statement: 'before Yvonne provides an update' hangs the act on an event the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="Before Yvonne provides an update on the latest data from our COBR coronavirus fact file, I would like to update you on the steps that we are taking to defeat this pandemic.",
        due=None,
        vague=False,
        said="2020-04-01 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_BEIS20,
        published="2020-04-01",
    ),
    # the same statement: 'at any one time' is no time for an act: due None, no refusal word
    B(
        text="Our step-by-step action plan is aiming to slow the spread of the virus, so fewer people need hospital treatment at any one time, protecting the ability of the NHS to cope.",
        due=None,
        vague=False,
        said="2020-04-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_BEIS20,
        published="2020-04-01",
    ),
    # the same statement: told of what has been done (CONVENTIONS 2.4): past
    B(
        text="Throughout our response to coronavirus, we have been following the scientific and medical advice.",
        due=None,
        vague=False,
        said="2020-04-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_BEIS20,
        published="2020-04-01",
    ),
    # the same statement: the perfect tells of done acts, and 'at the right time' dates nothing: past
    B(
        text="We have been deliberate in our actions, taking the right steps at the right time.",
        due=None,
        vague=False,
        said="2020-04-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_BEIS20,
        published="2020-04-01",
    ),
    # the same statement: 'daily figures' and a count: no act is set a time: due None, no refusal word
    B(
        text="The daily figures show that a total of 152,979 people in the UK have now been tested for coronavirus.",
        due=None,
        vague=False,
        said="2020-04-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_BEIS20,
        published="2020-04-01",
    ),
    # the same statement: a count since yesterday, no act: due None, no refusal word
    B(
        text="This is an increase of 563 fatalities since yesterday.",
        due=None,
        vague=False,
        said="2020-04-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_BEIS20,
        published="2020-04-01",
    ),
    # the same statement: an age, not a span of time: due None, no refusal word
    B(
        text="The youngest of them was just 13 years old.",
        due=None,
        vague=False,
        said="2020-04-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_BEIS20,
        published="2020-04-01",
    ),
    # Environment Agency (press release of 20 July 2023, 'Action on preparing for drought must remain, experts warn'; the date is the one the carrying page gives for the release; GOV.UK, Open Government Licence v3.0; carried whole by ukpol.co.uk); zone Europe/London (BST); no hour, said Thursday 20 July 2023 10:00 BST. Preparation kept going 'for the rest of summer and autumn' falls due at the end of autumn (CONVENTIONS 3.3; meteorological seasons, autumn September to November): 30 November 2023 23:59:59 GMT; 'it confirmed this week' is the verb of speaking (CONVENTIONS 2.2) [local due 2023-11-30 23:59:59]
    B(
        text="As many parts of the world experience extreme heatwaves and severe drought, the Environment Agency will continue to prepare for all weather eventualities for the rest of summer and autumn, it confirmed this week.",
        due="2023-11-30 23:59:59",
        vague=False,
        said="2023-07-20 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA23,
        published="2023-07-20",
    ),
    # the same release: the meeting of Wednesday 19 July 2023, the day before, told as done: past
    B(
        text="At this week’s meeting of the National Drought Group (Wednesday 19 July) – chaired by Environment Agency Executive Director John Leyland – senior decision-makers from the Environment Agency, government, water companies and key farming and environmental groups discussed how to best manage water resources and ensure preparedness if hot, dry weather returns to this country.",
        due=None,
        vague=False,
        said="2023-07-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA23,
        published="2023-07-20",
    ),
    # the same release: what the group discussed, told of the past: past
    B(
        text="The group also discussed how we can no longer rely on past weather patterns and that the best time to conserve water is when it is raining.",
        due=None,
        vague=False,
        said="2023-07-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA23,
        published="2023-07-20",
    ),
    # the same release: the perfect 'has started' and the past June: past (CONVENTIONS 2.4)
    B(
        text="Following the hottest June on record, July has started wet in many places.",
        due=None,
        vague=False,
        said="2023-07-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA23,
        published="2023-07-20",
    ),
    # the same release: the perfect tells of what has happened: past
    B(
        text="Rivers that were struggling with low flows have responded with most now back into normal ranges.",
        due=None,
        vague=False,
        said="2023-07-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA23,
        published="2023-07-20",
    ),
    # the same release: preparation kept going to the end of autumn, 30 November 2023 23:59:59 GMT (CONVENTIONS 3.3) [local due 2023-11-30 23:59:59]
    B(
        text="Despite recent wet weather, the Environment Agency continues to prepare for all weather eventualities for the rest of summer and autumn.",
        due="2023-11-30 23:59:59",
        vague=False,
        said="2023-07-20 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_EA23,
        published="2023-07-20",
    ),
    # the same release: told of June, past
    B(
        text="In June, the Environment Agency attended 58 incidents, including rescuing fish and deploying aerators, which are used to oxygenate water.",
        due=None,
        vague=False,
        said="2023-07-20 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA23,
        published="2023-07-20",
    ),
    # Department for Work and Pensions (press release 'Claimants are asked to apply online as jobcentres limit access'; GOV.UK, Open Government Licence v3.0; carried whole by FE News); zone Europe/London (GMT until 29 March 2020). The carrying page shows no date; the release is read as of Monday 23 March 2020: the limit 'from tomorrow' is the one the Department's written answer in Parliament dates 'as of 24th March' (eldaddp.azurewebsites.net, a copy of the Parliament's answered-questions data), and Express & Star of 23 March 2020 reports it 'announced on Monday' and in force 'from Tuesday'. No hour, said 10:00 GMT. A restriction that begins on a day is a rule taking effect, due that day (CONVENTIONS 3.1a): 24 March 2020, end of the day [local due 2020-03-24 23:59:59]
    B(
        text="In line with recent Government guidance and to best serve those who need support, the Work and Pensions Secretary has taken the decision to limit access to jobcentres from tomorrow, with members of the public not admitted into jobcentres unless they are directed to do so with a booked appointment.",
        due="2020-03-24 23:59:59",
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DWP20,
        published="2020-03-23",
    ),
    # the same release: a suspension run for the next three months from now falls due at its end (CONVENTIONS 1.1): 23 March + 3 months = 23 June 2020 23:59:59 BST; 'today announced' is the verb of speaking (CONVENTIONS 2.2) [local due 2020-06-23 23:59:59]
    B(
        text="In addition, the Secretary of State has also today announced that reviews and reassessments for disability benefits are being suspended for the next three months.",
        due="2020-06-23 22:59:59",
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DWP20,
        published="2020-03-23",
    ),
    # the same release: 'regular review' with no time and an extension 'if necessary' set no time: due None, no refusal word
    B(
        text="The suspension will be kept under regular review and extended if necessary.",
        due=None,
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DWP20,
        published="2020-03-23",
    ),
    # the same release: guidance and a suspension of last week, told as done: past (CONVENTIONS 5.3). unsure: the 3 months of that suspension run from an undated day of last week and are still running, which a careful reader could call event (CONVENTIONS 1.3)
    B(
        text="The measures follow Government guidance last week that people were not expected to attend face to face jobcentre appointments, and the suspension of face-to-face assessments for all sickness and disability benefits for the next 3 months.",
        due=None,
        vague=False,
        said="2020-03-23 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DWP20,
        published="2020-03-23",
    ),
    # HM Treasury (press release 'Chancellor expands loan scheme for large businesses'; GOV.UK, Open Government Licence v3.0; carried whole by government-world.com's HM Government listing); zone Europe/London (BST). The carrying page gives no date: read as of Thursday 16 April 2020, the date of the item just above it on that listing ('Covid-19: letter to Birmingham City Council (16 April 2020)'); the scheme opened on Monday 20 April 2020, which 'Monday' names from 16 or 17 April alike. No hour, said 10:00 BST. A summary line without a full stop, as the page has it: the launch on Monday, a one-off event on a day, end of 20 April 2020 (CONVENTIONS 3.1) [local due 2020-04-20 23:59:59]
    B(
        text="Rishi Sunak unveils the final details of Coronavirus Large Business Interruption Loan Scheme ahead of launch on Monday",
        due="2020-04-20 22:59:59",
        vague=False,
        said="2020-04-16 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMT20,
        published="2020-04-16",
    ),
    # the same release: the perfect 'has been expanded' tells of a done act, and 'announced today' is the verb of speaking (CONVENTIONS 2.2, 2.4): past
    B(
        text="A government-backed loan scheme for large businesses affected by coronavirus has been expanded to cover all viable firms, the Chancellor announced today.",
        due=None,
        vague=False,
        said="2020-04-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMT20,
        published="2020-04-16",
    ),
    # the same release: the launch on Monday 20 April 2020, end of the day (CONVENTIONS 3.1); 'said' is the verb of speaking (CONVENTIONS 2.2) [local due 2020-04-20 23:59:59]
    B(
        text="Outlining further details of the Coronavirus Large Business Interruption Loans Scheme (CLBILS) ahead of its launch on Monday, Rishi Sunak said all firms with a turnover of more than £45 million will now be able to apply for up to £25 million of finance, and up to £50 million for firms with a turnover of more than £250 million.",
        due="2020-04-20 22:59:59",
        vague=False,
        said="2020-04-16 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMT20,
        published="2020-04-16",
    ),
    # the same release: 'originally' tells of what was (CONVENTIONS 5.3): past
    B(
        text="Business with turnovers of more than £500 million were originally not eligible for the scheme, which is being set up to help firms who do not qualify for the existing Coronavirus Business Interruption Loan Scheme – for small and medium sized businesses – and the Bank of England Covid Corporate Financing Facility – for investment grade companies.",
        due=None,
        vague=False,
        said="2020-04-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMT20,
        published="2020-04-16",
    ),
    # the same release: 'after extensive consultation' dates nothing ahead: due None, no refusal word
    B(
        text="The move, which comes after extensive consultation with businesses, will ensure even more firms are able to benefit from government support.",
        due=None,
        vague=False,
        said="2020-04-16 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMT20,
        published="2020-04-16",
    ),
    # Highways England (news story 'Highways England gear up for the Easter getaway' on GOV.UK, Open Government Licence v3.0); zone Europe/London (BST from 25 March 2018). The opening shows no date; its own words fix the Easter of 2018 ('from 6am Thursday 29 March until 12.01am on Tuesday 3 April': Thursday 29 March falls in 2018), and the page is read as of Monday 26 March 2018, the date OTS News gives a companion Highways England release on the same lifting of roadworks ('26th March 2018'); no hour, said 10:00 BST. Roadworks lifted for travel over Easter: Easter Sunday 1 April 2018, end of the day (CONVENTIONS 3.1). unsure: the lifting has to be done before travel starts ('in time for Easter', 31 March under CONVENTIONS 3.5), and 'over Easter' could also run to Easter Monday, 2 April [local due 2018-04-01 23:59:59]
    B(
        text="Highways England is preparing to lift and complete hundreds of miles of roadworks to help people travelling over Easter – with more than one billion miles set to be travelled in the run-up to the bank holiday.",
        due="2018-04-01 22:59:59",
        vague=False,
        said="2018-03-26 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HE18,
        published="2018-03-26",
    ),
    # the same story: 'in time for Easter' read as 'before Easter' (CONVENTIONS 3.5: the end of the day before the day named), Easter Sunday being 1 April 2018: 31 March 2018 23:59:59 BST. unsure: a careful reader could read 'in time for Easter' as 'by Easter', the end of Easter Sunday (1 April), or take the start of the roadworks-free period the story gives elsewhere (6am Thursday 29 March) [local due 2018-03-31 23:59:59]
    B(
        text="To help those miles flow as smoothly as possible, teams from Highways England are working around the clock to remove 300 miles of roadworks - meaning 99 per cent of motorways and major A roads will be roadworks-free in time for Easter.",
        due="2018-03-31 22:59:59",
        vague=False,
        said="2018-03-26 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HE18,
        published="2018-03-26",
    ),
    # the same story: figures of last year's Easter week, told of the past: past
    B(
        text="Highways England data shows of the more than 1bn miles travelled in the week leading up to Easter last year, more than 280 million miles were on Maundy Thursday alone; that’s almost 20 million more than the preceding Thursday.",
        due=None,
        vague=False,
        said="2018-03-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HE18,
        published="2018-03-26",
    ),
    # the same story (Melanie Clarke): the network kept free of roadworks this Easter, to the end of Easter Sunday 1 April 2018 (CONVENTIONS 3.3). unsure: the Easter bank holiday runs to Monday 2 April, and the story's own period ends at 12.01am on Tuesday 3 April [local due 2018-04-01 23:59:59]
    B(
        text="We’re doing everything we can to make journeys as smooth as possible this Easter and that’s why we’re keeping 99 per cent of the road network we manage, free from roadworks.",
        due="2018-04-01 22:59:59",
        vague=False,
        said="2018-03-26 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HE18,
        published="2018-03-26",
    ),
    # the same quote: checks 'before setting off', a start the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="Safety is our top priority and we know from experience that almost half of breakdowns can easily be avoided if motorists carry out simple vehicle checks before setting off over this period.",
        due=None,
        vague=False,
        said="2018-03-26 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HE18,
        published="2018-03-26",
    ),
    # the same story: a state kept from 6am Thursday 29 March until 12.01am on Tuesday 3 April 2018 (both weekdays checked) falls due at its end (CONVENTIONS 3.3, 3.4): 3 April 2018 00:01 BST [local due 2018-04-03 00:01:00]
    B(
        text="The motorway and major A-road network will be free of roadworks from 6am Thursday 29 March until 12.01am on Tuesday 3 April.",
        due="2018-04-02 23:01:00",
        vague=False,
        said="2018-03-26 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HE18,
        published="2018-03-26",
    ),
    # the same story: 'around the clock' is no time: due None, no refusal word
    B(
        text="Highways England traffic officers will be working around the clock to help people who get into difficulty.",
        due=None,
        vague=False,
        said="2018-03-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HE18,
        published="2018-03-26",
    ),
)
