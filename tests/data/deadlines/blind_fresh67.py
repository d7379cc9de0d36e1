"""A SIXTY-SEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-04 (UTC), late in the morning (the machine's clock read 11:27
at the start and about 11:40 when the labels were written), by a labelling helper (branch
issue12l67-s38) that neither changed nor ran the parser, working at the same time as the
labeller of the sixty-eighth set (regulators, agencies, embassies, EU and wire copy; its claims
were treated as used and its file and README section were not opened). It read `CONVENTIONS.md`
(the labelling rules, which win over any earlier set's comment), the docstring, comments, some
cases and README section of `blind_fresh66.py`, and the docstring of the parser package only
(for the parts of the day, "midnight" as the end of its day, the vague windows, meteorological
seasons, a range or a list falling due at its later end and "a date without a year is its next
occurrence"); nothing else of `bot/core/deadlines/` was opened. The brief allowed only
public-domain or openly licensed publishers, no one above a third of the cases, asked for at
least eight publishers, several genres and at least half of the cases from outside the United
States, and asked this set to focus on parliamentary records and government releases outside
the US (UK Parliament and Hansard, devolved parliaments, the Oireachtas, Australian and NZ
governments and parliaments, gov.uk departments), with at least a third of the cases from pages
not of parliaments. The set quotes Dáil Éireann debates (Orders of Business of 1941, 2009 and
2014), Northern Ireland Assembly Official Reports and Minutes of Proceedings, a Senedd business
statement, a Scottish Parliament answer, UK government press releases (10 Downing Street, the
Department for Education, the Department for Digital, Culture, Media and Sport, as carried by UK
Politics), a Scottish Government route map update (as carried by a village website) and a New
Zealand Ministry for Primary Industries consultation page. No United States material is quoted.
As in the twenty-seventh set onwards, every sentence quoted holds a time word of some kind (a
date, a clock time, a day word, a period, a span, a year in a name, "now", "current",
"previous", "previously", "already", "since", "early", "earlier", "later", "last", "regular",
"instant", "immediately", "as soon as", "in due course", "soon", "when", "before", "until",
"overnight", "day in, day out", "every day", "at the present time", "as it comes to hand",
"(resumed)"); the sentences of the openings read that hold none were skipped ("then",
"further", "future", "new", "fresh" and "updated" were not taken as time words), as were titles,
headings, date and release lines, a site's own banner, volume lines, speakers' names before
colons and speaker lines, a quotation from a document, document links and lines cut off by the
end of an opening. A point of a list was taken as its own case; a quotation mark or bracket that
the page has was kept. No word was changed ("judgement", "to-day", "to-night", the dashes
of the Oireachtas pages and a missing final stop stay as the pages have them). Every quoted
sentence was also checked whole with `fresh_check.py` against `tests/data/`: three stock opening
lines of the Northern Ireland Assembly's reports ("The Assembly met at 10:30 am (Mr Speaker in
the Chair).", and "Members observed two minutes' silence." with either apostrophe) were found
word for word in earlier sets and were dropped; no other sentence was found. The sentences were found with a search over stored
copies of public pages and taken as they came in the openings the search returns, in page
order. See README.md ("Sixty-seventh fresh blind set") for every address, publisher and
licence. No address listed in README.md, in a README or file under `tests/data/` (the held-back
article sets `real/blind29/` and `real/blind30/` and the blind files the brief names excepted)
or in the shared claims file was used: each was checked against them (the address and a
distinctive phrase of the page, with the lead's `fresh_check.py`) and claimed (`fresh67`) in
`/work/helper-brief/claims.txt` before a quote was taken; pages already used were dropped (see
README.md). Each label was worked out by hand from the words, the publication date and the
publisher's zone; the conversion of local instants to UTC wall time, the weekday checks and the
day counts were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh66.py`: the publisher's zone (the Oireachtas:
Europe/Dublin, which zoneinfo puts on UTC+1 on 14 March 1941 as in summer; the Northern Ireland
Assembly, the Senedd, the Scottish Parliament, the UK departments and the Scottish Government:
Europe/London; the Ministry for Primary Industries: Pacific/Auckland); the moment of speaking is
the clock time a page gives for its sitting or contribution (12:00 and 10:30 for the Northern
Ireland Assembly's sittings, noon for its minutes, 2:19 pm for the Senedd contribution), else the
publication date at 10:00 local; a day falls due at 23:59:59 local, "tonight" and "12 o'clock
to-night" (midnight) at the end of their day; a clock time without a zone word is in the
publisher's zone on the day the page or its sentence gives; a schedule, a list or alternatives
fall due at their later end; a date without a year is its next occurrence on or after the day of
speaking; vague words take the documented windows ("in due course", "as soon as possible",
"soon": 60 days; "immediately": 7 days); refusals have `due=None` and a `refusal` kind (past |
event | negated | earliest | recurring); a sentence whose time words set no time for any act
("now", "current", "last year", "since", "regular", "every day", a count of days, a year in a
name, a day word on a verb of speaking, a possibility) has `due=None` and no refusal word.
Labels marked "unsure" name the other reading; like every label here they stay as committed,
whatever the first run shows. First run: not yet taken (the lead runs it once, after merging,
and records it in README.md). Never edit these labels to fit the parser.

Licence audit of stop 48 (branch lic48-s48): 2 of these 88 cases, quoted from Ministry for Primary
Industries pages or releases (on mpi.govt.nz or carried by news mirrors), were removed: no terms of
mpi.govt.nz were found, and the Ministry's own site terms found
(https://farmsonline.mpi.govt.nz/About/CopyRight) reserve all rights (licence unclear). 86 cases remain;
see README.md, "Licence audit of stop 48".

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 6 case(s) removed, Senedd material (Senedd Commission terms: re-use on application only); 80 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 16 case(s) removed, Northern Ireland Assembly material (no statement of the Assembly's own terms found in the store: unclear); 64 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_OIREACHTAS_DAIL_10JUL09 = "https://www.oireachtas.ie/en/debates/debate/dail/2009-07-10/2/member-speech/Máire-Hoctor.D.2002-06-06/"
_OIREACHTAS_DAIL_3JUL14 = "https://www.oireachtas.ie/ga/debates/debate/dail/2014-07-03/19/"
_OIREACHTAS_DAIL_14MAR41 = "https://www.oireachtas.ie/ga/debates/debate/dail/1941-03-14/2/"
_NIA_REPORT_6OCT25 = (
    "http://aims.niassembly.gov.uk/officialreport/report.aspx?docID=452297&eveDate=2025-10-06"
)
_NIA_REPORT_14MAY24 = (
    "https://aims.niassembly.gov.uk/officialreport/report.aspx?&eveDate=2024-05-14&docID=400577"
)
_NIA_MINUTES_1JUL24 = "https://www.niassembly.gov.uk/assembly-business/minutes-of-proceedings/session-2023-2024/monday-1-july-2024/"
_SENEDD_BUSINESS_6FEB18 = (
    "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2018-02-06.3.58606"
)
_HOLYROOD_26MAY20 = "https://workbench.viveecosse.com/index.php?hansard=2257860&page=hansard"
_NO10_BOATS_6AUG23 = "https://www.ukpol.co.uk/tag/downing-street/page/50"
_DFE_FREE_SCHOOLS_6SEP10 = "https://www.ukpol.co.uk/category/press-releases/page/1176"
_DCMS_LIBRARIES_2SEP22 = "https://www.ukpol.co.uk/category/press-releases/page/1172"
_DFE_JUNE10 = "https://www.ukpol.co.uk/tag/department-for-education/page/50"
_DFE_ATTENDANCE_7AUG25 = "https://www.ukpol.co.uk/tag/department-for-education/page/3"
_DFE_CAPITAL_8APR11 = "https://www.ukpol.co.uk/latest-posts/page/12658"
_SCOTGOV_ROUTE_MAP_30JUL20 = (
    "https://www.oldhamstocksvillage.com/blog/update-to-scotland-s-route-map-30-07-2020"
)

FRESH67_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas, Dáil Éireann debate, Friday 10 July 2009, Order of Business (the site's banner, the date line, 'Vol. 688 No. 2', the heading, the sentence without a time word and the line cut off by the end of the opening are not quoted; zone Europe/Dublin, IST): the day's business named; the years are in the Bills' names and 'Mandela day' is a name: no deadline
    B(
        text="The Order of Business is No. b11, motion re Mandela day, No. c11, motion re membership of committees; No. 23, Criminal Justice (Amendment) Bill 2009 — Committee and Remaining Stages (resumed); No. 5, Public Health (Tobacco) (Amendment) Bill 2009 — Second and Remaining Stages; and No. 1a, Enforcement of Court Orders (Amendment) Bill 2009 [Seanad] — Second and Remaining Stages.",
        due=None,
        vague=False,
        said="2009-07-10 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIREACHTAS_DAIL_10JUL09,
        published="2009-07-10",
    ),
    # the same page: a guillotine at a clock time today: 13:30 IST, 12:30 UTC (CONVENTIONS 3.1)
    B(
        text="The proceedings on the Committee and Remaining Stages of No. 23 shall, if not previously concluded, be brought to a conclusion at 1.30 p.m. today by one question which shall be put from the Chair and which shall include only those amendments set down or accepted by the Minister for Justice, Equality and Law Reform.",
        due="2009-07-10 12:30:00",
        vague=False,
        said="2009-07-10 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIREACHTAS_DAIL_10JUL09,
        published="2009-07-10",
    ),
    # the same page: a schedule of the day (4 p.m., 5 p.m.) falls due at its latest time (CONVENTIONS 6.1): 17:00 IST, 16:00 UTC
    B(
        text="Second and Remaining Stages of No. 5 shall be taken today and the proceedings on Second Stage shall, if not previously concluded, be brought to a conclusion at 4 p.m. today and the proceedings on the Committee and Remaining Stages shall, if not previously concluded, be brought to a conclusion at 5 p.m. today by one question which shall be put from the Chair and which shall include only those amendments set down or accepted by the Minister for Health and Children.",
        due="2009-07-10 16:00:00",
        vague=False,
        said="2009-07-10 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIREACHTAS_DAIL_10JUL09,
        published="2009-07-10",
    ),
    # the same page: 7.30 p.m. and 9 p.m. tonight: the latest, 21:00 IST, 20:00 UTC (CONVENTIONS 6.1)
    B(
        text="The proceedings on Second Stage of No. 1a shall, if not previously concluded, be brought to a conclusion at 7.30 p.m. tonight and the proceedings on the Committee and Remaining Stages shall, if not previously concluded, be brought to a conclusion at 9 p.m. tonight by one question which shall be put from the Chair and which shall include only those amendments set down or accepted by the Minister for Justice, Equality and Law Reform.",
        due="2009-07-10 20:00:00",
        vague=False,
        said="2009-07-10 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIREACHTAS_DAIL_10JUL09,
        published="2009-07-10",
    ),
    # the same page: an adjournment kept until a dated clock time, when the House sits again: 14:30 IST on Wednesday 16 September 2009 (the weekday checked), 13:30 UTC (CONVENTIONS 3.3); the rising 'today' is the start
    B(
        text="The Dáil on its rising today shall adjourn until 2.30 p.m. on Wednesday, 16 September 2009.",
        due="2009-09-16 13:30:00",
        vague=False,
        said="2009-07-10 09:00:00",
        tz="Europe/Dublin",
        cluster=3,
        source=_OIREACHTAS_DAIL_10JUL09,
        published="2009-07-10",
    ),
    # the same page: the proposals are to be put to the House today: the end of the day, 23:59:59 IST, 22:59:59 UTC (CONVENTIONS 2.1); unsure: no deadline (a description of the day's business rather than an undertaking)
    B(
        text="There are five proposals to put to the House today.",
        due="2009-07-10 22:59:59",
        vague=False,
        said="2009-07-10 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIREACHTAS_DAIL_10JUL09,
        published="2009-07-10",
    ),
    # Houses of the Oireachtas, Dáil Éireann debate, Thursday 3 July 2014, Order of Business (the Irish-language page's banner, the date line, 'Vol. 846 No. 3', the heading, the sentences without a time word and the line cut off by the end of the opening are not quoted; speakers are not named on the page; zone Europe/Dublin, IST): the business taken now; the years are in the Bills' names and '(resumed)' sets no time: no deadline
    B(
        text="It is proposed to take No. 10, motion re proposed approval by Dáil Éireann for a Regulation of the European Parliament and of the Council on the establishment of 'Eurodac' (recast) and for the effective application of the Dublin Regulation, back from committee; No. 22, Radiological Protection (Miscellaneous Provisions) Bill 2014 - Fifth Stage (resumed); No. 9b, Employment Permits (Amendment) Bill 2014 – motion to instruct the committee; No. 27, Employment Permits (Amendment) Bill 2014 - Order for Report, Report and Final Stages; No. 1, Public Health (Standardised Packaging of Tobacco) Bill 2014 [Seanad] - Second Stage (resumed); and No. 23, Merchant Shipping (Registration of Ships) Bill 2013 [Seanad] - Second Stage (resumed).",
        due=None,
        vague=False,
        said="2014-07-03 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIREACHTAS_DAIL_3JUL14,
        published="2014-07-03",
    ),
    # the same page: the business set for tomorrow (Friday 4 July 2014, the weekday checked): the end of that day, 23:59:59 IST, 22:59:59 UTC; the years are in the Bills' names
    B(
        text="Tomorrow's fortnightly Friday Business shall be: No. 51, Valuation Bill 2014; and No. 52, Electoral (Amendment) (Hours of Polling) Bill 2013.",
        due="2014-07-04 22:59:59",
        vague=False,
        said="2014-07-03 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIREACHTAS_DAIL_3JUL14,
        published="2014-07-03",
    ),
    # the same page: debated yesterday: past
    B(
        text="This matter was debated exhaustively at committee yesterday.",
        due=None,
        vague=False,
        said="2014-07-03 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIREACHTAS_DAIL_3JUL14,
        published="2014-07-03",
    ),
    # the same page: 'this morning' on responses already given, 'the approaching regime change' undated and 'last' sets no time: past; unsure: no deadline and no refusal word (no time is set for any act)
    B(
        text="This is the last Order of Business prior to the approaching regime change in the Labour Party and I wish the Minister, Deputy Rabbitte, well, although judging from the bite in his responses this morning, he is doing a Luis Suárez on it.",
        due=None,
        vague=False,
        said="2014-07-03 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_OIREACHTAS_DAIL_3JUL14,
        published="2014-07-03",
    ),
    # Houses of the Oireachtas, Dáil Éireann debate, Friday 14 March 1941, 'Motion to Sit Late.' (the Irish-language page of the debate; the heading, the sentences without a time word and the line cut off by the end of the opening are not quoted; speakers are not named in the opening; 'Then' was not taken as a time word; zone Europe/Dublin, on UTC+1 that day by zoneinfo): a question about 'the day's business' sets no time: no deadline
    B(
        text="Is it proposed to make an order about the conclusion of the day's business?",
        due=None,
        vague=False,
        said="1941-03-14 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIREACHTAS_DAIL_14MAR41,
        published="1941-03-14",
    ),
    # the same page: the adjournment to be taken 'to-day' (the day of speaking; 'yesterday' is on the verb of speaking, CONVENTIONS 2.2; 'the usual time' gives no clock): the end of the day, 23:59:59 local, 22:59:59 UTC; unsure: no deadline (a reported understanding rather than an undertaking)
    B(
        text="At question time yesterday, I said that I thought it was understood we would take the adjournment to-day at the usual time.",
        due="1941-03-14 22:59:59",
        vague=False,
        said="1941-03-14 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIREACHTAS_DAIL_14MAR41,
        published="1941-03-14",
    ),
    # the same page: 'on Friday', said on Friday 14 March 1941, is that day (its next occurrence on or after the day of speaking): 23:59:59 local, 22:59:59 UTC
    B(
        text="What I said was that you would get both items on Friday.",
        due="1941-03-14 22:59:59",
        vague=False,
        said="1941-03-14 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIREACHTAS_DAIL_14MAR41,
        published="1941-03-14",
    ),
    # the same page: as above, 'at the usual time on Friday' with no clock: the end of Friday 14 March 1941, 22:59:59 UTC
    B(
        text="I understood that the understanding was that we would get the financial business at the usual time on Friday.",
        due="1941-03-14 22:59:59",
        vague=False,
        said="1941-03-14 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIREACHTAS_DAIL_14MAR41,
        published="1941-03-14",
    ),
    # the same page: 'a couple of hours' is a size, not a time: no deadline
    B(
        text="A couple of hours one way or the other do not matter a hoot.",
        due=None,
        vague=False,
        said="1941-03-14 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIREACHTAS_DAIL_14MAR41,
        published="1941-03-14",
    ),
    # the same page: an hour yet to be fixed sets no time: no deadline
    B(
        text="Some hour must be fixed for the adjournment.",
        due=None,
        vague=False,
        said="1941-03-14 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIREACHTAS_DAIL_14MAR41,
        published="1941-03-14",
    ),
    # the same page: a sitting kept until '12 o'clock to-night', midnight at the end of the day (the parser's docstring): 23:59:59 local, 22:59:59 UTC (CONVENTIONS 3.3); unsure: no deadline (a course proposed, 'would be to decide', no undertaking, CONVENTIONS 4.2)
    B(
        text="The most satisfactory course would be to decide that we would sit, if necessary, until 12 o'clock to-night so as to complete the Business.",
        due="1941-03-14 22:59:59",
        vague=False,
        said="1941-03-14 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIREACHTAS_DAIL_14MAR41,
        published="1941-03-14",
    ),
    # the same page: 'at the present time' sets no time: no deadline
    B(
        text="We have a discussion proceeding on supplies at the present time.",
        due=None,
        vague=False,
        said="1941-03-14 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIREACHTAS_DAIL_14MAR41,
        published="1941-03-14",
    ),
    # the same page: 'when it will finish' is not known: no deadline
    B(
        text="It has been rather long and we do not know exactly when it will finish.",
        due=None,
        vague=False,
        said="1941-03-14 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIREACHTAS_DAIL_14MAR41,
        published="1941-03-14",
    ),
    # the same page: 'not later than 12 o'clock', the midnight of the sentence before: 23:59:59 local, 22:59:59 UTC; unsure: the bare clock time read as its next occurrence, noon on 15 March 1941 (11:00 UTC), or no deadline (a proposal, CONVENTIONS 4.2)
    B(
        text="It would be better to let so important a discussion run freely, from the point of view of time, by agreeing that we shall sit not later than 12 o'clock.",
        due="1941-03-14 22:59:59",
        vague=False,
        said="1941-03-14 09:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIREACHTAS_DAIL_14MAR41,
        published="1941-03-14",
    ),
    # the same page: 'sitting to-day' is a state and 'the time' is a size: no deadline
    B(
        text="We do not intend to drag out the debate unnecessarily but, as we are sitting to-day, it would not serve any purpose to restrict the time which might be necessary for an important discussion.",
        due=None,
        vague=False,
        said="1941-03-14 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIREACHTAS_DAIL_14MAR41,
        published="1941-03-14",
    ),
    # Scottish Parliament, Official Report, Meeting of the Parliament (Hybrid), 26 May 2020, an answer of the Cabinet Secretary for Education and Skills (as carried by a mirror of the Official Report; the date line and the sentences without a time word are not quoted; zone Europe/London, BST): published earlier today: past
    B(
        text="Earlier today, I published the latest scientific advice that we have; I hope that Mr Gray and parliamentary colleagues find that to be of assistance.",
        due=None,
        vague=False,
        said="2020-05-26 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HOLYROOD_26MAY20,
        published="2020-05-26",
    ),
    # the same page: publication 'as it comes to hand', an undated event: event
    B(
        text="I am committed to ensuring that there is openness around that information, and I will certainly publish further information as it comes to hand to ensure that we can have an effective, open and accessible debate about the scientific issues.",
        due=None,
        vague=False,
        said="2020-05-26 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HOLYROOD_26MAY20,
        published="2020-05-26",
    ),
    # the same page: reopening 'only when it is safe', an undated event: event
    B(
        text="I fundamentally agree with Mr Gray that we can reopen schools only when it is safe to do so and only when there is public confidence in the actions that are needed around reopening them.",
        due=None,
        vague=False,
        said="2020-05-26 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HOLYROOD_26MAY20,
        published="2020-05-26",
    ),
    # the same page: the undertaking hangs on undated requests; 'today' is on a perfect of a done act: event; unsure: past (CONVENTIONS 2.4)
    B(
        text="If members of Parliament, having had the opportunity to reflect on the material that I have published today, have any other specific requests for information or data, or have other questions to pose, I will be happy to address those issues.",
        due=None,
        vague=False,
        said="2020-05-26 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HOLYROOD_26MAY20,
        published="2020-05-26",
    ),
    # the same page: in place 'on 1 June' (2020, a Monday): 23:59:59 BST, 22:59:59 UTC; 'today' is on the announcements (CONVENTIONS 2.2)
    B(
        text="Mr Gray will be aware from the announcements that the First Minister made today that the test, trace and isolate strategy that the Government is bringing forward will be in place and operational on 1 June.",
        due="2020-06-01 22:59:59",
        vague=False,
        said="2020-05-26 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HOLYROOD_26MAY20,
        published="2020-05-26",
    ),
    # the same page: 'regular' sets no time: no deadline
    B(
        text="The Scottish Government is in regular dialogue with local authorities on issues of funding.",
        due=None,
        vague=False,
        said="2020-05-26 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HOLYROOD_26MAY20,
        published="2020-05-26",
    ),
    # UK Government, 10 Downing Street, press release 'New tech partnership to stop the boats', 6 August 2023 (as carried by UK Politics; the title, the release line, the standfirst and the point of a list without a time word, the speaker line and the line cut off by the end of the opening are not quoted; a point of a list taken as its own case, without its bullet and without a final stop, as on the page; zone Europe/London, BST): 'last year' and 'since 2019' set no time: no deadline
    B(
        text="Illegal crossings remain down on last year and returns are at their highest level since 2019",
        due=None,
        vague=False,
        said="2023-08-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NO10_BOATS_6AUG23,
        published="2023-08-06",
    ),
    # the same page: 'today [Sunday 6th August]' is on the verb of speaking and the promised acceleration has no time: no deadline (CONVENTIONS 2.2); unsure: past (the perfect with a day word, CONVENTIONS 2.4)
    B(
        text="A voluntary partnership between social media companies and government will accelerate action to tackle people smuggling content online, such as criminals sharing information about illegal Channel crossings, Prime Minister Rishi Sunak has announced today [Sunday 6th August].",
        due=None,
        vague=False,
        said="2023-08-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NO10_BOATS_6AUG23,
        published="2023-08-06",
    ),
    # the same page: 'last year' and 'since' set no time for any act: no deadline
    B(
        text="It comes as new figures show the government continues to make progress on the Prime Minister’s plan to stop the boats: crossings remain down on last year, the legacy asylum backlog has been reduced by a third since December 2022, and enforced returns of people with no right to be in the UK are at their highest level since 2019.",
        due=None,
        vague=False,
        said="2023-08-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NO10_BOATS_6AUG23,
        published="2023-08-06",
    ),
    # the same page: 'when' of a habit sets no time: no deadline
    B(
        text="While figures from the NCA show that over 90% of online content linked to people smuggling is taken down when social media companies are notified, the partnership between tech firms and government will drive forward efforts to clamp down on the tactics being used by criminal gangs who use the internet to lure people into paying for crossings.",
        due=None,
        vague=False,
        said="2023-08-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_NO10_BOATS_6AUG23,
        published="2023-08-06",
    ),
    # UK Government, Department for Education, press release 'Michael Gove's written ministerial statement relating to new Free School proposals', 6 September 2010 (as carried by UK Politics; the title, the release line, the statement's heading, the sentences without a time word and the line cut off by the end of the opening are not quoted; zone Europe/London, BST): 'has today laid': past (CONVENTIONS 2.4)
    B(
        text="Michael Gove MP, Secretary of State for Education, has today laid a written ministerial statement informing Parliament that the first 16 Free School proposals are ready to progress to the next stage of the process and develop a full business case and plan.",
        due=None,
        vague=False,
        said="2010-09-06 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE_FREE_SCHOOLS_6SEP10,
        published="2010-09-06",
    ),
    # the same page: 'Today I am announcing': the end of the day, 23:59:59 BST, 22:59:59 UTC (CONVENTIONS 2.1)
    B(
        text="Today I am announcing the first 16 Free School proposals to progress to the next stage of the process and develop a full business case and plan.",
        due="2010-09-06 22:59:59",
        vague=False,
        said="2010-09-06 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFE_FREE_SCHOOLS_6SEP10,
        published="2010-09-06",
    ),
    # the same page: 'I have agreed ... today', done: past (CONVENTIONS 2.4)
    B(
        text="The proposals I have agreed to move forward to business case and plan stage today represent a diverse mix: there are parent-led, community-led, sponsor-led and teacher-led proposals; there are faith and non-faith proposals; there are proposals for large secondary schools and for small primary schools.",
        due=None,
        vague=False,
        said="2010-09-06 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE_FREE_SCHOOLS_6SEP10,
        published="2010-09-06",
    ),
    # the same page: 'an early stage' sets no time: no deadline
    B(
        text="All of these proposals have been driven by demand from local people for improved choice for their young people and I am delighted that so many promising proposals have come forward at such an early stage.",
        due=None,
        vague=False,
        said="2010-09-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE_FREE_SCHOOLS_6SEP10,
        published="2010-09-06",
    ),
    # the same page: schools to open 'in September 2011': the month's end, 30 September 2011, 23:59:59 BST, 22:59:59 UTC; unsure: no deadline (a hope, no undertaking, CONVENTIONS 4.2)
    B(
        text="I hope that many of the projects progressing today will become the first Free Schools in September 2011.",
        due="2011-09-30 22:59:59",
        vague=False,
        said="2010-09-06 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFE_FREE_SCHOOLS_6SEP10,
        published="2010-09-06",
    ),
    # UK Government, Department for Digital, Culture, Media and Sport, press release 'Baroness Sanderson to help develop new public libraries strategy', 2 September 2022 (as carried by UK Politics; the title, the release line, the sentences without a time word, the speaker line and the line cut off by the end of the opening are not quoted; 'new' and 'fresh' were not taken as time words; zone Europe/London): joined in 2019: past
    B(
        text="Baroness Sanderson is an experienced former journalist and government adviser who joined the Government benches in the House of Lords in 2019.",
        due=None,
        vague=False,
        said="2022-09-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DCMS_LIBRARIES_2SEP22,
        published="2022-09-02",
    ),
    # the same page: sessions 'through the autumn and winter': the winter's end (meteorological, December to February), 28 February 2023, 23:59:59 GMT = UTC
    B(
        text="Through the autumn and winter she will lead a number of sessions with the advisory panel of contributors who will be drawn from the library sector and beyond.",
        due="2023-02-28 23:59:59",
        vague=False,
        said="2022-09-02 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DCMS_LIBRARIES_2SEP22,
        published="2022-09-02",
    ),
    # the same page: 'in due course': vague, 60 days from 2 September 2022, 1 November 2022, 23:59:59 GMT = UTC (CONVENTIONS 5.1)
    B(
        text="Participants in the panel sessions will be confirmed in due course.",
        due="2022-11-01 23:59:59",
        vague=True,
        said="2022-09-02 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DCMS_LIBRARIES_2SEP22,
        published="2022-09-02",
    ),
    # the same page: 'for 2023' names the strategy's period and 2016 is past; no time is set for the recommendations: no deadline; unsure: due at the end of 2023 (the strategy read as due in 2023)
    B(
        text="The sessions will help gather information to inspire a set of recommendations which will form part of a new government public libraries strategy for 2023, succeeding the previous strategy which came into force in 2016.",
        due=None,
        vague=False,
        said="2022-09-02 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DCMS_LIBRARIES_2SEP22,
        published="2022-09-02",
    ),
    # UK Government, Department for Education, press release 'Free school meals continue but costly expansion plans shelved', 9 June 2010 (as carried by UK Politics on a tag page that also carries the release of 7 June 2010 below; titles, release lines, the speaker line and the sentences without a time word are not quoted; zone Europe/London, BST): a letter dated two days before: past
    B(
        text="As the Education Secretary made clear in his letter to Ed Balls dated 7 June 2010, we are not stopping free school meals.",
        due=None,
        vague=False,
        said="2010-06-09 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE_JUNE10,
        published="2010-06-09",
    ),
    # the same page: 'already' sets no time: no deadline
    B(
        text="All pupils who are already eligible will continue to receive them.",
        due=None,
        vague=False,
        said="2010-06-09 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE_JUNE10,
        published="2010-06-09",
    ),
    # the same page: 'ending the expansion ... this year': the year's end, 31 December 2010, 23:59:59 GMT = UTC
    B(
        text="We are, however, ending the expansion of eligibility this year.",
        due="2010-12-31 23:59:59",
        vague=False,
        said="2010-06-09 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFE_JUNE10,
        published="2010-06-09",
    ),
    # the same page: 'previous' sets no time: no deadline
    B(
        text="This decision was made because the cost of extending eligibility was significantly higher than anticipated by the previous government.",
        due=None,
        vague=False,
        said="2010-06-09 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE_JUNE10,
        published="2010-06-09",
    ),
    # the same page: 'this year' is on the money saved; the investment has no time: no deadline; unsure: due at the end of 2010
    B(
        text="Money saved this year will be invested in projects to boost the attainment of children from disadvantaged families.",
        due=None,
        vague=False,
        said="2010-06-09 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE_JUNE10,
        published="2010-06-09",
    ),
    # the same page, the release 'Changes to qualifications and curriculum – iGCSEs get go-ahead and Rose review is scrapped', 7 June 2010: 'has today lifted': past (CONVENTIONS 2.4)
    B(
        text="The government has today lifted the restrictions that stopped state schools offering iGCSE qualifications in key subjects.",
        due=None,
        vague=False,
        said="2010-06-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE_JUNE10,
        published="2010-06-07",
    ),
    # the same release: 'as soon as possible': vague, 60 days from 7 June 2010, 6 August 2010, 23:59:59 BST, 22:59:59 UTC (CONVENTIONS 5.1)
    B(
        text="It has also announced its intention to include iGCSE results in school performance tables as soon as possible.",
        due="2010-08-06 22:59:59",
        vague=True,
        said="2010-06-07 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFE_JUNE10,
        published="2010-06-07",
    ),
    # the same release: free to teach 'from September' (2010), an ongoing state given only its start: earliest, 1 September 2010 00:00 BST, 31 August 23:00 UTC (CONVENTIONS 3.2); 'for some time' sets no time
    B(
        text="The announcement means that state-funded schools will be free to teach from September a wide range of these respected and valued qualifications, putting them on a level playing field with independent schools who have offered them for some time.",
        due=None,
        vague=False,
        said="2010-06-07 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2010-08-31 23:00:00",
        cluster=5,
        source=_DFE_JUNE10,
        published="2010-06-07",
    ),
    # the same release: 'will cease immediately': vague, 7 days, 14 June 2010, 23:59:59 BST, 22:59:59 UTC (CONVENTIONS 5.1); 'from September 2011' is the start of the diplomas now called off
    B(
        text="Schools Minister Nick Gibb has also announced that development of the new diplomas in science, humanities and languages, due to be introduced from September 2011, will cease immediately.",
        due="2010-06-14 22:59:59",
        vague=True,
        said="2010-06-07 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFE_JUNE10,
        published="2010-06-07",
    ),
    # the same release: 'instant' and 'future years' set no time: no deadline
    B(
        text="This means instant savings of around £1.77 million, plus further savings in future years.",
        due=None,
        vague=False,
        said="2010-06-07 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE_JUNE10,
        published="2010-06-07",
    ),
    # UK Government, Department for Education, press release 'Record attendance gains unlock over £2bn in future earnings', 7 August 2025 (as carried by UK Politics; the title, the release line, the sentences without a time word ('future' was not taken as one) and the line cut off by the end of the opening are not quoted; zone Europe/London): 'days' counted, not a time: no deadline
    B(
        text="School attendance in England has surged, with 5 million more days in classrooms and 140,000 fewer persistently absent pupils.",
        due=None,
        vague=False,
        said="2025-08-07 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE_ATTENDANCE_7AUG25,
        published="2025-08-07",
    ),
    # the same page: 'this year', 'year-on-year' and 'for a decade' set no time for any act: no deadline
    B(
        text="Children across England are returning to school in record numbers, with over 5 million more days in classrooms this year – signalling the biggest year-on-year improvement in attendance for a decade.",
        due=None,
        vague=False,
        said="2025-08-07 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE_ATTENDANCE_7AUG25,
        published="2025-08-07",
    ),
    # the same page: 'last year' sets no time: no deadline
    B(
        text="New figures show more than 140,000 fewer pupils are persistently absent compared to last year, as the government’s relentless focus on tackling the inherited school attendance crisis begins to pay dividends.",
        due=None,
        vague=False,
        said="2025-08-07 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE_ATTENDANCE_7AUG25,
        published="2025-08-07",
    ),
    # the same page: 'over 10,000 days' counted: no deadline
    B(
        text="The dramatic improvement means teachers have saved over 10,000 days that would have been spent helping absent pupils catch up, freeing them to focus on delivering excellent education to whole classes.",
        due=None,
        vague=False,
        said="2025-08-07 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE_ATTENDANCE_7AUG25,
        published="2025-08-07",
    ),
    # the same page: 'more time' sets no time: no deadline
    B(
        text="Spending more time in school boosts learning outcomes for children, but it’s also about making friends and having new experiences, helping them to achieve and thrive.",
        due=None,
        vague=False,
        said="2025-08-07 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE_ATTENDANCE_7AUG25,
        published="2025-08-07",
    ),
    # the same page: 'a single day', 'a career' and 'this year's progress' set no time: no deadline
    B(
        text="With a single day out of school costing an estimated £750 in lost earnings across the course of a career for a typical student, this year’s progress alone will protect over £2bn in pupils’ future earnings and building the skilled workforce needed to drive economic growth.",
        due=None,
        vague=False,
        said="2025-08-07 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE_ATTENDANCE_7AUG25,
        published="2025-08-07",
    ),
    # the same page: 'every day' of a habit sets no time: no deadline
    B(
        text="The attendance breakthrough demonstrates the start of a fundamental shift in classrooms across the country, with attendance improving in all regions, as more children get back into the habit of attending every day.",
        due=None,
        vague=False,
        said="2025-08-07 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE_ATTENDANCE_7AUG25,
        published="2025-08-07",
    ),
    # UK Government, Department for Education, press release 'Independent review on the school capital system is published', 8 April 2011 (as carried by UK Politics on a list page whose first item, a royal statement, was not taken, no open licence being shown for it; the title, the release line, the speaker line, the sentences without a time word and the line cut off by the end of the opening are not quoted; zone Europe/London, BST): 'today published': past
    B(
        text="Sebastian James, Group Operations Director at Dixons Retail plc, today published his independent Capital review.",
        due=None,
        vague=False,
        said="2011-04-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE_CAPITAL_8APR11,
        published="2011-04-08",
    ),
    # the same page: 'we will respond soon': vague, 60 days from 8 April 2011, 7 June 2011, 23:59:59 BST, 22:59:59 UTC (CONVENTIONS 5.1)
    B(
        text="I welcome this independent report and we will respond soon.",
        due="2011-06-07 22:59:59",
        vague=True,
        said="2011-04-08 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFE_CAPITAL_8APR11,
        published="2011-04-08",
    ),
    # Scottish Government, 'Coronavirus (COVID-19): update to Scotland's Route Map', 30 July 2020 (as carried, with its summary, by a village website whose post title gives the date 30/07/2020; the title, the sentences without a time word and the link line are not quoted; 'further' was not taken as a time word; zone Europe/London, BST): changes only after an assessment, 'before we proceed', an undated event: event
    B(
        text="It is important that we allow the impact of the re-opening of schools to be assessed before we proceed with further significant changes to restrictions.",
        due=None,
        vague=False,
        said="2020-07-30 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_SCOTGOV_ROUTE_MAP_30JUL20,
        published="2020-07-30",
    ),
    # the same page: changes envisaged at two stages, Monday 24 August and Monday 14 September (2020, the weekdays checked): the later, 14 September, 23:59:59 BST, 22:59:59 UTC (CONVENTIONS 6.1); unsure: no deadline (indicative dates 'envisaged', no undertaking, CONVENTIONS 4.2), or earliest (changes allowed from those dates, CONVENTIONS 3.2)
    B(
        text="For this reason, we are only planning at this point to give indicative dates to further Phase 3 changes, which we envisage happening at two main stages: Monday, 24th August and Monday, 14th September.",
        due="2020-09-14 22:59:59",
        vague=False,
        said="2020-07-30 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_SCOTGOV_ROUTE_MAP_30JUL20,
        published="2020-07-30",
    ),
    # the same page: confirmation at the review dates, 20 August and 10 September (2020): the later, 10 September, 23:59:59 BST, 22:59:59 UTC (CONVENTIONS 6.1)
    B(
        text="These indicative dates will need to be confirmed at the respective review dates: 20th August and 10th September.",
        due="2020-09-10 22:59:59",
        vague=False,
        said="2020-07-30 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_SCOTGOV_ROUTE_MAP_30JUL20,
        published="2020-07-30",
    ),
    # the same page: dates possibly 'pushed further into the future', a possibility with no time: no deadline (CONVENTIONS 4.2)
    B(
        text="If progress on keeping the epidemic suppressed is not as positive as we expect, for example as a result of increased importation of the virus, then these dates are liable to be pushed further into the future.",
        due=None,
        vague=False,
        said="2020-07-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOTGOV_ROUTE_MAP_30JUL20,
        published="2020-07-30",
    ),
    # the same page: 'later in this publication' is a place in the text and 'planned dates' sets no time: no deadline
    B(
        text="The planned dates are set out in the table later in this publication.",
        due=None,
        vague=False,
        said="2020-07-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_SCOTGOV_ROUTE_MAP_30JUL20,
        published="2020-07-30",
    ),
)
