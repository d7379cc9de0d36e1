"""A TWO-HUNDRED-AND-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 21:29 and 21:40 by the machine's clock (`date`;
the clock seemed to run slow against the work done, so the branch's commit time is the one to trust) by a
labelling helper of stop 67 (branch issue12l208-s67) that neither changed, imported nor ran the parser, the
extractor, the benches or the tests on this material, working at the same time as the other labellers of
the stop, whose claims in the shared claims file were treated as used and whose files were not opened. It
read `CONVENTIONS.md` in full, the docstring, comments and about a dozen cases of `blind_fresh203.py` and
its README section, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague
windows, parts of the day, "early / mid / late", "before", fiscal years); nothing else of
`bot/core/deadlines/` and no other set was opened. The brief asked for about 70-80 cases (at least 60),
every sentence of each page taken that holds a time word of any kind, refusals included, at least 8
publishers, none above a fifth, at most a third from the United States, a spread of genres, leaning on
GOV.UK pages of the Environment Agency, HMCTS, DVSA, the Home Office, the Department for Education, the
Cabinet Office, No 10 readouts and kremlin.ru news.

The set quotes HM Courts & Tribunals Service (a daily coronavirus update of 27 March 2020 and a weekly
operational update of August 2021), the Department for Education (two 'DfE Update' letters of September and
October 2025), the Education and Skills Funding Agency (an 'ESFA Update' of 29 September 2021), the Driver
and Vehicle Standards Agency (a DVSA blog post of March 2024 and its predecessor the Driving Standards
Agency's Christmas opening notice of December 2013, counted together), the Prime Minister's Office, 10
Downing Street (a readout of 12 March 2018 and a morning lobby briefing of 28 October 2010), UK Parliament
(a Commons written statement of 12 December 2023, as carried), the Cabinet Office (a press release of the
same day, as carried) and the Environment Agency (a blog post of July 2024). 76 cases from 8 publishers:
HM Courts & Tribunals Service 15 (19.7%); the Department for Education 14 (18.4%); the Driver and Vehicle
Standards Agency 11 (14.5%; 4 DVSA, 7 DSA); the Education and Skills Funding Agency 10 (13.2%); 10 Downing
Street 10 (13.2%); UK Parliament 6 (7.9%); the Cabinet Office 5 (6.6%); the Environment Agency 5 (6.6%).
None is from the United States (0%); all are British, zone Europe/London. If the Education and Skills
Funding Agency (an executive agency of the Department, merged into it in 2025) is counted with the
Department, the two hold 24 of 76 (31.6%) and the set has 7 publishers. Genres: court-service operational
bulletins, education funding correspondence to schools and councils, an enforcement agency's blog post, a
regulator's enforcement blog post, a holiday opening-hours notice, a prime minister's meeting readout, a
lobby briefing, a written ministerial statement and a department's press release.

The store is heavily mined: of about 60 addresses checked with `fresh_check.py` (each with a distinctive
phrase), most read used: every kremlin.ru page the search returned (news, instructions, greetings; only
mirrors read fresh, and none of them was taken), most No 10 readouts, the Environment Agency flood
statements, ukpol.co.uk tag pages of the Home Office, the Cabinet Office and the Department for Education,
European Commission daily news and agendas. No Home Office page was found fresh; so the set has no Home
Office and no kremlin.ru case. Each page's cases share one `source` constant, so whole pages can be
dropped.

Left out, and why. Claimed (`fresh208`) but not used, to keep the Education and Skills Funding Agency's
share down: 'ESFA Update local authorities: 7 April 2021'
(https://gov.uk/government/publications/esfa-update-7-april-2021/esfa-update-local-authorities-7-april-2021).
Within the pages kept: titles, headings (dated ones included), publication and date lines, attributions,
bylines, archive notices, page furniture, table rows (dates and states, not sentences), list items and
sentences without a time word, sentences whose only time words are general ("now", "recent", "latest",
"already", "again", "long-term", "future relationship", "no longer"), "overnight custody" (a kind of
case), "late claims" (a kind of claim), questions of a blog post, and sentences cut off where the stored
text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, a season, an academic year, "today", "tomorrow", "yesterday", "last night", "this
afternoon", "next week", "last week", "next year", "in mid-September", "over the coming weeks",
"shortly", "as soon as we can", "soon", "in the future", "to date", "since 2020", "previously",
"earlier", "twice-weekly", "monthly", "working days", "Christmas and New Year", "during the COVID-19
pandemic", "the deadline", "the date"); within each page quoted, the sentences of the stored text that
hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh208`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file): all 76 read fresh. Each label was worked out by hand from the words, the
publication date and the publisher's zone (Europe/London for all); the conversion of local instants to UTC
wall time, weekdays and day counts were done with Python's zoneinfo and datetime in a scratch script outside
the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh203.py`: the publication date at 10:00 local time unless the page gives the hour (none does);
the first comment of each page says where its date was read. The HMCTS weekly update prints only the week it
covers and the day of the next issue, so it is read on the Friday before its week (13 August 2021), as
fresh203 read such updates; the DSA notice prints no date, and its weekdays fit Christmas 2013 only, so it
is read as of 2 December 2013 (no label changes for any day from 1 November to 19 December 2013). A day
falls due at 23:59:59 local; a one-off event at a time due then (CONVENTIONS 3.1); something kept open or
going to a time due then (CONVENTIONS 3.3); "by <year>" and "to <month>" at the period's end (CONVENTIONS
3.5); several times and ranges at the latest (CONVENTIONS 6.1); a time given only by another sentence is not
used (CONVENTIONS 6.3); the perfect with "today" past (CONVENTIONS 2.4); a day word on the verb of
announcing is not the deadline (CONVENTIONS 2.2), the present "the announcements today" due that day
(CONVENTIONS 2.1); a replaced year gives way to the new one (CONVENTIONS 4.1); "no cases are being heard
today" negated (CONVENTIONS 4.1); standing rules and schedules recurring (CONVENTIONS 1.3); vague words told
as the speaker's own undertaking take the documented windows (CONVENTIONS 5.1: "as soon as we can" and
"shortly" 60 days, "the coming weeks" 4 weeks), "soon" of the past is past (CONVENTIONS 5.3); years and
academic years that only name a budget, a guide or a census set no time (due None, no refusal word).
Clusters as in `blind_fresh203.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the
day, periods and windows, 5 refusals, 6 plain days and dates. 30 labels are refusals (past 23, recurring 4,
event 2, negated 1; none earliest); 4 are vague (two 60-day and two 4-week windows); 30 labels carry a due
instant (the vague ones included); 16 have due None without a refusal word (years and seasons that only name
something, "in the future", "earlier", times given only by another sentence, a reminder made by the
sentence itself, an announcement's day word); 23 are marked "unsure" and name the other reading; like every
label here they stay as committed, whatever the first run shows. First run: not yet taken (the lead runs it
once, after merging, and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_HMCTS20 = "https://content.govdelivery.com/accounts/UKHMCTS/bulletins/2837796"
_HMCTS21 = "https://content.govdelivery.com/accounts/UKHMCTS/bulletins/2eca033"
_DFE25OCT = "https://www.gov.uk/government/publications/dfe-update-22-october-2025/dfe-update-academies-22-october-2025"
_DFE25SEP = "https://www.gov.uk/government/publications/dfe-update-3-september-2025/dfe-update-local-authorities-3-september-2025"
_ESFA21 = "https://gov.uk/government/publications/esfa-update-29-september-2021/esfa-update-local-authorities-29-september-2021"
_PM18 = "https://www.gov.uk/government/news/pm-meeting-with-prime-minister-muscat-of-malta-12-march-2018"
_PMS10 = "https://www.gov.uk/government/news/number-10-press-briefing-morning-from-28-october-2010"
_DVSA24 = (
    "https://movingon.blog.gov.uk/2024/03/11/dvsa-vision-2030-and-what-it-means-for-enforcement/"
)
_DSA13 = "https://gov.uk/government/news/dsa-opening-hours-christmas-and-new-year--2"
_WS23 = "https://parallelparliament.co.uk/debate/2023-12-12/commons/written-statements/places-for-growth-update/ministerial-extracts"
_CO23 = "https://www.wired-gov.net/wg/news.nsf/articles/plan+to+move+government+roles+out+of+westminster+brought+forward+and+new+headquarters+unveiled+12122023121000?open"
_EA24 = "https://environmentagency.blog.gov.uk/2024/07/16/anglian-water-services-ltd-fined-50k-in-case-brought-by-the-environment-agency"

FRESH208_CASES: tuple[BlindCase, ...] = (
    # HM Courts & Tribunals Service ('Courts and Tribunals Daily Operational Update - Coronavirus: 27 March 2020', HMCTS's own GovDelivery bulletin; Crown copyright, OGL); zone Europe/London (GMT); the page dates itself 27 March 2020 and gives no hour: said Friday 27 March 2020 10:00 GMT. Titles, headings, the dated titles of attached PDFs, bullets without a time word, the bullet whose only time word is 'overnight custody' (a kind of case) and the closing link line are not taken. 'as soon as we can do so', the service's own undertaking to widen the work: vague, 60 days (CONVENTIONS 5.1; 'as soon as <subject> can' as in blind_real.py): 26 May 2020, end of day
    B(
        text="We are working closely with partner agencies across the criminal justice system to put in place processes that will enable us to expand the range of work undertaken as soon as we can do so.",
        due="2020-05-26 22:59:59",
        vague=True,
        said="2020-03-27 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMCTS20,
        published="2020-03-27",
    ),
    # 'no cases are being heard today': a time that is denied (CONVENTIONS 4.1, as 'No action will be taken today'): negated
    B(
        text="Personal attendance at hearings in the First-tier Tribunal (Immigration and Asylum Chamber) have been suspended and no cases are being heard today.",
        due=None,
        vague=False,
        said="2020-03-27 10:00:00",
        tz="Europe/London",
        refusal="negated",
        cluster=5,
        source=_HMCTS20,
        published="2020-03-27",
    ),
    # new dates to be sent 'once confirmed': tied to an undated event (CONVENTIONS 5.2, blind_real.py): event
    B(
        text="All parties have been notified and new dates will be communicated once confirmed",
        due=None,
        vague=False,
        said="2020-03-27 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HMCTS20,
        published="2020-03-27",
    ),
    # 'over the coming weeks', the service's own work: vague, 4 weeks (the documented window): 24 April 2020, end of day (BST). unsure: a careful reader could give due None with no refusal word (the weeks are the span over which services run, not a time by which anything is done)
    B(
        text="We’re looking at how we prioritise work and deliver essential services over the coming weeks",
        due="2020-04-24 22:59:59",
        vague=True,
        said="2020-03-27 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMCTS20,
        published="2020-03-27",
    ),
    # HM Courts & Tribunals Service (weekly operational update 'Week commencing Monday 16 August 2021', HMCTS's own GovDelivery bulletin; Crown copyright, OGL); zone Europe/London (BST); the page prints only the week it covers and the day of the next issue, so it is read, as fresh203 read such updates, on the Friday before its week: said Friday 13 August 2021 10:00 BST (no date or hour on the page). Titles, headings, sentences without a time word, those whose only time word is 'now' and the last, cut off, are not taken. the next issue on a dated day (CONVENTIONS 3.1): 20 August 2021, end of day
    B(
        text="Next week’s update will be issued on Friday 20 August 2021.",
        due="2021-08-20 22:59:59",
        vague=False,
        said="2021-08-13 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMCTS21,
        published="2021-08-13",
    ),
    # a publication already made (the perfect, CONVENTIONS 2.4); 'monthly' names the series: past
    B(
        text="Updated: We’ve published our monthly management information.",
        due=None,
        vague=False,
        said="2021-08-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS21,
        published="2021-08-13",
    ),
    # a pause already made, given no end: past. unsure: a careful reader could give due None with no refusal word (a state that goes on, 'temporarily', with no time of its own)
    B(
        text="We’ve temporarily stopped publishing weekly management information, while we conduct some technical work following changes to case management systems across jurisdictions.",
        due=None,
        vague=False,
        said="2021-08-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS21,
        published="2021-08-13",
    ),
    # as the sentence before: a pause already made: past. unsure: due None with no refusal word
    B(
        text="We’ve also temporarily stopped publishing the weekly data on the use of remote hearing technologies, because the data collection process has changed.",
        due=None,
        vague=False,
        said="2021-08-13 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS21,
        published="2021-08-13",
    ),
    # the intended release 'next year', the service's own plan (CONVENTIONS 4.3: an intention stays dated): the end of 2022
    B(
        text="We’re reviewing the next series of data ahead of its intended release next year.",
        due="2022-12-31 23:59:59",
        vague=False,
        said="2021-08-13 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMCTS21,
        published="2021-08-13",
    ),
    # an outage over a dated range: due at its later end (CONVENTIONS 6.1): 30 August 2021 23:59 BST
    B(
        text="Updated: Our Payment by Account service will be unavailable between midnight on Saturday 28 August 2021 and 11:59pm on Monday 30 August 2021, due to planned maintenance.",
        due="2021-08-30 22:59:00",
        vague=False,
        said="2021-08-13 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HMCTS21,
        published="2021-08-13",
    ),
    # 'during this period' points back to the range of the sentence before; the sentence gives no day of its own (CONVENTIONS 6.3: a day only another sentence gives is not used): due None, no refusal word (page: 30 August 2021 23:59 BST). unsure: a careful reader could give negated (the act is denied over the period)
    B(
        text="You will not be able to submit cases via MyHMCTS which require a fee payment before progressing during this period.",
        due=None,
        vague=False,
        said="2021-08-13 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMCTS21,
        published="2021-08-13",
    ),
    # 'during the COVID-19 pandemic': a span tied to an undated event (blind_real.py): event. unsure: a careful reader could give due None with no refusal word (nothing is undertaken, the span only names whom the guidance is for)
    B(
        text="Read our latest guidance for all court and tribunal users during the COVID-19 pandemic.",
        due=None,
        vague=False,
        said="2021-08-13 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_HMCTS21,
        published="2021-08-13",
    ),
    # 'over the coming weeks', the service's own changes: vague, 4 weeks (the documented window): 10 September 2021, end of day
    B(
        text="The number and location of our temporary Nightingale courts will be changing over the coming weeks as we reach the end of venue-hire contracts.",
        due="2021-09-10 22:59:59",
        vague=True,
        said="2021-08-13 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMCTS21,
        published="2021-08-13",
    ),
    # courtrooms kept going to a month (CONVENTIONS 3.3), the month's end as with 'until' (CONVENTIONS 3.5): 30 April 2022, end of day. unsure: a careful reader could give 31 March 2022, end of day (kept up to the start of April)
    B(
        text="We’re extending 32 Crown Nightingale courtrooms to April 2022.",
        due="2022-04-30 22:59:59",
        vague=False,
        said="2021-08-13 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMCTS21,
        published="2021-08-13",
    ),
    # 'twice-weekly' testing: a standing schedule (CONVENTIONS 1.3): recurring
    B(
        text="Reminder: We actively encourage our staff and all court users to continue with twice-weekly asymptomatic rapid testing regardless of their vaccination status.",
        due=None,
        vague=False,
        said="2021-08-13 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMCTS21,
        published="2021-08-13",
    ),
    # Department for Education ('DfE Update academies: 22 October 2025', correspondence on GOV.UK; Crown copyright, OGL); zone Europe/London (BST); the page says 'Published 22 October 2025' and gives no hour: said Wednesday 22 October 2025 10:00 BST. The publication line, numbered headings, sentences and bullets without a time word, the bullet 'how to submit late claims' (a kind of claim) and the last, cut off, are not taken. a return to be made in a month: due at the month's end: 30 November 2025, end of day (GMT); the academic year only names the funding year
    B(
        text="For academic year 2025 to 2026, we are requesting you submit your estimated 16 to 19 student numbers in November 2025 R03.",
        due="2025-11-30 23:59:59",
        vague=False,
        said="2025-10-22 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFE25OCT,
        published="2025-10-22",
    ),
    # 'previously': past
    B(
        text="We previously also requested this estimate at R02.",
        due=None,
        vague=False,
        said="2025-10-22 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE25OCT,
        published="2025-10-22",
    ),
    # the confirmation, tied to data received in a dated month: the month's end: 31 December 2025, end of day. unsure: a careful reader could give event ('when we receive the R04 data', the receipt itself undated within the month, CONVENTIONS 1.3)
    B(
        text="We will confirm the 16 to 19 student numbers in-year, when we receive the R04 data in December 2025.",
        due="2025-12-31 23:59:59",
        vague=False,
        said="2025-10-22 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFE25OCT,
        published="2025-10-22",
    ),
    # 'earlier in the academic year': an aim, no act dated: due None, no refusal word
    B(
        text="We want to understand 16 to 19 participation earlier in the academic year in order to:",
        due=None,
        vague=False,
        said="2025-10-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE25OCT,
        published="2025-10-22",
    ),
    # a bullet whose time word only names the year monitored: due None, no refusal word
    B(
        text="monitor the likely financial position for the academic year, and",
        due=None,
        vague=False,
        said="2025-10-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE25OCT,
        published="2025-10-22",
    ),
    # the reminder is made by the sentence itself; the month only says why now: due None, no refusal word. unsure: a careful reader could give 31 October 2025, end of day (the duty to inform 'in advance of' November, read as 'before November', CONVENTIONS 3.5)
    B(
        text="In advance of National Care Leavers Month in November, we’d like to remind training providers of the requirement to inform your apprentices about the care leavers’ bursary, and to record this as part of initial assessment evidence.",
        due=None,
        vague=False,
        said="2025-10-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE25OCT,
        published="2025-10-22",
    ),
    # 'earlier', 'late': no time set: due None, no refusal word. unsure: a careful reader could give recurring (a standing duty of providers, CONVENTIONS 1.3)
    B(
        text="You should also give current apprentices the chance to declare eligibility if they were not asked earlier, as late claims can be submitted.",
        due=None,
        vague=False,
        said="2025-10-22 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE25OCT,
        published="2025-10-22",
    ),
    # Department for Education ('DfE Update local authorities: 3 September 2025', correspondence on GOV.UK; Crown copyright, OGL); zone Europe/London (BST); the page says 'Published 3 September 2025' and gives no hour: said Wednesday 3 September 2025 10:00 BST. The publication line, numbered headings (one of them dated), sentences without a time word and the last, cut off, are not taken. issues before a deadline already gone: past
    B(
        text="We know some schools experienced digital issues trying to access the form before the original 31 July 2025 deadline.",
        due=None,
        vague=False,
        said="2025-09-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE25SEP,
        published="2025-09-03",
    ),
    # a window kept open to a dated time (CONVENTIONS 3.3): 30 September 2025 17:00 BST
    B(
        text="We have reopened the reporting window, and this will stay open until 5pm Tuesday 30 September 2025.",
        due="2025-09-30 16:00:00",
        vague=False,
        said="2025-09-03 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_DFE25SEP,
        published="2025-09-03",
    ),
    # a standing instruction for a class of schools (CONVENTIONS 1.3): recurring. unsure: a careful reader could give earliest (1 September 2025 00:00: the class is given only its start) or event (each school's undated conversion)
    B(
        text="To note, a school which has converted to an academy after 1 September 2025 should use the school’s previous 2024 to 2025 UKPRN for DfE Sign-in log-in details to access the expenditure reporting return.",
        due=None,
        vague=False,
        said="2025-09-03 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DFE25SEP,
        published="2025-09-03",
    ),
    # the department's own act, 'in mid-September' (days 11-20, the parser's thirds): 20 September 2025, end of day; the 30 September date is what the schools are reminded of. unsure: a careful reader could give 30 September 2025, end of day (the sentence's deadline word 'by', or its later date, CONVENTIONS 6.1)
    B(
        text="In mid-September, we will contact schools that have not yet submitted a completed return to remind them of the reporting requirements and to take action by Tuesday 30 September 2025.",
        due="2025-09-20 22:59:59",
        vague=False,
        said="2025-09-03 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DFE25SEP,
        published="2025-09-03",
    ),
    # 'the deadline' points back to a date of the sentences before; the sentence gives no time of its own (CONVENTIONS 6.3): due None, no refusal word (page: 30 September 2025 17:00 BST)
    B(
        text="To help you to meet the deadline, you can read further supporting information in the expenditure reporting guidance.",
        due=None,
        vague=False,
        said="2025-09-03 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DFE25SEP,
        published="2025-09-03",
    ),
    # a publication on a past day: past
    B(
        text="On Tuesday 8 July 2025, we published evidence-based guidance for all primary school leaders and teaching staff, giving simple, practical advice about how to teach writing in reception, key stage 1, and key stage 2.",
        due=None,
        vague=False,
        said="2025-09-03 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFE25SEP,
        published="2025-09-03",
    ),
    # the audits to be used during a school year: due at its end, the English school year ending 31 August: 31 August 2026, end of day. unsure: a careful reader could give due None with no refusal word (academic years are no fiscal years and are left unread) or 31 July 2026 (the further-education funding year)
    B(
        text="Schools should read the writing framework and, during academic year 2025 to 2026, use the audits to evaluate and plan improvements.",
        due="2026-08-31 22:59:59",
        vague=False,
        said="2025-09-03 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DFE25SEP,
        published="2025-09-03",
    ),
    # Education and Skills Funding Agency, an executive agency of the Department for Education ('ESFA Update local authorities: 29 September 2021', correspondence on GOV.UK; Crown copyright, OGL); zone Europe/London (BST); the page says 'Published 29 September 2021' and gives no hour: said Wednesday 29 September 2021 10:00 BST. The publication line, numbered headings (one of them dated), sentences without a time word, the one whose only time words are 'now' and 'no longer' and the last, cut off, are not taken. 'summer' only names the programme; nothing is dated: due None, no refusal word
    B(
        text="The coronavirus (COVID-19) summer school claim form is now live.",
        due=None,
        vague=False,
        said="2021-09-29 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ESFA21,
        published="2021-09-29",
    ),
    # a dated deadline with a clock time: 1 October 2021 23:59 BST
    B(
        text="The deadline for your submission is 11:59pm on 01 October 2021.",
        due="2021-10-01 22:59:00",
        vague=False,
        said="2021-09-29 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_ESFA21,
        published="2021-09-29",
    ),
    # 'shortly' told of the department's own census: vague, 60 days (CONVENTIONS 5.1): 28 November 2021, end of day (GMT). unsure: a careful reader could give the census's own day, 7 October 2021 (given only by the heading above it, CONVENTIONS 6.3), or due None (a reminder, nothing undertaken)
    B(
        text="This is a reminder that the autumn schools census is due to take place shortly.",
        due="2021-11-28 23:59:59",
        vague=True,
        said="2021-09-29 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_ESFA21,
        published="2021-09-29",
    ),
    # a census day and a later deadline: the later (CONVENTIONS 6.1): 3 November 2021, end of day (GMT)
    B(
        text="The census date for the 2021 autumn school census is Thursday, 7 October, with the deadline for approved submissions being Wednesday, 3 November.",
        due="2021-11-03 23:59:59",
        vague=False,
        said="2021-09-29 09:00:00",
        tz="Europe/London",
        cluster=3,
        source=_ESFA21,
        published="2021-09-29",
    ),
    # a one-off closure on a dated day (CONVENTIONS 3.1): 1 December 2021, end of day
    B(
        text="The database will be closed to amendments on Wednesday, 1 December.",
        due="2021-12-01 23:59:59",
        vague=False,
        said="2021-09-29 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ESFA21,
        published="2021-09-29",
    ),
    # the year and season only name the census; nothing is dated: due None, no refusal word
    B(
        text="A ‘beta’ release of the 2021 autumn school census live COLLECT blade is now available for you to become familiar with.",
        due=None,
        vague=False,
        said="2021-09-29 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ESFA21,
        published="2021-09-29",
    ),
    # kept open to a dated time (CONVENTIONS 3.3): 1 October 2021 16:00 BST
    B(
        text="This will remain open until 4pm on Friday, 1 October.",
        due="2021-10-01 15:00:00",
        vague=False,
        said="2021-09-29 09:00:00",
        tz="Europe/London",
        cluster=2,
        source=_ESFA21,
        published="2021-09-29",
    ),
    # the year only names the guide: due None, no refusal word
    B(
        text="A guide for the 2021 to 2022 academic year is now available.",
        due=None,
        vague=False,
        said="2021-09-29 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ESFA21,
        published="2021-09-29",
    ),
    # a consultation closing 'tomorrow, Thursday 30 September' (CONVENTIONS 3.1): 30 September 2021, end of day
    B(
        text="The Department for Education’s Fair school funding for all: completing our reforms of the National Funding Formula consultation closes tomorrow, Thursday 30 September.",
        due="2021-09-30 22:59:59",
        vague=False,
        said="2021-09-29 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_ESFA21,
        published="2021-09-29",
    ),
    # a past introduction: past
    B(
        text="The introduction of the schools National Funding Formula (NFF) in 2018 to 2019 was a major step forward from the postcode lottery of the previous funding system.",
        due=None,
        vague=False,
        said="2021-09-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_ESFA21,
        published="2021-09-29",
    ),
    # Prime Minister's Office, 10 Downing Street (readout 'PM meeting with Prime Minister Muscat of Malta: 12 March 2018' on GOV.UK; Crown copyright, OGL); zone Europe/London (GMT); the title dates the meeting 12 March 2018 and the page gives no hour: said Monday 12 March 2018 10:00 GMT. The attribution line, the sentence without a time word and the one whose only time words are 'recent' and 'future' are not taken. a meeting already held: past
    B(
        text="This afternoon the Prime Minister held a bilateral meeting with Prime Minister Muscat of Malta ahead of the Commonwealth Day Service at Westminster Abbey.",
        due=None,
        vague=False,
        said="2018-03-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PM18,
        published="2018-03-12",
    ),
    # thanks for progress during a term of office: past
    B(
        text="The Prime Minister thanked Prime Minister Muscat for the progress made on the reform agenda during Malta’s Chair-in-Office of the Commonwealth.",
        due=None,
        vague=False,
        said="2018-03-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PM18,
        published="2018-03-12",
    ),
    # a one-off meeting in a month (CONVENTIONS 3.1): the month's end: 30 April 2018, end of day. unsure: a careful reader could give due None with no refusal word (what the leaders looked forward to, no undertaking)
    B(
        text="Both leaders looked forward to the upcoming Commonwealth Heads of Government Meeting in April.",
        due="2018-04-30 22:59:59",
        vague=False,
        said="2018-03-12 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_PM18,
        published="2018-03-12",
    ),
    # agreement at the March European Council: the month's end: 31 March 2018, end of day (BST). unsure: a careful reader could give due None with no refusal word (an importance noted, no undertaking)
    B(
        text="She also noted the importance of the UK and the EU reaching agreement on the terms of the implementation period at the March European Council.",
        due="2018-03-31 22:59:59",
        vague=False,
        said="2018-03-12 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_PM18,
        published="2018-03-12",
    ),
    # Prime Minister's Office, 10 Downing Street ('Number 10 Press Briefing - Morning From 28 October 2010', the Prime Minister's spokesman's lobby briefing as archived on GOV.UK; Crown copyright, OGL); zone Europe/London (BST); the title dates the morning briefing 28 October 2010 and gives no hour: said Thursday 28 October 2010 10:00 BST. The title, the subject line, section headings and the last sentence, cut off, are not taken. a summit 'next week' at which defence will be discussed, confirmed by the answer (CONVENTIONS 3.1, 4.3: the answer fixes it): the week's Sunday, 7 November 2010, end of day (GMT). unsure: a careful reader could give due None with no refusal word (the week is in the reporter's question)
    B(
        text="Asked if the subject of defence would be the main item on the agenda at the Anglo-French Summit next week, the Prime Minister’s Spokesman (PMS) said that defence would be on the agenda, but the Chancellor was also attending so other issues would also be discussed.",
        due="2010-11-07 23:59:59",
        vague=False,
        said="2010-10-28 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_PMS10,
        published="2010-10-28",
    ),
    # 'last night', 'yesterday': past
    B(
        text="Asked if the video conference that took place last night between the Prime Minister, President Obama, President Sarkozy and Chancellor Merkel was a new thing, the PMS said no; they regularly spoke in this way, and yesterday they discussed the G20.",
        due=None,
        vague=False,
        said="2010-10-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PMS10,
        published="2010-10-28",
    ),
    # 'overnight', 'yesterday': past
    B(
        text="Asked if the Prime Minister had made any progress overnight on the European budget, the PMS said that the Prime Minister had spoken to various people yesterday.",
        due=None,
        vague=False,
        said="2010-10-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PMS10,
        published="2010-10-28",
    ),
    # 'next year' names the budget year; nothing is dated: due None, no refusal word (as blind_real.py: a year that only names a budget does not set a deadline). unsure: a careful reader could give past (the focus reported of the talks already held)
    B(
        text="His focus was on seeing if we could reduce the annual budget for next year from 6%.",
        due=None,
        vague=False,
        said="2010-10-28 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_PMS10,
        published="2010-10-28",
    ),
    # 'next year’s budget' names a budget; nothing is dated: due None, no refusal word
    B(
        text="Asked if the Prime Minister was disappointed that it looked likely he would be unable to reduce next year’s budget, the PMS said that our focus was on preventing the 6% proposal, which was supported by the European Parliament and the Commission, from going ahead.",
        due=None,
        vague=False,
        said="2010-10-28 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_PMS10,
        published="2010-10-28",
    ),
    # 'had recently said': past
    B(
        text="Put that that Prime Minister had recently said that he wanted to freeze or reduce the budget, the PMS said that in an ideal world we thought the budget should be frozen or reduced, but the majority of countries were net recipients of this budget not net contributors, and this was something that was dealt with by qualified majority voting.",
        due=None,
        vague=False,
        said="2010-10-28 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_PMS10,
        published="2010-10-28",
    ),
    # Driver and Vehicle Standards Agency (DVSA blog 'Moving On', post 'DVSA Vision 2030 and what it means for enforcement', dated 11 March 2024 in its address; Crown copyright, OGL); zone Europe/London (GMT); no hour on the page: said Monday 11 March 2024 10:00 GMT. The archive notice ('published under the 2015-2024 Conservative Administration'), the byline, the list of three areas, questions and sentences without a time word or whose only time word is 'already' or 'again' are not taken. a commitment kept going 'to 2030' (CONVENTIONS 3.3): the end of 2030. unsure: a careful reader could give due None with no refusal word ('vision to 2030' names the strategy)
    B(
        text="Our vision to 2030 sets out how we will be keeping Britain moving safely and sustainably.",
        due="2030-12-31 23:59:59",
        vague=False,
        said="2024-03-11 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DVSA24,
        published="2024-03-11",
    ),
    # 'in the future': no time set: due None, no refusal word
    B(
        text="I want to take an opportunity to explain a little bit about what this means for enforcement work in the future, through 3 key areas.",
        due=None,
        vague=False,
        said="2024-03-11 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSA24,
        published="2024-03-11",
    ),
    # 'in the future': no time set: due None, no refusal word
    B(
        text="We also need to be able to influence standards for vehicle and equipment approval in the future.",
        due=None,
        vague=False,
        said="2024-03-11 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSA24,
        published="2024-03-11",
    ),
    # 'soon' told of the past (CONVENTIONS 5.3): past
    B(
        text="Many of us can recall being told that when digital tachographs were introduced it would be the end of falsifying records – but operators and drivers soon found a way round this.",
        due=None,
        vague=False,
        said="2024-03-11 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA24,
        published="2024-03-11",
    ),
    # Driving Standards Agency, DVSA's predecessor, counted here with DVSA (news story 'DSA opening hours: Christmas and New Year' on GOV.UK; Crown copyright, OGL); zone Europe/London (GMT); the stored text prints no date of publication: its weekdays (Wednesday 25 December, Thursday 2 January) fit Christmas 2013 only, so it is read as of Monday 2 December 2013 10:00 GMT; no label below changes for any day from 1 November to 19 December 2013. Headings, the bulleted list of online services and the rows of the two tables (dates and opening states, not sentences) are not taken. closures 'over Christmas and New Year', the later end of the holiday span (CONVENTIONS 6.1): New Year's Day, 1 January 2014, end of day. unsure: a careful reader could give due None with no refusal word (closures 'at times', no one time)
    B(
        text="The Driving Standards Agency (DSA) will close at times over Christmas and New Year, but its online services will be available as normal.",
        due="2014-01-01 23:59:59",
        vague=False,
        said="2013-12-02 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DSA13,
        published="2013-12-02",
    ),
    # a service kept going through a holiday span (CONVENTIONS 3.3): New Year's Day, 1 January 2014, end of day. unsure: a careful reader could read 'the New Year' as early 2014 (vague, as 'in the new year')
    B(
        text="DSA’s online services will be available throughout Christmas and the New Year.",
        due="2014-01-01 23:59:59",
        vague=False,
        said="2013-12-02 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DSA13,
        published="2013-12-02",
    ),
    # a normal service kept to a dated day (CONVENTIONS 3.3): 24 December 2013, end of day
    B(
        text="DSA will be operating a normal service up to and including Tuesday 24 December.",
        due="2013-12-24 23:59:59",
        vague=False,
        said="2013-12-02 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DSA13,
        published="2013-12-02",
    ),
    # a notice period of every booking (CONVENTIONS 1.3): recurring
    B(
        text="You must give at least 3 clear working days’ notice to change your test date or cancel it, or you’ll have to pay again.",
        due=None,
        vague=False,
        said="2013-12-02 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DSA13,
        published="2013-12-02",
    ),
    # a standing rule: recurring
    B(
        text="Sundays and public holidays don’t count as working days.",
        due=None,
        vague=False,
        said="2013-12-02 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DSA13,
        published="2013-12-02",
    ),
    # 'the last dates' point to the tables; no time of its own: due None, no refusal word
    B(
        text="The tables show the last dates you can change or cancel your test.",
        due=None,
        vague=False,
        said="2013-12-02 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DSA13,
        published="2013-12-02",
    ),
    # 'the date' is no time: due None, no refusal word
    B(
        text="The date will depend on where you take the test, and whether you’re doing it online or by phone.",
        due=None,
        vague=False,
        said="2013-12-02 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DSA13,
        published="2013-12-02",
    ),
    # UK Parliament (Commons written statement 'Places for Growth Update', HCWS, Tuesday 12 December 2023, the Minister for the Cabinet Office (John Glen), ministerial extracts on parallelparliament.co.uk; Open Parliament Licence); zone Europe/London (GMT); the page gives the date and no hour: said 12 December 2023 10:00 GMT. The page furniture ('Read Full debate', the date line, '(11 months, 2 weeks ago)') and sentences without a time word are not taken. the perfect with 'today' (CONVENTIONS 2.4): past
    B(
        text="Today we have published the latest statistics relating to Places for Growth role relocations.",
        due=None,
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS23,
        published="2023-12-12",
    ),
    # progress over 2020 to 2023, reported: past. unsure: a careful reader could give due None with no refusal word (the years name what the publication covers)
    B(
        text="This publication sets out a Places for Growth programme overview, relocation data collection and methodology and progress against programme targets 2020 to 2023.",
        due=None,
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS23,
        published="2023-12-12",
    ),
    # 'to date': past
    B(
        text="Relocations data is broken down by nation, region, location, grade and Department, cumulatively providing a holistic overview of the progress made in relocating Government roles to date.",
        due=None,
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS23,
        published="2023-12-12",
    ),
    # a commitment 'by 2030' (CONVENTIONS 3.5): the end of 2030
    B(
        text="Places for Growth is delivering on the Government’s commitment to relocate 22,000 roles from London and to have 50% of UK-based senior civil service roles based outside London by 2030.",
        due="2030-12-31 23:59:59",
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WS23,
        published="2023-12-12",
    ),
    # 'today' is on the verb of announcing (CONVENTIONS 2.2); the relocation's new year, 2027 (the old 2030 is replaced, CONVENTIONS 4.1): the end of 2027
    B(
        text="In addition to publishing the latest statistics, today I have announced I am bringing forward the delivery timeframe to relocate 22,000 roles from 2030 to 2027.",
        due="2027-12-31 23:59:59",
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WS23,
        published="2023-12-12",
    ),
    # 'to date', 'since 2020': past
    B(
        text="This recognises the huge progress that has been made to date on this initiative; since 2020 the Places for Growth programme has worked with Government Departments to relocate more than 16,000 roles.",
        due=None,
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WS23,
        published="2023-12-12",
    ),
    # Cabinet Office (press release 'Plan to move government roles out of Westminster brought forward and new headquarters unveiled', 12 December 2023, as carried verbatim by wired-gov.net, whose address carries the date and hour 12122023 12:10; Crown copyright, OGL); zone Europe/London (GMT); said Tuesday 12 December 2023 10:00 GMT (publication day at 10:00: the carrier's 12:10 is when it carried the release, not when the department issued it). Sentences whose only time word is 'long-term' or 'already', the minister's quote without a time word and the last, cut off, are not taken. the new target year 2027 (the old 2030 is replaced, CONVENTIONS 4.1): the end of 2027
    B(
        text="Government brings forward target to relocate 22,000 roles out of London from 2030 to 2027 - demonstrating the success of the Places for Growth programme and bringing positive change for communities more quickly.",
        due="2027-12-31 23:59:59",
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_CO23,
        published="2023-12-12",
    ),
    # as the sentence before: the end of 2027
    B(
        text="The Government is bringing forward its target to relocate 22,000 roles out of London from 2030 to 2027.",
        due="2027-12-31 23:59:59",
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_CO23,
        published="2023-12-12",
    ),
    # roles already moved; the 'by 2025' commitment already exceeded: past
    B(
        text="It comes as new figures today show that 16,061 roles have already been moved out of London, exceeding our commitment to relocate 15,000 roles by 2025 and underlining the success of the Places for Growth programme.",
        due=None,
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_CO23,
        published="2023-12-12",
    ),
    # 'today' is on announcing (CONVENTIONS 2.2); the roles for Wrexham have no time of their own: due None, no refusal word
    B(
        text="The move, announced today, also comes as it is confirmed that Wrexham will benefit from 300 extra roles, which underlines the Government’s commitment to Levelling up and spreading opportunity across the country.",
        due=None,
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_CO23,
        published="2023-12-12",
    ),
    # the announcements made 'today' in the present (CONVENTIONS 2.1, as 'I am today announcing'): 12 December 2023, end of day. unsure: a careful reader could give due None with no refusal word (the day word only dates the announcing, CONVENTIONS 2.2; the headquarters have no time)
    B(
        text="The announcements today include new second headquarters for the Department of Business and Trade in Darlington, and the Department for Science, Innovation and Technology in Greater Manchester.",
        due="2023-12-12 23:59:59",
        vague=False,
        said="2023-12-12 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_CO23,
        published="2023-12-12",
    ),
    # Environment Agency (Environment Agency blog post 'Anglian Water Services Ltd fined £50k in case brought by the Environment Agency', dated 16 July 2024 in its address; Crown copyright, OGL); zone Europe/London (BST); no hour on the page: said Tuesday 16 July 2024 10:00 BST. Sentences without a time word (the fine, 'the first conviction of its kind', the plea, the judge's ruling, 'continues') and the last, cut off, are not taken. 'ever', 'to date' measure the investigation against the past: past. unsure: a careful reader could give due None with no refusal word (work that goes on, no time set)
    B(
        text="We continue to work on our largest ever criminal investigation, to date, into potential breaches of environmental permit conditions by all water and sewerage companies discharging into English waters.",
        due=None,
        vague=False,
        said="2024-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA24,
        published="2024-07-16",
    ),
    # 'Last week': past
    B(
        text="Last week the investigation team were in court for the sentencing hearing of Anglian Water Services Ltd.",
        due=None,
        vague=False,
        said="2024-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA24,
        published="2024-07-16",
    ),
    # a year-less date told of the past ('took place'): past
    B(
        text="The sentencing hearing took place on 5 July at Peterborough Magistrates’ Court after the water company was convicted on 24 May 2024.",
        due=None,
        vague=False,
        said="2024-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA24,
        published="2024-07-16",
    ),
    # 'Since launching': past
    B(
        text="Since launching the investigation into Anglian Water Service Ltd.’s compliance, the Environment Agency has served several statutory requirements for records on the company.",
        due=None,
        vague=False,
        said="2024-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA24,
        published="2024-07-16",
    ),
    # notices served in 2022 and 2023: past
    B(
        text="Anglian Water Services Ltd has been convicted of failing, without reasonable excuse, to respond to one of these notices, served between dates in January 2022 and January 2023.",
        due=None,
        vague=False,
        said="2024-07-16 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA24,
        published="2024-07-16",
    ),
)
