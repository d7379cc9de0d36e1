"""A HUNDRED-AND-FIFTY-NINTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-06 (UTC) between about 19:25 and 19:45 by the machine's clock, by a
labelling helper (branch issue12l159-s58) that neither changed, imported nor ran the parser, working at
the same time as the other labellers of stop 58 (fresh160 to fresh163), whose claims in the shared
claims file were treated as used and whose files and README sections were not opened. It read
`CONVENTIONS.md` in full (4.3, new this stop, included), the docstring, comments and cases of
`blind_fresh158.py` and its README section, the field list of `BlindCase` in `blind_real.py`, the
docstring of `tests/data/fresh_check.py`, and the top docstring of the parser package only (the vague
windows, "early / mid / late", the fiscal year ends, parts of the day, day names on verbs of saying);
nothing else of `bot/core/deadlines/` was opened. The brief asked for US transport, energy and interior
agencies (DOT, FAA, FHWA, FRA, NHTSA, DOE, Interior, NPS, BLM, USGS, EPA), GOV.UK transport and
environment bodies (DfT, DVSA, Environment Agency, Defra), Stats NZ and DOC NZ, at most a third from
the United States; at least eight publishers, none above a fifth of the cases; about 90 cases (at least
70) by 20:25 UTC.

The set quotes the Driver and Vehicle Standards Agency (its GOV.UK business plans for 2017 to 2018 and
2019 to 2020), the Department for Transport (a press release of 31 January 2023), the Environment
Agency (press releases of 29 August and 8 September 2023), Defra (press releases of 29 May 2023 and 6
May 2025), Stats NZ (media releases of 2 December 2016 and 18 October 2023 and a customer update of
December 2019), the Department of Conservation (releases of 7 March 2017, 23 September 2019 and 18
October 2023), the U.S. Geological Survey (three news-release listings, items of August 1997, December
2001 and June 2003) and the U.S. Department of the Interior (a release of 5 May 2017). 73 cases from 8
publishers: DVSA 14 (19.2%); USGS 13 (17.8%); DOC 12 (16.4%); Stats NZ 11 (15.1%); Environment Agency
10 (13.7%); Defra 6 (8.2%); DfT 5 (6.8%); Interior 2 (2.7%). 15 of the 73 (20.5%) are from the United
States (USGS, Interior); 58 are not. Each page's cases share one `source` constant, so whole pages can
be dropped.

Short of the brief: 73 cases (not about 90). The store is heavily mined: most pages found for the aimed
publishers read USED (EPA's news releases and archive pages, BLM and NPS releases and morning reports,
FAA and NHTSA pages, Stats NZ census releases of 2018 and 2023 on Scoop and LiveNews, DOC's Great Walks
and track releases, GOV.UK DVSA and DfT releases on ukpol and wired-gov, among others; README.md lists
some). Licences: the DVSA and DfT statements of the Open Government Licence were seen in their own
documents; for the Environment Agency and Defra releases (GOV.UK press releases, reposted whole) the
store did not show GOV.UK's footer this session, and GOV.UK's Open Government Licence is taken from the
brief's list of publishers open and used before (NOTOPEN.md) and the project's earlier licence audits;
some older Environment Agency documents in the store say "All rights reserved" (they are not these
releases). The lead may drop `_EA23`, `_DEFRA23` and `_DEFRA25` if that basis is not enough (the set
then has 57 cases from 6 publishers and DVSA, USGS and DOC above a fifth).

Left out, and why. Claimed (`fresh159`) but not used: DVSA's business plan for 2022 to 2023 (its opening
holds one time word, in a sentence running into a list); USGS's Science Picks of 8 April 2005, to keep
USGS under a fifth; Mirage News's repost of DOC's Great Walks release of 24 November 2024, Scoop's
repost of DOC's strategies release of 3 September 2013 and DOC's own media release of 20 March 2009, to
keep DOC under a fifth. Pages without a date that could be established (an Environment Agency release
on a Hexham embankment, BLM releases, FHWA listings without dates) were not used.

Every sentence quoted holds a time word of some kind (a date, a year-less date, a weekday, a clock time,
"today", "tomorrow", "yesterday", "this week", "this summer", "the coming year", "the year ahead",
"early 2020", "the first quarter of 2020", "one month left", "in the past three weeks", "per year",
"each year", "monthly", "on Mondays and Fridays from 10am to 2pm", "at a later date", "in the
meantime", "during this time", "soon", "over the coming decades", "over the next 50 years", "for two
years", "300 hours", "90-minute", "100-year", "from 1804 to 1806", "between now and December 22",
"after May 12"); within each page quoted, the sentences of the stored opening that hold one were taken
in page order, easy or hard, except those whose only time words are general ("now", "so far",
"currently") or whose only year names a publication. Titles, headings, standfirsts and their summary
bullets, date lines, contact lines and sentences cut off by the end of an opening were skipped; the
pages' slips ("to get to point", "or is it recommendations", "This week (26 May)" said on a Monday)
stay as the pages have them; line breaks of reposts inside a sentence are read as spaces; the Māori
place names of the 2017 DOC release, broken by the stored copy's encoding, are given with their macrons.

No address listed in README.md, in a file under `tests/data/` (the blind material the brief names
excepted, which the freshness tool skips) or in the shared claims file was used: each was checked with
`fresh_check.py` (the address and a distinctive phrase of the page) and claimed (`fresh159`) in
`/work/helper-brief/claims.txt` before its quotes were kept; many pages were found used and dropped.
Every kept sentence was then checked whole with the same tool (skipping this file); none reads used.
Each label was worked out by hand from the words, the publication date and the publisher's zone
(Europe/London for DVSA, DfT, the Environment Agency and Defra; Pacific/Auckland for Stats NZ and DOC;
America/New_York for Interior; for USGS the zone of the office each item comes from, named in the
page's comment); conversions of local instants to UTC wall time, weekdays and day counts were done
with Python's zoneinfo and datetime in a scratch script outside the repository, never with code of
the project.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case), then
`blind_fresh158.py`: the publication date at 10:00 local time unless the page gives an hour (the first
comment of each page says where its date and hour were read); a day falls due at 23:59:59 local; the
perfect with "today" or "this week" past (CONVENTIONS 2.4); a day word on a verb of announcing is never
the deadline (CONVENTIONS 2.2); a duty that begins on a date and one-off events on a date due then
(CONVENTIONS 3.1, 3.1a); an offer kept until a date due then (CONVENTIONS 3.3); a start only earliest
(CONVENTIONS 3.2); a date called off with no new time negated, with a new time the new time (CONVENTIONS
4.1); possibilities and estimates nobody undertakes due None with no refusal word (CONVENTIONS 4.2,
4.3); spans and periods from undated events event (CONVENTIONS 1.3, 5.2, 6.3); standing hours and rates
recurring (CONVENTIONS 1.3); several days at the later (CONVENTIONS 6.1); "early 2020" January to April
and a quarter at its end (the docstring); a business plan's "coming year" the plan's financial year,
ending 31 March in GB (marked unsure). Clusters as in `blind_fresh158.py`: 1 no time set, 2 clock
times, 3 ranges and several dates, 4 parts of the day, periods and windows, 5 refusals, 6 plain days
and dates. 44 labels are refusals (past 30, event 8, recurring 4, negated 1, earliest 1); none is
vague; 19 labels carry a due instant; 10 have due None and no refusal word; 10 are marked "unsure" and
name the other reading; like every label here they stay as committed, whatever the first run shows.
First run: not yet taken (the lead runs it once, after merging, and records it in README.md). Never
edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_DVSA17 = "https://www.gov.uk/government/publications/dvsa-business-plan-2017-to-2018/driver-and-vehicle-standards-agency-business-plan-2017-to-2018"
_DVSA19 = "https://gov.uk/government/publications/dvsa-business-plan-2019-to-2020/driver-and-vehicle-standards-agency-business-plan-2019-to-2020"
_DFT23 = "https://www.ukpol.co.uk/tag/department-for-transport/page/24"
_EA23 = "https://www.ukpol.co.uk/tag/environment-agency/page/5"
_DEFRA25 = "https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/8"
_DEFRA23 = "https://www.ukpol.co.uk/tag/department-for-environment-food-and-rural-affairs/page/30"
_SNZ23 = "https://livenews.co.nz/2023/10/28/additional-monthly-price-indexes-on-the-way-stats-nz-media-release/"
_SNZ16 = "https://m.scoop.co.nz/stories/BU1612/S00112/economic-growth-figures-out-by-christmas.htm"
_SNZ19 = (
    "https://www.miragenews.com/customer-update-on-2018-census-data-and-activities-december-2019/"
)
_DOC23 = "https://rnzngin.fifthestate.nz/category/department-of-conservation/page/27"
_DOC17 = "http://www.voxy.co.nz/national/5/276840"
_DOC19 = "http://www.scoop.co.nz/stories/PO1909/S00307/public-consulted-about-new-zealands-biodiversity-strategy.htm"
_USGS97 = "https://www.usgs.gov/news/news-releases?ID=2933&page=368"
_USGS03 = "https://www.usgs.gov/news/news-releases/state?field_topics_tid=All&amp%3Bamp%3Bfield_state_tid=All&amp%3Bamp%3Bfield_release_date_value%5Bvalue%5D=&amp%3Bamp%3Bpage=11&amp%3Bpage=2&page=125"
_USGS01 = "https://www.usgs.gov/news/news-releases/state?field_topics_tid=All&amp%3Bamp%3Bfield_state_tid=All&amp%3Bamp%3Bfield_release_date_value%5Bvalue%5D=&amp%3Bamp%3Bpage=11&amp%3Bpage=2&page=135"
_DOI17 = "https://fisherynation.com/archives/58530"

FRESH159_CASES: tuple[BlindCase, ...] = (
    # Driver and Vehicle Standards Agency (GOV.UK corporate report 'Driver and Vehicle Standards Agency business plan, 2017 to 2018', 'Published 30 March 2017' under its title; Crown copyright, Open Government Licence v3.0); zone Europe/London (BST); no hour given, said Thursday 30 March 2017 10:00 BST. The foreword's first sentence holds no time word and is not taken; the last sentence of the stored opening is cut off and is not taken.
    # 'the past year' told as done; '5-year strategy' names the strategy: past
    B(
        text="The past year has seen some significant improvements in our performance, the delivery of our 5-year strategy and finally merging the organisation through an extensive restructuring process.",
        due=None,
        vague=False,
        said="2017-03-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA17,
        published="2017-03-30",
    ),
    # the business year 2016 to 2017 summed up as done (the docstring's 'the current year summed up as done is past'): past
    B(
        text="2016 to 2017 has been challenging but the people of DVSA continue to strive to ensure everyone stays safe on Britain’s roads.",
        due=None,
        vague=False,
        said="2017-03-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA17,
        published="2017-03-30",
    ),
    # '5-year strategy' names the strategy and sets no time for the implementing: no time set, due None with no refusal word
    B(
        text="This business plan sets out how we will implement our new 5-year strategy to deliver even better services for customers.",
        due=None,
        vague=False,
        said="2017-03-30 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSA17,
        published="2017-03-30",
    ),
    # a month gone and a measured wait ('11.9 weeks' an amount): past
    B(
        text="In June 2016, the average waiting time for a car practical driving test was 11.9 weeks.",
        due=None,
        vague=False,
        said="2017-03-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA17,
        published="2017-03-30",
    ),
    # 'By February 2017' with the pluperfect, a month already over: past
    B(
        text="By February 2017, this had reduced to 5.4 weeks, reflecting our increased focus on delivering great services for our customers.",
        due=None,
        vague=False,
        said="2017-03-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA17,
        published="2017-03-30",
    ),
    # a target missed and a year's average told as done ('7.4 weeks', '7 weeks' amounts): past
    B(
        text="While we missed our annual average target of 7.4 weeks, on a weighted basis which more accurately reflects the experience of the majority of our customers, the annual average waiting time for the year was 7 weeks.",
        due=None,
        vague=False,
        said="2017-03-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA17,
        published="2017-03-30",
    ),
    # 'the coming year' of a business plan for 2017 to 2018 is the plan's year, which ends with the UK financial year on 31 March 2018 (the docstring's fiscal year end for GB). unsure: a careful reader could take 'the coming year' as a year from the moment of speaking, 30 March 2018 23:59:59 BST, possibly vague (no rule or documented window settles 'the coming year') [local due 2018-03-31 23:59:59 BST]
    B(
        text="During the coming year we will continue this trend but will be using real customer experience to more directly measure our progress in this area.",
        due="2018-03-31 22:59:59",
        vague=False,
        said="2017-03-30 09:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DVSA17,
        published="2017-03-30",
    ),
    # a month gone and 'by the end of the year' with the pluperfect, both told as done: past
    B(
        text="In May 2016, the time customers waited for a vocational driving test was 5.2 weeks but through the hard work of our people, this had dropped to 1.6 weeks by the end of the year.",
        due=None,
        vague=False,
        said="2017-03-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA17,
        published="2017-03-30",
    ),
    # 'over the last 2 years' measures what is done: past
    B(
        text="This is set against a 29% increase in demand for this service over the last 2 years and our services have enabled people who are often unemployed to start on a new career.",
        due=None,
        vague=False,
        said="2017-03-30 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA17,
        published="2017-03-30",
    ),
    # Driver and Vehicle Standards Agency (GOV.UK 'Driver and Vehicle Standards Agency business plan, 2019 to 2020', 'Published 28 March 2019' under its title; Crown copyright, Open Government Licence v3.0, the plan's own statement); zone Europe/London (GMT); no hour given, said Thursday 28 March 2019 10:00 GMT. 'We are proud to present this 2019 to 2020 business plan.' is not taken (its only time words name the plan); sentences with no time word are not taken.
    # 'over the past three years' told as done; '5-year strategy' names the strategy: past
    B(
        text="Our focus on service improvement over the past three years has created the platform from which we are able to continue delivering our 5-year strategy, aimed at achieving our vision of safer roads for everyone and contributing towards the delivery of the government’s cycling and walking investment strategy, especially through training materials and publications.",
        due=None,
        vague=False,
        said="2019-03-28 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA19,
        published="2019-03-28",
    ),
    # a theme for the year, no act undertaken by a time: due None with no refusal word. unsure: a careful reader could date the plan's year, 2020-03-31 23:59:59 BST, as under 'the coming year' above
    B(
        text="The year ahead is all about preparing for the future.",
        due=None,
        vague=False,
        said="2019-03-28 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSA19,
        published="2019-03-28",
    ),
    # a review that goes on, with no time of its own; 'the midpoint' places the speaking in the strategy, it dates no act: due None with no refusal word
    B(
        text="As we head into the midpoint of our 5-year strategy, we will continue to review how we are progressing against established plans to ensure that they remain relevant and reflect wider government priorities as appropriate.",
        due=None,
        vague=False,
        said="2019-03-28 10:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DVSA19,
        published="2019-03-28",
    ),
    # 'this coming year' of the plan for 2019 to 2020: the UK financial year's end, 31 March 2020. unsure: a careful reader could take a year from the moment of speaking, 28 March 2020 23:59:59 GMT, possibly vague [local due 2020-03-31 23:59:59 BST]
    B(
        text="During this coming year, we will build on foundations already in place to transform our IT systems that support our customer-facing services and modernise the tools and information critical for enabling our staff to work as efficiently and effectively as possible.",
        due="2020-03-31 22:59:59",
        vague=False,
        said="2019-03-28 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DVSA19,
        published="2019-03-28",
    ),
    # the only time told, 'over the last couple of years', is of work done; the building on it has no time: past
    B(
        text="We will build on the excellent work that has taken place over the last couple of years to modernise the MOT system to make information far more accessible for both MOT garages and car drivers.",
        due=None,
        vague=False,
        said="2019-03-28 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DVSA19,
        published="2019-03-28",
    ),
    # Department for Transport (press release 'Government announces return to business as usual for aviation this summer', 'The press release issued by the Department for Transport on 31 January 2023', reposted whole on ukpol.co.uk's Department for Transport tag page 24; Crown copyright, Open Government Licence v3.0); zone Europe/London (GMT); no hour given, said Tuesday 31 January 2023 10:00 GMT. The standfirst and its three bullets under the title are not taken (a summary of the release set out as headings); the last sentence of the stored opening is cut off and is not taken.
    # the perfect with 'today (31 January 2023)': the regulations are laid, past (CONVENTIONS 2.4)
    B(
        text="The UK government has today (31 January 2023) laid regulations before Parliament that brings airports slots rules for the upcoming summer season back in line with pre-pandemic levels, while retaining certain flexibilities to support the aviation industry’s recovery.",
        due=None,
        vague=False,
        said="2023-01-31 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT23,
        published="2023-01-31",
    ),
    # a duty that begins on a date: the rule taking effect, due that day (CONVENTIONS 3.1a) [local due 2023-03-26 23:59:59 BST]
    B(
        text="From 26 March 2023, airlines will once again need to use their slots 80% of the time in order to keep them – the ratio in place before passenger numbers dropped as a result of the pandemic.",
        due="2023-03-26 22:59:59",
        vague=False,
        said="2023-01-31 10:00:00",
        tz="Europe/London",
        cluster=6,
        source=_DFT23,
        published="2023-01-31",
    ),
    # 'by October 2022' reports a level already reached: past
    B(
        text="It’s a vote of confidence in the aviation industry as demand for international travel returns – with passenger numbers at UK airports reaching 85% of equivalent 2019 levels by October 2022.",
        due=None,
        vague=False,
        said="2023-01-31 10:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DFT23,
        published="2023-01-31",
    ),
    # the government's undertaking to ensure a positive experience 'this summer' is checked at the summer's end, 31 August (meteorological seasons; a range falls due at its later end). unsure: a careful reader could say the focus is a present state and 'this summer' only dates the passengers' breaks, due None with no refusal word [local due 2023-08-31 23:59:59 BST]
    B(
        text="The government remains focused on reducing disruption and ensuring a positive passenger experience for those taking a well-earned break this summer.",
        due="2023-08-31 22:59:59",
        vague=False,
        said="2023-01-31 10:00:00",
        tz="Europe/London",
        cluster=4,
        source=_DFT23,
        published="2023-01-31",
    ),
    # 'before the start of the season', a start this sentence does not date: event (CONVENTIONS 5.2, 6.3)
    B(
        text="As part of that, airlines will be able to hand back up to 5% of their slots before the start of the season, to help plan realistic schedules and avoid last-minute cancellations.",
        due=None,
        vague=False,
        said="2023-01-31 10:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_DFT23,
        published="2023-01-31",
    ),
    # Environment Agency (two press releases reposted whole on ukpol.co.uk's Environment Agency tag page 5; Open Government Licence v3.0 as GOV.UK publishes them, see the docstring). First the release of 8 September 2023 ('The press release issued by the Environment Agency on 8 September 2023'); zone Europe/London (BST); no hour given, said Friday 8 September 2023 10:00 BST. Sentences with no time word are not taken.
    # a year gone and a sentencing told as done: past
    B(
        text="A son and mother responsible for illegal waste activity at a site in Huddersfield, which then set on fire in 2016 causing significant risk to the environment, have been sentenced.",
        due=None,
        vague=False,
        said="2023-09-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA23,
        published="2023-09-08",
    ),
    # the sentences are lengths, and the suspension runs 'for two years' from a sentencing this sentence does not date: event (CONVENTIONS 1.3)
    B(
        text="Samuel Hunter, aged 31 of Dewsbury, West Yorkshire, and Jacinta Hunter, aged 59 of Dewsbury, West Yorkshire, were given a 24-month custodial sentence, and 12-month sentence respectively, suspended for two years.",
        due=None,
        vague=False,
        said="2023-09-08 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EA23,
        published="2023-09-08",
    ),
    # '300 hours of unpaid work' is an amount of work, not a span from now; no time is set for doing it: due None with no refusal word
    B(
        text="Samuel Hunter must undertake 300 hours of unpaid work, the maximum number of hours a court can order.",
        due=None,
        vague=False,
        said="2023-09-08 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA23,
        published="2023-09-08",
    ),
    # an amount of work, no time set: due None with no refusal word
    B(
        text="Jacinta Hunter must undertake 80 hours of unpaid work.",
        due=None,
        vague=False,
        said="2023-09-08 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_EA23,
        published="2023-09-08",
    ),
    # 'were sentenced ... on Wednesday 6 September', two days before speaking: past
    B(
        text="The two defendants, who were director and manager of Hunter Group (Yorkshire) Limited also known as Sam H Services Limited, pleaded guilty at an earlier hearing to charges of waste offences at a site in Queens Mill Road, Huddersfield, and were sentenced at Leeds Crown Court on Wednesday 6 September.",
        due=None,
        vague=False,
        said="2023-09-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA23,
        published="2023-09-08",
    ),
    # years gone, told as done: past
    B(
        text="Following site inspections by the Environment Agency in 2015 and 2016, the site was found to be repeatedly in breach of its permit, as huge piles of waste were found pushing against a perimeter fence which was broken in places.",
        due=None,
        vague=False,
        said="2023-09-08 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA23,
        published="2023-09-08",
    ),
    # Environment Agency, the second release on the same page ('The press release issued by the Environment Agency on 29 August 2023'); said Tuesday 29 August 2023 10:00 BST; the councillor's quoted sentences hold no time word and are not taken.
    # the perfect with 'this week': the centre is open, past (CONVENTIONS 2.4)
    B(
        text="The Environment Agency has opened its new Flood Information Centre at 4 Hardcastle House, Valley Road in Hebden Bridge this week.",
        due=None,
        vague=False,
        said="2023-08-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_EA23,
        published="2023-08-29",
    ),
    # standing opening hours on weekdays: recurring (CONVENTIONS 1.3)
    B(
        text="The centre will be open on Mondays and Fridays from 10am to 2pm, where people can stop by to speak with members of the project team and view information about the flood alleviation schemes for Hebden Bridge Town Centre, Stubbing Holme Road and Erringden Hillside.",
        due=None,
        vague=False,
        said="2023-08-29 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_EA23,
        published="2023-08-29",
    ),
    # 'ahead of construction and for the duration of the project', undated events: event (CONVENTIONS 1.3, 5.2)
    B(
        text="This flood information centre means we can be based in the heart of the community to provide regular updates ahead of construction and for the duration of the project, providing information and answering any queries or concerns the community might have.",
        due=None,
        vague=False,
        said="2023-08-29 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EA23,
        published="2023-08-29",
    ),
    # 'in the meantime' runs until events this sentence does not date: event (CONVENTIONS 5.2)
    B(
        text="We will also have more events lined up to keep the community updated on progress of the individual projects, but in the meantime encourage people to stop by and meet us, and also keep checking Eye on Calderdale for updates.",
        due=None,
        vague=False,
        said="2023-08-29 09:00:00",
        tz="Europe/London",
        refusal="event",
        cluster=5,
        source=_EA23,
        published="2023-08-29",
    ),
    # Department for Environment, Food and Rural Affairs (press release 'Boost for woodlands as research to tackle plant pests & diseases', 'The press release issued by the Department for Environment, Food and Rural Affairs on 6 May 2025', reposted whole on ukpol.co.uk's Defra tag page 8; Crown copyright, Open Government Licence v3.0 as GOV.UK publishes it); zone Europe/London (BST); no hour given, said Tuesday 6 May 2025 10:00 BST. The standfirst and sentences with no time word are not taken; the last sentence of the stored opening is cut off.
    # 'today (Tuesday 6 May)' is on the verb of announcing, never the deadline; the benefit has no time of its own: due None with no refusal word (CONVENTIONS 2.2)
    B(
        text="British woodlands and trees will benefit from new research aimed at boosting protection against pests and diseases, announced today (Tuesday 6 May).",
        due=None,
        vague=False,
        said="2025-05-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DEFRA25,
        published="2025-05-06",
    ),
    # 'per year', a yearly rate: recurring (CONVENTIONS 1.3)
    B(
        text="Our plants and trees are estimated to contribute £4.1 billion per year to the UK’s economy – their vast canopies are teeming with birds and insects, they help mitigate the impact of flooding for communities across the country, trees outside woodland in towns as well as rural areas are cherished by the British people.",
        due=None,
        vague=False,
        said="2025-05-06 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DEFRA25,
        published="2025-05-06",
    ),
    # 'over the coming decades' is the span of an estimated cost, which nobody undertakes: due None with no refusal word (CONVENTIONS 4.2, 4.3)
    B(
        text="These will help plant and protect treescapes that are resilient to stresses including climate change and pests and diseases such as ash dieback, which has been estimated to kill over 100 million trees in the UK and cost the economy up to £15 billion to Great Britain over the coming decades.",
        due=None,
        vague=False,
        said="2025-05-06 09:00:00",
        tz="Europe/London",
        cluster=1,
        source=_DEFRA25,
        published="2025-05-06",
    ),
    # Department for Environment, Food and Rural Affairs (press release 'Producers urged to address ‘flushable’ wet wipes labelling', 'The press release issued by the Department for Environment, Food and Rural Affairs on 29 May 2023', reposted whole on ukpol.co.uk's Defra tag page 30; Crown copyright, Open Government Licence v3.0 as GOV.UK publishes it); zone Europe/London (BST); no hour given, said Monday 29 May 2023 10:00 BST. The standfirst and sentences with no time word are not taken.
    # the letter is written and the request made (perfect); 'each year' is a rate of flushing: past. unsure: a careful reader could give recurring for the yearly rate, the only time phrase
    B(
        text="Environment Secretary Thérèse Coffey has written to wet wipes producers setting out her concerns about the number of wet wipes that are flushed down UK toilets – between 2.1 – 2.9 billion each year – and has asked them to reconsider the use of the word ‘flushable’ on packaging to help prevent sewer blockages and water pollution.",
        due=None,
        vague=False,
        said="2023-05-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA23,
        published="2023-05-29",
    ),
    # 'each year', a yearly rate: recurring (CONVENTIONS 1.3)
    B(
        text="It is estimated that water companies spend £100m each year dealing with this.",
        due=None,
        vague=False,
        said="2023-05-29 09:00:00",
        tz="Europe/London",
        refusal="recurring",
        cluster=5,
        source=_DEFRA23,
        published="2023-05-29",
    ),
    # 'This week (26 May)' with 'attended', the Friday before the Monday of speaking (the release's 'This week' as it has it): past
    B(
        text="This week (26 May) Water Minister Rebecca Pow attended a summit in Paris, where the UK, alongside 52 other members of the High Ambition Coalition (HAC) to End Plastic Pollution (HAC), has signed a far-reaching Joint Ministerial Statement that calls for a range of mandatory provisions to be included in the global plastic pollution treaty, currently under negotiation.",
        due=None,
        vague=False,
        said="2023-05-29 09:00:00",
        tz="Europe/London",
        refusal="past",
        cluster=5,
        source=_DEFRA23,
        published="2023-05-29",
    ),
    # Stats NZ (media release 'Additional monthly price indexes on the way', dated '18 October 2023' in its head, reposted by LiveNews.co.nz on 28 October 2023; Stats NZ content CC BY 4.0); zone Pacific/Auckland (NZDT); no hour given, said Wednesday 18 October 2023 10:00 NZDT. The line breaks of the repost inside sentences are read as spaces; the list and sentences with no time word are not taken.
    # 'today' is on the verb of announcing (CONVENTIONS 2.2); the release is due on its date (CONVENTIONS 3.1) [local due 2023-11-14 23:59:59 NZDT]
    B(
        text="New monthly price index data will be released on 14 November 2023, Stats NZ announced today.",
        due="2023-11-14 10:59:59",
        vague=False,
        said="2023-10-17 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZ23,
        published="2023-10-18",
    ),
    # a standing monthly output: recurring (CONVENTIONS 1.3)
    B(
        text="Stats NZ produces monthly food and rent price indexes.",
        due=None,
        vague=False,
        said="2023-10-17 21:00:00",
        tz="Pacific/Auckland",
        refusal="recurring",
        cluster=5,
        source=_SNZ23,
        published="2023-10-18",
    ),
    # Stats NZ (media release 'Economic growth figures out by Christmas', '2 December 2016' in its head, on Scoop, 'Published: Fri 2 Dec 2016 04:25 PM'; Stats NZ content CC BY 4.0); zone Pacific/Auckland (NZDT); said Friday 2 December 2016 16:25 NZDT, the hour Scoop gives. Sentences with no time word are not taken.
    # the quarters name the releases; 'today' is on the verb of saying (CONVENTIONS 2.2); publication due on its date (CONVENTIONS 3.1) [local due 2016-12-22 23:59:59 NZDT]
    B(
        text="Gross Domestic Product: September 2016 quarter (GDP) and Balance of Payments and International Investment Position: September 2016 quarter (BOP) will both be published on 22 December 2016, Statistics NZ said today.",
        due="2016-12-22 10:59:59",
        vague=False,
        said="2016-12-02 03:25:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZ16,
        published="2016-12-02",
    ),
    # the earthquake's date, told as done: past
    B(
        text="The severe earthquake on 14 November caused structural damage to Statistics House in Wellington and staff have been unable to return to the building.",
        due=None,
        vague=False,
        said="2016-12-02 03:25:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ16,
        published="2016-12-02",
    ),
    # the old date is moved and the sentence gives the new time as a week after it, 22 December (CONVENTIONS 4.1, a time called off with a new time given). unsure: a careful reader could take the sentence as reporting the size of a delay only, the 15 December date negated and no new date stated [local due 2016-12-22 23:59:59 NZDT]
    B(
        text="Despite the significant disruption caused by the 7.8 magnitude quake last month, the publication of GDP has only been delayed by a week from the original pre-quake release date of 15 December.",
        due="2016-12-22 10:59:59",
        vague=False,
        said="2016-12-02 03:25:00",
        tz="Pacific/Auckland",
        cluster=3,
        source=_SNZ16,
        published="2016-12-02",
    ),
    # 'originally scheduled' calls the 14 December date off, no new time in the sentence: negated (CONVENTIONS 4.1). unsure: a careful reader could give past (a plan reported in the past tense)
    B(
        text="Balance of Payments were originally scheduled for release on 14 December.",
        due=None,
        vague=False,
        said="2016-12-02 03:25:00",
        tz="Pacific/Auckland",
        refusal="negated",
        cluster=5,
        source=_SNZ16,
        published="2016-12-02",
    ),
    # 'at a later date', undated and hung on whether a lock-up is possible: event (CONVENTIONS 5.2)
    B(
        text="Media will be advised at a later date if a media lock-up is possible for GDP and BOP in the circumstances.",
        due=None,
        vague=False,
        said="2016-12-02 03:25:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_SNZ16,
        published="2016-12-02",
    ),
    # the opening quotation mark and the slip 'to get to point' are the page's; 'in the past three weeks' told as done: past
    B(
        text="“Our teams have worked long hours in the past three weeks to get to point where we now have confidence in setting a new date to release GDP.",
        due=None,
        vague=False,
        said="2016-12-02 03:25:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ16,
        published="2016-12-02",
    ),
    # Stats NZ ('Customer update on 2018 Census data and activities, December 2019', reposted by Mirage News; Stats NZ content CC BY 4.0); the page prints no date of its own: it is read on 16 December 2019, the day of the release it reports ('On 16 December 2019, we published ...'), at 10:00 NZDT. zone Pacific/Auckland (NZDT). The list items and the tables' titles ('2013 and 2018 Censuses' naming censuses) are not taken.
    # the release on the day of speaking, due at its end (CONVENTIONS 3.1). unsure: the update also reports the release as done, so a careful reader could give past [local due 2019-12-16 23:59:59 NZDT]
    B(
        text="The purpose of this update is to ensure customers are well informed about and prepared for the second release of 2018 Census data on 16 December 2019.",
        due="2019-12-16 10:59:59",
        vague=False,
        said="2019-12-15 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_SNZ19,
        published="2019-12-16",
    ),
    # the day of speaking with a past verb, told as done: past (CONVENTIONS 2.4); '2018 Census' names the census
    B(
        text="On 16 December 2019, we published our second release of data and supporting products for the 2018 Census.",
        due=None,
        vague=False,
        said="2019-12-15 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_SNZ19,
        published="2019-12-16",
    ),
    # 'the first quarter of 2020' falls due at its end, 31 March (a range falls due at its later end) [local due 2020-03-31 23:59:59 NZDT]
    B(
        text="A further four variables (hours worked, unpaid activities, travel to work by usual residence, and workplace address) from the small areas dataset will be released in the first quarter of 2020.",
        due="2020-03-31 10:59:59",
        vague=False,
        said="2019-12-15 21:00:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_SNZ19,
        published="2019-12-16",
    ),
    # Department of Conservation (release on the Heaphy Track's reopening, reposted on the MIL-OSI site rnzngin.fifthestate.nz, category Department of Conservation, page 27; DOC content CC BY 4.0); the stored text prints no date: it is read on 18 October 2023, the day before 'tomorrow (19 October 2023)' in its second sentence, at 10:00 NZDT. zone Pacific/Auckland (NZDT). Sentences with no time word are not taken; the last sentence of the stored opening is cut off.
    # a state since a month gone: past
    B(
        text="A section of the track between Heaphy and MacKay huts has been closed since storms in February 2022 caused severe damage, including the loss of three bridges, most significantly the Heaphy River bridge.",
        due=None,
        vague=False,
        said="2023-10-17 21:00:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC23,
        published="2023-10-18",
    ),
    # 'tomorrow (19 October 2023)' on the events being organised: due that day [local due 2023-10-19 23:59:59 NZDT]
    B(
        text="DOC is organising events tomorrow (19 October 2023) to mark the reopening and thank local communities affected by the closure for their patience while the track was partially closed.",
        due="2023-10-19 10:59:59",
        vague=False,
        said="2023-10-17 21:00:00",
        tz="Pacific/Auckland",
        cluster=6,
        source=_DOC23,
        published="2023-10-18",
    ),
    # 'could soon be threatened' is a possibility that nobody undertakes: due None with no refusal word (CONVENTIONS 4.2)
    B(
        text="A hydrology report found a new Heaphy Bridge at the old site could soon be threatened by future flooding.",
        due=None,
        vague=False,
        said="2023-10-17 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC23,
        published="2023-10-18",
    ),
    # '100-year' names a flood level, not a span: due None with no refusal word
    B(
        text="The new Heaphy Bridge is well above the 100-year climate change adjusted flood level, Suvi van Smit says.",
        due=None,
        vague=False,
        said="2023-10-17 21:00:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC23,
        published="2023-10-18",
    ),
    # 'The day' is the events' day, which this sentence does not date: event (CONVENTIONS 6.3, the sentence read alone)
    B(
        text="The day will start with Ngāti Waewae blessing the new bridge across the Heaphy River.",
        due=None,
        vague=False,
        said="2023-10-17 21:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC23,
        published="2023-10-18",
    ),
    # 'followed by' the undated blessing; 'morning tea' names a gathering: event (CONVENTIONS 5.2)
    B(
        text="This will be followed by a community planting and morning tea at Kohaihai plus a ribbon cutting at the Kohaihai River Bridge which marks the start/end of the track on the West Coast side.",
        due=None,
        vague=False,
        said="2023-10-17 21:00:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC23,
        published="2023-10-18",
    ),
    # Department of Conservation (media release on the draft Wellington Conservation Management Strategy, on voxy.co.nz, 'Tuesday, 7 March, 2017 - 10:04'; DOC content CC BY 4.0); zone Pacific/Auckland (NZDT); said Tuesday 7 March 2017 10:04 NZDT, the hour the page gives. The stored copy has broken encoding in the place names ('KÄpiti'); they are quoted with their macrons as the release writes them. Sentences with no time word ('so far' only) are not taken.
    # a window of 'one month' left from the moment of speaking falls due at its end (CONVENTIONS 1.1, 1.2); NZ summer time ends on 2 April 2017 [local due 2017-04-07 23:59:59 NZST]
    B(
        text="There is one month left to provide feedback on a new draft Conservation Management Strategy (CMS) for the Wellington, Kāpiti, Manawatū-Rangitīkei and Wairarapa Regions.",
        due="2017-04-07 11:59:59",
        vague=False,
        said="2017-03-06 21:04:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOC17,
        published="2017-03-07",
    ),
    # the close at a clock time on a date: due then ('10-year plan' names the plan), in NZST [local due 2017-04-04 16:00:00 NZST]
    B(
        text="The Department of Conservation (DOC) invites everyone to have their say on the 10-year plan before submissions close at 4pm on Tuesday 4 April, 2017.",
        due="2017-04-04 04:00:00",
        vague=False,
        said="2017-03-06 21:04:00",
        tz="Pacific/Auckland",
        cluster=2,
        source=_DOC17,
        published="2017-03-07",
    ),
    # Department of Conservation (press release 'Public consulted about New Zealand's biodiversity strategy', on Scoop, 'Monday, 23 September 2019, 4:06 pm'; DOC content CC BY 4.0); zone Pacific/Auckland (NZST, summer time begins on 29 September 2019); said Monday 23 September 2019 16:06 NZST, the hour the page gives. Scoop's line breaks inside sentences are read as spaces; sentences with no time word or only 'now' are not taken.
    # 'closed yesterday (Sunday 22 Sept)': past
    B(
        text="Public consultation closed yesterday (Sunday 22 Sept) on a proposal for New Zealand’s next biodiversity strategy.",
        due=None,
        vague=False,
        said="2019-09-23 04:06:00",
        tz="Pacific/Auckland",
        refusal="past",
        cluster=5,
        source=_DOC19,
        published="2019-09-23",
    ),
    # the closing quotation mark is the page's; 'over the next 50 years' is the horizon of the safeguarding considered, no act is undertaken by its end: due None with no refusal word. unsure: a careful reader could give past (the opportunity, the consultation, is told as done)
    B(
        text="This was an important opportunity to consider how we safeguard the future of nature in Aotearoa New Zealand over the next 50 years.”",
        due=None,
        vague=False,
        said="2019-09-23 04:06:00",
        tz="Pacific/Auckland",
        cluster=1,
        source=_DOC19,
        published="2019-09-23",
    ),
    # 'during this time', the undated analysis of the submissions: event (CONVENTIONS 5.2)
    B(
        text="DOC will continue working with its reference groups and our Treaty of Waitangi Partners during this time.",
        due=None,
        vague=False,
        said="2019-09-23 04:06:00",
        tz="Pacific/Auckland",
        refusal="event",
        cluster=5,
        source=_DOC19,
        published="2019-09-23",
    ),
    # the slip 'or is it recommendations' is the page's; 'early 2020' is January to April (the docstring's thirds), due at its end, in NZST [local due 2020-04-30 23:59:59 NZST]
    B(
        text="A recommendation or is it recommendations will then be made to Ministers in early 2020.",
        due="2020-04-30 11:59:59",
        vague=False,
        said="2019-09-23 04:06:00",
        tz="Pacific/Auckland",
        cluster=4,
        source=_DOC19,
        published="2019-09-23",
    ),
    # U.S. Geological Survey (usgs.gov news-release listing, page 368, each item under its own 'Date published'; public domain, USGS's 'Copyrights and Credits' page); items of the Western Region Center (Menlo Park) and Mount Rainier read in America/Los_Angeles, the Chesapeake item in America/New_York (USGS headquarters), the Bismarck item in America/Chicago; no hour given, each said at 10:00 local on its item's date. Titles are not taken; '47 years of information' is taken as a measure of the past.
    # two days of an open house, the later counts (CONVENTIONS 6.1); year-less dates, their next occurrence [local due 1997-09-14 23:59:59 PDT]
    B(
        text="More than 200 exhibits dealing with topics from ocean floor photography to the geology of Mars will be highlighted at the U.S. Geological Survey’s open house at its Western Region Center in Menlo Park, Calif., September 13 and 14.",
        due="1997-09-15 06:59:59",
        vague=False,
        said="1997-08-08 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_USGS97,
        published="1997-08-08",
    ),
    # the open house's days, fixed by USGS itself (no request for others to fix a time), the last counts (CONVENTIONS 6.1) [local due 1997-09-14 23:59:59 PDT]
    B(
        text="The U.S. Geological Survey needs help to prepare for and assist at its big open house, September 12, 13 and 14, at the USGS Western Region Center in Menlo Park.",
        due="1997-09-15 06:59:59",
        vague=False,
        said="1997-08-08 17:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_USGS97,
        published="1997-08-08",
    ),
    # a one-off unveiling on a date (CONVENTIONS 3.1); item dated 6 August 1997 [local due 1997-08-09 23:59:59 PDT]
    B(
        text="The volcanic processes that created Mount Rainier and may pose a hazard to some residents of the Pacific Northwest are highlighted in a new exhibit that will be unveiled at the Sunrise Visitor Center in Mount Rainier National Park, on Saturday, August 9, 1997.",
        due="1997-08-10 06:59:59",
        vague=False,
        said="1997-08-06 17:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_USGS97,
        published="1997-08-06",
    ),
    # a month gone, measured ('per day' a rate): past; item dated 1 August 1997
    B(
        text="Total river flow into the Chesapeake Bay was about 16.2 billion gallons per day (bgd) in July, 31 percent below the normal inflow for July (23.4 bgd), according to the U.S. Geological Survey (USGS).",
        due=None,
        vague=False,
        said="1997-08-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS97,
        published="1997-08-01",
    ),
    # '47 years of information' measures a record already kept: past
    B(
        text="The long-term average is based on 47 years of information.",
        due=None,
        vague=False,
        said="1997-08-01 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USGS97,
        published="1997-08-01",
    ),
    # 'gave ... Friday (Aug. 1, 1997)', the day of the item, told as done: past
    B(
        text="The flood may be over but the hydrologic work continues on and is more critical than ever, was the message that U.S. Geological Survey Director Gordon Eaton gave to the troops in Bismarck Friday (Aug. 1, 1997).",
        due=None,
        vague=False,
        said="1997-08-01 15:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_USGS97,
        published="1997-08-01",
    ),
    # U.S. Geological Survey (usgs.gov state news-release listing, page 125; public domain); the DVD item, 'Date published: June 11, 2003', is marked 'Attribution: Region 11: Alaska' and read in America/Anchorage; the sea-otter items, 'Date published: June 6, 2003', in America/Los_Angeles (California); 10:00 local. Items with no time word and the last item, cut off, are not taken.
    # '90-minute' is the DVD's length, no span from now; the award is given (perfect): past
    B(
        text="Glaciers: Alaska’s Rivers of Ice, a 90-minute, broadcast quality, educational DVD, produced by the U.S. Geological Survey (USGS) and Alpha DVD of Crofton, Md., has been awarded the Duane Marquis Government DVD Excellence Award by the DVD Association (DVDA).",
        due=None,
        vague=False,
        said="2003-06-11 18:00:00",
        tz="America/Anchorage",
        refusal="past",
        cluster=5,
        source=_USGS03,
        published="2003-06-11",
    ),
    # a count made this year and last, told as done: past
    B(
        text="Counters tallied a total of 2,505 California sea otters in 2003, 17 percent more sea otters than the total of 2,139 otters in 2002, according to a survey led by the U.S. Geological Survey.",
        due=None,
        vague=False,
        said="2003-06-06 17:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_USGS03,
        published="2003-06-06",
    ),
    # 'running May 10-15', a range before the day of speaking, told as done: past
    B(
        text="Excellent to good counting conditions sped the 2003 census to a near-record time, running May 10-15.",
        due=None,
        vague=False,
        said="2003-06-06 17:00:00",
        tz="America/Los_Angeles",
        refusal="past",
        cluster=5,
        source=_USGS03,
        published="2003-06-06",
    ),
    # U.S. Geological Survey (usgs.gov state news-release listing, page 135; public domain); each item under its own 'Date published', 10:00 local: the glacier item (Region 11: Alaska) of 10 December 2001, the Menlo Park map item of 6 December and the Spokane item of 4 December read in America/Los_Angeles, the Lewis and Clark item of 3 December (North Dakota) in America/Chicago. Items with no time word and the last item, cut off, are not taken.
    # the meeting at which the study is presented runs Dec. 10-14, the later end counts (CONVENTIONS 6.1), read on the calendar of San Francisco, the place the sentence names (zone America/Los_Angeles); said 10:00 AKST, 11:00 PST (the item's 'Attribution: Region 11: Alaska') [local due 2001-12-14 23:59:59 PST]
    B(
        text="Of Alaska’s several-thousand valley glaciers, including nearly 700 that are named, fewer than 20 are advancing, according to a major study that U.S. Geological Survey (USGS) scientist Bruce F. Molnia will present at the American Geophysical Union Annual 2001 Fall Meeting, scheduled for Dec. 10-14 in San Francisco, CA.",
        due="2001-12-15 07:59:59",
        vague=False,
        said="2001-12-10 19:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_USGS01,
        published="2001-12-10",
    ),
    # an offer kept 'between now and December 22', due at that day's end (CONVENTIONS 3.3) [local due 2001-12-22 23:59:59 PST]
    B(
        text="In fact they are giving away outdated topographical maps that can be used for holiday gift wrap, just for visiting the agency’s map sales outlet at 345 Middlefield Road in Menlo Park, between now and December 22.",
        due="2001-12-23 07:59:59",
        vague=False,
        said="2001-12-06 18:00:00",
        tz="America/Los_Angeles",
        cluster=3,
        source=_USGS01,
        published="2001-12-06",
    ),
    # a one-off closing on a date (CONVENTIONS 3.1) [local due 2001-12-28 23:59:59 PST]
    B(
        text="The U.S. Geological Survey’s Earth Science Information Center (ESIC), commonly known as the map sales office, located in the U.S. Post Office Building at 904 West Riverside Ave., in Spokane, Wash., will officially close on Friday, December 28, 2001.",
        due="2001-12-29 07:59:59",
        vague=False,
        said="2001-12-04 18:00:00",
        tz="America/Los_Angeles",
        cluster=6,
        source=_USGS01,
        published="2001-12-04",
    ),
    # 'from 1804 to 1806' is the period of the journals: past
    B(
        text="The website offers a picture of the Missouri River and its tributaries from 1804 to 1806 via excerpts from the journals of Lewis and Clark.",
        due=None,
        vague=False,
        said="2001-12-03 16:00:00",
        tz="America/Chicago",
        refusal="past",
        cluster=5,
        source=_USGS01,
        published="2001-12-03",
    ),
    # U.S. Department of the Interior (its press release of 5 May 2017 on the monuments review, as quoted by Fishery Nation, archives/58530; public domain, a work of the US federal government); the release's day is its own '(5-5-17)'; zone America/New_York (Washington); no hour of the release given (the page's '18:03' is the repost's stamp), said Friday 5 May 2017 10:00 EDT. The list of marine monuments and the repost's link line are not taken.
    # 'today (5-5-17)' is on the verb of announcing (CONVENTIONS 2.2), the list is released and the order issued on a date gone; the comment period is given no time here: past
    B(
        text="The Department of the Interior today (5-5-17) announced the first ever formal public comment period for members of the public to officially weigh in on monument designations under the Antiquities Act of 1906, and the Department released a list of monuments under review under the President’s Executive Order 13792, issued April 26, 2017.",
        due=None,
        vague=False,
        said="2017-05-05 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DOI17,
        published="2017-05-05",
    ),
    # comments accepted 'after May 12' give only a start: earliest, the start of 13 May (CONVENTIONS 3.2). unsure: a careful reader could set the start on 12 May itself [local earliest 2017-05-13 00:00:00 EDT]
    B(
        text="Comments may be submitted online after May 12 at http://www.regulations.gov by entering “DOI-2017-0002” in the Search bar and clicking “Search,” or by mail to Monument Review, MS-1530, U.S. Department of the Interior, 1849 C Street NW, Washington, DC 20240.",
        due=None,
        vague=False,
        said="2017-05-05 14:00:00",
        tz="America/New_York",
        refusal="earliest",
        earliest="2017-05-13 04:00:00",
        cluster=5,
        source=_DOI17,
        published="2017-05-05",
    ),
)
