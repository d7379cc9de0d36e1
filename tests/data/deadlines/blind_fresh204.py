"""A TWO-HUNDRED-AND-FOURTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 21:28 and 21:43 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l204-s67) that neither changed, imported nor ran the parser, the extractor, the benches or the tests,
working at the same time as the other labellers of stop 67, whose claims in the shared claims file were
treated as used and whose files and README sections were not opened. It read `CONVENTIONS.md` in full, the
docstring, comments and about a dozen cases of `blind_fresh203.py` and its README section, the field list and
the docstring conventions of `BlindCase` in `blind_real.py`, the docstring of `tests/data/fresh_check.py` and
the top docstring of the parser package only (the vague windows, parts of the day, bare clock times, "early /
mid / late", seasons); nothing else of `bot/core/deadlines/` was opened. The brief asked for about 70 to 80
cases (at least 60), every sentence with a time word of each page taken, refusals included, at least eight
publishers, none above a fifth, at most a third from the United States, a spread of genres, leaning on UK
Parliament written answers and Lords debates of years rarely mined, ONS/UKSA/OSR release notes and Ofgem
decisions, open licences only.

The set quotes UK Parliament (a Commons written answer of 10 June 2002 on the 2001 Census, a Lords third
reading of 24 July 1996 and a Lords written answer of 6 December 2001), Ofgem (a licence-modification decision
of 12 June 2015 on the gas day, a decision page on its licence application guidance as last updated on 9 March
2026 and a consultation of October 2019 on the interconnector cap and floor regime), the Office for National
Statistics (an article of 5 February 2024 on reweighting the Labour Force Survey and a statement of December
2023 on the survey's reintroduction), Statistics Canada (two releases of The Daily on maple products, 14
November 2003 and 12 December 2023), the Houses of the Oireachtas (a Seanad Order of Business of 5 May 2005, as
carried), the Voice of America (two correspondent reports, of 6 November 1998 and 20 November 1999, as carried),
the Office for Statistics Regulation (a progress report of 7 August 2024 on the Labour Force Survey), the US
Geological Survey (a Hawaiian Volcano Observatory update of 11 April 2023, as carried) and the US Department of
State (a spokesman's statement of 25 November 1998, as carried). 83 cases from 9 publishers: UK Parliament 16
(19.3%); Ofgem 16 (19.3%); Statistics Canada 13 (15.7%); the Office for National Statistics 12 (14.5%); the
Houses of the Oireachtas 11 (13.3%); the Voice of America 7 (8.4%); the Office for Statistics Regulation 4
(4.8%); the US Geological Survey 2 (2.4%); the US Department of State 2 (2.4%). ONS and OSR both belong to the
UK Statistics Authority; counted together they hold 16 (19.3%), still not above a fifth. 11 of the 83 (13.3%)
are from the United States (VOA, USGS, State Department); 72 are not. Genres: parliamentary written answers, a
Lords third-reading speech, a Seanad Order of Business, a regulator's licence decision, its guidance page with
an update log and a consultation notice, a statistics office's methodological article and statement, a
statistics regulator's progress report, a statistics office's annual releases, radio correspondent reports, a
volcano observatory update and a foreign-ministry spokesman's statement.

The store is heavily mined: of about 80 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (Commons business statements and Lords procedure debates, many historic-hansard
written answers, ONS and OSR statements of 2020 to 2022, ABS census releases, Dáil Orders of Business, StatCan
release schedules and Daily front pages, DOC and Environment Agency releases, VOA Cambodia reports). The one
Wikinews article checked read used, and the searches returned no open kremlin.ru, European Commission, pm.gov.au
or gov.ie page in the time. Each page's cases share one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh204`) but not used, to keep UK Parliament at or under a fifth: two Commons
written answers of 1993 (https://publications.parliament.uk/pa/cm199293/cmhansrd/1993-05-19/Writtens-6.html and
https://hansard.parliament.uk/Commons/1993-07-02/debates/c9f733b0-2c8c-4191-a8c2-c9a3dfdd3ec3/WrittenAnswers)
and one of 26 May 2004 on bovine tuberculosis
(https://api.parliament.uk/historic-hansard/written-answers/2004/may/26/bovine-tuberculosis). Not claimed: an
ONS statement of January 2024 whose only clock time ("at 07:00") has no day in its sentence and whose own date
could not be established, and a DOC media release carried a day after it was issued (its "today" would be
misdated). Within the pages kept: sentences without a time word; sentences whose only time words are general
("now", "currently", "current", "latest", "recent periods", "previously", "as yet", "still", "future",
"meanwhile"); ages ("aged between 16 and 24 years"); titles, headings, date lines, bylines, carriers' own
introductions, contact lines, site chrome, and sentences cut off where the stored text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, a season, "today", "this morning", "later today", "yesterday", "last week", "last month",
"last year", "this week", "early 2020", "the first half of 2003", "in the coming months", "soon", "in the near
future", "nearer the time", "over 30 days", "three days", "ten minutes", "15 minutes each", "daily", "with
immediate effect", "six-month"); within each page quoted, the sentences of the stored text that hold one were
taken in page order, easy or hard, questions included.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh204`) in `/work/helper-brief/claims.txt`
before its quotes were kept. Every kept sentence was then checked whole with the same tool (skipping this
file). Each label was worked out by hand from the words, the publication date and the publisher's zone
(Europe/London for UK Parliament, Ofgem, ONS and OSR, America/Toronto for Statistics Canada, Europe/Dublin for
the Oireachtas, America/New_York for the Voice of America and the State Department, Pacific/Honolulu for the
Hawaiian Volcano Observatory); the conversion of local instants to UTC wall time, weekdays and day counts were
done with Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the
project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh203.py`: the publication date at 10:00 local time unless the page gives the hour (three do: the
Lords third reading, '3.3 p.m.'; the Seanad Order of Business, '10:30 am'; the VOA report of 1999, '05:15 AM
... (1015 UTC)'); the first comment of each page says where its date was read. A day falls due at 23:59:59
local; a one-off event at a time due then (CONVENTIONS 3.1); a change that begins on a day due that day
(CONVENTIONS 3.1a); several times and ranges at the latest (CONVENTIONS 6.1); a clock time with no day of its
own in the sentence at its first occurrence after speaking (CONVENTIONS 6.3); "by <month>" and "in <year>" at
the period's end (CONVENTIONS 3.5); "early <year>" at the end of its first third and "late summer" at the end
of August (parser docstring); a present-tense "today" on the act due that day (CONVENTIONS 2.1); questions set
no time (CONVENTIONS 4.3); standing rules and daily arrangements recurring (CONVENTIONS 1.3); times hung on an
undated event event (CONVENTIONS 1.3, 5.2); a denied time negated (CONVENTIONS 4.1); vague words take the
documented windows (CONVENTIONS 5.1; "the coming months" three months). Clusters as in `blind_fresh203.py`: 1
no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6
plain days and dates. 51 labels are refusals (past 44, event 4, recurring 2, negated 1; none earliest); 2 are
vague (a three-month and a 60-day window); 26 labels carry a due instant (the vague ones included); 6 have due
None without a refusal word (three questions, a requirement and two definitions); 16 are marked "unsure" and
name the other reading; like every label here they stay as committed, whatever the first run shows. First run:
not yet taken (the lead runs it once, after merging, and records it in README.md). Never edit these labels to
fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_WA02CEN = "https://api.parliament.uk/historic-hansard/written_answers/2002/jun/10/2001-census"
_HL96SI = "https://api.parliament.uk/historic-hansard/lords/1996/jul/24/statutory-instruments-production-and"
_WA01ART = "https://api.parliament.uk/historic-hansard/written_answers/2001/dec/06/works-of-art-government-indemnity-scheme"
_OFG15GAS = "https://www.ofgem.gov.uk/publications-and-updates/licence-modifications-gas-licences-under-section-23-gas-act-1986-ensure-great-britain-s-gb-s-compliance-european-union-legislative-definition-gas-day"
_OFG26LIC = "https://www.ofgem.gov.uk/decision/updating-licence-application-guidance-decision"
_OFG19CAP = "https://www.ofgem.gov.uk/consultation/consultation-proposed-changes-our-electricity-interconnector-cap-and-floor-regime-enable-project-finance-solutions"
_ONS24RW = "https://ons.gov.uk/redir/eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpbmRleCI6NCwicGFnZVNpemUiOjEwLCJwYWdlIjoxLCJ1cmkiOiIvZW1wbG95bWVudGFuZGxhYm91cm1hcmtldC9wZW9wbGVpbndvcmsvZW1wbG95bWVudGFuZGVtcGxveWVldHlwZXMvYXJ0aWNsZXMvaW1wYWN0b2ZyZXdlaWdodGluZ29ubGFib3VyZm9yY2VzdXJ2ZXlrZXlpbmRpY2F0b3JzLzIwMjQiLCJsaXN0VHlwZSI6InB1YmxpY2F0aW9ucyJ9.MgshZuTvjnvUiVCOB1AGsnXMtEEI0iF5FYwXpkW5oNY"
_ONS23LFS = "https://www.ons.gov.uk/news/statementsandletters/updateonthelabourforcesurvey"
_OSR24LFS = "https://osr.statisticsauthority.gov.uk/publication/office-for-national-statistics-reintroduced-labour-force-survey-lfs-derived-labour-market-statistics-osr-progress-report-july-2024/pages/2"
_HVO23 = "https://www.bigislandvideonews.com/2023/04/11/kilauea-volcano-update-frequency-changed-to-weekly/"
_SEAN05 = "https://www.kildarestreet.com/sendebates/?gid=2005-05-05.7.0"
_VOA98 = "http://hri.org/news/usa/voa/1998/98-11-06.voa.html"
_VOA99 = "https://www.globalsecurity.org/wmd/library/news/dprk/1999/991120-dprk1.htm"
_DOS98 = "https://www.globalsecurity.org/wmd/library/news/dprk/1998/98112501_elt.html"
_SCD03 = "http://www.statcan.gc.ca/daily-quotidien/031114/dq031114c-eng.htm"
_SCD23 = (
    "https://www150.statcan.gc.ca/daily-quotidien/231212/dq231212d-eng.htm?indgeo=0&indid=8742-2"
)

FRESH204_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (Commons written answers '2001 Census', HC Deb 10 June 2002 vol 386 cc847-8W, as the page heads itself, on api.parliament.uk's historic Hansard; Open Parliament Licence); zone Europe/London (BST); the page gives the day and no hour: said Monday 10 June 2002 10:00 BST. The answering minister's referral lines ('The information requested falls within ...', 'I have asked him to reply.', 'I am replying in his absence.') hold no time word and are not taken, nor the last sentence, cut off. a question about the census results, '2001 Census' naming the census: no time set (CONVENTIONS 4.3)
    B(
        text="To ask the Chancellor of the Exchequer what his latest assessment is of the results from the 2001 Census; and if he will make a statement. [60075]",
        due=None,
        vague=False,
        said="2002-06-10 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WA02CEN,
        published="2002-06-10",
    ),
    # the letter's date and the member's 'recent question', told of acts already done: past
    B(
        text="Letter from John Pullinger to Mr. Edward Davey, dated 10 June 2002: The National Statistician and Registrar General for England and Wales has been asked to reply to your recent question concerning what the latest assessment is of the results from the 2001 Census.",
        due=None,
        vague=False,
        said="2002-06-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA02CEN,
        published="2002-06-10",
    ),
    # first results 'planned to be published in later summer' (late summer, the last third of the meteorological summer, August; the summer read whole ends the same day): 31 August 2002, end of day BST; told as the office's plan, so dated (CONVENTIONS 4.3)
    B(
        text="The first results from the 2001 Census in England and Wales, giving resident population counts for each local authority area, are planned to be published in later summer.",
        due="2002-08-31 22:59:59",
        vague=False,
        said="2002-06-10 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WA02CEN,
        published="2002-06-10",
    ),
    # a press release issued on Thursday 30 May 2002, told of the past: past
    B(
        text="The attached press release, issued on Thursday 30 May, gives further details.",
        due=None,
        vague=False,
        said="2002-06-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA02CEN,
        published="2002-06-10",
    ),
    # 'for 2001' is the past year the mid-year estimates cover; the counts' future use is given no time: past. unsure: a careful reader could give due None with no refusal word (the year only names the estimates' period)
    B(
        text="These counts will form the base for the Registrar General's mid-year estimates of the population for 2001.",
        due=None,
        vague=False,
        said="2002-06-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA02CEN,
        published="2002-06-10",
    ),
    # 'planned for publication around the end of 2002': the year's end (CONVENTIONS 3.5): 31 December 2002, end of day GMT. unsure: a careful reader could read 'around' as allowing a little after the year's end, or as no firm time
    B(
        text="A summary of key statistics, covering a range of census topics, is planned for publication around the end of 2002.",
        due="2002-12-31 23:59:59",
        vague=False,
        said="2002-06-10 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WA02CEN,
        published="2002-06-10",
    ),
    # 'throughout the first half of 2003': the half's end, 30 June 2003, end of day BST
    B(
        text="The full local area results will follow in several tranches throughout the first half of 2003.",
        due="2003-06-30 22:59:59",
        vague=False,
        said="2002-06-10 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WA02CEN,
        published="2002-06-10",
    ),
    # a question whether a question will be in the 2011 census: no time set (CONVENTIONS 4.3)
    B(
        text="To ask the Chancellor of the Exchequer if he will include a question on British Sign Language usage in the 2011 census, in the format of Question 9 in the 2001 census. [60115]",
        due=None,
        vague=False,
        said="2002-06-10 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WA02CEN,
        published="2002-06-10",
    ),
    # the letter's date and the 'recent question', told of the past; the 2011 Census only names the census asked about: past
    B(
        text="Letter from John Kidgell to Mr. James Gray, dated 10 June 2002: The National Statistician and Registrar General for England and Wales has been asked to reply to your recent question regarding the inclusion of a question on British Sign Language usage in the 2011 Census, in the format of Question 9 in the 2001 Census.",
        due=None,
        vague=False,
        said="2002-06-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA02CEN,
        published="2002-06-10",
    ),
    # 'decided nearer the time' of a future census the sentence does not date: event (CONVENTIONS 5.2). unsure: a careful reader could give due None with no refusal word (no time given at all)
    B(
        text="The questions to be included in any future Census, will be decided nearer the time.",
        due=None,
        vague=False,
        said="2002-06-10 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_WA02CEN,
        published="2002-06-10",
    ),
    # UK Parliament (Lords third reading, Statutory Instruments (Production and Sale) Bill, HL Deb 24 July 1996 vol 574 cc1381-93, as the page heads itself, on api.parliament.uk's historic Hansard; Open Parliament Licence); zone Europe/London (BST); the page gives the hour '3.3 p.m.': said Wednesday 24 July 1996 15:03 BST. The motion ('be now read a third time', only 'now') and sentences without a time word are not taken. 'last Thursday' (18 July) and the hope then told, of the past: past
    B(
        text="When I moved the Motion suspending Standing Orders last Thursday, I indicated that I hoped that agreement through the usual channels might be reached to proceed with the remaining stages of the Statutory Instruments (Production and Sale) Bill before the Summer Recess.",
        due=None,
        vague=False,
        said="1996-07-24 14:03:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL96SI,
        published="1996-07-24",
    ),
    # 'At that time, I undertook': an undertaking given last Thursday, told of the past: past
    B(
        text="At that time, I undertook that, in the event that such agreement could not be reached, we would not invite the House to proceed further with the Bill without providing a further opportunity for your Lordships to decide how this House would wish to proceed.",
        due=None,
        vague=False,
        said="1996-07-24 14:03:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL96SI,
        published="1996-07-24",
    ),
    # 'to proceed today with the Third Reading', moved as he speaks: that day (CONVENTIONS 2.1): 24 July 1996, end of day BST; 'last week' belongs to the assurance given. unsure: a careful reader could give due None with no refusal word (the House is invited to decide, a proposal put for agreement, CONVENTIONS 4.3)
    B(
        text="Therefore, I hope your Lordships will agree that in keeping with the assurance which I gave last week, I am inviting your Lordships to decide whether or not this House is content to proceed today with the Third Reading of the Bill.",
        due="1996-07-24 22:59:59",
        vague=False,
        said="1996-07-24 14:03:00",
        tz="Europe/London",
        cluster=6,
        source=_HL96SI,
        published="1996-07-24",
    ),
    # 'yesterday' belongs to the explanation (past); the Bill 'should be enacted before the House adjourns for the Summer Recess', a time hung on an adjournment the sentence does not date: event
    B(
        text="As my noble friend Lord Howe explained on Second Reading and again yesterday, there are pressing and substantive reasons why the Bill should be enacted before the House adjourns for the Summer Recess.",
        due=None,
        vague=False,
        said="1996-07-24 14:03:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HL96SI,
        published="1996-07-24",
    ),
    # UK Parliament (Lords written answer 'Works of Art: Government Indemnity Scheme', HL Deb 06 December 2001 vol 629 c158WA, as the page heads itself, on api.parliament.uk's historic Hansard; Open Parliament Licence); zone Europe/London (GMT); the page gives the day and no hour: said Thursday 6 December 2001 10:00 GMT. 'No decision has as yet been taken ...' and 'Consultation is still being undertaken ...' hold only general time words and are not taken. a question when a decision will be taken, after answers of 27 February and 27 June: no time set (CONVENTIONS 4.3)
    B(
        text="Further to the Answers by the Lord McIntosh of Haringey on 27 February (HL Deb, col. 395) and the Baroness Blackstone on 27 June (HL Deb, col. 12) on works of art, what steps they have now taken to amend the government indemnity scheme; and, if a decision has not yet been taken, when they intend to take one. [HL1617]",
        due=None,
        vague=False,
        said="2001-12-06 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_WA01ART,
        published="2001-12-06",
    ),
    # the review 'completed sometime in 2002': the year's end (CONVENTIONS 3.5): 31 December 2002, end of day GMT
    B(
        text="It is expected that the review will be completed sometime in 2002.",
        due="2002-12-31 23:59:59",
        vague=False,
        said="2001-12-06 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WA01ART,
        published="2001-12-06",
    ),
    # Ofgem (decision 'Licence modifications to gas licences under section 23 of the Gas Act 1986 ... definition of gas day', publication date 12th June 2015 as the page says, on ofgem.gov.uk; Crown copyright, OGL); zone Europe/London (BST); no hour on the page: said Friday 12 June 2015 10:00 BST. Sentences without a time word and the last bullet, cut off, are not taken. the decision is made as it is told; 'gas day' and 'the daily period' only define a term: no time set. unsure: a careful reader could give recurring (the daily period, CONVENTIONS 1.3)
    B(
        text="This is our decision to modify certain licence conditions relating to the definition of “gas day” (the daily period over which gas transmission system operators work) to align them with the European Union (EU) legislative definition.",
        due=None,
        vague=False,
        said="2015-06-12 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFG15GAS,
        published="2015-06-12",
    ),
    # letters dated 28 July 2014 and 14 April 2015: past
    B(
        text="Further details on the provisions of that EU legislation, the background to it and Ofgem’s powers and duties in respect of it, are contained in our open letter dated 28 July 2014 and our statutory consultation letter dated 14 April 2015.",
        due=None,
        vague=False,
        said="2015-06-12 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFG15GAS,
        published="2015-06-12",
    ),
    # 'The July open letter consulted': past
    B(
        text="The July open letter consulted on consequential changes to relevant UK law and licence conditions to comply with these EU requirements.",
        due=None,
        vague=False,
        said="2015-06-12 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFG15GAS,
        published="2015-06-12",
    ),
    # a harmonised daily start time, 05:00 GB local time: a standing rule (CONVENTIONS 1.3, 6.3): recurring
    B(
        text="Two EU Network Codes require a harmonised start time for the “gas day”, namely 05:00 GB local time.",
        due=None,
        vague=False,
        said="2015-06-12 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_OFG15GAS,
        published="2015-06-12",
    ),
    # a bullet of the decision: 'day' and 'gas day' are the terms amended, no time for the change: no time set
    B(
        text="• Gas shipper licence: amend the definition of “day” to align with the EU definition of “gas day”; and",
        due=None,
        vague=False,
        said="2015-06-12 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OFG15GAS,
        published="2015-06-12",
    ),
    # Ofgem (decision page 'Updating the licence application guidance: decision', on ofgem.gov.uk; Crown copyright, OGL); zone Europe/London (GMT); the page prints no publication date, only its update log, whose latest entry is '9 March 2026 updated web text ...': its text is read as of that day, said Monday 9 March 2026 10:00 GMT (published gives that day). Headings and the sentences 'See the application guidance ...' (only 'current') and 'These documents are published on this page.' are not taken; the update log's four dated lines are. a consultation in April 2025 and a decision published in June 2025: past
    B(
        text="In April 2025 we consulted on proposed new licence application guidance and in June 2025 we published this decision to introduce version 2.0 of the guidance.",
        due=None,
        vague=False,
        said="2026-03-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFG26LIC,
        published="2026-03-09",
    ),
    # 'introduced with immediate effect', told of the past (CONVENTIONS 5.3): past
    B(
        text="We considered the consultation responses received and made a decision on the new application guidance, which was introduced with immediate effect.",
        due=None,
        vague=False,
        said="2026-03-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFG26LIC,
        published="2026-03-09",
    ),
    # 'On 27 February 2026, Ofgem published': past
    B(
        text="On 27 February 2026, Ofgem published a document explaining the changes in version 2.2 of the licence application guidance.",
        due=None,
        vague=False,
        said="2026-03-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFG26LIC,
        published="2026-03-09",
    ),
    # 'we implemented a shorter six-month ... processing timescale', told of the past: past. unsure: a careful reader could give recurring (the six-month timescale is a standing service time for every application, CONVENTIONS 1.3)
    B(
        text="With this update we implemented a shorter six‑month supply application processing timescale and provided more detailed guidance and assessment criteria for the consideration of individually modified supply licences.",
        due=None,
        vague=False,
        said="2026-03-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFG26LIC,
        published="2026-03-09",
    ),
    # version 2.1 'published on 26 January 2026': past
    B(
        text="Version 2.2 built on the changes introduced in version 2.1 of the guidance, published on 26 January 2026, which provided a clearer explanation of tacit authorisation and an improved notice of application process.",
        due=None,
        vague=False,
        said="2026-03-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFG26LIC,
        published="2026-03-09",
    ),
    # the update log's entry of the day of speaking, told as done ('updated'): past (CONVENTIONS 2.4)
    B(
        text="9 March 2026 updated web text to reflect rationale for guidance changes.",
        due=None,
        vague=False,
        said="2026-03-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFG26LIC,
        published="2026-03-09",
    ),
    # the update log's entry of 27 February 2026: past
    B(
        text="27 February 2026 added 'Updating the licence application guidance: supply licence application improvements' documenting guidance updates.",
        due=None,
        vague=False,
        said="2026-03-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFG26LIC,
        published="2026-03-09",
    ),
    # the update log's entry of 26 January 2026 (the title's 'January 2026' too): past
    B(
        text="26 January 2026 added 'Updating the licence application guidance: January 2026' documenting guidance updates.",
        due=None,
        vague=False,
        said="2026-03-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFG26LIC,
        published="2026-03-09",
    ),
    # the update log's second entry of 26 January 2026: past
    B(
        text="26 January 2026 guidance update to description of the tacit authorisation process and improved process for publishing a notice of application.",
        due=None,
        vague=False,
        said="2026-03-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OFG26LIC,
        published="2026-03-09",
    ),
    # Ofgem (consultation 'Consultation on proposed changes to our electricity interconnector cap and floor regime to enable project finance solutions', on ofgem.gov.uk; Crown copyright, OGL); zone Europe/London; the page prints no date; Ofgem's decision page calls it 'our October 2019 consultation' and a developer's statement speaks of 'an 8-week period of public consultation', which before the close of 28 November 2019 gives Thursday 3 October 2019: said 3 October 2019 10:00 BST (neither label changes for any day of October 2019). Sentences without a time word and those whose only time word is 'currently' are not taken. the consultation closes on a dated day (CONVENTIONS 3.1): 28 November 2019, end of day GMT
    B(
        text="This consultation will close on 28 November 2019.",
        due="2019-11-28 23:59:59",
        vague=False,
        said="2019-10-03 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_OFG19CAP,
        published="2019-10-03",
    ),
    # the final decision aimed for 'in early 2020', the regulator's plan (CONVENTIONS 4.3): early = the first third of the year, to 30 April 2020, end of day BST
    B(
        text="Subject to stakeholder responses, we aim to make our final decision on the proposed changes in early 2020.",
        due="2020-04-30 22:59:59",
        vague=False,
        said="2019-10-03 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_OFG19CAP,
        published="2019-10-03",
    ),
    # Office for National Statistics (article 'Impact of reweighting on Labour Force Survey key indicators: 2024', its main points, as stored at an ons.gov.uk redirect address whose path names the article; Crown copyright, OGL); zone Europe/London (GMT); the page prints no date; ONS's statement of January 2024 planned the article for 'Monday 5 February', and the article's year is 2024: said Monday 5 February 2024 10:00 GMT. The bullet on 'the latest population data', the one on people 'aged between 16 and 24 years' (ages, not times) and the last, cut off, are not taken. reinstating the estimates 'From 13 February 2024', the publication resuming that day (CONVENTIONS 3.1): 13 February 2024, end of day. unsure: a careful reader could give earliest (13 February 2024 00:00, an ongoing publication given only its start, CONVENTIONS 3.2)
    B(
        text="From 13 February 2024, we will be reinstating reweighted Labour Force Survey (LFS) estimates enabling us to respond to the user need for having wider labour market information that only the LFS is able to provide.",
        due="2024-02-13 23:59:59",
        vague=False,
        said="2024-02-05 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS24RW,
        published="2024-02-05",
    ),
    # 'since October 2023' is the past publishing; the replacement is given no time of its own: past. unsure: a careful reader could give due None with no refusal word (the undated replacement is the act)
    B(
        text="The new reweighted LFS estimates incorporate our latest estimates of the size and composition of the UK population, improving the representativeness of our LFS estimates - these will replace the experimental estimates we have been publishing since October 2023.",
        due=None,
        vague=False,
        said="2024-02-05 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS24RW,
        published="2024-02-05",
    ),
    # 'the publication on 13 February will include' (the next 13 February): 13 February 2024, end of day; the periods from July to September 2022 and back to 2011 are what is shown
    B(
        text="We show the indicative impacts of this reweighting from the period July to September 2022 onwards for the headline levels and rates of employment, unemployment and economic inactivity; the publication on 13 February will include revised historical estimates back to 2011 for these measures.",
        due="2024-02-13 23:59:59",
        vague=False,
        said="2024-02-05 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS24RW,
        published="2024-02-05",
    ),
    # volatility 'we expect to reduce in the coming months': vague, three months (parser docstring): 5 May 2024, end of day BST. unsure: a careful reader could give due None with no refusal word (a forecast of the data, nothing undertaken, CONVENTIONS 4.2)
    B(
        text="Reweighting does not address the volatility we have seen in recent periods, which we expect to reduce in the coming months so we would advise caution when interpreting short-term changes in headline rates and recommend using them as part of our suite of labour market indicators alongside Workforce Jobs, claimant count data and Pay As You Earn Real Time Information (PAYE RTI) estimates.",
        due="2024-05-05 22:59:59",
        vague=True,
        said="2024-02-05 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONS24RW,
        published="2024-02-05",
    ),
    # Office for National Statistics (statement 'Update on the Labour Force Survey', on ons.gov.uk; Crown copyright, OGL); zone Europe/London (GMT); the page prints no date; it is the update 'promised ... in early December' and looks forward to 12 December 2023: said Tuesday 5 December 2023 10:00 GMT (no label below changes for any day from 1 to 11 December 2023). Sentences without a time word, those whose only time word is 'previously', and the last, cut off, are not taken. a plan published on 2 November 2023 and a suspension in October: past
    B(
        text="On 2 November 2023, the Office for National Statistics (ONS) published a development plan to enable the reintroduction of the Labour Force Survey (LFS) following its suspension in October, when falling response rates led to increased data uncertainty.",
        due=None,
        vague=False,
        said="2023-12-05 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS23LFS,
        published="2023-12-05",
    ),
    # 'We also promised an update ... in early December': the promise is past, and this statement keeps it: past
    B(
        text="We also promised an update on progress in early December.",
        due=None,
        vague=False,
        said="2023-12-05 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS23LFS,
        published="2023-12-05",
    ),
    # the new survey 'to become fully operational in the spring' (the next spring, 2024): the season's end, 31 May 2024, end of day BST. unsure: a careful reader could give due None with no refusal word (the spring only dates what the office waits for, nothing undertaken in the clause)
    B(
        text="The ONS has been working hard to deliver the plan and there has been good progress, both on increasing response and improving the adjustments for non-response to allow us to publish an LFS dataset, while we wait for the new Transformed Labour Force Survey (TLFS) to become fully operational in the spring.",
        due="2024-05-31 22:59:59",
        vague=False,
        said="2023-12-05 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONS23LFS,
        published="2023-12-05",
    ),
    # estimates 'published on 23 November 2023': past
    B(
        text="Users have been clear that they would prefer the new population estimates that were published on 23 November 2023 to be used.",
        due=None,
        vague=False,
        said="2023-12-05 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ONS23LFS,
        published="2023-12-05",
    ),
    # the changes implemented 'in the January 2024 Labour market publication' (the fuller dataset 'from ... onwards' is its start, CONVENTIONS 3.4): the month's end, 31 January 2024, end of day
    B(
        text="To accommodate this and to deliver all the improvements in a single package, we will now implement all these changes in the January 2024 Labour market publication and now plan to publish a fuller LFS-based dataset from the January Labour market publication onwards.",
        due="2024-01-31 23:59:59",
        vague=False,
        said="2023-12-05 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONS23LFS,
        published="2023-12-05",
    ),
    # figures 'in the December 2023 publication' (October and November name the earlier ones): the month's end, 31 December 2023, end of day; page: the publication of 12 December 2023, given only by the next sentence
    B(
        text="The employment figures in the December 2023 publication will therefore be produced on the same basis as those in October and November.",
        due="2023-12-31 23:59:59",
        vague=False,
        said="2023-12-05 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONS23LFS,
        published="2023-12-05",
    ),
    # publishing 'On 12 December 2023' (CONVENTIONS 3.1; 'usual monthly' names the data): 12 December 2023, end of day
    B(
        text="On 12 December 2023, alongside adjusted employment figures, the ONS will also publish the usual monthly data on wages and vacancies.",
        due="2023-12-12 23:59:59",
        vague=False,
        said="2023-12-05 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ONS23LFS,
        published="2023-12-05",
    ),
    # the APS dataset planned 'Alongside the LFS-based dataset in January 2024': the month's end, 31 January 2024, end of day
    B(
        text="Alongside the LFS-based dataset in January 2024, we also plan to publish the full Annual Population Survey (APS) dataset.",
        due="2024-01-31 23:59:59",
        vague=False,
        said="2023-12-05 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ONS23LFS,
        published="2023-12-05",
    ),
    # Office for Statistics Regulation (progress report 'Office for National Statistics' reintroduced Labour Force Survey (LFS)-derived labour market statistics: OSR progress report, July 2024', page 2, dated 7 August 2024 as the page says, on osr.statisticsauthority.gov.uk; Crown copyright, OGL); zone Europe/London (BST); no hour on the page: said Wednesday 7 August 2024 10:00 BST. The title, the date lines, the requirement's lead-in (only 'future'), item b) of the requirement (only 'currently') and sentences without a time word are not taken. a requirement's item whose only time word is the year naming the Scotland Census 2022: no time set. unsure: a careful reader could give past (the 2022 census)
    B(
        text="a) further reweighting of the LFS, including making it easier for users to understand what population data have been used in the reweighting and explain to users the impacts for use of the lack of Scotland Census 2022 data.",
        due=None,
        vague=False,
        said="2024-08-07 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_OSR24LFS,
        published="2024-08-07",
    ),
    # a report of April 2024, told of the past: past
    B(
        text="a) ONS has provided further information on the population data currently available and how these have been used in the current weighting approach in its Labour market transformation update on progress and plans report in April 2024.",
        due=None,
        vague=False,
        said="2024-08-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OSR24LFS,
        published="2024-08-07",
    ),
    # 'its July 2024 update' and projections 'published in January this year' are past; the planned reweighting is given no time: past. unsure: a careful reader could give due None with no refusal word (the undated plan is the act)
    B(
        text="As set out in its July 2024 update on the TLFS and LFS, and following a strong steer from key users, ONS plans to reweight the LFS data based on the population projections published in January this year.",
        due=None,
        vague=False,
        said="2024-08-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OSR24LFS,
        published="2024-08-07",
    ),
    # data reintroduced with statistics 'published in May 2024': past
    B(
        text="b) ONS reintroduced longitudinal and household LFS-derived data as part of the labour market statistics published in May 2024.",
        due=None,
        vague=False,
        said="2024-08-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_OSR24LFS,
        published="2024-08-07",
    ),
    # US Geological Survey (Hawaiian Volcano Observatory update of Tuesday 11 April 2023, quoted verbatim under 'From the USGS Hawaiian Volcano Observatory on Tuesday:' by Big Island Video News, dated 2023-04-11 in its address; public domain, only the observatory's quoted words are taken, not the carrier's introduction); zone Pacific/Honolulu (HST); no hour: said 11 April 2023 10:00 HST. The observatory's sentences without a time word are not taken. 'over 30 days since', told of the past: past
    B(
        text="It has been over 30 days since lava has been active at the surface of Kīlauea.",
        due=None,
        vague=False,
        said="2023-04-11 20:00:00",
        tz="Pacific/Honolulu",
        refusal="past",
        cluster=5,
        source=_HVO23,
        published="2023-04-11",
    ),
    # updates go from daily to weekly 'Beginning today, Tuesday, April 11': the change taking effect that day (CONVENTIONS 3.1a): 11 April 2023, end of day HST. unsure: a careful reader could give earliest (11 April 2023 00:00 HST, a weekly schedule given only its start, CONVENTIONS 3.2)
    B(
        text="Beginning today, Tuesday, April 11, HVO will be changing UPDATES for Kīlauea from DAILY to WEEKLY (on Tuesdays), reflecting the low level of unrest.",
        due="2023-04-12 09:59:59",
        vague=False,
        said="2023-04-11 20:00:00",
        tz="Pacific/Honolulu",
        cluster=6,
        source=_HVO23,
        published="2023-04-11",
    ),
    # Houses of the Oireachtas (Seanad Order of Business, Thursday 5 May 2005, as the page heads itself, on kildarestreet.com; CC BY 4.0); zone Europe/Dublin (IST); the page gives the hour '10:30 am': said Thursday 5 May 2005 10:30 IST. Sentences without a time word and the last, cut off, are not taken. the commission established in May 2000 and extended in December 2001 'until 23 May 2005', told of the past: past. unsure: a careful reader could give 23 May 2005, end of day (the term kept to a date, CONVENTIONS 3.3)
    B(
        text="The motion concerns the Commission to Inquire into Child Abuse which was established in May 2000 for a period of two years, and which was subsequently extended in December 2001 for a period of three years, until 23 May 2005.",
        due=None,
        vague=False,
        said="2005-05-05 09:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN05,
        published="2005-05-05",
    ),
    # Second Stage 'to conclude not later than 1.30 p.m.', no day in the sentence: the first 13:30 after speaking (CONVENTIONS 6.3): 5 May 2005 13:30 IST; the speaking times ('15 minutes each') are allowances, not the deadline
    B(
        text="The motion is to be taken without debate; No. 2, Registration of Deeds and Title Bill 2004 — Order for Second Stage and Second Stage, to be taken on the conclusion of Order of Business and to conclude not later than 1.30 p.m.; spokespersons have 15 minutes each and all other Senators have ten minutes.",
        due="2005-05-05 12:30:00",
        vague=False,
        said="2005-05-05 09:30:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEAN05,
        published="2005-05-05",
    ),
    # 'ten minutes before the end of Second Stage', a stage whose end the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="The Minister is to be called upon to reply not later than ten minutes before the end of Second Stage.",
        due=None,
        vague=False,
        said="2005-05-05 09:30:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEAN05,
        published="2005-05-05",
    ),
    # a Bill to come before the House 'later today': the day's end, 5 May 2005, end of day IST
    B(
        text="With your permission, a Chathaoirligh, I wish to explain the arrangements for a Bill which will come before the House later today.",
        due="2005-05-05 22:59:59",
        vague=False,
        said="2005-05-05 09:30:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SEAN05,
        published="2005-05-05",
    ),
    # 'The Dáil is today dealing with', present tense on the day of speaking (CONVENTIONS 2.1): 5 May 2005, end of day IST
    B(
        text="The Dáil is today dealing with urgent legislation, the British-Irish Agreement (Amendment) Bill 2005.",
        due="2005-05-05 22:59:59",
        vague=False,
        said="2005-05-05 09:30:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEAN05,
        published="2005-05-05",
    ),
    # 'concluded in the Dáil by 3.30 p.m.', told as the hoped-for plan (CONVENTIONS 4.3), no day in the sentence: the first 15:30 after speaking (CONVENTIONS 6.3): 5 May 2005 15:30 IST
    B(
        text="It is hoped that the Bill will have concluded in the Dáil by 3.30 p.m.",
        due="2005-05-05 14:30:00",
        vague=False,
        said="2005-05-05 09:30:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEAN05,
        published="2005-05-05",
    ),
    # all Stages 'from 4 p.m. to 6 p.m.', the Leader's order of the day: the later end (CONVENTIONS 6.1, 6.3): 5 May 2005 18:00 IST
    B(
        text="It is therefore proposed that all Stages of the Bill be taken from 4 p.m. to 6 p.m.",
        due="2005-05-05 17:00:00",
        vague=False,
        said="2005-05-05 09:30:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_SEAN05,
        published="2005-05-05",
    ),
    # speaking allowances for every spokesperson and Senator, with no start of their own: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (allowances of this one debate, no deadline)
    B(
        text="Spokespersons will have 15 minutes each and other Senators ten minutes.",
        due=None,
        vague=False,
        said="2005-05-05 09:30:00",
        tz="Europe/Dublin",
        refusal="recurring",
        cluster=5,
        source=_SEAN05,
        published="2005-05-05",
    ),
    # 'ten minutes before the conclusion of Second Stage', an undated stage: event (CONVENTIONS 1.3)
    B(
        text="The Minister is to be called upon to reply not later than ten minutes before the conclusion of Second Stage.",
        due=None,
        vague=False,
        said="2005-05-05 09:30:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEAN05,
        published="2005-05-05",
    ),
    # 'placed ... this morning', told of the past: past
    B(
        text="The Bill was placed in Senators' pigeon holes this morning.",
        due=None,
        vague=False,
        said="2005-05-05 09:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN05,
        published="2005-05-05",
    ),
    # the Bill 'must go through the Oireachtas today': 5 May 2005, end of day IST
    B(
        text="It is a narrow, technical measure, but I understand from what I have been told that it simply must go through the Oireachtas today.",
        due="2005-05-05 22:59:59",
        vague=False,
        said="2005-05-05 09:30:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEAN05,
        published="2005-05-05",
    ),
    # Voice of America (correspondent report 'KOSOVO / CLASH (L ONLY) BY PHILIP SMUCKER (KOSOVO)', DATE=11/6/98 as the item says, in VOA's selected articles of 6 November 1998 as carried by hri.org; US government work, public domain); zone America/New_York (VOA, Washington; EST); no hour on the item: said Friday 6 November 1998 10:00 EST. The item's header fields, its byline sentence, the wording label 'INTRO:' (left off the quote) and sentences without a time word are not taken. units 'CLASHED FRIDAY' (that day), told of the past: past
    B(
        text="SERB POLICE UNITS CLASHED FRIDAY WITH ETHNIC ALBANIAN GUERRILLA FIGHTERS NEAR A TOWN (ORAHOVAC) IN CENTRAL KOSOVO -- YUGOSLAVIA'S TROUBLED SOUTHERN PROVINCE.",
        due=None,
        vague=False,
        said="1998-11-06 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA98,
        published="1998-11-06",
    ),
    # an agreement that 'TOOK EFFECT LAST MONTH': past
    B(
        text="THE CLASH WAS THE WORST SINCE A U-S BROKERED CEASEFIRE AND SERB WITHDRAWAL AGREEMENT TOOK EFFECT LAST MONTH.",
        due=None,
        vague=False,
        said="1998-11-06 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA98,
        published="1998-11-06",
    ),
    # leaders who 'MET FRIDAY': past
    B(
        text="MEANWHILE, ETHNIC ALBANIAN LEADERS MET FRIDAY WITH U-S SENIOR MEDIATOR CHRISTOPHER HILL TO PRESS THEIR DEMANDS FOR AN ETHNICALLY-MIXED POLICE FORCE IN THE TROUBLED PROVINCE.",
        due=None,
        vague=False,
        said="1998-11-06 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA98,
        published="1998-11-06",
    ),
    # talks 'NOT EXPECT[ED] ... TO BEGIN IN THE NEAR FUTURE': a time denied (CONVENTIONS 4.1): negated
    B(
        text="A SPOKESMAN FOR MR. HILL SAID THAT HE DID NOT EXPECT FACE-TO-FACE TALKS BETWEEN THE ETHNIC ALBANIANS AND SERBS TO BEGIN IN THE NEAR FUTURE.",
        due=None,
        vague=False,
        said="1998-11-06 15:00:00",
        tz="America/New_York",
        refusal="negated",
        cluster=5,
        source=_VOA98,
        published="1998-11-06",
    ),
    # Voice of America (correspondent report 'U-S - NORTH KOREA TALKS (S-ONLY)' by Jonathan Braude, Berlin, as carried by GlobalSecurity.org with its source line 'Voice of America'; US government work, public domain); zone America/New_York; the item gives its hour '20-Nov-1999 05:15 AM EDT (20-Nov-1999 1015 UTC)' (EST in fact, the UTC figure agrees): said Saturday 20 November 1999 10:15 UTC. The item's header fields, the wording labels 'Intro:' and 'Text:' (left off), sentences without a time word and the one whose only time word is 'latest' are not taken. 'After three days of talks', told of the past: past
    B(
        text="After three days of talks aimed at improving bilateral relations, North Korean and American negotiators have sounded a positive note.",
        due=None,
        vague=False,
        said="1999-11-20 10:15:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA99,
        published="1999-11-20",
    ),
    # talks 'in September' and 'last year's firing': past
    B(
        text="At the previous round of talks in September, the North Koreans agreed to suspend testing, after last year's firing of what Pyongyang at first claimed was a failed satellite launch.",
        due=None,
        vague=False,
        said="1999-11-20 10:15:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_VOA99,
        published="1999-11-20",
    ),
    # a high level meeting 'soon', reported as both teams' word ('this week's meeting' is past; CONVENTIONS 2.2): vague, 60 days (CONVENTIONS 5.1): 19 January 2000, end of day EST. unsure: a careful reader could give due None with no refusal word (preparations continue towards a meeting nobody here undertakes to hold)
    B(
        text="After this week's meeting, both teams said preparations would continue for a high level meeting soon, although they gave no further details.",
        due="2000-01-20 04:59:59",
        vague=True,
        said="1999-11-20 10:15:00",
        tz="America/New_York",
        cluster=4,
        source=_VOA99,
        published="1999-11-20",
    ),
    # US Department of State (statement by Spokesman James P. Rubin, 'TALKS WITH DPRK ON SUSPECT UNDERGROUND CONSTRUCTION RESUME', November 25, 1998, as carried by GlobalSecurity.org; US government work, public domain); zone America/New_York (EST); no hour: said Wednesday 25 November 1998 10:00 EST. The carrier's headline and the sentences on the delegations (no time word) are not taken. talks 'in New York December 4 and 5': the later day (CONVENTIONS 6.1): 5 December 1998, end of day EST
    B(
        text="Talks with the DPRK on suspect underground construction will resume in New York December 4 and 5.",
        due="1998-12-06 04:59:59",
        vague=False,
        said="1998-11-25 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_DOS98,
        published="1998-11-25",
    ),
    # a break on December 6, then 'December 7 and 8': the latest day (CONVENTIONS 6.1): 8 December 1998, end of day EST
    B(
        text="After a break on December 6, the two sides will continue in Washington, D.C. December 7 and 8 .",
        due="1998-12-09 04:59:59",
        vague=False,
        said="1998-11-25 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_DOS98,
        published="1998-11-25",
    ),
    # Statistics Canada (The Daily, 'Production and value of honey and maple products, 2003', Friday, November 14, 2003 as the page says, on statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EST); the page prints no release hour: said Friday 14 November 2003 10:00 EST. The archive notice, site chrome, titles and sentences without a time word are not taken, nor the last sentence, cut off. syrup tapped in 2003, up from 2002: past
    B(
        text="Canadian maple syrup producers tapped 5.7 million gallons in 2003, up 10% from 2002.",
        due=None,
        vague=False,
        said="2003-11-14 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD03,
        published="2003-11-14",
    ),
    # Quebec moving to a quota system 'In 2004', a change told as going to happen (CONVENTIONS 3.1a): the year's end, 31 December 2004, end of day EST
    B(
        text="In 2004, Quebec will be moving to a quota system in order to reduce the amount of syrup reserves.",
        due="2005-01-01 04:59:59",
        vague=False,
        said="2003-11-14 15:00:00",
        tz="America/Toronto",
        cluster=4,
        source=_SCD03,
        published="2003-11-14",
    ),
    # 'This coming quota system ... contributed to the current increase': the contribution is past, the system's start is dated only by the sentence before: past
    B(
        text="This coming quota system and favorable weather in Quebec contributed to the current increase in maple syrup production.",
        due=None,
        vague=False,
        said="2003-11-14 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD03,
        published="2003-11-14",
    ),
    # honey produced in 2003, down from 2002: past
    B(
        text="Canadian beekeepers produced 74 million pounds of honey in 2003, down 9% from 2002.",
        due=None,
        vague=False,
        said="2003-11-14 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD03,
        published="2003-11-14",
    ),
    # 'a cool spring and many wet days', experienced: past
    B(
        text="Eastern provinces experienced a cool spring and many wet days, while the western provinces had some excessively dry conditions.",
        due=None,
        vague=False,
        said="2003-11-14 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD03,
        published="2003-11-14",
    ),
    # 'throughout the early part of the season', contributed: past
    B(
        text="These poor weather conditions contributed to low production yields throughout the early part of the season.",
        due=None,
        vague=False,
        said="2003-11-14 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD03,
        published="2003-11-14",
    ),
    # Statistics Canada (The Daily, 'Maple products, 2023', 'Released: 2023-12-12' as the page says, on www150.statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EST); no release hour on the page: said Tuesday 12 December 2023 10:00 EST. The headline figures, chart titles, the app notice and the contact lines are not taken, nor the sentence on New Brunswick (no time word). syrup harvested in 2023, against 2022: past
    B(
        text="Canadian maple producers harvested 10.4 million gallons of maple syrup in 2023, down 40.1% from the record-high production in 2022.",
        due=None,
        vague=False,
        said="2023-12-12 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD23,
        published="2023-12-12",
    ),
    # lower yields in 2023: past
    B(
        text="Production fell in all maple-producing provinces, largely due to unfavourable weather, such as severe storms and temperature fluctuations, leading to lower yields in 2023.",
        due=None,
        vague=False,
        said="2023-12-12 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD23,
        published="2023-12-12",
    ),
    # Quebec's production in 2023, against 2022 and since 2018: past
    B(
        text="Total production in Canada's top maple-producing province, Quebec, was 9.4 million gallons in 2023, down 41.3% from 2022 and the lowest level since 2018.",
        due=None,
        vague=False,
        said="2023-12-12 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD23,
        published="2023-12-12",
    ),
    # an ice storm 'in late spring', resulted: past
    B(
        text="An ice storm in late spring resulted in lower yields and production losses for many producers.",
        due=None,
        vague=False,
        said="2023-12-12 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD23,
        published="2023-12-12",
    ),
    # Ontario's production in 2023 against 2022: past
    B(
        text="Compared with 2022, Ontario producers reported a 14.9% decrease in production to 502,000 gallons in 2023.",
        due=None,
        vague=False,
        said="2023-12-12 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD23,
        published="2023-12-12",
    ),
    # 'Warmer days' that extended the season and 'a delayed season', told of the past: past
    B(
        text="Warmer days in southern Ontario extended the maple season for some producers; however, a delayed season in northern regions due to cold temperatures contributed to lower yields and a provincial decline in production.",
        due=None,
        vague=False,
        said="2023-12-12 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD23,
        published="2023-12-12",
    ),
    # exports 'in the first three quarters of 2023', against 2022: past
    B(
        text="Canadian producers exported 7.7 million gallons of maple products in the first three quarters of 2023, an 8.7% decrease from the same period in 2022.",
        due=None,
        vague=False,
        said="2023-12-12 15:00:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD23,
        published="2023-12-12",
    ),
)
