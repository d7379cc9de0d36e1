"""A TENTH fresh blind set of real deadline phrasings (issue 12), labelled by hand before
the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC) by a labelling helper (branch issue12l-s10)
that neither changed nor ran the parser: it read only the conventions written in the
docstrings (`blind_real.py`, the parser package's docstring, `blind_fresh7.py` and
`blind_fresh9.py`, and their comments), the README next to this file and the scoring rule
of `bench/deadlines.py` (a case is right when both say no deadline, or the due instant
agrees to the minute and, for a case labelled vague, the parser's result is vague too).
The sentences were found with a search over stored copies of public pages and taken as
they came in the 55 pages read: Hansard (Commons and Lords debates and written answers,
the historic-Hansard site, TheyWorkForYou, Parallel Parliament, a Parliament open-data
search prototype, a House of Commons news item); Dáil and Seanad debates and written
answers on oireachtas.ie and KildareStreet; gov.uk releases of MHCLG; kremlin.ru (one page
carried by foreignaffairs.co.nz); a Commission proposal on EUR-Lex, a Council press
release and two European Parliament press releases carried by republishing sites; US
federal agencies (NOAA Fisheries, the Federal Register on Justia, GPO Access and
thefederalregister.org, EPA, FCC, the Department of Energy and ARPA-E) and the White House
(a press gaggle and a schedule); one Wikinews article. No address listed in README.md or
in a `#` header under `tests/data/articles/` or `tests/data/agreement/` was used (each was
checked against the list of addresses before a quote was taken; most pages the searches
offered first were skipped for that reason), and no sentence already in another set. Each
label was worked out by hand from the words, the publication date and the publisher's zone
alone; the UTC wall times were computed from local times with the standard library's
zoneinfo, never with project code. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed;
the helper improving the parser has not seen them.

Same conventions as `blind_real.py` (its docstring) and the earlier fresh sets: the
publisher's zone (UK Parliament and gov.uk: Europe/London; Oireachtas: Europe/Dublin;
kremlin.ru: Europe/Moscow; EUR-Lex, the Council and the European Parliament:
Europe/Brussels; US federal publishers and the White House: America/New_York; Wikinews:
UTC); the publication date at 10:00 local unless the source gives the time of speaking; a
day falls due at 23:59:59 local; a clock time with a zone word is that instant (EST read as
written, UTC-5; "ET" and "Eastern Time" as the Eastern zone's time that day); a clock time
without one is in the publisher's zone; a range of days, times or spans ("late Monday or
Tuesday", "Tuesday through Thursday", "within the next 4 or 5 weeks", "September or
October") falls due at its later end; vague windows as in the parser's docstring (60 days
for "shortly", "in due course", "in the near future", "as soon as possible", here also "as
quickly as possible", "as soon as practically possible" and "as soon as it practicable";
4 weeks for "the coming weeks"); "later this year" runs to the year's end; early/mid/late
split a period in thirds ("mid-April" is days 11-20, "early 1956" January-April, "mid
2016" May-August, "towards the end of the year" September-December); fiscal years end where
the publisher's country puts them (GB 2025/26: 31 March 2026); the size of an extension is
not a deadline; a date that a later one replaces is refused as negated; refusals have
`due=None` and a `refusal` kind (earliest | negated | past | event | recurring), with
`earliest` (00:00 local of that day) for earliest-only wording ("not before 1952",
"unlikely ... before 1950", "from 1 April 2016"). Where the carrying page shows no date, the
comment says which reference was taken and whether the label depends on it. Labels marked
"unsure" in their comment are the ones a reviewer may argue (the comment names the other
reading); like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in
README.md). Sources and licences are in README.md next to this file ("Tenth fresh blind
set"). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH10_CASES: tuple[BlindCase, ...] = (
    # -- cluster 1: numbers: years, counts and numbers that are not times
    # written answer of 8 May 2018: 'Survey 2014', 'February 2015' and 'at 31 March 2014' all refer back: past
    B(
        text='With regard to housing delivery more broadly, the Residential Land Availability Survey 2014, published in February 2015, determined the location and quantity of lands that may be regarded as being undeveloped and available for residential development purposes at 31 March 2014 in each local authority area.',
        due=None,
        vague=False,
        said='2018-05-08 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=1,
        source='https://www.oireachtas.ie/ga/debates/question/2018-05-08/section/455/',
        published='2018-05-08',
    ),
    # the same page: '22,165' and '8th February' (a yearless date after a past tally): past
    B(
        text='As of 8th February, 22,165 vouchers have already been issued with more being issued each day.',
        due=None,
        vague=False,
        said='2021-02-23 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source='https://parallelparliament.co.uk/lord/lord-stunell/writtenanswers?document_type=writtenanswers&memb_pk=445&page=3',
        published='2021-02-23',
    ),
    # Federal Register of 14 September 2009 (hearing on ballast water standards, carried by Justia): 'no later than October 15, 2009', end of day Eastern (EDT); '10 minutes' is a length of testimony
    B(
        text='Individuals who request more than 10 minutes to present their oral testimony at the hearing or who will submit documentary evidence at the hearing must submit (transmit, postmark, or deliver) the full text of their testimony and all documentary evidence no later than October 15, 2009.',
        due='2009-10-16 03:59:59',
        vague=False,
        said='2009-09-14 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://regulations.justia.com/regulations/fedreg/2009/09/14/E9-21975.html',
        published='2009-09-14',
    ),
    # the same notice: '10 minutes' is a limit on speaking, not a span from now; no deadline in the sentence: event (tied to the undated moment of the hearing)
    B(
        text='If time permits, and at the discretion of the ALJ, an individual who did not file a notice of intention to appear may be allowed to testify at the hearing, but for no more than 10 minutes.',
        due=None,
        vague=False,
        said='2009-09-14 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=1,
        source='https://regulations.justia.com/regulations/fedreg/2009/09/14/E9-21975.html',
        published='2009-09-14',
    ),
    # the same answer: 'within the next 4 or 5 weeks' is a range of spans, due at its later end: five weeks from 20 March 1946 is 24 April 1946, end of day (BST)
    B(
        text='The Trustees propose to open there a comprehensive exhibition of antiquities and works of art within the next 4 or 5 weeks.',
        due='1946-04-24 22:59:59',
        vague=False,
        said='1946-03-20 17:34:00',
        tz='Europe/London',
        cluster=1,
        source='https://api.parliament.uk/historic-hansard/lords/1946/mar/20/re-opening-of-british-museum',
        published='1946-03-20',
    ),
    # the same answer: 'the date for completing repairs is 1953': end of 1953 (GMT)
    B(
        text='The British Museum suffered most damage, and the date for completing repairs is 1953.',
        due='1953-12-31 23:59:59',
        vague=False,
        said='1948-12-13 10:00:00',
        tz='Europe/London',
        cluster=1,
        source='https://api.parliament.uk/historic-hansard/written_answers/1948/dec/13/museums-and-galleries-war-damage',
        published='1948-12-13',
    ),
    # Lords written answer of 25 February 2010 (TheyWorkForYou): '1600-1800' names a period of art; of the galleries 'due to open in 2012' and 'in 2014' the display falls due at the later, the end of 2014 (GMT).
    # unsure: a reader may take 2012, the first gallery named
    B(
        text='Objects from the collection will be displayed in the British galleries, the medieval and renaissance galleries, the furniture gallery (due to open in 2012) and the Europe 1600-1800 galleries (due to open in 2014).',
        due='2014-12-31 23:59:59',
        vague=False,
        said='2010-02-25 10:00:00',
        tz='Europe/London',
        cluster=1,
        source='https://www.theyworkforyou.com/wrans/?id=2010-02-25a.316.0',
        published='2010-02-25',
    ),
    # FCC public notice DA 11-986 of 8 June 2011: the auction begins 'Tuesday, July 19, 2011', end of day Eastern (EDT); '16 licenses' and '698-806 MHz' are a count and a band
    B(
        text='This auction, which is scheduled to begin on Tuesday, July 19, 2011, will offer 16 licenses in the 698-806 MHz band (herein the "700 MHz Band").',
        due='2011-07-20 03:59:59',
        vague=False,
        said='2011-06-08 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://www.fcc.gov/document/auction-700-mhz-band-licenses-status-short-form-applications-participate-auction-92',
        published='2011-06-08',
    ),
    # FCC 18-109, released 3 August 2018 (its title, in capitals): auction numbers 101 and 102 and bands 28 GHz and 24 GHz are not dates; bidding begins 14 November 2018, end of day Eastern (EST)
    B(
        text='AUCTIONS OF UPPER MICROWAVE FLEXIBLE USE LICENSES FOR NEXT-GENERATION WIRELESS SERVICES NOTICE AND FILING REQUIREMENTS, MINIMUM OPENING BIDS, UPFRONT PAYMENTS, AND OTHER PROCEDURES FOR AUCTIONS 101 (28 GHz) AND 102 (24 GHz) BIDDING IN AUCTION 101 SCHEDULED TO BEGIN NOVEMBER 14, 2018',
        due='2018-11-15 04:59:59',
        vague=False,
        said='2018-08-03 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://docs.fcc.gov/public/attachments/FCC-18-109A1.txt',
        published='2018-08-03',
    ),
    # Federal Register of 20 April 2004 (FCC, via GPO Access): 'Auction No. 56' is a number; the auction begins 28 July 2004, end of day Eastern (EDT)
    B(
        text='DATES: Auction No. 56 is scheduled to begin on July 28, 2004.',
        due='2004-07-29 03:59:59',
        vague=False,
        said='2004-04-20 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=2004_register&docid=fr20ap04-64',
        published='2004-04-20',
    ),
    # the same gaggle: 'That evening' points back to Monday in the previous sentence and '2006' is the name of the dinner; alone the sentence names no day: event.
    # unsure: read with the previous sentence it is Monday 19 June 2006, evening
    B(
        text="That evening he will make remarks at the 2006 President's Dinner.",
        due=None,
        vague=False,
        said='2006-06-16 14:03:00',
        tz='America/New_York',
        refusal='event',
        cluster=1,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2006/06/20060616.html',
        published='2006-06-16',
    ),
    # the same answer: 'the third week of April' (of 2005, before the answer), '22,000' and '€43 million' are the past and counts: past
    B(
        text='The main forestry premium run took place successfully over the third week of April, making some 22,000 payments to the value of €43 million.',
        due=None,
        vague=False,
        said='2005-05-04 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=1,
        source='https://www.kildarestreet.com/wrans/?id=2005-05-04.1536.0',
        published='2005-05-04',
    ),
    # Dáil written answers of 25 March 1993: 'within the next four to five weeks' is a range of spans, due at its later end: five weeks, 29 April 1993, end of day (IST)
    B(
        text='This grant will be paid within the next four to five weeks.',
        due='1993-04-29 22:59:59',
        vague=False,
        said='1993-03-25 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1993-03-25/60/',
        published='1993-03-25',
    ),
    # KildareStreet, written answer of 14 September 2011: '12, 675' is a count written with a stray space, and 'closed on 31 October 2007' is past
    B(
        text='A total of 12, 675 applications were received under the Farm Improvement Scheme when the Scheme was closed on 31 October 2007.',
        due=None,
        vague=False,
        said='2011-09-14 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=1,
        source='https://www.kildarestreet.com/wrans/?id=2011-09-14.2943.0',
        published='2011-09-14',
    ),
    # Federal Register, 83 FR 28843 (EPA, sulfur oxides; the page shows no date; taken as 21 June 2018, the label does not depend on it): the extended period closes 'August 9, 2018', end of day Eastern (EDT)
    B(
        text='The extended comment period will now close on August 9, 2018.',
        due='2018-08-10 03:59:59',
        vague=False,
        said='2018-06-21 14:00:00',
        tz='America/New_York',
        cluster=1,
        source='https://thefederalregister.org/83-FR/28843',
        published='2018-06-21',
    ),
    # the same notice: '17- day' is the size of the extension, not a span from now: no deadline in the sentence (event: counted from an end the sentence does not give)
    B(
        text='The EPA is additionally announcing a 17- day extension of the comment period for this proposed decision.',
        due=None,
        vague=False,
        said='2018-06-21 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=1,
        source='https://thefederalregister.org/83-FR/28843',
        published='2018-06-21',
    ),
    # kremlin.ru, 17 January 2014 at 19:30 Moscow time: 'submitted' is done and 'dated December 24, 1993' is the date of the old agreement: past
    B(
        text='Vladimir Putin submitted for ratification by the State Duma the Protocol on Amending the Agreement on the Amount of State Duty and Procedure for its Collection when Considering Disputes between Economic Entities of Different States dated December 24, 1993.',
        due=None,
        vague=False,
        said='2014-01-17 15:30:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=1,
        source='http://en.kremlin.ru/acts/news/20079',
        published='2014-01-17',
    ),
    # -- cluster 2: clock times and zone words
    # the same news item: a range of hours with a zone word falls due at its later end, 4 pm EST read as written (UTC-5) on 27 March 2017
    B(
        text='The public webinar will be held on March 27, 2017, from 1 pm - 4 pm EST.',
        due='2017-03-27 21:00:00',
        vague=False,
        said='2017-02-14 15:00:00',
        tz='America/New_York',
        cluster=2,
        source='http://www.nmfs.noaa.gov/sfa/hms/news/news_list/2017/2/pll_efp_comment_period_extension_021417.html',
        published='2017-02-14',
    ),
    # Dáil, 7 August 1934 (order of business): 'until 6 o'clock to-morrow evening' is 6 p.m. on 8 August 1934 in Dublin (Irish summer time, UTC+1 that year)
    B(
        text="When the business on the Agenda is concluded the Dáil will adjourn until 6 o'clock to-morrow evening.",
        due='1934-08-08 17:00:00',
        vague=False,
        said='1934-08-07 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1934-08-07/3/?highlight%5B0%5D=agricultural&highlight%5B1%5D=co&highlight%5B2%5D=operative&highlight%5B3%5D=societies&highlight%5B4%5D=debentures&highlight%5B5%5D=bill&highlight%5B6%5D=bill&highlight%5B7%5D=bill&highlight%5B8%5D=bill&highlight%5B9%5D=agricultural&highlight%5B10%5D=bill&highlight%5B11%5D=bill&highlight%5B12%5D=bill',
        published='1934-08-07',
    ),
    # DOE EERE funding opportunity DE-FOA-0000805 issued 23 April 2013 (as listed by cspworld.org): '5:00 p.m. Eastern Time' on 23 May 2013 is 17:00 EDT, 21:00 UTC
    B(
        text='Concept Papers Submission Deadline: May 23, 2013 5:00 p.m. Eastern Time',
        due='2013-05-23 21:00:00',
        vague=False,
        said='2013-04-23 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='http://cspworld.org/resources/efficiently-leveraging-equilibrium-mechanisms-engineering-new-thermochemical-storage-csp',
        published='2013-04-23',
    ),
    # the same listing: full applications by 5:00 p.m. Eastern Time on 23 July 2013 (EDT): 21:00 UTC
    B(
        text='Full Applications Submission Deadline: July 23, 2013 5:00 p.m. Eastern Time',
        due='2013-07-23 21:00:00',
        vague=False,
        said='2013-04-23 14:00:00',
        tz='America/New_York',
        cluster=2,
        source='http://cspworld.org/resources/efficiently-leveraging-equilibrium-mechanisms-engineering-new-thermochemical-storage-csp',
        published='2013-04-23',
    ),
    # ARPA-E OPEN 2015 funding announcement issued 7 January 2015 (copy on pdfdrive.to): '5 PM ET, February 27, 2015' is 17:00 EST, 22:00 UTC
    B(
        text='Submission Deadline for Concept Papers: 5 PM ET, February 27, 2015',
        due='2015-02-27 22:00:00',
        vague=False,
        said='2015-01-07 15:00:00',
        tz='America/New_York',
        cluster=2,
        source='https://pdfdrive.to/dl/open-2015-foa-notice-of-intent-concept-paper-0107-arpa-e',
        published='2015-01-07',
    ),
    # the same article: the polls 'started closing at around 19:00 local time (1800 UTC)' on polling day, which is over: past
    B(
        text='The polls started closing at around 19:00 local time (1800 UTC) but those already queued were allowed to vote.',
        due=None,
        vague=False,
        said='2011-10-24 10:00:00',
        tz='UTC',
        refusal='past',
        cluster=2,
        source='https://en.m.wikinews.org/wiki/Tunisia_casts_vote_in_first_free_election',
        published='2011-10-24',
    ),
    # White House schedule for 18 March 2011 (released the night before, quoted on CNN's White House blog at 09:14 AM ET): 10:35 p.m. in the publisher's zone on 18 March 2011 (EDT) is 02:35 UTC on 19 March; the call time 9:30 p.m. is earlier
    B(
        text='10:35PM THE FIRST FAMILY departs Andrews Air Force Base en route to Brasilia, Brazil Out-of-Town Travel Pool Coverage (Call Time 9:30PM – Virginia Gate, Andrews Air Force Base)',
        due='2011-03-19 02:35:00',
        vague=False,
        said='2011-03-18 13:14:00',
        tz='America/New_York',
        cluster=2,
        source='https://whitehouse.blogs.cnn.com/2011/03/18/potus-schedule-for-friday-march-18/',
        published='2011-03-18',
    ),
    # the same release: a range of clock times without a zone word, in the publisher's zone: its later end, 13.30 CET on Wednesday 17 December 2025, 12:30 UTC
    B(
        text='When: Wednesday 17 December, 13.00 - 13.30',
        due='2025-12-17 12:30:00',
        vague=False,
        said='2025-12-16 09:00:00',
        tz='Europe/Brussels',
        cluster=2,
        source='https://politikinewsaaa.blogspot.com/2025/12/european-parliament-update.html?m=1',
        published='2025-12-16',
    ),
    # European Parliament press release of 16 January 2026: '16:30 – 17:00 CET' on Tuesday 20 January 2026, due at the later end, 17:00 CET = 16:00 UTC
    B(
        text='Press conference details When: Tuesday 20 January, 16:30 – 17:00 CET',
        due='2026-01-20 16:00:00',
        vague=False,
        said='2026-01-16 09:00:00',
        tz='Europe/Brussels',
        cluster=2,
        source='https://politikinewsaaa.blogspot.com/2026/01/european-parliamentupdate.html',
        published='2026-01-16',
    ),
    # -- cluster 3: several dates in one sentence
    # NOAA Fisheries HMS news of 14 February 2017: the comment period is extended 'to March 29, 2017', end of day Eastern (EDT); 'upcoming meetings' are undated
    B(
        text='Given interest from the public and to allow additional time for Regional Fishery Management Councils to discuss the EFP application and Draft EA at upcoming meetings, NOAA Fisheries is extending the public comment period for this action to March 29, 2017.',
        due='2017-03-30 03:59:59',
        vague=False,
        said='2017-02-14 15:00:00',
        tz='America/New_York',
        cluster=3,
        source='http://www.nmfs.noaa.gov/sfa/hms/news/news_list/2017/2/pll_efp_comment_period_extension_021417.html',
        published='2017-02-14',
    ),
    # the same speech: '18 June' (the announcement, past) and the closure date '31 March 2017' to which projects may accredit: due 31 March 2017, end of day BST
    B(
        text='Their purpose is to clarify the terms of the grace period applying to the closure of the renewables obligation to onshore wind, specifically allowing those projects which had applied for planning permission as at 18 June—the date of the policy announcement—to continue to be able to accredit until the original renewables obligation closure date of 31 March 2017.',
        due='2017-03-31 22:59:59',
        vague=False,
        said='2015-09-14 09:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://parliamentary-search-265cced0397e.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FLords%2F2015-09-14%2F1509147000255',
        published='2015-09-14',
    ),
    # Seanad, 3 December 2020 (sitting arrangements): the rising 'on Thursday, 3rd December' is today; the House sits again at 10.30 a.m. on Tuesday 8 December 2020 (GMT): that instant
    B(
        text='The Seanad on its rising on Thursday, 3rd December, 2020, shall adjourn until 10.30 a.m. on Tuesday, 8th December, 2020 and the following arrangements shall apply:',
        due='2020-12-08 10:30:00',
        vague=False,
        said='2020-12-03 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/en/debates/debate/seanad/2020-12-03/4/',
        published='2020-12-03',
    ),
    # Dáil, 10 July 2012 at 2 p.m. (KildareStreet): 'in September or October' is a range of months, due at its later end, 31 October 2012, end of day (GMT after 28 October)
    B(
        text='That material must be brought together and we must do it quickly and ensure the plan is in place in September or October clearly outlining what a national service would look like and how it can be moved forward in the best possible way given the restraints that exist, as we must be realistic about the resource issue in the context of current resources, to ensure a service is available for those in crisis.',
        due='2012-10-31 23:59:59',
        vague=False,
        said='2012-07-10 13:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.kildarestreet.com/debate/?id=2012-07-10.46.3',
        published='2012-07-10',
    ),
    # Commons written answer of 5 February 2025 (via Parallel Parliament): 'by December 2026' is the deadline, end of 31 December 2026 (GMT); 'on or before 12 March 2025' defines the exception and 'Regulation 19' is a number of a rule
    B(
        text='All local development plans should be submitted for examination by December 2026 with the exception of plans that reach pre-submission consultation stage (Regulation 19) on or before 12 March 2025.',
        due='2026-12-31 23:59:59',
        vague=False,
        said='2025-02-05 10:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://parallelparliament.co.uk/question/26917/local-plans',
        published='2025-02-05',
    ),
    # the same page: the deadline set 'In March 2020' is 'December 2023', still ahead when written: due 31 December 2023 (GMT).
    # unsure: the sentence reports a past decision, so a reader may refuse it as past
    B(
        text='In March 2020, the government set a deadline of December 2023 for all councils to have up-to-date Local Plans in place.',
        due='2023-12-31 23:59:59',
        vague=False,
        said='2021-01-19 10:00:00',
        tz='Europe/London',
        cluster=3,
        source='https://gov.uk/government/news/councils-urged-to-ensure-local-plans-are-up-to-date',
        published='2021-01-19',
    ),
    # Lords, 11 May 1954 at 2.41 p.m. (National Gallery): two pledges, 'by the end of this year' and 'by the end of 1955 or early in 1956'; the sentence's schedule falls due at its later end, early 1956 = January-April: 30 April 1956, end of day (BST from 22 April).
    # unsure: a reader may take the first pledge, 31 December 1954
    B(
        text='It is hoped that two of these, fully air-conditioned, will be reopened by the end of this year; and that a further six, three of them air-conditioned, will be reopened by the end of 1955 or early in 1956.',
        due='1956-04-30 22:59:59',
        vague=False,
        said='1954-05-11 13:41:00',
        tz='Europe/London',
        cluster=3,
        source='https://api.parliament.uk/historic-hansard/lords/1954/may/11/national-gallery-exhibition-space',
        published='1954-05-11',
    ),
    # Wikinews, Tunisia's election of Sunday 23 October 2011 (the article's date is not shown; taken as Monday 24 October 2011, the label holds for either day): 'late Monday or Tuesday' is a range of days, due at its later end, Tuesday 25 October 2011, end of day (UTC, Wikinews' zone)
    B(
        text='The actual result, according to election officials, should be released late Monday or Tuesday.',
        due='2011-10-25 23:59:59',
        vague=False,
        said='2011-10-24 10:00:00',
        tz='UTC',
        cluster=3,
        source='https://en.m.wikinews.org/wiki/Tunisia_casts_vote_in_first_free_election',
        published='2011-10-24',
    ),
    # the same gaggle: 'Tuesday through Thursday' is a range of days, due at its later end, Thursday 22 June 2006, end of day Eastern; 'yesterday' is a past briefing
    B(
        text="Tuesday through Thursday he's traveling to Austria, and Steve Hadley went through all of that in detail yesterday, so unless you have objections, I'll just refer you to that transcript.",
        due='2006-06-23 03:59:59',
        vague=False,
        said='2006-06-16 14:03:00',
        tz='America/New_York',
        cluster=3,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2006/06/20060616.html',
        published='2006-06-16',
    ),
    # written answer of 19 January 2016: 'commenced in mid-December 2015' is past; 'over the coming weeks' is the vague 4 weeks: 16 February 2016, end of day (GMT)
    B(
        text='Payments under the National Reserve and Young Farmers Scheme commenced in mid-December 2015 and, and given the number of applications and their complexity, these payments will continue over the coming weeks.',
        due='2016-02-16 23:59:59',
        vague=True,
        said='2016-01-19 10:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source='https://www.oireachtas.ie/ga/debates/question/2016-01-19/261/',
        published='2016-01-19',
    ),
    # the same notice: 'May 20 and 21, 2020' is a pair of days, due at the later, 21 May 2020, end of day Eastern
    B(
        text='The hearing will be held May 20 and 21, 2020.',
        due='2020-05-22 03:59:59',
        vague=False,
        said='2020-05-05 14:00:00',
        tz='America/New_York',
        cluster=3,
        source='https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.eyJidWxsZXRpbl9saW5rX2lkIjoxNjEsInVyaSI6ImJwMjpjbGljayIsImJ1bGxldGluX2lkIjoiMjAyMDA1MDUuMjEwMzQ0MDEiLCJ1cmwiOiJodHRwczovL3d3dy5nb3ZpbmZvLmdvdi9jb250ZW50L3BrZy9GUi0yMDIwLTA1LTA1L2h0bWwvMjAyMC0wOTQ4MC5odG0ifQ.iZEkeIz9D1SWSxpDHeUctjjVbhf-JAhDNMxZ1LnkIrw/br/78220436375-l',
        published='2020-05-05',
    ),
    # -- cluster 4: period forms: fiscal years, parts of periods, vague windows
    # Lords, 18 March 2025, 7:57 pm (Sustainable Farming Incentive): 'as soon as practically possible' reads as 'as soon as possible' (vague, 60 days: 17 May 2025, end of day BST); 'for three years' is the life of the current system, not the pledge.
    # unsure: a reader may refuse it as tied to the undated 'having taken those steps' (event)
    B(
        text='The current system will last for three years, so we need to look at how to get the next system in place as soon as practically possible, having taken those steps.',
        due='2025-05-17 22:59:59',
        vague=True,
        said='2025-03-18 19:57:00',
        tz='Europe/London',
        cluster=4,
        source='https://www.theyworkforyou.com/lords/?id=2025-03-18c.1198.3',
        published='2025-03-18',
    ),
    # BEIS written answer on the Warm Home Discount (the page shows no date; taken as 11 January 2021, the label does not depend on it): extended 'to at least 2025/26', the GB financial year ending 31 March 2026, end of day BST; '2020 prices' is a price base.
    # unsure: 'at least' may be read as a floor with no deadline (earliest)
    B(
        text='The Government has committed to extending the Warm Home Discount to at least 2025/26 and expanding the scheme spending envelope from the current £350 million to £475 million (in 2020 prices) per year.',
        due='2026-03-31 22:59:59',
        vague=False,
        said='2021-01-11 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://parallelparliament.co.uk/question/126617/warm-home-discount-scheme-scotland',
        published='2021-01-11',
    ),
    # Lords written answer, 23 February 2021 (Green Homes Grant): 'in due course' is the vague 60 days: 24 April 2021, end of day BST
    B(
        text='Official scheme statistics will be published in due course.',
        due='2021-04-24 22:59:59',
        vague=True,
        said='2021-02-23 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://parallelparliament.co.uk/lord/lord-stunell/writtenanswers?document_type=writtenanswers&memb_pk=445&page=3',
        published='2021-02-23',
    ),
    # written answer of 9 July 2015: 'later this year' runs from the reference to the year's end: 31 December 2015, end of day (GMT)
    B(
        text='Wexford, the only remaining regional centre, will transfer to the NEOC later this year.',
        due='2015-12-31 23:59:59',
        vague=False,
        said='2015-07-09 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/question/2015-07-09/62/',
        published='2015-07-09',
    ),
    # MHCLG news of a written statement by Christopher Pincher (the page shows no date; taken as 19 January 2021, the label does not depend on it): 'by the end of 2023', 31 December 2023, end of day (GMT)
    B(
        text='It is critical work should continue to advance Local Plans through to adoption by the end of 2023 to help ensure that the economy can rebound strongly from the COVID-19 pandemic.',
        due='2023-12-31 23:59:59',
        vague=False,
        said='2021-01-19 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://gov.uk/government/news/councils-urged-to-ensure-local-plans-are-up-to-date',
        published='2021-01-19',
    ),
    # the same release: 'before the end of September 2018', 30 September 2018, end of day BST; the list of councils holds no date
    B(
        text='in Basildon, Bolsover, Brentwood, Calderdale, Eastleigh, Mansfield, St Albans, which have all committed to publishing draft plans before the end of September 2018, the government has made clear it will monitor their progress and that any further significant delay to meet this timescale will lead to the case for intervention being reconsidered',
        due='2018-09-30 22:59:59',
        vague=False,
        said='2018-03-23 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://www.gov.uk/government/news/government-action-on-councils-failing-to-plan-new-homes',
        published='2018-03-23',
    ),
    # Council press release of 18 December 2015 (carried by europavarietas.org): 'by mid 2016' is the middle third of the year, May-August: due 31 August 2016, end of day Brussels (CEST)
    B(
        text='This should enable the entry into force of the new legislation by mid 2016',
        due='2016-08-31 21:59:59',
        vague=False,
        said='2015-12-18 09:00:00',
        tz='Europe/Brussels',
        cluster=4,
        source='https://europavarietas.org/evnc/hu/aggregator/sources/123?page=128',
        published='2015-12-18',
    ),
    # Commons written answer of 13 February 1914 (Dover harbour): 'will be dealt with in due course' is the vague 60 days: 14 April 1914, end of day (GMT)
    B(
        text='The silting which is taking place is not due to faulty construction of the entrances, but is, in a great measure, the natural sequence to the large dredging operations now in progress, and will be dealt with in due course.',
        due='1914-04-14 23:59:59',
        vague=True,
        said='1914-02-13 10:00:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/written_answers/1914/feb/13/national-harbour-dover',
        published='1914-02-13',
    ),
    # the same answer: 'approximately at mid-April' is days 11-20 of April: 20 April 1946, end of day (BST)
    B(
        text='Work on the Main Reading Room is also in progress and will be finished approximately at mid-April, while the North Library is already in use.',
        due='1946-04-20 22:59:59',
        vague=False,
        said='1946-03-20 17:34:00',
        tz='Europe/London',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/lords/1946/mar/20/re-opening-of-british-museum',
        published='1946-03-20',
    ),
    # Lords, 10 July 2002 at 2.44 p.m. (British Museum): the financial years 2000–01 and 2001–02 both ended before the answer: past
    B(
        text="The museum's operating costs in 2000–01 were £51.4 million and its estimated outturn in 2001–02 is £57.8 million.",
        due=None,
        vague=False,
        said='2002-07-10 13:44:00',
        tz='Europe/London',
        refusal='past',
        cluster=4,
        source='https://api.parliament.uk/historic-hansard/lords/2002/jul/10/british-museum-great-court',
        published='2002-07-10',
    ),
    # kremlin.ru, meeting on the new academic year, 28 July 2021 (carried by foreignaffairs.co.nz): 'before the end of this year' is 31 December 2021, end of day Moscow time
    B(
        text='In keeping with my request, the Government should draft this programme before the end of this year and allocate the necessary funds.',
        due='2021-12-31 20:59:59',
        vague=False,
        said='2021-07-28 07:00:00',
        tz='Europe/Moscow',
        cluster=4,
        source='https://nkeu.foreignaffairs.co.nz/2021/07/28/meeting-on-preparations-for-the-new-academic-year/',
        published='2021-07-28',
    ),
    # the same answer: 'as soon as it practicable' reads as 'as soon as practicable', i.e. 'as soon as possible' (vague, 60 days): 19 March 2016, end of day (GMT)
    B(
        text='My Department will continue to prioritise the payment of eligible cases under the National Reserve and Young Farmers Scheme to ensure that payment is made as soon as it practicable.',
        due='2016-03-19 23:59:59',
        vague=True,
        said='2016-01-19 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/ga/debates/question/2016-01-19/261/',
        published='2016-01-19',
    ),
    # written answer of 26 February 2013: the letters issue 'in due course' (vague, 60 days): 27 April 2013, end of day (IST).
    # unsure: 'expected to take several weeks' may be read as the window instead (a few weeks: 4 weeks)
    B(
        text='This process is expected to take several weeks and letters will issue to all applicants informing them of the outcome of the selection process in due course.',
        due='2013-04-27 22:59:59',
        vague=True,
        said='2013-02-26 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/question/2013-02-26/600/',
        published='2013-02-26',
    ),
    # the same answer: 'towards the end of the year' is late 2013, the last third of the year: due 31 December 2013, end of day (GMT)
    B(
        text='I expect that this process will be undertaken with a view to commencing payments to the successful applicants towards the end of the year.',
        due='2013-12-31 23:59:59',
        vague=False,
        said='2013-02-26 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/question/2013-02-26/600/',
        published='2013-02-26',
    ),
    # the same answers: '1992' names the scheme year; 'if found in order, payment will issue shortly' is the vague 60 days: 24 May 1993, end of day (IST)
    B(
        text="This applicant's 1992 cattle and equines headage scheme grant is being processed at present and, if found in order, payment will issue shortly.",
        due='1993-05-24 22:59:59',
        vague=True,
        said='1993-03-25 10:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/en/debates/debate/dail/1993-03-25/60/',
        published='1993-03-25',
    ),
    # the same answers: 'in the near future' is the vague 60 days: 23 July 1994, end of day (IST)
    B(
        text='This application is being processed further at present and any balance due will be paid in the near future.',
        due='1994-07-23 22:59:59',
        vague=True,
        said='1994-05-24 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/1994-05-24/70/',
        published='1994-05-24',
    ),
    # the same answer: 'as quickly as possible' reads as 'as soon as possible' (vague, 60 days): 13 November 2011, end of day (GMT)
    B(
        text="The Department's aim is to process all payment claims as quickly as possible.",
        due='2011-11-13 23:59:59',
        vague=True,
        said='2011-09-14 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source='https://www.kildarestreet.com/wrans/?id=2011-09-14.2943.0',
        published='2011-09-14',
    ),
    # European Parliament press release of 16 December 2025: 'in early 2026' is January-April: the ban falls due by 30 April 2026, end of day Brussels (CEST)
    B(
        text='Spot-market Russian liquefied natural gas (LNG) will be banned from the EU once the regulation enters into force in early 2026.',
        due='2026-04-30 21:59:59',
        vague=False,
        said='2025-12-16 09:00:00',
        tz='Europe/Brussels',
        cluster=4,
        source='https://politikinewsaaa.blogspot.com/2025/12/european-parliament-update.html?m=1',
        published='2025-12-16',
    ),
    # -- cluster 5: refusals: recurring, earliest-only, negated, past, event
    # Dáil, 11 March 2021: 'for more than three years' measures a wait already endured and the question names no date: past
    B(
        text='When will the Government finally publish the legislation for which the Central Bank has been begging for more than three years?',
        due=None,
        vague=False,
        said='2021-03-11 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/debate/dail/2021-03-11/4/',
        published='2021-03-11',
    ),
    # written answer of 7 November 2017: 'since January 2017' looks back: past
    B(
        text='My Department has not engaged any external public relations firms since January 2017.',
        due=None,
        vague=False,
        said='2017-11-07 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2017-11-07/section/1182/',
        published='2017-11-07',
    ),
    # the same news item: 'published ... on January 17, 2017' is done: past
    B(
        text='NOAA Fisheries published a Federal Register Notice on January 17, 2017 (82 FR 4856), announcing the receipt of an application for an exempted fishing permit (EFP) from Dr. David Kerstetter of Nova Southeastern University to evaluate pelagic longline (PLL) catch and bycatch rates from within the northern portion of the East Florida Coast (EFC) PLL Closed Area and compare those rates to rates from outside the EFC PLL Closed Area.',
        due=None,
        vague=False,
        said='2017-02-14 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='http://www.nmfs.noaa.gov/sfa/hms/news/news_list/2017/2/pll_efp_comment_period_extension_021417.html',
        published='2017-02-14',
    ),
    # the same speech: no date at all for the restart: event (an undated future)
    B(
        text='I cannot give specifics of when it will start up again, but we will start it up again.',
        due=None,
        vague=False,
        said='2025-03-18 19:57:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://www.theyworkforyou.com/lords/?id=2025-03-18c.1198.3',
        published='2025-03-18',
    ),
    # Lords, 14 September 2015 (Energy Bill): the obligation closes to new onshore wind 'from 1 April 2016': an open-ended start, earliest 1 April 2016 (00:00 BST); 'a year earlier than originally planned' is the size of the change.
    # unsure: a reader may take 1 April 2016 as the due date of the closure itself
    B(
        text='Clause 60 introduces a provision to close the renewables obligation to new onshore wind farms in Great Britain from 1 April 2016—a year earlier than originally planned.',
        due=None,
        vague=False,
        said='2015-09-14 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2016-03-31 23:00:00',
        cluster=5,
        source='https://parliamentary-search-265cced0397e.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FLords%2F2015-09-14%2F1509147000255',
        published='2015-09-14',
    ),
    # the same answer: 'in advance of the summer Parliamentary recess' names an undated recess: event
    B(
        text='Should the UK Government implement a scheme for Scotland, the intention would be to have consulted and have Regulations in place in advance of the summer Parliamentary recess.',
        due=None,
        vague=False,
        said='2021-01-11 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://parallelparliament.co.uk/question/126617/warm-home-discount-scheme-scotland',
        published='2021-01-11',
    ),
    # written answer of 22 September 2015: 'On 2 September ... was successfully integrated' is done: past (a yearless date after a past verb)
    B(
        text='On 2 September , the last remaining regional NAS control centre, Wexford, was successfully integrated into the new National Emergency Operations Centre (NEOC), the accredited centre of excellence in Tallaght.',
        due=None,
        vague=False,
        said='2015-09-22 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/en/debates/question/2015-09-22/1113/',
        published='2015-09-22',
    ),
    # Dáil, 12 March 2014 at 2:40 pm (KildareStreet): 'Since 2012' looks back: past
    B(
        text='Since 2012, in particular, there have been significant changes in rostering and work organisation arrangements for paramedic and control staff, following Labour Court recommendations.',
        due=None,
        vague=False,
        said='2014-03-12 14:40:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.kildarestreet.com/debate/?id=2014-03-12a.500',
        published='2014-03-12',
    ),
    # the same answer: 'after the multi-year spending review' hangs on an undated event
    B(
        text='They will be published after the multi-year spending review.',
        due=None,
        vague=False,
        said='2025-02-05 10:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://parallelparliament.co.uk/question/26917/local-plans',
        published='2025-02-05',
    ),
    # MHCLG press release of 23 March 2018: 'had until 31 January 2018' is a time limit already run: past
    B(
        text='The councils had until 31 January 2018 to explain why they hadn’t yet published a plan, providing any exceptional circumstances for why the government shouldn’t intervene.',
        due=None,
        vague=False,
        said='2018-03-23 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.gov.uk/government/news/government-action-on-councils-failing-to-plan-new-homes',
        published='2018-03-23',
    ),
    # the same release: 'In November 2017' looks back: past
    B(
        text='In November 2017, the government confirmed it would commence the consideration of intervention in 15 local authorities where there has been a failure to produce a local plan.',
        due=None,
        vague=False,
        said='2018-03-23 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.gov.uk/government/news/government-action-on-councils-failing-to-plan-new-homes',
        published='2018-03-23',
    ),
    # Commission proposal COM(2018) 381 of 31 May 2018 (EUR-Lex): 'In June 2017, the Commission published' is done: past
    B(
        text='In June 2017, the Commission published a comprehensive Fitness Check evaluation on reporting and monitoring of EU environment policy and drew up an action plan.',
        due=None,
        vague=False,
        said='2018-05-31 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source='https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A52018PC0381',
        published='2018-05-31',
    ),
    # the same release: 'On 18 December 2015 ... approved' (today, done) and 'held on 16 December' refer to what has happened: past
    B(
        text='The European Parliament and the Council representatives identified the compromise package during a trilogue meeting held on 16 December.',
        due=None,
        vague=False,
        said='2015-12-18 09:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source='https://europavarietas.org/evnc/hu/aggregator/sources/123?page=128',
        published='2015-12-18',
    ),
    # the same announcement: the date is 'TBD': no deadline yet, the clock time alone names no day: event
    B(
        text='Submission Deadline for Full Applications: 5 PM ET, TBD',
        due=None,
        vague=False,
        said='2015-01-07 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source='https://pdfdrive.to/dl/open-2015-foa-notice-of-intent-concept-paper-0107-arpa-e',
        published='2015-01-07',
    ),
    # DOE Solar Energy Technologies Office funding notice (the page shows no date; taken as 4 April 2024): 'On April 4, 2024 ... announced' is done: past
    B(
        text='On April 4, 2024, the U.S. Department of Energy (DOE) Solar Energy Technologies Office (SETO) announced the Concentrating Solar Flux to Heat and Power funding opportunity, which will award up to $30 million for research, development, and demonstration projects that accelerate the large-scale development of CSP technology.',
        due=None,
        vague=False,
        said='2024-04-04 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='https://www.energy.gov/eere/solar/funding-notice-concentrating-solar-flux-heat-and-power',
        published='2024-04-04',
    ),
    # the same news item: 'adjourned on Tuesday 22 July 2014' is yesterday, done: past
    B(
        text='The House of Commons adjourned on Tuesday 22 July 2014 for the Summer recess.',
        due=None,
        vague=False,
        said='2014-07-23 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://webtest.parliament.uk/business/news/news-by-year/2014/july/house-of-commons-rises-for-summer-recess-2014',
        published='2014-07-23',
    ),
    # the same news item: 'over the summer recess' is a period the sentence does not date: event.
    # unsure: with the page's next sitting (1 September 2014) a reader may date the recess's end
    B(
        text='A number of House of Commons Select Committee reports are due to be published over the summer recess.',
        due=None,
        vague=False,
        said='2014-07-23 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://webtest.parliament.uk/business/news/news-by-year/2014/july/house-of-commons-rises-for-summer-recess-2014',
        published='2014-07-23',
    ),
    # the same answer: 'I cannot say when' gives no date: event
    B(
        text='These would be very expensive schemes, and I cannot say when they will be carried out.',
        due=None,
        vague=False,
        said='1954-05-11 13:41:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/lords/1954/may/11/national-gallery-exhibition-space',
        published='1954-05-11',
    ),
    # the same answer: 'no estimate can be made of the date': no deadline, event
    B(
        text='Their repair will involve major building operations which will take a considerable time in present circumstances and no estimate can be made of the date when they will be completed.',
        due=None,
        vague=False,
        said='1946-03-20 17:34:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/lords/1946/mar/20/re-opening-of-british-museum',
        published='1946-03-20',
    ),
    # the same answer: 'unlikely that repairs will be complete before 1952' gives only the earliest: 1 January 1952 (00:00 GMT)
    B(
        text='The National Gallery and the Natural History Museum suffered greater damage, and it is unlikely that repairs will be complete before 1952.',
        due=None,
        vague=False,
        said='1948-12-13 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='1952-01-01 00:00:00',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/written_answers/1948/dec/13/museums-and-galleries-war-damage',
        published='1948-12-13',
    ),
    # Lords, 15 December 1948 (London Museum): 'start ... in the Spring' is a start and 'unlikely ... completed before 1950' gives only the earliest end: earliest 1 January 1950 (00:00 GMT).
    # unsure: a reader may take spring 1949 (the start) as the date to track
    B(
        text='It is the intention to start any necessary alterations in the Spring and it is unlikely that the work will be completed before 1950.',
        due=None,
        vague=False,
        said='1948-12-15 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='1950-01-01 00:00:00',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/lords/1948/dec/15/the-london-museum',
        published='1948-12-15',
    ),
    # the same answer: 'closed ... on 22 February' is done (three days before): past
    B(
        text="The Victoria and Albert Museum (V&A) closed its musical instruments gallery on 22 February, as part of the museum's ongoing refurbishment plans.",
        due=None,
        vague=False,
        said='2010-02-25 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://www.theyworkforyou.com/wrans/?id=2010-02-25a.316.0',
        published='2010-02-25',
    ),
    # the same notice: 'released on March 12, 2004' is done: past
    B(
        text='SUPPLEMENTARY INFORMATION: This is a summary of the Auction No. 56 Procedures Public Notice released on March 12, 2004.',
        due=None,
        vague=False,
        said='2004-04-20 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source='http://frwebgate.access.gpo.gov/cgi-bin/getdoc.cgi?dbname=2004_register&docid=fr20ap04-64',
        published='2004-04-20',
    ),
    # the same meeting: 'for the period until 2026' is the span the programme covers; the sentence gives the drafting no date: event.
    # unsure: a reader may take the end of 2026 as the deadline
    B(
        text='As you know, under the Executive Order I have signed we should draft a renovation programme for schools for the period until 2026.',
        due=None,
        vague=False,
        said='2021-07-28 07:00:00',
        tz='Europe/Moscow',
        refusal='event',
        cluster=5,
        source='https://nkeu.foreignaffairs.co.nz/2021/07/28/meeting-on-preparations-for-the-new-academic-year/',
        published='2021-07-28',
    ),
    # the same page: the programme's launch is undated and 'from 2026 onwards' only says when the textbooks start: earliest 1 January 2026 (00:00 Moscow time).
    # unsure: a reader may refuse it as an undated event instead
    B(
        text='In addition, a professional development programme for history teachers will be launched to help them adapt to the new, standardised textbooks they will be using across the country to teach History and Social Studies from 2026 onwards.',
        due=None,
        vague=False,
        said='2025-08-27 07:00:00',
        tz='Europe/Moscow',
        refusal='earliest',
        earliest='2025-12-31 21:00:00',
        cluster=5,
        source='http://en.special.kremlin.ru/catalog/keywords/83/events/77853',
        published='2025-08-27',
    ),
    # KildareStreet, written answer of 4 May 2005: 'normally commence in June' describes what happens each year: recurring
    B(
        text='Payments under the 2004 extensification premium scheme normally commence in June.',
        due=None,
        vague=False,
        said='2005-05-04 09:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source='https://www.kildarestreet.com/wrans/?id=2005-05-04.1536.0',
        published='2005-05-04',
    ),
    # Dáil written answers of 24 May 1994: 'paid ... on 19 May 1994' is done: past; '1993' is the scheme year
    B(
        text='The person named was paid his full 1993 suckler cow grant on 19 May 1994.',
        due=None,
        vague=False,
        said='1994-05-24 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/1994-05-24/70/',
        published='1994-05-24',
    ),
    # the same notice: the original end 'July 23, 2018' has been replaced by the extension: negated
    B(
        text='The original comment period was to end on July 23, 2018.',
        due=None,
        vague=False,
        said='2018-06-21 14:00:00',
        tz='America/New_York',
        refusal='negated',
        cluster=5,
        source='https://thefederalregister.org/83-FR/28843',
        published='2018-06-21',
    ),
    # the same release: 'provisionally agreed ... on 3 December 2025' is done: past
    B(
        text='The draft law was provisionally agreed between Parliament and Council negotiators on 3 December 2025.',
        due=None,
        vague=False,
        said='2025-12-16 09:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source='https://politikinewsaaa.blogspot.com/2025/12/european-parliament-update.html?m=1',
        published='2025-12-16',
    ),
    # the same page: 'signed in Moscow on December 10, 2010' is past
    B(
        text='The Protocol was signed in Moscow on December 10, 2010.',
        due=None,
        vague=False,
        said='2014-01-17 15:30:00',
        tz='Europe/Moscow',
        refusal='past',
        cluster=5,
        source='http://en.kremlin.ru/acts/news/20079',
        published='2014-01-17',
    ),
    # -- cluster 6: ordinary controls
    # Dáil, 18 October 2017 (questions on promised legislation): 'will be published tomorrow' is 19 October 2017, end of day (Irish summer time)
    B(
        text='That was agreed to this morning and the Bill will be published tomorrow.',
        due='2017-10-19 22:59:59',
        vague=False,
        said='2017-10-18 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.oireachtas.ie/ga/debates/debate/dail/2017-10-18/7/',
        published='2017-10-18',
    ),
    # NOAA release of 15 March 2017 (carried by Saving Seafood): 'through March 31' is 31 March 2017, end of day Eastern (EDT)
    B(
        text='If you hold a groundfish permit for 2016, you may submit DAS leases through March 31.',
        due='2017-04-01 03:59:59',
        vague=False,
        said='2017-03-15 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://savingseafood.org/news/management-regulation/groundfish-days-sea-leasing-deadline-extended-march-31',
        published='2017-03-15',
    ),
    # the same release: 'no later than March 31' is 31 March 2017, end of day Eastern
    B(
        text='Paper DAS lease applications must be received in our office no later than March 31.',
        due='2017-04-01 03:59:59',
        vague=False,
        said='2017-03-15 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://savingseafood.org/news/management-regulation/groundfish-days-sea-leasing-deadline-extended-march-31',
        published='2017-03-15',
    ),
    # the same notice: 'by October 1, 2009', end of day Eastern (EDT)
    B(
        text='To testify or question witnesses at the hearing, interested persons must submit (transmit, postmark, or deliver) a notice by October 1, 2009, providing the following information:',
        due='2009-10-02 03:59:59',
        vague=False,
        said='2009-09-14 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://regulations.justia.com/regulations/fedreg/2009/09/14/E9-21975.html',
        published='2009-09-14',
    ),
    # House of Commons news of 23 July 2014: 'will next sit on Monday 1 September 2014', end of day BST
    B(
        text='The Commons Chamber will next sit on Monday 1 September 2014',
        due='2014-09-01 22:59:59',
        vague=False,
        said='2014-07-23 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://webtest.parliament.uk/business/news/news-by-year/2014/july/house-of-commons-rises-for-summer-recess-2014',
        published='2014-07-23',
    ),
    # Lords, 20 March 1946 at 5.34 p.m. (British Museum): 'by the end of this month' is 31 March 1946, end of day (GMT; summer time began 14 April that year)
    B(
        text='Of the above work, that on the King Edward Galleries will be completed by the end of this month, and that on the Manuscript Rooms is already finished, except for some plate glass which is still on order.',
        due='1946-03-31 23:59:59',
        vague=False,
        said='1946-03-20 17:34:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/lords/1946/mar/20/re-opening-of-british-museum',
        published='1946-03-20',
    ),
    # Commons written answer of 13 December 1948 (war damage to museums): 'by 1951 and possibly earlier' is due at the end of 1951 (GMT)
    B(
        text='The extent of the damage varies considerably, but the Geological Museum, the Imperial War Museum, the National Maritime Museum, the Science Museum, the Tate Gallery, the Victoria and Albert Museum and the Wallace Collection are cases where repairs should be completed by 1951 and possibly earlier.',
        due='1951-12-31 23:59:59',
        vague=False,
        said='1948-12-13 10:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/written_answers/1948/dec/13/museums-and-galleries-war-damage',
        published='1948-12-13',
    ),
    # Lords, 15 July 1998 (Welsh Industrial and Maritime Museum): 'by the end of September' is 30 September 1998, end of day BST
    B(
        text='The replies to the consultative document are due in by the end of September',
        due='1998-09-30 22:59:59',
        vague=False,
        said='1998-07-15 09:00:00',
        tz='Europe/London',
        cluster=6,
        source='https://api.parliament.uk/historic-hansard/lords/1998/jul/15/welsh-industrial-and-maritime-museum',
        published='1998-07-15',
    ),
    # the same notice: 'by the June 17, 2011, deadline', end of day Eastern (EDT)
    B(
        text='Each of these applicants will become a qualified bidder upon receipt by the Commission of the required upfront payment by the June 17, 2011, deadline described below.',
        due='2011-06-18 03:59:59',
        vague=False,
        said='2011-06-08 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://www.fcc.gov/document/auction-700-mhz-band-licenses-status-short-form-applications-participate-auction-92',
        published='2011-06-08',
    ),
    # the same meeting: preparations 'for September 1' fall due on 1 September 2021, end of day Moscow time
    B(
        text='No one has cancelled preparations for September 1, and therefore, I would like to hear from you how this work is advancing this year.',
        due='2021-09-01 20:59:59',
        vague=False,
        said='2021-07-28 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='https://nkeu.foreignaffairs.co.nz/2021/07/28/meeting-on-preparations-for-the-new-academic-year/',
        published='2021-07-28',
    ),
    # kremlin.ru (special version), meeting with Government members (the page's date is not shown; taken as 27 August 2025, when the Kremlin announced it; the label holds for any day in August): policies 'slated for implementation on September 1', 1 September 2025, end of day Moscow time
    B(
        text='Sergei Kravtsov briefed the President on a series of new policies slated for implementation on September 1.',
        due='2025-09-01 20:59:59',
        vague=False,
        said='2025-08-27 07:00:00',
        tz='Europe/Moscow',
        cluster=6,
        source='http://en.special.kremlin.ru/catalog/keywords/83/events/77853',
        published='2025-08-27',
    ),
    # White House press gaggle, Friday 16 June 2006 at 10:03 a.m. EDT: 'On Monday' is Monday 19 June 2006, end of day Eastern (EDT)
    B(
        text='On Monday the President will give the commencement address at the United States Merchant Marine Academy.',
        due='2006-06-20 03:59:59',
        vague=False,
        said='2006-06-16 14:03:00',
        tz='America/New_York',
        cluster=6,
        source='https://georgewbush-whitehouse.archives.gov/news/releases/2006/06/20060616.html',
        published='2006-06-16',
    ),
    # KildareStreet, written question of 12 February 2008: 'the scheme closing date of 31 March 2008', end of day (IST from 30 March)
    B(
        text='Question 422: To ask the Minister for Agriculture, Fisheries and Food the number of applications received to date under a scheme (details supplied); and the projected number of applications expected by the scheme closing date of 31 March 2008.',
        due='2008-03-31 22:59:59',
        vague=False,
        said='2008-02-12 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source='https://www.kildarestreet.com/wrans/?id=2008-02-12.1458.0',
        published='2008-02-12',
    ),
    # Federal Register of 5 May 2020 (EPA, particulate matter hearing; reached through a GovDelivery link to govinfo): comments 'on or before June 29, 2020', end of day Eastern (EDT)
    B(
        text='DATES: Comments on the proposed action must be received on or before June 29, 2020.',
        due='2020-06-30 03:59:59',
        vague=False,
        said='2020-05-05 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.eyJidWxsZXRpbl9saW5rX2lkIjoxNjEsInVyaSI6ImJwMjpjbGljayIsImJ1bGxldGluX2lkIjoiMjAyMDA1MDUuMjEwMzQ0MDEiLCJ1cmwiOiJodHRwczovL3d3dy5nb3ZpbmZvLmdvdi9jb250ZW50L3BrZy9GUi0yMDIwLTA1LTA1L2h0bWwvMjAyMC0wOTQ4MC5odG0ifQ.iZEkeIz9D1SWSxpDHeUctjjVbhf-JAhDNMxZ1LnkIrw/br/78220436375-l',
        published='2020-05-05',
    ),
    # Federal Register of 11 May 2016 (EPA, visibility rule; thefederalregister.org): 'Wednesday, June 1, 2016', end of day in the publisher's zone (EDT), though the hearing is in Denver
    B(
        text='The hearing will be held on Wednesday, June 1, 2016, in Denver, Colorado.',
        due='2016-06-02 03:59:59',
        vague=False,
        said='2016-05-11 14:00:00',
        tz='America/New_York',
        cluster=6,
        source='https://thefederalregister.org/81-FR/29243',
        published='2016-05-11',
    ),
    # the same release: 'by 30 September 2027', end of day Brussels (CEST)
    B(
        text='Pipeline gas imports will be phased out by 30 September 2027.',
        due='2027-09-30 21:59:59',
        vague=False,
        said='2025-12-16 09:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source='https://politikinewsaaa.blogspot.com/2025/12/european-parliament-update.html?m=1',
        published='2025-12-16',
    ),
)
