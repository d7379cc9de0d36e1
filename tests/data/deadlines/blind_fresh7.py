"""A SEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-01 by a labelling helper (branch issue12m-s8) that
neither changed nor ran the parser: it read only the conventions written in the docstrings
(`blind_real.py`, the parser's package docstring, `blind_fresh5.py` and the sixth set's
`blind_fresh6.py` on branch issue12l-s8, and their comments), the README next to this file
and the scoring rule of `bench/deadlines.py` (a case is right when both say no deadline,
or the due instant agrees to the minute and, for a case labelled vague, the parser's
result is vague too). The sentences were found with a search over stored copies of public
pages and taken as they came in the pages read (written answers and questions, business
and recess statements in both Houses back to 1882, House of Lords Business and news pages,
Dáil orders of business, motions and written answers, statutory instruments and an Act on
legislation.gov.uk, Federal Register notices and lists, White House, OMB and State
Department material, Voice of America copy, kremlin.ru and Kremlin statements carried by
news sites, NASA and NOAA releases carried by news sites and blogs, a section of the CFR,
gov.uk and Northern Ireland departmental texts, Welsh Government and 10 Downing Street
releases read on a republishing site); no address already listed in README.md (nor in the
sixth set's section on branch issue12l-s8) and no sentence already in another set. Each
label was worked out by hand from the words, the publication date and the publisher's zone
alone; the UTC wall times were computed from local times with the standard library's
zoneinfo, never with project code. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed;
the helper improving the parser has not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament, gov.uk and Northern Ireland texts, legislation.gov.uk:
Europe/London; Oireachtas: Europe/Dublin; kremlin.ru: Europe/Moscow; US federal publishers
and VOA: America/New_York, except a NASA Johnson release written in Central time,
America/Chicago); the publication date at 10:00 local unless the source gives the time; a
day falls due at 23:59:59 local; a clock time with a zone word is that instant; a clock
time without one is in the publisher's zone; a range or a schedule falls due at its later
end; vague windows as in the parser's docstring (60 days for "soon", "as soon as
possible"; 3 months for "the coming months"; "later today" and "later this afternoon" to
the end of that part of the day, vague); early/mid/late split a period in thirds; "next
<weekday>" is that day in the following week; refusals have `due=None` and a `refusal`
kind (earliest | negated | past | event | recurring), with `earliest` for earliest-only
wording. Where the carrying page shows no date, the comment says which reference was taken
and whether the label depends on it. Labels marked "unsure" in their comment are the ones
a reviewer may argue (the comment names the other reading); like every label here they
stay as committed, whatever the first run shows. First run: not yet taken (the lead runs
it once, after merging, and records it in README.md). Sources and licences are in
README.md next to this file ("Seventh fresh blind set"). Never edit these labels to fit
the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 3 case(s) removed, Northern Ireland departments other than Health (no copyright statement of the department site found); 115 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".
"""


