"""A TWENTY-FIRST fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-02 (UTC), between about 15:11 and 15:25 by the machine's
clock, by a labelling helper (branch issue12l-s17) that neither changed nor ran the parser:
it read only `CONVENTIONS.md` (the labelling rules settled on 2026-12-02, rule 2.4 on the
perfect tense included, which win over any earlier set's comment), the docstrings of
`blind_real.py` and `blind_fresh20.py` and the latter's comments, the parser package's
docstring (for the documented vague windows, "in the new year", business days, decades and
period forms), the README next to this file and the scoring rule of `bench/deadlines.py` (a
case is right when both say no deadline, or the due instant agrees to the minute and, for a
case labelled vague, the parser's result is vague too). The sentences were found with a
search over stored copies of public pages and taken as they came in the pages read; see
README.md ("Twenty-first fresh blind set") for every address, publisher and licence. No
address listed in README.md, in a `#` header or README under `tests/data/articles/` or
`tests/data/agreement/`, or in the shared claims files was used: each was checked against
those lists (and against the sources of the other set files) and claimed (`fresh21`) before
a quote was taken (most pages the searches offered were already used and were dropped); and
no sentence already in another set (checked by a text search over the set files). Each label
was worked out by hand from the words, the publication date and the publisher's zone alone;
the conversion of local instants to UTC wall time and the weekday and day-count arithmetic
were done with Python's zoneinfo and datetime in a scratch script outside the repository,
never with code of the project. No run of `parse_deadline`, `interpret_deadline`,
`bench/deadlines.py` or the tests touched these texts before the labels were committed; the
helpers improving the parser have not seen them. See README.md for the count and the
composition by publisher and by kind.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.2"), then `blind_real.py` and `blind_fresh20.py`: the publisher's zone (UK
Parliament and gov.uk: Europe/London; Oireachtas: Europe/Dublin; kremlin.ru: Europe/Moscow;
EU institutions: Europe/Brussels; US federal publishers, NASA, VOA and the White House:
America/New_York); the publication date at 10:00 local unless the source gives the time of
speaking; a day falls due at 23:59:59 local (zoneinfo's history decides the offset: British
Summer Time through the winters of 1940-45 and British Standard Time, UTC+1, from 1968 to
1971); a clock time without a zone word is in the publisher's zone; a range, a list or a
schedule falls due at its later end; GB financial years end on 31 March (as in the earlier
sets); "early", "mid" and "late" split a period in thirds; quarters end on their last day;
vague windows as the parser's docstring documents them ("soon", "shortly", "as soon as
possible": 60 days; CONVENTIONS 5.1; "in the new year": early next year, vague), at the end
of the day they reach; a question that names a future time for what it asks about is
labelled with that time, as the earlier sets did; refusals have `due=None` and a `refusal`
kind (earliest | negated | past | event | recurring), with `earliest` at 00:00 local for
start-only wording (at the clock time when one is given); a case with no time at all has
`due=None` and no refusal word. Where the carrying page shows no date, the comment says
which reference was taken and for which range of days the label holds. Labels marked
"unsure" name the other reading; like every label here they stay as committed, whatever the
first run shows. First run: not yet taken (the lead runs it once, after merging, and records
it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_LIGHTS_1894 = 'https://api.parliament.uk/historic-hansard/commons/1894/jun/07/electrical-communication-with-lighthouses'
_LIGHT_FUND_1937 = 'https://api.parliament.uk/historic-hansard/commons/1937/feb/16/lighthouse-fund'
_PALACE_REPAIR_1933 = 'https://cy.theyworkforyou.com/debates/?id=1933-07-28a.2950.8&s=speaker%3A18598'
_STRATHY_1929 = 'https://api.parliament.uk/historic-hansard/commons/1929/feb/19/lighthouse-strathy-point'
_NEW_BUILDING_1989 = 'https://api.parliament.uk/historic-hansard/written_answers/1989/jul/28/new-parliamentary-building'
_WRITTENS_20APR90 = 'https://publications.parliament.uk/pa/cm198990/cmhansrd/1990-04-20/Writtens-1.html'
_NE_SPECIES_2023 = 'https://www.ukpol.co.uk/tag/press-release/page/706'
_DLUHC_HISTORIC_2024 = 'https://www.ukpol.co.uk/category/press-releases/page/439'
_BIA_NCLB_2010 = 'https://regulations.justia.com/regulations/fedreg/2010/09/28/2010-24409.html'
_SCHOOL_LOI_2018 = 'https://www.oireachtas.ie/en/debates/question/2018-10-02/254/'
_KS_QPL_16OCT19 = 'https://www.kildarestreet.com/debate/?id=2019-10-16a.210'
_SCHOOL_LOA_2022 = 'https://www.oireachtas.ie/ga/debates/question/2022-05-24/430/'
_HOUSES_1920 = 'https://api.parliament.uk/historic-hansard/commons/1920/feb/26/houses-completed'
_HOUSES_1919 = 'https://api.parliament.uk/historic-hansard/commons/1919/nov/13/houses-completed'
_COMPLETIONS_OCT69 = 'https://api.parliament.uk/historic-hansard/commons/1969/oct/14/completions'
_STARTS_NOV69 = 'https://api.parliament.uk/historic-hansard/written_answers/1969/nov/18/housing-starts-and-completions'
_COUNCIL_1992 = 'https://api.parliament.uk/historic-hansard/written_answers/1992/oct/27/council-house-building'
_COUNCIL_1980 = 'https://api.parliament.uk/historic-hansard/written_answers/1980/feb/25/council-house-building'
_COUNCIL_1990 = 'https://hansard.parliament.uk/Commons/1990-06-27/debates/7bb1b2a0-6160-4bde-88cf-c712dfbfcd77/CouncilHouseBuilding'
_SEANAD_11JUN75 = 'http://historical-debates.oireachtas.ie/S/0081/S.0081.197506110002.html'
_NASA_EVA_28OCT15 = 'https://blogs.nasa.gov/spacestation/2015/10/28/watch-spacewalk-with-kelly-and-lindgren-live-on-nasa-tv-now/'
_BARROSO_3JUL12 = 'http://europa.eu/rapid/press-release_SPEECH-12-517_en.htm?locale=en'
_KS_NBP_20NOV25 = 'https://www.kildarestreet.com/wrans/?id=2025-11-20a.20'
_KS_NBP_29JUL25 = 'https://www.kildarestreet.com/wrans/?id=2025-07-29a.4008'
_KS_NBP_7OCT25 = 'https://www.kildarestreet.com/wrans/?id=2025-10-07a.709.q'
_KS_NBP_26JUN25 = 'https://www.kildarestreet.com/wrans/?id=2025-06-26a.690.r'
_WH_SCHEDULE_KATRINA = 'https://swap.stanford.edu/was/20160311035101mp_/https://www.whitehouse.gov/blog'
_VOA_LE_30JUN15 = 'https://learningenglish.voanews.com/a/2843945.html'
_VOA_LE_25SEP14 = 'https://learningenglish.voanews.com/a/2462803.html'
_GOVUK_FEED_BROCK = 'https://sasastunts.com/search/news-and-communications.atom?topic%5B%5D=b2bb17ba-4bbb-42b6-9439-432b487f3830'
_GOVUK_FEED_M6_MAR19 = 'https://sasastunts.com/search/news-and-communications.atom?topic%5B%5D=b2bb17ba-4bbb-42b6-9439-432b487f3830'
_GOVUK_FEED_M6_FEB19 = 'https://sasastunts.com/search/news-and-communications.atom?topic%5B%5D=b2bb17ba-4bbb-42b6-9439-432b487f3830'
_GOVUK_FEED_SPAGHETTI = 'https://sasastunts.com/search/news-and-communications.atom?topic%5B%5D=b2bb17ba-4bbb-42b6-9439-432b487f3830'
_GOVUK_FEED_STACK = 'https://sasastunts.com/search/news-and-communications.atom?topic%5B%5D=b2bb17ba-4bbb-42b6-9439-432b487f3830'
_HA_BANK_HOLIDAY_2006 = 'https://www.infrasite.nl/wegen/2006/05/26/uk-roadworks-lifted-for-bank-holiday/'
_NEWCASTLE_PO_1910 = 'http://api.parliament.uk/historic-hansard/commons/1910/feb/23/new-post-office-newcastle-under-lyme'
_WELWYN_PO_1958 = 'https://api.parliament.uk/historic-hansard/written_answers/1958/jul/30/office-facilities-welwyn-garden-city'
_LYDNEY_PO_1923 = 'https://api.parliament.uk/historic-hansard/written_answers/1923/mar/26/lydney-office'
_NASA_M17_003 = 'http://thespacelibrary.com/mediawiki/index.php?direction=next&oldid=66549&title=Jan_13_2017'
_JPL_OCEANS_2017 = 'https://cosmologyandspace.wordpress.com/category/announcements/media-teleconferencing/'
_NASA_M16_005 = 'https://cosmologyandspace.wordpress.com/category/announcements/media-teleconferencing/'
_EC_DAILY_21MAY21 = 'https://fr.readkong.com/page/european-commission-daily-news-6835857'
_EC_DAILY_23JUL21 = 'https://www.readkong.com/page/european-commission-daily-news-european-union-3684480'
_CO_IWILLWRITES = 'http://webarchive.nationalarchives.gov.uk/+/http://www.cabinetoffice.gov.uk/parliamentary-clerk-guide/annex-iwillwrites.aspx'

FRESH21_CASES: tuple[BlindCase, ...] = (
    # Commons oral answer, Thursday 7 June 1894 (President of the Board of Trade): money placed 'in the last financial year' (1893-94, gone): past
    B(
        text='In the last financial year £10,000 was placed at the disposal of the Board of Trade for the purpose of effecting electrical communication with light-vessels, &c.',
        due=None,
        vague=False,
        said='1894-06-07 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_LIGHTS_1894,
        published='1894-06-07',
    ),
    # the same answer: the money 'in the present financial year' is to be spent in that year, the GB financial year 1894-95 ending 31 March 1895 (as in the earlier sets), end of day (GMT); '£11,000' is an amount; unsure: 'has been placed' could be read as a past act with no deadline of its own, but 'it is intended to expend' is the undertaking and the year bounds it
    B(
        text='In the present financial year £11,000 has been similarly placed at the disposal of the Board of Trade, and it is intended to expend this amount in connecting the "Haisborough" and the "Shipwash" Light-vessels with the shore and in laying a cable to the "Tuskar" Rock Lighthouse.',
        due='1895-03-31 23:59:59',
        vague=False,
        said='1894-06-07 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_LIGHTS_1894,
        published='1894-06-07',
    ),
    # Commons oral answer, Tuesday 16 February 1937: a balance estimated for 'the end of the present financial year on 31st March next' is checked then: 31 March 1937, end of day (GMT); unsure: an estimate of a sum at a date, no act promised (no deadline at all would be the other reading)
    B(
        text='The balance which will be available on the General Lighthouse Fund at the end of the present financial year on 31st March next is estimated at £270,000.',
        due='1937-03-31 23:59:59',
        vague=False,
        said='1937-02-16 10:00:00',
        tz='Europe/London',
        cluster=4,
        source=_LIGHT_FUND_1937,
        published='1937-02-16',
    ),
    # the same answer: accounts for 'the year ended 31st March, 1936' and 'the past 10 years': past
    B(
        text='As my hon. Friend will see from the accounts of the fund for the year ended 31st March, 1936, laid before Parliament, the revenue does not regularly exceed the expenditure, and the net excess over the past 10 years was quite small (about £45,000).',
        due=None,
        vague=False,
        said='1937-02-16 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_LIGHT_FUND_1937,
        published='1937-02-16',
    ),
    # the same answer: authorised 'year by year' is a standing practice (the scheme 'has recently been initiated' is past): recurring
    B(
        text='Additions and improvements in the lighthouse services are authorised year by year as requisite, and a scheme for the replacement of obsolescent light-vessels has recently been initiated.',
        due=None,
        vague=False,
        said='1937-02-16 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source=_LIGHT_FUND_1937,
        published='1937-02-16',
    ),
    # the same exchange, a supplementary question: no time at all
    B(
        text='Will the balance in this fund be pinched by the Chancellor of the Exchequer for Defence?',
        due=None,
        vague=False,
        said='1937-02-16 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_LIGHT_FUND_1937,
        published='1937-02-16',
    ),
    # Commons oral answers, Friday 28 July 1933: the question asks for a date and gives none: no deadline
    B(
        text='asked the First Commissioner of Works if he can give an approximate date when the refacing and repairing work now in progress on the Houses of Parliament will be completed?',
        due=None,
        vague=False,
        said='1933-07-28 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_PALACE_REPAIR_1933,
        published='1933-07-28',
    ),
    # the same exchange: completion 'in 1941' falls due at the end of 1941 (British Summer Time was kept through that winter: UTC+1)
    B(
        text='It is anticipated that the work will be completed in 1941.',
        due='1941-12-31 22:59:59',
        vague=False,
        said='1933-07-28 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_PALACE_REPAIR_1933,
        published='1933-07-28',
    ),
    # the same exchange: the details left 'when we have done the main work' hang on an undated event, and 'a long time before 1941' is a hope about it: event; unsure: the hope could be read as the main work due before 1941 (end of 1940)
    B(
        text='When we have done the main work, which I hope will be a long time before 1941, there will still be a lot of small details, but the appearance to the general public will not be as bad as this year and next year.',
        due=None,
        vague=False,
        said='1933-07-28 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=3,
        source=_PALACE_REPAIR_1933,
        published='1933-07-28',
    ),
    # the same exchange: 'an earlier date' names no time: no deadline
    B(
        text='Cannot more labour be employed and the work completed at an earlier date?',
        due=None,
        vague=False,
        said='1933-07-28 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_PALACE_REPAIR_1933,
        published='1933-07-28',
    ),
    # the same exchange: an estimate 'given the other day': past
    B(
        text='I gave that the other day: in all, from when we began to repair till the end, three-quarters of a million.',
        due=None,
        vague=False,
        said='1933-07-28 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_PALACE_REPAIR_1933,
        published='1933-07-28',
    ),
    # Commons oral answer, Tuesday 19 February 1929 (President of the Board of Trade): 'In 1925': past
    B(
        text="In 1925 the scheme was provided for in the Authority's Estimates, but was not pressed by them in view of the heavy expense of £34,000 involved and of the lack of funds for more urgent lighthouse works.",
        due=None,
        vague=False,
        said='1929-02-19 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_STRATHY_1929,
        published='1929-02-19',
    ),
    # the same answer: 'since 1925': past
    B(
        text='The scheme has not been provided for in the Estimates of the Commissioners since 1925.',
        due=None,
        vague=False,
        said='1929-02-19 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_STRATHY_1929,
        published='1929-02-19',
    ),
    # the same exchange: no time at all
    B(
        text='In the first place, I have no power to initiate lighthouse construction.',
        due=None,
        vague=False,
        said='1929-02-19 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_STRATHY_1929,
        published='1929-02-19',
    ),
    # Commons written answer, Friday 28 July 1989: the contract's completion date 'was required' is the plan as it was (replaced by October 1990 in the next sentence): past; unsure: May 1990 could be read as negated (a time called off, CONVENTIONS 4.1)
    B(
        text='Under the terms of the contract let to Fairclough Building Ltd. in May 1987, construction of the building was required to be completed in May 1990.',
        due=None,
        vague=False,
        said='1989-07-28 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=3,
        source=_NEW_BUILDING_1989,
        published='1989-07-28',
    ),
    # the same answer: 'will not be completed until October 1990' gives only a lower bound (CONVENTIONS 3.2, 'not until 2027'): earliest 1 October 1990, 00:00 BST; 'five and a half months' (misprinted 'live') is the size of the delay
    B(
        text='Following that review the contractor has now reported that, unfortunately, the work will not be completed until October 1990, a delay of live and a half months.',
        due=None,
        vague=False,
        said='1989-07-28 09:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='1990-09-30 23:00:00',
        cluster=5,
        source=_NEW_BUILDING_1989,
        published='1989-07-28',
    ),
    # the same answer: 'not ... until the Easter recess, 1991' is a lower bound tied to an undated sitting event: event; unsure: earliest around Easter 1991 (31 March) would be the other reading
    B(
        text='On the assumption that Fairclough Building Ltd. achieve its revised forecast the building will not now be ready for occupation until the Easter recess, 1991.',
        due=None,
        vague=False,
        said='1989-07-28 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_NEW_BUILDING_1989,
        published='1989-07-28',
    ),
    # the same answer: 'after the House returns from the summer adjournment' is an undated event: event
    B(
        text='I understand that the Sub-Committee will be taking evidence after the House returns from the summer adjournment.',
        due=None,
        vague=False,
        said='1989-07-28 09:00:00',
        tz='Europe/London',
        refusal='event',
        cluster=5,
        source=_NEW_BUILDING_1989,
        published='1989-07-28',
    ),
    # Commons written answers, Friday 20 April 1990: the summit 'to be held ... on 29 to 30 September' is a one-off event at a time (CONVENTIONS 3.1), a range due at its later end: 30 September 1990, end of day (BST); 'the 1990s' names the needs, not a deadline
    B(
        text="Mr. Canavan : To ask the Prime Minister whether she will attend the summit meeting of world leaders to be held by the United Nations on 29 to 30 September to address the urgent needs of children in the 1990s ; and if she will make a statement about the role of Her Majesty's Government in planning the agenda for the meeting.",
        due='1990-09-30 22:59:59',
        vague=False,
        said='1990-04-20 09:00:00',
        tz='Europe/London',
        cluster=3,
        source=_WRITTENS_20APR90,
        published='1990-04-20',
    ),
    # the same answers: no time at all
    B(
        text='The Prime Minister : I cannot yet say whether it will be possible for me to attend this summit.',
        due=None,
        vague=False,
        said='1990-04-20 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_WRITTENS_20APR90,
        published='1990-04-20',
    ),
    # the same answers: 'in the years 1988 and 1989': past
    B(
        text='Mr. Sheerman : To ask the Secretary of State for the Home Department how many people of no fixed abode were arrested in the years 1988 and 1989 in (a) the Metropolitan police district and (b) England and Wales.',
        due=None,
        vague=False,
        said='1990-04-20 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source=_WRITTENS_20APR90,
        published='1990-04-20',
    ),
    # Natural England press release, Monday 3 April 2023: the scheme 'was launched today' is an act done when the words are published (as the perfect, CONVENTIONS 2.4): past
    B(
        text='A new multi-million pound grant scheme was launched today (Monday 3rd April) by Natural England to help safeguard rare and threatened species from extinction.',
        due=None,
        vague=False,
        said='2023-04-03 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_NE_SPECIES_2023,
        published='2023-04-03',
    ),
    # the same release: a scheme launched that day runs 'over two years' (CONVENTIONS 1.1, a window run for a stated length from the moment of speaking): 3 April 2025, end of day (BST); unsure: 'over two years' could be read as each project's length, a standing rule (recurring)
    B(
        text='The scheme will support projects over two years delivering targeted conservation action through the creation and improvement of specific wildlife habitats, conservation translocations – whereby native at-risk species are moved or released from one geographic area to another to boost populations – as well as supporting research and creating solutions to address species decline.',
        due='2025-04-03 22:59:59',
        vague=False,
        said='2023-04-03 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_NE_SPECIES_2023,
        published='2023-04-03',
    ),
    # the same release, a quote of the Chair: no time at all
    B(
        text="England's wildlife is subject to a range of pressures with many species seeing drastic decline.",
        due=None,
        vague=False,
        said='2023-04-03 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_NE_SPECIES_2023,
        published='2023-04-03',
    ),
    # DLUHC press release, Wednesday 3 January 2024: 'have been published today' is the perfect with a day word (CONVENTIONS 2.4): past
    B(
        text='New plans have been published today to remove barriers and drive energy efficiency in historic homes, cutting energy bills for households across the country, while also ensuring that the important historical and beautiful features of these homes are properly protected.',
        due=None,
        vague=False,
        said='2024-01-03 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_DLUHC_HISTORIC_2024,
        published='2024-01-03',
    ),
    # the same release: 'before 1919' names a class of homes, '£428 a year' a cost: no deadline
    B(
        text='Currently, owners of home built before 1919 face paying on average £428 a year more on energy bills if their home is not energy efficient*, while the review found planning was a major issue faced by households, with frustration about the time it takes to get planning permission.',
        due=None,
        vague=False,
        said='2024-01-03 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_DLUHC_HISTORIC_2024,
        published='2024-01-03',
    ),
    # the same release: the commitments 'has set out' are done, but the Government's commitment 'to reach Net Zero by 2050' is a standing target: end of 2050 (GMT); unsure: the sentence is told in the perfect (CONVENTIONS 2.4 would make it past), but the perfect governs the review, not the 2050 target
    B(
        text="The review has set out a series of commitments to drive energy efficiency and low carbon heating improvements to listed buildings and buildings in conservation areas across England, as part of the Government's commitment to reach Net Zero by 2050.",
        due='2050-12-31 23:59:59',
        vague=False,
        said='2024-01-03 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_DLUHC_HISTORIC_2024,
        published='2024-01-03',
    ),
    # the same release, the Minister's quote: 'our shared goal to reach Net Zero by 2050': end of 2050 (GMT)
    B(
        text='This review will ensure they are preserved for future generations to enjoy, while also improve the lives of those who live in them by reducing their energy costs, supporting us in our shared goal to reach Net Zero by 2050.',
        due='2050-12-31 23:59:59',
        vague=False,
        said='2024-01-03 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_DLUHC_HISTORIC_2024,
        published='2024-01-03',
    ),
    # Federal Register notice (BIA), Tuesday 28 September 2010: a meeting with no time in this sentence: no deadline
    B(
        text='In accordance with the Federal Advisory Committee Act, the Bureau of Indian Affairs is announcing that the No Child Left Behind School Facilities and Construction Negotiated Rulemaking Committee will hold its fourth meeting in Bloomington, Minnesota.',
        due=None,
        vague=False,
        said='2010-09-28 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_BIA_NCLB_2010,
        published='2010-09-28',
    ),
    # the same notice: '2001' names an Act: no deadline
    B(
        text='The purpose of the meeting is to continue working on reports and recommendations to Congress and the Secretary as required under the No Child Left Behind Act of 2001.',
        due=None,
        vague=False,
        said='2010-09-28 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_BIA_NCLB_2010,
        published='2010-09-28',
    ),
    # the same notice: a meeting from 8 a.m. on 12 October to 12:30 p.m. on 15 October falls due at its later end (CONVENTIONS 6.1); no zone word, so the publisher's zone (EDT): 16:30 UTC; unsure: the meeting is in Bloomington, Minnesota, where 12:30 p.m. CDT would be 17:30 UTC
    B(
        text='DATES: The Committee’s fourth meeting will begin at 8 a.m. on October 12, 2010, and end at 12:30 p.m. on October 15, 2010.',
        due='2010-10-15 16:30:00',
        vague=False,
        said='2010-09-28 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_BIA_NCLB_2010,
        published='2010-09-28',
    ),
    # the same notice: no time at all
    B(
        text='The reports are to be submitted to Congress and to the Secretary.',
        due=None,
        vague=False,
        said='2010-09-28 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_BIA_NCLB_2010,
        published='2010-09-28',
    ),
    # Dáil written answer, Tuesday 2 October 2018 (Minister for Education): 'issued on 21st September 2018': past
    B(
        text='The Letter of Intent for this school project issued on 21st September 2018.',
        due=None,
        vague=False,
        said='2018-10-02 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_SCHOOL_LOI_2018,
        published='2018-10-02',
    ),
    # the same answer: 'in Quarter 4 of 2018' falls due at the quarter's end, 31 December 2018, end of day (GMT); the 'when' clause is the condition, the quarter the time
    B(
        text='The Letter of Acceptance appointing the contractor is expected to be issued in Quarter 4 of 2018 when all the necessary documentation has been received from the preferred bidder.',
        due='2018-12-31 23:59:59',
        vague=False,
        said='2018-10-02 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_SCHOOL_LOI_2018,
        published='2018-10-02',
    ),
    # the same answer: 'in Q3 2019': 30 September 2019, end of day (IST)
    B(
        text='The project is expected to reach completion in Q3 2019.',
        due='2019-09-30 22:59:59',
        vague=False,
        said='2018-10-02 09:00:00',
        tz='Europe/Dublin',
        cluster=4,
        source=_SCHOOL_LOI_2018,
        published='2018-10-02',
    ),
    # Dáil, Questions on Promised Legislation, Wednesday 16 October 2019, 12:40 (the Taoiseach): 'ready to go in the new year' reads as early next year, vague (parser docstring: 'in the new year' is early next year, vague): early 2020 is January-April, so 30 April 2020, end of day (IST); the first clause is a past condition
    B(
        text='It would already have gone ahead had the contractor who got the tender not pulled out but we have approached a second contractor and are ready to go in the new year.',
        due='2020-04-30 22:59:59',
        vague=True,
        said='2019-10-16 11:40:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_QPL_16OCT19,
        published='2019-10-16',
    ),
    # the same answer: no time of its own ('the same goes' points back to the new year, but the sentence gives no time words): no deadline
    B(
        text='The same goes for the Edmund Rice Schools Trust but that does not have planning permission yet so that is the next step in respect of that particular project.',
        due=None,
        vague=False,
        said='2019-10-16 11:40:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_QPL_16OCT19,
        published='2019-10-16',
    ),
    # Dáil written answer, Tuesday 24 May 2022 (Minister for Education): 'issued ... on the 18th May 2022': past
    B(
        text='The Letter of Acceptance (LOA) issued to the preferred tenderer on the 18th May 2022 commencing the school building contract for the school referred to by the Deputy.',
        due=None,
        vague=False,
        said='2022-05-24 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_SCHOOL_LOA_2022,
        published='2022-05-24',
    ),
    # the same answer: 'shortly' and 'as soon as possible' are undertakings with the documented 60-day window (CONVENTIONS 5.1): 60 days from 24 May 2022 is 23 July 2022, end of day (IST), vague
    B(
        text='The construction programme underpinning the contract will be provided by the Contractor shortly and my Department will advise the school as soon as possible in this regard.',
        due='2022-07-23 22:59:59',
        vague=True,
        said='2022-05-24 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_SCHOOL_LOA_2022,
        published='2022-05-24',
    ),
    # Commons oral answers, Thursday 26 February 1920: the question's own date for the houses, 'by 31st December 1920', as earlier sets label a dated question: end of day (GMT)
    B(
        text='asked the Minister of Health if he can give an estimate of the number of houses that he expects will be completed fit for occupation under the Housing and Town Planning Acts by 31st December 1920?',
        due='1920-12-31 23:59:59',
        vague=False,
        said='1920-02-26 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HOUSES_1920,
        published='1920-02-26',
    ),
    # the same answer: 'the coming year' names the period a number depends on, with no undertaking: no deadline; unsure: 'during the coming year' could be read as a year from speaking (26 February 1921)
    B(
        text='The number of houses completed during the coming year must depend very largely on the supply of labour available for building, a matter on which I have much misgiving.',
        due=None,
        vague=False,
        said='1920-02-26 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HOUSES_1920,
        published='1920-02-26',
    ),
    # the same answer: 'by the end of December next' is the dated undertaking: 31 December 1920, end of day (GMT); unsure: 'in a year from this spring' (to the end of spring 1921, 31 May 1921) is the other, later time of the sentence
    B(
        text='If this is available I anticipate the building of 200,000 houses in a year from this spring, and I shall be disappointed if more than half of that number have not been completed by the end of December next.',
        due='1920-12-31 23:59:59',
        vague=False,
        said='1920-02-26 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_HOUSES_1920,
        published='1920-02-26',
    ),
    # Commons oral answers, Thursday 13 November 1919: returns 'up to Saturday last' and plans submitted: past; '491 56,168' (a misprint) and '43,299' are counts
    B(
        text='The Returns up to Saturday last show that local authorities and public utility societies in England and Wales have submitted detailed plans for 491 56,168 houses, of which 43,299 have been approved.',
        due=None,
        vague=False,
        said='1919-11-13 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source=_HOUSES_1919,
        published='1919-11-13',
    ),
    # the same answer: tenders 'have been actually approved': past; 'immediate occupation' is no time given to anyone
    B(
        text='Detailed information as to the number of houses which have been completed and are fit for immediate occupation, is not available, but tenders have been actually approved for 9,500 houses.',
        due=None,
        vague=False,
        said='1919-11-13 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_HOUSES_1919,
        published='1919-11-13',
    ),
    # the same exchange: asks when and gives no time: no deadline
    B(
        text='Can the right hon. Gentleman say when he will be able to give a return of the number of houses actually completed?',
        due=None,
        vague=False,
        said='1919-11-13 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HOUSES_1919,
        published='1919-11-13',
    ),
    # the same exchange: 'in a very short time' is a question about what could be done, no undertaking: no deadline
    B(
        text='Is it not a fact that the Minister is in constant communication with all these districts and he can get this information in a very short time?',
        due=None,
        vague=False,
        said='1919-11-13 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HOUSES_1919,
        published='1919-11-13',
    ),
    # the same exchange: 'has already completed twelve': past; 'twelve' is a count
    B(
        text='I happen to know it is not correct because my own society has already completed twelve.',
        due=None,
        vague=False,
        said='1919-11-13 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_HOUSES_1919,
        published='1919-11-13',
    ),
    # Commons oral answers, Tuesday 14 October 1969 (Minister of Housing): the completions are counted 'by 31st December' and 'in the year': 31 December 1969, end of day (British Standard Time, UTC+1, kept all year from 1968 to 1971); unsure: the date sits inside a forecast declined ('it is not possible to forecast'), which could be read as negated (CONVENTIONS 4.1)
    B(
        text='Since the effect of weather and the strength of market demand in the private sector is variable at this time of the year, it is not possible to forecast how many of them will be brought to completion by 31st December, but completions in the year will not be up to the record figure achieved last year.',
        due='1969-12-31 22:59:59',
        vague=False,
        said='1969-10-14 09:00:00',
        tz='Europe/London',
        cluster=3,
        source=_COMPLETIONS_OCT69,
        published='1969-10-14',
    ),
    # the same exchange: the supplementary quotes the Government's idea of a surplus 'by 1973', dated in a question as earlier sets label one: end of 1973 (GMT); unsure: an opponent's question reporting an idea, with no undertaking of the speaker (no deadline would be the other reading)
    B(
        text='Will he have a sense of urgency in his housing programme or will he remain complacent, holding to the idea that by 1973 there will be a surplus of houses?',
        due='1973-12-31 23:59:59',
        vague=False,
        said='1969-10-14 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_COMPLETIONS_OCT69,
        published='1969-10-14',
    ),
    # the same exchange: no time at all
    B(
        text='I assure the hon. Gentleman that I certainly have a sense of urgency.',
        due=None,
        vague=False,
        said='1969-10-14 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_COMPLETIONS_OCT69,
        published='1969-10-14',
    ),
    # the same exchange: 'shall achieve this year' falls due at the end of 1969 (UTC+1, British Standard Time); '310,000 a year' and 'the last five years' are past figures
    B(
        text='That is why we have achieved, and shall achieve this year, a much higher figure of completions than the average of 310,000 a year during the last five years of Conservative rule.',
        due='1969-12-31 22:59:59',
        vague=False,
        said='1969-10-14 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_COMPLETIONS_OCT69,
        published='1969-10-14',
    ),
    # Commons written answers, Tuesday 18 November 1969: 'between 1951 and 1963': past; '350,000' is a count
    B(
        text='This figure of 350,000 has not been exceeded in any year between 1951 and 1963.',
        due=None,
        vague=False,
        said='1969-11-18 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source=_STARTS_NOV69,
        published='1969-11-18',
    ),
    # the same answer: past
    B(
        text='In 1964 and in every succeeding year the figure was exceeded.',
        due=None,
        vague=False,
        said='1969-11-18 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_STARTS_NOV69,
        published='1969-11-18',
    ),
    # the same answer: 'again in 1969', the current year: its end, 31 December 1969 (UTC+1, British Standard Time)
    B(
        text='It should do so again in 1969.',
        due='1969-12-31 22:59:59',
        vague=False,
        said='1969-11-18 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_STARTS_NOV69,
        published='1969-11-18',
    ),
    # the same answers: an undertaking with no time: no deadline
    B(
        text='I will circulate the figures as requested.',
        due=None,
        vague=False,
        said='1969-11-18 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_STARTS_NOV69,
        published='1969-11-18',
    ),
    # the same answers: figures for 1963 and 1968: past (a 'from ... to ...' of counts, not a span of time to come)
    B(
        text='They range from 293,391 in 1963 to 416,366 in 1968.',
        due=None,
        vague=False,
        said='1969-11-18 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source=_STARTS_NOV69,
        published='1969-11-18',
    ),
    # Commons written answer, Tuesday 27 October 1992: the question's years, a list, fall due at the latest (CONVENTIONS 6.1): 31 December 1994, end of day (GMT)
    B(
        text='To ask the Secretary of State for the Environment if he will estimate the number of new council homes which will be(a) started and (b) completed in 1992, 1993 and 1994.',
        due='1994-12-31 23:59:59',
        vague=False,
        said='1992-10-27 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_COUNCIL_1992,
        published='1992-10-27',
    ),
    # the same answer: no time at all
    B(
        text='The Department does not prepare forecasts of housebuilding activity.',
        due=None,
        vague=False,
        said='1992-10-27 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_COUNCIL_1992,
        published='1992-10-27',
    ),
    # Commons written answer, Monday 25 February 1980: building 'in 1980', the current year, falls due at its end (GMT); unsure: no undertaking of the speaker (it is left to local authorities), so no deadline would be the other reading
    B(
        text='Within their single block housing investment programme allocation, it will be for local authorities to decide what resources to devote to new council house building in 1980.',
        due='1980-12-31 23:59:59',
        vague=False,
        said='1980-02-25 10:00:00',
        tz='Europe/London',
        cluster=1,
        source=_COUNCIL_1980,
        published='1980-02-25',
    ),
    # Commons written answer, Wednesday 27 June 1990: 'during 1990 and 1991' falls due at the later end: 31 December 1991, end of day (GMT)
    B(
        text='To ask the Secretary of State for the Environment how many new council properties for rent he expects to be completed during 1990 and 1991.',
        due='1991-12-31 23:59:59',
        vague=False,
        said='1990-06-27 09:00:00',
        tz='Europe/London',
        cluster=3,
        source=_COUNCIL_1990,
        published='1990-06-27',
    ),
    # the same answer: 'the first four months of 1990' are gone: past
    B(
        text='In the first four months of 1990, 4,300 new council dwellings are provisionally estimated to have been completed.',
        due=None,
        vague=False,
        said='1990-06-27 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=1,
        source=_COUNCIL_1990,
        published='1990-06-27',
    ),
    # the same answer: no time at all
    B(
        text='The Government do not forecast council housing output.',
        due=None,
        vague=False,
        said='1990-06-27 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_COUNCIL_1990,
        published='1990-06-27',
    ),
    # Seanad Order of Business, Wednesday 11 June 1975: item numbers only: no deadline
    B(
        text='It is proposed to take Nos. 1 and 2 in that order.',
        due=None,
        vague=False,
        said='1975-06-11 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_SEANAD_11JUN75,
        published='1975-06-11',
    ),
    # the same Order of Business: 'not to take it before 7 p.m.' gives only a lower bound (CONVENTIONS 3.2): earliest 7 p.m. that day (IST, UTC+1); 'by 4 o'clock' is the condition and the meeting at 4 o'clock the reason
    B(
        text="As regards No. 2, if that is not reached by 4 o'clock it is proposed not to take it before 7 p.m. because the Minister has a meeting which he cannot avoid at 4 o'clock.",
        due=None,
        vague=False,
        said='1975-06-11 09:00:00',
        tz='Europe/Dublin',
        refusal='earliest',
        earliest='1975-06-11 18:00:00',
        cluster=2,
        source=_SEANAD_11JUN75,
        published='1975-06-11',
    ),
    # the same Order of Business: 'adjourn at 4 o'clock' that day, a sitting-day hour (4 p.m., IST); '3.30 p.m.' is the condition
    B(
        text="I take it that if we reach it at 3.30 p.m., we will still have to adjourn at 4 o'clock.",
        due='1975-06-11 15:00:00',
        vague=False,
        said='1975-06-11 09:00:00',
        tz='Europe/Dublin',
        cluster=2,
        source=_SEANAD_11JUN75,
        published='1975-06-11',
    ),
    # the same Order of Business: 'leave it until 7 o'clock' puts the item off to 7 p.m., a lower bound like 'not before 7 p.m.' above (CONVENTIONS 3.2): earliest 7 p.m. (IST); unsure: the item put off to 7 p.m. could be read as taken then, due at 7 p.m. (as 'postponed to Thursday', CONVENTIONS 4.1)
    B(
        text="If we are close up to it it looks as though it would be better to leave it until 7 o'clock.",
        due=None,
        vague=False,
        said='1975-06-11 09:00:00',
        tz='Europe/Dublin',
        refusal='earliest',
        earliest='1975-06-11 18:00:00',
        cluster=2,
        source=_SEANAD_11JUN75,
        published='1975-06-11',
    ),
    # NASA Space Station blog, Wednesday 28 October 2015 (posted during the coverage; the post gives no time, so 10:00 EDT is taken): 'today's spacewalk' names the present, coverage already under way: no deadline
    B(
        text='NASA Television is providing live coverage of today’s U.S. spacewalk from the International Space Station.',
        due=None,
        vague=False,
        said='2015-10-28 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_NASA_EVA_28OCT15,
        published='2015-10-28',
    ),
    # the same post: a walk that begins at 8:10 a.m. EDT that day and lasts about 6 hours 30 minutes falls due at its end (CONVENTIONS 1.1; parser docstring 'begin at T and run about N hours'): 2:40 p.m. EDT = 18:40 UTC; the label holds for any reference that morning before 2:40 p.m.; unsure: with the reference at 10:00, a reader could put the bare 8:10 a.m. on the next day
    B(
        text='The spacewalk is scheduled to begin at 8:10 a.m. EDT, unless the crew is ready to begin earlier, and will last about 6 hours and 30 minutes.',
        due='2015-10-28 18:40:00',
        vague=False,
        said='2015-10-28 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_EVA_28OCT15,
        published='2015-10-28',
    ),
    # the same post: the act has no time in this sentence and 'since 2011' is past: no deadline; '45' names an expedition
    B(
        text='Expedition 45 Commander Scott Kelly and Flight Engineer Kjell Lindgren will venture out of the space station to install a thermal cover on the Alpha Magnetic Spectrometer, which is a state-of-the-art particle physics detector that has been attached to the space station since 2011.',
        due=None,
        vague=False,
        said='2015-10-28 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NASA_EVA_28OCT15,
        published='2015-10-28',
    ),
    # the same post: ordinals, no time: no deadline
    B(
        text='This will be the first spacewalk for both Kelly and Lindgren and the 189th in support of space station assembly and maintenance.',
        due=None,
        vague=False,
        said='2015-10-28 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NASA_EVA_28OCT15,
        published='2015-10-28',
    ),
    # the same post: an anniversary on a date (a one-off event at a time, CONVENTIONS 3.1): 2 November 2015, end of day Eastern, after daylight time ended on 1 November (EST, UTC-5); '15 years' is the length being marked; unsure: an anniversary is no undertaking (no deadline would be the other reading)
    B(
        text='Nov. 2 will mark 15 years of humans continuously living aboard the International Space Station to advance scientific knowledge and demonstrate new technologies, making research breakthroughs not possible on Earth that also will enable long-duration human and robotic exploration into deep space.',
        due='2015-11-03 04:59:59',
        vague=False,
        said='2015-10-28 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_EVA_28OCT15,
        published='2015-10-28',
    ),
    # European Commission, speech of President Barroso to the European Parliament, Tuesday 3 July 2012 (Strasbourg): a present perfect of work nearly done, no time: past
    B(
        text='We have almost completed the second European Semester.',
        due=None,
        vague=False,
        said='2012-07-03 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_BARROSO_3JUL12,
        published='2012-07-03',
    ),
    # the same speech: 'in the following debate' is an undated event: event
    B(
        text='Since we will discuss the results of the European Council and the euro area summit in the following debate, in this speech I will only highlight a number of specific issues.',
        due=None,
        vague=False,
        said='2012-07-03 08:00:00',
        tz='Europe/Brussels',
        refusal='event',
        cluster=5,
        source=_BARROSO_3JUL12,
        published='2012-07-03',
    ),
    # the same speech: past
    B(
        text='Very serious and in-depth work has taken place on the Commission proposals for country-specific recommendations.',
        due=None,
        vague=False,
        said='2012-07-03 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_BARROSO_3JUL12,
        published='2012-07-03',
    ),
    # the same speech: 'now approved' and past verbs: past
    B(
        text='And the Growth Compact, now approved, recognised this, and indeed paved the way for determined action for growth.',
        due=None,
        vague=False,
        said='2012-07-03 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_BARROSO_3JUL12,
        published='2012-07-03',
    ),
    # Dáil written answer, Thursday 20 November 2025: 'as of November 2025' is the month of asking, the state now: no deadline; unsure: the month could be read as due at its end (30 November 2025)
    B(
        text='To ask the Minister for Communications, Climate Action and Environment to provide an update on the roll out of the National Broadband Plan as of November 2025, including progress in rural areas; and if he will make a statement on the matter.',
        due=None,
        vague=False,
        said='2025-11-20 10:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_NBP_20NOV25,
        published='2025-11-20',
    ),
    # the same answer: a standing target 'by 2026': end of 2026 (GMT); 'published in January 2025' dates the programme; '1.1 million' is a count
    B(
        text='The Programme for Government – Securing Ireland’s Future published in January 2025 sets a number of targets which include the completion of the installation of high-speed fibre broadband to 1.1 million people, including homes, farms, and businesses nationwide, by 2026.',
        due='2026-12-31 23:59:59',
        vague=False,
        said='2025-11-20 10:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_KS_NBP_20NOV25,
        published='2025-11-20',
    ),
    # the same answer: an expectation reported in the past ('anticipated they would'; the next sentence says it is already exceeded): past (parser docstring round 4, a plan reported in the past); unsure: the end of 2025 (31 December 2025) is still ahead when said
    B(
        text='NBI anticipated they would pass 420,000 premises by the end of 2025.',
        due=None,
        vague=False,
        said='2025-11-20 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_KS_NBP_20NOV25,
        published='2025-11-20',
    ),
    # the same answer: a figure already exceeded and a monthly rate: past (no deadline)
    B(
        text='NBI have exceeded that figure in already passing over 430,000 premises in the intervention area and are connecting on average 4,500 premises to their fibre network per month.',
        due=None,
        vague=False,
        said='2025-11-20 10:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_KS_NBP_20NOV25,
        published='2025-11-20',
    ),
    # the same answer: 'When completed' is an undated event: event
    B(
        text='When completed, Ireland will rank in the top tier of EU member states on the provision of widespread high speed broadband connectivity to its citizens, communities and enterprises.',
        due=None,
        vague=False,
        said='2025-11-20 10:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source=_KS_NBP_20NOV25,
        published='2025-11-20',
    ),
    # Dáil written answer, Tuesday 29 July 2025: the question's target 'by 2026': end of 2026 (GMT); '5G' and '1.1 million' are no times
    B(
        text='To ask the Minister for Communications, Climate Action and Environment the progress to date in delivering high-speed fibre broadband to 1.1 million premises by 2026; the measures being taken to address remaining blackspots; how 5G and connected hubs policy will integrate with cultural and community development; and if he will make a statement on the matter.',
        due='2026-12-31 23:59:59',
        vague=False,
        said='2025-07-29 09:00:00',
        tz='Europe/Dublin',
        cluster=1,
        source=_KS_NBP_29JUL25,
        published='2025-07-29',
    ),
    # the same answer: past, with a monthly rate
    B(
        text='NBI has also passed over 381,000 premises in the intervention area and are connecting circa 4,400 premises to their fibre network per month.',
        due=None,
        vague=False,
        said='2025-07-29 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=5,
        source=_KS_NBP_29JUL25,
        published='2025-07-29',
    ),
    # the same answer: 'by end of 2025': 31 December 2025, end of day (GMT)
    B(
        text='NBI expect to have passed over 420,000 premises by end of 2025.',
        due='2025-12-31 23:59:59',
        vague=False,
        said='2025-07-29 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_NBP_29JUL25,
        published='2025-07-29',
    ),
    # the same answer: 'by the end of 2026': 31 December 2026, end of day (GMT)
    B(
        text='Based on current plans and achievements, the Department expect to deliver the deployment of the NBP by the end of 2026, as per the Programme for Government commitment.',
        due='2026-12-31 23:59:59',
        vague=False,
        said='2025-07-29 09:00:00',
        tz='Europe/Dublin',
        cluster=6,
        source=_KS_NBP_29JUL25,
        published='2025-07-29',
    ),
    # Dáil written answers, Tuesday 7 October 2025: counts of what is done: past (no deadline)
    B(
        text='I have been advised by National Broadband Ireland (NBI) that over 8,960 premises are now passed with a high-speed fibre broadband network and are available to order/pre-order in County Dublin, with over 2,290 premises now connected.',
        due=None,
        vague=False,
        said='2025-10-07 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=1,
        source=_KS_NBP_7OCT25,
        published='2025-10-07',
    ),
    # the same answer: 'by the end of network deployment' is an undated event: event
    B(
        text='A further circa 4,000 premises in County Dublin will be passed by NBI’s high speed fibre broadband by the end of network deployment.',
        due=None,
        vague=False,
        said='2025-10-07 09:00:00',
        tz='Europe/Dublin',
        refusal='event',
        cluster=5,
        source=_KS_NBP_7OCT25,
        published='2025-10-07',
    ),
    # the same answer: two windows given in turn fall due at the later end of the later one (CONVENTIONS 6.1, 6.2): 31 March 2026, end of day (IST, summer time from 29 March 2026)
    B(
        text='These premises have an anticipated date for connection between October 2025 to December 2025 and January 2026 to March 2026 respectively.',
        due='2026-03-31 22:59:59',
        vague=False,
        said='2025-10-07 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_KS_NBP_7OCT25,
        published='2025-10-07',
    ),
    # the same answers: 'issued in February 2025' is past and the question names no time to come: past (no deadline)
    B(
        text='To ask the Minister for Communications, Climate Action and Environment if any additional capital funding will be needed for the national broadband plan beyond the additional €80 million of funding issued in February 2025; and if he will make a statement on the matter.',
        due=None,
        vague=False,
        said='2025-10-07 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=1,
        source=_KS_NBP_7OCT25,
        published='2025-10-07',
    ),
    # Dáil written answer, Thursday 26 June 2025: the strategy published in December 2022 set a standing target 'no later than 2028': end of 2028 (GMT); unsure: the target is told inside a past clause ('set out'), which could be read as past
    B(
        text="In December 2022, Ireland's Digital Connectivity Strategy was published which supports the ambition outlined in the National Digital Strategy and set out a number of targets including that all Irish households and businesses will be covered by a Gigabit network no later than 2028.",
        due='2028-12-31 23:59:59',
        vague=False,
        said='2025-06-26 09:00:00',
        tz='Europe/Dublin',
        cluster=3,
        source=_KS_NBP_26JUN25,
        published='2025-06-26',
    ),
    # the same answer: a monthly rate: recurring
    B(
        text='National Broadband Ireland (NBI) are connecting circa 4,400 homes each month.',
        due=None,
        vague=False,
        said='2025-06-26 09:00:00',
        tz='Europe/Dublin',
        refusal='recurring',
        cluster=5,
        source=_KS_NBP_26JUN25,
        published='2025-06-26',
    ),
    # the same answer: past
    B(
        text='Over 132,200 premises are already connected to the National Broadband Plan high-speed broadband network.',
        due=None,
        vague=False,
        said='2025-06-26 09:00:00',
        tz='Europe/Dublin',
        refusal='past',
        cluster=1,
        source=_KS_NBP_26JUN25,
        published='2025-06-26',
    ),
    # White House schedule on the whitehouse.gov blog (the archived copy shows no date; the visit marking ten years since Hurricane Katrina was on Thursday 27 August 2015, taken at 10:00 EDT that day by the rule; the label holds for any reference that day before noon): 'In the morning' ends at 12:00 (parser docstring), EDT: 16:00 UTC
    B(
        text='In the morning, the President will travel to New Orleans, Louisiana.',
        due='2015-08-27 16:00:00',
        vague=False,
        said='2015-08-27 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_SCHEDULE_KATRINA,
        published='2015-08-27',
    ),
    # the same schedule: 'the past 10 years' is gone and the meeting has no time in this sentence: no deadline
    B(
        text='While in New Orleans, the President will meet with residents and youth who have rebuilt their lives over the past 10 years since the devastation of Hurricane Katrina.',
        due=None,
        vague=False,
        said='2015-08-27 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_WH_SCHEDULE_KATRINA,
        published='2015-08-27',
    ),
    # the same schedule: 'In the afternoon' ends at 18:00 (parser docstring), EDT: 22:00 UTC
    B(
        text='In the afternoon, the President will depart Louisiana en route Washington, DC.',
        due='2015-08-27 22:00:00',
        vague=False,
        said='2015-08-27 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_WH_SCHEDULE_KATRINA,
        published='2015-08-27',
    ),
    # VOA Learning English, Tuesday 30 June 2015: talks 'extended until July 7' run to that day (CONVENTIONS 3.3): 7 July 2015, end of day (EDT); 'said Tuesday' is the verb of speaking (CONVENTIONS 2.2)
    B(
        text="Negotiations on Iran's nuclear program have been extended until July 7, U.S. officials said Tuesday.",
        due='2015-07-08 03:59:59',
        vague=False,
        said='2015-06-30 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_VOA_LE_30JUN15,
        published='2015-06-30',
    ),
    # the same story: the old end date, replaced by 7 July in the sentence before, is called off (CONVENTIONS 4.1): negated; unsure: 'were to end' could be read as the plan as it was (past)
    B(
        text='The negotiations were to end June 30.',
        due=None,
        vague=False,
        said='2015-06-30 14:00:00',
        tz='America/New_York',
        refusal='negated',
        cluster=5,
        source=_VOA_LE_30JUN15,
        published='2015-06-30',
    ),
    # the same story: 'ahead of the United Nations conference' hangs on an event this sentence does not date: event
    B(
        text='They discussed new plans to reduce carbon emissions ahead of the United Nations conference on climate change.',
        due=None,
        vague=False,
        said='2015-06-30 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_VOA_LE_30JUN15,
        published='2015-06-30',
    ),
    # the same story: a one-off event 'in December' (CONVENTIONS 3.1) falls due at the month's end: 31 December 2015, end of day (EST)
    B(
        text='The international gathering will take place in December in Paris.',
        due='2016-01-01 04:59:59',
        vague=False,
        said='2015-06-30 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_VOA_LE_30JUN15,
        published='2015-06-30',
    ),
    # the same story: 'pledged to ... by 2030': end of 2030 (EST); '20 percent' is an amount; the past 'pledged' is the verb of making the pledge, not a past deadline
    B(
        text='Both countries pledged to increase the use of renewable energy to 20 percent of national electricity production by 2030.',
        due='2031-01-01 04:59:59',
        vague=False,
        said='2015-06-30 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_VOA_LE_30JUN15,
        published='2015-06-30',
    ),
    # the same story: 'by 2030 from 2005 levels': end of 2030 (EST); 2005 is the baseline
    B(
        text='He said China will aim to reduce its emissions by at least 60 percent by 2030 from 2005 levels.',
        due='2031-01-01 04:59:59',
        vague=False,
        said='2015-06-30 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_VOA_LE_30JUN15,
        published='2015-06-30',
    ),
    # the same story: 'seven weeks ago': past
    B(
        text='The World Health Organization declared the country free of the virus seven weeks ago.',
        due=None,
        vague=False,
        said='2015-06-30 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_30JUN15,
        published='2015-06-30',
    ),
    # the same story: 'died June 24' (six days before): past
    B(
        text='A health official in Liberia told VOA the boy died June 24 and was given a safe burial the next day.',
        due=None,
        vague=False,
        said='2015-06-30 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_30JUN15,
        published='2015-06-30',
    ),
    # VOA Learning English, Thursday 25 September 2014: 'by November 24th': 24 November 2014, end of day (EST)
    B(
        text='Negotiators from Britain, China, France, Germany, Russia and the U.S. are trying to reach a nuclear agreement with Iran by November 24th.',
        due='2014-11-25 04:59:59',
        vague=False,
        said='2014-09-25 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_VOA_LE_25SEP14,
        published='2014-09-25',
    ),
    # the same story: a projection 'reported' on Tuesday, no undertaking: past (parser docstring round 6, what a report stated is the past); unsure: 'by January 2015' could be read as due at the end of January 2015
    B(
        text='On Tuesday, the U.S. Centers for Disease Control and Prevention (CDC) reported that up to 1.4 million people in West Africa could be infected with the Ebola virus by January 2015.',
        due=None,
        vague=False,
        said='2014-09-25 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_25SEP14,
        published='2014-09-25',
    ),
    # the same story: 'kidnapped in April': past; '200' is a count
    B(
        text='Police in Nigeria said Boko Haram has released one of the 200 females it kidnapped in April.',
        due=None,
        vague=False,
        said='2014-09-25 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_25SEP14,
        published='2014-09-25',
    ),
    # the same story: 'was found Wednesday' (the day before): past; '20-year-old' is an age
    B(
        text='A Nigerian police spokesman said the 20-year-old hostage was found Wednesday in the village of Mubi in Adamawa state.',
        due=None,
        vague=False,
        said='2014-09-25 14:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_VOA_LE_25SEP14,
        published='2014-09-25',
    ),
    # gov.uk news feed (Highways England), item of Thursday 24 September 2020, 15:18 BST: no time at all
    B(
        text='Due to disruption caused by the strike in Calais, drivers heading to the Port of Dover and Eurotunnel are being advised to plan-ahead and leave extra time for their journeys.',
        due=None,
        vague=False,
        said='2020-09-24 14:18:55',
        tz='Europe/London',
        cluster=6,
        source=_GOVUK_FEED_STACK,
        published='2020-09-24',
    ),
    # the same feed, headline of Friday 10 January 2020, 08:49 GMT: work 'to be removed from next week' gives only when it starts (CONVENTIONS 3.2, an activity given only its start): earliest Monday 13 January 2020, 00:00 GMT; unsure: the removal could be read as due within next week (Sunday 19 January 2020)
    B(
        text='M20 Operation Brock barrier to be removed from next week',
        due=None,
        vague=False,
        said='2020-01-10 08:49:41',
        tz='Europe/London',
        refusal='earliest',
        earliest='2020-01-13 00:00:00',
        cluster=5,
        source=_GOVUK_FEED_BROCK,
        published='2020-01-10',
    ),
    # the same feed, item of Monday 18 March 2019, 09:15 GMT: a closure 'this weekend' falls due at the weekend's end, Sunday 24 March 2019, end of day (GMT); 'up to 18 hours' is the closure's length inside that weekend
    B(
        text='Drivers are being reminded that the M6 will be closed for up to 18 hours this weekend as work is carried out to dismantle a bridge stretching across the motorway.',
        due='2019-03-24 23:59:59',
        vague=False,
        said='2019-03-18 09:15:16',
        tz='Europe/London',
        cluster=6,
        source=_GOVUK_FEED_M6_MAR19,
        published='2019-03-18',
    ),
    # the same feed, item of Wednesday 20 February 2019, 13:47 GMT: 'next month' is March 2019, due at its end, 31 March 2019, end of day (BST began that morning: 22:59:59 UTC)
    B(
        text='A bridge over the M6 will be dismantled next month as part of major work to upgrade the motorway in Staffordshire.',
        due='2019-03-31 22:59:59',
        vague=False,
        said='2019-02-20 13:47:33',
        tz='Europe/London',
        cluster=6,
        source=_GOVUK_FEED_M6_FEB19,
        published='2019-02-20',
    ),
    # the same feed, item of Thursday 20 July 2017, 11:20 BST: a closure kept 'until 4th September' falls due that day (CONVENTIONS 3.3): 4 September 2017, end of day (BST)
    B(
        text='Spaghetti Junction to remain closed until 4th September.',
        due='2017-09-04 22:59:59',
        vague=False,
        said='2017-07-20 10:20:16',
        tz='Europe/London',
        cluster=6,
        source=_GOVUK_FEED_SPAGHETTI,
        published='2017-07-20',
    ),
    # Highways Agency press release, Friday 26 May 2006: 'has been completed': past
    B(
        text='In addition work on ten schemes has been completed ahead of the holiday.',
        due=None,
        vague=False,
        said='2006-05-26 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_HA_BANK_HOLIDAY_2006,
        published='2006-05-26',
    ),
    # the same release: 'before setting out' is no time: no deadline
    B(
        text='Drivers should plan their journeys before setting out the Highways Agency advises.',
        due=None,
        vague=False,
        said='2006-05-26 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_HA_BANK_HOLIDAY_2006,
        published='2006-05-26',
    ),
    # the same release: a window from Friday 26 May to 'midnight on Bank Holiday Monday', the spring bank holiday, Monday 29 May 2006, falls due at its later end; midnight ends that day (parser docstring): 23:59:59 BST
    B(
        text='Roadworks and lane restrictions are being removed between Friday May 26th and midnight on Bank Holiday Monday.',
        due='2006-05-29 22:59:59',
        vague=False,
        said='2006-05-26 09:00:00',
        tz='Europe/London',
        cluster=3,
        source=_HA_BANK_HOLIDAY_2006,
        published='2006-05-26',
    ),
    # the same release: 'fifty-four' is a count: no deadline
    B(
        text='For safety reasons, roadworks at fifty-four locations will remain.',
        due=None,
        vague=False,
        said='2006-05-26 09:00:00',
        tz='Europe/London',
        cluster=1,
        source=_HA_BANK_HOLIDAY_2006,
        published='2006-05-26',
    ),
    # Commons oral answers, Wednesday 23 February 1910 (First Commissioner of Works): a start ('in May next') and a completion ('by Midsummer, 1911') both belong to the work, and the completion counts (CONVENTIONS 3.4); Midsummer is the English quarter day, 24 June 1911, end of day (GMT); unsure: Midsummer read as the solstice (21 June) or as the season (summer 1911, to 31 August) are other readings
    B(
        text='It is anticipated that building operations will be commenced in May next, and that the new building will be ready for occupation by Midsummer, 1911.',
        due='1911-06-24 23:59:59',
        vague=False,
        said='1910-02-23 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_NEWCASTLE_PO_1910,
        published='1910-02-23',
    ),
    # the same answer: 'has been improved': past
    B(
        text='The sanitation of the present post office building has been improved, and is considered to be in a satisfactory condition.',
        due=None,
        vague=False,
        said='1910-02-23 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_NEWCASTLE_PO_1910,
        published='1910-02-23',
    ),
    # Commons written answer, Wednesday 30 July 1958 (Assistant Postmaster-General): 'as soon as possible' as the speaker's undertaking is the documented 60 days (CONVENTIONS 5.1): 28 September 1958, end of day (BST), vague; unsure: the extension waits on the sorting office's move, an undated event (CONVENTIONS 5.2 would make it 'event')
    B(
        text='We intend to extend the public office as soon as possible but, to make room for the extension, the sorting office must be moved into a new building which we are going to build in Bessemer Street.',
        due='1958-09-28 22:59:59',
        vague=True,
        said='1958-07-30 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_WELWYN_PO_1958,
        published='1958-07-30',
    ),
    # the same answer: 'will take three or four years' is a duration, no deadline (parser docstring: 'will take about 18 months' is no deadline); unsure: a reader could count four years from the answer (30 July 1962) as the later end of a range
    B(
        text='All this will take three or four years to complete, and I am considering whether there are any short term measures we can take to improve matters meantime.',
        due=None,
        vague=False,
        said='1958-07-30 09:00:00',
        tz='Europe/London',
        cluster=6,
        source=_WELWYN_PO_1958,
        published='1958-07-30',
    ),
    # Commons written answer, Monday 26 March 1923 (Postmaster-General): 'completed last year' is past, 'will ... be carried out this year' falls due at the end of 1923 (GMT); 'subject to Treasury sanction' is a condition
    B(
        text='A first instalment, which comprised the enlargement of the public office was, however, completed last year; and a further instalment involving an extension of the sorting office and the provision of new sanitary accommodation will, subject to Treasury sanction, be carried out this year.',
        due='1923-12-31 23:59:59',
        vague=False,
        said='1923-03-26 10:00:00',
        tz='Europe/London',
        cluster=3,
        source=_LYDNEY_PO_1923,
        published='1923-03-26',
    ),
    # the same answer: 'have been invited': past
    B(
        text='Meanwhile tenders have been invited for the relaying of the drains as an urgent measure.',
        due=None,
        vague=False,
        said='1923-03-26 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source=_LYDNEY_PO_1923,
        published='1923-03-26',
    ),
    # NASA media advisory M17-003 (Friday 13 January 2017): a teleconference 'at 11 a.m. EST Wednesday, Jan. 18' (one-off, CONVENTIONS 3.1): 16:00 UTC; 'annually-scheduled' describes the release, '2016' the year the trends cover
    B(
        text='Climate experts from NASA and the National Oceanic and Atmospheric Administration (NOAA) will provide the annually-scheduled release of data on global temperatures and discuss the most important climate trends of 2016 during a media teleconference at 11 a.m. EST Wednesday, Jan. 18.',
        due='2017-01-18 16:00:00',
        vague=False,
        said='2017-01-13 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_M17_003,
        published='2017-01-13',
    ),
    # the same advisory: telephone numbers, no time: no deadline
    B(
        text='Media can participate in the teleconference by calling 888-323-5258 (toll-free in the United States and Canada) or 415-228-4837 (international) and use the passcode "climate."',
        due=None,
        vague=False,
        said='2017-01-13 15:00:00',
        tz='America/New_York',
        cluster=1,
        source=_NASA_M17_003,
        published='2017-01-13',
    ),
    # NASA media advisory M17-005 on the same page (same day): 'ahead of Super Bowl LI' hangs on an event this sentence does not date: event; 'LI' is a numeral of the event's name
    B(
        text='Media are invited to visit NASA’s Johnson Space Center in Houston ahead of Super Bowl LI to get an insider’s look at the central hub of human space exploration and interview experts from across the agency and industry.',
        due=None,
        vague=False,
        said='2017-01-13 15:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=5,
        source=_NASA_M17_003,
        published='2017-01-13',
    ),
    # the same advisory: an event 'from 7:30 a.m. to 1 p.m. CST' falls due at its later end: 1 p.m. CST = 19:00 UTC (written here as 14:00 Eastern)
    B(
        text='The event will be held from 7:30 a.m. to 1 p.m. CST on Wednesday, Feb. 1.',
        due='2017-02-01 19:00:00',
        vague=False,
        said='2017-01-13 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_M17_003,
        published='2017-01-13',
    ),
    # the same advisory: 'no later than 5 p.m. Friday, Jan. 27' with no zone word is in the publisher's zone (EST): 22:00 UTC; unsure: the Johnson Space Center advisory gives its other times in CST (5 p.m. CST would be 23:00 UTC)
    B(
        text='To apply, media must email jsccommu@mail.nasa.gov no later than 5 p.m. Friday, Jan. 27.',
        due='2017-01-27 22:00:00',
        vague=False,
        said='2017-01-13 15:00:00',
        tz='America/New_York',
        cluster=2,
        source=_NASA_M17_003,
        published='2017-01-13',
    ),
    # NASA/JPL news release, Monday 10 April 2017: a briefing at 11 a.m. PDT (restated as 2 p.m. EDT, the same instant) on Thursday 13 April 2017: 18:00 UTC
    B(
        text='NASA will discuss new results about ocean worlds in our solar system from the agency’s Cassini spacecraft and the Hubble Space Telescope during a news briefing 11 a.m. PDT (2 p.m. EDT) on Thursday, April 13.',
        due='2017-04-13 18:00:00',
        vague=False,
        said='2017-04-10 14:00:00',
        tz='America/New_York',
        cluster=2,
        source=_JPL_OCEANS_2017,
        published='2017-04-10',
    ),
    # the same release: no time at all
    B(
        text='The briefing will be broadcast live on NASA Television and the agency’s website.',
        due=None,
        vague=False,
        said='2017-04-10 14:00:00',
        tz='America/New_York',
        cluster=6,
        source=_JPL_OCEANS_2017,
        published='2017-04-10',
    ),
    # the same release: a launch 'planned for ... the 2020s' falls due at the decade's end (parser docstring, decades): 31 December 2029, end of day (EST); unsure: a mission's planned launch inside a sentence about discoveries, not an undertaking of the speaker
    B(
        text='These new discoveries will help inform future ocean world exploration — including NASA’s upcoming Europa Clipper mission planned for launch in the 2020s — and the broader search for life beyond Earth.',
        due='2030-01-01 04:59:59',
        vague=False,
        said='2017-04-10 14:00:00',
        tz='America/New_York',
        cluster=1,
        source=_JPL_OCEANS_2017,
        published='2017-04-10',
    ),
    # NASA media advisory M16-005, Wednesday 20 January 2016 (on the same blog page): 'was completed Jan. 13, 2016': past
    B(
        text='Orion’s pressure vessel was completed Jan. 13, 2016 at NASA’s Michoud Assembly Facility in New Orleans.',
        due=None,
        vague=False,
        said='2016-01-20 15:00:00',
        tz='America/New_York',
        refusal='past',
        cluster=5,
        source=_NASA_M16_005,
        published='2016-01-20',
    ),
    # European Commission Daily News, Friday 21 May 2021: 'ready end of June': 30 June 2021, end of day (CEST)
    B(
        text='This means that the certificate (previously called the Digital Green Certificate) is well on track to be ready end of June, as planned.',
        due='2021-06-30 21:59:59',
        vague=False,
        said='2021-05-21 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_DAILY_21MAY21,
        published='2021-05-21',
    ),
    # the same item: 'has been reached' and 'two months after' the proposal: past
    B(
        text="The agreement has been reached in record time just two months after the Commission's proposal.",
        due=None,
        vague=False,
        said='2021-05-21 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_EC_DAILY_21MAY21,
        published='2021-05-21',
    ),
    # the same item, the President's quote: 'before the summer' falls due the day before summer starts; summer is meteorological (parser docstring: June-August), so 31 May 2021, end of day (CEST); unsure: astronomical summer (before 21 June) or the 'end of June' of the item's first sentence are other readings
    B(
        text='We are delivering on our commitment to have the EU Digital COVID Certificate up and running before the summer.',
        due='2021-05-31 21:59:59',
        vague=False,
        said='2021-05-21 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_DAILY_21MAY21,
        published='2021-05-21',
    ),
    # the same quote: 'in the next few days' is the documented vague window of 'a few days' (7 days): 28 May 2021, end of day (CEST), vague
    B(
        text='At EU level, the system will be ready in the next few days.',
        due='2021-05-28 21:59:59',
        vague=True,
        said='2021-05-21 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_DAILY_21MAY21,
        published='2021-05-21',
    ),
    # the same quote: 'as soon as possible', the documented 60 days (CONVENTIONS 5.1): 20 July 2021, end of day (CEST), vague; unsure: it is urged on the Member States rather than undertaken by the speaker
    B(
        text='It is now crucial that all Member States press ahead with the roll-out of their national systems to ensure that the system can be up and running as soon as possible.',
        due='2021-07-20 21:59:59',
        vague=True,
        said='2021-05-21 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_DAILY_21MAY21,
        published='2021-05-21',
    ),
    # European Commission Daily News, Friday 23 July 2021: 'adopted today' is an act done when the words are published (the past tense with a day word, as CONVENTIONS 2.4): past
    B(
        text='The European Commission adopted today an extension of the scope of the General Block Exemption Regulation (GBER), which will allow Member States to implement certain aid measures without prior Commission scrutiny.',
        due=None,
        vague=False,
        said='2021-07-23 08:00:00',
        tz='Europe/Brussels',
        refusal='past',
        cluster=5,
        source=_EC_DAILY_23JUL21,
        published='2021-07-23',
    ),
    # the same item: no time at all
    B(
        text='Exempting such aid from prior notification is a major simplification, which facilitates a quick implementation of such measures by Member States, where conditions limiting the distortion of competition in the Single Market are met.',
        due=None,
        vague=False,
        said='2021-07-23 08:00:00',
        tz='Europe/Brussels',
        cluster=6,
        source=_EC_DAILY_23JUL21,
        published='2021-07-23',
    ),
    # Cabinet Office guidance (the archived copy is a snapshot of 25 November 2010, taken as the reference; the page gives no date of its own, and neither label depends on it): 'within the required timescale' names no time: no deadline
    B(
        text='The overriding rule must be that wherever possible a substantive answer should be given to all Parliamentary Questions within the required timescale.',
        due=None,
        vague=False,
        said='2010-11-25 10:00:00',
        tz='Europe/London',
        cluster=6,
        source=_CO_IWILLWRITES,
        published='2010-11-25',
    ),
    # the same guidance: a reply standard for a class of questions with no start of its own ('within a working week', 'on the date stated'): recurring (CONVENTIONS 1.3)
    B(
        text='Named day questions must be answered on the date stated; ordinary written questions should normally be answered within a working week.',
        due=None,
        vague=False,
        said='2010-11-25 10:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source=_CO_IWILLWRITES,
        published='2010-11-25',
    ),
)
