"""A TWENTY-SEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 07:48 by the machine's clock, by a
labelling helper (branch issue12l2-s21) that neither changed nor ran the parser: it read only
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstrings of `blind_real.py` and `blind_fresh26.py` and the latter's comments and README
section, the parser package's docstring (for the documented vague windows, the thirds of
"early / mid / late", meteorological seasons, fiscal years and "a bare time is its next
occurrence") and the README next to this file. Unlike the twenty-sixth set, every sentence
quoted here holds a time word of some kind (a date, a clock time, a day word, a period, a
span, a vague word, a year in a name, "once"/"upon" an event, "each year"); sentences of the
pages read that hold none were skipped, as were bare headings and titles, speakers' names
before a speech or a written answer, site and list text around the quoted item (a results
box, a list's explanatory lines, Federal Register header, agency and action lines, page
markers), tables, telephone and docket numbers, the adverbs "already", "just" and
"regularly" on their own, and lines cut off by the start or end of an opening. The sentences
were found with a search over stored copies of public pages and taken as they came in the
pages read (the openings the search returns), in page order; see README.md ("Twenty-seventh
fresh blind set") for every address, publisher and licence. No address listed in README.md,
in a `#` header or README under `tests/data/`, in the sources of the other set files or in the
shared claims file was used: each was checked against those lists (the address and a
distinctive phrase of the page) and claimed (`fresh27`) in `/work/helper-brief/claims.txt`
before a quote was taken. Every sentence was checked by a text search over the files under
`tests/data/` (the whole sentence and two runs of six of its words); none was found there
(only stock openings such as "To ask the Secretary of State" and "My Lords, I beg to move"
recur). Each label was worked out by hand from the words, the publication date and the
publisher's zone alone; the conversion of local instants to UTC wall time and the weekday
checks were done with Python's zoneinfo and datetime in a scratch script outside the
repository, never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed; the
helpers improving the parser have not seen them. See README.md for the count and the
composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_real.py` and `blind_fresh26.py`: the publisher's zone (US
federal agencies, the State Department, and SEC filings, read where EDGAR receives them:
America/New_York; the UK Parliament: Europe/London; Wikinews: UTC, as in `blind_fresh10.py`);
the publication date at 10:00 local (a Federal Register issue date, a release's date, a sitting
day), except where the page gives the time of speaking or bounds it (the Lords pages of 1980
and 1987, whose time stamp or recorded suspension gives it, and of 1939, said just before the
House adjourned at 4.08 p.m.: 16:00), and a State Department daily schedule, issued before its
day, read from 00:00 that day; pages that show only a month (two EPA fact sheets) or no filing
day (six SEC filings) are read at a day the comment names, and every label of such a page holds
for the range of days the comment gives; a day falls due at 23:59:59 local (zoneinfo's history
decides the offset, British Summer Time of 1939 included); a clock time without a zone word is
in the publisher's zone; a span from an event that the sentence does not date ("Once the
Marshalled List and paperwork are ready", "until 30 days after the Company and Tapestry have
substantially complied") is `refusal='event'`, and where the same page dates that event
elsewhere the label is marked "unsure" and names the instant; a close date replaced later in
the same notice and given no new date in the sentence ("were to be submitted ... on or before
March 29, 2010") is `refusal='negated'` (CONVENTIONS 4.1, as in `blind_fresh9.py`); a range, a
list or a day with several times falls due at its later end; vague words take the parser's
documented windows (60 days for "shortly", 3 months for "the coming months"), counted from the
day the words were said, which for a quotation dated in its citation is that day; refusals
have `due=None` and a `refusal` kind (earliest | negated | past | event | recurring), with
`earliest` at 00:00 local of the start; a sentence whose time words set no time for any act (a
question, a possibility, a table's layout, the size of an extension) has `due=None` and no
refusal word. Labels marked "unsure" name the other reading; like every label here they stay
as committed, whatever the first run shows. First run: not yet taken (the lead runs it once,
after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_WN_NZPOLLS_17SEP05 = (
    "https://en.wikinews.org/wiki/Polls_Closed_in_The_New_Zealand_2005_General_Election"
)
_EPA_FR_2JAN01 = "https://self-law.org/code/register/2001/01/02/00-33428"
_EPA_FR_22AUG02 = "https://self-law.org/code/register/2002/08/22/02-21438"
_EPA_FR_8JUN09 = "http://edocket.access.gpo.gov/2009/E9-13332.htm"
_EPA_FR_10MAR10 = "https://casetext.com/federal-register/extension-of-public-comment-period-for-water-quality-standards-for-the-state-of-floridas-lakes-and-flowing-waters"
_EPA_FS_JUL10 = "http://water.epa.gov/lawsregs/rulesregs/florida_factsheet2.cfm"
_EPA_FS_JUL12 = "https://nepis.epa.gov/Exe/ZyPURL.cgi?Dockey=P100R079.txt"
_STATE_SCHED_14FEB11 = "https://secretaryclinton.wordpress.com/2011/02/14/monday-february-14th-2011-appointments-secretary-of-state-hillary-clinton/"
_HL_BUSINESS_24MAY24 = (
    "https://parallelparliament.co.uk/debate/2024-05-24/lords/lords-chamber/arrangement-of-business"
)
_HL_REFORM_20DEC11 = "https://parallelparliament.co.uk/lord/lord-grocott/debate/2011-12-20/lords/lords-chamber/draft-house-of-lords-reform-bill"
_HL_STANDARDS_10FEB26 = "https://www.parallelparliament.co.uk/mp/lord-young-of-cookham/debate/Lords/2026-02-10/debates/10E1054E-F705-4EB7-804F-896E326259D7/StandardsInPublicLife"
_HL_TIA_6FEB26 = "https://parallelparliament.co.uk/mp/mark-harper/debate/Lords/2026-02-06/debates/E089EE81-BE96-40A4-A583-E368EF9A7FBC/TerminallyIllAdults(EndOfLife)Bill"
_SEC_1835256_OCT24 = "https://www.sec.gov/Archives/edgar/data/1835256/000183525624000040/R27.htm"
_SEC_1750_DEC23 = "https://www.sec.gov/Archives/edgar/data/1750/000110465923128321/R24.htm"
_SEC_1530721_NOV23 = "https://www.sec.gov/Archives/edgar/data/1530721/000153072123000194/R24.htm"
_SEC_351231_FEB14 = "https://www.sec.gov/Archives/edgar/data/351231/000119312514043193/R13.htm"
_SEC_1055160_AUG20 = "https://www.sec.gov/Archives/edgar/data/1055160/000105516020000030/R24.htm"
_SEC_1069899_MAY24 = "https://www.sec.gov/Archives/edgar/data/1069899/000155837024007340/R20.htm"
_HC_WS_9APR14 = "https://hansard.parliament.uk/Commons/2014-04-09/debates/69ece5ab-184c-4224-bd9f-fcd108bebacf/WrittenStatements"
_HC_WA_13FEB14 = (
    "https://publications.parliament.uk/pa/cm201314/cmhansrd/cm140213/text/140213w0005.htm"
)
_HL_BUSINESS_19JUL39 = (
    "https://api.parliament.uk/historic-hansard/lords/1939/jul/19/business-of-the-house"
)
_HL_VET_1JUL80 = "https://api.parliament.uk/historic-hansard/lords/1980/jul/01/veterinary-surgeons-act-1966-schedule-3"
_HL_EPA_6JUL87 = "https://api.parliament.uk/historic-hansard/lords/1987/jul/06/enduring-powers-of-attorney-northern-1"
_HL_WS_25JAN16 = "http://webarchive.parliament.uk/20160203221822/http:/www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?page=3"
_HC_WA_25JUN14 = (
    "https://publications.parliament.uk/pa/cm201415/cmhansrd/cm140625/text/140625w0002.htm"
)
_HHS_FR_11SEP18 = "https://regulations.justia.com/regulations/fedreg/2018/09/11/2018-19669.html"
_FDA_FR_29NOV16 = "https://regulations.justia.com/regulations/fedreg/2016/11/29/2016-28605.html"
_USDA_MPP_29JUN15 = "https://www.rcreader.com/authors/USDA-Office-of-Communications?page=33"
FRESH27_CASES: tuple[BlindCase, ...] = (
    # Wikinews, 'Polls Closed in The New Zealand 2005 General Election', Saturday 17 September 2005 (the results box above it is not quoted): the polls 'closed' at 07:00 UTC today, before the article: past
    B(
        text="At 07:00 UTC today (19:00 NZST, local time), the polls closed in the New Zealand general election, 2005.",
        due=None,
        vague=False,
        said="2005-09-17 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=2,
        source=_WN_NZPOLLS_17SEP05,
        published="2005-09-17",
    ),
    # the same article: the only time is the 2002 turnout, a past baseline (77% is an amount): past; unsure: the prediction itself has no time (no deadline, no refusal word)
    B(
        text="Turn out was strong, turnout results are predicted to be to be higher than the 2002 turn out (77%)",
        due=None,
        vague=False,
        said="2005-09-17 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=1,
        source=_WN_NZPOLLS_17SEP05,
        published="2005-09-17",
    ),
    # the same article: 'by 11:30 UTC' the same day (the NZST time in brackets is the same instant), 2005-09-17 11:30:00 UTC
    B(
        text="Preliminary election results will be on Wikinews as they come through [1] it is expected that all votes will be counted by 11:30 UTC (23:30 NZST)",
        due="2005-09-17 11:30:00",
        vague=False,
        said="2005-09-17 10:00:00",
        tz="UTC",
        cluster=2,
        source=_WN_NZPOLLS_17SEP05,
        published="2005-09-17",
    ),
    # the same article: 'by Saturday, 1 October 2005', end of day in the publisher's zone (UTC for Wikinews, as in blind_fresh10.py), 2005-10-01 23:59:59 UTC
    B(
        text="The official results are expected to be available by Saturday, 1 October 2005, on the Chief Electoral Office 2005 General Election Results website [2]",
        due="2005-10-01 23:59:59",
        vague=False,
        said="2005-09-17 10:00:00",
        tz="UTC",
        cluster=6,
        source=_WN_NZPOLLS_17SEP05,
        published="2005-09-17",
    ),
    # Environmental Protection Agency, notice of extension of comment period, Federal Register of 2 January 2001 (FR Doc. 00-33428, on Self-Law): a notice 'published' on 9 August 2000: past
    B(
        text="On August 9, 2000 (65 FR 48699), EPA published a notice announcing receipt of a petition for rulemaking under section 109 of the Clean Air Act (CAA), to promulgate revised secondary national ambient air quality standards (NAAQS) for pollutants associated with the formation of acid rain, including nitrogen dioxide (NO 2 ), sulfur dioxide (SO 2 ), and fine particulate matter (PM 2.5 ).",
        due=None,
        vague=False,
        said="2001-01-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FR_2JAN01,
        published="2001-01-02",
    ),
    # the same notice: a letter 'dated October 26, 1999': past
    B(
        text="The petition was submitted by representatives of the States of New York, Massachusetts, Maine, New Hampshire, Connecticut, Rhode Island, and Vermont in a letter to the EPA Administrator, dated October 26, 1999.",
        due=None,
        vague=False,
        said="2001-01-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FR_2JAN01,
        published="2001-01-02",
    ),
    # the same notice: a letter 'dated July 19, 2000': past
    B(
        text="In addition, EPA has received a related request for rulemaking from the U.S. Department of the Interior (DOI) in a letter to the EPA Administrator, dated July 19, 2000, to address many of the same adverse environmental effects associated with the same types of air pollutants, and with ozone (O 3 ) that DOI asserts are occurring in national parks and wilderness areas.",
        due=None,
        vague=False,
        said="2001-01-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FR_2JAN01,
        published="2001-01-02",
    ),
    # Environmental Protection Agency, extension of public comment period (mercury cell chlor-alkali plants), Federal Register of 22 August 2002 (FR Doc. 02-21438, on Self-Law): the first close, 3 September 2002, is replaced by the next sentence's date and this sentence gives no new one (CONVENTIONS 4.1; as blind_fresh9.py's 'were to be submitted'); the bracketed July date is the proposal's publication; unsure: past (the original request is reported)
    B(
        text="We originally requested comments on the proposed rule by September 3, 2002 (67 FR 44672, July 3, 2002).",
        due=None,
        vague=False,
        said="2002-08-22 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_EPA_FR_22AUG02,
        published="2002-08-22",
    ),
    # the same notice: 'extending the deadline ... to October 3, 2002', end of day EDT, 2002-10-04 03:59:59 UTC; 'prior to July 31, 2002' is past
    B(
        text="We are extending the deadline for written comments to October 3, 2002 because the docket for the proposed rule, which contains pertinent information related to the proposal, was not available for inspection prior to July 31, 2002.",
        due="2002-10-04 03:59:59",
        vague=False,
        said="2002-08-22 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EPA_FR_22AUG02,
        published="2002-08-22",
    ),
    # the same notice: '30-day extension' is the size of an extension asked for, no time for any act: no deadline; unsure: past (the request has been received)
    B(
        text="In addition, we have received a request for a 30-day extension from the Chlorine Institute to provide more time to evaluate the provisions contained in the proposed rule and to provide detailed comments.",
        due=None,
        vague=False,
        said="2002-08-22 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EPA_FR_22AUG02,
        published="2002-08-22",
    ),
    # the same notice, under 'Dates': 'by October 3, 2002', end of day EDT, 2002-10-04 03:59:59 UTC
    B(
        text="Comments may be submitted by October 3, 2002.",
        due="2002-10-04 03:59:59",
        vague=False,
        said="2002-08-22 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA_FR_22AUG02,
        published="2002-08-22",
    ),
    # Environmental Protection Agency, notice of extension of public comment period (Transportation Conformity Rule PM2.5 and PM10 Amendments), Federal Register of Monday 8 June 2009 (FR Doc. E9-13332, GPO edocket; header lines not quoted): 'published May 15, 2009' is past and the close 'were to be submitted by June 15, 2009' is replaced later in the notice, with no new date here (CONVENTIONS 4.1): negated; unsure: past
    B(
        text="This proposed rule was published May 15, 2009 in the Federal Register (74 FR 23024), and written comments on the proposed rule were to be submitted by June 15, 2009.",
        due=None,
        vague=False,
        said="2009-06-08 14:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=3,
        source=_EPA_FR_8JUN09,
        published="2009-06-08",
    ),
    # the same notice (the page marker '[[Page 27086]]' inside the sentence is left out): what the proposal 'stated', with an undated 'by a certain date': past
    B(
        text="EPA also stated in the proposal that the comment period would be extended if a hearing was requested by a certain date.",
        due=None,
        vague=False,
        said="2009-06-08 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FR_8JUN09,
        published="2009-06-08",
    ),
    # the same notice: a request received on 26 May 2009 and a hearing held on 4 June 2009: past
    B(
        text="On May 26, 2009, EPA received such a request to hold a public hearing for this proposed rule, and the public hearing was held on June 4, 2009 at the EPA in Ann Arbor, Michigan.",
        due=None,
        vague=False,
        said="2009-06-08 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_EPA_FR_8JUN09,
        published="2009-06-08",
    ),
    # the same notice, as printed (the year is not on the page, the DATES line follows): a year-less 'June 29' is its next occurrence, 29 June 2009, end of day EDT, 2009-06-30 03:59:59 UTC
    B(
        text="As a result, EPA is notifying the public again that the deadline to submit public comments on the proposal is now June 29,",
        due="2009-06-30 03:59:59",
        vague=False,
        said="2009-06-08 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA_FR_8JUN09,
        published="2009-06-08",
    ),
    # the same notice: 'on or before June 29, 2009', end of day EDT, 2009-06-30 03:59:59 UTC; 'May 15, 2009' names the proposal
    B(
        text="DATES: Comments on the May 15, 2009 (74 FR 23024) proposed rule must be received on or before June 29, 2009.",
        due="2009-06-30 03:59:59",
        vague=False,
        said="2009-06-08 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EPA_FR_8JUN09,
        published="2009-06-08",
    ),
    # Environmental Protection Agency, proposed rule; extension of the public comment period (Florida's lakes and flowing waters), Federal Register of 10 March 2010 (75 FR 11079, the date read from the GPO copy; quoted from casetext's copy): a rule 'signed' on 14 January 2010: past
    B(
        text="On January 14, 2010, EPA signed a proposed rule entitled “Water Quality Standards for the State of Florida's Lakes and Flowing Waters.”",
        due=None,
        vague=False,
        said="2010-03-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FR_10MAR10,
        published="2010-03-10",
    ),
    # the same notice: published on 26 January 2010: past
    B(
        text="On January 26, 2010 (75 FR 4174), EPA published this proposed rule.",
        due=None,
        vague=False,
        said="2010-03-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FR_10MAR10,
        published="2010-03-10",
    ),
    # the same notice: the first close, 29 March 2010, is replaced by the extension and this sentence gives no new date (CONVENTIONS 4.1, as blind_fresh9.py); '60-day' is the length of the first period
    B(
        text="Written comments on the proposed rulemaking were to be submitted to EPA on or before March 29, 2010 (a 60-day public comment period).",
        due=None,
        vague=False,
        said="2010-03-10 15:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_EPA_FR_10MAR10,
        published="2010-03-10",
    ),
    # the same notice: requests received 'Since publication': past
    B(
        text="Since publication, the Agency has received several requests for additional time to submit comments.",
        due=None,
        vague=False,
        said="2010-03-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FR_10MAR10,
        published="2010-03-10",
    ),
    # the same notice: an extension 'for 30 days' runs from the close of the first period, which this sentence does not date: event; unsure: the notice dates it (29 March), so 28 April 2010, end of day EDT (2010-04-29 03:59:59 UTC); read from the day of the notice (CONVENTIONS 1.1) it would be 9 April 2010
    B(
        text="Therefore, EPA is extending the public comment period for 30 days.",
        due=None,
        vague=False,
        said="2010-03-10 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_EPA_FR_10MAR10,
        published="2010-03-10",
    ),
    # the same notice, under 'DATES:': 'on or before April 28, 2010', end of day EDT, 2010-04-29 03:59:59 UTC
    B(
        text="Comments must be received on or before April 28, 2010.",
        due="2010-04-29 03:59:59",
        vague=False,
        said="2010-03-10 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA_FR_10MAR10,
        published="2010-03-10",
    ),
    # the same notice: the docket's 'normal hours of operation' are a standing schedule: recurring
    B(
        text="Such deliveries are only accepted during the Docket's normal hours of operation, and special arrangements should be made for deliveries of boxed information.",
        due=None,
        vague=False,
        said="2010-03-10 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_EPA_FR_10MAR10,
        published="2010-03-10",
    ),
    # Environmental Protection Agency, fact sheet EPA-823-F-10-003 on the supplemental notice of data availability (Florida's lakes and flowing waters), 'July 2010' (no day shown: taken as 1 July 2010, and every label below holds for any day of that month): the only date names the proposal of 26 January 2010: past
    B(
        text="EPA is providing a supplemental notice of data availability and a request for comment related to EPA’s January 26, 2010 notice of proposed rulemaking, “Water Quality Standards for the State of Florida’s Lakes and Flowing Waters” (75 FR 4173).",
        due=None,
        vague=False,
        said="2010-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FS_JUL10,
        published="2010-07-01",
    ),
    # the same fact sheet: published on 26 January 2010: past
    B(
        text="On January 26, 2010, EPA published proposed “Water Quality Standards for the State of Florida’s Lakes and Flowing Waters” (75 FR 4173).",
        due=None,
        vague=False,
        said="2010-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FS_JUL10,
        published="2010-07-01",
    ),
    # the same fact sheet: hearings conducted and a '90-day public comment period' held: past
    B(
        text="EPA conducted 13 public hearing sessions in six cities in Florida and held a 90-day public comment period as part of the proposed rule generating over 22,000 public comments.",
        due=None,
        vague=False,
        said="2010-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FS_JUL10,
        published="2010-07-01",
    ),
    # the same fact sheet: 'scheduled to be published on October 15, 2010', a one-off event at a date (CONVENTIONS 3.1), end of day EDT, 2010-10-16 03:59:59 UTC
    B(
        text="EPA is reviewing and considering these comments in preparation of the final rule, which is scheduled to be published on October 15, 2010.",
        due="2010-10-16 03:59:59",
        vague=False,
        said="2010-07-01 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EPA_FS_JUL10,
        published="2010-07-01",
    ),
    # the same fact sheet: 'In August 2009' and 'the 2008 litigation' are past and 'by January 2010' has gone by; the commitment still open is 'by January 2011', end of January, end of day EST, 2011-02-01 04:59:59 UTC (the later of the list, CONVENTIONS 6.1); unsure: past (the sentence reports a commitment made in 2009)
    B(
        text="In August 2009, EPA entered into a Consent Decree with FWF to settle the 2008 litigation, committing to propose numeric nutrient standards for lakes and flowing waters in Florida by January 2010, and for Florida's estuarine and coastal waters by January 2011 (consistent with the dates outlined in EPA’s January 14, 2009 determination).",
        due="2011-02-01 04:59:59",
        vague=False,
        said="2010-07-01 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EPA_FS_JUL10,
        published="2010-07-01",
    ),
    # the same fact sheet: 'by October 2010' and 'by October 2011', the later (CONVENTIONS 6.1), end of October 2011, end of day EDT, 2011-11-01 03:59:59 UTC; unsure: past ('agreed' reports the decree)
    B(
        text="EPA agreed to establish final standards by October 2010 for lakes and flowing waters and by October 2011 for estuarine and coastal waters.",
        due="2011-11-01 03:59:59",
        vague=False,
        said="2010-07-01 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EPA_FS_JUL10,
        published="2010-07-01",
    ),
    # the same fact sheet: the request has no time of its own; the only date names the proposal of 26 January 2010: past
    B(
        text="EPA is requesting further comment on possible revisions and new information related to specific approaches and issues identified in the January 26, 2010 proposal.",
        due=None,
        vague=False,
        said="2010-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FS_JUL10,
        published="2010-07-01",
    ),
    # Environmental Protection Agency, fact sheet EPA-823-F-12-002, 'Effective Date Extension for Water Quality Standards for Florida's Lakes and Flowing Waters', 'July 2012' (no day shown: taken as 1 July 2012; the labels hold for any day of that month; line breaks of the PDF text joined): the effective date moves 'by six months to January 6, 2013', the new date counts (CONVENTIONS 4.1), end of day EST, 2013-01-07 04:59:59 UTC
    B(
        text='EPA is extending the July 6, 2012 effective date of the "Water Quality Standards for the State of Florida\'s Lakes and Flowing Waters; Final Rule" (inland waters rule) by six months to January 6, 2013.',
        due="2013-01-07 04:59:59",
        vague=False,
        said="2012-07-01 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EPA_FS_JUL12,
        published="2012-07-01",
    ),
    # the same fact sheet: 'took effect on February 4, 2011': past
    B(
        text="The EPA's final inland waters rule also included a separate effective date for a site-specific alternative criteria provision, which took effect on February 4, 2011.",
        due=None,
        vague=False,
        said="2012-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FS_JUL12,
        published="2012-07-01",
    ),
    # the same fact sheet: the date left unchanged is 4 February 2011, gone by: past; unsure: negated ('does not affect or change')
    B(
        text="This final rule does not affect or change the February 4, 2011 date.",
        due=None,
        vague=False,
        said="2012-07-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EPA_FS_JUL12,
        published="2012-07-01",
    ),
    # the same fact sheet: 'each year' is a standing rate: recurring
    B(
        text="Florida's tourism industry, the State's number one industry, employs nearly one million Floridians and pumps billions into the State's economy each year, including generating thousands of jobs and well over $3 billion in taxes.",
        due=None,
        vague=False,
        said="2012-07-01 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_EPA_FS_JUL12,
        published="2012-07-01",
    ),
    # US Department of State, Secretary of State's public appointments for Monday 14 February 2011 (reproduced on a blog; its readers' comments are not quoted; the schedule is issued before the day, so the reference is taken at 00:00 EST that day): 9:15 a.m. EST, 2011-02-14 14:15:00 UTC
    B(
        text="9:15 a.m. Secretary Clinton meets with the Assistant Secretaries, at the Department of State.",
        due="2011-02-14 14:15:00",
        vague=False,
        said="2011-02-14 05:00:00",
        tz="America/New_York",
        cluster=2,
        source=_STATE_SCHED_14FEB11,
        published="2011-02-14",
    ),
    # the same schedule: '12:00 p.m.' is noon EST, 2011-02-14 17:00:00 UTC
    B(
        text="12:00 p.m. Secretary Clinton meets with House Speaker John Boehner, on Capitol Hill.",
        due="2011-02-14 17:00:00",
        vague=False,
        said="2011-02-14 05:00:00",
        tz="America/New_York",
        cluster=2,
        source=_STATE_SCHED_14FEB11,
        published="2011-02-14",
    ),
    # the same schedule: 'P.M.' alone is the afternoon or evening of the day: end of day EST, 2011-02-15 04:59:59 UTC; unsure: read as the afternoon, 18:00 EST (2011-02-14 23:00:00 UTC)
    B(
        text="P.M. Following her meeting with Speaker Boehner, Secretary Clinton delivers brief remarks to the press, in the U.S. Capitol.",
        due="2011-02-15 04:59:59",
        vague=False,
        said="2011-02-14 05:00:00",
        tz="America/New_York",
        cluster=2,
        source=_STATE_SCHED_14FEB11,
        published="2011-02-14",
    ),
    # the same schedule: 2:20 p.m. EST, 2011-02-14 19:20:00 UTC
    B(
        text="2:20 p.m. Secretary Clinton tapes television interviews with Abderrahim Foukara of Al Jazeera, Hisham Melham of Al Arabiya ,and Michel Ghandour of Al Hurra, at the Department of State.",
        due="2011-02-14 19:20:00",
        vague=False,
        said="2011-02-14 05:00:00",
        tz="America/New_York",
        cluster=2,
        source=_STATE_SCHED_14FEB11,
        published="2011-02-14",
    ),
    # House of Lords, Arrangement of Business, Friday 24 May 2024 (Hansard, read on Parallel Parliament; no time of speaking shown): the update is given as it is spoken and the business is 'today': end of that day, BST, 2024-05-24 22:59:59 UTC (CONVENTIONS 2.1); unsure: 'today' names the business, not a deadline (no deadline)
    B(
        text="My Lords, I will update the House on the latest plan for business today.",
        due="2024-05-24 22:59:59",
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # the same statement: 'ahead of Prorogation', which the sentence does not date: event
    B(
        text="I am most grateful in advance for noble Lords’ patience, flexibility, good humour and support, as we work together to finalise everything ahead of Prorogation.",
        due=None,
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # the same statement: 'now', on the act as it is spoken, like 'today' (CONVENTIONS 2.1): end of that day, BST, 2024-05-24 22:59:59 UTC; unsure: 'now' is no deadline word (no deadline)
    B(
        text="We will now consider five Private Members’ Bills, followed by debates on statutory instruments.",
        due="2024-05-24 22:59:59",
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # the same statement: 'for consideration today' (CONVENTIONS 2.1): end of that day, BST, 2024-05-24 22:59:59 UTC
    B(
        text="There are two other Bills for consideration today: the Leasehold and Freehold Reform Bill and the Victims and Prisoners Bill.",
        due="2024-05-24 22:59:59",
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # the same statement: a deadline that 'has passed' (as in blind_fresh26.py): past
    B(
        text="The deadline for tabling amendments to the leasehold Bill has passed, and we are now waiting for the Marshalled List and other paperwork before commencing proceedings.",
        due=None,
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # the same statement: 'Once the ... Bill has returned from the Commons', undated: event
    B(
        text="Once the Victims and Prisoners Bill has returned from the Commons, there will be time to table amendments and Motions.",
        due=None,
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # the same statement: 'Once the Marshalled List and paperwork are ready', undated: event
    B(
        text="Once the Marshalled List and paperwork are ready, we will commence proceedings.",
        due=None,
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # the same statement: 'after the conclusion of the SI debates', undated: event
    B(
        text="I expect this to be after the conclusion of the SI debates.",
        due=None,
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # the same statement: 'after the conclusion of the victims Bill', undated: event
    B(
        text="I expect that we will commence Report on the leasehold Bill after the conclusion of the victims Bill.",
        due=None,
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # the same sitting, the next speaker: 'at this very late stage' places the protest, no time for an act: no deadline
    B(
        text="My Lords, I want to make a modest and no doubt futile protest about the insertion of the Leasehold and Freehold Reform Bill into our programme at this very late stage.",
        due=None,
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # the same speech: a statement made 'yesterday': past
    B(
        text="When my noble friend the Lord Privy Seal made his business statement yesterday, there was no mention of this Bill.",
        due=None,
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # the same speech: a past difficulty, told of yesterday's sitting ('was approaching the time for rising'): past; unsure: 'being brought forward today' is the bill's business that day (end of day BST, 2024-05-24 22:59:59 UTC)
    B(
        text="Even when the House was approaching the time for rising, it was difficult to establish whether or not this Bill was, after all, being brought forward today.",
        due=None,
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # the same speech: a deadline that 'was 10 am' that morning, gone by: past
    B(
        text="The deadline for submitting amendments was 10 am.",
        due=None,
        vague=False,
        said="2024-05-24 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=2,
        source=_HL_BUSINESS_24MAY24,
        published="2024-05-24",
    ),
    # House of Lords, Draft House of Lords Reform Bill, Tuesday 20 December 2011 (Hansard, the exchanges shown on Parallel Parliament's page for Lord Grocott): 'another month' from now, at whose end a report follows: 20 January 2012, end of day GMT, 2012-01-20 23:59:59 UTC (CONVENTIONS 1.2)
    B(
        text="All I am saying is that we need another month to continue with that full and detailed consideration, at the end of which we will no doubt produce a report.",
        due="2012-01-20 23:59:59",
        vague=False,
        said="2011-12-20 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_REFORM_20DEC11,
        published="2011-12-20",
    ),
    # the same exchange: 'by the new date that has been set' and the Queen's Speech 'the date of which has still not been announced' are not dated: event
    B(
        text="Following that comment, will the noble Lord the Leader of the House make it clear that, should the Joint Committee find that it cannot reach a conclusion by the new date that has been set—many of us anticipated that that would be the case when it was set up—the timetable under which it operates will not be determined by what is required for the Queen’s Speech, the date of which has still not been announced?",
        due=None,
        vague=False,
        said="2011-12-20 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL_REFORM_20DEC11,
        published="2011-12-20",
    ),
    # the same question: 'the next Queen’s Speech' and 'before the date when that speech should take place has been determined', undated: event
    B(
        text="In particular, can he tell the House—I cannot recall this ever happening before—whether the second most important Minister in the country has announced the Government’s flagship policy for the next Queen’s Speech even before the date when that speech should take place has been determined?",
        due=None,
        vague=False,
        said="2011-12-20 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL_REFORM_20DEC11,
        published="2011-12-20",
    ),
    # the same question: 'the relevant date' of 'the next Queen’s Speech', undated: event; unsure: a question that asks for a date sets none (no deadline, no refusal word)
    B(
        text="In order to regain propriety, rather than following what seems to be a make-it-up-as-you-go-along policy, and having told us the most important content of the next Queen’s Speech—in the Government’s estimation, not mine—will the Leader of the House help us by at least giving us the relevant date?",
        due=None,
        vague=False,
        said="2011-12-20 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL_REFORM_20DEC11,
        published="2011-12-20",
    ),
    # House of Lords, Standards in Public Life, Tuesday 10 February 2026 (Hansard, on Parallel Parliament's page for Lord Young of Cookham): 'last Wednesday' and 'the previous Monday': past
    B(
        text="I spoke last Wednesday on a Question on think tanks but did not declare that, the previous Monday, I had become a fellow of the think tank Policy Exchange.",
        due=None,
        vague=False,
        said="2026-02-10 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_STANDARDS_10FEB26,
        published="2026-02-10",
    ),
    # the same speech: what was said 'yesterday' (the quote follows): past
    B(
        text="I welcome what she has just said about full consultation and the legislation not being rushed through, but, yesterday, the Chief Secretary to the Prime Minister, referring to this legislation, said:",
        due=None,
        vague=False,
        said="2026-02-10 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_STANDARDS_10FEB26,
        published="2026-02-10",
    ),
    # the same speech: the quoted pledge 'very, very shortly' is vague (60 days, CONVENTIONS 5.1) from the day it was made, 9 February 2026 (the citation '9/2/26'): 10 April 2026, end of day BST, 2026-04-10 22:59:59 UTC; unsure: counted from the day of this sitting, 11 April 2026 (2026-04-11 22:59:59 UTC)
    B(
        text="“We will bring the legislation forward very, very shortly”.—[Official Report, Commons, 9/2/26; col. 573.]",
        due="2026-04-10 22:59:59",
        vague=True,
        said="2026-02-10 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL_STANDARDS_10FEB26,
        published="2026-02-10",
    ),
    # the same speech: 'before the end of this Session', a session whose end is not dated: event
    B(
        text="Is it her intention to try to get the legislation through all stages before the end of this Session?",
        due=None,
        vague=False,
        said="2026-02-10 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL_STANDARDS_10FEB26,
        published="2026-02-10",
    ),
    # the reply: 'not this Session' denies the time (CONVENTIONS 4.1): negated
    B(
        text="No, not this Session of Parliament; I do not think that is appropriate for the kind of legislation that we are talking about.",
        due=None,
        vague=False,
        said="2026-02-10 10:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HL_STANDARDS_10FEB26,
        published="2026-02-10",
    ),
    # the same reply: a consultation that 'will not' go on 'for months and months' is a denied span, and 'in good time' names no window: negated; unsure: 'in good time' read as a vague word (none of the documented windows names it)
    B(
        text="It will not be a consultation that goes on for months and months, because we want to ensure that we have the legislation in place in good time, but there is a balance between working at pace and getting it right.",
        due=None,
        vague=False,
        said="2026-02-10 10:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HL_STANDARDS_10FEB26,
        published="2026-02-10",
    ),
    # House of Lords, Terminally Ill Adults (End of Life) Bill, committee, Friday 6 February 2026 (Hansard, on Parallel Parliament's page for Lord Harper): 'last Friday' and 'for many hours': past
    B(
        text="My Lords, I am another Peer who sat here for many hours last Friday, desperately keen to speak to this group of amendments.",
        due=None,
        vague=False,
        said="2026-02-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_TIA_6FEB26,
        published="2026-02-06",
    ),
    # the same speech: 'at nearly 5.30 pm' of last Friday's sitting: past
    B(
        text="Towards the end, at nearly 5.30 pm, I heard the magnificent speech of the noble Lord, Lord Rook, who is not currently in his place.",
        due=None,
        vague=False,
        said="2026-02-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=2,
        source=_HL_TIA_6FEB26,
        published="2026-02-06",
    ),
    # the next speech: 'just last week' is when it was said; the plan's own time is 'this autumn', autumn 2026 (meteorological, September-November), end of 30 November 2026, GMT, 2026-11-30 23:59:59 UTC (CONVENTIONS 2.2); unsure: past (an expectation reported and, in the sentences that follow, overtaken)
    B(
        text="When we spoke about it, I think just last week, the expectation was that that plan would be published this autumn—I hope the Minister can confirm that I have got that right.",
        due="2026-11-30 23:59:59",
        vague=False,
        said="2026-02-06 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HL_TIA_6FEB26,
        published="2026-02-06",
    ),
    # the same speech, quoting the cancer plan: 'Next year', 2027, end of day GMT, 2027-12-31 23:59:59 UTC
    B(
        text="“Next year, we will publish a Modern Service Framework on Palliative and End of Life Care to address these challenges”.",
        due="2027-12-31 23:59:59",
        vague=False,
        said="2026-02-06 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_TIA_6FEB26,
        published="2026-02-06",
    ),
    # the same speech: 'slipped into 2027', the new time counts (CONVENTIONS 4.1): end of 2027, GMT, 2027-12-31 23:59:59 UTC
    B(
        text="Without being explicit about it, the palliative care plan has now slipped into 2027, with no indication of when in 2027.",
        due="2027-12-31 23:59:59",
        vague=False,
        said="2026-02-06 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_TIA_6FEB26,
        published="2026-02-06",
    ),
    # the same speech: 'it could easily be the end of 2027' is a possibility, no undertaking (CONVENTIONS 4.2): no deadline
    B(
        text="Given my experience of these things, it could easily be the end of 2027.",
        due=None,
        vague=False,
        said="2026-02-06 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_TIA_6FEB26,
        published="2026-02-06",
    ),
    # annual report (10-K) for the year ended 31 July 2024 of the filer with CIK 1835256, note on subsequent events (sec.gov; filed after the agreement of 6 October 2024, the day not shown: taken as 7 October 2024, and the labels hold for any day of October or November 2024; SEC filings are read in the Eastern zone, where EDGAR receives them): an agreement 'entered into' on 6 October 2024: past
    B(
        text="On October 6, 2024, the Company entered into an Agreement and Plan of Merger (the “Merger Agreement”) with Marlee Buyer, Inc., a Delaware corporation (“Parent”), and Marlee Merger Sub, Inc., a Delaware corporation and wholly owned subsidiary of Parent (“Merger Subsidiary”), pursuant to which Merger Subsidiary will merge with and into the Company whereupon the separate corporate existence of Merger Subsidiary will cease and the Company will be the surviving corporation in the Merger (the “Surviving Corporation”) and will continue as a wholly owned subsidiary of Parent (the “Merger”).",
        due=None,
        vague=False,
        said="2024-10-07 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SEC_1835256_OCT24,
        published="2024-10-07",
    ),
    # the same note (its doubled 'the the' kept): 'expected to close this winter', the coming winter of 2024-25 (meteorological, December to February), end of 28 February 2025, EST, 2025-03-01 04:59:59 UTC
    B(
        text="The Merger, which was unanimously approved by the the Company’s Board of Directors, is expected to close this winter, subject to customary closing conditions, including approval by the Company’s stockholders and the receipt of required regulatory approvals.",
        due="2025-03-01 04:59:59",
        vague=False,
        said="2024-10-07 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SEC_1835256_OCT24,
        published="2024-10-07",
    ),
    # the same note: 'Upon completion of the transaction', undated: event
    B(
        text="Upon completion of the transaction, the Company’s common stock will cease to trade and no longer be listed on the New York Stock Exchange.",
        due=None,
        vague=False,
        said="2024-10-07 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SEC_1835256_OCT24,
        published="2024-10-07",
    ),
    # the same note (a line break inside 'State of Delaware' joined): 'at the effective time of the Merger' and 'immediately prior to the Effective Time', undated: event; $11.10 is an amount and 'Section 262' a number
    B(
        text="As a result of the Merger, at the effective time of the Merger (the “Effective Time”) (subject to certain exceptions, including for shares common stock of the Company (collectively, the “Company Stock”) owned by stockholders of the Company who have not voted in favor of the adoption of the Merger Agreement and have properly exercised appraisal rights in accordance with Section 262 of the General Corporation Law of the State of Delaware), each share of Company Stock outstanding immediately prior to the Effective Time will be automatically canceled and converted into the right to receive $11.10 in cash, without interest (the per share consideration, the “Per Share Consideration” and the aggregate consideration, the “Merger Consideration”).",
        due=None,
        vague=False,
        said="2024-10-07 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SEC_1835256_OCT24,
        published="2024-10-07",
    ),
    # quarterly report (10-Q) for the six months ended 30 November 2023 of the filer with CIK 1750, note 17 on a subsequent event (sec.gov; filed in December 2023 on or after the agreement of 21 December, the day not shown: taken as 21 December 2023; the labels hold for any day to the end of March 2024; SEC filings are read in the Eastern zone, where EDGAR receives them): an agreement entered into on 21 December 2023, at the latest the day of filing: past
    B(
        text="On December 21, 2023, we entered into a definitive agreement with Triumph Group (“Seller”) to acquire Seller’s Product Support business (the “Product Support Business”).",
        due=None,
        vague=False,
        said="2023-12-21 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SEC_1750_DEC23,
        published="2023-12-21",
    ),
    # the same note: 'in the first quarter of the 2024 calendar year', end of 31 March 2024, EDT, 2024-04-01 03:59:59 UTC
    B(
        text="The acquisition is expected to close in the first quarter of the 2024 calendar year, subject to customary closing conditions, including regulatory approvals.",
        due="2024-04-01 03:59:59",
        vague=False,
        said="2023-12-21 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_SEC_1750_DEC23,
        published="2023-12-21",
    ),
    # quarterly report (10-Q) for the six months ended 30 September 2023 of the filer with CIK 1530721, note on subsequent events (sec.gov; filed in November 2023 after the request of 3 November, the day not shown: taken as 8 November 2023; the labels hold for any later day of that month; SEC filings are read in the Eastern zone, where EDGAR receives them): a meeting held on 25 October 2023: past
    B(
        text="On October 25, 2023, the Company held a special meeting of shareholders to consider certain proposals related to the Merger Agreement.",
        due=None,
        vague=False,
        said="2023-11-08 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SEC_1530721_NOV23,
        published="2023-11-08",
    ),
    # the same note: a request received on 3 November 2023: past
    B(
        text="On November 3, 2023, the Company and Tapestry each received a request for additional information and documentary materials (the “Second Request”) from the U.S. Federal Trade Commission (the “FTC”) in connection with the FTC’s review of the Merger.",
        due=None,
        vague=False,
        said="2023-11-08 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SEC_1530721_NOV23,
        published="2023-11-08",
    ),
    # the same note: 'until 30 days after the Company and Tapestry have substantially complied', an undated event (CONVENTIONS 1.3); 1976 names the Act: event
    B(
        text="The effect of the Second Request is to extend the waiting period imposed by the Hart-Scott-Rodino Antitrust Improvements Act of 1976, as amended, until 30 days after the Company and Tapestry have substantially complied with the Second Request, unless that period is extended voluntarily by the Company and Tapestry or terminated sooner by the FTC.",
        due=None,
        vague=False,
        said="2023-11-08 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SEC_1530721_NOV23,
        published="2023-11-08",
    ),
    # quarterly report (10-Q) for the quarter ended 31 December 2013 of the filer with CIK 351231, note 8 on subsequent events (sec.gov; filed in February 2014 after the approval of 3 February, the day not shown: taken as 10 February 2014; the labels hold for any day from 4 to 24 February 2014; SEC filings are read in the Eastern zone, where EDGAR receives them): approved on 3 February 2014: past; unsure: 'quarterly' dividends are a standing schedule (recurring)
    B(
        text="On February 3, 2014, the Company’s Board of Directors approved the commencement of the payment of an $0.08 per share quarterly cash dividend to shareholders, subject to capital availability and a determination that cash dividends continue to be in the best interest of the Company.",
        due=None,
        vague=False,
        said="2014-02-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SEC_351231_FEB14,
        published="2014-02-10",
    ),
    # the same note: 'payable on February 24, 2014', the later of the two dates (the record date 14 February is earlier), end of day EST, 2014-02-25 04:59:59 UTC
    B(
        text="The Board has set the first such quarterly dividend to be payable on February 24, 2014 to shareholders of record at the close of business on February 14, 2014.",
        due="2014-02-25 04:59:59",
        vague=False,
        said="2014-02-10 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_SEC_351231_FEB14,
        published="2014-02-10",
    ),
    # the same note: 'as of the declaration date' (3 February 2014, gone by) and 'on an annualized basis' (a rate): past; unsure: no deadline at all (no refusal word)
    B(
        text="The declared amount represents an aggregate dividend of approximately $645,000 based on the number of issued and outstanding shares of Common Stock as of the declaration date, or approximately $2,580,000 on an annualized basis.",
        due=None,
        vague=False,
        said="2014-02-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=1,
        source=_SEC_351231_FEB14,
        published="2014-02-10",
    ),
    # the same note: 'from time to time' has no date: recurring; unsure: a possibility ('may'), no undertaking (CONVENTIONS 4.2: no deadline, no refusal word)
    B(
        text="The Board of Directors may from time to time, in conjunction with management, evaluate supplemental dividend payments depending on the Company’s financial results, capital requirements and overall market conditions.",
        due=None,
        vague=False,
        said="2014-02-10 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_SEC_351231_FEB14,
        published="2014-02-10",
    ),
    # quarterly report (10-Q) for the six months ended 30 June 2020 of the filer with CIK 1055160, note on subsequent events (sec.gov; filed in August 2020, the day not shown: taken as 6 August 2020; the labels hold for any day of that month; SEC filings are read in the Eastern zone, where EDGAR receives them): announced on 1 July 2020: past
    B(
        text="On July 1, 2020, the Company announced that its Board of Directors (the “Board”) had reinstated the payment of dividends on its outstanding Series B Preferred Stock and Series C Preferred Stock.",
        due=None,
        vague=False,
        said="2020-08-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SEC_1055160_AUG20,
        published="2020-08-06",
    ),
    # the same note: 'was payable on July 31, 2020', record date 15 July: past
    B(
        text="This dividend was payable on July 31, 2020, to Series B Preferred stockholders of record as of July 15, 2020.",
        due=None,
        vague=False,
        said="2020-08-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_SEC_1055160_AUG20,
        published="2020-08-06",
    ),
    # the same note: the next dividend 'payable on, September 30, 2020', end of day EDT, 2020-10-01 03:59:59 UTC
    B(
        text="As a result of the payment of this dividend, the Company has paid in full all accumulated but unpaid dividends on the Series B Preferred Stock, and the next quarterly dividend payable in respect of the Series B Preferred Stock will, subject to approval by the Board and declaration by the Company, be for the quarter ending, and payable on, September 30, 2020.",
        due="2020-10-01 03:59:59",
        vague=False,
        said="2020-08-06 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_SEC_1055160_AUG20,
        published="2020-08-06",
    ),
    # the same note, on the Series C stock: 'was payable on July 31, 2020', record date 15 July: past
    B(
        text="This dividend was payable on July 31, 2020, to Series C Preferred stockholders of record as of July 15, 2020.",
        due=None,
        vague=False,
        said="2020-08-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_SEC_1055160_AUG20,
        published="2020-08-06",
    ),
    # the same note: a dividend period from 2 March to 30 June 2020, ended: past
    B(
        text='The dividend with respect to the Series C Preferred Stock is the first dividend being paid by the Company in respect of the Series C Preferred Stock and is a "long first dividend" payable in respect of the period commencing on March 2, 2020, the date of original issue of the Series C Preferred Stock, and ending on, and including, June 30, 2020.',
        due=None,
        vague=False,
        said="2020-08-06 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=3,
        source=_SEC_1055160_AUG20,
        published="2020-08-06",
    ),
    # quarterly report (10-Q) for the nine months ended 31 March 2024 of the filer with CIK 1069899, note 12 on a subsequent event (sec.gov; filed in May 2024, the day not shown: taken as 7 May 2024; the labels hold for any day of that month; SEC filings are read in the Eastern zone, where EDGAR receives them): 'In April 2024, we entered into': past
    B(
        text="In April 2024, we entered into a Purchase and Sale Agreement (the “Purchase Agreement”) with Zoetis Inc. to acquire Zoetis’ medicated feed additive (MFA) product portfolio, certain water soluble products and related assets.",
        due=None,
        vague=False,
        said="2024-05-07 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_SEC_1069899_MAY24,
        published="2024-05-07",
    ),
    # the same note: 'payable in cash at closing', an undated closing: event
    B(
        text="The purchase price is $350,000 subject to certain adjustments set forth in the Purchase Agreement, payable in cash at closing.",
        due=None,
        vague=False,
        said="2024-05-07 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_SEC_1069899_MAY24,
        published="2024-05-07",
    ),
    # House of Commons, Written Statements, Wednesday 9 April 2014 (Hansard): payments made 'As of 31 March 2014': past
    B(
        text="As of 31 March 2014 the Equitable Life payment scheme has made payments totalling £901 million to 860,972 policyholders.",
        due=None,
        vague=False,
        said="2014-04-09 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WS_9APR14,
        published="2014-04-09",
    ),
    # the same statement: 'since the last report in January 2014 ... has traced': past
    B(
        text="The scheme has gone to significant lengths to trace eligible policyholders, and since the last report in January 2014 the scheme has traced over 110,000 additional policyholders.",
        due=None,
        vague=False,
        said="2014-04-09 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WS_9APR14,
        published="2014-04-09",
    ),
    # the same statement: 'Over the coming months' is vague, 3 months from the statement (the parser's documented window): 9 July 2014, end of day BST, 2014-07-09 22:59:59 UTC; unsure: 'before the scheme shuts' ties the work to an undated closure (event)
    B(
        text="Over the coming months the scheme will be reviewing its records to ensure that all proportionate and effective actions to trace the remaining policyholders have been completed before the scheme shuts.",
        due="2014-07-09 22:59:59",
        vague=True,
        said="2014-04-09 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_WS_9APR14,
        published="2014-04-09",
    ),
    # the same statement: payments 'can usually be received within two weeks' is a standing rule for every case (CONVENTIONS 1.3): recurring
    B(
        text="The scheme can verify the identity of most policyholders on the telephone, which means any payment due can usually be received within two weeks.",
        due=None,
        vague=False,
        said="2014-04-09 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HC_WS_9APR14,
        published="2014-04-09",
    ),
    # the next statement (Cabinet Office): 'has today been issued', perfect with a day word (CONVENTIONS 2.4): past
    B(
        text="Guidance has today been issued to civil servants in UK departments and those working in non-departmental public bodies and other arm’s length bodies on the principles that they should observe in relation to the conduct of Government business in the run-up to the forthcoming elections for membership of the European Parliament, and to local authorities in England and Northern Ireland, and for five directly elected mayors.",
        due=None,
        vague=False,
        said="2014-04-09 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WS_9APR14,
        published="2014-04-09",
    ),
    # the same statement: 'will take place on Thursday 22 May 2014' (CONVENTIONS 3.1), end of day BST, 2014-05-22 22:59:59 UTC
    B(
        text="These elections will take place on Thursday 22 May 2014.",
        due="2014-05-22 22:59:59",
        vague=False,
        said="2014-04-09 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_WS_9APR14,
        published="2014-04-09",
    ),
    # the same statement: a period that 'starts on 2 May' is given only its start (CONVENTIONS 3.2): earliest, 2 May 2014 00:00 BST (2014-05-01 23:00:00 UTC); unsure: the start as a one-off event (CONVENTIONS 3.1), end of 2 May 2014 BST (2014-05-02 22:59:59 UTC)
    B(
        text="The period of sensitivity preceding the elections starts on 2 May.",
        due=None,
        vague=False,
        said="2014-04-09 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2014-05-01 23:00:00",
        cluster=5,
        source=_HC_WS_9APR14,
        published="2014-04-09",
    ),
    # House of Commons, written answers, Thursday 13 February 2014 (Hansard; the answering member's name before each answer is left out): funding 'for 2015-16', the GB financial year ending 31 March 2016, end of day BST, 2016-03-31 22:59:59 UTC; unsure: the year only names the budget (no deadline)
    B(
        text="My Department is making available to fire and rescue authorities £75 million of transformation funding for 2015-16 to drive transformational reform and deliver further efficiencies, including encouraging greater collaboration between fire, police and other authorities.",
        due="2016-03-31 22:59:59",
        vague=False,
        said="2014-02-13 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC_WA_13FEB14,
        published="2014-02-13",
    ),
    # the same answer: the consultation 'closed on 14 January 2014' (past); the pledge is 'to commence shortly', vague, 60 days (CONVENTIONS 5.1): 14 April 2014, end of day BST, 2014-04-14 22:59:59 UTC
    B(
        text="A six-week technical consultation on the bidding process closed on 14 January 2014 and we expect the actual bidding process to commence shortly.",
        due="2014-04-14 22:59:59",
        vague=True,
        said="2014-02-13 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC_WA_13FEB14,
        published="2014-02-13",
    ),
    # the next question: 'each of the last five years': past (the question number in brackets is printed)
    B(
        text="To ask the Secretary of State for Communities and Local Government what the (a) total departmental expenditure, (b) number and (c) cost of people employed for the purpose of promoting equality and diversity was for each of the last five years. [187654]",
        due=None,
        vague=False,
        said="2014-02-13 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WA_13FEB14,
        published="2014-02-13",
    ),
    # the answer: budgets of 2008-09, 2009-10 and 2010-11: past
    B(
        text="In 2008-09, DCLG had a defined budget of £69,000 and £72,000 for 2009-10 and 2010-11 for promoting equality and diversity.",
        due=None,
        vague=False,
        said="2014-02-13 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=4,
        source=_HC_WA_13FEB14,
        published="2014-02-13",
    ),
    # the next question: 'each of the last 10 years': past
    B(
        text="To ask the Secretary of State for Communities and Local Government (1) what the full actuarial cost of fire deaths was in each of the last 10 years; [187224]",
        due=None,
        vague=False,
        said="2014-02-13 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WA_13FEB14,
        published="2014-02-13",
    ),
    # House of Lords, Business of the House, Wednesday 19 July 1939 (historic Hansard; speakers' names left out; said just before the House adjourned at 4.08 p.m., taken at 16:00 BST): 'three o'clock to-morrow' and 'eleven o'clock on Friday', the later (CONVENTIONS 6.1): Friday 21 July 1939, 11:00 BST, 1939-07-21 10:00:00 UTC; 'before the House adjourns' is the moment of speaking
    B(
        text="My Lords, before the House adjourns, I would remind your Lordships that it is proposed to meet at three o'clock to-morrow, and that we propose to meet at eleven o'clock on Friday, when we shall take the Second Readings of the Milk Industry Bill and the Overseas Trade Guarantees Bill.",
        due="1939-07-21 10:00:00",
        vague=False,
        said="1939-07-19 15:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HL_BUSINESS_19JUL39,
        published="1939-07-19",
    ),
    # the same exchange: a question about Monday sets no time: no deadline
    B(
        text="At what time do we meet on Monday?",
        due=None,
        vague=False,
        said="1939-07-19 15:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL_BUSINESS_19JUL39,
        published="1939-07-19",
    ),
    # the same page: the record that the House 'adjourned at eight minutes past four o'clock': past
    B(
        text="House adjourned at eight minutes past four o'clock.",
        due=None,
        vague=False,
        said="1939-07-19 15:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=2,
        source=_HL_BUSINESS_19JUL39,
        published="1939-07-19",
    ),
    # House of Lords, Veterinary Surgeons Act 1966 (Schedule 3) order, Tuesday 1 July 1980 (historic Hansard; the page's time stamp 7.25 p.m. BST is taken as the moment of speaking): an order 'laid before the House on 21st May': past
    B(
        text="The Earl of MANSFIELD rose to move, That the draft order laid before the House on 21st May be approved.",
        due=None,
        vague=False,
        said="1980-07-01 18:25:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_VET_1JUL80,
        published="1980-07-01",
    ),
    # the same page: the motion as recorded, 'laid ... on 21st May': past
    B(
        text="Moved, That the draft order laid before the House on 21st May be approved.—(The Earl of Mansfield.)",
        due=None,
        vague=False,
        said="1980-07-01 18:25:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_VET_1JUL80,
        published="1980-07-01",
    ),
    # the same page: 'adjourn during pleasure until eight o'clock', the House to sit again at 20:00 BST that evening (CONVENTIONS 3.3), 1980-07-01 19:00:00 UTC
    B(
        text="My Lords, I beg to move that the House do now adjourn during pleasure until eight o'clock.",
        due="1980-07-01 19:00:00",
        vague=False,
        said="1980-07-01 18:25:00",
        tz="Europe/London",
        cluster=2,
        source=_HL_VET_1JUL80,
        published="1980-07-01",
    ),
    # the same page: the bracketed record of the suspension 'from 7.27 to 8 p.m.', written after the event: past
    B(
        text="[The Sitting was suspended from 7.27 to 8 p.m.]",
        due=None,
        vague=False,
        said="1980-07-01 18:25:00",
        tz="Europe/London",
        refusal="past",
        cluster=2,
        source=_HL_VET_1JUL80,
        published="1980-07-01",
    ),
    # House of Lords, Enduring Powers of Attorney (Northern Ireland) order, Monday 6 July 1987 (historic Hansard; no time stamp: the sitting was suspended at 8.8 p.m., so the moment of speaking is taken at 20:08 BST): 'laid before the House on 6th April': past
    B(
        text="Lord Lyell rose to move, That the draft order laid before the House on 6th April be approved.",
        due=None,
        vague=False,
        said="1987-07-06 19:08:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_EPA_6JUL87,
        published="1987-07-06",
    ),
    # the same page: the motion as recorded (the page's 'Lye11' kept): past
    B(
        text="Moved, That the draft order laid before the House on 6th April be approved.—(Lord Lye11.)",
        due=None,
        vague=False,
        said="1987-07-06 19:08:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_EPA_6JUL87,
        published="1987-07-06",
    ),
    # the same page: 'until ten minutes past eight', 20:10 BST that evening (CONVENTIONS 3.3), 1987-07-06 19:10:00 UTC
    B(
        text="My Lords, I beg to move that the House do now adjourn during pleasure until ten minutes past eight.",
        due="1987-07-06 19:10:00",
        vague=False,
        said="1987-07-06 19:08:00",
        tz="Europe/London",
        cluster=2,
        source=_HL_EPA_6JUL87,
        published="1987-07-06",
    ),
    # the same page: the bracketed record 'suspended from 8.8 to 8.10 p.m.': past
    B(
        text="[The sitting was suspended from 8.8 to 8.10 p.m.]",
        due=None,
        vague=False,
        said="1987-07-06 19:08:00",
        tz="Europe/London",
        refusal="past",
        cluster=2,
        source=_HL_EPA_6JUL87,
        published="1987-07-06",
    ),
    # HM Treasury, Lords written statement 'Contingencies Fund Advance: Help to Buy ISA', made on 25 January 2016 (parliament.uk list of written statements, web archive of 3 February 2016; the list's explanatory lines above it are page text and not quoted): 'has today made', perfect with a day word (CONVENTIONS 2.4): past
    B(
        text="My honourable friend the Economic Secretary to the Treasury (Harriett Baldwin) has today made the following Written Ministerial Statement.",
        due=None,
        vague=False,
        said="2016-01-25 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_WS_25JAN16,
        published="2016-01-25",
    ),
    # the same statement: 'announced in the March 2015 Budget': past
    B(
        text="The Help to Buy: ISA was announced in the March 2015 Budget.",
        due=None,
        vague=False,
        said="2016-01-25 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_WS_25JAN16,
        published="2016-01-25",
    ),
    # the same statement (its missing full stop after '£3,000' kept, so the two sentences run as one): 'per month' is a standing rate: recurring
    B(
        text="Under the scheme first time buyers purchasing a property in the UK will be able to save up to £200 per month in a Help to Buy: ISA and receive a bonus of up to £3,000 The bonus amount is calculated as 25 per cent of the balance in the buyer's Help to Buy: ISA, (with a minimum of £400 and capped at £3000).",
        due=None,
        vague=False,
        said="2016-01-25 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HL_WS_25JAN16,
        published="2016-01-25",
    ),
    # the same statement: 'upon the completion of the purchase', undated: event
    B(
        text="The bonus will be paid upon the completion of the purchase of an eligible property.",
        due=None,
        vague=False,
        said="2016-01-25 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL_WS_25JAN16,
        published="2016-01-25",
    ),
    # the same statement: 'available since 1 December 2015' and 'have so far been opened': past
    B(
        text="The Help to Buy: ISA has been available since 1 December 2015 and 200,000 accounts have so far been opened.",
        due=None,
        vague=False,
        said="2016-01-25 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL_WS_25JAN16,
        published="2016-01-25",
    ),
    # the same statement: 'in early February 2016', days 1-10 (the parser's documented thirds), end of 10 February 2016, GMT, 2016-02-10 23:59:59 UTC
    B(
        text="The first homes to be acquired using the scheme are expected to be purchased in early February 2016.",
        due="2016-02-10 23:59:59",
        vague=False,
        said="2016-01-25 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HL_WS_25JAN16,
        published="2016-01-25",
    ),
    # House of Commons, written answers, Wednesday 25 June 2014 (Hansard; members' names before questions and answers left out, tables and column markers not quoted): 'in each year since 2010': past
    B(
        text="To ask the Secretary of State for Energy and Climate Change how much his Department spent on (a) gas and (b) electricity bills in each year since 2010. [201659]",
        due=None,
        vague=False,
        said="2014-06-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WA_25JUN14,
        published="2014-06-25",
    ),
    # the answer: 'by financial year' names how the table is laid out, no time for an act: no deadline
    B(
        text="Departmental spend on gas and electricity bills, by financial year, is as follows:",
        due=None,
        vague=False,
        said="2014-06-25 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HC_WA_25JUN14,
        published="2014-06-25",
    ),
    # the table's note: the bill for March (2014, the last month of the table's year) and February, both gone by: past; unsure: 'not yet received' denies the receipt (negated)
    B(
        text="1 March gas bill not yet received, February used as approximation.",
        due=None,
        vague=False,
        said="2014-06-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WA_25JUN14,
        published="2014-06-25",
    ),
    # the next question: agreements 'announced on 17 June 2014': past
    B(
        text="To ask the Secretary of State for Energy and Climate Change what commitments to transparency were included in the bilateral co-operation agreements with China on Energy announced on 17 June 2014. [201315]",
        due=None,
        vague=False,
        said="2014-06-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WA_25JUN14,
        published="2014-06-25",
    ),
    # the answer: signed 'On 17 June 2014': past
    B(
        text="On 17 June 2014, the UK signed two agreements relating to civil nuclear energy at the UK-China Summit.",
        due=None,
        vague=False,
        said="2014-06-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WA_25JUN14,
        published="2014-06-25",
    ),
    # the next question: agreements 'signed on 17 June 2014'; the dates asked for are of past visits: past
    B(
        text="To ask the Secretary of State for Energy and Climate Change what the cost has been of the visit of his Department’s officials ahead of the completion of the agreements on energy collaboration with China signed on 17 June 2014; and if he will publish the dates and purpose of each such visit. [201316]",
        due=None,
        vague=False,
        said="2014-06-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC_WA_25JUN14,
        published="2014-06-25",
    ),
    # the answer: a visit 'From 12-15 April' (2014): past
    B(
        text="From 12-15 April, three officials from the Office for Nuclear Development visited Beijing to discuss the Joint Statement on Civil Nuclear Energy Co-operation and Memorandum of Understanding on Enhanced Co-operation on Civil Nuclear Industry Fuel Cycle Supply Chain with the Chinese Government.",
        due=None,
        vague=False,
        said="2014-06-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=3,
        source=_HC_WA_25JUN14,
        published="2014-06-25",
    ),
    # Department of Health and Human Services (Administration for Children and Families), notice 'Submission for OMB Review; Comment Request' printed at the head of the Federal Register page of Tuesday 11 September 2018 (on Justia; the page's FDA heading belongs to the next notice; header lines not quoted): a standing practice, minors placed 'until reunification', for every case: recurring; unsure: an undated event (event)
    B(
        text="The Administration for Children and Families’ Office of Refugee Resettlement (ORR) places unaccompanied minors in their custody in licensed care provider facilities until reunification with a qualified sponsor.",
        due=None,
        vague=False,
        said="2018-09-11 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_HHS_FR_11SEP18,
        published="2018-09-11",
    ),
    # the same notice (line breaks of the printed columns joined): 'within 48 hours of admission, excluding weekends and holidays' is a standing rule for every minor (CONVENTIONS 1.3): recurring; 1996 dates the settlement, 'recently' a past examination
    B(
        text="Pursuant to Exhibit 1, part A.2 of the Flores Settlement Agreement (Jenny Lisette Flores, et al. v. Janet Reno, Attorney General of the United States, et al., Case No. CV 85–4544–RJK (C.D. Cal. 1996), care provider facilities, on behalf of ORR, shall arrange for appropriate routine medical and dental care and emergency health care services, including a complete medical examination and screening for infectious diseases within 48 hours of admission, excluding weekends and holidays, unless the minor was recently examined at another facility; appropriate immunizations in accordance with the U.S. Public Health Service (PHS), Center for Disease Control; administration of prescribed medication and special diets; appropriate mental health interventions when necessary for each minor in their care.",
        due=None,
        vague=False,
        said="2018-09-11 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_HHS_FR_11SEP18,
        published="2018-09-11",
    ),
    # Food and Drug Administration, the end of a notice printed at the head of the Federal Register page of Tuesday 29 November 2016 (on Justia; the clause cut by the page's start is not quoted): 'by March 13, 2017', end of day EDT, 2017-03-14 03:59:59 UTC
    B(
        text="Submit either electronic or written comments by March 13, 2017.",
        due="2017-03-14 03:59:59",
        vague=False,
        said="2016-11-29 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FDA_FR_29NOV16,
        published="2016-11-29",
    ),
    # US Department of Agriculture, news release on the dairy Margin Protection Program, Portland (Maine), 29 June 2015 (reproduced in River Cities' Reader's list of USDA releases): enrolment 'starting July 1, 2015' is given only its start (CONVENTIONS 3.2): earliest, 1 July 2015 00:00 EDT (2015-07-01 04:00:00 UTC); 'today announced' is the speaking and 'coverage in 2016' names the cover
    B(
        text="PORTLAND, June 29, 2015 – Agriculture Deputy Secretary Krysta Harden today announced that starting July 1, 2015, dairy farmers can enroll in the U.S. Department of Agriculture's (USDA) Margin Protection Program for coverage in 2016.",
        due=None,
        vague=False,
        said="2015-06-29 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2015-07-01 04:00:00",
        cluster=5,
        source=_USDA_MPP_29JUN15,
        published="2015-06-29",
    ),
    # the same release: the only time names 'the 2014 Farm Bill': past
    B(
        text="The voluntary program, established by the 2014 Farm Bill, provides financial assistance to participating dairy operations when the margin - the difference between the price of milk and feed costs - falls below the coverage level selected by the farmer.",
        due=None,
        vague=False,
        said="2015-06-29 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDA_MPP_29JUN15,
        published="2015-06-29",
    ),
    # the same release: enrolment in 'the 2015 program' and 'the first year', done: past
    B(
        text='"More than half of our nation\'s dairy producers enrolled in the 2015 program, which exceeded our expectations for the first year of the program," said Harden.',
        due=None,
        vague=False,
        said="2015-06-29 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDA_MPP_29JUN15,
        published="2015-06-29",
    ),
    # the same release (the quotation runs on into the next sentence): 'for 2016', end of 2016, EST, 2017-01-01 04:59:59 UTC; unsure: the year names the cover, and 'will again take advantage' is an expectation, not an undertaking (no deadline)
    B(
        text='"We are confident that dairy farmers across the country will again take advantage of this safety net program for 2016.',
        due="2017-01-01 04:59:59",
        vague=False,
        said="2015-06-29 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USDA_MPP_29JUN15,
        published="2015-06-29",
    ),
    # the same release: enrolment 'begins July 1 and ends on Sept. 30, 2015': the end counts (CONVENTIONS 3.4), end of day EDT, 2015-10-01 03:59:59 UTC; 'coverage in 2016' names the cover
    B(
        text="Enrollment begins July 1 and ends on Sept. 30, 2015, for coverage in 2016.",
        due="2015-10-01 03:59:59",
        vague=False,
        said="2015-06-29 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USDA_MPP_29JUN15,
        published="2015-06-29",
    ),
    # the same release: 'remain in the program through 2018', kept going to the end of 2018 (CONVENTIONS 3.3), EST, 2019-01-01 04:59:59 UTC; unsure: 'each year' makes the fee a standing charge (recurring)
    B(
        text="Participating farmers will remain in the program through 2018 and pay a $100 administrative fee each year.",
        due="2019-01-01 04:59:59",
        vague=False,
        said="2015-06-29 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USDA_MPP_29JUN15,
        published="2015-06-29",
    ),
    # the same release: 'during open enrollment each year': recurring
    B(
        text="Producers also have the option of selecting a different coverage level during open enrollment each year.",
        due=None,
        vague=False,
        said="2015-06-29 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_USDA_MPP_29JUN15,
        published="2015-06-29",
    ),
    # the same release: 'will increase by 2.61 percent in 2016', end of 2016, EST, 2017-01-01 04:59:59 UTC; 'in 2015' belongs to the condition, gone by
    B(
        text="An operation's historical production will increase by 2.61 percent in 2016 if the operation participated in 2015, providing a stronger safety net.",
        due="2017-01-01 04:59:59",
        vague=False,
        said="2015-06-29 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USDA_MPP_29JUN15,
        published="2015-06-29",
    ),
)
