"""A HUNDRED-AND-EIGHTY-SECOND fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-07 (UTC) between about 07:08 and 07:17 by the machine's clock (which ran
slow against the work done; the branch's commit time is the one to trust) by a labelling helper (branch
issue12l182-s62) that neither changed, imported nor ran the parser, working at the same time as the other
labellers of stop 62 (fresh179 to fresh183, articles blind146 and blind147), whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3 included), the docstring, comments, several cases and the README section of
`blind_fresh178.py`, the field list and the docstring conventions of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py` and the top docstring of the parser package only (the vague windows,
parts of the day, "lunchtime", bare clock times, "early / mid / late"); nothing else of `bot/core/deadlines/`
was opened. The brief asked for less-mined publishers (Oireachtas debates on bills and motions of 1990 to
2015 other than Orders of Business, gov.ie pages stating CC BY, GOV.UK: Ministry of Justice, HMCTS, DVLA,
Department for Business and Trade; US Forest Service, National Park Service and USDA notices; pm.gov.au),
open licences only, at least eight publishers, none above a fifth, at most a third from the United States,
a spread of genres, about 80 cases (at least 60).

The set quotes the Houses of the Oireachtas (a Seanad Committee Stage debate on the Interpretation Bill of 29
June 2005, as carried by kildarestreet.com, and Dáil written answers of 3 October 2000), the European
Commission (Midday Express of 12 April 2012 and of 11 October 2012, Daily News of 15 June 2016), UK Parliament
(a Commons business exchange of 24 November 1988, as carried by theyworkforyou.com, and a Commons debate on
procedure motions of 21 February 1990), the Ministry of Justice with HM Courts & Tribunals Service (a GOV.UK
news story of June 2020 and a release of 25 July 2023, as carried), the Department for Environment, Food and
Rural Affairs (a release of 6 February 2023, as carried), the Department for Business and Trade (releases of 9
and 10 May 2023, as carried), the National Park Service (releases of 28 April 2020 and of January 2019, as
carried), the USDA Forest Service (a Gila National Forest release of 6 August 2013, as carried), the
Department for Business, Enterprise and Regulatory Reform (a release of 3 March 2008, as carried), the Driver
and Vehicle Standards Agency (a release of 2 May 2018, as carried) and the US Department of Agriculture
(releases of 28 February and 17 March 2020, as carried, and a Farm Service Agency item of 14 December 2023).
65 cases from 11 publishers: the Oireachtas 12 (18.5%); the Commission 12 (18.5%); UK Parliament 8 (12.3%);
the Ministry of Justice/HMCTS 6 (9.2%); DEFRA 5 (7.7%); DBT 4 (6.2%); the National Park Service 4 (6.2%); the
USDA Forest Service 4 (6.2%); the USDA (department and Farm Service Agency) 4 (6.2%); BERR 3 (4.6%); DVSA 3
(4.6%). Counting the Forest Service with the USDA, 10 publishers, the USDA 8 (12.3%). 12 of the 65 (18.5%)
are from the United States (NPS, Forest Service, USDA); 53 are not. Genres: a Seanad committee-stage debate
on a Bill, Dáil written answers, Commons business and procedure exchanges, Commission midday briefings,
department press releases and a news story (courts, forestry, trade, consumer law, MOT testing), agency
releases (park and forest reopenings, farm programmes) and an agency news listing.

The store is heavily mined: of about 80 addresses checked (each with a distinctive phrase) with
`fresh_check.py`, most read used (Oireachtas Orders of Business of many years, Lords business items of 1882
to 1974, Commission Daily News and Top News pages of 2013 to 2021, StatCan release pages, Wikinews, pm.gov.au
media pages, Forest Service comment-period and burn notices, USDA and FSA deadline pages, NPS closure
releases). No gov.ie page stating CC BY, no fresh pm.gov.au page, no kremlin.ru or Wikinews page and no DVLA
page of its own was found, so none is quoted. Each page's cases share one `source` constant, so whole pages
can be dropped.

Left out, and why. Claimed (`fresh182`) but not used, to keep the caps (a fifth for each publisher) or for
want of time words: the Dáil questions on the legislative programme of 5 April 1995 and a select committee
debate of 11 May 1994 and a Seanad Report Stage of 12 November 1997 (Oireachtas cap), a Seanad Report Stage
of 14 May 2009 (no time word in its stored opening), a Commons business statement of 6 November 1997 (16
sentences, above the UK Parliament cap on its own), the Commission's Midday Express of 12 January 2012 and of
17 December 2012 (Commission cap), and the courts release as carried by government-world.com (the GOV.UK
address was used instead). Within the pages kept: sentences without a time word; sentences whose only time
words are general ("now", "so far", "to date", "annually", "all year round", "per year", "at any time") or
whose only year names an Act, an Order, a Bill or a programme; speaker tags, titles, headings, date lines,
datelines (left out of the quotes that open with one), list fragments and contact lines; sentences cut off
where the stored opening ends; one USDA statement whose release date the stored page does not print; the
part of a carried page that is not the publisher's (an NPCA statement).

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time,
"today", "last week", "next week's", "this week", "the week", "later this month", "earlier this year", "last
year", "before the end of the year", "by the end of the summer", "Spring 2013", "in the coming months", "over
the next decade", "between now and 2050", "six months after the date of its passing", "soon", "in the very
near future", "as quickly as possible"); within each page quoted, the sentences of the stored opening that
hold one were taken in page order, easy or hard.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names excepted,
which the freshness tool skips) or in the shared claims file was used: each was checked with `fresh_check.py`
(the address and a distinctive phrase of the page) and claimed (`fresh182`) in
`/work/helper-brief/claims.txt` before its quotes were kept. Every kept sentence was then checked whole with
the same tool (skipping this file). Each label was worked out by hand from the words, the publication date
and the publisher's zone (Europe/Dublin for the Oireachtas, Europe/London for UK Parliament and the UK
departments and agencies, Europe/Brussels for the Commission, America/New_York for the USDA and the NPS
release of 2019, America/Anchorage for the Denali release, America/Denver for the Gila National Forest); the
conversion of local instants to UTC wall time, weekdays and day counts were done with Python's zoneinfo and
datetime (and dateutil's relativedelta for month and year counts) in a scratch script outside the
repository, never with code of the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh178.py`: the publication date at 10:00 local time unless the page gives the hour (two pages do:
the Commons exchange of 1988 at 14:34 and the debate of 1990 at 18:08); the first comment of each page says
where its date was read. Three pages print no date in their stored opening (the courts news story, the
Denali release as carried) or only a carrier's (the NPS release of 2019): each is read on a day the page or a
report of the same release fixes, and the comment says which labels could move. A day falls due at 23:59:59
local; a one-off event at a time due then (CONVENTIONS 3.1); several times at the latest (CONVENTIONS 6.1,
6.2); a clock time with no day of its own at its first occurrence after the moment of speaking (CONVENTIONS
6.3); a window or term of stated length at its end (CONVENTIONS 1.1); questions and requests due None with no
refusal word (CONVENTIONS 4.3); possibilities due None with no refusal word (CONVENTIONS 4.2); times hung on
an undated event are event (CONVENTIONS 1.3); done acts, the perfect with "today" included, past (CONVENTIONS
2.4); vague words of an undertaking take the documented windows (CONVENTIONS 5.1). Clusters as in
`blind_fresh178.py`: 1 no time set, 2 clock times, 3 ranges and several dates, 4 parts of the day, periods
and windows, 5 refusals, 6 plain days and dates. 32 labels are refusals (past 27, event 5); 4 are vague (three
60-day windows, one 3-month window); 27 labels carry a due instant (the 4 vague ones included); 6 have due
None and no refusal word; 23 are marked "unsure" and name the other reading; like every label here they stay
as committed, whatever the first run shows. First run: not yet taken (the lead runs it once, after merging,
and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_SEAN05 = "https://www.kildarestreet.com/sendebates/?gid=2005-06-29.192.0"
_DAIL00 = "https://www.oireachtas.ie/en/debates/debate/dail/2000-10-03/71/"
_HC88 = "https://www.theyworkforyou.com/debates/?id=1988-11-24a.229.0"
_HC90 = "https://api.parliament.uk/historic-hansard/commons/1990/feb/21/private-members-motions"
_EC12A = "http://europa.eu/rapid/press-release_MEX-12-0412_en.htm?locale=en"
_EC12B = "http://europa.eu/rapid/midday-express-11-10-2012.htm"
_EC16 = "http://europa.eu/rapid/midday-express-15-06-2016.htm?locale=fr"
_BERR08 = "https://www.wired-gov.net/wg/wg-news-1.nsf/print/Unfair+selling+rules+laid+in+Parliament+03032008152600"
_MOJ20 = "https://gov.uk/government/news/more-face-to-face-hearings-as-courts-reopen"
_MOJ23 = "https://www.ukpol.co.uk/tag/ministry-of-justice/page/22"
_DVSA18 = "https://pronounce.media/press-release/new-mot-arrives-this-month/pronounce-admin/2018-05-02/155"
_DEFRA23 = "https://www.ukpol.co.uk/category/press-releases/page/786"
_DBT23 = "https://www.ukpol.co.uk/tag/business-and-trade-department/page/30"
_USDA20A = "https://investigatemidwest.org/category/usda-news-release/"
_USDA20B = "https://thefederalnewswire.com/author/usda-newswire?page=335"
_FSA23 = "https://fsa.usda.gov/node?page=47"
_NPS20 = "https://alaska-native-news.com/denali-national-park-accessible-to-the-public-again-opens-part-of-the-denali-park-road/48895/"
_NPS19 = "https://naturalhistorywanderings.com/2019/01/26/national-park-resume-regular-operations"
_FS13 = "http://krwg.org/post/gila-areas-reopen"

FRESH182_CASES: tuple[BlindCase, ...] = (
    # Houses of the Oireachtas (Seanad Éireann debate of Wednesday 29 June 2005, Interpretation Bill 2000: Committee Stage, as carried by kildarestreet.com with its 'Oireachtas source' link; Oireachtas (Open Data) PSI licence, CC BY 4.0 terms); zone Europe/Dublin (Irish Summer Time, UTC+1); the head gives the date and a carrier's '2:00 am' that is no sitting hour (the Seanad sat by day), so the hour is not used: said Wednesday 29 June 2005 10:00 IST. The welcome with no time word is not taken. The amendment's proposal: six months from the undated passing of the Act, an event (CONVENTIONS 1.3); the quoted 1 January 2004 is gone. unsure: a careful reader could give 'past' (the only calendar date in the sentence is behind the moment of speaking)
    B(
        text='The amendment proposes to delete subsection (2), which states "This Act comes into operation on 1 January 2004", and amend it to state "This Act comes into operation 6 months after the date of its passing.".',
        due=None,
        vague=False,
        said="2005-06-29 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEAN05,
        published="2005-06-29",
    ),
    # 'on the day the President signs it': hung on an undated signing, event (CONVENTIONS 1.3). unsure: a careful reader could give 'recurring' (a rule for every Bill, CONVENTIONS 1.3 first case)
    B(
        text="It is clear that the Bill becomes an Act on the day the President signs it.",
        due=None,
        vague=False,
        said="2005-06-29 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEAN05,
        published="2005-06-29",
    ),
    # five years of gestation, told of the time gone: past
    B(
        text="This Bill has been in gestation for five years although I concede that Deputy Kitt has not been Chief Whip for that period.",
        due=None,
        vague=False,
        said="2005-06-29 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN05,
        published="2005-06-29",
    ),
    # a question about the six months: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give 'event' (six months before an undated commencement)
    B(
        text="Why is the Minister of State suggesting that another six months must elapse before the legislation becomes effective?",
        due=None,
        vague=False,
        said="2005-06-29 09:00:00",
        tz="Europe/Dublin",
        cluster=1,
        source=_SEAN05,
        published="2005-06-29",
    ),
    # 'Some years ago ... published': past
    B(
        text="Some years ago the Government published a regulatory framework, referring to better regulation, more efficiency and speedier passing of legislation.",
        due=None,
        vague=False,
        said="2005-06-29 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN05,
        published="2005-06-29",
    ),
    # six months after the undated passing: event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (a proposal reported, 'would', CONVENTIONS 4.3)
    B(
        text="Now the Government is suggesting the Act would come into operation six months after the date of its passing.",
        due=None,
        vague=False,
        said="2005-06-29 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEAN05,
        published="2005-06-29",
    ),
    # 'having been published in 2000': past
    B(
        text="It has already been passed by the other House, having been published in 2000.",
        due=None,
        vague=False,
        said="2005-06-29 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN05,
        published="2005-06-29",
    ),
    # 'was passed on 1 July 2003': past
    B(
        text="It took three years for this to be disposed of and was passed on 1 July 2003.",
        due=None,
        vague=False,
        said="2005-06-29 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_SEAN05,
        published="2005-06-29",
    ),
    # 'last year' is past and 'just before the summer recess' the present; the live time, 'another six months', runs from the undated passing: event (CONVENTIONS 1.3). unsure: a careful reader could give six months from the moment of speaking (Thursday 29 December 2005, end of day) or 'past'
    B(
        text="We debated it last year and we are now on Committee Stage just before the summer recess, yet the Government wants another six months to give proper interpretation and effect to this in the courts.",
        due=None,
        vague=False,
        said="2005-06-29 09:00:00",
        tz="Europe/Dublin",
        refusal="event",
        cluster=5,
        source=_SEAN05,
        published="2005-06-29",
    ),
    # Houses of the Oireachtas (Dáil Éireann, Written Answers of Tuesday 3 October 2000, 'Commencement Orders', question 187 and its reply, on oireachtas.ie; Oireachtas (Open Data) PSI licence, CC BY 4.0 terms); zone Europe/Dublin (Irish Summer Time, UTC+1); the head gives the date and no hour: said Tuesday 3 October 2000 10:00 IST. The question's only time words are general ('to date') and the sentences whose only years name Acts and Orders are not taken. 'enacted in July 2000': past
    B(
        text="The Copyright and Related Rights Bill, 2000, which was enacted in July 2000, awaits commencement.",
        due=None,
        vague=False,
        said="2000-10-03 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL00,
        published="2000-10-03",
    ),
    # 'before the end of the year': the year's end, Sunday 31 December 2000 (GMT), end of day (CONVENTIONS 3.5); the Minister's expectation stays dated (CONVENTIONS 4.3 last paragraph)
    B(
        text="It is expected that commencement will take place before the end of the year.",
        due="2000-12-31 23:59:59",
        vague=False,
        said="2000-10-03 09:00:00",
        tz="Europe/Dublin",
        cluster=4,
        source=_DAIL00,
        published="2000-10-03",
    ),
    # 'received by me earlier this year': past
    B(
        text="Recommendation No. 40 of the final report of the Competition and Mergers Review Group, received by me earlier this year was to the effect that the Restrictive Practices (Groceries) Order, 1987, be repealed.",
        due=None,
        vague=False,
        said="2000-10-03 09:00:00",
        tz="Europe/Dublin",
        refusal="past",
        cluster=5,
        source=_DAIL00,
        published="2000-10-03",
    ),
    # UK Parliament (House of Commons, Business of the House, Thursday 24 November 1988, the Leader's reply 'at 2:34 pm', as carried by theyworkforyou.com; Open Parliament Licence); zone Europe/London (GMT); the page gives the hour: said Thursday 24 November 1988 14:34 GMT. Sentences with no time word ('the timing of the debate', 'an early debate') are not taken. 'next week's business', told as going to happen: the end of next week, Sunday 4 December 1988 (CONVENTIONS 3.1). unsure: a careful reader could give due None (the time names the business; no undertaking of the speaker)
    B(
        text="I am sorry that the hon. Gentleman and I will be featuring rather a lot in next week's business.",
        due="1988-12-04 23:59:59",
        vague=False,
        said="1988-11-24 14:34:00",
        tz="Europe/London",
        cluster=4,
        source=_HC88,
        published="1988-11-24",
    ),
    # 'keep going through the week': kept going to the end of the week the sentence names, read from the sentence alone as the present week, Sunday 27 November 1988 (CONVENTIONS 3.3). unsure: a careful reader could give Sunday 4 December 1988 (the week is next week's, from the sentence before)
    B(
        text="I regret that as much as he does, but we shall have to do our best to keep going through the week.",
        due="1988-11-27 23:59:59",
        vague=False,
        said="1988-11-24 14:34:00",
        tz="Europe/London",
        cluster=4,
        source=_HC88,
        published="1988-11-24",
    ),
    # 'may well be a relevant subject for Monday's debate': a possibility, no undertaking: due None, no refusal word (CONVENTIONS 4.2)
    B(
        text="I recognise that this is a matter to which we shall have to return, but, subject to your views, Mr. Speaker, homelessness may well be a relevant subject for Monday's debate.",
        due=None,
        vague=False,
        said="1988-11-24 14:34:00",
        tz="Europe/London",
        cluster=1,
        source=_HC88,
        published="1988-11-24",
    ),
    # 'what the Prime Minister said last week': past
    B(
        text="With regard to the hon. Gentleman's question about my right hon. Friend the Prime Minister and what is alleged by some people to have taken place, I have nothing further to add to what the Prime Minister said last week.",
        due=None,
        vague=False,
        said="1988-11-24 14:34:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC88,
        published="1988-11-24",
    ),
    # UK Parliament (historic Hansard, 'HC Deb 21 February 1990 vol 167 cc973-1048', Private Members' Motions, on api.parliament.uk; Open Parliament Licence); zone Europe/London (GMT); the page gives the hour, '6.8 pm': said Wednesday 21 February 1990 18:08 GMT. Speaker tags, the Chair's apology and the sentences without a time word ('now', 'the previous occasion') are not taken, nor the last sentence, cut off where the stored opening ends. A clock time with no day of its own: the first 19:00 after 18:08, the same evening (CONVENTIONS 6.3; page: the same)
    B(
        text="We shall vote on the three procedure motions at 7 o'clock.",
        due="1990-02-21 19:00:00",
        vague=False,
        said="1990-02-21 18:08:00",
        tz="Europe/London",
        cluster=2,
        source=_HC90,
        published="1990-02-21",
    ),
    # 'on 1 February we dealt with': past
    B(
        text="The House will recall that on 1 February we dealt with the third report of the Procedure Committee on ten-minute Bills.",
        due=None,
        vague=False,
        said="1990-02-21 18:08:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC90,
        published="1990-02-21",
    ),
    # 'on that day', the day of the debate just told: past
    B(
        text="The debate on that day also covered the second report of the Committee, dealing with private Members' time.",
        due=None,
        vague=False,
        said="1990-02-21 18:08:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_HC90,
        published="1990-02-21",
    ),
    # 'today's debate' names the debate in progress, and nothing is undertaken: due None, no refusal word. unsure: a careful reader could give the end of that day (the debate held today, CONVENTIONS 2.1)
    B(
        text="That is the purpose of today's debate.",
        due=None,
        vague=False,
        said="1990-02-21 18:08:00",
        tz="Europe/London",
        cluster=1,
        source=_HC90,
        published="1990-02-21",
    ),
    # European Commission (Midday Express of 12 April 2012, 'News from the European Commission's Midday Briefing', EXME 12 / 12.04, on europa.eu; reuse under Commission Decision 2011/833/EU); zone Europe/Brussels (CEST, UTC+2); the head gives the date and no hour: said Thursday 12 April 2012 10:00 CEST. Headings, the French line and 'Online accreditation:' are not taken, nor 'no fixed deadline yet' (no time word), nor the last heading, cut off. 'A new survey today revealed': past
    B(
        text="A new survey today revealed that 95% of Europeans think that access to energy is an important precondition for overcoming poverty in developing countries.",
        due=None,
        vague=False,
        said="2012-04-12 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC12A,
        published="2012-04-12",
    ),
    # two summits given in turn, 18-19 May and 20-21 May: the later end, Monday 21 May 2012, end of day in the publisher's zone (CONVENTIONS 6.1, 6.2)
    B(
        text="President Barroso, together with President Van Rompuy, will participate in the G8 summit on 18-19 May in Camp David (U.S.) and in the NATO summit on 20-21 May in Chicago (U.S.)",
        due="2012-05-21 21:59:59",
        vague=False,
        said="2012-04-12 08:00:00",
        tz="Europe/Brussels",
        cluster=3,
        source=_EC12A,
        published="2012-04-12",
    ),
    # an accreditation deadline, Friday 13 April 2012, end of day
    B(
        text="NATO summit: deadline 13 April 2012.",
        due="2012-04-13 21:59:59",
        vague=False,
        said="2012-04-12 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC12A,
        published="2012-04-12",
    ),
    # guidelines 'made public ... today': a done act, past (CONVENTIONS 2.4 reading of an act done on the day)
    B(
        text="New guidelines on best practice to limit, mitigate and compensate soil sealing made public by the European Commission today collect examples of policies, legislation, funding schemes, local planning tools, information campaigns and many other best practices implemented throughout the EU.",
        due=None,
        vague=False,
        said="2012-04-12 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC12A,
        published="2012-04-12",
    ),
    # European Commission (Midday Express of 11 October 2012, EXME 12 / 11.10, on europa.eu; Decision 2011/833/EU); zone Europe/Brussels (CEST); no hour: said Thursday 11 October 2012 10:00 CEST. Headings and sentences without a time word are not taken, nor the last, cut off ('The countdown has started ...'). The announced act has a later time of its own, Spring 2013: its end, Friday 31 May 2013 (meteorological spring; CONVENTIONS 2.3)
    B(
        text="Vice-President Siim Kallas, European Commissioner for transport, today announced his intention to present new legislative proposals in Spring 2013 to accelerate implementation, as well as taking all enforcement actions possible, including infringements where necessary.",
        due="2013-05-31 21:59:59",
        vague=False,
        said="2012-10-11 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC12B,
        published="2012-10-11",
    ),
    # 'was voted through ... today': past ('2013' names the programme)
    B(
        text="The allocation of EU funds for the 2013 Food for the Most Deprived programme was voted through the Single CMO Management Committee today.",
        due=None,
        vague=False,
        said="2012-10-11 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC12B,
        published="2012-10-11",
    ),
    # 'the last year that the scheme will run': which year is given only by the sentence before: due None, no refusal word. unsure: a careful reader could give the end of 2013 (Tuesday 31 December 2013, 22:59:59 UTC)
    B(
        text="This will be the last year that the scheme will run in this form, funded from the CAP.",
        due=None,
        vague=False,
        said="2012-10-11 08:00:00",
        tz="Europe/Brussels",
        cluster=1,
        source=_EC12B,
        published="2012-10-11",
    ),
    # 'later this month': to the month's end, Wednesday 31 October 2012 (CET after 28 October)
    B(
        text="New proposals for a broader, more flexible scheme, more closely linked to social cohesion policy, are due to be presented later this month under the responsibility of EU Social Affairs Commissioner Laszlo Andor.",
        due="2012-10-31 22:59:59",
        vague=False,
        said="2012-10-11 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC12B,
        published="2012-10-11",
    ),
    # European Commission (Daily News 15 / 06 / 2016, on europa.eu, the English text of the French-locale address; Decision 2011/833/EU); zone Europe/Brussels (CEST); no hour: said Wednesday 15 June 2016 10:00 CEST. Sentences with only general time words ('so far', 'now') and the last, cut off, are not taken. 'Today, the Commission will adopt': the act on the day of speaking, end of that day (CONVENTIONS 2.1)
    B(
        text="Today, the Commission will adopt its second report on the EU-Turkey Statement showing that while there has been further good progress in its implementation, progress achieved so far remains fragile.",
        due="2016-06-15 21:59:59",
        vague=False,
        said="2016-06-15 08:00:00",
        tz="Europe/Brussels",
        cluster=6,
        source=_EC16,
        published="2016-06-15",
    ),
    # 'by the end of the summer': Wednesday 31 August 2016 (meteorological summer)
    B(
        text="All Member States have sent their contribution certificates for the Facility for Refugees in Turkey which will allow for the accelerated disbursement of the Facility to be delivered and the first €1 billion to start benefiting refugees by the end of the summer.",
        due="2016-08-31 21:59:59",
        vague=False,
        said="2016-06-15 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC16,
        published="2016-06-15",
    ),
    # 'Since the publication on 4 May': past
    B(
        text="Since the publication on 4 May of the Third Progress report on the implementation of Turkey's Visa Liberalisation Roadmap, progress has also continued towards fulfilling the remaining benchmarks of the visa liberalisation roadmap.",
        due=None,
        vague=False,
        said="2016-06-15 08:00:00",
        tz="Europe/Brussels",
        refusal="past",
        cluster=5,
        source=_EC16,
        published="2016-06-15",
    ),
    # 'by the end of this summer': Wednesday 31 August 2016
    B(
        text="European Commission First Vice-President Frans Timmermans said: \"The EU-Turkey Statement is delivering results: migrants see that it is not worth risking their lives on smugglers' boats and we are on track to contract €1 billion of projects under the Refugee Facility by the end of this summer.",
        due="2016-08-31 21:59:59",
        vague=False,
        said="2016-06-15 08:00:00",
        tz="Europe/Brussels",
        cluster=4,
        source=_EC16,
        published="2016-06-15",
    ),
    # Department for Business, Enterprise and Regulatory Reform (News Release 2008/048 'issued by The Government News Network on 3 March 2008', as carried by wired-gov.net; Crown copyright, Open Government Licence); zone Europe/London (GMT); the carrier's address holds a '152600' stamp of its own, not the department's hour: said Monday 3 March 2008 10:00 GMT. Quotes and notes without a time word ('for the first time', 'the 21st Century') are not taken, nor the last note, cut off. 'has today laid': the perfect, past (CONVENTIONS 2.4)
    B(
        text="The Government has today laid draft regulations in Parliament for a new law that will protect consumers from aggressive and other unfair sales practices.",
        due=None,
        vague=False,
        said="2008-03-03 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_BERR08,
        published="2008-03-03",
    ),
    # the Regulations come into force on Monday 26 May 2008 (BST), end of day (CONVENTIONS 3.1). unsure: a careful reader could give 'event' ('if approved in debate', an undated approval)
    B(
        text="Consumer Affairs Minister Gareth Thomas confirmed that if approved in debate the Consumer Protection Regulations (CPRs) will come into force on 26 May 2008.",
        due="2008-05-26 22:59:59",
        vague=False,
        said="2008-03-03 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_BERR08,
        published="2008-03-03",
    ),
    # the implementation timetable's own date, 26 May 2008, ahead (CONVENTIONS 3.1). unsure: a careful reader could give 'past' ('has been decided', CONVENTIONS 2.4)
    B(
        text="The final implementation timetable of 26 May 2008 has been decided following consultation with business who asked for more time to prepare for the new rules.",
        due="2008-05-26 22:59:59",
        vague=False,
        said="2008-03-03 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_BERR08,
        published="2008-03-03",
    ),
    # Ministry of Justice and HM Courts & Tribunals Service (GOV.UK news story 'More face-to-face hearings as courts reopen'; Crown copyright, Open Government Licence); zone Europe/London (BST); the stored text prints no date: it announces the reopenings of 'this week', the week commencing Monday 8 June 2020 (as a trade journal reported the same release); said Monday 8 June 2020 10:00 BST, and no label depends on the day within that week. The title, the sentences without a time word or with only 'now', and the quotes without one are not taken. 'planned this week': the week's end, Sunday 14 June 2020
    B(
        text="An expansion of face-to-face hearings is planned this week as 16 more court and tribunal buildings open across England and Wales.",
        due="2020-06-14 22:59:59",
        vague=False,
        said="2020-06-08 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_MOJ20,
        published="2020-06-08",
    ),
    # 'to reopen this week': Sunday 14 June 2020, end of day
    B(
        text="A further 16 additional courts to reopen this week",
        due="2020-06-14 22:59:59",
        vague=False,
        said="2020-06-08 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_MOJ20,
        published="2020-06-08",
    ),
    # 'have remained open ... have opened in the last few weeks': past
    B(
        text="159 HM Courts & Tribunals Service (HMCTS) locations have remained open throughout the pandemic and a further 9 have opened in the last few weeks.",
        due=None,
        vague=False,
        said="2020-06-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ20,
        published="2020-06-08",
    ),
    # 'today’s update' names the announcement; the confidence it gives has no time: due None, no refusal word
    B(
        text="A functioning justice system is one of the hallmarks of a healthy democracy and today’s update will give confidence to people up and down the country that justice can continue to be done in a way that is safe for all court users.",
        due=None,
        vague=False,
        said="2020-06-08 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_MOJ20,
        published="2020-06-08",
    ),
    # Ministry of Justice (press release 'New justice reforms to free up vital court capacity', 'issued by the Ministry of Justice on 25 July 2023', as carried by ukpol.co.uk; Crown copyright, Open Government Licence); zone Europe/London (BST); said Tuesday 25 July 2023 10:00 BST. Only the first release on the carrier's page is this page's; sentences whose only time words are rates ('per year', 'a year') and the last, cut off, are not taken. The reforms 'announced today' are done; the access has no time of its own: past. unsure: a careful reader could give due None with no refusal word
    B(
        text="Tens of thousands of people will be able to access free mediation to resolve disputes away from court following major reforms to the civil justice system announced today (Tuesday 25 July).",
        due=None,
        vague=False,
        said="2023-07-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ23,
        published="2023-07-25",
    ),
    # 'a consultation launched last year': past; the commitment has no time. unsure: a careful reader could give due None with no refusal word
    B(
        text="Following a consultation launched last year, the government has committed to fully integrate mediation as a key step in the court process for small civil claims valued up to £10,000, starting with specified money claims which make up 80% of small claims.",
        due=None,
        vague=False,
        said="2023-07-25 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_MOJ23,
        published="2023-07-25",
    ),
    # Driver and Vehicle Standards Agency (GOV.UK press release 'New MOT arrives this month', as carried verbatim by pronounce.media, posted 2 May 2018; Crown copyright, Open Government Licence); zone Europe/London (BST); the carrier's '14:41' is its own posting time: said Wednesday 2 May 2018 10:00 BST. The list items ('first used from September 2009') are list fragments, and 'Every year' and 'once a year ... all year round' are general: not taken. The new MOT arrives on Sunday 20 May 2018, end of day (CONVENTIONS 3.1)
    B(
        text="With the new MOT arriving this month (20 May 2018), the Driver and Vehicle Standards Agency (DVSA) is reminding motorists of the changes.",
        due="2018-05-20 22:59:59",
        vague=False,
        said="2018-05-02 09:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DVSA18,
        published="2018-05-02",
    ),
    # an urging of motorists, a request, with the month only counting down to the changes: due None, no refusal word (CONVENTIONS 4.3). unsure: a careful reader could give Sunday 20 May 2018 (the changes) or about a month on (Friday 1 June 2018)
    B(
        text="With just under a month to go before the changes, I’d urge all motorists to familiarise themselves with the new items that will be included in the test so they can avoid their vehicle failing its MOT.",
        due=None,
        vague=False,
        said="2018-05-02 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSA18,
        published="2018-05-02",
    ),
    # 'for the past six months': past
    B(
        text="All testing stations have the final version of the new MOT Testing Manual (we’ve been sharing draft versions with them for the past six months).",
        due=None,
        vague=False,
        said="2018-05-02 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA18,
        published="2018-05-02",
    ),
    # Department for Environment, Food and Rural Affairs (press release 'Sir William Worsley re-appointed as Forestry Commission Chair', 'issued by the Department for Environment, Food and Rural Affairs on 6 February 2023', as carried by ukpol.co.uk; Crown copyright, Open Government Licence); zone Europe/London (GMT); said Monday 6 February 2023 10:00 GMT. Only the first release on the carrier's page is this page's; sentences without a time word are not taken. 'today ... confirmed': past
    B(
        text="Environment Secretary Thérèse Coffey today (Monday 6 February 2023) confirmed that Sir William Worsley has been reappointed, by way of Royal Warrant, as Chair of Forestry Commission for a second term.",
        due=None,
        vague=False,
        said="2023-02-06 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA23,
        published="2023-02-06",
    ),
    # a term of stated length from 10 February 2023 to 9 February 2026: its end, Monday 9 February 2026 (CONVENTIONS 1.1)
    B(
        text="His second term will run for three years from 10 February 2023 to 9 February 2026.",
        due="2026-02-09 23:59:59",
        vague=False,
        said="2023-02-06 10:00:00",
        tz="Europe/London",
        cluster=3,
        source=_DEFRA23,
        published="2023-02-06",
    ),
    # the plan's vision 'between now and 2050', in a present relative clause: the end of 2050. unsure: a careful reader could give 'past' (the sentence tells what he led in his first term) or due None (the year only names the vision)
    B(
        text="During his first term, Sir William led the implementation of the England Trees Action Plan – which sets out the government’s long-term vision to enhance our treescape between now and 2050.",
        due="2050-12-31 23:59:59",
        vague=False,
        said="2023-02-06 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DEFRA23,
        published="2023-02-06",
    ),
    # 'by the end of the current Parliament in 2025': Wednesday 31 December 2025
    B(
        text="This includes work which is currently underway to triple the rate of tree-planting in this country by the end of the current Parliament in 2025.",
        due="2025-12-31 23:59:59",
        vague=False,
        said="2023-02-06 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DEFRA23,
        published="2023-02-06",
    ),
    # 'by the end of this Parliament', with no year in the sentence: the end of a Parliament is an undated event (CONVENTIONS 1.3). unsure: a careful reader could give due None with no refusal word (an ambition, no undertaking)
    B(
        text="I am proud to have overseen the implementation of the England Trees Action Plan, which is driving our ambition to treble tree planting rates by the end of this Parliament.",
        due=None,
        vague=False,
        said="2023-02-06 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DEFRA23,
        published="2023-02-06",
    ),
    # Department for Business and Trade (press release 'Joint outcome statement – UK-India round nine FTA negotiations', 'issued by the Department for Business and Trade on 10 May 2023', as carried by ukpol.co.uk; Crown copyright, Open Government Licence); zone Europe/London (BST); said Wednesday 10 May 2023 10:00 BST. The standfirst and the sentences without a time word are not taken. The rounds held in March and April: past
    B(
        text="In continuation of the eighth round of negotiations held during 20-31 March 2023 in new Delhi, the United Kingdom and the Republic of India held the ninth round of talks during 24-28 April for a UK-India FTA.",
        due=None,
        vague=False,
        said="2023-05-10 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DBT23,
        published="2023-05-10",
    ),
    # 'in the coming months': the documented vague window of 3 months, Thursday 10 August 2023 (CONVENTIONS 5.1, the parser's docstring)
    B(
        text="The tenth round of negotiations is due to take place in the coming months.",
        due="2023-08-10 22:59:59",
        vague=True,
        said="2023-05-10 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DBT23,
        published="2023-05-10",
    ),
    # the second release on the same page ('Blue lights, green energy – £77 million for new zero-emission vehicle projects', 'issued by the Department for Business and Trade on 9 May 2023'): said Tuesday 9 May 2023 10:00 BST. Its first bullet has no time word and its last sentence is cut off: not taken. 'over the next decade' from now: ten years on, Monday 9 May 2033 (CONVENTIONS 1.1). unsure: a careful reader could give due None with no refusal word (jobs supported over a span, nothing to check at its end)
    B(
        text="The schemes will support more than 4,400 jobs across the UK over the next decade, from Bath to Ballymena.",
        due="2033-05-09 22:59:59",
        vague=False,
        said="2023-05-09 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DBT23,
        published="2023-05-09",
    ),
    # the same span in a bullet, 'expected to support': Monday 9 May 2033, labelled as the sentence before. unsure: a careful reader could give due None with no refusal word
    B(
        text="Projects expected to support more than 4,400 jobs across the UK over the next decade, delivering the government’s priority to grow the UK economy",
        due="2033-05-09 22:59:59",
        vague=False,
        said="2023-05-09 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DBT23,
        published="2023-05-09",
    ),
    # U.S. Department of Agriculture (news releases as carried in full on investigatemidwest.org's 'USDA news release' category page; US federal works, public domain); zone America/New_York (EDT from 8 March 2020); each release's dateline gives its day and no hour: said Tuesday 17 March 2020 10:00 EDT. The first item, a statement whose release date the stored page does not print, and the quoted sentences with only general time words ('all year round', 'this time') are not taken; the dateline is left out of the quote. 'today announced': past
    B(
        text="U.S. Secretary of Agriculture Sonny Perdue today announced new contacts to encourage communication with USDA to help feed kids and ensure the United States food supply chain remains strong in response to the COVID-19 outbreak:",
        due=None,
        vague=False,
        said="2020-03-17 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDA20A,
        published="2020-03-17",
    ),
    # the next release on the page, dated 'February 28, 2020': said Friday 28 February 2020 10:00 EST. 'issued a memo ... today': past; the vehicles are bought whenever one is replaced, no time
    B(
        text="U.S. Secretary of Agriculture Sonny Perdue issued a memo (PDF, 1.2 MB) today directing the U.S. Department of Agriculture (USDA) to acquire alternative fueled vehicles (AFV) when replacing conventionally fueled vehicles.",
        due=None,
        vague=False,
        said="2020-02-28 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDA20A,
        published="2020-02-28",
    ),
    # U.S. Department of Agriculture (the 'USDA Newswire' listing of releases of 17 March 2020 on thefederalnewswire.com, each opening quoted as the release's own words; public domain); zone America/New_York (EDT); said Tuesday 17 March 2020 10:00 EDT (the listing's 'Mar 17, 2020'). The other openings are cut off at '...' or hold only a dateline and general words, and the one that repeats a release quoted from the page above is left out: not taken. 'USDA today announced it is extending the deadline' gives no new date: the announcing is done, past. unsure: a careful reader could give due None with no refusal word
    B(
        text="USDA today announced it is extending the deadline for the public to comment on a pair of proposed rules on school and summer meals reforms.",
        due=None,
        vague=False,
        said="2020-03-17 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USDA20B,
        published="2020-03-17",
    ),
    # USDA Farm Service Agency (its own news listing, fsa.usda.gov; public domain); zone America/New_York (EST); the item's dateline 'WASHINGTON, Dec. 14, 2023': said Thursday 14 December 2023 10:00 EST. The other items hold only datelines, general words ('each year', 'now') or a heading ('Apply by January 31, 2024'): not taken. Applications open through Wednesday 31 January 2024: the window closes at the end of that day (CONVENTIONS 1.1, 3.3)
    B(
        text="Producers can apply for assistance on their calendar year 2023 expenses through Jan. 31, 2024.",
        due="2024-02-01 04:59:59",
        vague=False,
        said="2023-12-14 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_FSA23,
        published="2023-12-14",
    ),
    # National Park Service (news release on the reopening of part of the Denali Park Road, as carried in full by alaska-native-news.com; US federal work, public domain, the quoted officials' words included); zone America/Anchorage (AKDT, UTC-8); the stored opening prints no date: it is the release of Tuesday 28 April 2020 ('the National Park Service said Tuesday the road will be open to mile marker 12', a wire report of that day): said Tuesday 28 April 2020 10:00 AKDT; only the vague window below depends on the day. The dateline and the quotes without a time word are not taken. 'announced today ... has opened ... effective immediately': done, past. unsure: a careful reader could give the 7-day window of 'immediately' (CONVENTIONS 5.1)
    B(
        text="The National Park Service announced today that Denali National Park will once again be accessible to the public as it has opened a portion of the Denali Park Road effective immediately.",
        due=None,
        vague=False,
        said="2020-04-28 18:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_NPS20,
        published="2020-04-28",
    ),
    # 'in the very near future' ('in the near future', the documented 60-day window): Saturday 27 June 2020, end of day AKDT (CONVENTIONS 5.1). unsure: a careful reader could give 'event' ('as conditions and staffing allow', CONVENTIONS 5.2)
    B(
        text="The park has plans to continue opening more of the road in the very near future as conditions and staffing allow.",
        due="2020-06-28 07:59:59",
        vague=True,
        said="2020-04-28 18:00:00",
        tz="America/Anchorage",
        cluster=4,
        source=_NPS20,
        published="2020-04-28",
    ),
    # 'As of Friday, Alaska ranked': past (the Governor's words, quoted in the release; the opening quotation mark left out)
    B(
        text="As of Friday, Alaska ranked lowest among the 50 states in total COVID-19 infections.",
        due=None,
        vague=False,
        said="2020-04-28 18:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_NPS20,
        published="2020-04-28",
    ),
    # National Park Service (the 'National Park Service News Release' on resuming operations after the continuing resolution, as carried by naturalhistorywanderings.com on 26 January 2019; public domain; the page's second part, a statement of the National Parks Conservation Association, is not an open text and is not quoted); zone America/New_York (EST); the carrier's date: said Saturday 26 January 2019 10:00 EST (the release came with the resolution of 25 January; a day earlier would move the window below by a day). The other sentences of the release hold no time word. 'as quickly as possible' (as 'as soon as possible'): the documented 60-day window, Wednesday 27 March 2019, end of day EDT (CONVENTIONS 5.1); 'may not reopen immediately' is denied. unsure: a careful reader could give due None with no refusal word (only an effort is undertaken: 'we will work to')
    B(
        text="Some parks which have been closed throughout the lapse in appropriations may not reopen immediately, but we will work to open all parks as quickly as possible.",
        due="2019-03-28 03:59:59",
        vague=True,
        said="2019-01-26 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_NPS19,
        published="2019-01-26",
    ),
    # USDA Forest Service (Gila National Forest release 'Gila Areas Reopen', as carried in full by krwg.org, dated Aug 6, 2013; US federal work, public domain); zone America/Denver (MDT, Silver City, New Mexico); no hour: said Tuesday 6 August 2013 10:00 MDT. The safety advice holds no time word or only general ones ('at any time', 'temporarily'): not taken. The areas reopen on Friday 9 August 2013 at 06:00 MDT (CONVENTIONS 3.1)
    B(
        text="The Gila and Aldo Leopold Wilderness areas and other areas of the Gila National Forest will re-open on August 9, 2013, at 6:00 a.m.",
        due="2013-08-09 12:00:00",
        vague=False,
        said="2013-08-06 16:00:00",
        tz="America/Denver",
        cluster=2,
        source=_FS13,
        published="2013-08-06",
    ),
    # 'Wildfire activity in 2012 ... had caused': past
    B(
        text="Wildfire activity in 2012 plus after-fire effects such as flooding, burned hazard trees, and soil erosion had caused the temporary closure of trails in the Gila Wilderness.",
        due=None,
        vague=False,
        said="2013-08-06 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_FS13,
        published="2013-08-06",
    ),
    # 'this summer ... was also closed': past
    B(
        text="As Silver Fire activity progressed on the Aldo Leopold this summer, the entire wilderness was also closed.",
        due=None,
        vague=False,
        said="2013-08-06 16:00:00",
        tz="America/Denver",
        refusal="past",
        cluster=5,
        source=_FS13,
        published="2013-08-06",
    ),
    # 'will soon be open' (the Forest Supervisor's words; the opening quotation mark left out): the documented 60-day window, Saturday 5 October 2013, end of day MDT (CONVENTIONS 5.1). unsure: a careful reader could give Friday 9 August 2013 06:00 MDT (the reopening the release dates in its first sentence)
    B(
        text="I am pleased to announce that these previously closed areas will soon be open for recreationists and hunters alike.",
        due="2013-10-06 05:59:59",
        vague=True,
        said="2013-08-06 16:00:00",
        tz="America/Denver",
        cluster=4,
        source=_FS13,
        published="2013-08-06",
    ),
)
