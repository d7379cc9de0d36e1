"""A SECOND, independent labelling of the sixty-ninth fresh set's 123 real deadline phrasings
(issue 12: agreement between two labellers).

Made on 2026-12-04 (UTC), from 14:45 on the machine's clock, by a second labelling helper
(branch issue12a69-s39), from the phrasings, the moments of speaking (`said`), the
publishers' zones (`tz`), `day_first`, the source addresses and the publication dates exactly
as the first labeller established them (handed over without labels, in the first labeller's
order, in the brief's input file). It was made WITHOUT seeing the first labeller's labels:
neither `blind_fresh69.py`, its README section, nor the first labeller's worktree or branch
was opened, and no other blind file was read. No source page was opened either: each label
was worked out by hand from the words, the moment of speaking and the zone. Nothing of the
project was run on these texts (no parser, bench or tests). The rules used were
`tests/data/deadlines/CONVENTIONS.md` (which decides), the docstring of `blind_real.py`, the
top docstring of the parser package (`bot/core/deadlines/__init__.py`: the vague windows,
the parts of the day, a bare time's next occurrence, a range's later end, meteorological
seasons) and, for precedent, the comments of the seen sets (`blind_fresh68.py` and earlier:
"now open" as a present state, "until further notice" and "this Parliament" as events,
"over the next year" as a year from speaking, "From 20 October, ... will be implemented:"
as an effective date). UTC wall times, weekdays and day counts were computed in a scratch
script outside the repository with the standard library's zoneinfo and datetime only.

Its only purpose is to measure how far two careful labellers agree on the same phrasings (the
agreement bounds what a 90% target on the first labeller's set can tell). It is not a scoring
set of its own. Labels marked "unsure" in their comment are the ones a careful reader could
really defend otherwise; the comment names the other reading (several of them are the
first labels' readings a second labeller would expect to differ on: headings that open rule
changes, effective dates against starts, named Budgets and financial years, a bare clock time
in the publisher's zone for an event abroad). Never edit these labels to fit the parser or the
first labeller.

Tally (this labelling): 38 cases with a due instant (7 clock times, 1 vague window, 30 days,
periods and counted spans) and 85 without (27 past, 12 event, 8 recurring, 5 earliest, and
33 with no refusal word: present states, hopes, possibilities and names); 48 labels marked
"unsure".

Licence audit of stop 46 (branch lic46c-s46): the 13 cases quoted from Government of Canada
pages were removed here and from `blind_fresh69.py` in step, so the two files keep the same
order: the Government of Canada's terms allow non-commercial reproduction only,
not an open licence (tests/data/deadlines/README.md, "Licence audit, stop 46: Canadian
material"). The tally above counts them.

The 20 cases that branch lic46-s46 removed from `blind_fresh69.py` at stop 46 (Queensland
Government, a NSW release on 16news.com.au, two NZ Police releases on Scoop: licence not open or
unclear) were removed here too by branch lic46c-s46, so the two files keep the same order (90
cases left).

Removed in step at stop 52 (branch agreefix52-s52): 13 cases, quoted from Te Arawhiti's
Financial Assistance Scheme consultation page (tearawhiti.govt.nz), which the licence audit of
stop 49 (branch lic49-s49: no copyright or licence statement of the site found, unclear;
tests/data/deadlines/README.md, "Licence audit of stop 49") had removed from `blind_fresh69.py`
but not from here. Matched on text, moment of speaking and source; each source's address line is
marked "REMOVED at stop 49" in that README. 77 cases remain, the first set's 77 in its order.
The case numbers in the comments are the labelling's own (gaps where cases went). Counts written
above, the tally among them, predate this removal (the tally counts 123 cases); recounted on the
77: 23 with a due instant (1 vague), 54 without (10 past, 10 event, 6 recurring, 4 earliest, 24
with no refusal word); 34 comments say "unsure".
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

FRESH69_SECOND: tuple[BlindCase, ...] = (
    # case 0: Parliament of New Zealand, oral questions of Thursday 23 May 2019 (Scoop copy): 'announcement I made earlier today' is past; 'in Budget 2019' and 'Budget 2018' name Budgets (as 'Through Budget 2019' in blind_fresh63): no deadline. unsure: a reader may date the pledge at the Budget's delivery (30 May 2019, an event the sentence does not date: event) or at the end of 2019
    B(
        text="Yes, and I thank the member for the opportunity to reaffirm my announcement I made earlier today that we will meet this target and the other Budget responsibility rules in Budget 2019, as we did in Budget 2018.",
        due=None,
        vague=False,
        said="2019-05-22 22:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        cluster=1,
        source="https://m.scoop.co.nz/stories/PA1905/S00240/parliament-questions-and-answers-may-23.htm",
        published="2019-05-23",
    ),
    # case 1: the same questions: a question about a commitment 'changed' and a past announcement ('announced today'); 'from next year's Budget the debt ... could' is a possibility with only a start (CONVENTIONS 4.2): no deadline. unsure: past (every act in it is told as done)
    B(
        text="Why has he changed his original commitment, which was to maintain that debt target for five years under this Government, but instead announced today that from next year's Budget the debt under his Government could actually be considerably higher?",
        due=None,
        vague=False,
        said="2019-05-22 22:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        cluster=5,
        source="https://m.scoop.co.nz/stories/PA1905/S00240/parliament-questions-and-answers-may-23.htm",
        published="2019-05-23",
    ),
    # case 2: the same questions: 'within five years of taking office' runs from an event the sentence does not date (CONVENTIONS 1.3): event. unsure: five years from the Government's swearing-in (26 October 2017), 26 October 2022
    B(
        text="The commitment of this Government is that we would reduce net core Crown debt to 20 percent of GDP within five years of taking office.",
        due=None,
        vague=False,
        said="2019-05-22 22:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://m.scoop.co.nz/stories/PA1905/S00240/parliament-questions-and-answers-may-23.htm",
        published="2019-05-23",
    ),
    # case 3: the same questions: 'the Prime Minister's statement last August' and the quote inside it are past: past
    B(
        text="Does he stand by the Prime Minister's statement last August that, and I quote, \"These rules are not … nice to have[s]. … Some people have called for us to relax our borrowing rules or simply spend more. We won't.\"?",
        due=None,
        vague=False,
        said="2019-05-22 22:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://m.scoop.co.nz/stories/PA1905/S00240/parliament-questions-and-answers-may-23.htm",
        published="2019-05-23",
    ),
    # case 4: the same questions: 'in Budget 2019, we are meeting our ... rules' names the Budget (as case 0): no deadline. unsure: event (the Budget's delivery) or the end of 2019
    B(
        text="As I said, the member will be pleased to see that in Budget 2019, we are meeting our Budget responsibility rules around debt, in particular.",
        due=None,
        vague=False,
        said="2019-05-22 22:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        cluster=1,
        source="https://m.scoop.co.nz/stories/PA1905/S00240/parliament-questions-and-answers-may-23.htm",
        published="2019-05-23",
    ),
    # case 5: the same questions: the previous Government's target 'was never ever met', 'they left us': past
    B(
        text="So I think the member needs to reflect a little bit on the performance of her Government and, actually, might want to consider that the target that the previous Government set of 20 percent net debt was never ever met—not once—and they left us with 22.8 percent net debt.",
        due=None,
        vague=False,
        said="2019-05-22 22:00:00",
        tz="Pacific/Auckland",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://m.scoop.co.nz/stories/PA1905/S00240/parliament-questions-and-answers-may-23.htm",
        published="2019-05-23",
    ),
    # case 47: Galway Bay FM, Sunday 13 November 2022, a summary line: paid 'as early as the end of 2022', a lower bound (CONVENTIONS 3.2, 'at the earliest'): earliest, 31 December 2022 00:00 GMT. unsure: 31 December 2022, end of day GMT (payment by the end of the year)
    B(
        text="Financial support to be paid out to groups as early as the end of 2022",
        due=None,
        vague=False,
        said="2022-11-13 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="earliest",
        earliest="2022-12-31 00:00:00",
        cluster=5,
        source="https://galwaybayfm.ie/galway-bay-fm-news-desk/ministers-humphreys-and-obrien-launch-e10-million-fund-to-support-community-and-voluntary-groups-with-energy-costs/",
        published="2022-11-13",
    ),
    # case 48: the same story, a summary line: 'Application process to open on Monday, November 21st', a one-off opening at a time (CONVENTIONS 3.1): 21 November 2022, end of day GMT. unsure: earliest (applications accepted from that day, CONVENTIONS 3.2)
    B(
        text="Application process to open on Monday, November 21st",
        due="2022-11-21 23:59:59",
        vague=False,
        said="2022-11-13 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=6,
        source="https://galwaybayfm.ie/galway-bay-fm-news-desk/ministers-humphreys-and-obrien-launch-e10-million-fund-to-support-community-and-voluntary-groups-with-energy-costs/",
        published="2022-11-13",
    ),
    # case 49: the same story: 'have today launched' (CONVENTIONS 2.4): past
    B(
        text="Minister for Rural and Community Development, Heather Humphreys TD, and Minister of State, Joe O’Brien TD, have today launched a new €10 million Fund to support community and voluntary groups with the increased energy costs.",
        due=None,
        vague=False,
        said="2022-11-13 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://galwaybayfm.ie/galway-bay-fm-news-desk/ministers-humphreys-and-obrien-launch-e10-million-fund-to-support-community-and-voluntary-groups-with-energy-costs/",
        published="2022-11-13",
    ),
    # case 50: the same story: 'will open for applications ... on Monday, November 21st' (CONVENTIONS 3.1): 21 November 2022, end of day GMT. unsure: earliest, as case 48
    B(
        text="The Community and Voluntary Energy Support Scheme will open for applications to groups on Monday, November 21st.",
        due="2022-11-21 23:59:59",
        vague=False,
        said="2022-11-13 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=6,
        source="https://galwaybayfm.ie/galway-bay-fm-news-desk/ministers-humphreys-and-obrien-launch-e10-million-fund-to-support-community-and-voluntary-groups-with-energy-costs/",
        published="2022-11-13",
    ),
    # case 51: the same story: 'open ... on Monday 21st November and close on Friday 2nd December 2022', the later, the closing (CONVENTIONS 6.2): 2 December 2022, end of day GMT
    B(
        text="The scheme will open for applications on Monday 21st November and close on Friday 2nd December 2022.",
        due="2022-12-02 23:59:59",
        vague=False,
        said="2022-11-13 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=3,
        source="https://galwaybayfm.ie/galway-bay-fm-news-desk/ministers-humphreys-and-obrien-launch-e10-million-fund-to-support-community-and-voluntary-groups-with-energy-costs/",
        published="2022-11-13",
    ),
    # case 52: the same story: payments to 'commence before the end of this year and into early 2023', a range whose later end is early 2023 (January to April, parser docstring): 30 April 2023, end of day IST. unsure: 31 December 2022, end of day GMT (the commencement itself, 'before the end of this year', CONVENTIONS 3.5)
    B(
        text="It is expected that payments under the scheme will commence before the end of this year and into early 2023.",
        due="2023-04-30 22:59:59",
        vague=False,
        said="2022-11-13 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=4,
        source="https://galwaybayfm.ie/galway-bay-fm-news-desk/ministers-humphreys-and-obrien-launch-e10-million-fund-to-support-community-and-voluntary-groups-with-energy-costs/",
        published="2022-11-13",
    ),
    # case 53: the same story: 'Announcing the funding package today, Minister Humphreys said:', the verb of speaking: past
    B(
        text="Announcing the funding package today, Minister Humphreys said:",
        due=None,
        vague=False,
        said="2022-11-13 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://galwaybayfm.ie/galway-bay-fm-news-desk/ministers-humphreys-and-obrien-launch-e10-million-fund-to-support-community-and-voluntary-groups-with-energy-costs/",
        published="2022-11-13",
    ),
    # case 54: the same story: 'committed to support them through this difficult winter', support kept to the season's end (CONVENTIONS 3.3; meteorological winter, December to February): 28 February 2023, end of day GMT. unsure: no deadline (the winter describes the hardship, not a time for the support)
    B(
        text="“This is a sector that we care deeply about and are committed to support them through this difficult winter.",
        due="2023-02-28 23:59:59",
        vague=False,
        said="2022-11-13 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        cluster=4,
        source="https://galwaybayfm.ie/galway-bay-fm-news-desk/ministers-humphreys-and-obrien-launch-e10-million-fund-to-support-community-and-voluntary-groups-with-energy-costs/",
        published="2022-11-13",
    ),
    # case 55: the same story: support 'will be provided ... from the end of 2022', an ongoing activity given only its start (CONVENTIONS 3.2): earliest, 31 December 2022 00:00 GMT
    B(
        text="“Through this €10 million fund, financial support will be provided to these groups from the end of 2022.",
        due=None,
        vague=False,
        said="2022-11-13 10:00:00",
        tz="Europe/Dublin",
        day_first=True,
        refusal="earliest",
        earliest="2022-12-31 00:00:00",
        cluster=5,
        source="https://galwaybayfm.ie/galway-bay-fm-news-desk/ministers-humphreys-and-obrien-launch-e10-million-fund-to-support-community-and-voluntary-groups-with-energy-costs/",
        published="2022-11-13",
    ),
    # case 56: Welsh Government release (wired-gov) of Thursday 6 February 2025: 'in the 2025-26 Budget' names the Budget the money comes from: no deadline. unsure: the end of the 2025-26 financial year (31 March 2026, end of day BST)
    B(
        text="A further £30 million from the Social Housing Grant in the 2025-26 Budget will also support the schemes.",
        due=None,
        vague=False,
        said="2025-02-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=4,
        source="https://www.wired-gov.net/wg/news.nsf/articles/extra+10+million+to+deliver+even+more+affordable+homes+06022025140500?open",
        published="2025-02-06",
    ),
    # case 57: the same release: 'yesterday said:': past
    B(
        text="The Cabinet Secretary for Housing and Local Government, Jayne Bryant, yesterday said:",
        due=None,
        vague=False,
        said="2025-02-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.wired-gov.net/wg/news.nsf/articles/extra+10+million+to+deliver+even+more+affordable+homes+06022025140500?open",
        published="2025-02-06",
    ),
    # case 58: the same release: 'we have secured this additional in-year funding', done: past
    B(
        text="I am delighted that we have secured this additional in-year funding to invest in good quality affordable housing, providing opportunity for individuals and families across Wales.",
        due=None,
        vague=False,
        said="2025-02-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.wired-gov.net/wg/news.nsf/articles/extra+10+million+to+deliver+even+more+affordable+homes+06022025140500?open",
        published="2025-02-06",
    ),
    # case 59: the same release: 'more homes now and into the future', no time for any act: no deadline
    B(
        text="We know that investing in social housing reduces poverty, improves health and helps drive economic growth and I recognise the need for the delivery of more homes now and into the future.",
        due=None,
        vague=False,
        said="2025-02-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://www.wired-gov.net/wg/news.nsf/articles/extra+10+million+to+deliver+even+more+affordable+homes+06022025140500?open",
        published="2025-02-06",
    ),
    # case 60: the same release: 'I'm also making the additional budget awarded in 2025-26 available', a present act with no time of its own ('in 2025-26' dates the award): no deadline. unsure: the end of the 2025-26 financial year (31 March 2026)
    B(
        text="This is why I'm also making the additional budget awarded in 2025-26 available to be used across both the Social Housing Grant and Transitional Accommodation Capital Programme.",
        due=None,
        vague=False,
        said="2025-02-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=4,
        source="https://www.wired-gov.net/wg/news.nsf/articles/extra+10+million+to+deliver+even+more+affordable+homes+06022025140500?open",
        published="2025-02-06",
    ),
    # case 61: the same release: 'during this Senedd term', an end the sentence does not date (as 'by the end of this Parliament', blind_fresh5 and blind_fresh11): event. unsure: the Senedd election of 7 May 2026
    B(
        text="This will be used to support the delivery of additional homes, contributing towards the Welsh Government’s target of 20,000 new low carbon social homes for rent in the social sector during this Senedd term.",
        due=None,
        vague=False,
        said="2025-02-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.wired-gov.net/wg/news.nsf/articles/extra+10+million+to+deliver+even+more+affordable+homes+06022025140500?open",
        published="2025-02-06",
    ),
    # case 62: the same release: homes 'approved and started in 2025-26 and completed in the next Senedd term': the latest act hangs on an undated term: event. unsure: 31 March 2026, end of day BST (the 2025-26 financial year, for approvals and starts)
    B(
        text="It will also support homes approved and started in 2025-26 and completed in the next Senedd term.",
        due=None,
        vague=False,
        said="2025-02-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.wired-gov.net/wg/news.nsf/articles/extra+10+million+to+deliver+even+more+affordable+homes+06022025140500?open",
        published="2025-02-06",
    ),
    # case 63: the same release: 'the 2025-26 TACP will reopen', the year naming the programme, the reopening undated: no deadline. unsure: the end of the 2025-26 financial year (31 March 2026)
    B(
        text="Following the huge success of TACP, I am pleased to formally announce the 2025-26 TACP will reopen with an indicative allocation of £100 million.",
        due=None,
        vague=False,
        said="2025-02-06 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=4,
        source="https://www.wired-gov.net/wg/news.nsf/articles/extra+10+million+to+deliver+even+more+affordable+homes+06022025140500?open",
        published="2025-02-06",
    ),
    # case 64: Welsh Government statement (ukpol) of Tuesday 15 November 2022: 'has also been extended', done; 'can now apply' a present state; '30 hours' a quantity: past
    B(
        text="The Childcare Offer has also been extended to more families, and parents in education and training can now apply for up to 30 hours of government funded early education and childcare for children aged three and four.",
        due=None,
        vague=False,
        said="2022-11-15 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/2022/page/156",
        published="2022-11-15",
    ),
    # case 65: the same statement: 'Currently the Childcare Offer is delivered', a present state: no deadline
    B(
        text="Currently the Childcare Offer is delivered by local authorities who use different systems to process parent applications and pay providers for Childcare Offer hours provided.",
        due=None,
        vague=False,
        said="2022-11-15 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.ukpol.co.uk/tag/2022/page/156",
        published="2022-11-15",
    ),
    # case 66: the same statement: 'will be able to apply from now', only a start (CONVENTIONS 3.2); 'from January 2023' is when the funding starts, a start too: earliest, 15 November 2022 00:00 GMT
    B(
        text="Parents eligible to receive the Childcare Offer from January 2023 will be able to apply from now through the new service.",
        due=None,
        vague=False,
        said="2022-11-15 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="earliest",
        earliest="2022-11-15 00:00:00",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/2022/page/156",
        published="2022-11-15",
    ),
    # case 67: the same statement: 'already accessing ... will not need to do anything', no time for any act: no deadline
    B(
        text="Parents already accessing the Offer will not need to do anything and will remain within their local authority system.",
        due=None,
        vague=False,
        said="2022-11-15 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://www.ukpol.co.uk/tag/2022/page/156",
        published="2022-11-15",
    ),
    # case 68: the same statement: funding 'from January 2023', only a start (CONVENTIONS 3.2): earliest, 1 January 2023 00:00 GMT. unsure: no deadline (a condition on the parent, no undertaking)
    B(
        text="However, if they wish to receive Childcare Offer funding for another child from January 2023, they will need to apply via the national digital service.",
        due=None,
        vague=False,
        said="2022-11-15 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="earliest",
        earliest="2023-01-01 00:00:00",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/2022/page/156",
        published="2022-11-15",
    ),
    # case 69: the same statement: 'is making a real difference', 'we continually look for ways', no time for any act: no deadline
    B(
        text="Our ground-breaking Childcare Offer is making a real difference to parents right across Wales, and we continually look for ways we can expand or improve our Offer.",
        due=None,
        vague=False,
        said="2022-11-15 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://www.ukpol.co.uk/tag/2022/page/156",
        published="2022-11-15",
    ),
    # case 70: West Wales Chronicle, Monday 24 August 2020 (Welsh Government scheme): providers 're-open as the schools return in September': 30 September 2020, end of day BST. unsure: no deadline (the grant's aim, the month describing the schools' return)
    B(
        text="The Childcare Provider Grant will offer dedicated funding for the childcare sector to help ensure more providers re-open as the schools return in September.",
        due="2020-09-30 22:59:59",
        vague=False,
        said="2020-08-24 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=4,
        source="https://westwaleschronicle.co.uk/blog/2020/08/24/apply-for-the-childcare-providers-grant",
        published="2020-08-24",
    ),
    # case 71: the same story: 'Since 22 June, childcare providers have been able to', past
    B(
        text="Since 22 June, childcare providers have been able to care for more children and increase their operations or re-open fully.",
        due=None,
        vague=False,
        said="2020-08-24 09:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://westwaleschronicle.co.uk/blog/2020/08/24/apply-for-the-childcare-providers-grant",
        published="2020-08-24",
    ),
    # case 72: the same story: 'for the future', no time for any act: no deadline
    B(
        text="It also aims to help make the childcare sector more resilient for the future by requiring settings to register as a company limited by guarantee, a private limited company, a Community Interest Company or a Charitable Incorporated Organisation.",
        due=None,
        vague=False,
        said="2020-08-24 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://westwaleschronicle.co.uk/blog/2020/08/24/apply-for-the-childcare-providers-grant",
        published="2020-08-24",
    ),
    # case 73: the same story: applications 'opened on 24 August' (done) and the scheme 'will close on 31 October 2020': 31 October 2020, end of day GMT
    B(
        text="Applications for the scheme opened on 24 August and the scheme will close on 31 October 2020.",
        due="2020-10-31 23:59:59",
        vague=False,
        said="2020-08-24 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=3,
        source="https://westwaleschronicle.co.uk/blog/2020/08/24/apply-for-the-childcare-providers-grant",
        published="2020-08-24",
    ),
    # case 74: the same story: 'during these difficult times', no time for any act: no deadline
    B(
        text="I am acutely aware of the challenges the childcare sector has faced and I want to thank all childcare providers for their perseverance and professionalism during these difficult times.",
        due=None,
        vague=False,
        said="2020-08-24 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://westwaleschronicle.co.uk/blog/2020/08/24/apply-for-the-childcare-providers-grant",
        published="2020-08-24",
    ),
    # case 75: the same story: 'I hope ... plan ... for the future', no time: no deadline
    B(
        text="I hope this announcement will help parents and providers to plan, with more certainty, for the future.",
        due=None,
        vague=False,
        said="2020-08-24 09:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://westwaleschronicle.co.uk/blog/2020/08/24/apply-for-the-childcare-providers-grant",
        published="2020-08-24",
    ),
    # case 76: Welsh Government written statement (ukpol) of Tuesday 7 February 2023: pressures 'so evident over the winter months, have been compounded': past
    B(
        text="The increased emergency pressures on the NHS, which have been so evident over the winter months, have been compounded by a number of factors, including concurrent surges in a range of respiratory viruses, including Covid-19, flu and scarlet fever.",
        due=None,
        vague=False,
        said="2023-02-07 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/2023/page/418",
        published="2023-02-07",
    ),
    # case 77: the same statement: 'I have recently spoken', 'the priorities I have set', done: past
    B(
        text="I have recently spoken about the need for clear priorities – this statement highlights the priorities I have set for the health service in Wales.",
        due=None,
        vague=False,
        said="2023-02-07 10:00:00",
        tz="Europe/London",
        day_first=True,
        refusal="past",
        cluster=5,
        source="https://www.ukpol.co.uk/tag/2023/page/418",
        published="2023-02-07",
    ),
    # case 78: the same statement: 'help to build ... over the next year', a year from the statement (as 'over the next year' in blind_fresh15): 7 February 2024, end of day GMT; 'the immediate pressures' names the pressures. unsure: no deadline (an aim, not an act with an end)
    B(
        text="They will help address the immediate pressures and help to build a sustainable health and care service over the next year.",
        due="2024-02-07 23:59:59",
        vague=False,
        said="2023-02-07 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=4,
        source="https://www.ukpol.co.uk/tag/2023/page/418",
        published="2023-02-07",
    ),
    # case 79: the same statement: 'in the longer term', no time: no deadline
    B(
        text="I want to continue this conversation with the public so together we can create a healthier population, reduce pressure on acute NHS services and improve outcomes in the longer term.",
        due=None,
        vague=False,
        said="2023-02-07 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://www.ukpol.co.uk/tag/2023/page/418",
        published="2023-02-07",
    ),
    # case 80: the same statement: 'The current environment', no time for any act: no deadline
    B(
        text="The current environment means the priorities need to be targeted to the challenges we face.",
        due=None,
        vague=False,
        said="2023-02-07 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://www.ukpol.co.uk/tag/2023/page/418",
        published="2023-02-07",
    ),
    # case 81: the same statement: 'The NHS Planning Framework 2023-26' names the framework; 'going forward' no time: no deadline. unsure: the end of the 2023-26 span (31 March 2026)
    B(
        text="The NHS Planning Framework 2023-26 sets out the broad requirements that will underpin NHS plans going forward – this includes the importance of quality, safety, prevention and good health outcomes at the heart of the NHS in Wales.",
        due=None,
        vague=False,
        said="2023-02-07 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=4,
        source="https://www.ukpol.co.uk/tag/2023/page/418",
        published="2023-02-07",
    ),
    # case 82: the same statement: 'continue to focus ... in the longer term', no time: no deadline
    B(
        text="We must continue to focus on population health and prevention as the route to better health and wellbeing and to sustainability in the longer term.",
        due=None,
        vague=False,
        said="2023-02-07 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://www.ukpol.co.uk/tag/2023/page/418",
        published="2023-02-07",
    ),
    # case 83: the same statement: 'must always be a driving force', no time for any act (as 'has always been' in blind_fresh44 and 53): no deadline. unsure: recurring
    B(
        text="Reducing inequity and improving the quality, safety and experience of those in need of health services must always be a driving force in service planning and delivery.",
        due=None,
        vague=False,
        said="2023-02-07 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://www.ukpol.co.uk/tag/2023/page/418",
        published="2023-02-07",
    ),
    # case 84: Environment Agency flood warning as carried by OnTheWight, Monday 17 February 2020: 'Immediate action is required' reads as 'immediately' (CONVENTIONS 5.1, the vague 7 days): 24 February 2020, end of day GMT. unsure: no deadline (a warning's standing wording, an instruction to the public rather than an undertaking)
    B(
        text="Immediate action is required.",
        due="2020-02-24 23:59:59",
        vague=True,
        said="2020-02-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=4,
        source="https://onthewight.com/flood-alert-immediate-action-required-in-horringford-langbridge-and-alverstone/",
        published="2020-02-17",
    ),
    # case 85: the same warning: 'now slowly falling', a present state: no deadline
    B(
        text="Water levels in the Eastern Yar remain high but they are now slowly falling.",
        due=None,
        vague=False,
        said="2020-02-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://onthewight.com/flood-alert-immediate-action-required-in-horringford-langbridge-and-alverstone/",
        published="2020-02-17",
    ),
    # case 86: the same warning: 'Today, there will be a continuation of ... flooding', the day of publication: 17 February 2020, end of day GMT
    B(
        text="Today, there will be a continuation of out of bank flooding affecting land, gardens, cycle tracks and roads.",
        due="2020-02-17 23:59:59",
        vague=False,
        said="2020-02-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://onthewight.com/flood-alert-immediate-action-required-in-horringford-langbridge-and-alverstone/",
        published="2020-02-17",
    ),
    # case 87: the same warning: showers 'expected today (Monday 17/02/2020)'; levels 'will rise a little this afternoon and evening', the later part, the evening, ends at 23:59:59: 17 February 2020, end of day GMT
    B(
        text="Further showers are expected today (Monday 17/02/2020) so while levels are currently falling, they will rise a little this afternoon and evening.",
        due="2020-02-17 23:59:59",
        vague=False,
        said="2020-02-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=3,
        source="https://onthewight.com/flood-alert-immediate-action-required-in-horringford-langbridge-and-alverstone/",
        published="2020-02-17",
    ),
    # case 88: the same warning: 'we may remove this Flood Warning later on today', a possibility (CONVENTIONS 4.2, 'we may <verb> ... <time>'): no deadline; 'last night' is past
    B(
        text="It is unlikely that this will cause the river to be as high as it was last night, so we may remove this Flood Warning later on today.",
        due=None,
        vague=False,
        said="2020-02-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://onthewight.com/flood-alert-immediate-action-required-in-horringford-langbridge-and-alverstone/",
        published="2020-02-17",
    ),
    # case 89: the same warning: rain 'forecast on Tuesday (18/02/2020) through to Thursday (20/02/2020)', a range, its later end: 20 February 2020, end of day GMT
    B(
        text="Rain is also forecast on Tuesday (18/02/2020) through to Thursday (20/02/2020).",
        due="2020-02-20 23:59:59",
        vague=False,
        said="2020-02-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=3,
        source="https://onthewight.com/flood-alert-immediate-action-required-in-horringford-langbridge-and-alverstone/",
        published="2020-02-17",
    ),
    # case 90: the same warning: 'minor flood impacts until Friday (21/02/2020)', a state to a date (CONVENTIONS 3.3): 21 February 2020, end of day GMT
    B(
        text="At the very least, this will cause minor flood impacts until Friday (21/02/2020).",
        due="2020-02-21 23:59:59",
        vague=False,
        said="2020-02-17 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://onthewight.com/flood-alert-immediate-action-required-in-horringford-langbridge-and-alverstone/",
        published="2020-02-17",
    ),
    # case 91: Datchet Parish Council, flood alert of Thursday 31 December 2020: 'Property flooding is not currently expected', a present state denied: no deadline. unsure: negated
    B(
        text="Property flooding is not currently expected.",
        due=None,
        vague=False,
        said="2020-12-31 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=5,
        source="https://www.datchetparishcouncil.gov.uk/_VirDir/CoreContents/News/Display.aspx?id=33437",
        published="2020-12-31",
    ),
    # case 92: the same alert: flooding 'expected today 31/12/20': 31 December 2020, end of day GMT
    B(
        text="Therefore, continued flooding of low lying roads and farmland is expected today 31/12/20.",
        due="2020-12-31 23:59:59",
        vague=False,
        said="2020-12-31 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://www.datchetparishcouncil.gov.uk/_VirDir/CoreContents/News/Display.aspx?id=33437",
        published="2020-12-31",
    ),
    # case 93: the same alert: 'current river levels', no time for any act: no deadline
    B(
        text="Please remain safe and aware of your local surroundings and refer to the 'River and Sea levels in England' webpage for current river levels.",
        due=None,
        vague=False,
        said="2020-12-31 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=1,
        source="https://www.datchetparishcouncil.gov.uk/_VirDir/CoreContents/News/Display.aspx?id=33437",
        published="2020-12-31",
    ),
    # case 94: the same alert: 'will be updated this evening, 31/12/20' (the evening ends at 23:59:59, parser docstring): 31 December 2020, end of day GMT. unsure: event ('or as the situation changes', an undated alternative)
    B(
        text="This message will be updated this evening, 31/12/20, or as the situation changes.",
        due="2020-12-31 23:59:59",
        vague=False,
        said="2020-12-31 10:00:00",
        tz="Europe/London",
        day_first=True,
        cluster=6,
        source="https://www.datchetparishcouncil.gov.uk/_VirDir/CoreContents/News/Display.aspx?id=33437",
        published="2020-12-31",
    ),
    # case 100: Australian Department of Agriculture industry advice of Friday 23 February 2018: 'between 19:00 Friday, 2 March to 20:00 Monday, 5 March 2018 (AEDT)', a range, its later end: 20:00 AEDT = 09:00 UTC. unsure: no deadline (only a 'potential disruption', CONVENTIONS 4.2)
    B(
        text="To advise industry and Electronic Data Interface (EDI) users of a potential disruption to IT systems and other Department of Agriculture and Water Resources’ (the department’s) system services between 19:00 Friday, 2 March to 20:00 Monday, 5 March 2018 (AEDT).",
        due="2018-03-05 09:00:00",
        vague=False,
        said="2018-02-22 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=2,
        source="https://www.agriculture.gov.au/import/industry-advice/2018/19-2018",
        published="2018-02-23",
    ),
    # case 101: the same advice: the upgrade 'on Friday, 2 March 2018': 2 March 2018, end of day AEDT. unsure: 5 March 2018, 20:00 AEDT (the end of the upgrade window of case 100)
    B(
        text="The department is undertaking an upgrade to its network services on Friday, 2 March 2018.",
        due="2018-03-02 12:59:59",
        vague=False,
        said="2018-02-22 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=6,
        source="https://www.agriculture.gov.au/import/industry-advice/2018/19-2018",
        published="2018-02-23",
    ),
    # case 102: the same advice: 'The likelihood of any disruption ... during the upgrade is extremely low', a likelihood, no undertaking: no deadline. unsure: event ('during the upgrade')
    B(
        text="The likelihood of any disruption to the department’s systems during the upgrade is extremely low.",
        due=None,
        vague=False,
        said="2018-02-22 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=5,
        source="https://www.agriculture.gov.au/import/industry-advice/2018/19-2018",
        published="2018-02-23",
    ),
    # case 103: the same advice: messages 'processed after the outage period', undated in this sentence: event
    B(
        text="EDI messaging between Department of Agriculture and Department of Home Affairs (messages will be queued and processed after the outage period).",
        due=None,
        vague=False,
        said="2018-02-22 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://www.agriculture.gov.au/import/industry-advice/2018/19-2018",
        published="2018-02-23",
    ),
    # case 104: IP Australia system availability page of Wednesday 25 November 2015: 'during scheduled or unscheduled maintenance ... these scheduled maintenance windows', a standing statement: recurring
    B(
        text="Note that during scheduled or unscheduled maintenance, we cannot guarantee the integrity of any information submitted or retrieved during these scheduled maintenance windows, and customers accessing our online services during this time do so at their own risk.",
        due=None,
        vague=False,
        said="2015-11-24 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="http://www.ipaustralia.gov.au/about-us/about-this-site/system-availability/",
        published="2015-11-25",
    ),
    # case 105: the same page: 'unavailable from 7:30pm until 8:30pm (AEDT) Wednesday 25 November 2015', the later time: 20:30 AEDT = 09:30 UTC
    B(
        text="eServices will be unavailable from  7:30pm until 8:30pm (AEDT) Wednesday 25 November 2015  due to maintenance work to resolve the current eServices History functionality issue.",
        due="2015-11-25 09:30:00",
        vague=False,
        said="2015-11-24 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=2,
        source="http://www.ipaustralia.gov.au/about-us/about-this-site/system-availability/",
        published="2015-11-25",
    ),
    # case 106: the same page: the ALS enabled 'during this outage', the outage not dated in this sentence: event. unsure: 25 November 2015, 20:30 AEDT (the outage of case 105)
    B(
        text="We will enable the Alternate Lodgement Service (ALS) for eServices during this outage.",
        due=None,
        vague=False,
        said="2015-11-24 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="event",
        cluster=5,
        source="http://www.ipaustralia.gov.au/about-us/about-this-site/system-availability/",
        published="2015-11-25",
    ),
    # case 107: the same page: 'allows electronic submissions during outages and downtime', a standing service: recurring
    B(
        text="The ALS is a simplified version of eServices that allows electronic submissions during outages and downtime.",
        due=None,
        vague=False,
        said="2015-11-24 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="http://www.ipaustralia.gov.au/about-us/about-this-site/system-availability/",
        published="2015-11-25",
    ),
    # case 108: the same page: redirected 'if you attempt to access eServices during the outage period', an undated period: event. unsure: recurring
    B(
        text="You will be automatically redirected to the ALS if you attempt to access eServices during the outage period.",
        due=None,
        vague=False,
        said="2015-11-24 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="event",
        cluster=5,
        source="http://www.ipaustralia.gov.au/about-us/about-this-site/system-availability/",
        published="2015-11-25",
    ),
    # case 109: the same page, a list heading: 'Each week, the scheduled maintenance windows are:': recurring
    B(
        text="Each week, the scheduled maintenance windows are:",
        due=None,
        vague=False,
        said="2015-11-24 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="http://www.ipaustralia.gov.au/about-us/about-this-site/system-availability/",
        published="2015-11-25",
    ),
    # case 110: the same list: 'Wednesday 7.30 pm to 10.30 pm (AEST)', a weekly window under 'Each week': recurring. unsure: read alone, the next Wednesday (the day of the page), 25 November 2015, 22:30 AEST = 12:30 UTC
    B(
        text="Wednesday 7.30 pm to 10.30 pm (AEST)",
        due=None,
        vague=False,
        said="2015-11-24 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="http://www.ipaustralia.gov.au/about-us/about-this-site/system-availability/",
        published="2015-11-25",
    ),
    # case 111: the same list: 'Saturday 12.00 noon to 9.00 pm (AEST)', a weekly window: recurring. unsure: read alone, Saturday 28 November 2015, 21:00 AEST = 11:00 UTC
    B(
        text="Saturday 12.00 noon to 9.00 pm (AEST)",
        due=None,
        vague=False,
        said="2015-11-24 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="http://www.ipaustralia.gov.au/about-us/about-this-site/system-availability/",
        published="2015-11-25",
    ),
    # case 112: the same page: 'to find out when our systems need to be maintained outside planned outages', no time: no deadline
    B(
        text="Subscribe to the system availability notices to find out when our systems need to be maintained outside planned outages.",
        due=None,
        vague=False,
        said="2015-11-24 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=1,
        source="http://www.ipaustralia.gov.au/about-us/about-this-site/system-availability/",
        published="2015-11-25",
    ),
    # case 113: the same page: 'When this occurs, we aim give you 24 hours' notice', a standing rule for each occurrence (CONVENTIONS 1.3): recurring. unsure: event (the notice runs from an undated outage)
    B(
        text="When this occurs, we aim give you 24 hours' notice, where possible.",
        due=None,
        vague=False,
        said="2015-11-24 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="recurring",
        cluster=5,
        source="http://www.ipaustralia.gov.au/about-us/about-this-site/system-availability/",
        published="2015-11-25",
    ),
    # case 114: Repost (reality-maker) of a Department of Home Affairs notice of Friday 17 November 2017: maintenance 'from9 pm Friday 17 November 2017 until 9 am Saturday 18 November 2017 AEDT (GMT+11)', the later end: 09:00 AEDT = 22:00 UTC on 17 November
    B(
        text="The Department is warning that planned system maintenance will occur from9 pm Friday 17 November 2017 until 9 am Saturday 18 November 2017 AEDT (GMT+11).",
        due="2017-11-17 22:00:00",
        vague=False,
        said="2017-11-16 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=2,
        source="https://reality-maker.com/en/17-nov-2017current-sydney-service-centre-and-immiaccount-outages/",
        published="2017-11-17",
    ),
    # case 115: the same notice: submit 'before 7pm (AEDT) on Friday 17 November 2017', a clock time: 19:00 AEDT = 08:00 UTC
    B(
        text="If you intend to commence and/or submit your application form, please do so and ensure that you have attached supporting documents before 7pm (AEDT) on Friday 17 November 2017.",
        due="2017-11-17 08:00:00",
        vague=False,
        said="2017-11-16 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=2,
        source="https://reality-maker.com/en/17-nov-2017current-sydney-service-centre-and-immiaccount-outages/",
        published="2017-11-17",
    ),
    # case 116: the same notice: 'will show as ‘Incomplete’ following the system outage', an event not dated in this sentence: event
    B(
        text="All applications in ImmiAccount which have not yet been lodged will show as ‘Incomplete’ following the system outage.",
        due=None,
        vague=False,
        said="2017-11-16 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://reality-maker.com/en/17-nov-2017current-sydney-service-centre-and-immiaccount-outages/",
        published="2017-11-17",
    ),
    # case 117: the same notice: 'may need to answer additional questions ... following the system outage': event. unsure: no deadline (a possibility, CONVENTIONS 4.2)
    B(
        text="You may need to answer additional questions when accessing your application following the system outage.",
        due=None,
        vague=False,
        said="2017-11-16 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://reality-maker.com/en/17-nov-2017current-sydney-service-centre-and-immiaccount-outages/",
        published="2017-11-17",
    ),
    # case 118: the same notice: 'During this period the following systems will become unavailable:', the period not dated in this sentence: event. unsure: 18 November 2017, 09:00 AEDT (the end of the maintenance of case 114)
    B(
        text="During this period the following systems will become unavailable:",
        due=None,
        vague=False,
        said="2017-11-16 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://reality-maker.com/en/17-nov-2017current-sydney-service-centre-and-immiaccount-outages/",
        published="2017-11-17",
    ),
    # case 119: the same notice: 'try again after the outage period', after an undated event: event
    B(
        text="If you receive a ‘Service Temporarily Unavailable’ error message, please try again after the outage period.",
        due=None,
        vague=False,
        said="2017-11-16 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        refusal="event",
        cluster=5,
        source="https://reality-maker.com/en/17-nov-2017current-sydney-service-centre-and-immiaccount-outages/",
        published="2017-11-17",
    ),
    # case 120: the same notice: 'has been suspended until Saturday 18 November 2017', a state kept to a date (CONVENTIONS 3.3): 18 November 2017, end of day AEDT. unsure: past (the suspension told as done) or earliest (the option returns only then)
    B(
        text="The BPAY request payment option has been suspended until Saturday 18 November 2017.",
        due="2017-11-18 12:59:59",
        vague=False,
        said="2017-11-16 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=6,
        source="https://reality-maker.com/en/17-nov-2017current-sydney-service-centre-and-immiaccount-outages/",
        published="2017-11-17",
    ),
    # case 121: the same notice: transfers 'must reach the Department before 7pm (AEDT) on 17 November 2017': 19:00 AEDT = 08:00 UTC
    B(
        text="Any previous BPAY transfers must reach the Department before 7pm (AEDT) on 17 November 2017.",
        due="2017-11-17 08:00:00",
        vague=False,
        said="2017-11-16 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=2,
        source="https://reality-maker.com/en/17-nov-2017current-sydney-service-centre-and-immiaccount-outages/",
        published="2017-11-17",
    ),
    # case 122: the same notice: 'Applications not paid by 17 November 2017 may be invalid', the deadline is 'by 17 November 2017': end of day AEDT. unsure: no deadline (the 'may be' consequence, CONVENTIONS 4.2)
    B(
        text="Applications not paid by 17 November 2017 may be invalid or delayed.",
        due="2017-11-17 12:59:59",
        vague=False,
        said="2017-11-16 23:00:00",
        tz="Australia/Sydney",
        day_first=True,
        cluster=6,
        source="https://reality-maker.com/en/17-nov-2017current-sydney-service-centre-and-immiaccount-outages/",
        published="2017-11-17",
    ),
)
