"""A FORTY-EIGHTH fresh blind set of real deadline phrasings (issue 12), labelled by hand
before the parser was ever run on them.

Collected and labelled on 2026-12-03 (UTC), from about 18:19 by the machine's clock, by a
labelling helper (branch issue12l8-s35) that neither changed nor ran the parser. It read
`CONVENTIONS.md` (the labelling rules, which win over any earlier set's comment), the
docstring, comments and README section of `blind_fresh34.py` (the model the brief named);
nothing of `bot/core/deadlines/` was opened, not even the package docstring: what the labels
take from it (the parts of the day, the vague windows, the meteorological seasons, a date
without a year read as its next occurrence) was taken as `CONVENTIONS.md` and
`blind_fresh34.py` state it. The brief allowed any publisher
with an open licence but no one above a third of the cases, at least eight publishers and
several genres, and named the publishers and series earlier sets used up. The set quotes the
US Agency for International Development (releases, release lists, a travel page with remarks),
the Australian Bureau of Statistics (Census media releases, a newsboard item, a media hub
page), the US Energy Information Administration ('Today in Energy' pages and an article as
reposted), the Australian Minister for Foreign Affairs (three doorstop transcripts), the
Wikimedia Foundation's Diff blog, the Internal Revenue Service (two newswire releases as
reposted or archived whole), the US Consumer Product Safety Commission (two releases) and US
Senator Maggie Hassan (a release). As in the twenty-seventh set onwards, every sentence quoted
holds a time word of some kind (a date, a clock time, a day word, a period, a span, a year in
a name, "now", "so far", "ongoing", "immediate", "quickly", "temporarily", "someday", "never",
"once", "while", "after", "following", "during", "before"); within each page every sentence of
the stored opening that holds one was taken, in page order, and the rest were skipped, as were
headlines, titles, date, release and contact lines, link and file names, chart and photo
captions, site banners and navigation, speakers' names before a colon, greetings, agency
boilerplate and lines cut off by the end of an opening. A run-in head of one word ("Nuclear.")
was left off the sentence it opens; no word was changed and quotation marks stay as the page
has them (a quote that runs over several sentences keeps its opening mark on the first). The
pages were found with a search over stored copies of public pages. See README.md ("Forty-eighth
fresh blind set") for every address, publisher and licence. Each address was checked, with a
distinctive phrase of its page, against README.md, the `#` headers and READMEs under
`tests/data/`, the sources of the other set files and the shared claims file, and claimed
(`fresh48`) in `/work/helper-brief/claims.txt` before a quote was taken; pages already used
(Wikinews stories of 2005 and 2008 on shuttle launches, an IRS release of 2020 on postponed
deadlines, an IRS newswire of October 2025, a USAID release of 21 September 2017, two earlier
foreign minister transcripts) were dropped. Each label was worked out by hand from the words,
the publication date and the publisher's zone; the conversion of local instants to UTC wall
time, the day counts and the weekday checks were done with Python's zoneinfo and datetime in a
scratch script outside the repository, never with code of the project. No run of
`parse_deadline`, `interpret_deadline`, `bench/deadlines.py` or the tests touched these texts
before the labels were committed; the helpers improving the parser have not seen them.

Conventions: `CONVENTIONS.md` first (a comment names the rule where one decides the case,
"CONVENTIONS 3.1"), then `blind_fresh34.py`: the publisher's zone (US federal publishers and the
Senator: America/New_York; the Australian Government in Canberra: Australia/Sydney, except the
foreign minister's doorstop given in New York, read in New York time where it was spoken; the
Diff blog: UTC, the zone Wikimedia pages are dated in); the publication date at 10:00 local;
lists and index pages (USAID's release lists and travel page, EIA's 'Today in Energy' pages)
are read item by item at the date the page prints above each item, and two EIA articles that
the page says were first published earlier are read at that first date; a day falls due at
23:59:59 local (zoneinfo decides the offset); a clock time without a zone word is in the
publisher's zone; a range, a list or a window falls due at its later end, and of dates given
in turn the latest counts; seasons are meteorological; vague words take the windows
`CONVENTIONS.md` 5.1 gives (60 days for "as soon as possible", 7 for "immediately"),
counted from the day of speaking; a time that the sentence hangs on an undated event or on a
night, visit or deadline another sentence dates ("following terrorist attacks", "During her
visit", "on Census night", "by the deadline") is `refusal='event'`, and where the page dates
that event elsewhere the label is marked "unsure" and names the instant; refusals have
`due=None` and a `refusal` kind (past | event | recurring; this set holds no negated or
earliest-only case); a sentence whose time words set no time for any act ("the future",
"ongoing", "immediate needs", "so far", "now" on a present state, a year in the name of a
report or an Act, a rate such as "a post a day", an age) has `due=None` and no refusal word.
Labels marked "unsure" name the other reading; like every label here they stay as committed,
whatever the first run shows. First run: not yet taken (the lead runs it once, after merging,
and records it in README.md). Never edit these labels to fit the parser.
"""

from __future__ import annotations

from tests.data.deadlines.blind_real import BlindCase

B = BlindCase

_USAID_UKRAINE_10MAR22 = "https://www.usaid.gov/news-information/press-releases/mar-10-2022-united-states-announces-additional-humanitarian-assistance-ukrainians?utm_campaign=Ed3%20-%20Scaling%20education&utm_medium=email&utm_source=Revue%20newsletter"
_DFAT_BISHOP_5OCT17 = "https://foreignminister.gov.au/transcripts/Pages/2017/jb_tr_171005.aspx"
_DIFF_HOLIDAY_13DEC21 = "https://diff.wikimedia.org/2021/12/13/diff-on-holiday-break-till-2022/"
_IRS_IR2026_44 = "https://francistax.com/?p=6353"
_EIA_TIE_JAN20 = "https://www.eia.gov/todayinenergy/"
_EIA_TIE_DEC16 = (
    "https://webarchive.library.unt.edu/web/20161224202241/http://www.eia.gov/todayinenergy"
)
_EIA_HOME_APR25 = "https://eia.doe.gov"
_USAID_LIST_DEC20 = "https://www.usaid.gov/uk/news-information/press-releases?page=1"
_DFAT_BISHOP_1MAR17 = (
    "https://www.foreignminister.gov.au/minister/julie-bishop/transcript-eoe/doorstop-interview-40"
)
_DFAT_PAYNE_25SEP18 = (
    "https://www.foreignminister.gov.au/minister/marise-payne/transcript/transcript-doorstop"
)
_USAID_SMITH_26APR16 = "https://2012-2017.usaid.gov/news-information/press-releases/apr-26-2016-usaid-administrator-smith-makes-her-first-visit-asia"
_USAID_LIST_AUG17 = "https://www.usaid.gov/news-information/press-releases?page=29"
_USAID_EAST_AFRICA_SEP17 = "https://2012-2017.usaid.gov/administrator-east-africa"
_HASSAN_REPORT_ACT_1MAR21 = "https://hassan.senate.gov/news/press-releases/03/01/2021/senators-hassan-lee-introduce-bipartisan-counterterrorism-bill"
_IRS_IR2024_279 = "https://politicalemails.org/messages/1612045"
_ABS_CO107_22SEP16 = (
    "https://www.abs.gov.au/websitedbs/censushome.nsf/home/CO-107?opendocument&navpos=620"
)
_ABS_CO27_19JUL11 = "https://abs.gov.au/websitedbs/censushome.nsf/home/CO-27"
_ABS_NEWSBOARD_19SEP16 = "https://www.abs.gov.au/websitedbs/censushome.nsf/home/newsboard160919"
_ABS_AUDIO_29JUL25 = "https://www.abs.gov.au/census/census-media-hub/resources/audio"
_CPSC_RECALL_RFI_16JUL18 = "https://www.cpsc.gov/Newsroom/News-Releases/2018/CPSC-Announces-Public-Request-for-Information-to-Improve-Recall-Effectiveness"
_CPSC_NCPW_28FEB20 = "https://www.prnewswire.com/news-releases/cpsc-use-national-consumer-protection-week-to-get-recalled-products-out-of-your-house-301013457.html"
_EIA_RETIRE_12JAN21 = "https://greenenergyvids.com/2021/01/12/nuclear-coal-will-account-for-majority-of-u-s-generating-capacity-retirements-in-2021/"

