"""A blind set of REAL deadline phrasings, labelled by hand before the parser changes.

Where they come from: every `text` is a verbatim sentence (or clause) quoted from a public
source whose licence is named in README.md next to this file: UK Parliament (Hansard, Open
Parliament Licence), gov.uk (Open Government Licence v3.0), US federal agencies and the
Federal Register (public domain) and the Houses of the Oireachtas (Oireachtas PSI licence).
Four quotes from the Parliament of Australia were removed before the first commit: its
Hansard is CC BY-NC-ND 4.0, which is not an open licence for a project like this one. The sources were found with a search over stored
copies of public pages; `source` is the address the quote was read at and `published` the
date of publication, which is also the reference (`said`).

They were labelled on 2026-12-01, by hand,
from the conventions in the docstring of the deadline parser (bot/deadlines.py, moving to
bot/core/deadlines/) and the extra conventions of issue #12, BEFORE any parser change and
before the current parser was run on them. The first-run baseline was taken only after
every label was final.

These cases must never be edited to fit the parser. A case that disagrees with the parser
is a finding about the parser (or a labelling mistake to be argued in review, with the
reason written down), never a reason to change the expected value quietly.

Conventions (beyond the parser's docstring) decided while labelling:

- `due` is the UTC wall time of the instant ("YYYY-MM-DD HH:MM:SS"); a day falls due at
  23:59:59 in `tz` unless a clock time is given. `tz` is the publisher's zone
  (Europe/London for Hansard and gov.uk, America/New_York for US federal publishers,
  America/Anchorage for the NMFS Alaska region bulletin, Europe/Dublin for the Oireachtas).
- `said` is the publication date at 10:00 local (as UTC wall time) unless the source gives
  the time of speaking, in which case that time is used.
- An explicit clock time with a zone word is that exact instant in UTC, with the zone read
  as written (CDT = UTC-5 even at the moment daylight time ends; "e.d.t." = UTC-4;
  "1200 hours, Alaska local time" = noon Alaska daylight time in spring).
- A clock time without a zone word is in the publisher's zone; "12:00 p.m." and "12:00
  Noon" are noon; "2 o'clock" in a sitting-day schedule is 2 p.m.
- A range of times or days ("from 1:00 pm to 4:00 pm", "May/June", "20 June ... through
  31 December") falls due at its later end.
- Fiscal years (issue #12): GB ends 31 March, AU 30 June, US federal 30 September, else
  31 December; the country is taken from the publisher's zone. "this financial year" on a
  GB server is the one containing the reference; "the 2025-26 year" on an AU server ends
  30 June 2026; "FY2026" on a US federal server ends 30 September 2026. A fiscal-year
  word that only names a budget beside a real deadline ("FY2026 budget ... delivery in
  March 2027") does not move the deadline.
- "the week commencing <date>" is the Monday-to-Sunday week starting that day: due on its
  Sunday. (No real, licensed example of "the first half of <month>" or "the second week
  of <month>" was found in the time available, so those rules are untested here.)
- Refusals have `due=None` and a `refusal` word: "earliest" (only a start is given: "from
  Tuesday 3 June", "on and after", "not until 2027", "may not be ... for a further six
  months"; `earliest` is 00:00 local of that day, as UTC wall time), "negated" (the date
  is being dropped or denied), "past" (the sentence is about the past, including a
  yearless date that clearly refers back), "event" (a span or date tied to an undated
  event, or "as soon as it is ready"), "recurring" (a standing schedule).
- "as soon as <subject> can" reads as "as soon as possible" (vague, 60 days); "as soon as
  it is ready" is an event and refused.
- When a sentence holds both a vague pledge and a date that is not the pledge ("in due
  course to lay the instrument ... to early 2028"), the pledge's own words decide.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class BlindCase:
    text: str
    due: str | None  # UTC wall time; None for a refusal
    vague: bool
    said: str  # UTC wall time of the reference
    tz: str
    day_first: bool = True
    precision: str | None = None
    refusal: str | None = None  # earliest | negated | past | event | recurring
    earliest: str | None = None  # UTC wall time, for earliest-only wording
    cluster: int
    source: str
    published: str  # YYYY-MM-DD


B = BlindCase

BLIND_CASES: tuple[BlindCase, ...] = (
    # -- cluster 1: numbers: far/odd years, counts and numbers that are not times
    # '42 days' names a policy (pre-charge detention), not a span; the date hangs on the recess, which is not dated
    B(
        text='I imagine that our debate on 42 days will take place on the second day of Committee, which will probably be the second week back in October.',
        due=None,
        vague=False,
        said='2008-07-08 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=1,
        source='https://hansard.parliament.uk/Lords/2008-07-08/debates/08070879000003/CriminalEvidence(WitnessAnonymity)Bill',
        published='2008-07-08',
    ),
    # far year as deadline beside a percentage and a past baseline year (1990)
    B(
        text='I was proud, on behalf of my party, to speak in support of the first law of its kind in the world, setting a legally binding target to reduce greenhouse gas emissions by at least 80% by 2050 relative to 1990 levels.',
        due='2050-12-31 23:59:59',
        vague=False,
        said='2019-06-12 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=1,
        source='https://hansard.parliament.uk/Commons/2019-06-12/debates/A348AE4C-8957-42C8-8180-0F59E597E3EA/NetZeroEmissionsTarget',
        published='2019-06-12',
    ),
    # a bare year after 'committed to' is the target year
    B(
        text='Other economies, such as Norway, have committed to 2038.',
        due='2038-12-31 23:59:59',
        vague=False,
        said='2019-06-24 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=1,
        source='https://www.theyworkforyou.com/debates/?id=2019-06-24a.507.5',
        published='2019-06-24',
    ),
    # yearless date with weekday; '(Bill 34)' must not be read as a day or an hour
    B(
        text='Bill read the First time; to be read a Second time on Friday 4 September, and to be printed (Bill 34).',
        due='2026-09-04 22:59:59',
        vague=False,
        said='2026-06-22 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=1,
        source='https://www.thepeopleschamber.uk/debates/9397BEBA-265F-42ED-B060-ED5F53361E7B',
        published='2026-06-22',
    ),
    # ordinal dates in words; 'page 5, line 37' are not dates; the inserted date is the commitment
    B(
        text='I beg to move, in page 5, line 37, to leave out "first day of January," and to insert" fourth day of April."',
        due='1938-04-04 23:59:59',
        vague=False,
        said='1937-11-16 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=1,
        source='https://api.parliament.uk/historic-hansard/commons/1937/nov/16/clause-8-short-title-citation-and-extent',
        published='1937-11-16',
    ),
    # a year written in words; the date is the one being dropped, not a commitment
    B(
        text='The Committee will remember that the date, "the first day of January, nineteen hundred and thirty-eight," was inserted in the Bill when it was introduced in the House in June last, but we were unable to proceed with the Measure at that time, and, therefore, I consulted the representatives of the approved societies.',
        due=None,
        vague=False,
        said='1937-11-16 10:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=1,
        source='https://api.parliament.uk/historic-hansard/commons/1937/nov/16/clause-8-short-title-citation-and-extent',
        published='1937-11-16',
    ),
    # a number in words that is neither a year nor a span
    B(
        text='Nine thousand six hundred forms were sent out by post to a geographically representative sample of heads of households in England and Wales.',
        due=None,
        vague=False,
        said='1954-12-14 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://api.parliament.uk/historic-hansard/written_answers/1954/dec/14/coi-social-survey-poultry-and-pig-keeping',
        published='1954-12-14',
    ),
    # a past span and a year that names an event, not a deadline
    B(
        text='The Department contributed €1.22m over three years to support the bid for the Rugby World Cup in 2023.',
        due=None,
        vague=False,
        said='2017-11-23 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=1,
        source='https://www.oireachtas.ie/ga/debates/question/2017-11-23/section/235/',
        published='2017-11-23',
    ),
    # '47 of 89' are counts
    B(
        text='As he will recall from his time as the Defence Procurement Minister 47 of 89 major defence programmes were left overbudget and delayed when the general election occurred.',
        due=None,
        vague=False,
        said='2026-01-16 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://www.parallelparliament.co.uk/writtenanswers?document_type=writtenanswers&page=2',
        published='2026-01-16',
    ),
    # -- cluster 2: clock times and zone words ----------------------------------
    B(
        text='DATES: Comments must be received via email by 5 p.m. ET on January 31, 2022.',
        due='2022-01-31 22:00:00',
        vague=False,
        said='2021-11-02 14:00:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='https://regulations.justia.com/regulations/fedreg/2021/11/02/2021-23884.html',
        published='2021-11-02',
    ),
    # two sessions; the meeting ends at noon ET on the 30th (12:00 p.m. read as noon)
    B(
        text="National Institute of Standards and Technology (NIST)'s Visiting Committee on Advanced Technology (VCAT or Committee) will meet on Tuesday, October 29, 2019, from 8:30 a.m. to 5:00 p.m. Eastern Time, and Wednesday, October 30, 2019, from 8:30 a.m. to 12:00 p.m. Eastern Time.",
        due='2019-10-30 16:00:00',
        vague=False,
        said='2019-10-03 14:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://www.govinfo.gov/content/pkg/FR-2019-10-03/html/2019-21470.htm',
        published='2019-10-03',
    ),
    # two closing times on one day: the later (1:00 p.m. New York) is when the auction closes
    B(
        text='The 7-year note (912828H86) auction will remain as scheduled on January 29, 2015 with noncompetitive and competitive closing times at 12:00 Noon and 1:00 p.m, respectively.',
        due='2015-01-29 18:00:00',
        vague=False,
        said='2015-01-26 15:00:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='http://www.reuters.com/article/usa-treasury-auctions-idUSW1N0SO02E20150126',
        published='2015-01-26',
    ),
    # clock time plus an event-anchored phrase; the time and day are definite
    B(
        text='With your kind permission, Mr Speaker, I expect that statement to be made to the House at 3 pm tomorrow, at the conclusion of the Back-Bench debate on Scotland and the Union.',
        due='2012-11-29 15:00:00',
        vague=False,
        said='2012-11-28 10:00:00',
        tz='Europe/London',
        precision='hour',
        cluster=2,
        source='https://parallelparliament.co.uk/lord/lord-lansley/debate/2012-11-28/commons/commons-chamber/business-of-the-house',
        published='2012-11-28',
    ),
    # said at about 10:05 EST (the post says 'in about 25 minutes'); the span of 25 minutes agrees with the clock time
    B(
        text='NASA and SpaceX teams are targeting 10:30 a.m. EST today for the demonstration, which is set to begin in about 25 minutes from Launch Complex 39A.',
        due='2020-01-19 15:30:00',
        vague=False,
        said='2020-01-19 15:05:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://blogs.nasa.gov/kennedy/2020/01/19/nasa-spacex-teams-preparing-for-1030-a-m-est-launch/',
        published='2020-01-19',
    ),
    # a span word ('six-hour') beside the clock time that is the deadline
    B(
        text='The six-hour launch window ends at 2 p.m. EST.',
        due='2020-01-19 19:00:00',
        vague=False,
        said='2020-01-19 15:05:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='https://blogs.nasa.gov/kennedy/2020/01/19/nasa-spacex-teams-preparing-for-1030-a-m-est-launch/',
        published='2020-01-19',
    ),
    # '1200 hours, A.l.t.' = noon Alaska daylight time (UTC-8); the start (26 March) is already past
    B(
        text='The National Marine Fisheries Service (NMFS) is prohibiting directed fishing for species that comprise the deep-water species fishery by vessels using trawl gear in the Gulf of Alaska (GOA), effective 1200 hours, Alaska local time (A.l.t.), March 26, 2019, through 1200 hours, A.l.t., April 1, 2019, according to James W. Balsiger, Administrator, Alaska Region, NMFS.',
        due='2019-04-01 20:00:00',
        vague=False,
        said='2019-03-27 18:00:00',
        tz='America/Anchorage',
        precision='hour',
        cluster=2,
        source='https://alaska-native-news.com/nmfs-prohibits-directed-fishing-for-deep-water-species-by-vessels-using-trawl-gear-in-the-gulf-of-alaska/40934/',
        published='2019-03-27',
    ),
    B(
        text='DATES: Effective 0901 UTC, December 7, 2017.',
        due='2017-12-07 09:01:00',
        vague=False,
        said='2017-10-02 14:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://thefederalregister.org/82-FR/45713',
        published='2017-10-02',
    ),
    B(
        text='DATES: Effective 0901 UTC, August 20, 2015.',
        due='2015-08-20 09:01:00',
        vague=False,
        said='2015-07-16 14:00:00',
        tz='America/New_York',
        precision='minute',
        cluster=2,
        source='https://thefederalregister.org/80-FR/42020',
        published='2015-07-16',
    ),
    # CDT = UTC-5 as written, even though 2 a.m. that Sunday is the very moment daylight time ends
    B(
        text='DATES: The effective date of this rule is 2 a.m. CDT Sunday, October 29, 2000.',
        due='2000-10-29 07:00:00',
        vague=False,
        said='2000-08-17 14:00:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='https://www.govinfo.gov/content/pkg/FR-2000-08-17/html/00-20854.htm',
        published='2000-08-17',
    ),
    B(
        text='All registration requests must be received by the Office of Chief Counsel, Economic Development Administration (see ADDRESSES), no later than 4 p.m. (e.d.t.) on August 29, 2005.',
        due='2005-08-29 20:00:00',
        vague=False,
        said='2005-08-11 14:00:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='https://webarchive.library.unt.edu/eot2008/20081105090346/http://edocket.access.gpo.gov/2005/05-15471.htm',
        published='2005-08-11',
    ),
    # a time range: due at its later end
    B(
        text='DATES: Thursday, September 1, 2005, beginning at 3 p.m. (e.d.t.) and ending at approximately 5 p.m. (e.d.t.).',
        due='2005-09-01 21:00:00',
        vague=False,
        said='2005-08-11 14:00:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='https://webarchive.library.unt.edu/eot2008/20081105090346/http://edocket.access.gpo.gov/2005/05-15471.htm',
        published='2005-08-11',
    ),
    # no zone word: the publisher's zone (Eastern, daylight time); due at the range's later end
    B(
        text='DATES: The public hearing will take place on May 6, 1996, from 1:00 pm to 4:00 pm.',
        due='1996-05-06 20:00:00',
        vague=False,
        said='1996-04-19 14:00:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='http://federal.elaws.us/fr/4/19/1996/96-9565',
        published='1996-04-19',
    ),
    # '2 o'clock' in a sitting-day context read as 2 p.m.
    B(
        text="WEDNESDAY 3 MARCH—Until 2 o'clock, there will be debates on the motion for the Adjournment of the House.",
        due='1999-03-03 14:00:00',
        vague=False,
        said='1999-02-23 16:37:00',
        tz='Europe/London',
        precision='hour',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/commons/1999/feb/23/business-of-the-house',
        published='1999-02-23',
    ),
    # London was on double summer time (UTC+2) in May 1944
    B(
        text="The statement will take the form of a White Paper, and copies of this White Paper will be in the Vote Office at 10 o'clock on Friday morning of this week.",
        due='1944-05-26 08:00:00',
        vague=False,
        said='1944-05-24 08:00:00',
        tz='Europe/London',
        precision='hour',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/lords/1944/may/24/post-war-employment',
        published='1944-05-24',
    ),
    # -- cluster 3: several dates in one sentence -------------------------------
    # a span, an open-ended 'from', a month and the explicit end date; the commitment ends 31 March 2028
    B(
        text='Given that our agreement with Ukraine on poultry and eggs is due to expire at the end of March, the Government have agreed with Ukraine to extend tariff liberalisation on these two products for two years, from 1 April 2026 until 31 March 2028.',
        due='2028-03-31 22:59:59',
        vague=False,
        said='2026-01-19 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=3,
        source='https://parallelparliament.co.uk/debate/2026-01-19/commons/written-statements',
        published='2026-01-19',
    ),
    # the pledge is to lay the instrument 'in due course' (60 days); early 2028 is when the extended liberalisation runs to, not the deadline
    B(
        text='My Department will work with His Majesty’s Treasury in due course to lay the necessary statutory instrument to extend the temporary tariff liberalisation to early 2028.',
        due='2026-03-20 23:59:59',
        vague=True,
        said='2026-01-19 10:00:00',
        tz='Europe/London',
        precision='month',
        cluster=3,
        source='https://parallelparliament.co.uk/debate/2026-01-19/commons/written-statements',
        published='2026-01-19',
    ),
    # explicit date beside a span anchored on a past event
    B(
        text='We aim to publish the Strategy Unit report on 25 March 2004, a year from its announcement.',
        due='2004-03-25 23:59:59',
        vague=False,
        said='2004-02-26 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/written_answers/2004/feb/26/strategy-unit-fisheries-report',
        published='2004-02-26',
    ),
    # size of the extension beside the new date
    B(
        text='Therefore, the public comment period is being extended for 15 days and will now end on August 29, 2006.',
        due='2006-08-30 03:59:59',
        vague=False,
        said='2006-08-04 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='https://webarchive.library.unt.edu/eot2008/20090508103402/http://www.epa.gov/fedrgstr/EPA-WATER/2006/August/Day-04/w12626.htm',
        published='2006-08-04',
    ),
    # rejected plan (27th) vs committed one (28th)
    B(
        text='The 2-year FRN (912828H60) and 2-year note (912828H78) auctions are being RESCHEDULED FROM Tuesday, January 27, 2015 to Wednesday, January 28, 2015.',
        due='2015-01-29 04:59:59',
        vague=False,
        said='2015-01-26 15:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='http://www.reuters.com/article/usa-treasury-auctions-idUSW1N0SO02E20150126',
        published='2015-01-26',
    ),
    B(
        text='Due to the impending inclement weather conditions, Treasury is MOVING UP THE 4-week bill (912796EW5) FROM Tuesday, January 27, 2015 to TODAY, Monday, January 26, 2015.',
        due='2015-01-27 04:59:59',
        vague=False,
        said='2015-01-26 15:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='http://www.reuters.com/article/usa-treasury-auctions-idUSW1N0SO02E20150126',
        published='2015-01-26',
    ),
    # the old slot (with a UTC time) is already past; the new date carries no time, so end of day in the publisher's zone
    B(
        text='THE UNITED STATES NOTICE TO AIRMEN (NOTAM) SYSTEM MAINTENANCE OUTAGE SCHEDULED FOR AUGUST 22, 2013 AT 0500 UTC IS POSTPONED UNTIL OCTOBER 01, 2013.',
        due='2013-10-02 03:59:59',
        vague=False,
        said='2013-09-19 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='http://www.faa.gov/air_traffic/publications/notices/2013-09-19/Part1,Sec%203.htm',
        published='2013-09-19',
    ),
    # a closure window from 20 June through 31 December: a range falls due at its later end
    B(
        text='Therefore, NMFS closes the recreational sector for Atlantic migratory group cobia on June 20, 2016, and it will remain closed for the remainder of the fishing year through December 31, 2016.',
        due='2017-01-01 04:59:59',
        vague=False,
        said='2016-03-10 15:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='https://thefederalregister.org/81-FR/12601',
        published='2016-03-10',
    ),
    # 'not delayed to a date after X' is a latest date: due X; the 'after' here is not an open-ended start
    B(
        text='In no event, however, may the implementation be delayed to a date after October 1, 2002.',
        due='2002-10-02 03:59:59',
        vague=False,
        said='2000-10-30 15:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='http://uscode.elaws.us/law/title10.subtitlea.partiv.chapter131.section2227',
        published='2000-10-30',
    ),
    # proposed month vs the rejected one; the month named is the window, so end of April 2005
    B(
        text="The amendment would bring the Bill's provisions into effect at the start of the forthcoming financial year—in April 2005, as opposed to April 2006.",
        due='2005-04-30 22:59:59',
        vague=False,
        said='2005-01-18 10:00:00',
        tz='Europe/London',
        precision='month',
        cluster=3,
        source='https://www.theyworkforyou.com/pbc/2004-05/Child_Benefit_Bill/01-0_2005-01-18a.8.0',
        published='2005-01-18',
    ),
    # when it was said ('just last week') beside the deadline
    B(
        text='As part of the Government’s local industrial strategy, the Greater Manchester area committed, just last week, to a net zero target by 2038.',
        due='2038-12-31 23:59:59',
        vague=False,
        said='2019-06-24 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=3,
        source='https://www.theyworkforyou.com/debates/?id=2019-06-24a.507.5',
        published='2019-06-24',
    ),
    # committed date (1 October) vs the dropped one (1 July, already past)
    B(
        text='It is necessary to substitute 1st October next for 1st July as the date on which the Bill is to come into operation.',
        due='1927-10-01 22:59:59',
        vague=False,
        said='1927-07-15 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/commons/1927/jul/15/clause-245-short-title-commencement-and',
        published='1927-07-15',
    ),
    # old deadline (end of December) vs the new one
    B(
        text='Under the current scheme, new homes would needed to have been finished being built by the end of December – the extension will mean the deadline will now move to 28 February 2021, helping thousands of customers to get the keys to their new home.',
        due='2021-02-28 23:59:59',
        vague=False,
        said='2020-07-31 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=3,
        source='http://government-world.com/uk/politics-2/hm-government/page/3250/?print=print-search',
        published='2020-07-31',
    ),
    # open-ended 'from' beside the end month
    B(
        text='Separately, the government’s new Help to Buy scheme, which will replace the current scheme, will come into place from 1 April 2021 and run until March 2023 as planned and there are no plans for further extensions.',
        due='2023-03-31 22:59:59',
        vague=False,
        said='2020-07-31 09:00:00',
        tz='Europe/London',
        precision='month',
        cluster=3,
        source='http://government-world.com/uk/politics-2/hm-government/page/3250/?print=print-search',
        published='2020-07-31',
    ),
    # a span, a negated 'next week' and the committed month in one sentence
    B(
        text='As there is precisely one week between now and the Easter recess, it is perhaps a statement of the obvious that it will not be possible to publish it next week, so I thought it helpful to tell the House that it will definitely be published in May.',
        due='2007-05-31 22:59:59',
        vague=False,
        said='2007-03-22 10:30:00',
        tz='Europe/London',
        precision='month',
        cluster=3,
        source='https://www.theyworkforyou.com/debates/?id=2007-03-22b.929.1',
        published='2007-03-22',
    ),
    # a past date in an open-ended 'since' beside the season still running when said
    B(
        text='The situation we are in is that we have known since 12th July, when my noble friend Lord Henley repeated a Statement in this House on community care, that the Government intended to publish a White Paper on the subject in the autumn.',
        due='1989-11-30 23:59:59',
        vague=True,
        said='1989-11-14 10:00:00',
        tz='Europe/London',
        precision='quarter',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/1989/nov/14/business',
        published='1989-11-14',
    ),
    # rejected 1 January vs committed 4 April
    B(
        text='The Consultative Councils for England, Wales and Scotland are of opinion that for the convenience of the administration of the Measure and in order that it should be begun when all these necessary steps have been taken, it would be for the general convenience that, instead of on 1st January the Measure should be brought into force on 4th April next.',
        due='1938-04-04 23:59:59',
        vague=False,
        said='1937-11-16 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/commons/1937/nov/16/clause-8-short-title-citation-and-extent',
        published='1937-11-16',
    ),
    # -- cluster 4: period forms: fiscal years and named weeks ------------------
    # 'this financial year' on a GB server = 2010-11, ending 31 March 2011
    B(
        text='It was therefore necessary to seek additional savings of £6 billion in this financial year.',
        due='2011-03-31 22:59:59',
        vague=False,
        said='2010-07-27 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=4,
        source='https://hansard.parliament.uk/Commons/2010-07-27/debates/76b9d089-5467-455f-8bf5-45063143f509/WrittenStatements',
        published='2010-07-27',
    ),
    # FY2026 on a US federal publisher = 1 Oct 2025 - 30 Sep 2026; decimals and '$3,431.6' are not times
    B(
        text="The Navy's proposed FY2026 budget requests $3,431.6 million (i.e., about $3.4 billion) in advance procurement (AP), procurement, and cost-to-complete (CTC) funding for Ford-class ships, as detailed below.",
        due='2026-10-01 03:59:59',
        vague=False,
        said='2025-08-01 14:00:00',
        tz='America/New_York',
        precision='year',
        cluster=4,
        source='https://www.everycrsreport.com/reports/RS20643.html',
        published='2025-08-01',
    ),
    # the deadline is the delivery month; FY2026 names the budget, not the due date
    B(
        text="The Navy's FY2026 budget submission estimates its total procurement cost at $13,196.0 million (i.e., about $13.2 billion), states that the ship is scheduled for delivery in March 2027, and requests $150.0 million in CTC funding to cover cost growth on the ship.",
        due='2027-04-01 03:59:59',
        vague=False,
        said='2025-08-01 14:00:00',
        tz='America/New_York',
        precision='month',
        cluster=4,
        source='https://www.everycrsreport.com/reports/RS20643.html',
        published='2025-08-01',
    ),
    # a past fiscal year
    B(
        text='CVN-80 (Enterprise) was procured in FY2018.',
        due=None,
        vague=False,
        said='2025-08-01 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=4,
        source='https://www.everycrsreport.com/reports/RS20643.html',
        published='2025-08-01',
    ),
    # 'the week commencing <Monday>' is that Monday-to-Sunday week: due on its Sunday
    B(
        text='The business for the week commencing 19 November will be—',
        due='2007-11-25 23:59:59',
        vague=False,
        said='2007-11-15 10:00:00',
        tz='Europe/London',
        precision='week',
        cluster=4,
        source='https://hansard.parliament.uk/Commons/2007-11-15/debates/07111535000001/details',
        published='2007-11-15',
    ),
    # said at the Thursday business statement of 19 June 2025 (the page shows only a relative date; 23 June 2025 is the next Monday)
    B(
        text='The provisional business for the week commencing 30 June will include:',
        due='2025-07-06 22:59:59',
        vague=False,
        said='2025-06-19 09:00:00',
        tz='Europe/London',
        precision='week',
        cluster=4,
        source='https://www.parallelparliament.co.uk/mp/lucy-powell/dept-debates/leaders-office',
        published='2025-06-19',
    ),
    # -- cluster 5: refusals: earliest-only, negated, past, event-anchored, recurring
    # open-ended start, no deadline
    B(
        text='From Tuesday 3 June, all existing and new overturned convictions claims will be processed by the Department for Business and Trade.',
        due=None,
        vague=False,
        said='2025-03-03 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2025-06-02 23:00:00',
        cluster=5,
        source='https://parallelparliament.co.uk/debate/2025-03-03/commons/written-statements',
        published='2025-03-03',
    ),
    B(
        text='This written statement satisfies that requirement for the period 1 April 2020 to 30 June 2020.',
        due=None,
        vague=False,
        said='2020-12-14 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://parallelparliament.co.uk/debate/2020-12-14/commons/written-statements',
        published='2020-12-14',
    ),
    B(
        text='I do not think that I can offer the prospect of a statement next Wednesday.',
        due=None,
        vague=False,
        said='2016-05-12 09:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=5,
        source='https://www.parallelparliament.co.uk/debate/2016-05-12/commons/commons-chamber/points-of-order/ministerial-extracts',
        published='2016-05-12',
    ),
    B(
        text='I am disappointed that we are not able to introduce the system at the end of April as I had intended, but the risks are such that it is better to take time to ensure that we complete the testing satisfactorily before we introduce the new system.',
        due=None,
        vague=False,
        said='2002-03-20 10:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm200102/cmhansrd/vo020320/debtext/20320-08.htm',
        published='2002-03-20',
    ),
    B(
        text='As my predecessor said on 20 March last year, it was right to delay, rather than rushing in an incomplete and unready system.',
        due=None,
        vague=False,
        said='2003-01-27 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://publications.parliament.uk/pa/cm200203/cmhansrd/vo030127/debtext/30127-06.htm',
        published='2003-01-27',
    ),
    B(
        text='The regulations state that they shall have effect on and after 10 April 2006.',
        due=None,
        vague=False,
        said='2005-01-18 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2006-04-09 23:00:00',
        cluster=5,
        source='https://www.theyworkforyou.com/pbc/2004-05/Child_Benefit_Bill/01-0_2005-01-18a.8.0',
        published='2005-01-18',
    ),
    B(
        text='The local force baseline that growth must be achieved from has been set at 31st March 2025.',
        due=None,
        vague=False,
        said='2025-05-12 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.parallelparliament.co.uk/writtenanswers/search?document_type=writtenanswers&order_field=datenew&page=5&search_term=Formula+One',
        published='2025-05-12',
    ),
    B(
        text='Individuals who use telecommunication devices for the deaf (TDD) may call the Federal Information Relay Service (FIRS) at 1–800–877–8339 between 8:00 a.m. and 8:00 p.m., Eastern Standard Time, Monday through Friday.',
        due=None,
        vague=False,
        said='2015-10-08 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='https://studylib.net/doc/11125238/60876-federal-register',
        published='2015-10-08',
    ),
    # span tied to an undated event, beside a year
    B(
        text='If a GHL is exceeded in 2008, NMFS will notify the North Pacific Fishery Management Council (Council) in writing within 30 days of receipt of that information.',
        due=None,
        vague=False,
        said='2008-02-05 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://regulations.justia.com/regulations/fedreg/2008/02/05/E8-2050.html',
        published='2008-02-05',
    ),
    # a yearless date in a sentence about the past: it is 12 June 2019, not the next 12 June
    B(
        text='That the draft Order laid before the House on 12 June be approved.',
        due=None,
        vague=False,
        said='2019-06-26 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://hansard.parliament.uk/Lords/2019-06-26/debates/804DA01C-D0F5-4B59-BDB5-8C55743B2B4D/ClimateChangeAct2008(2050TargetAmendment)Order2019',
        published='2019-06-26',
    ),
    # the one-year long-stop is being removed, and it counts from an undated event
    B(
        text='This amendment removes the provision that all sections of the Bill shall come into force within one year of the Bill being passed.',
        due=None,
        vague=False,
        said='1986-05-02 09:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/commons/1986/may/02/commencement',
        published='1986-05-02',
    ),
    B(
        text='In total, the previous Government approved £34 billion of new spending commitments between 1 January 2010 and the general election.',
        due=None,
        vague=False,
        said='2010-07-27 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://hansard.parliament.uk/Commons/2010-07-27/debates/76b9d089-5467-455f-8bf5-45063143f509/WrittenStatements',
        published='2010-07-27',
    ),
    # a span counted from 'exit day', which was not fixed when said; 'S.I. 2019/541' is a number, not a date
    B(
        text='The Equivalence Determinations for Financial Services and Miscellaneous Provisions (Amendment etc) (EU Exit) Regulations 2019 (S.I. 2019/541), includes a power for ministers, for up to twelve months after exit day, to make equivalence directions and exemption directions for the European Union and EEA member states.',
        due=None,
        vague=False,
        said='2019-04-11 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?max=100&amp;page=1',
        published='2019-04-11',
    ),
    # a past date (2 July) beside an undated event
    B(
        text="As the Deputy Prime Minister announced to Parliament on 2 July, the Government's White Paper on regional governance in England will be published when it is ready.",
        due=None,
        vague=False,
        said='2001-12-05 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written-answers/2001/dec/05/white-papers',
        published='2001-12-05',
    ),
    B(
        text='The White Paper will be presented to Parliament as soon as it is ready.',
        due=None,
        vague=False,
        said='2002-03-20 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/2002/mar/20/devolution-in-the-regions-white-paper',
        published='2002-03-20',
    ),
    # 'not until 2027' is an earliest date, not a deadline; the 2020 promise is the broken one
    B(
        text="The Fine Gael manifesto promised high-speed broadband to 100% of homes, farms, and business premises by 2020 but this week's announcement is a confirmation that this will not happen until 2027.",
        due=None,
        vague=False,
        said='2019-05-09 09:00:00',
        tz='Europe/Dublin',
        refusal='earliest',
        earliest='2027-01-01 00:00:00',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2019-05-09/18/',
        published='2019-05-09',
    ),
    # 'may not be signed for a further six months' = not before six months from now
    B(
        text='It is a rather bizarre move when no contract has been signed and when we are told by Government that it may not be signed for a further six months.',
        due=None,
        vague=False,
        said='2019-05-09 09:00:00',
        tz='Europe/Dublin',
        refusal='earliest',
        earliest='2019-11-09 00:00:00',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2019-05-09/18/',
        published='2019-05-09',
    ),
    B(
        text='We are working hard to finalise the plan, and it will be published at the earliest opportunity once it is ready.',
        due=None,
        vague=False,
        said='2026-01-16 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://www.parallelparliament.co.uk/writtenanswers?document_type=writtenanswers&page=2',
        published='2026-01-16',
    ),
    # -- cluster 6: ordinary deadline phrasings (control) -----------------------
    B(
        text='Individuals wishing to make an oral statement should submit a request in writing by November 2, 2015, to be scheduled on the agenda.',
        due='2015-11-03 04:59:59',
        vague=False,
        said='2015-10-08 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://studylib.net/doc/11125238/60876-federal-register',
        published='2015-10-08',
    ),
    B(
        text='Thus, the comment period is being extended to October 13, 2009.',
        due='2009-10-14 03:59:59',
        vague=False,
        said='2009-10-05 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://lexbuild.dev/fr/2009/10/E9-23943',
        published='2009-10-05',
    ),
    B(
        text='What has been announced, and what was announced by the Prime Minister at his press conference, is that the plans will be announced tomorrow and they will be completed in time for tomorrow’s press conference.',
        due='2020-03-26 23:59:59',
        vague=False,
        said='2020-03-25 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://search-prototype.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FCommons%2F2020-03-25%2F20032528000153',
        published='2020-03-25',
    ),
    B(
        text='Discussions between the usual channels are continuing and I shall make a further business statement tomorrow.',
        due='1997-03-18 23:59:59',
        vague=False,
        said='1997-03-17 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/commons/1997/mar/17/business-of-the-house-1',
        published='1997-03-17',
    ),
    B(
        text='Discussions are continuing and I am sure that further statements will be made shortly.',
        due='1997-05-16 22:59:59',
        vague=True,
        said='1997-03-17 10:00:00',
        tz='Europe/London',
        precision='month',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/commons/1997/mar/17/business-of-the-house-1',
        published='1997-03-17',
    ),
    B(
        text='Publication is expected shortly.',
        due='1999-04-24 22:59:59',
        vague=True,
        said='1999-02-23 10:00:00',
        tz='Europe/London',
        precision='month',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written_answers/1999/feb/23/sustainable-development',
        published='1999-02-23',
    ),
    # 'May/June' is a range of months: due at the end of June
    B(
        text='A consultation document is planned to be issued alongside details of the consultation process in May/June 2007.',
        due='2007-06-30 22:59:59',
        vague=False,
        said='2007-05-02 09:00:00',
        tz='Europe/London',
        precision='month',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2007-05-02/debates/0705034000036/AlcoholAndDrugsStrategy',
        published='2007-05-02',
    ),
    B(
        text='Subject to cross-Government agreement, the new strategy is likely to be published in late 2007.',
        due='2007-12-31 23:59:59',
        vague=True,
        said='2007-05-02 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2007-05-02/debates/0705034000036/AlcoholAndDrugsStrategy',
        published='2007-05-02',
    ),
    B(
        text='The new strategy is due to be launched in summer 2007.',
        due='2007-08-31 22:59:59',
        vague=True,
        said='2007-05-02 09:00:00',
        tz='Europe/London',
        precision='quarter',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2007-05-02/debates/0705034000036/AlcoholAndDrugsStrategy',
        published='2007-05-02',
    ),
    # early autumn = September (meteorological autumn split in thirds by month)
    B(
        text='Therefore, we hope to be processing claims in the early autumn.',
        due='1979-09-30 22:59:59',
        vague=True,
        said='1979-04-02 09:00:00',
        tz='Europe/London',
        precision='quarter',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/commons/1979/apr/02/short-title-construction-commence-ment',
        published='1979-04-02',
    ),
    # the three-month period runs from commencement, which is not yet dated
    B(
        text='We hope to have the regulations ready for the end of the three-month period and to lay them before Parliament.',
        due=None,
        vague=False,
        said='1979-04-02 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/commons/1979/apr/02/short-title-construction-commence-ment',
        published='1979-04-02',
    ),
    # 'as soon as she ... can' read as 'as soon as possible' (60 days), not as an event
    B(
        text='My right hon. Friend will reach her decision as soon as she properly and practically can.',
        due='1998-03-27 23:59:59',
        vague=True,
        said='1998-01-26 10:00:00',
        tz='Europe/London',
        precision='month',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written_answers/1998/jan/26/lackenby-picton-electricity-line',
        published='1998-01-26',
    ),
    B(
        text='Forgive me; it will take place on 3 December.',
        due='2008-12-03 23:59:59',
        vague=False,
        said='2008-07-08 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://hansard.parliament.uk/Lords/2008-07-08/debates/08070879000003/CriminalEvidence(WitnessAnonymity)Bill',
        published='2008-07-08',
    ),
    # '70 percent' and 'Satellite-M' are numbers/letters that are not times
    B(
        text='Meteorologists with the U.S. Air Force 45th Weather Squadron are expecting a 70 percent chance of favorable conditions for Friday’s planned launch of a United Launch Alliance Atlas V rocket carrying NASA’s Tracking and Data Relay Satellite-M (TDRS-M).',
        due='2017-08-19 03:59:59',
        vague=False,
        said='2017-08-15 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://blogs.nasa.gov/tdrs/2017/08/15/tdrs-m-launch-weather-forecast-predicts-70-percent-go-for-friday-liftoff',
        published='2017-08-15',
    ),
    B(
        text='THE NEED FOR THIS SPECIAL NOTICE WILL BE RE-EVALUATED BY 01 MARCH 2014.',
        due='2014-03-02 04:59:59',
        vague=False,
        said='2013-09-19 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='http://www.faa.gov/air_traffic/publications/notices/2013-09-19/Part1,Sec%203.htm',
        published='2013-09-19',
    ),
    B(
        text='However, when it comes to the framework of the Climate Change Act, as the right hon. Member for Doncaster North highlighted during the statement made by my right hon. Friend the Secretary of State, the review mechanism is built into the legislation to allow us the opportunity to review the target in five years.',
        due='2024-06-24 22:59:59',
        vague=False,
        said='2019-06-24 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://www.theyworkforyou.com/debates/?id=2019-06-24a.507.5',
        published='2019-06-24',
    ),
    B(
        text='It is intended that the measure will come in as soon as possible.',
        due='1986-07-01 22:59:59',
        vague=True,
        said='1986-05-02 09:00:00',
        tz='Europe/London',
        precision='month',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/commons/1986/may/02/commencement',
        published='1986-05-02',
    ),
    B(
        text='The deadline for the legal completion of the sale will remain the same – 31 March 2021.',
        due='2021-03-31 22:59:59',
        vague=False,
        said='2020-07-31 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='http://government-world.com/uk/politics-2/hm-government/page/3250/?print=print-search',
        published='2020-07-31',
    ),
    B(
        text='In which case, they will have until 31 May 2021 to legally complete.',
        due='2021-05-31 22:59:59',
        vague=False,
        said='2020-07-31 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='http://government-world.com/uk/politics-2/hm-government/page/3250/?print=print-search',
        published='2020-07-31',
    ),
    B(
        text='The first meeting of the Withdrawal Agreement Joint Committee will take place on 30 March 2020 by remote means.',
        due='2020-03-30 22:59:59',
        vague=False,
        said='2020-03-25 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statements/?page=1&max=50',
        published='2020-03-25',
    ),
    # '(Bill 33)' is a number, not a time
    B(
        text='Bill read the First time; to be read a Second time on Friday 19 March 2027, and to be printed (Bill 33).',
        due='2027-03-19 23:59:59',
        vague=False,
        said='2026-06-22 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://www.thepeopleschamber.uk/debates/9397BEBA-265F-42ED-B060-ED5F53361E7B',
        published='2026-06-22',
    ),
    B(
        text='The comment period is being reopened until May 10, 1996, and comments must be received by that date to ensure consideration.',
        due='1996-05-11 03:59:59',
        vague=False,
        said='1996-04-19 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='http://federal.elaws.us/fr/4/19/1996/96-9565',
        published='1996-04-19',
    ),
    B(
        text='The local government White Paper will be published shortly.',
        due='2002-02-03 23:59:59',
        vague=True,
        said='2001-12-05 10:00:00',
        tz='Europe/London',
        precision='month',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written-answers/2001/dec/05/white-papers',
        published='2001-12-05',
    ),
    B(
        text='My right hon. Friend the Secretary of State for Transport, Local Government and the Regions and I intend to publish the White Paper on Thursday 9 May.',
        due='2002-05-09 22:59:59',
        vague=False,
        said='2002-05-02 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written_answers/2002/may/02/regional-governance',
        published='2002-05-02',
    ),
    B(
        text='TUESDAY 9 MARCH—My right hon. Friend the Chancellor of the Exchequer will open his Budget statement.',
        due='1999-03-09 23:59:59',
        vague=False,
        said='1999-02-23 16:37:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/commons/1999/feb/23/business-of-the-house',
        published='1999-02-23',
    ),
    B(
        text='These results will be available in respect of different areas from time to time during the next 12 months.',
        due='1956-04-06 23:59:59',
        vague=False,
        said='1955-04-06 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written-answers/1955/apr/06/traffic-census',
        published='1955-04-06',
    ),
    B(
        text='We expect to announce a decision on the survey later this year.',
        due='1985-12-31 23:59:59',
        vague=True,
        said='1985-06-11 09:00:00',
        tz='Europe/London',
        precision='year',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written_answers/1985/jun/11/household-survey',
        published='1985-06-11',
    ),
    B(
        text='The mandate for EUFOR, the peacekeeping force in Bosnia, expires on 21 November.',
        due='2007-11-21 23:59:59',
        vague=False,
        said='2007-11-15 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2007-11-15/debates/07111535000001/details',
        published='2007-11-15',
    ),
    B(
        text='The 10 December deadline for the final status of Kosovo is approaching, still without any indication of an agreement.',
        due='2007-12-10 23:59:59',
        vague=False,
        said='2007-11-15 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=6,
        source='https://hansard.parliament.uk/Commons/2007-11-15/debates/07111535000001/details',
        published='2007-11-15',
    ),
)
