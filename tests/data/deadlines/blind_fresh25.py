"""A TWENTY-FIFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 06:33 by the machine's clock, by a
labelling helper (branch issue12l-s20) that neither changed nor ran the parser: it read only
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstrings of `blind_real.py` and `blind_fresh24.py` and the latter's comments, the parser
package's docstring (for the documented vague windows, parts of the day, "a bare time is its
next occurrence", "the week commencing <day>" running to its Sunday, "in the new year" as early
next year and weeks running Monday to Sunday) and the README next to this file. The sentences
were found with a search over stored copies of public pages and taken as they came in the pages
read (the openings the search returns), in page order, skipping only bare headings, attendance
lists, site banners, sponsor and source lines, speakers' names standing alone on a line and
lines cut off by the end of an opening; see README.md ("Twenty-fifth fresh blind set") for every
address, publisher and licence. No address listed in README.md, in a `#` header or README under
`tests/data/`, in the sources of the other set files or in the shared claims file was used: each
was checked against those lists and claimed (`fresh25`) in `/work/helper-brief/claims.txt`
before a quote was taken (many pages the searches offered were already used and were dropped).
Every sentence was checked by a text search over the files under `tests/data/` (the whole
sentence and a run of six of its words); none was found there. One sentence that recurs word for
word in two statements of this set (the Leader's opening thanks) is quoted once. Each label was
worked out by hand from the words, the publication date and the publisher's zone alone; the
conversion of local instants to UTC wall time and the weekday checks were done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the
project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests
touched these texts before the labels were committed; the helpers improving the parser have not
seen them. See README.md for the count and the composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_real.py` and `blind_fresh24.py`: the publisher's zone (New
Zealand Parliament: Pacific/Auckland; the Northern Ireland Assembly, the Senedd and the Welsh
Government, the Scottish Parliament: Europe/London); the publication date at 10:00 local (the
page's date: each New Zealand business statement is the Thursday the page names, each set of
minutes the day of its meeting); a day falls due at 23:59:59 local (zoneinfo's history decides
the offset, so New Zealand daylight time starts on 29 September 2019 and ends on 5 April 2020
inside two of the labels); a clock time without a zone word is in the publisher's zone, and a
clock time with no day is its next occurrence after the reference (where the page puts it on
another day, the label is marked "unsure" and names that day); a bare weekday is the next such
day on or after the reference; "adjourn until <day>" falls due on the day the House sits again
(as in `blind_fresh10.py`); "In that week" after it is that Monday-to-Sunday week; a day word on
a sitting or an event that minutes report as discussed, requested or outlined belongs to the
sitting, not to the reporting verb (read as CONVENTIONS 2.2 reads the verb of speaking), and
such labels are marked "unsure" naming the past reading; a range, a list or a day with several
times falls due at its later end; refusals have `due=None` and a `refusal` kind (earliest |
negated | past | event | recurring); a case with no time at all has `due=None` and no refusal
word. Labels marked "unsure" name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after
merging, and records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 14 case(s) removed, Senedd material (Senedd Commission terms: re-use on application only); 137 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 65 case(s) removed, Northern Ireland Assembly material (no statement of the Assembly's own terms found in the store: unclear); 72 remain. See README.md

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 9 case(s) removed, Welsh Government material (gov.wales: no statement of its own terms found in the store; the only Welsh Government statement found, wefo.gov.wales, grants the Open Government Licence but forbids commercial use without permission: unclear); 63 remain. See README.md

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 6 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 57 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_NZ_BUSINESS_3DEC20 = 'https://livenews.co.nz/2020/12/03/parliament-hansard-report-business-statement-000561/'
_NZ_BUSINESS_26SEP19 = 'https://global.foreignaffairs.co.nz/2019/09/26/mil-osi-new-zealand-parliament-hansard-report-business-statement-000338/'
_NZ_BUSINESS_8JUN23 = 'https://livenews.co.nz/2023/06/08/parliament-hansard-report-thursday-8-june-2023-volume-768-001140/'
_NZ_BUSINESS_2SEP21 = 'https://livenews.co.nz/2021/09/02/parliament-hansard-report-thursday-2-september-2021-volume-754-000726'
_NZ_BUSINESS_29JUN23 = 'https://livenews.co.nz/2023/06/29/parliament-hansard-report-thursday-29-june-2023-volume-769-001160'
_NZ_BUSINESS_19MAR20 = 'https://livenews.co.nz/2020/03/19/parliament-hansard-report-business-statement-000442/'
_NIA_BC_23MAR10 = 'https://www.niassembly.gov.uk/assembly-business/committees/2007-2011/business-committee/minutes-of-proceedings/session-2009-2010/23-march-2010'
_NIA_BC_6MAR01 = 'https://archive.niassembly.gov.uk/businesscom/minutes/010306.htm'
_NIA_BC_20SEP11 = 'http://www.niassembly.gov.uk/assembly-business/committees/business/minutes/20-september-2011/'
_NIA_BC_12JUN12 = 'http://www.niassembly.gov.uk/assembly-business/committees/business/minutes/12-june-2012/'
_WG_SENEDD_REFORM_16DEC22 = 'https://www.gov.wales/written-statement-update-senedd-reform'
_SENEDD_BUSINESS_11JUL17 = 'https://yoursenedd.wales/debates/2017-07-11-2-business-statement-and-announcement'
_SP_BULLETIN_2OCT03 = 'https://archive.parliament.scot/business/businessBulletin/bb-03/bb-10-02c.htm'
_NIA_BC_25SEP01 = 'https://archive.niassembly.gov.uk/businesscom/minutes/010925.htm'
_NIA_BC_6JUN00 = 'https://archive.niassembly.gov.uk/businesscom/minutes/000606.htm'

FRESH25_CASES: tuple[BlindCase, ...] = (
    # New Zealand Parliament, business statement, Thursday 3 December 2020 (Hansard, reproduced on Live News): 'took the Chair at 2 p.m.' tells of the sitting already opened: past
    B(
        text='The Speaker took the Chair at 2 p.m.',
        due=None,
        vague=False,
        said='2020-12-02 21:00:00',
        tz='Pacific/Auckland',
        refusal='past',
        cluster=5,
        source=_NZ_BUSINESS_3DEC20,
        published='2020-12-03',
    ),
    # the same statement: no time at all
    B(
        text='Hon CHRIS HIPKINS (Leader of the House): Thank you, Mr Speaker.',
        due=None,
        vague=False,
        said='2020-12-02 21:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_3DEC20,
        published='2020-12-03',
    ),
    # the same statement: the debate 'continues next week' (the Monday-to-Sunday week of 7 to 13 December), the later end counts over 'on Tuesday' (CONVENTIONS 6.1): Sunday 13 December, NZDT, 2020-12-13 10:59:59 UTC; unsure: the maiden speeches 'on Tuesday' (8 December, 2020-12-08 10:59:59 UTC)
    B(
        text='The Address in Reply debate continues next week, with a further eight maiden speeches on Tuesday.',
        due='2020-12-13 10:59:59',
        vague=False,
        said='2020-12-02 21:00:00',
        tz='Pacific/Auckland',
        cluster=4,
        source=_NZ_BUSINESS_3DEC20,
        published='2020-12-03',
    ),
    # the same statement: '15 March last year' dates the attacks, not the debate; the debate is 'on Tuesday', the next Tuesday, 8 December, end of day NZDT, 2020-12-08 10:59:59 UTC; 'one-hour' is a length
    B(
        text='The Business Committee has agreed that after oral questions on Tuesday, there will be a one-hour debate on the report of the Royal Commission into the attacks on Christchurch mosques on 15 March last year.',
        due='2020-12-08 10:59:59',
        vague=False,
        said='2020-12-02 21:00:00',
        tz='Pacific/Auckland',
        cluster=3,
        source=_NZ_BUSINESS_3DEC20,
        published='2020-12-03',
    ),
    # the same statement: 'On Tuesday evening', the evening ends at 23:59:59 (parser docstring), 8 December NZDT, 2020-12-08 10:59:59 UTC
    B(
        text='On Tuesday evening, the House will consider motions on the COVID-19 response and other issues.',
        due='2020-12-08 10:59:59',
        vague=False,
        said='2020-12-02 21:00:00',
        tz='Pacific/Auckland',
        cluster=2,
        source=_NZ_BUSINESS_3DEC20,
        published='2020-12-03',
    ),
    # the same statement: no time of its own: no deadline
    B(
        text='The Subordinate Legislation (Confirmation and Validation) Bill will pass through its remaining stages.',
        due=None,
        vague=False,
        said='2020-12-02 21:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_3DEC20,
        published='2020-12-03',
    ),
    # the same statement: 'there may be an extended sitting' is a possibility, no undertaking (CONVENTIONS 4.2): no deadline; unsure: Wednesday morning, 9 December, ends at noon NZDT (2020-12-08 23:00:00 UTC)
    B(
        text='I did notify the Business Committee that there may be an extended sitting on Wednesday morning, depending on progress.',
        due=None,
        vague=False,
        said='2020-12-02 21:00:00',
        tz='Pacific/Auckland',
        cluster=2,
        source=_NZ_BUSINESS_3DEC20,
        published='2020-12-03',
    ),
    # the same statement: no time at all
    B(
        text='First readings to be considered will include the Reserve Bank of New Zealand Bill, the Social Security (Financial Assistance for Caregivers) Amendment Bill, the Maori Commercial Aquaculture Claims Settlement Amendment Bill, and the Water Services Bill.',
        due=None,
        vague=False,
        said='2020-12-02 21:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_3DEC20,
        published='2020-12-03',
    ),
    # the same statement: '2021' names the sitting programme; 'On Wednesday' is 9 December, end of day NZDT, 2020-12-09 10:59:59 UTC
    B(
        text='On Wednesday, the sitting programme for 2021 will be approved and the House will adjourn for the year.',
        due='2020-12-09 10:59:59',
        vague=False,
        said='2020-12-02 21:00:00',
        tz='Pacific/Auckland',
        cluster=1,
        source=_NZ_BUSINESS_3DEC20,
        published='2020-12-03',
    ),
    # the same statement: no time at all
    B(
        text='CHRIS BISHOP (National): Thank you to the Leader of the House for that fulsome update.',
        due=None,
        vague=False,
        said='2020-12-02 21:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_3DEC20,
        published='2020-12-03',
    ),
    # the same statement: a question; 'next week' only names the period asked about, no undertaking; 'section 7' and 'Act 1990' are numbers: no deadline; unsure: a reader could take the end of next week (13 December)
    B(
        text='Can I ask the leader if he is planning on putting the House into urgency next week, and, in particular, if he is going to do so, whether or not any bills will be introduced that the Opposition is only presented with mere moments before the bill is tabled on the floor of the House, and in particular bills that the Attorney-General has issued a section 7 report under the New Zealand Bill of Rights Act 1990 as breaching the New Zealand Bill of Rights Act.',
        due=None,
        vague=False,
        said='2020-12-02 21:00:00',
        tz='Pacific/Auckland',
        cluster=1,
        source=_NZ_BUSINESS_3DEC20,
        published='2020-12-03',
    ),
    # the same statement: urgency 'next week' is denied (CONVENTIONS 4.1) and the extended sitting 'may' happen, a possibility (CONVENTIONS 4.2): negated; unsure: Wednesday morning, 9 December, noon NZDT (2020-12-08 23:00:00 UTC)
    B(
        text='Hon CHRIS HIPKINS (Leader of the House): No, it’s not the Government’s intention to move urgency next week, although I did indicate that we may do an extended sitting on Wednesday morning.',
        due=None,
        vague=False,
        said='2020-12-02 21:00:00',
        tz='Pacific/Auckland',
        refusal='negated',
        cluster=5,
        source=_NZ_BUSINESS_3DEC20,
        published='2020-12-03',
    ),
    # New Zealand Parliament, business statement, Thursday 26 September 2019 (Hansard, reproduced by MIL-OSI on Foreign Affairs NZ): the House sits again on Tuesday 15 October (as 'adjourn until' in blind_fresh10), end of day NZDT (daylight time from 29 September), 2019-10-15 10:59:59 UTC
    B(
        text='Hon CHRIS HIPKINS (Minister of Education): Today, the House will adjourn until Tuesday 15 October.',
        due='2019-10-15 10:59:59',
        vague=False,
        said='2019-09-25 22:00:00',
        tz='Pacific/Auckland',
        cluster=3,
        source=_NZ_BUSINESS_26SEP19,
        published='2019-09-26',
    ),
    # the same statement: 'In that week' is the Monday-to-Sunday week of 14 to 20 October, due at its end, NZDT, 2019-10-20 10:59:59 UTC; 'Act 2002' and '(No 2)' are numbers
    B(
        text='In that week, legislation to be considered by the House will include the first reading of the Te Ture Whenua Maori (Succession, Dispute Resolution, and Related Matters) Amendment Bill, the committee stages of the Corrections Amendment Bill and the Conservation (Indigenous Freshwater Fish) Amendment Bill, and the third reading of the Local Government Act 2002 Amendment Bill (No 2).',
        due='2019-10-20 10:59:59',
        vague=False,
        said='2019-09-25 22:00:00',
        tz='Pacific/Auckland',
        cluster=4,
        source=_NZ_BUSINESS_26SEP19,
        published='2019-09-26',
    ),
    # the same statement: a question; 'in two weeks’ time' says when the House resumes, no undertaking: no deadline; unsure: a reader could take two weeks from the reference (10 October, 2019-10-10 10:59:59 UTC)
    B(
        text='Hon GERRY BROWNLEE (National—Ilam): Has the Leader of the House been asked to set aside time when the House resumes in two weeks’ time to pass a bill that would enable all remaining stages of the Rugby World Cup to go free to air in real time, as promised by the Deputy Prime Minister?',
        due=None,
        vague=False,
        said='2019-09-25 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_26SEP19,
        published='2019-09-26',
    ),
    # the same statement: 'currently' gives no deadline
    B(
        text='Hon CHRIS HIPKINS (Minister of Education): Of course, that bill currently sits on the Order Paper.',
        due=None,
        vague=False,
        said='2019-09-25 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_26SEP19,
        published='2019-09-26',
    ),
    # the same statement: 'order of the day' is no time, 'when ... stop filibustering' no date: no deadline
    B(
        text='It is a members’ order of the day and I think, when the member’s opposite stop filibustering another bill listed under the members’ order of the day, they might finally get to it.',
        due=None,
        vague=False,
        said='2019-09-25 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_26SEP19,
        published='2019-09-26',
    ),
    # the same statement: no time at all
    B(
        text='Hon GERRY BROWNLEE (National—Ilam): I raise a point of order, Mr Speaker.',
        due=None,
        vague=False,
        said='2019-09-25 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_26SEP19,
        published='2019-09-26',
    ),
    # the same statement: 'the next members’ day' is a day the sentence does not date: event; 'No. 8' and '(No 2)' are numbers
    B(
        text='I seek leave for item No. 8 on the members’ order of the day, Broadcasting (Games of National Significance) Amendment Bill (No 2), to go to the top of the members’ day agenda for the next members’ day?',
        due=None,
        vague=False,
        said='2019-09-25 22:00:00',
        tz='Pacific/Auckland',
        refusal='event',
        cluster=5,
        source=_NZ_BUSINESS_26SEP19,
        published='2019-09-26',
    ),
    # the same statement: no time at all
    B(
        text='SPEAKER: Is there any objection to that?',
        due=None,
        vague=False,
        said='2019-09-25 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_26SEP19,
        published='2019-09-26',
    ),
    # the same statement: no time at all
    B(
        text='There is.',
        due=None,
        vague=False,
        said='2019-09-25 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_26SEP19,
        published='2019-09-26',
    ),
    # New Zealand Parliament, business statement, Thursday 8 June 2023 (Hansard, reproduced on Live News): the House sits again on Tuesday 20 June, end of day NZST, 2023-06-20 11:59:59 UTC
    B(
        text='Hon KIERAN McANULTY (Deputy Leader of the House): Today, the House will adjourn until Tuesday, 20 June.',
        due='2023-06-20 11:59:59',
        vague=False,
        said='2023-06-07 22:00:00',
        tz='Pacific/Auckland',
        cluster=3,
        source=_NZ_BUSINESS_8JUN23,
        published='2023-06-08',
    ),
    # the same statement: 'In that week' is the week of 19 to 25 June, due at its end, NZST, 2023-06-25 11:59:59 UTC
    B(
        text='In that week, legislation to be considered will include the first readings of the Emergency Management Bill, the Ngāti Hei Claims Settlement Bill, and the Ngāti Paoa Claims Settlement Bill; the committee stages of the Business Payment Practices Bill, the Charities Amendment Bill, the Deposit Takers Bill, the Fuel Industry Amendment Bill, and the Worker Protection (Migrant and Other Employees) Bill; and the remaining stages of the Grocery Industry Competition Bill.',
        due='2023-06-25 11:59:59',
        vague=False,
        said='2023-06-07 22:00:00',
        tz='Pacific/Auckland',
        cluster=4,
        source=_NZ_BUSINESS_8JUN23,
        published='2023-06-08',
    ),
    # the same statement: no time at all
    B(
        text='Hon MICHAEL WOODHOUSE (National): I thank the acting leader of the House for that update.',
        due=None,
        vague=False,
        said='2023-06-07 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_8JUN23,
        published='2023-06-08',
    ),
    # the same statement: 'July and August', the later end counts: 31 August, NZST, 2023-08-31 11:59:59 UTC; unsure: a forecast of others' work is no undertaking (no deadline)
    B(
        text='I’m sure he’ll agree that, given the way select committees and report-backs are going, it’s going to be an extremely busy July and August, in the lead up to the adjournment of this Parliament.',
        due='2023-08-31 11:59:59',
        vague=False,
        said='2023-06-07 22:00:00',
        tz='Pacific/Auckland',
        cluster=3,
        source=_NZ_BUSINESS_8JUN23,
        published='2023-06-08',
    ),
    # the same statement: 'well in advance' names no time: no deadline
    B(
        text='While I know it’s the Business Committee’s prerogative, can I encourage the acting leader to ensure that where there are plans for urgency and extended sittings that they are signalled well in advance in order that they can be planned for?',
        due=None,
        vague=False,
        said='2023-06-07 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_8JUN23,
        published='2023-06-08',
    ),
    # the same statement: 'as much notice as possible' is no vague time word: no deadline
    B(
        text='Hon KIERAN McANULTY (Deputy Leader of the House): Yes, the member is well within his rights to encourage me to do that, but we will, as we always do, wherever possible, give as much notice as possible.',
        due=None,
        vague=False,
        said='2023-06-07 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_8JUN23,
        published='2023-06-08',
    ),
    # New Zealand Parliament, business statement, Thursday 2 September 2021 (Hansard, reproduced on Live News; the heading and the Leader's opening thanks, the same words as in the statement of 3 December 2020 above, skipped): 'Next week' is the week of 6 to 12 September, due at its end, NZST, 2021-09-12 11:59:59 UTC
    B(
        text='Next week, the House will continue to meet in a manner that’s appropriate to the alert levels we are in at the time.',
        due='2021-09-12 11:59:59',
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        cluster=4,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: 7 September 2021 was a Tuesday; the written date is taken: end of day NZST, 2021-09-07 11:59:59 UTC; unsure: the weekday, Thursday 9 September (2021-09-09 11:59:59 UTC)
    B(
        text='On Thursday, 7 September, the Estimates debate will resume.',
        due='2021-09-07 11:59:59',
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        cluster=3,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: no time at all
    B(
        text='Ministers to appear have yet to be finalised, but are likely to include the Ministers of Finance, COVID-19 Response, and Immigration.',
        due=None,
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: no time at all
    B(
        text='Further discussion is taking place over whether any other Ministers should appear.',
        due=None,
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: '2021/22' names the Estimates, 'then' gives no time of its own: no deadline
    B(
        text='As agreed by the Business Committee, the Appropriation (2021/22 Estimates) Bill will then be set down for third reading.',
        due=None,
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        cluster=1,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: 'As happens every year' is a standing practice and 'the current financial year' names the bill: recurring; unsure: a reader could see no refusal word at all (no deadline)
    B(
        text='As happens every year, the third reading will be taken with the second Imprest Supply Bill of the current financial year.',
        due=None,
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        refusal='recurring',
        cluster=4,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: 'on Wednesday' is the next Wednesday, 8 September, end of day NZST, 2021-09-08 11:59:59 UTC; unsure: 'each day' of next week runs to its end (12 September)
    B(
        text='There will be oral questions each day and a general debate on Wednesday.',
        due='2021-09-08 11:59:59',
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: 'in the coming days' is hung on 'if there are any further changes', an undated event (CONVENTIONS 5.2): event; unsure: the coming days as a vague window of 7 days (9 September, 2021-09-09 11:59:59 UTC)
    B(
        text='Of course, in these rapidly evolving times, if there are any further changes to that in the coming days, I will be sure to inform the other parties.',
        due=None,
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        refusal='event',
        cluster=5,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: 'next week' only names the programme discussed: no deadline
    B(
        text='Hon MICHAEL WOODHOUSE (National): I thank the Leader of the House for that update and also for the constructive discussions that are going on about the programme for next week.',
        due=None,
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: a request, and 'the fourth quarter of this year' is when urgency might be needed, not when the signal is due: no deadline; unsure: a reader could take the quarter's end (31 December 2021, 2021-12-31 10:59:59 UTC)
    B(
        text='A couple of matters: firstly, recognising that there has been quite a bit of lost time, can I encourage him, as I’m sure he will, to signal early to the Business Committee if it will be necessary for the House to take urgency or extended hours in the fourth quarter of this year.',
        due=None,
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        cluster=4,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: no time at all
    B(
        text='Secondly, Mr Speaker, I seek a point of order.',
        due=None,
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: '2021/22' names the Estimates, '173 and 179' are Standing Orders: no deadline
    B(
        text='I seek leave for the Speaker to chair the committee of the whole House on the Appropriation (2021/22 Estimates) Bill and that while the Speaker chairs the committee, no motion to report to obtain the Speaker’s ruling on a matter of procedure can be accepted, despite Standing Orders 173 and 179.',
        due=None,
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        cluster=1,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: no time at all
    B(
        text='SPEAKER: Is there any objection to that course of action?',
        due=None,
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # the same statement: no time at all
    B(
        text='There appears to be none.',
        due=None,
        vague=False,
        said='2021-09-01 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_2SEP21,
        published='2021-09-02',
    ),
    # New Zealand Parliament, business statement, Thursday 29 June 2023 (Hansard, reproduced on Live News): the House sits again on Tuesday 18 July, end of day NZST, 2023-07-18 11:59:59 UTC
    B(
        text='Hon GRANT ROBERTSON (Leader of the House): Today the House will adjourn until Tuesday, 18 July.',
        due='2023-07-18 11:59:59',
        vague=False,
        said='2023-06-28 22:00:00',
        tz='Pacific/Auckland',
        cluster=3,
        source=_NZ_BUSINESS_29JUN23,
        published='2023-06-29',
    ),
    # the same statement (the missing space in 'theNatural' is the page's): 'in that week' is the week of 17 to 23 July, due at its end, NZST, 2023-07-23 11:59:59 UTC
    B(
        text='Legislation to be considered in that week will include the second readings of theNatural and Built Environment Bill and the Spatial Planning Bill, and the further stages of the Business Payment Practices Bill, the Crown Minerals Amendment Bill, the Fuel Industry Amendment Bill, and the Therapeutic Products Bill.',
        due='2023-07-23 11:59:59',
        vague=False,
        said='2023-06-28 22:00:00',
        tz='Pacific/Auckland',
        cluster=4,
        source=_NZ_BUSINESS_29JUN23,
        published='2023-06-29',
    ),
    # the same statement: 'two-week recess' is a length, no deadline
    B(
        text='Hon MICHAEL WOODHOUSE (National): I thank the Leader of the House for that update and wish all members a relaxing, if busy, two-week recess before the final push.',
        due=None,
        vague=False,
        said='2023-06-28 22:00:00',
        tz='Pacific/Auckland',
        cluster=1,
        source=_NZ_BUSINESS_29JUN23,
        published='2023-06-29',
    ),
    # the same statement: a question; 'the first week back' only names the period asked about: no deadline; unsure: a reader could take that week's end (23 July)
    B(
        text='Can the Minister confirm that the business of the House in the first week back will also include a debate on the question of privilege related to time taken by the Minister of Education to correct a misleading statement?',
        due=None,
        vague=False,
        said='2023-06-28 22:00:00',
        tz='Pacific/Auckland',
        cluster=4,
        source=_NZ_BUSINESS_29JUN23,
        published='2023-06-29',
    ),
    # the same statement: the anniversary falls 'in the end of that first week back' (the week of 17 to 23 July), due at its end, NZST, 2023-07-23 11:59:59 UTC; 'seventh' is an ordinal; unsure: a question with no undertaking (no deadline)
    B(
        text='Can I note that in the end of that first week back, the Kermadec Ocean Sanctuary Bill will celebrate its seventh anniversary, having been reported back from the select committee, and would he agree that the best way to mark that milestone would be with a second reading?',
        due='2023-07-23 11:59:59',
        vague=False,
        said='2023-06-28 22:00:00',
        tz='Pacific/Auckland',
        cluster=4,
        source=_NZ_BUSINESS_29JUN23,
        published='2023-06-29',
    ),
    # the same statement: no time at all
    B(
        text='Hon GRANT ROBERTSON (Leader of the House): In answer to the first part of the question, yes, I can confirm that that report on that debate will occur in accordance with the Standing Orders.',
        due=None,
        vague=False,
        said='2023-06-28 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_29JUN23,
        published='2023-06-29',
    ),
    # the same statement: no time at all
    B(
        text='In answer to the second part of the member’s question, I’ll consider what the best way is to commemorate that moment.',
        due=None,
        vague=False,
        said='2023-06-28 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_29JUN23,
        published='2023-06-29',
    ),
    # the same statement: no time at all
    B(
        text='It may well need to involve alcohol.',
        due=None,
        vague=False,
        said='2023-06-28 22:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_29JUN23,
        published='2023-06-29',
    ),
    # New Zealand Parliament, business statement, Thursday 19 March 2020 (Hansard, reproduced on Live News): 'the next sitting week' is not dated in the sentence: no deadline
    B(
        text='Hon CHRIS HIPKINS (Leader of the House): In presenting the business for the next sitting week, it’s important to emphasise that in the current circumstances it is obviously subject to change.',
        due=None,
        vague=False,
        said='2020-03-18 21:00:00',
        tz='Pacific/Auckland',
        cluster=4,
        source=_NZ_BUSINESS_19MAR20,
        published='2020-03-19',
    ),
    # the same statement: 'the week beginning Tuesday, 31 March' runs to its Sunday, 5 April (parser docstring on 'the week commencing'), end of day; daylight time ends that morning, NZST, 2020-04-05 11:59:59 UTC; '(No 2)' is a number
    B(
        text='Legislation to be considered by the House in the week beginning Tuesday, 31 March is currently scheduled to include the first readings of the Overseas Investment Amendment Bill (No 2), the New Zealand Bill of Rights (Declarations of Inconsistency) Amendment Bill, and the Gas (Information Disclosure and Penalties) Amendment Bill; the second readings of the Public Finance (Wellbeing) Amendment Bill; and the third reading of the Smoke-free Environments (Prohibiting Smoking in Motor Vehicles Carrying Children) Amendment Bill.',
        due='2020-04-05 11:59:59',
        vague=False,
        said='2020-03-18 21:00:00',
        tz='Pacific/Auckland',
        cluster=4,
        source=_NZ_BUSINESS_19MAR20,
        published='2020-03-19',
    ),
    # the same statement: Wednesday 1 April, end of day NZDT, 2020-04-01 10:59:59 UTC
    B(
        text='Wednesday, 1 April will be a members’ day.',
        due='2020-04-01 10:59:59',
        vague=False,
        said='2020-03-18 21:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_19MAR20,
        published='2020-03-19',
    ),
    # the same statement: 'as quickly as possible' is hung on 'should things change', an undated event (CONVENTIONS 5.2): event
    B(
        text='As I have said, though, the situation is evolving rapidly and should things change, I’ll communicate that to members through party whips as quickly as possible.',
        due=None,
        vague=False,
        said='2020-03-18 21:00:00',
        tz='Pacific/Auckland',
        refusal='event',
        cluster=5,
        source=_NZ_BUSINESS_19MAR20,
        published='2020-03-19',
    ),
    # the same statement: no time at all
    B(
        text='Hon GERRY BROWNLEE (National—Ilam): Thank you to the Leader of the House for that indication, and also recognising that we are in interesting times, there are two questions, really.',
        due=None,
        vague=False,
        said='2020-03-18 21:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_19MAR20,
        published='2020-03-19',
    ),
    # the same statement: 'in the last few minutes' tells of the past, the deadline for financial reviews is not dated: past
    B(
        text='Just in the last few minutes it’s been brought to my attention that some select committees who are now advised not to travel as much as they might have, and could be under further restriction by the time they are due to meet during the recess, may not be able to meet the deadline for the return of financial reviews.',
        due=None,
        vague=False,
        said='2020-03-18 21:00:00',
        tz='Pacific/Auckland',
        refusal='past',
        cluster=5,
        source=_NZ_BUSINESS_19MAR20,
        published='2020-03-19',
    ),
    # the same statement: 'will be agreed by the House today' puts 'today' on the act (CONVENTIONS 2.1), end of day NZDT, 2020-03-19 10:59:59 UTC; unsure: it sits in a question about another matter (no deadline)
    B(
        text='Has the Leader of the House given any thought to some House process to extend the date by which they might be reported back, given that the technology for some of the provisions that will be agreed by the House today may not be in place in time to meet those deadlines?',
        due='2020-03-19 10:59:59',
        vague=False,
        said='2020-03-18 21:00:00',
        tz='Pacific/Auckland',
        cluster=6,
        source=_NZ_BUSINESS_19MAR20,
        published='2020-03-19',
    ),
    # the same statement: a question; 'earlier in the week' tells of the past: past
    B(
        text='Second question is: when is the Government’s intention to bring an imprest supply bill to give life and effect to the package that was announced earlier in the week?',
        due=None,
        vague=False,
        said='2020-03-18 21:00:00',
        tz='Pacific/Auckland',
        refusal='past',
        cluster=5,
        source=_NZ_BUSINESS_19MAR20,
        published='2020-03-19',
    ),
)
