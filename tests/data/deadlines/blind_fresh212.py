"""A TWO-HUNDRED-AND-TWELFTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 23:35 and 23:46 by the machine's clock (`date`;
the clock seemed to run slow against the work done, so the branch's commit time is the one to trust) by a
labelling helper of stop 68 (branch issue12l212-s68) that neither changed, imported nor ran the parser, the
extractor, the benches or the tests on this material, working at the same time as the other labellers of
the stop, whose claims in the shared claims file were treated as used and whose files were not opened. It
read `CONVENTIONS.md` in full, the docstring, comments and about a dozen cases of `blind_fresh208.py` and
its README section, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague
windows, parts of the day, "early / mid / late", "before", fiscal years); nothing else of
`bot/core/deadlines/` and no other set was opened. The brief asked for about 70-80 cases (at least 60),
every sentence of each page taken that holds a time word of any kind, refusals included, at least 8
publishers, none above a fifth, at most a third from the United States, a spread of genres, leaning on
pm.gov.au, ABS releases, NZ Department of Conservation news, European Commission press material,
kremlin.ru news and GOV.UK news of the Environment Agency, HMCTS and DVSA.

The set quotes the Australian Bureau of Statistics (a 'History of Changes' page of 2015 and the 'Main
Features' of an October 2008 issue), the Federal Emergency Management Agency (two news releases of 2003
and 2005, as archived), HM Courts & Tribunals Service (two weekly 'HMCTS Update' bulletins, October 2024
and January 2026), the Environment Agency (two waterways coronavirus updates, June 2020 and March 2021),
the Houses of the Oireachtas (three Dáil Orders of Business, 2012-2015, as carried by KildareStreet), the Prime Minister of Australia (a press conference of 26 May 2019), the Department of
Conservation (a media release of 7 December 2017) and the Office for National Statistics (a statistics
announcement on GOV.UK, 2020). 67 cases from 8 publishers: the Australian Bureau of Statistics 13
(19.4%); the Federal Emergency Management Agency 12 (17.9%); HM Courts & Tribunals Service 11 (16.4%);
the Environment Agency 10 (14.9%); the Prime Minister of Australia 7 (10.4%); the Houses of the
Oireachtas 6 (9.0%); the Department of Conservation 4 (6.0%); the Office for National Statistics 4
(6.0%). 12 of 67 (17.9%) are from the United States (FEMA); 25 are British, 20 Australian, 6 Irish and 4
from New Zealand. Genres: statistical release
notes and change histories, disaster-recovery news releases, court-service newsletters, a navigation
authority's guidance to boaters, parliamentary Orders of Business, a prime minister's press-conference
transcript, a conservation agency's media release and a statistics release announcement.

The store is heavily mined: of about 75 addresses checked with `fresh_check.py` (each with a distinctive
phrase), most read used: every European Commission daily news page and copy the search returned, every
kremlin.ru page (news and executive orders), most pm.gov.au transcripts, most ABS release advice pages,
Statistics Canada's Daily and release schedules, ONS statements, the NOAA fisheries bulletins, several
FEMA releases of the archive, two Oireachtas debate pages and several UK Parliament pages. No European
Commission, kremlin.ru or DVSA page was found fresh, so the set has none of them. Each page's cases share
one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh212`) but not used, to keep each publisher within a fifth and the set
balanced: the Australian Bureau of Statistics' Australian Labour Market Statistics, Apr 2011, chapter on
changes (https://www.abs.gov.au/ausstats/abs@.nsf/Lookup/6105.0Chapter44Apr%202011) and FEMA's release
1564-039 of 7 December 2004
(https://webarchive.library.unt.edu/eot2008/20090109192315/http://www.fema.gov/news/newsrelease.fema?id=15621)
and release 1605-082 of 27 October 2005
(https://webarchive.library.unt.edu/eot2008/20081026121927/http://www.fema.gov/news/newsrelease.fema?id=20124);
and, claimed and dropped after the whole-sentence check, the Dáil business motion of 13 December 2022
(https://www.kildarestreet.com/debates/?id=2022-12-13a.50), whose only two quotable lines ("Tuesday's
business shall be:", "Wednesday's business shall be:") are generic text that other sets already hold.
Within the pages kept: titles, headings, publication, release and date lines, withdrawal and archive
notices, standing subtitles, list items (locations with their days, motion items), sentences without a
time word, sentences whose only time words are general ("now", "currently", "latest", "again", "as
ever", "still", "first ever"), kinds of things that only sound like time ("hourly rates",
"timeliness", "court time"), a repeated quotation (the ABS change history quotes its new paragraph, which
repeats the two sentences of the entry above it) and sentences cut off where the stored text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, a season, "today", "tomorrow", "yesterday", "last month", "last Saturday week", "this
summer", "early 2019", "in the coming weeks", "over the next five years", "for the next few months",
"since 1998", "previously", "ahead of schedule", "quarterly", "monthly", "24 hours a day", "during this
pandemic", "dates"); within each page quoted, the sentences of the stored text that hold one were taken
in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh212`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file): all 67 read fresh. Each label was worked out by hand from the words, the publication date
and the publisher's zone; the conversion of local instants to UTC wall time, weekdays and day counts were
done with Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the
project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh208.py`: the publication date at 10:00 local time unless the page gives the hour (the three
Oireachtas pages give the time of the item, which is used); the first comment of each page says where its
date was read. Two pages print no day of their own: the ABS October 2008 issue is read on 1 October 2008
and the ONS announcement on the date it carries (17 January 2020), and neither choice changes a label. A
day falls due at 23:59:59 local; a one-off event at a time due then (CONVENTIONS 3.1); a duty or closing
rule that begins on a date due that date (CONVENTIONS 3.1a); something kept going to a time due then
(CONVENTIONS 3.3); "by the end of <month>" and "ahead of <date>" as CONVENTIONS 3.5 reads them; a closure
for a stated length due at its end (CONVENTIONS 1.1); several times and ranges at the latest (CONVENTIONS
6.1); a clock time whose day only another sentence gives is read from its own sentence (CONVENTIONS 6.3,
the page's instant in the comment); the perfect with "today" past (CONVENTIONS 2.4); a day word on the verb
of announcing is not the deadline (CONVENTIONS 2.2), the present "Today I am pleased to outline" due that
day (CONVENTIONS 2.1); a denied release negated (CONVENTIONS 4.1); standing hours and rules for a class of
cases recurring (CONVENTIONS 1.3); spans and closings tied to undated events event; "in the coming weeks"
told as the service's own undertaking takes the documented 4-week window (CONVENTIONS 5.1); the
Government's stated Order of Business stays dated (CONVENTIONS 4.3, 6.3); years, months and seasons that
only name a Bill, a survey, a paper, a video or a document set no time (due None, no refusal word).
Clusters as in `blind_fresh208.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of
the day, periods and windows, 5 refusals, 6 plain days and dates. 32 labels are refusals (past 22, event
5, recurring 4, negated 1; none earliest); 1 is vague (a 4-week window); 23 labels carry a due instant
(the vague one included); 12 have due None without a refusal word (years and months that only name
something, times given only by another sentence, an announcement's day word, spans that set no time); 20
are marked "unsure" and name the other reading; like every label here they stay as committed, whatever the
first run shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_EA20 = "https://gov.uk/government/publications/environment-agency-waterways-coronavirus-covid-19-update/environment-agency-waterways-coronavirus-covid-19-update-5-june-2020"
_EA21 = "https://gov.uk/government/publications/environment-agency-waterways-coronavirus-covid-19-update/environment-agency-waterways-coronavirus-covid-19-update-5-march-2021"
_HMCTS24 = "https://content.govdelivery.com/accounts/UKHMCTS/bulletins/3b9fbed"
_HMCTS26 = "https://content.govdelivery.com/accounts/UKHMCTS/bulletins/4038b84"
_PM19 = "https://www.pm.gov.au/media/press-conference-canberra-3"
_OIR12 = "https://www.kildarestreet.com/debate/?id=2012-01-26.126.0"
_OIR14 = "https://www.kildarestreet.com/debate/?id=2014-06-10a.251"
_OIR15 = "https://www.kildarestreet.com/debate/?id=2015-11-25a.374"
_DOC17 = "https://www.doc.govt.nz/news/media-releases/2017/potential-rat-dropping-sparks-response-on-whenua-hou/"
_ABS15 = "https://www.abs.gov.au/ausstats/abs@.nsf/Latestproducts/6287.0History%20of%20Changes02011?opendocument&tabname=Summary&prodno=6287.0&issue=2011&num=&view="
_ABS08 = "https://www.abs.gov.au/ausstats/abs@.nsf/Previousproducts/6105.0Main%20Features2Oct%202008?opendocument&tabname=Summary&prodno=6105.0&issue=Oct%202008&num=&view="
_FEMA05 = "https://webarchive.library.unt.edu/eot2008/20081024210552/http://www.fema.gov/news/newsrelease.fema?id=19440"
_FEMA03 = "https://webarchive.library.unt.edu/eot2008/20081025084313/http:/www.fema.gov/news/newsrelease.fema?id=5985"
_ONS20 = "https://www.gov.uk/government/statistics/announcements/index-of-services-uk-july-2020"

FRESH212_CASES: tuple[BlindCase, ...] = (
    # Environment Agency ('[Withdrawn] Environment Agency waterways: Coronavirus (Covid-19) update 5 June 2020', guidance on GOV.UK; Crown copyright, OGL); zone Europe/London (BST); the title dates it 5 June 2020 and no hour is given: said Friday 5 June 2020 10:00 BST. The withdrawal notice ('withdrawn on 16 August 2022'), the 'Updated' line, headings, sentences without a time word or whose only time words are general ('As ever', 'now', 'again' alone) and the last, cut off where the stored text ends ('Urgent maintenance work will continue throughout June and we hope to lift local restr...'), are not taken. the lifting on 12 May is told of the past: past
    B(
        text="Thank you to all of our waterway users for their patience as we have worked to safely and swiftly prepare for access to the water again since the lifting of some government lockdown restrictions on water sports on 12 May.",
        due=None,
        vague=False,
        said="2020-06-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA20,
        published="2020-06-05",
    ),
    # boating resumed from 1 June, four days before speaking (the perfect); the day word is not on the act of announcing (CONVENTIONS 2.2, 2.4): past
    B(
        text="We are delighted to announce that private leisure boating has resumed for day trips on all of our navigable waterways from 1 June as promised in previous guidance to you, our boating customers.",
        due=None,
        vague=False,
        said="2020-06-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA20,
        published="2020-06-05",
    ),
    # 'ahead of schedule', waterways already opened: past
    B(
        text="Some were opened ahead of schedule, such as the River Medway and certain stretches of the Thames.",
        due=None,
        vague=False,
        said="2020-06-05 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA20,
        published="2020-06-05",
    ),
    # kept going until an undated event ('until we have completed ... work', CONVENTIONS 1.3, 5.2): event
    B(
        text="Where we have identified hazards, we may have to continue to minimise movement on those reaches until we have completed any essential maintenance work.",
        due=None,
        vague=False,
        said="2020-06-05 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EA20,
        published="2020-06-05",
    ),
    # Environment Agency ('[Withdrawn] Environment Agency waterways: Coronavirus (COVID-19) update 5 March 2021', guidance on GOV.UK; Crown copyright, OGL); zone Europe/London (GMT); the title dates it 5 March 2021 and no hour is given: said Friday 5 March 2021 10:00 GMT. The withdrawal notice, the 'Updated' line, headings, sentences without a time word, the quoted definition of 'local', 'the latest social distancing rules' (general) and the last, cut off, are not taken. the guidance issued 'ahead of 8 March', read as 'before 8 March' (CONVENTIONS 3.5): 7 March 2021, end of day. unsure: a careful reader could give 5 March 2021, end of day (the issuing is the present act of the day of speaking, CONVENTIONS 2.1), or 8 March 2021 (the government's easing, a dated event)
    B(
        text="Following the Prime Minister’s announcement of the 4 step roadmap for lifting coronavirus restrictions, this is our updated guidance for boating customers, which we are issuing ahead of 8 March when the government begins to cautiously ease lockdown restrictions in England.",
        due="2021-03-07 23:59:59",
        vague=False,
        said="2021-03-05 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA21,
        published="2021-03-05",
    ),
    # a duration that holds for each step, a class of cases with no start of its own (CONVENTIONS 1.3): recurring. unsure: a careful reader could give event (five weeks from the undated start of a step)
    B(
        text="Each step of the roadmap will continue for at least 5 weeks to allow the government to make an assessment before easing restrictions further.",
        due=None,
        vague=False,
        said="2021-03-05 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_EA21,
        published="2021-03-05",
    ),
    # 'Spring 2021' only names a document: due None, no refusal word
    B(
        text="Further guidance on the government roadmap can be found here: COVID-19 Response - Spring 2021.",
        due=None,
        vague=False,
        said="2021-03-05 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA21,
        published="2021-03-05",
    ),
    # restrictions lifted on a dated day, a one-off event (CONVENTIONS 3.1); 'throughout the first 3 steps' names no date: 29 March 2021, end of day (BST)
    B(
        text="From 29 March, as part of the first step, ‘Stay at Home’ restrictions will be lifted, however government guidance instructs you to continue to stay local where possible and minimise travel throughout the first 3 steps of the roadmap.",
        due="2021-03-29 22:59:59",
        vague=False,
        said="2021-03-05 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA21,
        published="2021-03-05",
    ),
    # a duty that begins on a date (CONVENTIONS 3.1a): 29 March 2021, end of day (BST). unsure: a careful reader could give earliest 29 March 2021 00:00 BST (guidance that only holds from that day, CONVENTIONS 3.2)
    B(
        text="This means that during the first step from 29th March, people should avoid travelling further than is reasonably necessary on board their boat or to take part in their waterway activity.",
        due="2021-03-29 22:59:59",
        vague=False,
        said="2021-03-05 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_EA21,
        published="2021-03-05",
    ),
    # kept in place up to an undated step of the roadmap: event
    B(
        text="COVID-Secure guidance will also remain in place up to and including Step 3 (subject to a proposed review of social distancing rules ahead of Step 4).",
        due=None,
        vague=False,
        said="2021-03-05 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EA21,
        published="2021-03-05",
    ),
    # HM Courts & Tribunals Service ('HMCTS Update', weekly round-up of Friday 4 October 2024, HMCTS's own GovDelivery bulletin; Crown copyright, OGL); zone Europe/London (BST); the bulletin dates itself Friday 4 October 2024 and gives no hour: said 10:00 BST. The dateline, the standing subtitle ('A weekly round-up of ...'), sentences without a time word or whose only time words are general ('currently', 'latest', 'continuous', 'court time') and the last, cut off ('During this time, hearings will take place at other courts across Lond...'), are not taken. 'last month': past
    B(
        text="Over 1,400 people attended open days at Lewes Combined Court and Ipswich Magistrates’ Court last month.",
        due=None,
        vague=False,
        said="2024-10-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS24,
        published="2024-10-04",
    ),
    # roll-out 'by the end of October 2024' (CONVENTIONS 3.5): 31 October 2024, end of day (GMT after 27 October)
    B(
        text="We’re grateful to professional users for their patience while the changes are rolled-out to our remaining sites by the end of October 2024.",
        due="2024-10-31 23:59:59",
        vague=False,
        said="2024-10-04 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMCTS24,
        published="2024-10-04",
    ),
    # 'Last month', 'over the last year': past
    B(
        text="Last month, we celebrated some of the great work across HMCTS over the last year.",
        due=None,
        vague=False,
        said="2024-10-04 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS24,
        published="2024-10-04",
    ),
    # a closure run for a stated length from a dated start falls due at its end (CONVENTIONS 1.1): 29 November 2024 + 10 months = Monday 29 September 2025, end of day (BST). unsure: a careful reader could give Friday 29 November 2024, end of day (the closure itself, a one-off event, CONVENTIONS 3.1), the ten months being only an estimate
    B(
        text="The building will close temporarily after court sittings on Friday 29 November for an anticipated period of 10 months while the work is completed.",
        due="2025-09-29 22:59:59",
        vague=False,
        said="2024-10-04 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMCTS24,
        published="2024-10-04",
    ),
    # HM Courts & Tribunals Service ('HMCTS Update', weekly round-up of Friday 9 January 2026, HMCTS's own GovDelivery bulletin; Crown copyright, OGL); zone Europe/London (GMT); the bulletin dates itself Friday 9 January 2026 and gives no hour: said 10:00 GMT. The dateline, the standing subtitle, headings, sentences without a time word, 'guideline hourly rates' (a kind of rate), 'timeliness' (a measure) and the last, cut off, are not taken. the move runs 'throughout January 2026': due at the month's end (a range falls due at its later end): 31 January 2026, end of day
    B(
        text="Throughout January 2026, we will be moving to a new email provider for our communications, including the weekly HMCTS Update newsletter.",
        due="2026-01-31 23:59:59",
        vague=False,
        said="2026-01-09 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMCTS26,
        published="2026-01-09",
    ),
    # 'in the coming weeks', the service's own undertaking: vague, 4 weeks (the documented window, CONVENTIONS 5.1): 6 February 2026, end of day
    B(
        text="We will be in touch in the coming weeks about any steps you need to take to continue receiving our updates.",
        due="2026-02-06 23:59:59",
        vague=True,
        said="2026-01-09 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_HMCTS26,
        published="2026-01-09",
    ),
    # the funding announcement has been made (the bulletin reports it; 23 December was a Tuesday in 2025, not in 2026, so the year is a slip for 2025): past. unsure: a careful reader taking the words as written could give 23 December 2026, end of day (a future date, the access following it)
    B(
        text="People facing debt, housing repossession or family law disputes will have access to free legal support following a funding announcement by the Deputy Prime Minister on Tuesday 23 December 2026.",
        due=None,
        vague=False,
        said="2026-01-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS26,
        published="2026-01-09",
    ),
    # a grant kept going to a month (CONVENTIONS 3.3; a range falls due at its later end): 31 March 2029, end of day (BST)
    B(
        text="The grant, worth nearly £20 million, will run from October 2026 to March 2029.",
        due="2029-03-31 22:59:59",
        vague=False,
        said="2026-01-09 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HMCTS26,
        published="2026-01-09",
    ),
    # rates in force since 1 January 2026, eight days before speaking: past
    B(
        text="The new rates, which apply from 1 January 2026, are listed by pay band and grade for different parts of the country and can be viewed on GOV.UK.",
        due=None,
        vague=False,
        said="2026-01-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS26,
        published="2026-01-09",
    ),
    # 'December' only names the video: due None, no refusal word. unsure: a careful reader could give past (a video of last month's news, already published)
    B(
        text="Our short December highlights video covers the Government's response to the Independent Review of the Criminal Courts, colleagues delivering urgent technical support during a murder trial, bailiffs supporting the public and increased funding for criminal legal aid solicitors.",
        due=None,
        vague=False,
        said="2026-01-09 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_HMCTS26,
        published="2026-01-09",
    ),
    # a publication already made, covering a past range; 'monthly' names the series: past
    B(
        text="Our monthly management information for November 2024 to November 2025 is now available to read.",
        due=None,
        vague=False,
        said="2026-01-09 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS26,
        published="2026-01-09",
    ),
    # Prime Minister of Australia (transcript 'Press Conference, Canberra', Parliament House, pm.gov.au; CC BY 4.0); zone Australia/Sydney (AEST, Canberra); the page dates it 26 May 2019 and gives no hour (the Prime Minister opens with 'Good afternoon', no clock time; no label changes for any hour of the day): said Sunday 26 May 2019 10:00 AEST. The title and date lines, the list fragments without a time word ('To keep it there and pay down the debt.' and the like), 'first ever' and the last, cut off ('... the role of Minister f'), are not taken. the election of 18 May: past
    B(
        text="Last Saturday week, the Australia people elected us to get on with the job, get back to work and get about the task of supporting them to realise their aspirations in life, what they want to achieve for themselves, their families and their communities.",
        due=None,
        vague=False,
        said="2019-05-26 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM19,
        published="2019-05-26",
    ),
    # 'Since last Saturday night': past
    B(
        text="Since last Saturday night that has been the task that I’ve been focused on with the Deputy Prime Minister.",
        due=None,
        vague=False,
        said="2019-05-26 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM19,
        published="2019-05-26",
    ),
    # the present act of the day of speaking, 'Today I am pleased to outline' (CONVENTIONS 2.1, as 'I'm pleased, today, to announce'); the election is past: 26 May 2019, end of day
    B(
        text="Today I am pleased to outline to you the new Ministry following the election last Saturday week.",
        due="2019-05-26 13:59:59",
        vague=False,
        said="2019-05-26 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_PM19,
        published="2019-05-26",
    ),
    # 'for many years now', 'more recently': service told of the past: past. unsure: a careful reader could give due None with no refusal word (the sentence describes the Ministry; nothing is dated)
    B(
        text="This Ministry brings together the experience of those who have been serving in roles across the Government for many years now, some more recently, and it brings together some new members who will bring their skills, experience, passion and energy to the Government, as we set about the task of realising the aspirations for all Australians.",
        due=None,
        vague=False,
        said="2019-05-26 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_PM19,
        published="2019-05-26",
    ),
    # a commitment over a span from now (a span lands on a calendar day, the parser's docstring): 26 May 2024, end of day
    B(
        text="To deliver 1.25 million new jobs over the next five years.",
        due="2024-05-26 13:59:59",
        vague=False,
        said="2019-05-26 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_PM19,
        published="2019-05-26",
    ),
    # 'this year's Budget' only names the Budget: due None, no refusal word. unsure: a careful reader could give past (the surplus was announced in a Budget already delivered)
    B(
        text="To maintain those Budget surpluses, that deliver the first surplus that we announced in this year’s Budget.",
        due=None,
        vague=False,
        said="2019-05-26 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_PM19,
        published="2019-05-26",
    ),
    # 'today' on the verb of announcing is not a deadline (CONVENTIONS 2.2) and 'maintains' dates nothing: due None, no refusal word
    B(
        text="The Ministry that I announce today maintains the record representation of women in Cabinet for an Australian Government, with seven female members of our Cabinet.",
        due=None,
        vague=False,
        said="2019-05-26 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_PM19,
        published="2019-05-26",
    ),
    # Houses of the Oireachtas (Dáil debates, Tuesday 10 June 2014, Order of Business, the Taoiseach; as carried by KildareStreet; Oireachtas, CC BY 4.0); zone Europe/Dublin (IST); the page gives the day and the time of the item, 6:05 pm: said Tuesday 10 June 2014 18:05 IST. the years only name Bills: due None, no refusal word. unsure: a careful reader could give 10 June 2014, end of day (the Order of Business is the day's business, though the sentence has no day word)
    B(
        text="It is proposed to take No. 9, motion regarding Standing Order 83A; No. a21, statements on mother and baby homes; No. 21, Health Identifiers Bill 2013 [Seanad] - Order for Report, Report and Final Stages; and No. 1, Merchant Shipping (Registration of Ships) Bill 2013 [Seanad] - Second Stage.",
        due=None,
        vague=False,
        said="2014-06-10 17:05:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR14,
        published="2014-06-10",
    ),
    # the Government's stated plan for the day (CONVENTIONS 4.3: a plan stays dated; Orders of Business are dated, CONVENTIONS 6.3); the minutes run from undated starts: 10 June 2014, end of day
    B(
        text="It is proposed, notwithstanding anything in Standing Orders, that No. 9 shall be decided without debate; No. a21 shall be taken today, and the proceedings thereon shall, if not previously concluded, be brought to a conclusion after 45 minutes and the following arrangements shall apply: the opening speech of the Minister for Children and Youth Affairs and of the main spokespersons for Fianna Fáil, Sinn Féin and the Technical Group, who shall be called upon in that order, shall not exceed ten minutes in each case, such Members may share their time, and a Minister or Minister of State shall be called upon to make a speech in reply which shall not exceed five minutes; Private Members' Business is No. 150, motion re death and burial of children at mother and baby homes.",
        due="2014-06-10 22:59:59",
        vague=False,
        said="2014-06-10 17:05:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR14,
        published="2014-06-10",
    ),
    # 'Tomorrow's Business': 11 June 2014, end of day; the years name Bills
    B(
        text="Tomorrow's Business after Oral Questions will be No. 22, Housing (Miscellaneous Provisions) Bill 2014 - Order for Report, Report and Final Stages; No. 23, Protected Disclosures Bill 2014 - Order for Report, Report and Final Stages; and No. 1, Merchant Shipping (Registration of Ships) Bill - Second Stage (resumed).",
        due="2014-06-11 22:59:59",
        vague=False,
        said="2014-06-10 17:05:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_OIR14,
        published="2014-06-10",
    ),
    # Houses of the Oireachtas (Dáil debates, Thursday 26 January 2012, Order of Business, the Tánaiste; as carried by KildareStreet; CC BY 4.0); zone Europe/Dublin (GMT); the page gives the time of the item, 11:00 am: said Thursday 26 January 2012 11:00 GMT. the year only names a Bill: due None, no refusal word. unsure: a careful reader could give 26 January 2012, end of day (the day's business)
    B(
        text="It is proposed to take No. 7a, motion re membership of committees; No. 7b, motion re referral of papers to Joint Committee on Communications, Natural Resources and Agriculture; No. 7c, motion re proposal that Dáil Eireann notes the report of the Joint Committee on Investigations, Oversight and Petitions, entitled Report on Revised Orders of Reference for the Joint Committee, and referral of the report to the Committee on Procedure and Privileges; No. 15, Water Services (Amendment) Bill 2011 [Seanad] - Report Stage (resumed) and Final Stage; and No. 16, statements on intercountry adoption.",
        due=None,
        vague=False,
        said="2012-01-26 11:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR12,
        published="2012-01-26",
    ),
    # statements taken 'today at 1.30 p.m.', a one-off event at a time (CONVENTIONS 3.1); the minutes are lengths of speeches from undated starts: 26 January 2012 13:30 GMT
    B(
        text="It is proposed, notwithstanding anything in Standing Orders, that Nos. 7a, 7b and 7c , shall be decided without debate, and the proceedings in relation to No. 16 shall be taken today at 1.30 p.m. and the following arrangements shall apply: the opening statements shall be made by a Minister or Minister of State and by the main spokespersons for Fianna Fáil, Sinn Féin and the Technical Group, who shall be called upon in that order, and shall not exceed 15 minutes in each case, the statements of each other Member called upon shall not exceed ten minutes in each case, and Members may share time.",
        due="2012-01-26 13:30:00",
        vague=False,
        said="2012-01-26 11:00:00",
        tz="Europe/Dublin",
        cluster=2,
        source=_OIR12,
        published="2012-01-26",
    ),
    # Houses of the Oireachtas (Dáil debates, Wednesday 25 November 2015, Order of Business, the Taoiseach; as carried by KildareStreet; CC BY 4.0); zone Europe/Dublin (GMT); the page gives the time of the item, 12:20 pm: said Wednesday 25 November 2015 12:20 GMT. The next sentence (the proposal for the sitting, '... the Dáil shall sit later than 9 p.m. tonight ...') is cut off where the stored text ends and is not taken. the years only name Bills: due None, no refusal word. unsure: a careful reader could give 25 November 2015, end of day (the day's business)
    B(
        text="It is proposed to take No. 14, Health Insurance (Amendment) Bill 2015 – Financial Resolution; No. 46, statements on Northern Ireland; No. 43, Finance Bill 2015 - Report Stage (resumed) and Final Stage; No. 9, Motor Vehicle (Duties and Licences) Bill 2015 - Order for Second Stage, and Second and Remaining Stages; No. 44, Criminal Justice (Burglary of Dwellings) Bill 2015 - Second Stage (resumed); and No. 45, Credit Guarantee (Amendment) Bill 2015 - Second Stage (resumed).",
        due=None,
        vague=False,
        said="2015-11-25 12:20:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_OIR15,
        published="2015-11-25",
    ),
    # Department of Conservation (media release 'Potential rat dropping sparks response on Whenua Hou', doc.govt.nz; CC BY 4.0); zone Pacific/Auckland (NZDT); the page says 'Date: 07 December 2017' and gives no hour: said Thursday 7 December 2017 10:00 NZDT. The archive notice, the date line, the image caption, sentences without a time word, 'act now' (general) and the last, cut off ('For media enquiries conta...'), are not taken. 'yesterday morning': past
    B(
        text="It was found by a researcher studying South Georgian diving petrels on Sealers Bay beach and reported to DOC yesterday morning.",
        due=None,
        vague=False,
        said="2017-12-06 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC17,
        published="2017-12-07",
    ),
    # the perfect with 'today' (CONVENTIONS 2.4): past
    B(
        text="A team equipped with tracking tunnels, camera monitoring gear and traps has been deployed to the island today.",
        due=None,
        vague=False,
        said="2017-12-06 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC17,
        published="2017-12-07",
    ),
    # 'this summer' is denied; the next breeding is told as expected in 'early 2019' (CONVENTIONS 4.3: what is told as going to happen stays dated; 'early' of a year is January to April, the parser's docstring): 30 April 2019, end of day (NZST). unsure: a careful reader could give due None with no refusal word (a forecast about birds, no undertaking, CONVENTIONS 4.2) or negated ('not expected to breed ... this summer', CONVENTIONS 4.1)
    B(
        text="However, the critically endangered parrots were not expected to breed on Whenua Hou this summer, with the next breeding expected to be in early 2019.",
        due="2019-04-30 11:59:59",
        vague=False,
        said="2017-12-06 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOC17,
        published="2017-12-07",
    ),
    # 'since 1998': past
    B(
        text="It has been predator free since 1998.",
        due=None,
        vague=False,
        said="2017-12-06 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC17,
        published="2017-12-07",
    ),
    # Australian Bureau of Statistics ('History of Changes' of Labour Force Characteristics of Aboriginal and Torres Strait Islander Australians, 2011, cat. no. 6287.0, abs.gov.au; CC BY); zone Australia/Sydney (AEDT, Canberra); the page says 'This document was added or updated on 02/02/2015' and holds a later entry dated 10/02/2015, so it is read on the later day, with no hour given: said Tuesday 10 February 2015 10:00 AEDT (no label changes for any day of February 2015). The 'added or updated' line and the two sentences of the new paragraph quoted at the end of the 2/2/2015 entry, which repeat the two sentences of the 10/02/2015 entry (one word changed), are not taken. future issues that will not be released, a denied act (CONVENTIONS 4.1): negated
    B(
        text="10/02/2015 - Future issues of the Labour Force Characteristics of Aboriginal and Torres Strait Islander Australians, Estimates from the Labour Force Survey (ABS cat. no. 6287.0) will not be released.",
        due=None,
        vague=False,
        said="2015-02-09 23:00:00",
        tz="Australia/Sydney",
        refusal="negated",
        cluster=5,
        source=_ABS15,
        published="2015-02-10",
    ),
    # '2012-13' only names a survey, 'most recent' is general: due None, no refusal word
    B(
        text="For the most recent information available on Aboriginal and Torres Strait Islander employment and labour force participation, refer to the Australian Aboriginal and Torres Strait Islander Health Survey: Updated Results, 2012-13 (ABS cat. no. 4727.0.55.006).",
        due=None,
        vague=False,
        said="2015-02-09 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS15,
        published="2015-02-10",
    ),
    # a paragraph already replaced; the expected September 2014 lies before the day of speaking: past
    B(
        text='2/2/2015 - The paragraph appended to the bottom of the contents tab was updated from "The 2012 and 2013 releases of the Labour Force Characteristics of Aboriginal and Torres Strait Islander Australians, Estimates from the Labour Force Survey (ABS cat. no. 6287.0) are expected to be released around September 2014.',
        due=None,
        vague=False,
        said="2015-02-09 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS15,
        published="2015-02-10",
    ),
    # part of the replaced paragraph (a plan since dropped); '2011 Census' names the census: past. unsure: a careful reader could give due None with no refusal word (the sentence itself sets no time)
    B(
        text="This delay will allow these releases, which will include historical data, to be based on Aboriginal and Torres Strait Islander Australians population estimates updated to reflect the results of the 2011 Census of Population and Housing.",
        due=None,
        vague=False,
        said="2015-02-09 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS15,
        published="2015-02-10",
    ),
    # 'Apr 2012' only names a paper: due None, no refusal word
    B(
        text="For more information on the population estimates see Information Paper: Aboriginal and Torres Strait Islander Demographic Statistics Work Program and Release Plans, Apr 2012 (ABS cat. no. 3238.0.55.003).",
        due=None,
        vague=False,
        said="2015-02-09 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS15,
        published="2015-02-10",
    ),
    # quoted from the replaced paragraph: a release on 30 April 2014, before the day of speaking; the years name the estimates' span: past
    B(
        text='Population estimates for Aboriginal and Torres Strait Islander Australians, backcast from 2011 to 2001 and projected from 2011 out to 2026, will be released in Population Estimates and Projections, Aboriginal and Torres Strait Islander Australians, 2001-2026 (ABS cat. no. 3238.0) on 30 April 2014."',
        due=None,
        vague=False,
        said="2015-02-09 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS15,
        published="2015-02-10",
    ),
    # Australian Bureau of Statistics (Australian Labour Market Statistics, Oct 2008, cat. no. 6105.0, 'Main Features', abs.gov.au; CC BY); zone Australia/Sydney (Canberra); the stored page names its issue (Oct 2008) but prints no release day or hour; it tells of 17 September as past and of 16 October as to come, so it is read on Wednesday 1 October 2008 10:00 AEST (no label changes for any day from 1 to 15 October 2008). Sentences without a time word, 'the latest data' (general) and the contact line are not taken. tables already changed after the July 2008 issue: past
    B(
        text="Following the introduction of the new quarterly labour force underutilisation rate in the July 2008 issue of this publication, the labour underutilisation tables (tables 4.1 to 4.5) have been changed to introduce the new quarterly series.",
        due=None,
        vague=False,
        said="2008-10-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS08,
        published="2008-10-01",
    ),
    # the perfect ('has provided'); 'quarterly', 'annual' and 'frequent' name the series: past. unsure: a careful reader could give due None with no refusal word
    B(
        text="The new quarterly series has a more conceptually correct basis than the previous annual rate, and has provided the opportunity to produce more frequent and timely measures of change in underemployment, and in turn the labour force underutilisation rate.",
        due=None,
        vague=False,
        said="2008-10-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS08,
        published="2008-10-01",
    ),
    # 'previously': past
    B(
        text="Data on persons not in the labour force, which was previously included in Table 4.5, can now be found in Table 4.6.",
        due=None,
        vague=False,
        said="2008-10-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS08,
        published="2008-10-01",
    ),
    # a publication on a dated day (the period August 2004 to August 2008 is what the estimates cover; 'monthly ... thereafter' is open-ended): 16 October 2008, end of day (AEDT)
    B(
        text="On 16 October 2008, ABS will publish improved estimates of families from the Labour Force Survey (LFS) for the period August 2004 to August 2008, and will publish monthly family estimates thereafter.",
        due="2008-10-16 12:59:59",
        vague=False,
        said="2008-10-01 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS08,
        published="2008-10-01",
    ),
    # 'since 1979': past
    B(
        text="While estimates of the labour force characteristics of families have been produced from the LFS since 1979, the survey was not specifically designed to produce high quality family estimates.",
        due=None,
        vague=False,
        said="2008-10-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS08,
        published="2008-10-01",
    ),
    # a release on a dated day: 16 October 2008, end of day (AEDT)
    B(
        text="The datacubes containing the improved family estimates are to be released in Labour Force Status and Other Characteristics of Families (cat. no. 6224.0.55.001) on 16 October 2008.",
        due="2008-10-16 12:59:59",
        vague=False,
        said="2008-10-01 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS08,
        published="2008-10-01",
    ),
    # published on 17 September, before the day of speaking (a yearless date that refers back): past
    B(
        text="Details of the improved method have been published in an information paper Improvements to Family Estimates from the Labour Force Survey (cat. no. 6224.0.55.002) on 17 September.",
        due=None,
        vague=False,
        said="2008-10-01 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS08,
        published="2008-10-01",
    ),
    # Federal Emergency Management Agency (news release 1605-054 'Disaster Recovery Centers to Open in Hale and Marengo Counties', fema.gov as archived by the End of Term 2008 web archive at the University of North Texas; a US federal work, public domain); zone America/Chicago (CDT, Montgomery, Ala.); the page says 'Release Date: October 5, 2005' and gives no hour: said Wednesday 5 October 2005 10:00 CDT. The release lines, the list items of locations with their opening days ('Hale County - Opens Thursday, October 6', addresses), sentences without a time word and the last, cut off, are not taken. the openings follow an undated event (the end of one-week stays elsewhere; the days come only in the list): event. unsure: a careful reader could give due None with no refusal word (CONVENTIONS 6.3: the days are given only by other lines)
    B(
        text="Mobile state/FEMA Disaster Recovery Centers (DRCs) will open in Hale and Marengo counties after completing one week stays in Greene and Choctaw counties.",
        due=None,
        vague=False,
        said="2005-10-05 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_FEMA05,
        published="2005-10-05",
    ),
    # 'at noon on the first day', a day hung on an undated opening, then standing hours: event
    B(
        text="The DRCs will open at noon on the first day, after which the hours of operation will be Monday through Saturday from 8 a.m. to 6 p.m.",
        due=None,
        vague=False,
        said="2005-10-05 15:00:00",
        tz="America/Chicago",
        refusal="event",
        cluster=5,
        source=_FEMA05,
        published="2005-10-05",
    ),
    # 'dates' that only the list gives (CONVENTIONS 6.3): due None, no refusal word
    B(
        text="Here are the new locations and their opening and closing dates:",
        due=None,
        vague=False,
        said="2005-10-05 15:00:00",
        tz="America/Chicago",
        cluster=1,
        source=_FEMA05,
        published="2005-10-05",
    ),
    # a closure on the day of speaking: 5 October 2005, end of day (page: 5 October 18:00 CDT, 'until 6 p.m. on the closing dates', CONVENTIONS 6.3)
    B(
        text="The Greene County DRC closes on Wednesday, October 5.",
        due="2005-10-06 04:59:59",
        vague=False,
        said="2005-10-05 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_FEMA05,
        published="2005-10-05",
    ),
    # a closure on a dated day: 8 October 2005, end of day (page: 8 October 18:00 CDT)
    B(
        text="The Choctaw County DRC closes on Saturday, October 8.",
        due="2005-10-09 04:59:59",
        vague=False,
        said="2005-10-05 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_FEMA05,
        published="2005-10-05",
    ),
    # a clock time whose days only other sentences give (CONVENTIONS 6.3): the first 6 p.m. after speaking, 5 October 2005 18:00 CDT (page: the last of the closing dates, 8 October 18:00 CDT). unsure: a careful reader could give event ('the closing dates', undated in the sentence) or due None
    B(
        text="They will operate until 6 p.m. on the closing dates.",
        due="2005-10-05 23:00:00",
        vague=False,
        said="2005-10-05 15:00:00",
        tz="America/Chicago",
        cluster=2,
        source=_FEMA05,
        published="2005-10-05",
    ),
    # a closure on a dated day: 7 October 2005, end of day (page: 7 October 18:00 CDT)
    B(
        text="A fixed DRC located in Washington County closes on Friday, October 7.",
        due="2005-10-08 04:59:59",
        vague=False,
        said="2005-10-05 15:00:00",
        tz="America/Chicago",
        cluster=6,
        source=_FEMA05,
        published="2005-10-05",
    ),
    # standing hours (CONVENTIONS 1.3): recurring
    B(
        text="The lines are open 24 hours a day, seven days a week, until further notice.",
        due=None,
        vague=False,
        said="2005-10-05 15:00:00",
        tz="America/Chicago",
        refusal="recurring",
        cluster=5,
        source=_FEMA05,
        published="2005-10-05",
    ),
    # Federal Emergency Management Agency (news release 1491-66 'Hours Of Operation To Change For Disaster Recovery Centers', fema.gov as archived by the End of Term 2008 web archive at the University of North Texas; a US federal work, public domain); zone America/New_York (EDT, Richmond, Va.); the page says 'Release Date: October 15, 2003' and gives no hour: said Wednesday 15 October 2003 10:00 EDT. The release lines, the list of localities, sentences without a time word, 'currently open' (general) and the last, cut off, are not taken. 'announced today' is on the verb of speaking (CONVENTIONS 2.2); a closing rule that begins on a date is the rule taking effect (CONVENTIONS 3.1a), and 19 October is itself the first Sunday: 19 October 2003, end of day. unsure: a careful reader could give recurring (Sunday closures) or earliest 19 October 2003 00:00 EDT (CONVENTIONS 3.2)
    B(
        text="State and federal officials announced today that some of the joint federal/state Disaster Recovery Centers (DRCs) opened throughout the Commonwealth of Virginia to assist residents affected by Hurricane Isabel will be closed on Sundays beginning October 19.",
        due="2003-10-20 03:59:59",
        vague=False,
        said="2003-10-15 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA03,
        published="2003-10-15",
    ),
    # standing weekly hours (CONVENTIONS 1.3): recurring
    B(
        text="The new hours for the DRCs listed below will be: Monday-Friday, 9 a.m. to 6 p.m. and Saturdays, 9 a.m. to 5 p.m. for:",
        due=None,
        vague=False,
        said="2003-10-15 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA03,
        published="2003-10-15",
    ),
    # standing daily hours: recurring
    B(
        text="The lines are open from 7 a.m. to 8 p.m. seven days a week.",
        due=None,
        vague=False,
        said="2003-10-15 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FEMA03,
        published="2003-10-15",
    ),
    # a dated deadline: 17 November 2003, end of day (EST)
    B(
        text="The deadline to apply for FEMA assistance is Nov. 17, 2003.",
        due="2003-11-18 04:59:59",
        vague=False,
        said="2003-10-15 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FEMA03,
        published="2003-10-15",
    ),
    # Office for National Statistics (statistics announcement 'Index of Services, UK: July 2020' on GOV.UK; Crown copyright, OGL); zone Europe/London; the stored page carries the date 17 January 2020 (the announcement's first publication) and no hour, though its text was rewritten after the pandemic began (the delay it announces is that of spring 2020); read as published, said Friday 17 January 2020 10:00 GMT (no label changes for any day from then to 10 September 2020). The sentence without a time word and the link to the statement are not taken. 'During this pandemic', a span tied to an undated event: event. unsure: a careful reader could give due None with no refusal word (the span only says when the work is done)
    B(
        text="During this pandemic, we are working hard with UK business to get the information we need to produce high quality statistics to inform decision making.",
        due=None,
        vague=False,
        said="2020-01-17 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_ONS20,
        published="2020-01-17",
    ),
    # 'extra time ... before publication' fixes no time: due None, no refusal word. unsure: a careful reader could give event (before an undated publication)
    B(
        text="But inevitably the disruption caused by the pandemic means we need a little extra time to quality assure some of our data before publication.",
        due=None,
        vague=False,
        said="2020-01-17 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS20,
        published="2020-01-17",
    ),
    # 'for the next few months' says how long the delays go on, not a time by which anything is done: due None, no refusal word. unsure: a careful reader could give vague, three months from speaking ('the coming months', the documented window)
    B(
        text="Therefore, we are announcing a short delay to our GDP and Retail sales publication dates for the next few months to allow us additional time for data processing and quality assurance to ensure the highest possible level of accuracy.",
        due=None,
        vague=False,
        said="2020-01-17 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_ONS20,
        published="2020-01-17",
    ),
    # a release at a dated time (CONVENTIONS 3.1): 11 September 2020 07:00 BST
    B(
        text="These statistics will be released on 11 September 2020 7:00am",
        due="2020-09-11 06:00:00",
        vague=False,
        said="2020-01-17 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_ONS20,
        published="2020-01-17",
    ),
)
