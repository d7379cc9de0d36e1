"""A fourth set of real phrasings for round 4 of issue 12, labelled by hand BEFORE the parser
was run on them.

Collected and labelled on 2026-12-01 on branch issue12t-s6, after the fixes that followed
the third kinds set's first run, and committed before any run of the parser on these
texts. Searched for by genre, not by rule (kremlin.ru instructions, gov.uk press releases,
Voice of America wire copy, an Executive Order, Lords recess statements, a Commons point
of order), so that it says how the round's rules hold on the kind of sentence a fresh set
brings. Same conventions as `blind_real.py`. Sources and licences: README.md ("Fourth
kinds set"). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_K18 = "http://en.special.kremlin.ru/catalog/keywords/76/events/59450"
_K21 = "http://en.kremlin.ru/catalog/keywords/79/events/65937"
_DBT = "https://www.ukpol.co.uk/tag/press-release/page/113"
_DSIT25 = "https://www.ukpol.co.uk/category/press-releases/page/59"
_DSIT23 = "https://www.ukpol.co.uk/category/press-releases/page/717"
_HMT = "https://www.ukpol.co.uk/tag/press-release/page/764"
_VOA = "https://www.voanews.com/a/iran-nuclear-negotiations-extension-expected/2841168.html"
_EO = "https://en.wikisource.org./wiki/Page:Executive_Order_13985.pdf/2"
_L17 = "https://parallelparliament.co.uk/mp/lord-taylor-of-holbeach/debate/Lords/2017-10-17/debates/B389BECF-3876-4FA9-8F5B-D92AA8C1F47D/ArrangementOfBusiness"
_C19 = "https://www.theyworkforyou.com/debates/?id=2019-01-31c.983.0"
M = "Europe/Moscow"
L = "Europe/London"
NY = "America/New_York"

KINDS4_CASES: tuple[BlindCase, ...] = (
    # conference calls held over 2019-2024: the programme's later end, 31 December 2024 Moscow
    B(text="The instructions to the Government of the Russian Federation relate, in particular, to developing an incentive system for officials in the Russian regions, as well as curators and managers of national projects, taking into account the results achieved; redistributing budget allocations among national projects; holding conference calls in 2019–2024 on the progress of national projects in the regions initiated by the respective deputy ministers; and providing information support for the implementation of national projects.",
      due="2024-12-31 20:59:59", vague=False, said="2018-12-18 07:00:00", tz=M,
      cluster=4, source=_K18, published="2018-12-18"),
    # 'by 2024'; the page's date is not in the excerpt: taken as 25 June 2021 (any day of
    # 2021 gives the same label)
    B(text="Other instructions to the Government of the Russian Federation, as well as to regional executive authorities, concern the development of a long-term programme to promote employment, in particular for young people; creating a system for supporting new investment projects and ensuring its implementation by 2024 in all the regions, but primarily in those where investment levels are low.",
      due="2024-12-31 20:59:59", vague=False, said="2021-06-25 07:00:00", tz=M,
      cluster=4, source=_K21, published="2021-06-25"),
    # 'from 2021 to 2050' is the period emissions are counted over; the roadmap has no date
    B(text="Furthermore, the Government was instructed to develop an action plan (roadmap) to reduce carbon consumption in the Russian economy in order to reduce the amount of net greenhouse gas emissions in Russia accumulated from 2021 to 2050 to a level below that of the European Union.",
      due=None, vague=False, said="2021-06-25 07:00:00", tz=M,
      refusal="event", cluster=4, source=_K21, published="2021-06-25"),
    # Autumn 2025: its end, 30 November 2025 (GMT)
    B(text="The scheme is expected to open for applications in Autumn 2025, with an initial phased rollout for 150 claimants to ensure the process is fair, proportionate and accessible before wider implementation.",
      due="2025-11-30 23:59:59", vague=False, said="2025-06-19 09:00:00", tz=L,
      cluster=4, source=_DBT, published="2025-06-19"),
    B(text="UK Space Agency to join the Department for Science, Innovation and Technology by April 2026, helping to streamline support for the UK’s growing space industry.",
      due="2026-04-30 22:59:59", vague=False, said="2025-08-20 09:00:00", tz=L,
      cluster=4, source=_DSIT25, published="2025-08-20"),
    # 'today (Sunday 2 April)' is the day of the release; 2024/25 is the GB financial year
    B(text="Announced by Science Minister George Freeman today (Sunday 2 April), the funding will support researchers across 90 charities early on in their careers at a time when the UK is committing record amounts to R&D, reaching £20 billion a year by 2024/25.",
      due="2025-03-31 22:59:59", vague=False, said="2023-04-02 09:00:00", tz=L,
      cluster=4, source=_DSIT23, published="2023-04-02"),
    B(text="Opening a Tax-Free Childcare account is quick and easy and can be done at any time of the year.",
      due=None, vague=False, said="2023-02-15 10:00:00", tz=L,
      refusal="recurring", cluster=5, source=_HMT, published="2023-02-15"),
    # the process runs past the Tuesday deadline: only a start
    B(text="Both sides in the international negotiations over Iran's nuclear program expect the process to extend past their long-standing, self-imposed Tuesday deadline for reaching a comprehensive agreement.",
      due=None, vague=False, said="2015-06-28 14:00:00", tz=NY,
      refusal="earliest", cluster=5, source=_VOA, published="2015-06-28"),
    B(text="Officials from the United States and Iran said Sunday that delegations are planning to stay in Vienna past Tuesday with several key pieces still left unresolved.",
      due=None, vague=False, said="2015-06-28 14:00:00", tz=NY,
      refusal="earliest", cluster=5, source=_VOA, published="2015-06-28"),
    # wire copy: 'was expected to return ... Tuesday' is ahead, Tuesday 30 June 2015
    B(text="Iranian Foreign Minister Mohammad Javad Zarif returned home for consultations Sunday and was expected to return to Vienna Tuesday.",
      due="2015-07-01 03:59:59", vague=False, said="2015-06-28 14:00:00", tz=NY,
      cluster=3, source=_VOA, published="2015-06-28"),
    B(text="Several times they have decided to extend past their own deadlines, including when they needed a few extra days to come to an interim agreement in early April.",
      due=None, vague=False, said="2015-06-28 14:00:00", tz=NY,
      refusal="past", cluster=5, source=_VOA, published="2015-06-28"),
    # counted from the order itself, of 20 January 2021: 20 July 2021, end of day Eastern
    B(text="(c) Within 6 months of the date of this order, the Director of OMB shall deliver a report to the President describing the best practices identified by the study and, as appropriate, recommending approaches to expand use of those methods across the Federal Government.",
      due="2021-07-21 03:59:59", vague=False, said="2021-01-20 15:00:00", tz=NY,
      cluster=1, source=_EO, published="2021-01-20"),
    B(text="Subject of course to the progress of business, I expect the House to rise at the conclusion of proceedings on Thursday 8 February and return on Tuesday 20 February.",
      due="2018-02-20 23:59:59", vague=False, said="2017-10-17 09:00:00", tz=L,
      cluster=3, source=_L17, published="2017-10-17"),
    B(text="We also currently plan for the House to rise for Easter at the conclusion of its proceedings on Thursday 29 March and return on Monday 16 April.",
      due="2018-04-16 22:59:59", vague=False, said="2017-10-17 09:00:00", tz=L,
      cluster=3, source=_L17, published="2017-10-17"),
    # a question, read as said: two weeks from 31 January 2019
    B(text="Have you, Mr Deputy Speaker, been notified of whether arrangements have been put in place, given that this will be happening in only two weeks’ time?",
      due="2019-02-14 23:59:59", vague=False, said="2019-01-31 12:03:00", tz=L,
      cluster=1, source=_C19, published="2019-01-31"),
)
