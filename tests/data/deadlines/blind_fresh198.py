"""A HUNDRED-AND-NINETY-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 15:36 and 15:45 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l198-s65) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 65 (fresh194 to fresh197, articles blind152 and blind153), whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh193.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of
`bot/core/deadlines/` was opened. The brief asked for less-mined publishers (Oireachtas Dáil and Seanad
debates on bills and motions of 1990 to 2015 other than Orders of Business, gov.ie pages stating CC BY,
GOV.UK pages of the Ministry of Justice, HMCTS, DVLA and the Department for Business and Trade, US Forest
Service, National Park Service and USDA notices, pm.gov.au pages under CC BY 4.0), open licences only, at
least eight publishers, none above a fifth, at most a third from the United States, a spread of genres,
about 80 cases (at least 60).

The set quotes the Houses of the Oireachtas (a Dáil second stage of 23 March 2011, a select sub-committee's
committee stage of 12 October 2011, a Seanad committee stage of 19 December 2012), HM Courts & Tribunals
Service (two weekly operational updates of February and October 2022 and a monthly bulletin of December
2021), Statistics Canada (The Daily of 20 February and 30 September 2009), the Department for Business and
Trade (three press releases of December 2024, April 2025 and July 2025, as carried), UK Parliament (two
Commons written answers, of 11 June 2015 and 8 May 2025, as carried), the National Park Service (two
Yellowstone road-opening releases, of April 2016 and May 2024, as carried), the Ministry of Justice (a press
release of 19 January 2024, as carried), the US Department of Agriculture (a Rural Development release of 15
August 2013 and a Farm Service Agency election release carried on 20 November 2020), the Department for
Transport (two press releases of January and February 2024, as carried), the Prime Minister of Australia (a
media release of 9 November 2022, as carried) and the US Forest Service (a Deschutes National Forest burn
notice of 29 April 2015). 71 cases from 11 publishers: HM Courts & Tribunals Service 13 (18.3%); the
Oireachtas 13 (18.3%); Statistics Canada 10 (14.1%); the Department for Business and Trade 7 (9.9%); UK
Parliament 7 (9.9%); the National Park Service 6 (8.5%); the Ministry of Justice 4 (5.6%); USDA 4 (5.6%);
the Department for Transport 3 (4.2%); the Prime Minister of Australia 3 (4.2%); the Forest Service 1
(1.4%). 11 of the 71 (15.5%) are from the United States (NPS, USDA, Forest Service); 60 are not. Genres:
parliamentary second-stage and committee debates, parliamentary written answers, court-service operational
bulletins, a statistics office's daily release bulletin, departmental press releases, a prime minister's
travel release, park road-opening notices, a forest burn notice and agency programme releases.

The store is heavily mined: of about 90 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (European Commission daily news and agenda pages, most ukpol.co.uk tag
pages of the Ministry of Justice and the Department for Transport, farmers.gov deadline pages, several
Oireachtas Orders of Business and question pages, StatCan release schedules of 2017 to 2019, Forest Service
alert pages, NPS planning pages, a Wikinews article). No gov.ie page stating CC BY and no DVLA page of its
own was found fresh in the time; the DVLA appears only through a written answer on it. Each page's cases
share one `source` constant, so whole pages can be dropped.

Left out, and why. Claimed (`fresh198`) but not used: the HMCTS weekly update for the week commencing 12 July
2021 (https://content.govdelivery.com/accounts/UKHMCTS/bulletins/2e77dd9) and the Seanad second stage of the
Road Traffic (No. 2) Bill 2011 of 27 September 2011 (https://www.oireachtas.ie/en/debates/debate/seanad/2011-09-27/8/),
both fresh, left out so that neither publisher passes a fifth of the set. One sentence of the 2024
Yellowstone release was labelled and then dropped before the commit because the whole-sentence check read it
used. Within the pages kept: sentences without a time word; sentences whose only time words are general
("now", "always", "never", "previously", "in the meantime", "in future", "in the future", "recent years", "at
any time", "at all times", "for some time", "year-round", "yearly", "Annual") or whose only year names an Act
or a map; titles, headings, item links, bullets without a time word, date lines and release-time lines,
carriers' datelines and tags, motion texts, questions without a time word, and sentences cut off where the
stored text ends.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time, a
year, a month, a season, "today", "tomorrow", "yesterday", "this week", "last year", "earlier this year", "the
year to date", "the past decade", "ten years ago", "since then", "the next five years", "in due course", "in
the near future", "the bank holiday weekend", "every 90 days", "each year", "for 3 years", "following its
enactment"); within each page quoted, the sentences of the stored text that hold one were taken in page
order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh198`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date and
the publisher's zone (Europe/Dublin for the Oireachtas, Europe/London for UK Parliament and the GOV.UK
publishers, America/Toronto for Statistics Canada, Australia/Sydney for the Prime Minister of Australia,
America/Denver for Yellowstone, America/Los_Angeles for the Deschutes National Forest, America/New_York for
USDA); the conversion of local instants to UTC wall time, weekdays and day counts were done with Python's
zoneinfo and datetime in a scratch script outside the repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh193.py`: the publication date at 10:00 local time unless the page gives the hour (three do: the
Seanad debate, '2:40 pm', and the two issues of The Daily, 'Released at 8:30 a.m. Eastern time'); the first
comment of each page says where its date was read. The two HMCTS weekly updates print only the week they
cover and the day of the next issue, so each is read on the Friday before its week, as its comment says. A
day falls due at 23:59:59 local; a one-off event at a time due then (CONVENTIONS 3.1); several times and
ranges at the latest (CONVENTIONS 6.1); a clock time with no day of its own in the sentence at its first
occurrence after speaking, with the page's instant in the comment (CONVENTIONS 6.3); "by <day>" at the day's
end (CONVENTIONS 3.5); a plan told modestly ("I hope to commence") stays dated (CONVENTIONS 4.3); times hung on
an undated event are event (CONVENTIONS 1.3, 5.2); standing rules and schedules recurring (CONVENTIONS 1.3);
done acts past (CONVENTIONS 2.4); an ongoing activity given only its start earliest (CONVENTIONS 3.2); vague
words told as going to happen take the documented windows (CONVENTIONS 5.1); a day word on the verb of
speaking is not the deadline (CONVENTIONS 2.2). Clusters as in `blind_fresh193.py`: 1 no time set, 2 clock
times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days and
dates. 44 labels are refusals (past 35, recurring 6, event 2, earliest 1); 2 are vague (60-day windows); 27
labels carry a due instant (the vague ones included); none has due None without a refusal word; 13 are marked
"unsure" and name the other reading; like every label here they stay as committed, whatever the first run
shows. First run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never
edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DBT24 = "https://www.ukpol.co.uk/tag/business-and-trade-department/page/13"
_DBT25A = "https://www.ukpol.co.uk/tag/2025/page/166"
_DBT25B = "https://www.ukpol.co.uk/tag/business-and-trade-department/page/5"
_MOJ24 = "https://www.ukpol.co.uk/tag/ministry-of-justice/page/16"
_DFT24 = "https://www.ukpol.co.uk/tag/department-for-transport/page/12"
_HMCTS21 = "https://agenparl.eu/hmcts-monthly-bulletin-december-2021/"
_HMCTS22A = "https://content.govdelivery.com/accounts/UKHMCTS/bulletins/30c5120"
_HMCTS22B = "https://content.govdelivery.com/accounts/UKHMCTS/bulletins/33114cf"
_WA15 = "https://www.theyworkforyou.com/wrans/?id=2015-06-08.1496.h"
_WA25 = "https://www.parallelparliament.co.uk/writtenanswers/search?order_field=datenew&search_term=HM+Courts+and+Tribunals+Service"
_DAIL11 = "https://www.oireachtas.ie/ga/debates/debate/dail/2011-03-23/27/"
_SC11 = "https://www.oireachtas.ie/en/debates/debate/select_committee_on_the_environment_transport_culture_and_the_gaeltacht/2011-10-12/3/?highlight%5B0%5D=road&highlight%5B1%5D=traffic&highlight%5B2%5D=2&highlight%5B3%5D=bill&highlight%5B4%5D=2011"
_SEAN12 = "https://www.kildarestreet.com/sendebates/?gid=2012-12-19a.412"
_SCD0209 = "https://www150.statcan.gc.ca/n1/daily-quotidien/090220/tdq090220-eng.htm"
_SCD0909 = "http://www.statcan.gc.ca/daily-quotidien/090930/tdq090930-eng.htm"
_PM22 = "https://www.medcom.id/english/world/1bVdQ17K-australian-pm-to-visit-cambodia-indonesia-thailand"
_YELL16 = "https://pitchengine.com/buckrail/2016/04/14/select-yellowstone-roads-open-to-automobiles/c_170195650841935872"
_YELL24 = (
    "https://localnews8.com/news/wyoming/2024/05/09/yellowstone-south-entrance-to-open-friday/"
)
_FS15 = "http://centralorfireinfo.blogspot.com/2015/04"
_RD13 = "http://www.rurdev.usda.gov/STELPRD4021889.html"
_FSA20 = "https://www.sunjournal.com/2020/11/20/farm-service-agency-elections-underway/"

FRESH198_CASES: tuple[BlindCase, ...] = (
    # Department for Business and Trade (press release 'Business Secretary announces new DBT non-executive directors' of Tuesday 17 December 2024, as carried on the ukpol.co.uk tag page, which prints 'The press release issued by the Department for Business and Trade on 17 December 2024'; Crown copyright, OGL); zone Europe/London (GMT); the page gives the date and no hour: said 17 December 2024 10:00 GMT. Titles, bullets of names, the 'Background' notes and sentences without a time word are not taken. 'has today announced': the perfect with a day word, done (CONVENTIONS 2.4): past
    B(
        text="The Secretary of State for Business and Trade Secretary Jonathan Reynolds has today announced the appointment of eight new non-executive members of the Department for Business and Trade (DBT) Board.",
        due=None,
        vague=False,
        said="2024-12-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DBT24,
        published="2024-12-17",
    ),
    # appointed for a term of 3 years from the appointment announced that day: the window closes at its end (CONVENTIONS 1.1): 17 December 2027, end of day. unsure: a careful reader could give event (the term's start is not dated in the sentence, CONVENTIONS 1.3) or due None (a term of office, no act to be checked)
    B(
        text="Non-Executives have been appointed for 3 years and will provide independent advice, support and scrutiny on the department’s work.",
        due="2027-12-17 23:59:59",
        vague=False,
        said="2024-12-17 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DBT24,
        published="2024-12-17",
    ),
    # Department for Business and Trade (press release 'National roadshow kicks off to get businesses exporting and grow the economy' of Thursday 24 April 2025, as carried on the ukpol.co.uk tag page '2025', page 166, which prints the issue date; Crown copyright, OGL); zone Europe/London (BST); the page gives the date and no hour: said 24 April 2025 10:00 BST. Titles, bullets and sentences without a time word are not taken. the roadshows 'kick off today': a one-off start on the day of speaking, in the present (CONVENTIONS 2.1, 3.1): 24 April 2025, end of day
    B(
        text="• Export Roadshows, created to get more small businesses exporting and grow the economy, kick off today in the North East",
        due="2025-04-24 22:59:59",
        vague=False,
        said="2025-04-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DBT25A,
        published="2025-04-24",
    ),
    # 'kicking off today [24 April]': the first roadshow that day (CONVENTIONS 2.1, 3.1): 24 April 2025, end of day. unsure: a careful reader could give past (the main verb 'have been designed' is a perfect, CONVENTIONS 2.4)
    B(
        text="The ‘Made in the UK, Sold to the World’ roadshows, kicking off today [24 April] in Blyth and taking place across all nations and regions of the UK, have been designed to directly connect international buyers with SME exporters ready to seize the opportunity to grow their businesses.",
        due="2025-04-24 22:59:59",
        vague=False,
        said="2025-04-24 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DBT25A,
        published="2025-04-24",
    ),
    # Department for Business and Trade (press release 'Trade win unlocks £250 million for British firms in Vietnam' of Monday 14 July 2025, as carried on the ukpol.co.uk tag page 'Business and Trade Department', page 5, which prints the issue date; Crown copyright, OGL); zone Europe/London (BST); the page gives the date and no hour: said 14 July 2025 10:00 BST. Titles, bullets without a time word, sentences without a time word and the one whose only time word is 'now' are not taken. trade in 2024, told of the past: past
    B(
        text="• Major pharmaceutical trade barrier with Vietnam removed as bilateral trade increased by £1.2 billion in current prices to £8.1 billion in 2024 in boost to UK economy",
        due=None,
        vague=False,
        said="2025-07-14 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DBT25B,
        published="2025-07-14",
    ),
    # 'over the next five years' from the moment of speaking: a window from now, due at its end (CONVENTIONS 1.1): 14 July 2030, end of day. unsure: a careful reader could give due None with no refusal word (a forecast of gains, nothing undertaken)
    B(
        text="British pharmaceutical companies are set to gain up to £250 million over the next five years as part of a Vietnamese law change that makes it easier to sell UK-made medicines to the country.",
        due="2030-07-14 22:59:59",
        vague=False,
        said="2025-07-14 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DBT25B,
        published="2025-07-14",
    ),
    # the committee meets 'today [14 July]': a one-off event on the day of speaking (CONVENTIONS 3.1): 14 July 2025, end of day
    B(
        text="The announcement comes ahead of the latest Joint Economic and Trade Committee (JETCO) today [14 July] co-chaired by Trade Minister Douglas Alexander and Vice Minister Nguyen Hoang Long.",
        due="2025-07-14 22:59:59",
        vague=False,
        said="2025-07-14 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DBT25B,
        published="2025-07-14",
    ),
    # Ministry of Justice (press release 'New King’s Counsel and Honorary King’s Counsel welcomed by Lord Chancellor' of Friday 19 January 2024, as carried on the ukpol.co.uk tag page 'Ministry of Justice', page 16, which prints the issue date; Crown copyright, OGL); zone Europe/London (GMT); the page gives the date and no hour: said 19 January 2024 10:00 GMT. Titles, headings, sentences without a time word and the last, cut off, are not taken. the ceremony 'in March 2024': a one-off event in a month, due at the month's end (CONVENTIONS 3.1, 6.1): 31 March 2024, end of day (BST that day)
    B(
        text="The Lord Chancellor will preside over the appointment ceremony at Westminster Hall in March 2024, where he will formally bestow the title of KC upon the successful applicants and award the Honorary KCs.",
        due="2024-03-31 22:59:59",
        vague=False,
        said="2024-01-19 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_MOJ24,
        published="2024-01-19",
    ),
    # a career told of the past: past
    B(
        text="He worked at the European Court of Justice from 1989-92 and was Head of Birmingham Law School between 2006 and 2009.",
        due=None,
        vague=False,
        said="2024-01-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ24,
        published="2024-01-19",
    ),
    # a post held in 2015, told of the past: past
    B(
        text="He was Acting Head of the College of Arts & Law at Birmingham from April to August 2015.",
        due=None,
        vague=False,
        said="2024-01-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ24,
        published="2024-01-19",
    ),
    # the centre set up in 1998, told of the past: past
    B(
        text="Professor Doe is the Director of the Centre for Law and Religion, which he set up at Cardiff Law School in 1998.",
        due=None,
        vague=False,
        said="2024-01-19 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ24,
        published="2024-01-19",
    ),
    # Department for Transport (press release 'New guidance to enhance e-bike and e-scooter safety' of Thursday 1 February 2024, as carried on the ukpol.co.uk tag page 'Department for Transport', page 12, in the stored version that opens with it; Crown copyright, OGL); zone Europe/London (GMT); the page gives the date and no hour: said 1 February 2024 10:00 GMT. Titles, bullets, sentences without a time word, the one whose only time word is 'always' and the last, cut off, are not taken. 'has been published ... today': the perfect with a day word, done (CONVENTIONS 2.4): past
    B(
        text="Information around how to safely purchase, charge and use e-bikes and e-scooters has been published by the government today (1 February 2024) to improve consumer safety.",
        due=None,
        vague=False,
        said="2024-02-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT24,
        published="2024-02-01",
    ),
    # advice published last year; today's announcement is made as the words are read: past
    B(
        text="Today’s announcement follows the Home Offices’s advice on fire safety for e-scooters and e-bikes, which was published last year.",
        due=None,
        vague=False,
        said="2024-02-01 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT24,
        published="2024-02-01",
    ),
    # Department for Transport (press release 'New government funding to boost jobs and hydrogen transport in the North East' of Wednesday 17 January 2024, the other stored version of the same ukpol.co.uk tag page, which opens with it and prints its issue date; Crown copyright, OGL); zone Europe/London (GMT); said 17 January 2024 10:00 GMT. Titles, bullets without a time word and sentences without a time word are not taken. funding 'announced today', a participle of an act done: past. unsure: a careful reader could give 17 January 2024, end of day (a day word on the act as spoken, CONVENTIONS 2.1)
    B(
        text="Groceries are going green in the Tees Valley thanks to £7 million government funding announced today (17 January 2024) for hydrogen projects that will grow the economy and support skilled jobs in the North East.",
        due=None,
        vague=False,
        said="2024-01-17 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT24,
        published="2024-01-17",
    ),
    # HM Courts & Tribunals Service (HMCTS monthly bulletin, December 2021, as carried by agenparl.eu, dated on the page '2021-12-06' and 'lun 06 dicembre 2021'; Crown copyright, OGL); zone Europe/London (GMT); the page gives the date and no hour: said Monday 6 December 2021 10:00 GMT. The carrier's date line, item links without a time word and the one whose only time words are 'in the future' are not taken. the centre opens 'in May 2022': a one-off event in a month, due at its end (CONVENTIONS 3.1): 31 May 2022, end of day
    B(
        text="A new Courts and Tribunals Service Centre (CTSC) based in Newport, South Wales will open in May 2022.",
        due="2022-05-31 22:59:59",
        vague=False,
        said="2021-12-06 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMCTS21,
        published="2021-12-06",
    ),
    # 'from 22 November, we have been able': a change in force since a day gone: past
    B(
        text="New guidance issued by HM Prisons & Probation Service (HMPPS) means that, from 22 November, we have been able remove social distancing in court docks.",
        due=None,
        vague=False,
        said="2021-12-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS21,
        published="2021-12-06",
    ),
    # HM Courts & Tribunals Service (weekly operational update 'Week commencing Monday 28 February 2022', HMCTS's own GovDelivery bulletin; Crown copyright, OGL); zone Europe/London (GMT); the page prints only the week it covers and that 'Next week's update will be issued on Friday 4 March 2022', so it was issued on the Friday before the week: said Friday 25 February 2022 10:00 GMT (no hour on the page). Titles, section headings, sentences without a time word and the ones whose only time words are 'In the meantime' are not taken; the last, cut off, is not taken. the next issue on a dated day (CONVENTIONS 3.1): 4 March 2022, end of day
    B(
        text="Next week’s update will be issued on Friday 4 March 2022.",
        due="2022-03-04 23:59:59",
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMCTS22A,
        published="2022-02-25",
    ),
    # an announcement of 21 February, told as done: past
    B(
        text="• Updated: The Prime Minister has announced (21 February 2022) changes to COVID-19 rules in England.",
        due=None,
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS22A,
        published="2022-02-25",
    ),
    # longer opening hours given only their start: earliest, 26 February 2022 00:00 (CONVENTIONS 3.2). unsure: a careful reader could give recurring (extended hours on set weekdays, a standing schedule, CONVENTIONS 1.3)
    B(
        text="• Reminder: From Saturday 26 February 2022 our service centres will be open longer on Tuesdays, Thursdays and Saturdays to help with divorce and probate queries.",
        due=None,
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        refusal="earliest",
        earliest="2022-02-26 00:00:00",
        cluster=5,
        source=_HMCTS22A,
        published="2022-02-25",
    ),
    # opening hours on weekdays: a standing schedule: recurring (CONVENTIONS 1.3)
    B(
        text="You can contact us by phone, email or webchat from 8am to 8pm on Tuesdays and Thursdays and 8am to 2pm on Saturdays.",
        due=None,
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMCTS22A,
        published="2022-02-25",
    ),
    # 'at least once every 90 days': a standing rule for every account: recurring (CONVENTIONS 1.3)
    B(
        text="• Reminder: If you have a Common Platform account, you need to login at least once every 90 days to keep it active.",
        due=None,
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMCTS22A,
        published="2022-02-25",
    ),
    # a limit that is a standing rule for a class of accounts: recurring (CONVENTIONS 1.3). unsure: a careful reader could give event (90 days from an account's last login, undated, CONVENTIONS 1.3)
    B(
        text="If your account is inactive for 90 days, it will be deregistered for security reasons.",
        due=None,
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_HMCTS22A,
        published="2022-02-25",
    ),
    # webinars on two named days: the later (CONVENTIONS 6.1): 2 March 2022, end of day
    B(
        text="• Updated: On Tuesday 1 and Wednesday 2 March 2022 we are hosting webinars on issuing and responding to claims for damages on MyHMCTS.",
        due="2022-03-02 23:59:59",
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_HMCTS22A,
        published="2022-02-25",
    ),
    # a clock time with no day of its own in the sentence: the first 11am after speaking (CONVENTIONS 6.3): 25 February 2022 11:00 GMT; page: 2 March 2022 11:00 GMT
    B(
        text="Both webinars will take place at 11am.",
        due="2022-02-25 11:00:00",
        vague=False,
        said="2022-02-25 10:00:00",
        tz="Europe/London",
        cluster=2,
        source=_HMCTS22A,
        published="2022-02-25",
    ),
    # HM Courts & Tribunals Service (weekly operational update 'Week commencing Monday 10 October 2022', HMCTS's own GovDelivery bulletin; Crown copyright, OGL); zone Europe/London (BST); as the update above, issued the Friday before the week it covers: said Friday 7 October 2022 10:00 BST (no date or hour on the page). Titles, headings, sentences without a time word, the one whose only time word is 'now' and the last, cut off, are not taken. the next issue on a dated day (CONVENTIONS 3.1): 14 October 2022, end of day
    B(
        text="Next week’s update will be issued on Friday 14 October 2022.",
        due="2022-10-14 22:59:59",
        vague=False,
        said="2022-10-07 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_HMCTS22B,
        published="2022-10-07",
    ),
    # the building bought earlier this year: past
    B(
        text="We purchased the building earlier this year and it includes 8 hearing rooms and ancillary accommodation.",
        due=None,
        vague=False,
        said="2022-10-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS22B,
        published="2022-10-07",
    ),
    # 'went live ... this week', told as done: past
    B(
        text="• Updated: The Common Platform case management system went live at criminal courts in Essex this week: Basildon Crown Court and Magistrates’ Courts, Chelmsford Crown and Magistrates’ Courts, Colchester Magistrates’ Court and Southend Magistrates’ Court.",
        due=None,
        vague=False,
        said="2022-10-07 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HMCTS22B,
        published="2022-10-07",
    ),
    # UK Parliament (Commons written answer 'Driving: Licensing', Department for Transport, answered on 11 June 2015 as the page says, on theyworkforyou.com; Open Parliament Licence); zone Europe/London (BST); the page gives the date and no hour: said Thursday 11 June 2015 10:00 BST. The question (no time word), the date line and sentences without a time word or whose only time word is 'previously' are not taken. changes that took place on 8 June, told of the past: past
    B(
        text="The changes which took place on 8 June only abolished the paper counterpart.",
        due=None,
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA15,
        published="2015-06-11",
    ),
    # letters sent since March 2015, a perfect of work done: past
    B(
        text="Since March 2015, the DVLA has written directly to 640,000 professional bus and lorry drivers and sent information to around a million drivers each month.",
        due=None,
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA15,
        published="2015-06-11",
    ),
    # interviews undertaken on 8 June, told of the past: past
    B(
        text="Information on GOV.UK about the change has been viewed over 2.6 million times and 40 pre-planned broadcast interviews were undertaken on 8 June.",
        due=None,
        vague=False,
        said="2015-06-11 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA15,
        published="2015-06-11",
    ),
    # UK Parliament (Commons written answer 'Sexual Offences: Law Reporting', Ministry of Justice, listed under 'Thursday 8th May 2025' on the parallelparliament.co.uk written-answers search page; Open Parliament Licence); zone Europe/London (BST); the page gives the date and no hour: said 8 May 2025 10:00 BST. The search page's instructions, the questions (no time word), the sentence whose only time words are 'in future' and 'always' and the second answer, cut off, are not taken. a pilot launched in May 2024, told of the past: past
    B(
        text="In May 2024, the Ministry of Justice launched a pilot to enable victims of rape and sexual offences, whose cases are heard at the Crown Court, to request a copy of the judge’s sentencing remarks for free.",
        due=None,
        vague=False,
        said="2025-05-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA25,
        published="2025-05-08",
    ),
    # applications counted to 25 April 2025, told of the past: past
    B(
        text="Between May 2024 and 25 April 2025, HM Courts & Tribunals Service received 498 applications under the pilot.",
        due=None,
        vague=False,
        said="2025-05-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_WA25,
        published="2025-05-08",
    ),
    # 'due to conclude at the end of May 2025': a one-off end at the month's end (CONVENTIONS 3.1, 3.5): 31 May 2025, end of day
    B(
        text="The pilot is due to conclude at the end of May 2025.",
        due="2025-05-31 22:59:59",
        vague=False,
        said="2025-05-08 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_WA25,
        published="2025-05-08",
    ),
    # 'in due course', the department's own undertaking: vague, 60 days (CONVENTIONS 5.1): 7 July 2025, end of day
    B(
        text="We are currently assessing the pilot’s uptake and impact and will be able to say more on our plans for future provision in due course.",
        due="2025-07-07 22:59:59",
        vague=True,
        said="2025-05-08 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_WA25,
        published="2025-05-08",
    ),
    # Houses of the Oireachtas (Dáil Éireann debate of Wednesday 23 March 2011, Road Traffic Bill 2011: Second Stage, opening speech of the Minister; CC BY 4.0, on oireachtas.ie, the Irish-language view of the page); zone Europe/Dublin (GMT that day); the page gives the date and no hour: said 23 March 2011 10:00 GMT. The motion 'That the Bill be now read a Second Time', sentences without a time word, the one whose only time words are 'recent years' and the last, cut off, are not taken. a commitment over the next five years: a window from now, due at its end (CONVENTIONS 1.1): 23 March 2016, end of day. unsure: a careful reader could give due None with no refusal word (an ongoing aim, nothing to be done by a time)
    B(
        text="Speaking on behalf of the Government, I assure the House of our ongoing commitment to make roads even safer over the course of the next five years.",
        due="2016-03-23 23:59:59",
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL11,
        published="2011-03-23",
    ),
    # a fatality over 100 years ago, told of the past: past
    B(
        text="The House will be aware that the first ever recorded fatality as a consequence of a road traffic accident occurred in Ireland over 100 years ago.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL11,
        published="2011-03-23",
    ),
    # 'Since then', a perfect of what has happened: past
    B(
        text="Since then, thousands of people have lost their lives on our roads.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL11,
        published="2011-03-23",
    ),
    # a comparison with ten years ago: past
    B(
        text="The number of deaths as a consequence of road traffic accidents are half what they were ten years ago, yet there are many more cars on the road.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL11,
        published="2011-03-23",
    ),
    # deaths 'in the year to date', counted to now: past
    B(
        text="However, there is no room for complacency and I am disturbed by the increase in the number of road deaths in the year to date.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL11,
        published="2011-03-23",
    ),
    # deaths in the first months of 2011 and last year: past
    B(
        text="Some 49 people were killed on the roads in the first two and a half months of 2011, 15 more than in the same period last year.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL11,
        published="2011-03-23",
    ),
    # approved in January, due before a dissolution on 1 February, all gone: past
    B(
        text="The Bill I am moving was approved by the Seanad in January and was due to be introduced in this House before its dissolution on 1 February.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL11,
        published="2011-03-23",
    ),
    # 'Following its enactment ... the early introduction': hung on the enactment, not dated: event (CONVENTIONS 1.3, 5.2). unsure: a careful reader could give due None with no refusal word ('early' sets no time of its own)
    B(
        text="Following its enactment, it will allow for the early introduction of significant provisions in road traffic legislation to support and reinforce the existing drink driving enforcement regime.",
        due=None,
        vague=False,
        said="2011-03-23 10:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_DAIL11,
        published="2011-03-23",
    ),
    # Houses of the Oireachtas (Select Sub-Committee on Transport, Tourism and Sport, debate of Wednesday 12 October 2011, Road Traffic (No. 2) Bill 2011: Committee Stage, the Minister's opening remarks; CC BY 4.0, on oireachtas.ie, read at this address with a '?highlight' query string); zone Europe/Dublin (IST); the page gives the date and no hour: said 12 October 2011 10:00 IST. The Chairman's welcome, sentences without a time word, the one whose only time word is 'previously' and the last, cut off, are not taken. road safety Acts over the past ten years: past
    B(
        text="First, this Bill represents the eighth item of road safety legislation to be considered by the Oireachtas in the past ten years.",
        due=None,
        vague=False,
        said="2011-10-12 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SC11,
        published="2011-10-12",
    ),
    # 'I hope to commence at the bank holiday weekend', the Minister's plan (CONVENTIONS 4.3): the next bank holiday weekend in Ireland is the October one, Saturday 29 to Monday 31 October 2011, due at its end (CONVENTIONS 6.1): 31 October 2011, end of day (GMT by then). unsure: a careful reader could give due None with no refusal word (the weekend is not named, so no day can be read from the words) or Sunday 30 October (a weekend ends on Sunday)
    B(
        text="The main provisions relate to the mandatory breath testing of drivers by the Garda in certain circumstances at the lower blood alcohol concentrations levels I hope to commence at the bank holiday weekend.",
        due="2011-10-31 23:59:59",
        vague=False,
        said="2011-10-12 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SC11,
        published="2011-10-12",
    ),
    # 'in the near future', the Minister's own intention: vague, 60 days (CONVENTIONS 5.1): 11 December 2011, end of day; the year 2010 only names an Act
    B(
        text="The provisions for the lower alcohol levels are included in the Road Traffic Act 2010 and as I stated, I intend to commence the relevant sections of the Bill in the near future.",
        due="2011-12-11 23:59:59",
        vague=True,
        said="2011-10-12 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_SC11,
        published="2011-10-12",
    ),
    # Houses of the Oireachtas (Seanad Éireann debate of Wednesday 19 December 2012, Social Welfare Bill 2012: Committee Stage, the Minister for Social Protection, as carried on kildarestreet.com, which links the Oireachtas source; CC BY 4.0); zone Europe/Dublin (GMT); the page gives the hour '2:40 pm': said 19 December 2012 14:40 GMT. Sentences without a time word (those naming only 'a date', 'a specific date', 'the timing' or 'yearly') and the last, cut off, are not taken. a measure that takes effect 'from 1 January 2013': a one-off change taking effect (CONVENTIONS 3.1, 3.1a): 1 January 2013, end of day
    B(
        text="For example, section 10, which relates to the minimum contribution payable by self-employed contributors, specifies that this measure will take place from 1 January 2013.",
        due="2013-01-01 23:59:59",
        vague=False,
        said="2012-12-19 14:40:00",
        tz="Europe/Dublin",
        cluster=6,
        source=_SEAN12,
        published="2012-12-19",
    ),
    # 'come into effect on the enactment of the Bill': hung on the enactment and the President's signature, not dated: event (CONVENTIONS 1.3)
    B(
        text="Where no specific commencement date is provided for in the relevant section of the Bill and where that provision is not to be brought into force by way of a commencement order in accordance with section 1(4), that provision of the Bill will come into effect on the enactment of the Bill, and obviously that will require the President's signature after the passage of the Bill.",
        due=None,
        vague=False,
        said="2012-12-19 14:40:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEAN12,
        published="2012-12-19",
    ),
    # Statistics Canada (The Daily of Friday 20 February 2009, archived on statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EST); the page gives 'Released at 8:30 a.m. Eastern time': said 20 February 2009 08:30 EST. Release titles, the archive notice, the release-time line and titles without a sentence are not taken. prices to January 2009, told of the past: past
    B(
        text="Consumer prices rose 1.1% in the 12 months to January 2009, slightly less than the 1.2% increase observed in December.",
        due=None,
        vague=False,
        said="2009-02-20 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD0209,
        published="2009-02-20",
    ),
    # December to January, told of the past: past
    B(
        text="On a seasonally adjusted monthly basis, consumer prices fell 0.1% from December to January.",
        due=None,
        vague=False,
        said="2009-02-20 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD0209,
        published="2009-02-20",
    ),
    # jobs lost from 2004 to 2008: past
    B(
        text="Canada lost nearly 322,000 manufacturing jobs from 2004 to 2008, with more than one in seven manufacturing jobs disappearing over the period.",
        due=None,
        vague=False,
        said="2009-02-20 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD0209,
        published="2009-02-20",
    ),
    # 'during the past decade': past
    B(
        text="The prevalence of obesity in the Canadian workforce, especially for men, has risen during the past decade.",
        due=None,
        vague=False,
        said="2009-02-20 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD0209,
        published="2009-02-20",
    ),
    # 2005 and the mid-1990s: past
    B(
        text="In 2005, 15.7% of employed Canadians age 18 to 64, or more than two million people, were obese, up from 12.5% in the mid-1990s.",
        due=None,
        vague=False,
        said="2009-02-20 13:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD0209,
        published="2009-02-20",
    ),
    # Statistics Canada (The Daily of Wednesday 30 September 2009, archived on statcan.gc.ca; Statistics Canada Open Licence); zone America/Toronto (EDT); the page gives 'Released at 8:30 a.m. Eastern time': said 30 September 2009 08:30 EDT. Release titles, the archive notice, the release-time line, the 'Upcoming releases' link and the sentence without a time word are not taken. July and June figures: past
    B(
        text="Real gross domestic product was unchanged in July, following a 0.1% increase in June.",
        due=None,
        vague=False,
        said="2009-09-30 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD0909,
        published="2009-09-30",
    ),
    # July against June: past
    B(
        text="Total non-farm payroll employment rose by 74,300 in July, up 0.5% from June.",
        due=None,
        vague=False,
        said="2009-09-30 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD0909,
        published="2009-09-30",
    ),
    # a peak in October 2008: past
    B(
        text="This was the first increase since payroll employment peaked in October 2008.",
        due=None,
        vague=False,
        said="2009-09-30 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD0909,
        published="2009-09-30",
    ),
    # the third consecutive month, July against June: past
    B(
        text="The proportion of industries experiencing job gains rose for the third consecutive month in July to 57%, up from 47% in June.",
        due=None,
        vague=False,
        said="2009-09-30 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD0909,
        published="2009-09-30",
    ),
    # August against July: past
    B(
        text="In August, the Industrial Product Price Index rose 0.5% and the Raw Materials Price Index was up 3.7% compared with July, mainly as a result of rising petroleum and metal prices.",
        due=None,
        vague=False,
        said="2009-09-30 12:30:00",
        tz="America/Toronto",
        refusal="past",
        cluster=5,
        source=_SCD0909,
        published="2009-09-30",
    ),
    # Prime Minister of Australia (media release on the November 2022 summit travel, as carried verbatim by medcom.id, dated on the page '2022-11-09', the carrier adding that the Prime Minister spoke 'in a statement on Wednesday'; CC BY 4.0 as pm.gov.au states); zone Australia/Sydney (AEDT); the page gives the date and no hour: said Wednesday 9 November 2022 10:00 AEDT. Sentences without a time word (or whose only time word is 'Annual', 'always' or 'never'), the sentence that runs into the carrier's attribution and the last, cut off, are not taken. travel 'from 11–14 November': the later end of the range (CONVENTIONS 6.1), in the publisher's zone: 14 November 2022, end of day AEDT
    B(
        text="The Prime Minister will travel to Phnom Penh from 11–14 November to attend the East Asia Summit, the region’s premier leader led forum for strategic discussion.",
        due="2022-11-14 12:59:59",
        vague=False,
        said="2022-11-08 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_PM22,
        published="2022-11-09",
    ),
    # 'From November 14–17': the later end (CONVENTIONS 6.1): 17 November 2022, end of day AEDT
    B(
        text="From November 14–17, the Prime Minister will attend the Bali G20 Summit in Indonesia – the world’s top table for international economic cooperation.",
        due="2022-11-17 12:59:59",
        vague=False,
        said="2022-11-08 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_PM22,
        published="2022-11-09",
    ),
    # 'from 17-19 November': the later end (CONVENTIONS 6.1): 19 November 2022, end of day AEDT
    B(
        text="The Prime Minister will then travel to Bangkok from 17-19 November to attend the 29th APEC Economic Leaders’ Summit.",
        due="2022-11-19 12:59:59",
        vague=False,
        said="2022-11-08 23:00:00",
        tz="Australia/Sydney",
        cluster=3,
        source=_PM22,
        published="2022-11-09",
    ),
    # National Park Service (Yellowstone National Park release on the spring road opening, as carried on pitchengine.com for Buckrail, dated 14 April 2016 in its address and calling the opening 'tomorrow, April 15'; public domain, a federal work); zone America/Denver (MDT); no hour on the page: said Thursday 14 April 2016 10:00 MDT. The carrier's '(Yellowstone) - ' and '#bu' tags are left off; sentences without a time word and those whose only time words are 'at any time', 'for some time' or 'advance warning' are not taken. the roads open at a stated time: a one-off event (CONVENTIONS 3.1): 15 April 2016 08:00 MDT. unsure: a careful reader could give earliest (a season of open roads given its start, CONVENTIONS 3.2)
    B(
        text="Starting tomorrow, April 15 at 8:00 a.m., the road segments from West Yellowstone and Mammoth Hot Springs to Old Faithful and the Grand Canyon of the Yellowstone will open for the season allowing visitors to travel by car to two of the park’s iconic locations.",
        due="2016-04-15 14:00:00",
        vague=False,
        said="2016-04-14 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_YELL16,
        published="2016-04-14",
    ),
    # 'Each spring': a standing practice: recurring (CONVENTIONS 1.3)
    B(
        text="Each spring, Yellowstone National Park clears snow and ice from 198 miles of main road, 124 miles of secondary roads, 125 acres of parking lots inside the park, and 31 miles of the Beartooth Highway outside the park’s Northeast Entrance in preparation for the summer season.",
        due=None,
        vague=False,
        said="2016-04-14 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_YELL16,
        published="2016-04-14",
    ),
    # more roads open 'during May': the month's end (CONVENTIONS 3.1, 6.1): 31 May 2016, end of day MDT
    B(
        text="Additional road segments in the park will open during May as road clearing operations progress.",
        due="2016-06-01 05:59:59",
        vague=False,
        said="2016-04-14 16:00:00",
        tz="America/Denver",
        cluster=4,
        source=_YELL16,
        published="2016-04-14",
    ),
    # spring weather in general: recurring (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a description, nothing promised)
    B(
        text="Spring in Yellowstone brings unpredictable weather including cold temperatures, high winds, and falling snow.",
        due=None,
        vague=False,
        said="2016-04-14 16:00:00",
        tz="America/Denver",
        refusal="recurring",
        cluster=5,
        source=_YELL16,
        published="2016-04-14",
    ),
    # National Park Service (Yellowstone National Park release on the South Entrance opening, as carried on localnews8.com for KIFI, dated 2024-05-09 in its address; public domain, a federal work); zone America/Denver (MDT); no hour on the page: said Thursday 9 May 2024 10:00 MDT. The carrier's 'YELLOWSTONE NATIONAL PARK (KIFI) - ' is left off and the opening sentence is quoted up to the colon that leads into its list of roads; the list, headings, instructions without a time word, the ones whose only time words are 'late spring', 'this difficult time of the year', 'at all times' or 'year-round', and the sentence whose only year names a map are not taken; 'Services in the spring are limited.' was labelled and then dropped before the commit because the whole-sentence check read it used (the same words stand in other park releases). the roads open at 8 a.m. on Friday, May 10 (CONVENTIONS 3.1): 10 May 2024 08:00 MDT
    B(
        text="Weather-permitting, the following roads in Yellowstone National Park will open 8 a.m. Friday, May 10 to public motor vehicle traffic",
        due="2024-05-10 14:00:00",
        vague=False,
        said="2024-05-09 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_YELL24,
        published="2024-05-09",
    ),
    # the pass opens at 8 a.m. May 24 (CONVENTIONS 3.1): 24 May 2024 08:00 MDT
    B(
        text="Weather-permitting, the road from Canyon Village to Tower Fall (Dunraven Pass) will open 8 a.m. May 24.",
        due="2024-05-24 14:00:00",
        vague=False,
        said="2024-05-09 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_YELL24,
        published="2024-05-09",
    ),
    # US Forest Service (Deschutes National Forest release 'Prescribed Fire Planned Adjacent to Black Butte Ranch', on the Central Oregon fire information blog of the Forest Service and its partners, dated on the page 'Wednesday, April 29, 2015'; public domain, a federal work); zone America/Los_Angeles (PDT); no hour on the page: said 29 April 2015 10:00 PDT. The title, sentences without a time word and the footer on the agencies' missions are not taken. the burn 'as early as tomorrow and continuing through Friday': the later end (CONVENTIONS 6.1): Friday 1 May 2015, end of day. unsure: a careful reader could give earliest (30 April 2015 00:00, 'as early as tomorrow', CONVENTIONS 3.2)
    B(
        text="SISTERS – Given favorable weather conditions, Deschutes National Forest fuel specialists on the Sisters Ranger District plan to conduct a prescribed burn as early as tomorrow and continuing through Friday.",
        due="2015-05-02 06:59:59",
        vague=False,
        said="2015-04-29 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_FS15,
        published="2015-04-29",
    ),
    # US Department of Agriculture (Rural Development news release STELPRD4021889 of 15 August 2013, on rurdev.usda.gov; public domain, a federal work); zone America/New_York (EDT, a Washington dateline); no hour on the page: said Thursday 15 August 2013 10:00 EDT. The title line, the 'Washington, DC, Aug 15, 2013 --' line and sentences without a time word are not taken. 'announced yesterday': a day word on the verb of speaking (CONVENTIONS 2.2), the act told as done: past. unsure: a careful reader could give due None with no refusal word (CONVENTIONS 2.2, no deadline of its own)
    B(
        text="WASHINGTON, August 15, 2013 - Agriculture Secretary Tom Vilsack announced yesterday that the U.S. Department of Agriculture (USDA) is seeking applications for grants that will be awarded to organizations to help rural businesses create jobs and spur economic development.",
        due=None,
        vague=False,
        said="2013-08-15 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_RD13,
        published="2013-08-15",
    ),
    # US Department of Agriculture (release on the Farm Service Agency county committee elections, as carried on sunjournal.com, dated on the page '2020-11-20' under a 'WASHINGTON, D.C.' dateline; public domain, a federal work); zone America/New_York (EST); no hour on the page: said Friday 20 November 2020 10:00 EST. The opening sentence (no time word) and sentences without a time word are not taken. ballots returned 'by Monday, Dec. 7' (CONVENTIONS 3.5): 7 December 2020, end of day
    B(
        text="To be counted, ballots must be returned to the local FSA county office or postmarked by Monday, Dec. 7.",
        due="2020-12-08 04:59:59",
        vague=False,
        said="2020-11-20 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FSA20,
        published="2020-11-20",
    ),
    # three-year terms and a seat each year: standing rules: recurring (CONVENTIONS 1.3)
    B(
        text="Each committee has three to 11 elected members who serve three-year terms, and at least one seat is up for election each year.",
        due=None,
        vague=False,
        said="2020-11-20 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_FSA20,
        published="2020-11-20",
    ),
    # members take office on a dated day (CONVENTIONS 3.1): 1 January 2021, end of day
    B(
        text="Newly-elected committee members will take office Jan. 1, 2021.",
        due="2021-01-02 04:59:59",
        vague=False,
        said="2020-11-20 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FSA20,
        published="2020-11-20",
    ),
)
