"""A TWO-HUNDRED-AND-FIRST fresh blind set of real deadline phrasings (issue 12), labelled by hand before the
parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 18:32 and 18:45 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l201-s66) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 66 (fresh199, fresh200, fresh202, fresh203, articles blind154 and blind155), whose claims in
the shared claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh198.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of `bot/core/deadlines/`
was opened. The brief asked for less-used publishers (GOV.UK departments and agencies such as the Home Office,
the Department for Education, MHCLG, DCMS, Ofgem, Ofwat, HMRC and DVSA; Federal Register notices of the FAA,
FTA, Coast Guard and EPA; Wikinews), open licences only, at least eight publishers, none above a fifth, at most
a third from the United States, a spread of genres, about 80 cases (at least 60).

The set quotes UK Parliament (a Commons urgent-question answer of 29 March 2007 on hansard.parliament.uk, a
written statement of 9 May 2019 on parliament.uk and a written statement of 26 November 2024 as carried), the
US Coast Guard (six Federal Register notices of 2010 to 2025: fireworks safety zones, regatta and ocean-race
special local regulations, a proposed rule), the Houses of the Oireachtas (a Dáil topical issue of 18 June
2013 and four Seanad commencement matters of 2021 to 2023), the Federal Aviation Administration (four airport
land-release notices of 2007 to 2016 and a Commercial Space Transportation Advisory Committee meeting notice of
27 May 2020), the Department for Education (a press release of 19 December 2023, as carried), the Home Office
(a press release of 28 April 2023, as carried), the European Commission (the Daily News item of 16 December
2015 on fishing opportunities, as carried), Statistics Canada (The Daily of 11 May 2007) and the Ministry of
Housing, Communities and Local Government (GOV.UK guidance last updated 13 August 2025). 73 cases from 9
publishers: UK Parliament 14 (19.2%); the US Coast Guard 13 (17.8%); the Oireachtas 13 (17.8%); the FAA 11
(15.1%); the Department for Education 5 (6.8%); the Home Office 5 (6.8%); the European Commission 5 (6.8%);
Statistics Canada 4 (5.5%); MHCLG 3 (4.1%). 24 of the 73 (32.9%) are from the United States (Coast Guard,
FAA); 49 are not. Genres: a parliamentary urgent-question answer, parliamentary written statements, Dáil and
Seanad debates (a topical issue, commencement matters), departmental and Commission press releases, a
statistics office's daily release bulletin, government guidance, Federal Register enforcement, meeting,
proposed-rule and land-release notices.

The store is heavily mined: of about 110 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (several FAA advisory-committee and EPA hearing notices, ukpol.co.uk tag pages
of the Home Office, DfE and DCMS, StatCan daily pages and release schedules, Commission daily news on
europa.eu, Oireachtas Orders of Business and Leaders' Questions, kildarestreet debates, a Wikinews article, a
HMRC self-assessment release). No fresh page of Ofgem, Ofwat, HMRC, DVSA, DCMS, the FTA, the EPA or Wikinews
with a date and an open licence was found in the time; the FTA, EPA and Wikinews pages that turned up read used.
Each page's cases share one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh201`) but not used: the Coast Guard's temporary final rule on the 1994
International America's Cup Class World Championships (http://federal.elaws.us/fr/10/12/1994/94-25155, fresh),
left out so that the Coast Guard stays under a fifth and the United States under a third of the set. An
undated Ofgem decision page and two undated Commission Representation newsletters were read and not claimed
(no publication date to read them on). Within the pages kept: sentences without a time word; sentences whose
only time words are general ("now", "ever", "everyday", "recently", "In recent times", "recent years", "since",
"regularly", "At this stage", "24/7", "Annual", "each financial year", "longer term", "shorter term") or whose
only year names a plan or an Act; titles, headings, section labels ("SUMMARY:", "DATES:", "ADDRESSES:", left
off the quoted sentence), carriers' and header date lines, contact and address lines, list items without a time
word, and sentences cut off where the stored text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, a financial year, "today", "this morning", "yesterday", "this year", "last year", "this time last
year", "this month", "the next two years", "the past few years", "five years", "three-year", "six-month", "12
months", "four-week", "at least 15 calendar days before", "at the end of the fund"); within each page quoted, the
sentences of the stored text that hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh201`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file): all 73 read fresh. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for UK Parliament and the GOV.UK publishers,
Europe/Dublin for the Oireachtas, Europe/Brussels for the Commission, America/Toronto for Statistics Canada,
and for the US notices the zone of the issuing sector or office: America/Los_Angeles for Sector San Diego,
America/New_York for the Fifth District, Maryland-National Capital Region, the Washington Airports District
Office and FAA headquarters, America/Denver for the Denver Airports District Office, America/Chicago for the
Central Region and Texas airports offices); the conversion of local instants to UTC wall time, weekdays and
day counts were done with Python's zoneinfo and datetime in a scratch script outside the repository, never
with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh198.py`: the publication date at 10:00 local time unless the page gives the hour (two do: the
Seanad debate of 25 October 2023, '10:30 am', and The Daily, 'Released at 8:30 a.m. Eastern time'); the first
comment of each page says where its date was read. A day falls due at 23:59:59 local; a one-off event at a time
due then (CONVENTIONS 3.1); several times and ranges at the latest (CONVENTIONS 6.1); "by" or "on or before"
<day> at the day's end (CONVENTIONS 3.5); a day word on the act as spoken in the present due that day
(CONVENTIONS 2.1), in the perfect past (CONVENTIONS 2.4); a plan told as such stays dated and questions and
requests are not dated (CONVENTIONS 4.3); a plan called off is negated (CONVENTIONS 4.1); times hung on an
undated event are event (CONVENTIONS 1.3, 5.2); standing rules and penalty lengths recurring (CONVENTIONS 1.3);
a clock time with a zone word read in that zone as written (blind_real.py), so the Thunderboat notice's
'7 a.m. PST to 5:30 p.m.' is read in PST (marked unsure); "2024/25" and "2024-25" on a GB server are the
financial year to 31 March 2025 (blind_real.py fiscal years). Clusters as in `blind_fresh198.py`: 1 no time
set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain
days and dates. 31 labels are refusals (past 23, recurring 5, event 2, negated 1); none is vague; 37 labels
carry a due instant; 5 have due None without a refusal word (a question, two requests, two sentences that only
tell the calendar); 26 are marked "unsure" and name the other reading; like every label here they stay as
committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after merging, and
records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HANS07 = "https://hansard.parliament.uk/Commons/2007-03-29/debates/07040320000005/HomeOfficeRestructuring"
_WS19 = "https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?page=1&max=20&questiontype=AllQuestions&house=commons%2Clords&member=3983"
_WS24 = "https://parallelparliament.co.uk/debate/2024-11-26/commons/written-statements/immigration-rules-change/ministerial-extracts"
_MHCLG25 = "https://www.gov.uk/guidance/guidance-for-successful-applicants-to-the-council-housebuilding-support-fund"
_DFE23 = (
    "https://www.govmemo.com/northern_ireland/education_c48/government_funding_f..._d19286id.shtml"
)
_HO23 = "https://www.ukpol.co.uk/tag/home-office/page/34"
_DAIL13 = "https://www.oireachtas.ie/ga/debates/debate/dail/2013-06-18/26/"
_SEAN22A = "https://www.oireachtas.ie/ga/debates/debate/seanad/2022-07-06/3/"
_SEAN23 = "https://www.kildarestreet.com/sendebates/?gid=2023-10-25a.23"
_SEAN22B = "https://www.oireachtas.ie/ga/debates/debate/seanad/2022-04-05/3/"
_SEAN21 = "https://www.oireachtas.ie/ga/debates/debate/seanad/2021-10-07/6/member-speech/John-McGahon.S.2020-03-30/"
_SCD07 = "https://www150.statcan.gc.ca/n1/daily-quotidien/070511/tdq070511-eng.htm"
_EC15 = "https://www.ifa.ie/european-commission-daily-news-16-december-2/"
_CG25 = "https://www.govinfo.gov/content/pkg/FR-2025-06-12/html/2025-10682.htm"
_CG23 = "https://www.govinfo.gov/content/pkg/FR-2023-03-17/html/2023-05479.htm"
_CG21 = "http://federal.elaws.us/fr/4/30/2021/2021-08945"
_CG18 = "https://thefederalregister.org/documents/2018-18824/safety-zones-fireworks-displays-in-the-fifth-coast-guard-district"
_CG10 = "https://regulations.vlex.com/vid/special-local-regulations-220227126"
_CG20 = "https://regulations.vlex.com/vid/special-local-regulation-hanohano-834891089"
_FAA07 = "https://webarchive.library.unt.edu/eot2008/20081105105738/http://edocket.access.gpo.gov/2007/07-1747.htm"
_FAA15 = "http://www.federalregister.com/Browse/Document/usa/na/fr/2015/4/9/2015-08219"
_FAA16 = "http://www.gpo.gov/fdsys/pkg/FR-2016-03-22/html/2016-06320.htm"
_FAA10 = "https://regulations.justia.com/regulations/fedreg/2010/09/10/2010-22542.html"
_FAA20 = "https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.eyJidWxsZXRpbl9saW5rX2lkIjoxNzMsInVyaSI6ImJwMjpjbGljayIsImJ1bGxldGluX2lkIjoiMjAyMDA1MjcuMjIwNTMxMTEiLCJ1cmwiOiJodHRwczovL3d3dy5nb3ZpbmZvLmdvdi9jb250ZW50L3BrZy9GUi0yMDIwLTA1LTI3L2h0bWwvMjAyMC0xMTMyMy5odG0ifQ.YhQOiBWYptlMhpLUbft4bxjhEPtqtcXEQumHJUdToKQ/br/79121881233-l"

FRESH201_CASES: tuple[BlindCase, ...] = (
    # UK Parliament (House of Commons, urgent question 'Home Office Restructuring', Thursday 29 March 2007, the Home Secretary's answer, on hansard.parliament.uk; Open Parliament Licence); zone Europe/London (BST); the page gives the date and no hour: said 29 March 2007 10:00 BST. The question (no time word), sentences without a time word and the one whose only time word is 'now' are not taken; the last, cut off, is not taken. 'In the past few years', a perfect of what has changed: past
    B(
        text="In the past few years, the world and the challenges to which the Government and the Home Office have had to respond have changed dramatically.",
        due=None,
        vague=False,
        said="2007-03-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HANS07,
        published="2007-03-29",
    ),
    # 'This morning, we have refocused': the perfect with a day word, done (CONVENTIONS 2.4): past; 'today’s world' names the present
    B(
        text="This morning, we have refocused the Home Office towards the realities of today’s world and the priorities of today’s people.",
        due=None,
        vague=False,
        said="2007-03-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HANS07,
        published="2007-03-29",
    ),
    # 'Since the end of the cold war', told of the past: past
    B(
        text="Since the end of the cold war, we have faced a torrent of new challenges: in particular, mass migration, international crime and international terrorism.",
        due=None,
        vague=False,
        said="2007-03-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HANS07,
        published="2007-03-29",
    ),
    # last August's plot and a request told in the past: past
    B(
        text="In addition, however, in the wake of last August’s alleged terrorist plot, the Prime Minister asked me to conduct a review of counter-terrorism, involving the appropriate Ministers and Departments, as well as the police and security agencies.",
        due=None,
        vague=False,
        said="2007-03-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HANS07,
        published="2007-03-29",
    ),
    # 'has today decided': the perfect with a day word, done (CONVENTIONS 2.4): past
    B(
        text="Arising out of that review, the Prime Minister has today decided to make changes to the machinery of government.",
        due=None,
        vague=False,
        said="2007-03-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HANS07,
        published="2007-03-29",
    ),
    # UK Parliament (Commons written statement 'Labour Market Policy Update', Department for Work and Pensions, 'Made on: 09 May 2019' by Amber Rudd, the first statement on the parliament.uk written-statements listing of that member; Open Parliament Licence); zone Europe/London (BST); the page gives the date and no hour: said Thursday 9 May 2019 10:00 BST. The listing's instructions, the date lines and sentences without a time word are not taken; the last, cut off, is not taken. a three-year sanction for a class of claimants: a standing rule, recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word ('three-year' only names the kind of sanction)
    B(
        text="Under current policy, a claimant on Universal Credit or Jobseeker’s Allowance may receive a three-year sanction the third or subsequent time they have failed to comply with a work-related requirement.",
        due=None,
        vague=False,
        said="2019-05-09 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_WS19,
        published="2019-05-09",
    ),
    # how often a kind of sanction is used, a standing practice: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a length naming a sanction, no time set)
    B(
        text="Three-year sanctions are rarely used, but I believe that they are counter-productive and ultimately undermine our goal of supporting people into work.",
        due=None,
        vague=False,
        said="2019-05-09 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_WS19,
        published="2019-05-09",
    ),
    # a six-month sanction for a class of claimants: recurring (CONVENTIONS 1.3). unsure: a careful reader could give past (the review told as done) or due None with no refusal word
    B(
        text="I have reviewed my Department’s internal data, which shows that a six-month sanction already provides a significant incentive for claimants to engage with the labour market regime.",
        due=None,
        vague=False,
        said="2019-05-09 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_WS19,
        published="2019-05-09",
    ),
    # UK Parliament (Commons written statement 'Immigration Rules Change', Tuesday 26 November 2024, the Parliamentary Under-Secretary of State for the Home Department, as carried on parallelparliament.co.uk, which links the Hansard text; Open Parliament Licence); zone Europe/London (GMT); the page gives the date and no hour: said 26 November 2024 10:00 GMT. The carrier's date line and '(1 month ago)', the heading and sentences without a time word are not taken; the last, cut off, is not taken. 'is today laying': the present with a day word, due that day (CONVENTIONS 2.1): 26 November 2024, end of day
    B(
        text="My right hon. Friend the Home Secretary is today laying before the House a statement of changes in immigration rules.",
        due="2024-11-26 23:59:59",
        vague=False,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WS24,
        published="2024-11-26",
    ),
    # 'We are today introducing' (CONVENTIONS 2.1): 26 November 2024, end of day; the 15:00 of the next sentence is not used (the sentence alone)
    B(
        text="We are today introducing a visa requirement on all visitors from Colombia.",
        due="2024-11-26 23:59:59",
        vague=False,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WS24,
        published="2024-11-26",
    ),
    # a one-off coming into force at a stated time today (CONVENTIONS 3.1, 3.1a): 26 November 2024 15:00 GMT
    B(
        text="The visa requirement comes into force at 15:00 GMT today.",
        due="2024-11-26 15:00:00",
        vague=False,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_WS24,
        published="2024-11-26",
    ),
    # a planned change called off, no new time given (CONVENTIONS 4.1): negated
    B(
        text="Consequently, the planned change to allow nationals of Colombia to apply for an electronic travel authorisation from 27 November 2024 for travel to the UK from 8 January 2025 will no longer be introduced.",
        due=None,
        vague=False,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_WS24,
        published="2024-11-26",
    ),
    # a transition window closing at a stated instant, the later time of the sentence (CONVENTIONS 1.1, 6.1): 24 December 2024 15:00 GMT. unsure: a careful reader could give recurring (a condition on a class of travellers, CONVENTIONS 1.3) or due None with no refusal word
    B(
        text="There will be a four-week, visa-free transition period for those who already hold confirmed bookings to the UK obtained on or before 15:00 GMT 26 November 2024, where arrival in the UK is no later than 15:00 GMT, 24 December 2024.",
        due="2024-12-24 15:00:00",
        vague=False,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_WS24,
        published="2024-11-26",
    ),
    # a requirement lifted in November 2022, told of the past: past
    B(
        text="We are taking this action due to an increase in the number of Colombian nationals travelling to the UK for purposes other than those permitted under visitor rules since the visa requirement was lifted in November 2022.",
        due=None,
        vague=False,
        said="2024-11-26 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS24,
        published="2024-11-26",
    ),
    # Ministry of Housing, Communities and Local Government (guidance 'Guidance for successful applicants to the Council Housebuilding Support Fund', on GOV.UK, 'Published 2 July 2025, Last updated 13 August 2025'; Crown copyright, OGL); zone Europe/London (BST); the stored text is the updated version (single payment), so it is read on the day of the update, no hour on the page: said 13 August 2025 10:00 BST (the deadline below reads the same on either date). Headings, the update list, sentences without a time word and the one whose only time words are 'each financial year' are not taken. payments end on a dated day: kept to a date, due then (CONVENTIONS 3.3): 31 March 2026, end of day (BST). unsure: a careful reader could give due None with no refusal word (a limit on payments, no act undertaken)
    B(
        text="A funding agreement must be in place before any funding can be paid out and payments will only be made until 31 March 2026.",
        due="2026-03-31 22:59:59",
        vague=False,
        said="2025-08-13 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_MHCLG25,
        published="2025-08-13",
    ),
    # as above (CONVENTIONS 3.3): 31 March 2026, end of day (BST). unsure: a careful reader could give due None with no refusal word
    B(
        text="Payments will only be made until 31 March 2026.",
        due="2026-03-31 22:59:59",
        vague=False,
        said="2025-08-13 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_MHCLG25,
        published="2025-08-13",
    ),
    # 'at the end of the fund': hung on an undated end (CONVENTIONS 1.3, 5.2): event
    B(
        text="In addition to monitoring arrangements to ensure that proposals are being delivered, all councils that receive funding will be subject to an evaluation at the end of the fund to assess how activities helped deliver the fund objectives.",
        due=None,
        vague=False,
        said="2025-08-13 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_MHCLG25,
        published="2025-08-13",
    ),
    # Department for Education (press release 'Government funding for schools in England at a record high', as carried on govmemo.com, 'From: Department for Education Published: Tue Dec 19 2023'; Crown copyright, OGL); zone Europe/London (GMT); no hour on the page: said 19 December 2023 10:00 GMT. The carrier's lines, the standfirst (its only time word is 'ever'), sentences without a time word and the last, cut off, are not taken. '2024/25' and '2024-25' read as the GB financial year ending 31 March 2025 (school funding runs by financial year; blind_real.py fiscal years). funding reaching a level 'in 2024/25': the period's end (CONVENTIONS 3.1): 31 March 2025, end of day (BST). unsure: a careful reader could give due None with no refusal word (a level of funding, nothing undertaken at an instant) or the academic year's end, 31 August 2025
    B(
        text="Schools in England are set to benefit from a cash injection as education funding reaches almost £60 billion in 2024/25 - its highest ever level in real terms.",
        due="2025-03-31 22:59:59",
        vague=False,
        said="2023-12-19 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DFE23,
        published="2023-12-19",
    ),
    # rising to a level in 2024-25: the financial year's end (CONVENTIONS 3.1): 31 March 2025, end of day (BST). unsure: a careful reader could give due None with no refusal word
    B(
        text="Funding for those with complex needs is also rising to £10.5 billion in 2024-25 - an increase of more than 60% in just five years.",
        due="2025-03-31 22:59:59",
        vague=False,
        said="2023-12-19 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DFE23,
        published="2023-12-19",
    ),
    # rates that 'will increase ... in 2024-25': a one-off change within the financial year, due at its end (CONVENTIONS 3.1): 31 March 2025, end of day (BST). unsure: a careful reader could give 1 April 2024, end of day (the rates take effect when the year opens, CONVENTIONS 3.1a)
    B(
        text="Pupil premium funding rates will increase to £1,480 for primary pupils and £1,050 for secondary pupils in 2024-25, an increase of 10% since 2021-22 bringing total funding to more than £2.9 billion overall, supporting schools in disadvantaged areas to raise educational outcomes for the pupils who need it most.",
        due="2025-03-31 22:59:59",
        vague=False,
        said="2023-12-19 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DFE23,
        published="2023-12-19",
    ),
    # a comparison with 2010: past
    B(
        text="Currently, 89% of schools rated good or outstanding, up from 68% in 2010.",
        due=None,
        vague=False,
        said="2023-12-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE23,
        published="2023-12-19",
    ),
    # rankings told as done this month and in May: past
    B(
        text="Just this month, England was ranked 11th in the world for maths, up from 27th in 2009, and in May, England was named ‘best in the west' for primary reading.",
        due=None,
        vague=False,
        said="2023-12-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE23,
        published="2023-12-19",
    ),
    # Home Office (press release 'Government acts to stop highly disruptive slow walking tactics' of Friday 28 April 2023, as carried on the ukpol.co.uk tag page 'Home Office', page 34, which prints 'The press release issued by the Home Office on 28 April 2023'; Crown copyright, OGL); zone Europe/London (BST); no hour on the page: said 28 April 2023 10:00 BST. The title, the date line, sentences without a time word and the one whose only time word is 'everyday' are not taken; two bullets of the list that hold a time word are quoted as they stand (the third has none). 'introduced today', a participle of an act done; the promised empowering has no time of its own: past. unsure: a careful reader could give 28 April 2023, end of day (a day word on the act as spoken, CONVENTIONS 2.1) or event (police empowered once the legislation is in force, undated)
    B(
        text="Under new legislation introduced today (28 April 2023), police will be empowered to intervene against highly disruptive slow marching tactics used to block roads and cause chaos to the lives of the hard-working public.",
        due=None,
        vague=False,
        said="2023-04-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO23,
        published="2023-04-28",
    ),
    # the only time word dates a passage told in the past: past. unsure: a careful reader could give due None with no refusal word (the future support has no time)
    B(
        text="This legislation will support the Public Order Bill, which passed through Parliament yesterday, by clearly setting out what is meant by ‘serious disruption to the life of the community’.",
        due=None,
        vague=False,
        said="2023-04-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO23,
        published="2023-04-28",
    ),
    # 'Today’s legislation' names the measure; the series 'has taken', a perfect of acts done: past. unsure: a careful reader could give due None with no refusal word
    B(
        text="Today’s legislation, alongside the Public Order Bill, is the latest in a series of measures the Government has taken to clamp down on selfish, guerrilla protest tactics and bringing in new criminal offences and tougher penalties for those who intentionally inflict misery on the public.",
        due=None,
        vague=False,
        said="2023-04-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HO23,
        published="2023-04-28",
    ),
    # a penalty length for a class of offenders, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="create a new criminal offence for interfering with key national infrastructure, such as roads, airports and railways, with perpetrators facing 12 months behind bars",
        due=None,
        vague=False,
        said="2023-04-28 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HO23,
        published="2023-04-28",
    ),
    # a maximum penalty, a standing rule: recurring (CONVENTIONS 1.3)
    B(
        text="make it illegal to ‘lock-on’ to others, objects, or buildings, carrying a maximum penalty of 6 months’ imprisonment and an unlimited fine",
        due=None,
        vague=False,
        said="2023-04-28 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HO23,
        published="2023-04-28",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Tuesday 18 June 2013, Topical Issue Debate 'Disability Support Services Provision', the Deputy's opening, on oireachtas.ie, the Irish-language view of the page; CC BY 4.0); zone Europe/Dublin (IST); the page gives the date and no hour: said 18 June 2013 10:00 IST. Sentences without a time word, the one whose only year names the HSE national service plan, those whose only time words are 'recent years', 'now', 'At this stage' or '24/7', and the last, cut off, are not taken. 'this time last year', told of the past: past
    B(
        text="I was here this time last year raising a similar issue and thankfully the difficulties were addressed for the parents and children in question.",
        due=None,
        vague=False,
        said="2013-06-18 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL13,
        published="2013-06-18",
    ),
    # 'this year' frames the present state, no act and no time set: due None, no refusal word. unsure: a careful reader could give past (a return told as having happened)
    B(
        text="Unfortunately, we are back again this year with new parents and new children facing the same concerns.",
        due=None,
        vague=False,
        said="2013-06-18 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL13,
        published="2013-06-18",
    ),
    # a need 'this year', checked at the year's end: 31 December 2013, end of day (GMT by then). unsure: a careful reader could give due None with no refusal word (a forecast of need, nothing undertaken, CONVENTIONS 4.2)
    B(
        text="In Galway, the allocation is €210,000 but an additional €600,000 will be needed to deal with the number of children coming on stream this year.",
        due="2013-12-31 23:59:59",
        vague=False,
        said="2013-06-18 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL13,
        published="2013-06-18",
    ),
    # five years of cuts endured, a perfect of what has happened: past
    B(
        text="The Brothers have endured five years of cuts and rationalisation.",
        due=None,
        vague=False,
        said="2013-06-18 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL13,
        published="2013-06-18",
    ),
    # 'this is the first year' tells the calendar, no act dated: due None, no refusal word. unsure: a careful reader could give 31 December 2013, end of day (the children coming on stream this year)
    B(
        text="It is also worth noting that this is the first year that children in the Ábalta special school in Galway will be coming on stream.",
        due=None,
        vague=False,
        said="2013-06-18 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL13,
        published="2013-06-18",
    ),
    # a question about a time (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="Will new resources be made available, in addition to the €4 million that has already been allocated, to ensure that these children and their parents have peace of mind and to ensure there will be services available to them in September?",
        due=None,
        vague=False,
        said="2013-06-18 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_DAIL13,
        published="2013-06-18",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Wednesday 6 July 2022, Commencement Matters 'Apprenticeship Programmes', the Senator's opening, on oireachtas.ie, the Irish-language view; CC BY 4.0); zone Europe/Dublin (IST); the page gives the date and no hour: said 6 July 2022 10:00 IST. Sentences without a time word and the last, cut off, are not taken. the Minister's ambition runs 'up to 2025', a target date of its own (the perfect 'has talked' only reports it, CONVENTIONS 2.2): 31 December 2025, end of day. unsure: a careful reader could give recurring ('every year', CONVENTIONS 1.3) or due None with no refusal word (an ambition reported by another)
    B(
        text="In all his announcements in this context since, and particularly in his speech in QUB, he has talked about his ambition to create an additional 10,000 new apprenticeship places every year up to 2025.",
        due="2025-12-31 23:59:59",
        vague=False,
        said="2022-07-06 09:00:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEAN22A,
        published="2022-07-06",
    ),
    # a request to hear more, 'today' only in a condition (CONVENTIONS 4.3): due None, no refusal word
    B(
        text="I was particularly interested in his reference, and I am particularly interested in hearing more about this detail if it is not available today, to a new funding call under the PEACE PLUS programme to do with collaboration for cross-Border apprenticeships.",
        due=None,
        vague=False,
        said="2022-07-06 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN22A,
        published="2022-07-06",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Wednesday 25 October 2023, 'Mother and Baby Homes', the Minister of State's reply, as carried on kildarestreet.com, which links the Oireachtas source; CC BY 4.0); zone Europe/Dublin (IST); the page gives the hour '10:30 am': said 25 October 2023 10:30 IST. Headings, sentences without a time word and the last, cut off, are not taken. 'today' dates the raising, an act done; the update is given as spoken with no time of its own: past. unsure: a careful reader could give 25 October 2023, end of day (a day word on the act as spoken, CONVENTIONS 2.1) or due None with no refusal word
    B(
        text="I thank the Senator for raising the issue today, and I am happy to provide an update on the progress with regard to the delivery of this scheme to survivors and former residents.",
        due=None,
        vague=False,
        said="2023-10-25 09:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN23,
        published="2023-10-25",
    ),
    # signed in July, told of the past: past
    B(
        text="The scheme, as the Senator mentioned, is underpinned by legislation, with the President signing the Mother and Baby Institutions Payment Scheme Act into law in July of this year.",
        due=None,
        vague=False,
        said="2023-10-25 09:30:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN23,
        published="2023-10-25",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Tuesday 5 April 2022, Commencement Matters 'Agriculture Schemes', the Senator's opening, on oireachtas.ie, the Irish-language view; CC BY 4.0); zone Europe/Dublin (IST); the page gives the date and no hour: said 5 April 2022 10:00 IST. Sentences without a time word, those whose only time words are 'since' or 'recent', and the last, cut off, are not taken. questions of last year and a perfect of what has been raised: past
    B(
        text="From looking at some parliamentary questions last year, I note this issue or variations on some sort of scheme or incentivised scheme for retirement have been raised.",
        due=None,
        vague=False,
        said="2022-04-05 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN22B,
        published="2022-04-05",
    ),
    # a request that the Minister give clarity (CONVENTIONS 4.3): due None, no refusal word. unsure: a careful reader could give 5 April 2022, end of day (a day word on the act as spoken, CONVENTIONS 2.1)
    B(
        text="What I am looking for today is some clarity on this.",
        due=None,
        vague=False,
        said="2022-04-05 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN22B,
        published="2022-04-05",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Thursday 7 October 2021, Commencement Matters 'Enterprise Support Services', the Senator's opening and the Minister of State's reply, on oireachtas.ie, a member-speech view of the page; CC BY 4.0); zone Europe/Dublin (IST); the page gives the date and no hour: said 7 October 2021 10:00 IST. Sentences without a time word, those whose only time words are 'recently' or 'In recent times', and the last, cut off, are not taken. a task force set up last year and a perfect of what has come up: past. unsure: a careful reader could give recurring (it 'comes up during our visits', CONVENTIONS 1.3)
    B(
        text="It has come up a lot at meetings of the SME task force set up by the Tánaiste and Minister for Enterprise, Trade and Employment, Deputy Varadkar, last year and it also comes up during our visits to various local authorities, LEOs and development agencies, both voluntary and community, around the country.",
        due=None,
        vague=False,
        said="2021-10-07 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN21,
        published="2021-10-07",
    ),
    # Statistics Canada (The Daily of Friday 11 May 2007, archived on statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EDT); the page gives 'Released at 8:30 a.m. Eastern time': said 11 May 2007 08:30 EDT. The archive notice, the release-time line, release titles and titles without a sentence are not taken. April figures, told of the past: past
    B(
        text="Estimates from Statistics Canada's Labour Force Survey showed little overall change in employment in April.",
        due=None,
        vague=False,
        said="2007-05-11 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD07,
        published="2007-05-11",
    ),
    # gains since September 2006: past
    B(
        text="This follows strong employment gains since September 2006.",
        due=None,
        vague=False,
        said="2007-05-11 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD07,
        published="2007-05-11",
    ),
    # a 33-year low, a measure of the past: past
    B(
        text="Meanwhile, the unemployment rate remained at an historic 33-year low of 6.1%.",
        due=None,
        vague=False,
        said="2007-05-11 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD07,
        published="2007-05-11",
    ),
    # the 1990s: past
    B(
        text="Inequality in after-tax family income grew through the 1990s, driven by an increase in inequality in family market income, according to a new study.",
        due=None,
        vague=False,
        said="2007-05-11 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD07,
        published="2007-05-11",
    ),
    # European Commission (Daily News of Wednesday 16 December 2015, item 'Ministers agree on fishing catch limits for 2016', as carried verbatim by the Irish Farmers' Association under 'Brussels Daily 16 Dec 2015'; Commission reuse policy, Decision 2011/833/EU); zone Europe/Brussels (CET); no hour on the page: said 16 December 2015 10:00 CET. The carrier's lines, the heading, sentences without a time word (the Commissioner's quote included, whose only time words are 'longer term' and 'shorter term') and the link line are not taken. an agreement reached after talks on 14 and 15 December, a perfect of what is done; '2016' names the opportunities: past
    B(
        text="EU ministers have reached an agreement on fishing opportunities for 2016 in the Atlantic, North Sea and Black Sea, following discussions at the Agriculture and Fisheries Council on 14 and 15 December.",
        due=None,
        vague=False,
        said="2015-12-16 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC15,
        published="2015-12-16",
    ),
    # the Commission's own goal 'by 2020 at the latest', a plan told as such stays dated (CONVENTIONS 3.5, 4.3): 31 December 2020, end of day. unsure: a careful reader could give due None with no refusal word (a policy objective, not an undertaking)
    B(
        text="The Commission’s goal, and one of the pillars of the EU’s reformed Common Fisheries Policy(CFP), is to have all stocks fished at sustainable levels by 2020 at the latest.",
        due="2020-12-31 22:59:59",
        vague=False,
        said="2015-12-16 09:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC15,
        published="2015-12-16",
    ),
    # 2009, told of the past: past
    B(
        text="Europe started in 2009 with only 5 Total Allowable Catches of stocks to MSY.",
        due=None,
        vague=False,
        said="2015-12-16 09:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC15,
        published="2015-12-16",
    ),
    # 'in the next two years' from the moment of speaking: a window due at its end (CONVENTIONS 1.1): 16 December 2017, end of day; 'Yesterday’s' names the agreement. unsure: a careful reader could give due None with no refusal word (a forecast of what the agreement lays the ground for)
    B(
        text="Yesterday’s agreement will bring 36 stocks to MSY in the North Sea, the Atlantic and the Baltic Sea and sets the foundation so that all stocks are fished at sustainable levels in the next two years.",
        due="2017-12-16 22:59:59",
        vague=False,
        said="2015-12-16 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC15,
        published="2015-12-16",
    ),
    # fisheries coming under an obligation in 2016: a one-off change within the year, due at its end (CONVENTIONS 3.1, 3.1a): 31 December 2016, end of day. unsure: a careful reader could give 1 January 2016, end of day (the obligation taking effect when the year opens) or earliest
    B(
        text="The agreement therefore includes so-called quota “top-ups” for some fisheries that will come under the landing obligation in 2016.",
        due="2016-12-31 22:59:59",
        vague=False,
        said="2015-12-16 09:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC15,
        published="2015-12-16",
    ),
    # US Coast Guard (Federal Register notification of enforcement, 'Safety Zone; Southern California Annual Firework Events for the San Diego Captain of the Port Zone', 90 FR 24748, Thursday 12 June 2025, on govinfo.gov; public domain, a federal work); zone America/Los_Angeles (PDT), the sector's own (San Diego); the page gives the date and no hour: said 12 June 2025 10:00 PDT. Section labels ('SUMMARY:', 'DATES:') are left off; header and contact lines, sentences without a time word, the one whose only time word is 'Annual' and the last, cut off, are not taken. the safety zone enforced on a dated day (CONVENTIONS 3.1): 4 July 2025, end of day
    B(
        text="The Coast Guard will enforce the safety zone for the Coronado Glorietta Bay Fourth of July Fireworks on the waters of San Diego Bay, CA on Friday, July 4, 2025.",
        due="2025-07-05 06:59:59",
        vague=False,
        said="2025-06-12 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_CG25,
        published="2025-06-12",
    ),
    # enforced from 8 p.m. until 10 p.m.: the later end (CONVENTIONS 6.1): 4 July 2025 22:00 PDT
    B(
        text="The regulations in 33 CFR 165.1123 will be enforced from 8 p.m. until 10 p.m. on July 4, 2025, for the locations described in Item No. 3 in Table 1 to Sec. 165.1123.",
        due="2025-07-05 05:00:00",
        vague=False,
        said="2025-06-12 17:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_CG25,
        published="2025-06-12",
    ),
    # US Coast Guard (Federal Register notification of enforcement, 'Safety Zone; Fireworks Displays Within the Fifth Coast Guard District', 88 FR 16378, Friday 17 March 2023, on govinfo.gov; public domain); zone America/New_York (EDT), the sector's (Maryland-National Capital Region); the page gives the date and no hour: said 17 March 2023 10:00 EDT. Section labels are left off; header and contact lines and sentences without a time word are not taken. a safety zone enforced on a dated day (CONVENTIONS 3.1): 1 April 2023, end of day
    B(
        text="The Coast Guard will enforce a safety zone for a fireworks display at The Wharf DC on April 1, 2023, to provide for the safety of life on navigable waterways during this event.",
        due="2023-04-02 03:59:59",
        vague=False,
        said="2023-03-17 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CG23,
        published="2023-03-17",
    ),
    # 7:30 until 9:30 p.m. on a dated day: the later end (CONVENTIONS 6.1): 1 April 2023 21:30 EDT
    B(
        text="The regulation in 33 CFR 165.506 will be enforced for the location identified in line no. 1 of table 2 to 33 CFR 165.506(h)(2) from 7:30 p.m. until 9:30 p.m. on April 1, 2023.",
        due="2023-04-02 01:30:00",
        vague=False,
        said="2023-03-17 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CG23,
        published="2023-03-17",
    ),
    # as above (CONVENTIONS 6.1): 1 April 2023 21:30 EDT
    B(
        text="The Coast Guard will enforce the safety zone regulation for a fireworks display at The Wharf DC from 7:30 p.m. to 9:30 p.m. on April 1, 2023.",
        due="2023-04-02 01:30:00",
        vague=False,
        said="2023-03-17 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_CG23,
        published="2023-03-17",
    ),
    # US Coast Guard (Federal Register notice of proposed rulemaking 2021-08945, 'Safety Zones; Recurring Marine Events and Fireworks Displays Within the Fifth Coast Guard District', 86 FR 22913, published 30 April 2021 as the address says, on federal.elaws.us; public domain); zone America/New_York (EDT), the district's (Portsmouth, VA); no hour on the page: said Friday 30 April 2021 10:00 EDT. Section labels are left off; the summary (no time word), the abbreviation table, contact lines and the sentence whose only time word is 'regularly' are not taken. comments due 'on or before' a dated day (CONVENTIONS 3.5): 1 June 2021, end of day
    B(
        text="Comments and related material must be received by the Coast Guard on or before June 1, 2021.",
        due="2021-06-02 03:59:59",
        vague=False,
        said="2021-04-30 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CG21,
        published="2021-04-30",
    ),
    # US Coast Guard (Federal Register notice 2018-18824, 'Safety Zones; Fireworks Displays in the Fifth Coast Guard District', 83 FR 44234, dated on the page 'thefederalregister.org (August 30, 2018)'; public domain); zone America/New_York (EDT), the sector's (Maryland-National Capital Region); no hour on the page: said Thursday 30 August 2018 10:00 EDT. The summary sentence is printed twice on the page and quoted once; sentences without a time word and the citation lines are not taken. a safety zone enforced on a dated day (CONVENTIONS 3.1): 15 September 2018, end of day
    B(
        text="The Coast Guard will enforce a safety zone for a fireworks display taking place over the Patapsco River, Baltimore, MD, on September 15, 2018.",
        due="2018-09-16 03:59:59",
        vague=False,
        said="2018-08-30 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CG18,
        published="2018-08-30",
    ),
    # US Coast Guard (Federal Register notice of enforcement 'Special Local Regulation; Thunderboat Regatta; Mission Bay, CA', 75 FR 55677, 'Federal Register: September 14, 2010', as carried on regulations.vlex.com; public domain); zone America/Los_Angeles (PDT), Sector San Diego's; no hour on the page: said Tuesday 14 September 2010 10:00 PDT. Section labels are left off; header and contact lines, sentences without a time word and the one split by the page break are not taken. The notice writes 'PST' after its morning times though the days fall in daylight time. enforced from 7 a.m. PST to 5:30 p.m. on 19 September: the later end (CONVENTIONS 6.1), read in the zone the sentence names (CONVENTIONS 6.3; blind_real.py: a zone word read as written): 19 September 2010 17:30 PST. unsure: a careful reader could give 17:30 PDT, 2010-09-20 00:30 UTC (the zone word is written after 7 a.m. only, and Mission Bay keeps daylight time then)
    B(
        text="The Coast Guard will enforce the Thunderboat Regatta Special Local Regulation from 7 a.m. PST on September 17, 2010 through 5:30 p.m. on September 19, 2010.",
        due="2010-09-20 01:30:00",
        vague=False,
        said="2010-09-14 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_CG10,
        published="2010-09-14",
    ),
    # a list of days with the same hours: the latest, 5:30 p.m. on 19 September (CONVENTIONS 6.1), no zone word so the publisher's: 19 September 2010 17:30 PDT
    B(
        text="The regulations in 33 CFR 100.1101 will be enforced from 7 a.m. to 5:30 p.m. on September 17, 18, and 19, 2010.",
        due="2010-09-20 00:30:00",
        vague=False,
        said="2010-09-14 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_CG10,
        published="2010-09-14",
    ),
    # three days of hours: the latest, 5:30 p.m. on 19 September (CONVENTIONS 6.1), in the zone the sentence names: 19 September 2010 17:30 PST. unsure: a careful reader could give 17:30 PDT, 2010-09-20 00:30 UTC (as the first case of this page)
    B(
        text="The Coast Guard will enforce the special local regulation for the Thunderboat Regatta in 33 CFR 100.1101 on September 17, 2010, from 7 a.m. PST to 5:30 p.m., September 18, 2010, from 7 a.m. PST to 5:30 p.m., and September 19, 2010, from 7 a.m. PST to 5:30 p.m.",
        due="2010-09-20 01:30:00",
        vague=False,
        said="2010-09-14 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_CG10,
        published="2010-09-14",
    ),
    # US Coast Guard (Federal Register notice of enforcement 'Special Local Regulation; Hanohano Ocean Challenge, San Diego, CA', 85 FR 1103, Thursday 9 January 2020, as carried on regulations.vlex.com; public domain); zone America/Los_Angeles (PST), Sector San Diego's; no hour on the page: said 9 January 2020 10:00 PST. Section labels are left off; header and contact lines and sentences without a time word are not taken; the last sentence, cut off after 'This', is not taken. the special local regulations enforced on a dated day (CONVENTIONS 3.1): 25 January 2020, end of day
    B(
        text="The Coast Guard will enforce the Hanohano Ocean Challenge special local regulations on the waters of Mission Bay, California on January 25, 2020.",
        due="2020-01-26 07:59:59",
        vague=False,
        said="2020-01-09 18:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_CG20,
        published="2020-01-09",
    ),
    # 6 a.m. through 2 p.m.: the later end (CONVENTIONS 6.1): 25 January 2020 14:00 PST
    B(
        text="The regulations in 33 CFR 100.1101 will be enforced from 6 a.m. through 2 p.m. on January 25, 2020 for Item 16 in Table 1 of Section 100.1101.",
        due="2020-01-25 22:00:00",
        vague=False,
        said="2020-01-09 18:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_CG20,
        published="2020-01-09",
    ),
    # as above (CONVENTIONS 6.1): 25 January 2020 14:00 PST
    B(
        text="The Coast Guard will enforce the special local regulations in 33 CFR 100.1101 for the Hanohano Ocean Challenge in Mission Bay, CA in 33 CFR 100.1101, Table 1, Item 16 of that section from 6 a.m. until 2 p.m. on Saturday, January 25, 2020.",
        due="2020-01-25 22:00:00",
        vague=False,
        said="2020-01-09 18:00:00",
        tz="America/Los_Angeles",
        cluster=2,
        source=_CG20,
        published="2020-01-09",
    ),
    # Federal Aviation Administration (Federal Register notice 'Notice Before Waiver With Respect to Land at the Montgomery County Airpark, Gaithersburg, MD', 72 FR 17983, 'Federal Register: April 10, 2007', archived by the UNT End of Term web archive; public domain); zone America/New_York (EDT), the Washington Airports District Office's; no hour on the page: said Tuesday 10 April 2007 10:00 EDT. The 'DATES:' label is left off; header, address and contact lines and the summary (no time word) are not taken. comments due 'on or before' a dated day (CONVENTIONS 3.5): 10 May 2007, end of day
    B(
        text="Comments must be received on or before May 10, 2007.",
        due="2007-05-11 03:59:59",
        vague=False,
        said="2007-04-10 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA07,
        published="2007-04-10",
    ),
    # Federal Aviation Administration (Federal Register notice 'Notice of Intent To Rule on Request To Release Airport Property at the Former Stapleton International Airport, Denver, Colorado', 80 FR 19110, published 9 April 2015 as the address says, on federalregister.com; public domain); zone America/Denver (MDT), the Denver Airports District Office's, to which comments go; no hour on the page: said Thursday 9 April 2015 10:00 MDT. The summary (its only time-like words name an Act), address and contact lines are not taken. comments due 'on or before' a dated day (CONVENTIONS 3.5): 11 May 2015, end of day
    B(
        text="Comments must be received on or before May 11, 2015.",
        due="2015-05-12 05:59:59",
        vague=False,
        said="2015-04-09 16:00:00",
        tz="America/Denver",
        cluster=6,
        source=_FAA15,
        published="2015-04-09",
    ),
    # Federal Aviation Administration (Federal Register notice 'Notice of Request To Release Airport Property' at the Humboldt Municipal Airport, Iowa, 81 FR 15400, Tuesday 22 March 2016, on gpo.gov; public domain); zone America/Chicago (CDT), the Central Region Airports Division's (Kansas City), to which comments go; no hour on the page: said 22 March 2016 10:00 CDT. The 'DATES:' label is left off; header, address and contact lines, the summary (no time word) and the last sentence, cut off, are not taken. comments due 'on or before' a dated day (CONVENTIONS 3.5): 21 April 2016, end of day
    B(
        text="Comments must be received on or before April 21, 2016.",
        due="2016-04-22 04:59:59",
        vague=False,
        said="2016-03-22 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_FAA16,
        published="2016-03-22",
    ),
    # Federal Aviation Administration (Federal Register notice 'Notice of Intent To Rule on Request To Release Airport Property at the Dallas/Fort Worth International Airport', 75 FR 55401, Friday 10 September 2010, as carried in text form on regulations.justia.com; public domain); zone America/Chicago (CDT), the Texas Airports Development Office's (Fort Worth); no hour on the page: said 10 September 2010 10:00 CDT. The stored text opens with the end of another notice (its signature and date line, not taken); the text's misplaced labels are left off; address and contact lines and the summary (its only time-like words name an Act) are not taken. comments due 'on or before' a dated day (CONVENTIONS 3.5): 12 October 2010, end of day
    B(
        text="Comments must be received on or before October 12, 2010.",
        due="2010-10-13 04:59:59",
        vague=False,
        said="2010-09-10 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_FAA10,
        published="2010-09-10",
    ),
    # Federal Aviation Administration (Federal Register notice 2020-11323, 'Commercial Space Transportation Advisory Committee: Notice of Public Meeting', 85 FR 31849, Wednesday 27 May 2020, the govinfo.gov text reached through a GovDelivery link; public domain); zone America/New_York (EDT), the FAA's headquarters; no hour on the page: said 27 May 2020 10:00 EDT. Section labels ('SUMMARY:', 'DATES:', 'ADDRESSES:') are left off; header and contact lines, sentences without a time word and the background (cut off) are not taken. a meeting on a dated day (CONVENTIONS 3.1): 22 June 2020, end of day
    B(
        text="This notice announces a meeting of the Commercial Space Transportation Advisory Committee for June 22, 2020.",
        due="2020-06-23 03:59:59",
        vague=False,
        said="2020-05-27 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA20,
        published="2020-05-27",
    ),
    # 8:45 a.m. to 12:00 p.m. on the dated day: the later end (CONVENTIONS 6.1), noon: 22 June 2020 12:00 EDT
    B(
        text="The June 22, 2020 meeting will be held from 8:45 a.m. to 12:00 p.m. Eastern Time.",
        due="2020-06-22 16:00:00",
        vague=False,
        said="2020-05-27 14:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FAA20,
        published="2020-05-27",
    ),
    # 'by' a dated day (CONVENTIONS 3.5): 15 June 2020, end of day
    B(
        text="Requests for accommodations to a disability must be received by June 15, 2020.",
        due="2020-06-16 03:59:59",
        vague=False,
        said="2020-05-27 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA20,
        published="2020-05-27",
    ),
    # 'by' a dated day (CONVENTIONS 3.5): 15 June 2020, end of day
    B(
        text="Requests to speak during the meeting must be submitted by June 15, 2020, to DOT and include a written copy of their remarks.",
        due="2020-06-16 03:59:59",
        vague=False,
        said="2020-05-27 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA20,
        published="2020-05-27",
    ),
    # 'no later than' a dated day: 15 June 2020, end of day
    B(
        text="Requests to submit written materials to be reviewed during the meeting must be received by DOT no later than June 15, 2020.",
        due="2020-06-16 03:59:59",
        vague=False,
        said="2020-05-27 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA20,
        published="2020-05-27",
    ),
    # 'at least 15 calendar days before the day of the meeting': a limit running back from undated meeting days (CONVENTIONS 1.3): event. unsure: a careful reader could give 31 March 2021, end of day (the later month named, CONVENTIONS 6.2)
    B(
        text="Notices for the September 2020 and March 2021 meetings will be published in the Federal Register at least 15 calendar days before the day of the meeting.",
        due=None,
        vague=False,
        said="2020-05-27 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FAA20,
        published="2020-05-27",
    ),
    # a meeting dated as written (CONVENTIONS 3.1): 15 June 2020, end of day. unsure: a careful reader could give 22 June 2020, end of day (the notice's meeting day; the date here reads as a slip)
    B(
        text="The June 15, 2020 meeting will be an internet-only meeting.",
        due="2020-06-16 03:59:59",
        vague=False,
        said="2020-05-27 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FAA20,
        published="2020-05-27",
    ),
)