from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH7_CASES: tuple[BlindCase, ...] = (
    # -- cluster 1: numbers: years, counts and numbers that are not times
    # a written question with counts and grades ('750', '(1)', 'Grade 7', 'SCS1', 'HL2595') and no
    # date: 'when they expect these roles will be filled' names an undated event
    B(
        text="Lord Allen of Kensington to ask Her Majesty's Government how many of the 750 Treasury roles due to be moved to a new ‘economic campus’ in the North of England will be recruited from the local labour market; how many of these roles will be (1) of Grade 7 or below, and (2) of Grade SCS1 and above; and when they expect these roles will be filled.  HL2595",
        due=None,
        vague=False,
        said='2020-03-17 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=1,
        source='https://lordsbusiness.parliament.uk/?businessPaperDate=2020-03-17&sectionId=50',
        published='2020-03-17',
    ),
    # a question about incidents that 'have occurred in the 2019-20 burning season' (asked 22 June
    # 2020): a past season; '(1)', '(2)' and 'HL5887' are item numbers
    B(
        text="Baroness Bennett of Manor Castle to ask Her Majesty's Government how many peatland burning incidents have occurred in the 2019-20 burning season on (1) blanket bog and (2) other upland habitats.  HL5887",
        due=None,
        vague=False,
        said='2020-06-22 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://lordsbusiness.parliament.uk/?sectionId=50&businessPaperDate=2020-06-22',
        published='2020-06-22',
    ),
    # '73 inches (185 centimeters (cm) curved fork length (CFL)' are sizes; the sentence has no time
    # at all beyond 'when open' (an undated event)
    B(
        text='The General category may only retain, possess, or land large medium and giant (i.e., measuring 73 inches (185 centimeters (cm) curved fork length (CFL) or greater) BFT when open.',
        due=None,
        vague=False,
        said='2024-08-23 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=1,
        source='https://regulations.justia.com/regulations/fedreg/agencies/department-of-commerce/national-oceanic-and-atmospheric-administration/2024/08/23',
        published='2024-08-23',
    ),
    # 'Thursday 24 January' in the same statement; 'first report' and 'Act 2000' are an ordinal and
    # a name, not dates
    B(
        text='Thursday 24 January—Debate on the first report of the Justice Committee on post-legislative scrutiny of the Freedom of Information Act 2000.',
        due='2013-01-24 23:59:59',
        vague=False,
        said='2013-01-10 10:30:00',
        tz='Europe/London',
        cluster=1,
        source='https://hansard.parliament.uk/Commons/2013-01-10/debates/13011036000004/BusinessOfTheHouse',
        published='2013-01-10',
    ),
    # a written question answered on 4 May 2011 about journeys 'between April 2010 and April 2011':
    # a past period; '[53163]' is a question number
    B(
        text='Mr Godsiff: To ask the Attorney-General how many first class rail journeys were undertaken by staff in his Department between April 2010 and April 2011; and what the total cost was of such journeys. [53163]',
        due=None,
        vague=False,
        said='2011-05-04 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://publications.parliament.uk/pa/cm201011/cmhansrd/cm110504/text/110504w0001.htm',
        published='2011-05-04',
    ),
    # a tabled question of 24 June 2014 asking whether the Bill will be enacted 'before the end of
    # the year' (the fifth set labels a question by the target it names): 31 December 2014, end of
    # day Dublin (GMT); '85.' and '[26684/14]' are numbers of the question. Unsure: a question sets
    # no deadline, so a refusal is the other reading
    B(
        text='85. Deputy Seán Kyne asked the Minister for Justice and Equality the progress of the Children and Family Relationships Bill; if the Bill is likely to be introduced on Second Stage before the summer recess; and if it is envisaged that the Bill will be enacted, including any ministerial orders or regulations, before the end of the year. [26684/14]',
        due='2014-12-31 23:59:59',
        vague=False,
        said='2014-06-24 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source='https://www.oireachtas.ie/en/debates/question/2014-06-24/85/',
        published='2014-06-24',
    ),
    # a State Department briefing of Thursday 26 April 2018: 'his first full day at work next week'
    # is within the following Monday-to-Sunday week, due at its end, Sunday 6 May 2018, end of day
    # Eastern (EDT); '70th' is an ordinal
    B(
        text='After that, we will head back to the United States, and that is where the 70th Secretary of State looks forward to starting his first full day at work next week at the State Department.',
        due='2018-05-07 03:59:59',
        vague=False,
        said='2018-04-26 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://uz.usembassy.gov/briefing-with-spokesperson-heather-nauert/',
        published='2018-04-26',
    ),
    # a Lords debate of 2026 on the Crime and Policing Bill (day not shown on the carrying page; the
    # label does not depend on it): custody 'since July 2024' and a review 'commissioned in 2021'
    # are past; 'three years' is a past duration
    B(
        text='I along with Minister Jarvis have had custody in the Home Office of these issues since July 2024; that is still three years into a review that was commissioned in 2021.',
        due=None,
        vague=False,
        said='2026-01-15 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://parallelparliament.co.uk/lord/lord-holmes-of-richmond/vs/david-hanson',
        published='2026-01-15',
    ),
    # 'within 21 days of the date of the meeting', a meeting that 'may' be held at any time in the
    # periods listed: a span from an undated event (USAGM notice, 11 September 2019); the text is
    # quoted as printed, with the web address dropped from it
    B(
        text='The publicly- releasable transcript will be available for download at within 21 days of the date of the meeting.',
        due=None,
        vague=False,
        said='2019-09-11 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=1,
        source='https://regulations.justia.com/regulations/fedreg/2019/09/11',
        published='2019-09-11',
    ),
    # a Lords written question printed on 6 June 2011, 'further to the Written Answer ... on 11 May
    # (WA 213)': a year-less date of a past answer, the past (not next May); 'WA 213' and 'HL9224'
    # are reference numbers
    B(
        text="To ask Her Majesty's Government, further to the Written Answer by Lord McNally on 11 May (WA 213), whether stannary law can still be used in appropriate courts in Cornwall.[HL9224]",
        due=None,
        vague=False,
        said='2011-06-06 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://publications.parliament.uk/pa/ld201011/ldhansrd/text/110606w0002.htm',
        published='2011-06-06',
    ),
    # a Lords written answer of 7 July 2009: a decision taken 'on 12 May 2009' (past), cattle 'over
    # 30 months' (an age) and a saving 'per annum' (a rate): no deadline
    B(
        text='The estimated saving from implementation of the decision taken by the Food Standards Agency board on 12 May 2009 to move to more proportionate, risk-based supervision of official bovine spongiform encephalopathy (BSE) controls for cattle aged over 30 months (OTM), is up to £3 million per annum once all measures have been implemented.',
        due=None,
        vague=False,
        said='2009-07-07 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://hansard.parliament.uk/Lords/2009-07-07/debates/6c5e1a73-99d7-443d-a601-a459e505eb72/WrittenAnswers',
        published='2009-07-07',
    ),
    # 'The 2025 funding ... has increased by over 50% from €45 million to €70 million': a year
    # naming a budget and amounts, no deadline (said 4 March 2025)
    B(
        text='The 2025 funding for this initiative has increased by over 50% from €45 million to €70 million.',
        due=None,
        vague=False,
        said='2025-03-04 14:45:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=1,
        source='https://www.kildarestreet.com/debate/?id=2025-03-04a.73',
        published='2025-03-04',
    ),
    # a written answer of 31 January 2023: a plan's target 'by the end of 2030', 31 December 2030,
    # end of day Dublin (GMT); '500,000', 'B2' and '400,000' are counts and a rating
    B(
        text='The Climate Action Plan commits to reduce emissions from the residential sector by retrofitting the equivalent of 500,000 homes to a building energy rating (BER) of B2/cost optimal and installing 400,000 heat pumps in existing homes to replace older, less efficient heating systems by the end of 2030.',
        due='2030-12-31 23:59:59',
        vague=False,
        said='2023-01-31 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source='https://www.oireachtas.ie/ga/debates/question/2023-01-31/section/129/',
        published='2023-01-31',
    ),
    # 'rose from 5,682 initially to 13,983 last year': counts and the past
    B(
        text="During the Government's term of office to date, the number of applications rose from 5,682 initially to 13,983 last year.",
        due=None,
        vague=False,
        said='2024-01-25 11:20:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=1,
        source='https://www.kildarestreet.com/debate/?id=2024-01-25a.244',
        published='2024-01-25',
    ),
    # EPA notice of 18 August 2017: a committee 'established on June 5, 2017' (past); the meetings
    # it announces are not dated in this sentence; 'two' and 'third and fourth' are counts
    B(
        text='EPA is giving notice that it is holding two additional meetings of the Negotiated Rulemaking Committee (Committee) established on June 5, 2017.',
        due=None,
        vague=False,
        said='2017-08-18 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=1,
        source='https://thefederalregister.org/82-FR/39402',
        published='2017-08-18',
    ),
    # Lords, 14 August 1882 (a year before 1900): 'would be in his place to-morrow', reported speech
    # of a promise, 15 August 1882, end of day London (GMT)
    B(
        text='LORD CARLINGFORD (LORD PRIVY SEAL) said, that his noble Friend the Secretary of State for Foreign Affairs (Earl Granville) would be in his place to-morrow, and would make a statement on the subject of the Adjournment of the House.',
        due='1882-08-15 23:59:59',
        vague=False,
        said='1882-08-14 10:00:00',
        tz='Europe/London',
        cluster=1,
        source='https://api.parliament.uk/historic-hansard/lords/1882/aug/14/motion',
        published='1882-08-14',
    ),
    # 'the deadline for such topical issues shall be 6 p.m. the previous day': a clock time on the
    # day before a sitting the clause does not name (an undated event on its own); '29A' and '29'
    # are standing order numbers
    B(
        text="(iii) topical issues under Standing Order 29A shall be taken immediately following Leaders' Questions under Standing Order 29, and the deadline for such topical issues shall be 6 p.m. the previous day;",
        due=None,
        vague=False,
        said='2019-02-28 10:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=1,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2019-02-28/20/',
        published='2019-02-28',
    ),
    # a NASA release of April 2015 carried by spacenews.com (reference taken as 21 April 2015; any
    # day before the 28th gives the same label): 'Tuesday, April 28', end of day Eastern (EDT);
    # 'three tons' and 'Expedition 43' are a weight and a name
    B(
        text='Progress 59 will launch and dock to the station Tuesday, April 28 with almost three tons of food, fuel and supplies for the station’s Expedition 43 crew.',
        due='2015-04-29 03:59:59',
        vague=False,
        said='2015-04-21 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://spacenews.com/nasa-tv-coverage-set-for-space-station-cargo-ship-activities/',
        published='2015-04-21',
    ),
    # '146 days in space since their Dec. 19 launch': a count and a past date (said in May 2013)
    B(
        text='They will have spent 146 days in space since their Dec. 19 launch from Kazakhstan.',
        due=None,
        vague=False,
        said='2013-05-08 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=1,
        source='https://euvolution.com/futurist-transhuman-news-blog/?p=78321',
        published='2013-05-08',
    ),
    # -- cluster 2: clock times and zone words
    # 'due for answer by 30 March 2020': that day's end in London, which is already BST (clocks went
    # forward on 29 March 2020); the tabling date is the past
    B(
        text='Tabled on 16 March 2020 and due for answer by 30 March 2020.',
        due='2020-03-30 22:59:59',
        vague=False,
        said='2020-03-17 10:00:00',
        tz='Europe/London',
        cluster=2,
        source='https://lordsbusiness.parliament.uk/?businessPaperDate=2020-03-17&sectionId=50',
        published='2020-03-17',
    ),
    # an order of 27 November 2012: 'brought to a conclusion at 9 p.m. on Wednesday, 28 November
    # 2012', 21:00 Dublin (GMT); 'No. 37', '(No. 2)' and '2012' in the Bill's name are numbers, not
    # times
    B(
        text='It is proposed, notwithstanding anything in Standing Orders, that Nos. a10, 10 and 11 shall be decided without debate; and that Private Members’ business, which shall be No. 37 – Medical Treatment (Termination of Pregnancy in Case of Risk to Life of Pregnant Woman) (No. 2) Bill 2012 – Second Stage, shall, if not previously concluded, be brought to a conclusion at 9 p.m. on Wednesday, 28 November 2012.',
        due='2012-11-28 21:00:00',
        vague=False,
        said='2012-11-27 10:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2012-11-27/18/',
        published='2012-11-27',
    ),
    # a NASA shuttle update for 10 July 2011 (STS-135, carried by spaceweekly.com; said taken as
    # 06:00 EDT, after the 3:29 a.m. wake-up): the link-up 'at about 11:07 a.m.' today, Eastern
    # (EDT), the later time of the sentence
    B(
        text='The terminal initiation burn at 8:29 a.m. will put the shuttle on the final course to link up with the International Space Station at about 11:07 a.m.',
        due='2011-07-10 15:07:00',
        vague=False,
        said='2011-07-10 10:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://spaceweekly.com/?p=110815',
        published='2011-07-10',
    ),
    # 'At 1:19 p.m., hatches will be opened' on docking day, 10 July 2011: 13:19 Eastern (EDT)
    B(
        text='At 1:19 p.m., hatches will be opened between the two spacecraft.',
        due='2011-07-10 17:19:00',
        vague=False,
        said='2011-07-10 10:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://spaceweekly.com/?p=110815',
        published='2011-07-10',
    ),
    # 'The House will sit at 11 a.m. on Thursday 26th May' (said 12 May 1988): 11:00 BST that day
    B(
        text='The House will sit at 11 a.m. on Thursday 26th May.',
        due='1988-05-26 10:00:00',
        vague=False,
        said='1988-05-12 09:00:00',
        tz='Europe/London',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/lords/1988/may/12/spring-bank-holiday-recess',
        published='1988-05-12',
    ),
    # Lords, 15 May 1997: 'will sit at 11 a.m. on Thursday 22nd May': 11:00 BST on 22 May 1997
    B(
        text='My Lords, it may be for the convenience of your Lordships to know that the House will sit at 11 a.m. on Thursday 22nd May.',
        due='1997-05-22 10:00:00',
        vague=False,
        said='1997-05-15 09:00:00',
        tz='Europe/London',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/lords/1997/may/15/business',
        published='1997-05-15',
    ),
    # 'adjourn until Tuesday 3rd June, when the House will sit at the usual time of 2.30 p.m.': the
    # clock time given for the chosen day, 14:30 BST on 3 June 1997
    B(
        text='At its rising on that day, the House will adjourn until Tuesday 3rd June, when the House will sit at the usual time of 2.30 p.m.',
        due='1997-06-03 13:30:00',
        vague=False,
        said='1997-05-15 09:00:00',
        tz='Europe/London',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/lords/1997/may/15/business',
        published='1997-05-15',
    ),
    # Lords, Monday 11 December 1967 (2.50 p.m.): 'between 7.30 and 8.30 p.m.' that evening, due at
    # the range's later end, 20:30 London (GMT)
    B(
        text='Buffet dinners will be available for your Lordships between 7.30 and 8.30 p.m.',
        due='1967-12-11 20:30:00',
        vague=False,
        said='1967-12-11 14:50:00',
        tz='Europe/London',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/lords/1967/dec/11/the-christmas-recess',
        published='1967-12-11',
    ),
    # 'to Tuesday the 14th of January, a quarter past Four o'clock' (an hour in words, in a sitting-
    # day schedule: 4.15 p.m.), 14 January 1913, 16:15 London (GMT); 'twenty minutes past Eleven
    # o'clock' is the past rising
    B(
        text="House adjourned at twenty minutes past Eleven o'clock, to Tuesday the 14th of January, a quarter past Four o'clock.",
        due='1913-01-14 16:15:00',
        vague=False,
        said='1912-12-13 10:00:00',
        tz='Europe/London',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/lords/1912/dec/13/the-christmas-recess',
        published='1912-12-13',
    ),
    # Lords, 14 August 1882, at midnight ('adjourned at Twelve o'clock', said taken as 23:59): 'till
    # To-morrow, a quarter past Four o'clock', 15 August 1882, 16:15 London (GMT)
    B(
        text="House adjourned at Twelve o'clock, till To-morrow, a quarter past Four o'clock.",
        due='1882-08-15 16:15:00',
        vague=False,
        said='1882-08-14 23:59:00',
        tz='Europe/London',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/lords/1882/aug/14/motion',
        published='1882-08-14',
    ),
    # Dáil, 13 December 1945: 'interrupted at 6.30' in a sitting-day order, 18:30 that day, Dublin
    # (UTC+1: Ireland kept summer time through the winter of 1945-46, per the tz database)
    B(
        text='The debate on the Public Health Bill will be interrupted at 6.30 to take No. 4.',
        due='1945-12-13 17:30:00',
        vague=False,
        said='1945-12-13 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1945-12-13/17/',
        published='1945-12-13',
    ),
    # Dáil, 29 October 1924: 'The adjournment will take place at 7 o'clock': a sitting-day clock
    # time, 7 p.m., Dublin (GMT in late October 1924)
    B(
        text="The adjournment will take place at 7 o'clock.",
        due='1924-10-29 19:00:00',
        vague=False,
        said='1924-10-29 10:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/1924-10-29/4/',
        published='1924-10-29',
    ),
    # 'If we do not reach it by 5 o'clock, I propose to take it at 5.30 o'clock, unless ...': the
    # time proposed, 17:30 Dublin (GMT) on 29 October 1924. Unsure: the proposal is conditional
    # twice over ('if we do not reach it', 'unless'), so a refusal is the other reading
    B(
        text="If we do not reach it by 5 o'clock, I propose to take it at 5.30 o'clock, unless the Housing (Building Facilities) (Amendment) Bill, 1924, is under discussion.",
        due='1924-10-29 17:30:00',
        vague=False,
        said='1924-10-29 10:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/1924-10-29/4/',
        published='1924-10-29',
    ),
    # Dáil, Tuesday 7 July 1953: 'on Thursday we meet from 10.30 a.m. to 6 p.m.': the coming
    # Thursday, 9 July 1953, due at the range's end, 18:00 Dublin (IST). Unsure: the exchange is
    # about next week's sittings, so Thursday 16 July is the other reading
    B(
        text='As the matter stands we will meet as ordinarily except that on Thursday we meet from 10.30 a.m. to 6 p.m.',
        due='1953-07-09 17:00:00',
        vague=False,
        said='1953-07-07 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/1953-07-07/29/',
        published='1953-07-07',
    ),
    # Dáil, 13 December 2011 (4 p.m.): sit 'later than 9 p.m.' (a start) and 'adjourn not later than
    # 10.30 p.m.' (the limit), with members' business at 8 p.m. for 90 minutes: the latest time,
    # 22:30 Dublin (GMT)
    B(
        text="It is proposed, notwithstanding anything in Standing Orders, that the Dáil shall sit later than 9 p.m. and shall adjourn not later than 10.30 p.m.; and that Private Members' business, which shall be No. 43, motion re policies affecting rural areas, shall be taken at 8 p.m. and shall adjourn after 90 minutes.",
        due='2011-12-13 22:30:00',
        vague=False,
        said='2011-12-13 16:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.kildarestreet.com/debate/?id=2011-12-13.421.0',
        published='2011-12-13',
    ),
    # a NASA release of May 2013 (carried by euvolution.com; reference taken as 8 May 2013): undock
    # 'at 7:08 p.m. EDT May 13' and land 'at 10:31 p.m.' (8:31 a.m. Kazakh time, May 14): the later
    # time, 10:31 p.m. EDT on 13 May = 02:31 UTC on 14 May 2013, which the Kazakh time confirms
    B(
        text='Expedition 35 Commander Chris Hadfield of the Canadian Space Agency, Tom Marshburn of NASA and Roman Romanenko of the Russian Federal Space Agency (Roscosmos) will undock their Soyuz TMA-07M spacecraft from the station at 7:08 p.m. EDT May 13, heading for a landing on the steppe of Kazakhstan southeast of Dzhezkazgan at 10:31 p.m. (8:31 a.m. Kazakh time, May 14).',
        due='2013-05-14 02:31:00',
        vague=False,
        said='2013-05-08 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://euvolution.com/futurist-transhuman-news-blog/?p=78321',
        published='2013-05-08',
    ),
    # a NASA Johnson release of Saturday 17 November 2012 ('All Times Central', carried by a blog):
    # landing 'at 7:53 p.m. CST (7:53 a.m. Kazakhstan time on Nov. 19)': the zone word makes it
    # 19:53 CST on 18 November = 01:53 UTC on 19 November 2012
    B(
        text='Expedition 33 Commander Sunita Williams of NASA, Flight Engineer Aki Hoshide of the Japan Aerospace Exploration Agency and Russian Soyuz Commander Yuri Malenchenko will undock their Soyuz TMA-05M spacecraft from the station, heading for a pre-dawn landing in Kazakhstan, northeast of the remote town of Arkalyk at 7:53 p.m. CST (7:53 a.m. Kazakhstan time on Nov. 19).',
        due='2012-11-19 01:53:00',
        vague=False,
        said='2012-11-17 16:00:00',
        tz='America/Chicago',
        cluster=2,
        source='http://dmr-astronomersclub.blogspot.com/2012/11/nasa-television-to-air-soyuz-landing.html',
        published='2012-11-17',
    ),
    # a NASA release of June 2002 carried by spacenews.com (reference taken as 21 June 2002): undock
    # 'at around 3 a.m. EDT on June 25', 07:00 UTC
    B(
        text='The Progress 7, which delivered supplies to the station several months ago, will undock from the Zvezda service module’s aft docking port at around 3 a.m. EDT on June 25.',
        due='2002-06-25 07:00:00',
        vague=False,
        said='2002-06-21 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://spacenews.com/?p=35532',
        published='2002-06-21',
    ),
    # 'On Saturday, June 29, ... at around 2:20 a.m. EDT': 06:20 UTC on 29 June 2002
    B(
        text='On Saturday, June 29, Progress 8 will link up to the Zvezda module at around 2:20 a.m. EDT.',
        due='2002-06-29 06:20:00',
        vague=False,
        said='2002-06-21 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://spacenews.com/?p=35532',
        published='2002-06-21',
    ),
    # a NOAA release of 16 June 2010 (carried by a blog): 'Effective on June 16, 2010 at 6 p.m.
    # eastern time (5 p.m. central time)': the same instant twice, 22:00 UTC
    B(
        text='Effective on June 16, 2010 at 6 p.m. eastern time (5 p.m. central time).',
        due='2010-06-16 22:00:00',
        vague=False,
        said='2010-06-16 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='http://ag-er.blogspot.com/2010/06/noaa-modifies-commercial-and.html',
        published='2010-06-16',
    ),
    # -- cluster 3: several dates in one sentence
    # 'We are to meet in January', said on 14 December 1992: the coming January, due at its end (31
    # January 1993); 'the next few weeks' is only a hope about the time given to consider, not the
    # pledge
    B(
        text='I have asked the members of the west Wales strategy group to join me for detailed discussions of how to take forward the strategy set out in the report. We are to meet in January and I hope that the next few weeks will give all concerned sufficient opportunity to consider carefully their response to the report.',
        due='1993-01-31 23:59:59',
        vague=False,
        said='1992-12-14 10:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/written_answers/1992/dec/14/economic-development-strategy',
        published='1992-12-14',
    ),
    # 'an operational briefing tomorrow', said at 5:03 p.m. EDT on 1 July 2024 (White House
    # background call): 2 July 2024, end of day Eastern
    B(
        text="Today we'll be discussing new actions the Biden-Harris administration is taking to deal with the impacts of extreme weather events and an operational briefing tomorrow on extreme weather that the president will receive.",
        due='2024-07-03 03:59:59',
        vague=False,
        said='2024-07-01 21:03:00',
        tz='America/New_York',
        cluster=3,
        source='https://publicnow.com/view/EE4833510212C05D4E2D3A8C40EF4A5199242E89',
        published='2024-07-01',
    ),
    # VOA, 25 August 2005: Wu 'would like to see the talks resume on September 2': the date he
    # proposes, 2 September 2005, end of day Eastern (EDT). Unsure: it is a wish, not a commitment,
    # and the same report says no date is set (a refusal is the other reading)
    B(
        text='Speaking in Japanese, Mr. Wu says he personally would like to see the talks resume on September 2.',
        due='2005-09-03 03:59:59',
        vague=False,
        said='2005-08-25 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='http://www.voacambodia.com/a/a-40-2005-08-25-voa3-90142027/1358261.html',
        published='2005-08-25',
    ),
    # 'All sides said they would meet again on the week of August 29', reported on 25 August 2005
    # after the report that no date is set: an earlier plan reported in the past and overtaken.
    # Unsure: the week (29 August to 4 September 2005) is still ahead, so its Sunday is the other
    # reading
    B(
        text='All sides said they would meet again on the week of August 29.',
        due=None,
        vague=False,
        said='2005-08-25 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=3,
        source='http://www.voacambodia.com/a/a-40-2005-08-25-voa3-90142027/1358261.html',
        published='2005-08-25',
    ),
    # VOA, Thursday 8 August 2013: 'next Wednesday' is the Wednesday of the following week (the
    # parser's later reading), 14 August 2013, which the related video title confirms; end of day
    # Eastern (EDT)
    B(
        text="State Department spokeswoman Jen Psaki said Thursday two U.S. envoys will attend next Wednesday's talks, which will be followed by a meeting in the West Bank town of Jericho.",
        due='2013-08-15 03:59:59',
        vague=False,
        said='2013-08-08 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://voanews.com/amp/us-israel-palestinian-negotiators-to-resume-peace-talks/1726278.html',
        published='2013-08-08',
    ),
    # a written answer of 24 June 2014: 'as soon as possible' (vague) beside 'with a view to
    # enactment in 2015' (definite): the definite year wins, 31 December 2015, end of day Dublin
    # (GMT). Unsure: the pledge of the sentence is the drafting 'as soon as possible' (60 days,
    # vague); the year is the aim it serves
    B(
        text='My aim is to proceed to drafting of the Bill as soon as possible, subject to Government approval, with a view to enactment in 2015.',
        due='2015-12-31 23:59:59',
        vague=False,
        said='2014-06-24 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/question/2014-06-24/85/',
        published='2014-06-24',
    ),
    # 'to attend the July 8 Conference on Afghanistan' beside the 'transformation decade' 'to begin
    # in 2015': the conference is what she will do (8 July 2012, Eastern); 2015 is the start of a
    # decade described, an earliest-only phrase of another clause
    B(
        text='Her first stop will be Tokyo, Japan, to attend the July 8 Conference on Afghanistan, where she will reaffirm the United States\' enduring commitment to the Afghan people and join the international community in supporting Afghanistan\'s development needs for the "transformation decade" to begin in 2015.',
        due='2012-07-09 03:59:59',
        vague=False,
        said='2012-07-05 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://webarchive.library.unt.edu/web/20130215032854/http://blogs.state.gov/index.php/site/entry/travel_diary_europe_asia_middle_east',
        published='2012-07-05',
    ),
    # Dáil, 1 February 2023: 'The current plan is to end the scheme at the end of February': 28
    # February 2023, end of day Dublin (GMT); the possible extension is only being looked at
    B(
        text='The current plan is to end the scheme at the end of February but we are now looking at the possibility of extending it because energy prices are still very high for businesses.',
        due='2023-02-28 23:59:59',
        vague=False,
        said='2023-02-01 12:50:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.kildarestreet.com/debate/?id=2023-02-01a.180',
        published='2023-02-01',
    ),
    # a written answer of 22 February 2022 on an Act 'signed into law in July 2021': two targets,
    # 'no later than 2050' and 'by 2030'; like a list of commencement dates, the later one, 31
    # December 2050, end of day Dublin (GMT). Unsure: the nearer target, 31 December 2030, is the
    # other reading
    B(
        text='The Act, which was signed into law in July 2021, commits Ireland to reach a legally-binding target of a climate neutral economy no later than 2050 (the “National Climate Objective”), and to achieve a 51% reduction in greenhouse gas emissions by 2030 compared to 2018 levels.',
        due='2050-12-31 23:59:59',
        vague=False,
        said='2022-02-22 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/question/2022-02-22/section/138/',
        published='2022-02-22',
    ),
    # Lords, 8 May 1969: rise 'on Thursday, May 22 and return on Monday, June 9': the recess falls
    # due at its later end, 9 June 1969, end of day London (British Standard Time, UTC+1 all year in
    # 1969)
    B(
        text='It may be convenient for the House if I inform your Lordships that, subject to the progress of business, it is intended that we should rise for the Whitsun Recess on Thursday, May 22 and return on Monday, June 9.',
        due='1969-06-09 22:59:59',
        vague=False,
        said='1969-05-08 14:10:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/1969/may/08/the-whitsun-recess',
        published='1969-05-08',
    ),
    # 'One of the Bills we hoped to take on Thursday the 22nd is unlikely to be with us' (a plan
    # denied), then 'we are coming back on the 9th', told now, with a later change to 'the 10th'
    # only 'if the Bill does not arrive early enough': the 9th after rising on the 22nd is 9 June
    # 1969, end of day London (UTC+1). Unsure: the conditional 10 June is the other reading, and a
    # bare 'the 9th' said on 8 May could be misread as 9 May
    B(
        text='One of the Bills we hoped to take on Thursday the 22nd is unlikely to be with us, and most noble Lords will find it more convenient if they are told that we are coming back on the 9th, and learn later, if the Bill does not arrive early enough, that we shall come back on the 10th, rather than the other way round.',
        due='1969-06-09 22:59:59',
        vague=False,
        said='1969-05-08 14:10:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/1969/may/08/the-whitsun-recess',
        published='1969-05-08',
    ),
    # Lords, 12 May 1988: adjourn 'on Thursday 26th May and return on Monday 6th June': the later
    # end, 6 June 1988, end of day BST
    B(
        text='My Lords, it may also be for the convenience of the House to know that, subject to the progress of business, the House will adjourn for the Spring Bank Holiday Recess on Thursday 26th May and return on Monday 6th June.',
        due='1988-06-06 22:59:59',
        vague=False,
        said='1988-05-12 09:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/1988/may/12/spring-bank-holiday-recess',
        published='1988-05-12',
    ),
    # Lords, 11 December 2023 (3:18 pm): returning 'on Wednesday 10 January, rather than Monday 8
    # January as previously announced': the dropped date loses; the recess ends 10 January 2024, end
    # of day London (GMT)
    B(
        text='There will be a slightly extended Christmas Recess, with the House still rising at the end of business on Tuesday 19 December and returning on Wednesday 10 January, rather than Monday 8 January as previously announced.',
        due='2024-01-10 23:59:59',
        vague=False,
        said='2023-12-11 15:18:00',
        tz='Europe/London',
        cluster=3,
        source='https://cy.theyworkforyou.com/lords/?id=2023-12-11a.1723.4',
        published='2023-12-11',
    ),
    # a Kremlin statement quoted on Tuesday 14 May 2024 (carried by russiannewstoday.com): a state
    # visit 'on May 16-17' falls due at the range's later end, 17 May 2024, end of day Moscow
    B(
        text='At the invitation of Chinese President Xi Jinping, Russian President Vladimir Putin will pay a state visit to the People’s Republic of China on May 16-17, in his first foreign trip since taking office.',
        due='2024-05-17 20:59:59',
        vague=False,
        said='2024-05-14 07:00:00',
        tz='Europe/Moscow',
        cluster=3,
        source='https://russiannewstoday.com/putin-to-travel-to-china-this-week-for-state-visit-and-talks-with-xi',
        published='2024-05-14',
    ),
    # Lords, 11 December 1967: adjourn 'on Wednesday, December 20, and reassemble on Tuesday,
    # January 23, 1968': the later end, 23 January 1968, end of day London (GMT)
    B(
        text='Subject to the progress of business, it is hoped that the House will adjourn for the Christmas Recess on Wednesday, December 20, and reassemble on Tuesday, January 23, 1968.',
        due='1968-01-23 23:59:59',
        vague=False,
        said='1967-12-11 14:50:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/1967/dec/11/the-christmas-recess',
        published='1967-12-11',
    ),
    # Lords, 26 November 1970: rise 'on Thursday, December 17, and return on Tuesday January 12':
    # the later end, 12 January 1971, end of day London (British Standard Time, UTC+1 in 1971)
    B(
        text='EARL ST. ALDWYNMy Lords, subject to the progress of business, it is intended that the House should rise for the Christmas Recess on Thursday, December 17, and return on Tuesday January 12.',
        due='1971-01-12 22:59:59',
        vague=False,
        said='1970-11-26 09:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/1970/nov/26/christmas-recess',
        published='1970-11-26',
    ),
    # Lords, Wednesday 4 November 1936: 'no business on the Paper for to-morrow' (denied) and
    # 'adjourn ... until Tuesday next at a quarter past four o'clock': Tuesday 10 November 1936,
    # 16:15 London (GMT)
    B(
        text="My Lords, as there is no business on the Paper for to-morrow it is proposed that the House should now adjourn, except for judicial business, until Tuesday next at a quarter past four o'clock.",
        due='1936-11-10 16:15:00',
        vague=False,
        said='1936-11-04 10:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/1936/nov/04/business-of-the-house',
        published='1936-11-04',
    ),
    # 'If the business is concluded to-day it is proposed that the Dáil should adjourn to 30th
    # January': the proposed adjournment, 30 January 1946, end of day Dublin (UTC+1, as above).
    # Unsure: it is conditional, and the other branch of the same passage ('it is proposed to sit
    # to-morrow') gives 14 December 1945
    B(
        text='If the business is concluded to-day it is proposed that the Dáil should adjourn to 30th January.',
        due='1946-01-30 22:59:59',
        vague=False,
        said='1945-12-13 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1945-12-13/17/',
        published='1945-12-13',
    ),
    # Dáil motion of 6 July 1982: sittings on 9 and 16 July at 10.30 a.m., adjourning 'not later
    # than 4 p.m. on those days', the recess from the 16th: the schedule's later end, 16 July 1982,
    # 16:00 Dublin (IST)
    B(
        text='(ii) the Dáil shall meet on Friday, 9th July, 1982 at 10.30 a.m. and on Friday, 16th July, 1982 at 10.30 a.m. and shall adjourn not later than 4 p.m. on those days; and the Dáil at its rising on 16th July shall adjourn for the Summer Recess;',
        due='1982-07-16 15:00:00',
        vague=False,
        said='1982-07-06 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/1982-07-06/21/',
        published='1982-07-06',
    ),
    # Dáil motion of 28 February 2019 for 'the sittings of the Dáil on 5th, 6th and 7th March,
    # 2019': a list of days, due at the last, 7 March 2019, end of day Dublin (GMT)
    B(
        text='That, notwithstanding anything in Standing Orders, and unless the Dáil shall otherwise order, the following arrangements shall apply in relation to the sittings of the Dáil on 5th, 6th and 7th March, 2019:',
        due='2019-03-07 23:59:59',
        vague=False,
        said='2019-02-28 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2019-02-28/20/',
        published='2019-02-28',
    ),
    # -- cluster 4: period forms: fiscal years, parts of periods, vague windows
    # 'later this afternoon' (Welsh Government release of 17 January 2023): 'later this <period>'
    # runs to the period's end, the afternoon ending at 18:00 London (GMT); vague, like 'later
    # today' in the earlier sets. Unsure: a reader may take it as exact 18:00 (not vague)
    B(
        text='Following the meeting, the Minister will update the Senedd later this afternoon.',
        due='2023-01-17 18:00:00',
        vague=True,
        said='2023-01-17 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://www.ukpol.co.uk/tag/press-release/page/772',
        published='2023-01-17',
    ),
    # 'In the coming months' is a vague window of 3 months from 17 January 2023: 17 April 2023, end
    # of day London (BST)
    B(
        text='In the coming months, the Economy Minister will launch several initiatives to continue supporting the Welsh economy',
        due='2023-04-17 22:59:59',
        vague=True,
        said='2023-01-17 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://www.ukpol.co.uk/tag/press-release/page/772',
        published='2023-01-17',
    ),
    # a question of 23 October 2009 asking when a strategy 'for 2009-2012' will be published, after
    # a consultation 'which ended in January': no deadline is set; the years name the period the
    # strategy covers. Unsure: a reader may take '2009-2012' as a programme due at the end of 2012
    B(
        text='Baroness Miller of Chilthorne Domer to ask Her Majesty’s Government when they will publish their new Institutional Strategy with the United Nations Children’s Fund for 2009-2012, following the public consultation which ended in January. [DfID] HL4852',
        due=None,
        vague=False,
        said='2009-10-23 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=4,
        source='http://www.publications.parliament.uk/pa/ld200809/minutes/091026/ldcumlst.htm',
        published='2009-10-23',
    ),
    # closure 'for the remainder of the June through August time period' (NMFS, 23 August 2024): the
    # period's later end, 31 August 2024, end of day Eastern (EDT)
    B(
        text='NMFS closes the General category fishery for Atlantic bluefin tuna (BFT) for the remainder of the June through August time period.',
        due='2024-09-01 03:59:59',
        vague=False,
        said='2024-08-23 14:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://regulations.justia.com/regulations/fedreg/agencies/department-of-commerce/national-oceanic-and-atmospheric-administration/2024/08/23',
        published='2024-08-23',
    ),
    # VOA, Friday 23 March 2007: 'in the next week or two' is a range of spans, due at the later
    # end, two weeks on: 6 April 2007, end of day Eastern (EDT). Unsure: 'could happen' is hedged, a
    # reader may refuse it
    B(
        text='He said that meeting could happen in the next week or two.',
        due='2007-04-07 03:59:59',
        vague=False,
        said='2007-03-23 14:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://www.voacambodia.com/a/a-40-2007-03-23-voa2-90151717/1357254.html',
        published='2007-03-23',
    ),
    # 'to implement the rule immediately' (Department of Education, 26 November 2019): a 'now' word,
    # the vague 7-day window of the parser's docstring: 3 December 2019, end of day Eastern (EST)
    B(
        text='Although the Department construes its interim final rulemaking power narrowly, under these circumstances the Department finds good cause to implement the rule immediately.',
        due='2019-12-04 04:59:59',
        vague=True,
        said='2019-11-26 15:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://regulations.justia.com/regulations/fedreg/2019/11/26',
        published='2019-11-26',
    ),
    # 'new awards for fiscal year (FY) 2020' on a US federal page: the US federal fiscal year 2020
    # ends 30 September 2020, end of day Eastern (EDT); '84.282M' and '4040-0004' are numbers of a
    # catalogue and a form. Unsure: the fiscal year may only name the money (no deadline), as the
    # earlier sets read a fiscal year beside a real deadline
    B(
        text='The Department of Education (Department) is issuing a notice inviting applications for new awards for fiscal year (FY) 2020 for CSPCMO grants, Catalog of Federal Domestic Assistance (CFDA) number 84.282M. This notice relates to the approved information collection under OMB control number 4040-0004.',
        due='2020-10-01 03:59:59',
        vague=False,
        said='2019-11-26 15:00:00',
        tz='America/New_York',
        cluster=4,
        source='https://regulations.justia.com/regulations/fedreg/2019/11/26',
        published='2019-11-26',
    ),
    # Dáil, 4 March 2025: 'That will be made shortly': the vague 60-day window, 3 May 2025, end of
    # day Dublin (IST)
    B(
        text='That will be made shortly in a defective concrete amendment Bill.',
        due='2025-05-03 22:59:59',
        vague=True,
        said='2025-03-04 14:45:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/debate/?id=2025-03-04a.73',
        published='2025-03-04',
    ),
    # a written answer of 3 October 2023: school years ('2023/2024', '2022/2023') label the tickets
    # counted, no deadline; '133,000' and '12%' are amounts
    B(
        text='Already over 133,000 tickets have issued for the 2023/2024 school year which is an increase of 12% when compared with the start of the 2022/2023 school year.',
        due=None,
        vague=False,
        said='2023-10-03 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/question/2023-10-03/section/276/',
        published='2023-10-03',
    ),
    # Dáil, 8 July 2025: 'there will be €70 million spent this year': the current year, 31 December
    # 2025, end of day Dublin (GMT); 'last year' is the comparison
    B(
        text='In other words, there will be €70 million spent this year as opposed to €45 million last year because the scheme is ramping up.',
        due='2025-12-31 23:59:59',
        vague=False,
        said='2025-07-08 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/debate/?id=2025-07-08a.70',
        published='2025-07-08',
    ),
    # 'We plan to launch a second bidding round in due course' (2 April 2019): the vague 60-day
    # window, 1 June 2019, end of day BST
    B(
        text='We plan to launch a second bidding round in due course.',
        due='2019-06-01 22:59:59',
        vague=True,
        said='2019-04-02 09:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://www.parallelparliament.co.uk/question/HL14690/voluntary-schools-capital-investment',
        published='2019-04-02',
    ),
    # a regulation (50 CFR 660.85; reference taken as 1 January 2012, the label does not depend on
    # it): a closure 'if' a quota 'will be reached prior to the end of the fishing year' is
    # conditional on an undated event; '2-year' is a length
    B(
        text='(a) If the Regional Administrator determines that the harvest quota for any coral bed will be reached prior to the end of the fishing year, or the end of the 2-year fishing period at Makapuu Bed, NMFS will issue a field order closing the bed involved by publication of an action in the Federal Register, and through appropriate news media.',
        due=None,
        vague=False,
        said='2012-01-01 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=4,
        source='http://federal.elaws.us/cfr/title50.part660.section660.85',
        published='2012-01-01',
    ),
    # -- cluster 5: refusals: recurring, earliest-only, negated, past, event
    # 'ahead of Spending Review': an undated event (10 Downing Street release of 24 April 2025)
    B(
        text='Prime Minister brings forward an initial £300 million investment ahead of Spending Review through Great British Energy to win global offshore wind investment for the UK',
        due=None,
        vague=False,
        said='2025-04-24 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://www.ukpol.co.uk/category/press-releases/page/160',
        published='2025-04-24',
    ),
    # a list approved following a meeting held on a past day (22 June 2017, said 9 July 2017): the
    # past
    B(
        text='The President approved a list of instructions following the June 22, 2017, meeting with Government members.',
        due=None,
        vague=False,
        said='2017-07-09 07:00:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/persons/67/events/55027',
        published='2017-07-09',
    ),
    # retroactive effect 'from 9th March 2017' in SI 2018/373 (made in March 2018; reference taken
    # as 14 March 2018, the label does not depend on the day): an effect from a past date, no
    # deadline
    B(
        text='Regulations 5, 6, 7, 9 and 10 have effect from 9th March 2017.',
        due=None,
        vague=False,
        said='2018-03-14 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://legislation.gov.uk/uksi/2018/373/regulation/2/made/data.xht?view=snippet&wrap=true',
        published='2018-03-14',
    ),
    # '21 days after the day on which these Regulations are made': a span from an undated event (a
    # draft instrument; reference taken as 1 November 2018)
    B(
        text='The following provisions come into force 21 days after the day on which these Regulations are made—',
        due=None,
        vague=False,
        said='2018-11-01 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://legislation.gov.uk/ukdsi/2018/9780111173046/schedule/1/data.html',
        published='2018-11-01',
    ),
    # '21 days after the day on which the Regulations are laid' and 'on exit day': both undated
    # events (SI 2019/74, reference taken as 17 January 2019)
    B(
        text='These Regulations come into force— for the purposes of regulations 1, 2, and 3, 21 days after the day on which the Regulations are laid, and for all other purposes, on exit day.',
        due=None,
        vague=False,
        said='2019-01-17 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://legislation.gov.uk/uksi/2019/74/regulation/2/data.html',
        published='2019-01-17',
    ),
    # 'the day after the day on which this Act receives Royal Assent': an undated event (Northern
    # Ireland Act 2010 c. 4; reference taken as 1 March 2010)
    B(
        text='Sections 2 and 4 to 6 come into operation on the day after the day on which this Act receives Royal Assent.',
        due=None,
        vague=False,
        said='2010-03-01 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://www.legislation.gov.uk/nia/2010/4/section/5/data.xht?view=snippet&wrap=true',
        published='2010-03-01',
    ),
    # 'before the expiry of the 40-day period', a period beginning on the day an undated statement
    # is laid: an event (National Security and Investment Act 2021, Royal Assent 29 April 2021)
    B(
        text='Either House of Parliament may at any time before the expiry of the 40-day period resolve not to approve the statement.',
        due=None,
        vague=False,
        said='2021-04-29 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='http://www.legislation.gov.uk/ukpga/2021/25/section/4/enacted',
        published='2021-04-29',
    ),
    # 'continue on the specified date until everyone scheduled to speak has been given an
    # opportunity to be heard': open-ended, until an undated event (OSM proposed rule, 11 July 2012)
    B(
        text='The public hearing will continue on the specified date until everyone scheduled to speak has been given an opportunity to be heard.',
        due=None,
        vague=False,
        said='2012-07-11 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://regulations.justia.com/regulations/fedreg/2012/07/11/2012-16893.html',
        published='2012-07-11',
    ),
    # a standing rule on named day questions ('not more than five ... on a single day'): any day, no
    # deadline; 'five' is a count (page of 2018 taken as 21 June 2018)
    B(
        text='MPs may not table more than five named day questions on a single day.',
        due=None,
        vague=False,
        said='2018-06-21 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://www.parliament.uk/business/publications/written-questions-answers-statements/written-questions-answers/?page=7',
        published='2018-06-21',
    ),
    # 'could take several more days': a duration estimate, not a deadline (as 'can take' in the
    # first fresh set), refused as tied to an undated process
    B(
        text='The transfer could take several more days as officials work out what they say are technicalities.',
        due=None,
        vague=False,
        said='2007-03-23 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://www.voacambodia.com/a/a-40-2007-03-23-voa2-90151717/1357254.html',
        published='2007-03-23',
    ),
    # 'within nine months' counted from talks of last month that Kerry spoke after ('Kerry also said
    # ...' refers back to the July talks): a span from a past anchor, refused as the past. Unsure:
    # 'is aiming' is present, and nine months from the day of the report (8 May 2014) is the other
    # reading
    B(
        text='Kerry also said he is aiming to help seal a final peace deal within nine months.',
        due=None,
        vague=False,
        said='2013-08-08 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://voanews.com/amp/us-israel-palestinian-negotiators-to-resume-peace-talks/1726278.html',
        published='2013-08-08',
    ),
    # 'it is not possible for the Bill to be ... introduced to second stage before the summer
    # recess': a denied, undated event
    B(
        text='As the General Scheme has not yet been finalised, it is not possible for the Bill to be drafted and introduced to second stage before the summer recess.',
        due=None,
        vague=False,
        said='2014-06-24 09:00:00',
        tz='Europe/Dublin',
        refusal='negated',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2014-06-24/85/',
        published='2014-06-24',
    ),
    # 'legislation would be taken in the House as early as February' (reported on 27 November 2012):
    # only an earliest time is given, 1 February 2013 00:00 Dublin; a reported promise, no deadline
    B(
        text="The Tánaiste has promised legislation, while a Fine Gael Minister told RTE that we would be surprised by the speed of the Government's response to the report and that legislation would be taken in the House as early as February.",
        due=None,
        vague=False,
        said='2012-11-27 10:00:00',
        tz='Europe/Dublin',
        refusal='earliest',
        earliest='2013-02-01 00:00:00',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2012-11-27/18/',
        published='2012-11-27',
    ),
    # a correction of a rule 'that appeared in the Federal Register on October 24, 2019' (said 26
    # November 2019): a past date
    B(
        text='The Federal Deposit Insurance Corporation (FDIC) is correcting a final rule that appeared in the Federal Register on October 24, 2019, regarding Company-Run Stress Testing Requirements for FDIC-Supervised State Nonmember Banks and State Savings Associations.',
        due=None,
        vague=False,
        said='2019-11-26 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://regulations.justia.com/regulations/fedreg/2019/11/26',
        published='2019-11-26',
    ),
    # evidence given 'in January 2011', reported on 6 June 2011: the past
    B(
        text='The chief executive of the Crown Prosecution Service (CPS) explained the transfer of responsibility to the police, for charging in certain further offences, when he gave evidence to the House of Commons Justice Select Committee in January 2011.',
        due=None,
        vague=False,
        said='2011-06-06 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/ld201011/ldhansrd/text/110606w0002.htm',
        published='2011-06-06',
    ),
    # 'launched by Government last February' (said 31 January 2023): the past
    B(
        text='This was reflected in the package of supports launched by Government last February to make it easier and more affordable for homeowners to undertake home energy upgrades.',
        due=None,
        vague=False,
        said='2023-01-31 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/ga/debates/question/2023-01-31/section/129/',
        published='2023-01-31',
    ),
    # 'The consultation opened on 22 December 2021 and closed on 8 February 2022' (said 22 February
    # 2022): a range entirely in the past
    B(
        text='The consultation opened on 22 December 2021 and closed on 8 February 2022.',
        due=None,
        vague=False,
        said='2022-02-22 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2022-02-22/section/138/',
        published='2022-02-22',
    ),
    # a written answer of late 2018 (date not shown on the carrying page; reference taken as 3
    # December 2018, the label does not depend on it): a business planning process that 'takes place
    # annually between December and March each year' is a standing cycle
    B(
        text='The Department’s Business Planning process takes place annually between December and March each year.',
        due=None,
        vague=False,
        said='2018-12-03 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://www.parallelparliament.co.uk/question/HL11849/multiple-births',
        published='2018-12-03',
    ),
    # a Lords written answer of 2 April 2019: a scheme launched 'on the 15 November 2018' and a
    # round that 'closed on 1 February 2019': the past
    B(
        text='The department launched the capital scheme for voluntary-aided schools on the 15 November 2018 and the bidding round closed on 1 February 2019.',
        due=None,
        vague=False,
        said='2019-04-02 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.parallelparliament.co.uk/question/HL14690/voluntary-schools-capital-investment',
        published='2019-04-02',
    ),
    # OMB blog of 26 June 2014: updates 'each quarter', a standing schedule, no single deadline
    B(
        text='As we have done in the past, we will provide updates on our progress in achieving milestones for both Agency and Cross-Agency Priority Goals each quarter on, providing accountability on these important efforts to improve government performance.',
        due=None,
        vague=False,
        said='2014-06-26 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='https://obamawhitehouse.archives.gov/realitycheck/blog/2014/06/26/agencies-release-action-plans-implementing-new-performance-goals',
        published='2014-06-26',
    ),
    # a NOAA notice of May 2010 quoted on a forum (reference taken as 11 May 2010): 'daily updates
    # ... by 12 p.m. EST, with any changes ... effective as of 6 o.m. EST the same day' (a typo for
    # p.m.): a daily standing schedule, no single deadline
    B(
        text='NOAA will provide daily updates (including the coordinates of the revised closed area) at http://sero.nmfs.noaa.gov by 12 p.m. EST, with any changes to the closed area effective as of 6 o.m. EST the same day.',
        due=None,
        vague=False,
        said='2010-05-11 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='https://scubaboard.com/community/threads/spearfishing-and-the-oil-spill-noaa-notice.334863/latest',
        published='2010-05-11',
    ),
    # -- cluster 6: ordinary controls
    # 'come into force on 28th March 2019': the commencement day, end of day London (GMT); the
    # draft's date (taken as 1 November 2018) does not change it
    B(
        text='The following provisions come into force on 28th March 2019—',
        due='2019-03-28 23:59:59',
        vague=False,
        said='2018-11-01 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://legislation.gov.uk/ukdsi/2018/9780111173046/schedule/1/data.html',
        published='2018-11-01',
    ),
    # '1st April 2012 is the day appointed' (SSI 2012/39, made in February 2012; reference taken as
    # 15 February 2012): the appointed day, end of day London (BST)
    B(
        text='Subject to paragraph (2), 1st April 2012 is the day appointed for the provisions of the Act specified in column 1 of Schedule 1 to come into force, in so far as not already in force.',
        due='2012-04-01 22:59:59',
        vague=False,
        said='2012-02-15 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://legislation.gov.uk/ssi/2012/39/article/2/made/data.xht?view=snippet&wrap=true',
        published='2012-02-15',
    ),
    # 'later today' at Prime Minister's Questions on 22 March 2017: a vague window to the day's end,
    # London (GMT)
    B(
        text='In addition to my duties in this House, I shall have further such meetings later today.',
        due='2017-03-22 23:59:59',
        vague=True,
        said='2017-03-22 12:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2017-03-22/debates/091167A6-E1E6-44D9-BEF4-C877BCD394DD/details',
        published='2017-03-22',
    ),
    # 'due for answer by 3 August 2020' (year-less day after a dated tabling day of 27 July 2020): 3
    # August 2020, end of day BST
    B(
        text='Tabled on 27 July 2020 and due for answer by 3 August 2020.',
        due='2020-08-03 22:59:59',
        vague=False,
        said='2020-07-28 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://lordsbusiness.parliament.uk/?sectionId=50&businessPaperDate=2020-07-28',
        published='2020-07-28',
    ),
    # 'due for answer by 25 June 2020', end of day BST
    B(
        text='Tabled on 18 June 2020 and due for answer by 25 June 2020.',
        due='2020-06-25 22:59:59',
        vague=False,
        said='2020-06-22 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://lordsbusiness.parliament.uk/?sectionId=50&businessPaperDate=2020-06-22',
        published='2020-06-22',
    ),
    # 'On September 1, 2024, the fishery will reopen automatically': a dated action ahead, due that
    # day, end of day Eastern (EDT). Unsure: a reopening is also a start, which a reader may record
    # as an earliest date only
    B(
        text='On September 1, 2024, the fishery will reopen automatically and previously-scheduled RFDs for September will resume.',
        due='2024-09-02 03:59:59',
        vague=False,
        said='2024-08-23 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://regulations.justia.com/regulations/fedreg/agencies/department-of-commerce/national-oceanic-and-atmospheric-administration/2024/08/23',
        published='2024-08-23',
    ),
    # a business statement of Thursday 10 January 2013: 'Monday 14 January' is the coming Monday,
    # end of day London (GMT)
    B(
        text='Monday 14 January—Second Reading of the Crime and Courts Bill [Lords].',
        due='2013-01-14 23:59:59',
        vague=False,
        said='2013-01-10 10:30:00',
        tz='Europe/London',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2013-01-10/debates/13011036000004/BusinessOfTheHouse',
        published='2013-01-10',
    ),
    # a State Department travel note (taken as published on 5 July 2012): 'On July 6 ... begins an
    # eight-nation trip': the dated start of the trip, 6 July 2012, end of day Eastern (EDT);
    # 'eight-nation' is a count. Unsure: a start is also read as an earliest date only
    B(
        text='On July 6, Secretary of State Hillary Rodham Clinton begins an eight-nation trip to France, Japan, Mongolia, Vietnam, Laos, Cambodia, Egypt, and Israel.',
        due='2012-07-07 03:59:59',
        vague=False,
        said='2012-07-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://webarchive.library.unt.edu/web/20130215032854/http://blogs.state.gov/index.php/site/entry/travel_diary_europe_asia_middle_east',
        published='2012-07-05',
    ),
    # 'On July 10, she travels to Hanoi': 10 July 2012, end of day Eastern (EDT)
    B(
        text='On July 10, she travels to Hanoi, Vietnam, where she will meet with senior Vietnamese leaders to witness the signing of several agreements covering education exchanges and commercial contracts.',
        due='2012-07-11 03:59:59',
        vague=False,
        said='2012-07-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://webarchive.library.unt.edu/web/20130215032854/http://blogs.state.gov/index.php/site/entry/travel_diary_europe_asia_middle_east',
        published='2012-07-05',
    ),
    # Lords debate of 21 July 2015: 'we will probably carry the Standing Orders through in
    # September': the coming September, due at its end, 30 September 2015, end of day BST
    B(
        text='The Government’s approach has been to say that we will probably carry the Standing Orders through in September.',
        due='2015-09-30 22:59:59',
        vague=False,
        said='2015-07-21 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://parallelparliament.co.uk/lord/baroness-butler-sloss/dept-debates/leaders-office?page=2',
        published='2015-07-21',
    ),
    # kremlin.ru announcement carried by newskitchen.eu (Tuesday 15 October 2019): 'will be
    # discussed at the Kremlin this Wednesday' is the next day, 16 October 2019, end of day Moscow
    B(
        text='Following a series of working trips and meetings, the President has given a list of instructions to the Government, the implementation of which will be discussed at the Kremlin this Wednesday.',
        due='2019-10-16 20:59:59',
        vague=False,
        said='2019-10-15 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='https://newskitchen.eu/2019/10/15/on-october-16-vladimir-putin-will-hold-a-meeting-on-flood-relief-in-irkutsk-region-and-far-east/',
        published='2019-10-15',
    ),
    # Dáil, 25 January 2024: 'it will increase by the same amount next year': the next calendar
    # year, 31 December 2025, end of day Dublin (GMT)
    B(
        text='The great thing we know is that thanks to the carbon tax, which Deputy Paul Murphy opposes, it will increase by the same amount next year.',
        due='2025-12-31 23:59:59',
        vague=False,
        said='2024-01-25 11:20:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/debate/?id=2024-01-25a.244',
        published='2024-01-25',
    ),
    # a funding statement page of the 2025 to 2026 financial year (page undated; reference taken as
    # 1 December 2025): 'Next allocation payment: 5 January 2026', end of day London (GMT)
    B(
        text='Next allocation payment: 5 January 2026.',
        due='2026-01-05 23:59:59',
        vague=False,
        said='2025-12-01 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://skillsfunding.service.gov.uk/view-latest-funding/local-authority/statement/936',
        published='2025-12-01',
    ),
    # a written answer of 22 April 2024: 'will introduce a similar mandate scheme ... in 2025': 31
    # December 2025, end of day London (GMT)
    B(
        text='The Government will introduce a similar mandate scheme to drive the deployment of sustainable aviation fuel (SAF) in 2025.',
        due='2025-12-31 23:59:59',
        vague=False,
        said='2024-04-22 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://parallelparliament.co.uk/writtenanswers/search?search_term=Future+Fund&order_field=datenew',
        published='2024-04-22',
    ),
    # Lords news of 3 June 2016: 'returns from recess on Monday 6 June': 6 June 2016, end of day BST
    B(
        text='The House of Lords returns from recess on Monday 6 June.',
        due='2016-06-06 22:59:59',
        vague=False,
        said='2016-06-03 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://webtest.parliament.uk/business/news/news-by-year/2016/june/house-of-lords-back-to-business',
        published='2016-06-03',
    ),
    # Lords news of 26 March 2021: 'is back to business on Monday 12 April': 12 April 2021, end of
    # day BST
    B(
        text='The House of Lords has started its recess and is back to business on Monday 12 April.',
        due='2021-04-12 22:59:59',
        vague=False,
        said='2021-03-26 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://webtest.parliament.uk/business/news/2021/march/house-of-lords-pauses-for-recess',
        published='2021-03-26',
    ),
    # 'rise for the February Recess at the end of Wednesday 14 February, and return on Monday 19
    # February': the later end, 19 February 2024, end of day GMT
    B(
        text='We will then rise for the February Recess at the end of Wednesday 14 February, and return on Monday 19 February.',
        due='2024-02-19 23:59:59',
        vague=False,
        said='2023-12-11 15:18:00',
        tz='Europe/London',
        cluster=6,
        source='https://cy.theyworkforyou.com/lords/?id=2023-12-11a.1723.4',
        published='2023-12-11',
    ),
    # 'we currently expect the House will rise for the Summer Recess on Thursday 25 July': 25 July
    # 2024, end of day BST
    B(
        text='Finally, we currently expect the House will rise for the Summer Recess on Thursday 25 July.',
        due='2024-07-25 22:59:59',
        vague=False,
        said='2023-12-11 15:18:00',
        tz='Europe/London',
        cluster=6,
        source='https://cy.theyworkforyou.com/lords/?id=2023-12-11a.1723.4',
        published='2023-12-11',
    ),
    # Lords news of Friday 17 May 2024: the wash-up 'begins on Thursday', 23 May 2024, end of day
    # BST. Unsure: a beginning may be read as an earliest date only
    B(
        text="The 'wash up' period before the dissolution of Parliament begins on Thursday, where the final bills that may become law will be considered.",
        due='2024-05-23 22:59:59',
        vague=False,
        said='2024-05-17 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://webtest.parliament.uk/business/news/2024/may/whats-on-in-the-lords-20-23-may',
        published='2024-05-17',
    ),
    # Lords, minutes of 19 November 1925 printed under 20 November: 'adjourn until the usual time on
    # Monday': Monday 23 November 1925 (the same Monday from either day); 'the usual time' is no
    # clock, so the day's end, London (GMT)
    B(
        text='I beg to move that the House do now adjourn until the usual time on Monday.',
        due='1925-11-23 23:59:59',
        vague=False,
        said='1925-11-20 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/lords/1925/nov/20/business-of-the-house',
        published='1925-11-20',
    ),
    # Lords, sitting of 17 December 1919: 'the first Order to-morrow' (old spelling), 18 December
    # 1919, end of day London (GMT). Unsure: the House rose at 12.50 a.m., so if spoken after
    # midnight 'to-morrow' may mean the 19th
    B(
        text='My Lords, I beg to move the adjournment of the House, and in doing so I desire to say that the first Order to-morrow will be the Motion in the name of the Leader of the House to consider the suspension of Standing Orders.',
        due='1919-12-18 23:59:59',
        vague=False,
        said='1919-12-17 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='http://api.parliament.uk/historic-hansard/lords/1919/dec/17/business-of-the-house',
        published='1919-12-17',
    ),
    # Lords, 13 December 1912: 'adjourn until Tuesday, January 14': 14 January 1913, end of day
    # London (GMT)
    B(
        text='My Lords, I move that the House do adjourn until Tuesday, January 14.',
        due='1913-01-14 23:59:59',
        vague=False,
        said='1912-12-13 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/lords/1912/dec/13/the-christmas-recess',
        published='1912-12-13',
    ),
    # a NASA release of July 2000 carried by spacenews.com (reference taken as 21 July 2000): 'on
    # Tuesday, July 25', end of day Eastern (EDT)
    B(
        text='NASA TV plans live coverage of the International Space Station’s automated docking to the Russian Zvezda Service Module on Tuesday, July 25.',
        due='2000-07-26 03:59:59',
        vague=False,
        said='2000-07-21 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://spacenews.com/comprehensive-coverage-planned-for-space-station-module-docking/',
        published='2000-07-21',
    ),
)
