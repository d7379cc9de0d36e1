"""A HUNDRED-AND-SIXTY-SIXTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC; the machine's clock read 22:17 at the start and about 22:25
when the labels were written) by a labelling helper (branch issue12l166-s59) that neither changed,
imported nor ran the parser, working at the same time as the other labellers of stop 59 (fresh164,
fresh165, fresh167, fresh168 and the article sets blind140 and blind141), whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, some cases and the README section of
`blind_fresh163.py`, the field list of `BlindCase` and the docstring of `blind_real.py`, the docstring
of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of
`bot/core/deadlines/` was opened. The brief asked for less-used publishers: GOV.UK (Department for
Education, Ofsted, Ofgem, Met Office, Companies House, Land Registry), the US Department of Justice,
FTC, FCC and Department of Energy, European Commission press releases and Statistics Canada release
schedules; about 80 cases (at least 60), at least eight publishers, none above a fifth, at most a
third from the United States.

The set quotes 66 sentences from 13 pages of 8 publishers: the Federal Trade Commission 13 (19.7%;
a press release of January 2022, 10, and a Federal Register notice of 9 March 2018, 3), UK Parliament
12 (18.2%; Commons Hansard of 1 September 2020, 5, and Lords Hansard of 8 July 2020, 7), HM Land
Registry 10 (15.2%; a GOV.UK blog post of 13 January 2022, 9, and a GOV.UK call for evidence of 8
March 2024, 1), the Department for Education 8 (12.1%; the Education Secretary's statement of 2 July
2020, 5, and a press release of 1 September 2020, 3, both as carried by FE News), Statistics Canada 8
(12.1%; The Daily of 29 April 2021), the US Department of Energy 7 (10.6%; its timelines of 2011, 4,
and 2012, 3), the Met Office 6 (9.1%; a 10-day-trend blog post of 19 June 2025) and the Federal
Communications Commission 2 (3.0%; a release of 19 April 2018). 22 of the 66 (33.3%) are from the
United States (FTC, DOE, FCC); 44 are not. Genres: parliamentary statement and petition observations,
a ministerial statement, press releases, an agency blog and a weather-forecast blog, a consultation
(call for evidence), a Federal Register notice, a statistics release and an agency's year timeline;
no wire news and no statistics calendar were found fresh.

The brief's targets are met in part: 66 cases (at least 60, not the 80 hoped for), 8 publishers,
none above a fifth, exactly a third from the United States. The store is heavily mined: of the 50 or
so addresses checked with `fresh_check.py`, many read used (Statistics Canada's upcoming-release
lists and Daily front pages, the Commission's Top News agendas and Daily News pages, the US Justice
Department's monthly release lists, the Met Office's own news releases, Land Registry notice 16, an
FCC Federal Register notice, a Companies House factsheet). No European Commission, Ofsted, Ofgem,
Companies House or Justice Department page was both fresh and usable. Each page's cases share one
`source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh166`) but not used: the Department for Education statement
'Reports about pupils returning to school in September' on FE News (its stored text prints no date),
Land Registry notice 6 on GOV.UK (a standing notice whose dates are only its dates of effect and
update), the FCC's November 2019 open-meeting page on fcc.gov (no date of announcement in the stored
text), the Energy Department's timeline of 2009 (to keep the United States within a third) and a
joint statement on the end of roaming of 14 June 2017 as copied to alertify.eu (co-signed by the
President of the European Parliament, whose material is not open, so the Commission's reuse decision
cannot be relied on for it). Within the pages kept: two sentences of the FTC release read used when
checked whole and were dropped ('The open meeting will commence at 1pm ET ...' and 'At the start of
the meeting, Chair Khan will offer brief remarks ...', boilerplate that stands in other releases);
the rest of the FTC release, the Land Registry blog and the Energy timeline of 2012 was left out to
keep the caps (the comments say where); sentences cut off at the end of a stored opening were not
taken.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock
time, "today", "this week", "last week", "the weekend", "the end of the week", "in September", "the
autumn", "the autumn term", "during a given month", "fiscal year 2011", "as quickly as possible",
"in advance of the fee change", "after the meeting", "seven days prior to"); within each page
quoted, the sentences of the stored opening that hold one were taken in page order, easy or hard,
except those whose only time words are general ("now", "from now on", "always", "of tomorrow",
"recent", "subsequently", "at the time of writing") or whose only year names an Act or an Order.
Titles, headings, summary lines under a title, date lines, the "DATES:" label (the sentence after it
is kept), datelines and contact lines were skipped.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked
with `fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh166`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked
whole with the same tool (skipping this file): two read used and were dropped (above); none of the
66 kept reads used. Each label was worked out by hand from the words, the publication date and the
publisher's zone (Europe/London for the Department for Education, UK Parliament, HM Land Registry and
the Met Office; America/Toronto for Statistics Canada; America/New_York for the FTC, the FCC and the
Energy Department); the conversion of local instants to UTC wall time and the weekdays were done with
Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the
project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh163.py`: the publication date at 10:00 local time unless the page gives the hour (only
Statistics Canada's release does: 8:30 a.m. Eastern); a day falls due at 23:59:59 local; a day word
on a verb of speaking is never the deadline (CONVENTIONS 2.2); the perfect with "today" is past
(2.4); a one-off event at a time due then (3.1); a rule or duty that begins on a day due that day
(3.1a); an opening that only starts then an earliest date (3.2); a state kept to a time due then
(3.3); requests and possibilities due None with no refusal word (4.2, 4.3); times hung on an undated
event are event (1.3, 5.2); standing rules recurring (1.3); a day given only by another sentence is
not used (6.3). Two pages print no date in their stored text and are read as their comments say: the
FTC release at 10:00 EST on 13 January 2022, a week before the meeting it announces (its labels hold
for any reading day from 1 to 18 January 2022), and
the Energy Department's timelines at 10:00 on the first working day after the year each records
(their labels, all past, hold for any later reading day). Clusters as in `blind_fresh163.py`: 1 no
time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5
refusals, 6 plain days and dates. 35 labels are refusals (past 22, event 7, recurring 5, earliest
1); none is vague; 23 labels carry a due instant; 8 have due None and no refusal word; 12 are marked
"unsure" and name the other reading; like every label here they stay as committed, whatever the
first run shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DFE0702 = "https://www.fenews.co.uk/resources/education-secretarys-statement-on-coronavirus-covid-19-02-july-2020/"
_DFE0901 = (
    "https://cdn-5.fenews.co.uk/press-releases/54042-pupils-start-returning-to-schools-in-england"
)
_HC0901 = "https://hansard.parliament.uk/commons/2020-09-01/debates/20090140000190/ReturnOfChildrenToSchoolsInSeptember"
_HL0708 = "https://hansard.parliament.uk/Lords/2020-07-08/debates/4BE114EB-BA72-493A-9BF7-93C214C403A1/EducationSettingsAutumnOpening"
_HMLR22 = "https://hmlandregistry.blog.gov.uk/2022/01/13/hm-land-registry-fees-are-changing/"
_HMLR24 = "https://www.gov.uk/government/calls-for-evidence/hm-land-registry-fees-and-charging-structure/hm-land-registry-fees-and-charging-structure"
_MET25 = "https://www.metoffice.gov.uk/blog/2025/met-office-10-day-trend-june-19"
_STC21 = (
    "https://www.readkong.com/page/payroll-employment-earnings-and-hours-and-job-vacancies-2872453"
)
_FTC22 = "https://ftc.gov/news-events/press-releases/2022/01/ftc-announces-tentative-agenda-january-20-open-commission-meeting"
_FTC18 = "https://regulations.justia.com/regulations/fedreg/2018/03/09/2018-04825.html"
_FCC18 = "https://forum.ltgof.net/articles/government/1110-federal-communications-commission-announces-tentative-agenda-for-may-open-meeting"
_DOE11 = "http://energy.gov/management/timeline-events-2011"
_DOE12 = "http://energy.gov/management/timeline-events-2012"

FRESH166_CASES: tuple[BlindCase, ...] = (
    # Department for Education (the Education Secretary's statement on coronavirus (COVID-19) of 2 July 2020, a GOV.UK speech, as carried by FE News, whose address gives the date; Crown copyright under the Open Government Licence v3.0, the GOV.UK licence, a copy on a carrying site being allowed by it); zone Europe/London (BST); no hour given, said Thursday 2 July 2020 10:00 BST. The summary line above the statement is not taken. 'Today' sits on the speaking ('going to concentrate on'), which is never the deadline (CONVENTIONS 2.2), and 'the autumn' only names what the plans are for: no time is undertaken. unsure: a careful reader could give the end of the autumn, 30 November 2020, as the plans' time
    B(
        text="Today, I am going to concentrate on our plans for the autumn for schools, early years and further education.",
        due=None,
        vague=False,
        said="2020-07-02 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE0702,
        published="2020-07-02",
    ),
    # 'They will be the doctors, the teachers, the engineers of tomorrow ...' is not taken: its only time word is the general 'of tomorrow'. a count told as the present state 'as of this week': no act to fall due (the parser docstring, round 23a: a present state sets no time)
    B(
        text="As of this week there are more than 1.6 million children back in our schools.",
        due=None,
        vague=False,
        said="2020-07-02 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE0702,
        published="2020-07-02",
    ),
    # the intention for September told at the last briefing is still the speaker's own: the verb of telling is not the deadline, the intention's month is (CONVENTIONS 2.2, 'she said on Tuesday that the bill would pass by June' is due in June). unsure: a careful reader could give refusal 'past', the intention being reported as what was said before [local due 2020-09-30 23:59:59 BST]
    B(
        text="At my last briefing, I told you how it was my intention for all children to be back in school in September.",
        due="2020-09-30 22:59:59",
        vague=False,
        said="2020-07-02 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFE0702,
        published="2020-07-02",
    ),
    # 'Today' is on the speaking (giving details now), never the deadline, and no time of its own is given to the act (CONVENTIONS 2.2)
    B(
        text="Today I want to give you more details about how we are going to make that happen.",
        due=None,
        vague=False,
        said="2020-07-02 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE0702,
        published="2020-07-02",
    ),
    # a state running 'since the first of June', told as done: past. The next sentence ('... from 20 July we can lift the restrictions ...') is cut off in the stored text and is not taken
    B(
        text="Schools, nurseries and early years settings have been welcoming more children back since the first of June.",
        due=None,
        vague=False,
        said="2020-07-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE0702,
        published="2020-07-02",
    ),
    # Department for Education (press release 'Pupils start returning to schools in England', dated 2020-09-01 in the stored copy on FE News; Crown copyright under the Open Government Licence v3.0, a copy on a carrying site being allowed by it); zone Europe/London (BST); no hour given, said Tuesday 1 September 2020 10:00 BST. The three summary lines under the title are not taken. schools 'start to open ... from today': an opening that only starts then, a lower bound (CONVENTIONS 3.2). unsure: a careful reader could give the end of 1 September, the reunion told as happening today (CONVENTIONS 2.1, 3.1) [local earliest 2020-09-01 00:00:00 BST]
    B(
        text="Hundreds of thousands of children and young people across England will reunite with their teachers and friends as schools and colleges start to open their gates from today (Tuesday 1 September).",
        due=None,
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2020-08-31 23:00:00",
        cluster=5,
        source=_DFE0901,
        published="2020-09-01",
    ),
    # 'Pupils will return to school environments with a system of controls ...' holds no time word and is not taken. the welcome begins for 'the autumn term', a school term this sentence does not date (an academic period, not a calendar one), and 'months' and 'July' are past: event (CONVENTIONS 1.3, 5.2). unsure: a careful reader could read 'the autumn term' as the autumn and give its end, 30 November 2020
    B(
        text="After months of hard work and dedication from school staff across the country to implement protective measures first set out in July, pupils will begin to be welcomed back into classrooms for the autumn term.",
        due=None,
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DFE0901,
        published="2020-09-01",
    ),
    # 'The new school term follows ... recent consensus statement ...' (only 'recent' and 'the new school term', no time) and 'A British Medical Journal study also said ...' (none) are not taken. survey findings published last week, told as done; the schools' plans are what the survey reported: past. unsure: a careful reader could give refusal 'event', the plans running from the start of a term the sentence does not date
    B(
        text="Last week the National Association of Head Teachers published survey findings that highlighted 97 per cent of schools plan to welcome all pupils full-time from the start of the autumn term and will have the range of recommended safety measures in place.",
        due=None,
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE0901,
        published="2020-09-01",
    ),
    # UK Parliament (House of Commons Hansard, petition 'Return of children to schools in September' and the Minister's observations, Volume 679, debated on Tuesday 1 September 2020; Open Parliament Licence); zone Europe/London (BST); no hour given, said Tuesday 1 September 2020 10:00 BST. The petition's 'Declares ...' sentence ('as lockdown eases', 'during lockdown', no calendar time) and the bracketed citation of the Official Report of 23 June 2020 are not taken. the petitioners ask that a time be kept by others (a plan by 13 July, education in September): a request, due None (CONVENTIONS 4.3)
    B(
        text="The petitioners therefore request that the House of Commons urge the Government to work together with head teachers, parent bodies, unions and local authorities to devise a plan by 13 July to safely resume education in September so that all children can return to school.",
        due=None,
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HC0901,
        published="2020-09-01",
    ),
    # the Government's own plan, told as its intention, keeps its month, September 2020 (CONVENTIONS 4.3: a plan stays dated) [local due 2020-09-30 23:59:59 BST]
    B(
        text="It is the Government’s plan for all children to return to school in September.",
        due="2020-09-30 22:59:59",
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HC0901,
        published="2020-09-01",
    ),
    # 'We want to get all children ...' and 'We have published guidance ...' hold no time word and are not taken. steps taken from 1 June, told as done: past
    B(
        text="From 1 June, the Department was able to take the first steps towards getting all children and young people back into education.",
        due=None,
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC0901,
        published="2020-09-01",
    ),
    # 'from this date' (1 June, given by the sentence before), an act told as done: past
    B(
        text="We asked primary schools to bring back nursery, reception, year 1 and year 6 from this date.",
        due=None,
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC0901,
        published="2020-09-01",
    ),
    # 'We subsequently gave primary schools the flexibility ...' (only 'subsequently') is not taken. support from 15 June, told as done: past. The next sentence is cut off in the stored text
    B(
        text="From 15 June we supported secondary schools to bring back pupils in years 10 and 12.",
        due=None,
        vague=False,
        said="2020-09-01 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC0901,
        published="2020-09-01",
    ),
    # UK Parliament (House of Lords Hansard, 'Education Settings: Autumn Opening', Volume 804, debated on Wednesday 8 July 2020, the Commons statement of 2 July repeated; Open Parliament Licence); zone Europe/London (BST); the date is the sitting's own; no hour given, said Wednesday 8 July 2020 10:00 BST. The line 'Volume 804: debated on Wednesday 8 July 2020' is a date line and is not taken. a statement made on a day gone: past
    B(
        text="The following Statement was made on Thursday 2 July in the House of Commons.",
        due=None,
        vague=False,
        said="2020-07-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL0708,
        published="2020-07-08",
    ),
    # the opening quotation mark is left out of the quote. the statement is about the full opening of schools in September, the Government's plan (CONVENTIONS 4.3: a plan stays dated). unsure: a careful reader could give due None, the month only naming the statement's subject [local due 2020-09-30 23:59:59 BST]
    B(
        text="With permission, Mr Speaker, I would like to make a Statement regarding the full opening of our schools and colleges to all pupils in September.",
        due="2020-09-30 22:59:59",
        vague=False,
        said="2020-07-08 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL0708,
        published="2020-07-08",
    ),
    # the past three months: past
    B(
        text="I know that these past three months have been some of the most challenging that schools, parents and, most of all, children have faced.",
        due=None,
        vague=False,
        said="2020-07-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL0708,
        published="2020-07-08",
    ),
    # 'during this period', the months just gone, with an achievement told as done: past
    B(
        text="What schools have achieved to make sure that children and young people are kept safe and can continue to learn during this period is remarkable, and I think all of us in this House are deeply grateful for those efforts.",
        due=None,
        vague=False,
        said="2020-07-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL0708,
        published="2020-07-08",
    ),
    # 'Every child and young person ... has experienced unprecedented disruption ...', 'But we all know the impact that lost time ...' and 'Education recovery is critical for this generation ...' hold no time word and are not taken. 'as quickly as possible' names what is critical and is no undertaking of the speaker (CONVENTIONS 5.1 reads vague words only as an undertaking): due None. unsure: a careful reader could give vague, 60 days from the moment of speaking, 6 September 2020
    B(
        text="Returning to normal educational routines as quickly as possible is critical to our national recovery, too.",
        due=None,
        vague=False,
        said="2020-07-08 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HL0708,
        published="2020-07-08",
    ),
    # the work to ensure pupils go back in September: due at the month's end [local due 2020-09-30 23:59:59 BST]
    B(
        text="That is why we have been working to ensure that all pupils will be able to go back to school and college full-time in September, with Covid-secure measures in place, so that they have the opportunity to thrive and fulfil their full potential.",
        due="2020-09-30 22:59:59",
        vague=False,
        said="2020-07-08 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HL0708,
        published="2020-07-08",
    ),
    # the perfect with a day word, an act already done: past (CONVENTIONS 2.4). 'The guidance has been developed ...' holds no time word, 'We continue to work closely ... always as safe as possible' only the general 'always'; both are not taken, and the next sentence is cut off
    B(
        text="Today, the Government have published detailed plans for nurseries, schools and colleges that set out what is needed to plan for a full return, as well as reassuring parents and carers about what to expect for their children.",
        due=None,
        vague=False,
        said="2020-07-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HL0708,
        published="2020-07-08",
    ),
    # HM Land Registry (blog post 'HM Land Registry fees are changing', dated 2022/01/13 in its address, on hmlandregistry.blog.gov.uk; Crown copyright under the Open Government Licence v3.0, the licence of GOV.UK and its blogs; no licence line is in the stored opening); zone Europe/London (GMT); no hour given, said Thursday 13 January 2022 10:00 GMT. The title is not taken. a fee change taking effect at a clock time on a dated day (CONVENTIONS 3.1, 3.1a) [local due 2022-01-31 00:01:00 GMT]
    B(
        text="From 00.01 am on Monday 31 January 2022, Scale 1 and Scale 2 land registration fees will increase for the first time since 2009.",
        due="2022-01-31 00:01:00",
        vague=False,
        said="2022-01-13 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HMLR22,
        published="2022-01-13",
    ),
    # 'that date' is given only by the sentence before, and the case holds this sentence (CONVENTIONS 6.3 for a day given elsewhere); '2021' names an Order: event (page: 31 January 2022)
    B(
        text="Applications for first registration and for registration of transfers, leases and mortgages of property submitted on or after that date will be charged under the new 2021 Fee Order.",
        due=None,
        vague=False,
        said="2022-01-13 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HMLR22,
        published="2022-01-13",
    ),
    # the new fees apply to what is submitted from 31 January (the year-less date's next occurrence, 2022): a rule taking effect on a day, due that day (CONVENTIONS 3.1a) [local due 2022-01-31 23:59:59 GMT]
    B(
        text="All applications started before 31 January, but submitted on or after this date, will be subject to the new fees.",
        due="2022-01-31 23:59:59",
        vague=False,
        said="2022-01-13 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMLR22,
        published="2022-01-13",
    ),
    # the same rule, taking effect on 31 January, told for resubmitted applications (CONVENTIONS 3.1a) [local due 2022-01-31 23:59:59 GMT]
    B(
        text="If an application was submitted before 31 January, subsequently cancelled or rejected and then resubmitted on or after 31 January, it will be subject to the new fees.",
        due="2022-01-31 23:59:59",
        vague=False,
        said="2022-01-13 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMLR22,
        published="2022-01-13",
    ),
    # 'To reduce unnecessary delays, please make sure you are familiar with the new fees.', 'If you are creating ... you don't have to do anything.' and 'The system will notify you ...' hold no time word and are not taken. the new fee applied from 31 January, a rule in force from that day (CONVENTIONS 3.1a) [local due 2022-01-31 23:59:59 GMT]
    B(
        text="Any applications created on or after 31 January will automatically get the new fee applied.",
        due="2022-01-31 23:59:59",
        vague=False,
        said="2022-01-13 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMLR22,
        published="2022-01-13",
    ),
    # a duty (use the new fees) that begins on 31 January (CONVENTIONS 3.1a) [local due 2022-01-31 23:59:59 GMT]
    B(
        text="If you are preparing applications for submission on or after 31 January, you will need to use the new fees to avoid unnecessary delays.",
        due="2022-01-31 23:59:59",
        vague=False,
        said="2022-01-13 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMLR22,
        published="2022-01-13",
    ),
    # only a possibility ('might need to amend'), no undertaking: due None (CONVENTIONS 4.2)
    B(
        text="You might need to amend an AP1 that has already been created but won’t be submitted until after Sunday 30 January.",
        due=None,
        vague=False,
        said="2022-01-13 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMLR22,
        published="2022-01-13",
    ),
    # the reader is asked to see that a time is kept: a request, due None (CONVENTIONS 4.3, 'a request that someone else fix, give or keep a time'). unsure: a careful reader could give 31 January 2022 23:59:59 GMT, the day the rule takes effect (CONVENTIONS 3.1a)
    B(
        text="Please make sure the system you use will apply the new fees to any application submitted on or after 31 January, to avoid unnecessary delays.",
        due=None,
        vague=False,
        said="2022-01-13 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMLR22,
        published="2022-01-13",
    ),
    # 'in advance of the fee change', a time hung on an event this sentence does not date: event (CONVENTIONS 1.3, 5.2). The heading 'The main changes coming into effect on 31 January' is not taken, and the sentences after it hold no time word (the rest of the page is left out to keep the publisher within a fifth)
    B(
        text="This includes any applications that have been prepared and saved in advance of the fee change.",
        due=None,
        vague=False,
        said="2022-01-13 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HMLR22,
        published="2022-01-13",
    ),
    # HM Land Registry (GOV.UK call for evidence 'HM Land Registry fees and charging structure', 'Published 8 March 2024' in its own head; Crown copyright under the Open Government Licence v3.0, stated on GOV.UK); zone Europe/London (GMT on the day said, BST from 31 March 2024); no hour given, said Friday 8 March 2024 10:00 GMT. The stored copy is headed 'Closed call for evidence', but its text is the one published on 8 March; the date line is not taken, and the other sentences of the stored opening hold no time word (only 'the future fees' and 'further'). a window of four weeks from a stated start that closes on a stated day: due at its end (CONVENTIONS 1.1; 6.2, the two agree) [local due 2024-04-05 23:59:59 BST]
    B(
        text="This call for evidence will last for 4 weeks from 8 March 2024 and closes on 5 April 2024.",
        due="2024-04-05 22:59:59",
        vague=False,
        said="2024-03-08 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMLR24,
        published="2024-03-08",
    ),
    # Met Office (blog post 'Met Office 10-Day Trend: Temperatures to peak this weekend', by the Press Office, dated june-19 of 2025 in its address; Crown copyright under the Open Government Licence v3.0, the licence the Met Office's own licence-terms page (metoffice.gov.uk, for its syndicated content) names; no licence line is in the blog's stored opening); zone Europe/London (BST); no hour given, said Thursday 19 June 2025 10:00 BST. The title is not taken. the weekend only places the solstice, and the only forecast is a possibility ('potentially'): due None (CONVENTIONS 4.2). unsure: a careful reader could give the end of this weekend, Sunday 22 June 2025 23:59:59 BST, as the forecast's time
    B(
        text="As we approach the summer solstice this weekend, the UK is experiencing a spell of hot weather, with the shortest night of the year potentially also being the warmest so far.",
        due=None,
        vague=False,
        said="2025-06-19 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MET25,
        published="2025-06-19",
    ),
    # 'The key question in the medium-range forecast is how long this heat will persist ...' (no time word) and 'At the time of writing, the jet stream is positioned ...' (only 'at the time of writing') are not taken. a state forecast to hold through the weekend: due at its end, Sunday 22 June (CONVENTIONS 3.3; weeks run Monday to Sunday) [local due 2025-06-22 23:59:59 BST]
    B(
        text="This setup is expected to hold through the weekend, but significant changes are on the horizon.",
        due="2025-06-22 22:59:59",
        vague=False,
        said="2025-06-19 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_MET25,
        published="2025-06-19",
    ),
    # 'A trough in the jet stream ... is forecast to disrupt ...' holds no time word and is not taken. 'By Monday', the next Monday, 23 June 2025 [local due 2025-06-23 23:59:59 BST]
    B(
        text="By Monday, the jet stream is expected to return to a more typical position for this time of year, steering cooler Atlantic air across the country.",
        due="2025-06-23 22:59:59",
        vague=False,
        said="2025-06-19 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_MET25,
        published="2025-06-19",
    ),
    # 'Under the influence of high pressure, temperatures are steadily rising.' holds no time word and is not taken. a rise running through the end of the week: due at the week's end, Sunday 22 June (the parser docstring: weeks run Monday to Sunday) [local due 2025-06-22 23:59:59 BST]
    B(
        text="This high is compressing the air, leading to a gradual increase in temperatures through the end of the week.",
        due="2025-06-22 22:59:59",
        vague=False,
        said="2025-06-19 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_MET25,
        published="2025-06-19",
    ),
    # the cloud forecast for Friday, 20 June 2025 (a one-off event on a day, CONVENTIONS 3.1) [local due 2025-06-20 23:59:59 BST]
    B(
        text="On Friday, the approaching trough will introduce more cloud at medium and high levels, with the possibility of a few scattered showers or even the odd rumble of thunder.",
        due="2025-06-20 22:59:59",
        vague=False,
        said="2025-06-19 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_MET25,
        published="2025-06-19",
    ),
    # 'However, most areas will remain dry.' and 'Despite the cloud, temperatures are still expected to exceed 30°C ...' hold no time word and are not taken. the peak forecast for Saturday, 21 June 2025; 'likely' tells what is expected, not a mere possibility (CONVENTIONS 4.3: what is told as going to happen stays dated) [local due 2025-06-21 23:59:59 BST]. The sentences after it hold no time word, and the last one is cut off
    B(
        text="Saturday is likely to be the peak of the heatwave.",
        due="2025-06-21 22:59:59",
        vague=False,
        said="2025-06-19 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_MET25,
        published="2025-06-19",
    ),
    # Statistics Canada (The Daily, 'Payroll employment, earnings and hours, and job vacancies, February 2021', 'Released at 8:30 a.m. Eastern time in The Daily, Thursday, April 29, 2021' in its own head, as copied to readkong.com; Statistics Canada Open Licence); zone America/Toronto (EDT); the page gives the hour: said Thursday 29 April 2021 08:30 EDT. The title and release line are not taken. 'February' names the month the data describe, gone: past
    B(
        text="February data from the Survey of Employment, Payrolls and Hours (SEPH) and the Job Vacancy and Wage Survey (JVWS) are now available.",
        due=None,
        vague=False,
        said="2021-04-29 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC21,
        published="2021-04-29",
    ),
    # 'during a given month', a standing description of the survey: recurring (CONVENTIONS 1.3)
    B(
        text="The SEPH provides an account of payroll employment—that is, the number of employees receiving pay or benefits during a given month—as well as earnings and hours worked.",
        due=None,
        vague=False,
        said="2021-04-29 12:30:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STC21,
        published="2021-04-29",
    ),
    # 'during a specific week in the month', a standing description: recurring (CONVENTIONS 1.3)
    B(
        text="In conjunction with results from the Labour Force Survey (LFS), which provides an account of the number of people working during a specific week in the month, data from the SEPH and the JVWS contribute to a fuller understanding of labour market conditions in Canada.",
        due=None,
        vague=False,
        said="2021-04-29 12:30:00",
        tz="America/Toronto",
        refusal="recurring",
        cluster=5,
        source=_STC21,
        published="2021-04-29",
    ),
    # the heading 'Payroll employment increases in February' is not taken. a rise in February, told as done: past
    B(
        text="The number of employees receiving pay or benefits from their employer—measured in the SEPH as payroll employment—increased by 43,400 (+0.3%) in February.",
        due=None,
        vague=False,
        said="2021-04-29 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC21,
        published="2021-04-29",
    ),
    # a decline in January: past
    B(
        text="This followed a notable decline in January, when employment losses associated with the tightening of public health restrictions were recorded by both the SEPH and the LFS.",
        due=None,
        vague=False,
        said="2021-04-29 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC21,
        published="2021-04-29",
    ),
    # the February increase, told as done: past
    B(
        text="The February increase in SEPH payroll employment was smaller than the LFS employment increase (+259,000; +1.4%), partly because of lags in new or returning employees receiving their first paycheques.",
        due=None,
        vague=False,
        said="2021-04-29 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC21,
        published="2021-04-29",
    ),
    # 'The largest increases in payroll employment were in Quebec ...' holds no time word and is not taken. restrictions in place throughout the month gone: past
    B(
        text="These increases were partially offset by a decrease in Ontario (-20,800; -0.3%), where public health restrictions remained in place for Toronto, Peel and North Bay Parry Sound throughout the month.",
        due=None,
        vague=False,
        said="2021-04-29 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC21,
        published="2021-04-29",
    ),
    # the February results, told as done: past. The next sentence is cut off in the stored text
    B(
        text="Consistent with the February LFS results, the largest increases were in the accommodation and food services (+14,700; +1.7%) and retail trade (+13,300; +0.7%) sectors.",
        due=None,
        vague=False,
        said="2021-04-29 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_STC21,
        published="2021-04-29",
    ),
    # Federal Trade Commission (press release 'FTC Announces Tentative Agenda for January 20 Open Commission Meeting', 2022/01 in its address, on ftc.gov; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EST); the stored text prints no day: it is read at 10:00 EST on Thursday 13 January 2022, a week before the meeting, as the release says agendas are posted at least seven days before (every label of this page holds for any reading day from 1 to 18 January 2022). 'Today' is on the verb of announcing, never the deadline; the meeting is on its dated day (CONVENTIONS 2.2, 3.1) [local due 2022-01-20 23:59:59 EST]
    B(
        text="Today, Federal Trade Commission Chair Lina M. Khan announced that an open meeting of the Commission will be held virtually on Thursday, January 20, 2022.",
        due="2022-01-21 04:59:59",
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC22,
        published="2022-01-13",
    ),
    # 'The open meeting will commence at 1pm ET ...' read USED when checked whole (its words stand in another release) and was dropped. the agenda of the meeting on a year-less date, its next occurrence, 20 January 2022 (CONVENTIONS 3.1) [local due 2022-01-20 23:59:59 EST]
    B(
        text="The following items will be on the tentative agenda for the January 20 Commission meeting:",
        due="2022-01-21 04:59:59",
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC22,
        published="2022-01-13",
    ),
    # the heading 'Business Before the Commission' and 'Staff Presentation on Identity Theft ...: Staff will present on ... recent trends ...' (only 'recent') are not taken; the stored text ends this sentence without a full stop. the initiatives run during a week this sentence does not date, and the presentation is at the meeting: event (CONVENTIONS 1.3, 5.2)
    B(
        text="The presentation will also highlight the upcoming initiatives during Identity Theft Awareness Week",
        due=None,
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FTC22,
        published="2022-01-13",
    ),
    # 'At the start of the meeting, Chair Khan will offer brief remarks ...' read USED when checked whole and was dropped. the signing up must be done for the event of 20 January 2022, so by that day at the latest [local due 2022-01-20 23:59:59 EST]. unsure: a careful reader could give due None, the date naming only the event where the public speak, not the time to sign up by
    B(
        text="Members of the public must sign up for an opportunity to address the Commission virtually at the January 20 event.",
        due="2022-01-21 04:59:59",
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC22,
        published="2022-01-13",
    ),
    # a length allowed to every commenter, a standing rule with no start of its own: recurring (CONVENTIONS 1.3)
    B(
        text="Each commenter will be allowed to speak for no more than two minutes.",
        due=None,
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FTC22,
        published="2022-01-13",
    ),
    # 'during the event', undated in this sentence: event (CONVENTIONS 5.2)
    B(
        text="Anyone who cannot participate during the event may submit written comments or a link to a prerecorded video through a webform.",
        due=None,
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FTC22,
        published="2022-01-13",
    ),
    # an offer kept open to a dated clock time: due then (CONVENTIONS 3.3) [local due 2022-01-18 20:00:00 EST]
    B(
        text="Speaker registration and comment submission will be available through Tuesday, January 18, 2022, 8pm ET.",
        due="2022-01-19 01:00:00",
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/New_York",
        cluster=2,
        source=_FTC22,
        published="2022-01-13",
    ),
    # the agency's standing practice for every monthly meeting: recurring (CONVENTIONS 1.3). unsure: a careful reader could give refusal 'event', the seven days counting back from a meeting this sentence does not date
    B(
        text="The FTC’s public meeting agendas will be posted on the Commission’s website at least seven days prior to the Commission’s next monthly meeting.",
        due=None,
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FTC22,
        published="2022-01-13",
    ),
    # the link is put up on a dated day, shortly before the meeting: a one-off act on that day (CONVENTIONS 3.1) [local due 2022-01-20 23:59:59 EST]. unsure: a careful reader could give refusal 'earliest' at 20 January 2022 00:00 EST, the link being available from then on (CONVENTIONS 3.2)
    B(
        text="A link to the event will be available on January 20, 2022 shortly before the meeting starts via FTC.gov.",
        due="2022-01-21 04:59:59",
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC22,
        published="2022-01-13",
    ),
    # 'after the meeting', a time hung on an event this sentence does not date: event (CONVENTIONS 5.2). The rest of the release is left out to keep the United States within a third
    B(
        text="The event will be recorded, and the webcast and any related comments will be available on the Commission’s website after the meeting.",
        due=None,
        vague=False,
        said="2022-01-13 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FTC22,
        published="2022-01-13",
    ),
    # Federal Trade Commission (Federal Register notice 2018-04825, 'Agency Information Collection Activities; Proposed Collection; Comment Request', Vol. 83, No. 47, Friday, March 9, 2018, as stored on regulations.justia.com, whose stored text also holds a line of a neighbouring notice, not taken; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EST); no hour given, said Friday 9 March 2018 10:00 EST. 'The information collection requirements described below will be submitted to ... OMB ...' holds no time word and is not taken. the three years run from the end of the current clearances, which this sentence does not date (the parser docstring, round 21: the size of an extension counts from an end not given): event
    B(
        text="The FTC seeks public comments on its proposal to extend for three years the current PRA clearances for information collection requirements contained in the rules and regulations under the Fur Products Labeling Act (Fur Rules or Rules).",
        due=None,
        vague=False,
        said="2018-03-09 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_FTC18,
        published="2018-03-09",
    ),
    # a one-off expiry on a dated day (CONVENTIONS 3.1) [local due 2018-05-31 23:59:59 EDT]
    B(
        text="The clearance expires on May 31, 2018.",
        due="2018-06-01 03:59:59",
        vague=False,
        said="2018-03-09 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC18,
        published="2018-03-09",
    ),
    # the sentence after the label 'DATES:' (the label is left out); the agency's own closing day for comments, not a time it asks another to fix (CONVENTIONS 3.5 'on or before'; 4.3 does not apply) [local due 2018-05-08 23:59:59 EDT]. The instructions after it hold no time word
    B(
        text="Comments must be received on or before May 8, 2018.",
        due="2018-05-09 03:59:59",
        vague=False,
        said="2018-03-09 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FTC18,
        published="2018-03-09",
    ),
    # Federal Communications Commission (release 'Federal Communications Commission Announces Tentative Agenda for May Open Meeting', datelined 'Washington, DC - - (April 19, 2018) - -', as copied to forum.ltgof.net; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York (EDT); no hour given, said Thursday 19 April 2018 10:00 EDT. The dateline is left out of the quote. the meeting is scheduled for a dated day (CONVENTIONS 3.1, 2.2 for the announcing verb) [local due 2018-05-10 23:59:59 EDT]
    B(
        text="Federal Communications Commission Chairman Ajit Pai announced that the following items are tentatively on the agenda for the May Open Commission Meeting scheduled for Thursday, May 10, 2018:",
        due="2018-05-11 03:59:59",
        vague=False,
        said="2018-04-19 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FCC18,
        published="2018-04-19",
    ),
    # the agenda items between ('Enforcement Bureau Action', 'Transforming the 2.5 GHz Band', 'FM Translator Interference Rules', 'Broadcast License Posting Rules', 'Hearing Designation Order') hold no time word and are not taken. a standing practice told in the present for each next meeting: recurring (CONVENTIONS 1.3). The sentences after it hold no time word
    B(
        text="Public Drafts of Meeting Items - - The FCC publicly releases the draft text of each item expected to be considered at the next Open Commission Meeting.",
        due=None,
        vague=False,
        said="2018-04-19 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FCC18,
        published="2018-04-19",
    ),
    # US Department of Energy (the page 'Timeline of Events: 2011' on energy.gov; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York; the stored text prints no date: the page tells the year 2011 as history, so it is read at 10:00 EST on Monday 2 January 2012, the first working day after the year it records, and its labels (all past) hold for any later reading day. The entries' date lines stand alone and are not taken; this caption carries its date in the sentence. a visit on a day gone, told in the historical present: past
    B(
        text="February 3, 2011: President Obama and Secretary Chu tour the Energy Innovation Hub at the Engineering Labs at Penn State University, and the President announces the Better Buildings Initiative.",
        due=None,
        vague=False,
        said="2012-01-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOE11,
        published="2012-01-02",
    ),
    # the entries of 1, 3 and 4 January hold no time word in their sentences (the last one's only year names an Act) and are not taken. progress in 2010: past
    B(
        text="The Department's Richland Operations Office announces that contractors have achieved a great deal of cleanup progress at the Hanford Site in 2010.",
        due=None,
        vague=False,
        said="2012-01-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOE11,
        published="2012-01-02",
    ),
    # 'The office also provides a list of major accomplishments.' holds no time word and is not taken. told in a record of the year gone, the end of fiscal year 2011 (30 September 2011, the US federal year) is before the reading day: past
    B(
        text="William Brinkman, director of DOE's Office of Science, informs the High Energy Physics Advisory Panel that the Tevatron, located at DOE's Fermi National Accelerator Laboratory (Fermilab), will cease operations at the end of fiscal year 2011.",
        due=None,
        vague=False,
        said="2012-01-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOE11,
        published="2012-01-02",
    ),
    # a recommendation told in the pluperfect, a plan reported as past: past. 'Fermilab requested $35 million per year ...' (only 'per year') and 'Additional funding, however, could not be located.' (none) are not taken; the next entry is cut off
    B(
        text="The panel, with support from the lab and the high energy physics community, had recommended continuing Tevatron operations through fiscal year 2014.",
        due=None,
        vague=False,
        said="2012-01-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOE11,
        published="2012-01-02",
    ),
    # US Department of Energy (the page 'Timeline of Events: 2012' on energy.gov; a US federal work, public domain, 17 U.S.C. 105); zone America/New_York; the stored text prints no date: read at 10:00 EST on Wednesday 2 January 2013, the first working day after the year it records, and its labels (all past) hold for any later reading day. The entries' date lines are not taken; this caption carries its date. a ceremony on a day gone: past
    B(
        text="August 10, 2012: In a ceremony at Oak Ridge, Tennessee, the Department announces formal completion of a memorandum of agreement to preserve the historic contributions of Oak Ridge’s K-25 site to the World War II Manhattan Project.",
        due=None,
        vague=False,
        said="2013-01-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOE12,
        published="2013-01-02",
    ),
    # an invention of the mid-1990s and an announcement of the year gone: past
    B(
        text="The Department of Energy’s Ames Laboratory announces that environmentally-friendly lead-free solder, a tin-silver-copper alloy invented by a research team at the lab in the mid-1990s, has become the global standard and the top royalty income-generating technology ever produced in the history of the lab.",
        due=None,
        vague=False,
        said="2013-01-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOE12,
        published="2013-01-02",
    ),
    # 'this year's elections', the elections of 2012, before the reading day: past. The rest of the page is left out to keep the United States within a third
    B(
        text='The American Petroleum Institute announces a "Vote4Energy" campaign to "encourage voters to make energy an important issue in this year\'s elections and to get U.S. energy policy on the right track."',
        due=None,
        vague=False,
        said="2013-01-02 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOE12,
        published="2013-01-02",
    ),
)