FRESH48_CASES: tuple[BlindCase, ...] = (
    # US Agency for International Development, press release of 10 March 2022 (the address carries the date; 'For Immediate Release', the office lines and the link line are not quoted): 'Today ... announced', told as done: past
    B(
        text="Today, Vice President Kamala Harris announced nearly $53 million in additional humanitarian assistance from the United States government, through the U.S. Agency for International Development (USAID), to support Ukrainians affected by Russia’s unjustified invasion of Ukraine.",
        due=None,
        vague=False,
        said="2022-03-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_UKRAINE_10MAR22,
        published="2022-03-10",
    ),
    # the same release: 'immediate needs' names the needs, no time for any act: no deadline
    B(
        text="This additional assistance includes support to the UN World Food Programme (WFP) to provide lifesaving emergency food assistance, including high-energy biscuits, to meet immediate needs.",
        due=None,
        vague=False,
        said="2022-03-10 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USAID_UKRAINE_10MAR22,
        published="2022-03-10",
    ),
    # the same release: 'will continue' with no end and 'immediate needs' naming the needs: no deadline
    B(
        text="The United States stands with the people of Ukraine and will continue to work to meet immediate needs and save lives.",
        due=None,
        vague=False,
        said="2022-03-10 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USAID_UKRAINE_10MAR22,
        published="2022-03-10",
    ),
    # the same release: aid provided 'since October 2020': past
    B(
        text="The United States is the single largest donor of humanitarian assistance in Ukraine and has provided $159 million in overall humanitarian assistance to Ukraine since October 2020.",
        due=None,
        vague=False,
        said="2022-03-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_UKRAINE_10MAR22,
        published="2022-03-10",
    ),
    # the same release: 'In the past two weeks': past
    B(
        text="In the past two weeks, the United States has provided nearly $107 million in humanitarian assistance in response to Russia’s invasion of Ukraine.",
        due=None,
        vague=False,
        said="2022-03-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_UKRAINE_10MAR22,
        published="2022-03-10",
    ),
    # the same release: a ramp-up 'in the wake of the crisis', told as done: past
    B(
        text="In addition, USAID's development programming has ramped up in the wake of the crisis to respond to cyber attacks, disinformation, threats to the energy sector, essential health needs, and to support the continued functioning of local and national government entities.",
        due=None,
        vague=False,
        said="2022-03-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_UKRAINE_10MAR22,
        published="2022-03-10",
    ),
    # the same release: figures 'To date': past
    B(
        text="To date, over two million people have been forced to flee Ukraine due to the conflict, and an estimated one million are displaced inside Ukraine.",
        due=None,
        vague=False,
        said="2022-03-10 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_UKRAINE_10MAR22,
        published="2022-03-10",
    ),
    # Australian Government, Minister for Foreign Affairs (Julie Bishop), transcript of 5 October 2017 (the address 'jb_tr_171005' carries the date; read in Canberra time; the speaker's name before the colon is not quoted): years in the name of a report: no deadline; the launch is the act of speaking
    B(
        text="I’m pleased to launch Australia’s Consular State of Play 2016-2017.",
        due=None,
        vague=False,
        said="2017-10-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DFAT_BISHOP_5OCT17,
        published="2017-10-05",
    ),
    # the same transcript: 'than ever before', a comparison, no time for any act: no deadline
    B(
        text="This document sets out the fact that more Australians are travelling overseas than ever before.",
        due=None,
        vague=False,
        said="2017-10-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DFAT_BISHOP_5OCT17,
        published="2017-10-05",
    ),
    # the same transcript: 'last year': past
    B(
        text="There were about 10 million exits from Australia last year.",
        due=None,
        vague=False,
        said="2017-10-04 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_DFAT_BISHOP_5OCT17,
        published="2017-10-05",
    ),
    # the same transcript: passports issued 'in the year', 'now' on a present count: past
    B(
        text="We issued 2 million passports in the year and now there about 14 million valid passports owned by Australian citizens.",
        due=None,
        vague=False,
        said="2017-10-04 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_DFAT_BISHOP_5OCT17,
        published="2017-10-05",
    ),
    # the same transcript: 'during the 2016-2017 season': past
    B(
        text="About 1.2 million Australians undertook a cruise during the 2016-2017 season.",
        due=None,
        vague=False,
        said="2017-10-04 23:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_DFAT_BISHOP_5OCT17,
        published="2017-10-05",
    ),
    # the same transcript: 'while they are overseas' on a standing description, no time for any act: no deadline
    B(
        text="And Australia’s consular staff in 112 posts overseas do an extraordinary job assisting Australians who get into trouble or need assistance while they are overseas.",
        due=None,
        vague=False,
        said="2017-10-04 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DFAT_BISHOP_5OCT17,
        published="2017-10-05",
    ),
    # Wikimedia Foundation, Diff blog post 'Diff on Holiday Break till 2022' of 13 December 2021 (the address carries the date; read in UTC, the zone Wikimedia pages date in; the title and the translation box are not quoted): the year told as done: past
    B(
        text="2021 was, well, a year.",
        due=None,
        vague=False,
        said="2021-12-13 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_DIFF_HOLIDAY_13DEC21,
        published="2021-12-13",
    ),
    # the same post: 'the past twelve months': past
    B(
        text="We know the past twelve months have affected different parts of the Wikimedia movement differently and we here at Diff appreciate all those who continue to contribute despite the challenges of life and for those who have stepped back to take care of themselves.",
        due=None,
        vague=False,
        said="2021-12-13 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_DIFF_HOLIDAY_13DEC21,
        published="2021-12-13",
    ),
    # the same post (the sentence ends without a full stop on the page): a break 'between 18th of December and the 4th of January, 2022', its later end (CONVENTIONS 6.1): 4 January 2022, end of day UTC
    B(
        text="In the spirit of rest and respite, Diff will take a break in publishing between 18th of December and the 4th of January, 2022",
        due="2022-01-04 23:59:59",
        vague=False,
        said="2021-12-13 10:00:00",
        tz="UTC",
        cluster=3,
        source=_DIFF_HOLIDAY_13DEC21,
        published="2021-12-13",
    ),
    # the same post: 'before the 17th' (of December, the month of the post), the end of the day before (CONVENTIONS 3.5): 16 December 2021, end of day UTC
    B(
        text="Submissions received before the 17th can be scheduled to be published within that period of time.",
        due="2021-12-16 23:59:59",
        vague=False,
        said="2021-12-13 10:00:00",
        tz="UTC",
        cluster=6,
        source=_DIFF_HOLIDAY_13DEC21,
        published="2021-12-13",
    ),
    # the same post: a return 'on the fourth', the next fourth of a month after the break begins (the sentence before names 4 January), with 'in the new year' agreeing: 4 January 2022, end of day UTC
    B(
        text="We’ll return on the fourth with a renewed vigor and look forward to your submissions, comments, and continued readership in the new year.",
        due="2022-01-04 23:59:59",
        vague=False,
        said="2021-12-13 10:00:00",
        tz="UTC",
        cluster=6,
        source=_DIFF_HOLIDAY_13DEC21,
        published="2021-12-13",
    ),
    # the same post, the next section (its heading is not quoted): posts published 'in 2021': past
    B(
        text="Diff has published over 328 blog posts from nearly a hundred authors in 2021.",
        due=None,
        vague=False,
        said="2021-12-13 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_DIFF_HOLIDAY_13DEC21,
        published="2021-12-13",
    ),
    # the same post: 'a post a day', a rate, no time for any act: no deadline
    B(
        text="That’s nearly a post a day!",
        due=None,
        vague=False,
        said="2021-12-13 10:00:00",
        tz="UTC",
        cluster=1,
        source=_DIFF_HOLIDAY_13DEC21,
        published="2021-12-13",
    ),
    # the same post: subscriptions told as done, 'every time' naming what they receive: past; unsure: recurring (a standing mailing)
    B(
        text="Over 430 people have subscribed to receive an email every time a blog post is published.",
        due=None,
        vague=False,
        said="2021-12-13 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_DIFF_HOLIDAY_13DEC21,
        published="2021-12-13",
    ),
    # the same post: 'In 2021 we added': past
    B(
        text="In 2021 we added the ability to login with your Wikimedia account to submit posts and leave comments.",
        due=None,
        vague=False,
        said="2021-12-13 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_DIFF_HOLIDAY_13DEC21,
        published="2021-12-13",
    ),
    # the same post: 'Earlier this Fall': past
    B(
        text="Earlier this Fall we added a movement event calendar anyone in the movement can contribute to.",
        due=None,
        vague=False,
        said="2021-12-13 10:00:00",
        tz="UTC",
        refusal="past",
        cluster=5,
        source=_DIFF_HOLIDAY_13DEC21,
        published="2021-12-13",
    ),
    # the same post: 'into 2022' sets no time for the reflection, which is the writing itself: no deadline
    B(
        text="As we prepare to venture forth into 2022, we want to take a moment of reflection and to share appreciation.",
        due=None,
        vague=False,
        said="2021-12-13 10:00:00",
        tz="UTC",
        cluster=1,
        source=_DIFF_HOLIDAY_13DEC21,
        published="2021-12-13",
    ),
    # Internal Revenue Service, news release IR-2026-44 of 3 April 2026 (IRS Newswire, as reposted whole with its header on francistax.com; the newswire lines, the issue number and the subheads are not quoted): filing by 'the April 15 tax deadline': 15 April 2026, end of day EDT
    B(
        text="WASHINGTON — With the April 15 tax deadline fast approaching, the Internal Revenue Service reminds taxpayers that there is still time to file their federal income tax return electronically and request direct deposit for any refund due.",
        due="2026-04-16 03:59:59",
        vague=False,
        said="2026-04-03 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_IRS_IR2026_44,
        published="2026-04-03",
    ),
    # the same release: 'by the deadline', a deadline this sentence does not date: event; unsure: 15 April 2026, end of day EDT (the deadline of the sentence before)
    B(
        text="Taxpayers can avoid interest and some penalties by filing their tax return, and if they owe, paying the full amount due by the deadline.",
        due=None,
        vague=False,
        said="2026-04-03 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_IRS_IR2026_44,
        published="2026-04-03",
    ),
    # the same release: 'available 24 hours a day', a standing state: recurring
    B(
        text="IRS.gov is available 24 hours a day and offers a variety of tools and resources to help taxpayers meet their tax obligations.",
        due=None,
        vague=False,
        said="2026-04-03 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_IRS_IR2026_44,
        published="2026-04-03",
    ),
    # the same release: refunds 'usually ... within 21 days', a standing limit for each case (CONVENTIONS 1.3): recurring
    B(
        text="Most taxpayers qualify to file electronically at no cost, and when they choose direct deposit, they usually receive their refund within 21 days.",
        due=None,
        vague=False,
        said="2026-04-03 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_IRS_IR2026_44,
        published="2026-04-03",
    ),
    # the same release: 'by the tax deadline', undated in this sentence, and advice to pay 'now': event; unsure: 15 April 2026, end of day EDT (the deadline the release dates), or 3 April 2026, end of day EDT ('now' as the day of the release)
    B(
        text="Taxpayers who cannot pay the full amount owed by the tax deadline should pay what they can now and apply for an online payment plan.",
        due=None,
        vague=False,
        said="2026-04-03 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_IRS_IR2026_44,
        published="2026-04-03",
    ),
    # the same release: 'immediate notification', a standing practice: recurring
    B(
        text="Most applicants receive immediate notification of approval or denial, without having to call or write to the IRS.",
        due=None,
        vague=False,
        said="2026-04-03 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_IRS_IR2026_44,
        published="2026-04-03",
    ),
    # the same release, under its next subhead: filing 'by April 15', a date without a year read as its next occurrence: 15 April 2026, end of day EDT
    B(
        text="Individuals who cannot file their tax return by April 15 can request an automatic extension of time to file.",
        due="2026-04-16 03:59:59",
        vague=False,
        said="2026-04-03 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_IRS_IR2026_44,
        published="2026-04-03",
    ),
    # US Energy Information Administration, 'Today in Energy' index page (stored copy whose newest item is dated Jan 28, 2020; each item is read at the date the page prints above it; headlines, chart titles, source lines and 'Read More' are not quoted), item of 28 January 2020: 'in late December 2019': past
    B(
        text="The U.S. government spending bill signed into law in late December 2019 included several provisions related to federal energy programs.",
        due=None,
        vague=False,
        said="2020-01-28 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EIA_TIE_JAN20,
        published="2020-01-28",
    ),
    # the same item: a credit that applies 'through 2022' (CONVENTIONS 3.3): 31 December 2022, end of day EST
    B(
        text="The BTC applies to both biodiesel and renewable diesel (referred to as biomass-based diesel) through 2022.",
        due="2023-01-01 04:59:59",
        vague=False,
        said="2020-01-28 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_EIA_TIE_JAN20,
        published="2020-01-28",
    ),
    # the same item: 'retroactively applied to 2018 and 2019': past
    B(
        text="The credit was also retroactively applied to 2018 and 2019.",
        due=None,
        vague=False,
        said="2020-01-28 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EIA_TIE_JAN20,
        published="2020-01-28",
    ),
    # the same page, item of 27 January 2020: a forecast for 2020 and 2021, the later year's end (CONVENTIONS 6.1): 31 December 2021, end of day EST; unsure: no deadline (a forecast of yearly averages, no act to check)
    B(
        text="In the January 2020 update of its Short-Term Energy Outlook (STEO), the U.S. Energy Information Administration (EIA) forecasts that U.S. crude oil production will average 13.3 million barrels per day (b/d) in 2020, a 9% increase from 2019 production levels, and 13.7 million b/d in 2021, a 3% increase from 2020.",
        due="2022-01-01 04:59:59",
        vague=False,
        said="2020-01-27 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EIA_TIE_JAN20,
        published="2020-01-27",
    ),
    # the same page, item of 24 January 2020: 'increased in 2019': past
    B(
        text="U.S. oil production from tight formations increased in 2019, accounting for 64% of total U.S. crude oil production.",
        due=None,
        vague=False,
        said="2020-01-24 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EIA_TIE_JAN20,
        published="2020-01-24",
    ),
    # the same item: 'during 2019': past
    B(
        text="This share grew because of the increasing productivity of new wells that were brought online during 2019.",
        due=None,
        vague=False,
        said="2020-01-24 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EIA_TIE_JAN20,
        published="2020-01-24",
    ),
    # US Energy Information Administration, 'Today in Energy' index page as archived by the UNT web archive on 24 December 2016 (each item read at the date printed above it; headlines, photo captions and 'Read More' are not quoted), item of 23 December 2016: a feature run '(Dec. 19–Dec. 30)', the window's end (CONVENTIONS 1.1, 6.1): 30 December 2016, end of day EST (the same sentence heads the item of 22 December and is taken once)
    B(
        text="For the next two weeks (Dec. 19–Dec. 30), Today in Energy will feature a selection of our favorite articles from 2016.",
        due="2016-12-31 04:59:59",
        vague=False,
        said="2016-12-23 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EIA_TIE_DEC16,
        published="2016-12-23",
    ),
    # the same item: a first publication 'on June 14': past
    B(
        text="Today's article was originally published on June 14.",
        due=None,
        vague=False,
        said="2016-12-23 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EIA_TIE_DEC16,
        published="2016-12-23",
    ),
    # the same item, the article the page says was first published on 14 June 2016 (read at that day, the day its words were written): 'on June 3' and 'since 1996': past
    B(
        text="The Tennessee Valley Authority's (TVA) Watts Bar Unit 2 was connected to the power grid on June 3, becoming the first nuclear power plant to come online since 1996, when Watts Bar Unit 1 started operations.",
        due=None,
        vague=False,
        said="2016-06-14 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EIA_TIE_DEC16,
        published="2016-06-14",
    ),
    # the same article: 'later this summer', read at its first publication on 14 June 2016, the meteorological summer's end: 31 August 2016, end of day EDT; unsure: past (read at the republication of 23 December 2016)
    B(
        text="Watts Bar Unit 2 is undergoing final testing, producing electricity at incremental levels of power, as TVA prepares to start commercial operation later this summer.",
        due="2016-09-01 03:59:59",
        vague=False,
        said="2016-06-14 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_EIA_TIE_DEC16,
        published="2016-06-14",
    ),
    # the same page, item of 22 December 2016 (its first sentence repeats the one taken above and is not taken again): 'originally published on March 16': past
    B(
        text="Today's article was originally published on March 16.",
        due=None,
        vague=False,
        said="2016-12-22 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EIA_TIE_DEC16,
        published="2016-12-22",
    ),
    # the same item, the article first published on 16 March 2016 (read at that day): 'For decades' on a state up to now, no time for any act: no deadline
    B(
        text="For decades, coal has been the dominant energy source for generating electricity in the United States.",
        due=None,
        vague=False,
        said="2016-03-16 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EIA_TIE_DEC16,
        published="2016-03-16",
    ),
    # the same article: a forecast that '2016 will be the first year', checked at the year's end: 31 December 2016, end of day EST; unsure: no deadline (a forecast, no act)
    B(
        text="EIA's Short-Term Energy Outlook (STEO) is now forecasting that 2016 will be the first year that natural gas-fired generation exceeds coal generation in the United States on an annual basis.",
        due="2017-01-01 04:59:59",
        vague=False,
        said="2016-03-16 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_EIA_TIE_DEC16,
        published="2016-03-16",
    ),
    # the same article: 'in April 2015' and 'in 2015': past
    B(
        text="Natural gas generation first surpassed coal generation on a monthly basis in April 2015, and the generation shares for coal and natural gas were nearly identical in 2015, each providing about one-third of all electricity generation.",
        due=None,
        vague=False,
        said="2016-03-16 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_EIA_TIE_DEC16,
        published="2016-03-16",
    ),
    # US Energy Information Administration, home page (eia.doe.gov) with the 'Today in Energy' item 'Posted April 3, 2025' (the headline, the chart title, its source and note lines and the data highlights are not quoted): exports expected to grow 'in 2025' and 'in 2026', the later year's end (CONVENTIONS 6.1): 31 December 2026, end of day EST; unsure: no deadline (a forecast, no act)
    B(
        text="U.S. exports of liquefied natural gas (LNG) represent the largest source of natural gas demand growth in our March 2025 Short-Term Energy Outlook (STEO), with LNG gross exports expected to increase by 19% to 14.2 billion cubic feet per day (Bcf/d) in 2025 and by 15% to 16.4 Bcf/d in 2026.",
        due="2027-01-01 04:59:59",
        vague=False,
        said="2025-04-03 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EIA_HOME_APR25,
        published="2025-04-03",
    ),
    # the same item: an undated 'start-up timing' and a share of capacity 'in 2025–26', no time for any act: no deadline; unsure: 31 December 2026, end of day EST
    B(
        text="The start-up timing of two new LNG export facilities—Plaquemines LNG Phase 2 (consisting of 18 midscale trains) and Golden Pass LNG—could significantly affect our forecast because these facilities represent 19% of incremental U.S. LNG export capacity in 2025–26.",
        due=None,
        vague=False,
        said="2025-04-03 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EIA_HOME_APR25,
        published="2025-04-03",
    ),
    # US Agency for International Development, press release list (page 1 of the list under usaid.gov/uk; each item read at the date the list prints above it, day first; the 'Statement by' lines are not quoted), item of 30 December 2020: an anniversary approached, a year in the name of an Act and 'at long last' set no time for the compensation: no deadline
    B(
        text="As we approach the 13th anniversary of the tragic death of our colleague, John Granville, the U.S. Agency for International Development (USAID) welcomes key provisions in the 2021 Consolidated Appropriations Act that, at long last, will lead to compensation for Mr. Granville’s family.",
        due=None,
        vague=False,
        said="2020-12-30 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USAID_LIST_DEC20,
        published="2020-12-30",
    ),
    # the same item: attacks 'in 1998' and 'in 2000' dated, the compensation undated: past
    B(
        text="The adoption of this legislation is a necessary step to ensure Mr. Granville’s family and the victims of other terrorist attacks on the U.S. Embassies in the Republic of Kenya and the United Republic of Tanzania in 1998 and the USS Cole in 2000 receive $335 million in compensation from the Government of the Republic of Sudan.",
        due=None,
        vague=False,
        said="2020-12-30 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_LIST_DEC20,
        published="2020-12-30",
    ),
    # the same list, item of 29 December 2020: 'after birth' in a standing fact, no time for any act: no deadline
    B(
        text="Approximately 10 million newborns around the world need assistance after birth to breathe.",
        due=None,
        vague=False,
        said="2020-12-29 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USAID_LIST_DEC20,
        published="2020-12-29",
    ),
    # the same item: 'Today, we celebrate', the present with a day word on the act (CONVENTIONS 2.1): 29 December 2020, end of day EST
    B(
        text="Today, we celebrate the pivotal role the United States Agency for International Development (USAID) has played in funding the scale-up of a simple innovation that saves the lives of newborns who struggle to breathe in their first minute following birth.",
        due="2020-12-30 04:59:59",
        vague=False,
        said="2020-12-29 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USAID_LIST_DEC20,
        published="2020-12-29",
    ),
    # the same item: an anniversary and progress 'achieved', looked back on: past
    B(
        text="In honor of the tenth anniversary of Helping Babies Breathe (HBB), USAID is looking back at the groundbreaking progress that this Global Development Alliance achieved to advance the survival of newborns and the Journey to Self-Reliance.",
        due=None,
        vague=False,
        said="2020-12-29 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_LIST_DEC20,
        published="2020-12-29",
    ),
    # Australian Government, Minister for Foreign Affairs (Julie Bishop), 'Doorstop interview', transcript dated 01 March 2017 (read in Canberra time; 'Good morning.' and the speakers' names before a colon are not quoted): a policy 'for the future ... over the next decade or more', a horizon, no time for any act: no deadline
    B(
        text="I was pleased to be able to launch a paper on labour mobility in the Pacific which will help inform our Foreign Policy White Paper as we design a foreign policy for the future of Australia over the next decade or more.",
        due=None,
        vague=False,
        said="2017-02-28 23:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_DFAT_BISHOP_1MAR17,
        published="2017-03-01",
    ),
    # the same transcript: 'from time to time': recurring
    B(
        text="As you would be aware, our foreign diplomats have the opportunity to return to Australia from time to time.",
        due=None,
        vague=False,
        said="2017-02-28 23:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_DFAT_BISHOP_1MAR17,
        published="2017-03-01",
    ),
    # the same transcript: a return 'in March', the month of speaking: 31 March 2017, end of day AEDT
    B(
        text="What I have asked them to do is to all come back to Australia at the one time in March, so that we can harness the experience, the intellect, the observations, perspectives and insights of our most senior and experienced diplomats from around the world.",
        due="2017-03-31 12:59:59",
        vague=False,
        said="2017-02-28 23:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_DFAT_BISHOP_1MAR17,
        published="2017-03-01",
    ),
    # the same transcript: 'two days' and 'then', hung on the diplomats' arrival, undated in this sentence: event; unsure: 31 March 2017, end of day AEDT (the March of the sentence before)
    B(
        text="We will spend two days on focusing on the challenges and the opportunities and the national interest that they seek to serve in countries around the world, and then they will go to other states, territories and to regional and rural Australia and get feedback and provide input into the regions that they will be visiting.",
        due=None,
        vague=False,
        said="2017-02-28 23:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_DFAT_BISHOP_1MAR17,
        published="2017-03-01",
    ),
    # Australian Government, Minister for Foreign Affairs (Marise Payne), 'Transcript of doorstop' dated 25 September 2018, given in New York (read in New York time, where it was spoken; the subjects line and the speakers' names before a colon are not quoted): a 'first day' of meetings told as done: past
    B(
        text="Well a very positive and productive first day here in New York and an opportunity for a number of key meetings starting with the 'Call to Action on the World Drug Problem,' convened by the US President, Ambassador Haley and the Secretary General Guterres.",
        due=None,
        vague=False,
        said="2018-09-25 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DFAT_PAYNE_25SEP18,
        published="2018-09-25",
    ),
    # the same transcript: a discussion held, a report 'released just last week': past
    B(
        text="A discussion convened by the United Kingdom and France in relation to ongoing issues in Myanmar – but most particularly focused around the work of the UN Fact-Finding Mission released just last week.",
        due=None,
        vague=False,
        said="2018-09-25 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DFAT_PAYNE_25SEP18,
        published="2018-09-25",
    ),
    # the same transcript: 'key bilaterals today', told among the day's meetings already held: past; unsure: 25 September 2018, end of day EDT (CONVENTIONS 2.1, if the meetings were still to come)
    B(
        text="And some key bilaterals today with, amongst others, the United Kingdom and China, and an opportunity to reinforce some of those key relationships.",
        due=None,
        vague=False,
        said="2018-09-25 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_DFAT_PAYNE_25SEP18,
        published="2018-09-25",
    ),
    # the same transcript: 'so far' and 'not finished yet' on the day's state, 'more to do' with no time: no deadline; unsure: 25 September 2018, end of day EDT (the rest of the day)
    B(
        text="So, all-in-all so far a very productive day here in New York and, of course, not finished yet, more to do.",
        due=None,
        vague=False,
        said="2018-09-25 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DFAT_PAYNE_25SEP18,
        published="2018-09-25",
    ),
    # the same transcript, a reporter's question (its first sentence holds no time word and is not taken): 'moving forward', no time for any act: no deadline
    B(
        text="How do you explain to your counterparts here what's happened, and what your role is moving forward?",
        due=None,
        vague=False,
        said="2018-09-25 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DFAT_PAYNE_25SEP18,
        published="2018-09-25",
    ),
    # the same transcript: 'this week' on a present state: no deadline
    B(
        text="Well I think it's a fact of life, we're all politicians one way or another, those of us who are here in capacities as either leaders or foreign ministers this week.",
        due=None,
        vague=False,
        said="2018-09-25 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_DFAT_PAYNE_25SEP18,
        published="2018-09-25",
    ),
    # US Agency for International Development, press release of Tuesday, April 26, 2016 (the release and contact lines are not quoted): a visit 'this week', the Monday-to-Sunday week: 1 May 2016, end of day EDT; unsure: 3 May 2016, end of day EDT (the end of the trip the release dates later)
    B(
        text="WASHINGTON, D.C. - U.S. Agency for International Development (USAID) Administrator Gayle Smith will make her first visit to Asia when she travels to China and Burma this week.",
        due="2016-05-02 03:59:59",
        vague=False,
        said="2016-04-26 14:00:00",
        tz="America/New_York",
        cluster=4,
        source=_USAID_SMITH_26APR16,
        published="2016-04-26",
    ),
    # the same release: a dialogue 'on April 28, 2016' (CONVENTIONS 3.1), the publisher's zone: 28 April 2016, end of day EDT; unsure: end of day in Beijing (15:59:59 UTC)
    B(
        text="Administrator Smith will lead the U.S. delegation to Beijing, China for a development dialogue between the United States and China on April 28, 2016.",
        due="2016-04-29 03:59:59",
        vague=False,
        said="2016-04-26 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USAID_SMITH_26APR16,
        published="2016-04-26",
    ),
    # the same release: a memorandum 'signed in 2015', the discussions undated here: past
    B(
        text="Discussions will focus on priorities outlined in the development cooperation memorandum signed in 2015 between the United States and China.",
        due=None,
        vague=False,
        said="2016-04-26 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_SMITH_26APR16,
        published="2016-04-26",
    ),
    # the same release: 'During her visit', a visit this sentence does not date: event; unsure: 28 April 2016, end of day EDT (the dialogue date given above)
    B(
        text="During her visit to Beijing, Administrator Smith will also speak at the Beijing American Center with prominent Chinese academics as well as with Chinese university students and African students studying in China.",
        due=None,
        vague=False,
        said="2016-04-26 14:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_USAID_SMITH_26APR16,
        published="2016-04-26",
    ),
    # the same release: a stay 'from April 29 to May 3', its later end (CONVENTIONS 6.1): 3 May 2016, end of day EDT
    B(
        text="While in Burma, from April 29 to May 3, the Administrator will demonstrate the USG commitment to the people and new government of Burma.",
        due="2016-05-04 03:59:59",
        vague=False,
        said="2016-04-26 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_USAID_SMITH_26APR16,
        published="2016-04-26",
    ),
    # US Agency for International Development, press release list, page 29 (each item read at the date the list prints above it; the 'Statement by' line is not quoted), item of 21 August 2017: a report 'released', 'annual' naming it: past
    B(
        text="Power Africa, a U.S. Government-led initiative to double access to electricity in sub-Saharan Africa, has released its annual report.",
        due=None,
        vague=False,
        said="2017-08-21 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_LIST_AUG17,
        published="2017-08-21",
    ),
    # the same list, item of 18 August 2017: a day held 'This Saturday, August 19' (CONVENTIONS 3.1): 19 August 2017, end of day EDT; unsure: no deadline (the day is only named)
    B(
        text="This Saturday, August 19, marks World Humanitarian Day, a time to recognize aid workers who risk their lives while helping millions of people affected by global crises.",
        due="2017-08-20 03:59:59",
        vague=False,
        said="2017-08-18 14:00:00",
        tz="America/New_York",
        cluster=6,
        source=_USAID_LIST_AUG17,
        published="2017-08-18",
    ),
    # the same item: 'each year', a yearly observance: recurring
    B(
        text="Since the death of 22 United Nations and relief-agency staff on August 19, 2003 in a Baghdad bombing, each year we honor the brave women and men who have died while serving others, and celebrate the selfless spirit of those who risk everything to save lives.",
        due=None,
        vague=False,
        said="2017-08-18 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_USAID_LIST_AUG17,
        published="2017-08-18",
    ),
    # the same list, item of 16 August 2017 (remarks by the Administrator): 'talked about before', a statement submitted: past
    B(
        text="But basically, my philosophy and my approach at USAID is precisely what I’ve talked about before and is in my statement that I submitted to the Senate Foreign Relations Committee.",
        due=None,
        vague=False,
        said="2017-08-16 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_LIST_AUG17,
        published="2017-08-16",
    ),
    # the same list, item of 11 August 2017: 'spoke today', told as done: past
    B(
        text="U.S. Agency for International Development (USAID) Administrator Mark Green spoke today with United Kingdom Secretary of State for the Department of International Development (DFID) Priti Patel.",
        due=None,
        vague=False,
        said="2017-08-11 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_LIST_AUG17,
        published="2017-08-11",
    ),
    # US Agency for International Development, page 'USAID Administrator Travels to East Africa', 'Latest Updates' (each update read at the date printed above it; the undated introduction and photo credit are not quoted), update of 12 September 2017: an announcement told as done, 'new', 'continued' and 'Future' in a name: past
    B(
        text="USAID’s new Administrator Mark Green announced the United States continued commitment towards working with Kenya on food security with the selection of Kenya as one of 12 partner countries in the global hunger and food security initiative, Feed the Future.",
        due=None,
        vague=False,
        said="2017-09-12 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_EAST_AFRICA_SEP17,
        published="2017-09-12",
    ),
    # the same page, update of 2 September 2017: a visit 'September 1-2' and a meeting 'on Friday' (1 September): past
    B(
        text="USAID Administrator Mark Green visited the Republic of South Sudan September 1-2, and on Friday he met with South Sudanese President Salva Kiir in Juba.",
        due=None,
        vague=False,
        said="2017-09-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_EAST_AFRICA_SEP17,
        published="2017-09-02",
    ),
    # the same update: 'stressed the urgent need', told as done, 'urgent' setting no time: past
    B(
        text="Administrator Green stressed the urgent need for President Kiir and his Government to both acknowledge and address the worsening humanitarian crisis in South Sudan.",
        due=None,
        vague=False,
        said="2017-09-02 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_USAID_EAST_AFRICA_SEP17,
        published="2017-09-02",
    ),
    # the same page, update of 1 September 2017 (remarks by the Administrator): 'never' and a present state, no time for any act: no deadline
    B(
        text="There will never be enough money to do everything that we would like to do, but the challenges -- the scale of the challenges we’re facing: natural disaster, as we see here, man-made disasters, as we see in too many places, is creating unprecedented need and challenge.",
        due=None,
        vague=False,
        said="2017-09-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USAID_EAST_AFRICA_SEP17,
        published="2017-09-01",
    ),
    # the same remarks: 'all the time', a standing practice: recurring
    B(
        text="Our obligation, as in all of us, is to work seamlessly, very-closely, share information all the time.",
        due=None,
        vague=False,
        said="2017-09-01 14:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_USAID_EAST_AFRICA_SEP17,
        published="2017-09-01",
    ),
    # the same remarks: 'immediate needs' and 'future needs' name needs, no time for any act: no deadline
    B(
        text="We also have an obligation, I think, to try to deal with immediate needs and also to look at some unpredictable future needs.",
        due=None,
        vague=False,
        said="2017-09-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USAID_EAST_AFRICA_SEP17,
        published="2017-09-01",
    ),
    # the same remarks: 'someday', a hope with no time: no deadline
    B(
        text="So, the youth that we see in refugee camps, who will grow up in a refugee camp experience, how do we help to provide some kind of education and job training so that god-willing someday there’s a normalcy there.",
        due=None,
        vague=False,
        said="2017-09-01 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_USAID_EAST_AFRICA_SEP17,
        published="2017-09-01",
    ),
    # US Senator Maggie Hassan, press release of 1 March 2021 (the address carries the date): 'today introduced', told as done; the reports hang on undated attacks: past
    B(
        text="WASHINGTON – U.S. Senators Maggie Hassan (D-NH), Chair of the Emerging Threats Subcommittee of the Senate Homeland Security Committee, and Mike Lee (R-UT) today introduced the bipartisan Reporting Efficiently to Proper Officials in Response to Terrorism (REPORT) Act, which requires federal agencies to report to Congress after a terrorist attack with information about exactly what happened and recommendations to prevent future attacks.",
        due=None,
        vague=False,
        said="2021-03-01 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_HASSAN_REPORT_ACT_1MAR21,
        published="2021-03-01",
    ),
    # the same release, the Senator quoted (the first sentence of the quote holds no time word and is not taken): 'moving forward' and 'if one occurs', no time for any act: no deadline
    B(
        text="“As Chair of the Emerging Threats Subcommittee, I am working across the aisle to help prevent terrorist attacks and to ensure that if one occurs, agencies coordinate with each other to determine what went wrong so that we can strengthen our counterterrorism efforts moving forward.”",
        due=None,
        vague=False,
        said="2021-03-01 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_HASSAN_REPORT_ACT_1MAR21,
        published="2021-03-01",
    ),
    # the same release, Senator Lee quoted (the quote runs on; its next sentence holds no time word): decisions 'following terrorist attacks', undated events: event
    B(
        text="“Congress must have all available information to make the most informed policy decisions following terrorist attacks.",
        due=None,
        vague=False,
        said="2021-03-01 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_HASSAN_REPORT_ACT_1MAR21,
        published="2021-03-01",
    ),
    # the same release: a report 'after a ... terrorist attack', an undated event: event
    B(
        text="The bipartisan bill requires the Department of Homeland Security, the Justice Department, the FBI, and/or the National Counterterrorism Center to work together to submit a report to Congress after a foreign or domestic terrorist attack, which must include an explanation of what happened, any gaps in national security, and recommendations for additional measures to improve homeland security and prevent future terrorist attacks.",
        due=None,
        vague=False,
        said="2021-03-01 15:00:00",
        tz="America/New_York",
        refusal="event",
        cluster=5,
        source=_HASSAN_REPORT_ACT_1MAR21,
        published="2021-03-01",
    ),
    # Internal Revenue Service, news release IR-2024-279 (IRS Newswire of October 23, 2024, as archived whole with its header on politicalemails.org; the newswire menu, the issue number, the headline and the cut-off list after 'Currently:' are not quoted): the past deadline of 'Oct. 15' and three due dates given in turn, the latest counting (CONVENTIONS 6.2): 1 May 2025, end of day EDT; unsure: 1 November 2024, end of day EDT (the first date, due for part of the taxpayers)
    B(
        text="WASHINGTON — Now that the Oct. 15 extension deadline has come and gone, the Internal Revenue Service today reminded disaster-area taxpayers who received disaster extensions to file their 2023 returns that, depending upon their location, their returns are due on Nov. 1, 2024, Feb. 3, 2025, or May 1, 2025.",
        due="2025-05-02 03:59:59",
        vague=False,
        said="2024-10-23 14:00:00",
        tz="America/New_York",
        cluster=3,
        source=_IRS_IR2024_279,
        published="2024-10-23",
    ),
    # Australian Bureau of Statistics, media release 'Census wrapping up', 22 September 2016, CO/107 (read in Canberra time; the site banner and navigation, the title line and the media contact are not quoted): a period wrapped up 'tomorrow, Friday 23 September': 23 September 2016, end of day AEST
    B(
        text="The Australian Bureau of Statistics (ABS) is wrapping up the formal collection period for the 2016 Census tomorrow, Friday 23 September, so if you haven’t yet, please complete your Census now.",
        due="2016-09-23 13:59:59",
        vague=False,
        said="2016-09-22 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS_CO107_22SEP16,
        published="2016-09-22",
    ),
    # the same release: 'quickly', no time for any act: no deadline
    B(
        text="The Census can be quickly and easily completed online with your 12-digit Login or send your paper form back in the provided Reply Paid envelope.",
        due=None,
        vague=False,
        said="2016-09-22 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS_CO107_22SEP16,
        published="2016-09-22",
    ),
    # the same release: help 'once the online system has closed', an event this sentence does not date: event; unsure: earliest-only from the close on 23 September 2016 (the date of the first sentence)
    B(
        text="Head of the 2016 Census Program, Duncan Young, said people can still contact us if they have questions, and receive a paper form if they need one, once the online system has closed.",
        due=None,
        vague=False,
        said="2016-09-22 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABS_CO107_22SEP16,
        published="2016-09-22",
    ),
    # the same release, Mr Young quoted: acceptance that 'will continue' with no end given: no deadline; unsure: event (as long as forms arrive)
    B(
        text="“Paper forms will continue to be accepted as they make their way back via return mail,” Mr Young said.",
        due=None,
        vague=False,
        said="2016-09-22 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS_CO107_22SEP16,
        published="2016-09-22",
    ),
    # the same release, Mr Young quoted (the quote runs on over several sentences, of which those without a time word are not taken): 'the future', no time for any act: no deadline
    B(
        text="“Your participation is essential to the future of your community.",
        due=None,
        vague=False,
        said="2016-09-22 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS_CO107_22SEP16,
        published="2016-09-22",
    ),
    # the same quote: 'our future', no time for any act: no deadline
    B(
        text="“Importantly, Census data shows how we are changing as a society and where we are heading so we can plan appropriately to support our future.”",
        due=None,
        vague=False,
        said="2016-09-22 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS_CO107_22SEP16,
        published="2016-09-22",
    ),
    # the same release: 'on Tuesday August 9, Census night', a night already past: past
    B(
        text="The Census is compulsory for everyone who was in Australia on Tuesday August 9, Census night.",
        due=None,
        vague=False,
        said="2016-09-22 00:00:00",
        tz="Australia/Sydney",
        refusal="past",
        cluster=5,
        source=_ABS_CO107_22SEP16,
        published="2016-09-22",
    ),
    # the same release: a service open 'between 8.00am and 8.00pm daily', a standing schedule: recurring
    B(
        text="For assistance complete the Online Inquiry form on census.abs.gov.au or call the Census Inquiry Service between 8.00am and 8.00pm daily on 1300 214 531.",
        due=None,
        vague=False,
        said="2016-09-22 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS_CO107_22SEP16,
        published="2016-09-22",
    ),
    # the same release: a line kept open 'until Friday, 30 September' (CONVENTIONS 3.3): 30 September 2016, end of day AEST
    B(
        text="This phone line will be open until Friday, 30 September.",
        due="2016-09-30 13:59:59",
        vague=False,
        said="2016-09-22 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS_CO107_22SEP16,
        published="2016-09-22",
    ),
    # Australian Bureau of Statistics, media release 'Not at home Census night?', 19 July 2011, CO/27 (read in Canberra time; the archive notice, navigation and title line are not quoted): a form to complete for 'Census night, Tuesday, 9 August 2011': 9 August 2011, end of day AEST
    B(
        text="The Australian Bureau of Statistics (ABS) is encouraging everyone in Australia, including those travelling within Australia or working on Census night, Tuesday, 9 August 2011 to accurately complete a Census form.",
        due="2011-08-09 13:59:59",
        vague=False,
        said="2011-07-19 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS_CO27_19JUL11,
        published="2011-07-19",
    ),
    # the same release: how the Census counts 'on Census night', a standing rule: recurring; unsure: event (the Census night the release dates 9 August 2011)
    B(
        text="Head of the Census Population program, Paul Lowe says the Census counts everyone in Australia on Census night whether they are working, partying or at home.",
        due=None,
        vague=False,
        said="2011-07-19 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS_CO27_19JUL11,
        published="2011-07-19",
    ),
    # the same release, Mr Lowe quoted: 'as soon as possible', a vague window of 60 days from the day of speaking (CONVENTIONS 5.1): 17 September 2011, end of day AEST; unsure: event (hung on a reader's not filling it in on the night), or 60 days from 9 August (8 October 2011)
    B(
        text="“If you can’t fill out a Census form on the night of 9 August, fill it out as soon as possible and answer the questions as if it were Census night,” Mr Lowe says.",
        due="2011-09-17 13:59:59",
        vague=True,
        said="2011-07-19 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS_CO27_19JUL11,
        published="2011-07-19",
    ),
    # the same release: 'counts people where they are on Census night', a standing rule: recurring; unsure: event (9 August 2011)
    B(
        text="The Census is a snapshot of the nation and counts people where they are on Census night.",
        due=None,
        vague=False,
        said="2011-07-19 00:00:00",
        tz="Australia/Sydney",
        refusal="recurring",
        cluster=5,
        source=_ABS_CO27_19JUL11,
        published="2011-07-19",
    ),
    # the same release: 'on Census night', a night this sentence does not date: event; unsure: 9 August 2011, end of day AEST (the night the release dates)
    B(
        text="If you’re staying with relatives or friends on Census night, make sure you’re included on their form.",
        due=None,
        vague=False,
        said="2011-07-19 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABS_CO27_19JUL11,
        published="2011-07-19",
    ),
    # the same release: 'on Census night', undated here: event; unsure: 9 August 2011, end of day AEST
    B(
        text="If someone in your household is staying somewhere else on Census night, they should only be included in question 53 which asks about people who are absent.",
        due=None,
        vague=False,
        said="2011-07-19 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABS_CO27_19JUL11,
        published="2011-07-19",
    ),
    # the same release: a form completed 'on Census night', undated here: event; unsure: 9 August 2011, end of day AEST
    B(
        text="For the household member away from home, they should complete a Census form where they are staying on Census night to ensure they are counted.",
        due=None,
        vague=False,
        said="2011-07-19 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABS_CO27_19JUL11,
        published="2011-07-19",
    ),
    # the same release: 'temporarily', no time for any act: no deadline
    B(
        text="If you are staying with friends or relatives temporarily, you should be included on their Census form.",
        due=None,
        vague=False,
        said="2011-07-19 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS_CO27_19JUL11,
        published="2011-07-19",
    ),
    # the same release (the sentence before holds no time word and is not taken): 'on Census night', undated here: event; unsure: 9 August 2011, end of day AEST
    B(
        text="If you’re travelling remotely on Census night and will be sleeping or camping, “off the beaten track” collection points with Census packs are available – their locations are available by visiting the Census Collection Points Page or calling the Census Inquiry Service on 1300 338 776.",
        due=None,
        vague=False,
        said="2011-07-19 00:00:00",
        tz="Australia/Sydney",
        refusal="event",
        cluster=5,
        source=_ABS_CO27_19JUL11,
        published="2011-07-19",
    ),
    # Australian Bureau of Statistics, Census newsboard item 'It's not too late', 19 September 2016 (read in Canberra time; the title, the navigation and the closing links are not quoted; the first sentence holds no time word and is not taken): 'not too late', no time for any act: no deadline
    B(
        text="If you haven’t – it’s not too late.",
        due=None,
        vague=False,
        said="2016-09-19 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS_NEWSBOARD_19SEP16,
        published="2016-09-19",
    ),
    # the same item: 'Act now', an exhortation with no time beyond the moment: no deadline
    B(
        text="Act now to join everyone in the count.",
        due=None,
        vague=False,
        said="2016-09-19 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS_NEWSBOARD_19SEP16,
        published="2016-09-19",
    ),
    # the same item: visits that 'will continue' with no end given: no deadline; unsure: event (while forms are missing)
    B(
        text="Field Officers will continue to visit households where a completed form has not been recorded.",
        due=None,
        vague=False,
        said="2016-09-19 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS_NEWSBOARD_19SEP16,
        published="2016-09-19",
    ),
    # the same item: a close 'on Friday, 23 September 2016' (CONVENTIONS 3.1): 23 September 2016, end of day AEST
    B(
        text="The collection phase of the 2016 Census is due to officially close on Friday, 23 September 2016.",
        due="2016-09-23 13:59:59",
        vague=False,
        said="2016-09-19 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS_NEWSBOARD_19SEP16,
        published="2016-09-19",
    ),
    # the same item: acceptance that 'will continue' with no end given: no deadline; unsure: event
    B(
        text="Paper forms will continue to be accepted by the secure Census Data Capture Centre as they make their way back via return mail.",
        due=None,
        vague=False,
        said="2016-09-19 00:00:00",
        tz="Australia/Sydney",
        cluster=1,
        source=_ABS_NEWSBOARD_19SEP16,
        published="2016-09-19",
    ),
    # the same item: a form returned 'today', read as the day of the returning act (CONVENTIONS 2.1): 19 September 2016, end of day AEST; unsure: no deadline ('provided today' read as describing the envelope)
    B(
        text="If you haven’t already, jump online and complete your Census or return your households’ completed paper form in the blue Reply Paid envelope provided today (one form per envelope please).",
        due="2016-09-19 13:59:59",
        vague=False,
        said="2016-09-19 00:00:00",
        tz="Australia/Sydney",
        cluster=6,
        source=_ABS_NEWSBOARD_19SEP16,
        published="2016-09-19",
    ),
    # the same item (three sentences without a time word before it are not taken): a service kept open 'until September 30, between 8am and 8pm (local time)', its last hour's end (CONVENTIONS 3.3, 6.1), 'local time' read in the publisher's zone: 30 September 2016, 20:00 AEST; unsure: end of day
    B(
        text="The Census Inquiry Service will be open to assist members of the public until September 30, between 8am and 8pm (local time), seven days a week.",
        due="2016-09-30 10:00:00",
        vague=False,
        said="2016-09-19 00:00:00",
        tz="Australia/Sydney",
        cluster=2,
        source=_ABS_NEWSBOARD_19SEP16,
        published="2016-09-19",
    ),
    # Australian Bureau of Statistics, Census media hub page 'Audio' ('Release date and time 29/07/2025 3:00pm AEST'; the site-wide holiday banner, the headings and the release line are not quoted): resources available 'in 2026' (CONVENTIONS 3.1), the year's end: 31 December 2026, end of day AEDT
    B(
        text="Audio resources for the 2026 Census will be available in 2026.",
        due="2026-12-31 12:59:59",
        vague=False,
        said="2025-07-29 00:00:00",
        tz="Australia/Sydney",
        cluster=4,
        source=_ABS_AUDIO_29JUL25,
        published="2025-07-29",
    ),
    # US Consumer Product Safety Commission, news release on cpsc.gov, dated July 16, 2018 by the same text as distributed on PR Newswire (the summary line, the links and the agency boilerplate are not quoted): 'ongoing', no time for any act (the request has no closing date here): no deadline
    B(
        text="WASHINGTON, D.C. – The U.S. Consumer Product Safety Commission (CPSC) is requesting input from stakeholders regarding the use of direct notices and targeted notices for recalls, as part of its ongoing effort to improve recall effectiveness.",
        due=None,
        vague=False,
        said="2018-07-16 14:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CPSC_RECALL_RFI_16JUL18,
        published="2018-07-16",
    ),
    # the same release: a workshop of 'July 2017': past
    B(
        text="This request for input and information follows CPSC’s July 2017 Recall Effectiveness Workshop, which brought together stakeholders and CPSC staff to discuss ways to improve recall effectiveness.",
        due=None,
        vague=False,
        said="2018-07-16 14:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CPSC_RECALL_RFI_16JUL18,
        published="2018-07-16",
    ),
    # US Consumer Product Safety Commission, news release of Feb. 28, 2020 as distributed on PR Newswire with the cpsc.gov address of the original (the dateline, the link, the list of questions with no time word and the boilerplate are not quoted): a week 'March 1 - 7', its later end (CONVENTIONS 6.1): 7 March 2020, end of day EST; unsure: no deadline (the week is only named)
    B(
        text="March 1 - 7 marks National Consumer Protection Week.",
        due="2020-03-08 04:59:59",
        vague=False,
        said="2020-02-28 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_CPSC_NCPW_28FEB20,
        published="2020-02-28",
    ),
    # the same release, the acting chairman quoted: 'the perfect time', no time set: no deadline
    B(
        text='"It\'s the perfect time to take action," said Acting Chairman Robert Adler.',
        due=None,
        vague=False,
        said="2020-02-28 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_CPSC_NCPW_28FEB20,
        published="2020-02-28",
    ),
    # the same release: 'immediately', a vague window of 7 days from the day of speaking (CONVENTIONS 5.1): 6 March 2020, end of day EST; unsure: recurring (a standing advice to any owner)
    B(
        text='"If you own a recalled product, immediately stop using it, and get your remedy in the form of a refund, a free repair or free replacement," Adler added.',
        due="2020-03-07 04:59:59",
        vague=True,
        said="2020-02-28 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CPSC_NCPW_28FEB20,
        published="2020-02-28",
    ),
    # the same release: 'Each year': recurring
    B(
        text="Each year, CPSC announces about 300 recalls involving millions of products.",
        due=None,
        vague=False,
        said="2020-02-28 15:00:00",
        tz="America/New_York",
        refusal="recurring",
        cluster=5,
        source=_CPSC_NCPW_28FEB20,
        published="2020-02-28",
    ),
    # the same release: 'In 2019 alone': past
    B(
        text="In 2019 alone, recalls included everything from infant sleep products and unstable furniture to recreational utility vehicles and lawn mowers.",
        due=None,
        vague=False,
        said="2020-02-28 15:00:00",
        tz="America/New_York",
        refusal="past",
        cluster=5,
        source=_CPSC_NCPW_28FEB20,
        published="2020-02-28",
    ),
    # the same release, its last sentence before the boilerplate: 'Act TODAY', a day word on the act (CONVENTIONS 2.1): 28 February 2020, end of day EST; unsure: no deadline (an exhortation)
    B(
        text="Act TODAY and protect your family.",
        due="2020-02-29 04:59:59",
        vague=False,
        said="2020-02-28 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_CPSC_NCPW_28FEB20,
        published="2020-02-28",
    ),
    # US Energy Information Administration, 'Today in Energy' article of 12 January 2021, as reposted whole under the agency's name on greenenergyvids.com (the chart title and source line and the one-word run-in heads 'Nuclear.' and 'Coal.' are not quoted): retirements 'scheduled ... in 2021' (CONVENTIONS 3.1), the year's end: 31 December 2021, end of day EST
    B(
        text="According to the U.S. Energy Information Administration’s (EIA) latest inventory of electric generators, 9.1 gigawatts (GW) of electric generating capacity is scheduled to retire in 2021.",
        due="2022-01-01 04:59:59",
        vague=False,
        said="2021-01-12 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_EIA_RETIRE_12JAN21,
        published="2021-01-12",
    ),
    # the same article: retirements expected 'in 2021': 31 December 2021, end of day EST; unsure: no deadline (a share stated, no act)
    B(
        text="At 5.1 GW, nuclear capacity retirements represent half of all total expected retirements in 2021 and 5% of the current operating U.S. nuclear generating capacity.",
        due="2022-01-01 04:59:59",
        vague=False,
        said="2021-01-12 15:00:00",
        tz="America/New_York",
        cluster=4,
        source=_EIA_RETIRE_12JAN21,
        published="2021-01-12",
    ),
    # the same article: 'scheduled' with no time in this sentence: no deadline; unsure: 31 December 2021, end of day EST (the year of the list)
    B(
        text="The Exelon Corporation is scheduled to retire two of its Illinois nuclear plants, Dresden and Byron.",
        due=None,
        vague=False,
        said="2021-01-12 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EIA_RETIRE_12JAN21,
        published="2021-01-12",
    ),
    # the same article: a retirement 'in April', a month without a year read as its next occurrence: 30 April 2021, end of day EDT
    B(
        text="The Unit 3 (1.0 GW) reactor at Indian Point nuclear power plant in New York state is scheduled to retire in April.",
        due="2021-05-01 03:59:59",
        vague=False,
        said="2021-01-12 15:00:00",
        tz="America/New_York",
        cluster=6,
        source=_EIA_RETIRE_12JAN21,
        published="2021-01-12",
    ),
    # the same article: a conditional record for '2021', a possibility, no undertaking (CONVENTIONS 4.2): no deadline; unsure: 31 December 2021, end of day EST
    B(
        text="If all five reactors close as scheduled, 2021 will set a record for the most annual nuclear capacity retirements ever.",
        due=None,
        vague=False,
        said="2021-01-12 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EIA_RETIRE_12JAN21,
        published="2021-01-12",
    ),
    # the same article: 'historically low', no time for any act: no deadline
    B(
        text="The decrease of U.S. nuclear power generating capacity is a result of historically low natural gas prices, limited growth in electricity demand, and increasing competition from renewable energy.",
        due=None,
        vague=False,
        said="2021-01-12 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EIA_RETIRE_12JAN21,
        published="2021-01-12",
    ),
    # the same article: retirements 'over the past five years' gone, a slowing 'in 2021': 31 December 2021, end of day EST
    B(
        text="After substantial retirements of coal-fired electric generating capacity over the past five years, totaling 48 GW, coal retirements will slow in 2021; 2.7 GW of coal-fired capacity is scheduled to retire, which accounts for 1% of the U.S. coal fleet.",
        due="2022-01-01 04:59:59",
        vague=False,
        said="2021-01-12 15:00:00",
        tz="America/New_York",
        cluster=3,
        source=_EIA_RETIRE_12JAN21,
        published="2021-01-12",
    ),
    # the same article: an age of units ('51 years old'), no time for any act: no deadline
    B(
        text="These retirements will come primarily from older units—the capacity-weighted average age of retiring coal units is more than 51 years old.",
        due=None,
        vague=False,
        said="2021-01-12 15:00:00",
        tz="America/New_York",
        cluster=1,
        source=_EIA_RETIRE_12JAN21,
        published="2021-01-12",
    ),
)
