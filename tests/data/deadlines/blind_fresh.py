"""A FRESH blind set of real deadline phrasings (issue 12), labelled by hand before the
parser was ever run on them.

Collected and labelled on 2026-12-01, AFTER the issue-12 parser changes were made against
the tuning set (`blind_real.py`) and BEFORE any run of the parser on these texts. None of
them was seen while the parser was changed. The labels follow the conventions written in
the docstring of `blind_real.py` (same zones, same reference rule: the publication date at
10:00 local unless the source gives the time; a clock time with a zone word is that
instant; a range falls due at its later end; fiscal years end on the publisher's
country's year end; refusals have `due=None` and a `refusal` kind). Where the carrying
page shows no date, the comment says which reference was taken and why the label does
not depend on it. Sources and licences are in README.md next to this file.

First run (once, on commit 775829a): 32 of 43 right (74.4%); the misses are listed in
README.md ("Fresh blind set: first run"). These labels must never
be edited to fit the parser; a disagreement is a finding about the parser (or a labelling
mistake argued in review with the reason written down).
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH_CASES: tuple[BlindCase, ...] = (
    # '£100 billion' is money; 'the next five years' counts from the Budget
    B(
        text='Boosting capital investment by over £100 billion over the next five years',
        due='2029-10-30 23:59:59',
        vague=False,
        said='2024-10-30 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=1,
        source='https://gov.uk/government/publications/autumn-budget-2024/autumn-budget-2024-html',
        published='2024-10-30',
    ),
    # '2%' and 'November 2023' (past) are not the deadline; Q2 2024 is
    B(
        text='The OBR forecasts inflation to fall to its 2% target in Q2 2024, a year earlier than in their November 2023 forecast.',
        due='2024-06-30 22:59:59',
        vague=False,
        said='2024-03-06 10:00:00',
        tz='Europe/London',
        precision='quarter',
        cluster=1,
        source='https://www.gov.uk/government/publications/spring-budget-2024/spring-budget-2024-html',
        published='2024-03-06',
    ),
    # a duration estimate with numbers, conditional on mistakes: no deadline; date: 2020 (page undated; reference taken as 2020-09-01)
    B(
        text='Note that this process can take between three to five business days or as long as four weeks if all steps are not completed correctly.',
        due=None,
        vague=False,
        said='2020-09-01 14:00:00',
        tz='America/New_York',
        refusal='event',
        cluster=1,
        source='https://cpo.noaa.gov/Meet-the-Divisions/Climate-and-Societal-Interactions/The-Adaptation-Sciences-Program/NOFO-FAQ',
        published='2020-09-01',
    ),
    # '2011 Scheme' and '2006 Scheme' are names, not dates; said as the Order came into force; date: 2012-04-01 (in force; Welsh SI 2012/724)
    B(
        text='Subject to the transitional provisions set out in the 2011 Scheme, the 2006 Scheme is to continue in force until 1 September 2012.',
        due='2012-09-01 22:59:59',
        vague=False,
        said='2012-04-01 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=1,
        source='https://www.legislation.gov.uk/wsi/2012/724/schedule/1/paragraph/3/2012-04-01/data.xht?view=snippet&wrap=true',
        published='2012-04-01',
    ),
    # '15(4)' and '31(1)' are regulation numbers; date: 2019 (SI 2019/1440; reference taken as 31 December 2019, any day before February 2020 gives the same label)
    B(
        text='(2A) Regulations 15(4) and 31(1) come into force on 1st February 2020.',
        due='2020-02-01 23:59:59',
        vague=False,
        said='2019-12-31 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=1,
        source='https://legislation.gov.uk/id/uksi/2019/1440/regulation/1/2B/a?view=plain+extent',
        published='2019-12-31',
    ),
    # 'section 99' is a number, '2018 Measure' a name; date: 2018 (SI 2018/720, made in June 2018; reference taken as 15 June 2018)
    B(
        text='The 2018 Measure, so far as not already in force (see section 99 of that Measure), comes into force on 1st September 2018.',
        due='2018-09-01 22:59:59',
        vague=False,
        said='2018-06-15 09:00:00',
        tz='Europe/London',
        precision='day',
        cluster=1,
        source='http://www.legislation.gov.uk/uksi/2018/720/article/2/made/data.xht',
        published='2018-06-15',
    ),
    # 'Artemis II' and 'Artemis III' are names; date: 2024-03-11 (FY 2024-25 agency priority goals, released with the FY 2025 budget)
    B(
        text='By September 30, 2025, NASA will Launch Artemis II, the first crewed Artemis mission; demonstrate a key enabling technology by completing an on-orbit propellant transfer test in preparation for Artemis III; and deliver other key capabilities to enable deep space exploration.',
        due='2025-10-01 03:59:59',
        vague=False,
        said='2024-03-11 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=1,
        source='https://www.performance.gov/agencies/nasa/apg/fy-24-25/',
        published='2024-03-11',
    ),
    # the years 2010, 2000 and 2006 and 'part 1' are names; 'today' is the commitment
    B(
        text='I am pleased to announce the publication today of the Government’s response to Mr David Anderson QC’s report on the operation in 2010 of the Terrorism Act 2000 and part 1 of the Terrorism Act 2006, which will be laid before the House today.',
        due='2011-11-03 23:59:59',
        vague=False,
        said='2011-11-03 10:00:00',
        tz='Europe/London',
        precision='day',
        cluster=1,
        source='https://parallelparliament.co.uk/debate/2011-11-03/commons/written-statements/terrorism-legislation-anderson-report/ministerial-extracts',
        published='2011-11-03',
    ),
    # a standing schedule of hours, not a deadline
    B(
        text='Normal reading room hours are 8 a.m. to 4:30 p.m., Monday through Friday, except holidays.',
        due=None,
        vague=False,
        said='2009-10-23 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=2,
        source='http://www.aibs.org/federal-register-resource/2009_10_23.html',
        published='2009-10-23',
    ),
    # range of times with a zone word: the later end, 3 p.m. EDT
    B(
        text='The Transportation and Related Equipment Technical Advisory Committee will meet on May 29, 2024, 9:30 a.m.-3:00 p.m., Eastern Daylight Time, in the Herbert C. Hoover Building, Room 3884, 1401 Constitution Avenue NW, Washington, DC',
        due='2024-05-29 19:00:00',
        vague=False,
        said='2024-05-15 14:00:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='http://federal.elaws.us/fr/5/15/2024/2024-10547',
        published='2024-05-15',
    ),
    # '7 o'clock' in a sitting-day schedule is 7 p.m.; said at 3.32 pm
    B(
        text="TUESDAY 16 JULY—Opposition Day [19th Allotted Day]. Until about 7 o'clock, there will be a debate on energy policy, followed by a debate on the role of the voluntary sector in British society.",
        due='1996-07-16 18:00:00',
        vague=False,
        said='1996-07-11 14:32:00',
        tz='Europe/London',
        precision='hour',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/commons/1996/jul/11/business-of-the-house',
        published='1996-07-11',
    ),
    # clock time with a zone before the date; date: 2020 (page undated; reference taken as 2020-09-01)
    B(
        text='Full applications must be received by 5:00 p.m. Eastern Time, November 30, 2020.',
        due='2020-11-30 22:00:00',
        vague=False,
        said='2020-09-01 14:00:00',
        tz='America/New_York',
        precision='hour',
        cluster=2,
        source='https://cpo.noaa.gov/Meet-the-Divisions/Climate-and-Societal-Interactions/The-Adaptation-Sciences-Program/NOFO-FAQ',
        published='2020-09-01',
    ),
    # a clock time in the past ('this morning')
    B(
        text="The report was available in the Printed Paper Office this morning at 11 o'clock.",
        due=None,
        vague=False,
        said='1998-10-29 15:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=2,
        source='https://api.parliament.uk/historic-hansard/lords/1998/oct/29/business',
        published='1998-10-29',
    ),
    # 'very soon' and 'no later than the autumn': the explicit limit counts (autumn = Sep-Nov, vague)
    B(
        text='They will be published very soon, and no later than the autumn.',
        due='2015-11-30 23:59:59',
        vague=True,
        said='2015-07-21 09:00:00',
        tz='Europe/London',
        precision='quarter',
        cluster=3,
        source='https://parallelparliament.co.uk/mp/dawn-butler/debate/Commons/2015-07-21/debates/15072125000006/DWPData',
        published='2015-07-21',
    ),
    # 'the date of this order' is the reference (the order's date); date: 2020-06-04 (Executive Order 13927; printed in the Federal Register on 2020-06-09)
    B(
        text='(b) No later than 30 days of the date of this order, the Secretary of Transportation shall provide a summary report, listing all projects that have been expedited pursuant to subsection (a) of this section',
        due='2020-07-05 03:59:59',
        vague=False,
        said='2020-06-04 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='http://online.flipbuilder.com/mcjt/tsle/files/basic-html/page1050.html',
        published='2020-06-04',
    ),
    # 'publication of this notice' is the reference
    B(
        text='Written comments and recommendations for proposed information collection requests should be sent within 30 days of publication of this notice to www.reginfo.gov/public/do/PRAMain.',
        due='2020-10-05 03:59:59',
        vague=False,
        said='2020-09-04 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=3,
        source='https://regulations.justia.com/regulations/fedreg/2020/09/04/2020-19791.html',
        published='2020-09-04',
    ),
    # 'an artificial deadline' is no date; 'by October' is the end of October
    B(
        text='I would hate to think that some of this work is being rushed to meet an artificial deadline, so I will just put that marker down, but if it can be ready by October, that is fine.',
        due='2015-10-31 23:59:59',
        vague=False,
        said='2015-07-01 09:00:00',
        tz='Europe/London',
        precision='month',
        cluster=3,
        source='https://search-prototype.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FLords%2F2015-07-01%2F15070141000016',
        published='2015-07-01',
    ),
    # a span from a named day: two weeks from Wednesday 17 September
    B(
        text='Most ACT Government irrigated sportsgrounds will be temporarily closed for two weeks from tomorrow, Wednesday 17 September',
        due='2025-10-01 13:59:59',
        vague=False,
        said='2025-09-16 00:00:00',
        tz='Australia/Sydney',
        precision='day',
        cluster=3,
        source='https://au.mil-osi.com/category/mil-osi/page/299/?a=2985221',
        published='2025-09-16',
    ),
    # three time expressions; completion 'in mid-2027' is the end (May-August, vague); date: 2025 (carrying page undated; reference taken as 2025-06-01)
    B(
        text='Over the coming months, crews will undertake site investigations, utility relocation and site establishment works, paving the way for major construction to begin later in the year and to be completed in mid-2027.',
        due='2027-08-31 13:59:59',
        vague=True,
        said='2025-06-01 00:00:00',
        tz='Australia/Melbourne',
        precision='year',
        cluster=3,
        source='https://au.mil-osi.com/category/mil-osi/page/450',
        published='2025-06-01',
    ),
    # plans of an earlier Budget that this one replaces: no deadline
    B(
        text='Plans set at Spring Budget 2024 were for day-to-day departmental spending to fall from 16.7% of GDP in 2023-24 to 16.0% in 2028-29 and for public sector net investment to fall from 2.5% of GDP in 2023-24 to 1.7% in 2028-29.',
        due=None,
        vague=False,
        said='2024-10-30 10:00:00',
        tz='Europe/London',
        refusal='negated',
        cluster=4,
        source='https://gov.uk/government/publications/autumn-budget-2024/autumn-budget-2024-html',
        published='2024-10-30',
    ),
    # a range of GB financial years: the later end, 31 March 2030
    B(
        text='Growing day-to-day departmental spending at an average of 2.0% per year in real terms between 2023-24 and 2029-30 to support public services',
        due='2030-03-31 22:59:59',
        vague=False,
        said='2024-10-30 10:00:00',
        tz='Europe/London',
        precision='year',
        cluster=4,
        source='https://gov.uk/government/publications/autumn-budget-2024/autumn-budget-2024-html',
        published='2024-10-30',
    ),
    # GB financial year 2024-25 ends 31 March 2025
    B(
        text='Inflation has more than halved from its recent peak and the government is continuing to support the Bank of England, with policy decisions at this event directly reducing inflation in 2024-25.',
        due='2025-03-31 22:59:59',
        vague=False,
        said='2024-03-06 10:00:00',
        tz='Europe/London',
        precision='year',
        cluster=4,
        source='https://www.gov.uk/government/publications/spring-budget-2024/spring-budget-2024-html',
        published='2024-03-06',
    ),
    # a financial year in the past
    B(
        text='In the financial year 2023/24, the direct public cost of live UK inquiries was more than £130 million.',
        due=None,
        vague=False,
        said='2025-02-10 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=4,
        source='https://gov.uk/government/publications/government-response-to-the-house-of-lords-statutory-inquiries-committee-report-enhancing-public-trust/government-response-to-the-house-of-lords-statutory-inquiries-committee-report-enhancing-public-trust-html',
        published='2025-02-10',
    ),
    # 'from 2027-28': only a start (1 April 2027)
    B(
        text='Underlying debt is forecast to fall as a proportion of GDP from 2027-28 and the government has greater headroom against its fiscal rules than at Spring Budget 2023.',
        due=None,
        vague=False,
        said='2023-11-22 10:00:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2027-03-31 23:00:00',
        cluster=4,
        source='http://gov.uk/government/publications/autumn-statement-2023/autumn-statement-2023-html',
        published='2023-11-22',
    ),
    # a standing reporting cycle; date: 2020-06-04 (Executive Order 13927)
    B(
        text='Such status reports shall thereafter be provided to these officials at least every 30 days',
        due=None,
        vague=False,
        said='2020-06-04 14:00:00',
        tz='America/New_York',
        refusal='recurring',
        cluster=5,
        source='http://online.flipbuilder.com/mcjt/tsle/files/basic-html/page1050.html',
        published='2020-06-04',
    ),
    # a yearless date two days before speaking: the past, not next year
    B(
        text='I replied to the Governor on 3 March, authorising the Monetary Policy Committee to use the asset purchase facility for monetary policy purposes.',
        due=None,
        vague=False,
        said='2009-03-05 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://hansard.parliament.uk/Lords/2009-03-05/debates/49c4d375-ec95-455e-bba6-cc7997461214/WrittenStatements',
        published='2009-03-05',
    ),
    # a past statement's date
    B(
        text='In my Statement to the House of Commons on bank lending of 19 January, I announced the setting-up of the asset purchase facility.',
        due=None,
        vague=False,
        said='2009-03-05 10:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://hansard.parliament.uk/Lords/2009-03-05/debates/49c4d375-ec95-455e-bba6-cc7997461214/WrittenStatements',
        published='2009-03-05',
    ),
    # 'not ... until': only earliest dates
    B(
        text='We now learn that the Bill will not be published until next week and will not be debated until 25 January.',
        due=None,
        vague=False,
        said='2011-01-12 10:00:00',
        tz='Europe/Dublin',
        refusal='earliest',
        earliest='2011-01-25 00:00:00',
        cluster=5,
        source='http://www.oireachtas.ie/en/debates/debate/dail/2011-01-12/19/',
        published='2011-01-12',
    ),
    # 'not ... until towards the end of February': only an earliest date
    B(
        text='The Bill will then go before the Seanad and will not be finished until towards the end of February.',
        due=None,
        vague=False,
        said='2011-01-12 10:00:00',
        tz='Europe/Dublin',
        refusal='earliest',
        earliest='2011-02-21 00:00:00',
        cluster=5,
        source='http://www.oireachtas.ie/en/debates/debate/dail/2011-01-12/19/',
        published='2011-01-12',
    ),
    # laid in the past
    B(
        text='These regulations were laid before this House on 18 September 2023.',
        due=None,
        vague=False,
        said='2023-11-14 16:25:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://parallelparliament.co.uk/debate/2023-11-14/lords/grand-committee/pensions-act-2004-and-the-equality-act-2010-amendment-equal-treatment-by-occupational-pension-schemes-regulations-2023',
        published='2023-11-14',
    ),
    # 'after 31 December 2023 ... will stop applying': a start, not a deadline
    B(
        text='This is because following the Retained EU Law (Revocation and Reform) Act after 31 December 2023 certain retained EU law addressed in court cases will stop applying.',
        due=None,
        vague=False,
        said='2023-11-14 16:25:00',
        tz='Europe/London',
        refusal='earliest',
        earliest='2024-01-01 00:00:00',
        cluster=5,
        source='https://parallelparliament.co.uk/debate/2023-11-14/lords/grand-committee/pensions-act-2004-and-the-equality-act-2010-amendment-equal-treatment-by-occupational-pension-schemes-regulations-2023',
        published='2023-11-14',
    ),
    # past months
    B(
        text='I think it was issued in about March 2010, just before the general election—and that concluded in June 2010.',
        due=None,
        vague=False,
        said='2011-06-10 09:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://parallelparliament.co.uk/debate/2011-06-10/lords/lords-chamber/dog-control-bill-hl/ministerial-extracts',
        published='2011-06-10',
    ),
    # a service standard for every application
    B(
        text='We will aim to issue you an acknowledgement letter within 14 days of receipt.',
        due=None,
        vague=False,
        said='2015-05-14 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://www.ruralpayments.org/topics/updates/guidance-archive/food-processing--marketing-and-co-operation-scheme-archive/fpmc-application-and-approval-process-archived-08-07-2015',
        published='2015-05-14',
    ),
    # a yearly cycle
    B(
        text='There will generally be three assessment rounds per year, which you can find on the page linked below.',
        due=None,
        vague=False,
        said='2015-05-14 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://www.ruralpayments.org/topics/updates/guidance-archive/food-processing--marketing-and-co-operation-scheme-archive/fpmc-application-and-approval-process-archived-08-07-2015',
        published='2015-05-14',
    ),
    # a standing undertaking for every report; date: 2019 (Erskine May, 25th edition online; reference taken as 2019-07-01)
    B(
        text='The Government has undertaken to respond in writing to the reports of select committees, if possible within two months of publication.',
        due=None,
        vague=False,
        said='2019-07-01 09:00:00',
        tz='Europe/London',
        refusal='recurring',
        cluster=5,
        source='https://erskinemay.parliament.uk/section/6146/government-responses-to-reports/',
        published='2019-07-01',
    ),
    # 'yesterday': the past
    B(
        text='The arrangements appeared in a Written Answer in Hansard yesterday.',
        due=None,
        vague=False,
        said='1998-10-29 15:00:00',
        tz='Europe/London',
        refusal='past',
        cluster=5,
        source='https://api.parliament.uk/historic-hansard/lords/1998/oct/29/business',
        published='1998-10-29',
    ),
    B(
        text='DATES: Please submit comments by October 10, 2017.',
        due='2017-10-11 03:59:59',
        vague=False,
        said='2017-09-07 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://thefederalregister.org/82-FR/42413',
        published='2017-09-07',
    ),
    B(
        text='DATES: Comments must be received on or before June 19, 2015.',
        due='2015-06-20 03:59:59',
        vague=False,
        said='2015-04-20 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://thefederalregister.org/80-FR/21796',
        published='2015-04-20',
    ),
    B(
        text='The Office of the Deputy Under Secretary for Food Safety, U.S. Department of Agriculture (USDA), and the Food and Drug Administration (FDA), U.S. Department of Health and Human Services are sponsoring a public meeting on February 13, 2018.',
        due='2018-02-14 04:59:59',
        vague=False,
        said='2017-12-15 15:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://thefederalregister.org/82-FR/59576',
        published='2017-12-15',
    ),
    B(
        text='DATES: We will consider all comments that we receive on or before November 19, 2009.',
        due='2009-11-20 04:59:59',
        vague=False,
        said='2009-10-23 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='http://www.aibs.org/federal-register-resource/2009_10_23.html',
        published='2009-10-23',
    ),
    B(
        text='DATES: Interested persons are invited to submit comments on or before October 5, 2020.',
        due='2020-10-06 03:59:59',
        vague=False,
        said='2020-09-04 14:00:00',
        tz='America/New_York',
        precision='day',
        cluster=6,
        source='https://regulations.justia.com/regulations/fedreg/2020/09/04/2020-19791.html',
        published='2020-09-04',
    ),
    # 'in due course' is the vague 60 days
    B(
        text='I will say very briefly again that we cannot give our support to this Bill, but we are well aware of the problems that it is addressing and are prepared to consider moving forward in due course.',
        due='2011-08-09 22:59:59',
        vague=True,
        said='2011-06-10 09:00:00',
        tz='Europe/London',
        precision='month',
        cluster=6,
        source='https://parallelparliament.co.uk/debate/2011-06-10/lords/lords-chamber/dog-control-bill-hl/ministerial-extracts',
        published='2011-06-10',
    ),
    # a yearless date: its next occurrence; date: 2025 (release undated on the carrying page; it speaks of 'early next year', so 2025; reference taken as 2025-09-15)
    B(
        text='The Winter Paralympic Games begin on 6 March.',
        due='2026-03-06 12:59:59',
        vague=False,
        said='2025-09-15 00:00:00',
        tz='Australia/Sydney',
        precision='day',
        cluster=6,
        source='https://au.mil-osi.com/author/mil-osi-publisher/page/452',
        published='2025-09-15',
    ),
)
