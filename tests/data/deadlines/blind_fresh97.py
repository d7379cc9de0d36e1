"""A NINETY-SEVENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before the
parser was ever run on them.

Collected and labelled on 2026-12-05 (UTC), in the small hours (the machine's clock read 03:30 at the
start and about 03:40 when the labels were written), by a labelling helper (branch issue12l97-s44)
that neither changed, imported nor ran the parser, working at the same time as other labellers of
stop 44 (Australia and New Zealand; the EU, kremlin.ru and Wikinews; transport and local notices),
whose claims in the shared claims file were treated as used and whose files and README sections
were not opened. It read `CONVENTIONS.md` in full (rule 3.1a, new this stop, among them), the
docstring, comments, some cases and README section of `blind_fresh96.py`, and the top docstring of
the parser package only (for the parts of the day, the vague windows, 'later this <period>', a range
falling due at its later end and "a date without a year is its next occurrence"); nothing else of
`bot/core/deadlines/` was opened. The brief allowed only public-domain or openly licensed publishers,
at least eight publishers, none above a fifth of the cases, several genres, at least half of the
cases from outside the United States and no more than a quarter from it, and put the emphasis on UK
and Irish public bodies (GOV.UK departments and agencies, the Scottish and Welsh Governments,
Northern Ireland departments, the UK and Scottish Parliaments and the Senedd, gov.ie), with at most a
quarter of US federal works and EU institutions where reuse is allowed. The set quotes a Northern
Ireland DAERA committee update (28 May 2020) and a DAERA consultation reminder (carried by Farming
Life), an Accountant in Bankruptcy news item, a Senedd plenary contribution (carried by a mySociety
mirror), two GOV.UK guidance pages (Government Digital Service; Companies House), a Marine Management
Organisation byelaw notice (carried by Fishing News) and an MMO consultation e-mail (pasted on a
forum), two National Park Service releases (Yellowstone and Grand Teton, carried by East Idaho
News), a Scottish Parliament committee's correspondence page and an Official Report of its European
Committee (3 October 2000), guideline 20 of the EU's Joint Practical Guide on EUR-Lex, and a Dail
written answer and a Dail debate (the second carried by KildareStreet.com): 86 cases from 10
publishers (the largest, DAERA, holds 17, 19.8%; the Scottish Parliament 16, 18.6%), 8 of them from
the United States (9.3%). Every sentence quoted holds a time word of some kind (a date, a clock
time, a day word, a part of the day, a period, a span, a year, "now", "current", "currently",
"recent", "already", "not yet", "to date", "early", "once", "when", "until", "during", "before",
"annual", "throughout their lifecycle", "in perpetuity", "schedules", "delayed", "sufficient time",
"in the past", "up to date"); the sentences of the openings read that hold none were skipped, as
were titles, headings, date and posting lines, list points and numbered steps, the guideline's
number, sentences ending in a colon before a list or a letter, contact lines, links and sentences
cut off by the end of an opening. No word was changed: the stray closing quote in "Policy
Framework’ document", "come in to force", "09 June 2020" and the dateline "MAMMOTH HOT SPRINGS,
Wyoming –" stay as the pages have them. The sentences were found with a search over stored copies
of public pages and taken as they came in the openings the search returns, in page order; to keep
DAERA at or under a fifth, its committee update is quoted up to its thirteenth sentence with a time
word ("By that stage, 5,994 ..."), the rest left unread for the set. See README.md ("Ninety-seventh
fresh blind set") for every address, publisher and licence. No address listed in README.md, in a
file under `tests/data/` or in the shared claims file was used: each was checked with the lead's
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh97`) in
`/work/helper-brief/claims.txt` before a quote was taken; pages found used and dropped are listed in
README.md. Every sentence was then checked whole with the same tool (skipping this file). Each label
was worked out by hand from the words, the publication date and the publisher's zone; the
conversion of local instants to UTC wall time, the weekdays and the day counts were done with
Python's zoneinfo and datetime in a scratch script outside the repository, never with code of the
project. No run of `parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched
these texts before the labels were committed.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 6.1"), then `blind_fresh96.py`: the publisher's zone (DAERA, AiB, the Senedd, GOV.UK,
the MMO and the Scottish Parliament: Europe/London; the Oireachtas: Europe/Dublin; Yellowstone and
Grand Teton: America/Denver, with `day_first=False`; EUR-Lex: Europe/Brussels); the publication
date at 10:00 local, except where the page gives its own moment (the Senedd contribution at 2:35
pm, the MMO e-mail at 12:13, the Dail answer at 1:40 pm), and where a page carries no date the one
its words or another copy give (the comment says which: AiB taken as 31 March 2020, the MMO notice
as 2 February 2018, the NPS releases as 19 October 2020 and 13 September 2019, the committee page as
30 June 2020, the GOV.UK publishing guide as 1 January 2024 and the EU guide as 1 January 2010); a
day falls due at 23:59:59 local; a range, a list or a window falls due at its later end
(CONVENTIONS 6.1, 6.2); the simple past and the perfect of a done act are past (CONVENTIONS 2.4);
standing rules and habits ("an annual exercise", "generally published by July", "within 12 weeks
of the consultation closing") are `refusal='recurring'` (CONVENTIONS 1.3); a time hung on an
undated event ("once", "if and when", "at the next meeting") is `refusal='event'`; vague words take
the parser's documented windows (CONVENTIONS 5.1: "shortly" 60 days); refusals have `due=None` and
a `refusal` kind (past | event | recurring | negated); a sentence whose time words set no time for
any act ("current", "during the outbreak", a year in a title, a drafting rule) has `due=None` and
no refusal word. Rule 6.3: one clock time with no day of its own ("before noon", Yellowstone) hangs
on an undated condition and is refused as event, its page's day in the comment. Clusters as in
`blind_fresh96.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day,
periods and vague windows, 5 refusals, 6 plain days and dates. Counts of refusals, vague labels and
"unsure" marks are in README.md; like every label here they stay as committed, whatever the first
run shows. First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Never edit these labels to fit the parser.

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 5 case(s) removed, Senedd material (Senedd Commission terms: re-use on application only); 81 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 49 (Senedd, Ireland, Northern Ireland, EU; branch lic49b-s49): 13 case(s) removed, Northern Ireland departments other than Health (no copyright statement of the department site found); 68 remain. See README.md, "Licence audit of stop 49 (Senedd, Ireland, Northern Ireland)".

Licence audit of stop 50 (NI Assembly, Welsh Government, Scottish Parliament; branch lic50-s50): 16 case(s) removed, Scottish Parliament material (Scottish Parliament Copyright Licence, https://parlamaid-alba.scot/about/copyright: no use in connection with party political purposes or advertising endorsement, a restriction of purpose: not open); 52 remain. See README.md
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DAERA = "https://daera-ni.gov.uk/covid-19-update-aera-committee-28052020"
_DAERAFL = "https://www.farminglife.com/farming-news/time-running-out-on-consultation-process-1-8651254"
_AIB = "https://aib.gov.uk/news/releases/20202020/0303/coronavirus-scotland-bill"
_SENEDD = "https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2020-05-20.5.289837"
_GDS = "https://www.gov.uk/guidance/how-to-publish-on-gov-uk/consultations"
_CH = "https://www.gov.uk/government/publications/the-companies-etc-filing-requirements-temporary-modifications-regulations-2020/temporary-changes-to-companies-house-filing-requirements"
_MMO18 = "https://fishingnews.co.uk/publicnotices/mmo-byelaw-prohibiting-bottom-towed-fishing-in-two-areas-in-the-margate-and-long-sands-european-marine-site"
_MMO21 = "https://pbsbac.co.uk/forums/topic/22101-bottom-trawling-ban"
_YELL = "https://www.eastidahonews.com/2020/10/construction-project-at-mammoth-hot-springs-will-close-road-wednesday-morning/"
_GRTE = "https://www.eastidahonews.com/2019/09/temporary-road-closure-in-grand-teton-national-park-due-to-bear-activity/"
_SPCORR = "https://www.parliament.scot/parliamentarybusiness/CurrentCommittees/111212.aspx"
_SPEUR = "https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/efw-03-10-2000?iob=6082&meeting=1355"
_EURLEX = "http://eur-lex.europa.eu/hu/techleg/20.htm"
_OIRWA = "https://www.oireachtas.ie/ga/debates/question/2018-06-20/114/"
_OIRDAIL = "https://www.kildarestreet.com/debate/?id=2019-03-27a.373.r"

FRESH97_CASES: tuple[BlindCase, ...] = (
    # DAERA press notice as carried by Farming Life, date line 2018-09-29 (a Saturday); zone Europe/London (BST), said 10:00 local. The reminder ('has reminded') is done, but the closing date it gives, 10 October (next occurrence, 2018), is still to come and is the deadline (CONVENTIONS 2.3 by analogy): 23:59:59 BST; the stray closing quote is the page's
    B(
        text='The Department of Agriculture, Environment and Rural Affairs (DAERA) has reminded stakeholders yet to contribute their views on the Future Agricultural Policy Framework’ document that the closing date is October 10.',
        due='2018-10-10 22:59:59',
        vague=False,
        said='2018-09-29 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_DAERAFL,
        published='2018-09-29',
    ),
    # the same page: an activity going on 'since August 1', a start already past and no end given: due None, no refusal word. unsure: a reader could call a start in the past 'past'
    B(
        text='The Department has been seeking the views of stakeholders on its ‘Future Agricultural Policy Framework’ document since August 1.',
        due=None,
        vague=False,
        said='2018-09-29 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_DAERAFL,
        published='2018-09-29',
    ),
    # the same page: 'already' and 'not yet' set no time for any act: due None
    B(
        text='DAERA is extremely grateful for the comments it has received already, and would encourage those who have not yet responded to take the opportunity to do so.',
        due=None,
        vague=False,
        said='2018-09-29 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_DAERAFL,
        published='2018-09-29',
    ),
    # the same page: closing date 10 October 2018, 23:59:59 BST
    B(
        text='The closing date for receipt of responses is 10 October 2018.',
        due='2018-10-10 22:59:59',
        vague=False,
        said='2018-09-29 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_DAERAFL,
        published='2018-09-29',
    ),
    # Accountant in Bankruptcy (AiB, a Scottish Government agency) news 'The Coronavirus (Scotland) Bill', undated in the stored copy; its words put it on Tuesday 31 March 2020, after the Bill's publication and before the stages 'on Wednesday 1 April', so said 31 March 2020 10:00 BST. 'was published' (simple past) on the day: past (CONVENTIONS 2.4 by analogy)
    B(
        text='The emergency Coronavirus (Scotland) Bill was published on Tuesday 31 March 2020.',
        due=None,
        vague=False,
        said='2020-03-31 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_AIB,
        published='2020-03-31',
    ),
    # the same page: a one-off event expected on Wednesday 1 April 2020 (CONVENTIONS 3.1), 23:59:59 BST
    B(
        text='All 3 stages of the Bill’s passage are likely to take place on Wednesday 1 April 2020.',
        due='2020-04-01 22:59:59',
        vague=False,
        said='2020-03-31 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_AIB,
        published='2020-03-31',
    ),
    # the same page: 'next week' from Tuesday 31 March 2020 is Monday 6 to Sunday 12 April: a range falls due at its later end, Sunday 12 April 23:59:59 BST (CONVENTIONS 6.1; weeks run Monday to Sunday). The approval condition is dated by the week itself
    B(
        text='Subject to Parliament’s approval, the Bill is likely to come into force next week.',
        due='2020-04-12 22:59:59',
        vague=False,
        said='2020-03-31 09:00:00',
        tz='Europe/London',
        cluster=4,
        source=_AIB,
        published='2020-03-31',
    ),
    # the same page: 'if and when the bill is enacted': hung on an undated event (CONVENTIONS 1.3, 5.2)
    B(
        text='We will provide a further update if and when the bill is enacted and receives royal assent.',
        due=None,
        vague=False,
        said='2020-03-31 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_AIB,
        published='2020-03-31',
    ),
    # the same page: 'once the legislation comes into force': an undated event (CONVENTIONS 1.3)
    B(
        text='For the avoidance of doubt, the changes detailed in this article will only apply once the legislation comes into force.',
        due=None,
        vague=False,
        said='2020-03-31 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_AIB,
        published='2020-03-31',
    ),
    # Government Digital Service, GOV.UK guidance 'How to publish on GOV.UK: Consultations' (undated in the stored copy; said taken as 1 January 2024, which moves no label); zone Europe/London. 'throughout their lifecycle' describes every consultation's standing handling: recurring (CONVENTIONS 1.3)
    B(
        text='Consultations stay on the same page of GOV.UK throughout their lifecycle.',
        due=None,
        vague=False,
        said='2024-01-01 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source=_GDS,
        published='2024-01-01',
    ),
    # the same page: a time limit that is a standing rule for every consultation: recurring (CONVENTIONS 1.3). The next sentences with a time word ('Enter the opening and closing dates.', 'Schedule the publication for the opening date ...') are numbered list points, skipped
    B(
        text='Government responses should be published within 12 weeks of the consultation closing.',
        due=None,
        vague=False,
        said='2024-01-01 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source=_GDS,
        published='2024-01-01',
    ),
    # Companies House, GOV.UK guidance 'Temporary changes to Companies House filing requirements', 'Updated 25 March 2021' (a Thursday); zone Europe/London (GMT), said 10:00 local. 'after 5 April 2021' only picks out a class of deadlines for a pointer to other guidance: no time set for any act, due None
    B(
        text='For accounts filing deadlines that fall after 5 April 2021, see applying for more time to file your accounts.',
        due=None,
        vague=False,
        said='2021-03-25 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_CH,
        published='2021-03-25',
    ),
    # the same page: the extensions end with the deadlines of 5 April 2021, the last day covered: due then, 23:59:59 BST (BST from 28 March). unsure: a reader could take 6 April 2021, the first day without an extension (the change taking effect, CONVENTIONS 3.1a)
    B(
        text='The automatic extensions granted by the Corporate Insolvency and Governance Act will come to an end for filing deadlines that fall after 5 April 2021.',
        due='2021-04-05 22:59:59',
        vague=False,
        said='2021-03-25 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_CH,
        published='2021-03-25',
    ),
    # the same page: signed on a past day: past
    B(
        text='On 26 June 2020 the Companies etc. (Filing Requirements) (Temporary Modifications) Regulations 2020 (“the regulations”) were signed into law.',
        due=None,
        vague=False,
        said='2021-03-25 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_CH,
        published='2021-03-25',
    ),
    # the same page: came into force on a past day: past
    B(
        text='They came into force on 27 June 2020.',
        due=None,
        vague=False,
        said='2021-03-25 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_CH,
        published='2021-03-25',
    ),
    # the same page: 'during the coronavirus (COVID-19) outbreak' gives no end: due None
    B(
        text='The measures introduced by the regulations will relieve the burden on businesses during the coronavirus (COVID-19) outbreak and allow them to focus all their efforts on continuing to operate.',
        due=None,
        vague=False,
        said='2021-03-25 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_CH,
        published='2021-03-25',
    ),
    # the same page: an extension received for deadlines that fell before 30 June 2020, and none to come: past; the opening ends at a heading and a sentence cut off ('From 27 June 2020, more companies will get an extension to their accounts fili'), not quoted
    B(
        text='Public companies and SEs whose original filing deadline fell before 30 June 2020 received an extension to their accounts filing deadline under the Corporate Insolvency and Governance Act 2020 and will receive no further extension under the regulations.',
        due=None,
        vague=False,
        said='2021-03-25 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_CH,
        published='2021-03-25',
    ),
    # Marine Management Organisation (MMO) public notice of its byelaw for the Margate and Long Sands European Marine Site, as carried by Fishing News (undated in the stored copy; issued after the confirmation of 1 February 2018, said taken as 2 February 2018, which moves no label); zone Europe/London (GMT). The one date still to come is the entry into force, 1 March 2018 (CONVENTIONS 3.1), 23:59:59 GMT; 'come in to force' as the page spells it
    B(
        text='This byelaw was made by the Marine Management Organisation on 2 August 2017, confirmed by the Secretary of State on 1 February 2018, and will come in to force on 1 March 2018.',
        due='2018-03-01 23:59:59',
        vague=False,
        said='2018-02-02 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_MMO18,
        published='2018-02-02',
    ),
    # MMO e-mail to stakeholders launching a formal consultation on byelaws for four offshore marine protected areas, 'Sent: 01 February 2021 12:13', as pasted on a club's forum (only the MMO's words are quoted); zone Europe/London, said 12:13 GMT. Closing date 28 March 2021, the day the clocks go forward: 23:59:59 BST = 22:59:59 UTC
    B(
        text='Please respond no later than 28 March 2021.',
        due='2021-03-28 22:59:59',
        vague=False,
        said='2021-02-01 12:13:00',
        tz='Europe/London',
        cluster=6,
        source=_MMO21,
        published='2021-02-01',
    ),
    # the same e-mail: 'current' sets no time for any act: due None
    B(
        text='Due to the current COVID-19 situation we are asking all stakeholders to use email rather than post if possible.',
        due=None,
        vague=False,
        said='2021-02-01 12:13:00',
        tz='Europe/London',
        cluster=1,
        source=_MMO21,
        published='2021-02-01',
    ),
    # the same e-mail: 'current' again: due None
    B(
        text='Due to the current COVID-19 situation, please contact MMO using the details below if you wish to inspect a copy of the draft byelaw at an MMO office.',
        due=None,
        vague=False,
        said='2021-02-01 12:13:00',
        tz='Europe/London',
        cluster=1,
        source=_MMO21,
        published='2021-02-01',
    ),
    # the same e-mail: 'later this month' runs from the moment to the month's end (parser docstring: 'later this <period>'), 28 February 2021 23:59:59 GMT; not one of the documented vague words
    B(
        text='We will also be publishing our next steps for management of marine non-licensable activities in Studland Bay Marine Conservation Zone later this month.',
        due='2021-02-28 23:59:59',
        vague=False,
        said='2021-02-01 12:13:00',
        tz='Europe/London',
        cluster=4,
        source=_MMO21,
        published='2021-02-01',
    ),
    # Yellowstone National Park (National Park Service) news release as carried by East Idaho News (October 2020, undated in the stored copy; said taken as Monday 19 October 2020, 10:00 MDT, which moves no label for any day before the closure); zone America/Denver (the park's Mountain time). A closure from 8 a.m. to noon on Wednesday 21 October: a window falls due at its later end, 12:00 MDT (CONVENTIONS 6.1); the dateline is part of the page's sentence and stays; 'August 14' is a past break
    B(
        text='MAMMOTH HOT SPRINGS, Wyoming – On Wednesday, October 21 from 8 a.m. – noon, the road between the upper and lower terraces in Mammoth Hot Springs will close temporarily while crews replace a culvert from a major water line break that occurred on August 14.',
        due='2020-10-21 18:00:00',
        vague=False,
        said='2020-10-19 16:00:00',
        tz='America/Denver',
        day_first=False,
        cluster=3,
        source=_YELL,
        published='2020-10-19',
    ),
    # the same release: 'During the closure' is tied to an event the sentence does not date: event (CONVENTIONS 1.3)
    B(
        text='During the closure, visitors will have access to the lower terraces but will not be able to travel south to Norris.',
        due=None,
        vague=False,
        said='2020-10-19 16:00:00',
        tz='America/Denver',
        day_first=False,
        refusal='event',
        cluster=5,
        source=_YELL,
        published='2020-10-19',
    ),
    # the same release: 'before noon' hangs on 'If work is completed early', an undated event: event (refusals first, CONVENTIONS 6.3). unsure: read by rule 6.3 alone the clock time falls due at the next noon after the moment, 19 October 2020 12:00 MDT (page: 21 October 12:00 MDT)
    B(
        text='If work is completed early, this section of road will reopen before noon.',
        due=None,
        vague=False,
        said='2020-10-19 16:00:00',
        tz='America/Denver',
        day_first=False,
        refusal='event',
        cluster=5,
        source=_YELL,
        published='2020-10-19',
    ),
    # Grand Teton National Park (National Park Service) news release as carried by East Idaho News (September 2019, undated in the stored copy; before a weekend and the Tuesday 17 September work, said taken as Friday 13 September 2019, 10:00 MDT); zone America/Denver. The closure is expected to last 'through the weekend': Sunday 15 September 23:59:59 MDT (CONVENTIONS 3.3; weeks run Monday to Sunday)
    B(
        text='The duration of this closure is currently unknown but anticipated through the weekend.',
        due='2019-09-16 05:59:59',
        vague=False,
        said='2019-09-13 16:00:00',
        tz='America/Denver',
        day_first=False,
        cluster=4,
        source=_GRTE,
        published='2019-09-13',
    ),
    # the same release: a closure from 4 a.m. to 'midafternoon' on Tuesday 17 September 2019: later end (CONVENTIONS 6.1), midafternoon read as 15:00 MDT. unsure: 'afternoon' ends at 18:00 in the parser's docstring, and a reader could take 18:00 MDT
    B(
        text='The unpaved section of the Moose-Wilson Road in Grand Teton National Park will be temporarily closed for routine dust abatement beginning 4 a.m. through midafternoon on Tuesday, September 17.',
        due='2019-09-17 21:00:00',
        vague=False,
        said='2019-09-13 16:00:00',
        tz='America/Denver',
        day_first=False,
        cluster=3,
        source=_GRTE,
        published='2019-09-13',
    ),
    # the same release: a consequence that holds only 'If' the bear closure lasts, no undertaking: due None, no refusal word (CONVENTIONS 4.2). unsure: a reader could label the window's end, Tuesday 17 September 15:00 MDT
    B(
        text='If the northern section of the road remains closed due to bear activity during this time, there will be no access to the Laurance S. Rockefeller Preserve and the Death Canyon Trailhead Tuesday morning through midafternoon.',
        due=None,
        vague=False,
        said='2019-09-13 16:00:00',
        tz='America/Denver',
        day_first=False,
        cluster=1,
        source=_GRTE,
        published='2019-09-13',
    ),
    # the same release: the sentence dates the reopening 'on Tuesday afternoon' (17 September): the afternoon ends at 18:00 MDT (parser docstring). unsure: the main clause is advice after the reopening, and a reader could call it event
    B(
        text='Motorists who drive the unpaved portion of the Moose-Wilson Road after it reopens on Tuesday afternoon may want to rinse off their vehicles to eliminate any residue.',
        due='2019-09-18 00:00:00',
        vague=False,
        said='2019-09-13 16:00:00',
        tz='America/Denver',
        day_first=False,
        cluster=4,
        source=_GRTE,
        published='2019-09-13',
    ),
    # the same release: 'schedules' and 'delayed' set no time: due None
    B(
        text='Roadwork schedules may change, or be delayed, due to weather conditions, equipment malfunction, or other extenuating circumstances.',
        due=None,
        vague=False,
        said='2019-09-13 16:00:00',
        tz='America/Denver',
        day_first=False,
        cluster=1,
        source=_GRTE,
        published='2019-09-13',
    ),
    # European Union, Joint Practical Guide for the drafting of Community legislation, guideline 20, on EUR-Lex (undated in the stored copy; said taken as 1 January 2010, which moves no label); zone Europe/Brussels. The guideline's number '20.' before the sentence is a list label and is left off. A drafting rule that sets no time for any act: due None
    B(
        text='Provisions laying down dates, time limits, exceptions, derogations and extensions, transitional provisions (in particular those relating to the effects of the act on existing situations) and final provisions (entry into force, deadline for transposition and temporal application of the act) shall be drawn up in precise terms.',
        due=None,
        vague=False,
        said='2010-01-01 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EURLEX,
        published='2010-01-01',
    ),
    # the same page: due None
    B(
        text='Provisions on deadlines for the transposition and application of acts shall specify a date expressed as day/month/year.',
        due=None,
        vague=False,
        said='2010-01-01 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EURLEX,
        published='2010-01-01',
    ),
    # the same page: due None
    B(
        text='In the case of directives, those deadlines shall be expressed in such a way as to guarantee an adequate period for transposition.',
        due=None,
        vague=False,
        said='2010-01-01 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EURLEX,
        published='2010-01-01',
    ),
    # the same page: due None
    B(
        text='In legislative acts, a distinction is made, according to the legal effects to be obtained, between the date of entry into force, the date from which provisions are to have effect, and the date of application.',
        due=None,
        vague=False,
        said='2010-01-01 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EURLEX,
        published='2010-01-01',
    ),
    # the same page: a standing rule for every act ('the twentieth day following ... publication'): recurring (CONVENTIONS 1.3)
    B(
        text='Acts of general application enter into force on the date specified in them or, in the absence thereof, on the twentieth day following that of their publication.',
        due=None,
        vague=False,
        said='2010-01-01 09:00:00',
        tz='Europe/Brussels',
        refusal='recurring',
        cluster=5,
        source=_EURLEX,
        published='2010-01-01',
    ),
    # the same page: 'sufficient time' sets none: due None
    B(
        text='In principle, legislation must give those concerned sufficient time to adapt.',
        due=None,
        vague=False,
        said='2010-01-01 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EURLEX,
        published='2010-01-01',
    ),
    # the same page: due None
    B(
        text='The date of application may be set after — or where retroactive application is duly justified — before entry into force.',
        due=None,
        vague=False,
        said='2010-01-01 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EURLEX,
        published='2010-01-01',
    ),
    # the same page: due None
    B(
        text='The entry into force of the act must be set at a specific date or a date determined by reference to the date of publication.',
        due=None,
        vague=False,
        said='2010-01-01 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EURLEX,
        published='2010-01-01',
    ),
    # the same page: 'in the past' of a rule: due None
    B(
        text='It cannot be in the past.',
        due=None,
        vague=False,
        said='2010-01-01 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EURLEX,
        published='2010-01-01',
    ),
    # the same page: due None
    B(
        text='It must not be determined by reference to a date to be set by another act.',
        due=None,
        vague=False,
        said='2010-01-01 09:00:00',
        tz='Europe/Brussels',
        cluster=1,
        source=_EURLEX,
        published='2010-01-01',
    ),
    # the same page: a standing rule for every act: recurring (CONVENTIONS 1.3); the opening ends in a cut-off sentence, not quoted
    B(
        text='No act may enter into force before the date set for the entry into force of the act on which it is based.',
        due=None,
        vague=False,
        said='2010-01-01 09:00:00',
        tz='Europe/Brussels',
        refusal='recurring',
        cluster=5,
        source=_EURLEX,
        published='2010-01-01',
    ),
    # Houses of the Oireachtas, Dail written answer 114 of Wednesday 20 June 2018 (Minister for Public Expenditure and Reform, 'Public Consultation Process'); zone Europe/Dublin (IST), said 10:00 local by convention. 'will be launched shortly': vague, 60 days (CONVENTIONS 5.1), 19 August 2018 23:59:59 IST
    B(
        text='I am pleased to inform the Deputy that the Public Consultations Portal, which was included in the Programme for a Partnership Government, will be launched shortly.',
        due='2018-08-19 22:59:59',
        vague=True,
        said='2018-06-20 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_OIRWA,
        published='2018-06-20',
    ),
    # the same answer: 'kept up to date' sets no time: due None
    B(
        text='A lot of work has been put into making sure the user interface is simple and easy to use and that the portal will be kept up to date with all live consultations across central and local government.',
        due=None,
        vague=False,
        said='2018-06-20 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_OIRWA,
        published='2018-06-20',
    ),
    # Houses of the Oireachtas, Dail Eireann debate of Wednesday 27 March 2019, Questions (Resumed) 'Public Consultation Process' at 1:40 pm, the Taoiseach answering, as carried by KildareStreet.com; zone Europe/Dublin (GMT until 31 March), said 13:40 local. A consultation planned 'in 2019': due at the year's end, 31 December 2019 23:59:59 GMT. unsure: the sentence counts plans and a reader could label due None
    B(
        text="There is only one public consultation currently planned by my Department in 2019 and it relates to the Government's annual national risk assessment.",
        due='2019-12-31 23:59:59',
        vague=False,
        said='2019-03-27 13:40:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_OIRDAIL,
        published='2019-03-27',
    ),
    # the same answer: no other consultation planned in 2019 (denied), and a change only possible (CONVENTIONS 4.1, 4.2): negated
    B(
        text='However, while no other public consultations are currently planned in 2019, it is, of course, possible that this may change during the course of the year.',
        due=None,
        vague=False,
        said='2019-03-27 13:40:00',
        tz='Europe/Dublin',
        refusal='negated',
        cluster=5,
        source=_OIRDAIL,
        published='2019-03-27',
    ),
    # the same answer: the launch is intended 'in quarter 2' (April to June 2019): a range falls due at its later end, 30 June 2019 23:59:59 IST (CONVENTIONS 6.1); 'generally published by July' is the report's habit, not this act's time
    B(
        text='It is intended to launch the public consultation planned as part of the annual national risk assessment in quarter 2 to help inform development of the annual national risk assessment report, which is generally published by July.',
        due='2019-06-30 22:59:59',
        vague=False,
        said='2019-03-27 13:40:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_OIRDAIL,
        published='2019-03-27',
    ),
    # the same answer: 'an annual exercise': recurring (CONVENTIONS 1.3)
    B(
        text='The national risk assessment is an annual exercise which aims to ensure a broad-based and inclusive debate on the strategic risks facing the country.',
        due=None,
        vague=False,
        said='2019-03-27 13:40:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source=_OIRDAIL,
        published='2019-03-27',
    ),
    # the same answer: 'the recent crisis': past
    B(
        text='One of the lessons of the recent crisis is that Government did not pay enough attention to dissenting opinions.',
        due=None,
        vague=False,
        said='2019-03-27 13:40:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_OIRDAIL,
        published='2019-03-27',
    ),
    # the same answer: a count of years and a first report of 2014: past
    B(
        text='This will be the sixth year the Government has produced the national risk assessment and the process has highlighted important issues since the first report was published in 2014, including one of the earliest official acknowledgments of the risks arising from a potential Brexit.',
        due=None,
        vague=False,
        said='2019-03-27 13:40:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_OIRDAIL,
        published='2019-03-27',
    ),
    # the same answer: 'at an early stage' and the year in a name set no time: due None
    B(
        text='The development of the 2019 national risk assessment is at an early stage.',
        due=None,
        vague=False,
        said='2019-03-27 13:40:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_OIRDAIL,
        published='2019-03-27',
    ),
    # the same answer: a seminar planned 'in quarter 2': 30 June 2019 23:59:59 IST (CONVENTIONS 6.1)
    B(
        text='In addition to interdepartmental and public consultation, my Department plans to hold an open policy seminar in quarter 2.',
        due='2019-06-30 22:59:59',
        vague=False,
        said='2019-03-27 13:40:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_OIRDAIL,
        published='2019-03-27',
    ),
    # the same answer: 'generally published by July' tells the report's habit: recurring (CONVENTIONS 1.3). unsure: a reader could take it as this year's report due by the end of July 2019 (31 July 2019 23:59:59 IST)
    B(
        text='All of these elements will inform the final report, which, as I mentioned, is generally published by July.',
        due=None,
        vague=False,
        said='2019-03-27 13:40:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source=_OIRDAIL,
        published='2019-03-27',
    ),
)
